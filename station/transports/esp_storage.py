"""The ESP32 storage formats' flash layouts: what goes in which partition, and how a
read-back is checked.

- ``nvs``: the profile's items in an NVS partition; with ``encrypted = true`` the
  partition is encrypted (ESP-IDF NVS encryption, flash-encryption based scheme) with
  a key pair made for this unit alone, written beside it as the ``nvs_keys``
  partition.
- ``esp_secure_cert``: the items of ``cert_pem``, ``chain_pem`` and ``key_pem`` in an
  esp_secure_cert partition in the TLV format that Espressif's esp_secure_cert_mgr
  reads; every other item (the secondary certificate and key too) in NVS as above,
  encrypted or not.

The NVS keys are never kept: they exist in the station's memory while the unit is
written and verified, and then only on the board (see docs/firmware-integration.md).
Everything here is pure and runs on any thread.
"""

from __future__ import annotations

from pathlib import Path

from station.core.errors import ConfigError, VerificationError
from station.core.models import BoardPayload
from station.profiles.kinds import FlashArea
from station.profiles.model import Profile
from station.profiles.problems import Found
from station.transports.nvs_image import (
    NVS_KEYS_PARTITION_SIZE,
    build_nvs_image,
    decrypt_nvs_image,
    new_nvs_keys,
    nvs_keys_partition,
    parse_nvs_image,
    payload_values,
    read_nvs_keys_partition,
)
from station.transports.secure_cert import (
    CA_CERT,
    DEVICE_CERT,
    INTEGRITY,
    PRIVATE_KEY,
    SECURE_CERT_SIZE,
    TLV_FOR_SOURCE,
    TLV_NAMES,
    build_secure_cert_image,
    parse_secure_cert_image,
    pem_with_nul,
)

SECTOR = 0x1000
NVS_AREA = "nvs"
KEYS_AREA = "nvs_keys"
SECURE_CERT_AREA = "esp_secure_cert"
_TLV_ORDER = (DEVICE_CERT, CA_CERT, PRIVATE_KEY)  # the order Espressif's tool writes them

_KEYS_EXAMPLE = (
    "where the firmware's partition table puts its nvs_keys partition (type "
    "data, subtype nvs_keys, 4 KB, flagged encrypted)"
)
_SECURE_CERT_EXAMPLE = (
    "where the firmware's partition table puts its esp_secure_cert partition (type 0x3F, 8 KB)"
)


# --------------------------------------------------------------------------- nvs


def nvs_areas(profile: Profile) -> tuple[FlashArea, ...]:
    """The NVS partition, and its nvs_keys partition when encrypted (and placed)."""
    storage = profile.storage
    areas = [FlashArea(NVS_AREA, storage.offset, storage.size, "storage.offset")]
    if storage.encrypted and storage.keys_offset is not None:
        areas.append(
            FlashArea(
                KEYS_AREA, storage.keys_offset, NVS_KEYS_PARTITION_SIZE, "storage.keys_offset"
            )
        )
    return tuple(areas)


def build_nvs(profile: Profile, payload: BoardPayload) -> tuple[bytes, ...]:
    """The NVS image, and with ``encrypted`` the nvs_keys partition of a fresh key pair."""
    storage = profile.storage
    if not storage.encrypted:
        return (build_nvs_image(payload, storage.size),)
    if storage.keys_offset is None:
        raise ConfigError(
            f"profile {profile.id!r} encrypts NVS but does not say where its keys go",
            hint=f"set storage.keys_offset: {_KEYS_EXAMPLE}",
        )
    key = new_nvs_keys()
    return build_nvs_image(payload, storage.size, key), nvs_keys_partition(key)


def read_nvs_back(profile: Profile, payload: BoardPayload, read: tuple[bytes, ...]) -> str:
    """Check that the NVS read back (decrypted with the keys read back from nvs_keys,
    when encrypted) holds every value of ``payload``."""
    image = read[0]
    how = ""
    if profile.storage.encrypted:
        image = decrypt_nvs_image(image, read_nvs_keys_partition(read[1]))
        how = ", decrypted with the nvs_keys partition"
    held = parse_nvs_image(image).get(payload.namespace, {})
    for key, value in payload_values(payload).items():
        if held.get(key) != value:
            raise VerificationError(f"{NVS_AREA} does not hold {key!r} as written")
    return f"{NVS_AREA}: {len(held)} keys present{how}"


def check_nvs_encryption(profile: Profile, file: Path) -> Found:
    """``encrypted`` needs a sector-aligned ``keys_offset``; one without it is unused."""
    storage = profile.storage
    if storage.encrypted:
        if storage.keys_offset is None:
            yield (
                "storage.keys_offset",
                f"is required with encrypted = true: {_KEYS_EXAMPLE}; "
                "allowed: a multiple of 0x1000, e.g. 0x10000",
                "error",
            )
        elif storage.keys_offset % SECTOR:
            yield (
                "storage.keys_offset",
                f"{storage.keys_offset:#x} is not on a flash sector "
                "boundary; allowed: multiples of 0x1000",
                "error",
            )
    elif storage.keys_offset is not None:
        yield (
            "storage.keys_offset",
            "is not used unless encrypted = true; allowed: remove it, or set encrypted = true",
            "warning",
        )


