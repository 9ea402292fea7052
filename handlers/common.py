"""Helpers shared by the handlers: the service, the user's language, replies and buttons.

State lives in ``application.bot_data`` (``"service"``: the :class:`~bot.service.Service`,
``"flood"``: the :class:`~bot.flood.FloodGuard`, ``"store"``: the question/feedback recorder,
``"feedback_guard"``: the :class:`~bot.votes.FeedbackGuard`, ``"admin_ids"``: the user ids of
``ADMIN_USER_IDS``), never in module globals, so several applications (tests) can run side by
side.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any, TypeAlias, cast

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
from bot.render import TELEGRAM_LIMIT, cut_utf16, to_html, utf16_len, visible_length
from bot.service import Service
from bot.store import NullStore, Recorder, should_record
from bot.votes import FeedbackGuard

log = logging.getLogger(__name__)

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
STORE_KEY = "store"
FEEDBACK_GUARD_KEY = "feedback_guard"
ADMINS_KEY = "admin_ids"

#: Entry ids (same rule as the knowledge base's ``ID_PATTERN``).
ENTRY_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
ENTRY_PREFIX = "e:"
EXAMPLE_PREFIX = "q:"
#: ``f:+:<entry_id>`` (👍) and ``f:-:<entry_id>`` (👎) under knowledge answers.
FEEDBACK_PREFIX = "f:"
FEEDBACK_VOTES = {"+": 1, "-": -1}
FEEDBACK_LABELS = {1: "👍", -1: "👎"}
#: Answers that list the base (/people, /sources) are not rated: they are not knowledge answers.
UNRATED_KINDS = frozenset({"people", "sources"})
#: Telegram's limit on ``callback_data``: 64 bytes (of UTF-8), not characters.
MAX_CALLBACK_BYTES = 64
MAX_SUGGESTION_BUTTONS = 3
#: Button labels are cut to this many UTF-16 code units (Telegram's unit): long enough for a
#: question, short enough that a phone shows most of it on one button.
MAX_BUTTON_LABEL = 64
#: Room left under Telegram's 4096 UTF-16 units when several rendered answers share a message.
_PACK_BUDGET = TELEGRAM_LIMIT - 96


def service_of(context: Context) -> Service:
    service = context.bot_data.get(SERVICE_KEY)
    if not isinstance(service, Service):
        raise RuntimeError("application.bot_data['service'] is not set")
    return service


def flood_guard_of(context: Context) -> FloodGuard | None:
    guard = context.bot_data.get(FLOOD_KEY)
    return guard if isinstance(guard, FloodGuard) else None


def store_of(context: Context) -> Recorder:
    """The question/feedback recorder (a :class:`~bot.store.NullStore` if none was set up)."""
    store = context.bot_data.get(STORE_KEY)
    return cast(Recorder, store) if store is not None else NullStore()


def feedback_guard_of(context: Context) -> FeedbackGuard:
    guard = context.bot_data.get(FEEDBACK_GUARD_KEY)
    if not isinstance(guard, FeedbackGuard):
        guard = context.bot_data[FEEDBACK_GUARD_KEY] = FeedbackGuard()
    return guard


def is_admin(context: Context, user: User | None) -> bool:
    admins = context.bot_data.get(ADMINS_KEY)
    return user is not None and isinstance(admins, frozenset) and user.id in admins


def lang_hint(user: User | None) -> str | None:
    """The user's Telegram ``language_code`` (the core's ``lang_hint``)."""
    return user.language_code if user is not None else None


def lang_of(user: User | None) -> str:
    """The language of the bot's own texts for ``user``: ``"ru"`` or ``"en"``."""
    code = (user.language_code or "") if user is not None else ""
    return "ru" if code.lower().startswith("ru") else "en"


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


def feedback_callback(entry_id: str, vote: int) -> str | None:
    """``f:+:<entry_id>`` / ``f:-:<entry_id>`` for a valid id within 64 bytes, else ``None``."""
    sign = "+" if vote > 0 else "-"
    if not ENTRY_ID_RE.fullmatch(entry_id):
        return None
    data = f"{FEEDBACK_PREFIX}{sign}:{entry_id}"
    return data if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES else None


def parse_feedback_callback(data: str | None) -> tuple[str, int] | None:
    """``(entry_id, +1 | -1)`` of well-formed ``f:`` data, else ``None`` (forged or stale)."""
    if not data or not data.startswith(FEEDBACK_PREFIX) or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    sign, colon, entry_id = data[len(FEEDBACK_PREFIX) :].partition(":")
    if sign not in FEEDBACK_VOTES or not colon or not ENTRY_ID_RE.fullmatch(entry_id):
        return None
    return entry_id, FEEDBACK_VOTES[sign]


