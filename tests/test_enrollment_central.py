"""Uploading devices and attestations to IoT Central, against the strict local IoT Central."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from station.core.models import Attestation
from station.enrollment.enrollments import REDACTED, certificate_base64
from station.enrollment.errors import CredentialRejected
from station.enrollment.state import UploadState
from station.enrollment.upload import IotcCredential, upload
from station.manifest import StationKey
from tests.enrollment_server import IOTC_TOKEN, FakeCentral, Fault, ServiceServer, provision

A = Attestation
MODEL = "dtmi:contoso:Thermostat;1"


@pytest.fixture
def key() -> StationKey:
    return StationKey.generate()


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


@pytest.fixture
def central():
    with ServiceServer(FakeCentral()) as server:
        yield server


def run(path: Path, key: StationKey, server: ServiceServer, token: str = IOTC_TOKEN, **kw):
    waits: list[float] = []
    credential = IotcCredential("https://station-test.azureiotcentral.com", token)
    report = upload(path, "central", credential=credential, endpoint=server.url,
                    station_key=key, sleep=waits.append, **kw)
    return report, waits


UNITS = [
    ("sas-1", A.SAS_INDIVIDUAL),
    ("cert-1", A.X509_INDIVIDUAL),
    ("tpm-1", A.TPM),
    ("group-1", A.SAS_GROUP),
]


def test_creates_devices_and_individual_attestations(manifest_path, key, central):
    issued = provision(manifest_path, key, UNITS, model_id=MODEL)

    report, _ = run(manifest_path, key, central)

    service: FakeCentral = central.service  # type: ignore[assignment]
    assert central.problems == []
    assert report.ok and report.count(UploadState.UPLOADED) == 4
    assert service.devices["sas-1"]["template"] == MODEL
    assert service.devices["sas-1"]["displayName"] == "sas-1"
    assert service.devices["sas-1"]["enabled"] is True
    assert set(service.device_puts.values()) == {1} and len(service.device_puts) == 4
    assert set(service.attestation_puts) == {"sas-1", "cert-1", "tpm-1"}
    keys = service.attestations["sas-1"]["symmetricKey"]
    assert keys["primaryKey"] == issued["sas-1"].sas_primary
    info = service.attestations["cert-1"]["x509"]["clientCertificates"]["primary"]["info"]
    assert info["sha1Thumbprint"] == issued["cert-1"].thumbprint_sha1
    assert service.attestations["tpm-1"]["tpm"]["endorsementKey"] == issued["tpm-1"].ek_public

    before = len(central.requests)
    again, _ = run(manifest_path, key, central)
    assert again.ok and len(central.requests) == before


def test_an_existing_device_with_another_attestation_is_a_conflict(manifest_path, key, central):
    issued = provision(manifest_path, key, UNITS[:2])
    service: FakeCentral = central.service  # type: ignore[assignment]
    other = "c29tZW9uZS1lbHNlcy1rZXktMTIzNDU2"
    service.seed("sas-1", {"type": "symmetricKey",
                           "symmetricKey": {"primaryKey": other, "secondaryKey": other}})
    cert = issued["cert-1"]
    # cert-1 exists already with our own certificate: nothing to change.
    service.seed("cert-1", {"type": "x509", "x509": {"clientCertificates": {
        "primary": {"certificate": certificate_base64(cert.cert_pem, "cert-1")}}}})

    report, _ = run(manifest_path, key, central)

    assert central.problems == []
    sas = report.unit("sas-1")
    assert sas is not None and sas.state is UploadState.CONFLICT
    assert "another attestation" in sas.reason
    assert service.attestations["sas-1"]["symmetricKey"]["primaryKey"] == other
    assert report.unit("cert-1").state is UploadState.UPLOADED  # type: ignore[union-attr]
    assert service.device_puts == {} and service.attestation_puts == {}


def test_throttling_is_retried_after_the_time_iot_central_asks(manifest_path, key, central):
    provision(manifest_path, key, UNITS[:1])
    service: FakeCentral = central.service  # type: ignore[assignment]
    service.fault("put", Fault.THROTTLE, "12")
    service.fault("put", Fault.SERVER_ERROR)

    report, waits = run(manifest_path, key, central)

    assert report.ok and central.problems == []
    assert waits == [12.0, 2.0]
    assert service.device_puts["sas-1"] == 1 and service.attestation_puts["sas-1"] == 1


def test_a_device_created_before_an_outage_gets_its_attestation_on_resume(
    manifest_path, key, central
):
    provision(manifest_path, key, UNITS[:1])
    service: FakeCentral = central.service  # type: ignore[assignment]
    service.fault("put", Fault.DROP_BEFORE)  # device PUT: connection lost, sent again
    service.fault("put", Fault.SERVER_ERROR)
    service.devices.clear()

    def outage_after_device_put():
        # The device is created; then IoT Central stays away until the run gives up.
        service.fault("any", Fault.UNAVAILABLE, times=20)

    apply_device = service._device

    def device(method, device_id, body):
        answer = apply_device(method, device_id, body)
        if method == "PUT":
            outage_after_device_put()
        return answer

    service._device = device  # type: ignore[method-assign]
    report, _ = run(manifest_path, key, central)

    assert report.stopped is not None
    assert report.unit("sas-1").state is UploadState.PENDING  # type: ignore[union-attr]
    assert "sas-1" in service.devices and "sas-1" not in service.attestations

    service.faults["any"].clear()
    service._device = apply_device  # type: ignore[method-assign]
    report, _ = run(manifest_path, key, central)

    assert report.ok and central.problems == []
    assert service.device_puts["sas-1"] == 1 and service.attestation_puts["sas-1"] == 1


def test_a_wrong_api_token_stops_with_a_hint(manifest_path, key, central):
    provision(manifest_path, key, UNITS[:2])

    report, _ = run(manifest_path, key, central, token="SharedAccessSignature sr=x&sig=y")

    assert isinstance(report.stopped, CredentialRejected)
    assert "API token" in report.stopped.hint
    assert central.unauthorized == 1
    assert {u.state for u in report.units} == {UploadState.PENDING}


def test_dry_run_lists_device_and_attestation_puts(manifest_path, key, central):
    issued = provision(manifest_path, key, UNITS, model_id=MODEL)
    out = io.StringIO()

    report, _ = run(manifest_path, key, central, dry_run=True, dry_run_out=out)

    requests = json.loads(out.getvalue())
    assert central.requests == []
    assert [(r["method"], r["url"].split("?")[0].removeprefix(central.url)) for r in requests] == [
        ("PUT", "/api/devices/sas-1"),
        ("PUT", "/api/devices/sas-1/attestation"),
        ("PUT", "/api/devices/cert-1"),
        ("PUT", "/api/devices/cert-1/attestation"),
        ("PUT", "/api/devices/tpm-1"),
        ("PUT", "/api/devices/tpm-1/attestation"),
        ("PUT", "/api/devices/group-1"),
    ]
    assert requests[1]["body"]["symmetricKey"]["primaryKey"] == REDACTED
    assert issued["sas-1"].sas_primary not in out.getvalue()
    assert requests[0]["url"].endswith("?api-version=2022-07-31")
    assert report.dry_run
