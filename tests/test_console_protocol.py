"""The console protocol as a board speaks it, driven line by line over a real socket."""

from __future__ import annotations

import socket

import pytest

from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.serving import ServedBoard
from station.transports.console_protocol import (
    Reply,
    Request,
    crc32_hex,
    decode_bytes,
    encode_bytes,
    parse_fields,
    parse_reply,
    parse_request,
    printable_excerpt,
)


class Wire:
    """A bare client that sends request lines and reads reply lines, skipping the banner."""

    def __init__(self, served: ServedBoard) -> None:
        host, port = served.url.removeprefix("socket://").split(":")
        self.sock = socket.create_connection((host, int(port)))
        self.reader = self.sock.makefile("rb")
        self.seq = 0
        self.chatter: list[str] = []

    def line(self) -> str:
        raw = self.reader.readline()
        assert raw, "the board closed the connection"
        return raw.decode("ascii").rstrip("\r\n")

    def ask(self, request: str) -> str:
        self.seq += 1
        self.sock.sendall(f"{self.seq} {request}\n".encode("ascii"))
        while True:
            text = self.line()
            reply = parse_reply(text)
            if reply is not None and reply.seq == self.seq:
                return text.split(" ", 1)[1]
            self.chatter.append(text)

    def close(self) -> None:
        self.reader.close()
        self.sock.close()


@pytest.fixture
def board() -> VirtualConsoleBoard:
    return VirtualConsoleBoard(board_type="acme-sensor", seed=7)


@pytest.fixture
def wire(board: VirtualConsoleBoard):
    with board.serve_tcp() as served:
        client = Wire(served)
        yield client
        client.close()


def test_crc32_is_the_ieee_one() -> None:
    assert crc32_hex(b"123456789") == "cbf43926"


def test_bytes_encoding_round_trips_and_marks_empty() -> None:
    assert encode_bytes(b"") == "-"
    assert decode_bytes("-") == b""
    assert decode_bytes(encode_bytes(b"a b\nc")) == b"a b\nc"
    with pytest.raises(ValueError):
        decode_bytes("not base64!")


def test_banner_and_log_lines_are_not_replies() -> None:
    assert parse_reply("ets Jul 29 2019 12:21:46") is None
    assert parse_reply("I (1234) wifi: connected") is None
    assert parse_reply("12 HELLO 1") is None  # an echoed request
    assert parse_reply("12 ERR NO_KEY no dps/x") == Reply(
        12, False, code="NO_KEY", message="no dps/x"
    )
    assert parse_reply("3 OK u16 8883") == Reply(3, True, ("u16", "8883"))
    assert parse_reply("4 OK") == Reply(4, True, ())
    assert parse_request("7 BLOB DATA 0 AAAA") == Request(7, "BLOB", ("DATA", "0", "AAAA"))
    assert parse_request("8 COMMIT") == Request(8, "COMMIT", ())


def test_printable_excerpt_escapes_and_cuts() -> None:
    assert printable_excerpt(b"ok\xff\n") == "ok\\xff\\n"
    assert len(printable_excerpt(b"x" * 500, limit=40)) == 40


def test_board_prints_a_banner_then_answers_hello(wire: Wire, board: VirtualConsoleBoard) -> None:
    reply = wire.ask("HELLO 1")
    assert any("factory firmware" in line for line in wire.chatter)
    status, *fields = reply.split(" ")
    info = parse_fields(tuple(fields))
    assert status == "OK"
    assert info["proto"] == "1"
    assert info["board"] == "acme-sensor"
    assert info["serial"] == board.serial
    assert info["mac"].replace(":", "") == board.mac
    assert info["tpm"] == "0"


def test_hello_with_another_protocol_version_is_refused(wire: Wire) -> None:
    assert wire.ask("HELLO 2").startswith("ERR VERSION")


def test_set_get_commit(wire: Wire, board: VirtualConsoleBoard) -> None:
    assert wire.ask(f"SET dps scope_id string {encode_bytes(b'0ne0012ABCD')}") == "OK"
    assert wire.ask("SET dps port u16 8883") == "OK"
    assert wire.ask("GET dps scope_id") == f"OK string 11 {crc32_hex(b'0ne0012ABCD')}"
    assert wire.ask("GET dps port") == "OK u16 8883"
    assert board.committed == {}
    assert wire.ask("COMMIT") == "OK 2"
    assert board.committed == {"dps": {"scope_id": "0ne0012ABCD", "port": 8883}}
    assert board.staged == {}


