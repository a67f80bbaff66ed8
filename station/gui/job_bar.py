"""The job bar: profile, ID scope, attestation, device-ID rule and today's count."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from station.gui.i18n import number, translate
from station.gui.job import ActiveJob
from station.gui.style import named, set_bar_value
from station.gui.text_fit import ElidedLabel


def _field(caption: str) -> tuple[QVBoxLayout, ElidedLabel]:
    box = QVBoxLayout()
    box.setSpacing(1)
    box.addWidget(named(QLabel(caption), "caption"))
    value = ElidedLabel("—", objectName="value")
    box.addWidget(value)
    return box, value


class JobBar(QFrame):
    """A strip along the top of the line view. GUI thread only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(28)
        self.values: dict[str, ElidedLabel] = {}
        for key, caption in (
            ("profile", translate("JobBar", "Profile")),
            ("scope", translate("JobBar", "ID scope")),
            ("attestation", translate("JobBar", "Attestation")),
            ("rule", translate("JobBar", "Device-ID rule")),
        ):
            box, value = _field(caption)
            self.values[key] = value
            layout.addLayout(box)
        layout.addStretch(1)
        today, self.today = _field(translate("JobBar", "Units done today"))
        self.today_bar = QProgressBar()
        self.today_bar.setTextVisible(False)
        self.today_bar.setFixedHeight(8)
        self.today_bar.setMinimumWidth(160)
        today.addWidget(self.today_bar)
        layout.addLayout(today)

    def show_job(self, job: ActiveJob | None) -> None:
        if job is None:
            for value in self.values.values():
                value.setText("—")
            self.values["profile"].setText(translate("JobBar", "No job — set one up in Settings"))
            return
        name = job.loaded.profile.name
        self.values["profile"].setText(
            translate("JobBar", "{profile}  (demo)").format(profile=name) if job.demo else name
        )
        self.values["profile"].setToolTip(f"{name}\n{job.loaded.path}")
        self.values["scope"].setText(job.id_scope)
        self.values["attestation"].setText(job.attestation.value)
        self.values["rule"].setText(job.identity_rule)

    def show_count(self, done: int, target: int) -> None:
        self.today.setText(f"{number(done)} / {number(target)}")
        self.today_bar.setRange(0, max(target, 1))
        set_bar_value(self.today_bar, min(done, max(target, 1)))
