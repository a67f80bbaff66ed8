"""Crash recovery: units and attempts an interrupted station left behind, and QA's
resolution of a unit left pending."""

from __future__ import annotations

from enum import StrEnum

from station.core.errors import ManifestError
from station.core.models import UnitStatus
from station.manifest.connection import ManifestConnection, now_iso
from station.manifest.facts import unit_record
from station.manifest.journal import append_entry
from station.manifest.process import owner_is_alive
from station.manifest.queries import ATTEMPT_COLUMNS, UNIT_COLUMNS, ManifestQueries
from station.manifest.records import AttemptOutcome, AttemptRecord, UnitRecord

RESOLVED_STAGE = "resolved"  # the failed stage of a unit QA resolved after an interruption


class Resolution(StrEnum):
    """What QA decided about a board an interrupted station left pending."""

    FAILED = "failed"  # the board is erased and goes round again as a new unit
    SCRAPPED = "scrapped"  # the board is destroyed or set aside for good


class Recovery:
    """What an interrupted station left, for the summary, the window and QA; runs on
    the connection's thread."""

    def __init__(
        self, connection: ManifestConnection, queries: ManifestQueries, journal_key: bytes | None
    ) -> None:
        self._connection = connection
        self._queries = queries
        self._journal_key = journal_key

    def interrupted_units(self) -> list[UnitRecord]:
        """Units still ``pending`` whose attempt no running process owns.

        These boards may hold credentials: the station shows them, never drops them.
        """
        rows = self._connection.select(
            f"SELECT {UNIT_COLUMNS}, a.pid AS owner_pid, a.process_token AS owner_token, "
            "a.process_start AS owner_start "
            "FROM units JOIN attempts a ON a.id = units.last_attempt_id "
            "WHERE units.status = ? ORDER BY units.id",
            (UnitStatus.PENDING.value,),
        )
        return [
            unit_record(row)
            for row in rows
            if not owner_is_alive(row["owner_pid"], row["owner_token"], row["owner_start"])
        ]

    def interrupted_attempts(self) -> list[AttemptRecord]:
        """Attempts left ``running`` by a process that no longer runs."""
        rows = self._connection.db.table("attempts").rows_where(
            "outcome = ?",
            [AttemptOutcome.RUNNING.value],
            order_by="id",
            select=f"{ATTEMPT_COLUMNS}, process_token, process_start",
        )
        owner_columns = ("process_token", "process_start")
        return [
            AttemptRecord(**{k: v for k, v in row.items() if k not in owner_columns})
            for row in rows
            if not owner_is_alive(row["pid"], row["process_token"], row["process_start"])
        ]

    def check_resolvable(self, device_id: str) -> None:
        """Raise ManifestError, saying why, unless ``device_id`` is an interrupted unit."""
        if device_id in {unit.device_id for unit in self.interrupted_units()}:
            return
        unit = self._queries.unit(device_id)
        if unit is None:
            state = "is not in the manifest"
        elif unit.status != UnitStatus.PENDING:
            state = f"is {unit.status}"
        else:
            state = "is being provisioned by a running station right now"
        raise ManifestError(
            f"{device_id} cannot be resolved: it {state}",
            hint="only units an interrupted station left pending can be resolved "
            "(station manifest summary lists them)",
        )

    def resolve_interrupted(
        self, device_id: str, resolution: Resolution, reason: str, operator: str
    ) -> None:
        """Close an interrupted unit for good: QA found its board and decided.

        The unit becomes ``failed`` at the stage ``resolved``; its failure reason says
        what was decided, by whom and why, and the journal records the change. Only
        a ``pending`` unit that no running station owns can be resolved.
        """
        if not reason.strip() or not operator.strip():
            raise ManifestError(
                "a resolution needs a reason and the name of who decided",
                hint="give --reason TEXT and --operator NAME",
            )
        self.check_resolvable(device_id)
        now = now_iso()
        decided = f"{resolution.value} by {operator.strip()}: {reason.strip()}"
        with self._connection.write("resolve an interrupted unit") as conn:
            row = conn.execute(
                "SELECT last_attempt_id FROM units WHERE device_id = ? AND status = ?",
                (device_id, UnitStatus.PENDING.value),
            ).fetchone()
            if row is None:  # resolved meanwhile, by another QA desk
                raise ManifestError(f"{device_id} was resolved meanwhile")
            attempt_id = int(row[0])
            conn.execute(
                "UPDATE attempts SET outcome = ?, ended_at = COALESCE(ended_at, ?), "
                "failed_stage = COALESCE(failed_stage, ?), reason = COALESCE(reason, ?) "
                "WHERE id = ? AND outcome = ?",
                (AttemptOutcome.FAILED.value, now, RESOLVED_STAGE, decided, attempt_id,
                 AttemptOutcome.RUNNING.value),
            )
            conn.execute(
                "UPDATE units SET status = ?, failed_stage = ?, failure_reason = ?, "
                "updated_at = ? WHERE device_id = ?",
                (UnitStatus.FAILED.value, RESOLVED_STAGE, decided, now, device_id),
            )
            append_entry(conn, self._journal_key, "failed", device_id, attempt_id, now)
