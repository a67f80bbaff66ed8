"""Each port's board work in a worker process: the real esptool in the worker drives a
virtual ESP32, and the unit's results, progress, log lines and errors come back."""

from __future__ import annotations

import base64
import hashlib
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest

from station.cli import build_parser
from station.core.errors import BoardNotResponding, Cancelled
from station.core.events import EventKind, Stage, StageEvent
from station.core.models import Attestation, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.credentials.providers import JobSecrets
from station.demo import DemoOptions, demo_request
from station.job_options import job_request
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.provisioning import prepare
from station.simulation.esp32 import VirtualEsp32
from station.transports.nvs_image import parse_nvs_image
from station.transports.port_process import (
    WORKER_NICENESS,
    PortProcessEnded,
    PortProcesses,
    end_ports,
)
from tests.test_esp32_fast_cycle import served
from tests.test_esptool_transport import small_payload

SCOPE = "0ne00000001"
_made = iter(range(1, 1000))


def fresh_board(fault: str | None = None) -> VirtualEsp32:
    return VirtualEsp32(chip="esp32", seed=f"port-process-{next(_made)}", fault=fault)


GROUP_KEY = base64.b64encode(hashlib.sha512(b"port process group key").digest()).decode()


@pytest.fixture
def apart() -> Iterator[tuple[UnitPlan, PortProcesses]]:
    loaded = find_profile("demo-esp32")
    plan = build_plan(loaded, JobSettings(id_scope=SCOPE, attestation=Attestation.SAS_GROUP),
                      JobSecrets(group_key_b64=GROUP_KEY), counters=None)
    with PortProcesses(plan.transport) as transport:
        yield replace(plan, transport=transport), transport


def test_a_unit_run_in_a_worker_process_is_on_the_board_and_in_the_manifest(apart, tmp_path):
    plan, transport = apart
    board = fresh_board()
    events: list[StageEvent] = []
    with served(board) as url, Manifest.open(tmp_path / "m.sqlite", StationKey.generate()) as store:
        result = run_unit(plan, url, store, events.append)
        kept = [event.message for event in store.events_for(result.device_id)]
    assert result.status is UnitStatus.PROVISIONED, result.reason
    assert parse_nvs_image(board.read_flash(0x9000, 0x6000))["dps"]["device_id"] == (
        result.device_id)
    writes = [e for e in events if e.stage is Stage.WRITE and e.kind is EventKind.PROGRESS]
    assert writes and writes[-1].done == writes[-1].total > 0  # progress came back, in bytes
    assert any(message.startswith("written at 921600 baud") for message in kept)
    assert transport.workers() == 1  # kept for the next unit


def test_a_worker_gives_way_to_the_station_s_own_threads(apart, tmp_path):
    plan, transport = apart
    with served(fresh_board()) as url, Manifest.open(tmp_path / "m.sqlite",
                                                     StationKey.generate()) as store:
        assert run_unit(plan, url, store, lambda _e: None).ok
    [pid] = transport.pids()
    station = os.getpriority(os.PRIO_PROCESS, 0)
    assert station < 19  # the test runs where a worker can be nicer than the station
    assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, station + WORKER_NICENESS) > station


def test_the_next_units_reuse_the_worker(apart, tmp_path):
    plan, transport = apart
    with Manifest.open(tmp_path / "m.sqlite", StationKey.generate()) as store:
        for _ in range(3):
            with served(fresh_board()) as url:
                assert run_unit(plan, url, store, lambda _e: None).ok
    assert transport.workers() == 1


def test_a_board_that_does_not_answer_fails_with_its_own_error(apart):
    _plan, transport = apart
    board = fresh_board("never-sync")
    with served(board) as url, transport.open(url) as link:
        with pytest.raises(BoardNotResponding) as caught:
            link.identify()
    assert caught.value.code == "board-not-in-download-mode"  # the raise site's own code
    assert caught.value.stage is Stage.DETECT
    assert caught.value.hint  # the hint a line worker acts on came back with it


