"""The question/feedback store on a real SQLite file: logging, grouping, privacy, failures."""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answer import Answer, Block, Suggestion
from bot.config import load_settings
from bot.gaps import QuestionRow, group_questions
from bot.service import Service
from bot.store import (
    LOW_CONFIDENCE,
    MAX_TEXT,
    MIGRATIONS,
    SCHEMA_VERSION,
    NullStore,
    Store,
    StoreError,
    db_path,
    should_record,
    store_from_settings,
)
from bot.votes import FeedbackGuard

DEV_SET = Path(__file__).parent / "data" / "questions.yaml"
T0 = dt.datetime(2025, 6, 20, 14, 3, tzinfo=dt.UTC).timestamp()
DAY = 86400.0


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return db_path(tmp_path / "data")


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def refusal(question: str, *, candidate: str | None = None, lang: str = "en") -> Answer:
    sugg = (Suggestion(candidate, candidate),) if candidate else ()
    return Answer(
        question, False, "none", (Block("para", "no"),), score=0.2, suggestions=sugg, lang=lang
    )


def rows(path: Path, table: str) -> list[dict[str, Any]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        conn.close()


def warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.store" and r.levelno == logging.WARNING]


def low_confidence_question(service: Service) -> str:
    """A dev-set question the bot answers, but below LOW_CONFIDENCE (found, not hard-coded, so
    matcher tuning does not silently break the test)."""
    for item in yaml.safe_load(DEV_SET.read_text(encoding="utf-8")):
        a = service.ask(item["q"])
        if a.answered and a.score < LOW_CONFIDENCE and a.entries:
            return str(item["q"])
    raise AssertionError("no low-confidence answer left in the dev set")


# --- logging -------------------------------------------------------------------------------


def test_records_refusal_and_low_confidence_answer(service: Service, path: Path) -> None:
    store = Store.open(path, clock=Clock())
    refused_q = "What is the capital of France??"
    refused = service.ask(refused_q)
    assert not refused.answered and refused.kind == "none"
    low_q = low_confidence_question(service)
    low = service.ask(low_q)
    confident = service.ask("who is nagaspayev")
    assert confident.answered and confident.score >= LOW_CONFIDENCE
    helped = service.ask("help")
    assert helped.kind == "help"
    unknown = service.ask("what did Xi Jinping say")
    assert unknown.kind == "unknown_person"

    for q, a in [
        (refused_q, refused),
        (low_q, low),
        ("who is nagaspayev", confident),
        ("help", helped),
        ("what did Xi Jinping say", unknown),
    ]:
        store.record_question(q, a)

    got = rows(path, "questions")
    assert [r["text"] for r in got] == [refused_q, low_q, "what did Xi Jinping say"]
    first, second, third = got
    assert first == {
        "id": 1,
        "at": "2025-06-20T14:03:00+00:00",
        "lang": "en",
        "text_normalised": "what is the capital of france",
        "text": refused_q,
        "answered": 0,
        "best_score": round(refused.score, 4),
        "best_candidate": None,
        "kind": "none",
    }
    assert second["answered"] == 1 and second["kind"] == low.kind
    assert second["best_score"] == round(low.score, 4) < LOW_CONFIDENCE
    assert second["best_candidate"] == low.entries[0]
    assert third["kind"] == "unknown_person"
    assert third["best_candidate"] == unknown.suggestions[0].id  # first suggestion


def test_people_and_sources_lists_are_not_low_confidence(service: Service) -> None:
    composer = service.snapshot.composer
    assert not should_record(composer.people_answer())
    assert not should_record(composer.sources_answer())
    assert not should_record(service.ask("help"))


def test_russian_question_keeps_its_language(service: Service, path: Path) -> None:
    store = Store.open(path)
    q = "какая погода в Париже"
    a = service.ask(q)
    assert not a.answered
    store.record_question(q, a)
    (row,) = rows(path, "questions")
    assert row["lang"] == "ru"
    assert row["text_normalised"] == "какая погода в париже"


def test_text_is_truncated_and_cleaned(path: Path) -> None:
    store = Store.open(path)
    store.record_question("abc\x1b[2J\u200bdef\u202e  x\n" + "y" * 2000, refusal("q"))
    store.record_question("!!! 🙂", refusal("q"))  # no words: nothing to curate
    (row,) = rows(path, "questions")
    assert row["text"].startswith("abc[2Jdef x y")
    assert len(row["text"]) == MAX_TEXT
    assert len(row["text_normalised"]) <= MAX_TEXT


# --- grouping ------------------------------------------------------------------------------


def test_near_duplicates_form_one_group(path: Path) -> None:
    clock = Clock()
    store = Store.open(path, clock=clock)
    for q in [
        "what is the capital of france",
        "What is the capital of France??",
        "what is capital of france",
    ]:
        store.record_question(q, refusal(q))
        clock.now += 60
    store.record_question("what is the capital of spain", refusal("spain"))
    clock.now += 60
    store.record_question("when is the next summit", refusal("x", candidate="fact-next-summit"))

    gaps = store.gaps(None, 10)
    assert [(g.normalised, g.count) for g in gaps] == [
        ("what is the capital of france", 3),
        ("when is the next summit", 1),
        ("what is the capital of spain", 1),
    ]
    france = gaps[0]
    assert france.variants == 2
    assert france.refused == 3 and france.low_confidence == 0
    assert france.example == "What is the capital of France??"  # the latest of two, tied
    assert france.last_seen == dt.datetime.fromtimestamp(T0 + 120, dt.UTC)
    assert gaps[1].best_candidate == "fact-next-summit"
    assert store.gaps(None, 1) == gaps[:1]


def test_best_candidate_is_the_most_common() -> None:
    def row(cand: str | None, minute: int) -> QuestionRow:
        at = dt.datetime.fromtimestamp(T0 + 60 * minute, dt.UTC)
        return QuestionRow(at, "en", "xinjiang coal", "xinjiang coal", "none", False, 0.3, cand)

    (gap,) = group_questions(
        [row("a", 0), row("b", 1), row("b", 2), row(None, 3), row("a", 4), row("a", 5)]
    )
    assert gap.best_candidate == "a" and gap.count == 6


def test_since_filters_by_age(path: Path) -> None:
    now = time.time()
    clock = Clock(now - 10 * DAY)
    store = Store.open(path, clock=clock)
    store.record_question("old question about tea", refusal("x"))
    clock.now = now - 2 * DAY
    store.record_question("recent question about coffee", refusal("x"))
    clock.now = now
    assert [g.normalised for g in store.gaps(7, 10)] == ["recent question about coffee"]
    assert [g.normalised for g in store.gaps(11, 10)] == [
        "recent question about coffee",
        "old question about tea",
    ]
    assert store.gaps(1, 10) == []
    assert len(store.gaps(None, 10)) == 2


# --- feedback ------------------------------------------------------------------------------


def test_feedback_report_ranks_by_down_share(path: Path) -> None:
    store = Store.open(path, clock=Clock())
    for entry, vote in [
        ("a", 1),
        ("a", -1),
        ("b", -1),
        ("b", -1),
        ("c", 1),
        ("d", -1),
        ("d", -1),
        ("d", -1),
        ("d", 1),
    ]:
        store.record_feedback(entry, vote, "v1")
    report = store.feedback_report()
    assert [(r.entry_id, r.down, r.up) for r in report] == [
        ("b", 2, 0),
        ("d", 3, 1),
        ("a", 1, 1),
        ("c", 0, 1),
    ]
    assert report[1].down_share == 0.75 and report[1].total == 4
    assert rows(path, "feedback")[0] == {
        "id": 1,
        "at": "2025-06-20T14:03:00+00:00",
        "entry_id": "a",
        "vote": 1,
        "kb_version": "v1",
    }
    with pytest.raises(ValueError):
        store.record_feedback("a", 0, "v1")


def test_feedback_guard_counts_a_press_once() -> None:
    guard = FeedbackGuard()
    assert guard.first_press(111, 222, 333)
    assert not guard.first_press(111, 222, 333)
    assert not guard.first_press(111, 222, 333)
    assert guard.first_press(111, 222, 334)  # another message
    assert guard.first_press(112, 222, 333)  # another user
    assert guard.first_press(111, None, "inline-abc")  # inline message
    assert not guard.first_press(111, None, "inline-abc")


def test_feedback_guard_double_press_records_one_vote(path: Path) -> None:
    store, guard = Store.open(path), FeedbackGuard()
    for _ in range(3):  # what the callback handler does on every press
        if guard.first_press(7001, -1007002, 7003):
            store.record_feedback("fact-next-summit", -1, "v1")
    assert [(r.entry_id, r.down, r.up) for r in store.feedback_report()] == [
        ("fact-next-summit", 1, 0)
    ]


def test_feedback_guard_rotates_salt_and_forgets() -> None:
    clock = Clock(0.0)
    guard = FeedbackGuard(clock=clock)
    salt = guard._salt
    assert guard.first_press(1, 2, 3)
    clock.now = 1.5 * DAY  # one rotation: the previous generation is still checked
    assert not guard.first_press(1, 2, 3)
    assert guard._salt != salt
    clock.now = 3.1 * DAY  # two more periods: everything older is forgotten
    assert guard.first_press(1, 2, 3)
    assert len(guard) == 1


def test_feedback_guard_is_bounded_and_keeps_no_ids() -> None:
    guard = FeedbackGuard(max_size=3)
    for m in range(5):
        assert guard.first_press(987654321, 55, m)
    assert len(guard) == 3
    assert guard.first_press(987654321, 55, 0)  # the oldest was dropped
    assert "987654321" not in repr(vars(guard)) and "987654321" not in repr(guard)


# --- privacy -------------------------------------------------------------------------------

USER_ID = 987654321
CHAT_ID = -1001234567890
GROUP_CHAT_ID = -100555666777
USERNAME = "alice_privacy_probe"
FIRST_NAME = "Zyxwvuta"
LAST_NAME = "Qwertyuiopsen"


def dump(path: Path) -> list[tuple[str, str, Any]]:
    """Every value of every column of every table (and the schema) in the file."""
    conn = sqlite3.connect(path)
    try:
        out: list[tuple[str, str, Any]] = []
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master"):
            out.append(("sqlite_master", name, sql))
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            for row in conn.execute(f"SELECT * FROM {table}"):
                out += [(table, col, value) for col, value in zip(cols, row, strict=True)]
        return out
    finally:
        conn.close()


def test_no_user_or_chat_id_anywhere_in_the_database(service: Service, path: Path) -> None:
    store, guard = Store.open(path), FeedbackGuard()
    # The API itself has no place for who asked.
    for method in (store.record_question, store.record_feedback):
        names = set(inspect.signature(method).parameters)
        assert not {n for n in names if any(k in n for k in ("user", "chat", "name"))}

    # What the Telegram layer will do, with what it has at hand (a fake update).
    update: dict[str, Any] = {
        "message": {
            "message_id": 4242,
            "text": "what is the capital of France",
            "chat": {"id": CHAT_ID, "type": "private", "username": USERNAME},
            "from": {
                "id": USER_ID,
                "username": USERNAME,
                "first_name": FIRST_NAME,
                "last_name": LAST_NAME,
                "language_code": "ru",
            },
        },
    }
    msg = update["message"]
    for chat_id in (CHAT_ID, GROUP_CHAT_ID):
        answer = service.ask(msg["text"], msg["from"]["language_code"])
        store.record_question(msg["text"], answer)
        low_q = low_confidence_question(service)
        low = service.ask(low_q, msg["from"]["language_code"])
        store.record_question(low_q, low)
        for _ in range(2):
            if guard.first_press(msg["from"]["id"], chat_id, msg["message_id"]):
                store.record_feedback(low.entries[0], -1, service.snapshot.kb_version)
    store.close()

    values = dump(path)
    assert any(t == "questions" for t, _, _ in values)
    assert any(t == "feedback" for t, _, _ in values)
    forbidden = [
        str(USER_ID),
        str(CHAT_ID),
        str(abs(CHAT_ID)),
        str(GROUP_CHAT_ID),
        str(abs(GROUP_CHAT_ID)),
        USERNAME,
        FIRST_NAME,
        LAST_NAME,
    ]
    for table, col, value in values:
        assert value not in (USER_ID, CHAT_ID, GROUP_CHAT_ID, 4242), (table, col)
        for f in forbidden:
            assert f.lower() not in str(value).lower(), (table, col, value)
        assert not any(k in col.lower() for k in ("user", "chat", "username")), (table, col)
    # And the raw bytes of the file (and any leftover journal), in case of free pages.
    for file in path.parent.iterdir():
        raw = file.read_bytes()
        for f in forbidden:
            assert f.encode() not in raw, (file.name, f)


# --- failures: the bot keeps answering -----------------------------------------------------


def test_locked_database_never_blocks_or_raises(
    service: Service, path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.store")
    store = Store.open(path, retry_after=0.5)
    store.record_question("first question about tea", refusal("x"))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        for i in range(3):
            store.record_question(f"locked question {i}", refusal("x"))
            store.record_feedback("fact-next-summit", 1, "v1")
        elapsed = time.perf_counter() - started
        answer = service.ask("who is nagaspayev")
        assert answer.answered
    finally:
        other.execute("COMMIT")
        other.close()
    # Only the first write waits (the 200 ms busy timeout); the next ones skip during back-off.
    assert elapsed < 0.5
    assert len(warnings(caplog)) == 1
    assert "locked" in warnings(caplog)[0].getMessage()

    store.record_question("too soon after the lock", refusal("x"))  # still backing off
    time.sleep(0.6)
    store.record_question("after the lock about coffee", refusal("x"))
    assert [r["text"] for r in rows(path, "questions")] == [
        "first question about tea",
        "after the lock about coffee",
    ]
    assert any("works again (7 record(s) were not saved" in r.getMessage() for r in caplog.records)
    assert len(warnings(caplog)) == 1


def test_locked_at_open_then_recovers(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    Store.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        store = Store.open(path, retry_after=0.0)
        store.record_question("locked question", refusal("x"))
    finally:
        other.execute("COMMIT")
        other.close()
    store.record_question("unlocked question", refusal("x"))
    assert [r["text"] for r in rows(path, "questions")] == ["unlocked question"]
    assert len(warnings(caplog)) == 1


def test_path_under_a_regular_file(
    service: Service, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file")
    settings = load_settings({"DATA_DIR": str(blocker / "x")})
    store = store_from_settings(settings)  # what the bot does at start: must not raise
    assert isinstance(store, Store)
    for q in ["what is the capital of france", "xinjiang coal"]:
        answer = service.ask(q)
        store.record_question(q, answer)
        store.record_feedback("fact-next-summit", -1, "v1")
    assert service.ask("who is nagaspayev").answered
    assert len(warnings(caplog)) == 1
    with pytest.raises(StoreError):
        store.gaps(None, 10)
    with pytest.raises(StoreError):
        Store.open(blocker / "x" / "db.sqlite3", strict=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        store = Store.open(ro / "summitbot.sqlite3")
        store.record_question("a question about tea", refusal("x"))
        store.record_question("a question about coffee", refusal("x"))
    finally:
        ro.chmod(0o700)
    assert len(warnings(caplog)) == 1


def test_corrupt_file(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database, just garbage " * 200)
    store = Store.open(path)
    store.record_question("a question about tea", refusal("x"))
    store.record_feedback("fact-next-summit", 1, "v1")
    assert len(warnings(caplog)) == 1
    with pytest.raises(StoreError):
        store.feedback_report()


def test_concurrent_writes_from_threads(path: Path) -> None:
    store = Store.open(path)

    def work(n: int) -> None:
        for i in range(25):
            store.record_question(f"thread {n} question {i}", refusal("x"))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(rows(path, "questions")) == 100


# --- schema --------------------------------------------------------------------------------


def test_new_database_has_the_current_schema(path: Path) -> None:
    Store.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    cols = [c[1] for c in conn.execute("PRAGMA table_info(questions)")]
    assert cols == [
        "id",
        "at",
        "lang",
        "text_normalised",
        "text",
        "answered",
        "best_score",
        "best_candidate",
        "kind",
    ]
    assert [c[1] for c in conn.execute("PRAGMA table_info(feedback)")] == [
        "id",
        "at",
        "entry_id",
        "vote",
        "kb_version",
    ]
    conn.close()


def test_migrates_a_version_1_database(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.store")
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[0]:
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO questions (at, lang, text_normalised, text, answered, best_score,"
        " best_candidate) VALUES ('2025-06-01T10:00:00+00:00', 'en', 'old gap', 'Old gap?', 0,"
        " 0.1, NULL)"
    )
    conn.execute(
        "INSERT INTO feedback (at, entry_id, vote, kb_version)"
        " VALUES ('2025-06-01T10:00:00+00:00', 'fact-x', -1, 'v0')"
    )
    conn.commit()
    conn.close()

    store = Store.open(path, clock=Clock())
    store.record_question("new gap", refusal("x"))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"questions_at", "feedback_entry"} <= indexes
    assert conn.execute("SELECT text, kind FROM questions ORDER BY id").fetchall() == [
        ("Old gap?", ""),
        ("new gap", "none"),
    ]
    conn.close()
    assert [g.example for g in store.gaps(None, 10)] == ["new gap", "Old gap?"]
    assert [r.entry_id for r in store.feedback_report()] == ["fact-x"]
    assert any("migrated from version 1 to 2" in r.getMessage() for r in caplog.records)


def test_newer_schema_is_left_alone(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    store = Store.open(path)
    store.record_question("a question about tea", refusal("x"))
    assert len(warnings(caplog)) == 1
    assert "newer" in warnings(caplog)[0].getMessage()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path, strict=True)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()


# --- RECORD_QUESTIONS=0 --------------------------------------------------------------------


def test_record_questions_off_writes_nothing(service: Service, tmp_path: Path) -> None:
    settings = load_settings({"DATA_DIR": str(tmp_path / "data"), "RECORD_QUESTIONS": "0"})
    store = store_from_settings(settings)
    assert isinstance(store, NullStore) and not store.enabled
    q = "what is the capital of france"
    store.record_question(q, service.ask(q))
    store.record_feedback("fact-next-summit", 1, "v1")
    assert store.gaps(None, 10) == [] and store.feedback_report() == []
    store.close()
    assert not (tmp_path / "data").exists()


def test_record_questions_on_opens_the_file(tmp_path: Path) -> None:
    store = store_from_settings(load_settings({"DATA_DIR": str(tmp_path / "d")}))
    assert isinstance(store, Store) and store.enabled
    assert (tmp_path / "d" / "summitbot.sqlite3").is_file()
    store.close()
