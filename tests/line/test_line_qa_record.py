"""The line record as QA uses it: flagged duplicates settled with who, when and why; the
line's report; enrollment uploads and their ledger kept in the line database, so a
line uploads once; and the tpm-ek rule looked up on the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli import main
from station.core.models import Attestation
from station.enrollment.sas import DpsConnectionString
from station.enrollment.state import Target, UploadState
from station.enrollment.upload import DpsCredential
from station.identity.sources import identity_rule
from station.line.config import LineConfig
from station.line.connection import LineConnector
from station.line.outbox import copy_changes
from station.line.report import line_report
from station.line.uploads import upload_line
from station.manifest import Manifest, StationKey
from tests.enrollment_server import FakeDps, ServiceServer
from tests.enrollment_server import provision as provision_units
from tests.line.conftest import LineDb, at_home, put_on_line
from tests.line.units import fail, provision

A = Attestation


def connector(db: LineDb, station: str, manifest: Path) -> LineConnector:
    return LineConnector(LineConfig(db.url, station, manifest), db.password)


def station_copy(tmp_path: Path, db: LineDb, station: str, record) -> tuple[Path, StationKey]:  # type: ignore[no-untyped-def]
    """A station's manifest, filled by ``record(manifest)`` and copied to the line."""
    path = tmp_path / station / "manifest.sqlite"
    path.parent.mkdir(parents=True)
    key = StationKey.generate()
    with Manifest.open(path, key) as manifest:
        record(manifest)
    copy_changes(path, key, connector(db, station, path))
    return path, key


@pytest.fixture
def home(tmp_path: Path, line_db: LineDb) -> Path:
    """The QA PC, on the line as a station of its own (its settings and password)."""
    folder = tmp_path / "qa-home"
    put_on_line(folder, line_db, "qa", folder / "manifest.sqlite")
    return folder


