"""The demo's data files: complete, consistent and the size the brief asks for."""

from __future__ import annotations

from domain.model import OrganisationKind
from persistence.demo.cast import load_cast, load_chatter


def test_the_cast_loads_and_every_reference_resolves() -> None:
    cast = load_cast()  # raises CastError on an unknown key
    assert cast.company == "Northwind Group"
    assert 30 <= len(cast.people) <= 36
    assert len({p.email for p in cast.people}) == len(cast.people)


def test_organisations_cover_every_kind_of_counterpart() -> None:
    kinds = {OrganisationKind(o.kind) for o in load_cast().organisations}
    assert kinds == set(OrganisationKind)


def test_people_come_with_notes_and_preferences() -> None:
    for person in load_cast().people:
        assert person.title and person.notes and person.prefs, person.key
        assert person.tags, person.key


def test_maps_have_twelve_to_twenty_five_people_each() -> None:
    maps = load_cast().maps
    assert 3 <= len(maps) <= 4
    for spec in maps:
        assert 12 <= len(spec.members) <= 25, spec.key
        assert len({m.who for m in spec.members}) == len(spec.members), spec.key


def test_meetings_ahead_are_prepared() -> None:
    meetings = load_cast().meetings
    assert 5 <= len([m for m in meetings if not m.held]) <= 8
    assert [m.logged != "" for m in meetings if m.held] == [True, False]
    for meeting in meetings:
        assert 2 <= len(meeting.attendees) <= 10, meeting.title
        assert meeting.objective and meeting.agenda, meeting.title
        assert all(a.points for a in meeting.attendees), meeting.title
    strangers = [a for m in meetings for a in m.attendees if a.who is None]
    assert strangers and all(a.name and "@" in a.email for a in strangers)


def test_chatter_has_phrases_for_every_topic_and_relation() -> None:
    cast, chatter = load_cast(), load_chatter()
    assert {m.key for m in cast.maps} <= set(chatter.topics)
    assert {p.relation for p in cast.people} <= set(chatter.relations)
    assert set(chatter.commitments) >= {m.key for m in cast.maps} | {"general"}
