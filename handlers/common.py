"""Helpers shared by the handlers: the service, the user's language, replies and buttons.

State lives in ``application.bot_data`` (``"service"``: the :class:`~bot.service.Service`,
``"flood"``: the :class:`~bot.flood.FloodGuard`), never in module globals, so several
applications (tests) can run side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, TypeAlias

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    User,
)
from telegram.constants import ChatType
from telegram.ext import Application, ContextTypes, ExtBot, JobQueue

from bot.answer import Answer
from bot.flood import FloodGuard
from bot.render import TELEGRAM_LIMIT, to_html, visible_length
from bot.service import Service

Context: TypeAlias = ContextTypes.DEFAULT_TYPE
#: What ``build_application`` returns (``ExtBot[int]``: a bot with a rate limiter).
App: TypeAlias = Application[
    ExtBot[int],
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[ContextTypes.DEFAULT_TYPE],
]

SERVICE_KEY = "service"
FLOOD_KEY = "flood"

#: Entry ids (same rule as the knowledge base's ``ID_PATTERN``).
ENTRY_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
ENTRY_PREFIX = "e:"
EXAMPLE_PREFIX = "q:"
MAX_CALLBACK_BYTES = 64
MAX_SUGGESTION_BUTTONS = 3
MAX_BUTTON_LABEL = 64
#: Room left under Telegram's 4096 characters when several rendered answers share a message.
_PACK_BUDGET = TELEGRAM_LIMIT - 96


def service_of(context: Context) -> Service:
    service = context.bot_data.get(SERVICE_KEY)
    if not isinstance(service, Service):
        raise RuntimeError("application.bot_data['service'] is not set")
    return service


def flood_guard_of(context: Context) -> FloodGuard | None:
    guard = context.bot_data.get(FLOOD_KEY)
    return guard if isinstance(guard, FloodGuard) else None


def lang_hint(user: User | None) -> str | None:
    """The user's Telegram ``language_code`` (the core's ``lang_hint``)."""
    return user.language_code if user is not None else None


def lang_of(user: User | None) -> str:
    """The language of the bot's own texts for ``user``: ``"ru"`` or ``"en"``."""
    code = (user.language_code or "") if user is not None else ""
    return "ru" if code.lower().startswith("ru") else "en"


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def is_private(message: Message) -> bool:
    return message.chat.type == ChatType.PRIVATE


# -- callback data -------------------------------------------------------------------------


def entry_callback(entry_id: str) -> str | None:
    """``e:<entry_id>`` for a valid id that fits Telegram's 64 bytes, else ``None``."""
    if not ENTRY_ID_RE.fullmatch(entry_id):
        return None
    data = ENTRY_PREFIX + entry_id
    return data if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES else None


def parse_entry_callback(data: str | None) -> str | None:
    """The entry id of well-formed ``e:<id>`` data, else ``None`` (forged or stale data)."""
    if not data or not data.startswith(ENTRY_PREFIX):
        return None
    entry_id = data[len(ENTRY_PREFIX) :]
    return entry_id if ENTRY_ID_RE.fullmatch(entry_id) else None


def parse_example_callback(data: str | None, count: int) -> int | None:
    """The example index of ``q:<n>`` data with ``0 <= n < count``, else ``None``."""
    if not data or not data.startswith(EXAMPLE_PREFIX):
        return None
    raw = data[len(EXAMPLE_PREFIX) :]
    if not raw.isascii() or not raw.isdigit() or len(raw) > 3:
        return None
    n = int(raw)
    return n if n < count else None


def button_label(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_BUTTON_LABEL else text[: MAX_BUTTON_LABEL - 1] + "…"


def suggestion_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Up to three buttons for a refusal's suggestions (``e:<entry_id>``)."""
    rows: list[list[InlineKeyboardButton]] = []
    for suggestion in answer.suggestions:
        data = entry_callback(suggestion.id)
        if data is None:
            continue
        rows.append([InlineKeyboardButton(button_label(suggestion.label), callback_data=data)])
        if len(rows) == MAX_SUGGESTION_BUTTONS:
            break
    return InlineKeyboardMarkup(rows) if rows else None


def example_keyboard(labels: Sequence[str], indexes: Iterable[int]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(button_label(labels[i]), callback_data=f"{EXAMPLE_PREFIX}{i}")]
            for i in indexes
        ]
    )


# -- sending ---------------------------------------------------------------------------------


def reply_to(message: Message) -> ReplyParameters:
    return ReplyParameters(message_id=message.message_id, allow_sending_without_reply=True)


async def reply_html(
    message: Message,
    html: str,
    *,
    markup: InlineKeyboardMarkup | None = None,
    quote: bool = True,
) -> Message:
    """Send ``html`` to the message's chat (and topic), as a reply to it when ``quote``."""
    return await message.reply_text(
        html,
        reply_parameters=reply_to(message) if quote else None,
        reply_markup=markup,
        do_quote=False if not quote else None,
    )


async def reply_answer(message: Message, answer: Answer, *, quote: bool = True) -> Message:
    """Reply with a core answer: its Telegram HTML plus suggestion buttons when refused."""
    markup = None if answer.answered else suggestion_keyboard(answer)
    return await reply_html(message, to_html(answer), markup=markup, quote=quote)


def pack_html(parts: Iterable[str], budget: int = _PACK_BUDGET) -> list[str]:
    """Join rendered HTML parts (each valid on its own) into as few messages as fit."""
    messages: list[str] = []
    current: list[str] = []
    used = 0
    for part in parts:
        size = visible_length(part) + 2
        if current and used + size > budget:
            messages.append("\n\n".join(current))
            current, used = [], 0
        current.append(part)
        used += size
    if current:
        messages.append("\n\n".join(current))
    return messages


def quote_in_chat(message: Message) -> bool:
    """Command replies quote the command in groups (several people talk there), not in
    private chats."""
    return not is_private(message)
