"""Whether this installation can talk to a team server: psycopg, and the libpq it loads.

A source install uses ``psycopg[binary]`` (its own libpq). The packaged app bundles psycopg's
pure-Python implementation, which loads the system's libpq (Debian/Ubuntu package ``libpq5``,
which the .deb depends on) with ctypes; without it psycopg cannot be imported at all.
"""

from __future__ import annotations

#: What to say when psycopg is there but finds no libpq to load.
NO_LIBPQ = (
    "Rapport cannot open shared workspaces: the PostgreSQL client library (libpq) is not "
    "installed on this computer. Install it (on Debian and Ubuntu: sudo apt install libpq5) "
    "and start Rapport again."
)
#: What to say when psycopg itself is missing (a source install without the postgres extra).
NO_PSYCOPG = (
    "Rapport's PostgreSQL driver (psycopg) is not installed, so it cannot open shared "
    "workspaces: install it with pip install 'psycopg[binary]' (the postgres extra)."
)


def driver_problem() -> str | None:
    """None when psycopg loads with a libpq; otherwise why shared workspaces cannot open."""
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        if getattr(error, "name", None) == "psycopg" and "pq wrapper" not in str(error):
            return NO_PSYCOPG
        return NO_LIBPQ
    except OSError:  # a libpq that is there but does not load
        return NO_LIBPQ
    return None


def driver_description() -> str:
    """``psycopg 3.3.9 (python), libpq 15.14``: which driver and libpq this process uses.
    Raises RuntimeError with :func:`driver_problem`'s text when there is none."""
    problem = driver_problem()
    if problem is not None:
        raise RuntimeError(problem)
    import psycopg

    libpq = psycopg.pq.version()
    major, rest = divmod(libpq, 10000)
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {major}.{rest}"
