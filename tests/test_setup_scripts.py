"""The set-up and install scripts say what they do in a few lines, show the installers'
own output only when one fails, and see to the libraries the window needs.

apt-get, dpkg-query and pip are stand-ins on PATH here (nothing is installed for
real); install-linux.sh installs into / inside a private mount namespace whose /opt
and /usr/local are empty tmpfs folders.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import station

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
NOISE_LINES = 300

# dpkg-query: every package is installed but those named in $FAKE_MISSING.
FAKE_DPKG_QUERY = """#!/bin/sh
pkg="$(eval echo \\${$#})"
for missing in $FAKE_MISSING; do
    [ "$missing" = "$pkg" ] && { echo "unknown ok not-installed"; exit 0; }
done
echo "install ok installed"
"""
# apt-get: notes its arguments, talks like dpkg does, fails with $FAKE_APT_STATUS.
FAKE_APT_GET = f"""#!/bin/sh
echo "apt-get $*" >>"$FAKE_LOG"
i=0
while [ $i -lt {NOISE_LINES} ]; do
    echo "Unpacking libfake$i (1.0-1) ..."
    i=$((i + 1))
done
[ "${{FAKE_APT_STATUS:-0}}" = 0 ] && [ -n "$FAKE_INSTALLED" ] && touch "$FAKE_INSTALLED"
exit "${{FAKE_APT_STATUS:-0}}"
"""
# The environment's python: pip's output with the setuptools warning box.
FAKE_PYTHON = """#!/bin/sh
echo "python $*" >>"$FAKE_LOG"
cat <<'BOX'
  BuildBackendWarning: Editable installation.
  !!
          ********************************************************************************
          Please be careful with folders in your working directory with the same
          name as your package as they may take precedence during imports.
          ********************************************************************************
  !!
BOX
exit "${FAKE_PIP_STATUS:-0}"
"""


def executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture
def stand_ins(tmp_path: Path) -> dict[str, str]:
    """PATH with stand-in apt-get and dpkg-query (and sudo), and the variables they read."""
    bin_dir = tmp_path / "fake-bin"
    executable(bin_dir / "dpkg-query", FAKE_DPKG_QUERY)
    executable(bin_dir / "apt-get", FAKE_APT_GET)
    executable(bin_dir / "sudo", '#!/bin/sh\nexec "$@"\n')
    return {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "FAKE_LOG": str(tmp_path / "calls.log"),
        "FAKE_MISSING": "libgl1 libxcb-cursor0",
    }


def setup_install(env: dict[str, str], venv: Path) -> subprocess.CompletedProcess[str]:
    executable(venv / "bin" / "python", FAKE_PYTHON)
    return subprocess.run(
        ["bash", str(PACKAGING / "setup.sh"), "install"],
        capture_output=True, text=True, env={**env, "STATION_VENV": str(venv)},
        stdin=subprocess.DEVNULL, timeout=120,
    )


def test_setup_keeps_the_installers_output_to_itself(
    stand_ins: dict[str, str], tmp_path: Path
) -> None:
    done = setup_install(stand_ins, tmp_path / "venv")
    assert done.returncode == 0, done.stdout + done.stderr
    said = (done.stdout + done.stderr).strip().splitlines()
    assert said == [
        "station setup: installing Debian packages: libgl1 libxcb-cursor0",
        f"station setup: installing the station into {tmp_path / 'venv'} "
        "(a few minutes the first time)",
        f"station setup: done; to put station on this shell's PATH: "
        f". {tmp_path / 'venv'}/bin/activate",
    ]
    calls = Path(stand_ins["FAKE_LOG"]).read_text()
    assert "apt-get install -y -q --no-install-recommends libgl1 libxcb-cursor0" in calls
    assert f"-m pip install -q -e {ROOT}[tpm]" in calls


@pytest.mark.parametrize(("failing", "shown"), [
    ("FAKE_APT_STATUS", "Unpacking libfake0 (1.0-1) ..."),
    ("FAKE_PIP_STATUS", "Please be careful with folders in your working directory"),
])
def test_setup_shows_the_output_of_an_installer_that_fails(
    stand_ins: dict[str, str], tmp_path: Path, failing: str, shown: str
) -> None:
    done = setup_install({**stand_ins, failing: "100"}, tmp_path / "venv")
    assert done.returncode == 100
    assert shown in done.stderr
    assert "station setup: failed (exit status 100): " in done.stderr
    assert "done;" not in done.stderr


def test_the_readme_activation_puts_station_on_the_path() -> None:
    # The README's words, for the environment set-up makes (.venv here, unless moved).
    assert "`. .venv/bin/activate`" in (ROOT / "README.md").read_text()
    assert 'VENV="${STATION_VENV:-$ROOT/.venv}"' in (PACKAGING / "setup.sh").read_text()
    venv = Path(sys.prefix)  # the environment these tests run in, made the same way
    done = subprocess.run(
        ["bash", "-c", f". {venv}/bin/activate && command -v station && station --version"],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"},
    )
    assert done.returncode == 0, done.stderr
    where, version = done.stdout.strip().splitlines()
    assert Path(where) == venv / "bin" / "station"
    assert version == f"station {station.__version__}"


# -- install-linux.sh: the window's libraries ----------------------------------------------

# The bundle's station: `gui --check` passes once the stand-in apt-get has installed.
FAKE_STATION = f"""#!/bin/sh
if [ "$1 $2" = "gui --check" ]; then
    if [ -e "$FAKE_INSTALLED" ]; then echo "the window's system libraries are installed"; exit 0; fi
    echo "station: the window needs the system library libGL.so.1, which is not installed \\
