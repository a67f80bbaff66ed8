"""A bay of virtual boards for the demo, training and trying a profile.

Each port of the bay serves one virtual board on a loopback socket. Between
units the board on a port is replaced by a fresh one (new MAC, blank store), as
a line worker unplugs a finished board and plugs in the next.

When the profile reads the TPM through the board (``[tpm] access = "board"``),
every console board gets its own TPM: a real swtpm with fresh state, so each
new board has a new endorsement key. The bay stops them with the boards.
"""

from __future__ import annotations

import secrets
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.core.errors import ConfigError
from station.profiles.kinds import ServedBoard, VirtualBoards, profile_transport
from station.profiles.model import Profile
from station.simulation.scratch import ScratchFolder

SWTPM_MISSING_HINT = "apt-get install swtpm swtpm-tools"
TPM_SCRATCH_PREFIX = "station-bay-tpm-"


class _BoardTpm:
    """A board's TPM chip: a swtpm with its own state folder, and the relay to it."""

    def __init__(self, state_dir: Path) -> None:
        from station.simulation.tpm_backend import SwtpmBackend, SwtpmProcess

        self.process = SwtpmProcess(state_dir)
        self.process.start()
        self.backend = SwtpmBackend.for_process(self.process)

    def stop(self) -> None:
        self.backend.close()
        self.process.stop()
        shutil.rmtree(self.process.state_dir, ignore_errors=True)


@dataclass
class _Slot:
    """One port of the bay and the board currently plugged into it."""

    served: ServedBoard
    board: Any
    swaps: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    tpm: _BoardTpm | None = None


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
        self._tpm_root: ScratchFolder | None = None
        self.kind = profile_transport(profile)
        if self.kind.virtual is None:
            raise ConfigError(
                f"the {self.kind.name!r} transport has no virtual boards",
                hint="try the profile on real boards, or choose a profile whose transport has them",
            )
        self.boards: VirtualBoards = self.kind.virtual

    @property
    def has_tpm(self) -> bool:
        """True when each virtual board carries a TPM the station reads through it."""
        tpm = self.profile.tpm
        return self.kind.relays_tpm and tpm is not None and tpm.access == "board"

    def _new_tpm(self, index: int, generation: int) -> _BoardTpm | None:
        if not self.has_tpm:
            return None
        if shutil.which("swtpm") is None:
            raise ConfigError(
                "virtual boards with a TPM need swtpm, the TPM simulator, which is not installed",
                hint=SWTPM_MISSING_HINT,
            )
        if self._tpm_root is None:
            # Removed by stop(); one left by a killed station goes at the next start.
            self._tpm_root = ScratchFolder(TPM_SCRATCH_PREFIX)
        return _BoardTpm(self._tpm_root.path / f"board-{index}-{generation}")

    def _new_board(self, index: int, generation: int, tpm: _BoardTpm | None = None) -> Any:
        seed = f"{self.run_id}-{index}-{generation}"
        backend = tpm.backend if tpm is not None else None
        return self.boards.make(self.profile, seed, self.fault, backend)

    def start(self) -> list[str]:
        """Start every board; returns their port URLs (``socket://127.0.0.1:N``).

        Raises ConfigError when the boards need a TPM and swtpm is not installed.
        """
        try:
            for index in range(self.count):
                tpm = self._new_tpm(index, 0)
                try:
                    board = self._new_board(index, 0, tpm)
                    served = self.boards.serve(self.profile, board)
                except BaseException:
                    if tpm is not None:
                        tpm.stop()
                    raise
                self.slots[served.url] = _Slot(served=served, board=board, tpm=tpm)
        except BaseException:
            self.stop()
            raise
        return list(self.slots)

    def next_board(self, port: str) -> bool:
        """Plug a fresh board into ``port``. Called on that port's worker thread."""
        slot = self.slots[port]
        with slot.lock:
            slot.swaps += 1
            index = list(self.slots).index(port)
            # The finished board leaves with its TPM; the next one brings a new TPM.
            if slot.tpm is not None:
                slot.tpm.stop()
                slot.tpm = None
            slot.tpm = self._new_tpm(index, slot.swaps)
            slot.board = self._new_board(index, slot.swaps, slot.tpm)
            slot.served.board = slot.board  # what the next connection talks to
        return True

    def board_on(self, port: str) -> Any:
        return self.slots[port].board

    def stop(self) -> None:
        """Stop every board and every TPM simulator the bay started."""
        for slot in self.slots.values():
            slot.served.stop()
            if slot.tpm is not None:
                slot.tpm.stop()
                slot.tpm = None
        self.slots.clear()
        if self._tpm_root is not None:
            self._tpm_root.cleanup()
            self._tpm_root = None

    def __enter__(self) -> VirtualBay:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
