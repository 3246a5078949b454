"""Which calls in ui/ take user-visible text, and where: the rule tests/test_translatable_text.py
checks (every literal there goes through ``tr``)."""

from __future__ import annotations

import ast
from collections.abc import Iterator

#: Calls whose text is their first argument (or their last, for an item's column and text).
FIRST_OR_LAST = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setWindowTitle",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setAccessibleName",
    "showMessage",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
}
#: Calls (constructors mostly) whose first argument is the text.
FIRST = {
    "QAction",
    "QPushButton",
    "QLabel",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "addMenu",
    "addAction",
    "addRow",
    "addItem",
    "plain_label",
    "addButton",
}
#: Calls whose text is the argument at this position.
AT = {"addTab": 1, "setTabText": 1, "setTabToolTip": 1, "insertTab": 2, "message_box": 1}
#: Calls taking a list of texts as their first argument.
LISTS = {"setHeaderLabels", "setHorizontalHeaderLabels", "addItems"}
#: message_box's text (its third argument) too.
ALSO_AT = {"message_box": 2}


def name_of(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def is_text(node: ast.expr) -> bool:
    """A literal a user reads: a string with a letter in it."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(c.isalpha() for c in node.value)
    )


def text_arguments(call: ast.Call) -> Iterator[ast.expr]:
    """The arguments of ``call`` that hold user-visible text."""
    name, args = name_of(call.func), call.args
    if not args:
        return
    if name in FIRST_OR_LAST:
        yield args[-1] if len(args) == 2 and not is_text(args[0]) else args[0]
    elif name in FIRST:
        yield args[0]
    elif name in AT and len(args) > AT[name]:
        yield args[AT[name]]
        if name in ALSO_AT and len(args) > ALSO_AT[name]:
            yield args[ALSO_AT[name]]
    elif name in LISTS and isinstance(args[0], ast.List | ast.Tuple):
        yield from args[0].elts


def untranslated(tree: ast.AST) -> Iterator[ast.Constant]:
    """Every literal text handed to a text-taking call without ``tr``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for argument in text_arguments(node):
                if is_text(argument):
                    assert isinstance(argument, ast.Constant)
                    yield argument
