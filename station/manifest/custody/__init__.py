"""Where a manifest's station key is kept: never in the manifest's folder.

The folder holds only a key reference (``<manifest>.keyref``, see ``keyref``):
which key (its id, which reveals nothing of it) and which custody holds it.
A copy of the folder therefore gives away no device secret and cannot extend
the keyed journal. Each custody is one module here:

- ``in_tpm``: sealed by the station PC's own TPM (it unseals on that TPM only);
- ``in_secret_store``: in the station's secret store, the OS keyring where one
  works, else the secrets file wrapped by the secrets passphrase;
- ``beside_manifest``: a key file next to the manifest, for the demo only (its
  manifest holds demo credentials for virtual boards and nothing else).

``station_keys`` chooses, creates, moves and fetches keys; ``backup`` makes
and reads the passphrase-protected backup a key is restored from on another PC.
"""

from __future__ import annotations

from typing import Protocol

from station.core.errors import ManifestError

RESTORE_HINT = "restore the key from its backup: station manifest key restore BACKUP_FILE"


class KeyNotHere(ManifestError):
    """The custody named by a key reference does not hold the key on this PC."""


class KeyCustody(Protocol):
    """One place a station key can be kept. ``keep`` returns what the key reference
    must record to find the key again; none of it may reveal the key."""

    name: str

    def describe(self) -> str: ...

    def keep(self, key: bytes, key_id: str) -> dict[str, str]: ...

    def fetch(self, key_id: str, data: dict[str, str]) -> bytes: ...

    def forget(self, key_id: str, data: dict[str, str]) -> None: ...
