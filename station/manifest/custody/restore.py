"""Putting a station key back from its backup, for a manifest on this PC: what
``station manifest key restore`` and the window's "Restore station key…" share."""

from __future__ import annotations

from pathlib import Path

from station.core.errors import ConfigError
from station.manifest.custody.backup import backup_key_id, read_backup
from station.manifest.custody.keyref import KeyRef, read_keyref, write_keyref
from station.manifest.custody.station_keys import KeyAccess, chosen_custody
from station.manifest.secrets import StationKey


def check_backup_matches(manifest: Path, backup_file: Path) -> None:
    """Refuse, before any passphrase is asked for, a backup of another manifest's key."""
    if not manifest.exists():
        raise ConfigError(f"there is no manifest at {manifest}", hint="pass --manifest PATH")
    ref = read_keyref(manifest)
    in_backup = backup_key_id(backup_file)
    if ref is not None and ref.key_id != in_backup:
        raise ConfigError(
            f"the backup holds station key {in_backup}, and the manifest {manifest} uses "
            f"{ref.key_id}",
            hint="give the backup made from this manifest's station",
        )


def restore_key(
    manifest: Path, backup_file: Path, passphrase: str, access: KeyAccess | None = None
) -> tuple[StationKey, str]:
    """Keep the key in ``backup_file`` in this PC's custody for ``manifest``; returns the
    key and where it is now kept. A key that does not open the manifest's secrets is
    refused, and nothing is changed then."""
    from station.manifest.store import Manifest

    check_backup_matches(manifest, backup_file)
    key = read_backup(backup_file, passphrase)
    with Manifest.open(manifest, key, read_only=True):
        pass  # opening checks the key against the secrets sealed in the manifest
    custody = chosen_custody(manifest, access or KeyAccess())
    data = custody.keep(key.material, key.key_id)
    write_keyref(manifest, KeyRef(key.key_id, custody.name, data))
    return key, custody.describe()
