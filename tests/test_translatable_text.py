"""Every user-visible literal in the UI goes through ``tr()`` (ui/translation.py), so that
translations can be added (issue 15, item 8). Checked on the source: a literal handed to a call
that shows text (setText, setWindowTitle, setToolTip, QAction, QPushButton, QLabel, addMenu,
addRow, addTab, setHeaderLabels, message_box, … see tests/translatable_calls.py) must be wrapped.

Sentences with names or counts in them are one translatable text with placeholders,
``tr("Delete the map “{name}”?").format(name=…)``: an f-string or a bare ``"…".format`` handed to
such a call is refused. Tables of words kept as constants (``…HEADERS``, ``…LABELS``,
``…COLUMNS``: column headings, labels of values) mark each word with
``QT_TRANSLATE_NOOP("", "…")`` and translate it where it is shown, so the stored values stay as
they are. Quadrant titles and attitude labels come from ui/domain_words.py, never from the
domain's English (``quadrant.title``, ``attitude.label``). The printed prep sheet and health report
(ui/printing/) are covered: their headings (``Heading``), painted words (``paint_text``,
``drawText``) and table cells. The command line (ui/cli/) is outside the rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.translatable_calls import (
    domain_words_shown_raw,
    untranslated,
    untranslated_fstrings,
    untranslated_tables,
)

UI = Path(__file__).resolve().parent.parent / "ui"
OUTSIDE = ("ui/cli/", "ui/translation.py")


def test_every_literal_shown_to_the_user_goes_through_tr() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        where = path.relative_to(UI.parent).as_posix()
        if where.startswith(OUTSIDE):
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for literal in untranslated(tree):
            found.append(f"{where}:{literal.lineno}: {literal.value!r}")
        for built in untranslated_fstrings(tree):
            found.append(f"{where}:{built.lineno}: {ast.unparse(built)} (tr('…{{x}}…').format)")
        for word in untranslated_tables(tree):
            found.append(
                f"{where}:{word.lineno}: {word.value!r} (QT_TRANSLATE_NOOP, tr when shown)"
            )
        if where != "ui/domain_words.py":
            for raw in domain_words_shown_raw(tree):
                found.append(f"{where}:{raw.lineno}: {ast.unparse(raw)} (ui/domain_words.py)")
    assert not found, "wrap these in ui.translation.tr():\n" + "\n".join(found)


def test_the_rule_catches_what_it_is_for() -> None:
    bad = ast.parse(
        "label.setText('Saved')\n"
        "item.setToolTip(2, 'Whole summary')\n"
        "QAction('&Remove', self)\n"
        "menus.addMenu('&View')\n"
        "tree.setHeaderLabels(['When', 'What'])\n"
        "message_box(icon, 'Title', 'Body', parent)\n"
        "tabs.addTab(page, 'History')\n"
        "form.addRow('&Name', edit)\n"
    )
    assert sorted(c.value for c in untranslated(bad)) == sorted(
        [
            *("Saved", "Whole summary", "&Remove", "&View", "When", "What"),
            *("Title", "Body", "History", "&Name"),
        ]
    )
    good = ast.parse(
        "label.setText(tr('Saved'))\n"
        "label.setText('')\n"
        "label.setText(' · ')\n"
        "item.setToolTip(2, tooltip(summary))\n"
        "QAction(tr('&Remove'), self)\n"
        "edit.setText(name)\n"
    )
    assert list(untranslated(good)) == []


def test_the_rule_catches_sentences_tables_and_domain_words() -> None:
    bad = ast.parse(
        "label.setText(f'Saved {name}.')\n"
        "box.setWindowTitle('Rate {name}'.format(name=name))\n"
        "HEADERS = {Column.WHEN: 'Date', Column.WHAT: 'What'}\n"
        "_COLUMNS = ('Taken', 'Why')\n"
        "cell = quadrant.title\n"
        "word = standing.attitude.label\n"
        "painter.drawText(rect, flags, 'Nobody')\n"
        "Heading(ctx, 'Attendees', width)\n"
        "Column('Name', lambda r: r.name)\n"
    )
    assert len(list(untranslated_fstrings(bad))) == 2
    assert sorted(w.value for w in untranslated_tables(bad)) == ["Date", "Taken", "What", "Why"]
    assert [ast.unparse(a) for a in domain_words_shown_raw(bad)] == [
        "quadrant.title",
        "standing.attitude.label",
    ]
    assert sorted(c.value for c in untranslated(bad)) == ["Attendees", "Name", "Nobody"]
    good = ast.parse(
        "label.setText(tr('Saved {name}.').format(name=name))\n"
        "label.setText(f'{count} · {total}')\n"
        "HEADERS = {Column.WHEN: QT_TRANSLATE_NOOP('', 'Date')}\n"
        "cell = quadrant_title(quadrant)\n"
        "title = meeting.title\n"
        "Heading(ctx, tr('Attendees'), width)\n"
    )
    assert not list(untranslated_fstrings(good))
    assert not list(untranslated_tables(good))
    assert not list(domain_words_shown_raw(good))
    assert not list(untranslated(good))
