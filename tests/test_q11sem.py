"""Issue 13 (q11sem): the semantic stage, round 11: the issue's own examples, no misattributions.

Each rule of the q11sem section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` on the base as tested and failing when switched off; its near misses stay
refused with every rule on. The questions are written for these tests, not taken from the
development or blind sets.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.intent import parse
from bot.service import Service
from tests.seed_ids import first_entry as _shown

SAFAROV_RESULT = "safarov-treaty-result"
SAFAROV_WAY = "safarov-treaty-way-forward"
OSMONALIYEV = "osmonaliyev-proactive-role"

pytestmark = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


# --- A lexical split between two speakers, settled by a clear semantic margin ----------------
# (Q11_SPLIT_TIE_MARGIN)


@pytest.mark.parametrize(
    "question",
    [
        "who said central asia runs its own affairs now",
        "who claimed central asia now runs its own affairs",
    ],
)
def test_a_clear_semantic_margin_settles_a_lexical_split(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "runs" is read as "leader", a word of Safarov's quote ("heads of state"); the rest is
    # Osmonaliyev's: the lexical stage splits the question and offers both.
    assert _shown(service, question) == OSMONALIYEV
    monkeypatch.setattr(tuning, "Q11_SPLIT_TIE_MARGIN", 0.0)
    assert _shown(service, question) is None


def test_only_the_split_veto_may_be_settled_not_a_tie_offering_the_same_two(
    service: Service,
) -> None:
    """A tie of two speakers, an unknown speaker or a correction also refuses offering two
    people's quotes; those keep their veto (the issue: ties keep theirs). Only the matcher's
    split (``veto == "split"``) reaches the semantic margin: the same refusal without the
    reason gives no speakers to settle between."""
    from dataclasses import replace

    from bot.matcher import match_parsed

    index = service.snapshot.index
    parsed = parse(index, "who said central asia runs its own affairs now")
    split = match_parsed(index, parsed)
    assert split.veto == "split" and split.vetoed
    assert semantic.split_tie(index, parsed, split) == {"kairat-osmonaliyev", "saifullo-safarov"}
    tie = replace(split, veto="")  # same shape: vetoed, two quotes of two speakers
    assert semantic.split_tie(index, parsed, tie) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        # the split the veto was written for: "prudent" is only Safarov's word, the sentence
        # reads as Osmonaliyev's; his words do not explain "prudent"
        "who said China's foreign policy is prudent",
        "who said China is wise and the region takes a proactive role",
        "who said central asia is proactive and china is prudent and wise",
        # a split on a country the base holds no words about
        "who said russia is the region's main partner and runs its affairs",
    ],
)
def test_a_split_whose_words_the_winner_does_not_hold_stays_refused(
    service: Service, question: str
) -> None:
    assert _shown(service, question) is None


def test_a_named_speaker_is_answered_as_without_the_rule(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A speaker named in the question restricts whose words may be shown: the lexical
    # stage's answer (here its correction: these are Osmonaliyev's words) stands, the split
    # rule never runs.
    question = "did Safarov say central asia now runs its own affairs"
    on = service.ask(question)
    monkeypatch.setattr(tuning, "Q11_SPLIT_TIE_MARGIN", 0.0)
    off = service.ask(question)
    assert (on.kind, on.entries, on.method) == (off.kind, off.entries, off.method)
    assert on.method != "semantic"


# --- A verdict on a deed is read as one (Q11_VERDICT_WORDS) ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said signing the new treaty was a mistake",
        "who said the new treaty was a disaster",
    ],
)
def test_a_verdict_against_praising_words_refuses(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # Safarov called the treaty the result of the summit's emphasis on cohesion: his words
    # would answer that he called it a mistake.
    assert _shown(service, question) is None
    monkeypatch.setattr(tuning, "Q11_VERDICT_WORDS", False)
    assert _shown(service, question) == SAFAROV_RESULT


@pytest.mark.parametrize(
    "question",
    [
        "who said the new treaty was not a mistake",  # a defence nobody made
        "кто сказал что новый договор — ошибка",
    ],
)
def test_a_verdict_denied_or_not_credits_nobody(service: Service, question: str) -> None:
    assert _shown(service, question) is None


def test_the_speakers_words_without_a_verdict_still_answer(service: Service) -> None:
    assert _shown(service, "who said the newly signed treaty was the result of the summit") == (
        SAFAROV_RESULT
    )


# --- A place that stands for a word of the base is embedded as that word (Q11_STAND_IN_READ) --


def test_a_stand_in_place_is_read_as_the_base_reads_it(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "which political scientist said beijing treats every partner with respect"
    assert _shown(service, question) == SAFAROV_WAY
    # The second reading, in the base's synonyms (tuning.Q13_CANONICAL_READ, built on this
    # one's), finds his words too ("treats" as "engaged"): off, so this rule is seen alone.
    monkeypatch.setattr(tuning, "Q13_CANONICAL_READ", False)
    # q16quote: the lexical stage reads Beijing as China in a "who said" question too
    # (tuning.Q16_CAPITAL_TOPIC_AS_STATE): off, so this rule is seen alone.
    monkeypatch.setattr(tuning, "Q16_CAPITAL_TOPIC_AS_STATE", False)
    # q17sem: the words said alone ("beijing treats every partner with respect") are nearest
    # his words too (tuning.Q17_SAID_READING): off, so this rule is seen alone.
    monkeypatch.setattr(tuning, "Q17_SAID_READING", False)
    assert _shown(service, question) == SAFAROV_WAY
    monkeypatch.setattr(tuning, "Q11_STAND_IN_READ", False)
    assert _shown(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "who said beijing disrespects its partners",  # the opposite of his words
        "who said the summit in beijing respected every partner",  # a venue: no stand-in
        "who said moscow treats every partner with respect",  # a place the base does not hold
    ],
)
def test_a_stand_in_place_credits_nobody_with_what_they_did_not_say(
    service: Service, question: str
) -> None:
    assert _shown(service, question) is None


def test_read_as_base_writes_the_groups_word_and_leaves_a_venue(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # q16quote: with tuning.Q16_CAPITAL_TOPIC_AS_STATE the parser reads "Beijing" of "who
    # praised" as China already (no unknown word left to stand in for): off, so read_as_base
    # is seen on the unknown words it is written for.
    monkeypatch.setattr(tuning, "Q16_CAPITAL_TOPIC_AS_STATE", False)
    index = service.snapshot.index
    for question, read in [
        ("who praised Beijing's diplomacy", "who praised china's diplomacy"),
        ("who spoke in Beijing about trade", "who spoke in beijing about trade"),
    ]:
        parsed = parse(index, question)
        unknown = [t for t in parsed.terms if t.sim == 0.0]
        stand_ins = [semantic.stands_for(index, t.word, parsed.words) for t in unknown]
        assert semantic.read_as_base(index, question, unknown, stand_ins) == read


# --- "No longer" + a verdict on a role states a change (Q11_NO_LONGER) -----------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said the central asian countries are no longer passive in regional affairs",
        "who said the region is no longer a follower in its own affairs",
    ],
)
def test_no_longer_passive_states_the_change_the_words_praise(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _shown(service, question) == OSMONALIYEV
    monkeypatch.setattr(tuning, "Q11_NO_LONGER", False)
    assert _shown(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "who said china no longer respects its partners",  # denies Safarov's words
        "who said central asia is no longer independent",  # denies Osmonaliyev's
        "who said the central asian countries are becoming passive in regional affairs",
    ],
)
def test_other_denials_and_the_verdict_itself_still_refuse(service: Service, question: str) -> None:
    assert _shown(service, question) is None


def test_denial_ends_are_the_denials_own_words() -> None:
    from bot.text import denial_ends

    assert denial_ends("the region is no longer passive".split()) == {"longer"}
    assert denial_ends("china is not passive any longer".split()) == set()
    assert denial_ends("it is not any longer passive".split()) == {"longer"}
    assert denial_ends("регион больше не пассивен".split()) == {"больше"}
    assert denial_ends("a longer treaty".split()) == set()  # no denial: a word of its own


# --- "The person who ...", "which political scientist ..." ask who (Q11_WHO_FRAMES) ----------


def test_a_person_noun_before_who_asks_for_a_person(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A summit's card says nothing of who described it.
    question = "the man who described the summit in astana"
    assert _shown(service, question) is None
    monkeypatch.setattr(tuning, "Q11_WHO_FRAMES", False)
    assert _shown(service, question) == "summit-2025-astana"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("the person who called beijing's diplomacy careful", True),
        ("that guy who talked about coal", True),
        ("the one who said the treaty points the way", True),
        ("тот человек, кто хвалил китай", True),
        ("the summit who hosted", False),  # no person noun before "who"
        ("the treaty that the leaders signed", False),
        ("what did the minister say", False),  # asks his words, not which person
    ],
)
def test_asks_for_person_reads_a_frame_of_person_nouns(question: str, asks: bool) -> None:
    assert semantic.asks_for_person(question) is asks
