"""Run the station, esptool and other tools as an engineer would: a Python process with
the test's own station home."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in ``home``, with ``STATION_HOME`` there and ``env`` added."""
    environment = {**os.environ, "STATION_HOME": str(home), **env}
    return subprocess.run(
        [sys.executable, *args], cwd=home, env=environment, capture_output=True, text=True
    )


def start_script(script: str) -> subprocess.Popen[str]:
    """A Python process running ``script`` (dedented), its stdin and stdout piped as text;
    the caller waits for it."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def read_flash(url: str, home: Path, offset: int, size: int, name: str) -> Path:
    """esptool's command line reads a partition back into ``home / name``."""
    out = home / name
    done = run(
        ["-m", "esptool", "--port", url, "--before", "default-reset", "--after", "no-reset",
         "read-flash", hex(offset), hex(size), str(out)],
        home,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.stat().st_size == size
    return out
