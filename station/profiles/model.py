"""The firmware profile: a declarative description of one board, validated by pydantic.

A profile is data only; it never names Python code to run. Unknown keys are
errors (``extra="forbid"``) so that a typo never silently changes a board.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from station.core.models import Attestation
from station.identity.templates import DEFAULT_TEMPLATES

SCHEMA_VERSION = 1

# Values a storage item may take from the unit (see station.core.models.Unit.values).
UnitValue = Literal[
    "scope_id",
    "device_id",
    "registration_id",
    "dps_endpoint",
    "model_id",
    "attestation",
    "sas_key",
    "sas_key_secondary",
    "cert_pem",
    "key_pem",
    "chain_pem",
]
StorageType = Literal["string", "blob", "u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64"]
UNIT_VALUES: tuple[str, ...] = get_args(UnitValue)
INTEGER_TYPES = ("u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64")
STORAGE_TYPES: tuple[str, ...] = get_args(StorageType)
NVS_KEY_MAX = 15
NVS_STRING_MAX = 3967  # what the NVS generator can place, a little under 4,000

# The unit values each attestation mode must be able to put on the board.
MODE_SOURCES: dict[Attestation, tuple[str, ...]] = {
    Attestation.SAS_GROUP: ("sas_key",),
    Attestation.SAS_INDIVIDUAL: ("sas_key",),
    Attestation.X509_GROUP: ("cert_pem", "key_pem"),
    Attestation.X509_INDIVIDUAL: ("cert_pem", "key_pem"),
    Attestation.TPM: (),
}
PEM_SOURCES = ("cert_pem", "key_pem", "chain_pem")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BoardSection(_Strict):
    type: str = Field(description="board type the board reports when identified")
    chip: str = Field(default="", description="chip family, e.g. esp32, esp32c3")


class TransportSection(_Strict):
    kind: Literal["console", "esptool-nvs"]
    baud: int = Field(default=115200, gt=0)
    timeout_s: float = Field(default=5.0, gt=0)
    compress: bool = True
    reset_after: bool = True


class IdentitySection(_Strict):
    rule: Literal["mac", "barcode", "counter", "tpm-ek"]
    template: str = ""
    prefix: str = ""
    charset: Literal["dps", "iotc"] = "dps"
    pattern: str = Field(default="", description="regex a scanned barcode must match")

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, value: str) -> str:
        if value:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
        return value

    @model_validator(mode="after")
    def _default_template(self) -> IdentitySection:
        if not self.template and self.rule in DEFAULT_TEMPLATES:
            object.__setattr__(self, "template", DEFAULT_TEMPLATES[self.rule])
        return self


class AttestationSection(_Strict):
    allowed: list[Attestation] = Field(min_length=1)
    default: Attestation | None = None
    key_algorithm: Literal["ec-p256", "rsa-2048"] = "ec-p256"
    validity_days: int = Field(default=3650, gt=0, le=36500)

    @model_validator(mode="after")
    def _default_is_allowed(self) -> AttestationSection:
        if self.default is None:
            object.__setattr__(self, "default", self.allowed[0])
        elif self.default not in self.allowed:
            allowed = ", ".join(mode.value for mode in self.allowed)
            raise ValueError(
                f"default {self.default.value!r} is not among the allowed modes; "
                f"allowed: {allowed}"
            )
        return self


class StorageItem(_Strict):
    key: str = Field(min_length=1)
    type: StorageType = "string"
    source: UnitValue | None = None
    value: str | int | None = None

    @model_validator(mode="after")
    def _one_of_source_or_value(self) -> StorageItem:
        if (self.source is None) == (self.value is None):
            has = "both 'source' and 'value'" if self.source is not None else "neither"
            raise ValueError(
                f"item {self.key!r} has {has}; give exactly one of 'source' (a unit value) "
                "or 'value' (fixed)"
            )
        return self


class StorageSection(_Strict):
    namespace: str = Field(default="dps", min_length=1, max_length=NVS_KEY_MAX)
    offset: int = Field(default=0x9000, ge=0)
    size: int = Field(default=0x6000, gt=0)
    items: list[StorageItem] = Field(min_length=1)


class ImageEntry(_Strict):
    name: str = ""
    path: str
    offset: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-fA-F]{64}$")


class VerifySection(_Strict):
    readback: bool = Field(default=False, description="read the whole storage region back")


class TpmSection(_Strict):
    """Where the station finds a unit's TPM and how it reads the endorsement key."""

    access: Literal["board", "direct"] = Field(
        description="board: through the console link's TPM pass-through; "
        "direct: a TPM the station reaches itself through ``tcti``"
    )
    tcti: str = Field(default="", description="for direct: e.g. device:/dev/tpmrm0")
    template: Literal["tcg-rsa2048", "tcg-ecc-p256", "azure-csdk-rsa"] = "tcg-rsa2048"
    persist: bool = Field(default=False, description="keep a created EK at its handle")
    manufacturer_cas: str = Field(
        default="", description="PEM bundle of TPM makers' CAs, relative to the profile"
    )
    require_certificate: bool = False


class Profile(_Strict):
    schema_version: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=64)
    name: str
    description: str = ""
    board: BoardSection
    transport: TransportSection
    identity: IdentitySection
    attestation: AttestationSection
    storage: StorageSection
    images: list[ImageEntry] = Field(default_factory=list)
    verify: VerifySection = Field(default_factory=VerifySection)
    tpm: TpmSection | None = None
