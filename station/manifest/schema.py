"""The manifest's schema as an ordered list of named migrations.

Each migration runs in its own transaction (a savepoint inside the write lock
that ``apply_migrations`` holds) and sets ``PRAGMA user_version`` to its
position, so the schema version is in the database file itself. To change the
schema, append a new function to ``MIGRATIONS``; never edit one that shipped.
Tables are STRICT; columns are never added implicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from station.core.errors import ManifestError
from station.manifest.journal import create_journal, write_baseline

MIGRATION_SET = "station-manifest"

Migration = Callable[[Database], None]


def _run(db: Database, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)


def initial_schema(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE jobs (
            job_id TEXT PRIMARY KEY,
            profile_id TEXT NOT NULL,
            id_scope TEXT NOT NULL,
            attestation TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            station_id TEXT NOT NULL DEFAULT '',
            dps_endpoint TEXT NOT NULL,
            model_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT
        """,
        # AUTOINCREMENT: an attempt id is never reused, even after deletes.
        """
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            job_id TEXT NOT NULL REFERENCES jobs(job_id),
            port TEXT NOT NULL,
            station_id TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            device_id TEXT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            outcome TEXT NOT NULL DEFAULT 'running'
                CHECK (outcome IN ('running', 'provisioned', 'failed')),
            failed_stage TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            pid INTEGER NOT NULL,
            process_token TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX attempts_device_id ON attempts(device_id)",
        "CREATE INDEX attempts_outcome ON attempts(outcome)",
        """
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            device_id TEXT NOT NULL UNIQUE,
            job_id TEXT NOT NULL REFERENCES jobs(job_id),
            profile_id TEXT NOT NULL,
            attestation TEXT NOT NULL,
            id_scope TEXT NOT NULL,
            dps_endpoint TEXT NOT NULL,
            model_id TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            station_id TEXT NOT NULL DEFAULT '',
            port TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('pending', 'provisioned', 'failed')),
            failed_stage TEXT NOT NULL DEFAULT '',
            failure_reason TEXT NOT NULL DEFAULT '',
            board_type TEXT NOT NULL DEFAULT '',
            chip TEXT NOT NULL DEFAULT '',
            mac TEXT NOT NULL DEFAULT '',
            serial TEXT NOT NULL DEFAULT '',
            identity_source TEXT NOT NULL DEFAULT '',
            cert_thumbprint_sha1 TEXT NOT NULL DEFAULT '',
            cert_thumbprint_sha256 TEXT NOT NULL DEFAULT '',
            cert_issuer TEXT NOT NULL DEFAULT '',
            cert_not_after TEXT NOT NULL DEFAULT '',
            cert_pem TEXT NOT NULL DEFAULT '',
            ek_public TEXT NOT NULL DEFAULT '',
            ek_cert_thumbprint TEXT NOT NULL DEFAULT '',
            ek_cert_issuer TEXT NOT NULL DEFAULT '',
            secret_ciphertext BLOB,
            attempts INTEGER NOT NULL DEFAULT 1,
            last_attempt_id INTEGER NOT NULL REFERENCES attempts(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            provisioned_at TEXT
        ) STRICT
        """,
        "CREATE INDEX units_status ON units(status)",
        "CREATE INDEX units_job_id ON units(job_id)",
        "CREATE INDEX units_created_at ON units(created_at)",
        "CREATE INDEX units_last_attempt_id ON units(last_attempt_id)",
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempts(id),
            at TEXT NOT NULL,
            stage TEXT NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX events_attempt_id ON events(attempt_id)",
        """
        CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) STRICT
        """,
    )


def add_upload_state(db: Database) -> None:
    """Migration: each unit's enrollment-upload state per target. Idempotent."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS uploads (
            device_id TEXT NOT NULL REFERENCES units(device_id),
            target TEXT NOT NULL CHECK (target IN ('dps', 'central')),
            state TEXT NOT NULL
                CHECK (state IN ('not-needed', 'pending', 'uploaded', 'conflict', 'failed')),
            batch_id TEXT NOT NULL DEFAULT '',
            sent_at TEXT,
            uploaded_at TEXT,
            reason TEXT NOT NULL DEFAULT '',
            request_id TEXT NOT NULL DEFAULT '',
            sends INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (device_id, target)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX IF NOT EXISTS uploads_target_state ON uploads(target, state)")


