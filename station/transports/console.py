"""The serial console transport: boards whose factory firmware speaks the console protocol.

The protocol is specified in docs/console-protocol.md; its grammar lives in
``station.transports.console_protocol``. A ``ConsoleLink`` is used by one
worker thread at a time.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import serial

from station.core.errors import (
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
    COMMIT_TIMEOUT_FACTOR,
    DEFAULT_CHUNK,
    DEFAULT_LINE_LIMIT,
    INTEGER_RANGES,
    MAX_REPLY_LINE,
    MAX_SEQ,
    MIN_LINE_LIMIT,
    PROTOCOL_VERSION,
    TPM_MIN_TIMEOUT_S,
    ErrorCode,
    Reply,
    check_integer,
    crc32_hex,
    decode_bytes,
    encode_bytes,
    format_line,
    is_valid_name,
    parse_fields,
    parse_reply,
    printable_excerpt,
)
from station.transports.ports import open_port

StopFn = Callable[[], bool]

POLL_INTERVAL_S = 0.05  # how often a wait looks at the cancel flag
HELLO_RESEND_S = 0.5  # a board still booting may miss the first HELLO
GARBAGE_LIMIT = 512  # bytes of non-text noise after which waiting is pointless
_LINE_OVERHEAD = 48  # "<seq> BLOB DATA <offset> " and the newline, with room to spare
_HEX_PAIRS = re.compile(r"^[0-9a-fA-F]{12}$")

_HINT_FIRMWARE = "check that the board runs its factory firmware and the cable is in"
_HINT_GARBLED = "check the baud rate in the profile and that the board runs its factory firmware"
_HINT_GONE = "check the cable and the board's power, then provision the board again"
_HINT_PROTOCOL = (
    f"the board's factory firmware does not follow console protocol {PROTOCOL_VERSION}; "
    "ask an engineer to update it"
)
_HINTS_BY_CODE: dict[str, str] = {
    ErrorCode.REJECTED: "the board refuses to change this key; set the board aside for an engineer",
    ErrorCode.STORAGE: "the board could not store the value (full or failing); set it aside",
    ErrorCode.CRC: "the data arrived damaged; check the cable and try again",
    ErrorCode.LENGTH: "the data arrived incomplete; check the cable and try again",
    ErrorCode.OFFSET: "the data arrived out of order; check the cable and try again",
    ErrorCode.TOO_LONG: "the value is longer than the board takes; check the profile",
    ErrorCode.RANGE: "the value does not fit the board's type for it; check the profile",
}


def normalise_mac(text: str) -> str:
    """Twelve lowercase hex digits from ``aa:bb:..``, ``AA-BB-..`` or plain hex; else ''."""
    digits = re.sub(r"[:.\-]", "", text.strip())
    return digits.lower() if _HEX_PAIRS.match(digits) else ""


@dataclass(frozen=True)
class ConsoleHello:
    """What a board says in its HELLO reply."""

    protocol: int
    board_type: str
    serial: str
    mac: str
    firmware: str
    chunk: int = DEFAULT_CHUNK
    line_limit: int = DEFAULT_LINE_LIMIT
    tpm: bool = False
    chip: str = ""


def _item_size(kind: str, data: bytes | int) -> int:
    """Bytes an item counts for in progress reports."""
    if isinstance(data, bytes):
        return len(data)
    return int(kind[1:]) // 8


class ConsoleLink:
    """One open console connection to one board; implements ``BoardLink``.

    Accepts any open pyserial object (a real port, ``socket://``, a pty); the
    link sets its read timeout to a short poll interval so it can notice a
    cancel request while waiting. Not thread-safe: one worker thread uses it.
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
    ) -> None:
        self.port = port
        self.timeout = timeout
        self.reset_after = reset_after
        self.should_stop = should_stop
        self.hello: ConsoleHello | None = None
        self._serial = serial_obj
        self._owns_port = owns_port
        self._serial.timeout = POLL_INTERVAL_S
        self._buffer = bytearray()
        # A random start makes a stale reply from an earlier session unlikely to match.
        self._seq = random.randint(1, MAX_SEQ)
        self._closed = False

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
        """Say HELLO and return what the board reports; the MAC is normalised."""
        hello = self._say_hello()
        return BoardInfo(
            port=self.port,
            board_type=hello.board_type,
            chip=hello.chip,
            serial=hello.serial,
            mac=hello.mac,
        )

    def write(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Stage every item on the board (SET, or BLOB for long values).

        Progress counts value bytes over the whole payload. Values are never logged.
        """
        hello = self.hello or self._say_hello()
        values = self._prepared(payload)
        total = sum(_item_size(item.kind, data) for item, data in values)
        done = 0
        progress(done, total, f"writing {len(values)} values")
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
        """Read every key back with GET and compare type, value or length and CRC-32.

        Raises VerificationError naming the first key that differs.
        """
        values = self._prepared(payload)
        total = sum(_item_size(item.kind, data) for item, data in values)
        done = 0
        progress(done, total, f"reading back {len(values)} values")
        for item, data in values:
            what = f"reading back {item.key}"
            reply = self._request("GET", payload.namespace, item.key, what=what)
            if not reply.ok and reply.code == ErrorCode.NO_KEY:
                raise VerificationError(f"the board on {self.port} does not hold {item.key}")
            self._expect_ok(reply, what, item.key)
            self._compare(item, data, reply)
            log(f"GET {payload.namespace}/{item.key}: matches")
            done += _item_size(item.kind, data)
            progress(done, total, what)

    def finish(self) -> None:
        """COMMIT the staged values, then REBOOT when the profile asks for a reset."""
        reply = self._request(
            "COMMIT", what="committing", timeout=self.timeout * COMMIT_TIMEOUT_FACTOR
        )
        self._expect_ok(reply, "committing")
        if self.reset_after:
            self._expect_ok(self._request("REBOOT", what="rebooting the board"), "rebooting")

    def close(self) -> None:
        """Close the port if this link opened it. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._owns_port:
            try:
                self._serial.close()
            except (serial.SerialException, OSError):
                pass  # a port that went away is closed enough

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
        """The value the board holds for ``key``, read back in full (GET, then READ)."""
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
        hello = self.hello or self._say_hello()
        step = self._chunk_size(hello)
        data = bytearray()
        while len(data) < length:
            count = min(step, length - len(data))
            offset = str(len(data))
            chunk_reply = self._request("READ", namespace, key, offset, str(count), what=what)
            self._expect_ok(chunk_reply, what, key)
            try:
                data += decode_bytes(chunk_reply.fields[0])
            except (IndexError, ValueError):
                raise self._malformed(chunk_reply, what) from None
        if crc32_hex(bytes(data)) != crc:
            raise VerificationError(f"{key} read from the board on {self.port} fails its CRC-32")
        return bytes(data).decode("utf-8", "replace") if kind == "string" else bytes(data)

    # -- requests ----------------------------------------------------------------

    def _say_hello(self) -> ConsoleHello:
        what = "identifying the board"
        self._sync(what)
        reply = self._request(
            "HELLO", str(PROTOCOL_VERSION), what=what, resend_every=HELLO_RESEND_S
        )
        if not reply.ok and reply.code == ErrorCode.VERSION:
            raise TransportError(
                f"the board on {self.port} does not speak console protocol "
                f"{PROTOCOL_VERSION}: {reply.message}",
                hint=_HINT_PROTOCOL,
            )
        self._expect_ok(reply, what)
        self.hello = self._parse_hello(reply)
        return self.hello

    def _parse_hello(self, reply: Reply) -> ConsoleHello:
        fields = parse_fields(reply.fields)
        missing = [name for name in ("proto", "board", "serial", "mac", "fw") if name not in fields]
        if missing:
            raise TransportError(
                f"the board on {self.port} left {', '.join(missing)} out of its HELLO reply",
                hint=_HINT_PROTOCOL,
            )
        mac = normalise_mac(fields["mac"])
        if not mac:
            raise TransportError(
                f"the board on {self.port} reports MAC {fields['mac']!r}, "
                "which is not six bytes of hex",
                hint=_HINT_PROTOCOL,
            )
        try:
            hello = ConsoleHello(
                protocol=int(fields["proto"]),
                board_type=fields["board"],
                serial=fields["serial"],
                mac=mac,
                firmware=fields["fw"],
                chunk=int(fields.get("chunk", DEFAULT_CHUNK)),
                line_limit=int(fields.get("line", DEFAULT_LINE_LIMIT)),
                tpm=fields.get("tpm", "0") == "1",
                chip=fields.get("chip", ""),
            )
        except ValueError:
            raise self._malformed(reply, "identifying the board") from None
        if hello.protocol != PROTOCOL_VERSION:
            raise TransportError(
                f"the board on {self.port} speaks console protocol {hello.protocol}, "
                f"this station speaks {PROTOCOL_VERSION}",
                hint=_HINT_PROTOCOL,
            )
        if hello.chunk < 1 or hello.line_limit < MIN_LINE_LIMIT:
            raise self._malformed(reply, "identifying the board")
        return hello

    def _set(self, namespace: str, item: PayloadItem, token: str, what: str) -> None:
        reply = self._request("SET", namespace, item.key, item.kind, token, what=what)
        self._expect_ok(reply, what, item.key)

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

    def _compare(self, item: PayloadItem, data: bytes | int, reply: Reply) -> None:
        try:
            kind = reply.fields[0]
            if kind != item.kind:
                raise VerificationError(
                    f"the board on {self.port} holds {item.key} as {kind}, not {item.kind}"
                )
            if isinstance(data, int):
                same = int(reply.fields[1]) == data
            else:
                same = (int(reply.fields[1]), reply.fields[2]) == (len(data), crc32_hex(data))
        except (IndexError, ValueError):
            raise self._malformed(reply, f"reading back {item.key}") from None
        if not same:
            raise VerificationError(
                f"the board on {self.port} holds a different value for {item.key}"
            )

    def _prepared(self, payload: BoardPayload) -> list[tuple[PayloadItem, bytes | int]]:
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

    def _expect_ok(self, reply: Reply, what: str, key: str = "") -> None:
        if reply.ok:
            return
        subject = f"refused {key}" if key else f"refused {what}"
        raise TransportError(
            f"the board on {self.port} {subject}: {reply.message or 'no reason given'} "
            f"({reply.code})",
            hint=_HINTS_BY_CODE.get(reply.code, _HINT_PROTOCOL),
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
    ) -> Reply:
        """Send one request and wait for its reply, skipping chatter and stale replies.

        With ``resend_every`` the request is repeated under a new sequence number
        until a reply to any of them arrives (only for idempotent verbs).
        """
        self._check_stop(what)
        wait = self.timeout if timeout is None else timeout
        sent = {self._send(verb, args, what)}
        start = time.monotonic()
        deadline = start + wait
        resend_at = start + resend_every if resend_every else deadline
        noise: list[bytes] = []
        garbage = 0
        while True:
            raw = self._read_line(min(deadline, resend_at), what)
            if raw is None:
                now = time.monotonic()
                if now >= deadline:
                    if self._buffer:
                        noise.append(bytes(self._buffer))
                    raise self._silence(what, wait, noise)
                if resend_every:
                    sent.add(self._send(verb, args, what))
                    resend_at = now + resend_every
                continue
            reply = _reply_from(raw)
            if reply is not None and reply.seq in sent:
                return reply
            if reply is not None and reply.seq != 0:
                continue  # a stale reply to an earlier request
            if raw.strip():
                noise.append(raw)
            garbage += sum(1 for b in raw if not 0x20 <= b <= 0x7E and b not in (0x09, 0x0D))
            if garbage > GARBAGE_LIMIT:
                raise self._garbled(what, noise)

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

    # -- errors --------------------------------------------------------------------

    def _gone(self, what: str) -> TransportError:
        return TransportError(f"the board on {self.port} went away while {what}", hint=_HINT_GONE)

    def _silence(self, what: str, wait: float, noise: list[bytes]) -> TransportError:
        if noise:
            return self._garbled(what, noise)
        return BoardNotResponding(
            f"no answer from the board on {self.port} within {wait:g} s while {what}",
            hint=_HINT_FIRMWARE,
        )

    def _garbled(self, what: str, noise: list[bytes]) -> TransportError:
        shown = printable_excerpt(b"\n".join(noise[-3:]))
        return TransportError(
            f"the board on {self.port} answered with something that is not the console "
            f"protocol while {what}: '{shown}'",
            hint=_HINT_GARBLED,
        )


def _reply_from(raw: bytes) -> Reply | None:
    line = raw.rstrip(b"\r")
    if not line or any(not 0x20 <= b <= 0x7E for b in line):
        return None
    return parse_reply(line.decode("ascii"))


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
        serial_obj = open_port(
            port, settings.baud, POLL_INTERVAL_S, write_timeout=settings.timeout_s
        )
        return ConsoleLink(
            serial_obj,
            port,
            timeout=settings.timeout_s,
            reset_after=settings.reset_after,
            should_stop=self.should_stop,
        )


def transport_from_profile(profile: Profile, folder: Path) -> ConsoleTransport:
    """Factory for ``station.transports.registry``; console boards need no image files."""
    return ConsoleTransport(profile)
