"""A loopback stand-in of the Azure DPS device registration endpoint: MQTT 3.1.1 over TLS.

It follows "Communicate with DPS using the MQTT protocol" (Microsoft Learn,
iot-dps-mqtt-support) and the DPS device REST reference:

- CONNECT: ClientId = registration ID, Username =
  ``{idScope}/registrations/{registrationId}/api-version=...``, Password = a SAS
  token (``sr={idScope}/registrations/{registrationId}``; ``skn=registration``
  when present: the device SDKs leave it out) for symmetric keys, none for
  X.509, where the TLS client certificate speaks and its subject CN must be the
  registration ID;
- SUBSCRIBE ``$dps/registrations/res/#`` (granted QoS at most 1);
- PUBLISH the DeviceRegistration JSON to
  ``$dps/registrations/PUT/iotdps-register/?$rid={rid}``: answered on
  ``$dps/registrations/res/202/?$rid={rid}&retry-after={s}`` with
  ``{"operationId", "status": "assigning"}``;
- PUBLISH to ``$dps/registrations/GET/iotdps-get-operationstatus/?$rid=..&operationId=..``:
  answered ``200`` with ``{"status": "assigned", "registrationState": {...}}``.

Like DPS, it accepts the MQTT connection and judges the credential when the
register request comes: a wrong key, an unknown registration ID, or one that
does not match the token, the certificate or the request, gets ``401`` with a
DPS error body (``errorCode`` 401002, ``trackingId``, ``message``), on which the
device SDK raises. Each accepted registration (with the payload the device
sent, e.g. ``{"modelId": ...}``) lands in ``registrations``; each refusal in
``refusals``; anything that breaks the documented protocol in ``problems``,
which a passing test expects empty.

Enrollments have a primary and a secondary credential, as DPS's do: keys for
symmetric keys (a group's device keys are derived from either group key),
certificates for an individual X.509 enrollment, CAs for an X.509 group.

Where it differs from DPS: Python's ``ssl`` gives a server no way to take a
client chain it cannot verify and judge it afterwards, so the TLS layer trusts
exactly the enrolled CAs and self-signed certificates (an enrolled
intermediate trusted on its own, as DPS trusts a verified intermediate), and a
chain that reaches none of them is refused by a TLS alert rather than a 401;
it lands in ``refusals`` as well. The device SDK always connects to port 8883,
so that is where the server listens.

The MQTT side is written here (a few hundred lines: CONNECT, SUBSCRIBE,
PUBLISH QoS 0/1 and PUBACK, PINGREQ, DISCONNECT) rather than taken from a
broker library: DPS is not a broker that routes messages between clients; it
answers its own topics, and the checks that matter sit between the TLS
session and the register request, where a broker offers no hook.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import json
import re
import select
import socket
import ssl
import struct
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

HOST = "127.0.0.1"
MQTT_PORT = 8883  # the device SDK's port for MQTT over TLS; it cannot be changed
ASSIGNED_HUB = "station-test-hub.azure-devices.net"
RESPONSE_TOPIC_FILTER = "$dps/registrations/res/#"
REGISTER_TOPIC = "$dps/registrations/PUT/iotdps-register/"
STATUS_TOPIC = "$dps/registrations/GET/iotdps-get-operationstatus/"
SAS_KEY_NAME = "registration"
POLL_INTERVAL_S = 0.2  # how often blocked reads look whether the server is stopping

# MQTT 3.1.1 control packet types (section 2.2.1) and CONNACK return codes (3.2.2.3).
CONNECT, CONNACK, PUBLISH, PUBACK = 1, 2, 3, 4
SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK = 8, 9, 10, 11
PINGREQ, PINGRESP, DISCONNECT = 12, 13, 14
ACCEPTED, REFUSED_PROTOCOL, REFUSED_IDENTIFIER = 0, 1, 2

USERNAME = re.compile(r"^(?P<scope>[^/]+)/registrations/(?P<registration_id>[^/]+)/(?P<query>.*)$")


# -- the server's TLS identity ---------------------------------------------------------------


@dataclass(frozen=True)
class ServerTls:
    """The stand-in's certificate and key files, and the test CA that devices are told to trust
    (``server_verification_cert``)."""

    ca_pem: str
    cert_file: Path
    key_file: Path


def make_server_tls(folder: Path) -> ServerTls:
    """A test CA, and a server certificate for ``127.0.0.1`` and ``localhost`` in ``folder``."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "DPS Stand-in Test Root CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_file, key_file = folder / "dps-server.pem", folder / "dps-server.key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    ca_pem = ca.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return ServerTls(ca_pem=ca_pem, cert_file=cert_file, key_file=key_file)


