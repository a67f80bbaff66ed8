"""Request bodies for DPS individual enrollments and IoT Central devices, built from the manifest.

Field names follow the DPS service REST reference (api-version 2021-10-01) and
the IoT Central data-plane reference (2022-07-31). Also the ``dps-enrollments``
export: the same enrollments as a JSON list.
"""

from __future__ import annotations

import base64
import copy
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from station.core.models import Attestation
from station.credentials.modes import attestation_mode
from station.enrollment.errors import EnrollmentError
from station.enrollment.options import EnrollmentOptions, UnitOptions
from station.manifest.records import UnitRecord
from station.manifest.store import Manifest

REDACTED = "<redacted>"
# Body fields that hold secrets; dry runs and logs show REDACTED instead.
SECRET_FIELDS = frozenset({"primaryKey", "secondaryKey"})

Json = dict[str, Any]

log = logging.getLogger(__name__)


class UnitNotUploadable(EnrollmentError):
    """The manifest lacks what a unit's enrollment needs (its key, certificate or EK)."""


def certificate_base64(cert_pem: str, device_id: str) -> str:
    """The certificate as base64 DER, the form DPS and IoT Central take."""
    try:
        cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    except ValueError as exc:
        raise UnitNotUploadable(
            f"the certificate kept for {device_id} cannot be read: {exc}",
            hint="the manifest row is damaged; provision the unit again",
        ) from exc
    return base64.b64encode(cert.public_bytes(Encoding.DER)).decode("ascii")


def _symmetric_keys(unit: UnitRecord, secrets: Mapping[str, str]) -> Json:
    primary, secondary = secrets.get("sas_primary", ""), secrets.get("sas_secondary", "")
    if not primary or not secondary:
        raise UnitNotUploadable(
            f"the manifest keeps no SAS keys for {unit.device_id}",
            hint="the keys were dropped or never kept; provision the unit again",
        )
    return {"primaryKey": primary, "secondaryKey": secondary}


def _client_certificate(unit: UnitRecord) -> Json:
    if not unit.cert_pem:
        raise UnitNotUploadable(
            f"the manifest keeps no certificate for {unit.device_id}",
            hint="provision the unit again to issue its certificate",
        )
    certificates = {"primary": {"certificate": certificate_base64(unit.cert_pem, unit.device_id)}}
    if unit.cert_pem_secondary:
        certificates["secondary"] = {
            "certificate": certificate_base64(unit.cert_pem_secondary, unit.device_id)
        }
    return {"clientCertificates": certificates}


def _tpm(unit: UnitRecord) -> Json:
    if not unit.ek_public:
        raise UnitNotUploadable(
            f"the manifest keeps no endorsement key for {unit.device_id}",
            hint="provision the unit again to read its TPM's endorsement key",
        )
    return {"endorsementKey": unit.ek_public}


def attestation_body(unit: UnitRecord, secrets: Mapping[str, str]) -> Json | None:
    """The ``attestation`` object for an individually attested unit; None for group modes.

    DPS and IoT Central use the same shape. Raises UnitNotUploadable when the
    manifest lacks the unit's key, certificate or endorsement key.
    """
    mode = attestation_mode(unit.attestation)
    if mode.group:
        return None
    if mode.mechanism == "symmetricKey":
        return {"type": "symmetricKey", "symmetricKey": _symmetric_keys(unit, secrets)}
    if mode.mechanism == "x509":
        return {"type": "x509", "x509": _client_certificate(unit)}
    return {"type": "tpm", "tpm": _tpm(unit)}


def dps_enrollment(
    unit: UnitRecord, secrets: Mapping[str, str], options: EnrollmentOptions | None = None
) -> Json:
    """The DPS ``IndividualEnrollment`` for ``unit`` (registration ID = device ID)."""
    attestation = attestation_body(unit, secrets)
    if attestation is None:
        raise UnitNotUploadable(
            f"{unit.device_id} is {unit.attestation}: its enrollment group admits it",
            hint="group-attested units need no individual enrollment",
        )
    options = options or EnrollmentOptions()
    enrollment: Json = {
        "registrationId": unit.device_id,
        "deviceId": unit.device_id,
        "attestation": attestation,
        "capabilities": {"iotEdge": options.iot_edge},
        "provisioningStatus": options.provisioning_status,
    }
    if options.initial_twin is not None:
        enrollment["initialTwin"] = copy.deepcopy(options.initial_twin)
    return enrollment


