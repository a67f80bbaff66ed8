"""``station manifest merge``: manifests of stations without a network combined on the
QA desk; each journal verified first, and one ID with two credentials refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ManifestError
from station.line.merge import merge_manifests
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading, key_for_writing
from tests.line.units import fail, provision


def station_manifest(path: Path, units: dict[str, str]) -> Path:
    with Manifest.open(path, key_for_writing(path)) as manifest:
        for device_id, key in units.items():
            provision(manifest, device_id, station_id=path.stem, key=key)
    return path


def test_merge_combines_stations_and_verifies(tmp_path: Path) -> None:
    a = station_manifest(tmp_path / "a.sqlite", {"unit-1": "", "unit-2": ""})
    b = station_manifest(tmp_path / "b.sqlite", {"unit-3": ""})
    with Manifest.open(b, key_for_writing(b)) as manifest:
        fail(manifest, "unit-4")
    out = tmp_path / "line.sqlite"
    assert main(["manifest", "merge", str(a), str(b), "--out", str(out)]) == 0
    assert main(["manifest", "verify", "--manifest", str(out)]) == 0
    with Manifest.open(out, key_for_reading(out), read_only=True) as merged:
        units = {unit.device_id: unit for unit in merged.units()}
        assert sorted(units) == ["unit-1", "unit-2", "unit-3", "unit-4"]
        assert units["unit-4"].status == "failed" and units["unit-3"].station_id == "b"
        # Kept keys are sealed again under the merged manifest's own key.
        assert merged.unit_secrets("unit-3")["sas_primary"] == "primary-unit-3"
        assert [a.outcome for a in merged.attempts_for("unit-1")] == ["provisioned"]


def test_the_same_unit_twice_is_kept_once(tmp_path: Path) -> None:
    a = station_manifest(tmp_path / "a.sqlite", {"unit-1": "", "unit-2": ""})
    first = merge_manifests([a], tmp_path / "first.sqlite")
    again = merge_manifests([first.out, a], tmp_path / "again.sqlite")
    assert (again.units, again.same_unit_twice) == (2, 2)
    conn = sqlite3.connect(again.out)
    assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (2,)


def test_one_id_with_different_credentials_is_refused(tmp_path: Path) -> None:
    a = station_manifest(tmp_path / "a.sqlite", {"unit-1": "", "unit-7": "key-from-a"})
    b = station_manifest(tmp_path / "b.sqlite", {"unit-2": "", "unit-7": "key-from-b"})
    out = tmp_path / "line.sqlite"
    with pytest.raises(ManifestError) as caught:
        merge_manifests([a, b], out)
    text = str(caught.value)
    assert "device ID unit-7 is in a.sqlite and b.sqlite with different credentials" in text
    assert "key-from" not in text and "\n" not in text
    assert not out.exists()


def test_an_altered_manifest_is_refused(tmp_path: Path) -> None:
    a = station_manifest(tmp_path / "a.sqlite", {"unit-1": ""})
    b = station_manifest(tmp_path / "b.sqlite", {"unit-2": ""})
    conn = sqlite3.connect(b)
    conn.execute("UPDATE units SET status = 'failed' WHERE device_id = 'unit-2'")
    conn.commit()
    conn.close()
    out = tmp_path / "line.sqlite"
    with pytest.raises(ManifestError, match=r"b.sqlite: unit unit-2: status .* merge refused"):
        merge_manifests([a, b], out)
    assert not out.exists()
