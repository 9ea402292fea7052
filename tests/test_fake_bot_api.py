"""Tests proving that the fake Bot API server works with the real python-telegram-bot."""

from __future__ import annotations

import asyncio
import html
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import telegram
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputMediaPhoto,
    InputTextMessageContent,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application, CommandHandler, ContextTypes

from tests.fake_bot_api import (
    ApiError,
    Call,
    FakeBotAPI,
    callback_query_update,
    document_update,
    edited_message_update,
    group_message_update,
    inline_query_update,
    location_update,
    message_update,
    photo_update,
    sticker_update,
    voice_update,
)
from tests.telegram_html import validate_telegram_html, visible_length, visible_text

CHAT_ID = 424242


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(
        api.token, base_url=f"{api.base_url}/bot", base_file_url=f"{api.base_url}/file/bot"
    ) as b:
        yield b


def _post(api: FakeBotAPI, method: str, **kwargs: Any) -> httpx.Response:
    return httpx.post(api.method_url(method), timeout=10, **kwargs)


# ------------------------------------------------------------------------------------------------
# Basic calls through PTB
# ------------------------------------------------------------------------------------------------


async def test_get_me(api: FakeBotAPI, bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot is True
    assert me.username == "summit_test_bot"
    assert me.id == 123456
    assert api.calls_of("getMe")
    assert api.violations == []


async def test_send_message_is_recorded_with_decoded_params(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("More", callback_data="more:1")],
            [InlineKeyboardButton("Site", url="https://example.org")],
        ]
    )
    msg = await bot.send_message(
        CHAT_ID,
        "<b>Astana</b> &amp; Xi'an summits",
        parse_mode="HTML",
        reply_markup=markup,
        reply_parameters=ReplyParameters(message_id=7),
    )
    assert msg.text == "Astana & Xi'an summits"
    assert msg.chat.id == CHAT_ID
    assert msg.from_user is not None and msg.from_user.is_bot

    (call,) = api.wait_for("sendMessage", timeout=5)
    assert isinstance(call, Call)
    assert call.params["chat_id"] == CHAT_ID
    assert call.params["parse_mode"] == "HTML"
    assert call.params["text"] == "<b>Astana</b> &amp; Xi'an summits"
    assert call.params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "More", "callback_data": "more:1"}],
            [{"text": "Site", "url": "https://example.org"}],
        ]
    }
    assert call.params["reply_parameters"] == {"message_id": 7}
    assert call.status == 200 and call.ok
    assert call.result["message_id"] == msg.message_id
    assert api.sent_messages[-1]["message_id"] == msg.message_id
    assert api.texts_sent(CHAT_ID) == ["<b>Astana</b> &amp; Xi'an summits"]
    assert api.violations == []


async def test_message_ids_increase_and_edit_works(api: FakeBotAPI, bot: telegram.Bot) -> None:
    first = await bot.send_message(CHAT_ID, "one")
    second = await bot.send_message(CHAT_ID, "two")
    assert second.message_id > first.message_id
    edited = await bot.edit_message_text("two!", chat_id=CHAT_ID, message_id=second.message_id)
    assert isinstance(edited, telegram.Message)
    assert edited.text == "two!"
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("two!", chat_id=CHAT_ID, message_id=second.message_id)
    assert await bot.edit_message_text("inline", inline_message_id="abc") is True
    assert api.violations == []


async def test_common_bot_setup_calls(api: FakeBotAPI, bot: telegram.Bot) -> None:
    assert await bot.delete_webhook(drop_pending_updates=True) is True
    info = await bot.get_webhook_info()
    assert info.url == ""
    assert await bot.get_my_commands() == ()
    assert await bot.set_my_commands([BotCommand("start", "Start the bot")]) is True
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    assert await bot.set_my_description("About summits") is True
    assert (await bot.get_my_description()).description == "About summits"
    assert await bot.set_my_short_description("Summits") is True
    assert await bot.set_chat_menu_button() is True
    assert await bot.delete_my_commands() is True
    assert await bot.send_chat_action(CHAT_ID, "typing") is True
    assert await bot.answer_callback_query("42", text="Done") is True
    assert await bot.answer_inline_query(
        "99",
        [InlineQueryResultArticle("r1", "Title", InputTextMessageContent("<i>x</i>", "HTML"))],
    )
    assert api.violations == []
    _assert_results_match_spec(api)


