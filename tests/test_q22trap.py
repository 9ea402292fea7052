"""Issue 13, questions that take a wrong detail as given, round 22 (q22trap).

Each test fails when its rule (bot/tuning.py, section "q22trap") is switched off; the near
misses beside them keep their old answers.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

# --- a named person's words turned to their opposite (tuning.Q22_SAID_OPPOSITE) ---------------


@pytest.mark.parametrize(
    ("question", "quote", "lead"),
    [
        (
            "why did safarov say china is reckless with its partners?",
            "safarov-treaty-way-forward",
            "No: Saifullo Safarov said the opposite.",
        ),
        (
            "why did osmonaliyev say central asia is becoming passive and dependent on china",
            "osmonaliyev-proactive-role",
            "No: Kairat Osmonaliyev said the opposite.",
        ),
        (
            "safarov called the treaty a dead end for cooperation, why?",
            "safarov-treaty-way-forward",
            "No: Saifullo Safarov said the opposite.",
        ),
        (
            "why did nagaspayev complain that industrial cooperation with china is stalling?",
            "nagaspayev-industrial-cooperation",
            "No: Yersaiyn Nagaspayev said the opposite.",
        ),
        (
            "почему Осмоналиев сказал, что страны ЦА теряют самостоятельность?",
            "osmonaliyev-proactive-role",
            "Нет: Кайрат Осмоналиев сказал обратное.",
        ),
        (
            "Почему Сафаров назвал Китай безрассудным в отношениях с партнёрами?",
            "safarov-treaty-way-forward",
            "Нет: Сайфулло Сафаров сказал обратное.",
        ),
        (
            "pochemu safarov skazal chto kitay bezrassudnyy",
            "safarov-treaty-way-forward",
            "Нет: Сайфулло Сафаров сказал обратное.",
        ),
    ],
)
def test_words_turned_are_put_right_with_his_own(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == (quote,), text
    assert text.startswith(lead), text
    speaker = service.snapshot.index.kb.quotes[quote].speaker
    assert a.speakers == (speaker,), text
    # Off: "I can't confirm that ..." (his words a button), his card, or a refusal.
    monkeypatch.setattr(tuning, "Q22_SAID_OPPOSITE", False)
    off = service.ask(question)
    assert not to_text(off).startswith(lead), to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "why did safarov say the weather is bad",  # not on his words' topic
        "why did safarov say china is bad at football",
        "why did osmonaliyev say china is passive",  # he said it of Central Asia
        "did safarov say china is not reckless",  # denied: the denial checks' question
    ],
)
def test_near_misses_are_not_said_to_be_the_opposite(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert "said the opposite" not in text, text
