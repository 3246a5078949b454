"""Logging interactions in a few keystrokes, and a person's timeline of contacts and commitments."""
