"""A returned unit provisioned again under its device ID: the board must be that unit,
every generation of its credentials is kept, and the record still verifies."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli import main
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading
from station.manifest.exports import export
from station.manifest.reports import verify_journal
from station.simulation.console_board import VirtualConsoleBoard
from tests.test_derived_keys import read_csv


def provision_one(board: VirtualConsoleBoard, manifest: Path) -> str:
    with board.serve_tcp() as served:
        assert main(["provision", "--profile", "demo-console", "--attestation", "sas-individual",
                     "--port", served.url, "--id-scope", "0ne000DE001", "--no-wait",
                     "--manifest", str(manifest)]) == 0
    return str(board.committed["dps"]["device_id"])


def reprovision(board: VirtualConsoleBoard, manifest: Path, device_id: str, reason: str) -> int:
    with board.serve_tcp() as served:
        return main(["reprovision", device_id, "--port", served.url, "--reason", reason,
                     "--manifest", str(manifest)])


def test_a_returned_unit_twice_reprovisioned_keeps_three_generations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="returned")
    device_id = provision_one(board, manifest)
    keys_on_board = [board.committed["dps"]["sas_key"]]

    assert reprovision(board, manifest, device_id, "RMA 4711: flash erased") == 0
    keys_on_board.append(board.committed["dps"]["sas_key"])
    assert reprovision(board, manifest, device_id, "RMA 4712: key leaked") == 0
    keys_on_board.append(board.committed["dps"]["sas_key"])
    assert f"{device_id}: provisioned again" in capsys.readouterr().out
    assert len(set(keys_on_board)) == 3  # new credentials each time

    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        unit = opened.unit(device_id)
        assert unit is not None and unit.status == "provisioned"
        assert (unit.generation, unit.generation_reason) == (3, "RMA 4712: key leaked")
        assert opened.unit_secrets(device_id)["sas_primary"] == keys_on_board[2]
        history = opened.credential_generations(device_id)
        assert [row["generation"] for row in history] == [1, 2]
        earlier = [secrets["sas_primary"] for secrets in opened.earlier_secrets(device_id)]
        assert earlier == keys_on_board[:2]
        assert opened.count_units() == 1
        report = verify_journal(opened)
        assert report.ok, report.describe()
        # An export shows the current credentials only.
        export(opened, "iotc-export", tmp_path / "keys.csv")
    (row,) = read_csv(tmp_path / "keys.csv")
    assert row["IOTC_SASKEY_PRIMARY"] == keys_on_board[2]
    assert main(["manifest", "verify", "--manifest", str(manifest)]) == 0


def test_another_board_is_refused_and_the_unit_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.sqlite"
    device_id = provision_one(VirtualConsoleBoard(seed="first"), manifest)
    stranger = VirtualConsoleBoard(seed="stranger")
    assert reprovision(stranger, manifest, device_id, "RMA 1") == 1
    out = capsys.readouterr().out
    assert f"not as the returned unit {device_id}" in out
    assert stranger.received == []  # refused before anything was written
    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        unit = opened.unit(device_id)
        assert unit is not None and (unit.status, unit.generation) == ("provisioned", 1)
        assert opened.credential_generations(device_id) == []


def test_an_unknown_device_id_or_a_missing_reason_gets_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="known")
    device_id = provision_one(board, manifest)
    assert reprovision(board, manifest, "demo-00:00:00:00:00:00", "RMA") == 1
    error = capsys.readouterr().err.strip()
    assert "is not in the manifest" in error and "\n" not in error
    assert reprovision(board, manifest, device_id, "  ") == 1
    assert "say why the unit is provisioned again" in capsys.readouterr().err
