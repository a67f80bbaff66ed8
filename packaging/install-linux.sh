#!/usr/bin/env bash
# Install a built bundle on a Linux PC (no Python needed there).
#
#   sudo bash packaging/install-linux.sh [--bundle DIR] [PREFIX]
#
# PREFIX is the root to install under: / (the default) for this machine, or a
# staging folder for an image or a package. It creates
#   PREFIX/opt/provisioning-station/                  the bundle, copied whole
#   PREFIX/usr/local/bin/station                      a link to the bundle's station
#   PREFIX/usr/local/share/applications/provisioning-station.desktop
#   PREFIX/usr/local/share/icons/hicolor/{scalable,256x256}/apps/provisioning-station.*
# The link is relative, so a staged tree works once copied to /.
# --bundle DIR: the bundle to install (default: dist/provisioning-station).
#
# Remove with: rm -r /opt/provisioning-station /usr/local/bin/station
#   /usr/local/share/applications/provisioning-station.desktop
#   /usr/local/share/icons/hicolor/*/apps/provisioning-station.*
# Line workers need to be in the "dialout" group to open serial ports.
#
# The window needs some system libraries (the bundle has Qt, not these). Installing on
# this machine (PREFIX /), the missing ones' Debian packages are installed with apt-get
# when run as root; then the bundle checks them itself (station gui --check) and a
# library still missing is named in one line, with its package. The command line
# works without them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/dist/provisioning-station"
PREFIX="/"
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE="$2"; shift ;;
        -h|--help) sed -n '2,26p' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) echo "install-linux.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) PREFIX="$1" ;;
    esac
    shift
done

# The Debian packages of the libraries the window loads (the same list as setup.sh's;
# station/gui/system_check.py maps each library to its package).
WINDOW_DEBS=(
    libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
    libx11-6 libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)

say() { echo "install-linux.sh: $*" >&2; }

# Run a command with its output kept aside, shown only when it fails.
quietly() {
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

# The window's system libraries on this machine: install what is missing (as root, with
# apt-get), then let the installed station say whether its window can load.
window_libraries() {
    local app="$1" missing=() verdict
    if command -v dpkg-query >/dev/null; then
        for pkg in "${WINDOW_DEBS[@]}"; do
            dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
                || missing+=("$pkg")
        done
    fi
    if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        say "installing the Debian packages the window needs: ${missing[*]}"
        quietly apt-get update -q || true
        quietly env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "${missing[@]}" || true
    fi
    if ! verdict="$("$app/station" gui --check 2>&1)"; then
        say "the window cannot open on this PC yet: ${verdict#station: }; the command line works"
    fi
}

if [ ! -x "$BUNDLE/station" ]; then
    echo "install-linux.sh: no bundle at $BUNDLE; build it first with packaging/build.sh" >&2
    exit 1
fi
PREFIX="$(realpath -m "$PREFIX")"
APP="${PREFIX%/}/opt/provisioning-station"  # PREFIX / gives /opt/..., not //opt/...
BIN="${PREFIX%/}/usr/local/bin"
SHARE="${PREFIX%/}/usr/local/share"

# Replace, never merge: files left from an older version would shadow the new ones.
rm -rf "$APP"
mkdir -p "$APP" "$BIN" "$SHARE/applications" \
    "$SHARE/icons/hicolor/scalable/apps" "$SHARE/icons/hicolor/256x256/apps"
cp -a "$BUNDLE/." "$APP/"
ln -sfn ../../../opt/provisioning-station/station "$BIN/station"

assets="$APP/_internal/assets"
install -m 644 "$assets/provisioning-station.desktop" "$SHARE/applications/"
install -m 644 "$assets/provisioning-station.svg" "$SHARE/icons/hicolor/scalable/apps/"
install -m 644 "$assets/provisioning-station.png" "$SHARE/icons/hicolor/256x256/apps/"

if [ -d "$APP/_internal/PySide6" ]; then  # not a --no-gui bundle
    if [ "$PREFIX" = "/" ]; then
        window_libraries "$APP"
    else
        say "the window needs these Debian packages on the PC this goes to: ${WINDOW_DEBS[*]}"
    fi
fi

if [ "$PREFIX" = "/" ]; then
    # Menus and icon caches pick the new entry up at once where these tools exist.
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null \
        && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
fi
echo "installed $("$APP/station" --version) in $APP; run it as $BIN/station"
