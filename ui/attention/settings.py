"""The attention settings, kept in QSettings: the trust fall that counts, its window, the contact
cadence per quadrant and the smallest attitude gap listed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from domain.rules.attention import (
    DEFAULT_CADENCE_DAYS,
    AttentionSettings,
    settings_within_limits,
)
from domain.rules.quadrant import Quadrant
from ui.settings_store import app_settings

_GROUP = "attention"


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
    return settings_within_limits(
        trust_fall=_number(settings, "trust_fall", defaults.trust_fall),
        trust_window_days=int(_number(settings, "trust_window_days", defaults.trust_window_days)),
        cadence_days={
            quadrant: int(_number(settings, _cadence_key(quadrant), DEFAULT_CADENCE_DAYS[quadrant]))
            for quadrant in Quadrant
        },
        min_attitude_gap=_number(settings, "min_attitude_gap", defaults.min_attitude_gap),
        stalled_days=int(_number(settings, "stalled_days", defaults.stalled_days)),
    )


def save_settings(value: AttentionSettings, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(f"{_GROUP}/trust_fall", value.trust_fall)
    settings.setValue(f"{_GROUP}/trust_window_days", value.trust_window_days)
    settings.setValue(f"{_GROUP}/min_attitude_gap", value.min_attitude_gap)
    settings.setValue(f"{_GROUP}/stalled_days", value.stalled_days)
    for quadrant in Quadrant:
        settings.setValue(
            f"{_GROUP}/{_cadence_key(quadrant)}", value.cadence.for_quadrant(quadrant).days
        )
    settings.sync()
