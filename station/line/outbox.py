"""Copying a manifest's changes to the line record: the manifest's journal is the outbox.

Each journal entry is one change of a unit's record, in order (``seq``). The line
database keeps, per station, the last ``seq`` it holds (``stations.copied_seq``)
and moves it in the same PostgreSQL transaction that inserts the entries and the
units they record. So a copy cut short anywhere (a killed process, a dropped
connection, a database restarted) leaves the line with whole batches only, and
the next copy starts right after them: every change arrives once, in order. The
station's SQLite schema is not touched: it only reads its journal.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.core.errors import LineError
from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.pg_schema import (
    LATER_UNIT_FACTS,
    LINE_UNIT_COLUMNS,
    apply_line_migrations,
    flag_duplicates,
)
from station.manifest.journal import Anchor, JournalEntry
from station.manifest.secrets import StationKey
from station.manifest.store import Manifest

BATCH = 500  # entries per transaction: small enough to keep lock times short

# Taken by every copy from its first unit written to its commit: of two stations that
# copy the same device ID or MAC at once, the second sees the first and flags the pair.
_UNITS_LOCK = 0x5354_5544  # "STUD"

ENTRY_COLUMNS = ("seq", "at", "action", "device_id", "attempt_id", "facts", "prev", "kind", "mac")
PEM_COLUMNS = ("cert_pem", "cert_pem_secondary")
UNIT_ROW_COLUMNS = (
    "station", *LINE_UNIT_COLUMNS, *LATER_UNIT_FACTS,
    *(column for pem in PEM_COLUMNS for column in (pem, f"{pem}_sha256")),
    "updated_at", "seq",
)
_UPSERT_UNIT = (
    f"INSERT INTO units ({', '.join(UNIT_ROW_COLUMNS)}) "
    f"VALUES ({', '.join('%s' for _ in UNIT_ROW_COLUMNS)}) "
    "ON CONFLICT (station, device_id) DO UPDATE SET "
    + ", ".join(f"{name} = EXCLUDED.{name}" for name in UNIT_ROW_COLUMNS[2:])
)


@dataclass(frozen=True)
class CopyResult:
    """What one copy did: entries copied now, the line's cursor after, the local head."""

    copied: int
    copied_seq: int
    local_seq: int

    @property
    def behind(self) -> int:
        return self.local_seq - self.copied_seq


def _read_entries(conn: sqlite3.Connection, after: int, limit: int) -> list[JournalEntry]:
    rows = conn.execute(
        f"SELECT {', '.join(ENTRY_COLUMNS)} FROM journal WHERE seq > ? ORDER BY seq LIMIT ?",
        (after, limit),
    ).fetchall()
    return [JournalEntry(*row) for row in rows]


def _local_head(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0])


def _cert_pems(conn: sqlite3.Connection, device_id: str) -> tuple[str, ...]:
    row = conn.execute(
        f"SELECT {', '.join(PEM_COLUMNS)} FROM units WHERE device_id = ?", (device_id,)
    ).fetchone()
    return tuple(str(pem or "") for pem in row) if row else ("",) * len(PEM_COLUMNS)


def _unit_row(station: str, entry: JournalEntry, pems: tuple[str, ...]) -> list[Any]:
    facts = json.loads(entry.facts)
    values: list[Any] = [station]
    for name in LINE_UNIT_COLUMNS:
        value = facts.get(name)
        values.append(value if value is not None or name == "provisioned_at" else "")
    values += [facts.get(name, absent) for name, absent in LATER_UNIT_FACTS.items()]
    # The journal keeps each certificate's hash; the PEM is the row's while it matches.
    for name, pem in zip(PEM_COLUMNS, pems, strict=True):
        pem_hash = facts.get(f"{name}_sha256") or ""
        matches = pem_hash and hashlib.sha256(pem.encode()).hexdigest() == pem_hash
        values += [pem if matches else "", pem_hash]
    return [*values, entry.at, entry.seq]


def _claim(cur: Any, station: str, key_id: str) -> int:
    """Lock this station's row (made the first time) and return its cursor."""
    cur.execute(
        "INSERT INTO stations (station, key_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (station, key_id),
    )
    cur.execute(
        "SELECT key_id, copied_seq FROM stations WHERE station = %s FOR UPDATE", (station,)
    )
    known_key, copied_seq = cur.fetchone()
    if known_key != key_id:
        raise LineError(
            f"the line record already holds station {station!r} from another manifest "
            f"(station key {known_key or 'none'}, this manifest's is {key_id or 'none'})",
            hint="give this station its own name on the line: "
            "station line configure --station NAME",
        )
    return int(copied_seq)


