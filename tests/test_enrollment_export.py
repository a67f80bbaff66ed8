"""The dps-enrollments export: the DPS individual enrollments of a manifest as JSON."""

from __future__ import annotations

import io
import json
import logging
import stat
from pathlib import Path

import pytest

from station.cli import main
from station.core.models import Attestation, UnitStatus
from station.enrollment.enrollments import write_dps_enrollments
from station.manifest import Manifest, StationKey
from station.manifest.custody.station_keys import key_for_writing
from tests.enrollment_server import FakeDps, fake_ek_public, provision, write_profile

A = Attestation


def test_writes_one_enrollment_per_individually_attested_unit(tmp_path: Path):
    path, key = tmp_path / "manifest.sqlite", StationKey.generate()
    issued = provision(path, key, [
        ("sas-1", A.SAS_INDIVIDUAL), ("cert-1", A.X509_INDIVIDUAL), ("tpm-1", A.TPM),
        ("group-1", A.SAS_GROUP), ("group-2", A.X509_GROUP),
    ])
    out = io.StringIO()

    with Manifest.open(path, key) as manifest:
        provisioned = manifest.iter_units(status=UnitStatus.PROVISIONED)
        count = write_dps_enrollments(manifest, provisioned, out)

    enrollments = json.loads(out.getvalue())
    assert count == 3 and [e["registrationId"] for e in enrollments] == ["sas-1", "cert-1", "tpm-1"]
    assert enrollments[0]["attestation"] == {"type": "symmetricKey", "symmetricKey": {
        "primaryKey": issued["sas-1"].sas_primary, "secondaryKey": issued["sas-1"].sas_secondary}}
    assert enrollments[2]["attestation"] == {"type": "tpm",
                                             "tpm": {"endorsementKey": fake_ek_public("tpm-1")}}
    certificate = enrollments[1]["attestation"]["x509"]["clientCertificates"]["primary"]
    assert set(certificate) == {"certificate"}
    # Every enrollment is one the DPS service API takes as it is.
    FakeDps().check_bulk({"mode": "create", "enrollments": enrollments})


def test_an_empty_manifest_exports_an_empty_list(tmp_path: Path):
    with Manifest.open(tmp_path / "m.sqlite", StationKey.generate()) as manifest:
        out = io.StringIO()
        assert write_dps_enrollments(manifest, manifest.iter_units(), out) == 0
    assert json.loads(out.getvalue()) == []


def test_enrollments_carry_the_profile_s_enrollment_section(tmp_path: Path):
    path, key = tmp_path / "manifest.sqlite", StationKey.generate()
    provision(path, key, [("sas-1", A.SAS_INDIVIDUAL), ("group-1", A.SAS_GROUP)])
    folder = tmp_path / "profiles"
    write_profile(folder, "esp32-devkit", "[enrollment]\niot_edge = true\n"
                  "[enrollment.initial_twin_desired]\ninterval = 30\n")
    out = io.StringIO()

    with Manifest.open(path, key) as manifest:
        write_dps_enrollments(manifest, manifest.iter_units(status=UnitStatus.PROVISIONED), out,
                              profile_folders=[folder])

    [enrollment] = json.loads(out.getvalue())
    assert enrollment["capabilities"] == {"iotEdge": True}
    assert enrollment["provisioningStatus"] == "enabled"
    assert enrollment["initialTwin"] == {"properties": {"desired": {"interval": 30}}}
    FakeDps().check_bulk({"mode": "create", "enrollments": [enrollment]})


def test_a_missing_profile_exports_the_defaults_with_a_warning(tmp_path: Path, caplog):
    path, key = tmp_path / "manifest.sqlite", StationKey.generate()
    provision(path, key, [("tpm-1", A.TPM)])
    out = io.StringIO()

    with caplog.at_level(logging.WARNING), Manifest.open(path, key) as manifest:
        write_dps_enrollments(manifest, manifest.iter_units(), out, profile_folders=[])

    [enrollment] = json.loads(out.getvalue())
    assert enrollment["capabilities"] == {"iotEdge": False} and "initialTwin" not in enrollment
    assert "profile 'esp32-devkit' of 1 unit(s) was not found" in caplog.text


@pytest.mark.parametrize("format_name", ["dps-enrollments", "iotc-export"])
def test_exports_with_keys_warn_on_stderr(tmp_path: Path, monkeypatch, capsys, format_name):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = tmp_path / "manifest.sqlite"
    provision(path, key_for_writing(path),
              [("sas-1", A.SAS_INDIVIDUAL)])
    out = tmp_path / f"units.{format_name}"

    assert main(["manifest", "export", "--format", format_name, "--out", str(out),
                 "--manifest", str(path)]) == 0

    err = capsys.readouterr().err
    assert f"warning: {out} holds device keys in clear" in err
    assert "mode 0600" in err and "delete it" in err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_exports_without_keys_do_not_warn(tmp_path: Path, capsys):
    path = tmp_path / "manifest.sqlite"
    provision(path, key_for_writing(path),
              [("sas-1", A.SAS_INDIVIDUAL)])
    out = tmp_path / "import.csv"

    assert main(["manifest", "export", "--format", "iotc-import", "--out", str(out),
                 "--manifest", str(path)]) == 0

    assert "warning" not in capsys.readouterr().err
