"""Issue 13, reading words, round 12 (q12lex).

Russian typed in Latin letters given back the letters it drops (щ typed "sh", the soft sign
left out); English inflections and compounds the headword list lacks read as words; "turning"
read as the everyday verb it is, not a rotation of hosts; "how long after" as no topic. Each
test fails when its rule (bot/tuning.py, section "q12lex") or its words (bot/text.py,
knowledge/synonyms.yaml) are taken out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import semantic, translit, tuning
from bot import text as T
from bot.service import Service
from tests.asking import first as _first
from tests.conftest import KNOWLEDGE
from tests.kbcopy import without_words as _without_words


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Word readings are cached per process: a test that switches a rule off clears them
    before and after, so no other test sees a reading made with the rule off."""

    def clear() -> None:
        T.is_dictionary_word.cache_clear()
        translit._known_spelling.cache_clear()

    clear()
    yield
    clear()


# --- Latin spelling of Russian: letters restored (tuning.TRANSLIT_KNOWN_SPELLING) ---------------


def test_translit_restores_shch_and_soft_sign() -> None:
    assert translit.to_cyrillic("chya mysl") == "чья мысль"
    assert translit.to_cyrillic("otlichnoy ploshadkoy") == "отличной площадкой"
    assert translit.to_cyrillic("statya") == "статья"
    # a word the dictionary knows as read keeps its reading: «дал», not «даль»
    assert translit.to_cyrillic("dal") == "дал"
    assert translit.to_cyrillic("kto skazal pro 133 proekta") == "кто сказал про 133 проекта"


