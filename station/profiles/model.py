"""The firmware profile: a declarative description of one board, validated by pydantic.

A profile is data only; it never names Python code to run. Unknown keys are
errors (``extra="forbid"``) so that a typo never silently changes a board.
"""

from __future__ import annotations

import json
import math
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from station.core.labels import (
    DEFAULT_QR_TEMPLATE,
    LABEL_MAX_HEIGHT_MM,
    LABEL_MAX_WIDTH_MM,
    LABEL_MIN_MM,
    LabelLayout,
    LabelTextLine,
)
from station.core.models import Attestation
from station.core.registries import ATTESTATIONS, IDENTITY_SOURCES, STORAGE_FORMATS, TRANSPORTS
from station.core.registry import Registry
from station.credentials.csr import KeyOrigin
from station.credentials.tpm_settings import TpmSection
from station.identity.patterns import barcode_pattern_problem
from station.identity.sources import identity_rule

SCHEMA_VERSION = 1

# The ranges numbers in a profile must fall in, so that a typo fails the check rather
# than every unit (pyserial and esptool raise OverflowError on absurd values).
BAUD_MIN = 300
BAUD_MAX = 5_000_000  # the ESP32 family's UART maximum
TIMEOUT_MIN_S = 0.1
TIMEOUT_MAX_S = 600
FLASH_ADDRESS_END = 2**32  # esptool addresses flash with 32 bits
PARTITION_TABLE_OFFSET = 0x8000  # ESP-IDF's default (CONFIG_PARTITION_TABLE_OFFSET)
TWIN_INT_MIN, TWIN_INT_MAX = -(2**63), 2**63 - 1

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
    "cert_pem_secondary",
    "key_pem_secondary",
]
StorageType = Literal["string", "blob", "u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64"]
UNIT_VALUES: tuple[str, ...] = get_args(UnitValue)
INTEGER_TYPES = ("u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64")
STORAGE_TYPES: tuple[str, ...] = get_args(StorageType)
NVS_KEY_MAX = 15
NVS_STRING_MAX = 3967  # what the NVS generator can place, a little under 4,000

PEM_SOURCES = ("cert_pem", "key_pem", "chain_pem", "cert_pem_secondary", "key_pem_secondary")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BoardSection(_Strict):
    type: str = Field(description="board type the board reports when identified")
    chip: str = Field(default="", description="chip family, e.g. esp32, esp32c3")
    flash_size: str = Field(
        default="", description="e.g. 4MB; default: the largest flash the chip takes"
    )
    partition_table_offset: StrictInt = Field(
        default=PARTITION_TABLE_OFFSET, ge=0, le=FLASH_ADDRESS_END - 1,
        description="where the firmware's partition table is; the bootloader ends there",
    )


BaudRate = Annotated[StrictInt, Field(ge=BAUD_MIN, le=BAUD_MAX)]


# Settings of a plugin's transport or storage format, which its own checks read.
ExtensionOptions = dict[str, StrictStr | StrictInt | StrictFloat | StrictBool]


def _one_of(registry: Registry, name: str) -> str:
    if name not in registry:
        raise ValueError(
            f"{name!r} is not allowed; allowed: {', '.join(registry.names())}"
        )
    return name


class TransportSection(_Strict):
    kind: str = Field(description="the board transport, e.g. console or esptool-nvs")
    baud: BaudRate = 115200
    fallback_bauds: list[BaudRate] = Field(
        default_factory=list, max_length=8,
        description="esptool-nvs: slower rates to try in turn when the link does not hold "
        "at the one before",
    )
    timeout_s: float = Field(default=5.0, ge=TIMEOUT_MIN_S, le=TIMEOUT_MAX_S,
                             allow_inf_nan=False)
    compress: bool = True
    reset_after: bool = True
    options: ExtensionOptions = Field(
        default_factory=dict, description="settings of a transport from a plugin"
    )

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        return _one_of(TRANSPORTS, value)

    @model_validator(mode="after")
    def _fallbacks_go_down(self) -> TransportSection:
        rates = [self.baud, *self.fallback_bauds]
        for faster, slower in zip(rates, rates[1:], strict=False):
            if slower >= faster:
                raise ValueError(
                    f"fallback_bauds must each be slower than the rate before; {slower} "
                    f"follows {faster}"
                )
        return self

    @property
    def bauds(self) -> tuple[int, ...]:
        """The rates to try, fastest first: ``baud``, then ``fallback_bauds``."""
        return (self.baud, *self.fallback_bauds)


class IdentitySection(_Strict):
    rule: str = Field(description="where device IDs come from, e.g. mac, barcode, counter")
    template: str = ""
    prefix: str = ""
    charset: Literal["dps", "iotc"] = "dps"
    pattern: str = Field(default="", description="regex a scanned barcode must match")

    @field_validator("pattern")
    @classmethod
    def _pattern_is_bounded(cls, value: str) -> str:
        problem = barcode_pattern_problem(value) if value else None
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("rule")
    @classmethod
    def _known_rule(cls, value: str) -> str:
        return _one_of(IDENTITY_SOURCES, value)

    @model_validator(mode="after")
    def _default_template(self) -> IdentitySection:
        if not self.template:
            object.__setattr__(self, "template", identity_rule(self.rule).default_template)
        return self


