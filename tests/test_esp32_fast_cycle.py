"""The short ESP32 cycle: speed raised in the ROM, the ROM loader where it is enough,
images skipped when the board holds them, and the fastest rate the line holds.

The virtual board answers as the ROM does, refusals included, so what these tests
show on it holds on silicon too.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from station.core.models import Attestation, UnitStatus
from station.core.pipeline import run_unit
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.profiles.model import ImageEntry, Profile
from station.simulation.esp32 import VirtualEsp32
from station.simulation.esp32.protocol import Command
from station.transports.esptool_api import (
    ESPLoader,
    FatalError,
    cmds,
)
from station.transports.esptool_errors import ImageMissing
from station.transports.esptool_nvs import EsptoolNvsTransport
from station.transports.nvs_image import parse_nvs_image
from tests.test_esptool_transport import MAC, make_profile, nothing, small_payload

SCOPE = "0ne000DE001"
GROUP_KEY = base64.b64encode(hashlib.sha512(b"fast cycle group key").digest()).decode()
APP_OFFSET = 0x10000


@contextmanager
def served(board: VirtualEsp32) -> Iterator[str]:
    server = board.serve_tcp()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def app(tmp_path: Path) -> bytes:
    data = os.urandom(48 * 1024) + bytes(range(256)) * 64  # 64 KB, half incompressible
    (tmp_path / "app.bin").write_bytes(data)
    return data


def app_profile(write: str, data: bytes, **changes: Any) -> Profile:
    image = {"name": "app", "path": "app.bin", "offset": APP_OFFSET, "write": write,
             "sha256": hashlib.sha256(data).hexdigest()}
    return make_profile(images=[image], **changes)


def unit_with(profile_changes: dict[str, Any], folder: Path, board: VirtualEsp32,
              manifest: Path) -> tuple[Any, list[str]]:
    """Provision one unit of the demo ESP32 profile, changed as given; the result and the
    messages the manifest kept for it."""
    loaded = find_profile("demo-esp32")
    profile = loaded.profile.model_copy(update=profile_changes)
    loaded = replace(loaded, profile=profile, folder=folder)
    plan = build_plan(loaded, JobSettings(id_scope=SCOPE, attestation=Attestation.SAS_GROUP),
                      JobSecrets(group_key_b64=GROUP_KEY), counters=None)
    with served(board) as url, Manifest.open(manifest, StationKey.generate()) as store:
        result = run_unit(plan, url, store, lambda event: None)
        events = store.events_for(result.device_id) if result.device_id else []
    return result, [f"{e.stage}: {e.message}" for e in events]


# --------------------------------------------------------------------------- the ROM path


def test_an_nvs_only_unit_needs_no_stub_and_only_commands_the_rom_has():
    board = VirtualEsp32(mac=MAC, baud_emulation=False)
    profile = make_profile(transport={"baud": 921600}, verify={"readback": False})
    rates: list[int] = []
    serve = board.run_session
    board.run_session = lambda link: (serve(link), rates.append(link.baud))  # type: ignore
    lines: list[str] = []
    with served(board) as url, EsptoolNvsTransport(profile).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, lines.append)
        link.verify(small_payload(), nothing, lines.append)
        link.finish()
    assert rates == [921600]  # one connection, raised in the ROM, never at the stub's greeting
    assert "written at 921600 baud through the ROM loader" in lines
    assert not any("Stub flasher running" in line for line in lines)
    # esptool's chip detection asks for GET_SECURITY_INFO, which the ESP32 ROM lacks;
    # the station itself sends nothing the ROM refuses.
    assert set(board.refused) <= {("rom", Command.GET_SECURITY_INFO)}
    held = parse_nvs_image(board.read_flash(0x9000, 0x6000))
    assert held["dps"]["device_id"] == "esp-240ac4123456"


def test_read_back_uploads_the_stub_at_the_fast_rate():
    board = VirtualEsp32(mac=MAC)
    profile = make_profile(transport={"baud": 921600})  # readback = true
    lines: list[str] = []
    with served(board) as url, EsptoolNvsTransport(profile).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, lines.append)
        link.verify(small_payload(), nothing, lines.append)
    assert any("Stub flasher running" in line for line in lines)
    assert any("read back" in line for line in lines)
    assert board.sessions == 1


# --------------------------------------------------------------------------- what the ROM refuses


@pytest.fixture
def rom_loader() -> Iterator[tuple[VirtualEsp32, ESPLoader]]:
    board = VirtualEsp32(mac=MAC)
    with served(board) as url:
        esp = cmds.detect_chip(url, baud=ESPLoader.ESP_ROM_BAUD)
        try:
            yield board, esp
        finally:
            esp._port.close()


def test_the_esp32_rom_refuses_the_stubs_commands_as_the_rom_does(rom_loader):
    board, esp = rom_loader
    for op, data in (
        (Command.READ_FLASH, struct.pack("<IIII", 0x9000, 64, 64, 1)),
        (Command.ERASE_REGION, struct.pack("<II", 0x9000, 0x1000)),
        (Command.ERASE_FLASH, b""),
        (Command.GET_SECURITY_INFO, b""),
    ):
        # Status 1, error 0x05 ("the format of the received message is invalid"), which
        # esptool raises as a FatalError (UnsupportedCommandError when the op differs).
        with pytest.raises(FatalError, match="0105|nsupported"):
            esp.check_command("a stub command", op, data)
    assert [op for mode, op in board.refused if mode == "rom"][-4:] == [
        Command.READ_FLASH, Command.ERASE_REGION, Command.ERASE_FLASH, Command.GET_SECURITY_INFO
    ]
    # The ESP32 ROM's FLASH_BEGIN takes four words; the fifth (encrypted) is refused.
    with pytest.raises(FatalError, match="result was 0105"):
        esp.check_command("flash begin", Command.FLASH_BEGIN,
                          struct.pack("<IIIII", 0x1000, 1, 0x400, 0x9000, 0))
    # What the ROM has: compressed writes and the flash MD5, as hex text.
    assert esp.flash_md5sum(0x9000, 0x1000) == hashlib.md5(b"\xff" * 0x1000).hexdigest()
    esp.flash_defl_begin(0x1000, 16, 0x9000)


def test_the_stub_refuses_the_roms_slow_read(rom_loader):
    board, esp = rom_loader
    stub = cmds.run_stub(esp)
    with pytest.raises(FatalError):
        stub.check_command("read flash block", Command.READ_FLASH_SLOW,
                           struct.pack("<II", 0x9000, 64), resp_data_len=64)
    assert ("stub", Command.READ_FLASH_SLOW) in board.refused


# --------------------------------------------------------------------------- crystal correction


def test_the_esp32_rom_sets_its_uart_from_its_own_crystal_estimate():
    """With a drifting CK8M the ROM's crystal estimate is 4% high: asked for 921600 without
    esptool's correction the UART runs 4% slow, which no host UART reads; with it, exact."""
    board = VirtualEsp32(mac=MAC, rom_xtal_error=0.04)
    with served(board) as url:
        esp = cmds.detect_chip(url, baud=ESPLoader.ESP_ROM_BAUD)
        try:
            ESPLoader.change_baud(esp, 921600)  # the generic command, as for later chips
            with pytest.raises(FatalError):
                esp.read_reg(ESPLoader.CHIP_DETECT_MAGIC_REG_ADDR, timeout=0.5)
        finally:
            esp._port.close()

    rates: list[int] = []
    serve = board.run_session
    board.run_session = lambda link: (serve(link), rates.append(link.baud))  # type: ignore
    profile = make_profile(transport={"baud": 921600}, verify={"readback": False})
    with served(board) as url, EsptoolNvsTransport(profile).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, nothing)
        link.verify(small_payload(), nothing, nothing)
    assert abs(rates[0] - 921600) / 921600 < 0.001


