"""What each unit's DPS enrollment carries besides its attestation.

The settings come from the ``[enrollment]`` section of the profile the unit
was provisioned with (the manifest keeps its ``profile_id``), then from the
overrides given on the command line. A profile that can no longer be found
gives the defaults, and the upload says so; a profile that is found but does
not load stops the upload before anything is sent, because its settings are
then unknown rather than absent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from station.core.errors import ConfigError, ProfileError
from station.manifest.records import UnitRecord
from station.profiles.loader import find_profile
from station.profiles.model import EnrollmentSection

PROVISIONING_STATUSES = ("enabled", "disabled")

# find_profile's message when no folder holds the id (any other ProfileError is a broken file).
_NOT_FOUND = "no profile with id"


@dataclass(frozen=True)
class EnrollmentOptions:
    """Settings every uploaded enrollment gets.

    ``initial_twin`` is the DPS ``initialTwin`` object (``tags``,
    ``properties.desired``) or None to leave it out.
    """

    provisioning_status: str = "enabled"
    iot_edge: bool = False
    initial_twin: dict[str, Any] | None = field(default=None)

    def __post_init__(self) -> None:
        if self.provisioning_status not in PROVISIONING_STATUSES:
            raise ConfigError(
                f"provisioning status {self.provisioning_status!r} is not one DPS knows",
                hint="use enabled or disabled",
            )

    @classmethod
    def from_section(cls, section: EnrollmentSection) -> EnrollmentOptions:
        """The options a profile's ``[enrollment]`` section sets."""
        return cls(section.provisioning_status, section.iot_edge, section.initial_twin)


@dataclass(frozen=True)
class OptionOverrides:
    """Settings given for one upload run that win over every profile's; None keeps the profile's."""

    provisioning_status: str | None = None
    iot_edge: bool | None = None

    def __post_init__(self) -> None:
        if self.provisioning_status not in (None, *PROVISIONING_STATUSES):
            raise ConfigError(
                f"provisioning status {self.provisioning_status!r} is not one DPS knows",
                hint="use enabled or disabled",
            )

    @property
    def empty(self) -> bool:
        return self.provisioning_status is None and self.iot_edge is None

    def apply(self, options: EnrollmentOptions) -> EnrollmentOptions:
        changes: dict[str, Any] = {}
        if self.provisioning_status is not None:
            changes["provisioning_status"] = self.provisioning_status
        if self.iot_edge is not None:
            changes["iot_edge"] = self.iot_edge
        return replace(options, **changes) if changes else options


class UnitOptions:
    """Finds each unit's EnrollmentOptions, loading each profile once. One thread only.

    ``fixed`` replaces the profiles' settings for every unit (overrides still
    apply). ``folders`` are searched for profiles (default: the station's).
    """

    def __init__(
        self,
        *,
        overrides: OptionOverrides | None = None,
        fixed: EnrollmentOptions | None = None,
        folders: Sequence[Path] | None = None,
    ) -> None:
        self.overrides = overrides or OptionOverrides()
        self.fixed = fixed
        self.folders = list(folders) if folders is not None else None
        self._by_profile: dict[str, EnrollmentOptions | None] = {}
        self._missing: Counter[str] = Counter()

    def for_unit(self, unit: UnitRecord) -> EnrollmentOptions:
        """The options for ``unit``'s enrollment. Raises ConfigError for a broken profile."""
        if self.fixed is not None:
            return self.overrides.apply(self.fixed)
        profile_id = unit.profile_id
        if profile_id not in self._by_profile:
            self._by_profile[profile_id] = self._load(profile_id, unit.device_id)
        options = self._by_profile[profile_id]
        if options is None:
            self._missing[profile_id] += 1
            options = EnrollmentOptions()
        return self.overrides.apply(options)

    def _load(self, profile_id: str, device_id: str) -> EnrollmentOptions | None:
        try:
            loaded = find_profile(profile_id, self.folders)
        except ProfileError as exc:
            if exc.message.startswith(_NOT_FOUND):
                return None
            raise ConfigError(
                f"the profile {profile_id!r} that {device_id} was provisioned with does not "
                f"load, so the settings of its enrollment are unknown: {exc.message}",
                hint=f"fix it (`station profiles check {profile_id}`) and upload again; "
                "nothing was sent",
            ) from exc
        return EnrollmentOptions.from_section(loaded.profile.enrollment)

    @property
    def notes(self) -> tuple[str, ...]:
        """One line per profile that was not found, naming how many units took the defaults."""
        defaults = EnrollmentOptions()
        return tuple(
            f"profile {profile_id!r} of {count} unit(s) was not found; their enrollments "
            f"take the defaults: {defaults.provisioning_status}, no IoT Edge, no initial twin"
            for profile_id, count in self._missing.items()
        )
