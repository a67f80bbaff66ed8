"""The line worker's window, driven like a line worker drives it, on virtual boards."""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer

from station.core.errors import ConfigError
from station.core.events import EventKind
from station.core.models import UnitResult, UnitStatus
from station.credentials.secret_store import EncryptedFileSecrets
from station.gui.app import application
from station.gui.line_controller import PortState
from station.gui.main_window import MainWindow, WindowOptions
from station.manifest import Manifest
from tests.gui_fixtures import RecordingPlayer, demo_window, open_window, write_barcode_profile

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

    window.tabs.setCurrentWidget(window.manifest_view)  # the table is brought up to date on show
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


class _Visibility(QObject):
    """Counts a widget's hide and show events."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = self.shown = 0

    def eventFilter(self, _watched, event):  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Hide:
            self.hidden += 1
        elif event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def test_a_passed_unit_after_a_passed_unit_keeps_its_tile_s_label_button(qtbot, demo_window):  # type: ignore[no-untyped-def]
    # Showing a hidden button lays its tile out at once on the GUI thread: with sixteen
    # boards passing several units a second, the button stays put from one label to the next.
    window = demo_window
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as first:
        qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
    tile = window.line.tiles[first.args[0].port]
    assert tile.print_label.isVisibleTo(window)
    watcher = _Visibility()
    tile.print_label.installEventFilter(watcher)
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as second:
        qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
    assert second.args[0].ok and second.args[0].port == first.args[0].port
    assert tile.label_content.device_id == second.args[0].device_id
    assert tile.print_label.isVisibleTo(window)
    assert (watcher.hidden, watcher.shown) == (0, 0)


def test_enter_starts_the_next_unit(qtbot, demo_window):  # type: ignore[no-untyped-def]
    window = demo_window
    window.line.provision_button.setFocus()
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        qtbot.keyClick(window.line.auto, Qt.Key_Return)
    assert blocker.args[0].ok


def test_misbehaving_board_shows_red_banner_with_stage_and_reason(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, fault="corrupt")
    sounds = RecordingPlayer()
    window.line.sound.player = sounds
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
        assert sounds.played == [("fail.wav", False)]
        status = window.controller.ports[result.port]
        assert status.state is PortState.FAILED
        with Manifest.open(tmp_path / "manifest.sqlite") as manifest:
            assert manifest.unit(result.device_id).status is UnitStatus.FAILED

        # The same board, fixed, passes on retry under the same device ID.
        window.virtual_boards.board_on(result.port).fault = None
        with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as retried:
            qtbot.mouseClick(banner.retry, Qt.LeftButton)
        assert retried.args[0].ok
        assert retried.args[0].device_id == result.device_id
        assert banner.outcome == "passed"
        assert "attempt 2" in banner.title.text()  # not mistaken for the first run
        assert "attempt 2" in window.line.tiles[result.port].stage.text()
        assert sounds.played == [("fail.wav", False), ("pass.wav", True)]
    finally:
        window.shutdown()


def test_four_boards_at_once_while_the_event_loop_keeps_answering(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    # Virtual ESP32s driven by the real esptool: enough work to span many timer ticks.
    window = open_window(qtbot, tmp_path, boards=4, profile="demo-esp32")
    interval_ms = 20
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    progress_at: list[float] = []
    window.controller.stageEvent.connect(
        lambda event: progress_at.append(time.monotonic())
        if event.kind is EventKind.PROGRESS else None
    )
    results = []
    finished_at: list[float] = []
    window.controller.unitFinished.connect(results.append)
    window.controller.unitFinished.connect(lambda _result: finished_at.append(time.monotonic()))
    try:
        timer.start()
        started = time.monotonic()
        for _ in range(4):
            qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
        assert len(window.controller.busy_ports()) == 4
        qtbot.waitUntil(lambda: len(results) == 4, timeout=60_000)
        timer.stop()
        assert all(result.ok for result in results), results
        assert len({result.port for result in results}) == 4

        # Each board keeps the label of its own unit, whatever order they finished in.
        for result in results:
            tile = window.line.tiles[result.port]
            assert tile.label_content is not None
            assert tile.label_content.device_id == result.device_id
            assert tile.print_label.isVisibleTo(window)
        last = results[-1]
        board = window.controller.ports[last.port].label
        assert window.line.label_preview.content.device_id == last.device_id
        assert board in window.line.label_preview.caption.text()
        assert f"Stick the label on the unit on {board}" in window.line.banner.detail.text()

        # Responsiveness, measured against the work itself rather than the clock: while
        # the four units ran (from the presses to the last result) the timer kept firing,
        # and no gap between its ticks took a large part of that span (the event loop was
        # never blocked long). The span is the boards' whole work, not only their writes,
        # which a fast machine finishes within a few ticks.
        assert len(progress_at) >= 2, "the boards reported progress"
        span = finished_at[-1] - started
        within = [t for t in ticks if started <= t <= finished_at[-1]]
        assert len(within) >= 10, (len(within), span)
        stamps = [started, *within, finished_at[-1]]
        longest_gap = max(later - earlier for earlier, later in pairwise(stamps))
        assert longest_gap < span / 4, (longest_gap, span)
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


def test_scanned_barcode_provisions_the_unit_under_that_id(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    profile = write_barcode_profile(tmp_path)
    window = open_window(qtbot, tmp_path, boards=2, profile=str(profile))
    line = window.line
    try:
        assert line.barcode.isEnabled()
        assert not line.auto.isEnabled() and "barcode" in line.auto.toolTip()
        qtbot.mouseClick(line.provision_button, Qt.LeftButton)  # no scan: it asks for one
        assert "barcode" in line.banner.title.text()
        assert window.focusWidget() is line.barcode

        with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
            qtbot.keyClicks(line.barcode, "sn-000123")
            qtbot.keyClick(line.barcode, Qt.Key_Return)
        result = blocker.args[0]
        assert result.ok, result
        assert result.device_id == "sn-000123"
        with Manifest.open(tmp_path / "manifest.sqlite") as manifest:
            assert manifest.unit("sn-000123").status is UnitStatus.PROVISIONED
        assert line.banner.outcome == "passed"
        assert line.barcode.text() == ""
        assert window.focusWidget() is line.barcode

        # A scan that is not a device ID: red at identify, and a new scan is asked for.
        with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as refused:
            qtbot.keyClicks(line.barcode, "XYZ")
            qtbot.keyClick(line.barcode, Qt.Key_Return)
        failed = refused.args[0]
        assert not failed.ok
        assert failed.failed_stage == "identify"
        assert line.banner.outcome == "failed"
        assert "identify" in line.banner.title.text()
        assert "'XYZ'" in line.banner.detail.text()
        assert "Scan the unit's barcode again" in line.banner.detail.text()
        assert not line.banner.retry.isVisibleTo(window)
        assert not line.tiles[failed.port].retry.isVisibleTo(window)
        assert window.focusWidget() is line.barcode
        with pytest.raises(ConfigError):
            window.controller.retry(failed.port)
    finally:
        window.shutdown()


def _geometry_in(window, widget) -> QRect:  # type: ignore[no-untyped-def]
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_a_long_failure_reason_wraps_instead_of_widening_the_window(qtbot, demo_window):  # type: ignore[no-untyped-def]
    window = demo_window
    port = next(iter(window.controller.ports))
    reason = "the board said " + "/".join(["a-very-long-path-part"] * 14) + " " + "word " * 20
    assert len(reason) > 300
    window.line.banner.show_result(
        UnitResult(port, UnitStatus.FAILED, device_id="d" * 120, failed_stage="write",
                   reason=reason, hint="set the board aside"),
        "Virtual board 1",
    )
    window.line.banner.show_message("The job cannot start: " + "x" * 300, "check the profile")
    assert window.minimumSizeHint().width() < 1024
    assert window.line.banner.minimumSizeHint().width() < 1024


@pytest.mark.parametrize("size", [(1280, 720), (1024, 700)])
def test_provision_button_never_covers_the_barcode_field(qtbot, demo_window, size):  # type: ignore[no-untyped-def]
    window = demo_window
    line = window.line
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000):
        qtbot.mouseClick(line.provision_button, Qt.LeftButton)  # a label in the panel too
    assert window.minimumSizeHint().width() <= size[0]
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size))
    button = _geometry_in(window, line.provision_button)
    barcode = _geometry_in(window, line.barcode)
    assert not button.intersects(barcode), (button, barcode)
    assert button.height() >= line.provision_button.minimumHeight()
    assert barcode.height() >= line.barcode.minimumSizeHint().height()
    assert button.bottom() < barcode.top()


def test_with_no_job_the_banner_points_to_settings(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    window = MainWindow(WindowOptions(
        demo=False, watch_ports=False, manifest=tmp_path / "manifest.sqlite",
        secret_store=EncryptedFileSecrets(tmp_path / "secrets.enc"),
    ))
    qtbot.addWidget(window)
    window.show()
    try:
        banner = window.line.banner
        shown = (banner.title.text() + " " + banner.detail.text()).replace("\u200b", "")
        assert window.controller.job is None
        assert shown.startswith("No job running Start one in Settings")
        assert "Save and start the job" in shown
        assert "Plug in a board" not in shown
        assert not window.line.provision_button.isEnabled()

        window.start_demo()  # a job: now the banner says how to start a unit
        shown = (banner.title.text() + " " + banner.detail.text()).replace("\u200b", "")
        assert shown == "Ready Plug in a board and press Provision next unit (or Enter)."
    finally:
        window.shutdown()
