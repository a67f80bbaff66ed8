"""The virtual ESP32 on the wire: packets, status bytes and error replies, byte for byte."""

from __future__ import annotations

import hashlib
import queue
import socket
import struct
import threading
import zlib

import pytest

from station.simulation.esp32 import VirtualEsp32
from station.simulation.esp32.__main__ import main, run_forever
from station.simulation.esp32.protocol import (
    ROM_SYNC_VALUE,
    SYNC_PAYLOAD,
    Command,
    build_request,
    checksum,
)
from station.simulation.esp32.slip import SlipDecoder, encode

READ_TIMEOUT = 10.0


class Host:
    """A minimal host side of the bootloader protocol over a TCP socket."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.settimeout(READ_TIMEOUT)
        self.decoder = SlipDecoder()
        self.pending: list[bytes] = []

    def send(self, op: int, data: bytes = b"", chk: int = 0) -> None:
        self.sock.sendall(encode(build_request(op, data, chk)))

    def send_raw(self, payload: bytes) -> None:
        self.sock.sendall(encode(payload))

    def packet(self) -> bytes:
        while not self.pending:
            chunk = self.sock.recv(4096)
            assert chunk, "board closed the connection"
            self.pending += self.decoder.feed(chunk)
        return self.pending.pop(0)

    def response(self, op: int) -> tuple[int, bytes]:
        packet = self.packet()
        direction, got_op, size, value = struct.unpack_from("<BBHI", packet)
        assert (direction, got_op, size) == (1, op, len(packet) - 8)
        return value, packet[8:]

    def command(self, op: int, data: bytes = b"", chk: int = 0) -> tuple[int, bytes]:
        self.send(op, data, chk)
        return self.response(op)

    def sync(self) -> list[tuple[int, bytes]]:
        self.send(Command.SYNC, SYNC_PAYLOAD)
        return [self.response(Command.SYNC) for _ in range(8)]

    def block(self, op: int, payload: bytes, seq: int, chk: int | None = None) -> bytes:
        header = struct.pack("<IIII", len(payload), seq, 0, 0)
        _, status = self.command(op, header + payload, checksum(payload) if chk is None else chk)
        return status

    def load_stub(self, board: VirtualEsp32) -> None:
        ram = board.spec.ram[1][0]
        assert self.command(Command.MEM_BEGIN, struct.pack("<IIII", 64, 1, 64, ram))[1] == OK4
        assert self.block(Command.MEM_DATA, b"\x00" * 64, 0) == OK4
        assert self.command(Command.MEM_END, struct.pack("<II", 0, ram + 4))[1] == OK4
        assert self.packet() == b"OHAI"

    def close(self) -> None:
        self.sock.close()


OK4 = b"\0\0\0\0"
OK2 = b"\0\0"


@pytest.fixture
def board():
    return VirtualEsp32(chip="esp32", flash_size=1024 * 1024)


@pytest.fixture
def host(board):
    with board.serve_tcp() as server:
        host = Host(server.port)
        host.sync()
        yield host
        host.close()


def test_rom_sync_answers_eight_times_with_four_status_bytes(board):
    with board.serve_tcp() as server:
        host = Host(server.port)
        replies = host.sync()
        host.close()
    assert replies == [(ROM_SYNC_VALUE, OK4)] * 8


def test_read_reg_returns_chip_magic(host):
    value, status = host.command(Command.READ_REG, struct.pack("<I", 0x40001000))
    assert (value, status) == (0x00F01D83, OK4)


def test_esp32_rom_refuses_security_info(host):
    assert host.command(Command.GET_SECURITY_INFO)[1] == b"\x01\x05\x00\x00"


def test_esp32c3_rom_gives_chip_id_in_security_info():
    board = VirtualEsp32(chip="esp32c3")
    with board.serve_tcp() as server:
        host = Host(server.port)
        host.sync()
        _, data = host.command(Command.GET_SECURITY_INFO)
        host.close()
    assert len(data) == 20 + 4
    assert struct.unpack_from("<I", data, 12)[0] == 5
    assert data[20:] == OK4


def test_rom_flash_write_checks_checksum_sequence_and_range(host, board):
    begin = struct.pack("<IIII", 0x1000, 4, 0x400, 0x2000)
    assert host.command(Command.FLASH_BEGIN, begin)[1] == OK4
    block = bytes(range(256)) * 4
    assert host.block(Command.FLASH_DATA, block, 0, chk=checksum(block) ^ 1) == b"\x01\x07\0\0"
    assert host.block(Command.FLASH_DATA, block, 0) == OK4  # the retry is accepted
    assert host.block(Command.FLASH_DATA, block, 2) == b"\x01\x06\0\0"  # seq 1 expected
    assert board.read_flash(0x2000, 0x400) == block

    too_far = struct.pack("<IIII", 0x2000, 8, 0x400, 1024 * 1024 - 0x1000)
    assert host.command(Command.FLASH_BEGIN, too_far)[1] == b"\x01\x06\0\0"


def test_rom_compressed_write_rejects_corrupt_stream(host):
    begin = struct.pack("<IIII", 0x1000, 1, 0x400, 0x4000)
    assert host.command(Command.FLASH_DEFL_BEGIN, begin)[1] == OK4
    assert host.block(Command.FLASH_DEFL_DATA, b"not zlib at all", 0) == b"\x01\x0b\0\0"


def test_rom_md5_is_hex_text(host, board):
    board.write_flash(0, b"hello")
    _, data = host.command(Command.SPI_FLASH_MD5, struct.pack("<IIII", 0, 5, 0, 0))
    assert data == hashlib.md5(b"hello").hexdigest().encode() + OK4


def test_rom_slow_read_limits(host, board):
    board.write_flash(0x100, b"abc")
    _, data = host.command(Command.READ_FLASH_SLOW, struct.pack("<II", 0x100, 3))
    assert data[:3] == b"abc" and len(data) == 64 + 4 and data[64:] == OK4
    _, data = host.command(Command.READ_FLASH_SLOW, struct.pack("<II", 0, 65))
    assert data == b"\x01\x0a\0\0"
    _, data = host.command(Command.READ_FLASH_SLOW, struct.pack("<II", 1024 * 1024 - 32, 64))
    assert data == b"\x01\x09\0\0"


def test_rom_refuses_stub_only_commands(host):
    assert host.command(Command.ERASE_FLASH)[1] == b"\x01\x05\0\0"


def test_malformed_packet_gets_invalid_message(host):
    host.send_raw(build_request(Command.READ_REG, b"\0\0\0\0")[:-1])
    assert host.response(Command.READ_REG)[1] == b"\x01\x05\0\0"


def test_stub_speaks_with_two_status_bytes_and_stub_errors(host, board):
    host.load_stub(board)
    assert host.command(Command.READ_REG, struct.pack("<I", 0x40001000)) == (0x00F01D83, OK2)
    data = b"stub write" * 100
    begin = struct.pack("<IIIII", len(data), 1, 0x4000, 0x5000, 0)
    assert host.command(Command.FLASH_BEGIN, begin)[1] == OK2
    assert host.block(Command.FLASH_DATA, data, 0, chk=checksum(data) ^ 1) == b"\xc1\x00"
    assert host.block(Command.FLASH_DATA, data, 0) == OK2
    assert host.command(Command.FLASH_END, struct.pack("<I", 1))[1] == OK2
    assert board.read_flash(0x5000, len(data)) == data

    _, md5 = host.command(Command.SPI_FLASH_MD5, struct.pack("<IIII", 0x5000, len(data), 0, 0))
    assert md5 == hashlib.md5(data).digest() + OK2


def test_stub_compressed_write_and_streamed_read(host, board):
    host.load_stub(board)
    data = bytes(range(256)) * 64  # 16 KB
    packed = zlib.compress(data, 9)
    begin = struct.pack("<IIIII", len(data), 1, 0x4000, 0x8000, 0)
    assert host.command(Command.FLASH_DEFL_BEGIN, begin)[1] == OK2
    assert host.block(Command.FLASH_DEFL_DATA, packed, 0) == OK2
    assert host.command(Command.FLASH_DEFL_END, struct.pack("<I", 1))[1] == OK2

    read = struct.pack("<IIII", 0x8000, len(data), 0x1000, 2)
    assert host.command(Command.READ_FLASH, read)[1] == OK2
    received = b""
    while len(received) < len(data):
        received += host.packet()
        host.send_raw(struct.pack("<I", len(received)))
    assert received == data
    assert host.packet() == hashlib.md5(data).digest()


def test_stub_erase_region_needs_sector_alignment(host, board):
    host.load_stub(board)
    assert host.command(Command.ERASE_REGION, struct.pack("<II", 0x1001, 0x1000))[1] == b"\xc0\0"
    board.write_flash(0x3000, b"\0" * 0x1000)
    assert host.command(Command.ERASE_REGION, struct.pack("<II", 0x3000, 0x1000))[1] == OK2
    assert board.read_flash(0x3000, 0x1000) == b"\xff" * 0x1000


def test_new_connection_resets_into_rom(board):
    with board.serve_tcp() as server:
        first = Host(server.port)
        first.sync()
        first.load_stub(board)
        first.close()
        second = Host(server.port)
        replies = second.sync()
        second.close()
        assert server.connections == 2
    assert replies[0] == (ROM_SYNC_VALUE, OK4)


def test_run_forever_serves_until_stopped():
    board = VirtualEsp32(chip="esp32c3")
    urls: queue.Queue[str] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(
        target=run_forever, args=(board,), kwargs={"announce": urls.put, "stop": stop}
    )
    thread.start()
    try:
        url = urls.get(timeout=READ_TIMEOUT)
        host = Host(int(url.rsplit(":", 1)[1]))
        assert host.sync()[0] == (ROM_SYNC_VALUE, OK4)
        host.close()
    finally:
        stop.set()
        thread.join()


def test_main_rejects_bad_listen_address(capsys):
    assert main(["--listen", "127.0.0.1:notaport"]) == 2
    assert "HOST:PORT" in capsys.readouterr().err
