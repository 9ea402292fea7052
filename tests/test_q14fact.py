"""Issue 13, summits, places and hosts, round 14 (q14fact).

Each test fails when its rule (bot/tuning.py, section "q14fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first as _first

# --- a city asked of the summit to come (tuning.Q14_CITY_IN_OTHER_COUNTRY) -------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when was the third china-central asia summit in tashkent", "Not in Tashkent"),
        ("is the third summit going to be in bishkek?", "No: not in Bishkek"),
        ("когда третий саммит в Астане", "Не в Астане"),
        ("was the third summit held in tashkent in 2026?", "No: not in Tashkent in 2026"),
    ],
)
def test_a_city_in_another_country_is_corrected_for_the_summit_to_come(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.entries[:1] == ("summit-2027-china",)
    assert text.startswith(lead), text
    assert "China" in text.split("\n")[0] or "Китай" in text.split("\n")[0]
    monkeypatch.setattr(tuning, "Q14_CITY_IN_OTHER_COUNTRY", False)
    assert not to_text(service.ask(question)).startswith(lead)


def test_a_city_in_the_summits_own_country_is_not_ruled_out(service: Service) -> None:
    # Beijing is China's capital: the 2027 summit may be held there; never "Not in Beijing".
    text = to_text(service.ask("is the third summit going to be in beijing?"))
    assert "not in beijing" not in text.lower()


# --- summits the base never held (tuning.Q14_ORDINAL_NEVER_HELD, Q14_YEAR_NEVER_HELD_ANY_RECORD)


@pytest.mark.parametrize(
    "question",
    [
        "which city hosted the fourth summit",
        "where was the fourth summit",
        "в каком городе прошел четвертый саммит",
        "what happened at the fourth summit",
        "where did the fourth china-central asia summit take place",
    ],
)
def test_a_summit_by_an_ordinal_none_bears_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    monkeypatch.setattr(tuning, "Q14_ORDINAL_NEVER_HELD", False)
    assert _first(service, question) is not None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("where was the third summit", "summit-2027-china"),
        ("which city hosted the second summit", "summit-2025-astana"),
        ("what are the four mutuals", "fact-spirit"),
    ],
)
def test_ordinals_held_and_counts_keep_their_answers(
    service: Service, question: str, entry: str
) -> None:
    assert _first(service, question) == entry


@pytest.mark.parametrize(
    "question", ["in which country was the 2021 summit", "где был саммит 2021 года"]
)
def test_a_year_without_a_summit_is_answered_by_no_summits_record(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    monkeypatch.setattr(tuning, "Q14_YEAR_NEVER_HELD_ANY_RECORD", False)
    assert _first(service, question) in ("fact-participants", "summit-2027-china")


# --- who hosted a summit named (tuning.Q14_HOST_OF_NAMED) -----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who was the host of the first summit",
        "who hosted the xian summit",
    ],
)
def test_the_host_of_a_named_summit_is_not_another_summits_host(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) == "summit-2023-xian"
    monkeypatch.setattr(tuning, "Q14_HOST_OF_NAMED", False)
    # Round 16's twin (a record of the summit that names no host gives way to its card): off
    # too, so that this rule alone is switched off here.
    monkeypatch.setattr(tuning, "Q16_HOST_FACT_NAMES_HOST", False)
    assert _first(service, question) == "fact-kazakhstan-offered-host"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who offered to host the second summit", "fact-kazakhstan-offered-host"),
        ("who hosted the second summit", "fact-astana-host-keynote"),
        ("who was the host of the 2025 summit", "fact-leaders-astana"),
    ],
)
def test_host_questions_answered_by_their_own_summits_record_stay(
    service: Service, question: str, entry: str
) -> None:
    assert _first(service, question) == entry


# --- which country an office's holder comes from (tuning.Q14_ROLE_ORIGIN) --------------------


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("which country did the minister of industry come from", "yersaiyn-nagaspayev"),
        ("where did the minister of industry come from", "yersaiyn-nagaspayev"),
        ("which country does the minister of industry represent", "yersaiyn-nagaspayev"),
        ("which country did the former ambassador come from", "kairat-osmonaliyev"),
    ],
)
def test_a_roles_country_is_the_holders_card_not_a_summits_place(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert a.kind == "person" and a.entries == (person,) and a.speakers == (person,)
    monkeypatch.setattr(tuning, "Q14_ROLE_ORIGIN", False)
    if question.startswith("which country did the minister") or question.startswith("where did"):
        # Twin rules: "come" is no topic (tuning.Q15_COME_NO_TOPIC, read at import), so these read
        # as "which country is the minister of industry from" and answer without this rule too.
        assert _first(service, question) == person
    else:
        assert _first(service, question) != person


def test_an_office_nobody_holds_alone_gets_no_summit_for_a_country(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Six presidents: "the president" is no one person; the 2027 card ("come") is no country.
    question = "which country did the president come from"
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    monkeypatch.setattr(tuning, "Q14_ROLE_ORIGIN", False)
    # Twin rules: since "come" is no topic (tuning.Q15_COME_NO_TOPIC, read at import) it no longer
    # reads "next" and the 2027 card stays away without this rule too (tests/test_q15lex.py).
    assert _first(service, question) != "summit-2027-china"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which countries did the leaders come from", "fact-participants"),
        ("which country is the minister of industry from", "yersaiyn-nagaspayev"),
        ("where will the next summit be", "summit-2027-china"),
    ],
)
def test_origin_near_misses_keep_their_answers(service: Service, question: str, entry: str) -> None:
    assert _first(service, question) == entry


# --- a summit named and put in another summit's city (tuning.Q14_NAMED_SUMMIT_ELSEWHERE) ----


@pytest.mark.parametrize(
    ("question", "summit", "lead"),
    [
        ("when was the second summit in xian", "summit-2025-astana", "Not in Xi'an"),
        ("what happened at the second summit in xian", "summit-2025-astana", "Not in Xi'an"),
        ("когда был второй саммит в сиане", "summit-2025-astana", "Не в Сиане"),
    ],
)
def test_a_summit_put_in_another_summits_city_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, summit: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.entries[:1] == (summit,) and a.speakers == ()
    assert to_text(a).startswith(lead)
    monkeypatch.setattr(tuning, "Q14_NAMED_SUMMIT_ELSEWHERE", False)
    assert _first(service, question) == "fact-kazakhstan-offered-host"


def test_kazakhstans_offer_still_answers_when_it_was_made(service: Service) -> None:
    assert (
        _first(service, "when did kazakhstan offer to host the 2025 summit")
        == "fact-kazakhstan-offered-host"
    )
