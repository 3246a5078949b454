"""Rapport's tests, mirroring the layers (a package so that ``tests.fakes`` can be imported)."""
