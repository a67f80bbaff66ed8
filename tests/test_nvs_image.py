"""NVS partition images: what build_nvs_image writes, parse_nvs_image reads back."""

from __future__ import annotations

import datetime
import struct
import zlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from station.core.errors import ConfigError, VerificationError
from station.core.models import BoardPayload, PayloadItem
from station.transports.nvs_image import (
    INTEGER_KINDS,
    PAGE_SIZE,
    STRING_MAX,
    build_nvs_image,
    parse_nvs_image,
    payload_values,
)


def _certificate(subject: str, issuer: str, key: rsa.RSAPrivateKey,
                 issuer_key: rsa.RSAPrivateKey) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(issuer_key, hashes.SHA256())
    )


@pytest.fixture(scope="module")
def pem_chain() -> str:
    """A real three-certificate RSA chain, a little over 3 KB of PEM."""
    keys = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(3)]
    root = _certificate("Test Root", "Test Root", keys[0], keys[0])
    inter = _certificate("Test Intermediate", "Test Root", keys[1], keys[0])
    leaf = _certificate("device-0001", "Test Intermediate", keys[2], keys[1])
    return "".join(c.public_bytes(serialization.Encoding.PEM).decode() for c in (leaf, inter, root))


def _payload(*items: PayloadItem, namespace: str = "dps") -> BoardPayload:
    return BoardPayload(namespace=namespace, items=items)


def test_every_type_round_trips():
    items = [PayloadItem("scope_id", "string", "0ne0012ABCD"), PayloadItem("empty", "string", "")]
    for kind, (_, _, low, high) in INTEGER_KINDS.items():
        items.append(PayloadItem(f"{kind}_min", kind, low))
        items.append(PayloadItem(f"{kind}_max", kind, high))
    items.append(PayloadItem("raw", "blob", bytes(range(256))))
    items.append(PayloadItem("empty_blob", "blob", b""))
    payload = _payload(*items)

    image = build_nvs_image(payload, 0x6000)

    assert len(image) == 0x6000
    assert parse_nvs_image(image) == {
        "dps": {
            "scope_id": "0ne0012ABCD",
            "empty": "",
            "u8_min": 0,
            "u8_max": 255,
            "i8_min": -128,
            "i8_max": 127,
            "u16_min": 0,
            "u16_max": 65535,
            "i16_min": -32768,
            "i16_max": 32767,
            "u32_min": 0,
            "u32_max": 4294967295,
            "i32_min": -2147483648,
            "i32_max": 2147483647,
            "u64_min": 0,
            "u64_max": 18446744073709551615,
            "i64_min": -9223372036854775808,
            "i64_max": 9223372036854775807,
            "raw": bytes(range(256)),
            "empty_blob": b"",
        }
    }


def test_payload_values_are_what_a_board_reads_back():
    payload = _payload(
        PayloadItem("port", "u16", "8883"),
        PayloadItem("pem", "blob", "-----BEGIN-----"),
        PayloadItem("name", "string", "dev-1"),
    )
    assert payload_values(payload) == {"port": 8883, "pem": b"-----BEGIN-----", "name": "dev-1"}


def test_a_3kb_pem_chain_is_stored_as_a_blob(pem_chain: str):
    assert len(pem_chain) > 3000
    payload = _payload(
        PayloadItem("device_id", "string", "device-0001"),
        PayloadItem("chain_pem", "blob", pem_chain),
    )

    held = parse_nvs_image(build_nvs_image(payload, 0x6000))

    assert held["dps"]["chain_pem"] == pem_chain.encode()
    assert held["dps"]["device_id"] == "device-0001"


def test_a_pem_blob_keeps_its_terminating_nul_across_pages(pem_chain: str):
    """The NUL that mbedTLS needs is the blob's last byte, also when the blob spans pages."""
    blob = (pem_chain * 2).encode() + b"\0"
    assert len(blob) > PAGE_SIZE
    payload = _payload(PayloadItem("cert_pem", "blob", blob))

    held = parse_nvs_image(build_nvs_image(payload, 0x6000))["dps"]["cert_pem"]

    assert held == blob == payload_values(payload)["cert_pem"]
    assert isinstance(held, bytes) and held.count(b"\0") == 1 and held.endswith(b"\0")
    assert x509.load_pem_x509_certificates(held[:-1])[0].subject.rfc4514_string() == (
        "CN=device-0001"
    )


def test_a_blob_larger_than_a_page_spans_pages():
    big = bytes(i % 251 for i in range(9000))
    held = parse_nvs_image(build_nvs_image(_payload(PayloadItem("big", "blob", big)), 0x6000))
    assert held["dps"]["big"] == big


def test_text_integers_are_read_as_numbers():
    payload = _payload(PayloadItem("port", "u16", "8883"), PayloadItem("flags", "u8", "0x1f"))
    assert parse_nvs_image(build_nvs_image(payload, 0x3000))["dps"] == {"port": 8883, "flags": 31}


