"""Issue 13 (q13sem): what the semantic stage reads, and two holes of its word check.

Each rule of the q13sem section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` on the base as tested and failing when switched off; its near misses (other
organisations, other associations, words put in another direction) stay refused with every
rule on. The questions are written for these tests, not taken from the development or blind
sets.
"""

from __future__ import annotations

import pytest

from bot import names, semantic, tuning
from bot.service import Service
from tests.seed_ids import first_entry as _shown

SAFAROV_RESULT = "safarov-treaty-result"
SAFAROV_WAY = "safarov-treaty-way-forward"

pytestmark = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


# --- The question read in the base's own words too (Q13_CANONICAL_READ) --------------------


def test_the_canonical_reading_writes_synonyms_as_the_bases_words(service: Service) -> None:
    index = service.snapshot.index
    heads = semantic._group_heads(index)
    read = semantic.read_canonical(index, "who said the pact charts the road ahead", heads)
    assert read == "who said the treaty charts the road forward"
    # A Russian word of a group becomes the group's (English) first word...
    ru = semantic.read_canonical(index, "почему возник договор", heads)
    assert ru.split()[-1] == "treaty"
    # ... and a place stays as typed: a venue is not a stand-in («в Пекине» is no "China").
    assert semantic.read_canonical(index, "саммит в пекине", heads).endswith("пекине")
    # A word of no group, or a stop word, is left alone.
    assert semantic.read_canonical(index, "what is the weather", heads) == "what is the weather"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who said the pact shows the road ahead", SAFAROV_WAY),
        ("по мнению председателя ассоциации политологов, почему возник договор", SAFAROV_RESULT),
    ],
)
def test_a_paraphrase_in_synonyms_finds_its_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    """As typed, the encoder reads "pact ... road ahead" nearer Osmonaliyev's words and the
    Russian question nearer Safarov's other quote; read as the lexical stage reads them
    ("treaty", "forward", "chairman association scientists") the right words are nearest, and
    they are shown as Safarov's."""
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry and a.speakers == ("saifullo-safarov",)
    monkeypatch.setattr(tuning, "Q13_CANONICAL_READ", False)
    assert _shown(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        # another association, another office: their chairman is nobody of ours
        "по мнению председателя ассоциации журналистов, почему возник договор",
        "what does the chairman of the journalists association think about the treaty",
        "why, according to the chairman of the writers union, did the treaty appear",
        # other pacts, other places
        "who said the pact with moscow shows the road ahead",
        "who said the accord shows the road ahead for europe",
        "кто сказал что пакт с нато прокладывает путь вперёд",
        # words Safarov did not say
        "who said the pact harms the region",
        "who said the pact shows the road to ruin",
        "who said the pact shows no road ahead",
        "по мнению председателя ассоциации политологов, почему распался договор",
        "по мнению председателя ассоциации политологов, почему возник конфликт",
    ],
)
def test_near_misses_of_the_canonical_reading_stay_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.speakers, (question, a.entries)


# --- A word whose opposite the entry holds (Q13_OPPOSITE_WORDS) ------------------------------


@pytest.mark.parametrize(
    "question",
    ["who said the treaty shows the road back", "who said the pact shows the road back"],
)
def test_the_opposite_of_the_entrys_word_is_not_explained_by_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The word "back" is 0.65 from Safarov's "forward" to the encoder: his words said the
    opposite."""
    assert _shown(service, question) is None
    monkeypatch.setattr(tuning, "Q13_OPPOSITE_WORDS", False)
    assert _shown(service, question) == SAFAROV_WAY


def test_a_bad_verdict_is_not_explained_by_praise(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nagaspayev called the summit an excellent platform; "плохой" (bad) was near enough to
    his words once «площадкой» read as "platform" (Q13_CANONICAL_READ)."""
    question = "kto nazval sammit plohoy ploshadkoy"
    assert _shown(service, question) is None
    monkeypatch.setattr(tuning, "Q13_OPPOSITE_WORDS", False)
    assert _shown(service, question) == "nagaspayev-industrial-cooperation"


def test_the_entrys_own_direction_still_answers(service: Service) -> None:
    assert _shown(service, "who said the pact shows the road ahead") == SAFAROV_WAY


# --- A repaired word is checked too (Q13_REPAIRED_WORDS_CHECKED, Q13_REPAIR_SURE) ---------


def test_a_doubtful_repair_is_checked_as_typed(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The word "nato" was read as "nations" (a weak repair) and was checked neither as a known
    word nor as an unknown one: Safarov's words were shown for NATO's treaty. Since q14lex
    (tuning.Q14_SHORT_REPAIR_ONE_EDIT) "nato" is not repaired at all: that rule is switched
    off here to keep a weak repair to check."""
    question = "who said the nato treaty shows the way forward"
    terms = service.snapshot.index._terms
    monkeypatch.setattr(tuning, "Q14_SHORT_REPAIR_ONE_EDIT", False)
    # nor, since q16lex, is a short form of an organisation (tuning.Q16_ACRONYMS_ARE_NAMES)
    monkeypatch.setattr(tuning, "Q16_ACRONYMS_ARE_NAMES", False)
    names.is_proper_noun.cache_clear()
    terms.clear()
    try:
        term = service.snapshot.index.term("nato")
        assert 0.0 < term.sim < tuning.Q13_REPAIR_SURE
        assert _shown(service, question) is None
        monkeypatch.setattr(tuning, "Q13_REPAIRED_WORDS_CHECKED", False)
        # NATO is a party the base does not know: Q14_CLAIM_PARTY_ABSENT refuses it too; off,
        # so that this rule is seen on its own.
        monkeypatch.setattr(tuning, "Q14_CLAIM_PARTY_ABSENT", False)
        # Safarov's words for NATO's treaty: since q17sem (tuning.Q17_SAID_READING) the words
        # said alone, "the nato treaty shows the way forward", are nearest his other quote.
        assert _shown(service, question) in (SAFAROV_WAY, SAFAROV_RESULT)
    finally:
        monkeypatch.undo()
        terms.clear()
        names.is_proper_noun.cache_clear()
