"""The ``station enroll upload`` and ``station enroll reopen`` commands: parsing and printing.

Secrets come from the environment, a file or the station's saved secrets
(the OS keyring, or the encrypted secrets file unlocked with
``$STATION_SECRETS_PASSPHRASE``), never from a command-line argument: other
users can read a process's arguments. A mistyped option is refused without
echoing what followed it, since that may be a secret.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from station.core.errors import ConfigError
from station.core.locations import default_manifest
from station.credentials.secret_store import (
    DPS_CONNECTION_STRING,
    IOTC_API_TOKEN,
    SECRETS_PASSPHRASE_ENV,
    EncryptedFileSecrets,
    SecretStore,
    open_secret_store,
)
from station.enrollment.endpoints import PlainHttpRefused, clear_text_warning
from station.enrollment.options import PROVISIONING_STATUSES, OptionOverrides
from station.enrollment.sas import DpsConnectionString
from station.enrollment.state import Target, UploadState
from station.enrollment.upload import (
    CARRIED,
    DpsCredential,
    IotcCredential,
    UploadCredential,
    UploadReport,
    reopen,
    service_url,
    upload,
)
from station.manifest.reports import head_note, journal_head_of
from station.manifest.secrets import StationKey

DPS_CONNECTION_STRING_ENV = "STATION_DPS_CONNECTION_STRING"
IOTC_API_TOKEN_ENV = "STATION_IOTC_API_TOKEN"

_OPTION_NAME = re.compile(r"--?[A-Za-z][A-Za-z0-9-]*")


def unknown_arguments_message(extras: Sequence[str]) -> str:
    """The error for unrecognized arguments, naming the options but none of the values."""
    names: list[str] = []
    hidden = 0
    for token in extras:
        name, sep, _value = token.partition("=")
        if _OPTION_NAME.fullmatch(name):
            names.append(f"{name}=…" if sep else name)
            if sep:
                hidden += 1
        else:
            hidden += 1
    message = "unrecognized arguments: " + (" ".join(names) or "(none named)")
    if hidden:
        message += f" ({hidden} value(s) not shown: they may be secrets)"
    return message


class SecretSafeParser(argparse.ArgumentParser):
    """An argument parser that never echoes unrecognized arguments, only the option names.

    ``station enroll upload --connection-string HostName=…;SharedAccessKey=…`` must not
    print the key back to the terminal (and into scroll-back or CI logs).
    """

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(unknown_arguments_message(extras))
        return parsed, extras


def add_enroll_parser(subparsers: Any) -> None:
    """Add ``enroll upload`` and ``enroll reopen`` to an argparse subparsers object."""
    enroll = subparsers.add_parser("enroll", help="upload enrollments to DPS or IoT Central")
    actions = enroll.add_subparsers(
        dest="enroll_command", required=True, metavar="ACTION", parser_class=SecretSafeParser
    )
    # No abbreviations: "--connection-string SECRET" must fail, not name a file.
    up = actions.add_parser(
        "upload",
        allow_abbrev=False,
        help="upload the manifest's provisioned units",
        description=(
            "Upload provisioned units as DPS individual enrollments or IoT Central devices. "
            f"The DPS connection string comes from ${DPS_CONNECTION_STRING_ENV} or "
            f"--connection-string-file; the IoT Central API token from ${IOTC_API_TOKEN_ENV} "
            "or --api-token-file; without either, from the secrets the station saved (the OS "
            f"keyring, or the encrypted secrets file with ${SECRETS_PASSPHRASE_ENV} set). "
            "DPS enrollments take their provisioning status, IoT Edge flag and initial twin "
            "from the [enrollment] section of each unit's profile. "
            "An interrupted upload resumes where it stopped. Plain http:// addresses are "
            "refused unless they name this computer or --insecure is given."
        ),
    )
    up.add_argument("--target", required=True, choices=[t.value for t in Target],
                    help="dps: individual enrollments in DPS; central: devices in IoT Central")
    up.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    up.add_argument("--station-key", type=Path,
                    help="station key file (default: <manifest>.key)")
    up.add_argument("--dry-run", action="store_true",
                    help="send nothing and read no secret: write the requests that would be "
                    "sent, keys redacted (no connection string or API token needed)")
    up.add_argument("--out", type=Path, help="file for the dry run's requests (default: stdout)")
    up.add_argument("--endpoint", help="base URL to send to instead of the service's own")
    up.add_argument("--app", help="IoT Central application URL, https://NAME.azureiotcentral.com")
    up.add_argument("--insecure", action="store_true",
                    help="allow a plain http:// --endpoint or --app on another computer: the "
                    "token and device keys then cross the network unencrypted")
    up.add_argument("--connection-string-file", type=Path,
                    help="file holding the DPS service connection string")
    up.add_argument("--api-token-file", type=Path, help="file holding the IoT Central API token")
    up.add_argument("--provisioning-status", choices=PROVISIONING_STATUSES,
                    help="DPS: every enrollment's provisioning status, instead of the profile's")
    up.add_argument("--iot-edge", action=argparse.BooleanOptionalAction, default=None,
                    help="DPS: mark the devices as IoT Edge devices (or not), instead of what "
                    "the profile says")
    up.set_defaults(handler=cmd_enroll_upload)

    again = actions.add_parser(
        "reopen",
        allow_abbrev=False,
        help="send conflicting or failed units again on the next upload",
        description=(
            "Put units whose upload ended in a conflict or a failure back to pending, so that "
            "the next upload sends them. Use it once the conflict is resolved in the portal "
            "(for example, the stale enrollment was deleted)."
        ),
    )
    again.add_argument("--target", required=True, choices=[t.value for t in Target],
                       help="the service whose upload the units go back to")
    again.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    again.add_argument("device_ids", nargs="+", metavar="DEVICE_ID",
                       help="the units to send again")
    again.set_defaults(handler=cmd_enroll_reopen)


def _saved_secret(store: SecretStore, name: str, what: str, where: str) -> str:
    """The secret the station saved under ``name`` ("" when none is saved)."""
    if isinstance(store, EncryptedFileSecrets) and not store.path.exists():
        return ""
    if store.needs_passphrase and not store.unlocked:
        passphrase = os.environ.get(SECRETS_PASSPHRASE_ENV, "")
        if not passphrase:
            raise ConfigError(
                f"no {what} given, and the station's saved secrets are locked",
                hint=f"{where}, or set {SECRETS_PASSPHRASE_ENV} to unlock "
                f"{store.description}",
            )
        try:
            store.unlock(passphrase)
        except ConfigError as exc:
            raise ConfigError(
                f"cannot unlock {store.description}: {exc.message}",
                hint=f"check {SECRETS_PASSPHRASE_ENV}, or {where}",
            ) from exc
    try:
        return store.get(name).strip()
    except ConfigError:
        raise
    except Exception as exc:  # a keyring backend that fails at its service
        raise ConfigError(
            f"cannot read the {what} from {store.description}: {exc}",
            hint=where,
        ) from exc


def _secret(
    env_name: str,
    path: Path | None,
    what: str,
    option: str,
    saved_name: str,
    store: SecretStore | None,
    *,
    saved: bool = True,
) -> str:
    """The secret from ``path``, else ``$env_name``, else the station's saved secrets
    (with ``saved=False``, "" instead: the saved secrets are neither opened nor unlocked)."""
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
    if value or not saved:
        return value
    where = f"set {env_name} or pass {option} FILE"
    if store is None:
        store = open_secret_store()
    value = _saved_secret(store, saved_name, what, where)
    if not value:
        raise ConfigError(
            f"no {what} given",
            hint=f"{where}, or save it in the station's upload dialog "
            f"(it keeps secrets in {store.description})",
        )
    return value


def credential_from_args(
    args: argparse.Namespace, store: SecretStore | None = None, *, saved: bool = True
) -> UploadCredential | None:
    """The credential for ``args.target``: the named file, the environment, or ``store``.

    ``store`` defaults to the station's own secret store, opened only when needed.
    ``saved=False`` (a dry run) never opens it: None when neither a file nor the
    environment gives the secret.
    """
    if args.target == Target.DPS.value:
        text = _secret(
            DPS_CONNECTION_STRING_ENV,
            args.connection_string_file,
            "DPS connection string",
            "--connection-string-file",
            DPS_CONNECTION_STRING,
            store,
            saved=saved,
        )
        return DpsCredential(DpsConnectionString.parse(text)) if text else None
    if not args.app:
        raise ConfigError(
            "an IoT Central upload needs the application's URL",
            hint="pass --app https://NAME.azureiotcentral.com",
        )
    token = _secret(IOTC_API_TOKEN_ENV, args.api_token_file, "IoT Central API token",
                    "--api-token-file", IOTC_API_TOKEN, store, saved=saved)
    return IotcCredential(args.app, token) if token else None


def print_report(report: UploadReport, stream: TextIO) -> None:
    print(report.summary(), file=stream)
    for unit in report.units:
        if unit.state in (UploadState.CONFLICT, UploadState.FAILED):
            print(f"  {unit.device_id}: {unit.state}: {unit.reason}", file=stream)
    if report.stopped is not None:
        print(f"stopped: {report.stopped}", file=stream)
    for note in report.notes:
        print(f"note: {note}", file=stream)


@contextmanager
def insecure_named() -> Iterator[None]:
    """A refused plain-HTTP address says how these commands allow one (``--insecure``)."""
    try:
        yield
    except PlainHttpRefused as exc:
        raise PlainHttpRefused(
            exc.message, hint=f"{exc.hint}; pass --insecure to send them in clear all the same"
        ) from None


def checked_base_url(args: argparse.Namespace, credential: UploadCredential | None) -> str:
    """The address the upload sends to; a refused plain-http one names ``--insecure``."""
    with insecure_named():
        return service_url(args.target, credential, args.endpoint, insecure=args.insecure,
                           app_url=args.app or "")


def cmd_enroll_upload(args: argparse.Namespace, store: SecretStore | None = None) -> int:
    """Run ``station enroll upload``; 0 when every unit is uploaded or needs no upload.

    ``store`` is where saved secrets are read when neither file nor environment
    gives one (default: the station's own store). A dry run never reads them: it
    uses a connection string or token only when a file or the environment gives one
    (for the service's address), and otherwise shows its requests without.
    """
    credential = credential_from_args(args, store, saved=not args.dry_run)
    base_url = checked_base_url(args, credential)
    warning = clear_text_warning(base_url, CARRIED[Target(args.target)], dry_run=args.dry_run)
    if warning:
        print(f"warning: {warning}", file=sys.stderr, flush=True)
    manifest = args.manifest or default_manifest()
    station_key = StationKey.load(args.station_key) if args.station_key else None
    overrides = OptionOverrides(args.provisioning_status, args.iot_edge)

    def progress(done: int, total: int, message: str) -> None:
        print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)

    if args.dry_run and args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            report = upload(manifest, args.target, credential=credential, endpoint=args.endpoint,
                            dry_run=True, station_key=station_key, overrides=overrides,
                            dry_run_out=out, insecure=args.insecure, app_url=args.app or "")
    else:
        report = upload(manifest, args.target, credential=credential, endpoint=args.endpoint,
                        dry_run=args.dry_run, station_key=station_key, overrides=overrides,
                        progress=progress, insecure=args.insecure, app_url=args.app or "")
    # A dry run's requests go to stdout; its summary must not mix with them.
    print_report(report, sys.stderr if args.dry_run and not args.out else sys.stdout)
    if args.dry_run:
        # Nothing changed, so there is no head to note (reading it would need the station key).
        return 0
    print(head_note(journal_head_of(manifest, "upload")), file=sys.stderr)
    return 0 if report.ok else 1


def cmd_enroll_reopen(args: argparse.Namespace) -> int:
    """Run ``station enroll reopen``: the named units go back to pending for ``args.target``."""
    manifest = args.manifest or default_manifest()
    reopened = reopen(manifest, args.target, args.device_ids)
    for device_id, was in reopened:
        print(f"{device_id}: {was} -> pending; the next `station enroll upload "
              f"--target {args.target}` sends it")
    return 0
