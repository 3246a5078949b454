"""Who influences whom: a person's Influence tab, its dialog and undo commands."""
