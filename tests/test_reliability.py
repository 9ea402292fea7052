"""Reliability and security of the running bot (issue 8): floods, Bot API faults, secrets,
injection and the admin configuration.

Most tests start the real ``python -m bot run`` process against the fake Bot API
(:mod:`tests.fake_bot_api`) on 127.0.0.1 and judge it only by the Bot API calls it makes (with
the fake's timestamps) and by what it writes to stdout/stderr. The property tests of the answer
path itself are in ``test_properties.py``; the in-process handler tests in ``test_handlers.py``.

What "answered once" means here: every update gets exactly one answer (the core's HTML for the
question) and never two. When a Bot API call fails inside a handler the error handler sends one
apology instead ("Sorry, something went wrong"); when the failure is a read timeout the answer
may still have been delivered by the server, so the user then sees the answer *and* the
apology, never the answer twice.
"""

from __future__ import annotations

import dataclasses
import html
import io
import itertools
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from telegram.error import BadRequest, NetworkError

from bot.config import ENV_VARS
from bot.logs import REDACTED, setup_logging
from bot.render import to_html
from bot.service import Service
from handlers.app import RATE_LIMIT_RETRIES, build_application
from handlers.groups import strip_mention
from handlers.request import RETRY_DELAYS, AiohttpRequest, ResilientRequest
from handlers.texts import texts_for
from tests.conftest import KNOWLEDGE, REPO, html_problems, make_settings, unparsed_texts
from tests.fake_bot_api import (
    Call,
    FakeBotAPI,
    callback_query_update,
    message_update,
)
from tests.telegram_html import validate_telegram_html, visible_text

pytestmark = pytest.mark.timeout(60)

TOKEN = "5550009876:AAF7rReliabilitySecret-zyxwvutsrqponmlk"
QUOTED_TOKEN = quote(TOKEN, safe="")
SECRET_HALF = TOKEN.split(":", 1)[1]
BOT_USERNAME = "summit_reliability_bot"
EN = texts_for("en")
WAIT = 10.0
QUESTION = "When and where was the first summit?"
WHO_SAID = "Who said “China has always adhered to a foreign policy of good-neighborliness”?"
CONFIG_VARS = ENV_VARS


# ================================================================================================
# Helpers
# ================================================================================================


def bot_env(tmp_path: Path, **env: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in CONFIG_VARS}
    return {
        **base,
        "PYTHONPATH": str(REPO),
        "PYTHONUNBUFFERED": "1",
        "DATA_DIR": str(tmp_path / "var"),
        **env,
    }


class BotProcess:
    """``python -m bot run`` against ``api``; started on enter (after its first getUpdates),
    stopped with SIGTERM on exit (killed if it does not stop within 5 s)."""

    def __init__(self, api: FakeBotAPI, tmp_path: Path, **env: str) -> None:
        self.api = api
        self.out_path = tmp_path / "bot-stdout.txt"
        self.err_path = tmp_path / "bot-stderr.txt"
        self.env = bot_env(
            tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=api.base_url,
            KNOWLEDGE_DIR=str(KNOWLEDGE),
            **env,
        )
        self.proc: subprocess.Popen[bytes] | None = None
        self.exit_code: int | None = None

    def __enter__(self) -> BotProcess:
        with self.out_path.open("wb") as out, self.err_path.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], cwd=REPO, env=self.env, stdout=out, stderr=err
            )
        try:
            self.api.wait_for("getUpdates", timeout=30)
        except AssertionError:
            self.kill()
            raise AssertionError(
                f"the bot did not start polling:\n{self.output()[-3000:]}"
            ) from None
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 5.0) -> int:
        """SIGTERM, then the exit code (killed after ``timeout``)."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self.exit_code = self.proc.wait(timeout=10)
        return self.exit_code

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def output(self) -> str:
        parts = [
            p.read_text(errors="replace") for p in (self.out_path, self.err_path) if p.exists()
        ]
        return "".join(parts)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_get(url: str) -> tuple[int, str]:
    """Status and body plus headers (as text) of a GET on 127.0.0.1."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, f"{response.headers}{response.read().decode()}"
    except urllib.error.HTTPError as exc:
        return exc.code, f"{exc.headers}{exc.read().decode(errors='replace')}"


