"""Printed meeting prep sheets: layout, charts, PDF and print preview."""
