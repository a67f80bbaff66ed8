"""``station cloud group …`` with the CA key or the group keys in a PKCS#11 token (SoftHSM2):
the verification certificate is signed in the token, a SAS group's keys are imported into
it, against the strict local IoT Central of ``tests.cloud_server``, which verifies only a
certificate signed by the uploaded CA's key."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from station.cli import main
from station.credentials.ca import create_ca, write_ca_files
from station.credentials.certificates import thumbprint_sha1
from station.credentials.leaf import issue_leaf
from station.credentials.pkcs11_import import import_ca_key, token_keys
from station.credentials.pkcs11_signers import open_group_key
from station.credentials.sas import derive_device_key
from station.credentials.secret_store import GROUP_KEY, GROUP_KEY_SECONDARY
from station.enrollment.groups import token_ca
from tests.cloud_server import CloudCentral
from tests.softhsm_fixtures import SoftHsm
from tests.test_cloud_groups import APP, ca_files, central, own_folders, run, store

__all__ = ["central", "own_folders", "store"]  # the fixtures this module takes over


def ca_in_token(softhsm: SoftHsm, folder: Path, name: str) -> tuple[Path, str]:
    """A CA whose key is imported into the token; its key file is then removed."""
    ca = create_ca(name)
    cert, key = folder / f"{name}.pem", folder / f"{name}.key.pem"
    write_ca_files(ca, cert, key)
    uri = softhsm.uri(key=name)
    import_ca_key(uri, ca.private_key)  # type: ignore[arg-type]
    key.unlink()  # from here on, only the token can sign for this CA
    return cert, uri


def test_an_x509_group_is_verified_with_a_ca_key_that_stays_in_the_token(  # type: ignore[no-untyped-def]
    softhsm, central, store, capsys, tmp_path
):
    cert, uri = ca_in_token(softhsm, tmp_path, "token-ca")

    status, output = run(
        [
            "cloud",
            "group",
            "create",
            "--target",
            "central",
            "--app",
            APP,
            "--group",
            "x509-line",
            "--attestation",
            "x509",
            "--ca-cert",
            str(cert),
            "--ca-key",
            uri,
        ],
        central,
        store,
        capsys,
    )

    service: CloudCentral = central.service  # type: ignore[assignment]
    assert status == 0 and central.problems == [], output
    assert service.certificates[("x509-line", "primary")]["verified"] is True
    assert "primary CA" in output and "CA verified" in output
    assert "4711" not in output  # the PIN
    # A device whose leaf the token signed is admitted.
    leaf = issue_leaf(token_ca(cert.read_bytes(), uri), "dev-1")
    service.register("dev-1", certificate=x509.load_pem_x509_certificate(leaf.cert_pem.encode()))
    assert service.devices["dev-1"]["provisioned"] is True


def test_a_token_key_of_another_ca_is_refused_by_the_service_in_one_line(  # type: ignore[no-untyped-def]
    softhsm, central, store, capsys, tmp_path
):
    uploaded, uploaded_key = ca_files(tmp_path, "uploaded-ca")
    run(
        [
            "cloud",
            "group",
            "create",
            "--target",
            "central",
            "--app",
            APP,
            "--group",
            "g",
            "--attestation",
            "x509",
            "--ca-cert",
            str(uploaded),
            "--ca-key",
            str(uploaded_key),
        ],
        central,
        store,
        capsys,
    )
    service: CloudCentral = central.service  # type: ignore[assignment]
    service.certificates[("g", "primary")]["verified"] = False
    other, other_uri = ca_in_token(softhsm, tmp_path, "other-ca")

    code = main(
        [
            "cloud",
            "group",
            "verify-ca",
            "--target",
            "central",
            "--app",
            APP,
            "--endpoint",
            central.url,
            "--group",
            "g",
            "--ca-cert",
            str(other),
            "--ca-key",
            other_uri,
        ]
    )

    err = capsys.readouterr().err
    assert code == 1
    assert service.refused_verifications == [
        "The verification certificate was not signed by the private key of the uploaded "
        "certificate."
    ]
    assert service.certificates[("g", "primary")]["verified"] is False
    assert len(err.strip().splitlines()) == 1 and err.startswith("station:")
    assert "did not verify the primary CA of group g" in err
    assert thumbprint_sha1(x509.load_pem_x509_certificate(uploaded.read_bytes())) in err


def test_a_sas_groups_keys_go_into_the_token_and_never_into_the_store(  # type: ignore[no-untyped-def]
    softhsm, central, store, capsys, tmp_path
):
    primary, secondary = softhsm.uri(key="group-primary"), softhsm.uri(key="group-secondary")
    argv = [
        "cloud",
        "group",
        "create",
        "--target",
        "central",
        "--app",
        APP,
        "--group",
        "line",
        "--attestation",
        "sas",
        "--group-key-token",
        primary,
        "--secondary-group-key-token",
        secondary,
    ]

    status, output = run(argv, central, store, capsys)

    service: CloudCentral = central.service  # type: ignore[assignment]
    keys = service.groups["line"]["attestation"]["symmetricKey"]
    assert status == 0 and central.problems == [], output
    assert "imported into token 'Station CA' as 'group-primary'" in output
    assert store.get(GROUP_KEY) == store.get(GROUP_KEY_SECONDARY) == ""
    for key in keys.values():
        assert key not in output
    facts = {fact.label: fact for fact in token_keys(primary)}
    assert facts["group-primary"].sensitive and not facts["group-primary"].extractable
    in_token = open_group_key(primary)
    assert in_token.derive_device_key("dev-7") == derive_device_key(keys["primaryKey"], "dev-7")
    assert open_group_key(secondary).derive_device_key("dev-7") == derive_device_key(
        keys["secondaryKey"], "dev-7"
    )
    # A device with a key the token derived is admitted.
    service.register("dev-7", symmetric_key=in_token.derive_device_key("dev-7"))
    assert service.devices["dev-7"]["provisioned"] is True

    # Again: the keys in the token are the group's, and stay.
    status, output = run(argv, central, store, capsys)
    assert status == 0 and "primary already in token" in output

    # Another group's keys under the same labels are refused in one line, nothing replaced.
    code = main([*argv[:8], "other", *argv[9:], "--endpoint", central.url])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "holds another key labelled 'group-primary'" in err
    assert open_group_key(primary).derive_device_key("dev-7") == derive_device_key(
        keys["primaryKey"], "dev-7"
    )
