"""MAX_MESSAGES_PER_SECOND: read from the environment, checked, and obeyed by the real
application (its AIORateLimiter) when it sends to many chats at once."""

from __future__ import annotations

import asyncio

import pytest

from bot.config import ConfigError, load_settings
from bot.service import Service
from handlers.app import build_application
from tests.conftest import make_settings
from tests.fake_bot_api import FakeBotAPI

TOKEN = "123456:TEST-token"


def settings_with(**env: str) -> int:
    return load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, **env}).max_send_rate


def test_the_default_is_telegrams_limit() -> None:
    assert settings_with() == 30
    assert settings_with(MAX_MESSAGES_PER_SECOND=" ") == 30


@pytest.mark.parametrize("raw", ["0", "1", "1000"])
def test_accepted_values(raw: str) -> None:
    assert settings_with(MAX_MESSAGES_PER_SECOND=raw) == int(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("fast", "MAX_MESSAGES_PER_SECOND must be a whole number, got 'fast'"),
        ("2.5", "MAX_MESSAGES_PER_SECOND must be a whole number, got '2.5'"),
        ("1001", "MAX_MESSAGES_PER_SECOND must be between 0 and 1000, got 1001"),
        ("-1", "MAX_MESSAGES_PER_SECOND must be between 0 and 1000, got -1"),
    ],
)
def test_bad_values_name_the_variable(raw: str, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        settings_with(MAX_MESSAGES_PER_SECOND=raw)
    assert str(raised.value) == message


async def _send_to_six_chats(api: FakeBotAPI, service: Service, rate: str) -> list[float]:
    app = build_application(
        make_settings(api.base_url, api.token, MAX_MESSAGES_PER_SECOND=rate), service
    )
    async with app:
        await asyncio.gather(*(app.bot.send_message(chat, "hi") for chat in range(1, 7)))
    return sorted(c.time for c in api.calls_of("sendMessage"))


async def test_the_application_paces_its_messages(fake_api: FakeBotAPI, service: Service) -> None:
    """At 2 a second, six messages to six chats take at least 1.5 s (the first two go at
    once, then one every half second); with 0 there is no overall cap."""
    times = await _send_to_six_chats(fake_api, service, "2")
    assert times[-1] - times[0] >= 1.4


async def test_zero_removes_the_overall_cap(fake_api: FakeBotAPI, service: Service) -> None:
    times = await _send_to_six_chats(fake_api, service, "0")
    assert len(times) == 6
    assert times[-1] - times[0] < 1.0
