"""Turn a manifest file back into what a station of an older schema left, to test
that today's station opens and migrates it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from station.manifest.schema import MIGRATIONS


def _shape(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {table: {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            for table in tables}


def rewind(path: Path, keep: int) -> None:
    """Leave ``path`` as the first ``keep`` migrations made it: later tables and
    columns dropped, later migrations forgotten (rows of kept tables stay)."""
    old = Database(memory=True)
    for _, migration in MIGRATIONS[:keep]:
        migration(old)
    wanted = _shape(old.conn)
    later = [name for name, _ in MIGRATIONS[keep:]]
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        for table, columns in _shape(raw).items():
            if table == "_sqlite_migrations":
                continue
            if table not in wanted:
                raw.execute(f"DROP TABLE {table}")
                continue
            for column in sorted(columns - wanted[table]):
                raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        raw.executemany("DELETE FROM _sqlite_migrations WHERE name = ?", [(n,) for n in later])
        raw.execute(f"PRAGMA user_version = {keep}")
    finally:
        raw.close()
