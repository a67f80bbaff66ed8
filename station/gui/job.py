"""The job the window runs: a checked plan, its manifest and what the labels may show.

No Qt here: building a job is the same checking that ``station provision`` does,
done once on the GUI thread before any board is touched.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from station.core.errors import ConfigError, CredentialError
from station.core.labels import LabelLayout, label_text
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Unit
from station.core.pipeline import UnitPlan
from station.credentials.ca import CertificateAuthority, load_ca
from station.credentials.modes import attestation_mode
from station.credentials.sas import derive_device_key
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    SecretStore,
)
from station.gui.i18n import translate
from station.gui.settings import StationSettings
from station.gui.token_keys import TOKEN, open_token_keys
from station.identity.sources import identity_rule
from station.manifest import Manifest, StationKey
from station.manifest.custody.station_keys import KeyAccess, no_passphrase
from station.profiles.loader import LoadedProfile
from station.provisioning import ProvisionRequest, prepare


@dataclass(frozen=True)
class LabelContent:
    """What one unit's label shows; ``qr_text`` is what its QR code holds."""

    device_id: str
    id_scope: str
    profile_name: str
    qr_text: str
    printed_at: str
    includes_key: bool = False
    layout: LabelLayout | None = None  # the profile's [label]; None: the window's own


@dataclass
class ActiveJob:
    """A job ready to run: the checked plan and everything the window shows about it."""

    request: ProvisionRequest
    loaded: LoadedProfile
    plan: UnitPlan
    manifest_path: Path
    station_key: StationKey
    label_includes_key: bool = False
    demo: bool = False
    group_key_b64: str = field(default="", repr=False)

    @property
    def attestation(self) -> Attestation:
        return self.plan.job.attestation

    @property
    def id_scope(self) -> str:
        return self.plan.job.id_scope

    @property
    def wants_scan(self) -> bool:
        """True when device IDs come from the unit's scanned barcode."""
        return identity_rule(self.loaded.profile.identity.rule).scans

    @property
    def identity_rule(self) -> str:
        """The device-ID rule in a few words, e.g. ``mac: demo-{mac}``."""
        section = self.loaded.profile.identity
        if identity_rule(section.rule).scans:
            if section.pattern:
                return translate("ActiveJob", "{rule} matching {pattern}").format(
                    rule=section.rule, pattern=section.pattern)
            return section.rule
        if section.template:
            return f"{section.rule}: {section.template.replace('{prefix}', section.prefix)}"
        return section.rule

    @property
    def key_on_label(self) -> bool:
        # Only a SAS key can be printed at all; certificates' keys stay on the board.
        mechanism = attestation_mode(self.attestation).mechanism
        return self.label_includes_key and mechanism == "symmetricKey"

    def open_manifest(self) -> Manifest:
        """A manifest connection for the calling thread."""
        return Manifest.open(self.manifest_path, self.station_key)

    def label_for(self, device_id: str, manifest: Manifest | None = None) -> LabelContent:
        """The label of a provisioned unit. Runs on the GUI thread.

        The device key is included only when the job's policy allows it; a
        ``sas-group`` key is derived from the job's group key (the manifest does not
        keep it), an individual key is read back from the manifest (kept encrypted there).
        """
        key = ""
        if self.key_on_label:
            if attestation_mode(self.attestation).keys_from_group_key:  # derived, not kept
                key = derive_device_key(self.group_key_b64, device_id) if self.group_key_b64 else ""
            elif manifest is not None:
                key = manifest.unit_secrets(device_id).get("sas_primary", "")
        unit = Unit(
            job=self.plan.job,
            board=BoardInfo(port=""),
            identity=DeviceIdentity(device_id, source=""),
            credential=Credential(attestation=self.attestation, sas_primary=key),
        )
        return LabelContent(
            device_id=device_id,
            id_scope=self.id_scope,
            profile_name=self.loaded.profile.name,
            qr_text=label_text(unit, include_key=bool(key)),
            printed_at=time.strftime("%Y-%m-%d %H:%M"),
            includes_key=bool(key),
            layout=self.loaded.profile.label_layout,
        )


