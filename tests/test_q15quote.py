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


#: Where the holder of an office (or a country's one quoted person, "the kyrgyz expert") comes
#: from, asked in words Q14_ROLE_ORIGIN did not read: the person's card
#: (tuning.Q15_ROLE_ORIGIN_WORDS).
ORIGIN = [
    ("where does the kyrgyz expert come from", "kairat-osmonaliyev"),
    ("what country does the kyrgyz expert represent", "kairat-osmonaliyev"),
    ("where is the kyrgyz expert originally from", "kairat-osmonaliyev"),
    ("откуда эксперт из Киргизии", "kairat-osmonaliyev"),
]


def test_did_the_minister_come_from_is_his_card_by_either_reading(service: Service) -> None:
    """q15lex reads "come from" as "from" (tuning.Q15_COME_NO_TOPIC), so the person path finds
    the minister's card on its own too: both rules answer it (no switch-off example here)."""
    a = service.ask("did the minister of industry come from china")
    assert a.kind == "person" and a.entries == ("yersaiyn-nagaspayev",)


@pytest.mark.parametrize(("question", "person"), ORIGIN)
def test_where_an_office_holder_comes_from_is_their_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert a.kind == "person" and a.entries == (person,)
    monkeypatch.setattr(tuning, "Q15_ROLE_ORIGIN_WORDS", False)
    # Round 16's twin (where the experts are from lists the quoted experts of that country):
    # off too, so that this rule alone is switched off here.
    monkeypatch.setattr(tuning, "Q16_EXPERTS_FROM", False)
    assert service.ask(question).entries != (person,)


@pytest.mark.parametrize(
    "question",
    [
        "did the leaders come from all six countries",
        "where did the president come from",
        "откуда приехал президент",
    ],
)
def test_an_origin_no_one_person_fits_shows_no_card(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.kind != "person"
    assert not a.speakers


#: A person's origin put as a yes/no ("did X come from Y"): the card says the person's country;
#: read as a claim of words, the person's quote was shown under "Yes", or someone else's under
#: "No: that was not ..." (tuning.Q15_ORIGIN_CLAIM_ASKS_CARD).
ORIGIN_CLAIM = [
    ("did the tajik expert come from kazakhstan", "saifullo-safarov"),
    ("did the minister come from kazakhstan", "yersaiyn-nagaspayev"),
    ("does osmonaliyev represent kyrgyzstan", "kairat-osmonaliyev"),
]


@pytest.mark.parametrize(("question", "person"), ORIGIN_CLAIM)
def test_a_persons_origin_as_a_yes_no_is_their_card_not_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert a.kind == "person" and a.entries == (person,)
    monkeypatch.setattr(tuning, "Q15_ORIGIN_CLAIM_ASKS_CARD", False)
    assert service.ask(question).kind != "person"


@pytest.mark.parametrize(
    "question",
    [
        "did safarov say china came from far away",
        "did the tajik expert say partners come from everywhere",
    ],
)
def test_words_asked_about_coming_from_stay_a_question_of_words(
    service: Service, question: str
) -> None:
    assert service.ask(question).kind != "person"


#: "Was an expert quoted": the quoted people who hold no office of state, each with his role
#: (tuning.Q15_EXPERTS_QUOTED); a list of people, nobody's words.
EXPERTS = [
    "were any experts quoted",
    "which experts got quoted",
    "каких экспертов цитируют",
    "which experts were quoted by bastille post",
]


@pytest.mark.parametrize("question", EXPERTS)
def test_experts_quoted_are_listed_with_their_roles(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and set(a.entries) == {"saifullo-safarov", "kairat-osmonaliyev"}
    assert not a.speakers  # no words shown
    text = to_text(a)
    assert "former" in text or "бывший" in text  # Osmonaliyev is called what he is
    monkeypatch.setattr(tuning, "Q15_EXPERTS_QUOTED", False)
    assert set(service.ask(question).entries) != {"saifullo-safarov", "kairat-osmonaliyev"}


@pytest.mark.parametrize(
    "question",
    [
        "which experts were quoted by xinhua",
        "which experts were quoted in the new york times",
        "which experts were quoted on tv",
        "was a russian expert quoted",
        "was a chinese expert quoted",
    ],
)
def test_experts_quoted_somewhere_else_or_of_another_country_are_not_listed(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert set(a.entries) != {"saifullo-safarov", "kairat-osmonaliyev"}
    assert not a.speakers


def test_a_follow_up_after_the_experts_list_guesses_no_one(service: Service) -> None:
    """After a list of two people, "what did he say?" names neither: the first listed is no
    more "he" than the second (conversation._person_focus)."""
    first = service.converse("were any experts quoted", None, now=0.0)
    assert len(first.answer.entries) == 2
    follow = service.converse("what did he say?", first.context, now=1.0)
    assert len(set(follow.answer.speakers)) != 1


@pytest.mark.parametrize(
    "question", ["кто был хозяином первого саммита", "kto prinimal pervyj sammit"]
)
def test_who_hosted_a_named_summit_in_russian_is_its_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The Russian words of hosting, as "who hosted the first summit" (Q14_HOST_OF_NAMED):
    the Xi'an card (tuning.Q15_HOST_OF_NAMED_READ)."""
    a = service.ask(question)
    assert a.kind == "event" and a.entries[:1] == ("summit-2023-xian",)
    monkeypatch.setattr(tuning, "Q15_HOST_OF_NAMED_READ", False)
    assert service.ask(question).entries[:1] != ("summit-2023-xian",)


@pytest.mark.parametrize(
    "question", ["кто принимал четвёртый саммит", "кто был хозяином саммита в 2024 году"]
)
def test_who_hosted_a_summit_never_held_stays_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered
