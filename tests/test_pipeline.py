"""The pipeline with real parts: a virtual console board on a loopback socket, a real
SQLite manifest and real credentials."""

from __future__ import annotations

import base64
import hashlib
import hmac
import signal
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from station.core.errors import StationError
from station.core.events import EventKind, Stage, StageEvent
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.core.runner import ProvisioningRun
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.manifest.connection import iso
from station.profiles.loader import find_profile
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.esp32 import VirtualEsp32
from tests.python_runs import start_script

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


MANIFEST_WRITES = (
    "begin_attempt",
    "record_pending",
    "record_provisioned",
    "record_failed",
    "record_events",
    "next_counter",
)


class CountedWrites:
    """A port's manifest that notes the pipeline's writes, in order."""

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self.writes: list[str] = []

    def __getattr__(self, name: str):
        method = getattr(self._manifest, name)
        if name not in MANIFEST_WRITES:
            return method

        def counted(*args, **kwargs):
            self.writes.append(name)
            return method(*args, **kwargs)

        return counted


def kept_events(manifest_path: Path) -> list[tuple[str, str, str, str]]:
    """The last attempt's events as another connection reads them, in the order kept."""
    db = sqlite3.connect(manifest_path)
    try:
        return db.execute(
            "SELECT stage, kind, message, at FROM events "
            "WHERE attempt_id = (SELECT max(id) FROM attempts) ORDER BY id"
        ).fetchall()
    finally:
        db.close()


def as_kept(events: list[StageEvent]) -> list[tuple[str, str, str, str]]:
    """The events the manifest keeps of those shown, each at its own time."""
    return [
        (e.stage.value, e.kind.value, e.message, iso(e.at))
        for e in events
        if e.kind is not EventKind.PROGRESS
    ]


def serve_board(profile: str, seed: int):
    if profile == "demo-esp32":
        return VirtualEsp32(seed=f"pipeline-{seed}").serve_tcp()
    return VirtualConsoleBoard(seed=seed).serve_tcp()


@pytest.mark.parametrize("profile", ["demo-esp32", "demo-console"])
def test_a_unit_takes_five_manifest_writes_and_keeps_every_event(manifest_path, key, profile):
    recorder = Recorder()
    with serve_board(profile, 11) as served, Manifest.open(manifest_path, key) as manifest:
        counted = CountedWrites(manifest)
        result = run_unit(make_plan(profile=profile), served.url, counted, recorder)

    assert result.ok, result.reason
    # Events before record(pending) go with it; WRITE's are kept when it ends, VERIFY's
    # with record(provisioned), the rest in one write at the unit's end.
    assert counted.writes == [
        "begin_attempt",
        "record_pending",
        "record_events",
        "record_provisioned",
        "record_events",
    ]
    shown = as_kept(recorder.events)
    assert len(shown) > 2 * len(recorder.stages(EventKind.FINISHED))  # WRITE logs lines too
    assert kept_events(manifest_path) == shown


def test_a_label_goes_with_the_units_last_write(manifest_path, key):
    labelled: list[str] = []
    plan = replace(make_plan(), write_label=lambda unit: labelled.append(unit.device_id) or "")
    recorder = Recorder()
    with serve_board("demo-console", 13) as served, Manifest.open(manifest_path, key) as manifest:
        counted = CountedWrites(manifest)
        result = run_unit(plan, served.url, counted, recorder)

    assert result.ok and labelled == [result.device_id]
    assert len(counted.writes) == 5 and counted.writes[-1] == "record_events"
    assert kept_events(manifest_path) == as_kept(recorder.events)
    assert kept_events(manifest_path)[-1][:2] == ("label", "finished")


class ExplodingCredentials:
    def issue(self, identity: DeviceIdentity, link) -> Credential:
        raise RuntimeError("entropy ran out")


def failing_label(unit) -> str:
    raise StationError("the printer is out of labels", hint="load labels")


