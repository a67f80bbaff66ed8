"""The ``kit-uart`` transport and the ``kit-kv`` storage format it writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from station.core.errors import BoardNotResponding, TransportError, VerificationError
from station.core.interfaces import BoardLink, LogFn, ProgressFn
from station.core.models import BoardInfo, BoardPayload
from station.profiles.kinds import StorageFormat, TransportKind, key_length_check
from station.profiles.model import Profile
from station.profiles.problems import Problem
from station.transports.ports import open_port
from station_board_kit.protocol import ENCODING, KEY_MAX, encode_value
from station_board_kit.virtual_board import KitBoards, simulate


class KitLink:
    """One open link to one kit board."""

    def __init__(self, port: str, baud: int, timeout: float) -> None:
        self.port = port
        self._serial = open_port(port, baud, timeout)

    def _ask(self, line: str) -> str:
        self._serial.write(line.encode(ENCODING) + b"\n")
        answer = self._serial.readline().decode(ENCODING, "replace").strip()
        if not answer:
            raise BoardNotResponding(
                f"the kit board on {self.port} did not answer {line.split()[0]}",
                hint="check that the board is powered and its cable is in",
            )
        if not answer.startswith("OK"):
            raise TransportError(f"the kit board on {self.port} refused {line.split()[0]}: "
                                 f"{answer}", hint="check the profile's storage items")
        return answer[3:]

    def identify(self) -> BoardInfo:
        serial, mac = self._ask("HELLO").split()
        return BoardInfo(port=self.port, board_type="kit", serial=serial, mac=mac)

    def write(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        for done, item in enumerate(payload.items, 1):
            log(f"PUT {item.key}")
            self._ask(f"PUT {item.key} {encode_value(item.value)}")
            progress(done, len(payload.items), item.key)

    def verify(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        for item in payload.items:
            if self._ask(f"GET {item.key}") != encode_value(item.value):
                raise VerificationError(f"the kit board on {self.port} holds another "
                                        f"{item.key}", hint="provision the unit again")

    def finish(self) -> None:
        self._ask("DONE")

    def close(self) -> None:
        self._serial.close()


class KitTransport:
    def __init__(self, profile: Profile) -> None:
        self.baud = profile.transport.baud
        self.timeout = profile.transport.timeout_s

    def open(self, port: str) -> BoardLink:
        return KitLink(port, self.baud, self.timeout)


def _open(profile: Profile, folder: Path) -> KitTransport:
    return KitTransport(profile)


def _check(profile: Profile, file: Path) -> Iterator[Problem]:
    if profile.transport.fallback_bauds:
        yield ("transport.fallback_bauds", "the kit board keeps one speed; remove it", "error")


TRANSPORT = TransportKind(
    name="kit-uart",
    description="a kit board that answers the four-verb line protocol",
    open=_open,
    storage_formats=("kit-kv",),
    check=_check,
    virtual=KitBoards(),
    simulate=simulate,
)

STORAGE = StorageFormat(
    name="kit-kv",
    description="the kit board's key/value store",
    check=key_length_check(KEY_MAX, "the kit board's key limit"),
)
