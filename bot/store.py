"""What people asked that the bot could not answer, and what they thought of its answers.

One embedded SQLite file, ``DATA_DIR/summitbot.sqlite3`` (no server). Two tables:

* ``questions`` — refused questions and low-confidence answers: time (UTC, ISO 8601), language,
  normalised text, the text as typed (at most 500 characters), answer kind, answered (0/1), best
  score and best candidate entry id;
* ``feedback`` — 👍/👎 presses: time, entry id, vote (+1/-1), knowledge-base version.

**Privacy.** No user id, username, name or chat id is ever written: the API has no parameter for
them. Double presses are caught by :class:`bot.votes.FeedbackGuard`, in memory only, with salted
hashes; the questions are grouped into gaps by :mod:`bot.gaps`.

**Failure policy.** Recording is a side job: the bot must keep answering when the database is
locked, unwritable, corrupt or from a newer version. Every write catches the error, logs ONE
warning (then stays quiet until a write succeeds again, which is logged at INFO with the number
of records lost) and returns. ``busy_timeout`` is 200 ms, and after a failure writes are skipped
for :data:`RETRY_AFTER` seconds, so a lock held elsewhere delays one reply by 200 ms at most. The
reports (:meth:`Store.gaps`, :meth:`Store.feedback_report`) are for curators and raise
:class:`StoreError` instead, so the CLI and ``/gaps`` can say what is wrong.

**Schema.** ``PRAGMA user_version`` holds the number of :data:`MIGRATIONS` applied; opening a
database applies the missing ones in one transaction. Append new migrations, never edit old ones.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from bot.answer import Answer
from bot.config import Settings
from bot.gaps import Gap, QuestionRow, group_questions
from bot.text import normalize

log = logging.getLogger(__name__)

DB_FILENAME = "summitbot.sqlite3"
#: Answers scoring below this (while still answering) are logged as low-confidence.
LOW_CONFIDENCE = 0.7
#: The question text kept, in characters.
MAX_TEXT = 500
#: How long a write waits for a lock held by someone else before giving up, in milliseconds.
BUSY_TIMEOUT_MS = 200
#: After a failed write, writes are skipped (counted as lost) for this many seconds, so a lock
#: held elsewhere costs one reply 200 ms, not every reply.
RETRY_AFTER = 5.0
#: Answer kinds that are never worth logging: the help text, and the /people, /sources lists
#: (answered with score 0 because they are not matches).
NOT_LOGGED_KINDS = frozenset({"help", "people", "sources"})

#: Numbered schema migrations: ``MIGRATIONS[i]`` takes ``user_version`` i to i + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            lang TEXT NOT NULL,
            text_normalised TEXT NOT NULL,
            text TEXT NOT NULL,
            answered INTEGER NOT NULL,
            best_score REAL NOT NULL,
            best_candidate TEXT
        )""",
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
            kb_version TEXT NOT NULL
        )""",
    ),
    (
        "ALTER TABLE questions ADD COLUMN kind TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX questions_at ON questions (at)",
        "CREATE INDEX feedback_entry ON feedback (entry_id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The database cannot be read (reports only; writes never raise)."""


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackRow:
    entry_id: str
    up: int
    down: int
    last_vote: dt.datetime

    @property
    def total(self) -> int:
        return self.up + self.down

    @property
    def down_share(self) -> float:
        return self.down / self.total if self.total else 0.0


# --- helpers -------------------------------------------------------------------------------


def should_record(answer: Answer) -> bool:
    """Refusals (except the help text) and answers scoring below :data:`LOW_CONFIDENCE`."""
    if answer.kind in NOT_LOGGED_KINDS:
        return False
    return not answer.answered or answer.score < LOW_CONFIDENCE


def best_candidate(answer: Answer) -> str | None:
    """The answered entry, else the first suggestion, else None."""
    if answer.entries:
        return answer.entries[0]
    if answer.suggestions:
        return answer.suggestions[0].id
    return None


