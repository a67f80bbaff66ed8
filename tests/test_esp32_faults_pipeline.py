"""Misbehaving virtual ESP32 boards through the whole pipeline.

Each bad board fails its unit at the stage where the fault shows, with a reason a
line worker can read, and the station goes on: the good board plugged in next on
the same port is provisioned in the same run.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from station.core.events import EventKind, Stage, StageEvent
from station.core.models import UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.core.runner import ProvisioningRun
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import LoadedProfile, find_profile
from station.profiles.model import Profile
from station.simulation.esp32 import VirtualEsp32
from station.transports.esptool_errors import BOOT_HINT
from station.transports.esptool_nvs import EsptoolNvsTransport
from station.transports.nvs_image import parse_nvs_image

SCOPE = "0ne000DE001"
GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
GOOD_MAC = "24:0a:c4:00:00:99"
GOOD_ID = "esp-240ac4000099"
BAD_MAC = "24:0a:c4:00:00:01"
BAD_ID = "esp-240ac4000001"


def demo_profile(**changes: dict[str, Any]) -> LoadedProfile:
    """The shipped demo-esp32 profile, with some sections changed and validated again."""
    loaded = find_profile("demo-esp32")
    data = loaded.profile.model_dump()
    for section, values in changes.items():
        data[section] = {**data[section], **values}
    return replace(loaded, profile=Profile.model_validate(data))


def make_plan(loaded: LoadedProfile) -> UnitPlan:
    plan = build_plan(
        loaded,
        JobSettings(id_scope=SCOPE, operator="ana", station_id="line-1"),
        JobSecrets(group_key_b64=GROUP_KEY),
        counters=None,
    )
    # One connection attempt: a board that never answers is given up on sooner.
    transport = EsptoolNvsTransport(loaded.profile, loaded.folder, connect_attempts=1)
    return replace(plan, transport=transport)


class Recorder:
    def __init__(self) -> None:
        self.events: list[StageEvent] = []
        self.lock = threading.Lock()

    def __call__(self, event: StageEvent) -> None:
        with self.lock:
            self.events.append(event)

    def failures(self) -> list[StageEvent]:
        return [e for e in self.events if e.kind is EventKind.FAILED]


@dataclass(frozen=True)
class Fault:
    """One kind of bad board, and how the station must report it."""

    board: dict[str, Any]
    stage: Stage
    words: tuple[str, ...]  # each must appear in the reason
    recorded: bool  # past record(pending): the unit has a row, marked failed
    profile: dict[str, Any] | None = None
    hint: str = ""


FAULTS = {
    # No answer to SYNC: the ROM is not in download mode.
    "never-sync": Fault(
        board={"fault": "never-sync"},
        stage=Stage.DETECT,
        words=("not answering in download mode",),
        recorded=False,
        hint=BOOT_HINT,
    ),
    # The stored data differs from what was sent. esptool's write_flash checks the
    # flash MD5 itself right after writing, so the write stage catches it before
    # verify runs, and names the region.
    "corrupt-block": Fault(
        board={"fault": "corrupt-block"},
        stage=Stage.WRITE,
        words=("did not keep nvs at 0x9000", "MD5"),
        recorded=True,
    ),
    # Uncompressed, the 24 KB store goes through the ROM loader in 1 KB blocks; the
    # board drops the line after the first, so the write stops part-way, at the second
    # block's address.
    "drop-mid-write": Fault(
        board={"fault": "drop-mid-write", "drop_after_blocks": 1},
        profile={"transport": {"compress": False}},
        stage=Stage.WRITE,
        words=("went away while writing at 0x00009400",),
        recorded=True,
    ),
    "wrong-chip": Fault(
        board={"chip": "esp32c3"},
        stage=Stage.DETECT,
        words=("ESP32-C3", "the profile expects an ESP32"),
        recorded=False,
    ),
    # The store moved to 1 MB + 60 KB: past the end of a 1 MB flash.
    "flash-too-small": Fault(
        board={"flash_size": 1024 * 1024},
        profile={"storage": {"offset": 0x10F000}},
        stage=Stage.DETECT,
        words=("flash too small", "1MB", "0x115000"),
        recorded=False,
    ),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_bad_board_fails_its_unit_and_the_next_board_is_provisioned(name: str, tmp_path: Path):
    fault = FAULTS[name]
    loaded = demo_profile(**(fault.profile or {}))
    plan = make_plan(loaded)
    bad = VirtualEsp32(**{"mac": BAD_MAC, **fault.board})
    good = VirtualEsp32(chip="esp32", mac=GOOD_MAC)
    server = bad.serve_tcp()
    swaps: list[str] = []

    def next_board(port: str) -> bool:
        swaps.append(port)
        server.board = good  # the line worker plugs in the next board
        return True

    manifest_path, key = tmp_path / "manifest.sqlite", StationKey.generate()
    recorder = Recorder()
    try:
        results = ProvisioningRun(
            plan, [server.url], lambda: Manifest.open(manifest_path, key), recorder,
            count=2, next_board=next_board,
        ).run()
    finally:
        server.stop()

    assert swaps == [server.url]
    failed, passed = results
    assert failed.status is UnitStatus.FAILED
    assert failed.failed_stage == fault.stage.value
    for word in fault.words:
        assert word in failed.reason
    assert server.url in failed.reason  # the reason names the port
    assert failed.hint
    if fault.hint:
        assert failed.hint == fault.hint
    (event,) = recorder.failures()
    assert (event.stage, event.message, event.hint) == (fault.stage, failed.reason, failed.hint)

    assert passed.ok and passed.device_id == GOOD_ID
    held = parse_nvs_image(good.read_flash(loaded.profile.storage.offset, 0x6000))["dps"]
    assert held["device_id"] == GOOD_ID

    with Manifest.open(manifest_path, key) as manifest:
        unit = manifest.unit(GOOD_ID)
        assert unit is not None and unit.status is UnitStatus.PROVISIONED
        bad_unit = manifest.unit(BAD_ID)
        if fault.recorded:
            assert failed.device_id == BAD_ID
            assert bad_unit is not None
            assert bad_unit.status is UnitStatus.FAILED
            assert bad_unit.failed_stage == fault.stage.value
            assert bad_unit.failure_reason == failed.reason
        else:
            assert bad_unit is None  # nothing was written, so no unit holds credentials
            assert [u.device_id for u in manifest.units()] == [GOOD_ID]
        summary = manifest.yield_summary()
        assert (summary.attempts_failed, summary.attempts_provisioned) == (1, 1)
        (top,) = summary.top_failures
        # QA sees the reason without the port, so one fault on many ports is one line.
        assert (top.stage, top.reason) == (
            fault.stage.value, failed.reason.replace(server.url, "the port")
        )


def test_a_board_that_corrupts_its_flash_can_be_retried_once_it_behaves(tmp_path: Path):
    """After a failed write the next run_unit on the same port connects afresh."""
    plan = make_plan(demo_profile())
    board = VirtualEsp32(chip="esp32", mac=BAD_MAC, fault="corrupt-block")
    manifest_path, key = tmp_path / "manifest.sqlite", StationKey.generate()
    with board.serve_tcp() as server, Manifest.open(manifest_path, key) as store:
        first = run_unit(plan, server.url, store, Recorder())
        board.fault = None
        second = run_unit(plan, server.url, store, Recorder())
        assert first.failed_stage == Stage.WRITE.value
        assert second.ok, second.reason
        assert second.device_id == BAD_ID
        unit = store.unit(BAD_ID)
        assert unit is not None and unit.status is UnitStatus.PROVISIONED


def test_demo_with_a_board_that_drops_mid_write_fails_at_write(tmp_path, capsys):
    from station.cli import main

    status = main(["demo", "--count", "1", "--boards", "1", "--fault", "drop-mid-write",
                   "--manifest", str(tmp_path / "m.sqlite")])
    out = capsys.readouterr().out
    assert status == 1
    assert "FAILED at write" in out and "went away" in out