def test_esptools_command_line_changes_speed_in_the_rom_of_a_drifting_board(tmp_path):
    image = os.urandom(8 * 1024)
    (tmp_path / "data.bin").write_bytes(image)
    board = VirtualEsp32(mac=MAC, rom_xtal_error=0.04)
    with served(board) as url:
        result = subprocess.run(
            [sys.executable, "-m", "esptool", "--port", url, "--baud", "921600",
             "--before", "no-reset", "--no-stub", "write-flash", "0x20000", "data.bin"],
            cwd=tmp_path, capture_output=True, text=True, check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Changing baud rate to 921600" in result.stdout
    assert board.read_flash(0x20000, len(image)) == image


# --------------------------------------------------------------------------- highest safe speed


@pytest.mark.parametrize("compress", [False, True])
def test_a_board_that_cannot_hold_a_speed_falls_back_and_still_verifies(compress: bool):
    board = VirtualEsp32(mac=MAC, max_baud=460800)
    profile = make_profile(
        transport={"baud": 921600, "fallback_bauds": [460800, 230400], "compress": compress},
    )
    lines: list[str] = []
    with served(board) as url, EsptoolNvsTransport(profile).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, lines.append)
        link.verify(small_payload(), nothing, lines.append)
        assert link.baud_used == 460800
    assert any(line.startswith("the link did not hold at 921600 baud") for line in lines)
    assert any(line.startswith("written at 460800 baud") for line in lines)
    assert any("flash MD5 matches" in line for line in lines)
    assert any("read back" in line for line in lines)
    assert board.sessions == 2  # reset into the bootloader once, for the slower rate
    assert parse_nvs_image(board.read_flash(0x9000, 0x6000))["dps"]["device_id"] == (
        "esp-240ac4123456"
    )


def test_the_line_damage_is_invisible_to_the_checksum_and_caught_by_the_md5():
    """Above its limit the board stores what arrived: the write's own MD5 check fails."""
    board = VirtualEsp32(mac=MAC, max_baud=460800)
    profile = make_profile(transport={"baud": 921600, "compress": False},
                           verify={"readback": False})
    with served(board) as url, EsptoolNvsTransport(profile).open(url) as link:
        link.identify()
        with pytest.raises(Exception, match="did not keep nvs at 0x9000"):
            link.write(small_payload(), nothing, nothing)


