"""Unit labels as ZPL II on a fixed label stock, sent to a label printer's raw port.

The ZPL is read back command by command (tests/zpl_reader.py): the label's size
in dots, every field inside it, the QR code's text, and the texts a person reads.
The printer is a loopback stand-in that answers the host status request (~HS).
"""

from __future__ import annotations

import json

import pytest
import segno

from station.core.errors import ConfigError
from station.core.models import Attestation
from station.printing.label import unit_label
from station.printing.raw_printer import HostStatus, PrinterAddress, PrinterError, send_zpl
from station.printing.spooler import LabelPrinting
from station.printing.stock import LabelStock
from station.printing.zpl import CHAR_ADVANCE, render_zpl
from tests.zpl_printer import StandInPrinter, refusing_address
from tests.zpl_reader import Label, read_label

SCOPE = "0ne0012ABCD"


def _label(device_id: str = "demo-02a4cf12b3c4", name: str = "Demo console board"):
    return unit_label(device_id, SCOPE, name, Attestation.SAS_GROUP)


def _qr_payload(label: Label) -> str:
    (qr,) = label.qr_fields
    mode, _, rest = qr.data.partition(",")
    assert mode == "MM"  # error correction M, manual input
    assert rest[0] == "B"  # 8-bit byte mode, then a four-digit byte count
    count, payload = int(rest[1:5]), rest[5:]
    assert len(payload.encode("utf-8")) == count
    return payload


def _device_id_and_scope(label: Label) -> tuple[str, str]:
    """What a person reads: the lines under DEVICE ID (a long ID is broken over
    several), and the line under ID SCOPE."""
    texts = [text.data for text in label.text_fields]
    assert texts[0] == "DEVICE ID"
    scope_at = texts.index("ID SCOPE")
    return "".join(texts[1:scope_at]), texts[scope_at + 1]


def _assert_fits(label: Label, stock: LabelStock) -> None:
    assert (label.width, label.length) == (stock.width_dots, stock.height_dots)
    (qr,) = label.qr_fields
    assert qr.qr is not None
    model, magnification, error = qr.qr
    assert (model, error) == (2, "M")
    modules = segno.make_qr(_qr_payload(label), error="m", mode="byte",
                            boost_error=False).symbol_size(border=0)[0]
    qr_right = qr.x + modules * magnification
    assert qr.x >= 0 and qr.y >= 0
    assert qr_right <= label.width and qr.y + modules * magnification <= label.length
    # Modules of at least 0.2 mm: a thermal label's QR code must scan.
    assert magnification / stock.dots_per_mm >= 0.2
    previous_bottom = 0
    for text in label.text_fields:
        assert text.font is not None and text.block is not None
        _, height, width = text.font
        block_width, lines = text.block
        assert lines == 1
        assert text.x >= qr_right  # beside the QR code, never over it
        assert text.x + block_width <= label.width
        assert text.y >= previous_bottom  # below the line before
        assert text.y + height <= label.length
        assert len(text.data) * CHAR_ADVANCE * width <= block_width
        previous_bottom = text.y + height


@pytest.mark.parametrize("size,dpi", [("62x29", 203), ("62x29", 300), ("50x25", 203),
                                      ("100x50", 300), ("57x32", 600), ("40x20", 152)])
def test_label_fits_the_stock_and_its_qr_holds_scope_and_device_id(size, dpi):
    stock = LabelStock.parse(size, dpi)
    label = read_label(render_zpl(_label(), stock))
    _assert_fits(label, stock)
    assert json.loads(_qr_payload(label)) == {"idScope": SCOPE, "deviceId": "demo-02a4cf12b3c4"}
    assert _device_id_and_scope(label) == ("demo-02a4cf12b3c4", SCOPE)
    assert label.charset == 28 and label.quantity == 1


def test_the_same_label_is_the_same_size_in_mm_at_203_and_300_dpi():
    low = read_label(render_zpl(_label(), LabelStock.parse("62x29", 203)))
    high = read_label(render_zpl(_label(), LabelStock.parse("62x29", 300)))
    assert abs(low.width / 203 - high.width / 300) < 0.01
    assert abs(low.length / 203 - high.length / 300) < 0.01


def test_a_long_device_id_is_broken_over_lines_never_cut():
    device_id = "rack-7.shelf-3:" + "a1b2c3d4" * 14  # 127 characters
    stock = LabelStock.parse("62x29", 203)
    label = read_label(render_zpl(_label(device_id), stock))
    _assert_fits(label, stock)
    assert _device_id_and_scope(label) == (device_id, SCOPE)
    assert json.loads(_qr_payload(label))["deviceId"] == device_id


