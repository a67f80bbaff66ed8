"""Build an ESP-IDF NVS partition image from a board payload, and read one back.

Building uses esp-idf-nvs-partition-gen's in-memory API (never its command line,
which exits the process and writes into its own package folder). Reading is
written here from the NVS format so that what a board holds can be checked
without trusting the tool that wrote it:

- a partition is a run of 4096-byte pages; each page has a 32-byte header
  (state, sequence number, version, CRC32), a 32-byte entry state bitmap
  (2 bits per entry: ``11`` empty, ``10`` written, ``00`` erased) and 126
  entries of 32 bytes;
- an entry is namespace index, type, span, chunk index, CRC32, a 16-byte key
  and 8 bytes of data; strings and blob chunks carry their size and data CRC
  in those 8 bytes and their bytes in the ``span - 1`` entries that follow;
- namespace 0 holds the namespace names, each a ``u8`` entry whose value is
  the index the namespace's entries carry;
- a multi-page blob is ``blob_data`` chunks (numbered from ``chunk_start``)
  and one ``blob_index`` entry giving the total size and chunk count.

ESP-IDF's NVS encryption (the flash-encryption based scheme) is supported too:
``build_nvs_image`` takes the 64-byte XTS-AES key pair (encryption key, then tweak
key) and has the generator encrypt every entry; ``nvs_keys_partition`` lays the pair
out as the firmware's ``nvs_keys`` partition holds it (the keys, their CRC32, 0xff to
4 KB); ``decrypt_nvs_image`` undoes the encryption with the generator's own
``decrypt_data`` so that ``parse_nvs_image`` can read the result.

All functions are pure and run on whichever thread calls them.
"""

from __future__ import annotations

import io
import secrets
import struct
import zlib
from dataclasses import dataclass

from esp_idf_nvs_partition_gen import nvs_partition_gen as nvs_gen

from station.core.errors import ConfigError, VerificationError
from station.core.models import BoardPayload, PayloadItem

PAGE_SIZE = 4096
ENTRY_SIZE = 32
ENTRIES_PER_PAGE = 126
FIRST_ENTRY_OFFSET = 64
MIN_PARTITION_SIZE = 3 * PAGE_SIZE  # two usable pages and the one NVS keeps free
KEY_MAX = 15  # the key field is 16 bytes, NUL-terminated
# A string and its NUL must fit on one page. NVS itself takes 4000 bytes, but the
# generator places a string only where it ends before a page's last entry.
STRING_MAX = (ENTRIES_PER_PAGE - 2) * ENTRY_SIZE - 1

PAGE_STATE_EMPTY = 0xFFFFFFFF
PAGE_STATE_ACTIVE = 0xFFFFFFFE
PAGE_STATE_FULL = 0xFFFFFFFC
PAGE_STATE_FREEING = 0xFFFFFFF8

ENTRY_EMPTY = 0b11
ENTRY_WRITTEN = 0b10

TYPE_STRING = 0x21
TYPE_BLOB_V1 = 0x41
TYPE_BLOB_DATA = 0x42
TYPE_BLOB_INDEX = 0x48
CHUNK_ANY = 0xFF

# Item type code, struct format and inclusive range of each integer kind.
INTEGER_KINDS: dict[str, tuple[int, str, int, int]] = {
    "u8": (0x01, "<B", 0, 2**8 - 1),
    "i8": (0x11, "<b", -(2**7), 2**7 - 1),
    "u16": (0x02, "<H", 0, 2**16 - 1),
    "i16": (0x12, "<h", -(2**15), 2**15 - 1),
    "u32": (0x04, "<I", 0, 2**32 - 1),
    "i32": (0x14, "<i", -(2**31), 2**31 - 1),
    "u64": (0x08, "<Q", 0, 2**64 - 1),
    "i64": (0x18, "<q", -(2**63), 2**63 - 1),
}
_INTEGER_BY_CODE = {code: fmt for code, fmt, _, _ in INTEGER_KINDS.values()}

NvsValue = str | bytes | int

# ESP-IDF's nvs_sec_cfg_t: a 32-byte XTS encryption key, then a 32-byte tweak key,
# followed in the nvs_keys partition by their CRC32; the partition is one 4 KB sector.
NVS_KEYS_LENGTH = 64
NVS_KEYS_PARTITION_SIZE = 4096

_STORAGE_HINT = "fix the storage section of the firmware profile"


def _nvs_crc(data: bytes) -> int:
    # ESP-IDF's crc32_le(0xffffffff, ...) is zlib's CRC32 seeded with 0xffffffff.
    return zlib.crc32(data, 0xFFFFFFFF) & 0xFFFFFFFF


# --------------------------------------------------------------------------- building


