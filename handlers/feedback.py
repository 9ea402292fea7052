"""👍 / 👎 presses under the bot's answers (callback data ``f:+:<entry_id>`` / ``f:-:<entry_id>``).

Every knowledge answer (answered, with entries; not the /people or /sources lists) carries one
row of two buttons for its main entry (:func:`handlers.common.answer_keyboard`). A press:

* data that is malformed, forged, or names an entry the knowledge base (as served now) does not
  have: answered "This answer can no longer be rated.", nothing recorded;
* the first press of a user on a message (👍 or 👎, whichever comes first):
  ``store.record_feedback(entry_id, vote, kb_version)`` with the version served now, answered
  "Thanks for the feedback!";
* any later press of the same user on the same message: "Your vote was already counted.",
  nothing recorded.

"Same user, same message" is decided by :class:`bot.votes.FeedbackGuard`, in memory, with salted
and rotated hashes: the database never learns who voted (no user or chat id is passed to it).
Messages sent through inline mode have no chat: they are told apart by ``inline_message_id``.
With ``RECORD_QUESTIONS=0`` presses are acknowledged the same way and nothing is written.
The callback is answered before the vote is written, so a slow database never keeps the button
spinning.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from handlers.common import (
    Context,
    feedback_guard_of,
    lang_of,
    parse_feedback_callback,
    service_of,
    store_of,
)
from handlers.texts import texts_for

log = logging.getLogger(__name__)


async def on_feedback(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    user = update.effective_user
    t = texts_for(lang_of(user))
    service = service_of(context)
    parsed = parse_feedback_callback(query.data)
    if parsed is None or not service.is_rateable(parsed[0]):
        log.info("feedback with unusable data %r", (query.data or "")[:64])
        await query.answer(t.feedback_gone)
        return
    entry_id, vote = parsed
    if query.message is not None:
        chat_id: int | None = query.message.chat.id
        message_id: int | str = query.message.message_id
    elif query.inline_message_id:
        chat_id, message_id = None, query.inline_message_id
    else:  # Telegram always sends one of the two
        await query.answer(t.feedback_gone)
        return
    if user is None or not feedback_guard_of(context).first_press(user.id, chat_id, message_id):
        await query.answer(t.feedback_already)
        return
    await query.answer(t.feedback_thanks)
    store = store_of(context)
    if not store.enabled:
        return
    version = service.kb_version
    try:
        await asyncio.to_thread(store.record_feedback, entry_id, vote, version)
    except Exception as exc:  # a side job: never an apology to the user
        log.warning("could not record feedback: %s: %s", type(exc).__name__, exc)
