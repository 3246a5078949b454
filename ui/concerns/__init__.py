"""Concerns stakeholders raise: the person tab, the editor and the undo commands."""
