"""The question bank grouped by phase: opening, verdieping (deepening), afsluiting (closing)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from goedwerk.core.model import PHASES, Question
from goedwerk.ui.common.resources import muted_color
from goedwerk.ui.library.results_model import ITEM_MIME, item_mime

IdRole = Qt.ItemDataRole.UserRole + 1


class QuestionBank(QTreeWidget):
    """Questions under their phase. Emits ``item_activated("question", id)``."""

    item_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question_bank")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setHeaderLabels([self.tr("Vraag"), self.tr("Bij verhaal")])  # what a screen reader names
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.header().resizeSection(1, 190)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.itemActivated.connect(self._emit)
        self.itemClicked.connect(self._emit)
        self._questions: tuple[Question, ...] = ()

    def set_questions(
        self, questions: tuple[Question, ...], phase_labels: dict[str, str], stories: dict[str, str]
    ) -> None:
        """Show ``questions`` grouped by phase, with counts, and the story each belongs with.

        ``stories`` maps a question id to the title of the story it was written for.
        """
        self._questions = questions
        self.clear()
        self.setHeaderLabels([self.tr("Vraag"), self.tr("Bij verhaal")])
        for phase in PHASES:
            members = [q for q in questions if q.phase == phase]
            group = QTreeWidgetItem(self, [f"{phase_labels[phase]} ({len(members)})"])
            group.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("fase"))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for question in members:
                story = stories.get(question.id, "")
                child = QTreeWidgetItem(group, [question.text, story])
                child.setData(0, IdRole, question.id)
                child.setToolTip(0, question.text)
                child.setForeground(1, muted_color(self.palette()))
                if story:
                    child.setToolTip(1, story)
                    child.setData(
                        1,
                        Qt.ItemDataRole.AccessibleTextRole,
                        self.tr("bij verhaal {title}").format(title=story),
                    )
                else:
                    child.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("bij geen verhaal"))
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                )
            group.setExpanded(True)

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        return item_mime([f"question:{i.data(0, IdRole)}" for i in items if i.data(0, IdRole)])

    def _emit(self, item: QTreeWidgetItem) -> None:
        question_id = item.data(0, IdRole)
        if question_id:
            self.item_activated.emit("question", question_id)
