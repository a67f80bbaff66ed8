"""The station key's backup: an explicit, passphrase-protected export of the key.

A backup is what opens a manifest on another PC (a replacement station, QA's
desk, an auditor): ``station manifest key restore`` puts the key into that PC's
custody. The file holds the key encrypted with Fernet under a key that scrypt
derives from the backup passphrase, and the key's id in clear so a restore can
say at once whether the backup belongs to the manifest.
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

from cryptography.fernet import InvalidToken

from station.core.errors import ConfigError
from station.core.private_files import write_private_file
from station.credentials.secret_store import (
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    check_new_passphrase,
    derive_fernet,
    stored_kdf,
)
from station.manifest.secrets import StationKey

FORMAT = "station-key-backup/1"
MAX_BYTES = 64 * 1024


def write_backup(key: StationKey, path: Path, passphrase: str) -> None:
    """Write ``key``'s backup to ``path`` (mode 0600, whole or not at all)."""
    check_new_passphrase(passphrase)
    salt = secrets.token_bytes(16)
    token = derive_fernet(passphrase, salt).encrypt(key.material)
    content = {
        "format": FORMAT,
        "key_id": key.key_id,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "salt": base64.b64encode(salt).decode(),
        "token": token.decode(),
    }
    write_private_file(path, json.dumps(content, indent=1).encode() + b"\n")


def backup_key_id(path: Path) -> str:
    """The id of the key a backup holds (readable without the passphrase)."""
    return str(_read(path)["key_id"])


def read_backup(path: Path, passphrase: str) -> StationKey:
    """The key in the backup at ``path``; raises ConfigError for a wrong passphrase
    or a file that is not a backup."""
    content = _read(path)
    try:
        salt = base64.b64decode(content["salt"])
        n, r, p = stored_kdf(content)
        token = str(content["token"]).encode()
    except (KeyError, ValueError, TypeError) as exc:
        raise _not_a_backup(path) from exc
    try:
        material = derive_fernet(passphrase, salt, n, r, p).decrypt(token)
    except InvalidToken:
        raise ConfigError(
            f"the passphrase does not open the key backup {path}",
            hint="type the passphrase chosen when the backup was made",
        ) from None
    key = StationKey(material, path)
    if key.key_id != content["key_id"]:
        raise _not_a_backup(path)
    return key


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ConfigError(
            f"cannot read the key backup {path}: {exc.strerror}",
            hint="check the path and the file's permissions",
        ) from exc
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError("too large")
        content = json.loads(raw)
        if content.get("format") != FORMAT or not isinstance(content.get("key_id"), str):
            raise ValueError("not a key backup")
    except (ValueError, AttributeError) as exc:
        raise _not_a_backup(path) from exc
    return dict(content)


def _not_a_backup(path: Path) -> ConfigError:
    return ConfigError(
        f"{path} is not a station key backup",
        hint="give the file that station manifest key backup wrote",
    )
