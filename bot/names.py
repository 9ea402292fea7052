"""Whether a word the base does not know is a proper noun: a place, a people, a person, an
organisation ("India", "Moscow", "American", "Россия", "Бишкеке", "Путин", "ВВП").

A question that swaps one of the base's names for another ("who said India respects each and
every partner") shares every other word with an entry and is near it in meaning, but it is
about something the base does not hold: the name is what it is about. The matcher weighs such
a word more (``tuning.UNKNOWN_NAME_WEIGHT``) and the semantic stage does not answer it
(``tuning.SEMANTIC_PROPER_NOUNS``).

English: Webster's 2nd or GCIDE (``english-words``' cased web2 and gcide lists) has the word
capitalised only ("India", "Moscow", "Olympic"; "Pakistan" and "Afghanistan" are in GCIDE
only); words either has in lower case ("turkey", "china") are not names. Russian: pymorphy3's
likeliest reading of a word it knows is tagged as a name (Geox, Name, Surn, Patr, Orgn, Trad,
Abbr). A word neither dictionary knows is not judged here (the
semantic stage has its own rule for unknown Latin words; an unknown Cyrillic word is as often
a transliteration slip, "сяне" for Xi'an, as a name).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot import tuning as K

#: Countries and capitals whose English names the dictionaries also hold as common lower-case
#: words (russia leather, japan lacquer, brazil wood, turkey, chile, jordan almonds…), so that
#: the capitalised-only test cannot see them: "who said central asia places cooperation with
#: russia as a top priority" was answered with Osmonaliyev's words about China. Every other
#: country and capital is either capitalised only in the dictionaries or absent from them (an
#: unknown word, which the semantic stage refuses as a name). "china" is left out: it is a
#: word of the base, and the question is only asked of words the base does not know.
COMMON_WORD_PLACES = frozenset(
    "russia japan brazil canada chile finland jordan morocco tibet turkey berlin".split()
)

#: Short forms of organisations people name beside these summits and the base does not spell
#: out (it never mentions them): written in lower case they are in no dictionary, so typo repair
#: read them as the nearest word of the base, one edit away ("opec" as "open", "asean" as
#: "asian") and the question as one about that word (tuning.Q16_ACRONYMS_ARE_NAMES). As names
#: they are never repaired into a common word, and the matcher and semantic stage weigh them as
#: the names they are. Only forms that are no everyday word ("who", "un", "eu" are left out).
ACRONYMS = frozenset(
    "opec nato brics asean csto eaeu eaes osce apec aiib usaid unesco unicef gcc sco imf wto "
    "interpol briks odkb shos sng oon "
    "нато опек шос одкб еаэс снг оон асеан брикс обсе атэс".split()
)

#: The short forms of :data:`ACRONYMS` typed in Latin letters as Russian writes them in Cyrillic
#: («ШОС» "shos", «ОДКБ» "odkb"): a sign of a transliterated question, where the others
#: ("sco", "brics", "nato") are written so in English and Russian alike.
_TRANSLIT_ACRONYMS = frozenset("briks odkb shos sng oon eaes".split())

#: The short forms of :data:`ACRONYMS` in Latin letters that say nothing of the question's
#: language (translit.looks_translit leaves them out, tuning.Q28_NEUTRAL_ACRONYMS).
LATIN_ACRONYMS = frozenset(a for a in ACRONYMS if a.isascii() and a not in _TRANSLIT_ACRONYMS)

#: pymorphy3 tags of names: places, first names, surnames, patronymics, organisations,
#: trademarks, abbreviations.
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})


@lru_cache(maxsize=65536)
def is_proper_noun(word: str) -> bool:
    """Whether a (lower-case) word is a proper noun of English or Russian (see the module)."""
    from bot.text import is_cyrillic

    if not word.isalpha():
        return False
    if K.Q16_ACRONYMS_ARE_NAMES and word in ACRONYMS:
        return True
    if is_cyrillic(word):
        return _russian_name(word, _NAME_TAGS)
    if not word.isascii():
        return False
    if word in COMMON_WORD_PLACES:
        return True
    lower, proper = _web2()
    if word in lower or word.capitalize() not in proper:
        return False
    # "acts", "firms": the lists hold the plural capitalised only (the Acts of the Apostles)
    # and not in lower case, but "act", "firm" are common words.
    return not (K.INFLECTED_COMMON_WORDS and any(b in lower for b in _bases(word)))


@lru_cache(maxsize=16384)
def russian_name_in_latin(word: str) -> bool:
    """Whether a Latin word, read in Cyrillic letters, is a Russian name the dictionary knows
    (a surname or a first name: "tokarev" «Токарев», "safronov" «Сафронов», "sadykov"
    «Садыков»): somebody's real name, so no misspelling of a name of the base
    (tuning.Q26P_LATIN_SURNAME_NO_TYPO). A name of the base itself is an alias (exact)."""
    if not (word.isascii() and word.isalpha()):
        return False
    # The letters only (the transliterate package, as text.latin reads the other way): not
    # bot.translit, which reads whole questions with the index and so imports this module.
    from transliterate import translit

    return _russian_name(str(translit(word, "ru")), _PERSON_TAGS)


#: pymorphy3 tags of a person's name: first names, surnames, patronymics (not places: "v
#: astane" is «в Астане», read as the summit's city).
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


#: Regular English endings and what they leave (text._EN_SUFFIXES' inflections).
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"), ("ly", ""))  # fmt: skip


def _bases(word: str) -> list[str]:
    """The words ``word`` may be a regular inflection of ("firms" -> "firm")."""
    return [
        word[: -len(end)] + repl
        for end, repl in _INFLECTIONS
        if word.endswith(end) and len(word) - len(end) >= 3
    ]


def _morph() -> Any:
    from bot.text import morph as _analyser

    return _analyser()


def _russian_name(word: str, tags: frozenset[str]) -> bool:
    """Whether pymorphy3 knows a Cyrillic word and its likeliest reading has one of ``tags``."""
    morph = _morph()
    if not morph.word_is_known(word):
        return False
    return bool(tags & set(morph.parse(word)[0].tag.grammemes))


@lru_cache(maxsize=1)
def _web2() -> tuple[frozenset[str], frozenset[str]]:
    """web2's and GCIDE's lower-case words and their capitalised ones (loaded once, ~0.3 s)."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    return (
        frozenset(w for w in words if w.islower()),
        frozenset(w for w in words if w[:1].isupper()),
    )


def warm() -> None:
    """Load the word lists now (start-up), not in a user's first question."""
    _web2()
