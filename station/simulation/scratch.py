"""Scratch folders that a killed station does not leave behind.

A folder made here holds an exclusive lock on a file inside it for as long as
the process that made it lives; the operating system drops the lock when the
process dies, however it dies. The next ``claim`` of the same kind removes every
folder whose lock is free: its owner is gone. A reused process ID cannot fake a
held lock. Where ``fcntl`` is missing (Windows) folders are made and removed as
usual and only the sweep is skipped.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".owner"


def _lock(handle: IO[bytes]) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def sweep(prefix: str, parent: Path | None = None) -> list[Path]:
    """Remove the ``prefix*`` folders under ``parent`` (the temporary folder) whose
    owner has died; returns them. Folders of living owners are left alone.
    """
    if fcntl is None:
        return []
    parent = Path(parent or tempfile.gettempdir())
    removed = []
    for folder in parent.glob(f"{prefix}*"):
        lock = folder / LOCK_NAME
        if not folder.is_dir() or not lock.is_file():
            continue
        try:
            with open(lock, "rb") as handle:
                if not _lock(handle):
                    continue  # its owner is alive
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


class ScratchFolder:
    """A private temporary folder (mode 0700) that lives as long as this object or
    its process. ``cleanup`` removes it; a folder left by a killed process is
    removed by the next ``ScratchFolder`` with the same prefix.
    """

    def __init__(self, prefix: str, parent: Path | None = None) -> None:
        sweep(prefix, parent)
        self.path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        self._lock: IO[bytes] | None = open(self.path / LOCK_NAME, "wb")  # noqa: SIM115
        _lock(self._lock)

    def cleanup(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        shutil.rmtree(self.path, ignore_errors=True)
