"""``station hsm`` and jobs whose CA key or group key stays in a PKCS#11 token (SoftHSM2):
virtual console boards provisioned through ``station provision``, certificates from
``station cert …``, and one line on stderr, before any board, when the token is wrong."""

from __future__ import annotations

import base64
import re
import secrets
import subprocess
from contextlib import ExitStack
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from station.cli import main
from station.credentials.ca import write_ca_files
from station.credentials.sas import derive_device_key
from station.credentials.x509 import create_ca
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.serving import ByteStream
from tests.softhsm_fixtures import CA_TOKEN, USER_PIN, SoftHsm

SCOPE = "0ne000DE001"
GROUP_KEY = base64.b64encode(secrets.token_bytes(64)).decode()


class CountingBoard(VirtualConsoleBoard):
    """A virtual console board that counts the connections made to it."""

    def __init__(self, seed: str) -> None:
        super().__init__(seed=seed, swap_on_reboot=True)
        self.sessions = 0

    def session(self, stream: ByteStream) -> None:
        self.sessions += 1
        super().session(stream)


def _blob(value: object) -> bytes:
    return value.rstrip(b"\0") if isinstance(value, bytes) else str(value).encode()


def _ca_files(folder: Path, name: str, label: str) -> tuple[Path, Path]:
    ca = create_ca(name)
    cert, key = folder / f"{label}.pem", folder / f"{label}.key.pem"
    write_ca_files(ca, cert, key)
    return cert, key


def _provision(
    boards: VirtualConsoleBoard | list[VirtualConsoleBoard], manifest: Path, *options: str,
    count: int = 3,
) -> int:
    """``station provision`` in this process, on each board as a port of its own."""
    with ExitStack() as stack:
        ports = []
        for board in boards if isinstance(boards, list) else [boards]:
            ports += ["--port", stack.enter_context(board.serve_tcp()).url]
        return main(["provision", "--profile", "demo-console", *ports,
                     "--id-scope", SCOPE, "--count", str(count), "--no-wait",
                     "--manifest", str(manifest), *options])


