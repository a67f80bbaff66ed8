"""Where the automation API listens: loopback by default, anything else on purpose."""

from __future__ import annotations

import ipaddress
import socket

from station.core.errors import ConfigError

DEFAULT_BIND = "127.0.0.1"
DEFAULT_API_PORT = 8765


def listen(bind: str, port: int) -> tuple[socket.socket, bool]:
    """A listening socket on ``bind:port``, and whether it is a loopback address.
    Raises ConfigError naming the address when it cannot be had."""
    where = f"{bind}:{port}"
    try:
        infos = socket.getaddrinfo(bind, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigError(
            f"cannot listen on {where}: {exc.strerror}",
            hint="give --bind an address of this computer, e.g. 127.0.0.1",
        ) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise ConfigError(
            f"cannot listen on {where}: {exc.strerror or exc}",
            hint="choose another --api-port, or stop the program that uses this one",
        ) from None
    return sock, ipaddress.ip_address(address[0]).is_loopback
