"""The QA desk on the line record uploads enrollments and refreshes cloud status for every
station's units, once for the line, off the GUI thread with the upload and refresh
dialogs; the ledger and the statuses land in the line database. Against the loopback
IoT Central of the cloud tests and a real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from station.core.models import Attestation
from station.credentials.sas import derive_device_key
from station.credentials.secret_store import GROUP_KEY, IOTC_API_TOKEN, EncryptedFileSecrets
from station.enrollment.cloud_status import CloudStatus
from station.enrollment.groups import GroupAttestation, GroupSpec, central_group
from station.enrollment.state import Target, UploadState
from tests.cloud_server import CloudCentral
from tests.enrollment_server import IOTC_TOKEN, ServiceServer
from tests.line.conftest import LineDb
from tests.line.test_gui_line_record import line_window, store
from tests.line.test_line_cloud_status import STATIONS, on_line
from tests.test_cloud_status import APP, DictStore, central_credential, client_for

__all__ = ["store"]  # the QA desk's secrets (the line's password), a fixture
WAIT_MS = 120_000  # a safety net for a hung run; the runs take a second or two


def test_the_line_record_is_uploaded_and_refreshed_from_the_qa_desk(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, line_db: LineDb, store: EncryptedFileSecrets
) -> None:
    for station, units in STATIONS.items():
        on_line(tmp_path, line_db, station, units)
    on_line(tmp_path, line_db, "st-3", [("sas-1", Attestation.SAS_INDIVIDUAL)])
    store.set(IOTC_API_TOKEN, IOTC_TOKEN)
    with ServiceServer(CloudCentral(max_page=4)) as server:
        service: CloudCentral = server.service  # type: ignore[assignment]
        group_keys = DictStore()
        with client_for(server, central_credential()) as client:
            central_group(client, GroupSpec("line", GroupAttestation.SAS), group_keys)
        window = line_window(qtbot, store, line_db.url)
        view = window.manifest_view
        qtbot.waitUntil(lambda: view.model.total == 11, timeout=WAIT_MS)
        assert view.upload_button.isEnabled() and view.cloud_button.isEnabled()
        assert "once for the line" in view.upload_button.toolTip()
        assert not view.operator.isEnabled() and not view.cloud.isEnabled()

        # The upload: every station's units, once, the ledger in the line database.
        upload = view.upload_dialog()
        assert upload is not None
        upload.target.setCurrentIndex(upload.target.findData(Target.CENTRAL))
        upload.app_url.setText(APP)
        upload.endpoint.setText(server.url)
        upload.show_credential()
        assert not upload.dry_run.isEnabled()  # a dry run is a manifest's
        ticks: list[bool] = []  # the GUI thread's timer, served while the upload runs
        timer = QTimer(interval=5)
        timer.timeout.connect(lambda: ticks.append(upload.running))
        timer.start()
        with qtbot.waitSignal(upload.uploadFinished, timeout=WAIT_MS) as uploaded:
            assert upload.start()
        timer.stop()
        report = uploaded.args[0]
        states = {unit.device_id: unit.state for unit in report.units}
        assert states == {
            **{f"g-{i:02d}": UploadState.UPLOADED for i in range(10)},
            "sas-1": UploadState.FAILED,  # its keys are in its station's manifest only
        }
        assert "upload sas-1 from station st-3's manifest" in report.unit("sas-1").reason
        assert "Some units were not uploaded" in upload.message.text()
        assert sum(ticks) >= 3  # the window kept answering
        upload.shutdown()
        assert line_db.query(
            "SELECT station, count(*) FROM line_uploads WHERE state = 'uploaded' "
            "GROUP BY station ORDER BY station"
        ) == [("st-1", 6), ("st-2", 4)]
        assert set(service.devices) == {f"g-{i:02d}" for i in range(10)}

        # Three devices connect through the group; the refresh reads the line's units.
        for device_id in ("g-01", "g-04", "g-08"):
            service.register(
                device_id,
                symmetric_key=derive_device_key(group_keys.get(GROUP_KEY), device_id),
                template="dtmi:contoso:Thermostat;1",
            )
        refresh = view.cloud_dialog()
        assert refresh is not None
        refresh.target.setCurrentIndex(refresh.target.findData(Target.CENTRAL.value))
        refresh.app_url.setText(APP)
        refresh.endpoint.setText(server.url)
        refresh.show_credential()
        with qtbot.waitSignal(refresh.refreshFinished, timeout=WAIT_MS) as finished:
            assert refresh.start()
        [status] = finished.args[0]
        refresh.shutdown()

    assert server.problems == []
    assert status.stopped is None and status.connected == {"g-01", "g-04", "g-08"}
    assert status.requests == 3  # ten devices in pages of four
    assert "3 of 11 connected" in refresh.status.text()
    assert line_db.query(
        "SELECT device_id, station, status FROM line_cloud_status "
        "WHERE status = 'provisioned' ORDER BY device_id"
    ) == [
        ("g-01", "st-1", "provisioned"),
        ("g-04", "st-1", "provisioned"),
        ("g-08", "st-2", "provisioned"),
    ]
    # The table reads the statuses again, from the line record.
    model = view.model

    def shown() -> dict[str, CloudStatus]:
        return {
            model.unit_at(row).device_id: cloud.status  # type: ignore[union-attr]
            for row in range(len(model.rows))
            if (cloud := model.cloud_at(row))
        }

    qtbot.waitUntil(lambda: shown().get("g-04") is CloudStatus.PROVISIONED, timeout=WAIT_MS)
    assert shown()["g-00"] is CloudStatus.REGISTERED
    view.close_current()
    assert "line" not in view.upload_button.toolTip()  # the manifests' words again
    window.close()
