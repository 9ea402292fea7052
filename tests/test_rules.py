"""The attribution rules, each on a small base built to exercise it (tests/fixtures/kb/rules).

Boris Sample and Carla Test said nearly the same sentence ("The summit opened a new chapter of
friendship" / "... for the region"): a question with those words scores Boris's a little higher
(1.0 against 0.95), within the speaker margin, so only the ambiguity rule stops the bot from
picking Boris. Anna Example (the bridge minister) said something else entirely, so words of Boris
credited to her call for a correction. Each test fails when its rule is switched off (checked by
hand: speaker margin 0; the correction branch removed, or its margin 0; the unknown-speaker branch
removed; a named speaker's scores replaced by everyone's; the first person named picked).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer import Answer
from bot.render import to_text
from bot.service import Service

RULES = Path(__file__).resolve().parent / "fixtures" / "kb" / "rules"
CHAPTER = "the summit opened a new chapter of friendship"


@pytest.fixture(scope="module")
def service() -> Service:
    return Service.from_dir(RULES)


def _suggested(a: Answer) -> list[str]:
    return [s.id for s in a.suggestions]


def _shows_no_quote(service: Service, a: Answer) -> None:
    """A refusal: no entry, no speaker, and none of the base's quotes in its text."""
    assert not a.answered and a.entries == () and a.speakers == (), (a.kind, a.entries)
    text = to_text(a)
    for q in service.snapshot.index.kb.quotes.values():
        assert q.text not in text, q.id


# -- speaker ambiguity -------------------------------------------------------------------------


@pytest.mark.parametrize("question", [f"who said {CHAPTER}", f"{CHAPTER} - who said that?"])
def test_two_speakers_within_the_margin_are_reported_not_picked(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "ambiguous", (a.kind, a.entries, a.speakers)
    _shows_no_quote(service, a)
    assert set(_suggested(a)) >= {"boris-chapter", "carla-chapter"}


def test_two_people_named_whose_words_both_fit_are_reported_not_the_first_named(
    service: Service,
) -> None:
    a = service.ask(f"Boris and Carla were both there: who said {CHAPTER}?")
    assert a.kind == "ambiguous", (a.kind, a.entries, a.speakers)
    _shows_no_quote(service, a)
    assert set(_suggested(a)) == {"boris-chapter", "carla-chapter"}


def test_of_two_people_named_the_one_whose_words_fit_is_answered(service: Service) -> None:
    a = service.ask(
        "the sampleland analyst and the bridge minister spoke: who said the new bridge will "
        "carry trains"
    )
    assert (a.kind, a.entries, a.speakers) == ("quote", ("anna-bridge",), ("anna-example",))


def test_one_speaker_clearly_ahead_is_answered(service: Service) -> None:
    a = service.ask("who said trade doubled after the railway opened")
    assert (a.kind, a.entries, a.speakers) == ("quote", ("boris-railway",), ("boris-sample",))


# -- corrections -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "did the bridge minister say trade doubled after the railway opened?",
        "Anna Example said trade doubled after the railway opened, right?",
    ],
)
def test_words_of_x_credited_to_y_are_corrected_naming_x(service: Service, question: str) -> None:
    a = service.ask(question)
    assert (a.kind, a.entries, a.speakers) == ("correction", ("boris-railway",), ("boris-sample",))
    text = to_text(a)
    assert text.startswith("No: that was not Anna Example."), text
    assert "Boris Sample" in text and "Trade doubled after the railway opened" in text


@pytest.mark.parametrize(
    "question",
    ["did Anna say trade was lovely in the region?", "did Anna say the railway was lovely?"],
)
def test_a_claim_that_fits_nobody_well_is_not_corrected_but_unconfirmed(
    service: Service, question: str
) -> None:
    """Others' words fit a little better than Anna's, but weakly: a correction would name
    Boris or Carla as the speaker of words they did not say. Not confirmed, nobody named."""
    a = service.ask(question)
    assert (a.kind, a.entries, a.speakers) == ("unconfirmed", (), ()), (a.kind, a.entries)
    assert to_text(a).startswith("I can't confirm that Anna Example said that")


def test_a_persons_own_words_are_confirmed_not_corrected(service: Service) -> None:
    a = service.ask("did Boris say trade doubled after the railway opened?")
    assert (a.kind, a.entries, a.speakers) == ("quote", ("boris-railway",), ("boris-sample",))
    assert to_text(a).startswith("Yes: these are the words of Boris Sample")


def test_a_claim_someone_else_said_nearly_as_well_is_not_corrected(service: Service) -> None:
    """Carla said nearly what Boris said (her sentence scores 0.05 below his): "did Carla say
    that?" is confirmed, not corrected to Boris. A correction needs a clear margin."""
    a = service.ask(f"did Carla say {CHAPTER}?")
    assert (a.kind, a.entries, a.speakers) == ("quote", ("carla-chapter",), ("carla-test",))
    assert to_text(a).startswith("Yes: these are the words of Carla Test")


