"""A unit's label made again from its manifest record (``station label print``)."""

from __future__ import annotations

from station.core.errors import ConfigError, ProfileError
from station.core.labels import LabelLayout
from station.core.models import UnitStatus
from station.manifest import Manifest
from station.printing.label import UnitLabel, unit_label
from station.profiles.loader import find_profile


def profile_name(profile_id: str) -> str:
    """The profile's name as its label shows it; its ID when the profile is not here."""
    try:
        return find_profile(profile_id).profile.name
    except ProfileError:
        return profile_id


def profile_layout(profile_id: str) -> LabelLayout | None:
    """The label layout of the profile ``profile_id`` (``[label]``); None when it has
    none, or the profile is not here (the label is then laid out on the stock)."""
    try:
        return find_profile(profile_id).profile.label_layout
    except ProfileError:
        return None


def record_layout(store: Manifest, device_id: str) -> LabelLayout | None:
    """The label layout of the profile ``device_id`` was provisioned with."""
    record = store.unit(device_id)
    return profile_layout(record.profile_id) if record is not None else None


def record_label(store: Manifest, device_id: str) -> UnitLabel:
    """The label of the provisioned unit ``device_id``; raises ConfigError when the
    manifest has no such unit, or the unit is not provisioned."""
    record = store.unit(device_id)
    if record is None:
        raise ConfigError(
            f"{device_id} is not in the manifest {store.path}",
            hint="check the device ID, or name the manifest with --manifest PATH",
        )
    if record.status != UnitStatus.PROVISIONED:
        raise ConfigError(
            f"{device_id} is {record.status} in the manifest; only a provisioned unit gets "
            "a label",
            hint="provision the unit first",
        )
    return unit_label(
        record.device_id, record.id_scope, profile_name(record.profile_id), record.attestation
    )
