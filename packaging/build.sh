#!/usr/bin/env bash
# Build the station's one-folder bundle: dist/provisioning-station/station.
#
#   bash packaging/build.sh [--with-tpm] [--no-gui] [--venv DIR] [--dist DIR]
#
# Makes its own virtual environment (build/bundle-venv unless --venv), installs
# the project (not editable), PySide6-Essentials for the window and PyInstaller
# into it, then runs packaging/station.spec. Nothing outside the project's
# build/ and dist/ folders is changed.
#
#   --with-tpm   also bundle tpm2-pytss (needs libtss2-dev, pkg-config, gcc)
#   --no-gui     leave PySide6 out: a command-line-only bundle
#   --venv DIR   the build environment (default: build/bundle-venv)
#   --dist DIR   where the bundle goes (default: dist)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/build/bundle-venv"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
WITH_TPM=0
WITH_GUI=1
PYINSTALLER_REQ="pyinstaller>=6.10,<7"

while [ $# -gt 0 ]; do
    case "$1" in
        --with-tpm) WITH_TPM=1 ;;
        --no-gui) WITH_GUI=0 ;;
        --venv) VENV="$(realpath -m "$2")"; shift ;;
        --dist) DIST="$(realpath -m "$2")"; shift ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

say() { echo "build.sh: $*"; }

pick_python() {
    # PyInstaller needs a Python built with a shared libpython (pyenv, Debian and
    # python.org builds are); the first 3.11+ one on PATH wins.
    for candidate in ${STATION_BUILD_PYTHON:-} python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    echo "build.sh: no Python 3.11 or newer found; install python3 and python3-venv" >&2
    exit 1
}

started=$SECONDS
if [ ! -x "$VENV/bin/python" ]; then
    python="$(pick_python)"
    say "creating the build environment $VENV with $python"
    "$python" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip

extras=""
[ "$WITH_TPM" -eq 1 ] && extras="[tpm]"
say "installing the project$extras and $PYINSTALLER_REQ"
"$VENV/bin/python" -m pip install -q "$ROOT$extras" "$PYINSTALLER_REQ"
# The same version number would let pip keep an older copy of the sources.
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps "$ROOT"
if [ "$WITH_GUI" -eq 1 ]; then
    # The window's binding exactly as pyproject.toml asks for it: that range leaves out
    # releases with faults the window cannot survive (see station/gui/binding.py).
    PYSIDE_REQ="$("$VENV/bin/python" - "$ROOT/pyproject.toml" <<'PY'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    deps = tomllib.load(f)["project"]["dependencies"]
print(next(d for d in deps if d.startswith("PySide6-Essentials")))
PY
)"
    say "installing $PYSIDE_REQ"
    "$VENV/bin/python" -m pip install -q "$PYSIDE_REQ"
    # The window's catalogues ship compiled (assets/translations/*.qm): refuse stale ones.
    "$VENV/bin/python" "$ROOT/packaging/translations.py" check
else
    "$VENV/bin/python" -m pip uninstall -q -y PySide6-Essentials shiboken6 2>/dev/null || true
fi
if [ "$WITH_TPM" -eq 0 ]; then
    "$VENV/bin/python" -m pip uninstall -q -y tpm2-pytss 2>/dev/null || true
fi
installed=$SECONDS

say "running PyInstaller"
(
    cd "$ROOT"
    "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "$WORK" packaging/station.spec
)

BUNDLE="$DIST/provisioning-station"
"$BUNDLE/station" --version
say "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)); install $((installed - started)) s," \
    "PyInstaller $((SECONDS - installed)) s"
