"""Block kinds in the builder: each kind's colour and sign, and a vote's options (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from goedwerk.ui.common.block_colours import BLOCK_COLOURS
from tests.ui.packs import test_pack_builder as shared

built = shared.built  # the pack builder tests' fixture: the teamstart pack open in the builder


def test_each_block_shows_its_kind_in_colour_and_a_vote_takes_typed_options(qtbot, built) -> None:
    _context, window, _pack = built
    builder = window.packs.builder
    model = builder.model
    tints = [model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) for row in range(3)]
    assert tints == [QColor(BLOCK_COLOURS[k].light) for k in ("story", "questions", "reflection")]
    assert not model.index(0, 1).data(Qt.ItemDataRole.DecorationRole).isNull()
    builder.select(1)
    assert not builder.vote_options.isVisible()
    builder.kind.setCurrentIndex(builder.kind.findData("vote"))
    assert builder.kind.currentText() == "Stemming"
    assert builder.vote_options.isVisible()
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor(BLOCK_COLOURS["vote"].light)
    qtbot.keyClicks(builder.vote_options.text, "Melden")
    assert builder.vote_options.hint.text() == "Een stemming heeft minstens 2 opties."
    qtbot.keyClick(builder.vote_options.text, Qt.Key.Key_Return)
    qtbot.keyClicks(builder.vote_options.text, "Laten rusten")
    stored = window.workspace.packs.get(builder.pack.id).blocks[1]
    assert (stored.kind, stored.options) == ("vote", ("Melden", "Laten rusten"))
    window.actions.edit_undo.trigger()  # typing the options is one step
    assert window.workspace.packs.get(builder.pack.id).blocks[1].options == ()


def test_a_vote_takes_its_options_from_the_questions_of_its_story(qtbot, built) -> None:
    _context, window, _pack = built
    builder = window.packs.builder
    window.open_item("story", "de-nota")
    builder.select(0)
    window.actions.item_add_to_pack.trigger()
    builder.select(0)
    builder.kind.setCurrentIndex(builder.kind.findData("vote"))
    qtbot.mouseClick(builder.vote_options.from_stories, Qt.MouseButton.LeftButton)
    library = window.workspace.library
    expected = tuple(library.get("question", q).text for q in ("q-verdiep-1", "q-af-1"))
    assert window.workspace.packs.get(builder.pack.id).blocks[0].options == expected
    assert builder.vote_options.options() == expected


def test_in_a_dark_palette_the_agenda_uses_the_dark_tints(qtbot, built) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    _context, window, _pack = built
    model = window.packs.builder.model
    before = QApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202326"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))
    QApplication.setPalette(dark)
    try:
        tint = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
        assert tint == QColor(BLOCK_COLOURS["story"].dark)
        assert tint.lightness() < 128  # light text stays readable on it
    finally:
        QApplication.setPalette(before)
