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


# Facts the manifest's journal gained after the line record began, with the value a
# unit held before each existed (``Fact.absent_value``): an entry names them only when
# they differ from it. Written out for the same reason as LINE_UNIT_COLUMNS.
LATER_UNIT_FACTS: dict[str, str | int] = {
    "generation": 1,
    "generation_reason": "",
    "key_origin": "station",
}


def unit_facts(cur: Any) -> None:
    """The facts the audit file shows that the first unit columns lacked: the later
    journaled facts, the secondary certificate, and the time of the unit's newest entry
    (``updated_at``). Units already copied take them from the entry they hold; the
    secondary PEM itself arrives with the unit's next change."""
    cur.execute(
        """
        ALTER TABLE units
            ADD COLUMN generation INTEGER NOT NULL DEFAULT 1,
            ADD COLUMN generation_reason TEXT NOT NULL DEFAULT '',
            ADD COLUMN key_origin TEXT NOT NULL DEFAULT 'station',
            ADD COLUMN cert_pem_secondary TEXT NOT NULL DEFAULT '',
            ADD COLUMN cert_pem_secondary_sha256 TEXT NOT NULL DEFAULT '',
            ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''
        """
    )
    cur.execute(
        """
        UPDATE units u SET
            generation = coalesce((e.facts ->> 'generation')::integer, 1),
            generation_reason = coalesce(e.facts ->> 'generation_reason', ''),
            key_origin = coalesce(e.facts ->> 'key_origin', 'station'),
            cert_pem_secondary_sha256 = coalesce(e.facts ->> 'cert_pem_secondary_sha256', ''),
            updated_at = e.at
        FROM (SELECT station, seq, at, facts::jsonb AS facts FROM journal) e
        WHERE e.station = u.station AND e.seq = u.seq
        """
    )


# The device ID as the line's queries compare, match by prefix and sort it: bytewise,
# whatever the database's collation, so one index serves all three.
DEVICE_ID_C = 'device_id COLLATE "C"'


def mac_key(alias: str = "") -> str:
    """SQL for a unit's MAC as twelve lowercase hex digits, however its board wrote it
    (``station.identity.sources.normalise_mac``); indexed for the duplicate checks."""
    return f"lower(translate({alias}{'.' if alias else ''}mac, ':-.', ''))"


# What the QA view counts by: units per station, job, profile, attestation, status and
# hour (the first 13 characters of the UTC ISO time, "2025-01-31T14").
TALLY_KEYS = ("station", "job_id", "profile_id", "attestation", "status")
HOUR_OF_CREATED = "substr(created_at, 1, 13)"


def recount_tallies(cur: Any) -> None:
    """Count ``unit_tallies`` again from ``units`` (after a bulk load without the trigger)."""
    keys = ", ".join(TALLY_KEYS)
    cur.execute("TRUNCATE unit_tallies")
    cur.execute(
        f"INSERT INTO unit_tallies ({keys}, hour, units) "
        f"SELECT {keys}, {HOUR_OF_CREATED}, count(*) FROM units "
        f"GROUP BY {keys}, {HOUR_OF_CREATED}"
    )


def qa_filters(cur: Any) -> None:
    """Indexes for the QA view's filters, each with the time it sorts by; and the unit
    tallies that answer its counts without counting millions of rows."""
    cur.execute("DROP INDEX units_device_id")
    cur.execute("DROP INDEX units_job_id")
    cur.execute("DROP INDEX units_created_at")
    for name, columns_of in (
        # The order of the QA table and of exports: read in order, never sorted.
        ("units_created_order", "created_at, station, device_id"),
        ("units_device_id_c", DEVICE_ID_C),  # equality, prefix and order
        ("units_job_created", "job_id, created_at"),
        ("units_profile_created", "profile_id, created_at"),
        ("units_attestation_created", "attestation, created_at"),
        ("units_station_created", "station, created_at"),
    ):
        cur.execute(f"CREATE INDEX {name} ON units ({columns_of})")
    keys = ", ".join(TALLY_KEYS)
    cur.execute(
        f"""
        CREATE TABLE unit_tallies (
            {", ".join(f"{key} TEXT NOT NULL" for key in TALLY_KEYS)},
            hour TEXT NOT NULL,
            units BIGINT NOT NULL,
            PRIMARY KEY ({keys}, hour)
        )
        """
    )
    cur.execute("CREATE INDEX unit_tallies_hour ON unit_tallies (hour)")
    old_key = " AND ".join(f"{key} = OLD.{key}" for key in TALLY_KEYS)
    new_keys = ", ".join(f"NEW.{key}" for key in TALLY_KEYS)
    old_keys = ", ".join(f"OLD.{key}" for key in TALLY_KEYS)
    # Kept in the transaction that changes the unit, so a tally is exactly its units.
    cur.execute(
        f"""
        CREATE FUNCTION tally_unit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND ({old_keys}, substr(OLD.created_at, 1, 13))
                    IS NOT DISTINCT FROM ({new_keys}, substr(NEW.created_at, 1, 13)) THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                UPDATE unit_tallies SET units = units - 1
                WHERE {old_key} AND hour = substr(OLD.created_at, 1, 13);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO unit_tallies ({keys}, hour, units)
                VALUES ({new_keys}, substr(NEW.created_at, 1, 13), 1)
                ON CONFLICT ({keys}, hour) DO UPDATE SET units = unit_tallies.units + 1;
            END IF;
            RETURN NULL;
        END
        $$
        """
    )
    cur.execute(
        "CREATE TRIGGER units_tally AFTER INSERT OR DELETE OR UPDATE ON units "
        "FOR EACH ROW EXECUTE FUNCTION tally_unit()"
    )
    recount_tallies(cur)


