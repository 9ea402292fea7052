"""Issue 13 (q10quote): quote questions and speaker traps, round 10, on the real base.

Each rule of the q10quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` (the path every front end uses) and failing when switched off. The questions
are written for these tests (a few are the issue's own leads, to show the rule reaches them).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service
from tests.seed_ids import (
    NAGASPAYEV,
    NAGASPAYEV_QUOTE,
    OSMONALIYEV,
    OSMONALIYEV_QUOTE,
    SAFAROV,
    SAFAROV_QUOTE,
    shown,
)

# --- A claim that denies what the quote says is not answered with it -----------------------


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who said china doesn't respect its partners", SAFAROV),
        ("кто сказал что китай не уважает партнёров", SAFAROV),
        ("who said the projects are not implemented", NAGASPAYEV),
        ("who said the summit was not a good platform", NAGASPAYEV),
        ("did safarov say china doesn't respect its partners", SAFAROV),
        ("did nagaspayev say the projects were not implemented", NAGASPAYEV),
    ],
)
def test_a_denied_claim_is_not_credited_to_who_said_the_opposite(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    # Its twin Q21_UNCONFIRMED_OWN_WORDS shows his words under "I can't confirm that" for "did
    # safarov say ..." (tests/test_q21trap.py); off here, this rule's refusal is tested alone.
    monkeypatch.setattr(tuning, "Q21_UNCONFIRMED_OWN_WORDS", False)
    entry, speakers, _ = shown(service, question)
    assert entry is None and speaker not in speakers
    monkeypatch.setattr(tuning, "WHO_SAID_DENIED", False)
    assert speaker in shown(service, question)[1]


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("who said china respects its partners", SAFAROV_QUOTE),
        ("did safarov say china respects its partners", SAFAROV_QUOTE),
        ("didn't safarov say china respects every partner", SAFAROV_QUOTE),
    ],
)
def test_no_denial_keeps_the_quote(service: Service, question: str, quote: str) -> None:
    """A leading "didn't" asks for a yes: the claim denies nothing, and the words are his."""
    assert shown(service, question)[0] == quote


def test_a_contrast_is_no_denial(service: Service) -> None:
    """ "Heads of state and not ministers" sets one against the other; "state" is no verb of
    saying here, and the question is answered as before the rule."""
    q = "is it correct that the treaty was signed by heads of state and not ministers?"
    assert shown(service, q)[0] is not None


# --- A description next to a noun of words is the speaker asked for ------------------------


@pytest.mark.parametrize(
    "question",
    [
        "kazakh foreign minister quote",
        "kazakh foreign minister words",
    ],
)
def test_a_description_of_nobody_quoted_shows_no_one_elses_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    entry, speakers, kind = shown(service, question)
    assert entry is None and not speakers and kind == "unknown_person"
    monkeypatch.setattr(tuning, "WORDS_NOUN_SLOT", False)
    assert OSMONALIYEV in shown(service, question)[1]


def test_the_words_of_a_description_of_nobody_are_nobodys(service: Service) -> None:
    entry, speakers, _ = shown(service, "the words of the kazakh foreign minister")
    assert entry is None and not speakers


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("kazakh minister quote", NAGASPAYEV),
        ("tajik expert quote", SAFAROV),
        ("kyrgyz diplomat quote", OSMONALIYEV),
        ("former ambassador quote", OSMONALIYEV),
    ],
)
def test_a_description_of_one_quoted_person_shows_their_words(
    service: Service, question: str, speaker: str
) -> None:
    assert shown(service, question)[1] == (speaker,)


def test_a_noun_of_no_office_alone_describes_nobody(service: Service) -> None:
    """Three experts are quoted: "expert comments" is no slot for one of them."""
    assert shown(service, "what are the expert comments on the summit")[1] == ()


def test_a_topic_before_quote_is_still_the_topic(service: Service) -> None:
    """No title nor noun of a person: "proactive role" is what the words are about."""
    assert shown(service, "proactive role quote")[0] == OSMONALIYEV_QUOTE


def test_quote_the_minister_on_a_topic(service: Service) -> None:
    assert shown(service, "quote the minister on metallurgy")[0] == NAGASPAYEV_QUOTE


# --- A statement put to the wrong person is corrected with its speaker's words --------------


@pytest.mark.parametrize(
    "question",
    [
        "what did nagaspayev say about china being prudent and wise",
        "Осмоналиев назвал Китай мудрым и осмотрительным — где это было?",
    ],
)
def test_a_statement_of_another_speaker_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    entry, speakers, kind = shown(service, question)
    assert (entry, speakers, kind) == (SAFAROV_QUOTE, (SAFAROV,), "correction")
    monkeypatch.setattr(tuning, "PREDICATE_CORRECTED", False)
    entry, speakers, kind = shown(service, question)
    assert entry is None and kind == "unconfirmed"


@pytest.mark.parametrize(
    "question",
    [
        "what does the tajik expert think about china's foreign policy",
        "what did the tajik expert say about china's foreign policy",
    ],
)
def test_a_topic_someone_else_named_stays_not_sure(service: Service, question: str) -> None:
    """His own words may be about China's foreign policy in other words: "Safarov says nothing
    about this" would be a claim about him the bot cannot make (round 4's lead)."""
    assert shown(service, question)[2] == "unconfirmed"


