"""A job's TPM settings, taken from the profile's ``[tpm]`` section, and the per-unit EK cache.

Kept apart from ``station.credentials.tpm`` so that the plan can be built and
checked without loading the TPM software stack (tpm2-pytss).
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from station.core.errors import ConfigError
from station.core.folders import ImagePathError, resolve_in_folder

# The endorsement-key templates the station knows (station.credentials.tpm_templates
# holds their recipes); the one list of their names.
EkTemplateName = Literal["tcg-rsa2048", "tcg-ecc-p256", "azure-csdk-rsa"]


class TpmSection(BaseModel):
    """A profile's ``[tpm]`` section: where the station finds a unit's TPM and how it
    reads the endorsement key."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    access: Literal["board", "direct"] = Field(
        description="board: through the console link's TPM pass-through; "
        "direct: a TPM the station reaches itself through ``tcti``"
    )
    tcti: str = Field(default="", description="for direct: e.g. device:/dev/tpmrm0")
    template: EkTemplateName = "tcg-rsa2048"
    persist: bool = Field(default=False, description="keep a created EK at its handle")
    manufacturer_cas: str = Field(
        default="", description="PEM bundle of TPM makers' CAs, relative to the profile"
    )
    require_certificate: bool = False


class EkCache:
    """What was read from each unit's TPM, kept while the unit's link is alive.

    The identify stage and the credentials stage of one unit both need its
    endorsement key; reading it once saves a key creation on the TPM (about
    a second through a board's console). Entries are keyed by the link
    object itself (weakly), so a value never outlives its unit's link and
    never passes to another unit. Safe to use from every port's worker thread.
    """

    def __init__(self) -> None:
        self._values: weakref.WeakKeyDictionary[object, object] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def get(self, link: object) -> object | None:
        with self._lock:
            try:
                return self._values.get(link)
            except TypeError:  # a link that cannot be referenced weakly is never cached
                return None

    def put(self, link: object, value: object) -> None:
        with self._lock:
            try:
                self._values[link] = value
            except TypeError:
                pass


@dataclass(frozen=True)
class TpmSettings:
    """Where a job finds each unit's TPM and how it reads the endorsement key.

    ``access`` is ``board`` (the TPM answers through the board's console link)
    or ``direct`` (the station reaches it through ``tcti``). ``ek_cache`` is
    shared by the job's identity source and credential provider.
    """

    access: Literal["board", "direct"]
    tcti: str = ""
    template: EkTemplateName = "tcg-rsa2048"
    persist: bool = False
    manufacturer_cas: Path | None = None
    require_certificate: bool = False
    ek_cache: EkCache = field(default_factory=EkCache, compare=False, repr=False)

    @classmethod
    def from_section(cls, section: TpmSection, folder: Path) -> TpmSettings:
        """Settings from a profile's ``[tpm]`` section; ``folder`` is the profile's folder.

        Raises ConfigError when the manufacturer CA bundle is not a file inside
        ``folder`` (the profile checks say so too; this catches a file removed since).
        """
        cas: Path | None = None
        if section.manufacturer_cas:
            try:
                cas = resolve_in_folder(folder, section.manufacturer_cas)
            except ImagePathError as exc:
                raise ConfigError(
                    f"tpm.manufacturer_cas: {exc}",
                    hint="put the TPM makers' CA bundle beside the profile",
                ) from None
        return cls(
            access=section.access,
            tcti=section.tcti.strip(),
            template=section.template,
            persist=section.persist,
            manufacturer_cas=cas,
            require_certificate=section.require_certificate,
        )
