"""A profile's ``[label]`` layout, drawn as ZPL II at 203 and 300 dpi and as SVG, and
the profile checks that refuse a layout that cannot be printed.

The ZPL is read back command by command (tests/zpl_reader.py) and the SVG as XML:
the QR code's payload and the texts a person reads, where the layout put them.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import segno

from station.cli import main
from station.core.errors import ConfigError
from station.core.labels import (
    CHAR_ADVANCE,
    QR_QUIET_MODULES,
    LabelLayout,
    label_values,
    layout_svg,
    write_label_svg,
)
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.printing.label import unit_label
from station.printing.spooler import LabelPrinting
from station.printing.stock import LabelStock
from station.printing.zpl import render_zpl
from station.profiles.loader import load_profile
from tests.zpl_printer import StandInPrinter
from tests.zpl_reader import Label, read_label

REPO = Path(__file__).resolve().parents[1]
SCOPE = "0ne0012ABCD"
DEVICE = "demo-02a4cf12b3c4"
SVG = "{http://www.w3.org/2000/svg}"

# Two layouts unlike today's: a small square label with the QR code on top and a plain
# QR content; a wide one with the text on the left, the QR code right, and JSON content.
SQUARE = """
[label]
width_mm = 40
height_mm = 40
qr = { content = "DEV:{device_id}", x_mm = 10, y_mm = 1, size_mm = 20 }

[[label.texts]]
text = "{device_id}"
x_mm = 2
y_mm = 23
height_mm = 3.5

[[label.texts]]
text = "Scope {id_scope}"
x_mm = 2
y_mm = 29
height_mm = 2.5
"""
WIDE = """
[label]
width_mm = 100
height_mm = 30
dpi = 300

[label.qr]
content = '{{"s":"{id_scope}","d":"{device_id}","p":"{profile_name}"}}'
x_mm = 72
y_mm = 2
size_mm = 26

[[label.texts]]
text = "DEVICE {device_id}"
x_mm = 3
y_mm = 3
height_mm = 4
width_mm = 66
bold = true

