"""One HTTP client for the enrollment services: pacing, retries and Retry-After.

Runs on the caller's thread. ``sleep`` and ``clock`` are injectable so that
tests (and the GUI's worker) decide how waiting happens.
"""

from __future__ import annotations

import email.utils
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from station.enrollment.errors import (
    ConnectionLost,
    CredentialRejected,
    EnrollmentError,
    ServiceUnavailable,
)
from station.enrollment.limits import (
    REQUEST_TIMEOUT_S,
    RETRY_ATTEMPTS,
    RETRY_FIRST_DELAY_S,
    RETRY_MAX_DELAY_S,
)

SleepFn = Callable[[float], None]
ClockFn = Callable[[], float]
AuthFn = Callable[[], str]

WINDOW_S = 60.0


class Pacer:
    """Keeps the operations sent in any 60-second window at or under ``per_minute``.

    Time is the larger of ``clock()`` and the time this pacer has waited, so an
    injected ``sleep`` that returns at once still paces as if time had passed.
    """

    def __init__(self, per_minute: int, sleep: SleepFn, clock: ClockFn = time.monotonic) -> None:
        self.per_minute = per_minute
        self._sleep = sleep
        self._clock = clock
        self._virtual = clock()
        self._sent: deque[tuple[float, int]] = deque()
        self._in_window = 0

    def _now(self) -> float:
        self._virtual = max(self._virtual, self._clock())
        return self._virtual

    def _expire(self, now: float) -> None:
        while self._sent and self._sent[0][0] <= now - WINDOW_S:
            _, count = self._sent.popleft()
            self._in_window -= count

    def acquire(self, operations: int) -> None:
        """Wait until ``operations`` more fit in the window, then count them as sent."""
        operations = min(operations, self.per_minute)
        now = self._now()
        self._expire(now)
        while self._in_window + operations > self.per_minute:
            wait = self._sent[0][0] + WINDOW_S - now
            self._sleep(wait)
            self._virtual = now + wait
            now = self._now()
            self._expire(now)
        self._sent.append((now, operations))
        self._in_window += operations


@dataclass(frozen=True)
class Reply:
    """A service's answer: status, parsed JSON body (None when empty) and request id."""

    status: int
    body: Any
    request_id: str
    text: str
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def error_message(self) -> str:
        """The service's own error message, as plain as the body allows."""
        if isinstance(self.body, dict):
            for key in ("message", "Message"):
                if self.body.get(key):
                    return str(self.body[key])
            error = self.body.get("error")
            if isinstance(error, dict) and error.get("message"):
                return str(error["message"])
        return self.text[:200] or f"HTTP {self.status}"


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.now(UTC).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


def backoff_delay(attempt: int) -> float:
    """Exponential back-off for the ``attempt``-th retry (1-based), capped."""
    return min(RETRY_MAX_DELAY_S, RETRY_FIRST_DELAY_S * 2 ** (attempt - 1))


class ServiceClient:
    """Sends requests to one service base URL with an API version and an auth header.

    429 and 5xx are retried with back-off, honouring ``Retry-After``; 401 and
    403 raise CredentialRejected at once. A request whose connection fails
    before anything was sent is retried; one whose connection drops after it
    was sent raises ConnectionLost unless ``idempotent`` (the caller must learn
    what the service holds before sending it again).
    """

    def __init__(
        self,
        base_url: str,
        api_version: str,
        auth: AuthFn,
        *,
        service_name: str,
        credential_hint: str,
        pacer: Pacer,
        sleep: SleepFn,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_version = api_version
        self._auth = auth
        self.service_name = service_name
        self.credential_hint = credential_hint
        self.pacer = pacer
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=self.base_url, timeout=REQUEST_TIMEOUT_S, transport=transport
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ServiceClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, path: str) -> str:
        """The full URL of ``path`` with the API version, as the request will carry it."""
        return f"{self.base_url}{path}?api-version={self.api_version}"

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        operations: int = 1,
        idempotent: bool = True,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
    ) -> Reply:
        """Send one request (retrying as the class says) and return the final reply.

        ``headers`` are sent besides Authorization and Accept (If-Match, a
        continuation token); ``query`` parameters besides the API version.
        Raises CredentialRejected, ConnectionLost or ServiceUnavailable.
        """
        params = {"api-version": self.api_version, **(query or {})}
        return self._send(method, path, params, json, operations, idempotent, headers)

    def follow(self, next_link: str, *, operations: int = 1) -> Reply:
        """GET a service's ``nextLink`` as it gave it (it carries its own query).

        Raises EnrollmentError for a link to another scheme, host or port than
        this client's base URL: the credential goes only where the caller said.
        """
        link, base = httpx.URL(next_link), httpx.URL(self.base_url)
        if (link.scheme, link.host, link.port) != (base.scheme, base.host, base.port):
            raise EnrollmentError(
                f"{self.service_name} answered with a next page at another address "
                f"({link.scheme}://{link.host}); the station does not send its credential there",
                hint="check the service address; run the status refresh again",
            )
        return self._send("GET", next_link, None, None, operations, True, None)

    def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        json: Any,
        operations: int,
        idempotent: bool,
        extra_headers: Mapping[str, str] | None,
    ) -> Reply:
        last_problem = ""
        for attempt in range(1, RETRY_ATTEMPTS + 1):
            self.pacer.acquire(operations)
            headers = {"Authorization": self._auth(), "Accept": "application/json",
                       **(extra_headers or {})}
            try:
                response = self._http.request(
                    method,
                    path,
                    params=params,
                    json=json,
                    headers=headers,
                )
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # Nothing reached the service: safe to send again.
                last_problem = f"cannot connect: {exc}"
                delay = backoff_delay(attempt)
            except httpx.TransportError as exc:
                if not idempotent:
                    raise ConnectionLost(
                        f"the connection to {self.service_name} dropped during "
                        f"{method} {_path_of(path)}: {exc}"
                    ) from exc
                last_problem = f"connection dropped: {exc}"
                delay = backoff_delay(attempt)
            else:
                reply = _reply(response)
                if reply.status in (401, 403):
                    raise CredentialRejected(
                        f"{self.service_name} refused the credential "
                        f"(HTTP {reply.status}: {reply.error_message})",
                        hint=self.credential_hint,
                    )
                if reply.status != 429 and reply.status < 500:
                    return reply
                last_problem = f"HTTP {reply.status}: {reply.error_message}"
                waited = retry_after_seconds(response.headers.get("Retry-After"))
                delay = backoff_delay(attempt) if waited is None else waited
            if attempt < RETRY_ATTEMPTS:
                self._sleep(delay)
        raise ServiceUnavailable(
            f"{self.service_name} did not accept {method} {_path_of(path)} after "
            f"{RETRY_ATTEMPTS} tries ({last_problem})"
        )


def _path_of(path: str) -> str:
    """A request's path without its query (a next link's token is no one's business)."""
    return httpx.URL(path).path if "://" in path else path.partition("?")[0]


def _reply(response: httpx.Response) -> Reply:
    text = response.text
    try:
        body = response.json() if text.strip() else None
    except ValueError:
        body = None
    return Reply(
        status=response.status_code,
        body=body,
        request_id=response.headers.get("x-ms-request-id", ""),
        text=text,
        headers=dict(response.headers),
    )
