"""The "Needs attention" page."""
