"""The real esptool command line drives the virtual ESP32 as it would a chip."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from station.simulation.esp32 import VirtualEsp32

MAC = "24:0a:c4:12:34:56"


def esptool(cwd, port: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m esptool --port PORT ARGS`` in ``cwd`` (away from any config file)."""
    return subprocess.run(
        [sys.executable, "-m", "esptool", "--port", port, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def image(tmp_path):
    """A 64 KB image: half random (incompressible), half a pattern."""
    data = os.urandom(32 * 1024) + bytes(range(256)) * 128
    path = tmp_path / "app.bin"
    path.write_bytes(data)
    return path


@pytest.fixture(params=["esp32", "esp32c3"])
def board(request):
    board = VirtualEsp32(chip=request.param, mac=MAC)
    yield board
    board.close()


@pytest.fixture
def server(board):
    with board.serve_tcp() as server:
        yield server


def test_read_mac_with_chip_autodetection(tmp_path, board, server):
    out = ok(esptool(tmp_path, server.url, "--chip", "auto", "read-mac"))
    assert f"Detecting chip type... {board.chip_name}\n" in out
    assert f"MAC:                {MAC}" in out
    assert "Stub flasher running." in out


def test_chip_description_prints_cleanly(tmp_path, board, server):
    out = ok(esptool(tmp_path, server.url, "--chip", board.chip, "read-mac"))
    expected = {
        "esp32": (
            "ESP32-D0WD-V3 (revision v3.1)",
            "Wi-Fi, BT, Dual Core + LP Core, 240MHz, Vref calibration in eFuse",
        ),
        "esp32c3": ("ESP32-C3 (QFN32) (revision v0.4)", "Wi-Fi, BT 5 (LE), Single Core, 160MHz"),
    }[board.chip]
    assert f"Chip type:          {expected[0]}" in out
    assert f"Features:           {expected[1]}" in out
    assert "Crystal frequency:  40MHz" in out
    assert "Warning" not in out and "WARNING" not in out


def test_wrong_chip_argument_is_detected(tmp_path):
    board = VirtualEsp32(chip="esp32c3")
    with board.serve_tcp() as server:
        result = esptool(tmp_path, server.url, "--chip", "esp32", "read-mac")
    assert result.returncode != 0
    assert "This chip is ESP32-C3, not ESP32" in result.stdout + result.stderr


def test_flash_id_detects_flash_size(tmp_path, board, server):
    out = ok(esptool(tmp_path, server.url, "flash-id"))
    assert "Manufacturer: ef" in out
    assert "Device: 4016" in out
    assert "Detected flash size: 4MB" in out


def test_flash_size_detection_follows_the_board(tmp_path):
    board = VirtualEsp32(flash_size=16 * 1024 * 1024)
    with board.serve_tcp() as server:
        out = ok(esptool(tmp_path, server.url, "--no-stub", "flash-id"))
    assert "Detected flash size: 16MB" in out


def test_compressed_write_then_verify_and_read_back(tmp_path, board, server, image):
    data = image.read_bytes()
    out = ok(esptool(tmp_path, server.url, "write-flash", "0x10000", str(image)))
    assert "Hash of data verified." in out
    assert board.read_flash(0x10000, len(data)) == data

    out = ok(esptool(tmp_path, server.url, "verify-flash", "0x10000", str(image)))
    assert "Verification successful (digest matched)." in out

    back = tmp_path / "back.bin"
    ok(esptool(tmp_path, server.url, "read-flash", "0x10000", str(len(data)), str(back)))
    assert back.read_bytes() == data


def test_uncompressed_write(tmp_path, board, server, image):
    data = image.read_bytes()
    out = ok(esptool(tmp_path, server.url, "write-flash", "--no-compress", "0x20000", str(image)))
    assert "Hash of data verified." in out
    assert board.read_flash(0x20000, len(data)) == data


def test_rom_mode_write_read_mac_and_read_back(tmp_path, board, server, image):
    data = image.read_bytes()
    out = ok(esptool(tmp_path, server.url, "--no-stub", "read-mac"))
    assert f"MAC:                {MAC}" in out
    assert "stub" not in out.lower()

    for extra in ([], ["--no-compress"]):
        board.erase_flash()
        out = ok(esptool(tmp_path, server.url, "--no-stub", "write-flash", *extra, "0x8000", image))
        assert "Hash of data verified." in out
        assert board.read_flash(0x8000, len(data)) == data

    back = tmp_path / "back.bin"
    ok(esptool(tmp_path, server.url, "--no-stub", "read-flash", "0x8000", "4096", str(back)))
    assert back.read_bytes() == data[:4096]


def test_unaligned_write_keeps_data_exact(tmp_path, board, server, image):
    data = image.read_bytes()
    ok(esptool(tmp_path, server.url, "write-flash", "0x30004", str(image)))
    assert board.read_flash(0x30004, len(data)) == data


def test_erase_region(tmp_path, board, server):
    board.write_flash(0x40000, b"\x00" * 0x3000)
    ok(esptool(tmp_path, server.url, "erase-region", "0x41000", "0x1000"))
    assert board.read_flash(0x41000, 0x1000) == b"\xff" * 0x1000
    assert board.read_flash(0x40000, 0x1000) == b"\x00" * 0x1000
    assert board.read_flash(0x42000, 0x1000) == b"\x00" * 0x1000


def test_rom_mode_erase_region(tmp_path):
    board = VirtualEsp32()
    board.write_flash(0x40000, b"\x00" * 0x2000)
    with board.serve_tcp() as server:
        ok(esptool(tmp_path, server.url, "--no-stub", "erase-region", "0x40000", "0x1000"))
    assert board.read_flash(0x40000, 0x2000) == b"\xff" * 0x1000 + b"\x00" * 0x1000


def test_faster_baud_rate_and_baud_emulation(tmp_path, image):
    board = VirtualEsp32(baud_emulation=True)
    with board.serve_tcp() as server:
        small = tmp_path / "small.bin"
        small.write_bytes(image.read_bytes()[:4096])
        out = ok(esptool(tmp_path, server.url, "--baud", "460800", "write-flash", "0", str(small)))
    assert "Changing baud rate to 460800" in out
    assert board.read_flash(0, 4096) == small.read_bytes()


def test_flash_file_keeps_contents_across_boards(tmp_path, image):
    path = tmp_path / "board-flash.bin"
    first = VirtualEsp32(flash_size=1024 * 1024, flash_file=path)
    with first.serve_tcp() as server:
        ok(esptool(tmp_path, server.url, "write-flash", "0x1000", str(image)))
    first.close()
    second = VirtualEsp32(flash_size=1024 * 1024, flash_file=path)
    with second.serve_tcp() as server:
        out = ok(esptool(tmp_path, server.url, "verify-flash", "0x1000", str(image)))
    assert "Verification successful" in out


def test_pseudo_terminal_serves_esptool(tmp_path):
    board = VirtualEsp32(chip="esp32c3", mac=MAC)
    with board.serve_pty() as server:
        for _ in range(2):  # the second open is a fresh reset into the ROM
            out = ok(
                esptool(
                    tmp_path,
                    server.device,
                    "--before",
                    "no-reset",
                    "--after",
                    "no-reset",
                    "read-mac",
                )
            )
            assert f"MAC:                {MAC}" in out
        assert server.connections == 2
