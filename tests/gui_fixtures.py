"""Fixtures for the window's tests: the real window on virtual boards, and a big manifest."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.credentials.secret_store import EncryptedFileSecrets
from station.gui.app import application
from station.gui.main_window import MainWindow, WindowOptions
from station.manifest import Manifest
from station.manifest.process import PROCESS_TOKEN

FAST_PROFILE = "demo-console"  # the console board answers in milliseconds


class RecordingPlayer:
    """A sound player that notes which WAV each result asked for."""

    def __init__(self) -> None:
        self.played: list[tuple[str, bool]] = []

    def play(self, wav: Path, ok: bool) -> None:
        assert wav.is_file()
        self.played.append((wav.name, ok))


BARCODE_PROFILE = """
schema_version = 1
id = "barcode-console"
name = "Console board with a barcode"
description = "A virtual console board whose device ID is the unit's scanned serial."

[board]
type = "virtual-console"

[transport]
kind = "console"
baud = 115200
timeout_s = 5.0

[identity]
rule = "barcode"
pattern = "sn-[0-9]{6}"

[attestation]
allowed = ["sas-group"]
default = "sas-group"

[storage]
namespace = "dps"

[[storage.items]]
key = "scope_id"
source = "scope_id"

[[storage.items]]
key = "device_id"
source = "device_id"

[[storage.items]]
key = "sas_key"
source = "sas_key"

[verify]
readback = true
"""


def write_barcode_profile(folder: Path) -> Path:
    """A profile whose identity rule takes scanned serials like ``sn-000123``."""
    path = folder / "barcode-console.toml"
    path.write_text(BARCODE_PROFILE.lstrip(), encoding="utf-8")
    return path


def open_window(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, *, boards: int = 1, fault: str | None = None, profile: str = FAST_PROFILE
):
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    window = MainWindow(
        WindowOptions(
            demo=True,
            demo_profile=profile,
            boards=boards,
            fault=fault,
            manifest=tmp_path / "manifest.sqlite",
            watch_ports=False,
            secret_store=store,
        )
    )
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def demo_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    yield window
    window.shutdown()


def fill_manifest(path: Path, count: int) -> None:
    """Write ``count`` provisioned units into a new manifest in one transaction.

    The units go in through SQL (the schema the manifest made) because recording
    100,000 units one by one, each with its own durable commit, takes minutes.
    """
    with Manifest.open(path) as manifest:
        conn = manifest.db.conn
        now = dt.datetime.now(dt.UTC)
        job = "job-bulk"
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO jobs (job_id, profile_id, id_scope, attestation, operator, station_id, "
            "dps_endpoint, created_at) VALUES (?, 'demo-console', '0ne000DE001', 'sas-group', "
            "'ana', 'line-1', 'global.azure-devices-provisioning.net', ?)",
            (job, now.isoformat()),
        )
        conn.execute(
            "INSERT INTO attempts (job_id, port, started_at, ended_at, outcome, pid, "
            "process_token) VALUES (?, 'COM3', ?, ?, 'provisioned', 1, ?)",
            (job, now.isoformat(), now.isoformat(), PROCESS_TOKEN),
        )
        run = secrets.token_hex(2)
        rows = []
        for n in range(count):
            stamp = (now - dt.timedelta(seconds=count - n)).isoformat(timespec="microseconds")
            rows.append((f"bulk-{run}-{n:06d}", job, stamp, stamp, stamp))
        conn.executemany(
            "INSERT INTO units (device_id, job_id, profile_id, attestation, id_scope, "
            "dps_endpoint, operator, station_id, port, status, attempts, last_attempt_id, "
            "created_at, updated_at, provisioned_at) VALUES (?, ?, 'demo-console', 'sas-group', "
            "'0ne000DE001', 'global.azure-devices-provisioning.net', 'ana', 'line-1', 'COM3', "
            "'provisioned', 1, 1, ?, ?, ?)",
            rows,
        )
        conn.execute("COMMIT")
