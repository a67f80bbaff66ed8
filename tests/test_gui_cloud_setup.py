"""Settings' "Set up in the cloud…" on real widgets: the job's enrollment group created in
the strict local IoT Central of ``tests.cloud_server`` off the GUI thread, its keys kept in
the secret store (or its CA verified with a key in SoftHSM2), and the job then starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from station.core.errors import StationError
from station.credentials.ca import create_ca, write_ca_files
from station.credentials.keys import private_key_pem
from station.credentials.pkcs11_import import import_ca_key
from station.credentials.secret_store import (
    CA_KEY_PEM,
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    IOTC_API_TOKEN,
    mask,
)
from station.gui.app import application
from station.gui.cloud_setup import CA_VERIFIED, GROUP_READY, CloudSetupDialog
from station.gui.job import request_from_store, start_job
from station.gui.settings import StationSettings
from station.gui.settings_view import SettingsView
from tests.cloud_server import CloudCentral
from tests.enrollment_server import IOTC_TOKEN, Fault, ServiceServer
from tests.test_cloud_status import APP
from tests.test_gui_qa import unlocked_store

SIGNAL_TIMEOUT_MS = 120_000  # a safety net for a hung run; the runs take a second or two
JOB = {"profile": "demo-console", "id_scope": "0ne0012ABCD"}


@pytest.fixture
def central():  # type: ignore[no-untyped-def]
    with ServiceServer(CloudCentral()) as server:
        yield server


def open_setup(
    qtbot,
    settings: StationSettings,
    store,
    server: ServiceServer,  # type: ignore[no-untyped-def]
) -> tuple[SettingsView, CloudSetupDialog]:
    application()
    view = SettingsView(settings, store)
    qtbot.addWidget(view)
    dialog = view.cloud_setup_dialog()
    dialog.app_url.setText(APP)
    dialog.endpoint.setText(server.url)
    dialog.group_id.setText("line-1")
    dialog.show_credential()
    return view, dialog


def texts(*widgets) -> str:  # type: ignore[no-untyped-def]
    shown = []
    for widget in widgets:
        shown += [w.text() for w in widget.findChildren(QLabel)]
        shown += [w.text() for w in widget.findChildren(QLineEdit)]
        shown += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    return "\n".join(shown)


def test_a_sas_group_is_set_up_off_the_gui_thread_and_the_job_can_start(  # type: ignore[no-untyped-def]
    qtbot, central, tmp_path: Path
):
    store = unlocked_store(tmp_path / "secrets.enc")
    settings = StationSettings(**JOB, attestation="sas-group")
    with pytest.raises(StationError):  # no group key yet: the job cannot start
        start_job(request_from_store(settings, store, manifest=tmp_path / "m.sqlite"))
    view, dialog = open_setup(qtbot, settings, store, central)
    assert "demo-console, sas-group: SAS enrollment group" in dialog.job.text()
    assert dialog.start() is False  # no API token yet
    assert dialog.outcome.text().startswith("No IoT Central API token")

    # The API token typed in a password field goes into the secret store, shown masked.
    assert dialog.secret_entry.echoMode() is QLineEdit.EchoMode.Password
    dialog.secret_entry.setText(IOTC_TOKEN)
    dialog.keep_button.click()
    assert store.get(IOTC_API_TOKEN) == IOTC_TOKEN and dialog.secret_entry.text() == ""
    assert mask(IOTC_TOKEN) in dialog.credential_where.text()

    service: CloudCentral = central.service  # type: ignore[assignment]
    service.fault("put", Fault.THROTTLE, "1")  # the worker waits a real second; the GUI not
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(dialog.setupFinished, timeout=SIGNAL_TIMEOUT_MS):
        assert dialog.start()
        assert not dialog.start_button.isEnabled()
    timer.stop()

    assert central.problems == []
    assert len(ticks) >= 50, len(ticks)  # the event loop ran through the wait
    keys = service.groups["line-1"]["attestation"]["symmetricKey"]
    assert store.get(GROUP_KEY) == keys["primaryKey"]
    assert store.get(GROUP_KEY_SECONDARY) == keys["secondaryKey"]
    assert dialog.outcome.text() == GROUP_READY
    steps = dialog.steps.toPlainText()
    assert "IoT Central enrollment group line-1 created (sas, iot, enabled)" in steps
    assert "group keys (primary and secondary) saved in" in steps
    assert view.message.text() == "Cloud: group ready. The job can start."
    shown = texts(view, dialog)
    for secret in (*keys.values(), IOTC_TOKEN):
        assert secret not in shown
        assert secret.encode() not in (tmp_path / "secrets.enc").read_bytes()
    # Now the job starts: its group key is there.
    job = start_job(request_from_store(settings, store, manifest=tmp_path / "m.sqlite"))
    assert job.group_key_b64 == keys["primaryKey"]
    dialog.shutdown()


def test_an_x509_groups_ca_is_verified_with_its_key_in_the_token(  # type: ignore[no-untyped-def]
    qtbot, central, softhsm, tmp_path: Path
):
    store = unlocked_store(tmp_path / "secrets.enc")
    store.set(IOTC_API_TOKEN, IOTC_TOKEN)
    ca = create_ca("Line CA")
    cert, key = tmp_path / "ca.pem", tmp_path / "ca.key.pem"
    write_ca_files(ca, cert, key)
    uri = softhsm.uri(key="line-ca")
    import_ca_key(uri, ca.private_key)  # type: ignore[arg-type]
    key.unlink()
    settings = StationSettings(
        **JOB,
        attestation="x509-group",
        key_source="token",
        token_ca_key_uri=uri,
        ca_cert_path=str(cert),
    )
    view, dialog = open_setup(qtbot, settings, store, central)
    with qtbot.waitSignal(dialog.setupFinished, timeout=SIGNAL_TIMEOUT_MS):
        assert dialog.start()

    service: CloudCentral = central.service  # type: ignore[assignment]
    assert central.problems == [] and service.refused_verifications == []
    assert service.certificates[("line-1", "primary")]["verified"] is True
    assert dialog.outcome.text() == CA_VERIFIED
    assert "submitting the verification certificate signed by" in dialog.steps.toPlainText()
    assert view.message.text() == "Cloud: CA verified. The job can start."
    dialog.shutdown()


def test_a_ca_key_that_is_not_the_certificates_is_one_line_and_nothing_is_sent(  # type: ignore[no-untyped-def]
    qtbot, central, tmp_path: Path
):
    store = unlocked_store(tmp_path / "secrets.enc")
    store.set(IOTC_API_TOKEN, IOTC_TOKEN)
    cert = tmp_path / "ca.pem"
    write_ca_files(create_ca("Line CA"), cert, tmp_path / "ca.key.pem")
    store.set(CA_KEY_PEM, private_key_pem(create_ca("Other CA").private_key).decode())
    settings = StationSettings(**JOB, attestation="x509-group", ca_cert_path=str(cert))
    _view, dialog = open_setup(qtbot, settings, store, central)
    with qtbot.waitSignal(dialog.setupFailed, timeout=SIGNAL_TIMEOUT_MS):
        assert dialog.start()

    text = dialog.outcome.text()
    assert "does not belong to the CA certificate" in text
    assert "\n" not in text and "Traceback" not in text
    assert central.service.groups == {}  # type: ignore[attr-defined]
    assert dialog.start_button.isEnabled()
    dialog.shutdown()


def test_an_individually_enrolled_job_has_no_group_to_set_up(qtbot, central, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = unlocked_store(tmp_path / "secrets.enc")
    _view, dialog = open_setup(
        qtbot, StationSettings(**JOB, attestation="sas-individual"), store, central
    )
    assert not dialog.start_button.isEnabled()
    assert "enrolled one by one" in dialog.outcome.text()
    dialog.shutdown()
