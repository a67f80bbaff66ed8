"""Counter numbers leased from the line database in blocks: two stations never issue
the same number, a station goes on issuing from its lease offline, and a station
with no numbers left and no line stops before any board is touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.core.errors import LineError
from station.core.events import Stage
from station.line.connection import LineConnector
from station.line.leases import LeasedCounters
from station.manifest.custody.station_keys import key_for_writing
from station.provisioning import ProvisionRequest, provision
from station.simulation.console_board import VirtualConsoleBoard
from tests.line.conftest import LineDb, put_on_line

PROFILE = Path(__file__).parent.parent / "data" / "crash-console.toml"

# A station process that takes numbers as fast as it can and prints them.
_STATION = """
import sys
from station.line.config import load_line_config
from station.line.connection import LineConnector
from station.line.leases import LeasedCounters
from station.manifest.custody.station_keys import key_for_writing
config = load_line_config()
key = key_for_writing(config.manifest)
counters = LeasedCounters(config.manifest, key, LineConnector(config), config.lease_block)
print(" ".join(str(counters.next_counter("unit-")) for _ in range(int(sys.argv[1]))))
"""


def test_two_stations_never_issue_the_same_number(tmp_path: Path, line_db: LineDb) -> None:
    homes = [tmp_path / f"home-{n}" for n in range(2)]
    for n, home in enumerate(homes):
        put_on_line(home, line_db, f"st-{n}", home / "manifest.sqlite", lease_block=3)
    children = [
        subprocess.Popen([sys.executable, "-c", _STATION, "40"], stdout=subprocess.PIPE,
                         text=True, env={**os.environ, "STATION_HOME": str(home)})
        for home in homes
    ]
    issued = [child.communicate()[0].split() for child in children]
    assert [child.returncode for child in children] == [0, 0]
    first, second = (set(map(int, numbers)) for numbers in issued)
    assert len(first) == len(second) == 40  # none twice within a station
    assert not first & second  # nor across the line
    # Every block the line leased is disjoint from every other.
    overlaps = line_db.query(
        "SELECT a.id, b.id FROM leases a JOIN leases b ON a.name = b.name AND a.id < b.id "
        "AND a.first_value <= b.last_value AND b.first_value <= a.last_value"
    )
    assert overlaps == []
    assert line_db.query("SELECT count(DISTINCT station) FROM leases") == [(2,)]


def test_a_station_issues_from_its_lease_offline_then_stops_clearly(
    station_home: Path, tmp_path: Path, line_db: LineDb
) -> None:
    manifest = tmp_path / "manifest.sqlite"
    config = put_on_line(station_home, line_db, "st-1", manifest, lease_block=4)
    counters = LeasedCounters(manifest, key_for_writing(manifest), LineConnector(config), 4)
    assert counters.ensure_available("unit-") == 4
    line_db.server.stop("fast")
    try:
        assert [counters.next_counter("unit-") for _ in range(4)] == [1, 2, 3, 4]
        with pytest.raises(LineError) as caught:
            counters.next_counter("unit-")
    finally:
        line_db.server.start()
    error = caught.value
    assert "no unit- numbers are left from this station's lease" in error.message
    assert error.stage is Stage.IDENTIFY and "\n" not in str(error)
    # Back online, it leases the next block, past the numbers it issued.
    assert counters.next_counter("unit-") == 5


def test_no_lease_and_no_line_stops_before_any_board(
    station_home: Path, tmp_path: Path, line_db: LineDb
) -> None:
    manifest = tmp_path / "manifest.sqlite"
    put_on_line(station_home, line_db, "st-1", manifest, lease_block=4)
    board = VirtualConsoleBoard(seed="no-lease")
    line_db.server.stop("fast")
    try:
        with board.serve_tcp() as served, pytest.raises(LineError) as caught:
            provision(
                ProvisionRequest(profile=str(PROFILE), ports=[served.url],
                                 id_scope="0ne000DE001", manifest=manifest),
                lambda event: None,
            )
    finally:
        line_db.server.start()
    assert "cannot be reached" in str(caught.value) and "\n" not in str(caught.value)
    assert board.received == []


def test_a_job_sets_its_own_lease_block(
    station_home: Path, tmp_path: Path, line_db: LineDb, capsys: pytest.CaptureFixture[str]
) -> None:
    from station.cli import main

    manifest = tmp_path / "manifest.sqlite"
    put_on_line(station_home, line_db, "st-1", manifest, lease_block=100)
    job = ["provision", "--profile", str(PROFILE), "--id-scope", "0ne000DE001",
           "--manifest", str(manifest), "--no-wait"]
    with VirtualConsoleBoard(seed="block").serve_tcp() as served:
        assert main([*job, "--port", served.url, "--lease-block", "7"]) == 0
        capsys.readouterr()
        assert main([*job, "--port", served.url, "--lease-block", "0"]) == 1
    assert line_db.query("SELECT first_value, last_value FROM leases") == [(1, 7)]
    err = capsys.readouterr().err
    assert "a lease block of 0 numbers is out of range" in err and err.count("\n") == 1
