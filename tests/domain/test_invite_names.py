"""Names from invites: a directory's "Last, First" is turned round only when both parts look like
a person's name; anything else ("acme, ädmin", "ACME, Inc.", a formula) stays as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.usecases.invites.names import (
    display_name,
    flip_last_first,
    looks_like_name,
    name_from_email,
    normalised_name,
)


@pytest.mark.parametrize(
    ("cn", "shown"),
    [
        ("Lovelace, Ada", "Ada Lovelace"),
        ('"Marley, Bob"', "Bob Marley"),
        ("van Rossum, Guido", "Guido van Rossum"),
        ("O'Brien, Siobhán", "Siobhán O'Brien"),
        ("Berners-Lee, Tim J.", "Tim J. Berners-Lee"),
        ("DUPONT, Jean", "Jean DUPONT"),
        ("Kowalski, Jan/PL/Fabrikam", "Jan Kowalski"),  # Lotus Notes hierarchy
        ("acme, ädmin", "acme, ädmin"),
        ("ACME, Inc.", "ACME, Inc."),
        ("Northwind, GmbH", "Northwind, GmbH"),
        ("=SUM(A1, B1)", "=SUM(A1, B1)"),
        ('=HYPERLINK("x", Click)', '=HYPERLINK("x", Click)'),
        ("Room 4, Building 2", "Room 4, Building 2"),
        ("Smith, John, Dr.", "Smith, John, Dr."),
        ("Sales, marketing", "Sales, marketing"),
        ("AC/DC", "AC/DC"),
    ],
)
def test_only_last_first_display_names_of_people_are_turned_round(cn: str, shown: str) -> None:
    assert display_name(cn) == shown


def test_comparing_names_never_turns_them_round() -> None:
    assert normalised_name("Adá  LOVELACE") == "ada lovelace"
    assert normalised_name("acme, ädmin") == "acme admin"
    assert normalised_name("Lovelace, Ada") == "lovelace ada"


def test_names_from_addresses() -> None:
    assert name_from_email("jane.doe@example.com") == "Jane Doe"
    assert name_from_email("ops+calendar@example.com") == "Ops Calendar"


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@given(_TEXT)
def test_text_without_exactly_one_comma_is_never_reordered(text: str) -> None:
    if text.count(",") != 1:
        assert flip_last_first(text) == " ".join(text.split())


@given(_TEXT, _TEXT)
def test_a_flip_happens_only_when_both_parts_look_like_names(last: str, first: str) -> None:
    text = f"{last}, {first}"
    flipped = flip_last_first(text)
    if looks_like_name(last) and looks_like_name(first) and "," not in last + first:
        assert flipped == f"{' '.join(first.split())} {' '.join(last.split())}"
    else:
        assert flipped == " ".join(text.split())


@given(_TEXT)
def test_flipping_keeps_every_word_and_settles_after_once(text: str) -> None:
    once = flip_last_first(text)
    assert sorted(once.replace(",", " ").split()) == sorted(text.replace(",", " ").split())
    assert flip_last_first(once) == once


@given(st.sampled_from("=+-@"), _TEXT, _TEXT)
def test_formulas_are_never_turned_round(sign: str, left: str, right: str) -> None:
    text = f"{sign}{left}, {right}"
    assert flip_last_first(text).startswith(" ".join(text.split())[:1])
