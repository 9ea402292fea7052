"""Webhook mode and the health endpoint (``handlers/web.py``, ``run_webhook`` in
``handlers/app.py``).

End to end, the real ``python -m bot run`` process runs against the fake Bot API on 127.0.0.1
with ``WEBHOOK_URL`` set: it must register the webhook (with a secret token), answer updates
POSTed to its own port with the right secret header, refuse the others (403, nothing sent),
survive malformed bodies (400), serve ``/healthz`` on the same port, stop on SIGTERM with exit
status 0 within 5 s, and never print the token or the secret. Polling mode serves ``/healthz``
on ``HEALTH_PORT``. In-process tests cover the 503 before the application runs and the request
validation in detail.
"""

from __future__ import annotations

import contextlib
import http.client
import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram import Update

from bot.config import ENV_VARS
from bot.render import to_html
from bot.service import Service
from handlers.app import build_application
from handlers.common import SERVICE_KEY, App
from handlers.texts import texts_for
from handlers.web import (
    MAX_BODY_BYTES,
    SECRET_HEADER,
    WebServer,
    ensure_webhook_secret,
    generate_secret,
    webhook_path,
)
from tests.conftest import KNOWLEDGE, REPO, html_problems, make_settings
from tests.fake_bot_api import Call, FakeBotAPI, message_update

pytestmark = pytest.mark.timeout(30)

TOKEN = "5550009876:AAWebhookSecretTokenValue-abcdefghijk"
QUOTED_TOKEN = TOKEN.replace(":", "%3A")
SECRET = "fixed-Secret_0123456789-abcdefghijklmnop"
TELEGRAM_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
EN = texts_for("en")
WAIT = 10.0
CONFIG_VARS = ENV_VARS
_update_ids = itertools.count(900_000_001)


# --- helpers ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bot_env(tmp_path: Path, **env: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in CONFIG_VARS}
    return {
        **base,
        "PYTHONPATH": str(REPO),
        "PYTHONUNBUFFERED": "1",
        "DATA_DIR": str(tmp_path / "var"),
        "KNOWLEDGE_DIR": str(KNOWLEDGE),
        **env,
    }


class Bot:
    """The bot process; its stdout and stderr go to files (read them with :meth:`output`)."""

    def __init__(self, tmp_path: Path, **env: str) -> None:
        self.out, self.err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                cwd=REPO,
                env=bot_env(tmp_path, **env),
                stdout=out,
                stderr=err,
            )

    def output(self) -> str:
        return self.out.read_text(errors="replace") + self.err.read_text(errors="replace")

    def sigterm(self) -> int:
        """SIGTERM; returns the exit status, asserting it came within 5 seconds."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=5)
        assert time.monotonic() - started < 5
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)


@contextlib.contextmanager
def running_bot(tmp_path: Path, **env: str) -> Iterator[Bot]:
    bot = Bot(tmp_path, **env)
    try:
        yield bot
    finally:
        bot.kill()


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    """One HTTP request to 127.0.0.1 (no proxies), 5 s timeout."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def post_update(
    port: int, path: str, update: dict[str, Any] | bytes, secret: str | None
) -> tuple[int, bytes]:
    body = update if isinstance(update, bytes) else json.dumps(update).encode()
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    return request(port, "POST", path, body, headers)


def wait_healthy(bot: Bot, port: int, timeout: float = WAIT) -> dict[str, Any]:
    """Poll ``/healthz`` until it answers 200; returns the JSON body."""
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        if bot.proc.poll() is not None:
            pytest.fail(f"the bot exited with {bot.proc.returncode}:\n{bot.output()[-3000:]}")
        try:
            status, body = request(port, "GET", "/healthz")
        except OSError as exc:  # not listening yet
            last = exc
        else:
            last = (status, body)
            if status == 200:
                data: dict[str, Any] = json.loads(body)
                return data
            assert status == 503, last
            assert json.loads(body) == {"status": "starting"}
        time.sleep(0.1)
    pytest.fail(f"/healthz never answered 200 (last: {last!r}):\n{bot.output()[-3000:]}")


