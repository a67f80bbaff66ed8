"""What a printed unit label shows, made from a unit in the pipeline or its manifest record.

A printed label never carries the device key: a label printer is reached over
plain TCP on the factory network, which must yield no device key (DESIGN.md,
"Data the station must never lose or leak"). The QR code holds what
``station.core.labels.label_text`` gives without the key: the ID scope and the
device ID.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from station.core.labels import label_text
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit


@dataclass(frozen=True)
class UnitLabel:
    """One unit's label: its texts and ``qr_text``, what its QR code holds."""

    device_id: str
    id_scope: str
    profile_name: str
    qr_text: str
    printed_at: str


def unit_label(
    device_id: str, id_scope: str, profile_name: str, attestation: Attestation
) -> UnitLabel:
    """The label of ``device_id`` (the QR text of ``label_text``, without the key)."""
    unit = Unit(
        job=Job(job_id="", profile_id="", id_scope=id_scope, attestation=attestation),
        board=BoardInfo(port=""),
        identity=DeviceIdentity(device_id, source=""),
        credential=Credential(attestation=attestation),
    )
    return UnitLabel(
        device_id=device_id,
        id_scope=id_scope,
        profile_name=profile_name,
        qr_text=label_text(unit, include_key=False),
        printed_at=time.strftime("%Y-%m-%d %H:%M"),
    )
