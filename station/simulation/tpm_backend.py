"""A real TPM 2.0 for virtual boards: swtpm on loopback, and a raw command relay to it.

``SwtpmProcess`` starts the ``swtpm`` simulator (Debian package ``swtpm``)
on a free loopback port with its state in a folder, and stops it.
``SwtpmBackend`` forwards raw TPM command bytes to it and returns the raw
response: the ``tpm_backend`` a virtual console board relays its ``TPM``
verb to, as a board's firmware would pass commands to its TPM chip.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import threading
import time
from pathlib import Path
from types import TracebackType

from station.core.errors import ConfigError, TransportError

LOOPBACK = "127.0.0.1"
TPM_HEADER_SIZE = 10  # tag (2), size (4), response code (4)
MAX_TPM_MESSAGE = 64 * 1024


# swtpm ends with the station, even a killed one. The station holds the only write end of
# the shell's stdin; when it closes that pipe or dies, ``read`` sees end-of-file and the
# shell kills swtpm. The shell's exit status is swtpm's own.
WATCHDOG_SCRIPT = """
exec 3<&0
"$@" 3<&- &
tpm=$!
(read -r _ <&3; kill "$tpm" 2>/dev/null) &
reader=$!
wait "$tpm"
status=$?
kill "$reader" 2>/dev/null
exit "$status"
"""


def _watched(command: list[str]) -> list[str]:
    """``command`` under the watchdog shell, where there is one (POSIX)."""
    shell = shutil.which("sh") if os.name == "posix" else None
    return [shell, "-c", WATCHDOG_SCRIPT, "swtpm-watchdog", *command] if shell else command


class SwtpmProcess:
    """One swtpm TPM 2.0 serving TPM commands on ``host:port`` (control on ``port + 1``).

    The TPM keeps its state in ``state_dir`` (a folder made by ``swtpm_setup``
    there is used as it is; an empty folder gives a fresh TPM). It is
    started already initialised, so clients need not send TPM2_Startup.
    swtpm serves one client at a time: close each TPM context after use.
    """

    def __init__(
        self,
        state_dir: Path,
        *,
        host: str = LOOPBACK,
        log_file: Path | None = None,
        executable: str = "swtpm",
    ) -> None:
        self.state_dir = Path(state_dir)
        self.host = host
        self.log_file = log_file
        self.executable = executable
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def ctrl_port(self) -> int:
        return self.port + 1

    @property
    def tcti(self) -> str:
        """The TCTI string that reaches this TPM (``swtpm:host=…,port=…``)."""
        return f"swtpm:host={self.host},port={self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, *, attempts: int = 5, ready_within_s: float = 10.0) -> None:
        """Start swtpm on a free port pair and wait until it accepts connections.

        Raises ConfigError when swtpm is not installed and TransportError when
        it does not come up.
        """
        if shutil.which(self.executable) is None:
            raise ConfigError(
                "the TPM simulator 'swtpm' is not installed",
                hint="install the Debian packages swtpm and swtpm-tools",
            )
        self.state_dir.mkdir(parents=True, exist_ok=True)
        last_error = ""
        for _ in range(attempts):
            self.port = _free_port_pair(self.host)
            self._process = self._spawn()
            if self._wait_ready(ready_within_s):
                return
            last_error = self._stop_process()
        raise TransportError(
            f"the TPM simulator did not start: {last_error or 'no answer on its port'}",
            hint="check that swtpm runs on this machine (swtpm socket --tpm2 --help)",
        )

    def stop(self) -> None:
        """Stop swtpm; its state stays in ``state_dir``."""
        self._stop_process()

    def __enter__(self) -> SwtpmProcess:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _spawn(self) -> subprocess.Popen[bytes]:
        command = [
            self.executable,
            "socket",
            "--tpm2",
            "--server",
            f"type=tcp,port={self.port},bindaddr={self.host}",
            "--ctrl",
            f"type=tcp,port={self.ctrl_port},bindaddr={self.host}",
            "--tpmstate",
            f"dir={self.state_dir}",
            "--flags",
            "not-need-init,startup-clear",
        ]
        if self.log_file is not None:
            command += ["--log", f"file={self.log_file}"]
        return subprocess.Popen(
            _watched(command),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def _wait_ready(self, within_s: float) -> bool:
        deadline = time.monotonic() + within_s
        while time.monotonic() < deadline:
            if not self.running:
                return False
            # The control channel answers as soon as swtpm listens; probing it
            # leaves the single command connection free for the real client.
            try:
                with socket.create_connection((self.host, self.ctrl_port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.02)
        return False

    def _stop_process(self) -> str:
        process, self._process = self._process, None
        if process is None:
            return ""
        if process.stdin is not None:
            process.stdin.close()  # the watchdog's signal: swtpm ends, then the shell
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        return stderr.strip()


class SwtpmBackend:
    """Forwards raw TPM commands to a swtpm and returns its raw responses.

    Callable as ``backend(command) -> response``; safe to call from several
    threads (commands are sent one at a time). The connection opens on the
    first command and stays open until ``close``.
    """

    def __init__(self, host: str, port: int, *, timeout_s: float = 30.0) -> None:
        self.host = host
        self.port = port
        self.timeout_s = timeout_s
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()

    @classmethod
    def for_process(cls, process: SwtpmProcess) -> SwtpmBackend:
        return cls(process.host, process.port)

    def __call__(self, command: bytes) -> bytes:
        """Send one TPM command; return the TPM's whole response.

        Raises ValueError for a command shorter than a TPM header and
        ConnectionError when swtpm does not answer (the virtual board turns
        either into its ``ERR TPM`` reply, as firmware would).
        """
        if len(command) < TPM_HEADER_SIZE:
            raise ValueError(f"a TPM command of {len(command)} bytes is too short")
        with self._lock:
            try:
                sock = self._connect()
                sock.sendall(command)
                header = _recv_exactly(sock, TPM_HEADER_SIZE)
                _tag, size, _rc = struct.unpack(">HII", header)
                if not TPM_HEADER_SIZE <= size <= MAX_TPM_MESSAGE:
                    raise OSError(f"the TPM answered with a bad size {size}")
                return header + _recv_exactly(sock, size - TPM_HEADER_SIZE)
            except OSError as exc:
                self._drop()
                raise ConnectionError(
                    f"the TPM simulator at {self.host}:{self.port} did not answer: {exc}"
                ) from exc

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _connect(self) -> socket.socket:
        if self._sock is None:
            self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        return self._sock

    def _drop(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _recv_exactly(sock: socket.socket, count: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < count:
        chunk = sock.recv(count - len(chunks))
        if not chunk:
            raise OSError("the connection closed mid-response")
        chunks += chunk
    return bytes(chunks)


def _free_port_pair(host: str) -> int:
    """A port N with N and N + 1 both free on ``host`` right now (swtpm needs both)."""
    while True:
        with socket.socket() as first:
            first.bind((host, 0))
            port = first.getsockname()[1]
            if port >= 65535:
                continue
            with socket.socket() as second:
                try:
                    second.bind((host, port + 1))
                except OSError:
                    continue
                return port
