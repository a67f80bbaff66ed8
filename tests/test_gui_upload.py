"""The QA view's enrollment upload: the dialog, its worker thread, and the strict local
DPS and IoT Central from ``tests.enrollment_server``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from station.core.models import Attestation
from station.credentials.secret_store import (
    DPS_CONNECTION_STRING,
    IOTC_API_TOKEN,
    EncryptedFileSecrets,
)
from station.enrollment.state import Target, UploadLedger, UploadState
from station.gui import upload_worker
from station.gui.app import application
from station.gui.manifest_view import ManifestView
from station.gui.settings import load_upload_settings
from station.gui.upload_dialog import UploadDialog
from station.gui.upload_worker import UploadStopped
from station.manifest import Manifest, StationKey
from tests.enrollment_server import FakeCentral, FakeDps, Fault, ServiceServer, provision

A = Attestation
# Only a safety net for a hung run; the runs themselves take a second or two.
SIGNAL_TIMEOUT_MS = 120_000
UNITS = [
    ("unit-sas-1", A.SAS_INDIVIDUAL),
    ("unit-sas-2", A.SAS_INDIVIDUAL),
    ("unit-x509-1", A.X509_INDIVIDUAL),
    ("unit-x509-2", A.X509_INDIVIDUAL),
    ("unit-tpm-1", A.TPM),
    ("unit-tpm-2", A.TPM),
    ("unit-group", A.SAS_GROUP),
]
INDIVIDUAL = {device_id for device_id, mode in UNITS if mode is not A.SAS_GROUP}
WRONG_KEY = "d3Jvbmcta2V5LXdyb25nLWtleQ=="


@pytest.fixture
def key() -> StationKey:
    return StationKey.generate()


@pytest.fixture
def manifest_path(tmp_path: Path, key: StationKey) -> Path:
    path = tmp_path / "manifest.sqlite"
    provision(path, key, UNITS)
    return path


@pytest.fixture
def store(tmp_path: Path) -> EncryptedFileSecrets:
    secrets = EncryptedFileSecrets(tmp_path / "secrets.enc")
    secrets.unlock("line-1 passphrase")
    return secrets


@pytest.fixture
def dps() -> Iterator[ServiceServer]:
    with ServiceServer(FakeDps()) as server:
        yield server


@pytest.fixture
def view(qtbot, manifest_path, key, store) -> Iterator[ManifestView]:  # type: ignore[no-untyped-def]
    application()
    manifest_view = ManifestView()
    qtbot.addWidget(manifest_view)
    manifest_view.set_secret_store(store)
    manifest_view.open_manifest(manifest_path, key)
    yield manifest_view
    manifest_view.model.close()


def open_dialog(qtbot, view: ManifestView) -> UploadDialog:  # type: ignore[no-untyped-def]
    dialog = view.upload_dialog()
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown_texts(dialog: UploadDialog) -> str:
    """Every text the dialog shows in its labels and entry fields."""
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    entries = [entry.text() for entry in dialog.findChildren(QLineEdit)]
    return "\n".join(labels + entries)


def rows(dialog: UploadDialog) -> dict[str, tuple[str, str, str, str, str]]:
    model = dialog.results
    return {model.cells(row)[0]: model.cells(row) for row in range(model.rowCount())}


def upload_states(path: Path, key: StationKey, target: Target) -> dict[str, UploadState]:
    with Manifest.open(path, key) as manifest:
        return {r.device_id: r.state for r in UploadLedger(manifest).records(target)}


def test_upload_to_dps_fills_the_result_list_and_keeps_the_window_responsive(  # type: ignore[no-untyped-def]
    qtbot, view, dps, manifest_path, key, store, monkeypatch
):
    service: FakeDps = dps.service  # type: ignore[assignment]
    assert view.upload_button.isEnabled()
    dialog = open_dialog(qtbot, view)
    assert dialog.credential_where.text().startswith("No DPS connection string")

    # The connection string is pasted once, kept as a secret and shown masked from then on.
    qtbot.keyClicks(dialog.secret_entry, service.connection_string)
    qtbot.mouseClick(dialog.keep_button, Qt.LeftButton)
    assert store.get(DPS_CONNECTION_STRING) == service.connection_string
    assert "saved secret" in dialog.credential_where.text()
    assert service.key not in shown_texts(dialog)
    dialog.endpoint.setText(dps.url)

    # DPS throttles the first batch: the worker waits a real second, the GUI must not.
    service.fault("bulk", Fault.THROTTLE, "1")
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    # How many GUI ticks had come when each bulk request reached the server (its thread).
    ticks_at_bulk: list[int] = []
    answer = dps.answer

    def note_ticks(method: str, raw_path: str, headers, raw_body: bytes):  # type: ignore[no-untyped-def]
        if (method, urlsplit(raw_path).path) == ("POST", "/enrollments"):
            ticks_at_bulk.append(len(ticks))
        return answer(method, raw_path, headers, raw_body)

    monkeypatch.setattr(dps, "answer", note_ticks)
    upload_threads = []
    real_upload = upload_worker.upload

    def upload_noting_its_thread(*args, **kwargs):  # type: ignore[no-untyped-def]
        upload_threads.append(QThread.currentThread())
        return real_upload(*args, **kwargs)

    monkeypatch.setattr(upload_worker, "upload", upload_noting_its_thread)
    with qtbot.waitSignal(dialog.uploadFinished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
        assert dialog.running and not dialog.start_button.isEnabled()
        assert dialog.close_button.text() == "Stop"
    timer.stop()

    report = blocker.args[0]
    assert dps.problems == []
    assert report.ok and report.stopped is None
    # The first batch was throttled and sent again after the wait; the GUI timer ticked
    # while the worker waited between the two.
    assert len(ticks_at_bulk) >= 2
    assert ticks_at_bulk[1] > ticks_at_bulk[0], ticks_at_bulk
    assert upload_threads == [dialog.uploads]  # the upload ran on the dialog's worker thread
    assert dialog.progress.value() == dialog.progress.maximum()
    assert not dialog.running and dialog.close_button.text() == "Close"

    table = rows(dialog)
    assert set(table) == {device_id for device_id, _ in UNITS}
    for device_id in INDIVIDUAL:
        _, state, batch, time, reason = table[device_id]
        assert (state, reason) == ("uploaded", "")
        assert batch and time
    assert table["unit-group"][1] == "not-needed"
    assert dialog.table.model().rowCount() == len(UNITS)
    assert "Every unit is uploaded" in dialog.message.text()

    states = upload_states(manifest_path, key, Target.DPS)
    assert states == {
        device_id: UploadState.NOT_NEEDED if mode is A.SAS_GROUP else UploadState.UPLOADED
        for device_id, mode in UNITS
    }
    assert set(service.created) == INDIVIDUAL
    assert load_upload_settings().dps_endpoint_override == dps.url
    dialog.reject()
    assert not dialog.isVisible() and not dialog.uploads.isRunning()


def test_a_wrong_key_says_the_credential_was_refused(  # type: ignore[no-untyped-def]
    qtbot, view, dps, manifest_path, key, store
):
    service: FakeDps = dps.service  # type: ignore[assignment]
    store.set(DPS_CONNECTION_STRING, service.connection_string.replace(service.key, WRONG_KEY))
    dialog = open_dialog(qtbot, view)
    dialog.endpoint.setText(dps.url)

    with qtbot.waitSignal(dialog.uploadFinished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.LeftButton)

    report = blocker.args[0]
    assert report.stopped is not None and not report.ok
    assert dps.unauthorized >= 1 and service.created == {}
    message = dialog.message.text()
    assert message.startswith("The service refused the credential")
    assert "HTTP 401" in message
    assert "What to do: check that the connection string's policy" in message
    assert WRONG_KEY not in shown_texts(dialog)
    assert {row[1] for row in rows(dialog).values()} == {"pending", "not-needed"}
    assert set(upload_states(manifest_path, key, Target.DPS).values()) == {
        UploadState.PENDING, UploadState.NOT_NEEDED
    }
    dialog.reject()


def test_stop_ends_a_waiting_upload_and_the_next_run_resumes(  # type: ignore[no-untyped-def]
    qtbot, view, dps, manifest_path, key, store
):
    service: FakeDps = dps.service  # type: ignore[assignment]
    store.set(DPS_CONNECTION_STRING, service.connection_string)
    dialog = open_dialog(qtbot, view)
    dialog.endpoint.setText(dps.url)
    service.fault("bulk", Fault.THROTTLE, "3600")  # DPS asks for an hour's pause

    with qtbot.waitSignal(dialog.uploadFinished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: ("POST", "/enrollments") in dps.requests,
                        timeout=SIGNAL_TIMEOUT_MS)
        # Closing while it runs stops the upload; the dialog closes once the report is in.
        qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
        assert dialog.isVisible() and not dialog.close_button.isEnabled()

    report = blocker.args[0]
    assert isinstance(report.stopped, UploadStopped)
    assert {unit.state for unit in report.units} == {UploadState.PENDING, UploadState.NOT_NEEDED}
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SIGNAL_TIMEOUT_MS)
    assert not dialog.uploads.isRunning()
    assert service.created == {}

    again = open_dialog(qtbot, view)
    assert again.endpoint.text() == dps.url  # the override was remembered
    with qtbot.waitSignal(again.uploadFinished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(again.start_button, Qt.LeftButton)
    assert blocker.args[0].ok
    assert dps.problems == []
    assert set(service.created) == INDIVIDUAL and set(service.created.values()) == {1}
    again.reject()


def test_dry_run_with_the_credential_from_the_environment_sends_nothing(  # type: ignore[no-untyped-def]
    qtbot, view, dps, manifest_path, key, monkeypatch, tmp_path
):
    service: FakeDps = dps.service  # type: ignore[assignment]
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    dialog = open_dialog(qtbot, view)
    assert "environment variable STATION_DPS_CONNECTION_STRING" in dialog.credential_where.text()
    assert service.key not in shown_texts(dialog)
    out = tmp_path / "requests.json"
    dialog.endpoint.setText(dps.url)
    assert not dialog.dry_run_path.isEnabled()
    dialog.dry_run.setChecked(True)
    assert dialog.dry_run_path.isEnabled()
    dialog.dry_run_path.setText(str(out))

    with qtbot.waitSignal(dialog.uploadFinished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.LeftButton)

    assert blocker.args[0].dry_run
    assert dps.requests == []
    requests = json.loads(out.read_text(encoding="utf-8"))
    sent = {e["registrationId"] for r in requests for e in r["body"]["enrollments"]}
    assert sent == INDIVIDUAL
    assert all(r["url"].startswith(dps.url) for r in requests)
    assert service.key not in out.read_text(encoding="utf-8")
    table = rows(dialog)
    assert table["unit-sas-1"][4] == "would be sent"
    assert "Nothing was sent" in dialog.message.text()
    assert upload_states(manifest_path, key, Target.DPS) == {}
    dialog.reject()


def test_upload_to_iot_central_with_a_saved_token(  # type: ignore[no-untyped-def]
    qtbot, view, manifest_path, key, store
):
    central = FakeCentral()
    store.set(IOTC_API_TOKEN, central.token)
    with ServiceServer(central) as server:
        dialog = open_dialog(qtbot, view)
        dialog.target.setCurrentIndex(dialog.target.findData(Target.CENTRAL))
        assert dialog.credential_where.text().startswith("An IoT Central upload needs")
        dialog.app_url.setText(server.url)
        dialog.show_credential()
        assert "saved secret" in dialog.credential_where.text()
        assert central.token not in shown_texts(dialog)

        with qtbot.waitSignal(dialog.uploadFinished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
            qtbot.mouseClick(dialog.start_button, Qt.LeftButton)

        assert blocker.args[0].ok and server.problems == []
    assert set(central.devices) == {device_id for device_id, _ in UNITS}
    assert set(rows(dialog)) == set(central.devices)
    assert set(upload_states(manifest_path, key, Target.CENTRAL).values()) == {
        UploadState.UPLOADED
    }
    assert load_upload_settings().iotc_app_url == server.url
    dialog.reject()


def test_the_qa_view_button_opens_the_upload_dialog(qtbot, view):  # type: ignore[no-untyped-def]
    opened: list[QWidget] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.mouseClick(view.upload_button, Qt.LeftButton)  # returns once the dialog closed
    assert len(opened) == 1 and isinstance(opened[0], UploadDialog)
    assert not opened[0].uploads.isRunning()


@pytest.mark.parametrize("target", [Target.DPS, Target.CENTRAL])
def test_plain_http_to_another_computer_is_refused_in_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, view, store, monkeypatch, target
):
    service = FakeDps()
    store.set(DPS_CONNECTION_STRING, service.connection_string)
    store.set(IOTC_API_TOKEN, FakeCentral().token)
    with ServiceServer(service) as listener:
        # The stand-in service is the proxy of every plain-http request: an on-path listener.
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", listener.url)
        monkeypatch.setenv("HTTP_PROXY", listener.url)
        dialog = open_dialog(qtbot, view)
        dialog.target.setCurrentIndex(dialog.target.findData(target))
        if target is Target.CENTRAL:
            dialog.app_url.setText("http://line-1.example.test")
            dialog.endpoint.setText("")
        else:
            dialog.endpoint.setText("http://dps.example.test")

        assert not dialog.start()

        assert not dialog.running
        assert listener.requests == []
    message = dialog.message.text()
    assert message.startswith("refusing to send the ") and "unencrypted" in message
    assert "https://" in message
    settings = load_upload_settings()
    assert "example.test" not in settings.dps_endpoint_override + settings.iotc_app_url
    dialog.reject()
