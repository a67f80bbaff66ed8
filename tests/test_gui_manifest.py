"""The QA views: the lazy manifest model, filters, unit detail, exports and yield."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTableView

from station.gui.app import application
from station.gui.export_dialog import ExportDialog
from station.gui.manifest_model import PAGE_SIZE, UnitFilter, UnitTableModel
from station.gui.yield_chart import HOURS, YieldChart, gather_yield
from station.manifest import Manifest
from station.manifest.exports import export_formats
from tests.gui_fixtures import demo_window, fill_manifest

__all__ = ["demo_window"]


def test_lazy_model_counts_100k_units_and_fetches_one_page(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    path = tmp_path / "big.sqlite"
    fill_manifest(path, 100_000)
    model = UnitTableModel()
    model.open(path, None)
    assert model.total == 100_000
    assert model.rowCount() == 0
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE
    assert model.index(0, 0).data().endswith("099999")  # newest first

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() < 2 * PAGE_SIZE  # showing the table did not load everything

    model.set_filter(UnitFilter(search="-000123"))
    assert model.total == 1
    model.close()


def test_filters_by_status_and_date(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    path = tmp_path / "m.sqlite"
    fill_manifest(path, 50)
    model = UnitTableModel()
    model.open(path, None)
    today = dt.date.today()
    model.set_filter(UnitFilter(status="failed"))
    assert model.total == 0
    model.set_filter(UnitFilter(status="provisioned", since=today, until=today))
    assert model.total == 50
    model.set_filter(UnitFilter(until=today - dt.timedelta(days=2)))
    assert model.total == 0
    model.close()


def _provision_one(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
    assert blocker.args[0].ok
    return blocker.args[0]


def test_unit_detail_shows_its_event_log(qtbot, demo_window):  # type: ignore[no-untyped-def]
    result = _provision_one(qtbot, demo_window)
    view = demo_window.manifest_view
    view.search.setText(result.device_id)
    view.apply_filter()
    assert view.model.total == 1
    view.model.fetchMore()
    text = view.describe(view.model.unit_at(0))
    assert result.device_id in text
    for stage in ("detect", "write", "verify", "record-done"):
        assert stage in text


def test_export_dialog_counts_rows_and_warns_about_secrets(qtbot, demo_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    for _ in range(2):
        _provision_one(qtbot, demo_window)
    dialog = demo_window.manifest_view.export_dialog()
    qtbot.addWidget(dialog)
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert names == list(export_formats())
    for name, export_format in export_formats().items():
        dialog.select_format(name)
        assert dialog.rows == 2
        assert "2 units" in dialog.row_count.text()
        assert dialog.warning.isVisibleTo(dialog) == export_format.carries_secrets
    dialog.select_format("dps-enrollments")
    assert dialog.path.text().endswith(".json")
    assert "*.json" in dialog.file_filter()

    # A file that cannot be written: the reason shows in the dialog, which stays usable.
    dialog.select_format("iotc-import")
    dialog.path.setText(str(tmp_path / "no-such-folder" / "import.csv"))
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000) as failed:
        dialog.export()
    assert not failed.args[0].ok
    assert dialog.written is None
    assert dialog.error.text().startswith("The export failed:")
    assert dialog.export_button.isEnabled()

    out = tmp_path / "import.csv"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        dialog.export()
    assert dialog.written == 2
    assert out.read_text().splitlines()[0] == "IOTC_DeviceID,IOTC_DeviceName"


def test_large_export_runs_while_the_event_loop_keeps_answering(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    path = tmp_path / "big.sqlite"
    fill_manifest(path, 100_000)
    out = tmp_path / "all.csv"
    busy_ticks: list[bool] = []
    with Manifest.open(path) as manifest:
        dialog = ExportDialog(manifest, UnitFilter(), tmp_path)
        qtbot.addWidget(dialog)
        dialog.select_format("iotc-import")
        dialog.path.setText(str(out))
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: busy_ticks.append(dialog.busy))
        timer.start()
        with qtbot.waitSignal(dialog.exportFinished, timeout=120_000) as blocker:
            qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
            assert dialog.busy
            assert not dialog.export_button.isEnabled()
            assert dialog.progress.isVisibleTo(dialog)
        timer.stop()
    assert blocker.args[0].ok
    assert dialog.written == 100_000
    assert not dialog.progress.isVisibleTo(dialog)
    # The GUI thread served its timer again and again while the file was being written.
    assert sum(busy_ticks) >= 5, busy_ticks.count(True)
    assert len(out.read_text().splitlines()) == 100_001


def test_yield_counts_passes_and_failures_per_hour(qtbot, demo_window):  # type: ignore[no-untyped-def]
    _provision_one(qtbot, demo_window)
    port = next(iter(demo_window.virtual_boards.bays))
    demo_window.virtual_boards.board_on(port).fault = "corrupt"
    with qtbot.waitSignal(demo_window.controller.unitFinished, timeout=30_000):
        qtbot.mouseClick(demo_window.line.provision_button, Qt.LeftButton)
    manifest: Manifest = demo_window.manifest_view.model.manifest
    data = gather_yield(manifest)
    assert len(data.hourly) == HOURS
    assert (data.hourly[-1].passed, data.hourly[-1].failed) == (1, 1)
    assert (data.daily[-1].passed, data.daily[-1].failed) == (1, 1)
    assert data.summary.top_failures[0].stage == "verify"
    chart = YieldChart()
    qtbot.addWidget(chart)
    chart.set_data(data)
    image = chart.grab().toImage()
    assert image.width() >= chart.minimumWidth()


def test_manifest_table_is_redrawn_only_while_it_is_shown(qtbot, demo_window):  # type: ignore[no-untyped-def]
    window = demo_window
    model = window.manifest_view.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.total))

    _provision_one(qtbot, window)  # the Line tab is shown: QA's table keeps its place
    assert resets == []
    window.tabs.setCurrentWidget(window.manifest_view)
    assert resets == [1]

    _provision_one(qtbot, window)  # the table is shown: it follows the line
    assert resets == [1, 2]


def test_timestamp_columns_fit_their_text(qtbot, demo_window):  # type: ignore[no-untyped-def]
    _provision_one(qtbot, demo_window)
    window = demo_window
    window.tabs.setCurrentWidget(window.manifest_view)
    table = window.manifest_view.table
    qtbot.waitExposed(table)
    model = window.manifest_view.model
    if model.canFetchMore():
        model.fetchMore()
    metrics = table.fontMetrics()
    for column in (3, 4):  # Recorded, Provisioned
        text = model.index(0, column).data()
        assert text
        needed = metrics.horizontalAdvance(text)
        qtbot.waitUntil(lambda c=column, n=needed: table.columnWidth(c) >= n, timeout=5_000)
