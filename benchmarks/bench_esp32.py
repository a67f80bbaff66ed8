"""Speed of the station's ESP32 unit cycle, as ratios against bare esptool in the same process.

    .venv/bin/python benchmarks/bench_esp32.py [--quick] [--profile]

Both sides drive the same kind of virtual ESP32 on a loopback socket with baud
emulation (every byte costs what a UART at the current rate needs), at 921600
baud after esptool's CHANGE_BAUDRATE:

- one unit: the station's whole cycle (``run_unit``: detect, identify,
  credentials, record, write, verify, record; no label) against a bare esptool
  write of an NVS image of the same size at the same offset (``detect_chip``,
  ``run_stub``, ``change_baud``, ``attach_flash``, ``write_flash`` with the same
  compression and esptool's own MD5 check, hard reset). Runs alternate; the
  ratio is median station / median bare and should stay at or under 1.10.
- throughput: units per second with four boards provisioned at once by one
  ``ProvisioningRun`` against one board, each board swapped for a fresh one
  (new MAC) between units as a line worker does.

The machines are noisy: read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import pstats
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path

from station.core.events import StageEvent
from station.core.models import (
    Attestation,
    BoardInfo,
    Credential,
    DeviceIdentity,
    Job,
    Unit,
)
from station.core.pipeline import UnitPlan, run_unit
from station.core.plan import JobSettings, build_plan
from station.core.runner import ProvisioningRun
from station.credentials.providers import JobSecrets
from station.credentials.sas import derive_device_key
from station.manifest import Manifest, StationKey
from station.profiles.loader import LoadedProfile, find_profile
from station.profiles.payload import build_payload
from station.simulation.esp32 import VirtualEsp32
from station.simulation.esp32.server import TcpServer
from station.transports.esptool_api import ESPLoader, cmds
from station.transports.nvs_image import build_nvs_image

BAUD = 921600
SCOPE = "0ne000DE001"
GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
RATIO_GOAL = 1.10


def bench_profile(readback: bool) -> LoadedProfile:
    """The demo ESP32 profile at 921600 baud, reading back only when asked."""
    loaded = find_profile("demo-esp32")
    profile = loaded.profile
    profile = profile.model_copy(
        update={
            "transport": profile.transport.model_copy(update={"baud": BAUD}),
            "verify": profile.verify.model_copy(update={"readback": readback}),
        }
    )
    return replace(loaded, profile=profile)


def make_plan(loaded: LoadedProfile) -> UnitPlan:
    settings = JobSettings(id_scope=SCOPE, attestation=Attestation.SAS_GROUP, operator="bench")
    return build_plan(loaded, settings, JobSecrets(group_key_b64=GROUP_KEY), counters=None)


class FreshBoards:
    """Boards of one kind, each with a MAC never used before in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._made = 0

    def new(self) -> VirtualEsp32:
        with self._lock:
            self._made += 1
            seed = f"bench-{time.time_ns()}-{self._made}"
        return VirtualEsp32(chip="esp32", baud_emulation=True, seed=seed)


def ignore(_event: StageEvent) -> None:
    pass


# -- one unit ----------------------------------------------------------------------


def nvs_image_for(loaded: LoadedProfile, board: VirtualEsp32) -> bytes:
    """The NVS image the station would write for ``board``, built before the clock starts."""
    mac = board.mac.replace(":", "")
    device_id = f"esp-{mac}"
    unit = Unit(
        job=Job("job-bench", loaded.id, SCOPE, Attestation.SAS_GROUP),
        board=BoardInfo(port="bench", chip="esp32", mac=mac),
        identity=DeviceIdentity(device_id, "mac"),
        credential=Credential(
            Attestation.SAS_GROUP, sas_primary=derive_device_key(GROUP_KEY, device_id)
        ),
    )
    return build_nvs_image(build_payload(loaded.profile, unit), loaded.profile.storage.size)


