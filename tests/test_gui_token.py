"""Keys in a PKCS#11 token chosen in Settings (SoftHSM2): the x509-group CA key and the
sas-group group key stay in the token, its PIN comes from the station's secrets, and a
token that is missing, locked out or holding the wrong key is one line before any unit."""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

import pytest
from cryptography import x509

from station.credentials.ca import create_ca
from station.credentials.pkcs11_import import import_ca_key, import_group_key
from station.credentials.pkcs11_token import close_tokens, pin_secret_name
from station.credentials.secret_store import CA_KEY_PEM, GROUP_KEY, EncryptedFileSecrets
from station.demo import DEMO_ID_SCOPE
from station.gui.app import application
from station.gui.main_window import MainWindow, WindowOptions
from station.gui.token_keys import FILE, TOKEN
from station.manifest import Manifest
from tests.softhsm_fixtures import CA_TOKEN, USER_PIN, SoftHsm

PASSPHRASE = "token window passphrase"
GROUP_KEY_B64 = base64.b64encode(secrets.token_bytes(64)).decode()


@pytest.fixture
def token_keys(softhsm: SoftHsm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftHsm:
    """A CA key and a group key in the token; the PIN no longer in the environment."""
    ca = create_ca("Token Window Root CA")
    (tmp_path / "ca.pem").write_text(ca.chain_pem(), encoding="ascii")
    import_ca_key(softhsm.uri(key="window-ca"), ca.private_key)  # type: ignore[arg-type]
    import_group_key(softhsm.uri(key="window-group"), GROUP_KEY_B64)
    other = create_ca("Some Other Root CA")
    (tmp_path / "other-ca.pem").write_text(other.chain_pem(), encoding="ascii")
    close_tokens()  # the window logs in with the PIN from its own secrets
    monkeypatch.delenv("STATION_HSM_PIN")
    return softhsm


def _window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "window-secrets.enc")
    store.unlock(PASSPHRASE)
    window = MainWindow(WindowOptions(
        watch_ports=False, language="en", manifest=tmp_path / "manifest.sqlite",
        secret_store=store,
    ))
    qtbot.addWidget(window)
    window.show()
    return window


def _settings(window: MainWindow, hsm: SoftHsm, tmp_path: Path, *, mode: str,
              ca_key: str = "window-ca", cert: str = "ca.pem", token: str = CA_TOKEN) -> None:
    view = window.settings_view
    view.station_id.setText("line-9")
    view.operator.setText("ana")
    view.id_scope.setText(DEMO_ID_SCOPE)
    view.profile.setCurrentText("demo-console")
    view.attestation.setCurrentIndex(view.attestation.findData(mode))
    view.key_source.setCurrentIndex(view.key_source.findData(TOKEN))
    view.ca_cert.setText(str(tmp_path / cert))
    if mode == "x509-group":
        view.token_ca_key_uri.setText(hsm.uri(token, key=ca_key))
    else:
        view.token_group_key_uri.setText(hsm.uri(token, key="window-group"))


def _start(window: MainWindow) -> str:
    """Save and start the job; the line the window shows when it cannot start, or ""."""
    window.settings_view.save()
    window.start_from_settings()
    if window.controller.job is not None:
        return ""
    return window.settings_view.message.text()


