"""The line worker's window, driven like a line worker drives it, on virtual boards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from station.core.events import EventKind
from station.core.models import UnitStatus
from station.gui.line_controller import PortState
from station.manifest import Manifest
from tests.gui_fixtures import demo_window, open_window

__all__ = ["demo_window"]


def _find_row(model, device_id: str) -> int:  # type: ignore[no-untyped-def]
    while model.canFetchMore():
        model.fetchMore()
    for row in range(model.rowCount()):
        if model.unit_at(row).device_id == device_id:
            return row
    return -1


def test_provision_button_records_a_provisioned_unit(qtbot, demo_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = demo_window
    button = window.findChild(type(window.line.provision_button), "provisionNextButton")
    assert button is window.line.provision_button
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        qtbot.mouseClick(button, Qt.LeftButton)
    result = blocker.args[0]
    assert result.ok, result

    with Manifest.open(tmp_path / "manifest.sqlite") as manifest:
        unit = manifest.unit(result.device_id)
    assert unit is not None and unit.status is UnitStatus.PROVISIONED

    model = window.manifest_view.model
    row = _find_row(model, result.device_id)
    assert row >= 0
    assert model.index(row, 1).data() == "provisioned"

    banner = window.line.banner
    assert banner.outcome == "passed"
    assert result.device_id in banner.title.text()
    assert window.line.label_preview.content.device_id == result.device_id
    assert f"\"deviceId\":\"{result.device_id}\"" in window.line.label_preview.content.qr_text
    tile = window.line.tiles[result.port]
    assert tile.chip.text() == "PASSED"
    assert result.device_id in tile.device.text()
    assert window.line.job_bar.today.text().startswith("1 /")


def test_enter_starts_the_next_unit(qtbot, demo_window):  # type: ignore[no-untyped-def]
    window = demo_window
    window.line.provision_button.setFocus()
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        qtbot.keyClick(window.line.auto, Qt.Key_Return)
    assert blocker.args[0].ok


def test_misbehaving_board_shows_red_banner_with_stage_and_reason(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, fault="corrupt")
    try:
        with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
            qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
        result = blocker.args[0]
        assert not result.ok
        assert result.failed_stage == "verify"
        banner = window.line.banner
        assert banner.outcome == "failed"
        assert "verify" in banner.title.text()
        assert result.reason in banner.detail.text()
        assert banner.retry.isVisibleTo(window)
        status = window.controller.ports[result.port]
        assert status.state is PortState.FAILED
        with Manifest.open(tmp_path / "manifest.sqlite") as manifest:
            assert manifest.unit(result.device_id).status is UnitStatus.FAILED

        # The same board, fixed, passes on retry under the same device ID.
        window.controller.bays[result.port].board_on(result.port).fault = None
        with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as retried:
            qtbot.mouseClick(banner.retry, Qt.LeftButton)
        assert retried.args[0].ok
        assert retried.args[0].device_id == result.device_id
        assert banner.outcome == "passed"
    finally:
        window.shutdown()


def test_four_boards_at_once_while_the_event_loop_keeps_answering(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    # Virtual ESP32s driven by the real esptool: enough work to span many timer ticks.
    window = open_window(qtbot, tmp_path, boards=4, profile="demo-esp32")
    ticks: list[int] = []
    progress_at: list[int] = []
    clock = {"n": 0}

    def tick() -> None:
        clock["n"] += 1
        ticks.append(clock["n"])

    def on_event(event) -> None:  # type: ignore[no-untyped-def]
        if event.kind is EventKind.PROGRESS:
            progress_at.append(clock["n"])

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    window.controller.stageEvent.connect(on_event)
    results = []
    window.controller.unitFinished.connect(results.append)
    try:
        timer.start()
        for _ in range(4):
            qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
        assert len(window.controller.busy_ports()) == 4
        qtbot.waitUntil(lambda: len(results) == 4, timeout=60_000)
        timer.stop()
        assert all(result.ok for result in results), results
        assert len({result.port for result in results}) == 4
        assert progress_at, "the boards reported progress"
        ticks_while_working = progress_at[-1] - progress_at[0]
        # The GUI thread kept serving its timer between the first and last progress event.
        assert ticks_while_working >= 10, (ticks_while_working, len(progress_at))
    finally:
        window.shutdown()


def test_auto_provisions_virtual_boards_after_each_swap(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    results = []
    window.controller.unitFinished.connect(results.append)
    try:
        window.line.auto.setChecked(True)
        qtbot.waitUntil(lambda: len(results) >= 3, timeout=60_000)
        window.line.auto.setChecked(False)
        qtbot.waitUntil(lambda: not window.controller.busy_ports(), timeout=30_000)
        ids = [r.device_id for r in results]
        assert all(r.ok for r in results)
        assert len(set(ids)) == len(ids)  # a fresh board each time
    finally:
        window.shutdown()
