"""Issue 13, known misses of the lexical stage, round 19 (q19fix).

Each test fails when its rule (bot/tuning.py, section "q19fix") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


def _first(service: Service, question: str) -> str | None:
    """The first entry answering, or None when refused."""
    a = service.ask(question)
    return a.entries[0] if a.answered and a.entries else None


# --- "what did xi say in astana": his reported words, not the leaders' list ------------------
# (tuning.Q19_SAID_SETTING_REPORTED)


@pytest.mark.parametrize(
    "question",
    [
        "what did xi say in astana",
        "what did xi jinping say at the astana summit",
        "what did xi say at the second summit",
        "что сказал си в астане",
        "chto skazal si v astane",
    ],
)
def test_said_at_a_summit_falls_back_to_his_reported_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert not a.answered and a.kind == "unknown_person" and not a.speakers, text
    assert "Xi" in text or "Си" in text
    spirit = ("Spirit", "«Дух")
    assert any(s in text for s in spirit), text
    assert "Six presidents" not in text and "шесть президентов" not in text
    monkeypatch.setattr(tuning, "Q19_SAID_SETTING_REPORTED", False)
    # Off: the leaders' list (or the keynote) under "what my sources report".
    assert not any(s in to_text(service.ask(question)) for s in spirit)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # Nothing reports Japarov's words in Astana: the leaders' list, as before.
        ("what did japarov say in astana", "Six presidents"),
        # A topic asked: the report that he spoke, not the Spirit as if on the treaty.
        ("what did xi say about the treaty in astana", "keynote speech"),
    ],
)
def test_said_at_a_summit_near_misses(service: Service, question: str, shown: str) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert not a.answered and not a.speakers and shown in text, text
    assert "Spirit" not in text
