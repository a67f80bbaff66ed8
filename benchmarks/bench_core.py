"""Speed of the station's core, as ratios against a bare baseline run in the same process.

    .venv/bin/python benchmarks/bench_core.py [--quick]

- 10,000 SAS device-key derivations vs. bare hmac/base64 over the same IDs;
- 1,000 X.509 leaf issues vs. bare `cryptography` key generation and signing;
- 100,000 manifest rows written (one transaction per unit, as the pipeline does)
  and exported, vs. plain sqlite3 inserts of the same rows, one commit each.

The machines are noisy: read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import hmac
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.credentials.sas import derive_device_key
from station.credentials.x509 import create_ca, issue_leaf
from station.manifest import Manifest, StationKey
from station.manifest.exports import export

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


# Ceilings on station / baseline, a little above the ratios measured when each part was
# written (SAS 1.40, X.509 leaf 2.39, manifest 2.62): a regression shows as "missed".
RATIO_GOALS = {"sas": 2.0, "x509": 3.0, "manifest": 3.0}
RATIOS: dict[str, float] = {}


def report(name: str, count: int, station: float, baseline: float) -> None:
    key = next((goal for goal in RATIO_GOALS
                if name.lower().replace(".", "").startswith(goal)), name)
    RATIOS[key] = max(RATIOS.get(key, 0.0), station / baseline)
    print(
        f"{name:<28} {count:>7} ops  station {station:8.3f} s  baseline {baseline:8.3f} s  "
        f"ratio {station / baseline:6.2f}  ({count / station:,.0f} ops/s)"
    )


def bench_sas(count: int) -> None:
    ids = [f"unit-{n:06d}" for n in range(count)]
    raw = base64.b64decode(GROUP_KEY)

    def bare() -> None:
        for device_id in ids:
            digest = hmac.new(raw, device_id.encode(), hashlib.sha256).digest()
            base64.b64encode(digest).decode()

    def station() -> None:
        for device_id in ids:
            derive_device_key(GROUP_KEY, device_id)

    report("SAS derivations", count, timed(station), timed(bare))


def bench_x509(count: int) -> None:
    ca = create_ca("Benchmark CA")
    ids = [f"unit-{n:06d}" for n in range(count)]

    def bare() -> None:
        now = datetime.now(UTC)
        for device_id in ids:
            key = ec.generate_private_key(ec.SECP256R1())
            name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, device_id)])
            cert = (
                x509.CertificateBuilder()
                .subject_name(name)
                .issuer_name(ca.certificate.subject)
                .public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now)
                .not_valid_after(now + timedelta(days=365))
                .sign(ca.private_key, hashes.SHA256())
            )
            cert.public_bytes(serialization.Encoding.PEM)
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )

    def station() -> None:
        for device_id in ids:
            issue_leaf(ca, device_id)

    report("X.509 leaf issues", count, timed(station), timed(bare))


def _unit(job: Job, n: int) -> Unit:
    device_id = f"unit-{n:06d}"
    return Unit(
        job=job,
        board=BoardInfo(port="bench", board_type="virtual", mac=f"{n:012x}"),
        identity=DeviceIdentity(device_id, "counter"),
        credential=Credential(Attestation.SAS_GROUP, sas_primary="x" * 44),
    )


def bench_manifest(count: int, folder: Path) -> None:
    job = Job("job-bench", "bench", "0ne000DE001", Attestation.SAS_GROUP, "op", "st")
    units = [_unit(job, n) for n in range(count)]

    def bare() -> None:
        db = sqlite3.connect(folder / "bare.sqlite")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(
            "CREATE TABLE units (device_id TEXT UNIQUE, job_id TEXT, port TEXT, mac TEXT, "
            "status TEXT, created_at TEXT)"
        )
        for unit in units:
            with db:
                db.execute(
                    "INSERT INTO units VALUES (?, ?, ?, ?, 'pending', datetime('now'))",
                    (unit.device_id, job.job_id, "bench", unit.board.mac),
                )
            with db:
                db.execute(
                    "UPDATE units SET status='provisioned' WHERE device_id=?", (unit.device_id,)
                )
        with open(folder / "bare.csv", "w", newline="") as out:
            writer = csv.writer(out)
            for row in db.execute("SELECT * FROM units"):
                writer.writerow(row)
        db.close()

    def station() -> None:
        with Manifest.open(folder / "station.sqlite", StationKey.generate()) as manifest:
            for unit in units:
                attempt = manifest.begin_attempt(job, "bench")
                manifest.record_pending(attempt, unit)
                manifest.record_provisioned(attempt, unit.device_id)
            export(manifest, "audit", folder / "audit.csv")

    report("manifest rows + export", count, timed(station), timed(bare))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the work, for a smoke run")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    bench_sas(10_000 // scale)
    bench_x509(1_000 // scale)
    with tempfile.TemporaryDirectory() as folder:
        bench_manifest(100_000 // scale, Path(folder))
    for goal, ceiling in RATIO_GOALS.items():
        ratio = RATIOS.get(goal, float("inf"))
        verdict = "met" if ratio <= ceiling else "missed"
        print(f"GOAL {goal}_ratio {ratio:.2f} <={ceiling:.2f} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
