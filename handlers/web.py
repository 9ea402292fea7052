"""The bot's own small HTTP server (tornado): the Telegram webhook and ``GET /healthz``.

One :class:`WebServer` serves, on one port:

* ``GET /healthz`` (and ``HEAD``): ``200 {"status": "ok", "mode": ..., "kb_version": ...,
  "counts": {...}, "uptime_seconds": ...}`` while the application is running with its knowledge
  base, ``503 {"status": "starting"}`` whenever it is not (yet) running. It never shows the
  token, the webhook secret or the webhook URL.
* in webhook mode, ``POST <path of WEBHOOK_URL>`` (``/`` when the URL has no path; a trailing
  slash is optional). A request whose ``X-Telegram-Bot-Api-Secret-Token`` header is missing or
  wrong gets 403 and is not read any further; a body that is not a JSON update gets 400; a
  valid update gets 200 and goes to ``application.update_queue`` (503 while the application is
  not running, so Telegram delivers it again later). Bodies over :data:`MAX_BODY_BYTES` are
  refused by tornado before any handler runs.

It follows python-telegram-bot's ``customwebhookbot`` examples: PTB's own webhook server cannot
serve other paths, so this one feeds the application's update queue itself. The application's
life cycle (initialize, start, setWebhook, stop) is run by :mod:`handlers.app`.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import secrets
import time
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import tornado.web
from telegram import Update
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.config import Secret, Settings
from bot.service import Service
from handlers.common import SERVICE_KEY, App

__all__ = [
    "HEALTH_PATH",
    "MAX_BODY_BYTES",
    "SECRET_HEADER",
    "ListenError",
    "WebServer",
    "ensure_webhook_secret",
    "generate_secret",
    "health_report",
    "webhook_path",
]

log = logging.getLogger("summithandlers.web")

HEALTH_PATH = "/healthz"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: Largest request body accepted (Telegram's updates are a few kilobytes).
MAX_BODY_BYTES = 1024 * 1024
#: Seconds a client may take to send a body, and to keep an idle connection open.
BODY_TIMEOUT = 10.0
IDLE_TIMEOUT = 60.0
MAX_HEADER_BYTES = 16 * 1024
#: Seconds :meth:`WebServer.stop` waits for open connections to close.
CLOSE_TIMEOUT = 2.0
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ListenError(OSError):
    """The server cannot listen on the configured address and port."""


def webhook_path(url: str) -> str:
    """The path the webhook is served on: the path of ``WEBHOOK_URL`` without a trailing slash,
    ``/`` when it has none. A reverse proxy must pass that path on unchanged."""
    path = urlsplit(url).path.rstrip("/") or "/"
    if path == HEALTH_PATH:
        raise ValueError(f"WEBHOOK_URL must not use the path {HEALTH_PATH} (the health check)")
    return path


def generate_secret() -> str:
    """A random webhook secret: 43 characters of Telegram's alphabet (A-Z a-z 0-9 _ -)."""
    return secrets.token_urlsafe(32)


def ensure_webhook_secret(settings: Settings) -> Settings:
    """``settings`` with a webhook secret: ``WEBHOOK_SECRET`` if set, else a fresh random one
    (a new one each run; the bot registers it with ``setWebhook`` at start-up)."""
    if settings.webhook_secret:
        return settings
    return replace(settings, webhook_secret=Secret(generate_secret()))


def health_report(app: App, mode: str) -> tuple[int, dict[str, Any]]:
    """``(HTTP status, JSON body)`` of ``GET /healthz``: 200 once the application runs with its
    knowledge base (the service in ``bot_data``), 503 before."""
    service = app.bot_data.get(SERVICE_KEY)
    if not isinstance(service, Service) or not app.running:
        return 503, {"status": "starting"}
    info = service.info()
    return 200, {
        "status": "ok",
        "mode": mode,
        "kb_version": info.version,
        "counts": info.counts,
        "uptime_seconds": round(max(0.0, time.time() - service.started_at), 1),
    }


class _JSONHandler(tornado.web.RequestHandler):
    def set_default_headers(self) -> None:
        self.clear_header("Server")
        self.set_header("Cache-Control", "no-store")

    def reply(self, status: int, body: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(body, ensure_ascii=False, separators=(",", ":")))


