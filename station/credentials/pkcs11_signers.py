"""A CA key and an enrollment group key that stay inside a PKCS#11 token: the token signs
certificates and derives device keys, and nothing here can read a key out of it.

How signing works: a certificate is built with ``cryptography`` exactly as for
a key in a file (same fields, same extensions, byte-for-byte the same
to-be-signed part), and ``CertificateBuilder.sign`` is handed a key object
whose only working method, ``sign``, asks the token: the way pyca/cryptography's
maintainers point to for keys in HSMs and key services. EC P-256 CAs sign with
CKM_ECDSA over the SHA-256 digest (the token's raw r||s is re-encoded as the
DER that X.509 carries); RSA CAs with CKM_SHA256_RSA_PKCS (PKCS#1 v1.5,
SHA-256). Group keys derive device keys with CKM_SHA256_HMAC on a generic
secret key. Both signers are safe to share between worker threads.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from station.core.errors import CredentialError
from station.credentials.pkcs11_token import OpenToken, find_key, open_token, pkcs11_module
from station.credentials.secret_store import SecretStore
from station.credentials.token_uri import TokenKeyRef, parse_token_uri

# -- a CA key in a token -----------------------------------------------------------------


class TokenCertificateSigner:
    """A CA key inside a token, signing certificates there (EC or RSA).

    ``public_key`` is the CA certificate's: ``load_ca_with_signer`` proves the token's
    key is its private half before the signer is used.
    """

    def __init__(
        self, ref: TokenKeyRef, opened: OpenToken, key: Any, public_key: CertificatePublicKeyTypes
    ) -> None:
        self.ref = ref
        self._opened = opened
        self._key = key
        self._public_key = public_key
        self._facade = _facade(self, public_key)

    @property
    def description(self) -> str:
        return f"the key '{self.ref.object}' in token '{self.ref.token}'"

    def __repr__(self) -> str:
        return f"TokenCertificateSigner({self.ref})"

    def public_key(self) -> CertificatePublicKeyTypes:
        return self._public_key

    def sign_certificate(self, builder: x509.CertificateBuilder) -> x509.Certificate:
        return builder.sign(self._facade, hashes.SHA256())

    def sign_in_token(self, data: bytes, mechanism: Any) -> bytes:
        """The token's signature of ``data`` with ``mechanism`` (for the key facades)."""
        return bytes(self._opened.call("signing", self._key.sign, data, mechanism=mechanism))


def _not_exportable() -> CredentialError:
    return CredentialError(
        "the CA key stays in its token and cannot be exported",
        hint="sign in the token; keys in a token are never written to a file",
    )


class _SignOnly:
    """What the token's key facades share: the key never leaves the token."""

    def private_bytes(
        self,
        encoding: serialization.Encoding,
        format: serialization.PrivateFormat,
        encryption_algorithm: serialization.KeySerializationEncryption,
    ) -> bytes:
        raise _not_exportable()


class _TokenECKey(_SignOnly, ec.EllipticCurvePrivateKey):
    """What ``CertificateBuilder.sign`` sees of an EC key in a token: it can only sign."""

    def __init__(self, signer: TokenCertificateSigner, public: ec.EllipticCurvePublicKey) -> None:
        self._signer = signer
        self._public = public

    def sign(self, data: Any, signature_algorithm: ec.EllipticCurveSignatureAlgorithm) -> bytes:
        lib = pkcs11_module()
        algorithm = getattr(signature_algorithm, "algorithm", None)
        if not isinstance(signature_algorithm, ec.ECDSA) or not isinstance(
            algorithm, hashes.SHA256
        ):
            raise CredentialError(
                "a CA key in a token signs with ECDSA and SHA-256 only",
                hint="issue with SHA-256 (the station's default)",
            )
        # Hashed here and signed as a digest (CKM_ECDSA): tokens that lack
        # CKM_ECDSA_SHA256 (SoftHSM 2.6) sign it too, and the result is the same.
        digest = hashlib.sha256(bytes(data)).digest()
        raw = self._signer.sign_in_token(digest, lib.Mechanism.ECDSA)
        half = len(raw) // 2
        return encode_dss_signature(
            int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big")
        )

    def public_key(self) -> ec.EllipticCurvePublicKey:
        return self._public

    @property
    def curve(self) -> ec.EllipticCurve:
        return self._public.curve

    @property
    def key_size(self) -> int:
        return self._public.curve.key_size

    def exchange(self, algorithm: ec.ECDH, peer_public_key: ec.EllipticCurvePublicKey) -> bytes:
        raise _not_exportable()

    def private_numbers(self) -> ec.EllipticCurvePrivateNumbers:
        raise _not_exportable()

    # A copy of a facade is the facade: it holds a session, not key material.
    def __copy__(self) -> _TokenECKey:
        return self

    def __deepcopy__(self, memo: dict) -> _TokenECKey:
        return self


