"""The bundle's packing rules, checked against the tree without building it.

The full build and the runs from the bundle are the release check,
``packaging/release_check.sh``; these tests keep its inputs honest: the spec
parses and uses the plan, the plan ships every profile where the frozen
station looks for it, the version has one source, the desktop entry is valid
and the installer lays out a prefix.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import station
from station.core.registries import (
    ATTESTATIONS,
    EXPORTS,
    IDENTITY_SOURCES,
    STORAGE_FORMATS,
    TRANSPORTS,
)
from station.profiles import locations
from station.profiles.check import EXIT_OK, check_command

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = ROOT / "assets" / "provisioning-station.desktop"


def load_plan() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_plan", PACKAGING / "bundle_plan.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


plan = load_plan()


def lay_out(datas: list[tuple[str, str]], bundle: Path) -> None:
    """Copy data pairs the way PyInstaller's COLLECT does: source into bundle/destination."""
    for source, destination in datas:
        target = bundle / destination
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def test_spec_version_is_the_package_version() -> None:
    assert plan.read_version(ROOT) == station.__version__


def test_version_tuple_for_the_windows_resource() -> None:
    assert plan.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert plan.version_tuple("1.12.3rc2") == (1, 12, 3, 0)
    assert plan.version_tuple("2.0.1.7.9") == (2, 0, 1, 7)


