"""Exports: IoT Central's CSVs and the audit file, read back with the csv module."""

from __future__ import annotations

import csv
import dataclasses
import stat
from pathlib import Path

import pytest

from station.core.errors import ConfigError, ManifestError
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.enrollment.cloud_status import CloudStatus, StatusBook
from station.enrollment.state import Target
from station.manifest import Manifest, StationKey, exports
from station.manifest.exports import escape_cell, export, export_formats

SAS_JOB = Job("job-sas", "esp32-devkit", "0ne0012ABCD", Attestation.SAS_INDIVIDUAL, operator="ana")
X509_JOB = Job("job-x509", "esp32-devkit", "0ne0012ABCD", Attestation.X509_INDIVIDUAL)


def sas_unit(device_id: str, primary: str = "", secondary: str = "", **board: str) -> Unit:
    return Unit(
        job=SAS_JOB,
        board=BoardInfo(port="COM3", **board),
        identity=DeviceIdentity(device_id, "counter"),
        credential=Credential(
            Attestation.SAS_INDIVIDUAL,
            sas_primary=primary or f"{device_id}-primary==",
            sas_secondary=secondary or f"{device_id}-secondary==",
        ),
    )


def x509_unit(device_id: str, thumbprint: str) -> Unit:
    return Unit(
        job=X509_JOB,
        board=BoardInfo(port="COM4"),
        identity=DeviceIdentity(device_id, "mac"),
        credential=Credential(
            Attestation.X509_INDIVIDUAL,
            cert_pem="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
            key_pem="-----BEGIN PRIVATE KEY-----\nleaf\n-----END PRIVATE KEY-----\n",
            thumbprint_sha1=thumbprint,
            thumbprint_sha256="CD" * 32,
            cert_issuer="CN=dev-x",
        ),
    )


def record(manifest: Manifest, unit: Unit, outcome: str = "provisioned") -> None:
    attempt = manifest.begin_attempt(unit.job, unit.board.port)
    manifest.record_pending(attempt, unit)
    if outcome == "provisioned":
        manifest.record_provisioned(attempt, unit.device_id)
    elif outcome == "failed":
        manifest.record_failed(attempt, unit.device_id, "write", "the board stopped answering")


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def manifest(tmp_path: Path):
    key = StationKey.load_or_create(tmp_path / "manifest.sqlite.key")
    with Manifest.open(tmp_path / "manifest.sqlite", key) as opened:
        record(opened, sas_unit("dev-1"))
        record(opened, sas_unit("dev-2"), outcome="failed")
        record(opened, sas_unit("dev-3"), outcome="pending")
        record(opened, x509_unit("dev-x", "AB" * 20))
        yield opened


def test_iotc_import_has_the_exact_header_and_provisioned_units(
    manifest: Manifest, tmp_path: Path
) -> None:
    out = tmp_path / "import.csv"
    assert export(manifest, "iotc-import", out) == 2
    assert out.read_bytes().startswith(b"IOTC_DeviceID,IOTC_DeviceName\r\n")
    assert read_csv(out) == [
        ["IOTC_DeviceID", "IOTC_DeviceName"],
        ["dev-1", "dev-1"],
        ["dev-x", "dev-x"],
    ]


def test_iotc_export_has_keys_and_thumbprints(manifest: Manifest, tmp_path: Path) -> None:
    out = tmp_path / "devices.csv"
    assert export(manifest, "iotc-export", out) == 2
    assert read_csv(out) == [
        [
            "IOTC_DEVICEID",
            "IOTC_DEVICENAME",
            "IOTC_SASKEY_PRIMARY",
            "IOTC_SASKEY_SECONDARY",
            "IOTC_X509THUMBPRINT_PRIMARY",
            "IOTC_X509THUMBPRINT_SECONDARY",
        ],
        ["dev-1", "dev-1", "dev-1-primary==", "dev-1-secondary==", "", ""],
        ["dev-x", "dev-x", "", "", "AB" * 20, ""],
    ]


def test_an_export_with_secrets_is_readable_by_its_owner_only(
    manifest: Manifest, tmp_path: Path
) -> None:
    export(manifest, "iotc-export", tmp_path / "devices.csv")
    assert stat.S_IMODE((tmp_path / "devices.csv").stat().st_mode) == 0o600


def test_the_registry_marks_formats_that_carry_secrets() -> None:
    assert {"iotc-import", "iotc-export", "audit"} <= set(export_formats())
    assert export_formats()["iotc-export"].carries_secrets
    assert not export_formats()["iotc-import"].carries_secrets
    assert not export_formats()["audit"].carries_secrets


