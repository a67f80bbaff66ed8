"""Run a virtual ESP32 board until interrupted.

    python -m station.simulation.esp32 --listen 127.0.0.1:4000 --chip esp32c3 \\
        --flash-file board.bin --mac 24:0a:c4:12:34:56

prints the port URL esptool takes (``socket://127.0.0.1:4000``) and serves
until Ctrl+C. ``--pty`` serves on a pseudo-terminal instead.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from station.core.errors import ConfigError, StationError
from station.simulation.esp32.board import DEFAULT_FLASH_SIZE, FAULTS, VirtualEsp32
from station.simulation.esp32.chips import CHIPS


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (or just ``PORT``, on 127.0.0.1) as a (host, port) pair."""
    host, _, port = text.rpartition(":")
    try:
        number = int(port)
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise ConfigError(
            f"{text!r} is not a HOST:PORT to listen on",
            hint="write it like 127.0.0.1:4000 (port 0 picks a free one)",
        )
    return host or "127.0.0.1", number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station simulate esp32",
        description="Serve a virtual ESP32 board that esptool can flash.",
    )
    parser.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT (default: free port)")
    parser.add_argument("--pty", action="store_true", help="serve on a pseudo-terminal instead")
    parser.add_argument("--chip", choices=sorted(CHIPS), default="esp32",
                        help="the chip the board reports (default: esp32)")
    parser.add_argument("--mac", help="base MAC in eFuse (default: derived from --seed)")
    parser.add_argument("--seed", default="virtual-esp32", help="seed for the default MAC")
    parser.add_argument("--flash-file", type=Path, help="keep the flash in this file")
    parser.add_argument("--flash-size", type=int, default=DEFAULT_FLASH_SIZE, help="bytes")
    parser.add_argument("--baud-emulation", action="store_true", help="pace bytes like a UART")
    parser.add_argument("--fault", choices=FAULTS, help="inject a failure")
    return parser


def run_forever(
    board: VirtualEsp32,
    listen: tuple[str, int] = ("127.0.0.1", 0),
    pty: bool = False,
    announce: Callable[[str], None] = print,
    stop: threading.Event | None = None,
) -> None:
    """Serve ``board`` until ``stop`` is set (or forever); ``announce`` gets the port.

    Blocks the calling thread; the board is served on a background thread.
    """
    server = board.serve_pty() if pty else board.serve_tcp(*listen)
    try:
        announce(server.url)
        (stop or threading.Event()).wait()
    finally:
        server.stop()
        board.close()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        board = VirtualEsp32(
            chip=args.chip,
            mac=args.mac,
            flash_size=args.flash_size,
            flash_file=args.flash_file,
            baud_emulation=args.baud_emulation,
            fault=args.fault,
            seed=args.seed,
        )
        listen = parse_listen(args.listen)

        def announce(url: str) -> None:
            print(f"Virtual {board.chip_name} (MAC {board.mac}) on {url}", flush=True)

        run_forever(board, listen, pty=args.pty, announce=announce)
    except StationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
