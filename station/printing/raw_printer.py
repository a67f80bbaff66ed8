"""Sending ZPL to a label printer's raw TCP port (9100, the de-facto port of Zebra
printers and their compatibles), with the printer's host status (``~HS``) read
before and after the label.

Before: a printer that is out of paper, has its head open or is paused is not
sent the label (it would sit in the printer's buffer unseen); the error says what
to fix. After: the printer answers ``~HS`` only once everything sent before it
arrived (``~`` commands are taken in the order received), so the answer proves
the whole label reached the printer; a printer that drops the connection mid-label
is noticed instead of passing silently. Printers that do not answer ``~HS`` are
used with ``check_status=False``.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from station.core.errors import ConfigError, StationError

RAW_PORT = 9100
CONNECT_TIMEOUT_S = 5.0
STATUS_TIMEOUT_S = 5.0
HOST_STATUS = b"~HS"
STX, ETX = b"\x02", b"\x03"
STATUS_LINES = 3  # ~HS answers with three <STX>…<ETX> strings


class PrinterError(StationError):
    """The label printer could not be reached, dropped the label or reports a fault."""

    code = "printer"
    default_hint = "check the printer"


@dataclass(frozen=True)
class PrinterAddress:
    host: str
    port: int = RAW_PORT

    @classmethod
    def parse(cls, text: str) -> PrinterAddress:
        """``HOST``, ``HOST:PORT`` or ``[IPv6]:PORT``."""
        value = text.strip()
        host, port = value, str(RAW_PORT)
        if value.startswith("["):
            host, _, rest = value[1:].partition("]")
            if rest.startswith(":"):
                port = rest[1:]
        elif value.count(":") == 1:
            host, port = value.split(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ConfigError(
                f"{text!r} is not a printer address",
                hint="give the printer as HOST or HOST:PORT, e.g. 10.0.4.21 or zebra-3:9100",
            )
        return cls(host, int(port))

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def send(self, zpl: str, *, check_status: bool = True) -> None:
        """``send_zpl`` to this printer."""
        send_zpl(self, zpl, check_status=check_status)


@dataclass(frozen=True)
class HostStatus:
    """The flags of a ``~HS`` answer that stop a label from printing."""

    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False

    @classmethod
    def parse(cls, answer: bytes) -> HostStatus:
        """Read the three ``<STX>…<ETX>`` strings of a ``~HS`` answer."""
        strings = [
            part.split(STX)[-1].decode("ascii", "replace").split(",")
            for part in answer.split(ETX)[:STATUS_LINES]
        ]
        try:
            first, second = strings[0], strings[1]
            return cls(
                paper_out=first[1] == "1",
                paused=first[2] == "1",
                head_open=second[2] == "1",
                ribbon_out=second[3] == "1",
            )
        except IndexError:
            raise ValueError(f"not a host status answer: {answer[:80]!r}") from None

    def faults(self) -> list[str]:
        names = [
            (self.paper_out, "out of paper"),
            (self.head_open, "has its head open"),
            (self.ribbon_out, "out of ribbon"),
            (self.paused, "paused"),
        ]
        return [name for present, name in names if present]


def _read_status(conn: socket.socket, printer: PrinterAddress, when: str) -> HostStatus:
    conn.sendall(HOST_STATUS)
    answer = b""
    while answer.count(ETX) < STATUS_LINES:
        try:
            chunk = conn.recv(1024)
        except TimeoutError:
            raise PrinterError(
                f"the printer at {printer} did not answer its host status (~HS) {when}",
                code="printer-no-status",
                hint="check the printer; one that never answers ~HS is used with "
                "--no-printer-status",
            ) from None
        if not chunk:
            raise PrinterError(
                f"the printer at {printer} closed the connection {when}",
                code="printer-dropped",
                hint="check the printer's power, network and display",
            )
        answer += chunk
    try:
        return HostStatus.parse(answer)
    except ValueError as exc:
        raise PrinterError(
            f"the printer at {printer} answered its host status (~HS) {when} with something "
            "else",
            hint="check that the address is a ZPL printer's raw port",
        ) from exc


def send_zpl(
    printer: PrinterAddress,
    zpl: str,
    *,
    check_status: bool = True,
    connect_timeout: float = CONNECT_TIMEOUT_S,
    status_timeout: float = STATUS_TIMEOUT_S,
) -> None:
    """Send one label's ZPL to ``printer``; returns once the printer has it.

    Raises PrinterError, one line naming the printer and the fault, when the printer
    cannot be reached, reports a fault, or drops the connection before it confirmed
    the label. Any thread.
    """
    try:
        conn = socket.create_connection((printer.host, printer.port), timeout=connect_timeout)
    except OSError as exc:
        why = "refused the connection" if isinstance(exc, ConnectionRefusedError) else (
            f"cannot be reached ({exc.strerror or exc})"
        )
        raise PrinterError(
            f"the printer at {printer} {why}",
            code="printer-unreachable",
            hint="check that the printer is on and on the network",
        ) from None
    with conn:
        conn.settimeout(status_timeout)
        try:
            if check_status:
                faults = _read_status(conn, printer, "before the label").faults()
                if faults:
                    raise PrinterError(
                        f"the printer at {printer} is {' and '.join(faults)}; the label was "
                        "not sent",
                        code="printer-fault",
                        hint="see to the printer",
                    )
            conn.sendall(zpl.encode("utf-8"))
            if check_status:
                _read_status(conn, printer, "before it confirmed the label")
        except OSError as exc:
            raise PrinterError(
                f"the printer at {printer} dropped the connection while the label was sent "
                f"({exc.strerror or exc})",
                code="printer-dropped",
                hint="check the printer's power, network and display",
            ) from None
