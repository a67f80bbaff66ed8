"""A small RFC 2217 server (pyserial's PortManager) in front of a virtual board.

It plays the part of a remote serial server on the factory network: the station
opens ``rfc2217://127.0.0.1:PORT`` and the bytes reach the board behind it.
"""

from __future__ import annotations

import socket
import threading

import serial
import serial.rfc2217


class _Connection:
    """What PortManager writes its telnet answers to: the client socket."""

    def __init__(self, client: socket.socket) -> None:
        self.client = client
        self.lock = threading.Lock()

    def write(self, data: bytes) -> None:
        with self.lock:
            self.client.sendall(data)


class Rfc2217Bridge:
    """Serves one RFC 2217 client at a time, bridging to ``board_url`` (a socket:// URL)."""

    def __init__(self, board_url: str) -> None:
        self.board_url = board_url
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.url = f"rfc2217://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._bridge(client)

    def _bridge(self, client: socket.socket) -> None:
        port = serial.serial_for_url(self.board_url, timeout=0.05)
        connection = _Connection(client)
        manager = serial.rfc2217.PortManager(port, connection)
        done = threading.Event()

        def board_to_client() -> None:
            while not done.is_set():
                try:
                    data = port.read(1)  # wait for a byte, then take what came with it
                    data += port.read(port.in_waiting)
                    if data:
                        connection.write(b"".join(manager.escape(data)))
                except (OSError, serial.SerialException):
                    done.set()

        pump = threading.Thread(target=board_to_client, daemon=True)
        pump.start()
        client.settimeout(0.2)
        try:
            while not done.is_set() and not self.stopping.is_set():
                try:
                    data = client.recv(4096)
                except TimeoutError:
                    continue
                if not data:
                    break
                port.write(b"".join(manager.filter(data)))
        except (OSError, serial.SerialException):
            pass
        finally:
            done.set()
            pump.join()
            port.close()
            client.close()

    def stop(self) -> None:
        self.stopping.set()
        self.listener.close()
        self.thread.join()

    def __enter__(self) -> Rfc2217Bridge:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