async def test_uploads_and_downloads(api: FakeBotAPI, bot: telegram.Bot) -> None:
    photo = await bot.send_photo(CHAT_ID, b"\x89PNG fake", caption="<b>map</b>", parse_mode="HTML")
    assert photo.photo and photo.caption == "map"
    (call,) = api.calls_of("sendPhoto")
    assert call.params["photo"].data == b"\x89PNG fake"
    album = await bot.send_media_group(CHAT_ID, [InputMediaPhoto(b"a"), InputMediaPhoto(b"b")])
    assert len(album) == 2
    (group_call,) = api.calls_of("sendMediaGroup")
    assert len(group_call.files) == 2
    assert all(m["media"].startswith("attach://") for m in group_call.params["media"])

    await bot.send_location(CHAT_ID, 43.2, 76.9)
    await bot.send_dice(CHAT_ID)
    await bot.send_poll(CHAT_ID, "Which summit?", ["Xi'an", "Astana"])
    await bot.get_chat(CHAT_ID)
    await bot.get_chat_member(CHAT_ID, CHAT_ID)
    api.add_file("doc-1", b"hello file")
    tg_file = await bot.get_file("doc-1")
    assert tg_file.file_path is not None and tg_file.file_path.startswith(api.base_url)
    assert bytes(await tg_file.download_as_bytearray()) == b"hello file"
    assert api.violations == []
    _assert_results_match_spec(api)


def _assert_results_match_spec(api: FakeBotAPI) -> None:
    """The fake's default answers are themselves valid Bot API objects."""
    for call in api.calls:
        if not call.ok or call.result is True:
            continue
        returns = api.spec.methods[call.method].returns
        type_name = next(t for t in returns if t != "Boolean")
        assert api.validate_object(call.result, type_name) == [], call.method


# ------------------------------------------------------------------------------------------------
# getUpdates
# ------------------------------------------------------------------------------------------------


