"""Opening serial ports (real, TCP or RFC 2217) and listing the ones present."""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass

import serial
from serial.tools import list_ports as _list_ports

from station.core.errors import ConfigError, TransportError

_BUSY_ERRNOS = {errno.EBUSY, errno.EAGAIN, errno.EWOULDBLOCK}
_MISSING_ERRNOS = {errno.ENOENT, errno.ENODEV, errno.ENXIO}


@dataclass(frozen=True)
class PortInfo:
    """One serial port the system knows; ``vid``/``pid`` are None for non-USB ports."""

    device: str
    description: str = ""
    hwid: str = ""
    vid: int | None = None
    pid: int | None = None
    serial_number: str = ""


def list_ports() -> list[PortInfo]:
    """The serial ports present now, sorted by device name."""
    found = [
        PortInfo(
            device=port.device,
            description=port.description or "",
            hwid=port.hwid or "",
            vid=port.vid,
            pid=port.pid,
            serial_number=port.serial_number or "",
        )
        for port in _list_ports.comports()
    ]
    return sorted(found, key=lambda info: info.device)


PORT_SCHEMES = ("socket", "rfc2217")
PORT_FORMS = "a serial device (/dev/ttyUSB0, COM3), socket://HOST:PORT or rfc2217://HOST:PORT"


def check_port_name(port: str) -> str:
    """Return ``port`` when it has a form the station opens; raise ConfigError otherwise.

    Checked before a job starts, so a typo is not reported as a failed unit.
    """
    scheme, sep, rest = port.partition("://")
    if not port.strip() or (sep and (scheme.lower() not in PORT_SCHEMES or not rest)):
        raise ConfigError(f"{port!r} is not a port the station can open", hint=f"give {PORT_FORMS}")
    if not sep and port.startswith("/") and not os.path.exists(port):
        present = ", ".join(p.device for p in list_ports()) or "none"
        raise ConfigError(
            f"there is no serial port {port}",
            hint=f"check the cable and the port name; serial ports here now: {present}",
        )
    return port


def open_port(
    port: str, baud: int, timeout: float, *, write_timeout: float | None = None
) -> serial.SerialBase:
    """Open ``port`` (a device, ``socket://host:port`` or ``rfc2217://host:port``).

    ``timeout`` is the read timeout of the returned object. Local ports are
    opened for exclusive use. DTR and RTS are left as pyserial sets them on
    open; nothing here toggles them (a pseudo-terminal refuses the ioctl).
    Raises TransportError with a hint when the port is busy, missing,
    forbidden or refuses the connection.
    """
    is_url = "://" in port
    options: dict[str, object] = {"baudrate": baud, "timeout": timeout}
    # pyserial's RFC 2217 client has no write timeout; the server's buffers bound a write.
    if not port.lower().startswith("rfc2217://"):
        options["write_timeout"] = write_timeout
    if not is_url:
        options["exclusive"] = True
    try:
        return serial.serial_for_url(port, **options)
    except ValueError as exc:
        raise TransportError(
            f"cannot open port {port}: {exc}",
            hint="give a device such as /dev/ttyUSB0 or COM3, or socket://host:port",
        ) from exc
    except (serial.SerialException, OSError) as exc:
        raise _open_error(port, exc) from exc


def _open_error(port: str, exc: BaseException) -> TransportError:
    code = getattr(exc, "errno", None)
    text = str(exc)
    lowered = text.lower()
    if code == errno.ECONNREFUSED or _mentions(lowered, "connection refused"):
        return TransportError(
            f"nothing accepts connections at {port}",
            hint="start the virtual board or the serial server, and check host and port",
        )
    if code in _BUSY_ERRNOS or _mentions(lowered, "busy", "exclusively lock", "access is denied"):
        # Windows says "Access is denied" when another program holds a COM port.
        return TransportError(
            f"port {port} is in use by another program",
            hint="close the serial monitor or other station window that holds it, "
            "or unplug the board and plug it in again",
        )
    if code == errno.EACCES or _mentions(lowered, "permission denied"):
        hint = (
            "add your user to the dialout group (sudo usermod -aG dialout $USER), "
            "then log out and in again"
            if sys.platform.startswith("linux")
            else "check that your user may use serial ports"
        )
        return TransportError(f"no permission to open port {port}", hint=hint)
    if code in _MISSING_ERRNOS or _mentions(
        lowered, "no such file", "filenotfounderror", "cannot find the file"
    ):
        present = ", ".join(info.device for info in list_ports()) or "none"
        return TransportError(
            f"there is no port {port}",
            hint=f"check the cable and the port name; ports present now: {present}",
        )
    return TransportError(f"cannot open port {port}: {text}")


def _mentions(text: str, *phrases: str) -> bool:
    return any(phrase in text for phrase in phrases)
