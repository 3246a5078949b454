"""Help ▸ Keyboard Shortcuts, Open Data Folder and About Rapport."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.menus.menu_bar import Menu, MenuBar, Section
from ui.plain_text import message_box
from ui.translation import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _plain(text: str) -> str:
    """A menu text as read: without the mnemonic's '&' (a doubled '&&' stays one '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    """Every command in the menus with its shortcut, filtered as you type."""

    def __init__(self, menus: MenuBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Shortcut")])
        for menu, action in menus.actions():
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            row = [QStandardItem(_plain(menu.value)), QStandardItem(_plain(action.text()))]
            row.append(QStandardItem(keys))
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(placeholderText="Find a command or a key…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.proxy.index(r, c).data() for c in range(3))  # type: ignore[misc]
            for r in range(self.proxy.rowCount())
        ]


class HelpActions(QObject):
    def __init__(self, window: MainWindow, menus: MenuBar) -> None:
        super().__init__(window)
        self.window = window
        self.menus = menus
        self.dialog: ShortcutsDialog | None = None
        self.about_box: QMessageBox | None = None
        self.shortcuts = QAction(tr("&Keyboard Shortcuts"), window)
        self.shortcuts.setShortcuts([QKeySequence("Ctrl+/"), QKeySequence("F1")])
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.data_folder = QAction(tr("Open &Data Folder"), window)
        self.data_folder.setToolTip(tr("Where Rapport keeps your workspace, backups and its log"))
        self.data_folder.triggered.connect(self.open_data_folder)
        self.about = QAction(tr("&About Rapport"), window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.triggered.connect(self.show_about)
        menus.add(Menu.HELP, Section.HELP_HELP, self.shortcuts)
        menus.add(Menu.HELP, Section.HELP_HELP, self.data_folder)
        menus.add(Menu.HELP, Section.HELP_ABOUT, self.about)

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.menus, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def open_data_folder(self) -> None:
        from ui.workspace.locations import data_dir

        folder = data_dir()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.window.statusBar().showMessage(f"Your data folder is {folder}", 10000)

    def show_about(self) -> None:
        from ui.about import about_facts

        facts = about_facts()
        box = message_box(
            QMessageBox.Icon.NoIcon,
            tr("About Rapport"),
            f"Rapport {facts[0][1]}\n\nA relationship planner for CIOs, account managers and "
            "business relationship managers.\n\n"
            + "\n".join(f"{label}: {value}" for label, value in facts[1:]),
            self.window,
            object_name="aboutBox",
        )
        box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy a path
        box.open()
        self.about_box = box
