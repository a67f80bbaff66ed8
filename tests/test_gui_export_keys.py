"""The QA view's exports derive sas-group device keys from the group key in Settings."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from station.credentials.sas import derive_device_key
from station.credentials.secret_store import GROUP_KEY
from station.manifest.anchors import recorded_anchors
from station.manifest.journal import Anchor
from tests.gui_fixtures import demo_window

__all__ = ["demo_window"]


def _provision_one(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
    assert blocker.args[0].ok
    return str(blocker.args[0].device_id)


def _export(qtbot, window, out: Path):  # type: ignore[no-untyped-def]
    dialog = window.manifest_view.export_dialog()
    qtbot.addWidget(dialog)
    dialog.select_format("iotc-export")
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000) as finished:
        dialog.export()
    return dialog, finished.args[0]


def test_iotc_export_takes_the_group_key_from_the_window_store(  # type: ignore[no-untyped-def]
    qtbot, demo_window, tmp_path: Path
):
    device_id = _provision_one(qtbot, demo_window)
    group_key = demo_window.controller.job.group_key_b64
    out = tmp_path / "devices.csv"

    # The store holds no group key yet: the dialog says what to give and writes nothing.
    demo_window.store.unlock("line-1 passphrase")
    dialog, outcome = _export(qtbot, demo_window, out)
    assert not outcome.ok and "no group key was given" in outcome.message
    assert "Settings" in dialog.error.text()
    assert not out.exists()

    demo_window.store.set(GROUP_KEY, group_key)
    _, outcome = _export(qtbot, demo_window, out)
    assert outcome.ok and outcome.written == 1
    with out.open(newline="", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["IOTC_DEVICEID"] == device_id
    assert row["IOTC_SASKEY_PRIMARY"] == derive_device_key(group_key, device_id)
    # The journal's head after the export, signed with the station key and recorded
    # on this PC, as `manifest export` prints it.
    job = demo_window.controller.job
    assert outcome.head.count(":") == 2
    anchor = Anchor.parse(outcome.head)
    assert anchor.signed_by(job.station_key)
    assert anchor in recorded_anchors(job.station_key.key_id)
