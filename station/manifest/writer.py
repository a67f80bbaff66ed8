"""The pipeline's writes: attempts, units as pending, provisioned or failed, stage events
and counters. Each change of a unit's record appends a journal entry in the same
transaction (``station.manifest.journal``); a unit's secrets are sealed as it is
recorded (``station.manifest.kept_secrets``)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence

from station.core.errors import DuplicateDeviceError, ManifestError, StationError
from station.core.events import EventKind, StageEvent
from station.core.models import Job, Unit, UnitStatus
from station.manifest.connection import ManifestConnection, iso, now_iso
from station.manifest.facts import unit_columns
from station.manifest.journal import append_entry
from station.manifest.kept_secrets import KeptSecrets, key_checks
from station.manifest.process import PROCESS_TOKEN, owner_is_alive, process_start_stamp
from station.manifest.records import AttemptOutcome

# Job facts that must not change under the same job ID (operator and station may).
_JOB_FIXED_FACTS = ("profile_id", "id_scope", "attestation", "dps_endpoint", "model_id")


def _running_elsewhere(existing: sqlite3.Row, attempt_id: int) -> bool:
    """Whether the unit's last attempt is another one that a live process still runs."""
    return bool(
        existing["last_attempt_id"] != attempt_id
        and existing["outcome"] == AttemptOutcome.RUNNING
        and owner_is_alive(existing["pid"], existing["process_token"], existing["process_start"])
    )


def _recorded_facts(unit: Unit, attempt_port: str) -> dict[str, str]:
    """The unit's facts by column, as the pipeline records them."""
    facts = unit_columns(unit)
    # A board that does not name its port was on the attempt's.
    facts["port"] = facts["port"] or attempt_port
    return facts


def _insert_events(conn: sqlite3.Connection, attempt_id: int, events: Sequence[StageEvent]) -> None:
    """Add an attempt's events in the order given, each at its own time."""
    conn.executemany(
        "INSERT INTO events (attempt_id, at, stage, kind, message) VALUES (?, ?, ?, ?, ?)",
        [
            (attempt_id, iso(event.at), event.stage.value, event.kind.value, event.message)
            for event in events
        ],
    )


