"""Putting a CA key or an enrollment group key into a PKCS#11 token, and listing what a
token holds: the security officer's side of ``station hsm``.

Every key imported is kept in the token (CKA_TOKEN), private, sensitive and
non-extractable, and may only sign: from then on no PKCS#11 call returns its
value, in clear or wrapped. Listing shows labels and kinds, never values.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from station.core.errors import CredentialError
from station.credentials.pkcs11_signers import TokenGroupKey
from station.credentials.pkcs11_token import OpenToken, key_attribute, open_token, pkcs11_module
from station.credentials.sas import decode_group_key
from station.credentials.secret_store import SecretStore
from station.credentials.signers import InProcessGroupKey, same_group_key
from station.credentials.token_uri import TokenKeyRef, parse_token_uri


@dataclass(frozen=True)
class ImportedKey:
    """What an import put into the token, for the command to print (no key material)."""

    ref: TokenKeyRef
    kind: str


def _check_label_free(opened: OpenToken, ref: TokenKeyRef) -> None:
    lib = pkcs11_module()
    with opened.lock:
        taken = list(opened.session.get_objects({lib.Attribute.LABEL: ref.object}))
    if taken:
        raise CredentialError(
            f"token '{ref.token}' already holds an object labelled '{ref.object}'",
            hint="choose another object= label, or delete the old one with the token's tools",
        )


def _protected(lib: Any, label: str, key_id: bytes) -> dict[Any, Any]:
    """Attributes every imported key gets: kept in the token, private, never readable."""
    attribute = lib.Attribute
    return {
        attribute.TOKEN: True,
        attribute.PRIVATE: True,
        attribute.SENSITIVE: True,
        attribute.EXTRACTABLE: False,
        attribute.MODIFIABLE: False,
        attribute.SIGN: True,
        attribute.LABEL: label,
        attribute.ID: key_id,
    }


def import_group_key(uri: str, group_key_b64: str, store: SecretStore | None = None) -> ImportedKey:
    """Put an enrollment group key (base64, as the portal shows it) into the token that
    ``uri`` names, as a sensitive, non-extractable generic secret key for HMAC-SHA256.

    The token then derives one device key, which must equal the in-process derivation;
    otherwise the object is removed again. Raises CredentialError in one line.
    """
    lib = pkcs11_module()
    ref = parse_token_uri(uri, expected_type="secret-key")
    raw = decode_group_key(group_key_b64)
    opened = open_token(ref, store)
    _check_label_free(opened, ref)
    attributes = _protected(lib, ref.object, ref.key_id)
    attributes.update({
        lib.Attribute.CLASS: lib.ObjectClass.SECRET_KEY,
        lib.Attribute.KEY_TYPE: lib.KeyType.GENERIC_SECRET,
        lib.Attribute.VALUE: raw,
        lib.Attribute.VERIFY: True,
        lib.Attribute.DERIVE: False,
        lib.Attribute.ENCRYPT: False,
        lib.Attribute.DECRYPT: False,
        lib.Attribute.WRAP: False,
        lib.Attribute.UNWRAP: False,
    })
    created = opened.call("importing the group key", opened.session.create_object, attributes)
    try:
        token_key = TokenGroupKey(ref, opened, created)
        if not same_group_key(token_key, InProcessGroupKey(raw)):
            raise CredentialError(
                f"token '{ref.token}' derives other device keys than the group key gives",
                hint="the token does not compute HMAC-SHA256 as DPS does; use another token",
            )
    except CredentialError as exc:
        opened.call("removing the refused key", created.destroy)
        if "KeySizeRange" in exc.message:
            raise CredentialError(
                f"token '{ref.token}' refuses an HMAC key of {len(raw)} bytes",
                hint="many tokens need at least 32 bytes; use the 64-byte keys the Azure "
                "portal makes (regenerate the group's keys)",
            ) from None
        raise
    return ImportedKey(ref, f"group key ({len(raw)} bytes, HMAC-SHA256)")


def import_ca_key(
    uri: str, private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    store: SecretStore | None = None,
) -> ImportedKey:
    """Put a CA's private key into the token that ``uri`` names, sensitive and
    non-extractable, for signing only. The caller checks it is the CA's key first
    (``load_ca``) and proves the token signs with it afterwards (``load_ca_files``).
    """
    lib = pkcs11_module()
    ref = parse_token_uri(uri, expected_type="private")
    opened = open_token(ref, store)
    _check_label_free(opened, ref)
    public_der = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # The key's ID is the SHA-1 of its public key, as most PKCS#11 tools make it.
    key_id = ref.key_id or hashlib.sha1(public_der).digest()
    traditional = private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        attributes = lib.util.ec.decode_ec_private_key(traditional)
        kind = f"EC {private_key.curve.name} CA key"
    else:
        attributes = lib.util.rsa.decode_rsa_private_key(traditional)
        kind = f"RSA-{private_key.key_size} CA key"
    attributes.update(_protected(lib, ref.object, key_id))
    attributes.update({lib.Attribute.DECRYPT: False, lib.Attribute.UNWRAP: False,
                       lib.Attribute.DERIVE: False})
    opened.call("importing the CA key", opened.session.create_object, attributes)
    return ImportedKey(ref, kind)


# -- what a token holds ------------------------------------------------------------------


@dataclass(frozen=True)
class TokenKeyFacts:
    """Public facts of one key in a token: never its value."""

    label: str
    kind: str
    sensitive: bool
    extractable: bool
    can_sign: bool

    def describe(self) -> str:
        guard = "sensitive" if self.sensitive else "READABLE"
        guard += ", non-extractable" if not self.extractable else ", extractable (wrapped)"
        return f"{self.label}: {self.kind}, {guard}{'' if self.can_sign else ', cannot sign'}"


def token_keys(uri: str, store: SecretStore | None = None) -> list[TokenKeyFacts]:
    """The private and secret keys in the token that ``uri`` names (``object`` may be
    left out)."""
    lib = pkcs11_module()
    ref = parse_token_uri(uri, need_object=False)
    opened = open_token(ref, store)
    facts = []
    with opened.lock:
        for object_class in (lib.ObjectClass.PRIVATE_KEY, lib.ObjectClass.SECRET_KEY):
            for key in opened.session.get_objects({lib.Attribute.CLASS: object_class}):
                facts.append(TokenKeyFacts(
                    label=str(key_attribute(key, lib.Attribute.LABEL, "")),
                    kind=_key_kind(lib, key),
                    sensitive=bool(key_attribute(key, lib.Attribute.SENSITIVE, True)),
                    extractable=bool(key_attribute(key, lib.Attribute.EXTRACTABLE, False)),
                    can_sign=bool(key_attribute(key, lib.Attribute.SIGN, False)),
                ))
    return sorted(facts, key=lambda fact: fact.label)


def _key_kind(lib: Any, key: Any) -> str:
    key_type = key_attribute(key, lib.Attribute.KEY_TYPE, None)
    if key_type == lib.KeyType.RSA:
        modulus = key_attribute(key, lib.Attribute.MODULUS, b"")
        return f"RSA-{len(modulus) * 8} private key"
    if key_type == lib.KeyType.EC:
        params = bytes(key_attribute(key, lib.Attribute.EC_PARAMS, b""))
        curve = {bytes.fromhex("06082a8648ce3d030107"): "P-256",
                 bytes.fromhex("06052b81040022"): "P-384"}.get(params, "EC")
        return f"EC {curve} private key"
    if key_type == lib.KeyType.GENERIC_SECRET:
        return "generic secret key"
    return f"{getattr(key_type, 'name', key_type)} key"
