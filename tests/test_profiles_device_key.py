"""``[attestation] device_key``: where X.509 device key pairs are made, as the profile
check sees it."""

from __future__ import annotations

from pathlib import Path

from tests.test_profiles_validation import demo_text, esp_profile, lines_for, single_error

_KEY_PEM_ITEM = '''[[storage.items]]
key = "key_pem"
source = "key_pem"
type = "blob"

'''


def _demo(folder: Path, device_key: str, *, key_pem: bool = True,
          allowed: str = '"sas-group", "sas-individual", "x509-group", "x509-individual"') -> Path:
    text = demo_text('default = "sas-group"', f'default = "sas-group"\ndevice_key = "{device_key}"')
    text = text.replace(
        'allowed = ["sas-group", "sas-individual", "x509-group", "x509-individual"]',
        f"allowed = [{allowed}]",
    )
    if not key_pem:
        assert _KEY_PEM_ITEM in text
        text = text.replace(_KEY_PEM_ITEM, "")
    path = folder / "demo-console.toml"
    path.write_text(text)
    return path


def test_a_console_board_that_makes_its_keys_needs_no_key_pem_item(tmp_path: Path) -> None:
    assert lines_for(_demo(tmp_path, "board", key_pem=False)) == []


def test_keys_made_by_the_station_still_need_a_key_pem_item(tmp_path: Path) -> None:
    lines = lines_for(_demo(tmp_path, "station", key_pem=False))
    assert len(lines) == 2  # x509-group and x509-individual
    assert all("needs a storage item with source 'key_pem'" in line for line in lines)


def test_a_transport_that_cannot_ask_a_board_for_a_key_is_refused_in_one_line(
    tmp_path: Path,
) -> None:
    path = esp_profile(tmp_path)
    path.write_text(path.read_text().replace('allowed = ["sas-group", "x509-group"]',
                                             'allowed = ["sas-group", "x509-group"]\n'
                                             'device_key = "board"'))
    assert single_error(path) == (
        f"{path}: attestation.device_key: 'board' has the board make its device key, but the "
        "'esptool-nvs' transport cannot ask a board for one; allowed: 'station', or 'board' "
        "with transport console"
    )


def test_board_keys_with_only_sas_modes_allowed_are_refused(tmp_path: Path) -> None:
    path = _demo(tmp_path, "board", allowed='"sas-group", "sas-individual"')
    assert single_error(path).endswith(
        "attestation.device_key: 'board' is used by none of the allowed modes; allowed: "
        "'station', or 'board' with x509-group or x509-individual allowed"
    )


def test_an_unknown_place_for_keys_lists_the_choices(tmp_path: Path) -> None:
    assert single_error(_demo(tmp_path, "hsm")).endswith(
        "attestation.device_key: 'hsm' is not allowed; allowed: station, board"
    )
