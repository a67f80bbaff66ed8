"""The label printer chosen in Settings: each provisioned unit's label goes to a ZPL printer
(or a CUPS queue) by itself; a printer that does not answer or reports a fault shows a
banner while the labels wait, in order, kept in a file until they are printed."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from station.credentials.secret_store import EncryptedFileSecrets
from station.gui.app import application
from station.gui.label_queue import CUPS, TEST_LABEL_ID, ZPL, printing_from
from station.gui.main_window import MainWindow, WindowOptions
from station.gui.settings import StationSettings, save_settings
from station.printing.waiting import waiting_file_for
from tests.gui_fixtures import FAST_PROFILE
from tests.zpl_printer import StandInPrinter, refusing_address
from tests.zpl_reader import read_label


def _window(qtbot, tmp_path: Path, printer: str, **settings: object) -> MainWindow:  # type: ignore[no-untyped-def]
    """The demo window with the label printer at ``printer`` saved in Settings."""
    save_settings(StationSettings(label_printer=ZPL, label_printer_address=printer,
                                  **settings))  # type: ignore[arg-type]
    application()
    window = MainWindow(WindowOptions(
        demo=True, demo_profile=FAST_PROFILE, boards=1, watch_ports=False, language="en",
        manifest=tmp_path / "manifest.sqlite",
        secret_store=EncryptedFileSecrets(tmp_path / "secrets.enc"),
    ))
    qtbot.addWidget(window)
    window.show()
    return window


def _provision(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        window.line.provision_next()
    result = blocker.args[0]
    assert result.ok, result
    return str(result.device_id)


def _qr(zpl: str) -> dict:
    (qr,) = read_label(zpl).qr_fields
    return json.loads(qr.data[len("MM,B0000"):])


def _waiting(tmp_path: Path) -> list[str]:
    path = waiting_file_for(tmp_path / "manifest.sqlite")
    if not path.exists():
        return []
    return [label["device_id"] for label in json.loads(path.read_text(encoding="utf-8"))]


def test_each_provisioned_units_label_prints_on_the_printer_chosen_in_settings(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    with StandInPrinter() as printer:
        window = _window(qtbot, tmp_path, printer.address, label_stock="50x25",
                         label_dpi=300)
        try:
            first = _provision(qtbot, window)
            second = _provision(qtbot, window)
            qtbot.waitUntil(lambda: len(printer.formats) == 2, timeout=20_000)
            assert [_qr(zpl)["deviceId"] for zpl in printer.formats] == [first, second]
            label = read_label(printer.formats[0])
            assert label.width == int(50 * 300 / 25.4)  # the stock and dpi chosen
            texts = [f.data for f in label.text_fields]
            assert first in "".join(texts)
            assert all("key" not in json.dumps(_qr(zpl)).lower() for zpl in printer.formats)
            assert not window.line.printer_banner.isVisible()
            qtbot.waitUntil(lambda: _waiting(tmp_path) == [], timeout=5_000)
        finally:
            window.shutdown()


@pytest.mark.parametrize(("fault", "words"), [
    ({"paper_out": True}, "out of paper"),
    ({"head_open": True}, "has its head open"),
    ({"drop_after": 40}, "dropped the connection"),
])
def test_a_printer_fault_shows_the_banner_and_the_label_waits_until_it_prints(
    qtbot, tmp_path: Path, fault: dict, words: str  # type: ignore[no-untyped-def]
) -> None:
    with StandInPrinter(**fault) as printer:
        window = _window(qtbot, tmp_path, printer.address)
        banner = window.line.printer_banner
        try:
            device_id = _provision(qtbot, window)
            qtbot.waitUntil(lambda: banner.isVisible(), timeout=20_000)
            assert words in banner.title.text().replace("\u200b", "")
            assert "1 label waiting" in banner.detail.text()
            assert _waiting(tmp_path) == [device_id]  # kept on disk, not only in memory
            assert window.line.banner.outcome == "passed"  # the unit is provisioned anyway
            assert printer.formats == []

            printer.paper_out = printer.head_open = False
            printer.drop_after = None
            banner.retry.click()  # the line worker saw to the printer
            qtbot.waitUntil(lambda: len(printer.formats) == 1, timeout=20_000)
            qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5_000)
            assert _qr(printer.formats[0])["deviceId"] == device_id
            qtbot.waitUntil(lambda: _waiting(tmp_path) == [], timeout=5_000)
        finally:
            window.shutdown()


def test_labels_waiting_for_a_printer_that_does_not_answer_survive_the_window(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, tmp_path, refusing_address())
    try:
        first = _provision(qtbot, window)
        second = _provision(qtbot, window)
        banner = window.line.printer_banner
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=20_000)
        assert "refused the connection" in banner.title.text().replace("\u200b", "")
        qtbot.waitUntil(lambda: "2 labels waiting" in banner.detail.text(), timeout=5_000)
        assert _waiting(tmp_path) == [first, second]
    finally:
        window.shutdown()

    # The station closed; the next shift's printer works: the waiting labels print first.
    with StandInPrinter() as printer:
        again = _window(qtbot, tmp_path, printer.address)
        try:
            qtbot.waitUntil(lambda: len(printer.formats) == 2, timeout=20_000)
            assert [_qr(zpl)["deviceId"] for zpl in printer.formats] == [first, second]
            # A label leaves the waiting file once the printer's status after it is read,
            # a moment after its bytes arrived.
            qtbot.waitUntil(lambda: _waiting(tmp_path) == [], timeout=5_000)
        finally:
            again.shutdown()


def test_print_test_label_from_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with StandInPrinter() as printer:
        window = _window(qtbot, tmp_path, "")
        view = window.settings_view
        try:
            card = view.printer
            card.kind.setCurrentIndex(card.kind.findData(ZPL))
            assert card.address.isVisibleTo(view) and not card.queue.isVisibleTo(view)
            card.address.setText(printer.address)
            card.test_button.click()
            qtbot.waitUntil(lambda: "Test label printed" in view.message.text(),
                            timeout=20_000)
            assert printer.address in view.message.text()
            # The stand-in keeps a label once the station has closed the connection.
            qtbot.waitUntil(lambda: len(printer.formats) == 1, timeout=10_000)
            assert read_label(printer.formats[0]).qr_fields
            assert TEST_LABEL_ID in "".join(f.data for f in read_label(printer.formats[0])
                                            .text_fields)

            card.address.setText(refusing_address())
            card.test_button.click()
            qtbot.waitUntil(lambda: "was not printed" in view.message.text(), timeout=20_000)
            assert view.message.property("tone") == "error"
            assert "\n" not in view.message.text() and "Traceback" not in view.message.text()

            view.save()
            assert printing_from(view.settings) is not None
        finally:
            window.shutdown()


def _fake_cups(folder: Path, lpstat: str) -> Path:
    """``lp`` and ``lpstat`` stand-ins: lp keeps what it is given; lpstat says ``lpstat``."""
    folder.mkdir()
    spool = folder / "spool.zpl"
    (folder / "lp").write_text(f'#!/bin/sh\necho "$*" >> "{folder}/lp.args"\n'
                               f'cat >> "{spool}"\necho "request id is zebra-1"\n')
    (folder / "lpstat").write_text(f"#!/bin/sh\n{lpstat}\n")
    for name in ("lp", "lpstat"):
        (folder / name).chmod((folder / name).stat().st_mode | stat.S_IXUSR)
    return spool


def test_a_cups_queue_takes_the_label_and_a_stopped_one_says_why(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    bin_dir = tmp_path / "bin"
    spool = _fake_cups(bin_dir, 'echo "printer zebra-line3 is idle.  enabled since today"')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    save_settings(StationSettings(label_printer=CUPS, label_printer_queue="zebra-line3"))
    application()
    window = MainWindow(WindowOptions(
        demo=True, demo_profile=FAST_PROFILE, boards=1, watch_ports=False, language="en",
        manifest=tmp_path / "manifest.sqlite",
        secret_store=EncryptedFileSecrets(tmp_path / "secrets.enc"),
    ))
    qtbot.addWidget(window)
    window.show()
    try:
        device_id = _provision(qtbot, window)
        qtbot.waitUntil(lambda: spool.exists() and "^XZ" in spool.read_text(), timeout=20_000)
        assert _qr(spool.read_text())["deviceId"] == device_id
        assert "-d zebra-line3 -o raw" in (bin_dir / "lp.args").read_text()

        (bin_dir / "lpstat").write_text(
            '#!/bin/sh\necho "printer zebra-line3 disabled since today -"\n'
            'echo "\tMedia empty or jammed"\n')
        second = _provision(qtbot, window)
        banner = window.line.printer_banner
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=20_000)
        shown = banner.title.text().replace("\u200b", "")
        assert "CUPS queue zebra-line3 is stopped: Media empty or jammed" in shown
        assert _waiting(tmp_path) == [second]
    finally:
        window.shutdown()
