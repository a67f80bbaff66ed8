"""Keys in a PKCS#11 token, as the window's Settings name them: the x509-group CA key and
the sas-group group keys by ``pkcs11:`` URI, each token's PIN from the station's
secret store (``station.credentials.pkcs11_token``; ``$STATION_HSM_PIN`` still wins,
as for the command line).

``open_token_keys`` opens every key the settings name and checks it (the CA key
against the CA certificate by a signature, a group key by deriving a device key),
so a token that is missing or locked, a wrong PIN, or a key that is not the CA
certificate's, is one line before any unit starts. The sessions it opens are the
ones the job then uses. No widgets here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from station.core.errors import ConfigError, CredentialError
from station.credentials.ca import CertificateAuthority, load_ca_with_signer
from station.credentials.pkcs11_signers import open_group_key, open_token_signer
from station.credentials.pkcs11_token import pin_secret_name
from station.credentials.secret_store import SecretStore
from station.credentials.token_uri import PIN_ENV, TokenKeyRef, parse_token_uri
from station.gui.i18n import translate
from station.gui.settings import StationSettings

FILE, TOKEN = "file", "token"  # where the keys are (StationSettings.key_source)


@dataclass(frozen=True)
class TokenKeys:
    """What the settings' token holds for the job: the CA (its key signing in the token)
    and the URIs of the group keys (the job opens them again from the same session)."""

    ca: CertificateAuthority | None = field(default=None, repr=False)
    group_key_uri: str = ""
    group_key_secondary_uri: str = ""

    def describe(self) -> str:
        parts = []
        if self.ca is not None:
            parts.append(translate("TokenKeys", "the CA key of {ca} signs in the token").format(
                ca=self.ca.subject))
        if self.group_key_uri:
            parts.append(translate("TokenKeys", "the group key derives device keys in the "
                                   "token"))
        if self.group_key_secondary_uri:
            parts.append(translate("TokenKeys", "so does the secondary group key"))
        return "; ".join(parts)


class PinsOnly:
    """A read-only secret store holding only tokens' PINs, read on the GUI thread: what a
    worker thread may be given instead of the window's store (used on one thread)."""

    needs_passphrase = False
    unlocked = True

    def __init__(self, pins: dict[str, str], description: str) -> None:
        self._pins = dict(pins)
        self.description = description

    def unlock(self, passphrase: str) -> None:
        """Nothing to unlock."""

    def get(self, name: str) -> str:
        return self._pins.get(name, "")

    def set(self, name: str, value: str) -> None:
        raise ConfigError("the PINs given to a token check are read-only")

    def delete(self, name: str) -> None:
        raise ConfigError("the PINs given to a token check are read-only")


def named_uris(settings: StationSettings) -> dict[str, str]:
    """The URIs the settings give, by what they name (empty ones left out)."""
    uris = {
        "ca": settings.token_ca_key_uri,
        "group": settings.token_group_key_uri,
        "secondary": settings.token_group_key_secondary_uri,
    }
    return {what: uri.strip() for what, uri in uris.items() if uri.strip()}


def token_refs(settings: StationSettings) -> list[TokenKeyRef]:
    """Each URI the settings give, parsed; raises ConfigError for one that cannot be."""
    kinds = {"ca": "private", "group": "secret-key", "secondary": "secret-key"}
    return [parse_token_uri(uri, expected_type=kinds[what])
            for what, uri in named_uris(settings).items()]


def token_labels(settings: StationSettings) -> list[str]:
    """The tokens the settings' URIs name, each once, in order."""
    return list(dict.fromkeys(ref.token for ref in token_refs(settings)))


def pins_of(settings: StationSettings, store: SecretStore) -> PinsOnly:
    """The PINs kept for the settings' tokens (GUI thread: the store is the window's)."""
    pins = {}
    if store.unlocked:
        for label in token_labels(settings):
            name = pin_secret_name(label)
            pins[name] = store.get(name)
    return PinsOnly(pins, store.description)


def open_token_keys(settings: StationSettings, store: SecretStore) -> TokenKeys:
    """Open and check every key the settings name in a token.

    Raises CredentialError or ConfigError in one line: a URI that cannot be parsed, no
    CA certificate for a CA key, a token that is missing or locked, a wrong or missing
    PIN, a key that is not there or is not the CA certificate's. Any thread, with a
    store of that thread (``pins_of`` for a worker).
    """
    uris = named_uris(settings)
    if not uris:
        raise ConfigError(
            translate("TokenKeys", "no key in a token is named"),
            hint=translate("TokenKeys", "give the pkcs11: URI of the CA key or the group key "
                           "in Settings, or keep the keys in the secret store"),
        )
    token_refs(settings)  # every URI parses before any token is opened
    if store.needs_passphrase and not store.unlocked and not os.environ.get(PIN_ENV):
        raise ConfigError(
            translate("TokenKeys", "the token's PIN is kept in the station's secrets, which "
                      "are locked"),
            hint=translate("TokenKeys", "unlock the secrets in Settings, then start the job"),
        )
    ca = None
    if "ca" in uris:
        ca = _token_ca(settings.ca_cert_path, uris["ca"], store)
    for what in ("group", "secondary"):
        if what in uris:
            open_group_key(uris[what], store)
    return TokenKeys(ca, uris.get("group", ""), uris.get("secondary", ""))


def _token_ca(cert_path: str, uri: str, store: SecretStore) -> CertificateAuthority:

    if not cert_path.strip():
        raise ConfigError(
            translate("TokenKeys", "the CA key in the token needs its CA certificate"),
            hint=translate("TokenKeys", "choose the CA certificate file in Settings"),
        )
    try:
        cert_pem = Path(cert_path).read_bytes()
    except OSError as exc:
        raise CredentialError(
            translate("TokenKeys", "cannot read the CA certificate file {path}: {reason}")
            .format(path=cert_path, reason=exc.strerror or exc),
            hint=translate("TokenKeys", "choose the CA certificate file again in Settings"),
        ) from None
    try:
        certificate = x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        raise CredentialError(
            translate("TokenKeys", "the CA certificate file {path} holds no PEM certificate")
            .format(path=cert_path),
            hint=translate("TokenKeys", "choose the CA's certificate file"),
        ) from None
    signer = open_token_signer(uri, certificate.public_key(), store)
    return load_ca_with_signer(cert_pem, signer)