def build_nvs_image(payload: BoardPayload, size: int, key: bytes | None = None) -> bytes:
    """Return an NVS partition image of exactly ``size`` bytes holding ``payload``.

    All items go into ``payload.namespace``. With ``key`` (``NVS_KEYS_LENGTH`` bytes,
    see ``new_nvs_keys``) every entry is encrypted as ESP-IDF's NVS encryption
    expects; page headers and entry bitmaps stay plain. Raises ConfigError (never exits)
    when the size is not a whole number of 4 KB pages or below three pages, a
    key or namespace is empty or longer than 15 characters, a key repeats, a
    string is longer than NVS allows, an integer is out of its type's range,
    or the items do not fit.
    """
    _check_size(size)
    _check_name("namespace", payload.namespace)
    prepared = [_prepare_item(item) for item in payload.items]
    seen: set[str] = set()
    for item in payload.items:
        if item.key in seen:
            raise ConfigError(f"NVS key {item.key!r} appears twice", hint=_STORAGE_HINT)
        seen.add(item.key)

    if key is not None and len(key) != NVS_KEYS_LENGTH:
        raise ConfigError(f"an NVS encryption key is {NVS_KEYS_LENGTH} bytes, not {len(key)}")
    out = io.BytesIO()
    # The generator keeps the last page free for NVS's own garbage collection.
    nvs = nvs_gen.nvs_open(out, size - PAGE_SIZE, nvs_gen.Page.VERSION2,
                           is_encrypt=key is not None, key=key)
    try:
        nvs.write_namespace(payload.namespace)
        for name, value, encoding in prepared:
            # NVS.write_entry directly: the module-level wrapper adds Wi-Fi
            # entries of its own for some key names.
            nvs.write_entry(name, value, encoding)
        nvs_gen.nvs_close(nvs)
    except nvs_gen.InsufficientSizeError:
        raise ConfigError(
            f"the payload does not fit in an NVS partition of {size:#x} bytes",
            hint="make the profile's storage size larger or store fewer items",
        ) from None
    except nvs_gen.PageFullError:
        raise ConfigError(
            "a string in the payload is too long to fit on one NVS page",
            hint="store long text (PEM chains) as type 'blob'",
        ) from None
    except (nvs_gen.InputError, struct.error) as exc:
        raise ConfigError(f"NVS image could not be built: {exc}", hint=_STORAGE_HINT) from None

    image = out.getvalue()
    if len(image) != size:  # the generator's own bookkeeping; never expected
        raise ConfigError(f"NVS image came out {len(image)} bytes, expected {size}")
    return image


def new_nvs_keys() -> bytes:
    """A fresh NVS encryption key pair from the operating system's random source.

    (The generator's own ``generate_key`` draws from ``random``, which is not meant
    for keys, and writes them to a file.)
    """
    return secrets.token_bytes(NVS_KEYS_LENGTH)


def nvs_keys_partition(key: bytes) -> bytes:
    """The ``nvs_keys`` partition holding ``key``, as ``nvs_flash_read_security_cfg``
    reads it: the keys, their CRC32 (little-endian), then 0xff to 4 KB."""
    if len(key) != NVS_KEYS_LENGTH:
        raise ConfigError(f"an NVS encryption key is {NVS_KEYS_LENGTH} bytes, not {len(key)}")
    head = key + struct.pack("<I", _nvs_crc(key))
    return head + b"\xff" * (NVS_KEYS_PARTITION_SIZE - len(head))


def read_nvs_keys_partition(data: bytes) -> bytes:
    """The key pair an ``nvs_keys`` partition holds. Raises VerificationError when the
    partition is blank or its CRC does not match (the firmware would refuse it too)."""
    key = bytes(data[:NVS_KEYS_LENGTH])
    if len(data) < NVS_KEYS_LENGTH + 4 or key == b"\xff" * NVS_KEYS_LENGTH:
        raise VerificationError("the nvs_keys partition holds no keys")
    (crc,) = struct.unpack_from("<I", data, NVS_KEYS_LENGTH)
    if _nvs_crc(key) != crc:
        raise VerificationError("the nvs_keys partition fails its CRC")
    return key


