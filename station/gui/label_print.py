"""Unit labels: drawn from the job's profile's ``[label]`` layout, else from the layout
in ``assets/label.json``, with a segno QR code; printed through Qt's print dialog or
written to PDF. Painting works on any thread (QImage, QPainter); the dialog is the
GUI thread's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from station.core.errors import ConfigError
from station.core.labels import QR_QUIET_MODULES, fill, label_values, qr_code
from station.core.labels import LabelLayout as ProfileLayout
from station.gui.assets import asset_path
from station.gui.i18n import translate
from station.gui.job import LabelContent

MM_PER_POINT = 25.4 / 72


# A profile layout gives a text's full height; Qt's pixel size is the font's em, and
# DejaVu Sans's ascent and descent take about 1.17 em.
EM_PER_HEIGHT = 0.85
BASELINE_SHARE = 0.8  # where in a text's height its baseline sits


@dataclass(frozen=True)
class LabelLine:
    text: str
    x_mm: float
    y_mm: float  # the text's baseline
    size_pt: float
    bold: bool = False
    width_mm: float | None = None  # None: to 1 mm before the label's right edge


@dataclass(frozen=True)
class LabelLayout:
    width_mm: float
    height_mm: float
    qr_x_mm: float
    qr_y_mm: float
    qr_size_mm: float
    quiet_modules: int
    lines: tuple[LabelLine, ...]
    qr_template: str = ""  # a profile layout's QR content; "" for the unit's own QR text


def load_layout(path: Path | None = None) -> LabelLayout:
    """Read a label layout; raises ConfigError naming the file when it is not usable."""
    path = path or asset_path("label.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        qr = data["qr"]
        return LabelLayout(
            width_mm=float(data["width_mm"]),
            height_mm=float(data["height_mm"]),
            qr_x_mm=float(qr["x_mm"]),
            qr_y_mm=float(qr["y_mm"]),
            qr_size_mm=float(qr["size_mm"]),
            quiet_modules=int(qr.get("quiet_modules", 4)),
            lines=tuple(
                LabelLine(
                    text=str(line["text"]),
                    x_mm=float(line["x_mm"]),
                    y_mm=float(line["y_mm"]),
                    size_pt=float(line["size_pt"]),
                    bold=bool(line.get("bold", False)),
                )
                for line in data["lines"]
            ),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"the label layout {path} cannot be used: {exc}",
            hint="restore assets/label.json from the station's installation",
        ) from exc


def from_profile(layout: ProfileLayout) -> LabelLayout:
    """A profile's ``[label]`` layout (top-left corners and heights in mm) as the window
    draws it (baselines and point sizes)."""
    return LabelLayout(
        width_mm=layout.width_mm,
        height_mm=layout.height_mm,
        qr_x_mm=layout.qr_x_mm,
        qr_y_mm=layout.qr_y_mm,
        qr_size_mm=layout.qr_size_mm,
        quiet_modules=QR_QUIET_MODULES,
        lines=tuple(
            LabelLine(
                text=line.template,
                x_mm=line.x_mm,
                y_mm=line.y_mm + BASELINE_SHARE * line.height_mm,
                size_pt=EM_PER_HEIGHT * line.height_mm / MM_PER_POINT,
                bold=line.bold,
                width_mm=layout.text_width_mm(line),
            )
            for line in layout.texts
        ),
        qr_template=layout.qr_template,
    )


def layout_for(content: LabelContent) -> LabelLayout:
    """The layout ``content`` is drawn in: its profile's, else the window's own."""
    return from_profile(content.layout) if content.layout is not None else load_layout()


def _values(content: LabelContent) -> dict[str, str]:
    return label_values(content.device_id, content.id_scope, content.profile_name,
                        content.printed_at)


def qr_payload(content: LabelContent, layout: LabelLayout) -> str:
    """What the label's QR code holds: the profile layout's content, filled in (never
    the device key), else the unit's QR text."""
    return fill(layout.qr_template, _values(content)) if layout.qr_template else content.qr_text


