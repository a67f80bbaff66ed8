"""Private keys for certificates: which algorithms the station makes, and PEM output."""

from __future__ import annotations

from typing import Literal, get_args

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa

from station.core.errors import CredentialError

KeyAlgorithm = Literal["ec-p256", "rsa-2048"]
KEY_ALGORITHMS: tuple[str, ...] = get_args(KeyAlgorithm)

# Keys the station makes for devices and demo CAs.
DeviceKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
# Their public halves: what a device certificate certifies, wherever the key was made.
DevicePublicKey = ec.EllipticCurvePublicKey | rsa.RSAPublicKey

# Keys a CA may hold and sign with.
SigningKey = (
    ec.EllipticCurvePrivateKey
    | rsa.RSAPrivateKey
    | ed25519.Ed25519PrivateKey
    | ed448.Ed448PrivateKey
)
SIGNING_KEY_TYPES = (
    ec.EllipticCurvePrivateKey,
    rsa.RSAPrivateKey,
    ed25519.Ed25519PrivateKey,
    ed448.Ed448PrivateKey,
)


def check_key_algorithm(key_algorithm: str) -> KeyAlgorithm:
    """Return ``key_algorithm`` if the station can make such keys, else raise CredentialError."""
    if key_algorithm not in KEY_ALGORITHMS:
        raise CredentialError(
            f"unknown key algorithm {key_algorithm!r}",
            hint=f"use one of: {', '.join(KEY_ALGORITHMS)}",
        )
    return key_algorithm  # type: ignore[return-value]


MAX_VALIDITY_DAYS = 36500


def check_validity_days(days: int) -> int:
    """Return ``days`` if a certificate may be valid that long, else raise CredentialError."""
    if not 1 <= days <= MAX_VALIDITY_DAYS:
        raise CredentialError(
            f"a certificate cannot be valid for {days} days",
            hint=f"give a validity from 1 to {MAX_VALIDITY_DAYS:,} days",
        )
    return days


def generate_key(key_algorithm: str) -> DeviceKey:
    """Make a new private key. RSA takes a noticeable fraction of a second; EC does not."""
    if check_key_algorithm(key_algorithm) == "rsa-2048":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def signature_hash(key: SigningKey) -> hashes.SHA256 | None:
    """The hash a certificate signed by ``key`` uses; Ed25519/Ed448 take none."""
    if isinstance(key, ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey):
        return None
    return hashes.SHA256()


def private_key_pem(key: SigningKey, passphrase: bytes | None = None) -> bytes:
    """PKCS#8 PEM of ``key``, encrypted (best available scheme) when a passphrase is given."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def public_key_der(key: SigningKey) -> bytes:
    """DER SubjectPublicKeyInfo of a private key's public half, for comparing keys."""
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
