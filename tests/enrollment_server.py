"""A strict local stand-in for the DPS service API and the IoT Central device API.

``ServiceServer`` is a stdlib HTTP server on 127.0.0.1 in a thread. It checks
every request as the REST references define it (method, path, api-version,
Authorization, body field names and types), records what it received, and
answers with the services' documented responses. Requests it finds wrong get
a 400 and land in ``problems``, which a passing test expects empty.

Faults are queued per request kind and used one per request, in order:
throttling (429 with Retry-After), server errors (500/503), a connection
dropped before or after the service applied the request, and so on.

Also here: helpers that build manifests through the manifest's own API.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import socket
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote_plus, unquote, unquote_plus, urlsplit

from cryptography import x509

from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.credentials.providers import SasIndividualProvider, X509IndividualProvider
from station.manifest import Manifest, StationKey

DPS_API_VERSION = "2021-10-01"
IOTC_API_VERSION = "2022-07-31"
DPS_HOST = "station-test.azure-devices-provisioning.net"
DPS_KEY_NAME = "provisioningserviceowner"
IOTC_TOKEN = "SharedAccessSignature sr=2f5e2a1b&sig=c2VjcmV0&skn=station-upload&se=4102444800000"

REGISTRATION_ID = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._:-]{0,126}[A-Za-z0-9])?$")
ENROLLMENT_FIELDS = {
    "registrationId",
    "deviceId",
    "attestation",
    "capabilities",
    "initialTwin",
    "provisioningStatus",
    "iotHubHostName",
    "iotHubs",
    "allocationPolicy",
    "reprovisionPolicy",
    "customAllocationDefinition",
    "optionalDeviceInformation",
    "etag",
}
CENTRAL_DEVICE_FIELDS = {"displayName", "template", "enabled", "simulated", "organizations", "etag"}


class Fault:
    """What to do to one request instead of (or after) answering it normally."""

    THROTTLE = "throttle"  # 429 with Retry-After (``value`` seconds)
    SERVER_ERROR = "server-error"  # 500
    UNAVAILABLE = "unavailable"  # 503 without Retry-After
    DROP_BEFORE = "drop-before"  # close the connection without applying the request
    DROP_AFTER = "drop-after"  # apply the request, then close without answering


@dataclass
class Answer:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False


class BadRequest(Exception):
    """The request breaks the reference; answered 400 and recorded in ``problems``."""


# -- checks shared by both services ------------------------------------------------


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise BadRequest(message)


def _check_exact_fields(obj: Any, allowed: set[str], required: set[str], where: str) -> None:
    _require(isinstance(obj, dict), f"{where} is not an object")
    unknown = set(obj) - allowed
    _require(not unknown, f"{where} has unknown fields {sorted(unknown)}")
    missing = required - set(obj)
    _require(not missing, f"{where} lacks {sorted(missing)}")


def _check_base64(value: Any, where: str, min_bytes: int = 1, max_bytes: int = 1 << 20) -> bytes:
    _require(isinstance(value, str), f"{where} is not a string")
    try:
        raw = base64.b64decode(value, validate=True)
    except binascii.Error as exc:
        raise BadRequest(f"{where} is not base64") from exc
    _require(min_bytes <= len(raw) <= max_bytes, f"{where} has {len(raw)} bytes")
    return raw


def _certificate_info(der: bytes) -> dict[str, Any]:
    cert = x509.load_der_x509_certificate(der)
    return {
        "subjectName": cert.subject.rfc4514_string(),
        "sha1Thumbprint": hashlib.sha1(der).hexdigest().upper(),
        "sha256Thumbprint": hashlib.sha256(der).hexdigest().upper(),
        "issuerName": cert.issuer.rfc4514_string(),
        "notBeforeUtc": cert.not_valid_before_utc.isoformat(),
        "notAfterUtc": cert.not_valid_after_utc.isoformat(),
        "serialNumber": format(cert.serial_number, "X"),
        "version": cert.version.value + 1,
    }


def check_attestation(attestation: Any, where: str) -> dict[str, Any]:
    """Check an individual attestation (same shape for DPS and IoT Central); returns it stored.

    X.509 certificates are kept as their info, as the services do.
    """
    _require(isinstance(attestation, dict), f"{where} is not an object")
    kind = attestation.get("type")
    if kind == "symmetricKey":
        _check_exact_fields(attestation, {"type", "symmetricKey"}, {"type", "symmetricKey"}, where)
        keys = attestation["symmetricKey"]
        _check_exact_fields(keys, {"primaryKey", "secondaryKey"}, {"primaryKey"}, where)
        for name, value in keys.items():
            _check_base64(value, f"{where}.symmetricKey.{name}", 16, 64)
        return {"type": kind, "symmetricKey": dict(keys)}
    if kind == "tpm":
        _check_exact_fields(attestation, {"type", "tpm"}, {"type", "tpm"}, where)
        tpm = attestation["tpm"]
        _check_exact_fields(tpm, {"endorsementKey", "storageRootKey"}, {"endorsementKey"}, where)
        _check_base64(tpm["endorsementKey"], f"{where}.tpm.endorsementKey", 32)
        return {"type": kind, "tpm": {"endorsementKey": tpm["endorsementKey"]}}
    if kind == "x509":
        _check_exact_fields(attestation, {"type", "x509"}, {"type", "x509"}, where)
        body = attestation["x509"]
        _check_exact_fields(body, {"clientCertificates"}, {"clientCertificates"}, f"{where}.x509")
        certs = body["clientCertificates"]
        _check_exact_fields(certs, {"primary", "secondary"}, {"primary"}, f"{where}.x509.cc")
        stored: dict[str, Any] = {}
        for slot, item in certs.items():
            _check_exact_fields(item, {"certificate"}, {"certificate"}, f"{where}.{slot}")
            der = _check_base64(item["certificate"], f"{where}.{slot}.certificate", 64)
            try:
                stored[slot] = {"certificate": None, "info": _certificate_info(der)}
            except ValueError as exc:
                raise BadRequest(f"{where}.{slot}.certificate is not a DER certificate") from exc
        return {"type": kind, "x509": {"clientCertificates": stored}}
    raise BadRequest(f"{where}.type {kind!r} is not symmetricKey, tpm or x509")


# -- DPS ---------------------------------------------------------------------------------


class FakeDps:
    """The DPS service API: bulk enrollment, attestation mechanism, get enrollment.

    Checks the SharedAccessSignature against ``host_name``, ``key_name`` and ``key``.
    """

    def __init__(self, host_name: str = DPS_HOST, key_name: str = DPS_KEY_NAME) -> None:
        self.host_name = host_name
        self.key_name = key_name
        self.key = base64.b64encode(hashlib.sha256(b"dps-test-key").digest()).decode()
        self.enrollments: dict[str, dict[str, Any]] = {}
        self.created: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()
        self.bulk_bodies: list[dict[str, Any]] = []
        self.rejected: dict[str, tuple[int, str]] = {}
        self.succeeded_with_entry: dict[str, tuple[int, str]] = {}
        self.faults: dict[str, deque[tuple[str, str]]] = {"bulk": deque(), "any": deque()}
        self.lock = threading.Lock()
        self.request_headers: Any = {}
        self.request_query: dict[str, str] = {}

    @property
    def connection_string(self) -> str:
        return (
            f"HostName={self.host_name};SharedAccessKeyName={self.key_name};"
            f"SharedAccessKey={self.key}"
        )

    def fault(self, kind: str, fault: str, value: str = "", times: int = 1) -> None:
        """Queue ``fault`` for the next ``times`` requests of ``kind`` (``bulk`` or ``any``)."""
        for _ in range(times):
            self.faults[kind].append((fault, value))

    def seed(self, enrollment: dict[str, Any]) -> None:
        """An enrollment the service held before the upload (made by someone else)."""
        stored = dict(enrollment)
        stored["attestation"] = check_attestation(enrollment["attestation"], "seed")
        self.enrollments[enrollment["registrationId"].lower()] = stored

    def reject(self, registration_id: str, code: int = 400004, status: str = "Bad format") -> None:
        """Answer this enrollment with a per-item error in bulk results."""
        self.rejected[registration_id.lower()] = (code, status)

    def report_success(
        self, registration_id: str, code: int = 200, status: str = "Succeeded"
    ) -> None:
        """Create this enrollment, and still list it in the bulk result's ``errors``.

        The service may report per-item success that way (errorCode 200 or 200xxx).
        """
        self.succeeded_with_entry[registration_id.lower()] = (code, status)

    def sent_in_bulk(self) -> Counter[str]:
        """How many bulk bodies carried each registration ID."""
        counts: Counter[str] = Counter()
        for body in self.bulk_bodies:
            for enrollment in body["enrollments"]:
                counts[enrollment["registrationId"]] += 1
        return counts

    # -- authorization --

    def check_authorization(self, header: str | None) -> str | None:
        """None when the SAS token is valid, else why not (answered 401)."""
        prefix = "SharedAccessSignature "
        if not header or not header.startswith(prefix):
            return "no SharedAccessSignature"
        fields: dict[str, str] = {}
        for part in header[len(prefix) :].split("&"):
            name, sep, value = part.partition("=")
            if not sep or name in fields:
                return f"malformed token part {part!r}"
            fields[name] = value
        if set(fields) != {"sr", "sig", "se", "skn"}:
            return f"token fields {sorted(fields)}"
        if unquote_plus(fields["sr"]).lower() != self.host_name.lower():
            return f"token for {unquote_plus(fields['sr'])!r}, not {self.host_name!r}"
        if unquote_plus(fields["skn"]) != self.key_name:
            return f"unknown policy {fields['skn']!r}"
        try:
            expiry = int(fields["se"])
        except ValueError:
            return "expiry is not a number"
        if expiry <= time.time():
            return "token expired"
        if expiry > time.time() + 366 * 86400:
            return "token lives longer than a year"
        message = f"{quote_plus(self.host_name)}\n{expiry}".encode()
        expected = base64.b64encode(
            hmac.new(base64.b64decode(self.key), message, hashlib.sha256).digest()
        ).decode()
        if not hmac.compare_digest(unquote_plus(fields["sig"]), expected):
            return "signature does not match"
        return None

    # -- requests --

    def handle(self, method: str, path: str, body: Any) -> Answer:
        if path == "/enrollments" and method == "POST":
            return self._bulk(body)
        match = re.fullmatch(r"/enrollments/([^/]+)(/attestationmechanism)?", path)
        if match and method == "POST" and match.group(2):
            return self._attestation_mechanism(unquote(match.group(1)))
        if match and method == "GET" and not match.group(2):
            return self._get(unquote(match.group(1)))
        if match and method == "PUT" and not match.group(2):
            return self._put(unquote(match.group(1)), body)
        raise BadRequest(f"no such operation: {method} {path}")

    def _put(self, registration_id: str, body: Any) -> Answer:
        """Create or update one enrollment. An update must name the etag it replaces,
        in If-Match (or the body's etag): DPS answers 412 to a stale one."""
        _check_exact_fields(body, ENROLLMENT_FIELDS, {"registrationId", "attestation"}, "body")
        _require(body["registrationId"] == registration_id, "registrationId differs from path")
        key = registration_id.lower()
        stored = self.enrollments.get(key)
        if_match = (self.request_headers or {}).get("If-Match") or body.get("etag")
        if stored is not None:
            if if_match not in (stored.get("etag"), "*"):
                return Answer(412, {"errorCode": 412002, "trackingId": uuid.uuid4().hex,
                                    "message": "Precondition failed: the etag does not match."})
            self.updated[registration_id] += 1
        else:
            self.created[registration_id] += 1
        replaced = {name: value for name, value in body.items() if name != "etag"}
        replaced["attestation"] = check_attestation(body["attestation"], "stored")
        replaced["etag"] = uuid.uuid4().hex
        self.enrollments[key] = replaced
        return Answer(200, replaced)

    def _not_found(self, registration_id: str) -> Answer:
        return Answer(404, {"errorCode": 404201, "trackingId": uuid.uuid4().hex,
                            "message": f"Enrollment {registration_id} not found."})

    def _attestation_mechanism(self, registration_id: str) -> Answer:
        stored = self.enrollments.get(registration_id.lower())
        if stored is None:
            return self._not_found(registration_id)
        return Answer(200, stored["attestation"])

    def _get(self, registration_id: str) -> Answer:
        stored = self.enrollments.get(registration_id.lower())
        if stored is None:
            return self._not_found(registration_id)
        shown = json.loads(json.dumps(stored))
        if shown["attestation"]["type"] == "symmetricKey":
            # DPS shows keys through the attestation mechanism only.
            shown["attestation"]["symmetricKey"] = {"primaryKey": None, "secondaryKey": None}
        return Answer(200, shown)

    def check_bulk(self, body: Any) -> None:
        _check_exact_fields(body, {"mode", "enrollments"}, {"mode", "enrollments"}, "body")
        _require(body["mode"] == "create", f"mode {body['mode']!r} is not create")
        enrollments = body["enrollments"]
        _require(isinstance(enrollments, list), "enrollments is not a list")
        _require(1 <= len(enrollments) <= 10, f"{len(enrollments)} enrollments in one call")
        seen: set[str] = set()
        for index, enrollment in enumerate(enrollments):
            where = f"enrollments[{index}]"
            _check_exact_fields(
                enrollment, ENROLLMENT_FIELDS, {"registrationId", "attestation"}, where
            )
            registration_id = enrollment["registrationId"]
            _require(isinstance(registration_id, str), f"{where}.registrationId not a string")
            _require(bool(REGISTRATION_ID.match(registration_id)), f"{where}.registrationId")
            _require(registration_id.lower() not in seen, f"{where} repeats {registration_id}")
            seen.add(registration_id.lower())
            if "deviceId" in enrollment:
                _require(isinstance(enrollment["deviceId"], str), f"{where}.deviceId")
            if "capabilities" in enrollment:
                caps = enrollment["capabilities"]
                _check_exact_fields(caps, {"iotEdge"}, {"iotEdge"}, f"{where}.capabilities")
                _require(isinstance(caps["iotEdge"], bool), f"{where}.capabilities.iotEdge")
            if "provisioningStatus" in enrollment:
                _require(
                    enrollment["provisioningStatus"] in ("enabled", "disabled"),
                    f"{where}.provisioningStatus",
                )
            if "initialTwin" in enrollment:
                twin = enrollment["initialTwin"]
                _check_exact_fields(twin, {"tags", "properties"}, set(), f"{where}.initialTwin")
                if "tags" in twin:
                    _require(isinstance(twin["tags"], dict), f"{where}.initialTwin.tags")
                if "properties" in twin:
                    _check_exact_fields(twin["properties"], {"desired"}, {"desired"},
                                        f"{where}.initialTwin.properties")
                    _require(isinstance(twin["properties"]["desired"], dict),
                             f"{where}.initialTwin.properties.desired")
            check_attestation(enrollment["attestation"], f"{where}.attestation")

    def _bulk(self, body: Any) -> Answer:
        self.check_bulk(body)
        self.bulk_bodies.append(body)
        errors = []
        for enrollment in body["enrollments"]:
            registration_id = enrollment["registrationId"]
            key = registration_id.lower()
            if key in self.rejected:
                code, status = self.rejected[key]
                errors.append(
                    {"registrationId": registration_id, "errorCode": code, "errorStatus": status}
                )
                continue
            if key in self.enrollments:
                errors.append(
                    {
                        "registrationId": registration_id,
                        "errorCode": 409201,
                        "errorStatus": f"Enrollment {registration_id} already exists.",
                    }
                )
                continue
            stored = dict(enrollment)
            stored["attestation"] = check_attestation(enrollment["attestation"], "stored")
            stored["etag"] = uuid.uuid4().hex
            self.enrollments[key] = stored
            self.created[registration_id] += 1
            if key in self.succeeded_with_entry:
                code, status = self.succeeded_with_entry[key]
                errors.append(
                    {"registrationId": registration_id, "errorCode": code, "errorStatus": status}
                )
        failed = [e for e in errors if not 200 <= int(str(e["errorCode"])[:3]) < 300]
        return Answer(200, {"isSuccessful": not failed, "errors": errors})


# -- IoT Central ------------------------------------------------------------------------


class FakeCentral:
    """The IoT Central device API: devices and their attestations (API token auth)."""

    def __init__(self, token: str = IOTC_TOKEN) -> None:
        self.token = token
        self.devices: dict[str, dict[str, Any]] = {}
        self.attestations: dict[str, dict[str, Any]] = {}
        self.device_puts: Counter[str] = Counter()
        self.attestation_puts: Counter[str] = Counter()
        self.faults: dict[str, deque[tuple[str, str]]] = {"put": deque(), "any": deque()}
        self.lock = threading.Lock()
        self.request_headers: Any = {}
        self.request_query: dict[str, str] = {}

    def fault(self, kind: str, fault: str, value: str = "", times: int = 1) -> None:
        """Queue ``fault`` for the next ``times`` requests of ``kind`` (``put`` or ``any``)."""
        for _ in range(times):
            self.faults[kind].append((fault, value))

    def seed(self, device_id: str, attestation: dict[str, Any] | None = None) -> None:
        self.devices[device_id] = {"id": device_id, "displayName": device_id, "enabled": True}
        if attestation is not None:
            self.attestations[device_id] = check_attestation(attestation, "seed")

    def check_authorization(self, header: str | None) -> str | None:
        if header != self.token:
            return "API token not valid"
        return None

    def handle(self, method: str, path: str, body: Any) -> Answer:
        match = re.fullmatch(r"/api/devices/([^/]+)(/attestation)?", path)
        if not match:
            raise BadRequest(f"no such operation: {method} {path}")
        device_id = unquote(match.group(1))
        if match.group(2):
            return self._attestation(method, device_id, body)
        return self._device(method, device_id, body)

    def _error(self, status: int, code: str, message: str) -> Answer:
        return Answer(status, {"error": {"code": code, "message": message,
                                         "requestId": uuid.uuid4().hex}})

    def _device(self, method: str, device_id: str, body: Any) -> Answer:
        if method == "GET":
            device = self.devices.get(device_id)
            if device is None:
                return self._error(404, "NotFound", f"Device {device_id} not found.")
            return Answer(200, device)
        _require(method == "PUT", f"{method} on a device")
        _check_exact_fields(body, CENTRAL_DEVICE_FIELDS, set(), "device")
        for name, kind in (("displayName", str), ("template", str), ("enabled", bool)):
            if name in body:
                _require(isinstance(body[name], kind), f"device.{name} is not {kind.__name__}")
        device = {"id": device_id, "etag": uuid.uuid4().hex, "provisioned": False,
                  "simulated": False, **body}
        self.devices[device_id] = device
        self.device_puts[device_id] += 1
        return Answer(200, device)

    def _attestation(self, method: str, device_id: str, body: Any) -> Answer:
        if device_id not in self.devices:
            return self._error(404, "NotFound", f"Device {device_id} not found.")
        if method == "GET":
            held = self.attestations.get(device_id)
            if held is None:
                return self._error(404, "NotFound", f"Device {device_id} has no attestation.")
            return Answer(200, held)
        _require(method == "PUT", f"{method} on an attestation")
        stored = check_attestation(body, "attestation")
        self.attestations[device_id] = stored
        self.attestation_puts[device_id] += 1
        return Answer(200, stored)


# -- the HTTP server ---------------------------------------------------------------------


class ServiceServer:
    """Serves a FakeDps or FakeCentral on 127.0.0.1 in a thread; a context manager."""

    def __init__(self, service: FakeDps | FakeCentral) -> None:
        self.service = service
        self.problems: list[str] = []
        self.requests: list[tuple[str, str]] = []
        self.unauthorized = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        if hasattr(service, "base_url"):
            service.base_url = self.url  # for the absolute next links a service gives

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> ServiceServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._serve("GET")

            def do_PUT(self) -> None:
                self._serve("PUT")

            def do_POST(self) -> None:
                self._serve("POST")

            def do_PATCH(self) -> None:
                self._serve("PATCH")

            def do_DELETE(self) -> None:
                self._serve("DELETE")

            def _serve(self, method: str) -> None:
                with owner.service.lock:
                    answer = owner.answer(method, self.path, self.headers, self._body())
                if answer.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                payload = b"" if answer.body is None else json.dumps(answer.body).encode()
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("x-ms-request-id", uuid.uuid4().hex)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def _body(self) -> bytes:
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

        return Handler

    def answer(self, method: str, raw_path: str, headers: Any, raw_body: bytes) -> Answer:
        """Check one request and decide the answer (called with the service's lock held)."""
        parts = urlsplit(raw_path)
        path = parts.path
        self.requests.append((method, path))
        service = self.service
        api_version = DPS_API_VERSION if isinstance(service, FakeDps) else IOTC_API_VERSION
        query = parse_qs(parts.query, keep_blank_values=True)
        # Services that take more than the API version say which parameters, per request.
        extra = getattr(service, "extra_query", lambda method, path: set())(method, path)
        try:
            _require(query.get("api-version") == [api_version]
                     and set(query) - {"api-version"} <= extra, f"query {parts.query!r}")
            _require(all(len(values) == 1 for values in query.values()),
                     f"query {parts.query!r} repeats a parameter")
            service.request_headers = headers
            service.request_query = {name: values[0] for name, values in query.items()}
            body: Any = None
            if method in ("PUT", "POST", "PATCH") and raw_body:
                content_type = headers.get("Content-Type", "")
                _require(content_type.startswith("application/json"), f"type {content_type!r}")
                try:
                    body = json.loads(raw_body)
                except ValueError as exc:
                    raise BadRequest("body is not JSON") from exc
            else:
                _require(not raw_body, f"{method} {path} carries a body")
        except BadRequest as exc:
            self.problems.append(f"{method} {path}: {exc}")
            return Answer(400, {"message": str(exc)})
        why = service.check_authorization(headers.get("Authorization"))
        if why is not None:
            self.unauthorized += 1
            return Answer(401, {"errorCode": 401002, "message": f"Unauthorized: {why}"})
        fault = self._take_fault(method, path)
        if fault is not None:
            name, value = fault
            if name == Fault.THROTTLE:
                return Answer(429, {"errorCode": 429001, "message": "Too many requests"},
                              {"Retry-After": value or "1"})
            if name == Fault.SERVER_ERROR:
                return Answer(500, {"errorCode": 500001, "message": "Internal server error"})
            if name == Fault.UNAVAILABLE:
                return Answer(503, {"errorCode": 503001, "message": "Service unavailable"})
            if name == Fault.DROP_BEFORE:
                return Answer(0, drop=True)
        try:
            answer = service.handle(method, path, body)
        except BadRequest as exc:
            self.problems.append(f"{method} {path}: {exc}")
            return Answer(400, {"errorCode": 400004, "message": str(exc)})
        if fault is not None and fault[0] == Fault.DROP_AFTER:
            return Answer(0, drop=True)
        return answer

    def _take_fault(self, method: str, path: str) -> tuple[str, str] | None:
        faults = self.service.faults
        kind_of = getattr(self.service, "fault_kind", None)
        if kind_of is not None:
            specific = kind_of(method, path)
        elif isinstance(self.service, FakeDps):
            specific = "bulk" if (method, path) == ("POST", "/enrollments") else None
        else:
            specific = "put" if method == "PUT" else None
        if specific and faults[specific]:
            return faults[specific].popleft()
        if faults["any"]:
            return faults["any"].popleft()
        return None


# -- manifests to upload ------------------------------------------------------------------


def make_job(attestation: Attestation, model_id: str = "") -> Job:
    return Job(
        job_id=f"job-{attestation}",
        profile_id="esp32-devkit",
        id_scope="0ne0012ABCD",
        attestation=attestation,
        operator="ana",
        station_id="line-1",
        model_id=model_id,
    )


def fake_ek_public(device_id: str) -> str:
    """A base64 blob in the place of a TPM2B_PUBLIC (the upload only carries it)."""
    return base64.b64encode(hashlib.sha512(device_id.encode()).digest() * 4).decode()


def make_credential(attestation: Attestation, device_id: str) -> Credential:
    identity = DeviceIdentity(device_id, "counter")
    if attestation is Attestation.SAS_INDIVIDUAL:
        return SasIndividualProvider().issue(identity)
    if attestation is Attestation.X509_INDIVIDUAL:
        return X509IndividualProvider().issue(identity)
    if attestation is Attestation.TPM:
        return Credential(attestation, ek_public=fake_ek_public(device_id))
    if attestation is Attestation.X509_GROUP:
        return Credential(attestation, thumbprint_sha1="AB" * 20)
    return Credential(attestation)


def provision(
    path: Path,
    key: StationKey,
    units: Iterable[tuple[str, Attestation]],
    *,
    model_id: str = "",
    finish: bool = True,
) -> dict[str, Credential]:
    """Record each (device ID, attestation) as the pipeline does; returns the credentials."""
    issued: dict[str, Credential] = {}
    with Manifest.open(path, key) as manifest:
        for index, (device_id, attestation) in enumerate(units):
            job = make_job(attestation, model_id)
            credential = make_credential(attestation, device_id)
            unit = Unit(
                job=job,
                board=BoardInfo(port=f"COM{index}", board_type="devkit", chip="ESP32"),
                identity=DeviceIdentity(device_id, "counter"),
                credential=credential,
            )
            attempt = manifest.begin_attempt(job, unit.board.port)
            manifest.record_pending(attempt, unit)
            if finish:
                manifest.record_provisioned(attempt, device_id)
            issued[device_id] = credential
    return issued


# -- profiles with an [enrollment] section ---------------------------------------------------

SHIPPED_PROFILE = Path(__file__).resolve().parents[1] / "firmware_profiles" / "demo-console.toml"


def write_profile(folder: Path, profile_id: str = "esp32-devkit", enrollment: str = "") -> Path:
    """A valid console profile with ``profile_id`` and ``enrollment`` TOML appended."""
    text = SHIPPED_PROFILE.read_text(encoding="utf-8")
    text = text.replace('id = "demo-console"', f'id = "{profile_id}"', 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{profile_id}.toml"
    path.write_text(text + "\n" + enrollment, encoding="utf-8")
    return path
