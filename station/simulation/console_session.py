"""One connection to a virtual console board: reading requests, answering them.

The board's state lives in ``VirtualConsoleBoard``; this module holds the
protocol engine that runs on the serving thread for one connection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.simulation.serving import ByteStream
from station.transports.console_protocol import (
    BYTES_TYPES,
    INTEGER_RANGES,
    PROTOCOL_VERSION,
    VALUE_TYPES,
    ErrorCode,
    Request,
    check_integer,
    crc32_hex,
    decode_bytes,
    encode_bytes,
    format_err,
    format_ok,
    is_valid_name,
    parse_request,
)

if TYPE_CHECKING:
    from station.simulation.console_board import VirtualConsoleBoard

MAX_VALUE = 65536  # longest value this board stores
_INTEGER_RE = re.compile(r"^-?[0-9]+$")
_CRC_RE = re.compile(r"^[0-9a-f]{8}$")


@dataclass(frozen=True)
class StoredValue:
    kind: str
    value: bytes | int

    def plain(self) -> str | bytes | int:
        """The value as a payload carries it: str for strings, bytes for blobs."""
        if isinstance(self.value, bytes) and self.kind == "string":
            return self.value.decode("utf-8", "replace")
        return self.value

    def corrupted(self) -> StoredValue:
        """The same value with one bit flipped, as failing flash might store it."""
        if isinstance(self.value, int):
            return StoredValue(self.kind, self.value ^ 1)
        if not self.value:
            return StoredValue(self.kind, b"?")
        return StoredValue(self.kind, self.value[:-1] + bytes([self.value[-1] ^ 1]))


class ProtocolError(Exception):
    """A request the board answers with ERR."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _Dropped(Exception):
    """The board pulled itself off the connection (the disconnect fault)."""


@dataclass
class _Transfer:
    namespace: str
    key: str
    kind: str
    length: int
    crc: str
    data: bytearray


