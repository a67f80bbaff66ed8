"""The automation API through a real HTTP client against a real server on loopback,
with virtual console boards behind it: units started, streamed, cancelled, refused
and read back from the manifest, every answer checked against the OpenAPI document."""

from __future__ import annotations

import threading
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from station.automation.controller import SERVER_STOPPED
from station.printing.raw_printer import PrinterAddress
from station.printing.spooler import LabelPrinting
from station.printing.stock import LabelStock
from tests.automation_fixtures import SCOPE, Board, assert_matches, serving, sse, until_result
from tests.zpl_printer import StandInPrinter
from tests.zpl_reader import read_label

REPO = Path(__file__).resolve().parents[1]

STAGES = ["detect", "identify", "credentials", "record-pending", "write", "verify",
          "record-done", "label"]


def test_no_token_no_access(tmp_path):
    with Board("auth") as board, serving(tmp_path, [board.url]) as api:
        _refuses_without_the_token(api)


def _refuses_without_the_token(api):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": api.token},
                    {"Authorization": f"Basic {api.token}"}):
        for path in ("/ports", "/openapi.json", "/ports/1/events", "/job"):
            answer = httpx.get(api.server.url + path, headers=headers)
            assert answer.status_code == 401
            assert answer.headers["www-authenticate"] == "Bearer"
            assert_matches("Error", answer.json())
            assert answer.json()["code"] == "unauthorized"
        refused = httpx.post(api.server.url + "/ports/1/units", headers=headers,
                             json={"client": "intruder"})
        assert refused.status_code == 401
    assert api.client.get("/ports").status_code == 200
    assert api.station.ports["1"].last is None  # nothing was started


def test_units_on_four_boards_are_streamed_and_recorded_as_the_button_records_them(tmp_path):
    with ExitStack() as stack:
        boards = [stack.enter_context(Board(f"four-{n}")) for n in range(4)]
        api = stack.enter_context(serving(tmp_path, [board.url for board in boards]))
        _four_units(api, boards)


def _four_units(api, boards):
    ports = api.client.get("/ports").json()
    assert_matches("Ports", ports)
    assert [(p["port"], p["state"]) for p in ports["ports"]] == [
        ("1", "idle"), ("2", "idle"), ("3", "idle"), ("4", "idle")]

    with httpx.Client(base_url=api.server.url, timeout=30,
                      headers={"Authorization": f"Bearer {api.token}"}) as streams:
        opened = [streams.stream("GET", f"/ports/{n}/events") for n in "1234"]
        responses = [stream.__enter__() for stream in opened]
        try:
            runs = {}
            for n in "1234":
                answer = api.start(n, client=f"fixture-{n}")
                assert answer.status_code == 202, answer.text
                assert_matches("Run", answer.json())
                assert answer.headers["location"] == f"/runs/{answer.json()['run_id']}"
                runs[n] = answer.json()["run_id"]
            seen = {n: until_result(sse(responses[int(n) - 1]), runs[n]) for n in "1234"}
        finally:
            for stream in opened:
                stream.__exit__(None, None, None)

    for n, events in seen.items():
        kinds = [kind for kind, _ in events]
        assert kinds[0] == "port" and kinds[1] == "run" and kinds[-1] == "result"
        stage_events = [data for kind, data in events if kind == "stage"]
        for data in stage_events:
            assert_matches("StageEvent", data)
            assert data["run_id"] == runs[n] and data["port"] == n
        started = [e["stage"] for e in stage_events if e["kind"] == "started"]
        assert started == STAGES
        result = events[-1][1]
        assert_matches("Run", result)
        assert result["state"] == "provisioned", result
        device_id = result["device_id"]
        assert device_id.startswith("demo-")

        run = api.client.get(f"/runs/{runs[n]}").json()
        assert run["result"]["status"] == "provisioned" and run["device_id"] == device_id
        unit = api.client.get(f"/units/{device_id}").json()
        assert_matches("UnitRecord", unit)
        record = unit["record"]
        # Exactly what the button records, with the client as the operator.
        assert record["status"] == "provisioned"
        assert record["operator"] == f"fixture-{n}"
        assert record["port"] == boards[int(n) - 1].url
        assert record["id_scope"] == SCOPE and record["profile_id"] == "demo-console"
        assert [a["operator"] for a in unit["attempts"]] == [f"fixture-{n}"]
        assert [a["outcome"] for a in unit["attempts"]] == ["provisioned"]
        assert {"record-pending", "record-done"} <= {e["stage"] for e in unit["events"]}

    counts = api.client.get("/counts").json()
    assert_matches("Counts", counts)
    assert counts["station"]["units"]["provisioned"] == 4
    assert counts["job"]["attempts"] == {"total": 4, "provisioned": 4, "failed": 0,
                                         "running": 0}
    job = api.client.get("/job").json()
    assert_matches("Job", job)
    assert (job["id_scope"], job["attestation"], job["ports"]) == (SCOPE, "sas-group", 4)
    assert job["serial_required"] is False and job["label_printer"] is None
    assert all(p["state"] == "idle" for p in api.client.get("/ports").json()["ports"])


