"""Every user-visible literal in the UI goes through ``tr()`` (ui/translation.py), so that
translations can be added (issue 15, item 8). Checked on the source: a literal handed to a call
that shows text (setText, setWindowTitle, setToolTip, QAction, QPushButton, QLabel, addMenu,
addRow, addTab, setHeaderLabels, message_box, … see tests/translatable_calls.py) must be wrapped.

Not covered by this rule (it would need every caller changed): text built with f-strings, and
labels kept in tables (enum labels, column headings in dicts). The command line (ui/cli/) and the
printed prep sheet's HTML (ui/printing/) are outside it too.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.translatable_calls import untranslated

UI = Path(__file__).resolve().parent.parent / "ui"
OUTSIDE = ("ui/cli/", "ui/printing/", "ui/translation.py")


def test_every_literal_shown_to_the_user_goes_through_tr() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        where = path.relative_to(UI.parent).as_posix()
        if where.startswith(OUTSIDE):
            continue
        for literal in untranslated(ast.parse(path.read_text("utf-8"))):
            found.append(f"{where}:{literal.lineno}: {literal.value!r}")
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
