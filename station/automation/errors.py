"""What the automation API refuses, each with the HTTP status and the stable code it
answers with (``{"error", "hint", "code"}``). Every other StationError answers with its
own code too; docs/error-codes.md lists them all."""

from __future__ import annotations

from station.core.errors import StationError


class ApiError(StationError):
    """A request the API refuses; ``status`` and ``code`` go into the answer."""

    status = 400
    code = "bad-request"


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"
    default_hint = "send the station's API token as 'Authorization: Bearer TOKEN' " \
        "(station serve-token makes a new one)"


class UnknownPort(ApiError):
    status = 404
    code = "unknown-port"
    default_hint = "GET /ports lists the ports this station serves"


class NotFound(ApiError):
    status = 404
    code = "not-found"


class PortBusy(ApiError):
    status = 409
    code = "port-busy"
    default_hint = "wait for the port's unit to end (its events stream ends with a result), " \
        "then start the next one"


class NothingRunning(ApiError):
    status = 409
    code = "nothing-running"
    default_hint = "the port's unit has already ended; GET the run for its result"


class NoPrinter(ApiError):
    status = 409
    code = "no-printer"
    default_hint = "start station serve with --label-printer HOST[:PORT]"


class Stopping(ApiError):
    status = 503
    code = "stopping"
    default_hint = "the station is stopping; start units again once it runs"
