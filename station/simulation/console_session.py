"""One connection to a virtual console board: reading requests, answering them.

The board's state lives in ``VirtualConsoleBoard``; this module holds the
protocol engine that runs on the serving thread for one connection. It speaks
version 1 until a HELLO settles the version (see docs/console-protocol.md).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from station.credentials.keys import DeviceKey, generate_key
from station.simulation.serving import ByteStream
from station.transports.console_protocol import (
    BYTES_TYPES,
    DIALECTS,
    INTEGER_RANGES,
    KEYGEN_FIELD,
    PROTOCOL_VERSIONS,
    VALUE_TYPES,
    Dialect,
    ErrorCode,
    Request,
    check_integer,
    crc32_hex,
    decode_bytes,
    encode_bytes,
    format_err,
    format_ok,
    is_valid_name,
    leading_seq,
    parse_request,
    public_key_id,
    value_summary,
)

if TYPE_CHECKING:
    from station.simulation.console_board import VirtualConsoleBoard

_INTEGER_RE = re.compile(r"^-?[0-9]+$")
_CRC_RE = re.compile(r"^[0-9a-f]{8}$")
_VERSION_RE = re.compile(r"^(0|[1-9][0-9]{0,4})$")

Handler = Callable[[tuple[str, ...]], tuple[str, ...]]


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

    @property
    def size(self) -> int:
        """Bytes the value takes in a staging buffer (integers take none of it)."""
        return 0 if isinstance(self.value, int) else len(self.value)


class ProtocolError(Exception):
    """A request the board answers with ERR."""

    def __init__(self, code: ErrorCode | str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _Dropped(Exception):
    """The board pulled itself off the connection (the disconnect faults)."""


class _Unanswered(Exception):
    """The request gets no reply (a lost request or a lost reply)."""


@dataclass
class _Transfer:
    namespace: str
    key: str
    kind: str
    length: int
    crc: str
    data: bytearray


class ConsoleSession:
    """Answers requests on one connection until it ends. Runs on the serving thread.

    A slow boot prints its banner from a helper thread; until it is done the
    session drops what arrives, as a board whose UART is not up yet would.
    """

    def __init__(self, board: VirtualConsoleBoard, stream: ByteStream) -> None:
        self.board = board
        self.stream = stream
        self.dialect: Dialect = DIALECTS[1]
        self.transaction: str | None = None  # version 2: the namespace BEGIN opened
        self.transfer: _Transfer | None = None
        # KEY NEW's keys, by slot, until COMMIT makes them the board's; KEY CSR's output.
        self.new_keys: dict[str, DeviceKey] = {}
        self.key_output: bytes | None = None
        self.sets_answered = 0
        self.last_reply = b""
        self._ready = threading.Event()
        self._ended = threading.Event()

    def run(self) -> None:
        try:
            self._serve()
        finally:
            self._ended.set()

    def _serve(self) -> None:
        self._boot()
        buffer = bytearray()
        overlong: int | None = None  # SEQ to answer TOO_LONG with once the long line ends
        while True:
            data = self.stream.read()
            if not data:
                return
            if not self._ready.is_set():
                continue  # still booting: the UART is not listening yet
            buffer += data
            while (end := buffer.find(b"\n")) >= 0:
                line = bytes(buffer[:end]).rstrip(b"\r")
                del buffer[: end + 1]
                if overlong is None and end + 1 > self.board.line_limit:
                    overlong = self._seq_of(line)
                if overlong is not None:
                    self._answer(format_err(overlong, ErrorCode.TOO_LONG, self._too_long()))
                    overlong = None
                    continue
                try:
                    self._take(line)
                except _Dropped:
                    self.stream.close()
                    return
                if not self._ready.is_set():
                    buffer.clear()  # rebooting: the rest of the input is lost
                    break
            if len(buffer) > self.board.line_limit:
                # Keep reading to the line's end, answering once, as the checklist asks.
                if overlong is None:
                    overlong = self._seq_of(bytes(buffer))
                buffer.clear()

    def _seq_of(self, line: bytes) -> int:
        return leading_seq(line) if self.dialect.seq_in_line_errors else 0

    def _too_long(self) -> str:
        return f"line over {self.board.line_limit} bytes"

    # -- output --------------------------------------------------------------------------

    def _boot(self) -> None:
        """Start as the board starts: banner, then the prompt; slowly when ``boot_s`` says."""
        if self.board.fault == "silent":
            self._ready.set()
            return
        lines = self.board.banner()
        if self.board.boot_s <= 0:
            self._print(lines)
            self._ready.set()
            self._prompt()
            return
        self._ready.clear()
        step = self.board.boot_s / len(lines)

        def boot() -> None:
            for line in lines:
                if self._ended.wait(step):
                    return
                self._print([line])
            self._prompt()
            self._ready.set()  # only now may the serving thread write replies

        threading.Thread(target=boot, name=f"{self.board.board_type} boot", daemon=True).start()

    def _print(self, lines: list[str]) -> None:
        # latin-1: bootloader chatter holds bytes that are not text.
        self.stream.write("".join(f"{line}\r\n" for line in lines).encode("latin-1"))

    def _prompt(self) -> None:
        if self.board.prompt:
            self.stream.write(self.board.prompt.encode("ascii"))

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
        self._prompt()

    def _noise(self) -> bytes:
        rng = self.board.rng
        alphabet = b"\xff\xfe\x80\x00#%&*?@abcXYZ019"
        body = bytes(rng.choice(alphabet) for _ in range(rng.randint(24, 48)))
        return b"\xff" + body + b"\n"

    # -- requests ------------------------------------------------------------------------

    def _take(self, line: bytes) -> None:
        if not line.strip():
            return
        text = line.decode("ascii", "replace")
        request = parse_request(text)
        if request is None:
            seq = self._seq_of(line)
            self._answer(format_err(seq, ErrorCode.BAD_REQUEST, "not a request line"))
            return
        try:
            fields = self._handle(request)
        except ProtocolError as exc:
            self._answer(format_err(request.seq, exc.code, exc.message))
            return
        except _Unanswered:
            return
        self._answer(format_ok(request.seq, *fields))
        if request.verb == "REBOOT":
            self.transfer = None
            self.transaction = None
            self._drop_new_keys()
            self.dialect = DIALECTS[1]
            self._boot()

    def _handle(self, request: Request) -> tuple[str, ...]:
        handlers: dict[str, Handler] = {
            "HELLO": self._hello,
            "SET": self._set,
            "BLOB": self._blob,
            "GET": self._get,
            "READ": self._read,
            "COMMIT": self._commit,
            "REBOOT": self._reboot,
            "TPM": self._tpm,
        }
        if self.dialect.transactions:
            handlers.update(BEGIN=self._begin, LIST=self._list)
            if self.board.key_algorithms:
                handlers["KEY"] = self._key
        handler = handlers.get(request.verb)
        if handler is None:
            raise ProtocolError(ErrorCode.UNKNOWN_VERB, f"no verb {request.verb}")
        return handler(request.args)

    def _hello(self, args: tuple[str, ...]) -> tuple[str, ...]:
        board = self.board
        version = self._version_for(args)
        self.dialect = DIALECTS[version]
        if self.dialect.transactions:
            # A version 2 HELLO starts a session: whatever was staged is abandoned.
            self.transfer = None
            self.transaction = None
            self._drop_new_keys()
            with board.lock:
                board.staging = {}
        line = board.line_limit if board.announced_line is None else board.announced_line
        fields = [
            f"proto={version}",
            f"board={board.board_type}",
            f"serial={board.serial}",
            f"mac={board.mac_text()}",
            f"fw={board.firmware}",
            f"chunk={board.chunk}",
            *([f"line={line}"] if line else []),
            f"tpm={1 if board.tpm_backend else 0}",
        ]
        if self.dialect.announces_limits:
            fields += [
                f"value={board.value_limit}",
                f"keys={board.key_limit}",
                f"stage={board.stage_limit}",
            ]
            if board.key_algorithms:
                fields.append(f"{KEYGEN_FIELD}={','.join(board.key_algorithms)}")
        return tuple(fields)

    def _version_for(self, args: tuple[str, ...]) -> int:
        """The version to speak: version 1 wants its own number; later ones the highest <= asked."""
        if self.board.protocol == 1:
            if args and args[0] != "1":
                raise ProtocolError(ErrorCode.VERSION, "this board speaks protocol 1")
            return 1
        (asked,) = _arguments(args, 1)
        if not _VERSION_RE.match(asked):
            raise ProtocolError(ErrorCode.BAD_REQUEST, "HELLO takes a version number")
        spoken = [v for v in PROTOCOL_VERSIONS if v <= min(int(asked), self.board.protocol)]
        if not spoken:
            raise ProtocolError(ErrorCode.VERSION, "this board speaks protocols 1 and 2")
        return max(spoken)

    def _begin(self, args: tuple[str, ...]) -> tuple[str, ...]:
        (namespace,) = _arguments(args, 1)
        _check_names(namespace)
        self.transfer = None
        self.transaction = namespace
        with self.board.lock:
            self.board.staging = {namespace: {}}
        return ()

    def _set(self, args: tuple[str, ...]) -> tuple[str, ...]:
        namespace, key, kind, token = _arguments(args, 4)
        _check_names(namespace, key)
        if self.board.fault == "disconnect-mid-write" and (
            self.sets_answered >= self.board.fault_after_sets
        ):
            raise _Dropped
        self._check_refusal()
        self._check_transaction(namespace)
        if kind not in VALUE_TYPES:
            raise ProtocolError(ErrorCode.BAD_TYPE, f"no type {kind}")
        if kind in INTEGER_RANGES:
            value: bytes | int = _integer(kind, token)
        else:
            value = _decoded(token)
            _check_text(kind, value)
        stored = self._stage(namespace, key, StoredValue(kind, value))
        self.sets_answered += 1
        return value_summary(stored.kind, stored.value) if self.dialect.transactions else ()

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
        self._check_refusal()
        self._check_transaction(namespace)
        if kind not in BYTES_TYPES:
            raise ProtocolError(ErrorCode.BAD_TYPE, "BLOB carries string or blob")
        length = _count(length_text)
        if not _CRC_RE.match(crc):
            raise ProtocolError(ErrorCode.BAD_REQUEST, "CRC-32 is eight lowercase hex digits")
        self._check_room(namespace, key, length)
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
        _check_text(transfer.kind, data)
        self._stage(transfer.namespace, transfer.key, StoredValue(transfer.kind, data))
        return (str(len(data)), transfer.crc)

    def _get(self, args: tuple[str, ...]) -> tuple[str, ...]:
        namespace, key = _arguments(args, 2)
        stored = self._lookup(namespace, key)
        return value_summary(stored.kind, stored.value)

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

    def _list(self, args: tuple[str, ...]) -> tuple[str, ...]:
        (namespace,) = _arguments(args, 1)
        _check_names(namespace)
        with self.board.lock:
            keys = list(self.board.store.get(namespace, {}))
        return (str(len(keys)), *keys)

    def _commit(self, args: tuple[str, ...]) -> tuple[str, ...]:
        _arguments(args, 0)
        if self.transfer is not None:
            raise ProtocolError(ErrorCode.STATE, f"BLOB for {self.transfer.key} not ended")
        if self.dialect.transactions and self.transaction is None:
            raise ProtocolError(ErrorCode.STATE, "no BEGIN before COMMIT")
        fault = self.board.commit_fault
        if fault == "commit-lost":
            raise _Unanswered
        board = self.board
        with board.lock:
            if self.transaction is not None:
                # Version 2: the namespace holds exactly what was staged since BEGIN.
                staged = board.staging.get(self.transaction, {})
                board.store[self.transaction] = dict(staged)
                written = [(self.transaction, key) for key in staged]
                # New device keys become the board's with the values, in the same COMMIT.
                board.key_store.update(self.new_keys)
                self._drop_new_keys()
            else:
                written = [(ns, key) for ns, keys in board.staging.items() for key in keys]
                for namespace, keys in board.staging.items():
                    board.store.setdefault(namespace, {}).update(keys)
            if fault == "corrupt-after-commit" and written:
                namespace, key = written[-1]
                board.store[namespace][key] = board.store[namespace][key].corrupted()
            board.staging = {}
        self.transaction = None
        if fault == "commit-reply-lost":
            raise _Unanswered
        if fault == "commit-then-disconnect":
            raise _Dropped
        return (str(len(written)),)

    def _reboot(self, args: tuple[str, ...]) -> tuple[str, ...]:
        _arguments(args, 0)
        self.board.reboot()
        self._ready.clear()  # the banner follows the reply; input meanwhile is lost
        return ()

    def _key(self, args: tuple[str, ...]) -> tuple[str, ...]:
        step = args[0] if args else ""
        if step == "NEW":
            return self._key_new(args[1:])
        if step == "CSR":
            return self._key_csr(args[1:])
        if step == "READ":
            return self._key_read(args[1:])
        if step == "INFO":
            return self._key_info(args[1:])
        raise ProtocolError(ErrorCode.BAD_REQUEST, "KEY takes NEW, CSR, READ or INFO")

    def _key_new(self, args: tuple[str, ...]) -> tuple[str, ...]:
        slot, algorithm = _arguments(args, 2)
        _check_names(slot)
        self._check_refusal()
        if algorithm not in self.board.key_algorithms:
            made = ", ".join(self.board.key_algorithms)
            raise ProtocolError(ErrorCode.BAD_TYPE, f"this board makes {made} keys")
        self.key_output = None
        self.new_keys[slot] = generate_key(algorithm)
        return ()

    def _key_csr(self, args: tuple[str, ...]) -> tuple[str, ...]:
        slot, token = _arguments(args, 2)
        _check_names(slot)
        key = self.new_keys.get(slot)
        if key is None:
            raise ProtocolError(ErrorCode.STATE, f"no KEY NEW for {slot} in this session")
        name = _decoded(token)
        if not name or b"\x00" in name:
            raise ProtocolError(ErrorCode.BAD_VALUE, "the common name is empty or holds NUL")
        try:
            text = name.decode("utf-8")
            self.key_output = self.board.certificate_request(key, text)
        except ValueError as exc:  # not UTF-8, or no common name (over 64 characters)
            raise ProtocolError(ErrorCode.BAD_VALUE, f"no certificate request: {exc}") from None
        return (str(len(self.key_output)), crc32_hex(self.key_output))

    def _key_read(self, args: tuple[str, ...]) -> tuple[str, ...]:
        offset_text, count_text = _arguments(args, 2)
        output = self.key_output
        if output is None:
            raise ProtocolError(ErrorCode.STATE, "no KEY CSR to read")
        offset, count = _count(offset_text), _count(count_text)
        if count > self.board.chunk:
            raise ProtocolError(ErrorCode.TOO_LONG, f"reads take at most {self.board.chunk}")
        if offset > len(output):
            raise ProtocolError(ErrorCode.OFFSET, f"the request has {len(output)} bytes")
        return (encode_bytes(output[offset : offset + count]),)

    def _key_info(self, args: tuple[str, ...]) -> tuple[str, ...]:
        (slot,) = _arguments(args, 1)
        _check_names(slot)
        with self.board.lock:
            key = self.board.key_store.get(slot)
        if key is None:
            raise ProtocolError(ErrorCode.NO_KEY, f"no key in {slot}")
        spki = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        algorithm = "rsa-2048" if isinstance(key, rsa.RSAPrivateKey) else "ec-p256"
        return (algorithm, public_key_id(spki))

    def _drop_new_keys(self) -> None:
        self.new_keys = {}
        self.key_output = None

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

    def _check_refusal(self) -> None:
        if self.board.fault == "reject":
            raise ProtocolError(*self.board.reject_with)

    def _check_transaction(self, namespace: str) -> None:
        if not self.dialect.transactions:
            return
        if self.transaction is None:
            raise ProtocolError(ErrorCode.STATE, "no BEGIN before this value")
        if namespace != self.transaction:
            raise ProtocolError(ErrorCode.STATE, f"the open transaction is for {self.transaction}")

    def _check_room(self, namespace: str, key: str, size: int) -> None:
        board = self.board
        if size > board.value_limit:
            raise ProtocolError(
                ErrorCode.TOO_LONG, f"values take at most {board.value_limit} bytes"
            )
        with board.lock:
            staged = board.staging.get(namespace, {})
            others = [stored for name, stored in staged.items() if name != key]
        if len(others) >= board.key_limit:
            code = ErrorCode.TOO_MANY if self.dialect.transactions else ErrorCode.STORAGE
            raise ProtocolError(code, f"a namespace holds at most {board.key_limit} keys")
        if sum(stored.size for stored in others) + size > board.stage_limit:
            raise ProtocolError(
                ErrorCode.TOO_LONG, f"staging holds at most {board.stage_limit} bytes"
            )

    def _stage(self, namespace: str, key: str, stored: StoredValue) -> StoredValue:
        self._check_room(namespace, key, stored.size)
        if self.board.fault == "corrupt":
            stored = stored.corrupted()
        with self.board.lock:
            self.board.staging.setdefault(namespace, {})[key] = stored
            self.board.received.append((self.board.serial, namespace, key, stored.plain()))
        return stored

    def _lookup(self, namespace: str, key: str) -> StoredValue:
        _check_names(namespace, key)
        # Version 1 answers from staging first; version 2 only ever from storage.
        with self.board.lock:
            places = [self.board.store]
            if not self.dialect.transactions:
                places.insert(0, self.board.staging)
            for values in places:
                stored = values.get(namespace, {}).get(key)
                if stored is not None:
                    return stored
        raise ProtocolError(ErrorCode.NO_KEY, f"no {namespace}/{key}")


def _arguments(args: tuple[str, ...], count: int) -> tuple[str, ...]:
    if len(args) != count:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"expected {count} arguments, got {len(args)}")
    return args


def _check_names(*names: str) -> None:
    for name in names:
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


def _check_text(kind: str, data: bytes) -> None:
    if kind == "string" and b"\x00" in data:
        raise ProtocolError(ErrorCode.BAD_VALUE, "strings hold no NUL byte")


def _count(text: str) -> int:
    if not text.isdigit():
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{text!r} is not a count")
    return int(text)
