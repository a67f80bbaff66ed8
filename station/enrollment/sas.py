"""The DPS service connection string and the SharedAccessSignature tokens made from it."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from station.core.errors import ConfigError
from station.enrollment.limits import SAS_TOKEN_LIFETIME_S

_REQUIRED = ("HostName", "SharedAccessKeyName", "SharedAccessKey")


@dataclass(frozen=True)
class DpsConnectionString:
    """``HostName=…;SharedAccessKeyName=…;SharedAccessKey=…`` of a DPS access policy.

    The key never shows in ``repr``.
    """

    host_name: str
    key_name: str
    key: str = field(repr=False)

    @classmethod
    def parse(cls, text: str) -> DpsConnectionString:
        """Read a connection string; raises ConfigError naming what is missing or wrong."""
        parts: dict[str, str] = {}
        for item in text.strip().split(";"):
            if not item.strip():
                continue
            name, sep, value = item.partition("=")
            if not sep:
                raise ConfigError(
                    "the DPS connection string is not a list of Name=value parts",
                    hint="copy the connection string of a shared access policy from the portal",
                )
            parts[name.strip().lower()] = value.strip()
        missing = [name for name in _REQUIRED if not parts.get(name.lower())]
        if missing:
            raise ConfigError(
                f"the DPS connection string has no {', '.join(missing)}",
                hint="use the service's connection string (Shared access policies in the portal)",
            )
        key = parts["sharedaccesskey"]
        try:
            base64.b64decode(key, validate=True)
        except binascii.Error as exc:
            raise ConfigError(
                "the SharedAccessKey in the DPS connection string is not base64",
                hint="copy the connection string again; it was cut or changed",
            ) from exc
        return cls(parts["hostname"], parts["sharedaccesskeyname"], key)


def sas_token(
    resource_uri: str,
    key_b64: str,
    policy_name: str,
    *,
    lifetime_s: int = SAS_TOKEN_LIFETIME_S,
    now: float | None = None,
) -> str:
    """A ``SharedAccessSignature`` Authorization value for ``resource_uri``.

    The signature is base64(HMAC-SHA256(key = base64-decode(key_b64), message =
    "<url-encoded resource uri>\\n<expiry>")), expiry in Unix seconds.
    """
    expiry = int((time.time() if now is None else now) + lifetime_s)
    encoded_uri = quote_plus(resource_uri)
    message = f"{encoded_uri}\n{expiry}".encode()
    digest = hmac.new(base64.b64decode(key_b64), message, hashlib.sha256).digest()
    signature = quote_plus(base64.b64encode(digest).decode("ascii"))
    token = f"SharedAccessSignature sr={encoded_uri}&sig={signature}&se={expiry}"
    return f"{token}&skn={quote_plus(policy_name)}" if policy_name else token
