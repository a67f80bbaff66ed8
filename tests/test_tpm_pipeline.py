"""TPM attestation end to end: profile, plan, pipeline, manifest, virtual bay and demo.

Every TPM here is a real swtpm; boards reach theirs through the console protocol.
"""

from __future__ import annotations

import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError, ProfileError
from station.core.events import EventKind, Stage, StageEvent
from station.core.models import Attestation, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.credentials import providers
from station.credentials.providers import JobSecrets
from station.credentials.tpm import read_endorsement_key
from station.demo import DemoOptions, run_demo
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import LoadedProfile, find_profile, load_profile
from station.simulation.bay import VirtualBay
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.tpm_backend import SwtpmBackend, SwtpmProcess
from tests import tpm_fixtures

SCOPE = "0ne000DE001"
DEMO_TPM = Path(__file__).resolve().parent.parent / "firmware_profiles" / "demo-tpm.toml"
TPM2_CC_CREATE_PRIMARY = 0x131


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


@pytest.fixture
def key() -> StationKey:
    return StationKey.generate()


def tpm_plan(loaded: LoadedProfile | None = None) -> UnitPlan:
    return build_plan(
        loaded or load_profile(DEMO_TPM), JobSettings(id_scope=SCOPE), JobSecrets(), None
    )


def provision(plan: UnitPlan, url: str, manifest_path: Path, key: StationKey):
    events: list[StageEvent] = []
    with Manifest.open(manifest_path, key) as store:
        return run_unit(plan, url, store, events.append), events


def counting(backend: SwtpmBackend, codes: list[int]) -> Callable[[bytes], bytes]:
    """The board's TPM wire, noting each command code that passes."""

    def relay(command: bytes) -> bytes:
        codes.append(struct.unpack(">I", command[6:10])[0])
        return backend(command)

    return relay


def write_profile(folder: Path, text: str, name: str = "board.toml") -> Path:
    path = folder / name
    path.write_text(text)
    return path


def tpm_profile_text(*, transport: str = "console", rule: str = "tpm-ek", tpm: str = "") -> str:
    chip = 'chip = "esp32"\n' if transport == "esptool-nvs" else ""
    return f"""
schema_version = 1
id = "tpm-board"
name = "TPM board"

[board]
type = "virtual-console-tpm"
{chip}
[transport]
kind = "{transport}"

[identity]
rule = "{rule}"
prefix = "unit"

[attestation]
allowed = ["tpm"]
{tpm}
[storage]
[[storage.items]]
key = "scope_id"
source = "scope_id"

[[storage.items]]
key = "registration_id"
source = "registration_id"
"""


# -- through the board's console ------------------------------------------------------


def test_unit_is_provisioned_with_the_ek_read_through_its_board(
    swtpm: SwtpmProcess, manifest_path: Path, key: StationKey
) -> None:
    backend = SwtpmBackend.for_process(swtpm)
    codes: list[int] = []
    board = VirtualConsoleBoard("virtual-console-tpm", tpm_backend=counting(backend, codes))
    try:
        with board.serve_tcp() as served:
            result, events = provision(tpm_plan(), served.url, manifest_path, key)
    finally:
        backend.close()  # swtpm serves one client at a time
    direct = read_endorsement_key(swtpm.tcti)

    assert result.status is UnitStatus.PROVISIONED, result.reason
    assert result.device_id == direct.registration_id
    assert board.committed["dps"]["registration_id"] == direct.registration_id
    assert board.committed["dps"]["scope_id"] == SCOPE
    # Identify and credentials share one reading of the EK.
    assert codes.count(TPM2_CC_CREATE_PRIMARY) == 1
    assert [e.stage for e in events if e.kind is EventKind.FINISHED][:3] == [
        Stage.DETECT, Stage.IDENTIFY, Stage.CREDENTIALS,
    ]
    with Manifest.open(manifest_path, key) as manifest:
        unit = manifest.unit(direct.registration_id)
    assert unit is not None and unit.status == "provisioned"
    assert unit.attestation is Attestation.TPM
    assert unit.identity_source == "tpm-ek"
    assert unit.ek_public == direct.public_b64  # the relay and the direct path agree
    assert unit.ek_cert_thumbprint == "" and unit.ek_cert_issuer == ""


