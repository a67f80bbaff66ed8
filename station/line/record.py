"""The line record as the QA desk reads it: read-only, through a connection of its own.

``open_line_record`` makes the connector from a URL given on the QA desk (the password
from the secret store, as a station's line settings have it); a ``LineReader`` holds
one connection for the thread that uses it (the window's worker thread) and answers
the QA view: a count with the filter choices, a page of units with their cloud status,
and one unit's changes as the line holds them. No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typing_extensions import Unpack

from station.credentials.secret_store import SecretStore, passphrase_from_environment
from station.enrollment.cloud_status import UnitCloudStatus
from station.enrollment.state import Target
from station.line.config import LineConfig, check_url
from station.line.connection import LineConnector, line_password, psycopg_module, unreachable
from station.line.pg_schema import apply_line_migrations
from station.line.queries import (
    PAGE_SIZE,
    LineFilters,
    LineUnit,
    count_line_units,
    line_units_page,
)
from station.line.uploads import line_cloud_statuses

QA_DESK = "qa-desk"  # the connector's station name: the QA desk copies nothing


def open_line_record(
    url: str,
    store: SecretStore | None = None,
    passphrase: Callable[[], str] = passphrase_from_environment,
) -> LineConnector:
    """A connector to the line database at ``url`` for reading; the password from
    ``store`` (the station's secret store by default). Raises ConfigError for a URL that
    is not a line database URL or carries a password."""
    config = LineConfig(check_url(url), QA_DESK, Path())
    return LineConnector(config, line_password(store, passphrase))


@dataclass(frozen=True)
class LineCount:
    """How many units match, and what the filter boxes can offer: the line's stations,
    and its jobs, the newest first."""

    total: int
    stations: tuple[str, ...]
    jobs: tuple[str, ...]


@dataclass(frozen=True)
class LineRow:
    """One row of the QA table: the unit, and its last-read cloud status (None: never)."""

    station: str
    unit: Any  # UnitRecord
    cloud: UnitCloudStatus | None


@dataclass(frozen=True)
class LineChange:
    """One change of a unit as the line holds it (a journal entry of its station)."""

    at: str
    action: str
    status: str
    failed_stage: str
    failure_reason: str
    attempt_id: int


class LineReader:
    """Reads the line record for the QA view. Use from one thread (it keeps one
    connection, opened at the first call and again after a failure); ``close`` on that
    thread. Each call raises LineError when the line cannot be reached."""

    def __init__(self, connector: LineConnector) -> None:
        self.connector = connector
        self._pg: Any = None

    def _connection(self) -> Any:
        if self._pg is None or self._pg.closed:
            pg = self.connector.connect()
            try:
                apply_line_migrations(pg)
            except BaseException:
                pg.close()
                raise
            self._pg = pg
        return self._pg

    def _run(self, read: Callable[[Any], Any]) -> Any:
        psycopg = psycopg_module()
        try:
            return read(self._connection())
        except psycopg.Error as exc:
            self.close()
            raise unreachable(self.connector.config.url, exc) from None

    def close(self) -> None:
        if self._pg is not None:
            try:
                self._pg.close()
            finally:
                self._pg = None

    def count(self, **filters: Unpack[LineFilters]) -> LineCount:
        def read(pg: Any) -> LineCount:
            total = count_line_units(pg, **filters)
            with pg.cursor() as cur:
                cur.execute("SELECT station FROM stations ORDER BY station")
                stations = tuple(row[0] for row in cur.fetchall())
                # The tallies are small: a job's newest hour without reading its units.
                cur.execute(
                    "SELECT job_id FROM unit_tallies WHERE units > 0 GROUP BY job_id "
                    "ORDER BY max(hour) DESC, job_id"
                )
                jobs = tuple(row[0] for row in cur.fetchall())
            return LineCount(total, stations, jobs)

        result: LineCount = self._run(read)
        return result

    def page(
        self,
        offset: int,
        limit: int = PAGE_SIZE,
        target: Target = Target.CENTRAL,
        **filters: Unpack[LineFilters],
    ) -> list[LineRow]:
        def read(pg: Any) -> list[LineRow]:
            units: list[LineUnit] = line_units_page(pg, limit=limit, offset=offset, **filters)
            cloud = line_cloud_statuses(pg, target, [u.unit.device_id for u in units])
            return [LineRow(u.station, u.unit, cloud.get(u.unit.device_id)) for u in units]

        rows: list[LineRow] = self._run(read)
        return rows

    def changes(self, station: str, device_id: str) -> list[LineChange]:
        """The unit's changes the line holds, oldest first."""

        def read(pg: Any) -> list[LineChange]:
            with pg.cursor() as cur:
                cur.execute(
                    "SELECT at, action, facts, attempt_id FROM journal "
                    "WHERE station = %s AND device_id = %s ORDER BY seq",
                    (station, device_id),
                )
                rows = cur.fetchall()
            changes = []
            for at, action, facts, attempt_id in rows:
                fact = json.loads(facts)
                changes.append(
                    LineChange(
                        str(at),
                        str(action),
                        str(fact.get("status", "")),
                        str(fact.get("failed_stage", "") or ""),
                        str(fact.get("failure_reason", "") or ""),
                        int(attempt_id),
                    )
                )
            return changes

        found: list[LineChange] = self._run(read)
        return found