def wait_until(condition: Callable[[], bool], timeout: float = WAIT, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or condition}")
        time.sleep(0.02)


def reply_target(call: Call) -> int | None:
    params = call.params.get("reply_parameters") or {}
    mid = params.get("message_id")
    return mid if isinstance(mid, int) else None


def replies(api: FakeBotAPI, update: dict[str, Any]) -> list[str]:
    """Texts of the successful sendMessage calls answering ``update``'s message."""
    msg = update["message"]
    return [
        str(c.params.get("text"))
        for c in api.calls_of("sendMessage")
        if c.ok
        and c.params.get("chat_id") == msg["chat"]["id"]
        and reply_target(c) == msg["message_id"]
    ]


def sends_to(api: FakeBotAPI, chat_id: int) -> list[Call]:
    return [c for c in api.calls_of("sendMessage") if c.params.get("chat_id") == chat_id]


def settled(api: FakeBotAPI) -> bool:
    """No sendMessage is still in flight on the fake (delayed calls have no status yet)."""
    return all(c.status is not None or c.fault == ("drop",) for c in api.calls_of("sendMessage"))


def error_lines(output: str) -> list[str]:
    return [
        line
        for line in output.splitlines()
        if " ERROR " in line or " CRITICAL " in line or line.startswith("Traceback")
    ]


def assert_clean_calls(api: FakeBotAPI) -> None:
    calls = api.calls
    assert html_problems(calls) == []
    assert unparsed_texts(calls) == []
    assert api.violations == []


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(token=TOKEN, bot_username=BOT_USERNAME) as server:
        yield server


# ================================================================================================
# 1. Flood
# ================================================================================================

FLOODER, OTHER, THIRD = 7001, 7002, 7003
FLOOD_LIMIT, FLOOD_WINDOW = 5, 2


