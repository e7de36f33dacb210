"""Value sorts and reflections, driven like a facilitator would: sort, type, search, export, crash."""

from __future__ import annotations

import csv
import io
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from goedwerk.cli import main
from goedwerk.core.model import Pack
from goedwerk.core.reflections.store import Labels, Reflection, ReflectionStore
from goedwerk.core.reflections.valuesort import distribution
from goedwerk.core.search.reflection_index import index_dir
from goedwerk.core.store.backup import CATALOG_NAME, check_and_backup
from goedwerk.core.workspace import Workspace
from goedwerk.paper.charts import COLORS
from goedwerk.ui.reflections import (
    ReflectionsWindow,
    ValueSortWindow,
    offer_restore,
    open_reflections,
    open_value_sort,
)
from goedwerk.ui.reflections.reflection_editor import ReflectionEditor
from tests.conftest import BUNDLED, REPO
from tests.pdf_reading import image_count, pages_text


@pytest.fixture
def ws(qtbot, tmp_path: Path) -> Iterator[Workspace]:
    """A workspace on the bundled library; its windows are closed before its catalog."""
    workspace = Workspace(BUNDLED, tmp_path / "data")
    yield workspace
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReflectionsWindow | ValueSortWindow | ReflectionEditor):
            widget.close()  # they save what is pending on closing
    workspace.close()


def dated_pack(ws: Workspace, title: str, date: str, fmt: str = "teamstart-30") -> Pack:
    pack = ws.packs.new(title, fmt)
    return ws.packs.save(Pack(**{**pack.__dict__, "date": date}))


def pdf_text(path: Path) -> str:
    return " ".join(pages_text(path))


# -- the value sort ------------------------------------------------------------------------------


def sort_with_keys(qtbot, recorder, keys: list[int], cards: int) -> None:
    """Pick the top card of the pile, then only press column keys: the next card is ready each time."""
    recorder.pile.setFocus()
    recorder.pile.setCurrentRow(0)
    for number in range(cards):
        qtbot.keyClick(recorder.pile, getattr(Qt.Key, f"Key_{keys[number]}"))


def column_keys(quotas: tuple[int, ...]) -> list[int]:
    """Keys that fill the columns in order: 1 for the first quota cards, then 2, ..."""
    return [column + 1 for column, quota in enumerate(quotas) for _ in range(quota)]


def drag_and_drop(source, row: int, target) -> None:
    """What a mouse drag delivers: the source's drag data, entering and dropping on the target."""
    mime = source.mimeData([source.item(row)])
    action, button, keys = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, button, keys)
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target.viewport(), QDropEvent(QPointF(10, 10), action, mime, button, keys))


