"""Units recorded in a manifest the way the pipeline records them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.manifest import Manifest
from station.manifest.journal import JOURNALED_COLUMNS

SAS_INDIVIDUAL = Attestation.SAS_INDIVIDUAL


def make_job(station_id: str = "line-1") -> Job:
    return Job(
        job_id=f"job-{station_id}",
        profile_id="esp32-devkit",
        id_scope="0ne0012ABCD",
        attestation=SAS_INDIVIDUAL,
        operator="ana",
        station_id=station_id,
    )


def mac_of(device_id: str) -> str:
    """A board MAC of its own for each device ID, written as a board reports it."""
    digest = hashlib.sha256(device_id.encode()).digest()
    return ":".join(f"{byte:02x}" for byte in digest[:6])


def make_unit(device_id: str, station_id: str = "line-1", key: str = "", mac: str = "") -> Unit:
    return Unit(
        job=make_job(station_id),
        board=BoardInfo(port="COM3", board_type="devkit", chip="ESP32",
                        mac=mac or mac_of(device_id)),
        identity=DeviceIdentity(device_id, "counter"),
        credential=Credential(
            SAS_INDIVIDUAL,
            sas_primary=key or f"primary-{device_id}",
            sas_secondary=f"secondary-{device_id}",
        ),
    )


def provision(manifest: Manifest, device_id: str, station_id: str = "line-1",
              key: str = "", mac: str = "") -> None:
    job = make_job(station_id)
    attempt = manifest.begin_attempt(job, "COM3")
    manifest.record_pending(attempt, make_unit(device_id, station_id, key, mac))
    manifest.record_provisioned(attempt, device_id)


def fail(manifest: Manifest, device_id: str) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_pending(attempt, make_unit(device_id))
    manifest.record_failed(attempt, device_id, "verify", "read-back differs")


def fail_then_provision(manifest: Manifest, device_id: str) -> None:
    """Four journal entries of one unit: pending, failed, pending and provisioned."""
    fail(manifest, device_id)
    provision(manifest, device_id)


def manifest_units(path: Path) -> dict[str, dict[str, Any]]:
    """Every unit's journaled facts and certificate, straight from the SQLite file."""
    columns = (*JOURNALED_COLUMNS, "cert_pem")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM units").fetchall()
    finally:
        conn.close()
    return {row[0]: dict(zip(columns, row, strict=True)) for row in rows}


def line_units(db: Any, station: str) -> dict[str, dict[str, Any]]:
    columns = (*JOURNALED_COLUMNS, "cert_pem")
    rows = db.query(f"SELECT {', '.join(columns)} FROM units WHERE station = %s", (station,))
    return {row[0]: dict(zip(columns, row, strict=True)) for row in rows}


def journal_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT seq, at, action, device_id, attempt_id, facts, prev, kind, mac "
            "FROM journal ORDER BY seq"
        ).fetchall()
    finally:
        conn.close()