def test_a_flood_does_not_delay_another_user(
    api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    """1,000 messages from one user with one message from another in the middle (all visible
    to getUpdates at the same instant): the other user is answered within a second, the
    flooder gets FLOOD_LIMIT answers and one notice, and is answered again after the window."""
    env = {"FLOOD_LIMIT": str(FLOOD_LIMIT), "FLOOD_WINDOW_SECONDS": str(FLOOD_WINDOW)}
    with BotProcess(api, tmp_path, **env) as bot:
        burst = [message_update(QUESTION, user_id=FLOODER) for _ in range(1000)]
        other = message_update(WHO_SAID, user_id=OTHER)
        burst.insert(500, other)
        assert api.validate_object({**burst[0], "update_id": 1}) == []
        assert api.validate_object({**other, "update_id": 1}) == []
        # Push under the fake's lock so the long poll sees the whole burst at once.
        with api._cond:
            pushed = [api.push_update(u, validate=False) for u in burst]
        pushed_at = time.time()
        other = pushed[500]

        (reply,) = api.wait_for(
            "sendMessage", timeout=WAIT, predicate=lambda c: c.params.get("chat_id") == OTHER
        )
        latency = reply.time - pushed_at
        assert latency < 1.0, f"the other user waited {latency:.2f}s"
        assert reply_target(reply) == other["message"]["message_id"]
        assert reply.params["text"] == to_html(service.ask(WHO_SAID, "en"))

        api.wait_until_confirmed(pushed[-1]["update_id"], timeout=20)
        read_in = time.time() - pushed_at
        wait_until(lambda: len(sends_to(api, FLOODER)) >= FLOOD_LIMIT + 1, what="flood replies")
        time.sleep(0.3)  # nothing else may follow
        texts = Counter(str(c.params["text"]) for c in sends_to(api, FLOODER))
        answer = to_html(service.ask(QUESTION, "en"))
        assert read_in < FLOOD_WINDOW, f"the burst took {read_in:.2f}s to read (> the window)"
        assert texts == {answer: FLOOD_LIMIT, EN.too_fast: 1}

        # After the window the flooder is answered again (an answer, not a notice).
        time.sleep(max(0.0, pushed_at + FLOOD_WINDOW + 0.3 - time.time()))
        again = api.push_update(message_update(QUESTION, user_id=FLOODER))
        wait_until(lambda: bool(replies(api, again)), what="the flooder's answer after the window")
        assert replies(api, again) == [answer]

        # Still responsive.
        third = api.push_update(message_update(WHO_SAID, user_id=THIRD))
        t0 = time.time()
        wait_until(lambda: bool(replies(api, third)), timeout=5, what="the third user's answer")
        (call,) = [c for c in sends_to(api, THIRD)]
        assert call.time - t0 < 1.0
        assert bot.alive
    assert bot.exit_code == 0
    assert_clean_calls(api)
    assert error_lines(bot.output()) == []


# ================================================================================================
# 2. Bot API faults
# ================================================================================================


class Ledger:
    """What each pushed message must end with (texts of the replies, in any order)."""

    def __init__(self, api: FakeBotAPI, service: Service) -> None:
        self.api = api
        self.service = service
        self.expected: list[tuple[dict[str, Any], Counter[str]]] = []
        self._users = iter(range(8000, 9000))

    def push(self, question: str = QUESTION) -> dict[str, Any]:
        return self.api.push_update(message_update(question, user_id=next(self._users)))

    def answer(self, question: str = QUESTION) -> str:
        return to_html(self.service.ask(question, "en"))

    def expect(self, update: dict[str, Any], *texts: str) -> None:
        self.expected.append((update, Counter(texts)))

    def wait(self, update: dict[str, Any], count: int = 1, timeout: float = WAIT) -> None:
        wait_until(
            lambda: len(replies(self.api, update)) >= count,
            timeout=timeout,
            what=f"{count} repl(ies) to update {update['update_id']}",
        )

    def check(self) -> None:
        """Every update got exactly what it should: never an answer twice, none skipped."""
        wait_until(lambda: settled(self.api), what="in-flight sendMessage calls")
        time.sleep(0.3)
        got = {u["update_id"]: Counter(replies(self.api, u)) for u, _ in self.expected}
        want = {u["update_id"]: texts for u, texts in self.expected}
        assert got == want
        for counter in got.values():
            assert all(n == 1 for n in counter.values()), counter


GET_UPDATES_FAULTS = [
    ("retry_after", 1),
    ("status", 500, "Internal Server Error"),
    ("status", 502, "Bad Gateway"),
    ("drop",),
    ("delay", 2),
]


def test_polling_survives_get_updates_faults(
    api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    """429, 500, 502, a dropped connection and a slow answer on getUpdates: polling resumes
    (after retry_after for a 429) and every message, also those sent while polling was failing,
    is answered exactly once."""
    ledger = Ledger(api, service)
    with BotProcess(api, tmp_path) as bot:
        for fault in GET_UPDATES_FAULTS:
            api.inject("getUpdates", fault)
            before = ledger.push()  # ends the current long poll; the next one fails
            (failed,) = api.wait_for(
                "getUpdates", timeout=WAIT, predicate=lambda c, f=fault: c.fault == f
            )
            during = ledger.push()  # sent while polling is failing or backing off
            ledger.expect(before, ledger.answer())
            ledger.expect(during, ledger.answer())
            ledger.wait(during)
            if fault[0] == "retry_after":  # RetryAfter honoured: no poll before it expired
                polls = api.calls_of("getUpdates")
                next_poll = polls[polls.index(failed) + 1]
                assert next_poll.time - failed.time >= fault[1]
        ledger.check()
        assert bot.alive
        delivered = Counter(api.delivered_update_ids)
        assert all(delivered[u["update_id"]] >= 1 for u, _ in ledger.expected)
    assert bot.exit_code == 0
    assert_clean_calls(api)
    output = bot.output()
    assert "network error while polling (will retry)" in output
    assert "Bad Gateway" in output


def test_send_message_faults(api: FakeBotAPI, service: Service, tmp_path: Path) -> None:
    """sendMessage failures inside a handler, one message each (faults are consumed in order).

    * 429 retry_after once: AIORateLimiter waits retry_after and sends again: the answer;
    * 429 on every attempt (1 + RATE_LIMIT_RETRIES): RetryAfter reaches the error handler:
      exactly the apology;
    * 500 once: sent again after 0.5 s: the answer (the Bot API says it failed);
    * 5xx on every attempt (1 + len(RETRY_DELAYS)): the apology;
    * a dropped connection: NetworkError, no retry (the answer may have been delivered, and a
      user must never get it twice): exactly the apology;
    * a reply slower than PTB's 5 s read timeout: the server did deliver the answer, and the bot
      (which saw TimedOut) also apologises: the answer once plus the apology.
    """
    ledger = Ledger(api, service)
    attempts = RATE_LIMIT_RETRIES + 1
    with BotProcess(api, tmp_path) as bot:
        # 429 once: retried after retry_after.
        api.inject("sendMessage", ("retry_after", 1))
        upd = ledger.push()
        ledger.expect(upd, ledger.answer())
        ledger.wait(upd)
        sends = sends_to(api, upd["message"]["chat"]["id"])
        assert [c.status for c in sends] == [429, 200]
        assert sends[1].time - sends[0].time >= 1.0

        # 429 on every attempt: the rate limiter gives up, the error handler apologises.
        api.inject("sendMessage", ("retry_after", 1), times=attempts)
        upd = ledger.push()
        ledger.expect(upd, EN.sorry)
        ledger.wait(upd)
        sends = sends_to(api, upd["message"]["chat"]["id"])
        assert [c.status for c in sends] == [429] * attempts + [200]
        assert all(b.time - a.time >= 1.0 for a, b in itertools.pairwise(sends[:attempts]))

        # 500 once: retried, the answer.
        api.inject("sendMessage", ("status", 500, "Internal Server Error"))
        upd = ledger.push()
        ledger.expect(upd, ledger.answer())
        ledger.wait(upd)
        assert [c.status for c in sends_to(api, upd["message"]["chat"]["id"])] == [500, 200]

        # 503 on every attempt: the apology.
        unavailable = ("status", 503, "Service Unavailable")
        api.inject("sendMessage", unavailable, times=1 + len(RETRY_DELAYS))
        upd = ledger.push()
        ledger.expect(upd, EN.sorry)
        ledger.wait(upd, timeout=10)
        sends = sends_to(api, upd["message"]["chat"]["id"])
        assert [c.status for c in sends] == [503] * (1 + len(RETRY_DELAYS)) + [200]

        # A dropped connection: the apology, the answer is not sent again.
        api.inject("sendMessage", ("drop",))
        upd = ledger.push()
        ledger.expect(upd, EN.sorry)
        ledger.wait(upd)
        assert len(sends_to(api, upd["message"]["chat"]["id"])) == 2

        # Slower than the read timeout: delivered by the server, and an apology.
        api.inject("sendMessage", ("delay", 6))
        upd = ledger.push()
        ledger.expect(upd, ledger.answer(), EN.sorry)
        ledger.wait(upd, count=2, timeout=15)

        # The bot still answers normally.
        upd = ledger.push(WHO_SAID)
        ledger.expect(upd, ledger.answer(WHO_SAID))
        ledger.wait(upd)
        ledger.check()
        assert bot.alive
    assert bot.exit_code == 0
    assert api.violations == []
    assert html_problems(api.calls) == []
    output = bot.output()
    assert "Rate limit hit" in output
    for name in ("RetryAfter", "NetworkError", "TimedOut"):
        assert f"failed: {name}" in output, name


def test_a_transient_send_failure_does_not_lose_the_answer(
    api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    """Two 502s in a row on sendMessage: the answer is sent again after 0.5 s and 1 s, so the
    user gets it (not an apology) once the API recovers, exactly once."""
    ledger = Ledger(api, service)
    with BotProcess(api, tmp_path) as bot:
        api.inject("sendMessage", ("status", 502, "Bad Gateway"), times=2)
        upd = ledger.push()
        ledger.expect(upd, ledger.answer())
        ledger.wait(upd, timeout=4)
        ledger.check()
        sends = sends_to(api, upd["message"]["chat"]["id"])
        assert [c.status for c in sends] == [502, 502, 200]
        gaps = [b.time - a.time for a, b in itertools.pairwise(sends)]
        assert gaps[0] >= RETRY_DELAYS[0]
        assert gaps[1] >= RETRY_DELAYS[1]
    assert bot.exit_code == 0
    output = bot.output()
    assert "Bot API sendMessage answered 502; retry 1 of 3 in 0.5 s" in output
    assert "Bot API sendMessage answered 502; retry 2 of 3 in 1.0 s" in output
    assert TOKEN not in output
    assert QUOTED_TOKEN not in output


async def test_a_call_that_cannot_connect_is_retried_then_fails(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Nothing listens on the port: the request never left, so it is sent again after each
    delay, then the NetworkError reaches the caller. The log names the method, not the URL."""
    request = ResilientRequest(AiohttpRequest(), retry_delays=(0.01, 0.02))
    url = f"http://127.0.0.1:{free_port()}/bot{TOKEN}/sendMessage"
    caplog.set_level(logging.WARNING, logger="summitbot.telegram")
    async with request:
        with pytest.raises(NetworkError, match=r"^aiohttp\.ClientConnectorError: "):
            await request.post(url)
    retries = [r.getMessage() for r in caplog.records if "retry" in r.getMessage()]
    assert len(retries) == 2
    assert retries[0].startswith("Bot API sendMessage could not connect (")
    assert retries[0].endswith("; retry 1 of 2 in 0.0 s")
    assert all(TOKEN not in r and QUOTED_TOKEN not in r for r in caplog.messages)


def assert_stopped_for_a_rejected_token(output: str) -> None:
    """The log of a bot that stopped because its token was rejected: why, naming the
    variable to fix, and never the token itself."""
    assert (
        "Telegram rejected the bot token while running (401): check TELEGRAM_BOT_TOKEN; stopping"
        in output
    )
    assert "stopped: Telegram rejected TELEGRAM_BOT_TOKEN" in output
    assert TOKEN not in output
    assert QUOTED_TOKEN not in output


def test_a_rejected_token_while_running_stops_the_process_with_status_2(
    api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    """A token revoked while the bot runs (401 on getUpdates): python-telegram-bot ends its
    polling loop, and a process that stayed alive would be deaf with nothing to tell a
    supervisor. summitbot stops cleanly and exits with 2, naming TELEGRAM_BOT_TOKEN."""
    bot = BotProcess(api, tmp_path)
    with bot:
        api.inject("getUpdates", ("status", 401, "Unauthorized"), times=5)
        api.push_update(message_update(QUESTION, user_id=8999))  # next poll gets the 401
        api.wait_for("getUpdates", timeout=WAIT, predicate=lambda c: c.status == 401)
        assert bot.proc is not None
        assert bot.proc.wait(timeout=10) == 2
    assert bot.exit_code == 2
    output = bot.output()
    assert_stopped_for_a_rejected_token(output)
    # Shut down like after SIGTERM: the handlers finished, the store was closed, no crash.
    assert "Traceback" not in output
    assert "Application.stop() complete" in output
    assert_clean_calls(api)


def test_a_token_rejected_on_a_reply_stops_the_process_with_status_2(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    """The token revoked between two polls: the reply gets the 401 first. The bot stops (exit
    2) instead of failing every reply from then on."""
    bot = BotProcess(api, tmp_path)
    with bot:
        api.inject("sendMessage", ("status", 401, "Unauthorized"), times=5)
        api.push_update(message_update(QUESTION, user_id=8997))
        assert bot.proc is not None
        assert bot.proc.wait(timeout=10) == 2
    output = bot.output()
    assert_stopped_for_a_rejected_token(output)
    assert "Application.stop() complete" in output
    # The reply and the apology were each tried once: a 401 is not retried.
    assert [c.status for c in api.calls_of("sendMessage")] == [401, 401]


# ================================================================================================
# 3. Secrets
# ================================================================================================


def test_the_token_never_leaks_at_debug(api: FakeBotAPI, service: Service, tmp_path: Path) -> None:
    """Start-up, /healthz, a question, a handler failure whose error text carries the token
    (plain and URL-encoded), and shutdown, all at LOG_LEVEL=DEBUG: the token appears nowhere in
    the output (the traces are there, redacted), in /healthz, or in what the user is sent."""
    health_port = free_port()
    env = {"LOG_LEVEL": "DEBUG", "HEALTH_PORT": str(health_port), "WEBHOOK_LISTEN": "127.0.0.1"}
    with BotProcess(api, tmp_path, **env) as bot:
        # /healthz, and paths that would reflect the token if anything echoed the request.
        health = [
            http_get(f"http://127.0.0.1:{health_port}{path}")
            for path in ("/healthz", f"/healthz?token={TOKEN}", f"/bot{TOKEN}/getMe")
        ]
        assert health[0][0] == 200, health[0]
        for _, body in health:
            assert SECRET_HALF not in body

        upd = api.push_update(message_update(WHO_SAID, user_id=6001))
        wait_until(lambda: bool(replies(api, upd)))
        assert replies(api, upd) == [to_html(service.ask(WHO_SAID, "en"))]

        # No "Bad Request: " prefix: PTB would lower-case the rest (see the xfail below).
        leak = f"chat not found (bot{TOKEN}, {QUOTED_TOKEN})"
        api.inject("sendMessage", ("status", 400, leak))
        upd = api.push_update(message_update(QUESTION, user_id=6002))
        wait_until(lambda: bool(replies(api, upd)))
        time.sleep(0.3)
        assert replies(api, upd) == [EN.sorry]
        assert bot.stop() == 0
    output = bot.output()
    assert "DEBUG" in output
    assert f"update {upd['update_id']} failed: BadRequest" in output
    assert "Traceback (most recent call last)" in output
    assert f"chat not found (bot{REDACTED}, {REDACTED})" in output
    for secret in (TOKEN, QUOTED_TOKEN, SECRET_HALF):
        assert secret not in output
    for call in api.calls:
        text = repr(call.params)
        assert SECRET_HALF not in text, call.method
    assert api.violations == []


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    levels = {n: logging.getLogger(n).level for n in ("httpx", "httpcore", "hpack", "urllib3")}
    try:
        yield
    finally:
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
        for h in handlers:
            h.filters[:] = filters[h]
        root.setLevel(level)
        for name, lvl in levels.items():
            logging.getLogger(name).setLevel(lvl)
        logging.captureWarnings(False)


@pytest.fixture
def log_out(restore_logging: None) -> io.StringIO:
    stream = io.StringIO()
    setup_logging("DEBUG", [TOKEN], stream=stream)
    return stream


def _assert_redacted(text: str) -> None:
    for secret in (TOKEN, QUOTED_TOKEN, SECRET_HALF):
        assert secret not in text
    assert REDACTED in text


def test_redaction_of_chained_exceptions_with_notes(log_out: io.StringIO) -> None:
    log = logging.getLogger("summitbot.test.reliability")
    try:
        try:
            raise ConnectionError(f"POST /bot{QUOTED_TOKEN}/sendMessage reset")
        except ConnectionError as inner:
            outer = RuntimeError("send failed")
            outer.add_note(f"token was {TOKEN}")
            raise outer from inner
    except RuntimeError as exc:
        log.error("update 1 failed: %s", type(exc).__name__, exc_info=exc)  # as handlers.errors
    text = log_out.getvalue()
    _assert_redacted(text)
    assert "The above exception was the direct cause" in text
    assert f"POST /bot{REDACTED}/sendMessage reset" in text
    assert f"token was {REDACTED}" in text


def test_redaction_of_repr_application_inside_a_traceback(
    log_out: io.StringIO, service: Service
) -> None:
    app = build_application(make_settings("http://127.0.0.1:9", TOKEN), service)
    assert TOKEN in repr(app)
    try:
        raise ValueError(f"bad state of {app!r}")
    except ValueError:
        logging.getLogger("telegram.ext.Application").exception("while running %s", app.bot)
    _assert_redacted(log_out.getvalue())


def test_redaction_of_exception_groups_and_warnings(log_out: io.StringIO) -> None:
    try:
        raise ExceptionGroup("many", [OSError(f"/bot{TOKEN}/getMe"), KeyError(QUOTED_TOKEN)])
    except ExceptionGroup:
        logging.getLogger("asyncio").exception("Task exception was never retrieved")
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"deprecated call with {TOKEN}", UserWarning, stacklevel=1)
    text = log_out.getvalue()
    _assert_redacted(text)
    assert "ExceptionGroup: many" in text
    assert "UserWarning" in text


def test_redaction_of_a_token_lower_cased_by_a_telegram_error(log_out: io.StringIO) -> None:
    error = BadRequest(f"Bad Request: chat not found (/bot{TOKEN}/sendMessage, {QUOTED_TOKEN})")
    assert TOKEN.lower() in str(error)  # what python-telegram-bot makes of the description
    try:
        raise error
    except BadRequest as exc:
        logging.getLogger("handlers.errors").error("update 1 failed: BadRequest", exc_info=exc)
    text = log_out.getvalue().lower()
    assert SECRET_HALF.lower() not in text
    assert QUOTED_TOKEN.lower() not in text


# ================================================================================================
# 4. Injection
# ================================================================================================

INJECTIONS = [
    "<b>&amp;</b>",
    '<a href="javascript:alert(1)">x</a>',
    "*bold*",
    "&#x3c;",
    'who said <b>&amp;</b> <a href="javascript:alert(1)">x</a> *bold* &#x3c; _it_ `code`',
]
_JUNK = random.Random(8).choices("<>&\"'`;\\/%$#@!*[](){}|~^ёЖ😀\u202e\u200bAZaz09_-", k=64)
DEEP_LINK_PAYLOADS = ["".join(_JUNK).replace(" ", ""), "../../etc", "<b>", "%00", "WHEN;drop"]
FORGED_CALLBACKS = [
    "e:no-such-entry",  # a well-formed id that does not exist
    "e:" + "a" * 62,  # overlong id
    "e:" + "x" * 300,  # longer than Telegram's 64 bytes
    "e:../../etc/passwd",
    "e:ЁЖИК",
    "e:😀",
    "q:99",
    "q:-1",
    "q:١",  # an Arabic-Indic digit
    "q:0x1",
    "<b>",
    "",  # PTB hands empty data to the first CallbackQueryHandler, whatever its pattern
    "\u202e\u200b",
    "f:+:no-such-entry",  # 👍/👎 buttons
    "f:x:../../etc",
    "f:" + "😀" * 40,
]
#: The bot's own short notices (any of them is a polite answer to a forged press).
NOTICES = {v for v in dataclasses.asdict(EN).values() if isinstance(v, str) and len(v) < 100}


def test_injection_is_escaped_and_forged_input_gets_polite_replies(
    api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    users = iter(range(5000, 6000))
    with BotProcess(api, tmp_path) as bot:
        # Questions with HTML, Markdown and entities: valid HTML, user text shown verbatim.
        for question in INJECTIONS:
            upd = api.push_update(message_update(question, user_id=next(users)))
            wait_until(lambda u=upd: bool(replies(api, u)), what=question)
            (text,) = replies(api, upd)
            assert validate_telegram_html(text) == [], text
            asked = strip_mention(question, BOT_USERNAME)  # what on_text passes to the core
            assert text == to_html(service.ask(asked, "en"))
            assert html.escape(asked[:60]) in text
            assert asked[:60] in visible_text(text)
            assert "<a href=" not in text and "<b>&amp;</b>" not in text

        # /start with garbage payloads: the welcome.
        for payload in DEEP_LINK_PAYLOADS:
            chat = next(users)
            api.push_update(message_update(f"/start {payload}", user_id=chat))
            wait_until(lambda c=chat: bool(sends_to(api, c)), what=payload)
            assert [c.params["text"] for c in sends_to(api, chat)] == [EN.welcome]

        # Forged callback data: answerCallbackQuery with a short notice, nothing else.
        for data in FORGED_CALLBACKS:
            chat = next(users)
            press = api.push_update(callback_query_update(data, user_id=chat), validate=False)
            qid = press["callback_query"]["id"]
            (answered,) = api.wait_for(
                "answerCallbackQuery",
                timeout=WAIT,
                predicate=lambda c, q=qid: c.params.get("callback_query_id") == q,
            )
            notice = answered.params.get("text")
            if data.startswith(("e:", "q:")):
                assert notice == EN.entry_gone, data
            assert notice in NOTICES, (data, notice)
            assert sends_to(api, chat) == [], data
        assert bot.alive
    assert bot.exit_code == 0
    assert_clean_calls(api)
    assert error_lines(bot.output()) == []


# ================================================================================================
# 5. Admin surface
# ================================================================================================


def run_with_admins(api: FakeBotAPI, tmp_path: Path, admins: str) -> tuple[int, str, str]:
    """``summitbot run`` with ADMIN_USER_IDS=admins; killed (and reported) if it keeps
    running or reaches the Bot API."""
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        KNOWLEDGE_DIR=str(KNOWLEDGE),
        ADMIN_USER_IDS=admins,
    )
    out, err = tmp_path / "admin-out.txt", tmp_path / "admin-err.txt"
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=REPO, env=env, stdout=o, stderr=e
        )
    deadline = time.monotonic() + 15
    while proc.poll() is None and not api.calls and time.monotonic() < deadline:
        time.sleep(0.02)
    if proc.poll() is None:
        proc.kill()
    code = proc.wait(timeout=10)
    return code, out.read_text(errors="replace"), err.read_text(errors="replace")


@pytest.mark.parametrize("admins", ["abc,12", "1,,-5", "1.5", "0", "12 34"])
def test_garbage_admin_ids_exit_2_before_polling(
    api: FakeBotAPI, tmp_path: Path, admins: str
) -> None:
    code, out, err = run_with_admins(api, tmp_path, admins)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "ADMIN_USER_IDS" in lines[0], err
    assert out == ""
    assert api.calls == []  # not even getMe
    assert TOKEN not in err


@pytest.mark.parametrize("admins", ["²", "12,١٢"])
def test_non_ascii_digits_in_admin_ids_exit_2(api: FakeBotAPI, tmp_path: Path, admins: str) -> None:
    code, _, err = run_with_admins(api, tmp_path, admins)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "ADMIN_USER_IDS" in lines[0], err
    assert api.calls == []
