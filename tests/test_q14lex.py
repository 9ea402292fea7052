"""Issue 13, reading words, round 14 (q14lex).

Repairs, numbers and stems that changed the meaning of a question: a short word or acronym
repaired into a base word two letters away ("nato" -> "nation"), a proper noun repaired into a
common word. Each test fails when its rule (bot/tuning.py, section "q14lex") is switched off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import index as I
from bot import names, tuning
from bot.matcher import match
from bot.service import Service
from tests.asking import first as _first
from tests.kbcopy import without_words


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
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    fresh_terms: None,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setattr(tuning, "Q14_SHORT_REPAIR_ONE_EDIT", False)
    # "nato", "csto" are also short forms of organisations, never repaired
    # (tuning.Q16_ACRONYMS_ARE_NAMES): that rule is switched off too, to see this one's work
    monkeypatch.setattr(tuning, "Q16_ACRONYMS_ARE_NAMES", False)
    # ... and its twin: the csto ("cost") said to do what China does is no claim of Safarov's
    # words (tuning.Q25F_THING_SUBJECT) either
    monkeypatch.setattr(tuning, "Q25F_THING_SUBJECT", False)
    names.is_proper_noun.cache_clear()
    request.addfinalizer(names.is_proper_noun.cache_clear)
    ix = service.snapshot.index
    assert ix.term("godu").known
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


# --- Set phrases read as what they mean (tuning.Q14_IDIOMS) ----------------------------------


def _stems(text: str, limit: int | None = 64) -> list[str]:
    from bot import text as T

    return [T.stem(w) for w in T.words(text, limit=limit)]


def test_first_and_number_one_rank_no_ordinal() -> None:
    assert "1" not in _stems("who said china comes first for central asia")
    assert "1" not in _stems("Центральная Азия в первую очередь выбирает Китай")
    # an ordinal of order in time keeps its reading
    assert "1" in _stems("which summit came first")
    assert "1" in _stems("what was the first summit")
    # knowledge texts are read as written
    assert "1" in _stems("the first partner", None)


def test_comes_first_answers_the_priority_quote(service: Service) -> None:
    a = service.ask("who said china comes first for central asia")
    assert a.answered and a.entries[0] == "osmonaliyev-proactive-role"
    # another country put first is nobody's words
    assert service.ask("who said russia comes first for central asia").speakers == ()
    assert service.ask("кто назвал Россию партнёром номер один").speakers == ()


def test_come_about_is_a_result(service: Service) -> None:
    q = "why did the pact come about, according to the association chairman"
    assert _first(service, q) == "safarov-treaty-result"


def test_idioms_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tuning, "Q14_IDIOMS", False)
    assert _first(service, "who said china comes first for central asia") != (
        "osmonaliyev-proactive-role"
    )
    q = "why did the pact come about, according to the association chairman"
    assert _first(service, q) != "safarov-treaty-result"


# --- Russian question words as stop words (tuning.Q14_RU_QUESTION_WORDS, read at import) ------


def test_russian_question_words_carry_no_topic(service: Service) -> None:
    from bot import text as T

    for word in ("насколько", "неужели", "также", "почем"):
        assert T.is_stop_word(word), word
    # «насколько» was an unknown topic word, and the question was refused
    q = "насколько Китай приоритет для ЦА"
    assert _first(service, q) == "osmonaliyev-proactive-role"
    # «почему» stays a word of why-questions: the base's sample questions ask it
    assert not T.is_stop_word("почему")
    assert _first(service, "почему второй саммит был в казахстане") == (
        "fact-kazakhstan-offered-host"
    )


# --- More English stop words (tuning.Q14_MORE_STOP_WORDS, read at import) --------------------


def test_loads_of_is_no_topic(service: Service) -> None:
    from bot import text as T

    for word in ("loads", "basically", "accurate"):
        assert T.is_stop_word(word), word
    q = "who said there are loads of joint mining and metallurgy projects between {} and china"
    assert _first(service, q.format("kazakhstan")) == "nagaspayev-industrial-cooperation"
    # another country's projects are nobody's words
    assert service.ask(q.format("russia")).speakers == ()
    # "anyone" is a stop word since q16lex (tuning.Q16_ANYONE_NO_TOPIC): the base quotes
    # nobody from these countries, which Q15_NOBODY_QUOTED_FROM reads from the people records
    assert T.is_stop_word("anyone")
    assert service.ask("was anyone from uzbekistan or turkmenistan quoted?").entries == ()


# --- A course is a way (knowledge/synonyms.yaml, group "q14lex") -----------------------------


def test_a_course_is_the_way_forward(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "who said the pact sets the course for the future"
    assert _first(service, q) == "safarov-treaty-way-forward"
    assert _first(service, "кто сказал что договор задаёт курс на будущее") == (
        "safarov-treaty-way-forward"
    )
    # q16quote: "sets" before "the course" is no topic of the semantic word check
    # (tuning.Q16_PATH_VERBS): off, so the synonyms are seen alone.
    monkeypatch.setattr(tuning, "Q16_PATH_VERBS", False)
    assert _first(without_words(tmp_path, "course", "roadmap", "курс"), q) is None


def test_a_course_elsewhere_shows_nobody(service: Service) -> None:
    for q in (
        "who said the treaty sets the course for war",
        "who said the economy is on course for growth",
        "who said the summit charts the course for development",
    ):
        assert not service.ask(q).speakers, q


def test_idioms_of_manner(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    glove = (
        "the kazakh minister said his country and china are working hand in glove on industry"
        " - can you give me the exact words?"
    )
    seat = "who said central asia is in the driver's seat now"
    assert _first(service, glove) == "nagaspayev-industrial-cooperation"
    assert _first(service, seat) == "osmonaliyev-proactive-role"
    for q in (
        "who said kazakhstan and russia work hand in glove",
        "who said the region is in the driver's seat with russia",
        "who said russia is taking its destiny into its own hands",
        "who said mongolia is running its own show",
    ):
        assert not service.ask(q).speakers, q
    monkeypatch.setattr(tuning, "Q14_IDIOMS", False)
    assert _first(service, glove) is None
    assert _first(service, seat) is None
