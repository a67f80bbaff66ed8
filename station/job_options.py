"""A provisioning job as a command line gives it: the options ``station provision``,
``station reprovision`` and ``station serve`` share, the request they make, and the
lines a running job prints."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from station.core.errors import ConfigError
from station.core.events import EventKind, StageEvent
from station.core.models import Attestation
from station.core.registries import ATTESTATIONS

if TYPE_CHECKING:
    from station.provisioning import ProvisionRequest


class EventPrinter:
    """Prints stage events as lines, prefixed by port; progress in quarter steps.

    Called from every port's worker thread, so printing is serialised.
    """

    def __init__(self, stream: TextIO | None = None, verbose: bool = False) -> None:
        self.stream = stream  # None: whatever sys.stdout is when a line is printed
        self.verbose = verbose
        self._lock = threading.Lock()
        self._last_quarter: dict[tuple[str, str], int] = {}

    def __call__(self, event: StageEvent) -> None:
        line = self.format(event)
        if line:
            with self._lock:
                print(line, file=self.stream or sys.stdout, flush=True)

    def format(self, event: StageEvent) -> str | None:
        who = f"[{event.port}]"
        if event.device_id:
            who += f" {event.device_id}"
        if event.kind is EventKind.FAILED:
            hint = f" — {event.hint}" if event.hint else ""
            return f"{who} FAILED at {event.stage}: {event.message}{hint}"
        if event.kind is EventKind.PROGRESS and event.total:
            quarter = int(4 * event.done / event.total)
            key = (event.port, event.stage.value)
            if self._last_quarter.get(key) == quarter:
                return None
            self._last_quarter[key] = quarter
            return f"{who} {event.stage}: {event.percent:5.1f}% ({event.done}/{event.total} bytes)"
        if event.kind is EventKind.FINISHED and event.stage.value == "record-done":
            return f"{who} provisioned"
        if self.verbose and event.kind in (EventKind.STARTED, EventKind.LOG):
            return f"{who} {event.stage}: {event.message or event.kind.value}"
        return None


PENDING_SHOWN = 10  # interrupted units listed by name before a provisioning run


def warn_interrupted(manifest: Path | None) -> None:
    # Imported here, as in every command: `station --help` stays quick.
    from station.provisioning import interrupted_units

    left = interrupted_units(manifest)
    if left:
        print(f"{len(left)} unit(s) were left pending by an interrupted station; their boards "
              "may hold data — check them before reuse:")
        for unit in left[:PENDING_SHOWN]:
            print(f"  {unit.device_id} on {unit.port} since {unit.created_at}")
        if len(left) > PENDING_SHOWN:
            print(f"  … and {len(left) - PENDING_SHOWN} more (station manifest summary lists all)")
        print("  once a board is checked: station manifest resolve DEVICE_ID "
              "--as failed|scrapped --reason TEXT")


def read_secret_file(path: str | None, what: str) -> str:
    if not path:
        return ""
    try:
        return Path(path).read_text().strip()
    except OSError as exc:
        raise ConfigError(f"cannot read the {what} file {path}: {exc.strerror}") from None


def group_key(args: argparse.Namespace) -> str:
    """The enrollment group key of ``--group-key-file``, else of ``STATION_GROUP_KEY``
    ("" when neither is given): an explicit file wins over the environment."""
    return read_secret_file(args.group_key_file, "group key") or os.environ.get(
        "STATION_GROUP_KEY", ""
    )


def secondary_group_key(args: argparse.Namespace) -> str:
    """The group's secondary key: ``--secondary-group-key-file``, else
    ``STATION_GROUP_KEY_SECONDARY`` ("" when neither is given)."""
    return read_secret_file(
        args.secondary_group_key_file, "secondary group key"
    ) or os.environ.get("STATION_GROUP_KEY_SECONDARY", "")


def job_request(
    args: argparse.Namespace,
    profile: str,
    id_scope: str,
    attestation: str | None,
    model_id: str,
    *,
    count: int = 1,
) -> ProvisionRequest:
    """The job ``provision`` and ``reprovision`` run, with the secrets their options name."""
    from station.provisioning import ProvisionRequest, several_ports

    passphrase = os.environ.get(args.ca_passphrase_env, "") if args.ca_passphrase_env else ""
    return ProvisionRequest(
        profile=profile,
        ports=args.port,
        count=count,
        id_scope=id_scope,
        attestation=Attestation(attestation) if attestation else None,
        group_key_b64=group_key(args),
        group_key_secondary_b64=secondary_group_key(args),
        group_key_token=args.group_key_token,
        group_key_secondary_token=args.secondary_group_key_token,
        ca_cert=args.ca_cert,
        ca_key=args.ca_key,
        ca_passphrase=passphrase.encode() if passphrase else None,
        ca_secondary_cert=args.secondary_ca_cert,
        ca_secondary_key=args.secondary_ca_key,
        ca_slot=args.issue_from,
        operator=args.operator,
        station_id=args.station_id,
        model_id=model_id,
        manifest=args.manifest,
        profile_dirs=args.profiles_dir,
        lease_block=lease_block(args),
        port_processes=several_ports(args.port),
    )


def lease_block(args: argparse.Namespace) -> int:
    """``--lease-block``, checked; 0 when not given (the station's line settings decide)."""
    if args.lease_block is None:
        return 0
    from station.line.config import check_lease_block

    return check_lease_block(args.lease_block)


MODES = ATTESTATIONS.names()


def add_job_options(command: argparse.ArgumentParser) -> None:
    """The options `provision` and `reprovision` share: the job's secrets and who runs it."""
    from station.credentials.hsm_cli import add_token_job_options

    command.add_argument("--group-key-file", help="file with the enrollment group key "
                         "(or set STATION_GROUP_KEY)")
    command.add_argument("--secondary-group-key-file", help="file with the group's secondary "
                         "key: each unit also gets a secondary device key (or set "
                         "STATION_GROUP_KEY_SECONDARY)")
    add_token_job_options(command)
    command.add_argument("--ca-cert", help="CA certificate (PEM) for x509-group, and for "
                         "x509-individual when the boards make their keys")
    command.add_argument("--ca-key", help="CA private key (PEM) for the same, or its "
                         "pkcs11: URI when it is in a token")
    command.add_argument("--ca-passphrase-env", metavar="VAR",
                         help="environment variable holding the CA key's passphrase")
    command.add_argument("--secondary-ca-cert", help="the group's secondary CA certificate "
                         "(PEM): the CA it moves to before the primary expires")
    command.add_argument("--secondary-ca-key", help="the secondary CA's private key (PEM; the "
                         "same passphrase variable)")
    command.add_argument("--issue-from", choices=["primary", "secondary"], default="primary",
                         help="which of the group's CAs issues this job's device certificates")
    command.add_argument("--operator", default=os.environ.get("USER", ""),
                         help="who runs the job, recorded with each unit (default: the login "
                         "name)")
    command.add_argument("--station-id", default=platform.node(),
                         help="this station's name, recorded with each unit (default: the "
                         "computer's name)")
    command.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    command.add_argument("--lease-block", type=int, metavar="N",
                         help="on a line, counter numbers this job leases at a time (default: "
                         "the station's line settings)")
    command.add_argument("--profiles-dir", type=Path, action="append", default=[],
                         help="extra folder of profiles")
    command.add_argument("--serial", action="append", default=[],
                         help="scanned serial for barcode identities, in unit order")
    command.add_argument("-v", "--verbose", action="store_true",
                         help="print every stage as it starts, and the boards' log lines")
