"""Issue 13 (q11quote): quote questions, claims and speaker traps, round 11, on the real base.

Each rule of the q11quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` (the path every front end uses) and failing when switched off. The questions
are written for these tests (a few are the issue's own leads, to show the rule reaches them).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.seed_ids import (
    NAGASPAYEV,
    NAGASPAYEV_QUOTE,
    OSMONALIYEV,
    SAFAROV,
    SAFAROV_QUOTE,
    shown,
)

# --- A statement with a verb of calling is a claim (tuning.CALLING_CLAIMS) -----------------


@pytest.mark.parametrize(
    "question",
    [
        "osmonaliyev called china prudent",
        "osmonaliyev praised china as prudent",
        "osmonaliyev described china as prudent",
        "the kyrgyz diplomat praised china as prudent",
    ],
)
def test_words_credited_by_calling_are_corrected_not_a_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The words are Safarov's: the answer says No and names him, never Osmonaliyev's card."""
    a = service.ask(question)
    assert a.kind == "correction" and a.speakers == (SAFAROV,)
    assert to_text(a).startswith("No")
    monkeypatch.setattr(tuning, "CALLING_CLAIMS", False)
    a = service.ask(question)
    assert a.kind == "person" and a.entries == (OSMONALIYEV,)


@pytest.mark.parametrize(
    "question", ["Осмоналиев похвалил Китай за мудрость", "osmonaliyev called the summit a failure"]
)
def test_words_nobody_said_are_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Words in none of his quotes are "not sure", his card no yes to them."""
    a = service.ask(question)
    assert a.kind == "unconfirmed" and not a.answered
    monkeypatch.setattr(tuning, "CALLING_CLAIMS", False)
    assert service.ask(question).kind == "person"


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        ("safarov called china prudent", SAFAROV_QUOTE, SAFAROV),
        ("nagaspayev described the summit as an excellent platform", NAGASPAYEV_QUOTE, NAGASPAYEV),
    ],
)
def test_words_of_their_own_are_confirmed(
    service: Service, question: str, quote: str, speaker: str
) -> None:
    a = service.ask(question)
    assert shown(service, question) == (quote, (speaker,), "quote")
    assert to_text(a).startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["what did osmonaliyev call china", "who called china prudent", "is safarov called saifullo"],
)
def test_questions_with_a_verb_of_calling_are_no_statements(question: str) -> None:
    from bot.matcher import _calling_statement

    assert not _calling_statement(tuple(question.split()))
