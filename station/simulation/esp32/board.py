"""``VirtualEsp32``: one simulated ESP32-family board with its flash and MAC.

The board keeps what a real one keeps across resets (flash contents, eFuse MAC)
and starts every host connection fresh in the ROM download mode, as a board
whose auto-reset circuit pulls it into the bootloader when the port opens.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from station.core.errors import ConfigError
from station.simulation.esp32.chips import CHIPS, ChipSpec
from station.simulation.esp32.flash import FlashChip
from station.simulation.esp32.link import ROM_BAUD, Link
from station.simulation.esp32.rom import BootloaderSession
from station.simulation.faults import checked_fault

if TYPE_CHECKING:
    from station.simulation.esp32.server import PtyServer, TcpServer

FAULTS = ("never-sync", "drop-mid-write", "corrupt-block")
ESPRESSIF_OUI = bytes([0x24, 0x0A, 0xC4])
DEFAULT_FLASH_SIZE = 4 * 1024 * 1024
DEFAULT_SEED = "virtual-esp32"

_MAC_PATTERN = re.compile(r"^[0-9a-fA-F]{2}([:-]?[0-9a-fA-F]{2}){5}$")


def parse_mac(text: str) -> bytes:
    """The six bytes of a MAC written as ``24:0a:c4:12:34:56`` (``-`` or no separator too)."""
    if not _MAC_PATTERN.match(text.strip()):
        raise ConfigError(
            f"{text!r} is not a MAC address",
            hint="write it as six hex byte pairs, e.g. 24:0a:c4:12:34:56",
        )
    digits = re.sub(r"[:-]", "", text.strip())
    mac = bytes.fromhex(digits)
    if mac[0] & 0x01:
        raise ConfigError(
            f"{text} is a multicast address, which no chip has as its base MAC",
            hint="clear the lowest bit of the first byte",
        )
    return mac


def mac_from_seed(seed: str | int) -> bytes:
    """A stable MAC under Espressif's OUI, derived from ``seed``."""
    digest = hashlib.sha256(f"esp32-mac:{seed}".encode()).digest()
    return ESPRESSIF_OUI + digest[:3]


def format_mac(mac: bytes) -> str:
    """``24:0a:c4:12:34:56`` form, as esptool prints it."""
    return ":".join(f"{byte:02x}" for byte in mac)


