"""Inline mode: ``@bot <query>`` in any chat.

Up to 10 :class:`~telegram.InlineQueryResultArticle` cards from ``Service.search``: quote cards
(title: the speaker; description: the start of the quote) and fact cards (title: the question
the fact answers; description: the start of the answer). Choosing a card sends the full answer
with its source, in HTML, link previews off. An empty query shows ``Service.featured``; a query
nothing matches gets one card saying so (choosing it sends the core's refusal). Queries are cut
to 256 characters.

Results are the same for everyone (``is_personal=False``) and Telegram may cache them for five
minutes, so they depend on the query alone: the language is the query's (Cyrillic: Russian),
not the user's, and the empty query shows the featured cards in English.
"""

from __future__ import annotations

import hashlib

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode

from bot.answer import Answer
from bot.render import cut_utf16, to_html, to_text
from bot.service import Service
from handlers.common import Context, answer_keyboard, service_of
from handlers.texts import texts_for

MAX_RESULTS = 10
MAX_QUERY = 256
CACHE_TIME = 300
#: Telegram's limit on an inline result's id: 64 bytes (of UTF-8).
MAX_RESULT_ID_BYTES = 64
#: Card title and description lengths, in UTF-16 code units (Telegram's unit): what a phone
#: shows of them on two lines or so; the full text is in the message the card sends.
_DESCRIPTION = 120
_TITLE = 100


def _shorten(text: str, limit: int) -> str:
    """``text`` on one line, within ``limit`` UTF-16 units, with "…" where it was cut."""
    text = " ".join(text.split())
    short = cut_utf16(text, limit)
    return text if short == text else short[:-1].rstrip() + "…"


def result_id(answer: Answer, fallback: str) -> str:
    """The entry id (1-64 bytes); a short hash when an answer shows several entries."""
    if len(answer.entries) == 1 and len(answer.entries[0].encode()) <= MAX_RESULT_ID_BYTES:
        return answer.entries[0]
    joined = ",".join(answer.entries) or fallback
    return f"{answer.kind}-{hashlib.sha1(joined.encode()).hexdigest()[:16]}"


def card_title(answer: Answer, service: Service) -> str:
    """The speaker for quote cards and person cards; the question a fact answers (or the
    event's name) otherwise."""
    if answer.kind != "fact":
        for block in answer.blocks:
            if block.kind in ("quote", "paraphrase", "person") and block.speaker:
                return _shorten(block.speaker, _TITLE)
    if answer.entries:
        label = service.label(answer.entries[0], answer.lang)
        if label:
            return _shorten(label[:1].upper() + label[1:], _TITLE)
    return _shorten(to_text(answer).split("\n", 1)[0], _TITLE)


def card_description(answer: Answer) -> str:
    """The start of the quote, or of the answer."""
    kinds = ("quote", "paraphrase", "person", "para") if answer.kind == "person" else None
    for kind in kinds or ("quote", "paraphrase", "para"):
        for block in answer.blocks:
            if block.kind == kind and block.text:
                return _shorten(block.text, _DESCRIPTION)
    return _shorten(to_text(answer), _DESCRIPTION)


def _content(answer: Answer) -> InputTextMessageContent:
    return InputTextMessageContent(
        to_html(answer),
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )


def build_results(service: Service, query: str) -> list[InlineQueryResultArticle]:
    """The cards for ``query``; a function of the query alone, since Telegram shares cached
    results between users (``is_personal=False``)."""
    query = query[:MAX_QUERY].strip()
    # An empty query shows the featured cards in English: the results are shared between users,
    # so they cannot follow one user's language.
    answers = service.search(query, MAX_RESULTS) if query else service.featured("en", MAX_RESULTS)
    results: list[InlineQueryResultArticle] = []
    seen: set[str] = set()
    for n, answer in enumerate(answers):
        rid = result_id(answer, str(n))
        if rid in seen:
            continue
        seen.add(rid)
        results.append(
            InlineQueryResultArticle(
                id=rid,
                title=card_title(answer, service),
                input_message_content=_content(answer),
                description=card_description(answer),
                reply_markup=answer_keyboard(answer),
            )
        )
        if len(results) == MAX_RESULTS:
            break
    if not results:
        refusal = service.ask(query)
        t = texts_for(refusal.lang)  # the core's reading of the query's language (translit too)
        results.append(
            InlineQueryResultArticle(
                id="nothing-matched",
                title=t.inline_none_title,
                input_message_content=_content(refusal),
                description=t.inline_none_description,
            )
        )
    return results


async def on_inline_query(update: Update, context: Context) -> None:
    inline_query = update.inline_query
    if inline_query is None:
        return
    results = build_results(service_of(context), inline_query.query)
    await inline_query.answer(results, cache_time=CACHE_TIME, is_personal=False)