[[label.texts]]
text = "{profile_name} / {printed_at}"
x_mm = 3
y_mm = 12
height_mm = 3
width_mm = 66
"""


def _profile(tmp_path: Path, label: str, name: str = "label-demo") -> Path:
    """The demo console profile as ``name``, with ``label`` appended, in a folder of its own."""
    folder = tmp_path / "profiles"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.toml"
    text = (REPO / "firmware_profiles" / "demo-console.toml").read_text(encoding="utf-8")
    path.write_text(text.replace('id = "demo-console"', f'id = "{name}"') + label, encoding="utf-8")
    return path


def _layout(tmp_path: Path, label: str) -> LabelLayout:
    layout = load_profile(_profile(tmp_path, label)).profile.label_layout
    assert layout is not None
    return layout


def _label(device_id: str = DEVICE):
    return unit_label(device_id, SCOPE, "Demo console board", Attestation.SAS_GROUP)


def _qr_payload(label: Label) -> str:
    (qr,) = label.qr_fields
    mode, _, rest = qr.data.partition(",")
    assert mode == "MM" and rest[0] == "B"
    count, payload = int(rest[1:5]), rest[5:]
    assert len(payload.encode("utf-8")) == count
    return payload


def _dots(mm: float, dpi: int) -> int:
    return int(mm * dpi / 25.4)


def _assert_placed(label: Label, layout: LabelLayout, dpi: int) -> None:
    """Every field where the layout puts it, converted to dots at ``dpi``."""
    assert (label.width, label.length) == (
        _dots(layout.width_mm, dpi),
        _dots(layout.height_mm, dpi),
    )
    (qr,) = label.qr_fields
    assert qr.qr is not None
    _, magnification, _ = qr.qr
    modules = segno.make_qr(
        _qr_payload(label), error="m", mode="byte", boost_error=False
    ).symbol_size(border=0)[0]
    quiet = QR_QUIET_MODULES * magnification
    assert (qr.x, qr.y) == (_dots(layout.qr_x_mm, dpi) + quiet, _dots(layout.qr_y_mm, dpi) + quiet)
    assert (modules + 2 * QR_QUIET_MODULES) * magnification <= _dots(layout.qr_size_mm, dpi)
    assert magnification * 25.4 / dpi >= 0.2  # modules a thermal label's scanner reads
    assert len(label.text_fields) == len(layout.texts)
    for text, line in zip(label.text_fields, layout.texts, strict=True):
        assert text.font is not None and text.block is not None
        _, height, _ = text.font
        assert (text.x, text.y) == (_dots(line.x_mm, dpi), _dots(line.y_mm, dpi))
        assert text.block == (_dots(layout.text_width_mm(line), dpi), 1)
        assert height <= _dots(line.height_mm, dpi)
        assert len(text.data) * CHAR_ADVANCE * height <= text.block[0]  # shrunk, never cut


@pytest.mark.parametrize("dpi", [203, 300])
def test_a_square_layout_in_zpl_at_both_dpi(tmp_path: Path, dpi: int) -> None:
    layout = _layout(tmp_path, SQUARE)
    label = read_label(render_zpl(_label(), LabelStock.parse("62x29", dpi), layout))
    _assert_placed(label, layout, dpi)  # the layout's size, not the stock's
    assert _qr_payload(label) == f"DEV:{DEVICE}"
    assert [text.data for text in label.text_fields] == [DEVICE, f"Scope {SCOPE}"]


@pytest.mark.parametrize("printer_dpi", [203, 300])
def test_a_wide_layout_in_zpl_at_its_own_dpi(tmp_path: Path, printer_dpi: int) -> None:
    layout = _layout(tmp_path, WIDE)
    unit = _label()
    label = read_label(render_zpl(unit, LabelStock.parse("62x29", printer_dpi), layout))
    _assert_placed(label, layout, 300)  # the layout says 300 dpi: the printer setting yields
    assert json.loads(_qr_payload(label)) == {"s": SCOPE, "d": DEVICE, "p": "Demo console board"}
    assert [text.data for text in label.text_fields] == [
        f"DEVICE {DEVICE}",
        f"Demo console board / {unit.printed_at}",
    ]


def test_the_same_layout_is_the_same_size_in_mm_at_203_and_300_dpi(tmp_path: Path) -> None:
    layout = _layout(tmp_path, SQUARE)
    low = read_label(render_zpl(_label(), LabelStock.parse("62x29", 203), layout))
    high = read_label(render_zpl(_label(), LabelStock.parse("62x29", 300), layout))
    for a, b in [(low.width, high.width), (low.length, high.length)] + [
        (x.y, y.y) for x, y in zip(low.text_fields, high.text_fields, strict=True)
    ]:
        assert abs(a / 203 - b / 300) < 0.01  # inches


def test_a_long_device_id_shrinks_and_one_too_long_is_refused(tmp_path: Path) -> None:
    layout = _layout(tmp_path, SQUARE)
    longer = "line3-" + "0123456789" * 2  # 26 characters: smaller than 3.5 mm, whole
    label = read_label(render_zpl(_label(longer), LabelStock.parse("62x29", 203), layout))
    _assert_placed(label, layout, 203)
    assert label.text_fields[0].data == longer
    assert label.text_fields[0].font is not None
    assert label.text_fields[0].font[1] < _dots(3.5, 203)
    with pytest.raises(ConfigError) as refused:
        render_zpl(_label("x" * 60), LabelStock.parse("62x29", 203), layout)
    assert "does not fit its 38 mm" in str(refused.value)
    assert "[label]" in refused.value.hint


def test_the_printer_gets_the_profile_layout(tmp_path: Path) -> None:
    layout = _layout(tmp_path, SQUARE)
    with StandInPrinter() as printer:
        from station.printing.raw_printer import PrinterAddress

        LabelPrinting(
            PrinterAddress.parse(printer.address), LabelStock.parse("62x29", 300), layout=layout
        ).print_label(_label())
    (sent,) = printer.formats
    label = read_label(sent)
    _assert_placed(label, layout, 300)
    assert _qr_payload(label) == f"DEV:{DEVICE}"


def _svg_texts(root: ET.Element) -> list[tuple[float, float, str]]:
    return [
        (float(t.attrib["x"]), float(t.attrib["y"]), t.text or "") for t in root.iter(f"{SVG}text")
    ]


def _svg_modules(root: ET.Element) -> tuple[str, float, float, float, set[tuple[int, int]]]:
    (path,) = root.iter(f"{SVG}path")
    move = re.fullmatch(
        r"translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)", path.attrib["transform"]
    )
    assert move is not None
    dark = set()
    for x, y, run in re.findall(r"M(\d+),(\d+)h(\d+)v1h-\3z", path.attrib["d"]):
        dark.update((int(y), column) for column in range(int(x), int(x) + int(run)))
    x, y, cell = (float(n) for n in move.groups())
    return path.attrib["data-qr"], x, y, cell, dark


@pytest.mark.parametrize("which", ["square", "wide"])
def test_the_layout_as_svg(tmp_path: Path, which: str) -> None:
    layout = _layout(tmp_path, SQUARE if which == "square" else WIDE)
    values = label_values(DEVICE, SCOPE, "Demo console board", "2025-01-01 08:00")
    root = ET.fromstring(layout_svg(layout, values))
    assert root.attrib["width"] == f"{layout.width_mm:g}mm"
    assert root.attrib["viewBox"] == f"0 0 {layout.width_mm:g} {layout.height_mm:g}"
    payload, x, y, cell, dark = _svg_modules(root)
    expected_payload = layout.qr_payload(values)
    assert payload == expected_payload
    matrix = segno.make_qr(expected_payload, error="m", mode="byte", boost_error=False).matrix
    assert dark == {
        (r + QR_QUIET_MODULES, c + QR_QUIET_MODULES)
        for r, row in enumerate(matrix)
        for c, on in enumerate(row)
        if on
    }
    assert (x, y) == (layout.qr_x_mm, layout.qr_y_mm)
    assert abs(cell * (len(matrix) + 2 * QR_QUIET_MODULES) - layout.qr_size_mm) < 1e-3
    texts = _svg_texts(root)
    assert [text for _, _, text in texts] == [
        line.template.format(**values) for line in layout.texts
    ]
    for (tx, ty, _), line in zip(texts, layout.texts, strict=True):
        assert tx == line.x_mm and line.y_mm < ty <= line.y_mm + line.height_mm


def test_write_label_svg_draws_the_profile_layout(tmp_path: Path) -> None:
    layout = _layout(tmp_path, SQUARE)
    unit = Unit(
        job=Job("job-1", "demo-console", SCOPE, Attestation.SAS_GROUP),
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity(DEVICE, "mac"),
        credential=Credential(Attestation.SAS_GROUP, sas_primary="a2V5"),
    )
    path = write_label_svg(
        unit,
        tmp_path / "labels",
        include_key=True,
        layout=layout,
        profile_name="Demo console board",
    )
    root = ET.fromstring(path.read_bytes())
    assert _svg_modules(root)[0] == f"DEV:{DEVICE}"  # the layout's content: never the key
    assert "a2V5" not in path.read_text(encoding="utf-8")
    assert [text for _, _, text in _svg_texts(root)] == [DEVICE, f"Scope {SCOPE}"]


def test_a_profile_without_a_label_keeps_todays_label(tmp_path: Path) -> None:
    assert (
        load_profile(REPO / "firmware_profiles" / "demo-console.toml").profile.label_layout is None
    )
    stock = LabelStock.parse("62x29", 203)
    assert render_zpl(_label(), stock, None) == render_zpl(_label(), stock)


BAD = """
[label]
width_mm = 50
height_mm = 25
qr = { content = "{device_id}/{serial}", x_mm = 1, y_mm = 1, size_mm = 22 }

