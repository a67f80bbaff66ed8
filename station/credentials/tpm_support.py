"""The TPM support the pipeline plugs in: the ``tpm`` provider and the ``tpm-ek`` identity.

The mode and the rule are declared in ``station.credentials.modes`` and
``station.credentials.tpm_identity``, which import this module (and with it the
TPM software stack) only when a job uses them. Each unit's
endorsement key is read once, on the port's worker thread, when the first of
the two stages needs it: the identity source reads it through the unit's link
(``LinkIdentitySource``), and the provider takes the same reading from the
job's EK cache (see ``TpmSettings.ek_cache``) instead of asking the TPM again.

Where the TPM is comes from the profile's ``[tpm]`` section: ``board`` relays
every TPM command through the board's console link, ``direct`` opens the TCTI
the profile names (a TPM socket or simulator on the station).
"""

from __future__ import annotations

import logging

from station.core.errors import ConfigError, IdentityError, StationError
from station.core.events import Stage
from station.core.interfaces import BoardLink, CredentialProvider, IdentitySource
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity
from station.credentials.providers import JobSecrets, ProviderOptions
from station.credentials.tpm import EndorsementKey, read_endorsement_key
from station.credentials.tpm_relay import relay_tcti_for
from station.credentials.tpm_settings import TpmSettings
from station.credentials.tpm_tcti import TctiSpec, check_tcti_config
from station.credentials.tpm_templates import lookup_template
from station.identity.rules import validate_device_id
from station.identity.sources import CounterStore, IdentitySettings

log = logging.getLogger("station.tpm")

_NO_SECTION_HINT = (
    'add a [tpm] section to the profile: access = "board" (through the console) '
    'or access = "direct" with a tcti'
)


class UnitTpm:
    """Reads the endorsement key of the TPM that a unit's link leads to, once per unit.

    Built on the thread that builds the job; ``read`` runs on port worker threads.
    """

    def __init__(self, settings: TpmSettings) -> None:
        lookup_template(settings.template)  # a bad template fails the job, not a unit
        if settings.access == "direct":
            check_tcti_config(settings.tcti)
        self.settings = settings

    def tcti_for(self, link: BoardLink | None) -> TctiSpec:
        """How to reach the unit's TPM: a relay over its link, or the profile's TCTI."""
        if self.settings.access == "direct":
            return self.settings.tcti
        if link is None:
            raise IdentityError(
                "the unit's TPM is reached through its board, but no link to the board was given",
                hint="report this to the station's engineer",
            )
        return relay_tcti_for(link)

    def read(self, link: BoardLink | None, stage: Stage) -> EndorsementKey:
        """The unit's EK, read and checked as the profile says; cached per link.

        Raises a StationError carrying ``stage`` when the TPM cannot give it.
        """
        settings = self.settings
        cached = settings.ek_cache.get(link) if link is not None else None
        if isinstance(cached, EndorsementKey):
            return cached
        try:
            ek = read_endorsement_key(
                self.tcti_for(link),
                template=settings.template,
                persist=settings.persist,
                manufacturer_cas=settings.manufacturer_cas,
                require_certificate=settings.require_certificate,
            )
        except StationError as exc:
            exc.stage = exc.stage or stage
            raise
        where = getattr(link, "port", "") or settings.tcti
        for warning in ek.warnings:
            log.warning("%s: %s", where, warning)
        if link is not None:
            settings.ek_cache.put(link, ek)
        return ek


class TpmEkIdentity:
    """``tpm-ek``: the device ID is the registration ID derived from the unit's EK.

    Implements ``LinkIdentitySource``: the pipeline hands it the unit's link,
    through which a TPM behind the board answers.
    """

    def __init__(self, tpm: UnitTpm, charset: str = "dps", x509: bool = False) -> None:
        self.tpm = tpm
        self.charset = charset
        self.x509 = x509

    def identify_on(
        self, link: BoardLink, board: BoardInfo, scanned: str | None = None
    ) -> DeviceIdentity:
        return self._identity(self.tpm.read(link, Stage.IDENTIFY))

    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
        """Without a link only a TPM the station reaches directly can be read."""
        return self._identity(self.tpm.read(None, Stage.IDENTIFY))

    def _identity(self, ek: EndorsementKey) -> DeviceIdentity:
        device_id = validate_device_id(ek.registration_id, x509=self.x509, charset=self.charset)
        return DeviceIdentity(device_id=device_id, source="tpm-ek")


class TpmCredentialProvider:
    """``tpm``: the unit's EK (and its certificate's facts) for an individual enrollment."""

    attestation = Attestation.TPM

    def __init__(self, tpm: UnitTpm) -> None:
        self.tpm = tpm

    def __repr__(self) -> str:
        return f"TpmCredentialProvider(access={self.tpm.settings.access!r})"

    def issue(self, identity: DeviceIdentity, link: BoardLink) -> Credential:
        ek = self.tpm.read(link, Stage.CREDENTIALS)
        return Credential(
            attestation=Attestation.TPM,
            ek_public=ek.public_b64,
            ek_cert_thumbprint=ek.certificate_thumbprint,
            ek_cert_issuer=ek.certificate_issuer,
        )


def tpm_provider(secrets: JobSecrets, options: ProviderOptions) -> CredentialProvider:
    """The provider of ``tpm`` attestation (``station.credentials.modes.TPM``)."""
    if options.tpm is None:
        raise ConfigError("tpm attestation needs to know where each unit's TPM is",
                          hint=_NO_SECTION_HINT)
    return TpmCredentialProvider(UnitTpm(options.tpm))


def tpm_ek_identity(
    section: IdentitySettings,
    store: CounterStore | None,
    x509: bool,
    tpm: TpmSettings | None = None,
) -> IdentitySource:
    """The identity source of rule ``tpm-ek`` (``station.credentials.tpm_identity``)."""
    if tpm is None:
        raise IdentityError(
            "tpm-ek identities need to know where each unit's TPM is",
            hint=_NO_SECTION_HINT,
            stage=Stage.IDENTIFY,
        )
    return TpmEkIdentity(UnitTpm(tpm), section.charset, x509)