def _key_usage(cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=cert_sign,
        crl_sign=cert_sign, encipher_only=False, decipher_only=False,
    )


# -- enrollments -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SymmetricKeyEnrollment:
    """An individual enrollment with symmetric keys (base64)."""

    registration_id: str
    primary_key: str
    secondary_key: str = ""

    def keys(self, registration_id: str) -> dict[str, str]:
        return _slots(self.primary_key, self.secondary_key)


@dataclass(frozen=True)
class SymmetricKeyGroup:
    """An enrollment group with symmetric keys: each device key is derived from a group key."""

    group_id: str
    primary_key: str
    secondary_key: str = ""

    def keys(self, registration_id: str) -> dict[str, str]:
        return {
            slot: derive_device_key(key, registration_id)
            for slot, key in _slots(self.primary_key, self.secondary_key).items()
        }


@dataclass(frozen=True)
class X509Enrollment:
    """An individual enrollment with client certificates, matched by their SHA-256 thumbprint."""

    registration_id: str
    primary: x509.Certificate
    secondary: x509.Certificate | None = None

    def certificates(self) -> dict[str, x509.Certificate]:
        return _slots(self.primary, self.secondary)


@dataclass(frozen=True)
class X509Group:
    """An enrollment group holding a root or intermediate CA that devices' chains must reach."""

    group_id: str
    primary_ca: x509.Certificate
    secondary_ca: x509.Certificate | None = None

    def certificates(self) -> dict[str, x509.Certificate]:
        return _slots(self.primary_ca, self.secondary_ca)


Enrollment = SymmetricKeyEnrollment | SymmetricKeyGroup | X509Enrollment | X509Group


def _slots(primary: Any, secondary: Any) -> dict[str, Any]:
    return {"primary": primary, **({"secondary": secondary} if secondary else {})}