class VirtualEsp32:
    """A simulated board that the real esptool drives as it would a chip.

    ``chip`` is "esp32" or "esp32c3"; ``mac`` defaults to one derived from
    ``seed``; ``flash_file`` keeps the flash across runs (written through on
    every change); ``baud_emulation`` makes each byte take the time a UART at
    the current baud rate needs. ``fault`` injects one failure:

    - ``"never-sync"``: the board ignores SYNC, so no host can connect;
    - ``"drop-mid-write"``: after ``drop_after_blocks`` flash data blocks on a
      connection (by default none: the flash is erased, then the line drops at
      the first data block) the board drops the line;
    - ``"corrupt-block"``: the first block of every flash write is stored with
      one bit flipped, so the MD5 check after writing fails.

    ``fault`` may be changed at any time; a running session sees the change at
    its next command. Flash and fault may be read and set from any thread.

    The serial line, as a real one does, has its limits:

    - ``max_baud``: above this rate the line does not hold. Short command
      frames get through, but every data frame (flash data, RAM data) arrives
      with two bits flipped at the same position in two of its bytes, damage
      that the protocol's XOR checksum cannot see: only the flash MD5 (or a
      deflate error, or a stub that never starts) shows it. None: no limit.
    - ``rom_xtal_error``: how far (a fraction, e.g. 0.04) the ESP32 ROM's own
      estimate of its crystal is off, as a drifting 8 MHz oscillator makes it
      on real chips. The ROM sets its UART from that estimate after
      CHANGE_BAUDRATE, so a host that asks for the rate it wants without
      esptool's ESP32 correction gets a rate of its own; a rate more than
      ``UART_TOLERANCE`` away from every standard rate (the host's UART runs
      at one of pyserial's standard rates) is noise, and the board hears
      nothing more on that connection.

    ``refused`` lists every command the board refused, as (mode, opcode),
    mode being "rom" or "stub", so a test can show a host stayed within what
    the ROM supports.
    """

    def __init__(
        self,
        chip: str = "esp32",
        mac: str | None = None,
        flash_size: int = DEFAULT_FLASH_SIZE,
        flash_file: Path | str | None = None,
        baud_emulation: bool = False,
        fault: str | None = None,
        *,
        seed: str | int = DEFAULT_SEED,
        drop_after_blocks: int = 0,
        max_baud: int | None = None,
        rom_xtal_error: float = 0.0,
    ) -> None:
        if chip not in CHIPS:
            raise ConfigError(
                f"unknown chip {chip!r} for a virtual ESP32 board",
                hint=f"choose one of: {', '.join(CHIPS)}",
            )
        self.spec: ChipSpec = CHIPS[chip]
        self.mac_bytes = parse_mac(mac) if mac is not None else mac_from_seed(seed)
        path = Path(flash_file) if flash_file is not None else None
        self.flash_chip = FlashChip(flash_size, path)
        self.baud_emulation = baud_emulation
        self.drop_after_blocks = drop_after_blocks
        self.rom_baud = ROM_BAUD
        self.max_baud = max_baud
        if not -0.2 < rom_xtal_error < 0.2:
            raise ConfigError(
                f"a ROM crystal error of {rom_xtal_error:+.0%} is not one a chip would boot with",
                hint="give a fraction between -0.2 and 0.2, e.g. 0.04",
            )
        self.rom_xtal_error = rom_xtal_error
        self.refused: list[tuple[str, int]] = []
        self.sessions = 0  # host connections served since the board was made
        self._fault: str | None = None
        self.fault = fault

    # -- identity ---------------------------------------------------------

    @property
    def chip(self) -> str:
        """The chip key: "esp32" or "esp32c3"."""
        return self.spec.key

    @property
    def chip_name(self) -> str:
        """The chip's name as esptool prints it, e.g. "ESP32-C3"."""
        return self.spec.name

    @property
    def mac(self) -> str:
        """The base MAC in eFuse, as ``24:0a:c4:12:34:56``."""
        return format_mac(self.mac_bytes)

    # -- faults -----------------------------------------------------------

    @property
    def fault(self) -> str | None:
        return self._fault

    @fault.setter
    def fault(self, value: str | None) -> None:
        self._fault = checked_fault(value, FAULTS, "ESP32")

    # -- flash ------------------------------------------------------------

    @property
    def flash_size(self) -> int:
        return self.flash_chip.size

    @property
    def flash(self) -> bytes:
        """A copy of the whole flash as it is now."""
        return self.flash_chip.snapshot()

    def read_flash(self, offset: int, length: int) -> bytes:
        """``length`` bytes of flash from ``offset``. Raises ValueError outside the chip."""
        return self.flash_chip.read(offset, length)

    def write_flash(self, offset: int, data: bytes) -> None:
        """Put ``data`` in flash directly, erasing the sectors it touches (a programmer's write)."""
        self.flash_chip.erase(offset, len(data))
        self.flash_chip.program(offset, data)

    def erase_flash(self) -> None:
        """Erase the whole flash directly."""
        self.flash_chip.erase_all()

    # -- serving ----------------------------------------------------------

    def run_session(self, link: Link) -> None:
        """Serve one host connection from a chip reset until it closes, on this thread."""
        link.baud = self.rom_baud
        self.sessions += 1
        BootloaderSession(self, link).run()

    def serve_tcp(self, host: str = "127.0.0.1", port: int = 0) -> TcpServer:
        """Start serving on a loopback TCP port; ``.url`` is what esptool takes as ``--port``."""
        from station.simulation.esp32.server import TcpServer

        return TcpServer(self, host, port)

    def serve_pty(self) -> PtyServer:
        """Start serving on a new pseudo-terminal; ``.device`` is its path."""
        from station.simulation.esp32.server import PtyServer

        return PtyServer(self)

    def close(self) -> None:
        """Close the flash file, if any (the flash stays readable)."""
        self.flash_chip.close()

    def __repr__(self) -> str:
        return (
            f"VirtualEsp32(chip={self.chip!r}, mac={self.mac!r}, "
            f"flash_size={self.flash_size}, fault={self.fault!r})"
        )
