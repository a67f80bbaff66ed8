"""Barcode patterns that are safe to match: bounded so that no scan can hang the identify stage.

Python's ``re`` backtracks. A pattern such as ``(a+)+b`` tries every way of
splitting a scan between its two ``+`` and takes minutes on a 30-character
scan that does not match. Rather than timing matches out, a pattern is
refused unless the number of ways it can match a scan is small: each
repeat may have only one way to match each round (a character, a class,
fixed text), and the choices of the pattern's repeats and alternatives,
multiplied together for a scan as long as a device ID can be, stay within
``PATTERN_MAX_WAYS``. The pattern is read with ``re``'s own parser, so the
check sees exactly what ``re`` will run.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from station.identity.rules import DEVICE_ID_MAX

BARCODE_PATTERN_MAX = 256  # characters; a barcode pattern is a short rule, not a program
PATTERN_MAX_WAYS = 100_000  # a few milliseconds of backtracking at worst
SCAN_MAX = DEVICE_ID_MAX  # longer scans are refused before the pattern runs

# re's parser is private, but it is the one that knows what re will run.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_ONE_WAY = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN, _c.AT})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
_REFERENCES = frozenset({_c.GROUPREF, _c.GROUPREF_EXISTS})

_ALLOWED = ("allowed: fixed text, classes such as [0-9], repeats of a single character, "
            "class or fixed text, and alternatives outside repeats, e.g. sn-[0-9]{6}")


class _Refused(Exception):
    """The pattern is refused; the message says why."""


def _times(a: int, b: int) -> int:
    # Capped so that (a|b)+ does not build a 40-digit number on the way to its refusal.
    return min(a * b, PATTERN_MAX_WAYS + 1)


def _ways(items: Any) -> int:
    """How many ways, at most, ``items`` (a parsed sequence) can match a scan."""
    total = 1
    for op, arg in items:
        total = _times(total, _item_ways(op, arg))
    return total


def _item_ways(op: Any, arg: Any) -> int:
    if op in _ONE_WAY:
        return 1
    if op in _REFERENCES:
        raise _Refused("refers back to a group (\\1, (?P=name), (?(1)...)), which re can only "
                       "match by trying every split")
    if op == _c.SUBPATTERN:
        return _ways(arg[-1])
    if op in (_c.ATOMIC_GROUP, _c.ASSERT, _c.ASSERT_NOT):
        return _ways(arg if op == _c.ATOMIC_GROUP else arg[1])
    if op == _c.BRANCH:
        return min(sum(_ways(branch) for branch in arg[1]), PATTERN_MAX_WAYS + 1)
    if op in _REPEATS:
        return _repeat_ways(*arg)
    raise _Refused(f"uses {str(op).lower()}, which barcode patterns do not need")


def _repeat_ways(low: int, high: int, body: Any) -> int:
    rounds = min(high, SCAN_MAX)
    each = _ways(body)
    if each > 1 and rounds > 1:
        raise _Refused("repeats a part that can itself match in more than one way (a repeat "
                       "inside a repeat, or alternatives inside a repeat), which can take "
                       "minutes to fail")
    if each > 1:
        return each
    return max(rounds - low + 1, 1)


def barcode_pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a barcode pattern, as ``<what>; allowed: <what>``; None
    when it compiles and is bounded (see the module's docstring)."""
    if len(pattern) > BARCODE_PATTERN_MAX:
        return (f"is {len(pattern)} characters; allowed: at most {BARCODE_PATTERN_MAX} "
                "characters")
    try:
        re.compile(pattern)
        parsed = _parser.parse(pattern)
    except re.error as exc:
        return f"is not a valid regular expression: {exc}; allowed: a Python regular expression"
    try:
        ways = _ways(parsed)
    except _Refused as exc:
        return f"{pattern!r} {exc}; {_ALLOWED}"
    if ways > PATTERN_MAX_WAYS:
        return (f"{pattern!r} has more than {PATTERN_MAX_WAYS:,} ways to match a "
                f"{SCAN_MAX}-character scan (too many open-ended repeats side by side), "
                f"which can take seconds to fail; {_ALLOWED}; use fewer + and *")
    return None


def compile_barcode_pattern(pattern: str) -> re.Pattern[str]:
    """The compiled pattern; raises ValueError with ``barcode_pattern_problem``'s words."""
    problem = barcode_pattern_problem(pattern)
    if problem:
        raise ValueError(problem)
    return re.compile(pattern)
