"""Issue 13, reading words, round 14 (q14lex).

Repairs, numbers and stems that changed the meaning of a question: a short word or acronym
repaired into a base word two letters away ("nato" -> "nation"), a proper noun repaired into a
common word. Each test fails when its rule (bot/tuning.py, section "q14lex") is switched off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot import index as I
from bot import tuning
from bot.matcher import match
from bot.service import Service


def _first(service: Service, question: str) -> str | None:
    a = service.ask(question)
    return a.entries[0] if a.answered and a.entries else None


@pytest.fixture
def fresh_terms(service: Service) -> Iterator[None]:
    """Word readings are cached per index: a test that switches a rule off clears them before
    and after, so no other test sees a reading made with the rule off."""
    terms = service.snapshot.index._terms
    terms.clear()
    yield
    terms.clear()


# --- Short words repaired by one edit only (tuning.Q14_SHORT_REPAIR_ONE_EDIT) ---------------


def test_short_words_are_not_repaired_two_letters_away(service: Service) -> None:
    ix = service.snapshot.index
    # acronyms and translit words two edits from a base word stay unknown
    for word in ("nato", "csto", "godu", "tretiy"):
        assert not ix.term(word).known, word
    # one edit still repairs: a swap, a letter changed
    assert ix.term("nxet").stem == ix.term("next").stem
    assert ix.term("xain").stem == ix.term("xian").stem
    assert ix.term("sammit").stem == ix.term("summit").stem


def test_acronym_question_shows_nobody(service: Service) -> None:
    # "csto" was read as "cost" and Safarov's words were shown for a question about another
    # organisation; "nato" as "nation(s)"
    for q in (
        "who said the csto respects each and every partner",
        "who said the nato treaty shows the way forward",
    ):
        assert service.ask(q).speakers == (), q
        m = match(service.snapshot.index, q)  # the lexical stage alone refuses it too
        assert not m.entries, q


def test_short_repair_switched_off(
    service: Service, monkeypatch: pytest.MonkeyPatch, fresh_terms: None
) -> None:
    monkeypatch.setattr(tuning, "Q14_SHORT_REPAIR_ONE_EDIT", False)
    ix = service.snapshot.index
    assert ix.term("nato").known
    assert _first(service, "who said the csto respects each and every partner") is not None


# --- Proper nouns are not repaired into common words (tuning.Q14_NAMES_NOT_COMMON) -----------


def test_proper_noun_not_repaired_into_common_word(service: Service) -> None:
    ix = service.snapshot.index
    # places of the dictionaries, not typos of "province", "money"
    for word in ("provence", "monterey"):
        assert not ix.term(word).known, word
    assert I.repair_fits("astanna", "astana")  # a name into a name
    assert I.repair_fits("sekretariat", "secretariat")  # no name: repaired


def test_proper_noun_rule_switched_off(
    service: Service, monkeypatch: pytest.MonkeyPatch, fresh_terms: None
) -> None:
    monkeypatch.setattr(tuning, "Q14_NAMES_NOT_COMMON", False)
    assert service.snapshot.index.term("provence").known
