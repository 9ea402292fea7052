"""Lead rules of round 24 (bot/tuning.py, section "lead, round 24")."""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


@pytest.mark.parametrize(
    "question",
    [
        "Привет! Как дела?",
        "Как твои дела?",
        "kak dela?",
        "что нового?",
        "how's it going?",
        "what's new?",
    ],
)
def test_small_talk_is_greeted_not_answered_with_a_record(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # «Как дела?» showed Wang Yi's card («министр иностранных дел»), "how's it going?" a fact,
    # «что нового?» Safarov's words: small talk is answered as a greeting, with no record.
    a = service.ask(question)
    assert a.kind == "help" and not a.entries and not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q24_SMALL_TALK", False)
    assert service.ask(question).kind != "help"


def test_small_talk_beside_a_question_leaves_the_question(service: Service) -> None:
    a = service.ask("Привет, как дела? Кто такой Сафаров?")
    assert a.answered and a.entries[0] == "saifullo-safarov", to_text(a)
    assert service.ask("what's new in the treaty?").kind != "help"
