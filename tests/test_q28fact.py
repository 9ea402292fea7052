"""Traps and facts of mix14, traps10 and traps12, round 28 (q28fact).

Each test fails when its rule (bot/tuning.py, section "q28fact") is switched off; the near
misses beside them stay refused, never answered with a record that does not settle them.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first, refused, shown

# --- a thing said signed at a summit's place the record does not list ---------------------
# (tuning.Q28F_UNLISTED_SIGNING)

_UNLISTED = [
    ("is it true they signed a military alliance in Astana?", "No: my sources list"),
    ("did they sign a military alliance at the astana summit?", "No: my sources list"),
    ("Правда, что в Астане договорились о единой валюте?", "Нет: по моим источникам"),
]


@pytest.mark.parametrize(("question", "lead"), _UNLISTED)
def test_unlisted_signing_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-astana-signed", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q28F_UNLISTED_SIGNING", False)
    # Before: refused, though the record of what was signed in Astana answers.
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        # no verb of signing: what was discussed, no record lists
        "is it true they discussed a single currency in Astana",
        # what a document holds, not what was signed
        "does the treaty signed in Astana ban nuclear weapons?",
        # no summit at the place; a summit not yet held
        "did they sign a military alliance in Tashkent",
        "will they sign a military alliance in 2027?",
        # Xi'an's memoranda covered "among other things": no whole list to deny by
        "did they sign a military alliance in xian?",
    ],
)
def test_unlisted_signing_needs_a_whole_record(service: Service, question: str) -> None:
    refused(service, question)


# --- a weekday is a day of the week (knowledge/vocabulary.yaml abbreviations) -------------


def test_weekday_is_a_day_of_the_week(service: Service) -> None:
    q = "Hey quick one - what weekday was the astana summit on?"
    a = service.ask(q)
    assert first(service, q) == "summit-2025-astana", to_text(a)
    assert "Tuesday" in to_text(a), to_text(a)


# --- an act put to a person the base only names (tuning.Q28F_NAMED_AS_AGENT) --------------

_AGENT = [
    "why did Xi open the secretariat in Astana",
    "почему Си Цзиньпин открыл секретариат в Астане",
    "zachem si czinpin otkryl sekretariat v astane",
]


@pytest.mark.parametrize("question", _AGENT)
def test_act_put_to_a_named_person_is_the_acts_record(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-secretariat", to_text(a)
    assert not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q28F_NAMED_AS_AGENT", False)
    # Before: Xi's card, which says nothing of the secretariat.
    assert shown(service, question) == ("xi-jinping", ("xi-jinping",)), to_text(
        service.ask(question)
    )


@pytest.mark.parametrize("question", ["who is xi jinping", "xi jinping"])
def test_a_named_person_alone_keeps_the_card(service: Service, question: str) -> None:
    assert shown(service, question) == ("xi-jinping", ("xi-jinping",))


@pytest.mark.parametrize(
    "question",
    ["what did xi say about the secretariat", "who said xi opened the secretariat"],
)
def test_words_put_to_a_named_person_stay_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- a figure's scale is part of it (tuning.Q28F_FIGURE_SCALE) ----------------------------

_SCALED = [
    (
        "why did the kazakh minister say only 35 million dollars??",
        "No: not 35 million dollars: my sources say 35 billion dollars.",
    ),
    (
        "did nagaspayev say 54 projects worth nine million dollars were done?",
        "No: not nine million dollars: my sources say nine billion dollars.",
    ),
    (
        "Нагаспаев сказал про 35 миллионов долларов?",
        "Нет: не 35 миллионов долларов: по моим источникам — 35 млрд долларов.",
    ),
]


@pytest.mark.parametrize(("question", "lead"), _SCALED)
def test_scale_is_part_of_the_figure(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert shown(service, question) == (
        "nagaspayev-industrial-cooperation",
        ("yersaiyn-nagaspayev",),
    ), to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q28F_FIGURE_SCALE", False)
    # Before: "I can't confirm", or "Yes", the 35 of "35 billion" read as the claim's 35.
    assert not to_text(service.ask(question)).startswith(lead[:6])


@pytest.mark.parametrize(
    "question",
    [
        "did nagaspayev say 133 projects worth 35 billion dollars",
        "the kazakh minister said 35 billion dollars, right?",
    ],
)
def test_the_right_scale_stays_confirmed(service: Service, question: str) -> None:
    a = service.ask(question)
    assert to_text(a).startswith("Yes"), to_text(a)


# --- a word before an office that makes it another office (tuning.Q28F_OTHER_OFFICE) ------

_OTHER_OFFICE = [
    ("who is the prime minister of kazakhstan", "Not the prime minister of kazakhstan:"),
    ("премьер-министр казахстана", "Не «премьер-министр казахстана»:"),
]


@pytest.mark.parametrize(("question", "lead"), _OTHER_OFFICE)
def test_another_office_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    # Twin rule: since round 30 nobody holds the office asked (tuning.L30_OFFICE_NOBODY_HOLDS:
    # refused, tests/test_lead30.py); switched off, this rule's lead is what is read.
    monkeypatch.setattr(tuning, "L30_OFFICE_NOBODY_HOLDS", False)
    a = service.ask(question)
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q28F_OTHER_OFFICE", False)
    # Before: his card, as if he held the office asked.
    b = service.ask(question)
    assert b.speakers == ("yersaiyn-nagaspayev",), to_text(b)
    assert not to_text(b).startswith(lead[:3]), to_text(b)


@pytest.mark.parametrize(
    "question", ["who is the kazakh minister", "who is the industry minister of kazakhstan"]
)
def test_the_plain_office_keeps_the_card(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.speakers == ("yersaiyn-nagaspayev",), to_text(a)
    assert to_text(a).startswith("Yersaiyn Nagaspayev:"), to_text(a)
