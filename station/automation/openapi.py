"""The OpenAPI 3.1 document of the automation API: served at ``/openapi.json`` and
shipped as ``docs/automation-openapi.json`` (a test keeps the two the same and
checks every route and answer against it)."""

from __future__ import annotations

from typing import Any

JSON = "application/json"
# The API's own version: its paths and fields, not the station's release.
API_VERSION = "1.0"


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(kind: str | dict) -> dict:
    if isinstance(kind, dict):
        return {"anyOf": [kind, {"type": "null"}]}
    return {"type": [kind, "null"]}


def _object(properties: dict[str, Any], description: str = "") -> dict:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": list(properties),
    }
    if description:
        schema["description"] = description
    return schema


def _answer(description: str, schema: str | None = None, media: str = JSON) -> dict:
    answer: dict[str, Any] = {"description": description}
    if schema is not None:
        answer["content"] = {media: {"schema": _ref(schema)}}
    return answer


def _error(description: str) -> dict:
    return _answer(description, "Error")


PORT = {"name": "port", "in": "path", "required": True, "schema": {"type": "string"},
        "description": "The port's number as GET /ports lists it (1, 2, …)."}
CLIENT = {"name": "X-Station-Client", "in": "header", "required": False,
          "schema": {"type": "string", "maxLength": 64},
          "description": "Who sends the request (a fixture, an MES); recorded as the unit's "
          "operator. The body's `client` field, when given, wins."}
AUTH_ERRORS = {"401": _error("No API token, or the wrong one.")}

SCHEMAS: dict[str, Any] = {
    "Error": _object({
        "error": {"type": "string", "description": "What was wrong, in one line."},
        "hint": _nullable("string"),
        "code": {"type": "string", "description": "A stable code, listed with what to do in "
                 "docs/error-codes.md: the API's own (unauthorized, unknown-port, not-found, "
                 "port-busy, nothing-running, no-printer, stopping, bad-request, http-NNN) or "
                 "the station error's (e.g. config, printer-fault, manifest)."},
    }),
    "StartUnit": {
        "type": "object", "additionalProperties": False,
        "properties": {
            "client": {"type": "string", "maxLength": 64,
                       "description": "Who starts the unit (else the X-Station-Client header)."},
            "serial": {"type": "string", "maxLength": 256,
                       "description": "The unit's scanned serial or barcode; required when "
                       "the job's device IDs come from barcodes (GET /job: serial_required)."},
        },
    },
    "CancelUnit": {
        "type": "object", "additionalProperties": False,
        "properties": {"client": {"type": "string", "maxLength": 64}},
    },
    "Result": _object({
        "status": {"enum": ["provisioned", "failed"]},
        "device_id": _nullable("string"),
        "failed_stage": _nullable("string"),
        "reason": _nullable("string"),
        "hint": _nullable("string"),
    }),
    "Run": _object({
        "run_id": {"type": "string"},
        "port": {"type": "string"},
        "port_name": {"type": "string"},
        "client": {"type": "string"},
        "serial": _nullable("string"),
        "state": {"enum": ["running", "provisioned", "failed"]},
        "stage": {"type": "string", "description": "The stage reached (empty before detect)."},
        "device_id": _nullable("string"),
        "started_at": {"type": "string", "format": "date-time"},
        "ended_at": _nullable("string"),
        "cancelled_by": _nullable("string"),
        "result": _nullable(_ref("Result")),
        "label": _object({
            "state": {"enum": ["none", "queued", "printed", "failed"]},
            "problem": _nullable("string"),
        }),
    }, "One unit started through the API."),
    "Port": _object({
        "port": {"type": "string"},
        "name": {"type": "string", "description": "The serial port or socket:// URL."},
        "state": {"enum": ["idle", "busy"]},
        "run": _nullable(_ref("Run")),
    }, "A port, with its running unit or else its last one."),
    "Ports": _object({"ports": {"type": "array", "items": _ref("Port")}}),
    "Job": _object({
        "job_id": {"type": "string"},
        "profile": _object({"id": {"type": "string"}, "name": {"type": "string"}}),
        "id_scope": {"type": "string"},
        "attestation": {"enum": ["sas-group", "sas-individual", "x509-group",
                                 "x509-individual", "tpm"]},
        "model_id": _nullable("string"),
        "dps_endpoint": {"type": "string"},
        "station_id": {"type": "string"},
        "identity_rule": {"type": "string"},
        "serial_required": {"type": "boolean"},
        "manifest": {"type": "string"},
        "label_printer": _nullable("string"),
        "ports": {"type": "integer"},
    }),
    "CountSet": _object({
        "units": {"type": "object", "additionalProperties": {"type": "integer"},
                  "description": "Units first recorded that day, by status."},
        "attempts": _object({
            "total": {"type": "integer"}, "provisioned": {"type": "integer"},
            "failed": {"type": "integer"}, "running": {"type": "integer"},
        }),
    }),
    "Counts": _object({
        "day": {"type": "string", "format": "date"},
        "since": {"type": "string", "format": "date-time"},
        "station": _ref("CountSet"),
        "job": _ref("CountSet"),
    }, "The day's counts (local time): the whole manifest's and this job's."),
    "UnitRecord": _object({
        "record": {"type": "object", "description": "The manifest's record of the unit "
                   "(public facts only)", "required": ["device_id", "status", "operator"],
                   "properties": {"device_id": {"type": "string"},
                                  "status": {"enum": ["pending", "provisioned", "failed"]},
                                  "operator": {"type": "string"}}},
        "attempts": {"type": "array", "items": {"type": "object"}},
        "events": {"type": "array", "items": {"type": "object"}},
    }),
    "Printed": _object({"device_id": {"type": "string"}, "printed": {"const": True}}),
    "StageEvent": _object({
        "type": {"const": "stage"},
        "run_id": {"type": "string"},
        "port": {"type": "string"},
        "port_name": {"type": "string"},
        "stage": {"enum": ["detect", "identify", "credentials", "record-pending", "write",
                           "verify", "record-done", "label"]},
        "kind": {"enum": ["started", "progress", "log", "finished", "failed"]},
        "message": {"type": "string"},
        "done": {"type": "integer"},
        "total": {"type": "integer"},
        "device_id": _nullable("string"),
        "hint": _nullable("string"),
        "at": {"type": "string", "format": "date-time"},
    }, "An event of the `stage` type in a port's stream."),
}

