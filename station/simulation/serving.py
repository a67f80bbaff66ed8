"""Serving a virtual board on a loopback socket or a pseudo-terminal.

A virtual board is a *session* function that talks to one connection through
a ``ByteStream`` until the connection ends. ``serve_tcp`` runs sessions one
client at a time (each connection is a fresh session); ``serve_pty`` runs one
session on a pseudo-terminal for as long as it is served. Both run in a
background thread and stop when asked.
"""

from __future__ import annotations

import logging
import os
import select
import socket
import threading
import tty
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

log = logging.getLogger(__name__)

_POLL_S = 0.05  # how often blocked reads and accepts look at the stop flag


class ByteStream(Protocol):
    """One connection as a virtual board sees it. Used only by the serving thread."""

    def read(self) -> bytes:
        """Block until bytes arrive; b'' once the peer has gone or serving stops."""
        ...

    def write(self, data: bytes) -> None:
        """Send all of ``data``; silently drops it when the peer has gone."""
        ...

    def close(self) -> None:
        """Drop the connection (a board pulled off its cable)."""
        ...


Session = Callable[[ByteStream], None]


class ServedBoard:
    """A board being served. ``url`` is what ``open_port`` takes; ``device`` is the pty path."""

    def __init__(self, url: str, device: str, stop: Callable[[], None]) -> None:
        self.url = url
        self.device = device
        self._stop = stop
        self._stopped = False

    def stop(self) -> None:
        """Stop serving and wait for the serving thread to end. Safe to call twice."""
        if not self._stopped:
            self._stopped = True
            self._stop()

    def __enter__(self) -> ServedBoard:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class _SocketStream:
    def __init__(self, conn: socket.socket, stopping: threading.Event) -> None:
        self._conn = conn
        self._stopping = stopping
        self._closed = False

    def read(self) -> bytes:
        while not self._stopping.is_set() and not self._closed:
            try:
                ready, _, _ = select.select([self._conn], [], [], _POLL_S)
                if ready:
                    return self._conn.recv(4096)
            except (OSError, ValueError):
                return b""
        return b""

    def write(self, data: bytes) -> None:
        if self._closed:
            return
        try:
            self._conn.sendall(data)
        except OSError:
            self._closed = True

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            try:
                self._conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._conn.close()


class _PtyStream:
    def __init__(self, master: int, stopping: threading.Event) -> None:
        self._master = master
        self._stopping = stopping
        self.closed = False

    def read(self) -> bytes:
        while not self._stopping.is_set() and not self.closed:
            try:
                ready, _, _ = select.select([self._master], [], [], _POLL_S)
                if ready:
                    return os.read(self._master, 4096)
            except (OSError, ValueError):
                return b""
        return b""

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view and not self.closed and not self._stopping.is_set():
            try:
                _, ready, _ = select.select([], [self._master], [], _POLL_S)
                if ready:
                    view = view[os.write(self._master, view) :]
            except (OSError, ValueError):
                return

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self._master)


def _run_session(session: Session, stream: ByteStream, name: str) -> None:
    try:
        session(stream)
    except Exception:  # a broken session must not take the server down with it
        log.exception("virtual board %s failed in a session", name)


def serve_tcp(
    session: Session, host: str = "127.0.0.1", port: int = 0, *, name: str = "board"
) -> ServedBoard:
    """Listen on ``host:port`` (0 picks a free port) and run ``session`` per client.

    One client at a time; the next connection waits until the current one ends.
    The sessions run on one background thread.
    """
    listener = socket.create_server((host, port), backlog=1)
    listener.setblocking(False)
    bound_host, bound_port = listener.getsockname()[:2]
    stopping = threading.Event()

    def serve() -> None:
        while not stopping.is_set():
            try:
                ready, _, _ = select.select([listener], [], [], _POLL_S)
                if not ready:
                    continue
                conn, _ = listener.accept()
            except (OSError, ValueError):
                continue
            conn.setblocking(True)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            stream = _SocketStream(conn, stopping)
            _run_session(session, stream, name)
            stream.close()

    thread = threading.Thread(target=serve, name=f"virtual-{name}-tcp", daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join()
        listener.close()

    return ServedBoard(f"socket://{bound_host}:{bound_port}", "", stop)


def serve_pty(session: Session, *, name: str = "board") -> ServedBoard:
    """Serve ``session`` on a new pseudo-terminal; ``device`` is the path to open.

    The session runs once, on a background thread, until it ends or serving
    stops. The station opens ``device`` like a real port (without DTR/RTS).
    """
    master, slave = os.openpty()
    tty.setraw(slave)  # no echo, no line editing: bytes pass as they are
    device = os.ttyname(slave)
    stopping = threading.Event()
    stream = _PtyStream(master, stopping)

    def serve() -> None:
        _run_session(session, stream, name)

    thread = threading.Thread(target=serve, name=f"virtual-{name}-pty", daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join()
        stream.close()
        # The slave end stays open until now so the master never sees a hang-up
        # between clients.
        try:
            os.close(slave)
        except OSError:
            pass

    return ServedBoard(device, device, stop)
