"""A plain (non-editable) install from a built wheel carries the shipped profiles and
assets, and its `station demo` runs from any folder.

The wheel is built once per session from a copy of the project (the build writes
its build/ and egg-info folders there, not into the tree) and installed, with its
dependencies from the package index, into a fresh virtual environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_packaging import plan

ROOT = Path(__file__).resolve().parents[1]
BUILD_INPUTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "station")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


def clean_environment(**extra: str) -> dict[str, str]:
    """This environment without anything that points at the project or its .venv."""
    env = {
        k: v for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT))
    )
    env.update(extra)
    return env


def run(*args: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=900)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the project installed from its wheel: its bin/."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in (*BUILD_INPUTS, *plan.SHIPPED_FOLDERS):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=IGNORED)
        else:
            shutil.copy2(ROOT / name, source / name)
    env = clean_environment()
    run(sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", work / "dist",
        cwd=source, env=env)
    (wheel,) = (work / "dist").glob("provisioning_station-*.whl")
    venv = work / "venv"
    # This pip installs into the new environment: quicker than giving it a pip of its own.
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work, env=env)
    run(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q",
        wheel, cwd=work, env=env)
    return venv / "bin"


def test_the_installed_station_is_not_the_source_tree(installed: Path, tmp_path: Path) -> None:
    where = run(installed / "python", "-c", "import station; print(station.__file__)",
                cwd=tmp_path, env=clean_environment()).stdout.strip()
    assert Path(where).is_relative_to(installed.parent)


def test_a_wheel_install_ships_the_profiles_and_assets(installed: Path, tmp_path: Path) -> None:
    env = clean_environment(STATION_HOME=str(tmp_path / "home"))
    checked = run(installed / "station", "profiles", "check", cwd=tmp_path, env=env).stdout
    for toml in (ROOT / "firmware_profiles").glob("*.toml"):
        assert f"ok (profile {toml.stem!r})" in checked
    assets = run(installed / "python", "-c",
                 "from station.gui.assets import asset_path; print(asset_path('label.json'))",
                 cwd=tmp_path, env=env).stdout.strip()
    assert Path(assets).is_file() and Path(assets).is_relative_to(installed.parent)
    catalogue = run(installed / "python", "-c",
                    "from station.gui.assets import asset_path; "
                    "print(asset_path('translations', 'station_zh_CN.qm'))",
                    cwd=tmp_path, env=env).stdout.strip()
    assert Path(catalogue).is_file() and Path(catalogue).is_relative_to(installed.parent)


def test_demo_from_a_wheel_runs_in_an_empty_folder(installed: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    home = tmp_path / "home"
    done = run(installed / "station", "demo", "--count", "1", cwd=empty,
               env=clean_environment(STATION_HOME=str(home)))
    assert "Demo finished: 1 of 1 units provisioned" in done.stdout
    assert (home / "demo" / "manifest.sqlite").is_file()
    assert list(empty.iterdir()) == []
