"""The window in the line worker's language: every string comes from the catalogues, each
shipped language has them all, plurals follow the language, the text fits, and the
right font draws it.

A pseudo-locale, made from the code's own strings (accented, 40 % longer, between
⟦ ⟧), shows any text that does not go through the catalogues: it is the one left
plain. The catalogues' completeness is checked against the strings found in the code.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from station.credentials.secret_store import EncryptedFileSecrets
from station.gui import i18n
from station.gui.app import application
from station.gui.i18n import LANGUAGES, resolve, system_language, translate, use_language
from station.gui.layout_check import layout_problems, visible_texts
from station.gui.main_window import MainWindow, WindowOptions
from station.gui.settings import load_settings
from tests.gui_fixtures import FAST_PROFILE

ROOT = Path(__file__).resolve().parents[1]
SIZE = QSize(1366, 768)


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    """The language is the application's: the next test starts in English again."""
    yield
    application()
    use_language("en")


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    tool.pseudo(folder)
    return folder


def _in_pseudo_locale(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Windows opened from now on show the pseudo-locale."""
    monkeypatch.setattr(i18n, "resolve", lambda setting: tool.PSEUDO)
    monkeypatch.setattr(i18n, "catalogue", lambda code, folder_=None: folder / (
        f"{tool.PREFIX}{code}.qm"))
    # main_window imported resolve by name.
    import station.gui.main_window as main_window

    monkeypatch.setattr(main_window, "resolve", lambda setting: tool.PSEUDO)


def open_window(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, *, boards: int = 1, fault: str | None = None,
    language: str | None = "en",
) -> MainWindow:
    """The demo window on virtual console boards, in ``language`` (None: the Settings')."""
    application()
    window = MainWindow(WindowOptions(
        demo=True, demo_profile=FAST_PROFILE, boards=boards, fault=fault,
        manifest=tmp_path / "manifest.sqlite", watch_ports=False,
        secret_store=EncryptedFileSecrets(tmp_path / "secrets.enc"), language=language,
    ))
    qtbot.addWidget(window)
    window.show()
    return window


def _provision_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.unitFinished, timeout=30_000) as blocker:
        window.line.provision_next()
    assert blocker.args[0].ok, blocker.args[0]


# -- the catalogues -------------------------------------------------------------------------


def test_every_window_string_has_a_translation_in_every_shipped_language() -> None:
    assert tool.problems() == []
    assert set(tool.LANGUAGES) == set(LANGUAGES)
    for language in tool.LANGUAGES:
        assert (ROOT / "assets" / "translations" / f"station_{language}.qm").is_file()


def test_a_string_left_out_of_the_catalogues_is_found(tmp_path: Path) -> None:
    sources = tmp_path / "gui"
    shutil.copytree(ROOT / "station" / "gui", sources)
    (sources / "added.py").write_text(
        "from station.gui.i18n import translate\n\n"
        "def shown(units):\n"
        '    return translate("Added", "A new caption"), translate(\n'
        '        "Added", "%n new unit(s)", None, len(units))\n\n'
        "def hidden(context):\n"
        '    return translate(context, "cannot be found")\n',
        encoding="utf-8")
    found = tool.problems(sources=sources)
    for language in tool.LANGUAGES:
        if language != tool.SOURCE_LANGUAGE:
            assert f"station_{language}.ts: missing Added: 'A new caption'" in found
        # A plural counted by an expression is found too (pyside6-lupdate leaves it out).
        assert f"station_{language}.ts: missing Added: '%n new unit(s)'" in found
    assert any(line.endswith("translate() needs a literal context") for line in found)


def test_a_translation_that_loses_a_placeholder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(ROOT / "assets" / "translations", folder)
    path = folder / "station_es.ts"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Etapa: {stage}", "Etapa: {etapa}"), encoding="utf-8")
    assert any("placeholders" in line and "Etapa: {etapa}" in line
               for line in tool.problems(folder=folder))


CHECKED = "machine-made; checked by a second reader"


def test_each_translation_says_it_is_machine_made_and_whether_a_second_reader_accepted_it(
) -> None:
    for language in ("zh_CN", "es", "vi", "cs"):
        _messages, translations = tool.read_ts(tool.ts_path(language))
        assert translations and all(t.complete for t in translations.values())
        for translation in translations.values():
            # Accepted in Qt Linguist ("finished") only with the note that says so; a
            # message not yet read, or that the reader was unsure of, stays unfinished
            # and its note says which.
            if translation.finished:
                assert translation.note == CHECKED, (language, translation)
            else:
                assert translation.note.startswith("machine-made; "), (language, translation)
                assert translation.note != CHECKED


def _gui_sources(folder: Path, *strings: str) -> Path:
    """A window's sources holding ``strings`` (plain, or counted when they have %n)."""
    folder.mkdir(parents=True, exist_ok=True)
    calls = "\n".join(
        f"    translate('Tiny', {text!r}, None, n)" if "%n" in text
        else f"    translate('Tiny', {text!r})" for text in strings)
    (folder / "tiny.py").write_text(
        f"from station.gui.i18n import translate\n\ndef shown(n):\n{calls}\n",
        encoding="utf-8")
    return folder


def test_an_update_keeps_the_second_readers_verdicts_and_notes(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    sources = _gui_sources(tmp_path / "gui", "Port", "%n label(s) waiting", "Gone soon")
    tool.update(folder, sources)
    messages, translations = tool.read_ts(tool.ts_path("cs", folder))
    keys = {m.source: m.key for m in messages}
    translations[keys["Port"]] = tool.Translation(["Port"], finished=True, note=CHECKED)
    translations[keys["%n label(s) waiting"]] = tool.Translation(
        ["%n štítek čeká", "%n štítky čekají", "%n štítků čeká"], finished=False,
        note="machine-made; second reader not sure: the verb")
    translations[keys["Gone soon"]] = tool.Translation(["Brzy pryč"], finished=True,
                                                       note=CHECKED)
    tool.write_ts(tool.ts_path("cs", folder), "cs", messages, translations)

    _gui_sources(sources, "Port", "%n label(s) waiting", "A new caption")
    tool.update(folder, sources)
    _messages, after = tool.read_ts(tool.ts_path("cs", folder))
    assert after[keys["Port"]] == tool.Translation(["Port"], finished=True, note=CHECKED)
    assert after[keys["%n label(s) waiting"]] == tool.Translation(
        ["%n štítek čeká", "%n štítky čekají", "%n štítků čeká"], finished=False,
        note="machine-made; second reader not sure: the verb")
    assert after[("Tiny", "A new caption", "")] == tool.Translation([""], finished=False)
    assert keys["Gone soon"] not in after
    text = tool.ts_path("cs", folder).read_text(encoding="utf-8")
    # Qt Linguist's order within a message: source, translator comment, translation.
    assert re.search(r"<source>Port</source>\s*<translatorcomment>" + re.escape(CHECKED)
                     + r"</translatorcomment>\s*<translation>Port</translation>", text)
    assert text.count("<translatorcomment>") == 2


def test_an_update_changes_nothing_the_second_reader_did_in_the_shipped_catalogues(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(ROOT / "assets" / "translations", folder)
    before = {language: tool.read_ts(tool.ts_path(language, folder))[1]
              for language in tool.LANGUAGES}
    tool.update(folder)
    in_code = {message.key for message in tool.extract()}
    for language in tool.LANGUAGES:
        _messages, after = tool.read_ts(tool.ts_path(language, folder))
        kept = {key: value for key, value in before[language].items() if key in in_code}
        assert kept and {key: after[key] for key in kept} == kept, language
    # The verdicts compile: lrelease takes the translator comments.
    tool.release(folder)


# -- the pseudo-locale: nothing untranslated, nothing cut off ------------------------------


def _product_terms() -> set[str]:
    return {"DPS", "IoT", "Central", "SAS", "ZPL", "CUPS", "TCP", "MAC", "PIN", "API", "QR",
            "MES", "PDF", "PEM", "JSON", "DTMI", "RMA", "TPM", "CA", "HSM", "URL", "HS"}


def _untranslated(texts: list[tuple[QWidget, str]], data: set[str]) -> list[str]:
    """The texts that hold words of the window's English strings outside ⟦ ⟧: shown
    without going through the catalogues."""
    vocabulary = {
        word.lower()
        for message in tool.extract()
        for word in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[a-z_]+\}", "", message.source))
    } - {term.lower() for term in _product_terms()}
    left = []
    for widget, text in texts:
        rest = re.sub(r"⟦[^⟧]*⟧", " ", text)
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, " ")
        # Paths, IDs, addresses and the like are data, whatever letters they hold.
        rest = " ".join(token for token in rest.split()
                        if not re.search(r"[0-9/\\_.:@{}=-]", token))
        words = [w for w in re.findall(r"[A-Za-z]{3,}", rest) if w.lower() in vocabulary]
        if words:
            left.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r} {words}")
    return left