def test_a_board_without_a_tpm_fails_at_identify_with_the_reason(
    manifest_path: Path, key: StationKey
) -> None:
    board = VirtualConsoleBoard("virtual-console-tpm")  # no tpm_backend: no TPM chip
    with board.serve_tcp() as served:
        result, events = provision(tpm_plan(), served.url, manifest_path, key)

    assert result.status is UnitStatus.FAILED
    assert result.failed_stage == "identify"
    assert result.reason == f"the board on {served.url} has no TPM"
    assert result.hint
    assert board.committed == {} and board.received == []
    with Manifest.open(manifest_path, key) as manifest:
        assert manifest.count_units() == 0


def test_tpm_attestation_with_a_counter_identity_reads_the_ek_at_credentials(
    swtpm: SwtpmProcess, tmp_path: Path, manifest_path: Path, key: StationKey
) -> None:
    text = tpm_profile_text(rule="counter", tpm='[tpm]\naccess = "board"\n')
    profile = write_profile(tmp_path, text)
    backend = SwtpmBackend.for_process(swtpm)
    board = VirtualConsoleBoard("virtual-console-tpm", tpm_backend=backend)
    plan = build_plan(
        load_profile(profile), JobSettings(id_scope=SCOPE), JobSecrets(), CountFromOne()
    )
    try:
        with board.serve_tcp() as served:
            result, _ = provision(plan, served.url, manifest_path, key)
    finally:
        backend.close()

    assert result.status is UnitStatus.PROVISIONED, result.reason
    assert result.device_id == "unit000001"
    with Manifest.open(manifest_path, key) as manifest:
        unit = manifest.unit("unit000001")
    assert unit is not None
    assert unit.ek_public == read_endorsement_key(swtpm.tcti).public_b64


class CountFromOne:
    def __init__(self) -> None:
        self.n = 0

    def next_counter(self, name: str) -> int:
        self.n += 1
        return self.n


# -- a TPM the station reaches directly ---------------------------------------------


def test_direct_access_keeps_the_ek_certificate_facts(
    swtpm_with_ek_cert: SwtpmProcess,
    tpm_ca: tpm_fixtures.MakerCa,
    tmp_path: Path,
    manifest_path: Path,
    key: StationKey,
) -> None:
    shutil.copy(tpm_ca.bundle, tmp_path / "makers.pem")
    section = (
        f'[tpm]\naccess = "direct"\ntcti = "{swtpm_with_ek_cert.tcti}"\n'
        'manufacturer_cas = "makers.pem"\nrequire_certificate = true\n'
    )
    profile = write_profile(tmp_path, tpm_profile_text(tpm=section))
    board = VirtualConsoleBoard("virtual-console-tpm")  # the TPM sits in the station's socket
    with board.serve_tcp() as served:
        result, _ = provision(tpm_plan(load_profile(profile)), served.url, manifest_path, key)

    direct = read_endorsement_key(swtpm_with_ek_cert.tcti)
    assert result.status is UnitStatus.PROVISIONED, result.reason
    assert result.device_id == direct.registration_id
    with Manifest.open(manifest_path, key) as manifest:
        unit = manifest.unit(direct.registration_id)
    assert unit is not None
    assert unit.ek_public == direct.public_b64
    assert unit.ek_cert_issuer == "CN=Station Test TPM Manufacturer CA"
    assert unit.ek_cert_thumbprint == direct.certificate_thumbprint and len(
        unit.ek_cert_thumbprint
    ) == 64


# -- profile validation ---------------------------------------------------------------


def test_tpm_attestation_without_a_tpm_section_is_refused_with_a_precise_line(
    tmp_path: Path,
) -> None:
    profile = write_profile(tmp_path, tpm_profile_text(rule="counter"))
    with pytest.raises(ProfileError) as err:
        load_profile(profile)
    assert err.value.problems == [
        f"{profile}: attestation.allowed: 'tpm' needs a [tpm] section saying where the unit's "
        'TPM is, and there is none; add [tpm] with access = "board" (through the console) '
        "or \"direct\" (and tcti), or remove 'tpm'"
    ]


def test_a_tpm_ek_identity_without_a_tpm_section_is_refused(tmp_path: Path) -> None:
    profile = write_profile(tmp_path, tpm_profile_text(rule="tpm-ek"))
    with pytest.raises(ProfileError) as err:
        load_profile(profile)
    assert any(line.startswith(f"{profile}: identity.rule: 'tpm-ek' needs a [tpm] section")
               for line in err.value.problems)


