"""Writing private files (keys, secrets) whole or not at all, readable by their owner only.

Every key and secret file goes through ``write_private_file``: the data goes to a
temporary file in the same folder (mode 0600 from its creation), is flushed to
the disk, and is renamed over the target. A crash, a power cut or a full disk
leaves the old file or the new one, never a short one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from station.core.errors import StorageError

_FULL = (errno.ENOSPC, errno.EDQUOT)
_NOT_WRITABLE = (errno.EACCES, errno.EPERM)
TEMP_SUFFIX = ".tmp"


def write_private_file(path: Path, data: bytes, *, exclusive: bool = False) -> Path:
    """Put ``data`` at ``path`` atomically, mode 0600, making its folder if needed.

    ``exclusive``: never replace an existing file; raises FileExistsError then
    (so two processes creating the same key both end up with the first one).
    Raises StorageError, naming the disk or folder, when it cannot be written.
    """
    with private_output(path, exclusive=exclusive) as out:
        out.write(data)
    return Path(path)


@contextmanager
def private_output(
    path: Path, *, exclusive: bool = False, secret: bool | Callable[[], bool] = True
) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new content into; it takes ``path``'s place when the
    block ends without an exception, and vanishes otherwise.

    Where the system allows (Linux), the file has no name until it is complete: a
    process killed while writing leaves nothing behind, not even a temporary file
    with half the secrets. Elsewhere it is a hidden temporary file beside ``path``,
    and the leftovers of a killed writer are removed by the next write of ``path``.
    ``secret=False`` gives the finished file the usual permissions (the umask's)
    instead of 0600; a callable ``secret`` is asked once the content is written
    (the file stays 0600 while it is written either way). Raises StorageError
    naming the disk or folder on failure.
    """
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staged = _Staged.open(path)
    except OSError as exc:
        raise storage_error(exc, path) from exc
    try:
        with os.fdopen(os.dup(staged.fd), "wb") as out:
            yield out
            out.flush()
            private = secret() if callable(secret) else secret
            if not private and os.name != "nt":
                os.fchmod(out.fileno(), 0o666 & ~_umask())
            os.fsync(out.fileno())
        staged.publish(exclusive)
        _sync_folder(folder)
    except FileExistsError:
        raise
    except OSError as exc:
        raise storage_error(exc, path) from exc
    finally:
        staged.discard()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class _Staged:
    """The new content of ``path`` while it is written: an anonymous file (O_TMPFILE)
    or, where there is none, a hidden temporary file in the same folder."""

    def __init__(self, path: Path, fd: int, temp: Path | None) -> None:
        self.path = path
        self.fd = fd
        self.temp = temp  # None: the file has no name yet

    @classmethod
    def open(cls, path: Path) -> _Staged:
        anonymous = getattr(os, "O_TMPFILE", 0)
        if anonymous:
            try:
                return cls(path, os.open(path.parent, anonymous | os.O_RDWR, 0o600), None)
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                    raise
        for leftover in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)  # a killed writer's: nobody finishes it now
        # mkstemp creates the file 0600 with O_EXCL: never readable by others, not even briefly.
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
        return cls(path, fd, Path(name))

    def publish(self, exclusive: bool) -> None:
        """Give the finished file its name, ``path``."""
        if self.temp is None:
            self._name_anonymous(exclusive)
            if self.temp is None:
                return  # linked straight to path
        _move_into_place(self.temp, self.path, exclusive)

    def _name_anonymous(self, exclusive: bool) -> None:
        source = f"/proc/self/fd/{self.fd}"
        try:
            if exclusive:
                os.link(source, self.path, follow_symlinks=True)  # fails if path exists
                return
            # Named for an instant only, complete and flushed, then renamed over path.
            self.temp = self.path.with_name(f".{self.path.name}.{os.getpid()}{TEMP_SUFFIX}")
            self.temp.unlink(missing_ok=True)
            os.link(source, self.temp, follow_symlinks=True)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.ENOENT, errno.EPERM, errno.EACCES):
                raise
            # Some kernels and sandboxes refuse to link an anonymous file: copy it.
            self.temp = self._copy_to_named_file()

    def _copy_to_named_file(self) -> Path:
        fd, name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=TEMP_SUFFIX, dir=self.path.parent
        )
        try:
            os.fchmod(fd, os.fstat(self.fd).st_mode & 0o777)
            with os.fdopen(fd, "wb") as out, os.fdopen(os.dup(self.fd), "rb") as source:
                source.seek(0)
                while chunk := source.read(1 << 20):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return Path(name)

    def discard(self) -> None:
        os.close(self.fd)
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)


def _move_into_place(temp: Path, path: Path, exclusive: bool) -> None:
    if not exclusive:
        os.replace(temp, path)
    elif os.name == "nt":
        os.rename(temp, path)  # on Windows a rename never replaces an existing file
    else:
        try:
            os.link(temp, path)  # fails with FileExistsError instead of replacing
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                raise
            # A filesystem without hard links (FAT, some shares): check, then rename.
            if path.exists():
                raise FileExistsError(errno.EEXIST, "file exists", str(path)) from exc
            os.replace(temp, path)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a renamed file (POSIX; Windows cannot open a folder)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # EINVAL: this filesystem does not sync folders
            raise
    finally:
        os.close(fd)


def _mount_point(folder: Path) -> Path:
    folder = folder.resolve()
    while not os.path.ismount(folder) and folder != folder.parent:
        folder = folder.parent
    return folder


def disk_of(folder: Path) -> str:
    """``folder`` and, when it is not one itself, the mount point of its disk."""
    mount = _mount_point(folder)
    return str(folder) if mount == folder.resolve() else f"{folder} ({mount})"


def storage_error(exc: OSError, path: Path) -> StorageError:
    """A one-line StorageError for ``exc``, raised while writing ``path``."""
    folder = Path(path).parent
    if exc.errno in _FULL:
        return StorageError(
            f"the disk holding {disk_of(folder)} is full: {Path(path).name} was not written",
            hint="free some space on that disk, then try again",
        )
    if exc.errno == errno.EROFS:
        return StorageError(
            f"the folder {folder} is read-only: {Path(path).name} cannot be written there",
            hint="use a folder on a writable disk, or make this one writable",
        )
    if exc.errno in _NOT_WRITABLE:
        return StorageError(
            f"the folder {folder} is not writable for this user: "
            f"{Path(path).name} cannot be written there",
            hint="use a folder you may write to, or ask for write access to this one",
        )
    return StorageError(
        f"cannot write {path}: {exc.strerror or exc}",
        hint="check the disk and the folder's permissions",
    )
