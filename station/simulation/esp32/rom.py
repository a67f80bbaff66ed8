"""The command handler: the ROM serial bootloader, and the flasher stub once loaded.

One ``BootloaderSession`` lives for one host connection, which starts with the
chip fresh out of reset in its ROM download mode. It reads request packets,
answers them as the ROM does (4 status bytes, ROM error codes, MD5 as hex
text, slow 64-byte flash reads) and, after esptool uploads its flasher stub to
RAM and starts it, as the stub does (``OHAI`` greeting, 2 status bytes, stub
error codes, raw MD5, streamed flash reads, erase commands).

The RAM code is not executed: any code started at an address inside what was
uploaded is taken to be the flasher stub.
"""

from __future__ import annotations

import functools
import hashlib
import random
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from station.simulation.esp32.chips import XTAL_HZ, esp32_rom_calibration, esp32_rom_xtal_hz
from station.simulation.esp32.flash import SECTOR_SIZE
from station.simulation.esp32.link import Link, LinkClosed
from station.simulation.esp32.protocol import (
    CHECKSUMMED,
    ROM_SYNC_VALUE,
    STUB_GREETING,
    SYNC_PAYLOAD,
    SYNC_RESPONSES,
    Command,
    MalformedPacket,
    Request,
    RomError,
    StubError,
    build_response,
    checksum,
    parse_request,
)
from station.simulation.esp32.registers import RegisterFile

if TYPE_CHECKING:
    from station.simulation.esp32.board import VirtualEsp32

ROM_READ_BLOCK = 64
DATA_HEADER = struct.Struct("<IIII")
# How long the stub waits for the host to acknowledge streamed flash data.
READ_ACK_TIMEOUT = 10.0
# Longest pause honoured for one WRITE_REG delay field.
MAX_REG_DELAY = 0.1
# How far a UART's rate may be from its partner's before bytes turn into noise.
UART_TOLERANCE = 0.025
# The rates a host UART runs at (pyserial's list of standard rates).
STANDARD_BAUDS = (
    9600, 19200, 38400, 57600, 74880, 115200, 230400, 460800, 500000, 576000, 921600,
    1000000, 1152000, 1500000, 2000000, 2500000, 3000000, 3500000, 4000000,
)
# Frames that carry data to store: the ones a line that does not hold damages.
DATA_FRAMES = frozenset({Command.FLASH_DATA, Command.FLASH_DEFL_DATA, Command.MEM_DATA})


@functools.lru_cache(maxsize=64)
def rate_matches_a_host(baud: float) -> bool:
    """True when a host UART at some standard rate reads a UART running at ``baud``."""
    return any(abs(baud - rate) <= UART_TOLERANCE * rate for rate in STANDARD_BAUDS)


class Mode(Enum):
    ROM = "rom"
    STUB = "stub"
    # Running user code (or crashed): the UART no longer speaks the protocol.
    APP = "app"


class CommandFailed(Exception):
    """A request the loader refuses; carries the ROM and the stub error code."""

    def __init__(self, rom: RomError, stub: StubError) -> None:
        super().__init__(f"{rom.name} / {stub.name}")
        self.rom = rom
        self.stub = stub


@dataclass
class _FlashWrite:
    """An open FLASH_BEGIN / FLASH_DEFL_BEGIN transfer."""

    offset: int
    size: int  # bytes the transfer may put in flash
    blocks: int
    block_size: int
    compressed: bool
    next_seq: int = 0
    written: int = 0
    erased_to: int = 0  # stub: flash below this address is erased for this transfer
    inflater: zlib._Decompress | None = None


@dataclass
class _MemLoad:
    """An open MEM_BEGIN transfer and the RAM segments uploaded so far."""

    offset: int
    size: int
    blocks: int
    block_size: int
    next_seq: int = 0
    received: int = 0
    damaged: bool = False  # what arrived is not what was sent


@dataclass
class _Ram:
    segments: list[tuple[int, int]] = field(default_factory=list)

    def holds(self, address: int) -> bool:
        return any(start <= address < end for start, end in self.segments)


