"""Which process owns an attempt, and whether that process still runs.

A WAL database is shared only by processes on one machine, so a process id
and a per-process token are enough to tell a live attempt from one that a
crash cut short.
"""

from __future__ import annotations

import os
import secrets

# New for every run of the program, so a restarted station that happens to get
# its old process id back still sees its predecessor's attempts as dead.
PROCESS_TOKEN = secrets.token_hex(8)


def owner_is_alive(pid: int, token: str) -> bool:
    """True when the process that wrote (pid, token) is still running."""
    if token == PROCESS_TOKEN:
        return True
    if pid == os.getpid():
        return False
    return _pid_is_alive(pid)


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


def _windows_pid_is_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    process_query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