(install the Debian package libgl1: sudo apt-get install libgl1)" >&2
    exit 1
fi
echo "station {station.__version__}"
"""


def gui_bundle(folder: Path) -> Path:
    """A stand-in bundle with a window (PySide6 inside) and the assets the installer uses."""
    bundle = folder / "provisioning-station"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    assets = bundle / "_internal" / "assets"
    assets.mkdir()
    for name in ("provisioning-station.desktop", "provisioning-station.svg",
                 "provisioning-station.png"):
        (assets / name).write_bytes((ROOT / "assets" / name).read_bytes())
    executable(bundle / "station", FAKE_STATION)
    return bundle


def install_on_this_pc(bundle: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """install-linux.sh into /, with /opt and /usr/local private, empty and gone afterwards."""
    script = (
        "mount -t tmpfs tmpfs /opt && mount -t tmpfs tmpfs /usr/local && "
        f'exec bash {PACKAGING / "install-linux.sh"} --bundle "$0"'
    )
    done = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script, str(bundle)],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
    )
    assert "unshare:" not in done.stderr and "mount:" not in done.stderr, done.stderr
    return done


def test_install_linux_installs_the_window_libraries_that_are_missing(
    stand_ins: dict[str, str], tmp_path: Path
) -> None:
    env = {**stand_ins, "FAKE_INSTALLED": str(tmp_path / "installed")}
    done = install_on_this_pc(gui_bundle(tmp_path), env)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines() == [
        "install-linux.sh: installing the Debian packages the window needs: "
        "libgl1 libxcb-cursor0",
    ]
    assert done.stdout.startswith(f"installed station {station.__version__} in /opt/")
    calls = Path(env["FAKE_LOG"]).read_text()
    assert "apt-get install -y -q --no-install-recommends libgl1 libxcb-cursor0" in calls


def test_install_linux_names_a_library_still_missing_in_one_line(
    stand_ins: dict[str, str], tmp_path: Path
) -> None:
    env = {**stand_ins, "FAKE_INSTALLED": str(tmp_path / "installed"),
           "FAKE_APT_STATUS": "100"}  # e.g. no network: apt-get fails
    done = install_on_this_pc(gui_bundle(tmp_path), env)
    assert done.returncode == 0, done.stderr  # the command line works all the same
    assert "Unpacking libfake0" in done.stderr  # the failing apt-get's own words
    assert done.stderr.strip().splitlines()[-1] == (
        "install-linux.sh: the window cannot open on this PC yet: the window needs the system "
        "library libGL.so.1, which is not installed (install the Debian package libgl1: "
        "sudo apt-get install libgl1); the command line works"
    )


def test_install_linux_into_a_staging_folder_lists_the_window_packages(
    stand_ins: dict[str, str], tmp_path: Path
) -> None:
    done = subprocess.run(
        ["bash", str(PACKAGING / "install-linux.sh"), "--bundle", str(gui_bundle(tmp_path)),
         str(tmp_path / "stage")],
        capture_output=True, text=True, env=stand_ins, stdin=subprocess.DEVNULL, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = done.stderr.strip()
    assert line.startswith("install-linux.sh: the window needs these Debian packages on the "
                           "PC this goes to: libgl1 libegl1 ")
    assert not Path(stand_ins["FAKE_LOG"]).exists()  # nothing installed on this machine