def test_two_clients_starting_on_one_port_get_one_answer_each(tmp_path):
    with Board("race", hold="connect") as board, serving(tmp_path, [board.url]) as api:
        _race(api, board)


def _race(api, board):
    barrier = threading.Barrier(2)
    answers: dict[str, httpx.Response] = {}

    def start(client: str) -> None:
        barrier.wait()
        answers[client] = api.start("1", client=client)

    racers = [threading.Thread(target=start, args=(name,)) for name in ("mes", "fixture-9")]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join()
    assert sorted(a.status_code for a in answers.values()) == [202, 409]
    (winner,) = [name for name, a in answers.items() if a.status_code == 202]
    (loser,) = [a for a in answers.values() if a.status_code == 409]
    run_id = answers[winner].json()["run_id"]
    assert_matches("Error", loser.json())
    assert loser.json()["code"] == "port-busy"
    assert f"run {run_id} started by {winner}" in loser.json()["error"]

    with api.client.stream("GET", "/ports/1/events") as stream:
        board.release()
        result = until_result(sse(stream), run_id)[-1][1]
    assert result["state"] == "provisioned"
    record = api.client.get(f"/units/{result['device_id']}").json()["record"]
    assert record["operator"] == winner
    assert api.client.get("/counts").json()["job"]["attempts"]["total"] == 1


def test_a_cancelled_unit_ends_failed_with_who_stopped_it(tmp_path):
    with Board("cancel", hold="connect") as board, serving(tmp_path, [board.url]) as api:
        _cancel(api, board)


def _cancel(api, board):
    nothing = api.client.post("/ports/1/cancel", json={"client": "qa"})
    assert nothing.status_code == 409 and nothing.json()["code"] == "nothing-running"

    run_id = api.start("1", client="fixture-2").json()["run_id"]
    with api.client.stream("GET", "/ports/1/events") as stream:
        stopped = api.client.post("/ports/1/cancel", headers={"X-Station-Client": "qa"})
        assert stopped.status_code == 202 and stopped.json()["cancelled_by"] == "qa"
        board.release()
        result = until_result(sse(stream), run_id)[-1][1]
    assert result["state"] == "failed"
    assert result["result"]["reason"] == "stopped by qa through the automation API"
    counts = api.client.get("/counts").json()["job"]
    assert counts["attempts"] == {"total": 1, "provisioned": 0, "failed": 1, "running": 0}
    # The port is free again: the next unit runs.
    again = api.start("1", client="fixture-2").json()["run_id"]
    with api.client.stream("GET", "/ports/1/events") as stream:
        assert until_result(sse(stream), again)[-1][1]["state"] == "provisioned"


REFUSALS = [
    ("POST", "/ports/9/units", {"client": "x"}, 404, "unknown-port"),
    ("GET", "/ports/9", None, 404, "unknown-port"),
    ("GET", "/ports/9/events", None, 404, "unknown-port"),
    ("POST", "/ports/1/units", {}, 400, "bad-request"),
    ("POST", "/ports/1/units", {"client": "x", "colour": "red"}, 400, "bad-request"),
    ("POST", "/ports/1/units", {"client": "line\nbreak"}, 400, "bad-request"),
    ("POST", "/ports/1/units", [1, 2], 400, "bad-request"),
    ("GET", "/runs/nope", None, 404, "not-found"),
    ("GET", "/units/nope-1", None, 404, "not-found"),
    ("POST", "/units/nope-1/label", None, 409, "no-printer"),
    ("GET", "/nowhere", None, 404, "http-404"),
    ("DELETE", "/ports", None, 405, "http-405"),
]


def test_refusals_are_one_line_with_a_stable_code(tmp_path):
    with Board("refusals") as board, serving(tmp_path, [board.url]) as api:
        _refusals(api)