def test_audit_has_every_unit_and_no_secrets(manifest: Manifest, tmp_path: Path) -> None:
    out = tmp_path / "audit.csv"
    assert export(manifest, "audit", out) == 4
    header, *rows = read_csv(out)
    assert header == [
        "device_id", "job_id", "profile_id", "attestation", "id_scope", "dps_endpoint",
        "model_id", "operator", "station_id", "port", "status", "failed_stage",
        "failure_reason", "board_type", "chip", "mac", "serial", "identity_source",
        "cert_thumbprint_sha1", "cert_thumbprint_sha256", "cert_issuer", "cert_not_after",
        "cert_pem", "cert_pem_secondary", "ek_public", "ek_cert_thumbprint", "ek_cert_issuer",
        "attempts", "last_attempt_id", "created_at", "updated_at", "provisioned_at", "generation",
        "generation_reason", "key_origin", "secrets_kept",
        "cloud_target", "cloud_status", "cloud_detail", "cloud_read_at",
    ]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    # SAS units keep their keys (sealed) whatever their outcome; an X.509 unit keeps none.
    assert {d: r["secrets_kept"] for d, r in by_id.items()} == {
        "dev-1": "yes",
        "dev-2": "yes",
        "dev-3": "yes",
        "dev-x": "no",
    }
    assert {d: r["status"] for d, r in by_id.items()} == {
        "dev-1": "provisioned",
        "dev-2": "failed",
        "dev-3": "pending",
        "dev-x": "provisioned",
    }
    assert by_id["dev-2"]["failure_reason"] == "the board stopped answering"
    assert by_id["dev-2"]["failed_stage"] == "write"
    assert by_id["dev-x"]["cert_thumbprint_sha256"] == "CD" * 32

    text = out.read_text()
    for secret in ("-primary==", "-secondary==", "PRIVATE KEY", "leaf"):
        assert secret not in text


def test_export_escapes_formulas(tmp_path: Path) -> None:
    key = StationKey.load_or_create(tmp_path / "manifest.sqlite.key")
    with Manifest.open(tmp_path / "manifest.sqlite", key) as manifest:
        unit = sas_unit(
            "dev-1",
            primary="+AbCdEfGhIjKlMnOp/key==",
            secondary="=1+1",
            serial="@SUM(A1)",
            board_type="-2+3",
            chip="\tcmd",
            mac="\rx",
        )
        record(manifest, unit)
        attempt = manifest.begin_attempt(SAS_JOB, "COM3")
        manifest.record_pending(attempt, sas_unit("dev-2"))
        manifest.record_failed(attempt, "dev-2", "write", '=HYPERLINK("http://x","click")')

        export(manifest, "iotc-export", tmp_path / "devices.csv")
        export(manifest, "audit", tmp_path / "audit.csv")

    _, keys = read_csv(tmp_path / "devices.csv")
    # A base64 key that starts with "+" stays intact; a real formula is quoted.
    assert keys[2:4] == ["+AbCdEfGhIjKlMnOp/key==", "'=1+1"]

    header, first, second = read_csv(tmp_path / "audit.csv")
    row = dict(zip(header, first, strict=True))
    assert row["serial"] == "'@SUM(A1)"
    assert row["board_type"] == "'-2+3"
    assert row["chip"] == "'\tcmd"
    assert row["mac"] == "'\rx"
    failed = dict(zip(header, second, strict=True))
    assert failed["failure_reason"] == '\'=HYPERLINK("http://x","click")'
    assert failed["device_id"] == "dev-2"


def test_escape_cell_leaves_plain_text_alone() -> None:
    assert escape_cell("dev-1") == "dev-1"
    assert escape_cell("a=b") == "a=b"
    assert escape_cell(None) == ""
    assert escape_cell(3) == "3"
    assert escape_cell("-") == "'-"


def test_exports_take_the_manifest_filters(manifest: Manifest, tmp_path: Path) -> None:
    out = tmp_path / "x509.csv"
    assert export(manifest, "iotc-import", out, job_id="job-x509") == 1
    assert read_csv(out)[1:] == [["dev-x", "dev-x"]]
    assert export(manifest, "audit", out, status="failed") == 1
    assert read_csv(out)[1][0] == "dev-2"


