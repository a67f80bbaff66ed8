"""The cloud-status filter is a manifest query: counted and paged in SQLite like the other
filters, combined with them, and the same in the QA view's table."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.core.errors import ConfigError
from station.core.models import Attestation
from station.enrollment.cloud_status import NOT_READ, CloudStatus, StatusBook, cloud_filter
from station.enrollment.state import Target
from station.gui.manifest_model import UnitFilter, UnitTableModel
from station.manifest import Manifest, StationKey, queries
from tests.enrollment_server import provision

A = Attestation
UNITS = 60


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    """60 sas-group units, the last 10 left pending. Of the first 50, IoT Central last
    said: 0-9 provisioned, 10-14 blocked, 15-19 registered (never connected), 20-29
    not read; DPS said 0-4 failed. Unit 55 (pending) has no status: never "not read"."""
    path = tmp_path / "manifest.sqlite"
    key = StationKey.generate()
    provision(path, key, [(f"u-{n:02d}", A.SAS_GROUP) for n in range(50)])
    provision(path, key, [(f"u-{n:02d}", A.SAS_GROUP) for n in range(50, UNITS)], finish=False)
    with Manifest.open(path, key) as manifest:
        book = StatusBook(manifest)
        central = [(f"u-{n:02d}", CloudStatus.PROVISIONED, "") for n in range(10)]
        central += [(f"u-{n:02d}", CloudStatus.BLOCKED, "") for n in range(10, 15)]
        central += [(f"u-{n:02d}", CloudStatus.REGISTERED, "") for n in range(15, 20)]
        central += [(f"u-{n:02d}", CloudStatus.NEVER_REGISTERED, "") for n in range(30, 50)]
        book.record(book.open_run(Target.CENTRAL), central, finished=True)
        book.record(
            book.open_run(Target.DPS),
            [(f"u-{n:02d}", CloudStatus.FAILED, "401") for n in range(5)],
            finished=True,
        )
    return path


def ids(manifest: Manifest, **filters) -> list[str]:  # type: ignore[no-untyped-def]
    return [u.device_id for u in manifest.units(**filters)]


def test_the_cloud_filter_counts_and_pages_in_the_query(manifest_path: Path) -> None:
    with Manifest.open(manifest_path, read_only=True) as manifest:
        connected = cloud_filter("connected", Target.CENTRAL)
        assert manifest.count_units(cloud=connected) == 10
        assert ids(manifest, cloud=connected, limit=4, offset=3) == ["u-03", "u-04", "u-05", "u-06"]
        assert manifest.count_units(cloud=cloud_filter("blocked", Target.CENTRAL)) == 5
        assert manifest.count_units(cloud=cloud_filter("never connected", Target.CENTRAL)) == 25
        # Units never read from IoT Central: provisioned ones only (pending ones never ship).
        assert ids(manifest, cloud=cloud_filter(NOT_READ, Target.CENTRAL)) == [
            f"u-{n:02d}" for n in range(20, 30)
        ]
        # The target is part of the filter: DPS said other things of other units.
        assert ids(manifest, cloud=cloud_filter("failed to register", Target.DPS)) == [
            f"u-{n:02d}" for n in range(5)
        ]
        assert manifest.count_units(cloud=cloud_filter("failed to register", Target.CENTRAL)) == 0
        assert manifest.count_units(cloud=cloud_filter(NOT_READ, Target.DPS)) == 45
        # With the other filters, not instead of them.
        assert manifest.count_units(cloud=connected, search="u-0") == 10
        assert manifest.count_units(cloud=connected, status="failed") == 0
        assert (
            manifest.count_units(cloud=cloud_filter(NOT_READ, Target.CENTRAL), status="pending")
            == 0
        )


def test_an_unknown_group_is_one_clear_line() -> None:
    with pytest.raises(ConfigError) as refused:
        cloud_filter("on fire", Target.CENTRAL)
    assert "not a cloud status group" in refused.value.message
    assert "never connected" in refused.value.hint


def test_the_qa_table_reads_only_the_pages_it_shows(  # type: ignore[no-untyped-def]
    qtbot, manifest_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    real = queries.unit_record

    def counted(row):  # type: ignore[no-untyped-def]
        unit = real(row)
        built.append(unit.device_id)
        return unit

    monkeypatch.setattr(queries, "unit_record", counted)
    with Manifest.open(manifest_path, read_only=True) as manifest:
        model = UnitTableModel(page_size=4)
        model.cloud_target = Target.CENTRAL
        model.show([manifest])
        built.clear()
        model.set_filter(UnitFilter(cloud="never connected"))
        assert model.total == 25 and built == []  # counted by the query, nothing read
        model.fetchMore()
        # Newest first: the page is the four newest units never connected, and only they
        # were read from the manifest.
        assert [u.device_id for u in model.rows] == ["u-49", "u-48", "u-47", "u-46"]
        assert sorted(built) == sorted(u.device_id for u in model.rows)
        assert [model.cloud_at(row).status for row in range(4)] == [  # type: ignore[union-attr]
            CloudStatus.NEVER_REGISTERED
        ] * 4
        model.set_cloud_target(Target.DPS)
        assert model.total == 0  # the same group, as DPS said it
        model.set_filter(UnitFilter(cloud=NOT_READ))
        assert model.total == 45
        model.close()
