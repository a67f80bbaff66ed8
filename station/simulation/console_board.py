"""A virtual board whose factory firmware speaks the serial console protocol.

It keeps staged and committed values per namespace, relays TPM commands to an
optional backend, and can misbehave on purpose (``fault``) for tests and
training. Serve it with ``serve_tcp()`` or ``serve_pty()`` and open the
result like any port.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from station.core.errors import ConfigError
from station.simulation.console_session import ConsoleSession, StoredValue
from station.simulation.faults import checked_fault
from station.simulation.serving import ByteStream, ServedBoard, serve_pty, serve_tcp
from station.transports.console import normalise_mac
from station.transports.console_protocol import (
    DEFAULT_CHUNK,
    DEFAULT_LINE_LIMIT,
    TPM_LINE_LIMIT,
)

TpmBackend = Callable[[bytes], bytes]

FAULTS = ("silent", "garbage", "disconnect-mid-write", "corrupt", "reject")


@dataclass(frozen=True)
class RetiredUnit:
    """A unit the board was before ``swap_on_reboot`` made it a new one."""

    serial: str
    mac: str
    committed: dict[str, dict[str, str | bytes | int]] = field(default_factory=dict)


def _plain(values: dict[str, dict[str, StoredValue]]) -> dict[str, dict[str, str | bytes | int]]:
    return {
        namespace: {key: stored.plain() for key, stored in keys.items()}
        for namespace, keys in values.items()
    }


class VirtualConsoleBoard:
    """The board's state and behaviour; sessions (connections) run on serving threads.

    ``fault`` may be changed at any time from any thread:

    - ``silent``: reads everything, answers nothing (no boot banner either)
    - ``garbage``: answers every line with noise
    - ``disconnect-mid-write``: drops the connection at the first BLOB DATA or
      after ``fault_after_sets`` answered SETs
    - ``corrupt``: stores every value slightly damaged, so read-back fails
    - ``reject``: refuses SET and BLOB BEGIN with ``ERR REJECTED``

    ``chatty`` makes the board print log lines and repeat its previous reply
    before each answer, as a noisy firmware would; a station must cope.
    """

    def __init__(
        self,
        board_type: str = "virtual-console",
        serial: str | None = None,
        mac: str | None = None,
        *,
        fault: str | None = None,
        swap_on_reboot: bool = False,
        tpm_backend: TpmBackend | None = None,
        firmware: str = "1.0.0",
        seed: int | str | None = None,
        chatty: bool = False,
        fault_after_sets: int = 2,
        chunk: int = DEFAULT_CHUNK,
        line_limit: int = DEFAULT_LINE_LIMIT,
    ) -> None:
        self.board_type = board_type
        self.firmware = firmware
        self.swap_on_reboot = swap_on_reboot
        self.tpm_backend = tpm_backend
        self.chatty = chatty
        self.fault_after_sets = fault_after_sets
        self.chunk = chunk
        # A TPM command of 4 KiB travels as one hex line.
        self.line_limit = max(line_limit, TPM_LINE_LIMIT) if tpm_backend else line_limit
        self.reboots = 0
        self.retired: list[RetiredUnit] = []
        # Every value that ever reached the board, committed or not: (serial, ns, key, value).
        # Tests use it to prove that no board holds data the manifest does not know of.
        self.received: list[tuple[str, str, str, str | bytes | int]] = []
        self.lock = threading.RLock()
        self.rng = random.Random(seed)
        self._fault: str | None = None
        self.fault = fault
        self._serial = serial or self._new_serial()
        self._mac = (normalise_mac(mac) if mac else "") or self._new_mac()
        if mac and not normalise_mac(mac):
            raise ConfigError(
                f"MAC {mac!r} is not six bytes of hex", hint="write it like 02:00:5e:10:00:01"
            )
        self.store: dict[str, dict[str, StoredValue]] = {}
        self.staging: dict[str, dict[str, StoredValue]] = {}

    # -- what tests and the demo look at -------------------------------------------

    @property
    def fault(self) -> str | None:
        return self._fault

    @fault.setter
    def fault(self, value: str | None) -> None:
        self._fault = checked_fault(value, FAULTS, "console")

    @property
    def serial(self) -> str:
        return self._serial

    @property
    def mac(self) -> str:
        """Twelve lowercase hex digits, as ``BoardInfo.mac`` holds it."""
        return self._mac

    @property
    def committed(self) -> dict[str, dict[str, str | bytes | int]]:
        """A copy of the persisted values: namespace -> key -> str, bytes or int."""
        with self.lock:
            return _plain(self.store)

    @property
    def staged(self) -> dict[str, dict[str, str | bytes | int]]:
        """A copy of the values written but not yet committed."""
        with self.lock:
            return _plain(self.staging)

    # -- life cycle ---------------------------------------------------------------------

    def reboot(self) -> None:
        """Drop staged values; with ``swap_on_reboot`` become a new, empty unit."""
        with self.lock:
            self.staging = {}
            self.reboots += 1
            if self.swap_on_reboot:
                self.retired.append(RetiredUnit(self._serial, self._mac, _plain(self.store)))
                self.store = {}
                self._serial = self._new_serial()
                self._mac = self._new_mac()

    def banner(self) -> list[str]:
        """What the board prints when it starts, before it takes requests."""
        return [
            "",
            "ets Jul 29 2019 12:21:46",
            "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
            f"{self.board_type} factory firmware {self.firmware}",
            f"unit {self._serial} mac {self.mac_text()}",
            "console ready",
        ]

    def mac_text(self) -> str:
        """The MAC as the board prints it: colon-separated pairs."""
        return ":".join(self._mac[i : i + 2] for i in range(0, 12, 2))

    def session(self, stream: ByteStream) -> None:
        """Run one connection to its end; a new connection starts like a reset board.

        Runs on the serving thread.
        """
        with self.lock:
            self.staging = {}
        ConsoleSession(self, stream).run()

    def serve_tcp(self, host: str = "127.0.0.1", port: int = 0) -> ServedBoard:
        """Serve on a loopback socket; ``.url`` is ``socket://HOST:PORT``."""
        return serve_tcp(self.session, host, port, name=self.board_type)

    def serve_pty(self) -> ServedBoard:
        """Serve on a pseudo-terminal; ``.device`` is its path."""
        return serve_pty(self.session, name=self.board_type)

    def _new_serial(self) -> str:
        return f"VC-{self.rng.getrandbits(32):08X}"

    def _new_mac(self) -> str:
        # 0x02: a locally administered, unicast address, so it never clashes with a vendor's.
        return "02" + "".join(f"{self.rng.getrandbits(8):02x}" for _ in range(5))