# An attestation mode this station has (its own, or a plugin's).
KnownAttestation = Annotated[
    Attestation, AfterValidator(lambda mode: Attestation(_one_of(ATTESTATIONS, mode)))
]


class AttestationSection(_Strict):
    allowed: list[KnownAttestation] = Field(min_length=1)
    default: KnownAttestation | None = None
    key_algorithm: Literal["ec-p256", "rsa-2048"] = "ec-p256"
    validity_days: StrictInt = Field(default=3650, ge=1, le=36500)
    # x509-group: warn at job start when one of the job's CAs expires within this many days.
    ca_warn_days: StrictInt = Field(default=90, ge=0, le=36500)
    # x509-individual: also issue a secondary certificate (its own key pair) per unit.
    secondary_certificate: StrictBool = False
    # Where X.509 device key pairs are made: by the station, or by the board itself, which
    # then sends only a certificate request (needs a transport that makes device keys).
    device_key: KeyOrigin = "station"

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
    value: str | StrictInt | None = None

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
    format: str = Field(default="", description="what the board keeps, e.g. nvs; "
                        "default: the transport's own")
    options: ExtensionOptions = Field(
        default_factory=dict, description="settings of a storage format from a plugin"
    )

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        return _one_of(STORAGE_FORMATS, value) if value else value
    namespace: str = Field(default="dps", min_length=1, max_length=NVS_KEY_MAX)
    offset: StrictInt = Field(default=0x9000, ge=0, le=FLASH_ADDRESS_END - 1)
    size: StrictInt = Field(default=0x6000, ge=1, le=FLASH_ADDRESS_END)
    items: list[StorageItem] = Field(min_length=1)
    # Settings that only some formats read (StorageFormat.settings says which).
    encrypted: StrictBool = Field(
        default=False, description="nvs, esp_secure_cert: the NVS partition is written "
        "encrypted (ESP-IDF NVS encryption), its keys in an nvs_keys partition"
    )
    keys_offset: StrictInt | None = Field(
        default=None, ge=0, le=FLASH_ADDRESS_END - 1,
        description="with encrypted = true: where the nvs_keys partition (4 KB) is",
    )
    secure_cert_offset: StrictInt | None = Field(
        default=None, ge=0, le=FLASH_ADDRESS_END - 1,
        description="esp_secure_cert: where the esp_secure_cert partition (8 KB) is",
    )


ImageWrite = Literal["always", "if-different", "pre-flashed"]


class ImageEntry(_Strict):
    name: str = ""
    path: str
    offset: StrictInt = Field(ge=0, le=FLASH_ADDRESS_END - 1)
    sha256: str = Field(pattern=r"^[0-9a-fA-F]{64}$")
    write: ImageWrite = Field(
        default="always",
        description="always; if-different: only when the board's flash MD5 differs; "
        "pre-flashed: never written, the board must already hold it",
    )


class VerifySection(_Strict):
    readback: bool = Field(default=False, description="read the whole storage region back")


# Device twin limits (IoT Hub's device twin reference): what DPS's initialTwin may hold.
TWIN_KEY_MAX_BYTES = 1024
TWIN_MAX_DEPTH = 10  # levels of objects below ``tags`` / ``properties.desired``
TWIN_TAGS_MAX_BYTES = 8 * 1024
TWIN_DESIRED_MAX_BYTES = 32 * 1024
_TWIN_KEY_FORBIDDEN = frozenset(".$ ")


def _twin_problems(value: Any, where: str, depth: int) -> list[str]:
    """Why ``value`` cannot be a device twin value (empty when it can)."""
    if isinstance(value, dict):
        if depth > TWIN_MAX_DEPTH:
            return [f"{where} nests objects more than {TWIN_MAX_DEPTH} levels deep; "
                    f"allowed: at most {TWIN_MAX_DEPTH}"]
        problems: list[str] = []
        for key, item in value.items():
            bad = sorted({c for c in key if c in _TWIN_KEY_FORBIDDEN or ord(c) < 32
                          or 127 <= ord(c) < 160})
            if not key or len(key.encode("utf-8")) > TWIN_KEY_MAX_BYTES or bad:
                shown = ", ".join(repr(c) for c in bad) or "its length"
                problems.append(f"{where} key {key!r} is not allowed because of {shown}; "
                                "allowed: 1 to 1,024 bytes without '.', '$', spaces or "
                                "control characters")
                continue
            problems += _twin_problems(item, f"{where}.{key}", depth + 1)
        return problems
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _twin_problems(item, f"{where}[{i}]",
                                                                          depth)]
    if isinstance(value, float) and not math.isfinite(value):
        return [f"{where} is {value}; allowed: a finite number"]
    if isinstance(value, int) and not isinstance(value, bool) and not (
        TWIN_INT_MIN <= value <= TWIN_INT_MAX
    ):
        return [f"{where} is {value}; allowed: a whole number from -2**63 to 2**63-1"]
    if isinstance(value, bool | int | float | str):
        return []
    return [f"{where} is a TOML {type(value).__name__}, which a device twin cannot hold; "
            "allowed: text, numbers, true/false, tables and arrays (quote dates as text)"]


