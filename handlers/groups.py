"""Groups and supergroups: answer only what is addressed to the bot.

In a group the bot reacts to exactly three things:

* commands: ``/cmd`` and ``/cmd@<this bot>`` (``/cmd@otherbot`` belongs to another bot);
* text messages that mention ``@<this bot>`` (the mention is stripped before asking);
* replies to the bot's own messages.

Everything else (chatter, media, service messages) is ignored: :func:`group_gate` runs first
(handler group -2) and stops the update with :class:`~telegram.ext.ApplicationHandlerStop`, so
no later handler, the flood guard included, ever sees it. Channel posts are ignored too, and so
are messages sent through the bot's own inline mode, in any chat (they are its own answers).
"""

from __future__ import annotations

import re

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from handlers.common import Context

GROUP_TYPES = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})
_EDGE_PUNCTUATION = " \t\n,.:;!—–-"


def _mention_re(username: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@/])@{re.escape(username)}(?![\w])", re.IGNORECASE)


def command_target(message: Message) -> str | None:
    """``"name"`` of ``/cmd@name`` at the start of the message, ``""`` for a bare ``/cmd``,
    ``None`` when the message is not a command."""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            command = message.parse_entity(entity)
            return command.partition("@")[2]
    return None


def mentions_bot(message: Message, username: str, bot_id: int) -> bool:
    text = message.text or ""
    for entity in message.entities:
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
        if (
            entity.type == MessageEntity.MENTION
            and message.parse_entity(entity).lower() == f"@{username.lower()}"
        ):
            return True
    return bool(username) and _mention_re(username).search(text) is not None


def is_reply_to_bot(message: Message, bot_id: int) -> bool:
    original = message.reply_to_message
    return (
        original is not None and original.from_user is not None and original.from_user.id == bot_id
    )


def addressed_to_bot(message: Message, username: str, bot_id: int) -> bool:
    """Whether a group message is for this bot (see the module docstring)."""
    if message.text is None:
        return False
    target = command_target(message)
    if target is not None:
        return target == "" or target.lower() == username.lower()
    return mentions_bot(message, username, bot_id) or is_reply_to_bot(message, bot_id)


def strip_mention(text: str, username: str) -> str:
    """The question without ``@<this bot>`` and the punctuation left around it."""
    if username:
        text = _mention_re(username).sub(" ", text)
    return " ".join(text.split()).strip(_EDGE_PUNCTUATION)


async def group_gate(update: Update, context: Context) -> None:
    """Stop group chatter, channel posts and the bot's own inline answers before any other
    handler sees them."""
    if update.channel_post is not None or update.edited_channel_post is not None:
        raise ApplicationHandlerStop
    message = update.message or update.edited_message
    if message is None:
        return
    bot = context.bot
    if message.via_bot is not None and message.via_bot.id == bot.id:
        raise ApplicationHandlerStop
    if message.chat.type in GROUP_TYPES and not addressed_to_bot(message, bot.username, bot.id):
        raise ApplicationHandlerStop
