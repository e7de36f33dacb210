"""Every action of the main window, the pack builder, the presenter and the value sort, as Qt runs it.

Each action is triggered the way Qt does (``action.trigger()``, the main ones also by their
shortcut), with file dialogs and questions answered by monkeypatching. A test fails on an
exception in a slot (pytest-qt), a traceback on stderr, or an error dialog nobody expected; each
action also has to do what a user would see it do.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from goedwerk.ui.common.preferences_dialog import PreferencesDialog
from goedwerk.ui.library.problems_dialog import ProblemsDialog
from goedwerk.ui.packs.block_library_dialog import BlockLibraryDialog
from goedwerk.ui.packs.composer_dialog import ComposerDialog
from goedwerk.ui.packs.export_dialog import ExportChoice, ExportDialog
from goedwerk.ui.packs.new_pack_dialog import NewPack, NewPackDialog
from goedwerk.ui.reflections import ReflectionsWindow, ValueSortWindow
from goedwerk.ui.workshop.presenter_window import PresenterWindow

DATA = Path(__file__).resolve().parents[2] / "data"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@dataclass
class Answers:
    """What the monkeypatched dialogs were asked, and what they answered."""

    out: Path
    pack_file: Path
    template_file: Path
    questions: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    opened_urls: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Answers:
    """Answer every dialog: save into ``out``, open the good pack file, say Yes, record errors."""
    out = tmp_path / "out"
    out.mkdir()
    pack_file = Path(shutil.copy(DATA / "packs" / "teamsessie.pack.yaml", tmp_path / "team.pack.yaml"))
    template_file = tmp_path / "gedeeld.template.yaml"
    template_file.write_text(
        "version: 1\ntitle: Gedeeld sjabloon\nblocks:\n  - title: Opening\n    minutes: 10\n",
        encoding="utf-8",
    )
    answers = Answers(out, pack_file, template_file)

    def save_name(_parent, _caption="", directory="", file_filter="", *_args, **_kwargs):
        answers.dialogs.append("save")
        return str(out / (Path(directory).name or "bestand")), file_filter

    def open_name(_parent, _caption="", _directory="", file_filter="", *_args, **_kwargs):
        answers.dialogs.append("open")
        return str(template_file if "template" in file_filter else pack_file), file_filter

    def question(_parent, title, _text, *_args, **_kwargs):
        answers.questions.append(title)
        return QMessageBox.StandardButton.Yes

    def error(_parent, title, text, *_args, **_kwargs):
        answers.errors.append((title, text))
        return QMessageBox.StandardButton.Ok

    def dialog(name: str, value: object = None) -> Callable[..., object]:
        def answer(*_args, **_kwargs) -> object:
            answers.dialogs.append(name)
            return value

        return answer

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(error))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(error))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(dialog("about")))
    opened = staticmethod(lambda url: answers.opened_urls.append(url.toString()))
    monkeypatch.setattr(QDesktopServices, "openUrl", opened)
    monkeypatch.setattr(NewPackDialog, "ask", dialog("new_pack", NewPack("Nieuwe sessie", "teamstart")))
    monkeypatch.setattr(ComposerDialog, "ask", dialog("composer"))
    monkeypatch.setattr(BlockLibraryDialog, "ask", dialog("block_library"))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(dialog("text", ("Mijn naam", True))))
    monkeypatch.setattr(ExportDialog, "ask", dialog("export", ExportChoice("a4", ("cover", "agenda"))))
    monkeypatch.setattr(PreferencesDialog, "ask", dialog("preferences"))
    monkeypatch.setattr(ProblemsDialog, "exec", dialog("problems", 0))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", dialog("print_preview", 0))
    monkeypatch.setattr(QPrintDialog, "exec", dialog("print", 0))
    return answers


def settle(qtbot, window) -> None:
    """Let background jobs finish and their answers arrive."""
    qtbot.waitUntil(lambda: not (window.runner.busy or window.search_runner.busy), timeout=30_000)
    QApplication.processEvents()


def assert_clean(capfd: pytest.CaptureFixture[str], answers: Answers, window=None) -> None:
    """No traceback on stderr, no error dialog, no warning bar the user did not expect."""
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    assert answers.errors == []
    if window is not None:
        boxes = [box.text() for box in window.findChildren(QMessageBox, "warning_box") if box.isVisible()]
        assert boxes == []


def visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def succeeded(works: Callable[[], object]) -> bool:
    """True when the check holds; a check that cannot even look (no file, no window) is False."""
    try:
        return bool(works())
    except (OSError, AttributeError, RuntimeError):
        return False


def block_items(window, block: int = 0) -> tuple[str, ...]:
    return window.packs.builder.pack.blocks[block].items


@pytest.fixture
def window(open_app, mini_library: Path, tmp_path: Path, answers: Answers):
    """The main window with a pack from a format open and two stories read."""
    window = open_app(mini_library, tmp_path / "appdata").window
    window.packs.create_pack("Teamsessie", "teamstart")
    window.open_item("story", "de-cadeaubon")
    window.open_item("story", "de-nota")
    QApplication.processEvents()
    return window


def main_checks(window, answers: Answers) -> dict[str, tuple[Callable[[], None], Callable[[], object]]]:
    """For every main-window action: what to set up first, and what the user then sees."""
    panel, packs = window.search_panel, window.packs
    before: dict[str, object] = {}

    def remember(**values: object) -> Callable[[], None]:
        return lambda: before.update({k: v() if callable(v) else v for k, v in values.items()})

    def nothing() -> None:
        return None

    checks: dict[str, tuple[Callable[[], None], Callable[[], object]]] = {
        "file_reindex": (nothing, lambda: window.statusBar().currentMessage() == "Klaar."),
        "file_preferences": (nothing, lambda: answers.dialogs[-1] == "preferences"),
        "edit_find": (
            lambda: window.tabs.setCurrentIndex(1),
            lambda: window.tabs.currentWidget() is panel and panel.field.hasFocus(),
        ),
        "edit_clear_filters": (
            lambda: panel.facets.set_checked("kind", "story"),
            lambda: panel.filters() == {},
        ),
        "view_zoom_in": (remember(size=lambda: window.text_size), lambda: window.text_size > before["size"]),
        "view_zoom_out": (remember(size=lambda: window.text_size), lambda: window.text_size < before["size"]),
        "view_zoom_reset": (nothing, lambda: window.text_size == QApplication.font().pointSizeF()),
        "go_back": (nothing, lambda: window.reader.current() == ("story", "de-cadeaubon")),
        "go_forward": (nothing, lambda: window.reader.current() == ("story", "de-nota")),
        "item_favourite": (nothing, lambda: ("story", "de-nota") in window.workspace.favourites()),
        "item_add_to_pack": (nothing, lambda: "story:de-nota" in block_items(window)),
        "edit_undo": (nothing, lambda: "story:de-nota" not in block_items(window)),
        "edit_redo": (nothing, lambda: "story:de-nota" in block_items(window)),
        "pack_duplicate": (
            remember(count=lambda: len(packs.pack_list.ids())),
            lambda: (
                len(packs.pack_list.ids()) == before["count"] + 1
                and packs.builder.pack.title.endswith("(kopie)")
            ),
        ),
        "pack_new": (nothing, lambda: packs.builder.pack.title == "Nieuwe sessie"),
        "pack_import": (nothing, lambda: packs.builder.pack.title == "Teamsessie Goed Werk"),
        "pack_export_file": (nothing, lambda: (answers.out / "teamsessie-goed-werk.pack.yaml").is_file()),
        "pack_export_pdf": (
            nothing,
            lambda: (answers.out / "teamsessie-goed-werk.pdf").read_bytes().startswith(b"%PDF"),
        ),
        "pack_print_preview": (nothing, lambda: answers.dialogs[-1] == "print_preview"),
        "pack_print": (nothing, lambda: answers.dialogs[-1] == "print"),
        "pack_start_workshop": (nothing, lambda: len(visible(PresenterWindow)) == 1),
        "pack_reflections": (nothing, lambda: window.findChild(ReflectionsWindow).isVisible()),
        "pack_value_sort": (
            nothing,
            lambda: (
                [w.pack_id for w in window.findChildren(ValueSortWindow) if w.isVisible()]
                == [packs.builder.pack.id]
            ),
        ),
        "view_harvest": (
            nothing,
            lambda: (
                window.findChild(ReflectionsWindow).tabs.currentWidget()
                is window.findChild(ReflectionsWindow).harvest
            ),
        ),
        "help_keyboard": (nothing, lambda: window.findChild(QMessageBox, "keyboard_help").isVisible()),
        "pack_compose": (nothing, lambda: answers.dialogs[-1] == "composer"),
        "pack_save_template": (nothing, lambda: answers.dialogs[-1] == "text"),
        "pack_save_block": (nothing, lambda: answers.dialogs[-1] == "text"),
        "pack_insert_block": (nothing, lambda: answers.dialogs[-1] == "block_library"),
        "pack_template_export": (nothing, lambda: any(answers.out.glob("*.template.yaml"))),
        "pack_template_import": (
            nothing,
            lambda: "Gedeeld sjabloon" in [t.title for t in window.workspace.templates.packs()],
        ),
        "edit_save_search": (nothing, lambda: answers.dialogs[-1] == "text"),
        "help_problems": (nothing, lambda: not window.actions.help_problems.isEnabled()),
        "help_about": (nothing, lambda: window.help.about is not None and window.help.about.isVisible()),
        "pack_delete": (
            remember(pack=lambda: packs.builder.pack.id, asked=lambda: len(answers.questions)),
            lambda: (
                len(answers.questions) == before["asked"] + 1
                and before["pack"] not in packs.pack_list.ids()
                and packs.pack_list.undo_bar.isVisibleTo(packs.pack_list)
            ),
        ),
        "file_quit": (nothing, lambda: not window.isVisible()),
    }
    for number, name in enumerate(("search", "values", "questions", "favourites", "recent", "packs")):
        checks[f"view_{name}"] = (nothing, lambda n=number: window.tabs.currentIndex() == n)
    return checks


def test_every_main_window_action_does_its_job_without_an_error(
    qtbot, window, answers: Answers, capfd: pytest.CaptureFixture[str]
) -> None:
    checks = main_checks(window, answers)
    assert set(checks) == set(window.actions.names()), "every action needs a check"
    order = [name for name in checks if name != "file_quit"] + ["file_quit"]
    failed = []
    for name in order:
        prepare, works = checks[name]
        prepare()
        window.actions[name].trigger()
        settle(qtbot, window)
        if not succeeded(works):
            failed.append(name)
        for other in visible(PresenterWindow):
            other.close()
    assert failed == [], failed
    assert_clean(capfd, answers)


def test_the_main_shortcuts_work_from_the_keyboard(
    qtbot, window, answers: Answers, capfd: pytest.CaptureFixture[str]
) -> None:
    packs, builder = window.packs, window.packs.builder

    def close(kind: type) -> bool:
        for widget in visible(kind):
            widget.close()
        return True

    keys: list[tuple[str, Qt.Key, Qt.KeyboardModifier, Callable[[], object]]] = [
        ("Ctrl+N", Qt.Key.Key_N, CTRL, lambda: builder.pack.title == "Nieuwe sessie"),
        (
            "Ctrl+E",
            Qt.Key.Key_E,
            CTRL,
            lambda: (answers.out / "nieuwe-sessie.pdf").read_bytes()[:4] == b"%PDF",
        ),
        (
            "Ctrl+Shift+S",
            Qt.Key.Key_S,
            CTRL | SHIFT,
            lambda: (answers.out / "nieuwe-sessie.pack.yaml").is_file(),
        ),
        ("Ctrl+O", Qt.Key.Key_O, CTRL, lambda: builder.pack.title == "Teamsessie Goed Werk"),
        ("F5", Qt.Key.Key_F5, NONE, lambda: len(visible(PresenterWindow)) == 1 and close(PresenterWindow)),
        (
            "Ctrl+R",
            Qt.Key.Key_R,
            CTRL,
            lambda: len(visible(ReflectionsWindow)) == 1 and close(ReflectionsWindow),
        ),
        *(
            (
                f"Ctrl+{n + 1}",
                getattr(Qt.Key, f"Key_{n + 1}"),
                CTRL,
                lambda n=n: window.tabs.currentIndex() == n,
            )
            for n in range(6)
        ),
        (
            "Ctrl+F",
            Qt.Key.Key_F,
            CTRL,
            lambda: window.tabs.currentIndex() == 0 and window.search_panel.field.hasFocus(),
        ),
    ]
    failed = []
    for name, key, modifiers, works in keys:
        window.activateWindow()  # back from the last window or confirmation
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, key, modifiers)
        settle(qtbot, window)
        if not succeeded(works):
            failed.append(name)
    assert failed == [], failed
    assert len(packs.pack_list.ids()) == 3
    assert_clean(capfd, answers, window)


def test_the_problems_action_lists_a_broken_librarys_files(
    qtbot, open_app, broken_library: Path, answers: Answers, capfd: pytest.CaptureFixture[str]
) -> None:
    window = open_app(broken_library).window
    assert window.actions.help_problems.isEnabled()
    window.actions.help_problems.trigger()
    assert answers.dialogs == ["problems"]
    assert_clean(capfd, answers)


def test_every_button_of_the_pack_builder_works(
    qtbot, window, answers: Answers, capfd: pytest.CaptureFixture[str]
) -> None:
    builder = window.packs.builder
    titles = lambda: [b.title for b in builder.pack.blocks]  # noqa: E731
    assert titles() == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    builder.select(0)
    qtbot.mouseClick(builder.add_block_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert titles() == ["Verhaal lezen", "Nieuw blok", "Twee vragen", "Afspraak"]
    builder.select(1)
    qtbot.mouseClick(builder.down_button, Qt.MouseButton.LeftButton)
    assert titles() == ["Verhaal lezen", "Twee vragen", "Nieuw blok", "Afspraak"]
    qtbot.mouseClick(builder.up_button, Qt.MouseButton.LeftButton)
    assert titles() == ["Verhaal lezen", "Nieuw blok", "Twee vragen", "Afspraak"]
    qtbot.mouseClick(builder.remove_button, Qt.MouseButton.LeftButton)
    assert titles() == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    window.actions.edit_undo.trigger()
    assert titles() == ["Verhaal lezen", "Nieuw blok", "Twee vragen", "Afspraak"]
    lst = window.packs.pack_list
    qtbot.mouseClick(lst.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert len(lst.ids()) == 2
    qtbot.mouseClick(lst.buttons["delete"], Qt.MouseButton.LeftButton)
    assert answers.questions == ["Pakket verwijderen"] and len(lst.ids()) == 1
    qtbot.mouseClick(lst.undo_button, Qt.MouseButton.LeftButton)
    assert len(lst.ids()) == 2
    qtbot.mouseClick(lst.buttons["import"], Qt.MouseButton.LeftButton)
    assert len(lst.ids()) == 3
    qtbot.mouseClick(lst.buttons["new"], Qt.MouseButton.LeftButton)
    assert builder.pack.title == "Nieuwe sessie" and len(lst.ids()) == 4
    assert_clean(capfd, answers, window)


def steady(run: dict) -> dict:
    """A run's data without the clock readings that move while it runs."""
    return {k: v for k, v in run.items() if k not in ("elapsed", "held")}


