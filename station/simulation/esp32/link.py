"""The byte pipe between a virtual board and its host, carrying SLIP packets.

A link is what the board's UART is wired to: a loopback TCP connection or the
master side of a pseudo-terminal. With baud emulation on, every byte costs the
time a real UART needs for it at the rate of the moment (10 bits a byte): the
board sleeps that long before its answer leaves (or before it waits for more).
"""

from __future__ import annotations

import errno
import os
import select
import socket
import time
from typing import Protocol

from station.simulation.esp32 import slip

ROM_BAUD = 115200
# A blocked receive wakes this often to notice that the link was closed.
WAKE_INTERVAL = 0.2


class LinkClosed(Exception):
    """The host went away, or the board dropped the line."""


class Link(Protocol):
    """One host connection as the board sees it. Used by one session thread."""

    baud: int

    def receive(self, timeout: float | None = None) -> bytes | None:
        """Next SLIP packet; None when ``timeout`` seconds pass first. Raises LinkClosed."""
        ...

    def send(self, packet: bytes) -> None:
        """Send ``packet`` as one SLIP frame. Raises LinkClosed."""
        ...

    def close(self) -> None:
        """Drop the line; the host sees the connection end."""
        ...


class _ByteLink:
    """SLIP packets over a byte stream, with optional baud emulation."""

    def __init__(self, baud_emulation: bool) -> None:
        self.baud = ROM_BAUD
        self.baud_emulation = baud_emulation
        self._decoder = slip.SlipDecoder()
        self._pending: list[bytes] = []
        self._closed = False
        self._owed = 0.0  # line time of bytes received, not yet waited for

    def receive(self, timeout: float | None = None) -> bytes | None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._pending:
            if self._closed:
                raise LinkClosed("link closed")
            self._settle()
            left = WAKE_INTERVAL
            if deadline is not None:
                left = min(left, max(0.0, deadline - time.monotonic()))
            chunk = self._read_some(left)
            if chunk is None:
                if deadline is not None and time.monotonic() >= deadline:
                    return None
                continue
            if not chunk:
                self._closed = True
                raise LinkClosed("host closed the connection")
            self._owe(len(chunk))
            self._pending.extend(self._decoder.feed(chunk))
        return self._pending.pop(0)

    def send(self, packet: bytes) -> None:
        if self._closed:
            raise LinkClosed("link closed")
        frame = slip.encode(packet)
        self._owe(len(frame))
        self._settle()
        try:
            self._write_all(frame)
        except OSError as error:
            self._closed = True
            raise LinkClosed(f"host connection failed: {error}") from error

    def _owe(self, count: int) -> None:
        if self.baud_emulation:
            self._owed += count * 10 / self.baud

    def _settle(self) -> None:
        """Wait out the line time owed: a command and its answer in one sleep, so the
        board's thread wakes once an exchange (the host cannot tell the difference)."""
        if self._owed:
            owed, self._owed = self._owed, 0.0
            time.sleep(owed)

    def _read_some(self, timeout: float | None) -> bytes | None:
        raise NotImplementedError

    def _write_all(self, data: bytes) -> None:
        raise NotImplementedError


class SocketLink(_ByteLink):
    """A link over a connected TCP socket."""

    def __init__(self, sock: socket.socket, baud_emulation: bool = False) -> None:
        super().__init__(baud_emulation)
        self._sock = sock

    def _read_some(self, timeout: float | None) -> bytes | None:
        try:
            ready, _, _ = select.select([self._sock], [], [], timeout)
            if not ready:
                return None
            return self._sock.recv(65536)
        except (OSError, ValueError):
            return b""

    def _write_all(self, data: bytes) -> None:
        self._sock.sendall(data)

    def close(self) -> None:
        self._closed = True
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()


class FdLink(_ByteLink):
    """A link over the master side of a pseudo-terminal (the fd stays open on close)."""

    def __init__(self, fd: int, baud_emulation: bool = False) -> None:
        super().__init__(baud_emulation)
        self._fd = fd

    def _read_some(self, timeout: float | None) -> bytes | None:
        try:
            ready, _, _ = select.select([self._fd], [], [], timeout)
            if not ready:
                return None
            return os.read(self._fd, 65536)
        except OSError as error:
            # EIO: the last process holding the terminal side closed it.
            if error.errno in (errno.EIO, errno.EBADF):
                return b""
            raise

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def close(self) -> None:
        self._closed = True
