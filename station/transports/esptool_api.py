"""esptool, imported the one way the station uses it.

esptool reads ``esptool.cfg`` / ``setup.cfg`` / ``tox.ini`` from the current
folder (and ``~/.config/esptool``) when ``esptool.loader`` is first imported,
so a stray file on the factory PC could change its timeouts or reset sequence.
Importing esptool through this module points ``ESPTOOL_CFGFILE`` at a file of
ours with an empty ``[esptool]`` section (esptool ignores a file without the
section and goes on searching), then removes the file and restores the
environment: the settings are read once, at import.

Every station module that needs esptool imports it from here. Importing it
also installs the station's routing logger (``esptool_logging``), so esptool
never prints to the terminal behind the station's back, and makes esptool's
packet hex dumps only when ``TRACE_PACKETS`` asks for them. ``open_port``
opens ``socket://`` ports (virtual boards, serial-over-TCP bridges) so that
esptool reads a reply whole, as it does from a serial device.
"""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Any

CONFIG_ENV_VAR = "ESPTOOL_CFGFILE"


def _import_esptool_with_our_config() -> None:
    if "esptool.loader" in sys.modules:
        return  # already imported (and configured) by someone else; nothing to change now
    fd, path = tempfile.mkstemp(prefix="station-esptool-", suffix=".cfg")
    with os.fdopen(fd, "w", encoding="utf-8") as cfg:
        cfg.write("[esptool]\n")
    previous = os.environ.get(CONFIG_ENV_VAR)
    os.environ[CONFIG_ENV_VAR] = path
    try:
        import esptool.loader  # noqa: F401  (reads the config file now)
    finally:
        if previous is None:
            os.environ.pop(CONFIG_ENV_VAR, None)
        else:
            os.environ[CONFIG_ENV_VAR] = previous
        os.unlink(path)


_import_esptool_with_our_config()

# The imports below find esptool already loaded with our (empty) configuration.
import select  # noqa: E402
import time  # noqa: E402

from esptool import cmds  # noqa: E402
from esptool import loader as _esptool_loader  # noqa: E402
from esptool.config import load_config_file  # noqa: E402
from esptool.loader import ESPLoader  # noqa: E402
from esptool.util import (  # noqa: E402
    FatalError,
    NotImplementedInROMError,
    UnsupportedCommandError,
    flash_size_bytes,
)
from serial import SerialBase, SerialException  # noqa: E402
from serial.serialutil import (  # noqa: E402
    PortNotOpenError,
    SerialTimeoutException,
    Timeout,
    to_bytes,
)
from serial.urlhandler import protocol_socket as _socket_port  # noqa: E402

from station.transports.esptool_logging import install_esptool_logger  # noqa: E402

install_esptool_logger()

# Set True (before a unit runs) to have esptool's trace show every packet in hex.
TRACE_PACKETS = False


class _HexDumpWhenTracing(_esptool_loader.HexFormatter):  # type: ignore[misc]
    """esptool's hex dump of a packet, made only when packets are traced.

    esptool 5 puts ``HexFormatter`` in f-strings for its trace, so every packet
    sent and every read is dumped in hex even with tracing off: about 1 s of CPU
    per megabyte written, taken on the worker thread between blocks, and the
    same time held from every other port's thread.
    """

    def __str__(self) -> str:
        if TRACE_PACKETS:
            return str(super().__str__())
        return f"<{len(self._s)} bytes>"


_esptool_loader.HexFormatter = _HexDumpWhenTracing


class _SocketPort(_socket_port.Serial):  # type: ignore[misc]
    """pyserial's ``socket://`` port, read and written as a serial device is.

    pyserial's reports 1 byte waiting however many wait, so esptool (which reads
    what ``in_waiting`` reports) takes a reply a byte at a time, three system
    calls a byte, each a turn at the GIL that the other ports' threads queue for.
    Here what has arrived is taken in one ``recv`` and held, as a serial driver
    holds it, and ``in_waiting`` counts it; a send waits only when the socket is full.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._held = bytearray()
        self._drained = False  # the last look found the socket empty
        super().__init__(*args, **kwargs)

    def open(self) -> None:
        self._held = bytearray()
        self._drained = False
        super().open()

    @property
    def in_waiting(self) -> int:
        if not self.is_open:
            raise PortNotOpenError()
        if not self._held:
            try:
                self._receive(0)
            except SerialException:
                pass  # the read that follows reports it
        return len(self._held)

    def read(self, size: int = 1) -> bytes:
        if not self.is_open:
            raise PortNotOpenError()
        if len(self._held) < size:
            timeout = Timeout(self._timeout)
            while len(self._held) < size and self._receive(timeout.time_left()):
                if timeout.expired():
                    break
        data = bytes(self._held[:size])
        del self._held[:size]
        return data

    def _receive(self, wait: float | None) -> bool:
        """Add what the socket holds to ``_held``, waiting up to ``wait`` seconds (None:
        for ever) for it; False when nothing came."""
        deadline = None if wait is None else time.monotonic() + wait
        while True:
            try:
                if self._drained and wait != 0:
                    # Just found empty: wait for the socket rather than look again.
                    left = None if deadline is None else max(0.0, deadline - time.monotonic())
                    ready, _, _ = select.select([self._socket], [], [], left)
                    if not ready:
                        return False
                chunk = self._socket.recv(_RECEIVE_SIZE)
            except (BlockingIOError, InterruptedError):
                self._drained = True
                if wait == 0 or (deadline is not None and time.monotonic() >= deadline):
                    return False
                continue
            except OSError as exc:
                raise SerialException(f"read failed: {exc}") from exc
            if not chunk:
                raise SerialException("socket disconnected")
            self._drained = False
            self._held += chunk
            return True

    def write(self, data: bytes) -> int:
        if not self.is_open:
            raise PortNotOpenError()
        view = memoryview(to_bytes(data))
        timeout: Timeout | None = None
        while view:
            try:
                view = view[self._socket.send(view) :]
            except (BlockingIOError, InterruptedError):
                timeout = timeout or Timeout(self._write_timeout)
                _, ready, _ = select.select([], [self._socket], [], timeout.time_left())
                if not ready:
                    raise SerialTimeoutException("Write timeout") from None
            except OSError as exc:
                raise SerialException(f"write failed: {exc}") from exc
        return len(data)

    def reset_input_buffer(self) -> None:
        self._held.clear()
        super().reset_input_buffer()


_RECEIVE_SIZE = 64 * 1024


def open_port(port: str | SerialBase) -> str | SerialBase:
    """What to hand esptool for ``port``: a ``socket://`` URL opened here (see
    ``_SocketPort``), anything else as it is (esptool opens names itself).

    Raises FatalError worded as esptool's own when a socket cannot be opened.
    """
    if not isinstance(port, str) or not port.lower().startswith("socket://"):
        return port
    opened = _SocketPort(None)
    opened.port = port
    try:
        opened.open()
    except SerialException as exc:
        raise FatalError(
            f"Could not open {port}, the port is busy or doesn't exist.\n({exc})"
        ) from exc
    return opened

__all__ = [
    "ESPLoader",
    "FatalError",
    "NotImplementedInROMError",
    "UnsupportedCommandError",
    "cmds",
    "flash_size_bytes",
    "load_config_file",
    "open_port",
]
