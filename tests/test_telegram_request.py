"""The HTTP layer of the Bot API calls (handlers.request) against the fake Bot API.

python-telegram-bot's own ``telegram.Bot`` with :class:`AiohttpRequest` (wrapped in
:class:`ResilientRequest`, as ``build_application`` does), so what is checked is what the bot
sends: form-encoded parameters, multipart files, the errors python-telegram-bot expects from its
HTTP layer, and which failures are retried.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
import telegram
from telegram.error import BadRequest, NetworkError, TimedOut

from handlers.request import AiohttpRequest, ResilientRequest
from tests.fake_bot_api import FakeBotAPI

FAST = (0.01, 0.02)


@pytest.fixture
async def bot(fake_api: FakeBotAPI) -> AsyncIterator[telegram.Bot]:
    request = ResilientRequest(AiohttpRequest(read_timeout=1.0), retry_delays=FAST)
    async with telegram.Bot(fake_api.token, base_url=fake_api.bot_base_url, request=request) as b:
        yield b


async def test_parameters_and_files_reach_the_bot_api(
    fake_api: FakeBotAPI, bot: telegram.Bot
) -> None:
    markup = telegram.InlineKeyboardMarkup(
        [[telegram.InlineKeyboardButton("Источник", callback_data="s:1")]]
    )
    text = "<b>Кто</b> &amp; «что»"
    sent = await bot.send_message(5, text, parse_mode="HTML", reply_markup=markup)
    assert sent.text == "Кто & «что»"
    await bot.send_document(5, b"abc", filename="a.txt", caption="c")
    msg, doc = fake_api.calls_of("sendMessage")[0], fake_api.calls_of("sendDocument")[0]
    assert msg.params == {
        "chat_id": 5,
        "text": text,
        "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "Источник", "callback_data": "s:1"}]]},
    }
    assert doc.params["chat_id"] == 5 and doc.params["caption"] == "c"
    assert (doc.files["document"].filename, doc.files["document"].data) == ("a.txt", b"abc")
    assert fake_api.violations == []


async def test_a_5xx_is_retried_until_it_succeeds(
    fake_api: FakeBotAPI, bot: telegram.Bot, caplog: pytest.LogCaptureFixture
) -> None:
    fake_api.inject("sendMessage", ("status", 502, "Bad Gateway"), times=2)
    caplog.set_level(logging.WARNING, logger="summitbot.telegram")
    sent = await bot.send_message(5, "hi")
    assert sent.text == "hi"
    assert [c.status for c in fake_api.calls_of("sendMessage")] == [502, 502, 200]
    assert caplog.messages == [
        "Bot API sendMessage answered 502; retry 1 of 2 in 0.0 s",
        "Bot API sendMessage answered 502; retry 2 of 2 in 0.0 s",
    ]


async def test_a_5xx_on_every_attempt_reaches_the_caller(
    fake_api: FakeBotAPI, bot: telegram.Bot
) -> None:
    fake_api.inject("sendMessage", ("status", 500, "Internal Server Error"), times=3)
    with pytest.raises(NetworkError, match=r"^Internal Server Error$"):
        await bot.send_message(5, "hi")
    assert [c.status for c in fake_api.calls_of("sendMessage")] == [500, 500, 500]


async def test_a_bad_request_is_not_retried(fake_api: FakeBotAPI, bot: telegram.Bot) -> None:
    fake_api.inject("sendMessage", ("status", 400, "Bad Request: chat not found"))
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(5, "hi")
    assert len(fake_api.calls_of("sendMessage")) == 1


@pytest.mark.parametrize(
    ("fault", "error", "message"),
    [
        (("drop",), NetworkError, r"^aiohttp\.ServerDisconnectedError: "),
        (("delay", 2), TimedOut, r"^Timed out \("),
    ],
)
async def test_an_unknown_outcome_is_not_retried(
    fake_api: FakeBotAPI,
    bot: telegram.Bot,
    fault: tuple[object, ...],
    error: type[Exception],
    message: str,
) -> None:
    """A dropped connection or no reply within the read timeout: Telegram may have delivered
    the message, so it is not sent again (a user must never get the same answer twice)."""
    fake_api.inject("sendMessage", fault)
    with pytest.raises(error, match=message) as raised:
        await bot.send_message(5, "hi")
    assert fake_api.token not in str(raised.value)
    assert len(fake_api.calls_of("sendMessage")) == 1


async def test_the_request_must_be_initialized(fake_api: FakeBotAPI) -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request(fake_api.method_url("getMe"), "POST")
