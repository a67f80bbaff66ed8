"""What the window needs from the computer, checked before Qt is started, said in one line.

Left to itself, Qt aborts the whole process when it has no display, with a hint
about the wrong cause ("xcb-cursor0 or libxcb-cursor0 is needed"), and a
missing system library ends in an ``ImportError`` traceback (``libGL.so.1``).
These checks name the cause and what to do instead. Only ``check_platform_plugin``
and ``check_window_libraries`` load Qt; the rest runs without it.
"""

from __future__ import annotations

import ctypes
import os
import re
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

from station.core.errors import ConfigError

# The system libraries PySide6's window loads on Linux, as the dynamic loader names
# them, and the Debian package of each (Debian 12). packaging/setup.sh and
# packaging/install-linux.sh install these packages; a test keeps the three in step.
DEBIAN_PACKAGES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfreetype.so.6": "libfreetype6",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

# Qt platforms that draw on a display server; the others (offscreen, minimal, vnc,
# eglfs, linuxfb, ...) need none.
DISPLAY_PLATFORMS = frozenset({"xcb", "wayland", "wayland-egl", "wayland-brcm"})
X_PLATFORM = "xcb"
X_PLUGIN = "libqxcb.so"
X_SOCKETS = "/tmp/.X11-unix/X{}"
X_TCP_BASE = 6000
CONNECT_TIMEOUT_S = 2.0
NO_DISPLAY_HINT = (
    "open it from the desktop session, or on a virtual display: xvfb-run station gui …"
)

# The loader's own words: "libGL.so.1: cannot open shared object file: No such file ...".
_LOADER_ERROR = re.compile(r"(?P<path>[^\s:]+\.so(?:\.[0-9]+)*): (?P<why>.+)")
_NOT_FOUND = "cannot open shared object file"


def qt_platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order: ``QT_QPA_PLATFORM`` when it is set,
    else the session's (Linux only; [] elsewhere, where the desktop's own is used)."""
    configured = env.get("QT_QPA_PLATFORM", "")
    named = [part.split(":", 1)[0].strip() for part in configured.split(";")]
    named = [name for name in named if name]
    if named:
        return named
    if not sys.platform.startswith("linux"):
        return []
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", X_PLATFORM]
    return [X_PLATFORM]


def _x_display_answers(display: str) -> bool:
    """Whether the X server of ``display`` (``:N``, ``unix:N``, ``HOST:N``, with an
    optional ``.SCREEN``) accepts a connection; True for a name of another form."""
    match = re.fullmatch(r"(?P<host>[^:/]*):(?P<number>[0-9]+)(?:\.[0-9]+)?", display)
    if match is None:
        return True  # a form this check does not know (e.g. macOS launchd paths)
    number = int(match["number"])
    host = match["host"]
    if host in ("", "unix"):
        path = X_SOCKETS.format(number)
        # X servers listen on Linux's abstract socket and on the file in /tmp/.X11-unix.
        return any(_unix_socket_answers(address) for address in ("\0" + path, path))
    try:
        with socket.create_connection((host, X_TCP_BASE + number), CONNECT_TIMEOUT_S):
            return True
    except OSError:
        return False


def _unix_socket_answers(address: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(CONNECT_TIMEOUT_S)
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


def _wayland_answers(env: Mapping[str, str]) -> bool:
    """Whether a Wayland compositor is named, or (as Qt assumes) wayland-0 exists."""
    if env.get("WAYLAND_DISPLAY"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and os.path.exists(os.path.join(runtime, "wayland-0"))


def display_problem(env: Mapping[str, str] | None = None) -> ConfigError | None:
    """Why the window would find no display to open on, or None when it would find one
    (or needs none: an offscreen platform, or not Linux)."""
    env = os.environ if env is None else env
    platforms = qt_platforms(env)
    if not platforms or not all(name in DISPLAY_PLATFORMS for name in platforms):
        return None
    if any(name.startswith("wayland") for name in platforms) and _wayland_answers(env):
        return None
    display = env.get("DISPLAY", "")
    if X_PLATFORM not in platforms or not display:
        return ConfigError(
            "there is no display to open the window on: DISPLAY is not set",
            hint=NO_DISPLAY_HINT,
        )
    if not _x_display_answers(display):
        return ConfigError(
            f"the display {display} does not answer, so the window cannot open there",
            hint=f"check that the desktop session on {display} is running, or "
            "use a virtual display: xvfb-run station gui …",
        )
    return None


def check_display(env: Mapping[str, str] | None = None) -> None:
    """Raise ConfigError, in one line with what to do, when there is no display."""
    problem = display_problem(env)
    if problem is not None:
        raise problem


def library_error(text: str) -> ConfigError | None:
    """The one-line error for the loader's message ``text`` about a system library
    (``libGL.so.1: cannot open shared object file: ...``), naming its Debian package;
    None when ``text`` is about something else."""
    match = _LOADER_ERROR.match(text.strip())
    if match is None:
        return None
    library = os.path.basename(match["path"])
    why = match["why"]
    if _NOT_FOUND in why:
        message = f"the window needs the system library {library}, which is not installed"
    else:
        message = f"the window cannot load the system library {library}: {why}"
    package = DEBIAN_PACKAGES.get(library)
    if package:
        hint = f"install the Debian package {package}: sudo apt-get install {package}"
    else:
        hint = f"install the package that holds it (on Debian: apt-file search {library})"
    return ConfigError(message, hint=hint)


def window_import_error(exc: ImportError) -> ConfigError | None:
    """The one-line error for an ImportError met while loading the window's modules, or
    None when it is not about a missing system library or a missing Qt binding."""
    missing = library_error(str(exc))
    if missing is not None:
        return missing
    name = exc.name or ""
    if name.split(".")[0] in ("PySide6", "shiboken6"):
        return ConfigError(
            "this station was installed without its window (PySide6 is missing)",
            hint="use a bundle built without --no-gui, or install the project with pip, "
            "which brings PySide6-Essentials",
        )
    return None


def _plugin_folders() -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    folders += QCoreApplication.libraryPaths()
    return [Path(folder) for folder in folders if folder]


def check_platform_plugin(env: Mapping[str, str] | None = None, *, force: bool = False) -> None:
    """Raise ConfigError naming the missing system library (and its Debian package) when
    Qt's X platform plugin cannot be loaded. Only when Qt tries that plugin first (X on
    Linux), or with ``force``; elsewhere Qt reports its own plugin's problems."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return
    if not force and qt_platforms(env)[:1] != [X_PLATFORM]:
        return
    for folder in _plugin_folders():
        plugin = folder / "platforms" / X_PLUGIN
        if not plugin.is_file():
            continue
        try:
            # What Qt does when it starts the platform: any library the plugin needs that
            # is missing fails here, with the loader's own words.
            ctypes.CDLL(str(plugin))
        except OSError as exc:
            raise library_error(str(exc)) or ConfigError(
                f"the window's X platform plugin {plugin} cannot be loaded: {exc}",
                hint="reinstall the station",
            ) from None
        return


def check_window_libraries() -> None:
    """Raise ConfigError, in one line naming a Debian package, when a system library the
    window needs is missing. Loads Qt's window modules; opens nothing."""
    try:
        from station.gui.app import application  # noqa: F401  (the window's Qt modules)
    except ImportError as exc:
        error = window_import_error(exc)
        if error is None:
            raise
        raise error from None
    check_platform_plugin(force=True)
