"""``station cloud status --line``: the line's units read back from IoT Central page by
page into the line database, whichever station recorded them; a refresh cut by an outage
resumes from the page it reached. Against the strict loopback IoT Central of the cloud
tests and a real PostgreSQL."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from station.cli import main
from station.core.models import Attestation
from station.credentials.sas import derive_device_key
from station.credentials.secret_store import GROUP_KEY
from station.enrollment.errors import ServiceUnavailable
from station.enrollment.groups import GroupAttestation, GroupSpec, central_group, dps_group
from station.enrollment.limits import RETRY_ATTEMPTS
from station.line.config import LineConfig
from station.line.connection import LineConnector
from station.line.outbox import copy_changes
from station.line.uploads import refresh_line_status
from station.manifest import StationKey
from tests.cloud_server import CloudCentral, CloudDps
from tests.enrollment_server import IOTC_TOKEN, Fault, ServiceServer, provision
from tests.line.conftest import LineDb, at_home, put_on_line
from tests.test_cloud_status import (
    APP,
    MODEL,
    DictStore,
    central_credential,
    client_for,
    dps_credential,
)

A = Attestation
STATIONS = {
    "st-1": [(f"g-{i:02d}", A.SAS_GROUP) for i in range(6)],
    "st-2": [(f"g-{i:02d}", A.SAS_GROUP) for i in range(6, 10)],
}


def on_line(
    tmp_path: Path,
    db: LineDb,
    station: str,
    units: list[tuple[str, Attestation]],
    *,
    finish: bool = True,
) -> None:
    path = tmp_path / station / "manifest.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    key = StationKey.generate()
    provision(path, key, units, finish=finish, model_id=MODEL)
    copy_changes(path, key, LineConnector(LineConfig(db.url, station, path), db.password))


@pytest.fixture
def home(tmp_path: Path, line_db: LineDb) -> Path:
    """The QA PC: on the line as a station of its own (its settings and password)."""
    folder = tmp_path / "qa-home"
    put_on_line(folder, line_db, "qa", folder / "manifest.sqlite")
    return folder


def statuses(db: LineDb, target: str = "central") -> dict[str, tuple[str, str]]:
    rows = db.query(
        "SELECT device_id, station, status FROM line_cloud_status WHERE target = %s", (target,)
    )
    return {device_id: (station, status) for device_id, station, status in rows}


def test_cloud_status_of_the_line_lands_in_the_line_record_and_resumes_after_an_outage(
    tmp_path: Path,
    line_db: LineDb,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for station, units in STATIONS.items():
        on_line(tmp_path, line_db, station, units)
    on_line(tmp_path, line_db, "st-3", [("never-done", A.SAS_GROUP)], finish=False)
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)
    command = ["--app", APP, "--endpoint", "URL"]
    with ServiceServer(CloudCentral(max_page=3)) as server:
        service: CloudCentral = server.service  # type: ignore[assignment]
        command[-1] = server.url
        store = DictStore()
        with client_for(server, central_credential()) as client:
            central_group(client, GroupSpec("line", GroupAttestation.SAS), store)
        with at_home(home):  # the line uploads its units once, then reads them back
            assert main(["enroll", "upload", "--line", "--target", "central", *command]) == 0
        for device_id in ("g-00", "g-03", "g-07"):  # as the devices would, through the group
            service.register(
                device_id, symmetric_key=derive_device_key(store.get(GROUP_KEY), device_id)
            )
        service.devices["g-08"]["enabled"] = False
        del service.devices["g-09"]
        listing = service._list

        def outage_after_two_pages():  # type: ignore[no-untyped-def]
            answer = listing()
            if service.list_requests == 2:
                service.fault("list", Fault.UNAVAILABLE, times=RETRY_ATTEMPTS)
            return answer

        service._list = outage_after_two_pages  # type: ignore[method-assign]
        capsys.readouterr()
        qa = LineConnector(
            LineConfig(line_db.url, "qa", home / "manifest.sqlite"), line_db.password
        )
        # The outage outlasts the retries (not waited for here); the CLI resumes.
        cut = refresh_line_status(
            qa,
            "central",
            credential=central_credential(),
            endpoint=server.url,
            sleep=lambda s: None,
        )
        read_first = statuses(line_db)
        with at_home(home):
            service._list = listing  # type: ignore[method-assign]
            lists_before = service.list_requests
            assert main(["cloud", "status", "--line", *command]) == 0
            done = capsys.readouterr().out

        assert server.problems == []
        pages = math.ceil(len(service.devices) / 3)
        assert service.list_requests - lists_before == pages - 2  # the rest, not the start

    assert isinstance(cut.stopped, ServiceUnavailable) and cut.requests == 2
    assert len(read_first) == 6  # two pages of three, kept before the outage
    assert done.splitlines()[:2] == [
        f"the line record at {line_db.url.split('@')[1]}:",
        "central status: 3 of 10 connected (5 registered, 3 provisioned, 1 blocked, "
        "1 unknown; 1 request(s))",  # the third and last page only
    ]
    assert statuses(line_db) == {
        **{f"g-{i:02d}": ("st-1", "registered") for i in (1, 2, 4, 5)},
        "g-00": ("st-1", "provisioned"),
        "g-03": ("st-1", "provisioned"),
        "g-06": ("st-2", "registered"),
        "g-07": ("st-2", "provisioned"),
        "g-08": ("st-2", "blocked"),
        "g-09": ("st-2", "unknown"),  # uploaded by the line, gone from the app
    }
    runs = line_db.query("SELECT requests, finished_at IS NOT NULL FROM line_cloud_status_runs")
    assert runs == [(pages, True)]  # one run, resumed, counting every page it read
    history = line_db.query(
        "SELECT status FROM line_cloud_status_history WHERE device_id = 'g-00' ORDER BY id"
    )
    assert history == [("provisioned",)]
    assert IOTC_TOKEN not in done


def test_dps_status_of_the_line_pages_with_continuations_into_the_line_record(
    tmp_path: Path,
    line_db: LineDb,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for station, units in STATIONS.items():
        on_line(tmp_path, line_db, station, units)
    service = CloudDps(max_page=3)
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    with ServiceServer(service) as server:
        store = DictStore()
        with client_for(server, dps_credential(service)) as client:
            dps_group(client, GroupSpec("grp", GroupAttestation.SAS), store)
        for device_id in ("g-02", "g-06", "g-09"):
            service.register(
                device_id, symmetric_key=derive_device_key(store.get(GROUP_KEY), device_id)
            )
        service.fail_registration("g-05", "grp", "Device sent an invalid payload")
        command = ["cloud", "status", "--line", "--target", "dps", "--endpoint", server.url]
        with at_home(home):
            assert main(command) == 0
            first = capsys.readouterr().out
            assert main(command) == 0  # a second refresh starts afresh and finds the same
            second = capsys.readouterr().out
        assert server.problems == []
        # Each run: 0 enrollments (1 page), 1 group (1 page), 4 registrations (2 pages of 3).
        assert service.queries["registrations/grp"] == 4

    summary = "dps status: 3 of 10 connected (3 assigned, 1 failed, 6 never-registered; "
    assert first.splitlines()[1] == second.splitlines()[1] == summary + "4 request(s))"
    assert statuses(line_db, "dps") == {
        **{f"g-{i:02d}": ("st-1", "never-registered") for i in (0, 1, 3, 4)},
        "g-02": ("st-1", "assigned"),
        "g-05": ("st-1", "failed"),
        "g-06": ("st-2", "assigned"),
        "g-07": ("st-2", "never-registered"),
        "g-08": ("st-2", "never-registered"),
        "g-09": ("st-2", "assigned"),
    }
    assert line_db.query(
        "SELECT count(*), count(finished_at) FROM line_cloud_status_runs WHERE target = 'dps'"
    ) == [(2, 2)]
    # The history keeps a status once, however often it is read.
    assert line_db.query("SELECT count(*) FROM line_cloud_status_history WHERE target = 'dps'") == [
        (10,)
    ]
