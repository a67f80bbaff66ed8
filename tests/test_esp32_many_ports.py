"""Several ESP32 ports at once: each unit recorded, and the ports take turns at the manifest."""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from station.core.models import Attestation, UnitStatus
from station.core.runner import ProvisioningRun
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.simulation.esp32 import VirtualEsp32

SCOPE = "0ne000DE001"
GROUP_KEY = base64.b64encode(hashlib.sha512(b"many ports group key").digest()).decode()
WRITES = ("begin_attempt", "record_pending", "record_provisioned", "record_failed",
          "record_events")


class WatchedManifest:
    """A port's manifest that notes when two ports' writes overlap."""

    inside = 0
    overlaps = 0
    lock = threading.Lock()

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._manifest, name)
        if name not in WRITES:
            return method
        return self._watched(method)

    @classmethod
    def _watched(cls, method: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            with cls.lock:
                cls.overlaps += cls.inside
                cls.inside += 1
            try:
                time.sleep(0.001)  # give another port the chance to come in meanwhile
                return method(*args, **kwargs)
            finally:
                with cls.lock:
                    cls.inside -= 1

        return watched


def test_ports_take_turns_at_the_manifest_and_every_unit_is_recorded(tmp_path: Path):
    loaded = find_profile("demo-esp32")
    plan = build_plan(loaded, JobSettings(id_scope=SCOPE, attestation=Attestation.SAS_GROUP),
                      JobSecrets(group_key_b64=GROUP_KEY), counters=None)
    WatchedManifest.inside = WatchedManifest.overlaps = 0
    boards = [VirtualEsp32(seed=f"port-{number}") for number in range(4)]
    servers = [board.serve_tcp() for board in boards]
    path, key = tmp_path / "manifest.sqlite", StationKey.generate()

    @contextmanager
    def open_store() -> Iterator[WatchedManifest]:
        with Manifest.open(path, key) as manifest:
            yield WatchedManifest(manifest)

    try:
        results = ProvisioningRun(
            plan, [server.url for server in servers], open_store,  # type: ignore[arg-type]
            lambda event: None, count=4,
        ).run()
    finally:
        for server in servers:
            server.stop()

    assert [result.status for result in results] == [UnitStatus.PROVISIONED] * 4
    assert WatchedManifest.overlaps == 0
    with Manifest.open(path, key) as manifest:
        for board in boards:
            unit = manifest.unit(f"esp-{board.mac.replace(':', '')}")
            assert unit is not None and unit.status is UnitStatus.PROVISIONED
