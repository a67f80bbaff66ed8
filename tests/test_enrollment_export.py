"""The dps-enrollments export: the DPS individual enrollments of a manifest as JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

from station.core.models import Attestation, UnitStatus
from station.enrollment.enrollments import write_dps_enrollments
from station.manifest import Manifest, StationKey
from tests.enrollment_server import FakeDps, fake_ek_public, provision

A = Attestation


def test_writes_one_enrollment_per_individually_attested_unit(tmp_path: Path):
    path, key = tmp_path / "manifest.sqlite", StationKey.generate()
    issued = provision(path, key, [
        ("sas-1", A.SAS_INDIVIDUAL), ("cert-1", A.X509_INDIVIDUAL), ("tpm-1", A.TPM),
        ("group-1", A.SAS_GROUP), ("group-2", A.X509_GROUP),
    ])
    out = io.StringIO()

    with Manifest.open(path, key) as manifest:
        count = write_dps_enrollments(manifest, manifest.iter_units(UnitStatus.PROVISIONED), out)

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
