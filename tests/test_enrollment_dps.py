"""Uploading individual enrollments to DPS, against the strict local DPS in enrollment_server."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from station.core.errors import ConfigError
from station.core.models import Attestation
from station.enrollment.enrollments import REDACTED, certificate_base64
from station.enrollment.errors import CredentialRejected, ServiceUnavailable
from station.enrollment.options import EnrollmentOptions, OptionOverrides
from station.enrollment.sas import DpsConnectionString
from station.enrollment.state import Target, UploadLedger, UploadState
from station.enrollment.upload import DpsCredential, IotcCredential, upload
from station.manifest import Manifest, StationKey
from tests.enrollment_server import (
    Answer,
    FakeDps,
    Fault,
    ServiceServer,
    fake_ek_public,
    provision,
    write_profile,
)

A = Attestation


@pytest.fixture
def key() -> StationKey:
    return StationKey.generate()


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


@pytest.fixture
def dps():
    service = FakeDps()
    with ServiceServer(service) as server:
        yield server


class Sleeper:
    """Records the waits asked for instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def run(path: Path, key: StationKey, server: ServiceServer, sleep: Sleeper | None = None, **kw):
    service = server.service
    assert isinstance(service, FakeDps)
    credential = DpsCredential(DpsConnectionString.parse(service.connection_string))
    return upload(path, "dps", credential=credential, endpoint=server.url, station_key=key,
                  sleep=sleep or Sleeper(), **kw)


def mixed_units(count: int) -> list[tuple[str, Attestation]]:
    modes = [A.SAS_INDIVIDUAL, A.X509_INDIVIDUAL, A.TPM]
    return [(f"unit-{i:03d}", modes[i % 3]) for i in range(count)]


def states(path: Path, key: StationKey) -> dict[str, UploadState]:
    with Manifest.open(path, key) as manifest:
        return {r.device_id: r.state for r in UploadLedger(manifest).records(Target.DPS)}


def test_uploads_every_individual_unit_once_in_batches_of_ten(manifest_path, key, dps):
    issued = provision(manifest_path, key, mixed_units(23))
    provision(manifest_path, key, [("group-sas", A.SAS_GROUP), ("group-x509", A.X509_GROUP)])

    report = run(manifest_path, key, dps)

    service: FakeDps = dps.service  # type: ignore[assignment]
    assert dps.problems == []
    assert report.ok and report.stopped is None
    assert report.count(UploadState.UPLOADED) == 23
    assert report.count(UploadState.NOT_NEEDED) == 2
    assert [len(body["enrollments"]) for body in service.bulk_bodies] == [10, 10, 3]
    assert set(service.created) == set(issued) and set(service.created.values()) == {1}
    # The enrollments carry the manifest's facts and the decrypted secrets.
    sas = service.enrollments["unit-000"]
    assert sas["attestation"]["symmetricKey"] == {
        "primaryKey": issued["unit-000"].sas_primary,
        "secondaryKey": issued["unit-000"].sas_secondary,
    }
    assert sas["deviceId"] == "unit-000" and sas["provisioningStatus"] == "enabled"
    x509_info = service.enrollments["unit-001"]["attestation"]["x509"]["clientCertificates"]
    assert x509_info["primary"]["info"]["sha256Thumbprint"] == issued["unit-001"].thumbprint_sha256
    tpm = service.enrollments["unit-002"]["attestation"]["tpm"]
    assert tpm["endorsementKey"] == fake_ek_public("unit-002")
    assert "group-sas" not in service.enrollments and "group-x509" not in service.enrollments
    with Manifest.open(manifest_path, key) as manifest:
        record = UploadLedger(manifest).record("unit-000", Target.DPS)
    assert record is not None and record.uploaded_at and record.batch_id and record.sends == 1


def test_a_second_run_sends_nothing(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(4))
    run(manifest_path, key, dps)
    before = len(dps.requests)

    report = run(manifest_path, key, dps)

    assert report.ok and report.count(UploadState.UPLOADED) == 4
    assert len(dps.requests) == before


