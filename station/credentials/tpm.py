"""TPM attestation: the endorsement key as DPS takes it, read the way firmware presents it.

A device attesting with its TPM shows DPS its endorsement key (EK): the
TPM2B_PUBLIC structure, marshalled and base64 encoded. Its registration ID
is, unless set otherwise, derived from those same bytes. The station reads
the EK exactly as the device's firmware will: the key persisted at the EK
handle if there is one, otherwise the key the firmware's template gives
(see ``tpm_templates``); it can persist that key so both agree from then on.

The job's provider and identity source (``tpm_support``) read through
``read_endorsement_key``. Every function here opens its own TPM context on
the calling thread (a port's worker thread in the pipeline) and closes it
before returning.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography import x509
from tpm2_pytss import ESAPI, TSS2_Exception
from tpm2_pytss.constants import ESYS_TR, TPM2_ALG
from tpm2_pytss.types import TPM2B_PUBLIC
from tpm2_pytss.utils import NoSuchIndex, NVReadEK

from station.core.errors import ConfigError, CredentialError
from station.credentials.tpm_ekcert import (
    EkCertificate,
    check_ek_certificate,
    is_expired,
    load_manufacturer_cas,
    parse_nv_certificate,
)
from station.credentials.tpm_tcti import TctiSpec, describe_tcti, is_missing_handle, open_esapi
from station.credentials.tpm_templates import (
    DEFAULT_TEMPLATE,
    TEMPLATE_FOR_ALGORITHM,
    EkTemplate,
    azure_csdk_template,
    key_algorithm,
    lookup_template,
)

EK_FORMATS = ("dps", "pem", "json")


@dataclass(frozen=True)
class EndorsementKey:
    """A TPM's endorsement key and what the station learned about it.

    ``public_b64`` is the marshalled TPM2B_PUBLIC in base64: DPS's
    ``endorsementKey``. ``handle`` is the persistent handle the key lives
    at, or None when it was created for this read only. The certificate
    fields are empty when the TPM holds no EK certificate.
    """

    public_b64: str
    public_pem: str
    registration_id: str
    algorithm: str
    handle: int | None = None
    certificate_pem: str = ""
    certificate_thumbprint: str = ""
    certificate_issuer: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def public_bytes(self) -> bytes:
        """The marshalled TPM2B_PUBLIC."""
        return base64.b64decode(self.public_b64)


def registration_id_from_ek(tpm2b_public: bytes) -> str:
    """The registration ID the Azure IoT C SDK's TPM client derives from an EK.

    It is the SHA-256 digest of the marshalled TPM2B_PUBLIC (the 2-byte
    size included: the same bytes DPS receives as ``endorsementKey``),
    base32 encoded with the RFC 4648 alphabet in lower case and the ``=``
    padding removed: 52 characters of ``a-z2-7``. See azure-iot-sdk-c
    ``provisioning_client/src/prov_auth_client.c`` (``load_registration_id``,
    ``encode_value``), ``provisioning_client/adapters/hsm_client_tpm.c``
    (``hsm_client_tpm_get_endorsement_key`` marshals TPM2B_PUBLIC) and
    azure-c-shared-utility ``src/base32.c`` (lower-case alphabet).
    """
    digest = hashlib.sha256(tpm2b_public).digest()
    return base64.b32encode(digest).decode("ascii").lower().rstrip("=")


def read_endorsement_key(
    tcti: TctiSpec,
    *,
    template: str = DEFAULT_TEMPLATE,
    persist: bool = False,
    manufacturer_cas: Path | None = None,
    require_certificate: bool = False,
) -> EndorsementKey:
    """Read the TPM's EK as the device's firmware will present it to DPS.

    If a key is persisted at the template's EK handle (0x81010001 RSA,
    0x81010002 ECC) that key is read; otherwise the EK is created from
    ``template`` ("tcg-rsa2048", "tcg-ecc-p256" or "azure-csdk-rsa") and,
    with ``persist``, made persistent at that handle.

    The EK certificate in NV, when there is one, must certify this EK and,
    with ``manufacturer_cas`` (a PEM bundle), chain to a root CA in it;
    otherwise CredentialError "this TPM's EK certificate does not belong to
    it". The Azure IoT C SDK's EK is accepted on the strength of the
    certificate for the same TPM's TCG EK, with a warning; found persisted
    while ``template`` names a TCG template, it is a ConfigError naming the
    template to set. A TPM without a certificate is refused when
    ``require_certificate`` is set and noted in ``warnings`` when not. Runs
    on the calling thread.
    """
    recipe = lookup_template(template)
    cas = load_manufacturer_cas(manufacturer_cas) if manufacturer_cas is not None else None
    if require_certificate and cas is None:
        raise ConfigError(
            "an EK certificate is required but no TPM manufacturer CA bundle is set",
            hint="set the manufacturer CA bundle, or stop requiring EK certificates",
        )
    where = describe_tcti(tcti)
    warnings: list[str] = []
    with open_esapi(tcti) as ectx:
        try:
            nv_read = _CachingNvReader(NVReadEK(ectx))
            public, handle = _persisted_key(ectx, recipe.handle)
            found_persisted = public is not None
            if public is None:
                public, handle = _create_key(ectx, recipe, nv_read, persist)
            _check_algorithm(public, recipe, handle)
            cert = _certificate(ectx, recipe, nv_read, public, found_persisted, cas, warnings)
        except TSS2_Exception as exc:
            raise CredentialError(
                f"the TPM at {where} refused a command while reading its endorsement key: {exc}",
                hint="check that the TPM is not locked or owned with a password; "
                "tell an engineer if it persists",
            ) from exc
    if cert is None:
        if require_certificate:
            raise CredentialError(
                f"this TPM holds no EK certificate (NV index {recipe.cert_index:#010x})",
                hint="set this unit aside, or stop requiring EK certificates for this job",
            )
        warnings.append(
            f"this TPM holds no EK certificate (NV index {recipe.cert_index:#010x}); "
            "its maker cannot be checked"
        )
    elif not cert.chained:
        warnings.append(
            "the EK certificate was not checked against a TPM manufacturer CA (none configured)"
        )
    marshalled = public.marshal()
    return EndorsementKey(
        public_b64=base64.b64encode(marshalled).decode("ascii"),
        public_pem=public.to_pem().decode("ascii"),
        registration_id=registration_id_from_ek(marshalled),
        algorithm=key_algorithm(public),
        handle=handle,
        certificate_pem=cert.pem if cert else "",
        certificate_thumbprint=cert.thumbprint_sha256 if cert else "",
        certificate_issuer=cert.issuer if cert else "",
        warnings=tuple(warnings),
    )


def format_ek(ek: EndorsementKey, fmt: str) -> str:
    """The EK as text for ``station tpm ek --format``.

    ``dps``: the base64 TPM2B_PUBLIC alone (what DPS's ``endorsementKey``
    takes); ``pem``: the public key as PEM; ``json``: every fact, with the
    registration ID. Raises ConfigError for another format.
    """
    if fmt == "dps":
        return ek.public_b64
    if fmt == "pem":
        return ek.public_pem.rstrip("\n")
    if fmt == "json":
        facts = asdict(ek)
        facts["handle"] = f"{ek.handle:#010x}" if ek.handle is not None else None
        facts["warnings"] = list(ek.warnings)
        return json.dumps(facts, indent=2)
    raise ConfigError(
        f"unknown endorsement key format {fmt!r}", hint="use one of " + ", ".join(EK_FORMATS)
    )


class _CachingNvReader:
    """Reads NV indices once per TPM context (certificates are read more than once)."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self._read = read
        self._cache: dict[int, bytes | None] = {}

    def __call__(self, index: int) -> bytes:
        data = self.optional(index)
        if data is None:
            raise NoSuchIndex(index)
        return data

    def optional(self, index: int) -> bytes | None:
        index = int(index)
        if index not in self._cache:
            try:
                self._cache[index] = self._read(index)
            except NoSuchIndex:
                self._cache[index] = None
        return self._cache[index]