class _HealthHandler(_JSONHandler):
    SUPPORTED_METHODS = ("GET", "HEAD")

    def initialize(self, server: WebServer) -> None:
        self.server = server

    def get(self) -> None:
        status, body = self.server.health()
        self.reply(status, body)

    def head(self) -> None:
        status, _ = self.server.health()
        self.set_status(status)
        self.finish()


class _WebhookHandler(_JSONHandler):
    SUPPORTED_METHODS = ("POST",)

    def initialize(self, app: App, secret: bytes) -> None:
        self.app = app
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self.secret):
            log.debug("webhook request from %s refused: wrong secret token", self.request.remote_ip)
            self.reply(403, {"ok": False, "error": "forbidden"})
            return
        update = self._parse()
        if update is None:
            self.reply(400, {"ok": False, "error": "not a Telegram update"})
            return
        if not self.app.running:
            self.reply(503, {"ok": False, "error": "starting"})
            return
        await self.app.update_queue.put(update)
        self.reply(200, {"ok": True})

    def _parse(self) -> Update | None:
        try:
            data = json.loads(self.request.body)
        except (ValueError, RecursionError):  # also bad UTF-8 and over-long integers
            log.warning("webhook: the request body is not valid JSON; ignored")
            return None
        if not isinstance(data, dict) or type(data.get("update_id")) is not int:
            log.warning("webhook: the request body is not an update object; ignored")
            return None
        try:
            update = Update.de_json(data, self.app.bot)
        except Exception as exc:  # any malformed field; never crash the server
            log.warning(
                "webhook: update %s could not be parsed (%s); ignored", data["update_id"], exc
            )
            return None
        return update


def _log_request(handler: tornado.web.RequestHandler) -> None:
    status = handler.get_status()
    level = logging.DEBUG if status < 400 else logging.INFO if status < 500 else logging.WARNING
    request = handler.request
    log.log(
        level,
        "%d %s %s (%s) %.1f ms",
        status,
        request.method,
        request.path,  # never the query string
        request.remote_ip,
        1000.0 * request.request_time(),
    )


class WebServer:
    """``/healthz`` for ``app`` and, with ``webhook_path`` and ``secret``, the webhook."""

    def __init__(
        self,
        app: App,
        mode: str,
        *,
        webhook_path: str | None = None,
        secret: str | None = None,
    ) -> None:
        self.app = app
        self.mode = mode
        self.port: int | None = None
        self._http: HTTPServer | None = None
        routes: list[Any] = [(re.escape(HEALTH_PATH), _HealthHandler, {"server": self})]
        if webhook_path is not None:
            if secret is None or not _SECRET_RE.fullmatch(secret):
                raise ValueError("the webhook needs a secret of 1-256 characters A-Z a-z 0-9 _ -")
            pattern = re.escape(webhook_path.rstrip("/")) + "/?"
            routes.append((pattern, _WebhookHandler, {"app": app, "secret": secret.encode()}))
        self._web = tornado.web.Application(routes, log_function=_log_request)

    def health(self) -> tuple[int, dict[str, Any]]:
        return health_report(self.app, self.mode)

    async def start(self, listen: str, port: int) -> int:
        """Listen on ``listen:port`` (0: any free port); returns the port. Call it from the
        event loop that runs the application. Raises :class:`ListenError`."""
        try:
            sockets = bind_sockets(port, address=listen)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ListenError(f"cannot listen on {listen}:{port}: {reason}") from None
        self._http = HTTPServer(
            self._web,
            max_body_size=MAX_BODY_BYTES,
            max_header_size=MAX_HEADER_BYTES,
            body_timeout=BODY_TIMEOUT,
            idle_connection_timeout=IDLE_TIMEOUT,
        )
        self._http.add_sockets(sockets)
        self.port = int(sockets[0].getsockname()[1])
        return self.port

    async def stop(self) -> None:
        """Stop listening and close the open connections. Idempotent."""
        http, self._http = self._http, None
        if http is None:
            return
        http.stop()
        try:
            await asyncio.wait_for(http.close_all_connections(), CLOSE_TIMEOUT)
        except TimeoutError:
            log.debug("some HTTP connections were still open at shutdown")
