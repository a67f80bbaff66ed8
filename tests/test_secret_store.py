"""The encrypted secrets file: a passphrase long enough, scrypt strong enough, and old
files opened with their own parameters and rewritten with today's."""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

import pytest

from station.core.errors import ConfigError
from station.credentials.secret_store import (
    MIN_PASSPHRASE,
    SCRYPT_N,
    EncryptedFileSecrets,
    derive_fernet,
)

PASSPHRASE = "four unrelated words"


def test_a_new_secrets_file_refuses_a_short_passphrase(tmp_path: Path) -> None:
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    with pytest.raises(ConfigError, match=f"at least {MIN_PASSPHRASE} characters"):
        store.unlock("pass")
    assert not store.unlocked and not (tmp_path / "secrets.enc").exists()


def test_new_files_are_derived_with_scrypt_at_2_to_the_17(tmp_path: Path) -> None:
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock(PASSPHRASE)
    store.set("group-key", "k")
    stored = json.loads((tmp_path / "secrets.enc").read_text())
    assert stored["kdf"] == {"name": "scrypt", "n": 2**17, "r": 8, "p": 1}
    assert SCRYPT_N >= 2**17


def _old_file(path: Path, passphrase: str, values: dict[str, str], n: int = 2**15) -> None:
    salt = secrets.token_bytes(16)
    token = derive_fernet(passphrase, salt, n, 8, 1).encrypt(json.dumps(values).encode())
    path.write_text(json.dumps({
        "format": "station-secrets/1",
        "kdf": {"name": "scrypt", "n": n, "r": 8, "p": 1},
        "salt": base64.b64encode(salt).decode(),
        "token": token.decode(),
    }))


def test_a_file_made_with_weaker_parameters_opens_and_is_rewritten_stronger(tmp_path: Path):
    path = tmp_path / "secrets.enc"
    _old_file(path, "short pass", {"group-key": "abc"})  # older stations took any length
    store = EncryptedFileSecrets(path)
    store.unlock("short pass")
    assert store.get("group-key") == "abc"
    assert json.loads(path.read_text())["kdf"]["n"] == 2**17
    again = EncryptedFileSecrets(path)
    again.unlock("short pass")
    assert again.get("group-key") == "abc"


def test_a_doctored_file_asking_for_an_endless_derivation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secrets.enc"
    _old_file(path, PASSPHRASE, {})
    stored = json.loads(path.read_text())
    stored["kdf"]["n"] = 2**30
    path.write_text(json.dumps(stored))
    with pytest.raises(ConfigError, match="damaged: scrypt parameters out of range"):
        EncryptedFileSecrets(path).unlock(PASSPHRASE)
