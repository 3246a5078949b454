"""The stakeholder register: list, filter and the detail editor."""
