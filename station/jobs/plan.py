"""Turn a profile, an ID scope, an attestation mode and the job's secrets into a UnitPlan.

Everything that can be checked before a board is touched is checked here, so a
job with a bad scope, a mode the profile does not allow or a missing key fails
at once instead of on the first unit.
"""

from __future__ import annotations

import secrets as random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.core.errors import ConfigError
from station.core.labels import write_label_svg
from station.core.models import DPS_GLOBAL_ENDPOINT, Attestation, Job, Unit
from station.core.pipeline import UnitPlan
from station.credentials.ca import expiry_warnings
from station.credentials.modes import attestation_mode, provider_for
from station.credentials.providers import JobSecrets
from station.credentials.tpm_settings import TpmSettings
from station.identity.rules import validate_id_scope, validate_model_id
from station.identity.sources import CounterStore, identity_source_for
from station.profiles.kinds import transport_for
from station.profiles.loader import LoadedProfile
from station.profiles.payload import build_payload


@dataclass(frozen=True)
class JobSettings:
    """What the operator or the security officer chose for a job."""

    id_scope: str
    attestation: Attestation | None = None  # None: the profile's default
    operator: str = ""
    station_id: str = ""
    model_id: str = ""
    dps_endpoint: str = DPS_GLOBAL_ENDPOINT
    labels_dir: Path | None = None
    ca_slot: str = "primary"  # x509-group: which of the job's CAs issues the leaves


def new_job_id() -> str:
    return time.strftime("job-%Y%m%d-%H%M%S-") + random.token_hex(3)


def choose_attestation(loaded: LoadedProfile, wanted: Attestation | None) -> Attestation:
    section = loaded.profile.attestation
    mode = wanted or section.default or section.allowed[0]
    if mode not in section.allowed:
        allowed = ", ".join(m.value for m in section.allowed)
        raise ConfigError(
            f"profile {loaded.profile.id!r} does not allow {mode.value!r} attestation",
            hint=f"choose one of: {allowed}",
        )
    return mode


def build_plan(
    loaded: LoadedProfile,
    settings: JobSettings,
    secrets: JobSecrets,
    counters: CounterStore | None,
) -> UnitPlan:
    """Check the job and assemble its plan. Raises a StationError before any board is touched.

    ``counters`` hands out station-counter numbers; it must be safe to call from
    several worker threads (see ``station.manifest`` for one that is).
    """
    profile = loaded.profile
    scope = validate_id_scope(settings.id_scope)
    model_id = validate_model_id(settings.model_id)
    mode = choose_attestation(loaded, settings.attestation)
    job = Job(
        job_id=new_job_id(),
        profile_id=profile.id,
        id_scope=scope,
        attestation=mode,
        operator=settings.operator,
        station_id=settings.station_id,
        dps_endpoint=settings.dps_endpoint,
        model_id=model_id,
    )
    tpm = TpmSettings.from_section(profile.tpm, loaded.folder) if profile.tpm else None
    credentials = provider_for(
        mode,
        secrets,
        key_algorithm=profile.attestation.key_algorithm,
        validity_days=profile.attestation.validity_days,
        tpm=tpm,
        ca_slot=settings.ca_slot,
        secondary_certificate=profile.attestation.secondary_certificate,
        device_key=profile.attestation.device_key,
    )
    warnings: list[str] = []
    if "ca" in attestation_mode(mode).for_device_key(profile.attestation.device_key).secrets:
        warnings = expiry_warnings(secrets.cas(), profile.attestation.ca_warn_days)
    identity = identity_source_for(
        profile.identity, store=counters, x509=mode.is_x509, tpm=tpm
    )
    label: Callable[[Unit], str] | None = None
    if settings.labels_dir is not None:
        labels_dir = settings.labels_dir
        layout, name = profile.label_layout, profile.name
        label = lambda unit: str(  # noqa: E731
            write_label_svg(unit, labels_dir, layout=layout, profile_name=name)
        )
    return UnitPlan(
        job=job,
        board_type=profile.board.type,
        transport=transport_for(profile, loaded.folder),
        identity=identity,
        credentials=credentials,
        build_payload=lambda unit: build_payload(profile, unit),
        write_label=label,
        warnings=tuple(warnings),
    )
