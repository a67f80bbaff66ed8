"""The ``station enroll upload`` command: argument parsing and printing only.

Secrets come from the environment or a file, never from a command-line
argument (other users can read a process's arguments).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from station.core.errors import ConfigError
from station.core.locations import default_manifest
from station.enrollment.sas import DpsConnectionString
from station.enrollment.state import Target, UploadState
from station.enrollment.upload import (
    DpsCredential,
    IotcCredential,
    UploadCredential,
    UploadReport,
    upload,
)
from station.manifest.secrets import StationKey

DPS_CONNECTION_STRING_ENV = "STATION_DPS_CONNECTION_STRING"
IOTC_API_TOKEN_ENV = "STATION_IOTC_API_TOKEN"


def add_enroll_parser(subparsers: Any) -> None:
    """Add ``enroll upload`` to an argparse subparsers object (``handler`` = cmd_enroll_upload)."""
    enroll = subparsers.add_parser("enroll", help="upload enrollments to DPS or IoT Central")
    actions = enroll.add_subparsers(dest="enroll_command", required=True, metavar="ACTION")
    # No abbreviations: "--connection-string SECRET" must fail, not name a file.
    up = actions.add_parser(
        "upload",
        allow_abbrev=False,
        help="upload the manifest's provisioned units",
        description=(
            "Upload provisioned units as DPS individual enrollments or IoT Central devices. "
            f"The DPS connection string comes from ${DPS_CONNECTION_STRING_ENV} or "
            f"--connection-string-file; the IoT Central API token from ${IOTC_API_TOKEN_ENV} "
            "or --api-token-file. An interrupted upload resumes where it stopped."
        ),
    )
    up.add_argument("--target", required=True, choices=[t.value for t in Target])
    up.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    up.add_argument("--station-key", type=Path,
                    help="station key file (default: <manifest>.key)")
    up.add_argument("--dry-run", action="store_true",
                    help="send nothing; write the requests that would be sent, secrets redacted")
    up.add_argument("--out", type=Path, help="file for the dry run's requests (default: stdout)")
    up.add_argument("--endpoint", help="base URL to send to instead of the service's own")
    up.add_argument("--app", help="IoT Central application URL, https://NAME.azureiotcentral.com")
    up.add_argument("--connection-string-file", type=Path,
                    help="file holding the DPS service connection string")
    up.add_argument("--api-token-file", type=Path, help="file holding the IoT Central API token")
    up.set_defaults(handler=cmd_enroll_upload)


def _secret(env_name: str, path: Path | None, what: str, option: str) -> str:
    if path is not None:
        try:
            value = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                f"cannot read the {what} file {path}: {exc.strerror}",
                hint="check the path and that the file is readable",
            ) from exc
        if not value:
            raise ConfigError(f"the {what} file {path} is empty", hint=f"put the {what} in it")
        return value
    value = os.environ.get(env_name, "").strip()
    if not value:
        raise ConfigError(
            f"no {what} given",
            hint=f"set {env_name} or pass {option} FILE",
        )
    return value


def credential_from_args(args: argparse.Namespace) -> UploadCredential:
    """The credential for ``args.target``, from the environment or the named file."""
    if args.target == Target.DPS.value:
        text = _secret(
            DPS_CONNECTION_STRING_ENV,
            args.connection_string_file,
            "DPS connection string",
            "--connection-string-file",
        )
        return DpsCredential(DpsConnectionString.parse(text))
    if not args.app:
        raise ConfigError(
            "an IoT Central upload needs the application's URL",
            hint="pass --app https://NAME.azureiotcentral.com",
        )
    token = _secret(IOTC_API_TOKEN_ENV, args.api_token_file, "IoT Central API token",
                    "--api-token-file")
    return IotcCredential(args.app, token)


def print_report(report: UploadReport, stream: TextIO) -> None:
    print(report.summary(), file=stream)
    for unit in report.units:
        if unit.state in (UploadState.CONFLICT, UploadState.FAILED):
            print(f"  {unit.device_id}: {unit.state}: {unit.reason}", file=stream)
    if report.stopped is not None:
        print(f"stopped: {report.stopped}", file=stream)


def cmd_enroll_upload(args: argparse.Namespace) -> int:
    """Run ``station enroll upload``; 0 when every unit is uploaded or needs no upload."""
    credential = credential_from_args(args)
    manifest = args.manifest or default_manifest()
    station_key = StationKey.load(args.station_key) if args.station_key else None

    def progress(done: int, total: int, message: str) -> None:
        print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)

    if args.dry_run and args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            report = upload(manifest, args.target, credential=credential, endpoint=args.endpoint,
                            dry_run=True, station_key=station_key, dry_run_out=out)
    else:
        report = upload(manifest, args.target, credential=credential, endpoint=args.endpoint,
                        dry_run=args.dry_run, station_key=station_key, progress=progress)
    # A dry run's requests go to stdout; its summary must not mix with them.
    print_report(report, sys.stderr if args.dry_run and not args.out else sys.stdout)
    if args.dry_run:
        return 0
    return 0 if report.ok else 1
