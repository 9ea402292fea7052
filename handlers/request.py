"""The HTTP layer of the Bot API calls, made resilient to the faults Telegram says are transient.

python-telegram-bot retries ``getUpdates`` on its own and :class:`~telegram.ext.AIORateLimiter`
retries a call Telegram answered with "429 Too Many Requests", but any other failure of a
``sendMessage`` ends in the error handler: a user whose answer met one "502 Bad Gateway" got an
apology (or, if the apology failed too, nothing). :class:`ResilientRequest` wraps the request
object of python-telegram-bot and

* retries a call that the Bot API answered with a 5xx status (the server says it failed), or
  that could not connect at all (the request never left), :data:`RETRY_DELAYS` apart. A call
  whose outcome is unknown — a read timeout, a connection dropped after the request was sent —
  is *not* retried: Telegram may have delivered the message, and a user must never get the same
  answer twice;
* reports a token rejected while the bot runs (401/404 on ``getUpdates``, 401 on any other
  call: the token was revoked) to a callback, which stops the application, and ``summitbot
  run`` exits with status 2. Otherwise python-telegram-bot's polling task would end silently,
  and in webhook mode every reply would fail: either way the process would stay alive and
  useless, and a supervisor would never notice.

Only the Bot API method name is ever logged, never the URL (it carries the token).

:class:`AiohttpRequest` is the HTTP client under it: python-telegram-bot's ``BaseRequest`` on
aiohttp instead of its default httpx. The soak benchmark (``bench/SOAK.md``, ``--http both``)
measured why: with httpx a reply cost the bot 6.6 ms of CPU, most of it in httpcore's connection
pool (which checks every pooled connection, with system calls, for every request); with aiohttp
2.8 ms.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

log = logging.getLogger("summitbot.telegram")

#: Seconds before each retry of a call that failed transiently (three retries, 3.5 s in all).
RETRY_DELAYS = (0.5, 1.0, 2.0)
#: The statuses with which the Bot API rejects the token (python-telegram-bot's InvalidToken).
TOKEN_REJECTED = frozenset({401, 404})

#: The answer to a ``getUpdates`` after the token was rejected (see ``_token_rejected``).
NO_UPDATES = b'{"ok":true,"result":[]}'

OnRejectedToken = Callable[[int], Awaitable[None]]


def method_of(url: str) -> str:
    """The Bot API method of a request URL (``…/bot<token>/sendMessage`` → ``sendMessage``),
    which is what may be logged: the URL itself holds the token."""
    return url.rsplit("/", 1)[-1]


def _never_sent(exc: NetworkError) -> bool:
    """True if the request failed before any byte reached the server (safe to repeat): no
    connection could be made (not a certificate problem, which a retry does not fix), or none
    was free in time."""
    cause = exc.__cause__
    if isinstance(cause, aiohttp.ClientSSLError):
        return False
    return isinstance(
        cause,
        aiohttp.ClientConnectorError
        | aiohttp.ConnectionTimeoutError
        | httpx.ConnectError
        | httpx.ConnectTimeout,
    )


#: A timeout as python-telegram-bot passes it to ``do_request``: seconds, ``None`` (no limit) or
#: its "not given" marker ``BaseRequest.DEFAULT_NONE``. Its own annotation for that lives in a
#: private module, so the overrides below take the wider ``object`` (allowed for parameters).
Timeout = object


def _given(value: Timeout, default: float | None) -> float | None:
    """A timeout passed to ``do_request``, or ``default`` where python-telegram-bot passed
    its "not given" marker."""
    if value is None or isinstance(value, int | float):
        return None if value is None else float(value)
    return default


class AiohttpRequest(BaseRequest):
    """python-telegram-bot's HTTP layer on aiohttp: a keep-alive pool of ``connections``
    connections, the timeouts of python-telegram-bot's ``HTTPXRequest`` (5 s to connect, to
    read a reply and to get a connection from the pool; aiohttp has no write timeout), proxies
    from the environment (``HTTPS_PROXY``, ``NO_PROXY``) as httpx honours them, and the same
    exceptions: :class:`~telegram.error.TimedOut` for a timeout, else
    :class:`~telegram.error.NetworkError`, with the cause attached and without the URL."""

    def __init__(
        self,
        connections: int = 16,
        *,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 5.0,
        media_read_timeout: float | None = 20.0,
    ) -> None:
        self.connections = connections
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_read_timeout = media_read_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.connections),
                headers={"User-Agent": self.USER_AGENT},
                trust_env=True,
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        write_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        connect_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        pool_timeout: Timeout = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        read = _given(read_timeout, self._media_read_timeout if files else self._read_timeout)
        conn = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if conn is None or pool is None else conn + pool,
            sock_connect=conn,
            sock_read=read,
        )
        data: aiohttp.FormData | dict[str, str] | None = None
        if request_data is not None:
            data = request_data.json_parameters
            if files:
                form = aiohttp.FormData(data)
                for name, (filename, content, mimetype) in files.items():
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                data = form
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as res:
                return res.status, await res.read()
        except TimeoutError as exc:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut(f"Timed out ({type(exc).__name__})") from exc
        except aiohttp.ClientError as exc:
            detail = str(exc).replace(url, method_of(url))
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {detail}") from exc


class ResilientRequest(BaseRequest):
    """Wraps ``inner`` (an :class:`AiohttpRequest` as a rule): retries transient
    failures (``retry_delays``, none for ``getUpdates``, which python-telegram-bot retries
    itself) while ``retry_when()`` is true and, once ``on_rejected_token`` is set, reports a
    rejected token to it.

    ``retry_when`` is how the application limits the retries to the calls made while it runs:
    its start-up calls (``getMe``, ``deleteWebhook``) have their own bounded retries, after which
    ``summitbot run`` reports an unreachable API; retrying each of them again here would only
    delay that report."""

    def __init__(
        self,
        inner: BaseRequest,
        *,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
        on_rejected_token: OnRejectedToken | None = None,
        rejected_statuses: frozenset[int] = TOKEN_REJECTED,
        park_when_rejected: bool = False,
        retry_when: Callable[[], bool] = lambda: True,
    ) -> None:
        self.inner = inner
        self.retry_delays = retry_delays
        self.retry_when = retry_when
        self.rejected_statuses = rejected_statuses
        self.park_when_rejected = park_when_rejected
        self.on_rejected_token = on_rejected_token
        #: The status with which the token was rejected while running, if it was.
        self.rejected: int | None = None

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        write_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        connect_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        pool_timeout: Timeout = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self.rejected is not None and self.park_when_rejected:
            return 200, NO_UPDATES  # see _token_rejected
        # Passed on untouched (``Any``: their precise type is private to python-telegram-bot).
        timeouts: dict[str, Any] = {
            "read_timeout": read_timeout,
            "write_timeout": write_timeout,
            "connect_timeout": connect_timeout,
            "pool_timeout": pool_timeout,
        }
        attempt = 0
        while True:
            retry = attempt < len(self.retry_delays) and self.retry_when()
            delay = self.retry_delays[attempt] if retry else None
            try:
                status, payload = await self.inner.do_request(url, method, request_data, **timeouts)
            except NetworkError as exc:
                if delay is None or not _never_sent(exc):
                    raise
                reason = f"could not connect ({exc})"
            else:
                if status in self.rejected_statuses and self.on_rejected_token is not None:
                    await self._token_rejected(status)
                if not 500 <= status <= 599 or delay is None:
                    return status, payload
                reason = f"answered {status}"
            attempt += 1
            log.warning(
                "Bot API %s %s; retry %d of %d in %.1f s",
                method_of(url),
                reason,
                attempt,
                len(self.retry_delays),
                delay,
            )
            await asyncio.sleep(delay)

    async def _token_rejected(self, status: int) -> None:
        """The first time: tell the callback. With ``park_when_rejected`` (the ``getUpdates``
        request), then wait to be cancelled (the application stops and python-telegram-bot
        cancels its poll) rather than let polling end in an exception that nobody sees; later
        calls there — the shutdown's final ``getUpdates``, which only confirms the updates
        already handled and would be rejected again, with a traceback in the log — get
        :data:`NO_UPDATES` without calling Telegram. Other calls fail as Telegram answered
        (python-telegram-bot raises InvalidToken to the handler)."""
        if self.rejected is not None or self.on_rejected_token is None:
            return
        self.rejected = status
        await self.on_rejected_token(status)
        if self.park_when_rejected:
            await asyncio.Event().wait()


__all__ = ["RETRY_DELAYS", "AiohttpRequest", "ResilientRequest", "method_of"]