def test_board_access_needs_the_console_transport(tmp_path: Path) -> None:
    text = tpm_profile_text(transport="esptool-nvs", tpm='[tpm]\naccess = "board"\n')
    profile = write_profile(tmp_path, text)
    with pytest.raises(ProfileError) as err:
        load_profile(profile)
    assert err.value.problems == [
        f"{profile}: tpm.access: 'board' reaches the TPM through the board's link, but the "
        "transport is 'esptool-nvs'; allowed: 'board' only with transport console, or "
        "'direct' with a tcti"
    ]


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ('access = "direct"', "tpm.tcti: is required for access 'direct'"),
        ('access = "direct"\ntcti = "no such tpm"', "tpm.tcti: 'no such tpm' is not a TPM"),
        ('access = "board"\nmanufacturer_cas = "../makers.pem"',
         "tpm.manufacturer_cas: '../makers.pem' leaves the profile's folder"),
        ('access = "board"\nmanufacturer_cas = "makers.pem"',
         "tpm.manufacturer_cas: 'makers.pem' does not exist"),
        ('access = "board"\nrequire_certificate = true',
         "tpm.require_certificate: needs the TPM makers' CAs"),
        ('access = "usb"', "tpm.access"),
        ('access = "board"\ntemplate = "tcg-rsa4096"', "tpm.template"),
    ],
)
def test_bad_tpm_sections_are_refused(tmp_path: Path, section: str, expected: str) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (tmp_path / "makers.pem").write_text("outside the profile's folder\n")
    profile = write_profile(folder, tpm_profile_text(tpm=f"[tpm]\n{section}\n"))
    with pytest.raises(ProfileError) as err:
        load_profile(profile)
    assert any(line.startswith(f"{profile}: {expected}") for line in err.value.problems), (
        err.value.problems
    )


def test_the_demo_tpm_profile_is_valid_and_builds_a_plan() -> None:
    loaded = find_profile("demo-tpm")
    assert loaded.warnings == ()
    plan = tpm_plan(loaded)
    assert plan.job.attestation is Attestation.TPM
    assert plan.board_type == "virtual-console-tpm"


def test_a_tpm_plan_without_the_profile_section_is_refused_before_any_board() -> None:
    from station.credentials.tpm_support import tpm_provider

    with pytest.raises(ConfigError, match="where each unit's TPM is"):
        tpm_provider(JobSecrets(), providers.ProviderOptions())


# -- the virtual bay and the demo -----------------------------------------------------


def test_each_fresh_board_in_the_bay_brings_a_fresh_tpm() -> None:
    bay = VirtualBay(load_profile(DEMO_TPM).profile, 1)
    try:
        (port,) = bay.start()
        first = bay.slots[port].tpm
        assert first is not None and first.process.running
        first_ek = read_endorsement_key(_alone(first))
        bay.next_board(port)
        second = bay.slots[port].tpm
        assert second is not None and second.process.running
        assert not first.process.running
        assert bay.board_on(port).tpm_backend is second.backend
        second_ek = read_endorsement_key(_alone(second))
    finally:
        bay.stop()
    assert first_ek.public_b64 != second_ek.public_b64
    assert not second.process.running


def _alone(tpm) -> str:  # type: ignore[no-untyped-def]
    tpm.backend.close()  # swtpm serves one client at a time; the board's relay reconnects
    return tpm.process.tcti


def test_station_demo_with_tpm_provisions_units_with_different_registration_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest_path = tmp_path / "demo.sqlite"
    status = main(["demo", "--attestation", "tpm", "--count", "2", "--boards", "1",
                   "--manifest", str(manifest_path)])
    out = capsys.readouterr().out

    assert status == 0, out
    assert "2 of 2 units provisioned (profile demo-tpm, tpm" in out
    with Manifest.open(manifest_path) as manifest:
        units = manifest.units()
    assert len(units) == 2
    assert all(u.status == "provisioned" and u.identity_source == "tpm-ek" for u in units)
    assert len({u.device_id for u in units}) == 2
    assert len({u.ek_public for u in units}) == 2


def test_the_tpm_demo_says_what_to_install_without_swtpm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without swtpm
    with pytest.raises(ConfigError) as err:
        run_demo(DemoOptions(count=1, boards=1, attestation=Attestation.TPM), lambda e: None)
    assert str(err.value).startswith("tpm demo needs swtpm: apt-get install swtpm swtpm-tools")
