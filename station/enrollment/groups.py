"""Enrollment groups and their CAs, set up from the station in IoT Central or DPS.

Runs on the caller's thread. Requests go through ``ServiceClient`` (paced,
retried, Retry-After honoured), so the same rules as the upload hold.

- IoT Central (data-plane API, API token): ``/api/enrollmentGroups/{id}`` is
  created (PUT) or updated (PATCH with its etag); an X.509 group's CA goes to
  ``/certificates/{primary|secondary}``, and possession of its key is proved
  with ``generateVerificationCode`` and ``verify``: the station signs a
  certificate whose CN is the code with the job's CA. A SAS group's keys come
  from the service's answer and go straight into the station's secret store.
- DPS (service API, connection string): ``/enrollmentGroups/{id}`` is created
  or replaced with ``If-Match: <etag>``, carrying symmetric keys the station
  generates (and stores) or the X.509 signing certificates, and the profile's
  ``[enrollment]`` settings. Verifying a CA registered on the DPS instance
  itself needs the Azure management plane (Azure AD), which the connection
  string cannot reach: ``DPS_CA_VERIFICATION`` says so.

No secret is ever returned, printed or logged: results say only where keys went.
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

from cryptography import x509

from station.core.errors import ConfigError, CredentialError
from station.credentials.ca import CertificateAuthority, load_ca_with_signer
from station.credentials.certificates import der, pem, thumbprint_sha1
from station.credentials.leaf import issue_verification_certificate
from station.credentials.sas import decode_group_key
from station.credentials.secret_store import GROUP_KEY, GROUP_KEY_SECONDARY, SecretStore
from station.credentials.signers import InProcessGroupKey, same_group_key
from station.credentials.token_uri import parse_token_uri
from station.enrollment.client import Reply, ServiceClient
from station.enrollment.errors import EnrollmentError

SayFn = Callable[[str], None]  # a line of progress, for a person (never a secret)

# The one line (and the README's) for what the station cannot do with DPS credentials.
DPS_CA_VERIFICATION = (
    "verifying a CA registered on a DPS instance needs the Azure management plane "
    "(Azure AD sign-in), not the service connection string"
)
DPS_CA_VERIFICATION_HINT = (
    "verify it in the Azure portal (DPS > Certificates > Verify) or with `az iot dps "
    "certificate verify`; `station cert verification --code CODE` makes the certificate"
)

ENTRIES = ("primary", "secondary")
ALLOCATION_POLICIES = ("hashed", "geoLatency", "static", "custom")
_GROUP_ID = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._:-]{0,126}[A-Za-z0-9])?$")
# Random group keys the station makes for DPS: 64 bytes, as the portal's.
_KEY_BYTES = 64


class GroupAttestation(StrEnum):
    """How the group's devices prove who they are."""

    SAS = "sas"
    X509 = "x509"

    @property
    def service_type(self) -> str:
        """The attestation ``type`` both services use."""
        return "symmetricKey" if self is GroupAttestation.SAS else "x509"


class CaNotVerified(EnrollmentError):
    """The service did not accept the proof of possession of a CA's key."""


@dataclass(frozen=True)
class GroupSpec:
    """The enrollment group to have in the cloud.

    ``primary_ca``/``secondary_ca`` are the X.509 group's CA certificates (the
    root or intermediate that signs the devices). DPS also takes
    ``provisioning_status``, ``initial_twin`` and ``allocation_policy``.
    """

    group_id: str
    attestation: GroupAttestation
    display_name: str = ""
    iot_edge: bool = False
    enabled: bool = True
    primary_ca: x509.Certificate | None = None
    secondary_ca: x509.Certificate | None = None
    initial_twin: dict[str, Any] | None = None
    allocation_policy: str | None = None

    def __post_init__(self) -> None:
        check_group_id(self.group_id)
        if self.attestation is GroupAttestation.X509 and self.primary_ca is None:
            raise ConfigError(
                f"the X.509 enrollment group {self.group_id} needs its CA certificate",
                hint="give the CA that signs the devices with --ca-cert",
            )
        if self.attestation is GroupAttestation.SAS and (self.primary_ca or self.secondary_ca):
            raise ConfigError(
                "a SAS enrollment group takes no CA certificate",
                hint="leave out --ca-cert, or create an x509 group",
            )
        if self.allocation_policy not in (None, *ALLOCATION_POLICIES):
            raise ConfigError(
                f"allocation policy {self.allocation_policy!r} is not one DPS knows",
                hint="use " + ", ".join(ALLOCATION_POLICIES),
            )

    @property
    def name(self) -> str:
        return self.display_name or self.group_id


