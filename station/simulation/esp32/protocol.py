"""Packet layout, command numbers and error codes of the ESP serial bootloader.

A request is ``00 op size(u16) checksum(u32) data``; a response is
``01 op size(u16) value(u32) data status``. The ROM ends each response with
four status bytes (status, error, 0, 0) and the flasher stub with two. The
checksum is the XOR of the data payload seeded with 0xEF; only the commands
that carry a payload to store (FLASH_DATA, MEM_DATA, FLASH_DEFL_DATA) check it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

REQUEST = 0x00
RESPONSE = 0x01
HEADER = struct.Struct("<BBHI")
CHECKSUM_SEED = 0xEF

SYNC_PAYLOAD = b"\x07\x07\x12\x20" + b"\x55" * 32
# The ROM answers a SYNC with this many identical responses.
SYNC_RESPONSES = 8
# Value the ROM puts in its SYNC responses; the stub answers with 0, which is
# how esptool tells a running stub from the ROM.
ROM_SYNC_VALUE = 0x20120707
STUB_GREETING = b"OHAI"


class Command(IntEnum):
    FLASH_BEGIN = 0x02
    FLASH_DATA = 0x03
    FLASH_END = 0x04
    MEM_BEGIN = 0x05
    MEM_END = 0x06
    MEM_DATA = 0x07
    SYNC = 0x08
    WRITE_REG = 0x09
    READ_REG = 0x0A
    SPI_SET_PARAMS = 0x0B
    SPI_ATTACH = 0x0D
    READ_FLASH_SLOW = 0x0E
    CHANGE_BAUDRATE = 0x0F
    FLASH_DEFL_BEGIN = 0x10
    FLASH_DEFL_DATA = 0x11
    FLASH_DEFL_END = 0x12
    SPI_FLASH_MD5 = 0x13
    GET_SECURITY_INFO = 0x14
    # Flasher stub only
    ERASE_FLASH = 0xD0
    ERASE_REGION = 0xD1
    READ_FLASH = 0xD2
    RUN_USER_CODE = 0xD3


# Commands whose payload checksum is checked.
CHECKSUMMED = frozenset({Command.FLASH_DATA, Command.MEM_DATA, Command.FLASH_DEFL_DATA})


class RomError(IntEnum):
    """Second status byte of a failed ROM response (first byte is 1)."""

    INVALID_MESSAGE = 0x05
    FAILED_TO_ACT = 0x06
    INVALID_CRC = 0x07
    FLASH_WRITE_ERROR = 0x08
    FLASH_READ_ERROR = 0x09
    FLASH_READ_LENGTH_ERROR = 0x0A
    DEFLATE_ERROR = 0x0B
    INVALID_RAM_SIZE = 0x0E
    INVALID_RAM_ADDRESS = 0x0F


class StubError(IntEnum):
    """First status byte of a failed flasher stub response (second byte is 0)."""

    BAD_DATA_LEN = 0xC0
    BAD_DATA_CHECKSUM = 0xC1
    BAD_BLOCKSIZE = 0xC2
    INVALID_COMMAND = 0xC3
    FAILED_SPI_OP = 0xC4
    FAILED_SPI_UNLOCK = 0xC5
    NOT_IN_FLASH_MODE = 0xC6
    INFLATE_ERROR = 0xC7
    NOT_ENOUGH_DATA = 0xC8
    TOO_MUCH_DATA = 0xC9
    CMD_NOT_IMPLEMENTED = 0xFF


def checksum(data: bytes, seed: int = CHECKSUM_SEED) -> int:
    """XOR of every byte of ``data`` into ``seed``, as the ROM computes it."""
    state = seed
    for byte in data:
        state ^= byte
    return state


@dataclass(frozen=True)
class Request:
    """One decoded request packet."""

    op: int
    checksum: int
    data: bytes


class MalformedPacket(ValueError):
    """A packet that is not a well-formed request (wrong direction, size or length)."""

    def __init__(self, message: str, op: int | None = None) -> None:
        super().__init__(message)
        self.op = op


def parse_request(packet: bytes) -> Request:
    """Decode a request packet. Raises MalformedPacket when it is not one.

    ``MalformedPacket.op`` holds the command byte when the header was readable,
    so the caller can answer with an "invalid message" error for that command.
    """
    if len(packet) < HEADER.size:
        raise MalformedPacket(f"packet of {len(packet)} bytes is shorter than a header")
    direction, op, size, chk = HEADER.unpack_from(packet)
    if direction != REQUEST:
        raise MalformedPacket(f"direction byte {direction:#04x} is not a request")
    data = packet[HEADER.size :]
    if len(data) != size:
        raise MalformedPacket(f"size field {size} but {len(data)} data bytes", op=op)
    return Request(op=op, checksum=chk, data=data)


def build_response(op: int, value: int = 0, data: bytes = b"", status: bytes = b"\0\0") -> bytes:
    """Return a response packet (not yet SLIP framed)."""
    body = data + status
    return HEADER.pack(RESPONSE, op, len(body), value & 0xFFFFFFFF) + body


def build_request(op: int, data: bytes = b"", chk: int = 0) -> bytes:
    """Return a request packet (not yet SLIP framed), as a host would send it."""
    return HEADER.pack(REQUEST, op, len(data), chk) + data
