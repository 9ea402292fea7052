"""Issue 13 (q10sem): the semantic stage's recall on paraphrases, round 10.

Each rule of the q10sem section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` on the base as tested and failing when switched off; its near misses stay
refused, or at least show nobody else's words, with every rule on. The questions are written
for these tests, not taken from the development or blind sets.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.service import Service
from tests.seed_ids import first_entry as _shown

SAFAROV_WAY = "safarov-treaty-way-forward"
OSMONALIYEV = "osmonaliyev-proactive-role"
NAGASPAYEV = "nagaspayev-industrial-cooperation"

pytestmark = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


# --- A noun naming a part of a topic needs no explaining (Q10_ASPECT_NOUNS) -----------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who mentioned the coal chemistry side of things", NAGASPAYEV),
        ("did anybody talk about the industrial side of the cooperation with china", NAGASPAYEV),
        # q16quote: "who praised ..." is read as "who said" now (tuning.Q16_WHO_PRAISED), and
        # "the friendly line china takes with its neighbours" is split between Osmonaliyev's
        # and Safarov's words as "who talked about ..." is (tests/test_q16quote.py)
        ("who mentioned the good-neighbourly line china takes", OSMONALIYEV),
    ],
)
def test_an_aspect_noun_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert _shown(service, question) == entry
    monkeypatch.setattr(tuning, "Q10_ASPECT_NOUNS", False)
    assert _shown(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        # the word beside the aspect noun is still checked: nobody spoke of either
        "did anybody talk about the military side of the cooperation with china",
        "who mentioned the nuclear side of things",
        # "hardline" is a word of its own, not "line"
        "who praised the hardline china takes with its neighbours",
    ],
)
def test_the_words_beside_an_aspect_noun_are_still_checked(service: Service, question: str) -> None:
    assert _shown(service, question) is None


# --- A role another speaker holds too (Q10_SHARED_ROLE) ---------------------------------------


def test_a_role_another_speaker_holds_finds_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The chairman" reads as Xi («председатель КНР»), of whom the base holds no words;
    Safarov chairs the association of political scientists, and the words are his."""
    question = "what does the chairman make of how china treats every partner"
    a = service.ask(question)
    assert a.kind == "quote" and a.entries == (SAFAROV_WAY,)
    assert a.speakers == ("saifullo-safarov",)
    monkeypatch.setattr(tuning, "Q10_SHARED_ROLE", False)
    assert service.ask(question).kind == "unknown_person"


@pytest.mark.parametrize(
    "question",
    [
        # the role word beside "chairman" is Xi's alone
        "what did the chinese chairman say about respecting every partner",
        "what did the chairman of china say about respecting every partner",
    ],
)
def test_a_role_only_the_asked_person_holds_shows_nobody_else(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert a.method != "semantic"
    assert a.kind != "quote"


# --- A verdict the entry does not give (Q10_ADVERSE_WORDS) ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said there is deep distrust between china and central asia",
        "who said china treats its partners with contempt",
    ],
)
def test_a_bad_verdict_is_not_answered_with_praise(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _shown(service, question) is None
    monkeypatch.setattr(tuning, "Q10_ADVERSE_WORDS", False)
    assert _shown(service, question) == SAFAROV_WAY


@pytest.mark.parametrize(
    "question",
    [
        "who said china never bullies any of its partners",
        "who said beijing does not bully its partners but respects each one",
    ],
)
def test_a_denied_bad_verdict_is_praise(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.entries[:1] == (SAFAROV_WAY,) and a.speakers == ("saifullo-safarov",)
    monkeypatch.setattr(tuning, "Q10_ADVERSE_WORDS", False)
    assert _shown(service, question) is None


def test_what_judges_a_relation_as_bad() -> None:
    assert semantic.negative("there is deep distrust between them".split())
    assert not semantic.negative("china never bullies its partners".split())
    assert semantic.negative("the projects are not done yet".split())
    assert not semantic.negative("china respects each and every partner".split())
    assert semantic.negative("китай смотрит на соседей свысока".split())
    assert not semantic.negative("китай ни на кого не смотрит свысока".split())


# --- A share asked of an entry that states figures (Q10_PROPORTION_WORDS) --------------------


@pytest.mark.parametrize(
    "question",
    [
        "have more than half of the joint projects been completed",
        "what percentage of the 133 projects is done",
    ],
)
def test_a_share_is_answered_by_the_figures(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _shown(service, question) == "fact-projects-implemented"
    monkeypatch.setattr(tuning, "Q10_PROPORTION_WORDS", False)
    assert _shown(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        # the other words still need explaining: no figure of water in the treaty
        "is half of the treaty about water",
        "did half of the leaders sign the treaty",
    ],
)
def test_a_share_of_something_no_figure_counts_is_refused(service: Service, question: str) -> None:
    assert _shown(service, question) is None