def test_a_statement_with_words_of_nobody_is_not_corrected(service: Service) -> None:
    """ "Reckless" is nobody's word: Safarov's quote is not what was put to Nagaspayev."""
    q = "what did nagaspayev say about china being prudent and reckless"
    assert shown(service, q)[2] != "correction"


# --- "According to the article, who is X" asks who X is ------------------------------------


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("according to the article, who is safarov", SAFAROV),
        ("who's osmonaliyev according to the report", OSMONALIYEV),
        ("according to the article who is the kyrgyz diplomat", OSMONALIYEV),
    ],
)
def test_who_is_per_the_article_is_the_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    entry, _, kind = shown(service, question)
    assert (entry, kind) == (person, "person")
    monkeypatch.setattr(tuning, "ACCORDING_TO_SOURCE_WHO", False)
    assert shown(service, question)[2] in ("quote", "quotes")


@pytest.mark.parametrize(
    "question",
    ["according to the article, what did safarov say", "according to safarov, what is the treaty"],
)
def test_according_to_with_words_asked_keeps_the_words(service: Service, question: str) -> None:
    assert shown(service, question)[2] in ("quote", "quotes")


# --- Words asked of an unquoted title holder: the one quoted holder of the title -------------


def test_the_chairmans_view_is_the_quoted_chairmans_words(service: Service) -> None:
    # (Answered by the semantic stage's tuning.Q10_SHARED_ROLE, tests/test_q10sem.py; this
    # round's lexical twin of it was removed at the merge.)
    q = "what's the chairman's view of how china deals with other nations"
    assert shown(service, q)[:2] == (SAFAROV_QUOTE, (SAFAROV,))


@pytest.mark.parametrize(
    "question", ["what did the chinese chairman say", "what did the chairman of china say"]
)
def test_a_title_with_its_country_keeps_its_holder(service: Service, question: str) -> None:
    """China's chairman is Xi, quoted nowhere: never Safarov's words."""
    entry, speakers, _ = shown(service, question)
    assert entry is None and SAFAROV not in speakers


# --- "<words> - was that X?" puts the words to X ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        (
            "I remember something like 'China has always followed a friendly good-neighbour "
            "foreign policy' - was that the Tajik expert?",
            OSMONALIYEV_QUOTE,
            OSMONALIYEV,
        ),
        (
            "the region is taking a proactive role, was that safarov?",
            OSMONALIYEV_QUOTE,
            OSMONALIYEV,
        ),
    ],
)
def test_words_put_to_the_wrong_person_are_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, speaker: str
) -> None:
    assert shown(service, question) == (quote, (speaker,), "correction")
    monkeypatch.setattr(tuning, "WAS_THAT_X_CLAIMS", False)
    monkeypatch.setattr(tuning, "PREDICATE_CORRECTED", False)
    assert shown(service, question)[2] != "correction"


def test_the_proactive_role_was_that_safarov_is_no_card(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """His card would read as "yes, that was Safarov"."""
    q = "the region is taking a proactive role, was that safarov?"
    monkeypatch.setattr(tuning, "WAS_THAT_X_CLAIMS", False)
    assert shown(service, q)[2] == "person"


@pytest.mark.parametrize(
    "question",
    [
        "the region is taking a proactive role, was that osmonaliyev?",
        "central asia shapes its own agenda - was that the kyrgyz diplomat?",
    ],
)
def test_words_put_to_their_speaker_show_them(service: Service, question: str) -> None:
    assert shown(service, question)[:2] == (OSMONALIYEV_QUOTE, (OSMONALIYEV,))


# --- «На первом месте» is a priority --------------------------------------------------------


def test_first_place_is_a_top_priority(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    q = "кто сказал что сотрудничество с китаем для центральной азии на первом месте"
    assert shown(service, q)[:2] == (OSMONALIYEV_QUOTE, (OSMONALIYEV,))
    monkeypatch.setattr(tuning, "FIRST_PLACE_IS_PRIORITY", False)
    assert shown(service, q)[0] is None


def test_first_place_asked_of_no_words_is_no_priority(service: Service) -> None:
    """Nobody's words are asked: the idiom is not read as anyone's priority."""
    assert OSMONALIYEV not in shown(service, "who came in first place")[1]
