"""Loading and validating firmware profiles: schema errors, checks against what exists."""

from __future__ import annotations

import hashlib
import os
import tomllib
from pathlib import Path

import pytest

from station.core.errors import ProfileError
from station.core.folders import display_path
from station.profiles.check import check_command
from station.profiles.loader import (
    LoadedProfile,
    check_paths,
    find_profile,
    load_profile,
    load_profiles,
)
from station.profiles.locations import default_profile_dirs, repo_root

DEMO = repo_root() / "firmware_profiles" / "demo-console.toml"
# The demo's storage keys in order: items appended by a test come after them.
DEMO_KEYS = [item["key"] for item in tomllib.loads(DEMO.read_text())["storage"]["items"]]
APP_IMAGE = bytes(range(256)) * 64  # 16 KiB

ESP_PROFILE = """\
schema_version = 1
id = "{id}"
name = "Test ESP32"

[board]
type = "esp32-devkit"
chip = "{chip}"

[transport]
kind = "esptool-nvs"

[identity]
rule = "mac"
prefix = "esp"

[attestation]
allowed = ["sas-group", "x509-group"]

[storage]
offset = 0x9000
size = 0x6000

[[storage.items]]
key = "scope_id"
source = "scope_id"

[[storage.items]]
key = "device_id"
source = "device_id"

[[storage.items]]
key = "sas_key"
source = "sas_key"

[[storage.items]]
key = "cert_pem"
source = "cert_pem"
type = "blob"

[[storage.items]]
key = "key_pem"
source = "key_pem"
type = "blob"

[[storage.items]]
key = "chain_pem"
source = "chain_pem"
type = "{chain_type}"

[[images]]
name = "app"
path = "{image_path}"
offset = 0x10000
sha256 = "{sha256}"
"""


