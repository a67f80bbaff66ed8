"""Reading back the ZPL II the station emits: the label's size and every field, with
its position, font, field block, barcode and decoded data (^FH escapes undone).

No ZPL parser on PyPI is kept up; the station emits few commands, all read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

COMMAND = re.compile(r"[\^~]([A-Z@][A-Z0-9@]?)")


@dataclass
class Field:
    x: int = 0
    y: int = 0
    font: tuple[str, int, int] | None = None  # orientation, height, width
    block: tuple[int, int] | None = None  # width, lines
    qr: tuple[int, int, str] | None = None  # model, magnification, error correction
    data: str = ""


@dataclass
class Label:
    width: int = 0  # ^PW
    length: int = 0  # ^LL
    charset: int | None = None  # ^CI
    fields: list[Field] = field(default_factory=list)
    quantity: int = 0

    @property
    def qr_fields(self) -> list[Field]:
        return [f for f in self.fields if f.qr is not None]

    @property
    def text_fields(self) -> list[Field]:
        return [f for f in self.fields if f.font is not None]


def _unescape(data: str, indicator: str) -> str:
    raw = bytearray()
    i = 0
    while i < len(data):
        if data[i] == indicator:
            raw.append(int(data[i + 1 : i + 3], 16))
            i += 3
        else:
            raw += data[i].encode("utf-8")
            i += 1
    return raw.decode("utf-8")


def read_label(zpl: str) -> Label:
    """The one format (^XA … ^XZ) in ``zpl``; raises AssertionError on anything else."""
    text = zpl.strip()
    assert text.startswith("^XA") and text.endswith("^XZ"), text[:40]
    body = text[3:-3]
    label = Label()
    current: Field | None = None
    hex_indicator: str | None = None
    pos = 0
    while pos < len(body):
        match = COMMAND.match(body, pos)
        if match is None:
            assert body[pos] in "\r\n", f"stray text at {body[pos:pos + 20]!r}"
            pos += 1
            continue
        name = match.group(1)
        pos = match.end()
        if name == "FD":
            end = body.index("^FS", pos)
            data = body[pos:end]
            assert current is not None, "^FD outside a field"
            current.data = _unescape(data, hex_indicator) if hex_indicator else data
            label.fields.append(current)
            current, hex_indicator = None, None
            pos = end + 3
            continue
        end = pos
        while end < len(body) and body[end] not in "^~\r\n":
            end += 1
        args = body[pos:end].split(",") if end > pos else []
        pos = end
        if name == "PW":
            label.width = int(args[0])
        elif name == "LL":
            label.length = int(args[0])
        elif name == "CI":
            label.charset = int(args[0])
        elif name == "PQ":
            label.quantity = int(args[0])
        elif name == "FO":
            current = Field(int(args[0]), int(args[1]))
        elif name == "A0":
            assert current is not None
            current.font = (args[0], int(args[1]), int(args[2]))
        elif name == "FB":
            assert current is not None
            current.block = (int(args[0]), int(args[1]))
        elif name == "BQ":
            assert current is not None
            current.qr = (int(args[1]), int(args[2]), args[3])
        elif name == "FH":
            hex_indicator = args[0] if args else "_"
        elif name == "LH":
            assert args == ["0", "0"]
        else:
            raise AssertionError(f"unexpected command ^{name}")
    return label
