"""Endorsement-key templates: which key a TPM gives for which recipe.

A TPM's endorsement key (EK) is a primary key of the endorsement hierarchy:
the TPM derives it from its endorsement seed and the template it is asked
with, so the same template always gives the same key and a different
template a different one. The station must therefore create the EK from
exactly the template the device's firmware uses, or DPS would be told about
a key the device never presents.

- ``tcg-rsa2048``: TCG EK Credential Profile 2.0, template L-1 (RSA 2048,
  AES-128-CFB, 256 zero bytes of ``unique``). The key the TPM vendor
  certifies. A vendor may store its own template and nonce in NV
  (0x01c00004 template, 0x01c00003 nonce); they are honoured.
- ``tcg-ecc-p256``: the same profile's template L-2 (ECC NIST P-256); NV
  template 0x01c0000c and nonce 0x01c0000b honoured.
- ``azure-csdk-rsa``: what the Azure IoT C SDK's TPM client
  (``provisioning_client/adapters/hsm_client_tpm.c``, ``GetEkTemplate``)
  creates: the L-1 template with an *empty* ``unique`` field, which gives a
  different key. It ignores the NV template and nonce, as that client does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import get_args

from tpm2_pytss.constants import TPM2_ALG
from tpm2_pytss.types import TPM2B_PUBLIC, TPMT_PUBLIC
from tpm2_pytss.utils import NoSuchIndex, create_ek_template

from station.core.errors import ConfigError
from station.credentials.tpm_settings import EkTemplateName

# Where firmware conventionally keeps the EK once persisted (TCG TPM v2.0
# Provisioning Guidance: 0x81010001 for the RSA EK; the ECC EK by convention
# next to it).
RSA_EK_HANDLE = 0x81010001
ECC_EK_HANDLE = 0x81010002

# EK certificate NV indices (TCG EK Credential Profile 2.0, low range).
RSA_EK_CERT_INDEX = 0x01C00002
ECC_EK_CERT_INDEX = 0x01C0000A

# Reads one NV index's contents; raises tpm2_pytss.utils.NoSuchIndex when undefined.
NvReader = Callable[[int], bytes]


@dataclass(frozen=True)
class EkTemplate:
    """One named recipe for an endorsement key."""

    name: EkTemplateName
    algorithm: str  # "rsa" or "ecc"
    handle: int  # persistent handle firmware uses for this key
    cert_index: int  # NV index of the EK certificate for this algorithm
    tcg_name: str  # the TCG template the certificate (if any) was issued for
    empty_unique: bool = False  # the Azure IoT C SDK variant

    def public_template(self, nv_read: NvReader) -> TPM2B_PUBLIC:
        """The template to hand to TPM2_CreatePrimary for this EK.

        ``nv_read`` is used to honour a vendor template and nonce stored in NV
        (TCG templates only).
        """
        if self.empty_unique:
            return azure_csdk_template()
        _cert, template = create_ek_template(self.tcg_name, nv_read)
        return template


TEMPLATES: dict[str, EkTemplate] = {
    t.name: t
    for t in (
        EkTemplate("tcg-rsa2048", "rsa", RSA_EK_HANDLE, RSA_EK_CERT_INDEX, "EK-RSA2048"),
        EkTemplate("tcg-ecc-p256", "ecc", ECC_EK_HANDLE, ECC_EK_CERT_INDEX, "EK-ECC256"),
        EkTemplate(
            "azure-csdk-rsa",
            "rsa",
            RSA_EK_HANDLE,
            RSA_EK_CERT_INDEX,
            "EK-RSA2048",
            empty_unique=True,
        ),
    )
}
DEFAULT_TEMPLATE = "tcg-rsa2048"

# The names a profile may give (its ``tpm.template``); each has a recipe above.
TEMPLATE_NAMES: tuple[str, ...] = get_args(EkTemplateName)

# What `--algorithm rsa|ecc` on the command line means.
TEMPLATE_FOR_ALGORITHM = {"rsa": "tcg-rsa2048", "ecc": "tcg-ecc-p256"}


def lookup_template(name: str) -> EkTemplate:
    """The template called ``name``; ConfigError listing the known names otherwise."""
    try:
        return TEMPLATES[name]
    except KeyError:
        raise ConfigError(
            f"unknown endorsement key template {name!r}",
            hint="use one of " + ", ".join(TEMPLATE_NAMES),
        ) from None


def template_for_algorithm(algorithm: str) -> str:
    """The TCG template name for ``rsa`` or ``ecc`` (the CLI's ``--algorithm``)."""
    try:
        return TEMPLATE_FOR_ALGORITHM[algorithm.lower()]
    except KeyError:
        raise ConfigError(
            f"unknown endorsement key algorithm {algorithm!r}", hint="use rsa or ecc"
        ) from None


def azure_csdk_template() -> TPM2B_PUBLIC:
    """TCG template L-1 with an empty ``unique`` field, as the Azure IoT C SDK asks for it."""
    _cert, tcg = create_ek_template("EK-RSA2048", _no_nv)
    area = tcg.publicArea
    # Rebuild from the marshalled form so the library's template object is not changed.
    copy, _ = TPMT_PUBLIC.unmarshal(area.marshal())
    copy.unique.rsa = b""
    return TPM2B_PUBLIC(publicArea=copy)


def key_algorithm(public: TPM2B_PUBLIC) -> str:
    """``rsa-2048``, ``ecc-p256`` and the like, from a key's public area."""
    area = public.publicArea
    if area.type == TPM2_ALG.RSA:
        return f"rsa-{area.parameters.rsaDetail.keyBits}"
    if area.type == TPM2_ALG.ECC:
        curve = {0x0003: "p256", 0x0004: "p384", 0x0005: "p521"}
        curve_id = int(area.parameters.eccDetail.curveID)
        return f"ecc-{curve.get(curve_id, hex(curve_id))}"
    return f"alg-{int(area.type):#06x}"


def _no_nv(index: int) -> bytes:
    raise NoSuchIndex(index)