def test_the_image_is_an_nvs_partition():
    image = build_nvs_image(_payload(PayloadItem("a", "u8", 1)), 0x5000)
    state, seq, version = struct.unpack_from("<IIB", image, 0)
    assert (state, seq, version) == (0xFFFFFFFE, 0, 0xFE)  # active, first, format version 2
    # The last page is left empty for NVS's own use.
    assert image[-PAGE_SIZE:] == b"\xff" * PAGE_SIZE


def test_the_same_payload_gives_the_same_image():
    payload = _payload(PayloadItem("device_id", "string", "dev-1"))
    assert build_nvs_image(payload, 0x6000) == build_nvs_image(payload, 0x6000)


def test_longest_string_fits_and_one_more_byte_does_not():
    longest = "x" * STRING_MAX
    held = parse_nvs_image(build_nvs_image(_payload(PayloadItem("s", "string", longest)), 0x6000))
    assert held["dps"]["s"] == longest
    with pytest.raises(ConfigError, match=r"'s' is 3968 bytes.*at most 3967") as caught:
        build_nvs_image(_payload(PayloadItem("s", "string", longest + "x")), 0x6000)
    assert "blob" in caught.value.hint


def test_a_string_over_4000_bytes_is_refused(pem_chain: str):
    with pytest.raises(ConfigError, match="chain_pem"):
        build_nvs_image(_payload(PayloadItem("chain_pem", "string", pem_chain * 2)), 0x6000)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (PayloadItem("a_key_of_16_char", "string", "x"), "16 characters long; NVS allows 15"),
        (PayloadItem("", "string", "x"), "key is empty"),
        (PayloadItem("n", "u8", 256), "256 is outside the u8 range 0..255"),
        (PayloadItem("n", "i8", -129), "outside the i8 range"),
        (PayloadItem("n", "u32", -1), "outside the u32 range"),
        (PayloadItem("n", "u64", 2**64), "outside the u64 range"),
        (PayloadItem("n", "u16", "many"), "needs a whole number"),
        (PayloadItem("n", "float", 1), "unknown type 'float'"),
        (PayloadItem("s", "string", b"bytes"), "is a string but its value is bytes"),
        (PayloadItem("s", "string", "a\0b"), "NUL"),
    ],
)
def test_bad_items_are_refused_with_the_key_named(item: PayloadItem, message: str):
    with pytest.raises(ConfigError, match=message):
        build_nvs_image(_payload(item), 0x6000)


def test_bad_namespace_and_repeated_keys_are_refused():
    with pytest.raises(ConfigError, match="namespace 'a_namespace_too_long'"):
        build_nvs_image(_payload(PayloadItem("k", "u8", 1), namespace="a_namespace_too_long"),
                        0x6000)
    with pytest.raises(ConfigError, match="'k' appears twice"):
        build_nvs_image(_payload(PayloadItem("k", "u8", 1), PayloadItem("k", "u8", 2)), 0x6000)


@pytest.mark.parametrize(
    ("size", "message"),
    [(0x6001, "not a multiple of 4096"), (0x2000, "too small"), (0, "too small")],
)
def test_bad_partition_sizes_are_refused(size: int, message: str):
    with pytest.raises(ConfigError, match=message):
        build_nvs_image(_payload(PayloadItem("k", "u8", 1)), size)


def test_a_payload_too_big_for_the_partition_is_refused():
    payload = _payload(PayloadItem("big", "blob", b"\x00" * 12000))
    with pytest.raises(ConfigError, match="does not fit in an NVS partition of 0x3000"):
        build_nvs_image(payload, 0x3000)


def test_a_damaged_entry_is_reported_with_its_offset():
    image = bytearray(build_nvs_image(_payload(PayloadItem("device_id", "string", "d-1")), 0x3000))
    image[64 + 32 + 8] ^= 0x01  # a key byte of the first item (after the namespace entry)
    with pytest.raises(VerificationError, match="NVS entry at 0x60 fails its CRC"):
        parse_nvs_image(bytes(image))


def test_damaged_string_data_is_reported():
    image = bytearray(build_nvs_image(_payload(PayloadItem("device_id", "string", "d-1")), 0x3000))
    image[64 + 64] ^= 0x01  # the first byte of the string, in the entry after its header
    with pytest.raises(VerificationError, match="data of 'device_id'"):
        parse_nvs_image(bytes(image))


def test_a_blank_flash_region_holds_nothing():
    assert parse_nvs_image(b"\xff" * 0x6000) == {}


def test_parse_refuses_a_partial_page():
    with pytest.raises(VerificationError, match="whole 4096-byte pages"):
        parse_nvs_image(b"\xff" * 100)


# -- images changed by hand, as a board's own NVS library leaves them ---------------------

ENTRY_ERASED = 0b00


def _set_entry_state(image: bytearray, page: int, index: int, state: int) -> None:
    """Set the 2-bit state of entry ``index`` in the page's entry state bitmap."""
    where = page + 32 + index // 4
    shift = (index % 4) * 2
    image[where] = (image[where] & ~(0b11 << shift)) | (state << shift)


