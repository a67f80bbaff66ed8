"""The line record at scale: the QA view's queries and the export on 10,000,000 units,
and a SQLite manifest's audit export against a bare ``csv.writer`` loop.

1. A throwaway PostgreSQL cluster, made and started as the line tests make theirs
   (``tests/line/pg_server.py``), with memory for ten million rows; the line schema
   by its own migrations; 10,000,000 units of eight stations bulk-loaded with
   ``COPY … FROM STDIN`` (set-up, not measured: the units' indexes and triggers are
   set aside during the load and made again from the migrations' own definitions,
   the tallies counted again, then ``VACUUM ANALYZE`` as autovacuum would).
2. Measured over loopback with the station role's password, as a QA desk connects:
   ``count_line_units`` and ``line_units_page`` (``station.line.queries``) without a
   filter and with each filter of the QA view (goal: each count and first page
   within 1 s); ``export_line`` of 1,000,000 units to a file (``COPY … TO STDOUT``,
   goal within 10 s).
3. A SQLite manifest of 1,000,000 units (half with a certificate PEM):
   ``write_export(…, "audit", …)`` against a ``csv.writer`` loop over the query the
   manifest's unit listing runs, in the same process (goal: at most 1.5 times).

Each figure is the best of three runs: other work on the machine only ever adds to
a run, and both sides of the ratio are taken alike.

``--quick`` loads 1,000,000 units into the line database instead of 10,000,000
(the exports stay at 1,000,000 rows). Ends with one line per goal::

    GOAL <name> <value> <goal> met|missed
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

from station.line.config import LineConfig  # noqa: E402
from station.line.connection import LineConnector  # noqa: E402
from station.line.export import export_line  # noqa: E402
from station.line.outbox import UNIT_ROW_COLUMNS  # noqa: E402
from station.line.pg_schema import apply_line_migrations, recount_tallies  # noqa: E402
from station.line.queries import LineFilters, count_line_units, line_units_page  # noqa: E402
from station.manifest import Manifest  # noqa: E402
from station.manifest.exports import AUDIT_CLOUD_COLUMNS, LATEST_CLOUD, write_export  # noqa: E402
from station.manifest.facts import record_columns  # noqa: E402
from tests.line.pg_server import PgServer, remove_cluster, start_cluster  # noqa: E402

QA_GOAL_S = 1.0
EXPORT_GOAL_S = 10.0
AUDIT_RATIO_GOAL = 1.5
EXPORT_ROWS = 1_000_000

STATIONS = 8
JOB_SIZE = 25_000  # units per job and station
PROFILES = ("esp32-devkit", "esp32-c3-sensor", "console-gateway", "tpm-edge")
MODES = ("sas-group", "sas-individual", "x509-individual", "x509-group", "tpm")
START = datetime(2025, 1, 6, 6, 0, tzinfo=UTC)
STEP_US = 500_000  # a unit every half second on the line: 10,000,000 in 58 days
SERVER_SETTINGS = ("shared_buffers=1GB", "maintenance_work_mem=1GB", "max_wal_size=8GB",
                   "checkpoint_timeout=30min", "max_parallel_maintenance_workers=2")


def certificate_pem() -> str:
    """A real device certificate's PEM (P-256, as the station issues): the size matters."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "unit-00000000")])
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Line 1 Device CA")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(START).not_valid_after(START + timedelta(days=3650))
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def best_s(action: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def goal(name: str, value: float, ceiling: float) -> str:
    return f"GOAL {name} {value:.3g} <={ceiling:g} {'met' if value <= ceiling else 'missed'}"


# -- the line database ---------------------------------------------------------------


def created_at(n: int) -> str:
    return (START + timedelta(microseconds=n * STEP_US)).isoformat(timespec="microseconds")


def unit_lines(first: int, stop: int, pem: str) -> Iterator[bytes]:
    """Units ``first`` to ``stop`` as ``COPY … FROM STDIN`` text, in blocks."""
    pem_text = pem.replace("\n", "\\n")
    pem_hash = hashlib.sha256(pem.encode()).hexdigest()
    hour_text, hour_of = "", -1
    block: list[str] = []
    for n in range(first, stop):
        station, k = n % STATIONS, n // STATIONS
        job = k // JOB_SIZE
        mode = MODES[(station * 3 + job) % len(MODES)]
        micro = n * STEP_US
        seconds = micro // 1_000_000
        if seconds // 3600 != hour_of:
            hour_of = seconds // 3600
            hour_text = (START + timedelta(hours=hour_of)).strftime("%Y-%m-%dT%H:")
        within = seconds % 3600
        at = f"{hour_text}{within // 60:02d}:{within % 60:02d}.{micro % 1_000_000:06d}+00:00"
        if n % 33 == 0:
            status, stage, reason, done = "failed", "write", "the board stopped answering", "\\N"
        elif n % 1009 == 1:
            status, stage, reason, done = "pending", "", "", "\\N"
        else:
            status, stage, reason, done = "provisioned", "", "", at
        x509_unit = mode.startswith("x509")
        cert = (f"{n:040x}\t{n:064x}\tCN=Line 1 Device CA\t2035-01-06T06:00:00+00:00"
                if x509_unit else "\t\t\t")
        ek = "AToAAQALAAMAcgAgg3GXZ0SEs/gakMyNRqXXJP1S124GUgtk8qHaGzMUaaoABgCAAEMAEA==" \
            if mode == "tpm" else ""
        block.append(
            f"line1-st{station}\tunit-{n:08d}\tline1-st{station}-job{job:03d}\t"
            f"{PROFILES[(station + job) % len(PROFILES)]}\t{mode}\t0ne0012ABCD\t"
            f"global.azure-devices-provisioning.net\tdtmi:com:example:Board;1\toperator-{station}\t"
            f"pc-line1-{station}\tCOM{3 + n % 4}\t{status}\t{stage}\t{reason}\tdevkit\tESP32\t"
            f"{0x240AC4000000 + n:012x}\t\tcounter\t{cert}\t{ek}\t\t\t1\t{k + 1}\t{at}\t{done}\t"
            f"1\t\tstation\t{pem_text if x509_unit else ''}\t{pem_hash if x509_unit else ''}\t"
            f"\t\t{at}\t{2 * k + 2}\n"
        )
        if len(block) == 20_000:
            yield "".join(block).encode()
            block = []
    if block:
        yield "".join(block).encode()


def load_line(server: PgServer, database: str, count: int, pem: str) -> None:
    """``count`` units bulk-loaded by the administrator (set-up, not measured)."""
    with server.admin(database) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("INSERT INTO stations (station, key_id) "
                     "SELECT 'line1-st' || s, 'bench' FROM generate_series(0, %s) s",
                     (STATIONS - 1,))
        # The migrations' own index definitions, set aside for the load and made again.
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'units' "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)").fetchall()
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("ALTER TABLE units DISABLE TRIGGER ALL")
        started = time.perf_counter()
        with conn.cursor() as cur, cur.copy(
            f"COPY units ({', '.join(UNIT_ROW_COLUMNS)}) FROM STDIN"
        ) as copy:
            for done, block in enumerate(unit_lines(0, count, pem)):
                copy.write(block)
                if done % 50 == 49:
                    print(f"  loaded {(done + 1) * 20_000:,} units", end="\r", flush=True)
        print(f"  loaded {count:,} units in {time.perf_counter() - started:.0f} s", flush=True)
        conn.execute("ALTER TABLE units ENABLE TRIGGER ALL")
        started = time.perf_counter()
        for _, definition in indexes:
            conn.execute(definition)
        with conn.cursor() as cur:
            recount_tallies(cur)
        conn.execute("VACUUM ANALYZE units")
        conn.execute("VACUUM ANALYZE unit_tallies")
        size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('units'))").fetchone()
        print(f"  indexes, tallies and vacuum in {time.perf_counter() - started:.0f} s; "
              f"units take {size[0]}", flush=True)


