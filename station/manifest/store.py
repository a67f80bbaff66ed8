"""The manifest: every unit, attempt and stage event, in one SQLite file (WAL mode).

A ``Manifest`` wraps one connection (``station.manifest.connection``), and a
connection belongs to the thread that opened it: each worker thread opens its own
``Manifest`` on the same file. It serves each audience through its own object, all
on that one connection:

- ``writer``: the pipeline's writes (``station.manifest.writer``)
- ``recovery``: what an interrupted station left (``station.manifest.recovery``)
- ``queries``: the window's and the exports' reads (``station.manifest.queries``)
- ``statistics``: yield figures for QA (``station.manifest.statistics``)
- ``secrets``: units' kept secrets (``station.manifest.kept_secrets``)

Its methods of the same names hand over to them, so callers keep one object.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from typing_extensions import Unpack

from station.core.events import StageEvent
from station.core.models import Job, Unit
from station.credentials.signers import GroupKeySigner
from station.manifest.connection import (
    BUSY_TIMEOUT_S,
    DAMAGED,
    ManifestConnection,
    damaged_error,
    now_iso,
    read_error,
    read_only_error,
)
from station.manifest.journal import journal_key
from station.manifest.kept_secrets import KeptSecrets
from station.manifest.queries import ManifestQueries
from station.manifest.records import (
    AttemptRecord,
    EventRecord,
    TimeBound,
    UnitFilters,
    UnitRecord,
    YieldSummary,
)
from station.manifest.recovery import RESOLVED_STAGE, Recovery, Resolution
from station.manifest.schema import schema_version
from station.manifest.secrets import StationKey
from station.manifest.statistics import YieldStatistics
from station.manifest.writer import PipelineWriter

# Callers import these from here; each is defined in the module that uses it.
__all__ = [
    "BUSY_TIMEOUT_S",
    "DAMAGED",
    "RESOLVED_STAGE",
    "Manifest",
    "Resolution",
    "damaged_error",
    "now_iso",
    "read_error",
    "read_only_error",
]


class Manifest:
    """The SQLite manifest; implements ``station.core.interfaces.ManifestStore``.

    Open with ``Manifest.open(path, station_key)``; use from the opening thread only.
    """

    def __init__(self, connection: ManifestConnection, station_key: StationKey | None) -> None:
        self.connection = connection
        self.db = connection.db
        self.path = connection.path
        self.station_key = station_key
        # Without a station key the journal is a plain SHA-256 chain (see journal.py).
        key = journal_key(station_key) if station_key is not None else None
        self.secrets = KeptSecrets(connection, station_key)
        self.writer = PipelineWriter(connection, self.secrets, key)
        self.queries = ManifestQueries(connection)
        self.recovery = Recovery(connection, self.queries, key)
        self.statistics = YieldStatistics(connection)

    # -- opening and closing --------------------------------------------------

    @classmethod
    def open(
        cls, path: Path, station_key: StationKey | None = None, *, read_only: bool = False
    ) -> Manifest:
        """Open (creating if needed) the manifest at ``path`` and bring its schema up to date.

        ``read_only``: for reports that write nothing (verify, summary, export).
        The file must exist; it is never written, so it may sit on a read-only
        share or backup medium, and an older schema is brought up to date in a
        copy in memory. Runs on the calling thread, which then owns the connection.
        """
        connection = ManifestConnection.open(Path(path), read_only=read_only)
        try:
            manifest = cls(connection, station_key)
            if station_key is not None:
                manifest.secrets.check_station_key(station_key)
        except BaseException:
            connection.close()
            raise
        return manifest

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Manifest:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def integrity_check(self) -> str:
        """SQLite's own check of the file; ``"ok"`` when sound."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def check_integrity(self) -> None:
        """Raise DamagedManifestError unless SQLite's integrity check finds the file sound.

        Reads every page: run it once, at start-up or before a verdict, not per unit.
        """
        try:
            finding = self.integrity_check()
        except sqlite3.DatabaseError as exc:
            finding = str(exc)  # too damaged for the check to finish
        if finding != "ok":
            raise damaged_error(self.path, finding)

    # -- the pipeline's writes (ManifestStore): see PipelineWriter ---------------

    def begin_attempt(self, job: Job, port: str) -> int:
        return self.writer.begin_attempt(job, port)

    def record_pending(
        self,
        attempt_id: int,
        unit: Unit,
        *,
        replacing: str = "",
        events: Sequence[StageEvent] = (),
    ) -> None:
        self.writer.record_pending(attempt_id, unit, replacing=replacing, events=events)

    def record_provisioned(
        self, attempt_id: int, device_id: str, events: Sequence[StageEvent] = ()
    ) -> None:
        self.writer.record_provisioned(attempt_id, device_id, events)

    def record_failed(
        self,
        attempt_id: int,
        device_id: str,
        stage: str,
        reason: str,
        events: Sequence[StageEvent] = (),
    ) -> None:
        self.writer.record_failed(attempt_id, device_id, stage, reason, events)

    def record_events(self, attempt_id: int, events: Sequence[StageEvent]) -> None:
        self.writer.record_events(attempt_id, events)

    def next_counter(self, name: str, *, start: int = 1) -> int:
        return self.writer.next_counter(name, start=start)

    # -- secrets: see KeptSecrets -------------------------------------------------

    def holds_secrets(self) -> bool:
        return self.secrets.holds_secrets()

    def needs_station_key(self) -> bool:
        return self.secrets.needs_station_key()

    def use_group_key(
        self, group_key: str | GroupKeySigner, secondary: str | GroupKeySigner = ""
    ) -> None:
        self.secrets.use_group_key(group_key, secondary)

    def unit_secrets(self, device_id: str) -> dict[str, str]:
        return self.secrets.unit_secrets(device_id)

    def earlier_secrets(self, device_id: str) -> dict[int, dict[str, str]]:
        return self.secrets.earlier_secrets(device_id)

    def forget_secrets(self, device_id: str) -> None:
        self.secrets.forget_secrets(device_id)

    # -- recovery: see Recovery ---------------------------------------------------

    def interrupted_units(self) -> list[UnitRecord]:
        return self.recovery.interrupted_units()

    def interrupted_attempts(self) -> list[AttemptRecord]:
        return self.recovery.interrupted_attempts()

    def check_resolvable(self, device_id: str) -> None:
        self.recovery.check_resolvable(device_id)

    def resolve_interrupted(
        self, device_id: str, resolution: Resolution, reason: str, operator: str
    ) -> None:
        self.recovery.resolve_interrupted(device_id, resolution, reason, operator)

    # -- reads for the window, the CLI and the exports: see ManifestQueries ---------

    def iter_units(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
        **filters: Unpack[UnitFilters],
    ) -> Iterator[UnitRecord]:
        return self.queries.iter_units(
            limit=limit, offset=offset, newest_first=newest_first, **filters
        )

    def units(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
        **filters: Unpack[UnitFilters],
    ) -> list[UnitRecord]:
        return self.queries.units(limit=limit, offset=offset, newest_first=newest_first, **filters)

    def count_units(self, **filters: Unpack[UnitFilters]) -> int:
        return self.queries.count_units(**filters)

    def unit(self, device_id: str) -> UnitRecord | None:
        return self.queries.unit(device_id)

    def attempts_for(self, device_id: str) -> list[AttemptRecord]:
        return self.queries.attempts_for(device_id)

    def events_for(self, device_id: str) -> list[EventRecord]:
        return self.queries.events_for(device_id)

    def events_for_attempt(self, attempt_id: int) -> list[EventRecord]:
        return self.queries.events_for_attempt(attempt_id)

    def credential_generations(self, device_id: str) -> list[dict[str, object]]:
        return self.queries.credential_generations(device_id)

    # -- statistics: see YieldStatistics -------------------------------------------

    def yield_summary(
        self,
        job_id: str | None = None,
        station_id: str | None = None,
        since: TimeBound = None,
        until: TimeBound = None,
        top: int = 10,
    ) -> YieldSummary:
        return self.statistics.yield_summary(job_id, station_id, since, until, top)