def esp_profile(folder: Path, **changes: str) -> Path:
    """Write a valid esptool-nvs profile (and its image) into ``folder``, with changes."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.bin").write_bytes(APP_IMAGE)
    fields = {
        "id": "test-esp32",
        "chip": "esp32",
        "chain_type": "blob",
        "image_path": "app.bin",
        "sha256": hashlib.sha256(APP_IMAGE).hexdigest(),
    }
    fields.update(changes)
    path = folder / f"{fields['id']}.toml"
    path.write_text(ESP_PROFILE.format(**fields))
    return path


def demo_text(old: str = "", new: str = "") -> str:
    text = DEMO.read_text()
    if old:
        assert old in text
        text = text.replace(old, new, 1)
    return text


def lines_for(path: Path) -> list[str]:
    return [str(p) for p in check_paths([path]) if p.is_error]


def single_error(path: Path) -> str:
    lines = lines_for(path)
    assert len(lines) == 1, lines
    return lines[0]


def test_demo_profile_loads() -> None:
    loaded = load_profile(DEMO)
    assert isinstance(loaded, LoadedProfile)
    assert loaded.id == "demo-console"
    assert loaded.folder == DEMO.parent
    assert loaded.profile.transport.kind == "console"
    assert loaded.profile.attestation.default == "sas-group"
    assert [i.key for i in loaded.profile.storage.items] == [
        "scope_id", "device_id", "dps_endpoint", "sas_key", "sas_key_sec",
        "cert_pem", "key_pem", "cert_pem_sec", "key_pem_sec", "chain_pem", "model_id",
    ]
    assert loaded.warnings == ()


def test_demo_profile_is_found_by_id_in_the_default_folders() -> None:
    assert DEMO.parent in default_profile_dirs()
    assert find_profile("demo-console").path == DEMO


def test_station_home_holds_the_users_own_profiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "kiosk"
    monkeypatch.setenv("STATION_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert default_profile_dirs() == [DEMO.parent, home / "profiles"]
    (home / "profiles").mkdir(parents=True)
    mine = home / "profiles" / "my-board.toml"
    mine.write_text(demo_text('id = "demo-console"', 'id = "my-board"'))
    assert find_profile("my-board").path == mine

    monkeypatch.delenv("STATION_HOME")
    assert default_profile_dirs()[-1] == tmp_path / "elsewhere" / "provisioning-station" / \
        "profiles"


def test_esp_profile_loads_with_its_image(tmp_path: Path) -> None:
    loaded = load_profile(esp_profile(tmp_path))
    assert loaded.read_images() == [(0x10000, APP_IMAGE)]


def test_malformed_toml_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(demo_text('name = "Demo console board"', "name = Demo console board"))
    line = single_error(path)
    assert line.startswith(f"{path}: line 5, column 8: invalid TOML:")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert caught.value.problems == [line]


def test_unknown_key_lists_the_allowed_keys(tmp_path: Path) -> None:
    path = tmp_path / "typo.toml"
    path.write_text(demo_text('template = "{prefix}-{mac}"', 'templat = "{prefix}-{mac}"'))
    assert single_error(path) == (
        f"{path}: identity.templat: unknown key (did you mean 'template'?); "
        "allowed keys here: rule, template, prefix, charset, pattern"
    )


def test_bad_enum_lists_the_allowed_values(tmp_path: Path) -> None:
    path = tmp_path / "uart.toml"
    path.write_text(demo_text('kind = "console"', 'kind = "uart"'))
    assert single_error(path) == (
        f"{path}: transport.kind: 'uart' is not allowed; allowed: console, esptool-nvs"
    )


def test_list_indexes_appear_in_the_key_path(tmp_path: Path) -> None:
    path = tmp_path / "source.toml"
    path.write_text(demo_text('source = "sas_key"', 'source = "sas"'))
    line = single_error(path)
    assert line.startswith(f"{path}: storage.items[3].source: 'sas' is not allowed; allowed: ")
    assert "scope_id" in line and "chain_pem" in line


def test_bad_attestation_mode_and_missing_key(tmp_path: Path) -> None:
    path = tmp_path / "modes.toml"
    text = demo_text('"x509-individual"]', '"x509-single"]')
    path.write_text(text.replace('name = "Demo console board"\n', ""))
    lines = lines_for(path)
    assert f"{path}: name: required key is missing; add it" in lines
    assert any(line.startswith(f"{path}: attestation.allowed[3]: 'x509-single' is not allowed")
               for line in lines)


def test_default_mode_must_be_allowed(tmp_path: Path) -> None:
    path = tmp_path / "default.toml"
    path.write_text(demo_text('default = "sas-group"', 'default = "tpm"'))
    assert "attestation: default 'tpm' is not among the allowed modes" in single_error(path)


def test_wrong_value_type_says_what_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "baud.toml"
    path.write_text(demo_text("baud = 115200", 'baud = "fast"'))
    assert single_error(path) == f"{path}: transport.baud: got 'fast'; allowed: an integer"


def test_image_path_with_dotdot_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.bin").write_bytes(APP_IMAGE)
    path = esp_profile(tmp_path / "profiles", image_path="../outside.bin")
    assert "images[0].path: '../outside.bin' leaves the profile's folder" in single_error(path)


def test_absolute_image_path_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "profiles" / "app.bin"
    path = esp_profile(tmp_path / "profiles", image_path=str(image))
    assert "images[0].path: " in single_error(path)
    assert "is an absolute path; allowed: a path relative to the profile's folder" in (
        single_error(path)
    )


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.bin").write_bytes(APP_IMAGE)
    folder = tmp_path / "profiles"
    folder.mkdir()
    os.symlink(tmp_path / "secret.bin", folder / "link.bin")
    path = esp_profile(folder, image_path="link.bin")
    assert "is a link to" in single_error(path)


def test_missing_image_is_refused(tmp_path: Path) -> None:
    path = esp_profile(tmp_path, image_path="nothing.bin")
    assert "'nothing.bin' does not exist" in single_error(path)


def test_sha256_mismatch_names_file_expected_and_actual(tmp_path: Path) -> None:
    wrong = "ab" * 32
    path = esp_profile(tmp_path, sha256=wrong)
    line = single_error(path)
    actual = hashlib.sha256(APP_IMAGE).hexdigest()
    assert f"images[0].sha256: app.bin has SHA-256 {actual}" in line
    assert f"expects {wrong}" in line
    assert "no board was touched" in line


def test_image_changed_after_loading_is_refused_before_writing(tmp_path: Path) -> None:
    loaded = load_profile(esp_profile(tmp_path))
    (tmp_path / "app.bin").write_bytes(b"tampered")
    with pytest.raises(ProfileError, match="no board was touched"):
        loaded.read_images()


def test_nvs_key_too_long(tmp_path: Path) -> None:
    path = tmp_path / "key.toml"
    path.write_text(demo_text('key = "dps_endpoint"', 'key = "dps_endpoint_name"'))
    assert single_error(path) == (
        f"{path}: storage.items[2].key: 'dps_endpoint_name' is 17 characters; "
        "allowed: at most 15 (the NVS key limit)"
    )


def test_duplicate_nvs_key(tmp_path: Path) -> None:
    path = tmp_path / "dup.toml"
    path.write_text(demo_text('key = "model_id"', 'key = "device_id"'))
    index = DEMO_KEYS.index("model_id")
    assert f"storage.items[{index}].key: 'device_id' is also the key of storage.items[1]" in (
        single_error(path)
    )


def test_pem_as_string_is_refused_for_esptool_nvs(tmp_path: Path) -> None:
    path = esp_profile(tmp_path, chain_type="string")
    assert single_error(path) == (
        f"{path}: storage.items[5].type: chain_pem can exceed 4,000 bytes; "
        'NVS strings cannot hold it: use type = "blob"'
    )


def test_unknown_chip_lists_what_esptool_knows(tmp_path: Path) -> None:
    line = single_error(esp_profile(tmp_path, chip="esp99"))
    assert "board.chip: 'esp99' is not a chip esptool knows; allowed: esp8266, esp32," in line


def test_storage_region_limits_for_esptool(tmp_path: Path) -> None:
    path = esp_profile(tmp_path)
    path.write_text(path.read_text().replace("size = 0x6000", "size = 0x2800")
                    .replace("offset = 0x9000", "offset = 0x9100"))
    lines = lines_for(path)
    assert any("storage.offset: 0x9100 is not on a flash sector boundary" in x for x in lines)
    assert any("storage.size: 0x2800 is not a valid NVS partition size" in x for x in lines)


def test_image_overlapping_storage_is_refused(tmp_path: Path) -> None:
    path = esp_profile(tmp_path)
    path.write_text(path.read_text().replace("offset = 0x10000", "offset = 0xc000"))
    assert "images[0].offset: image 'app' (0xc000-0xffff) overlaps storage (0x9000-0xefff)" in (
        single_error(path)
    )


def test_integer_items_need_integer_values_in_range(tmp_path: Path) -> None:
    path = tmp_path / "ints.toml"
    path.write_text(demo_text() + """