def test_throttling_and_server_errors_are_retried_honouring_retry_after(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(12))
    service: FakeDps = dps.service  # type: ignore[assignment]
    service.fault("bulk", Fault.THROTTLE, "7")
    service.fault("bulk", Fault.SERVER_ERROR)
    service.fault("bulk", Fault.UNAVAILABLE)
    sleeper = Sleeper()

    report = run(manifest_path, key, dps, sleeper)

    assert report.ok and dps.problems == []
    assert 7.0 in sleeper.waits
    # The retries after 500 and 503 back off: 2 s after the second failure, 4 s after the third.
    assert sleeper.waits[:3] == [7.0, 2.0, 4.0]
    assert set(service.created.values()) == {1} and len(service.created) == 12


def test_mixed_results_in_one_batch(manifest_path, key, dps):
    issued = provision(manifest_path, key, mixed_units(6))
    service: FakeDps = dps.service  # type: ignore[assignment]
    # unit-000 is already enrolled with the same keys, unit-003 with other keys.
    same = issued["unit-000"]
    service.seed({"registrationId": "unit-000", "attestation": {
        "type": "symmetricKey",
        "symmetricKey": {"primaryKey": same.sas_primary, "secondaryKey": same.sas_secondary}}})
    other = "b3RoZXIta2V5LW9mLXNvbWVvbmUtZWxzZQ=="
    service.seed({"registrationId": "unit-003", "attestation": {
        "type": "symmetricKey", "symmetricKey": {"primaryKey": other, "secondaryKey": other}}})
    service.reject("unit-004", 400209, "Invalid endorsement key")

    report = run(manifest_path, key, dps)

    assert dps.problems == []
    by_id = {unit.device_id: unit for unit in report.units}
    assert by_id["unit-000"].state is UploadState.UPLOADED
    assert by_id["unit-003"].state is UploadState.CONFLICT
    assert "another attestation" in by_id["unit-003"].reason
    assert by_id["unit-004"].state is UploadState.FAILED
    assert "400209" in by_id["unit-004"].reason and "Invalid endorsement key" in by_id[
        "unit-004"].reason
    for device_id in ("unit-001", "unit-002", "unit-005"):
        assert by_id[device_id].state is UploadState.UPLOADED
    # The conflicting enrollment was not overwritten.
    assert service.enrollments["unit-003"]["attestation"]["symmetricKey"]["primaryKey"] == other
    assert not report.ok

    # A later run leaves the conflict for QA and sends nothing again.
    bulk_before = len(service.bulk_bodies)
    service.rejected.clear()
    again = run(manifest_path, key, dps)
    assert again.unit("unit-003").state is UploadState.CONFLICT  # type: ignore[union-attr]
    assert again.unit("unit-004").state is UploadState.UPLOADED  # type: ignore[union-attr]
    assert [b["enrollments"][0]["registrationId"] for b in service.bulk_bodies[bulk_before:]] == [
        "unit-004"
    ]


def test_x509_conflict_is_told_by_thumbprint(manifest_path, key, dps, tmp_path):
    provision(manifest_path, key, [("cam-1", A.X509_INDIVIDUAL)])
    foreign = provision(tmp_path / "other.sqlite", key, [("cam-1", A.X509_INDIVIDUAL)])
    service: FakeDps = dps.service  # type: ignore[assignment]
    certificate = certificate_base64(foreign["cam-1"].cert_pem, "cam-1")
    service.seed({"registrationId": "cam-1", "attestation": {
        "type": "x509", "x509": {"clientCertificates": {"primary": {"certificate": certificate}}}}})

    report = run(manifest_path, key, dps)

    unit = report.unit("cam-1")
    assert unit is not None and unit.state is UploadState.CONFLICT
    assert foreign["cam-1"].thumbprint_sha1 in unit.reason


