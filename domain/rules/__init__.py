"""Rules: pure functions over entities (quadrants, histories, trends, attention)."""