[[label.texts]]
text = "{device_id} {mac}"
x_mm = 20
y_mm = 2
height_mm = 3

[[label.texts]]
text = "{id_scope}"
x_mm = 24
y_mm = 20
height_mm = 6

[[label.texts]]
text = "{profile_name}"
x_mm = 30
y_mm = 3
height_mm = 1
width_mm = 10
"""


def test_the_profile_check_says_each_layout_problem_in_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = _profile(tmp_path, BAD)
    assert main(["profiles", "check", str(path)]) != 0
    out = capsys.readouterr()
    lines = [line for line in (out.out + out.err).splitlines() if "label." in line]
    allowed = "allowed: {device_id}, {id_scope}, {profile_name}, {printed_at}"
    expected = [
        f"label.qr.content: '{{serial}}' is not a label field; {allowed}",
        f"label.texts[0].text: '{{mac}}' is not a label field; {allowed}",
        "label.texts[0]: the text '{device_id} {mac}' (at 20, 2 mm, 30 x 3 mm) lies over the "
        "QR code; allowed: texts beside or below one another",
        "label.texts[1]: the text '{id_scope}' (at 24, 20 mm, 26 x 6 mm) reaches beyond the "
        "label of 50 x 25 mm",
        "label.texts[2]: the text '{profile_name}' (at 30, 3 mm, 10 x 1 mm) lies over the text "
        "'{device_id} {mac}'",
        "label.texts[2].height_mm: 1 mm is smaller than a 203 dpi printer's smallest font; "
        "allowed: at least 1.3 mm",
    ]
    for wanted in expected:
        assert sum(wanted in line for line in lines) == 1, (wanted, lines)
    assert all(line.count("\n") == 0 for line in lines)


def test_a_qr_square_too_small_for_the_content_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    small = SQUARE.replace("size_mm = 20", "size_mm = 5")
    assert main(["profiles", "check", str(_profile(tmp_path, small))]) != 0
    out = capsys.readouterr()
    assert "label.qr.size_mm: 5 mm leaves QR modules of" in out.out + out.err


def test_a_layout_that_fits_passes_the_check(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for text in (SQUARE, WIDE):
        folder = tmp_path / text.split("width_mm = ")[1][:3].strip()
        folder.mkdir()
        assert main(["profiles", "check", str(_profile(folder, text))]) == 0, capsys.readouterr()


def test_a_provisioned_units_label_follows_its_profile_everywhere(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """``station provision`` with a label printer, the SVG it writes beside the manifest,
    and ``station label print`` from the manifest: all in the profile's layout."""
    import argparse
    import base64

    from station.printing.cli_commands import printing_labels
    from station.profiles.locations import user_profile_dir
    from station.provisioning import ProvisionRequest, provision
    from station.simulation.console_board import VirtualConsoleBoard
    from tests.new_commands import main as label_main

    _profile(user_profile_dir().parent, SQUARE)  # found by its id, as a user's own profile
    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="label-layouts", swap_on_reboot=True)
    options = argparse.Namespace(
        label_printer="",
        label_stock="62x29",
        label_dpi=300,
        no_printer_status=False,
        manifest=manifest,
        profile="label-demo",
    )
    with StandInPrinter() as printer:
        options.label_printer = printer.address
        with board.serve_tcp() as served, printing_labels(options, lambda event: None) as emit:
            request = ProvisionRequest(
                profile="label-demo",
                ports=[served.url],
                id_scope=SCOPE,
                count=1,
                group_key_b64=base64.b64encode(bytes(range(64))).decode(),
                manifest=manifest,
            )
            (result,), _ = provision(request, emit)
    assert result.ok, result
    layout = load_profile(user_profile_dir() / "label-demo.toml").profile.label_layout
    assert layout is not None
    (sent,) = printer.formats
    _assert_placed(read_label(sent), layout, 300)
    assert _qr_payload(read_label(sent)) == f"DEV:{result.device_id}"

    svg = ET.fromstring((tmp_path / "labels" / f"{result.device_id}.svg").read_bytes())
    assert _svg_modules(svg)[0] == f"DEV:{result.device_id}"
    assert [text for _, _, text in _svg_texts(svg)] == [result.device_id, f"Scope {SCOPE}"]

    capsys.readouterr()
    assert (
        label_main(
            [
                "label",
                "print",
                result.device_id,
                "--out",
                "-",
                "--label-dpi",
                "203",
                "--manifest",
                str(manifest),
            ]
        )
        == 0
    )
    again = read_label(capsys.readouterr().out)
    _assert_placed(again, layout, 203)
    assert _qr_payload(again) == f"DEV:{result.device_id}"
