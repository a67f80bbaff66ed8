"""The serial console transport: boards whose factory firmware speaks the console protocol.

The protocol is specified in docs/console-protocol.md; its grammar lives in
``station.transports.console_protocol``. The station speaks version 2 to
boards that announce it and version 1 to the others. A ``ConsoleLink`` is
used by one worker thread at a time.
"""

from __future__ import annotations

import math
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import serial
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

from station.core.errors import (
    BoardMismatch,
    BoardNotResponding,
    Cancelled,
    ConfigError,
    TransportError,
    VerificationError,
)
from station.core.interfaces import LogFn, ProgressFn
from station.core.models import BoardInfo, BoardPayload, PayloadItem
from station.profiles.model import Profile
from station.transports.console_protocol import (
    BLAME,
    BOOT_LIMIT_S,
    COMMIT_TIMEOUT_FACTOR,
    DEFAULT_CHUNK,
    DEFAULT_LINE_LIMIT,
    DIALECTS,
    HELLO_RESEND_S,
    INTEGER_RANGES,
    KEY_MIN_TIMEOUT_S,
    KEYGEN_FIELD,
    MAX_CERTIFICATE_REQUEST,
    MAX_KEYS_LIMIT,
    MAX_REPLY_LINE,
    MAX_SEQ,
    MIN_LINE_LIMIT,
    PROTOCOL_VERSIONS,
    TPM_MIN_TIMEOUT_S,
    Blame,
    Dialect,
    ErrorCode,
    Reply,
    check_integer,
    crc32_hex,
    decode_bytes,
    encode_bytes,
    format_line,
    is_standard_code,
    is_text,
    is_valid_name,
    parse_fields,
    printable_excerpt,
    public_key_id,
    reply_in_line,
    value_summary,
)
from station.transports.ports import open_port

StopFn = Callable[[], bool]
Reopen = Callable[[], serial.SerialBase]

POLL_INTERVAL_S = 0.05  # how often a wait looks at the cancel flag
GARBAGE_LIMIT = 512  # bytes of non-text noise after which waiting is pointless
_NOISE_KEPT = 10  # lines of other output kept to show when no reply comes
_LINE_OVERHEAD = 48  # "<seq> BLOB DATA <offset> " and the newline, with room to spare
_HEX_PAIRS = re.compile(r"^[0-9a-fA-F]{12}$")
_HELLO_REQUIRED = ("proto", "board", "serial", "mac", "fw")
_LIMITS_REQUIRED = ("line", "chunk", "value", "keys")  # from version 2 on

_HINT_FIRMWARE = "check that the board runs its factory firmware and the cable is in"
_HINT_GARBLED = "check the baud rate in the profile and that the board runs its factory firmware"
_HINT_GONE = "check the cable and the board's power, then provision the board again"
_HINT_PROTOCOL = (
    "the board's factory firmware does not follow the console protocol it announces; "
    "ask an engineer to update it"
)
_HINT_OWN_CODE = (
    "the code is the board's own, not the console protocol's: look it up in the board's "
    "firmware documentation, or set the board aside for an engineer"
)
_HINT_UNSETTLED = (
    "the board may hold this unit's credentials or its earlier ones: keep it apart and "
    "provision it again to settle which"
)
_HINT_KEY_NOT_CURRENT = (
    "the factory firmware's COMMIT did not make the new key current; set the board aside "
    "and ask an engineer to update the firmware"
)
_HINT_PROTOCOL_1 = (
    "update the board's factory firmware to console protocol 2 (its COMMIT replaces what "
    "the namespace holds), or erase the board's provisioning storage, then provision it again"
)
_HINTS_BY_BLAME: dict[Blame, str] = {
    Blame.LINK: "the request arrived damaged; check the cable and the baud rate, then try again",
    Blame.PROFILE: "the board cannot take what the profile asks for; check the profile "
    "against the board's factory firmware",
    Blame.BOARD: "the board refused or failed; set it aside for an engineer",
    Blame.FIRMWARE: _HINT_PROTOCOL,
}
_HINTS_BY_CODE: dict[str, str] = {
    ErrorCode.REJECTED: "the board refuses to change this key; set the board aside for an engineer",
    ErrorCode.STORAGE: "the board could not store the value (full or failing); set it aside",
    ErrorCode.CRC: "the data arrived damaged; check the cable and try again",
    ErrorCode.LENGTH: "the data arrived incomplete; check the cable and try again",
    ErrorCode.OFFSET: "the data arrived out of order; check the cable and try again",
    ErrorCode.TOO_LONG: "the value or line is longer than the board takes; check the profile, "
    "and that the firmware announces its real limits in HELLO",
    ErrorCode.RANGE: "the value does not fit the board's type for it; check the profile",
}


def normalise_mac(text: str) -> str:
    """Twelve lowercase hex digits from ``aa:bb:..``, ``AA-BB-..`` or plain hex; else ''."""
    digits = re.sub(r"[:.\-]", "", text.strip())
    return digits.lower() if _HEX_PAIRS.match(digits) else ""


