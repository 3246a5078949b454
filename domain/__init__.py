"""Rapport's domain: plain Python entities, rules, ports and use cases (no Qt, no SQLAlchemy)."""
