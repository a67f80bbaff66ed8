"""The manifest: every unit, attempt and stage event, in one SQLite file (WAL mode).

A ``Manifest`` wraps one connection, and a connection belongs to the thread
that opened it: each worker thread opens its own ``Manifest`` on the same file.
Every write is one short ``BEGIN IMMEDIATE`` transaction, so concurrent writers
queue on SQLite's lock (waiting up to ``BUSY_TIMEOUT_S``) instead of failing
half-way through a read-modify-write. Each change of a unit's record appends a
journal entry in the same transaction (``station.manifest.journal``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database
from typing_extensions import Unpack

from station.core.errors import (
    ConfigError,
    CredentialError,
    DamagedManifestError,
    DuplicateDeviceError,
    ManifestError,
    StationError,
)
from station.core.models import Attestation, Job, Unit, UnitStatus
from station.core.private_files import disk_of
from station.credentials.sas import derive_device_key, key_check, key_check_matches
from station.manifest.journal import KEYED, append_entry, journal_key
from station.manifest.process import PROCESS_TOKEN, owner_is_alive, process_start_stamp
from station.manifest.records import (
    UNIT_RECORD_FIELDS,
    AttemptOutcome,
    AttemptRecord,
    EventRecord,
    FailureCount,
    TimeBound,
    UnitFilters,
    UnitRecord,
    YieldSummary,
)
from station.manifest.schema import (
    apply_migrations,
    check_not_newer,
    needs_migrations,
    schema_version,
)
from station.manifest.secrets import StationKey

BUSY_TIMEOUT_S = 10.0

# Job facts that must not change under the same job ID (operator and station may).
_JOB_FIXED_FACTS = ("profile_id", "id_scope", "attestation", "dps_endpoint", "model_id")


def _unit_columns(table: str = "units") -> str:
    """The SELECT list that makes a UnitRecord, qualified by ``table``."""
    return ", ".join(
        f"{table}.secret_ciphertext IS NOT NULL AS has_secrets"
        if name == "has_secrets"
        else f"{table}.{name} AS {name}"
        for name in UNIT_RECORD_FIELDS
    )


_UNIT_COLUMNS = _unit_columns()
_ATTEMPT_COLUMNS = (
    "id, job_id, port, station_id, operator, device_id, started_at, ended_at, "
    "outcome, failed_stage, reason, pid"
)

DAMAGED = "the manifest file is damaged; restore it from a backup"
RESOLVED_STAGE = "resolved"  # the failed stage of a unit QA resolved after an interruption


class Resolution(StrEnum):
    """What QA decided about a board an interrupted station left pending."""

    FAILED = "failed"  # the board is erased and goes round again as a new unit
    SCRAPPED = "scrapped"  # the board is destroyed or set aside for good


def now_iso() -> str:
    """The current time as the manifest stores it: ISO 8601, UTC, microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _iso(value: datetime | str | float) -> str:
    """A time bound in the stored form. Naive datetimes are taken as local time."""
    if isinstance(value, str):
        return value
    if isinstance(value, float | int):
        value = datetime.fromtimestamp(value, UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _unit_facts(unit: Unit, port: str) -> dict[str, str]:
    """The public facts of a unit, by column name."""
    job, board, credential = unit.job, unit.board, unit.credential
    return {
        "device_id": unit.device_id,
        "job_id": job.job_id,
        "profile_id": job.profile_id,
        "attestation": str(job.attestation),
        "id_scope": job.id_scope,
        "dps_endpoint": job.dps_endpoint,
        "model_id": job.model_id,
        "operator": job.operator,
        "station_id": job.station_id,
        "port": board.port or port,
        "board_type": board.board_type,
        "chip": board.chip,
        "mac": board.mac,
        "serial": board.serial,
        "identity_source": unit.identity.source,
        "cert_thumbprint_sha1": credential.thumbprint_sha1,
        "cert_thumbprint_sha256": credential.thumbprint_sha256,
        "cert_issuer": credential.cert_issuer,
        "cert_not_after": credential.cert_not_after,
        "cert_pem": credential.cert_pem,
        "cert_pem_secondary": credential.cert_pem_secondary,
        "ek_public": credential.ek_public,
        "ek_cert_thumbprint": credential.ek_cert_thumbprint,
        "ek_cert_issuer": credential.ek_cert_issuer,
    }


def _unit_secrets(unit: Unit) -> dict[str, str]:
    """The per-device secrets to keep. X.509 leaf keys stay on the board only, and a
    ``sas-group`` key is not kept either: it is derived again from the group key."""
    credential = unit.credential
    if credential.attestation is Attestation.SAS_GROUP:
        return {}
    kept = {"sas_primary": credential.sas_primary, "sas_secondary": credential.sas_secondary}
    return {name: value for name, value in kept.items() if value}


def _running_elsewhere(existing: sqlite3.Row, attempt_id: int) -> bool:
    """Whether the unit's last attempt is another one that a live process still runs."""
    return bool(
        existing["last_attempt_id"] != attempt_id
        and existing["outcome"] == AttemptOutcome.RUNNING
        and owner_is_alive(existing["pid"], existing["process_token"], existing["process_start"])
    )


def _key_checks(unit: Unit) -> tuple[str, str]:
    """What tells a wrong group key from the right one when the unit's primary and
    secondary keys are derived again ("" for keys that are not derived)."""
    credential = unit.credential
    if credential.attestation is not Attestation.SAS_GROUP:
        return "", ""
    return (
        key_check(credential.sas_primary) if credential.sas_primary else "",
        key_check(credential.sas_secondary) if credential.sas_secondary else "",
    )


def _unit_record(row: sqlite3.Row) -> UnitRecord:
    values: dict = {name: row[name] for name in UNIT_RECORD_FIELDS}
    values["attestation"] = Attestation(values["attestation"])
    values["status"] = UnitStatus(values["status"])
    values["has_secrets"] = bool(values["has_secrets"])
    return UnitRecord(**values)


def _attempt_record(row: sqlite3.Row) -> AttemptRecord:
    return AttemptRecord(**dict(zip(row.keys(), row, strict=True)))


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# -- errors ------------------------------------------------------------------------


def _primary_code(exc: sqlite3.Error) -> int:
    # Extended result codes keep the primary code in their low byte.
    return int(getattr(exc, "sqlite_errorcode", -1)) & 0xFF


def _folder_is_read_only(path: Path) -> bool:
    return not os.access(path.parent, os.W_OK)


def damaged_error(path: Path, finding: str) -> DamagedManifestError:
    """The one line for a manifest file SQLite finds damaged; ``finding`` is what it says."""
    return DamagedManifestError(f"{DAMAGED} ({path}: SQLite finds {finding})")


def read_only_error(path: Path, what: str) -> ManifestError:
    return ManifestError(
        f"the folder {path.parent} is read-only: cannot {what} in the manifest {path.name}",
        hint="use a manifest on a writable disk; verify, summary and export can read it there",
    )


def _open_error(exc: sqlite3.Error, path: Path) -> ManifestError:
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_CORRUPT:
        return damaged_error(path, str(exc))
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) and _folder_is_read_only(path):
        return read_only_error(path, "open or write records")
    return ManifestError(
        f"{path} is not a usable manifest: {exc}",
        hint="choose the station's manifest file, or a new file name",
    )


