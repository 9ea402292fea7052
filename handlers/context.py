"""Conversations in Telegram: whose context a message continues, and which answer a reply
points at.

* **Whose.** One context per person per chat: in a private chat the chat's, in a group the
  (group, user) pair's, so two people asking in one group never continue each other's
  questions. Kept in ``context.chat_data`` (python-telegram-bot's per-chat dict) under
  :data:`CONVERSATIONS_KEY`, a dict user id -> :class:`~bot.conversation.Context`.
* **Replies.** Every answer's context is remembered under the bot message's id
  (:class:`~bot.conversation.AnswerMemory`, the last 200 answers per chat, in ``chat_data``
  under :data:`ANSWERS_KEY`). A reply to one of them continues *that* answer, hours later and
  by anyone in the group; a reply to an answer no longer remembered continues nothing (the
  bot then asks who or what is meant rather than lean on an unrelated, newer answer).
* **One turn at a time per chat.** The application handles updates concurrently; a chat's
  turns take :func:`turn_lock` from reading the context until the new one is stored (after
  the reply is sent, when its message id is known), so a quick follow-up, or a reply to an
  answer whose ``sendMessage`` has only just returned, always sees the context it follows.
* **Clock.** Expiry is measured on Telegram's message dates (``edit_date`` for edits), the
  time the person wrote, not when the update happened to be processed.
* **Not on disk.** Contexts and the answer memory live in memory only and are lost on a
  restart: a topic lasts twenty minutes, a restart is rare, and keeping who-talked-about-what
  per chat on disk would be the one place the bot stored anything tied to a chat (the
  recorder deliberately never does). After a restart a follow-up is answered "Who do you
  mean?", never with a guess.
* Inline mode stays stateless (it has no chat to keep a context in).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from telegram import Message, User

from bot.answer import Answer
from bot.conversation import AnswerMemory, Context, Reply
from handlers.common import Context as TgContext
from handlers.common import record_question, reply_answer, service_of

CONVERSATIONS_KEY = "conversations"
ANSWERS_KEY = "answers"
LOCK_KEY = "conversation_lock"
#: Above this many people with a context in one chat, the expired ones are dropped (a busy
#: group must not grow the dict for ever; below it, pruning is not worth a scan per message).
PRUNE_ABOVE = 64


def turn_lock(context: TgContext) -> asyncio.Lock:
    """The chat's conversation lock (a fresh one where there is no chat data, e.g. inline)."""
    data = _chat_data(context)
    if data is None:
        return asyncio.Lock()
    lock = data.get(LOCK_KEY)
    if not isinstance(lock, asyncio.Lock):
        lock = data[LOCK_KEY] = asyncio.Lock()
    return lock


def message_time(message: Message) -> float:
    """When the person wrote the message (seconds since the epoch)."""
    when = message.edit_date or message.date
    return when.timestamp() if when is not None else time.time()


def _chat_data(context: TgContext) -> dict[Any, Any] | None:
    data = context.chat_data
    return data if isinstance(data, dict) else None


def _conversations(context: TgContext) -> dict[int, Context] | None:
    data = _chat_data(context)
    if data is None:
        return None
    table = data.get(CONVERSATIONS_KEY)
    if not isinstance(table, dict):
        table = data[CONVERSATIONS_KEY] = {}
    return table


def _answers(context: TgContext) -> AnswerMemory | None:
    data = _chat_data(context)
    if data is None:
        return None
    memory = data.get(ANSWERS_KEY)
    if not isinstance(memory, AnswerMemory):
        memory = data[ANSWERS_KEY] = AnswerMemory()
    return memory


def current(context: TgContext, message: Message, user: User | None, now: float) -> Context | None:
    """The context this message continues: the replied-to answer's, else the person's own."""
    original = message.reply_to_message
    if (
        original is not None
        and original.from_user is not None
        and original.from_user.id == context.bot.id
    ):
        memory = _answers(context)
        return memory.recall(original.message_id, now) if memory is not None else None
    table = _conversations(context)
    if table is None or user is None:
        return None
    return table.get(user.id)


def keep(
    context: TgContext,
    user: User | None,
    new: Context | None,
    sent: Message | None,
    now: float,
) -> None:
    """Store the person's context after an answer, and the answer's under its message id."""
    table = _conversations(context)
    if table is not None and user is not None:
        if new is None:
            table.pop(user.id, None)
        else:
            table[user.id] = new
        if len(table) > PRUNE_ABOVE:
            for uid in [u for u, c in table.items() if c.alive(now) is None]:
                del table[uid]
    memory = _answers(context)
    if memory is not None and sent is not None and new is not None:
        memory.remember(sent.message_id, new)


async def answer_in_conversation(
    context: TgContext, message: Message, question: str, user: User | None
) -> Answer:
    """Answer a text message as part of the person's conversation, reply, remember the
    context, then hand the question to the recorder (as :func:`handlers.common.answer_question`
    does for a single question)."""
    now = message_time(message)
    service = service_of(context)
    hint = user.language_code if user is not None else None
    reply: Reply | None = None
    try:
        async with turn_lock(context):
            reply = service.converse(question, current(context, message, user, now), hint, now=now)
            sent = await reply_answer(message, reply.answer)
            # Kept only once shown: a follow-up must never lean on an answer never seen.
            keep(context, user, reply.context, sent, now)
    finally:
        if reply is not None:  # recorded outside the lock: it may wait on the database
            await record_question(context, question, reply.answer)
    return reply.answer


def remember_shown(
    context: TgContext, user: User | None, answer: Answer, sent: Message, now: float
) -> None:
    """An answer sent by a button press becomes the presser's context (and its message's)."""
    table = _conversations(context)
    previous = table.get(user.id) if table is not None and user is not None else None
    previous = previous.alive(now) if previous is not None else None
    new = service_of(context).context_after(answer, previous, now)
    keep(context, user, new, sent, now)