@dataclass(frozen=True)
class ConsoleHello:
    """What a board says in its HELLO reply; the limits are None where it says none."""

    protocol: int
    board_type: str
    serial: str
    mac: str
    firmware: str
    chunk: int = DEFAULT_CHUNK
    line_limit: int = DEFAULT_LINE_LIMIT
    tpm: bool = False
    chip: str = ""
    value_limit: int | None = None
    key_limit: int | None = None
    stage_limit: int | None = None
    # The key pairs the board's KEY verb makes (version 2); empty: it makes none.
    key_algorithms: tuple[str, ...] = ()

    @property
    def dialect(self) -> Dialect:
        return DIALECTS[self.protocol]


def _item_size(kind: str, data: bytes | int) -> int:
    """Bytes an item counts for in progress reports."""
    if isinstance(data, bytes):
        return len(data)
    return int(kind[1:]) // 8


Values = list[tuple[PayloadItem, bytes | int]]


class ConsoleLink:
    """One open console connection to one board; implements ``BoardLink``.

    Accepts any open pyserial object (a real port, ``socket://``, a pty); the
    link sets its read timeout to a short poll interval so it can notice a
    cancel request while waiting. ``reopen`` opens the port again when the
    board drops off it while committing; ``profile_keys`` are every key the
    profile may store, which a version 1 board is checked for before writing.
    A board that announces ``keygen`` makes device key pairs on request
    (``make_device_key``, a ``KeyMakingLink``). Not thread-safe: one worker
    thread uses it.
    """

    def __init__(
        self,
        serial_obj: serial.SerialBase,
        port: str,
        *,
        timeout: float = 5.0,
        reset_after: bool = True,
        should_stop: StopFn | None = None,
        owns_port: bool = True,
        reopen: Reopen | None = None,
        profile_keys: tuple[str, ...] = (),
    ) -> None:
        self.port = port
        self.timeout = timeout
        self.reset_after = reset_after
        self.should_stop = should_stop
        self.profile_keys = profile_keys
        self.hello: ConsoleHello | None = None
        self._serial = serial_obj
        self._owns_port = owns_port
        self._reopen = reopen
        self._serial.timeout = POLL_INTERVAL_S
        self._buffer = bytearray()
        # A random start makes a stale reply from an earlier session unlikely to match.
        self._seq = random.randint(1, MAX_SEQ)
        self._closed = False
        self._broken = False  # the port failed; only reopening it helps
        # What a version 2 board said it staged, by key (its SET and BLOB END replies).
        self._staged: dict[str, tuple[str, ...]] = {}
        self._committed = False
        # Keys the board made for this unit, by slot: what KEY INFO must name after COMMIT.
        self._made_keys: dict[str, str] = {}

    def __enter__(self) -> ConsoleLink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- BoardLink -------------------------------------------------------------

    def identify(self) -> BoardInfo:
        """Say HELLO (newest version first) and return what the board reports."""
        hello = self._say_hello()
        return BoardInfo(
            port=self.port,
            board_type=hello.board_type,
            chip=hello.chip,
            serial=hello.serial,
            mac=hello.mac,
        )

    def write(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Stage every item on the board (SET, or BLOB for long values); nothing is stored yet.

        Version 2: the payload is checked against the board's limits, then one
        transaction (BEGIN) holds it. Version 1: a board that holds keys of the
        profile this payload leaves out is refused, as that version cannot
        remove them. Progress counts value bytes. Values are never logged.
        """
        hello = self.hello or self._say_hello()
        values = self._prepared(payload)
        if hello.dialect.transactions:
            self._check_limits(hello, values)
        else:
            self._refuse_stale_keys(payload, log)
        self._staged = {}
        self._committed = False
        total = sum(_item_size(item.kind, data) for item, data in values)
        done = 0
        progress(done, total, f"writing {len(values)} values")
        if hello.dialect.transactions:
            log(f"BEGIN {payload.namespace}")
            begin = self._request("BEGIN", payload.namespace, what="opening the transaction")
            self._expect_ok(begin, "opening the transaction")
        for item, data in values:
            what = f"writing {item.key}"
            size = _item_size(item.kind, data)
            if isinstance(data, int):
                log(f"SET {payload.namespace}/{item.key} ({item.kind})")
                self._set(payload.namespace, item, str(data), what)
            elif item.kind == "string" and self._set_fits(payload.namespace, item, data, hello):
                log(f"SET {payload.namespace}/{item.key} (string, {size} bytes)")
                self._set(payload.namespace, item, encode_bytes(data), what)
            else:
                log(f"BLOB {payload.namespace}/{item.key} ({item.kind}, {size} bytes)")
                sent = self._send_chunked(payload.namespace, item, data, hello, what)
                for chunk_done in sent:
                    progress(done + chunk_done, total, what)
            done += size
            progress(done, total, what)

    def verify(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Check what was staged, COMMIT it, then read back from storage what the board keeps.

        Version 2 checks the staged values against its SET and BLOB END replies
        and, after COMMIT, that the namespace holds exactly the payload's keys;
        version 1 reads the staged values back with GET first. When the COMMIT
        reply is lost the board is asked again (on a reopened port if need be)
        and what it stores decides. Raises VerificationError naming the first
        key that differs.
        """
        hello = self.hello or self._say_hello()
        values = self._prepared(payload)
        size = sum(_item_size(item.kind, data) for item, data in values)
        # Version 1 reads back twice (staged, then stored); version 2 once.
        total = size if hello.dialect.transactions else 2 * size
        progress(0, total, f"reading back {len(values)} values")
        if hello.dialect.transactions:
            self._check_staged_summaries(values)
            done = 0
        else:
            done = self._read_back(payload, values, progress, log, 0, total, stored=False)
        lost = self._commit(log)
        try:
            self._check_stored(payload, values, progress, log, done, total)
            self._check_device_keys(log)
        except VerificationError as exc:
            if lost is None:
                raise
            raise VerificationError(
                f"the board on {self.port} did not answer COMMIT ({lost.message}), and it "
                f"does not hold this unit's values: {exc.message}",
                hint="the board kept other values than this unit's; provision it again, and "
                "set it aside if that fails too",
            ) from exc
        if lost is not None:
            log("the board holds this unit's values: its COMMIT took effect, the reply was lost")
        self._committed = True

    def finish(self) -> None:
        """REBOOT when the profile asks for a reset (COMMIT first if verify did not)."""
        if not self._committed:
            reply = self._request(
                "COMMIT", what="committing", timeout=self.timeout * COMMIT_TIMEOUT_FACTOR
            )
            self._expect_ok(reply, "committing")
            self._committed = True
        if self.reset_after:
            self._expect_ok(self._request("REBOOT", what="rebooting the board"), "rebooting")
            self.hello = None  # the session ended with the restart; a later request says HELLO

    def close(self) -> None:
        """Close the port if this link opened it. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._owns_port:
            self._close_port()

    # -- beyond BoardLink --------------------------------------------------------

    def tpm(self, command: bytes) -> bytes:
        """Relay one raw TPM 2.0 command to the board's TPM and return its raw response."""
        hello = self.hello or self._say_hello()
        if not hello.tpm:
            raise TransportError(
                f"the board on {self.port} has no TPM",
                hint="use a profile whose identity and attestation do not need a TPM",
            )
        line_length = len(format_line(MAX_SEQ, "TPM", command.hex()))
        if line_length > hello.line_limit:
            raise TransportError(
                f"a TPM command of {len(command)} bytes does not fit the board's "
                f"{hello.line_limit}-byte lines on {self.port}",
                hint=_HINT_PROTOCOL,
            )
        reply = self._request(
            "TPM",
            command.hex(),
            what="talking to the TPM",
            timeout=max(self.timeout, TPM_MIN_TIMEOUT_S),
        )
        self._expect_ok(reply, "talking to the TPM")
        try:
            return bytes.fromhex(reply.fields[0])
        except (IndexError, ValueError):
            raise self._malformed(reply, "talking to the TPM") from None

    def read_value(self, namespace: str, key: str, kind: str) -> str | bytes | int:
        """The value the board holds for ``key``, read back in full (GET, then READ).

        Version 2 boards answer from storage; version 1 boards from what is
        staged when there is something.
        """
        hello = self.hello or self._say_hello()
        what = f"reading {key}"
        reply = self._request("GET", namespace, key, what=what)
        self._expect_ok(reply, what, key)
        try:
            if reply.fields[0] != kind:
                raise VerificationError(
                    f"the board on {self.port} holds {key} as {reply.fields[0]}, not {kind}"
                )
            if kind in INTEGER_RANGES:
                return int(reply.fields[1])
            length, crc = int(reply.fields[1]), reply.fields[2]
        except (IndexError, ValueError):
            raise self._malformed(reply, what) from None
        data = self._read_chunks(hello, ("READ", namespace, key), length, what, key)
        if crc32_hex(data) != crc:
            raise VerificationError(f"{key} read from the board on {self.port} fails its CRC-32")
        return data.decode("utf-8", "replace") if kind == "string" else data

    def make_device_key(self, slot: str, algorithm: str, common_name: str) -> bytes:
        """Have the board make a new key pair in ``slot`` and return its PKCS#10 request
        (DER) for ``common_name``: KEY NEW, KEY CSR, then KEY READ until it is whole.

        The board keeps the new key apart until COMMIT makes it current together with
        the unit's values; ``verify`` then checks (KEY INFO) that the board uses the key
        the request carries. Only the request crosses the link, never the key.
        """
        hello = self.hello or self._say_hello()
        if not hello.key_algorithms:
            raise TransportError(
                f"the board on {self.port} does not make its own device keys (its HELLO "
                f"announces no {KEYGEN_FIELD}, console protocol {hello.protocol})",
                hint='use a profile with device_key = "station" for this board, or a '
                "factory firmware that makes keys (console protocol 2, KEY verbs)",
            )
        if algorithm not in hello.key_algorithms:
            raise TransportError(
                f"the board on {self.port} makes {', '.join(hello.key_algorithms)} keys, "
                f"not {algorithm}",
                hint="set the profile's key_algorithm to a key the board makes",
            )
        if not is_valid_name(slot):
            raise ConfigError(
                f"key slot {slot!r} cannot be named over the console protocol",
                hint="use 1 to 15 printable characters without spaces",
            )
        wait = max(self.timeout, KEY_MIN_TIMEOUT_S)
        what = f"making its {slot} key"
        self._expect_ok(self._request("KEY", "NEW", slot, algorithm, what=what, timeout=wait),
                        what)
        what = "making its certificate request"
        name = encode_bytes(common_name.encode("utf-8"))
        reply = self._request("KEY", "CSR", slot, name, what=what, timeout=wait)
        self._expect_ok(reply, what)
        try:
            length, crc = int(reply.fields[0]), reply.fields[1]
        except (IndexError, ValueError):
            raise self._malformed(reply, what) from None
        if not 0 < length <= MAX_CERTIFICATE_REQUEST:
            raise self._malformed(reply, what)
        request = self._read_chunks(
            hello, ("KEY", "READ"), length, "reading its certificate request"
        )
        if crc32_hex(request) != crc:
            raise TransportError(
                f"the certificate request read from the board on {self.port} fails its CRC-32",
                hint="the data arrived damaged; check the cable and try again",
            )
        key_id = _request_key_id(request)
        if key_id:
            self._made_keys[slot] = key_id
        return request

    def _read_chunks(
        self, hello: ConsoleHello, request: tuple[str, ...], length: int, what: str,
        key: str = "",
    ) -> bytes:
        """``length`` bytes read with ``request`` + offset + count, a chunk at a time."""
        step = self._chunk_size(hello)
        data = bytearray()
        while len(data) < length:
            count = min(step, length - len(data))
            reply = self._request(*request, str(len(data)), str(count), what=what)
            self._expect_ok(reply, what, key)
            try:
                chunk = decode_bytes(reply.fields[0])
            except (IndexError, ValueError):
                raise self._malformed(reply, what) from None
            if not chunk or len(chunk) > count:  # no progress, or more than asked: no end
                raise self._malformed(reply, what)
            data += chunk
        return bytes(data)

    def stored_keys(self, namespace: str) -> tuple[str, ...]:
        """The keys the board stores in ``namespace`` (LIST; version 2 boards only)."""
        hello = self.hello or self._say_hello()
        what = f"listing what the board stores in {namespace}"
        if not hello.dialect.transactions:
            raise TransportError(
                f"the board on {self.port} speaks console protocol {hello.protocol}, "
                "which cannot list what it stores",
                hint=_HINT_PROTOCOL_1,
            )
        reply = self._request("LIST", namespace, what=what)
        self._expect_ok(reply, what)
        try:
            count, keys = int(reply.fields[0]), reply.fields[1:]
        except (IndexError, ValueError):
            raise self._malformed(reply, what) from None
        if count != len(keys):
            raise self._malformed(reply, what)
        return keys

    # -- HELLO ---------------------------------------------------------------------

    def _say_hello(self, versions: tuple[int, ...] = PROTOCOL_VERSIONS) -> ConsoleHello:
        """Open a session in the newest of ``versions`` the board speaks."""
        what = "identifying the board"
        self._sync(what)
        refusals: list[str] = []
        for version in versions:
            # Resent well within the window, so a board that just finished booting is asked in time.
            resend = min(HELLO_RESEND_S, self.timeout / 4)
            reply = self._request(
                "HELLO", str(version), what=what, resend_every=resend, booting=True
            )
            if reply.ok:
                break
            if reply.code != ErrorCode.VERSION:
                self._expect_ok(reply, what)
            refusals.append(reply.message or "no reason given")
        else:
            raise TransportError(
                f"the board on {self.port} speaks none of console protocol versions "
                f"{', '.join(map(str, versions))}: {'; '.join(refusals)}",
                hint=_HINT_PROTOCOL,
            )
        self.hello = self._parse_hello(reply, version)
        return self.hello

    def _parse_hello(self, reply: Reply, asked: int) -> ConsoleHello:
        fields = parse_fields(reply.fields)
        proto = fields.get("proto", "")
        if proto.isdigit() and int(proto) in DIALECTS and int(proto) <= asked:
            dialect = DIALECTS[int(proto)]
        elif proto:
            raise TransportError(
                f"the board on {self.port} answers HELLO {asked} with console protocol "
                f"{proto}, which this station does not speak",
                hint=_HINT_PROTOCOL,
            )
        else:
            dialect = DIALECTS[asked]
        required = _HELLO_REQUIRED + (_LIMITS_REQUIRED if dialect.announces_limits else ())
        missing = [name for name in required if name not in fields]
        if missing:
            raise TransportError(
                f"the board on {self.port} left {', '.join(missing)} out of its HELLO reply "
                f"(console protocol {dialect.version})",
                hint=_HINT_PROTOCOL,
            )
        mac = normalise_mac(fields["mac"])
        if not mac:
            raise TransportError(
                f"the board on {self.port} reports MAC {fields['mac']!r}, "
                "which is not six bytes of hex",
                hint=_HINT_PROTOCOL,
            )

        def limit(name: str) -> int | None:
            return int(fields[name]) if name in fields else None

        try:
            hello = ConsoleHello(
                protocol=dialect.version,
                board_type=fields["board"],
                serial=fields["serial"],
                mac=mac,
                firmware=fields["fw"],
                chunk=int(fields.get("chunk", DEFAULT_CHUNK)),
                line_limit=int(fields.get("line", DEFAULT_LINE_LIMIT)),
                tpm=fields.get("tpm", "0") == "1",
                chip=fields.get("chip", ""),
                value_limit=limit("value") if dialect.announces_limits else None,
                key_limit=limit("keys") if dialect.announces_limits else None,
                stage_limit=limit("stage") if dialect.announces_limits else None,
                # A new key becomes current at COMMIT, which only transactions have.
                key_algorithms=tuple(
                    name for name in fields.get(KEYGEN_FIELD, "").split(",") if name
                ) if dialect.transactions else (),
            )
        except ValueError:
            raise self._malformed(reply, "identifying the board") from None
        positive = [hello.value_limit, hello.key_limit, hello.stage_limit]
        if (
            hello.chunk < 1
            or hello.line_limit < MIN_LINE_LIMIT
            or any(value is not None and value < 1 for value in positive)
            or (hello.key_limit or 0) > MAX_KEYS_LIMIT
        ):
            raise self._malformed(reply, "identifying the board")
        return hello

    # -- writing -------------------------------------------------------------------

    def _check_limits(self, hello: ConsoleHello, values: Values) -> None:
        """Refuse before anything is sent when the board announced it cannot hold the payload."""
        sizes = [(item.key, len(data)) for item, data in values if isinstance(data, bytes)]
        problems = []
        if hello.value_limit is not None:
            over = [f"{key} has {size} bytes" for key, size in sizes if size > hello.value_limit]
            if over:
                problems.append(f"{', '.join(over)}; it takes {hello.value_limit} at most")
        if hello.key_limit is not None and len(values) > hello.key_limit:
            problems.append(f"{len(values)} keys; it holds {hello.key_limit} at most")
        staged = sum(size for _, size in sizes)
        if hello.stage_limit is not None and staged > hello.stage_limit:
            problems.append(f"{staged} bytes in all; it stages {hello.stage_limit} at most")
        if problems:
            raise BoardMismatch(
                f"the board on {self.port} cannot take this unit's values: {'; '.join(problems)}",
                hint="the board's factory firmware has smaller buffers than this profile needs; "
                "use a firmware with larger ones, or a profile that stores less",
            )

    def _refuse_stale_keys(self, payload: BoardPayload, log: LogFn) -> None:
        """Version 1 cannot remove keys: refuse a board holding keys this unit leaves out."""
        writing = {item.key for item in payload.items}
        held = []
        for key in dict.fromkeys(self.profile_keys):
            if key in writing or not is_valid_name(key):
                continue
            what = f"checking the board for an earlier {key}"
            reply = self._request("GET", payload.namespace, key, what=what)
            if not reply.ok and reply.code == ErrorCode.NO_KEY:
                continue
            self._expect_ok(reply, what, key)
            # An empty string or blob is as good as absent; anything else is left over.
            if reply.fields[1:2] != ("0",) or reply.fields[:1] not in (("string",), ("blob",)):
                held.append(key)
        if held:
            raise TransportError(
                f"the board on {self.port} still holds {', '.join(held)} from an earlier "
                "provisioning, and its console protocol 1 cannot remove them; this unit "
                "does not use them",
                hint=_HINT_PROTOCOL_1,
            )
        if self.profile_keys:
            log("console protocol 1: the board holds no keys this unit leaves out")

    def _set(self, namespace: str, item: PayloadItem, token: str, what: str) -> None:
        reply = self._request("SET", namespace, item.key, item.kind, token, what=what)
        self._expect_ok(reply, what, item.key)
        if self.hello is not None and self.hello.dialect.transactions:
            self._staged[item.key] = reply.fields

    def _send_chunked(
        self,
        namespace: str,
        item: PayloadItem,
        data: bytes,
        hello: ConsoleHello,
        what: str,
    ) -> Iterator[int]:
        """Send ``data`` in chunks, yielding the bytes sent so far after each one."""
        crc = crc32_hex(data)
        begin = self._request(
            "BLOB", "BEGIN", namespace, item.key, item.kind, str(len(data)), crc, what=what
        )
        self._expect_ok(begin, what, item.key)
        step = self._chunk_size(hello)
        for offset in range(0, len(data), step):
            chunk = data[offset : offset + step]
            reply = self._request("BLOB", "DATA", str(offset), encode_bytes(chunk), what=what)
            self._expect_ok(reply, what, item.key)
            if reply.fields[:1] != (str(offset + len(chunk)),):
                raise self._malformed(reply, what)
            yield offset + len(chunk)
        end = self._request("BLOB", "END", what=what)
        self._expect_ok(end, what, item.key)
        if end.fields[:2] != (str(len(data)), crc):
            raise VerificationError(
                f"the board on {self.port} took {item.key} with a different length or CRC-32 "
                f"({' '.join(end.fields)}, sent {len(data)} {crc})"
            )
        self._staged[item.key] = (item.kind, *end.fields[:2])

    # -- verifying -----------------------------------------------------------------

    def _check_staged_summaries(self, values: Values) -> None:
        """Version 2: compare what SET and BLOB END said they staged with what was sent."""
        for item, data in values:
            summary = self._staged.get(item.key)
            if summary is None:
                raise VerificationError(f"the board on {self.port} does not hold {item.key}")
            reply = Reply(0, True, summary)
            if not self._same(item, data, reply, "staging"):
                raise VerificationError(
                    f"the board on {self.port} staged a different value for {item.key} than "
                    "it was sent; nothing was stored"
                )

    def _read_back(
        self,
        payload: BoardPayload,
        values: Values,
        progress: ProgressFn,
        log: LogFn,
        done: int,
        total: int,
        *,
        stored: bool,
    ) -> int:
        """GET every key and compare; returns the progress reached."""
        for item, data in values:
            what = f"reading back {item.key}"
            reply = self._request("GET", payload.namespace, item.key, what=what)
            if not reply.ok and reply.code == ErrorCode.NO_KEY:
                verb = "did not store" if stored else "does not hold"
                raise VerificationError(f"the board on {self.port} {verb} {item.key}")
            self._expect_ok(reply, what, item.key)
            if not self._same(item, data, reply, what):
                if stored:
                    raise VerificationError(
                        f"the board on {self.port} stored a different value for {item.key} "
                        "than it was sent",
                        hint="the board's storage did not keep the data (failing flash?); "
                        "set the board aside",
                    )
                raise VerificationError(
                    f"the board on {self.port} holds a different value for {item.key}"
                )
            log(f"GET {payload.namespace}/{item.key}: {'stored' if stored else 'staged'}, matches")
            done += _item_size(item.kind, data)
            progress(done, total, what)
        return done

    def _check_stored(
        self,
        payload: BoardPayload,
        values: Values,
        progress: ProgressFn,
        log: LogFn,
        done: int,
        total: int,
    ) -> None:
        """After COMMIT: every key stored intact, and (version 2) no other key beside them."""
        self._read_back(payload, values, progress, log, done, total, stored=True)
        hello = self.hello or self._say_hello()
        if not hello.dialect.transactions:
            return
        keys = self.stored_keys(payload.namespace)
        expected = {item.key for item in payload.items}
        extra = [key for key in keys if key not in expected]
        if extra:
            raise VerificationError(
                f"the board on {self.port} still holds {', '.join(extra)} beside this "
                "unit's values after COMMIT",
                hint="the factory firmware's COMMIT does not replace what the namespace "
                "held; ask an engineer to update it",
            )
        log(f"LIST {payload.namespace}: {len(keys)} keys, none left over")

    def _check_device_keys(self, log: LogFn) -> None:
        """After COMMIT: the board uses, in each slot, the key this unit's request carried."""
        for slot, key_id in self._made_keys.items():
            what = f"checking its {slot} key"
            reply = self._request("KEY", "INFO", slot, what=what)
            if not reply.ok and reply.code == ErrorCode.NO_KEY:
                raise VerificationError(
                    f"the board on {self.port} holds no {slot} key after COMMIT",
                    hint=_HINT_KEY_NOT_CURRENT,
                )
            self._expect_ok(reply, what)
            if len(reply.fields) < 2:
                raise self._malformed(reply, what)
            if reply.fields[1] != key_id:
                raise VerificationError(
                    f"the board on {self.port} does not use the {slot} key its certificate "
                    "was issued for",
                    hint=_HINT_KEY_NOT_CURRENT,
                )
            log(f"KEY INFO {slot}: the board uses the key its certificate was issued for")

    def _same(self, item: PayloadItem, data: bytes | int, reply: Reply, what: str) -> bool:
        expected = value_summary(item.kind, data)
        kind = reply.fields[0] if reply.fields else ""
        if kind and kind != item.kind:
            raise VerificationError(
                f"the board on {self.port} holds {item.key} as {kind}, not {item.kind}"
            )
        got = reply.fields[: len(expected)]
        if len(got) != len(expected) or not all(_is_number(field) for field in got[1:2]):
            raise self._malformed(reply, what)
        return got == expected

    # -- committing ----------------------------------------------------------------

    def _commit(self, log: LogFn) -> TransportError | None:
        """COMMIT; when its reply is lost, reach the board again and return what was lost.

        An ``ERR`` reply raises: the board kept what it stored before.
        """
        what = "committing"
        try:
            reply = self._request("COMMIT", what=what, timeout=self.timeout * COMMIT_TIMEOUT_FACTOR)
        except TransportError as lost:
            log(f"COMMIT unanswered ({lost.message}); asking the board what it stores")
            self._reach_again(lost)
            return lost
        self._expect_ok(reply, what)
        log(f"COMMIT: {' '.join(reply.fields)} values stored")
        return None

    def _reach_again(self, lost: TransportError) -> None:
        """Open a new session with the same board after a lost reply; staged values end."""
        before = self.hello
        if before is None:
            raise lost
        what = "asking the board again what it stores"
        try:
            if self._broken:
                self._reconnect(what)
            if not before.dialect.transactions:
                # Version 1 answers GET from staged values: only a restart clears them.
                self._expect_ok(self._request("REBOOT", what=what), what)
            again = self._say_hello((before.protocol,))
        except TransportError as exc:
            raise TransportError(
                f"the board on {self.port} did not answer COMMIT ({lost.message}) and could "
                f"not be asked again what it stores: {exc.message}",
                hint=_HINT_UNSETTLED,
            ) from exc
        if (again.serial, again.mac) != (before.serial, before.mac):
            raise TransportError(
                f"the board on {self.port} did not answer COMMIT ({lost.message}), and "
                f"another board (serial {again.serial}) answers there now",
                hint=_HINT_UNSETTLED,
            )

    def _reconnect(self, what: str) -> None:
        if self._reopen is None:
            raise self._gone(what)
        self._close_port()
        self._serial = self._reopen()
        self._serial.timeout = POLL_INTERVAL_S
        self._owns_port = True
        self._buffer.clear()
        self._broken = False

    # -- values ----------------------------------------------------------------------

    def _prepared(self, payload: BoardPayload) -> Values:
        return [(item, self._item_value(payload.namespace, item)) for item in payload.items]

    def _item_value(self, namespace: str, item: PayloadItem) -> bytes | int:
        """The value as the wire carries it, checked before anything is sent."""
        for label, name in (("namespace", namespace), ("key", item.key)):
            if not is_valid_name(name):
                raise ConfigError(
                    f"{label} {name!r} cannot be stored over the console protocol",
                    hint="use 1 to 15 printable characters without spaces",
                )
        value = item.value
        if item.kind in INTEGER_RANGES:
            try:
                number = int(value)  # type: ignore[arg-type]
                check_integer(item.kind, number)
            except (TypeError, ValueError) as exc:
                raise ConfigError(
                    f"value for {item.key} is not a {item.kind}: {exc}",
                    hint="fix the value in the profile's storage section",
                ) from None
            return number
        if item.kind not in ("string", "blob"):
            raise ConfigError(
                f"{item.key} has type {item.kind!r}, which the console protocol does not carry",
                hint="use string, blob or an integer type such as u32",
            )
        data = value.encode("utf-8") if isinstance(value, str) else value
        if isinstance(data, int):
            data = str(data).encode("ascii")
        if item.kind == "string" and b"\x00" in data:
            raise ConfigError(
                f"string value for {item.key} contains a NUL byte",
                hint="store it as a blob instead",
            )
        return data

    def _set_fits(
        self, namespace: str, item: PayloadItem, data: bytes, hello: ConsoleHello
    ) -> bool:
        line = format_line(MAX_SEQ, "SET", namespace, item.key, item.kind, encode_bytes(data))
        return len(line) <= hello.line_limit

    @staticmethod
    def _chunk_size(hello: ConsoleHello) -> int:
        fits = (hello.line_limit - _LINE_OVERHEAD) // 4 * 3
        return max(1, min(hello.chunk, fits))

    # -- replies -------------------------------------------------------------------

    def _expect_ok(self, reply: Reply, what: str, key: str = "") -> None:
        if not reply.ok:
            raise self._refusal(reply, what, key)

    def _refusal(self, reply: Reply, what: str, key: str) -> TransportError:
        """An ERR reply as a report: whose code it is and whom it points at."""
        reason = reply.message or "no reason given"
        if reply.seq == 0:
            subject = f"could not read the request while {what}"
        else:
            subject = f"refused {key}" if key else f"refused {what}"
        version = self.hello.protocol if self.hello else min(PROTOCOL_VERSIONS)
        if not is_standard_code(reply.code, version):
            return TransportError(
                f"the board on {self.port} {subject} with an error of its own, "
                f"{reply.code}: {reason}",
                hint=_HINT_OWN_CODE,
            )
        hint = _HINTS_BY_CODE.get(reply.code) or _HINTS_BY_BLAME[BLAME[reply.code]]
        return TransportError(
            f"the board on {self.port} {subject}: {reason} ({reply.code})", hint=hint
        )

    def _malformed(self, reply: Reply, what: str) -> TransportError:
        shown = " ".join(("OK", *reply.fields)) if reply.ok else f"ERR {reply.code}"
        return TransportError(
            f"the board on {self.port} gave a reply that does not follow the console "
            f"protocol while {what}: {printable_excerpt(shown.encode('ascii', 'replace'))!r}",
            hint=_HINT_PROTOCOL,
        )

    # -- the wire ------------------------------------------------------------------

    def _sync(self, what: str) -> None:
        """End any half line the board holds and drop what arrived before this request."""
        try:
            self._serial.write(b"\n")
            self._serial.reset_input_buffer()
        except (serial.SerialException, OSError) as exc:
            raise self._gone(what) from exc
        self._buffer.clear()

    def _send(self, verb: str, args: tuple[str, ...], what: str) -> int:
        self._seq = self._seq % MAX_SEQ + 1
        line = format_line(self._seq, verb, *args)
        try:
            self._serial.write(line)
        except (serial.SerialException, OSError) as exc:
            raise self._gone(what) from exc
        return self._seq

    def _request(
        self,
        verb: str,
        *args: str,
        what: str,
        timeout: float | None = None,
        resend_every: float | None = None,
        booting: bool = False,
    ) -> Reply:
        """Send one request and wait for its reply, skipping chatter and stale replies.

        With ``resend_every`` the request is repeated under a new sequence number
        until a reply to any of them arrives (only for idempotent verbs).
        ``booting`` (HELLO): each line of text the board prints restarts the
        wait, up to BOOT_LIMIT_S in all, and sequence-0 errors (answers to
        lines left from before the session) are passed over. Otherwise a
        sequence-0 error is the board's answer to this request, which it could
        not read.
        """
        self._check_stop(what)
        wait = self.timeout if timeout is None else timeout
        sent = {self._send(verb, args, what)}
        start = time.monotonic()
        deadline = start + wait
        latest = start + max(wait, BOOT_LIMIT_S) if booting else deadline
        resend_at = start + resend_every if resend_every else math.inf
        noise: list[bytes] = []
        unreadable: list[Reply] = []
        garbage = 0
        while True:
            raw = self._read_line(min(deadline, resend_at), what)
            now = time.monotonic()
            if raw is None:
                if now >= deadline:
                    if self._buffer:
                        noise.append(bytes(self._buffer))
                    raise self._silence(what, deadline - start, noise, unreadable)
                if resend_every:
                    sent.add(self._send(verb, args, what))
                    resend_at = now + resend_every
                continue
            reply = reply_in_line(raw)
            if reply is not None and reply.seq in sent:
                return reply
            if reply is not None and reply.seq == 0 and not reply.ok:
                if not booting:
                    return reply
                unreadable.append(reply)
                continue
            if reply is not None:
                continue  # a stale reply to an earlier request
            if raw.strip():
                noise = [*noise[-(_NOISE_KEPT - 1) :], raw]
            garbage += sum(1 for b in raw if not 0x20 <= b <= 0x7E and b not in (0x09, 0x0D))
            if garbage > GARBAGE_LIMIT:
                raise self._garbled(what, noise)
            if booting and is_text(raw):
                deadline = min(latest, max(deadline, now + wait))

    def _read_line(self, until: float, what: str) -> bytes | None:
        """The next line (without its newline), or None when ``until`` passes first."""
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                return line
            if len(self._buffer) > MAX_REPLY_LINE:
                raise self._garbled(what, [bytes(self._buffer)])
            if time.monotonic() >= until:
                return None
            self._check_stop(what)
            try:
                waiting = self._serial.in_waiting
                data = self._serial.read(waiting or 1)
            except (serial.SerialException, OSError) as exc:
                raise self._gone(what) from exc
            self._buffer += data

    def _check_stop(self, what: str) -> None:
        if self.should_stop is not None and self.should_stop():
            raise Cancelled(
                f"stopped while {what} on {self.port}",
                hint="the board may hold part of the data; provision it again",
            )

    def _close_port(self) -> None:
        try:
            self._serial.close()
        except (serial.SerialException, OSError):
            pass  # a port that went away is closed enough

    # -- errors --------------------------------------------------------------------

    def _gone(self, what: str) -> TransportError:
        self._broken = True
        return TransportError(f"the board on {self.port} went away while {what}", hint=_HINT_GONE)

    def _silence(
        self, what: str, waited: float, noise: list[bytes], unreadable: list[Reply]
    ) -> TransportError:
        if unreadable and not noise:
            last = unreadable[-1]
            return TransportError(
                f"the board on {self.port} could not read the requests while {what}: "
                f"'0 ERR {last.code} {last.message}'",
                hint=_HINT_GARBLED,
            )
        if noise:
            return self._garbled(what, noise)
        return BoardNotResponding(
            f"no answer from the board on {self.port} within {round(waited, 1):g} s while {what}",
            hint=_HINT_FIRMWARE,
        )

    def _garbled(self, what: str, noise: list[bytes]) -> TransportError:
        shown = printable_excerpt(b"\n".join(noise[-3:]))
        return TransportError(
            f"the board on {self.port} answered with something that is not the console "
            f"protocol while {what}: '{shown}'",
            hint=_HINT_GARBLED,
        )


def _is_number(text: str) -> bool:
    return text.lstrip("-").isdigit()


def _request_key_id(request: bytes) -> str:
    """``public_key_id`` of the key a PKCS#10 request carries, or '' when it cannot be
    read (the credentials stage then refuses the request with its reason)."""
    try:
        key = x509.load_der_x509_csr(request).public_key()
        spki = key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    except (ValueError, UnsupportedAlgorithm):
        return ""
    return public_key_id(spki)


class ConsoleTransport:
    """Opens console links configured by a profile's ``[transport]`` section."""

    def __init__(self, profile: Profile, *, should_stop: StopFn | None = None) -> None:
        if profile.transport.kind != "console":
            raise ConfigError(
                f"profile {profile.id!r} uses transport {profile.transport.kind!r}, not console",
                hint="open it with the transport its profile names",
            )
        self.profile = profile
        self.should_stop = should_stop

    def open(self, port: str) -> ConsoleLink:
        """Open ``port`` (a device or URL) and return a link; raises TransportError."""
        settings = self.profile.transport

        def opened() -> serial.SerialBase:
            return open_port(port, settings.baud, POLL_INTERVAL_S, write_timeout=settings.timeout_s)

        return ConsoleLink(
            opened(),
            port,
            timeout=settings.timeout_s,
            reset_after=settings.reset_after,
            should_stop=self.should_stop,
            reopen=opened,
            profile_keys=tuple(item.key for item in self.profile.storage.items),
        )


def transport_from_profile(profile: Profile, folder: Path) -> ConsoleTransport:
    """Opens the ``console`` transport (``station.boards.console``); console boards need no
    image files."""
    return ConsoleTransport(profile)
