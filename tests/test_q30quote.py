"""Quote paraphrases still refused, round 30 (q30quote: paraphrases, paraphrases7, paraphrases9,
quotes14).

Each test fails when its rule (bot/tuning.py, section "q30quote") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")

OSMONALIYEV = ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",))
NAGASPAYEV = "yersaiyn-nagaspayev"


# --- a fact's speaker names him for "which official" (tuning.Q30Q_FACT_SPEAKER_NAMED) ----------

_FIGURES_BY_TITLE = [
    "which official put a number on it - 133 projects, 35 billion?",
]


@pytest.mark.parametrize("question", _FIGURES_BY_TITLE)
def test_fact_speaker_named(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (NAGASPAYEV,), to_text(a)
    assert a.entries[0] in ("fact-projects-total", "nagaspayev-industrial-cooperation"), a.entries
    monkeypatch.setattr(tuning, "Q30Q_FACT_SPEAKER_NAMED", False)
    # Before: refused (the fact's "said" too far from his name to count as naming him).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        # A fact that names nobody still answers no "which ... ".
        "which officials praised the summit",
        "which experts commented on the astana summit",
        # Figures nobody gave.
        "which official said 140 projects worth 35 billion?",
    ],
)
def test_fact_speaker_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- ranking something first is saying so (tuning.Q30Q_WHO_RANKED_FIRST) ------------------------

_RANKED_FIRST = [
    "who put china at the top of central asia's to-do list",
    "which ex-envoy put china at the top of central asia's priority list",
    "who put china at the top of the to-do list",
]


@pytest.mark.parametrize("question", _RANKED_FIRST)
def test_who_ranked_first(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    assert shown(service, question) == OSMONALIYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q30Q_WHO_RANKED_FIRST", False)
    # Before: refused ("put" an act his words never name: WHO_DID_UNSAID_ACT).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        # The ranking reversed: his words rank China for Central Asia.
        "who put central asia at the top of china's priority list",
        # Another party ranked, or ranked last.
        "who put russia at the top of central asia's to-do list",
        "who put india at the top of central asia's priority list",
        "who put china at the bottom of central asia's list",
        # A title that is not his, and words that rank nothing.
        "which minister put china at the top of central asia's priority list",
        "which minister placed china first",
        "who put kazakhstan first",
        # Putting without a rank.
        "who put the secretariat in xi'an",
        "who put the economy at the top of the summit agenda",
    ],
)
def test_who_ranked_first_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- counting is giving figures (tuning.Q30Q_COUNTED_FIGURES) -----------------------------------

_COUNTED = [
    "who counted the industrial ventures and their price tag",
    "who tallied the joint projects with china",
]


@_semantic
@pytest.mark.parametrize("question", _COUNTED)
def test_counted_figures(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (NAGASPAYEV,), to_text(a)
    monkeypatch.setattr(tuning, "Q30Q_COUNTED_FIGURES", False)
    # Before: refused ("counted" read as an act done, which nobody's words may answer).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who counted the votes at the summit",
        "who counted the delegates",
        "who counted the countries at the summit",
        "who counted the industrial ventures in uzbekistan",
    ],
)
def test_counted_near_misses(service: Service, question: str) -> None:
    refused(service, question)


# --- "<S> is <P>'s <rank> priority" is a ranking (tuning.Q30Q_POSSESSIVE_RANK) -----------------

_POSSESSIVE = [
    "who said cooperation with China is Central Asia's number one priority",
    "who said cooperation with China is Central Asia's top priority",
]


@pytest.mark.parametrize("question", _POSSESSIVE)
def test_possessive_rank(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    assert shown(service, question) == OSMONALIYEV, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q30Q_POSSESSIVE_RANK", False)
    # Before: refused ("central" read as the predicate, said before China: SUBJECT_SWAPPED).
    refused(service, question)


def test_possessive_rank_reversed(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    # Central Asia ranked by China: not what his words say. Credited before the rule.
    q = "who said cooperation with central asia is china's number one priority"
    refused(service, q)
    monkeypatch.setattr(tuning, "Q30Q_POSSESSIVE_RANK", False)
    assert shown(service, q) == OSMONALIYEV, to_text(service.ask(q))


@pytest.mark.parametrize(
    "question",
    [
        "who said cooperation with russia is central asia's top priority",
        "who said independence is central asia's top priority",
        "who said china is central asia's number one partner",
        "who said central asia is china's top priority",
        "who said cooperation with china is kazakhstan's top priority",
        "who said trade with China is Central Asia's number one priority",
        "who said cooperation with China is Central Asia's biggest threat",
    ],
)
def test_possessive_rank_near_misses(service: Service, question: str) -> None:
    refused(service, question)


def test_possessive_rank_other_speaker(service: Service) -> None:
    # A real person asked about words he never said: not confirmed as his.
    a = service.ask("did Safarov say cooperation with China is Central Asia's number one priority?")
    assert "saifullo-safarov" not in a.speakers, to_text(a)


@pytest.mark.parametrize(
    "question", ["who put central asia first", "which ambassador put central asia first"]
)
def test_the_party_ranked_is_the_one_placed(service: Service, question: str) -> None:
    # Review of round 30: Osmonaliyev places China first for Central Asia; "Central Asian
    # countries", the subject of his sentence, made "who put central asia first" his.
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
