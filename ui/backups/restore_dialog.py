"""File ▸ Restore from Backup…: the workspace's backups with date, size and counts, what each
differs from now, and restoring one into a new file or over the current workspace.

Counting and comparing read whole files, so they run off the GUI thread (ui/background.py);
restoring too. Replacing the current workspace backs it up first, then closes and reopens it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.app_context import AppContext
from ui.background import run_in_background
from ui.backups.backup_settings import load_backup_settings
from ui.backups.backup_texts import brings_back, format_counts, format_size, would_lose
from ui.backups.settings_row import BackupSettingsRow
from ui.formatting import format_datetime
from ui.plain_text import escape, plain_label, rich_label, tooltip
from ui.translation import tr

if TYPE_CHECKING:
    from persistence.workspace import BackupCounts, BackupDiff, BackupFile

FILE_FILTER = "Rapport workspaces (*.rapport);;All files (*)"
_COLUMNS = (
    QT_TRANSLATE_NOOP("", "Taken"),
    QT_TRANSLATE_NOOP("", "Why"),
    QT_TRANSLATE_NOOP("", "Size"),
    QT_TRANSLATE_NOOP("", "People"),
    QT_TRANSLATE_NOOP("", "Maps"),
    QT_TRANSLATE_NOOP("", "Ratings"),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreDialog(QDialog):
    """``reopen(path)`` opens a workspace in the window (WorkspaceMenu.open_path)."""

    def __init__(
        self, ctx: AppContext, reopen: Callable[[Path], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reopen = reopen
        self.workspace_path: Path = ctx.workspace.path or Path()
        self.backups: list[BackupFile] = []
        self.counts: dict[Path, BackupCounts | str] = {}
        self.diffs: dict[Path, BackupDiff | str] = {}
        self._comparing: Path | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Restore from Backup"))
        self.resize(860, 600)

        heading = plain_label(tr("Backups of {stem}").format(stem=self.workspace_path.stem))
        heading.setObjectName("sectionTitle")
        intro = QLabel(
            tr(
                "Rapport backs this workspace up when you open it (once a day), after each hour of "
                "editing, and before deleting or importing. It keeps every backup of the last day "
                "(up to 10), one a day for a week, one a week for a month and one a month for a "
                "year."
            )
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)

        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setHeaderLabels([tr(c) for c in _COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4, 5):
            self.table.headerItem().setTextAlignment(column, _RIGHT)
        self.table.currentItemChanged.connect(lambda *_: self._selected())
        self.empty_label = QLabel(tr("No backups yet. Back Up Now takes the first one."))
        self.empty_label.setObjectName("mutedLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.diff_box = QGroupBox(tr("Compared with the workspace now"))
        self.now_label = QLabel()
        self.now_label.setObjectName("mutedLabel")
        self.diff_label = rich_label(object_name="backupDiff")
        self.diff_label.setWordWrap(True)
        self.diff_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff_label.setMinimumHeight(64)
        self.diff_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box_layout = QVBoxLayout(self.diff_box)
        box_layout.addWidget(self.now_label)
        box_layout.addWidget(self.diff_label)

        self.settings_row = BackupSettingsRow(self.workspace_path, self)
        self.settings_row.changed.connect(self.reload)

        buttons = QDialogButtonBox()
        self.backup_now_button = QPushButton(tr("Back Up Now"))
        self.new_file_button = QPushButton(tr("Restore as New File…"))
        self.replace_button = QPushButton(tr("Replace Current Workspace…"))
        buttons.addButton(self.backup_now_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.new_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.new_file_button.clicked.connect(self.restore_as_new_file)
        self.replace_button.clicked.connect(self.replace_current)
        self.status_label = QLabel()
        self.status_label.setObjectName("mutedLabel")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.diff_box)
        layout.addWidget(self.settings_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

        ctx.backups.taken.connect(self._backup_taken)
        ctx.backups.failed.connect(self.status_label.setText)
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """Whether counts or a comparison are still being read."""
        selected = self.selected_backup()
        counted = all(p in self.counts for p in [self.workspace_path, *self.paths()])
        return not counted or (selected is not None and selected.path not in self.diffs)

    def paths(self) -> list[Path]:
        return [b.path for b in self.backups]

    def reload(self) -> None:
        from persistence.workspace import list_backups

        self.backups = list_backups(self.workspace_path, load_backup_settings().folder)
        # The workspace now is counted afresh; backups never change, an unreadable one is retried.
        current = self.workspace_path
        self.counts = {
            p: c for p, c in self.counts.items() if p != current and not isinstance(c, str)
        }
        self.table.clear()
        for backup in self.backups:
            item = QTreeWidgetItem(
                [_when(backup.taken_at), backup.why, format_size(backup.size), "…", "…", "…"]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(0, tooltip(backup.name))
            for column in (2, 3, 4, 5):
                item.setTextAlignment(column, _RIGHT)
            self.table.addTopLevelItem(item)
            self._show_counts(item, backup)
        has_any = bool(self.backups)
        self.table.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        if has_any:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._selected()
        missing = [b.path for b in self.backups if b.path not in self.counts]
        run_in_background(
            self,
            "Reading backups…",
            lambda progress: _count_all(progress, [current, *missing]),
            on_done=self._counts_read,
        )

    def _counts_read(self, counts: dict[Path, BackupCounts | str]) -> None:
        self.counts.update(counts)
        for index in range(self.table.topLevelItemCount()):
            self._show_counts(self.table.topLevelItem(index), self.backups[index])
        self._show_now()

    def _show_counts(self, item: QTreeWidgetItem, backup: BackupFile) -> None:
        counts = self.counts.get(backup.path)
        if isinstance(counts, str):
            item.setText(3, tr("unreadable"))
            item.setToolTip(3, tooltip(counts))
        elif counts is not None:
            for column, value in ((3, counts.people), (4, counts.maps), (5, counts.ratings)):
                item.setText(column, f"{value:,}")

    def _show_now(self) -> None:
        now = self.counts.get(self.workspace_path)
        if now is not None and not isinstance(now, str):
            self.now_label.setText(tr("Now: {now}.").format(now=format_counts(now)))

    # -- comparing ----------------------------------------------------------------------------
    def selected_backup(self) -> BackupFile | None:
        item = self.table.currentItem()
        if item is None:
            return None
        path = Path(item.data(0, Qt.ItemDataRole.UserRole))
        return next((b for b in self.backups if b.path == path), None)

    def _selected(self) -> None:
        backup = self.selected_backup()
        for button in (self.new_file_button, self.replace_button):
            button.setEnabled(backup is not None)
        if backup is None:
            self.diff_label.setText("")
            return
        self._show_diff(backup)
        if backup.path not in self.diffs and self._comparing is None:
            self._comparing = backup.path
            current = self.workspace_path
            run_in_background(
                self,
                "Comparing with now…",
                lambda _progress: _compare(backup.path, current),
                on_done=lambda diff: self._compared(backup.path, diff),
            )

    def _compared(self, path: Path, diff: BackupDiff | str) -> None:
        self._comparing = None
        self.diffs[path] = diff
        self._selected()  # shows it, or compares the backup selected meanwhile

    def _show_diff(self, backup: BackupFile) -> None:
        diff = self.diffs.get(backup.path)
        if diff is None:
            self.diff_label.setText(tr("<i>Comparing…</i>"))
            return
        if isinstance(diff, str):
            self.diff_label.setText(
                tr("This backup cannot be read: {diff}").format(diff=escape(diff))
            )
            return
        if diff.unchanged:
            self.diff_label.setText(tr("Same people, maps, ratings and interactions as now."))
            return
        lines = []
        back = brings_back(diff)
        if back:
            lines.append(f"<b>Restoring brings back</b> {escape(back)}")
        lose = would_lose(diff)
        if lose:
            lines.append(f"<b>and loses what was added since:</b> {escape(lose)}")
        self.diff_label.setText("<br>".join(lines))

    # -- actions ------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.ctx.backups.backup_now("manual"):
            self.status_label.setText(tr("Backing up…"))

    def _backup_taken(self, backup: BackupFile) -> None:
        self.status_label.setText(tr("Backed up as {name}.").format(name=backup.name))
        self.reload()

    def restore_as_new_file(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        suggested = self.workspace_path.with_name(
            f"{self.workspace_path.stem} restored {backup.taken_at.astimezone():%Y-%m-%d %H%M}"
            f"{self.workspace_path.suffix}"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, "Restore as a new workspace", str(suggested), FILE_FILTER
        )
        if not name:
            return
        out = Path(name)
        if out.suffix != self.workspace_path.suffix:
            out = out.with_name(out.name + self.workspace_path.suffix)
        from ui.backups.restoring import restore_into_new_file

        restore_into_new_file(self, backup, out, self._restored_as_new)

    def _restored_as_new(self, out: Path) -> None:
        self.status_label.setText(tr("Restored into {out}.").format(out=out))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Backup restored",
            f"The backup was restored into a new workspace:\n{out}",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("restoredBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_it = box.addButton(tr("Open It"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Stay Here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_it)
        box.exec()
        if box.clickedButton() is open_it and self.reopen(out):
            self.accept()

    def replace_current(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Replace Current Workspace",
            f"Replace {self.workspace_path.name} with the backup of {_when(backup.taken_at)}?",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("replaceWorkspaceBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            tr(
                "The workspace as it is now is backed up first: it stays in this list as "
                "“Before restoring a backup”. Edit ▸ Undo history is cleared."
            )
        )
        replace = box.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not replace:
            return
        from ui.backups.restoring import replace_workspace

        replace_workspace(self.ctx, backup, self.reopen, self, self._replaced)

    def _replaced(self, before: BackupFile) -> None:
        self.status_label.setText(
            tr("Restored. The workspace before is kept as {name}.").format(name=before.name)
        )
        self.accept()


def _when(moment: datetime) -> str:
    return format_datetime(moment)


def _count_all(progress: Any, paths: list[Path]) -> dict[Path, BackupCounts | str]:
    from persistence.workspace import WorkspaceError, count_contents

    found: dict[Path, BackupCounts | str] = {}
    for done, path in enumerate(paths):
        progress.report(done, len(paths), f"Reading {path.name}…")
        try:
            found[path] = count_contents(path)
        except (WorkspaceError, OSError) as exc:
            found[path] = str(exc)
    return found


def _compare(backup: Path, workspace: Path) -> BackupDiff | str:
    from persistence.workspace import WorkspaceError, compare_with_workspace

    try:
        return compare_with_workspace(backup, workspace)
    except (WorkspaceError, OSError) as exc:
        return str(exc)