def test_a_value_sort_of_three_participants_is_recorded_and_aggregated(
    qtbot, ws: Workspace, tmp_path: Path
) -> None:
    pack = dated_pack(ws, "Waardensessie", "2025-06-03", "waardensortering")
    window = open_value_sort(None, ws, pack.id)
    qtbot.addWidget(window)
    recorder = window.recorder
    for _ in range(3):
        qtbot.mouseClick(recorder.add_button, Qt.MouseButton.LeftButton)
    assert [recorder.participant_tabs.tabText(i) for i in range(3)] == ["P1", "P2", "P3"]
    deck = list(window.sort.deck)  # the format's 30-card set, chosen by default
    size = len(deck)
    assert size == 30 and window.chosen_set() == "kern"
    quotas = distribution(size)
    assert quotas == (4, 6, 10, 6, 4)  # Gardner's distribution
    assert "0 van 4" in recorder.headers[1].text()

    recorder.select_participant("P1")
    sort_with_keys(qtbot, recorder, column_keys(quotas), len(deck))
    assert recorder.progress.text() == f"P1: {size} van {size} kaarten gesorteerd · klaar"
    assert "4 van 4 ✓" in recorder.headers[1].text()

    recorder.select_participant("P2")
    sort_with_keys(qtbot, recorder, column_keys(quotas), len(deck))
    # a sixth card for "most important" is refused with a message; the card stays on the pile
    recorder.columns[4].setCurrentRow(0)
    qtbot.keyClick(recorder.columns[4], Qt.Key.Key_0)  # back on the pile
    assert recorder.pile.count() == 1
    recorder.pile.setCurrentRow(0)
    qtbot.keyClick(recorder.pile, Qt.Key.Key_1)
    assert "vol" in recorder.notice.text() and recorder.pile.count() == 1
    qtbot.keyClick(recorder.pile, Qt.Key.Key_5)
    assert recorder.pile.count() == 0 and not recorder.notice.text()

    recorder.select_participant("P3")  # P3 is interrupted after ten cards, all neutral
    sort_with_keys(qtbot, recorder, [3] * 10, 10)
    assert recorder.progress.text() == f"P3: 10 van {size} kaarten gesorteerd"

    # drag-and-drop: the pile's top card dropped on "Belangrijker" lands there
    moved = recorder.pile.card_ids()[0]
    drag_and_drop(recorder.pile, 0, recorder.columns[1])
    qtbot.waitUntil(lambda: moved in recorder.columns[1].card_ids(), timeout=2000)
    assert recorder.progress.text() == f"P3: 11 van {size} kaarten gesorteerd"

    window.tabs.setCurrentIndex(1)
    first = ws.library.values[0].name  # first in the deck: "most important" for P1 and P2, neutral for P3
    name, counts, mean = window.chart.data.rows[0]
    assert (name, counts, mean) == (first, (2, 0, 1, 0, 0), "+1,33")
    assert "3 deelnemers, nog bezig: P3" in window.chart.data.title

    png = tmp_path / "grafiek.png"
    window.export_png(png)
    image = QImage(str(png))
    assert image.width() == 1800 and image.height() > size * 40
    most = QColor(COLORS[0]).rgb()
    assert any(image.pixel(x, y) == most for x in range(0, 1800, 4) for y in range(300, 400, 2))

    out = tmp_path / "sortering.csv"
    window.export_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(rows) == size
    assert rows[0]["waarde"] == first and rows[0]["Meest belangrijk"] == "2" and rows[0]["Neutraal"] == "1"
    assert rows[0]["P3"] == "Neutraal"
    assert sum(r["P3"] != "" for r in rows) == 11

    window.close()
    again = open_value_sort(None, ws, pack.id)  # the half-done sort comes back as it was
    qtbot.addWidget(again)
    again.recorder.select_participant("P3")
    assert again.recorder.progress.text() == f"P3: 11 van {size} kaarten gesorteerd"
    assert moved in again.recorder.columns[1].card_ids()


# -- reflections ---------------------------------------------------------------------------------


