"""Commands: /start (with deep links), /help, /who, /quote, /when, /people, /sources, /about.

Deep links (``https://t.me/<bot>?start=<payload>``, listed in /help):

* ``who-said``: how to find out who said something, with an example button;
* ``when``: the dates and places of all summits (as ``/when``);
* ``people``: everyone the bot can quote (as ``/people``).

Any other payload gets the normal welcome. The answers themselves come from the core's entry
points, which read the argument with the command's intent already fixed (no sentence is built
for the parser to read back): ``/who x`` is :meth:`~bot.service.Service.who_said`, ``/quote x``
:meth:`~bot.service.Service.quotes_of`, ``/when x`` :meth:`~bot.service.Service.when`. The
question is recorded for the curator like free text, written as the question it stands for
("who said x"; see :mod:`handlers.messages`). Unknown commands get
a short pointer to /help in private chats (in groups only when addressed as
``/cmd@<this bot>``); the curator's commands (:mod:`handlers.admin`) give exactly that reply to
anyone not in ``ADMIN_USER_IDS``.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from telegram import Message, Update

from bot.answer import Answer
from bot.render import to_html
from bot.service import Service
from handlers.common import (
    Context,
    example_keyboard,
    is_private,
    lang_hint,
    lang_of,
    pack_html,
    quote_in_chat,
    record_question,
    reply_answer,
    reply_html,
    service_of,
)
from handlers.groups import command_target
from handlers.texts import DEEP_LINKS, EXAMPLES, texts_for


def _argument(context: Context) -> str:
    return " ".join(context.args or []).strip()


def _message(update: Update) -> Message | None:
    return update.effective_message


#: A command's entry point in the service: (service, argument, language hint) -> answer.
EntryPoint = Callable[[Service, str, str | None], Answer]
#: How a command's question is written in the curator's log (English, Russian): the question
#: it stands for, which the curator can add to an entry as is. Never parsed: the answer comes
#: from the entry point.
RECORDED = {
    "who": ("who said {}", "кто сказал {}"),
    "quote": ("what did {} say", "что сказал {}"),
    "when": ("when was the {} summit", "когда прошёл саммит {}"),
}


async def _ask(
    update: Update, context: Context, command: str, argument: str, entry: EntryPoint
) -> None:
    """Answer a command's argument through its entry point, reply, then record the question
    (the recorder keeps refusals and low-confidence answers only)."""
    message = _message(update)
    if message is None:
        return
    answer = entry(service_of(context), argument, lang_hint(update.effective_user))
    en, ru = RECORDED[command]
    try:
        await reply_answer(message, answer, quote=quote_in_chat(message))
    finally:
        await record_question(context, (ru if answer.lang == "ru" else en).format(argument), answer)


async def _usage(update: Update, text: str) -> None:
    message = _message(update)
    if message is not None:
        await reply_html(message, text, quote=quote_in_chat(message))


# -- /start and /help ------------------------------------------------------------------------


async def start(update: Update, context: Context) -> None:
    message = _message(update)
    if message is None:
        return
    lang = lang_of(update.effective_user)
    t = texts_for(lang)
    labels = [e.label for e in EXAMPLES[lang]]
    payload = (context.args or [""])[0].lower() if context.args else ""
    if payload == "when":
        await send_summits(update, context)
    elif payload == "people":
        await people(update, context)
    elif payload == "who-said":
        await reply_html(
            message,
            t.who_said_intro,
            markup=example_keyboard(labels, [0]),
            quote=quote_in_chat(message),
        )
    else:
        await reply_html(
            message,
            t.welcome,
            markup=example_keyboard(labels, range(len(labels))),
            quote=quote_in_chat(message),
        )


def help_text(lang: str, username: str) -> str:
    examples = "\n".join(f"• {html.escape(e.question)}" for e in EXAMPLES[lang])
    return texts_for(lang).help.format(examples=examples, username=html.escape(username))


async def help_command(update: Update, context: Context) -> None:
    message = _message(update)
    if message is None:
        return
    text = help_text(lang_of(update.effective_user), context.bot.username)
    await reply_html(message, text, quote=quote_in_chat(message))


# -- questions -------------------------------------------------------------------------------


async def who(update: Update, context: Context) -> None:
    fragment = _argument(context)
    if not fragment:
        await _usage(update, texts_for(lang_of(update.effective_user)).who_usage)
        return
    await _ask(update, context, "who", fragment, Service.who_said)


async def quote(update: Update, context: Context) -> None:
    person = _argument(context)
    if not person:
        lang = lang_of(update.effective_user)
        await _usage(
            update, texts_for(lang).quote_usage.format(example=_example_name(context, lang))
        )
        return
    await _ask(update, context, "quote", person, Service.quotes_of)


def _example_name(context: Context, lang: str) -> str:
    """The last name of someone in the knowledge base, for the /quote usage line."""
    name = service_of(context).example_surname(lang)
    return html.escape(name) if name else "…"


async def when(update: Update, context: Context) -> None:
    event = _argument(context)
    if not event:
        await send_summits(update, context)
        return
    await _ask(update, context, "when", event, Service.when)


async def send_summits(update: Update, context: Context) -> None:
    """Every summit, in order, each as the core answers for its entry."""
    message = _message(update)
    if message is None:
        return
    parts = [to_html(a) for a in service_of(context).summits(lang_of(update.effective_user))]
    for text in pack_html(parts):
        await reply_html(message, text, quote=quote_in_chat(message))


# -- lists and about -------------------------------------------------------------------------


async def people(update: Update, context: Context) -> None:
    message = _message(update)
    if message is None:
        return
    answer = service_of(context).people(lang_of(update.effective_user))
    await reply_answer(message, answer, quote=quote_in_chat(message))


async def sources(update: Update, context: Context) -> None:
    message = _message(update)
    if message is None:
        return
    answer = service_of(context).sources(lang_of(update.effective_user))
    await reply_answer(message, answer, quote=quote_in_chat(message))


async def about(update: Update, context: Context) -> None:
    message = _message(update)
    if message is None:
        return
    info = service_of(context).info()
    counts = info.counts
    text = texts_for(lang_of(update.effective_user)).about.format(
        quotes=counts["quotes"],
        facts=counts["facts"],
        events=counts["events"],
        people=counts["people"],
        sources=counts["sources"],
        version=html.escape(info.version),
    )
    await reply_html(message, text, quote=quote_in_chat(message))


async def unknown_command(update: Update, context: Context) -> None:
    message = _message(update)
    if message is None:
        return
    if not is_private(message):
        target = command_target(message)
        if not target or target.lower() != context.bot.username.lower():
            return
    await _usage(update, texts_for(lang_of(update.effective_user)).unknown_command)


__all__ = [
    "DEEP_LINKS",
    "about",
    "help_command",
    "people",
    "quote",
    "send_summits",
    "sources",
    "start",
    "unknown_command",
    "when",
    "who",
]
