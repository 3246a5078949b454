"""The crowd layout alone (no Qt): markers on a taken place moved to the nearest free spot of
their quadrant, names beside them clear of everything, the same answer every time, and, given
the previous layout, everyone unchanged kept where they were."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ui.grid.crowd_layout import Box, Layout, Member, lay_out
from ui.grid.label_sides import NO_LABEL

#: The four quadrants of a 600-unit grid split at 300, as the scene has them.
QUADRANTS: list[Box] = [
    (0, 0, 300, 300),
    (300, 0, 600, 300),
    (0, 300, 300, 600),
    (300, 300, 600, 600),
]
INSIDE: Box = (-64, -28, 710, 658)
HEADING: Box = (480, 6, 596, 40)


def _quadrant(x: float, y: float) -> Box:
    return QUADRANTS[(1 if x >= 300 else 0) + (2 if y > 300 else 0)]


def _member(key: int, x: float, y: float, radius: float = 16.0, name: float = 90.0) -> Member:
    return Member(key, x, y, radius, (name, 17.0), _quadrant(x, y))


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _square(member: Member, layout: Layout) -> Box:
    spot = layout.spots[member.key]
    reach = member.reach
    return (spot.x - reach, spot.y - reach, spot.x + reach, spot.y + reach)


def _name(member: Member, layout: Layout) -> Box | None:
    spot = layout.spots[member.key]
    return None if spot.side == NO_LABEL else member.name_box(spot.side, spot.x, spot.y)


def _check_clear(members: list[Member], layout: Layout, keep_off: list[Box]) -> None:
    """No marker or name over another, nor over what they keep off; names inside the scene."""
    for i, first in enumerate(members):
        boxes = [_square(first, layout)]
        name = _name(first, layout)
        if name is not None:
            boxes.append(name)
            assert INSIDE[0] <= name[0] and name[2] <= INSIDE[2]
            assert INSIDE[1] <= name[1] and name[3] <= INSIDE[3]
        for box in boxes:
            assert not any(_overlap(box, taken) for taken in keep_off), first
        for second in members[i + 1 :]:
            others = [_square(second, layout), _name(second, layout)]
            for box in boxes:
                assert not any(other and _overlap(box, other) for other in others), (first, second)


def test_a_free_place_is_shown_as_it_is() -> None:
    member = _member(1, 120.0, 200.0)
    layout = lay_out([member], inside=INSIDE)
    spot = layout.spots[1]
    assert (spot.x, spot.y) == (120.0, 200.0)
    assert layout.offset(1) == (0.0, 0.0)
    assert spot.side != NO_LABEL


def test_people_on_one_place_are_moved_apart_within_their_quadrant() -> None:
    members = [_member(key, 420.0, 180.0) for key in range(1, 6)]
    layout = lay_out(members, inside=INSIDE)
    assert layout.offset(1) == (0.0, 0.0)  # the first keeps the place itself
    _check_clear(members, layout, [])
    for member in members:
        spot = layout.spots[member.key]
        area = member.area
        assert area[0] <= spot.x <= area[2] and area[1] <= spot.y <= area[3]
        assert spot.side != NO_LABEL  # every one of them named
    # The same question, the same answer.
    assert lay_out(members, inside=INSIDE) == layout


def test_a_marker_on_a_heading_is_shown_beside_it() -> None:
    members = [_member(1, 560.0, 20.0)]
    layout = lay_out(members, keep_off=[HEADING], inside=INSIDE)
    assert layout.offset(1) != (0.0, 0.0)
    _check_clear(members, layout, [HEADING])


def test_given_the_previous_layout_only_the_moved_person_moves() -> None:
    members = [_member(key, 400.0 + 9 * key, 120.0 + 7 * (key % 3)) for key in range(1, 9)]
    before = lay_out(members, keep_off=[HEADING], inside=INSIDE)
    moved = [*members[:3], _member(4, 430.0, 130.0), *members[4:]]  # dropped into the crowd
    after = lay_out(moved, keep_off=[HEADING], inside=INSIDE, previous=before)
    for member in members:
        if member.key != 4:
            assert after.spots[member.key] == before.spots[member.key]
    _check_clear(moved, after, [HEADING])


def test_plans_are_avoided_by_names_when_there_is_room() -> None:
    member = _member(1, 150.0, 150.0)
    below = member.name_box(0, 150.0, 150.0)
    layout = lay_out([member], inside=INSIDE, markers_placed=lambda _centres: [below])
    assert layout.spots[1].side not in (NO_LABEL, 0)


_coordinate = st.floats(min_value=0.0, max_value=600.0, allow_nan=False)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(_coordinate, _coordinate, st.floats(10.8, 19.5), st.floats(30.0, 126.0)),
        min_size=1,
        max_size=7,
    ),
    st.integers(min_value=0, max_value=6),
)
def test_any_few_people_are_shown_clear_of_each_other_and_stably(
    places: list[tuple[float, float, float, float]], moved: int
) -> None:
    members = [_member(key, x, y, radius, name) for key, (x, y, radius, name) in enumerate(places)]
    layout = lay_out(members, keep_off=[HEADING], inside=INSIDE)
    _check_clear(members, layout, [HEADING])
    for member in members:
        spot = layout.spots[member.key]
        area = member.area
        at_place = (spot.x, spot.y) == (member.x, member.y)
        assert at_place or (area[0] <= spot.x <= area[2] and area[1] <= spot.y <= area[3])
    assert lay_out(members, keep_off=[HEADING], inside=INSIDE) == layout
    # Move one of them to the middle of the others: nobody else changes.
    key = moved % len(members)
    crowd_x = sum(m.x for m in members) / len(members)
    crowd_y = sum(m.y for m in members) / len(members)
    after_members = [
        _member(key, crowd_x, crowd_y, m.radius, m.label[0]) if m.key == key else m for m in members
    ]
    after = lay_out(after_members, keep_off=[HEADING], inside=INSIDE, previous=layout)
    for member in members:
        if member.key != key:
            was, now = layout.spots[member.key], after.spots[member.key]
            assert (now.x, now.y) == (was.x, was.y)
            assert was.side in (NO_LABEL, now.side)  # a name only where there was none
    _check_clear(after_members, after, [HEADING])
