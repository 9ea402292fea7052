"""Handler tests: the real application from ``build_application`` talking HTTP to the fake Bot
API, fed realistic update JSON with ``process_update``; assertions are on the recorded Bot API
calls (method, ``chat_id``, ``text``, ``parse_mode``, ``reply_markup``, ``reply_parameters``).

Every reply is compared with exactly what the core answers (``to_html(service.ask(...))``), and
its key parts (bold speaker, ``<blockquote>``, source link) are checked on top. The ``tg_app``
fixture validates every HTML text the bot sent and requires the fake to have seen no call that
Telegram would reject.
"""

from __future__ import annotations

import html
import logging
from typing import Any

import pytest
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.answer import Answer
from bot.flood import FloodGuard
from bot.render import to_html
from bot.service import Service
from handlers.app import build_application, post_init
from handlers.common import FLOOD_KEY, App
from handlers.inline import MAX_RESULTS
from handlers.texts import COMMANDS, EXAMPLES, texts_for
from tests.conftest import feed, make_settings
from tests.fake_bot_api import (
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USERNAME,
    DEFAULT_GROUP_CHAT_ID,
    DEFAULT_USER_ID,
    Call,
    FakeBotAPI,
    callback_query_update,
    document_update,
    edited_message_update,
    group_message_update,
    inline_query_update,
    location_update,
    make_chat,
    make_user,
    message_update,
    photo_update,
    sticker_update,
    voice_update,
)

EN = texts_for("en")
RU = texts_for("ru")
WHO_SAID = "Who said “China has always adhered to a foreign policy of good-neighborliness”?"
WHAT_DID = "What did Safarov say?"
OUT_OF_DOMAIN = "What is the weather in Paris?"
WITH_SUGGESTIONS = "mining in paris"
ANOTHER_USER = 515151


