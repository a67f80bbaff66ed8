"""The rules a device ID (= DPS registration ID) and an ID scope must follow.

DPS registration IDs are lowercase letters, digits and ``- . _ :``, 1 to 128
characters, starting and ending with a letter or digit; at most 64 in the
X.509 modes, where the ID is the certificate's CN. IoT Central's documentation
asks for letters, digits and ``-`` only, which a profile may require with
``charset = "iotc"``.

An ID is never changed to make it fit: uppercase is refused, not lowercased,
so that the ID on the label is the ID in the cloud.

Also here: the job-level identifiers a device sends when it registers, the ID
scope and the model ID (a DTMI), each checked by one function that every face
(command line, window, plan) calls.
"""

from __future__ import annotations

import re
import string
from typing import Literal

from station.core.errors import ConfigError, IdentityError
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
ID_SCOPE_PREFIX = "0ne"
# DPS and IoT Central issue ID scopes as lowercase "0ne" and eight uppercase hex digits
# (0ne0012ABCD, 0ne00055500). The scope is signed into the device's SAS token
# (sr={scope}/registrations/{id}) and sent in its MQTT user name as typed, so the
# station takes it exactly as DPS shows it and never changes its case.
_ID_SCOPE = re.compile(r"0ne[0-9A-F]{8}")

MODEL_ID_EXAMPLE = "dtmi:com:example:Thermostat;1"
# The model ID a device announces is its root Interface's @id, which DTDL v2 and v3
# both limit to 128 characters (other DTMIs may have 2,048).
MODEL_ID_MAX = 128
_DTMI_SEGMENT = re.compile(r"[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?")
_DTMI_VERSION = re.compile(r"[1-9][0-9]{0,8}(?:\.[1-9][0-9]{0,5})?")


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

    An ID scope is ``0ne`` followed by eight uppercase hex digits, exactly as DPS
    and IoT Central show it. Raises IdentityError naming what is wrong otherwise.
    """
    cleaned = scope.strip()
    if _ID_SCOPE.fullmatch(cleaned):
        return cleaned
    prefix, rest = cleaned[:3], cleaned[3:]
    if not cleaned:
        problem = "is empty"
    elif prefix.lower() == ID_SCOPE_PREFIX:
        if prefix != ID_SCOPE_PREFIX:
            problem = f"must start with lowercase '{ID_SCOPE_PREFIX}', not '{prefix}'"
        elif _ID_SCOPE.fullmatch(ID_SCOPE_PREFIX + rest.upper()):
            problem = f"has lowercase letters after '{ID_SCOPE_PREFIX}'"
        else:
            problem = "does not look like an ID scope"
    elif prefix.upper() == "ONE":
        problem = "starts with the letter 'O' where the digit zero belongs"
    else:
        problem = "does not look like an ID scope"
    raise IdentityError(
        f"ID scope {scope!r} {problem}; an ID scope is '{ID_SCOPE_PREFIX}' and eight "
        f"uppercase hex digits, e.g. {ID_SCOPE_EXAMPLE}",
        hint="copy the ID scope from the DPS overview or IoT Central's device connection page",
    )


def _model_id_problem(model_id: str) -> str | None:
    """What makes ``model_id`` no DTMI a device may announce; None when it is one."""
    if len(model_id) > MODEL_ID_MAX:
        return (f"is {len(model_id)} characters; a model ID (an Interface's @id) has at "
                f"most {MODEL_ID_MAX}")
    scheme, colon, rest = model_id.partition(":")
    if not colon or scheme.lower() != "dtmi":
        return "does not start with 'dtmi:'"
    if scheme != "dtmi":
        return f"must start with lowercase 'dtmi:', not '{scheme}:'"
    path, semicolon, version = rest.partition(";")
    if not semicolon:
        return "has no version (';' and a number at the end)"
    for number, segment in enumerate(path.split(":"), 1):
        if not segment:
            return f"has an empty segment (segment {number})"
        if _DTMI_SEGMENT.fullmatch(segment):
            continue
        odd = next((c for c in segment if not (c.isascii() and (c.isalnum() or c == "_"))), "")
        if odd:
            return (f"has {_describe(odd)} in segment {segment!r}; segments hold letters, "
                    "digits and '_'")
        if not segment[0].isalpha():
            return f"has segment {segment!r}, which does not start with a letter"
        return f"has segment {segment!r}, which ends with '_'"
    if not _DTMI_VERSION.fullmatch(version):
        return (f"has the version {version!r}, not a number from 1 to 999999999 without "
                "leading zeros (or major.minor, e.g. ;1.2)")
    return None


def validate_model_id(model_id: str) -> str:
    """Return the model ID (surrounding whitespace removed; "" when none is given) when it
    is a DTMI a device may announce in its registration payload.

    The rule is DTDL v3's for an Interface's @id: ``dtmi:``, one or more segments
    separated by ``:`` (each a letter, then letters, digits and ``_``, not ending
    with ``_``), then ``;`` and a version (``1`` to ``999999999`` without leading
    zeros, optionally ``.`` and a minor version as DTDL v3 allows), at most 128
    characters. The version is required: IoT Central (DTDL v2) and IoT Plug and Play
    match device templates by the versioned ID. Raises ConfigError naming what is
    wrong and showing a valid one.
    """
    cleaned = model_id.strip()
    if not cleaned:
        return ""
    problem = _model_id_problem(cleaned)
    if problem is None:
        return cleaned
    raise ConfigError(
        f"model ID {model_id!r} {problem}; a model ID is 'dtmi:', segments separated by "
        f"':', then ';' and a version, e.g. {MODEL_ID_EXAMPLE}",
        hint="copy the model ID (the @id) from the device template or the DTDL file, "
        "or leave it empty",
    )
