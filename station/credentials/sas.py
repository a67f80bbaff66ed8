"""Symmetric keys for the SAS attestation modes.

``sas-group``: a device key is derived from the enrollment group's key, the way
DPS derives it: base64(HMAC-SHA256(key = base64-decode(group key), message =
device ID)). ``sas-individual``: each device gets its own random primary and
secondary keys.

A derived key is never stored: it is derived again from the group key when an
export needs it. What is stored is its ``key_check``, which tells a wrong group
key from the right one without revealing either key.

Keys never appear in exception messages or logs; errors describe the key's
shape, never its value.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

from station.core.errors import CredentialError

# DPS takes symmetric keys of 16 to 64 bytes; the portal generates 64.
MIN_KEY_BYTES = 16
MAX_KEY_BYTES = 64
INDIVIDUAL_KEY_BYTES = 64

# The key check: the first bytes of HMAC-SHA256 keyed with the device key over a
# fixed text. 8 bytes make a wrong group key pass by chance once in 2^64 tries.
_KEY_CHECK_TEXT = b"station device-key check"
_KEY_CHECK_BYTES = 8

_GROUP_KEY_HINT = "paste the enrollment group's primary key as shown in the Azure portal"


def decode_group_key(group_key_b64: str, what: str = "group key") -> bytes:
    """Return the raw bytes of an enrollment group key given in base64.

    Surrounding whitespace (a trailing newline from a key file) is ignored.
    Raises CredentialError, naming ``what`` key it is, when the key is empty,
    not strict base64, or not 16 to 64 bytes long.
    """
    text = group_key_b64.strip()
    if not text:
        raise CredentialError(f"the {what} is empty", hint=_GROUP_KEY_HINT)
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        # The decoder's reason names the shape (padding, alphabet), never the key itself.
        raise CredentialError(
            f"the {what} is not valid base64: {_reason(exc)}", hint=_GROUP_KEY_HINT
        ) from None
    if not MIN_KEY_BYTES <= len(raw) <= MAX_KEY_BYTES:
        raise CredentialError(
            f"the {what} decodes to {len(raw)} bytes; DPS keys are "
            f"{MIN_KEY_BYTES} to {MAX_KEY_BYTES} bytes",
            hint=_GROUP_KEY_HINT,
        )
    return raw


def derive_from_raw(group_key: bytes, device_id: str) -> str:
    """Derive a device's SAS key from the group key's raw bytes (see ``decode_group_key``)."""
    digest = hmac.new(group_key, device_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def derive_device_key(group_key_b64: str, device_id: str) -> str:
    """Return the device key that the enrollment group admits for ``device_id``.

    Raises CredentialError when the group key is not valid (see ``decode_group_key``).
    """
    return derive_from_raw(decode_group_key(group_key_b64), device_id)


def key_check(device_key_b64: str) -> str:
    """A check value of a device key (hex), safe to keep beside the device ID.

    It is a MAC made with the key, so it reveals nothing of the key, nor of the
    group key it was derived from (both are random keys of 16 bytes or more);
    the same group key always gives the same check for the same device.
    """
    raw = base64.b64decode(device_key_b64)
    digest = hmac.new(raw, _KEY_CHECK_TEXT, hashlib.sha256).digest()
    return digest[:_KEY_CHECK_BYTES].hex()


def key_check_matches(device_key_b64: str, check: str) -> bool:
    """Whether ``device_key_b64`` is the key whose ``key_check`` is ``check``."""
    return hmac.compare_digest(key_check(device_key_b64), check)


def generate_individual_keys() -> tuple[str, str]:
    """Return a new random (primary, secondary) key pair, 64 bytes each, base64."""
    return (
        base64.b64encode(secrets.token_bytes(INDIVIDUAL_KEY_BYTES)).decode("ascii"),
        base64.b64encode(secrets.token_bytes(INDIVIDUAL_KEY_BYTES)).decode("ascii"),
    )


def _reason(exc: Exception) -> str:
    text = str(exc).strip().rstrip(".")
    return text[0].lower() + text[1:] if text else "it cannot be decoded"
