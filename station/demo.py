"""Demo mode: virtual boards, the demo profile, a demo ID scope and demo secrets.

Used by `station demo`, by the window's demo mode and by engineers trying a new
profile on virtual boards. The demo keeps its own manifest apart from the
station's real one.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.core.errors import ConfigError
from station.core.events import StageEvent
from station.core.locations import demo_dir
from station.core.models import Attestation, UnitResult
from station.core.private_files import write_private_file
from station.credentials.ca import create_demo_ca
from station.credentials.modes import attestation_mode
from station.jobs.plan import choose_attestation
from station.manifest.custody.station_keys import KeyAccess
from station.profiles.loader import LoadedProfile, find_profile
from station.profiles.locations import default_profile_dirs
from station.profiles.model import Profile
from station.provisioning import ProvisionRequest, provision, several_ports
from station.simulation.bay import SWTPM_MISSING_HINT, VirtualBay

DEMO_ID_SCOPE = "0ne000DE001"
DEMO_PROFILE = "demo-esp32"
DEMO_TPM_PROFILE = "demo-tpm"  # the demo's profile for tpm attestation
DEMO_GROUP_KEY_FILE = "demo-group-key.b64"


@dataclass(frozen=True)
class DemoOptions:
    count: int = 4
    boards: int = 2
    attestation: Attestation | None = None  # None: the profile's default mode
    manifest: Path | None = None
    profile: str = ""
    fault: str = ""


@dataclass(frozen=True)
class DemoSummary:
    results: list[UnitResult]
    manifest: Path
    labels: Path
    profile: str
    attestation: Attestation

    @property
    def all_passed(self) -> bool:
        return all(result.ok for result in self.results)

    def describe(self) -> str:
        passed = [r for r in self.results if r.ok]
        lines = [
            "",
            f"Demo finished: {len(passed)} of {len(self.results)} units provisioned "
            f"(profile {self.profile}, {self.attestation.value}, ID scope {DEMO_ID_SCOPE}).",
        ]
        lines += [f"  provisioned {r.device_id}" for r in passed]
        lines += [
            f"  FAILED on {r.port} at {r.failed_stage}: {r.reason}"
            for r in self.results
            if not r.ok
        ]
        lines += [f"Manifest: {self.manifest}", f"Labels:   {self.labels}"]
        return "\n".join(lines)


def demo_group_key(folder: Path) -> str:
    """The demo's enrollment group key, made on first run. Never a real key."""
    path = folder / DEMO_GROUP_KEY_FILE
    if not path.exists():
        key = base64.b64encode(secrets.token_bytes(64))
        with contextlib.suppress(FileExistsError):  # another demo made it first: use that
            write_private_file(path, key, exclusive=True)
    return path.read_text().strip()


def demo_profile(options: DemoOptions) -> LoadedProfile:
    """The profile the demo uses: the one asked for, else the demo's own for the mode."""
    if options.profile:
        wanted = options.profile
    else:
        tpm = options.attestation and attestation_mode(options.attestation).mechanism == "tpm"
        wanted = DEMO_TPM_PROFILE if tpm else DEMO_PROFILE
    return find_profile(wanted, default_profile_dirs())


def check_demo_tools(profile: Profile) -> None:
    """Raise ConfigError when the demo's boards need a program this machine lacks.

    Boards whose TPM the station reads through them each run a swtpm.
    """
    tpm = profile.tpm
    boards_have_tpm = tpm is not None and tpm.access == "board"
    if boards_have_tpm and shutil.which("swtpm") is None:
        raise ConfigError(
            f"tpm demo needs swtpm: {SWTPM_MISSING_HINT}",
            hint="or run the demo with another attestation mode",
        )


def demo_request(options: DemoOptions, ports: list[str], folder: Path) -> ProvisionRequest:
    """A job on the demo's secrets: its group key, its CA, the profile's mode unless asked."""
    loaded = demo_profile(options)
    mode = choose_attestation(loaded, options.attestation)
    ca_cert = ca_key = None
    if "ca" in attestation_mode(mode).for_device_key(loaded.profile.attestation.device_key).secrets:
        cert_path, key_path = create_demo_ca(folder / "ca")
        ca_cert, ca_key = str(cert_path), str(key_path)
    return ProvisionRequest(
        profile=str(loaded.path),
        ports=ports,
        id_scope=DEMO_ID_SCOPE,
        count=options.count,
        attestation=mode,
        group_key_b64=demo_group_key(folder),
        ca_cert=ca_cert,
        ca_key=ca_key,
        operator="demo",
        station_id="demo-station",
        manifest=options.manifest or folder / "manifest.sqlite",
        key_access=KeyAccess(demo=True),
        port_processes=several_ports(ports),
    )


def simulated_scan(port: str) -> str:
    """What the demo's virtual barcode scanner reads off each unit's label."""
    return f"sn-{secrets.token_hex(4)}"


def run_demo(
    options: DemoOptions,
    emit: Callable[[StageEvent], None],
    say: Callable[[str], None] = lambda line: None,
) -> DemoSummary:
    """Provision ``options.count`` units on ``options.boards`` virtual boards (no more
    boards than units)."""
    if options.count < 1:
        raise ConfigError("the demo needs at least one unit", hint="give --count 1 or more")
    if options.boards < 1:
        raise ConfigError(
            "the demo needs at least one virtual board", hint="give --boards 1 or more"
        )
    folder = demo_dir()
    loaded = demo_profile(options)
    mode = choose_attestation(loaded, options.attestation)
    check_demo_tools(loaded.profile)
    # A board more than there are units would only be started and stopped again.
    boards = min(options.count, options.boards)
    with VirtualBay(loaded.profile, boards, fault=options.fault) as bay:
        ports = list(bay.slots)
        request = demo_request(options, ports, folder)
        say(
            f"Demo: {options.count} unit(s) on {len(ports)} virtual board(s) "
            f"({loaded.profile.name}), profile {loaded.id}, {mode.value}, "
            f"ID scope {DEMO_ID_SCOPE}"
        )
        results, manifest = provision(
            request, emit, next_board=bay.next_board, scan=simulated_scan
        )
    return DemoSummary(
        results=results,
        manifest=manifest,
        labels=manifest.parent / "labels",
        profile=loaded.id,
        attestation=mode,
    )
