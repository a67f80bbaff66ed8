"""Extensions from a package outside the station, found through its entry points.

``tests/plugins/station_board_kit`` is a board maker's own package: a board
transport with its virtual board, its storage format, an attestation mode with
a secret of its own and an export format. It is installed with pip into a
folder of its own (as a site would install it), and the station, run as a
program, provisions, checks, simulates and exports with it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT / "tests" / "plugins" / "station_board_kit"
KIT_NAMES = ("kit-uart", "kit-kv", "kit-master-sas", "kit-units", "station_board_kit")
MASTER = "factory-master-key-0001"


@pytest.fixture(scope="module")
def kit_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kit package, installed by pip into a folder of its own."""
    site = tmp_path_factory.mktemp("kit-site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(site), str(KIT)],
        check=True, capture_output=True, text=True,
    )
    return site


def station(
    args: list[str], site: Path | None, cwd: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(site)] * (site is not None) + [str(ROOT)]
    )
    return subprocess.run(
        [sys.executable, "-m", "station", *args], cwd=cwd, env=environment,
        capture_output=True, text=True, timeout=300, check=False,
    )


def expected_key(label: str, device_id: str) -> str:
    digest = hmac.new(MASTER.encode(), f"{label}:{device_id}".encode(), hashlib.sha256)
    return base64.b64encode(digest.digest()).decode()


def test_units_are_provisioned_checked_and_exported_with_a_plugin(
    kit_site: Path, tmp_path: Path
) -> None:
    profile = kit_site / "station_board_kit" / "kit-board.toml"
    manifest = tmp_path / "kit.sqlite"

    checked = station(["profiles", "check", str(profile)], kit_site, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 error(s), 0 warning(s)" in checked.stdout

    demo = station(
        ["demo", "--profile", str(profile), "--count", "4", "--boards", "2",
         "--manifest", str(manifest)],
        kit_site, tmp_path, STATION_SECRET_KIT_MASTER=MASTER,
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "4 of 4 units provisioned (profile kit-board, kit-master-sas" in demo.stdout

    units_file = tmp_path / "units.jsonl"
    exported = station(["manifest", "export", "--format", "kit-units", "--manifest",
                        str(manifest), "--out", str(units_file)], kit_site, tmp_path)
    assert exported.returncode == 0, exported.stderr
    units = [json.loads(line) for line in units_file.read_text().splitlines()]
    assert len(units) == 4 and len({unit["device"] for unit in units}) == 4
    for unit in units:
        assert unit["mode"] == "kit-master-sas"
        assert unit["device"] == f"kit-{unit['mac']}"
        assert unit["serial"].startswith("kit")

    # The station's own export takes the plugin's units as what its mode declares:
    # individual symmetric-key enrollments, with the keys the mode derived.
    enrollments_file = tmp_path / "enrollments.json"
    exported = station(["manifest", "export", "--format", "dps-enrollments", "--manifest",
                        str(manifest), "--out", str(enrollments_file)], kit_site, tmp_path)
    assert exported.returncode == 0, exported.stderr
    enrollments = json.loads(enrollments_file.read_text())
    assert {e["registrationId"] for e in enrollments} == {u["device"] for u in units}
    for enrollment in enrollments:
        keys = enrollment["attestation"]["symmetricKey"]
        assert keys["primaryKey"] == expected_key("primary", enrollment["registrationId"])
        assert keys["secondaryKey"] == expected_key("secondary", enrollment["registrationId"])


def test_a_mode_without_its_declared_secret_stops_before_any_board(
    kit_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STATION_SECRET_KIT_MASTER", raising=False)
    profile = kit_site / "station_board_kit" / "kit-board.toml"
    manifest = tmp_path / "m.sqlite"
    demo = station(["demo", "--profile", str(profile), "--count", "1",
                    "--manifest", str(manifest)], kit_site, tmp_path)
    assert demo.returncode != 0
    assert demo.stderr.strip().splitlines()[-1] == (
        "station: kit-master-sas needs the factory master key (16 characters or more) "
        "(set STATION_SECRET_KIT_MASTER) [credentials]"
    )
    assert "Traceback" not in demo.stderr
    assert "provisioned" not in demo.stdout


def test_the_plugins_transport_has_its_simulator_and_its_checks(
    kit_site: Path, tmp_path: Path
) -> None:
    unknown = station(["simulate", "no-such-board"], kit_site, tmp_path)
    assert unknown.returncode != 0
    assert "use one of: console, esp32, kit-uart" in unknown.stderr

    text = (kit_site / "station_board_kit" / "kit-board.toml").read_text()
    long_key = tmp_path / "kit-board.toml"
    long_key.write_text(text.replace('key = "dps_global_endpoint"',
                                     'key = "dps_global_endpoint_of_the_kit"'))
    checked = station(["profiles", "check", str(long_key)], kit_site, tmp_path)
    assert checked.returncode != 0
    assert ("storage.items[3].key: 'dps_global_endpoint_of_the_kit' is 30 characters; "
            "allowed: at most 24 (the kit board's key limit)") in checked.stdout


def test_without_the_plugin_its_names_are_refused_with_the_choices(
    kit_site: Path, tmp_path: Path
) -> None:
    profile = kit_site / "station_board_kit" / "kit-board.toml"
    checked = station(["profiles", "check", str(profile)], None, tmp_path)
    assert checked.returncode != 0
    assert "transport.kind: 'kit-uart' is not allowed; allowed: console, esptool-nvs" in (
        checked.stdout
    )
    assert "attestation.allowed[0]: 'kit-master-sas' is not allowed" in checked.stdout


def test_a_broken_plugin_is_named_in_one_line(tmp_path: Path) -> None:
    site = tmp_path / "site"
    info = site / "broken_boards-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-boards\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        "[station.transports]\nbroken-uart = broken_boards_missing.transport:TRANSPORT\n"
    )
    profile = tmp_path / "broken.toml"
    demo_console = (ROOT / "firmware_profiles" / "demo-console.toml").read_text()
    profile.write_text(
        demo_console.replace('kind = "console"', 'kind = "broken-uart"')
        .replace('id = "demo-console"', 'id = "broken"')
    )
    checked = station(["profiles", "check", str(profile)], site, tmp_path)
    assert checked.returncode != 0
    assert "Traceback" not in checked.stderr
    assert ("the board transport 'broken-uart' could not be loaded from "
            "broken_boards_missing.transport:TRANSPORT (entry point 'station.transports')"
            ) in checked.stdout + checked.stderr


def test_nothing_in_the_station_names_the_plugin() -> None:
    for path in (ROOT / "station").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".toml", ".json", ".md", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for name in KIT_NAMES:
                assert name not in text, (path, name)
