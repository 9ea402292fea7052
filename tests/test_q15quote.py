"""Round 15, who said what: words shown for a premise they do not bear out.

The questions are written for these tests (not taken from any development or blind set).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

#: A person's words asked at a summit the base never held (an ordinal no summit bears, a year no
#: summit was held in): the words are the person's, so they are shown, but only after a lead
#: saying no such summit is known (tuning.Q15_WORDS_AT_UNHELD_SUMMIT).
UNHELD = [
    ("what did safarov say at the fourth summit", "saifullo-safarov", "fourth summit"),
    ("what did nagaspayev say at the 2021 summit", "yersaiyn-nagaspayev", "2021 summit"),
    ("what were nagaspayev's words at the 5th summit", "yersaiyn-nagaspayev", "5"),
    ("что сказал Сафаров на четвёртом саммите", "saifullo-safarov", "четв"),
]


@pytest.mark.parametrize(("question", "speaker", "summit"), UNHELD)
def test_words_asked_at_a_summit_never_held_say_so_first(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str, summit: str
) -> None:
    a = service.ask(question)
    assert a.speakers and set(a.speakers) == {speaker}
    first = to_text(a).split("\n", 1)[0]
    assert summit in first
    assert first.startswith("My sources know no") or "нет такого саммита" in first
    monkeypatch.setattr(tuning, "Q15_WORDS_AT_UNHELD_SUMMIT", False)
    assert summit not in to_text(service.ask(question)).split("\n", 1)[0]


@pytest.mark.parametrize(
    "question",
    [
        "what did safarov say at the astana summit",
        "what did safarov say at the 2025 summit",
        "what did safarov say at the second summit",
    ],
)
def test_words_at_the_summit_they_were_said_at_get_no_such_lead(
    service: Service, question: str
) -> None:
    text = to_text(service.ask(question))
    assert "know no" not in text
