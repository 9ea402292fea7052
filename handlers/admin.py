"""The curator's commands in Telegram, and reloading the knowledge base on SIGHUP.

Only users whose id is in ``ADMIN_USER_IDS``, in a private chat with the bot, can use them;
anyone else (and any use in a group) gets exactly what an unknown command gets
(:func:`handlers.commands.unknown_command`), so the commands do not reveal themselves. They are
not in the public command menu: :func:`set_admin_menus` gives each admin a chat-scoped menu with
them added.

* ``/gaps [days]``: the most frequent unanswered questions (of the last ``days`` days, or all
  time), ten at most (:func:`bot.curator.format_gaps`);
* ``/feedback``: entries ranked by share of 👎, twenty at most
  (:func:`bot.curator.format_feedback`);
* ``/reload``: load and validate the knowledge directory again and serve it if it is valid
  (:meth:`bot.service.Service.reload`, in a worker thread); the reply names the version now
  served, or lists the problems (file, line, record id) while the old version stays in service.

Reports are plain text, escaped and cut to Telegram's 4096 characters. A database that cannot be
read gets a one-line explanation instead.

``kill -HUP <pid>`` does what ``/reload`` does (:func:`watch_sighup`, installed by ``post_init``
and removed by :func:`post_shutdown`); the result is logged in one line. Questions in flight keep
the snapshot they started with, so every answer comes from one version or the other.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Sequence

from telegram import BotCommand, BotCommandScopeChat, Message, Update
from telegram.error import TelegramError

from bot.curator import format_feedback, format_gaps, format_reload
from bot.loader import Problem
from bot.service import Service
from bot.store import StoreError
from handlers.commands import unknown_command
from handlers.common import (
    ADMINS_KEY,
    SERVICE_KEY,
    STORE_KEY,
    App,
    Context,
    is_admin,
    is_private,
    lang_of,
    plain_html,
    reply_html,
    service_of,
    store_of,
)
from handlers.texts import ADMIN_COMMANDS, COMMANDS, texts_for

log = logging.getLogger(__name__)

GAPS_LIMIT = 10
FEEDBACK_LIMIT = 20
MAX_DAYS = 3650
#: ``bot_data`` keys: the loop the SIGHUP handler is installed on; running SIGHUP reloads.
SIGHUP_LOOP_KEY = "sighup_loop"
RELOAD_TASKS_KEY = "reload_tasks"


async def _admin_message(update: Update, context: Context) -> Message | None:
    """The command's message if an admin sent it in a private chat; otherwise the normal
    unknown-command reply is given and None returned."""
    message = update.effective_message
    if message is None:
        return None
    if is_private(message) and is_admin(context, update.effective_user):
        return message
    await unknown_command(update, context)
    return None


def parse_days(args: Sequence[str] | None) -> tuple[bool, float | None]:
    """``(ok, days)`` for the arguments of ``/gaps``: none → all time; a whole number of days
    from 1 to 3650; anything else is not ok."""
    if not args:
        return True, None
    if len(args) != 1 or not args[0].isascii() or not args[0].isdigit():
        return False, None
    days = int(args[0])
    return (True, float(days)) if 1 <= days <= MAX_DAYS else (False, None)


async def gaps(update: Update, context: Context) -> None:
    message = await _admin_message(update, context)
    if message is None:
        return
    t = texts_for(lang := lang_of(update.effective_user))
    ok, days = parse_days(context.args)
    if not ok:
        await reply_html(message, t.gaps_usage, quote=False)
        return
    store = store_of(context)
    if not store.enabled:
        await reply_html(message, t.recording_off, quote=False)
        return
    try:
        rows = await asyncio.to_thread(store.gaps, days, GAPS_LIMIT)
    except StoreError as exc:
        await reply_html(message, plain_html(t.store_error.format(error=exc)), quote=False)
        return
    text = format_gaps(rows, lang, since_days=days)
    await reply_html(message, plain_html(text), quote=False)


async def feedback(update: Update, context: Context) -> None:
    message = await _admin_message(update, context)
    if message is None:
        return
    t = texts_for(lang := lang_of(update.effective_user))
    store = store_of(context)
    if not store.enabled:
        await reply_html(message, t.recording_off, quote=False)
        return
    try:
        rows = await asyncio.to_thread(store.feedback_report)
    except StoreError as exc:
        await reply_html(message, plain_html(t.store_error.format(error=exc)), quote=False)
        return
    text = format_feedback(rows, lang, limit=FEEDBACK_LIMIT)
    await reply_html(message, plain_html(text), quote=False)


async def reload(update: Update, context: Context) -> None:
    message = await _admin_message(update, context)
    if message is None:
        return
    service = service_of(context)
    problems = await reload_and_log(service, "/reload")
    text = format_reload(problems, service.kb_version)
    await reply_html(message, plain_html(text), quote=False)


# -- reloading ------------------------------------------------------------------------------


def reload_summary(problems: Sequence[Problem], version: str) -> str:
    """One log line: the version now served, or the problems (the old version is kept)."""
    if not problems:
        return f"knowledge base reloaded: now serving version {version}"
    listed = "; ".join(" ".join(str(p).split()) for p in problems[:30])
    more = f"; … and {len(problems) - 30} more" if len(problems) > 30 else ""
    return (
        f"reload refused, still serving version {version}: "
        f"{len(problems)} problem(s): {listed}{more}"
    )


async def reload_and_log(service: Service, trigger: str) -> list[Problem]:
    """Reload in a worker thread (the loop keeps answering meanwhile) and log the outcome."""
    problems = await asyncio.to_thread(service.reload)
    summary = reload_summary(problems, service.kb_version)
    if problems:
        log.warning("%s: %s", trigger, summary)
    else:
        log.info("%s: %s", trigger, summary)
    return problems


def _on_sighup(app: App) -> None:
    service = app.bot_data.get(SERVICE_KEY)
    if not isinstance(service, Service):
        log.warning("SIGHUP: no knowledge base service to reload")
        return
    log.debug("SIGHUP: reloading the knowledge base from %s", service.knowledge_dir or "default")
    task = asyncio.ensure_future(_reload_quietly(service))
    tasks: set[asyncio.Future[None]] = app.bot_data.setdefault(RELOAD_TASKS_KEY, set())
    tasks.add(task)
    task.add_done_callback(tasks.discard)


async def _reload_quietly(service: Service) -> None:
    try:
        await reload_and_log(service, "SIGHUP")
    except Exception:  # e.g. an unreadable directory: log it, keep serving
        log.exception("SIGHUP: reload failed; still serving version %s", service.kb_version)


def watch_sighup(app: App) -> bool:
    """Reload the knowledge base on SIGHUP (call from the running loop, e.g. ``post_init``).
    Returns False where signals cannot be handled (Windows, a loop outside the main thread)."""
    sighup = getattr(signal, "SIGHUP", None)
    if sighup is None:
        return False
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(sighup, _on_sighup, app)
    except (NotImplementedError, RuntimeError, ValueError) as exc:
        log.warning("SIGHUP will not reload the knowledge base here: %s", exc)
        return False
    app.bot_data[SIGHUP_LOOP_KEY] = loop
    return True


def unwatch_sighup(app: App) -> None:
    loop = app.bot_data.pop(SIGHUP_LOOP_KEY, None)
    sighup = getattr(signal, "SIGHUP", None)
    if isinstance(loop, asyncio.AbstractEventLoop) and sighup is not None and not loop.is_closed():
        loop.remove_signal_handler(sighup)


async def post_shutdown(app: App) -> None:
    """Stop reacting to SIGHUP, let a running reload finish, close the question database."""
    unwatch_sighup(app)
    tasks = list(app.bot_data.get(RELOAD_TASKS_KEY, ()))
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
    store = app.bot_data.get(STORE_KEY)
    if store is not None:
        store.close()


# -- the admins' command menu ---------------------------------------------------------------


async def set_admin_menus(app: App) -> None:
    """Each admin's own menu (the public commands plus /gaps, /feedback, /reload), in English
    and Russian. Telegram refuses it for someone who never opened a chat with the bot: that is
    logged and skipped (the commands work anyway)."""
    admins = app.bot_data.get(ADMINS_KEY) or frozenset()
    for admin_id in sorted(admins):
        scope = BotCommandScopeChat(admin_id)
        for lang in ("en", "ru"):
            commands = [
                BotCommand(name, en if lang == "en" else ru)
                for name, en, ru in (*COMMANDS, *ADMIN_COMMANDS)
            ]
            try:
                await app.bot.set_my_commands(
                    commands, scope=scope, language_code=None if lang == "en" else lang
                )
            except TelegramError as exc:
                log.warning("could not register the admin command menu for %s: %s", admin_id, exc)
                break
