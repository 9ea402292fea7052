"""Curator reports (gaps, feedback, stats, reload) and the ``summitbot kb`` commands, the latter
run as real subprocesses against a real SQLite file."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.answer import Answer, Block, Suggestion
from bot.curator import (
    Stats,
    TypeCount,
    format_feedback,
    format_gaps,
    format_reload,
    format_stats,
    format_time,
    kb_stats,
)
from bot.gaps import Gap
from bot.loader import load
from bot.service import Service
from bot.store import FeedbackRow, Store, db_path

REPO = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2025, 6, 20, 14, 3, tzinfo=dt.UTC).timestamp()
DAY = 86400.0

SOURCES = """\
sources:
  - id: src-a
    title: Article A
    outlet: Outlet A
    url: https://example.org/a
    published: 2025-06-18
    language: en
    text_file: texts/a.md
  - id: src-b
    title: Статья Б
    outlet: Outlet B
    url: https://example.org/b
    published: 2025-06-19
    language: ru
"""
RECORDS = """\
people:
  - id: anna-speaker
    name: Anna Speaker
    role: Minister of Tea
    country: Kazakhstan
    name_ru: Анна Спикер
    role_ru: министр чая
  - id: bob-silent
    name: Bob Silent
    role: Observer
    country: China
events:
  - id: summit-one
    name: First Tea Summit
    ordinal: 1
    year: 2023
    country: China
    questions: ["when was the first tea summit"]
    name_ru: Первый чайный саммит
    summary_ru: Саммит о чае.
    questions_ru: ["когда был первый чайный саммит"]
  - id: summit-two
    name: Second Tea Summit
    ordinal: 2
    year: 2025
    country: Kazakhstan
quotes:
  - id: anna-growing
    speaker: anna-speaker
    text: Tea cooperation is growing fast
    source: src-a
    questions: ["what did anna say about tea cooperation"]
    questions_ru: ["что сказала анна о чае"]
  - id: anna-success
    speaker: anna-speaker
    text: The summit was a great success
    source: src-a
facts:
  - id: fact-cups
    statement: Ten thousand cups were served.
    answer: Ten thousand cups of tea were served.
    questions: ["how many cups were served"]
    sources: [src-a]
    answer_ru: Подали десять тысяч чашек чая.
    questions_ru: ["сколько чашек подали"]
  - id: fact-pots
    statement: Two hundred teapots were used.
    answer: Two hundred teapots were used.
    sources: [src-b]
