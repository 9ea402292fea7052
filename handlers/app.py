"""The Telegram bot: builds the python-telegram-bot application and runs it.

:func:`build_application` wires the core :class:`~bot.service.Service` (kept in
``application.bot_data["service"]``) into an :class:`~telegram.ext.Application` that talks to
``{TELEGRAM_API_URL}/bot<token>/<method>``, sends HTML without link previews by default, paces
its outgoing messages with :class:`~telegram.ext.AIORateLimiter` and registers the handlers of
the :mod:`handlers` package. :func:`run` is what ``summitbot run`` calls: it configures logging,
loads the knowledge base, and runs the bot in the mode the settings ask for (one function per
mode; long polling is :func:`run_polling`) until SIGINT or SIGTERM.

Exit codes: 0 clean stop; 1 knowledge base problems, Bot API unreachable at start-up, the
webhook port cannot be opened or Telegram refused the webhook; 2 configuration error, or
Telegram rejected the token (at start-up, or while running).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, Defaults
from telegram.request import BaseRequest

import handlers
from bot.config import Settings
from bot.flood import FloodGuard
from bot.loader import KnowledgeError, default_knowledge_dir
from bot.logs import setup_logging
from bot.service import Service
from handlers.common import FLOOD_KEY, SERVICE_KEY, App
from handlers.request import AiohttpRequest, ResilientRequest
from handlers.texts import COMMANDS, texts_for
from handlers.web import ListenError, WebServer, ensure_webhook_secret, webhook_path

log = logging.getLogger("summitbot.telegram")

#: Seconds of one long poll (``getUpdates`` timeout).
POLL_TIMEOUT = 10
#: Retries of the start-up calls (getMe, deleteWebhook) before giving up.
BOOTSTRAP_RETRIES = 2
#: Retries of a request Telegram answered with "429 Too Many Requests".
RATE_LIMIT_RETRIES = 2
#: Updates handled at the same time.
CONCURRENT_UPDATES = 64
#: Concurrent connections to the Bot API.
CONNECTIONS = 64
LANGUAGES = ("en", "ru")

#: ``bot_data`` key of the (``getUpdates``, other calls) requests (:func:`token_rejected`).
REQUESTS_KEY = "requests"
#: ``bot_data`` key of the function that stops webhook mode (:func:`_token_rejected`).
STOP_KEY = "stop"

RunMode = Callable[[App, Settings], int]


def build_application(
    settings: Settings,
    service: Service,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    store: handlers.Recorder | None = None,
) -> App:
    """The configured application (not initialized). ``request`` replaces the HTTP layer of
    the Bot API calls and ``get_updates_request`` that of ``getUpdates`` (tests). ``store``
    replaces the question/feedback recorder, by default ``store_from_settings(settings)``
    (SQLite in ``DATA_DIR``; nothing with ``RECORD_QUESTIONS=0``), closed at shutdown.

    Both go through :class:`~handlers.request.ResilientRequest` over aiohttp: the Bot API
    calls retry transient failures (``getUpdates`` is retried by python-telegram-bot), and a
    token rejected while running stops the application (``summitbot run`` exits with 2)."""
    calls = ResilientRequest(
        request or AiohttpRequest(CONNECTIONS), rejected_statuses=frozenset({401})
    )
    polls = ResilientRequest(
        get_updates_request or AiohttpRequest(1), retry_delays=(), park_when_rejected=True
    )
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
        .rate_limiter(
            AIORateLimiter(overall_max_rate=settings.max_send_rate, max_retries=RATE_LIMIT_RETRIES)
        )
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(post_init)
        .post_shutdown(handlers.post_shutdown)
    )
    app = builder.request(calls).get_updates_request(polls).build()
    polls.on_rejected_token = functools.partial(_token_rejected, app, wait_running=True)
    calls.on_rejected_token = functools.partial(_token_rejected, app, wait_running=False)
    app.bot_data[REQUESTS_KEY] = (polls, calls)
    calls.retry_when = lambda: app.running  # start-up calls: see _bootstrap and bootstrap_retries
    app.bot_data[SERVICE_KEY] = service
    app.bot_data[FLOOD_KEY] = FloodGuard(settings.flood_limit, settings.flood_window)
    handlers.attach_curator(app, settings, store)  # recorder, feedback guard, admin ids
    handlers.register(app)
    return app


async def post_init(app: App) -> None:
    """Reload the knowledge base on SIGHUP from now on; register the command menu and the
    descriptions (English default, Russian for ``ru``), and each admin's menu with the
    curator's commands.

    A failure here is logged, not fatal: the bot answers without a menu too."""
    handlers.watch_sighup(app)  # first, so that SIGHUP reloads as early as possible
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
    await handlers.set_admin_menus(app)
    service = app.bot_data.get(SERVICE_KEY)
    version = service.kb_version if isinstance(service, Service) else "?"
    log.info("bot @%s ready; knowledge base version %s", bot.username, version)


async def _token_rejected(app: App, status: int, *, wait_running: bool) -> None:
    """A call was refused with ``status`` (401, or 404 on getUpdates) while the bot runs: the
    token was revoked or replaced. Stop the application, so that ``summitbot run`` exits with
    2 and a supervisor restarts or alerts, instead of idling without polling (or, in webhook
    mode, failing every reply). Before the application runs, the start-up code reports a
    rejected token itself; only the first poll can race ``app.start()`` (``wait_running``)."""
    if not app.running and not wait_running:
        return
    log.error(
        "Telegram rejected the bot token while running (%d): check TELEGRAM_BOT_TOKEN; stopping",
        status,
    )
    while not app.running:
        await asyncio.sleep(0.05)
    stop = app.bot_data.get(STOP_KEY)
    if callable(stop):
        stop()  # webhook mode: _serve_webhook's stop event
    else:
        app.stop_running()


def _stopped(app: App) -> int:
    """The exit status of a run that ended without an error (both modes): 2 if it stopped
    because Telegram rejected the token, else 0."""
    if token_rejected(app):
        log.error("stopped: Telegram rejected TELEGRAM_BOT_TOKEN")
        return 2
    log.info("stopped")
    return 0


def token_rejected(app: App) -> bool:
    """True if the application stopped because Telegram rejected the token while running."""
    requests = app.bot_data.get(REQUESTS_KEY, ())
    return any(isinstance(r, ResilientRequest) and r.rejected is not None for r in requests)


async def _quietly(what: str, action: Awaitable[bool]) -> None:
    try:
        await action
    except TelegramError as exc:
        log.warning("could not register the %s: %s", what, exc)


#: The signals that stop the bot cleanly (exit status 0).
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def run_polling(app: App, settings: Settings) -> int:
    """Long polling until SIGINT/SIGTERM; python-telegram-bot retries network errors.

    With ``HEALTH_PORT`` set, ``GET /healthz`` is served on ``WEBHOOK_LISTEN:HEALTH_PORT`` from
    the same event loop (503 until the application runs)."""
    log.info("starting long polling against %s", settings.api_url)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    health: WebServer | None = None
    try:
        if settings.health_port is not None:
            health = WebServer(app, "polling")
            try:
                loop.run_until_complete(health.start(settings.webhook_listen, settings.health_port))
            except ListenError as exc:
                log.error("%s (HEALTH_PORT)", exc)
                return 1
            log.info("health check on http://%s:%d/healthz", settings.webhook_listen, health.port)
        app.run_polling(
            allowed_updates=Update.ALL_TYPES,
            timeout=POLL_TIMEOUT,
            bootstrap_retries=BOOTSTRAP_RETRIES,
            stop_signals=STOP_SIGNALS,
            close_loop=False,
        )
    finally:
        if health is not None:
            loop.run_until_complete(health.stop())
        loop.run_until_complete(_close_connections(app))
        loop.close()
    return _stopped(app)


def run_webhook(app: App, settings: Settings) -> int:
    """Webhook mode until SIGINT/SIGTERM (``WEBHOOK_URL`` set).

    One tornado server (:mod:`handlers.web`) on ``WEBHOOK_LISTEN:PORT`` serves the webhook on the
    path of ``WEBHOOK_URL`` and ``/healthz``; ``HEALTH_PORT`` is not used. The webhook is
    registered with ``setWebhook`` (secret token, all update types) once the application runs,
    and left registered at shutdown (python-telegram-bot's convention): Telegram keeps the
    updates that arrive while the bot restarts and delivers them when it is back; polling mode
    deletes the webhook when it starts. ``settings.webhook_secret`` must be set (:func:`run`
    generates one, before logging is configured so that it is redacted too)."""
    url = settings.webhook_url or ""
    try:
        path = webhook_path(url)
        server = WebServer(app, "webhook", webhook_path=path, secret=settings.webhook_secret.value)
    except ValueError as exc:
        print(f"summitbot: {exc}", file=sys.stderr)
        return 2
    if settings.health_port is not None and settings.health_port != settings.port:
        log.info("HEALTH_PORT is not used in webhook mode: /healthz is served on PORT")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_serve_webhook(app, settings, server, path))
    except ListenError as exc:
        log.error("%s (WEBHOOK_LISTEN, PORT)", exc)
        return 1
    except BadRequest as exc:  # e.g. "Bad webhook: an HTTPS URL must be provided"
        log.error("the Bot API refused webhook mode: %s", exc)
        return 1
    except (InvalidToken, NetworkError):
        raise  # run() explains them
    except TelegramError as exc:
        log.error("the Bot API refused webhook mode: %s", exc)
        return 1
    finally:
        loop.close()
    return _stopped(app)


async def _serve_webhook(app: App, settings: Settings, server: WebServer, path: str) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    app.bot_data[STOP_KEY] = stop.set  # a token rejected while running stops too
    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    try:
        port = await server.start(settings.webhook_listen, settings.port)
        log.info(
            "webhook mode: listening on http://%s:%d (webhook %s, health check /healthz)",
            settings.webhook_listen,
            port,
            path,
        )
        if await _unless_stopped(_start_webhook(app, settings), stop):
            log.info("webhook mode: ready; Telegram delivers updates to %s", settings.webhook_url)
            await stop.wait()
        log.info("stop signal received; shutting down")
    finally:
        await server.stop()  # no new updates; those already queued are still handled
        await _stop_application(app)
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)


async def _start_webhook(app: App, settings: Settings) -> None:
    await _bootstrap(app.initialize, "initialize (getMe)")
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()

    async def register() -> None:
        await app.bot.set_webhook(
            url=settings.webhook_url or "",
            secret_token=settings.webhook_secret.value,
            allowed_updates=Update.ALL_TYPES,
        )

    await _bootstrap(register, "setWebhook")


async def _stop_application(app: App) -> None:
    """What ``Application.run_polling``/``run_webhook`` do at the end, in the same order."""
    if app.running:
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
    await _close_connections(app)


async def _close_connections(app: App) -> None:
    """Close the bot's HTTP sessions even when start-up failed. ``Application.shutdown`` does
    nothing for an application whose ``initialize`` failed (getMe could not reach the Bot
    API), but ``initialize`` had already opened the sessions: unclosed, aiohttp complains
    "Unclosed client session" at exit. ``Bot.shutdown`` is a no-op once they are closed."""
    await app.bot.shutdown()


class QuietBootstrapFailure(logging.Filter):
    """Drops python-telegram-bot's report of a failed start-up call ("Network Retry Loop
    (Bootstrap …): … Aborting.", logged with the whole chained traceback): the error reaches
    :func:`run`, which says in one line what failed and what to check. With
    ``LOG_LEVEL=DEBUG`` the report (and its traceback) is kept."""

    def filter(self, record: logging.LogRecord) -> bool:
        if logging.getLogger().isEnabledFor(logging.DEBUG):
            return True
        return not (
            record.levelno >= logging.ERROR
            and str(record.msg).startswith("%s ")
            and str(record.getMessage()).startswith("Network Retry Loop (Bootstrap")
        )


def _quiet_bootstrap_failures() -> None:
    ptb = logging.getLogger("telegram.ext")  # the logger of python-telegram-bot's retry loop
    if not any(isinstance(f, QuietBootstrapFailure) for f in ptb.filters):
        ptb.addFilter(QuietBootstrapFailure())


async def _bootstrap(action: Callable[[], Awaitable[object]], what: str) -> None:
    """``action``, retried :data:`BOOTSTRAP_RETRIES` times (1 s apart) on network errors (not
    on a 400 Bad Request, which is a :class:`NetworkError` in python-telegram-bot)."""
    for attempt in range(BOOTSTRAP_RETRIES + 1):
        try:
            await action()
            return
        except NetworkError as exc:
            if isinstance(exc, BadRequest) or attempt == BOOTSTRAP_RETRIES:
                raise
            log.info("%s failed (%s); retrying in 1 s", what, exc)  # run() reports the end
            await asyncio.sleep(1)


async def _unless_stopped(start: Awaitable[None], stop: asyncio.Event) -> bool:
    """Run ``start`` unless ``stop`` is set first (then cancel it); True if it completed."""
    task = asyncio.ensure_future(start)
    waiter = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        waiter.cancel()
        task.result()  # raises what start raised
        return True
    task.cancel()
    await asyncio.wait({task})
    if not task.cancelled() and task.exception() is not None:  # stopping anyway
        log.debug("start-up interrupted: %r", task.exception())
    return False


#: Run modes by name (:func:`mode_for`): webhook mode when ``WEBHOOK_URL`` is set.
MODES: dict[str, RunMode] = {"polling": run_polling, "webhook": run_webhook}


def mode_for(settings: Settings) -> str:
    return "webhook" if settings.webhook_url else "polling"


def run(settings: Settings, knowledge_dir: Path | None = None) -> int:
    """Run the bot until stopped; returns the process exit code."""
    mode = mode_for(settings)
    generated = mode == "webhook" and not settings.webhook_secret
    if generated:
        settings = ensure_webhook_secret(settings)  # before logging, so it is redacted too
    setup_logging(settings.log_level, [settings.token.value, settings.webhook_secret.value])
    if generated:
        log.info("WEBHOOK_SECRET is not set: using a random secret token for this run")
    runner = MODES[mode]
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
    _quiet_bootstrap_failures()
    try:
        return runner(app, settings)
    except InvalidToken:
        log.error("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN")
        return 2
    except BadRequest as exc:  # a NetworkError in python-telegram-bot, but the API answered
        log.error("the Bot API at %s refused a start-up call: %s", settings.api_url, exc)
        return 1
    except NetworkError as exc:
        log.error(
            "cannot reach the Bot API at %s (%s): check the network and TELEGRAM_API_URL",
            settings.api_url,
            exc,
        )
        return 1


__all__ = [
    "MODES",
    "build_application",
    "mode_for",
    "post_init",
    "run",
    "run_polling",
    "run_webhook",
]
