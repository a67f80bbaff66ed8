"""Station keys in the station's secret store: the OS keyring (DPAPI-backed Credential
Manager on Windows, the Secret Service on Linux, the Keychain on macOS) where one
works, else the secrets file that the secrets passphrase wraps.

The store lives in the user's configuration folder, never in a manifest's folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from station.core.errors import ConfigError
from station.credentials.secret_store import SecretStore
from station.manifest.custody import RESTORE_HINT, KeyNotHere

ENTRY_PREFIX = "station-key-"


def entry_name(key_id: str) -> str:
    return f"{ENTRY_PREFIX}{key_id}"


class InSecretStore:
    name = "secret-store"

    def __init__(self, store: SecretStore, passphrase: Callable[[], str]) -> None:
        self.store = store
        self._passphrase = passphrase

    def describe(self) -> str:
        return f"in {self.store.description}"

    def _unlocked(self) -> SecretStore:
        if self.store.needs_passphrase and not self.store.unlocked:
            passphrase = self._passphrase()
            if not passphrase:
                raise ConfigError(
                    f"the station key is kept in {self.store.description}, which is locked",
                    hint="set STATION_SECRETS_PASSPHRASE, or unlock the station's secrets "
                    "in Settings",
                )
            self.store.unlock(passphrase)
        return self.store

    def keep(self, key: bytes, key_id: str) -> dict[str, str]:
        self._unlocked().set(entry_name(key_id), key.decode("ascii"))
        return {"entry": entry_name(key_id)}

    def fetch(self, key_id: str, data: dict[str, str]) -> bytes:
        store_file = getattr(self.store, "path", None)
        absent = isinstance(store_file, Path) and not store_file.exists()
        value = "" if absent else self._unlocked().get(entry_name(key_id))
        if not value:
            raise KeyNotHere(
                f"the station key {key_id} of this manifest is not in "
                f"{self.store.description} on this PC",
                hint=RESTORE_HINT,
            )
        return value.encode("ascii")

    def forget(self, key_id: str, data: dict[str, str]) -> None:
        self._unlocked().delete(entry_name(key_id))
