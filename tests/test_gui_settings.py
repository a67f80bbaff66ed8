"""Settings and secrets: masked once entered, kept out of the settings file, encrypted."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from station.core.errors import ConfigError
from station.core.models import Attestation
from station.credentials.ca import create_ca, load_ca_files, write_ca_files
from station.credentials.certificates import pem, thumbprint_sha256
from station.credentials.keys import private_key_pem
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    EncryptedFileSecrets,
    mask,
)
from station.demo import DEMO_ID_SCOPE
from station.gui.app import application
from station.gui.demo_job import VirtualBoards
from station.gui.job import request_from_store, start_job
from station.gui.line_controller import LineController
from station.gui.settings import StationSettings, load_settings, settings_path
from station.gui.settings_view import SettingsView
from tests.ca_factory import expired_ca
from tests.gui_fixtures import open_window

GROUP_KEY_B64 = base64.b64encode(bytes(range(64))).decode()


def _visible_texts(view: SettingsView) -> list[str]:
    return [w.text() for w in view.findChildren(QLabel)] + [
        w.text() for w in view.findChildren(QLineEdit)
    ]


def test_group_key_is_masked_and_kept_encrypted(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    view = SettingsView(StationSettings(), store)
    qtbot.addWidget(view)
    view.passphrase.setText("correct horse battery")
    view.passphrase_confirm.setText("correct horse battery")  # a new secrets file: typed twice
    view.unlock()
    key_file = tmp_path / "group.key"
    key_file.write_text(GROUP_KEY_B64 + "\n")
    assert view.load_group_key_file(key_file)

    assert view.group_key_shown.text() == mask(GROUP_KEY_B64)
    assert all(GROUP_KEY_B64 not in text for text in _visible_texts(view))
    stored = (tmp_path / "secrets.enc").read_text()
    assert GROUP_KEY_B64 not in stored
    assert (tmp_path / "secrets.enc").stat().st_mode & 0o077 == 0

    view.id_scope.setText("0ne0012ABCD")
    view.save()
    saved = settings_path().read_text()
    assert GROUP_KEY_B64 not in saved
    assert json.loads(saved)["id_scope"] == "0ne0012ABCD"
    assert load_settings().id_scope == "0ne0012ABCD"

    reopened = EncryptedFileSecrets(tmp_path / "secrets.enc")
    with pytest.raises(ConfigError, match="passphrase is wrong"):
        reopened.unlock("wrong horse battery")
    reopened.unlock("correct horse battery")
    assert reopened.get(GROUP_KEY) == GROUP_KEY_B64


def test_first_unlock_asks_for_the_new_passphrase_twice(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    path = tmp_path / "secrets.enc"
    view = SettingsView(StationSettings(), EncryptedFileSecrets(path))
    qtbot.addWidget(view)
    view.show()
    assert view.passphrase_confirm.isVisible()
    assert view.unlock_button.text() == "Create"

    view.passphrase.setText("correct horse battery")
    view.passphrase_confirm.setText("correct horse battry")
    view.unlock()
    assert not view.store.unlocked
    assert "the two passphrases differ" in view.message.text()
    assert view.message.property("tone") == "error"

    view.passphrase.setText("correct horse battery")
    view.passphrase_confirm.setText("correct horse battery")
    view.unlock()
    assert view.store.unlocked
    assert view.set_group_key(GROUP_KEY_B64)
    assert path.exists()

    # Once the file exists, one passphrase opens it: no second field.
    again = SettingsView(StationSettings(), EncryptedFileSecrets(path))
    qtbot.addWidget(again)
    again.show()
    assert not again.passphrase_confirm.isVisible()
    assert again.unlock_button.text() == "Unlock"
    again.passphrase.setText("correct horse battery")
    again.unlock()
    assert again.store.unlocked


def test_starting_with_empty_fields_marks_them(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    view = SettingsView(StationSettings(), store)
    qtbot.addWidget(view)
    view.show()
    view.profile.setCurrentText("")
    view.id_scope.setText("")
    started = []
    view.startRequested.connect(lambda: started.append(True))
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert not started
    assert view.profile_error.isVisible() and view.profile_error.text() == "Choose a profile"
    assert view.scope_error.isVisible() and view.scope_error.text() == "Enter the ID scope"

    view.profile.setCurrentText("demo-console")
    view.id_scope.setText("0ne0012ABCD")
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert started == [True]
    assert not view.profile_error.isVisible() and not view.scope_error.isVisible()


def test_a_bad_group_key_is_refused_with_a_reason(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("pass phrase 123")
    view = SettingsView(StationSettings(), store)
    qtbot.addWidget(view)
    assert not view.set_group_key("not base64!")
    assert "base64" in view.message.text()
    assert view.group_key_shown.text() == "not set"


def test_locked_store_shows_no_secret(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    view = SettingsView(StationSettings(), store)
    qtbot.addWidget(view)
    assert view.group_key_shown.text() == "(locked)"
    assert not view.set_group_key(GROUP_KEY_B64)
    assert "locked" in view.message.text()


# -- the CA private key ---------------------------------------------------------------

CA_PASSPHRASE_TEXT = "ca key passphrase"


def _ca_files(folder: Path, name: str = "Line Test Root CA") -> tuple[Path, Path]:
    """A real CA certificate and its key, encrypted PKCS#8 under CA_PASSPHRASE_TEXT."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "ca.pem", folder / "ca.key.pem"
    write_ca_files(create_ca(name), cert, key, CA_PASSPHRASE_TEXT.encode())
    return cert, key


