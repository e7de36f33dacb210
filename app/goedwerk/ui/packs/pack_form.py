"""The pack's details: title, date, start time, place, group, facilitators, planned length.

Typing emits ``field_edited(name, value)`` at once; a start time that is not valid yet is marked
in red and not emitted until it is. The date is a date field with a calendar, so it cannot be
invalid; its lowest value reads "geen datum".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from goedwerk.core.model import Pack
from goedwerk.core.workspace import packs
from goedwerk.ui.common.colours import colour

FIELDS = ("title", "date", "start", "place", "group", "facilitators", "planned")
NO_DATE = QDate(2000, 1, 1)  # shown as "geen datum"


class PackForm(QWidget):
    """Edit the fields of a pack; emits ``field_edited(pack field name, value)``."""

    field_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setDate(NO_DATE)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.start = QLineEdit(self)
        self.place = QLineEdit(self)
        self.group = QLineEdit(self)
        self.facilitators = QLineEdit(self)
        self.planned = QSpinBox(self)
        self.planned.setRange(0, 24 * 60)
        self.planned.setSuffix(" min")
        self._filling = False
        self.labels = {name: QLabel(self) for name in FIELDS}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in FIELDS:
            widget = getattr(self, name)
            widget.setObjectName(f"pack_{name}")
            self.labels[name].setBuddy(widget)
            layout.addRow(self.labels[name], widget)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        for name in ("title", "place", "group"):
            getattr(self, name).textEdited.connect(lambda text, n=name: self._emit(n, text.strip()))
        self.facilitators.textEdited.connect(
            lambda text: self._emit("facilitators", [f.strip() for f in text.split(",")])
        )
        self.date.dateChanged.connect(lambda day: self._emit("date", _iso(day)))
        self.start.textEdited.connect(lambda text: self._checked("start", text.strip(), packs.is_valid_start))
        self.planned.valueChanged.connect(lambda value: self._emit("planned_minutes", value or None))

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "title": self.tr("&Titel:"),
            "date": self.tr("&Datum:"),
            "start": self.tr("&Begintijd:"),
            "place": self.tr("&Plaats:"),
            "group": self.tr("&Groep:"),
            "facilitators": self.tr("&Gespreksleiders:"),
            "planned": self.tr("Ge&plande duur:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            getattr(self, name).setAccessibleName(text.replace("&", "").rstrip(":"))
        self.date.setSpecialValueText(self.tr("geen datum"))
        self.start.setPlaceholderText(self.tr("UU:MM"))
        self.facilitators.setPlaceholderText(self.tr("namen of rollen, gescheiden door komma's"))
        self.planned.setSpecialValueText(self.tr("geen"))

    def show_pack(self, pack: Pack | None) -> None:
        """Show a pack's values (or empty fields), without emitting edits."""
        self._filling = True
        values = {
            "title": pack.title if pack else "",
            "place": pack.place if pack else "",
            "group": pack.group if pack else "",
            "start": (pack.start or "") if pack else "",
            "facilitators": ", ".join(pack.facilitators) if pack else "",
        }
        for name, value in values.items():
            field: QLineEdit = getattr(self, name)
            if field.text() != value and not (field.hasFocus() and name == "start"):
                field.setText(value)
        day = QDate.fromString(pack.date, "yyyy-MM-dd") if pack and pack.date else NO_DATE
        if _iso(self.date.date()) != _iso(day):
            self.date.setDate(day if day.isValid() else NO_DATE)
        self.planned.setValue((pack.planned_minutes or 0) if pack else 0)
        for name in FIELDS:
            getattr(self, name).setEnabled(pack is not None)
        self._filling = False

    def _emit(self, name: str, value: object) -> None:
        if not self._filling:
            self.field_edited.emit(name, value)

    def _checked(self, name: str, text: str, valid: Callable[[str], bool]) -> None:
        field: QLineEdit = getattr(self, name)
        ok = not text or valid(text)
        field.setStyleSheet("" if ok else f"QLineEdit {{ border: 2px solid {colour('invalid').name()}; }}")
        field.setToolTip("" if ok else field.placeholderText())
        if ok:
            self._emit(name, text or None)


def _iso(day: QDate) -> str | None:
    """``YYYY-MM-DD``, or None for "geen datum"."""
    return None if day == NO_DATE or not day.isValid() else day.toString("yyyy-MM-dd")
