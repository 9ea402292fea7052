"""The curator's tools in Telegram: the question log, 👍/👎 feedback, /gaps, /feedback, /reload
and SIGHUP.

Like ``tests/test_handlers.py``, the real application from ``build_application`` talks HTTP to
the fake Bot API and is fed realistic update JSON; the question database is a real SQLite file
under ``tmp_path`` (``DATA_DIR``), opened by the bot exactly as in production
(``store_from_settings``) and read back here with :mod:`sqlite3`. Reload tests work on a copy of
``knowledge/`` under ``tmp_path``. The SIGHUP tests run ``python -m bot run`` as a process, like
``tests/test_e2e_telegram.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.curator import format_feedback, format_gaps
from bot.render import to_html
from bot.service import Service
from bot.store import DB_FILENAME, Store
from handlers.admin import post_shutdown
from handlers.app import build_application, post_init
from handlers.common import App, answer_keyboard, feedback_callback, plain_html
from handlers.texts import ADMIN_COMMANDS, COMMANDS, texts_for
from tests.conftest import KNOWLEDGE, REPO, feed, html_problems, make_settings, unparsed_texts
from tests.fake_bot_api import (
    DEFAULT_BOT_USERNAME,
    Call,
    FakeBotAPI,
    callback_query_update,
    group_message_update,
    message_update,
)
from tests.test_e2e_telegram import BOT_USERNAME, QUOTED_TOKEN, TOKEN, bot_env, stop, wait_call
from tests.test_e2e_telegram import reply_to as replies_to

EN = texts_for("en")
RU = texts_for("ru")
ADMIN_ID = 31337
WHO_SAID = "Who said “China has always adhered to a foreign policy of good-neighborliness”?"
WHAT_DID = "What did Safarov say?"
OUT_OF_DOMAIN = "What is the weather in Paris?"
FACT_Q = "how many projects are being implemented"
FACT_ID = "fact-projects-total"
OLD_FACT = "A total of 133 projects worth 35 billion dollars are being implemented,"
NEW_FACT = "In all, 133 projects worth 35 billion dollars are under way,"
BROKEN_QUOTE = (
    "Kazakhstan and China work closely in the field",
    "Kazakhstan and China work very closely in the field",
)

# Someone whose traces must never reach the database.
PRIVATE_USER = 918273645
PRIVATE_GROUP = -1009182736450
PRIVATE_USERNAME = "zebulon_quux"
PRIVATE_NAME = "Zebulonius"


# ------------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------------


def db_file(tmp_path: Path) -> Path:
    return tmp_path / "var" / DB_FILENAME


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def everything_stored(path: Path) -> str:
    """Every table and column name and every value in the database, one per line."""
    parts: list[str] = []
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master"):
            parts += [str(name), str(sql)]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                parts += [str(value) for value in row]
    return "\n".join(parts)


def keyboard(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [
        (b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row
    ]


def feedback_buttons(entry_id: str) -> list[tuple[str, str]]:
    return [("👍", f"f:+:{entry_id}"), ("👎", f"f:-:{entry_id}")]


def copy_knowledge(dest: Path) -> Path:
    shutil.copytree(KNOWLEDGE, dest)
    return dest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


class Calls:
    """The Bot API calls made since the last :meth:`mark`."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api
        self.start = len(api.calls)

    def mark(self) -> None:
        self.start = len(self.api.calls)

    def of(self, method: str) -> list[Call]:
        return [c for c in self.api.calls[self.start :] if c.method == method]

    def one(self, method: str = "sendMessage") -> Call:
        calls = self.of(method)
        assert len(calls) == 1, [(c.method, c.params) for c in self.api.calls[self.start :]]
        return calls[0]

    def text(self) -> str:
        return str(self.one().params["text"])

    def callback_text(self) -> str | None:
        text = self.one("answerCallbackQuery").params.get("text")
        return None if text is None else str(text)


