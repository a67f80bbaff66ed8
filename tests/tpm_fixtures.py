"""Fixtures that start real TPMs (swtpm) for the TPM tests.

Register with ``pytest_plugins = ["tests.tpm_fixtures"]`` in the top-level
conftest, or import the fixtures into a test module.

- ``swtpm``: a fresh TPM with no EK certificate and nothing persisted.
- ``tpm_ca``: a test "TPM manufacturer" CA (key, certificate, PEM bundle).
- ``manufactured_tpms``: two TPM states made once per session by
  ``swtpm_setup --create-ek-cert`` with certificates from ``tpm_ca`` (as a
  TPM maker does at the factory); each test gets its own copy.
- ``swtpm_with_ek_cert``: a TPM started from a copy of the first of them.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from station.simulation.tpm_backend import SwtpmProcess


def tpm_extra_missing() -> str:
    """Why the TPM tests cannot run here ("" when they can): tpm2-pytss, the project's
    ``tpm`` extra, does not import."""
    try:
        import tpm2_pytss  # noqa: F401
    except ImportError as exc:
        return (
            f"the TPM tests need tpm2-pytss, the project's 'tpm' extra, which does not import "
            f"here ({exc}); install it with bash packaging/setup.sh install, or "
            "pip install -e '.[tpm]' (it builds against libtss2-dev, with pkg-config and gcc)"
        )
    return ""


def require_tpm_extra() -> None:
    """Fail the calling test in one line, saying what to install, when the ``tpm`` extra
    is missing: the set-up installs it, so its absence is a fault, not a reason to skip."""
    missing = tpm_extra_missing()
    if missing:
        pytest.fail(missing, pytrace=False)


@dataclass(frozen=True)
class MakerCa:
    """A CA that stands in for a TPM maker's EK-certificate CA."""

    dir: Path
    key_path: Path
    cert_path: Path
    cert: x509.Certificate

    @property
    def bundle(self) -> Path:
        """The PEM bundle the station is configured with."""
        return self.cert_path


@dataclass(frozen=True)
class ManufacturedTpm:
    """TPM state as swtpm_setup left it, and the EK certificate it stored."""

    state_dir: Path
    ek_cert_der: bytes


def make_ca(
    folder: Path,
    common_name: str,
    issuer: MakerCa | None = None,
    *,
    is_ca: bool = True,
    valid_days: int = 3650,
) -> MakerCa:
    """An RSA CA in ``folder`` (key.pem, cert.pem): self-signed, or issued by ``issuer``.

    ``is_ca=False`` marks it BasicConstraints ca=False and ``valid_days``
    below 0 makes it expired, for chains the station must refuse.
    """
    folder.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    signing_key = key
    issuer_name = name
    if issuer is not None:
        loaded = serialization.load_pem_private_key(issuer.key_path.read_bytes(), password=None)
        assert isinstance(loaded, rsa.RSAPrivateKey)
        signing_key, issuer_name = loaded, issuer.cert.subject
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=max(1, -valid_days + 1)))
        .not_valid_after(now + datetime.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(signing_key, hashes.SHA256())
    )
    key_path = folder / "key.pem"
    cert_path = folder / "cert.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return MakerCa(dir=folder, key_path=key_path, cert_path=cert_path, cert=cert)


def write_bundle(path: Path, *cas: MakerCa) -> Path:
    """A PEM bundle at ``path`` holding the certificates of ``cas``, in that order."""
    path.write_bytes(b"".join(ca.cert_path.read_bytes() for ca in cas))
    return path


