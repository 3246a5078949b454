"""What the Maps page shows before the workspace has any map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.translation import tr


def no_maps_page(create_map: Callable[[], object]) -> QWidget:
    page = QWidget()
    page.setObjectName("mapsEmpty")
    heading = QLabel(tr("No maps yet"))
    heading.setObjectName("personHeading")
    text = QLabel(
        tr(
            "A map places the people of one initiative on a power/interest grid, so you can see "
            "whom to manage closely, keep satisfied, keep informed or monitor."
        )
    )
    text.setWordWrap(True)
    text.setObjectName("mutedLabel")
    create = QPushButton(tr("Create a Map…"))
    create.setObjectName("createFirstMap")
    create.clicked.connect(lambda _checked=False: create_map())
    box = QVBoxLayout(page)
    box.addStretch(1)
    for widget in (heading, text):
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(create)
    row.addStretch(1)
    box.addLayout(row)
    box.addStretch(2)
    return page
