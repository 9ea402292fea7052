"""Telegram layer: thin python-telegram-bot handlers that call bot/ and send its answers.

:func:`register` wires them into an application, in handler groups that run in order:

* group -2, :func:`handlers.groups.group_gate`: drops group chatter not addressed to the bot;
* group -1, :func:`handlers.guard.flood_guard`: the per-user flood guard;
* group 0: commands, free text, media, button presses and inline queries;
* the error handler, :func:`handlers.errors.on_error`.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import callbacks, commands, errors, groups, guard, inline, messages
from handlers.common import App

GATE_GROUP = -2
FLOOD_GROUP = -1

#: Command name -> callback (the menu itself is in :data:`handlers.texts.COMMANDS`).
COMMAND_CALLBACKS = {
    "start": commands.start,
    "help": commands.help_command,
    "who": commands.who,
    "quote": commands.quote,
    "when": commands.when,
    "people": commands.people,
    "sources": commands.sources,
    "about": commands.about,
}

_CHATS = filters.ChatType.PRIVATE | filters.ChatType.GROUPS


def register(app: App) -> None:
    app.add_handler(TypeHandler(Update, groups.group_gate), group=GATE_GROUP)
    app.add_handler(TypeHandler(Update, guard.flood_guard), group=FLOOD_GROUP)
    for name, callback in COMMAND_CALLBACKS.items():
        app.add_handler(
            CommandHandler(name, callback, filters=filters.UpdateType.MESSAGES & _CHATS)
        )
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGES & _CHATS & filters.COMMAND, commands.unknown_command
        )
    )
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGES & _CHATS & filters.TEXT & ~filters.COMMAND,
            messages.on_text,
        )
    )
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE
            & filters.ChatType.PRIVATE
            & ~filters.TEXT
            & ~filters.StatusUpdate.ALL,
            messages.on_non_text,
        )
    )
    app.add_handler(CallbackQueryHandler(callbacks.on_button))
    app.add_handler(InlineQueryHandler(inline.on_inline_query))
    app.add_error_handler(errors.on_error)
