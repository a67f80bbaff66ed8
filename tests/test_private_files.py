"""Keys and other private files are written whole or not at all, readable by their owner only.

A full disk and a read-only folder are real here: the code under test runs in a
child process inside its own mount namespace (``unshare``), on a tiny tmpfs or a
read-only bind mount that vanish with the child.
"""

from __future__ import annotations

import errno
import json
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from station.core.errors import ManifestError, StorageError
from station.core.labels import write_label_svg
from station.core.private_files import write_private_file
from station.credentials.secret_store import EncryptedFileSecrets
from station.manifest import Manifest, StationKey
from station.manifest.custody.keyref import read_keyref
from station.manifest.custody.station_keys import key_for_writing
from tests.test_manifest_secrets import record, sas_unit

REPO = Path(__file__).resolve().parents[1]

# Run inside the child before the code under test: fill the tmpfs at ``folder``.
FILL = """
def fill(folder):
    with open(os.path.join(folder, "filler"), "wb", buffering=0) as out:
        try:
            while True:
                out.write(bytes(4096))
        except OSError:
            pass
"""


def tiny_disk(folder: Path) -> list[list[str]]:
    """Mount commands that put a 64 KiB tmpfs on ``folder``."""
    return [["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)]]


def read_only(folder: Path) -> list[list[str]]:
    """Mount commands that make ``folder`` read-only (even for root)."""
    return [
        ["mount", "--bind", str(folder), str(folder)],
        ["mount", "-o", "remount,ro,bind", str(folder)],
    ]


def run_with_mounts(
    mounts: list[list[str]], code: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` (with ``args`` in sys.argv[1:]) after ``mounts``, in a private
    mount namespace: the mounts are seen by the child only and end with it. ``env``: the
    child's environment (default: this process's)."""
    script = " && ".join(shlex.join(command) for command in mounts)
    script += ' && exec "$0" -c "$@"'
    done = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script,
         sys.executable, code, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert "unshare:" not in done.stderr and "mount:" not in done.stderr, done.stderr
    return done


def result_of(done: subprocess.CompletedProcess[str]) -> dict:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the helper ------------------------------------------------------------------


def test_a_private_file_is_owner_only_from_creation(tmp_path: Path) -> None:
    previous = os.umask(0)  # even a permissive umask leaves it 0600
    try:
        path = write_private_file(tmp_path / "new" / "secret.bin", b"abc")
    finally:
        os.umask(previous)
    assert path.read_bytes() == b"abc"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(path.parent) == ["secret.bin"]


def test_a_private_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    path = tmp_path / "secret.bin"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_private_file(path, b"new content")
    assert path.read_bytes() == b"new content"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def _no_anonymous_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)  # as on Windows, macOS, old kernels


def _anonymous_files_not_linkable(monkeypatch: pytest.MonkeyPatch) -> None:
    real_link = os.link

    def link(source, target, **kwargs):  # type: ignore[no-untyped-def]
        if str(source).startswith("/proc/self/fd/"):
            raise PermissionError(errno.EPERM, "refused by the sandbox")
        return real_link(source, target, **kwargs)

    monkeypatch.setattr(os, "link", link)  # as in some sandboxes: the content is copied


@pytest.mark.parametrize("staging", [None, _no_anonymous_files, _anonymous_files_not_linkable])
def test_replacing_a_readable_file_leaves_it_owner_only_however_it_is_staged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, staging
) -> None:
    if staging is not None:
        staging(monkeypatch)
    path = tmp_path / "device.key.pem"
    path.write_bytes(b"old key")
    path.chmod(0o644)
    previous = os.umask(0)
    try:
        write_private_file(path, b"new key")
    finally:
        os.umask(previous)
    assert path.read_bytes() == b"new key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["device.key.pem"]


def test_an_exclusive_private_file_never_replaces_one_that_exists(tmp_path: Path) -> None:
    path = tmp_path / "secret.bin"
    path.write_bytes(b"first")
    with pytest.raises(FileExistsError):
        write_private_file(path, b"second", exclusive=True)
    assert path.read_bytes() == b"first"
    assert os.listdir(tmp_path) == ["secret.bin"]


def test_a_full_disk_is_named_and_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    done = run_with_mounts(tiny_disk(folder), FILL + """
import json, os, sys
from pathlib import Path
from station.core.errors import StorageError
from station.core.private_files import write_private_file
folder = sys.argv[1]
Path(folder, "kept.bin").write_bytes(b"old")
fill(folder)
try:
    write_private_file(Path(folder, "kept.bin"), bytes(8192))
    error = ""
except StorageError as exc:
    error = str(exc)
print(json.dumps({"error": error, "files": sorted(os.listdir(folder)),
                  "kept": Path(folder, "kept.bin").read_bytes().decode()}))
""", str(folder))
    result = result_of(done)
    assert result["files"] == ["filler", "kept.bin"]
    assert result["kept"] == "old"
    assert f"the disk holding {folder} is full" in result["error"]
    assert "\n" not in result["error"]


def test_a_read_only_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    done = run_with_mounts(read_only(folder), """
import json, sys
from pathlib import Path
from station.core.errors import StorageError
from station.core.private_files import write_private_file
try:
    write_private_file(Path(sys.argv[1], "secret.bin"), b"x")
    error = ""
except StorageError as exc:
    error = str(exc)
print(json.dumps({"error": error}))
""", str(folder))
    assert f"the folder {folder} is read-only" in result_of(done)["error"]


# -- its users -------------------------------------------------------------------

STATION_KEY_ON_A_FULL_DISK = FILL + """
import json, os, sys
from pathlib import Path
from station.core.errors import StationError
from station.manifest import StationKey
folder = sys.argv[1]
key_path = Path(folder, "manifest.sqlite.key")
fill(folder)
try:
    StationKey.load_or_create(key_path)
    error = ""
except StationError as exc:
    error = str(exc)
after_full = sorted(os.listdir(folder))
os.remove(os.path.join(folder, "filler"))  # the operator frees some space
StationKey.load_or_create(key_path)
print(json.dumps({"error": error, "after_full": after_full,
                  "mode": oct(os.stat(key_path).st_mode & 0o777)}))
"""


def test_a_station_key_on_a_full_disk_is_not_left_empty(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    result = result_of(run_with_mounts(tiny_disk(folder), STATION_KEY_ON_A_FULL_DISK, str(folder)))
    assert result["after_full"] == ["filler"]  # no empty key, no temporary file
    assert f"the disk holding {folder} is full" in result["error"]
    assert result["mode"] == "0o600"


SECRETS_ON_A_FULL_DISK = FILL + """
import json, os, sys
from pathlib import Path
from station.core.errors import StationError
from station.credentials.secret_store import EncryptedFileSecrets
folder = sys.argv[1]
store = EncryptedFileSecrets(Path(folder, "secrets.enc"))
store.unlock("pass phrase 123")
store.set("group-key", "first")
fill(folder)
try:
    store.set("ca-passphrase", "x" * 20000)
    error = ""
except StationError as exc:
    error = str(exc)
again = EncryptedFileSecrets(Path(folder, "secrets.enc"))
again.unlock("pass phrase 123")
print(json.dumps({"error": error, "files": sorted(os.listdir(folder)),
                  "group_key": again.get("group-key")}))
"""


def test_the_secrets_file_on_a_full_disk_keeps_its_old_content(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    result = result_of(run_with_mounts(tiny_disk(folder), SECRETS_ON_A_FULL_DISK, str(folder)))
    assert result["files"] == ["filler", "secrets.enc"]
    assert result["group_key"] == "first"
    assert f"the disk holding {folder} is full" in result["error"]


def test_the_secrets_file_is_owner_only(tmp_path: Path) -> None:
    store = EncryptedFileSecrets(tmp_path / "secrets.enc")
    store.unlock("pass phrase 123")
    store.set("group-key", "abc")
    assert stat.S_IMODE((tmp_path / "secrets.enc").stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["secrets.enc"]


def test_a_label_holding_the_device_key_is_owner_only(tmp_path: Path) -> None:
    unit = sas_unit("dev-1", "a" * 44, "b" * 44)
    keyed = write_label_svg(unit, tmp_path / "keyed", include_key=True)
    assert stat.S_IMODE(keyed.stat().st_mode) == 0o600
    assert keyed.read_bytes().startswith(b"<?xml") and keyed.name == "dev-1.svg"
    assert os.listdir(keyed.parent) == ["dev-1.svg"]


# -- a station key left short by an older station ------------------------------------


@pytest.mark.parametrize("content", [b"", b"dGhpcyBpcyBub3QgYSB3aG9sZS"])
def test_a_short_station_key_beside_a_manifest_without_secrets_says_delete_it(
    tmp_path: Path, content: bytes
) -> None:
    manifest = tmp_path / "manifest.sqlite"
    Manifest.open(manifest).close()
    key_path = tmp_path / "manifest.sqlite.key"
    key_path.write_bytes(content)
    with pytest.raises(ManifestError) as caught:
        key_for_writing(manifest)
    error = caught.value
    assert f"the station key {key_path} is " in error.message
    assert ("empty" if not content else "cut short") in error.message
    assert error.hint.startswith("delete it")
    assert "\n" not in str(error)

    key_path.unlink()  # what the hint says: the next start makes a new key
    assert key_for_writing(manifest).key_id == read_keyref(manifest).key_id


def test_a_short_station_key_beside_sealed_secrets_says_restore_it(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.sqlite"
    key_path = tmp_path / "manifest.sqlite.key"
    with Manifest.open(manifest, StationKey.load_or_create(key_path)) as store:
        record(store, sas_unit("dev-1", "a" * 44, "b" * 44))
    key_path.write_bytes(b"")
    with pytest.raises(ManifestError) as caught:
        key_for_writing(manifest)
    assert "is empty" in caught.value.message
    assert caught.value.hint.startswith("restore it from its backup")


def test_storage_errors_are_station_errors() -> None:
    error = StorageError("the disk is full", hint="free some space")
    assert str(error) == "the disk is full (free some space)"


KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from station.core.private_files import private_output
with private_output(Path(sys.argv[1])) as out:
    out.write(b"device key: " + b"k" * 100_000)
    out.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_writer_killed_mid_file_leaves_no_file_at_all(tmp_path: Path) -> None:
    target = tmp_path / "units.csv"
    done = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(target)], check=False)
    assert done.returncode == -9
    # Neither the file nor a hidden part of it with the keys: the folder is empty.
    assert list(tmp_path.iterdir()) == []


def test_an_export_killed_mid_write_leaves_no_keys_behind(tmp_path: Path) -> None:
    script = f"""
import os, signal, sys
from pathlib import Path
import station.manifest.exports as exports
from station.manifest import Manifest
from dataclasses import replace
from station.core.registries import EXPORTS
def write_then_die(manifest, units, out):
    exports.IOTC_EXPORT.write(manifest, units, out)
    out.flush()
    os.kill(os.getpid(), signal.SIGKILL)
EXPORTS.add("dying-iotc-export", replace(exports.IOTC_EXPORT, write=write_then_die))
with Manifest.open(Path({str(tmp_path / "m.sqlite")!r})) as manifest:
    exports.export(manifest, "dying-iotc-export", Path({str(tmp_path / "out" / "keys.csv")!r}))
"""
    (tmp_path / "out").mkdir()
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == -9
    assert list((tmp_path / "out").iterdir()) == []
