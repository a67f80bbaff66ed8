"""Paths a person reads, and files a profile names inside its own folder."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath


def display_path(path: Path) -> str:
    """The path as a person would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


class ImagePathError(ValueError):
    """An image path that is not a file inside the profile's folder; the message says why."""


def resolve_in_folder(folder: Path, raw: str) -> Path:
    """The file ``raw`` names relative to ``folder``; it must exist inside that folder.

    Raises ImagePathError as ``resolve_image`` does.
    """
    if PurePosixPath(raw).is_absolute() or PureWindowsPath(raw).is_absolute() or (
        PureWindowsPath(raw).drive
    ):
        raise ImagePathError(
            f"{raw!r} is an absolute path; allowed: a path relative to the profile's folder"
        )
    base = folder.resolve()
    lexical = Path(os.path.normpath(base / raw))
    if not lexical.is_relative_to(base):
        raise ImagePathError(
            f"{raw!r} leaves the profile's folder; allowed: files inside {display_path(base)}"
        )
    target = lexical.resolve()
    if not target.is_relative_to(base):
        raise ImagePathError(
            f"{raw!r} is a link to {target}, outside the profile's folder; "
            f"allowed: files inside {display_path(base)}"
        )
    if not target.is_file():
        raise ImagePathError(
            f"{raw!r} does not exist in {display_path(base)}; "
            "allowed: an existing file beside the profile"
        )
    return target
