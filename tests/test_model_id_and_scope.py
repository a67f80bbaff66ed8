"""The model ID (a DTMI) and the ID scope: one rule each, the same wherever they are entered."""

from __future__ import annotations

import base64
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from station.cli import main
from station.core.errors import ConfigError, IdentityError
from station.credentials.providers import JobSecrets
from station.credentials.secret_store import EncryptedFileSecrets
from station.gui.app import application
from station.gui.settings import StationSettings
from station.gui.settings_view import SettingsView
from station.identity.rules import MODEL_ID_MAX, validate_id_scope, validate_model_id
from station.jobs.plan import JobSettings, build_plan
from station.profiles.check import check_command
from station.profiles.loader import find_profile
from station.profiles.locations import repo_root

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
VALID_EXAMPLE = "e.g. dtmi:com:example:Thermostat;1"


# -- the model ID ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "model_id",
    [
        "dtmi:com:example:Thermostat;1",
        "dtmi:com:fabrikam:industrialProducts:airQualitySensor;12",
        "dtmi:com:example:Thermostat;1.2",  # DTDL v3's two-part version
        "dtmi:a_b:c9;999999999",
        "dtmi:com:example:Thermostat;1.999999",
    ],
)
def test_a_dtmi_is_taken_as_it_is(model_id: str) -> None:
    assert validate_model_id(model_id) == model_id
    assert validate_model_id(f"  {model_id}\n") == model_id


def test_no_model_id_is_allowed() -> None:
    assert validate_model_id("") == ""
    assert validate_model_id("   ") == ""


def test_an_interface_id_is_at_most_128_characters() -> None:
    longest = "dtmi:com:" + "a" * (MODEL_ID_MAX - len("dtmi:com:;1")) + ";1"
    assert len(longest) == MODEL_ID_MAX
    assert validate_model_id(longest) == longest
    with pytest.raises(ConfigError, match="is 129 characters; .* at most 128"):
        validate_model_id(longest.replace(";1", "a;1"))