def central_device(unit: UnitRecord) -> Json:
    """The IoT Central ``Device`` body; the template is the job's model ID when it has one."""
    device: Json = {"displayName": unit.device_id, "enabled": True}
    if unit.model_id:
        device["template"] = unit.model_id
    return device


def _norm_hex(value: object) -> str:
    return str(value or "").replace(":", "").strip().upper()


def _norm_b64(value: object) -> str:
    return "".join(str(value or "").split())


def attestation_matches(unit: UnitRecord, ours: Json, theirs: Json) -> bool:
    """Whether the attestation a service holds (``theirs``) is the one we would upload.

    Services do not return certificates, only their info: X.509 compares by
    thumbprint, then by certificate when one is returned.
    """
    kind = ours.get("type")
    if not isinstance(theirs, dict) or theirs.get("type") != kind:
        return False
    if kind == "tpm":
        held = theirs.get("tpm") or {}
        return _norm_b64(held.get("endorsementKey")) == _norm_b64(ours["tpm"]["endorsementKey"])
    if kind == "symmetricKey":
        held = theirs.get("symmetricKey") or {}
        keys = ours["symmetricKey"]
        return bool(
            held.get("primaryKey") == keys["primaryKey"]
            and held.get("secondaryKey") == keys["secondaryKey"]
        )
    if kind == "x509":
        primary = ((theirs.get("x509") or {}).get("clientCertificates") or {}).get("primary")
        if not isinstance(primary, dict):
            return False
        info = primary.get("info") or {}
        if info.get("sha256Thumbprint") and unit.cert_thumbprint_sha256:
            return _norm_hex(info["sha256Thumbprint"]) == _norm_hex(unit.cert_thumbprint_sha256)
        if info.get("sha1Thumbprint") and unit.cert_thumbprint_sha1:
            return _norm_hex(info["sha1Thumbprint"]) == _norm_hex(unit.cert_thumbprint_sha1)
        certificate = primary.get("certificate")
        ours_cert = ours["x509"]["clientCertificates"]["primary"]["certificate"]
        return bool(certificate) and _norm_b64(certificate) == _norm_b64(ours_cert)
    return False


def describe_attestation(attestation: Json) -> str:
    """A short, secret-free description for reasons QA reads."""
    kind = str(attestation.get("type", "none"))
    if kind == "x509":
        primary = ((attestation.get("x509") or {}).get("clientCertificates") or {}).get(
            "primary"
        ) or {}
        thumbprint = (primary.get("info") or {}).get("sha1Thumbprint")
        return f"x509 (thumbprint {thumbprint})" if thumbprint else "x509"
    if kind == "tpm":
        ek = _norm_b64((attestation.get("tpm") or {}).get("endorsementKey"))
        return f"tpm (endorsement key {ek[:12]}…)" if ek else "tpm"
    return kind


def redacted(body: Any) -> Any:
    """A copy of ``body`` with every secret field's value replaced by REDACTED."""
    if isinstance(body, dict):
        return {
            key: REDACTED if key in SECRET_FIELDS and value else redacted(value)
            for key, value in body.items()
        }
    if isinstance(body, list):
        return [redacted(item) for item in body]
    return body


# -- the dps-enrollments export ----------------------------------------------------


def enrollment_holds_keys(unit: UnitRecord) -> bool:
    """True when the unit's enrollment carries device keys in clear (individual SAS)."""
    mode = attestation_mode(unit.attestation)
    return mode.mechanism == "symmetricKey" and not mode.group


def write_dps_enrollments(
    manifest: Manifest,
    units: Iterable[UnitRecord],
    out: TextIO,
    *,
    profile_folders: Sequence[Path] | None = None,
) -> int:
    """Write the DPS individual enrollments of ``units`` as one JSON list; returns how many.

    Group-attested units are left out (their enrollment group admits them).
    Each enrollment carries its profile's ``[enrollment]`` settings (profiles
    are looked up in ``profile_folders``, default the station's; a profile not
    found gives the defaults and a logged warning). Symmetric keys are written
    in clear (``enrollment_holds_keys``): such a file carries secrets. Runs on the
    thread that owns ``manifest``.
    """
    options = UnitOptions(folders=profile_folders)
    enrollments = []
    for unit in units:
        if not Attestation(unit.attestation).needs_enrollment:
            continue
        secrets = manifest.unit_secrets(unit.device_id) if unit.has_secrets else {}
        enrollments.append(dps_enrollment(unit, secrets, options.for_unit(unit)))
    for note in options.notes:
        log.warning("%s", note)
    json.dump(enrollments, out, indent=2)
    out.write("\n")
    return len(enrollments)