def test_every_presenter_action_works(
    qtbot, window, answers: Answers, capfd: pytest.CaptureFixture[str]
) -> None:
    window.actions.item_add_to_pack.trigger()
    window.actions.pack_start_workshop.trigger()
    (presenter,) = visible(PresenterWindow)
    s, a = presenter.session, presenter.actions
    checks: dict[str, Callable[[], object]] = {
        "run_pause": lambda: s.running,
        "time_add": lambda: s.to_dict() != before,
        "item_next": lambda: s.to_dict() != before,
        "item_previous": lambda: s.to_dict() != before,
        "block_next": lambda: s.block == 1,
        "block_previous": lambda: s.block == 0,
        "screen_blank": lambda: s.blank,
        "audience_show": lambda: presenter.audience.isVisible(),
        "audience_hide": lambda: not presenter.audience.isVisible(),
        "help_shortcuts": lambda: presenter.overlay.isVisible(),
        "countdown_toggle": lambda: a.countdown_toggle.isChecked(),
        "bell_toggle": lambda: a.bell_toggle.isChecked(),
        "draw_card": lambda: (s.draw or "").startswith("value:"),
        "draw_question": lambda: (s.draw or "").startswith("question:"),
        # outside a vote block a vote key changes nothing but the running clock (and raises nothing)
        **{f"vote_add_{n}": (lambda: steady(s.to_dict()) == steady(before)) for n in range(1, 7)},
        "reflection_open": lambda: presenter.findChild(ReflectionsWindow).isVisible(),
        "workshop_close": lambda: visible(PresenterWindow) == [],
    }
    assert set(checks) == set(a.names())
    scope = presenter.draw_panel.scope
    scope.setCurrentIndex(scope.findData("library"))  # the whole library: there is always a card to draw
    failed = []
    for name, works in checks.items():
        before = s.to_dict()
        a[name].trigger()
        QApplication.processEvents()
        if not succeeded(works):
            failed.append(name)
    assert failed == [], failed
    assert_clean(capfd, answers, window)