def start_job(
    request: ProvisionRequest, *, label_includes_key: bool = False, demo: bool = False
) -> ActiveJob:
    """Check the job and build its plan; raises a StationError before any board is touched."""
    # The window's own thread shares no interpreter with the ports' board work.
    loaded, plan, manifest_path, key = prepare(replace(request, port_processes=True))
    return ActiveJob(
        request=request,
        loaded=loaded,
        plan=plan,
        manifest_path=manifest_path,
        station_key=key,
        label_includes_key=label_includes_key,
        demo=demo,
        group_key_b64=request.group_key_b64,
    )


def settings_ca(cert_path: str, key_pem: bytes | str, passphrase: str) -> CertificateAuthority:
    """The CA from the certificate file the settings name and the key PEM the secret store holds.

    Checks everything ``load_ca`` checks (passphrase, key matching the
    certificate, validity) and raises its CredentialError; a missing or
    unreadable certificate file raises too. Any thread; reads one file.
    """
    if not cert_path:
        raise ConfigError(
            translate("ActiveJob", "no CA certificate is chosen"),
            hint=translate("ActiveJob",
                           "choose the CA certificate file in Settings before loading its key"),
        )
    try:
        cert_pem = Path(cert_path).read_bytes()
    except OSError as exc:
        raise CredentialError(
            translate("ActiveJob", "cannot read the CA certificate file {path}: {reason}").format(
                path=cert_path, reason=exc.strerror or exc),
            hint=translate("ActiveJob", "choose the CA certificate file again in Settings"),
        ) from exc
    key = key_pem.encode("utf-8") if isinstance(key_pem, str) else key_pem
    return load_ca(cert_pem, key, passphrase or None)


def request_from_settings(
    settings: StationSettings,
    *,
    group_key_b64: str,
    ca_passphrase: str,
    ca_key_pem: str = "",
    manifest: Path | None = None,
    group_key_secondary_b64: str = "",
    key_access: KeyAccess | None = None,
) -> ProvisionRequest:
    """The job the settings describe, with the secrets taken from the secret store.

    The CA is loaded (and checked) only when both its certificate and its key
    are there; a job that needs one without it is refused by the plan, with a
    hint to load the key in Settings.
    """
    ca = None
    if settings.ca_cert_path and ca_key_pem:
        ca = settings_ca(settings.ca_cert_path, ca_key_pem, ca_passphrase)
    return ProvisionRequest(
        profile=settings.profile,
        ports=[],
        id_scope=settings.id_scope,
        attestation=Attestation(settings.attestation) if settings.attestation else None,
        group_key_b64=group_key_b64,
        group_key_secondary_b64=group_key_secondary_b64,
        ca=ca,
        operator=settings.operator,
        station_id=settings.station_id,
        model_id=settings.model_id,
        manifest=manifest,
        key_access=key_access or KeyAccess(),
    )


def request_from_store(
    settings: StationSettings, store: SecretStore, *, manifest: Path | None = None
) -> ProvisionRequest:
    """The job the settings describe, with every secret it may need read from ``store``.

    A locked store gives no secrets (a job that needs one is then refused with a hint).
    With the keys in a token (``key_source``), the token's keys are opened and checked
    instead, each token's PIN read from ``store``. GUI thread (the store belongs to it).
    """
    def secret(name: str) -> str:
        return store.get(name) if store.unlocked else ""

    if settings.key_source == TOKEN:
        # The keys stay in the token: opened and checked here, before any unit.
        keys = open_token_keys(settings, store)
        request = request_from_settings(
            settings, group_key_b64="", ca_passphrase="", manifest=manifest,
            key_access=KeyAccess(store=store, passphrase=no_passphrase),
        )
        return replace(request, ca=keys.ca, group_key_token=keys.group_key_uri,
                       group_key_secondary_token=keys.group_key_secondary_uri)
    return request_from_settings(
        settings,
        group_key_b64=secret(GROUP_KEY),
        group_key_secondary_b64=secret(GROUP_KEY_SECONDARY),
        ca_passphrase=secret(CA_PASSPHRASE),
        ca_key_pem=secret(CA_KEY_PEM),
        manifest=manifest,
        # The station key is kept in the same store; a locked one is unlocked in Settings.
        key_access=KeyAccess(store=store, passphrase=no_passphrase),
    )
