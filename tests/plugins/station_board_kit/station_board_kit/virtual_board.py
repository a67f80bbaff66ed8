"""A virtual kit board on a loopback socket: a key/value store behind the line protocol."""

from __future__ import annotations

import hashlib
import socket
import threading
from typing import Any

from station_board_kit.protocol import ENCODING, KEY_MAX

FAULTS = ("silent",)


class KitBoard:
    """One board: its serial and MAC come from the seed; its store starts empty."""

    def __init__(self, seed: str, fault: str | None = None) -> None:
        digest = hashlib.sha256(seed.encode()).hexdigest()
        self.serial = "kit" + digest[:8]
        self.mac = digest[8:20]
        self.fault = fault
        self.staged: dict[str, str] = {}
        self.store: dict[str, str] = {}

    def answer(self, line: str) -> str:
        verb, _, rest = line.partition(" ")
        if verb == "HELLO":
            return f"OK {self.serial} {self.mac}"
        if verb == "PUT":
            key, _, value = rest.partition(" ")
            if not key or len(key) > KEY_MAX:
                return "ERR bad key"
            self.staged[key] = value
            return "OK"
        if verb == "GET":
            value = self.store.get(rest, self.staged.get(rest))
            return "ERR missing" if value is None else f"OK {value}"
        if verb == "DONE":
            self.store.update(self.staged)
            self.staged.clear()
            return "OK"
        return "ERR unknown verb"


class ServedKitBoard:
    """Serves whichever board ``board`` is at each connection, one connection at a time."""

    def __init__(self, board: KitBoard) -> None:
        self.board = board
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.url = f"socket://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="kit-board", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                self._session(conn)

    def _session(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        buffer = b""
        while not self._stopping.is_set():
            try:
                chunk = conn.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                if self.board.fault == "silent":
                    continue
                reply = self.board.answer(line.decode(ENCODING).strip())
                conn.sendall(reply.encode(ENCODING) + b"\n")

    def stop(self) -> None:
        self._stopping.set()
        self._listener.close()
        self._thread.join(timeout=5)


class KitBoards:
    """The kit transport's virtual boards, as the station's bay asks for them."""

    faults = FAULTS

    def make(self, profile: Any, seed: str, fault: str | None, tpm: Any) -> KitBoard:
        return KitBoard(seed, fault)

    def serve(self, profile: Any, board: KitBoard) -> ServedKitBoard:
        return ServedKitBoard(board)


def simulate(argv: list[str]) -> int:
    """``station simulate kit-uart``: one virtual board until Ctrl+C."""
    served = ServedKitBoard(KitBoard(argv[0] if argv else "simulated"))
    print(f"kit board listening on {served.url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        served.stop()
    return 0
