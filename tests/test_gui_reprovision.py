"""QA re-provisions a returned unit from the Manifest tab; it runs on its port's tile."""

from __future__ import annotations

from pathlib import Path

from station.gui.main_window import MainWindow
from station.manifest import Manifest
from station.simulation.console_board import VirtualConsoleBoard
from tests.gui_fixtures import open_window
from tests.test_gui_resolve import _select


def _run_unit(qtbot, window: MainWindow, start) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        start()
    return blocker.args[0]


def test_a_returned_unit_is_provisioned_again_from_the_qa_view(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, boards=1)
    for virtual in list(window.virtual_boards.bays):  # this test brings its own boards
        window.controller.remove_port(virtual)
    board = VirtualConsoleBoard(seed="gui-returned")
    stranger = VirtualConsoleBoard(seed="gui-stranger")
    try:
        with board.serve_tcp() as served, stranger.serve_tcp() as other:
            window.controller.add_port(served.url, "Returned unit")
            first = _run_unit(qtbot, window, window.controller.provision_next)
            assert first.ok, first.reason
            device_id = first.device_id
            writes_before = len(board.received)

            view = window.manifest_view
            view.refresh()
            _select(view, device_id)
            assert view.reprovision_button.isEnabled()
            # The window would open its (modal) dialog; here the test drives the dialog.
            view.reprovisionRequested.disconnect(window.open_reprovision)
            with qtbot.waitSignal(view.reprovisionRequested) as asked:
                view.reprovision_button.click()
            assert asked.args == [device_id]

            # Another board is not the returned unit: refused at identify, unit untouched.
            window.controller.add_port(other.url, "Stranger")
            dialog = window.reprovision_dialog(device_id)
            dialog.port.setCurrentIndex(dialog.port.findData(other.url))
            dialog.start()  # no reason: refused, the dialog says why
            assert "say why" in dialog.message.text() and dialog.result() == 0
            dialog.reason.setText("RMA 4711: flash erased")
            refused = _run_unit(qtbot, window, dialog.start)
            assert not refused.ok and "not as the returned unit" in refused.reason

            dialog = window.reprovision_dialog(device_id)
            dialog.port.setCurrentIndex(dialog.port.findData(served.url))
            dialog.reason.setText("RMA 4711: flash erased")
            again = _run_unit(qtbot, window, dialog.start)
            assert again.ok, again.reason
            assert again.device_id == device_id
            # The demo job is sas-group: the board is written again with the key derived
            # from the job's group key for its device ID.
            assert len(board.received) > writes_before
            assert board.committed["dps"]["device_id"] == device_id
    finally:
        window.shutdown()
    with Manifest.open(tmp_path / "manifest.sqlite", None, read_only=True) as manifest:
        unit = manifest.unit(device_id)
        assert unit is not None and (unit.generation, unit.status) == (2, "provisioned")
        assert len(manifest.credential_generations(device_id)) == 1
