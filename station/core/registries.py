"""The station's five kinds of extension, and where its own extensions of each are declared.

This table is the one place the built-in extensions are filled in; a package of
a board maker's own adds to a kind through the entry point group named here
(see docs/extending.md). Each kind's home says what its objects must be:

==================  =========================  =====================================
registry            entry point group          an entry is a …
==================  =========================  =====================================
TRANSPORTS          ``station.transports``     ``station.transports.kind.TransportKind``
STORAGE_FORMATS     ``station.storage``        ``station.storage.StorageFormat``
ATTESTATIONS        ``station.attestations``   ``station.credentials.modes.AttestationMode``
IDENTITY_SOURCES    ``station.identity_sources`` ``station.identity.kind.IdentityRule``
EXPORTS             ``station.exports``        ``station.manifest.exports.ExportFormat``
==================  =========================  =====================================

Entries are import paths, not imports: nothing here loads until a name is asked for.
"""

from __future__ import annotations

from station.core.registry import Registry

TRANSPORTS: Registry = Registry(
    "board transport",
    "station.transports",
    {
        "console": "station.boards.console:TRANSPORT",
        "esptool-nvs": "station.boards.esptool_nvs:TRANSPORT",
    },
)

STORAGE_FORMATS: Registry = Registry(
    "storage format",
    "station.storage",
    {
        "nvs": "station.boards.esptool_nvs:STORAGE",
        "esp_secure_cert": "station.boards.esp_secure_cert:STORAGE",
        "console-store": "station.boards.console:STORAGE",
    },
)

ATTESTATIONS: Registry = Registry(
    "attestation mode",
    "station.attestations",
    {
        "sas-group": "station.credentials.modes:SAS_GROUP",
        "sas-individual": "station.credentials.modes:SAS_INDIVIDUAL",
        "x509-group": "station.credentials.modes:X509_GROUP",
        "x509-individual": "station.credentials.modes:X509_INDIVIDUAL",
        "tpm": "station.credentials.modes:TPM",
    },
)

IDENTITY_SOURCES: Registry = Registry(
    "identity rule",
    "station.identity_sources",
    {
        "mac": "station.identity.sources:MAC_RULE",
        "barcode": "station.identity.sources:BARCODE_RULE",
        "counter": "station.identity.sources:COUNTER_RULE",
        "tpm-ek": "station.credentials.tpm_identity:TPM_EK_RULE",
    },
)

EXPORTS: Registry = Registry(
    "export format",
    "station.exports",
    {
        "iotc-import": "station.manifest.exports:IOTC_IMPORT",
        "iotc-export": "station.manifest.exports:IOTC_EXPORT",
        "audit": "station.manifest.exports:AUDIT",
        "dps-enrollments": "station.enrollment.dps_export:DPS_ENROLLMENTS",
    },
)
