"""The QA desk: manifests copied from stations, several at once, browsed read-only with
the Manifest and Yield tabs, exported and uploaded, without a job."""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from station.core.models import Attestation
from station.credentials.secret_store import DPS_CONNECTION_STRING, EncryptedFileSecrets
from station.enrollment.state import Target, UploadLedger, UploadState
from station.gui.app import application
from station.gui.main_window import MainWindow, WindowOptions
from station.gui.manifest_set import MergedUnits, short_labels
from station.manifest import Manifest, StationKey
from station.manifest.custody.station_keys import KeyAccess, key_for_writing
from tests.enrollment_server import FakeDps, ServiceServer, provision

A = Attestation
PASSPHRASE = "qa desk passphrase"
SIGNAL_TIMEOUT_MS = 120_000  # a safety net for a hung run; the runs take a second or two


def unlocked_store(path: Path) -> EncryptedFileSecrets:
    store = EncryptedFileSecrets(path)
    store.unlock(PASSPHRASE)
    return store


def station_manifest(
    folder: Path, store: EncryptedFileSecrets, units: list[tuple[str, Attestation]]
) -> tuple[Path, StationKey]:
    """A station's manifest whose key is in ``store``'s custody, its units recorded as the
    pipeline records them."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "manifest.sqlite"
    key = key_for_writing(path, KeyAccess(store=store, passphrase=lambda: PASSPHRASE))
    provision(path, key, units)
    return path, key


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def qa_window(qtbot, store, *paths: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    application()
    window = MainWindow(WindowOptions(qa=True, qa_manifests=paths, watch_ports=False,
                                      secret_store=store))
    qtbot.addWidget(window)
    window.show()
    return window


def all_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(device ID, manifest label) of every unit the table lists, in its order."""
    model = window.manifest_view.model
    while model.canFetchMore():
        model.fetchMore()
    return [(model.unit_at(row).device_id, model.label_at(row))  # type: ignore[union-attr]
            for row in range(model.rowCount())]


@pytest.fixture
def store(tmp_path: Path) -> EncryptedFileSecrets:
    return unlocked_store(tmp_path / "secrets.enc")


@pytest.fixture
def stations(tmp_path: Path, store) -> Iterator[tuple[Path, Path]]:  # type: ignore[no-untyped-def]
    """Two stations' manifests, copied to QA's desk: both files are named manifest.sqlite."""
    one, _ = station_manifest(tmp_path / "st1", store, [
        ("st1-a", A.SAS_INDIVIDUAL), ("st1-b", A.SAS_GROUP), ("st1-c", A.SAS_INDIVIDUAL)])
    two, _ = station_manifest(tmp_path / "st2", store, [
        ("st2-a", A.SAS_INDIVIDUAL), ("st2-b", A.SAS_GROUP)])
    yield one, two


def test_qa_desk_browses_several_manifests_as_one_list_and_writes_none(  # type: ignore[no-untyped-def]
    qtbot, store, stations
):
    one, two = stations
    before = {path: digest(path) for path in stations}
    window = qa_window(qtbot, store, one, two)
    view = window.manifest_view

    # No job, no line: the Manifest tab is where the desk opens.
    assert window.controller.job is None
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.line))
    assert window.tabs.currentWidget() is view
    assert not window.settings_view.start_button.isVisibleTo(window)
    assert "QA desk" in window.windowTitle()
    assert [entry.label for entry in view.chosen()] == ["st1/manifest", "st2/manifest"]
    assert not view.notice.isVisibleTo(window)

    # Both stations' units in one list, newest first across the two files.
    assert view.model.total == 5
    assert "5 units in 2 manifests" in view.count.text()
    rows = all_rows(window)
    assert sorted(rows) == sorted([("st1-a", "st1/manifest"), ("st1-b", "st1/manifest"),
                                   ("st1-c", "st1/manifest"), ("st2-a", "st2/manifest"),
                                   ("st2-b", "st2/manifest")])
    created = [view.model.rows[row].created_at for row in range(len(rows))]
    assert created == sorted(created, reverse=True)
    assert not view.table.isColumnHidden(12)  # the Manifest column tells them apart

    # Filters run over both; a unit's detail comes from its own file.
    view.search.setText("-b")
    view.apply_filter()
    assert view.model.total == 2
    view.model.fetchMore()
    st2_row = next(r for r in range(2) if view.model.unit_at(r).device_id == "st2-b")  # type: ignore[union-attr]
    view.table.selectRow(st2_row)
    assert "st2-b" in view.detail.toPlainText()
    assert str(two) in view.detail.toPlainText()
    # Nothing in a QA manifest is resolved or re-provisioned from the desk.
    assert not view.resolve_button.isEnabled()
    assert not view.reprovision_button.isEnabled()

    # The Yield tab covers the chosen manifests; unticking one narrows both tabs.
    window.tabs.setCurrentWidget(window.yield_view)
    assert window.yield_view.manifests == view.chosen_manifests()
    assert "(2 manifests)" in window.yield_view.figures.text()
    view.manifest_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    view.search.setText("")
    view.apply_filter()
    assert view.model.total == 2
    assert view.table.isColumnHidden(12)
    assert window.yield_view.manifests == [view.shown[1].manifest]
    assert "2 passed" in window.yield_view.figures.text()

    window.shutdown()
    assert {path: digest(path) for path in stations} == before