@dataclass(frozen=True)
class GroupResult:
    """What a set-up did, in lines a person reads (no secret in any of them)."""

    target: str
    group_id: str
    created: bool
    lines: tuple[str, ...] = field(default=())


def check_group_id(group_id: str) -> str:
    """``group_id`` when both services take it; ConfigError naming the rule otherwise."""
    if not _GROUP_ID.match(group_id or ""):
        raise ConfigError(
            f"{group_id!r} is not a valid enrollment group ID",
            hint="use letters, digits and - . _ : (at most 128), starting and ending with a "
            "letter or digit",
        )
    return group_id


def _fail(what: str, reply: Reply, hint: str = "") -> EnrollmentError:
    return EnrollmentError(
        f"{what} (HTTP {reply.status}: {reply.error_message})",
        hint=hint or "check the group in the portal, then run the command again",
    )


# -- where a SAS group's keys go ------------------------------------------------------


@runtime_checkable
class KeySink(Protocol):
    """Where a SAS group's primary and secondary keys go, straight from the service."""

    def check(self) -> None:
        """Raise a StationError when the keys could not be kept (before anything is sent)."""

    def keep(self, primary: str, secondary: str) -> str:
        """Keep the keys; return the line that says where (never a key)."""


class StoreKeys:
    """The station's secret store: the primary where the window's Settings keep the group key."""

    def __init__(self, store: SecretStore) -> None:
        self.store = store

    def check(self) -> None:
        if self.store.needs_passphrase and not self.store.unlocked:
            raise ConfigError(f"the station's secrets ({self.store.description}) are locked",
                              hint="unlock them, then set the group up again")

    def keep(self, primary: str, secondary: str) -> str:
        self.store.set(GROUP_KEY, primary)
        self.store.set(GROUP_KEY_SECONDARY, secondary)
        return f"group keys (primary and secondary) saved in {self.store.description}"


class TokenGroupKeys:
    """Keys imported into PKCS#11 tokens (sensitive, non-extractable), named by ``pkcs11:``
    URIs as ``--group-key-token`` names them; the token then derives every device key.

    A key already in the token under the URI's label is kept when it is the group's key
    (a second run), and refused when it is another. Without a secondary URI the
    secondary key stays with the service only. ``pins`` gives the tokens' PINs (None:
    ``$STATION_HSM_PIN`` or the station's secrets).
    """

    def __init__(self, primary_uri: str, secondary_uri: str = "",
                 pins: SecretStore | None = None) -> None:
        self.uris = {"primary": primary_uri.strip(), "secondary": secondary_uri.strip()}
        self.pins = pins

    def check(self) -> None:
        from station.credentials.pkcs11_import import token_keys

        for uri in filter(None, self.uris.values()):
            parse_token_uri(uri, expected_type="secret-key")
            token_keys(uri, self.pins)  # the token is there and the PIN opens it

    def keep(self, primary: str, secondary: str) -> str:
        parts = []
        for which, key in (("primary", primary), ("secondary", secondary)):
            uri = self.uris[which]
            if uri:
                parts.append(self._import(which, uri, key))
        if not self.uris["secondary"]:
            parts.append("secondary key left with the service (no token URI for it)")
        return "group keys: " + "; ".join(parts)

    def _import(self, which: str, uri: str, key: str) -> str:
        from station.credentials.pkcs11_import import import_group_key, token_keys
        from station.credentials.pkcs11_signers import open_group_key

        ref = parse_token_uri(uri, expected_type="secret-key")
        if ref.object in {fact.label for fact in token_keys(uri, self.pins)}:
            if same_group_key(open_group_key(uri, self.pins),
                              InProcessGroupKey(decode_group_key(key))):
                return f"{which} already in token '{ref.token}' as '{ref.object}'"
            raise CredentialError(
                f"token '{ref.token}' holds another key labelled '{ref.object}' than the "
                f"group's {which} key",
                hint="give a URI with a free object= label, or remove the old key with the "
                "token's tools",
            )
        import_group_key(uri, key, self.pins)
        return f"{which} imported into token '{ref.token}' as '{ref.object}' (it never leaves it)"