@contextlib.asynccontextmanager
async def curator_app(
    api: FakeBotAPI,
    service: Service,
    tmp_path: Path,
    **env: str,
) -> AsyncIterator[App]:
    """The real application with ``DATA_DIR`` under ``tmp_path`` and one admin; shut down like
    ``run`` does (``post_shutdown`` closes the database), then every HTML text it sent is
    validated and the fake must have seen no call Telegram would reject."""
    settings = make_settings(
        api.base_url,
        api.token,
        DATA_DIR=str(tmp_path / "var"),
        ADMIN_USER_IDS=str(ADMIN_ID),
        FLOOD_LIMIT="10000",
        **env,
    )
    app = build_application(
        settings,
        service,
    )
    await app.initialize()
    try:
        yield app
    finally:
        await app.shutdown()
        await post_shutdown(app)
    calls = api.calls
    assert html_problems(calls) == []
    assert unparsed_texts(calls) == []
    assert api.violations == []


async def ask(app: App, calls: Calls, text: str, **kwargs: Any) -> Call:
    """Send a message, return the bot's one reply."""
    calls.mark()
    await feed(app, message_update(text, **kwargs))
    return calls.one()


async def press(app: App, calls: Calls, data: str, **kwargs: Any) -> str | None:
    """Press a button; returns the text of the callback answer (None: no text)."""
    calls.mark()
    await feed(app, callback_query_update(data, **kwargs))
    assert calls.of("sendMessage") == []
    return calls.callback_text()


def bot_message(api: FakeBotAPI, call: Call) -> dict[str, Any]:
    """The message the fake returned for ``call`` (a sendMessage), keyboard included."""
    result = call.result
    assert isinstance(result, dict) and result.get("reply_markup") == call.params["reply_markup"]
    return result


# ------------------------------------------------------------------------------------------------
# Recording questions
# ------------------------------------------------------------------------------------------------