def bare_write(url: str, offset: int, image: bytes, compress: bool, readback: bool) -> None:
    """What a script calling esptool's API would do to put ``image`` on the board
    (and, with ``readback``, read it back and compare, as the profile's option does)."""
    esp: ESPLoader = cmds.detect_chip(url, baud=ESPLoader.ESP_ROM_BAUD)
    try:
        esp = cmds.run_stub(esp)
        esp.change_baud(BAUD)
        cmds.attach_flash(esp)
        cmds.write_flash(esp, [(offset, image)], compress=compress, no_compress=not compress)
        if readback and esp.read_flash(offset, len(image)) != image:
            raise SystemExit("bare esptool read back something else than it wrote")
        cmds.reset_chip(esp, "hard-reset")
    finally:
        esp._port.close()


class BaudWitness:
    """Records the rate each session of a served board runs at once the stub changed it."""

    def __init__(self, server: TcpServer) -> None:
        self.server = server
        self.rates: list[int] = []

    def watch(self, board: VirtualEsp32) -> VirtualEsp32:
        original = board.run_session
        rates = self.rates

        def run_session(link):  # type: ignore[no-untyped-def]
            try:
                original(link)
            finally:
                rates.append(link.baud)

        board.run_session = run_session  # type: ignore[method-assign]
        return board


