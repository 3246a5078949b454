"""Rating people: quick keyboard entry, corrections, a person's history (no matplotlib here)."""
