"""SLIP framing as the ESP serial bootloader uses it (RFC 1055 with a leading END).

Each packet travels as ``0xC0 <escaped bytes> 0xC0``; inside a packet ``0xC0``
becomes ``0xDB 0xDC`` and ``0xDB`` becomes ``0xDB 0xDD``.
"""

from __future__ import annotations

END = 0xC0
ESC = 0xDB
ESC_END = 0xDC
ESC_ESC = 0xDD


def encode(packet: bytes) -> bytes:
    """Return ``packet`` escaped and wrapped in END bytes, ready for the wire."""
    body = packet.replace(b"\xdb", b"\xdb\xdd").replace(b"\xc0", b"\xdb\xdc")
    return b"\xc0" + body + b"\xc0"


class SlipDecoder:
    """Turns a byte stream into packets, however the stream is cut into chunks.

    Bytes outside a frame are noise and dropped, as the ROM does. A frame with an
    invalid escape sequence is dropped whole and counted in ``bad_frames``.
    Empty frames (two END bytes in a row) yield nothing: a frame's closing END
    doubles as the next frame's opening END on some senders.
    """

    def __init__(self) -> None:
        self._packet: bytearray | None = None
        self._escaped = False
        self._bad = False
        self.bad_frames = 0

    def feed(self, data: bytes) -> list[bytes]:
        """Consume ``data`` and return the packets completed by it, in order."""
        packets: list[bytes] = []
        for byte in data:
            if self._packet is None:
                if byte == END:
                    self._start()
                continue
            if byte == END:
                if self._bad or self._escaped:
                    self.bad_frames += 1
                elif self._packet:
                    packets.append(bytes(self._packet))
                self._start()
            elif self._escaped:
                self._escaped = False
                if byte == ESC_END:
                    self._packet.append(END)
                elif byte == ESC_ESC:
                    self._packet.append(ESC)
                else:
                    self._bad = True
            elif byte == ESC:
                self._escaped = True
            else:
                self._packet.append(byte)
        return packets

    def _start(self) -> None:
        self._packet = bytearray()
        self._escaped = False
        self._bad = False
