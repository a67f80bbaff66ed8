"""``pkcs11:`` URIs (RFC 7512) that name a key in a PKCS#11 token.

The station reads a small, strict subset, the form OpenSSL, p11-kit and GnuTLS
also take::

    pkcs11:token=Line%20CA;object=issuing-ca?module-path=/usr/lib/softhsm/libsofthsm2.so

* path attributes (``;``-separated): ``token`` (the token's label, required),
  ``object`` (the key's label, required), ``id`` (the key's CKA_ID, optional),
  ``type`` (``private`` for a CA key, ``secret-key`` for a group key; optional),
  ``serial`` (the token's serial number, optional);
* query attributes (``&``-separated): ``module-path`` (the PKCS#11 library;
  else ``$STATION_PKCS11_MODULE``).

A PIN never goes in a URI: ``pin-value`` is refused (a URI is a command-line
argument, which other users of the PC can read); the PIN comes from
``$STATION_HSM_PIN`` or the station's secret store. Unknown attributes are
refused too, so a typo does not quietly pick another key. No pkcs11 import
here: parsing works without the ``hsm`` extra installed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from station.core.errors import ConfigError

SCHEME = "pkcs11:"
MODULE_ENV = "STATION_PKCS11_MODULE"
PIN_ENV = "STATION_HSM_PIN"
_PATH_ATTRIBUTES = ("token", "object", "id", "type", "serial")
_QUERY_ATTRIBUTES = ("module-path",)
_TYPES = ("private", "secret-key")
_FORM = "pkcs11:token=LABEL;object=KEY-LABEL[?module-path=/path/to/module.so]"


def is_token_uri(text: str) -> bool:
    """Whether ``text`` names a key in a token rather than a file."""
    return text.strip().lower().startswith(SCHEME)


@dataclass(frozen=True)
class TokenKeyRef:
    """Where a key is: the PKCS#11 module, the token's label and the key's label.

    Holds no PIN; safe to show (``str`` gives the URI without the module path).
    """

    token: str
    object: str
    module: str = ""
    key_id: bytes = b""
    type: str = ""
    serial: str = ""

    def __str__(self) -> str:
        return f"token '{self.token}', key '{self.object}'"

    def module_path(self) -> str:
        """The PKCS#11 library: the URI's ``module-path``, else ``$STATION_PKCS11_MODULE``."""
        module = self.module or os.environ.get(MODULE_ENV, "").strip()
        if not module:
            raise ConfigError(
                f"no PKCS#11 module is named for {self}",
                hint=f"add ?module-path=/path/to/module.so to the pkcs11: URI, or set "
                f"{MODULE_ENV} (SoftHSM: /usr/lib/softhsm/libsofthsm2.so)",
            )
        return module


def parse_token_uri(
    text: str, *, expected_type: str = "", need_object: bool = True
) -> TokenKeyRef:
    """Parse a ``pkcs11:`` URI naming one key. Raises ConfigError saying what is wrong.

    ``expected_type``: ``private`` or ``secret-key``; a URI whose ``type`` says
    otherwise is refused (a group key is not a CA key). ``need_object=False``: a
    URI naming only a token will do.
    """
    uri = text.strip()
    if not is_token_uri(uri):
        raise ConfigError(f"{uri!r} is not a pkcs11: URI", hint=f"write it as {_FORM}")
    rest = uri[len(SCHEME):]
    path, _, query = rest.partition("?")
    attributes = _attributes(path, ";", _PATH_ATTRIBUTES)
    attributes.update(_attributes(query, "&", _QUERY_ATTRIBUTES))
    token = _text(attributes.get("token", b""))
    label = _text(attributes.get("object", b""))
    if not token or (need_object and not label):
        missing = "token" if not token else "object"
        raise ConfigError(
            f"the pkcs11: URI names no {missing}: the station needs the token's label and "
            "the key's label",
            hint=f"write it as {_FORM}",
        )
    kind = _text(attributes.get("type", b""))
    if kind and kind not in _TYPES:
        raise ConfigError(
            f"the pkcs11: URI asks for an object of type {kind!r}",
            hint="a CA key is type=private, a group key type=secret-key (or leave type out)",
        )
    if kind and expected_type and kind != expected_type:
        raise ConfigError(
            f"the pkcs11: URI names a {kind} object where a {expected_type} key is needed",
            hint="a CA key is type=private, a group key type=secret-key",
        )
    return TokenKeyRef(
        token=token,
        object=label,
        module=_text(attributes.get("module-path", b"")),
        key_id=attributes.get("id", b""),
        type=kind,
        serial=_text(attributes.get("serial", b"")),
    )


def _attributes(part: str, separator: str, known: tuple[str, ...]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for item in filter(None, part.split(separator)):
        name, equals, value = item.partition("=")
        name = name.strip().lower()
        if name in ("pin-value", "pin-source"):
            raise ConfigError(
                "a PIN does not go in the pkcs11: URI: the command line is visible to "
                "other users of this PC",
                hint="set STATION_HSM_PIN, or keep the PIN in the station's secrets with "
                "`station hsm pin --token URI`",
            )
        if name not in known or not equals:
            raise ConfigError(
                f"the pkcs11: URI has an attribute the station does not take: {name!r}",
                hint=f"use {', '.join(_PATH_ATTRIBUTES)} before '?' and "
                f"{', '.join(_QUERY_ATTRIBUTES)} after it",
            )
        if name in found:
            raise ConfigError(
                f"the pkcs11: URI gives {name!r} twice", hint="give each attribute once"
            )
        found[name] = unquote_to_bytes(value)
    return found


def _text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(
            "the pkcs11: URI holds a label that is not UTF-8",
            hint="percent-encode the label's UTF-8 bytes",
        ) from None