def docker_probe(**env: str) -> subprocess.CompletedProcess[str]:
    """The image's HEALTHCHECK command (docker/healthcheck.py) with this environment."""
    keep = {k: v for k, v in os.environ.items() if k not in (*CONFIG_VARS, "HEALTHCHECK_URL")}
    return subprocess.run(
        [sys.executable, "-I", str(REPO / "docker" / "healthcheck.py")],
        env={**keep, **env},
        capture_output=True,
        text=True,
        timeout=10,
    )


def update(text: str, user_id: int) -> dict[str, Any]:
    return message_update(text, user_id=user_id, update_id=next(_update_ids))


def reply_to(upd: dict[str, Any]) -> Callable[[Call], bool]:
    msg = upd["message"]

    def check(c: Call) -> bool:
        params = c.params.get("reply_parameters") or {}
        return bool(
            c.params.get("chat_id") == msg["chat"]["id"]
            and params.get("message_id") == msg["message_id"]
        )

    return check


def wait_reply(api: FakeBotAPI, predicate: Callable[[Call], bool]) -> Call:
    calls = api.wait_for("sendMessage", timeout=WAIT, predicate=lambda c: c.ok and predicate(c))
    assert len(calls) == 1, [c.params for c in calls]
    return calls[0]


def to_chat(chat_id: int) -> Callable[[Call], bool]:
    return lambda c: c.params.get("chat_id") == chat_id


def assert_health(data: dict[str, Any], service: Service, mode: str) -> None:
    assert set(data) == {"status", "mode", "kb_version", "counts", "uptime_seconds"}
    assert data["status"] == "ok"
    assert data["mode"] == mode
    assert data["kb_version"] == service.snapshot.kb_version
    assert data["counts"] == service.snapshot.index.kb.counts()
    assert sum(data["counts"].values()) > 0
    assert isinstance(data["uptime_seconds"], int | float)
    assert data["uptime_seconds"] >= 0  # since the knowledge base was loaded


def assert_no_secrets(output: str, *secrets: str) -> None:
    for secret in (TOKEN, QUOTED_TOKEN, TOKEN.split(":")[1], *secrets):
        assert secret not in output


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(token=TOKEN, bot_username="summit_hook_bot") as server:
        yield server


# --- end to end: webhook mode ---------------------------------------------------------------


def test_webhook_mode_end_to_end(api: FakeBotAPI, service: Service, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    with running_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        WEBHOOK_URL=url,
        PORT=str(port),
        HEALTH_PORT=str(port),  # as in the container: ignored in webhook mode
        WEBHOOK_LISTEN="127.0.0.1",
        LOG_LEVEL="DEBUG",
    ) as bot:
        # Start-up: the webhook is registered with a generated secret and every update type.
        (call,) = api.wait_for("setWebhook", timeout=WAIT)
        assert call.ok
        assert call.params["url"] == url
        secret = call.params["secret_token"]
        assert TELEGRAM_SECRET.fullmatch(secret) and len(secret) >= 32
        assert set(call.params["allowed_updates"]) == set(Update.ALL_TYPES)
        assert api.webhook_url == url
        assert_health(wait_healthy(bot, port), service, "webhook")

        # An update with the right secret is answered through the Bot API.
        start = update("/start", 3001)
        assert api.validate_object(start) == []
        assert post_update(port, "/telegram", start, secret)[0] == 200
        assert wait_reply(api, to_chat(3001)).params["text"] == EN.welcome

        question = "Who said “China has always adhered to a foreign policy of good-neighborliness”?"
        asked = update(question, 3002)
        assert post_update(port, "/telegram/", asked, secret)[0] == 200  # trailing slash too
        call = wait_reply(api, reply_to(asked))
        assert call.params["text"] == to_html(service.ask(question, "en"))

        # A wrong or missing secret: 403 and nothing happens.
        wrong = ("y" if secret[0] == "x" else "x") + secret[1:]
        assert post_update(port, "/telegram", update("/start", 3003), wrong)[0] == 403
        assert post_update(port, "/telegram", update("/start", 3004), None)[0] == 403
        assert post_update(port, "/telegram", update("/start", 3005), "")[0] == 403
        # Malformed bodies with the right secret: 400, and the bot keeps working.
        assert post_update(port, "/telegram", b"{not json", secret)[0] == 400
        assert post_update(port, "/telegram", b"[1, 2]", secret)[0] == 400
        assert post_update(port, "/telegram", b'{"message": {}}', secret)[0] == 400
        # Other paths and methods.
        assert request(port, "GET", "/telegram")[0] == 405
        assert post_update(port, "/other", update("/start", 3006), secret)[0] == 404

        after = update("/start", 3007)
        assert post_update(port, "/telegram", after, secret)[0] == 200
        wait_reply(api, to_chat(3007))
        time.sleep(0.3)  # room for a (wrong) reply to the refused updates to show up
        refused = {3003, 3004, 3005, 3006}
        assert not [c for c in api.calls_of("sendMessage") if c.params["chat_id"] in refused]

        health = wait_healthy(bot, port)
        assert_health(health, service, "webhook")
        assert secret not in json.dumps(health) and TOKEN not in json.dumps(health)
        # The container's health probe (PORT and HEALTH_PORT both set, as in the image).
        probe = docker_probe(WEBHOOK_URL=url, PORT=str(port), HEALTH_PORT=str(port))
        assert probe.returncode == 0, probe.stdout + probe.stderr

        code = bot.sigterm()
        assert code == 0, bot.output()[-3000:]
        output = bot.output()

    assert "DEBUG" in output  # it really logged at DEBUG
    assert_no_secrets(output, secret)
    assert not api.calls_of("getUpdates")  # no polling in webhook mode
    assert not api.calls_of("deleteWebhook")  # the webhook stays registered (documented)
    assert html_problems(api.calls) == []
    assert api.violations == []


