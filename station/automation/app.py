"""The automation API's HTTP face: routes, the bearer-token check, JSON errors and
the server-sent event streams. Handlers run on the server's event loop and never
block it: manifest reads and printing go to the server's reader threads, units to
their own worker threads (``AutomatedStation``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Executor
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from station.automation.controller import AutomatedStation
from station.automation.errors import ApiError, Unauthorized
from station.automation.openapi import openapi_document
from station.automation.token import TokenCheck
from station.core.errors import ConfigError, StationError
from station.printing.raw_printer import PrinterError

CLIENT_HEADER = "x-station-client"
KEEPALIVE_S = 15.0  # a comment line this often keeps proxies and idle timers from closing streams
T = TypeVar("T")


class StartUnit(BaseModel):
    """The body of POST /ports/{port}/units (all optional)."""

    model_config = ConfigDict(extra="forbid")
    client: str | None = Field(default=None, max_length=200)
    serial: str | None = Field(default=None, max_length=256)


class CancelUnit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    client: str | None = Field(default=None, max_length=200)


def error_response(exc: StationError) -> JSONResponse:
    if isinstance(exc, ApiError):
        status = exc.status
    elif isinstance(exc, PrinterError):
        status = 502
    elif isinstance(exc, ConfigError):
        status = 409
    else:
        status = 500
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    # The error's stable code (docs/error-codes.md), as the window and the CLI show it.
    body = {"error": exc.message, "hint": exc.hint or None, "code": exc.code}
    return JSONResponse(body, status_code=status, headers=headers)


class BearerAuth:
    """No token, no access: every request needs ``Authorization: Bearer <token>``."""

    def __init__(self, app: ASGIApp, tokens: TokenCheck) -> None:
        self.app = app
        self.tokens = tokens

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
            if scheme.lower() != "bearer" or not self.tokens.accepts(token.strip()):
                why = "the API token is wrong" if token else "the request carries no API token"
                await error_response(Unauthorized(why))(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _model(request: Request, model: type[BaseModel]) -> Any:
    raw = await request.body()
    try:
        data = json.loads(raw) if raw.strip() else {}
    except ValueError:
        raise ApiError(
            "the request body is not JSON", hint="send a JSON object, or nothing"
        ) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise ApiError(
            f"{where}: {first['msg']}", hint="see /openapi.json for the request body"
        ) from None


def _client(request: Request, given: str | None) -> str | None:
    return given if given is not None else request.headers.get(CLIENT_HEADER)


def build_app(station: AutomatedStation, tokens: TokenCheck, readers: Executor) -> ASGIApp:
    """The API over ``station``; ``readers`` runs its blocking reads and printing."""

    async def blocking(work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(readers, work)

    async def document(request: Request) -> Response:
        return JSONResponse(openapi_document())

    async def ports(request: Request) -> Response:
        return JSONResponse({"ports": station.ports_json()})

    async def port(request: Request) -> Response:
        return JSONResponse(station.port_json(request.path_params["port"]))

    async def start(request: Request) -> Response:
        body = await _model(request, StartUnit)
        run = station.start(request.path_params["port"], _client(request, body.client),
                            body.serial)
        return JSONResponse(run.as_json(), status_code=202,
                            headers={"Location": f"/runs/{run.run_id}"})

    async def cancel(request: Request) -> Response:
        body = await _model(request, CancelUnit)
        run = station.cancel(request.path_params["port"], _client(request, body.client))
        return JSONResponse(run.as_json(), status_code=202)

    async def run(request: Request) -> Response:
        return JSONResponse(station.run_json(request.path_params["run_id"]))

    async def unit(request: Request) -> Response:
        device_id = request.path_params["device_id"]
        return JSONResponse(await blocking(lambda: station.unit_json(device_id)))

    async def label(request: Request) -> Response:
        device_id = request.path_params["device_id"]
        await blocking(lambda: station.print_label(device_id))
        return JSONResponse({"device_id": device_id, "printed": True})

    async def job(request: Request) -> Response:
        return JSONResponse(station.job_json())

    async def counts(request: Request) -> Response:
        return JSONResponse(await blocking(station.day_counts))

    async def events(request: Request) -> Response:
        port_id = request.path_params["port"]
        snapshot = station.port_json(port_id)  # an unknown port is refused before streaming
        # Subscribed before the answer starts, so a client that has the answer's
        # headers sees every event of a unit it starts afterwards.
        subscription = station.hub.subscribe(port_id)
        first = station.hub.message("port", snapshot)

        async def stream() -> AsyncIterator[str]:
            try:
                yield first.encode()
                while True:
                    try:
                        message = await asyncio.wait_for(subscription.next(), KEEPALIVE_S)
                    except TimeoutError:
                        yield ": keep-alive\n\n"
                        continue
                    if message is None:
                        return
                    yield message.encode()
            finally:
                station.hub.unsubscribe(subscription)

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    async def station_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StationError)
        return error_response(exc)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        body = {"error": str(exc.detail).lower(), "hint": "see /openapi.json for the API's "
                "paths and methods", "code": f"http-{exc.status_code}"}
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    routes = [
        Route("/openapi.json", document, methods=["GET"]),
        Route("/ports", ports, methods=["GET"]),
        Route("/ports/{port}", port, methods=["GET"]),
        Route("/ports/{port}/units", start, methods=["POST"]),
        Route("/ports/{port}/cancel", cancel, methods=["POST"]),
        Route("/ports/{port}/events", events, methods=["GET"]),
        Route("/runs/{run_id}", run, methods=["GET"]),
        Route("/units/{device_id}", unit, methods=["GET"]),
        Route("/units/{device_id}/label", label, methods=["POST"]),
        Route("/job", job, methods=["GET"]),
        Route("/counts", counts, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={StationError: station_error, HTTPException: http_error},
    )
    return BearerAuth(app, tokens)