def test_stopping_a_unit_stops_the_write_inside_the_worker(apart):
    _plan, transport = apart
    board = fresh_board()
    seen: list[int] = []

    def progress(done: int, total: int, _text: str = "") -> None:
        seen.append(done)
        raise Cancelled("the unit was stopped by the operator", stage=Stage.WRITE)

    with served(board) as url, transport.open(url) as link:
        link.identify()
        with pytest.raises(Cancelled):
            link.write(small_payload(), progress, lambda _line: None)
        # The worker is sound: the same link goes on with the unit's next call.
        link.write(small_payload(), lambda *_a: None, lambda _line: None)
    assert len(seen) == 1  # asked once, then the worker stopped
    assert parse_nvs_image(board.read_flash(0x9000, 0x6000))["dps"]["device_id"]


def test_a_worker_killed_mid_unit_fails_that_unit_and_the_next_gets_a_new_one(apart, tmp_path):
    plan, transport = apart
    killed = threading.Event()

    def kill_the_worker(event: StageEvent) -> None:
        if event.stage is Stage.WRITE and event.kind is EventKind.STARTED and not killed.is_set():
            killed.set()
            (worker,) = transport._all
            os.kill(worker.process.pid, signal.SIGKILL)

    with Manifest.open(tmp_path / "m.sqlite", StationKey.generate()) as store:
        with served(fresh_board()) as url:
            failed = run_unit(plan, url, store, kill_the_worker)
        with served(fresh_board()) as url:
            passed = run_unit(plan, url, store, lambda _e: None)
    assert failed.status is UnitStatus.FAILED
    assert failed.failed_stage == "write" and failed.code == PortProcessEnded.code
    assert "worker process" in failed.reason
    assert passed.ok, passed.reason
    assert transport.workers() == 1


def test_closing_ends_every_worker(apart):
    _plan, transport = apart
    boards = [fresh_board() for _ in range(3)]
    with served(boards[0]) as a, served(boards[1]) as b, served(boards[2]) as c:
        links = [transport.open(url) for url in (a, b, c)]
        for link in links:
            link.identify()
        for link in links:
            link.close()
    assert transport.workers() == 3
    transport.close()
    assert transport.workers() == 0


def test_a_job_on_several_ports_runs_its_ports_apart_and_one_port_in_process(tmp_path):
    def plan_for(ports: list[str]) -> UnitPlan:
        # The demo's job, as `station demo` asks for it on these ports.
        request = demo_request(DemoOptions(profile="demo-esp32"), ports, tmp_path)
        return prepare(request)[1]

    many = plan_for(["socket://127.0.0.1:1", "socket://127.0.0.1:2"])
    assert isinstance(many.transport, PortProcesses)
    many.transport.close()
    assert not isinstance(plan_for(["socket://127.0.0.1:1"]).transport, PortProcesses)


@pytest.mark.parametrize(("ports", "apart_expected"), [
    (["socket://127.0.0.1:1", "socket://127.0.0.1:2"], True),
    (["socket://127.0.0.1:1", "socket://127.0.0.1:1"], False),  # one port named twice
    (["socket://127.0.0.1:1"], False),
])
def test_station_provision_runs_ports_apart_only_with_several_ports(
    ports: list[str], apart_expected: bool, tmp_path
):
    port_options = [word for port in ports for word in ("--port", port)]
    args = build_parser().parse_args([
        "provision", "--profile", "demo-esp32", "--id-scope", SCOPE, *port_options,
        "--manifest", str(tmp_path / "m.sqlite"),
    ])
    request = job_request(args, args.profile, args.id_scope, "sas-group", args.model_id)
    transport = prepare(replace(request, group_key_b64=GROUP_KEY))[1].transport
    try:
        assert isinstance(transport, PortProcesses) is apart_expected
    finally:
        end_ports(transport)
