"""A virtual board whose factory firmware speaks the serial console protocol.

It speaks versions 1 and 2 (``protocol=1`` makes it a board of version 1
only), keeps staged and committed values per namespace, makes device key pairs
in a key store of its own that no verb reads out (version 2's KEY verbs),
relays TPM commands to an optional backend, and can misbehave on purpose
(``fault``, ``commit_fault``, ``csr_fault``, a slow or chatty boot, a prompt,
small limits) for tests and training. Serve it with ``serve_tcp()`` or
``serve_pty()`` and open the result like any port.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from station.core.errors import ConfigError
from station.credentials.keys import KEY_ALGORITHMS, DeviceKey
from station.simulation.console_session import ConsoleSession, StoredValue
from station.simulation.faults import checked_fault
from station.simulation.serving import ByteStream, ServedBoard, serve_pty, serve_tcp
from station.transports.console import normalise_mac
from station.transports.console_protocol import (
    DEFAULT_CHUNK,
    DEFAULT_LINE_LIMIT,
    PROTOCOL_VERSION,
    PROTOCOL_VERSIONS,
    TPM_LINE_LIMIT,
)

TpmBackend = Callable[[bytes], bytes]

FAULTS = ("silent", "garbage", "disconnect-mid-write", "corrupt", "reject")
# What can go wrong at COMMIT, apart from FAULTS (which the window's demo offers).
COMMIT_FAULTS = (
    "corrupt-after-commit",  # stores the last staged value damaged; the reply is normal
    "commit-reply-lost",  # stores everything, never answers
    "commit-lost",  # the request never arrives: stores nothing, never answers
    "commit-then-disconnect",  # stores everything, then drops the connection unanswered
)
# What can be wrong with the certificate request KEY CSR makes.
CSR_FAULTS = (
    "csr-wrong-cn",  # names another device ID than the one asked for
    "csr-extra-extension",  # asks for an extension as well: basicConstraints with ca=true
    "csr-bad-signature",  # its signature does not verify with the key it carries
)
REJECTION = ("REJECTED", "storage is locked")  # what ``reject`` answers unless told otherwise

# Limits the board announces in a version 2 HELLO (and keeps in both versions).
DEFAULT_VALUE_LIMIT = 16384
DEFAULT_KEY_LIMIT = 32
DEFAULT_STAGE_LIMIT = 65536

_BOOT_CHATTER = [
    "\xec\x8c\x0c\x8c\x9c\xe2\x12\x8c\x0e\x7c\x9e\xe0\x0c",  # ROM output at 74880 baud
    "I (29) boot: ESP-IDF v5.2 2nd stage bootloader",
    "I (31) boot: compile time Jan  1 2025 00:00:00",
    "I (45) boot.esp32c3: SPI Speed      : 80MHz",
    "W (120) spi_flash: Detected size(4096k) larger than the size in the binary image header",
    "I (233) cpu_start: Pro cpu start user code",
    "I (251) app_start: self test: 3 OK, 0 failed",
    "I (260) main_task: Calling app_main()",
]


@dataclass(frozen=True)
class RetiredUnit:
    """A unit the board was before ``swap_on_reboot`` made it a new one."""

    serial: str
    mac: str
    committed: dict[str, dict[str, str | bytes | int]] = field(default_factory=dict)


def _plain(values: dict[str, dict[str, StoredValue]]) -> dict[str, dict[str, str | bytes | int]]:
    return {
        namespace: {key: stored.plain() for key, stored in keys.items()}
        for namespace, keys in values.items()
        if keys
    }


class VirtualConsoleBoard:
    """The board's state and behaviour; sessions (connections) run on serving threads.

    ``fault`` may be changed at any time from any thread:

    - ``silent``: reads everything, answers nothing (no boot banner either)
    - ``garbage``: answers every line with noise
    - ``disconnect-mid-write``: drops the connection at the first BLOB DATA or
      after ``fault_after_sets`` answered SETs
    - ``corrupt``: stores every value slightly damaged, so read-back fails
    - ``reject``: refuses SET and BLOB BEGIN with ``ERR REJECTED``, or with the
      code and message of ``reject_with`` (a code of the board's own, say)

    ``commit_fault`` (one of ``COMMIT_FAULTS``) makes COMMIT go wrong, and
    ``csr_fault`` (one of ``CSR_FAULTS``) the certificate requests KEY CSR makes.

    ``key_algorithms`` are the key pairs the board makes (none: no KEY verb). Its
    committed keys are in ``key_store`` (slot -> private key), for tests to compare
    with what crossed the link; no verb reads a private key out.

    ``chatty`` makes the board print log lines and repeat its previous reply
    before each answer, as a noisy firmware would; a station must cope.
    ``boot_s`` makes every start take that long: the banner comes out line by
    line and what arrives meanwhile is lost, as on a board whose UART is not
    up yet. ``boot_chatter`` adds bootloader output (some of it not text) and
    ``prompt`` is printed without a line feed after the banner and each reply.
    ``announced_line`` is the line limit HELLO reports when it differs from
    the real one (0: none reported), for a firmware that gets it wrong.
    """

    def __init__(
        self,
        board_type: str = "virtual-console",
        serial: str | None = None,
        mac: str | None = None,
        *,
        fault: str | None = None,
        swap_on_reboot: bool = False,
        tpm_backend: TpmBackend | None = None,
        firmware: str = "1.0.0",
        seed: int | str | None = None,
        chatty: bool = False,
        fault_after_sets: int = 2,
        chunk: int = DEFAULT_CHUNK,
        line_limit: int = DEFAULT_LINE_LIMIT,
        protocol: int = PROTOCOL_VERSION,
        commit_fault: str | None = None,
        boot_s: float = 0.0,
        boot_chatter: bool = False,
        prompt: str = "",
        value_limit: int = DEFAULT_VALUE_LIMIT,
        key_limit: int = DEFAULT_KEY_LIMIT,
        stage_limit: int = DEFAULT_STAGE_LIMIT,
        announced_line: int | None = None,
        reject_with: tuple[str, str] = REJECTION,
        key_algorithms: tuple[str, ...] = KEY_ALGORITHMS,
        csr_fault: str | None = None,
    ) -> None:
        if protocol not in PROTOCOL_VERSIONS:
            spoken = " or ".join(map(str, PROTOCOL_VERSIONS))
            raise ConfigError(
                f"a virtual console board speaks protocol {spoken}, not {protocol}",
                hint="choose --protocol 1 for a board of the first version",
            )
        # Version 2 boards here also speak version 1; a version 1 board speaks only that.
        self.protocol = protocol
        self.boot_s = boot_s
        self.boot_chatter = boot_chatter
        self.prompt = prompt
        self.value_limit = value_limit
        self.key_limit = key_limit
        self.stage_limit = stage_limit
        self.announced_line = announced_line
        self.reject_with = reject_with
        self._commit_fault: str | None = None
        self.commit_fault = commit_fault
        self._csr_fault: str | None = None
        self.csr_fault = csr_fault
        self.key_algorithms = key_algorithms
        self.board_type = board_type
        self.firmware = firmware
        self.swap_on_reboot = swap_on_reboot
        self.tpm_backend = tpm_backend
        self.chatty = chatty
        self.fault_after_sets = fault_after_sets
        self.chunk = chunk
        # A TPM command of 4 KiB travels as one hex line.
        self.line_limit = max(line_limit, TPM_LINE_LIMIT) if tpm_backend else line_limit
        self.reboots = 0
        self.retired: list[RetiredUnit] = []
        # Every value that ever reached the board, committed or not: (serial, ns, key, value).
        # Tests use it to prove that no board holds data the manifest does not know of.
        self.received: list[tuple[str, str, str, str | bytes | int]] = []
        self.lock = threading.RLock()
        self.rng = random.Random(seed)
        self._fault: str | None = None
        self.fault = fault
        self._serial = serial or self._new_serial()
        self._mac = (normalise_mac(mac) if mac else "") or self._new_mac()
        if mac and not normalise_mac(mac):
            raise ConfigError(
                f"MAC {mac!r} is not six bytes of hex", hint="write it like 02:00:5e:10:00:01"
            )
        self.store: dict[str, dict[str, StoredValue]] = {}
        self.staging: dict[str, dict[str, StoredValue]] = {}
        # The board's own key store: committed device keys by slot, apart from ``store``.
        self.key_store: dict[str, DeviceKey] = {}

    # -- what tests and the demo look at -------------------------------------------

    @property
    def fault(self) -> str | None:
        return self._fault

    @fault.setter
    def fault(self, value: str | None) -> None:
        self._fault = checked_fault(value, FAULTS, "console")

    @property
    def commit_fault(self) -> str | None:
        return self._commit_fault

    @commit_fault.setter
    def commit_fault(self, value: str | None) -> None:
        self._commit_fault = checked_fault(value, COMMIT_FAULTS, "console")

    @property
    def csr_fault(self) -> str | None:
        return self._csr_fault

    @csr_fault.setter
    def csr_fault(self, value: str | None) -> None:
        self._csr_fault = checked_fault(value, CSR_FAULTS, "console")

    @property
    def serial(self) -> str:
        return self._serial

    @property
    def mac(self) -> str:
        """Twelve lowercase hex digits, as ``BoardInfo.mac`` holds it."""
        return self._mac

    @property
    def committed(self) -> dict[str, dict[str, str | bytes | int]]:
        """A copy of the persisted values: namespace -> key -> str, bytes or int."""
        with self.lock:
            return _plain(self.store)

    @property
    def staged(self) -> dict[str, dict[str, str | bytes | int]]:
        """A copy of the values written but not yet committed."""
        with self.lock:
            return _plain(self.staging)

    # -- life cycle ---------------------------------------------------------------------

    def reboot(self) -> None:
        """Drop staged values; with ``swap_on_reboot`` become a new, empty unit."""
        with self.lock:
            self.staging = {}
            self.reboots += 1
            if self.swap_on_reboot:
                self.retired.append(RetiredUnit(self._serial, self._mac, _plain(self.store)))
                self.store = {}
                self.key_store = {}
                self._serial = self._new_serial()
                self._mac = self._new_mac()

    def certificate_request(self, key: DeviceKey, common_name: str) -> bytes:
        """A PKCS#10 request (DER) for CN = ``common_name`` signed with ``key``, as the
        board's KEY CSR makes it; ``csr_fault`` spoils it. Runs on the serving thread."""
        fault = self.csr_fault
        if fault == "csr-wrong-cn":
            # Another unit's ID of the same length: the CN's 64-character limit still holds.
            common_name = common_name[:-1] + ("1" if common_name.endswith("0") else "0")
        builder = x509.CertificateSigningRequestBuilder().subject_name(
            x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, common_name)])
        )
        if fault == "csr-extra-extension":
            builder = builder.add_extension(
                x509.BasicConstraints(ca=True, path_length=None), critical=True
            )
        der = builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
        if fault == "csr-bad-signature":
            # The signature's last byte, flipped: still DER, no longer the key's signature.
            der = der[:-1] + bytes([der[-1] ^ 0x01])
        return der

    def banner(self) -> list[str]:
        """What the board prints when it starts, before it takes requests."""
        chatter = _BOOT_CHATTER if self.boot_chatter else []
        return [
            "",
            *chatter[:1],
            "ets Jul 29 2019 12:21:46",
            "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
            *chatter[1:],
            f"{self.board_type} factory firmware {self.firmware}",
            f"unit {self._serial} mac {self.mac_text()}",
            "console ready",
        ]

    def mac_text(self) -> str:
        """The MAC as the board prints it: colon-separated pairs."""
        return ":".join(self._mac[i : i + 2] for i in range(0, 12, 2))

    def session(self, stream: ByteStream) -> None:
        """Run one connection to its end; a new connection starts like a reset board.

        Runs on the serving thread.
        """
        with self.lock:
            self.staging = {}
        ConsoleSession(self, stream).run()

    def serve_tcp(self, host: str = "127.0.0.1", port: int = 0) -> ServedBoard:
        """Serve on a loopback socket; ``.url`` is ``socket://HOST:PORT``."""
        return serve_tcp(self.session, host, port, name=self.board_type)

    def serve_pty(self) -> ServedBoard:
        """Serve on a pseudo-terminal; ``.device`` is its path."""
        return serve_pty(self.session, name=self.board_type)

    def _new_serial(self) -> str:
        return f"VC-{self.rng.getrandbits(32):08X}"

    def _new_mac(self) -> str:
        # 0x02: a locally administered, unicast address, so it never clashes with a vendor's.
        return "02" + "".join(f"{self.rng.getrandbits(8):02x}" for _ in range(5))
