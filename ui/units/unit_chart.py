"""A unit's maturity over time, above the mix of its demand by quarter (the evidence of it).

Top: the assessed level as a step line, each step on its level, and the target as a ring at its
date. Below, on the same time axis: how many requests, opportunities and joint initiatives were
raised each quarter, stacked. A unit that matures shows the bars shift from requests to
opportunities and joint initiatives as the line climbs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

import numpy as np

from domain.clock import utc_now
from domain.model import DemandItem, DemandKind, MaturityAssessment, MaturityLevel, MaturityTarget
from domain.rules.demand import kind_mix_by_quarter
from ui.charts.canvas import ChartCanvas, HoverTargets, Margins
from ui.charts.timeaxis import day, days, format_time_axis, padded_limits
from ui.plain_text import escape
from ui.ratings.labels import local_date

#: Bar colours of the three kinds: the order taker's grey, the consultant's blue, the partner's
#: green; the same order as the levels they are evidence of.
KIND_COLOURS = {
    DemandKind.REQUEST: "#9aa3ad",
    DemandKind.OPPORTUNITY: "#3b82c4",
    DemandKind.JOINT_INITIATIVE: "#2e9e6a",
}
_LEVELS = list(MaturityLevel)


def _moment(d: object) -> datetime:
    return datetime.combine(d, time(12, 0), tzinfo=UTC)  # type: ignore[arg-type]


class UnitChart(ChartCanvas):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("unitChart")
        self.setMinimumHeight(260)

    def draw(
        self,
        history: Sequence[MaturityAssessment],
        target: MaturityTarget | None,
        items: Sequence[DemandItem],
    ) -> None:
        figure = self.figure
        figure.clear()
        self.hover = []
        top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[1.1, 1])
        self.margins = Margins(top=14, left=104, right=130, bottom=26, extra={"hspace": 0.18})
        for ax in (top, bottom):
            self.style_axes(ax, grid_y=ax is bottom)
        now = utc_now()
        moments = [a.at for a in history] + [_moment(i.raised_on) for i in items if i.raised_on]
        if target is not None:
            moments.append(_moment(target.due_on))
        start = min(moments) if moments else now - timedelta(days=365)
        end = max([now, *moments])
        colour = self.theme.colour(0)
        if history:
            x = days(a.at for a in history)
            y = np.fromiter((float(a.level) for a in history), dtype=float)
            step_x = np.append(x, max(day(now), x[-1]))
            step_y = np.append(y, y[-1])
            top.plot(step_x, step_y, drawstyle="steps-post", color=colour, linewidth=2.4,
                     gid="maturity", solid_capstyle="butt")  # fmt: skip
            top.plot(x, y, linestyle="none", marker="o", markersize=5, color=colour)
            tips = [
                f"<b>{escape(a.level.title)}</b> · {local_date(a.at)}"
                + (f"<br>by {escape(a.assessor)}" if a.assessor else "")
                + (f"<br><i>{escape(a.note)}</i>" if a.note else "")
                for a in history
            ]
            self.hover.append(HoverTargets.of(top, x, y, tips))
        if target is not None:
            tx = np.array([day(_moment(target.due_on))])
            ty = np.array([float(target.level)])
            top.plot(tx, ty, linestyle="none", marker="o", markersize=11, markerfacecolor="none",
                     markeredgecolor=colour, markeredgewidth=2, gid="target")  # fmt: skip
            self.hover.append(
                HoverTargets.of(
                    top, tx, ty, [f"Target: <b>{target.level.title}</b> by {target.due_on}"]
                )
            )
        top.set_ylim(0.55, 3.45)
        top.set_yticks([float(level) for level in _LEVELS])
        top.set_yticklabels([level.title for level in _LEVELS])
        for level in _LEVELS:
            top.axhspan(level - 0.5, level + 0.5, color=self.theme.grid, alpha=0.35 * (level % 2))
        if not history:
            top.text(0.5, 0.5, "Not assessed yet", transform=top.transAxes, ha="center",
                     va="center", color=self.theme.muted)  # fmt: skip
        self._draw_mix(bottom, items)
        bottom.set_xlim(*padded_limits(start, end))
        format_time_axis(bottom)
        self.apply_margins()
        self.canvas.draw_idle()

    def _draw_mix(self, ax: object, items: Sequence[DemandItem]) -> None:
        from matplotlib.axes import Axes

        assert isinstance(ax, Axes)
        mix = kind_mix_by_quarter(items)
        ax.set_ylabel("Raised per quarter", color=self.theme.muted)
        if not mix:
            ax.text(0.5, 0.5, "No demand logged yet", transform=ax.transAxes, ha="center",
                    va="center", color=self.theme.muted)  # fmt: skip
            return
        x = days(_moment(m.start) + timedelta(days=45) for m in mix)
        below = np.zeros(len(mix))
        for kind in DemandKind:
            counts = np.array([m.counts[kind] for m in mix], dtype=float)
            ax.bar(x, counts, width=80, bottom=below, color=KIND_COLOURS[kind], label=kind.label,
                   gid=f"mix:{kind.value}")  # fmt: skip
            below += counts
        tips = [
            f"<b>Q{(m.start.month - 1) // 3 + 1} {m.start.year}</b><br>"
            + "<br>".join(f"{k.label}: {m.counts[k]}" for k in DemandKind)
            for m in mix
        ]
        self.hover.append(HoverTargets.of(ax, x, below, tips))
        font = self.mpl_font(0.9)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, prop=font,
                  labelcolor=self.theme.text, handlelength=1.2)  # fmt: skip