def _write_error(exc: sqlite3.Error, path: Path, what: str) -> ManifestError:
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_CORRUPT:
        return damaged_error(path, str(exc))
    if code == sqlite3.SQLITE_READONLY and _folder_is_read_only(path):
        return read_only_error(path, what)
    if code == sqlite3.SQLITE_FULL:
        return ManifestError(
            f"the disk holding {disk_of(path.parent)} is full: the manifest could not {what}",
            hint="free some space on that disk, then try again",
        )
    return ManifestError(
        f"the manifest refused to {what}: {exc}",
        hint="check the disk has space and the manifest file is writable",
    )


def read_error(exc: sqlite3.Error, path: Path) -> ManifestError:
    """The one line for a query that failed on the manifest at ``path``."""
    if _primary_code(exc) == sqlite3.SQLITE_CORRUPT:
        return damaged_error(path, str(exc))
    return ManifestError(
        f"cannot read the manifest {path}: {exc}",
        hint="check that the file is the station's manifest and that the disk is sound",
    )


# -- opening ---------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        if _primary_code(exc) == sqlite3.SQLITE_CANTOPEN and _folder_is_read_only(path):
            raise read_only_error(path, "create or write records") from exc
        raise ManifestError(
            f"cannot open the manifest {path}: {exc}",
            hint="check that the folder exists and is writable",
        ) from exc


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes the file, nor anything beside it.

    ``mode=ro`` reads the write-ahead log too. On a read-only folder SQLite
    cannot make the log's shared-memory file; when there is no log beside the
    file (no station has it open), the file alone is the whole manifest and
    ``immutable=1`` reads it as it is.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                           isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        if _primary_code(exc) != sqlite3.SQLITE_CANTOPEN or _has_log(path):
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)


