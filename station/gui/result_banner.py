"""The result of the last unit, impossible to miss: a green or red banner."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station.core.errors import with_code
from station.core.models import UnitResult
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.port_tile import stage_words
from station.gui.style import named, repolish
from station.gui.text_fit import breakable, elide_middle, wrapping

DEVICE_ID_SHOWN = 48  # characters of a device ID the banner's title shows before eliding
# What the banner says before the first unit: with a job, how to start one; without, where
# a job is started.
READY = (
    QT_TRANSLATE_NOOP("ResultBanner", "Ready"),
    QT_TRANSLATE_NOOP("ResultBanner", "Plug in a board and press Provision next unit (or Enter)."),
)
NO_JOB = (
    QT_TRANSLATE_NOOP("ResultBanner", "No job running"),
    QT_TRANSLATE_NOOP("ResultBanner", "Start one in Settings: choose the profile, ID scope and "
                      "secrets, then press Save and start the job."),
)


def _words(pair: tuple[str, str]) -> tuple[str, str]:
    return translate("ResultBanner", pair[0]), translate("ResultBanner", pair[1])


class ResultBanner(QFrame):
    """Green with the device ID, or red with the stage, the reason and what to do.

    Long texts wrap inside the banner; they never make the window wider.
    """

    retryRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.setProperty("outcome", "none")
        title, detail = _words(NO_JOB)
        self.title = wrapping(named(QLabel(title), "bannerTitle"))
        self.detail = wrapping(named(QLabel(detail), "bannerDetail"))
        self.idle = True  # nothing shown yet but what to do first
        self.retry = QPushButton(translate("ResultBanner", "Retry"))
        self.retry.setObjectName("retryButton")
        self.retry.setVisible(False)
        self.retry.setMinimumHeight(44)
        self._port = ""
        self.retry.clicked.connect(lambda: self.retryRequested.emit(self._port))
        self.result: UnitResult | None = None

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(text, 1)
        layout.addWidget(self.retry)

    @property
    def outcome(self) -> str:
        return str(self.property("outcome"))

    def show_idle(self, job_running: bool) -> None:
        """What to do first: start a unit when a job runs, else start a job in Settings.

        Leaves a result or a message on the banner alone: it is not idle any more.
        """
        if not self.idle:
            return
        self._set("none", *_words(READY if job_running else NO_JOB), retry=False)
        self.idle = True  # still only what to do first

    def show_message(self, title: str, detail: str) -> None:
        """A neutral note (e.g. why a unit could not start)."""
        self._set("none", title, detail, retry=False)

    def show_result(
        self,
        result: UnitResult,
        port_label: str = "",
        *,
        next_step: str = "",
        attempt: int = 1,
        label_step: bool = True,
        can_retry: bool = True,
    ) -> None:
        """Show a unit's result.

        ``next_step`` replaces the retry action of a failure with an instruction
        (e.g. scan the barcode again), when retrying cannot help. ``attempt`` above 1
        is shown, so a retry that fails again does not look like the first failure.
        ``label_step`` asks for the label to be stuck on the unit (not for trial boards);
        ``can_retry`` False leaves the Retry button out.
        """
        self.result = result
        self._port = result.port
        where = port_label or result.port
        device = elide_middle(result.device_id, DEVICE_ID_SHOWN)
        tries = (translate("ResultBanner", " — attempt {attempt}").format(attempt=attempt)
                 if attempt > 1 else "")
        if result.ok:
            sticker = (translate("ResultBanner", " Stick the label on the unit on {board}.")
                       .format(board=where) if label_step else "")
            self._set("passed", f"✔  {device}{tries}",
                      translate("ResultBanner", "Provisioned on {board}.").format(board=where)
                      + sticker, retry=False)
            return
        unit = f" ({device})" if device else ""
        # The reason and hint are the core's words, as the log has them; the stable code
        # beside the reason matches a translated window to the English log.
        reason = with_code(result.reason, result.code)
        hint = f" — {result.hint[0].upper()}{result.hint[1:]}." if result.hint else ""
        if result.failed_stage == "station":
            # Not a stage of the unit: the station could not run it at all.
            title = "✘  " + translate("ResultBanner", "Could not run the unit{unit}").format(
                unit=unit) + tries
            detail = translate("ResultBanner", "On {board}: {reason}").format(
                board=where, reason=reason) + hint
        else:
            title = "✘  " + translate("ResultBanner", "Failed at {stage}{unit}").format(
                stage=result.failed_stage, unit=unit) + tries
            detail = translate("ResultBanner", "While {doing} on {board}: {reason}").format(
                doing=stage_words(result.failed_stage), board=where, reason=reason) + hint
        self._set(
            "failed",
            title,
            detail + (f" {next_step}" if next_step else ""),
            retry=can_retry and not next_step,
        )

    def _set(self, outcome: str, title: str, detail: str, *, retry: bool) -> None:
        self.idle = False
        # Polishing the banner and its children again is what costs; units finishing one
        # after another mostly keep the same outcome, and with it the same colours.
        recolour = self.property("outcome") != outcome
        self.setProperty("outcome", outcome)
        self.title.setText(breakable(title))
        self.detail.setText(breakable(detail))
        self.retry.setVisible(retry)
        if recolour:
            repolish(self)
