"""Labels waiting for the printer, kept in a file beside the manifest until printed.

A label that cannot be printed now (the printer is off, out of paper, its head
open) waits in order with those after it; it leaves the list only once printed,
and the list is written at every change, so neither a printer fault nor the
station closing loses a unit's label. Labels never carry a device key (see
``station.printing.label``), so the file holds nothing secret. One thread uses a
list at a time (the window's GUI thread).
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path

from station.core.locations import labels_dir_for
from station.core.private_files import write_private_file
from station.printing.label import UnitLabel

WAITING_FILE = "waiting-labels.json"


def waiting_file_for(manifest: Path) -> Path:
    """Where the labels of ``manifest``'s units wait."""
    return labels_dir_for(manifest) / WAITING_FILE


class WaitingLabels:
    """The labels still to print, oldest first, as the file at ``path`` keeps them."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.labels: list[UnitLabel] = self._read() if path is not None else []

    def __len__(self) -> int:
        return len(self.labels)

    def __bool__(self) -> bool:
        return bool(self.labels)

    @property
    def first(self) -> UnitLabel:
        return self.labels[0]

    def add(self, label: UnitLabel) -> None:
        self.labels.append(label)
        self._write()

    def printed(self, label: UnitLabel) -> None:
        """``label`` was printed: it leaves the list."""
        if label in self.labels:
            self.labels.remove(label)
            self._write()

    def _read(self) -> list[UnitLabel]:
        assert self.path is not None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            # A damaged list must not stop the station; the units' labels can be printed
            # again from the manifest (station label print).
            return []
        known = {field.name for field in fields(UnitLabel)}
        labels = []
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and known <= set(item):
                labels.append(UnitLabel(**{name: str(item[name]) for name in known}))
        return labels

    def _write(self) -> None:
        if self.path is None:
            return
        text = json.dumps([asdict(label) for label in self.labels], indent=1)
        write_private_file(self.path, text.encode("utf-8"))
