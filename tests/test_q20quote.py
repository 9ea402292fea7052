"""Issue 13, who-said-what questions asked by meaning (quotes11), round 20 (q20quote).

Each test fails when its rule (bot/tuning.py, section "q20quote") is switched off; the near
misses beside them stay refused or corrected, never answered with someone's words.
"""

from __future__ import annotations

import pytest

from bot import index as I
from bot import semantic, tuning
from bot.render import to_text
from bot.service import Service


def _entries(service: Service, question: str) -> tuple[str, ...]:
    """The entries answering, or () when refused."""
    a = service.ask(question)
    return tuple(a.entries) if a.answered else ()


def _fresh(service: Service) -> Service:
    """A service on a freshly built index (no term cached under the other setting)."""
    return Service(
        service.snapshot.__class__(
            I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
        )
    )


# --- "which <title> praised/stressed W" asks for his words (tuning.Q20Q_WHICH_TITLE_PRAISED) --


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which tajik guy praised the friendship treaty", "safarov-treaty-way-forward"),
        ("which tajik expert praised the treaty", "safarov-treaty-way-forward"),
        (
            "Which Kazakh official stressed factories and mining over politics?",
            "nagaspayev-industrial-cooperation",
        ),
    ],
)
def test_which_title_praised_asks_for_his_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert entry in _entries(service, question), to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q20Q_WHICH_TITLE_PRAISED", False)
    # Read as no question of words: the title's holder's card, none of his words.
    assert entry not in _entries(_fresh(service), question)


@pytest.mark.parametrize(
    "question",
    [
        # A party the base does not know: nothing of his is on it.
        "which tajik expert praised the united states",
        "which kyrgyz diplomat praised the eu",
        # A name after the verb is whom he praised, not the speaker asked for.
        "which tajik guy praised osmonaliyev",
    ],
)
def test_which_title_praised_shows_no_words_off_his_topic(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.kind not in ("quote", "quotes"), to_text(a)


def test_which_title_praised_of_another_topic_says_so(service: Service) -> None:
    # The Kazakh official never spoke of the treaty: whose words are on it, under their name.
    a = service.ask("which kazakh official praised the treaty")
    assert "yersaiyn-nagaspayev" not in a.speakers, to_text(a)
    b = service.ask("which kazakh minister stressed the secretariat")
    assert "not “about the secretariat”" in to_text(b) or not b.answered, to_text(b)


# --- a denied word of bad conduct praises (tuning.Q20Q_ADVERSE_CONDUCT) ----------------------

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


@_semantic
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Who said China has never abandoned good-neighbourliness in its foreign policy?",
            "osmonaliyev-proactive-role",
        ),
        ("who said china was never careless with its partners", "safarov-treaty-way-forward"),
    ],
)
def test_a_denied_bad_conduct_praises(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert entry in _entries(service, question), to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q20Q_ADVERSE_CONDUCT", False)
    # A denial the words do not make (Q9_NEGATION): refused.
    assert entry not in _entries(service, question)


@_semantic
@pytest.mark.parametrize(
    "question",
    [
        # The opposite of the words: never answered with them.
        "Who said China has abandoned good-neighbourliness in its foreign policy?",
        "Who said that China has been reckless with other countries?",
        "who said china abandoned its partners",
        "who said china is reckless",
    ],
)
def test_bad_conduct_not_denied_stays_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- an order of magnitude is explained by a figure of its range (Q20Q_MAGNITUDE_WORDS) -------


@_semantic
@pytest.mark.parametrize(
    "question",
    [
        "Who said the number of projects with China worth tens of billions is being implemented?",
        "who said projects worth tens of billions are under way",
    ],
)
def test_an_order_of_magnitude_of_his_figure_finds_his_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    nagaspayev = "nagaspayev-industrial-cooperation"
    assert nagaspayev in _entries(service, question), to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q20Q_MAGNITUDE_WORDS", False)
    # "tens" is near no word of his: refused by the word check.
    assert nagaspayev not in _entries(service, question)


@_semantic
@pytest.mark.parametrize(
    "question",
    [
        # His figures of projects (133, 54) and of billions (35, 9) are of another order.
        "who said thousands of projects are being implemented",
        "who said projects worth hundreds of billions are under way",
        "who said projects worth thousands of dollars are under way",
        "кто сказал, что реализуются сотни проектов",
    ],
)
def test_an_order_of_magnitude_his_figures_deny_shows_nobody(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- domain vocabulary (knowledge/synonyms.yaml) ------------------------------------------------


def test_tightly_is_closely(service: Service) -> None:
    """Working tightly together is Nagaspayev's "work closely"; another pair of countries is
    not his."""
    q = "Who said Kazakhstan and China cooperate tightly on industry?"
    assert "nagaspayev-industrial-cooperation" in _entries(service, q), to_text(service.ask(q))
    a = service.ask("who said kazakhstan and russia cooperate tightly on industry")
    assert not a.answered and not a.speakers, to_text(a)
