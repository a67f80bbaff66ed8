"""API versions and service limits for the enrollment uploads: the one place for each.

Figures are from the DPS and IoT Central REST references; change them here only.
"""

from __future__ import annotations

# Device Provisioning Service, service (data-plane) API.
DPS_API_VERSION = "2021-10-01"
# The bulk enrollment operation takes at most this many enrollments per call.
DPS_BULK_MAX_ENROLLMENTS = 10
# DPS throttles each service at about this many enrollment operations a minute.
DPS_OPERATIONS_PER_MINUTE = 1000

# IoT Central data-plane API.
IOTC_API_VERSION = "2022-07-31"
# A conservative pace for IoT Central; when it throttles (429) the retries honour it.
IOTC_OPERATIONS_PER_MINUTE = 600

# Reading status back: items asked for per page. DPS takes it as ``x-ms-max-item-count``
# on its queries, IoT Central as ``$top`` on its device list; either may send fewer,
# and paging follows the continuation token or ``nextLink`` they return.
DPS_QUERY_PAGE_SIZE = 1000
IOTC_LIST_PAGE_SIZE = 1000

# How long a DPS SharedAccessSignature we make stays valid.
SAS_TOKEN_LIFETIME_S = 3600

# Retries of throttled (429) and failed (5xx, network) requests.
RETRY_ATTEMPTS = 6
RETRY_FIRST_DELAY_S = 1.0
RETRY_MAX_DELAY_S = 60.0
REQUEST_TIMEOUT_S = 30.0
