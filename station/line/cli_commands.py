"""``station line configure|password|sync|status|verify|duplicates|report|export`` and
``station manifest merge``.

The line database password comes from ``$STATION_LINE_PASSWORD`` or is typed at
the terminal, never from an argument (the command line is visible to other users),
and goes straight into the station's secret store.
"""

from __future__ import annotations

import argparse
import getpass
import os
import platform
import sys
from pathlib import Path

from station.core.errors import ConfigError
from station.core.locations import default_manifest
from station.core.models import UnitStatus
from station.line.config import (
    DEFAULT_INTERVAL_S,
    DEFAULT_LEASE_BLOCK,
    LineConfig,
    load_line_config,
    save_line_config,
)
from station.line.connection import LineConnector, store_line_password, where

LINE_PASSWORD_ENV = "STATION_LINE_PASSWORD"


def add_line_parser(
    commands: argparse._SubParsersAction, manifest_commands: argparse._SubParsersAction
) -> None:
    line = commands.add_parser(
        "line", help="the line record on PostgreSQL: settings, copying, checking"
    ).add_subparsers(dest="line_command", required=True, metavar="ACTION")
    configure = line.add_parser("configure", help="put this station on a line database")
    configure.add_argument("--url", required=True,
                           help="postgresql://USER@HOST:PORT/DATABASE, without the password")
    configure.add_argument("--station", default=platform.node(),
                           help="this station's name on the line (default: the PC's name)")
    configure.add_argument("--manifest", type=Path,
                           help="the manifest copied to the line (default: the station's)")
    configure.add_argument("--lease-block", type=int, default=DEFAULT_LEASE_BLOCK,
                           help=f"counter numbers per lease (default {DEFAULT_LEASE_BLOCK})")
    configure.add_argument("--interval", type=float, default=DEFAULT_INTERVAL_S,
                           help=f"seconds between copies (default {DEFAULT_INTERVAL_S:g})")
    configure.set_defaults(handler=cmd_line_configure)
    password = line.add_parser(
        "password", help=f"store the line database password (from ${LINE_PASSWORD_ENV} or typed)")
    password.set_defaults(handler=cmd_line_password)
    sync = line.add_parser("sync", help="copy the manifest's changes to the line record now")
    sync.set_defaults(handler=cmd_line_sync)
    status = line.add_parser("status", help="this station's settings and the stations behind")
    status.set_defaults(handler=cmd_line_status)
    verify = line.add_parser(
        "verify", help="check the line's copy of this station against its journal")
    verify.set_defaults(handler=cmd_line_verify)
    from station.line.export import LINE_EXPORT_FORMATS

    duplicates = line.add_parser(
        "duplicates", help="units that two stations recorded with one device ID or MAC "
        "(exit 1 if any)")
    duplicates.add_argument("--settle", type=int, metavar="ID",
                            help="mark the flagged pair #ID settled (with --note), once QA "
                            "checked the boards")
    duplicates.add_argument("--note", default="",
                            help="with --settle: what was checked and done")
    duplicates.add_argument("--by", default=os.environ.get("USER", ""), metavar="NAME",
                            help="with --settle: who settled it (default: the login name)")
    duplicates.set_defaults(handler=cmd_line_duplicates)
    report = line.add_parser(
        "report", help="the line's yield per station and hour, failures by stage and "
        "station, units per hour, and the stations behind on copying")
    report.add_argument("--hours", type=int, default=24,
                        help="how many hours back, the current one included (default 24)")
    report.set_defaults(handler=cmd_line_report)
    export = line.add_parser(
        "export", help="export the line record's units, every station's, as one audit file")
    export.add_argument("--format", required=True, choices=LINE_EXPORT_FORMATS,
                        help="the file's format: audit (the manifest's audit columns)")
    export.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the file to write")
    export.add_argument("--station", help="units of this station on the line only")
    export.add_argument("--job", metavar="JOB_ID", help="units of this job only")
    export.add_argument("--profile", metavar="PROFILE_ID", help="units of this profile only")
    export.add_argument("--attestation", metavar="MODE", help="units of this mode only")
    export.add_argument("--status", choices=[status.value for status in UnitStatus],
                        help="units in this status only")
    export.add_argument("--since", metavar="TIME",
                        help="units first recorded at or after TIME (UTC, e.g. 2025-01-31)")
    export.add_argument("--until", metavar="TIME", help="units first recorded before TIME (UTC)")
    export.add_argument("--device-prefix", metavar="TEXT",
                        help="units whose device ID starts with TEXT")
    export.set_defaults(handler=cmd_line_export)

    merge = manifest_commands.add_parser(
        "merge", help="merge manifests of stations without a network into a new manifest")
    merge.add_argument("sources", nargs="+", type=Path, metavar="MANIFEST",
                       help="the stations' manifest files (each with its station key at hand)")
    merge.add_argument("--out", required=True, type=Path, help="the merged manifest to make")
    merge.set_defaults(handler=cmd_manifest_merge)


