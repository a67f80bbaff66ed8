"""Every change of a station's manifest reaches the line record once, in order, and
the copy resumes after a killed process or a database that went away."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError, LineError
from station.line.background import LineCopier
from station.line.config import LineConfig, load_line_config, save_line_config
from station.line.connection import LineConnector
from station.line.outbox import copy_changes
from station.line.verify import check_line_copy
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_writing
from tests.line.conftest import LineDb, put_on_line
from tests.line.units import (
    fail,
    fail_then_provision,
    journal_rows,
    line_units,
    manifest_units,
    provision,
)


def line_journal(db: LineDb, station: str) -> list[tuple]:
    return db.query(
        "SELECT seq, at, action, device_id, attempt_id, facts, prev, kind, mac "
        "FROM journal WHERE station = %s ORDER BY seq",
        (station,),
    )


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


def test_changes_are_copied_in_order_exactly_once(
    station_home: Path, line_db: LineDb, manifest_path: Path
) -> None:
    config = put_on_line(station_home, line_db, "st-1", manifest_path)
    key = key_for_writing(manifest_path)
    with Manifest.open(manifest_path, key) as manifest:
        for n in range(5):
            provision(manifest, f"unit-{n}")
        fail_then_provision(manifest, "unit-again")
        fail(manifest, "unit-failed")
    connector = LineConnector(config)

    first = copy_changes(manifest_path, key, connector)
    assert (first.copied, first.copied_seq, first.behind) == (16, 16, 0)
    assert line_journal(line_db, "st-1") == journal_rows(manifest_path)

    # Copying again copies nothing: every change arrives once.
    again = copy_changes(manifest_path, key, connector)
    assert (again.copied, again.copied_seq) == (0, 16)

    with Manifest.open(manifest_path, key) as manifest:
        provision(manifest, "unit-late")
        provision(manifest, "unit-failed")  # a unit already on the line changes again
    later = copy_changes(manifest_path, key, connector)
    assert (later.copied, later.copied_seq) == (4, 20)
    assert line_journal(line_db, "st-1") == journal_rows(manifest_path)
    # The line's units are the manifest's, field by field, the certificate included.
    assert line_units(line_db, "st-1") == manifest_units(manifest_path)
    head = line_db.query("SELECT head FROM stations WHERE station = 'st-1'")[0][0]
    assert head.startswith("20:") and len(head.split(":")) == 3  # signed with the station key

    check = check_line_copy(manifest_path, key, connector)
    assert check.ok, check.describe()
    assert main(["line", "verify"]) == 0


def test_line_verify_finds_a_changed_copy(
    station_home: Path, line_db: LineDb, manifest_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = put_on_line(station_home, line_db, "st-1", manifest_path)
    key = key_for_writing(manifest_path)
    with Manifest.open(manifest_path, key) as manifest:
        provision(manifest, "unit-1")
        provision(manifest, "unit-2")
    copy_changes(manifest_path, key, LineConnector(config))
    line_db.query("UPDATE units SET status = 'failed' WHERE device_id = 'unit-2' RETURNING 1")
    assert main(["line", "verify"]) == 1
    out = capsys.readouterr().out
    assert "NOT as the station's journal" in out and "unit unit-2: status" in out


def test_cli_sync_and_status(
    station_home: Path, line_db: LineDb, manifest_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["line", "configure", "--url", line_db.url, "--station", "st-cli",
                 "--manifest", str(manifest_path)]) == 0
    monkeypatch.setenv("STATION_LINE_PASSWORD", line_db.password)
    assert main(["line", "password"]) == 0
    key = key_for_writing(manifest_path)
    with Manifest.open(manifest_path, key) as manifest:
        provision(manifest, "unit-1")
    capsys.readouterr()
    assert main(["line", "sync"]) == 0
    assert "copied 2 change(s) of st-cli" in capsys.readouterr().out
    assert main(["line", "status"]) == 0
    assert "st-cli: 1 units, 2 changes copied" in capsys.readouterr().out
    # The password is in the secret store only, never in the settings file.
    settings = (station_home / "line.json").read_text()
    assert line_db.password not in settings and json.loads(settings)["station"] == "st-cli"


def test_password_in_the_url_is_refused(station_home: Path, manifest_path: Path) -> None:
    with pytest.raises(ConfigError, match="carries a password") as caught:
        save_line_config(LineConfig("postgresql://st:s3cret@db/line", "st", manifest_path))
    assert "s3cret" not in str(caught.value)
    with pytest.raises(ConfigError, match="carries a password"):
        save_line_config(LineConfig("postgresql://db/line?password=x", "st", manifest_path))
    assert load_line_config() is None


def test_a_wrong_password_is_one_line_without_it(
    station_home: Path, line_db: LineDb, manifest_path: Path
) -> None:
    config = put_on_line(station_home, line_db, "st-1", manifest_path)
    key = key_for_writing(manifest_path)
    with pytest.raises(LineError) as caught:
        copy_changes(manifest_path, key, LineConnector(config, password="not-the-password"))
    text = str(caught.value)
    assert "password authentication failed" in text and "\n" not in text
    assert "not-the-password" not in text and line_db.password not in text


def test_another_manifest_cannot_take_a_stations_place(
    station_home: Path, line_db: LineDb, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    config = put_on_line(station_home, line_db, "st-1", first)
    for path in (first, second):
        key = key_for_writing(path)
        with Manifest.open(path, key) as manifest:
            provision(manifest, f"unit-{path.stem}")
    connector = LineConnector(config)
    copy_changes(first, key_for_writing(first), connector)
    with pytest.raises(LineError, match="already holds station 'st-1' from another manifest"):
        copy_changes(second, key_for_writing(second), connector)


# A child that copies in batches of 3, so that a kill lands in the middle of a copy;
# it says when it starts copying (start-up, unlocking the secret store, takes longer).
_CHILD = """
import time
import station.line.outbox as outbox
from station.line.config import load_line_config
from station.line.connection import LineConnector
from station.manifest.custody.station_keys import key_for_reading
outbox.BATCH = 3
config = load_line_config()
key, connector = key_for_reading(config.manifest), LineConnector(config)
print("copying", flush=True)
start = time.monotonic()
outbox.copy_changes(config.manifest, key, connector)
print(time.monotonic() - start, flush=True)
"""


def test_a_killed_copy_resumes_without_duplicates(
    station_home: Path, line_db: LineDb, manifest_path: Path
) -> None:
    config = put_on_line(station_home, line_db, "st-1", manifest_path)
    key = key_for_writing(manifest_path)
    with Manifest.open(manifest_path, key) as manifest:
        for n in range(150):
            provision(manifest, f"unit-{n:03d}")
    total = len(journal_rows(manifest_path))
    rng = random.Random(17)
    cut_short = 0
    for _ in range(20):
        child = subprocess.Popen([sys.executable, "-c", _CHILD], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        assert child.stdout is not None and child.stdout.readline() == "copying\n"
        time.sleep(rng.uniform(0.0, 0.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        copied = _copied(line_db)
        cut_short += 0 < copied < total
        if copied == total:
            break
    assert cut_short >= 1, "no kill landed in the middle of a copy"
    copy_changes(manifest_path, key, LineConnector(config))
    # Once each, in order: the line's journal is the station's, entry for entry.
    assert line_journal(line_db, "st-1") == journal_rows(manifest_path)
    assert line_units(line_db, "st-1") == manifest_units(manifest_path)
    assert check_line_copy(manifest_path, key, LineConnector(config)).ok


def test_a_database_restarted_mid_run_is_caught_up(
    station_home: Path, line_db: LineDb, manifest_path: Path
) -> None:
    config = put_on_line(station_home, line_db, "st-1", manifest_path, interval_s=0.2)
    key = key_for_writing(manifest_path)
    copier = LineCopier(manifest_path, key, LineConnector(config))
    copier.start()
    try:
        with Manifest.open(manifest_path, key) as manifest:
            for n in range(10):
                provision(manifest, f"unit-{n}")
            _wait_until(lambda: _copied(line_db) == 20)
            line_db.server.stop("immediate")  # as a crash or a pulled cable would
            try:
                for n in range(10, 30):
                    provision(manifest, f"unit-{n}")  # the station goes on offline
                _wait_until(lambda: copier.last_error is not None)
                assert "cannot be reached" in str(copier.last_error)
            finally:
                line_db.server.start()
            copier.wake()
            _wait_until(lambda: _copied(line_db) == 60)
    finally:
        copier.stop()
    assert copier.last_error is None
    assert line_journal(line_db, "st-1") == journal_rows(manifest_path)
    assert check_line_copy(manifest_path, key, LineConnector(config)).ok


def _copied(db: LineDb) -> int:
    if db.query("SELECT to_regclass('stations')") == [(None,)]:
        return 0  # no copy has made the schema yet
    rows = db.query("SELECT copied_seq FROM stations")
    return int(rows[0][0]) if rows else 0


def _wait_until(condition) -> None:  # type: ignore[no-untyped-def]
    # No time limit of its own: the suite's per-test timeout ends a copy that never comes.
    while not condition():
        time.sleep(0.05)
