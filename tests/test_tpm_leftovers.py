"""A killed station leaves no TPM simulator running and no TPM state behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from station.simulation.bay import TPM_SCRATCH_PREFIX
from station.simulation.scratch import ScratchFolder, sweep
from station.simulation.tpm_backend import SwtpmProcess

STATION_WITH_TPM_BOARDS = """
import sys, time
from station.profiles.loader import find_profile
from station.simulation.bay import VirtualBay
bay = VirtualBay(find_profile("demo-tpm").profile, 2)
bay.start()
print(bay._tpm_root.path, flush=True)
time.sleep(600)
"""


def _swtpms_using(folder: Path) -> list[int]:
    """PIDs of swtpm processes whose command line names ``folder``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"swtpm") and any(str(folder).encode() in a for a in argv):
            found.append(int(entry.name))
    return found


def _wait_for(condition, seconds: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_swtpm_servers_die_with_a_killed_station_and_their_state_goes_at_the_next_start():
    station = subprocess.Popen(
        [sys.executable, "-c", STATION_WITH_TPM_BOARDS], stdout=subprocess.PIPE, text=True
    )
    try:
        assert station.stdout is not None
        state = Path(station.stdout.readline().strip())
        assert len(_swtpms_using(state)) == 2  # one TPM per board
    finally:
        os.kill(station.pid, signal.SIGKILL)
        station.wait()

    assert _wait_for(lambda: not _swtpms_using(state)), "swtpm outlived the station"
    assert state.is_dir()  # nothing could remove it at the moment of the kill ...
    fresh = ScratchFolder(TPM_SCRATCH_PREFIX)  # ... the next start does
    try:
        assert not state.exists()
    finally:
        fresh.cleanup()


def test_the_sweep_leaves_a_living_station_s_folder_alone(tmp_path: Path):
    living = ScratchFolder("station-test-", parent=tmp_path)
    try:
        assert sweep("station-test-", parent=tmp_path) == []
        assert living.path.is_dir()
    finally:
        living.cleanup()
    assert not living.path.exists()


def test_a_stopped_swtpm_leaves_no_process(tmp_path: Path):
    tpm = SwtpmProcess(tmp_path / "state")
    tpm.start()
    assert tpm.running and len(_swtpms_using(tmp_path / "state")) == 1
    tpm.stop()
    assert not tpm.running
    assert _wait_for(lambda: not _swtpms_using(tmp_path / "state"))
