"""Conversations end to end: the real ``python -m bot run`` process against the fake Bot API.

A follow-up in a private chat; a follow-up in a group by replying to the bot's answer; a reply
to an answer three answers back; two people in one group whose contexts do not mix; a context
that has expired (Telegram's message dates are the conversation's clock, so the test sends a
first message dated 25 minutes ago instead of waiting); a button press that becomes the
context. Also, in process: the context lives in ``chat_data`` and the answer memory is bounded.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import ANSWER_MEMORY, CONTEXT_TTL_SECONDS, AnswerMemory, Context
from handlers.common import App
from handlers.context import ANSWERS_KEY, CONVERSATIONS_KEY
from tests.conftest import KNOWLEDGE, REPO, feed, html_problems, unparsed_texts
from tests.fake_bot_api import (
    Call,
    FakeBotAPI,
    callback_query_update,
    group_message_update,
    message_update,
)
from tests.test_e2e_telegram import BOT_USERNAME, TOKEN, bot_env, reply_to, stop, wait_call

pytestmark = pytest.mark.timeout(90)

GROUP = -1001000000888
MENTION = f"@{BOT_USERNAME}"


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(token=TOKEN, bot_username=BOT_USERNAME) as server:
        yield server


def ask(api: FakeBotAPI, update: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Push an update, wait for the bot's reply to it; its HTML and the sent message."""
    pushed = api.push_update(update)
    call: Call = wait_call(api, "sendMessage", reply_to(pushed))
    return str(call.params["text"]), call.result


def test_conversations_end_to_end(api: FakeBotAPI, tmp_path: Path) -> None:
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        KNOWLEDGE_DIR=str(KNOWLEDGE),
        FLOOD_LIMIT="1000",
    )
    err_path = tmp_path / "stderr.txt"
    with err_path.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        api.wait_for("getUpdates", timeout=30)

        # A private follow-up: "his" is the speaker of the answer before.
        first, _ = ask(api, message_update("who said 133 projects?", user_id=3001))
        assert "<b>Yersaiyn Nagaspayev</b>" in first
        job, _ = ask(api, message_update("what's his job?", user_id=3001))
        assert job.startswith("<b>Yersaiyn Nagaspayev</b> is Kazakhstan")
        assert "Minister of Industry and Construction" in job
        when, _ = ask(api, message_update("когда это было", user_id=3001, language_code="ru"))
        assert "17 июня 2025" in when

        # A group follow-up by replying to the bot's answer (no mention needed).
        _, card = ask(api, group_message_update(f"{MENTION} who is safarov", GROUP, 3002))
        origin, _ = ask(
            api, group_message_update("where is he from", GROUP, 3002, reply_to_message=card)
        )
        assert "<b>Saifullo Safarov</b> is from Tajikistan" in origin

        # A reply to an answer three answers back restores that answer's context.
        _, old = ask(api, message_update("who is osmonaliyev", user_id=3003))
        for question in ("when was the first summit", "what did nagaspayev say", "who is safarov"):
            ask(api, message_update(question, user_id=3003))
        back, _ = ask(api, message_update("what's his job?", user_id=3003, reply_to_message=old))
        assert "<b>Kairat Osmonaliyev</b> is former Kyrgyzstan" in back
        # ... and the conversation goes on from there, without replying again.
        own, _ = ask(api, message_update("and where is he from?", user_id=3003))
        assert "<b>Kairat Osmonaliyev</b> is from Kyrgyzstan" in own

        # Two people in one group: each "his" is their own person.
        ask(api, group_message_update(f"{MENTION} who is nagaspayev", GROUP, 3004))
        ask(api, group_message_update(f"{MENTION} who is osmonaliyev", GROUP, 3005))
        mine, _ = ask(api, group_message_update(f"{MENTION} what's his job?", GROUP, 3004))
        theirs, _ = ask(api, group_message_update(f"{MENTION} what's his job?", GROUP, 3005))
        assert "<b>Yersaiyn Nagaspayev</b> is" in mine
        assert "<b>Kairat Osmonaliyev</b> is" in theirs

        # Expiry: twenty minutes after the last answer, "his" means nobody any more.
        then = int(time.time()) - CONTEXT_TTL_SECONDS - 5 * 60
        ask(api, message_update("who is safarov", user_id=3006, date=then))
        late, _ = ask(api, message_update("what's his job?", user_id=3006))
        assert late.startswith("Who do you mean?")

        # An attribute the base lacks: refused, the card offered as a button.
        ask(api, message_update("кто такой Сафаров", user_id=3007, language_code="ru"))
        pushed = api.push_update(
            message_update("сколько ему лет", user_id=3007, language_code="ru")
        )
        call = wait_call(api, "sendMessage", reply_to(pushed))
        assert "сведений о возрасте" in call.params["text"]
        buttons = call.params["reply_markup"]["inline_keyboard"]
        assert [b["callback_data"] for row in buttons for b in row] == ["e:saifullo-safarov"]

        # A suggestion button pressed becomes the presser's context.
        press = api.push_update(
            callback_query_update("e:saifullo-safarov", message=call.result, user_id=3007)
        )
        press_id = press["callback_query"]["id"]
        wait_call(api, "answerCallbackQuery", lambda c: c.params["callback_query_id"] == press_id)
        wait_call(
            api,
            "sendMessage",
            lambda c: c.params.get("chat_id") == 3007 and "reply_parameters" not in c.params,
        )
        country, _ = ask(api, message_update("откуда он?", user_id=3007, language_code="ru"))
        assert "Ассоциации политологов Таджикистана" in country
    finally:
        stop(proc)
    assert html_problems(api.calls) == []
    assert unparsed_texts(api.calls) == []
    assert api.violations == [], err_path.read_text(errors="replace")[-3000:]


# -- in process: where the context is kept -------------------------------------------------


async def test_contexts_live_in_chat_data_per_user(tg_app: App) -> None:
    await feed(tg_app, group_message_update("@" + tg_app.bot.username + " who is safarov"))
    data = tg_app.chat_data
    chat = next(iter(data.values()))
    assert len(chat[CONVERSATIONS_KEY]) == 1  # one person, one context
    memory = chat[ANSWERS_KEY]
    assert isinstance(memory, AnswerMemory) and len(memory) == 1


def test_the_answer_memory_default_is_bounded() -> None:
    assert ANSWER_MEMORY == 200
    memory = AnswerMemory()
    for n in range(ANSWER_MEMORY + 50):
        memory.remember(n, Context(entries=("x",), at=0.0))
    assert len(memory) == ANSWER_MEMORY
    assert memory.recall(0, 1.0) is None
    assert memory.recall(ANSWER_MEMORY + 49, 1.0) is not None


async def test_a_quick_follow_up_waits_for_the_turn_before(
    tg_app: App, fake_api: FakeBotAPI
) -> None:
    """Updates are handled concurrently: a follow-up sent before the first answer is out
    must still see its context (each chat's turns take the chat's lock in order)."""
    await asyncio.gather(
        feed(tg_app, message_update("who is safarov", user_id=4001)),
        feed(tg_app, message_update("what's his job?", user_id=4001)),
    )
    texts = fake_api.texts_sent(4001)
    assert len(texts) == 2
    assert texts[1].startswith("<b>Saifullo Safarov</b> is chairman"), texts[1]