def _has_log(path: Path) -> bool:
    return path.with_name(path.name + "-wal").exists()


def _migrated_copy(db: Database) -> Database:
    """The manifest copied into memory with its schema brought up to date there.

    For a read-only open of a manifest an older station wrote: its queries need
    the current schema, and the file itself must not change.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    db.conn.backup(memory)
    db.conn.close()
    copy = Database(memory, execute_plugins=False, strict=True)
    copy.execute("PRAGMA foreign_keys = ON")
    apply_migrations(copy)
    return copy


class Manifest:
    """The SQLite manifest; implements ``station.core.interfaces.ManifestStore``.

    Open with ``Manifest.open(path, station_key)``; use from the opening thread only.
    """

    def __init__(self, db: Database, path: Path, station_key: StationKey | None) -> None:
        self.db = db
        self.path = path
        self.station_key = station_key
        self._group_key_b64 = ""  # see use_group_key
        self._group_key_secondary_b64 = ""
        # Without a station key the journal is a plain SHA-256 chain (see journal.py).
        self._journal_key = journal_key(station_key) if station_key is not None else None

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
        path = Path(path)
        try:
            conn = _connect_read_only(path) if read_only else _connect(path)
        except sqlite3.Error as exc:
            raise _open_error(exc, path) from exc
        db = Database(conn, execute_plugins=False, strict=True)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            db.execute("PRAGMA foreign_keys = ON")
            check_not_newer(db, path)
            if read_only:
                if needs_migrations(db):
                    db = _migrated_copy(db)
            else:
                # FULL: a committed pending record survives a power cut, not only a crash.
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA secure_delete = ON")
                db.enable_wal()
                apply_migrations(db)
        except sqlite3.Error as exc:
            db.conn.close()
            raise _open_error(exc, path) from exc
        except BaseException:
            db.conn.close()
            raise
        manifest = cls(db, path, station_key)
        if station_key is not None:
            try:
                manifest._check_station_key(station_key)
            except BaseException:
                db.conn.close()
                raise
        return manifest

    def holds_secrets(self) -> bool:
        """Whether any unit keeps sealed secrets (which only its station key opens)."""
        row = self.db.execute(
            "SELECT 1 FROM units WHERE secret_ciphertext IS NOT NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def needs_station_key(self) -> bool:
        """Whether anything here was sealed or signed with the station key: secrets kept,
        or journal entries keyed with it. A new key could not open or check them."""
        if self.holds_secrets():
            return True
        row = self.db.execute("SELECT 1 FROM journal WHERE kind = ? LIMIT 1", (KEYED,)).fetchone()
        return row is not None

    def _check_station_key(self, key: StationKey) -> None:
        # Caught at open, not at the first export: a wrong key must not seal new
        # units beside old ones that it cannot open.
        row = self.db.execute(
            "SELECT device_id, secret_ciphertext FROM units "
            "WHERE secret_ciphertext IS NOT NULL LIMIT 1"
        ).fetchone()
        if row is not None:
            key.open(row[0], row[1])

    def close(self) -> None:
        self.db.close()

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

    # -- transactions ---------------------------------------------------------

    @contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        """One short write transaction, holding SQLite's write lock from its start."""
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _primary_code(exc) != sqlite3.SQLITE_BUSY:
                raise _write_error(exc, self.path, what) from exc
            raise ManifestError(
                f"the manifest is busy, could not {what}: {exc}",
                hint="another program holds the manifest; close it and try again",
            ) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _write_error(exc, self.path, what) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _select(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params)

    # -- the pipeline's writes (ManifestStore) ---------------------------------

    def begin_attempt(self, job: Job, port: str) -> int:
        """Record the job (first time only) and a new running attempt; returns its id."""
        now = now_iso()
        with self._write("start an attempt") as conn:
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

    def _attempt(self, conn: sqlite3.Connection, attempt_id: int) -> sqlite3.Row:
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        row = cursor.execute(
            "SELECT id, port, outcome, device_id FROM attempts WHERE id = ?", (attempt_id,)
        ).fetchone()
        if row is None:
            raise ManifestError(
                f"attempt {attempt_id} is not in the manifest",
                hint="start the unit again; the station lost track of this attempt",
            )
        return row

    def _running_attempt(self, conn: sqlite3.Connection, attempt_id: int) -> sqlite3.Row:
        row = self._attempt(conn, attempt_id)
        if row["outcome"] != AttemptOutcome.RUNNING:
            raise ManifestError(
                f"attempt {attempt_id} has already ended ({row['outcome']})",
                hint="start the unit again as a new attempt",
            )
        return row

    def record_pending(self, attempt_id: int, unit: Unit, *, replacing: str = "") -> None:
        """Commit the unit as ``pending`` before its board is touched.

        A device ID seen before is reused when its earlier attempt failed or was
        cut short (the same board, again). Raises DuplicateDeviceError when the
        device ID was provisioned before, or is being provisioned right now by
        another live attempt. Raises ManifestError when the unit has secrets to
        keep and the manifest was opened without a station key.

        ``replacing`` (why) re-provisions a returned unit under its device ID: its
        current credentials are kept as a generation of their own, the new ones
        become the next generation, and its uploads are due again (see
        ``credential_generations``).
        """
        if replacing:
            self._record_replacement(attempt_id, unit, replacing)
            return
        device_id = unit.device_id
        sealed = self._seal(unit)
        check, check_secondary = _key_checks(unit)
        now = now_iso()
        duplicate: DuplicateDeviceError | None = None
        with self._write(f"record {device_id} as pending") as conn:
            attempt = self._running_attempt(conn, attempt_id)
            facts = _unit_facts(unit, attempt["port"])
            conn.execute("UPDATE attempts SET device_id = ? WHERE id = ?", (device_id, attempt_id))
            existing = self._select(
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
        # Raised after the commit: the attempt keeps the device ID it tried to take.
        if duplicate is not None:
            raise duplicate

    def _seal(self, unit: Unit) -> bytes | None:
        secrets = _unit_secrets(unit)
        if not secrets:
            return None
        if self.station_key is None:
            raise ManifestError(
                f"the manifest has no station key to keep the secrets of {unit.device_id}",
                hint="open the manifest with its station key file (<manifest>.key)",
            )
        return self.station_key.seal(unit.device_id, secrets)

    def _record_replacement(self, attempt_id: int, unit: Unit, reason: str) -> None:
        device_id = unit.device_id
        sealed = self._seal(unit)
        check, check_secondary = _key_checks(unit)
        now = now_iso()
        refusal: StationError | None = None
        with self._write(f"record {device_id} as pending again") as conn:
            attempt = self._running_attempt(conn, attempt_id)
            existing = self._select(
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
                facts = _unit_facts(unit, attempt["port"])
                assignments = ", ".join(f"{name} = ?" for name in facts)
                conn.execute(
                    f"UPDATE units SET {assignments}, status = ?, failed_stage = '', "
                    "failure_reason = '', secret_ciphertext = ?, key_check = ?, "
                    "key_check_secondary = ?, attempts = attempts + 1, last_attempt_id = ?, "
                    "provisioned_at = NULL, generation = ?, generation_reason = ?, "
                    "updated_at = ? WHERE device_id = ?",
                    [*facts.values(), UnitStatus.PENDING.value, sealed, check, check_secondary,
                     attempt_id, generation, reason, now, device_id],
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
        if refusal is not None:
            raise refusal

    def credential_generations(self, device_id: str) -> list[dict[str, object]]:
        """Earlier credentials of ``device_id``, oldest first (public facts only)."""
        rows = self.db.execute(
            "SELECT generation, attestation, cert_thumbprint_sha1, cert_thumbprint_sha256, "
            "cert_pem, cert_pem_secondary, ek_public, key_check, key_check_secondary, "
            "provisioned_at, replaced_at FROM credential_generations WHERE device_id = ? "
            "ORDER BY generation",
            (device_id,),
        )
        names = [column[0] for column in rows.description]
        return [dict(zip(names, row, strict=True)) for row in rows.fetchall()]

    def earlier_secrets(self, device_id: str) -> dict[int, dict[str, str]]:
        """The sealed SAS keys of ``device_id``'s earlier generations, by generation (what an
        upload compares a service's enrollment with before updating it)."""
        rows = self.db.execute(
            "SELECT generation, secret_ciphertext FROM credential_generations "
            "WHERE device_id = ? AND secret_ciphertext IS NOT NULL ORDER BY generation",
            (device_id,),
        ).fetchall()
        return {row[0]: self._open_sealed(device_id, row[1]) for row in rows}

    def record_provisioned(self, attempt_id: int, device_id: str) -> None:
        """Mark the unit and its attempt ``provisioned``, in one transaction.

        Raises ManifestError unless this attempt recorded the unit as pending.
        """
        now = now_iso()
        with self._write(f"record {device_id} as provisioned") as conn:
            self._running_attempt(conn, attempt_id)
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

    def record_failed(self, attempt_id: int, device_id: str, stage: str, reason: str) -> None:
        """Mark the attempt ``failed``, and the unit too when this attempt recorded it.

        ``device_id`` is "" when no unit row was written: only the attempt is
        marked. A unit provisioned before stays provisioned (a duplicate's
        earlier row, or a label that failed after the board was done); when the
        attempt had already ended, the failure is kept as an event.
        """
        now = now_iso()
        with self._write("record a failure") as conn:
            attempt = self._attempt(conn, attempt_id)
            if attempt["outcome"] != AttemptOutcome.RUNNING:
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

    def record_event(
        self, attempt_id: int, stage: str, kind: str, message: str, *, at: float | None = None
    ) -> None:
        """Keep one stage event of an attempt; ``at`` is a Unix time (default: now)."""
        when = now_iso() if at is None else _iso(at)
        with self._write("keep an event") as conn:
            conn.execute(
                "INSERT INTO events (attempt_id, at, stage, kind, message) VALUES (?, ?, ?, ?, ?)",
                (attempt_id, when, stage, kind, message),
            )

    def next_counter(self, name: str, *, start: int = 1) -> int:
        """Take the next number of counter ``name`` (``start`` the first time).

        The increment is committed before the number is returned, so a number
        is never handed out twice, even if the station dies right after; a
        number taken and never used leaves a gap.
        """
        with self._write(f"take the next {name} number") as conn:
            rows = conn.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = max(value + 1, excluded.value) "
                "RETURNING value",
                (name, start),
            ).fetchall()
        return int(rows[0][0])

    # -- secrets ---------------------------------------------------------------

    def use_group_key(self, group_key_b64: str, secondary_b64: str = "") -> None:
        """Let ``unit_secrets`` derive ``sas-group`` device keys from the group's primary
        key and, for units that got a secondary key, its secondary key ("" for none).
        Each is checked against the unit's key check when used."""
        self._group_key_b64 = group_key_b64.strip()
        self._group_key_secondary_b64 = secondary_b64.strip()

    def unit_secrets(self, device_id: str) -> dict[str, str]:
        """The secrets of ``device_id``: opened when sealed here (individual keys, and
        ``sas-group`` keys recorded before they were derived instead), derived again
        from the group key (``use_group_key``) for ``sas-group`` units; {} when none.

        Keys: ``sas_primary``, ``sas_secondary`` (when the credential had them).
        Raises ConfigError when a key must be derived and no group key was given,
        CredentialError when the group key is not the one the unit's job used.
        """
        row = self.db.execute(
            "SELECT secret_ciphertext, key_check, job_id, key_check_secondary FROM units "
            "WHERE device_id = ?",
            (device_id,),
        ).fetchone()
        if row is None:
            raise ManifestError(
                f"device ID {device_id} is not in the manifest",
                hint="check the device ID",
            )
        sealed, check, job_id, check_secondary = row
        if sealed is not None:
            return self._open_sealed(device_id, sealed)
        derived = {}
        if check:
            derived["sas_primary"] = self._derived_key(
                device_id, job_id, check, self._group_key_b64, "group key"
            )
        if check_secondary:
            derived["sas_secondary"] = self._derived_key(
                device_id, job_id, check_secondary, self._group_key_secondary_b64,
                "secondary group key",
            )
        return derived

    def _open_sealed(self, device_id: str, sealed: bytes) -> dict[str, str]:
        if self.station_key is None:
            raise ManifestError(
                f"the secrets of {device_id} are encrypted and no station key was given",
                hint="open the manifest with its station key file (<manifest>.key)",
            )
        return self.station_key.open(device_id, sealed)

    def _derived_key(
        self, device_id: str, job_id: str, check: str, group_key_b64: str, what: str
    ) -> str:
        if not group_key_b64:
            option = "--group-key-file FILE or STATION_GROUP_KEY"
            if what != "group key":
                option = "--secondary-group-key-file FILE or STATION_GROUP_KEY_SECONDARY"
            raise ConfigError(
                f"no {what} was given to derive the device key of {device_id}: job "
                f"{job_id} is sas-group, and its device keys are not kept in the manifest",
                hint=f"give job {job_id}'s {what}: {option}; in the window, load it in "
                "Settings",
            )
        key = derive_device_key(group_key_b64, device_id)
        # Nothing stored holds the key itself: the check is what catches a wrong group key.
        if not key_check_matches(key, check):
            raise CredentialError(
                f"the {what} given is not the one job {job_id} used "
                f"(it does not give the device key recorded for {device_id})",
                hint=f"give the enrollment group key job {job_id} was provisioned with; "
                "export jobs that used different group keys one job at a time",
            )
        return key

    def forget_secrets(self, device_id: str) -> None:
        """Drop the secrets kept for ``device_id`` (once they are uploaded)."""
        with self._write(f"forget the secrets of {device_id}") as conn:
            conn.execute(
                "UPDATE units SET secret_ciphertext = NULL, updated_at = ? WHERE device_id = ?",
                (now_iso(), device_id),
            )

    # -- recovery --------------------------------------------------------------

    def interrupted_units(self) -> list[UnitRecord]:
        """Units still ``pending`` whose attempt no running process owns.

        These boards may hold credentials: the station shows them, never drops them.
        """
        rows = self._select(
            f"SELECT {_UNIT_COLUMNS}, a.pid AS owner_pid, a.process_token AS owner_token, "
            "a.process_start AS owner_start "
            "FROM units JOIN attempts a ON a.id = units.last_attempt_id "
            "WHERE units.status = ? ORDER BY units.id",
            (UnitStatus.PENDING.value,),
        )
        found = []
        for row in rows:
            if not owner_is_alive(row["owner_pid"], row["owner_token"], row["owner_start"]):
                found.append(_unit_record(row))
        return found

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
        with self._write("resolve an interrupted unit") as conn:
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

    def check_resolvable(self, device_id: str) -> None:
        """Raise ManifestError, saying why, unless ``device_id`` is an interrupted unit."""
        if device_id in {unit.device_id for unit in self.interrupted_units()}:
            return
        unit = self.unit(device_id)
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

    def interrupted_attempts(self) -> list[AttemptRecord]:
        """Attempts left ``running`` by a process that no longer runs."""
        rows = self._select(
            f"SELECT {_ATTEMPT_COLUMNS}, process_token, process_start FROM attempts "
            "WHERE outcome = ? ORDER BY id",
            (AttemptOutcome.RUNNING.value,),
        )
        owner_columns = ("process_token", "process_start")
        return [
            AttemptRecord(**{k: row[k] for k in row.keys() if k not in owner_columns})
            for row in rows
            if not owner_is_alive(row["pid"], row["process_token"], row["process_start"])
        ]

    # -- queries for the CLI and the GUI ---------------------------------------

    def _unit_where(self, filters: UnitFilters) -> tuple[str, list[object]]:
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
            params.append(_iso(since))
        if until is not None:
            clauses.append("created_at < ?")
            params.append(_iso(until))
        if search:
            pattern = _like_pattern(search)
            clauses.append(
                "(device_id LIKE ? ESCAPE '\\' OR mac LIKE ? ESCAPE '\\' "
                "OR serial LIKE ? ESCAPE '\\')"
            )
            params.extend([pattern] * 3)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return where, params

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
        where, params = self._unit_where(filters)
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_UNIT_COLUMNS} FROM units{where} ORDER BY id {order}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params.extend([-1 if limit is None else limit, offset])
        for row in self._select(sql, params):
            yield _unit_record(row)

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
        where, params = self._unit_where(filters)
        return int(self.db.execute(f"SELECT count(*) FROM units{where}", params).fetchone()[0])

    def unit(self, device_id: str) -> UnitRecord | None:
        row = self._select(
            f"SELECT {_UNIT_COLUMNS} FROM units WHERE device_id = ?", (device_id,)
        ).fetchone()
        return None if row is None else _unit_record(row)

    def attempts_for(self, device_id: str) -> list[AttemptRecord]:
        """Every attempt that took (or tried to take) ``device_id``, oldest first."""
        rows = self._select(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE device_id = ? ORDER BY id",
            (device_id,),
        )
        return [_attempt_record(row) for row in rows]

    def events_for(self, device_id: str) -> list[EventRecord]:
        """The kept events of every attempt on ``device_id``, in the order they happened."""
        rows = self._select(
            "SELECT e.attempt_id, a.port, e.at, e.stage, e.kind, e.message "
            "FROM events e JOIN attempts a ON a.id = e.attempt_id "
            "WHERE a.device_id = ? ORDER BY e.id",
            (device_id,),
        )
        return [EventRecord(**dict(zip(row.keys(), row, strict=True))) for row in rows]

    def events_for_attempt(self, attempt_id: int) -> list[EventRecord]:
        rows = self._select(
            "SELECT e.attempt_id, a.port, e.at, e.stage, e.kind, e.message "
            "FROM events e JOIN attempts a ON a.id = e.attempt_id "
            "WHERE e.attempt_id = ? ORDER BY e.id",
            (attempt_id,),
        )
        return [EventRecord(**dict(zip(row.keys(), row, strict=True))) for row in rows]

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
        where, params = self._unit_where(
            UnitFilters(job_id=job_id, station_id=station_id, since=since, until=until)
        )
        by_status = {status.value: 0 for status in UnitStatus}
        for status, count in self.db.execute(
            f"SELECT status, count(*) FROM units{where} GROUP BY status", params
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
            attempt_params.append(_iso(since))
        if until is not None:
            clauses.append("started_at < ?")
            attempt_params.append(_iso(until))
        attempt_where = " AND ".join(clauses) or "1"
        by_outcome = dict(
            self.db.execute(
                f"SELECT outcome, count(*) FROM attempts WHERE {attempt_where} GROUP BY outcome",
                attempt_params,
            ).fetchall()
        )
        # The same fault on two ports is one reason: the port's name is taken out.
        failures = self.db.execute(
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