def qa_filters(count: int) -> dict[str, list[LineFilters]]:
    """Each filter of the QA view, as QA would set it on this line."""
    tenth = f"{count // 10:08d}"
    prefix = "unit-" + tenth[: 8 - (len(str(count // 10)) - 1)]  # a tenth of the units
    since = START + timedelta(days=1, hours=7, minutes=30)
    return {
        "no_filter": [{}],
        "status": [{"status": "provisioned"}, {"status": "failed"}],
        "job": [{"job_id": "line1-st3-job001"}],
        "profile": [{"profile_id": PROFILES[1]}],
        "station": [{"station": "line1-st5"}],
        "attestation": [{"attestation": "x509-group"}],
        "time_range": [{"since": since, "until": since + timedelta(days=1, hours=9,
                                                                    minutes=15)}],
        "device_prefix": [{"device_prefix": prefix}],
    }


def bench_line(server: PgServer, count: int, folder: Path) -> list[str]:
    database = "line_bench"
    url = server.create_database(database)
    connector = LineConnector(LineConfig(url, "qa-desk", folder / "none.sqlite"),
                              server.password)
    with connector.connect() as pg:
        apply_line_migrations(pg)  # as a station does: its role owns the line's tables
    load_line(server, database, count, certificate_pem())
    lines = []
    with connector.connect() as pg:
        for name, variants in qa_filters(count).items():
            worst = 0.0
            for filters in variants:
                found: list[int] = []

                def count_and_page(filters: LineFilters = filters,
                                   found: list[int] = found) -> None:
                    found[:] = [count_line_units(pg, **filters),
                                len(line_units_page(pg, **filters))]

                seconds = best_s(count_and_page)
                worst = max(worst, seconds)
                shown = ", ".join(f"{key}={value}" for key, value in filters.items()) or "none"
                print(f"QA count {found[0]:>10,} and first page ({found[1]} units) in "
                      f"{seconds * 1000:7.1f} ms: {shown}", flush=True)
            lines.append(goal(f"qa_{name}_count_and_first_page_s", worst, QA_GOAL_S))
    first = min(2_000_000, count - EXPORT_ROWS)
    window: LineFilters = {"since": created_at(first), "until": created_at(first + EXPORT_ROWS)}
    out = folder / "line-audit.csv"
    rows: list[int] = []
    seconds = best_s(lambda: rows.append(export_line(connector, "audit", out, **window)))
    assert rows[-1] == EXPORT_ROWS, rows
    print(f"line export of {rows[-1]:,} units ({out.stat().st_size / 1e6:,.0f} MB) in "
          f"{seconds:.2f} s", flush=True)
    lines.append(goal("line_export_1m_rows_s", seconds, EXPORT_GOAL_S))
    out.unlink()
    server.drop_database(database)
    return lines


# -- a station's manifest --------------------------------------------------------------


def build_manifest(path: Path, count: int, pem: str) -> None:
    """A manifest whose units are written straight into its tables (set-up)."""
    at = START.isoformat(timespec="microseconds")
    with Manifest.open(path) as manifest:
        conn = manifest.db.conn
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO jobs (job_id, profile_id, id_scope, attestation, dps_endpoint, "
            "created_at) VALUES ('job-bench', 'esp32-devkit', '0ne0012ABCD', "
            "'x509-individual', 'global.azure-devices-provisioning.net', ?)", (at,))
        attempt = conn.execute(
            "INSERT INTO attempts (job_id, port, started_at, outcome, pid, process_token) "
            "VALUES ('job-bench', 'COM3', ?, 'provisioned', 1, 'bench')", (at,)).lastrowid
        conn.executemany(
            "INSERT INTO units (device_id, job_id, profile_id, attestation, id_scope, "
            "dps_endpoint, model_id, operator, station_id, port, status, board_type, chip, "
            "mac, identity_source, cert_thumbprint_sha1, cert_thumbprint_sha256, cert_issuer, "
            "cert_not_after, cert_pem, last_attempt_id, created_at, updated_at, provisioned_at) "
            "VALUES (?, 'job-bench', 'esp32-devkit', ?, '0ne0012ABCD', "
            "'global.azure-devices-provisioning.net', 'dtmi:com:example:Board;1', 'ana', "
            "'pc-line1-3', 'COM3', 'provisioned', 'devkit', 'ESP32', ?, 'mac', ?, ?, "
            "'CN=Line 1 Device CA', '2035-01-06T06:00:00+00:00', ?, ?, ?, ?, ?)",
            ((f"unit-{n:08d}", "x509-individual" if n % 2 else "sas-individual",
              f"{0x240AC4000000 + n:012x}", f"{n:040x}" if n % 2 else "",
              f"{n:064x}" if n % 2 else "", pem if n % 2 else "", attempt, created_at(n),
              created_at(n), created_at(n)) for n in range(count)),
        )
        conn.execute("COMMIT")


def bench_manifest(folder: Path) -> list[str]:
    path = folder / "manifest.sqlite"
    build_manifest(path, EXPORT_ROWS, certificate_pem())
    bare_out, audit_out = folder / "bare.csv", folder / "audit.csv"
    with Manifest.open(path, None, read_only=True) as manifest:
        conn = manifest.db.conn

        def bare() -> None:
            with bare_out.open("w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out, lineterminator="\r\n")
                # The audit's own rows: every unit with its latest cloud reading.
                query = (f"SELECT {record_columns()}, {', '.join(AUDIT_CLOUD_COLUMNS)} "
                         f"FROM units LEFT JOIN ({LATEST_CLOUD}) AS cloud "
                         "ON cloud.cloud_unit = units.device_id ORDER BY units.id")
                for row in conn.execute(query):
                    writer.writerow(row)

        def audit() -> None:
            assert write_export(manifest, "audit", audit_out).rows == EXPORT_ROWS

        bare_times, audit_times = [], []
        for _ in range(3):  # alternated, so that both see the same machine
            bare_times.append(best_s(bare, runs=1))
            audit_times.append(best_s(audit, runs=1))
    bare_s, audit_s = min(bare_times), min(audit_times)
    print(f"manifest audit export of {EXPORT_ROWS:,} units: {audit_s:.2f} s; a bare csv.writer "
          f"loop over the same query: {bare_s:.2f} s", flush=True)
    return [goal("manifest_audit_vs_bare_csv_writer", audit_s / bare_s, AUDIT_RATIO_GOAL)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="1,000,000 units in the line database instead of 10,000,000")
    args = parser.parse_args()
    count = 1_000_000 if args.quick else 10_000_000
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-line-") as name:
        folder = Path(name)
        server = start_cluster(SERVER_SETTINGS)
        try:
            print(f"line database: {count:,} units of {STATIONS} stations", flush=True)
            lines += bench_line(server, count, folder)
        finally:
            remove_cluster(server)
        lines += bench_manifest(folder)
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