def test_connection_dropped_after_the_batch_landed_is_not_sent_again(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(14))
    service: FakeDps = dps.service  # type: ignore[assignment]
    service.fault("bulk", Fault.DROP_AFTER)

    report = run(manifest_path, key, dps)

    assert report.ok and dps.problems == []
    assert set(service.created.values()) == {1} and len(service.created) == 14
    assert set(service.sent_in_bulk().values()) == {1}


def test_connection_dropped_before_the_batch_landed_sends_it_again(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(5))
    service: FakeDps = dps.service  # type: ignore[assignment]
    service.fault("bulk", Fault.DROP_BEFORE)

    report = run(manifest_path, key, dps)

    assert report.ok and dps.problems == []
    assert set(service.created.values()) == {1} and len(service.created) == 5
    assert len(service.bulk_bodies) == 1  # the dropped request never reached the service


def test_an_interrupted_upload_resumes_without_sending_confirmed_units(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(25))
    service: FakeDps = dps.service  # type: ignore[assignment]
    apply_bulk = service._bulk
    calls = {"n": 0}

    def second_batch_lands_then_outage(body):
        # The first batch is answered; the second lands but its answer is lost,
        # and the service then stays away until the run gives up.
        calls["n"] += 1
        answer = apply_bulk(body)
        if calls["n"] == 2:
            service.fault("any", Fault.UNAVAILABLE, times=50)
            return Answer(0, drop=True)
        return answer

    service._bulk = second_batch_lands_then_outage  # type: ignore[method-assign]
    report = run(manifest_path, key, dps)

    assert isinstance(report.stopped, ServiceUnavailable)
    assert report.count(UploadState.UPLOADED) == 10
    in_flight = [u for u in report.units if u.state is UploadState.PENDING and u.batch_id]
    assert [u.device_id for u in in_flight] == [f"unit-{i:03d}" for i in range(10, 20)]
    assert len(service.bulk_bodies) == 2

    # The service comes back; the next run asks about the in-flight batch first.
    service.faults["any"].clear()
    service._bulk = apply_bulk  # type: ignore[method-assign]
    report = run(manifest_path, key, dps)

    assert report.ok and dps.problems == []
    assert set(service.created.values()) == {1} and len(service.created) == 25
    assert set(service.sent_in_bulk().values()) == {1}
    assert ("POST", "/enrollments/unit-010/attestationmechanism") in dps.requests


def test_a_batch_marked_in_flight_but_never_sent_is_sent_on_resume(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(3))
    with Manifest.open(manifest_path, key) as manifest:
        ledger = UploadLedger(manifest)
        ledger.track_provisioned(Target.DPS, {f"unit-{i:03d}": True for i in range(3)})
        # The station died right after recording the batch as sent.
        ledger.mark_in_flight(Target.DPS, ["unit-000", "unit-001"], "batch-killed")

    report = run(manifest_path, key, dps)

    service: FakeDps = dps.service  # type: ignore[assignment]
    assert report.ok and dps.problems == []
    assert ("POST", "/enrollments/unit-000/attestationmechanism") in dps.requests
    assert set(service.created.values()) == {1} and len(service.created) == 3


def test_a_rejected_credential_stops_the_upload_with_a_hint(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(3))
    service: FakeDps = dps.service  # type: ignore[assignment]
    wrong = service.connection_string.replace(service.key, "d3Jvbmcta2V5LXdyb25nLWtleQ==")
    credential = DpsCredential(DpsConnectionString.parse(wrong))

    report = upload(manifest_path, "dps", credential=credential, endpoint=dps.url,
                    station_key=key, sleep=Sleeper())

    assert isinstance(report.stopped, CredentialRejected)
    assert "refused the credential" in report.stopped.message
    assert "connection string" in report.stopped.hint
    assert dps.unauthorized == 1 and service.enrollments == {}
    assert states(manifest_path, key) == dict.fromkeys(
        ["unit-000", "unit-001", "unit-002"], UploadState.PENDING
    )


