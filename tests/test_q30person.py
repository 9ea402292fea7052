"""Questions naming a person, refused as an unknown person, round 30 (q30person).

Each test fails when its rule (bot/tuning.py, section "q30person") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused

# --- what the base reports a person said at a summit answers (Q30N_REPORTED_ANSWERS) -------

_REPORTED = [
    "Van I skazal chto v Astane okolo 50 rezultatov sotrudnichestva?",
    "did Wang Yi say around 50 cooperation outcomes were reached in astana?",
]


@pytest.mark.parametrize(
    "question",
    [
        "did Wang Yi say 133 projects were agreed in astana?",
        "Wang Yi said 133 projects were agreed in Astana - is that accurate?",
    ],
)
def test_a_figure_alone_is_no_topic_of_the_report(service: Service, question: str) -> None:
    # Review of round 30: the 133 projects are Nagaspayev's figure, not Wang Yi's count of the
    # outcomes; a figure shared with the report made it the answer. Refused as before, the
    # report aside.
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
    assert service.ask("did Wang Yi say 133 projects in astana?").speakers == (
        "yersaiyn-nagaspayev",
    )


@pytest.mark.parametrize("question", _REPORTED)
def test_the_reported_words_answer(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[:1] == ("fact-astana-outcomes",), text
    assert not a.speakers, text  # nobody's quote
    assert "100" in text and ("Wang Yi" in text or "Ван И" in text), text
    monkeypatch.setattr(tuning, "Q30N_REPORTED_ANSWERS", False)
    # A twin: q30fact reads «около 50» as no topic, and the fact answers the Cyrillic reading.
    monkeypatch.setattr(tuning, "Q30F_FIGURE_QUALIFIER", False)
    # Before: refused ("no quotes from Wang Yi", the quoted people listed), the fact aside.
    b = service.ask(question)
    assert not b.answered and b.kind == "unknown_person" and not b.speakers, to_text(b)


@pytest.mark.parametrize(
    "question",
    [
        # a topic the report does not hold
        "Quote me what Wang Yi said in Astana about Afghanistan.",
        "what did Wang Yi say about the weather in astana",
        "what did Wang Yi say on climate change in astana",
        # no word beyond the summit's setting, or words the report does not hold
        "what did xi say to putin in astana",
        # no words asked ("state" as a noun), dates no figure
        "Xi's state visit to Kazakhstan ran 15–17 June 2025?",
        # somebody the base does not hold at all
        "what did Putin say about the weather",
    ],
)
def test_the_reported_words_need_the_topic(service: Service, question: str) -> None:
    refused(service, question)


# --- "who and what said" asks for the speaker (Q30N_WHO_AND_WHAT_SAID) ------------------------

_WHO_AND_WHAT = [
    "нужна фраза про то, сколько проектов уже реализовано. Кто и что сказал?",
    "нужна фраза про то, сколько проектов уже реализовано. кто что сказал?",
]


@pytest.mark.parametrize("question", _WHO_AND_WHAT)
def test_who_and_what_said_asks_the_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",), to_text(a)
    assert a.entries[0] in ("nagaspayev-industrial-cooperation", "fact-projects-implemented")
    monkeypatch.setattr(tuning, "Q30N_WHO_AND_WHAT_SAID", False)
    # Before: the words before the sentence taken for an unknown person's name, or refused.
    b = service.ask(question)
    assert not b.speakers, to_text(b)
    assert not b.answered or b.entries[0] != "nagaspayev-industrial-cooperation", to_text(b)


@pytest.mark.parametrize(
    "question",
    [
        "Кто и что сказал про погоду в Астане?",
        "нужна фраза про Афганистан. Кто и что сказал?",
        "who and what did they say about the weather in astana?",
    ],
)
def test_who_and_what_said_needs_the_words(service: Service, question: str) -> None:
    refused(service, question)


def test_who_and_what_after_a_described_speaker(service: Service) -> None:
    # Another verb of saying with its own subject: the Tajiks are the speakers asked for.
    a = service.ask("slushay a tadzhiki voobshe kommentirovali sammit? kto i chto skazal")
    assert a.answered and a.speakers == ("saifullo-safarov",), to_text(a)


# --- the medium of the user's piece of work is its frame (Q30N_WORK_MEDIUM) -------------------

_MEDIUM = [
    "Пишу пост в телеграм-канал, нужна фраза про то, сколько проектов уже реализовано. "
    "Кто и что сказал?",
    "пишу пост для телеграм-канала: кто сказал, сколько проектов уже реализовано?",
]


@pytest.mark.parametrize("question", _MEDIUM)
def test_the_work_medium_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",), to_text(a)
    assert a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    monkeypatch.setattr(tuning, "Q30N_WORK_MEDIUM", False)
    # A twin: a short frame before a colon is the user's (tuning.L30_COLON_FRAME).
    monkeypatch.setattr(tuning, "L30_COLON_FRAME", False)
    b = service.ask(question)  # before: refused, the medium's words unknown
    assert not b.answered and not b.speakers, to_text(b)


@pytest.mark.parametrize(
    "question",
    [
        "Пишу пост в телеграм-канал: кто и что сказал про погоду?",
        "пишу пост в блог: кто сказал, что Китай угрожает Центральной Азии?",
    ],
)
def test_the_work_medium_needs_the_words(service: Service, question: str) -> None:
    refused(service, question)


# --- a name word spelt in another alphabet is the person's own (Q30N_NAME_SPELLING) -----------


@pytest.mark.parametrize("question", ["Кто такой Ву Инцинь?", "who is Vu Yingqin?"])
def test_a_name_spelt_otherwise_is_the_person(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("wu-yingqin",), to_text(a)
    monkeypatch.setattr(tuning, "Q30N_NAME_SPELLING", False)
    b = service.ask(question)  # before: "I don't know who «Ву Инцинь» is"
    assert not b.answered and b.kind == "unknown_person" and not b.speakers, to_text(b)


@pytest.mark.parametrize(
    "question",
    [
        "who is Zhang Yingqin?",  # somebody else's full name
        "Кто такой Чжан Инцинь?",
        "who is Vu Yingqin's deputy?",  # more than the name: maybe somebody else
    ],
)
def test_a_name_spelt_otherwise_needs_the_name_alone(service: Service, question: str) -> None:
    refused(service, question)


# --- «стала» is a verb, not «статья» (Q30N_COPULAR_NOT_ARTICLE) -------------------------------

_BECAME = [
    "mirziyoev govoril chto tsentralnaya aziya stala aktivnee?",
    "Мирзиёев говорил, что Центральная Азия стала активнее?",
    "Токаев сказал, что Центральная Азия стала активнее?",
]


@pytest.mark.parametrize("question", _BECAME)
def test_a_head_of_state_credited_with_words_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    # The correction: those are Osmonaliyev's words, under his name, never the president's.
    assert a.kind == "correction" and a.speakers == ("kairat-osmonaliyev",), text
    assert text.startswith("Нет, это сказал не"), text
    monkeypatch.setattr(tuning, "Q30N_COPULAR_NOT_ARTICLE", False)
    b = service.ask(question)  # before: "no quotes from Shavkat Mirziyoyev"
    assert not b.answered and not b.speakers, to_text(b)


@pytest.mark.parametrize(
    "question",
    [
        "Мирзиёев говорил, что Китай стал угрозой?",
        "Мирзиёев говорил, что Центральная Азия стала угрозой?",
        "mirziyoev govoril chto kitai stal ugrozoi?",
    ],
)
def test_a_head_of_state_credited_with_unsaid_words_stays_refused(
    service: Service, question: str
) -> None:
    refused(service, question)


def test_became_keeps_its_place_in_a_quoted_persons_words(service: Service) -> None:
    a = service.ask("с точки зрения Сафарова договор стал результатом чего")
    assert a.entries[:1] == ("safarov-treaty-result",), to_text(a)
