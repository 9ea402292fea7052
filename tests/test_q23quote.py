"""Who-said-what questions asked by meaning (quotes11, traps12), round 23 (q23quote).

Each test fails when its rule (bot/tuning.py, section "q23quote") is switched off; the near
misses beside them stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


# --- a verb of listing is a verb of saying (tuning.Q23Q_LISTING_VERBS) -----------------------

_LISTED = (
    "Who listed good-neighbourly relations, sincere cooperation, mutual respect and friendly "
    "coexistence as principles both sides share?"
)


@_semantic
def test_listing_is_saying(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(service, _LISTED) == ("safarov-treaty-way-forward", ("saifullo-safarov",)), (
        to_text(service.ask(_LISTED))
    )
    monkeypatch.setattr(tuning, "Q23Q_LISTING_VERBS", False)
    # Before: refused, his words only offered ("listed" a topic his words did not explain).
    a = service.ask(_LISTED)
    assert not a.answered and not a.speakers, to_text(a)
    assert "safarov-treaty-way-forward" in {s.id for s in a.suggestions}, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "who listed the railway projects",
        "who listed china's bad habits and failures",
        "who listed the gas pipelines to russia",
    ],
)
def test_listing_needs_the_words(service: Service, question: str) -> None:
    refused(service, question)


# --- a partner ranked first is a priority (tuning.Q23Q_NUMBER_ONE_PARTNER, synonyms) --------

_PARTNER = [
    "who said central asia makes china its number one partner",
    "who said central asia is making china its number one partner",
    "who said central asia places china as its top partner",
    "which former ambassador said central asia makes china its number one partner",
]


@pytest.mark.parametrize("question", _PARTNER)
def test_number_one_partner_is_top_priority(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question) == ("osmonaliyev-proactive-role", ("kairat-osmonaliyev",)), (
        to_text(service.ask(question))
    )
    monkeypatch.setattr(tuning, "Q23Q_NUMBER_ONE_PARTNER", False)
    # Before: refused ("partner" is Safarov's word; his words only offered or unconfirmed).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        # the ranking reversed, or of another country: nobody said so
        "who said china makes central asia its number one partner",
        "who said kazakhstan makes china its number one partner",
        "who said china is russia's top partner",
        # a partner not ranked: Safarov's "each and every partner" and Osmonaliyev's words tie
        "who said central asia makes china its partner",
        "who said china makes its top partners angry",
    ],
)
def test_partner_near_misses(service: Service, question: str) -> None:
    refused(service, question)


def test_a_main_partner_is_ranked_first(service: Service) -> None:
    # Since round 30 a "main" partner is ranked first (tuning.L30_MAIN_PARTNER): Central Asia
    # making China its main partner is Osmonaliyev's ranking, no longer a near miss.
    q = "who said central asia makes china its main partner"
    assert shown(service, q)[1] == ("kairat-osmonaliyev",)


def test_each_partner_stays_safarovs(service: Service) -> None:
    q = "who said china respects each and every partner"
    assert shown(service, q) == ("safarov-treaty-way-forward", ("saifullo-safarov",)), to_text(
        service.ask(q)
    )


# --- a passive claim's doer is its subject (tuning.Q23Q_PASSIVE_AGENT_SUBJECT) ---------------

_PASSIVE = [
    "who said the treaty was signed jointly by the heads of state",
    "who said the treaty was signed by all the heads of state jointly",
]


@pytest.mark.parametrize("question", _PASSIVE)
def test_passive_doer_is_the_subject(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question) == ("safarov-treaty-way-forward", ("saifullo-safarov",)), (
        to_text(service.ask(question))
    )
    monkeypatch.setattr(tuning, "Q23Q_PASSIVE_AGENT_SUBJECT", False)
    # Before: refused (read as "the treaty signed ...", his words looked said of another).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        # a doer his words do not make the signer, or another verb
        "who said the treaty was signed by the foreign ministers",
        "who said the treaty was signed by china",
        "who said the treaty was rejected by the heads of state",
        "who said the treaty was signed by the heads of state in Xian",
        "who said the agenda is shaped by china",
        "who said the projects were implemented by chinese companies",
    ],
)
def test_passive_near_misses(service: Service, question: str) -> None:
    refused(service, question)
