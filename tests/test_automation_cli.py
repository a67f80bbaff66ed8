"""``station serve`` and ``station serve-token`` as commands: the token shown once and
kept as a digest, a real server process driven by the example client in docs/,
Ctrl+C ending it cleanly, and SIGKILL mid-unit leaving the unit recorded as any
crash does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from station.automation.cli_commands import _with_saved_secrets, unlocked_store
from station.automation.listen import listen
from station.automation.token import TokenCheck
from station.core.errors import ConfigError
from station.credentials.secret_store import AUTOMATION_API_TOKEN
from station.credentials.secret_store import GROUP_KEY as GROUP_KEY_NAME
from station.provisioning import ProvisionRequest, interrupted_units
from tests.automation_fixtures import GROUP_KEY, SCOPE, Board, api_token, sse
from tests.new_commands import main
from tests.zpl_printer import StandInPrinter
from tests.zpl_reader import read_label

REPO = Path(__file__).resolve().parents[1]
WAIT_S = 120  # only so a hung process cannot hang the suite


def test_serve_token_is_shown_once_and_only_its_digest_is_kept(capsys):
    assert main(["serve-token"]) == 0
    first = capsys.readouterr().out.splitlines()[1]
    assert main(["serve-token"]) == 0
    second = capsys.readouterr().out.splitlines()[1]
    assert first != second and second.startswith("stn_") and len(second) > 40
    store = unlocked_store()
    kept = store.get(AUTOMATION_API_TOKEN)
    assert kept.startswith("sha256:") and second not in kept
    check = TokenCheck.from_store(store)
    assert check.accepts(second) and not check.accepts(first)  # the new one replaced it
    assert second not in repr(check)


def test_serve_without_a_token_refuses_in_one_line(tmp_path, capsys):
    status = main(["serve", "--profile", "demo-console", "--port", "socket://127.0.0.1:9",
                   "--id-scope", SCOPE, "--manifest", str(tmp_path / "m.sqlite")])
    assert status == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["station: the automation API has no token yet, so no client could use it "
                   "(make one with: station serve-token (it is shown once)) [config]"]
    assert not (tmp_path / "m.sqlite").exists()  # refused before the manifest


def _serve(tmp_path: Path, *ports: str, extra: tuple[str, ...] = ()) -> tuple[
    subprocess.Popen[str], str
]:
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.new_commands", "serve", "--profile", "demo-console",
         *[arg for port in ports for arg in ("--port", port)], "--id-scope", SCOPE,
         "--manifest", str(tmp_path / "m.sqlite"), "--api-port", "0", *extra],
        cwd=REPO, env={**os.environ, "STATION_GROUP_KEY": GROUP_KEY},
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    first = server.stdout.readline()  # type: ignore[union-attr]
    assert first.startswith("station serve: http://127.0.0.1:"), (
        first + server.communicate(timeout=WAIT_S)[1])
    return server, first.split()[2]


def test_station_serve_with_the_example_client_and_a_clean_stop(tmp_path):
    token = api_token()
    with Board("cli-1") as one, Board("cli-2") as two, StandInPrinter() as printer:
        server, url = _serve(tmp_path, one.url, two.url,
                             extra=("--label-printer", printer.address))
        client = subprocess.run(
            [sys.executable, str(REPO / "docs" / "automation_client.py"), "2", "fixture-7"],
            env={**os.environ, "STATION_URL": url, "STATION_API_TOKEN": token},
            capture_output=True, text=True, timeout=WAIT_S,
        )
        assert client.returncode == 0, client.stdout + client.stderr
        lines = client.stdout.splitlines()
        started = [line.split()[0] for line in lines if line.split()[1:2] == ["started"]]
        assert started == ["detect", "identify", "credentials", "record-pending", "write",
                           "verify", "record-done", "label"]
        device_id = next(line for line in lines if line.startswith("provisioned ")).split()[1]
        assert '"operator": "fixture-7"' in client.stdout
        assert f'"port": "{two.url}"' in client.stdout

        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=url, headers=headers, timeout=WAIT_S) as api:
            # The label is printed by the spooler after the unit: wait for its news.
            with api.stream("GET", "/ports/2/events") as stream:
                for kind, data in sse(stream):
                    run = data["run"] if kind == "port" else data
                    if run["label"]["state"] != "queued":
                        break
        assert run["label"] == {"state": "printed", "problem": None}
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=WAIT_S)
    assert server.returncode == 0, err
    assert err.splitlines()[-1] == "station serve: stopped"
    assert token not in out + err
    (zpl,) = printer.formats
    (qr,) = read_label(zpl).qr_fields
    assert qr.data.endswith(f'"deviceId":"{device_id}"}}')


def test_sigterm_stops_station_serve_like_ctrl_c(tmp_path):
    api_token()
    with Board("term") as board:
        server, _ = _serve(tmp_path, board.url)
        server.send_signal(signal.SIGTERM)
        _, err = server.communicate(timeout=WAIT_S)
    assert server.returncode == 0 and err.splitlines()[-1] == "station serve: stopped"


def test_sigkill_mid_unit_leaves_the_unit_pending_as_any_crash(tmp_path):
    token = api_token()
    headers = {"Authorization": f"Bearer {token}"}
    with Board("killed", hold="write") as board:
        server, url = _serve(tmp_path, board.url)
        with httpx.Client(base_url=url, headers=headers, timeout=WAIT_S) as api:
            with api.stream("GET", "/ports/1/events") as stream:
                api.post("/ports/1/units", json={"client": "fixture-k"}).raise_for_status()
                for kind, data in sse(stream):
                    if kind == "stage" and data["stage"] == "write":
                        device_id = data["device_id"]
                        break  # the unit is recorded pending; its board waits at the gate
                server.kill()
                server.communicate(timeout=WAIT_S)
    left = interrupted_units(tmp_path / "m.sqlite")
    assert [(unit.device_id, str(unit.status), unit.operator) for unit in left] == [
        (device_id, "pending", "fixture-k")]


def test_the_api_listens_on_loopback_unless_told_otherwise():
    for bind in ("127.0.0.1", "localhost", "::1"):
        sock, loopback = listen(bind, 0)
        sock.close()
        assert loopback, bind
    sock, loopback = listen("0.0.0.0", 0)  # every address: said as a warning at start
    sock.close()
    assert not loopback


def test_a_taken_api_port_is_one_line():
    taken, _ = listen("127.0.0.1", 0)
    port = taken.getsockname()[1]
    try:
        with pytest.raises(ConfigError) as refused:
            listen("127.0.0.1", port)
    finally:
        taken.close()
    assert str(refused.value).startswith(f"cannot listen on 127.0.0.1:{port}: ")
    assert "choose another --api-port" in str(refused.value)


def test_serve_takes_the_group_keys_saved_in_the_window_when_none_is_given():
    store = unlocked_store()
    store.set(GROUP_KEY_NAME, GROUP_KEY)
    given = ProvisionRequest(profile="demo-console", ports=[], id_scope=SCOPE)
    taken = _with_saved_secrets(given, store)
    assert taken.group_key_b64 == GROUP_KEY and taken.key_access.store is store
    own = _with_saved_secrets(replace(given, group_key_b64="b3du"), store)
    assert own.group_key_b64 == "b3du"  # a key given for the job wins
