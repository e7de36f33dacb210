"""What Orca would find: unnamed controls and the focus on each screen, read through AT-SPI.

Runs with Debian's /usr/bin/python3 (python3-pyatspi), inside a D-Bus session and an X server;
it starts the accessibility bus, a window manager and the app (``atspi_driver.py`` from the
project's .venv), then walks the accessibility tree of every screen the driver shows. Not part
of ``make test``; how to run it is in the README ("Keyboard and screen reader").

    xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- /usr/bin/python3 packaging/atspi_check.py

Exit code 0 when no screen has an unnamed control, the focus starts in the search field, Tab
in the reader lands on a link, and the presenter's timer reads as words that change politely:
not while it runs within a minute, but when it pauses.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyatspi
from gi.repository import Atspi, GLib

ROOT = Path(__file__).resolve().parents[1]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PROGRESS_BAR,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_DIALOG,
    pyatspi.ROLE_FRAME,
    pyatspi.ROLE_WINDOW,
}
CELLS = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM}
HEADERS = {pyatspi.ROLE_TABLE_COLUMN_HEADER, pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_TABLE_ROW_HEADER}
FILLER_WINDOWS = {pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL}


def start_desktop() -> list[subprocess.Popen]:
    """The accessibility bus and registry, and a window manager (for focus and activation)."""
    started = []
    for command in (
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
        ["/usr/libexec/at-spi2-registryd"],
        [shutil.which("openbox") or shutil.which("xfwm4") or "openbox"],
    ):
        started.append(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
    return started


def start_app() -> subprocess.Popen:
    """The app, driven screen by screen from its stdin."""
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.Popen(
        [str(VENV_PYTHON), str(ROOT / "packaging" / "atspi_driver.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def find_app(pid: int):
    """The app's accessible object on the desktop."""
    for _ in range(60):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away while we looked
                continue
        time.sleep(0.5)
    raise SystemExit("the app never appeared on the accessibility bus")


def showing(node) -> bool:
    """On screen: showing and visible."""
    states = node.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def describe(node) -> str:
    """Role, name and where it sits, for the report."""
    path, parent = [], node.parent
    while parent is not None and parent.getRole() != pyatspi.ROLE_APPLICATION and len(path) < 4:
        path.append(f"{parent.getRoleName()} {parent.name!r}")
        parent = parent.parent
    return f"{node.getRoleName()} {node.name!r} in {' < '.join(path)}"


def problems_in(node, found: list[str], depth: int = 0) -> None:
    """Unnamed controls under ``node``."""
    if node is None or depth > 60:
        return
    try:
        role, name, states = node.getRole(), (node.name or "").strip(), node.getState()
    except Exception:
        return
    if not showing(node) and depth > 0:
        return
    if role in HEADERS and (not name or name.isdigit()):
        found.append("header named " + describe(node))
    elif role in CELLS and not name and states.contains(pyatspi.STATE_FOCUSABLE):
        found.append("empty cell: " + describe(node))
    elif role in INTERACTIVE and not name:
        found.append("unnamed: " + describe(node))
    if role == pyatspi.ROLE_PROGRESS_BAR and name:
        value = node.queryValue().currentValue
        print(f"   {node.getRoleName()} {name!r}: value {value:g}, description {node.description!r}")
    if role in CELLS:
        return  # a cell's children are its parts; the cell speaks for them
    for index in range(node.childCount):
        problems_in(node.getChildAtIndex(index), found, depth + 1)


def check_screen(app) -> list[str]:
    """Problems on the screen now shown."""
    found: list[str] = []
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is None or not showing(window):
            continue
        if window.getRole() in FILLER_WINDOWS:
            found.append(f"window with role {window.getRoleName()!r}: {window.name!r}")
        print(f"   window: {window.getRoleName()} {window.name!r}")
        if not (window.name or "").strip():
            found.append("unnamed window: " + window.getRoleName())
        problems_in(window, found)
    return found


