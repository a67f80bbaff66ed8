"""Where the station keeps its secrets: the job's group key, CA private key and its
passphrase, and the DPS connection string and IoT Central API token that enrollment uploads use.

Secrets never go into the manifest or the settings file. They go into the OS
keyring when one works on this machine; otherwise into a file encrypted with
Fernet under a key that scrypt derives from a passphrase the operator types.

No Qt here: the window's Settings page and the ``station enroll upload`` command
share these stores.
"""

from __future__ import annotations

import base64
import getpass
import json
import os
import secrets
import sys
from pathlib import Path
from typing import Protocol

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station.core.errors import ConfigError
from station.core.locations import APP_NAME, config_dir
from station.core.private_files import write_private_file

GROUP_KEY = "group-key"
# The group's secondary key: units also get a secondary device key derived from it.
GROUP_KEY_SECONDARY = "group-key-secondary"
CA_PASSPHRASE = "ca-passphrase"
# The CA private key as its PEM file held it (encrypted PKCS#8 stays encrypted).
CA_KEY_PEM = "ca-key-pem"
DPS_CONNECTION_STRING = "dps-connection-string"
IOTC_API_TOKEN = "iotc-api-token"
LINE_DB_PASSWORD = "line-db-password"
# The automation API's token, kept as its digest only (see station.automation.token).
AUTOMATION_API_TOKEN = "automation-api-token"
SECRETS_FILE = "secrets.enc"

# scrypt cost: about a tenth of a second and 32 MiB on a line PC, far more for a guesser.
# scrypt at 2^17 x 8 x 1 (128 MiB, about half a second): OWASP's floor for scrypt is
# 2^17 with r = 8. Files made with other parameters are opened with their own and
# rewritten with these at the next save.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 12
# Where commands without a terminal take the secrets passphrase from.
SECRETS_PASSPHRASE_ENV = "STATION_SECRETS_PASSPHRASE"
MASK = "•" * 10


def mask(secret: str) -> str:
    """How a secret is shown once entered: dots and its length, never any of its text."""
    return f"{MASK}  ({len(secret)} characters)" if secret else ""


class SecretStore(Protocol):
    """A small named-secret store. Use each store from one thread (the GUI's, or the CLI's)."""

    description: str

    @property
    def needs_passphrase(self) -> bool: ...

    @property
    def unlocked(self) -> bool: ...

    def unlock(self, passphrase: str) -> None: ...

    def get(self, name: str) -> str: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringSecrets:
    """Secrets in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    needs_passphrase = False
    unlocked = True

    def __init__(self, keyring_module: object) -> None:
        self._keyring = keyring_module
        backend = keyring_module.get_keyring()  # type: ignore[attr-defined]
        self.description = f"the OS keyring ({type(backend).__name__})"

    def unlock(self, passphrase: str) -> None:
        """Nothing to unlock: the OS keyring is open while the user is logged in."""

    def get(self, name: str) -> str:
        return self._keyring.get_password(APP_NAME, name) or ""  # type: ignore[attr-defined]

    def set(self, name: str, value: str) -> None:
        self._keyring.set_password(APP_NAME, name, value)  # type: ignore[attr-defined]

    def delete(self, name: str) -> None:
        if self.get(name):
            self._keyring.delete_password(APP_NAME, name)  # type: ignore[attr-defined]


def derive_fernet(
    passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> Fernet:
    kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8"))))


def stored_kdf(stored: dict) -> tuple[int, int, int]:
    """The scrypt parameters a secrets file was written with (older files: 2^15, 8, 1)."""
    kdf = stored.get("kdf") or {"name": "scrypt", "n": 2**15, "r": 8, "p": 1}
    if kdf.get("name") != "scrypt":
        raise ValueError(f"unknown key derivation {kdf.get('name')!r}")
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    # Bounded, so a doctored file cannot make the station derive for hours or run out of memory.
    if not (2**14 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4):
        raise ValueError(f"scrypt parameters out of range: n={n}, r={r}, p={p}")
    return n, r, p


def check_new_passphrase(passphrase: str) -> None:
    """Raise ConfigError when ``passphrase`` is too short to protect the station's secrets."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ConfigError(
            f"the secrets passphrase must have at least {MIN_PASSPHRASE} characters "
            f"(this one has {len(passphrase)})",
            hint="choose a longer passphrase: a few unrelated words are easy to type",
        )