def manufacture_tpm(state_dir: Path, ca: MakerCa, work_dir: Path) -> ManufacturedTpm:
    """Run swtpm_setup as a TPM maker would: EK, EK certificate from ``ca``, platform cert.

    swtpm_setup reads its CA from a swtpm-localca configuration; ours points
    at the test CA instead of the system one (/etc/swtpm-localca.conf).
    """
    work_dir.mkdir(parents=True, exist_ok=True)
    state_dir.mkdir(parents=True, exist_ok=True)
    localca_conf = work_dir / "swtpm-localca.conf"
    localca_conf.write_text(
        f"statedir = {ca.dir}\n"
        f"signingkey = {ca.key_path}\n"
        f"issuercert = {ca.cert_path}\n"
        f"certserial = {ca.dir / 'certserial'}\n"
    )
    localca_options = work_dir / "swtpm-localca.options"
    localca_options.write_text(
        "--platform-manufacturer Station-Test\n--platform-version 2.1\n--platform-model Virtual\n"
    )
    setup_conf = work_dir / "swtpm_setup.conf"
    setup_conf.write_text(
        f"create_certs_tool = {shutil.which('swtpm_localca')}\n"
        f"create_certs_tool_config = {localca_conf}\n"
        f"create_certs_tool_options = {localca_options}\n"
        "active_pcr_banks = sha256\n"
    )
    cert_dir = work_dir / "certs"
    cert_dir.mkdir(exist_ok=True)
    subprocess.run(
        [
            "swtpm_setup",
            "--tpm2",
            "--tpmstate",
            str(state_dir),
            "--create-ek-cert",
            "--create-platform-cert",
            "--config",
            str(setup_conf),
            "--write-ek-cert-files",
            str(cert_dir),
            "--logfile",
            str(work_dir / "swtpm_setup.log"),
        ],
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    return ManufacturedTpm(
        state_dir=state_dir, ek_cert_der=(cert_dir / "ek-rsa2048.crt").read_bytes()
    )


def write_nv_index(tcti: str, index: int, data: bytes) -> None:
    """Define NV index ``index`` holding ``data``, as a TPM maker does for EK certificates.

    The index is defined by the platform hierarchy (empty auth on a
    simulator), readable by anyone: the TCG EK Credential Profile's attributes.
    """
    from tpm2_pytss import TSS2_Exception
    from tpm2_pytss.constants import ESYS_TR, TPM2_ALG, TPMA_NV
    from tpm2_pytss.types import TPM2B_NV_PUBLIC, TPMS_NV_PUBLIC

    from station.credentials.tpm_tcti import open_esapi

    attrs = (
        TPMA_NV.PPWRITE
        | TPMA_NV.PPREAD
        | TPMA_NV.OWNERREAD
        | TPMA_NV.AUTHREAD
        | TPMA_NV.NO_DA
        | TPMA_NV.PLATFORMCREATE
    )
    with open_esapi(tcti) as ectx:
        try:
            existing = ectx.tr_from_tpmpublic(index)
            ectx.nv_undefine_space(existing, ESYS_TR.PLATFORM)
        except TSS2_Exception:
            pass
        public = TPM2B_NV_PUBLIC(
            nvPublic=TPMS_NV_PUBLIC(
                nvIndex=index, nameAlg=TPM2_ALG.SHA256, attributes=attrs, dataSize=len(data)
            )
        )
        handle = ectx.nv_define_space(None, public, ESYS_TR.PLATFORM)
        chunk = 512
        for offset in range(0, len(data), chunk):
            ectx.nv_write(handle, data[offset : offset + chunk], offset, ESYS_TR.PLATFORM)


@pytest.fixture
def swtpm(tmp_path: Path) -> Iterator[SwtpmProcess]:
    """A fresh swtpm on a free loopback port: no EK certificate, nothing persisted.

    The station talks to it through tpm2-pytss: without the ``tpm`` extra the test
    fails in one line saying what to install.
    """
    require_tpm_extra()
    with SwtpmProcess(tmp_path / "swtpm-state") as process:
        yield process


@pytest.fixture(scope="session")
def tpm_ca(tmp_path_factory: pytest.TempPathFactory) -> MakerCa:
    return make_ca(tmp_path_factory.mktemp("tpm-ca"), "Station Test TPM Manufacturer CA")


@pytest.fixture(scope="session")
def manufactured_tpms(
    tpm_ca: MakerCa, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ManufacturedTpm, ManufacturedTpm]:
    """Two TPMs from the same (test) maker; never started: tests copy their state."""
    root = tmp_path_factory.mktemp("manufactured-tpms")
    return (
        manufacture_tpm(root / "a" / "state", tpm_ca, root / "a" / "setup"),
        manufacture_tpm(root / "b" / "state", tpm_ca, root / "b" / "setup"),
    )


@pytest.fixture
def swtpm_with_ek_cert(
    manufactured_tpms: tuple[ManufacturedTpm, ManufacturedTpm], tmp_path: Path
) -> Iterator[SwtpmProcess]:
    """A TPM as it comes from its maker: RSA EK persisted at 0x81010001, EK cert in NV."""
    require_tpm_extra()
    state = tmp_path / "manufactured-state"
    shutil.copytree(manufactured_tpms[0].state_dir, state)
    with SwtpmProcess(state) as process:
        yield process