class ConsoleSession:
    """Answers requests on one connection until it ends. Runs on the serving thread."""

    def __init__(self, board: VirtualConsoleBoard, stream: ByteStream) -> None:
        self.board = board
        self.stream = stream
        self.transfer: _Transfer | None = None
        self.sets_answered = 0
        self.last_reply = b""

    def run(self) -> None:
        if self.board.fault != "silent":
            self._print(self.board.banner())
        buffer = bytearray()
        while True:
            data = self.stream.read()
            if not data:
                return
            buffer += data
            while (end := buffer.find(b"\n")) >= 0:
                line = bytes(buffer[:end]).rstrip(b"\r")
                del buffer[: end + 1]
                try:
                    self._take(line)
                except _Dropped:
                    self.stream.close()
                    return
            if len(buffer) > self.board.line_limit:
                buffer.clear()
                self._answer(
                    format_err(0, ErrorCode.TOO_LONG, f"line over {self.board.line_limit} bytes")
                )

    def _print(self, lines: list[str]) -> None:
        self.stream.write("".join(f"{line}\r\n" for line in lines).encode("ascii"))

    def _answer(self, reply: bytes) -> None:
        if self.board.fault == "silent":
            return
        if self.board.fault == "garbage":
            self.stream.write(self._noise())
            return
        if self.board.chatty:
            self._print([f"I ({self.board.rng.randint(1000, 99999)}) app: free heap 183412"])
            self.stream.write(self.last_reply)
        self.stream.write(reply)
        self.last_reply = reply

    def _noise(self) -> bytes:
        rng = self.board.rng
        alphabet = b"\xff\xfe\x80\x00#%&*?@abcXYZ019"
        body = bytes(rng.choice(alphabet) for _ in range(rng.randint(24, 48)))
        return b"\xff" + body + b"\n"

    def _take(self, line: bytes) -> None:
        if not line.strip():
            return
        text = line.decode("ascii", "replace")
        request = parse_request(text)
        if request is None:
            self._answer(format_err(0, ErrorCode.BAD_REQUEST, "not a request line"))
            return
        try:
            fields = self._handle(request)
        except ProtocolError as exc:
            self._answer(format_err(request.seq, exc.code, exc.message))
            return
        self._answer(format_ok(request.seq, *fields))
        if request.verb == "REBOOT":
            self.transfer = None
            self._print(self.board.banner())

    # -- verbs ---------------------------------------------------------------------------

    def _handle(self, request: Request) -> tuple[str, ...]:
        handler = {
            "HELLO": self._hello,
            "SET": self._set,
            "BLOB": self._blob,
            "GET": self._get,
            "READ": self._read,
            "COMMIT": self._commit,
            "REBOOT": self._reboot,
            "TPM": self._tpm,
        }.get(request.verb)
        if handler is None:
            raise ProtocolError(ErrorCode.UNKNOWN_VERB, f"no verb {request.verb}")
        return handler(request.args)

    def _hello(self, args: tuple[str, ...]) -> tuple[str, ...]:
        if args and args[0] != str(PROTOCOL_VERSION):
            raise ProtocolError(ErrorCode.VERSION, f"this board speaks protocol {PROTOCOL_VERSION}")
        board = self.board
        return (
            f"proto={PROTOCOL_VERSION}",
            f"board={board.board_type}",
            f"serial={board.serial}",
            f"mac={board.mac_text()}",
            f"fw={board.firmware}",
            f"chunk={board.chunk}",
            f"line={board.line_limit}",
            f"tpm={1 if board.tpm_backend else 0}",
        )

    def _set(self, args: tuple[str, ...]) -> tuple[str, ...]:
        namespace, key, kind, token = _arguments(args, 4)
        _check_names(namespace, key)
        if self.board.fault == "disconnect-mid-write" and (
            self.sets_answered >= self.board.fault_after_sets
        ):
            raise _Dropped
        if self.board.fault == "reject":
            raise ProtocolError(ErrorCode.REJECTED, "storage is locked")
        if kind not in VALUE_TYPES:
            raise ProtocolError(ErrorCode.BAD_TYPE, f"no type {kind}")
        if kind in INTEGER_RANGES:
            value: bytes | int = _integer(kind, token)
        else:
            value = _decoded(token)
            _check_bytes(kind, value)
        self._stage(namespace, key, StoredValue(kind, value))
        self.sets_answered += 1
        return ()

    def _blob(self, args: tuple[str, ...]) -> tuple[str, ...]:
        step = args[0] if args else ""
        if step == "BEGIN":
            return self._blob_begin(args[1:])
        if step == "DATA":
            return self._blob_data(args[1:])
        if step == "END":
            _arguments(args[1:], 0)
            return self._blob_end()
        if step == "ABORT":
            self.transfer = None
            return ()
        raise ProtocolError(ErrorCode.BAD_REQUEST, "BLOB takes BEGIN, DATA, END or ABORT")

    def _blob_begin(self, args: tuple[str, ...]) -> tuple[str, ...]:
        namespace, key, kind, length_text, crc = _arguments(args, 5)
        _check_names(namespace, key)
        if self.board.fault == "reject":
            raise ProtocolError(ErrorCode.REJECTED, "storage is locked")
        if kind not in BYTES_TYPES:
            raise ProtocolError(ErrorCode.BAD_TYPE, "BLOB carries string or blob")
        length = _count(length_text)
        if length > MAX_VALUE:
            raise ProtocolError(ErrorCode.TOO_LONG, f"values take at most {MAX_VALUE} bytes")
        if not _CRC_RE.match(crc):
            raise ProtocolError(ErrorCode.BAD_REQUEST, "CRC-32 is eight lowercase hex digits")
        self.transfer = _Transfer(namespace, key, kind, length, crc, bytearray())
        return ()

    def _blob_data(self, args: tuple[str, ...]) -> tuple[str, ...]:
        offset_text, token = _arguments(args, 2)
        if self.transfer is None:
            raise ProtocolError(ErrorCode.STATE, "no BLOB BEGIN before DATA")
        if self.board.fault == "disconnect-mid-write":
            raise _Dropped
        transfer = self.transfer
        if _count(offset_text) != len(transfer.data):
            raise ProtocolError(ErrorCode.OFFSET, f"expected offset {len(transfer.data)}")
        chunk = _decoded(token)
        if len(chunk) > self.board.chunk:
            raise ProtocolError(ErrorCode.TOO_LONG, f"chunks take at most {self.board.chunk}")
        if len(transfer.data) + len(chunk) > transfer.length:
            raise ProtocolError(ErrorCode.LENGTH, f"more than {transfer.length} bytes")
        transfer.data += chunk
        return (str(len(transfer.data)),)

    def _blob_end(self) -> tuple[str, ...]:
        transfer = self.transfer
        if transfer is None:
            raise ProtocolError(ErrorCode.STATE, "no BLOB BEGIN before END")
        self.transfer = None
        data = bytes(transfer.data)
        if len(data) != transfer.length:
            raise ProtocolError(ErrorCode.LENGTH, f"got {len(data)} of {transfer.length} bytes")
        if crc32_hex(data) != transfer.crc:
            raise ProtocolError(ErrorCode.CRC, f"data has CRC-32 {crc32_hex(data)}")
        _check_bytes(transfer.kind, data)
        self._stage(transfer.namespace, transfer.key, StoredValue(transfer.kind, data))
        return (str(len(data)), transfer.crc)

    def _get(self, args: tuple[str, ...]) -> tuple[str, ...]:
        namespace, key = _arguments(args, 2)
        stored = self._lookup(namespace, key)
        if isinstance(stored.value, int):
            return (stored.kind, str(stored.value))
        return (stored.kind, str(len(stored.value)), crc32_hex(stored.value))

    def _read(self, args: tuple[str, ...]) -> tuple[str, ...]:
        namespace, key, offset_text, count_text = _arguments(args, 4)
        stored = self._lookup(namespace, key)
        if isinstance(stored.value, int):
            raise ProtocolError(ErrorCode.BAD_TYPE, "READ is for strings and blobs")
        offset, count = _count(offset_text), _count(count_text)
        if count > self.board.chunk:
            raise ProtocolError(ErrorCode.TOO_LONG, f"reads take at most {self.board.chunk}")
        if offset > len(stored.value):
            raise ProtocolError(ErrorCode.OFFSET, f"value has {len(stored.value)} bytes")
        return (encode_bytes(stored.value[offset : offset + count]),)

    def _commit(self, args: tuple[str, ...]) -> tuple[str, ...]:
        _arguments(args, 0)
        if self.transfer is not None:
            raise ProtocolError(ErrorCode.STATE, f"BLOB for {self.transfer.key} not ended")
        board = self.board
        with board.lock:
            count = sum(len(keys) for keys in board.staging.values())
            for namespace, keys in board.staging.items():
                board.store.setdefault(namespace, {}).update(keys)
            board.staging = {}
        return (str(count),)

    def _reboot(self, args: tuple[str, ...]) -> tuple[str, ...]:
        _arguments(args, 0)
        self.board.reboot()
        return ()

    def _tpm(self, args: tuple[str, ...]) -> tuple[str, ...]:
        (command_hex,) = _arguments(args, 1)
        backend = self.board.tpm_backend
        if backend is None:
            raise ProtocolError(ErrorCode.NO_TPM, "this board has no TPM")
        try:
            command = bytes.fromhex(command_hex)
        except ValueError:
            raise ProtocolError(ErrorCode.BAD_VALUE, "TPM takes hex") from None
        try:
            response = backend(command)
        except Exception as exc:  # whatever the TPM side raises, the station gets ERR TPM
            raise ProtocolError(ErrorCode.TPM, f"TPM unreachable: {exc}") from None
        return (response.hex(),)

    # -- state ---------------------------------------------------------------------------

    def _stage(self, namespace: str, key: str, stored: StoredValue) -> None:
        if self.board.fault == "corrupt":
            stored = stored.corrupted()
        with self.board.lock:
            self.board.staging.setdefault(namespace, {})[key] = stored
            self.board.received.append((self.board.serial, namespace, key, stored.plain()))

    def _lookup(self, namespace: str, key: str) -> StoredValue:
        _check_names(namespace, key)
        with self.board.lock:
            for values in (self.board.staging, self.board.store):
                stored = values.get(namespace, {}).get(key)
                if stored is not None:
                    return stored
        raise ProtocolError(ErrorCode.NO_KEY, f"no {namespace}/{key}")


