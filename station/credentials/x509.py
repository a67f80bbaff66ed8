"""X.509 credentials in one place: CAs, device certificates and verification certificates.

The work is done in ``ca``, ``leaf``, ``keys`` and ``certificates``; import from here.
"""

from station.credentials.ca import (
    DEMO_CA_NAME,
    CertificateAuthority,
    create_ca,
    create_demo_ca,
    load_ca,
    load_ca_files,
    write_ca_files,
)
from station.credentials.certificates import thumbprint_sha1, thumbprint_sha256
from station.credentials.keys import KEY_ALGORITHMS, KeyAlgorithm, private_key_pem
from station.credentials.leaf import (
    MAX_COMMON_NAME,
    IssuedCertificate,
    check_common_name,
    issue_leaf,
    issue_self_signed,
    issue_verification_certificate,
)

__all__ = [
    "DEMO_CA_NAME",
    "KEY_ALGORITHMS",
    "MAX_COMMON_NAME",
    "CertificateAuthority",
    "IssuedCertificate",
    "KeyAlgorithm",
    "check_common_name",
    "create_ca",
    "create_demo_ca",
    "issue_leaf",
    "issue_self_signed",
    "issue_verification_certificate",
    "load_ca",
    "load_ca_files",
    "private_key_pem",
    "thumbprint_sha1",
    "thumbprint_sha256",
    "write_ca_files",
]
