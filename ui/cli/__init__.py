"""Rapport's command line: the same use cases as the window, for scripts, tests and benchmarks.

Each command module adds a subparser with ``register(subparsers)`` and runs through ``run(args)``,
returning the exit code. Errors are printed as one clear line on stderr (exit 2 for bad input).
"""
