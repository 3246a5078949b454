"""Bringing contacts in (vCard, CSV, XLSX) and finding duplicates in the register."""