def _config() -> LineConfig:
    config = load_line_config()
    if config is None:
        raise ConfigError(
            "this station is not on a line",
            hint="station line configure --url postgresql://USER@HOST:PORT/DATABASE",
        )
    return config


def _key_for(manifest: Path):  # type: ignore[no-untyped-def]
    from station.manifest.custody.station_keys import key_for_reading

    return key_for_reading(manifest) if manifest.exists() else None


def cmd_line_configure(args: argparse.Namespace) -> int:
    manifest = args.manifest or default_manifest()
    path = save_line_config(
        LineConfig(args.url, args.station, manifest, args.lease_block, args.interval)
    )
    from station.line.station_hooks import forget_line_connectors

    forget_line_connectors()
    config = _config()
    print(f"station {config.station} copies {config.manifest} to {where(config.url)} "
          f"(settings in {path}); store the password with: station line password")
    return 0


def cmd_line_password(args: argparse.Namespace) -> int:
    password = os.environ.get(LINE_PASSWORD_ENV, "")
    if not password:
        if sys.stdin is None or not sys.stdin.isatty():
            raise ConfigError(
                "no line database password given",
                hint=f"set {LINE_PASSWORD_ENV}, or run the command in a terminal to type it",
            )
        password = getpass.getpass("Line database password: ")
    where_kept = store_line_password(password)
    print(f"line database password kept in {where_kept}")
    return 0


def cmd_line_sync(args: argparse.Namespace) -> int:
    from station.line.outbox import copy_changes

    config = _config()
    if not config.manifest.exists():
        print(f"nothing to copy: there is no manifest at {config.manifest} yet")
        return 0
    result = copy_changes(config.manifest, _key_for(config.manifest), LineConnector(config))
    print(f"copied {result.copied} change(s) of {config.station} to {where(config.url)}; "
          f"the line holds its journal up to entry {result.copied_seq} of {result.local_seq}")
    return 0


def cmd_line_status(args: argparse.Namespace) -> int:
    from station.line.status import station_lags

    config = _config()
    print(f"station {config.station}: {config.manifest} -> {where(config.url)}, "
          f"leases of {config.lease_block}, a copy every {config.interval_s:g} s")
    for lag in station_lags(LineConnector(config)):
        print(lag.describe())
    return 0


def cmd_line_verify(args: argparse.Namespace) -> int:
    from station.line.verify import check_line_copy

    config = _config()
    check = check_line_copy(config.manifest, _key_for(config.manifest), LineConnector(config))
    print(check.describe())
    return 0 if check.ok else 1


def cmd_line_duplicates(args: argparse.Namespace) -> int:
    from station.line.duplicates import line_duplicates

    config = _config()
    if args.settle is not None:
        from station.line.duplicates import settle_duplicate

        settled = settle_duplicate(LineConnector(config), args.settle, args.note, args.by)
        print(f"settled:\n{settled.describe()}")
        return 0
    if args.note:
        raise ConfigError("--note goes with --settle ID",
                          hint="station line duplicates --settle ID --note TEXT")
    found = line_duplicates(LineConnector(config))
    open_pairs = [duplicate for duplicate in found if not duplicate.settled]
    if not open_pairs:
        settled_note = f"; {len(found)} settled by QA" if found else ""
        print(f"no device ID or MAC is on the line twice ({where(config.url)}){settled_note}")
        return 0
    print(f"{len(open_pairs)} unit(s) recorded by two stations; check each board before it "
          "ships, then settle it (station line duplicates --settle ID --note TEXT):")
    for duplicate in found:
        print(duplicate.describe())
    return 1


def cmd_line_report(args: argparse.Namespace) -> int:
    from station.line.report import line_report

    config = _config()
    print(line_report(LineConnector(config), hours=args.hours).describe())
    return 0


