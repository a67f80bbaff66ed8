"""Without the ``tpm`` extra (tpm2-pytss) the test suite still starts: the TPM tests fail,
each in one line saying what to install (the set-up installs it; its absence is a
fault, never a skip), and every other test runs.

The child pytest finds a ``tpm2_pytss`` that cannot be imported, as on a machine
where the extra was never installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHY = "cannot run: the TPM tests need tpm2-pytss, the project's 'tpm' extra, which does not import"


def test_the_suite_starts_without_the_tpm_extra_and_says_why(tmp_path: Path) -> None:
    missing = tmp_path / "tpm2_pytss" / "__init__.py"
    missing.parent.mkdir()
    missing.write_text('raise ModuleNotFoundError("No module named \'tpm2_pytss\'", '
                       'name="tpm2_pytss")\n')
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf",
         "tests/test_tpm_ek.py", "tests/test_tpm_relay.py", "tests/test_identity_rules.py",
         "tests/test_station_key_custody.py::test_a_key_sealed_by_the_tpm_unseals_there_and_nowhere_else",
         "tests/test_station_key_custody.py::test_the_secret_store_keeps_the_key_when_there_is_no_tpm"],
        cwd=ROOT, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600,
    )
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert f"tests/test_tpm_ek.py {WHY}" in out
    assert f"tests/test_tpm_relay.py {WHY}" in out
    assert "pip install -e '.[tpm]'" in out
    assert "ImportError while importing test module" not in out
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("3 failed, ") and " passed in " in summary, summary  # rest ran
    assert "skipped" not in summary and "error" not in summary, summary