def _persisted_key(ectx: ESAPI, handle: int) -> tuple[TPM2B_PUBLIC | None, int | None]:
    try:
        tr = ectx.tr_from_tpmpublic(handle)
    except TSS2_Exception as exc:
        if is_missing_handle(exc):
            return None, None
        raise
    public, _name, _qualified = ectx.read_public(tr)
    ectx.tr_close(tr)
    return public, handle


def _create_key(
    ectx: ESAPI, recipe: EkTemplate, nv_read: _CachingNvReader, persist: bool
) -> tuple[TPM2B_PUBLIC, int | None]:
    transient, public = _create_primary(ectx, recipe.public_template(nv_read))
    try:
        if not persist:
            return public, None
        try:
            persisted = ectx.evict_control(ESYS_TR.OWNER, transient, recipe.handle)
        except TSS2_Exception as exc:
            raise CredentialError(
                f"the TPM would not keep its endorsement key at {recipe.handle:#010x}: {exc}",
                hint="the TPM's persistent memory may be full or its owner password set; "
                "tell an engineer",
            ) from exc
        ectx.tr_close(persisted)
        return public, recipe.handle
    finally:
        ectx.flush_context(transient)


def _create_primary(ectx: ESAPI, template: TPM2B_PUBLIC) -> tuple[ESYS_TR, TPM2B_PUBLIC]:
    transient, public, _data, _digest, _ticket = ectx.create_primary(
        None, template, ESYS_TR.ENDORSEMENT
    )
    return transient, public


