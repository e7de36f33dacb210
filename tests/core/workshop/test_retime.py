"""The programme re-timed live: +5, a pause and an overrun move every following block."""

from __future__ import annotations

from goedwerk.core.model import Block, Pack
from goedwerk.core.workshop.retime import retimed
from goedwerk.core.workshop.session import WorkshopSession


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


def make_run() -> tuple[WorkshopSession, FakeClock]:
    blocks = (
        Block("Opening", 10, "intro"),
        Block("Verhaal", 20, "story"),
        Block("Afspraak", 5, "reflection"),
    )
    clock = FakeClock()
    return WorkshopSession(Pack("p1", "Teamsessie", start="13:30", blocks=blocks), clock), clock


def expected(run: WorkshopSession) -> list[str]:
    return [f"{r.expected.start}–{r.expected.end}" for r in retimed(run)]


def test_an_untouched_run_is_expected_as_planned() -> None:
    run, _clock = make_run()
    assert expected(run) == ["13:30–13:40", "13:40–14:00", "14:00–14:05"]
    assert not any(r.moved for r in retimed(run))


def test_five_more_minutes_move_the_following_blocks_and_the_end() -> None:
    run, _clock = make_run()
    run.add_minutes()
    assert expected(run) == ["13:30–13:45", "13:45–14:05", "14:05–14:10"]
    assert [r.moved for r in retimed(run)] == [True, True, True]
    assert run.end_times() == ("14:05", "14:10")


def test_a_pause_after_the_start_moves_what_follows_live() -> None:
    run, clock = make_run()
    run.resume()
    clock.advance(4)
    run.pause()
    clock.advance(7)  # the group takes a break the programme did not plan
    assert expected(run) == ["13:30–13:47", "13:47–14:07", "14:07–14:12"]
    run.resume()
    clock.advance(3)
    assert expected(run) == ["13:30–13:47", "13:47–14:07", "14:07–14:12"]
    assert run.end_times() == ("14:05", "14:12")


def test_an_overrun_pushes_the_next_blocks_minute_by_minute() -> None:
    run, clock = make_run()
    run.resume()
    clock.advance(12)
    assert expected(run) == ["13:30–13:42", "13:42–14:02", "14:02–14:07"]
    run.next_block()
    clock.advance(5)
    assert expected(run) == ["13:30–13:42", "13:42–14:02", "14:02–14:07"]


def test_pauses_survive_a_saved_and_resumed_run() -> None:
    run, clock = make_run()
    run.resume()
    clock.advance(2)
    run.pause()
    clock.advance(6)
    again = WorkshopSession.from_dict(run.pack, run.to_dict(), clock)
    assert expected(again) == expected(run) == ["13:30–13:46", "13:46–14:06", "14:06–14:11"]


def test_a_run_reopened_in_a_pause_counts_the_pause_from_reopening() -> None:
    run, clock = make_run()
    run.resume()
    clock.advance(2)
    run.pause()
    later = FakeClock()  # a new process: another monotonic clock
    again = WorkshopSession.from_dict(run.pack, run.to_dict(), later)
    assert expected(again)[0] == "13:30–13:40"
    later.advance(5)
    assert expected(again)[0] == "13:30–13:45"
