"""``station hsm …``: put a CA key or a group key into a PKCS#11 token, keep its PIN, list
what a token holds; and the job options that take a group key from a token.

A token is named by a ``pkcs11:`` URI (``station.credentials.token_uri``). Its
PIN comes from ``$STATION_HSM_PIN`` or the station's secret store (``station hsm
pin``), never from an argument. A CA key in a token needs no option of its own:
``--ca-key pkcs11:…`` in place of a key file (``station provision``, ``station
cert …``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from station.core.errors import ConfigError
from station.credentials.token_uri import PIN_ENV

_URI_HELP = "pkcs11:token=LABEL;object=KEY-LABEL[?module-path=MODULE.so]"


def add_token_job_options(command: argparse.ArgumentParser) -> None:
    """``--group-key-token`` and ``--secondary-group-key-token`` for provision and reprovision."""
    command.add_argument("--group-key-token", default="", metavar="URI",
                         help="the enrollment group key in a PKCS#11 token, instead of "
                         f"--group-key-file: {_URI_HELP} (PIN from ${PIN_ENV} or "
                         "`station hsm pin`)")
    command.add_argument("--secondary-group-key-token", default="", metavar="URI",
                         help="the group's secondary key in a PKCS#11 token")


def add_hsm_parser(commands: Any) -> None:
    """Add ``station hsm`` and its actions to the station's subcommands."""
    hsm = commands.add_parser(
        "hsm", help="CA and group keys in a PKCS#11 token",
        description="Keys that never leave a PKCS#11 token (an HSM, a smart card, SoftHSM). "
        f"Each action takes --token {_URI_HELP}; the PIN comes from ${PIN_ENV} or from the "
        "station's secrets (station hsm pin).",
    ).add_subparsers(dest="hsm_command", required=True, metavar="ACTION")

    ca = hsm.add_parser("import-ca-key", help="put a CA's private key into a token, "
                        "non-extractable; then give --ca-key URI instead of the key file")
    ca.add_argument("--token", required=True, metavar="URI", help="where the key goes")
    ca.add_argument("--ca-cert", required=True, help="the CA certificate (PEM)")
    ca.add_argument("--ca-key", required=True, help="the CA private key (PEM)")
    ca.add_argument("--ca-passphrase-env", metavar="VAR",
                    help="environment variable holding the CA key's passphrase")
    ca.set_defaults(handler=cmd_import_ca_key)

    group = hsm.add_parser("import-group-key", help="put an enrollment group key into a "
                           "token, non-extractable; then give --group-key-token URI")
    group.add_argument("--token", required=True, metavar="URI", help="where the key goes")
    group.add_argument("--group-key-file", help="file with the group key (base64; "
                       "else STATION_GROUP_KEY)")
    group.set_defaults(handler=cmd_import_group_key)

    pin = hsm.add_parser("pin", help=f"keep a token's PIN in the station's secrets (from "
                         f"${PIN_ENV} or typed)")
    pin.add_argument("--token", required=True, metavar="URI", help="pkcs11:token=LABEL")
    pin.set_defaults(handler=cmd_pin)

    keys = hsm.add_parser("keys", help="list the keys a token holds (never their values)")
    keys.add_argument("--token", required=True, metavar="URI", help="pkcs11:token=LABEL")
    keys.set_defaults(handler=cmd_keys)


def cmd_import_ca_key(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    from station.credentials.ca import load_ca_files
    from station.credentials.pkcs11_import import import_ca_key

    passphrase = os.environ.get(args.ca_passphrase_env, "") if args.ca_passphrase_env else ""
    ca = load_ca_files(args.ca_cert, args.ca_key, passphrase or None)
    key = ca.private_key
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise ConfigError(
            f"the CA key is a {type(key).__name__}; a token signs with EC or RSA keys only",
            hint="use an EC P-256 or RSA-2048 CA",
        )
    imported = import_ca_key(args.token, key)
    # Proof that the token signs as the certificate expects, through the path jobs take.
    load_ca_files(args.ca_cert, args.token)
    print(f"{imported.kind} of {ca.subject} imported into {imported.ref} "
          "(sensitive, non-extractable); it signs there.")
    # The URI holds no secret (parse_token_uri refuses a PIN in it) and the key file is
    # named by its path only.
    print(f"  give --ca-key '{args.token}' instead of {args.ca_key}, then move the key file "
          "to offline storage.")
    return 0


def cmd_import_group_key(args: argparse.Namespace) -> int:
    from station.credentials.pkcs11_import import import_group_key

    group_key = ""
    if args.group_key_file:
        try:
            group_key = Path(args.group_key_file).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the group key file {args.group_key_file}: {exc}",
                              hint="check the file name and that it holds the base64 key"
                              ) from None
    group_key = group_key or os.environ.get("STATION_GROUP_KEY", "")
    if not group_key:
        raise ConfigError("no group key given",
                          hint="pass --group-key-file F, or set STATION_GROUP_KEY")
    imported = import_group_key(args.token, group_key)
    print(f"{imported.kind} imported into {imported.ref} (sensitive, non-extractable); "
          "device keys are derived there.")
    print(f"  give --group-key-token '{args.token}' to sas-group jobs.")
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    from station.credentials.pkcs11_token import store_pin
    from station.credentials.token_uri import parse_token_uri

    ref = parse_token_uri(args.token, need_object=False)
    pin = os.environ.get(PIN_ENV, "")
    if not pin:
        if sys.stdin is None or not sys.stdin.isatty():
            raise ConfigError(f"no PIN given for token '{ref.token}'",
                              hint=f"set {PIN_ENV}, or run the command in a terminal to type it")
        pin = getpass.getpass(f"User PIN of token '{ref.token}': ")
    print(f"the PIN of token '{ref.token}' is kept in {store_pin(ref.token, pin)}")
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from station.credentials.pkcs11_import import token_keys
    from station.credentials.token_uri import parse_token_uri

    ref = parse_token_uri(args.token, need_object=False)
    facts = token_keys(args.token)
    if not facts:
        print(f"token '{ref.token}' holds no private or secret keys")
    for fact in facts:
        print(fact.describe())
    return 0
