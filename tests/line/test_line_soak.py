"""Several stations provisioning on virtual boards against one line database, the
database restarted in the middle and one station SIGKILLed over and over: afterwards
the line record holds every unit of every station once, equal field by field to the
stations' manifests, no device ID twice, and every journal verifies.

``STATION_LINE_KILLS`` sets how many kills (10 by default; a long run:
``STATION_LINE_KILLS=50 .venv/bin/python -m pytest tests/line/test_line_soak.py``).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from station.simulation.console_board import VirtualConsoleBoard
from tests.line.conftest import LineDb, put_on_line
from tests.line.test_line_outbox import line_journal
from tests.line.units import journal_rows, line_units, manifest_units

PROFILE = Path(__file__).parent.parent / "data" / "crash-console.toml"
KILLS = int(os.environ.get("STATION_LINE_KILLS", "10"))
STATIONS = 3  # the last one is the one killed


def station(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "station", *args]


def env_of(home: Path) -> dict[str, str]:
    return {**os.environ, "STATION_HOME": str(home)}


def start_provisioning(home: Path, n: int, url: str, count: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        station(home, "provision", "--profile", str(PROFILE), "--port", url,
                "--id-scope", "0ne000DE001", "--count", str(count), "--no-wait",
                "--station-id", f"st-{n}", "--manifest", str(home / "manifest.sqlite")),
        env=env_of(home), stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


# A long run needs more than the suite's per-test limit: about three seconds a kill.
@pytest.mark.timeout(max(300, KILLS * 5))
def test_a_line_of_stations_survives_kills_and_a_database_restart(
    tmp_path: Path, line_db: LineDb
) -> None:
    homes = [tmp_path / f"station-{n}" for n in range(STATIONS)]
    for n, home in enumerate(homes):
        put_on_line(home, line_db, f"st-{n}", home / "manifest.sqlite", lease_block=5,
                    interval_s=0.3)
    rng = random.Random(20261203)
    with ExitStack() as stack:
        served = [
            stack.enter_context(
                VirtualConsoleBoard(seed=f"line-{n}", swap_on_reboot=True).serve_tcp())
            for n in range(STATIONS)
        ]
        steady = [start_provisioning(homes[n], n, served[n].url, 12)
                  for n in range(STATIONS - 1)]
        for kill in range(KILLS):
            child = start_provisioning(homes[-1], STATIONS - 1, served[-1].url, 100_000)
            time.sleep(rng.uniform(1.0, 3.5))  # start-up unlocks two secrets (~1 s)
            child.send_signal(signal.SIGKILL)
            child.wait()
            if kill == KILLS // 2:
                line_db.server.stop("immediate")
                time.sleep(1.0)  # the stations go on offline meanwhile
                line_db.server.start()
        assert [child.wait() for child in steady] == [0] * len(steady)

    for home in homes:
        # The killed station catches up by itself at its next start; here, once by hand.
        for command in (["line", "sync"], ["line", "verify"],
                        ["manifest", "verify", "--manifest", str(home / "manifest.sqlite")]):
            done = subprocess.run(station(home, *command), env=env_of(home),
                                  capture_output=True, text=True)
            assert done.returncode == 0, (command, done.stdout, done.stderr)

    everything: list[str] = []
    for n, home in enumerate(homes):
        manifest = home / "manifest.sqlite"
        units = manifest_units(manifest)
        assert units, f"station {n} recorded no unit"
        # Every change once, in order, and every unit equal field by field.
        assert line_journal(line_db, f"st-{n}") == journal_rows(manifest)
        assert line_units(line_db, f"st-{n}") == units
        everything += list(units)
    assert len(everything) == len(set(everything)), "a device ID was issued twice"
    assert line_db.query(
        "SELECT device_id FROM units GROUP BY device_id HAVING count(*) > 1") == []
    assert line_db.query("SELECT count(*) FROM units") == [(len(everything),)]
    assert line_db.query("SELECT kind, value FROM duplicates WHERE kind = 'device_id'") == []
    # The QA view's counts (the tallies a trigger keeps) are the units' own.
    assert line_db.query("SELECT sum(units) FROM unit_tallies") == [(len(everything),)]
