"""Round 13, who said what: claims in Russian (and their light verbs in English), claims put to
a named person, time, and the roles of the quoted.

A claim "S does P" finds words that say P of something else and name S only after it
(matcher.claim_parts / said_of_another): those words are never shown as the answer, nor under a
"Yes". The questions are written for these tests (not taken from any development or blind set).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.intent import asks_future_words, parse
from bot.matcher import claim_parts, match_parsed
from bot.render import to_text
from bot.service import Service

#: Osmonaliyev said the Central Asian countries take a proactive role, "placing cooperation
#: with China as a top priority": said of China, the claim is not his.
SWAPPED_RU = [
    "кто сказал что китай проявляет активность в регионе",
    "кто сказал, что Китай играет всё более активную роль в регионе",
    "кто сказал что китай активен в регионе",
    "kto skazal chto kitai proyavlyaet aktivnost v regione",
]

SWAPPED_EN = [
    "who said china plays a more proactive role in the region",
    "who said china takes a proactive role in regional affairs",
]


@pytest.mark.parametrize("question", SWAPPED_RU)
def test_russian_claim_said_of_another_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "Q13_CLAIM_RU", False)
    # Its twin (round 17): the claim's subject party is not the words' sentence's.
    monkeypatch.setattr(tuning, "Q17_CLAIM_SUBJECT_ORDER", False)
    off = service.ask(question)
    assert off.answered and off.speakers == ("kairat-osmonaliyev",)


@pytest.mark.parametrize("question", SWAPPED_EN)
def test_english_light_verb_claim_said_of_another_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "Q13_CLAIM_RU", False)
    # Its twin (round 17): the claim's subject party is not the words' sentence's.
    monkeypatch.setattr(tuning, "Q17_CLAIM_SUBJECT_ORDER", False)
    off = service.ask(question)
    assert off.answered and off.speakers == ("kairat-osmonaliyev",)


@pytest.mark.parametrize(
    "question",
    [
        "кто сказал, что страны центральной азии играют более активную роль",
        "кто сказал что Центральная Азия играет более активную роль в регионе",
        "who said central asian countries take a more proactive role",
        "who said central asia plays a proactive role",
    ],
)
def test_claim_with_its_own_subject_still_answers(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("kairat-osmonaliyev",)


@pytest.mark.parametrize(
    ("question", "subject", "predicate"),
    [
        ("кто сказал что китай проявляет активность", {"china"}, "proactiv"),
        ("кто сказал что китай активен", {"china"}, "proactiv"),
        ("кто сказал что страны центральной азии играют активную роль", {"central"}, "proactiv"),
        ("who said china plays a proactive role", {"china"}, "proactiv"),
    ],
)
def test_claim_parts_reads_russian_verbs_and_short_adjectives(
    service: Service, question: str, subject: set[str], predicate: str
) -> None:
    index = service.snapshot.index
    parts = claim_parts(index, parse(index, question))
    assert parts is not None
    assert subject <= parts[0] and parts[1] == predicate


@pytest.mark.parametrize(
    "question",
    [
        "did osmonaliyev say china is proactive in the region",
        "осмоналиев сказал что китай активен в регионе?",
    ],
)
def test_swapped_claim_put_to_the_named_person_is_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered
    assert a.kind == "unconfirmed"
    monkeypatch.setattr(tuning, "Q13_CLAIM_NAMED_SWAPPED", False)
    off = service.ask(question)
    assert off.answered and off.speakers == ("kairat-osmonaliyev",)


def test_right_claim_put_to_the_named_person_is_confirmed(service: Service) -> None:
    a = service.ask("did osmonaliyev say central asian countries are proactive in the region")
    assert a.answered and a.speakers == ("kairat-osmonaliyev",)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("what will safarov say at the next summit", "saifullo-safarov"),
        ("what is nagaspayev going to say at the next summit", "yersaiyn-nagaspayev"),
        ("что скажет сафаров на следующем саммите", "saifullo-safarov"),
        ("chto skazhet safarov na sleduyushchem sammite", "saifullo-safarov"),
    ],
)
def test_words_asked_in_the_future_are_not_shown(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers and not a.entries
    text = to_text(a)
    assert "2027" in text  # the summit named has not been held: the reply says when it is set
    assert any(s.id.startswith(person.split("-")[1]) for s in a.suggestions)  # his words offered
    monkeypatch.setattr(tuning, "Q13_FUTURE_WORDS", False)
    off = service.ask(question)
    assert "2027" not in to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "what did safarov say at the next summit",  # past words: the lead says they are not
        "what did safarov say will happen next",
        "what did nagaspayev say",
    ],
)
def test_past_words_are_still_shown(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers


def test_future_words_reading() -> None:
    assert asks_future_words("what will safarov say".split())
    assert asks_future_words("is he going to speak at the summit".split())
    assert asks_future_words("что будет говорить нагаспаев".split())
    assert not asks_future_words("what did safarov say will happen".split())
    assert not asks_future_words("что сказал сафаров".split())
    assert not asks_future_words("who will lead kazakhstan at the next summit".split())


@pytest.mark.parametrize(
    "question", ["nagaspayev on 17 june", "what did nagaspayev say on june 17, 2025"]
)
def test_words_on_the_day_of_their_summit_carry_no_denial(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",)
    assert "is not" not in to_text(a)
    monkeypatch.setattr(tuning, "Q13_WORDS_ON_THEIR_DATE", False)
    assert "is not “on" in to_text(service.ask(question))


def test_words_asked_on_another_day_keep_the_lead(service: Service) -> None:
    a = service.ask("what did nagaspayev say on 5 may")
    assert "is not “on 5 may”" in to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "was any government official quoted or only experts?",
        "did the article quote any government official, or just analysts?",
        "цитируют ли в статье кого-то из правительства или только экспертов?",
    ],
)
def test_the_quoted_government_person_answers(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",)
    monkeypatch.setattr(tuning, "Q13_QUOTED_OF_KIND", False)
    off = service.ask(question)
    assert "yersaiyn-nagaspayev" not in off.speakers


@pytest.mark.parametrize(
    "question",
    [
        "was any official from uzbekistan quoted?",  # the one quoted minister is Kazakh
        "was a chinese official quoted?",  # his words name China; he is not Chinese
        "was any government official quoted about the secretariat?",  # not in his words
    ],
)
def test_an_official_of_another_kind_is_not_shown(service: Service, question: str) -> None:
    a = service.ask(question)
    assert "yersaiyn-nagaspayev" not in a.speakers


@pytest.mark.parametrize(
    "question",
    [
        "who said beijing is taking a proactive role in the region",  # Osmonaliyev: of Central Asia
        "who said beijing takes a more proactive role in regional affairs",
    ],
)
def test_a_capital_standing_for_its_state_is_the_state_in_a_claim(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    index = service.snapshot.index
    parts = claim_parts(index, parse(index, question))
    assert parts is not None and "china" in parts[0]
    monkeypatch.setattr(tuning, "Q13_CAPITAL_AS_STATE", False)
    parts = claim_parts(index, parse(index, question))
    assert parts is None or "china" not in parts[0]


@pytest.mark.parametrize(
    "question",
    [
        "who said the 2022 summit in beijing was a success",
        "who said the trip to beijing was a success",
        "who said the beijing summit was a success",
    ],
)
def test_a_capital_named_as_a_place_stays_a_place(service: Service, question: str) -> None:
    index = service.snapshot.index
    parts = claim_parts(index, parse(index, question))
    assert parts is None or "china" not in parts[0]
    assert not service.ask(question).speakers


@pytest.mark.parametrize(
    "question",
    [
        "who said uzbekistan is a partner of china",
        "who said kazakhstan is a good partner",
        "кто сказал что узбекистан надежный партнер китая",
    ],
)
def test_a_claim_about_a_country_the_words_never_name_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "Q13_CLAIM_COUNTRY_ABSENT", False)
    # Its twin (round 17): Safarov's sentence on partners is said of China, not Uzbekistan.
    monkeypatch.setattr(tuning, "Q17_CLAIM_SUBJECT_ORDER", False)
    off = service.ask(question)
    assert off.speakers == ("saifullo-safarov",)


@pytest.mark.parametrize(
    "question",
    [
        "who said china is a good partner",
        "who said kazakhstan and china work closely",
        "кто сказал что казахстан и китай тесно сотрудничают",
    ],
)
def test_a_claim_about_a_country_the_words_name_still_answers(
    service: Service, question: str
) -> None:
    assert service.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["the person who said china is wise", "that guy who said china is wise"],
)
def test_the_head_of_a_who_clause_is_the_speaker_asked_for(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    index = service.snapshot.index
    m = match_parsed(index, parse(index, question))
    assert m.kind == "quote" and m.entries == ("safarov-treaty-way-forward",)
    monkeypatch.setattr(tuning, "Q13_WHO_HEADS", False)
    # (Since round 19 the person noun of a who-said slot is no topic either:
    # tuning.Q19Q_SPEAKER_NOUN_NO_TOPIC, tests/test_q19quote.py. Off too, to see this rule alone.)
    monkeypatch.setattr(tuning, "Q19Q_SPEAKER_NOUN_NO_TOPIC", False)
    assert match_parsed(index, parse(index, question)).kind == "none"


def test_praise_stays_a_question_of_facts(service: Service) -> None:
    a = service.ask("who praised the summit")
    assert a.entries == ("fact-summit-reception",)
