"""``station gui``: the command that opens the window.

Qt is imported only when the command runs, so the rest of the CLI starts
without it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from station.core.errors import ConfigError
from station.profiles.kinds import profile_transport
from station.profiles.loader import find_profile

# Written out (not imported) so `station --help` does not load the board simulators;
# test_gui_cli checks these against the simulators' own lists.
ESP32_FAULTS = ("never-sync", "drop-mid-write", "corrupt-block")
CONSOLE_FAULTS = ("silent", "garbage", "disconnect-mid-write", "corrupt", "reject")
FAULT_HELP = (
    "make the demo's virtual boards misbehave; ESP32 boards (demo-esp32): "
    f"{', '.join(ESP32_FAULTS)}; console boards (demo-console, demo-tpm): "
    f"{', '.join(CONSOLE_FAULTS)}"
)


def add_gui_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``gui`` to the CLI's subcommands; the handler is ``cmd_gui``."""
    gui = subparsers.add_parser("gui", help="open the station window")
    gui.add_argument(
        "--demo",
        action="store_true",
        help="open on virtual boards with the demo profile, ID scope and secrets",
    )
    gui.add_argument("--profile", default="",
                     help="demo profile (default: demo-esp32); with --demo only")
    gui.add_argument("--boards", type=int, default=2, help="virtual boards in demo mode")
    gui.add_argument("--fault", default="", help=FAULT_HELP)
    gui.add_argument("--manifest", type=Path, default=None, help="manifest file to use")
    gui.add_argument(
        "--qa",
        action="store_true",
        help="open the QA desk: no job and no ports; browse, export and upload from the "
        "manifest files given (default: the station's own), opened read-only",
    )
    gui.add_argument(
        "files",
        nargs="*",
        metavar="MANIFEST",
        help="with --qa: manifest files to open (several at once, e.g. copied from stations), "
        "or a line database, postgresql://USER@HOST:PORT/DATABASE (its password from the "
        "station's secret store: station line password)",
    )
    gui.add_argument(
        "--language",
        metavar="CODE",
        help="the window's language this time: en, zh_CN, es, vi or cs "
        "(default: the one chosen in Settings, else the system's)",
    )
    gui.add_argument(
        "--check",
        action="store_true",
        help="only check that the system libraries the window needs are installed "
        "(exit status 1 and the missing one's Debian package when one is not)",
    )
    gui.set_defaults(handler=cmd_gui)
    return gui


def cmd_gui(args: argparse.Namespace) -> int:
    from station.gui.system_check import check_display, check_window_libraries, window_import_error

    if args.check:
        check_window_libraries()
        print("the window's system libraries are installed")
        return 0
    if (args.profile or args.fault) and not args.demo:
        raise ConfigError("--profile and --fault are for demo mode",
                          hint="add --demo, or choose the profile in the window's Settings")
    if args.qa and args.demo:
        raise ConfigError("--qa and --demo cannot go together",
                          hint="the QA desk runs no job: give the manifest files to browse")
    if args.files and not args.qa:
        raise ConfigError("manifest files to browse are for the QA desk",
                          hint="add --qa, or pick the job's manifest with --manifest PATH")
    lines = [name for name in args.files if is_line_url(name)]
    if len(lines) > 1:
        raise ConfigError("the QA desk opens one line database at a time",
                          hint="give one postgresql:// URL")
    qa_files = [*([args.manifest] if args.qa and args.manifest else []),
                *(Path(name) for name in args.files if not is_line_url(name))]
    if lines:
        from station.line.config import check_url

        check_url(lines[0])  # a password in it is refused before anything else
    missing = [path for path in qa_files if not path.is_file()]
    if missing:
        raise ConfigError(f"there is no manifest file at {missing[0]}",
                          hint="give the path of a manifest file, e.g. copied from a station")
    if args.boards < 1:
        raise ConfigError("--boards must be at least 1")
    from station.demo import DEMO_PROFILE

    if args.demo:
        # Checked before the window exists, so a typo ends with one line and exit status 1.
        check_demo_options(args.profile or DEMO_PROFILE, args.fault or None)
    # Before Qt starts: without a display, Qt would abort the process with a wrong hint.
    check_display()
    try:
        from station.gui.app import run_window
        from station.gui.main_window import WindowOptions
    except ImportError as exc:
        error = window_import_error(exc)
        if error is None:
            raise
        raise error from None
    if args.language is not None:
        check_language(args.language)  # the window's modules load Qt: checked once they did

    options = WindowOptions(
        demo=args.demo,
        demo_profile=args.profile or DEMO_PROFILE,
        boards=args.boards,
        fault=args.fault or None,
        manifest=args.manifest,
        qa=args.qa,
        qa_manifests=tuple(qa_files),
        qa_line=lines[0] if lines else "",
        watch_ports=not args.qa,
        language=args.language,
    )
    return run_window(options)


def is_line_url(name: str) -> bool:
    """Whether a QA desk argument names a line database rather than a manifest file."""
    return name.startswith(("postgresql:", "postgres:"))


def check_language(code: str) -> None:
    """Raise ConfigError unless the station ships the language ``code``."""
    from station.gui.i18n import LANGUAGES

    if code not in LANGUAGES:
        raise ConfigError(f"the station has no language {code!r}",
                          hint=f"choose one of: {', '.join(LANGUAGES)}")


def check_demo_options(profile: str, fault: str | None) -> None:
    """Raise a StationError unless ``profile`` loads and virtual boards of it know ``fault``."""
    loaded = find_profile(profile)
    if fault is None:
        return
    virtual = profile_transport(loaded.profile).virtual
    faults = tuple(virtual.faults) if virtual is not None else ()
    if fault not in faults:
        raise ConfigError(
            f"unknown fault {fault!r} for the virtual boards of {loaded.profile.id}",
            hint=f"choose one of: {', '.join(faults)}",
        )
