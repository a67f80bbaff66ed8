"""The QA view's queries on the line record: units by filter, a page of them, and how many.

Each filter has an index that also keeps the units in time order (migration
``0004-qa-filters``), so a page is read, not sorted. Counts without a device-ID
prefix add up ``unit_tallies`` (units per station, job, profile, attestation,
status and hour, kept by a trigger in the transaction that changes a unit) and
count only the partial hours at the ends of a time range: ten million units
are counted in milliseconds, not by reading them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypedDict

from typing_extensions import Unpack

from station.core.errors import ConfigError
from station.line.pg_schema import DEVICE_ID_C, TALLY_KEYS
from station.manifest.connection import iso
from station.manifest.facts import UNIT_FACTS, UnitRecord
from station.manifest.records import TimeBound


class LineFilters(TypedDict, total=False):
    """The filters of the QA view on the line; each one given must match.

    ``station`` is the station's name on the line; ``since`` (inclusive) and
    ``until`` (exclusive) bound the time a unit was first recorded;
    ``device_prefix`` matches the start of the device ID.
    """

    status: str | None
    job_id: str | None
    profile_id: str | None
    attestation: str | None
    station: str | None
    since: TimeBound
    until: TimeBound
    device_prefix: str | None


# The filters that are columns of ``unit_tallies`` as well as of ``units``.
_EQUAL_FILTERS = TALLY_KEYS
# The line record holds no secrets, so none of its units brings any.
_NOT_ON_LINE = {"has_secrets": "false"}
_PAGE_COLUMNS = ", ".join(
    f"{_NOT_ON_LINE[fact.name]} AS {fact.name}" if fact.name in _NOT_ON_LINE else fact.name
    for fact in UNIT_FACTS
)
PAGE_SIZE = 100


@dataclass(frozen=True)
class LineUnit:
    """One unit of the line record: the station that recorded it, and its record
    (``has_secrets`` is always False: the line holds no secrets)."""

    station: str
    unit: UnitRecord


def _prefix_pattern(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def line_where(
    filters: LineFilters, *, times: bool = True
) -> tuple[str, dict[str, Any]]:
    """The WHERE condition ("TRUE" for every unit) and its parameters for ``filters``
    (without the time bounds when ``times`` is False)."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    for column in _EQUAL_FILTERS:
        value = filters.get(column)
        if value is not None:
            clauses.append(f"{column} = %({column})s")
            params[column] = str(value)
    since, until = filters.get("since"), filters.get("until")
    if times and since is not None:
        clauses.append("created_at >= %(since)s")
        params["since"] = iso(_utc(since))
    if times and until is not None:
        clauses.append("created_at < %(until)s")
        params["until"] = iso(_utc(until))
    prefix = filters.get("device_prefix")
    if prefix:
        clauses.append(f"{DEVICE_ID_C} LIKE %(prefix)s")
        params["prefix"] = _prefix_pattern(prefix)
    return (" AND ".join(clauses) or "TRUE"), params


def _order(filters: LineFilters) -> str:
    # With a prefix, the device-ID index hands out the matches in order; sorting them by
    # time would read every match first (millions for a short prefix).
    if filters.get("device_prefix"):
        return f"{DEVICE_ID_C}, station"
    return "created_at DESC, station DESC, device_id DESC"


def line_units_page(
    pg: Any, *, limit: int = PAGE_SIZE, offset: int = 0, **filters: Unpack[LineFilters]
) -> list[LineUnit]:
    """A page of the units matching ``filters``: the newest first, or in device-ID order
    when a device-ID prefix is given."""
    where, params = line_where(filters)
    with pg.cursor() as cur:
        cur.execute(
            f"SELECT station, {_PAGE_COLUMNS} FROM units WHERE {where} "
            f"ORDER BY {_order(filters)} LIMIT %(limit)s OFFSET %(offset)s",
            {**params, "limit": limit, "offset": offset},
        )
        names = [column.name for column in cur.description]
        rows = cur.fetchall()
    return [_line_unit(dict(zip(names, row, strict=True))) for row in rows]


def _line_unit(row: dict[str, Any]) -> LineUnit:
    values = {}
    for fact in UNIT_FACTS:
        value = row[fact.name]
        values[fact.name] = value if fact.read is None else fact.read(value)
    return LineUnit(str(row["station"]), UnitRecord(**values))


def _utc(bound: TimeBound) -> datetime:
    """A time bound as an aware UTC time; a string without a zone is UTC, as the stored
    times it is compared with are."""
    if isinstance(bound, datetime):
        moment = bound
    else:
        try:
            moment = datetime.fromisoformat(str(bound))
        except ValueError:
            raise ConfigError(
                f"{bound!r} is not a time", hint="give it as 2025-01-31 or 2025-01-31T14:00"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return datetime.fromisoformat(iso(moment))


def _hour(moment: datetime) -> str:
    return f"{moment:%Y-%m-%dT%H}"


def _count_units(cur: Any, where: str, params: dict[str, Any],
                 low: datetime | None = None, high: datetime | None = None) -> int:
    clauses = [where]
    if low is not None:
        clauses.append("created_at >= %(low)s")
    if high is not None:
        clauses.append("created_at < %(high)s")
    cur.execute(
        f"SELECT count(*) FROM units WHERE {' AND '.join(clauses)}",
        {**params, "low": iso(low) if low else None, "high": iso(high) if high else None},
    )
    return int(cur.fetchone()[0])


def count_line_units(pg: Any, **filters: Unpack[LineFilters]) -> int:
    """How many units ``line_units_page`` would give with the same filters and no limit."""
    since = _utc(filters["since"]) if filters.get("since") is not None else None
    until = _utc(filters["until"]) if filters.get("until") is not None else None
    with pg.cursor() as cur:
        where, params = line_where(filters, times=False)
        if filters.get("device_prefix"):
            return _count_units(cur, where, params, since, until)
        # The whole hours within [since, until) come from the tallies; the partial
        # hours at its ends (an hour's worth at most each) from the units.
        first = end = None
        if since is not None:
            floor = since.replace(minute=0, second=0, microsecond=0)
            first = floor if floor == since else floor + timedelta(hours=1)
        if until is not None:
            end = until.replace(minute=0, second=0, microsecond=0)
        if first is not None and end is not None and first >= end:
            return _count_units(cur, where, params, since, until)
        hours = [where]
        if first is not None:
            hours.append("hour >= %(first)s")
        if end is not None:
            hours.append("hour < %(end)s")
        cur.execute(
            f"SELECT coalesce(sum(units), 0) FROM unit_tallies WHERE {' AND '.join(hours)}",
            {**params, "first": first and _hour(first), "end": end and _hour(end)},
        )
        total = int(cur.fetchone()[0])
        if since is not None and first is not None and since < first:
            total += _count_units(cur, where, params, since, first)
        if until is not None and end is not None and end < until:
            total += _count_units(cur, where, params, end, until)
        return total