def test_every_button_of_the_value_sort_works(
    qtbot, window, answers: Answers, capfd: pytest.CaptureFixture[str]
) -> None:
    window.actions.pack_value_sort.trigger()
    (sorter,) = [w for w in window.findChildren(ValueSortWindow) if w.isVisible()]
    recorder = sorter.recorder
    qtbot.mouseClick(recorder.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(recorder.add_button, Qt.MouseButton.LeftButton)
    assert recorder.sort.participants == ["P1", "P2"]
    recorder.select_participant("P2")
    assert recorder.place(recorder.pile.card_ids()[0], 0)
    qtbot.mouseClick(recorder.remove_button, Qt.MouseButton.LeftButton)
    assert answers.questions == ["Deelnemer verwijderen"]
    assert recorder.sort.participants == ["P1"]
    sorter.tabs.setCurrentIndex(1)
    qtbot.mouseClick(sorter.csv_button, Qt.MouseButton.LeftButton)
    assert (answers.out / "waardensortering.csv").is_file()
    qtbot.mouseClick(sorter.png_button, Qt.MouseButton.LeftButton)
    assert (answers.out / "waardensortering.png").read_bytes().startswith(b"\x89PNG")
    first = recorder.sort
    qtbot.mouseClick(sorter.new_button, Qt.MouseButton.LeftButton)
    assert recorder.sort is not first and recorder.sort.participants == []
    sorter.close()
    assert_clean(capfd, answers, window)