def test_a_unit_without_its_secrets_fails_with_a_reason(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(3))
    with Manifest.open(manifest_path, key) as manifest:
        manifest.forget_secrets("unit-000")

    report = run(manifest_path, key, dps)

    unit = report.unit("unit-000")
    assert unit is not None and unit.state is UploadState.FAILED
    assert "no SAS keys" in unit.reason
    assert report.count(UploadState.UPLOADED) == 2


def test_pending_and_failed_units_are_not_uploaded(manifest_path, key, dps):
    provision(manifest_path, key, [("unfinished", A.TPM)], finish=False)

    report = run(manifest_path, key, dps)

    assert report.units == () and dps.requests == []


def test_dry_run_writes_redacted_requests_and_changes_nothing(manifest_path, key, dps):
    issued = provision(manifest_path, key, mixed_units(12))
    out = io.StringIO()

    report = run(manifest_path, key, dps, dry_run=True, dry_run_out=out)

    requests = json.loads(out.getvalue())
    assert dps.requests == []
    assert [len(r["body"]["enrollments"]) for r in requests] == [10, 2]
    assert requests[0]["method"] == "POST"
    assert requests[0]["url"] == f"{dps.url}/enrollments?api-version=2021-10-01"
    keys = requests[0]["body"]["enrollments"][0]["attestation"]["symmetricKey"]
    assert keys == {"primaryKey": REDACTED, "secondaryKey": REDACTED}
    assert issued["unit-000"].sas_primary not in out.getvalue()
    assert report.dry_run and sum(u.would_send for u in report.units) == 12
    with Manifest.open(manifest_path, key) as manifest:
        assert UploadLedger(manifest).records(Target.DPS) == []


def test_the_credential_must_suit_the_target(manifest_path, key):
    provision(manifest_path, key, mixed_units(1))
    with pytest.raises(ConfigError, match="needs a DpsCredential"):
        upload(manifest_path, "dps", credential=IotcCredential("https://x", "t"), station_key=key)


# -- per-item results that report success -------------------------------------------------


def test_bulk_entries_that_report_success_count_as_uploaded(manifest_path, key, dps):
    provision(manifest_path, key, mixed_units(4))
    service: FakeDps = dps.service  # type: ignore[assignment]
    service.report_success("unit-000", 200, "Succeeded")
    service.report_success("unit-001", 200000, "Succeeded")
    service.reject("unit-002", 400004, "Bad format")

    report = run(manifest_path, key, dps)

    assert dps.problems == []
    assert states(manifest_path, key) == {
        "unit-000": UploadState.UPLOADED,
        "unit-001": UploadState.UPLOADED,
        "unit-002": UploadState.FAILED,
        "unit-003": UploadState.UPLOADED,
    }
    assert report.unit("unit-000").reason == ""  # type: ignore[union-attr]
    # Settled from the bulk reply alone: nothing was asked or sent again.
    assert len(service.bulk_bodies) == 1
    assert ("POST", "/enrollments/unit-000/attestationmechanism") not in dps.requests


# -- provisioning status, IoT Edge and initial twin from the profile ---------------------

ENROLLMENT_SECTION = """
[enrollment]
provisioning_status = "disabled"
iot_edge = true

[enrollment.initial_twin_tags]
site = "plant-7"
line = { number = 3, shift = "night" }

[enrollment.initial_twin_desired]
telemetryIntervalS = 30
thresholds = [1.5, 2.5]
"""


def test_enrollments_carry_the_profile_s_enrollment_section(manifest_path, key, dps, tmp_path):
    folder = tmp_path / "profiles"
    write_profile(folder, "esp32-devkit", ENROLLMENT_SECTION)
    provision(manifest_path, key, mixed_units(3))

    report = run(manifest_path, key, dps, profile_folders=[folder])

    service: FakeDps = dps.service  # type: ignore[assignment]
    assert dps.problems == [] and report.ok and report.notes == ()
    for device_id in ("unit-000", "unit-001", "unit-002"):
        enrollment = service.enrollments[device_id]
        assert enrollment["provisioningStatus"] == "disabled"
        assert enrollment["capabilities"] == {"iotEdge": True}
        assert enrollment["initialTwin"] == {
            "tags": {"site": "plant-7", "line": {"number": 3, "shift": "night"}},
            "properties": {"desired": {"telemetryIntervalS": 30, "thresholds": [1.5, 2.5]}},
        }


