"""The command-line face of the station: parse, call one library function, print.

``main(argv)`` returns an exit status; errors become one line on stderr (a
traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from station import __version__
from station.core.errors import ConfigError, StationError
from station.core.models import Attestation
from station.core.private_files import private_output
from station.core.registries import TRANSPORTS
from station.job_options import (
    MODES,
    EventPrinter,
    add_job_options,
    group_key,
    job_request,
    secondary_group_key,
    warn_interrupted,
)

if TYPE_CHECKING:
    from station.credentials.signers import GroupKeySigner

Handler = Callable[[argparse.Namespace], int]


# -- printing ------------------------------------------------------------------


def _print_results(results, manifest: Path) -> int:  # type: ignore[no-untyped-def]
    passed = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    print(f"\n{len(passed)} provisioned, {len(failed)} failed; manifest: {manifest}")
    for result in failed:
        print(f"  failed on {result.port} at {result.failed_stage}: {result.reason}")
    return 0 if not failed else 1


# -- commands ------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from station.demo import DemoOptions, run_demo

    options = DemoOptions(
        count=args.count,
        boards=args.boards,
        attestation=Attestation(args.attestation) if args.attestation else None,
        manifest=args.manifest,
        profile=args.profile,
        fault=args.fault,
    )
    summary = run_demo(options, EventPrinter(verbose=args.verbose), say=print)
    print(summary.describe())
    return 0 if summary.all_passed else 1


def cmd_reprovision(args: argparse.Namespace) -> int:
    from station.identity.rules import validate_id_scope, validate_model_id
    from station.provisioning import reprovision, returned_unit

    record = returned_unit(args.manifest, args.device_id)
    id_scope = validate_id_scope(args.id_scope or record.id_scope)
    model_id = validate_model_id(record.model_id if args.model_id is None else args.model_id)
    request = job_request(args, args.profile or record.profile_id, id_scope,
                       args.attestation or record.attestation, model_id)

    def scan(port: str) -> str | None:
        if args.serial:
            return str(args.serial.pop(0))
        if sys.stdin.isatty():
            return input(f"Scan the barcode of the returned unit on {port}: ")
        return None

    result = reprovision(
        request, args.device_id, args.reason, EventPrinter(verbose=args.verbose), scan=scan,
        warn=lambda line: print(f"warning: {line}", file=sys.stderr),
    )
    if result.ok:
        print(f"{args.device_id}: provisioned again with new credentials")
        return 0
    print(f"{args.device_id}: failed at {result.failed_stage}: {result.reason}")
    if result.hint:
        print(f"  {result.hint}")
    return 1


def cmd_provision(args: argparse.Namespace) -> int:
    from station.identity.rules import validate_id_scope, validate_model_id
    from station.provisioning import provision

    # A mistyped scope or model ID is refused before the manifest or a key is touched.
    validate_id_scope(args.id_scope)
    validate_model_id(args.model_id)
    request = job_request(args, args.profile, args.id_scope, args.attestation, args.model_id,
                       count=args.count)
    interactive = sys.stdin.isatty() and not args.no_wait
    warn_interrupted(args.manifest)

    def next_board(port: str) -> bool:
        if not interactive:
            return True
        answer = input(f"Connect the next board to {port} and press Enter (q to stop): ")
        return answer.strip().lower() != "q"

    def scan(port: str) -> str | None:
        if args.serial:
            return str(args.serial.pop(0))
        if interactive:
            return input(f"Scan the barcode of the unit on {port}: ")
        return None

    from station.printing.cli_commands import printing_labels

    with printing_labels(args, EventPrinter(verbose=args.verbose)) as emit:
        results, manifest = provision(
            request, emit, next_board=next_board, scan=scan,
            warn=lambda line: print(f"warning: {line}", file=sys.stderr),
        )
    return _print_results(results, manifest)


def cmd_keys_derive(args: argparse.Namespace) -> int:
    from station.credentials.sas import derive_device_key
    from station.identity.rules import validate_device_id

    group_key = args.group_key or os.environ.get("STATION_GROUP_KEY", "")
    if not group_key:
        raise ConfigError(
            "no group key given", hint="pass --group-key B64 or set STATION_GROUP_KEY"
        )
    device_key = derive_device_key(group_key, validate_device_id(args.device_id))
    # The key goes to a file or a pipe, never onto a screen where it can be read over
    # a shoulder or kept in a terminal's scrollback; nothing is logged.
    if sys.stdout.isatty():
        raise ConfigError(
            "the device key is not shown on the terminal",
            hint="send it to a file or a program: station keys derive … > device.key",
        )
    print(device_key)
    return 0


def _load_ca(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from station.credentials.ca import load_ca_files

    passphrase = os.environ.get(args.passphrase_env, "") if args.passphrase_env else ""
    return load_ca_files(args.ca_cert, args.ca_key, passphrase.encode() if passphrase else None)


def cmd_cert_issue(args: argparse.Namespace) -> int:
    from station.core.file_names import device_file_name
    from station.credentials.leaf import issue_leaf
    from station.identity.rules import validate_device_id

    device_id = validate_device_id(args.device_id, x509=True)
    issued = issue_leaf(
        _load_ca(args),
        device_id,
        key_algorithm=args.key_algorithm,
        validity_days=args.validity_days,
    )
    out = Path(args.out)
    files = {
        device_file_name(device_id, ".cert.pem"): (issued.cert_pem, False),
        device_file_name(device_id, ".key.pem"): (issued.key_pem, True),
        device_file_name(device_id, ".chain.pem"): (issued.chain_pem, False),
    }
    if not args.force:
        taken = [name for name in files if (out / name).exists()]
        if taken:
            raise ConfigError(
                f"{out / taken[0]} exists; it may belong to a board already in service",
                hint="choose another --out folder, or pass --force to replace it",
            )
    for name, (text, private) in files.items():
        print(_write_output(out / name, text, private=private))
    return 0


def _write_output(path: Path, text: str, *, private: bool = False) -> Path:
    """Write ``text`` to ``path`` whole or not at all (its folder made if missing); a
    private file is 0600 from the start, never readable by others even for a moment."""
    if path.is_dir():
        raise ConfigError(f"{path} is a folder", hint="give a file name")
    with private_output(path, secret=private) as out:
        out.write(text.encode("utf-8"))
    return path


def cmd_cert_verification(args: argparse.Namespace) -> int:
    from station.credentials.leaf import issue_verification_certificate

    pem = issue_verification_certificate(_load_ca(args), args.code)
    print(_write_output(Path(args.out), pem))
    return 0


def cmd_profiles_check(args: argparse.Namespace) -> int:
    from station.profiles.check import check_command

    status, lines = check_command(args.paths)
    for line in lines:
        print(line)
    return status


def _export_group_keys(
    args: argparse.Namespace,
) -> tuple[str | GroupKeySigner, str | GroupKeySigner]:
    """The group keys an export derives ``sas-group`` device keys from: each from its file
    or the environment, or opened in its token (``--group-key-token``; the PIN from
    ``STATION_HSM_PIN`` or the secret store), checked before any unit is read."""
    from station.credentials.pkcs11_signers import open_group_key

    keys: list[str | GroupKeySigner] = []
    for given, uri, option in (
        (group_key(args), args.group_key_token, "--group-key-file / STATION_GROUP_KEY"),
        (secondary_group_key(args), args.secondary_group_key_token,
         "--secondary-group-key-file / STATION_GROUP_KEY_SECONDARY"),
    ):
        if uri.strip() and given.strip():
            raise ConfigError(
                f"the group key is given twice: {option} and a token",
                hint="give it one way: leave out the key file (and unset the variable), or "
                "the token",
            )
        keys.append(open_group_key(uri) if uri.strip() else given)
    return keys[0], keys[1]


def cmd_manifest_export(args: argparse.Namespace) -> int:
    from station.manifest.exports import write_export
    from station.manifest.reports import head_note, journal_head_of, reading

    with reading(args.manifest) as manifest:
        manifest.use_group_key(*_export_group_keys(args))
        written = write_export(manifest, args.format, Path(args.out), job_id=args.job)
    print(f"{written.rows} rows written to {args.out}", file=sys.stderr)
    print(head_note(journal_head_of(args.manifest, "export")), file=sys.stderr)
    if written.holds_keys:
        print(
            f"warning: {args.out} holds device keys in clear. It is readable by you only "
            "(mode 0600); do not copy it to shared places, and delete it once it is imported.",
            file=sys.stderr,
        )
    return 0


def cmd_manifest_summary(args: argparse.Namespace) -> int:
    from station.manifest.reports import describe_manifest

    print(describe_manifest(args.manifest))
    return 0


def cmd_manifest_resolve(args: argparse.Namespace) -> int:
    from station.manifest.store import Resolution
    from station.provisioning import resolve_interrupted

    resolution = Resolution(args.resolution)
    resolve_interrupted(args.manifest, args.device_ids, resolution, args.reason, args.operator)
    for device_id in args.device_ids:
        print(f"{device_id}: resolved as {resolution.value}")
    return 0


def cmd_manifest_verify(args: argparse.Namespace) -> int:
    from station.manifest.journal import Anchor
    from station.manifest.reports import verify_manifest

    since = Anchor.parse(args.since) if args.since else None
    report = verify_manifest(args.manifest, since)
    print(report.describe())
    return 0 if report.ok else 1


def cmd_ports(args: argparse.Namespace) -> int:
    from station.transports.ports import list_ports

    ports = list_ports()
    if not ports:
        print("no serial ports found (virtual boards are reached as socket://HOST:PORT)")
    for port in ports:
        print(f"{port.device}\t{port.description}")
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from station.profiles.kinds import simulator_named

    return simulator_named(args.kind)(args.options)


# -- the parser ----------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station",
        description="Provisioning Station: give factory boards their Azure DPS identity.",
    )
    parser.add_argument("--version", action="version", version=f"station {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="provision units on virtual boards")
    demo.add_argument("--count", type=int, default=4, help="units to provision (default 4)")
    demo.add_argument("--boards", type=int, default=2,
                      help="virtual boards at once (default 2; no more than --count)")
    demo.add_argument("--attestation", choices=MODES,
                      help="default: the profile's (the demo profile's is sas-group)")
    demo.add_argument("--manifest", type=Path, help="manifest file (default: the demo's own)")
    demo.add_argument("--profile", default="", help="profile ID or file (default: the demo's)")
    demo.add_argument("--fault", default="",
                      help="make the virtual boards misbehave: ESP32 boards never-sync, "
                      "drop-mid-write, corrupt-block; console boards silent, garbage, "
                      "disconnect-mid-write, corrupt, reject")
    demo.add_argument("-v", "--verbose", action="store_true",
                      help="print every stage as it starts, and the boards' log lines")
    demo.set_defaults(handler=cmd_demo)

    prov = commands.add_parser("provision", help="provision units on serial ports")
    prov.add_argument("--profile", required=True, help="profile ID or path to its .toml")
    prov.add_argument("--port", action="append", required=True,
                      help="serial port, socket://HOST:PORT or rfc2217://HOST:PORT; repeatable")
    prov.add_argument("--count", type=int, default=1,
                      help="units to provision in all, shared by the ports (default 1)")
    prov.add_argument("--id-scope", required=True, help="the DPS ID scope, e.g. 0ne0012ABCD")
    prov.add_argument("--attestation", choices=MODES, help="default: the profile's")
    prov.add_argument("--model-id", default="", help="DTMI the device sends when it registers")
    add_job_options(prov)
    from station.printing.cli_commands import add_label_options
    add_label_options(prov)
    prov.add_argument("--no-wait", action="store_true",
                      help="do not wait for Enter between units on a port")
    prov.set_defaults(handler=cmd_provision)

    again = commands.add_parser(
        "reprovision", help="give a returned unit new credentials under its device ID",
        description="Provision a returned unit (repair, RMA, erased flash) again under its "
        "device ID: the board must prove it is that unit, its current credentials are kept "
        "as an earlier generation, and its uploads are due again. The job's profile, ID "
        "scope, mode and model ID default to the unit's own.")
    again.add_argument("device_id", metavar="DEVICE_ID", help="the returned unit's device ID")
    again.add_argument("--port", action="append", required=True,
                       help="the port the returned unit is on")
    again.add_argument("--reason", required=True, help="why, e.g. 'RMA 4711: flash erased'")
    again.add_argument("--profile", help="default: the unit's profile")
    again.add_argument("--id-scope", help="default: the unit's ID scope")
    again.add_argument("--attestation", choices=MODES, help="default: the unit's mode")
    again.add_argument("--model-id", help="default: the unit's model ID")
    add_job_options(again)
    again.set_defaults(handler=cmd_reprovision)

    keys = commands.add_parser("keys", help="SAS keys").add_subparsers(
        dest="keys_command", required=True, metavar="ACTION")
    derive = keys.add_parser("derive", help="derive a device key from a group key")
    derive.add_argument("--group-key", default="", help="base64 group key "
                        "(better: set STATION_GROUP_KEY, which the process list does not show)")
    derive.add_argument("--device-id", required=True,
                        help="the device ID (registration ID) to derive the key for")
    derive.set_defaults(handler=cmd_keys_derive)

    cert = commands.add_parser("cert", help="X.509 certificates").add_subparsers(
        dest="cert_command", required=True, metavar="ACTION")
    for name, handler, helptext in (
        ("issue", cmd_cert_issue, "issue a device leaf certificate"),
        ("verification", cmd_cert_verification, "issue a proof-of-possession certificate"),
    ):
        sub = cert.add_parser(name, help=helptext)
        sub.add_argument("--ca-cert", required=True,
                         help="the CA certificate (PEM) that signs, with its chain")
        sub.add_argument("--ca-key", required=True, help="the CA's private key (PEM), or its "
                         "pkcs11: URI when it is in a token")
        sub.add_argument("--ca-passphrase-env", "--passphrase-env", dest="passphrase_env",
                         metavar="VAR",
                         help="environment variable holding the CA key's passphrase")
        sub.set_defaults(handler=handler)
    issue = cert.choices["issue"]
    issue.add_argument("--device-id", required=True,
                       help="the device ID: the certificate's subject CN")
    issue.add_argument("--out", required=True, help="folder for ID.cert.pem, ID.key.pem, "
                       "ID.chain.pem")
    issue.add_argument("--key-algorithm", choices=["ec-p256", "rsa-2048"], default="ec-p256",
                       help="the device key's kind (default: ec-p256)")
    issue.add_argument("--validity-days", type=int, default=3650, help="1 to 36500 (default 3650)")
    issue.add_argument("--force", action="store_true", help="replace files of the same name")
    verification = cert.choices["verification"]
    verification.add_argument("--code", required=True, help="the verification code DPS shows")
    verification.add_argument("--out", required=True, help="file for the certificate (PEM)")

    profiles = commands.add_parser("profiles", help="firmware profiles").add_subparsers(
        dest="profiles_command", required=True, metavar="ACTION")
    check = profiles.add_parser("check", help="validate profiles (default: all known ones)")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="profile files or folders of them (default: every known profile)")
    check.set_defaults(handler=cmd_profiles_check)

    from station.credentials.hsm_cli import add_token_job_options
    from station.manifest.exports import export_formats as all_export_formats

    export_formats = all_export_formats()

    manifest = commands.add_parser("manifest", help="the unit manifest").add_subparsers(
        dest="manifest_command", required=True, metavar="ACTION")
    width = max(map(len, export_formats))
    export = manifest.add_parser(
        "export", help="export units as CSV or JSON",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="formats:\n" + "\n".join(
            f"  {name:<{width}}  {export_formats[name].description}"
            for name in sorted(export_formats)))
    export.add_argument("--format", required=True, choices=sorted(export_formats),
                        help="the file's format (see the formats below)")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    export.add_argument("--group-key-file", help="file with the enrollment group key that "
                        "sas-group device keys are derived from (or set STATION_GROUP_KEY)")
    export.add_argument("--secondary-group-key-file", help="file with the group's secondary "
                        "key, for units given a secondary device key (or set "
                        "STATION_GROUP_KEY_SECONDARY)")
    add_token_job_options(export)  # --group-key-token: device keys derived in the token
    export.add_argument("--job", metavar="JOB_ID", help="export this job's units only")
    export.set_defaults(handler=cmd_manifest_export)
    summary = manifest.add_parser("summary", help="units by status, pending units, yield")
    summary.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    summary.set_defaults(handler=cmd_manifest_summary)
    resolve = manifest.add_parser(
        "resolve", help="close units an interrupted station left pending, once checked")
    resolve.add_argument("device_ids", nargs="+", metavar="DEVICE_ID",
                         help="the pending units to close")
    resolve.add_argument("--as", dest="resolution", required=True, choices=["failed", "scrapped"],
                         help="failed: the board goes round again as a new unit; "
                         "scrapped: it is set aside for good")
    resolve.add_argument("--reason", required=True, help="what was found on the board")
    resolve.add_argument("--operator", default=os.environ.get("USER", ""),
                         help="who decided (default: the login name)")
    resolve.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    resolve.set_defaults(handler=cmd_manifest_resolve)
    verify = manifest.add_parser("verify", help="prove that no unit record was altered")
    verify.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    verify.add_argument("--since", metavar="HEAD",
                        help="a head printed earlier (SEQ:HEX:TAG): prove the journal still "
                        "holds it unchanged")
    verify.set_defaults(handler=cmd_manifest_verify)
    from station.manifest.custody.cli_commands import add_key_parser
    add_key_parser(manifest)
    from station.line.cli_commands import add_line_parser
    add_line_parser(commands, manifest)

    from station.credentials.tpm_cli import add_tpm_parser
    add_tpm_parser(commands)
    from station.credentials.hsm_cli import add_hsm_parser
    add_hsm_parser(commands)
    from station.enrollment.cli_commands import add_enroll_parser
    from station.enrollment.cloud_cli import add_cloud_parser
    from station.gui.cli_command import add_gui_parser

    add_enroll_parser(commands)
    add_cloud_parser(commands)
    from station.line.cli_commands import add_line_flags
    add_line_flags(commands)
    add_gui_parser(commands)
    from station.automation.cli_commands import add_serve_parser
    from station.printing.cli_commands import add_label_parser
    add_serve_parser(commands)
    add_label_parser(commands)

    ports = commands.add_parser("ports", help="list serial ports")
    ports.set_defaults(handler=cmd_ports)

    simulate = commands.add_parser(
        "simulate",
        help="run a virtual board until stopped",
        description="Run a virtual board: `station simulate esp32 --help` or "
        "`station simulate console --help` for their options.",
    )
    simulate.add_argument("kind", metavar="BOARD",
                          help="esp32: a board esptool flashes; console: a board that speaks "
                          "the serial console protocol; or the transport of a plugin "
                          "(one of: " + ", ".join(TRANSPORTS.names()) + ")")
    simulate.add_argument("options", nargs=argparse.REMAINDER,
                          help="e.g. --listen 127.0.0.1:4000 --chip esp32c3 --baud-emulation")
    simulate.set_defaults(handler=cmd_simulate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except StationError as exc:
        if args.debug:
            raise
        print(f"station: {exc.line()}", file=sys.stderr)
        return 1
    except OSError as exc:
        if args.debug:
            raise
        print(f"station: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("station: stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
