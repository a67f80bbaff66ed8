"""A board's TPM reached through the board: swtpm behind a virtual console board."""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.core.errors import CredentialError, TransportError
from station.core.events import Stage
from station.core.models import Attestation, DeviceIdentity
from station.credentials.tpm import read_endorsement_key
from station.credentials.tpm_relay import RelayTcti, relay_tcti_for
from station.credentials.tpm_settings import TpmSettings
from station.credentials.tpm_support import TpmCredentialProvider, TpmEkIdentity, UnitTpm
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.serving import ServedBoard
from station.simulation.tpm_backend import SwtpmBackend, SwtpmProcess
from station.transports.console import ConsoleLink
from station.transports.ports import open_port
from tests import tpm_fixtures

swtpm = tpm_fixtures.swtpm
tpm_ca = tpm_fixtures.tpm_ca

# TPM2_GetRandom(8): tag NO_SESSIONS, size 12, command code 0x17b, bytesRequested 8.
GET_RANDOM_8 = struct.pack(">HIIH", 0x8001, 12, 0x17B, 8)
UNIT = DeviceIdentity(device_id="unit-1", source="barcode")


@pytest.fixture
def backend(swtpm: SwtpmProcess) -> Iterator[SwtpmBackend]:
    relay = SwtpmBackend.for_process(swtpm)
    yield relay
    relay.close()


@pytest.fixture
def board_link(backend: SwtpmBackend) -> Iterator[ConsoleLink]:
    board = VirtualConsoleBoard(tpm_backend=backend)
    with board.serve_tcp() as served, _link(served) as link:
        yield link


def _link(served: ServedBoard) -> ConsoleLink:
    return ConsoleLink(open_port(served.url, 115200, 0.05), served.url, timeout=5.0)


def test_backend_forwards_raw_commands_to_swtpm(backend: SwtpmBackend) -> None:
    response = backend(GET_RANDOM_8)
    tag, size, rc = struct.unpack(">HII", response[:10])
    assert (tag, rc) == (0x8001, 0) and size == len(response)
    assert struct.unpack(">H", response[10:12])[0] == 8 and len(response) == 20


def test_backend_reports_a_stopped_simulator(swtpm: SwtpmProcess, backend: SwtpmBackend) -> None:
    swtpm.stop()
    with pytest.raises(ConnectionError, match="did not answer"):
        backend(GET_RANDOM_8)


def test_backend_refuses_a_truncated_command(backend: SwtpmBackend) -> None:
    with pytest.raises(ValueError, match="too short"):
        backend(b"\x80\x01")


def test_ek_read_through_the_board_equals_the_direct_read(
    swtpm: SwtpmProcess, backend: SwtpmBackend, board_link: ConsoleLink
) -> None:
    relayed = read_endorsement_key(RelayTcti(board_link.tpm), persist=True)
    again = read_endorsement_key(relay_tcti_for(board_link))
    backend.close()  # swtpm serves one client at a time
    direct = read_endorsement_key(swtpm.tcti)
    assert relayed.public_b64 == again.public_b64 == direct.public_b64
    assert direct.handle == relayed.handle == 0x81010001


def through_the_board(manufacturer_cas: Path | None = None) -> UnitTpm:
    """The TPM of each unit, reached through the unit's console link."""
    return UnitTpm(TpmSettings(access="board", manufacturer_cas=manufacturer_cas))


def test_provider_reads_the_ek_of_the_unit_on_the_link(
    board_link: ConsoleLink, tpm_ca: tpm_fixtures.MakerCa, caplog: pytest.LogCaptureFixture
) -> None:
    tpm = through_the_board(manufacturer_cas=tpm_ca.bundle)
    with caplog.at_level(logging.WARNING, logger="station.tpm"):
        credential = TpmCredentialProvider(tpm).issue(UNIT, board_link)
    ek = read_endorsement_key(relay_tcti_for(board_link))
    assert credential.attestation is Attestation.TPM
    assert credential.ek_public == ek.public_b64
    assert credential.ek_cert_thumbprint == ""  # this TPM has no EK certificate
    assert "holds no EK certificate" in caplog.text


def test_identity_is_the_registration_id_of_the_ek(board_link: ConsoleLink) -> None:
    identity = TpmEkIdentity(through_the_board()).identify_on(board_link, board_link.identify())
    ek = read_endorsement_key(relay_tcti_for(board_link))
    assert identity.source == "tpm-ek"
    assert identity.device_id == ek.registration_id


def test_a_board_without_tpm_is_reported_as_such() -> None:
    board = VirtualConsoleBoard()
    with board.serve_tcp() as served, _link(served) as link:
        provider = TpmCredentialProvider(through_the_board())
        with pytest.raises(TransportError, match="has no TPM") as err:
            provider.issue(UNIT, link)
    assert err.value.stage is Stage.CREDENTIALS


def test_a_stopped_tpm_behind_the_board_is_reported(
    swtpm: SwtpmProcess, board_link: ConsoleLink
) -> None:
    swtpm.stop()
    with pytest.raises((TransportError, CredentialError)) as err:
        TpmEkIdentity(through_the_board()).identify_on(board_link, board_link.identify())
    assert err.value.stage is Stage.IDENTIFY
    assert "TPM" in err.value.message


def test_a_link_that_cannot_relay_is_refused() -> None:
    with pytest.raises(TransportError, match="cannot relay TPM commands"):
        relay_tcti_for(PortOnlyLink("COM9"))


class PortOnlyLink:
    """A link that only has a port, and no TPM pass-through."""

    def __init__(self, port: str) -> None:
        self.port = port