class EnrollmentSection(_Strict):
    """What the DPS individual enrollments of this board's units carry besides attestation."""

    provisioning_status: Literal["enabled", "disabled"] = "enabled"
    iot_edge: bool = Field(default=False, strict=True)
    initial_twin_tags: dict[str, Any] = Field(default_factory=dict)
    initial_twin_desired: dict[str, Any] = Field(default_factory=dict)

    @field_validator("initial_twin_tags", "initial_twin_desired")
    @classmethod
    def _twin_table(cls, table: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        name = str(info.field_name)
        problems = _twin_problems(table, name, 1)
        limit = TWIN_TAGS_MAX_BYTES if name == "initial_twin_tags" else TWIN_DESIRED_MAX_BYTES
        if not problems and len(json.dumps(table).encode("utf-8")) > limit:
            problems.append(f"{name} is larger than {limit // 1024} KiB as JSON; "
                            f"allowed: at most {limit // 1024} KiB")
        if problems:
            raise ValueError("; ".join(problems))
        return table

    @property
    def initial_twin(self) -> dict[str, Any] | None:
        """The DPS ``initialTwin`` object, or None when the profile sets neither table."""
        if not self.initial_twin_tags and not self.initial_twin_desired:
            return None
        twin: dict[str, Any] = {}
        if self.initial_twin_tags:
            twin["tags"] = self.initial_twin_tags
        if self.initial_twin_desired:
            twin["properties"] = {"desired": self.initial_twin_desired}
        return twin


LabelMm = Annotated[float, Field(ge=0, le=LABEL_MAX_HEIGHT_MM, allow_inf_nan=False)]
LabelExtentMm = Annotated[float, Field(gt=0, le=LABEL_MAX_HEIGHT_MM, allow_inf_nan=False)]


class LabelQrSection(_Strict):
    """The label's QR code: its content (a template of label fields) and its square."""

    content: str = Field(default=DEFAULT_QR_TEMPLATE, min_length=1, max_length=1000,
                         description="what the QR code holds; {device_id}, {id_scope}, "
                         "{profile_name}, {printed_at} are replaced by the unit's")
    x_mm: LabelMm = 1.5
    y_mm: LabelMm = 1.5
    size_mm: LabelExtentMm = Field(description="the QR square, its quiet zone included")


class LabelTextSection(_Strict):
    text: str = Field(min_length=1, max_length=500, description="a template of label fields")
    x_mm: LabelMm
    y_mm: LabelMm = Field(description="the top of the text")
    height_mm: LabelExtentMm
    width_mm: LabelExtentMm | None = Field(default=None,
                                           description="default: to the label's right edge")
    bold: StrictBool = False


class LabelSection(_Strict):
    """The unit label's layout (station.core.labels.LabelLayout); checked in checks.py."""

    width_mm: float = Field(ge=LABEL_MIN_MM, le=LABEL_MAX_WIDTH_MM, allow_inf_nan=False,
                            description="across the print head")
    height_mm: float = Field(ge=LABEL_MIN_MM, le=LABEL_MAX_HEIGHT_MM, allow_inf_nan=False)
    dpi: Literal[203, 300] | None = Field(
        default=None, description="the print head the layout is made for; default: the "
        "printer's, as Settings or --label-dpi give it")
    qr: LabelQrSection
    texts: list[LabelTextSection] = Field(default_factory=list, max_length=20)

    def layout(self) -> LabelLayout:
        return LabelLayout(
            width_mm=self.width_mm, height_mm=self.height_mm, qr_template=self.qr.content,
            qr_x_mm=self.qr.x_mm, qr_y_mm=self.qr.y_mm, qr_size_mm=self.qr.size_mm,
            texts=tuple(LabelTextLine(t.text, t.x_mm, t.y_mm, t.height_mm, t.width_mm, t.bold)
                        for t in self.texts),
            dpi=self.dpi,
        )


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
    enrollment: EnrollmentSection = Field(default_factory=EnrollmentSection)
    label: LabelSection | None = None

    @field_validator("schema_version", mode="before")
    @classmethod
    def _schema_version_is_an_integer(cls, value: Any) -> Any:
        # pydantic would take 1.0 and true for 1; a version is written as a whole number.
        if type(value) is not int:
            raise ValueError(f"got {value!r:.60}; allowed: the integer {SCHEMA_VERSION}")
        return value

    @property
    def label_layout(self) -> LabelLayout | None:
        """The unit label's layout from ``[label]``; None: each renderer's own label."""
        return self.label.layout() if self.label is not None else None
