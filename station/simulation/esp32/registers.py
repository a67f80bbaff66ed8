"""Memory-mapped registers that the bootloader's READ_REG / WRITE_REG reach.

Fixed values (chip magic, eFuse words) come from the chip spec; the UART clock
divider follows the current baud rate; the SPI flash controller runs a "user
command" against the flash chip when esptool sets the USR bit in SPI_CMD, the
way esptool reads the JEDEC ID and SFDP table. Any other address reads back
what was last written to it, or 0.
"""

from __future__ import annotations

from collections.abc import Callable

from station.simulation.esp32.chips import XTAL_HZ, ChipSpec
from station.simulation.esp32.flash import FlashChip

SPI_CMD_USR = 1 << 18
SPI_USR_COMMAND = 1 << 31
SPI_USR_ADDR = 1 << 30
SPI_USR_MISO = 1 << 28
SPI_USR_ADDR_LEN_SHIFT = 26

# SPI flash opcodes the controller answers with data.
RDID = 0x9F
RDSFDP = 0x5A
RDSR = (0x05, 0x35, 0x15)


class RegisterFile:
    """The register space of one chip. Used by the session thread only."""

    def __init__(
        self, chip: ChipSpec, mac: bytes, flash: FlashChip, baud: Callable[[], int]
    ) -> None:
        self.chip = chip
        self.flash = flash
        self._baud = baud
        self._fixed = chip.fixed_registers(mac)
        self._written: dict[int, int] = {}

    def read(self, address: int) -> int:
        """The 32-bit value at ``address``."""
        if address in self._fixed:
            return self._fixed[address]
        if address == self.chip.uart_clkdiv_reg:
            return self._uart_clkdiv()
        return self._written.get(address, 0)

    def set_fixed(self, address: int, value: int) -> None:
        """Make ``address`` a read-only word holding ``value`` (eFuse, calibration)."""
        self._fixed[address] = value & 0xFFFFFFFF

    def write(self, address: int, value: int, mask: int = 0xFFFFFFFF) -> None:
        """Store ``value`` under ``mask``; writes to read-only eFuse words are ignored."""
        if address in self._fixed:
            return
        old = self._written.get(address, 0)
        new = (old & ~mask) | (value & mask)
        self._written[address] = new & 0xFFFFFFFF
        if address == self.chip.spi.cmd_reg and new & SPI_CMD_USR:
            self._run_spi_user_command()
            self._written[address] = new & ~SPI_CMD_USR

    def _uart_clkdiv(self) -> int:
        # Integer part in bits 0..19, sixteenths in bits 20..23, as the UART has them.
        sixteenths = XTAL_HZ * 16 // self._baud()
        return ((sixteenths % 16) << 20) | (sixteenths // 16)

    def _reg(self, offset: int) -> int:
        return self._written.get(self.chip.spi.base + offset, 0)

    def _run_spi_user_command(self) -> None:
        spi = self.chip.spi
        usr = self._reg(spi.usr)
        opcode = self._reg(spi.usr2) & 0xFF
        miso_bits = self._reg(spi.miso_dlen) + 1 if usr & SPI_USR_MISO else 0
        address = 0
        if usr & SPI_USR_ADDR:
            addr_len = ((self._reg(spi.usr1) >> SPI_USR_ADDR_LEN_SHIFT) & 0x3F) + 1
            address = self._written.get(spi.addr_reg, 0)
            if spi.addr_msb:
                address >>= 32 - addr_len
        reply = self._flash_reply(opcode, address, (miso_bits + 7) // 8)
        reply = reply.ljust(4 * 16, b"\0")
        for index in range(16):
            word = int.from_bytes(reply[4 * index : 4 * index + 4], "little")
            self._written[spi.base + spi.w0 + 4 * index] = word
        if miso_bits and miso_bits < 32:
            self._written[spi.base + spi.w0] &= (1 << miso_bits) - 1

    def _flash_reply(self, opcode: int, address: int, length: int) -> bytes:
        if length == 0:
            return b""
        if opcode == RDID:
            return self.flash.jedec_id[:length]
        if opcode == RDSFDP:
            return self.flash.sfdp(address, length)
        if opcode in RDSR:
            return bytes(length)  # not busy, no protection bits
        return b"\xff" * length  # no answer on MISO: the line idles high
