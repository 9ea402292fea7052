"""The per-user flood guard as a :class:`~telegram.ext.TypeHandler` (handler group -1).

Counted: messages and edited messages the bot would answer (group chatter was already stopped
by :mod:`handlers.groups`) and button presses. Inline queries are not counted: Telegram sends
one per keystroke and caches our answers.

The first update over the limit gets one short notice ("you're sending too fast"); further
updates are dropped silently until the window has room again (a dropped button press is still
answered, without text, so the button stops spinning). The guard never sleeps, so a throttled
user cannot delay anybody else.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.flood import Verdict
from handlers.common import Context, flood_guard_of, lang_of, reply_html
from handlers.texts import texts_for

log = logging.getLogger(__name__)


async def flood_guard(update: Update, context: Context) -> None:
    guard = flood_guard_of(context)
    user = update.effective_user
    if guard is None or user is None:
        return
    message = update.message or update.edited_message
    query = update.callback_query
    if message is None and query is None:
        return
    verdict = guard.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    notice = texts_for(lang_of(user)).too_fast
    if verdict is Verdict.NOTICE:
        log.info("flood guard: user %s over the limit; notice sent", user.id)
    try:
        if query is not None:
            await query.answer(notice if verdict is Verdict.NOTICE else None)
        elif message is not None and verdict is Verdict.NOTICE:
            await reply_html(message, notice)
    except TelegramError as exc:
        log.warning("flood guard: could not notify user %s: %s", user.id, exc)
    raise ApplicationHandlerStop
