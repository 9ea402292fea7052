"""Shared fixtures.

* ``KNOWLEDGE``: **the base as tested** (tests/kbview.py), built once per session into a
  temporary directory: the repository's ``knowledge/`` restricted to the sources listed in
  ``tests/data/sources_as_tested.txt``, the records listed in
  ``tests/data/records_as_tested.txt`` and the vocabulary of the files listed in
  ``tests/data/vocabulary_as_tested.txt``. The behaviour tests run on it, so that a curator's new
  article (a valid source, its records and any vocabulary its file brings), or a new record of a
  listed article, cannot break them; ``KNOWLEDGE_DIR`` points at it
  for every in-process default and every ``summitbot`` process a test starts. The live base,
  ``LIVE_KNOWLEDGE``, is checked by its properties in tests/test_real_base.py.
* ``service``: the core :class:`~bot.service.Service` over ``KNOWLEDGE`` (loaded once per
  session; tests that patch it use ``monkeypatch``, which restores it). Every behaviour test
  of the real base uses this one (a module may rename it, or add a check of its own, by a
  fixture that takes it): loading the base again per module cost time, and a module that did
  not wait for the semantic stage answered according to whether its cache was filled. Tests
  on a base of their own (``tests/fixtures/kb/...``, a grown copy) build it themselves, as do
  tests that switch a rule that shapes the index (``bot/tuning.py``) before building.
* ``fake_api``: a started :class:`~tests.fake_bot_api.FakeBotAPI`.
* ``tg_app``: the real application from :func:`handlers.app.build_application`, talking
  HTTP to ``fake_api``, initialized (``getMe`` done). On teardown it is shut down and every
  HTML text the bot sent is checked with :func:`~tests.telegram_html.validate_telegram_html`,
  and the fake's ``violations`` (calls Telegram would reject) must be empty.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot import semantic
from bot.config import Settings, load_settings
from bot.service import Service
from handlers.app import build_application
from handlers.common import App
from tests import kbview
from tests.fake_bot_api import Call, FakeBotAPI
from tests.telegram_html import validate_telegram_html

REPO = Path(__file__).resolve().parents[1]
#: The curators' knowledge base as it is now (property tests only: tests/test_real_base.py).
LIVE_KNOWLEDGE = REPO / "knowledge"

_update_ids = itertools.count(700_000_001)
#: Handler tests record into a throw-away database, never the developer's ./var/.
_DATA_DIR = Path(tempfile.mkdtemp(prefix="summitbot-tests-"))
atexit.register(shutil.rmtree, _DATA_DIR, True)
#: The base as tested (see the module docstring), built before any test module is imported.
KB_VIEW = kbview.build(
    LIVE_KNOWLEDGE,
    _DATA_DIR / "knowledge",
    kbview.read_manifest(),
    kbview.read_manifest(kbview.RECORDS),
    kbview.read_manifest(kbview.VOCABULARY),
)
KNOWLEDGE = KB_VIEW.root
#: Set, not defaulted: a KNOWLEDGE_DIR left in the developer's shell must not decide what
#: `Service.from_dir()`, `load()` or a started `summitbot` process answer from.
os.environ["KNOWLEDGE_DIR"] = str(KNOWLEDGE)
#: The semantic stage's embedding cache (bot/semantic.py) goes there too, not to ./var/.
os.environ.setdefault("SEMANTIC_CACHE_DIR", str(_DATA_DIR / "semantic"))
#: Every Service (and every `summitbot` process a test starts) waits for the semantic stage:
#: the cache above starts cold, and on a loaded machine the fill can outlast the bot's 10 s.
os.environ.setdefault("SEMANTIC_STARTUP_WAIT_S", "180")


def make_settings(api_url: str, token: str, **env: str) -> Settings:
    """Settings as ``summitbot run`` would read them from this environment."""
    return load_settings(
        {
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_API_URL": api_url,
            "KNOWLEDGE_DIR": str(KNOWLEDGE),
            "LOG_LEVEL": "DEBUG",
            "DATA_DIR": str(_DATA_DIR),
            **env,
        }
    )


def html_texts(calls: Iterable[Call]) -> Iterator[tuple[str, str]]:
    """``(where, html)`` for every HTML text in the recorded calls (messages, edits, inline
    results)."""
    for call in calls:
        params = call.params
        if isinstance(params.get("text"), str) and str(params.get("parse_mode")).upper() == "HTML":
            yield f"{call.method}.text", params["text"]
        if isinstance(params.get("caption"), str) and str(params.get("parse_mode")).upper() == (
            "HTML"
        ):
            yield f"{call.method}.caption", params["caption"]
        results = params.get("results")
        if isinstance(results, list):
            for n, result in enumerate(results):
                content = result.get("input_message_content") if isinstance(result, dict) else None
                if (
                    isinstance(content, dict)
                    and isinstance(content.get("message_text"), str)
                    and str(content.get("parse_mode")).upper() == "HTML"
                ):
                    yield f"{call.method}.results[{n}]", content["message_text"]


def html_problems(calls: Iterable[Call]) -> list[str]:
    return [
        f"{where}: {problem}: {text[:200]!r}"
        for where, text in html_texts(calls)
        for problem in validate_telegram_html(text)
    ]


def unparsed_texts(calls: Iterable[Call]) -> list[str]:
    """Message texts sent without ``parse_mode=HTML`` (the bot always sends HTML)."""
    return [
        str(c.params.get("text"))[:80]
        for c in calls
        if c.method in ("sendMessage", "editMessageText")
        and str(c.params.get("parse_mode")).upper() != "HTML"
    ]


@pytest.fixture(scope="session")
def service() -> Service:
    """The base as tested, with the semantic stage ready: until its embeddings are filled the bot
    answers lexically, so a test that did not wait would depend on the machine's load."""
    svc = Service.from_dir(KNOWLEDGE)
    stage = semantic.shared()
    if stage is not None:
        assert stage.prepare(svc.snapshot.index).wait(120)
    return svc


