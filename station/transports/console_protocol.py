"""The serial console protocol's grammar, shared by the station and the virtual board.

Everything here is pure: formatting and parsing of lines, value encodings and
limits. docs/console-protocol.md is the specification; the names below follow it.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from dataclasses import dataclass
from enum import StrEnum

PROTOCOL_VERSION = 1

# Limits (bytes, including the trailing newline where a line is meant).
DEFAULT_LINE_LIMIT = 1024  # request lines a board takes when HELLO does not say
MIN_LINE_LIMIT = 256
TPM_LINE_LIMIT = 8256  # a board with a TPM takes a 4 KiB command as hex
MAX_REPLY_LINE = 16384  # longest reply line the station accepts
DEFAULT_CHUNK = 256  # raw bytes per BLOB DATA when HELLO does not say
MAX_SEQ = 65535

# Reply deadlines relative to the profile's timeout_s; COMMIT writes flash, TPM may create keys.
COMMIT_TIMEOUT_FACTOR = 3.0
TPM_MIN_TIMEOUT_S = 30.0

EMPTY_TEXT = "-"  # the encoding of an empty string (base64 of nothing is no token at all)

INTEGER_RANGES: dict[str, tuple[int, int]] = {
    "u8": (0, 2**8 - 1),
    "i8": (-(2**7), 2**7 - 1),
    "u16": (0, 2**16 - 1),
    "i16": (-(2**15), 2**15 - 1),
    "u32": (0, 2**32 - 1),
    "i32": (-(2**31), 2**31 - 1),
    "u64": (0, 2**64 - 1),
    "i64": (-(2**63), 2**63 - 1),
}
BYTES_TYPES = ("string", "blob")
VALUE_TYPES = (*BYTES_TYPES, *INTEGER_RANGES)

_NAME_RE = re.compile(r"^[!-~]{1,15}$")
_SEQ = r"(0|[1-9][0-9]{0,4})"
_REPLY_RE = re.compile(_SEQ + r" (OK|ERR)(?: (.*))?$")
_REQUEST_RE = re.compile(_SEQ + r" ([A-Z]+)(?: (.*))?$")
_CODE_RE = re.compile(r"^[A-Z][A-Z_]*$")


class ErrorCode(StrEnum):
    """The codes of ``ERR`` replies (see the table in the specification)."""

    BAD_REQUEST = "BAD_REQUEST"
    UNKNOWN_VERB = "UNKNOWN_VERB"
    TOO_LONG = "TOO_LONG"
    BAD_NAME = "BAD_NAME"
    BAD_TYPE = "BAD_TYPE"
    BAD_VALUE = "BAD_VALUE"
    RANGE = "RANGE"
    NO_KEY = "NO_KEY"
    STATE = "STATE"
    OFFSET = "OFFSET"
    LENGTH = "LENGTH"
    CRC = "CRC"
    STORAGE = "STORAGE"
    REJECTED = "REJECTED"
    VERSION = "VERSION"
    NO_TPM = "NO_TPM"
    TPM = "TPM"


@dataclass(frozen=True)
class Request:
    seq: int
    verb: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class Reply:
    """One reply line. ``fields`` holds the data tokens of an OK reply."""

    seq: int
    ok: bool
    fields: tuple[str, ...] = ()
    code: str = ""
    message: str = ""


def is_valid_name(name: str) -> bool:
    """True for a namespace or key the protocol can carry: 1-15 printable, no spaces."""
    return bool(_NAME_RE.match(name))


def crc32_hex(data: bytes) -> str:
    """CRC-32 (the zlib / IEEE 802.3 one) as eight lowercase hex digits."""
    return f"{zlib.crc32(data) & 0xFFFFFFFF:08x}"


def encode_bytes(data: bytes) -> str:
    """Standard padded base64, or ``-`` for no bytes at all."""
    return base64.b64encode(data).decode("ascii") if data else EMPTY_TEXT


def decode_bytes(token: str) -> bytes:
    """The inverse of ``encode_bytes``. Raises ValueError on anything else."""
    if token == EMPTY_TEXT:
        return b""
    try:
        return base64.b64decode(token.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError(f"not base64: {exc}") from None


def check_integer(kind: str, value: int) -> None:
    """Raise ValueError unless ``value`` fits the integer type ``kind``."""
    low, high = INTEGER_RANGES[kind]
    if not low <= value <= high:
        raise ValueError(f"{value} does not fit {kind} ({low}..{high})")


def format_line(seq: int, *tokens: str) -> bytes:
    """One protocol line: tokens joined by single spaces, ending in a newline."""
    return (" ".join((str(seq), *tokens)) + "\n").encode("ascii")


def format_ok(seq: int, *fields: str) -> bytes:
    return format_line(seq, "OK", *fields)


def format_err(seq: int, code: ErrorCode | str, message: str) -> bytes:
    printable = "".join(c if " " <= c <= "~" else "?" for c in message)
    return format_line(seq, "ERR", str(code), printable)


def parse_reply(line: str) -> Reply | None:
    """A reply, or None for a line that is not one (banner, log output, echo, noise)."""
    match = _REPLY_RE.match(line)
    if match is None:
        return None
    seq, status, rest = int(match[1]), match[2], match[3] or ""
    if status == "OK":
        return Reply(seq, True, tuple(rest.split(" ")) if rest else ())
    code, _, message = rest.partition(" ")
    if not _CODE_RE.match(code):
        return None
    return Reply(seq, False, code=code, message=message)


def parse_request(line: str) -> Request | None:
    """A request, or None for a line that does not follow the request grammar."""
    match = _REQUEST_RE.match(line)
    if match is None:
        return None
    rest = match[3]
    return Request(int(match[1]), match[2], tuple(rest.split(" ")) if rest else ())


def parse_fields(fields: tuple[str, ...]) -> dict[str, str]:
    """``key=value`` tokens as a dict; tokens without ``=`` are ignored."""
    pairs = (field.partition("=") for field in fields)
    return {key: value for key, sep, value in pairs if sep}


def printable_excerpt(data: bytes, limit: int = 80) -> str:
    """What came over the wire, safe to show a person: escaped and cut to ``limit``."""
    text = "".join(
        chr(b) if 0x20 <= b <= 0x7E else ("\\n" if b == 0x0A else f"\\x{b:02x}") for b in data
    )
    return text if len(text) <= limit else text[: limit - 3] + "..."
