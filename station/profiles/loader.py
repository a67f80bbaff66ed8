"""Reading firmware profiles from TOML files and refusing any that would misbehave.

A profile is accepted only when the schema (``station.profiles.model``) and
the checks against what exists (``station.profiles.checks``) both pass; every
problem is reported as one line, see ``station.profiles.problems``.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from station.core.errors import ProfileError
from station.core.folders import display_path
from station.profiles.checks import check_profile, resolve_image
from station.profiles.locations import default_profile_dirs
from station.profiles.model import ImageEntry, Profile
from station.profiles.problems import ProfileProblem, problems_from_validation

_TOML_WHERE = re.compile(r"^(?P<what>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")

# A profile is a few KiB; the limits stop /dev/zero, a wrong file or a crafted one early.
PROFILE_MAX_BYTES = 1024 * 1024
TOML_MAX_DEPTH = 32  # tables and arrays, the file's own table included


@dataclass(frozen=True)
class LoadedProfile:
    """A validated profile, the file it came from and the folder its images live in."""

    profile: Profile
    path: Path
    folder: Path
    warnings: tuple[ProfileProblem, ...] = ()

    @property
    def id(self) -> str:
        return self.profile.id

    def image_path(self, entry: ImageEntry) -> Path:
        """The file behind an image entry (checked to lie inside ``folder``)."""
        return resolve_image(self.folder, entry)

    def read_images(self) -> list[tuple[int, bytes]]:
        """Every image as ``(offset, bytes)``, re-checked against its SHA-256.

        Raises ProfileError if a file changed since the profile was loaded, so
        that a board is never written from an image nobody checked.
        """
        images = []
        for entry in self.profile.images:
            data = self.image_path(entry).read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest != entry.sha256.lower():
                raise ProfileError(
                    f"{display_path(self.path)}: image {entry.path} has SHA-256 {digest} but "
                    f"the profile expects {entry.sha256.lower()}; no board was touched",
                    hint="put back the image the profile was written for, or update its sha256",
                )
            images.append((entry.offset, data))
        return images


def _toml_problem(file: Path, exc: tomllib.TOMLDecodeError) -> ProfileProblem:
    text = str(exc)
    match = _TOML_WHERE.match(text)
    if match:
        where = f"line {match['line']}, column {match['col']}"
        text = match["what"]
    else:
        where = "(toml)"
    return ProfileProblem(file, where, f"invalid TOML: {text}; allowed: TOML syntax "
                          "(key = value, [table], [[array of tables]]), see https://toml.io")


class _Unreadable(Exception):
    """A profile file that cannot be read as TOML; ``problem`` says why."""

    def __init__(self, problem: ProfileProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _read_text(file: Path) -> str:
    """The file's text, read no further than ``PROFILE_MAX_BYTES``. Raises _Unreadable."""
    def unreadable(message: str) -> _Unreadable:
        return _Unreadable(ProfileProblem(file, "(file)", message))

    try:
        with file.open("rb") as handle:
            data = handle.read(PROFILE_MAX_BYTES + 1)
    except FileNotFoundError:
        raise unreadable("does not exist; allowed: a .toml profile") from None
    except IsADirectoryError:
        raise unreadable("is a folder; allowed: a .toml profile") from None
    except OSError as exc:
        raise unreadable(f"cannot be read ({exc.strerror}); allowed: a readable .toml "
                         "profile") from None
    if len(data) > PROFILE_MAX_BYTES:
        limit = f"{PROFILE_MAX_BYTES // 2**20} MiB"
        raise unreadable(f"is larger than {limit}; allowed: a profile file of at most {limit}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise unreadable(f"is not UTF-8 text (byte {exc.start}); allowed: a UTF-8 TOML "
                         "file") from None


def _too_deep(data: Any) -> bool:
    """Whether tables and arrays nest deeper than ``TOML_MAX_DEPTH`` (checked without
    recursion, so any depth is safe to look at)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > TOML_MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((child, depth + 1) for child in value.values())
        elif isinstance(value, list):
            stack.extend((child, depth + 1) for child in value)
    return False


def _too_deep_problem(file: Path) -> ProfileProblem:
    return ProfileProblem(file, "(toml)", f"nests tables and arrays more than {TOML_MAX_DEPTH} "
                          f"levels deep; allowed: at most {TOML_MAX_DEPTH} levels")


def _read_toml(file: Path) -> dict[str, Any]:
    """The file's TOML data, within the size and depth limits. Raises _Unreadable."""
    text = _read_text(file)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _Unreadable(_toml_problem(file, exc)) from None
    except ValueError:
        # tomllib lets int()'s limit on decimal digits through as a bare ValueError.
        limit = f"{sys.get_int_max_str_digits():,}"
        raise _Unreadable(ProfileProblem(
            file, "(toml)", f"invalid TOML: a number has more than {limit} digits; "
            f"allowed: numbers of at most {limit} digits")) from None
    except RecursionError:
        raise _Unreadable(_too_deep_problem(file)) from None
    if _too_deep(data):
        raise _Unreadable(_too_deep_problem(file))
    return data


def inspect_file(file: Path) -> tuple[Profile | None, list[ProfileProblem]]:
    """Read and check one profile file; never raises for a bad file.

    Returns the profile (None when it does not pass the schema) and every
    problem found, warnings included.
    """
    try:
        data = _read_toml(file)
    except _Unreadable as exc:
        return None, [exc.problem]
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        return None, problems_from_validation(file, exc)
    return profile, check_profile(profile, file)


