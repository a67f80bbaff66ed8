"""The window's translation catalogues: find its strings, keep the .ts sources in step,
compile them to the .qm files the station ships.

    python packaging/translations.py update     # the strings of station/gui into every .ts
    python packaging/translations.py release    # every .ts to its .qm (pyside6-lrelease)
    python packaging/translations.py check      # exit 1 when a catalogue lags the code
    python packaging/translations.py pseudo DIR # a pseudo-locale catalogue, for layout checks

The strings are found by reading the window's Python sources (``ast``): every
``translate("Context", "text"[, "disambiguation"[, n]])`` and
``QT_TRANSLATE_NOOP("Context", "text")`` with literal context and text. Qt's own
``pyside6-lupdate`` is not used to find them: its Python reader silently skips a
call whose plural count is an expression (``len(units)``), which would leave
strings untranslated with no warning. The .ts files stay Qt Linguist's format, so
translators and the second reader work in Linguist as usual; a message whose source
holds ``%n``, or that is given a count, is a plural (numerus) message.

An update keeps every translation whose context and source are unchanged, with its
state (finished or "unfinished") and its translator comment, adds the new strings
empty and "unfinished", and drops the strings the code no longer has. A machine-made
translation is kept "unfinished" until a second reader accepts it in Linguist; its
translator comment says that it is machine-made and whether it was checked.
``lrelease`` compiles unfinished translations too, so the window shows them.

Plain Python, importable without the station (tests load it as a file).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "station" / "gui"
FOLDER = ROOT / "assets" / "translations"
PREFIX = "station_"
SOURCE_LANGUAGE = "en"
# The shipped languages; English holds only the plural forms of its own sources.
LANGUAGES = ("en", "zh_CN", "es", "vi", "cs")
# How many plural forms Qt's rules give each language (Qt Linguist's numerus rules).
PLURAL_FORMS = {"en": 2, "zh_CN": 1, "es": 2, "vi": 1, "cs": 3}
TRANSLATE_CALLS = ("translate", "QT_TRANSLATE_NOOP")
PSEUDO = "pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%p%?|%\d")
_ACCENTED = dict(zip(
    "abcdeghiklmnoprstuwyzABCDEGHIKLMNOPRSTUWYZ",
    "ȁƀçđëĝħîķłmñøþřšţüŵÿžÅßÇĐÉĜĦÎĶŁMÑØÞŘŠŢÛŴŸŽ",
    strict=True,
))


@dataclass(frozen=True)
class Message:
    """One string of the window: where it is looked up, and whether it has plural forms."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


@dataclass
class Translation:
    """A message's translation in one language: one text, or one per plural form."""

    forms: list[str] = field(default_factory=list)
    finished: bool = False
    # The translator's note (Linguist's "translator comment"): who made it, who checked it.
    note: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.forms) and all(form.strip() for form in self.forms)


# -- finding the strings ------------------------------------------------------------------


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def extract(sources: Path = SOURCES) -> list[Message]:
    """Every string of the window's sources, each once, in the order first met (by file)."""
    found: dict[tuple[str, str, str], Message] = {}
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
        for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
            if _call_name(node) not in TRANSLATE_CALLS or len(node.args) < 2:
                continue
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is None or source is None:
                continue  # a marked constant, looked up by its name where it is used
            comment = (_literal(node.args[2]) or "") if len(node.args) > 2 else ""
            counted = len(node.args) > 3 or "%n" in source or "%Ln" in source
            message = Message(context, source, comment, counted)
            previous = found.get(message.key)
            if previous is None or (counted and not previous.numerus):
                found[message.key] = message
    return sorted(found.values(), key=lambda m: m.context)  # stable: code order within


