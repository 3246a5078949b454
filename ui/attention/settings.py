"""The attention settings, kept in QSettings: the trust fall that counts, its window, the contact
cadence per quadrant and the smallest attitude gap listed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from domain.rules.attention import DEFAULT_CADENCE_DAYS, AttentionSettings, Cadence
from domain.rules.quadrant import Quadrant
from ui.settings_store import app_settings

_GROUP = "attention"
TRUST_WINDOWS = (30, 90)


def _number(settings: QSettings, key: str, default: float) -> float:
    value: Any = settings.value(f"{_GROUP}/{key}", default)
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _cadence_key(quadrant: Quadrant) -> str:
    return "cadence_" + quadrant.name.lower()


def load_settings(settings: QSettings | None = None) -> AttentionSettings:
    settings = settings or app_settings()
    defaults = AttentionSettings()
    days = {}
    for quadrant in Quadrant:
        value = int(_number(settings, _cadence_key(quadrant), DEFAULT_CADENCE_DAYS[quadrant]))
        days[quadrant] = value if 1 <= value <= 3650 else DEFAULT_CADENCE_DAYS[quadrant]
    window = int(_number(settings, "trust_window_days", defaults.trust_window_days))
    fall = _number(settings, "trust_fall", defaults.trust_fall)
    gap = _number(settings, "min_attitude_gap", defaults.min_attitude_gap)
    return AttentionSettings(
        trust_fall=min(max(fall, 0.0), 10.0),
        trust_window_days=window if window in TRUST_WINDOWS else defaults.trust_window_days,
        cadence=Cadence(days),
        min_attitude_gap=min(max(gap, 0.5), 4.0),
    )


def save_settings(value: AttentionSettings, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(f"{_GROUP}/trust_fall", value.trust_fall)
    settings.setValue(f"{_GROUP}/trust_window_days", value.trust_window_days)
    settings.setValue(f"{_GROUP}/min_attitude_gap", value.min_attitude_gap)
    for quadrant in Quadrant:
        settings.setValue(
            f"{_GROUP}/{_cadence_key(quadrant)}", value.cadence.for_quadrant(quadrant).days
        )
    settings.sync()
