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
        # Runs of bytes at a time (find, split), not byte by byte: many virtual boards
        # share the machine with the station they stand in for.
        packets: list[bytes] = []
        position, length = 0, len(data)
        while position < length:
            end = data.find(b"\xc0", position)
            if self._packet is None:
                if end < 0:
                    break  # noise before the first frame
                self._start()
            else:
                self._take(data[position : length if end < 0 else end])
                if end < 0:
                    break
                if self._bad or self._escaped:
                    self.bad_frames += 1
                elif self._packet:
                    packets.append(bytes(self._packet))
                self._start()
            position = end + 1
        return packets

    def _take(self, run: bytes) -> None:
        """Add a run of frame bytes (no END among them), undoing the escapes."""
        packet = self._packet
        if self._bad or packet is None or not run:
            return
        if self._escaped:
            self._escaped = False
            run = b"\xdb" + run
        parts = run.split(b"\xdb")
        packet += parts[0]
        for index in range(1, len(parts)):
            part = parts[index]
            if not part:
                if index == len(parts) - 1:
                    self._escaped = True  # the escaped byte comes in the next run
                else:
                    self._bad = True  # ESC ESC
                return
            if part[0] == ESC_END:
                packet.append(END)
            elif part[0] == ESC_ESC:
                packet.append(ESC)
            else:
                self._bad = True
                return
            packet += part[1:]

    def _start(self) -> None:
        self._packet = bytearray()
        self._escaped = False
        self._bad = False