@pytest.mark.parametrize(
    ("model_id", "reason"),
    [
        ("com:example:Thermostat;1", "does not start with 'dtmi:'"),
        ("DTMI:com:example:Thermostat;1", "must start with lowercase 'dtmi:', not 'DTMI:'"),
        ("dtmi:com:example:Thermostat", "has no version"),
        ("dtmi:com::Thermostat;1", "has an empty segment (segment 2)"),
        ("dtmi:;1", "has an empty segment (segment 1)"),
        ("dtmi:com:1thermostat;1", "segment '1thermostat', which does not start with a letter"),
        ("dtmi:com:_system;1", "segment '_system', which does not start with a letter"),
        ("dtmi:com:thermostat_;1", "segment 'thermostat_', which ends with '_'"),
        ("dtmi:com:thermo-stat;1", "has '-' in segment 'thermo-stat'"),
        ("dtmi:com:thermo stat;1", "has a space in segment 'thermo stat'"),
        ("dtmi:com:example:Thermostat;01", "has the version '01'"),
        ("dtmi:com:example:Thermostat;0", "has the version '0'"),
        ("dtmi:com:example:Thermostat;1.0", "has the version '1.0'"),
        ("dtmi:com:example:Thermostat;1.2.3", "has the version '1.2.3'"),
        ("dtmi:com:example:Thermostat;1234567890", "has the version '1234567890'"),
        ("dtmi:com:example:Thermostat;v1", "has the version 'v1'"),
    ],
)
def test_a_bad_model_id_is_refused_in_one_line_with_the_reason_and_an_example(
    model_id: str, reason: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        validate_model_id(model_id)
    message = caught.value.message
    assert message.startswith(f"model ID {model_id!r} ")
    assert reason in message
    assert VALID_EXAMPLE in message
    assert "\n" not in str(caught.value)
    assert caught.value.hint


def test_the_job_plan_checks_the_model_id() -> None:
    loaded = find_profile("demo-console")
    secrets = JobSecrets(group_key_b64=GROUP_KEY)
    with pytest.raises(ConfigError, match="has no version"):
        build_plan(loaded, JobSettings(id_scope="0ne0012ABCD", model_id="dtmi:com:x"),
                   secrets, counters=None)
    plan = build_plan(
        loaded, JobSettings(id_scope="0ne0012ABCD", model_id=" dtmi:com:x;2 "), secrets,
        counters=None,
    )
    assert plan.job.model_id == "dtmi:com:x;2"


def test_provision_refuses_a_bad_model_id_before_the_manifest(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    manifest = tmp_path / "m.sqlite"
    status = main([
        "provision", "--profile", "demo-console", "--port", "socket://127.0.0.1:9",
        "--id-scope", "0ne000DE001", "--model-id", "dtmi:com:example:Thermostat",
        "--no-wait", "--manifest", str(manifest),
    ])
    assert status == 1
    err = capsys.readouterr().err
    [line] = err.splitlines()
    assert line.startswith("station: model ID 'dtmi:com:example:Thermostat' has no version")
    assert VALID_EXAMPLE in line
    assert "Traceback" not in err
    assert not manifest.exists()


def test_the_settings_mark_a_model_id_that_is_no_dtmi(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    application()
    view = SettingsView(StationSettings(), EncryptedFileSecrets(tmp_path / "secrets.enc"))
    qtbot.addWidget(view)
    view.show()
    view.profile.setCurrentText("demo-console")
    view.id_scope.setText("0ne0012ABCD")
    view.model_id.setText("dtmi:com:example:Thermostat;01")
    started: list[bool] = []
    view.startRequested.connect(lambda: started.append(True))

    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert not started
    assert view.model_error.isVisible()
    assert "has the version '01'" in view.model_error.text()
    assert VALID_EXAMPLE in view.model_error.text()

    view.model_id.setText("dtmi:com:example:Thermostat;1")
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert started == [True]
    assert not view.model_error.isVisible()


def test_a_model_id_built_into_a_profile_is_checked_too(tmp_path: Path) -> None:
    demo = (repo_root() / "firmware_profiles" / "demo-console.toml").read_text(encoding="utf-8")
    demo = demo.replace('id = "demo-console"', 'id = "my-console"')  # its own id
    item = 'key = "model_id"\nsource = "model_id"'
    assert item in demo
    profile = tmp_path / "my-console.toml"

    index = [i["key"] for i in tomllib.loads(demo)["storage"]["items"]].index("model_id")
    profile.write_text(demo.replace(item, 'key = "model_id"\nvalue = "dtmi:com:acme:sensor"'))
    status, lines = check_command([str(profile)])
    assert status == 1
    assert any(
        f"storage.items[{index}].value: model ID 'dtmi:com:acme:sensor' has no version" in line
        and VALID_EXAMPLE in line
        for line in lines
    ), lines

    profile.write_text(demo.replace(item, 'key = "model_id"\nvalue = "dtmi:com:acme:sensor;3"'))
    status, _ = check_command([str(profile)])
    assert status == 0


# -- the ID scope ------------------------------------------------------------------------


@pytest.mark.parametrize("scope", ["0NE000DE001", "0Ne000DE001", "0nE0012ABCD"])
def test_an_id_scope_with_an_uppercase_prefix_says_so(scope: str) -> None:
    with pytest.raises(IdentityError) as caught:
        validate_id_scope(scope)
    message = caught.value.message
    assert f"must start with lowercase '0ne', not '{scope[:3]}'" in message
    assert "lowercase letters after" not in message
    assert "e.g. 0ne0012ABCD" in message


@pytest.mark.parametrize(
    ("scope", "reason"),
    [
        ("0ne000de001", "has lowercase letters after '0ne'"),
        ("ONE000DE001", "starts with the letter 'O' where the digit zero belongs"),
        ("0ne0012ABCG", "does not look like an ID scope"),  # DPS issues hex digits only
    ],
)
def test_other_wrong_id_scopes_name_their_fault(scope: str, reason: str) -> None:
    with pytest.raises(IdentityError, match=reason):
        validate_id_scope(scope)


def test_provision_names_an_uppercase_id_scope_prefix(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status = main([
        "provision", "--profile", "demo-console", "--port", "socket://127.0.0.1:9",
        "--id-scope", "0NE000DE001", "--no-wait", "--manifest", str(tmp_path / "m.sqlite"),
    ])
    assert status == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(
        "station: ID scope '0NE000DE001' must start with lowercase '0ne', not '0NE'"
    )
