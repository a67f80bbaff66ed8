"""Injected faults make the real esptool fail the way a bad board or cable would."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from station.simulation.esp32 import VirtualEsp32


def esptool(cwd, port: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "esptool", "--port", port, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def image(tmp_path):
    path = tmp_path / "app.bin"
    path.write_bytes(os.urandom(48 * 1024))
    return path


def test_never_sync_board_cannot_be_connected(tmp_path):
    board = VirtualEsp32(fault="never-sync")
    with board.serve_tcp() as server:
        result = esptool(tmp_path, server.url, "--connect-attempts", "1", "read-mac")
    assert result.returncode != 0
    assert "Failed to connect" in result.stdout + result.stderr


@pytest.mark.parametrize("stub", [True, False], ids=["stub", "rom"])
def test_corrupt_block_fails_md5_check_and_verify(tmp_path, image, stub):
    board = VirtualEsp32(fault="corrupt-block")
    mode = [] if stub else ["--no-stub"]
    with board.serve_tcp() as server:
        written = esptool(tmp_path, server.url, *mode, "write-flash", "0x10000", str(image))
        assert written.returncode != 0
        assert "MD5 of file does not match data in flash" in written.stdout + written.stderr

        board.fault = None
        verified = esptool(tmp_path, server.url, *mode, "verify-flash", "0x10000", str(image))
    assert verified.returncode != 0
    assert "Verification failed" in verified.stdout + verified.stderr
    stored = board.read_flash(0x10000, image.stat().st_size)
    data = image.read_bytes()
    assert [i for i in range(len(data)) if stored[i] != data[i]] == [0]


@pytest.mark.parametrize("stub", [True, False], ids=["stub", "rom"])
def test_drop_mid_write_is_reported(tmp_path, image, stub):
    board = VirtualEsp32(fault="drop-mid-write")
    mode = [] if stub else ["--no-stub"]
    with board.serve_tcp() as server:
        result = esptool(
            tmp_path, server.url, *mode, "write-flash", "--no-compress", "0", str(image)
        )
        assert result.returncode != 0
        assert "socket disconnected" in result.stdout + result.stderr
        # esptool reconnected once and retried before giving up
        assert server.connections == 2

        board.fault = None
        retried = esptool(tmp_path, server.url, *mode, "write-flash", "0", str(image))
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert board.read_flash(0, image.stat().st_size) == image.read_bytes()
