"""A station killed at random moments never loses a unit nor issues a device ID twice.

A child process runs `station provision` against a virtual board and is killed
with SIGKILL over and over; the virtual board remembers every value it ever
received, committed or not. ``STATION_CRASH_KILLS`` sets how many kills (20 by
default; a long run: ``STATION_CRASH_KILLS=1000 .venv/bin/python -m pytest
tests/test_crash_recovery.py``).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading
from station.simulation.console_board import VirtualConsoleBoard

PROFILE = Path(__file__).parent / "data" / "crash-console.toml"
KILLS = int(os.environ.get("STATION_CRASH_KILLS", "20"))


def start_station(url: str, manifest: Path) -> subprocess.Popen[bytes]:
    # The station's home (and the secret store keeping its key) is the test's.
    return subprocess.Popen(
        [
            sys.executable, "-m", "station", "provision",
            "--profile", str(PROFILE), "--port", url, "--id-scope", "0ne000DE001",
            "--count", "100000", "--no-wait", "--manifest", str(manifest),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


# A long run needs more than the suite's per-test limit: about three seconds a kill.
@pytest.mark.timeout(max(300, KILLS * 4))
def test_killed_station_leaves_a_consistent_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.sqlite"
    board = VirtualConsoleBoard(seed="crash", swap_on_reboot=True)
    rng = random.Random(20261124)
    with board.serve_tcp() as served:
        for _ in range(KILLS):
            child = start_station(served.url, manifest)
            time.sleep(rng.uniform(0.4, 2.6))  # start-up unlocks the key (~0.4 s)
            child.send_signal(signal.SIGKILL)
            child.wait()

    db = sqlite3.connect(manifest)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    duplicates = db.execute(
        "SELECT device_id FROM units GROUP BY device_id HAVING COUNT(*) > 1"
    ).fetchall()
    assert duplicates == []
    recorded = {row[0] for row in db.execute("SELECT device_id FROM units")}
    db.close()

    boards_per_id: dict[str, set[str]] = defaultdict(set)
    for serial, _namespace, key, value in board.received:
        if key == "device_id":
            boards_per_id[str(value)].add(serial)
    assert boards_per_id, "the station never reached the board"
    # Every board that received data has a unit row ...
    assert set(boards_per_id) <= recorded
    # ... and no device ID went to two boards.
    assert all(len(serials) == 1 for serials in boards_per_id.values())

    key = key_for_reading(manifest)
    with Manifest.open(manifest, key) as reopened:
        provisioned = reopened.count_units(status="provisioned")
        pending = {unit.device_id for unit in reopened.interrupted_units()}
        assert provisioned > 0
        # Units cut short are shown as pending, never dropped.
        statuses = {unit.device_id: unit.status for unit in reopened.units()}
        assert pending == {d for d, status in statuses.items() if status == "pending"}

    # The journal still verifies, and nothing was left under a temporary name.
    from station.cli import main

    assert main(["manifest", "verify", "--manifest", str(manifest)]) == 0
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    assert left == [], left
    # No process the station started outlives it.
    assert not _processes_naming(tmp_path)


def _processes_naming(folder: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if str(folder).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found
