"""A bay of virtual boards for the demo, training and trying a profile.

Each port of the bay serves one virtual board on a loopback socket. Between
units the board on a port is replaced by a fresh one (new MAC, blank store), as
a line worker unplugs a finished board and plugs in the next.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from station.core.errors import ConfigError
from station.profiles.model import Profile
from station.simulation.serving import ServedBoard, serve_tcp


@dataclass
class _Slot:
    """One port of the bay and the board currently plugged into it."""

    served: Any  # ServedBoard (console) or the ESP32 TcpServer
    board: Any
    swaps: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class VirtualBay:
    """``count`` virtual boards of the kind ``profile`` describes, each on its own port."""

    def __init__(self, profile: Profile, count: int, *, fault: str | None = None) -> None:
        if count < 1:
            raise ConfigError("a bay needs at least one virtual board")
        self.profile = profile
        self.count = count
        self.fault = fault or None
        self.run_id = secrets.token_hex(4)  # fresh MACs on every run, so IDs never repeat
        self.slots: dict[str, _Slot] = {}

    @property
    def kind(self) -> str:
        return self.profile.transport.kind

    def _new_board(self, index: int, generation: int) -> Any:
        seed = f"{self.run_id}-{index}-{generation}"
        if self.kind == "esptool-nvs":
            from station.simulation.esp32 import VirtualEsp32

            chip = self.profile.board.chip or "esp32"
            return VirtualEsp32(chip=chip, seed=seed, fault=self.fault)
        from station.simulation.console_board import VirtualConsoleBoard

        return VirtualConsoleBoard(
            board_type=self.profile.board.type, seed=seed, fault=self.fault
        )

    def _serve(self, board: Any, slot_ref: list[_Slot]) -> Any:
        if self.kind == "esptool-nvs":
            return board.serve_tcp()

        def session(stream: Any) -> None:
            slot_ref[0].board.session(stream)  # whichever board is plugged in now

        served: ServedBoard = serve_tcp(session, name=self.profile.board.type)
        return served

    def start(self) -> list[str]:
        """Start every board; returns their port URLs (``socket://127.0.0.1:N``)."""
        for index in range(self.count):
            board = self._new_board(index, 0)
            holder: list[_Slot] = []
            served = self._serve(board, holder)
            slot = _Slot(served=served, board=board)
            holder.append(slot)
            self.slots[served.url] = slot
        return list(self.slots)

    def next_board(self, port: str) -> bool:
        """Plug a fresh board into ``port``. Called on that port's worker thread."""
        slot = self.slots[port]
        with slot.lock:
            slot.swaps += 1
            index = list(self.slots).index(port)
            slot.board = self._new_board(index, slot.swaps)
            if self.kind == "esptool-nvs":
                slot.served.board = slot.board  # the server reads it at each connection
        return True

    def board_on(self, port: str) -> Any:
        return self.slots[port].board

    def stop(self) -> None:
        for slot in self.slots.values():
            slot.served.stop()
        self.slots.clear()

    def __enter__(self) -> VirtualBay:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
