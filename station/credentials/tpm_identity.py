"""The ``tpm-ek`` identity rule: the device ID is the registration ID of the unit's TPM EK."""

from __future__ import annotations

from typing import Any

from station.core.errors import IdentityError
from station.core.events import Stage
from station.core.interfaces import IdentitySource
from station.identity.sources import CounterStore, IdentityRule, IdentitySettings


def _tpm_ek(
    settings: IdentitySettings, store: CounterStore | None, x509: bool, tpm: Any
) -> IdentitySource:
    # Imported when a job uses the rule: the TPM software stack is large.
    try:
        from station.credentials.tpm_support import tpm_ek_identity
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("tpm2_pytss"):
            raise
        raise IdentityError(
            "tpm-ek identities need the TPM support, which is not available in this station",
            hint="install the station with TPM support, or choose another identity rule",
            stage=Stage.IDENTIFY,
        ) from None
    return tpm_ek_identity(settings, store, x509, tpm)


TPM_EK_RULE = IdentityRule(
    "tpm-ek",
    "the board's TPM",
    _tpm_ek,
    reads_tpm=True,
    # The EK is read from the unit's TPM at identify, before anything is written to the
    # board: the same TPM (a board moved to another station) gives the same ID there.
    read_from_unit=True,
)
