"""The rules a device ID (= DPS registration ID) and an ID scope must follow.

DPS registration IDs are lowercase letters, digits and ``- . _ :``, 1 to 128
characters, starting and ending with a letter or digit; at most 64 in the
X.509 modes, where the ID is the certificate's CN. IoT Central's documentation
asks for letters, digits and ``-`` only, which a profile may require with
``charset = "iotc"``.

An ID is never changed to make it fit: uppercase is refused, not lowercased,
so that the ID on the label is the ID in the cloud.
"""

from __future__ import annotations

import re
import string
from typing import Literal

from station.core.errors import IdentityError
from station.core.events import Stage

Charset = Literal["dps", "iotc"]

DEVICE_ID_MAX = 128
DEVICE_ID_MAX_X509 = 64  # the certificate subject CN limit

_LETTERS_DIGITS = frozenset(string.ascii_lowercase + string.digits)
CHARSETS: dict[str, frozenset[str]] = {
    "dps": _LETTERS_DIGITS | frozenset("-._:"),
    "iotc": _LETTERS_DIGITS | frozenset("-"),
}
CHARSET_WORDS = {
    "dps": "lowercase a-z, 0-9 and '-', '.', '_', ':'",
    "iotc": "lowercase a-z, 0-9 and '-' (IoT Central)",
}

ID_SCOPE_EXAMPLE = "0ne0012ABCD"
_ID_SCOPE = re.compile(r"0ne[0-9A-Z]{8}")


def _fail(message: str, hint: str = "") -> IdentityError:
    return IdentityError(message, hint=hint, stage=Stage.IDENTIFY)


def _describe(char: str) -> str:
    if char == " ":
        return "a space"
    if char.isspace() or not char.isprintable():
        return f"the control character {char!r}"
    return repr(char)


def validate_device_id(device_id: str, *, x509: bool = False, charset: str = "dps") -> str:
    """Return ``device_id`` unchanged when it is a valid registration ID.

    Raises IdentityError naming the rule that failed and, for a bad character,
    the character and its position (counted from 1). ``x509`` applies the
    64-character CN limit; ``charset`` is ``"dps"`` or ``"iotc"``.
    """
    if charset not in CHARSETS:
        raise ValueError(f"unknown charset {charset!r}; allowed: {', '.join(CHARSETS)}")
    allowed = CHARSETS[charset]
    if not device_id:
        raise _fail("the device ID is empty; a registration ID needs 1 to 128 characters")

    limit = DEVICE_ID_MAX_X509 if x509 else DEVICE_ID_MAX
    if len(device_id) > limit:
        where = "in the X.509 modes (the certificate CN limit)" if x509 else "for DPS"
        raise _fail(
            f"device ID {device_id!r} is {len(device_id)} characters; "
            f"at most {limit} are allowed {where}",
            hint="shorten the prefix, template or barcode",
        )

    upper = [(i, c) for i, c in enumerate(device_id, 1) if c.isupper()]
    if upper:
        pos, char = upper[0]
        raise _fail(
            f"device ID {device_id!r} has uppercase letters ({char!r} at position {pos}); "
            "DPS registration IDs are lowercase and the station does not lowercase them "
            "for you",
            hint="use a lowercase prefix, or a barcode printed in lowercase",
        )

    for pos, char in enumerate(device_id, 1):
        if char not in allowed:
            raise _fail(
                f"device ID {device_id!r} has {_describe(char)} at position {pos}; "
                f"allowed: {CHARSET_WORDS[charset]}",
            )

    for pos, char, end in ((1, device_id[0], "start"), (len(device_id), device_id[-1], "end")):
        if char not in _LETTERS_DIGITS:
            raise _fail(
                f"device ID {device_id!r} {end}s with {char!r} (position {pos}); "
                f"a registration ID must {end} with a letter or digit",
            )
    return device_id


def validate_id_scope(scope: str) -> str:
    """Return the ID scope (surrounding whitespace removed) when it looks like one.

    An ID scope is ``0ne`` followed by eight uppercase letters or digits, as
    DPS and IoT Central show it. Raises IdentityError otherwise.
    """
    cleaned = scope.strip()
    if _ID_SCOPE.fullmatch(cleaned):
        return cleaned
    if cleaned.lower().startswith("0ne") and _ID_SCOPE.fullmatch("0ne" + cleaned[3:].upper()):
        problem = "has lowercase letters after '0ne'"
    elif not cleaned:
        problem = "is empty"
    else:
        problem = "does not look like an ID scope"
    raise IdentityError(
        f"ID scope {scope!r} {problem}; an ID scope is '0ne' and eight uppercase letters "
        f"or digits, e.g. {ID_SCOPE_EXAMPLE}",
        hint="copy the ID scope from the DPS overview or IoT Central's device connection page",
    )