class EncryptedFileSecrets:
    """Secrets in one Fernet-encrypted file; the key comes from a passphrase via scrypt.

    The file holds only the salt and the token; ``unlock`` must be called with the
    passphrase before ``get`` or ``set`` (the first ``unlock`` creates the file).
    """

    needs_passphrase = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = f"an encrypted file ({path})"
        self._fernet: Fernet | None = None
        self._salt = b""
        self._values: dict[str, str] = {}

    @property
    def unlocked(self) -> bool:
        return self._fernet is not None

    def unlock(self, passphrase: str) -> None:
        """Open the file with ``passphrase``; raises ConfigError when it is the wrong one."""
        if not passphrase:
            raise ConfigError(
                "the secrets passphrase is empty",
                hint="type the passphrase chosen when the secrets were first saved",
            )
        if not self.path.exists():
            check_new_passphrase(passphrase)
            self._salt = secrets.token_bytes(16)
            self._fernet = derive_fernet(passphrase, self._salt)
            self._values = {}
            return
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
            salt = base64.b64decode(stored["salt"])
            token = stored["token"].encode("ascii")
            n, r, p = stored_kdf(stored)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(
                f"the secrets file {self.path} is damaged: {exc}",
                hint="delete it and load the group key and CA files again",
            ) from exc
        fernet = derive_fernet(passphrase, salt, n, r, p)
        try:
            values = json.loads(fernet.decrypt(token))
        except InvalidToken:
            raise ConfigError(
                "the secrets passphrase is wrong",
                hint="type the passphrase chosen when the secrets were first saved",
            ) from None
        self._fernet, self._salt, self._values = fernet, salt, dict(values)
        if (n, r, p) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):
            # Rewritten at once under today's parameters (a new salt, the same passphrase).
            self._salt = secrets.token_bytes(16)
            self._fernet = derive_fernet(passphrase, self._salt)
            self._save(self._values)

    def _require_unlocked(self) -> Fernet:
        if self._fernet is None:
            raise ConfigError(
                "the station's secrets are locked",
                hint="type the secrets passphrase in Settings to unlock them",
            )
        return self._fernet

    def get(self, name: str) -> str:
        self._require_unlocked()
        return self._values.get(name, "")

    def set(self, name: str, value: str) -> None:
        self._save({**self._values, name: value})

    def delete(self, name: str) -> None:
        self._save({key: kept for key, kept in self._values.items() if key != name})

    def _save(self, values: dict[str, str]) -> None:
        """Write ``values`` to the file, whole or not at all, then hold them.

        Raises StorageError (the values held stay as they were) when the file
        cannot be written.
        """
        fernet = self._require_unlocked()
        token = fernet.encrypt(json.dumps(values).encode("utf-8"))
        content = {
            "format": "station-secrets/1",
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "salt": base64.b64encode(self._salt).decode("ascii"),
            "token": token.decode("ascii"),
        }
        write_private_file(self.path, json.dumps(content).encode("utf-8"))
        self._values = values


def _working_keyring() -> object | None:
    """The keyring module when a real backend answers here, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    try:
        keyring.get_password(APP_NAME, "probe")
    except Exception:  # a backend that is installed but cannot reach its service
        return None
    return keyring


def open_secret_store(prefer_keyring: bool = True) -> SecretStore:
    """The OS keyring when one works, else the encrypted file in the config folder."""
    module = _working_keyring() if prefer_keyring else None
    if module is not None:
        return KeyringSecrets(module)
    return EncryptedFileSecrets(config_dir() / SECRETS_FILE)


def passphrase_from_environment() -> str:
    """The secrets passphrase from ``$STATION_SECRETS_PASSPHRASE``, else asked for on the
    terminal when there is one; "" when neither gives one."""
    passphrase = os.environ.get(SECRETS_PASSPHRASE_ENV, "")
    if not passphrase and sys.stdin is not None and sys.stdin.isatty():
        passphrase = getpass.getpass("Secrets passphrase (it unlocks the station's secrets): ")
    return passphrase
