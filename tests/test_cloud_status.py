"""``station cloud status``: each unit's status read back page by page, recorded in the
manifest, resumable; against the strict local IoT Central and DPS of ``tests.cloud_server``."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import pytest

from station.cli import main
from station.core.models import Attestation
from station.credentials.sas import derive_device_key
from station.credentials.secret_store import GROUP_KEY
from station.enrollment.client import ServiceClient
from station.enrollment.cloud_status import CloudStatus, StatusBook, refresh_status
from station.enrollment.errors import EnrollmentError, ServiceUnavailable
from station.enrollment.groups import GroupAttestation, GroupSpec, central_group, dps_group
from station.enrollment.limits import RETRY_ATTEMPTS
from station.enrollment.sas import DpsConnectionString
from station.enrollment.state import Target
from station.enrollment.upload import DpsCredential, IotcCredential, service_client, upload
from station.manifest import Manifest, StationKey
from tests.cloud_server import CloudCentral, CloudDps
from tests.enrollment_server import IOTC_TOKEN, Fault, ServiceServer, provision

A = Attestation
APP = "https://line-1.azureiotcentral.com"
MODEL = "dtmi:contoso:Thermostat;1"


class DictStore:
    """A secret store in memory (the tests' own; the station's are tested elsewhere)."""

    description = "memory"
    needs_passphrase = False
    unlocked = True

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def unlock(self, passphrase: str) -> None:
        pass

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


@pytest.fixture
def key() -> StationKey:
    return StationKey.generate()


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


def client_for(server: ServiceServer, credential) -> ServiceClient:
    return service_client(credential, server.url, lambda s: None, lambda: 0.0)


def central_credential() -> IotcCredential:
    return IotcCredential(APP, IOTC_TOKEN)


def dps_credential(service: CloudDps) -> DpsCredential:
    return DpsCredential(DpsConnectionString.parse(service.connection_string))


def refresh(path: Path, target: str, server: ServiceServer, credential, waits=None):
    return refresh_status(path, target, credential=credential, endpoint=server.url,
                          sleep=(waits.append if waits is not None else lambda s: None))


def group_units(prefix: str, count: int) -> list[tuple[str, Attestation]]:
    return [(f"{prefix}-{i:02d}", A.SAS_GROUP) for i in range(count)]


# -- IoT Central -----------------------------------------------------------------------------


def central_line(manifest_path: Path, key: StationKey, server: ServiceServer, count: int = 20):
    """A SAS group in the app, ``count`` group units and two individual ones, uploaded."""
    service: CloudCentral = server.service  # type: ignore[assignment]
    store = DictStore()
    with client_for(server, central_credential()) as client:
        central_group(client, GroupSpec("line", GroupAttestation.SAS), store)
    issued = provision(manifest_path, key, [*group_units("g", count),
                                            ("ind-1", A.SAS_INDIVIDUAL),
                                            ("conf-1", A.SAS_INDIVIDUAL)], model_id=MODEL)
    other = "c29tZW9uZS1lbHNlcy1rZXktMTIzNDU2"
    service.seed("conf-1", {"type": "symmetricKey",
                            "symmetricKey": {"primaryKey": other, "secondaryKey": other}})
    report = upload(manifest_path, "central", credential=central_credential(),
                    endpoint=server.url, station_key=key, sleep=lambda s: None)
    assert report.stopped is None
    return service, store, issued


def test_iot_central_status_sees_exactly_the_registered_units_as_connected(manifest_path, key):
    with ServiceServer(CloudCentral(max_page=4)) as server:
        service, store, issued = central_line(manifest_path, key, server)
        registered = [f"g-{i:02d}" for i in range(7)]
        for device_id in registered:  # as a device would: a key derived from the group's
            service.register(device_id, symmetric_key=derive_device_key(store.get(GROUP_KEY),
                                                                        device_id))
        service.register("ind-1", symmetric_key=issued["ind-1"].sas_primary)
        service.devices["g-06"].pop("template")
        service.devices["g-07"]["enabled"] = False
        del service.devices["g-08"]
        lists_before = service.list_requests

        report = refresh(manifest_path, "central", server, central_credential())

    assert server.problems == [] and report.stopped is None
    assert report.connected == {*registered, "ind-1"}
    status = {u.device_id: u.status for u in report.units}
    assert status["g-00"] is CloudStatus.PROVISIONED
    assert status["g-06"] is CloudStatus.UNASSOCIATED
    assert status["g-07"] is CloudStatus.BLOCKED
    assert status["g-08"] is CloudStatus.UNKNOWN
    assert "enrolled by the station but unknown" in report.unit("g-08").detail  # type: ignore
    assert status["g-09"] is CloudStatus.REGISTERED
    assert status["conf-1"] is CloudStatus.OTHER_ATTESTATION
    # Paged: one request per page of (at most) four devices, never one per unit.
    pages = math.ceil(len(service.devices) / 4)
    assert report.requests == pages == service.list_requests - lists_before
    assert report.requests / len(report.units) <= 0.3
    with Manifest.open(manifest_path) as manifest:
        stored = {u.device_id: u.status for u in StatusBook(manifest).records(Target.CENTRAL)}
    assert stored == status


def test_history_grows_only_when_a_status_changes(manifest_path, key):
    with ServiceServer(CloudCentral()) as server:
        service, store, _ = central_line(manifest_path, key, server, count=3)
        refresh(manifest_path, "central", server, central_credential())
        refresh(manifest_path, "central", server, central_credential())
        service.register("g-01", symmetric_key=derive_device_key(store.get(GROUP_KEY), "g-01"))
        refresh(manifest_path, "central", server, central_credential())

    with Manifest.open(manifest_path) as manifest:
        book = StatusBook(manifest)
        history = [u.status for u in book.history("g-01", Target.CENTRAL)]
        assert [u.status for u in book.history("g-00", Target.CENTRAL)] == [
            CloudStatus.REGISTERED]
        runs = manifest.db.conn.execute(
            "SELECT count(*) FROM cloud_status_runs WHERE finished_at IS NOT NULL").fetchone()
    assert history == [CloudStatus.REGISTERED, CloudStatus.PROVISIONED]
    assert runs == (3,)


def test_a_refresh_stopped_by_an_outage_resumes_from_the_page_it_reached(manifest_path, key):
    with ServiceServer(CloudCentral(max_page=5)) as server:
        service, store, _ = central_line(manifest_path, key, server, count=18)
        for device_id in ("g-00", "g-17"):
            service.register(device_id, symmetric_key=derive_device_key(store.get(GROUP_KEY),
                                                                        device_id))
        listing = service._list

        def outage_after_two_pages():
            answer = listing()
            if service.list_requests == 2:
                service.fault("list", Fault.UNAVAILABLE, times=RETRY_ATTEMPTS)
            return answer

        service._list = outage_after_two_pages  # type: ignore[method-assign]
        stopped = refresh(manifest_path, "central", server, central_credential())
        service._list = listing  # type: ignore[method-assign]
        resumed = refresh(manifest_path, "central", server, central_credential())

    assert isinstance(stopped.stopped, ServiceUnavailable) and stopped.requests == 2
    assert "g-00" in stopped.connected and len(stopped.units) == 10  # two pages recorded
    assert resumed.resumed and resumed.stopped is None
    assert resumed.requests == 4 - 2  # 20 devices in pages of 5: the rest, not the start
    assert resumed.connected == {"g-00", "g-17"} and len(resumed.units) == 20
    assert server.problems == []


def test_throttling_and_dropped_connections_are_retried(manifest_path, key):
    with ServiceServer(CloudCentral(max_page=10)) as server:
        service, _, _ = central_line(manifest_path, key, server, count=8)
        service.fault("list", Fault.THROTTLE, "7")
        service.fault("list", Fault.DROP_BEFORE)
        service.fault("list", Fault.SERVER_ERROR)
        waits: list[float] = []

        report = refresh(manifest_path, "central", server, central_credential(), waits)

    assert report.stopped is None and len(report.units) == 10
    assert waits[0] == 7.0 and len(waits) == 3
    assert server.problems == []


def test_a_next_link_to_another_host_is_not_followed(manifest_path, key):
    with ServiceServer(CloudCentral()) as server:
        with client_for(server, central_credential()) as client:
            with pytest.raises(EnrollmentError, match="another address"):
                client.follow("https://elsewhere.example/api/devices?api-version=2022-07-31")
    assert server.requests == []


def test_the_status_command_prints_counts_and_names_units_not_connected(
    manifest_path, key, monkeypatch, capsys
):
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)
    with ServiceServer(CloudCentral()) as server:
        service, store, _ = central_line(manifest_path, key, server, count=2)
        service.register("g-00", symmetric_key=derive_device_key(store.get(GROUP_KEY), "g-00"))
        code = main(["cloud", "status", "--app", APP, "--endpoint", server.url,
                     "--manifest", str(manifest_path)])

    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0].startswith("central status: 1 of 4 connected")
    assert "  g-01: registered (created, never connected)" in out
    assert IOTC_TOKEN not in out


# -- DPS -------------------------------------------------------------------------------------


def test_dps_status_reads_enrollments_and_group_registrations_with_continuations(
    manifest_path, key
):
    service = CloudDps(max_page=3)
    store = DictStore()
    individual = [(f"ind-{i}", A.SAS_INDIVIDUAL) for i in range(6)]
    with ServiceServer(service) as server:
        credential = dps_credential(service)
        with client_for(server, credential) as client:
            dps_group(client, GroupSpec("grp", GroupAttestation.SAS), store)
        other = "c29tZW9uZS1lbHNlcy1rZXktMTIzNDU2"
        service.seed({"registrationId": "ind-5", "attestation": {
            "type": "symmetricKey", "symmetricKey": {"primaryKey": other, "secondaryKey": other}}})
        issued = provision(manifest_path, key, [*group_units("g", 10), *individual])
        upload(manifest_path, "dps", credential=credential, endpoint=server.url,
               station_key=key, sleep=lambda s: None)
        group_key = store.get(GROUP_KEY)
        for device_id in [f"g-{i:02d}" for i in range(5)]:
            service.register(device_id, symmetric_key=derive_device_key(group_key, device_id))
        service.fail_registration("g-05", "grp", "Device sent an invalid payload")
        for device_id in ("ind-0", "ind-1"):
            service.register(device_id, symmetric_key=issued[device_id].sas_primary)
        del service.enrollments["ind-2"]
        before = len(server.requests)

        report = refresh(manifest_path, "dps", server, credential)

        sent = server.requests[before:]
    assert server.problems == [] and report.stopped is None
    assert report.connected == {"g-00", "g-01", "g-02", "g-03", "g-04", "ind-0", "ind-1"}
    status = {u.device_id: u for u in report.units}
    assert status["g-05"].status is CloudStatus.FAILED
    assert "invalid payload" in status["g-05"].detail
    assert status["g-09"].status is CloudStatus.NEVER_REGISTERED
    assert status["ind-3"].status is CloudStatus.NEVER_REGISTERED
    assert status["ind-2"].status is CloudStatus.UNKNOWN
    assert status["ind-5"].status is CloudStatus.OTHER_ATTESTATION
    # 5 enrollments, 1 group and 6 registrations, in pages of 3: 2 + 1 + 2 requests.
    assert report.requests == len(sent) == 5
    assert sent == [("POST", "/enrollments/query")] * 2 + [
        ("POST", "/enrollmentGroups/query")] + [("POST", "/registrations/grp/query")] * 2


def test_group_units_without_a_group_of_their_kind_are_not_enrolled(manifest_path, key):
    service = CloudDps()
    with ServiceServer(service) as server:
        provision(manifest_path, key, [("x-1", A.X509_GROUP)])
        report = refresh(manifest_path, "dps", server, dps_credential(service))

    unit = report.unit("x-1")
    assert unit is not None and unit.status is CloudStatus.NOT_ENROLLED
    assert "no x509 enrollment group" in unit.detail


def test_a_dps_refresh_resumes_mid_query_with_its_continuation_token(manifest_path, key):
    service = CloudDps(max_page=2)
    store = DictStore()
    with ServiceServer(service) as server:
        credential = dps_credential(service)
        with client_for(server, credential) as client:
            dps_group(client, GroupSpec("grp", GroupAttestation.SAS), store)
        provision(manifest_path, key, group_units("g", 9))
        for i in range(9):
            device_id = f"g-{i:02d}"
            service.register(device_id, symmetric_key=derive_device_key(store.get(GROUP_KEY),
                                                                        device_id))
        service.fault("list", Fault.DROP_AFTER)  # retried: queries are reads
        query = service._query

        def outage_on_third_registration_page(name, body, items, **kw):
            answer = query(name, body, items, **kw)
            if service.queries[name] == 2 and name.startswith("registrations"):
                service.fault("list", Fault.UNAVAILABLE, times=RETRY_ATTEMPTS)
            return answer

        service._query = outage_on_third_registration_page  # type: ignore[method-assign]
        stopped = refresh(manifest_path, "dps", server, credential)
        service._query = query  # type: ignore[method-assign]
        resumed = refresh(manifest_path, "dps", server, credential)

    assert stopped.stopped is not None and len(stopped.connected) == 4
    assert resumed.resumed and resumed.stopped is None
    assert len(resumed.connected) == 9
    # Resumed at the third of five registration pages: no enrollment or group query again.
    # (The first enrollment query's answer was dropped, so it went twice.)
    assert service.queries["enrollments"] == 2 and service.queries["groups"] == 1
    assert service.queries["registrations/grp"] == 5
    assert server.problems == []


def test_the_manifest_keeps_status_apart_from_the_journaled_units(manifest_path, key):
    provision(manifest_path, key, [("u-1", A.SAS_GROUP)])
    raw = sqlite3.connect(manifest_path)
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    columns = {row[1] for row in raw.execute("PRAGMA table_info(units)")}
    raw.close()
    assert {"cloud_status", "cloud_status_history", "cloud_status_runs"} <= tables
    assert not any("cloud" in column for column in columns)