def _raise_for(problems: list[ProfileProblem], what: str) -> None:
    errors = [p for p in problems if p.is_error]
    if not errors:
        return
    lines = [str(p) for p in errors]
    summary = lines[0] if len(lines) == 1 else f"{what} has {len(lines)} problems: {lines[0]}"
    raise ProfileError(
        summary,
        problems=lines,
        hint=f"run `station profiles check {what}` to see every problem",
    )


def load_profile(path: str | Path) -> LoadedProfile:
    """Load one profile file. Raises ProfileError (one line per problem) when it is not valid."""
    file = Path(path)
    profile, problems = inspect_file(file)
    _raise_for(problems, display_path(file))
    assert profile is not None  # no errors means the schema passed
    return LoadedProfile(profile, file, file.parent,
                         tuple(p for p in problems if not p.is_error))


def _profile_files(paths: Iterable[Path]) -> tuple[list[Path], list[ProfileProblem]]:
    files: list[Path] = []
    problems: list[ProfileProblem] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.toml")))
        elif path.exists():
            files.append(path)
        else:
            problems.append(ProfileProblem(path, "(file)", "does not exist; allowed: a profile "
                                           "file or a folder of them"))
    # The same file named twice (directly and through its folder) is checked once.
    unique = {file.resolve(): file for file in reversed(files)}
    return [f for f in files if unique[f.resolve()] is f], problems


def inspect_paths(
    paths: Iterable[Path],
) -> tuple[dict[Path, Profile | None], list[ProfileProblem]]:
    """Inspect profile files and folders: each file's profile (None if the schema failed)
    and every problem, warnings included, with duplicate ids across files as errors."""
    files, problems = _profile_files(paths)
    profiles: dict[Path, Profile | None] = {}
    first_file: dict[str, Path] = {}
    for file in files:
        profile, found = inspect_file(file)
        profiles[file] = profile
        problems.extend(found)
        if profile is None:
            continue
        if profile.id in first_file:
            problems.append(ProfileProblem(
                file, "id", f"{profile.id!r} is also the id of "
                f"{display_path(first_file[profile.id])}; allowed: an id no other profile uses"))
        else:
            first_file[profile.id] = file
    return profiles, problems


def _declared_ids(folders: Iterable[Path]) -> list[tuple[Path, str]]:
    """Each profile file in ``folders`` with the id it declares. Only the id is read, so
    one broken profile does not hide the others (an unreadable file counts by its name)."""
    found: list[tuple[Path, str]] = []
    for folder in folders:
        for file in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            try:
                raw_id = _read_toml(file).get("id")
            except _Unreadable:
                raw_id = file.stem
            found.append((file, str(raw_id)))
    return found


def clashes_with_known(
    profiles: dict[Path, Profile | None], folders: Iterable[Path]
) -> list[ProfileProblem]:
    """An error for each of ``profiles`` whose id a profile in ``folders`` (the known ones,
    other than the files checked) already has: looked up by id, neither could be found."""
    checked = {file.resolve() for file in profiles}
    known: dict[str, Path] = {}
    for file, declared in _declared_ids(folders):
        if file.resolve() not in checked:
            known.setdefault(declared, file)
    return [
        ProfileProblem(file, "id", f"{profile.id!r} is also the id of "
                       f"{display_path(known[profile.id])}; allowed: an id no other profile uses")
        for file, profile in profiles.items()
        if profile is not None and profile.id in known
    ]


def check_paths(paths: list[Path]) -> list[ProfileProblem]:
    """Every problem in the given profile files and folders, warnings included.

    Folders contribute their ``*.toml`` files; the same id in two files is an error.
    """
    return inspect_paths(paths)[1]


def load_profiles(folder: str | Path) -> dict[str, LoadedProfile]:
    """Every profile in ``folder`` by id. Raises ProfileError if any file has an error."""
    base = Path(folder)
    profiles, problems = inspect_paths([base])
    _raise_for(problems, display_path(base))
    return {
        profile.id: LoadedProfile(profile, file, file.parent,
                                  tuple(p for p in problems if p.file == file))
        for file, profile in profiles.items()
        if profile is not None
    }


def _looks_like_path(text: str) -> bool:
    return text.endswith(".toml") or "/" in text or "\\" in text


def find_profile(id_or_path: str | Path, folders: list[Path] | None = None) -> LoadedProfile:
    """Load a profile named by its file path or by its id.

    An id is looked up in ``folders`` (default: ``default_profile_dirs()``);
    other files in those folders may be broken without stopping the search.
    Raises ProfileError when no file, or more than one, holds that id.
    """
    if isinstance(id_or_path, Path) or _looks_like_path(id_or_path):
        return load_profile(id_or_path)
    wanted = id_or_path
    search = folders if folders is not None else default_profile_dirs()
    declared = _declared_ids(search)
    known = [profile_id for _, profile_id in declared]
    matches = [file for file, profile_id in declared if profile_id == wanted]
    places = ", ".join(display_path(f) for f in search) or "(no folders)"
    if not matches:
        available = ", ".join(sorted(set(known))) or "none"
        raise ProfileError(
            f"no profile with id {wanted!r} in {places}; available: {available}",
            hint="check the spelling, or give the path of the profile file",
        )
    if len(matches) > 1:
        raise ProfileError(
            f"profile id {wanted!r} is used by {len(matches)} files: "
            + ", ".join(display_path(m) for m in matches),
            hint="give each profile its own id, or name the file to use",
        )
    return load_profile(matches[0])

