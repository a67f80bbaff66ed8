"""The label stock a printer holds: its size in millimetres and the printer's resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass

from station.core.errors import ConfigError
from station.core.labels import LABEL_MAX_HEIGHT_MM, LABEL_MAX_WIDTH_MM, LABEL_MIN_MM

MM_PER_INCH = 25.4
# The print-head resolutions of Zebra and compatible printers (dots per inch).
PRINTER_DPI = (152, 203, 300, 600)
DEFAULT_STOCK = "62x29"  # the stock of the window's PDF label (assets/label.json)
DEFAULT_DPI = 203
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*$", re.IGNORECASE)
# The same bounds as a profile's label layout.
MIN_MM = LABEL_MIN_MM
MAX_WIDTH_MM = LABEL_MAX_WIDTH_MM
MAX_HEIGHT_MM = LABEL_MAX_HEIGHT_MM


@dataclass(frozen=True)
class LabelStock:
    """One label's size in mm (``width_mm`` across the print head) and the printer's dpi."""

    width_mm: float
    height_mm: float
    dpi: int = DEFAULT_DPI

    def __post_init__(self) -> None:
        if self.dpi not in PRINTER_DPI:
            known = ", ".join(map(str, PRINTER_DPI))
            raise ConfigError(
                f"a label printer of {self.dpi} dpi is not one the station knows",
                hint=f"give the printer's resolution: one of {known}",
            )
        for what, value, largest in (
            ("width", self.width_mm, MAX_WIDTH_MM),
            ("height", self.height_mm, MAX_HEIGHT_MM),
        ):
            if not MIN_MM <= value <= largest:
                raise ConfigError(
                    f"a label {what} of {value:g} mm is outside {MIN_MM:g} to {largest:g} mm",
                    hint="give the label stock's size as WIDTHxHEIGHT in mm, e.g. 62x29",
                )

    @classmethod
    def parse(cls, size: str, dpi: int = DEFAULT_DPI) -> LabelStock:
        """``"62x29"`` (mm, width across the print head first) at ``dpi``."""
        match = _SIZE.match(size)
        if match is None:
            raise ConfigError(
                f"{size!r} is not a label size",
                hint="give it as WIDTHxHEIGHT in mm, e.g. 62x29 or 50.8x25.4",
            )
        return cls(float(match.group(1)), float(match.group(2)), dpi)

    @property
    def dots_per_mm(self) -> float:
        return self.dpi / MM_PER_INCH

    def dots(self, mm: float) -> int:
        """``mm`` in printer dots, rounded down (what fits, never more)."""
        return int(mm * self.dots_per_mm)

    @property
    def width_dots(self) -> int:
        return self.dots(self.width_mm)

    @property
    def height_dots(self) -> int:
        return self.dots(self.height_mm)

    def describe(self) -> str:
        return f"{self.width_mm:g} x {self.height_mm:g} mm at {self.dpi} dpi"