def unliteral_calls(sources: Path = SOURCES) -> list[str]:
    """``translate`` calls whose context is not a literal (their strings cannot be found)."""
    bad = []
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        # The wrappers themselves pass their arguments on.
        wrappers = [node for node in ast.walk(tree)
                    if isinstance(node, ast.FunctionDef) and node.name in TRANSLATE_CALLS]
        inside = {id(call) for wrapper in wrappers for call in ast.walk(wrapper)}
        for node in ast.walk(tree):
            if id(node) in inside:
                continue
            if isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS:
                if not node.args or _literal(node.args[0]) is None:
                    bad.append(f"{path.relative_to(sources.parent.parent)}:{node.lineno}")
    return bad


# -- reading and writing .ts files --------------------------------------------------------


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{PREFIX}{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{PREFIX}{language}.qm"


def read_ts(path: Path) -> tuple[list[Message], dict[tuple[str, str, str], Translation]]:
    """The messages of a .ts file and their translations."""
    if not path.exists():
        return [], {}
    tree = ET.parse(path)
    messages: list[Message] = []
    translations: dict[tuple[str, str, str], Translation] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(name, element.findtext("source") or "",
                              element.findtext("comment") or "",
                              element.get("numerus") == "yes")
            messages.append(message)
            node = element.find("translation")
            if node is None:
                continue
            forms = ([form.text or "" for form in node.iter("numerusform")] if message.numerus
                     else [node.text or ""])
            translations[message.key] = Translation(
                forms, finished=node.get("type") not in ("unfinished", "vanished", "obsolete"),
                note=element.findtext("translatorcomment") or "")
    return messages, translations


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, tag)
    child.text = text
    return child


def write_ts(
    path: Path,
    language: str,
    messages: list[Message],
    translations: dict[tuple[str, str, str], Translation],
) -> None:
    """Write the .ts for ``language``: every message, its translation where there is one."""
    # The pseudo-locale takes English plural rules.
    root = ET.Element("TS", {"version": "2.1",
                             "language": SOURCE_LANGUAGE if language == PSEUDO else language,
                             "sourcelanguage": SOURCE_LANGUAGE})
    forms_wanted = PLURAL_FORMS.get(language, 2)
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if language == SOURCE_LANGUAGE and not message.numerus:
            continue  # English needs only its plural forms
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            _text(context, "name", message.context)
        element = ET.SubElement(context, "message",
                                {"numerus": "yes"} if message.numerus else {})
        _text(element, "source", message.source)
        if message.comment:
            _text(element, "comment", message.comment)
        translation = translations.get(message.key, Translation())
        if translation.note:  # Linguist's order: after the comment, before the translation
            _text(element, "translatorcomment", translation.note)
        node = ET.SubElement(element, "translation",
                             {} if translation.finished else {"type": "unfinished"})
        if message.numerus:
            forms = (translation.forms + [""] * forms_wanted)[:forms_wanted]
            for form in forms:
                _text(node, "numerusform", form)
        else:
            node.text = translation.forms[0] if translation.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def update(folder: Path = FOLDER, sources: Path = SOURCES) -> list[Path]:
    """Bring every language's .ts in step with the sources; returns the files written."""
    messages = extract(sources)
    written = []
    for language in LANGUAGES:
        path = ts_path(language, folder)
        _old, translations = read_ts(path)
        write_ts(path, language, messages, translations)
        written.append(path)
    return written


# -- compiling ----------------------------------------------------------------------------


def lrelease() -> str:
    """The path of ``pyside6-lrelease`` (beside this Python), or of Qt's ``lrelease``."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    found = found or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease is not installed: pip install PySide6-Essentials")
    return found


def compile_ts(ts: Path, qm: Path) -> None:
    done = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not qm.exists():
        raise SystemExit(f"lrelease failed on {ts}: {done.stdout}{done.stderr}")


def release(folder: Path = FOLDER) -> list[Path]:
    """Compile every language's .ts to its .qm; returns the .qm files."""
    written = []
    for language in LANGUAGES:
        compile_ts(ts_path(language, folder), qm_path(language, folder))
        written.append(qm_path(language, folder))
    return written