class PipelineWriter:
    """What the pipeline writes (``station.core.interfaces.ManifestStore``); runs on the
    worker thread that opened the connection."""

    def __init__(
        self, connection: ManifestConnection, secrets: KeptSecrets, journal_key: bytes | None
    ) -> None:
        self._connection = connection
        self._secrets = secrets
        # Without a station key the journal is a plain SHA-256 chain (see journal.py).
        self._journal_key = journal_key

    def begin_attempt(self, job: Job, port: str) -> int:
        """Record the job (first time only) and a new running attempt; returns its id."""
        now = now_iso()
        with self._connection.write("start an attempt") as conn:
            self._ensure_job(conn, job, now)
            cursor = conn.execute(
                "INSERT INTO attempts (job_id, port, station_id, operator, started_at, "
                "pid, process_token, process_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    job.job_id,
                    port,
                    job.station_id,
                    job.operator,
                    now,
                    os.getpid(),
                    PROCESS_TOKEN,
                    process_start_stamp(),
                ),
            )
            attempt_id = cursor.lastrowid
        assert attempt_id is not None
        return attempt_id

    def _ensure_job(self, conn: sqlite3.Connection, job: Job, now: str) -> None:
        facts = {
            "profile_id": job.profile_id,
            "id_scope": job.id_scope,
            "attestation": str(job.attestation),
            "dps_endpoint": job.dps_endpoint,
            "model_id": job.model_id,
        }
        row = conn.execute(
            f"SELECT {', '.join(_JOB_FIXED_FACTS)} FROM jobs WHERE job_id = ?", (job.job_id,)
        ).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO jobs (job_id, profile_id, id_scope, attestation, operator, "
                "station_id, dps_endpoint, model_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    job.job_id,
                    job.profile_id,
                    job.id_scope,
                    str(job.attestation),
                    job.operator,
                    job.station_id,
                    job.dps_endpoint,
                    job.model_id,
                    now,
                ),
            )
            return
        changed = [
            name
            for name, stored in zip(_JOB_FIXED_FACTS, row, strict=True)
            if stored != facts[name]
        ]
        if changed:
            raise ManifestError(
                f"job {job.job_id} is already recorded with a different {', '.join(changed)}",
                hint="start a new job (a new job ID) for a different profile, scope or mode",
            )

    def _attempt(self, attempt_id: int) -> sqlite3.Row:
        row = self._connection.select(
            "SELECT id, port, outcome, device_id FROM attempts WHERE id = ?", (attempt_id,)
        ).fetchone()
        if row is None:
            raise ManifestError(
                f"attempt {attempt_id} is not in the manifest",
                hint="start the unit again; the station lost track of this attempt",
            )
        return row

    def _running_attempt(self, attempt_id: int) -> sqlite3.Row:
        row = self._attempt(attempt_id)
        if row["outcome"] != AttemptOutcome.RUNNING:
            raise ManifestError(
                f"attempt {attempt_id} has already ended ({row['outcome']})",
                hint="start the unit again as a new attempt",
            )
        return row

    def record_pending(
        self,
        attempt_id: int,
        unit: Unit,
        *,
        replacing: str = "",
        events: Sequence[StageEvent] = (),
    ) -> None:
        """Commit the unit as ``pending`` before its board is touched, with ``events``
        (the attempt's events so far) in the same transaction.

        A device ID seen before is reused when its earlier attempt failed or was
        cut short (the same board, again). Raises DuplicateDeviceError when the
        device ID was provisioned before, or is being provisioned right now by
        another live attempt. Raises ManifestError when the unit has secrets to
        keep and the manifest was opened without a station key.

        ``replacing`` (why) re-provisions a returned unit under its device ID: its
        current credentials are kept as a generation of their own, the new ones
        become the next generation, and its uploads are due again (see
        ``credential_generations``).

        When it raises, none of ``events`` is kept: the caller keeps them for its
        record of the failure.
        """
        if replacing:
            self._record_replacement(attempt_id, unit, replacing, events)
            return
        device_id = unit.device_id
        sealed = self._secrets.seal(unit)
        check, check_secondary = key_checks(unit)
        now = now_iso()
        duplicate: DuplicateDeviceError | None = None
        with self._connection.write(f"record {device_id} as pending") as conn:
            attempt = self._running_attempt(attempt_id)
            facts = _recorded_facts(unit, attempt["port"])
            conn.execute("UPDATE attempts SET device_id = ? WHERE id = ?", (device_id, attempt_id))
            existing = self._connection.select(
                "SELECT u.status, u.provisioned_at, u.last_attempt_id, a.outcome, a.port, "
                "a.pid, a.process_token, a.process_start "
                "FROM units u JOIN attempts a ON a.id = u.last_attempt_id "
                "WHERE u.device_id = ?",
                (device_id,),
            ).fetchone()
            if existing is None:
                columns = [
                    *facts,
                    "status",
                    "secret_ciphertext",
                    "key_check",
                    "key_check_secondary",
                    "attempts",
                    "last_attempt_id",
                    "created_at",
                    "updated_at",
                ]
                values = [
                    *facts.values(),
                    UnitStatus.PENDING.value,
                    sealed,
                    check,
                    check_secondary,
                    1,
                    attempt_id,
                    now,
                    now,
                ]
                conn.execute(
                    f"INSERT INTO units ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})",
                    values,
                )
            elif existing["status"] == UnitStatus.PROVISIONED:
                duplicate = DuplicateDeviceError(
                    f"device ID {device_id} was already provisioned at {existing['provisioned_at']}"
                )
            elif _running_elsewhere(existing, attempt_id):
                duplicate = DuplicateDeviceError(
                    f"device ID {device_id} is being provisioned right now on {existing['port']}",
                    hint="two boards got the same device ID; set this one aside",
                )
            else:
                again = 1 if existing["last_attempt_id"] != attempt_id else 0
                assignments = ", ".join(f"{name} = ?" for name in facts)
                conn.execute(
                    f"UPDATE units SET {assignments}, status = ?, failed_stage = '', "
                    "failure_reason = '', secret_ciphertext = ?, key_check = ?, "
                    "key_check_secondary = ?, attempts = attempts + ?, "
                    "last_attempt_id = ?, updated_at = ? WHERE device_id = ?",
                    [
                        *facts.values(),
                        UnitStatus.PENDING.value,
                        sealed,
                        check,
                        check_secondary,
                        again,
                        attempt_id,
                        now,
                        device_id,
                    ],
                )
            if duplicate is None:
                append_entry(conn, self._journal_key, "pending", device_id, attempt_id, now)
                _insert_events(conn, attempt_id, events)
        # Raised after the commit: the attempt keeps the device ID it tried to take.
        if duplicate is not None:
            raise duplicate

    def _record_replacement(
        self, attempt_id: int, unit: Unit, reason: str, events: Sequence[StageEvent]
    ) -> None:
        device_id = unit.device_id
        sealed = self._secrets.seal(unit)
        check, check_secondary = key_checks(unit)
        now = now_iso()
        refusal: StationError | None = None
        with self._connection.write(f"record {device_id} as pending again") as conn:
            attempt = self._running_attempt(attempt_id)
            existing = self._connection.select(
                "SELECT u.status, u.generation, u.last_attempt_id, a.outcome, a.port, a.pid, "
                "a.process_token, a.process_start FROM units u "
                "JOIN attempts a ON a.id = u.last_attempt_id WHERE u.device_id = ?",
                (device_id,),
            ).fetchone()
            if existing is None:
                refusal = ManifestError(
                    f"{device_id} is not in the manifest: there is no unit to provision again",
                    hint="check the device ID; a new board is provisioned as a new unit",
                )
            elif _running_elsewhere(existing, attempt_id):
                refusal = DuplicateDeviceError(
                    f"device ID {device_id} is being provisioned right now on {existing['port']}",
                    hint="wait for that unit to end, then try again",
                )
            else:
                generation = existing["generation"]
                if existing["status"] == UnitStatus.PROVISIONED:
                    # The working credentials become history; a failed earlier try at
                    # replacing them never reached a working board and is overwritten.
                    conn.execute(
                        "INSERT INTO credential_generations (device_id, generation, attestation, "
                        "cert_thumbprint_sha1, cert_thumbprint_sha256, cert_pem, "
                        "cert_pem_secondary, ek_public, key_check, key_check_secondary, "
                        "secret_ciphertext, provisioned_at, replaced_at, replaced_by_attempt) "
                        "SELECT device_id, generation, attestation, cert_thumbprint_sha1, "
                        "cert_thumbprint_sha256, cert_pem, cert_pem_secondary, ek_public, "
                        "key_check, key_check_secondary, secret_ciphertext, provisioned_at, ?, ? "
                        "FROM units WHERE device_id = ?",
                        (now, attempt_id, device_id),
                    )
                    generation += 1
                facts = _recorded_facts(unit, attempt["port"])
                assignments = ", ".join(f"{name} = ?" for name in facts)
                conn.execute(
                    f"UPDATE units SET {assignments}, status = ?, failed_stage = '', "
                    "failure_reason = '', secret_ciphertext = ?, key_check = ?, "
                    "key_check_secondary = ?, attempts = attempts + 1, last_attempt_id = ?, "
                    "provisioned_at = NULL, generation = ?, generation_reason = ?, "
                    "updated_at = ? WHERE device_id = ?",
                    [
                        *facts.values(),
                        UnitStatus.PENDING.value,
                        sealed,
                        check,
                        check_secondary,
                        attempt_id,
                        generation,
                        reason,
                        now,
                        device_id,
                    ],
                )
                conn.execute(
                    "UPDATE attempts SET device_id = ? WHERE id = ?", (device_id, attempt_id)
                )
                # The services hold the old credentials: the next upload updates them.
                conn.execute(
                    "UPDATE uploads SET state = 'pending', batch_id = '', reason = ?, "
                    "updated_at = ? WHERE device_id = ? AND state != 'not-needed'",
                    (f"credentials replaced (generation {generation})", now, device_id),
                )
                append_entry(conn, self._journal_key, "pending", device_id, attempt_id, now)
                _insert_events(conn, attempt_id, events)
        if refusal is not None:
            raise refusal

    def record_provisioned(
        self, attempt_id: int, device_id: str, events: Sequence[StageEvent] = ()
    ) -> None:
        """Mark the unit and its attempt ``provisioned``, and keep ``events``, in one
        transaction.

        Raises ManifestError (keeping none of ``events``) unless this attempt
        recorded the unit as pending.
        """
        now = now_iso()
        with self._connection.write(f"record {device_id} as provisioned") as conn:
            self._running_attempt(attempt_id)
            cursor = conn.execute(
                "UPDATE units SET status = ?, failed_stage = '', failure_reason = '', "
                "provisioned_at = ?, updated_at = ? "
                "WHERE device_id = ? AND last_attempt_id = ? AND status = ?",
                (
                    UnitStatus.PROVISIONED.value,
                    now,
                    now,
                    device_id,
                    attempt_id,
                    UnitStatus.PENDING.value,
                ),
            )
            if cursor.rowcount != 1:
                raise ManifestError(
                    f"{device_id} has no pending record from attempt {attempt_id}",
                    hint="provision the unit again; its record was not written first",
                )
            conn.execute(
                "UPDATE attempts SET outcome = ?, ended_at = ? WHERE id = ?",
                (AttemptOutcome.PROVISIONED.value, now, attempt_id),
            )
            append_entry(conn, self._journal_key, "provisioned", device_id, attempt_id, now)
            _insert_events(conn, attempt_id, events)

    def record_failed(
        self,
        attempt_id: int,
        device_id: str,
        stage: str,
        reason: str,
        events: Sequence[StageEvent] = (),
    ) -> None:
        """Mark the attempt ``failed``, and the unit too when this attempt recorded it;
        keep ``events`` (those not yet kept, the failure's among them) in the same
        transaction.

        ``device_id`` is "" when no unit row was written: only the attempt is
        marked. A unit provisioned before stays provisioned (a duplicate's
        earlier row, or a label that failed after the board was done); when the
        attempt had already ended, the failure is kept as an event (unless
        ``events`` holds it).
        """
        now = now_iso()
        with self._connection.write("record a failure") as conn:
            attempt = self._attempt(attempt_id)
            _insert_events(conn, attempt_id, events)
            if attempt["outcome"] != AttemptOutcome.RUNNING:
                if any(event.kind is EventKind.FAILED for event in events):
                    return
                conn.execute(
                    "INSERT INTO events (attempt_id, at, stage, kind, message) "
                    "VALUES (?, ?, ?, 'failed', ?)",
                    (attempt_id, now, stage, reason),
                )
                return
            conn.execute(
                "UPDATE attempts SET outcome = ?, ended_at = ?, failed_stage = ?, reason = ? "
                "WHERE id = ?",
                (AttemptOutcome.FAILED.value, now, stage, reason, attempt_id),
            )
            if device_id:
                cursor = conn.execute(
                    "UPDATE units SET status = ?, failed_stage = ?, failure_reason = ?, "
                    "updated_at = ? WHERE device_id = ? AND last_attempt_id = ? AND status = ?",
                    (
                        UnitStatus.FAILED.value,
                        stage,
                        reason,
                        now,
                        device_id,
                        attempt_id,
                        UnitStatus.PENDING.value,
                    ),
                )
                if cursor.rowcount == 1:
                    append_entry(conn, self._journal_key, "failed", device_id, attempt_id, now)

    def record_events(self, attempt_id: int, events: Sequence[StageEvent]) -> None:
        """Keep events of an attempt that no record of the unit carries, in one
        transaction, each at its own time.

        A commit that does not wait for the disk (the unit's next record does): it
        survives the station's crash in the write-ahead log. With many ports the
        commits, not the rows, are what the manifest's turn costs, so the pipeline
        sends events with the unit's records where it can.
        """
        if not events:
            return
        with self._connection.write("keep a stage's events", durable=False) as conn:
            _insert_events(conn, attempt_id, events)

    def next_counter(self, name: str, *, start: int = 1) -> int:
        """Take the next number of counter ``name`` (``start`` the first time).

        The increment is committed before the number is returned, so a number
        is never handed out twice, even if the station dies right after; a
        number taken and never used leaves a gap.
        """
        with self._connection.write(f"take the next {name} number") as conn:
            rows = conn.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = max(value + 1, excluded.value) "
                "RETURNING value",
                (name, start),
            ).fetchall()
        return int(rows[0][0])
