"""The line database's schema as an ordered list of named migrations, like the
manifest's (``station.manifest.schema``): each runs in its own transaction under
an advisory lock, so stations starting together apply it once, and its name is
recorded in ``schema_migrations``. Append only; never edit one that shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from station.core.errors import LineError

Migration = Callable[[Any], None]

# Any fixed number: it names the lock that stations take while migrating.
_SCHEMA_LOCK = 0x5354_4C4E  # "STLN"

# The unit columns of the line record, as the manifest's journal recorded them when
# the line record began. Written out, not taken from the journal's list: a column the
# journal gains later needs a migration here (its facts are in ``journal.facts`` meanwhile).
LINE_UNIT_COLUMNS = (
    "device_id", "job_id", "profile_id", "attestation", "id_scope", "dps_endpoint",
    "model_id", "operator", "station_id", "port", "status", "failed_stage",
    "failure_reason", "board_type", "chip", "mac", "serial", "identity_source",
    "cert_thumbprint_sha1", "cert_thumbprint_sha256", "cert_issuer", "cert_not_after",
    "ek_public", "ek_cert_thumbprint", "ek_cert_issuer", "attempts", "last_attempt_id",
    "created_at", "provisioned_at",
)

_INTEGER_COLUMNS = {"attempts": "INTEGER NOT NULL", "last_attempt_id": "BIGINT NOT NULL"}


def _unit_column(name: str) -> str:
    if name in _INTEGER_COLUMNS:
        return f"{name} {_INTEGER_COLUMNS[name]}"
    if name == "provisioned_at":
        return f"{name} TEXT"
    return f"{name} TEXT NOT NULL"


def line_record(cur: Any) -> None:
    """Stations, their journals as copied, and the units those journals record."""
    cur.execute(
        """
        CREATE TABLE stations (
            station TEXT PRIMARY KEY,
            key_id TEXT NOT NULL,
            copied_seq BIGINT NOT NULL DEFAULT 0,
            head TEXT NOT NULL DEFAULT '',
            first_copied_at TIMESTAMPTZ,
            last_copied_at TIMESTAMPTZ,
            last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            behind_since TIMESTAMPTZ
        )
        """
    )
    # The entries exactly as the station's journal holds them, so their chain and
    # MACs can be checked again against the station's own.
    cur.execute(
        """
        CREATE TABLE journal (
            station TEXT NOT NULL REFERENCES stations(station),
            seq BIGINT NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            device_id TEXT NOT NULL,
            attempt_id BIGINT NOT NULL,
            facts TEXT NOT NULL,
            prev TEXT NOT NULL,
            kind TEXT NOT NULL,
            mac TEXT NOT NULL,
            copied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (station, seq)
        )
        """
    )
    columns = ",\n".join(_unit_column(name) for name in LINE_UNIT_COLUMNS)
    cur.execute(
        f"""
        CREATE TABLE units (
            station TEXT NOT NULL REFERENCES stations(station),
            {columns},
            cert_pem TEXT NOT NULL DEFAULT '',
            cert_pem_sha256 TEXT NOT NULL DEFAULT '',
            seq BIGINT NOT NULL,
            PRIMARY KEY (station, device_id)
        )
        """
    )
    # The QA view's filters; device_id alone finds an ID two stations issued.
    for name, columns_of in (
        ("units_device_id", "device_id"),
        ("units_status", "status, created_at"),
        ("units_job_id", "job_id"),
        ("units_station_id", "station_id, created_at"),
        ("units_created_at", "created_at"),
    ):
        cur.execute(f"CREATE INDEX {name} ON units ({columns_of})")


def counter_leases(cur: Any) -> None:
    """Line-wide counters and the blocks of numbers leased from them to stations."""
    cur.execute(
        """
        CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            next_value BIGINT NOT NULL CHECK (next_value >= 1)
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE leases (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL REFERENCES counters(name),
            station TEXT NOT NULL,
            first_value BIGINT NOT NULL,
            last_value BIGINT NOT NULL CHECK (last_value >= first_value),
            leased_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """
    )
    cur.execute("CREATE INDEX leases_name_first ON leases (name, first_value)")


# The line schema's history, oldest first. Append only.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001-line-record", line_record),
    ("0002-counter-leases", counter_leases),
]


def _applied(cur: Any) -> set[str]:
    cur.execute("SELECT name FROM schema_migrations")
    return {row[0] for row in cur.fetchall()}


def apply_line_migrations(conn: Any) -> list[str]:
    """Bring the line database's schema up to date; returns the names applied.

    Raises LineError when the database was set up by a newer station.
    """
    known = [name for name, _ in MIGRATIONS]
    done: list[str] = []
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
        cur.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "name TEXT PRIMARY KEY, position INTEGER NOT NULL, "
            "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        unknown = _applied(cur) - set(known)
    if unknown:
        raise LineError(
            f"the line database was set up by a newer station (it has {sorted(unknown)[0]})",
            hint="update this station's software before it joins the line",
        )
    for position, (name, migration) in enumerate(MIGRATIONS, start=1):
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            if name in _applied(cur):
                continue
            migration(cur)
            cur.execute(
                "INSERT INTO schema_migrations (name, position) VALUES (%s, %s)", (name, position)
            )
            done.append(name)
    return done
