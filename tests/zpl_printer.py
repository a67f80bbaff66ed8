"""A ZPL label printer stand-in on loopback: it keeps the label formats it receives
and answers the host status request (~HS) as a Zebra printer does.

``paper_out``, ``head_open`` and ``paused`` set the flags its ~HS answers carry;
``drop_after`` makes it reset the connection once that many bytes of a label
have arrived, as a printer that is switched off mid-label; a printer that
refuses connections is ``refusing_address()``.
"""

from __future__ import annotations

import re
import select
import socket
import struct
import threading

STX, ETX = "\x02", "\x03"
FORMAT = re.compile(r"\^XA.*?\^XZ", re.DOTALL)


def refusing_address() -> str:
    """A loopback address where nothing listens: connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{sock.getsockname()[1]}"


class StandInPrinter:
    def __init__(
        self,
        *,
        paper_out: bool = False,
        head_open: bool = False,
        paused: bool = False,
        drop_after: int | None = None,
    ) -> None:
        self.paper_out = paper_out
        self.head_open = head_open
        self.paused = paused
        self.drop_after = drop_after
        self.formats: list[str] = []  # complete ^XA…^XZ formats received, in order
        self.status_requests = 0
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.address = f"127.0.0.1:{self._listener.getsockname()[1]}"
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="stand-in printer")

    def status(self) -> bytes:
        flag = {True: "1", False: "0"}
        first = f"030,{flag[self.paper_out]},{flag[self.paused]},0231,000,0,0,0,000,0,0,0"
        second = f"000,0,{flag[self.head_open]},0,0,2,4,0,00000000,1,000"
        return "".join(f"{STX}{part}{ETX}\r\n" for part in (first, second, "1234,0")).encode()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            ready, _, _ = select.select([self._listener], [], [], 0.05)
            if ready:
                conn, _ = self._listener.accept()
                with conn:
                    self.connections += 1
                    self._session(conn)

    def _session(self, conn: socket.socket) -> None:
        text = ""
        label_bytes = 0
        while True:
            data = conn.recv(4096)
            if not data:
                break
            chunk = data.decode("utf-8")
            # ~HS is answered as it arrives, after everything received before it.
            while "~HS" in chunk:
                before, _, chunk = chunk.partition("~HS")
                text += before
                label_bytes += len(before.encode())
                if self._dropping(conn, label_bytes):
                    return
                self.status_requests += 1
                conn.sendall(self.status())
            text += chunk
            label_bytes += len(chunk.encode())
            if self._dropping(conn, label_bytes):
                return
        self.formats += FORMAT.findall(text)

    def _dropping(self, conn: socket.socket, label_bytes: int) -> bool:
        if self.drop_after is None or label_bytes < self.drop_after:
            return False
        # A reset, not a polite close: the printer went away mid-label.
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return True

    def __enter__(self) -> StandInPrinter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._thread.join()
        self._listener.close()