def test_translit_restored_letters_answer(
    service: Service, monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    q = "kto nazval sammit otlichnoy ploshadkoy"
    a = service.ask(q)
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation"
    assert set(a.speakers) == {"yersaiyn-nagaspayev"}
    monkeypatch.setattr(tuning, "TRANSLIT_KNOWN_SPELLING", False)
    translit._known_spelling.cache_clear()
    # «плошадкой» is no word: the question was refused
    assert translit.to_cyrillic("ploshadkoy") == "плошадкой"
    assert _first(service, q) is None


def test_translit_restored_letters_show_nobody_for_other_words(service: Service) -> None:
    # near misses: the letters restored make Russian words the base has no quote for
    for q in (
        "kto nazval sammit plohoy ploshadkoy",
        "chya mysl chto rossiya glavnyi partner centralnoi azii",
        "kto govoril pro ploshadku dlya torgovli oruzhiem",
    ):
        a = service.ask(q)
        assert not a.speakers, q


# --- English inflections and compounds (tuning.DICTIONARY_INFLECTIONS) -------------------------


def test_inflections_and_compounds_are_words(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    words = ("goes", "happier", "spreadsheet", "spreadsheets", "smartphone", "workplace")
    assert all(T.is_dictionary_word(w) for w in words)
    # slips and names stay no words: a typo split into two words, a company named on a
    # country, a doubled letter in a word whose single-letter form is the word meant
    assert not any(T.is_dictionary_word(w) for w in ("coperation", "petrochina", "minning"))
    monkeypatch.setattr(tuning, "DICTIONARY_INFLECTIONS", False)
    T.is_dictionary_word.cache_clear()
    assert not any(T.is_dictionary_word(w) for w in words)


def test_inflected_word_is_read_as_a_word(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    # "goes" read as a word of no language was an off-topic name: the question was refused
    q = "the third summit goes back to china right?"
    svc = Service.from_dir(KNOWLEDGE)
    assert _first(svc, q) == "summit-2027-china"
    # "happier" read as no word was left out as a typo nothing resembles, and the minister's
    # quote answered a claim he did not make; as a word the base lacks it is refused
    a = svc.ask("who said central asia is happier working with china")
    assert not a.speakers
    monkeypatch.setattr(tuning, "DICTIONARY_INFLECTIONS", False)
    T.is_dictionary_word.cache_clear()
    off = Service.from_dir(KNOWLEDGE)
    assert _first(off, q) is None
    assert off.ask("who said central asia is happier working with china").speakers


# --- "turning" is an everyday verb, not a rotation of hosts (text.EVERYDAY_WORDS, synonyms) ----


def test_turning_coal_into_chemicals(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    q = "did anyone talk about turning coal into chemicals with chinese firms"
    a = service.ask(q)
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation"
    assert set(a.speakers) == {"yersaiyn-nagaspayev"}
    # without the verb among the everyday words the semantic stage asked the minister's
    # words to explain "turning", and refused
    off = T.EVERYDAY_WORDS - {"turn", "turns", "turned", "turning"}
    monkeypatch.setattr(semantic, "EVERYDAY_WORDS", off)
    assert _first(service, q) is None
    monkeypatch.undo()
    # "turns" left the rotation group: "turning" is no longer read as a rotation of hosts
    assert (
        service.snapshot.index.term("turning").stem != service.snapshot.index.term("rotation").stem
    )


def test_hosts_taking_turns_still_a_rotation(service: Service) -> None:
    for q in ("do the countries take turns hosting the summit", "who hosts the summits in turn"):
        assert _first(service, q) == "fact-summit-mechanism", q


def test_turning_shows_nobody_for_other_claims(service: Service) -> None:
    for q in (
        "who said china is turning into a threat",
        "who said central asia is turning away from china",
        "did anyone talk about turning the region into a battlefield",
    ):
        assert not service.ask(q).speakers, q


# --- "how long after" (text.FUNCTION_PHRASES) ----------------------------------------------------


def test_how_long_after_asks_when(service: Service) -> None:
    q = "how long after the first summit did the office in Xi'an open"
    assert _first(service, q) == "fact-secretariat"
    assert ("how", "long", "after") in T.FUNCTION_PHRASES
    # a duration alone is what the base does not hold: "long" still counts there
    assert _first(service, "how long was xi in kazakhstan") is None


# --- the Russian for mines and factories (knowledge/synonyms.yaml) -----------------------------


_MINES_AND_FACTORIES = (
    "какой министр хвастался совместными рудниками и металлургией с китайцами",
    "напомни, кто из казахстанских чиновников рассказывал про совместные заводы с китайцами",
)


def test_russian_mines_and_factories(service: Service, tmp_path: Path) -> None:
    for q in _MINES_AND_FACTORIES:
        a = service.ask(q)
        assert a.answered and set(a.speakers) == {"yersaiyn-nagaspayev"}, q
        assert a.entries[0] in ("nagaspayev-industrial-cooperation", "fact-industry-sectors")
    off = _without_words(tmp_path, "рудник", "шахта", "завод", "фабрика")
    assert all(_first(off, q) is None for q in _MINES_AND_FACTORIES)


def test_mines_and_factories_elsewhere_show_nobody(service: Service) -> None:
    for q in (
        "кто говорил о рудниках в монголии",
        "кто сказал что китайские заводы загрязняют воздух",
        "какой министр хвастался совместными рудниками с россией",
        "кто говорил о совместных заводах с американцами",
    ):
        assert not service.ask(q).speakers, q


# --- everyday words for the base's words: clever, scholar (knowledge/synonyms.yaml) ------------


def test_clever_is_wise(service: Service, tmp_path: Path) -> None:
    q = "who called china's diplomacy careful and clever"
    a = service.ask(q)
    assert a.answered and a.entries[0] == "safarov-treaty-way-forward"
    assert set(a.speakers) == {"saifullo-safarov"}
    assert _first(_without_words(tmp_path, "clever", "cleverly"), q) is None


def test_scholar_is_a_scientist(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "A friend told me a Tajik scholar praised China's 'prudent' diplomacy. Who and what?"
    a = service.ask(q)
    assert a.answered and a.entries[0] == "safarov-treaty-way-forward"
    assert set(a.speakers) == {"saifullo-safarov"}
    # its twin, which reads "Tajik scholar" with the code's nouns of a person (q24speaker)
    monkeypatch.setattr(tuning, "Q24S_OWN_WORDS_ASKED", False)
    assert _first(_without_words(tmp_path, "scholar", "scholars"), q) is None


def test_clever_and_scholar_elsewhere_show_nobody(service: Service) -> None:
    for q in (
        "who called russia's diplomacy clever",
        "who said china's diplomacy is not clever",
        "which scholar said china is aggressive",
        "which american scholar praised china's diplomacy",
        "who called the treaty a smart move",
    ):
        assert not service.ask(q).speakers, q
