"""One unit, two stations: a device ID or MAC already on the line from another station
is refused at identify, before the board is written; while the line is out of reach
the station goes on, and the copy flags the pair for QA."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from station.cli import main
from station.core.events import StageEvent
from station.core.models import UnitResult
from station.line import pg_schema
from station.line.connection import LineConnector
from station.line.outbox import copy_changes
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_writing
from station.provisioning import ProvisionRequest, provision
from station.simulation.console_board import VirtualConsoleBoard
from tests.line.conftest import LineDb, at_home, put_on_line
from tests.line.units import provision as record_unit

CRASH_PROFILE = Path(__file__).parent.parent / "data" / "crash-console.toml"
COUNTER_IDENTITY = 'rule = "counter"\nprefix = "crash-"'
MAC_IDENTITY = 'rule = "mac"\nprefix = "{}"\ntemplate = "{{prefix}}-{{mac}}"'
SCOPE = "0ne000DE001"


def profile(folder: Path, name: str, identity: str) -> Path:
    """The crash test's console profile with another ``[identity]`` section."""
    text = CRASH_PROFILE.read_text()
    assert COUNTER_IDENTITY in text
    path = folder / f"{name}.toml"
    path.write_text(text.replace(COUNTER_IDENTITY, identity).replace(
        'id = "crash-console"', f'id = "{name}"'))
    return path


@pytest.fixture
def stations(tmp_path: Path, line_db: LineDb) -> list[Path]:
    homes = [tmp_path / f"home-{n}" for n in (1, 2)]
    for n, home in enumerate(homes, start=1):
        put_on_line(home, line_db, f"st-{n}", home / "manifest.sqlite", lease_block=5,
                    interval_s=60)
    return homes


def provision_at(home: Path, profile_path: Path, board: VirtualConsoleBoard,
                 scanned: str | None = None) -> UnitResult:
    """One unit at the station at ``home``; its copy to the line is made before it returns."""
    events: list[StageEvent] = []
    with at_home(home), board.serve_tcp() as served:
        results, _ = provision(
            ProvisionRequest(profile=str(profile_path), ports=[served.url], id_scope=SCOPE,
                             manifest=home / "manifest.sqlite"),
            events.append,
            scan=(lambda port: scanned) if scanned is not None else None,
        )
    return results[0]


def line_pairs(db: LineDb) -> list[tuple[str, str, str, str, str, str]]:
    return db.query("SELECT kind, value, station, device_id, other_station, other_device_id "
                    "FROM duplicates ORDER BY kind, value")


def test_a_barcode_on_the_line_from_another_station_is_refused_before_the_board_is_written(
    tmp_path: Path, stations: list[Path], line_db: LineDb
) -> None:
    barcode = profile(tmp_path, "scan-console", 'rule = "barcode"')
    first = provision_at(stations[0], barcode, VirtualConsoleBoard(seed="b1"), "lot7-0001")
    assert first.ok, first.reason
    second_board = VirtualConsoleBoard(seed="b2")
    second = provision_at(stations[1], barcode, second_board, "lot7-0001")
    assert (second.ok, second.failed_stage) == (False, "identify")
    assert "device ID lot7-0001 is already on the line from station st-1" in second.reason
    assert "\n" not in second.reason
    assert second_board.received == []  # nothing reached the board
    # Another barcode goes through at once.
    assert provision_at(stations[1], barcode, second_board, "lot7-0002").ok
    assert line_pairs(line_db) == []


def test_a_board_whose_mac_another_station_recorded_is_refused(
    tmp_path: Path, stations: list[Path], line_db: LineDb
) -> None:
    board = VirtualConsoleBoard(seed="same-board")
    at_first = profile(tmp_path, "mac-a", MAC_IDENTITY.format("a"))
    at_second = profile(tmp_path, "mac-b", MAC_IDENTITY.format("b"))
    assert provision_at(stations[0], at_first, board).ok
    written = len(board.received)
    result = provision_at(stations[1], at_second, board)
    assert result.failed_stage == "identify"
    assert (f"this board's MAC {board.mac} (as a-{board.mac}) is already on the line from "
            "station st-1") in result.reason
    assert len(board.received) == written


def test_counter_ids_are_not_looked_up_but_the_copy_flags_the_board_for_qa(
    tmp_path: Path, stations: list[Path], line_db: LineDb, capsys: pytest.CaptureFixture[str]
) -> None:
    board = VirtualConsoleBoard(seed="moved-board")
    by_mac = profile(tmp_path, "mac-a", MAC_IDENTITY.format("a"))
    assert provision_at(stations[0], by_mac, board).ok
    # The counter rule does not read its IDs from the unit: nothing is looked up.
    counted = provision_at(stations[1], CRASH_PROFILE, board)
    assert counted.ok, counted.reason
    assert line_pairs(line_db) == [
        ("mac", board.mac, "st-1", f"a-{board.mac}", "st-2", counted.device_id)
    ]
    with at_home(stations[1]):
        assert main(["line", "duplicates"]) == 1
    out = capsys.readouterr().out
    assert (f"MAC {board.mac} on st-1 (a-{board.mac}) and st-2 ({counted.device_id})") in out


