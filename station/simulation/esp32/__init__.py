"""A virtual ESP32 board that speaks the ESP ROM serial bootloader protocol.

The real esptool drives it over a loopback socket (``socket://127.0.0.1:PORT``)
or a pseudo-terminal without telling it from a chip: SYNC, register reads
(chip detection, eFuse MAC, SPI flash ID), flash writes with and without
compression, MD5 checks, read-back, erase, and the flasher stub upload.

    board = VirtualEsp32(chip="esp32", mac="24:0a:c4:12:34:56")
    with board.serve_tcp() as server:
        ...  # esptool --port server.url ...
"""

from station.simulation.esp32.board import FAULTS, VirtualEsp32, format_mac, parse_mac
from station.simulation.esp32.server import PtyServer, TcpServer

__all__ = ["FAULTS", "PtyServer", "TcpServer", "VirtualEsp32", "format_mac", "parse_mac"]
