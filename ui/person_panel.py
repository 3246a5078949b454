"""The right-hand side of the register: a person's profile and the tabs features add to it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.app_context import AppContext
from ui.lazy_page import LazyPage
from ui.pages import person_tabs
from ui.stakeholders.stakeholder_editor import StakeholderEditor
from ui.translation import tr


class PersonPanel(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.setDocumentMode(True)
        self.ctx = ctx
        self.stakeholder_id = -1
        self.editor = StakeholderEditor(ctx)
        self.addTab(self.editor, tr("Profile"))
        for spec in person_tabs():
            self.addTab(LazyPage(lambda spec=spec: self._build(spec.build)), tr(spec.title))
        self.currentChanged.connect(lambda _i: self._show_current())

    def _build(self, build: object) -> QWidget:
        page = build(self.ctx)  # type: ignore[operator]
        page.show_stakeholder(self.stakeholder_id)
        return page

    def show_stakeholder(self, stakeholder_id: int) -> None:
        self.stakeholder_id = stakeholder_id
        self.editor.show_stakeholder(stakeholder_id)
        self._show_current()

    def _show_current(self) -> None:
        """Only the visible tab follows the selection; the others catch up when shown."""
        current = self.currentWidget()
        if isinstance(current, LazyPage) and current.page is not None:
            current.page.show_stakeholder(self.stakeholder_id)  # type: ignore[attr-defined]
