"""The kit board's line protocol, shared by its transport and its virtual board.

Requests and answers are one ASCII line each::

    HELLO                -> OK <serial> <mac>
    PUT <key> <hex>      -> OK | ERR <why>
    GET <key>            -> OK <hex> | ERR missing
    DONE                 -> OK          (the board commits what it was given)
"""

from __future__ import annotations

KEY_MAX = 24
ENCODING = "ascii"


def encode_value(value: str | bytes | int) -> str:
    if isinstance(value, int):
        return str(value).encode(ENCODING).hex()
    data = value.encode("utf-8") if isinstance(value, str) else value
    return data.hex()
