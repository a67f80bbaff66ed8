"""Upload state in the manifest: one row per unit and target (``dps`` or ``central``).

A unit's row says whether it needs no upload, waits for one, is uploaded
(when, in which batch), or ended in a conflict or a failure (why). A batch is
*in flight* from the moment it is recorded as sent until the service's answer
is recorded: its rows are ``pending`` with a ``batch_id`` and ``sent_at``. An
upload that finds in-flight rows asks the service what it holds before it
sends anything again.

The table is the manifest's migration ``add_upload_state`` (``station.manifest.schema``);
``UploadLedger`` reads and writes the rows through the thread's ``Manifest`` connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from enum import StrEnum

from station.core.errors import ManifestError
from station.core.models import UnitStatus
from station.manifest.store import Manifest, now_iso


@contextmanager
def immediate_transaction(conn: sqlite3.Connection, what: str) -> Iterator[sqlite3.Connection]:
    """One write transaction on the manifest, taken at once (``BEGIN IMMEDIATE``): a busy
    manifest is one clear error, and any failure inside rolls everything back."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise ManifestError(
            f"the manifest is busy, could not {what}: {exc}",
            hint="another program holds the manifest; close it and try again",
        ) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise

class Target(StrEnum):
    """Where enrollments go."""

    DPS = "dps"
    CENTRAL = "central"


class UploadState(StrEnum):
    NOT_NEEDED = "not-needed"
    PENDING = "pending"
    UPLOADED = "uploaded"
    CONFLICT = "conflict"
    FAILED = "failed"


@dataclass(frozen=True)
class UploadRecord:
    """One unit's upload state for one target.

    ``sent_at`` is set while the unit's batch is in flight; ``request_id`` is
    the service's id of the reply that settled the state (for its support).
    ``sends`` counts the requests that carried the unit.
    """

    device_id: str
    target: Target
    state: UploadState
    batch_id: str
    sent_at: str | None
    uploaded_at: str | None
    reason: str
    request_id: str
    sends: int
    updated_at: str

    @property
    def in_flight(self) -> bool:
        return self.state is UploadState.PENDING and self.sent_at is not None


# An upload record's columns, in UploadRecord's order (the line record keeps the same).
LEDGER_COLUMNS = (
    "device_id",
    "target",
    "state",
    "batch_id",
    "sent_at",
    "uploaded_at",
    "reason",
    "request_id",
    "sends",
    "updated_at",
)
_COLUMNS = ", ".join(LEDGER_COLUMNS)
_QUALIFIED_COLUMNS = ", ".join(f"u.{name}" for name in LEDGER_COLUMNS)


def _record(row: sqlite3.Row | tuple) -> UploadRecord:
    values = list(row)
    values[1] = Target(values[1])
    values[2] = UploadState(values[2])
    return UploadRecord(*values)


class UploadLedger:
    """The ``uploads`` rows of one manifest. Use from the thread that opened the manifest.

    Every change is one short ``BEGIN IMMEDIATE`` transaction, committed before
    the caller goes on, so a crash never loses a confirmed upload.
    """

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self._conn = manifest.db.conn

    def _write(self, what: str) -> AbstractContextManager[sqlite3.Connection]:
        return immediate_transaction(self._conn, what)

    # -- reading -----------------------------------------------------------------

    def records(self, target: Target) -> list[UploadRecord]:
        """Every row for ``target``, in the order the units were recorded."""
        rows = self._conn.execute(
            f"SELECT {_QUALIFIED_COLUMNS} "
            "FROM uploads u JOIN units ON units.device_id = u.device_id "
            "WHERE u.target = ? ORDER BY units.id",
            (target.value,),
        )
        return [_record(row) for row in rows]

    def record(self, device_id: str, target: Target) -> UploadRecord | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM uploads WHERE device_id = ? AND target = ?",
            (device_id, target.value),
        ).fetchone()
        return None if row is None else _record(row)

    # -- writing -----------------------------------------------------------------

    def track_provisioned(self, target: Target, needs_upload: dict[str, bool]) -> int:
        """Add a row for each provisioned unit that has none; returns how many were added.

        ``needs_upload`` maps device IDs to whether the target needs the unit at all.
        """
        now = now_iso()
        added = 0
        with self._write("track units for upload") as conn:
            for device_id, needed in needs_upload.items():
                state = UploadState.PENDING if needed else UploadState.NOT_NEEDED
                cursor = conn.execute(
                    "INSERT INTO uploads (device_id, target, state, updated_at) "
                    "SELECT device_id, ?, ?, ? FROM units WHERE device_id = ? AND status = ? "
                    "ON CONFLICT (device_id, target) DO NOTHING",
                    (target.value, state.value, now, device_id, UnitStatus.PROVISIONED.value),
                )
                added += cursor.rowcount
        return added

    def mark_in_flight(self, target: Target, device_ids: Iterable[str], batch_id: str) -> None:
        """Record that a batch is about to be sent; call before sending it."""
        now = now_iso()
        with self._write(f"mark batch {batch_id} as sent") as conn:
            for device_id in device_ids:
                conn.execute(
                    "UPDATE uploads SET state = ?, batch_id = ?, sent_at = ?, reason = '', "
                    "sends = sends + 1, updated_at = ? WHERE device_id = ? AND target = ?",
                    (UploadState.PENDING.value, batch_id, now, now, device_id, target.value),
                )

    def settle(
        self,
        target: Target,
        device_id: str,
        state: UploadState,
        *,
        reason: str = "",
        request_id: str = "",
    ) -> None:
        """Record the service's answer for one unit; ``uploaded`` stamps ``uploaded_at``.

        ``pending`` means the service does not have the unit: it is sent again later.
        """
        now = now_iso()
        uploaded_at = now if state is UploadState.UPLOADED else None
        with self._write(f"record {device_id} as {state}") as conn:
            conn.execute(
                "UPDATE uploads SET state = ?, sent_at = NULL, uploaded_at = ?, reason = ?, "
                "request_id = ?, updated_at = ?, "
                "batch_id = CASE WHEN ? = 'pending' THEN '' ELSE batch_id END "
                "WHERE device_id = ? AND target = ?",
                (
                    state.value,
                    uploaded_at,
                    reason,
                    request_id,
                    now,
                    state.value,
                    device_id,
                    target.value,
                ),
            )

    def reopen(self, target: Target, device_id: str) -> None:
        """Put a conflict or failure back to ``pending`` (after QA resolved it)."""
        self.settle(target, device_id, UploadState.PENDING)
