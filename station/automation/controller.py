"""The ports ``station serve`` drives: start, cancel and follow units, one worker
thread per running unit, exactly as the window's button runs them.

A unit started here goes through ``run_unit`` with the job's plan, its own
manifest connection and its own ``Cancellation``; only the operator differs per
unit: the client that started it. Starting on a busy port is refused under one
lock, so of two clients racing for a port exactly one gets the unit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from station.automation.errors import (
    ApiError,
    NoPrinter,
    NotFound,
    NothingRunning,
    PortBusy,
    Stopping,
    UnknownPort,
)
from station.automation.event_hub import EventHub
from station.automation.runs import UnitRun, checked_client, event_json, record_json, utc_now
from station.core.errors import StationError
from station.core.events import EventKind, StageEvent
from station.core.models import UnitResult, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.identity.sources import identity_rule
from station.line.station_hooks import copying_to_line
from station.manifest import Manifest, StationKey
from station.manifest.custody.station_keys import KeyAccess
from station.printing.records import record_label
from station.printing.spooler import LabelPrinting, LabelSpooler, job_labels
from station.profiles.loader import LoadedProfile
from station.provisioning import ProvisionRequest, prepare

SERVER_STOPPED = "the automation server was stopped"
RUNS_KEPT = 10_000  # ended runs kept for GET /runs/{id}; the manifest keeps everything


@dataclass(frozen=True)
class ServedJob:
    """The checked job a server runs: what ``station.provisioning.prepare`` returns."""

    loaded: LoadedProfile
    plan: UnitPlan
    manifest_path: Path
    station_key: StationKey
    key_access: KeyAccess

    @classmethod
    def prepare(cls, request: ProvisionRequest) -> ServedJob:
        """Check the job before any board is touched (raises a StationError)."""
        loaded, plan, manifest_path, key = prepare(request)
        return cls(loaded, plan, manifest_path, key, request.key_access)

    @property
    def wants_serial(self) -> bool:
        return identity_rule(self.loaded.profile.identity.rule).scans


@dataclass
class _Port:
    port_id: str
    name: str
    current: UnitRun | None = None
    last: UnitRun | None = None

    def as_json(self) -> dict:
        run = self.current or self.last
        return {
            "port": self.port_id,
            "name": self.name,
            "state": "busy" if self.current is not None else "idle",
            "run": None if run is None else run.as_json(),
        }


class AutomatedStation:
    """The served job's ports and runs. Methods may be called from any thread."""

    def __init__(
        self,
        job: ServedJob,
        ports: list[str],
        *,
        printing: LabelPrinting | None = None,
        say: Callable[[str], None] = lambda line: None,
        observe: Callable[[StageEvent], None] | None = None,
    ) -> None:
        """``say`` gets one line per label not printed; ``observe`` every stage event
        (e.g. the console's printer), on the unit's worker thread."""
        self.job = job
        self.observe = observe
        self.printing = printing
        self.say = say
        self.hub = EventHub()
        names = list(dict.fromkeys(ports))
        self.ports = {str(n): _Port(str(n), name) for n, name in enumerate(names, start=1)}
        self._runs: OrderedDict[str, UnitRun] = OrderedDict()
        self._labels: dict[str, UnitRun] = {}  # device ID -> the run whose label is queued
        self._threads: set[threading.Thread] = set()
        self._lock = threading.Lock()
        self._stopping = False
        self._exits = contextlib.ExitStack()
        self._wake_line: Callable[[StageEvent], None] = lambda event: None
        self.spooler: LabelSpooler | None = None

    # -- life ------------------------------------------------------------------

    def open(self) -> AutomatedStation:
        """Start the line copy (when the manifest is on a line) and the label spooler."""
        job = self.job
        self._wake_line = self._exits.enter_context(
            copying_to_line(job.manifest_path, job.station_key, job.key_access, lambda e: None)
        )
        if self.printing is not None:
            describe = job_labels(
                job.plan.job.id_scope, job.loaded.profile.name, job.plan.job.attestation
            )
            self.spooler = LabelSpooler(self.printing, describe, self.say, self._label_done)
            self._exits.enter_context(self.spooler)
        return self

    def stop_units(self) -> None:
        """Start no more units; stop every running one at its next step and wait for its
        worker (its result still reaches the port's streams)."""
        with self._lock:
            self._stopping = True
            running = [port.current for port in self.ports.values() if port.current]
            workers = list(self._threads)
        for run in running:
            run.cancel.request(SERVER_STOPPED)
        for worker in workers:
            worker.join()

    def close(self) -> None:
        """``stop_units``, then print the labels queued and end the line copy. Nothing of
        this station runs afterwards."""
        self.stop_units()
        self._exits.close()

    # -- units -----------------------------------------------------------------

    def _port(self, port_id: str) -> _Port:
        port = self.ports.get(port_id)
        if port is None:
            raise UnknownPort(f"this station has no port {port_id!r}")
        return port

    def start(self, port_id: str, client: str | None, serial: str | None = None) -> UnitRun:
        """Start a unit on ``port_id`` for ``client``; returns its run at once.

        Raises UnknownPort, PortBusy (with who holds the port), ApiError (no client
        name; no serial where the job's device IDs come from barcodes) or Stopping.
        """
        operator = checked_client(client)
        serial = (serial or "").strip() or None
        with self._lock:
            if self._stopping:
                raise Stopping("the station is stopping and starts no more units")
            port = self._port(port_id)
            busy = port.current
            if busy is not None:
                raise PortBusy(
                    f"port {port_id} ({port.name}) is busy: run {busy.run_id} started by "
                    f"{busy.client} at {busy.started_at} is at {busy.stage or 'its start'}"
                )
            if self.job.wants_serial and not serial:
                raise ApiError(
                    "this job takes device IDs from the unit's barcode",
                    hint="send the scanned barcode as serial",
                )
            run = UnitRun(secrets.token_hex(6), port_id, port.name, operator, serial)
            port.current = run
            self._keep(run)
            worker = threading.Thread(
                target=self._work, args=(run,), name=f"unit {run.run_id} on port {port_id}"
            )
            self._threads.add(worker)
            # Announced before the worker can emit, and started under the lock, so
            # stop_units never waits for a worker that has not started.
            self.hub.publish(port_id, "run", run.as_json())
            worker.start()
        return run

    def _keep(self, run: UnitRun) -> None:
        self._runs[run.run_id] = run
        while len(self._runs) > RUNS_KEPT:
            oldest = next(iter(self._runs.values()))
            if oldest.result is None:
                break
            self._runs.popitem(last=False)

    def _work(self, run: UnitRun) -> None:
        """One unit, on its own worker thread; never raises."""
        plan = replace(self.job.plan, job=replace(self.job.plan.job, operator=run.client))

        def emit(event: StageEvent) -> None:
            with self._lock:
                run.stage = event.stage.value
                run.device_id = event.device_id or run.device_id
            droppable = event.kind is EventKind.PROGRESS
            self.hub.publish(run.port_id, "stage", event_json(event, run), droppable=droppable)
            self._wake_line(event)
            if self.observe is not None:
                self.observe(event)

        try:
            with Manifest.open(self.job.manifest_path, self.job.station_key) as store:
                result = run_unit(plan, run.port, store, emit, scanned=run.serial,
                                  cancel=run.cancel)
        except StationError as exc:  # the manifest failed, not the unit
            result = UnitResult(run.port, UnitStatus.FAILED, failed_stage="station",
                                reason=exc.message, hint=exc.hint, code=exc.code)
        except Exception as exc:  # keep the port usable whatever went wrong
            result = UnitResult(run.port, UnitStatus.FAILED, failed_stage="station",
                                reason=f"unexpected {type(exc).__name__}: {exc}",
                                hint="report this to the station's engineer")
        self._finish(run, result)

    def _finish(self, run: UnitRun, result: UnitResult) -> None:
        queue_label = result.ok and self.spooler is not None
        with self._lock:
            run.result = result
            run.ended_at = utc_now()
            run.device_id = result.device_id or run.device_id
            port = self.ports[run.port_id]
            port.current, port.last = None, run
            if queue_label:
                run.label = "queued"
                self._labels[run.device_id] = run
            snapshot = run.as_json()
            self._threads.discard(threading.current_thread())
        if queue_label and self.spooler is not None:
            self.spooler.submit(run.device_id)
        self.hub.publish(run.port_id, "result", snapshot)

    def _label_done(self, device_id: str, problem: str) -> None:
        with self._lock:
            run = self._labels.pop(device_id, None)
            if run is None:
                return
            run.label, run.label_problem = ("failed", problem) if problem else ("printed", "")
            snapshot = run.as_json()
        self.hub.publish(run.port_id, "label", snapshot)

    def cancel(self, port_id: str, client: str | None) -> UnitRun:
        """Ask the unit running on ``port_id`` to stop at its next step; returns its run."""
        operator = checked_client(client)
        with self._lock:
            port = self._port(port_id)
            run = port.current
            if run is None:
                raise NothingRunning(f"port {port_id} ({port.name}) has no unit running")
            run.cancelled_by = operator
        run.cancel.request(f"stopped by {operator} through the automation API")
        return run

    # -- what clients read -----------------------------------------------------

    def port_json(self, port_id: str) -> dict:
        with self._lock:
            return self._port(port_id).as_json()

    def ports_json(self) -> list[dict]:
        with self._lock:
            return [port.as_json() for port in self.ports.values()]

    def run_json(self, run_id: str) -> dict:
        with self._lock:
            run = self._runs.get(run_id)
            if run is None:
                raise NotFound(
                    f"there is no run {run_id!r}",
                    hint="runs are kept while the server runs; GET /units/DEVICE_ID reads "
                    "the manifest",
                )
            return run.as_json()

    def job_json(self) -> dict:
        job, profile = self.job.plan.job, self.job.loaded.profile
        return {
            "job_id": job.job_id,
            "profile": {"id": profile.id, "name": profile.name},
            "id_scope": job.id_scope,
            "attestation": job.attestation.value,
            "model_id": job.model_id or None,
            "dps_endpoint": job.dps_endpoint,
            "station_id": job.station_id,
            "identity_rule": profile.identity.rule,
            "serial_required": self.job.wants_serial,
            "manifest": str(self.job.manifest_path),
            "label_printer": None if self.printing is None else str(self.printing.printer),
            "ports": len(self.ports),
        }

    def day_counts(self, day: dt.date | None = None) -> dict:
        """Units first recorded on ``day`` (local time; default today) by status, and the
        attempts started that day: for the whole manifest and for this job. Blocking."""
        day = day or dt.date.today()
        since = dt.datetime.combine(day, dt.time())
        until = since + dt.timedelta(days=1)
        with Manifest.open(self.job.manifest_path, None, read_only=True) as store:
            whole = store.yield_summary(since=since, until=until)
            this_job = store.yield_summary(job_id=self.job.plan.job.job_id, since=since,
                                           until=until)

        def counts(summary) -> dict:  # type: ignore[no-untyped-def]
            return {
                "units": dict(summary.units_by_status),
                "attempts": {
                    "total": summary.attempts_total,
                    "provisioned": summary.attempts_provisioned,
                    "failed": summary.attempts_failed,
                    "running": summary.attempts_running,
                },
            }

        return {
            "day": day.isoformat(),
            "since": since.astimezone().isoformat(),
            "station": counts(whole),
            "job": counts(this_job),
        }

    def unit_json(self, device_id: str) -> dict:
        """The unit's manifest record, attempts and events; raises NotFound. Blocking."""
        with Manifest.open(self.job.manifest_path, None, read_only=True) as store:
            record = store.unit(device_id)
            if record is None:
                raise NotFound(
                    f"{device_id} is not in the manifest",
                    hint="a unit is recorded once its device ID is known (the identify stage)",
                )
            return record_json(record, store.attempts_for(device_id), store.events_for(device_id))

    def print_label(self, device_id: str) -> None:
        """Print ``device_id``'s label again, now; raises NoPrinter, ConfigError (not a
        provisioned unit) or PrinterError. Blocking."""
        if self.printing is None:
            raise NoPrinter("this station was started without a label printer")
        with Manifest.open(self.job.manifest_path, None, read_only=True) as store:
            label = record_label(store, device_id)
        self.printing.print_label(label)