def cmd_line_export(args: argparse.Namespace) -> int:
    from station.line.export import export_line

    config = _config()
    rows = export_line(
        LineConnector(config), args.format, args.out, station=args.station, job_id=args.job,
        profile_id=args.profile, attestation=args.attestation, status=args.status,
        since=args.since, until=args.until, device_prefix=args.device_prefix,
    )
    print(f"exported {rows} unit(s) of the line record at {where(config.url)} to {args.out}")
    return 0


def cmd_manifest_merge(args: argparse.Namespace) -> int:
    from station.line.merge import merge_manifests

    result = merge_manifests(args.sources, args.out)
    twice = f" ({result.same_unit_twice} found twice, once kept)" if result.same_unit_twice else ""
    print(f"merged {result.units} units{twice} from {result.sources} manifest(s) into "
          f"{result.out}, station key {result.key_id}; check it: station manifest verify "
          f"--manifest {result.out}")
    return 0


# -- uploads and cloud status of the line record (``--line`` of ``station enroll upload``
# and ``station cloud status``) ------------------------------------------------------------


def _no_manifest_options(args: argparse.Namespace, command: str) -> None:
    given = [flag for flag, name in (("--manifest", "manifest"), ("--station-key", "station_key"),
                                     ("--dry-run", "dry_run"), ("--out", "out"))
             if getattr(args, name, None)]
    if given:
        raise ConfigError(
            f"{given[0]} is for a manifest, and --line sends the line record's units",
            hint=f"leave out {given[0]} (`{command} --line` reads this station's line "
            "settings), or leave out --line to use a manifest",
        )


def cmd_line_upload(args: argparse.Namespace, store=None) -> int:  # type: ignore[no-untyped-def]
    """``station enroll upload --line``: upload the line record's provisioned units once
    for the whole line; 0 when every unit is uploaded or needs no upload."""
    from station.enrollment.cli_commands import (
        checked_base_url,
        credential_from_args,
        print_report,
    )
    from station.enrollment.options import OptionOverrides
    from station.line.uploads import upload_line

    _no_manifest_options(args, "station enroll upload")
    config = _config()
    credential = credential_from_args(args, store)
    assert credential is not None  # saved=True: a missing secret raised ConfigError
    checked_base_url(args, credential)

    def progress(done: int, total: int, message: str) -> None:
        print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)

    report = upload_line(
        LineConnector(config), args.target, credential=credential, endpoint=args.endpoint,
        overrides=OptionOverrides(args.provisioning_status, args.iot_edge), progress=progress,
        insecure=args.insecure, app_url=args.app or "",
    )
    print(f"the line record at {where(config.url)}:")
    print_report(report, sys.stdout)
    return 0 if report.ok else 1


def cmd_line_cloud_status(args: argparse.Namespace, store=None) -> int:  # type: ignore[no-untyped-def]
    """``station cloud status --line``: read the line's units' status into the line record."""
    from station.enrollment.cloud_cli import (
        choose_target,
        insecure_named,
        print_status,
        saved_credential,
        stderr_progress,
    )
    from station.line.uploads import refresh_line_status

    choose_target(args)

    _no_manifest_options(args, "station cloud status")
    config = _config()
    credential = saved_credential(args, store)

    with insecure_named():
        report = refresh_line_status(LineConnector(config), args.target, credential=credential,
                                     endpoint=args.endpoint, insecure=args.insecure,
                                     progress=stderr_progress)
    print(f"the line record at {where(config.url)}:")
    print_status(report)
    return 0 if report.stopped is None else 1


def _subcommand(commands: argparse._SubParsersAction, *words: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.choices[words[0]]
    for word in words[1:]:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[word]
    return parser


def add_line_flags(commands: argparse._SubParsersAction) -> None:
    """``--line`` for ``station enroll upload`` and ``station cloud status``: the same
    commands, sending and reading the line record's units instead of a manifest's."""
    for words, helped, run in (
        (("enroll", "upload"), "upload the line record's units (every station's), once for "
         "the line, and keep the upload state there (this station's line settings)",
         cmd_line_upload),
        (("cloud", "status"), "read the status of the line record's units (every station's) "
         "into the line record (this station's line settings)", cmd_line_cloud_status),
    ):
        parser = _subcommand(commands, *words)
        parser.add_argument("--line", action="store_true", help=helped)
        by_manifest = parser.get_default("handler")

        def handler(args: argparse.Namespace, store=None, *, run=run,  # type: ignore[no-untyped-def]
                    by_manifest=by_manifest) -> int:
            return int(run(args, store) if args.line else by_manifest(args, store))

        parser.set_defaults(handler=handler)
