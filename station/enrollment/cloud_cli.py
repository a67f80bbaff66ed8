"""``station cloud …``: enrollment groups, CA proof of possession and status read back.

- ``station cloud group create`` creates or updates an enrollment group in IoT
  Central or DPS; a SAS group's keys go into the station's secret store, an X.509
  group's CA is uploaded and (IoT Central) verified with the job's CA key.
- ``station cloud group show`` describes a group (never its keys).
- ``station cloud group verify-ca`` proves possession of the CA an IoT Central
  group holds.
- ``station cloud status`` reads every provisioned unit's status back into the
  manifest.

Like ``station enroll upload``, secrets come from files, the environment or the
station's secret store, never from the command line, and a mistyped option is
refused without echoing what followed it. A CA key or the group keys may stay in a
PKCS#11 token instead (``--ca-key pkcs11:…``, ``--group-key-token``), as for
``station provision``: the verification certificate is then signed in the token, and a
SAS group's keys are imported into it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from station.core.errors import ConfigError
from station.core.locations import default_manifest
from station.credentials.ca import CertificateAuthority, load_ca
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    SecretStore,
    open_secret_store,
)
from station.credentials.token_uri import is_token_uri
from station.enrollment.cli_commands import (
    SECRETS_PASSPHRASE_ENV,
    SecretSafeParser,
    credential_from_args,
    insecure_named,
)
from station.enrollment.client import ServiceClient
from station.enrollment.cloud_status import CONNECTED, StatusReport, refresh_status
from station.enrollment.endpoints import clear_text_warning
from station.enrollment.groups import (
    ALLOCATION_POLICIES,
    DPS_CA_VERIFICATION,
    DPS_CA_VERIFICATION_HINT,
    GroupAttestation,
    GroupSpec,
    KeySink,
    TokenGroupKeys,
    central_group,
    central_show,
    dps_group,
    dps_show,
    token_ca,
    verify_central_ca,
)
from station.enrollment.options import EnrollmentOptions
from station.enrollment.state import Target
from station.enrollment.upload import CARRIED, UploadCredential, service_client, service_url

# How many units with a problem `station cloud status` names (the rest are counted).
SHOWN_PROBLEMS = 20


def _service_options(parser: argparse.ArgumentParser, *, target_required: bool = True) -> None:
    if target_required:
        parser.add_argument("--target", required=True, choices=[t.value for t in Target],
                            help="the service: central (IoT Central) or dps")
    parser.add_argument("--app", help="IoT Central application URL, "
                        "https://NAME.azureiotcentral.com")
    parser.add_argument("--endpoint", help="base URL to send to instead of the service's own")
    parser.add_argument("--connection-string-file", type=Path,
                        help="file holding the DPS service connection string "
                        "(or $STATION_DPS_CONNECTION_STRING, or the saved one)")
    parser.add_argument("--api-token-file", type=Path,
                        help="file holding the IoT Central API token "
                        "(or $STATION_IOTC_API_TOKEN, or the saved one)")
    parser.add_argument("--insecure", action="store_true",
                        help="allow a plain http:// address on another computer")


def _ca_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ca-cert", type=Path, help="the group's CA certificate (PEM)")
    parser.add_argument("--ca-key",
                        help="its private key (PEM), or its pkcs11: URI when it is in a token "
                        "(it signs there); default: the CA key saved in the station's secrets")
    parser.add_argument("--ca-passphrase-env", metavar="VAR",
                        help="environment variable holding the CA key's passphrase")


def add_cloud_parser(commands: Any) -> None:
    """Add ``cloud group create|show|verify-ca`` and ``cloud status`` to ``commands``."""
    cloud = commands.add_parser(
        "cloud", help="enrollment groups, CA verification and device status in the cloud")
    actions = cloud.add_subparsers(dest="cloud_command", required=True, metavar="ACTION",
                                   parser_class=SecretSafeParser)

    group = actions.add_parser("group", help="enrollment groups in IoT Central or DPS")
    group_actions = group.add_subparsers(dest="group_command", required=True, metavar="ACTION",
                                         parser_class=SecretSafeParser)
    create = group_actions.add_parser(
        "create", allow_abbrev=False, help="create or update an enrollment group",
        description="Create or update an enrollment group. A SAS group's primary and secondary "
        "keys go straight into the station's secret store (never a file or the terminal); an "
        "X.509 group gets the CA certificate(s), and in IoT Central the CA is verified with "
        "its key. DPS groups take the profile's [enrollment] settings. " + DPS_CA_VERIFICATION
        + ".")
    _service_options(create)
    create.add_argument("--group", required=True, help="enrollment group ID")
    create.add_argument("--attestation", required=True, choices=[a.value for a in GroupAttestation],
                        help="how the group's devices prove who they are: SAS keys or X.509 "
                        "certificates")
    create.add_argument("--display-name", default="", help="default: the group ID")
    create.add_argument("--profile", help="profile ID or file whose [enrollment] settings "
                        "the group takes (provisioning status, IoT Edge, initial twin)")
    create.add_argument("--iot-edge", action=argparse.BooleanOptionalAction, default=None,
                        help="the group's devices are IoT Edge devices (default: the profile's)")
    create.add_argument("--disabled", action="store_true",
                        help="create the group disabled (devices cannot register)")
    create.add_argument("--allocation-policy", choices=ALLOCATION_POLICIES,
                        help="DPS: how devices are spread over IoT hubs")
    _ca_options(create)
    create.add_argument("--secondary-ca-cert", type=Path, help="a secondary CA certificate")
    create.add_argument("--secondary-ca-key",
                        help="its key, PEM file or pkcs11: URI (to verify it too)")
    # The same options as `station provision` takes for a group key in a token.
    create.add_argument("--group-key-token", default="", metavar="URI",
                        help="SAS: import the group's primary key into this PKCS#11 token "
                        "(sensitive, non-extractable) instead of the secret store: "
                        "pkcs11:token=LABEL;object=KEY-LABEL[?module-path=MODULE.so] (PIN from "
                        "$STATION_HSM_PIN or `station hsm pin`)")
    create.add_argument("--secondary-group-key-token", default="", metavar="URI",
                        help="SAS: the token place for the group's secondary key")
    create.set_defaults(handler=cmd_group_create)

    show = group_actions.add_parser("show", allow_abbrev=False, help="describe a group")
    _service_options(show)
    show.add_argument("--group", required=True, help="enrollment group ID")
    show.set_defaults(handler=cmd_group_show)

    verify = group_actions.add_parser(
        "verify-ca", allow_abbrev=False, help="prove possession of the group's CA key",
        description="Ask IoT Central for the CA's verification code, sign a certificate with "
        "CN = the code with the CA key, and submit it. " + DPS_CA_VERIFICATION + ".")
    _service_options(verify)
    verify.add_argument("--group", required=True, help="enrollment group ID")
    verify.add_argument("--entry", choices=["primary", "secondary"], default="primary",
                        help="which of the group's CA certificates to verify (default: primary)")
    _ca_options(verify)
    verify.set_defaults(handler=cmd_group_verify_ca)

    status = actions.add_parser(
        "status", allow_abbrev=False, help="read each unit's status back into the manifest",
        description="Read what IoT Central (devices) or DPS (registration states) knows of "
        "the manifest's provisioned units, page by page, and record each unit's status and "
        "when it was read. An interrupted refresh resumes where it stopped.")
    status.add_argument("--target", choices=[t.value for t in Target],
                        help="default: central when --app is given, else dps")
    status.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    _service_options(status, target_required=False)
    status.set_defaults(handler=cmd_cloud_status)


# -- shared pieces -------------------------------------------------------------------------


def _unlocked(store: SecretStore | None) -> SecretStore:
    store = store if store is not None else open_secret_store()
    if store.needs_passphrase and not store.unlocked:
        passphrase = os.environ.get(SECRETS_PASSPHRASE_ENV, "")
        if not passphrase:
            raise ConfigError(
                f"the station's secrets ({store.description}) are locked",
                hint=f"set {SECRETS_PASSPHRASE_ENV} to unlock them",
            )
        store.unlock(passphrase)
    return store


def saved_credential(args: argparse.Namespace, store: SecretStore | None) -> UploadCredential:
    """The service credential the arguments name (file, environment or the secret store);
    raises ConfigError when none is found."""
    credential = credential_from_args(args, store)
    assert credential is not None  # saved=True: a missing secret raised ConfigError
    return credential


def stderr_progress(requests: int, message: str) -> None:
    """A status refresh's progress, on the terminal's error stream."""
    print(f"[{requests}] {message}", file=sys.stderr, flush=True)


def choose_target(args: argparse.Namespace) -> None:
    """Without ``--target``: IoT Central when an app URL is given, else DPS."""
    if args.target is None:
        args.target = Target.CENTRAL.value if args.app else Target.DPS.value


def _client_for(args: argparse.Namespace, credential: UploadCredential) -> ServiceClient:
    target = Target(args.target)
    with insecure_named():
        base_url = service_url(target, credential, args.endpoint, insecure=args.insecure,
                               app_url=args.app or "")
    warning = clear_text_warning(base_url, CARRIED[target])
    if warning:
        print(f"warning: {warning}", file=sys.stderr, flush=True)
    return service_client(credential, base_url, time.sleep, time.monotonic)


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the {what} file {path}: {exc.strerror or exc}",
                          hint="check the path and that the file is readable") from exc


def _ca(cert: Path, key: str | None, passphrase_env: str | None,
        store: SecretStore | None) -> CertificateAuthority:
    """The CA from its files; a ``pkcs11:`` key stays in its token (PIN from
    ``$STATION_HSM_PIN`` or the secret store); without a key, the CA key saved in the
    secret store."""
    passphrase = os.environ.get(passphrase_env, "") if passphrase_env else ""
    if key is not None and is_token_uri(key):
        return token_ca(_read(cert, "CA certificate"), key, store)
    if key is not None:
        key_pem = _read(Path(key), "CA key")
    else:
        store = _unlocked(store)
        saved = store.get(CA_KEY_PEM)
        if not saved:
            raise ConfigError("no CA key given and none is saved in the station's secrets",
                              hint="pass --ca-key FILE, or load the CA key in Settings")
        key_pem = saved.encode("ascii")
        passphrase = passphrase or store.get(CA_PASSPHRASE)
    return load_ca(_read(cert, "CA certificate"), key_pem, passphrase or None)


# -- commands --------------------------------------------------------------------------------


def cmd_group_create(args: argparse.Namespace, store: SecretStore | None = None) -> int:
    """Run ``station cloud group create``; prints what was done, never a key."""
    target = Target(args.target)
    attestation = GroupAttestation(args.attestation)
    options = EnrollmentOptions()
    if args.profile:
        from station.profiles.loader import find_profile

        options = EnrollmentOptions.from_section(find_profile(args.profile).profile.enrollment)
    if target is Target.CENTRAL and args.allocation_policy:
        raise ConfigError("IoT Central chooses the hub itself: --allocation-policy is for DPS",
                          hint="leave it out of an IoT Central group")
    ca = secondary = None
    primary_cert = secondary_cert = None
    if attestation is GroupAttestation.X509:
        if args.ca_cert is None:
            raise ConfigError(f"the X.509 group {args.group} needs its CA certificate",
                              hint="pass --ca-cert PEM (and --ca-key, or the CA key saved in "
                              "Settings)")
        ca = _ca(args.ca_cert, args.ca_key, args.ca_passphrase_env, store)
        primary_cert = ca.certificate
        if args.secondary_ca_cert is not None:
            if args.secondary_ca_key is not None:
                secondary = _ca(args.secondary_ca_cert, args.secondary_ca_key,
                                args.ca_passphrase_env, store)
                secondary_cert = secondary.certificate
            else:
                from cryptography import x509

                secondary_cert = x509.load_pem_x509_certificate(
                    _read(args.secondary_ca_cert, "CA certificate"))
    elif args.ca_cert or args.secondary_ca_cert:
        raise ConfigError("a SAS enrollment group takes no CA certificate",
                          hint="leave out --ca-cert, or pass --attestation x509")
    iot_edge = options.iot_edge if args.iot_edge is None else args.iot_edge
    spec = GroupSpec(
        group_id=args.group,
        attestation=attestation,
        display_name=args.display_name,
        iot_edge=iot_edge,
        enabled=not args.disabled and options.provisioning_status == "enabled",
        primary_ca=primary_cert,
        secondary_ca=secondary_cert,
        initial_twin=options.initial_twin if target is Target.DPS else None,
        allocation_policy=args.allocation_policy,
    )
    credential = saved_credential(args, store)
    # Opened (and unlocked) before anything is sent: the keys must have a place to go.
    keys_store = _key_place(args, attestation, store)
    with _client_for(args, credential) as client:
        if target is Target.CENTRAL:
            result = central_group(client, spec, keys_store, ca=ca, secondary_ca=secondary)
        else:
            result = dps_group(client, spec, keys_store)
    for line in result.lines:
        print(line)
    return 0


def _key_place(args: argparse.Namespace, attestation: GroupAttestation,
               store: SecretStore | None) -> KeySink | SecretStore | None:
    """Where a SAS group's keys go: the tokens the URIs name, else the secret store."""
    tokens = args.group_key_token or args.secondary_group_key_token
    if attestation is not GroupAttestation.SAS:
        if tokens:
            raise ConfigError("an X.509 enrollment group has no group key to put in a token",
                              hint="leave out --group-key-token, or create a sas group")
        return None
    if args.secondary_group_key_token and not args.group_key_token:
        raise ConfigError("a secondary group key token needs the primary's",
                          hint="give --group-key-token too")
    if tokens:
        return TokenGroupKeys(args.group_key_token, args.secondary_group_key_token, store)
    return _unlocked(store)


