"""Log or edit one demand item: its unit, title, kind, sponsor, estimated value, when it was
raised and notes. Checked by the domain's rules before closing; a refusal (no unit, no title, a
value that is not an amount) says why and keeps what was typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from domain.clock import local_today
from domain.errors import ValidationError
from domain.model import DemandItem, DemandKind, DemandStatus, DemandStep
from domain.rules.validation import valid_demand_item
from ui.formatting import format_date
from ui.plain_text import plain_label
from ui.translation import tr
from ui.units.dialogs import _CheckedDialog, from_qdate, to_qdate, unit_combo

NO_UNIT = "(choose the business unit)"
NO_SPONSOR = "(no sponsor)"


def parse_value(text: str) -> float | None:
    """ "250000", "250,000", "250k", "1.5m" → a number; "" → None; else ValidationError."""
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "").lower()
    if not cleaned:
        return None
    factor = 1.0
    if cleaned[-1:] in ("k", "m"):
        factor = 1_000.0 if cleaned[-1] == "k" else 1_000_000.0
        cleaned = cleaned[:-1]
    try:
        return float(cleaned) * factor
    except ValueError:
        raise ValidationError(
            f"“{text.strip()}” is not an amount: write e.g. 250000, 250k or 1.5m.", "value"
        ) from None


class DemandItemDialog(_CheckedDialog):
    def __init__(
        self,
        units: Sequence[tuple[int, str]],
        people: Sequence[tuple[int, str]],
        before: DemandItem | None = None,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Edit demand item" if before else "Log demand", "Save" if before else "Log", parent
        )
        self.setObjectName("demandItemDialog")
        self.before = before
        self.unit = unit_combo(
            [(None, NO_UNIT), *units], before.unit_id if before else unit_id, "demandUnit"
        )
        self.title = QLineEdit(before.title if before else "")
        self.title.setObjectName("demandTitle")
        self.title.setPlaceholderText(tr("e.g. Click-and-collect lockers in the top 20 stores"))
        self.kind = QComboBox()
        self.kind.setObjectName("demandKind")
        for kind, hint in (
            (DemandKind.REQUEST, "the business asked for it"),
            (DemandKind.OPPORTUNITY, "we proposed it"),
            (DemandKind.JOINT_INITIATIVE, "created together"),
        ):
            self.kind.addItem(f"{kind.label} — {hint}", kind.value)
        if before:
            self.kind.setCurrentIndex(self.kind.findData(before.kind.value))
        self.sponsor = QComboBox()
        self.sponsor.setObjectName("demandSponsor")
        self.sponsor.setEditable(True)
        self.sponsor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sponsor.addItem(NO_SPONSOR, None)
        for person_id, name in people:
            self.sponsor.addItem(name, person_id)
        if before and before.sponsor_id is not None:
            self.sponsor.setCurrentIndex(max(self.sponsor.findData(before.sponsor_id), 0))
        self.value = QLineEdit("" if not before or before.value is None else f"{before.value:,.0f}")
        self.value.setObjectName("demandValue")
        self.value.setPlaceholderText(tr("estimated value, e.g. 250k"))
        raised = before.raised_on if before and before.raised_on else local_today()
        self.raised = QDateEdit(to_qdate(raised))
        self.raised.setObjectName("demandRaised")
        self.raised.setCalendarPopup(True)
        self.raised.setDisplayFormat("d MMM yyyy")
        self.notes = QPlainTextEdit(before.notes if before else "")
        self.notes.setObjectName("demandNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.form.addRow(tr("&Unit"), self.unit)
        self.form.addRow(tr("&Title"), self.title)
        self.form.addRow(tr("&Kind"), self.kind)
        self.form.addRow(tr("&Sponsor"), self.sponsor)
        self.form.addRow(tr("Estimated &value"), self.value)
        self.form.addRow(tr("&Raised on"), self.raised)
        if before is not None and len(before.steps) > 1:
            history = " → ".join(f"{s.status.label} {format_date(s.on)}" for s in before.steps)
            status = plain_label(history, object_name="demandHistory")
            status.setWordWrap(True)
            self.form.addRow(tr("Status"), status)
        self.form.addRow(tr("&Notes"), self.notes)
        self.result_item: DemandItem | None = None

    def _chosen(self, combo: QComboBox) -> int | None:
        index = combo.findText(combo.currentText())
        data = combo.itemData(index) if index >= 0 else None
        return int(data) if data is not None else None

    def check(self) -> None:
        raised: date = from_qdate(self.raised.date())
        if self.before is not None:
            steps = list(self.before.steps)
            steps[0] = DemandStep(steps[0].status, raised)
        else:
            steps = [DemandStep(DemandStatus.IDEA, raised)]
        sponsor_text = self.sponsor.currentText().strip()
        sponsor = self._chosen(self.sponsor)
        if sponsor is None and sponsor_text not in ("", NO_SPONSOR):
            raise ValidationError(
                f"“{sponsor_text}” is not in the workspace: choose a person from the list."
            )
        item = DemandItem(
            unit_id=self._chosen(self.unit),
            title=self.title.text(),
            kind=DemandKind(self.kind.currentData()),
            steps=steps,
            sponsor_id=sponsor,
            value=parse_value(self.value.text()),
            notes=self.notes.toPlainText(),
            id=self.before.id if self.before else None,
        )
        self.result_item = valid_demand_item(replace(item))
