"""Per-device secrets: sealed with the station key, never in the manifest in clear."""

from __future__ import annotations

import base64
import os
import secrets
import sqlite3
import stat
from pathlib import Path

import pytest

from station.core.errors import ManifestError
from station.core.locations import config_dir
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.credentials.secret_store import SECRETS_FILE
from station.manifest import Manifest, StationKey
from station.manifest.custody import KeyNotHere
from station.manifest.custody.keyref import keyref_path
from station.manifest.custody.station_keys import key_for_reading, key_for_writing
from station.manifest.secrets import WRONG_KEY_MESSAGE


def make_job(attestation: Attestation = Attestation.SAS_INDIVIDUAL) -> Job:
    return Job("job-1", "esp32-devkit", "0ne0012ABCD", attestation, operator="ana")


def sas_unit(device_id: str, primary: str, secondary: str) -> Unit:
    job = make_job()
    return Unit(
        job=job,
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity(device_id, "counter"),
        credential=Credential(job.attestation, sas_primary=primary, sas_secondary=secondary),
    )


def new_sas_key() -> str:
    return base64.b64encode(secrets.token_bytes(64)).decode()


def record(manifest: Manifest, unit: Unit, provisioned: bool = True) -> None:
    attempt = manifest.begin_attempt(unit.job, unit.board.port)
    manifest.record_pending(attempt, unit)
    if provisioned:
        manifest.record_provisioned(attempt, unit.device_id)


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite.key"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


def test_key_file_is_created_private_and_reloads_the_same_key(key_path: Path) -> None:
    created = StationKey.load_or_create(key_path)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    sealed = created.seal("dev-1", {"sas_primary": "abc"})

    again = StationKey.load_or_create(key_path)
    loaded = StationKey.load(key_path)
    assert again.open("dev-1", sealed) == loaded.open("dev-1", sealed) == {"sas_primary": "abc"}


def test_a_missing_or_bad_key_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no station key"):
        StationKey.load(tmp_path / "nothing.key")
    bad = tmp_path / "bad.key"
    bad.write_text("not a fernet key\n")
    with pytest.raises(ManifestError, match="not a valid key") as caught:
        StationKey.load(bad)
    assert caught.value.hint


def test_secrets_round_trip(path: Path, key_path: Path) -> None:
    primary, secondary = new_sas_key(), new_sas_key()
    with Manifest.open(path, StationKey.load_or_create(key_path)) as manifest:
        record(manifest, sas_unit("dev-1", primary, secondary))
    with Manifest.open(path, StationKey.load(key_path)) as manifest:
        assert manifest.unit_secrets("dev-1") == {
            "sas_primary": primary,
            "sas_secondary": secondary,
        }


def test_secrets_are_encrypted_on_disk(path: Path, key_path: Path) -> None:
    keys = [new_sas_key() for _ in range(6)]
    manifest = Manifest.open(path, StationKey.load_or_create(key_path))
    for n in range(3):
        record(manifest, sas_unit(f"dev-{n}", keys[2 * n], keys[2 * n + 1]), provisioned=n != 2)

    def assert_nowhere_in_clear(with_wal: bool) -> None:
        files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
        assert (Path(f"{path}-wal") in files) is with_wal
        for file in files:
            content = file.read_bytes()
            for sas_key in keys:
                assert sas_key.encode() not in content, file
                assert base64.b64decode(sas_key) not in content, file

    assert_nowhere_in_clear(with_wal=True)  # while the writes sit in the WAL
    manifest.close()
    assert_nowhere_in_clear(with_wal=False)  # and after the checkpoint into the main file


def test_a_wrong_station_key_is_named(path: Path, key_path: Path, tmp_path: Path) -> None:
    with Manifest.open(path, StationKey.load_or_create(key_path)) as manifest:
        record(manifest, sas_unit("dev-1", new_sas_key(), new_sas_key()))
    other = StationKey.load_or_create(tmp_path / "other.key")
    # Refused at open, before the wrong key could seal new units beside the old ones.
    with pytest.raises(ManifestError) as caught:
        Manifest.open(path, other)
    assert caught.value.message == WRONG_KEY_MESSAGE
    assert caught.value.hint


def test_a_lost_key_is_not_silently_replaced(path: Path) -> None:
    key = key_for_writing(path)
    with Manifest.open(path, key) as manifest:
        record(manifest, sas_unit("dev-1", new_sas_key(), new_sas_key()))
    (config_dir() / SECRETS_FILE).unlink()  # the secret store that kept the key is gone
    with pytest.raises(KeyNotHere) as caught:
        key_for_writing(path)
    assert key.key_id in caught.value.message
    assert "restore" in caught.value.hint
    # Without its reference either, the manifest's sealed secrets still refuse a new key.
    keyref_path(path).unlink()
    with pytest.raises(KeyNotHere) as caught:
        key_for_writing(path)
    assert "keeps device keys sealed" in caught.value.message
    assert not keyref_path(path).exists()