def cmd_group_show(args: argparse.Namespace, store: SecretStore | None = None) -> int:
    """Run ``station cloud group show``."""
    credential = saved_credential(args, store)
    with _client_for(args, credential) as client:
        lines = (central_show(client, args.group) if args.target == Target.CENTRAL.value
                 else dps_show(client, args.group))
    for line in lines:
        print(line)
    return 0


def cmd_group_verify_ca(args: argparse.Namespace, store: SecretStore | None = None) -> int:
    """Run ``station cloud group verify-ca``: "CA verified", or the service's reason."""
    if args.target == Target.DPS.value:
        raise ConfigError(DPS_CA_VERIFICATION, hint=DPS_CA_VERIFICATION_HINT)
    if args.ca_cert is None:
        raise ConfigError("verifying a CA needs its certificate and key",
                          hint="pass --ca-cert PEM (and --ca-key, or the CA key saved in "
                          "Settings)")
    ca = _ca(args.ca_cert, args.ca_key, args.ca_passphrase_env, store)
    credential = saved_credential(args, store)
    with _client_for(args, credential) as client:
        verify_central_ca(client, args.group, args.entry, ca)
    print(f"{args.entry} CA of group {args.group}: CA verified")
    return 0


def print_status(report: StatusReport, stream: Any = None) -> None:
    stream = stream or sys.stdout
    print(report.summary(), file=stream)
    problems = [u for u in report.units if u.status not in CONNECTED]
    for unit in problems[:SHOWN_PROBLEMS]:
        print(f"  {unit.device_id}: {unit.status}" + (f" ({unit.detail})" if unit.detail else ""),
              file=stream)
    if len(problems) > SHOWN_PROBLEMS:
        print(f"  … and {len(problems) - SHOWN_PROBLEMS} more not connected", file=stream)
    if report.stopped is not None:
        print(f"stopped: {report.stopped}", file=stream)


def cmd_cloud_status(args: argparse.Namespace, store: SecretStore | None = None) -> int:
    """Run ``station cloud status``; 0 when the refresh ran to the end."""
    choose_target(args)
    credential = saved_credential(args, store)
    manifest = args.manifest or default_manifest()

    with insecure_named():
        report = refresh_status(manifest, args.target, credential=credential,
                                endpoint=args.endpoint, insecure=args.insecure,
                                progress=stderr_progress)
    print_status(report)
    return 0 if report.stopped is None else 1
