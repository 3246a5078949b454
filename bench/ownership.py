"""Owners on a big workspace: the CIO's coverage view and Needs attention cut down to "Mine".

Workspace: bench/attention.py's (10,000 people, 1,000,000 ratings, 20,000 interactions), built
once per run, then (untimed) nine in ten people given one of five owners, every unit none.

    ownership.coverage        domain.usecases.coverage.coverage(): the attention list's overdue
                              contacts grouped by owner, units and people nobody owns
                              (baseline: attention_list alone, which it includes)
    ownership.attention_mine  Needs attention with "Mine" on: attention_list, owned_by, mine_only
                              (baseline: attention_list alone)

Target: within 1.3× the attention list (the grouping adds one read of the register).
"""

from __future__ import annotations

import time
from typing import Any

from _registry import Context, Measurement, benchmark
from attention import NOW, TODAY, _open, build_workspace

OWNERS = ("anna", "bob", "carol", "dan", "eve")


def _owned(ctx: Context) -> Any:
    path = ctx.once("attention.workspace", lambda: build_workspace(ctx.workdir / "big.rapport"))
    workspace = ctx.once("attention.open", lambda: _open(path))

    def give_owners() -> None:
        from domain.usecases.ownership import set_owners

        with workspace.uow() as uow:
            ids = sorted(uow.stakeholders.names())
        owned: dict[str, list[int]] = {owner: [] for owner in OWNERS}
        for k, person in enumerate(ids):
            if k % 10 != 9:  # one in ten stays nobody's
                owned[OWNERS[k % len(OWNERS)]].append(person)
        for owner, people in owned.items():
            set_owners(workspace.uow(), people, owner)

    ctx.once("ownership.owners", give_owners)
    return workspace


def _attention_ms(workspace: Any) -> float:
    from domain.rules.attention import AttentionSettings
    from domain.usecases.attention import attention_list

    started = time.perf_counter()
    attention_list(workspace.uow(), AttentionSettings(), now=NOW, today=TODAY)
    return (time.perf_counter() - started) * 1000


@benchmark("ownership.coverage")
def coverage_view(ctx: Context) -> dict[str, Measurement]:
    from domain.rules.attention import AttentionSettings
    from domain.usecases.coverage import coverage

    workspace = _owned(ctx)
    started = time.perf_counter()
    report = coverage(workspace.uow, AttentionSettings(), now=NOW, today=TODAY)
    ours_ms = (time.perf_counter() - started) * 1000
    if not report.unowned_people or not report.overdue_owners:
        return {"ownership.coverage": Measurement.missing("ms", "the workspace has no gaps")}
    return {"ownership.coverage": Measurement(ours_ms, "ms", _attention_ms(workspace))}


@benchmark("ownership.attention_mine")
def attention_mine(ctx: Context) -> dict[str, Measurement]:
    from domain.rules.attention import AttentionSettings
    from domain.usecases.attention import attention_list
    from domain.usecases.ownership import mine_only, owned_by

    workspace = _owned(ctx)
    started = time.perf_counter()
    report = attention_list(workspace.uow(), AttentionSettings(), now=NOW, today=TODAY)
    people, units = owned_by(workspace.uow(), OWNERS[0])
    mine = mine_only(report, people, units)
    ours_ms = (time.perf_counter() - started) * 1000
    if not mine.overdue_contacts or len(mine.overdue_contacts) >= len(report.overdue_contacts):
        return {"ownership.attention_mine": Measurement.missing("ms", "Mine kept nothing or all")}
    return {"ownership.attention_mine": Measurement(ours_ms, "ms", _attention_ms(workspace))}
