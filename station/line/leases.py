"""Counter numbers that never collide across a line: blocks leased from the line database.

The line database hands out disjoint blocks of each counter (one row lock per
lease, so two stations can never get overlapping blocks). The station keeps its
blocks in its manifest (``line_leases``) and issues numbers from them, offline if
need be. A number leaves the manifest committed before it is returned, as with
the station's own counters: a crash leaves a gap, never a number issued twice.
A block leased and lost before the station recorded it is a gap too.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from station.core.errors import LineError
from station.core.events import Stage
from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.pg_schema import apply_line_migrations
from station.manifest.secrets import StationKey
from station.manifest.store import Manifest

log = logging.getLogger("station.line")

# After a failed lease, workers do not try again for this long (each try may take
# the connect timeout while the network is down).
RETRY_AFTER_S = 30.0


def lease_from_line(
    pg: Any, name: str, station: str, size: int, floor: int = 1
) -> tuple[int, int]:
    """Lease the next ``size`` numbers of counter ``name``; returns (first, last).

    ``floor`` is the least number the block may start at (past any number this
    station issued before it joined the line).
    """
    with pg.transaction(), pg.cursor() as cur:
        cur.execute(
            "INSERT INTO counters (name, next_value) VALUES (%s, %s) "
            "ON CONFLICT (name) DO UPDATE "
            "SET next_value = greatest(counters.next_value, %s) + %s RETURNING next_value",
            (name, floor + size, floor, size),
        )
        after = int(cur.fetchone()[0])
        first, last = after - size, after - 1
        cur.execute(
            "INSERT INTO leases (name, station, first_value, last_value) VALUES (%s, %s, %s, %s)",
            (name, station, first, last),
        )
    return first, last


# -- the station's side: blocks kept in the manifest ----------------------------------


def _locked(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")


def take_leased(conn: sqlite3.Connection, name: str) -> int | None:
    """Take the next number from the oldest block of ``name`` with numbers left
    (committed before it is returned); None when no block has any."""
    _locked(conn)
    try:
        row = conn.execute(
            "SELECT first_value, next_value FROM line_leases "
            "WHERE name = ? AND next_value <= last_value ORDER BY first_value LIMIT 1",
            (name,),
        ).fetchone()
        if row is not None:
            conn.execute(
                "UPDATE line_leases SET next_value = next_value + 1 "
                "WHERE name = ? AND first_value = ?",
                (name, row[0]),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return None if row is None else int(row[1])


def numbers_left(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute(
        "SELECT coalesce(sum(last_value - next_value + 1), 0) FROM line_leases "
        "WHERE name = ? AND next_value <= last_value",
        (name,),
    ).fetchone()
    return int(row[0])


def local_floor(conn: sqlite3.Connection, name: str) -> int:
    """The least number a new block may start at: past the station's own counter and
    past every block it leased before."""
    own = conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
    leased = conn.execute(
        "SELECT max(last_value) FROM line_leases WHERE name = ?", (name,)
    ).fetchone()
    return max(int(own[0]) if own else 0, int(leased[0] or 0)) + 1


def keep_lease(conn: sqlite3.Connection, name: str, first: int, last: int) -> None:
    _locked(conn)
    try:
        conn.execute(
            "INSERT INTO line_leases (name, first_value, last_value, next_value, leased_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (name, first, last, first, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class LeasedCounters:
    """Counter numbers from blocks leased from the line database (``CounterStore``).

    Safe from any thread: each call opens its own manifest connection, and one
    lock keeps two workers from leasing at the same moment. When a block runs low
    (under a quarter of ``block`` left) the next block is leased ahead, if the
    line database is reachable; when none is left and it is not, ``next_counter``
    raises LineError, so the unit stops at identify, before anything is written.
    """

    def __init__(
        self, manifest_path: Path, key: StationKey | None, connector: LineConnector, block: int
    ) -> None:
        self.manifest_path = manifest_path
        self.key = key
        self.connector = connector
        self.block = block
        self._lease_lock = threading.Lock()
        self._failed_at = float("-inf")

    def _lease(self, name: str) -> None:
        """Lease one block and keep it in the manifest; raises LineError."""
        psycopg = psycopg_module()
        with Manifest.open(self.manifest_path, self.key) as manifest:
            floor = local_floor(manifest.db.conn, name)
            try:
                with self.connector.connect() as pg:
                    apply_line_migrations(pg)
                    first, last = lease_from_line(
                        pg, name, self.connector.config.station, self.block, floor
                    )
            except psycopg.Error as exc:
                raise unreachable(self.connector.config.url, exc) from None
            keep_lease(manifest.db.conn, name, first, last)
        log.info("leased %s numbers %d to %d from the line", name or "counter", first, last)

    def _low_water(self) -> int:
        return max(1, self.block // 4)

    def _top_up(self, name: str, *, required: bool) -> None:
        with self._lease_lock:
            with Manifest.open(self.manifest_path, self.key) as manifest:
                left = numbers_left(manifest.db.conn, name)
            if left >= self._low_water():
                return
            if not required and time.monotonic() - self._failed_at < RETRY_AFTER_S:
                return
            try:
                self._lease(name)
            except LineError as exc:
                self._failed_at = time.monotonic()
                if required and left == 0:
                    raise LineError(
                        f"no {name or 'counter'} numbers are left from this station's lease, "
                        f"and no new block can be leased: {exc.message}",
                        hint="reconnect the station to the line database, then start again",
                        stage=Stage.IDENTIFY,
                    ) from None
                log.warning("station: could not lease more %s numbers ahead: %s",
                            name or "counter", exc.message)

    def ensure_available(self, name: str) -> int:
        """Lease a block now unless numbers are left; returns how many are left.

        Called before a job starts: a station that has no numbers and cannot get
        any stops then, with LineError, before any board is touched.
        """
        self._top_up(name, required=True)
        with Manifest.open(self.manifest_path, self.key) as manifest:
            return numbers_left(manifest.db.conn, name)

    def next_counter(self, name: str) -> int:
        for _ in range(2):
            with Manifest.open(self.manifest_path, self.key) as manifest:
                number = take_leased(manifest.db.conn, name)
                left = numbers_left(manifest.db.conn, name)
            if number is not None:
                if left < self._low_water():
                    self._top_up(name, required=False)
                return number
            self._top_up(name, required=True)
        raise LineError(
            f"the lease of {name or 'counter'} numbers was used up as soon as it was taken",
            hint="give the job a larger lease block: station line configure --lease-block N",
            stage=Stage.IDENTIFY,
        )
