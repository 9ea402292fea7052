"""End to end: the real ``python -m bot run`` process against a fake Bot API on 127.0.0.1.

The bot long-polls ``getUpdates`` on the fake; the test pushes realistic updates, waits for the
Bot API calls they cause and compares them with what the core answers in this process from the
same knowledge directory. It also breaks polling (a 502 and a dropped connection) and checks
python-telegram-bot recovers, stops the bot with SIGTERM (exit 0 within 5 s), and checks that
the token, logged at DEBUG, never appears in the process's output.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import ENV_VARS
from bot.render import to_html
from bot.service import Service
from handlers.texts import EXAMPLES, texts_for
from tests.conftest import KNOWLEDGE, REPO, html_problems, unparsed_texts
from tests.fake_bot_api import (
    Call,
    FakeBotAPI,
    callback_query_update,
    group_message_update,
    inline_query_update,
    message_update,
    sticker_update,
)

pytestmark = pytest.mark.timeout(60)

TOKEN = "5550001234:AAE2eSecretTokenValue-abcdefghijklmnop"
QUOTED_TOKEN = TOKEN.replace(":", "%3A")
BOT_USERNAME = "summit_e2e_bot"
EN = texts_for("en")
CONFIG_VARS = ENV_VARS
WAIT = 10.0


def bot_env(tmp_path: Path, **env: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in CONFIG_VARS}
    return {
        **base,
        "PYTHONPATH": str(REPO),
        "PYTHONUNBUFFERED": "1",
        "DATA_DIR": str(tmp_path / "var"),
        **env,
    }


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(token=TOKEN, bot_username=BOT_USERNAME) as server:
        yield server


def wait_call(api: FakeBotAPI, method: str, predicate: Callable[[Call], bool]) -> Call:
    calls = api.wait_for(method, timeout=WAIT, predicate=lambda c: c.ok and predicate(c))
    assert len(calls) == 1, [c.params for c in calls]
    return calls[0]


def to_chat(chat_id: int) -> Callable[[Call], bool]:
    return lambda c: c.params.get("chat_id") == chat_id


def reply_to(update: dict[str, Any]) -> Callable[[Call], bool]:
    msg = update["message"]

    def check(c: Call) -> bool:
        params = c.params.get("reply_parameters") or {}
        return bool(
            c.params.get("chat_id") == msg["chat"]["id"]
            and params.get("message_id") == msg["message_id"]
        )

    return check


def keyboard(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [
        (b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row
    ]


def stop(proc: subprocess.Popen[bytes]) -> int:
    if proc.poll() is None:
        proc.kill()
    return proc.wait(timeout=10)


def test_the_bot_end_to_end(api: FakeBotAPI, service: Service, tmp_path: Path) -> None:
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        LOG_LEVEL="DEBUG",
        KNOWLEDGE_DIR=str(KNOWLEDGE),
    )
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=REPO, env=env, stdout=out, stderr=err
        )
    try:
        # Start-up: the command menu (English and Russian), then long polling.
        api.wait_for("setMyCommands", count=2, timeout=30)
        api.wait_for("getUpdates", timeout=WAIT)
        assert {lang for _, lang in api.commands} == {"", "ru"}
        assert api.descriptions[""] == EN.description

        # /start: the welcome and three example buttons.
        api.push_update(message_update("/start", user_id=1001))
        call = wait_call(api, "sendMessage", to_chat(1001))
        assert call.params["text"] == EN.welcome
        assert keyboard(call) == [(e.label, f"q:{n}") for n, e in enumerate(EXAMPLES["en"])]

        # A who-said question and a what-did-X-say question.
        who_q = "Who said “China has always adhered to a foreign policy of good-neighborliness”?"
        upd = api.push_update(message_update(who_q, user_id=1002))
        call = wait_call(api, "sendMessage", reply_to(upd))
        assert call.params["text"] == to_html(service.ask(who_q, "en"))
        assert "<b>Kairat Osmonaliyev</b>" in call.params["text"]
        assert "<blockquote>" in call.params["text"]
        assert '<a href="https://www.bastillepost.com/' in call.params["text"]
        assert call.params["parse_mode"] == "HTML"
        assert call.params["link_preview_options"] == {"is_disabled": True}

        what_q = "What did the Kazakh minister say about mining?"
        upd = api.push_update(message_update(what_q, user_id=1003))
        call = wait_call(api, "sendMessage", reply_to(upd))
        assert call.params["text"] == to_html(service.ask(what_q, "en"))
        assert "<b>Yersaiyn Nagaspayev</b>" in call.params["text"]

        # Inline mode.
        upd = api.push_update(inline_query_update("treaty", user_id=1004))
        query_id = upd["inline_query"]["id"]
        call = wait_call(
            api, "answerInlineQuery", lambda c: c.params.get("inline_query_id") == query_id
        )
        results = call.params["results"]
        expected = service.search("treaty", 10)
        assert 1 <= len(results) <= 10
        assert [r["input_message_content"]["message_text"] for r in results] == [
            to_html(a) for a in expected
        ]
        assert call.params["cache_time"] == 300

        # A refusal with suggestion buttons; pressing one answers that entry.
        upd = api.push_update(message_update("mining in paris", user_id=1005))
        call = wait_call(api, "sendMessage", reply_to(upd))
        refusal = service.ask("mining in paris", "en")
        assert call.params["text"] == to_html(refusal)
        buttons = keyboard(call)
        assert buttons == [(s.label, f"e:{s.id}") for s in refusal.suggestions[:3]]
        bot_message = next(
            m
            for m in api.sent_messages
            if m["chat"]["id"] == 1005 and m.get("reply_markup") == call.params["reply_markup"]
        )
        press = api.push_update(
            callback_query_update(buttons[0][1], message=bot_message, user_id=1005)
        )
        press_id = press["callback_query"]["id"]
        wait_call(api, "answerCallbackQuery", lambda c: c.params["callback_query_id"] == press_id)
        entry = service.entry(buttons[0][1][2:], "en")
        assert entry is not None
        call = wait_call(
            api,
            "sendMessage",
            lambda c: c.params.get("chat_id") == 1005 and c.params.get("text") == to_html(entry),
        )
        assert keyboard(call) == [
            ("👍", f"f:+:{entry.entries[0]}"),
            ("👎", f"f:-:{entry.entries[0]}"),
        ]

        # A sticker.
        upd = api.push_update(sticker_update(user_id=1006))
        call = wait_call(api, "sendMessage", reply_to(upd))
        assert call.params["text"] == EN.non_text

        # Group: chatter without a mention is ignored; a mention is answered.
        group = -1001000000777
        ignored = api.push_update(
            group_message_update("who said good-neighborliness", chat_id=group, user_id=1007)
        )
        mention_q = f"@{BOT_USERNAME} who said good-neighborliness"
        upd = api.push_update(group_message_update(mention_q, chat_id=group, user_id=1007))
        call = wait_call(api, "sendMessage", reply_to(upd))
        assert call.params["text"] == to_html(service.ask("who said good-neighborliness", "en"))

        # HTML in a question is escaped.
        html_q = "Who said <b>mining & metallurgy</b>?"
        upd = api.push_update(message_update(html_q, user_id=1008))
        call = wait_call(api, "sendMessage", reply_to(upd))
        assert call.params["text"] == to_html(service.ask(html_q, "en"))
        assert "&lt;b&gt;mining &amp; metallurgy&lt;/b&gt;" in call.params["text"]

        # An out-of-domain question.
        ood = "What is the weather in Paris?"
        upd = api.push_update(message_update(ood, user_id=1009))
        call = wait_call(api, "sendMessage", reply_to(upd))
        assert call.params["text"] == to_html(service.ask(ood, "en"))
        assert "reply_markup" not in call.params

        # Polling survives a 502 and a dropped connection.
        api.inject("getUpdates", ("status", 502, "Bad Gateway"))
        api.inject("getUpdates", ("drop",))
        upd = api.push_update(message_update("/people", user_id=1010))
        wait_call(api, "sendMessage", to_chat(1010))
        api.wait_for("getUpdates", count=2, timeout=WAIT, predicate=lambda c: c.fault is not None)
        upd = api.push_update(message_update(who_q, user_id=1011))
        call = wait_call(api, "sendMessage", reply_to(upd))
        assert call.params["text"] == to_html(service.ask(who_q, "en"))

        # Nothing was ever sent for the ignored group message.
        ignored_id = ignored["message"]["message_id"]
        assert not [
            c
            for c in api.calls_of("sendMessage")
            if (c.params.get("reply_parameters") or {}).get("message_id") == ignored_id
        ]
        assert len([c for c in api.calls_of("sendMessage") if c.params["chat_id"] == group]) == 1

        # SIGTERM: a clean stop within 5 seconds.
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=5)
        assert code == 0, err_path.read_text(errors="replace")[-3000:]
        assert time.monotonic() - started < 5
    finally:
        stop(proc)

    output = out_path.read_text(errors="replace") + err_path.read_text(errors="replace")
    assert "DEBUG" in output  # it really logged at DEBUG
    assert "Bad Gateway" in output  # and logged the polling errors it recovered from
    assert TOKEN not in output
    assert QUOTED_TOKEN not in output
    assert TOKEN.split(":")[1] not in output
    calls = api.calls
    assert html_problems(calls) == []
    assert unparsed_texts(calls) == []
    assert api.violations == []


def run_cli(tmp_path: Path, timeout: float = 30, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=REPO,
        env=bot_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_run_without_a_token_exits_2_naming_the_variable(tmp_path: Path) -> None:
    result = run_cli(tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in lines[0]
    assert result.stdout == ""


def test_run_with_a_broken_knowledge_dir_exits_1(tmp_path: Path) -> None:
    result = run_cli(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL="http://127.0.0.1:9",
        KNOWLEDGE_DIR=str(tmp_path / "missing"),
    )
    assert result.returncode == 1
    assert "knowledge directory not found" in result.stderr
    assert TOKEN not in result.stderr + result.stdout


def test_run_with_an_unreachable_api_exits_1(tmp_path: Path) -> None:
    with FakeBotAPI(token=TOKEN) as api:
        api.inject("getMe", ("status", 502, "Bad Gateway"), times=10)
        result = run_cli(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.base_url)
    assert result.returncode == 1
    assert "cannot reach the Bot API" in result.stderr
    assert TOKEN not in result.stderr + result.stdout


def test_run_with_a_rejected_token_exits_2(tmp_path: Path) -> None:
    with FakeBotAPI(token="1:other") as api:
        result = run_cli(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.base_url)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert TOKEN not in result.stderr + result.stdout
