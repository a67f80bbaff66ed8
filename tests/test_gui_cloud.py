"""The window's cloud status: "Refresh cloud status" off the GUI thread, the Cloud column
and filter of the Manifest tab, and the connected-within chart of the Yield tab, against
the strict local IoT Central of ``tests.cloud_server``."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from station.core.models import Attestation
from station.credentials.sas import derive_device_key
from station.credentials.secret_store import GROUP_KEY, IOTC_API_TOKEN
from station.enrollment.cloud_status import CloudStatus, StatusReport
from station.enrollment.groups import GroupAttestation, GroupSpec, central_group
from station.enrollment.state import Target
from station.gui.cloud_refresh import CloudStatusDialog, RefreshStopped
from station.gui.main_window import MainWindow
from station.gui.manifest_model import CLOUD_COLUMN
from station.gui.yield_chart import gather_connected
from station.manifest import Manifest
from tests.cloud_server import CloudCentral
from tests.enrollment_server import IOTC_TOKEN, Fault, ServiceServer
from tests.test_cloud_status import APP, DictStore, central_credential, client_for
from tests.test_gui_qa import qa_window, station_manifest, unlocked_store

A = Attestation
SIGNAL_TIMEOUT_MS = 120_000  # a safety net for a hung run; the runs take a second or two
REGISTERED = ["g-00", "g-01", "g-02", "g-03"]  # g-03 is then blocked in the app


@pytest.fixture
def line(tmp_path: Path) -> Iterator[tuple[ServiceServer, Path, object]]:
    """An IoT Central app with a SAS group, ten group units of one station, four of which
    connected (one of them blocked since); the QA desk's store holds the API token."""
    store = unlocked_store(tmp_path / "secrets.enc")
    with ServiceServer(CloudCentral(max_page=3)) as server:
        service: CloudCentral = server.service  # type: ignore[assignment]
        group_keys = DictStore()
        with client_for(server, central_credential()) as client:
            central_group(client, GroupSpec("line", GroupAttestation.SAS), group_keys)
        path, _key = station_manifest(tmp_path / "st1", store,
                                      [(f"g-{i:02d}", A.SAS_GROUP) for i in range(10)])
        for device_id in REGISTERED:  # as a device would: a key derived from the group's
            service.register(device_id, symmetric_key=derive_device_key(
                group_keys.get(GROUP_KEY), device_id), template="dtmi:contoso:Thermostat;1")
        service.devices["g-03"]["enabled"] = False
        store.set(IOTC_API_TOKEN, IOTC_TOKEN)
        yield server, path, store


def open_refresh(window: MainWindow, server: ServiceServer) -> CloudStatusDialog:
    dialog = window.manifest_view.cloud_dialog()
    assert dialog is not None
    dialog.target.setCurrentIndex(dialog.target.findData(Target.CENTRAL.value))
    dialog.app_url.setText(APP)
    dialog.endpoint.setText(server.url)
    dialog.show_credential()  # as when the URL's field is left
    return dialog


def refresh(qtbot, dialog: CloudStatusDialog) -> list[StatusReport]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.refreshFinished, timeout=SIGNAL_TIMEOUT_MS) as finished:
        assert dialog.start()
    return list(finished.args[0])


def cloud_cells(window: MainWindow) -> dict[str, str]:
    model = window.manifest_view.model
    while model.canFetchMore():
        model.fetchMore()
    return {model.unit_at(row).device_id: model.index(row, CLOUD_COLUMN).data() or ""  # type: ignore[union-attr]
            for row in range(model.rowCount())}


def filtered(window: MainWindow, group: str) -> int:
    view = window.manifest_view
    view.cloud.setCurrentIndex(view.cloud.findData(group))
    return view.model.total


