"""The label stuck on each provisioned unit: a QR code with its ID scope and device ID."""

from __future__ import annotations

import io
import json
from pathlib import Path

import segno

from station.core.file_names import device_file_name
from station.core.models import Unit
from station.core.private_files import write_private_file


def label_text(unit: Unit, *, include_key: bool = False) -> str:
    """What the QR code holds. The device key only when the job's policy allows it."""
    content = {"idScope": unit.job.id_scope, "deviceId": unit.device_id}
    if include_key and unit.credential.sas_primary:
        content["deviceKey"] = unit.credential.sas_primary
    return json.dumps(content, separators=(",", ":"))


def write_label_svg(unit: Unit, directory: Path, *, include_key: bool = False) -> Path:
    """Write ``<device ID>.svg`` into ``directory`` and return its path.

    A label that holds the device key is a private file (``write_private_file``).
    """
    directory.mkdir(parents=True, exist_ok=True)
    # Named by the one rule that keeps every valid ID a valid name on Windows too.
    path = directory / device_file_name(unit.device_id, ".svg")
    qr = segno.make(label_text(unit, include_key=include_key), error="m")
    if not include_key:
        qr.save(str(path), kind="svg", scale=4, border=2, title=unit.device_id)
        return path
    svg = io.BytesIO()
    qr.save(svg, kind="svg", scale=4, border=2, title=unit.device_id)
    return write_private_file(path, svg.getvalue())
