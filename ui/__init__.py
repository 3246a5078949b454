"""Rapport's Qt face: windows, models, the grid, undo commands, charts and printing."""
