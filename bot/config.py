"""Configuration from the environment, validated once at start-up.

Every setting has one documented environment variable (see the README). Bad values fail at start
with a message naming the variable, never later in the middle of a conversation. The token is
kept in a :class:`Secret` so it cannot end up in a log line or a ``repr`` by accident.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_API_URL = "https://api.telegram.org"
#: Every environment variable :func:`load_settings` reads (tests clear them all).
ENV_VARS = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_BOT_TOKEN_FILE",
    "TELEGRAM_API_URL",
    "KNOWLEDGE_DIR",
    "ADMIN_USER_IDS",
    "LOG_LEVEL",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "WEBHOOK_LISTEN",
    "PORT",
    "HEALTH_PORT",
    "DATA_DIR",
    "RECORD_QUESTIONS",
    "FLOOD_LIMIT",
    "FLOOD_WINDOW_SECONDS",
    "MAX_MESSAGES_PER_SECOND",
    "SEMANTIC",
    "SEMANTIC_CACHE_DIR",
)


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the environment variable."""


@dataclass(frozen=True)
class Secret:
    """A string that never shows itself in ``repr``/``str`` (logs, tracebacks, f-strings)."""

    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self.value)


@dataclass(frozen=True)
class Settings:
    token: Secret
    api_url: str
    knowledge_dir: Path | None
    admin_ids: frozenset[int]
    log_level: str
    data_dir: Path
    record_questions: bool
    webhook_url: str | None
    webhook_listen: str
    port: int
    webhook_secret: Secret
    health_port: int | None
    flood_limit: int
    flood_window: float
    #: Messages a second the bot sends in all (Telegram's limit is 30, up to 1000 for bots
    #: with paid broadcasts); 0 removes the overall cap (429s are still honoured).
    max_send_rate: int = 30

    @property
    def has_token(self) -> bool:
        return bool(self.token)


def _int(env: Mapping[str, str], name: str, default: int, lo: int, hi: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if not lo <= value <= hi:
        raise ConfigError(f"{name} must be between {lo} and {hi}, got {value}")
    return value


def parse_admin_ids(raw: str) -> frozenset[int]:
    """``ADMIN_USER_IDS``: comma-separated Telegram user ids; anything else is an error."""
    ids: set[int] = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not re.fullmatch(r"[0-9]{1,20}", part) or int(part) <= 0:
            raise ConfigError(
                f"ADMIN_USER_IDS must be comma-separated numeric Telegram user ids, got {part!r}"
            )
        ids.add(int(part))
    return frozenset(ids)


def read_token(env: Mapping[str, str]) -> Secret:
    """``TELEGRAM_BOT_TOKEN``, or the contents of the file named by ``TELEGRAM_BOT_TOKEN_FILE``."""
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    path = env.get("TELEGRAM_BOT_TOKEN_FILE", "").strip()
    if not token and path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                f"TELEGRAM_BOT_TOKEN_FILE: cannot read {path}: {exc.strerror}"
            ) from None
        if not token:
            raise ConfigError(f"TELEGRAM_BOT_TOKEN_FILE: {path} is empty")
    if token and (":" not in token or any(c.isspace() for c in token)):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (expected 123456:ABC...)"
        )
    return Secret(token)


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(
            f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, got {level!r}"
        )
    api_url = env.get("TELEGRAM_API_URL", "").strip().rstrip("/") or DEFAULT_API_URL
    if not api_url.startswith(("http://", "https://")):
        raise ConfigError(f"TELEGRAM_API_URL must start with http:// or https://, got {api_url!r}")
    record = env.get("RECORD_QUESTIONS", "1").strip().lower()
    if record not in {"0", "1", "true", "false", "yes", "no", "on", "off"}:
        raise ConfigError(f"RECORD_QUESTIONS must be 0 or 1, got {record!r}")
    webhook_url = env.get("WEBHOOK_URL", "").strip() or None
    if (
        webhook_url
        and not webhook_url.startswith("https://")
        and not webhook_url.startswith("http://")
    ):
        raise ConfigError(f"WEBHOOK_URL must be an http(s) URL, got {webhook_url!r}")
    secret = env.get("WEBHOOK_SECRET", "").strip()
    if secret and not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", secret):
        # Telegram allows 1-256 of these characters; a short secret is guessable and too short
        # to be redacted reliably from logs, so at least 16 are required.
        raise ConfigError(
            "WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and - "
            "(leave it unset to get a random one)"
        )
    health = env.get("HEALTH_PORT", "").strip()
    kdir = env.get("KNOWLEDGE_DIR", "").strip()
    return Settings(
        token=read_token(env),
        api_url=api_url,
        knowledge_dir=Path(kdir) if kdir else None,
        admin_ids=parse_admin_ids(env.get("ADMIN_USER_IDS", "")),
        log_level=level,
        data_dir=Path(env.get("DATA_DIR", "").strip() or "var"),
        record_questions=record in {"1", "true", "yes", "on"},
        webhook_url=webhook_url,
        webhook_listen=env.get("WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
        port=_int(env, "PORT", 8080, 1, 65535),
        webhook_secret=Secret(secret),
        health_port=_int(env, "HEALTH_PORT", 0, 1, 65535) if health else None,
        flood_limit=_int(env, "FLOOD_LIMIT", 20, 1, 10_000),
        flood_window=float(_int(env, "FLOOD_WINDOW_SECONDS", 60, 1, 3600)),
        max_send_rate=_int(env, "MAX_MESSAGES_PER_SECOND", 30, 0, 1000),
    )