"""
TEXT = (
    'Anna Speaker said: "Tea cooperation is growing fast." '
    'She added: "The summit was a great success."'
)


def make_kb(root: Path) -> Path:
    (root / "texts").mkdir(parents=True)
    (root / "texts" / "a.md").write_text(TEXT, encoding="utf-8")
    (root / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (root / "records.yaml").write_text(RECORDS, encoding="utf-8")
    return root


def env(**extra: str) -> dict[str, str]:
    e = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_BOT_TOKEN_FILE",
            "DATA_DIR",
            "KNOWLEDGE_DIR",
            "RECORD_QUESTIONS",
        }
    }
    e["PYTHONIOENCODING"] = "utf-8"
    e.update(extra)
    return e


def summitbot(
    *args: str, extra_env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=REPO,
        env=env(**(extra_env or {})),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def refusal(q: str, candidate: str | None = None, kind: str = "none") -> Answer:
    sugg = (Suggestion(candidate, candidate),) if candidate else ()
    return Answer(q, False, kind, (Block("para", "no"),), score=0.3, suggestions=sugg)


def low(q: str, entry: str, score: float = 0.55) -> Answer:
    return Answer(q, True, "fact", (Block("para", "yes"),), score=score, entries=(entry,))


def fill(path: Path) -> None:
    """Three France variants (2025-06-20 14:03..14:05), two low-confidence answers, one lone
    refusal, and votes."""
    clock = Clock()
    store = Store.open(path, clock=clock)
    for q in [
        "what is the capital of france",
        "What is the capital of France??",
        "what is capital of france",
    ]:
        store.record_question(q, refusal(q))
        clock.now += 60
    store.record_question(
        "will the next summit be in kazakhstan again", low("x", "fact-next-summit", 0.67)
    )
    clock.now += 60
    store.record_question(
        "Will the next summit be in Kazakhstan again?", low("x", "fact-next-summit", 0.66)
    )
    clock.now += 3600
    store.record_question(
        "what did xi jinping say", refusal("x", "yersaiyn-nagaspayev", "unknown_person")
    )
    for entry, vote in [
        ("fact-next-summit", -1),
        ("fact-next-summit", -1),
        ("fact-next-summit", 1),
        ("fact-participants", 1),
        ("nagaspayev-industrial-cooperation", -1),
    ]:
        store.record_feedback(entry, vote, "7a40ff1533b0")
    store.close()


GAPS_ALL = "".join(
    line + "\n"
    for line in [
        "Unanswered questions (all time), most frequent first:",
        "1. 3× “What is the capital of France??”",
        "   refused 3, low confidence 0 · en · last 2025-06-20 14:05 UTC · best candidate: none"
        " · 2 wordings",
        "2. 2× “Will the next summit be in Kazakhstan again?”",
        "   refused 0, low confidence 2 · en · last 2025-06-20 14:07 UTC · best candidate:"
        " fact-next-summit",
        "3. 1× “what did xi jinping say”",
        "   refused 1, low confidence 0 · en · last 2025-06-20 15:07 UTC · best candidate:"
        " yersaiyn-nagaspayev",
    ]
)
FEEDBACK = """\
Feedback, highest 👎 share first:
1. nagaspayev-industrial-cooperation: 100% 👎 (👎 1, 👍 0)
2. fact-next-summit: 67% 👎 (👎 2, 👍 1)
3. fact-participants: 0% 👎 (👎 0, 👍 1)
"""


# --- formatting ----------------------------------------------------------------------------


def gap(example: str, count: int, refused: int, best: str | None, variants: int = 1) -> Gap:
    return Gap(
        example,
        example.lower(),
        count,
        refused,
        dt.datetime.fromtimestamp(T0, dt.UTC),
        best,
        "en",
        variants,
    )


def test_format_gaps_english_and_russian() -> None:
    gaps = [gap("Where is the tea?", 4, 3, "fact-cups", 3), gap("x" * 300, 1, 1, None)]
    assert format_gaps(gaps, since_days=7).splitlines() == [
        "Unanswered questions (last 7 days), most frequent first:",
        "1. 4× “Where is the tea?”",
        "   refused 3, low confidence 1 · en · last 2025-06-20 14:03 UTC · best candidate: "
        "fact-cups · 3 wordings",
        "2. 1× “" + "x" * 119 + "…”",
        "   refused 1, low confidence 0 · en · last 2025-06-20 14:03 UTC · best candidate: none",
    ]
    assert format_gaps(gaps[:1], "ru", since_days=0.5).splitlines() == [
        "Вопросы без ответа (за 0.5 дн.), самые частые сначала:",
        "1. 4× “Where is the tea?”",
        "   отказ 3, неуверенный ответ 1 · en · последний 2025-06-20 14:03 UTC · "
        "лучший кандидат: fact-cups · формулировок: 3",
    ]
    assert format_gaps([]) == "No unanswered questions (all time)."
    assert format_gaps([], since_days=1) == "No unanswered questions (last 1 day)."
    assert format_gaps([], "ru") == "Вопросов без ответа нет (за всё время)."


def test_format_feedback() -> None:
    at = dt.datetime.fromtimestamp(T0, dt.UTC)
    rows = [FeedbackRow("fact-a", 1, 2, at), FeedbackRow("fact-b", 3, 0, at)]
    assert format_feedback(rows).splitlines() == [
        "Feedback, highest 👎 share first:",
        "1. fact-a: 67% 👎 (👎 2, 👍 1)",
        "2. fact-b: 0% 👎 (👎 0, 👍 3)",
    ]
    assert format_feedback(rows, limit=1).splitlines()[1:] == [
        "1. fact-a: 67% 👎 (👎 2, 👍 1)",
        "… and 1 more",
    ]
    assert format_feedback([]) == "No feedback yet."
    assert format_feedback([], "ru") == "Оценок пока нет."


def test_format_time_is_utc() -> None:
    tz = dt.timezone(dt.timedelta(hours=5))
    assert format_time(dt.datetime(2025, 6, 20, 19, 3, tzinfo=tz)) == "2025-06-20 14:03 UTC"


# --- stats ---------------------------------------------------------------------------------


def test_kb_stats_counts(tmp_path: Path) -> None:
    stats = kb_stats(load(make_kb(tmp_path / "kb")))
    assert stats.counts == (
        TypeCount("sources", 2, 1, 1, None),
        TypeCount("people", 2, 2, 1, None),
        TypeCount("events", 2, 2, 1, 1),
        TypeCount("quotes", 2, 2, 1, 1),
        TypeCount("facts", 2, 2, 1, 1),
    )
    assert stats.people_without_quotes == (("bob-silent", "Bob Silent"),)
    assert stats.quotes_without_questions == ("anna-success",)
    assert stats.facts_without_sources == ()


def test_format_stats_lists_gaps() -> None:
    stats = Stats("abc", (TypeCount("facts", 3, 3, 2, 1),), (), ("q-1", "q-2"), ("f-1",))
    assert format_stats(stats).splitlines()[-6:] == [
        "People without quotes: none",
        "Quotes without alternate questions (2):",
        "  q-1",
        "  q-2",
        "Facts without sources (1):",
        "  f-1",
    ]


# --- reload --------------------------------------------------------------------------------


def test_format_reload_valid_and_invalid(tmp_path: Path) -> None:
    kdir = make_kb(tmp_path / "kb")
    service = Service.from_dir(kdir)
    old = service.snapshot.kb_version
    assert format_reload(service.reload(), service.snapshot.kb_version) == (
        f"Knowledge base reloaded: now serving version {old}."
    )
    (kdir / "records.yaml").write_text(
        RECORDS.replace("speaker: anna-speaker", "speaker: nobody"), encoding="utf-8"
    )
    problems = service.reload()
    text = format_reload(problems, service.snapshot.kb_version).splitlines()
    assert text[0] == (
        f"Reload refused: the knowledge base has 2 problem(s); still serving version {old}."
    )
    assert text[1].endswith("[anna-growing]: unknown speaker 'nobody' (no such person)")
    assert len(text) == 3
    many = format_reload(problems * 20, old, limit=3).splitlines()
    assert many[-1] == "  … and 37 more (run `summitbot kb check`)" and len(many) == 5


# --- the command line, as real subprocesses ------------------------------------------------


def test_kb_gaps_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    fill(db_path(data))
    run = summitbot("kb", "gaps", "--data-dir", str(data))
    assert run.returncode == 0, run.stderr
    assert run.stdout == GAPS_ALL
    # DATA_DIR from the environment, and --limit.
    run = summitbot("kb", "gaps", "--limit", "1", extra_env={"DATA_DIR": str(data)})
    assert run.returncode == 0, run.stderr
    assert run.stdout == "".join(GAPS_ALL.splitlines(keepends=True)[:3])


def test_kb_gaps_since(tmp_path: Path) -> None:
    data = tmp_path / "data"
    now = time.time()
    clock = Clock(now - 10 * DAY)
    store = Store.open(db_path(data), clock=clock)
    store.record_question("old question about teapots", refusal("x"))
    clock.now = now - 2 * DAY
    store.record_question("recent question about cups", refusal("x", "fact-cups"))
    store.close()
    last = format_time(dt.datetime.fromtimestamp(int(now - 2 * DAY), dt.UTC))
    run = summitbot("kb", "gaps", "--since", "7", "--data-dir", str(data))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "Unanswered questions (last 7 days), most frequent first:",
        "1. 1× “recent question about cups”",
        f"   refused 1, low confidence 0 · en · last {last} · best candidate: fact-cups",
    ]
    run = summitbot("kb", "gaps", "--since", "1", "--data-dir", str(data))
    assert run.stdout == "No unanswered questions (last 1 day).\n"
    run = summitbot("kb", "gaps", "--since", "0", "--data-dir", str(data))
    assert run.returncode == 2 and "must be a positive number of days" in run.stderr


def test_kb_feedback_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    fill(db_path(data))
    run = summitbot("kb", "feedback", "--data-dir", str(data))
    assert run.returncode == 0, run.stderr
    assert run.stdout == FEEDBACK


def test_reports_without_a_database_create_nothing(tmp_path: Path) -> None:
    data = tmp_path / "none"
    run = summitbot("kb", "gaps", "--data-dir", str(data))
    assert (run.returncode, run.stdout) == (0, "No unanswered questions (all time).\n")
    assert "no database at" in run.stderr
    run = summitbot("kb", "feedback", extra_env={"DATA_DIR": str(data)})
    assert (run.returncode, run.stdout) == (0, "No feedback yet.\n")
    assert not data.exists()


def test_reports_on_a_broken_database_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_path(data).write_bytes(b"garbage, not sqlite " * 100)
    for cmd in ("gaps", "feedback"):
        run = summitbot("kb", cmd, "--data-dir", str(data))
        assert run.returncode == 2
        assert run.stdout == ""
        assert run.stderr.startswith("summitbot: cannot open ")


def test_kb_stats_command(tmp_path: Path) -> None:
    kdir = make_kb(tmp_path / "kb")
    version = load(kdir).version
    run = summitbot("kb", "stats", "--knowledge", str(kdir))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        f"Knowledge base version {version}",
        "type     total English Russian Russian questions",
        "sources      2       1       1                 -",
        "people       2       2       1                 -",
        "events       2       2       1                 1",
        "quotes       2       2       1                 1",
        "facts        2       2       1                 1",
        "(sources: language of the article; people, events: Russian name; facts: Russian "
        "answer; quotes: Russian questions)",
        "People without quotes (1):",
        "  bob-silent (Bob Silent)",
        "Quotes without alternate questions (1):",
        "  anna-success",
        "Facts without sources: none",
    ]


def test_kb_stats_on_a_broken_base(tmp_path: Path) -> None:
    kdir = make_kb(tmp_path / "kb")
    (kdir / "records.yaml").write_text("people: [", encoding="utf-8")
    run = summitbot("kb", "stats", "--knowledge", str(kdir))
    assert run.returncode == 1
    assert run.stdout == f"{kdir}: 1 problem(s); run `summitbot kb check`\n"


def test_kb_check_is_unchanged(tmp_path: Path) -> None:
    kdir = make_kb(tmp_path / "kb")
    version = load(kdir).version
    run = summitbot("kb", "check", "--knowledge", str(kdir))
    assert (run.returncode, run.stdout) == (
        0,
        f"{kdir}: OK — 2 sources, 2 people, 2 events, 2 quotes, 2 facts (version {version})\n",
    )


def test_kb_check_prints_warnings_and_still_exits_0(tmp_path: Path) -> None:
    """A quote whose speaker the article's wording does not show is a warning, not a refusal:
    the verdict, then the warnings with file, line and record."""
    kdir = make_kb(tmp_path / "kb")
    (kdir / "texts" / "a.md").write_text(
        'Anna Speaker said: "Tea cooperation is growing fast." '
        "Later, The summit was a great success, the organisers wrote.",
        encoding="utf-8",
    )
    version = load(kdir).version
    run = summitbot("kb", "check", "--knowledge", str(kdir))
    records = kdir / "records.yaml"
    line = RECORDS.splitlines().index("  - id: anna-success") + 1
    assert (run.returncode, run.stdout.splitlines()) == (
        0,
        [
            f"{kdir}: OK — 2 sources, 2 people, 2 events, 2 quotes, 2 facts (version {version})",
            "1 warning(s):",
            f"  {records}:{line} [anna-success]: warning: cannot confirm the speaker "
            "'anna-speaker' (Anna Speaker): the text is not inside quotation marks in source "
            "'src-a'; check it against the article",
        ],
    )


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["ask", "what is the capital of france"], None),
        (["ask", "--json"], "what is the capital of france\nxinjiang coal\n"),
        (["chat"], "what is the capital of france\n\n"),
    ],
)
def test_ask_and_chat_record_nothing(tmp_path: Path, args: list[str], stdin: str | None) -> None:
    data = tmp_path / "data"
    run = summitbot(*args, stdin=stdin, extra_env={"DATA_DIR": str(data), "RECORD_QUESTIONS": "1"})
    assert run.returncode == 0, run.stderr
    assert "capital of france" in run.stdout
    assert not data.exists()


def test_help_says_ask_and_chat_do_not_record() -> None:
    for cmd in ("ask", "chat"):
        run = summitbot(cmd, "--help")
        assert "Nothing is recorded: only the Telegram bot logs unanswered questions." in " ".join(
            run.stdout.split()
        )


def test_worst_case_gaps_report_fits_a_telegram_message() -> None:
    worst = Gap(
        "ы" * 500,
        "ы" * 500,
        99999,
        99998,
        dt.datetime.fromtimestamp(T0, dt.UTC),
        "x" * 40,
        "ru",
        99,
    )
    for lang in ("en", "ru"):
        assert len(format_gaps([worst] * 10, lang, since_days=365)) < 4096
