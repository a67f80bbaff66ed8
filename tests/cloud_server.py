"""Strict local stand-ins for the cloud side of a job: enrollment groups, CA proof of
possession, devices that register, and status read back with paging.

``CloudDps`` and ``CloudCentral`` extend ``FakeDps`` and ``FakeCentral`` (served
by ``ServiceServer``) with what their REST references define for this:

- DPS service API 2021-10-01: ``/enrollmentGroups/{id}`` (GET, PUT with
  ``If-Match``, ``attestationmechanism``), ``POST /enrollmentGroups/query``,
  ``POST /enrollments/query`` and ``POST /registrations/{groupId}/query`` (paged
  with ``x-ms-max-item-count`` and ``x-ms-continuation``), ``GET /registrations/{id}``.
- IoT Central 2022-07-31: ``/api/enrollmentGroups/{id}`` (GET, PUT, PATCH),
  ``/certificates/{entry}`` with ``generateVerificationCode`` and ``verify`` (only
  a certificate with CN = the code, signed by the uploaded CA's key, verifies), and
  ``GET /api/devices`` paged with ``$top`` and an absolute ``nextLink``.

Both keep state, so a test creates a group, registers devices *as a device would*
(``register``: a SAS key derived from a group key, or a leaf signed by a group's
CA), and reads status back. ``max_page`` caps pages below what the client asks
for, as the services may. Listing requests take the fault kind ``list``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import uuid
from collections import Counter, deque
from typing import Any
from urllib.parse import unquote

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import Encoding

from tests.enrollment_server import (
    Answer,
    BadRequest,
    FakeCentral,
    FakeDps,
    _certificate_info,
    _check_base64,
    _check_exact_fields,
    _require,
)

HUB = "station-hub.azure-devices.net"

DPS_GROUP_FIELDS = {
    "enrollmentGroupId", "attestation", "capabilities", "initialTwin", "provisioningStatus",
    "iotHubHostName", "iotHubs", "allocationPolicy", "reprovisionPolicy",
    "customAllocationDefinition", "etag",
}
CENTRAL_GROUP_FIELDS = {"displayName", "type", "enabled", "attestation", "etag", "description"}


def _certificate(value: Any, where: str) -> x509.Certificate:
    """A certificate given as base64 of its DER or of its PEM, as the services take it."""
    raw = _check_base64(value, where, 64, 64 * 1024)
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(raw)
        return x509.load_der_x509_certificate(raw)
    except ValueError as exc:
        raise BadRequest(f"{where} is not a certificate") from exc


def _derived(group_key_b64: str, registration_id: str) -> str:
    digest = hmac.new(base64.b64decode(group_key_b64), registration_id.encode(), hashlib.sha256)
    return base64.b64encode(digest.digest()).decode()


def _signed_by(leaf: x509.Certificate, ca: x509.Certificate) -> bool:
    try:
        leaf.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


class _Pages:
    """Opaque continuation tokens over a list that a query returns page by page."""

    def __init__(self) -> None:
        self.tokens: dict[str, tuple[str, int]] = {}

    def page(self, query: str, items: list[Any], size: int, token: str | None
             ) -> tuple[list[Any], str | None]:
        start = 0
        if token:
            _require(token in self.tokens, "unknown continuation token")
            owner, start = self.tokens.pop(token)
            _require(owner == query, "continuation token of another query")
        end = start + size
        if end >= len(items):
            return items[start:], None
        following = secrets.token_urlsafe(12)
        self.tokens[following] = (query, end)
        return items[start:end], following


# -- DPS ------------------------------------------------------------------------------------


class CloudDps(FakeDps):
    """DPS with enrollment groups, registration states and paged queries."""

    def __init__(self, max_page: int = 1000) -> None:
        super().__init__()
        self.groups: dict[str, dict[str, Any]] = {}
        self.registrations: dict[str, dict[str, Any]] = {}
        self.if_match: list[str | None] = []
        self.max_page = max_page
        self.queries: Counter[str] = Counter()
        self._pages = _Pages()
        self.faults["list"] = deque()

    def extra_query(self, method: str, path: str) -> set[str]:
        return set()

    def fault_kind(self, method: str, path: str) -> str | None:
        if path.endswith("/query"):
            return "list"
        return "bulk" if (method, path) == ("POST", "/enrollments") else None

    # -- devices, as they register --

    def register(self, registration_id: str, *, symmetric_key: str = "",
                 certificate: x509.Certificate | None = None) -> str:
        """Register a device as DPS would: find the enrollment that admits its proof.

        Returns the registration status; raises AssertionError when nothing admits it.
        """
        key = registration_id.lower()
        state: dict[str, Any] = {
            "registrationId": registration_id,
            "createdDateTimeUtc": "2030-01-01T00:00:00Z",
            "lastUpdatedDateTimeUtc": "2030-01-01T00:00:00Z",
            "etag": uuid.uuid4().hex,
        }
        enrollment = self.enrollments.get(key)
        if enrollment is not None:
            attestation = enrollment["attestation"]
            if symmetric_key:
                assert attestation.get("symmetricKey", {}).get("primaryKey") == symmetric_key
            if certificate is not None:
                info = attestation["x509"]["clientCertificates"]["primary"]["info"]
                assert info["sha1Thumbprint"] == hashlib.sha1(
                    certificate.public_bytes(Encoding.DER)).hexdigest().upper()
            disabled = enrollment.get("provisioningStatus") == "disabled"
        else:
            group_id = self._admitting_group(registration_id, symmetric_key, certificate)
            assert group_id is not None, f"no enrollment admits {registration_id}"
            state["enrollmentGroupId"] = group_id
            disabled = self.groups[group_id].get("provisioningStatus") == "disabled"
        if disabled:
            state["status"] = "disabled"
        else:
            state.update(status="assigned", assignedHub=HUB, deviceId=registration_id,
                         substatus="initialAssignment")
        self.registrations[key] = state
        return state["status"]

    def fail_registration(self, registration_id: str, group_id: str, message: str) -> None:
        self.registrations[registration_id.lower()] = {
            "registrationId": registration_id, "enrollmentGroupId": group_id,
            "status": "failed", "errorCode": 400209, "errorMessage": message,
            "etag": uuid.uuid4().hex,
        }

    def _admitting_group(self, registration_id: str, symmetric_key: str,
                         certificate: x509.Certificate | None) -> str | None:
        for group_id, group in self.groups.items():
            attestation = group["attestation"]
            if symmetric_key and attestation["type"] == "symmetricKey":
                keys = attestation["symmetricKey"]
                if symmetric_key in (_derived(keys["primaryKey"], registration_id),
                                     _derived(keys["secondaryKey"], registration_id)):
                    return group_id
            if certificate is not None and attestation["type"] == "x509":
                cas = attestation["x509"]["signingCertificates"].values()
                if any(_signed_by(certificate, ca["cert"]) for ca in cas):
                    return group_id
        return None

    # -- requests --

    def handle(self, method: str, path: str, body: Any) -> Answer:
        if path == "/enrollmentGroups/query" and method == "POST":
            return self._query("groups", body, [self._shown_group(g) for g in self.groups.values()])
        if path == "/enrollments/query" and method == "POST":
            return self._query("enrollments", body, [self._shown_enrollment(e)
                                                     for e in self.enrollments.values()])
        match = re.fullmatch(r"/registrations/([^/]+)/query", path)
        if match and method == "POST":
            group_id = unquote(match.group(1))
            states = [s for s in self.registrations.values()
                      if s.get("enrollmentGroupId") == group_id]
            return self._query(f"registrations/{group_id}", body, states, body_allowed=False)
        match = re.fullmatch(r"/registrations/([^/]+)", path)
        if match and method == "GET":
            state = self.registrations.get(unquote(match.group(1)).lower())
            if state is None:
                return Answer(404, {"errorCode": 404203, "message": "Registration not found."})
            return Answer(200, state)
        match = re.fullmatch(r"/enrollmentGroups/([^/]+)(/attestationmechanism)?", path)
        if match:
            group_id = unquote(match.group(1))
            if match.group(2):
                _require(method == "POST", f"{method} on an attestation mechanism")
                group = self.groups.get(group_id)
                if group is None:
                    return self._group_not_found(group_id)
                attestation = group["attestation"]
                if attestation["type"] == "symmetricKey":
                    return Answer(200, {"type": "symmetricKey",
                                        "symmetricKey": dict(attestation["symmetricKey"])})
                return Answer(200, self._shown_group(group)["attestation"])
            if method == "GET":
                group = self.groups.get(group_id)
                return (self._group_not_found(group_id) if group is None
                        else Answer(200, self._shown_group(group)))
            if method == "PUT":
                return self._put_group(group_id, body)
            raise BadRequest(f"no such operation: {method} {path}")
        return super().handle(method, path, body)

    def _query(self, name: str, body: Any, items: list[Any], *, body_allowed: bool = True
               ) -> Answer:
        if body_allowed:
            _check_exact_fields(body, {"query"}, {"query"}, "query specification")
            _require(body["query"] == "*", f"query {body['query']!r}")
        else:
            _require(body is None, "a registration state query takes no body")
        size_header = self.request_headers.get("x-ms-max-item-count")
        size = self.max_page
        if size_header is not None:
            _require(size_header.isdigit() and int(size_header) > 0, "x-ms-max-item-count")
            size = min(size, int(size_header))
        token = self.request_headers.get("x-ms-continuation")
        page, following = self._pages.page(name, items, size, token)
        self.queries[name] += 1
        headers = {"x-ms-item-type": "Enrollment", "x-ms-max-item-count": str(size)}
        if following:
            headers["x-ms-continuation"] = following
        return Answer(200, page, headers)

    def _group_not_found(self, group_id: str) -> Answer:
        return Answer(404, {"errorCode": 404202, "trackingId": uuid.uuid4().hex,
                            "message": f"Enrollment group {group_id} not found."})

    def _shown_enrollment(self, enrollment: dict[str, Any]) -> dict[str, Any]:
        shown = self._get(enrollment["registrationId"]).body
        state = self.registrations.get(enrollment["registrationId"].lower())
        if state is not None and "enrollmentGroupId" not in state:
            shown["registrationState"] = state
        return shown

    def _shown_group(self, group: dict[str, Any]) -> dict[str, Any]:
        shown = {k: v for k, v in group.items() if k != "attestation"}
        attestation = group["attestation"]
        if attestation["type"] == "symmetricKey":
            shown["attestation"] = {"type": "symmetricKey",
                                    "symmetricKey": {"primaryKey": None, "secondaryKey": None}}
        else:
            signing = {entry: {"info": ca["info"]}
                       for entry, ca in attestation["x509"]["signingCertificates"].items()}
            shown["attestation"] = {"type": "x509", "x509": {"signingCertificates": signing}}
        return shown

    def _put_group(self, group_id: str, body: Any) -> Answer:
        _check_exact_fields(body, DPS_GROUP_FIELDS, {"enrollmentGroupId", "attestation"}, "group")
        _require(body["enrollmentGroupId"] == group_id, "enrollmentGroupId is not the path's")
        if_match = self.request_headers.get("If-Match")
        self.if_match.append(if_match)
        held = self.groups.get(group_id)
        if held is not None and if_match not in ("*", held["etag"]):
            return Answer(412, {"errorCode": 412002, "message": "Precondition failed: etag"})
        if "capabilities" in body:
            _check_exact_fields(body["capabilities"], {"iotEdge"}, {"iotEdge"}, "capabilities")
        if "provisioningStatus" in body:
            _require(body["provisioningStatus"] in ("enabled", "disabled"), "provisioningStatus")
        if "allocationPolicy" in body:
            _require(body["allocationPolicy"] in ("hashed", "geoLatency", "static", "custom"),
                     "allocationPolicy")
        attestation = body["attestation"]
        kind = attestation.get("type") if isinstance(attestation, dict) else None
        if kind == "symmetricKey":
            _check_exact_fields(attestation, {"type", "symmetricKey"}, {"type"}, "attestation")
            keys = dict(attestation.get("symmetricKey") or {})
            _check_exact_fields(keys, {"primaryKey", "secondaryKey"}, set(), "symmetricKey")
            for name in ("primaryKey", "secondaryKey"):
                if keys.get(name):
                    _check_base64(keys[name], f"symmetricKey.{name}", 16, 64)
                else:
                    keys[name] = base64.b64encode(secrets.token_bytes(64)).decode()
            stored_attestation: dict[str, Any] = {"type": kind, "symmetricKey": keys}
        elif kind == "x509":
            _check_exact_fields(attestation, {"type", "x509"}, {"type", "x509"}, "attestation")
            _check_exact_fields(attestation["x509"], {"signingCertificates"},
                                {"signingCertificates"}, "x509")
            signing = attestation["x509"]["signingCertificates"]
            _check_exact_fields(signing, {"primary", "secondary"}, {"primary"}, "signing")
            stored_signing = {}
            for entry, item in signing.items():
                _check_exact_fields(item, {"certificate"}, {"certificate"}, entry)
                cert = _certificate(item["certificate"], f"{entry}.certificate")
                stored_signing[entry] = {"cert": cert, "info": _certificate_info(
                    cert.public_bytes(Encoding.DER))}
            stored_attestation = {"type": kind, "x509": {"signingCertificates": stored_signing}}
        else:
            raise BadRequest(f"group attestation type {kind!r}")
        stored = {k: v for k, v in body.items() if k != "attestation"}
        stored["attestation"] = stored_attestation
        stored["etag"] = uuid.uuid4().hex
        self.groups[group_id] = stored
        return Answer(200, self._shown_group(stored))


# -- IoT Central -----------------------------------------------------------------------------


class CloudCentral(FakeCentral):
    """IoT Central with enrollment groups, CA verification and a paged device list."""

    def __init__(self, max_page: int = 1000) -> None:
        super().__init__()
        self.base_url = ""
        self.groups: dict[str, dict[str, Any]] = {}
        self.certificates: dict[tuple[str, str], dict[str, Any]] = {}
        self.max_page = max_page
        self.list_requests = 0
        self.refused_verifications: list[str] = []
        self._skip_tokens: dict[str, int] = {}
        self.faults["list"] = deque()

    def extra_query(self, method: str, path: str) -> set[str]:
        return {"$top", "$skiptoken"} if (method, path) == ("GET", "/api/devices") \
            else set()

    def fault_kind(self, method: str, path: str) -> str | None:
        if (method, path) == ("GET", "/api/devices"):
            return "list"
        return "put" if method == "PUT" else None

    # -- devices, as they register --

    def register(self, device_id: str, *, symmetric_key: str = "",
                 certificate: x509.Certificate | None = None, template: str = "") -> None:
        """A device connects through one of the app's enrollment groups (or its own
        attestation): it becomes provisioned, created if the app did not have it."""
        admitted = False
        held = self.attestations.get(device_id)
        if held is not None and symmetric_key:
            admitted = held.get("symmetricKey", {}).get("primaryKey") == symmetric_key
        for group in self.groups.values():
            attestation = group["attestation"]
            if symmetric_key and attestation["type"] == "symmetricKey":
                keys = attestation["symmetricKey"]
                admitted = admitted or symmetric_key in (
                    _derived(keys["primaryKey"], device_id),
                    _derived(keys["secondaryKey"], device_id))
            if certificate is not None and attestation["type"] == "x509":
                for entry in ("primary", "secondary"):
                    ca = self.certificates.get((group["id"], entry))
                    if ca and ca["verified"] and _signed_by(certificate, ca["cert"]):
                        admitted = True
        assert admitted, f"nothing in the app admits {device_id}"
        device = self.devices.get(device_id)
        if device is None:
            device = {"id": device_id, "displayName": device_id, "enabled": True,
                      "etag": uuid.uuid4().hex, "simulated": False}
            self.devices[device_id] = device
        device["provisioned"] = True
        if template:
            device["template"] = template

    # -- requests --

    def handle(self, method: str, path: str, body: Any) -> Answer:
        if path == "/api/devices" and method == "GET":
            return self._list()
        match = re.fullmatch(
            r"/api/enrollmentGroups/([^/]+)(?:/certificates/(primary|secondary)"
            r"(/generateVerificationCode|/verify)?)?", path)
        if not match:
            return super().handle(method, path, body)
        group_id = unquote(match.group(1))
        entry, action = match.group(2), match.group(3)
        if entry is None:
            return self._group(method, group_id, body)
        if group_id not in self.groups:
            return self._error(404, "NotFound", f"Enrollment group {group_id} not found.")
        if action is None:
            return self._certificate(method, group_id, entry, body)
        _require(method == "POST", f"{method} on {action}")
        held = self.certificates.get((group_id, entry))
        if held is None:
            return self._error(404, "NotFound", f"No {entry} certificate in {group_id}.")
        if action == "/generateVerificationCode":
            _require(body is None, "generateVerificationCode takes no body")
            held["code"] = secrets.token_hex(16).upper()
            return Answer(200, {"verificationCode": held["code"]})
        _check_exact_fields(body, {"certificate"}, {"certificate"}, "verification")
        proof = _certificate(body["certificate"], "certificate")
        names = proof.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        why = ""
        if not held.get("code"):
            why = "Generate a verification code first."
        elif not names or names[0].value != held["code"]:
            why = "The certificate's common name is not the verification code."
        elif not _signed_by(proof, held["cert"]):
            why = ("The verification certificate was not signed by the private key of the "
                   "uploaded certificate.")
        if why:
            self.refused_verifications.append(why)
            return self._error(400, "InvalidCertificate", why)
        held["verified"] = True
        held["code"] = None
        return Answer(204)

    def _list(self) -> Answer:
        self.list_requests += 1
        top = self.request_query.get("$top")
        size = self.max_page
        if top is not None:
            _require(top.isdigit() and int(top) > 0, "$top")
            size = min(size, int(top))
        start = 0
        skip = self.request_query.get("$skiptoken")
        if skip is not None:
            _require(skip in self._skip_tokens, "unknown $skiptoken")
            start = self._skip_tokens.pop(skip)
        devices = list(self.devices.values())
        page = [self._shown_device(d) for d in devices[start:start + size]]
        body: dict[str, Any] = {"value": page}
        if start + size < len(devices):
            token = secrets.token_urlsafe(12)
            self._skip_tokens[token] = start + size
            body["nextLink"] = (f"{self.base_url}/api/devices?api-version=2022-07-31"
                                f"&$top={size}&$skiptoken={token}")
        return Answer(200, body)

    def _shown_device(self, device: dict[str, Any]) -> dict[str, Any]:
        shown = {"provisioned": False, "simulated": False, **device}
        return shown

    def _shown_group(self, group: dict[str, Any]) -> dict[str, Any]:
        return {**group, "attestation": dict(group["attestation"])}

    def _group(self, method: str, group_id: str, body: Any) -> Answer:
        held = self.groups.get(group_id)
        if method == "GET":
            return (self._error(404, "NotFound", f"Enrollment group {group_id} not found.")
                    if held is None else Answer(200, self._shown_group(held)))
        if method == "PUT":
            _check_exact_fields(body, CENTRAL_GROUP_FIELDS,
                                {"displayName", "type", "enabled", "attestation"}, "group")
            _require(body["type"] in ("iot", "iotEdge"), "group.type")
            _require(isinstance(body["enabled"], bool), "group.enabled")
            attestation = body["attestation"]
            kind = attestation.get("type") if isinstance(attestation, dict) else None
            if kind == "symmetricKey":
                keys = dict(attestation.get("symmetricKey") or {})
                for name in ("primaryKey", "secondaryKey"):
                    keys.setdefault(name, base64.b64encode(secrets.token_bytes(32)).decode())
                stored_attestation: dict[str, Any] = {"type": kind, "symmetricKey": keys}
            elif kind == "x509":
                _check_exact_fields(attestation, {"type", "x509"}, {"type"}, "attestation")
                stored_attestation = {"type": kind}
            else:
                raise BadRequest(f"group attestation type {kind!r}")
            group = {"id": group_id, "displayName": body["displayName"], "type": body["type"],
                     "enabled": body["enabled"], "attestation": stored_attestation,
                     "etag": uuid.uuid4().hex}
            self.groups[group_id] = group
            return Answer(200, self._shown_group(group))
        _require(method == "PATCH", f"{method} on an enrollment group")
        if held is None:
            return self._error(404, "NotFound", f"Enrollment group {group_id} not found.")
        _check_exact_fields(body, {"displayName", "type", "enabled", "etag"}, set(), "patch")
        if "etag" in body and body["etag"] != held["etag"]:
            return self._error(412, "PreconditionFailed", "The etag does not match.")
        held.update({k: v for k, v in body.items() if k != "etag"})
        held["etag"] = uuid.uuid4().hex
        return Answer(200, self._shown_group(held))

    def _certificate(self, method: str, group_id: str, entry: str, body: Any) -> Answer:
        _require(self.groups[group_id]["attestation"]["type"] == "x509",
                 "a certificate for a SAS group")
        held = self.certificates.get((group_id, entry))
        if method == "GET":
            if held is None:
                return self._error(404, "NotFound", f"No {entry} certificate in {group_id}.")
            return Answer(200, {"verified": held["verified"], "info": held["info"],
                                "etag": held["etag"]})
        _require(method == "PUT", f"{method} on a certificate")
        _check_exact_fields(body, {"certificate", "verified", "etag"}, {"certificate"},
                            "certificate")
        cert = _certificate(body["certificate"], "certificate")
        try:
            constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except x509.ExtensionNotFound:
            constraints = None
        if constraints is None or not constraints.ca:
            return self._error(400, "InvalidCertificate", "The certificate is not a CA.")
        der = base64.b64decode(body["certificate"])
        if der.lstrip().startswith(b"-----BEGIN"):
            der = cert.public_bytes(Encoding.DER)
        held = {"cert": cert, "info": {"sha1Thumbprint": _certificate_info(der)["sha1Thumbprint"]},
                "verified": bool(body.get("verified", False)), "code": None,
                "etag": uuid.uuid4().hex}
        self.certificates[(group_id, entry)] = held
        return Answer(200, {"verified": held["verified"], "info": held["info"],
                            "etag": held["etag"]})


__all__ = ["HUB", "CloudCentral", "CloudDps"]
