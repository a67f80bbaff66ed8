"""A TCTI that reaches a board's TPM through the board: each command is relayed.

The board's factory firmware passes raw TPM commands to its TPM chip and
returns the raw response (the console protocol's ``TPM <hex>`` verb,
``ConsoleLink.tpm``). ``RelayTcti`` lets the TPM software stack use that as
its transport, so the station reads the EK of a TPM it has no wire to.

A RelayTcti belongs to the worker thread of its port, like the link it uses.
"""

from __future__ import annotations

from collections.abc import Callable

from tpm2_pytss import TCTI, PyTCTI, TSS2_Exception
from tpm2_pytss.constants import TSS2_RC

from station.core.errors import StationError, TransportError

# One raw TPM command in, its raw response out; raises TransportError on failure.
TpmExchange = Callable[[bytes], bytes]

MAX_RESPONSE = 4096  # TPM2 responses fit MAX_RESPONSE_SIZE, 4 KiB on common TPMs


class RelayTcti(PyTCTI):
    """A TCTI whose commands go through ``exchange`` (e.g. ``ConsoleLink.tpm``).

    When the relay fails, the TPM stack only sees "TCTI failure"; the
    station's own error is kept in ``failure`` so that ``open_esapi`` can
    report what really went wrong (a silent board, a board without a TPM).
    """

    def __init__(self, exchange: TpmExchange, *, description: str = "the board's TPM") -> None:
        super().__init__(max_size=MAX_RESPONSE, magic=b"STATION\x00")
        self.description = description
        self.failure: StationError | None = None
        self._exchange = exchange
        self._pending: bytes | None = None

    def do_transmit(self, command: bytes) -> None:
        self._pending = bytes(command)

    def do_receive(self, timeout: int) -> bytes:
        command, self._pending = self._pending, None
        if command is None:
            raise TSS2_Exception(TSS2_RC.TCTI_RC_BAD_SEQUENCE)
        try:
            response = self._exchange(command)
        except StationError as exc:
            self.failure = exc
            raise
        except Exception as exc:  # whatever the link raises becomes a station error
            self.failure = TransportError(f"relaying a TPM command failed: {exc}")
            raise
        self.failure = None
        return response

    def do_cancel(self) -> None:
        self._pending = None


def relay_tcti_for(link: object) -> TCTI:
    """A RelayTcti over a link that has a ``tpm(command) -> response`` method.

    Raises TransportError when the link cannot relay TPM commands.
    """
    exchange = getattr(link, "tpm", None)
    if not callable(exchange):
        port = getattr(link, "port", "this port")
        raise TransportError(
            f"the board link on {port} cannot relay TPM commands",
            hint="use a profile whose transport is the serial console, or a TPM the "
            "station reaches directly",
        )
    return RelayTcti(exchange, description=f"the TPM of the board on {getattr(link, 'port', '?')}")
