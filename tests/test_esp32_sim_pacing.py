"""The virtual ESP32's line timing and SLIP decoding, without clocks: sleeps are recorded."""

from __future__ import annotations

import socket

import pytest

from station.simulation.esp32 import link as link_module
from station.simulation.esp32.link import ROM_BAUD, SocketLink
from station.simulation.esp32.protocol import Command, build_request, build_response
from station.simulation.esp32.slip import SlipDecoder, encode


@pytest.fixture
def sleeps(monkeypatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(link_module.time, "sleep", recorded.append)
    return recorded


def test_a_command_and_its_answer_cost_their_line_time_in_one_sleep(sleeps):
    host, board = socket.socketpair()
    with host, board:
        line = SocketLink(board, baud_emulation=True)
        request = encode(build_request(Command.READ_REG, b"\x00\x10\x00\x40"))
        host.sendall(request)
        assert line.receive(timeout=5) == build_request(Command.READ_REG, b"\x00\x10\x00\x40")
        assert sleeps == []  # the board answers first, then waits once for both ways
        answer = build_response(Command.READ_REG, 0x12345678, b"", bytes(4))
        line.send(answer)
        assert sleeps == [pytest.approx((len(request) + len(encode(answer))) * 10 / ROM_BAUD)]


def test_bytes_left_unanswered_still_take_their_time_before_the_next_wait(sleeps):
    host, board = socket.socketpair()
    with host, board:
        line = SocketLink(board, baud_emulation=True)
        first = encode(build_request(Command.SYNC, b"\x07"))
        host.sendall(first)
        line.receive(timeout=5)
        assert line.receive(timeout=0) is None
        assert sleeps == [pytest.approx(len(first) * 10 / ROM_BAUD)]


def test_the_answer_to_a_speed_change_goes_at_the_old_rate(sleeps):
    host, board = socket.socketpair()
    with host, board:
        line = SocketLink(board, baud_emulation=True)
        line.send(b"x")
        line.baud = 921600
        line.send(b"y")
        assert sleeps == [pytest.approx(30 / ROM_BAUD), pytest.approx(30 / 921600)]


def test_no_sleeping_without_baud_emulation(sleeps):
    host, board = socket.socketpair()
    with host, board:
        line = SocketLink(board)
        host.sendall(encode(b"ping"))
        assert line.receive(timeout=5) == b"ping"
        line.send(b"pong")
        assert sleeps == []


@pytest.mark.parametrize(
    "chunks, packets, bad",
    [
        ([b"\xc0ab\xdb", b"\xdccd\xc0"], [b"ab\xc0cd"], 0),  # an escape cut between chunks
        ([b"\xc0ab\xdb", b"\xc0"], [], 1),  # an escape with nothing after it
        ([b"\xc0a\xdb\xdb\xddb\xc0"], [], 1),  # ESC ESC
        ([b"\xc0", b"", b"\xdb\xdd\xdb\xdc\xc0"], [b"\xdb\xc0"], 0),
        ([b"noise\xc0", b"one\xc0\xc0two\xc0"], [b"one", b"two"], 0),
    ],
)
def test_slip_decoding_at_chunk_edges(chunks, packets, bad):
    decoder = SlipDecoder()
    received = []
    for chunk in chunks:
        received += decoder.feed(chunk)
    assert received == packets
    assert decoder.bad_frames == bad
