"""The window's label preview and PDF drawn in a profile's ``[label]`` layout."""

from __future__ import annotations

import re
from pathlib import Path

import segno
from PySide6.QtGui import QColor

from station.core.labels import QR_QUIET_MODULES
from station.gui.app import application
from station.gui.job import LabelContent
from station.gui.label_print import label_image, layout_for, qr_payload, save_label_pdf
from tests.test_label_layouts import SQUARE, _layout

DEVICE, SCOPE = "demo-0011223344", "0ne000DE001"


def test_preview_and_pdf_follow_the_profile_layout(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    application()
    profile_layout = _layout(tmp_path, SQUARE)
    content = LabelContent(
        DEVICE,
        SCOPE,
        "Demo",
        '{"idScope":"x","deviceId":"y"}',
        "2025-01-01 08:00",
        includes_key=True,
        layout=profile_layout,
    )
    layout = layout_for(content)
    assert (layout.width_mm, layout.height_mm) == (40, 40)
    # The layout's content, filled in: the unit's own QR text (and any key) is not used.
    assert qr_payload(content, layout) == f"DEV:{DEVICE}"

    dots_per_mm = 10
    image = label_image(content, dots_per_mm=dots_per_mm)
    assert (image.width(), image.height()) == (400, 400)
    matrix = segno.make_qr(f"DEV:{DEVICE}", error="m", mode="byte", boost_error=False).matrix
    modules = len(matrix) + 2 * QR_QUIET_MODULES
    cell = profile_layout.qr_size_mm * dots_per_mm / modules

    def dark_at(row: int, column: int) -> bool:
        x = profile_layout.qr_x_mm * dots_per_mm + (column + 0.5) * cell
        y = profile_layout.qr_y_mm * dots_per_mm + (row + 0.5) * cell
        return QColor(image.pixel(int(x), int(y))).lightness() < 128

    read = [[dark_at(r, c) for c in range(modules)] for r in range(modules)]
    expected = [[False] * modules for _ in range(modules)]
    for r, row in enumerate(matrix):
        for c, on in enumerate(row):
            expected[r + QR_QUIET_MODULES][c + QR_QUIET_MODULES] = bool(on)
    assert read == expected
    # Ink in each text's box, none below the last one.
    for line in profile_layout.texts:
        top, bottom = round(line.y_mm * dots_per_mm), round((line.y_mm + line.height_mm) * 10)
        assert any(
            QColor(image.pixel(x, y)).lightness() < 128
            for x in range(round(line.x_mm * 10), 390)
            for y in range(top, bottom)
        )
    assert not any(
        QColor(image.pixel(x, y)).lightness() < 128 for x in range(400) for y in range(335, 400)
    )

    data = save_label_pdf(content, tmp_path / "label.pdf").read_bytes()
    (box,) = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert all(abs(float(n) - 40 * 72 / 25.4) < 1 for n in box)
