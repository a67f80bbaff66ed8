"""Stable error codes: every error has one, each is unique and listed in
docs/error-codes.md, and each face of the station shows it beside the text."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import station
from station.automation.app import error_response
from station.cli import main
from station.core.errors import (
    CODE_PATTERN,
    BoardMismatch,
    ConfigError,
    StationError,
    code_of_class,
)
from station.core.models import UnitResult, UnitStatus
from station.gui.app import application
from station.gui.label_queue import LabelQueue
from station.gui.line_controller import PortState, PortStatus
from station.gui.port_tile import PortTile
from station.gui.printer_banner import PrinterBanner
from station.gui.result_banner import ResultBanner
from station.printing.label import UnitLabel
from station.printing.raw_printer import PrinterAddress, PrinterError
from station.printing.spooler import LabelPrinting
from station.printing.stock import LabelStock
from station.transports.esptool_errors import BoardWentAway
from tests.zpl_printer import StandInPrinter, refusing_address

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "error-codes.md"
RAISE_SITE = re.compile(r'\bcode="([a-z0-9-]+)"')


def _error_classes() -> list[type[StationError]]:
    """Every StationError class of the station, each module imported."""
    for module in pkgutil.walk_packages(station.__path__, "station."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)

    def walk(cls: type[StationError]) -> Iterator[type[StationError]]:
        yield cls
        for sub in cls.__subclasses__():
            yield from walk(sub)

    return [cls for cls in walk(StationError) if cls.__module__.startswith("station.")]


def _raise_site_codes() -> set[str]:
    return {
        code
        for path in (REPO / "station").rglob("*.py")
        for code in RAISE_SITE.findall(path.read_text(encoding="utf-8"))
    }


def _documented() -> list[str]:
    return re.findall(r"^\| `([a-z0-9-]+)` \|", DOC.read_text(encoding="utf-8"), re.MULTILINE)


def test_every_error_class_has_its_own_code() -> None:
    classes = _error_classes()
    codes = [cls.code for cls in classes]
    repeated = {code for code in codes if codes.count(code) > 1}
    assert not repeated, f"two error classes share a code: {repeated}"
    assert all(CODE_PATTERN.match(code) for code in codes)
    # The raise sites' specific codes are not another class's.
    assert not _raise_site_codes() & set(codes)


def test_every_code_is_in_the_table_and_the_table_holds_no_other() -> None:
    used = {cls.code for cls in _error_classes()} | _raise_site_codes()
    documented = _documented()
    assert len(documented) == len(set(documented)), "a code is listed twice"
    missing, stale = used - set(documented), set(documented) - used
    assert not missing, f"add these codes to docs/error-codes.md: {sorted(missing)}"
    assert not stale, f"docs/error-codes.md lists codes nothing raises: {sorted(stale)}"


def test_codes_the_line_already_matches_on_stay_as_they_are() -> None:
    # Renaming a class must not change its code silently: these are written down.
    assert BoardMismatch.code == "board-mismatch"
    assert BoardWentAway.code == "board-went-away"
    assert PrinterError.code == "printer"
    assert code_of_class("DuplicateDeviceError") == "duplicate-device"
    assert code_of_class("PortUnavailable") == "port-unavailable"


def test_a_raise_site_gives_a_more_specific_code_and_a_bad_one_is_refused() -> None:
    error = PrinterError("out of paper", code="printer-fault")
    assert (error.code, PrinterError.code) == ("printer-fault", "printer")
    assert error.line() == "out of paper (check the printer) [printer-fault]"
    with pytest.raises(ValueError):
        PrinterError("x", code="Printer Fault")


def test_the_cli_prints_the_code_at_the_end_of_its_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "none.sqlite"
    assert main(["label", "print", "dev-1", "--out", "-", "--manifest", str(missing)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"station: there is no manifest at {missing} (pass --manifest PATH) [config]"


def test_the_api_error_body_carries_the_code() -> None:
    answer = error_response(
        PrinterError("the printer at p:9100 is out of paper", code="printer-fault")
    )
    assert answer.status_code == 502
    assert json.loads(answer.body)["code"] == "printer-fault"
    answer = error_response(ConfigError("no such profile"))
    assert (answer.status_code, json.loads(answer.body)["code"]) == (409, "config")


def _failed(error: StationError, stage: str = "write") -> UnitResult:
    """A failed unit's result, as the pipeline makes it from ``error``."""
    return UnitResult(
        "COM7",
        UnitStatus.FAILED,
        device_id="dev-7",
        failed_stage=stage,
        reason=error.message,
        hint=error.hint,
        code=error.code,
    )


def test_the_result_banner_shows_the_code_beside_the_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    application()
    banner = ResultBanner()
    qtbot.addWidget(banner)
    result = _failed(BoardWentAway("the board stopped answering"))
    banner.show_result(result, "Port 7")
    detail = banner.detail.text().replace("\u200b", "")
    assert "the board stopped answering [board-went-away] — Check the cable" in detail
    banner.show_result(_failed(ConfigError("the manifest is locked"), "station"), "Port 7")
    assert "the manifest is locked [config]" in banner.detail.text().replace("\u200b", "")


def test_the_port_tile_shows_the_code_of_its_failure(qtbot) -> None:  # type: ignore[no-untyped-def]
    application()
    result = _failed(BoardMismatch("the board is a 'gateway'"), "detect")
    tile = PortTile(PortStatus("COM7", "Port 7", state=PortState.FAILED, last_result=result))
    qtbot.addWidget(tile)
    assert tile.stage.text().endswith("detect [board-mismatch]")
    assert tile.stage.toolTip() == "the board is a 'gateway' [board-mismatch]"
    tile.update_from(PortStatus("COM7", "Port 7"))
    assert "[" not in tile.stage.text() and tile.stage.toolTip() == ""


@pytest.mark.parametrize("fault", ["refused", "paper out"])
def test_the_printer_banner_shows_the_printers_code(qtbot, tmp_path: Path, fault: str) -> None:  # type: ignore[no-untyped-def]
    application()
    queue = LabelQueue(retry_ms=60_000)
    banner = PrinterBanner(queue)
    qtbot.addWidget(banner)
    label = UnitLabel("dev-7", "0ne0012ABCD", "Demo", "{}", "2025-01-01 08:00")
    with StandInPrinter(paper_out=True) as printer:
        address = refusing_address() if fault == "refused" else printer.address
        queue.configure(
            LabelPrinting(PrinterAddress.parse(address), LabelStock.parse("62x29")),
            tmp_path / "m.sqlite",
        )
        queue.submit(label)
        qtbot.waitUntil(lambda: bool(queue.problem), timeout=20_000)
    try:
        shown = banner.title.text().replace("\u200b", "")
        code = "printer-unreachable" if fault == "refused" else "printer-fault"
        assert f"[{code}] — " in shown
    finally:
        queue.shutdown()
