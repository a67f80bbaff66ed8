"""Checking the faults a virtual board is told to have."""

from __future__ import annotations

from collections.abc import Sequence

from station.core.errors import ConfigError


def checked_fault(value: str | None, faults: Sequence[str], board: str) -> str | None:
    """Return ``value`` (None: behave) if ``board`` knows that fault; else raise ConfigError."""
    if value is not None and value not in faults:
        raise ConfigError(
            f"unknown fault {value!r} for a virtual {board} board",
            hint=f"choose one of: {', '.join(faults)}, or none",
        )
    return value
