"""What the Stakeholders page shows while the workspace has no one in it: how to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.translation import tr


def _button(action: QAction, text: str, name: str) -> QPushButton:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button = QPushButton(f"{text}  ({keys})" if keys else text)
    button.setObjectName(name)
    button.setToolTip(action.toolTip())
    button.clicked.connect(lambda _checked=False: action.trigger())
    button.setEnabled(action.isEnabled())
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


class EmptyRegister(QWidget):
    """A start page: add the first stakeholder, import contacts, or look around the demo.

    ``import_contacts`` is the File menu's Import Contacts… command, when there is one.
    """

    def __init__(
        self,
        add_first: QAction,
        open_demo: QAction,
        import_contacts: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyRegister")
        heading = QLabel(tr("No one in this workspace yet"))
        heading.setObjectName("personHeading")
        text = QLabel(
            tr(
                "Rapport keeps the people whose trust your work depends on: add them one by one, "
                "bring them in from your address book, or look around the demo first (a made-up "
                "company, kept apart from your own workspace)."
            )
        )
        text.setObjectName("mutedLabel")
        text.setWordWrap(True)
        text.setFixedWidth(520)
        text.setMinimumHeight(text.heightForWidth(520))  # centred, it would get one line's height
        self.add_button = _button(add_first, "Add the First Stakeholder…", "addFirstStakeholder")
        self.add_button.setDefault(True)
        self.import_button: QPushButton | None = None
        if import_contacts is not None:
            self.import_button = _button(import_contacts, "Import Contacts…", "importContacts")
        self.demo_button = _button(open_demo, "Open the Demo Workspace", "openDemo")

        box = QVBoxLayout(self)
        box.addStretch(1)
        for label in (heading, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(12)
        for button in (self.add_button, self.import_button, self.demo_button):
            if button is not None:
                button.setMinimumWidth(280)
                box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