def _fill(text: str, content: LabelContent) -> str:
    return text.format(
        device_id=content.device_id,
        id_scope=content.id_scope,
        profile_name=content.profile_name,
        printed_at=content.printed_at,
        key_note="  · key in QR" if content.includes_key else "",
    )


def paint_label(
    painter: QPainter, content: LabelContent, layout: LabelLayout, dots_per_mm: float
) -> None:
    """Draw the label with its top-left corner at the painter's origin."""
    mm = dots_per_mm
    painter.fillRect(QRectF(0, 0, layout.width_mm * mm, layout.height_mm * mm),
                     Qt.GlobalColor.white)
    # A layout's code is the one a ZPL printer draws for the same layout.
    matrix = qr_code(qr_payload(content, layout), as_printer=bool(layout.qr_template)).matrix
    modules = len(matrix) + 2 * layout.quiet_modules
    cell = layout.qr_size_mm * mm / modules
    left = layout.qr_x_mm * mm + layout.quiet_modules * cell
    top = layout.qr_y_mm * mm + layout.quiet_modules * cell
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor("black")
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                # A hair of overlap so no seams show between modules when scaled.
                painter.fillRect(
                    QRectF(left + col_index * cell, top + row_index * cell,
                           cell + 0.5, cell + 0.5),
                    black,
                )
    painter.restore()
    painter.setPen(black)
    text_width = (layout.width_mm - 1.0) * mm
    for line in layout.lines:
        room = int(line.width_mm * mm if line.width_mm is not None else
                   text_width - line.x_mm * mm)
        text = fill(line.text, _values(content)) if layout.qr_template else _fill(line.text,
                                                                                   content)
        font = QFont("DejaVu Sans")
        font.setBold(line.bold)
        pixels = max(1, round(line.size_pt * MM_PER_POINT * mm))
        font.setPixelSize(pixels)
        painter.setFont(font)
        # A long device ID shrinks (to 60 %) before it is cut: it must stay readable whole.
        while painter.fontMetrics().horizontalAdvance(text) > room and pixels > 1:
            if font.pixelSize() <= 0.6 * pixels:
                break
            font.setPixelSize(font.pixelSize() - 1)
            painter.setFont(font)
        text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(line.x_mm * mm, line.y_mm * mm), text)


def label_image(
    content: LabelContent, layout: LabelLayout | None = None, dots_per_mm: float = 12.0
) -> QImage:
    """The label as an image (for the preview)."""
    layout = layout or layout_for(content)
    image = QImage(
        round(layout.width_mm * dots_per_mm),
        round(layout.height_mm * dots_per_mm),
        QImage.Format.Format_RGB32,
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_label(painter, content, layout, dots_per_mm)
    painter.end()
    return image


def _label_printer(layout: LabelLayout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    page = QPageSize(QSizeF(layout.width_mm, layout.height_mm), QPageSize.Unit.Millimeter,
                     "Unit label", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(
        QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                    QPageLayout.Unit.Millimeter)
    )
    printer.setFullPage(True)
    return printer


def _print_on(printer: QPrinter, content: LabelContent, layout: LabelLayout) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise ConfigError(
            translate("LabelPrint", "the printer did not accept the label"),
            hint=translate("LabelPrint",
                           "check that the label printer is on and has labels, then print again"),
        )
    try:
        paint_label(painter, content, layout, printer.resolution() / 25.4)
    finally:
        painter.end()


def save_label_pdf(content: LabelContent, path: Path, layout: LabelLayout | None = None) -> Path:
    """Write the label as a one-page PDF the size of the label."""
    layout = layout or layout_for(content)
    printer = _label_printer(layout)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _print_on(printer, content, layout)
    return path


def print_label(content: LabelContent, parent: QWidget | None = None) -> bool:
    """Ask for a printer with Qt's print dialog and print the label; False when cancelled."""
    layout = layout_for(content)
    printer = _label_printer(layout)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("LabelPrint", "Print the label of {device}").format(
        device=content.device_id))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _print_on(printer, content, layout)
    return True