def test_offline_the_station_goes_on_and_the_copy_flags_the_duplicate(
    tmp_path: Path, stations: list[Path], line_db: LineDb, capsys: pytest.CaptureFixture[str]
) -> None:
    barcode = profile(tmp_path, "scan-console", 'rule = "barcode"')
    assert provision_at(stations[0], barcode, VirtualConsoleBoard(seed="o1"), "lot9-0001").ok
    line_db.server.stop("fast")
    try:
        offline = provision_at(stations[1], barcode, VirtualConsoleBoard(seed="o2"), "lot9-0001")
    finally:
        line_db.server.start()
    assert offline.ok, offline.reason  # local-first: the unit is in the manifest
    with at_home(stations[1]):
        assert main(["line", "sync"]) == 0
        capsys.readouterr()
        assert main(["line", "duplicates"]) == 1
    out = capsys.readouterr().out
    assert "1 unit(s) recorded by two stations" in out
    assert "device ID lot9-0001 on st-1 and st-2" in out
    assert [pair[:4] for pair in line_pairs(line_db)] == [
        ("device_id", "lot9-0001", "st-1", "lot9-0001")
    ]


def test_two_stations_copying_one_id_at_once_flag_every_pair(
    tmp_path: Path, line_db: LineDb
) -> None:
    ids = [f"unit-{n}" for n in range(300)]
    copies = []
    for n in (1, 2):
        manifest = tmp_path / f"st-{n}.sqlite"
        config = put_on_line(tmp_path / f"home-{n}", line_db, f"st-{n}", manifest)
        key = key_for_writing(manifest)
        with Manifest.open(manifest, key) as opened:
            for device_id in ids:
                record_unit(opened, device_id, station_id=f"st-{n}", mac=f"02:00:00:00:0{n}:01")
        copies.append((manifest, key, LineConnector(config, line_db.password)))
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def copy(manifest: Path, key, connector: LineConnector) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        try:
            copy_changes(manifest, key, connector)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=copy, args=args) for args in copies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    flagged = line_db.query(
        "SELECT value FROM duplicates WHERE kind = 'device_id' AND station = 'st-1' "
        "AND other_station = 'st-2' AND device_id = other_device_id")
    assert sorted(value for (value,) in flagged) == sorted(ids)
    assert line_db.query("SELECT count(*) FROM duplicates WHERE kind = 'mac'") == [(0,)]


def test_units_copied_before_the_checks_are_flagged_and_counted_by_the_migrations(
    line_db: LineDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_two = pg_schema.MIGRATIONS[:2]
    with line_db.server.admin(line_db.name) as conn:
        monkeypatch.setattr(pg_schema, "MIGRATIONS", first_two)
        pg_schema.apply_line_migrations(conn)
        monkeypatch.undo()
        columns = ", ".join(pg_schema.LINE_UNIT_COLUMNS)
        for n, station in enumerate(("st-1", "st-2"), start=1):
            conn.execute("INSERT INTO stations (station, key_id) VALUES (%s, '')", (station,))
            conn.execute(
                "INSERT INTO journal (station, seq, at, action, device_id, attempt_id, facts, "
                "prev, kind, mac) VALUES (%s, 1, %s, 'pending', 'dev-1', 1, %s, '', 'sha256', 'm')",
                (station, f"2025-01-0{n}T10:00:00.000000+00:00",
                 '{"generation": 2, "generation_reason": "RMA 7"}' if n == 2 else "{}"),
            )
            values = {name: "" for name in pg_schema.LINE_UNIT_COLUMNS}
            values.update(device_id="dev-1", status="pending", attempts=1, last_attempt_id=1,
                          provisioned_at=None, mac=f"02:00:00:00:00:0{n}",
                          created_at=f"2025-01-0{n}T10:00:00.000000+00:00")
            conn.execute(
                f"INSERT INTO units (station, {columns}, seq) "
                f"VALUES (%s, {', '.join('%s' for _ in values)}, 1)",
                (station, *values.values()),
            )
        assert pg_schema.apply_line_migrations(conn) == [
            "0003-unit-facts", "0004-qa-filters", "0005-duplicates", "0006-audit-cells",
            "0007-line-uploads", "0008-settled-duplicates"]
    assert line_db.query(
        "SELECT station, generation, generation_reason, key_origin, updated_at FROM units "
        "ORDER BY station") == [
        ("st-1", 1, "", "station", "2025-01-01T10:00:00.000000+00:00"),
        ("st-2", 2, "RMA 7", "station", "2025-01-02T10:00:00.000000+00:00"),
    ]
    assert line_pairs(line_db) == [("device_id", "dev-1", "st-1", "dev-1", "st-2", "dev-1")]
    assert line_db.query("SELECT station, hour, units FROM unit_tallies ORDER BY station") == [
        ("st-1", "2025-01-01T10", 1), ("st-2", "2025-01-02T10", 1)]