def _data_of(window: MainWindow) -> set[str]:
    """What the window shows that is data, not its own words: the job's facts, profile
    IDs and names, attestation modes, export formats, languages' own names."""
    from station.core.registries import ATTESTATIONS
    from station.gui.export_dialog import FORMAT_WORDS
    from station.manifest.exports import export_formats

    data = set(LANGUAGES.values()) | set(ATTESTATIONS.names()) | set(export_formats())
    # A format an extension adds brings its own (English) description.
    data |= {each.description for name, each in export_formats().items()
             if name not in FORMAT_WORDS}
    data |= {window.store.description, "IoT Central", "DPS"}
    job = window.controller.job
    if job is not None:
        data |= {job.loaded.profile.name, job.loaded.profile.id, job.identity_rule,
                 job.request.operator, job.request.station_id}
    data |= {entry.label for entry in window.manifest_view.shown}
    for widget in window.findChildren(QWidget):
        names = getattr(widget, "entries", None)
        if isinstance(names, list):  # the profiles list
            data |= {entry.name for entry in names} | {entry.profile_id for entry in names}
    data |= {status.label for status in window.controller.ports.values()}
    return {value for value in data if value}


def test_pseudo_locale_window_has_no_string_outside_the_catalogues(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pseudo_folder: Path  # type: ignore[no-untyped-def]
) -> None:
    _in_pseudo_locale(monkeypatch, pseudo_folder)
    window = open_window(qtbot, tmp_path, boards=2)
    try:
        window.resize(SIZE)
        _provision_one(qtbot, window)
        data = _data_of(window)
        texts: list[tuple[QWidget, str]] = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            texts += list(visible_texts(window.tabs.widget(index)))
        texts += list(visible_texts(window.tabs))
        manifest = window.manifest_view
        manifest.table.selectRow(0)
        texts.append((manifest.detail, manifest.detail.toPlainText().split("\nEvent log")[0]))
        for dialog in (manifest.export_dialog(), manifest.upload_dialog(),
                       manifest.cloud_dialog(), window.reprovision_dialog("demo-x")):
            assert dialog is not None
            texts += list(visible_texts(dialog))
            shutdown = getattr(dialog, "shutdown", None)
            if shutdown is not None:
                shutdown()
        assert len(texts) > 150
        assert _untranslated(texts, data) == []
        assert window.line.provision_button.text().startswith("⟦")
    finally:
        window.shutdown()


