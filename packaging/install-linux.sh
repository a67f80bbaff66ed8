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
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/dist/provisioning-station"
PREFIX="/"
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE="$2"; shift ;;
        -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) echo "install-linux.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) PREFIX="$1" ;;
    esac
    shift
done

if [ ! -x "$BUNDLE/station" ]; then
    echo "install-linux.sh: no bundle at $BUNDLE; build it first with packaging/build.sh" >&2
    exit 1
fi
PREFIX="$(realpath -m "$PREFIX")"
APP="$PREFIX/opt/provisioning-station"
BIN="$PREFIX/usr/local/bin"
SHARE="$PREFIX/usr/local/share"

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

if [ "$PREFIX" = "/" ]; then
    # Menus and icon caches pick the new entry up at once where these tools exist.
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null \
        && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
fi
echo "installed $("$APP/station" --version) in $APP; run it as $BIN/station"
