"""QA resolves an interrupted unit from the Manifest tab."""

from __future__ import annotations

from pathlib import Path

from station.core.models import UnitStatus
from station.gui.manifest_view import ManifestView
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading
from tests.test_manifest_resolve import crashed

__all__ = ["crashed"]


def _select(view: ManifestView, device_id: str) -> None:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    row = next(r for r in range(model.rowCount()) if model.unit_at(r).device_id == device_id)
    view.table.selectRow(row)


def test_a_pending_unit_is_resolved_from_the_qa_view(qtbot, crashed: Path) -> None:  # type: ignore[no-untyped-def]
    key = key_for_reading(crashed)
    view = ManifestView()
    qtbot.addWidget(view)
    view.operator_name = "qa-lena"
    view.open_manifest(crashed, key)
    view.show()
    _select(view, "dev-crash")
    assert view.resolve_button.isEnabled()

    dialog = view.resolve_dialog()
    assert dialog is not None and dialog.operator.text() == "qa-lena"
    dialog.resolve()  # no reason yet: refused, and the dialog says why
    assert "needs a reason" in dialog.message.text()
    assert dialog.result() == 0

    dialog.resolution.setCurrentIndex(dialog.resolution.findData("scrapped"))
    dialog.reason.setText("connector torn off")
    dialog.resolve()
    assert dialog.result() == dialog.DialogCode.Accepted
    view.refresh()
    _select(view, "dev-crash")
    assert not view.resolve_button.isEnabled()  # nothing left to resolve
    view.model.close()

    with Manifest.open(crashed, key) as manifest:
        unit = manifest.unit("dev-crash")
    assert unit is not None and unit.status is UnitStatus.FAILED
    assert unit.failure_reason == "scrapped by qa-lena: connector torn off"