def test_qa_settles_a_flagged_duplicate_with_who_when_and_why(
    tmp_path: Path, line_db: LineDb, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    station_copy(
        tmp_path, line_db, "st-1", lambda m: provision(m, "lot7-0001", mac="aa:bb:cc:00:00:01")
    )
    station_copy(
        tmp_path, line_db, "st-2", lambda m: provision(m, "lot7-0001", mac="aa:bb:cc:00:00:02")
    )
    with at_home(home):
        assert main(["line", "duplicates"]) == 1
        listed = capsys.readouterr().out
        assert "#1 device ID lot7-0001 on st-1 and st-2" in listed
        assert (
            main(
                [
                    "line",
                    "duplicates",
                    "--settle",
                    "1",
                    "--by",
                    "qa-ana",
                    "--note",
                    "label printed twice; st-2's board relabelled",
                ]
            )
            == 0
        )
        assert "settled by qa-ana" in capsys.readouterr().out
        assert main(["line", "duplicates"]) == 0
        assert "1 settled by QA" in capsys.readouterr().out
        # Settled once: a second settling and an unknown pair are each one line.
        by = ["--by", "qa-bo"]
        assert main(["line", "duplicates", "--settle", "1", "--note", "again", *by]) == 1
        assert main(["line", "duplicates", "--settle", "7", "--note", "x", *by]) == 1
        assert main(["line", "duplicates", "--settle", "1", *by]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3
    assert "duplicate #1 was settled already, by qa-ana" in errors[0]
    assert "no flagged duplicate #7" in errors[1]
    assert "needs a note" in errors[2]
    assert line_db.query(
        "SELECT settled_by, settled_note, settled_at IS NOT NULL FROM duplicates"
    ) == [("qa-ana", "label printed twice; st-2's board relabelled", True)]


def test_the_report_gives_yield_per_station_and_hour_failures_and_stations_behind(
    tmp_path: Path, line_db: LineDb, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def first(manifest: Manifest) -> None:
        for n in range(3):
            provision(manifest, f"a-{n}")
        fail(manifest, "a-9")

    def second(manifest: Manifest) -> None:
        provision(manifest, "b-1")

    station_copy(tmp_path, line_db, "st-1", first)
    path, key = station_copy(tmp_path, line_db, "st-2", second)
    # st-2 records another unit and its copy is cut off: its line row says so.
    with Manifest.open(path, key) as manifest:
        provision(manifest, "b-2")
    line_db.query(
        "UPDATE stations SET behind_since = now() - interval '2 hours' "
        "WHERE station = 'st-2' RETURNING station"
    )
    report = line_report(connector(line_db, "qa", tmp_path / "none"), hours=3)
    figures = {f.station: f for f in report.stations}
    assert (figures["st-1"].tally.provisioned, figures["st-1"].tally.failed) == (3, 1)
    assert figures["st-1"].tally.yield_share == 0.75
    assert figures["st-1"].per_hour == 4.0  # all in this hour
    assert figures["st-2"].tally.units == 1
    assert [(f.station, f.stage, f.units) for f in report.failures] == [("st-1", "verify", 1)]
    assert [lag.station for lag in report.behind()] == ["st-2"]
    hours = report.line_hours()
    assert len(hours) == 3 and hours[-1].units == 5 and hours[0].units == 0
    with at_home(home):
        assert main(["line", "report", "--hours", "3"]) == 0
    out = capsys.readouterr().out
    assert "st-1: 4 units, 3 provisioned, 1 failed, yield 75.0 %, 4.0 units/h" in out
    assert "verify at st-1: 1" in out
    assert "stations behind on copying: 1" in out and "st-2:" in out


def test_an_upload_from_the_line_sends_each_unit_once_and_keeps_its_ledger_there(
    tmp_path: Path,
    line_db: LineDb,
    home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for station, units in (
        ("st-1", [("x-1", A.X509_INDIVIDUAL), ("sas-1", A.SAS_INDIVIDUAL)]),
        ("st-2", [("x-2", A.X509_INDIVIDUAL), ("g-1", A.SAS_GROUP)]),
    ):
        path = tmp_path / station / "manifest.sqlite"
        path.parent.mkdir()
        key = StationKey.generate()
        provision_units(path, key, units)
        copy_changes(path, key, connector(line_db, station, path))
    service = FakeDps()
    with ServiceServer(service) as server:
        credential = DpsCredential(DpsConnectionString.parse(service.connection_string))
        report = upload_line(
            connector(line_db, "qa", tmp_path / "none"),
            Target.DPS,
            credential=credential,
            endpoint=server.url,
        )
        assert server.problems == []
        assert set(service.created) == {"x-1", "x-2"}
        states = {unit.device_id: unit.state for unit in report.units}
        assert states == {
            "x-1": UploadState.UPLOADED,
            "x-2": UploadState.UPLOADED,
            "g-1": UploadState.NOT_NEEDED,
            "sas-1": UploadState.FAILED,
        }
        assert "upload sas-1 from station st-1's manifest" in report.unit("sas-1").reason
        # Another QA desk uploads again through the CLI: nothing is sent twice.
        monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
        with at_home(home):
            assert (
                main(["enroll", "upload", "--line", "--target", "dps", "--endpoint", server.url])
                == 1
            )  # sas-1 stays failed
            out = capsys.readouterr().out
            assert "1 not-needed, 2 uploaded, 1 failed" in out
            assert (
                main(["enroll", "upload", "--line", "--target", "dps", "--manifest", "m.sqlite"])
                == 1
            )
    assert service.sent_in_bulk()["x-1"] == 1 and service.sent_in_bulk()["x-2"] == 1
    assert "--manifest is for a manifest" in capsys.readouterr().err
    assert line_db.query(
        "SELECT device_id, station, state, sends FROM line_uploads "
        "WHERE state = 'uploaded' ORDER BY device_id"
    ) == [("x-1", "st-1", "uploaded", 1), ("x-2", "st-2", "uploaded", 1)]


def test_tpm_ek_identities_are_read_from_the_unit_so_the_line_looks_them_up() -> None:
    from station.credentials.tpm_identity import TPM_EK_RULE

    assert identity_rule("tpm-ek") is TPM_EK_RULE
    assert TPM_EK_RULE.read_from_unit and not TPM_EK_RULE.counts