class BootloaderSession:
    """Serves one host connection from a chip reset until the link closes.

    Runs entirely on the thread that calls ``run``.
    """

    def __init__(self, board: VirtualEsp32, link: Link) -> None:
        self.board = board
        self.link = link
        self.mode = Mode.ROM
        self.synced = False
        self.registers = RegisterFile(board.spec, board.mac_bytes, board.flash_chip, self._baud)
        self._write: _FlashWrite | None = None
        self._mem: _MemLoad | None = None
        self._ram = _Ram()
        self._ram_damaged = False
        self._blocks_received = 0
        self._noise = random.Random(board.mac_bytes + board.sessions.to_bytes(4, "little"))
        self._handler_maps: dict[Mode, dict[int, Callable[[Request], None]]] = {}
        spec = board.spec
        if spec.rom_calibration_reg is not None and board.rom_xtal_error:
            self.registers.set_fixed(
                spec.rom_calibration_reg,
                esp32_rom_calibration(XTAL_HZ * (1 + board.rom_xtal_error)),
            )

    def _baud(self) -> int:
        return self.link.baud

    @property
    def status_length(self) -> int:
        return 2 if self.mode is Mode.STUB else 4

    # -- loop -------------------------------------------------------------

    def run(self) -> None:
        """Answer packets until the host disconnects or the board drops the line."""
        try:
            while True:
                packet = self.link.receive()
                if packet is not None:
                    self.handle_packet(packet)
        except LinkClosed:
            pass

    def handle_packet(self, packet: bytes) -> None:
        """Act on one SLIP packet from the host and send whatever the chip would."""
        if self.mode is Mode.APP or not rate_matches_a_host(self.link.baud):
            return  # nobody talks, or the host's bytes arrive as noise at this rate
        try:
            request = parse_request(packet)
        except MalformedPacket as error:
            if error.op is not None and self._listening():
                self._fail(error.op, RomError.INVALID_MESSAGE, StubError.BAD_DATA_LEN)
            return
        if request.op == Command.SYNC:
            self._sync(request)
            return
        if not self._listening():
            return  # the ROM is still measuring the baud rate and hears only noise
        request = self._through_the_line(request)
        try:
            self._dispatch(request)
        except CommandFailed as failure:
            self._fail(request.op, failure.rom, failure.stub)

    def _through_the_line(self, request: Request) -> Request:
        """``request`` as a line above ``max_baud`` delivers it: data frames damaged.

        Two bytes of the data get the same bit flipped, which leaves the XOR
        checksum as it was: only the flash MD5 (or the stub not starting) shows it.
        """
        limit = self.board.max_baud
        payload = len(request.data) - DATA_HEADER.size
        if limit is None or self.link.baud <= limit or request.op not in DATA_FRAMES:
            return request
        if payload < 2:
            return request
        data = bytearray(request.data)
        first, second = self._noise.sample(range(DATA_HEADER.size, len(data)), 2)
        bit = 1 << self._noise.randrange(8)
        data[first] ^= bit
        data[second] ^= bit
        if request.op == Command.MEM_DATA and self._mem is not None:
            self._mem.damaged = True
        return Request(op=request.op, checksum=request.checksum, data=bytes(data))

    def _listening(self) -> bool:
        return self.synced or self.mode is Mode.STUB

    # -- responses --------------------------------------------------------

    def _ok(self, op: int, value: int = 0, data: bytes = b"") -> None:
        self.link.send(build_response(op, value, data, bytes(self.status_length)))

    def _fail(self, op: int, rom: RomError, stub: StubError) -> None:
        if rom is RomError.INVALID_MESSAGE and stub is StubError.INVALID_COMMAND:
            self.board.refused.append((self.mode.value, op))
        if self.mode is Mode.STUB:
            status = bytes([stub, 0])
        else:
            status = bytes([1, rom, 0, 0])
        self.link.send(build_response(op, 0, b"", status))

    # -- dispatch ---------------------------------------------------------

    def _dispatch(self, request: Request) -> None:
        if request.op in CHECKSUMMED:
            self._check_data_checksum(request)
        handler = self._handlers().get(request.op)
        if handler is None:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.INVALID_COMMAND)
        handler(request)

    def _handlers(self) -> dict[int, Callable[[Request], None]]:
        """The commands the loader running now answers (made once per mode)."""
        handlers = self._handler_maps.get(self.mode)
        if handlers is None:
            handlers = self._handler_maps[self.mode] = self._handlers_for_mode()
        return handlers

    def _handlers_for_mode(self) -> dict[int, Callable[[Request], None]]:
        common: dict[int, Callable[[Request], None]] = {
            Command.READ_REG: self._read_reg,
            Command.WRITE_REG: self._write_reg,
            Command.SPI_SET_PARAMS: self._spi_set_params,
            Command.SPI_ATTACH: self._spi_attach,
            Command.CHANGE_BAUDRATE: self._change_baudrate,
            Command.FLASH_BEGIN: self._flash_begin,
            Command.FLASH_DATA: self._flash_data,
            Command.FLASH_END: self._flash_end,
            Command.FLASH_DEFL_BEGIN: self._flash_begin,
            Command.FLASH_DEFL_DATA: self._flash_data,
            Command.FLASH_DEFL_END: self._flash_end,
            Command.SPI_FLASH_MD5: self._flash_md5,
            Command.MEM_BEGIN: self._mem_begin,
            Command.MEM_DATA: self._mem_data,
            Command.MEM_END: self._mem_end,
        }
        if self.board.spec.security_chip_id is not None:
            common[Command.GET_SECURITY_INFO] = self._security_info
        if self.mode is Mode.ROM:
            common[Command.READ_FLASH_SLOW] = self._read_flash_slow
        else:
            common.update(
                {
                    Command.ERASE_FLASH: self._erase_flash,
                    Command.ERASE_REGION: self._erase_region,
                    Command.READ_FLASH: self._read_flash,
                    Command.RUN_USER_CODE: self._run_user_code,
                }
            )
        return common

    @staticmethod
    def _check_data_checksum(request: Request) -> None:
        if len(request.data) < DATA_HEADER.size:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_DATA_LEN)
        payload = request.data[DATA_HEADER.size :]
        if checksum(payload) != request.checksum & 0xFF:
            raise CommandFailed(RomError.INVALID_CRC, StubError.BAD_DATA_CHECKSUM)

    @staticmethod
    def _words(request: Request, count: int, at_most: int | None = None) -> tuple[int, ...]:
        """Unpack the request's leading little-endian words, checking the length."""
        length = len(request.data)
        if length < 4 * count or length > 4 * (at_most or count) or length % 4:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_DATA_LEN)
        return struct.unpack_from(f"<{count}I", request.data)

    # -- connection -------------------------------------------------------

    def _sync(self, request: Request) -> None:
        if self.board.fault == "never-sync":
            return
        if request.data != SYNC_PAYLOAD:
            if self._listening():
                self._fail(request.op, RomError.INVALID_MESSAGE, StubError.BAD_DATA_LEN)
            return
        self.synced = True
        value = 0 if self.mode is Mode.STUB else ROM_SYNC_VALUE
        for _ in range(SYNC_RESPONSES):
            self._ok(request.op, value)

    def _read_reg(self, request: Request) -> None:
        (address,) = self._words(request, 1)
        self._ok(request.op, self.registers.read(address))

    def _write_reg(self, request: Request) -> None:
        if not request.data or len(request.data) % 16:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_DATA_LEN)
        for address, value, mask, delay_us in struct.iter_unpack("<IIII", request.data):
            self.registers.write(address, value, mask)
            if delay_us:
                time.sleep(min(delay_us / 1e6, MAX_REG_DELAY))
        self._ok(request.op)

    def _security_info(self, request: Request) -> None:
        spec = self.board.spec
        info = struct.pack(
            "<IB7BII", 0, 0, *([0] * 7), spec.security_chip_id or 0, spec.security_api_version
        )
        self._ok(request.op, 0, info)

    def _spi_attach(self, request: Request) -> None:
        self._words(request, 1, at_most=2)
        self._ok(request.op)

    def _spi_set_params(self, request: Request) -> None:
        self._words(request, 6)
        self._ok(request.op)

    def _change_baudrate(self, request: Request) -> None:
        new_baud, old_baud = self._words(request, 2)
        if new_baud <= 0:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_DATA_LEN)
        self._ok(request.op)  # the answer still goes out at the old rate
        self.link.baud = self._uart_rate(new_baud, old_baud)

    def _uart_rate(self, asked: int, old: int) -> int:
        """The rate the UART really runs at once the loader sets it to ``asked``."""
        reg = self.board.spec.rom_calibration_reg
        if self.mode is Mode.ROM and reg is not None:
            # The ESP32 ROM divides its own crystal estimate by the rate asked for.
            believed = esp32_rom_xtal_hz(self.registers.read(reg))
            return round(asked * XTAL_HZ / believed)
        if self.mode is Mode.STUB and old:
            # The stub scales the divider the UART has by old / new, so it keeps
            # whatever error the current rate has.
            return round(asked * self.link.baud / old)
        return asked

    # -- flash writing ----------------------------------------------------

    def _flash_begin(self, request: Request) -> None:
        extra_words = 5 if self.mode is Mode.STUB else self.board.spec.rom_flash_begin_words
        size, blocks, block_size, offset = self._words(request, 4, at_most=max(4, extra_words))[:4]
        compressed = request.op == Command.FLASH_DEFL_BEGIN
        flash = self.board.flash_chip
        if not flash.contains(offset, size):
            raise CommandFailed(RomError.FAILED_TO_ACT, StubError.TOO_MUCH_DATA)
        if self.mode is Mode.STUB:
            # The stub erases sector by sector as data arrives.
            limit = size
            erased_to = offset - offset % SECTOR_SIZE
        else:
            # The ROM erases the whole region up front, then writes whole blocks.
            flash.erase(offset, size)
            limit = size if compressed else blocks * block_size
            erased_to = offset + size
        self._write = _FlashWrite(
            offset=offset,
            size=limit,
            blocks=blocks,
            block_size=block_size,
            compressed=compressed,
            erased_to=erased_to,
            inflater=zlib.decompressobj() if compressed else None,
        )
        self._ok(request.op)

    def _flash_data(self, request: Request) -> None:
        write = self._write
        compressed = request.op == Command.FLASH_DEFL_DATA
        if write is None or write.compressed != compressed:
            raise CommandFailed(RomError.FAILED_TO_ACT, StubError.NOT_IN_FLASH_MODE)
        length, seq, _, _ = DATA_HEADER.unpack_from(request.data)
        payload = request.data[DATA_HEADER.size :]
        if length != len(payload) or length > write.block_size:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_BLOCKSIZE)
        if seq != write.next_seq:
            raise CommandFailed(RomError.FAILED_TO_ACT, StubError.BAD_DATA_LEN)
        if self.board.fault == "drop-mid-write" and (
            self._blocks_received >= self.board.drop_after_blocks
        ):
            self.link.close()
            raise LinkClosed("board dropped the line mid-write")
        if compressed:
            assert write.inflater is not None
            try:
                data = write.inflater.decompress(payload)
            except zlib.error as error:
                raise CommandFailed(RomError.DEFLATE_ERROR, StubError.INFLATE_ERROR) from error
        else:
            data = payload
        room = write.size - write.written
        if len(data) > room:
            if compressed or self.mode is Mode.ROM:
                raise CommandFailed(RomError.FLASH_WRITE_ERROR, StubError.TOO_MUCH_DATA)
            data = data[:room]  # the stub ignores the 0xFF padding of the last block
        if self.board.fault == "corrupt-block" and write.next_seq == 0 and data:
            data = bytes([data[0] ^ 0x01]) + data[1:]
        self._store(write, data)
        write.next_seq += 1
        self._blocks_received += 1
        self._ok(request.op)

    def _store(self, write: _FlashWrite, data: bytes) -> None:
        flash = self.board.flash_chip
        address = write.offset + write.written
        if self.mode is Mode.ROM:
            # The ROM writes whole blocks; padding past the chip's end goes nowhere.
            stored = data[: max(0, flash.size - address)]
        else:
            stored = data
        if not flash.contains(address, len(stored)):
            raise CommandFailed(RomError.FLASH_WRITE_ERROR, StubError.FAILED_SPI_OP)
        end = address + len(stored)
        if self.mode is Mode.STUB and end > write.erased_to:
            flash.erase(write.erased_to, end - write.erased_to)
            write.erased_to = -(-end // SECTOR_SIZE) * SECTOR_SIZE
        flash.program(address, stored)
        write.written += len(data)

    def _flash_end(self, request: Request) -> None:
        (run_user_code,) = self._words(request, 1)
        write = self._write
        if write is None:
            raise CommandFailed(RomError.FAILED_TO_ACT, StubError.NOT_IN_FLASH_MODE)
        if self.mode is Mode.STUB and write.compressed and write.written < write.size:
            raise CommandFailed(RomError.FAILED_TO_ACT, StubError.NOT_ENOUGH_DATA)
        self._write = None
        self._ok(request.op)
        if self.mode is Mode.ROM:
            self._leave_bootloader(reboot=not run_user_code)
        elif not run_user_code:
            self._leave_bootloader(reboot=True)

    def _leave_bootloader(self, reboot: bool) -> None:
        """Reboot back into download mode (strapping pins held), or run the app."""
        if reboot:
            self.mode = Mode.ROM
            self.synced = False
            self.link.baud = self.board.rom_baud
            self._ram = _Ram()
            self._ram_damaged = False
        else:
            self.mode = Mode.APP

    # -- flash reading and erasing ----------------------------------------

    def _flash_md5(self, request: Request) -> None:
        address, size = self._words(request, 4)[:2]
        if not self.board.flash_chip.contains(address, size):
            raise CommandFailed(RomError.FLASH_READ_ERROR, StubError.FAILED_SPI_OP)
        digest = self.board.flash_chip.md5(address, size)
        if self.mode is Mode.STUB:
            self._ok(request.op, 0, digest)
        else:
            self._ok(request.op, 0, digest.hex().encode("ascii"))

    def _read_flash_slow(self, request: Request) -> None:
        address, length = self._words(request, 2)
        if length > ROM_READ_BLOCK:
            raise CommandFailed(RomError.FLASH_READ_LENGTH_ERROR, StubError.BAD_DATA_LEN)
        if not self.board.flash_chip.contains(address, length):
            raise CommandFailed(RomError.FLASH_READ_ERROR, StubError.FAILED_SPI_OP)
        data = self.board.flash_chip.read(address, length)
        self._ok(request.op, 0, data.ljust(ROM_READ_BLOCK, b"\0"))

    def _read_flash(self, request: Request) -> None:
        address, length, block_size, in_flight = self._words(request, 4)
        if block_size == 0 or in_flight == 0:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_BLOCKSIZE)
        if not self.board.flash_chip.contains(address, length):
            raise CommandFailed(RomError.FLASH_READ_ERROR, StubError.FAILED_SPI_OP)
        self._ok(request.op)
        data = self.board.flash_chip.read(address, length)
        sent = acked = 0
        while acked < length:
            while sent < length and sent - acked < in_flight * block_size:
                self.link.send(data[sent : sent + block_size])
                sent = min(length, sent + block_size)
            ack = self.link.receive(READ_ACK_TIMEOUT)
            if ack is None or len(ack) != 4:
                return  # the host gave up; the stub goes back to waiting for commands
            acked = max(acked, struct.unpack("<I", ack)[0])
        self.link.send(hashlib.md5(data).digest())

    def _erase_flash(self, request: Request) -> None:
        self._words(request, 0)
        self.board.flash_chip.erase_all()
        self._ok(request.op)

    def _erase_region(self, request: Request) -> None:
        address, size = self._words(request, 2)
        if address % SECTOR_SIZE or size % SECTOR_SIZE:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_DATA_LEN)
        if not self.board.flash_chip.contains(address, size):
            raise CommandFailed(RomError.FLASH_WRITE_ERROR, StubError.FAILED_SPI_OP)
        self.board.flash_chip.erase(address, size)
        self._ok(request.op)

    def _run_user_code(self, request: Request) -> None:
        self.mode = Mode.APP  # no answer: the stub jumps straight into the app

    # -- RAM loading ------------------------------------------------------

    def _mem_begin(self, request: Request) -> None:
        size, blocks, block_size, offset = self._words(request, 4)
        if size == 0 or blocks * block_size < size:
            raise CommandFailed(RomError.INVALID_RAM_SIZE, StubError.BAD_DATA_LEN)
        if not self.board.spec.in_ram(offset, size):
            raise CommandFailed(RomError.INVALID_RAM_ADDRESS, StubError.BAD_DATA_LEN)
        self._mem = _MemLoad(offset=offset, size=size, blocks=blocks, block_size=block_size)
        self._ok(request.op)

    def _mem_data(self, request: Request) -> None:
        load = self._mem
        if load is None:
            raise CommandFailed(RomError.FAILED_TO_ACT, StubError.NOT_IN_FLASH_MODE)
        length, seq, _, _ = DATA_HEADER.unpack_from(request.data)
        payload = request.data[DATA_HEADER.size :]
        if length != len(payload) or length > load.block_size:
            raise CommandFailed(RomError.INVALID_MESSAGE, StubError.BAD_BLOCKSIZE)
        if seq != load.next_seq or load.received + length > load.size:
            raise CommandFailed(RomError.FAILED_TO_ACT, StubError.TOO_MUCH_DATA)
        load.next_seq += 1
        load.received += length
        self._ram_damaged |= load.damaged
        if load.received == load.size:
            self._ram.segments.append((load.offset, load.offset + load.size))
        self._ok(request.op)

    def _mem_end(self, request: Request) -> None:
        no_entry, entry = self._words(request, 2)
        self._mem = None
        self._ok(request.op)
        if no_entry:
            return
        if self.mode is Mode.ROM and self._ram.holds(entry) and not self._ram_damaged:
            self.mode = Mode.STUB
            self._write = None
            self.link.send(STUB_GREETING)
        else:
            # Jumping anywhere else (or into damaged code) runs code the board cannot
            # speak for: it falls silent.
            self.mode = Mode.APP
