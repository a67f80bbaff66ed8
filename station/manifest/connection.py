"""The manifest's one open connection, which every audience of the manifest shares:
opening it, its write transactions, and the one-line errors SQLite's failures become.

A connection belongs to the thread that opened it. Every write is one short
``BEGIN IMMEDIATE`` transaction, so concurrent writers queue on SQLite's lock
(waiting up to ``BUSY_TIMEOUT_S``) instead of failing half-way through a
read-modify-write.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from station.core.errors import DamagedManifestError, ManifestError
from station.core.private_files import disk_of
from station.manifest.schema import apply_migrations, check_not_newer, needs_migrations

BUSY_TIMEOUT_S = 10.0

DAMAGED = "the manifest file is damaged; restore it from a backup"


def now_iso() -> str:
    """The current time as the manifest stores it: ISO 8601, UTC, microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def iso(value: datetime | str | float) -> str:
    """A time bound in the stored form. Naive datetimes are taken as local time."""
    if isinstance(value, str):
        return value
    if isinstance(value, float | int):
        value = datetime.fromtimestamp(value, UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


# -- errors ------------------------------------------------------------------------


def _primary_code(exc: sqlite3.Error) -> int:
    # Extended result codes keep the primary code in their low byte.
    return int(getattr(exc, "sqlite_errorcode", -1)) & 0xFF


def _folder_is_read_only(path: Path) -> bool:
    return not os.access(path.parent, os.W_OK)


def damaged_error(path: Path, finding: str) -> DamagedManifestError:
    """The one line for a manifest file SQLite finds damaged; ``finding`` is what it says."""
    return DamagedManifestError(f"{DAMAGED} ({path}: SQLite finds {finding})")


def read_only_error(path: Path, what: str) -> ManifestError:
    return ManifestError(
        f"the folder {path.parent} is read-only: cannot {what} in the manifest {path.name}",
        hint="use a manifest on a writable disk; verify, summary and export can read it there",
    )


def _open_error(exc: sqlite3.Error, path: Path) -> ManifestError:
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_CORRUPT:
        return damaged_error(path, str(exc))
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) and _folder_is_read_only(path):
        return read_only_error(path, "open or write records")
    return ManifestError(
        f"{path} is not a usable manifest: {exc}",
        hint="choose the station's manifest file, or a new file name",
    )


def _write_error(exc: sqlite3.Error, path: Path, what: str) -> ManifestError:
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_CORRUPT:
        return damaged_error(path, str(exc))
    if code == sqlite3.SQLITE_READONLY and _folder_is_read_only(path):
        return read_only_error(path, what)
    if code == sqlite3.SQLITE_FULL:
        return ManifestError(
            f"the disk holding {disk_of(path.parent)} is full: the manifest could not {what}",
            hint="free some space on that disk, then try again",
        )
    return ManifestError(
        f"the manifest refused to {what}: {exc}",
        hint="check the disk has space and the manifest file is writable",
    )


def read_error(exc: sqlite3.Error, path: Path) -> ManifestError:
    """The one line for a query that failed on the manifest at ``path``."""
    if _primary_code(exc) == sqlite3.SQLITE_CORRUPT:
        return damaged_error(path, str(exc))
    return ManifestError(
        f"cannot read the manifest {path}: {exc}",
        hint="check that the file is the station's manifest and that the disk is sound",
    )


# -- opening ---------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        if _primary_code(exc) == sqlite3.SQLITE_CANTOPEN and _folder_is_read_only(path):
            raise read_only_error(path, "create or write records") from exc
        raise ManifestError(
            f"cannot open the manifest {path}: {exc}",
            hint="check that the folder exists and is writable",
        ) from exc


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes the file, nor anything beside it.

    ``mode=ro`` reads the write-ahead log too. On a read-only folder SQLite
    cannot make the log's shared-memory file; when there is no log beside the
    file (no station has it open), the file alone is the whole manifest and
    ``immutable=1`` reads it as it is.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                           isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        if _primary_code(exc) != sqlite3.SQLITE_CANTOPEN or _has_log(path):
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)


def _has_log(path: Path) -> bool:
    return path.with_name(path.name + "-wal").exists()


def _migrated_copy(db: Database) -> Database:
    """The manifest copied into memory with its schema brought up to date there.

    For a read-only open of a manifest an older station wrote: its queries need
    the current schema, and the file itself must not change.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    db.conn.backup(memory)
    db.conn.close()
    copy = Database(memory, execute_plugins=False, strict=True)
    copy.execute("PRAGMA foreign_keys = ON")
    apply_migrations(copy)
    return copy


class ManifestConnection:
    """The open manifest file: its database and where it is. Use from the opening thread."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> ManifestConnection:
        """Open (creating if needed) the manifest at ``path``; see ``Manifest.open``."""
        try:
            conn = _connect_read_only(path) if read_only else _connect(path)
        except sqlite3.Error as exc:
            raise _open_error(exc, path) from exc
        db = Database(conn, execute_plugins=False, strict=True)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            db.execute("PRAGMA foreign_keys = ON")
            check_not_newer(db, path)
            if read_only:
                if needs_migrations(db):
                    db = _migrated_copy(db)
            else:
                # FULL: a committed pending record survives a power cut, not only a crash.
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA secure_delete = ON")
                db.enable_wal()
                apply_migrations(db)
        except sqlite3.Error as exc:
            db.conn.close()
            raise _open_error(exc, path) from exc
        except BaseException:
            db.conn.close()
            raise
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def write(self, what: str, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One short write transaction, holding SQLite's write lock from its start.

        ``what`` finishes the sentence "could not ..." of the error a failure becomes.
        A write that is not ``durable`` commits without waiting for the disk: it
        survives the station's crash (it is in the write-ahead log), and reaches the
        disk with the next durable commit; a power cut before that may lose it. Only
        the stage events take that; every unit record and journal entry waits.
        """
        conn = self.db.conn
        if not durable:
            conn.execute("PRAGMA synchronous = NORMAL")
            try:
                with self.write(what) as inner:
                    yield inner
            finally:
                conn.execute("PRAGMA synchronous = FULL")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _primary_code(exc) != sqlite3.SQLITE_BUSY:
                raise _write_error(exc, self.path, what) from exc
            raise ManifestError(
                f"the manifest is busy, could not {what}: {exc}",
                hint="another program holds the manifest; close it and try again",
            ) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _write_error(exc, self.path, what) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def select(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        """Run a query (inside a write transaction too) whose rows are read by column name."""
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params)
