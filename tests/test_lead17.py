"""Round 17, the lead's rules on summits (tuning "# q17claim" section's tail).

Each rule is switched off once to show its test notices it. The questions are written for these
tests, not taken from a development or blind set.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("the summit in astana lasted three days?", "No: not 3 days: my sources say 1 day."),
        ("was the astana summit a two-day event?", "No: not 2 days: my sources say 1 day."),
        ("саммит в астане длился три дня?", "Нет: не 3 дня: по моим источникам — 1 день."),
        ("was the first summit a one-day event?", "No: not 1 day: my sources say 2 days."),
    ],
)
def test_a_wrong_number_of_days_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.kind == "event" and to_text(a).startswith(lead)
    monkeypatch.setattr(tuning, "Q17_DURATION_CLAIM", False)
    assert not to_text(service.ask(question)).startswith(lead.split(":")[0])


@pytest.mark.parametrize(
    "question", ["was the first summit a two-day event?", "how long did the first summit last"]
)
def test_a_right_number_or_a_plain_question_gets_the_card_alone(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries == ("summit-2023-xian",)
    assert not to_text(a).startswith("No")


@pytest.mark.parametrize(
    "question", ["did xi host the next summit", "will tokayev host the 2027 summit?"]
)
def test_a_host_asked_of_the_summit_to_come_gets_its_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The base names no host of the 2027 summit, only China: its card, not Astana's hosting."""
    a = service.ask(question)
    assert a.answered and a.entries == ("summit-2027-china",)
    monkeypatch.setattr(tuning, "Q17_HOST_OF_UNDATED", False)
    assert service.ask(question).entries != ("summit-2027-china",)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "was the first summit held in the capital of china?",
            "No: not in Beijing: my sources say Xi'an.",
        ),
        ("was the first summit in china's capital?", "No: not in Beijing: my sources say Xi'an."),
        ("was the second summit held in the capital of uzbekistan?", "No: not in Tashkent:"),
        ("первый саммит прошёл в столице китая?", "Нет: не в Пекине: по моим источникам — Сиань."),
    ],
)
def test_a_capital_asked_is_put_right_as_the_city(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    """Xi'an is in China, so "the capital of china" read as China left nothing to put right."""
    assert to_text(service.ask(question)).startswith(lead)
    monkeypatch.setattr(tuning, "Q17_CAPITAL_AS_PLACE", False)
    assert not to_text(service.ask(question)).startswith(lead)


def test_the_right_capital_gets_the_card_alone(service: Service) -> None:
    a = service.ask("was the second summit held in kazakhstan's capital?")
    assert a.entries == ("summit-2025-astana",) and not to_text(a).startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "кто говорил про общее будущее Китая и Центральной Азии",
        "kto govoril pro obshchee budushchee kitaya i centralnoy azii",
    ],
)
def test_a_shared_future_is_not_a_price(service: Service, question: str) -> None:
    """«Общий» is "shared" (knowledge/synonyms.yaml), not a word of worth: in the worth group,
    «общее будущее» read as "worth future" and split Safarov against Nagaspayev's projects."""
    a = service.ask(question)
    assert a.answered and a.speakers == ("saifullo-safarov",)


@pytest.mark.parametrize(
    "question", ["was wu yingqin a diplomat before?", "кем был Сафаров раньше"]
)
def test_a_persons_past_is_not_answered_by_their_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """A card tells what a person is, not what they were before (tuning.Q18_PAST_OF_PERSON)."""
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "Q18_PAST_OF_PERSON", False)
    assert service.ask(question).kind == "person"
