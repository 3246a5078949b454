"""Relationship health: the Health page, the grading dialog, the explanation and the report."""
