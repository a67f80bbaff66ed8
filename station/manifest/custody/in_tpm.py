"""Station keys sealed by the station PC's own TPM.

The key becomes the secret of a sealed data object under the TPM's storage
root key (made again from the owner hierarchy's seed each time, so nothing is
persisted in the TPM). The key reference keeps the sealed object's public and
private parts: they are encrypted by that TPM's storage key and unseal on that
TPM only, so a copy of the folder is of no use on another PC.

Which TPM: ``$STATION_KEY_TPM`` (a TCTI, e.g. ``device:/dev/tpmrm0`` or
``swtpm:host=127.0.0.1,port=2321``; ``none`` turns TPM custody off), else the
PC's resource manager ``/dev/tpmrm0`` when the station may use it.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from station.core.errors import StationError
from station.manifest.custody import RESTORE_HINT, KeyNotHere

ENV = "STATION_KEY_TPM"
PC_TPM = Path("/dev/tpmrm0")


def station_tpm() -> str | None:
    """The TCTI of the station PC's TPM, or None when it has none the station can use."""
    configured = os.environ.get(ENV, "").strip()
    if configured.lower() == "none":
        return None
    if configured:
        return configured
    if PC_TPM.exists() and os.access(PC_TPM, os.R_OK | os.W_OK) and _tss_installed():
        return f"device:{PC_TPM}"
    return None


def _tss_installed() -> bool:
    try:
        import tpm2_pytss  # noqa: F401
    except ImportError:
        return False
    return True


class TpmCustody:
    name = "tpm"

    def __init__(self, tcti: str) -> None:
        self.tcti = tcti

    def describe(self) -> str:
        return f"sealed by this PC's TPM ({self.tcti})"

    def keep(self, key: bytes, key_id: str) -> dict[str, str]:
        from tpm2_pytss import (
            TPM2B_PUBLIC,
            TPM2B_SENSITIVE_CREATE,
            TPM2B_SENSITIVE_DATA,
            TPMS_SENSITIVE_CREATE,
        )
        from tpm2_pytss.constants import TPMA_OBJECT

        from station.credentials.tpm_tcti import open_esapi

        # Bound to this TPM and its storage key; no dictionary-attack lockout,
        # since the station unseals it at every start.
        attributes = (
            TPMA_OBJECT.FIXEDTPM
            | TPMA_OBJECT.FIXEDPARENT
            | TPMA_OBJECT.USERWITHAUTH
            | TPMA_OBJECT.NODA
        )
        template = TPM2B_PUBLIC.parse(alg="keyedhash", objectAttributes=attributes)
        sensitive = TPM2B_SENSITIVE_CREATE(
            TPMS_SENSITIVE_CREATE(data=TPM2B_SENSITIVE_DATA(key))
        )
        with open_esapi(self.tcti) as ectx:
            parent = _storage_root(ectx)
            try:
                private, public, _data, _digest, _ticket = ectx.create(
                    parent, sensitive, template
                )
            finally:
                ectx.flush_context(parent)
        return {
            "tcti": self.tcti,
            "public": base64.b64encode(public.marshal()).decode(),
            "private": base64.b64encode(private.marshal()).decode(),
        }

    def fetch(self, key_id: str, data: dict[str, str]) -> bytes:
        from tpm2_pytss import TPM2B_PRIVATE, TPM2B_PUBLIC, TSS2_Exception

        from station.credentials.tpm_tcti import open_esapi

        try:
            public, _ = TPM2B_PUBLIC.unmarshal(base64.b64decode(data["public"]))
            private, _ = TPM2B_PRIVATE.unmarshal(base64.b64decode(data["private"]))
        except (KeyError, ValueError, TSS2_Exception) as exc:
            raise KeyNotHere(
                f"the TPM-sealed station key {key_id} in the key reference is damaged",
                hint=RESTORE_HINT,
            ) from exc
        try:
            with open_esapi(self.tcti) as ectx:
                parent = _storage_root(ectx)
                try:
                    sealed = ectx.load(parent, private, public)
                    try:
                        return bytes(ectx.unseal(sealed))
                    finally:
                        ectx.flush_context(sealed)
                finally:
                    ectx.flush_context(parent)
        except TSS2_Exception as exc:
            raise KeyNotHere(
                f"this PC's TPM ({self.tcti}) cannot unseal the station key {key_id}: it was "
                "sealed by another TPM, or this TPM was cleared",
                hint=RESTORE_HINT,
            ) from exc
        except StationError as exc:
            raise KeyNotHere(
                f"the station key {key_id} is sealed by a TPM, and {exc.message}",
                hint=f"{exc.hint}; or {RESTORE_HINT}",
            ) from exc

    def forget(self, key_id: str, data: dict[str, str]) -> None:
        """Nothing to delete: the TPM keeps nothing; the sealed blob goes with its reference."""


def _storage_root(ectx):  # type: ignore[no-untyped-def]
    """The owner hierarchy's storage root key, as tpm2-tools makes it by default."""
    from tpm2_pytss import TPM2B_PUBLIC
    from tpm2_pytss.constants import ESYS_TR, TPMA_OBJECT

    template = TPM2B_PUBLIC.parse(
        alg="ecc256:aes128cfb",
        objectAttributes=TPMA_OBJECT.DEFAULT_TPM2_TOOLS_CREATEPRIMARY_ATTRS,
    )
    handle, *_ = ectx.create_primary(None, template, ESYS_TR.OWNER)
    return handle
