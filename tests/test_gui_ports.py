"""Boards plugged in and pulled out while the window runs."""

from __future__ import annotations

from pathlib import Path

import pytest

import station.gui.line_controller as line_controller
from station.core.events import EventKind, Stage, StageEvent
from station.gui.line_controller import PortState
from station.manifest import Manifest
from station.transports.ports import PortInfo
from tests.gui_fixtures import open_window


def test_plugged_ports_get_a_tile_auto_starts_them_and_unplugged_ones_go(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    plugged: list[PortInfo] = []
    monkeypatch.setattr(line_controller, "list_ports", lambda: list(plugged))
    window = open_window(qtbot, tmp_path)
    controller = window.controller
    try:
        # Only the plugged port should be started by auto mode: take the virtual board out.
        for port in list(controller.ports):
            controller.remove_port(port)
        qtbot.waitUntil(lambda: not controller.retiring, timeout=10_000)
        window.watcher.timer.setInterval(50)
        window.watcher.start()
        window.line.auto.setChecked(True)
        results = []
        controller.unitFinished.connect(results.append)

        device = str(tmp_path / "ttyUSB-missing")  # listed, but nothing answers there
        with qtbot.waitSignal(
            controller.unitStarted, timeout=10_000, check_params_cb=lambda port: port == device
        ):
            plugged.append(PortInfo(device=device, description="CP2102", hwid="USB VID:PID=10C4"))
        assert device in window.line.tiles
        qtbot.waitUntil(lambda: bool(results), timeout=30_000)
        assert results[0].port == device and not results[0].ok

        plugged.clear()
        qtbot.waitUntil(lambda: device not in window.line.tiles, timeout=10_000)
        assert device not in controller.ports
    finally:
        window.shutdown()


def test_board_unplugged_mid_unit_fails_it_with_a_red_banner(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, profile="demo-esp32")  # a write long enough to pull
    controller = window.controller
    port = next(iter(controller.ports))
    seen_after_unplug: list[tuple[PortState, bool]] = []

    def unplug_while_writing(event: StageEvent) -> None:
        writing = event.stage is Stage.WRITE and event.kind is EventKind.PROGRESS
        if writing and not seen_after_unplug:
            controller.remove_port(port)
            # It returned without waiting for the worker: the unit is still running.
            seen_after_unplug.append((controller.ports[port].state, port in window.line.tiles))

    controller.stageEvent.connect(unplug_while_writing)
    try:
        with qtbot.waitSignal(controller.unitFinished, timeout=30_000) as finished:
            window.line.provision_next()
        assert seen_after_unplug == [(PortState.BUSY, True)]
        result = finished.args[0]
        assert not result.ok
        assert result.failed_stage in ("write", "verify")  # where the worker stopped
        assert result.reason == "board unplugged during write"
        banner = window.line.banner
        assert banner.outcome == "failed"
        assert "board unplugged during write" in banner.detail.text()
        assert port not in window.line.tiles
        qtbot.waitUntil(lambda: not controller.retiring, timeout=10_000)
        # The manifest says why, in the same words as the banner's cause.
        job = controller.job
        assert job is not None
        with Manifest.open(job.manifest_path, job.station_key) as manifest:
            record = manifest.unit(result.device_id)
        assert record is not None and record.status == "failed"
        assert record.failure_reason == f"the board on {port} was unplugged"
    finally:
        window.shutdown()
