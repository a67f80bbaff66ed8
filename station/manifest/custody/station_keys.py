"""Finding, making and moving a manifest's station key.

``key_for_writing`` is what provisioning and every command that writes records
call: it returns the manifest's key, making one for a new manifest and moving a
key file an older station left beside its manifest into custody. ``key_for_reading``
is what reports call: the key when this PC holds it, None when the manifest has
none, and an error that asks for the backup when the key is elsewhere.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from station.core.errors import ManifestError, StorageError
from station.core.locations import station_key_for
from station.credentials.secret_store import (
    SecretStore,
    open_secret_store,
    passphrase_from_environment,
)
from station.manifest.custody import RESTORE_HINT, KeyCustody, KeyNotHere
from station.manifest.custody.beside_manifest import BesideManifest
from station.manifest.custody.in_secret_store import InSecretStore
from station.manifest.custody.in_tpm import TpmCustody, station_tpm
from station.manifest.custody.keyref import KeyRef, read_keyref, write_keyref
from station.manifest.secrets import ShortStationKey, StationKey

log = logging.getLogger("station.manifest")

# How long a station waits for another one that is making the same manifest's key.
LOCK_WAIT_S = 60.0


def no_passphrase() -> str:
    """For the window: its store is unlocked in Settings, never on a terminal."""
    return ""


@dataclass(frozen=True)
class KeyAccess:
    """How this process reaches station keys: the window's secret store (one is opened
    here when None), how to get its passphrase, and whether the job is the demo."""

    store: SecretStore | None = None
    passphrase: Callable[[], str] = passphrase_from_environment
    demo: bool = False


def custody_named(name: str, manifest: Path, access: KeyAccess) -> KeyCustody:
    """The custody a key reference names, as this PC reaches it."""
    if name == TpmCustody.name:
        tcti = station_tpm()
        if tcti is None:
            raise KeyNotHere(
                "the station key of this manifest is sealed by a TPM, and this PC has none "
                "the station can use",
                hint=f"run the station on the PC that made the manifest, or {RESTORE_HINT}",
            )
        return TpmCustody(tcti)
    if name == InSecretStore.name:
        return InSecretStore(access.store or open_secret_store(), access.passphrase)
    if name == BesideManifest.name:
        return BesideManifest(station_key_for(manifest))
    raise ManifestError(
        f"the key reference of {manifest} names a custody this station does not know: {name!r}",
        hint="update the station, or " + RESTORE_HINT,
    )


def chosen_custody(manifest: Path, access: KeyAccess) -> KeyCustody:
    """Where a new key goes: the demo's file, else this PC's TPM, else the secret store."""
    if access.demo:
        return BesideManifest(station_key_for(manifest))
    tcti = station_tpm()
    if tcti is not None:
        return TpmCustody(tcti)
    return InSecretStore(access.store or open_secret_store(), access.passphrase)


def key_for_reading(manifest: Path, access: KeyAccess | None = None) -> StationKey | None:
    """The manifest's key when this PC holds it; None when the manifest has no key.

    A key file beside the manifest from an older station is read where it is.
    Raises KeyNotHere when the key reference names a key this PC does not hold.
    """
    access = access or KeyAccess()
    ref = read_keyref(manifest)
    if ref is None:
        legacy = station_key_for(manifest)
        return StationKey.load(legacy) if legacy.exists() else None
    return _fetch(ref, manifest, access)


def key_for_writing(manifest: Path, access: KeyAccess | None = None) -> StationKey:
    """The manifest's key, made (or moved into custody) when needed.

    SQLite checks the manifest file first: a damaged one raises DamagedManifestError
    before any unit is tried. A manifest that keeps sealed secrets or a keyed
    journal and has no reachable key is an error, never a reason for a new key: a
    new key would seal new units beside old ones that nobody can open again.
    """
    access = access or KeyAccess()
    ref = read_keyref(manifest)
    if ref is not None:
        return _fetch(ref, manifest, access)
    holds_secrets, needs_key = _inspect(manifest)
    with _creation_lock(manifest):
        ref = read_keyref(manifest)  # another station may have made it meanwhile
        if ref is not None:
            return _fetch(ref, manifest, access)
        legacy = station_key_for(manifest)
        if legacy.exists():
            try:
                key = StationKey.load(legacy)
            except ShortStationKey as exc:
                raise ShortStationKey(exc.message, hint=_short_key_hint(needs_key)) from None
            return _adopt(manifest, key, access, legacy)
        if needs_key:
            what = "device keys sealed" if holds_secrets else "a journal keyed"
            raise KeyNotHere(
                f"the manifest {manifest} keeps {what} with a station key, and neither its "
                "key reference nor its key is on this PC",
                hint=RESTORE_HINT,
            )
        return _adopt(manifest, StationKey.generate(), access, None)


def _fetch(ref: KeyRef, manifest: Path, access: KeyAccess) -> StationKey:
    custody = custody_named(ref.custody, manifest, access)
    key = StationKey(custody.fetch(ref.key_id, ref.data))
    if key.key_id != ref.key_id:
        raise KeyNotHere(
            f"the key {custody.describe()} is {key.key_id}, not the manifest's {ref.key_id}",
            hint=RESTORE_HINT,
        )
    return key


def _adopt(manifest: Path, key: StationKey, access: KeyAccess, legacy: Path | None) -> StationKey:
    """Give ``key`` to this PC's custody and write the reference beside the manifest.

    A key file left by an older station is removed only once the reference that
    replaces it is on the disk.
    """
    custody = chosen_custody(manifest, access)
    data = custody.keep(key.material, key.key_id)
    write_keyref(manifest, KeyRef(key.key_id, custody.name, data))
    if legacy is not None and custody.name != BesideManifest.name:
        legacy.unlink()
        log.warning(
            "the station key %s moved from %s into custody (%s); back it up with "
            "station manifest key backup",
            key.key_id, legacy, custody.describe(),
        )
    return key


def _inspect(manifest: Path) -> tuple[bool, bool]:
    """Whether the manifest keeps secrets, and whether anything in it needs its key."""
    from station.manifest.store import Manifest

    if not manifest.exists() or manifest.stat().st_size == 0:
        return False, False
    with Manifest.open(manifest, read_only=True) as opened:
        opened.check_integrity()
        return opened.holds_secrets(), opened.needs_station_key()


@contextmanager
def _creation_lock(manifest: Path) -> Iterator[None]:
    """Held while a key is made: two stations starting on one new manifest share one key.

    SQLite's write lock on the manifest is the lock; it is portable and dies with
    the process that holds it.
    """
    from station.manifest.store import read_only_error

    manifest.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(manifest.parent, os.W_OK):
        raise read_only_error(manifest, "make the station key of records")
    try:
        conn = sqlite3.connect(manifest, timeout=LOCK_WAIT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageError(
            f"cannot open the manifest {manifest} to make its station key: {exc}",
            hint="check that its folder is on a writable disk",
        ) from exc
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(
                f"cannot lock the manifest {manifest} to make its station key: {exc}",
                hint="check that its folder is on a writable disk and no other program "
                "holds the manifest",
            ) from exc
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _short_key_hint(needs_key: bool) -> str:
    if needs_key:
        return "restore it from its backup: the manifest's secrets and journal were sealed with it"
    return (
        "delete it: nothing in the manifest was sealed with it, and the station makes "
        "a new key at the next start"
    )
