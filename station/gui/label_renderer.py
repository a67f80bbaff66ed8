"""Label previews drawn off the GUI thread.

Encoding the QR code and painting the label take tens of milliseconds, long
enough to stall the window when units finish several times a second. QImage
and QPainter may be used on any thread (QPixmap may not), so the image is made
on the renderer's ``WorkerThread`` and turned into a pixmap on the GUI thread.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from station.core.errors import StationError
from station.gui.job import LabelContent
from station.gui.label_print import label_image
from station.gui.worker import Task, WorkerThread

PREVIEW_DOTS_PER_MM = 5.0


def paint_preview(content: LabelContent, _task: Task[QImage]) -> QImage:
    """The label's preview image; raises StationError when it cannot be drawn.
    Runs on the renderer's thread."""
    return label_image(content, dots_per_mm=PREVIEW_DOTS_PER_MM)


class LabelRenderer(QObject):
    """The GUI thread's handle: ``request`` a preview, ``ready`` brings the latest one.

    Only the newest request's image is delivered; older ones that finish later are
    dropped, so the preview never goes back to an earlier unit.
    """

    ready = Signal(QImage, str)  # the image (null when not drawn), why not

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self._thread = WorkerThread("label preview", self)

    def request(self, content: LabelContent) -> None:
        """Ask for ``content``'s preview; returns at once. GUI thread."""
        self._ticket += 1
        self._thread.submit(
            partial(self._paint_if_latest, self._ticket, content),
            returned=partial(self._painted, self._ticket),
            errored=partial(self._failed, self._ticket),
        )

    def _paint_if_latest(self, ticket: int, content: LabelContent, task: Task[QImage]) -> QImage:
        # With many boards finishing at once, the labels asked for meanwhile would never
        # be shown: only the newest is painted (its QR code takes the interpreter a while).
        if ticket != self._ticket:
            return QImage()
        return paint_preview(content, task)

    def _painted(self, ticket: int, image: QImage) -> None:
        if ticket == self._ticket:
            self.ready.emit(image, "")

    def _failed(self, ticket: int, error: Exception) -> None:
        if not isinstance(error, StationError):
            raise error  # a fault, not a label that cannot be drawn: reported as such
        if ticket == self._ticket:
            self.ready.emit(QImage(), f"{error.message} — {error.hint}")

    def shutdown(self) -> None:
        """End the painting thread (waits for a label in progress). For closing the window."""
        self._thread.shutdown()
