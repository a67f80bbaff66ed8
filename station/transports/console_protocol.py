"""The serial console protocol's grammar, shared by the station and the virtual board.

Everything here is pure: formatting and parsing of lines, value encodings,
versions and limits. docs/console-protocol.md is the specification; the names
below follow it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import zlib
from dataclasses import dataclass
from enum import StrEnum

# The versions the station speaks, newest first; it asks for them in this order.
PROTOCOL_VERSIONS = (2, 1)
PROTOCOL_VERSION = PROTOCOL_VERSIONS[0]


@dataclass(frozen=True)
class Dialect:
    """What one protocol version offers, as far as the station's behaviour depends on it."""

    version: int
    # BEGIN opens a transaction, COMMIT replaces the namespace's stored set with it,
    # SET replies with a summary, GET and READ answer from storage only, LIST exists.
    transactions: bool
    # HELLO must announce line, chunk, value and keys.
    announces_limits: bool
    # The board answers a line it cannot read with that line's SEQ when it has one.
    seq_in_line_errors: bool


DIALECTS: dict[int, Dialect] = {
    1: Dialect(1, transactions=False, announces_limits=False, seq_in_line_errors=False),
    2: Dialect(2, transactions=True, announces_limits=True, seq_in_line_errors=True),
}

# Limits (bytes, including the trailing newline where a line is meant).
DEFAULT_LINE_LIMIT = 1024  # request lines a version 1 board takes when HELLO does not say
MIN_LINE_LIMIT = 256
TPM_LINE_LIMIT = 8256  # a board with a TPM takes a 4 KiB command as hex
MAX_REPLY_LINE = 16384  # longest reply line the station accepts
DEFAULT_CHUNK = 256  # raw bytes per BLOB DATA when a version 1 HELLO does not say
MAX_KEYS_LIMIT = 256  # most keys a board may announce, so that a LIST reply fits one line
MAX_SEQ = 65535

# Reply deadlines relative to the profile's timeout_s; COMMIT writes flash, TPM may create keys.
COMMIT_TIMEOUT_FACTOR = 3.0
TPM_MIN_TIMEOUT_S = 30.0
# A microcontroller may take seconds to make an RSA key pair or to sign with it.
KEY_MIN_TIMEOUT_S = 30.0
HELLO_RESEND_S = 0.5  # a board still booting may miss a HELLO, so it is repeated this often
# Boot output restarts HELLO's window, but the station waits no longer than this in all.
BOOT_LIMIT_S = 30.0

EMPTY_TEXT = "-"  # the encoding of an empty string (base64 of nothing is no token at all)

# The HELLO field in which a board lists the key pairs its KEY verb makes (version 2).
KEYGEN_FIELD = "keygen"
# Longest certificate request the station reads; one for an RSA 2048 key is about 650 bytes.
MAX_CERTIFICATE_REQUEST = 8192

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

NAME_MAX = 15  # characters in a namespace or key
_NAME_RE = re.compile(rf"^[!-~]{{1,{NAME_MAX}}}$")
_SEQ = r"(0|[1-9][0-9]{0,4})"
_REPLY_RE = re.compile(_SEQ + r" (OK|ERR)(?: (.*))?$")
_REQUEST_RE = re.compile(_SEQ + r" ([A-Z]+)(?: (.*))?$")
_LEADING_SEQ_RE = re.compile(rb"^([1-9][0-9]{0,4}) ")
_CODE_RE = re.compile(r"^[A-Z][A-Z_]*$")
# A prompt printed without a line feed: no spaces, ending in > # $ or %, one space after.
_PROMPT_RE = re.compile(r"^(?:[!-~]{0,31}[>#$%] ?)+")
_ANSI_RE = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]")


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
    TOO_MANY = "TOO_MANY"  # version 2: more keys than the board takes in one namespace


class Blame(StrEnum):
    """Whom an error code points at, so the station's report sends a person the right way."""

    LINK = "link"  # the request or its data arrived damaged: cable, baud rate, noise
    PROFILE = "profile"  # the profile asks for something this board cannot take
    BOARD = "board"  # the board refuses or fails: locked, storage full or failing, no TPM
    FIRMWARE = "firmware"  # the factory firmware does not follow the protocol it announced


BLAME: dict[str, Blame] = {
    ErrorCode.BAD_REQUEST: Blame.LINK,
    ErrorCode.UNKNOWN_VERB: Blame.FIRMWARE,
    ErrorCode.TOO_LONG: Blame.PROFILE,
    ErrorCode.BAD_NAME: Blame.PROFILE,
    ErrorCode.BAD_TYPE: Blame.PROFILE,
    ErrorCode.BAD_VALUE: Blame.LINK,
    ErrorCode.RANGE: Blame.PROFILE,
    ErrorCode.NO_KEY: Blame.BOARD,
    ErrorCode.STATE: Blame.FIRMWARE,
    ErrorCode.OFFSET: Blame.LINK,
    ErrorCode.LENGTH: Blame.LINK,
    ErrorCode.CRC: Blame.LINK,
    ErrorCode.STORAGE: Blame.BOARD,
    ErrorCode.REJECTED: Blame.BOARD,
    ErrorCode.VERSION: Blame.FIRMWARE,
    ErrorCode.NO_TPM: Blame.PROFILE,
    ErrorCode.TPM: Blame.BOARD,
    ErrorCode.TOO_MANY: Blame.PROFILE,
}


def is_standard_code(code: str, version: int) -> bool:
    """True for a code the protocol defines in ``version``; any other is the board's own."""
    return code in BLAME and (code != ErrorCode.TOO_MANY or version >= 2)


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


def public_key_id(spki_der: bytes) -> str:
    """How ``KEY INFO`` names a public key: SHA-256 of its DER SubjectPublicKeyInfo, hex."""
    return hashlib.sha256(spki_der).hexdigest()


def value_summary(kind: str, value: bytes | int) -> tuple[str, ...]:
    """How GET (and, in version 2, SET) describe a value: type and integer, or length and CRC."""
    if isinstance(value, int):
        return (kind, str(value))
    return (kind, str(len(value)), crc32_hex(value))


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


def reply_in_line(raw: bytes) -> Reply | None:
    """The reply a received line carries, or None when it carries none.

    Before the grammar is applied, the line loses its trailing CR, everything up
    to a CR inside it (a terminal would overwrite that), ANSI escape sequences,
    and prompts printed without a line feed in front of the reply.
    """
    line = _ANSI_RE.sub(b"", raw.rstrip(b"\r")).rpartition(b"\r")[2]
    if not line or any(not 0x20 <= b <= 0x7E for b in line):
        return None
    text = line.decode("ascii")
    reply = parse_reply(text)
    if reply is None:
        unprompted = _PROMPT_RE.sub("", text, count=1)
        if unprompted != text:
            reply = parse_reply(unprompted)
    return reply


def leading_seq(raw: bytes) -> int:
    """The SEQ a line starts with, or 0 (what a board answers a line it cannot read with)."""
    match = _LEADING_SEQ_RE.match(raw)
    return int(match[1]) if match and int(match[1]) <= MAX_SEQ else 0


def is_text(raw: bytes) -> bool:
    """True for a line of printable ASCII (tabs and CRs allowed): output, not line noise."""
    return bool(raw.strip()) and all(0x20 <= b <= 0x7E or b in (0x09, 0x0D) for b in raw)


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
