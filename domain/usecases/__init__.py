"""Use cases: what the UI and the command line ask of the domain.

Each function takes a fresh (not yet entered) unit of work, does its work in one
transaction and returns plain domain objects.
"""
