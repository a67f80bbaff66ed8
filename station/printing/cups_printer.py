"""Sending ZPL to a CUPS queue: a label printer set up in CUPS as a raw queue, fed with
``lp -d QUEUE -o raw`` (CUPS's own client, so nothing of the print system is rewritten).

CUPS spools what it is given, so a label handed over is not lost when the printer
is off; but CUPS cannot relay a ZPL printer's host status (~HS), so what is checked
before a label is handed over is the queue itself: that it exists and accepts and
prints jobs (``lpstat``). A queue stopped by CUPS (after the printer failed, or by
hand) says so with CUPS's reason.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

from station.core.errors import ConfigError
from station.printing.raw_printer import PrinterError

LP = "lp"
LPSTAT = "lpstat"
COMMAND_TIMEOUT_S = 30.0
JOB_TITLE = "unit label"
# CUPS queue names: printable, no spaces, slashes or '#' (cupsd refuses them), 127 at most.
_QUEUE_NAME = re.compile(r"^[^\s/#\\\x00-\x1f\x7f]{1,127}$")
_CLIENT_HINT = "install CUPS's client programs (Debian: apt-get install cups-client)"


@dataclass(frozen=True)
class CupsQueue:
    """A CUPS queue that takes raw ZPL (``lp -o raw``)."""

    name: str

    @classmethod
    def parse(cls, text: str) -> CupsQueue:
        """The queue named ``text``; ConfigError for a name CUPS cannot have."""
        name = text.strip()
        if not _QUEUE_NAME.match(name):
            raise ConfigError(
                f"{text!r} is not the name of a CUPS queue",
                hint="give the queue's name as lpstat -p lists it, e.g. zebra-line3",
            )
        return cls(name)

    def __str__(self) -> str:
        return f"CUPS queue {self.name}"

    def send(self, zpl: str, *, check_status: bool = True) -> None:
        """Hand one label's ZPL to the queue; raises PrinterError in one line when the
        queue is missing or stopped (``check_status``) or ``lp`` refuses it. Any thread."""
        if check_status:
            self.check()
        done = _run([LP, "-d", self.name, "-o", "raw", "-t", JOB_TITLE], zpl.encode("utf-8"))
        if done.returncode != 0:
            raise PrinterError(
                f"the {self} refused the label: {_first_line(done)}",
                hint="check the queue with lpstat -p and the CUPS web page (localhost:631)",
            )

    def check(self) -> None:
        """Raise PrinterError when the queue does not exist, or CUPS has stopped it."""
        done = _run([LPSTAT, "-p", self.name], b"")
        said = _first_line(done)
        if done.returncode != 0:
            raise PrinterError(
                f"there is no {self} ({said})",
                code="printer-queue-missing",
                hint="add the label printer to CUPS as a raw queue, or choose its queue again",
            )
        text = done.stdout.decode("utf-8", "replace")
        if " disabled" in text.split("\n", 1)[0]:
            reason = " ".join(line.strip() for line in text.splitlines()[1:] if line.strip())
            raise PrinterError(
                f"the {self} is stopped" + (f": {reason}" if reason else ""),
                code="printer-queue-stopped",
                hint=f"see to the printer, then start the queue again (cupsenable {self.name})",
            )


def _run(command: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(command, input=data, capture_output=True,
                              timeout=COMMAND_TIMEOUT_S, check=False)
    except FileNotFoundError:
        raise PrinterError(
            f"CUPS's {command[0]} program is not installed on this PC",
            hint=_CLIENT_HINT,
            code="cups-missing",
        ) from None
    except subprocess.TimeoutExpired:
        raise PrinterError(
            f"CUPS did not answer {command[0]} within {COMMAND_TIMEOUT_S:g} s",
            hint="check that the CUPS service runs (systemctl status cups)",
        ) from None


def _first_line(done: subprocess.CompletedProcess[bytes]) -> str:
    text = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else f"exit status {done.returncode}"