# -- checking -----------------------------------------------------------------------------


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problems(folder: Path = FOLDER, sources: Path = SOURCES) -> list[str]:
    """What is wrong with the catalogues, a line each: a string missing or left over, an
    empty translation, a placeholder lost or added, a wrong number of plural forms."""
    found = []
    wanted = {m.key: m for m in extract(sources)}
    for place in unliteral_calls(sources):
        found.append(f"{place}: translate() needs a literal context")
    for language in LANGUAGES:
        path = ts_path(language, folder)
        messages, translations = read_ts(path)
        have = {m.key: m for m in messages}
        expected = {k: m for k, m in wanted.items()
                    if language != SOURCE_LANGUAGE or m.numerus}
        for key in expected.keys() - have.keys():
            found.append(f"{path.name}: missing {key[0]}: {key[1]!r}")
        for key in have.keys() - expected.keys():
            found.append(f"{path.name}: no longer in the code {key[0]}: {key[1]!r}")
        for key, message in have.items():
            if key not in expected:
                continue
            if message.numerus != expected[key].numerus:
                found.append(f"{path.name}: plural forms differ from the code: {key[1]!r}")
            translation = translations.get(key, Translation())
            if not translation.complete:
                found.append(f"{path.name}: no translation for {key[0]}: {key[1]!r}")
                continue
            if message.numerus and len(translation.forms) != PLURAL_FORMS[language]:
                found.append(f"{path.name}: {len(translation.forms)} plural forms, "
                             f"{PLURAL_FORMS[language]} wanted: {key[1]!r}")
            for form in translation.forms:
                if placeholders(form) != placeholders(key[1]):
                    found.append(f"{path.name}: placeholders {placeholders(form)} in "
                                 f"{form!r}, {placeholders(key[1])} in {key[1]!r}")
    found += stale_catalogues(folder)
    return found


def stale_catalogues(folder: Path = FOLDER) -> list[str]:
    """The .qm files that are not what their .ts compiles to now (lrelease's output is
    the same for the same input), a line each."""
    import tempfile

    stale = []
    with tempfile.TemporaryDirectory() as temp:
        for language in LANGUAGES:
            fresh = Path(temp) / f"{language}.qm"
            compile_ts(ts_path(language, folder), fresh)
            shipped = qm_path(language, folder)
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(f"{shipped.name} is not compiled from {ts_path(language).name}: "
                             "run python packaging/translations.py release")
    return stale


# -- a pseudo-locale ----------------------------------------------------------------------


def pseudo_text(text: str, growth: float = 0.4) -> str:
    """``text`` accented and ``growth`` longer, placeholders kept, between ⟦ ⟧ marks: what
    shows a string that was not translated, and text that does not fit."""
    parts = _PLACEHOLDER.split(text)
    kept = _PLACEHOLDER.findall(text)
    accented = ["".join(_ACCENTED.get(ch, ch) for ch in part) for part in parts]
    body = "".join(a + (kept[i] if i < len(kept) else "") for i, a in enumerate(accented))
    letters = sum(ch.isalpha() for ch in text)
    padding = "~" * max(1, round(letters * growth)) if letters else ""
    return f"{PSEUDO_OPEN}{body}{padding}{PSEUDO_CLOSE}"


def pseudo(folder: Path, sources: Path = SOURCES) -> Path:
    """A compiled pseudo-locale catalogue in ``folder`` (``station_pseudo.qm``)."""
    messages = extract(sources)
    translations = {
        m.key: Translation([pseudo_text(m.source)] * (2 if m.numerus else 1), finished=True)
        for m in messages
    }
    ts = ts_path(PSEUDO, folder)
    write_ts(ts, PSEUDO, messages, translations)
    compile_ts(ts, qm_path(PSEUDO, folder))
    return qm_path(PSEUDO, folder)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        for path in update():
            print(path.relative_to(ROOT))
        return 0
    if command == "release":
        for path in release():
            print(path.relative_to(ROOT))
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    if command == "pseudo" and len(argv) == 2:
        print(pseudo(Path(argv[1])))
        return 0
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
