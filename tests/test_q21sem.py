"""Issue 13, the semantic stage's word check (round 21, q21sem).

Questions the semantic stage found the right entry for but refused because a word of theirs
was near no word of the entry (semantic.WORD_CUTOFF): a Latin "i" read as «и» where it is «й»,
and everyday words for the base's own (knowledge/synonyms.yaml). Each test fails when its rule
is off (a switch of bot/tuning.py, section "q21sem", or the words taken out of the synonym
groups: tests/kbcopy.py); the near misses beside them stay refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import semantic, translit, tuning
from bot import text as T
from bot.render import to_text
from bot.service import Service
from tests.asking import refused, shown
from tests.kbcopy import without_words as _without_words

_semantic = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Latin spellings are read once per process: a test that switches the rule off clears
    the readings before and after, so no other test sees one made with the rule off."""

    def clear() -> None:
        T.is_dictionary_word.cache_clear()
        translit._known_spelling.cache_clear()

    clear()
    yield
    clear()


# --- a Latin "i" between a vowel and a consonant is also «й» (tuning.Q21S_TRANSLIT_SHORT_I) ----


def test_short_i_spelling(monkeypatch: pytest.MonkeyPatch, fresh_caches: None) -> None:
    assert translit.to_cyrillic("kitai deistvuet mudro") == "китай действует мудро"
    assert translit.to_cyrillic("stroika") == "стройка"
    # a word as typed keeps its reading: «воина», «наиболее»
    assert translit.to_cyrillic("voina") == "воина"
    assert translit.to_cyrillic("naibolee") == "наиболее"
    monkeypatch.setattr(tuning, "Q21S_TRANSLIT_SHORT_I", False)
    translit._known_spelling.cache_clear()
    assert translit.to_cyrillic("deistvuet") == "деиствует"


@_semantic
def test_short_i_answers_with_the_speakers_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    q = "kto govoril chto kitai deistvuet mudro i ostorozhno"
    assert shown(service, q) == ("safarov-treaty-way-forward", ("saifullo-safarov",))
    assert "Сафаров" in to_text(service.ask(q))
    monkeypatch.setattr(tuning, "Q21S_TRANSLIT_SHORT_I", False)
    translit._known_spelling.cache_clear()
    # «деиствует» was no word, near none of Safarov's: refused
    refused(service, q)


@pytest.mark.parametrize(
    "question",
    [
        # the opposite of his words, another country, a count nobody gives
        "kto govoril chto kitai deistvuet bezrassudno",
        "kto govoril chto rossiya deistvuet mudro",
        "skolko kitaiskih studentov v kazakhstane",
    ],
)
def test_short_i_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- everyday words for the base's own (knowledge/synonyms.yaml, q21sem) -----------------------


_VOCABULARY = [
    (
        "Someone said China always acts sensibly and thoughtfully with other nations — who?",
        "safarov-treaty-way-forward",
        "saifullo-safarov",
        ("sensible", "sensibly", "thoughtful", "thoughtfully"),
    ),
    (
        "who said china is a thoughtful, measured partner",
        "safarov-treaty-way-forward",
        "saifullo-safarov",
        ("thoughtful", "thoughtfully", "measured"),
    ),
    (
        "Who said the summit shows Central Asia stepping up in regional matters?",
        "osmonaliyev-proactive-role",
        "kairat-osmonaliyev",
        ("matters",),
    ),
    (
        "Кто сказал, что главы государств вместе подписали договор о добрососедстве?",
        "safarov-treaty-way-forward",  # "The heads of state jointly signed the Treaty ..."
        "saifullo-safarov",
        ("вместе",),
    ),
]


@_semantic
@pytest.mark.parametrize(("question", "entry", "speaker", "words"), _VOCABULARY)
def test_this_rounds_vocabulary(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    question: str,
    entry: str,
    speaker: str,
    words: tuple[str, ...],
) -> None:
    assert shown(service, question) == (entry, (speaker,)), to_text(service.ask(question))
    # Without the words in their groups the word check refused the question ("stepping up" is
    # also q21quote's idiom of the proactive role, a twin rule: off here).
    monkeypatch.setattr(tuning, "Q21Q_INITIATIVE_IDIOMS", False)
    # q26trust's twin: "the summit shows" read as his "demonstrates" (Q26T_SUMMIT_SHOWS).
    monkeypatch.setattr(tuning, "Q26T_SUMMIT_SHOWS", False)
    off = _without_words(tmp_path, *words)
    assert shown(off, question)[0] is None, to_text(off.ask(question))


def test_this_rounds_russian_vocabulary(service: Service) -> None:
    q = "кто сказал что Китай действует взвешенно"
    assert shown(service, q) == ("safarov-treaty-way-forward", ("saifullo-safarov",))