class Ears:
    """What a screen reader hears besides focus: announcements from the app."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        self.renamed: list[str] = []  # new names of the object with the focus (Orca reads them)
        self.focus = ""  # the object of the last focus event: where Orca is
        self.focused = None
        self.listener = Atspi.EventListener.new(self._on_event)
        self.listener.register("object:announcement")
        self.listener.register("object:state-changed:focused")
        self.listener.register("object:property-change:accessible-name")

    def _on_event(self, event) -> None:
        if event.type.startswith("object:property-change:accessible-name"):
            if event.source is not None and event.source == self.focused:
                self.renamed.append(event.any_data if isinstance(event.any_data, str) else "")
            return
        if event.type.startswith("object:state-changed:focused"):
            if event.detail1 == 1 and event.source is not None:
                try:
                    self.focus = describe(event.source)
                    self.focused = event.source
                except Exception:  # an object that went away before we asked
                    self.focus = "(gone)"
            return
        text = event.any_data if isinstance(event.any_data, str) else ""
        self.heard.append(text or (event.source.name if event.source is not None else event.type))

    def take(self) -> list[str]:
        """What was heard since the last call."""
        heard, self.heard = self.heard, []
        return heard

    def take_renamed(self) -> list[str]:
        """The focused object's new names since the last call."""
        renamed, self.renamed = self.renamed, []
        return renamed


def expectation_failed(screen: str, focus: str, renamed: list[str]) -> str:
    """What is wrong with the focus or the names heard on ``screen`` ("" when nothing)."""
    if screen == "search" and not focus.startswith(("text 'Zoeken'", "entry 'Zoeken'")):
        return "focus is not in the search field"
    if screen == "reader_link" and not focus.startswith("link '"):
        return "Tab in the reader did not land on a link"
    if screen == "presenter_timer" and "nog " not in focus:
        return "the timer does not read as words"
    if screen == "timer_idle" and renamed:
        return "the running timer changed its name within a minute"
    if screen == "timer_paused" and not any(name.startswith("gepauzeerd") for name in renamed):
        return "the timer did not say it paused"
    return ""


def lines_of(stream) -> queue.Queue:
    """The app's stdout, line by line, read on a thread so the AT-SPI events keep coming."""
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line.strip())
        lines.put("DONE")

    threading.Thread(target=read, daemon=True).start()
    return lines


def next_line(lines: queue.Queue) -> str:
    """The next line, pumping AT-SPI events while waiting."""
    context = GLib.MainContext.default()
    while True:
        while context.iteration(False):
            pass
        try:
            return lines.get(timeout=0.05)
        except queue.Empty:
            continue


def main() -> int:
    """Walk every screen; report and exit 1 on problems."""
    if not VENV_PYTHON.exists():
        raise SystemExit("run `make test` once first: it creates .venv")
    helpers = start_desktop()
    app_process = start_app()
    failed = False
    try:
        ears = Ears()  # listening before the app starts, so the first focus is heard
        app = find_app(app_process.pid)
        lines = lines_of(app_process.stdout)
        while (line := next_line(lines)) != "DONE":
            if not line.startswith("SCREEN "):
                continue
            screen = line.removeprefix("SCREEN ")
            found = check_screen(app)
            print(f"== {screen}: {len(found)} unnamed; focus event on: {ears.focus or 'none'}")
            for problem in found:
                print("   " + problem)
            for text in ears.take():
                print(f"   announced: {text!r}")
            renamed = ears.take_renamed()
            for name in renamed:
                print(f"   focused object renamed: {name!r}")
            failed = failed or bool(found)
            if problem := expectation_failed(screen, ears.focus, renamed):
                print("   " + problem)
                failed = True
            app_process.stdin.write("next\n")
            app_process.stdin.flush()
    finally:
        app_process.terminate()
        app_process.wait(10)
        for helper in helpers:
            helper.terminate()
    print(
        "AT-SPI check:",
        "problems found"
        if failed
        else "no unnamed controls; focus starts in the search field; links and the timer speak",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
