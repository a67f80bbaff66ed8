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

A profile's ``[label]`` layout replaces all of this: its size, QR square and texts
are in mm, converted to dots at the layout's dpi (else the printer's); a text too
long for its width shrinks, and one that cannot fit is refused, never cut.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from station.core.errors import ConfigError
from station.core.labels import (
    CHAR_ADVANCE,
    QR_QUIET_MODULES,
    SMALLEST_SHRINK,
    LabelLayout,
    fill,
    label_values,
    qr_modules,
)
from station.printing.label import UnitLabel
from station.printing.stock import LabelStock

MARGIN_MM = 1.5
GAP_MM = 1.0  # between the QR code and the text
QUIET_MODULES = 2
MIN_MODULE_MM = 0.2  # smaller modules do not scan reliably off a thermal label
MAX_MAGNIFICATION = 10  # ^BQ's largest module size, in dots
MIN_TEXT_COLUMN_MM = 12.0
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
class PlacedLabel:
    """Every field of one label in dots, on ``stock``."""

    stock: LabelStock
    qr: QrField
    texts: tuple[TextField, ...]


def _qr_field(label: UnitLabel, stock: LabelStock) -> QrField:
    margin = stock.dots(MARGIN_MM)
    modules = qr_modules(label.qr_text)
    room = min(stock.height_dots - 2 * margin, int(stock.width_dots * 0.55))
    magnification = min(MAX_MAGNIFICATION, room // (modules + 2 * QUIET_MODULES))
    smallest = math.ceil(MIN_MODULE_MM * stock.dots_per_mm)
    if magnification < smallest:
        raise ConfigError(
            f"the QR code of {label.device_id} ({modules} modules) does not fit a label of "
            f"{stock.describe()}",
            hint="use a taller label stock or a printer of higher resolution",
            code="label-does-not-fit",
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


def layout_label(label: UnitLabel, stock: LabelStock) -> PlacedLabel:
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
            code="label-does-not-fit",
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
            return PlacedLabel(stock, qr, texts)
        if not rows[-1].optional:
            raise ConfigError(
                f"the device ID and ID scope of {label.device_id} do not fit a label of "
                f"{stock.describe()}",
                hint="use a larger label stock",
                code="label-does-not-fit",
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


def place_layout(label: UnitLabel, layout: LabelLayout, printer_dpi: int) -> PlacedLabel:
    """``label`` as the profile's ``layout`` places it, at the layout's dpi (else
    ``printer_dpi``); raises ConfigError when its QR code or a text cannot fit."""
    stock = LabelStock(layout.width_mm, layout.height_mm, layout.dpi or printer_dpi)
    values = label_values(label.device_id, label.id_scope, label.profile_name,
                          label.printed_at)
    data = layout.qr_payload(values)
    modules = qr_modules(data)
    magnification = min(MAX_MAGNIFICATION,
                        stock.dots(layout.qr_size_mm) // (modules + 2 * QR_QUIET_MODULES))
    if magnification < math.ceil(MIN_MODULE_MM * stock.dots_per_mm):
        raise ConfigError(
            f"the QR code of {label.device_id} ({modules} modules) does not fit the "
            f"{layout.qr_size_mm:g} mm square of the profile's label at {stock.dpi} dpi",
            hint="make [label] qr.size_mm larger, or its content shorter",
            code="label-does-not-fit",
        )
    quiet = QR_QUIET_MODULES * magnification
    qr = QrField(stock.dots(layout.qr_x_mm) + quiet, stock.dots(layout.qr_y_mm) + quiet,
                 magnification, modules, data)
    texts = []
    for line in layout.texts:
        text = fill(line.template, values)
        if not text:
            continue
        width = stock.dots(layout.text_width_mm(line))
        # Shrunk to fit its width, never cut: a device ID must read whole.
        height = min(stock.dots(line.height_mm), int(width / (CHAR_ADVANCE * len(text))))
        if height < max(MIN_FONT_DOTS, int(SMALLEST_SHRINK * stock.dots(line.height_mm))):
            raise ConfigError(
                f"the text {text!r} of {label.device_id}'s label does not fit its "
                f"{layout.text_width_mm(line):g} mm",
                hint="give the text more width_mm, or a smaller height_mm, in the profile's "
                "[label]",
                code="label-does-not-fit",
            )
        texts.append(TextField(stock.dots(line.x_mm), stock.dots(line.y_mm), height, width,
                               text))
    return PlacedLabel(stock, qr, tuple(texts))


def zpl_for(layout: PlacedLabel) -> str:
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


def render_zpl(label: UnitLabel, stock: LabelStock, layout: LabelLayout | None = None) -> str:
    """``label`` as ZPL II: as the profile's ``layout`` draws it (at the layout's dpi,
    else ``stock``'s), or without one laid out on ``stock``. Raises ConfigError when it
    cannot fit."""
    if layout is not None:
        return zpl_for(place_layout(label, layout, stock.dpi))
    return zpl_for(layout_label(label, stock))