def test_refresh_runs_off_the_gui_thread_and_fills_the_cloud_column_and_filter(  # type: ignore[no-untyped-def]
    qtbot, line
):
    server, path, store = line
    service: CloudCentral = server.service  # type: ignore[assignment]
    window = qa_window(qtbot, store, path)
    view = window.manifest_view
    assert set(cloud_cells(window).values()) == {""}  # nothing read yet
    assert filtered(window, "not read yet") == 10

    dialog = open_refresh(window, server)
    assert "saved secret" in dialog.credential_where.text()
    assert IOTC_TOKEN not in dialog.credential_where.text()
    # IoT Central throttles the first page: the worker waits a real second, the GUI must not.
    service.fault("list", Fault.THROTTLE, "1")
    shown: list[str] = []  # what the dialog's status line said at each tick of the GUI
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: shown.append(dialog.status.text()))
    timer.start()
    [report] = refresh(qtbot, dialog)
    timer.stop()
    assert server.problems == []
    assert len(shown) >= 50, len(shown)  # the event loop ran through the one-second wait
    assert any(re.search(r"\d+ page requests? — IoT Central devices", text) for text in shown)
    assert report.stopped is None
    assert report.requests == math.ceil(len(service.devices) / 3)  # paged, three a page
    assert report.connected == {"g-00", "g-01", "g-02"}
    assert "3 of 10 connected" in dialog.status.text()
    assert "g-03: blocked" in dialog.message.text()
    dialog.shutdown()

    # The table shows what was read, and filters by it.
    assert view.model.total == 0  # still filtered to the units not read yet: none now
    view.cloud.setCurrentIndex(0)
    cells = cloud_cells(window)
    assert cells["g-00"] == CloudStatus.PROVISIONED.value
    assert cells["g-03"] == CloudStatus.BLOCKED.value
    assert cells["g-09"] == CloudStatus.NEVER_REGISTERED.value
    assert view.model.headerData(CLOUD_COLUMN, Qt.Orientation.Horizontal) == \
        "Cloud status (IoT Central)"
    assert filtered(window, "connected") == 3
    assert filtered(window, "blocked") == 1
    assert filtered(window, "never connected") == 6
    assert filtered(window, "not read yet") == 0
    view.status.setCurrentIndex(view.status.findData("failed"))
    assert filtered(window, "connected") == 0  # with the other filters, not instead of them
    view.status.setCurrentIndex(0)

    # Select a unit: its detail says what the service holds.
    filtered(window, "blocked")
    view.model.fetchMore()
    view.table.selectRow(0)
    assert "IoT Central: blocked" in view.detail.toPlainText()

    # The Yield tab: units connected within days of provisioning.
    window.tabs.setCurrentWidget(window.yield_view)
    lines = window.yield_view.connected.lines()
    assert lines[0].startswith("Connected to IoT Central within days of provisioning — 10 of 10")
    assert lines[1] == "within 1 day: 3 of 10 (30 %)"
    image = window.yield_view.connected.grab().toImage()
    assert image.height() >= window.yield_view.connected.minimumHeight()
    window.shutdown()


def test_a_stopped_refresh_keeps_its_place_and_the_next_one_resumes(qtbot, line):  # type: ignore[no-untyped-def]
    server, path, store = line
    service: CloudCentral = server.service  # type: ignore[assignment]
    window = qa_window(qtbot, store, path)
    dialog = open_refresh(window, server)
    service.fault("list", Fault.THROTTLE, "600")  # a wait no one sits through
    with qtbot.waitSignal(dialog.refreshFinished, timeout=SIGNAL_TIMEOUT_MS) as finished:
        assert dialog.start()
        assert dialog.running and dialog.close_button.text() == "Stop"
        assert not dialog.start_button.isEnabled()
        # The throttled answer went out: the refresh now waits out its Retry-After.
        qtbot.waitUntil(lambda: not service.faults["list"], timeout=SIGNAL_TIMEOUT_MS)
        dialog.request_stop()
    [stopped] = finished.args[0]
    assert isinstance(stopped.stopped, RefreshStopped)
    assert "resumes" in dialog.message.text()
    assert dialog.start_button.isEnabled()

    [resumed] = refresh(qtbot, dialog)
    assert resumed.resumed and resumed.stopped is None
    assert resumed.connected == {"g-00", "g-01", "g-02"}
    dialog.shutdown()
    window.shutdown()


def test_a_refused_or_missing_credential_is_one_line(qtbot, line, tmp_path: Path):  # type: ignore[no-untyped-def]
    server, path, store = line
    window = qa_window(qtbot, store, path)
    store.set(IOTC_API_TOKEN, "SharedAccessSignature sr=x&sig=bad&skn=k&se=4102444800000")
    dialog = open_refresh(window, server)
    [report] = refresh(qtbot, dialog)
    assert report.stopped is not None
    assert "The service refused the credential." in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    dialog.shutdown()

    store.delete(IOTC_API_TOKEN)
    dialog = open_refresh(window, server)
    assert not dialog.start()
    assert dialog.message.text().startswith("No IoT Central API token")
    dialog.shutdown()
    window.shutdown()


def test_connected_within_counts_each_unit_by_when_it_was_first_seen_connected(  # type: ignore[no-untyped-def]
    qtbot, line
):
    server, path, store = line
    window = qa_window(qtbot, store, path)
    dialog = open_refresh(window, server)
    refresh(qtbot, dialog)
    dialog.shutdown()
    window.shutdown()
    # The first refresh that saw them connected came 3 and 20 days after provisioning.
    with Manifest.open(path) as manifest:
        provisioned = {u.device_id: u.provisioned_at for u in manifest.units()}
        for device_id, days in (("g-01", 3), ("g-02", 20)):
            later = dt.datetime.fromisoformat(provisioned[device_id]) + dt.timedelta(days=days)
            manifest.db.conn.execute(
                "UPDATE cloud_status_history SET read_at = ? WHERE device_id = ?",
                (later.isoformat(timespec="microseconds"), device_id))
        data = gather_connected([manifest], Target.CENTRAL)
    assert (data.provisioned, data.read, data.connected) == (10, 10, 3)
    assert dict(data.within) == {1: 1, 7: 2, 30: 3}
    assert gather_connected([], Target.DPS).read == 0
