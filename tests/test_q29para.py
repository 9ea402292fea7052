"""Quote paraphrases still refused, round 29 (q29para: quotes13, quotes11, paraphrases7).

Each test fails when its rule (bot/tuning.py, section "q29para") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown

SAFAROV = ("safarov-treaty-way-forward", ("saifullo-safarov",))


# --- a stand-in read as the base's word by both stages (tuning.Q29P_STAND_IN_AGREES) -----------

_STAND_IN = [
    "the person who called Beijing's diplomacy careful and clever",
    "who called Beijing's diplomacy careful and clever",
]


@pytest.mark.parametrize("question", _STAND_IN)
def test_stand_in_agrees(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    assert shown(service, question) == SAFAROV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q29P_STAND_IN_AGREES", False)
    # Before: refused (the stages' margin 0.04: "beijing" weighed the word check's lead away).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who called Beijing's diplomacy reckless",
        "who called Beijing's diplomacy careful and slow",
        "the person who called Beijing's economy careful and clever",
        "who said Beijing's diplomacy is aggressive",
    ],
)
def test_stand_in_near_misses(service: Service, question: str) -> None:
    refused(service, question)


def test_stand_in_other_speaker(service: Service) -> None:
    # A real person asked about words he never said: not confirmed, nobody else's words.
    a = service.ask("did Osmonaliyev call Beijing's diplomacy careful and clever")
    assert not a.answered and "saifullo-safarov" not in a.speakers, to_text(a)


# --- nouns that name whoever is quoted are the frame (tuning.Q29P_SPEAKER_NOUNS) ----------------

OSMONALIYEV = ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",))

_SPEAKER_NOUNS = [
    "as a journalist I need to verify: did a Kyrgyz source say Central Asia makes China its "
    "number one partner? exact wording please",
]


@pytest.mark.parametrize("question", _SPEAKER_NOUNS)
def test_speaker_nouns(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    assert shown(service, question) == OSMONALIYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q29P_SPEAKER_NOUNS", False)
    # Before: refused ("source", a word no entry's text explains).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "did a Kyrgyz source say China is Central Asia's biggest threat",
        "did a Kyrgyz source say Central Asia makes Russia its number one partner",
        "did a Kyrgyz source say Central Asia makes China its number one enemy",
        "did a Tajik source say Central Asia makes China its number one partner",
        "did any of the commentators tie the pact to nuclear power",
        "which countries were the sources from",
    ],
)
def test_speaker_nouns_near_misses(service: Service, question: str) -> None:
    refused(service, question)