def derive_device_key(group_key_b64: str, registration_id: str) -> str:
    """A group enrollment's device key, as DPS derives it (HMAC-SHA256, base64)."""
    mac = hmac.new(base64.b64decode(group_key_b64), registration_id.encode(), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode("ascii")


def individual_enrollment(body: dict[str, Any]) -> SymmetricKeyEnrollment | X509Enrollment:
    """An individual enrollment from its DPS service API body (``IndividualEnrollment``)."""
    registration_id = body["registrationId"]
    if body.get("provisioningStatus", "enabled") != "enabled":
        raise ValueError("the stand-in holds enabled enrollments only")
    attestation = body["attestation"]
    if attestation["type"] == "symmetricKey":
        keys = attestation["symmetricKey"]
        return SymmetricKeyEnrollment(
            registration_id, keys["primaryKey"], keys.get("secondaryKey") or ""
        )
    if attestation["type"] == "x509":
        held = attestation["x509"]["clientCertificates"]
        certs = {
            slot: x509.load_der_x509_certificate(base64.b64decode(item["certificate"]))
            for slot, item in held.items()
        }
        return X509Enrollment(registration_id, certs["primary"], certs.get("secondary"))
    raise ValueError(f"attestation type {attestation['type']!r} does not register over MQTT")


# -- what the server saw ---------------------------------------------------------------------


@dataclass(frozen=True)
class Registration:
    """A registration the server accepted, and what the device sent with it."""

    registration_id: str
    attestation: str  # "symmetricKey" or "x509"
    enrollment: str  # "individual", or the enrollment group's ID
    credential: str  # "primary" or "secondary": which of the enrollment's credentials matched
    payload: Any  # the request's "payload": the SDK's provisioning_payload, or None
    operation_id: str
    device_id: str
    assigned_hub: str
    api_version: str


@dataclass(frozen=True)
class Refusal:
    """A registration refused with ``status`` (401), or a TLS session refused (``status`` 0)."""

    registration_id: str
    status: int
    reason: str


class Unauthorized(Exception):
    """The credential does not admit the registration; answered 401."""


@dataclass(frozen=True)
class Admission:
    """How a device was admitted: by which enrollment and which of its credentials."""

    attestation: str  # "symmetricKey" or "x509"
    enrollment: str  # "individual", or the enrollment group's ID
    credential: str  # "primary" or "secondary"


@dataclass
class _Operation:
    registration: Registration
    state: dict[str, Any]


# -- SAS tokens ------------------------------------------------------------------------------


def verify_sas_token(
    token: str, id_scope: str, registration_id: str, keys: dict[str, str], now: float
) -> str:
    """Which of ``keys`` ("primary", "secondary") signed ``token``; raises Unauthorized.

    The token must be ``SharedAccessSignature sr=..&sig=..&se=..[&skn=registration]`` with
    ``sr`` the URL-encoded ``{idScope}/registrations/{registrationId}``, ``se`` in the
    future and ``sig`` the base64 HMAC-SHA256 of ``sr + "\\n" + se``.
    """
    prefix = "SharedAccessSignature "
    if not token.startswith(prefix):
        raise Unauthorized("the password is not a SharedAccessSignature")
    fields: dict[str, str] = {}
    for part in token[len(prefix) :].split("&"):
        name, sep, value = part.partition("=")
        if not sep or name in fields:
            raise Unauthorized(f"malformed token part {name!r}")
        fields[name] = value
    # The documented form names skn=registration; the device SDKs leave skn out.
    if not {"sr", "sig", "se"} <= set(fields) <= {"sr", "sig", "se", "skn"}:
        raise Unauthorized(f"token fields {sorted(fields)}")
    if unquote(fields.get("skn", SAS_KEY_NAME)) != SAS_KEY_NAME:
        raise Unauthorized(f"key name {unquote(fields['skn'])!r} is not {SAS_KEY_NAME!r}")
    resource = f"{id_scope}/registrations/{registration_id}"
    if unquote(fields["sr"]) != resource:
        raise Unauthorized(f"token for {unquote(fields['sr'])!r}, not {resource!r}")
    try:
        expiry = int(fields["se"])
    except ValueError:
        raise Unauthorized("expiry is not a number") from None
    if expiry <= now:
        raise Unauthorized("token expired")
    message = f"{quote(resource, safe='')}\n{expiry}".encode()
    signature = unquote(fields["sig"])
    for slot, key in keys.items():
        try:
            raw_key = base64.b64decode(key, validate=True)
        except binascii.Error:
            continue
        expected = base64.b64encode(hmac.new(raw_key, message, hashlib.sha256).digest()).decode()
        if hmac.compare_digest(signature, expected):
            return slot
    raise Unauthorized("signature does not match the enrollment's keys")


# -- the server ------------------------------------------------------------------------------


class DpsDeviceServer:
    """Serves the DPS device registration endpoint for one ID scope on 127.0.0.1:8883.

    A context manager; ``start`` raises RuntimeError when the port is taken. Each
    connection runs on its own thread; ``stop`` closes them all and joins the threads.
    """

    def __init__(
        self,
        id_scope: str,
        tls: ServerTls,
        *,
        assigned_hub: str = ASSIGNED_HUB,
        retry_after_s: int = 1,
        port: int = MQTT_PORT,
    ) -> None:
        self.id_scope = id_scope
        self.assigned_hub = assigned_hub
        self.retry_after_s = retry_after_s
        self.port = port
        self.registrations: list[Registration] = []
        self.refusals: list[Refusal] = []
        self.problems: list[str] = []
        self._tls = tls
        self._enrollments: list[Enrollment] = []
        self._operations: dict[str, _Operation] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._context = self._new_context()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []

    # -- enrollments --

    def enroll(self, *enrollments: Enrollment) -> None:
        """Hold these enrollments (before their devices connect); X.509 ones become trust
        anchors for client certificates."""
        with self._lock:
            for enrollment in enrollments:
                self._enrollments.append(enrollment)
                if isinstance(enrollment, X509Enrollment | X509Group):
                    for cert in enrollment.certificates().values():
                        pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
                        self._context.load_verify_locations(cadata=pem)

    def _new_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2  # DPS takes TLS 1.2 and later
        context.load_cert_chain(self._tls.cert_file, self._tls.key_file)
        # A client certificate is asked for but not required: SAS devices send none.
        context.verify_mode = ssl.CERT_OPTIONAL
        # An enrolled intermediate is trusted on its own, without the root above it.
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        return context

    # -- lifetime --

    def start(self) -> DpsDeviceServer:
        try:
            listener = socket.create_server((HOST, self.port))
        except OSError as exc:
            raise RuntimeError(
                f"cannot listen on {HOST}:{self.port} ({exc.strerror}); the Azure IoT device "
                f"SDK reaches DPS on port {MQTT_PORT} only, so stop whatever listens there "
                f"(ss -ltnp 'sport = :{self.port}' names it)"
            ) from exc
        listener.settimeout(POLL_INTERVAL_S)
        self._listener = listener
        self._spawn(self._accept_loop, "dps-accept")
        return self

    def stop(self) -> None:
        """Close every connection and the listener; returns once all threads have ended."""
        self._stopping.set()
        while True:
            with self._lock:
                running = [thread for thread in self._threads if thread.is_alive()]
            if not running:
                break
            for thread in running:
                thread.join()
        if self._listener is not None:
            self._listener.close()

    def __enter__(self) -> DpsDeviceServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, target: Any, name: str, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self._spawn(self._serve_connection, "dps-session", conn)

    def _serve_connection(self, conn: socket.socket) -> None:
        tls = self._context.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
        try:
            if not self._handshake(tls):
                return
            tls.settimeout(POLL_INTERVAL_S)
            _Session(self, _Link(tls, self._stopping)).run()
        finally:
            tls.close()

    def _handshake(self, tls: ssl.SSLSocket) -> bool:
        tls.setblocking(False)  # so that a silent client cannot hold up stop()
        while not self._stopping.is_set():
            try:
                tls.do_handshake()
                return True
            except ssl.SSLWantReadError:
                select.select([tls], [], [], POLL_INTERVAL_S)
            except ssl.SSLWantWriteError:
                select.select([], [tls], [], POLL_INTERVAL_S)
            except (ssl.SSLError, OSError) as exc:
                self.refuse("", 0, f"TLS handshake failed: {exc}")
                return False
        return False

    # -- registration --

    def refuse(self, registration_id: str, status: int, reason: str) -> None:
        with self._lock:
            self.refusals.append(Refusal(registration_id, status, reason))

    def problem(self, message: str) -> None:
        with self._lock:
            self.problems.append(message)

    def authenticate(
        self, registration_id: str, password: str | None, chain: list[x509.Certificate]
    ) -> Admission:
        """Which enrollment admits a device, and with which credential; raises Unauthorized.

        An individual enrollment for the registration ID decides alone; otherwise
        the first enrollment group that admits the device.
        """
        with self._lock:
            enrollments = list(self._enrollments)
        if password is not None:
            return self._authenticate_sas(registration_id, password, enrollments)
        if chain:
            return self._authenticate_x509(registration_id, chain, enrollments)
        raise Unauthorized("neither a SAS token nor a client certificate")

    def _authenticate_sas(
        self, registration_id: str, token: str, enrollments: list[Enrollment]
    ) -> Admission:
        now = time.time()
        for enrollment in enrollments:
            if (
                isinstance(enrollment, SymmetricKeyEnrollment)
                and enrollment.registration_id == registration_id
            ):
                keys = enrollment.keys(registration_id)
                slot = verify_sas_token(token, self.id_scope, registration_id, keys, now)
                return Admission("symmetricKey", "individual", slot)
        reasons = []
        for enrollment in enrollments:
            if isinstance(enrollment, SymmetricKeyGroup):
                keys = enrollment.keys(registration_id)
                try:
                    slot = verify_sas_token(token, self.id_scope, registration_id, keys, now)
                except Unauthorized as exc:
                    reasons.append(f"group {enrollment.group_id}: {exc}")
                    continue
                return Admission("symmetricKey", enrollment.group_id, slot)
        raise Unauthorized("; ".join(reasons) or f"no enrollment for {registration_id!r}")

    def _authenticate_x509(
        self, registration_id: str, chain: list[x509.Certificate], enrollments: list[Enrollment]
    ) -> Admission:
        leaf = chain[0]
        names = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        common_name = str(names[0].value) if names else ""
        if common_name != registration_id:
            raise Unauthorized(
                f"certificate CN {common_name!r} is not the registration ID {registration_id!r}"
            )
        thumbprint = leaf.fingerprint(hashes.SHA256())
        for enrollment in enrollments:
            if (
                isinstance(enrollment, X509Enrollment)
                and enrollment.registration_id == registration_id
            ):
                for slot, cert in enrollment.certificates().items():
                    if cert.fingerprint(hashes.SHA256()) == thumbprint:
                        return Admission("x509", "individual", slot)
                raise Unauthorized("the certificate is not one the enrollment holds")
        issuers = chain[1:]  # verified by TLS up to a trust anchor
        for enrollment in enrollments:
            if isinstance(enrollment, X509Group):
                for slot, ca in enrollment.certificates().items():
                    if ca in issuers:
                        return Admission("x509", enrollment.group_id, slot)
        raise Unauthorized(f"no enrollment admits the certificate of {registration_id!r}")

    def register(
        self, registration_id: str, api_version: str, admission: Admission, payload: Any
    ) -> str:
        """Record an accepted registration; returns its operation ID."""
        operation_id = f"4.{uuid.uuid4().hex[:16]}.{uuid.uuid4()}"
        now = datetime.now(UTC).isoformat()
        registration = Registration(
            registration_id=registration_id,
            attestation=admission.attestation,
            enrollment=admission.enrollment,
            credential=admission.credential,
            payload=payload,
            operation_id=operation_id,
            device_id=registration_id,
            assigned_hub=self.assigned_hub,
            api_version=api_version,
        )
        state: dict[str, Any] = {
            "registrationId": registration_id,
            "createdDateTimeUtc": now,
            "assignedHub": self.assigned_hub,
            "deviceId": registration_id,
            "status": "assigned",
            "substatus": "initialAssignment",
            "lastUpdatedDateTimeUtc": now,
            "etag": base64.b64encode(uuid.uuid4().bytes).decode(),
        }
        if admission.enrollment != "individual":
            state[admission.attestation] = {"enrollmentGroupId": admission.enrollment}
        with self._lock:
            self.registrations.append(registration)
            self._operations[operation_id] = _Operation(registration, state)
        return operation_id

    def operation(self, operation_id: str) -> _Operation | None:
        with self._lock:
            return self._operations.get(operation_id)


def error_body(status: int, message: str) -> dict[str, Any]:
    """A DPS error response body."""
    return {
        "errorCode": status * 1000 + 2,
        "trackingId": str(uuid.uuid4()),
        "message": message,
        "timestampUtc": datetime.now(UTC).isoformat(),
    }


# -- MQTT framing ----------------------------------------------------------------------------


class _Closed(Exception):
    """The connection ended, or the server is stopping."""


class _Link:
    """One TLS connection: reads and writes whole MQTT control packets."""

    def __init__(self, sock: ssl.SSLSocket, stopping: threading.Event) -> None:
        self.sock = sock
        self._stopping = stopping
        self._buffer = b""
        self._write_lock = threading.Lock()

    def _read(self, count: int) -> bytes:
        while len(self._buffer) < count:
            if self._stopping.is_set():
                raise _Closed
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                continue
            except (ssl.SSLError, OSError) as exc:
                raise _Closed from exc
            if not chunk:
                raise _Closed
            self._buffer += chunk
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        return data

    def read_packet(self) -> tuple[int, int, bytes]:
        """(packet type, flags, the rest of the packet)."""
        first = self._read(1)[0]
        length, shift = 0, 0
        for _ in range(4):  # the remaining length takes at most four bytes
            byte = self._read(1)[0]
            length |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        else:
            raise _Closed
        return first >> 4, first & 0x0F, self._read(length)

    def send(self, packet_type: int, flags: int, body: bytes) -> None:
        header = bytearray([packet_type << 4 | flags])
        length = len(body)
        while True:
            byte, length = length & 0x7F, length >> 7
            header.append(byte | (0x80 if length else 0))
            if not length:
                break
        with self._write_lock:
            try:
                self.sock.sendall(bytes(header) + body)
            except (ssl.SSLError, OSError) as exc:
                raise _Closed from exc


class _Reader:
    """Reads the fields of one packet's body."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, count: int) -> bytes:
        if self.at + count > len(self.data):
            raise ValueError("packet shorter than its fields")
        chunk = self.data[self.at : self.at + count]
        self.at += count
        return chunk

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int(struct.unpack(">H", self.take(2))[0])

    def binary(self) -> bytes:
        return self.take(self.u16())

    def text(self) -> str:
        return self.binary().decode("utf-8")

    def rest(self) -> bytes:
        return self.take(len(self.data) - self.at)

    @property
    def done(self) -> bool:
        return self.at == len(self.data)


def _text(value: str) -> bytes:
    raw = value.encode("utf-8")
    return struct.pack(">H", len(raw)) + raw


def _topic_query(topic: str, prefix: str) -> dict[str, str] | None:
    """The ``?$rid=..&name=..`` properties of a DPS topic under ``prefix``, else None."""
    if not topic.startswith(prefix + "?"):
        return None
    properties = parse_qs(topic[len(prefix) + 1 :], keep_blank_values=True)
    if any(len(values) != 1 for values in properties.values()):
        return None
    return {name: values[0] for name, values in properties.items()}


# -- one device's session --------------------------------------------------------------------


@dataclass
class _Session:
    server: DpsDeviceServer
    link: _Link
    registration_id: str = ""
    api_version: str = ""
    password: str | None = None
    granted_qos: int | None = None
    chain: list[x509.Certificate] = field(default_factory=list)
    _next_packet_id: int = 0

    def run(self) -> None:
        try:
            if not self._connect():
                return
            while True:
                packet_type, flags, body = self.link.read_packet()
                if not self._dispatch(packet_type, flags, body):
                    return
        except _Closed:
            return
        except (ValueError, UnicodeDecodeError) as exc:
            self.server.problem(f"malformed packet: {exc}")

    # -- CONNECT --

    def _connect(self) -> bool:
        packet_type, flags, body = self.link.read_packet()
        if packet_type != CONNECT or flags:
            self.server.problem(f"first packet is type {packet_type}, not CONNECT")
            return False
        try:
            reader = _Reader(body)
            protocol, level, connect_flags = reader.text(), reader.u8(), reader.u8()
            reader.u16()  # keep-alive: DPS closes idle sessions itself; the stand-in need not
            if protocol != "MQTT" or level != 4:
                self.server.problem(f"protocol {protocol!r} level {level}, not MQTT 3.1.1")
                self._connack(REFUSED_PROTOCOL)
                return False
            client_id = reader.text()
            if connect_flags & 0x04:  # a will: DPS has no use for one
                self.server.problem("CONNECT carries a will")
                reader.text()
                reader.binary()
            username = reader.text() if connect_flags & 0x80 else None
            password = reader.binary().decode("utf-8") if connect_flags & 0x40 else None
        except (ValueError, UnicodeDecodeError) as exc:
            self.server.problem(f"malformed CONNECT: {exc}")
            return False
        if connect_flags & 0x01 or not reader.done:
            self.server.problem("malformed CONNECT: reserved flag or trailing bytes")
            return False
        match = USERNAME.match(username or "")
        query = parse_qs(match.group("query")) if match else {}
        if match is None or len(query.get("api-version", [])) != 1:
            self.server.problem(f"username {username!r} is not {{idScope}}/registrations/...")
            self._connack(REFUSED_IDENTIFIER)
            return False
        if client_id != match.group("registration_id"):
            self.server.problem(f"ClientId {client_id!r} is not the username's registration ID")
            self._connack(REFUSED_IDENTIFIER)
            return False
        if match.group("scope") != self.server.id_scope:
            self.server.problem(f"ID scope {match.group('scope')!r} is not this DPS's")
            self._connack(REFUSED_IDENTIFIER)
            return False
        self.registration_id = match.group("registration_id")
        self.api_version = query["api-version"][0]
        self.password = password
        self.chain = _verified_chain(self.link.sock)
        self._connack(ACCEPTED)
        return True

    def _connack(self, code: int) -> None:
        self.link.send(CONNACK, 0, bytes([0, code]))

    # -- after CONNECT --

    def _dispatch(self, packet_type: int, flags: int, body: bytes) -> bool:
        if packet_type == PUBLISH:
            return self._publish(flags, body)
        if packet_type == SUBSCRIBE and flags == 0b0010:
            self._subscribe(body)
        elif packet_type == UNSUBSCRIBE and flags == 0b0010:
            self.link.send(UNSUBACK, 0, body[:2])
        elif packet_type == PUBACK:
            pass  # the device acknowledges a response sent with QoS 1
        elif packet_type == PINGREQ:
            self.link.send(PINGRESP, 0, b"")
        elif packet_type == DISCONNECT:
            return False
        else:
            self.server.problem(f"unexpected packet type {packet_type} flags {flags:#x}")
            return False
        return True

    def _subscribe(self, body: bytes) -> None:
        reader = _Reader(body)
        packet_id = reader.u16()
        codes = bytearray()
        while not reader.done:
            topic_filter, qos = reader.text(), reader.u8()
            if topic_filter == RESPONSE_TOPIC_FILTER:
                self.granted_qos = min(qos, 1)  # DPS grants QoS 1 at most
                codes.append(self.granted_qos)
            else:
                self.server.problem(f"subscription to {topic_filter!r}, which DPS does not serve")
                codes.append(0x80)
        self.link.send(SUBACK, 0, struct.pack(">H", packet_id) + bytes(codes))

    def _publish(self, flags: int, body: bytes) -> bool:
        qos = (flags >> 1) & 0x03
        reader = _Reader(body)
        topic = reader.text()
        if qos == 2 or qos == 3:
            self.server.problem(f"PUBLISH with QoS {qos}; DPS takes QoS 0 and 1")
            return False
        if qos == 1:
            self.link.send(PUBACK, 0, reader.take(2))
        payload = reader.rest()
        if self.granted_qos is None:
            self.server.problem(f"PUBLISH to {topic!r} before subscribing to the responses")
        register = _topic_query(topic, REGISTER_TOPIC)
        status = _topic_query(topic, STATUS_TOPIC)
        if register is not None and set(register) == {"$rid"}:
            self._register(register["$rid"], payload)
        elif status is not None and set(status) == {"$rid", "operationId"}:
            self._status(status["$rid"], status["operationId"])
        else:
            self.server.problem(f"PUBLISH to {topic!r}, which DPS does not serve")
        return True

    def _respond(self, status: int, request_id: str, body: dict[str, Any], **extra: Any) -> None:
        properties = "&".join(
            [f"$rid={quote(request_id, safe='')}"] + [f"{k}={v}" for k, v in extra.items()]
        )
        topic = f"$dps/registrations/res/{status}/?{properties}"
        qos = self.granted_qos or 0
        packet = _text(topic)
        if qos:
            self._next_packet_id = self._next_packet_id % 0xFFFF + 1
            packet += struct.pack(">H", self._next_packet_id)
        self.link.send(PUBLISH, qos << 1, packet + json.dumps(body).encode())

    def _register(self, request_id: str, payload: bytes) -> None:
        try:
            request = json.loads(payload)
        except ValueError:
            self.server.problem("the register request is not JSON")
            self._respond(400, request_id, error_body(400, "Bad request"))
            return
        if not isinstance(request, dict):
            self.server.problem("the register request is not a JSON object")
            self._respond(400, request_id, error_body(400, "Bad request"))
            return
        if not set(request) <= {"registrationId", "payload"}:
            self.server.problem(f"the register request has fields {sorted(request)}")
        try:
            if request.get("registrationId") != self.registration_id:
                raise Unauthorized(
                    f"request for {request.get('registrationId')!r} on the connection of "
                    f"{self.registration_id!r}"
                )
            admission = self.server.authenticate(self.registration_id, self.password, self.chain)
        except Unauthorized as exc:
            self.server.refuse(self.registration_id, 401, str(exc))
            self._respond(401, request_id, error_body(401, "Unauthorized"))
            return
        operation_id = self.server.register(
            self.registration_id, self.api_version, admission, request.get("payload")
        )
        self._respond(
            202, request_id, {"operationId": operation_id, "status": "assigning"},
            **{"retry-after": self.server.retry_after_s},
        )

    def _status(self, request_id: str, operation_id: str) -> None:
        operation = self.server.operation(operation_id)
        if operation is None or operation.registration.registration_id != self.registration_id:
            self._respond(404, request_id, error_body(404, "Operation not found"))
            return
        body = {"operationId": operation_id, "status": "assigned",
                "registrationState": operation.state}
        self._respond(200, request_id, body)


def _verified_chain(sock: ssl.SSLSocket) -> list[x509.Certificate]:
    """The client's chain as TLS verified it, leaf first, up to the trust anchor; [] without one.

    Public from Python 3.13; on older versions the same method is on the SSL object.
    """
    if sock.getpeercert(binary_form=True) is None:
        return []
    getter = getattr(sock, "get_verified_chain", None) or sock._sslobj.get_verified_chain  # type: ignore[union-attr]
    return [x509.load_der_x509_certificate(_der(item)) for item in getter()]


def _der(item: bytes | Any) -> bytes:
    if isinstance(item, bytes):
        return item
    return bytes(item.public_bytes(ssl._ssl.ENCODING_DER))  # type: ignore[attr-defined]

