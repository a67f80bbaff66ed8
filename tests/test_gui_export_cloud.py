"""The export dialog honours the Cloud filter the QA view shows: it counts and writes the
units whose last-read status (from the service the view shows) is in the chosen group."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from station.core.models import Attestation
from station.enrollment.cloud_status import CloudStatus, StatusBook
from station.enrollment.state import Target
from station.gui.export_dialog import ExportDialog
from station.gui.manifest_view import ManifestView
from station.manifest import Manifest
from tests.test_gui_qa import qa_window, station_manifest, unlocked_store

SIGNAL_TIMEOUT_MS = 120_000  # a safety net for a hung export; it takes well under a second


def choose(view: ManifestView, target: Target, group: str) -> None:
    view.cloud_target.setCurrentIndex(view.cloud_target.findData(target.value))
    view.cloud.setCurrentIndex(view.cloud.findData(group))


def export(qtbot, dialog: ExportDialog, format_name: str, out: Path) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    dialog.select_format(format_name)
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exportFinished, timeout=SIGNAL_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].ok, finished.args[0].message
    with out.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_export_writes_only_the_units_the_cloud_filter_shows(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = unlocked_store(tmp_path / "secrets.enc")
    units = [(f"u-{n:02d}", Attestation.SAS_GROUP) for n in range(12)]
    path, key = station_manifest(tmp_path / "st1", store, units)
    with Manifest.open(path, key) as manifest:
        book = StatusBook(manifest)
        book.record(
            book.open_run(Target.CENTRAL),
            [
                ("u-00", CloudStatus.PROVISIONED, "dtmi:contoso:Thermostat;1"),
                ("u-02", CloudStatus.BLOCKED, "blocked in IoT Central"),
                ("u-05", CloudStatus.BLOCKED, "blocked in IoT Central"),
            ],
            finished=True,
        )
        book.record(
            book.open_run(Target.DPS),
            [("u-07", CloudStatus.FAILED, "401: bad key"), ("u-02", CloudStatus.ASSIGNED, "")],
            finished=True,
        )
    window = qa_window(qtbot, store, path)
    view = window.manifest_view

    choose(view, Target.CENTRAL, "blocked")
    assert view.model.total == 2
    dialog = view.export_dialog()
    assert dialog is not None
    dialog.select_format("audit")
    assert dialog.rows == 2
    assert not dialog.files_note.isVisibleTo(dialog)  # no "does not narrow" note any more
    rows = export(qtbot, dialog, "audit", tmp_path / "blocked.csv")
    assert [(row["device_id"], row["cloud_status"]) for row in rows] == [
        ("u-02", "assigned"),  # the audit's cell is the latest reading, here DPS's
        ("u-05", "blocked"),
    ]

    # The service the view shows is part of the filter: what DPS said, not IoT Central.
    choose(view, Target.DPS, "failed to register")
    assert view.model.total == 1
    dialog = view.export_dialog()
    assert dialog is not None
    dialog.select_format("iotc-import")
    assert dialog.rows == 1
    rows = export(qtbot, dialog, "iotc-import", tmp_path / "failed.csv")
    assert [row["IOTC_DeviceID"] for row in rows] == ["u-07"]

    # With the other filters, not instead of them; "not read yet" as the view counts it.
    choose(view, Target.CENTRAL, "not read yet")
    view.search.setText("u-1")
    qtbot.waitUntil(lambda: view.model.total == 2)  # the search applies once typing pauses
    dialog = view.export_dialog()
    assert dialog is not None
    dialog.select_format("audit")
    assert dialog.rows == 2
    rows = export(qtbot, dialog, "audit", tmp_path / "unread.csv")
    assert [row["device_id"] for row in rows] == ["u-10", "u-11"]
    window.shutdown()
