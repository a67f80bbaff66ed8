"""``station label print`` and the label-printer options of ``station provision`` and
``station serve`` (``--label-printer HOST[:PORT]`` and the label stock)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from station.core.errors import ConfigError, StationError
from station.core.locations import default_manifest
from station.core.private_files import private_output
from station.printing.raw_printer import RAW_PORT, PrinterAddress
from station.printing.spooler import LabelPrinting, LabelSpooler, Observer, manifest_labels
from station.printing.stock import DEFAULT_DPI, DEFAULT_STOCK, PRINTER_DPI, LabelStock
from station.printing.zpl import render_zpl
from station.profiles.loader import find_profile


def _stock_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--label-stock", default=DEFAULT_STOCK, metavar="WxH",
                         help=f"the label's size in mm, width across the print head first "
                         f"(default {DEFAULT_STOCK})")
    command.add_argument("--label-dpi", type=int, default=DEFAULT_DPI, choices=PRINTER_DPI,
                         help=f"the printer's resolution (default {DEFAULT_DPI})")
    command.add_argument("--no-printer-status", action="store_true",
                         help="do not ask the printer for its host status (~HS), for "
                         "printers that never answer it; a label dropped mid-way then goes "
                         "unnoticed")


def add_label_options(command: argparse.ArgumentParser) -> None:
    """The options that print each provisioned unit's label (``provision``, ``serve``)."""
    command.add_argument("--label-printer", metavar="HOST[:PORT]",
                         help="print each provisioned unit's label on this ZPL printer "
                         f"(raw TCP, port {RAW_PORT} unless given)")
    _stock_options(command)


def label_printing_from(args: argparse.Namespace) -> LabelPrinting | None:
    """The printer and stock the options name, and the label layout of the job's
    profile (``--profile``, its ``[label]``); None without ``--label-printer``.
    Raises ConfigError for an address, stock or profile that cannot be used."""
    if not getattr(args, "label_printer", None):
        return None
    profile = getattr(args, "profile", None)
    return LabelPrinting(
        PrinterAddress.parse(args.label_printer),
        LabelStock.parse(args.label_stock, args.label_dpi),
        check_status=not args.no_printer_status,
        layout=find_profile(profile).profile.label_layout if profile else None,
    )


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@contextmanager
def printing_labels(args: argparse.Namespace, emit: Observer) -> Iterator[Observer]:
    """While the block runs, print the label of every unit recorded provisioned, when
    ``--label-printer`` asks for it; yields the ``emit`` to provision with.

    Made for ``cmd_provision``: ``with printing_labels(args, printer) as emit:``.
    """
    printing = label_printing_from(args)
    if printing is None:
        yield emit
        return
    manifest = getattr(args, "manifest", None) or default_manifest()
    with LabelSpooler(printing, manifest_labels(manifest), _say) as spooler:
        yield spooler.observe(emit)
    if spooler.unprinted:
        _say(f"{len(spooler.unprinted)} label(s) not printed; the units are provisioned and "
             f"their labels can be printed again: {printing.again(' '.join(spooler.unprinted))}")


def add_label_parser(commands: argparse._SubParsersAction) -> None:
    label = commands.add_parser("label", help="unit labels on ZPL label printers").add_subparsers(
        dest="label_command", required=True, metavar="ACTION")
    printing = label.add_parser(
        "print", help="print provisioned units' labels on a ZPL printer, or write their ZPL",
        description="Print the label of each provisioned unit named, made from the manifest "
        "(device ID, ID scope and a QR code of both), on a ZPL II printer's raw TCP port or "
        "into a file, in the layout of the unit's profile ([label]) when it has one. The "
        "device key is never printed.")
    printing.add_argument("device_ids", nargs="+", metavar="DEVICE_ID",
                          help="the provisioned units whose labels to print")
    target = printing.add_mutually_exclusive_group(required=True)
    target.add_argument("--printer", metavar="HOST[:PORT]",
                        help=f"the printer's address (raw TCP, port {RAW_PORT} unless given)")
    target.add_argument("--out", metavar="FILE", help="write the ZPL to FILE (- for the output)")
    printing.add_argument("--manifest", type=Path, help="manifest file (default: the station's)")
    _stock_options(printing)
    printing.set_defaults(handler=cmd_label_print)


def cmd_label_print(args: argparse.Namespace) -> int:
    from station.manifest import Manifest
    from station.printing.records import record_label, record_layout

    stock = LabelStock.parse(args.label_stock, args.label_dpi)
    manifest = args.manifest or default_manifest()
    if not manifest.exists():
        raise ConfigError(f"there is no manifest at {manifest}", hint="pass --manifest PATH")
    # Every label is made before any is sent or written: a wrong ID sends nothing. Each
    # comes out in its unit's profile's layout, when the profile has one.
    with Manifest.open(manifest, None, read_only=True) as store:
        labels = [record_label(store, device_id) for device_id in args.device_ids]
        layouts = {device_id: record_layout(store, device_id) for device_id in args.device_ids}
    if args.out:
        zpl = "".join(render_zpl(label, stock, layouts[label.device_id]) for label in labels)
        if args.out == "-":
            sys.stdout.write(zpl)
        else:
            with private_output(Path(args.out), secret=False) as out:
                out.write(zpl.encode("utf-8"))
            print(f"{len(labels)} label(s) written to {args.out} ({stock.describe()})")
        return 0
    printing = LabelPrinting(
        PrinterAddress.parse(args.printer), stock, check_status=not args.no_printer_status
    )
    failed = 0
    for label in labels:
        try:
            printing.print_label(label, layouts[label.device_id])
        except StationError as exc:
            failed += 1
            _say(printing.failure_line(label.device_id, exc))
        else:
            print(f"{label.device_id}: label printed on {printing.printer}")
    return 1 if failed else 0
