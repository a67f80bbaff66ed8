"""Read queries for the window, the CLI and the exports: units by filter, one unit's
attempts, events and earlier credentials."""

from __future__ import annotations

from collections.abc import Iterator

from typing_extensions import Unpack

from station.core.models import UnitStatus
from station.manifest.connection import ManifestConnection, iso
from station.manifest.facts import record_columns, unit_record
from station.manifest.records import (
    AttemptRecord,
    CloudFilter,
    EventRecord,
    UnitFilters,
    UnitRecord,
)

UNIT_COLUMNS = record_columns()
ATTEMPT_COLUMNS = (
    "id, job_id, port, station_id, operator, device_id, started_at, ended_at, "
    "outcome, failed_stage, reason, pid"
)
_EVENTS_SELECT = (
    "SELECT e.attempt_id, a.port, e.at, e.stage, e.kind, e.message "
    "FROM events e JOIN attempts a ON a.id = e.attempt_id "
)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _cloud_clause(cloud: CloudFilter, params: list[object]) -> str:
    """The condition for ``cloud``: an indexed look-up in ``cloud_status`` per unit (its
    key is the device ID and the target), so the filter counts and pages in the query."""
    parts: list[str] = []
    if cloud.statuses:
        statuses = sorted(cloud.statuses)
        parts.append(
            "EXISTS (SELECT 1 FROM cloud_status c WHERE c.device_id = units.device_id "
            f"AND c.target = ? AND c.status IN ({', '.join('?' * len(statuses))}))"
        )
        params.extend([cloud.target, *statuses])
    if cloud.unread:
        parts.append(
            "(units.status = ? AND NOT EXISTS (SELECT 1 FROM cloud_status c "
            "WHERE c.device_id = units.device_id AND c.target = ?))"
        )
        params.extend([UnitStatus.PROVISIONED.value, cloud.target])
    return f"({' OR '.join(parts)})" if parts else "0"


def unit_where(filters: UnitFilters) -> tuple[str | None, list[object]]:
    """The WHERE condition (None for every unit) and its parameters for ``filters``."""
    clauses: list[str] = []
    params: list[object] = []
    for column in ("status", "job_id", "operator", "station_id"):
        value = filters.get(column)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(str(value))
    since, until, search = filters.get("since"), filters.get("until"), filters.get("search")
    if since is not None:
        clauses.append("created_at >= ?")
        params.append(iso(since))
    if until is not None:
        clauses.append("created_at < ?")
        params.append(iso(until))
    if search:
        pattern = _like_pattern(search)
        clauses.append(
            "(device_id LIKE ? ESCAPE '\\' OR mac LIKE ? ESCAPE '\\' "
            "OR serial LIKE ? ESCAPE '\\')"
        )
        params.extend([pattern] * 3)
    cloud = filters.get("cloud")
    if cloud is not None:
        clauses.append(_cloud_clause(cloud, params))
    return (" AND ".join(clauses) if clauses else None), params


class ManifestQueries:
    """What the window and the exports read; runs on the connection's thread."""

    def __init__(self, connection: ManifestConnection) -> None:
        self._connection = connection
        self._units = connection.db.table("units")
        self._attempts = connection.db.table("attempts")

    def iter_units(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
        **filters: Unpack[UnitFilters],
    ) -> Iterator[UnitRecord]:
        """Units matching every filter given (see ``UnitFilters``), streamed in the order
        they were first recorded (newest first on request)."""
        where, params = unit_where(filters)
        rows = self._units.rows_where(
            where,
            params,
            order_by="id DESC" if newest_first else "id ASC",
            select=UNIT_COLUMNS,
            limit=limit,
            offset=offset or None,
        )
        for row in rows:
            yield unit_record(row)

    def units(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
        **filters: Unpack[UnitFilters],
    ) -> list[UnitRecord]:
        """Like ``iter_units``, as a list."""
        return list(
            self.iter_units(limit=limit, offset=offset, newest_first=newest_first, **filters)
        )

    def count_units(self, **filters: Unpack[UnitFilters]) -> int:
        """How many units ``units()`` would return with the same filters and no limit."""
        where, params = unit_where(filters)
        return int(self._units.count_where(where, params))

    def unit(self, device_id: str) -> UnitRecord | None:
        rows = self._units.rows_where("device_id = ?", [device_id], select=UNIT_COLUMNS)
        row = next(rows, None)
        return None if row is None else unit_record(row)

    def attempts_for(self, device_id: str) -> list[AttemptRecord]:
        """Every attempt that took (or tried to take) ``device_id``, oldest first."""
        rows = self._attempts.rows_where(
            "device_id = ?", [device_id], order_by="id", select=ATTEMPT_COLUMNS
        )
        return [AttemptRecord(**row) for row in rows]

    def events_for(self, device_id: str) -> list[EventRecord]:
        """The kept events of every attempt on ``device_id``, in the order they happened."""
        rows = self._connection.select(
            f"{_EVENTS_SELECT}WHERE a.device_id = ? ORDER BY e.id", (device_id,)
        )
        return [EventRecord(**dict(zip(row.keys(), row, strict=True))) for row in rows]

    def events_for_attempt(self, attempt_id: int) -> list[EventRecord]:
        rows = self._connection.select(
            f"{_EVENTS_SELECT}WHERE e.attempt_id = ? ORDER BY e.id", (attempt_id,)
        )
        return [EventRecord(**dict(zip(row.keys(), row, strict=True))) for row in rows]

    def credential_generations(self, device_id: str) -> list[dict[str, object]]:
        """Earlier credentials of ``device_id``, oldest first (public facts only)."""
        return list(
            self._connection.db.table("credential_generations").rows_where(
                "device_id = ?",
                [device_id],
                order_by="generation",
                select="generation, attestation, cert_thumbprint_sha1, cert_thumbprint_sha256, "
                "cert_pem, cert_pem_secondary, ek_public, key_check, key_check_secondary, "
                "provisioned_at, replaced_at",
            )
        )
