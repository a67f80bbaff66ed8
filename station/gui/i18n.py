"""The window's languages: Qt's own translation system, one catalogue per language.

Every string the window shows goes through ``translate(context, text)`` (or, for
module constants, ``QT_TRANSLATE_NOOP`` and ``translate`` where shown), which
``pyside6-lupdate`` finds in the sources. The ``.ts`` sources and their compiled
``.qm`` catalogues live in ``assets/translations/`` and ship with the station
(``packaging/translations.py`` extracts, merges and compiles them).

Why Qt's system rather than gettext with Babel: the window is Qt, and Qt's own
dialog buttons and widgets (Cancel, OK, a date picker) are translated by Qt's
catalogues (``qtbase_*.qm``) only through ``QTranslator``; one mechanism covers
both. Its plural forms (``%n``) follow each language's rules, compiled in by
``lrelease``, and Qt Linguist gives the second reader a review workflow: every
machine-made translation stays "unfinished" until a person accepts it.

Placeholders are named (``{device}``) and filled with ``str.format`` after the
lookup, so a translator may move them; a test keeps each translation's names the
same as its source's. Error lines from the core (a ``StationError``'s message and
hint) are shown as the core wrote them, in English, so that a translated window
and the English log read the same words; the stage code (``write``) stays beside
them.

The language is applied when the window opens (``use_language``); Settings says
that a new choice takes effect then. GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station.credentials.secret_store import MASK
from station.gui.assets import asset_path

SOURCE_LANGUAGE = "en"
# The languages that ship, in their own words (shown so in the Settings list).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "vi": "Tiếng Việt",
    "cs": "Čeština",
}
SYSTEM = ""  # the setting that follows the system's language
CATALOGUE_FOLDER = "translations"
CATALOGUE_PREFIX = "station_"
# Qt's own catalogue for its standard buttons and dialogs, from the PySide6 install.
QT_CATALOGUE_PREFIX = "qtbase_"
# Fonts with the glyphs and shapes a language is read in, best first; the first one
# installed leads the window's font list (the system's font follows for the rest).
# Han characters differ between Chinese, Japanese and Korean fonts: a Simplified
# Chinese font must come first for Chinese.
PREFERRED_FONTS: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
        "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC",
    ),
    "vi": ("Noto Sans", "Segoe UI", "DejaVu Sans", "Roboto", "Arial"),
}
WRITING_SYSTEMS: dict[str, QFontDatabase.WritingSystem] = {
    "zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese,
    "vi": QFontDatabase.WritingSystem.Vietnamese,
}
# The script's name in English, and what to install where no font has it (Debian).
FONT_NEEDS = {"zh_CN": ("Simplified Chinese", "fonts-noto-cjk"),
              "vi": ("Vietnamese", "fonts-noto-core")}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``n`` chooses a plural form for ``%n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Mark ``text`` for the catalogue of ``context`` where it is defined (a module constant);
    ``translate(context, text)`` shows it where it is used."""
    return text


def number(value: int) -> str:
    """``value`` with the language's digit grouping (1,234 / 1 234 / 1.234)."""
    global _number_locale
    if _number_locale is None:  # made once per language: progress shows many a second
        _number_locale = QLocale()
    return _number_locale.toString(value)


def catalogue(code: str, folder: Path | None = None) -> Path:
    """The compiled catalogue of language ``code``."""
    return (folder or asset_path(CATALOGUE_FOLDER)) / f"{CATALOGUE_PREFIX}{code}.qm"


def system_language(ui_languages: list[str] | None = None) -> str:
    """The shipped language closest to the system's (its first match), else English."""
    wanted = ui_languages if ui_languages is not None else QLocale.system().uiLanguages()
    for name in wanted:
        tag = name.replace("-", "_")
        if tag in LANGUAGES:
            return tag
        # zh_Hans_CN and zh_CN are Simplified Chinese; plain zh is too, on most systems.
        if tag.startswith("zh") and ("Hant" not in tag and not tag.endswith(("TW", "HK", "MO"))):
            return "zh_CN"
        base = tag.split("_")[0]
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def resolve(setting: str) -> str:
    """The language a setting means: the system's for ``SYSTEM``, English for one not shipped."""
    if setting == SYSTEM:
        return system_language()
    return setting if setting in LANGUAGES else SOURCE_LANGUAGE


@dataclass(frozen=True)
class LanguageInUse:
    """What ``use_language`` installed: the language, and a problem to tell, if any."""

    code: str
    font_family: str = ""
    problem: str = ""  # e.g. no font with the language's characters is installed


_installed: list[QTranslator] = []
_number_locale: QLocale | None = None
_base_font: QFont | None = None


def use_language(
    code: str, app: QApplication | None = None, *, folder: Path | None = None
) -> LanguageInUse:
    """Make ``code`` the window's language: its catalogue and Qt's own, its number
    formats, and a font that has its characters. Replaces the language used before.

    ``folder``: where the catalogues are (another one for tests, e.g. a pseudo-locale).
    The problem of a missing font is said in English: without that font the language's
    own words could not be read.
    """
    global _base_font
    application = app or QApplication.instance()
    assert isinstance(application, QApplication)
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    for path in (_qt_catalogue(code), catalogue(code, folder)):
        if path is None or not path.is_file():
            continue
        translator = QTranslator(application)
        if translator.load(str(path)):
            application.installTranslator(translator)
            _installed.append(translator)
    global _number_locale
    QLocale.setDefault(QLocale(code if code in LANGUAGES else SOURCE_LANGUAGE))
    _number_locale = None
    if _base_font is None:
        _base_font = QFont(application.font())
    family, problem = _font_for(code, _base_font)
    font = QFont(_base_font)
    if family:
        font.setFamilies([family, *_base_font.families()])
    application.setFont(font)
    return LanguageInUse(code, family, problem)


def _qt_catalogue(code: str) -> Path | None:
    if code == SOURCE_LANGUAGE:
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in (code, code.split("_")[0]):
        path = folder / f"{QT_CATALOGUE_PREFIX}{name}.qm"
        if path.is_file():
            return path
    return None


def _font_for(code: str, base: QFont) -> tuple[str, str]:
    """The family to lead the font list for ``code`` ("" when the system's will do), and
    the problem when no installed font has the language's characters."""
    system = WRITING_SYSTEMS.get(code)
    if system is None:
        return "", ""
    able = set(QFontDatabase.families(system))
    for family in PREFERRED_FONTS.get(code, ()):
        if family in able:
            return family, ""
    if any(family in able for family in base.families()):
        return "", ""
    if able:
        return sorted(able)[0], ""
    script, package = FONT_NEEDS.get(code, (code, ""))
    return "", (
        f"No font with {script} characters is installed on this PC"
        + (f": install one (on Debian: apt-get install {package})" if package else "")
    )


def masked(secret: str) -> str:
    """How a secret is shown once entered: dots and its length, never any of its text
    (``secret_store.mask`` in the window's language)."""
    if not secret:
        return ""
    return f"{MASK}  " + translate("Secrets", "(%n characters)", None, len(secret))