def test_spec_parses_and_builds_from_the_plan() -> None:
    source = (PACKAGING / "station.spec").read_text()
    tree = ast.parse(source, filename="station.spec")
    called = {
        node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= called
    assert {"collect_data_files", "collect_submodules", "copy_metadata"} <= called
    assert {"project_datas", "read_version", "installed"} <= called
    assert "plan.DATA_PACKAGES" in source and "plan.QT_MODULES" in source
    assert 'ROOT / "packaging" / "entry.py"' in source
    assert (PACKAGING / "entry.py").is_file()
    ast.parse((PACKAGING / "entry.py").read_text())


def test_every_shipped_profile_file_goes_into_the_profile_folder() -> None:
    datas = plan.project_datas(ROOT)
    shipped = {
        (str(path), path.parent.relative_to(ROOT).as_posix())
        for path in (ROOT / locations.PROFILE_FOLDER).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert shipped, "the repository ships no firmware profiles"
    assert shipped <= set(datas)
    assert any(source.endswith("README.md") for source, _ in shipped)
    destinations = {destination for _, destination in datas}
    assert locations.PROFILE_FOLDER in destinations
    assert "assets" in destinations


def test_the_frozen_station_finds_the_profiles_the_plan_ships(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "_internal"
    lay_out(plan.project_datas(ROOT), bundle)
    # What PyInstaller's bootloader sets in a frozen program.
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    assert locations.repo_root() == bundle
    assert locations.default_profile_dirs()[0] == bundle / locations.PROFILE_FOLDER
    status, lines = check_command([])
    assert status == EXIT_OK, lines
    for toml in (ROOT / locations.PROFILE_FOLDER).glob("*.toml"):
        assert any(f"profile {toml.stem!r}" in line for line in lines), (toml.stem, lines)


def test_python_files_of_the_package_are_not_copied_as_data() -> None:
    package = str(ROOT / "station")
    for source, _ in plan.project_datas(ROOT):
        if source.startswith(package):
            assert not source.endswith((".py", ".pyc"))


def test_the_extensions_named_by_import_path_are_collected() -> None:
    # The built-in extensions are imported by name, which PyInstaller cannot follow.
    for kind in (TRANSPORTS, STORAGE_FORMATS, ATTESTATIONS, IDENTITY_SOURCES, EXPORTS):
        for target in kind.builtins.values():
            module = target.partition(":")[0]
            assert module.split(".")[0] in plan.SUBMODULE_PACKAGES, module


def test_esptool_stubs_are_where_the_data_rule_collects_them() -> None:
    assert "esptool" in plan.DATA_PACKAGES
    spec = importlib.util.find_spec("esptool")
    assert spec is not None and spec.origin is not None
    stubs = list((Path(spec.origin).parent / "targets" / "stub_flasher").rglob("esp32.json"))
    assert stubs, "esptool ships no flasher stub for the ESP32"


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_window_with_the_shipped_icon() -> None:
    entry = read_desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "station gui"
    assert entry["Terminal"] == "false"
    assert "Categories" in entry and entry["Categories"].endswith(";")
    assert (ROOT / "assets" / f"{entry['Icon']}.svg").is_file()
    assert (ROOT / "assets" / f"{entry['Icon']}.png").is_file()
    svg = (ROOT / "assets" / f"{entry['Icon']}.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validator = shutil.which("desktop-file-validate")
    assert validator, "install the Debian package desktop-file-utils"
    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


@pytest.mark.parametrize("script", ["build.sh", "release_check.sh", "install-linux.sh"])
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(
        ["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_install_linux_lays_out_a_prefix(tmp_path: Path) -> None:
    # A stand-in bundle: the installer only copies it and links its executable.
    bundle = tmp_path / "provisioning-station"
    lay_out(plan.project_datas(ROOT), bundle / "_internal")
    executable = bundle / "station"
    executable.write_text(f'#!/bin/sh\necho "station {station.__version__}"\n')
    executable.chmod(executable.stat().st_mode | stat.S_IXUSR)
    prefix = tmp_path / "root"

    result = subprocess.run(
        ["bash", str(PACKAGING / "install-linux.sh"), "--bundle", str(bundle), str(prefix)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    link = prefix / "usr" / "local" / "bin" / "station"
    assert link.is_symlink() and not Path(link.readlink()).is_absolute()
    assert link.resolve() == prefix / "opt" / "provisioning-station" / "station"
    ran = subprocess.run([str(link)], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == f"station {station.__version__}"
    share = prefix / "usr" / "local" / "share"
    assert (share / "applications" / "provisioning-station.desktop").read_text() == (
        DESKTOP_FILE.read_text()
    )
    assert (share / "icons/hicolor/scalable/apps/provisioning-station.svg").is_file()
    assert (share / "icons/hicolor/256x256/apps/provisioning-station.png").is_file()
    profiles = prefix / "opt" / "provisioning-station" / "_internal" / locations.PROFILE_FOLDER
    assert sorted(p.name for p in profiles.glob("*.toml")) == sorted(
        p.name for p in (ROOT / locations.PROFILE_FOLDER).glob("*.toml")
    )


def installed_qt_plugins() -> list[str]:
    """Bundle destinations of every plugin the installed PySide6 has, as its hooks name them."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None, "PySide6 is not installed"
    plugins = Path(spec.origin).parent / "Qt" / "plugins"
    return [
        f"PySide6/Qt/plugins/{path.relative_to(plugins).as_posix()}"
        for path in plugins.rglob("*")
        if path.is_file()
    ]


def test_installed_pyside6_has_every_plugin_the_bundle_requires() -> None:
    assert plan.missing_qt_plugins(installed_qt_plugins(), "linux") == []


def test_a_build_without_the_offscreen_plugin_is_refused() -> None:
    destinations = [d for d in installed_qt_plugins() if not d.endswith("libqoffscreen.so")]
    destinations = [d for d in destinations if "/printsupport/" not in d]
    assert plan.missing_qt_plugins(destinations, "linux") == [
        "plugins/printsupport",
        "plugins/platforms/libqoffscreen.so",
    ]


def test_the_window_binding_leaves_out_the_release_that_aborts_the_window():
    import importlib.metadata
    import tomllib

    from packaging.requirements import Requirement

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pyside = Requirement(next(d for d in deps if d.startswith("PySide6-Essentials")))
    # 6.12.0 loses a reference to None on every Qt call that returns nothing (Python 3.11);
    # 6.6.3.1 to 6.11.3 were checked sound.
    assert not pyside.specifier.contains("6.12.0")
    assert pyside.specifier.contains("6.11.3") and pyside.specifier.contains("6.9.2")
    assert pyside.specifier.contains(importlib.metadata.version("PySide6-Essentials"))
    # The bundle takes the binding from the same line, not from a range of its own.
    build = (PACKAGING / "build.sh").read_text()
    assert "pyproject.toml" in build and '"PySide6-Essentials>=' not in build


def test_a_wheel_ships_the_folders_the_bundle_ships() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text())
    shipped = next(
        ast.literal_eval(node.value) for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SHIPPED_FOLDERS"
    )
    assert shipped == plan.SHIPPED_FOLDERS == (locations.PROFILE_FOLDER, locations.ASSETS_FOLDER)
    grafted = {line.split()[1] for line in (ROOT / "MANIFEST.in").read_text().splitlines()
               if line.startswith("graft ")}
    assert grafted == set(shipped)  # a wheel built from the sdist has them too


def test_the_window_catalogues_ship_in_the_bundle_and_the_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogues = sorted((ROOT / "assets" / "translations").glob("station_*.qm"))
    assert {path.stem for path in catalogues} >= {
        "station_en", "station_zh_CN", "station_es", "station_vi", "station_cs"}
    datas = set(plan.project_datas(ROOT))
    for path in catalogues:
        assert (str(path), "assets/translations") in datas
    # The frozen station finds them where the window looks (station.gui.i18n.catalogue).
    bundle = tmp_path / "_internal"
    lay_out(plan.project_datas(ROOT), bundle)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    from station.gui.i18n import catalogue

    assert catalogue("zh_CN") == bundle / "assets" / "translations" / "station_zh_CN.qm"
    assert catalogue("zh_CN").read_bytes() == (
        ROOT / "assets" / "translations" / "station_zh_CN.qm").read_bytes()
    # A wheel carries the whole assets folder (setup.py copies it into the package).
    assert "graft assets" in (ROOT / "MANIFEST.in").read_text()
