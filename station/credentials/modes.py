"""Attestation modes: what each one is, needs and puts on a board, and its provider.

An ``AttestationMode`` declares everything the rest of the station asks about a
mode: how DPS checks it (``mechanism``), whether an enrollment group admits its
units or each needs an individual enrollment (``group``), the unit values a
board must be able to take, the job secrets it reads, and how its credential
provider is built. The station's own five are below; a plugin declares its own
through the ``station.attestations`` entry point group (docs/extending.md).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib.util import find_spec
from typing import Literal

from station.core.errors import CredentialError
from station.core.interfaces import CredentialProvider
from station.core.models import Attestation
from station.core.registries import ATTESTATIONS
from station.credentials.csr import MADE_ON_BOARD
from station.credentials.leaf import DEFAULT_VALIDITY_DAYS
from station.credentials.providers import (
    JobSecrets,
    ProviderOptions,
    sas_group_provider,
    sas_individual_provider,
    x509_group_board_key_provider,
    x509_group_provider,
    x509_individual_board_key_provider,
    x509_individual_provider,
)
from station.credentials.tpm_settings import TpmSettings

ProviderFactory = Callable[[JobSecrets, ProviderOptions], CredentialProvider]
Mechanism = Literal["symmetricKey", "x509", "tpm"]


@dataclass(frozen=True)
class AttestationMode:
    """One attestation mode.

    ``board_sources``: the unit values (``sas_key``, ``cert_pem``, …) a profile
    must be able to store for this mode. ``secrets``: what the job must hold,
    by name (``group_key``, ``ca``, or a plugin's own names, which reach its
    provider in ``JobSecrets.named``). ``needs_module``: a Python module without
    which the mode cannot run (the TPM stack), checked without importing it.
    ``keys_from_group_key``: device keys are derived from the enrollment group's key,
    so the manifest keeps none and derives them again when an export needs them.
    ``board_key``: the same mode with the device's key pair made on the board (the
    profile's ``device_key = "board"``): its provider certifies the board's
    certificate request, and it declares its own sources and secrets. None when the
    mode's credential is always made by the station.
    """

    name: str
    description: str
    mechanism: Mechanism
    group: bool
    provider: ProviderFactory
    board_sources: tuple[str, ...] = ()
    secrets: tuple[str, ...] = ()
    needs_module: str = ""
    missing_hint: str = ""
    keys_from_group_key: bool = False
    board_key: AttestationMode | None = None

    @property
    def available(self) -> bool:
        return not self.needs_module or find_spec(self.needs_module) is not None

    def for_device_key(self, device_key: str) -> AttestationMode:
        """The mode as it runs where the profile has device keys made: its ``board_key``
        form for "board" when it has one, else itself (a mode without key pairs, such as
        the SAS modes, is the same wherever keys are made)."""
        if device_key == MADE_ON_BOARD and self.board_key is not None:
            return self.board_key
        return self


def _tpm_provider(secrets: JobSecrets, options: ProviderOptions) -> CredentialProvider:
    # Imported when a job asks for it: the TPM software stack is large.
    from station.credentials.tpm_support import tpm_provider

    return tpm_provider(secrets, options)


SAS_GROUP = AttestationMode(
    name="sas-group",
    description="device keys derived from the enrollment group's key",
    mechanism="symmetricKey",
    group=True,
    provider=sas_group_provider,
    board_sources=("sas_key",),
    secrets=("group_key",),
    keys_from_group_key=True,
)
SAS_INDIVIDUAL = AttestationMode(
    name="sas-individual",
    description="random device keys, each unit enrolled on its own",
    mechanism="symmetricKey",
    group=False,
    provider=sas_individual_provider,
    board_sources=("sas_key",),
)
X509_GROUP = AttestationMode(
    name="x509-group",
    description="device certificates issued by the enrollment group's CA",
    mechanism="x509",
    group=True,
    provider=x509_group_provider,
    board_sources=("cert_pem", "key_pem"),
    secrets=("ca",),
)
X509_GROUP = replace(X509_GROUP, board_key=replace(
    X509_GROUP,
    description="device certificates issued by the enrollment group's CA for keys the boards "
    "make",
    provider=x509_group_board_key_provider,
    board_sources=("cert_pem",),
))
X509_INDIVIDUAL = AttestationMode(
    name="x509-individual",
    description="self-signed device certificates, each unit enrolled with its thumbprint",
    mechanism="x509",
    group=False,
    provider=x509_individual_provider,
    board_sources=("cert_pem", "key_pem"),
)
X509_INDIVIDUAL = replace(X509_INDIVIDUAL, board_key=replace(
    X509_INDIVIDUAL,
    description="device certificates issued by the job's CA for keys the boards make, each "
    "unit enrolled with its thumbprint",
    provider=x509_individual_board_key_provider,
    board_sources=("cert_pem",),
    # The station cannot self-sign for a key it never holds: a CA signs instead.
    secrets=("ca",),
))
TPM = AttestationMode(
    name="tpm",
    description="the unit's TPM endorsement key, each unit enrolled on its own",
    mechanism="tpm",
    group=False,
    provider=_tpm_provider,
    needs_module="tpm2_pytss",
    missing_hint="install the station with TPM support: pip install 'provisioning-station[tpm]'",
)


def attestation_mode(name: str) -> AttestationMode:
    """The mode called ``name``. Raises ConfigError when this station has none."""
    mode: AttestationMode = ATTESTATIONS.get(name, AttestationMode)
    return mode


def available_attestations() -> tuple[Attestation, ...]:
    """The modes this station can run now, its own first."""
    return tuple(
        Attestation(name) for name in ATTESTATIONS.names() if attestation_mode(name).available
    )


def provider_for(
    attestation: Attestation | str,
    secrets: JobSecrets,
    *,
    key_algorithm: str = "ec-p256",
    validity_days: int = DEFAULT_VALIDITY_DAYS,
    tpm: TpmSettings | None = None,
    ca_slot: str = "primary",
    secondary_certificate: bool = False,
    device_key: str = "station",
) -> CredentialProvider:
    """Build the provider for a job's attestation mode, checking its secrets now.

    ``tpm`` carries the profile's ``[tpm]`` settings to the ``tpm`` mode's provider;
    ``device_key`` is where the profile has device key pairs made (``station`` or
    ``board``, see ``AttestationMode.for_device_key``).
    Raises a StationError when the mode is unknown or unavailable, or the secret
    it needs is missing or unusable.
    """
    mode = attestation_mode(str(attestation)).for_device_key(device_key)
    if not mode.available:
        raise CredentialError(
            f"{mode.name} attestation is not available on this station",
            hint=mode.missing_hint or "choose another attestation mode",
        )
    options = ProviderOptions(key_algorithm, validity_days, tpm, ca_slot, secondary_certificate)
    return mode.provider(_with_declared_secrets(mode, secrets), options)


# The secrets JobSecrets holds in fields of its own; any other a mode declares is "named".
_HELD_SECRETS = frozenset({"group_key", "group_key_secondary", "ca", "ca_secondary"})


def secret_variable(name: str) -> str:
    """The environment variable that gives a mode's own secret ``name`` to a job."""
    return "STATION_SECRET_" + name.upper().replace("-", "_")


def _with_declared_secrets(mode: AttestationMode, secrets: JobSecrets) -> JobSecrets:
    """``secrets`` with the mode's own secrets that the job was not given taken from the
    environment (a plugin mode's secrets have no command-line option of their own)."""
    found = {
        name: os.environ[secret_variable(name)]
        for name in mode.secrets
        if name not in _HELD_SECRETS and name not in secrets.named
        and secret_variable(name) in os.environ
    }
    return replace(secrets, named={**secrets.named, **found}) if found else secrets
