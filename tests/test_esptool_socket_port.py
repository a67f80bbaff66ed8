"""How the station hands ``socket://`` ports to esptool, and esptool's packet dumps."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from serial import SerialBase, SerialException

from station.simulation.esp32 import VirtualEsp32
from station.transports import esptool_api
from station.transports.esptool_api import ESPLoader, cmds, open_port


@pytest.fixture
def peer() -> Iterator[tuple[SerialBase, socket.socket]]:
    """A station-opened ``socket://`` port and the socket at its other end."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = open_port(f"socket://127.0.0.1:{listener.getsockname()[1]}")
        assert isinstance(port, SerialBase)
        other, _ = listener.accept()
        try:
            yield port, other
        finally:
            port.close()
            other.close()


def wait_for_bytes(port: SerialBase, count: int) -> None:
    give_up = time.monotonic() + 5  # only so that a broken port fails instead of hanging
    while port.in_waiting < count and time.monotonic() < give_up:
        time.sleep(0.001)


def test_in_waiting_counts_every_byte_that_arrived(peer):
    port, other = peer
    other.sendall(b"\xc0" + bytes(range(1, 14)))
    wait_for_bytes(port, 14)
    assert port.in_waiting == 14
    assert port.read(14) == b"\xc0" + bytes(range(1, 14))
    assert port.in_waiting == 0


def test_a_read_waits_for_as_many_bytes_as_asked_until_its_timeout(peer):
    port, other = peer
    port.timeout = 0.05
    other.sendall(b"ab")
    assert port.read(3) == b"ab"  # the third never comes: what there is, at the timeout
    assert port.read(1) == b""


def test_a_closed_peer_is_reported_by_the_next_read(peer):
    port, other = peer
    other.close()
    port.timeout = 5
    assert port.in_waiting == 0
    with pytest.raises(SerialException, match="socket disconnected"):
        port.read(1)


def test_writes_arrive_whole(peer):
    port, other = peer
    data = bytes(range(256)) * 1024
    assert port.write(data) == len(data)
    received = b""
    other.settimeout(5)
    while len(received) < len(data):
        received += other.recv(65536)
    assert received == data


def test_reset_input_buffer_drops_what_was_held(peer):
    port, other = peer
    other.sendall(b"boot log")
    wait_for_bytes(port, 8)
    port.reset_input_buffer()
    assert port.in_waiting == 0


def test_other_ports_are_left_for_esptool_to_open():
    assert open_port("/dev/ttyUSB0") == "/dev/ttyUSB0"
    assert open_port("rfc2217://127.0.0.1:4000") == "rfc2217://127.0.0.1:4000"


def test_esptool_reads_a_reply_in_one_piece():
    board = VirtualEsp32(mac="24:0a:c4:12:34:56")
    with board.serve_tcp() as server:
        port = open_port(server.url)
        assert isinstance(port, SerialBase)
        reads: list[int] = []
        read = port.read
        port.read = lambda size=1: reads.append(size) or read(size)  # type: ignore[method-assign]
        esp = cmds.detect_chip(port, baud=ESPLoader.ESP_ROM_BAUD)  # type: ignore[arg-type]
        try:
            reads.clear()
            assert bytes(esp.read_mac()) == bytes.fromhex("240ac4123456")
        finally:
            port.close()
    # Two READ_REG replies of 14 bytes, each read whole (or its first byte, then the
    # rest at once when the first byte came alone), never byte by byte.
    assert sum(reads) == 28 and len(reads) <= 4


def test_packet_hex_dumps_are_made_only_when_packets_are_traced(monkeypatch):
    from esptool import loader

    dump = loader.HexFormatter(bytes(range(40)))
    assert str(dump) == "<40 bytes>"
    monkeypatch.setattr(esptool_api, "TRACE_PACKETS", True)
    assert "00 01 02 03" not in str(dump) and "0001020304050607" in str(dump)
