"""Counting each 👍/👎 once per user and message without storing who voted.

Kept apart from the SQLite store: the database never learns who pressed a button, so this
guard lives in memory only (see :class:`FeedbackGuard`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable


class FeedbackGuard:
    """Remembers who already pressed 👍/👎 on a message, without the database ever knowing.

    Why this shape: the issue forbids storing who voted, yet a second press by the same user on
    the same message must not count twice. So the check lives in memory only (never written to
    disk, gone on restart) and keeps only ``HMAC-SHA256(salt, user:chat:message)`` truncated to
    16 bytes, never the ids. The salt is random and replaced every ``rotate_every`` seconds
    (24 h); the previous generation is kept for one more period so a press is remembered for
    24–48 h, then the old salt is thrown away. Without the salt, a hash of a Telegram user id
    could be reversed by trying every id; with a discarded salt, even a memory dump of old
    entries says nothing. The set is also bounded (``max_size``, oldest dropped first).

    For inline-mode messages pass ``chat_id=None`` and the ``inline_message_id`` as
    ``message_id``.
    """

    def __init__(
        self,
        *,
        rotate_every: float = 86400.0,
        max_size: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._rotate_every = rotate_every
        self._max_size = max_size
        self._clock = clock
        self._lock = threading.Lock()
        self._salt = secrets.token_bytes(32)
        self._seen: dict[bytes, None] = {}  # insertion-ordered: oldest first
        self._old_salt: bytes | None = None
        self._old_seen: dict[bytes, None] = {}
        self._rotated_at = clock()

    @staticmethod
    def _digest(
        salt: bytes, user_id: int, chat_id: int | str | None, message_id: int | str
    ) -> bytes:
        key = f"{user_id}:{chat_id}:{message_id}".encode()
        return hmac.new(salt, key, hashlib.sha256).digest()[:16]

    def _rotate_if_due(self) -> None:
        now = self._clock()
        periods = int((now - self._rotated_at) // self._rotate_every)
        if periods <= 0:
            return
        if periods == 1:
            self._old_salt, self._old_seen = self._salt, self._seen
        else:  # idle for two periods or more: everything is older than the window
            self._old_salt, self._old_seen = None, {}
        self._salt = secrets.token_bytes(32)
        self._seen = {}
        self._rotated_at += periods * self._rotate_every

    def first_press(self, user_id: int, chat_id: int | str | None, message_id: int | str) -> bool:
        """True the first time this user presses a feedback button on this message (count the
        vote); False for any later press (acknowledge it, do not count it)."""
        with self._lock:
            self._rotate_if_due()
            if self._old_salt is not None and (
                self._digest(self._old_salt, user_id, chat_id, message_id) in self._old_seen
            ):
                return False
            digest = self._digest(self._salt, user_id, chat_id, message_id)
            if digest in self._seen:
                return False
            self._seen[digest] = None
            while len(self._seen) > self._max_size:
                del self._seen[next(iter(self._seen))]
            return True

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen) + len(self._old_seen)

    def __repr__(self) -> str:
        return f"FeedbackGuard({len(self)} presses remembered)"