def _refusals(api):
    for method, path, body, status, code in REFUSALS:
        answer = api.client.request(method, path, json=body)
        assert answer.status_code == status, (method, path, answer.text)
        assert_matches("Error", answer.json())
        assert answer.json()["code"] == code
        assert "\n" not in answer.json()["error"]
    answer = api.client.post("/ports/1/units", content=b"{oops",
                             headers={"X-Station-Client": "x"})
    assert answer.status_code == 400 and "not JSON" in answer.json()["error"]
    assert api.station.ports["1"].last is None  # nothing was started


def test_stopping_the_server_stops_its_units_and_streams_and_leaves_no_thread(tmp_path):
    with Board("shutdown", hold="connect") as board:
        before = set(threading.enumerate())
        with serving(tmp_path, [board.url]) as api:
            _stop_while_busy(api, board, before)


def _stop_while_busy(api, board, before):
    run_id = api.start("1").json()["run_id"]
    streamed: list[tuple[str, dict]] = []
    following = threading.Event()

    def follow() -> None:
        with httpx.Client(base_url=api.server.url, timeout=30,
                          headers={"Authorization": f"Bearer {api.token}"}) as client:
            with client.stream("GET", "/ports/1/events") as stream:
                for event in sse(stream):  # until the server ends the stream
                    streamed.append(event)
                    following.set()

    follower = threading.Thread(target=follow)
    follower.start()
    following.wait()  # the stream is open: its first event came
    stopper = threading.Thread(target=api.server.stop)
    stopper.start()
    api.station.ports["1"].current.cancel.wait()  # asked to stop at its next step
    board.release()
    stopper.join()
    follower.join()

    assert streamed[-1][0] == "result" and streamed[-1][1]["run_id"] == run_id
    assert streamed[-1][1]["result"]["reason"] == SERVER_STOPPED
    left = {t for t in threading.enumerate() if t not in before and t.is_alive()}
    assert left == set(), [t.name for t in left]
    with pytest.raises(httpx.ConnectError):
        httpx.get(api.server.url + "/ports")


def test_labels_of_served_units_are_printed_and_a_printer_fault_loses_nothing(tmp_path):
    with StandInPrinter(paper_out=True) as printer:
        printing = LabelPrinting(PrinterAddress.parse(printer.address),
                                 LabelStock.parse("62x29", 300))
        with Board("labels") as board, serving(tmp_path, [board.url], printing) as api:
            assert api.client.get("/job").json()["label_printer"] == printer.address
            with api.client.stream("GET", "/ports/1/events") as stream:
                run_id = api.start("1").json()["run_id"]
                events = sse(stream)
                result = until_result(events, run_id)[-1][1]
                assert result["label"]["state"] == "queued"
                kind, labelled = next(events)
            assert kind == "label" and labelled["run_id"] == run_id
            device_id = result["device_id"]
            assert labelled["label"]["state"] == "failed"
            assert labelled["label"]["problem"].startswith(
                f"label of {device_id} not printed: the printer at {printer.address} is out of "
                "paper")
            record = api.client.get(f"/units/{device_id}").json()["record"]
            assert record["status"] == "provisioned"  # the printer's fault is not the unit's

            refused = api.client.post(f"/units/{device_id}/label")
            assert refused.status_code == 502 and refused.json()["code"] == "printer-fault"
            assert "out of paper" in refused.json()["error"]
            printer.paper_out = False  # labels loaded
            again = api.client.post(f"/units/{device_id}/label")
            assert again.status_code == 200, again.text
            assert_matches("Printed", again.json())
    (zpl,) = printer.formats
    (qr,) = read_label(zpl).qr_fields
    assert qr.data.endswith(f'{{"idScope":"{SCOPE}","deviceId":"{device_id}"}}')


def test_a_barcode_job_takes_the_serial_with_the_order(tmp_path):
    text = (REPO / "firmware_profiles" / "demo-console.toml").read_text()
    profile = tmp_path / "barcode-console.toml"
    profile.write_text(text.replace('id = "demo-console"', 'id = "barcode-console"').replace(
        'rule = "mac"', 'rule = "barcode"\npattern = "sn-[0-9]{6}"'))
    with Board("barcode") as board, serving(tmp_path, [board.url], profile=str(profile)) as api:
        assert api.client.get("/job").json()["serial_required"] is True
        missing = api.start("1")
        assert missing.status_code == 400
        assert missing.json()["error"] == "this job takes device IDs from the unit's barcode"
        with api.client.stream("GET", "/ports/1/events") as stream:
            run_id = api.start("1", serial="sn-000042").json()["run_id"]
            result = until_result(sse(stream), run_id)[-1][1]
    assert (result["state"], result["device_id"], result["serial"]) == (
        "provisioned", "sn-000042", "sn-000042")
