"""``station gui`` from the command line: bad demo options end with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATION_HOME": str(home)}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--profile", "nope"], "station: no profile with id 'nope'"),
        (["--fault", "bogus"], "station: unknown fault 'bogus' for the virtual boards of"),
    ],
)
def test_gui_demo_with_bad_option_exits_1_with_one_line(
    options: list[str], message: str, station_home: Path
) -> None:
    done = _run(["-m", "station", "gui", "--demo", *options], station_home)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(message)
    assert "QThread" not in done.stderr


def test_window_that_fails_to_start_stops_its_threads(station_home: Path) -> None:
    # Past the CLI's checks: the window itself meets the bad fault and must still end cleanly.
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from station.core.errors import ConfigError
        from station.gui.app import application
        from station.gui.main_window import MainWindow, WindowOptions
        from station.credentials.secret_store import EncryptedFileSecrets

        application()
        home = Path({str(station_home)!r})
        try:
            MainWindow(WindowOptions(demo=True, fault="bogus", watch_ports=False,
                                     manifest=home / "m.sqlite",
                                     secret_store=EncryptedFileSecrets(home / "s.enc")))
        except ConfigError as exc:
            print("refused:", exc.message)
        """
    )
    done = _run(["-c", script], station_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused: unknown fault 'bogus'")
    assert "QThread" not in done.stderr


def test_gui_help_lists_the_faults_of_each_kind_of_virtual_board() -> None:
    from station.gui.cli_command import CONSOLE_FAULTS, ESP32_FAULTS, FAULT_HELP
    from station.simulation.console_board import FAULTS as console_faults
    from station.simulation.esp32.board import FAULTS as esp32_faults

    assert ESP32_FAULTS == esp32_faults
    assert CONSOLE_FAULTS == console_faults
    for fault in (*esp32_faults, *console_faults):
        assert fault in FAULT_HELP
