"""``station manifest key show|backup|restore``: where a manifest's station key is kept,
its passphrase-protected backup, and putting it back on this or another PC.

Passphrases come from ``$STATION_BACKUP_PASSPHRASE`` or are asked for on the
terminal, never from an argument: the command line is visible to other users.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from station.core.errors import ConfigError
from station.core.locations import default_manifest
from station.manifest.custody.backup import write_backup
from station.manifest.custody.keyref import keyref_path, read_keyref
from station.manifest.custody.restore import check_backup_matches, restore_key
from station.manifest.custody.station_keys import KeyAccess, custody_named, key_for_reading

BACKUP_PASSPHRASE_ENV = "STATION_BACKUP_PASSPHRASE"


def add_key_parser(manifest_commands: argparse._SubParsersAction) -> None:
    key = manifest_commands.add_parser(
        "key", help="the manifest's station key: where it is, its backup, its restore"
    ).add_subparsers(dest="key_command", required=True, metavar="ACTION")
    show = key.add_parser("show", help="which key the manifest uses and where it is kept")
    show.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    show.set_defaults(handler=cmd_key_show)
    backup = key.add_parser(
        "backup", help=f"write a passphrase-protected backup of the key (passphrase: "
        f"${BACKUP_PASSPHRASE_ENV} or asked for)")
    backup.add_argument("--to", required=True, type=Path, help="the backup file to write")
    backup.add_argument("--manifest", type=Path,
                        help="manifest whose key to back up (default: the station's)")
    backup.set_defaults(handler=cmd_key_backup)
    restore = key.add_parser(
        "restore", help="put the key from a backup into this PC's custody for the manifest")
    restore.add_argument("backup_file", type=Path, metavar="BACKUP_FILE",
                         help="the file `station manifest key backup` wrote")
    restore.add_argument("--manifest", type=Path,
                         help="manifest the key belongs to (default: the station's)")
    restore.set_defaults(handler=cmd_key_restore)


def cmd_key_show(args: argparse.Namespace) -> int:
    manifest = args.manifest or default_manifest()
    ref = read_keyref(manifest)
    if ref is None:
        print(f"{manifest} has no key reference ({keyref_path(manifest).name}): "
              "the station makes or moves its key at the next provisioning start")
        return 0
    where = custody_named(ref.custody, manifest, KeyAccess()).describe()
    key_for_reading(manifest)  # raises, with the restore hint, when this PC lacks it
    print(f"station key {ref.key_id}, kept {where}; this PC holds it")
    return 0


def cmd_key_backup(args: argparse.Namespace) -> int:
    manifest = args.manifest or default_manifest()
    key = key_for_reading(manifest)
    if key is None:
        raise ConfigError(
            f"{manifest} has no station key yet",
            hint="provision a unit first; its key is made then",
        )
    if args.to.exists():
        raise ConfigError(f"{args.to} already exists", hint="choose a new file for the backup")
    write_backup(key, args.to, _passphrase(confirm=True))
    print(f"backup of station key {key.key_id} written to {args.to}; keep it, and its "
          "passphrase, apart from the station")
    return 0


def cmd_key_restore(args: argparse.Namespace) -> int:
    manifest = args.manifest or default_manifest()
    check_backup_matches(manifest, args.backup_file)
    key, where = restore_key(manifest, args.backup_file, _passphrase(confirm=False))
    print(f"station key {key.key_id} restored for {manifest}, kept {where}")
    return 0


def _passphrase(*, confirm: bool) -> str:
    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV, "")
    if passphrase:
        return passphrase
    if sys.stdin is None or not sys.stdin.isatty():
        raise ConfigError(
            "no backup passphrase given",
            hint=f"set {BACKUP_PASSPHRASE_ENV}, or run the command in a terminal to type it",
        )
    passphrase = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Type it again: ") != passphrase:
        raise ConfigError("the two passphrases differ", hint="run the command again")
    return passphrase
