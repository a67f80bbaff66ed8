"""Profile files made to break the reader: each is refused in one line, never hangs or crashes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ProfileError
from station.profiles.loader import PROFILE_MAX_BYTES, TOML_MAX_DEPTH, find_profile, load_profile
from station.profiles.locations import repo_root

DEMO = repo_root() / "firmware_profiles" / "demo-console.toml"
DEV_ZERO = Path("/dev/zero")


def demo_with(old: str, new: str) -> str:
    text = DEMO.read_text()
    assert old in text
    return text.replace(old, new, 1)


def check_lines(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What `station profiles check PATH` prints, after checking it is an error and no
    traceback."""
    assert main(["profiles", "check", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    lines = captured.out.splitlines()
    assert lines[-1].startswith("checked 1 profile(s): ")
    return lines[:-1]


def single_line(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    lines = check_lines(path, capsys)
    assert len(lines) == 1, lines
    assert "\n" not in lines[0]
    return lines[0]


def nested(depth: int) -> str:
    return "a = " + "[" * depth + "]" * depth + "\n"


@pytest.mark.parametrize(
    "text",
    [
        nested(5000),
        "a = " + "{ b = " * 3000 + "1" + " }" * 3000 + "\n",
        nested(TOML_MAX_DEPTH),  # with the key's own table, one level too many
    ],
    ids=["arrays-5000", "inline-tables-3000", "arrays-just-too-deep"],
)
def test_deep_nesting_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  text: str) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(text)
    assert single_line(path, capsys) == (
        f"{path}: (toml): nests tables and arrays more than {TOML_MAX_DEPTH} levels deep; "
        f"allowed: at most {TOML_MAX_DEPTH} levels"
    )


def test_nesting_within_the_limit_reaches_the_schema(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "shallow.toml"
    path.write_text(nested(TOML_MAX_DEPTH - 1))
    lines = check_lines(path, capsys)
    assert any(": a: unknown key" in line for line in lines)


def test_deep_twin_arrays_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo-console.toml"
    path.write_text(DEMO.read_text() + "\n[enrollment.initial_twin_tags]\nsite = "
                    + "[" * 900 + "]" * 900 + "\n")
    assert "more than" in single_line(path, capsys)


def test_dev_zero_is_refused_by_its_size(capsys: pytest.CaptureFixture[str]) -> None:
    assert DEV_ZERO.exists()
    expected = (f"{DEV_ZERO}: (file): is larger than 1 MiB; "
                "allowed: a profile file of at most 1 MiB")
    assert single_line(DEV_ZERO, capsys) == expected
    with pytest.raises(ProfileError) as caught:
        load_profile(DEV_ZERO)
    assert caught.value.problems == [expected]


def test_a_profile_option_naming_dev_zero_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["demo", "--profile", str(DEV_ZERO), "--count", "1", "--boards", "1",
            "--manifest", str(tmp_path / "m.sqlite")]
    assert main(argv) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "is larger than" in lines[0]
    assert "Traceback" not in captured.err


def test_an_oversized_file_is_refused_before_parsing(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.toml"
    path.write_text(DEMO.read_text() + "#" * PROFILE_MAX_BYTES)
    assert "is larger than" in single_line(path, capsys)


def test_finding_an_id_skips_a_link_to_dev_zero(tmp_path: Path) -> None:
    (tmp_path / "demo-console.toml").write_text(DEMO.read_text())
    os.symlink(DEV_ZERO, tmp_path / "zero.toml")
    assert find_profile("demo-console", [tmp_path]).id == "demo-console"


def test_an_integer_too_long_to_read_is_one_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "digits.toml"
    path.write_text(demo_with("baud = 115200", "baud = " + "9" * 5000))
    line = single_line(path, capsys)
    assert line.startswith(f"{path}: (toml): invalid TOML: a number has more than")
    assert "allowed: " in line


def test_twin_integers_must_fit_64_bits(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo-console.toml"
    path.write_text(DEMO.read_text()
                    + "\n[enrollment.initial_twin_desired]\nbig = 99999999999999999999999\n")
    assert single_line(path, capsys).endswith(
        "enrollment.initial_twin_desired: initial_twin_desired.big is "
        "99999999999999999999999; allowed: a whole number from -2**63 to 2**63-1"
    )


def test_a_slow_barcode_pattern_fails_the_check(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo-console.toml"
    path.write_text(demo_with('rule = "mac"\nprefix = "demo"\ntemplate = "{prefix}-{mac}"',
                              'rule = "barcode"\npattern = "(a+)+b"'))
    line = single_line(path, capsys)
    assert line.startswith(f"{path}: identity.pattern: '(a+)+b' ")
    assert "allowed: " in line


def test_storage_over_the_bootloader_fails_the_check(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "my-esp32.toml"
    path.write_text((DEMO.parent / "demo-esp32.toml").read_text()
                    .replace("offset = 0x9000", "offset = 0x0")
                    .replace('id = "demo-esp32"', 'id = "my-esp32"'))
    assert "storage.offset: storage (0x0-0x5fff) overlaps the esp32 bootloader" in (
        single_line(path, capsys)
    )
