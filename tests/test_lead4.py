"""Round 4, the lead's two rules (bot/tuning.py, section "lead (round 4)"), on the real base.

Both came from answers of the fourth blind set's first run that would mislead a user (those
items were looked at and are no longer blind); the questions here are written for the tests.
Each test fails when its rule is switched off.
"""

from __future__ import annotations

import pytest

from bot import text as T
from bot import tuning
from bot.loader import load
from bot.render import to_text
from bot.service import Service
from tests.conftest import KNOWLEDGE

SAFAROV = "saifullo-safarov"
SAFAROV_QUOTE = "safarov-treaty-way-forward"
OSMONALIYEV_QUOTE = "osmonaliyev-proactive-role"


# --- "X says nothing about this" only when none of X's words share the question's -------------


@pytest.mark.parametrize(
    "question",
    [
        "what does safarov think about china's foreign policy",
        "что думает сафаров о внешней политике китая",
    ],
)
def test_no_says_nothing_when_the_persons_own_words_may_be_about_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Osmonaliyev's words say "foreign policy"; Safarov's say China "engaged with other
    countries in a prudent and wise manner". Telling the user that Safarov says nothing about
    China's foreign policy is a false statement about him: the bot says it is not sure and
    offers both, his own words first."""
    a = service.ask(question)
    assert a.kind == "unconfirmed" and not a.answered and a.speakers == ()
    assert [s.id for s in a.suggestions][:2] == [SAFAROV_QUOTE, OSMONALIYEV_QUOTE]
    reply = to_text(a)
    assert "says nothing" not in reply and "ничего не говорит" not in reply
    assert ("not sure" in reply) or ("Не уверен" in reply)
    monkeypatch.setattr(tuning, "SAYS_NOTHING_NEEDS_NO_OWN_WORDS", False)
    off = service.ask(question)
    assert off.kind == "correction" and off.entries == (OSMONALIYEV_QUOTE,)


@pytest.mark.parametrize(
    "question",
    [
        "what did safarov say about mining",  # his words share nothing with it
        "nagaspayev: china has always adhered to a foreign policy of good-neighborliness",
    ],
)
def test_the_correction_stays_where_the_words_are_clearly_someone_elses(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "correction" and len(a.speakers) == 1
    assert SAFAROV not in a.speakers


def test_a_claim_still_hears_no(service: Service) -> None:
    """A claim ("did X say W?") about words that are someone else's still gets "No"."""
    a = service.ask("did safarov say china adhered to a foreign policy of good-neighborliness")
    assert a.kind == "correction" and to_text(a).startswith("No")


# --- Short forms that are everyday words in lower case ("IT") ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how much are the IT projects worth",
        "IT projects in kazakhstan",
        "сколько стоят проекты казахстана с китаем в сфере IT",
    ],
)
def test_it_in_capitals_is_information_technology(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The base has no IT projects: the industrial projects' total is no answer."""
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    monkeypatch.setattr(tuning, "CAPITALS_SHORT_FORMS", False)
    # Read as "it", the question is about the industrial projects: their total or the minister's
    # words that give it.
    off = service.ask(question)
    assert off.answered
    assert off.entries[0] in ("fact-projects-total", "nagaspayev-industrial-cooperation")


def test_it_in_lower_case_is_the_pronoun(service: Service) -> None:
    a = service.ask("is it true that nagaspayev talked about 133 projects")
    assert a.answered and "yersaiyn-nagaspayev" in a.speakers


def test_the_short_form_comes_from_the_base_and_is_kept_in_capitals() -> None:
    kb = load(KNOWLEDGE)
    assert "IT" in kb.abbreviations and "it" not in kb.abbreviations
    spelled = T.words("IT projects", abbreviations=kb.abbreviations)
    assert spelled[:2] == ["information", "technology"]
    assert T.words("is it", abbreviations=kb.abbreviations) == ["is", "it"]
    assert T.is_case_sensitive_short_form("IT") and not T.is_case_sensitive_short_form("BRI")


# --- "In which years" asks a time ----------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["в какие годы осмоналиев был послом", "in which years was osmonaliyev ambassador"]
)
def test_in_which_years_asks_a_time_the_card_does_not_hold(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """A person's career dates are in no record: refused with the card offered, not his quote
    (which showed for «в какие годы»: the phrase was not read as "when")."""
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    assert "kairat-osmonaliyev" in {s.id for s in a.suggestions}
    monkeypatch.setattr(tuning, "ASKED_TIME_WORDS", False)
    assert service.ask(question).answered


# --- "Who said W" where a fact reports W as one person's statement ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said the leaders reached over 100 cooperation outcomes?",
        "кто сказал, что в астане достигнуто более 100 результатов",
    ],
)
def test_who_said_a_reported_statement_gets_the_fact_not_a_quote(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Wang Yi's "more than 100 outcomes" is reported, never quoted: the answer is the fact,
    under the head that says so, and nobody's words."""
    a = service.ask(question)
    assert a.answered and a.entries == ("fact-astana-outcomes",) and a.speakers == ()
    reply = to_text(a)
    assert ("not a quote" in reply) or ("не цитата" in reply)
    monkeypatch.setattr(tuning, "WHO_SAID_REPORTED", False)
    assert not service.ask(question).answered


def test_a_reported_statement_with_a_word_it_does_not_hold_is_refused(service: Service) -> None:
    a = service.ask("who said the leaders reached over 100 outcomes in tourism")
    assert not a.answered and a.speakers == ()