def test_values_are_checked_against_their_type(wire: Wire) -> None:
    assert wire.ask("SET dps level u8 256").startswith("ERR RANGE")
    assert wire.ask("SET dps level i8 -129").startswith("ERR RANGE")
    assert wire.ask("SET dps level u8 twelve").startswith("ERR BAD_VALUE")
    assert wire.ask("SET dps level float 1").startswith("ERR BAD_TYPE")
    assert wire.ask("SET dps name string %%%").startswith("ERR BAD_VALUE")
    assert wire.ask("SET dps much_too_long_a_key u8 1").startswith("ERR BAD_NAME")
    assert wire.ask("GET dps nothing").startswith("ERR NO_KEY")
    assert wire.ask("FLY dps").startswith("ERR UNKNOWN_VERB")


def test_blob_transfer_checks_offset_length_and_crc(wire: Wire, board: VirtualConsoleBoard) -> None:
    data = bytes(range(256)) * 2
    crc = crc32_hex(data)
    assert wire.ask(f"BLOB BEGIN dps cert blob {len(data)} {crc}") == "OK"
    assert wire.ask(f"BLOB DATA 0 {encode_bytes(data[:200])}") == "OK 200"
    assert wire.ask(f"BLOB DATA 100 {encode_bytes(data[200:])}").startswith("ERR OFFSET")
    assert wire.ask("COMMIT").startswith("ERR STATE")
    assert wire.ask(f"BLOB DATA 200 {encode_bytes(data[200:])}").startswith("ERR TOO_LONG")
    assert wire.ask(f"BLOB DATA 200 {encode_bytes(data[200:456])}") == "OK 456"
    assert wire.ask(f"BLOB DATA 456 {encode_bytes(data[456:])}") == "OK 512"
    assert wire.ask("BLOB END") == f"OK 512 {crc}"
    assert wire.ask("GET dps cert") == f"OK blob 512 {crc}"
    assert wire.ask("READ dps cert 510 2") == f"OK {encode_bytes(data[510:])}"
    assert wire.ask("COMMIT") == "OK 1"
    assert board.committed["dps"]["cert"] == data


def test_blob_with_wrong_crc_or_short_data_is_not_stored(wire: Wire) -> None:
    assert wire.ask("BLOB BEGIN dps cert blob 4 00000000") == "OK"
    assert wire.ask(f"BLOB DATA 0 {encode_bytes(b'abcd')}") == "OK 4"
    assert wire.ask("BLOB END").startswith("ERR CRC")
    assert wire.ask(f"BLOB BEGIN dps cert blob 8 {crc32_hex(b'abcd')}") == "OK"
    assert wire.ask(f"BLOB DATA 0 {encode_bytes(b'abcd')}") == "OK 4"
    assert wire.ask("BLOB END").startswith("ERR LENGTH")
    assert wire.ask("GET dps cert").startswith("ERR NO_KEY")
    assert wire.ask("BLOB END").startswith("ERR STATE")


def test_lines_that_are_not_requests_get_sequence_zero(wire: Wire) -> None:
    wire.sock.sendall(b"hello board\n")
    lines = iter(wire.line, "console ready")
    assert all(parse_reply(line) is None for line in lines)  # the banner
    assert wire.line() == "0 ERR BAD_REQUEST not a request line"


def test_tpm_verb_relays_to_the_backend_or_says_there_is_none() -> None:
    seen: list[bytes] = []

    def backend(command: bytes) -> bytes:
        seen.append(command)
        return b"\x80\x01\x00\x00\x00\x0a\x00\x00\x00\x00"

    with_tpm = VirtualConsoleBoard(tpm_backend=backend)
    with with_tpm.serve_tcp() as served:
        client = Wire(served)
        assert "tpm=1" in client.ask("HELLO 1")
        assert client.ask("TPM 80010000000c0000017b0008") == "OK 80010000000a00000000"
        assert client.ask("TPM xyz").startswith("ERR BAD_VALUE")
        client.close()
    assert seen == [bytes.fromhex("80010000000c0000017b0008")]

    without = VirtualConsoleBoard()
    with without.serve_tcp() as served:
        client = Wire(served)
        assert client.ask("TPM 8001").startswith("ERR NO_TPM")
        client.close()


def test_reboot_drops_staged_values_and_prints_the_banner_again(
    wire: Wire, board: VirtualConsoleBoard
) -> None:
    assert wire.ask("SET dps a u8 1") == "OK"
    assert wire.ask("REBOOT") == "OK"
    assert wire.ask("GET dps a").startswith("ERR NO_KEY")
    assert sum("factory firmware" in line for line in wire.chatter) == 2
    assert board.reboots == 1


def test_a_new_connection_is_a_fresh_session(board: VirtualConsoleBoard) -> None:
    with board.serve_tcp() as served:
        first = Wire(served)
        assert first.ask("SET dps a u8 1") == "OK"
        assert first.ask("SET dps b u8 2") == "OK"
        assert first.ask("COMMIT") == "OK 2"
        assert first.ask("SET dps c u8 3") == "OK"
        first.close()
        second = Wire(served)
        assert second.ask("GET dps c").startswith("ERR NO_KEY")
        assert second.ask("GET dps a") == "OK u8 1"
        second.close()
