"""Build an esp_secure_cert partition (TLV format) and read one back, with Espressif's tool.

Espressif's esp_secure_cert_mgr component reads a device's certificate, its CA and its
private key from a flash partition named ``esp_secure_cert``. Its TLV format (what
esp-secure-cert-tool 2.x writes by default) is a run of entries, each a 12-byte header
(magic 0xBA5EBA11, flags, 3 reserved bytes, type, subtype, 16-bit length), the data,
zero padding to 16 bytes and a CRC32 of all that; the run ends with an integrity entry
holding the SHA-256 of the entries before it, and the rest of the 8 KB partition is
0xff. A PEM is stored with a terminating NUL that its length counts, as mbedTLS parses
it.

Building uses the tool's ``TlvPartitionBuilder`` in memory (its command line and
``load_private_key`` take files, and a key never goes to a file); reading uses the
parser functions of its ``tlv_parser``. Both are pure and run on any thread.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from esp_secure_cert import tlv_format_construct, tlv_parser
from esp_secure_cert.tlv_format import tlv_type_t

from station.core.errors import ConfigError, VerificationError

# The tool reports each entry it adds on stdout; the station reports through the unit's
# log instead. A module global shadows the builtin for that module alone, thread-safely
# (swapping sys.stdout would not be).
tlv_format_construct.print = lambda *args, **kwargs: None  # type: ignore[attr-defined]

SECURE_CERT_SIZE: int = tlv_format_construct.PARTITION_SIZE  # 8 KB, as the tool makes it
TLV_MAGIC: int = tlv_parser.ESP_SECURE_CERT_TLV_MAGIC

DEVICE_CERT = int(tlv_type_t.ESP_SECURE_CERT_DEV_CERT_TLV)
CA_CERT = int(tlv_type_t.ESP_SECURE_CERT_CA_CERT_TLV)
PRIVATE_KEY = int(tlv_type_t.ESP_SECURE_CERT_PRIV_KEY_TLV)
INTEGRITY = int(tlv_type_t.ESP_SECURE_CERT_INTEGRITY_TLV)

# Where each unit value goes: (TLV type, subtype). esp_secure_cert_get_device_cert() and
# its fellows return the entry of the highest subtype (subtypes are versions), so a
# secondary certificate in subtype 1 would replace the primary: secondaries stay in NVS.
TLV_FOR_SOURCE: dict[str, tuple[int, int]] = {
    "cert_pem": (DEVICE_CERT, 0),
    "chain_pem": (CA_CERT, 0),
    "key_pem": (PRIVATE_KEY, 0),
}
TLV_NAMES = {
    DEVICE_CERT: "device certificate",
    CA_CERT: "CA certificate",
    PRIVATE_KEY: "private key",
    INTEGRITY: "integrity",
}

_HINT = "keep the certificate chain and key under 8 KB, or store them in NVS (format nvs)"


@dataclass(frozen=True)
class TlvEntry:
    """One entry of an esp_secure_cert partition."""

    type: int
    subtype: int
    flags: int
    data: bytes
    offset: int

    @property
    def label(self) -> str:
        name = TLV_NAMES.get(self.type, f"TLV type {self.type}")
        return f"{name} (subtype {self.subtype})"


def pem_with_nul(value: str | bytes) -> bytes:
    """A PEM as the partition keeps it: its bytes and one terminating NUL."""
    data = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return data if data.endswith(b"\0") else data + b"\0"


def build_secure_cert_image(entries: list[tuple[int, int, bytes]]) -> bytes:
    """The 8 KB esp_secure_cert partition holding ``entries`` ((type, subtype, data),
    in order) and the integrity entry, padded with 0xff.

    Private keys go in the default (plaintext) format, flags 0. Raises ConfigError when
    they do not fit.
    """
    builder: Any = tlv_format_construct.TlvPartitionBuilder()
    try:
        for tlv_type, subtype, data in entries:
            builder.add_tlv_entry(tlv_type, subtype, data, 0)
        builder.add_integrity_tlv(0)
    except ValueError:  # the builder's "Partition size exceeded"
        size = sum(len(data) for _, _, data in entries)
        raise ConfigError(
            f"the certificates and key ({size:,} bytes) do not fit in the "
            f"{SECURE_CERT_SIZE // 1024} KB esp_secure_cert partition",
            hint=_HINT,
        ) from None
    image = bytes(builder.partition_data)
    if len(image) != SECURE_CERT_SIZE:  # the builder's own bookkeeping; never expected
        raise ConfigError(f"esp_secure_cert image came out {len(image)} bytes")
    return image


def parse_secure_cert_image(data: bytes) -> list[TlvEntry]:
    """The entries of an esp_secure_cert partition, read with Espressif's ``tlv_parser``.

    Stops at the first place that holds no entry (0xff, as the partition is padded).
    Raises VerificationError naming the offset when an entry fails its CRC or runs past
    the partition, when the partition holds no entry, or when the integrity entry does
    not match the entries before it.
    """
    entries: list[TlvEntry] = []
    offset = 0
    while offset + 12 <= len(data):
        header, header_size = tlv_parser.parse_tlv_header(data, offset)
        if header["magic"] != TLV_MAGIC:
            break
        total = tlv_parser.get_tlv_total_length(header)
        if offset + total > len(data):
            raise VerificationError(
                f"esp_secure_cert entry at {offset:#x} runs past the end of the partition"
            )
        footer, _ = tlv_parser.parse_tlv_footer(data, offset + total - 4)
        valid, _ = tlv_parser.verify_tlv_integrity(header, data[offset:], footer)
        if not valid:
            raise VerificationError(f"esp_secure_cert entry at {offset:#x} fails its CRC")
        start = offset + header_size
        entry = TlvEntry(
            header["type"],
            header["subtype"],
            header["flags"],
            bytes(data[start : start + header["length"]]),
            offset,
        )
        if entry.type == INTEGRITY and entry.data != hashlib.sha256(data[:offset]).digest():
            raise VerificationError(
                f"esp_secure_cert integrity entry at {offset:#x} does not match the "
                "entries before it"
            )
        entries.append(entry)
        offset += total
    if not entries:
        raise VerificationError("the esp_secure_cert partition holds no TLV entries")
    return entries
