"""Unit labels as SVG files: what their QR code holds and where they are written."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import segno

from station.cli import main
from station.core.labels import QR_CODES_KEPT, _encoded, label_text, qr_code, write_label_svg
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.demo import DEMO_ID_SCOPE
from station.manifest import Manifest

SVG = "{http://www.w3.org/2000/svg}"
BORDER = 2  # modules of quiet zone around the code


def _unit(device_id: str, attestation: Attestation, **credential: str) -> Unit:
    return Unit(
        job=Job("job-1", "demo-console", "0ne0012ABCD", attestation),
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity(device_id, "counter"),
        credential=Credential(attestation, **credential),
    )


def _qr_path(svg: Path) -> ET.Element:
    root = ET.fromstring(svg.read_bytes())  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg"
    paths = root.findall(f"{SVG}path")
    assert len(paths) == 1
    return paths[0]


def _qr_path_from_bytes(data: bytes) -> ET.Element:
    path = ET.fromstring(data).find(f"{SVG}path")
    assert path is not None
    return path


def _title(svg: Path) -> str:
    title = ET.fromstring(svg.read_bytes()).find(f"{SVG}title")
    assert title is not None
    return title.text or ""


def _dark_modules(d: str) -> set[tuple[int, int]]:
    """The (row, column) of every dark module a segno-style line path draws.

    The path is ``M x y`` then runs of ``h n`` (draw n modules right) and
    ``m dx dy`` (move); each line sits half a module below its row's top.
    """
    dark: set[tuple[int, int]] = set()
    x = y = 0.0
    commands = re.findall(r"([Mmh])([-\d.]+)(?: ([-\d.]+))?", d)
    assert "".join(c for c, _, _ in commands)[:1] == "M" and len(commands) > 10
    for command, first, second in commands:
        if command == "M":
            x, y = float(first), float(second)
        elif command == "m":
            x, y = x + float(first), y + float(second)
        else:
            run = int(float(first))
            dark.update((int(y - 0.5), column) for column in range(int(x), int(x) + run))
            x += run
    return dark


def _matrix_modules(text: str) -> set[tuple[int, int]]:
    matrix = segno.make(text, error="m").matrix
    return {
        (row + BORDER, column + BORDER)
        for row, cells in enumerate(matrix)
        for column, cell in enumerate(cells)
        if cell
    }


def test_label_text_is_the_scope_and_device_id_only() -> None:
    unit = _unit("dev-7", Attestation.SAS_INDIVIDUAL, sas_primary="cHJpbWFyeQ==")
    assert json.loads(label_text(unit)) == {"idScope": "0ne0012ABCD", "deviceId": "dev-7"}
    assert label_text(unit) == '{"idScope":"0ne0012ABCD","deviceId":"dev-7"}'


def test_label_text_holds_the_key_only_when_asked_and_the_unit_has_one() -> None:
    sas = _unit("dev-7", Attestation.SAS_GROUP, sas_primary="cHJpbWFyeQ==")
    assert json.loads(label_text(sas, include_key=True)) == {
        "idScope": "0ne0012ABCD", "deviceId": "dev-7", "deviceKey": "cHJpbWFyeQ==",
    }
    x509 = _unit("dev-8", Attestation.X509_INDIVIDUAL, cert_pem="-----BEGIN CERTIFICATE-----",
                 key_pem="-----BEGIN PRIVATE KEY-----")
    assert json.loads(label_text(x509, include_key=True)) == {
        "idScope": "0ne0012ABCD", "deviceId": "dev-8",
    }


def test_write_label_svg_draws_the_label_text_as_a_qr_code(tmp_path: Path) -> None:
    unit = _unit("dev-7", Attestation.SAS_INDIVIDUAL, sas_primary="cHJpbWFyeQ==")
    folder = tmp_path / "labels" / "today"  # made when missing

    path = write_label_svg(unit, folder)

    assert path == folder / "dev-7.svg"
    assert _title(path) == "dev-7"
    d = _qr_path(path).attrib["d"]
    expected = '{"idScope":"0ne0012ABCD","deviceId":"dev-7"}'
    assert _dark_modules(d) == _matrix_modules(expected)
    # And exactly what segno writes for that text with the label's options.
    out = io.BytesIO()
    segno.make(expected, error="m").save(out, kind="svg", scale=4, border=BORDER, title="dev-7")
    assert d == _qr_path_from_bytes(out.getvalue()).attrib["d"]


def test_write_label_svg_with_the_key_encodes_it(tmp_path: Path) -> None:
    unit = _unit("dev-9", Attestation.SAS_GROUP, sas_primary="cHJpbWFyeQ==")
    path = write_label_svg(unit, tmp_path, include_key=True)
    expected = '{"idScope":"0ne0012ABCD","deviceId":"dev-9","deviceKey":"cHJpbWFyeQ=="}'
    assert _dark_modules(_qr_path(path).attrib["d"]) == _matrix_modules(expected)


def test_the_demo_writes_one_label_per_provisioned_unit(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    manifest = tmp_path / "demo.sqlite"
    assert main(["demo", "--profile", "demo-console", "--count", "2", "--boards", "1",
                 "--manifest", str(manifest)]) == 0
    labels = tmp_path / "labels"
    assert str(labels) in capsys.readouterr().out
    with Manifest.open(manifest) as opened:
        device_ids = {unit.device_id for unit in opened.units(status="provisioned")}
    assert len(device_ids) == 2
    assert {path.name for path in labels.iterdir()} == {f"{d}.svg" for d in device_ids}
    for device_id in device_ids:
        svg = labels / f"{device_id}.svg"
        assert _title(svg) == device_id
        text = json.dumps({"idScope": DEMO_ID_SCOPE, "deviceId": device_id},
                          separators=(",", ":"))
        assert _dark_modules(_qr_path(svg).attrib["d"]) == _matrix_modules(text)


def test_a_label_s_code_is_encoded_once_and_only_the_last_few_are_kept() -> None:
    # The SVG file and the window's preview draw the same text: one encoding serves both.
    text = json.dumps({"idScope": "0ne0012ABCD", "deviceId": "dev-shared"})
    assert qr_code(text) is qr_code(text, as_printer=False)
    assert qr_code(text, as_printer=True) is not qr_code(text)
    # The printer's code is byte mode at the smallest version, as ZPL's ^BQ draws it.
    printer = qr_code(text, as_printer=True)
    assert printer.mode == "byte"
    assert printer.matrix == segno.make_qr(text, error="m", mode="byte",
                                           boost_error=False).matrix
    # A label may hold a device key: the station keeps no more codes than it has tiles.
    for number in range(QR_CODES_KEPT + 5):
        qr_code(f"dev-{number}")
    assert _encoded.cache_info().currsize <= QR_CODES_KEPT
    misses = _encoded.cache_info().misses
    qr_code("dev-0")  # long gone: encoded again
    assert _encoded.cache_info().misses == misses + 1