def test_a_long_profile_name_is_shortened_and_the_rest_stays():
    stock = LabelStock.parse("50x25", 203)
    label = read_label(render_zpl(_label(name="Production board rev C " * 4), stock))
    _assert_fits(label, stock)
    assert any(text.data.endswith("...") for text in label.text_fields)


def test_zpl_command_characters_in_a_text_are_escaped():
    stock = LabelStock.parse("62x29", 203)
    label = read_label(render_zpl(_label(name="Board ^XZ ~JR \\ 1"), stock))
    assert "Board ^XZ ~JR \\ 1" in [text.data for text in label.text_fields]


def test_a_stock_too_small_is_refused_in_one_line():
    with pytest.raises(ConfigError) as refused:
        render_zpl(_label(), LabelStock.parse("20x15", 203))
    assert "20 x 15 mm at 203 dpi" in str(refused.value)
    assert "larger label stock" in str(refused.value) or "wider label stock" in str(
        refused.value)


@pytest.mark.parametrize("size", ["62", "62x", "x29", "big", "5x5", "62x29x3"])
def test_a_size_that_is_no_stock_is_refused(size):
    with pytest.raises(ConfigError):
        LabelStock.parse(size)


def test_an_unknown_dpi_is_refused():
    with pytest.raises(ConfigError, match="250 dpi"):
        LabelStock.parse("62x29", 250)


@pytest.mark.parametrize("text,host,port", [
    ("10.0.4.21", "10.0.4.21", 9100), ("zebra-3:6101", "zebra-3", 6101),
    ("[::1]:9100", "::1", 9100), ("[fe80::1]", "fe80::1", 9100),
])
def test_printer_addresses(text, host, port):
    assert PrinterAddress.parse(text) == PrinterAddress(host, port)


@pytest.mark.parametrize("text", ["", "host:", "host:99999", "[::1]:x", "host:x"])
def test_bad_printer_addresses_are_refused(text):
    with pytest.raises(ConfigError):
        PrinterAddress.parse(text)


def test_host_status_flags_are_read():
    with StandInPrinter(paper_out=True, head_open=True) as printer:
        status = HostStatus.parse(printer.status())
    assert status.faults() == ["out of paper", "has its head open"]
    assert HostStatus.parse(StandInPrinter().status()).faults() == []


def test_a_label_reaches_the_printer_and_is_confirmed():
    stock = LabelStock.parse("62x29", 300)
    zpl = render_zpl(_label(), stock)
    with StandInPrinter() as printer:
        send_zpl(PrinterAddress.parse(printer.address), zpl)
    assert printer.formats == [zpl.strip()]
    assert printer.status_requests == 2  # before the label, and to confirm it arrived


def test_a_printer_that_refuses_the_connection_is_one_line():
    address = refusing_address()
    with pytest.raises(PrinterError) as failed:
        send_zpl(PrinterAddress.parse(address), "^XA^XZ")
    line = str(failed.value)
    assert "\n" not in line
    assert f"the printer at {address} refused the connection" in line
    assert "check that the printer is on" in line


def test_a_printer_out_of_paper_is_not_sent_the_label():
    with StandInPrinter(paper_out=True, paused=True) as printer:
        with pytest.raises(PrinterError, match="out of paper and paused; the label was not"):
            send_zpl(PrinterAddress.parse(printer.address), render_zpl(
                _label(), LabelStock.parse("62x29")))
    assert printer.formats == []


def test_a_printer_that_drops_mid_label_is_noticed():
    zpl = render_zpl(_label(), LabelStock.parse("62x29"))
    with StandInPrinter(drop_after=100) as printer:
        with pytest.raises(PrinterError) as failed:
            send_zpl(PrinterAddress.parse(printer.address), zpl)
    assert printer.formats == []
    line = str(failed.value)
    assert "\n" not in line and printer.address in line
    assert "closed the connection" in line or "dropped the connection" in line


def test_the_failure_line_says_how_to_print_again():
    printing = LabelPrinting(PrinterAddress.parse(refusing_address()),
                             LabelStock.parse("50x25", 300))
    with pytest.raises(PrinterError) as failed:
        printing.print_label(_label("dev-7"))
    line = printing.failure_line("dev-7", failed.value)
    assert line.startswith("label of dev-7 not printed: the printer at ")
    assert line.endswith(
        f"print it again: station label print dev-7 --printer {printing.printer} "
        "--label-stock 50x25 --label-dpi 300")
