"""The line view's figures: yield per station and per hour across the line, failures by
stage and station, units per hour per station, and the stations behind on copying.

Yield and units per hour come from ``unit_tallies`` (units per station, status and hour,
kept by a trigger), so a line of millions of units is summed, not read; failures by
stage read only the failed units of the hours asked (``units_status`` index). A unit
counts in the hour it was first recorded, with the status it has now. No Qt here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from station.core.models import UnitStatus
from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.pg_schema import HOUR_OF_CREATED, apply_line_migrations
from station.line.status import STATION_LAGS, StationLag

MAX_HOURS = 24 * 31
PROVISIONED, FAILED = UnitStatus.PROVISIONED.value, UnitStatus.FAILED.value


@dataclass(frozen=True)
class Tally:
    """Units first recorded in one hour (or over the report, ``hour`` None) at one station
    (or across the line, ``station`` ""), by the status they have now."""

    station: str
    hour: datetime | None
    provisioned: int = 0
    failed: int = 0
    pending: int = 0

    @property
    def units(self) -> int:
        return self.provisioned + self.failed + self.pending

    @property
    def yield_share(self) -> float | None:
        """Provisioned of the units that ended (provisioned or failed); None when none did."""
        ended = self.provisioned + self.failed
        return self.provisioned / ended if ended else None


@dataclass(frozen=True)
class StationFigures:
    """One station over the report: its units and in how many hours it recorded any."""

    tally: Tally
    busy_hours: int

    @property
    def station(self) -> str:
        return self.tally.station

    @property
    def per_hour(self) -> float:
        """Units per hour in the hours the station worked."""
        return self.tally.units / self.busy_hours if self.busy_hours else 0.0


@dataclass(frozen=True)
class StageFailures:
    station: str
    stage: str
    units: int


@dataclass(frozen=True)
class LineReport:
    """The line over ``hours`` hours up to now (the current hour included), from ``since``."""

    since: datetime
    hours: int
    hourly: tuple[Tally, ...]  # per station and hour, oldest first
    stations: tuple[StationFigures, ...]
    failures: tuple[StageFailures, ...]  # the commonest first
    lags: tuple[StationLag, ...]

    def line_hours(self) -> list[Tally]:
        """Every hour of the report across the line, oldest first (empty hours too)."""
        added: dict[datetime, list[int]] = {}
        for tally in self.hourly:
            assert tally.hour is not None
            slot = added.setdefault(tally.hour, [0, 0, 0])
            slot[0] += tally.provisioned
            slot[1] += tally.failed
            slot[2] += tally.pending
        first = self.since
        return [
            Tally("", hour, *added.get(hour, (0, 0, 0)))
            for hour in (first + timedelta(hours=n) for n in range(self.hours))
        ]

    def behind(self) -> list[StationLag]:
        return [lag for lag in self.lags if lag.behind_since is not None]

    def describe(self) -> str:
        """The report as the CLI prints it; times local."""
        line = Tally(
            "",
            None,
            *(
                sum(getattr(s.tally, name) for s in self.stations)
                for name in ("provisioned", "failed", "pending")
            ),
        )
        lines = [
            f"the line since {_local(self.since)} ({self.hours} h): {line.units} units, "
            f"{line.provisioned} provisioned, {line.failed} failed, yield "
            f"{_share(line.yield_share)}"
        ]
        if self.stations:
            lines.append("per station:")
            for figures in self.stations:
                tally = figures.tally
                lines.append(
                    f"  {figures.station}: {tally.units} units, {tally.provisioned} provisioned, "
                    f"{tally.failed} failed, yield {_share(tally.yield_share)}, "
                    f"{figures.per_hour:.1f} units/h over {figures.busy_hours} h"
                )
        busy = [tally for tally in self.line_hours() if tally.units]
        if busy:
            lines.append("per hour (across the line):")
            by_hour: dict[datetime | None, list[Tally]] = defaultdict(list)
            for tally in self.hourly:
                by_hour[tally.hour].append(tally)
            for tally in busy:
                each = ", ".join(f"{s.station} {s.units}" for s in by_hour[tally.hour])
                lines.append(
                    f"  {_local(tally.hour)}: {tally.units} units, yield "
                    f"{_share(tally.yield_share)} ({each})"
                )
        if self.failures:
            lines.append("failures by stage and station:")
            for failure in self.failures:
                lines.append(f"  {failure.stage or '?'} at {failure.station}: {failure.units}")
        behind = self.behind()
        lines.append(f"stations behind on copying: {len(behind) or 'none'}")
        lines += [lag.describe() for lag in behind]
        return "\n".join(lines)


def _local(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone():%Y-%m-%d %H:%M}"


def _share(share: float | None) -> str:
    return "—" if share is None else f"{100 * share:.1f} %"


def _hour_key(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H}"


def _hour_of(key: str) -> datetime:
    return datetime.strptime(key, "%Y-%m-%dT%H").replace(tzinfo=UTC)


def line_report(
    connector: LineConnector, hours: int = 24, now: datetime | None = None, top: int = 20
) -> LineReport:
    """The line's figures over the last ``hours`` hours (1 to ``MAX_HOURS``). Raises
    LineError when the line cannot be reached. Any thread: it opens its own connection."""
    hours = max(1, min(int(hours), MAX_HOURS))
    now = (now or datetime.now(UTC)).astimezone(UTC)
    since = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=hours - 1)
    psycopg = psycopg_module()
    try:
        with connector.connect() as pg:
            apply_line_migrations(pg)
            with pg.cursor() as cur:
                cur.execute(
                    "SELECT station, hour, status, sum(units) FROM unit_tallies "
                    "WHERE hour >= %s GROUP BY station, hour, status HAVING sum(units) > 0 "
                    "ORDER BY hour, station",
                    (_hour_key(since),),
                )
                tallied: list[Any] = cur.fetchall()
                # The failed units of those hours only (index on status, created_at).
                cur.execute(
                    f"SELECT station, failed_stage, count(*) FROM units WHERE status = %s "
                    f"AND {HOUR_OF_CREATED} >= %s AND created_at >= %s "
                    "GROUP BY station, failed_stage ORDER BY count(*) DESC, station, "
                    "failed_stage LIMIT %s",
                    (FAILED, _hour_key(since), since.isoformat(), top),
                )
                failed: list[Any] = cur.fetchall()
                cur.execute(STATION_LAGS)
                lags = [StationLag(*row) for row in cur.fetchall()]
    except psycopg.Error as exc:
        raise unreachable(connector.config.url, exc) from None
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for station, hour, status, units in tallied:
        counts[(station, hour)][status] = int(units)
    hourly = tuple(
        Tally(
            station,
            _hour_of(hour),
            by.get(PROVISIONED, 0),
            by.get(FAILED, 0),
            sum(n for status, n in by.items() if status not in (PROVISIONED, FAILED)),
        )
        for (station, hour), by in counts.items()
    )
    per_station: dict[str, list[Tally]] = defaultdict(list)
    for tally in hourly:
        per_station[tally.station].append(tally)
    stations = tuple(
        StationFigures(
            Tally(
                station,
                None,
                *(
                    sum(getattr(t, name) for t in each)
                    for name in ("provisioned", "failed", "pending")
                ),
            ),
            busy_hours=len(each),
        )
        for station, each in sorted(per_station.items())
    )
    failures = tuple(StageFailures(str(s), str(stage), int(n)) for s, stage, n in failed)
    return LineReport(since, hours, hourly, stations, failures, tuple(lags))
