"""Telegram layer: thin python-telegram-bot handlers that call bot/ and send its answers.

:func:`register` wires them into an application, in handler groups that run in order:

* group -2, :func:`handlers.groups.group_gate`: drops group chatter not addressed to the bot;
* group -1, :func:`handlers.guard.flood_guard`: the per-user flood guard;
* group 0: commands (the curator's :mod:`handlers.admin` commands before the catch-all for
  unknown ones), free text, media, 👍/👎 presses (:mod:`handlers.feedback`), other button
  presses and inline queries;
* the error handler, :func:`handlers.errors.on_error`.

:func:`attach_curator` puts the question/feedback recorder, the double-press guard and the admin
ids into ``bot_data``; :func:`handlers.admin.post_shutdown` closes the recorder.
"""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.store import Recorder, store_from_settings
from bot.votes import FeedbackGuard
from handlers import admin, callbacks, commands, errors, feedback, groups, guard, inline, messages
from handlers.admin import post_shutdown, set_admin_menus, unwatch_sighup, watch_sighup
from handlers.common import ADMINS_KEY, FEEDBACK_GUARD_KEY, FEEDBACK_PREFIX, STORE_KEY, App

__all__ = [
    "ADMIN_COMMAND_CALLBACKS",
    "COMMAND_CALLBACKS",
    "FLOOD_GROUP",
    "GATE_GROUP",
    "Recorder",
    "attach_curator",
    "post_shutdown",
    "register",
    "set_admin_menus",
    "unwatch_sighup",
    "watch_sighup",
]

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

#: The curator's commands (admins only; not in the public menu).
ADMIN_COMMAND_CALLBACKS = {
    "gaps": admin.gaps,
    "feedback": admin.feedback,
    "reload": admin.reload,
}

_CHATS = filters.ChatType.PRIVATE | filters.ChatType.GROUPS


def attach_curator(app: App, settings: Settings, store: Recorder | None = None) -> Recorder:
    """The recorder (``store``, else :func:`bot.store.store_from_settings`: SQLite in
    ``DATA_DIR``, or nothing with ``RECORD_QUESTIONS=0``), a fresh
    :class:`~bot.votes.FeedbackGuard` and ``ADMIN_USER_IDS``, in ``bot_data``."""
    recorder = store if store is not None else store_from_settings(settings)
    app.bot_data[STORE_KEY] = recorder
    app.bot_data[FEEDBACK_GUARD_KEY] = FeedbackGuard()
    app.bot_data[ADMINS_KEY] = frozenset(settings.admin_ids)
    return recorder


def register(app: App) -> None:
    app.add_handler(TypeHandler(Update, groups.group_gate), group=GATE_GROUP)
    app.add_handler(TypeHandler(Update, guard.flood_guard), group=FLOOD_GROUP)
    for name, callback in {**COMMAND_CALLBACKS, **ADMIN_COMMAND_CALLBACKS}.items():
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
    app.add_handler(
        CallbackQueryHandler(feedback.on_feedback, pattern=f"^{re.escape(FEEDBACK_PREFIX)}")
    )
    app.add_handler(CallbackQueryHandler(callbacks.on_button))
    app.add_handler(InlineQueryHandler(inline.on_inline_query))
    app.add_error_handler(errors.on_error)
