"""Where the station key is kept: the PC's TPM (a real swtpm here), else the secret
store; never in the manifest's folder. Its backup opens a manifest on another PC."""

from __future__ import annotations

import base64
import threading
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError
from station.core.locations import station_key_for
from station.manifest import Manifest, StationKey
from station.manifest.custody import KeyNotHere
from station.manifest.custody.backup import read_backup, write_backup
from station.manifest.custody.keyref import keyref_path, read_keyref
from station.manifest.custody.station_keys import key_for_reading, key_for_writing
from station.simulation.tpm_backend import SwtpmProcess
from tests.test_manifest_secrets import new_sas_key, record, sas_unit
from tests.tpm_fixtures import require_tpm_extra

BACKUP_PASSPHRASE = "a backup passphrase kept apart"


def _manifest_with_secrets(path: Path) -> StationKey:
    key = key_for_writing(path)
    with Manifest.open(path, key) as manifest:
        record(manifest, sas_unit("dev-1", new_sas_key(), new_sas_key()))
    return key


def _another_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str = "other-pc") -> None:
    """Carry on as another PC: its own station home and secret store, no TPM."""
    home = tmp_path / name
    home.mkdir()
    monkeypatch.setenv("STATION_HOME", str(home))
    monkeypatch.setenv("STATION_KEY_TPM", "none")


def test_a_key_sealed_by_the_tpm_unseals_there_and_nowhere_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_tpm_extra()  # the station seals its key through tpm2-pytss
    path = tmp_path / "manifest.sqlite"
    with SwtpmProcess(tmp_path / "station-tpm") as tpm:
        monkeypatch.setenv("STATION_KEY_TPM", tpm.tcti)
        key = _manifest_with_secrets(path)
        ref = read_keyref(path)
        assert ref is not None and ref.custody == "tpm" and ref.key_id == key.key_id
        assert key.material not in keyref_path(path).read_bytes()
        assert base64.urlsafe_b64decode(key.material) not in keyref_path(path).read_bytes()
        assert not station_key_for(path).exists()
        assert key_for_reading(path).key_id == key.key_id  # unsealed again by the same TPM

    # The folder on a PC with another TPM: the sealed blob is of no use there.
    with SwtpmProcess(tmp_path / "other-tpm") as other:
        monkeypatch.setenv("STATION_KEY_TPM", other.tcti)
        with pytest.raises(KeyNotHere) as caught:
            key_for_reading(path)
        assert "cannot unseal" in caught.value.message
        assert "station manifest key restore" in caught.value.hint

    # And on a PC without any TPM.
    monkeypatch.setenv("STATION_KEY_TPM", "none")
    with pytest.raises(KeyNotHere, match="this PC has none"):
        key_for_writing(path)


def test_the_secret_store_keeps_the_key_when_there_is_no_tpm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "manifest.sqlite"
    key = _manifest_with_secrets(path)
    assert read_keyref(path).custody == "secret-store"
    # The store is the one in the user's configuration folder, not the manifest's.
    monkeypatch.setenv("STATION_SECRETS_PASSPHRASE", "not the right passphrase")
    with pytest.raises(ConfigError, match="passphrase is wrong"):
        key_for_reading(path)
    monkeypatch.delenv("STATION_SECRETS_PASSPHRASE")
    with pytest.raises(ConfigError) as caught:
        key_for_reading(path)
    assert "locked" in caught.value.message and "STATION_SECRETS_PASSPHRASE" in caught.value.hint
    assert key.key_id in keyref_path(path).read_text()


def test_an_older_stations_key_file_moves_into_custody(tmp_path: Path) -> None:
    path = tmp_path / "manifest.sqlite"
    legacy = StationKey.load_or_create(station_key_for(path))
    with Manifest.open(path, legacy) as manifest:
        record(manifest, sas_unit("dev-1", new_sas_key(), new_sas_key()))
    # Reports read it where it is; the next start that writes moves it.
    assert key_for_reading(path).key_id == legacy.key_id
    assert station_key_for(path).exists()
    moved = key_for_writing(path)
    assert moved.key_id == legacy.key_id
    assert not station_key_for(path).exists()
    assert read_keyref(path).custody == "secret-store"
    with Manifest.open(path, key_for_reading(path)) as manifest:
        assert set(manifest.unit_secrets("dev-1")) == {"sas_primary", "sas_secondary"}


def test_two_stations_starting_on_a_new_manifest_share_one_key(tmp_path: Path) -> None:
    path = tmp_path / "manifest.sqlite"
    found: list[str] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            found.append(key_for_writing(path).key_id)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(found) == 3 and len(set(found)) == 1
    assert key_for_reading(path).key_id == found[0]


def test_a_backup_restores_the_key_on_another_pc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "line" / "manifest.sqlite"
    key = _manifest_with_secrets(path)
    backup = tmp_path / "usb" / "station-key.backup"
    monkeypatch.setenv("STATION_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert main(["manifest", "key", "backup", "--to", str(backup), "--manifest", str(path)]) == 0
    assert key.material not in backup.read_bytes()
    assert main(["manifest", "key", "show", "--manifest", str(path)]) == 0
    assert f"station key {key.key_id}, kept in an encrypted file" in capsys.readouterr().out

    _another_pc(tmp_path, monkeypatch)
    out = tmp_path / "keys.csv"
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--manifest", str(path)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "station manifest key restore" in error
    assert not out.exists()

    monkeypatch.setenv("STATION_BACKUP_PASSPHRASE", "a wrong passphrase, long enough")
    assert main(["manifest", "key", "restore", str(backup), "--manifest", str(path)]) == 1
    assert "passphrase does not open" in capsys.readouterr().err
    monkeypatch.setenv("STATION_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert main(["manifest", "key", "restore", str(backup), "--manifest", str(path)]) == 0
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--manifest", str(path)]) == 0
    with Manifest.open(path, key_for_reading(path)) as manifest:
        assert manifest.unit_secrets("dev-1")["sas_primary"] in out.read_text()


def test_a_backup_of_another_manifests_key_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a" / "manifest.sqlite", tmp_path / "b" / "manifest.sqlite"
    _manifest_with_secrets(first)
    second_key = _manifest_with_secrets(second)
    backup = tmp_path / "b.backup"
    write_backup(second_key, backup, BACKUP_PASSPHRASE)
    assert read_backup(backup, BACKUP_PASSPHRASE).key_id == second_key.key_id
    monkeypatch.setenv("STATION_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert main(["manifest", "key", "restore", str(backup), "--manifest", str(first)]) == 1
    assert "the backup holds station key" in capsys.readouterr().err
    # Its reference gone too, the key still has to open the manifest's secrets.
    keyref_path(first).unlink()
    assert main(["manifest", "key", "restore", str(backup), "--manifest", str(first)]) == 1
    assert "encrypted with another station key" in capsys.readouterr().err
    assert not keyref_path(first).exists()


def test_a_short_backup_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="at least 12 characters"):
        write_backup(StationKey.generate(), tmp_path / "b.backup", "short")
    assert not (tmp_path / "b.backup").exists()