def type_text(widget, text: str) -> None:
    """Key presses for ``text``; letters like é come as the text of a key event, as from a keyboard."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )


def type_and_wait(qtbot, editor: ReflectionEditor, widget, text: str) -> None:
    """Type like a user and wait for the autosave (well within a second)."""
    type_text(widget, text)
    started = time.monotonic()
    qtbot.waitUntil(lambda: not editor.pending, timeout=1500)
    assert time.monotonic() - started < 1.0
    assert editor.status.text().startswith("Automatisch bewaard om")


def write_three_reflections(qtbot, ws: Workspace) -> tuple[object, Pack, Pack]:
    april = dated_pack(ws, "Teamsessie april", "2025-04-10")
    mei = dated_pack(ws, "Afdelingsdag mei", "2025-05-20")
    window = open_reflections(None, ws, april.id)
    qtbot.addWidget(window)
    editor = window.editor
    assert window.tabs.currentIndex() == 0 and window.part_choice.currentText() == "Hele sessie"
    type_and_wait(qtbot, editor, editor.prompts["happened"], "De ambtenaren bespraken één lastige nota.")
    type_and_wait(qtbot, editor, editor.themes, "Tegenspraak en bestuurlijk lef, integriteit")
    type_and_wait(qtbot, editor, editor.actions_edit, "Teamleider plant een vervolg\nVerhaal delen")
    window.part_choice.setCurrentIndex(1)
    window.part_choice.activated.emit(1)
    assert editor.prompts["happened"].toPlainText() == ""  # a block has its own reflection
    type_and_wait(qtbot, editor, editor.prompts["impact"], "Het raakte ons dat signalen bleven hangen.")
    type_and_wait(qtbot, editor, editor.values, "Moed")
    window.set_target(mei.id, None)
    type_and_wait(qtbot, editor, editor.prompts["insight"], "Sturen op cijfers verdringt het gesprek.")
    type_and_wait(qtbot, editor, editor.themes, "Integriteit")
    type_and_wait(qtbot, editor, editor.values, "moed, zekerheid")
    return window, april, mei


def test_reflections_are_autosaved_searched_filtered_and_exported(
    qtbot, ws: Workspace, tmp_path: Path, no_network: list
) -> None:
    window, april, mei = write_three_reflections(qtbot, ws)
    stored = ReflectionStore(ws.catalog).all()
    assert len(stored) == 3
    session = next(r for r in stored if r.pack_id == april.id and r.block_index is None)
    assert session.themes == ("tegenspraak", "integriteit")
    assert session.actions == ("Teamleider plant een vervolg", "Verhaal delen")

    harvest = window.harvest
    with qtbot.waitSignal(harvest.refreshed, timeout=5000) as shown:
        window.show_harvest()
    assert shown.args == [3] and harvest.status.text() == "3 reflecties"
    assert harvest.theme_chart.counts == [("Integriteit", 2), ("Tegenspraak en bestuurlijk lef", 1)]
    assert harvest.value_chart.counts[0] == ("Moed", 2)

    with qtbot.waitSignal(harvest.refreshed, timeout=5000) as found:
        qtbot.keyClicks(harvest.search, "ambtenaar")
    assert found.args == [1]  # stemmed: "ambtenaren" is found by "ambtenaar"
    assert "één lastige nota" in harvest.detail.toPlainText()
    with qtbot.waitSignal(harvest.refreshed, timeout=5000) as found:
        harvest.search.setText("signaal")
    assert found.args == [1] and harvest.model.reflections[0].block_index == 0

    harvest.clear_filters()
    harvest.set_choice(harvest.pack_filter, mei.id)
    assert [r.pack_title for r in harvest.shown] == ["Afdelingsdag mei"]
    harvest.set_choice(harvest.pack_filter, None)
    harvest.set_choice(harvest.value_filter, "moed")
    assert {r.pack_title for r in harvest.shown} == {"Teamsessie april", "Afdelingsdag mei"}
    harvest.set_choice(harvest.theme_filter, "tegenspraak")
    assert len(harvest.shown) == 0 and not harvest.export_buttons["csv"].isEnabled()
    harvest.clear_filters()
    harvest.date_to.setDate(harvest.date_to.date().fromString("2025-04-30", "yyyy-MM-dd"))
    assert [r.pack_title for r in harvest.shown] == ["Teamsessie april"] * 2
    harvest.clear_filters()
    assert harvest.model.rowCount() == 3

    out = tmp_path / "reflecties.csv"
    harvest.export("csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [r["pakket"] for r in rows] == ["Afdelingsdag mei", "Teamsessie april", "Teamsessie april"]
    assert rows[1]["Wat gebeurde er?"] == "De ambtenaren bespraken één lastige nota."
    assert rows[1]["afspraken"].splitlines() == ["Teamleider plant een vervolg", "Verhaal delen"]
    md = tmp_path / "reflecties.md"
    harvest.export("md", md)
    assert "**Thema’s:** Tegenspraak en bestuurlijk lef, Integriteit" in md.read_text(encoding="utf-8")
    assert no_network == []


def test_the_pdf_report_has_the_reflections_and_the_value_sort_chart(
    qtbot, ws: Workspace, tmp_path: Path
) -> None:
    window, april, _mei = write_three_reflections(qtbot, ws)
    window.set_target(april.id, None)
    qtbot.mouseClick(window.sort_button, Qt.MouseButton.LeftButton)
    sorter = window.value_sort_window
    assert sorter is not None and sorter.isVisible() and sorter.pack_id == april.id
    sorter.recorder.add_participant()
    sorter.recorder.place(ws.library.values[0].id, 0)
    window.show_harvest()
    pdf = tmp_path / "rapport.pdf"
    window.harvest.export("pdf", pdf)
    text = pdf_text(pdf)
    assert "De ambtenaren bespraken één lastige nota." in text
    assert "Wat deed het met je?" in text and "Het raakte ons dat signalen bleven hangen." in text
    assert "Waardensortering" in text and "Teamleider plant een vervolg" in text
    assert image_count(pdf) >= 1  # the value sort chart

    window.close()
    out = tmp_path / "april.pdf"
    common = ["--library", str(BUNDLED), "--data-dir", str(ws.data_dir)]
    assert main(["reflections", "export", "--pack", april.id[:8], "--pdf", str(out), *common]) == 0
    headless = pdf_text(out)
    assert "De ambtenaren bespraken één lastige nota." in headless and "Afdelingsdag" not in headless


def test_possible_personal_data_is_marked_while_typing_and_replaced_in_one_click(
    qtbot, ws: Workspace
) -> None:
    pack = dated_pack(ws, "Teamsessie", "2025-04-10")
    window = open_reflections(None, ws, pack.id)
    qtbot.addWidget(window)
    editor = window.editor
    field = editor.prompts["happened"]
    text = "Mariska vertelde dat Jan Jansen belde vanaf 06-12345678 of mailt naar info@voorbeeld.nl."
    qtbot.keyClicks(field, text)
    assert editor.findings_bar.isVisible()
    assert "telefoonnummer" in editor.findings_label.text() or "naam" in editor.findings_label.text()
    block = field.document().firstBlock()
    waves = [
        (r.start, r.start + r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    phone = text.index("06-")
    assert (phone, phone + len("06-12345678")) in waves
    assert not any(start == 0 for start, _end in waves)  # "Mariska" is an invented name of a story
    qtbot.waitUntil(lambda: not editor.pending, timeout=1500)
    assert "06-12345678" in ReflectionStore(ws.catalog).find(pack.id, None).happened  # warned, not blocked

    while editor.findings_bar.isVisible():
        qtbot.mouseClick(editor.replace_button, Qt.MouseButton.LeftButton)
    assert field.toPlainText() == (
        "Mariska vertelde dat [naam] belde vanaf [telefoonnummer] of mailt naar [e-mailadres]."
    )
    qtbot.waitUntil(lambda: not editor.pending, timeout=1500)
    assert ReflectionStore(ws.catalog).find(pack.id, None).happened == field.toPlainText()


# -- never lost ----------------------------------------------------------------------------------

TYPIST = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from goedwerk.core.reflections.store import Labels, ReflectionStore
from goedwerk.core.workspace import Workspace
from goedwerk.ui.reflections.reflection_editor import ReflectionEditor

library, data, pack_id, text = sys.argv[1:5]
app = QApplication([])
ws = Workspace(Path(library), Path(data))
editor = ReflectionEditor(ReflectionStore(ws.catalog), Labels.from_library(ws.library))
editor.set_target(ws.packs.get(pack_id), None)
editor.show()
field = editor.prompts["happened"]
typed = 0

def type_next():
    global typed
    if typed < len(text):
        char = text[typed]
        if char.isascii():
            QTest.keyClick(field, char)
        else:
            no_key, plain = Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier
            QTest.sendKeyEvent(QTest.KeyAction.Click, field, no_key, char, plain)
        typed += 1
        print(typed, time.time(), flush=True)

timer = QTimer()
timer.timeout.connect(type_next)
timer.start(25)
app.exec()
"""
LONG_TEXT = (
    "We spraken over de nota aan de minister. Eén collega zei dat het advies werd afgezwakt, "
    "een ander vond dat loyaliteit ook betekent dat je tegenspreekt. Daarna bleef het even stil "
    "en toen kwam het gesprek pas echt op gang over wat goed werk is."
)


