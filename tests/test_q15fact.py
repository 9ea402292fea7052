"""Issue 13, summits, places and hosts, round 15 (q15fact).

Each test fails when its rule (bot/tuning.py, section "q15fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first as _first

# --- "when" is answered only by an entry that states a date (tuning.Q15_WHEN_NEEDS_DATE) -----


@pytest.mark.parametrize(
    "question",
    [
        "when was the belt and road initiative launched",
        "когда запустили инициативу пояс и путь",
    ],
)
def test_when_is_not_answered_by_an_undated_fact(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q15_WHEN_NEEDS_DATE", False)
    # The Belt and Road fact (undated, of the Astana summit) answered as if it said when.
    assert _first(service, question) == "fact-belt-and-road"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "launched" is a word of the sources for the secretariat's opening (synonyms.yaml)
        ("when was the secretariat launched", "fact-secretariat"),
        ("when was the secretariat inaugurated", "fact-secretariat"),
        ("когда открылся секретариат", "fact-secretariat"),
        ("in what year was the xian declaration adopted", "fact-xian-signed"),
        ("when was the first summit", "summit-2023-xian"),
        # a second question after "and": the "when" is only the first one's
        (
            "when was the summit mechanism agreed and what does it say about frequency",
            "fact-summit-mechanism",
        ),
    ],
)
def test_dated_entries_still_answer_when(service: Service, question: str, entry: str) -> None:
    assert _first(service, question) == entry


def test_a_timeline_list_finds_the_secretariat_launch(service: Service) -> None:
    # knowledge/synonyms.yaml: "launch" is the sources' word for the secretariat's opening
    a = service.ask("first summit, secretariat launch, second summit, next summit - dates?")
    assert {"summit-2023-xian", "fact-secretariat", "summit-2025-astana"} <= set(a.entries)


# --- words asked of "anyone from" a country nobody of it is quoted (Q15_NOBODY_QUOTED_FROM) ---


@pytest.mark.parametrize(
    "question",
    [
        "was someone from uzbekistan or turkmenistan quoted?",
        "was somebody from turkmenistan quoted?",
        "did anyone from china say anything about the treaty",
    ],
)
def test_nobody_quoted_from_a_country_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q15_NOBODY_QUOTED_FROM", False)
    # The participants' fact passed for a yes; "anyone from China" got a Tajik's words.
    off = service.ask(question)
    assert off.answered


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("is someone from tajikistan quoted", "saifullo-safarov"),
        ("was anybody from kyrgyzstan quoted", "kairat-osmonaliyev"),
        ("was someone from tajikistan or turkmenistan quoted", "saifullo-safarov"),
    ],
)
def test_a_country_with_a_quoted_person_still_gets_them(
    service: Service, question: str, speaker: str
) -> None:
    a = service.ask(question)
    assert a.answered and set(a.speakers) == {speaker}


@pytest.mark.parametrize(
    "question",
    [
        "was anyone from uzbekistan or turkmenistan quoted?",
        "кто-то из туркменистана цитируется?",
        "did anyone say china threatens russia",
        "did anyone from russia speak",
        "did anybody say the secretariat is useless",
        "when did the bri start",
        "when was the silk road created",
    ],
)
def test_near_misses_with_anyone_show_nobody(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)
    assert not a.speakers


# --- a summit never held, asked what was said of it (tuning.Q15_ORDINAL_NEVER_HELD_SAID) -----


@pytest.mark.parametrize(
    "question",
    [
        "did someone talk about the fourth summit",
        "what did xi say about the fourth summit",
    ],
)
def test_words_of_a_summit_never_held_are_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)
    monkeypatch.setattr(tuning, "Q15_ORDINAL_NEVER_HELD_SAID", False)
    # "fourth" found Xi's four "mutuals", shown as what he said of a fourth summit.
    assert _first(service, question) == "fact-spirit"


def test_what_xi_proposed_at_a_summit_held_is_still_answered(service: Service) -> None:
    assert _first(service, "what did xi propose at the second summit") == "fact-spirit"


# --- "the first summit in astana": both readings (tuning.Q15_FIRST_IN_PLACE_BOTH) ------------


@pytest.mark.parametrize(
    "question",
    [
        "when was the first summit in astana",
        "when was the first summit held in astana",
        "когда был первый саммит в астане",
    ],
)
def test_first_summit_in_a_later_summits_city_gets_both_cards(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.entries[:2] == ("summit-2023-xian", "summit-2025-astana"), to_text(a)
    assert not to_text(a).startswith(("Not in", "Не в"))
    monkeypatch.setattr(tuning, "Q15_FIRST_IN_PLACE_BOTH", False)
    # Corrected to Xi'an alone: a guess at one reading.
    assert service.ask(question).entries == ("summit-2023-xian",)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("was the first summit in astana", "No: not in Astana"),
        ("the first summit was in astana, when?", "Not in Astana"),
        ("первый саммит был в астане, когда?", "Не в Астане"),
        ("why did the first summit take place in astana in 2023", "Not in Astana"),
        ("when was the second summit in xian", "Not in Xi'an"),
        ("when was the first summit in almaty", "Not in Almaty"),
    ],
)
def test_a_stated_place_is_still_corrected(service: Service, question: str, lead: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith(lead), text


def test_the_first_summit_in_its_own_country_is_one_card(service: Service) -> None:
    assert service.ask("when was the first summit in china").entries == ("summit-2023-xian",)
