"""The label stuck on each provisioned unit: what its QR code holds, the layout a profile
may give it (``[label]``), and the label as an SVG file.

A layout is in millimetres and names the unit's facts as ``{field}`` templates; each
renderer (ZPL at the printer's dpi, the window's PDF and preview, the SVG written
here) converts it to its own units, so one layout gives the same label everywhere.
Without a layout each renderer keeps the label it always drew. No Qt here.
"""

from __future__ import annotations

import io
import json
import math
import string
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import segno

from station.core.file_names import device_file_name
from station.core.models import Unit
from station.core.private_files import write_private_file

MM_PER_INCH = 25.4
# What a label may show. The device key is not among them: a layout never prints it.
LABEL_FIELDS = ("device_id", "id_scope", "profile_name", "printed_at")
LAYOUT_DPI = (203, 300)  # the print heads a layout is made for
# Smaller than this holds no readable QR code and text; wider than a 4-inch printer's
# widest head (104 mm), or longer than any stock, is a typing error.
LABEL_MIN_MM = 15.0
LABEL_MAX_WIDTH_MM = 120.0
LABEL_MAX_HEIGHT_MM = 400.0
# Today's QR content (``label_text`` without the key), as a layout's template.
DEFAULT_QR_TEMPLATE = '{{"idScope":"{id_scope}","deviceId":"{device_id}"}}'
QR_QUIET_MODULES = 2  # the quiet zone inside a layout's QR square, in modules
MIN_MODULE_MM = 0.2  # smaller QR modules do not scan reliably off a thermal label
MIN_TEXT_DOTS = 10  # the smallest height a ZPL printer's font 0 prints
# Font 0's advance per character as a share of its height: a little more than its
# widest lowercase letters and digits, so an estimated line always fits.
CHAR_ADVANCE = 0.62
SMALLEST_SHRINK = 0.6  # a text too long for its width shrinks to this share, then no more
# A device ID as long as most lines use, to check that a layout's QR square holds a code.
SAMPLE_VALUES = {
    "device_id": "line3-" + "0123456789ab" * 2,
    "id_scope": "0ne0012ABCD",
    "profile_name": "Sample profile",
    "printed_at": "2025-01-01 08:00",
}


def label_text(unit: Unit, *, include_key: bool = False) -> str:
    """What the QR code holds. The device key only when the job's policy allows it."""
    content = {"idScope": unit.job.id_scope, "deviceId": unit.device_id}
    if include_key and unit.credential.sas_primary:
        content["deviceKey"] = unit.credential.sas_primary
    return json.dumps(content, separators=(",", ":"))


