"""QA closes units an interrupted station left pending: once, with a reason, journaled."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ManifestError
from station.core.models import UnitStatus
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading
from tests.test_manifest_store import CRASHING_WORKER


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    """A manifest whose station died with ``dev-crash`` pending on COM7."""
    path = tmp_path / "manifest.sqlite"
    script = CRASHING_WORKER.format(
        tests=str(Path(__file__).parent), path=str(path), key=str(tmp_path / "manifest.sqlite.key")
    )
    subprocess.run([sys.executable, "-c", textwrap.dedent(script)], check=True)
    return path


def _open(path: Path) -> Manifest:
    return Manifest.open(path, key_for_reading(path))


def test_a_pending_unit_stays_listed_until_qa_resolves_it(crashed: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with _open(crashed) as manifest:
        assert [u.device_id for u in manifest.interrupted_units()] == ["dev-crash"]

    status = main(["manifest", "resolve", "dev-crash", "--as", "scrapped",
                   "--reason", "board cracked", "--operator", "qa-lena",
                   "--manifest", str(crashed)])
    assert status == 0
    assert "dev-crash: resolved as scrapped" in capsys.readouterr().out

    with _open(crashed) as manifest:
        assert manifest.interrupted_units() == []
        unit = manifest.unit("dev-crash")
        assert unit is not None and unit.status is UnitStatus.FAILED
        assert unit.failed_stage == "resolved"
        assert unit.failure_reason == "scrapped by qa-lena: board cracked"
        assert manifest.interrupted_attempts()[0].port == "COM8"  # the other one stays
    # The decision is in the journal, and the journal still verifies.
    assert main(["manifest", "verify", "--manifest", str(crashed)]) == 0
    with _open(crashed) as manifest:
        action, facts = manifest.db.execute(
            "SELECT action, facts FROM journal WHERE device_id = 'dev-crash' "
            "ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    assert action == "failed" and "scrapped by qa-lena: board cracked" in facts


def test_only_an_interrupted_unit_can_be_resolved_and_a_typo_changes_nothing(crashed: Path):
    with _open(crashed) as manifest:
        with pytest.raises(ManifestError, match="no-such-unit cannot be resolved: it is not in"):
            manifest.check_resolvable("no-such-unit")
    status = main(["manifest", "resolve", "dev-crash", "no-such-unit", "--as", "failed",
                   "--reason", "erased", "--operator", "qa", "--manifest", str(crashed)])
    assert status == 1
    with _open(crashed) as manifest:
        assert [u.device_id for u in manifest.interrupted_units()] == ["dev-crash"]
        manifest.resolve_interrupted("dev-crash", _failed(), "erased and re-queued", "qa")
        with pytest.raises(ManifestError, match="dev-crash cannot be resolved: it is failed"):
            manifest.resolve_interrupted("dev-crash", _failed(), "again", "qa")


def test_a_resolution_needs_a_reason(crashed: Path) -> None:
    with _open(crashed) as manifest, pytest.raises(ManifestError, match="needs a reason"):
        manifest.resolve_interrupted("dev-crash", _failed(), "  ", "qa")


def _failed():  # type: ignore[no-untyped-def]
    from station.manifest.store import Resolution

    return Resolution.FAILED
