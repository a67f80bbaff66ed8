"""A shift through the window: thousands of units, then a clean close.

    .venv/bin/python benchmarks/bench_window_soak.py [--quick] [--units N]

Each run opens the real window (off-screen, demo mode, virtual boards) in a
process of its own, so a crash ends that run only and is reported with the
units it reached:

- soak: ``--units`` units (2,000) with 2 and with 8 boards, pressed through
  **Provision next unit** as a line worker does whenever a board is ready, and
  in *Auto* mode; then the window is closed. Checked: every unit provisioned
  and in the manifest, no crash, the window closed and its threads ended (Qt's
  global pool may keep its few idle threads; they are not counted),
  resident memory grown by no more than a fixed bound after the warm-up.
  Console boards (``demo-console``) answer in milliseconds, so the window's own
  work per unit is what a run measures.
- responsiveness: a heartbeat timer on the GUI thread (every 10 ms) notes each
  tick's delay while four boards run, on console boards and on ESP32 boards that
  the real esptool flashes (``demo-esp32``, the default demo), and while sixteen
  ESP32 boards run at once. Four boards are the demo's own virtual boards, served
  by threads of the window's process (their work competes with the window for
  the interpreter as no real board would: an upper bound); the sixteen are
  virtual ESP32s with baud emulation served by processes of their own
  (``bench_esp32.py``'s farm, a fresh board on every connection), plugged into the
  window as ports, as silicon on a fixture would be. The window runs each port's
  esptool work in a worker process of its own
  (``station.transports.port_process``). The baseline is the same heartbeat in
  the same process with the window open and idle.

The last lines are ``GOAL <name> <value> <goal> met|missed``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMORY_GROWTH_GOAL_MB = 40.0
WORST_STALL_GOAL_MS = 50.0
P99_STALL_GOAL_MS = 20.0
IDLE_SECONDS = 3.0


@dataclass
class RunOutcome:
    name: str
    units_wanted: int
    units: int = 0
    passed: int = 0
    in_manifest: int = 0
    closed: bool = False
    threads_left: int = -1
    rss_growth_mb: float = 0.0
    worst_ms: float = 0.0
    p99_ms: float = 0.0
    idle_worst_ms: float = 0.0
    idle_p99_ms: float = 0.0
    seconds: float = 0.0
    exit_status: int = 0

    @property
    def sound(self) -> bool:
        return (
            self.exit_status == 0
            and self.closed
            and self.units == self.passed == self.in_manifest == self.units_wanted
        )


# -- the child: one window, one run ------------------------------------------------


def child(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="station-soak-"))
    os.environ["STATION_HOME"] = str(folder / "home")

    from PySide6.QtCore import QEventLoop, QTimer

    from station.core.models import UnitStatus
    from station.credentials.secret_store import EncryptedFileSecrets
    from station.gui.app import application
    from station.gui.heartbeat import Heartbeat
    from station.gui.main_window import MainWindow, WindowOptions
    from station.gui.soak import Drive, SoakDriver, pooled_thread_bound, thread_count
    from station.manifest import Manifest

    app = application()
    threads_before = thread_count()
    manifest_path = folder / "manifest.sqlite"
    farm = None
    if args.farm:
        # Boards in processes of their own, as silicon is: the window's interpreter
        # serves the station only. Each connection meets a fresh board.
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_esp32 import Farm

        farm = Farm(args.boards)
    window = MainWindow(
        WindowOptions(
            demo=True,
            demo_profile=args.profile,
            boards=0 if farm else args.boards,
            manifest=manifest_path,
            watch_ports=False,
            secret_store=EncryptedFileSecrets(folder / "secrets.enc"),
        )
    )
    window.show()
    if farm is not None:
        for number, url in enumerate(farm.urls, 1):
            window.controller.add_port(url, f"Board {number}")

    idle = Heartbeat()
    idle.start()
    loop = QEventLoop()
    QTimer.singleShot(int(IDLE_SECONDS * 1000), loop.quit)
    loop.exec()
    idle.stop()
    idle_stalls = idle.stalls()

    driver = SoakDriver(window, args.units, Drive(args.drive))
    # Progress lines let the parent count the units reached if this process dies.
    window.controller.unitFinished.connect(
        lambda _r: print(f"UNITS {len(driver.results)}", flush=True)
        if len(driver.results) % 50 == 0 else None
    )
    report = driver.run(timeout_s=args.timeout)
    window.close()
    app.processEvents()
    if farm is not None:
        farm.stop()
    deadline = time.monotonic() + 10
    allowed = threads_before + pooled_thread_bound()
    while thread_count() > allowed and time.monotonic() < deadline:
        time.sleep(0.05)
    with Manifest.open(manifest_path) as manifest:
        in_manifest = manifest.count_units(status=UnitStatus.PROVISIONED)
    outcome = RunOutcome(
        name=args.name,
        units_wanted=args.units,
        units=report.units,
        passed=report.passed,
        in_manifest=in_manifest,
        closed=not window.isVisible(),
        threads_left=max(0, thread_count() - allowed),
        rss_growth_mb=report.rss_growth_mb,
        worst_ms=report.stalls.worst_ms,
        p99_ms=report.stalls.p99_ms,
        idle_worst_ms=idle_stalls.worst_ms,
        idle_p99_ms=idle_stalls.p99_ms,
        seconds=report.seconds,
    )
    print("RESULT " + json.dumps(asdict(outcome)), flush=True)
    return 0


# -- the parent: runs, then goals ---------------------------------------------------


def run_child(name: str, profile: str, boards: int, drive: str, units: int,
              farm: bool = False) -> RunOutcome:
    command = [
        sys.executable, str(Path(__file__).resolve()), "--child",
        "--name", name, "--profile", profile, "--boards", str(boards),
        "--drive", drive, "--units", str(units), "--timeout", str(max(600, units * 2)),
        *(["--farm"] if farm else []),
    ]
    outcome = RunOutcome(name=name, units_wanted=units)
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("UNITS "):
                outcome.units = int(line.split()[1])
            elif line.startswith("RESULT "):
                outcome = RunOutcome(**json.loads(line[len("RESULT "):]))
        outcome.exit_status = process.wait()
    return outcome


def show(outcome: RunOutcome) -> None:
    state = "closed cleanly" if outcome.sound else f"exit status {outcome.exit_status}"
    print(
        f"{outcome.name:<22} {outcome.units:>5}/{outcome.units_wanted} units "
        f"({outcome.passed} passed, {outcome.in_manifest} in the manifest) in "
        f"{outcome.seconds:6.1f} s, {state}; threads left {outcome.threads_left}, "
        f"memory {outcome.rss_growth_mb:+.1f} MB; stalls worst {outcome.worst_ms:.1f} ms, "
        f"p99 {outcome.p99_ms:.1f} ms (idle window: worst {outcome.idle_worst_ms:.1f} ms, "
        f"p99 {outcome.idle_p99_ms:.1f} ms)",
        flush=True,
    )


def goal(name: str, value: float, sign: str, target: float, met: bool) -> str:
    return f"GOAL {name} {value:g} {sign}{target:g} {'met' if met else 'missed'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 units per soak run")
    parser.add_argument("--units", type=int, default=2000, help="units per soak run")
    parser.add_argument("--stall-units", type=int, default=0,
                        help="units per responsiveness run (default: a tenth of --units)")
    parser.add_argument("--only", choices=["soak", "stalls"], default="",
                        help="run the soak runs only, or the responsiveness runs only")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--name", default="", help=argparse.SUPPRESS)
    parser.add_argument("--profile", default="demo-console", help=argparse.SUPPRESS)
    parser.add_argument("--boards", type=int, default=2, help=argparse.SUPPRESS)
    parser.add_argument("--drive", default="button", help=argparse.SUPPRESS)
    parser.add_argument("--farm", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=3600, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)

    units = 200 if args.quick else args.units
    stall_units = args.stall_units or max(100, units // 10)
    soaks = [
        run_child(f"soak-{boards}boards-{drive}", "demo-console", boards, drive, units)
        for boards in (2, 8)
        for drive in ("button", "auto")
    ] if args.only != "stalls" else []
    for outcome in soaks:
        show(outcome)
    stalls = [
        run_child(f"stalls-{boards}boards-{kind}", profile, boards, "button",
                  max(stall_units, boards * 10), farm=boards > 4)
        for boards, kind, profile in (
            (4, "console", "demo-console"), (4, "esp32", "demo-esp32"),
            (16, "esp32", "demo-esp32"),
        )
    ] if args.only != "soak" else []
    for outcome in stalls:
        show(outcome)

    lines = []
    for outcome in soaks:
        tag = outcome.name.removeprefix("soak-")
        reached = outcome.units if outcome.sound else min(outcome.units, outcome.in_manifest)
        lines.append(goal(f"units_without_crash_{tag}", reached, ">=", units, outcome.sound))
        lines.append(goal(f"threads_left_after_close_{tag}", outcome.threads_left, "<=", 0,
                          outcome.sound and outcome.threads_left <= 0))
        lines.append(goal(f"memory_growth_mb_{tag}", round(outcome.rss_growth_mb, 1),
                          "<=", MEMORY_GROWTH_GOAL_MB,
                          outcome.sound and outcome.rss_growth_mb <= MEMORY_GROWTH_GOAL_MB))
    for outcome in stalls:
        tag = outcome.name.removeprefix("stalls-")
        lines.append(goal(f"worst_stall_ms_{tag}", round(outcome.worst_ms, 1),
                          "<=", WORST_STALL_GOAL_MS,
                          outcome.sound and outcome.worst_ms <= WORST_STALL_GOAL_MS))
        lines.append(goal(f"p99_stall_ms_{tag}", round(outcome.p99_ms, 1), "<=", P99_STALL_GOAL_MS,
                          outcome.sound and outcome.p99_ms <= P99_STALL_GOAL_MS))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