def test_pseudo_locale_line_tab_fits_1366_by_768(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pseudo_folder: Path  # type: ignore[no-untyped-def]
) -> None:
    _in_pseudo_locale(monkeypatch, pseudo_folder)
    window = open_window(qtbot, tmp_path, boards=2)
    try:
        window.resize(SIZE)
        qtbot.waitUntil(lambda: window.size() == SIZE)  # no minimum wider than the screen
        _provision_one(qtbot, window)
        window.line.banner.show_result(window.line.banner.result, "Virtual board 1")
        qtbot.wait(50)
        assert window.size() == SIZE
        assert "⟦" in window.line.banner.detail.text()
        assert layout_problems(window.line) == []
        assert layout_problems(window.tabs.tabBar()) == []
        window.grab().save(str(tmp_path / "line-pseudo.png"))
    finally:
        window.shutdown()


def test_the_layout_check_finds_text_that_is_cut_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    application()
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    label = QLabel("a caption far too long for the room the box leaves it " * 3)
    row.addWidget(label)
    row.addWidget(QPushButton("a button beside it"))
    box.setFixedWidth(200)
    box.show()
    qtbot.waitExposed(box)
    found = layout_problems(box)
    assert any("QLabel" in line for line in found), found


# -- the shipped languages ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["zh_CN", "es", "vi", "cs"])
def test_each_language_shows_its_own_words_everywhere(
    qtbot, tmp_path: Path, language: str  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(qtbot, tmp_path, boards=2, language=language)
    try:
        window.resize(SIZE)
        _provision_one(qtbot, window)
        translated = {
            message.source
            for message in tool.extract()
            if not message.numerus
            and translate(message.context, message.source) != message.source
        }
        shown = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            shown += [text for _w, text in visible_texts(window.tabs.widget(index))]
        left = sorted({text for text in shown if text in translated})
        assert left == []
        assert window.line.provision_button.text() == translate("LineView",
                                                                "Provision next unit")
        assert window.line.provision_button.text() != "Provision next unit"
        assert layout_problems(window.line) == []
        assert window.size() == SIZE
    finally:
        window.shutdown()


def test_plural_forms_follow_each_language() -> None:
    application()

    def units(n: int) -> str:
        return translate("ManifestView", "%Ln unit(s)", None, n)

    use_language("en")
    assert [units(n) for n in (1, 2, 1234)] == ["1 unit", "2 units", "1,234 units"]
    use_language("cs")
    assert [units(n) for n in (1, 3, 5, 22, 1234)] == [
        "1 kus", "3 kusy", "5 kusů", "22 kusů", "1\u00a0234 kusů"]
    use_language("es")
    assert [units(n) for n in (1, 2)] == ["1 unidad", "2 unidades"]
    use_language("zh_CN")
    assert units(3) == "3 台"
    use_language("vi")
    assert units(1) == units(1).replace("1", "1") == "1 thiết bị"


def test_the_system_language_is_the_default() -> None:
    assert system_language(["cs-CZ", "en-US"]) == "cs"
    assert system_language(["zh-Hans-CN"]) == "zh_CN"
    assert system_language(["zh-TW", "es-MX"]) == "es"
    assert system_language(["fr-FR"]) == "en"
    assert system_language(["vi"]) == "vi"
    assert resolve("es") == "es"
    assert resolve("klingon") == "en"


def test_settings_choose_the_language_the_window_opens_in(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    view = window.settings_view
    view.language.setCurrentIndex(view.language.findData("es"))
    view.save()
    window.shutdown()
    assert load_settings().language == "es"

    again = open_window(qtbot, tmp_path, language=None)
    try:
        assert again.tabs.tabText(again.tabs.indexOf(again.settings_view)) == "Configuración"
        assert again.line.provision_button.text() == "Aprovisionar siguiente"
        assert again.settings_view.language.currentData() == "es"
    finally:
        again.shutdown()


def test_chinese_is_drawn_with_a_simplified_chinese_font() -> None:
    application()
    in_use = use_language("zh_CN")
    able = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert able, "no Chinese font is installed: apt-get install fonts-wqy-microhei"
    assert in_use.font_family in able and in_use.problem == ""
    assert application().font().families()[0] == in_use.font_family


def test_core_error_lines_keep_their_words_beside_the_stage_code(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(qtbot, tmp_path, fault="silent", language="zh_CN")
    try:
        with qtbot.waitSignal(window.controller.unitFinished, timeout=60_000) as blocker:
            window.line.provision_next()
        result = blocker.args[0]
        assert not result.ok
        banner = window.line.banner
        title = banner.title.text().replace("\u200b", "")
        detail = banner.detail.text().replace("\u200b", "")
        assert title.startswith("✘  失败于 " + result.failed_stage)
        assert result.reason in detail  # the core's line, as the log has it
    finally:
        window.shutdown()


def test_the_window_started_in_chinese_under_xvfb_shows_chinese_on_the_line_tab(
    tmp_path: Path,
) -> None:
    """The real X11 window (a private Xvfb), not the offscreen one: its Line tab's texts
    are Chinese, drawn with a font that has every character, and none is cut off. The
    screenshot is kept in $STATION_TEST_ARTIFACTS (else the test's own folder)."""
    assert shutil.which("Xvfb"), "install the Debian package xvfb (bash packaging/setup.sh test)"
    artifacts = Path(os.environ.get("STATION_TEST_ARTIFACTS", tmp_path))
    artifacts.mkdir(parents=True, exist_ok=True)
    picture, report = artifacts / "line-zh_CN.png", artifacts / "line-zh_CN.json"
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshot.py"), "--language", "zh_CN",
         "--profile", "demo-console", "--boards", "2", "--units", "1", "--size", "1366x768",
         "--out", str(picture), "--report", str(report), "--home", str(tmp_path / "home")],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["platform"] == "xcb"
    assert shown["size"] == [SIZE.width(), SIZE.height()]
    assert shown["problems"] == []
    chinese = [t for t in shown["texts"] if re.search(r"[\u4e00-\u9fff]", t["text"])]
    assert any(t["text"] == "预配下一台" for t in chinese)
    assert len(chinese) >= 10
    assert all(t["missing_glyphs"] == [] and t["inked_pixels"] > 0 for t in chinese), chinese
    assert picture.stat().st_size > 10_000


def test_a_missing_chinese_font_is_said_in_the_status_bar(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(i18n.QFontDatabase, "families", lambda *system: [])
    window = open_window(qtbot, tmp_path, language="zh_CN")
    try:
        said = window.statusBar().currentMessage()
        # In English: without the font, Chinese words could not be read.
        assert said == ("No font with Simplified Chinese characters is installed on this PC: "
                        "install one (on Debian: apt-get install fonts-noto-cjk)")
    finally:
        window.shutdown()