class _TokenRSAKey(_SignOnly, rsa.RSAPrivateKey):
    """What ``CertificateBuilder.sign`` sees of an RSA key in a token: it can only sign."""

    def __init__(self, signer: TokenCertificateSigner, public: rsa.RSAPublicKey) -> None:
        self._signer = signer
        self._public = public

    def sign(self, data: bytes, padding_: Any, algorithm: Any) -> bytes:
        if not isinstance(padding_, padding.PKCS1v15) or not isinstance(algorithm, hashes.SHA256):
            raise CredentialError(
                "a CA key in a token signs with RSA PKCS#1 v1.5 and SHA-256 only",
                hint="issue with SHA-256 (the station's default)",
            )
        return self._signer.sign_in_token(bytes(data), pkcs11_module().Mechanism.SHA256_RSA_PKCS)

    def public_key(self) -> rsa.RSAPublicKey:
        return self._public

    @property
    def key_size(self) -> int:
        return self._public.key_size

    def decrypt(self, ciphertext: bytes, padding: Any) -> bytes:
        raise _not_exportable()

    def private_numbers(self) -> rsa.RSAPrivateNumbers:
        raise _not_exportable()

    # A copy of a facade is the facade: it holds a session, not key material.
    def __copy__(self) -> _TokenRSAKey:
        return self

    def __deepcopy__(self, memo: dict) -> _TokenRSAKey:
        return self


def _facade(
    signer: TokenCertificateSigner, public_key: CertificatePublicKeyTypes
) -> _TokenECKey | _TokenRSAKey:
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return _TokenECKey(signer, public_key)
    if isinstance(public_key, rsa.RSAPublicKey):
        return _TokenRSAKey(signer, public_key)
    raise CredentialError(
        f"the CA certificate holds a {type(public_key).__name__}; a CA key in a token "
        "must be EC or RSA",
        hint="use an EC P-256 or RSA-2048 CA for keys in a token",
    )


def open_token_signer(
    uri: str, public_key: CertificatePublicKeyTypes, store: SecretStore | None = None
) -> TokenCertificateSigner:
    """A signer for the private key that ``uri`` names, whose public half is ``public_key``.

    Checks that the token is present, the PIN opens it, the key exists, is sensitive
    and may sign, and is of ``public_key``'s type; not that it is ``public_key``'s
    private half (``load_ca_with_signer`` proves that). Raises CredentialError or
    ConfigError in one line.
    """
    lib = pkcs11_module()
    ref = parse_token_uri(uri, expected_type="private")
    opened = open_token(ref, store)
    key = find_key(opened, ref, lib.ObjectClass.PRIVATE_KEY, "private key")
    wanted = (
        lib.KeyType.EC if isinstance(public_key, ec.EllipticCurvePublicKey) else lib.KeyType.RSA
    )
    if key.key_type != wanted:
        raise CredentialError(
            f"the key '{ref.object}' in token '{ref.token}' is not the key of the CA "
            f"certificate (the token holds an {key.key_type.name} key, the certificate "
            f"an {wanted.name} one)",
            hint="give the key made together with this certificate",
        )
    return TokenCertificateSigner(ref, opened, key, public_key)


def open_ca_signer(uri: str, cert_pem: bytes) -> TokenCertificateSigner:
    """The signer for the CA whose certificate (PEM, the CA first) is ``cert_pem`` and whose
    key ``uri`` names (see ``open_token_signer``)."""
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        raise CredentialError(
            "the CA certificate file holds no PEM certificate",
            hint="choose the CA's certificate file (it starts with -----BEGIN CERTIFICATE-----)",
        ) from None
    return open_token_signer(uri, cert.public_key())


# -- a group key in a token --------------------------------------------------------------


class TokenGroupKey:
    """An enrollment group key inside a token, deriving device keys there (CKM_SHA256_HMAC)."""

    def __init__(self, ref: TokenKeyRef, opened: OpenToken, key: Any) -> None:
        self.ref = ref
        self._opened = opened
        self._key = key

    @property
    def description(self) -> str:
        return f"the group key '{self.ref.object}' in token '{self.ref.token}'"

    def __repr__(self) -> str:
        return f"TokenGroupKey({self.ref})"

    def derive_device_key(self, device_id: str) -> str:
        mac = self._opened.call(
            "deriving a device key",
            self._key.sign,
            device_id.encode("utf-8"),
            mechanism=pkcs11_module().Mechanism.SHA256_HMAC,
        )
        return base64.b64encode(bytes(mac)).decode("ascii")


def open_group_key(uri: str, store: SecretStore | None = None) -> TokenGroupKey:
    """The group key that ``uri`` names, checked by deriving one device key with it.

    Raises CredentialError or ConfigError in one line when the token is missing, the
    PIN is wrong, or the key is missing, readable or unusable for HMAC-SHA256.
    """
    lib = pkcs11_module()
    ref = parse_token_uri(uri, expected_type="secret-key")
    opened = open_token(ref, store)
    group_key = TokenGroupKey(ref, opened, find_key(opened, ref, lib.ObjectClass.SECRET_KEY,
                                                     "group key"))
    group_key.derive_device_key("station-key-check")
    return group_key