def test_killing_the_app_mid_typing_loses_at_most_the_last_two_seconds(
    qtbot, ws: Workspace, tmp_path: Path
) -> None:
    pack = dated_pack(ws, "Teamsessie", "2025-04-10")
    script = tmp_path / "typist.py"
    script.write_text(TYPIST, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": f"{REPO / 'app'}{os.pathsep}{REPO}"}
    kill_after = random.randint(60, 140)  # characters typed before the kill: 1.5-3.5 s of typing
    args = [sys.executable, str(script), str(BUNDLED), str(ws.data_dir), pack.id, LONG_TEXT]
    with (tmp_path / "typist.err").open("w") as err:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True, env=env)
        watchdog = threading.Timer(60, proc.kill)  # a typist that never types must not hang the suite
        watchdog.start()
        stamps: list[float] = []
        assert proc.stdout is not None
        for line in proc.stdout:
            stamps.append(float(line.split()[1]))
            if len(stamps) >= kill_after:
                break
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.time()
        stamps += [float(line.split()[1]) for line in proc.stdout.read().splitlines()]
        proc.wait(10)
        watchdog.cancel()
    assert proc.returncode == -signal.SIGKILL, (tmp_path / "typist.err").read_text()
    assert len(stamps) >= kill_after, f"the typist stopped after {len(stamps)} characters"

    editor = ReflectionEditor(ReflectionStore(ws.catalog), Labels.from_library(ws.library))
    qtbot.addWidget(editor)
    editor.set_target(ws.packs.get(pack.id), None)
    saved = editor.prompts["happened"].toPlainText()
    assert saved and LONG_TEXT.startswith(saved)
    assert len(saved) <= len(stamps) + 1  # at most the one character being printed when killed
    lost = stamps[len(saved) :]
    assert all(stamp > killed_at - 2.0 for stamp in lost), f"lost {len(lost)} characters"


