"""The UI shows user and outside text through ui/plain_text.py only (issue 11, item 1), checked
on the source so that a new tooltip or label cannot slip past it:

- a tooltip is a literal, or made by ``tooltip()``/``rich_tooltip()`` (or copied from another
  widget's ``toolTip()``): never an f-string, a variable or a note straight from the data;
- a label made with text that is not a literal is a ``plain_label()``;
- a text format, where one is set, is plain text; a message box is ``message_box()`` (or sets
  plain text right after it is made); no static QMessageBox.warning/… (they guess the format);
- no widget that reads HTML (QTextEdit, QTextBrowser, QGraphicsTextItem, setHtml) outside the
  printing code, which builds escaped documents for paper.

test_plain_text_everywhere.py checks the same at run time on the real window.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "ui"
HELPER = UI / "plain_text.py"
TOOLTIP_MAKERS = {"tooltip", "rich_tooltip", "toolTip"}
GUESSING_BOXES = {"warning", "information", "critical", "question"}
HTML_WIDGETS = {"QTextEdit", "QTextBrowser", "QGraphicsTextItem"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _translated_literal(node: ast.expr) -> bool:
    """``tr("…")``: our own text, in the user's language."""
    return (
        isinstance(node, ast.Call)
        and _name(node.func) == "tr"
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
    )


def _safe_tooltip(node: ast.expr) -> bool:
    if _translated_literal(node):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) or node.value is None
    if isinstance(node, ast.Call):
        return _name(node.func) in TOOLTIP_MAKERS
    if isinstance(node, ast.IfExp):
        return _safe_tooltip(node.body) and _safe_tooltip(node.orelse)
    if isinstance(node, ast.BoolOp):
        return all(_safe_tooltip(value) for value in node.values)
    return False


def _tooltip_argument(call: ast.Call) -> ast.expr | None:
    name = _name(call.func)
    if name in ("setToolTip", "setTabToolTip") and call.args:
        return call.args[-1]
    if name == "showText" and _name(getattr(call.func, "value", call.func)) == "QToolTip":
        return call.args[1] if len(call.args) > 1 else None
    if name == "setItemData" and len(call.args) == 3 and _name(call.args[2]) == "ToolTipRole":
        return call.args[1]
    return None


def _sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(UI.rglob("*.py")):
        if path != HELPER:
            yield path.relative_to(UI.parent).as_posix(), ast.parse(path.read_text("utf-8"))


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def _where(path: str, node: ast.AST) -> str:
    return f"{path}:{getattr(node, 'lineno', 0)}: {ast.unparse(node)[:90]}"


def test_every_tooltip_goes_through_the_helper() -> None:
    raw = [
        _where(path, call)
        for path, tree in _sources()
        for call in _calls(tree)
        if (argument := _tooltip_argument(call)) is not None and not _safe_tooltip(argument)
    ]
    assert not raw, "wrap these in ui.plain_text.tooltip():\n" + "\n".join(raw)


def test_labels_with_text_from_elsewhere_are_plain_labels() -> None:
    raw = [
        _where(path, call)
        for path, tree in _sources()
        for call in _calls(tree)
        if _name(call.func) == "QLabel"
        and call.args
        and not (isinstance(call.args[0], ast.Constant) or _translated_literal(call.args[0]))
    ]
    assert not raw, "use ui.plain_text.plain_label():\n" + "\n".join(raw)


def test_text_formats_are_plain_and_message_boxes_say_so() -> None:
    found: list[str] = []
    for path, tree in _sources():
        for call in _calls(tree):
            name = _name(call.func)
            if name == "setTextFormat" and not (call.args and _name(call.args[0]) == "PlainText"):
                found.append(_where(path, call))
            receiver = getattr(call.func, "value", None)
            if name in GUESSING_BOXES and receiver is not None and _name(receiver) == "QMessageBox":
                found.append(_where(path, call))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            body = ast.unparse(function)
            for statement in ast.walk(function):
                if (
                    isinstance(statement, ast.Assign)
                    and isinstance(statement.value, ast.Call)
                    and _name(statement.value.func) == "QMessageBox"
                ):
                    box = ast.unparse(statement.targets[0])
                    if f"{box}.setTextFormat(Qt.TextFormat.PlainText)" not in body:
                        found.append(_where(path, statement))
    assert not found, "use ui.plain_text.message_box() / plain text:\n" + "\n".join(found)


def test_no_widget_reads_html_outside_printing() -> None:
    found = [
        _where(path, call)
        for path, tree in _sources()
        if not path.startswith("ui/printing/")
        for call in _calls(tree)
        if _name(call.func) in HTML_WIDGETS | {"setHtml"}
    ]
    assert not found, "\n".join(found)


def test_the_rules_catch_what_they_are_for() -> None:
    """The checks above are not vacuous: each refuses the pattern it is about."""
    bad = ast.parse(
        "item.setToolTip(1, f'{meeting.title}')\n"
        "label.setToolTip(note)\n"
        "combo.setItemData(0, purpose, Qt.ItemDataRole.ToolTipRole)\n"
        "QToolTip.showText(pos, text, view)\n"
    )
    bad_tips = [a for c in _calls(bad) if (a := _tooltip_argument(c)) is not None]
    assert len(bad_tips) == 4 and not any(map(_safe_tooltip, bad_tips))
    good = ast.parse(
        "item.setToolTip(1, tooltip(f'{meeting.title}'))\n"
        "label.setToolTip('Remove the link')\n"
        "QToolTip.showText(pos, rich_tooltip(text), view)\n"
        "page.replay.setToolTip(self.replay.toolTip())\n"
    )
    good_tips = [a for c in _calls(good) if (a := _tooltip_argument(c)) is not None]
    assert len(good_tips) == 4 and all(map(_safe_tooltip, good_tips))
