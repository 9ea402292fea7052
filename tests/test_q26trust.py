"""Paraphrases found but not trusted, round 26 (q26trust): the right quote was among the
suggestions and the bot refused.

Each test fails when its rule (bot/tuning.py, section "q26trust") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")

SAFAROV = ("safarov-treaty-way-forward", ("saifullo-safarov",))
OSMONALIYEV = ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",))


# --- a denied bad word read as its good opposite (tuning.Q26T_DENIED_OPPOSITE_READ) ----------

_RECKLESS = "Who said that China has never been reckless with other countries?"


@_semantic
def test_denied_reckless_is_prudent(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _RECKLESS) == SAFAROV, to_text(service.ask(_RECKLESS))
    monkeypatch.setattr(tuning, "Q26T_DENIED_OPPOSITE_READ", False)
    # Before: refused (Safarov's words 0.072 nearer than Osmonaliyev's, under the margin).
    refused(service, _RECKLESS)


def test_turned_denial_reading() -> None:
    words = "who said that china has never been reckless with other countries".split()
    turned = "who said that china has been prudent with other countries"
    assert semantic.turned_denial(words) == turned
    # A denied good word is not turned (it praises nobody), nor are two denials.
    assert semantic.turned_denial("who said china has never been prudent".split()) is None
    assert semantic.turned_denial("who said china is not never reckless".split()) is None
    assert semantic.turned_denial("who said china is reckless".split()) is None


@pytest.mark.parametrize(
    "question",
    [
        "who said china has never been prudent with other countries",
        "who said china has never been wise",
        "who said china has been reckless with other countries",
        "who said china has never been reckless with russia",
        "who said china is not reckless in its space program",
        "who said the treaty was never a failure",
    ],
)
def test_denied_opposite_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- "quoted" describes every speaker (tuning.Q26T_QUOTED_TITLE) -----------------------------

_QUOTED = "Which quoted person talked about Central Asia's independence in setting agendas?"


@_semantic
def test_quoted_person_is_any_speaker(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _QUOTED) == OSMONALIYEV, to_text(service.ask(_QUOTED))
    monkeypatch.setattr(tuning, "Q26T_QUOTED_TITLE", False)
    # Before: refused, his words only offered ("quoted" read as a title he must hold).
    a = service.ask(_QUOTED)
    assert not a.answered and not a.speakers, to_text(a)
    assert "osmonaliyev-proactive-role" in {s.id for s in a.suggestions}, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        # He is no minister: the rest of the title still counts.
        "Which quoted minister talked about Central Asia's independence in setting agendas?",
        "which quoted person talked about space exploration",
        "which cited expert talked about the gas pipelines to russia",
    ],
)
def test_quoted_title_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- reacting is a passive role (tuning.Q26T_REACTING_PASSIVE) -------------------------------

_REACTING = "Who said the region is no longer just reacting but acting on its own?"


@_semantic
def test_no_longer_reacting_is_proactive(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _REACTING) == OSMONALIYEV, to_text(service.ask(_REACTING))
    monkeypatch.setattr(tuning, "Q26T_REACTING_PASSIVE", False)
    # Before: refused ("no longer" read as denying what his words state).
    a = service.ask(_REACTING)
    assert not a.answered and not a.speakers, to_text(a)
    assert "osmonaliyev-proactive-role" in {s.id for s in a.suggestions}, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "who said central asia is merely reacting to china",
        "who said central asia is no longer reacting to russia's moves",
    ],
)
def test_reacting_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- knowledge: Osmonaliyev's words are introduced as his views on the international outlook --


@pytest.mark.parametrize(
    "question",
    [
        "Which observer commented on regional autonomy and the international outlook?",
        "in the article about observers, what did the person from Kyrgyzstan say about the "
        "international outlook?",
    ],
)
def test_international_outlook_is_his(service: Service, question: str) -> None:
    assert shown(service, question) == OSMONALIYEV, to_text(service.ask(question))


@pytest.mark.parametrize(
    "question",
    [
        "who talked about the economic outlook for china",
        "who said the international outlook is bleak",
    ],
)
def test_outlook_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- "no." before 1 is "number" (tuning.Q26T_NO_IS_NUMBER) -----------------------------------

_NO_1 = "who said cooperation with china is the no.1 priority for central asia"


def test_no_1_is_number_one(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _NO_1) == OSMONALIYEV, to_text(service.ask(_NO_1))
    assert shown(service, "who said cooperation with china is priority no. 1 for central asia") == (
        OSMONALIYEV
    )
    monkeypatch.setattr(tuning, "Q26T_NO_IS_NUMBER", False)
    # Before: refused ("no" read as a denial of what his words state), his words offered.
    a = service.ask(_NO_1)
    assert not a.answered and not a.speakers, to_text(a)
    assert "osmonaliyev-proactive-role" in {s.id for s in a.suggestions}, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "who said cooperation with china is the no.1 priority for russia",
        "who said cooperation with china is no priority for central asia",
        "who said no one cares about the summit",
    ],
)
def test_no_1_near_misses(service: Service, question: str) -> None:
    refused(service, question)


def test_no_2_keeps_its_reading(service: Service) -> None:
    assert shown(service, "was the summit in astana the no. 2 summit?")[0] == "summit-2025-astana"


# --- knowledge: "reflects" is "demonstrates" (synonyms.yaml) ---------------------------------


def test_reflects_is_demonstrates(service: Service) -> None:
    q = (
        "Can u give me the Kyrgyz ex-envoy's words on how the summit reflects Central Asian "
        "initiative"
    )
    assert shown(service, q) == OSMONALIYEV, to_text(service.ask(q))


@pytest.mark.parametrize(
    "question",
    [
        "who said the summit reflects china's weakness",
        "what did the kyrgyz ex-envoy say about how the summit reflects russia's interests",
    ],
)
def test_reflects_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- what a summit shows or proves, it demonstrates (tuning.Q26T_SUMMIT_SHOWS) ---------------

_SHOWS = "'the summit fully shows central asia is more proactive' - source?"


def test_summit_shows_is_demonstrates(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its twin, words given to check read as "who said W" (Q26_CHECK_REQUEST), is off.
    monkeypatch.setattr(tuning, "Q26_CHECK_REQUEST", False)
    assert shown(service, _SHOWS) == OSMONALIYEV, to_text(service.ask(_SHOWS))
    monkeypatch.setattr(tuning, "Q26T_SUMMIT_SHOWS", False)
    # Before: refused, his words only offered ("shows" a word his words lack).
    a = service.ask(_SHOWS)
    assert not a.answered and not a.speakers, to_text(a)
    assert "osmonaliyev-proactive-role" in {s.id for s in a.suggestions}, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "who said the summit shows china is weak",
        "what did the summit show about china's economy",
        "who said the summit proves russia is the main partner",
    ],
)
def test_summit_shows_near_misses(service: Service, question: str) -> None:
    refused(service, question)


def test_a_story_then_was_it_x_is_put_right(service: Service) -> None:
    # tests/test_q9quote.py's story, with the rule on: "No: that was not Yersaiyn Nagaspayev",
    # then Osmonaliyev's words, never the Kazakh minister shown as the answer.
    q = "Someone said the summit shows Central Asia is more proactive. Was it the Kazakh minister?"
    a = service.ask(q)
    assert a.entries[:1] == ("osmonaliyev-proactive-role",), to_text(a)
    assert a.speakers == ("kairat-osmonaliyev",), to_text(a)
    assert to_text(a).startswith("No"), to_text(a)
