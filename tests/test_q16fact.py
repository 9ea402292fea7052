"""Issue 13, summits, places, hosts and facts, round 16 (q16fact).

Each test fails when its rule (bot/tuning.py, section "q16fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first as _first

# --- a leader's journey is his attendance (tuning.Q16_TRAVEL_IS_PRESENCE) ---------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("did xi travel to astana for the summit", "fact-leaders-astana"),
        ("Приезжал ли Си Цзиньпин в Астану?", "fact-leaders-astana"),
        ("did tokayev come to xian", "fact-leaders-xian"),
        ("did xi jinping make the trip to astana", "fact-leaders-astana"),
        ("si czinpin priezzhal v astanu?", "fact-leaders-astana"),
    ],
)
def test_a_leaders_journey_gets_the_leaders_list(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert not a.speakers  # a list of who came, nobody's words
    monkeypatch.setattr(tuning, "Q16_TRAVEL_IS_PRESENCE", False)
    # Read as a claim about his words: "I have no quotes from Xi Jinping", "I can't confirm
    # that Tokayev said that".
    assert _first(service, question) != entry


@pytest.mark.parametrize(
    "question",
    [
        "did putin come to astana",  # nobody of the base
        "did the french president come to astana",
        "did nagaspayev travel to xian",  # a minister: no list says who else came
        "did xi go to astana in 2023",  # two summits named: neither confirmed
    ],
)
def test_a_journey_of_someone_no_list_names_is_not_confirmed(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    shown = {"fact-leaders-astana", "fact-leaders-xian", "fact-participants"}
    assert not a.answered or not set(a.entries) & shown, to_text(a)
    assert not a.speakers


def test_the_users_frame_is_not_the_act_asked(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "did the Turkmen president sign the treaty too? my teacher says turkmenistan is neutral"
    a = service.ask(q)
    assert a.answered and "fact-leaders-astana" in a.entries, to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q16_TOLD_BY_CUT", False)
    # "says" made it a question of words: "I have no quotes from Serdar Berdimuhamedov".
    assert "fact-leaders-astana" not in service.ask(q).entries


# --- how long a summit lasted: its card, with its dates (tuning.Q16_DURATION_OF_NAMED) --------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("was the first summit a one-day event?", "summit-2023-xian"),
        ("how long did the first summit last", "summit-2023-xian"),
        ("сколько дней длился первый саммит", "summit-2023-xian"),
        ("was the astana summit a two-day event", "summit-2025-astana"),
        ("was the astana summit one day long", "summit-2025-astana"),  # "one" no ordinal
        ("was the xian summit over two days", "summit-2023-xian"),  # "two" no ordinal
    ],
)
def test_a_summits_duration_gets_its_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    monkeypatch.setattr(tuning, "Q16_DURATION_OF_NAMED", False)
    assert _first(service, question) != entry


@pytest.mark.parametrize(
    "question",
    [
        "how many days did the secretariat take to open",  # no summit named
        "how long did the first summit's declaration take to negotiate",  # not the card's
    ],
)
def test_a_duration_of_something_else_is_not_a_summits_card(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered or not a.entries[0].startswith("summit-"), to_text(a)


# --- a summit city asked about as a place: its summit's card (tuning.Q16_SUMMIT_CITY_ASKED) ---


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what's xi'an the capital of", "summit-2023-xian"),
        ("Сиань столица какой провинции", "summit-2023-xian"),
        ("столицей чего является Астана", "summit-2025-astana"),
        # got the list of the countries taking part / the Xi'an Declaration's fact
        ("what country is astana in", "summit-2025-astana"),
        ("which country is xian in", "summit-2023-xian"),
        ("в какой стране находится Сиань", "summit-2023-xian"),
    ],
)
def test_a_summit_city_asked_as_a_place_gets_its_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    # the card says which province or country the city is in
    assert any(w in to_text(a) for w in ("Shaanxi", "Шэньси", "Казахстан", "Kazakhstan"))
    monkeypatch.setattr(tuning, "Q16_SUMMIT_CITY_ASKED", False)
    assert _first(service, question) != entry


@pytest.mark.parametrize(
    "question",
    ["what is the capital of uzbekistan", "what is xian the capital of, and who lives there"],
)
def test_a_capital_not_of_a_summit_city_stays_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)


# --- the summits as a whole: the mechanism and each card (tuning.Q16_SUMMITS_OVERVIEW) ----------


@pytest.mark.parametrize(
    "question",
    [
        "tell me about the china central asia summits in a few lines",
        "briefly, what are the china central asia summits",
        "расскажи вкратце о саммитах Китай — Центральная Азия",
    ],
)
def test_an_overview_of_the_summits_gets_the_mechanism_and_the_cards(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered, to_text(a)
    assert a.entries[0] == "fact-summit-mechanism"
    assert {"summit-2023-xian", "summit-2025-astana"} <= set(a.entries)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q16_SUMMITS_OVERVIEW", False)
    assert _first(service, question) != "fact-summit-mechanism"


def test_one_summit_named_is_not_an_overview(service: Service) -> None:
    a = service.ask("tell me about the summits xi attended")
    assert "fact-summit-mechanism" not in a.entries, to_text(a)


# --- a summit asked of a year to come that none is set for (tuning.Q16_YEAR_NOT_PLANNED) ------


@pytest.mark.parametrize(
    "question",
    [
        "since the summits happen every year, where's the 2026 one?",
        "where is the 2026 summit",
    ],
)
def test_a_year_no_summit_is_set_for_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "summit-2027-china", to_text(a)
    assert "fact-summit-mechanism" in a.entries  # every two years
    assert "2026" in to_text(a).splitlines()[0]  # the premise put right first
    monkeypatch.setattr(tuning, "Q16_YEAR_NOT_PLANNED", False)
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "where was the 2024 summit",
        "what did xi say at the 2026 summit",
        "what will be signed at the 2029 summit",
    ],
)
def test_a_past_year_or_words_asked_stay_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)


def test_a_year_after_the_next_summit_gets_how_they_take_turns(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "where will the 2029 summit likely be"
    a = service.ask(q)
    assert a.answered and a.entries == ("fact-summit-mechanism",), to_text(a)
    assert "2029" not in to_text(a).splitlines()[0]  # no correction: 2029 is not ruled out
    monkeypatch.setattr(tuning, "Q16_YEAR_NOT_PLANNED", False)
    assert _first(service, q) is None


# --- a figure given back to ask what it is (tuning.Q16_FIGURE_ASKED_BACK) ----------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "9 billion dollars - what does that number refer to in the summit coverage",
            "fact-projects-implemented",
        ),
        ("9 млрд долларов - что это за цифра", "fact-projects-implemented"),
        ("what does 133 refer to", "fact-projects-total"),
    ],
)
def test_a_figure_asked_back_gets_the_fact_stating_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    monkeypatch.setattr(tuning, "Q16_FIGURE_ASKED_BACK", False)
    assert _first(service, question) != entry


@pytest.mark.parametrize(
    "question",
    ["what does 7 billion refer to", "what does 12 refer to in the article"],
)
def test_a_figure_no_fact_states_stays_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)


# --- a sum asked is answered only by a record stating one (tuning.Q16_SUM_NEEDS_MONEY) --------


@pytest.mark.parametrize(
    "question",
    [
        "how much did china sign with uzbekistan at the xi'an summit",
        "how much did china agree with tajikistan at the xian summit",
    ],
)
def test_a_sum_no_record_states_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q16_SUM_NEEDS_MONEY", False)
    # The first summit's leaders (its dates its only figures) passed for the sum.
    assert _first(service, question) is not None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how much did china sign with kazakhstan at the first summit", "fact-kazakhstan-22bn"),
        ("how much are the completed projects worth", "fact-projects-implemented"),
    ],
)
def test_a_sum_stated_still_answers(service: Service, question: str, entry: str) -> None:
    assert _first(service, question) == entry


# --- a verb of coming ends an office's words (tuning.Q16_ORIGIN_TRAVEL_VERBS) ------------------


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("откуда приехал политолог", "saifullo-safarov"),
        ("откуда приехал киргизский эксперт", "kairat-osmonaliyev"),
        ("where did the expert travel from", "saifullo-safarov"),
        ("откуда приехал эксперт", "saifullo-safarov"),  # as «откуда эксперт» gets
    ],
)
def test_where_an_office_holder_came_from_gets_his_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == person, to_text(a)
    assert a.kind == "person"  # his card (his role and country), not his words
    monkeypatch.setattr(tuning, "Q16_ORIGIN_TRAVEL_VERBS", False)
    assert _first(service, question) != person


def test_a_signing_denied_by_the_users_frame_is_still_checked(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "did safarov sign the treaty? my teacher says he did"
    a = service.ask(q)
    # "No: not Saifullo Safarov: my sources say Xi Jinping, …": the leaders signed it.
    assert a.answered and "fact-leaders-astana" in a.entries, to_text(a)
    assert to_text(a).startswith("No")
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q16_TOLD_BY_CUT", False)
    # His words about the treaty were shown as if they confirmed he signed it.
    assert "fact-leaders-astana" not in service.ask(q).entries


def test_something_else_asked_of_a_year_to_come_stays_refused(service: Service) -> None:
    a = service.ask("what was signed at the 2026 summit")
    assert not a.answered, to_text(a)


# --- "the second one": "one" after a summit's mark is no number 1 (tuning.Q16_ORDINAL_ONE) ----


def test_one_after_a_summits_mark_is_no_first_summit(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "the second one was in tashkent?"
    a = service.ask(q)
    assert a.answered and a.entries[0] == "summit-2025-astana", to_text(a)
    assert to_text(a).startswith("No: not in Tashkent: my sources say Astana")
    monkeypatch.setattr(tuning, "Q16_ORDINAL_ONE", False)
    # "one" read as 1, the first summit's mark: "No: not in Tashkent: my sources say Xi'an."
    # under the fact of Kazakhstan's offer to host the second summit.
    assert "Xi'an" in to_text(service.ask(q)).splitlines()[0]


def test_a_reason_asked_of_the_second_one_keeps_its_fact(service: Service) -> None:
    # read without "one" first: the fact of Kazakhstan's offer, not the summit's card
    assert _first(service, "why was the second one in kazakhstan") == (
        "fact-kazakhstan-offered-host"
    )


# --- a host asked of a summit told by its year alone (tuning.Q16_HOST_BY_MARK) ----------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who was the host in 2023", "summit-2023-xian"),
        ("who hosted in 2023", "summit-2023-xian"),
        # the Astana host's fact (2025) answered a question of 2023
        ("кто был хозяином в 2023 году", "summit-2023-xian"),
    ],
)
def test_a_host_asked_by_a_summits_year_gets_that_summit(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    monkeypatch.setattr(tuning, "Q16_HOST_BY_MARK", False)
    assert _first(service, question) != entry


def test_a_host_asked_of_a_year_no_summit_was_held_stays_refused(service: Service) -> None:
    a = service.ask("who was the host in 2024")
    assert not a.answered, to_text(a)
