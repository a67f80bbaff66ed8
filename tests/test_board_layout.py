"""What firmware reads: the certificate layout and the PEM terminator on a console board.

The layout (firmware_profiles/README.md, "What the firmware reads"):
``cert_pem`` is the leaf followed by its intermediate CAs, ``chain_pem`` the
root above them, and every PEM blob ends with one NUL that its length counts,
as mbedTLS and esp-tls need. The virtual console board's store is read back
here; tests/test_esp32_end_to_end.py reads the ESP32's flash through esptool.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from station.core.models import Attestation
from station.core.pipeline import run_unit
from station.credentials.ca import CertificateAuthority, create_ca
from station.credentials.certificates import pem_bundle
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.simulation.console_board import VirtualConsoleBoard

SCOPE = "0ne000DE001"
NUL = b"\0"


@pytest.fixture(scope="module")
def root() -> CertificateAuthority:
    return create_ca("Layout Test Root CA")


@pytest.fixture(scope="module")
def intermediate(root: CertificateAuthority) -> CertificateAuthority:
    return create_ca("Layout Test Issuing CA", parent=root)


def provision_console(tmp_path: Path, mode: Attestation, ca: CertificateAuthority | None):
    """Provision one virtual console board with demo-console; (board's values, leaf PEM)."""
    plan = build_plan(
        find_profile("demo-console"),
        JobSettings(id_scope=SCOPE, attestation=mode),
        JobSecrets(ca=ca),
        counters=None,
    )
    board = VirtualConsoleBoard(seed="layout")
    key = StationKey.generate()
    with board.serve_tcp() as served, Manifest.open(tmp_path / "m.sqlite", key) as manifest:
        result = run_unit(plan, served.url, manifest, lambda event: None)
        assert result.ok, result.reason
        unit = manifest.unit(result.device_id)
        assert unit is not None
        leaf_pem = unit.cert_pem
    return board.committed["dps"], leaf_pem


def pem_text(blob: object) -> bytes:
    """The PEM inside a blob that must end with exactly one NUL."""
    assert isinstance(blob, bytes)
    assert blob.endswith(NUL) and not blob.endswith(NUL + NUL)
    assert NUL not in blob[:-1]
    return blob[:-1]


def openssl_verify(folder: Path, root: bytes, untrusted: bytes, leaf: bytes) -> str:
    (folder / "root.pem").write_bytes(root)
    (folder / "untrusted.pem").write_bytes(untrusted)
    (folder / "leaf.pem").write_bytes(leaf)
    done = subprocess.run(
        ["openssl", "verify", "-CAfile", "root.pem", "-untrusted", "untrusted.pem", "leaf.pem"],
        cwd=folder, capture_output=True, text=True,
    )
    return done.stdout + done.stderr


# --------------------------------------------------------------------------- the console board


def test_console_board_gets_leaf_and_intermediate_in_cert_pem_and_the_root_in_chain_pem(
    tmp_path, root, intermediate
):
    held, leaf_pem = provision_console(tmp_path, Attestation.X509_GROUP, intermediate)

    assert held["cert_pem"] == (leaf_pem + intermediate.cert_pem()).encode() + NUL
    assert held["chain_pem"] == root.cert_pem().encode() + NUL

    presented = x509.load_pem_x509_certificates(pem_text(held["cert_pem"]))
    leaf = x509.load_pem_x509_certificate(leaf_pem.encode())
    assert presented == [leaf, intermediate.certificate]
    whole = presented + x509.load_pem_x509_certificates(pem_text(held["chain_pem"]))
    assert whole.count(leaf) == 1

    untrusted = pem_bundle(presented[1:]).encode()
    verdict = openssl_verify(tmp_path, pem_text(held["chain_pem"]), untrusted, leaf_pem.encode())
    assert verdict.strip() == "leaf.pem: OK"


def test_console_board_key_pem_is_nul_terminated_and_matches_the_leaf(tmp_path, intermediate):
    held, leaf_pem = provision_console(tmp_path, Attestation.X509_GROUP, intermediate)
    key = serialization.load_pem_private_key(pem_text(held["key_pem"]), password=None)
    leaf = x509.load_pem_x509_certificate(leaf_pem.encode())
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    assert key.public_key().public_bytes(*spki) == leaf.public_key().public_bytes(*spki)


def test_a_self_signed_device_gets_its_certificate_alone_and_no_chain(tmp_path):
    held, leaf_pem = provision_console(tmp_path, Attestation.X509_INDIVIDUAL, None)
    assert held["cert_pem"] == leaf_pem.encode() + NUL
    assert "chain_pem" not in held
