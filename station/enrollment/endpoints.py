"""Which addresses an upload may send its credential and device keys to.

Every request of an upload carries the DPS SAS token or the IoT Central API
token, and most carry device keys, so plain ``http://`` would hand them to
anyone on the network path. It is allowed only to this computer (a stand-in
service for tests), or when the caller explicitly asks for it (``insecure``).
URLs are read with httpx's own parser, the one that later sends the requests,
so the host checked here is the host contacted.
"""

from __future__ import annotations

import ipaddress

import httpx

from station.core.errors import ConfigError

SCHEMES = ("https", "http")
LOOPBACK_NAMES = frozenset({"localhost"})


class PlainHttpRefused(ConfigError):
    """An upload was asked to send its credential over plain http to another computer."""

    default_hint = (
        "use the service's https:// address; plain http is only for a stand-in service "
        "on this computer, at localhost, 127.0.0.1 or ::1"
    )


def is_loopback(host: str) -> bool:
    """True when ``host`` (as httpx parsed it) always names this computer."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parsed(url: str) -> httpx.URL:
    try:
        return httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigError(
            f"the service address {url!r} is not a URL: {exc}",
            hint="give it as https://HOST[:PORT]",
        ) from None


def in_clear(url: str) -> bool:
    """True when ``url`` is plain http to a computer other than this one."""
    parsed = _parsed(url)
    return parsed.scheme == "http" and not is_loopback(parsed.host)


def checked_service_url(url: str, what: str, *, insecure: bool = False) -> str:
    """``url`` without a trailing ``/`` when an upload may send ``what`` to it.

    ``what`` names what the requests carry (e.g. "the DPS SAS token and device
    keys"). Raises ConfigError for a URL without a host or with a scheme other
    than https or http, and PlainHttpRefused for plain http to another computer
    unless ``insecure``.
    """
    parsed = _parsed(url)
    if parsed.scheme not in SCHEMES or not parsed.host:
        raise ConfigError(
            f"the service address {url!r} is not an https:// URL with a host",
            hint="give it as https://HOST[:PORT]",
        )
    if in_clear(url) and not insecure:
        raise PlainHttpRefused(
            f"refusing to send {what} unencrypted: {url} is plain http to another computer"
        )
    return url.rstrip("/")


def clear_text_warning(url: str, what: str, *, dry_run: bool = False) -> str | None:
    """The line that tells the person ``what`` crosses the network in clear, or None."""
    if not in_clear(url):
        return None
    verb = "would go" if dry_run else "go"
    return f"insecure: {what} {verb} unencrypted over plain http to {url}"
