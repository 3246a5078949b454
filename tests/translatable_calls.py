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
    # Rapport's own: a table's column, a card, a prep sheet's glance cell.
    "Column",
    "AttentionSection",
    "Cell",
    # A page's or a person tab's title (ui/pages.py): marked QT_TRANSLATE_NOOP, shown through tr.
    "PageSpec",
}
#: Calls whose text is their last argument (QPainter.drawText on the map's export and the sheets).
LAST = {"drawText"}
#: Calls whose text is the argument at this position.
AT = {
    "addTab": 1,
    "setTabText": 1,
    "setTabToolTip": 1,
    "insertTab": 2,
    "message_box": 1,
    # The prep sheet's section headings and painted words.
    "Heading": 1,
    "paint_text": 3,
}
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
    elif name in LAST:
        yield args[-1]
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


#: Names of tables of words (column headings, labels of values) kept as constants: their words
#: are marked with QT_TRANSLATE_NOOP("", …) and translated when shown.
TABLE_NAMES = ("HEADERS", "HEADINGS", "TITLES", "LABELS", "COLUMNS")


def _words_in(node: ast.expr) -> Iterator[ast.Constant]:
    """Bare literals in a table: dict values, list and tuple items (nested tuples too)."""
    if is_text(node):
        assert isinstance(node, ast.Constant)
        yield node
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _words_in(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for item in node.elts:
            yield from _words_in(item)


def untranslated_tables(tree: ast.AST) -> Iterator[ast.Constant]:
    """Words in a ``…HEADERS``/``…LABELS``/``…COLUMNS`` table not marked for translation."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if any(n.isupper() and n.lstrip("_").endswith(TABLE_NAMES) for n in names):
            yield from _words_in(value)


def untranslated_fstrings(tree: ast.AST) -> Iterator[ast.expr]:
    """Sentences built with f-strings or ``"…".format`` handed to a text-taking call: they must be
    ``tr("…{name}…").format(name=…)`` so the whole sentence can be translated."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for argument in text_arguments(node):
                if (
                    isinstance(argument, ast.JoinedStr)
                    and any(is_text(part) for part in argument.values)
                ) or (
                    isinstance(argument, ast.Call)
                    and isinstance(argument.func, ast.Attribute)
                    and argument.func.attr == "format"
                    and is_text(argument.func.value)
                ):
                    yield argument


#: Domain values whose English words the UI shows only through ui/domain_words.py.
DOMAIN_WORDS = {"title": "quadrant", "label": "attitude"}


def domain_words_shown_raw(tree: ast.AST) -> Iterator[ast.Attribute]:
    """``quadrant.title``, ``standing.quadrant.title``, ``attitude.label`` …: the domain's
    English, where quadrant_title() and attitude_label() give the user's language."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in DOMAIN_WORDS:
            owner = node.value
            name = (
                owner.attr
                if isinstance(owner, ast.Attribute)
                else owner.id
                if isinstance(owner, ast.Name)
                else ""
            )
            if DOMAIN_WORDS[node.attr] in name.lower() or name == "q":
                yield node


def _has_text(node: ast.expr) -> bool:
    """A literal text, an f-string with words, or a ``+`` with a literal text on either side."""
    if is_text(node):
        return True
    if isinstance(node, ast.JoinedStr):
        return any(is_text(part) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _has_text(node.left) or _has_text(node.right)
    if isinstance(node, ast.IfExp):
        return _has_text(node.body) or _has_text(node.orelse)
    return False


def assembled_before_shown(tree: ast.AST) -> Iterator[ast.expr]:
    """Text built before it is shown: ``"Saved " + name`` handed to a text call, or a variable
    given a literal (``text = "Nobody"``, ``text = f"{n} people"``, ``text = "a" if x else "b"``)
    that a text call in the same function then shows."""
    scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for argument in text_arguments(node):
                if isinstance(argument, ast.BinOp | ast.IfExp) and _has_text(argument):
                    yield argument
    for scope in scopes:
        literal_names: dict[str, ast.expr] = {}
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and _has_text(node.value):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        literal_names[target.id] = node.value
            elif (
                isinstance(node, ast.AnnAssign)
                and node.value is not None
                and isinstance(node.target, ast.Name)
                and _has_text(node.value)
            ):
                literal_names[node.target.id] = node.value
        for node in ast.walk(scope):
            if isinstance(node, ast.Call):
                for argument in text_arguments(node):
                    if isinstance(argument, ast.Name) and argument.id in literal_names:
                        yield literal_names[argument.id]
