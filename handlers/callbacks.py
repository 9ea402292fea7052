"""Button presses.

* ``e:<entry_id>`` (suggestion buttons under a refusal): sends ``Service.entry(id, lang)``;
* ``q:<n>`` (example questions under /start): asks example ``n`` of the user's language;
* ``f:+:<entry_id>`` / ``f:-:<entry_id>`` (👍/👎 under answers) go to :mod:`handlers.feedback`.

The answers sent here carry the same buttons as any other answer (:func:`answer_keyboard`),
and become the presser's conversation context, so "what's his job?" after pressing a person's
button is about that person (:func:`handlers.context.remember_shown`).

Every press is answered (``answerCallbackQuery``) so the button stops spinning. Data that is
malformed, forged, or names an entry the knowledge base no longer has gets the short notice
"That entry is no longer available." and nothing else.
"""

from __future__ import annotations

import logging
import time

from telegram import MaybeInaccessibleMessage, Message, Update

from bot.answer import Answer
from bot.render import to_html
from handlers.common import (
    Context,
    answer_keyboard,
    lang_hint,
    lang_of,
    parse_entry_callback,
    parse_example_callback,
    service_of,
)
from handlers.context import remember_shown, turn_lock
from handlers.texts import EXAMPLES, texts_for

log = logging.getLogger(__name__)


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    user = update.effective_user
    lang = lang_of(user)
    service = service_of(context)
    answer: Answer | None = None
    entry_id = parse_entry_callback(query.data)
    if entry_id is not None:
        answer = service.entry(entry_id, lang)
    else:
        examples = EXAMPLES[lang]
        n = parse_example_callback(query.data, len(examples))
        if n is not None:
            answer = service.ask(examples[n].question, lang_hint(user))
    if answer is None:
        log.info("callback with unusable data %r", (query.data or "")[:64])
        await query.answer(texts_for(lang).entry_gone)
        return
    message = query.message
    if message is None:  # a button under an inline-mode message: no chat to write to
        await query.answer(texts_for(lang).open_chat)
        return
    await query.answer()
    async with turn_lock(context):
        sent = await context.bot.send_message(
            chat_id=message.chat.id,
            text=to_html(answer),
            reply_markup=answer_keyboard(answer),
            message_thread_id=_thread_id(message),
        )
        remember_shown(context, user, answer, sent, time.time())


def _thread_id(message: MaybeInaccessibleMessage) -> int | None:
    """The forum topic of the keyboard's message, so the answer lands in the same topic."""
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None