def template_fields(template: str) -> list[str]:
    """The field names ``template`` uses; raises ValueError for one that is not a
    plain ``{name}`` (an unclosed brace, a format spec, an index)."""
    names = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"'{{{name}}}' is not a field; write fields as {{name}}")
        names.append(name)
    return names


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its fields replaced by ``values`` (checked by ``template_fields``)."""
    return template.format_map({name: values.get(name, "") for name in LABEL_FIELDS})


@dataclass(frozen=True)
class LabelTextLine:
    """One text of a layout: ``template`` with its top-left corner at (x, y) mm,
    ``height_mm`` high, and at most ``width_mm`` wide (None: to the label's edge)."""

    template: str
    x_mm: float
    y_mm: float
    height_mm: float
    width_mm: float | None = None
    bold: bool = False


@dataclass(frozen=True)
class LabelLayout:
    """A profile's label: its size, the QR code's content and square (quiet zone
    included) and the texts. ``dpi`` is the print head it is made for (None: the
    printer's, as Settings or ``--label-dpi`` give it)."""

    width_mm: float
    height_mm: float
    qr_template: str
    qr_x_mm: float
    qr_y_mm: float
    qr_size_mm: float
    texts: tuple[LabelTextLine, ...]
    dpi: int | None = None

    def text_width_mm(self, text: LabelTextLine) -> float:
        return text.width_mm if text.width_mm is not None else self.width_mm - text.x_mm

    def qr_payload(self, values: Mapping[str, str]) -> str:
        return fill(self.qr_template, values)


def label_values(
    device_id: str, id_scope: str, profile_name: str, printed_at: str
) -> dict[str, str]:
    """The fields a layout's templates take, by name."""
    return {
        "device_id": device_id,
        "id_scope": id_scope,
        "profile_name": profile_name,
        "printed_at": printed_at,
    }


# A unit's label is drawn twice (its SVG file, then the window's preview) from the
# same text, and encoding takes the interpreter several milliseconds, most of them
# in choosing the mask. The last few codes are kept: no more than the window's
# tiles keep of their boards' labels.
QR_CODES_KEPT = 16


def qr_code(data: str, *, as_printer: bool = False) -> segno.QRCode:
    """The QR code of ``data`` at error correction M. ``as_printer``: byte mode and
    the smallest version that holds it, as a ZPL printer's ``^BQ`` chooses (a
    layout's code); otherwise segno's choice of mode and version.

    The code returned is shared: read it, never change it.
    """
    return _encoded(data, as_printer)  # one cache key however the caller spells it


@lru_cache(maxsize=QR_CODES_KEPT)
def _encoded(data: str, as_printer: bool) -> segno.QRCode:
    if as_printer:
        return segno.make_qr(data, error="m", mode="byte", boost_error=False)
    return segno.make(data, error="m")


def qr_modules(data: str) -> int:
    """The side in modules of the QR code of ``data`` (error correction M, byte mode,
    the smallest version that holds it, as a ZPL printer's ``^BQ`` chooses)."""
    return int(qr_code(data, as_printer=True).symbol_size(border=0)[0])


def _dots(mm: float, dpi: int) -> int:
    return int(mm * dpi / MM_PER_INCH)


def layout_problems(layout: LabelLayout) -> Iterator[tuple[str, str]]:
    """Every reason ``layout`` cannot be used, as (where, one line): a field that does
    not exist, a QR code or text outside the label or over another, a text or QR
    module too small to print. Checked at the layout's dpi, or at 203 and 300."""
    allowed = ", ".join(f"{{{name}}}" for name in LABEL_FIELDS)
    templates_ok = True
    for where, template in [("qr.content", layout.qr_template)] + [
        (f"texts[{i}].text", text.template) for i, text in enumerate(layout.texts)
    ]:
        try:
            names = template_fields(template)
        except ValueError as exc:
            templates_ok = False
            yield where, f"{template!r}: {exc}; allowed fields: {allowed}"
            continue
        for name in names:
            if name not in LABEL_FIELDS:
                templates_ok = False
                yield where, f"'{{{name}}}' is not a label field; allowed: {allowed}"
    size = f"{layout.width_mm:g} x {layout.height_mm:g} mm"
    qr_box = (layout.qr_x_mm, layout.qr_y_mm, layout.qr_size_mm, layout.qr_size_mm)
    if not _inside(qr_box, layout):
        yield (
            "qr",
            (
                f"the QR code ({_box(qr_box)}) reaches beyond the label of {size}; "
                "allowed: x_mm + size_mm and y_mm + size_mm within the label"
            ),
        )
    boxes: list[tuple[str, tuple[float, float, float, float]]] = [("the QR code", qr_box)]
    for i, text in enumerate(layout.texts):
        box = (text.x_mm, text.y_mm, layout.text_width_mm(text), text.height_mm)
        if box[2] <= 0 or not _inside(box, layout):
            yield (
                f"texts[{i}]",
                (
                    f"the text {text.template!r} ({_box(box)}) reaches beyond the "
                    f"label of {size}; allowed: x_mm + width_mm and y_mm + "
                    "height_mm within the label"
                ),
            )
        for name, other in boxes:
            if _overlap(box, other):
                yield (
                    f"texts[{i}]",
                    (
                        f"the text {text.template!r} ({_box(box)}) lies over "
                        f"{name}; allowed: texts beside or below one another"
                    ),
                )
        boxes.append((f"the text {text.template!r}", box))
    for dpi in (layout.dpi,) if layout.dpi else LAYOUT_DPI:
        for i, text in enumerate(layout.texts):
            if _dots(text.height_mm, dpi) < MIN_TEXT_DOTS:
                smallest = MIN_TEXT_DOTS * MM_PER_INCH / dpi
                yield (
                    f"texts[{i}].height_mm",
                    (
                        f"{text.height_mm:g} mm is smaller than a {dpi} dpi printer's smallest "
                        f"font; allowed: at least {math.ceil(smallest * 10) / 10:g} mm"
                    ),
                )
        if templates_ok:
            modules = qr_modules(layout.qr_payload(SAMPLE_VALUES)) + 2 * QR_QUIET_MODULES
            module_mm = math.floor(_dots(layout.qr_size_mm, dpi) / modules) * MM_PER_INCH / dpi
            if module_mm < MIN_MODULE_MM:
                yield (
                    "qr.size_mm",
                    (
                        f"{layout.qr_size_mm:g} mm leaves QR modules of {module_mm:.2f} mm at "
                        f"{dpi} dpi for a {len(SAMPLE_VALUES['device_id'])}-character device ID; "
                        f"allowed: a square of at least "
                        f"{math.ceil(modules * MIN_MODULE_MM * 1.2):g} mm, or a shorter QR content"
                    ),
                )


def _inside(box: tuple[float, float, float, float], layout: LabelLayout) -> bool:
    x, y, width, height = box
    slack = 1e-6
    return (
        x >= 0
        and y >= 0
        and x + width <= layout.width_mm + slack
        and y + height <= layout.height_mm + slack
    )


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _box(box: tuple[float, float, float, float]) -> str:
    x, y, width, height = box
    return f"at {x:g}, {y:g} mm, {width:g} x {height:g} mm"


def fitted_height(text: str, width_mm: float, height_mm: float) -> float | None:
    """The height in mm at which ``text`` fits ``width_mm`` (``CHAR_ADVANCE`` per
    character): ``height_mm``, or smaller down to ``SMALLEST_SHRINK`` of it; None when
    even that is too wide. A label's text shrinks, it is never cut."""
    if not text:
        return height_mm
    fits = width_mm / (CHAR_ADVANCE * len(text))
    if fits >= height_mm:
        return height_mm
    return fits if fits >= SMALLEST_SHRINK * height_mm else None


def layout_svg(layout: LabelLayout, values: Mapping[str, str]) -> str:
    """The whole label as SVG, in millimetres: the QR code of the layout's content as one
    path of dark modules, each text as a ``<text>`` element at its place."""
    payload = layout.qr_payload(values)
    matrix = qr_code(payload, as_printer=True).matrix
    modules = len(matrix) + 2 * QR_QUIET_MODULES
    cell = layout.qr_size_mm / modules
    runs = []
    for row, cells in enumerate(matrix):
        column = 0
        while column < len(cells):
            if cells[column]:
                start = column
                while column < len(cells) and cells[column]:
                    column += 1
                x = start + QR_QUIET_MODULES
                runs.append(f"M{x},{row + QR_QUIET_MODULES}h{column - start}v1h-{column - start}z")
            else:
                column += 1
    qr_left = layout.qr_x_mm
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{layout.width_mm:g}mm" '
        f'height="{layout.height_mm:g}mm" viewBox="0 0 {layout.width_mm:g} '
        f'{layout.height_mm:g}">',
        f'<rect width="{layout.width_mm:g}" height="{layout.height_mm:g}" fill="#fff"/>',
        f'<path data-qr={quoteattr(payload)} transform="translate({qr_left:g},'
        f'{layout.qr_y_mm:g}) scale({cell:.6g})" fill="#000" d="{"".join(runs)}"/>',
    ]
    for text in layout.texts:
        shown = fill(text.template, values)
        width = layout.text_width_mm(text)
        height = fitted_height(shown, width, text.height_mm) or SMALLEST_SHRINK * text.height_mm
        weight = ' font-weight="bold"' if text.bold else ""
        # The baseline a little above the box's bottom, where a font's descenders end.
        parts.append(
            f'<text x="{text.x_mm:g}" y="{text.y_mm + 0.8 * height:.3f}" '
            f'font-family="DejaVu Sans, sans-serif" font-size="{height:.3f}"{weight} '
            f'textLength="{min(width, CHAR_ADVANCE * height * len(shown)):.3f}" '
            f'lengthAdjust="spacingAndGlyphs">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def write_label_svg(
    unit: Unit,
    directory: Path,
    *,
    include_key: bool = False,
    layout: LabelLayout | None = None,
    profile_name: str = "",
    printed_at: str = "",
) -> Path:
    """Write ``<device ID>.svg`` into ``directory`` and return its path.

    Without ``layout``: the QR code of ``label_text``. With one: the whole label as the
    layout draws it (a layout's content never holds the device key). A label that holds
    the device key is a private file (``write_private_file``).
    """
    directory.mkdir(parents=True, exist_ok=True)
    # Named by the one rule that keeps every valid ID a valid name on Windows too.
    path = directory / device_file_name(unit.device_id, ".svg")
    if layout is not None:
        values = label_values(
            unit.device_id,
            unit.job.id_scope,
            profile_name,
            printed_at or time.strftime("%Y-%m-%d %H:%M"),
        )
        path.write_text(layout_svg(layout, values), encoding="utf-8")
        return path
    qr = qr_code(label_text(unit, include_key=include_key))
    if not include_key:
        qr.save(str(path), kind="svg", scale=4, border=2, title=unit.device_id)
        return path
    svg = io.BytesIO()
    qr.save(svg, kind="svg", scale=4, border=2, title=unit.device_id)
    return write_private_file(path, svg.getvalue())
