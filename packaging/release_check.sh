#!/usr/bin/env bash
# The release check: build the bundle from a clean tree and run it where no
# Python and no project environment can help it.
#
#   bash packaging/release_check.sh [--worktree] [--keep] [--venv DIR]
#
# Default: the committed HEAD (git archive), so only what is committed counts.
# --worktree   the working tree instead: tracked and new files, less what
#              .gitignore names (.venv, build, dist, caches)
# --keep       keep the temporary folder (sources, build, bundle, logs)
# --venv DIR   reuse this build environment (default: a fresh one per check)
#
# Then, with `env -i PATH=<an empty folder> HOME=… STATION_HOME=…`, from the bundle:
#   station --version                  must print the version in station/__init__.py
#   station profiles check             every shipped profile valid
#   station demo --count 1 --boards 1 --profile demo-console
#   station demo --count 1 --boards 1  the default demo-esp32 (esptool's stubs)
#   station demo --count 2 --boards 2  two ports, each in a worker process the
#                                      frozen program spawns
#   station gui --demo                 starts off-screen on virtual boards
#                                      and keeps running for a few seconds
#   install-linux.sh into a staging prefix, then the installed link --version
# Any failure stops the check with a message and a non-zero status.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCE=head
KEEP=0
VENV=""
while [ $# -gt 0 ]; do
    case "$1" in
        --worktree) SOURCE=worktree ;;
        --keep) KEEP=1 ;;
        --venv) VENV="$(realpath -m "$2")"; shift ;;
        -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "release_check.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

TMP="$(mktemp -d "${TMPDIR:-/tmp}/station-release.XXXXXX")"
SRC="$TMP/src"
HOME_DIR="$TMP/home"
LOGS="$TMP/logs"
mkdir -p "$SRC" "$HOME_DIR" "$LOGS"
[ -n "$VENV" ] || VENV="$TMP/venv"

step=""
finish() {
    local status=$?
    if [ $status -ne 0 ]; then
        echo >&2
        echo "RELEASE CHECK FAILED at: $step (exit $status)" >&2
        echo "logs and files kept in $TMP" >&2
    elif [ $KEEP -eq 0 ]; then
        rm -rf "$TMP"
    else
        echo "kept $TMP"
    fi
}
trap finish EXIT

say() { echo "release_check: $*"; }

# -- a clean tree ----------------------------------------------------------------
step="copying the $SOURCE sources"
if [ "$SOURCE" = head ]; then
    say "sources: git archive of HEAD $(git -C "$ROOT" rev-parse --short HEAD)"
    git -C "$ROOT" archive --format=tar HEAD | tar -x -C "$SRC"
else
    say "sources: the working tree (tracked and new files, no ignored ones)"
    (
        cd "$ROOT"
        git ls-files -z --cached --others --exclude-standard \
            | while IFS= read -r -d '' path; do
                [ -e "$path" ] && printf '%s\0' "$path"  # skip files deleted but tracked
            done \
            | tar --null -T - -cf -
    ) | tar -x -C "$SRC"
fi
for needed in packaging/station.spec packaging/build.sh station/__init__.py; do
    [ -e "$SRC/$needed" ] || { echo "the $SOURCE tree has no $needed" >&2; exit 1; }
done

# -- the build -------------------------------------------------------------------
step="building the bundle (log: $LOGS/build.log)"
started=$SECONDS
if ! bash "$SRC/packaging/build.sh" --venv "$VENV" --dist "$TMP/dist" >"$LOGS/build.log" 2>&1; then
    tail -40 "$LOGS/build.log" >&2
    exit 1
fi
build_seconds=$((SECONDS - started))
BUNDLE="$TMP/dist/provisioning-station"
STATION="$BUNDLE/station"
say "built $BUNDLE in ${build_seconds} s ($(du -sh "$BUNDLE" | cut -f1))"

# -- runs without Python ---------------------------------------------------------
# An empty PATH folder: nothing, Python least of all, can be found through it.
NO_TOOLS="$TMP/no-tools"
mkdir -p "$NO_TOOLS"
STRIPPED_ENV=(env -i PATH="$NO_TOOLS" HOME="$HOME_DIR" STATION_HOME="$HOME_DIR" LANG=C.UTF-8)
stripped() {
    "${STRIPPED_ENV[@]}" "$@"
}
step="checking that no Python is on the bundle's PATH"
if stripped /bin/sh -c 'command -v python3 || command -v python' >/dev/null; then
    echo "the stripped environment still finds a Python" >&2
    exit 1
fi

run() {
    # run NAME COMMAND...: the command's output goes to a log, shown on failure.
    local name="$1"
    shift
    step="$name (log: $LOGS/$name.log)"
    say "$name: $*"
    if ! stripped "$@" >"$LOGS/$name.log" 2>&1; then
        cat "$LOGS/$name.log" >&2
        exit 1
    fi
}

want_version="station $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$SRC/station/__init__.py")"
run version "$STATION" --version
got_version="$(cat "$LOGS/version.log")"
step="comparing versions"
if [ "$got_version" != "$want_version" ]; then
    echo "the bundle says '$got_version', the sources '$want_version'" >&2
    exit 1
fi

run profiles "$STATION" profiles check
run demo-console "$STATION" demo --count 1 --boards 1 --profile demo-console
run demo-esp32 "$STATION" demo --count 1 --boards 1
run demo-two-ports "$STATION" demo --count 2 --boards 2
for result in "demo-console 1" "demo-esp32 1" "demo-two-ports 2"; do
    read -r log count <<<"$result"
    step="reading the $log result"
    grep -q "Demo finished: $count of $count units provisioned" "$LOGS/$log.log" \
        || { cat "$LOGS/$log.log" >&2; exit 1; }
done

# The window: only once the command line has it.
if stripped "$STATION" --help 2>/dev/null | grep -qE '^\s+gui\b|[{,]gui[,}]'; then
    step="starting the window off-screen (log: $LOGS/gui.log)"
    say "gui: $STATION gui --demo (off-screen, 8 s)"
    # env execs the station, so $! is the window's own process, which kill reaches.
    "${STRIPPED_ENV[@]}" QT_QPA_PLATFORM=offscreen "$STATION" gui --demo >"$LOGS/gui.log" 2>&1 &
    gui_pid=$!
    for _ in $(seq 16); do
        kill -0 "$gui_pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$gui_pid" 2>/dev/null; then
        kill "$gui_pid"
        wait "$gui_pid" 2>/dev/null || true
    elif ! wait "$gui_pid"; then
        cat "$LOGS/gui.log" >&2
        exit 1
    fi
else
    say "gui: not in this build's commands yet; skipped"
fi

step="installing into a staging prefix"
bash "$SRC/packaging/install-linux.sh" --bundle "$BUNDLE" "$TMP/prefix" >"$LOGS/install.log"
run installed "$TMP/prefix/usr/local/bin/station" --version

step="done"
say "passed: $want_version, bundle $(du -sh "$BUNDLE" | cut -f1), build ${build_seconds} s"
