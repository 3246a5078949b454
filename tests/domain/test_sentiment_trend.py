"""The sentiment trend: a mean over the window before each interaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.model import Interaction, InteractionKind, Sentiment
from domain.rules.sentiment import sentiment_trend

T0 = datetime(2026, 1, 1, 9, tzinfo=UTC)


def _at(days: int, sentiment: Sentiment) -> Interaction:
    return Interaction(T0 + timedelta(days=days), InteractionKind.CALL, sentiment=sentiment)


def test_the_mean_covers_the_window_before_each_interaction_oldest_first() -> None:
    rows = [
        _at(100, Sentiment.VERY_NEGATIVE),
        _at(0, Sentiment.POSITIVE),
        _at(30, Sentiment.VERY_POSITIVE),
        _at(95, Sentiment.NEGATIVE),
        _at(200, Sentiment.NEUTRAL),  # logged ahead of "until": left out
    ]
    trend = sentiment_trend(rows, timedelta(days=90), until=T0 + timedelta(days=150))
    assert [(p.sentiment, p.mean, p.count) for p in trend] == [
        (1, 1.0, 1),
        (2, 1.5, 2),
        (-1, 0.5, 2),  # day 0 fell out of the window
        (-2, -1 / 3, 3),
    ]
    assert trend[0].at == T0


def test_no_interactions_no_trend() -> None:
    assert sentiment_trend([]) == []
