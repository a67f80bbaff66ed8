"""What differs between the simulated chips: identity, register map, eFuse contents.

Each chip is data. The eFuse words are laid out where esptool reads them, so
that its chip description, feature list, crystal frequency and MAC come out as
for a real part:

- ESP32: an ESP32-D0WD-V3 revision v3.1, 40 MHz crystal, eFuse block 0 at
  ``EFUSE_RD_REG_BASE``; MAC in words 1 and 2 with its CRC-8.
- ESP32-C3: an ESP32-C3 (QFN32) revision v0.4; MAC in eFuse block 1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

XTAL_HZ = 40_000_000
# The ESP32's ROM clocks its UART from its own estimate of the crystal, which it takes
# from the RTC calibration against the 8 MHz oscillator (CK8M); esptool reads the same
# two words to correct CHANGE_BAUDRATE in the ROM (``ESP32ROM.change_baud``).
ESP32_RTCCALICFG1 = 0x3FF5F06C
ESP32_CK8M_FREQ = 0x40  # EFUSE_RD_CK8M_FREQ


def esp32_rom_calibration(xtal_hz: float) -> int:
    """The RTCCALICFG1 value from which the ESP32 ROM computes a crystal of ``xtal_hz``."""
    cali = round(xtal_hz * 40 / (15625 * ESP32_CK8M_FREQ))
    return cali << 7


def esp32_rom_xtal_hz(rtccalicfg1: int) -> float:
    """The crystal frequency the ESP32 ROM believes in, from its RTC calibration word."""
    cali = (rtccalicfg1 >> 7) & 0x1FFFFFF
    return cali * 15625 * ESP32_CK8M_FREQ / 40


def mac_crc8(mac: bytes) -> int:
    """CRC-8 (reflected polynomial 0x8C) that the ESP32 stores beside its MAC."""
    crc = 0
    for byte in mac:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8C if crc & 1 else crc >> 1
    return crc


def _esp32_registers(mac: bytes) -> dict[int, int]:
    base = 0x3FF5A000  # EFUSE_BLK0_RDATA0
    clk8m = ESP32_CK8M_FREQ
    return {
        base + 0x04: int.from_bytes(mac[2:6], "big"),
        base + 0x08: (mac_crc8(mac) << 16) | (mac[0] << 8) | mac[1],
        # CHIP_VER_REV1 (bit 15), CPU freq rated 240 MHz (bit 13), package D0WD (bits 9..11)
        base + 0x0C: (1 << 15) | (1 << 13) | (1 << 9),
        # ADC Vref (bits 8..12), CK8M frequency (bits 0..7)
        base + 0x10: (0x11 << 8) | clk8m,
        # minor revision 1 (bits 24..25), CHIP_VER_REV2 (bit 20)
        base + 0x14: (1 << 24) | (1 << 20),
        0x3FF6607C: 0x96042000,  # APB_CTL_DATE, bit 31 set on revision 3 silicon
        # The ROM's RTC calibration, here such that cali * 15625 * clk8m / 40 = 40 MHz;
        # a board with a drifting CK8M overrides it (VirtualEsp32.rom_xtal_error).
        ESP32_RTCCALICFG1: esp32_rom_calibration(XTAL_HZ),
    }


def _esp32c3_registers(mac: bytes) -> dict[int, int]:
    block1 = 0x60008844  # EFUSE_RD_MAC_SPI_SYS_0
    return {
        block1: int.from_bytes(mac[2:6], "big"),
        block1 + 0x04: (mac[0] << 8) | mac[1],
        block1 + 0x0C: 4 << 18,  # minor revision 4, package QFN32, no embedded flash
        block1 + 0x14: 0,  # major revision 0
    }


@dataclass(frozen=True)
class SpiController:
    """Offsets of the SPI flash controller registers that esptool drives."""

    base: int
    usr: int
    usr1: int
    usr2: int
    mosi_dlen: int
    miso_dlen: int
    w0: int
    # ESP32 wants the address in the top bits of SPI_ADDR, later chips in the bottom.
    addr_msb: bool

    @property
    def cmd_reg(self) -> int:
        return self.base

    @property
    def addr_reg(self) -> int:
        return self.base + 0x04


@dataclass(frozen=True)
class ChipSpec:
    """One chip model as the ROM bootloader presents it."""

    key: str
    name: str
    magic_value: int
    # Chip ID from GET_SECURITY_INFO; None when the ROM has no such command.
    security_chip_id: int | None
    security_api_version: int
    uart_clkdiv_reg: int
    spi: SpiController
    ram: tuple[tuple[int, int], ...]
    registers: Callable[[bytes], dict[int, int]] = field(repr=False)
    # ROM FLASH_BEGIN takes a fifth word (encrypted write) on chips after the ESP32.
    rom_flash_begin_words: int = 5
    # Where the ROM keeps the calibration it derives its crystal estimate (and so its
    # UART divider after CHANGE_BAUDRATE) from; None: the ROM clocks the UART exactly.
    rom_calibration_reg: int | None = None

    def fixed_registers(self, mac: bytes) -> dict[int, int]:
        """Register values that do not change while the board runs."""
        values = {0x40001000: self.magic_value}  # CHIP_DETECT_MAGIC_REG
        values.update(self.registers(mac))
        return values

    def in_ram(self, address: int, length: int) -> bool:
        """True when a load of ``length`` bytes at ``address`` fits one RAM region."""
        return any(start <= address and address + length <= end for start, end in self.ram)


CHIPS: dict[str, ChipSpec] = {
    "esp32": ChipSpec(
        key="esp32",
        name="ESP32",
        magic_value=0x00F01D83,
        security_chip_id=None,
        security_api_version=0,
        uart_clkdiv_reg=0x3FF40014,
        spi=SpiController(
            base=0x3FF42000,
            usr=0x1C,
            usr1=0x20,
            usr2=0x24,
            mosi_dlen=0x28,
            miso_dlen=0x2C,
            w0=0x80,
            addr_msb=True,
        ),
        ram=((0x3FFAE000, 0x40000000), (0x40070000, 0x400C0000)),
        registers=_esp32_registers,
        rom_flash_begin_words=4,
        rom_calibration_reg=ESP32_RTCCALICFG1,
    ),
    "esp32c3": ChipSpec(
        key="esp32c3",
        name="ESP32-C3",
        magic_value=0x1B31506F,
        security_chip_id=5,
        security_api_version=0,
        uart_clkdiv_reg=0x60000014,
        spi=SpiController(
            base=0x60002000,
            usr=0x18,
            usr1=0x1C,
            usr2=0x20,
            mosi_dlen=0x24,
            miso_dlen=0x28,
            w0=0x58,
            addr_msb=False,
        ),
        ram=((0x3FC80000, 0x3FCE0000), (0x4037C000, 0x403E0000)),
        registers=_esp32c3_registers,
    ),
}


def chip_spec(key: str) -> ChipSpec:
    """The spec for ``key`` ("esp32", "esp32c3"). Raises KeyError for others."""
    return CHIPS[key]
