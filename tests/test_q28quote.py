"""Quote paraphrases remembered loosely, round 28 (q28quote, quotes14).

Each test fails when its rule (bot/tuning.py, section "q28quote") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import text as T
from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown

NAGASPAYEV = ("nagaspayev-industrial-cooperation", ("yersaiyn-nagaspayev",))
OSMONALIYEV = ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",))


# --- words of a large number are "many" (tuning.Q28Q_PLENTY_IS_MANY) ---------------------------

_PLENTY = [
    "Кто говорил, что в горнодобыче и металлургии немало совместных проектов?",
    "for my thesis on BRI in Kazakhstan I need the line where an official says there are lots of "
    "joint projects in metals and mining",
]


@pytest.mark.parametrize("question", _PLENTY)
def test_lots_of_is_many(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    assert shown(service, question) == NAGASPAYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q28Q_PLENTY_IS_MANY", False)
    # Before: refused ("lots", «немало» words no entry explains).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who said there are few joint projects in mining",
        "Кто говорил, что в горнодобыче мало совместных проектов?",
        "who said there are lots of joint tourism projects between kazakhstan and china",
        "who said there are plenty of nuclear power plants in kazakhstan",
    ],
)
def test_plenty_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- what the summit shows (tuning.Q28Q_SUMMIT_SHOWING) -----------------------------------------

_SHOWING = [
    "quote about the summit showing Central Asia's growing initiative",
    "нужна цитата о том, что саммит показал проактивность стран Центральной Азии",
    "who said CA countries put ties with Beijing at the top of the list",
]


@pytest.mark.parametrize("question", _SHOWING)
def test_summit_showing_is_demonstrating(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question) == OSMONALIYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q28Q_SUMMIT_SHOWING", False)
    # Before: refused ("showing", «мере», "list" read word by word).
    refused(service, question)


def test_russian_fully_demonstrates(service: Service) -> None:
    """«демонстрировать», «полностью» are words of knowledge/synonyms.yaml (no switch)."""
    q = "цитата экс-посла про то что саммит это в полной мере демонстрирует"
    assert shown(service, q) == OSMONALIYEV, to_text(service.ask(q))


@pytest.mark.parametrize(
    "question",
    [
        "who said the summit showed china is central asia's biggest threat",
        "quote about the summit showing Russia's growing influence",
        "цитата про то что саммит показал слабость Китая",
        "who said Kazakhstan rejects belt and road",
    ],
)
def test_summit_showing_near_misses(service: Service, question: str) -> None:
    refused(service, question)


def test_belt_and_road_initiative_keeps_its_name(service: Service) -> None:
    q = "what did the kazakh minister say about the belt and road initiative"
    assert shown(service, q) == NAGASPAYEV, to_text(service.ask(q))


# --- a Russian work frame (tuning.Q28Q_RU_WORK_FRAME) ----------------------------------------

_RU_FRAMED = (
    "Для статьи нужна цитата о том, что саммит показал проактивность стран Центральной Азии"
)


def test_russian_work_frame_read_apart(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _RU_FRAMED) == OSMONALIYEV, to_text(service.ask(_RU_FRAMED))
    monkeypatch.setattr(tuning, "Q28Q_RU_WORK_FRAME", False)
    # Before: refused («статьи» read as the articles of a treaty asked for).
    refused(service, _RU_FRAMED)


def test_russian_work_frame_rest() -> None:
    assert T.work_frame_rest("Для статьи нужна цитата Сафарова") == "нужна цитата Сафарова"
    assert T.work_frame_rest("для моего доклада: кто сказал это?") == "кто сказал это?"
    # «для» with no piece of the user's work: nothing is taken out.
    assert T.work_frame_rest("для чего подписали договор?") is None


@pytest.mark.parametrize(
    "question",
    [
        "для статьи нужна цитата о том, что Китай — главная угроза",
        "Для статьи нужна цитата Токаева про железную дорогу",
    ],
)
def test_russian_work_frame_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- the words where someone says W (tuning.Q28Q_WORDS_WHERE_SOMEONE_SAYS) -----------------

_WHERE_SOMEONE = (
    "need the words where someone says this summit proves Central Asia is more hands-on in its "
    "own region"
)


def test_words_where_someone_says(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _WHERE_SOMEONE) == OSMONALIYEV, to_text(service.ask(_WHERE_SOMEONE))
    monkeypatch.setattr(tuning, "Q28Q_WORDS_WHERE_SOMEONE_SAYS", False)
    # Before: refused ("need the words where someone" taken for an unknown speaker).
    refused(service, _WHERE_SOMEONE)


def test_someone_says_rest() -> None:
    assert T.someone_says_rest("need the words where someone says X is Y?") == "who said X is Y"
    # A described speaker keeps the question as written.
    assert T.someone_says_rest("need the line where the minister says X is Y") is None


@pytest.mark.parametrize(
    "question",
    [
        "need the words where someone says china is central asia's biggest threat",
        "need the words where someone says kazakhstan rejects belt and road",
    ],
)
def test_words_where_someone_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- someone the user works for wants the words (tuning.Q28Q_WANTED_FOR_USER) ----------------

_EDITOR = (
    "my editor wants the exact wording on how many projects are underway vs already done, who "
    "said it"
)


def test_editor_wants_is_user_needs(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _EDITOR) == NAGASPAYEV, to_text(service.ask(_EDITOR))
    monkeypatch.setattr(tuning, "Q28Q_WANTED_FOR_USER", False)
    # Before: refused ("editor", "wants" words no entry explains).
    refused(service, _EDITOR)


@pytest.mark.parametrize(
    "question",
    [
        "my editor wants a quote on nuclear power",
        "my boss wants the words where Tokayev talks about the railway",
        "my editor wants the exact wording on how many tourists came, who said it",
    ],
)
def test_editor_wants_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- «фраза» asks for the words (tuning.Q28Q_PHRASE_IS_WORDS) --------------------------------

_PHRASE = [
    "kazahstan i kitai tesno rabotayut v promyshlennosti — chya fraza?",
    "казахстан и китай тесно работают в промышленности — чья фраза?",
]


@pytest.mark.parametrize("question", _PHRASE)
def test_phrase_asks_for_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question) == NAGASPAYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q28Q_PHRASE_IS_WORDS", False)
    # Before: refused («фраза» a word no entry explains).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "чья фраза: Казахстан и Китай тесно работают в атомной энергетике?",
        "чья это фраза: Китай никогда не уважал партнёров",
        "чья фраза: Казахстан отвергает пояс и путь?",
    ],
)
def test_phrase_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- a portfolio of projects (knowledge/synonyms.yaml, no switch) -----------------------------


def test_project_portfolio_is_the_projects(service: Service) -> None:
    q = (
        "Who gave the dollar figure for the Kazakhstan–China project portfolio at the Astana "
        "summit?"
    )
    assert shown(service, q) == NAGASPAYEV, to_text(service.ask(q))


def test_portfolio_near_miss(service: Service) -> None:
    refused(service, "who said the portfolio of nuclear projects is worth 35 billion")
