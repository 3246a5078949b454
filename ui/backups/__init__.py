"""Automatic backups (taken off the GUI thread), File ▸ Restore from Backup, and their settings."""
