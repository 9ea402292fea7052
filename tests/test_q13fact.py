"""Issue 13, fact, event and person questions, round 13 (q13fact).

Each test fails when its rule (bot/tuning.py, section "q13fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service
from tests.asking import first as _first

# --- named things asked for with a word of specificity (tuning.ITEMS_NAMED) -------------------


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        # The minister's fact gives sectors, not projects: it answered, in his name.
        ("which specific projects are in coal chemistry", "fact-industry-sectors"),
        ("what projects exactly are in coal chemistry", "fact-industry-sectors"),
        # «Нагаспаева» beside «проектов» is the minister, not a project's name (semantic stage).
        ("какие конкретно проекты в углехимии", "fact-industry-sectors"),
        ("kakie imenno proekty", "fact-projects-total"),
        # Read «конкретне» (a letter lost in translit): the stem still asks.
        ("konkretnye proekty v gornodobyche", "fact-industry-sectors"),
        # A total is no list of projects; a count of outcomes is no list of them.
        ("what exactly are the 133 projects", "fact-projects-total"),
        ("list all 100+ outcomes from astana", "fact-astana-outcomes"),
        # "Which ones exactly": the thing asked stands before the pronoun.
        ("the projects - which ones exactly?", "fact-projects-total"),
    ],
)
def test_specific_things_are_answered_only_by_an_entry_naming_them(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, unnamed: str
) -> None:
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    monkeypatch.setattr(tuning, "ITEMS_NAMED", False)
    assert _first(service, question) == unnamed


def test_list_the_projects_is_not_answered_with_the_countries(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _first(service, "list the projects") is None
    monkeypatch.setattr(tuning, "ITEMS_NAMED", False)
    assert _first(service, "list the projects") == "fact-participants"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # Content, sectors and figures are no named things.
        ("what exactly did the treaty say", "fact-astana-signed"),
        ("what specifically did safarov say about the treaty", "safarov-treaty-way-forward"),
        ("which sectors do the projects cover", "fact-industry-sectors"),
        ("how many projects exactly", "fact-projects-total"),
        ("which projects are in coal chemistry", "fact-industry-sectors"),
        # A document named in the entry ("the Astana Declaration") says which one.
        ("какие именно соглашения подписали", "fact-astana-signed"),
        ("what exactly was signed in astana", "fact-astana-signed"),
        ("what exactly were the outcomes of the astana summit", "fact-astana-signed"),
        ("how many outcomes exactly were reached", "fact-astana-outcomes"),
        # Words asked for are shown verbatim under their speaker, whatever they name.
        ("what projects exactly did the minister talk about", "nagaspayev-industrial-cooperation"),
    ],
)
def test_items_named_near_misses_keep_their_answers(
    service: Service, question: str, entry: str
) -> None:
    assert _first(service, question) == entry


# --- the kind of place a "where" question asks for (tuning.PLACE_KIND_ASKED) ------------------


@pytest.mark.parametrize(
    "question",
    [
        "which country hosted the 2025 summit",
        "which city hosted the 2025 summit and what country is it capital of",
    ],
)
def test_a_where_questions_place_word_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.entries[:1] == ("summit-2025-astana",)
    assert "Astana, Kazakhstan" in a.blocks[0].text
    monkeypatch.setattr(tuning, "PLACE_KIND_ASKED", False)
    # "A Central Asian country" in the fact about the first summit held there won.
    assert _first(service, question) == "fact-first-in-central-asia"


@pytest.mark.parametrize(
    ("question", "before"),
    [
        # No "where" typed: "which country"/«в какой стране» asks it (one place, a topic left).
        ("what country was the astana summit in", "fact-participants"),
        ("в какой стране прошёл саммит 2025 года", "fact-first-in-central-asia"),
    ],
)
def test_which_country_asks_where(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, before: str
) -> None:
    assert _first(service, question) == "summit-2025-astana"
    monkeypatch.setattr(tuning, "PLACE_KIND_ASKED", False)
    assert _first(service, question) == before


def test_place_kind_near_misses_keep_their_answers(service: Service) -> None:
    # "Minister" alone is no topic of a place: still refused, nobody shown.
    a = service.ask("what country is the minister from")
    assert not a.answered and a.speakers == ()
    # Which countries (several) are asked for, not where.
    assert _first(service, "which countries are in the china central asia format") == (
        "fact-participants"
    )
    # Not a where-question: the countries are what is asked.
    assert _first(service, "which countries took part in the astana summit") == (
        "fact-participants"
    )
    assert _first(service, "in which country is the secretariat") == "fact-secretariat"
    assert _first(service, "which country will host the next summit") == "summit-2027-china"
