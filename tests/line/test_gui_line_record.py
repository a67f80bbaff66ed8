"""The QA desk on the line database: the Manifest tab reads the line record read-only on
a worker thread (count, pages, a unit's changes, the export), the Line record tab shows
the line's figures, and a window whose job is on a line copies it in the background."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from station.credentials.secret_store import LINE_DB_PASSWORD, EncryptedFileSecrets
from station.gui.app import application
from station.gui.cli_command import is_line_url
from station.gui.line_copy import WindowLineCopy
from station.gui.main_window import MainWindow, WindowOptions
from station.line.config import LineConfig
from station.line.connection import LineConnector
from station.line.outbox import copy_changes
from station.manifest import Manifest, StationKey
from tests.line.conftest import LineDb, at_home, put_on_line
from tests.line.units import fail, provision

WAIT_MS = 60_000  # a safety net for a hung read; the reads take milliseconds


def copied_station(
    tmp_path: Path, db: LineDb, station: str, ids: list[str], failed: list[str] = ()
) -> None:  # type: ignore[assignment]
    path = tmp_path / station / "manifest.sqlite"
    path.parent.mkdir()
    key = StationKey.generate()
    with Manifest.open(path, key) as manifest:
        for device_id in ids:
            provision(manifest, device_id)
        for device_id in failed:
            fail(manifest, device_id)
    copy_changes(path, key, LineConnector(LineConfig(db.url, station, path), db.password))


@pytest.fixture
def store(tmp_path: Path, line_db: LineDb) -> EncryptedFileSecrets:
    secrets = EncryptedFileSecrets(tmp_path / "secrets.enc")
    secrets.unlock("qa passphrase")
    secrets.set(LINE_DB_PASSWORD, line_db.password)
    return secrets


def line_window(qtbot, store, url: str) -> MainWindow:  # type: ignore[no-untyped-def]
    application()
    window = MainWindow(WindowOptions(qa=True, qa_line=url, watch_ports=False, secret_store=store))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_qa_desk_browses_filters_and_exports_the_line_record(
    qtbot,
    tmp_path: Path,
    line_db: LineDb,
    store: EncryptedFileSecrets,  # type: ignore[no-untyped-def]
) -> None:
    copied_station(tmp_path, line_db, "st-1", [f"a-{n:03d}" for n in range(250)], ["a-bad"])
    copied_station(tmp_path, line_db, "st-2", ["b-001", "b-002"])
    window = line_window(qtbot, store, line_db.url)
    view, model = window.manifest_view, window.manifest_view.model
    assert view.line is not None and window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: len(model.rows) > 0, timeout=WAIT_MS)
    assert model.total == 253
    assert len(model.rows) == model.page_size  # the first page; the rest as QA scrolls
    assert "253 units on the line record" in view.count.text()
    assert {model.label_at(row) for row in range(len(model.rows))} <= {"st-1", "st-2"}
    assert view.upload_button.isEnabled() and not view.operator.isEnabled()
    assert [view.station.itemData(i) for i in range(view.station.count())] == [None, "st-1", "st-2"]
    # A filter is the line's indexed query, read again in the background.
    view.station.setCurrentIndex(view.station.findData("st-2"))
    qtbot.waitUntil(lambda: model.total == 2 and len(model.rows) == 2, timeout=WAIT_MS)
    view.station.setCurrentIndex(0)
    view.search.setText("a-bad")
    qtbot.waitUntil(lambda: model.total == 1 and len(model.rows) == 1, timeout=WAIT_MS)
    assert model.rows[0].status == "failed"
    # A unit's detail: its facts at once, its changes on the line when they arrive.
    view.table.selectRow(0)
    assert "on the line from station st-1" in view.detail.toPlainText()
    qtbot.waitUntil(
        lambda: "Changes on the line record:" in view.detail.toPlainText(), timeout=WAIT_MS
    )
    assert "failed  verify: read-back differs" in view.detail.toPlainText()
    # The export of what the filters select: the server writes it, the window waits for none.
    out = tmp_path / "line.csv"
    view.export_line(out)
    qtbot.waitUntil(lambda: "exported 1 rows" in view.count.text(), timeout=WAIT_MS)
    with out.open(newline="", encoding="utf-8") as handle:
        assert [row["device_id"] for row in csv.DictReader(handle)] == ["a-bad"]
    # The Line record tab: per station, per hour, failures.
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.line_record_view))
    window.tabs.setCurrentWidget(window.line_record_view)
    lines = window.line_record_view
    qtbot.waitUntil(lambda: lines.report is not None, timeout=WAIT_MS)
    stations = lines.stations
    assert [stations.item(r, 0).text() for r in range(stations.rowCount())] == ["st-1", "st-2"]
    assert stations.item(0, 1).text() == "251" and stations.item(0, 3).text() == "1"
    assert lines.failures.item(0, 0).text() == "verify"
    assert "253 units" in lines.figures.text()
    # Closing the line goes back to manifests and hides the tab.
    view.close_current()
    assert view.line is None and model.line is None
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.line_record_view))
    window.close()


def test_an_unreachable_line_is_one_line_above_the_table(
    qtbot,
    tmp_path: Path,
    line_db: LineDb,
    store: EncryptedFileSecrets,  # type: ignore[no-untyped-def]
) -> None:
    url = line_db.url.rsplit("/", 1)[0] + "/no_such_line"
    window = line_window(qtbot, store, url)
    view = window.manifest_view
    qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=WAIT_MS)
    assert "cannot be reached" in view.notice.text() and "\n" not in view.notice.text()
    assert view.model.total == 0
    window.close()


def test_a_url_with_a_password_is_refused_before_the_window(capsys) -> None:  # type: ignore[no-untyped-def]
    from station.cli import main

    assert is_line_url("postgresql://qa@db/line") and not is_line_url("copy.sqlite")
    assert main(["gui", "--qa", "postgresql://qa:secret@db/line"]) == 1
    err = capsys.readouterr().err
    assert "carries a password" in err and "secret" not in err


def test_the_window_copies_its_job_to_the_line_and_says_how_far_behind(
    qtbot,
    tmp_path: Path,
    line_db: LineDb,  # type: ignore[no-untyped-def]
) -> None:
    class Job:  # the part of an ActiveJob the copy reads
        def __init__(self, manifest_path: Path, station_key: StationKey) -> None:
            from station.provisioning import ProvisionRequest

            self.manifest_path, self.station_key = manifest_path, station_key
            self.request = ProvisionRequest(profile="x", ports=[], id_scope="0ne0012ABCD")

    home = tmp_path / "home"
    path = home / "manifest.sqlite"
    put_on_line(home, line_db, "st-w", path, interval_s=60)
    key = StationKey.generate()
    application()
    copy = WindowLineCopy()
    with at_home(home):
        with Manifest.open(path, key) as manifest:
            provision(manifest, "w-1")
        copy.follow(Job(path, key))
        qtbot.waitUntil(lambda: copy.text == "line: up to date", timeout=WAIT_MS)
        assert line_db.query("SELECT device_id FROM units") == [("w-1",)]
        # The line goes away: the window says since when the station is behind.
        copy.copier.connector._password = "wrong"  # noqa: SLF001 - the line refuses it now
        with Manifest.open(path, key) as manifest:
            provision(manifest, "w-2")
        copy.wake()
        qtbot.waitUntil(lambda: copy.text.startswith("line: out of reach since"), timeout=WAIT_MS)
        copy.copier.connector._password = line_db.password  # noqa: SLF001
        copy.wake()
        qtbot.waitUntil(lambda: copy.text == "line: up to date", timeout=WAIT_MS)
        copy.stop()
    assert copy.text == "" and copy.copier is None
    assert sorted(line_db.query("SELECT device_id FROM units")) == [("w-1",), ("w-2",)]
