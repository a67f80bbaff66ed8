"""Label previews drawn off the GUI thread.

Encoding the QR code and painting the label take tens of milliseconds, long
enough to stall the window when units finish several times a second. QImage
and QPainter may be used on any thread (QPixmap may not), so the image is made
here and turned into a pixmap on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from station.core.errors import StationError
from station.gui.job import LabelContent
from station.gui.label_print import label_image
from station.gui.threads import WorkerThread

PREVIEW_DOTS_PER_MM = 5.0


class LabelPainter(QObject):
    """Paints one label at a time. ``paint`` runs on the renderer's thread."""

    # ticket, the image (a null QImage when it could not be drawn), why not
    painted = Signal(int, QImage, str)

    @Slot(int, object)
    def paint(self, ticket: int, content: LabelContent) -> None:
        try:
            image = label_image(content, dots_per_mm=PREVIEW_DOTS_PER_MM)
        except StationError as exc:
            self.painted.emit(ticket, QImage(), f"{exc.message} — {exc.hint}")
            return
        self.painted.emit(ticket, image, "")


class LabelRenderer(QObject):
    """The GUI thread's handle: ``request`` a preview, ``ready`` brings the latest one.

    Only the newest request's image is delivered; older ones that finish later are
    dropped, so the preview never goes back to an earlier unit.
    """

    ready = Signal(QImage, str)  # the image (null when not drawn), why not
    _paint = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self.painter = LabelPainter()
        self._paint.connect(self.painter.paint)
        self.painter.painted.connect(self._painted)
        self._jobs = WorkerThread(self.painter, "label preview")

    def request(self, content: LabelContent) -> None:
        """Ask for ``content``'s preview; returns at once. GUI thread."""
        self._ticket += 1
        self._paint.emit(self._ticket, content)

    @Slot(int, QImage, str)
    def _painted(self, ticket: int, image: QImage, problem: str) -> None:
        if ticket == self._ticket:
            self.ready.emit(image, problem)

    def shutdown(self) -> None:
        """End the painting thread (waits for a label in progress). For closing the window."""
        self._jobs.shutdown()