def printable(text: str) -> str:
    """The text without control, format (zero-width, bidi override) or surrogate characters,
    whitespace collapsed: safe to store and to print in a terminal or a chat."""
    kept = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())


def iso(timestamp: float) -> str:
    """UTC ISO 8601 with seconds; fixed width, so text order is time order."""
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).isoformat(timespec="seconds")


def db_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / DB_FILENAME


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`; returns the version found.

    Raises :class:`StoreError` for a database written by a newer summitbot.
    """
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if found == SCHEMA_VERSION:
        return found
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {found} is newer than this summitbot ({SCHEMA_VERSION})"
        )
    if found == 0:
        # Readers (the CLI reports) never block the bot's writes; persistent in the file.
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = int(conn.execute("PRAGMA user_version").fetchone()[0])  # another process?
        for statements in MIGRATIONS[current:]:
            for sql in statements:
                conn.execute(sql)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    log.info("database schema migrated from version %d to %d", found, SCHEMA_VERSION)
    return found


# --- the store -----------------------------------------------------------------------------


class Recorder(Protocol):
    """What the front ends use: :class:`Store`, or :class:`NullStore` when recording is off."""

    @property
    def enabled(self) -> bool: ...

    def record_question(self, question: str, answer: Answer) -> None: ...

    def record_feedback(self, entry_id: str, vote: int, kb_version: str) -> None: ...

    def gaps(self, since_days: float | None = None, limit: int = 20) -> list[Gap]: ...

    def feedback_report(self) -> list[FeedbackRow]: ...

    def close(self) -> None: ...


class Store:
    """The SQLite store. Thread-safe (one connection, one lock); writes never raise."""

    def __init__(
        self,
        path: Path | str,
        *,
        clock: Callable[[], float] = time.time,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        retry_after: float = RETRY_AFTER,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._busy_ms = busy_timeout_ms
        self._retry_after = retry_after
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._failing = False
        self._retry_at = 0.0  # time.monotonic(): no write is tried before this while failing
        self._lost = 0  # records not saved since the last failure began

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        strict: bool = False,
        clock: Callable[[], float] = time.time,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        retry_after: float = RETRY_AFTER,
    ) -> Store:
        """Open (creating directories, file and schema, migrating an older schema).

        Never raises unless ``strict``: a store that cannot open logs one warning and tries
        again on a later write. ``strict=True`` (curator tools) raises :class:`StoreError`.
        """
        store = cls(path, clock=clock, busy_timeout_ms=busy_timeout_ms, retry_after=retry_after)
        with store._lock:
            try:
                store._connection()
            except (sqlite3.Error, OSError, StoreError) as exc:
                if strict:
                    raise StoreError(f"cannot open {store.path}: {exc}") from exc
                store._failed("open", exc)
        return store

    @property
    def enabled(self) -> bool:
        return True

    # -- connection ---------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """The open connection, (re)connecting and migrating if needed. Call under the lock."""
        if self._conn is not None:
            return self._conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path,
            timeout=self._busy_ms / 1000,
            isolation_level=None,  # autocommit; transactions are explicit
            check_same_thread=False,  # guarded by self._lock
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_ms)}")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def _failed(self, action: str, exc: BaseException) -> None:
        self._retry_at = time.monotonic() + self._retry_after
        if not self._failing:
            self._failing = True
            log.warning(
                "cannot %s the question database %s (%s: %s); the bot keeps answering "
                "without recording, and says so again only once it works",
                action,
                self.path,
                type(exc).__name__,
                exc,
            )
        else:
            log.debug("still cannot %s %s: %s", action, self.path, exc)

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        with self._lock:
            if self._failing and time.monotonic() < self._retry_at:
                self._lost += 1  # do not wait on a lock again for every reply
                return
            try:
                self._connection().execute(sql, params)
            except (sqlite3.Error, OSError, ValueError, StoreError) as exc:
                self._drop()  # reconnect next time: the file may be fixed or replaced
                self._lost += 1
                self._failed("write to", exc)
                return
            if self._failing:
                log.info(
                    "recording to %s works again (%d record(s) were not saved meanwhile)",
                    self.path,
                    self._lost,
                )
                self._failing = False
                self._lost = 0

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._connection().execute(sql, params).fetchall()
            except (sqlite3.Error, OSError) as exc:
                self._drop()
                raise StoreError(f"cannot read {self.path}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._drop()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes (never raise) -----------------------------------------------------------------

    def record_question(self, question: str, answer: Answer) -> None:
        """Log a refusal or a low-confidence answer (see :func:`should_record`); anything
        else, and questions with no words, are ignored. Never raises."""
        if not should_record(answer):
            return
        text = printable(question)[:MAX_TEXT]
        norm = normalize(text)[:MAX_TEXT]
        if not norm:
            return
        self._write(
            "INSERT INTO questions (at, lang, text_normalised, text, kind, answered, best_score,"
            " best_candidate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                iso(self._clock()),
                answer.lang,
                norm,
                text,
                answer.kind,
                int(answer.answered),
                round(float(answer.score), 4),
                best_candidate(answer),
            ),
        )

    def record_feedback(self, entry_id: str, vote: int, kb_version: str) -> None:
        """Log one 👍 (+1) or 👎 (-1) for an entry. Never raises for database trouble; a vote
        other than +1/-1 is a caller bug and raises ValueError."""
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")
        self._write(
            "INSERT INTO feedback (at, entry_id, vote, kb_version) VALUES (?, ?, ?, ?)",
            (iso(self._clock()), printable(entry_id)[:100], vote, printable(kb_version)[:64]),
        )

    # -- reports (raise StoreError) -----------------------------------------------------------

    def questions(self, since_days: float | None = None) -> list[QuestionRow]:
        """Every logged question (of the last ``since_days`` days), oldest first."""
        sql = (
            "SELECT at, lang, text_normalised, text, kind, answered, best_score, best_candidate"
            " FROM questions"
        )
        params: tuple[Any, ...] = ()
        if since_days is not None:
            sql += " WHERE at >= ?"
            params = (iso(self._clock() - since_days * 86400),)
        rows = self._read(sql + " ORDER BY at, id", params)
        return [
            QuestionRow(
                dt.datetime.fromisoformat(r[0]), r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7]
            )
            for r in rows
        ]

    def gaps(self, since_days: float | None = None, limit: int = 20) -> list[Gap]:
        """The most frequent unanswered questions, near-duplicates grouped (see
        :func:`group_questions`). Raises :class:`StoreError` if the database cannot be read."""
        return group_questions(self.questions(since_days), limit)

    def feedback_report(self) -> list[FeedbackRow]:
        """Entries ranked by 👎 share, then by number of 👎, then id."""
        rows = self._read(
            "SELECT entry_id, SUM(vote = 1), SUM(vote = -1), MAX(at) FROM feedback"
            " GROUP BY entry_id"
        )
        out = [
            FeedbackRow(r[0], int(r[1]), int(r[2]), dt.datetime.fromisoformat(r[3])) for r in rows
        ]
        out.sort(key=lambda f: (-f.down_share, -f.down, f.entry_id))
        return out


class NullStore:
    """``RECORD_QUESTIONS=0``: the same API, nothing written, no file created."""

    @property
    def enabled(self) -> bool:
        return False

    def record_question(self, question: str, answer: Answer) -> None:
        return None

    def record_feedback(self, entry_id: str, vote: int, kb_version: str) -> None:
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")

    def gaps(self, since_days: float | None = None, limit: int = 20) -> list[Gap]:
        return []

    def feedback_report(self) -> list[FeedbackRow]:
        return []

    def close(self) -> None:
        return None


def store_from_settings(settings: Settings) -> Recorder:
    """What the Telegram bot opens at start: a :class:`Store` in ``DATA_DIR``, or a
    :class:`NullStore` when ``RECORD_QUESTIONS=0``. Never raises."""
    if not settings.record_questions:
        log.info("RECORD_QUESTIONS=0: unanswered questions and feedback are not recorded")
        return NullStore()
    return Store.open(db_path(settings.data_dir))