# --------------------------------------------------------------------------- esp_secure_cert


def secure_cert_areas(profile: Profile) -> tuple[FlashArea, ...]:
    """The esp_secure_cert partition (when placed), then the NVS areas."""
    offset = profile.storage.secure_cert_offset
    own = (
        ()
        if offset is None
        else (FlashArea(SECURE_CERT_AREA, offset, SECURE_CERT_SIZE, "storage.secure_cert_offset"),)
    )
    return (*own, *nvs_areas(profile))


def _split(
    profile: Profile, payload: BoardPayload
) -> tuple[list[tuple[int, int, bytes]], BoardPayload]:
    """The payload's certificate items as TLV entries (type, subtype, PEM and NUL), and
    the rest as the NVS payload."""
    sources = {item.key: item.source for item in profile.storage.items}
    entries: list[tuple[int, int, bytes]] = []
    rest = []
    for item in payload.items:
        place = TLV_FOR_SOURCE.get(sources.get(item.key) or "")
        if place is None or isinstance(item.value, int):
            rest.append(item)
        else:
            entries.append((*place, pem_with_nul(item.value)))
    entries.sort(key=lambda entry: (entry[1], _TLV_ORDER.index(entry[0])))
    return entries, BoardPayload(payload.namespace, tuple(rest))


def build_secure_cert(profile: Profile, payload: BoardPayload) -> tuple[bytes, ...]:
    """The esp_secure_cert partition, then the NVS image (and its keys when encrypted)."""
    if profile.storage.secure_cert_offset is None:
        raise ConfigError(
            f"profile {profile.id!r} uses format esp_secure_cert but does not say where "
            "its partition is",
            hint=f"set storage.secure_cert_offset: {_SECURE_CERT_EXAMPLE}",
        )
    entries, rest = _split(profile, payload)
    return build_secure_cert_image(entries), *build_nvs(profile, rest)


def read_secure_cert_back(profile: Profile, payload: BoardPayload, read: tuple[bytes, ...]) -> str:
    """Check that the esp_secure_cert partition read back holds exactly the certificate
    items (each entry's CRC and the integrity entry checked), and NVS the rest."""
    expected, rest = _split(profile, payload)
    wanted = {(tlv_type, subtype): data for tlv_type, subtype, data in expected}
    found: set[tuple[int, int]] = set()
    for entry in parse_secure_cert_image(read[0]):
        place = (entry.type, entry.subtype)
        if entry.type == INTEGRITY:
            continue
        if place not in wanted or place in found:
            raise VerificationError(
                f"{SECURE_CERT_AREA} holds a {entry.label} that was not written"
            )
        if entry.data != wanted[place] or entry.flags != 0:
            raise VerificationError(
                f"{SECURE_CERT_AREA} does not hold the {entry.label} as written"
            )
        found.add(place)
    missing = sorted(set(wanted) - found)
    if missing:
        names = ", ".join(f"{TLV_NAMES[t]} (subtype {s})" for t, s in missing)
        raise VerificationError(f"{SECURE_CERT_AREA} lacks the {names}")
    nvs = read_nvs_back(profile, rest, read[1:])
    return f"{SECURE_CERT_AREA}: {len(found)} entries match; {nvs}"


def check_secure_cert(profile: Profile, file: Path) -> Found:
    """The partition must be placed on a sector; each certificate entry comes from one
    item."""
    offset = profile.storage.secure_cert_offset
    if offset is None:
        yield (
            "storage.secure_cert_offset",
            "is required for format esp_secure_cert: "
            f"{_SECURE_CERT_EXAMPLE}; allowed: a multiple of 0x1000, e.g. 0xd000",
            "error",
        )
    elif offset % SECTOR:
        yield (
            "storage.secure_cert_offset",
            f"{offset:#x} is not on a flash sector boundary; allowed: multiples of 0x1000",
            "error",
        )
    first: dict[tuple[int, int], int] = {}
    for i, item in enumerate(profile.storage.items):
        place = TLV_FOR_SOURCE.get(item.source or "")
        if place is None:
            continue
        if place in first:
            yield (
                f"storage.items[{i}].source",
                f"{item.source!r} goes to the same "
                f"esp_secure_cert entry as storage.items[{first[place]}]; allowed: each "
                "certificate or key once",
                "error",
            )
        first.setdefault(place, i)
    if not first:
        sources = ", ".join(TLV_FOR_SOURCE)
        yield (
            "storage.items",
            "no item goes to the esp_secure_cert partition; allowed: "
            f"items with source {sources}, or format nvs",
            "warning",
        )
