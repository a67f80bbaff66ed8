"""SLIP framing, checksums, packet layout and the flash chip of the virtual ESP32."""

from __future__ import annotations

import hashlib

import pytest

from station.core.errors import ConfigError
from station.simulation.esp32 import VirtualEsp32, parse_mac
from station.simulation.esp32.chips import mac_crc8
from station.simulation.esp32.flash import FlashChip
from station.simulation.esp32.protocol import (
    Command,
    MalformedPacket,
    build_request,
    build_response,
    checksum,
    parse_request,
)
from station.simulation.esp32.slip import SlipDecoder, encode


def test_slip_escapes_end_and_escape_bytes():
    assert encode(b"\x01\xc0\x02\xdb\x03") == b"\xc0\x01\xdb\xdc\x02\xdb\xdd\x03\xc0"


def test_slip_round_trip_across_arbitrary_chunking():
    packets = [bytes(range(256)), b"\xc0\xc0\xdb\xdb", b"plain"]
    stream = b"".join(encode(p) for p in packets)
    decoder = SlipDecoder()
    received = []
    for start in range(0, len(stream), 7):
        received += decoder.feed(stream[start : start + 7])
    assert received == packets


def test_slip_ignores_noise_between_frames_and_empty_frames():
    decoder = SlipDecoder()
    assert decoder.feed(b"boot log noise" + encode(b"one") + b"\xc0" + encode(b"two")) == [
        b"one",
        b"two",
    ]


def test_slip_drops_a_frame_with_a_bad_escape():
    decoder = SlipDecoder()
    assert decoder.feed(b"\xc0ab\xdb\x01cd\xc0" + encode(b"next")) == [b"next"]
    assert decoder.bad_frames == 1


def test_checksum_is_xor_seeded_with_0xef():
    assert checksum(b"") == 0xEF
    assert checksum(b"\xef") == 0
    assert checksum(bytes([0x01, 0x02, 0x04])) == 0xEF ^ 0x07


def test_checksum_matches_esptool():
    from esptool.loader import ESPLoader

    data = bytes(range(256)) * 3
    assert checksum(data) == ESPLoader.checksum(data)


def test_request_round_trip():
    packet = build_request(Command.READ_REG, b"\x00\x10\x00\x40", chk=0x12)
    request = parse_request(packet)
    assert (request.op, request.checksum, request.data) == (0x0A, 0x12, b"\x00\x10\x00\x40")


def test_request_with_wrong_size_field_names_its_command():
    packet = build_request(Command.FLASH_DATA, b"abcd")[:-1]
    with pytest.raises(MalformedPacket) as caught:
        parse_request(packet)
    assert caught.value.op == Command.FLASH_DATA


def test_response_carries_value_data_and_status():
    packet = build_response(0x0A, 0xDEADBEEF, b"xy", b"\0\0\0\0")
    assert packet == b"\x01\x0a\x06\x00\xef\xbe\xad\xde" + b"xy" + b"\0\0\0\0"


def test_flash_programs_with_nor_semantics():
    flash = FlashChip(256 * 1024)
    flash.program(0x100, b"\x0f\xf0")
    flash.program(0x100, b"\xff\x3c")  # cannot set bits back to 1
    assert flash.read(0x100, 2) == b"\x0f\x30"
    flash.erase(0x100, 1)
    assert flash.read(0, 0x1000) == b"\xff" * 0x1000


def test_flash_erase_covers_whole_sectors():
    flash = FlashChip(256 * 1024)
    flash.program(0x0FFF, b"\x00\x00")
    flash.erase(0x1000, 1)
    assert flash.read(0x0FFF, 2) == b"\x00\xff"


def test_flash_reports_jedec_id_with_size_byte():
    assert FlashChip(4 * 1024 * 1024).jedec_id == bytes([0xEF, 0x40, 0x16])
    assert FlashChip(16 * 1024 * 1024).jedec_id[2] == 0x18


def test_flash_sfdp_table_starts_with_signature():
    flash = FlashChip(1024 * 1024)
    assert flash.sfdp(0, 4) == b"SFDP"
    density = int.from_bytes(flash.sfdp(0x34, 4), "little")
    assert density == 8 * 1024 * 1024 - 1


def test_flash_md5_and_bounds():
    flash = FlashChip(256 * 1024)
    assert flash.md5(0, 16) == hashlib.md5(b"\xff" * 16).digest()
    with pytest.raises(ValueError):
        flash.read(256 * 1024 - 4, 8)


def test_flash_file_is_written_through_and_reloaded(tmp_path):
    path = tmp_path / "flash.bin"
    flash = FlashChip(256 * 1024, path)
    flash.erase(0x2000, 0x1000)
    flash.program(0x2000, b"kept")
    assert path.read_bytes()[0x2000:0x2004] == b"kept"
    flash.close()
    assert FlashChip(256 * 1024, path).read(0x2000, 4) == b"kept"


def test_flash_file_of_another_size_is_refused(tmp_path):
    path = tmp_path / "flash.bin"
    path.write_bytes(b"\xff" * 1000)
    with pytest.raises(ConfigError, match="1000 bytes"):
        FlashChip(256 * 1024, path)


def test_flash_size_must_be_a_power_of_two():
    with pytest.raises(ConfigError, match="not a supported"):
        FlashChip(3 * 1024 * 1024)


def test_mac_parsing_and_validation():
    assert parse_mac("24-0A-C4-12-34-56") == bytes.fromhex("240ac4123456")
    with pytest.raises(ConfigError):
        parse_mac("24:0a:c4:12:34")
    with pytest.raises(ConfigError, match="multicast"):
        parse_mac("01:00:5e:00:00:01")


def test_default_mac_is_stable_per_seed():
    assert VirtualEsp32(seed=7).mac == VirtualEsp32(seed=7).mac
    assert VirtualEsp32(seed=7).mac != VirtualEsp32(seed=8).mac
    assert VirtualEsp32(seed=7).mac.startswith("24:0a:c4:")


def test_mac_crc_is_dallas_crc8():
    assert mac_crc8(b"123456789") == 0xA1  # the CRC-8/MAXIM check value


def test_unknown_chip_and_fault_are_refused():
    with pytest.raises(ConfigError, match="unknown chip"):
        VirtualEsp32(chip="esp8266")
    board = VirtualEsp32()
    with pytest.raises(ConfigError, match="unknown fault"):
        board.fault = "melt"