def _check_follows(cur: Any, station: str, copied_seq: int, first: JournalEntry | None) -> None:
    """Refuse a journal that does not continue what the line holds of this station."""
    if copied_seq == 0:
        return
    if first is not None and first.seq != copied_seq + 1:
        raise LineError(f"the manifest's journal skips from entry {copied_seq} to {first.seq}")
    cur.execute("SELECT mac FROM journal WHERE station = %s AND seq = %s", (station, copied_seq))
    row = cur.fetchone()
    if first is not None and (row is None or first.prev != row[0]):
        raise LineError(
            f"entry {first.seq} of the manifest does not follow entry {copied_seq} that the "
            f"line record holds of station {station!r}: the manifest was replaced or rewritten",
            hint="restore the station's own manifest, or give it a new station name on the line",
        )


def _copy_batch(
    pg: Any, local: sqlite3.Connection, station: str, key: StationKey | None
) -> tuple[int, int]:
    """Copy the next batch in one PostgreSQL transaction; returns (copied, cursor after)."""
    key_id = key.key_id if key is not None else ""
    with pg.transaction(), pg.cursor() as cur:
        copied_seq = _claim(cur, station, key_id)
        local.execute("BEGIN")  # one snapshot: the entries and the rows they describe
        try:
            entries = _read_entries(local, copied_seq, BATCH)
            local_seq = _local_head(local)
            if local_seq < copied_seq:
                raise LineError(
                    f"the manifest's journal ends at entry {local_seq}, and the line record "
                    f"already holds {copied_seq} entries of station {station!r}: the journal "
                    "was cut back, or this is another manifest",
                    hint="restore the station's own manifest, or give it a new station name",
                )
            _check_follows(cur, station, copied_seq, entries[0] if entries else None)
            latest = {entry.device_id: entry for entry in entries}  # the newest per unit
            pems = {device_id: _cert_pems(local, device_id) for device_id in latest}
        finally:
            local.execute("COMMIT")
        if not entries:
            cur.execute(
                "UPDATE stations SET last_seen_at = now(), behind_since = NULL WHERE station = %s",
                (station,),
            )
            return 0, copied_seq
        cur.executemany(
            f"INSERT INTO journal (station, {', '.join(ENTRY_COLUMNS)}) "
            f"VALUES (%s, {', '.join('%s' for _ in ENTRY_COLUMNS)})",
            [[station, *(getattr(entry, name) for name in ENTRY_COLUMNS)] for entry in entries],
        )
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_UNITS_LOCK,))
        cur.executemany(
            _UPSERT_UNIT,
            [_unit_row(station, entry, pems[device_id]) for device_id, entry in latest.items()],
        )
        flag_duplicates(cur, station, list(latest))
        last = entries[-1]
        head = Anchor.of(last.seq, last.mac).signed(key)
        remaining = local_seq > last.seq
        cur.execute(
            "UPDATE stations SET copied_seq = %s, head = %s, last_copied_at = now(), "
            "first_copied_at = coalesce(first_copied_at, now()), last_seen_at = now(), "
            "behind_since = CASE WHEN %s THEN coalesce(behind_since, now()) END "
            "WHERE station = %s",
            (last.seq, str(head), remaining, station),
        )
        return len(entries), last.seq


def copy_changes(
    manifest_path: Path,
    key: StationKey | None,
    connector: LineConnector,
    stop: threading.Event | None = None,
) -> CopyResult:
    """Copy every change of the manifest the line record does not hold yet.

    Runs on the calling thread (it opens its own connections). Stops between
    batches when ``stop`` is set. Raises LineError when the database is out of
    reach or refuses the copy; whatever was committed before stays, once.
    """
    psycopg = psycopg_module()
    station = connector.config.station
    copied = 0
    with Manifest.open(manifest_path, None, read_only=True) as manifest:
        local = manifest.db.conn
        try:
            with connector.connect() as pg:
                apply_line_migrations(pg)
                while True:
                    count, cursor = _copy_batch(pg, local, station, key)
                    copied += count
                    if count < BATCH or (stop is not None and stop.is_set()):
                        break
        except psycopg.Error as exc:
            raise unreachable(connector.config.url, exc) from None
        return CopyResult(copied, cursor, _local_head(local))