def test_x509_group_units_are_provisioned_with_the_ca_key_in_the_token(
    softhsm: SoftHsm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cert, key = _ca_files(tmp_path, "Line CA", "line-ca")
    uri = softhsm.uri(key="line-ca")
    assert main(["hsm", "import-ca-key", "--token", uri, "--ca-cert", str(cert),
                 "--ca-key", str(key)]) == 0
    assert "imported into token 'Station CA', key 'line-ca' (sensitive, non-extractable)" \
        in capsys.readouterr().out
    key.unlink()  # from now on the key exists only in the token

    boards = [CountingBoard("hsm-x509-a"), CountingBoard("hsm-x509-b")]  # two ports at once
    status = _provision(boards, tmp_path / "m.sqlite", "--attestation", "x509-group",
                        "--ca-cert", str(cert), "--ca-key", uri, count=4)
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "4 provisioned, 0 failed" in captured.out

    units = [unit for board in boards for unit in board.retired]
    assert len(units) == 4 and all(board.retired for board in boards)
    leaves = []
    for unit in units:
        stored = unit.committed["dps"]
        leaf = x509.load_pem_x509_certificate(_blob(stored["cert_pem"]))
        cn = leaf.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
        assert cn == stored["device_id"]
        device_key = serialization.load_pem_private_key(_blob(stored["key_pem"]), None)
        assert device_key.public_key() == leaf.public_key()
        leaf_path = tmp_path / f"{cn}.pem"
        leaf_path.write_bytes(_blob(stored["cert_pem"]))
        leaves.append(str(leaf_path))
    verified = subprocess.run(["openssl", "verify", "-CAfile", str(cert), "-purpose",
                               "sslclient", *leaves], capture_output=True, text=True)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.count(": OK") == 4
    assert USER_PIN not in captured.out + captured.err


def test_sas_group_units_get_device_keys_derived_in_the_token(
    softhsm: SoftHsm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key_file = tmp_path / "group.key"
    key_file.write_text(GROUP_KEY + "\n", encoding="ascii")
    uri = softhsm.uri(key="group")
    assert main(["hsm", "import-group-key", "--token", uri,
                 "--group-key-file", str(key_file)]) == 0
    assert "group key (64 bytes, HMAC-SHA256) imported" in capsys.readouterr().out
    # The PIN kept in the station's secrets instead of the environment.
    assert main(["hsm", "pin", "--token", softhsm.uri()]) == 0
    monkeypatch.delenv("STATION_HSM_PIN")

    board = CountingBoard("hsm-sas")
    status = _provision(board, tmp_path / "m.sqlite", "--attestation", "sas-group",
                        "--group-key-token", uri)
    captured = capsys.readouterr()
    assert status == 0, captured.err

    assert len(board.retired) == 3
    for unit in board.retired:
        stored = unit.committed["dps"]
        assert stored["sas_key"] == derive_device_key(GROUP_KEY, str(stored["device_id"]))

    assert main(["hsm", "keys", "--token", softhsm.uri()]) == 0
    assert capsys.readouterr().out == "group: generic secret key, sensitive, non-extractable\n"


def test_cert_commands_sign_in_the_token(
    softhsm: SoftHsm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cert, key = _ca_files(tmp_path, "Cert CA", "cert-ca")
    uri = softhsm.uri(key="cert-ca")
    assert main(["hsm", "import-ca-key", "--token", uri, "--ca-cert", str(cert),
                 "--ca-key", str(key)]) == 0
    out = tmp_path / "out"

    assert main(["cert", "issue", "--ca-cert", str(cert), "--ca-key", uri,
                 "--device-id", "bench-unit-1", "--out", str(out)]) == 0
    assert main(["cert", "verification", "--ca-cert", str(cert), "--ca-key", uri,
                 "--code", "A1B2C3D4E5", "--out", str(out / "proof.pem")]) == 0
    capsys.readouterr()

    for name, cn in (("bench-unit-1.cert.pem", "bench-unit-1"), ("proof.pem", "A1B2C3D4E5")):
        verified = subprocess.run(["openssl", "verify", "-CAfile", str(cert), str(out / name)],
                                  capture_output=True, text=True)
        assert verified.returncode == 0, verified.stdout + verified.stderr
        issued = x509.load_pem_x509_certificate((out / name).read_bytes())
        assert issued.subject.rfc4514_string() == f"CN={cn}"


@pytest.mark.parametrize("fault", ["missing token", "wrong PIN", "no PIN", "wrong key",
                                   "missing key", "missing module"])
def test_a_wrong_token_is_one_line_before_any_board(
    fault: str, softhsm: SoftHsm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cert, key = _ca_files(tmp_path, "Job CA", "job-ca")
    assert main(["hsm", "import-ca-key", "--token", softhsm.uri(key="job-ca"),
                 "--ca-cert", str(cert), "--ca-key", str(key)]) == 0
    other_cert, other_key = _ca_files(tmp_path, "Other CA", "other-ca")
    assert main(["hsm", "import-ca-key", "--token", softhsm.uri(key="other-ca"),
                 "--ca-cert", str(other_cert), "--ca-key", str(other_key)]) == 0
    capsys.readouterr()
    from station.credentials.pkcs11_token import close_tokens

    close_tokens()  # the job logs in afresh, as a new station process does
    uri, expected = {
        "missing token": (softhsm.uri("Line 2 CA", "job-ca"),
                          "no token labelled 'Line 2 CA' is present"),
        "wrong PIN": (softhsm.uri(key="job-ca"), f"the PIN for token '{CA_TOKEN}' is wrong"),
        "no PIN": (softhsm.uri(key="job-ca"), f"no PIN is given for token '{CA_TOKEN}'"),
        "wrong key": (softhsm.uri(key="other-ca"),
                      f"the key 'other-ca' in token '{CA_TOKEN}' is not the key of the CA "
                      "certificate 'CN=Job CA'"),
        "missing key": (softhsm.uri(key="job-ca-2"),
                        f"token '{CA_TOKEN}' holds no private key labelled 'job-ca-2'"),
        "missing module": ("pkcs11:token=Station%20CA;object=job-ca?module-path=/opt/none.so",
                           "the PKCS#11 module /opt/none.so does not exist"),
    }[fault]
    if fault == "wrong PIN":
        monkeypatch.setenv("STATION_HSM_PIN", "0000-not-it")
    if fault == "no PIN":
        monkeypatch.delenv("STATION_HSM_PIN")

    board = CountingBoard(f"hsm-{fault}")
    status = _provision(board, tmp_path / "m.sqlite", "--attestation", "x509-group",
                        "--ca-cert", str(cert), "--ca-key", uri)
    captured = capsys.readouterr()
    assert status == 1
    (line,) = captured.err.splitlines()
    # message (hint) [code]
    assert line.startswith(f"station: {expected}") and re.search(r"\) \[[a-z-]+\]$", line)
    assert board.sessions == 0 and board.received == [] and board.retired == []
    assert "0000-not-it" not in captured.out + captured.err
    assert USER_PIN not in captured.out + captured.err


def test_a_group_key_token_that_is_wrong_is_one_line_before_any_board(
    softhsm: SoftHsm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STATION_HSM_PIN", "0000-not-it")
    board = CountingBoard("hsm-sas-wrong-pin")
    status = _provision(board, tmp_path / "m.sqlite", "--attestation", "sas-group",
                        "--group-key-token", softhsm.uri(key="group"))
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.splitlines() == [
        f"station: the PIN for token '{CA_TOKEN}' is wrong (check STATION_HSM_PIN or the PIN "
        "kept with `station hsm pin`; most tokens lock themselves after a few wrong PINs) "
        "[credentials]"
    ]
    assert board.sessions == 0


@pytest.mark.parametrize("action", ["import-ca-key", "import-group-key", "pin", "keys"])
def test_the_readme_synopsis_names_every_hsm_option(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["hsm", action, "--help"])
    options = set(re.findall(r"--[a-z][a-z-]+", capsys.readouterr().out)) - {"--help"}
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    synopsis = readme.split(f"station hsm {action} ", 1)[1].split("\nstation ", 1)[0]
    assert sorted(options - set(re.findall(r"--[a-z][a-z-]+", synopsis))) == []
    provision = readme.split("station provision ", 1)[1].split("\nstation ", 1)[0]
    assert "--group-key-token URI [--secondary-group-key-token URI]" in provision
    assert "--ca-key F|URI" in provision


def test_import_ca_key_prints_no_secret(
    softhsm: SoftHsm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cert, key = _ca_files(tmp_path, "Quiet CA", "quiet-ca")
    key_pem = key.read_text()
    body = "".join(key_pem.strip().splitlines()[1:-1])

    # A PIN in the URI is refused before anything is printed back.
    with_pin = softhsm.uri(key="quiet-ca").replace(";object=", f";pin-value={USER_PIN};object=")
    assert main(["hsm", "import-ca-key", "--token", with_pin, "--ca-cert", str(cert),
                 "--ca-key", str(key)]) != 0
    refused = capsys.readouterr()
    assert USER_PIN not in refused.out + refused.err
    assert "a PIN does not go in the pkcs11: URI" in refused.err

    # The closing lines name the token URI and the key file's path, never the key or PIN.
    assert main(["hsm", "import-ca-key", "--token", softhsm.uri(key="quiet-ca"),
                 "--ca-cert", str(cert), "--ca-key", str(key)]) == 0
    done = capsys.readouterr()
    shown = done.out + done.err
    assert f"instead of {key}" in shown
    assert USER_PIN not in shown and body[:40] not in shown and "PRIVATE KEY" not in shown
