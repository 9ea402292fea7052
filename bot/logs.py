"""Logging for the long-running bot: one format, one level, and no secret ever written out.

:func:`setup_logging` installs a stderr handler on the root logger and a :class:`RedactingFilter`
on every root handler, so whatever logger a record comes from (ours, python-telegram-bot's,
asyncio's), its message, its arguments, its exception text (the traceback included) and its stack
are scrubbed of the bot token before any handler formats them. Bot API URLs contain the token
(``https://api.telegram.org/bot<token>/getUpdates``), so the HTTP clients' loggers (``httpx`` and
``httpcore`` log every request URL; ``aiohttp``, the bot's client, may in a future release) are
kept at WARNING even when ``LOG_LEVEL=DEBUG``.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO
from urllib.parse import quote

__all__ = ["QUIET_LOGGERS", "REDACTED", "RedactingFilter", "setup_logging"]

REDACTED = "[REDACTED]"
#: Loggers that would print request URLs (which carry the token) at INFO/DEBUG.
QUIET_LOGGERS = ("aiohttp", "httpx", "httpcore", "hpack", "urllib3")
#: Anything shaped like a real Telegram bot token, even one we were not told about.
#: No word boundary before it: the token also appears glued to "/bot" in request URLs.
_TOKEN_SHAPE = re.compile(r"(?<![0-9])\d{5,16}:[A-Za-z0-9_-]{30,}")
HANDLER_NAME = "summitbot"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    """Replaces every secret (and its URL-encoded form) in a record with ``[REDACTED]``.

    It rewrites the record in place (``msg`` becomes the final message, ``args`` are dropped,
    ``exc_text`` is pre-rendered and scrubbed), so every handler after it sees the clean text.
    It never rejects a record.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        variants: set[str] = set()
        for secret in secrets:
            if secret and len(secret) >= 4:
                variants.update({secret, quote(secret, safe=""), quote(secret)})
        self._secrets = sorted(variants, key=len, reverse=True)
        # Case-insensitive: Telegram error texts can come back re-cased (PTB capitalises
        # "Bad Request: ..." descriptions), and a re-cased token is still the token.
        self._pattern = (
            re.compile("|".join(map(re.escape, self._secrets)), re.IGNORECASE)
            if self._secrets
            else None
        )

    def redact(self, text: str) -> str:
        if self._pattern is not None:
            text = self._pattern.sub(REDACTED, text)
        return _TOKEN_SHAPE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def setup_logging(
    level: str | int = "INFO",
    secrets: Iterable[str] = (),
    *,
    stream: TextIO | None = None,
) -> RedactingFilter:
    """Configure the root logger for the bot; returns the installed filter.

    Adds one stream handler (stderr by default) to the root logger, replacing the one a
    previous call added, puts the redacting filter on every root handler (also on handlers
    others installed, such as pytest's), and keeps the URL-logging libraries at WARNING or
    above.
    """
    root = logging.getLogger()
    for old in list(root.handlers):
        if old.get_name() == HANDLER_NAME:
            root.removeHandler(old)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    redacting = RedactingFilter(secrets)
    for h in root.handlers:
        for f in list(h.filters):
            if isinstance(f, RedactingFilter):
                h.removeFilter(f)
        h.addFilter(redacting)
    numeric = root.getEffectiveLevel()
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(numeric, logging.WARNING))
    logging.captureWarnings(True)
    return redacting