def test_a_corrupted_reflections_index_is_rebuilt_from_the_catalog(qtbot, ws: Workspace, caplog) -> None:
    store = ReflectionStore(ws.catalog)
    store.save(Reflection(pack_title="Teamsessie", happened="De ambtenaren spraken over de nota."))
    window = open_reflections(None, ws)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.harvest.refreshed, timeout=5000) as found:
        window.harvest.search.setText("nota")
    assert found.args == [1]
    window.close()
    for path in index_dir(ws.data_dir).iterdir():
        if path.suffix in (".toc", ".seg"):
            path.write_bytes(b"kapot" * 40)

    again = open_reflections(None, ws)
    qtbot.addWidget(again)
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(again.harvest.refreshed, timeout=5000) as found:
        again.harvest.search.setText("ambtenaar")
    assert found.args == [1] and not again.harvest.error
    assert "rebuilding from the catalog" in caplog.text


def test_a_corrupted_catalog_is_detected_and_restored_from_the_backup(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "catalogus"
    ws = Workspace(BUNDLED, data)
    store = ReflectionStore(ws.catalog)
    for text in ("Eerste sessie.", "Tweede sessie."):
        store.save(Reflection(pack_title="Teamsessie", happened=text))
    ws.close()
    assert check_and_backup(data).backup is not None  # the app starts: a backup is made
    ws = Workspace(BUNDLED, data)
    ReflectionStore(ws.catalog).save(Reflection(pack_title="Later", happened="Na de reservekopie."))
    ws.close()
    catalog = data / CATALOG_NAME
    raw = bytearray(catalog.read_bytes())
    raw[:100] = b"x" * 100
    catalog.write_bytes(bytes(raw))

    report = check_and_backup(data)  # the next start finds the damage
    assert not report.healthy
    seen: list[str] = []

    def choose_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.informativeText())
        dialog.restore_button.click()

    QTimer.singleShot(0, choose_restore)
    assert offer_restore(None, report) == report.latest_good
    assert "beschadigd" in seen[0] and report.set_aside.name in seen[0]
    assert report.set_aside.read_bytes() == bytes(raw)  # set aside, never deleted

    restored = Workspace(BUNDLED, data)
    window = open_reflections(None, restored)
    qtbot.addWidget(window)
    assert sorted(r.happened for r in window.harvest.shown) == ["Eerste sessie.", "Tweede sessie."]
    window.close()
    restored.close()


def test_the_whole_workflow_makes_no_network_attempt(
    qtbot, ws: Workspace, tmp_path: Path, no_network: list
) -> None:
    assert check_and_backup(ws.data_dir).backup is not None  # what the app does at start
    pack = dated_pack(ws, "Teamsessie", "2025-04-10", "waardensortering")
    sorter = open_value_sort(None, ws, pack.id)
    qtbot.addWidget(sorter)
    qtbot.mouseClick(sorter.recorder.add_button, Qt.MouseButton.LeftButton)
    sort_with_keys(qtbot, sorter.recorder, [1, 2, 3], 3)
    sorter.export_png(tmp_path / "sortering.png")
    sorter.export_csv(tmp_path / "sortering.csv")
    window = open_reflections(None, ws, pack.id)
    qtbot.addWidget(window)
    type_and_wait(qtbot, window.editor, window.editor.prompts["happened"], "We sorteerden de waarden.")
    window.show_harvest()
    with qtbot.waitSignal(window.harvest.refreshed, timeout=5000) as found:
        window.harvest.search.setText("waarde")
    assert found.args == [1]
    for kind in ("md", "csv", "pdf"):
        window.harvest.export(kind, tmp_path / f"reflecties.{kind}")
    window.close()
    common = ["--library", str(BUNDLED), "--data-dir", str(ws.data_dir)]
    assert main(["reflections", "export", "--pdf", str(tmp_path / "cli.pdf"), *common]) == 0
    assert "We sorteerden de waarden." in pdf_text(tmp_path / "cli.pdf")
    assert no_network == []


def test_the_entry_points_reuse_one_window_per_main_window(qtbot, ws: Workspace) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    pack = dated_pack(ws, "Teamsessie", "2025-04-10")
    harvest = open_reflections(host, ws)
    assert harvest.isVisible() and harvest.tabs.currentWidget() is harvest.harvest
    block = open_reflections(host, ws, pack.id, block_index=1)
    assert block is harvest and block.tabs.currentIndex() == 0
    assert block.part_choice.currentText() == f"2. {pack.blocks[1].title}"
    assert block.editor.base.block_index == 1 and block.editor.base.pack_title == "Teamsessie"
    sorter = open_value_sort(host, ws, pack.id)
    assert open_value_sort(host, ws, pack.id) is sorter and open_value_sort(host, ws, None) is not sorter
    assert sorter.windowTitle() == "Waardensortering · Teamsessie"
