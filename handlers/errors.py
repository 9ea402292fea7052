"""The global error handler.

It logs the failure with the update id (the token never appears: the log filter of
:mod:`bot.logs` redacts it everywhere), tells the user once "Sorry, something went wrong; please
try again." when the update has a chat, and never raises, so the bot keeps running. Errors while
polling (no update) are network trouble that python-telegram-bot retries by itself: they are
logged as warnings only.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from telegram import Update
from telegram.error import NetworkError

from handlers.common import Context, lang_of, reply_to
from handlers.texts import texts_for

log = logging.getLogger(__name__)

APOLOGIZED_KEY = "apologized_updates"
_REMEMBER = 1024


async def on_error(update: object, context: Context) -> None:
    try:
        await _handle(update, context)
    except Exception:  # the error handler itself must never fail
        log.exception("error handler failed")


async def _handle(update: object, context: Context) -> None:
    error = context.error
    if not isinstance(update, Update):
        if isinstance(error, NetworkError):
            log.warning("network error while polling (will retry): %s", error)
        else:
            log.error("error outside an update", exc_info=error)
        return
    log.error("update %s failed: %s", update.update_id, type(error).__name__, exc_info=error)
    chat = update.effective_chat
    if chat is None or not _first_time(context, update.update_id):
        return
    text = texts_for(lang_of(update.effective_user)).sorry
    message = update.effective_message
    try:
        if message is not None and message.chat.id == chat.id and update.callback_query is None:
            await context.bot.send_message(
                chat.id,
                text,
                reply_parameters=reply_to(message),
                message_thread_id=message.message_thread_id if message.is_topic_message else None,
            )
        else:
            await context.bot.send_message(chat.id, text)
    except Exception as exc:
        log.warning("could not apologize for update %s: %s", update.update_id, exc)


def _first_time(context: Context, update_id: int) -> bool:
    """True only the first time an update fails (one apology per update)."""
    seen = context.bot_data.setdefault(APOLOGIZED_KEY, OrderedDict())
    if not isinstance(seen, OrderedDict):
        return True
    if update_id in seen:
        return False
    seen[update_id] = True
    while len(seen) > _REMEMBER:
        seen.popitem(last=False)
    return True
