"""Settings and secrets: masked once entered, kept out of the settings file, encrypted."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from station.core.errors import ConfigError
from station.credentials.secret_store import GROUP_KEY, EncryptedFileSecrets, mask
from station.gui.app import application
from station.gui.settings import StationSettings, load_settings, settings_path
from station.gui.settings_view import SettingsView

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
    view.passphrase.setText("correct horse")
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
        reopened.unlock("wrong horse")
    reopened.unlock("correct horse")
    assert reopened.get(GROUP_KEY) == GROUP_KEY_B64


def test_a_bad_group_key_is_refused_with_a_reason(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("pass")
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