# -- unknown speakers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what did Zorro Unknownson say about the bridge",
        "quote from Zorro Unknownson on the new bridge across the river",
        f"did Zorro Unknownson say {CHAPTER}?",  # two speakers fit: no correction either
    ],
)
def test_a_speaker_slot_naming_nobody_in_the_base_is_refused_without_any_quote(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "unknown_person", (a.kind, a.entries, a.speakers)
    _shows_no_quote(service, a)
    assert "Zorro Unknownson" in to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "did Zorro Unknownson say something about trade?",  # one word: too little to correct
        # several words, but no quote fits them well: not enough to name a speaker
        "did Zorro Unknownson say the river bridge and trade with the region were lovely?",
    ],
)
def test_a_claim_about_an_unknown_speaker_is_corrected_only_on_strong_evidence(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "unknown_person", (a.kind, a.entries, a.speakers)
    _shows_no_quote(service, a)


def test_words_of_someone_in_the_base_credited_to_an_unknown_speaker_are_corrected(
    service: Service,
) -> None:
    a = service.ask("did Zorro Unknownson say trade doubled after the railway opened?")
    assert (a.kind, a.entries, a.speakers) == ("correction", ("boris-railway",), ("boris-sample",))
    assert "Zorro Unknownson" in to_text(a) and "Boris Sample" in to_text(a)


def test_an_unknown_speaker_refusal_lists_the_people_it_knows(service: Service) -> None:
    a = service.ask("what did Zorro Unknownson say about the bridge")
    text = to_text(a)
    for person in service.snapshot.index.kb.people.values():
        assert person.name in text


# -- speaker restriction -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what did Carla say about the new chapter of friendship",
        "what did the testland ambassador say about the new chapter of friendship",
    ],
)
def test_a_named_speaker_restricts_the_answer_to_their_words(
    service: Service, question: str
) -> None:
    """Boris's sentence scores higher on these words; Carla was asked about, Carla answers."""
    a = service.ask(question)
    assert (a.kind, a.entries, a.speakers) == ("quote", ("carla-chapter",), ("carla-test",))


def test_quotes_of_a_named_speaker_never_show_anyone_else(service: Service) -> None:
    a = service.quotes_of("Boris")
    assert a.answered and set(a.entries) == {"boris-chapter", "boris-railway"}
    assert a.speakers == ("boris-sample",)


# -- claim forms (tests/fixtures/kb/claims: Dana Silent is known, never quoted) -----------------

CLAIMS = Path(__file__).resolve().parent / "fixtures" / "kb" / "claims"
PARTNERS = "respecting each and every partner"  # two content words, five of Boris's in order


@pytest.fixture(scope="module")
def claims() -> Service:
    return Service.from_dir(CLAIMS)


CLAIM_FORMS = [
    f"Dana Silent said '{PARTNERS}', didn't she?",
    f"Silent said {PARTNERS}, right?",
    f"isn't it true that Silent said {PARTNERS}",
    f"it was Dana Silent who said «{PARTNERS}»",
    f"Dana Silent was the one who said {PARTNERS}",
    "Silent claimed that trade doubled after the railway opened",
    "Silent stated that trade doubled after the railway opened",
    f"Сайлент ведь сказала «{PARTNERS}», да?",
    "Сайлент сказала, что trade doubled after the railway opened, верно?",
    f"правда, что Сайлент сказала {PARTNERS}",
]


@pytest.mark.parametrize("question", CLAIM_FORMS)
def test_a_claim_in_any_form_that_a_quoteless_person_said_someone_elses_words_is_corrected(
    claims: Service, question: str
) -> None:
    a = claims.ask(question)
    assert a.kind == "correction" and a.speakers == ("boris-sample",), (a.kind, a.entries)
    text = to_text(a)
    assert text.startswith("No: that was not Dana Silent. These are the words of Boris Sample")
    assert "Example Times" in text  # the source is shown with the words


@pytest.mark.parametrize(
    "question",
    [
        f"it was Zorro Unknownson who said {PARTNERS}",
        f"Zorro Unknownson was the one who said {PARTNERS}",
        f"Zorro Unknownson said '{PARTNERS}', didn't he?",
    ],
)
def test_a_claim_in_any_form_about_an_unknown_person_is_corrected(
    claims: Service, question: str
) -> None:
    a = claims.ask(question)
    assert a.kind == "correction" and a.speakers == ("boris-sample",), (a.kind, a.entries)
    assert to_text(a).startswith("No: that was not Zorro Unknownson.")


@pytest.mark.parametrize(
    "question",
    [
        "did Silent say respecting partners?",  # two words, nothing verbatim: too little
        "Silent said the bridge was lovely, right?",  # nobody's words
        "it was Silent who said the summit happened, wasn't it?",
    ],
)
def test_a_claim_that_fits_nobody_clearly_is_refused_not_corrected(
    claims: Service, question: str
) -> None:
    a = claims.ask(question)
    assert a.kind == "unknown_person" and a.speakers == (), (a.kind, a.entries)
    assert "Dana Silent" in to_text(a)


def test_a_framed_claim_of_a_persons_own_words_is_confirmed(claims: Service) -> None:
    a = claims.ask(f"it was Boris who said {PARTNERS}, wasn't it?")
    assert (a.kind, a.speakers) == ("quote", ("boris-sample",))
    assert to_text(a).startswith("Yes: these are the words of Boris Sample")


def test_claim_rules_switched_off_refuse_the_issue_forms(
    claims: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the claim frames, the cleft and the Russian tag are read as something else;
    without the verbatim-run rule, five of Boris's words (two content words) are too few."""
    from bot import intent
    from bot import tuning as K

    framed = [CLAIM_FORMS[4], CLAIM_FORMS[8], f"it was Zorro Unknownson who said {PARTNERS}"]
    monkeypatch.setattr(intent, "unframe_claim", lambda norm: None)
    # q8quote corrects clearly one speaker's words with fewer frames (UNKNOWN_CORRECTION_WIDE)
    monkeypatch.setattr(K, "UNKNOWN_CORRECTION_WIDE", False)
    assert [claims.ask(q).kind for q in framed] == ["unknown_person", "unknown_person", "none"]
    monkeypatch.undo()
    monkeypatch.setattr(K, "VERBATIM_CORRECTION_WORDS", 99)
    assert claims.ask(CLAIM_FORMS[0]).kind == "unknown_person"