def baud_check() -> None:
    """Show that the emulated UART follows CHANGE_BAUDRATE: the same uncompressed write
    (24 KB of data on the wire) at the ROM's 115200 and after a switch to 921600."""
    image = bytes(range(256)) * (0x6000 // 256)
    times = {}
    for baud in (ESPLoader.ESP_ROM_BAUD, BAUD):
        with FreshBoards().new().serve_tcp() as server:
            esp: ESPLoader = cmds.detect_chip(server.url, baud=ESPLoader.ESP_ROM_BAUD)
            try:
                esp = cmds.run_stub(esp)
                if baud != ESPLoader.ESP_ROM_BAUD:
                    esp.change_baud(baud)
                cmds.attach_flash(esp)
                start = time.perf_counter()
                cmds.write_flash(esp, [(0x9000, image)], no_compress=True)
                times[baud] = time.perf_counter() - start
            finally:
                esp._port.close()
    slow, fast = times[ESPLoader.ESP_ROM_BAUD], times[BAUD]
    print(f"baud emulation: 24 KB uncompressed write {slow:.3f} s at 115200, "
          f"{fast:.3f} s at {BAUD} ({slow / fast:.1f}x faster)")
    if slow / fast < 3:
        raise SystemExit("the virtual board does not follow CHANGE_BAUDRATE")


def bench_one_unit(rounds: int, readback: bool, profile_it: bool) -> tuple[float, float]:
    loaded = bench_profile(readback)
    plan = make_plan(loaded)
    storage = loaded.profile.storage
    boards = FreshBoards()
    station_times: list[float] = []
    bare_times: list[float] = []
    profiler = cProfile.Profile() if profile_it else None
    with tempfile.TemporaryDirectory() as folder:
        manifest_path = Path(folder) / "manifest.sqlite"
        first = boards.new()
        server = first.serve_tcp()
        witness = BaudWitness(server)
        try:
            with Manifest.open(manifest_path, StationKey.generate()) as store:
                for number in range(rounds + 1):  # the first round warms both up
                    server.board = witness.watch(boards.new())
                    image = nvs_image_for(loaded, server.board)
                    start = time.perf_counter()
                    bare_write(
                        server.url, storage.offset, image, loaded.profile.transport.compress,
                        readback,
                    )
                    bare = time.perf_counter() - start

                    server.board = witness.watch(boards.new())
                    if profiler is not None and number:
                        profiler.enable()
                    start = time.perf_counter()
                    result = run_unit(plan, server.url, store, ignore)
                    station = time.perf_counter() - start
                    if profiler is not None:
                        profiler.disable()
                    if not result.ok:
                        raise SystemExit(f"the station failed a unit: {result}")
                    if number:
                        bare_times.append(bare)
                        station_times.append(station)
        finally:
            server.stop()
    slow = [rate for rate in witness.rates if rate != BAUD]
    if slow:
        raise SystemExit(f"a session ended at {slow[0]} baud, not {BAUD}: no CHANGE_BAUDRATE")
    median_station, median_bare = statistics.median(station_times), statistics.median(bare_times)
    label = "read-back on both sides" if readback else "MD5 only, as the profile asks"
    print(f"one unit ({label}), {rounds} alternating rounds at {BAUD} baud:")
    print("  station run_unit  " + " ".join(f"{t:6.3f}" for t in station_times))
    print("  bare esptool      " + " ".join(f"{t:6.3f}" for t in bare_times))
    print(
        f"  median station {median_station:.3f} s, median bare {median_bare:.3f} s, "
        f"ratio {median_station / median_bare:.3f} (goal <= {RATIO_GOAL:.2f})"
    )
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return median_station, median_bare


# -- four boards at once -----------------------------------------------------------


class BenchBay:
    """``count`` virtual boards with baud emulation, each on its own loopback port.

    Like ``station.simulation.bay.VirtualBay``: between units the board on a
    port is replaced by a fresh one, so every unit has a MAC never seen before.
    """

    def __init__(self, count: int, boards: FreshBoards) -> None:
        self.boards = boards
        self.servers = [boards.new().serve_tcp() for _ in range(count)]
        self.by_url = {server.url: server for server in self.servers}

    @property
    def ports(self) -> list[str]:
        return list(self.by_url)

    def next_board(self, port: str) -> bool:
        """Runs on the port's worker thread, between that port's units."""
        self.by_url[port].board = self.boards.new()
        return True

    def stop(self) -> None:
        for server in self.servers:
            server.stop()


def opener(path: Path, key: StationKey) -> Callable[[], AbstractContextManager[Manifest]]:
    return lambda: Manifest.open(path, key)


@contextmanager
def bay(count: int, boards: FreshBoards) -> Iterator[BenchBay]:
    served = BenchBay(count, boards)
    try:
        yield served
    finally:
        served.stop()


def throughput(ports: int, units: int, boards: FreshBoards) -> float:
    """Units per second for ``units`` units over ``ports`` boards at once."""
    plan = make_plan(bench_profile(readback=False))
    with tempfile.TemporaryDirectory() as folder, bay(ports, boards) as served:
        path = Path(folder) / "manifest.sqlite"
        key = StationKey.generate()
        with Manifest.open(path, key):
            pass
        run = ProvisioningRun(
            plan, served.ports, opener(path, key), ignore, count=units,
            next_board=served.next_board,
        )
        start = time.perf_counter()
        results = run.run()
        elapsed = time.perf_counter() - start
    failed = [r for r in results if not r.ok]
    if failed:
        raise SystemExit(f"the station failed units: {failed[0]}")
    return units / elapsed


def bench_parallel(units_per_port: int) -> None:
    boards = FreshBoards()
    throughput(1, 1, boards)  # warm-up
    one = throughput(1, units_per_port, boards)
    four = throughput(4, 4 * units_per_port, boards)
    print(f"throughput, {units_per_port} units per board:")
    print(f"  1 board  {one:6.2f} units/s")
    print(f"  4 boards {four:6.2f} units/s")
    print(f"  ratio 4 boards / 1 board {four / one:.2f} (4.00 would be perfect)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few rounds, for a smoke run")
    parser.add_argument("--profile", action="store_true", help="profile the station's cycle")
    args = parser.parse_args()
    rounds = 3 if args.quick else 9
    baud_check()
    station, bare = bench_one_unit(rounds, readback=False, profile_it=args.profile)
    bench_one_unit(max(1, rounds // 3), readback=True, profile_it=False)
    bench_parallel(2 if args.quick else 6)
    ratio = station / bare
    print(f"\nstation / bare esptool: {ratio:.3f} "
          f"({'within' if ratio <= RATIO_GOAL else 'OVER'} the {RATIO_GOAL:.2f} goal)")
    print(f"GOAL unit_cycle_ratio {ratio:.3f} {RATIO_GOAL:.2f} "
          f"{'met' if ratio <= RATIO_GOAL else 'missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