def key_sink(keys: KeySink | SecretStore | None) -> KeySink | None:
    """``keys`` as a KeySink: a secret store becomes ``StoreKeys``."""
    if keys is None or isinstance(keys, KeySink):
        return keys
    return StoreKeys(keys)


def token_ca(cert_pem: bytes, uri: str, pins: SecretStore | None = None) -> CertificateAuthority:
    """The CA whose certificate (PEM, the CA first) is ``cert_pem`` and whose key stays in
    the token ``uri`` names, proved to be the certificate's key; it signs there."""
    from station.credentials.pkcs11_signers import open_token_signer

    try:
        certificate = x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        raise CredentialError(
            "the CA certificate file holds no PEM certificate",
            hint="choose the CA's certificate file (it starts with -----BEGIN CERTIFICATE-----)",
        ) from None
    return load_ca_with_signer(cert_pem, open_token_signer(uri, certificate.public_key(), pins))


def _ready_sink(spec: GroupSpec, keys: KeySink | SecretStore | None) -> KeySink | None:
    """The place a SAS group's keys go, checked before anything is sent."""
    sink = key_sink(keys)
    if spec.attestation is GroupAttestation.SAS:
        if sink is None:
            raise ConfigError("a SAS enrollment group's keys need the station's secret store",
                              hint="open the station's secrets (the OS keyring, or the "
                              "encrypted file with its passphrase) and try again")
        sink.check()
    return sink


def _store_keys(sink: KeySink | None, keys: Any, service: str, group_id: str) -> str:
    """Put a SAS group's keys where ``sink`` keeps them; returns the line that says so."""
    if sink is None:
        raise ConfigError("a SAS enrollment group's keys need the station's secret store",
                          hint="open the station's secrets (the OS keyring, or the encrypted "
                          "file with its passphrase) and try again")
    primary = keys.get("primaryKey") if isinstance(keys, dict) else None
    secondary = keys.get("secondaryKey") if isinstance(keys, dict) else None
    if not primary or not secondary:
        raise EnrollmentError(
            f"{service} did not return the keys of the SAS enrollment group {group_id}",
            hint="check that the API token or policy may read enrollment groups' keys",
        )
    return sink.keep(str(primary), str(secondary))


# -- IoT Central ----------------------------------------------------------------------


def central_group_path(group_id: str) -> str:
    return f"/api/enrollmentGroups/{quote(group_id, safe='')}"


def central_certificate_path(group_id: str, entry: str) -> str:
    return f"{central_group_path(group_id)}/certificates/{entry}"


def central_certificate(cert: x509.Certificate) -> str:
    """The certificate as IoT Central's enrollment groups take it: base64 of its PEM."""
    return base64.b64encode(pem(cert).encode("ascii")).decode("ascii")


def _teller(say: SayFn | None) -> SayFn:
    return say if say is not None else (lambda _line: None)