def add_journal(db: Database) -> None:
    """Migration: the tamper-evident journal, started with a baseline entry per existing unit."""
    create_journal(db.conn)
    write_baseline(db.conn, datetime.now(UTC).isoformat(timespec="microseconds"))


def add_attempt_owner(db: Database) -> None:
    """Migration: each attempt's process start stamp (see ``station.manifest.process``),
    so a process id reused after a crash or a reboot cannot pass for the attempt's owner.
    Attempts recorded before keep "" and are judged by their process id alone."""
    db.execute("ALTER TABLE attempts ADD COLUMN process_start TEXT NOT NULL DEFAULT ''")


def add_key_check(db: Database) -> None:
    """Migration: each ``sas-group`` unit's key check (``station.credentials.sas.key_check``)
    in place of its sealed device key, which is derived again from the group key when
    needed. Units recorded before keep "" and their sealed keys."""
    db.execute("ALTER TABLE units ADD COLUMN key_check TEXT NOT NULL DEFAULT ''")


def add_secondary_key_check(db: Database) -> None:
    """Migration: the key check of each ``sas-group`` unit's secondary device key, derived
    from the group's secondary key. Units recorded before keep "" (no secondary)."""
    db.execute("ALTER TABLE units ADD COLUMN key_check_secondary TEXT NOT NULL DEFAULT ''")


def add_line_leases(db: Database) -> None:
    """Migration: blocks of counter numbers leased from the line database
    (``station.line.leases``); ``next_value`` is the next number to issue from the
    block, ``last_value + 1`` once it is used up."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS line_leases (
            name TEXT NOT NULL,
            first_value INTEGER NOT NULL,
            last_value INTEGER NOT NULL,
            next_value INTEGER NOT NULL,
            leased_at TEXT NOT NULL,
            PRIMARY KEY (name, first_value),
            CHECK (first_value <= next_value AND next_value <= last_value + 1)
        ) STRICT
        """
    )


