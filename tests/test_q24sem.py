"""Who-said questions that name no speaker, asked in other words (quotes13, mix13), round 24
(q24sem).

Each test fails when its rule (bot/tuning.py, section "q24sem", or the words of its synonym
group: tests/kbcopy.py) is switched off; the near misses beside them stay refused, never
answered with somebody else's words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import semantic, tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown
from tests.kbcopy import without_words as _without_words

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")

SAFAROV = ("safarov-treaty-way-forward", ("saifullo-safarov",))
OSMONALIYEV = ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",))
NAGASPAYEV = ("nagaspayev-industrial-cooperation", ("yersaiyn-nagaspayev",))


def _offered(service: Service, question: str) -> set[str]:
    """The entries a refusal offers as suggestions (asserting it is a refusal)."""
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
    return {s.id for s in a.suggestions}


# --- the statement before "who was that" is what is read (Q24SEM_SAID_BEFORE_WHO) ------------

_SAID_BEFORE = (
    "someone said china treats every partner with respect and acts wisely... who was that and "
    "what was the full quote?"
)


@_semantic
def test_said_before_who(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _SAID_BEFORE) == SAFAROV, to_text(service.ask(_SAID_BEFORE))
    assert "Safarov" in to_text(service.ask(_SAID_BEFORE))
    monkeypatch.setattr(tuning, "Q24SEM_SAID_BEFORE_WHO", False)
    # Before: the question sentence alone ("who was that and what was the full quote?") went
    # on to the semantic stage, which found nobody's words in it.
    refused(service, _SAID_BEFORE)


@pytest.mark.parametrize(
    "question",
    [
        "someone said china treats every partner with contempt and acts rashly... who was that?",
        "someone said russia treats every partner with respect and acts wisely... who was that?",
        "someone said the treaty bans nuclear weapons... who was that and what was the quote?",
    ],
)
def test_said_before_who_needs_the_words(service: Service, question: str) -> None:
    refused(service, question)


# --- the user's piece of work is no topic (Q24SEM_USER_WORK_FRAMES) ---------------------------

_RADIO = "For a radio piece: any expert saying the treaty sets the course for what comes next?"


@_semantic
def test_user_work_frame(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _RADIO) == SAFAROV, to_text(service.ask(_RADIO))
    q = (
        "Пишу реферат, нужна цитата эксперта о том, что договор указывает путь для будущего "
        "сотрудничества"
    )
    assert shown(service, q) == SAFAROV, to_text(service.ask(q))
    monkeypatch.setattr(tuning, "Q24SEM_USER_WORK_FRAMES", False)
    # Before: "radio" was a word no entry explains; his words only offered.
    assert "safarov-treaty-way-forward" in _offered(service, _RADIO)


@pytest.mark.parametrize(
    "question",
    [
        "For a radio piece: any expert saying russia sets the course for what comes next?",
        "doing a podcast: any expert saying the treaty bans nuclear weapons?",
        "did the treaty mention radio",
    ],
)
def test_user_work_frame_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


def test_user_work_frame_only_for_words_said(service: Service) -> None:
    # A question about no words keeps «курсовую» a word: the story is not read as the question
    # (dev set 6: the summits answer, not the reception's fact).
    q = "пишу курсовую про отношения китая и центральной азии. сколько уже было саммитов и где?"
    assert shown(service, q)[0] in ("summit-2023-xian", "summit-2025-astana"), to_text(
        service.ask(q)
    )


# --- a last sentence asking only for name and title (Q24SEM_DETAILS_REQUEST) ------------------

_DETAILS = (
    "Пишу реферат, нужна цитата эксперта о том, что договор указывает путь для будущего "
    "сотрудничества. С именем и должностью, пожалуйста"
)


@_semantic
def test_details_request(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _DETAILS) == SAFAROV, to_text(service.ask(_DETAILS))
    monkeypatch.setattr(tuning, "Q24SEM_DETAILS_REQUEST", False)
    # Before: «С именем и должностью, пожалуйста» was read alone (no sentence is a question).
    refused(service, _DETAILS)


@pytest.mark.parametrize(
    "question",
    [
        "Пишу реферат, нужна цитата эксперта о том, что договор указывает путь для ядерного "
        "оружия. С именем и должностью, пожалуйста",
        "Нужна цитата эксперта о том, что Россия указывает путь для будущего сотрудничества. С "
        "именем и должностью, пожалуйста",
    ],
)
def test_details_request_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- "partner number one" is a top partner (Q24SEM_PARTNER_RANKED_AFTER) ----------------------

_PARTNER_NUMBER_ONE = (
    "Did anyone say China is basically partner number one for the Central Asian countries?"
)


def test_partner_ranked_after(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _PARTNER_NUMBER_ONE) == OSMONALIYEV, to_text(
        service.ask(_PARTNER_NUMBER_ONE)
    )
    monkeypatch.setattr(tuning, "Q24SEM_PARTNER_RANKED_AFTER", False)
    # Before: ambiguous ("partner" Safarov's word, "priority" Osmonaliyev's).
    assert "osmonaliyev-proactive-role" in _offered(service, _PARTNER_NUMBER_ONE)


@pytest.mark.parametrize(
    "question",
    [
        "who said russia is partner number one for central asia",
        "who said central asia is partner number one for china",
    ],
)
def test_partner_ranked_after_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


def test_unranked_partner_is_as_before(service: Service) -> None:
    q = "who said china respects each partner"
    assert shown(service, q) == SAFAROV, to_text(service.ask(q))


# --- putting something first is a priority (Q24SEM_PUT_FIRST) ---------------------------------

_PUT_FIRST = "who said central asia is putting china first now"


@_semantic
def test_put_first(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _PUT_FIRST) == OSMONALIYEV, to_text(service.ask(_PUT_FIRST))
    q = "who said the region puts beijing first"
    assert shown(service, q) == OSMONALIYEV, to_text(service.ask(q))
    monkeypatch.setattr(tuning, "Q24SEM_PUT_FIRST", False)
    # Before: "putting", "first" explained by no words near enough (0.57 under the cut-off).
    assert "osmonaliyev-proactive-role" in _offered(service, _PUT_FIRST)


@pytest.mark.parametrize(
    "question",
    [
        # the ranking reversed, another country, no verb of putting
        "who said china puts central asia first",
        "who said china is putting central asia first",
        "who said russia puts china first",
        "who said central asia puts russia first",
        "who put the treaty first",
    ],
)
def test_put_first_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- the words first, "who said that" after (Q24SEM_WHO_SAID_AFTER) ---------------------------

_FIGURE_FIRST = "35 млрд долларов кто назвал эту цифру"


@_semantic
def test_who_said_after(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _FIGURE_FIRST) == NAGASPAYEV, to_text(service.ask(_FIGURE_FIRST))
    q = "china acts wisely and respects every partner, who said that"
    assert shown(service, q) == SAFAROV, to_text(service.ask(q))
    monkeypatch.setattr(tuning, "Q24SEM_WHO_SAID_AFTER", False)
    # Before: not read as asking whose words; the projects' fact was near (0.51), refused.
    assert "nagaspayev-industrial-cooperation" in _offered(service, _FIGURE_FIRST)


@pytest.mark.parametrize(
    "question",
    [
        "500 млрд долларов кто назвал эту цифру",
        "russia acts wisely and respects every partner, who said that",
        "china bullies every partner, who said that",
    ],
)
def test_who_said_after_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- nouns for anyone quoted are the frame (Q24SEM_COMMENTATOR_FRAME) -------------------------

_COMMENTATOR = "Which commentator linked the treaty to building a community of common destiny?"


@_semantic
def test_commentator_frame(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _COMMENTATOR) == SAFAROV, to_text(service.ask(_COMMENTATOR))
    monkeypatch.setattr(tuning, "Q24SEM_COMMENTATOR_FRAME", False)
    # Before: "commentator" had to be explained by his words (0.56).
    assert "safarov-treaty-way-forward" in _offered(service, _COMMENTATOR)


@pytest.mark.parametrize(
    "question",
    [
        "which commentator linked the treaty to nuclear weapons",
        "which commentator linked russia to a community of common destiny",
        # no words said are asked: "commentators" stays a word (paraphrases4)
        "which countries were the commentators from",
    ],
)
def test_commentator_frame_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- a direction is a way (knowledge/synonyms.yaml, q24sem) -----------------------------------

_DIRECTION = (
    "Did anyone at the summit talk about the treaty showing the direction for future cooperation?"
)


@_semantic
def test_direction_is_a_way(service: Service, tmp_path: Path) -> None:
    assert shown(service, _DIRECTION) == SAFAROV, to_text(service.ask(_DIRECTION))
    off = _without_words(tmp_path, "direction", "directions", "направление")
    # Before: "direction" near no word of his enough (0.65 needed, 0.648).
    assert shown(off, _DIRECTION)[0] is None, to_text(off.ask(_DIRECTION))


@pytest.mark.parametrize(
    "question",
    [
        "did anyone talk about the treaty showing the direction for nuclear weapons",
        "did anyone talk about russia showing the direction for future cooperation",
    ],
)
def test_direction_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- deciding one's own fate is acting independently (Q24SEM_DESTINY_IDIOMS) ------------------


@_semantic
@pytest.mark.parametrize(
    "question",
    [
        "someone said the region is taking its destiny into its own hands, who was that",
        "кто из экспертов говорил что регион сам решает свою судьбу",
    ],
)
def test_destiny_idioms(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    assert shown(service, question) == OSMONALIYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q24SEM_DESTINY_IDIOMS", False)
    # Before: "destiny", «судьбу» near no word of his (0.37, 0.35).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        # another's fate, the fate taken by China or Russia
        "who said china decides the region's destiny",
        "кто говорил что Китай решает судьбу региона",
        "who said china is taking its destiny into its own hands",
        "who said russia is taking its destiny into its own hands",
        "кто говорил что Китай сам решает свою судьбу",
    ],
)
def test_destiny_idioms_keep_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- no favourites is respecting every partner (Q24SEM_NO_FAVOURITES) -------------------------

_FAVOURITES = "Who said China doesn't pick favourites and respects each partner?"


def test_no_favourites(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _FAVOURITES) == SAFAROV, to_text(service.ask(_FAVOURITES))
    q = "who said china never plays favorites with its neighbours"
    assert shown(service, q) == SAFAROV, to_text(service.ask(q))
    monkeypatch.setattr(tuning, "Q24SEM_NO_FAVOURITES", False)
    # Before: "favourites" a word no entry explains, and "doesn't" denied his praise.
    refused(service, _FAVOURITES)


@pytest.mark.parametrize(
    "question",
    [
        "who said china picks favourites",
        "who said china plays favourites",
        "who said russia doesn't play favourites",
        "who said central asia doesn't play favourites",
    ],
)
def test_no_favourites_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- an unknown "name" that names nobody, for the semantic stage (Q24SEM_UNNAMED_SLOT_SEMANTIC)

_BIT_WHERE = "that bit where someone said beijing plays it smart and treats all its friends well"


@_semantic
def test_unnamed_slot_semantic(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _BIT_WHERE) == SAFAROV, to_text(service.ask(_BIT_WHERE))
    monkeypatch.setattr(tuning, "Q24SEM_UNNAMED_SLOT_SEMANTIC", False)
    # Twin: "that bit where someone said W" is asked as "who said W" too
    # (Q28Q_WORDS_WHERE_SOMEONE_SAYS); off, so that this rule is what is shown.
    monkeypatch.setattr(tuning, "Q28Q_WORDS_WHERE_SOMEONE_SAYS", False)
    # Before: "bit where someone" read as a name the base does not hold; his words offered.
    assert "safarov-treaty-way-forward" in _offered(service, _BIT_WHERE)


@pytest.mark.parametrize(
    "question",
    [
        "that bit where putin said beijing plays it smart and treats all its friends well",
        "that bit where someone said moscow plays it smart and treats all its friends well",
        "that bit where someone said beijing bullies all its friends",
    ],
)
def test_unnamed_slot_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)
