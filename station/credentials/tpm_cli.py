"""`station tpm ek`: read a TPM's endorsement key as DPS takes it.

For an engineer at a bench: point it at a TPM (``device:/dev/tpmrm0``, a
swtpm, ...) and get the EK for an individual enrollment, its PEM, or every
fact as JSON. Warnings go to stderr so that ``--format dps`` prints the
base64 alone on stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station.core.errors import ConfigError

ALGORITHMS = ("rsa", "ecc")
FORMATS = ("dps", "pem", "json")


def add_tpm_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``tpm ek`` to a CLI's subcommands (the object ``add_subparsers`` returned)."""
    tpm = subparsers.add_parser("tpm", help="TPM endorsement keys")
    actions = tpm.add_subparsers(dest="tpm_command", required=True, metavar="ACTION")
    ek = actions.add_parser(
        "ek",
        help="read a TPM's endorsement key",
        description="Read the endorsement key as the device's firmware presents it to DPS.",
    )
    ek.add_argument("--tcti", required=True,
                    help="the TPM: device:/dev/tpmrm0, swtpm:host=127.0.0.1,port=2321, ...")
    ek.add_argument("--algorithm", choices=ALGORITHMS,
                    help="rsa (tcg-rsa2048) or ecc (tcg-ecc-p256); default rsa")
    # No argparse choices: the names live in the profile model, which the CLI
    # loads only when a command needs it; choose_template checks the name.
    ek.add_argument("--template", metavar="NAME",
                    help="the EK template the firmware uses, as a profile's tpm.template "
                    "(azure-csdk-rsa: the Azure IoT C SDK)")
    ek.add_argument("--format", choices=FORMATS, default="dps",
                    help="dps: the base64 TPM2B_PUBLIC alone (default); pem; json: every fact")
    ek.add_argument("--persist", action="store_true",
                    help="keep a newly created EK at its persistent handle")
    ek.add_argument("--manufacturer-cas", type=Path, metavar="PEM",
                    help="PEM bundle of TPM makers' CAs to check the EK certificate against")
    ek.set_defaults(handler=cmd_tpm_ek)
    return tpm


def choose_template(algorithm: str | None, template: str | None) -> str:
    """The EK template from ``--algorithm`` and ``--template``; they must agree if both given."""
    from station.credentials.tpm_templates import (
        DEFAULT_TEMPLATE,
        lookup_template,
        template_for_algorithm,
    )

    if template is None:
        return template_for_algorithm(algorithm) if algorithm else DEFAULT_TEMPLATE
    recipe = lookup_template(template)
    if algorithm and recipe.algorithm != algorithm:
        raise ConfigError(
            f"template {template!r} does not make an {algorithm.upper()} key",
            hint="give --algorithm or --template, or a template of that algorithm",
        )
    return template


def cmd_tpm_ek(args: argparse.Namespace) -> int:
    """Print the EK in the asked format; warnings to stderr. Returns the exit status."""
    from station.credentials.tpm import format_ek, read_endorsement_key

    ek = read_endorsement_key(
        args.tcti,
        template=choose_template(args.algorithm, args.template),
        persist=args.persist,
        manufacturer_cas=args.manufacturer_cas,
    )
    for warning in ek.warnings:
        print(f"station: warning: {warning}", file=sys.stderr)
    print(format_ek(ek, args.format))
    return 0
