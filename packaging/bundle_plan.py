"""What goes into the station's PyInstaller bundle, and where.

Plain Python without PyInstaller imports, so that ``station.spec`` and the
tests read the same rules: the spec turns them into an ``Analysis``, the
tests check them against the tree.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

BUNDLE_NAME = "provisioning-station"
EXECUTABLE = "station"

# Folders of the repository shipped as they are; the bundle keeps their names
# because station.profiles.locations looks for firmware_profiles/ beside the
# station package (sys._MEIPASS in a frozen build).
SHIPPED_FOLDERS = ("firmware_profiles", "assets")

# Third-party packages whose non-Python files the station needs at run time:
# esptool's flasher stubs (targets/stub_flasher/*/*.json), segno's and
# pydantic's small data files; a package without data files adds nothing.
DATA_PACKAGES = (
    "esptool",
    "esp_idf_nvs_partition_gen",
    "segno",
    "sqlite_utils",
    "pydantic",
    "certifi",
)

# Packages imported by name at run time (import_module, plugin lookups),
# which PyInstaller's import scan cannot see.
SUBMODULE_PACKAGES = (
    "station",
    "esptool",
    "esp_idf_nvs_partition_gen",
    "serial",
    "segno",
    "sqlite_utils",
    "pydantic",
    "platformdirs",
)

# Packages whose installed metadata is read at run time (importlib.metadata).
METADATA_PACKAGES = ("esptool", "sqlite-utils", "pydantic", "pydantic-core", "segno")

# The Qt modules the window uses; PyInstaller's PySide6 hooks then bring their
# plugins: platforms (xcb, offscreen, wayland, windows), imageformats (svg,
# png), iconengines, platformthemes, and printsupport for the label printer.
QT_MODULES = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
)
QT_PLUGIN_FOLDERS = ("platforms", "imageformats", "iconengines", "printsupport")
# Platform plugins the build must hold, by the system it is built on: the
# desktop's own, and offscreen for tests and headless label rendering.
QT_PLATFORM_PLUGINS = {
    "linux": ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"),
    "win32": ("qwindows.dll", "qoffscreen.dll"),
    "darwin": ("libqcocoa.dylib", "libqoffscreen.dylib"),
}

# Optional: only when the build environment has it (packaging/build.sh --with-tpm).
TPM_PACKAGE = "tpm2_pytss"

# Large things the station never uses, in case a library imports them.
EXCLUDES = (
    "tkinter",
    "pytest",
    "IPython",
    "matplotlib",
    "numpy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
)

# Skipped when copying a shipped folder.
_SKIP_NAMES = {"__pycache__", ".DS_Store", "Thumbs.db"}


def read_version(root: Path) -> str:
    """``__version__`` from ``station/__init__.py``, read without importing the package."""
    tree = ast.parse((root / "station" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError(f"no __version__ string in {root / 'station' / '__init__.py'}")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers a Windows version resource wants; ``0.1.0rc1`` gives (0, 1, 0, 0)."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        numbers.append(int(digits or 0))
    while len(numbers) < 4:
        numbers.append(0)
    return numbers[0], numbers[1], numbers[2], numbers[3]


def _shipped_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part in _SKIP_NAMES or part.startswith(".") for part in path.parts)
    )


def project_datas(root: Path) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for the repository's own data.

    Every file of the shipped folders keeps its relative place, so
    ``firmware_profiles/images/x.bin`` lands at ``firmware_profiles/images``;
    non-Python files inside the ``station`` package go beside its modules.
    """
    pairs: list[tuple[str, str]] = []
    for name in SHIPPED_FOLDERS:
        folder = root / name
        if not folder.is_dir():
            continue
        for path in _shipped_files(folder):
            pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    package = root / "station"
    for path in _shipped_files(package):
        if path.suffix in {".py", ".pyc", ".pyi"}:
            continue
        pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    return pairs


def missing_qt_plugins(binary_destinations: list[str], platform: str) -> list[str]:
    """Qt plugin folders and platform plugins that a build's binaries lack.

    ``binary_destinations`` are the paths inside the bundle (``a.binaries``);
    an empty list means the window has what it needs.
    """
    folders: set[str] = set()
    names: set[str] = set()
    for destination in binary_destinations:
        parts = Path(destination).parts
        if "plugins" in parts[:-1]:
            folders.add(parts[parts.index("plugins") + 1])
            names.add(parts[-1])
    missing = [f"plugins/{folder}" for folder in QT_PLUGIN_FOLDERS if folder not in folders]
    wanted = QT_PLATFORM_PLUGINS.get(platform, ())
    missing += [f"plugins/platforms/{name}" for name in wanted if name not in names]
    return missing


def installed(package: str) -> bool:
    """Whether ``package`` can be imported in the environment that runs the build."""
    return importlib.util.find_spec(package) is not None
