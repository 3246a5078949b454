"""The strongest ways to reach someone through who influences whom.

**Path strength is the product of its links' strengths**, each read on a 0–1 scale (strength / 5:
1 slight = 0.2 … 5 decisive = 1.0). A product, not the weakest link (min), because every hand a
message passes through loses some of it: with min, a chain of four "strong" links would rate as
high as one "strong" link, and the search would happily send the user through four people when one
would do. The product still never rates a chain above its weakest link, and on a tie the shorter
path comes first.

:func:`strongest_paths` finds the k best *simple* paths (nobody twice, so a cycle of influence
cannot trap it) of at most :data:`MAX_LINKS` links that start at one of the people we may start
from (those who already support us) and end at the target. It searches backwards from the target,
best first: a partial path is only ever extended by a link of strength ≤ 1, so its strength never
grows, and the first complete paths taken off the queue are the strongest. A path never runs
*through* a starting person (from them, the shorter path is at least as strong). The search
takes at most :data:`SEARCH_LIMIT` steps, so a dense network answers in bounded time.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import count

#: The strongest strength (decisive); a link's share is strength / this.
FULL_STRENGTH = 5
#: At most this many links (three people between a supporter and the target): a longer chain is
#: not a talking point.
MAX_LINKS = 4
#: At most this many partial paths are taken off the queue for one question.
SEARCH_LIMIT = 50_000


@dataclass(frozen=True, slots=True)
class Arrow:
    """One influence: ``source`` influences ``target`` with ``strength`` 1–5."""

    source: int
    target: int
    strength: int


@dataclass(frozen=True, slots=True)
class InfluencePath:
    """People from the one we start from to the target, and the strength of each link between."""

    people: tuple[int, ...]
    strengths: tuple[int, ...]

    @property
    def strength(self) -> float:
        return path_strength(self.strengths)

    @property
    def links(self) -> int:
        return len(self.strengths)


def path_strength(strengths: Iterable[int]) -> float:
    """The product of the links' strengths on a 0–1 scale (1.0 for no link at all)."""
    return math.prod(s / FULL_STRENGTH for s in strengths)


def strongest_paths(
    arrows: Iterable[Arrow],
    starts: Collection[int],
    target: int,
    k: int = 3,
    max_links: int = MAX_LINKS,
) -> list[InfluencePath]:
    """The ``k`` strongest simple paths from anyone in ``starts`` to ``target``, strongest first
    (on a tie, fewer links first). Empty when there is none (or the target is a start)."""
    if k <= 0 or target in starts:
        return []
    into: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for arrow in arrows:
        if arrow.source != arrow.target and 1 <= arrow.strength <= FULL_STRENGTH:
            into[arrow.target].append((arrow.source, arrow.strength))
    for sources in into.values():
        sources.sort(key=lambda pair: (-pair[1], pair[0]))
    starting = set(starts)
    tie = count()
    # Strengths compared exactly, as whole numbers: product × 5^(max_links − links).
    scale = [FULL_STRENGTH ** (max_links - links) for links in range(max_links + 1)]
    # (−strength, links, tie, people from the front of the path to the target, strengths).
    queue: list[tuple[int, int, int, tuple[int, ...], tuple[int, ...]]] = [
        (-scale[0], 0, next(tie), (target,), ())
    ]
    found: list[InfluencePath] = []
    steps = 0
    while queue and len(found) < k and steps < SEARCH_LIMIT:
        _, links, _, people, strengths = heapq.heappop(queue)
        steps += 1
        front = people[0]
        if front in starting:
            found.append(InfluencePath(people, strengths))
            continue
        if links >= max_links:
            continue
        for source, strength in into.get(front, ()):
            if source in people:
                continue  # a simple path: round a cycle would meet someone twice
            longer = (strength, *strengths)
            key = -math.prod(longer) * scale[links + 1]
            heapq.heappush(queue, (key, links + 1, next(tie), (source, *people), longer))
    return found