#: An invented article quoting two leaders the base knew only from reports (tests only).
LEADERS_OVERLAY = REPO / "tests" / "fixtures" / "leaders-quoted"


@pytest.fixture(scope="session")
def leaders_quoted(tmp_path_factory: pytest.TempPathFactory) -> Service:
    """The base as tested plus ``LEADERS_OVERLAY`` (a curator's quotes of Tokayev and Xi), with
    the semantic stage ready; built once for every module that asks it."""
    root = tmp_path_factory.mktemp("leaders") / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    shutil.copy(LEADERS_OVERLAY / "zz-test-leaders.yaml", root / "zz-test-leaders.yaml")
    text = Path("texts") / "test-leaders-rail-2025.md"
    shutil.copy(LEADERS_OVERLAY / text, root / text)
    svc = Service.from_dir(root)
    stage = semantic.shared()
    if stage is not None:
        assert stage.prepare(svc.snapshot.index).wait(120)
    return svc


@pytest.fixture
def fake_api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as api:
        yield api


@pytest.fixture
async def tg_app(fake_api: FakeBotAPI, service: Service) -> AsyncIterator[App]:
    app = build_application(
        make_settings(fake_api.base_url, fake_api.token),
        service,
    )
    await app.initialize()
    try:
        yield app
    finally:
        await app.shutdown()
    calls = fake_api.calls
    assert html_problems(calls) == []
    assert unparsed_texts(calls) == []
    assert fake_api.violations == []


async def feed(app: App, update: dict[str, Any]) -> dict[str, Any]:
    """Process one update (as Telegram would send it) to completion; returns it."""
    update = dict(update)
    update.setdefault("update_id", next(_update_ids))
    parsed = Update.de_json(update, app.bot)
    assert parsed is not None
    await app.process_update(parsed)
    return update
