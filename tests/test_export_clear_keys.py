"""Exports that hold device keys in clear are private and say so; the others are neither.
And the audit's certificate cells: safe in a spreadsheet, valid PEM for a script."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509

from station.cli import main
from station.core.locations import station_key_for
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.gui.export_dialog import ExportOrder, write_order
from station.manifest import Manifest, StationKey
from station.manifest.exports import PEM_CELL_LABEL, export_formats, pem_cell, write_export
from tests.enrollment_server import provision

A = Attestation
WARNING = "holds device keys in clear"


def usual_mode() -> int:
    """The mode a file gets from this process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def manifest_with(tmp_path: Path, units: list[tuple[str, Attestation]]) -> Path:
    path = tmp_path / "manifest.sqlite"
    provision(path, StationKey.load_or_create(station_key_for(path)), units)
    return path


def cli_export(path: Path, format_name: str, out: Path) -> str:
    assert main(["manifest", "export", "--format", format_name, "--out", str(out),
                 "--manifest", str(path)]) == 0
    return out.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def own_profile_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


# -- private only when it holds keys ------------------------------------------------------


@pytest.mark.parametrize("format_name", ["iotc-export", "dps-enrollments"])
def test_an_export_with_sas_keys_is_private_and_warns(tmp_path: Path, capsys, format_name):  # type: ignore[no-untyped-def]
    path = manifest_with(tmp_path, [("sas-1", A.SAS_INDIVIDUAL), ("cert-1", A.X509_INDIVIDUAL)])
    out = tmp_path / f"units.{format_name}"

    cli_export(path, format_name, out)

    warnings = [line for line in capsys.readouterr().err.splitlines() if WARNING in line]
    assert warnings == [
        f"warning: {out} holds device keys in clear. It is readable by you only (mode 0600); "
        "do not copy it to shared places, and delete it once it is imported."
    ]
    assert mode(out) == 0o600


@pytest.mark.parametrize("format_name", ["iotc-export", "dps-enrollments"])
def test_an_export_without_keys_is_neither_private_nor_warned_about(tmp_path: Path, capsys,  # type: ignore[no-untyped-def]
                                                                    format_name):
    # X.509 and TPM units: thumbprints, certificates and endorsement keys, all public.
    path = manifest_with(tmp_path, [("cert-1", A.X509_INDIVIDUAL), ("tpm-1", A.TPM)])
    out = tmp_path / f"units.{format_name}"

    text = cli_export(path, format_name, out)

    assert "cert-1" in text
    assert WARNING not in capsys.readouterr().err
    assert mode(out) == usual_mode()


def test_an_audit_is_written_with_the_usual_permissions_and_no_warning(tmp_path: Path, capsys):  # type: ignore[no-untyped-def]
    path = manifest_with(tmp_path, [("sas-1", A.SAS_INDIVIDUAL), ("cert-1", A.X509_INDIVIDUAL)])
    out = tmp_path / "audit.csv"

    text = cli_export(path, "audit", out)

    assert "sas-1" in text
    assert WARNING not in capsys.readouterr().err
    assert mode(out) == usual_mode()


def test_the_result_says_whether_the_file_holds_keys(tmp_path: Path) -> None:
    path = manifest_with(tmp_path, [("sas-1", A.SAS_INDIVIDUAL), ("cert-1", A.X509_INDIVIDUAL)])
    with Manifest.open(path, StationKey.load(station_key_for(path))) as manifest:
        everything = write_export(manifest, "iotc-export", tmp_path / "all.csv")
        x509_only = write_export(manifest, "iotc-export", tmp_path / "x509.csv",
                                 job_id="job-x509-individual")
        audit = write_export(manifest, "audit", tmp_path / "audit.csv")
    assert (everything.rows, everything.holds_keys) == (2, True)
    assert (x509_only.rows, x509_only.holds_keys) == (1, False)
    assert (audit.rows, audit.holds_keys) == (2, False)
    assert mode(tmp_path / "all.csv") == 0o600
    assert mode(tmp_path / "x509.csv") == usual_mode()
    # Formats that may hold keys still tell the window to caution before writing.
    formats = export_formats()
    assert formats["iotc-export"].carries_secrets and not formats["audit"].carries_secrets


def test_the_window_s_export_reports_whether_the_file_holds_keys(tmp_path: Path) -> None:
    path = manifest_with(tmp_path, [("sas-1", A.SAS_INDIVIDUAL), ("cert-1", A.X509_INDIVIDUAL)])
    key = StationKey.load(station_key_for(path))

    def run(job_id: str | None, out: Path):  # type: ignore[no-untyped-def]
        return write_order(ExportOrder(path, key, "iotc-export", out, {"job_id": job_id}))

    keyed = run(None, tmp_path / "all.csv")
    plain = run("job-x509-individual", tmp_path / "x509.csv")
    assert keyed.ok and keyed.holds_keys and mode(tmp_path / "all.csv") == 0o600
    assert plain.ok and not plain.holds_keys and mode(tmp_path / "x509.csv") == usual_mode()


# -- certificate cells of the audit ---------------------------------------------------------


def audit_rows(path: Path, out: Path) -> dict[str, dict[str, str]]:
    with Manifest.open(path, StationKey.load(station_key_for(path))) as manifest:
        write_export(manifest, "audit", out)
    with out.open(newline="", encoding="utf-8") as handle:
        return {row["device_id"]: row for row in csv.DictReader(handle)}


def test_an_audit_certificate_cell_is_inert_in_a_spreadsheet_and_valid_pem(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = manifest_with(tmp_path, [("cert-1", A.X509_INDIVIDUAL)])
    with Manifest.open(path, StationKey.load(station_key_for(path))) as manifest:
        unit = manifest.unit("cert-1")
    assert unit is not None and unit.cert_pem.startswith("-----BEGIN CERTIFICATE-----")

    cell = audit_rows(path, tmp_path / "audit.csv")["cert-1"]["cert_pem"]

    # A spreadsheet runs a cell that starts with = + - @ (or tab, CR) as a formula.
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "'"))
    assert cell.startswith(PEM_CELL_LABEL + "\n")
    # The PEM follows whole, its BEGIN line at the start of a line, as OpenSSL and
    # mbedTLS look for it; RFC 7468 parsers skip the explanatory line before it.
    assert cell.partition("\n")[2] == unit.cert_pem
    certificate = x509.load_pem_x509_certificate(cell.encode("ascii"))
    assert certificate.subject.rfc4514_string() == "CN=cert-1"


def test_a_certificate_cell_that_is_not_pem_is_escaped_like_any_cell(tmp_path: Path) -> None:
    job = Job("job-x", "esp32-devkit", "0ne0012ABCD", Attestation.X509_INDIVIDUAL)
    hostile = '=HYPERLINK("http://x","click")'
    unit = Unit(
        job=job,
        board=BoardInfo(port="COM4"),
        identity=DeviceIdentity("dev-x", "mac"),
        credential=Credential(Attestation.X509_INDIVIDUAL, cert_pem=hostile,
                              thumbprint_sha1="AB" * 20, thumbprint_sha256="CD" * 32),
    )
    path = tmp_path / "manifest.sqlite"
    key = StationKey.load_or_create(station_key_for(path))
    with Manifest.open(path, key) as manifest:
        attempt = manifest.begin_attempt(job, "COM4")
        manifest.record_pending(attempt, unit)

    assert audit_rows(path, tmp_path / "audit.csv")["dev-x"]["cert_pem"] == "'" + hostile
    assert pem_cell("-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n") \
        .startswith("'-----BEGIN")
    assert pem_cell("") == ""