class Recorder:
    """The Bot API calls made since the last :meth:`mark`."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api
        self.start = len(api.calls)

    def mark(self) -> None:
        self.start = len(self.api.calls)

    def calls(self, method: str | None = None) -> list[Call]:
        new = self.api.calls[self.start :]
        return [c for c in new if method is None or c.method == method]

    def one(self, method: str = "sendMessage") -> Call:
        calls = self.calls(method)
        assert len(calls) == 1, [(c.method, c.params.get("text")) for c in self.calls()]
        return calls[0]

    def nothing(self) -> None:
        assert self.calls() == [], [(c.method, c.params) for c in self.calls()]


@pytest.fixture
def rec(fake_api: FakeBotAPI, tg_app: App) -> Recorder:
    return Recorder(fake_api)


async def say(app: App, rec: Recorder, update: dict[str, Any]) -> dict[str, Any]:
    rec.mark()
    return await feed(app, update)


def message_of(update: dict[str, Any]) -> dict[str, Any]:
    msg = update.get("message") or update.get("edited_message")
    assert isinstance(msg, dict)
    return msg


def replied_to(call: Call) -> int | None:
    params = call.params.get("reply_parameters")
    return params.get("message_id") if isinstance(params, dict) else None


def keyboard(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [
        (b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row
    ]


def feedback_buttons(answer: Answer) -> list[tuple[str, str]]:
    """The 👍/👎 row every knowledge answer carries (for its main entry)."""
    return [("👍", f"f:+:{answer.entries[0]}"), ("👎", f"f:-:{answer.entries[0]}")]


def assert_html_reply(call: Call, chat_id: int, text: str, reply_to: int | None) -> None:
    assert call.method == "sendMessage"
    assert call.params["chat_id"] == chat_id
    assert call.params["text"] == text
    assert call.params["parse_mode"] == "HTML"
    assert call.params["link_preview_options"] == {"is_disabled": True}
    if reply_to is None:
        assert "reply_parameters" not in call.params
    else:
        params = dict(call.params["reply_parameters"])
        assert params.pop("quote_parse_mode", "HTML") == "HTML"  # PTB's Defaults add it
        assert params == {"message_id": reply_to, "allow_sending_without_reply": True}


def assert_quote_card(text: str, answer: Answer) -> None:
    """Speaker in bold, the quote in a blockquote, the source as a link with outlet and date."""
    quote = next(b for b in answer.blocks if b.kind == "quote")
    assert f"<b>{html.escape(quote.speaker)}</b>" in text
    assert f"<blockquote>{html.escape(quote.text)}</blockquote>" in text
    src = answer.sources[0]
    assert f'<a href="{html.escape(src.url)}">{html.escape(src.outlet)}, ' in text
    assert str(src.published.year) in text


# ------------------------------------------------------------------------------------------------
# Start-up
# ------------------------------------------------------------------------------------------------


async def test_post_init_registers_menus_and_descriptions(
    tg_app: App, fake_api: FakeBotAPI
) -> None:
    await post_init(tg_app)
    default_scope = '{"type": "default"}'
    en = fake_api.commands[(default_scope, "")]
    ru = fake_api.commands[(default_scope, "ru")]
    assert [c["command"] for c in en] == [c[0] for c in COMMANDS]
    assert [c["command"] for c in ru] == [c[0] for c in COMMANDS]
    assert en[2] == {"command": "who", "description": "Who said it: /who words of the quote"}
    assert ru[2] == {"command": "who", "description": "Кто это сказал: /who слова цитаты"}
    assert fake_api.descriptions == {"": EN.description, "ru": RU.description}
    assert fake_api.short_descriptions == {"": EN.short_description, "ru": RU.short_description}


async def test_post_init_survives_api_errors(tg_app: App, fake_api: FakeBotAPI) -> None:
    fake_api.inject("setMyCommands", ("status", 500, "Internal Server Error"), times=2)
    await post_init(tg_app)  # logged, not raised
    assert fake_api.descriptions == {"": EN.description, "ru": RU.description}


async def test_injected_request_layer_is_used(fake_api: FakeBotAPI, service: Service) -> None:
    class Recording(BaseRequest):
        def __init__(self) -> None:
            self.urls: list[str] = []

        @property
        def read_timeout(self) -> float | None:
            return 5.0

        async def initialize(self) -> None:
            pass

        async def shutdown(self) -> None:
            pass

        async def do_request(
            self,
            url: str,
            method: str,
            request_data: RequestData | None = None,
            read_timeout: Any = None,
            write_timeout: Any = None,
            connect_timeout: Any = None,
            pool_timeout: Any = None,
        ) -> tuple[int, bytes]:
            self.urls.append(url)
            user = b'{"id": 1, "is_bot": true, "first_name": "B", "username": "b_bot"}'
            return 200, b'{"ok": true, "result": ' + user + b"}"

    request = Recording()
    app = build_application(
        make_settings("http://127.0.0.1:9", fake_api.token), service, request=request
    )
    await app.initialize()
    await app.shutdown()
    assert request.urls == [f"http://127.0.0.1:9/bot{fake_api.token}/getMe"]
    assert app.bot_data["service"] is service


# ------------------------------------------------------------------------------------------------
# /start, /help and the examples
# ------------------------------------------------------------------------------------------------


async def test_start_welcome_with_three_example_buttons(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/start"))
    call = rec.one()
    assert_html_reply(call, DEFAULT_USER_ID, EN.welcome, None)
    assert keyboard(call) == [(e.label, f"q:{n}") for n, e in enumerate(EXAMPLES["en"])]


async def test_start_in_russian(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/start", language_code="ru"))
    call = rec.one()
    assert call.params["text"] == RU.welcome
    assert call.params["text"].startswith("Здравствуйте!")
    assert keyboard(call) == [(e.label, f"q:{n}") for n, e in enumerate(EXAMPLES["ru"])]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_example_is_answered(service: Service, lang: str) -> None:
    for example in EXAMPLES[lang]:
        answer = service.ask(example.question, lang)
        assert answer.answered, example
        assert answer.lang == lang


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_pressing_an_example_answers_it(
    tg_app: App, rec: Recorder, service: Service, lang: str
) -> None:
    upd = await say(tg_app, rec, callback_query_update("q:1", language_code=lang))
    answer = service.ask(EXAMPLES[lang][1].question, lang)
    assert rec.one("answerCallbackQuery").params == {
        "callback_query_id": upd["callback_query"]["id"]
    }
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(answer), None)
    assert_quote_card(rec.one().params["text"], answer)
    assert keyboard(rec.one()) == feedback_buttons(answer)


async def test_start_deep_link_who_said(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/start who-said"))
    call = rec.one()
    assert call.params["text"] == EN.who_said_intro
    assert keyboard(call) == [(EXAMPLES["en"][0].label, "q:0")]


async def test_start_deep_link_when_lists_the_summits(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    await say(tg_app, rec, message_update("/start when"))
    expected = "\n\n".join(
        to_html(a)
        for a in (service.entry(e.id, "en") for e in service.snapshot.index.kb.events_in_order())
        if a is not None
    )
    call = rec.one()
    assert_html_reply(call, DEFAULT_USER_ID, expected, None)
    assert "Xi&#x27;an" in expected and "Astana" in expected and "2027" in expected


async def test_start_deep_link_people(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/start people"))
    expected = to_html(service.snapshot.composer.people_answer("en"))
    assert_html_reply(rec.one(), DEFAULT_USER_ID, expected, None)


async def test_start_with_unknown_payload_is_the_welcome(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/start spam_payload-123"))
    assert rec.one().params["text"] == EN.welcome


async def test_help_explains_commands_inline_mode_and_links(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/help"))
    text = rec.one().params["text"]
    for part in (
        "/who <i>words</i>",
        "/quote <i>name</i>",
        "/when <i>summit</i>",
        "/people",
        "/sources",
        "/about",
        "<b>Inline mode</b>",
        f"<code>@{DEFAULT_BOT_USERNAME}</code>",
        f"mention @{DEFAULT_BOT_USERNAME}",
        f"https://t.me/{DEFAULT_BOT_USERNAME}?start=who-said",
        f"https://t.me/{DEFAULT_BOT_USERNAME}?start=when",
        f"https://t.me/{DEFAULT_BOT_USERNAME}?start=people",
        html.escape(EXAMPLES["en"][1].question),
    ):
        assert part in text, part


async def test_help_in_russian(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/help", language_code="ru"))
    text = rec.one().params["text"]
    assert text.startswith("<b>Что я знаю</b>")
    assert "<b>Встроенный режим</b>" in text
    assert html.escape(EXAMPLES["ru"][2].question) in text


# ------------------------------------------------------------------------------------------------
# Commands
# ------------------------------------------------------------------------------------------------


async def test_who_asks_who_said(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/who good-neighborliness"))
    answer = service.ask("who said good-neighborliness", "en")
    assert answer.answered
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(answer), None)
    assert_quote_card(rec.one().params["text"], answer)


async def test_who_in_russian(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/who договор", language_code="ru"))
    answer = service.ask("кто сказал договор", "ru")
    assert answer.answered and answer.lang == "ru"
    assert rec.one().params["text"] == to_html(answer)


async def test_quote_asks_what_did_x_say(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/quote Safarov"))
    answer = service.ask("what did Safarov say", "en")
    assert answer.answered and len(answer.entries) >= 1
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(answer), None)
    assert "<b>Saifullo Safarov</b>" in rec.one().params["text"]


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("/who", EN.who_usage),
        ("/quote", EN.quote_usage.format(example="Nagaspayev")),
    ],
)
async def test_commands_without_argument_explain_usage(
    tg_app: App, rec: Recorder, command: str, usage: str
) -> None:
    await say(tg_app, rec, message_update(command))
    assert_html_reply(rec.one(), DEFAULT_USER_ID, usage, None)


async def test_when_with_an_event(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/when astana"))
    answer = service.ask("when was the astana summit", "en")
    assert answer.entries == ("summit-2025-astana",)
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(answer), None)
    assert "17 June 2025" in rec.one().params["text"]
    assert keyboard(rec.one()) == [
        ("👍", "f:+:summit-2025-astana"),
        ("👎", "f:-:summit-2025-astana"),
    ]


async def test_when_without_argument_lists_every_summit(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    await say(tg_app, rec, message_update("/when"))
    text = rec.one().params["text"]
    for event in service.snapshot.index.kb.events_in_order():
        entry = service.entry(event.id, "en")
        assert entry is not None
        assert to_html(entry) in text


async def test_people(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/people"))
    expected = to_html(service.snapshot.composer.people_answer("en"))
    assert_html_reply(rec.one(), DEFAULT_USER_ID, expected, None)
    assert "Saifullo Safarov" in expected
    assert "reply_markup" not in rec.one().params  # a list, not a knowledge answer: not rated


async def test_people_in_russian(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/people", language_code="ru"))
    assert rec.one().params["text"] == to_html(service.snapshot.composer.people_answer("ru"))


async def test_sources(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/sources"))
    answer = service.snapshot.composer.sources_answer("en")
    text = rec.one().params["text"]
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(answer), None)
    for src in answer.sources:
        assert f'<a href="{html.escape(src.url)}">' in text


async def test_about(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, message_update("/about"))
    counts = service.snapshot.index.kb.counts()
    expected = EN.about.format(
        version=service.snapshot.kb_version,
        **{k: counts[k] for k in ("quotes", "facts", "events", "people", "sources")},
    )
    assert_html_reply(rec.one(), DEFAULT_USER_ID, expected, None)


async def test_unknown_command_in_private(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/frobnicate now"))
    assert_html_reply(rec.one(), DEFAULT_USER_ID, EN.unknown_command, None)


async def test_unknown_command_in_russian(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, message_update("/frobnicate", language_code="ru"))
    assert rec.one().params["text"] == "Такой команды я не знаю. Список команд: /help."


async def test_edited_command_runs_again(tg_app: App, rec: Recorder, service: Service) -> None:
    upd = await say(tg_app, rec, edited_message_update("/quote Safarov"))
    answer = service.ask("what did Safarov say", "en")
    call = rec.one()
    assert call.params["text"] == to_html(answer)
    assert call.params["chat_id"] == message_of(upd)["chat"]["id"]


# ------------------------------------------------------------------------------------------------
# Free text
# ------------------------------------------------------------------------------------------------


async def test_who_said_question(tg_app: App, rec: Recorder, service: Service) -> None:
    upd = await say(tg_app, rec, message_update(WHO_SAID))
    answer = service.ask(WHO_SAID, "en")
    assert answer.answered and answer.kind == "quote"
    call = rec.one()
    assert_html_reply(call, DEFAULT_USER_ID, to_html(answer), message_of(upd)["message_id"])
    assert keyboard(call) == feedback_buttons(answer)
    assert keyboard(call) == [
        ("👍", "f:+:osmonaliyev-proactive-role"),
        ("👎", "f:-:osmonaliyev-proactive-role"),
    ]
    assert_quote_card(call.params["text"], answer)
    assert "<b>Kairat Osmonaliyev</b>" in call.params["text"]


async def test_what_did_x_say_question(tg_app: App, rec: Recorder, service: Service) -> None:
    upd = await say(tg_app, rec, message_update(WHAT_DID))
    answer = service.ask(WHAT_DID, "en")
    assert answer.answered
    call = rec.one()
    assert_html_reply(call, DEFAULT_USER_ID, to_html(answer), message_of(upd)["message_id"])
    assert_quote_card(call.params["text"], answer)


async def test_russian_question_gets_a_russian_answer(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    question = EXAMPLES["ru"][2].question
    upd = await say(tg_app, rec, message_update(question, language_code="ru"))
    answer = service.ask(question, "ru")
    assert answer.lang == "ru"
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(answer), message_of(upd)["message_id"])
    assert "Сиане" in rec.one().params["text"]


async def test_out_of_domain_question_is_refused(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    upd = await say(tg_app, rec, message_update(OUT_OF_DOMAIN))
    answer = service.ask(OUT_OF_DOMAIN, "en")
    assert not answer.answered and not answer.suggestions
    call = rec.one()
    assert_html_reply(call, DEFAULT_USER_ID, to_html(answer), message_of(upd)["message_id"])
    assert "knowledge base" in call.params["text"]
    assert "reply_markup" not in call.params


async def test_refusal_offers_suggestion_buttons_and_a_press_answers_one(
    tg_app: App, rec: Recorder, fake_api: FakeBotAPI, service: Service
) -> None:
    upd = await say(tg_app, rec, message_update(WITH_SUGGESTIONS))
    answer = service.ask(WITH_SUGGESTIONS, "en")
    assert not answer.answered and answer.suggestions
    call = rec.one()
    assert_html_reply(call, DEFAULT_USER_ID, to_html(answer), message_of(upd)["message_id"])
    buttons = keyboard(call)
    assert buttons == [(s.label, f"e:{s.id}") for s in answer.suggestions[:3]]
    assert all(len(data.encode()) <= 64 for _, data in buttons)

    bot_message = fake_api.sent_messages[-1]
    assert bot_message["reply_markup"] == call.params["reply_markup"]
    entry_id = answer.suggestions[0].id
    press = await say(tg_app, rec, callback_query_update(f"e:{entry_id}", message=bot_message))
    assert rec.one("answerCallbackQuery").params == {
        "callback_query_id": press["callback_query"]["id"]
    }
    entry = service.entry(entry_id, "en")
    assert entry is not None
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(entry), None)
    assert_quote_card(rec.one().params["text"], entry)
    assert keyboard(rec.one()) == feedback_buttons(entry)


async def test_more_than_three_suggestions_are_cut_to_three(
    tg_app: App, rec: Recorder, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.answer import Suggestion

    real = service.ask
    ids = [*service.snapshot.index.kb.quotes][:4]

    def many(question: str, lang_hint: str | None = None) -> Answer:
        a = real(question, lang_hint)
        return Answer(
            a.question,
            False,
            "none",
            a.blocks,
            suggestions=tuple(Suggestion(i, f"label {i}") for i in ["Bad Id!", *ids]),
        )

    monkeypatch.setattr(service, "ask", many)
    await say(tg_app, rec, message_update(OUT_OF_DOMAIN))
    assert keyboard(rec.one()) == [(f"label {i}", f"e:{i}") for i in ids[:3]]


@pytest.mark.parametrize(
    "question", ["Who said <b>mining & metallurgy</b>?", "<b>&", "What is <b>pizza</b> & pasta?"]
)
async def test_html_in_a_question_is_escaped(
    tg_app: App, rec: Recorder, service: Service, question: str
) -> None:
    await say(tg_app, rec, message_update(question))
    text = rec.one().params["text"]
    assert text == to_html(service.ask(question, "en"))
    assert "<b>&" not in text and "<b>mining" not in text and "<b>pizza" not in text
    assert "&lt;b&gt;" in text and "&amp;" in text


@pytest.mark.parametrize(
    "data",
    [
        "e:no-such-entry",
        "e:../../etc/passwd",
        "e:UPPER",
        "e:" + "a" * 41,
        "e:",
        "q:99",
        "q:-1",
        "q:1x",
        "totally-forged",
        "source:bastille-observers-2025",
        "e:bastille-observers-2025",  # a source id: not an answerable entry
    ],
)
async def test_forged_or_stale_callback_data(tg_app: App, rec: Recorder, data: str) -> None:
    upd = await say(tg_app, rec, callback_query_update(data))
    assert rec.one("answerCallbackQuery").params == {
        "callback_query_id": upd["callback_query"]["id"],
        "text": "That entry is no longer available.",
    }
    assert rec.calls("sendMessage") == []


async def test_callback_from_an_inline_message_is_answered(tg_app: App, rec: Recorder) -> None:
    upd = await say(
        tg_app,
        rec,
        callback_query_update("e:safarov-treaty-result", inline_message_id="AAQ-inline-1"),
    )
    assert rec.one("answerCallbackQuery").params["text"] == EN.open_chat
    assert upd["callback_query"]["inline_message_id"] == "AAQ-inline-1"
    assert rec.calls("sendMessage") == []


# ------------------------------------------------------------------------------------------------
# Media and edits
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "builder",
    [sticker_update, photo_update, voice_update, document_update, location_update],
    ids=["sticker", "photo", "voice", "document", "location"],
)
async def test_non_text_in_private_gets_a_short_explanation(
    tg_app: App, rec: Recorder, builder: Any
) -> None:
    upd = await say(tg_app, rec, builder())
    assert_html_reply(rec.one(), DEFAULT_USER_ID, EN.non_text, message_of(upd)["message_id"])


async def test_non_text_in_russian(tg_app: App, rec: Recorder) -> None:
    upd = message_update("ignored", language_code="ru")
    msg = upd["message"]
    del msg["text"]
    msg.pop("entities", None)
    msg["contact"] = {"phone_number": "+77010000000", "first_name": "Bob"}
    await say(tg_app, rec, upd)
    assert rec.one().params["text"] == RU.non_text


async def test_edited_message_is_answered_again_as_a_new_reply(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    upd = await say(tg_app, rec, edited_message_update(WHO_SAID, message_id=777))
    assert "edited_message" in upd
    answer = service.ask(WHO_SAID, "en")
    assert_html_reply(rec.one(), DEFAULT_USER_ID, to_html(answer), 777)
    assert rec.calls("editMessageText") == []


async def test_edited_photo_caption_is_ignored(tg_app: App, rec: Recorder) -> None:
    upd = photo_update(caption="look")
    upd["edited_message"] = upd.pop("message")
    upd["edited_message"]["edit_date"] = upd["edited_message"]["date"] + 1
    await say(tg_app, rec, upd)
    rec.nothing()


# ------------------------------------------------------------------------------------------------
# Inline mode
# ------------------------------------------------------------------------------------------------


def inline_results(call: Call) -> list[dict[str, Any]]:
    assert call.params["cache_time"] == 300
    assert call.params["is_personal"] is False
    results = call.params["results"]
    assert isinstance(results, list)
    assert 1 <= len(results) <= MAX_RESULTS
    for r in results:
        assert r["type"] == "article"
        assert 1 <= len(r["id"].encode()) <= 64
        assert r["input_message_content"]["parse_mode"] == "HTML"
        assert r["input_message_content"]["link_preview_options"] == {"is_disabled": True}
    assert len({r["id"] for r in results}) == len(results)
    return results


async def test_inline_empty_query_shows_featured(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    upd = await say(tg_app, rec, inline_query_update(""))
    call = rec.one("answerInlineQuery")
    assert call.params["inline_query_id"] == upd["inline_query"]["id"]
    results = inline_results(call)
    featured = service.featured("en", MAX_RESULTS)
    assert [r["id"] for r in results] == [a.entries[0] for a in featured]
    first = featured[0]
    quote = next(b for b in first.blocks if b.kind == "quote")
    assert results[0]["title"] == quote.speaker
    assert quote.text.startswith(results[0]["description"].rstrip("…"))
    assert results[0]["input_message_content"]["message_text"] == to_html(first)


async def test_inline_match(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, inline_query_update("treaty"))
    results = inline_results(rec.one("answerInlineQuery"))
    found = service.search("treaty", MAX_RESULTS)
    assert [r["input_message_content"]["message_text"] for r in results] == [
        to_html(a) for a in found
    ]
    by_id = {r["id"]: r for r in results}
    quote_card = by_id["safarov-treaty-way-forward"]
    assert quote_card["title"] == "Saifullo Safarov"
    assert quote_card["description"].startswith("The heads of state jointly signed")
    fact_card = next(r for r in results if r["id"].startswith("fact-"))
    assert fact_card["title"][0].isupper()
    assert "Source:" in fact_card["input_message_content"]["message_text"]


async def test_inline_quote_results_name_the_speaker(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, inline_query_update("what did Safarov say"))
    results = inline_results(rec.one("answerInlineQuery"))
    assert results[0]["title"] == "Saifullo Safarov"
    assert "<b>Saifullo Safarov</b>" in results[0]["input_message_content"]["message_text"]


async def test_inline_no_match(tg_app: App, rec: Recorder, service: Service) -> None:
    await say(tg_app, rec, inline_query_update(OUT_OF_DOMAIN))
    (result,) = inline_results(rec.one("answerInlineQuery"))
    assert result["title"] == "Nothing matched"
    assert result["description"] == EN.inline_none_description
    assert result["input_message_content"]["message_text"] == to_html(
        service.ask(OUT_OF_DOMAIN, "en")
    )


async def test_inline_no_match_in_russian(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, inline_query_update("погода в Париже", language_code="ru"))
    (result,) = inline_results(rec.one("answerInlineQuery"))
    assert result["title"] == "Ничего не найдено"


async def test_inline_no_match_in_russian_typed_in_latin_letters(
    tg_app: App, rec: Recorder
) -> None:
    # The card's language follows the core's reading of the query (Russian in Latin letters
    # is Russian), not only whether it has Cyrillic letters.
    query = "kakaya pogoda v parizhe segodnya"
    await say(tg_app, rec, inline_query_update(query))
    (result,) = inline_results(rec.one("answerInlineQuery"))
    assert result["title"] == RU.inline_none_title
    assert result["description"] == RU.inline_none_description


async def test_inline_long_query_is_truncated(
    tg_app: App, rec: Recorder, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real = service.search

    def spy(query: str, limit: int = 10) -> list[Answer]:
        seen.append(query)
        return real(query, limit)

    monkeypatch.setattr(service, "search", spy)
    await say(tg_app, rec, inline_query_update("treaty " * 40 + "x" * 100))
    inline_results(rec.one("answerInlineQuery"))
    assert len(seen) == 1 and len(seen[0]) <= 256


# ------------------------------------------------------------------------------------------------
# Groups
# ------------------------------------------------------------------------------------------------


def bot_message_in_group(text: str = "An earlier answer") -> dict[str, Any]:
    return {
        "message_id": 555,
        "from": make_user(
            DEFAULT_BOT_ID, "Summit Test Bot", username=DEFAULT_BOT_USERNAME, is_bot=True
        ),
        "chat": make_chat(DEFAULT_GROUP_CHAT_ID, "supergroup"),
        "date": 1_750_000_000,
        "text": text,
    }


@pytest.mark.parametrize(
    "update",
    [
        group_message_update(WHO_SAID),
        group_message_update("hello everyone, nice summit"),
        group_message_update("/help@other_bot"),
        group_message_update("/frobnicate"),
        group_message_update(f"ask @{DEFAULT_BOT_USERNAME}x about it"),
        group_message_update("see email test@summit_test_bot.org"),
        sticker_update(chat_type="supergroup"),
        photo_update(caption=f"@{DEFAULT_BOT_USERNAME} look", chat_type="supergroup"),
        group_message_update(
            "replying to someone else",
            reply_to_message={
                "message_id": 3,
                "from": make_user(999, "Carol"),
                "chat": make_chat(DEFAULT_GROUP_CHAT_ID, "supergroup"),
                "date": 1_750_000_000,
                "text": "hi",
            },
        ),
    ],
    ids=[
        "question",
        "chatter",
        "cmd@otherbot",
        "unknown-bare-cmd",
        "longer-username",
        "email",
        "sticker",
        "photo-caption",
        "reply-to-human",
    ],
)
async def test_group_ignores_what_is_not_for_the_bot(
    tg_app: App, rec: Recorder, update: dict[str, Any]
) -> None:
    await say(tg_app, rec, update)
    rec.nothing()


async def test_group_mention_is_answered_without_the_mention(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    upd = await say(tg_app, rec, group_message_update(f"@{DEFAULT_BOT_USERNAME}, {WHAT_DID}"))
    answer = service.ask(WHAT_DID, "en")
    call = rec.one()
    assert_html_reply(call, DEFAULT_GROUP_CHAT_ID, to_html(answer), message_of(upd)["message_id"])


async def test_group_mention_in_the_middle_any_case(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    text = f"hey @{DEFAULT_BOT_USERNAME.upper()} when was the xian summit"
    await say(tg_app, rec, group_message_update(text))
    expected = to_html(service.ask("hey when was the xian summit", "en"))
    assert rec.one().params["text"] == expected
    assert "18–19 May 2023" in expected


async def test_group_reply_to_the_bot_is_answered(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    upd = await say(
        tg_app, rec, group_message_update(WHO_SAID, reply_to_message=bot_message_in_group())
    )
    call = rec.one()
    answer = service.ask(WHO_SAID, "en")
    assert_html_reply(call, DEFAULT_GROUP_CHAT_ID, to_html(answer), message_of(upd)["message_id"])


@pytest.mark.parametrize("text", ["/people", f"/people@{DEFAULT_BOT_USERNAME}"])
async def test_group_commands(tg_app: App, rec: Recorder, service: Service, text: str) -> None:
    upd = await say(tg_app, rec, group_message_update(text))
    expected = to_html(service.snapshot.composer.people_answer("en"))
    assert_html_reply(rec.one(), DEFAULT_GROUP_CHAT_ID, expected, message_of(upd)["message_id"])


async def test_group_unknown_command_addressed_to_the_bot(tg_app: App, rec: Recorder) -> None:
    await say(tg_app, rec, group_message_update(f"/frobnicate@{DEFAULT_BOT_USERNAME}"))
    assert rec.one().params["text"] == EN.unknown_command


async def test_group_mention_alone_gets_the_core_help(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    await say(tg_app, rec, group_message_update(f"@{DEFAULT_BOT_USERNAME}"))
    assert rec.one().params["text"] == to_html(service.ask("", "en"))


@pytest.mark.parametrize("chat_type", ["private", "supergroup"])
async def test_messages_sent_via_the_bots_inline_mode_are_ignored(
    tg_app: App, rec: Recorder, chat_type: str
) -> None:
    via = make_user(DEFAULT_BOT_ID, "Summit Test Bot", username=DEFAULT_BOT_USERNAME, is_bot=True)
    text = f"@{DEFAULT_BOT_USERNAME} Saifullo Safarov, chairman: the heads of state signed"
    await say(tg_app, rec, message_update(text, chat_type=chat_type, via_bot=via))
    rec.nothing()


async def test_channel_posts_are_ignored(tg_app: App, rec: Recorder) -> None:
    post = message_update("/start", chat_type="channel", chat_id=-1009999)["message"]
    del post["from"]
    await say(tg_app, rec, {"channel_post": post})
    rec.nothing()


# ------------------------------------------------------------------------------------------------
# Flood guard and errors
# ------------------------------------------------------------------------------------------------


async def test_flood_guard(tg_app: App, rec: Recorder, service: Service) -> None:
    rec.mark()
    for n in range(22):
        await feed(tg_app, message_update(f"hello {n}"))
    texts = [c.params["text"] for c in rec.calls("sendMessage")]
    assert len(texts) == 21
    assert texts[:20] == [to_html(service.ask(f"hello {n}", "en")) for n in range(20)]
    assert texts[20] == EN.too_fast
    assert texts.count(EN.too_fast) == 1

    # Another user is not slowed down or silenced.
    upd = await say(tg_app, rec, message_update(WHO_SAID, user_id=ANOTHER_USER))
    assert_html_reply(
        rec.one(), ANOTHER_USER, to_html(service.ask(WHO_SAID, "en")), message_of(upd)["message_id"]
    )

    # The throttled user's button presses are answered silently, with no message.
    press = await say(tg_app, rec, callback_query_update("e:safarov-treaty-result"))
    assert rec.one("answerCallbackQuery").params == {
        "callback_query_id": press["callback_query"]["id"]
    }
    assert rec.calls("sendMessage") == []


async def test_flood_guard_lets_the_user_back_after_the_window(
    tg_app: App, rec: Recorder, service: Service
) -> None:
    now = [1000.0]
    tg_app.bot_data[FLOOD_KEY] = FloodGuard(2, 60, clock=lambda: now[0])
    for n in range(4):
        await feed(tg_app, message_update(f"hello {n}"))
    assert [c.params["text"] for c in rec.calls("sendMessage")][-1] == EN.too_fast
    assert len(rec.calls("sendMessage")) == 3
    now[0] += 60.5
    await say(tg_app, rec, message_update(WHO_SAID))
    assert rec.one().params["text"] == to_html(service.ask(WHO_SAID, "en"))


async def test_group_chatter_does_not_count_for_the_flood_guard(tg_app: App, rec: Recorder) -> None:
    tg_app.bot_data[FLOOD_KEY] = FloodGuard(1, 60)
    for _ in range(5):
        await feed(tg_app, group_message_update("just chatting"))
    await say(tg_app, rec, message_update("/about"))
    assert rec.one().params["text"].startswith("<b>summitbot</b>")


async def test_error_handler_apologizes_once_and_the_bot_keeps_working(
    tg_app: App,
    rec: Recorder,
    service: Service,
    fake_api: FakeBotAPI,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def boom(question: str, lang_hint: str | None = None) -> Answer:
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr(service, "ask", boom)
    with caplog.at_level(logging.ERROR):
        upd = await say(tg_app, rec, message_update(WHO_SAID))
    call = rec.one()
    assert_html_reply(
        call,
        DEFAULT_USER_ID,
        "Sorry, something went wrong; please try again.",
        message_of(upd)["message_id"],
    )
    failures = [r for r in caplog.records if r.name == "handlers.errors"]
    assert len(failures) == 1
    assert str(upd["update_id"]) in failures[0].getMessage()
    assert failures[0].exc_info is not None and "matcher exploded" in str(failures[0].exc_info[1])
    assert fake_api.token not in caplog.text

    # The same update failing again (in another handler group) gets no second apology.
    rec.mark()
    await tg_app.process_error(update=Update.de_json(upd, tg_app.bot), error=RuntimeError("2"))
    rec.nothing()

    monkeypatch.undo()
    upd = await say(tg_app, rec, message_update(WHO_SAID))
    assert rec.one().params["text"] == to_html(service.ask(WHO_SAID, "en"))


async def test_error_handler_survives_a_failing_apology(
    tg_app: App,
    rec: Recorder,
    service: Service,
    fake_api: FakeBotAPI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(question: str, lang_hint: str | None = None) -> Answer:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "ask", boom)
    # The user blocked the bot: the apology fails for good (a 403 is not retried).
    fake_api.inject("sendMessage", ("status", 403, "Forbidden: bot was blocked by the user"))
    await say(tg_app, rec, message_update(WHO_SAID))  # must not raise
    assert [c.status for c in rec.calls("sendMessage")] == [403]


async def test_error_in_a_button_press_apologizes_in_the_chat(
    tg_app: App, rec: Recorder, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(entry_id: str, lang: str = "en") -> Answer | None:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "entry", boom)
    await say(tg_app, rec, callback_query_update("e:safarov-treaty-result", language_code="ru"))
    assert_html_reply(rec.one(), DEFAULT_USER_ID, RU.sorry, None)


async def test_error_in_inline_mode_is_logged_only(
    tg_app: App, rec: Recorder, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(query: str, limit: int = 10) -> list[Answer]:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "search", boom)
    await say(tg_app, rec, inline_query_update("treaty"))
    rec.nothing()
