"""``station serve`` (the automation API over a job's ports) and ``station serve-token``
(make or replace the API token, shown once).

The job is given as for ``station provision``: profile, ID scope, attestation, and
its secrets from files or the environment, else from the station's secret store
(the group keys the window saved; the CA key for ``--ca-cert`` given alone). The
job's options are ``station provision``'s own (``station.job_options.add_job_options``),
less ``--operator`` and ``--serial``: a unit's operator is the client that
started it, and its serial comes with the order.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from station.automation.listen import DEFAULT_API_PORT, DEFAULT_BIND
from station.automation.token import TokenCheck, new_token
from station.core.errors import ConfigError
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    SecretStore,
    open_secret_store,
    passphrase_from_environment,
)
from station.job_options import (
    MODES,
    EventPrinter,
    add_job_options,
    job_request,
    warn_interrupted,
)
from station.manifest.custody.station_keys import KeyAccess
from station.printing.cli_commands import add_label_options, label_printing_from
from station.provisioning import ProvisionRequest

if TYPE_CHECKING:  # the serve extra is imported only when the server starts
    from station.automation.controller import AutomatedStation, ServedJob
    from station.automation.server import AutomationServer



def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def unlocked_store(store: SecretStore | None = None) -> SecretStore:
    """The station's secret store, unlocked with ``$STATION_SECRETS_PASSPHRASE`` or a
    passphrase typed at the terminal; raises ConfigError when neither gives one."""
    store = store or open_secret_store()
    if store.needs_passphrase and not store.unlocked:
        passphrase = passphrase_from_environment()
        if not passphrase:
            raise ConfigError(
                f"the automation API token is kept in {store.description}, which is locked",
                hint="set STATION_SECRETS_PASSPHRASE, or run the command at a terminal",
            )
        store.unlock(passphrase)
    return store


def add_serve_parser(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser(
        "serve", help="let test fixtures and MES start units over a local HTTP API",
        description="Run a job on its ports and take orders over HTTP + JSON (see "
        "docs/automation-openapi.json, also served at /openapi.json): list ports, start "
        "and cancel units, stream a port's events, read results, records, the job and the "
        "day's counts. Every request needs the API token (station serve-token). Listens on "
        "loopback only, unless --bind names another address. Ctrl+C stops units at their "
        "next step and ends cleanly.")
    serve.add_argument("--profile", required=True, help="profile ID or path to its .toml")
    serve.add_argument("--port", action="append", required=True,
                       help="serial port, socket://HOST:PORT or rfc2217://HOST:PORT; "
                       "repeatable; the API numbers them 1, 2, … in this order")
    serve.add_argument("--id-scope", required=True, help="the DPS ID scope, e.g. 0ne0012ABCD")
    serve.add_argument("--attestation", choices=MODES, help="default: the profile's")
    serve.add_argument("--model-id", default="", help="DTMI the device sends when it registers")
    add_job_options(serve)
    # The client that starts a unit is its operator, and its serial comes with the order.
    for action in serve._actions:
        if action.dest in ("operator", "serial"):
            action.help = argparse.SUPPRESS
    serve.add_argument("--bind", default=DEFAULT_BIND, metavar="ADDRESS",
                       help=f"address to listen on (default {DEFAULT_BIND}); any other than "
                       "loopback lets other computers reach the API over plain HTTP")
    serve.add_argument("--api-port", type=int, default=DEFAULT_API_PORT,
                       help=f"TCP port of the API (default {DEFAULT_API_PORT}; 0: any free one)")
    add_label_options(serve)
    serve.set_defaults(handler=cmd_serve)

    token = commands.add_parser(
        "serve-token", help="make a new token for the automation API (shown once)",
        description="Make a new API token for station serve, keep its digest in the "
        "station's secret store and show the token once. It replaces the previous token; "
        "a running station serve takes it when it starts again.")
    token.set_defaults(handler=cmd_serve_token)


def cmd_serve_token(args: argparse.Namespace) -> int:
    store = unlocked_store()
    token = new_token(store)
    print("New automation API token (shown this once; the station keeps only its digest):")
    print(token)
    print("Clients send it as 'Authorization: Bearer TOKEN'. It replaces the previous token; "
          "restart station serve to use it.", file=sys.stderr)
    return 0


def _with_saved_secrets(request: ProvisionRequest, store: SecretStore) -> ProvisionRequest:
    """``request`` with the secrets it lacks taken from the secret store, as the window
    saved them: the group keys, and the CA key for a CA certificate given alone."""
    from station.credentials.ca import load_ca

    changes: dict = {"key_access": KeyAccess(store=store)}
    # A group key in a PKCS#11 token, when the job names one, is the job's own.
    if not request.group_key_b64 and not getattr(request, "group_key_token", ""):
        changes["group_key_b64"] = store.get(GROUP_KEY)
    if not request.group_key_secondary_b64 and not getattr(
        request, "group_key_secondary_token", ""
    ):
        changes["group_key_secondary_b64"] = store.get(GROUP_KEY_SECONDARY)
    if request.ca_cert and not request.ca_key and store.get(CA_KEY_PEM):
        try:
            cert_pem = Path(request.ca_cert).read_bytes()
        except OSError as exc:
            raise ConfigError(
                f"cannot read the CA certificate file {request.ca_cert}: {exc.strerror}",
                hint="check the path given to --ca-cert",
            ) from None
        passphrase = request.ca_passphrase or store.get(CA_PASSPHRASE) or None
        changes["ca"] = load_ca(cert_pem, store.get(CA_KEY_PEM).encode("utf-8"), passphrase)
        changes["ca_cert"] = None
    return replace(request, **changes)


def _require_serve_extra() -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise ConfigError(
            "station serve needs Starlette and uvicorn, which are not installed",
            hint="install the station with its serve extra: "
            "pip install 'provisioning-station[serve]'",
        ) from None


def cmd_serve(args: argparse.Namespace) -> int:
    _require_serve_extra()
    from station.automation.controller import AutomatedStation, ServedJob
    from station.automation.server import AutomationServer
    from station.identity.rules import validate_id_scope, validate_model_id

    validate_id_scope(args.id_scope)
    validate_model_id(args.model_id)
    printing = label_printing_from(args)
    store = unlocked_store()
    tokens = TokenCheck.from_store(store)  # no token, no server: nobody could use it
    request = job_request(args, args.profile, args.id_scope, args.attestation, args.model_id)
    request = replace(request, operator="")
    job = ServedJob.prepare(_with_saved_secrets(request, store))
    for warning in job.plan.warnings:
        _say(f"warning: {warning}")
    warn_interrupted(args.manifest)
    station = AutomatedStation(job, args.port, printing=printing, say=_say,
                               observe=EventPrinter(verbose=args.verbose))
    server = AutomationServer(station, tokens, bind=args.bind, port=args.api_port)
    # SIGTERM ends the server as Ctrl+C does, from before it starts: a stop that comes
    # at once must not kill the process with units and streams open.
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        try:
            server.start()
            _announce(server, station, job)
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        finally:
            _say("station serve: stopping (running units stop at their next step)")
            server.stop()
    finally:
        signal.signal(signal.SIGTERM, previous)
    _say("station serve: stopped")
    return 0


def _announce(server: AutomationServer, station: AutomatedStation, job: ServedJob) -> None:
    ports = ", ".join(f"{port.port_id} = {port.name}" for port in station.ports.values())
    print(f"station serve: {server.url} (ports {ports}); job {job.plan.job.job_id}, "
          f"profile {job.loaded.profile.id}, ID scope {job.plan.job.id_scope}; Ctrl+C stops",
          flush=True)
    if not server.loopback:
        _say(f"warning: the automation API listens on {server.url}, reachable from other "
             "computers (--bind): its token and the units' data cross the network in plain "
             "HTTP")