def _arguments(args: tuple[str, ...], count: int) -> tuple[str, ...]:
    if len(args) != count:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"expected {count} arguments, got {len(args)}")
    return args


def _check_names(namespace: str, key: str) -> None:
    for name in (namespace, key):
        if not is_valid_name(name):
            raise ProtocolError(ErrorCode.BAD_NAME, "names are 1 to 15 printable characters")


def _integer(kind: str, token: str) -> int:
    if not _INTEGER_RE.match(token):
        raise ProtocolError(ErrorCode.BAD_VALUE, "not a decimal integer")
    try:
        check_integer(kind, int(token))
    except ValueError as exc:
        raise ProtocolError(ErrorCode.RANGE, str(exc)) from None
    return int(token)


def _decoded(token: str) -> bytes:
    try:
        return decode_bytes(token)
    except ValueError:
        raise ProtocolError(ErrorCode.BAD_VALUE, "not base64") from None


def _check_bytes(kind: str, data: bytes) -> None:
    if len(data) > MAX_VALUE:
        raise ProtocolError(ErrorCode.TOO_LONG, f"values take at most {MAX_VALUE} bytes")
    if kind == "string" and b"\x00" in data:
        raise ProtocolError(ErrorCode.BAD_VALUE, "strings hold no NUL byte")


def _count(text: str) -> int:
    if not text.isdigit():
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{text!r} is not a count")
    return int(text)
