"""Boards behind a remote serial server (RFC 2217) are provisioned like local ones."""

from __future__ import annotations

import base64
from pathlib import Path

from station.core.pipeline import run_unit
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.esp32 import VirtualEsp32
from station.transports.nvs_image import parse_nvs_image
from tests.rfc2217_bridge import Rfc2217Bridge

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()


def provision(profile_id: str, url: str, tmp_path: Path):
    plan = build_plan(
        find_profile(profile_id),
        JobSettings(id_scope="0ne000DE001"),
        JobSecrets(group_key_b64=GROUP_KEY),
        counters=None,
    )
    with Manifest.open(tmp_path / "m.sqlite", StationKey.generate()) as store:
        return run_unit(plan, url, store, lambda event: None)


def test_console_board_over_rfc2217(tmp_path):
    board = VirtualConsoleBoard(seed="rfc")
    with board.serve_tcp() as served, Rfc2217Bridge(served.url) as bridge:
        result = provision("demo-console", bridge.url, tmp_path)
    assert result.ok, result.reason
    assert result.port.startswith("rfc2217://")
    assert board.committed["dps"]["device_id"] == result.device_id


def test_esp32_over_rfc2217(tmp_path):
    board = VirtualEsp32(seed="rfc")
    with board.serve_tcp() as served, Rfc2217Bridge(served.url) as bridge:
        result = provision("demo-esp32", bridge.url, tmp_path)
    assert result.ok, result.reason
    nvs = parse_nvs_image(board.read_flash(0x9000, 0x6000))
    assert nvs["dps"]["device_id"] == result.device_id