def wants_feedback(answer: Answer) -> bool:
    """Knowledge answers (answered, with entries) carry 👍/👎; refusals and lists do not."""
    return answer.answered and bool(answer.entries) and answer.kind not in UNRATED_KINDS


def feedback_row(answer: Answer) -> list[InlineKeyboardButton]:
    """The 👍/👎 buttons for an answer's first (main) entry; empty if it gets none."""
    if not wants_feedback(answer):
        return []
    buttons = []
    for vote in (1, -1):
        data = feedback_callback(answer.entries[0], vote)
        if data is None:
            return []
        buttons.append(InlineKeyboardButton(FEEDBACK_LABELS[vote], callback_data=data))
    return buttons


def button_label(text: str) -> str:
    """``text`` on one line, cut to :data:`MAX_BUTTON_LABEL` UTF-16 units."""
    return cut_utf16(" ".join(text.split()), MAX_BUTTON_LABEL)


def suggestion_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Up to three buttons for a refusal's suggestions (``e:<entry_id>``)."""
    rows = _suggestion_rows(answer)
    return InlineKeyboardMarkup(rows) if rows else None


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """The keyboard sent with a core answer: suggestion buttons under a refusal, one 👍/👎 row
    under a knowledge answer (both in one keyboard, should an answer ever have both)."""
    rows = [] if answer.answered else _suggestion_rows(answer)
    row = feedback_row(answer)
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(rows) if rows else None


def _suggestion_rows(answer: Answer) -> list[list[InlineKeyboardButton]]:
    rows: list[list[InlineKeyboardButton]] = []
    for suggestion in answer.suggestions:
        data = entry_callback(suggestion.id)
        if data is None:
            continue
        rows.append([InlineKeyboardButton(button_label(suggestion.label), callback_data=data)])
        if len(rows) == MAX_SUGGESTION_BUTTONS:
            break
    return rows


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
    """Reply with a core answer: its Telegram HTML plus suggestion buttons when refused, or
    👍/👎 buttons under a knowledge answer (:func:`answer_keyboard`)."""
    return await reply_html(message, to_html(answer), markup=answer_keyboard(answer), quote=quote)


async def answer_question(
    context: Context,
    message: Message,
    question: str,
    user: User | None,
    *,
    quote: bool = True,
) -> Answer:
    """Ask the core, reply, then hand the question to the recorder (which keeps refusals and
    low-confidence answers only). The reply is never delayed by the recording."""
    answer = service_of(context).ask(question, lang_hint(user))
    try:
        await reply_answer(message, answer, quote=quote)
    finally:
        await record_question(context, question, answer)
    return answer


async def record_question(context: Context, question: str, answer: Answer) -> None:
    """``store.record_question`` in a worker thread (it may wait 200 ms on a locked database).
    Only the text and the answer are passed: never who asked or where. Never raises."""
    store = store_of(context)
    if not store.enabled or not should_record(answer):  # most answers: no thread hop
        return
    try:
        await asyncio.to_thread(store.record_question, question, answer)
    except Exception as exc:  # recording is a side job: it never breaks a conversation
        log.warning("could not record a question: %s: %s", type(exc).__name__, exc)


def plain_html(text: str, limit: int = TELEGRAM_LIMIT) -> str:
    """Plain text as Telegram HTML (escaped), cut on a line or character boundary to at most
    ``limit`` UTF-16 units of HTML (so never inside an entity, never inside a surrogate pair;
    the visible text is shorter still, so it is within ``limit`` as Telegram counts it)."""
    escaped = html.escape(text)
    if utf16_len(escaped) <= limit:
        return escaped
    more = "\n…"
    out: list[str] = []
    used = utf16_len(more)
    for ch in text:
        piece = html.escape(ch)
        size = utf16_len(piece)
        if used + size > limit:
            break
        out.append(piece)
        used += size
    kept = "".join(out)
    cut = kept.rfind("\n")
    if cut > len(kept) // 2:
        kept = kept[:cut]
    return kept.rstrip() + more


def pack_html(parts: Iterable[str], budget: int = _PACK_BUDGET) -> list[str]:
    """Join rendered HTML parts (each valid on its own) into as few messages as fit
    ``budget`` UTF-16 units of visible text each (:func:`~bot.render.visible_length`)."""
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
