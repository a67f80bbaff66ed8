"""The profile's optional [enrollment] section: what DPS individual enrollments carry."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.core.errors import ProfileError
from station.enrollment.options import EnrollmentOptions
from station.profiles.loader import check_paths, load_profile
from tests.enrollment_server import write_profile


def problems(path: Path) -> list[str]:
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    return caught.value.problems


def test_a_profile_without_the_section_gets_the_defaults(tmp_path: Path):
    loaded = load_profile(write_profile(tmp_path))
    section = loaded.profile.enrollment
    assert EnrollmentOptions.from_section(section) == EnrollmentOptions("enabled", False, None)


def test_the_section_becomes_enrollment_options(tmp_path: Path):
    path = write_profile(tmp_path, enrollment="""
[enrollment]
provisioning_status = "disabled"
iot_edge = true
initial_twin_tags = { site = "plant-7", rack = { row = 2 } }
initial_twin_desired = { interval = 30, enabled = false, levels = [1, 2] }
""")
    options = EnrollmentOptions.from_section(load_profile(path).profile.enrollment)
    assert options == EnrollmentOptions(
        "disabled",
        True,
        {
            "tags": {"site": "plant-7", "rack": {"row": 2}},
            "properties": {"desired": {"interval": 30, "enabled": False, "levels": [1, 2]}},
        },
    )


def test_only_the_tables_given_appear_in_the_twin(tmp_path: Path):
    path = write_profile(tmp_path, enrollment='[enrollment.initial_twin_desired]\nfw = "1.2"\n')
    twin = load_profile(path).profile.enrollment.initial_twin
    assert twin == {"properties": {"desired": {"fw": "1.2"}}}


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ('provisioning_status = "off"', "enrollment.provisioning_status"),
        ('iot_edge = "yes"', "enrollment.iot_edge"),
        ("initial_twin = {}", "enrollment.initial_twin"),
        ('initial_twin_tags = { "a.b" = 1 }', "key 'a.b' is not allowed because of '.'"),
        ('initial_twin_tags = { "$version" = 1 }', "because of '$'"),
        ('initial_twin_desired = { "two words" = 1 }', "because of ' '"),
        ("initial_twin_desired = { when = 2024-05-01 }",
         "initial_twin_desired.when is a TOML date"),
        ("initial_twin_desired = { x = nan }", "initial_twin_desired.x is nan"),
        ('initial_twin_tags = "site"', "enrollment.initial_twin_tags"),
    ],
)
def test_the_section_is_validated_strictly(tmp_path: Path, section: str, expected: str):
    path = write_profile(tmp_path, enrollment=f"[enrollment]\n{section}\n")
    found = problems(path)
    assert any(expected in line for line in found), found


def test_deep_and_large_twins_are_refused(tmp_path: Path):
    deep = "initial_twin_tags = " + "{ a = " * 11 + "1" + " }" * 11
    assert any("more than 10 levels" in p for p in problems(
        write_profile(tmp_path / "deep", enrollment=f"[enrollment]\n{deep}\n")))
    large = f'initial_twin_tags = {{ blob = "{"x" * 9000}" }}'
    assert any("larger than 8 KiB" in p for p in problems(
        write_profile(tmp_path / "large", enrollment=f"[enrollment]\n{large}\n")))


def test_a_section_on_a_group_only_board_is_a_warning(tmp_path: Path):
    path = write_profile(tmp_path, enrollment='[enrollment]\niot_edge = true\n')
    text = path.read_text().replace(
        'allowed = ["sas-group", "sas-individual", "x509-group", "x509-individual"]',
        'allowed = ["sas-group", "x509-group"]',
    )
    path.write_text(text)
    found = check_paths([path])
    assert [(p.key, p.severity) for p in found] == [("enrollment", "warning")]
    assert "only group modes are allowed" in found[0].message
    load_profile(path)  # a warning does not stop the profile
