"""Reaching a TPM: TCTI configuration strings and ESAPI contexts.

A TCTI ("TPM command transmission interface") says how TPM commands travel:
``device:/dev/tpmrm0`` for the machine's own TPM, ``swtpm:host=…,port=…``
for the swtpm simulator, ``mssim:host=…,port=…`` for the Microsoft
simulator, or a Python TCTI object (see ``station.credentials.tpm_relay``) for
a TPM on a board that the station reaches through its serial console.

Each ESAPI context belongs to the thread that opened it; a TPM reached over
swtpm serves one client at a time, so contexts are opened for one piece of
work and closed straight after.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeAlias

# The TSS libraries log warnings to stderr on every expected miss (an absent
# NV index, an absent persistent key); a person can still turn them on.
os.environ.setdefault("TSS2_LOG", "all+none")

from tpm2_pytss import ESAPI, TCTI, TSS2_Exception  # noqa: E402
from tpm2_pytss.constants import TPM2_CAP, TPM2_PT, TPM2_RC, TPM2_SU  # noqa: E402

from station.core.errors import ConfigError, CredentialError, StationError  # noqa: E402

# TCTI names that the station knows how to describe; others are passed to the
# TCTI loader as they are (a site may have its own TCTI library).
KNOWN_TCTIS = ("device", "swtpm", "mssim", "tabrmd", "libtpms")

TctiSpec: TypeAlias = str | TCTI


def check_tcti_config(spec: str) -> str:
    """Return ``spec`` stripped if it reads as ``name`` or ``name:config``.

    Raises ConfigError naming the problem otherwise. Nothing is opened.
    """
    text = spec.strip()
    name, _, _conf = text.partition(":")
    if not name or not all(ch.isalnum() or ch in "-_" for ch in name):
        raise ConfigError(
            f"{spec!r} is not a TPM connection",
            hint="give it as name:config, e.g. device:/dev/tpmrm0 or "
            "swtpm:host=127.0.0.1,port=2321",
        )
    return text


def swtpm_tcti(host: str, port: int) -> str:
    """The TCTI string for a swtpm serving TPM commands on ``host:port``."""
    return f"swtpm:host={host},port={port}"


def describe_tcti(tcti: TctiSpec) -> str:
    """A short name of where the TPM is, for messages."""
    if isinstance(tcti, str):
        return tcti
    return getattr(tcti, "description", type(tcti).__name__)


@contextmanager
def open_esapi(tcti: TctiSpec) -> Iterator[ESAPI]:
    """Open an ESAPI context on the TPM that ``tcti`` reaches, and close it after use.

    A TPM that has not been started yet (a simulator without
    ``startup-clear``) is started with ``TPM2_Startup(CLEAR)``; one that has
    is left alone. A TCTI object passed in stays open: its owner closes it.
    Runs on the calling thread. Raises CredentialError when the TPM cannot
    be reached.
    """
    where = describe_tcti(tcti)
    if isinstance(tcti, str):
        tcti = check_tcti_config(tcti)
    try:
        ectx = ESAPI(tcti)
    except (TSS2_Exception, RuntimeError, OSError) as exc:
        raise CredentialError(
            f"could not reach the TPM at {where}: {exc}",
            hint="check that the TPM (or the TPM simulator) is there and not in use "
            "by another program",
        ) from exc
    try:
        _start_if_needed(ectx, where)
        yield ectx
    except (TSS2_Exception, CredentialError) as exc:
        # A relaying TCTI keeps the station's own error (a silent board, a board
        # without a TPM); it says more than the TPM stack's "TCTI failure".
        failure = getattr(tcti, "failure", None)
        if isinstance(failure, StationError):
            raise failure from exc
        raise
    finally:
        ectx.close()


def _start_if_needed(ectx: ESAPI, where: str) -> None:
    try:
        ectx.get_capability(TPM2_CAP.TPM_PROPERTIES, TPM2_PT.FIXED, 1)
        return
    except TSS2_Exception as exc:
        if exc.error != TPM2_RC.INITIALIZE:
            raise CredentialError(
                f"the TPM at {where} does not answer: {exc}",
                hint="check that the TPM (or the TPM simulator) is running",
            ) from exc
    ectx.startup(TPM2_SU.CLEAR)


def is_missing_handle(exc: TSS2_Exception) -> bool:
    """True when the TPM answered that a persistent handle or NV index is not defined."""
    return exc.error == TPM2_RC.HANDLE