def central_group(
    client: ServiceClient,
    spec: GroupSpec,
    store: KeySink | SecretStore | None,
    *,
    ca: CertificateAuthority | None = None,
    secondary_ca: CertificateAuthority | None = None,
    say: SayFn | None = None,
) -> GroupResult:
    """Create or update ``spec`` in IoT Central and finish its credentials.

    SAS: the service's keys go into ``store`` (a secret store, or a ``KeySink`` such
    as ``TokenGroupKeys``). X.509: the CA certificates are uploaded and, for each
    one whose CA (certificate and key, or key in a token) is given, proved with a
    verification certificate. ``say`` hears each step and each result line as it
    happens. Raises ConfigError for a group that holds the other attestation,
    CaNotVerified with the service's reason, and the client's errors.
    """
    tell = _teller(say)
    sink = _ready_sink(spec, store)
    path = central_group_path(spec.group_id)
    tell(f"looking up enrollment group {spec.group_id} in IoT Central")
    found = client.request("GET", path)
    kind = "iotEdge" if spec.iot_edge else "iot"
    if found.status == 404:
        body = {
            "displayName": spec.name,
            "type": kind,
            "enabled": spec.enabled,
            "attestation": {"type": spec.attestation.service_type},
        }
        reply = client.request("PUT", path, json=body)
        if reply.status not in (200, 201):
            raise _fail(f"IoT Central did not create the enrollment group {spec.group_id}", reply)
        created = True
    elif found.status == 200 and isinstance(found.body, dict):
        held = (found.body.get("attestation") or {}).get("type")
        if held != spec.attestation.service_type:
            raise ConfigError(
                f"IoT Central's enrollment group {spec.group_id} holds {held} devices, "
                f"not {spec.attestation.service_type}",
                hint="choose another group ID, or change the group in IoT Central",
            )
        changes = {"displayName": spec.name, "type": kind, "enabled": spec.enabled}
        if any(found.body.get(name) != value for name, value in changes.items()):
            if found.body.get("etag"):
                changes["etag"] = found.body["etag"]
            reply = client.request("PATCH", path, json=changes)
            if reply.status != 200:
                raise _fail(f"IoT Central did not update the enrollment group {spec.group_id}",
                            reply)
        else:
            reply = found
        created = False
    else:
        raise _fail(f"IoT Central could not show the enrollment group {spec.group_id}", found)

    verb = "created" if created else "updated"
    lines = [f"IoT Central enrollment group {spec.group_id} {verb} ({spec.attestation}, "
             f"{kind}, {'enabled' if spec.enabled else 'disabled'})"]
    tell(lines[-1])
    if spec.attestation is GroupAttestation.SAS:
        group = reply.body if isinstance(reply.body, dict) else {}
        keys = (group.get("attestation") or {}).get("symmetricKey")
        if not keys:
            # A PATCH answer may leave the keys out: read them where the group shows them.
            shown = client.request("GET", path)
            keys = ((shown.body or {}).get("attestation") or {}).get("symmetricKey")
        lines.append(_store_keys(sink, keys, "IoT Central", spec.group_id))
        tell(lines[-1])
    else:
        for entry, cert, authority in (
            ("primary", spec.primary_ca, ca),
            ("secondary", spec.secondary_ca, secondary_ca),
        ):
            if cert is not None:
                lines.append(_central_ca(client, spec.group_id, entry, cert, authority, tell))
                tell(lines[-1])
    return GroupResult("central", spec.group_id, created, tuple(lines))


def _central_ca(
    client: ServiceClient,
    group_id: str,
    entry: str,
    cert: x509.Certificate,
    authority: CertificateAuthority | None,
    tell: SayFn,
) -> str:
    path = central_certificate_path(group_id, entry)
    held = client.request("GET", path)
    info = held.body.get("info", {}) if held.status == 200 and isinstance(held.body, dict) else {}
    same = str(info.get("sha1Thumbprint", "")).upper() == thumbprint_sha1(cert)
    if not (same and held.body.get("verified")):
        if not same:
            tell(f"uploading the {entry} CA {thumbprint_sha1(cert)}")
            stored = client.request("PUT", path, json={"certificate": central_certificate(cert)})
            if stored.status not in (200, 201):
                raise _fail(f"IoT Central did not take the {entry} CA of group {group_id}", stored)
        if authority is None:
            return (f"{entry} CA {thumbprint_sha1(cert)} uploaded, not verified: give its key "
                    "to prove possession")
        verify_central_ca(client, group_id, entry, authority, say=tell)
        return f"{entry} CA {thumbprint_sha1(cert)}: CA verified"
    return f"{entry} CA {thumbprint_sha1(cert)}: CA verified (already)"


