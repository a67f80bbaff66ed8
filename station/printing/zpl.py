"""A unit's label as ZPL II for a fixed label stock, with the QR code drawn by the
printer itself (``^BQ``, model 2, error correction M, byte mode).

Layout, left to right: the QR code as large as the label's height allows (with a
quiet zone of two modules), then a column of text: DEVICE ID, the device ID
(wrapped when long, never cut), ID SCOPE, the ID scope, the profile's name and
the time printed. Every size is computed in printer dots from the stock, so the
same label comes out at 203 and 300 dpi; a stock too small for the QR code or the
text is refused with what to do, before anything is sent to a printer.

Text uses the printer's scalable font 0 inside a one-line field block (``^FB``)
as wide as the text column, so a line never prints beyond the column even when a
printer's font is wider than the station's estimate (``CHAR_ADVANCE``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import segno

from station.core.errors import ConfigError
from station.printing.label import UnitLabel
from station.printing.stock import LabelStock

MARGIN_MM = 1.5
GAP_MM = 1.0  # between the QR code and the text
QUIET_MODULES = 2
MIN_MODULE_MM = 0.2  # smaller modules do not scan reliably off a thermal label
MAX_MAGNIFICATION = 10  # ^BQ's largest module size, in dots
MIN_TEXT_COLUMN_MM = 12.0
# Font 0's advance per character as a share of its width setting: a little more
# than its widest lowercase letters and digits, so an estimated line always fits.
CHAR_ADVANCE = 0.62
MIN_FONT_DOTS = 10  # font 0's smallest height
LINE_GAP = 0.3  # space below each line, as a share of its height
# Text heights in mm at scale 1; the layout scales them to the stock.
CAPTION_MM, VALUE_MM, NOTE_MM = 1.8, 3.0, 1.8
SCALES = tuple(round(1.6 * 0.92**step, 3) for step in range(12))  # 1.6 down to about 0.6


@dataclass(frozen=True)
class _Row:
    text: str
    height_mm: float
    wraps: bool = False  # the device ID: broken over lines rather than cut
    optional: bool = False  # left out, or shortened, when the label is small


@dataclass(frozen=True)
class TextField:
    """One line of text at dot position (x, y), ``height`` dots high, ``width`` wide."""

    x: int
    y: int
    height: int
    width: int
    text: str


@dataclass(frozen=True)
class QrField:
    """The QR code at dot position (x, y): ``modules`` square, ``magnification`` dots each."""

    x: int
    y: int
    magnification: int
    modules: int
    data: str

    @property
    def size(self) -> int:
        return self.modules * self.magnification


@dataclass(frozen=True)
class LabelLayout:
    stock: LabelStock
    qr: QrField
    texts: tuple[TextField, ...]


def _qr_modules(data: str) -> int:
    """The side of the QR code the printer draws for ``data``: model 2, error correction
    M, 8-bit byte mode, the smallest version that holds it (as ``^BQ`` chooses)."""
    qr = segno.make_qr(data, error="m", mode="byte", boost_error=False)
    return int(qr.symbol_size(border=0)[0])


def _qr_field(label: UnitLabel, stock: LabelStock) -> QrField:
    margin = stock.dots(MARGIN_MM)
    modules = _qr_modules(label.qr_text)
    room = min(stock.height_dots - 2 * margin, int(stock.width_dots * 0.55))
    magnification = min(MAX_MAGNIFICATION, room // (modules + 2 * QUIET_MODULES))
    smallest = math.ceil(MIN_MODULE_MM * stock.dots_per_mm)
    if magnification < smallest:
        raise ConfigError(
            f"the QR code of {label.device_id} ({modules} modules) does not fit a label of "
            f"{stock.describe()}",
            hint="use a taller label stock or a printer of higher resolution",
        )
    quiet = QUIET_MODULES * magnification
    return QrField(margin + quiet, margin + quiet, magnification, modules, label.qr_text)


def _chars_per_line(width: int, height: int) -> int:
    return max(1, int(width / (CHAR_ADVANCE * height)))


def _lines(row: _Row, width: int, height: int, wrap: bool) -> list[str] | None:
    """``row`` broken into lines that fit ``width``; None when it cannot fit."""
    room = _chars_per_line(width, height)
    if len(row.text) <= room:
        return [row.text]
    if row.wraps and wrap:
        return [row.text[i : i + room] for i in range(0, len(row.text), room)]
    if row.optional and room > 3:
        return [row.text[: room - 3] + "..."]
    return None


def _place_text(
    rows: list[_Row], x: int, width: int, top: int, bottom: int, stock: LabelStock
) -> tuple[TextField, ...] | None:
    """The rows at the largest scale that fits between ``top`` and ``bottom``: the device
    ID on one line when any scale allows it, else broken over lines."""
    for wrap, scale in [(False, scale) for scale in SCALES] + [(True, s) for s in SCALES]:
        fields: list[TextField] = []
        y = top
        for row in rows:
            height = stock.dots(row.height_mm * scale)
            lines = _lines(row, width, height, wrap) if height >= MIN_FONT_DOTS else None
            if lines is None:
                break
            for line in lines:
                fields.append(TextField(x, y, height, width, line))
                y += height + int(height * LINE_GAP)
        else:
            if fields and fields[-1].y + fields[-1].height <= bottom:
                return tuple(fields)
    return None


def layout_label(label: UnitLabel, stock: LabelStock) -> LabelLayout:
    """Where everything goes on ``stock``; raises ConfigError when the label cannot fit."""
    qr = _qr_field(label, stock)
    margin = stock.dots(MARGIN_MM)
    x = qr.x + qr.size + QUIET_MODULES * qr.magnification + stock.dots(GAP_MM)
    width = stock.width_dots - margin - x
    if width < stock.dots(MIN_TEXT_COLUMN_MM):
        raise ConfigError(
            f"the label of {label.device_id} leaves no room for its text on "
            f"{stock.describe()}",
            hint="use a wider label stock",
        )
    rows = [
        _Row("DEVICE ID", CAPTION_MM),
        _Row(label.device_id, VALUE_MM, wraps=True),
        _Row("ID SCOPE", CAPTION_MM),
        _Row(label.id_scope, VALUE_MM),
        _Row(label.profile_name, NOTE_MM, optional=True),
        _Row(label.printed_at, NOTE_MM, optional=True),
    ]
    # A small label drops the notes before it gives up: device ID and scope must show.
    while True:
        texts = _place_text(rows, x, width, margin, stock.height_dots - margin, stock)
        if texts is not None:
            return LabelLayout(stock, qr, texts)
        if not rows[-1].optional:
            raise ConfigError(
                f"the device ID and ID scope of {label.device_id} do not fit a label of "
                f"{stock.describe()}",
                hint="use a larger label stock",
            )
        rows.pop()


def _field_data(text: str) -> str:
    """``^FD`` for ``text``: as it is, or hex-escaped (``^FH``) where it holds ZPL's
    command characters or control characters."""
    if not any(ch in "^~\\" or ord(ch) < 32 for ch in text):
        return f"^FD{text}"
    escaped = "".join(
        "".join(f"\\{byte:02X}" for byte in ch.encode("utf-8"))
        if ch in "^~\\" or ord(ch) < 32
        else ch
        for ch in text
    )
    return f"^FH\\^FD{escaped}"


def zpl_for(layout: LabelLayout) -> str:
    """The ZPL II of one label: one format (``^XA`` … ``^XZ``), UTF-8 text (``^CI28``)."""
    stock, qr = layout.stock, layout.qr
    data = qr.data
    lines = [
        "^XA",
        "^CI28",
        f"^PW{stock.width_dots}",
        f"^LL{stock.height_dots}",
        "^LH0,0",
        f"^FO{qr.x},{qr.y}^BQN,2,{qr.magnification},M,7"
        f"{_field_data(f'MM,B{len(data.encode()):04d}{data}')}^FS",
    ]
    for text in layout.texts:
        lines.append(
            f"^FO{text.x},{text.y}^A0N,{text.height},{text.height}"
            f"^FB{text.width},1,0,L,0{_field_data(text.text)}^FS"
        )
    lines += ["^PQ1", "^XZ", ""]
    return "\n".join(lines)


def render_zpl(label: UnitLabel, stock: LabelStock) -> str:
    """``label`` as ZPL II for ``stock``; raises ConfigError when it cannot fit."""
    return zpl_for(layout_label(label, stock))
