#!/usr/bin/env bash
# Set up Provisioning Station on a Debian machine and run it.
#
#   bash packaging/setup.sh demo [station demo options]   install, then run the demo
#   bash packaging/setup.sh test [pytest options]         install test needs, run every check
#   bash packaging/setup.sh install                       install only
#
# Installs the Debian packages the station needs (with sudo when not root),
# creates .venv beside the project and installs the station into it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${STATION_VENV:-$ROOT/.venv}"
MODE="${1:-install}"
[ $# -gt 0 ] && shift

# Run time: the TPM stack (swtpm for the TPM demo), and the libraries Qt's window needs.
RUNTIME_DEBS=(
    libtss2-dev libtss2-fapi1 pkg-config gcc swtpm swtpm-tools
    libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
)
# Tests: a real TPM simulator and its tools, openssl, a virtual display, and a
# PostgreSQL server that the line tests start as a throwaway cluster.
TEST_DEBS=(tpm2-tools openssl xvfb xauth desktop-file-utils postgresql)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_debs() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        # Everything goes to stderr: pick_python's stdout is the interpreter's name.
        echo "station setup: installing Debian packages: ${missing[*]}" >&2
        as_root apt-get update -qq >&2
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    fi
}

pick_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    install_debs python3 python3-venv python3-dev
    echo python3
}

make_venv() {
    local python
    python="$(pick_python)"
    # tpm2-pytss builds from source against the interpreter's headers.
    if ! "$python" -c 'import os, sysconfig, sys
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
        install_debs python3-dev
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$python" -m venv "$VENV" 2>/dev/null || {
            install_debs python3-venv python3-dev
            "$python" -m venv "$VENV"
        }
    fi
    "$VENV/bin/python" -m pip install -q --upgrade pip
}

install_station() {
    local extras="$1"
    install_debs "${RUNTIME_DEBS[@]}"
    make_venv
    "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
}

case "$MODE" in
    install)
        install_station tpm
        ;;
    demo)
        install_station tpm
        exec "$VENV/bin/station" demo "$@"
        ;;
    test)
        install_debs "${TEST_DEBS[@]}"
        install_station "tpm,test"
        cd "$ROOT"
        "$VENV/bin/ruff" check station tests benchmarks
        "$VENV/bin/lint-imports"
        "$VENV/bin/mypy" station
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: bash packaging/setup.sh {demo|test|install} [options]" >&2
        exit 2
        ;;
esac
