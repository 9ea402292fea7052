"""The domain's vocabulary is data (``knowledge/vocabulary.yaml``), and numbers are a rule.

Spelling variants, demonyms and abbreviations live in the knowledge directory, so a base is
understood through its own vocabulary and only through it; number words are read by a general
rule of English and Russian, so numbers no base was written for are read too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import text as T
from bot.loader import KnowledgeError, load
from bot.render import to_text
from bot.service import Service

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "kb" / "valid"

VOCABULARY = """\
synonyms:
  - [exampleland, examplish]
abbreviations:
  ebm: exampleland bridge minister
"""


def _base(tmp_path: Path, vocabulary: str | None) -> Service:
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    if vocabulary is not None:
        (root / "vocabulary.yaml").write_text(vocabulary, encoding="utf-8")
    return Service.from_dir(root)


@pytest.mark.parametrize(
    "question",
    ["what did the examplish minister say", "what did the EBM say"],
)
def test_a_base_is_understood_through_its_own_vocabulary(tmp_path: Path, question: str) -> None:
    """A demonym and an abbreviation that only the base's vocabulary knows: with it, the
    minister's words; without it, never them (the bot does not guess who "examplish" is)."""
    with_vocabulary = _base(tmp_path / "with", VOCABULARY).ask(question)
    assert (with_vocabulary.kind, with_vocabulary.speakers) == ("quote", ("anna-example",))
    assert "build a bridge" in to_text(with_vocabulary)

    without = _base(tmp_path / "without", None).ask(question)
    assert without.speakers == () and not without.answered, (without.kind, without.entries)


@pytest.mark.parametrize(
    ("vocabulary", "message"),
    [
        ("abbreviations:\n  - bri\n", "section 'abbreviations' must map a short form"),
        ("abbreviations:\n  two words: x\n", "must be a single word"),
        ("abbreviations:\n  bri: ''\n", "must stand for one or more words"),
        ("synonyms:\n  - [lonely]\n", "must be a list of two or more single words"),
    ],
)
def test_a_broken_vocabulary_is_refused_with_a_clear_message(
    tmp_path: Path, vocabulary: str, message: str
) -> None:
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    (root / "vocabulary.yaml").write_text(vocabulary, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load(root)
    found = [str(p) for p in err.value.problems]
    assert any(message in p and "vocabulary.yaml:" in p for p in found), found


def test_the_code_holds_no_domain_vocabulary() -> None:
    """The real base's spellings and demonyms come from knowledge/, not from bot/text.py."""
    assert T.stem("kazakhstan") == "kazakhstan"  # the base's vocabulary makes it "kazakh"
    assert T.stem("sian") == "sian"
    assert T.words("what is the bri") == ["what", "is", "the", "bri"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("сто тридцать три проекта", ["133", "проекта"]),
        ("семьсот восемьдесят девять", ["789"]),
        ("двухсот сорока пяти долларов", ["245", "долларов"]),
        ("две тысячи тридцать первый год", ["2030", "первый", "год"]),
        ("four hundred and twelve projects", ["412", "projects"]),
        ("thirty seven billion", ["37", "billion"]),
        ("twelve and five", ["twelve", "and", "five"]),  # two numbers, each read by stem()
    ],
)
def test_number_words_of_any_number_are_read_as_digits(text: str, words: list[str]) -> None:
    """Numbers no base was written for: the rule is the language's, not a table."""
    assert T.words(text) == words


@pytest.mark.parametrize(
    ("word", "digits"),
    [("девяти", "9"), ("семнадцати", "17"), ("втором", "2"), ("nine", "9"), ("ninety", "90")],
)
def test_a_single_number_word_is_its_digits(word: str, digits: str) -> None:
    assert T.stem(word) == digits


def test_a_russian_number_in_words_finds_the_same_answer_as_in_digits(service: Service) -> None:
    in_words = service.ask("сто тридцать три проекта на тридцать пять миллиардов")
    in_digits = service.ask("133 проекта на 35 миллиардов")
    assert in_words.answered and in_words.entries == in_digits.entries
    assert in_words.speakers == in_digits.speakers


def test_a_letter_unicode_has_no_name_for_does_not_break_russian_analysis(
    service: Service,
) -> None:
    """pymorphy3 looks each letter's name up; a Tangut letter beside Cyrillic ones (what the
    Latin-to-Cyrillic re-reading makes of "𗀀AA0AO") has none. Found by hypothesis."""
    assert T.lemma_ru("𗀀аа") == "𗀀аа"
    answer = service.ask("𗀀AA0AO")
    assert not answer.answered and answer.speakers == ()