def decrypt_nvs_image(data: bytes, key: bytes) -> bytes:
    """``data``, an NVS partition encrypted with ``key``, with its entries decrypted.

    Page headers and bitmaps are plain; every 32-byte entry that is not blank (0xff)
    is decrypted with the generator's ``decrypt_data``, its tweak the entry's place in
    the partition, as ESP-IDF computes it.
    """
    if len(key) != NVS_KEYS_LENGTH:
        raise VerificationError(f"an NVS encryption key is {NVS_KEYS_LENGTH} bytes, "
                                f"not {len(key)}")
    out = bytearray(data)
    blank = b"\xff" * ENTRY_SIZE
    first_entry = FIRST_ENTRY_OFFSET // ENTRY_SIZE
    for page in range(len(data) // PAGE_SIZE):
        for slot in range(first_entry, PAGE_SIZE // ENTRY_SIZE):
            at = page * PAGE_SIZE + slot * ENTRY_SIZE
            entry = bytes(data[at : at + ENTRY_SIZE])
            if entry != blank:
                out[at : at + ENTRY_SIZE] = nvs_gen.decrypt_data(
                    entry, key, page, slot - first_entry, ENTRY_SIZE
                )
    return bytes(out)


def _check_size(size: int) -> None:
    if size % PAGE_SIZE:
        raise ConfigError(
            f"NVS partition size {size:#x} is not a multiple of 4096 bytes",
            hint=_STORAGE_HINT,
        )
    if size < MIN_PARTITION_SIZE:
        raise ConfigError(
            f"NVS partition size {size:#x} is too small; it needs at least "
            f"{MIN_PARTITION_SIZE:#x} bytes (three 4 KB pages)",
            hint=_STORAGE_HINT,
        )


def _check_name(what: str, name: str) -> None:
    if not name:
        raise ConfigError(f"NVS {what} is empty", hint=_STORAGE_HINT)
    if not name.isascii() or not name.isprintable():
        raise ConfigError(
            f"NVS {what} {name!r} must be printable ASCII", hint=_STORAGE_HINT
        )
    if len(name) > KEY_MAX:
        raise ConfigError(
            f"NVS {what} {name!r} is {len(name)} characters long; NVS allows {KEY_MAX}",
            hint=_STORAGE_HINT,
        )


def _prepare_item(item: PayloadItem) -> tuple[str, str | bytes | int, str]:
    """Check one item and return (key, value, generator encoding)."""
    _check_name("key", item.key)
    if item.kind == "string":
        if not isinstance(item.value, str):
            raise ConfigError(
                f"NVS key {item.key!r} is a string but its value is "
                f"{type(item.value).__name__}",
                hint=_STORAGE_HINT,
            )
        if "\0" in item.value:
            raise ConfigError(
                f"NVS string {item.key!r} contains a NUL character", hint="store it as a blob"
            )
        length = len(item.value.encode("utf-8"))
        if length > STRING_MAX:
            raise ConfigError(
                f"NVS string {item.key!r} is {length} bytes; an NVS string must fit on one "
                f"page, at most {STRING_MAX} bytes",
                hint="store long text (PEM chains) as type 'blob'",
            )
        return item.key, item.value, "string"
    if item.kind == "blob":
        value = item.value
        if isinstance(value, str):
            value = value.encode("utf-8")
        if not isinstance(value, bytes):
            raise ConfigError(
                f"NVS blob {item.key!r} needs bytes or text, not {type(value).__name__}",
                hint=_STORAGE_HINT,
            )
        return item.key, value, "binary"
    if item.kind in INTEGER_KINDS:
        return item.key, _integer_value(item), item.kind
    raise ConfigError(
        f"NVS key {item.key!r} has unknown type {item.kind!r}; use string, blob or one of "
        f"{', '.join(INTEGER_KINDS)}",
        hint=_STORAGE_HINT,
    )


def _integer_value(item: PayloadItem) -> int:
    _, _, low, high = INTEGER_KINDS[item.kind]
    value = item.value
    if isinstance(value, str):
        try:
            value = int(value.strip(), 0)
        except ValueError:
            raise ConfigError(
                f"NVS key {item.key!r} ({item.kind}) needs a whole number, not {value!r}",
                hint=_STORAGE_HINT,
            ) from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(
            f"NVS key {item.key!r} ({item.kind}) needs a whole number, not "
            f"{type(value).__name__}",
            hint=_STORAGE_HINT,
        )
    if not low <= value <= high:
        raise ConfigError(
            f"NVS key {item.key!r}: {value} is outside the {item.kind} range {low}..{high}",
            hint=_STORAGE_HINT,
        )
    return value


def payload_values(payload: BoardPayload) -> dict[str, NvsValue]:
    """The values ``parse_nvs_image`` gives back for ``payload``'s items.

    Blobs given as text come back as their UTF-8 bytes, integers given as
    text as ``int``. Raises ConfigError like ``build_nvs_image``.
    """
    return {key: value for key, value, _ in (_prepare_item(item) for item in payload.items)}


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Entry:
    offset: int  # of the entry in the image, for error messages
    ns: int
    type: int
    span: int
    chunk: int
    key: str
    data: bytes  # the entry's own 8 data bytes
    payload: bytes  # the bytes of the following span - 1 entries


def parse_nvs_image(data: bytes) -> dict[str, dict[str, NvsValue]]:
    """Read an NVS partition image: ``{namespace: {key: value}}``.

    Strings come back as ``str``, blobs as ``bytes``, integers as ``int``.
    Only written entries count (erased ones are old values). Raises
    VerificationError naming the offset when a page header, entry or data
    CRC is wrong or an entry runs past its page.
    """
    if not data or len(data) % PAGE_SIZE:
        raise VerificationError(
            f"an NVS image is whole 4096-byte pages; got {len(data)} bytes"
        )
    pages: list[tuple[int, int]] = []  # (sequence number, page offset)
    for offset in range(0, len(data), PAGE_SIZE):
        state, seq = struct.unpack_from("<II", data, offset)
        if state in (PAGE_STATE_ACTIVE, PAGE_STATE_FULL, PAGE_STATE_FREEING):
            header_crc = struct.unpack_from("<I", data, offset + 28)[0]
            if _nvs_crc(data[offset + 4 : offset + 28]) != header_crc:
                raise VerificationError(f"NVS page header at {offset:#x} fails its CRC")
            pages.append((seq, offset))
    entries = [entry for _, offset in sorted(pages) for entry in _page_entries(data, offset)]

    names = {e.data[0]: e.key for e in entries if e.ns == 0 and e.type == 0x01}
    result: dict[str, dict[str, NvsValue]] = {name: {} for name in names.values()}
    chunks: dict[tuple[int, str, int], bytes] = {}
    for entry in entries:
        if entry.type == TYPE_BLOB_DATA:
            chunks[(entry.ns, entry.key, entry.chunk)] = _span_bytes(entry)
    for entry in entries:
        if entry.ns == 0 or entry.ns not in names:
            continue
        value = _entry_value(entry, chunks)
        if value is not None:
            result[names[entry.ns]][entry.key] = value
    return result


def _page_entries(data: bytes, page: int) -> list[_Entry]:
    bitmap = data[page + 32 : page + 64]
    entries: list[_Entry] = []
    index = 0
    while index < ENTRIES_PER_PAGE:
        state = (bitmap[index // 4] >> ((index % 4) * 2)) & 0b11
        if state != ENTRY_WRITTEN:
            index += 1
            continue
        offset = page + FIRST_ENTRY_OFFSET + index * ENTRY_SIZE
        raw = data[offset : offset + ENTRY_SIZE]
        ns, item_type, span, chunk, crc = struct.unpack_from("<BBBBI", raw)
        if _nvs_crc(raw[0:4] + raw[8:32]) != crc:
            raise VerificationError(f"NVS entry at {offset:#x} fails its CRC")
        if span < 1 or index + span > ENTRIES_PER_PAGE:
            raise VerificationError(f"NVS entry at {offset:#x} has an impossible span {span}")
        key = raw[8:24].split(b"\0", 1)[0].decode("ascii", errors="replace")
        end = offset + span * ENTRY_SIZE
        entries.append(
            _Entry(offset, ns, item_type, span, chunk, key, raw[24:32], data[offset + 32 : end])
        )
        index += span
    return entries


def _span_bytes(entry: _Entry) -> bytes:
    """The checked bytes of a string, v1 blob or blob chunk."""
    size, _, data_crc = struct.unpack_from("<HHI", entry.data)
    if size > len(entry.payload):
        raise VerificationError(
            f"NVS entry {entry.key!r} at {entry.offset:#x} claims {size} bytes "
            f"but spans only {len(entry.payload)}"
        )
    body = entry.payload[:size]
    if _nvs_crc(body) != data_crc:
        raise VerificationError(f"NVS data of {entry.key!r} at {entry.offset:#x} fails its CRC")
    return body


def _entry_value(entry: _Entry, chunks: dict[tuple[int, str, int], bytes]) -> NvsValue | None:
    if entry.type in _INTEGER_BY_CODE:
        fmt = _INTEGER_BY_CODE[entry.type]
        return int(struct.unpack_from(fmt, entry.data)[0])
    if entry.type == TYPE_STRING:
        body = _span_bytes(entry)
        return body.split(b"\0", 1)[0].decode("utf-8")
    if entry.type == TYPE_BLOB_V1:
        return _span_bytes(entry)
    if entry.type == TYPE_BLOB_INDEX:
        size, count, start = struct.unpack_from("<IBB", entry.data)
        parts = []
        for number in range(start, start + count):
            part = chunks.get((entry.ns, entry.key, number))
            if part is None:
                raise VerificationError(
                    f"NVS blob {entry.key!r} at {entry.offset:#x} lacks chunk {number}"
                )
            parts.append(part)
        blob = b"".join(parts)
        if len(blob) != size:
            raise VerificationError(
                f"NVS blob {entry.key!r} at {entry.offset:#x} is {len(blob)} bytes, "
                f"its index says {size}"
            )
        return blob
    return None  # blob chunks are read through their index; unknown types are skipped
