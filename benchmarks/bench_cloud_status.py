"""Cloud status read back for 100,000 units against the loopback IoT Central and DPS.

For each target the manifest holds N provisioned ``sas-group`` units, the
loopback service (``tests/cloud_server.py``, real HTTP on 127.0.0.1) knows all
of them and a third have registered. ``refresh_status`` reads them back as
``station cloud status`` does, paced and retried, and records every unit's
status in the manifest. Reported: requests per unit (goal ≤ 0.02: paged, not
one request per unit) and seconds per 10,000 units (goal ≤ 30 s, i.e. 100,000
units in minutes), then one line per goal::

    GOAL <name> <value> <goal> met|missed

The manifest's rows are written straight into its tables (set-up, not
measured), since provisioning 100,000 units through the pipeline is
``bench_core.py``'s business. ``--quick`` runs 10,000 units.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station.credentials.sas import derive_device_key  # noqa: E402
from station.enrollment.cloud_status import refresh_status  # noqa: E402
from station.enrollment.groups import GroupAttestation, GroupSpec, dps_group  # noqa: E402
from station.enrollment.sas import DpsConnectionString  # noqa: E402
from station.enrollment.upload import DpsCredential, IotcCredential, service_client  # noqa: E402
from station.manifest import Manifest  # noqa: E402
from station.manifest.store import now_iso  # noqa: E402
from tests.cloud_server import HUB, CloudCentral, CloudDps  # noqa: E402
from tests.enrollment_server import IOTC_TOKEN, ServiceServer  # noqa: E402

REQUESTS_PER_UNIT_GOAL = 0.02
SECONDS_PER_10K_GOAL = 30.0
REGISTERED_EVERY = 3


def device_ids(count: int) -> list[str]:
    return [f"unit-{n:06d}" for n in range(count)]


def build_manifest(path: Path, ids: list[str]) -> None:
    """A manifest whose ``ids`` are provisioned ``sas-group`` units (rows written directly)."""
    now = now_iso()
    with Manifest.open(path) as manifest:
        conn = manifest.db.conn
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO jobs (job_id, profile_id, id_scope, attestation, dps_endpoint, "
            "created_at) VALUES ('job-bench', 'bench', '0ne000DE001', 'sas-group', "
            "'global.azure-devices-provisioning.net', ?)", (now,))
        attempt = conn.execute(
            "INSERT INTO attempts (job_id, port, started_at, outcome, pid, process_token) "
            "VALUES ('job-bench', 'bench', ?, 'provisioned', 1, 'bench')", (now,)).lastrowid
        conn.executemany(
            "INSERT INTO units (device_id, job_id, profile_id, attestation, id_scope, "
            "dps_endpoint, status, last_attempt_id, created_at, updated_at, provisioned_at) "
            "VALUES (?, 'job-bench', 'bench', 'sas-group', '0ne000DE001', "
            "'global.azure-devices-provisioning.net', 'provisioned', ?, ?, ?, ?)",
            [(device_id, attempt, now, now, now) for device_id in ids])
        conn.execute("COMMIT")


def bench_central(folder: Path, ids: list[str]) -> tuple[float, float]:
    path = folder / "central.sqlite"
    build_manifest(path, ids)
    service = CloudCentral()
    for n, device_id in enumerate(ids):
        service.devices[device_id] = {
            "id": device_id, "displayName": device_id, "enabled": True,
            "provisioned": n % REGISTERED_EVERY == 0, "template": "dtmi:bench:Board;1",
        }
    with ServiceServer(service) as server:
        started = time.perf_counter()
        report = refresh_status(path, "central",
                                credential=IotcCredential("https://bench.azureiotcentral.com",
                                                          IOTC_TOKEN),
                                endpoint=server.url)
        elapsed = time.perf_counter() - started
        requests = len(server.requests)
    assert report.stopped is None and not server.problems, (report.stopped, server.problems)
    assert len(report.connected) == len(ids[::REGISTERED_EVERY]), "wrong units connected"
    return requests / len(ids), elapsed / len(ids) * 10_000


def bench_dps(folder: Path, ids: list[str]) -> tuple[float, float]:
    path = folder / "dps.sqlite"
    build_manifest(path, ids)
    service = CloudDps()
    credential = DpsCredential(DpsConnectionString.parse(service.connection_string))
    keys: dict[str, str] = {}

    class Keys:
        description = "benchmark memory"
        needs_passphrase = False
        unlocked = True

        def unlock(self, passphrase: str) -> None: ...
        def get(self, name: str) -> str: return keys.get(name, "")
        def set(self, name: str, value: str) -> None: keys[name] = value
        def delete(self, name: str) -> None: keys.pop(name, None)

    with ServiceServer(service) as server:
        with service_client(credential, server.url, time.sleep, time.monotonic) as client:
            dps_group(client, GroupSpec("bench", GroupAttestation.SAS), Keys())
        group_key = keys["group-key"]
        for device_id in ids[:: REGISTERED_EVERY * 100]:
            # A sample registers as a device would (its key derived from the group's)...
            service.register(device_id, symmetric_key=derive_device_key(group_key, device_id))
        for device_id in ids[::REGISTERED_EVERY]:
            # ...the rest of the third that registered is set in place, to keep set-up short.
            service.registrations.setdefault(device_id, {
                "registrationId": device_id, "enrollmentGroupId": "bench", "status": "assigned",
                "assignedHub": HUB, "deviceId": device_id, "etag": "bench"})
        before = len(server.requests)
        started = time.perf_counter()
        report = refresh_status(path, "dps", credential=credential, endpoint=server.url)
        elapsed = time.perf_counter() - started
        requests = len(server.requests) - before
    assert report.stopped is None and not server.problems, (report.stopped, server.problems)
    assert len(report.connected) == len(ids[::REGISTERED_EVERY]), "wrong units connected"
    return requests / len(ids), elapsed / len(ids) * 10_000


def goal(name: str, value: float, ceiling: float) -> str:
    return f"GOAL {name} {value:.4g} <={ceiling:g} {'met' if value <= ceiling else 'missed'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 units, for a smoke run")
    args = parser.parse_args()
    count = 10_000 if args.quick else 100_000
    ids = device_ids(count)
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for target, bench in (("central", bench_central), ("dps", bench_dps)):
            per_unit, per_10k = bench(Path(folder), ids)
            print(f"{target}: {count} units, {per_unit:.4f} requests per unit, "
                  f"{per_10k:.2f} s per 10,000 units", flush=True)
            lines.append(goal(f"{target}_status_requests_per_unit", per_unit,
                              REQUESTS_PER_UNIT_GOAL))
            lines.append(goal(f"{target}_status_seconds_per_10k_units", per_10k,
                              SECONDS_PER_10K_GOAL))
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
