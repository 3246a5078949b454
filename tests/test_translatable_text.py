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
``drawText``) and table cells. Page and person-tab titles (``PageSpec`` in ui/pages.py) are marked
``QT_TRANSLATE_NOOP`` and keep English as their key. Text assembled before it is shown (``"…" + x``,
a literal kept in a variable, ``"a" if x else "b"``) is counted per file, and no new one may come
in. The command line (ui/cli/) is outside the rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.translatable_calls import (
    assembled_before_shown,
    domain_words_shown_raw,
    untranslated,
    untranslated_fstrings,
    untranslated_tables,
)

#: Text assembled before it is shown (``"Also: " + names``, ``text = "…" if x else "…"`` then
#: ``setText(text)``) that was there when the rule came in, per file: these counts may only go
#: down (lower the number when you fix one); any new file or a higher count fails.
ASSEMBLED_KNOWN = {
    "ui/concerns/concerns_tab.py": 3,
    "ui/contacts/duplicates_dialog.py": 2,
    "ui/contacts/mapping_dialog.py": 1,
    "ui/contacts/preview_dialog.py": 1,
    "ui/demand/demand_page.py": 1,
    "ui/grid/grid_backdrop.py": 1,
    "ui/grid/grid_view.py": 1,
    "ui/grid/map_dialogs.py": 1,
    "ui/grid/time_bar.py": 1,
    "ui/influence/influence_tab.py": 1,
    "ui/main_window.py": 1,
    "ui/meetings/import_dialog.py": 1,
    "ui/meetings/meeting_editor.py": 2,
    "ui/meetings/record_flow.py": 1,
    "ui/menus/help_actions.py": 1,
    "ui/network/legend.py": 1,
    "ui/network/network_page.py": 2,
    "ui/plans/communication_window.py": 2,
    "ui/plans/plan_dialog.py": 1,
    "ui/plans/plans_tab.py": 1,
    "ui/printing/attendee_block.py": 1,
    "ui/printing/health_report_renderer.py": 1,
    "ui/ratings/person_tabs.py": 1,
    "ui/ratings/quick_entry.py": 2,
    "ui/stakeholders/stakeholder_editor.py": 3,
    "ui/stakeholders/stakeholder_list.py": 1,
    "ui/units/unit_panel.py": 1,
    "ui/units/units_page.py": 2,
}

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


def test_no_new_text_is_assembled_before_it_is_shown() -> None:
    """Text built in pieces or kept in a variable before a text call escapes the literal rule:
    new code writes ``tr("…{name}…").format(…)`` (or ``tr`` on each literal of an ``if``)."""
    grown, shrunk = [], []
    for path in sorted(UI.rglob("*.py")):
        where = path.relative_to(UI.parent).as_posix()
        if where.startswith(OUTSIDE):
            continue
        found = list(assembled_before_shown(ast.parse(path.read_text("utf-8"))))
        known = ASSEMBLED_KNOWN.get(where, 0)
        if len(found) > known:
            grown += [f"{where}:{node.lineno}: {ast.unparse(node)}" for node in found]
        elif len(found) < known:
            shrunk.append(f"{where}: {len(found)} (ASSEMBLED_KNOWN says {known})")
    assert not grown, "translate these with tr('…{x}…').format(x=…):\n" + "\n".join(grown)
    assert not shrunk, "fewer assembled texts now; lower ASSEMBLED_KNOWN:\n" + "\n".join(shrunk)


def test_the_rule_catches_page_titles_and_text_assembled_before_it_is_shown() -> None:
    bad = ast.parse(
        "PageSpec('Maps', _maps)\n"
        "label.setText('Also: ' + names)\n"
        "button.setText('Restore' if archived else 'Archive')\n"
        "def show(self):\n"
        "    text = 'Nobody'\n"
        "    summary = f'{count} people'\n"
        "    self.label.setText(text)\n"
        "    self.info.setToolTip(summary)\n"
    )
    assert [c.value for c in untranslated(bad)] == ["Maps"]
    assert sorted(ast.unparse(n) for n in assembled_before_shown(bad)) == sorted(
        [
            "'Also: ' + names",
            "'Restore' if archived else 'Archive'",
            "'Nobody'",
            "f'{count} people'",
        ]
    )
    good = ast.parse(
        "PageSpec(QT_TRANSLATE_NOOP('', 'Maps'), _maps)\n"
        "label.setText(tr('Also: {names}').format(names=names))\n"
        "button.setText(tr('Restore') if archived else tr('Archive'))\n"
        "def show(self):\n"
        "    text = tr('Nobody')\n"
        "    self.label.setText(text)\n"
        "    self.title.setText(name + ' · ' + org)\n"
    )
    assert not list(untranslated(good))
    assert list(assembled_before_shown(good)) == []
