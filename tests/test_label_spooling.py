"""Printing each provisioned unit's label while provisioning, and printing it again:
a printer that fails costs one line and never a unit."""

from __future__ import annotations

import argparse
import base64
import json
from pathlib import Path

import pytest

from station.core.events import StageEvent
from station.manifest import Manifest
from station.printing.cli_commands import printing_labels
from station.provisioning import ProvisionRequest, provision
from station.simulation.console_board import VirtualConsoleBoard
from tests.new_commands import main
from tests.zpl_printer import StandInPrinter, refusing_address
from tests.zpl_reader import read_label

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
SCOPE = "0ne000DE001"


def _qr(zpl: str) -> dict:
    (qr,) = read_label(zpl).qr_fields
    return json.loads(qr.data[len("MM,B0000"):])


def _options(printer: str, manifest: Path, **more: object) -> argparse.Namespace:
    values = {"label_printer": printer, "label_stock": "62x29", "label_dpi": 203,
              "no_printer_status": False, "manifest": manifest, **more}
    return argparse.Namespace(**values)


def _provision(manifest: Path, printer: str, count: int = 1) -> list:
    board = VirtualConsoleBoard(seed=f"labels-{printer}", swap_on_reboot=True)
    events: list[StageEvent] = []
    with board.serve_tcp() as served, printing_labels(
        _options(printer, manifest), events.append
    ) as emit:
        request = ProvisionRequest(profile="demo-console", ports=[served.url], id_scope=SCOPE,
                                   count=count, group_key_b64=GROUP_KEY, manifest=manifest)
        results, _ = provision(request, emit)
    return results


def _statuses(manifest: Path) -> dict[str, str]:
    with Manifest.open(manifest, None, read_only=True) as store:
        return {unit.device_id: str(unit.status) for unit in store.units()}


def test_each_provisioned_unit_gets_its_label_in_order(tmp_path):
    manifest = tmp_path / "m.sqlite"
    with StandInPrinter() as printer:
        results = _provision(manifest, printer.address, count=3)
    assert [r.ok for r in results] == [True, True, True]
    printed = [_qr(zpl)["deviceId"] for zpl in printer.formats]
    assert printed == [r.device_id for r in results]
    assert all(_qr(zpl)["idScope"] == SCOPE for zpl in printer.formats)
    assert all("deviceKey" not in _qr(zpl) for zpl in printer.formats)


@pytest.mark.parametrize("fault", ["refuses", "drops mid-label", "is out of paper"])
def test_a_failing_printer_costs_one_line_and_loses_nothing(tmp_path, capsys, fault):
    manifest = tmp_path / "m.sqlite"
    if fault == "refuses":
        results = _provision(manifest, refusing_address())
    else:
        broken = StandInPrinter(drop_after=64) if fault == "drops mid-label" else \
            StandInPrinter(paper_out=True)
        with broken:
            results = _provision(manifest, broken.address)
        assert broken.formats == []
    (result,) = results
    assert result.ok
    device_id = result.device_id
    assert _statuses(manifest) == {device_id: "provisioned"}
    lines = capsys.readouterr().err.splitlines()
    failures = [line for line in lines if line.startswith(f"label of {device_id} not printed")]
    assert len(failures) == 1
    assert f"print it again: station label print {device_id} --printer 127.0.0.1:" in failures[0]
    assert any(line.startswith("1 label(s) not printed; the units are provisioned")
               for line in lines)

    # The label is printed again from the manifest, as the line says.
    with StandInPrinter() as printer:
        assert main(["label", "print", device_id, "--printer", printer.address,
                     "--manifest", str(manifest)]) == 0
    assert [_qr(zpl) for zpl in printer.formats] == [{"idScope": SCOPE, "deviceId": device_id}]
    assert f"{device_id}: label printed on {printer.address}" in capsys.readouterr().out


def test_label_print_writes_zpl_for_each_unit_named(tmp_path, capsys):
    manifest = tmp_path / "m.sqlite"
    with StandInPrinter() as printer:
        results = _provision(manifest, printer.address, count=2)
    out = tmp_path / "labels.zpl"
    ids = [r.device_id for r in results]
    assert main(["label", "print", *ids, "--out", str(out), "--manifest", str(manifest),
                 "--label-stock", "50x25", "--label-dpi", "300"]) == 0
    formats = out.read_text().split("^XZ\n")[:-1]
    assert [_qr(f + "^XZ")["deviceId"] for f in formats] == ids
    assert read_label(formats[0] + "^XZ").width == 590  # 50 mm at 300 dpi
    assert "2 label(s) written" in capsys.readouterr().out


def test_label_print_refuses_a_unit_it_does_not_know_and_sends_nothing(tmp_path, capsys):
    manifest = tmp_path / "m.sqlite"
    with StandInPrinter() as printer:
        (result,) = _provision(manifest, printer.address)
        assert main(["label", "print", result.device_id, "nope-1", "--printer",
                     printer.address, "--manifest", str(manifest)]) == 1
    assert len(printer.formats) == 1  # the one printed while provisioning
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"station: nope-1 is not in the manifest {manifest} (check the device ID, "
                   "or name the manifest with --manifest PATH) [config]"]


def test_label_print_with_the_printer_down_exits_1_in_one_line(tmp_path, capsys):
    manifest = tmp_path / "m.sqlite"
    with StandInPrinter() as printer:
        (result,) = _provision(manifest, printer.address)
    address = refusing_address()
    assert main(["label", "print", result.device_id, "--printer", address,
                 "--manifest", str(manifest)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"label of {result.device_id} not printed: the printer at {address} "
                           "refused the connection")