def _check_algorithm(public: TPM2B_PUBLIC, recipe: EkTemplate, handle: int | None) -> None:
    expected = TPM2_ALG.RSA if recipe.algorithm == "rsa" else TPM2_ALG.ECC
    if public.publicArea.type != expected:
        where = f"at {handle:#010x} " if handle is not None else ""
        raise CredentialError(
            f"the key {where}is {key_algorithm(public)}, not the {recipe.algorithm.upper()} "
            f"endorsement key the template {recipe.name!r} asks for",
            hint="use the template that matches the firmware, or clear the persistent handle",
        )


def _certificate(
    ectx: ESAPI,
    recipe: EkTemplate,
    nv_read: _CachingNvReader,
    public: TPM2B_PUBLIC,
    found_persisted: bool,
    cas: list[x509.Certificate] | None,
    warnings: list[str],
) -> EkCertificate | None:
    """The EK certificate in NV, checked against the key the firmware presents.

    The key presented (and enrolled) is always ``public``: the persisted key
    when there is one. A maker certifies the TCG EK only; when ``public`` is
    another key, the certificate must certify this TPM's TCG EK and
    ``public`` must be this TPM's Azure IoT C SDK variant of it.
    """
    data = nv_read.optional(recipe.cert_index)
    if data is None:
        return None
    cert = parse_nv_certificate(data)
    if is_expired(cert):
        warnings.append("the EK certificate has expired (common for TPMs; accepted)")
    try:
        return check_ek_certificate(cert, public.to_pem(), cas)
    except CredentialError:
        if not found_persisted and not recipe.empty_unique:
            raise  # just made from the TCG template: the very key a maker certifies
    certified = lookup_template(TEMPLATE_FOR_ALGORITHM[recipe.algorithm])
    # Genuine first: a certificate that is not this TPM's says so, whatever the key.
    tcg_public = _primary_key(ectx, certified.public_template(nv_read))
    checked = check_ek_certificate(cert, tcg_public.to_pem(), cas)
    made_here = not found_persisted  # created from the recipe in this read
    if not (made_here or _is_azure_variant(ectx, public)):
        raise CredentialError(
            f"the key at {recipe.handle:#010x} is not this TPM's endorsement key: it is "
            "neither the key its EK certificate certifies nor its Azure IoT C SDK EK",
            hint="clear the persistent handle (tpm2_evictcontrol) so the EK is made afresh, "
            "or set this unit aside for an engineer",
        )
    if not recipe.empty_unique:
        # DPS must be told the key the firmware presents (the persisted one);
        # the profile says the firmware uses another, so one of them is wrong.
        raise ConfigError(
            f"the key at {recipe.handle:#010x} is the Azure IoT C SDK's EK, not the "
            f"{recipe.name} key the profile names",
            hint='set tpm.template = "azure-csdk-rsa" in the profile, '
            "or give --template azure-csdk-rsa on the command line",
        )
    warnings.append(
        "the EK certificate certifies this TPM's TCG endorsement key; the key enrolled is "
        "the Azure IoT C SDK's variant of it"
    )
    return checked


def _primary_key(ectx: ESAPI, template: TPM2B_PUBLIC) -> TPM2B_PUBLIC:
    """The public part of the primary key ``template`` gives; the key is not kept."""
    transient, public = _create_primary(ectx, template)
    ectx.flush_context(transient)
    return public


def _is_azure_variant(ectx: ESAPI, public: TPM2B_PUBLIC) -> bool:
    """True when ``public`` is the key this TPM gives for the Azure IoT C SDK's template."""
    if public.publicArea.type != TPM2_ALG.RSA:
        return False  # that SDK makes RSA endorsement keys only
    return _primary_key(ectx, azure_csdk_template()).marshal() == public.marshal()