def test_an_iotc_export_of_failed_units_is_refused(manifest: Manifest, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="provisioned units only"):
        export(manifest, "iotc-import", tmp_path / "out.csv", status="failed")


def test_an_unknown_format_is_refused_with_the_choices(manifest: Manifest, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        export(manifest, "excel", tmp_path / "out.xlsx")
    assert "iotc-export" in caught.value.hint


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "manifest.sqlite"
    key = StationKey.load_or_create(tmp_path / "a.key")
    with Manifest.open(path, key) as manifest:
        record(manifest, sas_unit("dev-1"))
        record(manifest, sas_unit("dev-2"))
        # dev-2's sealed keys were sealed for dev-1: the export fails on its second row.
        sealed = manifest.db.execute(
            "SELECT secret_ciphertext FROM units WHERE device_id = 'dev-1'"
        ).fetchone()[0]
        manifest.db.execute(
            "UPDATE units SET secret_ciphertext = ? WHERE device_id = 'dev-2'", (sealed,)
        )
    out = tmp_path / "devices.csv"
    with Manifest.open(path, key) as manifest:
        with pytest.raises(ManifestError):
            export(manifest, "iotc-export", out)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_an_export_to_a_missing_folder_is_refused(manifest: Manifest, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot write the export"):
        export(manifest, "audit", tmp_path / "no" / "such" / "folder.csv")


def test_escape_cell_keeps_base64_keys_intact_but_quotes_formulas() -> None:
    key = "+" + "A" * 42 + "="
    assert escape_cell(key, key=True) == key
    assert escape_cell("+SUM(A1:A9)", key=True) == "'+SUM(A1:A9)"
    assert escape_cell("+1", key=True) == "'+1"
    assert escape_cell("=AAAAAAAAAAAAAAAAAAAA", key=True) == "'=AAAAAAAAAAAAAAAAAAAA"


def test_a_formula_shaped_like_base64_is_quoted_outside_key_columns(tmp_path: Path) -> None:
    formula = "+A1+A2+A3+A4+A5+A6"  # sums six cells, and is also valid base64
    job = Job("job-1", "esp32-devkit", "0ne0012ABCD", Attestation.SAS_INDIVIDUAL,
              operator=formula)
    unit = Unit(
        job=job,
        board=BoardInfo(port="COM3", board_type=formula),
        identity=DeviceIdentity("dev-1", "counter"),
        credential=Credential(Attestation.SAS_INDIVIDUAL, sas_primary=formula,
                              sas_secondary="+AbCdEfGhIjKlMnOp/key=="),
    )
    key = StationKey.load_or_create(tmp_path / "manifest.sqlite.key")
    with Manifest.open(tmp_path / "manifest.sqlite", key) as manifest:
        record(manifest, unit)
        export(manifest, "audit", tmp_path / "audit.csv")
        export(manifest, "iotc-export", tmp_path / "devices.csv")

    header, first = read_csv(tmp_path / "audit.csv")
    row = dict(zip(header, first, strict=True))
    assert row["operator"] == "'" + formula
    assert row["board_type"] == "'" + formula
    header, first = read_csv(tmp_path / "devices.csv")
    keys = dict(zip(header, first, strict=True))
    # Key columns hold base64 keys, which stay as they are even when they start with "+".
    assert keys["IOTC_SASKEY_PRIMARY"] == formula
    assert keys["IOTC_SASKEY_SECONDARY"] == "+AbCdEfGhIjKlMnOp/key=="


def test_escape_cell_exempts_base64_only_in_a_key_column() -> None:
    formula = "+A1+A2+A3+A4+A5+A6"
    assert escape_cell(formula) == "'" + formula
    assert escape_cell(formula, key=True) == formula
    assert escape_cell("+SUM(A1:A9)", key=True) == "'+SUM(A1:A9)"
    assert escape_cell("=1+1", key=True) == "'=1+1"


def test_the_audit_from_the_query_is_what_the_record_writer_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit's cells are escaped by SQLite (``write_selected``); each is what the
    per-record writer makes of it, byte for byte, with filters or without."""
    pem = "-----BEGIN CERTIFICATE-----\nMIIB+/=\n-----END CERTIFICATE-----\r\n"
    lf = "-----BEGIN CERTIFICATE-----\nMIIB+/=\nAAAA\n-----END CERTIFICATE-----\n"
    key = StationKey.load_or_create(tmp_path / "manifest.sqlite.key")
    job = Job("=job", "esp32", "0ne0012ABCD", Attestation.X509_INDIVIDUAL, operator="@ana",
              station_id="-st,\"1\"", model_id="+dtmi")
    with Manifest.open(tmp_path / "manifest.sqlite", key) as manifest:
        for n, (pem_cell, serial) in enumerate([
            (pem, "\tSN"), (pem * 2, "\rSN"), ("-----BEGIN CERTIFICATE-----\n?", "=1"),
            ("", "plain"), ("-----not pem", "a\nb"), (lf, "lf"), (lf * 2, "chain"),
            (lf.replace("MIIB", "MI-B"), "stray"), (lf.replace("MIIB", "MIIB\r"), "cr"),
            (lf.rstrip("\n"), "no end"), (lf + "\n", "two ends"), (lf[:28] + lf[-27:], "empty"),
            (lf.replace("CERTIFICATE", "PUBLIC KEY"), "label"),
        ]):
            unit = Unit(job, BoardInfo(port="COM3", serial=serial, board_type="Jürgen"),
                        DeviceIdentity(f"dev-{n}", "barcode"),
                        Credential(Attestation.X509_INDIVIDUAL, cert_pem=pem_cell,
                                   cert_pem_secondary=pem if n == 1 else "", key_pem="KEY"))
            record(manifest, unit, outcome=("provisioned", "failed", "pending")[n % 3])
        record(manifest, sas_unit("dev-sas"))
        read_back(manifest, Target.DPS, [("dev-0", CloudStatus.FAILED, "=401: bad key"),
                                         ("dev-3", CloudStatus.ASSIGNED, "assigned to hub")])
        read_back(manifest, Target.CENTRAL, [("dev-3", CloudStatus.PROVISIONED, "dtmi:x;1")])
        per_record = dataclasses.replace(exports.AUDIT, name="audit-per-record",
                                         write_selected=None)
        known = exports.export_format
        monkeypatch.setattr(exports, "export_format",
                            lambda name: per_record if name == per_record.name else known(name))
        for filters in ({}, {"status": "failed"}, {"job_id": "=job"}, {"search": "dev-1"}):
            fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
            rows = export(manifest, "audit", fast, **filters)
            assert rows == export(manifest, "audit-per-record", slow, **filters)
            assert fast.read_bytes() == slow.read_bytes(), filters
            if not filters:
                assert b",dps,failed,'=401: bad key," in fast.read_bytes()
    assert rows == 4 and b"PEM certificate:" in fast.read_bytes()


def read_back(manifest: Manifest, target: Target,
              statuses: list[tuple[str, CloudStatus, str]]) -> None:
    """Record statuses as ``station cloud status`` does, in one finished refresh."""
    book = StatusBook(manifest)
    book.record(book.open_run(target), statuses, finished=True)


def test_the_audit_ends_with_each_units_latest_cloud_status(
    manifest: Manifest, tmp_path: Path
) -> None:
    before = tmp_path / "before.csv"
    export(manifest, "audit", before)
    read_back(manifest, Target.DPS, [("dev-1", CloudStatus.FAILED, "=HYPERLINK(x)"),
                                     ("dev-x", CloudStatus.ASSIGNED, "assigned to hub-1")])
    read_back(manifest, Target.CENTRAL, [("dev-x", CloudStatus.BLOCKED, "blocked")])
    after = tmp_path / "after.csv"
    export(manifest, "audit", after)

    header, *rows = read_csv(after)
    assert header[-4:] == ["cloud_target", "cloud_status", "cloud_detail", "cloud_read_at"]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_id["dev-1"]["cloud_target"] == "dps"
    assert by_id["dev-1"]["cloud_status"] == "failed"
    assert by_id["dev-1"]["cloud_detail"] == "'=HYPERLINK(x)"  # a service's text is escaped
    # Read from both services: the later reading.
    assert (by_id["dev-x"]["cloud_target"], by_id["dev-x"]["cloud_status"]) == (
        "central", "blocked")
    stored = manifest.db.conn.execute(
        "SELECT read_at FROM cloud_status WHERE device_id = 'dev-x' AND target = 'central'"
    ).fetchone()[0]
    assert by_id["dev-x"]["cloud_read_at"] == stored
    assert [by_id["dev-2"][c] for c in header[-4:]] == ["", "", "", ""]  # never read
    # The columns before them are the same, byte for byte, as before any reading.
    old_header, *old_rows = read_csv(before)
    assert [row[:-4] for row in [header, *rows]] == [row[:-4] for row in [old_header, *old_rows]]