STREAM_DESCRIPTION = (
    "Server-sent events (text/event-stream), each `data:` line one JSON object whose "
    "`type` is the SSE event name: `port` (first: the port as GET /ports/{port} gives "
    "it), `run` (a unit started: a Run), `stage` (a StageEvent), `result` (the unit "
    "ended: a Run with its result), `label` (its label printed or not: a Run). A comment "
    "line comes every 15 s when nothing happens. The stream ends when the server stops."
)


def _get(summary: str, answer: dict, *errors: tuple[str, str], params: list | None = None,
         operation: str) -> dict:
    return {
        "get": {
            "operationId": operation, "summary": summary, "parameters": params or [],
            "responses": {"200": answer, **AUTH_ERRORS,
                          **{code: _error(text) for code, text in errors}},
        }
    }


def _post(summary: str, status: str, answer: dict, *errors: tuple[str, str],
          params: list, body: str | None, operation: str) -> dict:
    operation_doc: dict[str, Any] = {
        "operationId": operation, "summary": summary, "parameters": params,
        "responses": {status: answer, **AUTH_ERRORS,
                      **{code: _error(text) for code, text in errors}},
    }
    if body is not None:
        operation_doc["requestBody"] = {
            "required": False, "content": {JSON: {"schema": _ref(body)}}}
    return {"post": operation_doc}


UNKNOWN_PORT = ("404", "No such port.")
BAD_BODY = ("400", "The body or the client name cannot be used, or a serial is missing.")
DEVICE = {"name": "device_id", "in": "path", "required": True, "schema": {"type": "string"}}

PATHS: dict[str, Any] = {
    "/openapi.json": _get("This document.", {"description": "The OpenAPI document.",
                          "content": {JSON: {"schema": {"type": "object"}}}},
                          operation="openapi"),
    "/ports": _get("The ports and their state.", _answer("The ports.", "Ports"),
                   operation="listPorts"),
    "/ports/{port}": _get("One port and its running (or last) unit.",
                          _answer("The port.", "Port"), UNKNOWN_PORT, params=[PORT],
                          operation="getPort"),
    "/ports/{port}/units": _post(
        "Start a unit on the port, recorded as the button would, with the client as "
        "operator.", "202", _answer("Started; follow it at /runs/{run_id} or in the "
                                    "port's events.", "Run"),
        BAD_BODY, UNKNOWN_PORT,
        ("409", "The port is busy with another unit: the error names the run and who "
                "started it."),
        ("503", "The server is stopping."),
        params=[PORT, CLIENT], body="StartUnit", operation="startUnit"),
    "/ports/{port}/cancel": _post(
        "Stop the port's running unit at its next step; it ends failed, with the reason "
        "recorded.", "202", _answer("Asked to stop; its result follows.", "Run"),
        BAD_BODY, UNKNOWN_PORT, ("409", "No unit is running on the port."),
        params=[PORT, CLIENT], body="CancelUnit", operation="cancelUnit"),
    "/ports/{port}/events": _get(
        "The port's events as they happen.",
        {"description": STREAM_DESCRIPTION,
         "content": {"text/event-stream": {"schema": {"type": "string"}}}},
        UNKNOWN_PORT, params=[PORT], operation="streamPortEvents"),
    "/runs/{run_id}": _get(
        "A unit started through the API: its state and result.", _answer("The run.", "Run"),
        ("404", "No such run (runs are kept while the server runs)."),
        params=[{"name": "run_id", "in": "path", "required": True,
                 "schema": {"type": "string"}}], operation="getRun"),
    "/units/{device_id}": _get(
        "A unit's record in the manifest, with its attempts and events.",
        _answer("The record.", "UnitRecord"), ("404", "The manifest has no such unit."),
        params=[DEVICE], operation="getUnit"),
    "/units/{device_id}/label": _post(
        "Print a provisioned unit's label again on the station's label printer.", "200",
        _answer("Printed.", "Printed"),
        ("409", "No label printer, or the unit is not provisioned."),
        ("502", "The printer failed: the error says how."),
        params=[DEVICE], body=None, operation="printLabel"),
    "/job": _get("The job the station runs.", _answer("The job.", "Job"), operation="getJob"),
    "/counts": _get("The day's counts.", _answer("The counts.", "Counts"),
                    operation="getCounts"),
}


def openapi_document() -> dict:
    """The API's OpenAPI 3.1 document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Provisioning Station automation API",
            "version": API_VERSION,
            "description": "Start, follow and read units on the ports of a running "
            "`station serve`, for test fixtures and MES. Every request needs the station's "
            "API token (`station serve-token`) as a bearer token. Plain HTTP, on loopback "
            "unless the station was bound elsewhere on purpose.",
        },
        "servers": [{"url": "http://127.0.0.1:8765"}],
        "security": [{"bearer": []}],
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