async def test_refused_questions_are_recorded_without_who_asked(
    fake_api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    path = db_file(tmp_path)
    who = {"user_id": PRIVATE_USER, "first_name": PRIVATE_NAME, "username": PRIVATE_USERNAME}
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        # A refused question in a private chat: replied to, then recorded.
        reply = await ask(app, calls, OUT_OF_DOMAIN, **who)
        refusal = service.ask(OUT_OF_DOMAIN, "en")
        assert not refusal.answered
        assert reply.params["text"] == to_html(refusal)
        assert query(path, "SELECT text, kind, lang, answered FROM questions") == [
            (OUT_OF_DOMAIN, refusal.kind, "en", 0)
        ]
        # A Russian refusal, a command question and a question in a group (addressed to the
        # bot, mention stripped); all from the same person.
        await ask(app, calls, "погода в Париже", language_code="ru", **who)
        await ask(app, calls, "/who zzzz qqqq", **who)
        mention = f"@{DEFAULT_BOT_USERNAME} what is the weather in Rome"
        calls.mark()
        await feed(app, group_message_update(mention, chat_id=PRIVATE_GROUP, **who))
        assert calls.one().params["chat_id"] == PRIVATE_GROUP
        # A confident answer and a list are not recorded.
        answered = await ask(app, calls, WHO_SAID, **who)
        await ask(app, calls, "/people", **who)
        # A vote, in the private chat and in the group.
        message = bot_message(fake_api, answered)
        entry = service.ask(WHO_SAID, "en").entries[0]
        presser = {"user_id": PRIVATE_USER, "first_name": PRIVATE_NAME}
        assert await press(app, calls, f"f:+:{entry}", message=message, **presser) == (
            EN.feedback_thanks
        )
        assert await press(app, calls, f"f:-:{entry}", chat_id=PRIVATE_GROUP, **presser) == (
            EN.feedback_thanks
        )

    rows = query(path, "SELECT text, kind, lang, answered, best_candidate FROM questions")
    assert rows == [
        (OUT_OF_DOMAIN, "none", "en", 0, None),
        ("погода в Париже", service.ask("погода в Париже", "ru").kind, "ru", 0, None),
        ("who said zzzz qqqq", service.ask("who said zzzz qqqq", "en").kind, "en", 0, None),
        ("what is the weather in Rome", "none", "en", 0, None),
    ]
    assert query(path, "SELECT entry_id, vote FROM feedback") == [(entry, 1), (entry, -1)]

    # Privacy: nothing anywhere in the database (names, values, schema) says who asked or where.
    stored = everything_stored(path)
    for secret in (
        str(PRIVATE_USER),
        str(PRIVATE_GROUP),
        str(abs(PRIVATE_GROUP)),
        PRIVATE_USERNAME,
        PRIVATE_NAME,
    ):
        assert secret not in stored, secret
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    for secret in (PRIVATE_USERNAME, PRIVATE_NAME, str(PRIVATE_USER), str(abs(PRIVATE_GROUP))):
        assert secret.encode() not in raw, secret
    columns = {
        r[1] for t in ("questions", "feedback") for r in query(path, f"PRAGMA table_info({t})")
    }
    assert not {c for c in columns if "user" in c or "chat" in c or "name" in c}


async def test_the_reply_is_sent_before_the_question_is_recorded(
    fake_api: FakeBotAPI,
    service: Service,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[str, int]] = []
    async with curator_app(fake_api, service, tmp_path) as app:
        store = app.bot_data["store"]
        real = store.record_question

        def spy(question: str, answer: Any) -> None:
            # Runs in a worker thread, after the reply went out.
            assert threading.current_thread() is not threading.main_thread()
            seen.append((question, len(fake_api.calls_of("sendMessage"))))
            real(question, answer)

        monkeypatch.setattr(store, "record_question", spy)
        await ask(app, Calls(fake_api), OUT_OF_DOMAIN)
    assert seen == [(OUT_OF_DOMAIN, 1)]


# ------------------------------------------------------------------------------------------------
# Feedback
# ------------------------------------------------------------------------------------------------


async def test_feedback_buttons_and_double_press(
    fake_api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    path = db_file(tmp_path)
    version = service.snapshot.kb_version
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        first = await ask(app, calls, WHO_SAID)
        entry = service.ask(WHO_SAID, "en").entries[0]
        assert keyboard(first) == feedback_buttons(entry)
        message = bot_message(fake_api, first)

        assert await press(app, calls, f"f:+:{entry}", message=message) == EN.feedback_thanks
        assert query(path, "SELECT entry_id, vote, kb_version FROM feedback") == [
            (entry, 1, version)
        ]
        # The same user on the same message: acknowledged, not counted (either button).
        assert await press(app, calls, f"f:+:{entry}", message=message) == EN.feedback_already
        assert await press(app, calls, f"f:-:{entry}", message=message) == EN.feedback_already
        assert query(path, "SELECT COUNT(*) FROM feedback") == [(1,)]

        # 👎 on another message counts; so does another user's vote on the first message.
        second = await ask(app, calls, WHAT_DID)
        other_entry = service.ask(WHAT_DID, "en").entries[0]
        assert keyboard(second) == feedback_buttons(other_entry)
        other = bot_message(fake_api, second)
        assert await press(app, calls, f"f:-:{other_entry}", message=other) == EN.feedback_thanks
        assert (
            await press(app, calls, f"f:-:{entry}", message=message, user_id=515151)
            == EN.feedback_thanks
        )
        # Russian users are thanked in Russian.
        russian = {"message": other, "user_id": 616161, "language_code": "ru"}
        assert await press(app, calls, f"f:+:{other_entry}", **russian) == RU.feedback_thanks
        assert await press(app, calls, f"f:+:{other_entry}", **russian) == RU.feedback_already
    assert query(path, "SELECT entry_id, vote FROM feedback ORDER BY id") == [
        (entry, 1),
        (other_entry, -1),
        (entry, -1),
        (other_entry, 1),
    ]


async def test_feedback_from_an_inline_message(
    fake_api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    data = "f:-:safarov-treaty-result"
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        assert await press(app, calls, data, inline_message_id="AAQ-1") == EN.feedback_thanks
        assert await press(app, calls, data, inline_message_id="AAQ-1") == EN.feedback_already
        assert await press(app, calls, data, inline_message_id="AAQ-2") == EN.feedback_thanks
    assert query(db_file(tmp_path), "SELECT entry_id, vote FROM feedback") == [
        ("safarov-treaty-result", -1),
        ("safarov-treaty-result", -1),
    ]


async def test_suggestions_and_entry_answers_carry_the_right_buttons(
    fake_api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        refusal = service.ask("mining in paris", "en")
        call = await ask(app, calls, "mining in paris")
        assert keyboard(call) == [(s.label, f"e:{s.id}") for s in refusal.suggestions[:3]]
        entry_id = refusal.suggestions[0].id
        calls.mark()
        await feed(app, callback_query_update(f"e:{entry_id}", message=bot_message(fake_api, call)))
        assert keyboard(calls.one()) == feedback_buttons(entry_id)


@pytest.mark.parametrize(
    "data",
    [
        "f:+:no-such-entry",
        "f:+:UPPER",
        "f:+:../../etc/passwd",
        "f:x:safarov-treaty-result",
        "f:+safarov-treaty-result",
        "f:++:safarov-treaty-result",
        "f:+:",
        "f:",
        "f:+:" + "a" * 41,
        "f:+:bastille-observers-2025",  # a source, not an answer
        "f:+:safarov-treaty-result:extra",
    ],
)
async def test_forged_feedback_data_gets_a_polite_answer(
    fake_api: FakeBotAPI,
    service: Service,
    tmp_path: Path,
    data: str,
) -> None:
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        assert await press(app, calls, data) == EN.feedback_gone
        assert await press(app, calls, data, language_code="ru") == RU.feedback_gone
    assert query(db_file(tmp_path), "SELECT COUNT(*) FROM feedback") == [(0,)]


def test_feedback_callback_data_fits_64_bytes() -> None:
    longest = "a" * 40
    data = feedback_callback(longest, -1)
    assert data == f"f:-:{longest}" and len(data.encode()) <= 64
    assert feedback_callback("Bad Id!", 1) is None


# ------------------------------------------------------------------------------------------------
# Admin commands
# ------------------------------------------------------------------------------------------------


async def test_admin_commands_look_unknown_to_everyone_else(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    kb = copy_knowledge(tmp_path / "kb")
    service = Service.from_dir(kb)
    version = service.snapshot.kb_version
    edit(kb / "facts.yaml", OLD_FACT, NEW_FACT)
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        await ask(app, calls, OUT_OF_DOMAIN)  # something to report
        unknown = (await ask(app, calls, "/frobnicate")).params
        for command in ("/gaps", "/gaps 7", "/feedback", "/reload"):
            call = await ask(app, calls, command)
            assert call.params == {**unknown, "text": EN.unknown_command}, command
            ru = await ask(app, calls, command, language_code="ru")
            assert ru.params["text"] == RU.unknown_command
        # An admin in a group gets what any unknown command gets there.
        for text, expected in (
            ("/gaps", None),
            (f"/reload@{DEFAULT_BOT_USERNAME}", EN.unknown_command),
        ):
            calls.mark()
            await feed(app, group_message_update(text, user_id=ADMIN_ID))
            assert [c.params["text"] for c in calls.of("sendMessage")] == (
                [expected] if expected else []
            )
    assert service.snapshot.kb_version == version  # nobody reloaded


async def test_admin_reports(fake_api: FakeBotAPI, service: Service, tmp_path: Path) -> None:
    path = db_file(tmp_path)
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        assert (await ask(app, calls, "/gaps", user_id=ADMIN_ID)).params["text"] == html.escape(
            format_gaps([], "en")
        )
        for question in (OUT_OF_DOMAIN, OUT_OF_DOMAIN, "what is the weather in paris", "<b>&"):
            await ask(app, calls, question)
        answered = await ask(app, calls, WHO_SAID)
        entry = service.ask(WHO_SAID, "en").entries[0]
        await press(app, calls, f"f:-:{entry}", message=bot_message(fake_api, answered))

        reader = Store.open(path, strict=True)
        try:
            gaps_all = reader.gaps(None, 10)
            gaps_week = reader.gaps(7, 10)
            votes = reader.feedback_report()
        finally:
            reader.close()
        assert gaps_all[0].count == 3 and gaps_all[0].refused == 3

        text = (await ask(app, calls, "/gaps", user_id=ADMIN_ID)).params["text"]
        assert text == html.escape(format_gaps(gaps_all, "en", since_days=None))
        assert "3× “What is the weather in Paris?”" in text
        assert "&lt;b&gt;&amp;" in text
        text = (await ask(app, calls, "/gaps 7", user_id=ADMIN_ID)).params["text"]
        assert text == html.escape(format_gaps(gaps_week, "en", since_days=7))
        assert "(last 7 days)" in text
        ru = await ask(app, calls, "/gaps", user_id=ADMIN_ID, language_code="ru")
        assert ru.params["text"] == html.escape(format_gaps(gaps_all, "ru", since_days=None))
        for bad in ("/gaps abc", "/gaps 0", "/gaps -3", "/gaps 99999", "/gaps 1 2"):
            assert (await ask(app, calls, bad, user_id=ADMIN_ID)).params["text"] == EN.gaps_usage

        text = (await ask(app, calls, "/feedback", user_id=ADMIN_ID)).params["text"]
        assert text == html.escape(format_feedback(votes, "en", limit=20))
        assert f"1. {entry}: 100% 👎 (👎 1, 👍 0)" in text
        assert len(text) <= 4096


async def test_gaps_with_an_unreadable_database(
    fake_api: FakeBotAPI,
    service: Service,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = db_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database " * 100)
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        # The bot answers anyway...
        reply = await ask(app, calls, OUT_OF_DOMAIN)
        assert reply.params["text"] == to_html(service.ask(OUT_OF_DOMAIN, "en"))
        # ...and the admin is told what is wrong.
        for command in ("/gaps", "/feedback"):
            text = (await ask(app, calls, command, user_id=ADMIN_ID)).params["text"]
            assert text.startswith("Cannot read the question database: cannot read ")
            assert "not a database" in text


async def test_admin_command_menu_and_sighup_in_process(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    kb = copy_knowledge(tmp_path / "kb")
    service = Service.from_dir(kb)
    old = service.snapshot.kb_version
    async with curator_app(fake_api, service, tmp_path) as app:
        await post_init(app)
        try:
            public = [c["command"] for c in fake_api.commands[('{"type": "default"}', "")]]
            assert public == [c[0] for c in COMMANDS]
            assert not {"gaps", "feedback", "reload"} & set(public)
            scope = json.dumps({"chat_id": ADMIN_ID, "type": "chat"}, sort_keys=True)
            for lang in ("", "ru"):
                mine = [c["command"] for c in fake_api.commands[(scope, lang)]]
                assert mine == [c[0] for c in (*COMMANDS, *ADMIN_COMMANDS)]
            assert fake_api.commands[(scope, "ru")][-1]["description"] == ADMIN_COMMANDS[-1][2]

            edit(kb / "facts.yaml", OLD_FACT, NEW_FACT)
            os.kill(os.getpid(), signal.SIGHUP)
            for _ in range(500):
                if service.snapshot.kb_version != old:
                    break
                await asyncio.sleep(0.01)
            assert service.snapshot.kb_version == Service.from_dir(kb).snapshot.kb_version != old
        finally:
            await post_shutdown(app)
        assert signal.getsignal(signal.SIGHUP) == signal.SIG_DFL


# ------------------------------------------------------------------------------------------------
# Reload
# ------------------------------------------------------------------------------------------------


async def about_version(app: App, calls: Calls) -> str:
    text = (await ask(app, calls, "/about")).params["text"]
    return text.rsplit("<code>", 1)[1].split("</code>", 1)[0]


async def test_reload_with_a_valid_knowledge_base(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    kb = copy_knowledge(tmp_path / "kb")
    service = Service.from_dir(kb)
    old = service.snapshot.kb_version
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        before = (await ask(app, calls, FACT_Q)).params["text"]
        assert html.escape(OLD_FACT) in before
        assert await about_version(app, calls) == old

        edit(kb / "facts.yaml", OLD_FACT, NEW_FACT)
        expected = Service.from_dir(kb)
        new = expected.snapshot.kb_version
        assert new != old
        assert (await ask(app, calls, FACT_Q)).params["text"] == before  # not before /reload

        reply = await ask(app, calls, "/reload", user_id=ADMIN_ID)
        assert reply.params["text"] == f"Knowledge base reloaded: now serving version {new}."
        after = await ask(app, calls, FACT_Q)
        assert after.params["text"] == to_html(expected.ask(FACT_Q, "en"))
        assert html.escape(NEW_FACT) in after.params["text"]
        assert keyboard(after) == feedback_buttons(FACT_ID)
        assert await about_version(app, calls) == new


async def test_reload_with_a_broken_knowledge_base_keeps_the_old_one(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    kb = copy_knowledge(tmp_path / "kb")
    service = Service.from_dir(kb)
    old = service.snapshot.kb_version
    reference = Service.from_dir(KNOWLEDGE)
    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        edit(kb / "facts.yaml", OLD_FACT, NEW_FACT)  # a valid change...
        edit(kb / "quotes.yaml", *BROKEN_QUOTE)  # ...and a broken quote: nothing is taken
        reply = (await ask(app, calls, "/reload", user_id=ADMIN_ID)).params["text"]
        lines = reply.split("\n")
        assert lines[0] == (
            f"Reload refused: the knowledge base has 1 problem(s); still serving version {old}."
        )
        assert lines[1] == html.escape(
            f"  {kb / 'quotes.yaml'}:12 [nagaspayev-industrial-cooperation]: verbatim text does "
            "not occur verbatim in source 'bastille-observers-2025'"
        )
        for question in (FACT_Q, WHO_SAID, "What did the Kazakh minister say about mining?"):
            answer = (await ask(app, calls, question)).params["text"]
            assert answer == to_html(reference.ask(question, "en"))
        assert await about_version(app, calls) == old


async def test_reload_while_questions_are_answered(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    """Reloads alternate between two valid versions while questions are answered, in threads
    (the core) and through Telegram (concurrent updates): every answer is exactly one version's
    answer, never a mix, never an error."""
    one = copy_knowledge(tmp_path / "one")
    two = copy_knowledge(tmp_path / "two")
    edit(two / "facts.yaml", OLD_FACT, NEW_FACT)
    versions = (Service.from_dir(one), Service.from_dir(two))
    questions = [FACT_Q, WHO_SAID, WHAT_DID, OUT_OF_DOMAIN, "mining in paris", "/when astana"]
    core_questions = [q for q in questions if not q.startswith("/")]
    expected = {
        q: {(to_html(v.ask(q, "en")), _markup(answer_keyboard(v.ask(q, "en")))) for v in versions}
        for q in core_questions
    }
    assert len({text for text, _ in expected[FACT_Q]}) == 2
    service = Service.from_dir(one)

    def flip(times: int) -> list[list[Any]]:
        results = []
        for n in range(times):
            service.knowledge_dir = (two, one)[n % 2]
            results.append(service.reload())
        return results

    # The core, from several threads at once.
    stop_asking = threading.Event()

    def asker(start: int) -> list[tuple[str, str]]:
        out = []
        n = start
        while not stop_asking.is_set() or n - start < 20:
            q = core_questions[n % len(core_questions)]
            out.append((q, to_html(service.ask(q, "en"))))
            n += 1
            time.sleep(0.001)  # let the reloading thread have the GIL now and then
        return out

    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(asker, k) for k in range(4)]
        reloads = flip(8)
        stop_asking.set()
        answered = [pair for f in futures for pair in f.result()]
    assert reloads == [[]] * 8
    seen_fact = set()
    for q, text in answered:
        assert text in {t for t, _ in expected[q]}, (q, text[:200])
        if q == FACT_Q:
            seen_fact.add(text)
    assert len(seen_fact) == 2  # both versions were really served during the run

    # Telegram: concurrent updates (spread over about a second, so that the questions are
    # really asked between reloads, not all before the first one) while a thread keeps
    # reloading until the last reply is out.
    done = threading.Event()

    def flip_until_done() -> list[list[Any]]:
        results: list[list[Any]] = []
        while not done.is_set() or len(results) < 2:
            service.knowledge_dir = (two, one)[len(results) % 2]
            results.append(service.reload())
        return results

    async def later(n: int, update: dict[str, Any]) -> dict[str, Any]:
        await asyncio.sleep(n * 0.015)
        return await feed(app, update)

    async with curator_app(fake_api, service, tmp_path) as app:
        calls = Calls(fake_api)
        updates = [message_update(q, user_id=600_000 + n) for n, q in enumerate(questions * 10)]
        asked = {u["message"]["chat"]["id"]: u["message"]["text"] for u in updates}
        reloading = asyncio.ensure_future(asyncio.to_thread(flip_until_done))
        results = await asyncio.gather(
            *(later(n, u) for n, u in enumerate(updates)), return_exceptions=True
        )
        done.set()
        reloads = await reloading
        assert not [r for r in results if isinstance(r, BaseException)]
        assert len(reloads) >= 2 and all(problems == [] for problems in reloads)
        replies = calls.of("sendMessage")
        assert len(replies) == len(updates)
        for call in replies:
            question = asked[call.params["chat_id"]]
            if question.startswith("/when"):
                texts = {to_html(v.ask("when was the astana summit", "en")) for v in versions}
                assert call.params["text"] in texts
                assert keyboard(call) == feedback_buttons("summit-2025-astana")
                continue
            pair = (call.params["text"], _markup_of(call))
            assert pair in expected[question], (question, pair[0][:200])
        assert EN.sorry not in [c.params["text"] for c in replies]


def _markup(markup: Any) -> str:
    return json.dumps(markup.to_dict() if markup is not None else None, sort_keys=True)


def _markup_of(call: Call) -> str:
    return json.dumps(call.params.get("reply_markup"), sort_keys=True)


# ------------------------------------------------------------------------------------------------
# A database that does not work, and recording switched off
# ------------------------------------------------------------------------------------------------


async def test_a_locked_database_never_stops_the_bot(
    fake_api: FakeBotAPI,
    service: Service,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = db_file(tmp_path)
    async with curator_app(fake_api, service, tmp_path) as app:
        assert path.exists()  # created and migrated at start
        calls = Calls(fake_api)
        locker = sqlite3.connect(path, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            with caplog.at_level(logging.INFO, logger="bot.store"):
                started = time.monotonic()
                reply = await ask(app, calls, OUT_OF_DOMAIN)
                assert time.monotonic() - started < 3
                assert reply.params["text"] == to_html(service.ask(OUT_OF_DOMAIN, "en"))
                answered = await ask(app, calls, WHO_SAID)
                entry = service.ask(WHO_SAID, "en").entries[0]
                message = bot_message(fake_api, answered)
                assert await press(app, calls, f"f:+:{entry}", message=message) == (
                    EN.feedback_thanks
                )
                again = await ask(app, calls, "погода в Париже", language_code="ru")
                assert again.params["text"] == to_html(service.ask("погода в Париже", "ru"))
        finally:
            locker.execute("ROLLBACK")
            locker.close()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "cannot write to the question database" in warnings[0].getMessage()
    assert query(path, "SELECT COUNT(*) FROM questions") == [(0,)]


async def test_recording_off(fake_api: FakeBotAPI, service: Service, tmp_path: Path) -> None:
    async with curator_app(fake_api, service, tmp_path, RECORD_QUESTIONS="0") as app:
        calls = Calls(fake_api)
        await ask(app, calls, OUT_OF_DOMAIN)
        answered = await ask(app, calls, WHO_SAID)
        entry = service.ask(WHO_SAID, "en").entries[0]
        assert keyboard(answered) == feedback_buttons(entry)  # the buttons stay
        message = bot_message(fake_api, answered)
        assert await press(app, calls, f"f:+:{entry}", message=message) == EN.feedback_thanks
        assert await press(app, calls, f"f:-:{entry}", message=message) == EN.feedback_already
        for command in ("/gaps", "/feedback"):
            text = (await ask(app, calls, command, user_id=ADMIN_ID)).params["text"]
            assert text == EN.recording_off
    assert not (tmp_path / "var").exists()


def test_plain_html_is_escaped_and_cut_outside_entities() -> None:
    text = "\n".join(f"{n}. “<b>&amp;</b>” & more words here" for n in range(400))
    out = plain_html(text)
    assert len(out) <= 4096 and out.endswith("\n…")
    assert "<" not in out.replace("&lt;", "") and "&amp;amp;" in out
    # Cut at a line end: every kept line is a whole escaped line.
    kept = out.removesuffix("\n…").split("\n")
    assert kept == [html.escape(line) for line in text.split("\n")[: len(kept)]]
    assert plain_html("a < b") == "a &lt; b"


# ------------------------------------------------------------------------------------------------
# SIGHUP to the real process
# ------------------------------------------------------------------------------------------------


def wait_log(paths: tuple[Path, Path], needle: str, timeout: float = 15) -> str:
    """The first log line containing ``needle`` (stdout and stderr of the bot)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in paths:
            for line in path.read_text(errors="replace").splitlines():
                if needle in line:
                    return line
        time.sleep(0.05)
    output = "".join(p.read_text(errors="replace") for p in paths)
    raise AssertionError(f"{needle!r} not logged within {timeout}s:\n{output[-3000:]}")


def logged(paths: tuple[Path, Path], needle: str) -> int:
    """How many log lines above DEBUG contain ``needle``."""
    return sum(
        needle in line and " DEBUG " not in line
        for path in paths
        for line in path.read_text(errors="replace").splitlines()
    )


@pytest.mark.timeout(90)
def test_sighup_reloads_the_running_bot(tmp_path: Path) -> None:
    kb = copy_knowledge(tmp_path / "kb")
    before = Service.from_dir(kb)
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    logs = (out_path, err_path)
    with FakeBotAPI(token=TOKEN, bot_username=BOT_USERNAME) as api:
        env = bot_env(
            tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=api.base_url,
            KNOWLEDGE_DIR=str(kb),
            LOG_LEVEL="DEBUG",
        )
        with out_path.open("wb") as out, err_path.open("wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], cwd=REPO, env=env, stdout=out, stderr=err
            )
        user = iter(range(3001, 3100))

        def ask_bot(question: str) -> str:
            upd = api.push_update(message_update(question, user_id=next(user)))
            return str(wait_call(api, "sendMessage", replies_to(upd)).params["text"])

        try:
            api.wait_for("getUpdates", timeout=30)  # post_init (SIGHUP handler) is done
            assert ask_bot(FACT_Q) == to_html(before.ask(FACT_Q, "en"))

            # A valid change, then SIGHUP: the next answer uses it.
            edit(kb / "facts.yaml", OLD_FACT, NEW_FACT)
            after = Service.from_dir(kb)
            new = after.snapshot.kb_version
            proc.send_signal(signal.SIGHUP)
            wait_log(logs, f"SIGHUP: knowledge base reloaded: now serving version {new}")
            assert proc.poll() is None
            assert logged(logs, "reloaded") == 1  # one line per reload, as the README says
            assert ask_bot(FACT_Q) == to_html(after.ask(FACT_Q, "en"))

            # A broken quote, then SIGHUP: refused, logged with file and id, old answers go on.
            edit(kb / "quotes.yaml", *BROKEN_QUOTE)
            proc.send_signal(signal.SIGHUP)
            line = wait_log(logs, "SIGHUP: reload refused")
            assert f"still serving version {new}: 1 problem(s): " in line
            assert f"{kb / 'quotes.yaml'}:12 [nagaspayev-industrial-cooperation]" in line
            assert "does not occur verbatim" in line
            assert logged(logs, "reload refused") == 1
            assert proc.poll() is None
            assert ask_bot(FACT_Q) == to_html(after.ask(FACT_Q, "en"))
            assert ask_bot(WHO_SAID) == to_html(after.ask(WHO_SAID, "en"))
            assert ask_bot(OUT_OF_DOMAIN) == to_html(after.ask(OUT_OF_DOMAIN, "en"))

            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=10) == 0
        finally:
            stop(proc)
        assert api.violations == []
    output = out_path.read_text(errors="replace") + err_path.read_text(errors="replace")
    assert TOKEN not in output and QUOTED_TOKEN not in output
    # The refusal was recorded by the process, in DATA_DIR.
    assert query(db_file(tmp_path), "SELECT text FROM questions") == [(OUT_OF_DOMAIN,)]
