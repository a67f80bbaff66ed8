"""Run a virtual console board until interrupted: `station simulate console`.

    station simulate console --listen 127.0.0.1:4100 [--board-type T] [--fault F] [--swap]
"""

from __future__ import annotations

import argparse
import threading

from station.simulation.console_board import FAULTS, VirtualConsoleBoard
from station.simulation.esp32.__main__ import parse_listen


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station simulate console",
        description="Serve a virtual board that speaks the serial console protocol.",
    )
    parser.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT (default: free port)")
    parser.add_argument("--pty", action="store_true", help="serve on a pseudo-terminal instead")
    parser.add_argument("--board-type", default="virtual-console")
    parser.add_argument("--mac", help="the board's MAC (default: random)")
    parser.add_argument("--fault", choices=FAULTS, help="make the board misbehave")
    parser.add_argument("--swap", action="store_true",
                        help="become a fresh board after each reboot, as on a production line")
    return parser


def main(argv: list[str] | None = None, stop: threading.Event | None = None) -> int:
    args = build_parser().parse_args(argv)
    board = VirtualConsoleBoard(
        board_type=args.board_type, mac=args.mac, fault=args.fault, swap_on_reboot=args.swap
    )
    host, port = parse_listen(args.listen)
    served = board.serve_pty() if args.pty else board.serve_tcp(host, port)
    print(f"virtual {args.board_type} board (MAC {board.mac}) on {served.url}", flush=True)
    try:
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        pass
    finally:
        served.stop()
    return 0
