"""Domain types that travel through the pipeline, named in the domain's words."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from pydantic_core import CoreSchema, core_schema

from station.core.registries import ATTESTATIONS

DPS_GLOBAL_ENDPOINT = "global.azure-devices-provisioning.net"


class Attestation(str):
    """The name of an attestation mode: how a device proves itself to DPS; one per job.

    Modes are extensions (``station.core.registries.ATTESTATIONS``): the station's
    own five are named here for the code that means one of them, and a plugin may
    add more. One object per name, so ``mode is Attestation.TPM`` holds for a name
    read back from the manifest as for one the code chose.
    """

    _interned: ClassVar[dict[str, Attestation]] = {}
    SAS_GROUP: ClassVar[Attestation]
    SAS_INDIVIDUAL: ClassVar[Attestation]
    X509_GROUP: ClassVar[Attestation]
    X509_INDIVIDUAL: ClassVar[Attestation]
    TPM: ClassVar[Attestation]

    def __new__(cls, name: str) -> Attestation:
        known = cls._interned.get(name)
        if known is None:
            if not name or name != name.strip():
                raise ValueError(f"{name!r} is not an attestation mode's name")
            known = cls._interned.setdefault(name, super().__new__(cls, name))
        return known

    @property
    def value(self) -> str:
        return str(self)

    def _mode(self) -> Any:
        return ATTESTATIONS.get(self, object)

    @property
    def is_x509(self) -> bool:
        """The device presents a certificate (what DPS calls an x509 attestation)."""
        return bool(self._mode().mechanism == "x509")

    @property
    def needs_enrollment(self) -> bool:
        """Group modes are admitted by their enrollment group; the rest need an upload."""
        return not self._mode().group

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> CoreSchema:
        # A profile names a mode as a string; whether a mode of that name exists is
        # for the profile's checks to say (with the list of those that do).
        return core_schema.no_info_after_validator_function(cls, core_schema.str_schema())


Attestation.SAS_GROUP = Attestation("sas-group")
Attestation.SAS_INDIVIDUAL = Attestation("sas-individual")
Attestation.X509_GROUP = Attestation("x509-group")
Attestation.X509_INDIVIDUAL = Attestation("x509-individual")
Attestation.TPM = Attestation("tpm")


class UnitStatus(StrEnum):
    PENDING = "pending"
    PROVISIONED = "provisioned"
    FAILED = "failed"


@dataclass(frozen=True)
class BoardInfo:
    """What a board says about itself when the station connects.

    ``mac`` is twelve lowercase hex digits without separators, or empty.
    """

    port: str
    board_type: str = ""
    chip: str = ""
    serial: str = ""
    mac: str = ""
    flash_size: int = 0


@dataclass(frozen=True)
class DeviceIdentity:
    """A device ID (= DPS registration ID) and where it came from."""

    device_id: str
    source: str  # "mac", "barcode", "counter" or "tpm-ek"


@dataclass(frozen=True)
class Credential:
    """What a device needs to authenticate, and the public facts the manifest keeps.

    Secret fields (``sas_primary``, ``sas_secondary``, ``key_pem``) never reach
    the manifest in clear; see ``station.manifest``. ``key_origin`` says where the
    device's key pair was made: ``"station"``, or ``"board"`` when the board made it
    and only its certificate request crossed the link (``key_pem`` is then empty).
    """

    attestation: Attestation
    sas_primary: str = ""
    sas_secondary: str = ""
    cert_pem: str = ""
    key_pem: str = ""
    chain_pem: str = ""
    thumbprint_sha1: str = ""
    thumbprint_sha256: str = ""
    cert_issuer: str = ""
    cert_not_after: str = ""
    ek_public: str = ""  # base64 TPM2B_PUBLIC, as DPS takes it
    ek_cert_thumbprint: str = ""
    ek_cert_issuer: str = ""
    # x509-individual: a second certificate with its own key, enrolled as the
    # secondary, that the device falls back to while the primary is replaced.
    cert_pem_secondary: str = ""
    key_pem_secondary: str = ""
    key_origin: str = "station"


@dataclass(frozen=True)
class Job:
    """One production run: a profile, an ID scope and an attestation mode."""

    job_id: str
    profile_id: str
    id_scope: str
    attestation: Attestation
    operator: str = ""
    station_id: str = ""
    dps_endpoint: str = DPS_GLOBAL_ENDPOINT
    model_id: str = ""


@dataclass(frozen=True)
class Unit:
    """One board being provisioned: everything known once credentials exist."""

    job: Job
    board: BoardInfo
    identity: DeviceIdentity
    credential: Credential

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    def values(self) -> dict[str, str]:
        """The named values a profile can put onto the board."""
        c = self.credential
        return {
            "scope_id": self.job.id_scope,
            "device_id": self.device_id,
            "registration_id": self.device_id,
            "dps_endpoint": self.job.dps_endpoint,
            "model_id": self.job.model_id,
            "attestation": str(c.attestation),
            "sas_key": c.sas_primary,
            "sas_key_secondary": c.sas_secondary,
            "cert_pem": c.cert_pem,
            "key_pem": c.key_pem,
            "chain_pem": c.chain_pem,
            "cert_pem_secondary": c.cert_pem_secondary,
            "key_pem_secondary": c.key_pem_secondary,
        }


@dataclass(frozen=True)
class PayloadItem:
    """One key and value to store on the board.

    ``kind`` is ``string``, ``blob`` (bytes, e.g. PEM chains) or an integer
    type (``u8``, ``i8``, ``u16``, ``i16``, ``u32``, ``i32``, ``u64``, ``i64``).
    """

    key: str
    kind: str
    value: str | bytes | int


@dataclass(frozen=True)
class BoardPayload:
    """Everything one unit's board receives, in order."""

    namespace: str
    items: tuple[PayloadItem, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, str | bytes | int]:
        return {item.key: item.value for item in self.items}


@dataclass(frozen=True)
class UnitResult:
    """How one pass through the pipeline ended."""

    port: str
    status: UnitStatus
    device_id: str = ""
    failed_stage: str = ""
    reason: str = ""
    hint: str = ""
    code: str = ""  # the error's stable code (station.core.errors), shown beside the reason

    @property
    def ok(self) -> bool:
        return self.status is UnitStatus.PROVISIONED