def test_a_unit_records_the_fallback_and_the_speed_used(tmp_path: Path):
    board = VirtualEsp32(mac=MAC, max_baud=921600)
    loaded = find_profile("demo-esp32")
    transport = loaded.profile.transport.model_copy(
        update={"baud": 1500000, "fallback_bauds": [921600]}
    )
    result, events = unit_with({"transport": transport}, loaded.folder, board,
                               tmp_path / "m.sqlite")
    assert result.status is UnitStatus.PROVISIONED, result.reason
    assert any("write: the link did not hold at 1500000 baud" in e for e in events)
    assert "write: written at 921600 baud through the ROM loader" in events


def test_fallback_rates_must_go_down():
    with pytest.raises(ValueError, match="slower than the rate before"):
        make_profile(transport={"baud": 460800, "fallback_bauds": [921600]})


# --------------------------------------------------------------------------- skip what is there


def test_an_identical_image_is_skipped_and_recorded_as_skipped(tmp_path: Path, app: bytes):
    board = VirtualEsp32(mac=MAC)
    board.write_flash(APP_OFFSET, app)
    entry = ImageEntry(name="app", path="app.bin", offset=APP_OFFSET, write="if-different",
                       sha256=hashlib.sha256(app).hexdigest())
    blocks: list[int] = []
    serve = board.run_session

    def counting(link: Any) -> None:
        original = link.receive

        def receive(timeout: float | None = None) -> bytes | None:
            packet = original(timeout)
            if packet and len(packet) >= 24 and packet[0] == 0 and packet[1] in (
                Command.FLASH_DEFL_BEGIN, Command.FLASH_BEGIN
            ):
                blocks.append(struct.unpack_from("<I", packet, 8 + 12)[0])
            return packet

        link.receive = receive
        serve(link)

    board.run_session = counting  # type: ignore[method-assign]
    result, events = unit_with({"images": [entry]}, tmp_path, board, tmp_path / "m.sqlite")
    assert result.status is UnitStatus.PROVISIONED, result.reason
    assert "write: app at 0x10000: already on the board (flash MD5 matches); not written" in (
        events
    )
    assert "verify: app at 0x10000: checked by flash MD5 at detect" in events
    assert blocks == [0x9000]  # only the NVS partition was written
    assert board.read_flash(APP_OFFSET, len(app)) == app


def test_a_different_image_is_written(tmp_path: Path, app: bytes):
    board = VirtualEsp32(mac=MAC)
    board.write_flash(APP_OFFSET, app[::-1])  # another firmware
    profile = app_profile("if-different", app, transport={"baud": 921600})
    lines: list[str] = []
    with served(board) as url, EsptoolNvsTransport(profile, tmp_path).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, lines.append)
        link.verify(small_payload(), nothing, lines.append)
    assert "app at 0x10000: differs from what the board holds; writing it" in lines
    assert "writing app: 65536 bytes at 0x10000" in lines
    assert "app at 0x10000: flash MD5 matches" in lines
    assert board.read_flash(APP_OFFSET, len(app)) == app


def test_a_big_image_goes_through_the_stub(tmp_path: Path):
    data = os.urandom(96 * 1024)
    (tmp_path / "app.bin").write_bytes(data)
    board = VirtualEsp32(mac=MAC)
    profile = app_profile("always", data, transport={"baud": 921600},
                          verify={"readback": False})
    lines: list[str] = []
    with served(board) as url, EsptoolNvsTransport(profile, tmp_path).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, lines.append)
    assert "written at 921600 baud through the flasher stub" in lines
    assert board.read_flash(APP_OFFSET, len(data)) == data


def test_a_missing_pre_flashed_image_fails_the_unit_at_detect(tmp_path: Path, app: bytes):
    board = VirtualEsp32(mac=MAC)  # a blank module
    profile = app_profile("pre-flashed", app)
    with served(board) as url, EsptoolNvsTransport(profile, tmp_path).open(url) as link:
        with pytest.raises(ImageMissing, match="does not hold the pre-flashed app at 0x10000"):
            link.identify()

    entry = ImageEntry(name="app", path="app.bin", offset=APP_OFFSET, write="pre-flashed",
                       sha256=hashlib.sha256(app).hexdigest())
    result, _ = unit_with({"images": [entry]}, tmp_path, VirtualEsp32(mac=MAC),
                          tmp_path / "m.sqlite")
    assert result.status is UnitStatus.FAILED
    assert result.failed_stage == "detect"
    assert "pre-flashed app" in result.reason


def test_a_present_pre_flashed_image_is_left_alone(tmp_path: Path, app: bytes):
    board = VirtualEsp32(mac=MAC)
    board.write_flash(APP_OFFSET, app)
    profile = app_profile("pre-flashed", app)
    lines: list[str] = []
    with served(board) as url, EsptoolNvsTransport(profile, tmp_path).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, lines.append)
        link.verify(small_payload(), nothing, lines.append)
    assert ("app at 0x10000: pre-flashed, on the board (flash MD5 matches); not written"
            in lines)
    assert board.read_flash(APP_OFFSET, len(app)) == app
