"""File names made from device IDs: valid and distinct on Windows for every valid ID.

A DPS registration ID may hold ``:``, which Windows forbids in file names, or
be ``con``, ``com1`` and the like, which Windows reserves even with an
extension. ``device_file_name`` is the one place that turns a device ID into
a file name (labels, ``station cert issue``); the name is the ID itself,
except:

* ``:`` becomes ``+`` (one character, so the longest ID still makes a short name);
* any other character outside ``a-z 0-9 - . _``, and a ``.`` at the start or
  end, becomes ``%`` and its UTF-8 bytes in uppercase hex (``%2E``);
* when the part before the first ``.`` is a name Windows reserves (``con``,
  ``prn``, ``aux``, ``nul``, ``com0``-``com9``, ``lpt0``-``lpt9``), its first
  letter is written the same way (``con`` becomes ``%63on``).

>>> device_file_name("dev-7", ".svg")
'dev-7.svg'
>>> device_file_name("a4:cf:12", ".svg")
'a4+cf+12.svg'
>>> device_file_name("com1.rev2", ".cert.pem")
'%63om1.rev2.cert.pem'

Reading ``+`` back as ``:`` and ``%XX`` as its byte gives the ID again, so two
IDs never share a name, even where case does not count (letters of an ID are
lowercase; only the hex digits of an escape are uppercase). A valid ID of 128
characters gives a name of at most 130 characters before the suffix.
"""

from __future__ import annotations

import string

KEPT = frozenset(string.ascii_lowercase + string.digits + "-._")
COLON = "+"
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
)


def _escaped(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))


def _char_name(char: str, at_edge: bool) -> str:
    if char == ":":
        return COLON
    if char in KEPT and not (char == "." and at_edge):
        return char
    return _escaped(char)


def device_file_stem(device_id: str) -> str:
    """The file name for ``device_id`` without a suffix (see the module's rules)."""
    if not device_id:
        raise ValueError("a file name needs a device ID")
    last = len(device_id) - 1
    stem = "".join(_char_name(c, i in (0, last)) for i, c in enumerate(device_id))
    if stem.split(".", 1)[0] in WINDOWS_RESERVED:
        stem = _escaped(stem[0]) + stem[1:]
    return stem


def device_file_name(device_id: str, suffix: str) -> str:
    """The name of ``device_id``'s file with ``suffix`` (``.svg``, ``.cert.pem``, …)."""
    return device_file_stem(device_id) + suffix