def _expired_ca_files(folder: Path) -> tuple[Path, Path]:
    """A CA whose certificate ended yesterday (its key is plain PEM)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = expired_ca()
    cert_path, key_path = folder / "expired.pem", folder / "expired.key.pem"
    cert_path.write_text(pem(cert))
    key_path.write_bytes(private_key_pem(key))
    return cert_path, key_path


def _pem_body_lines(pem_text: str) -> list[str]:
    return [line for line in pem_text.splitlines() if line and not line.startswith("-----")]


def _unlocked_view(qtbot, tmp_path: Path, settings: StationSettings):  # type: ignore[no-untyped-def]
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("station secrets")
    view = SettingsView(settings, store)
    qtbot.addWidget(view)
    return view, store


def test_ca_key_is_checked_kept_in_the_store_and_shown_masked(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    cert, key = _ca_files(tmp_path / "pki")
    view, store = _unlocked_view(qtbot, tmp_path, StationSettings(ca_cert_path=str(cert)))
    view.ca_passphrase_entry.setText(CA_PASSPHRASE_TEXT)
    assert view.load_ca_key_file(key), view.message.text()

    key_text = key.read_text()
    assert "ENCRYPTED PRIVATE KEY" in key_text
    assert store.get(CA_KEY_PEM) == key_text  # as the file held it: still encrypted
    assert store.get(CA_PASSPHRASE) == CA_PASSPHRASE_TEXT
    assert view.ca_passphrase_entry.text() == ""

    ca = load_ca_files(cert, key, CA_PASSPHRASE_TEXT)
    shown = view.ca_key_shown.text()
    assert shown.startswith("CA key loaded: CN=Line Test Root CA")
    assert thumbprint_sha256(ca.certificate) in shown
    body = _pem_body_lines(key_text)
    for text in _visible_texts(view):
        assert "PRIVATE KEY" not in text
        assert all(line not in text for line in body)

    secrets_file = (tmp_path / "secrets.enc").read_text()
    assert "PRIVATE KEY" not in secrets_file
    assert all(line not in secrets_file for line in body)

    view.save()
    saved = settings_path().read_text()
    assert json.loads(saved)["ca_cert_path"] == str(cert)
    assert not [name for name in json.loads(saved) if name.startswith("ca_key")]
    assert "PRIVATE KEY" not in saved
    assert all(line not in saved for line in body)

    reopened = EncryptedFileSecrets(tmp_path / "secrets.enc")
    reopened.unlock("station secrets")
    assert reopened.get(CA_KEY_PEM) == key_text


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("wrong passphrase", "the passphrase does not open the CA key — check the passphrase"),
        ("another CA's key", "does not belong to the CA certificate"),
        ("expired CA", "expired on"),
    ],
)
def test_a_ca_key_load_ca_refuses_is_not_kept(qtbot, tmp_path: Path, case: str, words: str):  # type: ignore[no-untyped-def]
    application()
    cert, key = _ca_files(tmp_path / "pki")
    passphrase = CA_PASSPHRASE_TEXT
    if case == "wrong passphrase":
        passphrase = "not the passphrase"
    elif case == "another CA's key":
        _, key = _ca_files(tmp_path / "other", "Some Other CA")
    elif case == "expired CA":
        cert, key = _expired_ca_files(tmp_path / "old")
    view, store = _unlocked_view(qtbot, tmp_path, StationSettings(ca_cert_path=str(cert)))
    view.ca_passphrase_entry.setText(passphrase)

    assert not view.load_ca_key_file(key)
    assert words in view.message.text()
    assert store.get(CA_KEY_PEM) == ""
    assert store.get(CA_PASSPHRASE) == ""
    assert view.ca_key_shown.text() == "not set"


def test_a_passphrase_that_does_not_open_the_kept_key_is_refused(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    cert, key = _ca_files(tmp_path / "pki")
    view, store = _unlocked_view(qtbot, tmp_path, StationSettings(ca_cert_path=str(cert)))
    assert view.set_ca_passphrase(CA_PASSPHRASE_TEXT)
    assert view.load_ca_key_file(key)
    assert not view.set_ca_passphrase("a typo")
    assert "the passphrase does not open the CA key" in view.message.text()
    assert store.get(CA_PASSPHRASE) == CA_PASSPHRASE_TEXT
    view.forget_ca_key()
    assert store.get(CA_KEY_PEM) == ""
    assert view.ca_key_shown.text() == "not set"


def test_older_settings_naming_a_ca_key_file_are_moved_into_the_store(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    cert, key = _ca_files(tmp_path / "pki")
    settings_path().write_text(json.dumps(
        {"id_scope": "0ne0012ABCD", "ca_cert_path": str(cert), "ca_key_path": str(key)}))
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("station secrets")
    store.set(CA_PASSPHRASE, CA_PASSPHRASE_TEXT)
    locked = EncryptedFileSecrets(tmp_path / "secrets.enc")
    view = SettingsView(load_settings(), locked)
    qtbot.addWidget(view)
    assert "Unlock the secrets to move the CA key" in view.message.text()

    view.passphrase.setText("station secrets")
    view.unlock()
    assert "is now kept in" in view.message.text()
    assert locked.get(CA_KEY_PEM) == key.read_text()
    assert view.ca_key_shown.text().startswith("CA key loaded: CN=Line Test Root CA")
    saved = json.loads(settings_path().read_text())
    assert "ca_key_path" not in saved
    assert saved["id_scope"] == "0ne0012ABCD"


def test_older_settings_naming_a_missing_ca_key_file_ask_for_it_again(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    cert, _ = _ca_files(tmp_path / "pki")
    gone = tmp_path / "moved-away.key.pem"
    settings_path().write_text(json.dumps({"ca_cert_path": str(cert), "ca_key_path": str(gone)}))
    view, store = _unlocked_view(qtbot, tmp_path, load_settings())
    assert "Load the CA private key again" in view.message.text()
    assert str(gone) in view.message.text()
    assert store.get(CA_KEY_PEM) == ""
    assert "ca_key_path" not in json.loads(settings_path().read_text())


def test_x509_group_job_from_saved_settings_provisions_a_virtual_board(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    cert, key = _ca_files(tmp_path / "pki")
    view, store = _unlocked_view(qtbot, tmp_path, StationSettings())
    view.station_id.setText("line-7")
    view.id_scope.setText("0ne0012ABCD")
    view.profile.setCurrentText("demo-console")
    view.attestation.setCurrentIndex(view.attestation.findData("x509-group"))
    view.ca_cert.setText(str(cert))
    view.ca_passphrase_entry.setText(CA_PASSPHRASE_TEXT)
    assert view.load_ca_key_file(key), view.message.text()
    view.save()

    request = request_from_store(load_settings(), store, manifest=tmp_path / "m.sqlite")
    assert request.ca_key is None and request.ca is not None
    job = start_job(request)
    assert job.attestation is Attestation.X509_GROUP
    controller = LineController()
    boards = VirtualBoards(controller)
    try:
        controller.set_job(job)
        boards.add(1)
        with qtbot.waitSignal(controller.unitFinished, timeout=30_000) as blocker:
            controller.provision_next()
        result = blocker.args[0]
        assert result.ok, result
    finally:
        controller.shutdown()
        boards.shutdown()

    with job.open_manifest() as manifest:
        unit = manifest.unit(result.device_id)
    assert unit is not None and unit.station_id == "line-7"
    leaf = x509.load_pem_x509_certificate(unit.cert_pem.encode())
    ca_cert = x509.load_pem_x509_certificate(cert.read_bytes())
    leaf.verify_directly_issued_by(ca_cert)
    assert leaf.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value \
        == result.device_id


def test_demo_mode_shows_the_demo_settings_read_only(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    try:
        view = window.settings_view
        window.tabs.setCurrentWidget(view)
        assert view.demo_note.isVisible()
        assert "demo mode" in view.demo_note.text().lower()
        job = window.controller.job
        assert view.id_scope.text() == DEMO_ID_SCOPE == job.id_scope
        assert view.profile.currentText() == job.loaded.profile.id
        assert view.attestation.currentData() == job.attestation.value
        assert view.operator.text() == job.plan.job.operator
        assert not view.id_scope.isEnabled() and not view.profile.isEnabled()
        assert not view.start_button.isEnabled() and not view.save_button.isEnabled()
    finally:
        window.shutdown()


def test_the_secondary_group_key_is_kept_masked_and_reaches_the_job(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("pass phrase 123")
    view = SettingsView(StationSettings(), store)
    qtbot.addWidget(view)
    secondary = base64.b64encode(bytes(range(1, 65))).decode()
    assert view.set_group_key(GROUP_KEY_B64)
    assert not view.set_secondary_key(GROUP_KEY_B64)  # the primary again is refused
    assert "same as the primary" in view.message.text()
    assert view.secondary_key_shown.text().startswith("not set")

    view.secondary_key_entry.setText(secondary)
    view._keep_typed_secondary()
    assert view.secondary_key_entry.text() == ""
    assert view.secondary_key_shown.text() == mask(secondary)
    assert all(secondary not in text for text in _visible_texts(view))
    request = request_from_store(
        StationSettings(profile="demo-console", id_scope="0ne0012ABCD"), store
    )
    assert request.group_key_secondary_b64 == secondary

    view.forget_secondary_key()
    assert store.get(GROUP_KEY_SECONDARY) == ""
    assert view.secondary_key_shown.text().startswith("not set")