async def test_long_poll_returns_pushed_update(api: FakeBotAPI, bot: telegram.Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await api.async_wait_for("getUpdates", timeout=5)
    await asyncio.sleep(0.2)
    assert not poll.done()
    pushed = api.push_update(message_update("/start"))
    updates = await asyncio.wait_for(poll, timeout=5)
    assert time.monotonic() - started < 5
    assert [u.update_id for u in updates] == [pushed["update_id"]]
    assert updates[0].message is not None and updates[0].message.text == "/start"
    assert api.delivered_update_ids == [pushed["update_id"]]


async def test_long_poll_times_out_empty(bot: telegram.Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.8 <= time.monotonic() - started < 5


async def test_offset_confirms_and_drops_updates(api: FakeBotAPI, bot: telegram.Bot) -> None:
    ids = [api.push_update(message_update(f"msg {i}"))["update_id"] for i in range(3)]
    assert ids == sorted(ids) and len(set(ids)) == 3
    first = await bot.get_updates(limit=2)
    assert [u.update_id for u in first] == ids[:2]
    again = await bot.get_updates()  # nothing confirmed yet: everything is delivered again
    assert [u.update_id for u in again] == ids
    rest = await bot.get_updates(offset=ids[1] + 1)
    assert [u.update_id for u in rest] == ids[2:]
    assert api.confirmed_offset == ids[1] + 1
    assert await bot.get_updates(offset=ids[2] + 1, timeout=0) == ()
    assert api.pending_updates == []
    assert api.delivered_update_ids == ids[:2] + ids + ids[2:]
    api.wait_until_confirmed(ids[2], timeout=1)


async def test_explicit_update_id_and_allowed_updates(api: FakeBotAPI, bot: telegram.Bot) -> None:
    api.push_update({"update_id": 200_000_000, **message_update("hi")})
    auto = api.push_update(callback_query_update("x"))
    assert auto["update_id"] == 200_000_001
    updates = await bot.get_updates(allowed_updates=["message"])
    assert [u.update_id for u in updates] == [200_000_000]
    assert api.filtered_update_ids == [200_000_001]


def test_stop_releases_a_pending_long_poll() -> None:
    api = FakeBotAPI().start()
    results: list[float] = []

    def poll() -> None:
        started = time.monotonic()
        with pytest.raises(httpx.HTTPError):
            while True:  # the first request returns [] when stopping; the next one fails
                httpx.post(api.method_url("getUpdates"), data={"timeout": "30"}, timeout=40)
        results.append(time.monotonic() - started)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    api.wait_for("getUpdates", timeout=5)
    time.sleep(0.2)
    api.stop()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert results and results[0] < 5


def test_abandoned_long_poll_is_marked_499(api: FakeBotAPI) -> None:
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(api.method_url("getUpdates"), data={"timeout": "20"}, timeout=0.5)
    (call,) = api.wait_for("getUpdates", timeout=5, predicate=lambda c: c.status == 499)
    assert call.response is None
    api.push_update(message_update("after"))
    assert api.delivered_update_ids == []


def test_second_poller_terminates_the_first(api: FakeBotAPI) -> None:
    responses: list[httpx.Response] = []

    def poll() -> None:
        responses.append(
            httpx.post(api.method_url("getUpdates"), data={"timeout": "20"}, timeout=30)
        )

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    api.wait_for("getUpdates", timeout=5)
    time.sleep(0.2)
    second = httpx.post(api.method_url("getUpdates"), data={"timeout": "0"}, timeout=10)
    assert second.json() == {"ok": True, "result": []}
    thread.join(timeout=5)
    assert responses and responses[0].status_code == 409
    assert "terminated by other getUpdates" in responses[0].json()["description"]


async def test_webhook_blocks_get_updates(api: FakeBotAPI, bot: telegram.Bot) -> None:
    await bot.set_webhook("https://example.org/hook")
    with pytest.raises(telegram.error.Conflict):
        await bot.get_updates()
    await bot.delete_webhook()
    assert await bot.get_updates() == ()


# ------------------------------------------------------------------------------------------------
# Validation
# ------------------------------------------------------------------------------------------------


async def test_missing_required_parameter_is_a_violation(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    with pytest.raises(BadRequest):
        await bot._post("sendMessage", {"chat_id": CHAT_ID})
    assert any("missing required parameter 'text'" in v for v in api.violations)
    (call,) = api.calls_of("sendMessage")
    assert call.status == 400 and call.violations


def test_unknown_parameter_and_method_are_violations(api: FakeBotAPI) -> None:
    resp = _post(api, "sendMessage", data={"chat_id": "1", "text": "hi", "colour": "red"})
    assert resp.status_code == 400
    assert resp.json()["ok"] is False
    assert "colour" in resp.json()["description"]
    resp = _post(api, "sendMesage", data={"chat_id": "1"})
    assert resp.status_code == 404
    assert resp.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert len(api.violations) == 2
    assert "unknown parameter 'colour'" in api.violations[0]
    assert "unknown method 'sendMesage'" in api.violations[1]


async def test_unknown_method_through_ptb(api: FakeBotAPI, bot: telegram.Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    assert api.violations == ["noSuchMethod: unknown method 'noSuchMethod'"]


async def test_invalid_html_is_rejected(api: FakeBotAPI, bot: telegram.Bot) -> None:
    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_message(CHAT_ID, "1 < 2 <b>bold</i>", parse_mode="HTML")
    assert api.violations and all("invalid HTML" in v for v in api.violations)
    assert api.calls_of("sendMessage")[0].status == 400


async def test_text_length_is_counted_after_entity_parsing(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    fits = "<b>" + "x" * 4090 + "</b>&amp;"  # 4091 visible characters, 4100 raw
    await bot.send_message(CHAT_ID, fits, parse_mode="HTML")
    assert api.violations == []
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(CHAT_ID, "y" * 4097)
    with pytest.raises(BadRequest, match="empty"):
        await bot.send_message(CHAT_ID, "<b> </b>", parse_mode="HTML")
    assert len(api.violations) == 2


async def test_text_length_is_counted_in_utf16_code_units(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    """Like Telegram: an emoji outside the BMP counts two, so 2,049 of them are too long."""
    await bot.send_message(CHAT_ID, "\U0001f600" * 2048)
    assert api.violations == []
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(CHAT_ID, "\U0001f600" * 2049)
    assert len(api.violations) == 1


async def test_callback_data_inline_results_and_answer_text_limits(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    long_data = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(CHAT_ID, "menu", reply_markup=long_data)
    results = [
        InlineQueryResultArticle(str(i), f"T{i}", InputTextMessageContent("x")) for i in range(51)
    ]
    with pytest.raises(BadRequest, match=r"(?i)results_too_much"):
        await bot.answer_inline_query("1", results)
    with pytest.raises(BadRequest, match=r"(?i)result_id_invalid"):
        await bot.answer_inline_query(
            "1", [InlineQueryResultArticle("i" * 65, "T", InputTextMessageContent("x"))]
        )
    with pytest.raises(BadRequest):
        await bot.answer_callback_query("1", text="z" * 201)
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "Start")])
    messages = "\n".join(api.violations)
    assert "callback_data is too long: 66 bytes, must be 1-64" in messages
    assert "at most 50 results" in messages
    assert "results[0].id: id is too long: 65 bytes, must be 1-64" in messages
    assert "text is too long: 201 characters, must be 0-200" in messages
    assert "invalid bot command 'Start'" in messages
    assert len(api.violations) == 5


def test_nested_objects_are_validated(api: FakeBotAPI) -> None:
    markup = {"inline_keyboard": [[{"text": "x", "callback_data": "a", "colour": "red"}]]}
    resp = _post(api, "sendMessage", json={"chat_id": 1, "text": "hi", "reply_markup": markup})
    assert resp.status_code == 400
    assert "reply_markup.inline_keyboard[0][0].colour" in api.violations[0]
    api.clear_calls()
    no_action = {"inline_keyboard": [[{"text": "x"}]]}
    resp = _post(api, "sendMessage", json={"chat_id": 1, "text": "hi", "reply_markup": no_action})
    assert resp.status_code == 400
    assert "exactly one of" in api.violations[0]


def test_request_encodings(api: FakeBotAPI) -> None:
    markup = {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}
    expected = {"chat_id": 5, "text": "123", "reply_markup": markup, "disable_notification": True}
    # application/x-www-form-urlencoded with a JSON-serialized reply_markup
    form: dict[str, Any] = {**expected, "chat_id": "5", "reply_markup": json.dumps(markup)}
    form["disable_notification"] = "true"
    assert _post(api, "sendMessage", data=form).status_code == 200
    # application/json
    assert _post(api, "sendMessage", json=expected).status_code == 200
    # multipart/form-data
    assert (
        _post(
            api,
            "sendDocument",
            data={"chat_id": "5", "caption": "c"},
            files={"document": ("a.txt", b"abc", "text/plain")},
        ).status_code
        == 200
    )
    # GET with query arguments
    resp = httpx.get(api.method_url("sendMessage"), params=form, timeout=10)
    assert resp.status_code == 200
    calls = api.calls
    assert [c.params for c in calls if c.method == "sendMessage"] == [expected] * 3
    assert calls[-1].http_method == "GET"
    doc = api.calls_of("sendDocument")[0]
    assert doc.params["chat_id"] == 5 and doc.params["document"].filename == "a.txt"
    assert api.violations == []


async def test_wrong_token_is_unauthorized(api: FakeBotAPI) -> None:
    resp = httpx.post(f"{api.base_url}/bot999:WRONG/getMe", timeout=10)
    assert resp.status_code == 401
    assert resp.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    with pytest.raises(InvalidToken):
        async with telegram.Bot("999:WRONG", base_url=api.bot_base_url):
            pass


def test_wait_for_times_out_with_recorded_methods(api: FakeBotAPI) -> None:
    _post(api, "getMe")
    started = time.monotonic()
    with pytest.raises(AssertionError, match=r"recorded methods: \['getMe'\]"):
        api.wait_for("sendMessage", timeout=0.3)
    assert time.monotonic() - started < 2
    assert api.wait_for("getMe", predicate=lambda c: c.http_method == "POST", timeout=1)


# ------------------------------------------------------------------------------------------------
# Fault injection
# ------------------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_retry_after_raises_retry_after(api: FakeBotAPI, bot: telegram.Bot) -> None:
    api.inject("sendMessage", ("retry_after", 7))
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(CHAT_ID, "hi")
    assert "Retry in 7" in str(excinfo.value)
    (call,) = api.calls_of("sendMessage")
    assert call.status == 429 and call.fault == ("retry_after", 7)
    assert call.response is not None and call.response["parameters"] == {"retry_after": 7}
    await bot.send_message(CHAT_ID, "hi")  # the fault was consumed
    assert api.violations == []


async def test_server_errors_raise_network_errors(api: FakeBotAPI, bot: telegram.Bot) -> None:
    api.inject("sendMessage", ("status", 500, "Internal Server Error"))
    api.inject("sendMessage", ("status", 502))
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(CHAT_ID, "a")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(CHAT_ID, "b")
    assert (await bot.send_message(CHAT_ID, "c")).text == "c"
    assert [c.status for c in api.calls_of("sendMessage")] == [500, 502, 200]
    assert issubclass(NetworkError, TelegramError)


async def test_drop_and_delay(api: FakeBotAPI, bot: telegram.Bot) -> None:
    api.inject("*", ("drop",))
    with pytest.raises(NetworkError):
        await bot.get_me()
    api.inject("sendMessage", ("delay", 0.5))
    started = time.monotonic()
    msg = await bot.send_message(CHAT_ID, "slow")
    assert time.monotonic() - started >= 0.45
    assert msg.text == "slow"
    api.inject("sendMessage", ("delay", 3))
    with pytest.raises(telegram.error.TimedOut):
        await bot.send_message(CHAT_ID, "too slow", read_timeout=0.5)
    assert api.violations == []


def test_inject_rejects_unknown_faults(api: FakeBotAPI) -> None:
    with pytest.raises(ValueError):
        api.inject("getMe", ("explode",))


async def test_custom_responses(api: FakeBotAPI, bot: telegram.Bot) -> None:
    def forbidden(call: Call) -> Any:
        raise ApiError(403, "Forbidden: bot was blocked by the user")

    api.set_response("sendMessage", forbidden)
    with pytest.raises(telegram.error.Forbidden, match="blocked"):
        await bot.send_message(CHAT_ID, "hi")
    api.set_response("sendMessage", None)
    assert (await bot.send_message(CHAT_ID, "hi")).text == "hi"


# ------------------------------------------------------------------------------------------------
# Update builders and a real Application
# ------------------------------------------------------------------------------------------------

BUILT_UPDATES = [
    message_update("/start"),
    message_update("/help@summit_test_bot please", entities=None),
    message_update("hello @summit_test_bot and 👋 @another_user"),
    edited_message_update("fixed text"),
    group_message_update("/ask when was the Xi'an summit?"),
    sticker_update(),
    photo_update(caption="look"),
    voice_update(),
    document_update(),
    location_update(),
    callback_query_update("page:2"),
    callback_query_update("inline", inline_message_id="AAA"),
    inline_query_update("astana"),
]


@pytest.mark.parametrize("update", BUILT_UPDATES)
def test_builders_match_the_bot_api(api: FakeBotAPI, update: dict[str, Any]) -> None:
    assert api.validate_object({"update_id": 1, **update}) == []
    parsed = Update.de_json({"update_id": 1, **update}, None)
    assert parsed is not None and parsed.effective_user is not None


def test_builder_entities() -> None:
    msg = message_update("/start@summit_test_bot hi 👋 @someone_else")["message"]
    assert msg["entities"] == [
        {"type": "bot_command", "offset": 0, "length": 22},
        {"type": "mention", "offset": 29, "length": 13},  # 👋 is 2 UTF-16 code units
    ]
    group = group_message_update("hi")["message"]
    assert group["chat"]["type"] == "supergroup" and group["chat"]["id"] < 0
    assert sticker_update()["message"]["sticker"]["type"] == "regular"


def test_push_update_rejects_invalid_updates(api: FakeBotAPI) -> None:
    with pytest.raises(ValueError, match="message_id"):
        api.push_update({"message": {"chat": {"id": 1, "type": "private"}, "date": 1}})


async def test_application_polling_end_to_end(api: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html(
            "<b>Hello!</b>",
            do_quote=True,
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]]),
        )

    app = (
        Application.builder()
        .token(api.token)
        .base_url(api.bot_base_url)
        .base_file_url(api.file_base_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=2)
        pushed = api.push_update(message_update("/start"))
        (call,) = await api.async_wait_for("sendMessage", timeout=10)
        await app.updater.stop()
        await app.stop()
    assert call.params["text"] == "<b>Hello!</b>"
    assert call.params["chat_id"] == CHAT_ID
    assert call.params["reply_parameters"]["message_id"] == pushed["message"]["message_id"]
    assert api.confirmed_offset > pushed["update_id"]
    assert api.violations == []


BOT_SCRIPT = """
import os, sys
from telegram.ext import Application, CommandHandler

async def start(update, context):
    await update.effective_message.reply_html("<b>Welcome</b> to the summit bot")

app = (
    Application.builder()
    .token(os.environ["BOT_TOKEN"])
    .base_url(os.environ["BOT_API_BASE"] + "/bot")
    .base_file_url(os.environ["BOT_API_BASE"] + "/file/bot")
    .build()
)
app.add_handler(CommandHandler("start", start))
app.run_polling(drop_pending_updates=True, timeout=5)
"""


def test_subprocess_bot_with_sync_waits(api: FakeBotAPI) -> None:
    env = {**os.environ, "BOT_TOKEN": api.token, "BOT_API_BASE": api.base_url}
    proc = subprocess.Popen([sys.executable, "-c", BOT_SCRIPT], env=env)
    try:
        api.wait_for("getUpdates", timeout=30)
        pushed = api.push_update(message_update("/start"))
        (call,) = api.wait_for("sendMessage", timeout=10)
        assert call.params["text"] == "<b>Welcome</b> to the summit bot"
        api.wait_until_confirmed(pushed["update_id"], timeout=15)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    assert proc.returncode == 0
    assert api.calls_of("deleteWebhook")[0].params == {"drop_pending_updates": True}
    assert api.violations == []


# ------------------------------------------------------------------------------------------------
# HTML validator
# ------------------------------------------------------------------------------------------------

VALID_HTML = [
    "plain text",
    "",
    "<b>bold</b>, <strong>bold</strong>, <i>it</i>, <em>it</em>, <u>u</u>, <ins>u</ins>",
    "<s>s</s> <strike>s</strike> <del>s</del>",
    '<span class="tg-spoiler">spoiler</span> <tg-spoiler>spoiler</tg-spoiler>',
    '<b>bold <i>italic bold <s>strike <span class="tg-spoiler">sp</span></s> <u>u</u></i></b>',
    '<a href="http://www.example.com/">inline URL</a>',
    '<a href="tg://user?id=123456789">inline mention</a>',
    '<a href="https://example.com/?a=1&amp;b=2">escaped query</a>',
    '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    "<code>inline fixed-width code</code>",
    "<pre>pre-formatted fixed-width code block</pre>",
    '<pre><code class="language-python">print("x &lt; y")</code></pre>',
    "<blockquote>Block quotation</blockquote>",
    "<blockquote expandable>Expandable block quotation</blockquote>",
    "1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;q&quot; &#39;s&#39; &#x1F600;",
    "<B>upper-case tag names</B>",
    '<a href="https://example.org"><b>bold link</b></a>',
    "<b>multi\nline</b>",
    'it\'s "quoted"',
]

INVALID_HTML = [
    ("<b>a</i>", "Unmatched end tag"),
    ("a < b", 'Unescaped "<"'),
    ("a > b", 'Unescaped ">"'),
    ("Tom & Jerry", 'Unescaped "&"'),
    ("&nbsp;", "Unsupported HTML entity"),
    ("&amp", 'Unescaped "&"'),
    ("&#0;", "Unsupported HTML entity"),
    ("<script>alert(1)</script>", 'Unsupported start tag "script"'),
    ("<b>unclosed", "Can't find end tag"),
    ("closed</b>", "without a start tag"),
    ("<a href=x onclick=y>link</a>", "must be quoted"),
    ('<a href="https://x.org" onclick="y">link</a>', 'Unsupported attribute "onclick"'),
    ("<a>no href</a>", 'requires attribute "href"'),
    ('<span class="red">x</span>', "tg-spoiler"),
    ("<span>x</span>", 'requires attribute "class"'),
    ("<br/>", "Self-closing"),
    ("<p>paragraph</p>", 'Unsupported start tag "p"'),
    ("<!-- comment -->", "comments"),
    ("<b><i>x</b></i>", "Unmatched end tag"),
    ("<pre><code>if x < y:</code></pre>", 'Unescaped "<"'),
    ('<code class="language-py">x</code>', 'inside "pre"'),
    ("<code><b>x</b></code>", 'can\'t be used inside "code"'),
    ('<a href="https://a.org"><a href="https://b.org">x</a></a>', 'can\'t be used inside "a"'),
    ("<blockquote><blockquote>x</blockquote></blockquote>", "can't be nested"),
    ("<tg-emoji>👍</tg-emoji>", 'requires attribute "emoji-id"'),
    ("<b", "Unclosed start tag"),
    ('<a href="https://x.org/?a=1&b=2">x</a>', 'Unescaped "&" in attribute'),
    ("<b>" + "x" * 4097 + "</b>", "too long"),
]


@pytest.mark.parametrize("text", VALID_HTML)
def test_valid_html(text: str) -> None:
    assert validate_telegram_html(text) == []


@pytest.mark.parametrize(("text", "fragment"), INVALID_HTML)
def test_invalid_html(text: str, fragment: str) -> None:
    errors = validate_telegram_html(text)
    assert errors, text
    assert any(fragment in e for e in errors), errors


def test_visible_text() -> None:
    assert visible_text("<b>a</b> &lt;&amp;&gt; &quot;x&quot; &#128512;") == 'a <&> "x" 😀'
    assert visible_length('<a href="https://x.org">link</a>') == 4
    assert validate_telegram_html("<b>" + "x" * 4096 + "</b>") == []
    assert validate_telegram_html("x" * 1025, max_length=1024)
    assert validate_telegram_html("x" * 5000, max_length=None) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_escaped_text_is_always_valid(text: str) -> None:
    escaped = html.escape(text, quote=False)
    assert validate_telegram_html(f"<b>{escaped}</b>") == []
    assert visible_text(f"<i>{escaped}</i>") == text
