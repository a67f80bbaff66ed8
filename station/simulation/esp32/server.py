"""Serving a virtual board on a loopback TCP port or a pseudo-terminal.

Each server runs one background thread that serves one host at a time. A new
TCP connection is a board reset: the chip starts again in its ROM bootloader
with the stub gone, the baud rate back at 115200, and flash and MAC kept. On a
pseudo-terminal the same happens each time a program opens the device after
the last one closed it.
"""

from __future__ import annotations

import os
import select
import socket
import threading
import tty
from typing import TYPE_CHECKING

from station.core.errors import ConfigError
from station.simulation.esp32.link import FdLink, SocketLink

if TYPE_CHECKING:
    from station.simulation.esp32.board import VirtualEsp32

POLL_INTERVAL = 0.1


class TcpServer:
    """Serves a board on ``host:port``; esptool reaches it as ``socket://host:port``."""

    def __init__(self, board: VirtualEsp32, host: str = "127.0.0.1", port: int = 0) -> None:
        self.board = board
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._listener.bind((host, port))
        except OSError as error:
            self._listener.close()
            raise ConfigError(
                f"cannot listen on {host}:{port} for the virtual board: {error.strerror}",
                hint="choose another port, or 0 for any free one",
            ) from error
        self._listener.listen(1)
        self.host, self.port = self._listener.getsockname()[:2]
        self.connections = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._link: SocketLink | None = None
        self._thread = threading.Thread(
            target=self._serve, name=f"virtual-{board.chip}-tcp-{self.port}", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """The pyserial URL of the board, e.g. ``socket://127.0.0.1:40123``."""
        return f"socket://{self.host}:{self.port}"

    def _serve(self) -> None:
        # Runs on the server thread.
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._listener], [], [], POLL_INTERVAL)
                if not ready:
                    continue
                client, _ = self._listener.accept()
            except (OSError, ValueError):
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = SocketLink(client, self.board.baud_emulation)
            with self._lock:
                if self._stop.is_set():
                    link.close()
                    return
                self._link = link
                self.connections += 1
            try:
                self.board.run_session(link)
            finally:
                with self._lock:
                    self._link = None
                link.close()

    def stop(self) -> None:
        """Close the port and any open connection; returns when the thread has ended."""
        self._stop.set()
        with self._lock:
            if self._link is not None:
                self._link.close()
        self._listener.close()
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def __enter__(self) -> TcpServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class PtyServer:
    """Serves a board on a pseudo-terminal; ``device`` is the path a program opens.

    Setting DTR/RTS on a pseudo-terminal fails ("Inappropriate ioctl"), so
    esptool needs ``--before no-reset`` here; the board resets on each open.
    """

    def __init__(self, board: VirtualEsp32) -> None:
        self.board = board
        self._master, slave = os.openpty()
        tty.setraw(slave)
        self.device = os.ttyname(slave)
        # Closing our end of the terminal side lets us see when the host closes it.
        os.close(slave)
        self.connections = 0
        self._stop = threading.Event()
        self._link: FdLink | None = None
        self._thread = threading.Thread(
            target=self._serve, name=f"virtual-{board.chip}-pty", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return self.device

    def _host_present(self) -> bool:
        poller = select.poll()
        poller.register(self._master, select.POLLIN | select.POLLHUP)
        events = poller.poll(int(POLL_INTERVAL * 1000))
        if not events:
            return False
        _, flags = events[0]
        if flags & select.POLLHUP and not flags & select.POLLIN:
            self._stop.wait(POLL_INTERVAL)  # nobody has the terminal open
            return False
        return bool(flags & select.POLLIN)

    def _serve(self) -> None:
        # Runs on the server thread.
        while not self._stop.is_set():
            try:
                if not self._host_present():
                    continue
            except (OSError, ValueError):
                return
            link = FdLink(self._master, self.board.baud_emulation)
            self._link = link
            self.connections += 1
            self.board.run_session(link)
            self._link = None

    def stop(self) -> None:
        """Stop serving and close the pseudo-terminal."""
        self._stop.set()
        if self._link is not None:
            self._link.close()
        self._thread.join()
        os.close(self._master)

    def __enter__(self) -> PtyServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
