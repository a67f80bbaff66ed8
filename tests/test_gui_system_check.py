"""``station gui`` says in one line why the window cannot open: no display, or a system
library missing (with its Debian package), where Qt would abort the process with a
wrong hint or Python would end in an ImportError traceback.

Missing libraries are real here: the command runs in a private mount namespace
(``unshare``) where the library's file is covered by an empty one.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.gui.system_check import (
    DEBIAN_PACKAGES,
    display_problem,
    library_error,
    window_import_error,
)
from tests.test_private_files import run_with_mounts

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
RUN_STATION = "import sys\nfrom station.cli import main\nsys.exit(main(sys.argv[1:]))"


def environment(**changes: str) -> dict[str, str]:
    """This process's environment without any display, then ``changes``."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.update(changes)
    return env


def station(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station", *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
    )


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single line the command printed on stderr, after it exited with 1."""
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def library_file(soname: str) -> Path:
    """The file the dynamic loader opens for ``soname``."""
    listed = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True)
    for line in listed.stdout.splitlines():
        name, _, path = line.strip().partition(" => ")
        if name.split(" ")[0] == soname:
            return Path(path).resolve()
    raise AssertionError(f"{soname} is not installed here")


def hide(library: Path) -> list[list[str]]:
    """Mount commands that put an empty file over ``library``."""
    return [["mount", "--bind", "/dev/null", str(library)]]


def unused_display() -> int:
    for number in range(700, 800):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.bind(f"\0/tmp/.X11-unix/X{number}")
            except OSError:
                continue
            finally:
                probe.close()
            return number
    raise AssertionError("no free X display number")


@pytest.fixture
def x_display() -> Iterator[str]:
    """A display that answers like an X server's socket does (nothing is drawn on it)."""
    number = unused_display()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(f"\0/tmp/.X11-unix/X{number}")
    server.listen(4)
    try:
        yield f":{number}"
    finally:
        server.close()


def test_gui_without_a_display_says_so_and_what_to_do(station_home: Path) -> None:
    done = station("gui", "--demo", env=environment())
    line = one_line(done)
    assert line.startswith("station: there is no display to open the window on")
    assert "desktop session" in line and "xvfb-run station gui" in line
    assert "xcb-cursor" not in done.stderr


def test_a_display_that_does_not_answer_is_named(station_home: Path) -> None:
    number = unused_display()
    line = one_line(station("gui", env=environment(DISPLAY=f":{number}")))
    assert line.startswith(f"station: the display :{number} does not answer")
    assert "xvfb-run station gui" in line


def test_which_platforms_need_a_display(x_display: str, tmp_path: Path) -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "minimal"}) is None
    assert display_problem({}) is not None
    assert display_problem({"DISPLAY": x_display}) is None
    assert display_problem({"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-1"}) is not None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-1"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "wayland"}) is not None
    (tmp_path / "wayland-0").touch()
    assert display_problem({"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": str(tmp_path)}) is None


def test_a_missing_library_of_the_window_names_its_debian_package(station_home: Path) -> None:
    done = run_with_mounts(hide(library_file("libGL.so.1")), RUN_STATION, "gui", "--demo",
                           env=environment(QT_QPA_PLATFORM="offscreen"))
    line = one_line(done)
    assert line.startswith("station: the window cannot load the system library libGL.so.1")
    assert line.endswith("(install the Debian package libgl1: sudo apt-get install libgl1) "
                         "[config]")
    assert "Traceback" not in done.stderr


def test_a_missing_library_of_the_x_platform_names_its_debian_package(
    x_display: str, station_home: Path
) -> None:
    done = run_with_mounts(hide(library_file("libxcb-cursor.so.0")), RUN_STATION, "gui",
                           "--demo", env=environment(DISPLAY=x_display))
    line = one_line(done)
    assert "the system library libxcb-cursor.so.0" in line
    assert "sudo apt-get install libxcb-cursor0" in line


def test_gui_check_looks_at_the_libraries_only(station_home: Path) -> None:
    done = station("gui", "--check", env=environment())  # no display needed for the check
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "the window's system libraries are installed"

    hidden = run_with_mounts(hide(library_file("libxkbcommon.so.0")), RUN_STATION, "gui",
                             "--check", env=environment())
    line = one_line(hidden)
    assert "libxkbcommon.so.0" in line and "sudo apt-get install libxkbcommon0" in line


def test_the_loaders_words_become_one_line_with_the_package() -> None:
    error = library_error(
        "libxcb-cursor.so.0: cannot open shared object file: No such file or directory")
    assert error is not None
    assert error.message == (
        "the window needs the system library libxcb-cursor.so.0, which is not installed")
    assert error.hint == "install the Debian package libxcb-cursor0: sudo apt-get install " \
        "libxcb-cursor0"
    unknown = library_error("libwhatever.so.3: cannot open shared object file: No such file")
    assert unknown is not None and "apt-file search libwhatever.so.3" in unknown.hint
    assert library_error("No module named 'foo'") is None

    no_binding = window_import_error(ModuleNotFoundError("No module named 'PySide6'",
                                                         name="PySide6"))
    assert no_binding is not None and "without its window" in no_binding.message
    assert window_import_error(ImportError("cannot import name 'x' from 'y'")) is None


def test_every_window_library_has_a_package_the_set_up_scripts_install() -> None:
    root = Path(__file__).resolve().parents[1]
    for script in ("setup.sh", "install-linux.sh"):
        text = (root / "packaging" / script).read_text()
        listed = set(text.split("WINDOW_DEBS=(", 1)[1].split(")", 1)[0].split())
        assert set(DEBIAN_PACKAGES.values()) == listed, script
