"""Which process owns an attempt, and whether that process still runs.

A WAL database is shared only by processes on one machine. An attempt records
the process id, a per-process token and the process's *start stamp*: what a
process id reused by another program, or after a reboot, cannot fake.

- Linux: the boot ID (``/proc/sys/kernel/random/boot_id``, new at every boot)
  and the process's start time in clock ticks since boot (``/proc/PID/stat``).
- Windows: the process's creation time (``GetProcessTimes``, in 100 ns units
  since 1601), which differs for a process id taken again after a reboot too.
- Elsewhere (macOS, or when the kernel will not tell): no stamp ("") is
  recorded, and ownership falls back to "a process with that id runs".

The same fallback holds for attempts recorded before stamps were kept.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

# New for every run of the program, so a restarted station that happens to get
# its old process id back still sees its predecessor's attempts as dead.
PROCESS_TOKEN = secrets.token_hex(8)

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def owner_is_alive(pid: int, token: str, start_stamp: str = "") -> bool:
    """True when the process that wrote (pid, token, start_stamp) is still running."""
    if token == PROCESS_TOKEN:
        return True
    if pid == os.getpid():
        return False
    if not _pid_is_alive(pid):
        return False
    if not start_stamp:
        return True  # no stamp recorded: the process id is all there is to go on
    now = process_start_stamp(pid)
    # Unknown now (the kernel hides it): trust the live process id rather than drop a unit.
    return not now or now == start_stamp


def process_start_stamp(pid: int | None = None) -> str:
    """What tells process ``pid`` (default: this one) from any later holder of its id.

    "" when this platform or kernel does not tell.
    """
    pid = os.getpid() if pid is None else pid
    if os.name == "nt":
        return _windows_creation_time(pid)
    return _linux_start_stamp(pid)


def _linux_start_stamp(pid: int) -> str:
    try:
        boot_id = _BOOT_ID.read_text().strip()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # The command name (field 2) may hold spaces and parentheses: split after its last ")".
    fields = stat[stat.rindex(")") + 2 :].split()
    start_ticks = fields[19]  # field 22 of the whole line: starttime
    return f"{boot_id}/{start_ticks}"


def _pid_is_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_is_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000


def _windows_pid_is_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    still_active = 259
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _windows_creation_time(pid: int) -> str:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return ""
    try:
        created, exited, kernel, user = (ctypes.c_ulonglong() for _ in range(4))
        if not kernel32.GetProcessTimes(
            handle,
            ctypes.byref(created),
            ctypes.byref(exited),
            ctypes.byref(kernel),
            ctypes.byref(user),
        ):
            return ""
        return f"created/{created.value}"
    finally:
        kernel32.CloseHandle(handle)
