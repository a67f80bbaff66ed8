"""Run a virtual console board until interrupted: `station simulate console`.

    station simulate console --listen 127.0.0.1:4100 [--board-type T] [--fault F] [--swap]
        [--protocol 1] [--commit-fault F] [--boot-s S] [--boot-chatter] [--prompt P]
        [--value-limit N] [--key-limit N] [--line-limit N] [--chunk N]
        [--csr-fault F] [--no-keygen]
"""

from __future__ import annotations

import argparse
import threading

from station.credentials.keys import KEY_ALGORITHMS
from station.simulation.console_board import (
    COMMIT_FAULTS,
    CSR_FAULTS,
    DEFAULT_KEY_LIMIT,
    DEFAULT_STAGE_LIMIT,
    DEFAULT_VALUE_LIMIT,
    FAULTS,
    VirtualConsoleBoard,
)
from station.simulation.esp32.__main__ import parse_listen
from station.transports.console_protocol import (
    DEFAULT_CHUNK,
    DEFAULT_LINE_LIMIT,
    MIN_LINE_LIMIT,
    PROTOCOL_VERSION,
    PROTOCOL_VERSIONS,
)


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
    parser.add_argument("--protocol", type=int, choices=PROTOCOL_VERSIONS,
                        default=PROTOCOL_VERSION,
                        help="newest console protocol version the board speaks (1: an old board)")
    parser.add_argument("--commit-fault", choices=COMMIT_FAULTS, help="make COMMIT go wrong")
    parser.add_argument("--boot-s", type=float, default=0.0,
                        help="seconds each start takes; input meanwhile is lost")
    parser.add_argument("--boot-chatter", action="store_true",
                        help="print bootloader output (some of it not text) when starting")
    parser.add_argument("--prompt", default="",
                        help="print this prompt, without a line feed, after the banner and replies")
    parser.add_argument("--value-limit", type=int, default=DEFAULT_VALUE_LIMIT,
                        help="longest string or blob the board takes, in bytes")
    parser.add_argument("--key-limit", type=int, default=DEFAULT_KEY_LIMIT,
                        help="most keys one namespace holds")
    parser.add_argument("--stage-limit", type=int, default=DEFAULT_STAGE_LIMIT,
                        help="most string and blob bytes one transaction stages")
    parser.add_argument("--line-limit", type=int, default=DEFAULT_LINE_LIMIT,
                        help=f"longest request line, newline included (at least {MIN_LINE_LIMIT})")
    parser.add_argument("--chunk", type=int, default=DEFAULT_CHUNK,
                        help="most bytes one BLOB DATA or READ carries")
    parser.add_argument("--csr-fault", choices=CSR_FAULTS,
                        help="spoil the certificate requests the board makes for its keys")
    parser.add_argument("--no-keygen", action="store_true",
                        help="make no device keys: announce no keygen, answer no KEY verb")
    return parser


def main(argv: list[str] | None = None, stop: threading.Event | None = None) -> int:
    args = build_parser().parse_args(argv)
    board = VirtualConsoleBoard(
        board_type=args.board_type,
        mac=args.mac,
        fault=args.fault,
        swap_on_reboot=args.swap,
        protocol=args.protocol,
        commit_fault=args.commit_fault,
        boot_s=args.boot_s,
        boot_chatter=args.boot_chatter,
        prompt=args.prompt,
        value_limit=args.value_limit,
        key_limit=args.key_limit,
        stage_limit=args.stage_limit,
        line_limit=max(args.line_limit, MIN_LINE_LIMIT),
        chunk=max(args.chunk, 1),
        key_algorithms=() if args.no_keygen else KEY_ALGORITHMS,
        csr_fault=args.csr_fault,
    )
    host, port = parse_listen(args.listen)
    served = board.serve_pty() if args.pty else board.serve_tcp(host, port)
    print(
        f"virtual {args.board_type} board (MAC {board.mac}, console protocol "
        f"{args.protocol}) on {served.url}",
        flush=True,
    )
    try:
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        pass
    finally:
        served.stop()
    return 0
