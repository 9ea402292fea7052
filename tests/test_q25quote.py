"""Quote questions still refused or answered wrong, round 25 (q25quote): transliterated
questions read in Latin letters, and a region's commentator read as a name.

Each test fails when its rule (bot/tuning.py, section "q25quote") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import shown

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


# --- a transliterated word's first "e" may be «э» (tuning.Q25Q_TRANSLIT_INITIAL_E) ---------

_EKS = "eks posol v azerbaydzhane iz kirgizii chto skazal pro rol centralnoy azii"


@_semantic
def test_initial_e_is_e_oborotnoe(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _EKS) == ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",)), to_text(
        service.ask(_EKS)
    )
    monkeypatch.setattr(tuning, "Q25Q_TRANSLIT_INITIAL_E", False)
    # Before: «екс посол ...», no word, and the ex-ambassador lost: refused.
    a = service.ask(_EKS)
    assert not a.answered and not a.speakers, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        # the same ambassador, words he never said
        "eks posol v azerbaydzhane iz kirgizii chto skazal pro futbol",
        "eks posol iz kirgizii govoril pro gazoprovod v rossiyu?",
    ],
)
def test_initial_e_near_misses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)


# --- a card is no answer to a question of words (tuning.Q25Q_TRANSLIT_CARD_OR_WORDS) -------

_EKSPERT = "tadzhik ekspert chto govoril pro soobshestvo obshey sudby"


@_semantic
def test_translit_words_not_card(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _EKSPERT) == ("safarov-treaty-way-forward", ("saifullo-safarov",)), (
        to_text(service.ask(_EKSPERT))
    )
    monkeypatch.setattr(tuning, "Q25Q_TRANSLIT_CARD_OR_WORDS", False)
    # Before: only Safarov's card (the Latin reading knew "tadzhik ekspert" alone).
    a = service.ask(_EKSPERT)
    assert tuple(a.entries[:1]) == ("saifullo-safarov",), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        # his words on what he never spoke of: refused, nothing put in his mouth
        "tadzhik ekspert chto govoril pro futbol",
        "tadzhik ekspert chto govoril pro gazoprovod v rossiyu",
        # another speaker's topic (Osmonaliyev's proactive role) under the Tajik expert
        "tadzhik ekspert chto govoril pro proaktivnuyu rol regiona",
    ],
)
def test_translit_words_near_misses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)
    assert "osmonaliyev-proactive-role" not in a.entries, to_text(a)


def test_translit_card_still_asked(service: Service) -> None:
    q = "tadzhik ekspert kto eto"
    a = service.ask(q)
    assert tuple(a.entries[:1]) == ("saifullo-safarov",), to_text(a)


# --- "any <region's> commentator" names nobody (tuning.Q25Q_ANY_REGIONAL_SPEAKER) ----------

_REGIONAL = [
    (
        "did any Central Asian expert say china respects each and every partner?",
        "safarov-treaty-way-forward",
        "saifullo-safarov",
    ),
    (
        "did any Central Asian commentator say the region is taking a more proactive role?",
        "osmonaliyev-proactive-role",
        "kairat-osmonaliyev",
    ),
]


@pytest.mark.parametrize(("question", "entry", "speaker"), _REGIONAL)
def test_any_regional_speaker(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    entry: str,
    speaker: str,
) -> None:
    a = service.ask(question)
    assert shown(service, question) == (entry, (speaker,)), to_text(a)
    assert "not any" not in to_text(a), to_text(a)
    monkeypatch.setattr(tuning, "Q25Q_ANY_REGIONAL_SPEAKER", False)
    # Before: "No: that was not any Central Asian expert. These are the words of ..." (the
    # description read as a name the speaker was corrected from).
    off = to_text(service.ask(question))
    assert "not any Central Asian" in off, off


@pytest.mark.parametrize(
    "question",
    [
        # words nobody said, or the opposite of what was said
        "did any central asian commentator say china is arrogant?",
        "did any Central Asian expert say the gas pipeline to russia was closed?",
        "did any Central Asian commentator say china never respects its partners?",
    ],
)
def test_any_regional_near_misses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


def test_any_nationality_is_still_that_country(service: Service) -> None:
    # One country's commentator is read as before: Safarov's words are never shown as a
    # Kyrgyz commentator's.
    a = service.ask("did any Kyrgyz commentator say china respects each and every partner?")
    assert not (a.answered and "saifullo-safarov" in a.speakers and "No" not in to_text(a)), (
        to_text(a)
    )


# --- the press is no one (tuning.Q25Q_COVERAGE_NO_NAME) --------------------------------------

_COVERAGE = [
    (
        "Any quote from the summit coverage saying china respects each and every partner?",
        "safarov-treaty-way-forward",
        "saifullo-safarov",
    ),
    (
        "any quote from the press saying the region is taking a more proactive role?",
        "osmonaliyev-proactive-role",
        "kairat-osmonaliyev",
    ),
]


@pytest.mark.parametrize(("question", "entry", "speaker"), _COVERAGE)
def test_coverage_is_no_name(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    entry: str,
    speaker: str,
) -> None:
    assert shown(service, question) == (entry, (speaker,)), to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q25Q_COVERAGE_NO_NAME", False)
    # Before: "I have no quotes from “summit coverage saying ...”" (the press read as a name).
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
    assert a.kind == "unknown_person", to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        # words nobody said, or the opposite of what was said
        "any quote from the media saying china is arrogant?",
        "any quote from the summit coverage saying the gas pipeline to russia closed?",
        "any quote from the press saying china never respects its partners?",
    ],
)
def test_coverage_near_misses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- how many, as the texts say it (knowledge/vocabulary.yaml: number, amount, «числе») -----


@pytest.mark.parametrize(
    "question",
    [
        "Что министр промышленности Казахстана сказал о числе проектов с Китаем?",
        "what did the kazakh minister say about the amount of projects with china?",
        "Что министр сказал о количестве проектов?",
    ],
)
def test_number_of_projects(service: Service, question: str) -> None:
    assert shown(service, question) == (
        "nagaspayev-industrial-cooperation",
        ("yersaiyn-nagaspayev",),
    ), to_text(service.ask(question))


def test_amount_of_what_he_never_spoke_of(service: Service) -> None:
    a = service.ask("what did the kazakh minister say about the amount of gas sold to russia?")
    assert not a.answered and not a.speakers, to_text(a)


def test_date_is_no_number(service: Service) -> None:
    # «какого числа» asks a date: the Astana summit, no figure of projects
    a = service.ask("какого числа прошел саммит в астане?")
    assert "nagaspayev-industrial-cooperation" not in a.entries, to_text(a)


# --- the user's memory of a reading is the user's (tuning.Q25Q_USER_FRAME_CHAIN) -------------

_RECALL = "i recall reading an expert said china is prudent and wise"


def test_recall_reading_is_the_users(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    a = service.ask(_RECALL)
    assert shown(service, _RECALL) == ("safarov-treaty-way-forward", ("saifullo-safarov",)), (
        to_text(a)
    )
    assert "recall" not in to_text(a), to_text(a)
    monkeypatch.setattr(tuning, "Q25Q_USER_FRAME_CHAIN", False)
    # Before: "No: that was not the i recall reading. These are the words of Saifullo Safarov"
    off = to_text(service.ask(_RECALL))
    assert "i recall reading" in off, off


def test_remember_reading_no_name(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    q = "I remember reading that a former envoy said china is arrogant. What was it?"
    a = service.ask(q)
    # words nobody said: refused, and the user's memory is no name the base lacks
    assert not a.answered and not a.speakers, to_text(a)
    assert "no quotes from" not in to_text(a), to_text(a)
    monkeypatch.setattr(tuning, "Q25Q_USER_FRAME_CHAIN", False)
    off = service.ask(q)
    assert off.kind == "unknown_person", to_text(off)


# --- a named person's wording is his words (tuning.Q25Q_WORDING_IS_WORDS) --------------------

_WORDING = [
    (
        "as a journalist I need the exact wording from Nagaspayev about the total value of "
        "projects",
        "nagaspayev-industrial-cooperation",
        "yersaiyn-nagaspayev",
    ),
    (
        "what was Safarov's exact wording on the treaty?",
        "safarov-treaty-way-forward",
        "saifullo-safarov",
    ),
]


@pytest.mark.parametrize(("question", "entry", "speaker"), _WORDING)
def test_wording_is_words(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    entry: str,
    speaker: str,
) -> None:
    assert shown(service, question) == (entry, (speaker,)), to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q25Q_WORDING_IS_WORDS", False)
    # Before: refused ("wording" a topic none of his words hold).
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        # his words on what he never spoke of; another speaker's figures under Safarov
        "the exact wording from Nagaspayev about gas pipelines to russia",
        "the exact wording from Safarov about the number of projects",
        # no person: the treaty's text is not in the base
        "what is the wording of the treaty?",
    ],
)
def test_wording_near_misses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
