"""`station tpm ek` against a real TPM (swtpm)."""

from __future__ import annotations

import json

import pytest

from station.cli import main
from station.credentials.tpm import read_endorsement_key, registration_id_from_ek
from station.simulation.tpm_backend import SwtpmProcess
from tests import tpm_fixtures


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_dps_format_prints_the_base64_ek_alone(
    swtpm: SwtpmProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["tpm", "ek", "--tcti", swtpm.tcti, "--format", "dps"], capsys)

    expected = read_endorsement_key(swtpm.tcti).public_b64
    assert status == 0
    assert out == expected + "\n"
    assert "holds no EK certificate" in err  # warnings stay off stdout


def test_json_format_gives_the_registration_id_and_the_ecc_key(
    swtpm: SwtpmProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        ["tpm", "ek", "--tcti", swtpm.tcti, "--algorithm", "ecc", "--format", "json"], capsys
    )

    facts = json.loads(out)
    ek = read_endorsement_key(swtpm.tcti, template="tcg-ecc-p256")
    assert status == 0
    assert facts["algorithm"] == "ecc-p256"
    assert facts["public_b64"] == ek.public_b64
    assert facts["registration_id"] == registration_id_from_ek(ek.public_bytes)
    assert facts["handle"] is None  # created for the read, not persisted


def test_persist_keeps_the_ek_at_its_handle(
    swtpm: SwtpmProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        ["tpm", "ek", "--tcti", swtpm.tcti, "--persist", "--format", "json"], capsys
    )

    assert status == 0
    assert json.loads(out)["handle"] == "0x81010001"
    assert read_endorsement_key(swtpm.tcti).handle == 0x81010001


def test_pem_format_prints_the_public_key(
    swtpm: SwtpmProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        ["tpm", "ek", "--tcti", swtpm.tcti, "--template", "azure-csdk-rsa", "--format", "pem"],
        capsys,
    )

    ek = read_endorsement_key(swtpm.tcti, template="azure-csdk-rsa")
    assert status == 0
    assert out == ek.public_pem.rstrip("\n") + "\n"
    assert out.startswith("-----BEGIN PUBLIC KEY-----")


def test_the_certificate_is_checked_against_the_makers_cas(
    swtpm_with_ek_cert: SwtpmProcess,
    tpm_ca: tpm_fixtures.MakerCa,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        ["tpm", "ek", "--tcti", swtpm_with_ek_cert.tcti, "--format", "json",
         "--manufacturer-cas", str(tpm_ca.bundle)],
        capsys,
    )

    facts = json.loads(out)
    assert status == 0
    assert facts["certificate_issuer"] == "CN=Station Test TPM Manufacturer CA"
    assert err == ""


def test_an_algorithm_and_a_template_that_disagree_are_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        ["tpm", "ek", "--tcti", "swtpm:host=127.0.0.1,port=1", "--algorithm", "ecc",
         "--template", "tcg-rsa2048"],
        capsys,
    )

    assert status == 1 and out == ""
    assert err.startswith("station: template 'tcg-rsa2048' does not make an ECC key")


def test_an_unreachable_tpm_is_reported(
    swtpm: SwtpmProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    tcti = swtpm.tcti
    swtpm.stop()
    status, out, err = run(["tpm", "ek", "--tcti", tcti], capsys)

    assert status == 1 and out == ""
    assert err.startswith(f"station: could not reach the TPM at {tcti}")


def test_an_unknown_template_is_refused_with_the_known_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        ["tpm", "ek", "--tcti", "swtpm:host=127.0.0.1,port=1", "--template", "tcg-rsa4096"],
        capsys,
    )

    assert status == 1 and out == ""
    assert err.startswith("station: unknown endorsement key template 'tcg-rsa4096'")
    assert "tcg-rsa2048, tcg-ecc-p256, azure-csdk-rsa" in err
