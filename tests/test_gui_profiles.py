"""The engineer's profile list and trial, labels, the settings-made job and `station gui`."""

from __future__ import annotations

import argparse
import base64
import re
from pathlib import Path

import segno
from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from station.core.locations import demo_dir
from station.core.models import Attestation
from station.credentials.secret_store import CA_KEY_PEM, CA_PASSPHRASE, EncryptedFileSecrets
from station.credentials.x509 import create_ca, write_ca_files
from station.gui.app import application
from station.gui.cli_command import add_gui_parser, cmd_gui
from station.gui.job import LabelContent
from station.gui.label_print import label_image, load_layout, save_label_pdf
from station.gui.main_window import MainWindow, WindowOptions
from station.gui.profiles_view import TRIAL_MANIFEST, ProfilesView
from station.gui.settings import StationSettings, save_settings
from station.manifest import Manifest

REPO = Path(__file__).resolve().parents[1]


def test_profiles_list_validation_and_trial_on_a_virtual_board(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    view = ProfilesView()
    qtbot.addWidget(view)
    try:
        ids = [entry.profile_id for entry in view.entries]
        assert "demo-console" in ids
        broken = tmp_path / "broken.toml"
        broken.write_text('schema_version = 1\nid = "Bad Id"\n')
        view.reload([tmp_path])
        assert len(view.entries) == 1 and not view.entries[0].ok
        assert "id" in view.problems.toPlainText()
        assert not view.try_button.isEnabled()

        view.reload()
        view.list.setCurrentRow(ids.index("demo-console"))
        with qtbot.waitSignal(view.trialFinished, timeout=30_000) as blocker:
            qtbot.mouseClick(view.try_button, Qt.LeftButton)
        assert blocker.args[0].ok, blocker.args[0]
        assert view.banner.outcome == "passed"
        assert "record-done" in view.log.toPlainText()
    finally:
        view.shutdown()


def _x509_only_profile(folder: Path, name: str = "x509-console.toml") -> Path:
    text = (REPO / "firmware_profiles" / "demo-console.toml").read_text(encoding="utf-8")
    text = text.replace('id = "demo-console"', 'id = "x509-console"')
    text = text.replace(
        'allowed = ["sas-group", "sas-individual", "x509-group", "x509-individual"]\n'
        'default = "sas-group"',
        'allowed = ["x509-group"]\ndefault = "x509-group"',
    )
    assert 'default = "x509-group"' in text
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_trial_of_an_x509_only_profile_uses_the_demo_ca(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    _x509_only_profile(tmp_path)
    view = ProfilesView()
    qtbot.addWidget(view)
    try:
        view.reload([tmp_path])
        assert [entry.profile_id for entry in view.entries] == ["x509-console"]
        with qtbot.waitSignal(view.trialFinished, timeout=30_000) as blocker:
            qtbot.mouseClick(view.try_button, Qt.LeftButton)
        result = blocker.args[0]
        assert result.ok, (result.failed_stage, result.reason)
        assert view.banner.outcome == "passed"
        assert "Stick the label" not in view.banner.detail.text()  # a trial board has none
        assert not view.banner.retry.isVisibleTo(view)
        with Manifest.open(demo_dir() / TRIAL_MANIFEST) as manifest:
            unit = manifest.unit(result.device_id)
        assert unit.attestation is Attestation.X509_GROUP
        leaf = x509.load_pem_x509_certificate(unit.cert_pem.encode())
        assert leaf.subject.rfc4514_string() == f"CN={result.device_id}"
    finally:
        view.shutdown()


def test_profile_list_is_sorted_by_id_and_names_each_file(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    _x509_only_profile(tmp_path, "b-copy.toml")
    _x509_only_profile(tmp_path, "a-copy.toml")
    (tmp_path / "0-demo.toml").write_text(
        (REPO / "firmware_profiles" / "demo-console.toml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    view = ProfilesView()
    qtbot.addWidget(view)
    try:
        view.reload([tmp_path])
        assert [(e.profile_id, e.path.name) for e in view.entries] == [
            ("demo-console", "0-demo.toml"),
            ("x509-console", "a-copy.toml"),
            ("x509-console", "b-copy.toml"),
        ]
        texts = [view.list.item(row).text() for row in range(view.list.count())]
        assert "a-copy.toml" in texts[1] and "b-copy.toml" in texts[2]
    finally:
        view.shutdown()


def test_label_layout_image_and_pdf(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    layout = load_layout()
    content = LabelContent("demo-0011223344", "0ne000DE001", "Demo",
                           '{"idScope":"0ne000DE001","deviceId":"demo-0011223344"}',
                           "2025-01-01 08:00")
    dots_per_mm = 10
    image = label_image(content, layout, dots_per_mm=dots_per_mm)
    assert (image.width(), image.height()) == (round(layout.width_mm * dots_per_mm),
                                               round(layout.height_mm * dots_per_mm))

    # The QR code fills the layout's square, quiet zone included: read every module
    # at its centre and compare it with the code of the label's QR text.
    matrix = segno.make(content.qr_text, error="m").matrix
    modules = len(matrix) + 2 * layout.quiet_modules
    cell = layout.qr_size_mm * dots_per_mm / modules
    assert cell >= 3  # whole dots per module, so the centres are unambiguous

    def dark_at(row: int, column: int) -> bool:
        x = layout.qr_x_mm * dots_per_mm + (column + 0.5) * cell
        y = layout.qr_y_mm * dots_per_mm + (row + 0.5) * cell
        return QColor(image.pixel(int(x), int(y))).lightness() < 128

    read = [[dark_at(row, column) for column in range(modules)] for row in range(modules)]
    quiet = layout.quiet_modules
    expected = [[False] * modules for _ in range(modules)]
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            expected[row + quiet][column + quiet] = bool(dark)
    assert read == expected

    pdf = save_label_pdf(content, tmp_path / "label.pdf", layout)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    # One page, the size of the label (PDF points, 72 to the inch).
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert len(boxes) == 1
    width_pt, height_pt = (float(n) for n in boxes[0])
    assert abs(width_pt - layout.width_mm * 72 / 25.4) < 1
    assert abs(height_pt - layout.height_mm * 72 / 25.4) < 1


def test_window_starts_the_job_from_settings_and_secrets(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("pass phrase 123")
    store.set("group-key", base64.b64encode(bytes(range(32))).decode())
    save_settings(StationSettings(station_id="line-7", operator="ana", id_scope="0ne0012ABCD",
                                  profile="demo-console"))
    window = MainWindow(WindowOptions(manifest=tmp_path / "m.sqlite", watch_ports=False,
                                      secret_store=store))
    qtbot.addWidget(window)
    try:
        job = window.controller.job
        assert job is not None and job.id_scope == "0ne0012ABCD"
        assert job.plan.job.station_id == "line-7"
        window.virtual_boards.add(1)
        with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
            qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
        assert blocker.args[0].ok
        window.tabs.setCurrentWidget(window.manifest_view)
        assert window.manifest_view.model.total == 1
    finally:
        window.shutdown()


def test_window_starts_an_x509_group_job_from_the_stored_ca_key(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    application()
    ca = create_ca("Window Test CA")
    write_ca_files(ca, tmp_path / "ca.pem", tmp_path / "ca.key", passphrase=b"s3cret")
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("pass phrase 123")
    store.set(CA_KEY_PEM, (tmp_path / "ca.key").read_text())
    store.set(CA_PASSPHRASE, "s3cret")
    save_settings(StationSettings(id_scope="0ne0012ABCD", profile="demo-console",
                                  attestation="x509-group", ca_cert_path=str(tmp_path / "ca.pem")))
    window = MainWindow(WindowOptions(manifest=tmp_path / "m.sqlite", watch_ports=False,
                                      secret_store=store))
    qtbot.addWidget(window)
    try:
        assert window.controller.job is not None
        window.virtual_boards.add(1)
        with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
            qtbot.mouseClick(window.line.provision_button, Qt.LeftButton)
        result = blocker.args[0]
        assert result.ok, result.reason
        job = window.controller.job
        with Manifest.open(job.manifest_path, job.station_key) as manifest:
            leaf = x509.load_pem_x509_certificate(manifest.unit(result.device_id).cert_pem.encode())
        leaf.verify_directly_issued_by(ca.certificate)
    finally:
        window.shutdown()


def test_gui_command_parses_its_options() -> None:
    parser = argparse.ArgumentParser()
    add_gui_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["gui", "--demo", "--boards", "3"])
    assert args.handler is cmd_gui
    assert (args.demo, args.boards, args.profile) == (True, 3, "")