def test_a_manifest_without_secrets_gets_a_new_key_kept_out_of_its_folder(path: Path) -> None:
    with Manifest.open(path) as manifest:
        record(manifest, sas_unit("dev-1", "", ""))
    key = key_for_writing(path)
    ref = keyref_path(path)
    assert stat.S_IMODE(ref.stat().st_mode) == 0o600
    assert key.material not in ref.read_bytes()
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name, ref.name,
    ]
    # The same key comes back from its custody: what one seals, the other opens.
    sealed = key.seal("dev-2", {"sas_primary": "abc"})
    assert key_for_reading(path).open("dev-2", sealed) == {"sas_primary": "abc"}
    primary, secondary = new_sas_key(), new_sas_key()
    with Manifest.open(path, key) as manifest:
        assert manifest.unit("dev-1") is not None
        record(manifest, sas_unit("dev-2", primary, secondary))
    with Manifest.open(path, key_for_writing(path)) as manifest:
        assert manifest.unit_secrets("dev-2") == {"sas_primary": primary,
                                                  "sas_secondary": secondary}


def test_storing_a_secret_without_a_station_key_is_refused(path: Path) -> None:
    with Manifest.open(path) as manifest:
        attempt = manifest.begin_attempt(make_job(), "COM3")
        with pytest.raises(ManifestError, match="no station key") as caught:
            manifest.record_pending(attempt, sas_unit("dev-1", new_sas_key(), new_sas_key()))
        assert "key" in caught.value.hint
        assert manifest.unit("dev-1") is None


def test_reading_secrets_without_the_key_is_refused(path: Path, key_path: Path) -> None:
    with Manifest.open(path, StationKey.load_or_create(key_path)) as manifest:
        record(manifest, sas_unit("dev-1", new_sas_key(), new_sas_key()))
    with Manifest.open(path) as manifest:
        unit = manifest.unit("dev-1")
        assert unit is not None and unit.has_secrets
        with pytest.raises(ManifestError, match="no station key was given"):
            manifest.unit_secrets("dev-1")


def test_a_unit_without_secrets_needs_no_key(path: Path) -> None:
    job = make_job(Attestation.TPM)
    unit = Unit(
        job=job,
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity("tpm-1", "tpm-ek"),
        credential=Credential(Attestation.TPM, ek_public="AAEACwAD"),
    )
    with Manifest.open(path) as manifest:
        record(manifest, unit)
        stored = manifest.unit("tpm-1")
        assert stored is not None and not stored.has_secrets and stored.ek_public == "AAEACwAD"
        assert manifest.unit_secrets("tpm-1") == {}


def test_an_x509_leaf_private_key_is_not_kept(path: Path, key_path: Path) -> None:
    job = make_job(Attestation.X509_INDIVIDUAL)
    leaf_key = "-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(os.urandom(48)).decode()
    unit = Unit(
        job=job,
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity("x509-1", "mac"),
        credential=Credential(
            Attestation.X509_INDIVIDUAL,
            cert_pem="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
            key_pem=leaf_key,
            thumbprint_sha1="AB" * 20,
        ),
    )
    with Manifest.open(path, StationKey.load_or_create(key_path)) as manifest:
        record(manifest, unit)
        stored = manifest.unit("x509-1")
        assert stored is not None and not stored.has_secrets
        assert stored.cert_thumbprint_sha1 == "AB" * 20
    assert leaf_key.encode() not in path.read_bytes()


def test_forgotten_secrets_are_gone(path: Path, key_path: Path) -> None:
    with Manifest.open(path, StationKey.load_or_create(key_path)) as manifest:
        record(manifest, sas_unit("dev-1", new_sas_key(), new_sas_key()))
        manifest.forget_secrets("dev-1")
        stored = manifest.unit("dev-1")
        assert stored is not None and not stored.has_secrets
        assert manifest.unit_secrets("dev-1") == {}


def test_sealed_secrets_open_only_for_their_device(path: Path, key_path: Path) -> None:
    with Manifest.open(path, StationKey.load_or_create(key_path)) as manifest:
        record(manifest, sas_unit("dev-1", new_sas_key(), new_sas_key()))
        record(manifest, sas_unit("dev-2", new_sas_key(), new_sas_key()))
    with sqlite3.connect(path) as raw:
        raw.execute(
            "UPDATE units SET secret_ciphertext = "
            "(SELECT secret_ciphertext FROM units WHERE device_id = 'dev-1') "
            "WHERE device_id = 'dev-2'"
        )
    with Manifest.open(path, StationKey.load(key_path)) as manifest:
        with pytest.raises(ManifestError, match="belong to another device"):
            manifest.unit_secrets("dev-2")