def plan_failing_at(stage: str) -> tuple[UnitPlan, dict]:
    plan, board = make_plan(), {}
    if stage == "detect":
        board = {"fault": "silent"}
    elif stage == "identify":
        plan = replace(plan, identity=ExplodingIdentity())
    elif stage == "credentials":
        plan = replace(plan, credentials=ExplodingCredentials())
    elif stage == "write":
        board = {"fault": "disconnect-mid-write"}
    elif stage == "verify":
        board = {"fault": "corrupt"}
    elif stage == "label":
        plan = replace(plan, write_label=failing_label)
    return plan, board


@pytest.mark.parametrize("stage", ["detect", "identify", "credentials", "write", "verify", "label"])
def test_a_failed_unit_keeps_every_event_before_its_failure(manifest_path, key, stage):
    plan, fault = plan_failing_at(stage)
    board = VirtualConsoleBoard(seed=12, **fault)
    recorder = Recorder()
    with board.serve_tcp() as served, Manifest.open(manifest_path, key) as manifest:
        counted = CountedWrites(manifest)
        result = run_unit(plan, served.url, counted, recorder)

    assert result.failed_stage == stage, result.reason
    kept = kept_events(manifest_path)
    assert kept == as_kept(recorder.events)
    assert kept[-1][:3] == (stage, "failed", result.reason)
    assert [kind for _, kind, _, _ in kept].count("failed") == 1
    # The failure's record carries what no earlier record did.
    assert counted.writes[-1] == "record_failed"
    assert len(counted.writes) <= 5


def test_a_refused_unit_keeps_its_events_with_its_failure(manifest_path, key):
    board = VirtualConsoleBoard(seed=8)
    with board.serve_tcp() as served:
        first = provision_once(make_plan(), served.url, manifest_path, key)
        recorder = Recorder()
        second = provision_once(make_plan(), served.url, manifest_path, key, recorder)

    assert first.ok and second.failed_stage == "record-pending"
    kept = kept_events(manifest_path)
    assert kept == as_kept(recorder.events)
    assert kept[-1][:2] == ("record-pending", "failed")


VERIFYING_WORKER = """
import sys
from pathlib import Path
sys.path[:0] = [{tests!r}]
from test_pipeline import make_plan
from station.core.events import EventKind, Stage
from station.core.pipeline import run_unit
from station.manifest import Manifest, StationKey

def observer(event):
    if event.stage is Stage.VERIFY and event.kind is EventKind.STARTED:
        print("verifying", flush=True)
        sys.stdin.read()  # the test kills the station here

store = Manifest.open(Path({path!r}), StationKey.load(Path({key!r})))
run_unit(make_plan(), {url!r}, store, observer)
"""


def test_a_station_killed_during_verify_keeps_the_writes_events(tmp_path: Path):
    manifest_path, key_path = tmp_path / "manifest.sqlite", tmp_path / "manifest.sqlite.key"
    key = StationKey.load_or_create(key_path)
    board = VirtualConsoleBoard(seed=14)
    with board.serve_tcp() as served:
        script = VERIFYING_WORKER.format(
            tests=str(Path(__file__).parent),
            path=str(manifest_path),
            key=str(key_path),
            url=served.url,
        )
        station = start_script(script)
        assert station.stdout is not None and station.stdin is not None
        try:
            assert station.stdout.readline() == "verifying\n"
        finally:
            station.send_signal(signal.SIGKILL)
            station.wait()
            station.stdin.close()
            station.stdout.close()

    # The board was written (its values are not committed before VERIFY's end).
    assert any(name == "device_id" for _, _, name, _ in board.received)
    kept = [(stage, kind) for stage, kind, _, _ in kept_events(manifest_path)]
    assert [event for event in kept if event[1] != "log"] == [
        (stage.value, kind)
        for stage in (
            Stage.DETECT,
            Stage.IDENTIFY,
            Stage.CREDENTIALS,
            Stage.RECORD_PENDING,
            Stage.WRITE,
        )
        for kind in ("started", "finished")
    ]
    assert ("write", "log") in kept
    with Manifest.open(manifest_path, key) as manifest:
        [unit] = manifest.interrupted_units()
        assert unit.status == "pending"


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


@pytest.mark.parametrize("mode", [Attestation.SAS_INDIVIDUAL, Attestation.X509_INDIVIDUAL])
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
