"""The Telegram bot: builds the python-telegram-bot application and runs it.

:func:`build_application` wires the core :class:`~bot.service.Service` (kept in
``application.bot_data["service"]``) into an :class:`~telegram.ext.Application` that talks to
``{TELEGRAM_API_URL}/bot<token>/<method>``, sends HTML without link previews by default, paces
its outgoing messages with :class:`~telegram.ext.AIORateLimiter` and registers the handlers of
the :mod:`handlers` package. :func:`run` is what ``summitbot run`` calls: it configures logging,
loads the knowledge base, and runs the bot in the mode the settings ask for (one function per
mode; long polling is :func:`run_polling`) until SIGINT or SIGTERM.

Exit codes: 0 clean stop, 1 knowledge base or Bot API unusable, 2 configuration error.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, Defaults
from telegram.request import BaseRequest

import handlers
from bot.config import Settings
from bot.flood import FloodGuard
from bot.loader import KnowledgeError, default_knowledge_dir
from bot.logs import setup_logging
from bot.service import Service
from handlers.common import FLOOD_KEY, SERVICE_KEY, App
from handlers.texts import COMMANDS, texts_for

log = logging.getLogger("summitbot.telegram")

#: Seconds of one long poll (``getUpdates`` timeout).
POLL_TIMEOUT = 10
#: Retries of the start-up calls (getMe, deleteWebhook) before giving up.
BOOTSTRAP_RETRIES = 2
#: Retries of a request Telegram answered with "429 Too Many Requests".
RATE_LIMIT_RETRIES = 2
LANGUAGES = ("en", "ru")

RunMode = Callable[[App, Settings], int]


def build_application(
    settings: Settings,
    service: Service,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
) -> App:
    """The configured application (not initialized). ``request`` replaces the HTTP layer of
    the Bot API calls and ``get_updates_request`` that of ``getUpdates`` (tests)."""
    builder = (
        Application.builder()
        .token(settings.token.value)
        .base_url(f"{settings.api_url}/bot")
        .base_file_url(f"{settings.api_url}/file/bot")
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(True)
        .post_init(post_init)
    )
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    app = builder.build()
    app.bot_data[SERVICE_KEY] = service
    app.bot_data[FLOOD_KEY] = FloodGuard(settings.flood_limit, settings.flood_window)
    handlers.register(app)
    return app


async def post_init(app: App) -> None:
    """Register the command menu and the descriptions (English default, Russian for ``ru``).

    A failure here is logged, not fatal: the bot answers without a menu too."""
    bot = app.bot
    for lang in LANGUAGES:
        code = None if lang == "en" else lang
        t = texts_for(lang)
        commands = [BotCommand(name, en if lang == "en" else ru) for name, en, ru in COMMANDS]
        await _quietly(f"{lang} command menu", bot.set_my_commands(commands, language_code=code))
        await _quietly(
            f"{lang} description", bot.set_my_description(t.description, language_code=code)
        )
        await _quietly(
            f"{lang} short description",
            bot.set_my_short_description(t.short_description, language_code=code),
        )
    service = app.bot_data.get(SERVICE_KEY)
    version = service.snapshot.kb_version if isinstance(service, Service) else "?"
    log.info("bot @%s ready; knowledge base version %s", bot.username, version)


async def _quietly(what: str, action: Awaitable[bool]) -> None:
    try:
        await action
    except TelegramError as exc:
        log.warning("could not register the %s: %s", what, exc)


def run_polling(app: App, settings: Settings) -> int:
    """Long polling until SIGINT/SIGTERM; python-telegram-bot retries network errors."""
    log.info("starting long polling against %s", settings.api_url)
    asyncio.set_event_loop(asyncio.new_event_loop())
    app.run_polling(
        allowed_updates=Update.ALL_TYPES,
        timeout=POLL_TIMEOUT,
        bootstrap_retries=BOOTSTRAP_RETRIES,
        stop_signals=(signal.SIGINT, signal.SIGTERM),
        close_loop=True,
    )
    log.info("stopped")
    return 0


#: Run modes by name. Webhook mode goes next to polling: write ``run_webhook(app, settings)``
#: (``app.run_webhook(listen=settings.webhook_listen, port=settings.port,
#: webhook_url=settings.webhook_url, secret_token=settings.webhook_secret.value or None, ...)``)
#: and add it here.
MODES: dict[str, RunMode] = {"polling": run_polling}


def mode_for(settings: Settings) -> str:
    return "webhook" if settings.webhook_url else "polling"


def run(settings: Settings, knowledge_dir: Path | None = None) -> int:
    """Run the bot until stopped; returns the process exit code."""
    setup_logging(settings.log_level, [settings.token.value, settings.webhook_secret.value])
    mode = mode_for(settings)
    runner = MODES.get(mode)
    if runner is None:
        print(
            f"summitbot: WEBHOOK_URL is set, but {mode} mode is not available yet; "
            "unset WEBHOOK_URL to use long polling",
            file=sys.stderr,
        )
        return 2
    kdir = knowledge_dir or settings.knowledge_dir or default_knowledge_dir()
    try:
        service = Service.from_dir(kdir)
    except KnowledgeError as exc:
        print(f"The knowledge base in {kdir} has {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        print("Run `summitbot kb check` after fixing them.", file=sys.stderr)
        return 1
    app = build_application(settings, service)
    try:
        return runner(app, settings)
    except InvalidToken:
        log.error("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN")
        return 2
    except NetworkError as exc:
        log.error("cannot reach the Bot API at %s: %s", settings.api_url, exc)
        return 1


__all__ = ["MODES", "build_application", "mode_for", "post_init", "run", "run_polling"]
