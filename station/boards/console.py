"""The ``console`` transport: a board that speaks the station's serial console protocol
(docs/console-protocol.md) and keeps its values in its own key/value store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station.profiles.kinds import StorageFormat, TransportKind, key_length_check
from station.profiles.model import Profile
from station.profiles.problems import Found
from station.simulation.console_board import FAULTS, VirtualConsoleBoard
from station.simulation.serving import serve_tcp
from station.transports.console import transport_from_profile
from station.transports.console_protocol import NAME_MAX

NAME = "console"


def _check(profile: Profile, file: Path) -> Found:
    if profile.transport.fallback_bauds:
        yield ("transport.fallback_bauds", "the console transport keeps one speed; allowed: "
               "fallback_bauds only with transport esptool-nvs", "error")


class _Socket:
    """A console board on a loopback socket; each connection talks to ``board`` as it is then."""

    def __init__(self, profile: Profile, board: VirtualConsoleBoard) -> None:
        self.board = board
        self._served = serve_tcp(
            lambda stream: self.board.session(stream), name=profile.board.type
        )
        self.url = self._served.url

    def stop(self) -> None:
        self._served.stop()


class ConsoleBoards:
    """Virtual console boards, each with a TPM when the bay gives it one."""

    faults = FAULTS

    def make(self, profile: Profile, seed: str, fault: str | None, tpm: Any) -> Any:
        return VirtualConsoleBoard(
            board_type=profile.board.type, seed=seed, fault=fault, tpm_backend=tpm
        )

    def serve(self, profile: Profile, board: Any) -> _Socket:
        return _Socket(profile, board)


def _simulate(argv: list[str]) -> int:
    from station.simulation.console_cli import main

    return main(argv)


TRANSPORT = TransportKind(
    name=NAME,
    description="a board that speaks the serial console protocol",
    open=transport_from_profile,
    storage_formats=("console-store",),
    check=_check,
    relays_tpm=True,
    makes_device_keys=True,
    virtual=ConsoleBoards(),
    simulator="console",
    simulate=_simulate,
)

STORAGE = StorageFormat(
    name="console-store",
    description="the board's own key/value store, written through the console protocol",
    # The protocol's names are NVS keys on the board, with their limit.
    check=key_length_check(NAME_MAX, "the NVS key limit"),
)
