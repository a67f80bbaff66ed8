"""Which stations are behind on copying their changes to the line record, and since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.pg_schema import apply_line_migrations


@dataclass(frozen=True)
class StationLag:
    """One station as the line record knows it. ``behind_since`` is set while the
    station's last copy left changes behind; ``last_seen_at`` is its last copy at all
    (a station offline since then is behind at least since that time)."""

    station: str
    copied_seq: int
    units: int
    last_seen_at: datetime
    behind_since: datetime | None

    def describe(self) -> str:
        state = (f"behind since {self.behind_since:%Y-%m-%d %H:%M:%S}"
                 if self.behind_since else "up to date at its last copy")
        return (f"  {self.station}: {self.units} units, {self.copied_seq} changes copied, "
                f"last copy {self.last_seen_at:%Y-%m-%d %H:%M:%S}, {state}")


# Every station, the longest silent first; its units from the tallies (kept per unit by a
# trigger), not counted row by row.
STATION_LAGS = (
    "SELECT s.station, s.copied_seq, "
    "(SELECT coalesce(sum(t.units), 0)::bigint FROM unit_tallies t "
    "WHERE t.station = s.station), "
    "s.last_seen_at, s.behind_since FROM stations s "
    "ORDER BY coalesce(s.behind_since, s.last_seen_at), s.station"
)


def station_lags(connector: LineConnector) -> list[StationLag]:
    """Every station on the line, the longest silent first. Raises LineError."""
    return [StationLag(*row) for row in report_rows(connector, STATION_LAGS)]


def report_rows(connector: LineConnector, query: str) -> list[Any]:
    """The rows of one report query on the line record, its schema brought up to date
    first. Raises LineError when the line cannot be reached."""
    psycopg = psycopg_module()
    try:
        with connector.connect() as pg:
            apply_line_migrations(pg)
            with pg.cursor() as cur:
                cur.execute(query)
                rows: list[Any] = cur.fetchall()
                return rows
    except psycopg.Error as exc:
        raise unreachable(connector.config.url, exc) from None
