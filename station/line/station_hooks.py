"""What a provisioning job asks of the line: numbers for counter identities, device IDs
looked up among the other stations' units, and the background copy of its manifest's
changes. All only for the manifest the station's line settings name; any other
manifest (the demo's, a profile trial's) stays off the line, and a station without
line settings runs exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from station.core.events import EventKind, Stage, StageEvent
from station.core.interfaces import IdentitySource
from station.identity.sources import identity_rule
from station.line.background import LineCopier
from station.line.config import check_lease_block, line_config_for
from station.line.connection import LineConnector, line_password
from station.line.duplicates import LineCheckedIdentity, LineDuplicateCheck
from station.line.leases import LeasedCounters
from station.manifest.custody.station_keys import KeyAccess
from station.manifest.secrets import StationKey
from station.profiles.loader import LoadedProfile

# One connector per line settings in a process: the password is read from the
# secret store once (unlocking it may take half a second), then held in memory.
_connectors: dict[tuple[str, str, Path], LineConnector] = {}


def line_connector(manifest_path: Path, access: KeyAccess) -> LineConnector | None:
    """The connector for ``manifest_path``'s line database; None when it is not on a line."""
    config = line_config_for(manifest_path)
    if config is None:
        return None
    cache_key = (config.url, config.station, config.manifest)
    connector = _connectors.get(cache_key)
    if connector is None or connector.config != config:
        connector = LineConnector(config, line_password(access.store, access.passphrase))
        _connectors[cache_key] = connector
    return connector


def forget_line_connectors() -> None:
    """Drop the passwords held (after the password or the settings changed)."""
    _connectors.clear()


def leased_counters(
    loaded: LoadedProfile,
    manifest_path: Path,
    key: StationKey,
    access: KeyAccess,
    block: int = 0,
) -> LeasedCounters | None:
    """Leased counters for a job whose profile numbers devices from a counter, with a
    block ready (raises LineError before any board when none can be had); None when
    the job needs none or the manifest is not on a line. ``block`` 0: the settings'."""
    if not identity_rule(loaded.profile.identity.rule).counts:
        return None
    connector = line_connector(manifest_path, access)
    if connector is None:
        return None
    block = check_lease_block(block) if block else 0
    counters = LeasedCounters(manifest_path, key, connector, block or connector.config.lease_block)
    counters.ensure_available(loaded.profile.identity.prefix)
    return counters


def line_checked_identity(
    loaded: LoadedProfile, identity: IdentitySource, manifest_path: Path, access: KeyAccess
) -> IdentitySource:
    """``identity``, checked against the line's other stations when the profile's rule
    reads IDs from the unit (``IdentityRule.read_from_unit``) and the manifest is on a
    line; else ``identity`` itself."""
    if not identity_rule(loaded.profile.identity.rule).read_from_unit:
        return identity
    connector = line_connector(manifest_path, access)
    if connector is None:
        return identity
    return LineCheckedIdentity(identity, LineDuplicateCheck(connector))


@contextmanager
def copying_to_line(
    manifest_path: Path,
    key: StationKey,
    access: KeyAccess,
    emit: Callable[[StageEvent], None],
) -> Iterator[Callable[[StageEvent], None]]:
    """Run the background copy while the block runs; yields ``emit`` wrapped so that a
    unit's end wakes the copy. Without a line, yields ``emit`` itself."""
    connector = line_connector(manifest_path, access)
    if connector is None:
        yield emit
        return
    copier = LineCopier(manifest_path, key, connector)

    def emit_and_wake(event: StageEvent) -> None:
        emit(event)
        if event.stage is Stage.RECORD_DONE or event.kind is EventKind.FAILED:
            copier.wake()

    copier.start()
    try:
        yield emit_and_wake
    finally:
        copier.stop()
