"""What one unit's board receives: the profile's storage items filled from the unit.

Items whose unit value is empty and optional are left out rather than written
as empty strings: a ``model_id`` item on a job without a model ID, the
secondary SAS key in group mode, and the credential items of the modes the job
does not use (``cert_pem`` in a SAS job, ``sas_key`` in an X.509 job, ``key_pem``
when the board made its key itself). Firmware then sees "no value" the same way
whatever the mode. An empty value the job or its mode cannot do without is an
error, never a silent gap on the board.

Certificates go on the board the way a TLS stack takes them (see "What the
firmware reads" in firmware_profiles/README.md): ``cert_pem`` is the leaf
followed by its intermediate CAs, ``chain_pem`` the root they lead to, and a
PEM stored as a blob ends with one NUL byte that its length counts.
"""

from __future__ import annotations

from station.core.errors import ConfigError, CredentialError
from station.core.events import Stage
from station.core.models import BoardPayload, PayloadItem, Unit
from station.credentials.leaf import board_chain
from station.credentials.modes import attestation_mode
from station.profiles.loader import LoadedProfile
from station.profiles.model import (
    INTEGER_TYPES,
    PEM_SOURCES,
    Profile,
    StorageItem,
)

# Unit values that come from the job and must never be empty on a board.
JOB_SOURCES = {
    "scope_id": "set the job's ID scope",
    "device_id": "the identify stage gave no device ID; check the identity rule",
    "registration_id": "the identify stage gave no device ID; check the identity rule",
    "dps_endpoint": "set the job's DPS endpoint",
    "attestation": "choose the job's attestation mode",
}


# mbedTLS (mbedtls_x509_crt_parse, mbedtls_pk_parse_key) and esp-tls's *_pem_bytes take a
# PEM only when the buffer ends with a NUL that the length counts.
PEM_TERMINATOR = b"\0"


def _encoded(item: StorageItem, value: str | int) -> str | bytes | int:
    if item.type in INTEGER_TYPES:
        return int(value)
    if item.type == "blob":
        data = str(value).encode("utf-8")
        return data + PEM_TERMINATOR if item.source in PEM_SOURCES else data
    return str(value)


def board_values(unit: Unit) -> dict[str, str]:
    """The unit's values as the board gets them, its certificate chain split for TLS.

    Raises CredentialError when the credential's chain does not fit its leaf.
    """
    values = unit.values()
    credential = unit.credential
    if credential.cert_pem:
        chain = board_chain(credential.cert_pem, credential.chain_pem)
        values["cert_pem"] = chain.presented_pem
        values["chain_pem"] = chain.root_pem
    return values


def build_payload(profile: Profile | LoadedProfile, unit: Unit) -> BoardPayload:
    """Map the profile's storage items onto this unit's values, in profile order.

    Raises ConfigError when a job value is empty and CredentialError when the
    credential lacks what its attestation mode needs. Pure; any thread.
    """
    if isinstance(profile, LoadedProfile):
        profile = profile.profile
    values = board_values(unit)
    credential = unit.credential
    # A key the board made stays on the board: its mode then needs no key_pem.
    needed = attestation_mode(credential.attestation).for_device_key(
        credential.key_origin
    ).board_sources
    items: list[PayloadItem] = []
    for item in profile.storage.items:
        if item.source is None:
            assert item.value is not None  # the model requires one of source or value
            items.append(PayloadItem(item.key, item.type, _encoded(item, item.value)))
            continue
        value = values[item.source]
        if not value:
            if item.source in JOB_SOURCES:
                raise ConfigError(
                    f"storage item {item.key!r} takes {item.source!r}, which is empty for "
                    f"{unit.device_id or 'this unit'}",
                    hint=JOB_SOURCES[item.source],
                    stage=Stage.WRITE,
                )
            if item.source in needed:
                raise CredentialError(
                    f"the {unit.credential.attestation.value} credential for "
                    f"{unit.device_id!r} has no {item.source}",
                    hint="check the job's keys or CA, then try the unit again",
                    stage=Stage.CREDENTIALS,
                )
            continue
        items.append(PayloadItem(item.key, item.type, _encoded(item, value)))
    return BoardPayload(namespace=profile.storage.namespace, items=tuple(items))