def test_a_manifest_whose_key_is_elsewhere_opens_with_one_line_on_restoring_it(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, stations
):
    one, _two = stations
    # QA's PC has a secret store of its own, which never held the station's key.
    window = qa_window(qtbot, unlocked_store(tmp_path / "qa-secrets.enc"), one)
    view = window.manifest_view
    [entry] = view.chosen()
    assert entry.key is None
    notice = view.notice.text()
    assert view.notice.isVisibleTo(window)
    assert len(notice.splitlines()) == 1
    assert notice.endswith(f"station manifest key restore BACKUP_FILE --manifest {one.resolve()}")
    assert "Traceback" not in notice
    assert view.manifest_list.item(0).text().endswith("⚠")
    assert view.model.total == 3  # the units can be browsed without it

    # A file with device keys in clear needs the key: the dialog says how to get it back.
    dialog = view.export_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.select_format("iotc-export")
    out = tmp_path / "keys.csv"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exportFinished, timeout=SIGNAL_TIMEOUT_MS) as finished:
        dialog.export()
    assert not finished.args[0].ok
    assert "station manifest key restore" in dialog.error.text()
    assert not out.exists()
    # One without secrets is written all the same.
    dialog.select_format("iotc-import")
    dialog.path.setText(str(tmp_path / "import.csv"))
    with qtbot.waitSignal(dialog.exportFinished, timeout=SIGNAL_TIMEOUT_MS) as finished:
        dialog.export()
    assert finished.args[0].ok and finished.args[0].written == 3
    window.shutdown()


def test_a_file_that_is_no_manifest_is_named_in_one_line(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, store, stations
):
    one, _two = stations
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"these are not the units you are looking for" * 100)
    window = qa_window(qtbot, store)
    view = window.manifest_view
    assert view.shown == []
    assert "No manifest chosen" in view.count.text()

    view.add_manifests([junk, one])
    lines = view.notice.text().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{junk} cannot be opened: ")
    assert [entry.path for entry in view.shown] == [one.resolve()]
    assert view.model.total == 3
    view.add_manifests([one])  # opened once, however often it is chosen
    assert len(view.shown) == 1 and not view.notice.isVisibleTo(window)
    view.manifest_list.setCurrentRow(0)
    assert view.close_button.isEnabled()
    view.close_current()
    assert view.shown == [] and view.model.total == 0
    window.shutdown()


def test_export_of_several_manifests_writes_one_file_each(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, store, stations
):
    window = qa_window(qtbot, store, *stations)
    dialog = window.manifest_view.export_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.select_format("iotc-import")
    assert dialog.rows == 5
    assert dialog.files_note.isVisibleTo(dialog)
    out = tmp_path / "out" / "import.csv"
    out.parent.mkdir()
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exportFinished, timeout=SIGNAL_TIMEOUT_MS) as finished:
        dialog.export()
    outcome = finished.args[0]
    assert outcome.ok and outcome.written == 5
    files = {p.name: p for p in out.parent.iterdir()}
    assert set(files) == {"import-st1-manifest.csv", "import-st2-manifest.csv"}
    with files["import-st2-manifest.csv"].open(newline="", encoding="utf-8") as handle:
        assert [row["IOTC_DeviceID"] for row in csv.DictReader(handle)] == ["st2-a", "st2-b"]
    # Each file's journal head, signed with its own station's key.
    assert outcome.head.startswith("st1/manifest ") and "; st2/manifest " in outcome.head
    window.shutdown()