def test_webhook_mode_stops_with_status_2_when_the_token_is_rejected(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    """In webhook mode updates keep arriving after the token is revoked, but every reply fails
    with 401: the bot stops (exit 2, naming TELEGRAM_BOT_TOKEN) instead of failing silently."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    with running_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        WEBHOOK_URL=url,
        PORT=str(port),
        WEBHOOK_LISTEN="127.0.0.1",
    ) as bot:
        (call,) = api.wait_for("setWebhook", timeout=WAIT)
        secret = call.params["secret_token"]
        wait_healthy(bot, port)
        api.inject("sendMessage", ("status", 401, "Unauthorized"), times=5)
        assert post_update(port, "/telegram", update("/start", 3101), secret)[0] == 200
        assert bot.proc.wait(timeout=10) == 2
        output = bot.output()
    assert "Telegram rejected the bot token while running (401)" in output
    assert "stopped: Telegram rejected TELEGRAM_BOT_TOKEN" in output
    assert_no_secrets(output, TOKEN, secret)


def test_webhook_mode_with_a_configured_secret_and_no_path(api: FakeBotAPI, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with running_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        WEBHOOK_URL=url,
        WEBHOOK_SECRET=SECRET,
        PORT=str(port),
        WEBHOOK_LISTEN="127.0.0.1",
        LOG_LEVEL="DEBUG",
    ) as bot:
        (call,) = api.wait_for("setWebhook", timeout=WAIT)
        assert call.params["secret_token"] == SECRET
        wait_healthy(bot, port)
        assert post_update(port, "/", update("/start", 3101), SECRET)[0] == 200
        wait_reply(api, to_chat(3101))
        assert post_update(port, "/", update("/start", 3102), SECRET[:-1])[0] == 403
        assert bot.sigterm() == 0, bot.output()[-3000:]
        output = bot.output()
    assert_no_secrets(output, SECRET)
    assert api.violations == []


def test_polling_mode_serves_healthz_on_health_port(
    api: FakeBotAPI, service: Service, tmp_path: Path
) -> None:
    port = free_port()
    with running_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        HEALTH_PORT=str(port),
        WEBHOOK_LISTEN="127.0.0.1",
        LOG_LEVEL="DEBUG",
    ) as bot:
        assert_health(wait_healthy(bot, port), service, "polling")
        api.push_update(message_update("/start", user_id=3201))
        wait_reply(api, to_chat(3201))
        assert request(port, "POST", "/", b"{}")[0] == 404  # no webhook in polling mode
        probe = docker_probe(HEALTH_PORT=str(port), PORT=str(free_port()))
        assert probe.returncode == 0, probe.stdout + probe.stderr
        assert bot.sigterm() == 0, bot.output()[-3000:]
        output = bot.output()
    assert not api.calls_of("setWebhook")
    assert_no_secrets(output)
    assert api.violations == []


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_during_start_up_exits_0(
    api: FakeBotAPI, tmp_path: Path, sig: signal.Signals
) -> None:
    port = free_port()
    api.inject("getMe", ("delay", 20))  # start-up hangs in getMe
    with running_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        PORT=str(port),
        WEBHOOK_LISTEN="127.0.0.1",
    ) as bot:
        api.wait_for("getMe", timeout=WAIT)
        status, body = request(port, "GET", "/healthz")
        assert (status, json.loads(body)) == (503, {"status": "starting"})
        started = time.monotonic()
        bot.proc.send_signal(sig)
        assert bot.proc.wait(timeout=5) == 0, bot.output()[-3000:]
        assert time.monotonic() - started < 5
    assert not api.calls_of("setWebhook")


def run_to_exit(tmp_path: Path, **env: str) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=REPO,
        env=bot_env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, WEBHOOK_LISTEN="127.0.0.1", **env),
        capture_output=True,
        text=True,
        timeout=20,
    )
    return result.returncode, result.stdout + result.stderr


def test_webhook_mode_exit_statuses(api: FakeBotAPI, tmp_path: Path) -> None:
    port = free_port()
    base = {"TELEGRAM_API_URL": api.base_url, "PORT": str(port)}
    # The webhook path cannot be the health check's: a configuration error.
    code, output = run_to_exit(tmp_path, WEBHOOK_URL=f"http://127.0.0.1:{port}/healthz", **base)
    assert code == 2 and "/healthz" in output, output
    # Telegram refuses the webhook (e.g. not HTTPS): 1, with Telegram's reason.
    api.inject(
        "setWebhook", ("status", 400, "Bad Request: bad webhook: HTTPS URL must be provided")
    )
    code, output = run_to_exit(tmp_path, WEBHOOK_URL=f"http://127.0.0.1:{port}/hook", **base)
    assert code == 1 and "refused webhook mode: Bad webhook" in output, output
    # The port is taken: 1, naming the address.
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        code, output = run_to_exit(
            tmp_path,
            TELEGRAM_API_URL=api.base_url,
            PORT=str(busy),
            WEBHOOK_URL=f"http://127.0.0.1:{busy}/hook",
        )
    assert code == 1 and f"127.0.0.1:{busy}" in output, output
    assert_no_secrets(output)


def test_webhook_mode_with_an_unreachable_api_exits_1(tmp_path: Path) -> None:
    with FakeBotAPI(token=TOKEN) as api:
        api.inject("getMe", ("status", 502, "Bad Gateway"), times=10)
        port = free_port()
        code, output = run_to_exit(
            tmp_path,
            TELEGRAM_API_URL=api.base_url,
            PORT=str(port),
            WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
        )
    assert code == 1, output
    assert "cannot reach the Bot API" in output
    assert_no_secrets(output)


# --- in process: the server itself ----------------------------------------------------------


@pytest.fixture
def idle_app(service: Service) -> Iterator[App]:
    """The real application, never initialized (no network): not running."""
    settings = make_settings("http://127.0.0.1:9", TOKEN, RECORD_QUESTIONS="0")
    app = build_application(settings, service)
    yield app
    assert app.update_queue.qsize() == 0  # nothing refused ever reached the application


@contextlib.asynccontextmanager
async def serving(app: App, mode: str = "webhook") -> AsyncIterator[httpx.AsyncClient]:
    server = WebServer(app, mode, webhook_path="/telegram", secret=SECRET)
    port = await server.start("127.0.0.1", 0)
    try:
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", trust_env=False, timeout=5
        ) as client:
            yield client
    finally:
        await server.stop()


async def test_healthz_is_503_until_the_application_runs(idle_app: App) -> None:
    async with serving(idle_app) as client:
        resp = await client.get("/healthz")
        assert resp.status_code == 503
        assert resp.json() == {"status": "starting"}
        assert resp.headers["content-type"].startswith("application/json")
        assert (await client.head("/healthz")).status_code == 503
        idle_app.bot_data.pop(SERVICE_KEY)  # no knowledge base at all
        assert (await client.get("/healthz")).json() == {"status": "starting"}


async def test_healthz_200_while_running(tg_app: App, service: Service) -> None:
    async with serving(tg_app, "polling") as client:
        await tg_app.start()
        try:
            resp = await client.get("/healthz")
        finally:
            await tg_app.stop()
        assert resp.status_code == 200
        assert_health(resp.json(), service, "polling")
        assert resp.headers["cache-control"] == "no-store"
        assert "server" not in resp.headers
        after = await client.get("/healthz")
        assert after.status_code == 503


async def test_webhook_requests_are_validated(idle_app: App) -> None:
    good = json.dumps(update("/start", 3301)).encode()
    right = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    async with serving(idle_app) as client:

        async def post(body: bytes, headers: dict[str, str]) -> int:
            return (await client.post("/telegram", content=body, headers=headers)).status_code

        assert await post(good, {}) == 403
        assert await post(good, {SECRET_HEADER: "wrong"}) == 403
        assert await post(good, {SECRET_HEADER: SECRET[:-1] + "?"}) == 403
        assert await post(good, {SECRET_HEADER: SECRET.upper()}) == 403
        for bad in (
            b"",
            b"{not json",
            b"\xff\xfe{}",
            b"null",
            b"[]",
            b'{"update_id": "1"}',
            b'{"update_id": 1.5}',
            b'{"update_id": 1' + b"0" * 5000 + b"}",
            b"[" * 100_000 + b"]" * 100_000,
            b'{"update_id": 1, "message": {"text": "no chat, no date"}}',
        ):
            assert await post(bad, right) == 400, bad[:60]
        # Well-formed but the application is not running: 503, Telegram will retry.
        assert await post(good, right) == 503
        assert (await client.get("/telegram")).status_code == 405
        # Over the size limit: refused before any handler runs (400, or the connection is
        # closed while the client is still sending).
        big = b'{"update_id": 1, "pad": "' + b"x" * MAX_BODY_BYTES + b'"}'
        with contextlib.suppress(httpx.TransportError):
            assert await post(big, right) in (400, 413)
        assert (await client.get("/healthz")).status_code == 503  # still serving


async def test_webhook_update_reaches_the_application(tg_app: App, fake_api: FakeBotAPI) -> None:
    async with serving(tg_app) as client:
        await tg_app.start()
        try:
            upd = update("/start", 3401)
            resp = await client.post("/telegram", json=upd, headers={SECRET_HEADER: SECRET})
            assert resp.status_code == 200
            await fake_api.async_wait_for(
                "sendMessage", timeout=WAIT, predicate=lambda c: c.params["chat_id"] == 3401
            )
        finally:
            await tg_app.stop()


# --- units ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://bot.example.org/telegram", "/telegram"),
        ("https://bot.example.org/telegram/", "/telegram"),
        ("https://bot.example.org/a/b?x=1", "/a/b"),
        ("https://bot.example.org", "/"),
        ("https://bot.example.org/", "/"),
    ],
)
def test_webhook_path(url: str, path: str) -> None:
    assert webhook_path(url) == path


def test_webhook_path_cannot_be_the_health_check() -> None:
    with pytest.raises(ValueError, match="healthz"):
        webhook_path("https://bot.example.org/healthz/")


def test_generated_secrets_fit_telegram_rules() -> None:
    secrets = {generate_secret() for _ in range(50)}
    assert len(secrets) == 50
    assert all(TELEGRAM_SECRET.fullmatch(s) and len(s) >= 32 for s in secrets)
    settings = make_settings("http://127.0.0.1:9", TOKEN, WEBHOOK_URL="https://x.example/t")
    generated = ensure_webhook_secret(settings).webhook_secret.value
    assert TELEGRAM_SECRET.fullmatch(generated)
    configured = make_settings(
        "http://127.0.0.1:9", TOKEN, WEBHOOK_URL="https://x.example/t", WEBHOOK_SECRET=SECRET
    )
    assert ensure_webhook_secret(configured).webhook_secret.value == SECRET
    assert SECRET not in repr(ensure_webhook_secret(configured))


@pytest.mark.parametrize("secret", [None, "", "has space", "x" * 257, "ünïcode"])
def test_the_webhook_server_needs_a_valid_secret(idle_app: App, secret: str | None) -> None:
    with pytest.raises(ValueError, match="secret"):
        WebServer(idle_app, "webhook", webhook_path="/telegram", secret=secret)