def verify_central_ca(
    client: ServiceClient, group_id: str, entry: str, ca: CertificateAuthority,
    *, say: SayFn | None = None,
) -> None:
    """Prove possession of the key of the CA that IoT Central holds as ``entry``.

    Asks for a verification code, signs a certificate with CN = code using
    ``ca`` (in its token, when its key is there), and submits it. Raises
    CaNotVerified with the service's reason in one line (for instance when
    ``ca`` is not the CA the group holds).
    """
    tell = _teller(say)
    if entry not in ENTRIES:
        raise ConfigError(f"{entry!r} is not a certificate entry", hint="use primary or secondary")
    path = central_certificate_path(group_id, entry)
    tell(f"asking IoT Central for the {entry} CA's verification code")
    coded = client.request("POST", f"{path}/generateVerificationCode")
    code = coded.body.get("verificationCode") if isinstance(coded.body, dict) else None
    if coded.status != 200 or not code:
        raise _fail(f"IoT Central gave no verification code for the {entry} CA of group "
                    f"{group_id}", coded,
                    hint="upload the CA to the group first (`station cloud group create`)")
    proof = issue_verification_certificate(ca, str(code))
    tell(f"submitting the verification certificate signed by {ca.subject}")
    body = {"certificate": base64.b64encode(proof.encode("ascii")).decode("ascii")}
    verified = client.request("POST", f"{path}/verify", json=body)
    if verified.status in (200, 204):
        return
    held = client.request("GET", path)
    info = held.body.get("info", {}) if isinstance(held.body, dict) else {}
    if held.status == 200 and held.body.get("verified") and str(
        info.get("sha1Thumbprint", "")
    ).upper() == thumbprint_sha1(ca.certificate):
        return  # an earlier answer was lost: the service holds it verified
    theirs = str(info.get("sha1Thumbprint", "")) or "none"
    raise CaNotVerified(
        f"IoT Central did not verify the {entry} CA of group {group_id}: "
        f"{verified.error_message}",
        hint=f"sign with the key of the CA the group holds (thumbprint {theirs}); the CA "
        f"given is {thumbprint_sha1(ca.certificate)}",
    )


def central_show(client: ServiceClient, group_id: str) -> list[str]:
    """Lines describing an IoT Central enrollment group; keys are never shown."""
    path = central_group_path(check_group_id(group_id))
    reply = client.request("GET", path)
    if reply.status == 404:
        raise EnrollmentError(f"IoT Central has no enrollment group {group_id}",
                              hint="create it with `station cloud group create`")
    if reply.status != 200 or not isinstance(reply.body, dict):
        raise _fail(f"IoT Central could not show the enrollment group {group_id}", reply)
    group = reply.body
    kind = (group.get("attestation") or {}).get("type", "?")
    lines = [
        f"enrollment group {group_id}: {group.get('displayName', '')!s}",
        f"  attestation: {kind}, type: {group.get('type', '?')}, "
        f"{'enabled' if group.get('enabled') else 'disabled'}",
    ]
    if kind == "symmetricKey":
        lines.append("  keys: held by IoT Central (never shown here)")
    else:
        for entry in ENTRIES:
            cert = client.request("GET", central_certificate_path(group_id, entry))
            if cert.status == 200 and isinstance(cert.body, dict):
                info = cert.body.get("info") or {}
                state = "verified" if cert.body.get("verified") else "NOT verified"
                lines.append(f"  {entry} CA: {info.get('sha1Thumbprint', '?')} ({state})")
            else:
                lines.append(f"  {entry} CA: none")
    return lines


# -- DPS --------------------------------------------------------------------------------


def dps_group_path(group_id: str) -> str:
    return f"/enrollmentGroups/{quote(group_id, safe='')}"


def _new_key() -> str:
    return base64.b64encode(secrets.token_bytes(_KEY_BYTES)).decode("ascii")


def dps_group_body(spec: GroupSpec, keys: dict[str, str] | None, etag: str = "") -> dict:
    """The DPS EnrollmentGroup for ``spec`` (``keys``: the SAS group's keys)."""
    if spec.attestation is GroupAttestation.SAS:
        attestation: dict[str, Any] = {"type": "symmetricKey", "symmetricKey": dict(keys or {})}
    else:
        signing: dict[str, Any] = {}
        for entry, cert in (("primary", spec.primary_ca), ("secondary", spec.secondary_ca)):
            if cert is not None:
                signing[entry] = {"certificate": base64.b64encode(der(cert)).decode("ascii")}
        attestation = {"type": "x509", "x509": {"signingCertificates": signing}}
    body: dict[str, Any] = {
        "enrollmentGroupId": spec.group_id,
        "attestation": attestation,
        "capabilities": {"iotEdge": spec.iot_edge},
        "provisioningStatus": "enabled" if spec.enabled else "disabled",
    }
    if spec.initial_twin:
        body["initialTwin"] = spec.initial_twin
    if spec.allocation_policy:
        body["allocationPolicy"] = spec.allocation_policy
    if etag:
        body["etag"] = etag
    return body