def add_cloud_status(db: Database) -> None:
    """Migration: what DPS or IoT Central last said of each unit (``cloud_status``), every
    change of it (``cloud_status_history``), and the status refreshes with where each
    stopped (``cloud_status_runs``), so that an interrupted refresh resumes. Read back
    from the services, so kept apart from the journaled production record."""
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS cloud_status (
            device_id TEXT NOT NULL REFERENCES units(device_id),
            target TEXT NOT NULL CHECK (target IN ('dps', 'central')),
            status TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            read_at TEXT NOT NULL,
            run_id TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (device_id, target)
        ) STRICT
        """,
        "CREATE INDEX IF NOT EXISTS cloud_status_target ON cloud_status(target, status)",
        """
        CREATE TABLE IF NOT EXISTS cloud_status_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            device_id TEXT NOT NULL REFERENCES units(device_id),
            target TEXT NOT NULL CHECK (target IN ('dps', 'central')),
            status TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            read_at TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX IF NOT EXISTS cloud_status_history_unit "
        "ON cloud_status_history(device_id, target)",
        """
        CREATE TABLE IF NOT EXISTS cloud_status_runs (
            run_id TEXT PRIMARY KEY,
            target TEXT NOT NULL CHECK (target IN ('dps', 'central')),
            started_at TEXT NOT NULL,
            finished_at TEXT,
            cursor TEXT NOT NULL DEFAULT '{}',
            pages INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
    )


def add_secondary_certificate(db: Database) -> None:
    """Migration: an ``x509-individual`` unit's secondary certificate (PEM; its key
    stays on the board), enrolled beside the primary. Units recorded before have none."""
    db.execute("ALTER TABLE units ADD COLUMN cert_pem_secondary TEXT NOT NULL DEFAULT ''")


def add_credential_generations(db: Database) -> None:
    """Migration: a unit's earlier credentials, kept when a returned unit is provisioned
    again under its device ID (generation 1 is the first). The unit's row holds the
    current generation's number and why it replaced the one before."""
    db.execute("ALTER TABLE units ADD COLUMN generation INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE units ADD COLUMN generation_reason TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        CREATE TABLE credential_generations (
            device_id TEXT NOT NULL REFERENCES units(device_id),
            generation INTEGER NOT NULL,
            attestation TEXT NOT NULL,
            cert_thumbprint_sha1 TEXT NOT NULL DEFAULT '',
            cert_thumbprint_sha256 TEXT NOT NULL DEFAULT '',
            cert_pem TEXT NOT NULL DEFAULT '',
            cert_pem_secondary TEXT NOT NULL DEFAULT '',
            ek_public TEXT NOT NULL DEFAULT '',
            key_check TEXT NOT NULL DEFAULT '',
            key_check_secondary TEXT NOT NULL DEFAULT '',
            secret_ciphertext BLOB,
            provisioned_at TEXT,
            replaced_at TEXT NOT NULL,
            replaced_by_attempt INTEGER NOT NULL,
            PRIMARY KEY (device_id, generation)
        ) STRICT
        """
    )


def add_key_origin(db: Database) -> None:
    """Migration: where a unit's device key was made: ``station`` (and written to the
    board) or ``board`` (made there; only its certificate crossed the link). Units
    recorded before had theirs made by the station."""
    db.execute("ALTER TABLE units ADD COLUMN key_origin TEXT NOT NULL DEFAULT 'station'")


# The schema's history, oldest first. Append only.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001-initial-schema", initial_schema),
    ("0002-upload-state", add_upload_state),
    ("0003-journal", add_journal),
    ("0004-attempt-owner", add_attempt_owner),
    ("0005-key-check", add_key_check),
    ("0006-secondary-key-check", add_secondary_key_check),
    ("0007-secondary-certificate", add_secondary_certificate),
    ("0008-cloud-status", add_cloud_status),
    ("0009-line-leases", add_line_leases),
    ("0010-credential-generations", add_credential_generations),
    ("0011-key-origin", add_key_origin),
]

SCHEMA_VERSION = len(MIGRATIONS)


def _versioned(position: int, migration: Migration) -> Migration:
    def apply(db: Database) -> None:
        migration(db)
        # Part of the migration's transaction: the version moves with the schema.
        db.execute(f"PRAGMA user_version = {position}")

    return apply


def _migration_set() -> Migrations:
    migrations = Migrations(MIGRATION_SET)
    for position, (name, migration) in enumerate(MIGRATIONS, start=1):
        migrations(name=name)(_versioned(position, migration))
    return migrations


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(db: Database, path: object) -> None:
    """Refuse a manifest written by a newer station (its schema is unknown here)."""
    known = {name for name, _ in MIGRATIONS}
    applied = {m.name for m in _migration_set().applied(db)}
    if schema_version(db) > SCHEMA_VERSION or applied - known:
        raise ManifestError(
            f"the manifest {path} was written by a newer version of the station "
            f"(schema {schema_version(db)}, this station knows {SCHEMA_VERSION})",
            hint="update the station software before opening this manifest",
        )


def needs_migrations(db: Database) -> bool:
    """Whether the schema is older than this station's (reads only)."""
    return bool(_migration_set().pending(db))


def apply_migrations(db: Database) -> list[str]:
    """Bring the schema up to date; returns the names of the migrations applied.

    Takes the write lock first (BEGIN IMMEDIATE), so two workers opening the
    same new file at once cannot both apply the same migration.
    """
    migrations = _migration_set()
    if not migrations.pending(db):
        return []
    db.execute("BEGIN IMMEDIATE")
    try:
        pending = [m.name for m in migrations.pending(db)]
        migrations.apply(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return pending