def test_overrides_win_over_the_profile(manifest_path, key, dps, tmp_path):
    folder = tmp_path / "profiles"
    write_profile(folder, "esp32-devkit", ENROLLMENT_SECTION)
    provision(manifest_path, key, [("sas-1", A.SAS_INDIVIDUAL)])

    run(manifest_path, key, dps, profile_folders=[folder],
        overrides=OptionOverrides(provisioning_status="enabled", iot_edge=False))

    enrollment = dps.service.enrollments["sas-1"]  # type: ignore[union-attr]
    assert enrollment["provisioningStatus"] == "enabled"
    assert enrollment["capabilities"] == {"iotEdge": False}
    assert enrollment["initialTwin"]["tags"]["site"] == "plant-7"


def test_a_profile_without_the_section_gives_the_defaults(manifest_path, key, dps, tmp_path):
    folder = tmp_path / "profiles"
    write_profile(folder, "esp32-devkit")
    provision(manifest_path, key, [("sas-1", A.SAS_INDIVIDUAL)])

    report = run(manifest_path, key, dps, profile_folders=[folder])

    enrollment = dps.service.enrollments["sas-1"]  # type: ignore[union-attr]
    assert enrollment["provisioningStatus"] == "enabled"
    assert enrollment["capabilities"] == {"iotEdge": False}
    assert "initialTwin" not in enrollment and report.notes == ()


def test_a_missing_profile_gives_the_defaults_and_says_so(manifest_path, key, dps, tmp_path):
    provision(manifest_path, key, [("sas-1", A.SAS_INDIVIDUAL), ("tpm-1", A.TPM)])

    report = run(manifest_path, key, dps, profile_folders=[tmp_path / "no-profiles"],
                 overrides=OptionOverrides(iot_edge=True))

    service: FakeDps = dps.service  # type: ignore[assignment]
    assert report.ok and dps.problems == []
    assert report.notes == (
        "profile 'esp32-devkit' of 2 unit(s) was not found; their enrollments take the "
        "defaults: enabled, no IoT Edge, no initial twin",
    )
    assert service.enrollments["sas-1"]["provisioningStatus"] == "enabled"
    assert service.enrollments["tpm-1"]["capabilities"] == {"iotEdge": True}


def test_a_profile_that_does_not_load_stops_before_sending(manifest_path, key, dps, tmp_path):
    folder = tmp_path / "profiles"
    write_profile(folder, "esp32-devkit", '[enrollment]\nprovisioning_status = "off"\n')
    provision(manifest_path, key, [("sas-1", A.SAS_INDIVIDUAL)])

    with pytest.raises(ConfigError) as caught:
        run(manifest_path, key, dps, profile_folders=[folder])

    assert "esp32-devkit" in caught.value.message and "sas-1" in caught.value.message
    assert "nothing was sent" in caught.value.hint
    assert dps.requests == []
    assert states(manifest_path, key) == {"sas-1": UploadState.PENDING}


def test_fixed_options_apply_to_every_unit_and_show_in_a_dry_run(manifest_path, key, dps):
    provision(manifest_path, key, [("sas-1", A.SAS_INDIVIDUAL)])
    out = io.StringIO()
    twin = {"tags": {"batch": "b-12"}}

    run(manifest_path, key, dps, dry_run=True, dry_run_out=out,
        options=EnrollmentOptions("disabled", True, twin))

    body = json.loads(out.getvalue())[0]["body"]["enrollments"][0]
    assert body["provisioningStatus"] == "disabled"
    assert body["capabilities"] == {"iotEdge": True} and body["initialTwin"] == twin
    assert dps.requests == []