def dps_group(
    client: ServiceClient,
    spec: GroupSpec,
    store: KeySink | SecretStore | None,
    *,
    say: SayFn | None = None,
) -> GroupResult:
    """Create ``spec`` on DPS, or replace it under its etag (If-Match).

    A new SAS group gets keys the station makes; an existing one keeps its
    own. Either way they go into ``store`` (see ``central_group``). Raises
    ConfigError for a group that holds the other attestation, EnrollmentError
    when DPS refuses.
    """
    tell = _teller(say)
    sink = _ready_sink(spec, store)
    path = dps_group_path(spec.group_id)
    tell(f"looking up enrollment group {spec.group_id} on DPS")
    found = client.request("GET", path)
    etag = ""
    keys: dict[str, str] | None = None
    if found.status == 200 and isinstance(found.body, dict):
        held = (found.body.get("attestation") or {}).get("type")
        if held != spec.attestation.service_type:
            raise ConfigError(
                f"DPS enrollment group {spec.group_id} holds {held} devices, "
                f"not {spec.attestation.service_type}",
                hint="choose another group ID, or change the group in the portal",
            )
        etag = str(found.body.get("etag") or "")
        if spec.attestation is GroupAttestation.SAS:
            mechanism = client.request("POST", f"{path}/attestationmechanism")
            keys = (mechanism.body or {}).get("symmetricKey") if mechanism.status == 200 else None
            if not keys:
                raise _fail(f"DPS did not show the keys of enrollment group {spec.group_id}",
                            mechanism)
    elif found.status != 404:
        raise _fail(f"DPS could not show the enrollment group {spec.group_id}", found)
    elif spec.attestation is GroupAttestation.SAS:
        keys = {"primaryKey": _new_key(), "secondaryKey": _new_key()}
    headers = {"If-Match": etag} if etag else None
    reply = client.request("PUT", path, json=dps_group_body(spec, keys, etag), headers=headers)
    if reply.status == 412:
        raise EnrollmentError(
            f"the DPS enrollment group {spec.group_id} changed while the station updated it",
            hint="run the command again: it reads the group afresh",
        )
    if reply.status not in (200, 201):
        raise _fail(f"DPS did not take the enrollment group {spec.group_id}", reply)
    created = found.status == 404
    verb = "created" if created else "updated"
    lines = [f"DPS enrollment group {spec.group_id} {verb} ({spec.attestation}, "
             f"{'IoT Edge, ' if spec.iot_edge else ''}"
             f"{'enabled' if spec.enabled else 'disabled'})"]
    if keys is not None:
        lines.append(_store_keys(sink, keys, "DPS", spec.group_id))
    else:
        entries = [e for e, c in (("primary", spec.primary_ca), ("secondary", spec.secondary_ca))
                   if c is not None]
        lines.append(f"signing certificate(s) {', '.join(entries)} set on the group")
        lines.append(f"note: {DPS_CA_VERIFICATION}; {DPS_CA_VERIFICATION_HINT}")
    for line in lines:
        tell(line)
    return GroupResult("dps", spec.group_id, created, tuple(lines))


def dps_show(client: ServiceClient, group_id: str) -> list[str]:
    """Lines describing a DPS enrollment group; keys are never shown."""
    reply = client.request("GET", dps_group_path(check_group_id(group_id)))
    if reply.status == 404:
        raise EnrollmentError(f"DPS has no enrollment group {group_id}",
                              hint="create it with `station cloud group create --target dps`")
    if reply.status != 200 or not isinstance(reply.body, dict):
        raise _fail(f"DPS could not show the enrollment group {group_id}", reply)
    group = reply.body
    attestation = group.get("attestation") or {}
    kind = attestation.get("type", "?")
    edge = (group.get("capabilities") or {}).get("iotEdge", False)
    lines = [
        f"enrollment group {group_id}: attestation {kind}, "
        f"{group.get('provisioningStatus', '?')}, IoT Edge: {'yes' if edge else 'no'}, "
        f"allocation: {group.get('allocationPolicy') or 'the service default'}",
    ]
    if kind == "symmetricKey":
        lines.append("  keys: held by DPS (never shown here)")
    elif kind == "x509":
        signing = (attestation.get("x509") or {}).get("signingCertificates") or {}
        for entry in ENTRIES:
            info = (signing.get(entry) or {}).get("info") or {}
            lines.append(f"  {entry} signing certificate: {info.get('sha1Thumbprint', 'none')}")
    return lines