def _header_crc(page: bytes) -> int:
    # NVS's crc32_le(0xffffffff, ...) over the header's bytes 4..28.
    return zlib.crc32(page[4:28], 0xFFFFFFFF) & 0xFFFFFFFF


def _restamped(page: bytes, *, state: int, sequence: int) -> bytes:
    """The page with a new state and sequence number and a header CRC to match."""
    header = bytearray(page[:32])
    struct.pack_into("<II", header, 0, state, sequence)
    struct.pack_into("<I", header, 28, _header_crc(bytes(header)))
    return bytes(header) + page[32:]


def test_the_entry_layout_these_tests_patch():
    image = build_nvs_image(
        _payload(PayloadItem("a", "u8", 1), PayloadItem("name", "string", "hello"),
                 PayloadItem("b", "u16", 7)),
        0x3000,
    )
    # The namespace name, then a (1 entry), name (header and one data entry), b.
    keys = [image[64 + 32 * i + 8 : 64 + 32 * i + 24].rstrip(b"\0") for i in (0, 1, 2, 4)]
    assert keys == [b"dps", b"a", b"name", b"b"]
    assert image[64 + 3 * 32 : 64 + 3 * 32 + 6] == b"hello\0"
    assert image[32] == 0b10_10_10_10  # entries 0-3 written
    assert image[33] & 0b11 == 0b10  # entry 4 written
    assert struct.unpack_from("<I", image, 28)[0] == _header_crc(image[:PAGE_SIZE])


def test_erased_entries_are_not_returned():
    image = bytearray(build_nvs_image(
        _payload(PayloadItem("a", "u8", 1), PayloadItem("name", "string", "hello"),
                 PayloadItem("b", "u16", 7)),
        0x3000,
    ))
    _set_entry_state(image, 0, 1, ENTRY_ERASED)  # a
    _set_entry_state(image, 0, 2, ENTRY_ERASED)  # name's header entry...
    _set_entry_state(image, 0, 3, ENTRY_ERASED)  # ...and its data entry
    assert parse_nvs_image(bytes(image)) == {"dps": {"b": 7}}


def test_an_erased_entry_never_overrides_a_written_one_of_the_same_key():
    # Two entries of key a on one page, the later one erased: the written one counts.
    image = bytearray(build_nvs_image(
        _payload(PayloadItem("a", "u8", 1), PayloadItem("b", "u8", 2)), 0x3000,
    ))
    entry_b = 64 + 2 * 32
    image[entry_b + 8 : entry_b + 24] = b"a".ljust(16, b"\0")
    struct.pack_into(
        "<I", image, entry_b + 4,
        zlib.crc32(bytes(image[entry_b : entry_b + 4] + image[entry_b + 8 : entry_b + 32]),
                   0xFFFFFFFF) & 0xFFFFFFFF,
    )
    assert parse_nvs_image(bytes(image)) == {"dps": {"a": 2}}  # the patch itself is sound
    _set_entry_state(image, 0, 2, ENTRY_ERASED)
    assert parse_nvs_image(bytes(image)) == {"dps": {"a": 1}}


@pytest.mark.parametrize("byte", [4, 8, 27])  # sequence number, version, last reserved byte
def test_a_damaged_page_header_is_reported_with_its_offset(byte: int):
    big = bytes(i % 251 for i in range(9000))
    image = bytearray(build_nvs_image(_payload(PayloadItem("big", "blob", big)), 0x6000))
    second = PAGE_SIZE
    assert struct.unpack_from("<I", image, second)[0] != 0xFFFFFFFF  # a page in use
    image[second + byte] ^= 0x01
    with pytest.raises(VerificationError, match="NVS page header at 0x1000 fails its CRC"):
        parse_nvs_image(bytes(image))


def test_pages_count_in_sequence_order_not_in_flash_order():
    older = build_nvs_image(
        _payload(PayloadItem("k", "u8", 1), PayloadItem("other", "string", "x")), 0x3000
    )[:PAGE_SIZE]
    newer = build_nvs_image(_payload(PayloadItem("k", "u8", 2)), 0x3000)[:PAGE_SIZE]
    full, active = 0xFFFFFFFC, 0xFFFFFFFE
    blank = b"\xff" * PAGE_SIZE

    first = _restamped(older, state=full, sequence=0)
    second = _restamped(newer, state=active, sequence=1)
    expected = {"dps": {"k": 2, "other": "x"}}
    assert parse_nvs_image(first + second + blank) == expected
    assert parse_nvs_image(second + first + blank) == expected  # pages out of flash order

    # The sequence numbers decide: with them the other way round, the old value wins.
    swapped_old = _restamped(older, state=active, sequence=1)
    swapped_new = _restamped(newer, state=full, sequence=0)
    assert parse_nvs_image(swapped_new + swapped_old + blank) == {"dps": {"k": 1, "other": "x"}}