def flag_duplicates(
    cur: Any, station: str | None = None, device_ids: list[str] | None = None
) -> int:
    """Flag in ``duplicates`` every pair of units of two stations that share a device ID
    or a MAC, among those involving ``station``'s units ``device_ids`` (None: all of
    them); returns how many pairs were new. Pairs already flagged stay as they are."""
    where: list[str] = ["TRUE"]
    params: dict[str, Any] = {}
    if station is not None:
        where.append("u.station = %(station)s")
        params["station"] = station
    if device_ids is not None:
        where.append("u.device_id = ANY(%(ids)s)")
        params["ids"] = list(device_ids)
    mine = " AND ".join(where)
    pairs = f"""
        SELECT 'device_id' AS kind, u.device_id AS value,
               u.station AS s1, u.device_id AS d1, o.station AS s2, o.device_id AS d2
        FROM units u JOIN units o ON o.{DEVICE_ID_C} = u.device_id AND o.station <> u.station
        WHERE {mine}
        UNION ALL
        SELECT 'mac', {mac_key("u")}, u.station, u.device_id, o.station, o.device_id
        FROM units u JOIN units o ON {mac_key("o")} = {mac_key("u")}
            AND o.mac <> '' AND o.station <> u.station
        WHERE u.mac <> '' AND {mine}
    """
    first = "(s1, d1) < (s2, d2)"
    cur.execute(
        f"""
        INSERT INTO duplicates (kind, value, station, device_id, other_station, other_device_id)
        SELECT kind, value,
            CASE WHEN {first} THEN s1 ELSE s2 END, CASE WHEN {first} THEN d1 ELSE d2 END,
            CASE WHEN {first} THEN s2 ELSE s1 END, CASE WHEN {first} THEN d2 ELSE d1 END
        FROM ({pairs}) found
        ON CONFLICT DO NOTHING
        """,
        params,
    )
    return int(cur.rowcount)


def duplicates(cur: Any) -> None:
    """Device IDs and MACs that two stations recorded, flagged for QA as the copies bring
    them (``flag_duplicates``); units already copied are checked now."""
    cur.execute(f"CREATE INDEX units_mac ON units (({mac_key()})) WHERE mac <> ''")
    # One row per pair of units, the lesser (station, device ID) first.
    cur.execute(
        """
        CREATE TABLE duplicates (
            kind TEXT NOT NULL CHECK (kind IN ('device_id', 'mac')),
            value TEXT NOT NULL,
            station TEXT NOT NULL,
            device_id TEXT NOT NULL,
            other_station TEXT NOT NULL,
            other_device_id TEXT NOT NULL,
            found_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (kind, station, device_id, other_station, other_device_id),
            CHECK ((station, device_id) < (other_station, other_device_id))
        )
        """
    )
    cur.execute("CREATE INDEX duplicates_found_at ON duplicates (found_at)")
    flag_duplicates(cur)


