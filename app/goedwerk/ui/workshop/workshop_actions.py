"""The workshop's actions with their keys and (translatable) texts, in one place.

They work in both the presenter window and the audience window (each adds them), so the
facilitator keeps control while the audience view covers the only screen. The shortcut overview
is built from the same table, so it can never disagree with the keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection

KEYS: dict[str, tuple[str, ...]] = {
    "run_pause": ("Space",),
    "item_next": ("Right", "Down"),
    "item_previous": ("Left", "Up"),
    "block_next": ("PgDown", "Ctrl+Right"),
    "block_previous": ("PgUp", "Ctrl+Left"),
    "time_add": ("+", "="),
    "screen_blank": ("B", "."),
    "audience_show": ("F5",),
    "audience_hide": ("Esc",),
    "help_shortcuts": ("F1", "?"),
    "countdown_toggle": ("T",),
    "bell_toggle": ("Ctrl+G",),
    "draw_card": ("K",),
    "draw_question": ("Q",),
    **{f"vote_add_{n}": (f"Alt+{n}",) for n in range(1, 7)},
    "reflection_open": ("Ctrl+R",),
    "workshop_close": ("Ctrl+W",),
}
CHECKABLE = ("screen_blank", "countdown_toggle", "bell_toggle")


class WorkshopActions(ActionCollection):
    """The workshop's actions by name: ``actions.run_pause`` or ``actions["run_pause"]``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        for name, keys in KEYS.items():
            action = QAction(parent)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setAutoRepeat(name in ("item_next", "item_previous"))
            self._actions[name] = action
        for name in CHECKABLE:
            self._actions[name].setCheckable(True)
        for n in range(2, 7):  # the overview names the six vote keys in one line
            self._actions[f"vote_add_{n}"].setProperty("in_overview", False)
        self.retranslate()

    def all(self) -> list[QAction]:
        """Every action, in table order."""
        return list(self._actions.values())

    def key_text(self, name: str) -> str:
        """The keys of an action as the user reads them ("PgDown / Ctrl+→")."""
        return " / ".join(self._key_name(k) for k in self._actions[name].shortcuts())

    def _key_name(self, key: QKeySequence) -> str:
        text = key.toString(QKeySequence.SequenceFormat.PortableText)  # Qt's own names, untranslated
        if text == "+":
            return text
        names = {
            "Space": self.tr("Spatie"),
            "Left": "←",
            "Right": "→",
            "Up": "↑",
            "Down": "↓",
            "Esc": "Esc",
        }
        return "+".join(names.get(part, part) for part in text.split("+"))

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "run_pause": self.tr("Start / pauze"),
            "item_next": self.tr("Volgende pagina of onderdeel"),
            "item_previous": self.tr("Vorige pagina of onderdeel"),
            "block_next": self.tr("Volgend blok (overslaan)"),
            "block_previous": self.tr("Vorig blok (terug)"),
            "time_add": self.tr("+5 minuten bij dit blok"),
            "screen_blank": self.tr("Publieksscherm leeg"),
            "audience_show": self.tr("Publieksscherm tonen (volledig scherm)"),
            "audience_hide": self.tr("Volledig scherm verlaten"),
            "help_shortcuts": self.tr("Sneltoetsen"),
            "countdown_toggle": self.tr("Aftellen op het publieksscherm"),
            "bell_toggle": self.tr("Belsignaal als de tijd om is"),
            "draw_card": self.tr("Trek een waardenkaart voor de groep"),
            "draw_question": self.tr("Trek een vraag voor de groep"),
            "vote_add_1": self.tr("Stemming: een hand erbij voor optie 1 (Alt+2 … Alt+6: optie 2–6)"),
            "reflection_open": self.tr("Reflectie bij dit blok"),
            "workshop_close": self.tr("Workshop sluiten"),
        }
        for n in range(2, 7):
            texts[f"vote_add_{n}"] = self.tr("Stemming: een hand erbij voor optie {n}").format(n=n)
        for name, text in texts.items():
            action = self._actions[name]
            action.setText(text)
            action.setToolTip(f"{text} ({self.key_text(name)})")
