"""A per-user flood guard: a sliding window over each user's recent messages.

``FloodGuard(limit=20, window=60).check(user_id)`` answers:

* :attr:`Verdict.ALLOW` while the user sent fewer than ``limit`` counted messages in the last
  ``window`` seconds (the message is counted);
* :attr:`Verdict.NOTICE` for the first message over the limit (the caller tells the user once
  that they are sending too fast);
* :attr:`Verdict.DROP` for every further message until the window has room again (silence).

Only allowed messages are counted, so a user who keeps writing while throttled is let through
again as soon as their oldest counted message is ``window`` seconds old; the next time they go
over the limit they get a new notice.

The guard is pure bookkeeping: it never sleeps and never awaits, so a throttled user can't slow
anybody else down, and the check plus the update of the counters is atomic on an event loop.
Memory is bounded: users idle for a whole window are forgotten (amortised O(1) per call, oldest
first), and at most ``max_users`` users are tracked (the least recently active one is forgotten
first). The clock is injectable for tests.
"""

from __future__ import annotations

import enum
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

__all__ = ["FloodGuard", "Verdict"]


class Verdict(enum.Enum):
    ALLOW = "allow"
    NOTICE = "notice"
    DROP = "drop"


@dataclass
class _UserState:
    #: Times of the counted (allowed) messages inside the window, oldest first.
    times: deque[float] = field(default_factory=deque)
    #: Whether the user was already told they are too fast during the current throttling.
    noticed: bool = False
    #: The time of the user's last message of any kind (for eviction order).
    last_seen: float = 0.0


class FloodGuard:
    """Sliding-window rate limit per key (a Telegram user id)."""

    def __init__(
        self,
        limit: int = 20,
        window: float = 60.0,
        *,
        max_users: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        if max_users < 1:
            raise ValueError("max_users must be at least 1")
        self.limit = limit
        self.window = float(window)
        self.max_users = max_users
        self._clock = clock
        # Least recently seen first, so idle users are found (and evicted) at the front.
        self._users: OrderedDict[Hashable, _UserState] = OrderedDict()

    def __len__(self) -> int:
        """The number of users currently tracked."""
        return len(self._users)

    def check(self, key: Hashable) -> Verdict:
        """Record one message from ``key`` and say what to do with it."""
        now = self._clock()
        self._evict_idle(now)
        state = self._users.get(key)
        if state is None:
            state = _UserState()
            self._users[key] = state
            if len(self._users) > self.max_users:
                self._users.popitem(last=False)
        else:
            self._users.move_to_end(key)
        state.last_seen = now
        horizon = now - self.window
        while state.times and state.times[0] <= horizon:
            state.times.popleft()
        if len(state.times) < self.limit:
            state.times.append(now)
            state.noticed = False
            return Verdict.ALLOW
        if not state.noticed:
            state.noticed = True
            return Verdict.NOTICE
        return Verdict.DROP

    def _evict_idle(self, now: float) -> None:
        horizon = now - self.window
        while self._users:
            key, state = next(iter(self._users.items()))
            if state.last_seen > horizon:
                break
            del self._users[key]
