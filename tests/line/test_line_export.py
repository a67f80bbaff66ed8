"""The line record's audit export, written by PostgreSQL's COPY: the same file a station's
manifest gives of the same units, cell for cell and byte for byte."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from station.cli import main
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.line import pg_schema
from station.line.connection import LineConnector
from station.line.export import LINE_AUDIT_COLUMNS, export_line
from station.line.outbox import copy_changes
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_writing
from station.manifest.exports import (
    AUDIT_CLOUD_COLUMNS,
    AUDIT_FILE_HEADER,
    FORMULA_STARTS,
    PEM_BLOCKS_PATTERN,
    write_export,
)
from station.manifest.records import UNIT_RECORD_FIELDS
from tests.line.conftest import LineDb, put_on_line

PEM = "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAK=\n-----END CERTIFICATE-----\n"
CHAIN = PEM + PEM.replace("MIIB", "MIIC")


def tricky_units() -> list[tuple[Unit, str]]:
    """Units whose cells a spreadsheet would run, quote or break, and how each ends."""
    sas = Job("job-=1", "esp32", "0ne0012ABCD", Attestation.SAS_INDIVIDUAL,
              operator="=HYPERLINK(\"http://x\")", station_id="+st, \"one\"",
              model_id="@dtmi:com:x;1")
    x509 = Job("job-x509", "esp32", "0ne0012ABCD", Attestation.X509_INDIVIDUAL,
               operator="Jürgen", station_id="-st")
    plain = Job("job-plain", "esp32", "0ne0012ABCD", Attestation.X509_INDIVIDUAL,
                operator="ana", station_id="st-1")

    def unit(job: Job, device_id: str, credential: Credential, **board: str) -> Unit:
        return Unit(job, BoardInfo(port="COM3", **board), DeviceIdentity(device_id, "barcode"),
                    credential)

    return [
        (unit(sas, "dev-1", Credential(Attestation.SAS_INDIVIDUAL, sas_primary="k1"),
              serial="\tSN1", mac="02:00:00:00:00:01"), "provisioned"),
        (unit(sas, "dev-2", Credential(Attestation.SAS_INDIVIDUAL, sas_primary="k2"),
              serial="\rSN2", board_type="a,b"), "failed"),
        (unit(sas, "dev-3", Credential(Attestation.SAS_INDIVIDUAL, sas_primary="k3")), "pending"),
        (unit(x509, "dev-x", Credential(
            Attestation.X509_INDIVIDUAL, cert_pem=CHAIN, key_pem="KEY", thumbprint_sha1="AB" * 20,
            cert_issuer="CN=\"ca\", O=-x", cert_pem_secondary=PEM, key_pem_secondary="KEY2")),
         "provisioned"),
        (unit(x509, "dev-y", Credential(
            Attestation.X509_INDIVIDUAL, cert_pem="-----BEGIN CERTIFICATE-----\nnot base64!\n",
            key_pem="KEY")), "provisioned"),
        # Nothing to escape: the common case, which the line's export takes a shorter way.
        (unit(plain, "dev-plain", Credential(
            Attestation.X509_INDIVIDUAL, cert_pem=PEM, key_pem="KEY", thumbprint_sha1="CD" * 20,
            cert_issuer="CN=ca")), "provisioned"),
        (unit(plain, "dev-plain-failed", Credential(Attestation.X509_INDIVIDUAL, key_pem="K")),
         "failed"),
    ]


def record(manifest: Manifest, unit: Unit, outcome: str, replacing: str = "") -> None:
    attempt = manifest.begin_attempt(unit.job, unit.board.port)
    manifest.record_pending(attempt, unit, replacing=replacing)
    if outcome == "provisioned":
        manifest.record_provisioned(attempt, unit.device_id)
    elif outcome == "failed":
        plain = unit.device_id.startswith("dev-plain")
        reason = "the board, \"COM3\", stopped\nanswering" if plain else "=1+1, \"said\"\nthe board"
        manifest.record_failed(attempt, unit.device_id, "write", reason)


@pytest.fixture
def station_on_line(
    tmp_path: Path, station_home: Path, line_db: LineDb
) -> tuple[Path, LineConnector]:
    manifest_path = tmp_path / "manifest.sqlite"
    config = put_on_line(station_home, line_db, "st-1", manifest_path)
    key = key_for_writing(manifest_path)
    with Manifest.open(manifest_path, key) as manifest:
        units = tricky_units()
        for unit, outcome in units:
            record(manifest, unit, outcome)
        returned, _ = units[0]
        record(manifest, returned, "provisioned", replacing="RMA 7, \"flash\"")
    connector = LineConnector(config, line_db.password)
    copy_changes(manifest_path, key, connector)
    return manifest_path, connector


def as_audit(rows: list[list[str]]) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode("utf-8")


# What the services said of the units, as both records keep it: (device ID, target,
# status, detail, read at). dev-x was read from both (the later wins), dev-y twice at
# one moment (the target that sorts first wins); dev-1's detail would run as a formula.
READINGS = [
    ("dev-1", "central", "blocked", "=cmd|' /C calc'!A0", "2026-03-01T10:00:00.000000+00:00"),
    ("dev-x", "dps", "assigned", "assigned to hub-1, \"west\"\nsecond line",
     "2026-03-02T10:00:00.000000+00:00"),
    ("dev-x", "central", "registered", "created, never connected",
     "2026-03-01T09:00:00.000000+00:00"),
    ("dev-y", "dps", "failed", "401: bad key", "2026-03-03T10:00:00.000000+00:00"),
    ("dev-y", "central", "unknown", "enrolled by the station but unknown to IoT Central",
     "2026-03-03T10:00:00.000000+00:00"),
    ("dev-plain", "central", "provisioned", "", "2026-03-04T10:00:00.000000+00:00"),
]


def read_into_both(manifest_path: Path, line_db: LineDb) -> None:
    with Manifest.open(manifest_path, key_for_writing(manifest_path)) as manifest:
        conn = manifest.db.conn
        with conn:
            conn.executemany(
                "INSERT INTO cloud_status (device_id, target, status, detail, read_at, run_id) "
                "VALUES (?, ?, ?, ?, ?, 'r1')", READINGS)
    with line_db.server.admin(line_db.name) as pg:
        pg.cursor().executemany(
            "INSERT INTO line_cloud_status (device_id, target, station, status, detail, "
            "read_at, run_id) VALUES (%s, %s, 'st-1', %s, %s, %s, 'r1')", READINGS)


def exports_of_both(
    tmp_path: Path, manifest_path: Path, connector: LineConnector
) -> tuple[bytes, list[list[str]]]:
    """The line's audit file, and the manifest's audit rows with the cell the line
    cannot know (``secrets_kept``) emptied."""
    line_file, manifest_file = tmp_path / "line.csv", tmp_path / "manifest.csv"
    assert export_line(connector, "audit", line_file) == 7
    with Manifest.open(manifest_path, None, read_only=True) as manifest:
        write_export(manifest, "audit", manifest_file)
    with manifest_file.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == list(AUDIT_FILE_HEADER)
    kept = header.index("secrets_kept")
    return line_file.read_bytes(), [header, *([*row[:kept], "", *row[kept + 1:]] for row in rows)]


def test_the_line_audit_is_the_manifests_audit_byte_for_byte(
    tmp_path: Path, station_on_line: tuple[Path, LineConnector], line_db: LineDb
) -> None:
    manifest_path, connector = station_on_line
    read_into_both(manifest_path, line_db)
    line_bytes, expected = exports_of_both(tmp_path, manifest_path, connector)
    assert line_bytes == as_audit(expected)
    header = expected[0]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in expected[1:]}
    assert by_id["dev-1"]["generation"] == "2"
    assert by_id["dev-x"]["cert_pem"] == f"PEM certificate:\n{CHAIN}"
    assert by_id["dev-x"]["cert_pem_secondary"] == f"PEM certificate:\n{PEM}"
    assert by_id["dev-y"]["cert_pem"].startswith("'-----BEGIN")
    assert by_id["dev-2"]["failure_reason"].startswith("'=1+1")
    assert by_id["dev-plain"]["cert_pem"] == f"PEM certificate:\n{PEM}"
    cloud = {device_id: [row[name] for name in AUDIT_CLOUD_COLUMNS]
             for device_id, row in by_id.items()}
    assert cloud["dev-1"][:3] == ["central", "blocked", "'=cmd|' /C calc'!A0"]
    assert cloud["dev-x"][:2] == ["dps", "assigned"]
    assert cloud["dev-y"][:2] == ["central", "unknown"]
    assert cloud["dev-plain"] == ["central", "provisioned", "",
                                  "2026-03-04T10:00:00.000000+00:00"]
    assert cloud["dev-2"] == ["", "", "", ""]


def test_a_line_never_read_gives_empty_cloud_cells_as_the_manifest_does(
    tmp_path: Path, station_on_line: tuple[Path, LineConnector]
) -> None:
    manifest_path, connector = station_on_line
    line_bytes, expected = exports_of_both(tmp_path, manifest_path, connector)
    assert line_bytes == as_audit(expected)
    assert all(row[-len(AUDIT_CLOUD_COLUMNS):] == ["", "", "", ""] for row in expected[1:])


def test_every_audit_column_but_the_kept_secrets_comes_from_the_line() -> None:
    assert set(UNIT_RECORD_FIELDS) - LINE_AUDIT_COLUMNS == {"has_secrets"}


def test_the_line_labels_the_pem_cells_the_audit_labels() -> None:
    # The line's migration wrote them out; new ones need a new migration.
    assert pg_schema.PEM_BLOCKS == f"^{PEM_BLOCKS_PATTERN}$"
    assert sorted(pg_schema.FORMULA_START_CODES) == sorted(map(ord, FORMULA_STARTS))


def test_station_line_export_filters_and_writes_a_shareable_file(
    tmp_path: Path, station_on_line: tuple[Path, LineConnector],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "failed.csv"
    assert main(["line", "export", "--format", "audit", "--out", str(out),
                 "--station", "st-1", "--status", "failed"]) == 0
    assert "exported 2 unit(s) of the line record" in capsys.readouterr().out
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert [row[0] for row in rows[1:]] == ["dev-2", "dev-plain-failed"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # no keys: not private

    assert main(["line", "export", "--format", "audit", "--out",
                 str(tmp_path / "nowhere" / "x.csv")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
