"""Quote questions in the user's own frames and slang, round 27 (q27quote, quotes14).

Each test fails when its rule (bot/tuning.py, section "q27quote") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot import text as T
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")

NAGASPAYEV = ("nagaspayev-industrial-cooperation", ("yersaiyn-nagaspayev",))
OSMONALIYEV = ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",))


# --- verbs of saying in slang (tuning.Q27Q_SLANG_SAYING) --------------------------------------

_DROPPED = ["yo who dropped the 133 number", "who dropped the 133 number"]


@pytest.mark.parametrize("question", _DROPPED)
def test_who_dropped_is_who_mentioned(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question) == NAGASPAYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q27Q_SLANG_SAYING", False)
    # Before: refused ("dropped", "yo" words no entry explains).
    refused(service, question)


_REACTION = "need an expert reaction from Tajikistan"


def test_expert_reaction_is_his_words(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    a = service.ask(_REACTION)
    assert a.answered and a.kind in ("quote", "quotes"), to_text(a)
    assert a.speakers == ("saifullo-safarov",), to_text(a)
    assert "safarov-treaty-way-forward" in a.entries, to_text(a)
    monkeypatch.setattr(tuning, "Q27Q_SLANG_SAYING", False)
    # Before: his card, not his words.
    assert service.ask(_REACTION).kind == "person", to_text(service.ask(_REACTION))


@pytest.mark.parametrize(
    "question",
    [
        "china dropped the plan",
        "who dropped the railway project",
        "who dropped the plan to build a nuclear plant",
        "what was russia's reaction to the treaty",
        "need an expert reaction from Russia",
    ],
)
def test_slang_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- a leading clause naming the user's work (tuning.Q27Q_WORK_FRAME_CLAUSE) -----------------

_FRAMED = [
    "for my thesis on regional agency: who said CA nations shape their development agendas on "
    "their own?",
    "podcast episode on Central Asian agency — any quote saying the region isn't just following "
    "someone else's agenda?",
]


@pytest.mark.parametrize("question", _FRAMED)
def test_work_frame_clause_read_apart(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question) == OSMONALIYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q27Q_WORK_FRAME_CLAUSE", False)
    # Before: refused ("agency", the theme of the user's work, a word no entry explains).
    refused(service, question)


def test_work_frame_rest() -> None:
    assert T.work_frame_rest("for my thesis on regional agency: who said it?") == "who said it?"
    assert T.work_frame_rest("writing a podcast episode on ties — who said it") == "who said it"
    # No clause closed by a colon or a dash: nothing is taken out.
    assert T.work_frame_rest("for my thesis on regional agency who said it") is None
    assert T.work_frame_rest("who said it: the thesis on agency") is None


@pytest.mark.parametrize(
    "question",
    [
        "for my thesis on trade: who said china is reckless",
        "for my thesis on regional agency: who said russia shapes central asia's agenda",
        "podcast episode on Central Asian agency — any quote saying the region follows russia?",
        "for my essay on the treaty: what did Tokayev say about the railway?",
    ],
)
def test_work_frame_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- a trailing ask for the words (tuning.Q27Q_TRAILING_WORDS_ASK) ---------------------------

_LINE = "Tajikistan expert on diplomatic cohesion — what's his line?"


def test_whats_his_line_shows_words(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _LINE) == ("safarov-treaty-result", ("saifullo-safarov",)), to_text(
        service.ask(_LINE)
    )
    monkeypatch.setattr(tuning, "Q27Q_TRAILING_WORDS_ASK", False)
    # Before: his card, not his words.
    assert service.ask(_LINE).kind == "person", to_text(service.ask(_LINE))


_WHOSE = "the line about a deep mutual understanding — whose is it"


@_semantic
def test_whose_is_it_after_words(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _WHOSE) == ("safarov-treaty-way-forward", ("saifullo-safarov",)), to_text(
        service.ask(_WHOSE)
    )
    monkeypatch.setattr(tuning, "Q27Q_TRAILING_WORDS_ASK", False)
    refused(service, _WHOSE)


def test_words_asked_rest() -> None:
    assert T.words_asked_rest("the line about X — whose is it") == "the line about X"
    assert T.words_asked_rest("expert on cohesion — what's his line?") == "expert on cohesion"
    assert T.words_asked_rest("the guy on trade - exact words?") == "the guy on trade"
    assert T.words_asked_rest("whose is it") is None
    assert T.words_asked_rest("what's his line on trade") is None


@pytest.mark.parametrize(
    "question",
    [
        "the line about china being reckless — whose is it",
        "Tokayev on the railway — what's his line?",
        "Russian expert on diplomatic cohesion — what's his line?",
        "the kyrgyz guy on nuclear power — exact words?",
    ],
)
def test_trailing_ask_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- words "about" something name no speaker (tuning.Q27Q_ABOUT_NOT_SPEAKER) -----------------

_ABOUT = [
    ("цитата про общие ценности и общее будущее", "safarov-treaty-way-forward"),
    ("citata pro samostoyatelnoe formirovanie povestki razvitiya", "osmonaliyev-proactive-role"),
]


@pytest.mark.parametrize(("question", "entry"), _ABOUT)
def test_words_about_name_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert shown(service, question)[0] == entry, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q27Q_ABOUT_NOT_SPEAKER", False)
    # Before: refused as the words of an unknown person named by the topic.
    a = service.ask(question)
    assert a.kind == "unknown_person" and not a.speakers, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "цитата про ядерную энергетику",
        "citata pro yadernuyu energetiku",
        "цитата про сотрудничество с Россией",
        "цитата Токаева про железную дорогу",
    ],
)
def test_words_about_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- idioms and understatements read plainly (tuning.Q27Q_TURNED_PHRASES) --------------------

_TURNED = [
    ("who said china and central asia see eye to eye", "safarov-treaty-way-forward"),
    (
        "the guy who said kazakhstan and china are anything but distant when it comes to "
        "industrial cooperation — who's that",
        "nagaspayev-industrial-cooperation",
    ),
    (
        "who said it is not a bad platform for china and central asia to talk industry",
        "nagaspayev-industrial-cooperation",
    ),
    ("who said china never strayed from friendship", "osmonaliyev-proactive-role"),
    ("кто сказал, что ЦА формирует своё развитие без указки извне", "osmonaliyev-proactive-role"),
    (
        "Kindly provide the statement by Kazakhstan's Minister of Industry and Construction "
        "regarding industrial cooperation within the Belt and Road framework.",
        "nagaspayev-industrial-cooperation",
    ),
]


@pytest.mark.parametrize(("question", "entry"), _TURNED)
def test_turned_phrases_read_plainly(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert shown(service, question)[0] == entry, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q27Q_TURNED_PHRASES", False)
    # Before: refused or unconfirmed, the words only offered.
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


def test_smth_is_something(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = (
        "quote: not a bad platform for china + central asia to talk industry... who said smth "
        "like that"
    )
    assert shown(service, question) == NAGASPAYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q27Q_SLANG_SAYING", False)
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who said china and russia see eye to eye",
        "who said china is not a bad neighbour to russia",
        "who said china never strayed from its nuclear program",
        "who said russia and china are anything but distant",
        "кто сказал, что Россия действует без указки извне",
        "who said central asia never strayed from russia",
        "who said russia and china cooperate within the belt and road framework",
        "who said kazakhstan and china cooperate on nuclear power within the Belt and Road "
        "framework",
    ],
)
def test_turned_phrase_near_misses(service: Service, question: str) -> None:
    refused(service, question)
