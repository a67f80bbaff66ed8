"""Files named after a device ID are valid and distinct on Windows for every valid ID.

DPS accepts ``:`` and names such as ``con`` or ``com1`` that Windows refuses
as file names; the label SVGs and ``station cert issue``'s files must still
be writable there, and two devices must never share a file.
"""

from __future__ import annotations

import doctest
import itertools
from pathlib import Path

import pytest
from cryptography import x509

from station.cli import main
from station.core import file_names
from station.core.file_names import device_file_name, device_file_stem
from station.core.labels import write_label_svg
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.credentials.x509 import create_ca, write_ca_files
from station.identity.rules import validate_device_id

# What Windows refuses, written from its documentation ("Naming Files, Paths, and
# Namespaces"), independently of the station's own mapping.
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(code) for code in range(32)}
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{port}{n}" for port in ("com", "lpt") for n in range(10)
}
NAME_MAX = 255

HOSTILE_IDS = [
    "a:b", "a.b", "a-b", "a_b", "con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt0",
    "con.1", "nul.tar.gz", "com1:2", "aux-1", "a::b", "a:.b", "a.:b",
    "a" + ":a" * 63,  # the longest valid ID, with as many colons as it can hold
]


def windows_problem(name: str) -> str | None:
    """Why Windows would refuse or change ``name`` as a file name, or None."""
    bad = sorted({char for char in name if char in WINDOWS_FORBIDDEN})
    if bad:
        return f"holds {bad}"
    if name.endswith((".", " ")):
        return "ends with a dot or space, which Windows strips"
    if name.split(".")[0].rstrip(" ").lower() in WINDOWS_RESERVED:
        return "is a reserved device name"
    if len(name) > NAME_MAX:
        return f"is {len(name)} characters long"
    return None


def assert_windows_safe_and_distinct(names: dict[str, str]) -> None:
    """``names`` maps device IDs to file names."""
    problems = {i: windows_problem(n) for i, n in names.items() if windows_problem(n)}
    assert problems == {}
    assert len({name.casefold() for name in names.values()}) == len(names)


def _unit(device_id: str) -> Unit:
    return Unit(
        job=Job("job-1", "demo-console", "0ne0012ABCD", Attestation.SAS_INDIVIDUAL),
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity(device_id, "counter"),
        credential=Credential(Attestation.SAS_INDIVIDUAL, sas_primary="cHJpbWFyeQ=="),
    )


def test_the_hostile_ids_are_valid_registration_ids() -> None:
    for device_id in HOSTILE_IDS:
        assert validate_device_id(device_id) == device_id


def test_labels_of_windows_hostile_ids_have_windows_safe_distinct_names(tmp_path: Path) -> None:
    paths = {device_id: write_label_svg(_unit(device_id), tmp_path) for device_id in HOSTILE_IDS}
    assert all(path.parent == tmp_path and path.is_file() for path in paths.values())
    assert_windows_safe_and_distinct({i: path.name for i, path in paths.items()})


@pytest.mark.parametrize("device_id", ["dev-7", "unit_1.rev2", "a4cf12b0c3d4", "com10", "console"])
def test_a_label_of_an_id_that_is_already_safe_keeps_its_name(
    tmp_path: Path, device_id: str
) -> None:
    assert write_label_svg(_unit(device_id), tmp_path).name == f"{device_id}.svg"


@pytest.fixture
def ca_files(tmp_path: Path) -> list[str]:
    write_ca_files(create_ca("File Name Test CA"), tmp_path / "ca.pem", tmp_path / "ca.key")
    return ["--ca-cert", str(tmp_path / "ca.pem"), "--ca-key", str(tmp_path / "ca.key")]


@pytest.mark.parametrize("device_id", ["a:b", "con", "com1", "lpt1.rev2"])
def test_cert_issue_names_its_files_safely_and_the_cn_is_the_device_id(
    tmp_path: Path, ca_files: list[str], device_id: str, capsys
) -> None:
    out = tmp_path / "out"
    assert main(["cert", "issue", *ca_files, "--device-id", device_id, "--out", str(out)]) == 0
    written = sorted(out.iterdir())
    assert [str(path) for path in written] == sorted(capsys.readouterr().out.split())
    assert_windows_safe_and_distinct({path.name: path.name for path in written})
    [cert] = [path for path in written if path.name.endswith(".cert.pem")]
    leaf = x509.load_pem_x509_certificate(cert.read_bytes())
    assert leaf.subject.rfc4514_string() == f"CN={device_id}"


def test_cert_issue_for_two_ids_never_shares_a_file(tmp_path: Path, ca_files: list[str]) -> None:
    out = tmp_path / "out"
    for device_id in ("a:b", "a.b", "a-b", "a_b"):
        assert main(["cert", "issue", *ca_files, "--device-id", device_id,
                     "--out", str(out)]) == 0
    assert len(list(out.iterdir())) == 4 * 3


# -- the mapping itself --------------------------------------------------------------


def _valid_ids(alphabet: str, longest: int) -> list[str]:
    """Every valid registration ID over ``alphabet`` up to ``longest`` characters."""
    ids: list[str] = []
    for length in range(1, longest + 1):
        for chars in itertools.product(alphabet, repeat=length):
            device_id = "".join(chars)
            if device_id[0].isalnum() and device_id[-1].isalnum():
                ids.append(device_id)
    return ids


def test_every_short_id_gives_a_windows_safe_distinct_name() -> None:
    ids = _valid_ids("acn1:._-", 4) + [
        f"{name}{tail}" for name in WINDOWS_RESERVED for tail in ("", ".1", ".a.b", ":1", "1")
    ]
    assert_windows_safe_and_distinct({i: device_file_name(i, ".svg") for i in set(ids)})


def test_any_text_gives_a_windows_safe_distinct_name() -> None:
    hostile = ["A:B", "a:b", "a+b", "a%3Ab", "a%3ab", "../etc/passwd", "..", ".", "a.", ".a",
               "con ", "CON", "com¹", "a b", 'a"b', "a\\b", "a\x00b", "ümlaut", "a|b*c?"]
    names = {i: device_file_name(i, ".svg") for i in hostile}
    assert_windows_safe_and_distinct(names)
    assert all("/" not in name and name != ".svg" for name in names.values())


def test_the_longest_valid_id_gives_a_short_enough_name() -> None:
    worst = "c" + ":c" * 63 + "c"  # 128 characters, 63 of them colons
    assert len(device_file_stem(worst)) == 128
    assert len(device_file_stem("con." + "a" * 124)) == 130


def test_the_documented_examples_hold() -> None:
    failed, tried = doctest.testmod(file_names, report=False)
    assert tried >= 3 and failed == 0


def test_the_readme_documents_the_label_file_names() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    files = readme.split("### Files", 1)[1].split("\n### ", 1)[0]
    for example in ("`a4:cf:12`", "`a4+cf+12.svg`", "`%63on.svg`"):
        assert example in files
    assert device_file_name("a4:cf:12", ".svg") == "a4+cf+12.svg"
    assert device_file_name("con", ".svg") == "%63on.svg"
