"""Yield statistics for QA: units per status, attempts per outcome, the commonest failures."""

from __future__ import annotations

from station.core.models import UnitStatus
from station.manifest.connection import ManifestConnection, iso
from station.manifest.queries import unit_where
from station.manifest.records import (
    AttemptOutcome,
    FailureCount,
    TimeBound,
    UnitFilters,
    YieldSummary,
)


class YieldStatistics:
    """The figures of the summary and the window's yield chart; runs on the connection's
    thread."""

    def __init__(self, connection: ManifestConnection) -> None:
        self._db = connection.db

    def yield_summary(
        self,
        job_id: str | None = None,
        station_id: str | None = None,
        since: TimeBound = None,
        until: TimeBound = None,
        top: int = 10,
    ) -> YieldSummary:
        """Units per status, attempts per outcome and the ``top`` commonest failures.

        Units are bounded by when they were first recorded, attempts by when they started.
        """
        where, params = unit_where(
            UnitFilters(job_id=job_id, station_id=station_id, since=since, until=until)
        )
        by_status = {status.value: 0 for status in UnitStatus}
        for status, count in self._db.execute(
            f"SELECT status, count(*) FROM units WHERE {where or '1'} GROUP BY status", params
        ):
            by_status[status] = count

        clauses: list[str] = []
        attempt_params: list[object] = []
        for column, value in (("job_id", job_id), ("station_id", station_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                attempt_params.append(value)
        if since is not None:
            clauses.append("started_at >= ?")
            attempt_params.append(iso(since))
        if until is not None:
            clauses.append("started_at < ?")
            attempt_params.append(iso(until))
        attempt_where = " AND ".join(clauses) or "1"
        by_outcome = dict(
            self._db.execute(
                f"SELECT outcome, count(*) FROM attempts WHERE {attempt_where} GROUP BY outcome",
                attempt_params,
            ).fetchall()
        )
        # The same fault on two ports is one reason: the port's name is taken out.
        failures = self._db.execute(
            "SELECT failed_stage, replace(reason, port, 'the port') AS why, count(*) AS n "
            f"FROM attempts WHERE {attempt_where} AND outcome = ? GROUP BY failed_stage, why "
            "ORDER BY n DESC, failed_stage, why LIMIT ?",
            [*attempt_params, AttemptOutcome.FAILED.value, top],
        ).fetchall()
        return YieldSummary(
            units_by_status=by_status,
            attempts_total=sum(by_outcome.values()),
            attempts_provisioned=by_outcome.get(AttemptOutcome.PROVISIONED.value, 0),
            attempts_failed=by_outcome.get(AttemptOutcome.FAILED.value, 0),
            attempts_running=by_outcome.get(AttemptOutcome.RUNNING.value, 0),
            top_failures=tuple(FailureCount(stage, reason, n) for stage, reason, n in failures),
        )
