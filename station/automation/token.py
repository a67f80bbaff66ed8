"""The automation API's bearer token: made at random, shown once, kept in the
station's secret store as its SHA-256 digest only.

The digest is enough to check a token and useless for making one, so neither the
secret store nor the running server holds the token itself. A new token replaces
the old one; a running ``station serve`` takes it when it starts again.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from station.core.errors import ConfigError
from station.credentials.secret_store import AUTOMATION_API_TOKEN, SecretStore

DIGEST_PREFIX = "sha256:"
TOKEN_BYTES = 32  # 256 bits: guessing is hopeless, so no lock-out is needed
TOKEN_PREFIX = "stn_"  # tells a station token apart from others in a fixture's config


def _digest(token: str) -> str:
    return DIGEST_PREFIX + hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token(store: SecretStore) -> str:
    """Make a new token, keep its digest in ``store`` (unlocked) and return the token."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
    store.set(AUTOMATION_API_TOKEN, _digest(token))
    return token


@dataclass(frozen=True, repr=False)
class TokenCheck:
    """Checks bearer tokens against the digest kept in the secret store."""

    digest: str

    @classmethod
    def from_store(cls, store: SecretStore) -> TokenCheck:
        """The check for the stored token; raises ConfigError when none was made."""
        digest = store.get(AUTOMATION_API_TOKEN)
        if not digest.startswith(DIGEST_PREFIX):
            raise ConfigError(
                "the automation API has no token yet, so no client could use it",
                hint="make one with: station serve-token (it is shown once)",
            )
        return cls(digest)

    def accepts(self, token: str) -> bool:
        """True when ``token`` is the stored one (compared in constant time)."""
        return bool(token) and hmac.compare_digest(_digest(token), self.digest)
