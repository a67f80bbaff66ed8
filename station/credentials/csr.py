"""Certificate requests from boards that make their own device keys.

A board that makes its key pair itself sends the station a PKCS#10 request
(CSR) and never the key. The station certifies only what it would have
issued for a key of its own: the request must be signed by the key it
carries (proof that the board holds that key), the key must be the profile's
algorithm and size, the subject exactly CN = the unit's device ID, and the
request may ask for nothing else (no extensions, no attributes), because what
a device certificate says is the station's to decide. Pure; any thread.
"""

from __future__ import annotations

from typing import Literal, get_args

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from station.core.errors import CredentialError
from station.credentials.keys import DevicePublicKey, check_key_algorithm

# Where a device's key pair is made: the profile's ``[attestation] device_key`` and the
# ``Credential.key_origin`` of a unit, in the same words.
KeyOrigin = Literal["station", "board"]
KEY_ORIGINS: tuple[str, ...] = get_args(KeyOrigin)
MADE_BY_STATION = "station"
MADE_ON_BOARD = "board"

# The board's key slots (docs/console-protocol.md, KEY): the device certificate's key and,
# for x509-individual with a secondary certificate, the secondary's.
PRIMARY_SLOT = "primary"
SECONDARY_SLOT = "secondary"

RSA_EXPONENT = 65537
# PKCS#9 extensionRequest: the attribute that carries requested extensions, judged as those.
_EXTENSION_REQUEST = x509.ObjectIdentifier("1.2.840.113549.1.9.14")
# SHA-1 and MD5 signatures prove nothing any more.
_SIGNATURE_HASHES = (hashes.SHA256, hashes.SHA384, hashes.SHA512)
_HINT_FIRMWARE = (
    "the board's factory firmware makes certificate requests the station does not "
    "certify; set the board aside for an engineer"
)


def check_request(der: bytes, device_id: str, key_algorithm: str) -> DevicePublicKey:
    """The public key of the board's request ``der``, once the request is shown to be one
    the station certifies for ``device_id`` with a ``key_algorithm`` key.

    Raises CredentialError with the one reason the request is refused.
    """
    algorithm = check_key_algorithm(key_algorithm)
    try:
        request = x509.load_der_x509_csr(der)
    except ValueError:
        raise _refused("is not a PKCS#10 request the station can read") from None
    try:
        digest = request.signature_hash_algorithm
        signed = request.is_signature_valid
    except UnsupportedAlgorithm:
        raise _refused("is signed with an algorithm the station does not accept") from None
    if not signed:
        raise _refused("has a bad signature: it was not signed with the key it carries")
    if not isinstance(digest, _SIGNATURE_HASHES):
        name = digest.name if digest is not None else "no hash"
        raise _refused(f"is signed with {name}; allowed: SHA-256, SHA-384 or SHA-512")
    key = _checked_key(request, algorithm)
    _check_subject(request.subject, device_id)
    _check_nothing_else(request)
    return key


def describe_key(key: object) -> str:
    """A public key's type and size in words, for messages: "an EC secp384r1 key"."""
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"an EC {key.curve.name} key"
    if isinstance(key, rsa.RSAPublicKey):
        return f"an RSA {key.key_size}-bit key"
    return f"a {type(key).__name__.removeprefix('_')} key"


def _checked_key(request: x509.CertificateSigningRequest, algorithm: str) -> DevicePublicKey:
    try:
        key = request.public_key()
    except UnsupportedAlgorithm:
        raise _refused("carries a key of a type the station cannot read") from None
    if algorithm == "ec-p256":
        if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
            return key
    elif isinstance(key, rsa.RSAPublicKey) and key.key_size == 2048:
        if key.public_numbers().e != RSA_EXPONENT:
            raise _refused(
                f"carries an RSA key with exponent {key.public_numbers().e}; allowed: "
                f"{RSA_EXPONENT}"
            )
        return key
    raise _refused(
        f"carries {describe_key(key)}; the profile's key_algorithm is {algorithm}",
        hint="set the profile's key_algorithm to the key the board makes, or update the "
        "board's factory firmware",
    )


def _check_subject(subject: x509.Name, device_id: str) -> None:
    attributes = list(subject)
    names = [attribute.value for attribute in attributes if attribute.oid == NameOID.COMMON_NAME]
    if len(subject.rdns) == 1 and len(attributes) == 1 and names == [device_id]:
        return
    if len(names) == 1 and names[0] != device_id:
        raise _refused(f"names CN {names[0]!r}, not the device ID {device_id!r}")
    raise _refused(
        f"has the subject {subject.rfc4514_string()!r}; allowed: exactly CN={device_id}"
    )


def _check_nothing_else(request: x509.CertificateSigningRequest) -> None:
    try:
        extensions = list(request.extensions)
    except ValueError as exc:
        raise _refused(f"holds extensions the station cannot read ({exc})") from None
    if extensions:
        names = ", ".join(_oid_name(extension.oid) for extension in extensions)
        raise _refused(f"asks for extensions the station does not grant: {names}")
    others = [
        _oid_name(attribute.oid)
        for attribute in request.attributes
        if attribute.oid != _EXTENSION_REQUEST
    ]
    if others:
        raise _refused(f"carries attributes the station does not take: {', '.join(others)}")


def _oid_name(oid: x509.ObjectIdentifier) -> str:
    name = oid._name
    return oid.dotted_string if not name or name == "Unknown OID" else name


def _refused(what: str, *, hint: str = _HINT_FIRMWARE) -> CredentialError:
    return CredentialError(f"the board's certificate request {what}", hint=hint)
