"""What a copy of the manifest's folder gives an attacker who has nothing else (no
keyring, no TPM, no passphrase): no device key, and no way to rewrite or cut back
the record without ``manifest verify`` finding it against an earlier head."""

from __future__ import annotations

import base64
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from station.cli import main
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading
from station.simulation.console_board import VirtualConsoleBoard
from tests.conftest import TEST_SECRETS_PASSPHRASE
from tests.test_cli import GROUP_KEY, run_station
from tests.test_manifest_journal import forge, tamper

HEAD = re.compile(r"head (\d+:[0-9a-f]{16}:[0-9a-f]{16})")


def _provision(manifest: Path, attestation: str, count: int) -> None:
    board = VirtualConsoleBoard(seed=f"copy-{attestation}", swap_on_reboot=True)
    with board.serve_tcp() as served:
        done = run_station(
            "provision", "--profile", "demo-console", "--port", served.url,
            "--id-scope", "0ne000DE001", "--count", str(count), "--no-wait",
            "--attestation", attestation, "--manifest", str(manifest),
            env={"STATION_GROUP_KEY": GROUP_KEY},
        )
    assert done.returncode == 0, done.stderr + done.stdout


def _device_keys(manifest: Path) -> list[str]:
    """Every device key of the manifest's units, as the station itself reads them."""
    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        opened.use_group_key(GROUP_KEY)
        keys = []
        for unit in opened.units():
            keys += [value for value in opened.unit_secrets(unit.device_id).values() if value]
    return keys


def _verify(manifest: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    status = main(["manifest", "verify", "--manifest", str(manifest), *extra])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def _put_back(copy: Path, station_manifest: Path) -> None:
    """The attacker's folder replaces the station's, as a copy back over a share would."""
    shutil.rmtree(station_manifest.parent)
    shutil.copytree(copy.parent, station_manifest.parent)


@pytest.fixture
def station_folder(tmp_path: Path) -> Path:
    manifest = tmp_path / "station" / "manifest.sqlite"
    manifest.parent.mkdir()
    _provision(manifest, "sas-individual", 3)
    _provision(manifest, "sas-group", 2)
    return manifest


def _attackers_copy(
    station_manifest: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    copy = tmp_path / "copied"
    shutil.copytree(station_manifest.parent, copy)
    home = tmp_path / "attacker-home"
    home.mkdir()
    monkeypatch.setenv("STATION_HOME", str(home))
    monkeypatch.delenv("STATION_SECRETS_PASSPHRASE")
    monkeypatch.setenv("STATION_KEY_TPM", "none")
    return copy / station_manifest.name


def test_a_copied_folder_gives_away_no_device_key(
    station_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keys = _device_keys(station_folder)
    assert len(keys) == 3 * 2 + 2  # sas-individual: primary and secondary; sas-group: derived
    copy = _attackers_copy(station_folder, tmp_path, monkeypatch)

    # Nothing in the folder holds a key, in base64 or in bytes, in any file.
    for path in copy.parent.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for key in keys:
                assert key.encode() not in content, path
                assert base64.b64decode(key) not in content, path

    # The station's own commands cannot read them either: one line, no file.
    out = tmp_path / "keys.csv"
    status = main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                   "--manifest", str(copy)])
    error = capsys.readouterr().err.strip()
    assert status == 1 and "\n" not in error and "station manifest key restore" in error
    assert not out.exists()
    status, said = _verify(copy, capsys)
    assert status == 1 and "is not in" in said and "station manifest key restore" in said


def test_a_record_rewritten_in_a_copied_folder_fails_verify(
    station_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    station_home = Path(os.environ["STATION_HOME"])
    status, said = _verify(station_folder, capsys)
    assert status == 0, said
    head = HEAD.search(said).group(1)

    copy = _attackers_copy(station_folder, tmp_path, monkeypatch)
    # Without the key the forger can only write unkeyed entries: change who provisioned
    # the newest unit, its row and its last entry, with a recomputed hash.
    with sqlite3.connect(copy) as raw:
        seq, device_id = raw.execute(
            "SELECT seq, device_id FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    forge(copy, seq, "sha256", operator="mallory")
    _put_back(copy, station_folder)

    monkeypatch.setenv("STATION_HOME", str(station_home))
    monkeypatch.setenv("STATION_SECRETS_PASSPHRASE", TEST_SECRETS_PASSPHRASE)
    status, said = _verify(station_folder, capsys, "--since", head)
    assert status == 1 and "journal NOT intact" in said, said


def test_a_journal_cut_back_in_a_copied_folder_fails_verify_since(
    station_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    station_home = Path(os.environ["STATION_HOME"])
    status, said = _verify(station_folder, capsys)
    head = HEAD.search(said).group(1)

    copy = _attackers_copy(station_folder, tmp_path, monkeypatch)
    with sqlite3.connect(copy) as raw:
        (newest,) = raw.execute(
            "SELECT device_id FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    tamper(copy, f"DELETE FROM journal WHERE device_id = '{newest}'",
           f"DELETE FROM units WHERE device_id = '{newest}'")
    _put_back(copy, station_folder)

    monkeypatch.setenv("STATION_HOME", str(station_home))
    monkeypatch.setenv("STATION_SECRETS_PASSPHRASE", TEST_SECRETS_PASSPHRASE)
    status, said = _verify(station_folder, capsys, "--since", head)
    assert status == 1 and "entries were cut away" in said, said
    # The heads this PC recorded find it even without the one noted outside.
    status, said = _verify(station_folder, capsys)
    assert status == 1 and "recorded on this PC" in said, said