# What the audit file escapes (``station.manifest.exports``), as it was when the line
# began to mark it; written out, since a migration never changes (a test holds both
# equal to the exports' own). A cell starting with one of these characters' codes is
# a formula to a spreadsheet; a PEM cell matching the pattern is labelled instead.
FORMULA_START_CODES = (9, 13, 43, 45, 61, 64)
PEM_BLOCKS = (
    r"^(?:-----BEGIN ([A-Z0-9 ]+)-----\r?\n[A-Za-z0-9+/=\r\n]+-----END \1-----(?:\r?\n)?)+$"
)
# The cells ``formula_cells`` looks at: every audit cell the line holds but the PEMs.
FORMULA_CELL_COLUMNS = (*LINE_UNIT_COLUMNS, *LATER_UNIT_FACTS, "updated_at")


def audit_cells(cur: Any) -> None:
    """What an audit export would otherwise test in every cell of every row, computed by
    the server once, as the unit is written: whether each PEM is whole PEM blocks
    (``cert_pem_blocks``, ``cert_pem_secondary_blocks``), and whether any other cell
    starts as a formula (``formula_cells``; rarely). An export of a million units then
    tests a flag per row, not a pattern per PEM and a character per cell."""
    pattern = PEM_BLOCKS.replace("\\", "\\\\")  # in E'', whatever standard_conforming_strings
    for pem in ("cert_pem", "cert_pem_secondary"):
        cur.execute(
            f"ALTER TABLE units ADD COLUMN {pem}_blocks BOOLEAN NOT NULL "
            f"GENERATED ALWAYS AS ({pem} ~ E'{pattern}') STORED"
        )
    codes = ", ".join(map(str, FORMULA_START_CODES))
    starts = " OR ".join(f"ascii({name}::text) IN ({codes})" for name in FORMULA_CELL_COLUMNS)
    cur.execute(
        "ALTER TABLE units ADD COLUMN formula_cells BOOLEAN NOT NULL "
        f"GENERATED ALWAYS AS (coalesce({starts}, false)) STORED"
    )


def line_uploads(cur: Any) -> None:
    """The upload ledger and the cloud status of the line record, so that QA uploads the
    line's units once and reads their status once, whichever station recorded them: the
    shapes of the manifest's ``uploads`` and ``cloud_status`` tables
    (``station.enrollment.state``, ``station.enrollment.cloud_status``), keyed by device
    ID and target as the services key them, with the station whose unit was sent."""
    cur.execute(
        """
        CREATE TABLE line_uploads (
            device_id TEXT NOT NULL,
            target TEXT NOT NULL,
            station TEXT NOT NULL,
            state TEXT NOT NULL,
            batch_id TEXT NOT NULL DEFAULT '',
            sent_at TEXT,
            uploaded_at TEXT,
            reason TEXT NOT NULL DEFAULT '',
            request_id TEXT NOT NULL DEFAULT '',
            sends INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (device_id, target)
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE line_cloud_status_runs (
            run_id TEXT PRIMARY KEY,
            target TEXT NOT NULL,
            cursor TEXT NOT NULL DEFAULT '{}',
            pages INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            finished_at TEXT
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE line_cloud_status (
            device_id TEXT NOT NULL,
            target TEXT NOT NULL,
            station TEXT NOT NULL,
            status TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            read_at TEXT NOT NULL,
            run_id TEXT NOT NULL,
            PRIMARY KEY (device_id, target)
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE line_cloud_status_history (
            id BIGSERIAL PRIMARY KEY,
            device_id TEXT NOT NULL,
            target TEXT NOT NULL,
            status TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            read_at TEXT NOT NULL
        )
        """
    )
    cur.execute("CREATE INDEX line_cloud_status_history_unit "
                "ON line_cloud_status_history (device_id, target)")


def settled_duplicates(cur: Any) -> None:
    """A number for each flagged pair QA can name, and who settled it, when and why."""
    cur.execute(
        """
        ALTER TABLE duplicates
            ADD COLUMN id BIGSERIAL UNIQUE,
            ADD COLUMN settled_at TIMESTAMPTZ,
            ADD COLUMN settled_by TEXT NOT NULL DEFAULT '',
            ADD COLUMN settled_note TEXT NOT NULL DEFAULT ''
        """
    )


# The line schema's history, oldest first. Append only.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001-line-record", line_record),
    ("0002-counter-leases", counter_leases),
    ("0003-unit-facts", unit_facts),
    ("0004-qa-filters", qa_filters),
    ("0005-duplicates", duplicates),
    ("0006-audit-cells", audit_cells),
    ("0007-line-uploads", line_uploads),
    ("0008-settled-duplicates", settled_duplicates),
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
