"""The workshop run: navigation, timer levels, ahead/behind, and saving and resuming a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.core.model import Block, Pack
from goedwerk.core.store.catalog import Catalog
from goedwerk.core.workshop.runs import clear_run, load_run, save_run
from goedwerk.core.workshop.session import WorkshopSession, format_duration, level_for


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += minutes * 60 + seconds


def make_pack(start: str | None = "13:30") -> Pack:
    blocks = (
        Block("Opening", 10, "intro", "Welkom.", ("question:q-open-1",)),
        Block("Verhaal lezen", 20, "story", "Lees samen.", ("story:de-nota", "story:de-cadeaubon")),
        Block("Afspraak", 5, "reflection", "Maak een afspraak."),
    )
    return Pack("p1", "Teamsessie", start=start, blocks=blocks)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def run(clock: FakeClock) -> WorkshopSession:
    return WorkshopSession(make_pack(), clock)


def test_a_new_run_waits_at_the_first_block_with_the_full_time(
    run: WorkshopSession, clock: FakeClock
) -> None:
    assert not run.running and not run.started
    clock.advance(minutes=3)
    assert run.current_block.title == "Opening"
    assert run.time_left() == 600
    assert run.current_ref == "question:q-open-1"
    assert run.upcoming_block.title == "Verhaal lezen"


def test_time_comes_from_the_clock_not_from_ticks(run: WorkshopSession, clock: FakeClock) -> None:
    run.resume()
    clock.advance(minutes=4, seconds=30)
    assert run.time_left() == pytest.approx(330)
    assert run.reading().elapsed == pytest.approx(270)


def test_level_turns_amber_at_20_percent_and_red_at_5_percent(run: WorkshopSession, clock: FakeClock) -> None:
    run.resume()
    clock.advance(minutes=7, seconds=59)
    assert run.level() == "normal"
    clock.advance(seconds=1)  # 2:00 of 10:00 left
    assert run.level() == "amber"
    clock.advance(seconds=89)
    assert run.level() == "amber"
    clock.advance(seconds=1)  # 0:30 left
    assert run.level() == "red"
    clock.advance(minutes=2)
    assert run.time_left() == pytest.approx(-90)
    assert run.level() == "red"


def test_pause_stops_the_block_clock_and_resume_continues(run: WorkshopSession, clock: FakeClock) -> None:
    run.resume()
    clock.advance(minutes=2)
    assert run.pause()
    clock.advance(minutes=30)
    assert run.time_left() == pytest.approx(480)
    assert run.toggle_pause() is True
    clock.advance(minutes=1)
    assert run.time_left() == pytest.approx(420)
    assert not run.resume()


def test_plus_five_extends_the_block_and_the_pack_runs_later(run: WorkshopSession, clock: FakeClock) -> None:
    run.resume()
    clock.advance(minutes=9, seconds=45)
    assert run.level() == "red"
    run.add_minutes()
    assert run.time_left() == pytest.approx(315)
    assert run.level() == "normal"
    assert run.pack_delta() == pytest.approx(300)
    assert run.end_times() == ("14:05", "14:10")


def test_skip_ahead_is_ahead_of_schedule_and_back_keeps_block_time(
    run: WorkshopSession, clock: FakeClock
) -> None:
    run.resume()
    clock.advance(minutes=4)
    assert run.next_block()
    assert run.current_block.title == "Verhaal lezen"
    assert run.time_left() == 1200
    assert run.pack_delta() == pytest.approx(-360)
    clock.advance(minutes=1)
    assert run.previous_block()
    assert run.time_left() == pytest.approx(360)
    assert run.block_elapsed(1) == pytest.approx(60)
    assert run.pack_delta() == pytest.approx(0)  # block 1 still needs 19 of its 20 minutes
    assert not run.previous_block()


def test_over_time_puts_the_pack_behind(run: WorkshopSession, clock: FakeClock) -> None:
    run.resume()
    clock.advance(minutes=13)
    assert run.pack_delta() == pytest.approx(180)
    run.next_block()
    clock.advance(minutes=5)
    assert run.pack_delta() == pytest.approx(180)


def test_skip_stops_at_the_last_block(run: WorkshopSession) -> None:
    assert run.next_block() and run.next_block()
    assert run.is_last_block
    assert not run.next_block()
    assert run.current_ref is None and run.audience_ref is None


def test_items_and_story_pages_step_in_order(run: WorkshopSession) -> None:
    run.next_block()
    assert run.current_ref == "story:de-nota"
    assert run.step_forward(pages=2) and run.page == 1
    assert run.step_forward(pages=2)
    assert (run.current_ref, run.page) == ("story:de-cadeaubon", 0)
    assert not run.next_item()
    assert run.step_back(pages=3)
    assert (run.current_ref, run.page) == ("story:de-nota", 0)
    run.select_item(1)
    run.next_block()
    assert run.item == 0


def test_blanking_hides_the_item_from_the_room(run: WorkshopSession) -> None:
    assert run.audience_ref == "question:q-open-1"
    assert run.toggle_blank() is True
    assert run.audience_ref is None
    run.set_blank(False)
    assert run.audience_ref == "question:q-open-1"


def test_a_round_trip_restores_block_and_elapsed_time(run: WorkshopSession, clock: FakeClock) -> None:
    run.resume()
    run.next_block()
    run.add_minutes()
    run.next_item()
    clock.advance(minutes=6)
    data = run.to_dict()
    later = FakeClock(start=50.0)  # a new process: the monotonic clock starts elsewhere
    again = WorkshopSession.from_dict(make_pack(), data, later)
    assert again.running and again.current_ref == "story:de-cadeaubon"
    assert again.time_left() == pytest.approx(1140)
    later.advance(minutes=1)
    assert again.time_left() == pytest.approx(1080)


def test_a_paused_run_resumes_paused(run: WorkshopSession, clock: FakeClock) -> None:
    run.resume()
    clock.advance(minutes=3)
    run.pause()
    again = WorkshopSession.from_dict(make_pack(), run.to_dict(), clock)
    clock.advance(minutes=10)
    assert not again.running and again.time_left() == pytest.approx(420)


def test_restoring_into_a_changed_pack_clamps_indexes(run: WorkshopSession) -> None:
    run.next_block()
    run.next_block()
    smaller = Pack("p1", "Kort", blocks=(Block("Alleen", 5, "intro"),))
    again = WorkshopSession.from_dict(smaller, run.to_dict())
    assert again.block == 0 and len(again.elapsed) == 1


def test_a_pack_without_start_time_has_no_end_times_and_no_blocks_no_timer() -> None:
    assert WorkshopSession(make_pack(start=None)).end_times() is None
    empty = WorkshopSession(Pack("e", "Leeg"))
    assert empty.current_block is None and not empty.resume() and empty.time_left() == 0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(600, "10:00"), (59.2, "1:00"), (0.4, "0:01"), (0, "0:00"), (-61, "\u22121:01"), (3725, "1:02:05")],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_level_for_a_zero_length_block_is_red() -> None:
    assert level_for(0, 0) == "red"


def test_runs_are_saved_loaded_and_cleared_in_the_catalog(tmp_path: Path, run: WorkshopSession) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite")
    assert load_run(catalog, "p1") is None
    run.next_block()
    save_run(catalog, "p1", run.to_dict())
    catalog.close()
    catalog = Catalog(tmp_path / "catalog.sqlite")
    assert load_run(catalog, "p1")["block"] == 1
    clear_run(catalog, "p1")
    assert load_run(catalog, "p1") is None
    catalog.close()
