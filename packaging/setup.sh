#!/usr/bin/env bash
# Set up Provisioning Station on a Debian machine and run it.
#
#   bash packaging/setup.sh demo [station demo options]   install, then run the demo
#   bash packaging/setup.sh test [pytest options]         install test needs, run every check
#   bash packaging/setup.sh install                       install only
#
# Installs the Debian packages the station needs (with sudo when not root),
# creates .venv beside the project and installs the station into it. It says in a
# line what it is doing; the installers' own output is shown only when one fails
# (STATION_SETUP_VERBOSE=1 shows it all).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${STATION_VENV:-$ROOT/.venv}"
MODE="${1:-install}"
[ $# -gt 0 ] && shift

# Run time: the TPM stack (tpm2-pytss builds against it; swtpm for the TPM demo).
TPM_DEBS=(libtss2-dev libtss2-fapi1 pkg-config gcc swtpm swtpm-tools)
# The system libraries the window loads; station/gui/system_check.py names the package
# of a missing one, and a test keeps this list, that one and install-linux.sh's in step.
WINDOW_DEBS=(
    libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
    libx11-6 libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)
# Tests: a real TPM simulator and its tools, openssl, a virtual display, a
# PostgreSQL server that the line tests start as a throwaway cluster, and a small
# font with Simplified Chinese for the window's Chinese (a line PC in China has its own).
TEST_DEBS=(tpm2-tools openssl xvfb xauth desktop-file-utils postgresql softhsm2
           fonts-wqy-microhei)

# Everything goes to stderr: pick_python's stdout is the interpreter's name.
say() { echo "station setup: $*" >&2; }

# Run a command with its output kept aside, shown only when it fails.
quietly() {
    if [ "${STATION_SETUP_VERBOSE:-0}" = 1 ]; then
        "$@" >&2
        return
    fi
    local log status=0
    log="$(mktemp)"
    "$@" >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        say "failed (exit status $status): $*; its output:"
        cat "$log" >&2
    fi
    rm -f "$log"
    return "$status"
}

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
        say "installing Debian packages: ${missing[*]}"
        quietly as_root apt-get update -q
        quietly as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "${missing[@]}"
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
        say "creating the environment $VENV"
        "$python" -m venv "$VENV" 2>/dev/null || {
            install_debs python3-venv python3-dev
            quietly "$python" -m venv "$VENV"
        }
    fi
    quietly "$VENV/bin/python" -m pip install -q --upgrade pip
}

install_station() {
    local extras="$1"
    install_debs "${TPM_DEBS[@]}" "${WINDOW_DEBS[@]}"
    make_venv
    say "installing the station into $VENV (a few minutes the first time)"
    quietly "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
}

case "$MODE" in
    install)
        install_station tpm
        say "done; to put station on this shell's PATH: . $VENV/bin/activate"
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
