"""Checking the line record against a station's own journal: every entry the line
holds of the station is the station's entry, unchanged and in order; the head the
line holds is one the station signed; every unit the line holds is what the
station's journal says of it at that point. With the station's journal verified
by its key, this proves the line's copy of the station whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.core.errors import LineError
from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.outbox import ENTRY_COLUMNS, PEM_COLUMNS
from station.line.pg_schema import LATER_UNIT_FACTS, LINE_UNIT_COLUMNS
from station.manifest.journal import Anchor, JournalEntry
from station.manifest.reports import verify_journal
from station.manifest.secrets import StationKey
from station.manifest.store import Manifest

MAX_FAULTS = 20  # a broken copy is described by its first faults, not all of them


@dataclass(frozen=True)
class LineCheck:
    """What ``check_line_copy`` found for one station."""

    station: str
    copied_seq: int
    local_seq: int
    units: int
    faults: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.faults

    def describe(self) -> str:
        if self.ok:
            return (
                f"line record of {self.station} intact: {self.copied_seq} of "
                f"{self.local_seq} journal entries copied, {self.units} units, all as the "
                "station's journal records them"
            )
        lines = [f"line record of {self.station} NOT as the station's journal: "
                 f"{len(self.faults)} problem(s)"]
        return "\n".join([*lines, *(f"  {fault}" for fault in self.faults)])


def _line_entries(pg: Any, station: str) -> list[JournalEntry]:
    with pg.cursor() as cur:
        cur.execute(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM journal WHERE station = %s ORDER BY seq",
            (station,),
        )
        return [JournalEntry(*row) for row in cur.fetchall()]


def _line_units(pg: Any, station: str) -> dict[str, dict[str, Any]]:
    columns = (
        *LINE_UNIT_COLUMNS, *LATER_UNIT_FACTS, "updated_at",
        *(column for pem in PEM_COLUMNS for column in (pem, f"{pem}_sha256")),
    )
    with pg.cursor() as cur:
        cur.execute(f"SELECT {', '.join(columns)} FROM units WHERE station = %s", (station,))
        return {row[0]: dict(zip(columns, row, strict=True)) for row in cur.fetchall()}


def _compare(
    station: str,
    line: list[JournalEntry],
    local: dict[int, JournalEntry],
    copied_seq: int,
    head_text: str,
    key: StationKey | None,
    units: dict[str, dict[str, Any]],
    pems: dict[str, tuple[str, ...]],
) -> list[str]:
    faults: list[str] = []
    latest: dict[str, dict[str, Any]] = {}
    for position, entry in enumerate(line, start=1):
        if entry.seq != position:
            faults.append(f"the line lacks entry {position} (its next is {entry.seq})")
            break
        mine = local.get(entry.seq)
        if mine != entry:
            faults.append(f"entry {entry.seq} differs from the station's journal"
                          if mine else f"entry {entry.seq} is not in the station's journal")
        latest[entry.device_id] = {**json.loads(entry.facts), "updated_at": entry.at}
    if len(line) != copied_seq:
        faults.append(f"the line says {copied_seq} entries were copied and holds {len(line)}")
    if head_text:
        head = Anchor.parse(head_text)
        mine = local.get(head.seq)
        if mine is None or Anchor.of(mine.seq, mine.mac).mac_prefix != head.mac_prefix:
            faults.append(f"the head {head} the line holds is not in the station's journal")
        elif key is not None and not head.signed_by(key):
            faults.append(f"the head {head} the line holds was not signed with the station key")
    for device_id in sorted(set(latest) | set(units)):
        facts, row = latest.get(device_id), units.get(device_id)
        if row is None or facts is None:
            missing = "missing from the line" if row is None else "not in the copied journal"
            faults.append(f"unit {device_id}: {missing}")
            continue
        expected = {**LATER_UNIT_FACTS, **facts}
        differing = [
            name for name in (*LINE_UNIT_COLUMNS, *LATER_UNIT_FACTS, "updated_at")
            if row[name] != expected.get(name)
        ]
        held = pems.get(device_id)
        for position, name in enumerate(PEM_COLUMNS):
            if row[f"{name}_sha256"] != (facts.get(f"{name}_sha256") or ""):
                differing.append(f"{name}_sha256")
            if row[name] and held is not None and row[name] != held[position]:
                differing.append(name)
        if differing:
            faults.append(f"unit {device_id}: {', '.join(differing)} differ from the journal")
    return faults[:MAX_FAULTS]


def check_line_copy(
    manifest_path: Path, key: StationKey | None, connector: LineConnector
) -> LineCheck:
    """Compare the line's copy of this station with the station's manifest; the
    station's journal is verified first (with its key). Raises LineError when the
    line database is out of reach."""
    psycopg = psycopg_module()
    station = connector.config.station
    with Manifest.open(manifest_path, key, read_only=True) as manifest:
        report = verify_journal(manifest)
        conn = manifest.db.conn
        local = {
            row[0]: JournalEntry(*row)
            for row in conn.execute(f"SELECT {', '.join(ENTRY_COLUMNS)} FROM journal")
        }
        pems = {
            row[0]: tuple(pem or "" for pem in row[1:])
            for row in conn.execute(f"SELECT device_id, {', '.join(PEM_COLUMNS)} FROM units")
        }
    faults = [] if report.ok else [f"the station's own journal: {report.describe()}"]
    try:
        with connector.connect() as pg, pg.cursor() as cur:
            cur.execute("SELECT copied_seq, head FROM stations WHERE station = %s", (station,))
            row = cur.fetchone()
            if row is None:
                raise LineError(
                    f"the line record holds nothing of station {station!r} yet",
                    hint="copy the station's changes first: station line sync",
                )
            copied_seq, head_text = int(row[0]), str(row[1])
            line, units = _line_entries(pg, station), _line_units(pg, station)
    except psycopg.Error as exc:
        raise unreachable(connector.config.url, exc) from None
    faults += _compare(station, line, local, copied_seq, head_text, key, units, pems)
    return LineCheck(station, copied_seq, max(local, default=0), len(units), tuple(faults))
