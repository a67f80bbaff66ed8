"""Signers: what a CA key and an enrollment group key are asked to do, wherever they live.

In the spirit of the Azure IoT SDKs' signing mechanisms (the device SDK's
``SymmetricKeySigningMechanism.sign``, the C SDK's HSM client interface), the
station never needs a secret key itself, only two operations on it:

* a ``CertificateSigner`` signs certificates (device leaves, verification
  certificates, intermediates): it is handed a finished
  ``x509.CertificateBuilder`` and returns the signed certificate;
* a ``GroupKeySigner`` derives a ``sas-group`` device key, base64(HMAC-SHA256(
  key = the group key, message = device ID)).

``KeySigner`` and ``InProcessGroupKey`` keep the key in this process (from a
file, the keyring or the environment); ``station.credentials.pkcs11_token``
keeps it in a PKCS#11 token. Signers are shared by every port's worker
thread: implementations are safe to call from any thread.
"""

from __future__ import annotations

import hmac
from typing import Protocol, runtime_checkable

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes

from station.core.errors import CredentialError
from station.credentials.keys import SigningKey, signature_hash
from station.credentials.sas import derive_from_raw

# A device ID no unit can have (DPS IDs are lowercase), derived only to compare two group keys.
_PROBE_DEVICE_ID = "Station-Key-Comparison"


@runtime_checkable
class CertificateSigner(Protocol):
    """A CA's private key, asked to sign; it never hands the key out."""

    @property
    def description(self) -> str:
        """Where the key is, for messages: "a key in memory", "token 'Line CA', key 'ca'"."""
        ...

    def public_key(self) -> CertificatePublicKeyTypes:
        """The public half of the key (what the CA certificate holds)."""
        ...

    def sign_certificate(self, builder: x509.CertificateBuilder) -> x509.Certificate:
        """Sign ``builder`` (subject, issuer, key, validity and extensions all set) with
        SHA-256 (none for Ed25519/Ed448). Raises CredentialError when the key cannot sign."""
        ...


@runtime_checkable
class GroupKeySigner(Protocol):
    """An enrollment group's symmetric key, asked to derive device keys."""

    @property
    def description(self) -> str:
        """Where the key is, for messages."""
        ...

    def derive_device_key(self, device_id: str) -> str:
        """base64(HMAC-SHA256(group key, device ID)): the key DPS admits for ``device_id``.

        Raises CredentialError when the key cannot be used."""
        ...


class KeySigner:
    """A CA key held in this process (``cryptography`` key object)."""

    description = "a key in memory"

    def __init__(self, key: SigningKey) -> None:
        self.private_key = key

    def __repr__(self) -> str:
        return f"KeySigner({_kind(self.private_key)})"

    def public_key(self) -> CertificatePublicKeyTypes:
        return self.private_key.public_key()

    def sign_certificate(self, builder: x509.CertificateBuilder) -> x509.Certificate:
        return builder.sign(self.private_key, signature_hash(self.private_key))


class InProcessGroupKey:
    """An enrollment group key held in this process as raw bytes (see ``sas.decode_group_key``)."""

    description = "a group key in memory"

    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def __repr__(self) -> str:
        return "InProcessGroupKey(<set>)"

    def derive_device_key(self, device_id: str) -> str:
        return derive_from_raw(self._raw, device_id)


def same_group_key(first: GroupKeySigner, second: GroupKeySigner) -> bool:
    """Whether two group-key signers hold the same key, wherever each key is: both derive
    the key of one probe device ID (a MAC, so equal results mean equal keys)."""
    return hmac.compare_digest(
        first.derive_device_key(_PROBE_DEVICE_ID), second.derive_device_key(_PROBE_DEVICE_ID)
    )


def check_signer_holds_key_of(signer: CertificateSigner, ca_cert: x509.Certificate) -> None:
    """Raise CredentialError unless ``signer`` holds the private key of ``ca_cert``.

    The signer signs a throwaway certificate that names ``ca_cert`` as its issuer,
    and the signature is checked with ``ca_cert``'s public key: proof of possession
    that works for any signer, whether or not it can show its public key.
    """
    probe_key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "station key check")])
    now = ca_cert.not_valid_before_utc
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(ca_cert.subject)
        .public_key(probe_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now)
    )
    probe = signer.sign_certificate(builder)
    try:
        probe.verify_directly_issued_by(ca_cert)
    except Exception:  # InvalidSignature, or a key of another type than the certificate's
        raise CredentialError(
            f"{signer.description} is not the key of the CA certificate "
            f"'{ca_cert.subject.rfc4514_string()}'",
            hint="give the key made together with this certificate (or the certificate "
            "made for this key)",
        ) from None


def _kind(key: SigningKey) -> str:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return f"EC {key.curve.name}"
    if isinstance(key, rsa.RSAPrivateKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey):
        return type(key).__name__.removesuffix("PrivateKey")
    return type(key).__name__
