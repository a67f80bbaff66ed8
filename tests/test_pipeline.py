"""The pipeline with real parts: a virtual console board on a loopback socket, a real
SQLite manifest and real credentials."""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
from pathlib import Path

import pytest

from station.core.events import EventKind, Stage, StageEvent
from station.core.models import Attestation, BoardInfo, DeviceIdentity, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.core.runner import ProvisioningRun
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.manifest.connection import iso
from station.profiles.loader import find_profile
from station.simulation.console_board import VirtualConsoleBoard

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
SCOPE = "0ne000DE001"


def expected_key(device_id: str) -> str:
    digest = hmac.new(base64.b64decode(GROUP_KEY), device_id.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


@pytest.fixture
def key() -> StationKey:
    return StationKey.generate()


def make_plan(mode: Attestation = Attestation.SAS_GROUP, profile: str = "demo-console") -> UnitPlan:
    loaded = find_profile(profile)
    return build_plan(
        loaded,
        JobSettings(id_scope=SCOPE, attestation=mode, operator="ana", station_id="line-1"),
        JobSecrets(group_key_b64=GROUP_KEY),
        counters=None,
    )


class Recorder:
    def __init__(self) -> None:
        self.events: list[StageEvent] = []
        self.lock = threading.Lock()

    def __call__(self, event: StageEvent) -> None:
        with self.lock:
            self.events.append(event)

    def stages(self, kind: EventKind) -> list[Stage]:
        return [e.stage for e in self.events if e.kind is kind]


def provision_once(plan, url, manifest_path, key, emit=None, **kwargs):
    with Manifest.open(manifest_path, key) as store:
        return run_unit(plan, url, store, emit or Recorder(), **kwargs)


def test_unit_is_written_verified_and_recorded(manifest_path, key):
    board = VirtualConsoleBoard(seed=1)
    recorder = Recorder()
    with board.serve_tcp() as served:
        result = provision_once(make_plan(), served.url, manifest_path, key, recorder)

    assert result.status is UnitStatus.PROVISIONED, result.reason
    assert result.device_id == f"demo-{board.mac}"
    stored = board.committed["dps"]
    assert stored["scope_id"] == SCOPE
    assert stored["device_id"] == result.device_id
    assert stored["sas_key"] == expected_key(result.device_id)
    assert recorder.stages(EventKind.FINISHED) == [
        Stage.DETECT,
        Stage.IDENTIFY,
        Stage.CREDENTIALS,
        Stage.RECORD_PENDING,
        Stage.WRITE,
        Stage.VERIFY,
        Stage.RECORD_DONE,
    ]
    with Manifest.open(manifest_path, key) as manifest:
        unit = manifest.unit(result.device_id)
        assert unit is not None
        assert unit.status == "provisioned"
        assert unit.operator == "ana" and unit.station_id == "line-1"
        assert unit.port == served.url
        logged = [(e.stage, e.kind) for e in manifest.events_for(result.device_id)]
        assert ("write", "finished") in logged


class CountedWrites:
    """A port's manifest that counts the pipeline's event writes."""

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self.event_writes = 0

    def __getattr__(self, name: str):
        return getattr(self._manifest, name)

    def record_events(self, attempt_id, events) -> None:
        self.event_writes += 1
        self._manifest.record_events(attempt_id, events)


def test_a_stages_events_are_kept_in_one_write_each_at_its_own_time(manifest_path, key):
    board = VirtualConsoleBoard(seed=11)
    recorder = Recorder()
    with board.serve_tcp() as served, Manifest.open(manifest_path, key) as manifest:
        counted = CountedWrites(manifest)
        result = run_unit(make_plan(), served.url, counted, recorder)

    assert result.ok, result.reason
    shown = [e for e in recorder.events if e.kind is not EventKind.PROGRESS]
    assert counted.event_writes == len(recorder.stages(EventKind.FINISHED)) == 7
    assert len(shown) > counted.event_writes  # the write stage logs lines too
    with Manifest.open(manifest_path, key) as manifest:
        kept = manifest.events_for(result.device_id)
    assert [(e.stage, e.kind, e.message) for e in kept] == [
        (e.stage.value, e.kind.value, e.message) for e in shown
    ]
    assert [e.at for e in kept] == [iso(e.at) for e in shown]


def test_a_failed_stages_events_are_kept_with_its_failure(manifest_path, key):
    board = VirtualConsoleBoard(seed=12, fault="disconnect-mid-write")
    recorder = Recorder()
    with board.serve_tcp() as served:
        result = provision_once(make_plan(), served.url, manifest_path, key, recorder)

    assert result.failed_stage == "write"
    with Manifest.open(manifest_path, key) as manifest:
        kept = [(e.stage, e.kind) for e in manifest.events_for(result.device_id)]
    assert kept[-1] == ("write", "failed")
    assert ("write", "started") in kept and ("record-pending", "finished") in kept


def test_unit_is_pending_in_the_manifest_before_the_board_is_written(manifest_path, key):
    seen: list[str | None] = []

    def observer(event: StageEvent) -> None:
        if event.stage is Stage.WRITE and event.kind is EventKind.STARTED:
            # Another connection, as a station restarted at this moment would see it.
            with Manifest.open(manifest_path, key) as other:
                unit = other.unit(event.device_id)
                seen.append(unit.status if unit else None)

    board = VirtualConsoleBoard(seed=2)
    with board.serve_tcp() as served:
        result = provision_once(make_plan(), served.url, manifest_path, key, observer)
    assert result.ok
    assert seen == ["pending"]


def test_write_failure_leaves_the_unit_failed_and_the_station_goes_on(manifest_path, key):
    bad = VirtualConsoleBoard(seed=3, fault="disconnect-mid-write")
    good = VirtualConsoleBoard(seed=4)
    plan = make_plan()
    with bad.serve_tcp() as bad_port, good.serve_tcp() as good_port:
        failed = provision_once(plan, bad_port.url, manifest_path, key)
        passed = provision_once(plan, good_port.url, manifest_path, key)

    assert failed.status is UnitStatus.FAILED
    assert failed.failed_stage == "write"
    assert bad_port.url in failed.reason
    assert passed.ok
    with Manifest.open(manifest_path, key) as manifest:
        record = manifest.unit(failed.device_id)
        assert record is not None and record.status == "failed"
        assert record.failed_stage == "write"
        assert record.failure_reason == failed.reason
        assert manifest.unit(passed.device_id).status == "provisioned"


def test_a_silent_board_fails_at_detect_without_a_unit_row(manifest_path, key):
    board = VirtualConsoleBoard(seed=5, fault="silent")
    plan = make_plan()
    with board.serve_tcp() as served:
        result = provision_once(plan, served.url, manifest_path, key)
    assert result.failed_stage == "detect"
    assert "no answer" in result.reason
    assert result.hint
    with Manifest.open(manifest_path, key) as manifest:
        assert manifest.count_units() == 0
        assert manifest.yield_summary().attempts_failed == 1


def test_a_corrupted_store_fails_verification(manifest_path, key):
    board = VirtualConsoleBoard(seed=6, fault="corrupt")
    with board.serve_tcp() as served:
        result = provision_once(make_plan(), served.url, manifest_path, key)
    assert result.failed_stage == "verify"
    with Manifest.open(manifest_path, key) as manifest:
        assert manifest.unit(result.device_id).status == "failed"


def test_a_board_of_another_type_is_refused_before_anything_is_written(manifest_path, key):
    board = VirtualConsoleBoard(board_type="other-board", seed=7)
    with board.serve_tcp() as served:
        result = provision_once(make_plan(), served.url, manifest_path, key)
    assert result.failed_stage == "detect"
    assert "other-board" in result.reason and "virtual-console" in result.reason
    assert board.committed == {}


def test_a_board_provisioned_before_is_not_given_a_second_identity(manifest_path, key):
    board = VirtualConsoleBoard(seed=8)
    plan = make_plan()
    with board.serve_tcp() as served:
        first = provision_once(plan, served.url, manifest_path, key)
        second = provision_once(plan, served.url, manifest_path, key)
    assert first.ok
    assert second.failed_stage == "record-pending"
    assert first.device_id in second.reason
    with Manifest.open(manifest_path, key) as manifest:
        assert manifest.unit(first.device_id).status == "provisioned"


def test_a_failed_unit_can_be_retried_on_the_same_board(manifest_path, key):
    board = VirtualConsoleBoard(seed=9, fault="corrupt")
    plan = make_plan()
    with board.serve_tcp() as served:
        first = provision_once(plan, served.url, manifest_path, key)
        board.fault = None
        retry = provision_once(plan, served.url, manifest_path, key)
    assert first.failed_stage == "verify"
    assert retry.ok and retry.device_id == first.device_id
    with Manifest.open(manifest_path, key) as manifest:
        unit = manifest.unit(first.device_id)
        assert unit.status == "provisioned"
        assert unit.attempts == 2


def test_cancel_stops_the_unit_before_the_next_stage(manifest_path, key):
    cancel = threading.Event()

    def observer(event: StageEvent) -> None:
        if event.stage is Stage.IDENTIFY and event.kind is EventKind.FINISHED:
            cancel.set()

    board = VirtualConsoleBoard(seed=10)
    with board.serve_tcp() as served:
        result = provision_once(
            make_plan(), served.url, manifest_path, key, observer, cancel=cancel
        )
    assert result.status is UnitStatus.FAILED
    assert result.failed_stage == "credentials"
    assert "stopped" in result.reason
    assert board.committed == {}


class ExplodingIdentity:
    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
        raise RuntimeError("disk on fire")


def test_an_unexpected_error_fails_one_unit_with_its_stage(manifest_path, key):
    plan = make_plan()
    broken = UnitPlan(
        job=plan.job,
        board_type=plan.board_type,
        transport=plan.transport,
        identity=ExplodingIdentity(),
        credentials=plan.credentials,
        build_payload=plan.build_payload,
    )
    board = VirtualConsoleBoard(seed=11)
    with board.serve_tcp() as served:
        result = provision_once(broken, served.url, manifest_path, key)
    assert result.failed_stage == "identify"
    assert "RuntimeError" in result.reason and "disk on fire" in result.reason


@pytest.mark.parametrize(
    "mode", [Attestation.SAS_INDIVIDUAL, Attestation.X509_INDIVIDUAL]
)
def test_individual_modes_write_their_credential(manifest_path, key, mode):
    board = VirtualConsoleBoard(seed=12)
    with board.serve_tcp() as served:
        result = provision_once(make_plan(mode), served.url, manifest_path, key)
    assert result.ok, result.reason
    stored = board.committed["dps"]
    with Manifest.open(manifest_path, key) as manifest:
        unit = manifest.unit(result.device_id)
        if mode is Attestation.SAS_INDIVIDUAL:
            assert manifest.unit_secrets(result.device_id)["sas_primary"] == stored["sas_key"]
        else:
            assert b"BEGIN CERTIFICATE" in stored["cert_pem"]
            assert unit.cert_thumbprint_sha1


def test_several_ports_at_once_each_get_their_own_units(manifest_path, key):
    boards = [VirtualConsoleBoard(seed=20 + n, swap_on_reboot=True) for n in range(3)]
    served = [board.serve_tcp() for board in boards]
    try:
        run = ProvisioningRun(
            make_plan(),
            [s.url for s in served],
            lambda: Manifest.open(manifest_path, key),
            Recorder(),
            count=7,
        )
        results = run.run()
    finally:
        for s in served:
            s.stop()
    assert len(results) == 7
    assert all(r.ok for r in results), [r.reason for r in results]
    assert len({r.device_id for r in results}) == 7
    assert {r.port for r in results} == {s.url for s in served}
    with Manifest.open(manifest_path, key) as manifest:
        assert manifest.count_units(status="provisioned") == 7
