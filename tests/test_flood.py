"""The per-user flood guard (pure, with an injected clock)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.flood import FloodGuard, Verdict

ALLOW, NOTICE, DROP = Verdict.ALLOW, Verdict.NOTICE, Verdict.DROP


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_limit_then_one_notice_then_silence() -> None:
    guard = FloodGuard(20, 60, clock=Clock())
    verdicts = [guard.check(1) for _ in range(25)]
    assert verdicts == [ALLOW] * 20 + [NOTICE] + [DROP] * 4


def test_other_users_are_unaffected() -> None:
    guard = FloodGuard(3, 60, clock=Clock())
    for _ in range(10):
        guard.check("spammer")
    assert [guard.check("polite") for _ in range(3)] == [ALLOW] * 3


def test_window_slides() -> None:
    clock = Clock()
    guard = FloodGuard(3, 60, clock=clock)
    for t in (0, 10, 20):
        clock.now = 1000 + t
        assert guard.check(1) is ALLOW
    clock.now = 1030
    assert guard.check(1) is NOTICE
    clock.now = 1059.9
    assert guard.check(1) is DROP
    clock.now = 1060.0  # the message of t=0 leaves the window
    assert guard.check(1) is ALLOW
    assert guard.check(1) is NOTICE  # over the limit again: a new notice
    clock.now = 1070.0  # t=10 leaves
    assert guard.check(1) is ALLOW
    assert guard.check(1) is NOTICE


def test_dropped_messages_do_not_extend_the_silence() -> None:
    clock = Clock()
    guard = FloodGuard(2, 60, clock=clock)
    assert [guard.check(1) for _ in range(3)] == [ALLOW, ALLOW, NOTICE]
    for t in range(1, 60):
        clock.now = 1000 + t - 0.5
        assert guard.check(1) is DROP
    clock.now = 1060
    assert guard.check(1) is ALLOW


def test_idle_users_are_forgotten() -> None:
    clock = Clock()
    guard = FloodGuard(5, 60, clock=clock)
    for user in range(100):
        guard.check(user)
    assert len(guard) == 100
    clock.now += 30
    guard.check("late")
    assert len(guard) == 101
    clock.now += 30.001
    guard.check("later")
    assert len(guard) == 2  # "late" and "later"


def test_memory_is_bounded() -> None:
    guard = FloodGuard(5, 60, max_users=50, clock=Clock())
    for user in range(10_000):
        guard.check(user)
        assert len(guard) <= 50


def test_most_recent_users_are_kept_under_pressure() -> None:
    guard = FloodGuard(1, 60, max_users=2, clock=Clock())
    guard.check("a")
    guard.check("b")
    guard.check("a")  # a is now the most recent (and over the limit: NOTICE)
    guard.check("c")  # evicts b
    assert guard.check("a") is DROP  # a's state was kept


@pytest.mark.parametrize(
    ("limit", "window", "max_users"), [(0, 60, 10), (20, 0, 10), (20, -1, 10), (20, 60, 0)]
)
def test_invalid_settings(limit: int, window: float, max_users: int) -> None:
    with pytest.raises(ValueError):
        FloodGuard(limit, window, max_users=max_users)


@settings(max_examples=200, deadline=None)
@given(
    limit=st.integers(1, 6),
    window=st.floats(1, 100),
    events=st.lists(st.tuples(st.floats(0, 50, allow_nan=False), st.integers(0, 3)), max_size=120),
)
def test_properties(limit: int, window: float, events: list[tuple[float, int]]) -> None:
    """Never more than ``limit`` allowed in any window; one notice per throttled stretch; a
    user's verdicts never depend on other users."""
    clock = Clock(0.0)
    guard = FloodGuard(limit, window, clock=clock)
    per_user: dict[int, list[tuple[float, Verdict]]] = {}
    now = 0.0
    for step, user in events:
        now += step
        clock.now = now
        per_user.setdefault(user, []).append((now, guard.check(user)))

    for user, seen in per_user.items():
        allowed = [t for t, v in seen if v is ALLOW]
        for i, t in enumerate(allowed):
            in_window = [u for u in allowed[i:] if u < t + window]
            assert len(in_window) <= limit
        # After a NOTICE, the next non-DROP verdict is an ALLOW (no second notice in a row).
        last = None
        for _, v in seen:
            if v is NOTICE:
                assert last is not NOTICE
            if v is not DROP:
                last = v
        # The same user alone gets the same verdicts.
        alone_clock = Clock(0.0)
        alone = FloodGuard(limit, window, clock=alone_clock)
        replay = []
        for t, _ in seen:
            alone_clock.now = t
            replay.append(alone.check(user))
        assert replay == [v for _, v in seen]
