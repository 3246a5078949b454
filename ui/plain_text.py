"""User and outside text shown as written, never as markup: the one way the UI shows such text.

Names, notes, titles, places, e-mail addresses and tags come from the user and from other
people's invites and address books. Qt renders a string as rich text (HTML) when it *looks* like
it (``Qt::mightBeRichText``: a tag in its first line), and rich text loads images: a meeting
titled ``<img src="/dev/zero">`` made the tooltip read /dev/zero until the process aborted, and
``src="file:///etc/passwd"`` was opened too. So:

- labels showing such text are plain text (:func:`plain_label`, :func:`make_plain`); a label of
  our own markup quoting user text is a :func:`rich_label` fed through :func:`escape`;
- tooltips have no plain-text flag, so the text is escaped and wrapped in a rich-text container
  (:func:`tooltip`); tooltips that mix our own markup with user text build it with
  :func:`escape` and wrap it with :func:`rich_tooltip`;
- message boxes are plain text (:func:`message_box`);
- matplotlib reads ``$…$`` as mathematics: :func:`chart_text` keeps a name's dollars literal.

Item views (table, tree and list cells, headers, combo boxes) draw their text plain already; only
their tooltips go through :func:`tooltip`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

#: Wraps escaped text so that Qt takes it for rich text (and so shows the escaped text as
#: written, line breaks kept) however the text starts.
_CONTAINER = "<p style='white-space:pre-wrap'>{}</p>"


def escape(text: str) -> str:
    """User text to put inside our own markup: every ``<``, ``>``, ``&`` and quote escaped, line
    breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` exactly as written (line breaks kept), whatever it holds."""
    if not text:
        return ""
    return _CONTAINER.format(html.escape(text))


def rich_tooltip(markup: str) -> str:
    """A tooltip of our own markup, in which every piece of user text went through
    :func:`escape`."""
    return f"<qt>{markup}</qt>" if markup else ""


def make_plain(label: QLabel) -> QLabel:
    """Have ``label`` show its text as written, never as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, object_name: str = "") -> QLabel:
    """A label that shows ``text`` (and whatever is set later) as written."""
    label = make_plain(QLabel(parent))
    if object_name:
        label.setObjectName(object_name)
    label.setText(text)
    return label


def rich_label(parent: QWidget | None = None, object_name: str = "") -> QLabel:
    """A label for our own markup (bold words, line breaks), in which every piece of user text
    went through :func:`escape`; set its text with :func:`set_rich`."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    if object_name:
        label.setObjectName(object_name)
    return label


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    parent: QWidget | None,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    object_name: str = "",
) -> QMessageBox:
    """A message box whose text is shown as written (messages quote names and file names)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        box.setObjectName(object_name)
    return box


def chart_text(text: str) -> str:
    """A name for a matplotlib label, title or legend: dollar signs kept literal (matplotlib
    reads ``$…$`` as mathematics and fails or shows formulas on a name like ``$5 $ club``)."""
    return text.replace("$", r"\$")