def _provision_one(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    window.virtual_boards.add(1)
    with qtbot.waitSignal(window.controller.unitFinished, timeout=60_000) as blocker:
        window.line.provision_next()
    result = blocker.args[0]
    assert result.ok, result
    return str(result.device_id)


def test_a_ca_key_in_the_token_signs_the_units_certificates(
    qtbot, tmp_path: Path, token_keys: SoftHsm  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, tmp_path)
    view = window.settings_view
    try:
        _settings(window, token_keys, tmp_path, mode="x509-group")
        # The file-and-keyring rows give way to the token's.
        assert view.token_ca_key_uri.isVisibleTo(view)
        assert not view.group_key_entry.isVisibleTo(view)
        assert "no PIN kept for token 'Station CA'" in view.token_pin_shown.text()
        view.token_pin_entry.setText(USER_PIN)
        view.token_pin_entry.returnPressed.emit()
        assert window.store.get(pin_secret_name(CA_TOKEN)) == USER_PIN
        assert USER_PIN not in view.token_pin_shown.text()
        assert view.check_token()
        qtbot.waitUntil(lambda: "The token is ready" in view.message.text(), timeout=30_000)
        assert "CN=Token Window Root CA" in view.message.text()

        assert _start(window) == ""
        device_id = _provision_one(qtbot, window)
        with Manifest.open(tmp_path / "manifest.sqlite", None, read_only=True) as manifest:
            unit = manifest.unit(device_id)
        assert unit is not None and "Token Window Root CA" in unit.cert_issuer
        # The CA key was never in the station's secrets: it stays in the token.
        assert window.store.get(CA_KEY_PEM) == ""
        saved = window.settings_view.settings
        assert saved.key_source == TOKEN and saved.token_ca_key_uri.startswith("pkcs11:")
    finally:
        window.shutdown()


def test_a_group_key_in_the_token_derives_the_device_keys(
    qtbot, tmp_path: Path, token_keys: SoftHsm  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, tmp_path)
    try:
        _settings(window, token_keys, tmp_path, mode="sas-group")
        assert window.settings_view.keep_token_pin(USER_PIN)
        assert _start(window) == ""
        _provision_one(qtbot, window)
        assert window.store.get(GROUP_KEY) == ""  # the group key is the token's alone
    finally:
        window.shutdown()


@pytest.mark.parametrize(("change", "line"), [
    ({"pin": "0000-wrong"}, "the PIN for token 'Station CA' is wrong"),
    ({"token": "Missing Token"}, "no token labelled 'Missing Token' is present"),
    ({"cert": "other-ca.pem"}, "is not the key of the CA certificate"),
    ({"ca_key": "no-such-key"}, "holds no private key labelled 'no-such-key'"),
    ({"pin": ""}, "no PIN is given for token 'Station CA'"),
])
def test_a_token_that_cannot_serve_is_one_line_before_any_unit(
    qtbot, tmp_path: Path, token_keys: SoftHsm, change: dict, line: str  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, tmp_path)
    try:
        _settings(window, token_keys, tmp_path, mode="x509-group",
                  **{k: v for k, v in change.items() if k != "pin"})
        pin = change.get("pin", USER_PIN)
        for label in (CA_TOKEN, change.get("token", CA_TOKEN)):
            if pin:
                window.store.set(pin_secret_name(label), pin)
        said = _start(window)
        assert line in said
        assert "\n" not in said and "Traceback" not in said
        banner = window.line.banner
        assert banner.title.text().replace("\u200b", "").startswith("The job cannot start:")
        assert line in banner.title.text().replace("\u200b", "")
        assert window.controller.job is None  # no unit can start
    finally:
        window.shutdown()


def test_locked_secrets_are_one_line_too(qtbot, tmp_path: Path, token_keys: SoftHsm) -> None:  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "window-secrets.enc")
    store.unlock(PASSPHRASE)
    store.set(pin_secret_name(CA_TOKEN), USER_PIN)
    window = MainWindow(WindowOptions(
        watch_ports=False, language="en", manifest=tmp_path / "manifest.sqlite",
        secret_store=EncryptedFileSecrets(tmp_path / "window-secrets.enc"),  # locked
    ))
    qtbot.addWidget(window)
    try:
        _settings(window, token_keys, tmp_path, mode="x509-group")
        said = _start(window)
        assert "the token's PIN is kept in the station's secrets, which are locked" in said
        assert "unlock the secrets in Settings" in said
    finally:
        window.shutdown()


def test_back_to_keys_in_the_secrets_shows_the_file_rows(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path)
    view = window.settings_view
    try:
        view.key_source.setCurrentIndex(view.key_source.findData(TOKEN))
        assert not view.ca_key_shown.isVisibleTo(view)
        view.key_source.setCurrentIndex(view.key_source.findData(FILE))
        assert view.ca_key_shown.isVisibleTo(view)
        assert not view.token_ca_key_uri.isVisibleTo(view)
        assert view.current().key_source == FILE
    finally:
        window.shutdown()


def test_the_pin_never_goes_into_the_uri(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path)
    view = window.settings_view
    try:
        view.key_source.setCurrentIndex(view.key_source.findData(TOKEN))
        view.token_ca_key_uri.setText("pkcs11:token=Station%20CA;object=k;pin-value=1234")
        assert not view.keep_token_pin(USER_PIN)
        assert "a PIN does not go in the pkcs11: URI" in view.message.text()
    finally:
        window.shutdown()


def test_certificate_chain_is_the_one_in_the_file(tmp_path: Path) -> None:
    # The CA certificate the settings name is read as a file: a broken one is one line.
    (tmp_path / "broken.pem").write_text("not a certificate", encoding="ascii")
    from station.core.errors import CredentialError
    from station.gui.settings import StationSettings
    from station.gui.token_keys import open_token_keys, pins_of

    settings = StationSettings(key_source=TOKEN, ca_cert_path=str(tmp_path / "broken.pem"),
                               token_ca_key_uri="pkcs11:token=T;object=k?module-path=/x.so")
    store = EncryptedFileSecrets(tmp_path / "s.enc")
    store.unlock(PASSPHRASE)
    with pytest.raises(CredentialError, match="holds no PEM certificate"):
        open_token_keys(settings, pins_of(settings, store))
    assert x509  # imported for the certificate checks above
