"""Logging: the bot token never reaches the output, even at DEBUG."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import httpx
import pytest
from telegram import Bot

from bot.logs import REDACTED, RedactingFilter, setup_logging
from bot.service import Service
from handlers.app import build_application
from tests.conftest import make_settings
from tests.fake_bot_api import FakeBotAPI

TOKEN = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
QUOTED = "987654321%3AAAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    levels = {n: logging.getLogger(n).level for n in ("httpx", "httpcore")}
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
def out(restore_logging: None) -> io.StringIO:
    stream = io.StringIO()
    setup_logging("DEBUG", [TOKEN], stream=stream)
    return stream


def test_message_args_exception_and_stack_are_redacted(out: io.StringIO) -> None:
    log = logging.getLogger("summitbot.test")
    log.debug("url https://api.telegram.org/bot%s/getMe", TOKEN)
    log.info(f"f-string with the token {TOKEN} and quoted {QUOTED}")
    log.warning("dict args %(url)s", {"url": f"/bot{TOKEN}/sendMessage"})
    try:
        raise RuntimeError(f"request to /bot{TOKEN}/getUpdates failed")
    except RuntimeError:
        log.exception("failure")
    log.error("with stack", stack_info=True, extra={"unrelated": TOKEN})
    text = out.getvalue()
    assert TOKEN not in text
    assert QUOTED not in text
    assert "987654321" not in text
    assert text.count(REDACTED) >= 5
    assert "Traceback (most recent call last)" in text
    assert f"request to /bot{REDACTED}/getUpdates failed" in text


def test_token_shaped_strings_are_redacted_even_if_unknown(out: io.StringIO) -> None:
    logging.getLogger("x").warning("other token 1234567890:%s", "A" * 35)
    assert "A" * 35 not in out.getvalue()


def test_repr_of_the_bot_and_application_is_redacted(out: io.StringIO) -> None:
    settings = make_settings("http://127.0.0.1:9", TOKEN)
    app = build_application(settings, Service.from_dir(None))
    assert TOKEN in repr(app)  # python-telegram-bot shows the token in its repr...
    logging.getLogger("x").info("app %r bot %s", app, Bot(TOKEN))
    assert TOKEN not in out.getvalue()  # ...the filter hides it
    assert REDACTED in out.getvalue()


def test_the_filter_applies_to_handlers_installed_before(restore_logging: None) -> None:
    earlier = io.StringIO()
    handler = logging.StreamHandler(earlier)
    logging.getLogger().addHandler(handler)
    try:
        setup_logging("INFO", [TOKEN], stream=io.StringIO())
        logging.getLogger("y").error("token %s", TOKEN)
    finally:
        logging.getLogger().removeHandler(handler)
    assert TOKEN not in earlier.getvalue() and REDACTED in earlier.getvalue()


def test_setup_twice_keeps_one_handler(restore_logging: None) -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging("INFO", [TOKEN], stream=io.StringIO())
    setup_logging("DEBUG", [TOKEN], stream=io.StringIO())
    assert len(root.handlers) == before + 1
    assert all(sum(isinstance(f, RedactingFilter) for f in h.filters) == 1 for h in root.handlers)


def test_url_logging_libraries_stay_at_warning(out: io.StringIO) -> None:
    assert logging.getLogger().level == logging.DEBUG
    assert logging.getLogger("httpx").level == logging.WARNING
    assert logging.getLogger("httpcore").level == logging.WARNING

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True})

    with httpx.Client(transport=httpx.MockTransport(respond)) as client:
        client.get(f"https://api.telegram.org/bot{TOKEN}/getMe")
    assert "getMe" not in out.getvalue()


def test_short_or_empty_secrets_are_ignored() -> None:
    f = RedactingFilter(["", "ab"])
    assert f.redact("ab cd") == "ab cd"


async def test_a_running_application_at_debug_never_logs_the_token(
    restore_logging: None, service: Service
) -> None:
    stream = io.StringIO()
    with FakeBotAPI(token=TOKEN) as api:
        setup_logging("DEBUG", [TOKEN], stream=stream)
        app = build_application(make_settings(api.base_url, TOKEN), service)
        api.inject("sendMessage", ("status", 502, "Bad Gateway"))
        async with app:
            await app.bot.get_me()
            with pytest.raises(Exception, match="Bad Gateway"):
                await app.bot.send_message(1, "hi")
            logging.getLogger("telegram").exception("after a failure")
    text = stream.getvalue()
    assert "getMe" in text  # PTB logged its calls at DEBUG...
    assert TOKEN not in text and QUOTED not in text  # ...without the token