[[storage.items]]
key = "ver"
type = "u8"
value = 300

[[storage.items]]
key = "n"
type = "u16"
source = "device_id"
""")
    lines = lines_for(path)
    first = len(DEMO_KEYS)
    assert any(f"storage.items[{first}].value: 300 does not fit type 'u8'; allowed: 0 to 255"
               in x for x in lines)
    assert any(f"storage.items[{first + 1}].type: 'u16' needs a fixed integer value" in x
               for x in lines)


def test_x509_mode_needs_somewhere_for_the_key(tmp_path: Path) -> None:
    path = tmp_path / "nokey.toml"
    path.write_text(demo_text('key = "key_pem"\nsource = "key_pem"', 'key = "key"\nvalue = "x"'))
    lines = lines_for(path)
    assert len(lines) == 2
    assert all("attestation.allowed: " in x and "needs a storage item with source 'key_pem'"
               in x for x in lines)


def test_identity_template_placeholders(tmp_path: Path) -> None:
    path = tmp_path / "tpl.toml"
    path.write_text(demo_text('template = "{prefix}-{mac}"', 'template = "{prefix}-{chip}"'))
    lines = lines_for(path)
    assert any("identity.template: placeholder {chip} is not allowed; allowed: {prefix}, {mac}"
               in x for x in lines)
    assert any(r"lacks {mac}" in x for x in lines)


def test_identity_prefix_must_be_lowercase(tmp_path: Path) -> None:
    path = tmp_path / "upper.toml"
    path.write_text(demo_text('prefix = "demo"', 'prefix = "Demo"'))
    assert "identity.prefix: 'Demo' has an uppercase letter" in single_error(path)


def test_long_ids_are_refused_when_x509_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "long.toml"
    path.write_text(demo_text('prefix = "demo"', f'prefix = "{"d" * 55}"'))
    assert "allowed: at most 64 characters when X.509 modes are allowed" in single_error(path)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(demo_text())
    (tmp_path / "b.toml").write_text(demo_text())
    lines = lines_for(tmp_path)
    assert lines == [f"{tmp_path / 'b.toml'}: id: 'demo-console' is also the id of "
                     f"{tmp_path / 'a.toml'}; allowed: an id no other profile uses"]
    with pytest.raises(ProfileError):
        load_profiles(tmp_path)


def test_load_profiles_by_id(tmp_path: Path) -> None:
    (tmp_path / "demo.toml").write_text(demo_text())
    esp_profile(tmp_path)
    profiles = load_profiles(tmp_path)
    assert sorted(profiles) == ["demo-console", "test-esp32"]
    assert profiles["test-esp32"].folder == tmp_path


def test_find_profile_skips_broken_neighbours(tmp_path: Path) -> None:
    esp_profile(tmp_path)
    (tmp_path / "broken.toml").write_text("this is = = not toml")
    assert find_profile("test-esp32", [tmp_path]).id == "test-esp32"
    with pytest.raises(ProfileError, match="no profile with id 'nope'.*available: .*test-esp32"):
        find_profile("nope", [tmp_path])


def test_check_command_reports_one_line_per_error(tmp_path: Path) -> None:
    path = tmp_path / "my-console.toml"
    path.write_text(demo_text('kind = "console"', 'kind = "uart"')
                    .replace('key = "dps_endpoint"', 'key = "dps_endpoint_name"')
                    .replace('id = "demo-console"', 'id = "my-console"'))
    code, lines = check_command([str(path)])
    assert code == 1
    assert lines == [
        f"{path}: transport.kind: 'uart' is not allowed; allowed: console, esptool-nvs",
        "checked 1 profile(s): 1 error(s), 0 warning(s)",
    ]
    path.write_text(demo_text('key = "dps_endpoint"', 'key = "dps_endpoint_name"')
                    .replace('key = "model_id"', 'key = "model_id_is_long"')
                    .replace('id = "demo-console"', 'id = "my-console"'))
    code, lines = check_command([str(path)])
    assert code == 1
    assert len(lines) == 3
    assert all("\n" not in line for line in lines)


def test_check_command_ok_and_defaults(tmp_path: Path) -> None:
    code, lines = check_command([str(esp_profile(tmp_path))])
    assert code == 0
    assert lines[0].endswith("test-esp32.toml: ok (profile 'test-esp32')")
    code, lines = check_command([])
    assert code == 0
    assert any("demo-console.toml: ok" in line for line in lines)


def test_check_command_with_nothing_to_check(tmp_path: Path) -> None:
    assert check_command([str(tmp_path)])[0] == 2
    code, lines = check_command([str(tmp_path / "missing.toml")])
    assert code == 1
    assert lines[0] == (
        f"{tmp_path / 'missing.toml'}: (file): does not exist; allowed: a profile file or a "
        "folder of them"
    )


def test_a_file_named_unlike_its_id_is_warned_about(tmp_path: Path) -> None:
    path = tmp_path / "old-console-copy.toml"
    path.write_text(demo_text('id = "demo-console"', 'id = "old-console"'))
    code, lines = check_command([str(path)])
    assert code == 0
    assert any("id: warning:" in line and "old-console.toml" in line for line in lines)


def test_a_file_checked_alone_may_not_take_the_id_of_a_known_profile(tmp_path: Path) -> None:
    # The README's way to add a board: copy a demo profile, then edit its id.
    unedited = tmp_path / "my-board.toml"
    unedited.write_text(demo_text())
    code, lines = check_command([str(unedited)])
    assert code == 1
    known = display_path(DEMO)
    assert (f"{unedited}: id: 'demo-console' is also the id of {known}; "
            "allowed: an id no other profile uses") in lines
    assert lines[-1] == "checked 1 profile(s): 1 error(s), 1 warning(s)"  # and its file name

    # Copied into the profile folder it is reported the same way, alone or with the others.
    user_folder = default_profile_dirs()[-1]
    user_folder.mkdir(parents=True)
    copied = user_folder / "demo-console.toml"
    copied.write_text(demo_text())
    alone = check_command([str(copied)])
    everything = check_command([])
    assert alone[0] == everything[0] == 1
    assert any(line.startswith(f"{display_path(copied)}: id: 'demo-console' is also the id of")
               for line in alone[1])
    assert any("'demo-console' is also the id of" in line for line in everything[1])

    # The known profile itself (the copy gone), and a copy given a new id, are fine.
    assert check_command([str(DEMO)])[0] == 1
    copied.unlink()
    assert check_command([str(DEMO)])[0] == 0
    unedited.write_text(demo_text('id = "demo-console"', 'id = "my-board"'))
    assert check_command([str(unedited)]) == (
        0, [f"{unedited}: ok (profile 'my-board')",
            "checked 1 profile(s): 0 error(s), 0 warning(s)"])


def edited_esp_profile(folder: Path, *edits: tuple[str, str], chip: str = "esp32") -> Path:
    """An esptool-nvs profile with ``(old, new)`` text replacements applied in order."""
    path = esp_profile(folder, chip=chip)
    text = path.read_text()
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text)
    return path


STORAGE_AT = "offset = 0x9000"
IMAGE_AT = "offset = 0x10000"


def test_storage_over_the_esp32_bootloader_is_refused(tmp_path: Path) -> None:
    path = edited_esp_profile(tmp_path, (STORAGE_AT, "offset = 0x0"))
    assert single_error(path) == (
        f"{path}: storage.offset: storage (0x0-0x5fff) overlaps the esp32 bootloader "
        "(0x1000-0x7fff); allowed: the storage region outside the bootloader and the "
        "partition table, e.g. at 0x9000 or later"
    )


@pytest.mark.parametrize("chip", ["esp32c3", "esp32s3"])
def test_chips_that_boot_from_0x0_keep_their_bootloader(tmp_path: Path, chip: str) -> None:
    path = edited_esp_profile(tmp_path, (STORAGE_AT, "offset = 0x0"), chip=chip)
    assert f"overlaps the {chip} bootloader (0x0-0x7fff)" in single_error(path)


def test_storage_over_the_partition_table_is_refused(tmp_path: Path) -> None:
    path = edited_esp_profile(tmp_path, (STORAGE_AT, "offset = 0x8000"))
    assert "storage.offset: storage (0x8000-0xdfff) overlaps the partition table " \
        "(0x8000-0x8fff)" in single_error(path)


def test_a_moved_partition_table_moves_the_reserved_region(tmp_path: Path) -> None:
    moved = ('chip = "esp32"', 'chip = "esp32"\npartition_table_offset = 0xa000')
    path = edited_esp_profile(tmp_path, moved)
    assert "storage (0x9000-0xefff) overlaps the esp32 bootloader (0x1000-0x9fff)" in (
        single_error(path)
    )
    path = edited_esp_profile(tmp_path, moved, (STORAGE_AT, "offset = 0xb000"),
                              (IMAGE_AT, "offset = 0x20000"))
    assert lines_for(path) == []


def test_partition_table_offset_must_follow_the_bootloader(tmp_path: Path) -> None:
    path = edited_esp_profile(tmp_path, ('chip = "esp32"',
                                         'chip = "esp32"\npartition_table_offset = 0x1000'))
    assert "board.partition_table_offset: 0x1000 leaves no room for the esp32 bootloader " \
        "at 0x1000; allowed: a multiple of 0x1000 after 0x1000, usually 0x8000" in (
            single_error(path)
        )


def test_bootloader_and_partition_table_images_go_in_their_own_regions(tmp_path: Path) -> None:
    (tmp_path / "boot.bin").write_bytes(APP_IMAGE)
    (tmp_path / "table.bin").write_bytes(APP_IMAGE[:0xC00])
    digest = hashlib.sha256(APP_IMAGE).hexdigest()
    table = hashlib.sha256(APP_IMAGE[:0xC00]).hexdigest()
    extra = (f'\n[[images]]\nname = "bootloader"\npath = "boot.bin"\noffset = 0x1000\n'
             f'sha256 = "{digest}"\n\n[[images]]\nname = "partitions"\npath = "table.bin"\n'
             f'offset = 0x8000\nsha256 = "{table}"\n')
    path = esp_profile(tmp_path)
    path.write_text(path.read_text() + extra)
    assert lines_for(path) == []
    path.write_text(path.read_text().replace("offset = 0x1000\n", "offset = 0x2000\n"))
    assert single_error(path) == (
        f"{path}: images[1].offset: image 'bootloader' (0x2000-0x5fff) overlaps the esp32 "
        "bootloader (0x1000-0x7fff); allowed: only a bootloader image, at 0x1000 and ending "
        "by 0x8000"
    )


def test_layout_must_fit_the_flash_size(tmp_path: Path) -> None:
    path = edited_esp_profile(tmp_path, ('chip = "esp32"', 'chip = "esp32"\nflash_size = "4MB"'),
                              (IMAGE_AT, "offset = 0x3ff000"))
    assert single_error(path) == (
        f"{path}: images[0].offset: image 'app' (0x3ff000-0x402fff) ends past the end of the "
        "4MB flash (0x400000); allowed: regions that end by 0x400000, or a larger "
        "board.flash_size"
    )


def test_without_a_flash_size_the_chip_s_largest_flash_is_the_limit(tmp_path: Path) -> None:
    path = edited_esp_profile(tmp_path, (STORAGE_AT, "offset = 0xfff0000"))
    assert single_error(path).endswith(
        "storage.offset: storage (0xfff0000-0xfff5fff) ends past the end of the 128MB flash "
        "(0x8000000); allowed: regions that end by 0x8000000, the largest flash esp32 takes"
    )


def test_unknown_flash_size_lists_what_the_chip_takes(tmp_path: Path) -> None:
    path = edited_esp_profile(tmp_path, ('chip = "esp32"', 'chip = "esp32"\nflash_size = "3MB"'))
    assert single_error(path) == (
        f"{path}: board.flash_size: '3MB' is not a flash size of esp32; allowed: 1MB, 2MB, "
        "4MB, 8MB, 16MB, 32MB, 64MB, 128MB"
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("baud = 115200", "baud = 99999999999999999999999",
         "transport.baud: 99999999999999999999999 is out of range; allowed: 300 to 5000000"),
        ("baud = 115200", "baud = 0", "transport.baud: 0 is out of range; allowed: 300 to"),
        ("baud = 115200", "baud = 115200.0",
         "transport.baud: got 115200.0; allowed: an integer"),
        ("baud = 115200", "baud = true", "transport.baud: got True; allowed: an integer"),
        ("timeout_s = 5.0", "timeout_s = inf",
         "transport.timeout_s: inf is not a finite number; allowed: 0.1 to 600"),
        ("timeout_s = 5.0", "timeout_s = -inf",
         "transport.timeout_s: -inf is not a finite number; allowed: 0.1 to 600"),
        ("timeout_s = 5.0", "timeout_s = nan",
         "transport.timeout_s: nan is not a finite number; allowed: 0.1 to 600"),
        ("timeout_s = 5.0", "timeout_s = 1e400",
         "transport.timeout_s: inf is not a finite number; allowed: 0.1 to 600"),
        ("timeout_s = 5.0", "timeout_s = 100000",
         "transport.timeout_s: 100000 is out of range; allowed: 0.1 to 600"),
        ("schema_version = 1", "schema_version = 1.0",
         "schema_version: got 1.0; allowed: the integer 1"),
        ("schema_version = 1", "schema_version = true",
         "schema_version: got True; allowed: the integer 1"),
        ('namespace = "dps"', 'namespace = "dps"\noffset = 0x100000000',
         "storage.offset: 4294967296 is out of range; allowed: 0 to 4294967295"),
        ('namespace = "dps"', 'namespace = "dps"\nsize = 99999999999999999999',
         "storage.size: 99999999999999999999 is out of range; allowed: 1 to 4294967296"),
    ],
)
def test_numbers_must_be_finite_and_in_range(tmp_path: Path, old: str, new: str,
                                             expected: str) -> None:
    path = tmp_path / "demo-console.toml"
    path.write_text(demo_text(old, new))
    line = single_error(path)
    assert line.startswith(f"{path}: {expected}"), line


def test_fixed_item_values_keep_their_toml_type(tmp_path: Path) -> None:
    path = tmp_path / "demo-console.toml"
    path.write_text(demo_text() + '\n[[storage.items]]\nkey = "flag"\ntype = "u8"\nvalue = true\n')
    index = len(DEMO_KEYS)
    assert f"storage.items[{index}].value: got True; allowed: text in quotes or an integer" in (
        single_error(path)
    )
