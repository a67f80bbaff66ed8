"""Device certificates issued per second with the CA key in a PKCS#11 token, against the
same CA with its key in memory, in one run.

The token is SoftHSM2 (Debian's ``softhsm2``) in a temporary folder, set up as the
tests set it up; the CA is EC P-256 (and RSA-2048 with ``--rsa``), its key imported
into the token and marked non-extractable. Each round issues ``--leaves`` device
certificates (``issue_leaf``: a fresh device key pair, the certificate signed by the
CA) first with the in-memory CA, then with the token's, alternating rounds so that a
noisy machine slows both alike. Reported: leaves per second each way and their
ratio, then one line per goal::

    GOAL <name> <value> <goal> met|missed

The goal (token ≥ 0.5× the in-memory rate) says that keeping the key in a token
costs at most half the issuing speed: a line's units per hour are bound by the
serial link, not by signing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station.credentials.ca import CertificateAuthority, load_ca_files  # noqa: E402
from station.credentials.leaf import issue_leaf  # noqa: E402
from station.credentials.pkcs11_import import import_ca_key  # noqa: E402
from station.credentials.pkcs11_token import close_tokens  # noqa: E402
from station.credentials.x509 import create_ca  # noqa: E402
from tests.softhsm_fixtures import SOFTHSM_MODULE, USER_PIN, SoftHsm  # noqa: E402

RATIO_GOAL = 0.5


def _set_up_softhsm(folder: Path) -> SoftHsm:
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    config = folder / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
        "log.level = ERROR\nslots.removable = false\n",
        encoding="utf-8",
    )
    os.environ["SOFTHSM2_CONF"] = str(config)
    os.environ["STATION_HSM_PIN"] = USER_PIN
    close_tokens()
    hsm = SoftHsm(folder)
    hsm.init_token("Bench CA")
    return hsm


def _token_ca(
    hsm: SoftHsm, folder: Path, ca: CertificateAuthority, label: str
) -> CertificateAuthority:
    cert = folder / f"{label}.pem"
    cert.write_text(ca.chain_pem(), encoding="ascii")
    uri = hsm.uri(token="Bench CA", key=label)
    import_ca_key(uri, ca.private_key)  # type: ignore[arg-type]
    return load_ca_files(cert, uri)


def _rate(ca: CertificateAuthority, leaves: int, key_algorithm: str) -> float:
    started = time.perf_counter()
    for n in range(leaves):
        issue_leaf(ca, f"bench-{n:05d}", key_algorithm=key_algorithm)
    return leaves / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leaves", type=int, default=200, help="leaves per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rsa", action="store_true", help="an RSA-2048 CA instead of EC P-256")
    args = parser.parse_args()
    if not Path(SOFTHSM_MODULE).exists():
        print("SoftHSM2 is missing: apt-get install softhsm2", file=sys.stderr)
        return 2
    algorithm = "rsa-2048" if args.rsa else "ec-p256"
    with tempfile.TemporaryDirectory(prefix="bench-token-") as scratch:
        folder = Path(scratch)
        hsm = _set_up_softhsm(folder / "softhsm")
        in_memory = create_ca("Bench Root CA", key_algorithm=algorithm)
        in_token = _token_ca(hsm, folder, in_memory, "bench-ca")
        memory_rates, token_rates = [], []
        for _ in range(args.rounds):
            memory_rates.append(_rate(in_memory, args.leaves, "ec-p256"))
            token_rates.append(_rate(in_token, args.leaves, "ec-p256"))
        close_tokens()
    memory = statistics.median(memory_rates)
    token = statistics.median(token_rates)
    ratio = token / memory
    print(f"CA {algorithm}; {args.rounds} rounds of {args.leaves} EC P-256 leaves each way")
    print(f"in memory: {memory:8.1f} leaves/s (median)")
    print(f"in token : {token:8.1f} leaves/s (median; SoftHSM2, {in_token.signer.description})")
    print(f"GOAL token_vs_memory_issuing {ratio:.2f} >={RATIO_GOAL:.2f} "
          f"{'met' if ratio >= RATIO_GOAL else 'missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
