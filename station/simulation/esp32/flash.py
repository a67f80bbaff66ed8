"""The virtual board's SPI NOR flash chip: contents, erase/program rules, identity.

Programming follows NOR rules: a write can only clear bits (the stored byte
becomes ``old & new``), so data lands intact only on erased (0xFF) flash, the
way a real chip behaves when a loader forgets to erase. The chip answers the
JEDEC ID and SFDP reads that esptool makes to detect its size.

When a file backs the flash, every change is written through to it at once, so
the file always holds what the board holds, even if the process dies.
"""

from __future__ import annotations

import hashlib
import mmap
import struct
import threading
from pathlib import Path
from typing import BinaryIO

from station.core.errors import ConfigError

SECTOR_SIZE = 0x1000
MIN_SIZE = 256 * 1024
MAX_SIZE = 16 * 1024 * 1024
ERASED = 0xFF

# Winbond W25Q-series style identity: manufacturer, memory type; capacity follows.
MANUFACTURER_ID = 0xEF
MEMORY_TYPE = 0x40


def check_flash_size(size: int) -> None:
    """Raise ConfigError unless ``size`` is a power of two from 256 KB to 16 MB."""
    if size < MIN_SIZE or size > MAX_SIZE or size & (size - 1):
        raise ConfigError(
            f"flash size {size} bytes is not a supported SPI flash size",
            hint="use a power of two from 256 KB to 16 MB, e.g. 4194304 for 4 MB",
        )


def _erased_memory(size: int) -> mmap.mmap:
    """``size`` bytes of 0xFF in a mapping of their own.

    A bay swaps a board for a new one after every unit; in a mapping, a finished
    board's flash goes back to the system as soon as the board is dropped, where
    the heap would keep such blocks around in every thread's arena.
    """
    memory = mmap.mmap(-1, size)
    chunk = bytes([ERASED]) * min(size, 64 * 1024)
    for offset in range(0, size, len(chunk)):
        memory[offset : offset + len(chunk)] = chunk
    return memory


class FlashChip:
    """Contents and identity of one SPI NOR flash chip. Safe to use from any thread."""

    def __init__(self, size: int, path: Path | None = None) -> None:
        check_flash_size(size)
        self.size = size
        self.path = path
        self._lock = threading.Lock()
        self._data = _erased_memory(size)
        self._file: BinaryIO | None = None
        if path is not None:
            self._open_backing_file(path)

    def _open_backing_file(self, path: Path) -> None:
        if path.exists():
            existing = path.stat().st_size
            if existing != self.size:
                raise ConfigError(
                    f"flash file {path} holds {existing} bytes, not the {self.size} of the flash",
                    hint="give the flash size the file was made with, or a new file name",
                )
            self._data[:] = path.read_bytes()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(bytes(self._data))
        self._file = path.open("r+b")

    # -- identity ---------------------------------------------------------

    @property
    def jedec_id(self) -> bytes:
        """The three bytes RDID (0x9F) returns: manufacturer, type, capacity (log2 size)."""
        return bytes([MANUFACTURER_ID, MEMORY_TYPE, self.size.bit_length() - 1])

    def sfdp(self, address: int, length: int) -> bytes:
        """``length`` bytes of the SFDP table (JESD216) from ``address``; 0xFF past its end."""
        table = self._sfdp_table()
        chunk = table[address : address + length]
        return chunk + b"\xff" * (length - len(chunk))

    def _sfdp_table(self) -> bytes:
        header = b"SFDP" + bytes([0x06, 0x01, 0x00, 0xFF])
        # One parameter header: the basic flash parameter table, 9 dwords at 0x30.
        param_header = bytes([0x00, 0x06, 0x01, 9]) + (0x30).to_bytes(3, "little") + b"\xff"
        padding = b"\xff" * (0x30 - len(header) - len(param_header))
        basic = struct.pack(
            "<9I",
            0xFFF320E5,  # 4 KB erase with opcode 0x20, fast reads supported
            self.size * 8 - 1,  # density in bits, minus one
            0x6B08EB44,
            0xBB423B08,
            0xFFFFFFFE,
            0xFF00FFFF,
            0xEB44FFFF,
            0x520F200C,
            0xFF00D810,
        )
        return header + param_header + padding + basic

    # -- contents ---------------------------------------------------------

    def contains(self, offset: int, length: int) -> bool:
        """True when ``[offset, offset+length)`` lies inside the chip."""
        return offset >= 0 and length >= 0 and offset + length <= self.size

    def read(self, offset: int, length: int) -> bytes:
        """Bytes stored at ``offset``. Raises ValueError outside the chip."""
        self._check(offset, length)
        with self._lock:
            return bytes(self._data[offset : offset + length])

    def snapshot(self) -> bytes:
        """A copy of the whole chip."""
        with self._lock:
            return bytes(self._data)

    def md5(self, offset: int, length: int) -> bytes:
        """MD5 digest of a region. Raises ValueError outside the chip."""
        self._check(offset, length)
        with self._lock:
            return hashlib.md5(memoryview(self._data)[offset : offset + length]).digest()

    def erase(self, offset: int, length: int) -> None:
        """Erase every sector that ``[offset, offset+length)`` touches."""
        if length <= 0:
            return
        start = offset - offset % SECTOR_SIZE
        end = min(self.size, -(-(offset + length) // SECTOR_SIZE) * SECTOR_SIZE)
        self._check(start, end - start)
        with self._lock:
            self._data[start:end] = bytes([ERASED]) * (end - start)
            self._write_through(start, end)

    def erase_all(self) -> None:
        """Erase the whole chip."""
        self.erase(0, self.size)

    def program(self, offset: int, data: bytes) -> None:
        """Program ``data`` at ``offset`` with NOR semantics (bits can only go 1 -> 0)."""
        self._check(offset, len(data))
        end = offset + len(data)
        with self._lock:
            old = int.from_bytes(self._data[offset:end], "little")
            new = int.from_bytes(data, "little")
            self._data[offset:end] = (old & new).to_bytes(len(data), "little")
            self._write_through(offset, end)

    def close(self) -> None:
        """Close the backing file, if any. The chip stays readable."""
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def _check(self, offset: int, length: int) -> None:
        if not self.contains(offset, length):
            raise ValueError(
                f"region {offset:#x}+{length:#x} is outside the {self.size:#x}-byte flash"
            )

    def _write_through(self, start: int, end: int) -> None:
        # Called with the lock held.
        if self._file is not None:
            self._file.seek(start)
            self._file.write(self._data[start:end])
            self._file.flush()
