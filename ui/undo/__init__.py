"""Undo commands: each changes the data through a use case, never scene items or rows directly."""
