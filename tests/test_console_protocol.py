"""The console protocol as a board speaks it, driven line by line over a real socket.

Version 1 first (a session is in version 1 until HELLO says otherwise), then
version 2: negotiation, transactions whose COMMIT replaces the namespace,
GET from storage, LIST, announced limits, and lines the board cannot read.
"""

from __future__ import annotations

import socket

import pytest

from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.serving import ServedBoard
from station.transports.console_protocol import (
    ErrorCode,
    Reply,
    Request,
    crc32_hex,
    decode_bytes,
    encode_bytes,
    is_standard_code,
    leading_seq,
    parse_fields,
    parse_reply,
    parse_request,
    printable_excerpt,
    reply_in_line,
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
        return self.reply_to(self.seq)

    def reply_to(self, seq: int) -> str:
        """The reply with ``seq``, without its SEQ; other lines go to ``chatter``."""
        while True:
            text = self.line()
            reply = parse_reply(text)
            if reply is not None and reply.seq == seq:
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


def test_a_version_1_board_refuses_hello_2() -> None:
    old = VirtualConsoleBoard(protocol=1)
    with old.serve_tcp() as served:
        client = Wire(served)
        assert client.ask("HELLO 2").startswith("ERR VERSION")
        hello = parse_fields(tuple(client.ask("HELLO 1").split(" ")[1:]))
        client.close()
    assert hello["proto"] == "1"
    assert "value" not in hello and "keys" not in hello  # version 1 announces no limits


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


# -- version 2 ------------------------------------------------------------------------


def _hello_fields(reply: str) -> dict[str, str]:
    status, *fields = reply.split(" ")
    assert status == "OK", reply
    return parse_fields(tuple(fields))


def test_hello_settles_on_the_newest_version_both_speak(wire: Wire) -> None:
    assert _hello_fields(wire.ask("HELLO 2"))["proto"] == "2"
    assert _hello_fields(wire.ask("HELLO 7"))["proto"] == "2"  # a newer station
    assert _hello_fields(wire.ask("HELLO 1"))["proto"] == "1"  # an older station
    assert wire.ask("HELLO 0").startswith("ERR VERSION")
    assert wire.ask("HELLO two").startswith("ERR BAD_REQUEST")


def test_hello_2_announces_the_limits() -> None:
    small = VirtualConsoleBoard(value_limit=900, key_limit=3, stage_limit=1200, line_limit=300)
    with small.serve_tcp() as served:
        client = Wire(served)
        hello = _hello_fields(client.ask("HELLO 2"))
        client.close()
    assert (hello["value"], hello["keys"], hello["stage"], hello["line"]) == (
        "900", "3", "1200", "300"
    )
    assert hello["chunk"] == "256"


def test_values_are_staged_inside_a_transaction(wire: Wire) -> None:
    wire.ask("HELLO 2")
    assert wire.ask("SET dps port u16 8883").startswith("ERR STATE")
    assert wire.ask("COMMIT").startswith("ERR STATE")
    assert wire.ask("BEGIN dps") == "OK"
    assert wire.ask("SET other port u16 8883").startswith("ERR STATE")
    assert wire.ask("BLOB BEGIN other cert blob 4 00000000").startswith("ERR STATE")
    # SET answers with what it staged, as GET would describe it.
    assert wire.ask("SET dps port u16 8883") == "OK u16 8883"
    text, crc = encode_bytes(b"0ne0012ABCD"), crc32_hex(b"0ne0012ABCD")
    assert wire.ask(f"SET dps scope_id string {text}") == f"OK string 11 {crc}"


def test_get_answers_from_storage_only(wire: Wire, board: VirtualConsoleBoard) -> None:
    wire.ask("HELLO 2")
    wire.ask("BEGIN dps")
    wire.ask("SET dps port u16 8883")
    assert wire.ask("GET dps port").startswith("ERR NO_KEY")  # staged is not stored
    assert wire.ask("READ dps port 0 1").startswith("ERR NO_KEY")
    assert wire.ask("COMMIT") == "OK 1"
    assert wire.ask("GET dps port") == "OK u16 8883"
    assert board.committed == {"dps": {"port": 8883}}


def test_commit_replaces_what_the_namespace_held(wire: Wire, board: VirtualConsoleBoard) -> None:
    wire.ask("HELLO 2")
    wire.ask("BEGIN dps")
    wire.ask(f"SET dps cert_pem blob {encode_bytes(b'old cert')}")
    wire.ask(f"SET dps key_pem blob {encode_bytes(b'old key')}")
    assert wire.ask("COMMIT") == "OK 2"
    assert wire.ask("LIST dps") == "OK 2 cert_pem key_pem"
    wire.ask("BEGIN dps")
    wire.ask(f"SET dps sas_key string {encode_bytes(b'new key')}")
    assert wire.ask("COMMIT") == "OK 1"
    assert wire.ask("LIST dps") == "OK 1 sas_key"
    assert wire.ask("GET dps cert_pem").startswith("ERR NO_KEY")
    assert board.committed == {"dps": {"sas_key": "new key"}}


def test_an_empty_transaction_clears_the_namespace(wire: Wire, board: VirtualConsoleBoard) -> None:
    wire.ask("HELLO 2")
    wire.ask("BEGIN dps")
    wire.ask("SET dps port u16 1")
    wire.ask("COMMIT")
    assert wire.ask("BEGIN dps") == "OK"
    assert wire.ask("COMMIT") == "OK 0"
    assert wire.ask("LIST dps") == "OK 0"
    assert board.committed == {}


def test_hello_abandons_an_open_transaction(wire: Wire, board: VirtualConsoleBoard) -> None:
    wire.ask("HELLO 2")
    wire.ask("BEGIN dps")
    wire.ask("SET dps port u16 1")
    wire.ask("HELLO 2")
    assert wire.ask("COMMIT").startswith("ERR STATE")
    assert board.staged == {}


def test_a_version_1_session_has_no_transactions(wire: Wire) -> None:
    wire.ask("HELLO 1")
    assert wire.ask("BEGIN dps").startswith("ERR UNKNOWN_VERB")
    assert wire.ask("LIST dps").startswith("ERR UNKNOWN_VERB")
    assert wire.ask("SET dps port u16 1") == "OK"  # no summary in version 1
    assert wire.ask("GET dps port") == "OK u16 1"  # staged values answer GET


def test_the_announced_limits_hold() -> None:
    small = VirtualConsoleBoard(value_limit=8, key_limit=2, stage_limit=12)
    with small.serve_tcp() as served:
        client = Wire(served)
        client.ask("HELLO 2")
        client.ask("BEGIN dps")
        assert client.ask(f"SET dps a blob {encode_bytes(b'123456789')}").startswith(
            "ERR TOO_LONG"
        )
        assert client.ask("BLOB BEGIN dps a blob 9 00000000").startswith("ERR TOO_LONG")
        assert client.ask(f"SET dps a blob {encode_bytes(b'12345678')}").startswith("OK")
        assert client.ask(f"SET dps b blob {encode_bytes(b'12345')}").startswith("ERR TOO_LONG")
        assert client.ask(f"SET dps b blob {encode_bytes(b'1234')}").startswith("OK")
        assert client.ask("SET dps c u8 1").startswith("ERR TOO_MANY")
        assert client.ask("SET dps b u8 1").startswith("OK")  # replacing a key takes no room
        client.close()


def test_an_overlong_line_is_answered_once_with_its_seq() -> None:
    board = VirtualConsoleBoard(line_limit=300)
    with board.serve_tcp() as served:
        client = Wire(served)
        client.ask("HELLO 2")
        client.sock.sendall(b"41 SET dps x string " + b"A" * 400 + b"\n")
        assert client.reply_to(41).startswith("ERR TOO_LONG")
        client.sock.sendall(b"42 SET dps x string " + b"A" * 5000 + b"\n")  # over several reads
        assert client.reply_to(42).startswith("ERR TOO_LONG")
        assert client.ask("BEGIN dps") == "OK"  # the next request is read normally
        client.sock.sendall(b"43 set dps x\n")
        assert client.reply_to(43).startswith("ERR BAD_REQUEST")
        client.close()
    assert not any(parse_reply(line) for line in client.chatter)  # no second answers


def test_a_version_1_board_answers_an_overlong_line_with_seq_zero() -> None:
    board = VirtualConsoleBoard(line_limit=300, protocol=1)
    with board.serve_tcp() as served:
        client = Wire(served)
        client.ask("HELLO 1")
        client.sock.sendall(b"41 SET dps x string " + b"A" * 400 + b"\n")
        assert client.reply_to(0).startswith("ERR TOO_LONG")
        client.close()


def test_replies_are_found_behind_prompts_and_terminal_codes() -> None:
    assert reply_in_line(b"factory> 12 OK a b") == Reply(12, True, ("a", "b"))
    assert reply_in_line(b"> > 5 ERR CRC bad") == Reply(5, False, code="CRC", message="bad")
    assert reply_in_line(b"\x1b[32mesp32>\x1b[0m 7 OK") == Reply(7, True)
    assert reply_in_line(b"uart:~$ 3 OK\r") == Reply(3, True)
    assert reply_in_line(b"half a line\r9 OK") == Reply(9, True)
    assert reply_in_line(b"5 OK a>b") == Reply(5, True, ("a>b",))
    assert reply_in_line(b"I (251) app_start: self test: 3 OK, 0 failed") is None
    assert reply_in_line(b"\xff\xfe 3 OK") is None
    assert leading_seq(b"41 SET dps") == 41
    assert leading_seq(b"SET dps") == 0
    assert leading_seq(b"99999 SET") == 0


def test_codes_outside_the_table_are_the_boards_own() -> None:
    assert is_standard_code(ErrorCode.REJECTED, 1)
    assert is_standard_code(ErrorCode.TOO_MANY, 2)
    assert not is_standard_code(ErrorCode.TOO_MANY, 1)
    assert not is_standard_code("ACME_FLASH_LOCKED", 2)
