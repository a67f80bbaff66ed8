"""The demo's station key: a key file next to its manifest.

Only the demo keeps its key this way. Its manifest holds credentials for
virtual boards on a demo ID scope, and its group key and CA key lie in the same
folder anyway; a real job's key is kept by the TPM or the secret store.
"""

from __future__ import annotations

from pathlib import Path

from station.manifest.custody import RESTORE_HINT, KeyNotHere
from station.manifest.secrets import ShortStationKey, StationKey


class BesideManifest:
    name = "file"

    def __init__(self, key_file: Path) -> None:
        self.key_file = key_file

    def describe(self) -> str:
        return f"in the demo's key file {self.key_file}"

    def keep(self, key: bytes, key_id: str) -> dict[str, str]:
        from station.core.private_files import write_private_file

        if not self.key_file.exists():
            write_private_file(self.key_file, key + b"\n")
        return {"file": self.key_file.name}

    def fetch(self, key_id: str, data: dict[str, str]) -> bytes:
        try:
            return StationKey.load(self.key_file).material
        except ShortStationKey:
            raise
        except Exception as exc:
            raise KeyNotHere(
                f"the demo's station key {self.key_file} is missing or unreadable",
                hint=f"delete the demo's folder to start the demo afresh, or {RESTORE_HINT}",
            ) from exc

    def forget(self, key_id: str, data: dict[str, str]) -> None:
        self.key_file.unlink(missing_ok=True)
