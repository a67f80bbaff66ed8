"""The commands of station.automation and station.printing, run as ``station.cli.main``
runs commands (a StationError is one line on stderr and exit status 1), until
their lines are in ``station.cli.build_parser``. Also runnable as a program:
``python -m tests.new_commands serve …``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from station.automation.cli_commands import add_serve_parser
from station.core.errors import StationError
from station.printing.cli_commands import add_label_parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="station")
    commands = parser.add_subparsers(dest="command", required=True)
    add_serve_parser(commands)
    add_label_parser(commands)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except StationError as exc:
        print(f"station: {exc.line()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