@pytest.mark.parametrize(
    "question",
    [
        # the opposite of his words
        "who said china acts recklessly and impulsively abroad",
        "who said china is a reckless, careless partner",
        "who said china is an unthoughtful, unmeasured partner",
        # another party, another act, another treaty
        "who said russia is a thoughtful, measured partner",
        "Someone said Russia always acts sensibly with other nations — who?",
        "who said the summit shows Russia stepping up in regional matters?",
        "who said the summit shows Central Asia losing ground in regional matters?",
        "Кто сказал, что главы государств вместе отменили договор о добрососедстве?",
        "Кто сказал, что главы государств вместе подписали договор о ядерном оружии?",
        # "measured" as a verb is no praise of anyone
        "how are the projects measured",
        "who measured the projects",
    ],
)
def test_this_rounds_vocabulary_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- the negated form of a word of judgement (tuning.Q21S_NEGATED_PRAISE) ----------------------


@_semantic
@pytest.mark.parametrize(
    ("question", "was"),
    [
        ("who said china acts thoughtlessly with its neighbours", "kairat-osmonaliyev"),
        ("who said china behaves insensibly", "saifullo-safarov"),
    ],
)
def test_negated_praise_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, was: str
) -> None:
    refused(service, question)
    monkeypatch.setattr(tuning, "Q21S_NEGATED_PRAISE", False)
    # Before: the semantic stage read the negated word as near its positive form.
    assert was in shown(service, question)[1]


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # the positive forms answer as before
        (
            "who said china always acts sensibly and thoughtfully with other nations",
            "saifullo-safarov",
        ),
        ("who said central asia is independently shaping its agenda", "kairat-osmonaliyev"),
    ],
)
def test_negated_praise_keeps_the_praise(service: Service, question: str, speaker: str) -> None:
    assert shown(service, question)[1] == (speaker,), to_text(service.ask(question))


@pytest.mark.parametrize(
    "question",
    [
        "who said china acts tactlessly",
        "who said china behaves unfriendly",
        "кто сказал что Китай действует неразумно",
        "who said central asia is inactive in regional affairs",
    ],
)
def test_negated_praise_near_misses_stay_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- the Russian of the speakers' own words (knowledge/synonyms.yaml, q21sem) ------------------


@_semantic
@pytest.mark.parametrize(
    ("question", "entry", "speaker", "words"),
    [
        (
            "кто говорил про искреннее сотрудничество и дружное сосуществование",
            "safarov-treaty-way-forward",
            "saifullo-safarov",
            ("искренний", "сосуществование", "дружный"),
        ),
        (
            "чья мысль, что соседи Китая теперь сами рулят своим развитием",
            "osmonaliyev-proactive-role",
            "kairat-osmonaliyev",
            ("сосед",),
        ),
    ],
)
def test_this_rounds_russian_counterparts(
    service: Service,
    tmp_path: Path,
    question: str,
    entry: str,
    speaker: str,
    words: tuple[str, ...],
) -> None:
    assert shown(service, question) == (entry, (speaker,)), to_text(service.ask(question))
    off = _without_words(tmp_path, *words)
    # Before: refused by the word check («искреннее …» read nearest Osmonaliyev's
    # "friendship", «соседи» near no word of his).
    assert shown(off, question)[0] is None, to_text(off.ask(question))


def test_friendly_is_no_friendship(service: Service) -> None:
    # "friendly" stays apart from "friendship": Osmonaliyev's own words stay his alone.
    q = "Was it the minister who said 'good-neighborliness, friendship and mutual respect'?"
    assert shown(service, q)[1] == ("kairat-osmonaliyev",), to_text(service.ask(q))


@pytest.mark.parametrize(
    "question",
    [
        "кто говорил про неискреннее сотрудничество",
        "кто сказал что соседи Китая его боятся",
        "кто сказал что сосуществование с Россией важно",
        "кто говорил про дружное сосуществование с США",
        "кто сказал что соседи Китая теряют самостоятельность",
    ],
)
def test_russian_counterparts_keep_others_refused(service: Service, question: str) -> None:
    refused(service, question)


def test_negated_praise_is_the_twin_of_negated_words(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Q9_NEGATED_WORDS refuses «неуважительно» of Safarov's "respecting"; with it off, this
    # rule still does (the negated form of «уважительно», a word of the respect group).
    q = "кто сказал что китай неуважительно относится к партнёрам"
    monkeypatch.setattr(tuning, "Q9_NEGATED_WORDS", False)
    refused(service, q)
    monkeypatch.setattr(tuning, "Q21S_NEGATED_PRAISE", False)
    assert shown(service, q) == ("safarov-treaty-way-forward", ("saifullo-safarov",))
