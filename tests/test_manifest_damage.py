"""A manifest file that SQLite finds damaged is named as such, never passed as intact."""

from __future__ import annotations

import base64
import random
import sqlite3
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ManifestError
from station.manifest import Manifest, StationKey
from station.simulation.console_board import VirtualConsoleBoard
from tests.test_cli import run_station
from tests.test_manifest_journal import make_job, provision

DAMAGED = "the manifest file is damaged; restore it from a backup"
GROUP_KEY = base64.b64encode(bytes(range(64))).decode()


def damage(path: Path, page: int = 4) -> None:
    """Write 2 KiB of random bytes over ``page`` (1-based), as a failing disk would."""
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    with path.open("r+b") as out:
        out.seek((page - 1) * page_size)
        out.write(random.Random(page).randbytes(2048))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path, StationKey.load_or_create(tmp_path / "manifest.sqlite.key")) as m:
        provision(m, "dev-1")
        provision(m, "dev-2")
    damage(path)
    return path


def test_verify_says_the_file_is_damaged(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["manifest", "verify", "--manifest", str(damaged)]) == 1
    captured = capsys.readouterr()
    assert "journal intact" not in captured.out
    [line] = captured.err.strip().splitlines()
    assert line.startswith(f"station: {DAMAGED}")
    assert str(damaged) in line


def test_a_damaged_index_is_found_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path, StationKey.load_or_create(tmp_path / "manifest.sqlite.key")) as m:
        provision(m, "dev-1")
    # An index entry gone astray: the tables read well, only the check sees it.
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'units(status)', 'units(job_id)') "
        "WHERE name = 'units_status'"
    )
    raw.close()
    assert main(["manifest", "verify", "--manifest", str(path)]) == 1
    assert DAMAGED in capsys.readouterr().err


def test_a_write_to_a_damaged_file_names_the_damage_not_the_disk(damaged: Path) -> None:
    with Manifest.open(damaged) as manifest, pytest.raises(ManifestError) as caught:
        manifest.begin_attempt(make_job(), "COM3")
    assert DAMAGED in str(caught.value)
    assert "space" not in str(caught.value)


def test_provisioning_refuses_a_damaged_manifest_at_start_up(damaged: Path) -> None:
    board = VirtualConsoleBoard(seed="damaged")
    with board.serve_tcp() as served:
        done = run_station(
            "provision", "--profile", "demo-console", "--port", served.url,
            "--id-scope", "0ne000DE001", "--count", "2", "--no-wait",
            "--manifest", str(damaged),
            env={"STATION_GROUP_KEY": GROUP_KEY},
        )
    assert done.returncode == 1
    assert "FAILED" not in done.stdout
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"station: {DAMAGED}")