def test_upload_from_the_qa_desk_sends_every_chosen_manifest(  # type: ignore[no-untyped-def]
    qtbot, store, stations
):
    with ServiceServer(FakeDps()) as dps:
        service: FakeDps = dps.service  # type: ignore[assignment]
        store.set(DPS_CONNECTION_STRING, service.connection_string)
        window = qa_window(qtbot, store, *stations)
        dialog = window.manifest_view.upload_dialog()
        assert dialog is not None
        dialog.target.setCurrentIndex(dialog.target.findData(Target.DPS))
        dialog.endpoint.setText(dps.url)
        with qtbot.waitSignal(dialog.uploadFinished, timeout=SIGNAL_TIMEOUT_MS):
            assert dialog.start()
        assert len(dialog.reports) == 2
        assert {r.lower() for r in service.enrollments} == {"st1-a", "st1-c", "st2-a"}
        assert "manifest.sqlite: " in dialog.summary()
        dialog.shutdown()
        window.shutdown()
    # The upload records what it sent in each manifest's ledger, by design.
    for path, sent in zip(stations, ({"st1-a", "st1-c"}, {"st2-a"}), strict=True):
        with Manifest.open(path, read_only=True) as manifest:
            states = {r.device_id: r.state for r in UploadLedger(manifest).records(Target.DPS)}
        assert {d for d, s in states.items() if s is UploadState.UPLOADED} == sent


def test_window_without_a_job_shows_the_station_manifest_read_only(  # type: ignore[no-untyped-def]
    qtbot, store, stations
):
    one, _two = stations
    before = digest(one)
    application()
    window = MainWindow(WindowOptions(manifest=one, watch_ports=False, secret_store=store))
    qtbot.addWidget(window)
    assert window.controller.job is None
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.line))
    [entry] = window.manifest_view.chosen()
    assert entry.path == one.resolve() and not entry.writable
    assert window.manifest_view.model.total == 3
    assert window.where.full_text == "No job: 1 manifest open, read-only"
    window.shutdown()
    assert digest(one) == before


def test_merged_units_read_each_manifest_only_a_page_ahead(  # type: ignore[no-untyped-def]
    tmp_path: Path, store
):
    paths = [station_manifest(tmp_path / f"s{n}", store,
                              [(f"s{n}-{i:02d}", A.SAS_GROUP) for i in range(30)])[0]
             for n in range(3)]
    manifests = [Manifest.open(path, read_only=True) for path in paths]
    try:
        merged = MergedUnits(manifests, {})
        assert merged.total == 90
        first = merged.next_page(10)
        later = merged.next_page(100)
        ids = [unit.device_id for _source, unit in first + later]
        assert len(ids) == 90 == len(set(ids))
        stamps = [unit.created_at for _source, unit in first + later]
        assert stamps == sorted(stamps, reverse=True)
        assert merged.next_page(10) == []
    finally:
        for manifest in manifests:
            manifest.close()
    assert short_labels([Path("/a/st1/manifest.sqlite"), Path("/b/st1/manifest.sqlite"),
                         Path("/b/st2/line.sqlite")]) == ["a/st1/manifest", "b/st1/manifest",
                                                          "line"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["gui", "somewhere.sqlite"], "station: manifest files to browse are for the QA desk"),
        (["gui", "--qa", "no-such.sqlite"], "station: there is no manifest file at no-such.sqlite"),
        (["gui", "--qa", "--demo"], "station: --qa and --demo cannot go together"),
    ],
)
def test_gui_qa_options_are_checked_in_one_line(
    args: list[str], message: str, station_home: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATION_HOME": str(station_home)}
    done = subprocess.run([sys.executable, "-m", "station", *args], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(message)


def test_a_key_in_a_locked_store_is_taken_once_the_store_is_unlocked(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, stations
):
    one, _two = stations
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")  # the station's store, still locked
    window = qa_window(qtbot, store, one)
    view = window.manifest_view
    [entry] = view.chosen()
    assert entry.key is None
    assert "locked" in view.notice.text() and "Settings" in view.notice.text()

    store.unlock(PASSPHRASE)  # as Settings does
    view.reload()
    [entry] = view.chosen()
    assert entry.key is not None and entry.key_note == ""
    assert not view.notice.isVisibleTo(window)
    assert not view.manifest_list.item(0).text().endswith("⚠")
    assert view.model.total == 3
    window.shutdown()
