"""Russian typed in Latin letters ("kto skazal pro 133 proekta") read as Russian.

People without a Cyrillic keyboard write Russian phonetically. The index knows Russian in
Cyrillic only, so such a question shares almost no word with the base and is refused. When a
question's Latin words are mostly not English (:func:`looks_translit`), it is transliterated
back (:func:`to_cyrillic`) and matched again, guards included, when the Latin reading was
refused; the Cyrillic reading is taken when it is answered, or when both readings are plain
"no match" (then the semantic stage reads the Cyrillic, which its multilingual model
understands). An English question is never transliterated.

Why not the ``transliterate`` package's reverse mode: it maps letter by letter (``yu`` -> ``ыу``,
``sleduyushchiy`` -> ``следуыушчиы``); informal transliteration needs the digraphs (``shch``,
``zh``, ``kh``, ``yu``, ``ya``) and ``y`` read as ``й`` after a vowel. Small remaining errors
(``следуюшии``) are the lexical matcher's typo repair's job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import combinations
from typing import Final, NamedTuple

from bot import names
from bot import text as T
from bot import tuning as K
from bot.index import Index
from bot.intent import LATIN_RUSSIAN, Parsed, parse
from bot.matcher import Match, match_parsed
from bot.names import is_proper_noun

#: Longest first: digraphs before single letters.
_MULTI = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ya", "я"),
    ("yo", "ё"),
    ("ye", "е"),
    ("iu", "ю"),
    ("ia", "я"),
)
_SINGLE = dict(
    zip(
        "abvgdezijklmnoprstufhcwxq'",
        "абвгдезийклмнопрстуфхцвхкь",
        strict=True,
    )
)
_VOWELS = set("аеёиоуыэюя")
_LATIN_WORD = re.compile(r"[a-z']+")
#: A question is read as transliterated Russian when at least this share of its Latin words
#: (two letters or more) are not English dictionary words. Half: "kto skazal pro 133 proekta"
#: has "pro" (an English word) among four; an English question with a typo or two and the
#: base's names stays well below it, since names and base words count as English here.
MIN_FOREIGN_SHARE = 0.5
#: One Latin word ("kto?") is too little to tell Russian from a typo or a name.
_MIN_WORDS = 2


#: "ia"/"iu" are "я"/"ю" only after a vowel ("tsentralnaia", "aziia": the passport spelling of
#: "-ая", "-ия"); after a consonant they are two letters ("sian" is "сиан", "sekretariat"
#: "секретариат", never "сян", "секретарят").
_IOTATED = frozenset({"ia", "iu"})
_LATIN_VOWELS = frozenset("aeiouy")


def _word(w: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(w):
        for lat, cyr in _MULTI:
            if lat in _IOTATED and (i == 0 or w[i - 1] not in _LATIN_VOWELS):
                continue
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            ch = w[i]
            if ch == "y":
                # "y" after a vowel is "й" (sleduyushchiy, takoy); otherwise "ы" (byl)
                out.append("й" if out and out[-1] in _VOWELS else "ы")
            elif ch == "i" and i == len(w) - 1 and out and out[-1] in _VOWELS:
                out.append("й")  # a final "i" after a vowel: vtoroi, kakoi, kitai
            else:
                out.append(_SINGLE.get(ch, ch))
            i += 1
    return "".join(out)


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
#: Vowels a soft sign may stand before ("chya" is «чья», "statya" «статья», "semyu" «семью»).
_IOTATED_CYR = frozenset("яюеёи")


class _SpellingRules(NamedTuple):
    """The tuning switches :func:`_known_spelling` reads, passed as one argument so that its
    cache keys on every one of them (a test switching a rule off reads the word again)."""

    known: bool  # tuning.TRANSLIT_KNOWN_SPELLING
    ts: bool  # tuning.Q19_TRANSLIT_TS
    short_i: bool  # tuning.Q21S_TRANSLIT_SHORT_I
    initial_e: bool  # tuning.Q25Q_TRANSLIT_INITIAL_E
    ye: bool  # tuning.Q28_TRANSLIT_YE


def _rules() -> _SpellingRules:
    return _SpellingRules(
        K.TRANSLIT_KNOWN_SPELLING,
        K.Q19_TRANSLIT_TS,
        K.Q21S_TRANSLIT_SHORT_I,
        K.Q25Q_TRANSLIT_INITIAL_E,
        K.Q28_TRANSLIT_YE,
    )


def _spelling_options(word: str, rules: _SpellingRules) -> list[tuple[int, str, str]]:
    """Where a Latin spelling loses a Russian letter: "sh" is typed for щ as well as ш
    ("ploshadkoy", «площадкой»), "i" for й as well as и after a vowel ("deistvuet",
    «действует»), "ts" for тс as well as ц ("stanovitsya"), and the soft sign is mostly left
    out: before an iotated vowel ("chya", «чья»), at the end ("mysl", «мысль») or between
    consonants ("malenkiy").
    Each option: position, the letter written there, what it may stand for."""
    opts: list[tuple[int, str, str]] = []
    if rules.initial_e and word.startswith("е"):
        # A word's first "e" is mostly «э»: "eks posol" is «экс посол», "ekspert" «эксперт»,
        # "etot" «этот»; «екс» is no word, and with a second unknown word beside it the
        # question lost its ambassador (tuning.Q25Q_TRANSLIT_INITIAL_E).
        opts.append((0, "е", "э"))
    for i, ch in enumerate(word):
        if ch == "ш":
            opts.append((i, "ш", "щ"))
        if ch == "ц" and rules.ts:
            # "ts" is also т + с: "stanovitsya" is «становится», "opredelyaetsya"
            # «определяется», not «становиця» (tuning.Q19_TRANSLIT_TS).
            opts.append((i, "ц", "тс"))
        if i and word[i - 1] in _CONSONANTS and (ch in _IOTATED_CYR or ch in _CONSONANTS):
            opts.append((i, "", "ь"))
        if rules.ye and ch == "е" and i and word[i - 1] in _CONSONANTS:
            # "ye" after a consonant is also «ые»: "kazhdye" is «каждые», "novye" «новые»,
            # not «кажде» (tuning.Q28_TRANSLIT_YE).
            opts.append((i, "е", "ые"))
        if (
            ch == "и"
            and rules.short_i
            and 0 < i < len(word) - 1
            and word[i - 1] in _VOWELS
            and word[i + 1] in _CONSONANTS
        ):
            # "i" after a vowel and before a consonant is also «й»: "deistvuet" is
            # «действует», "stroika" «стройка», not «деиствует» (tuning.Q21S_TRANSLIT_SHORT_I).
            opts.append((i, "и", "й"))
    if len(word) > 2 and word[-1] in _CONSONANTS:
        opts.append((len(word), "", "ь"))
    return opts


def _apply(word: str, chosen: Sequence[tuple[int, str, str]]) -> str:
    out = word
    for i, was, now in sorted(chosen, reverse=True):
        out = out[:i] + now + out[i + len(was) :]
    return out


@lru_cache(maxsize=16384)
def _known_spelling(word: str, rules: _SpellingRules) -> str:
    """The Cyrillic word a Latin spelling stands for: itself when the Russian dictionary knows
    it, else the known word with the fewest letters restored (:func:`_spelling_options`; at
    most ``tuning.TRANSLIT_RESTORED`` of them, the first in reading order on a tie), else
    itself (a name, or a typo the matcher's repair reads). ``rules`` are the switches read
    (:func:`_rules`)."""
    if not rules.known or len(word) < 2 or T.is_dictionary_word(word):
        return word
    if not _VOWELS.intersection(word):
        return word  # no Russian word, whatever letter it gets back
    opts = _spelling_options(word, rules)
    tries = 0
    for n in range(1, K.TRANSLIT_RESTORED + 1):
        for chosen in combinations(opts, n):
            if len({i for i, _, _ in chosen}) < n:
                continue
            tries += 1
            if tries > K.TRANSLIT_SPELLING_TRIES:
                return word  # a string of consonants, no word: keep questions fast
            alt = _apply(word, chosen)
            if T.is_dictionary_word(alt):
                return alt
    return word


def to_cyrillic(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Latin letters to Cyrillic, word by word; digits and punctuation stay, and so do the
    words in ``keep`` (names the base spells in Latin letters: "kto takoi wu yingqin" is
    "кто такой wu yingqin", not "ву ыингкин", which no name of the base resembles). A word
    the Russian dictionary does not know is given the letters its Latin spelling dropped when
    that makes it one it knows ("chya mysl" is «чья мысль», not «чя мысл»)."""
    return _LATIN_WORD.sub(
        lambda m: m.group(0) if m.group(0) in keep else _name_case(m.group(0)),
        text.lower(),
    )


#: English question words a transliterated question mixes in ("who skazal pro 133 proekta"):
#: their Russian words, not their letters («вхо», read as an unknown person's name, made the
#: reply "Нет, это сказал не Вхо") (tuning.L30_TRANSLIT_QUESTION_WORDS). General language;
#: "how" is left out ("how mnogo" would be «как много», not «сколько»).
_ENGLISH_QUESTION_WORDS: Final[dict[str, str]] = {
    "who": "кто",
    "whose": "чьи",
    "what": "что",
    "when": "когда",
    "where": "где",
    "why": "почему",
    "which": "какой",
}
#: "About" in a transliterated question ("kto skazal about 133 projects") is «про», not «абоут»,
#: a word no text holds (tuning.L30_TRANSLIT_ABOUT).
_ENGLISH_ABOUT: Final[dict[str, str]] = {"about": "про"}


def _name_case(latin: str) -> str:
    """The Cyrillic of one Latin word. A final "ii" is «ий» ("poslednii", «последний») unless
    «-ии» makes the name of a place or people ("iz rossii", "v indii": «России», «Индии»;
    tuning.Q16_TRANSLIT_II_NAMES): read as «россий», no word, "kto-to iz rossii skazal ..."
    lost the place it asked about, and the question was answered with a Tajik's words."""
    if K.L30_TRANSLIT_QUESTION_WORDS and latin in _ENGLISH_QUESTION_WORDS:
        return _ENGLISH_QUESTION_WORDS[latin]
    if K.L30_TRANSLIT_ABOUT and latin in _ENGLISH_ABOUT:
        return _ENGLISH_ABOUT[latin]
    cyr = _known_spelling(_word(latin), _rules())
    if K.Q16_TRANSLIT_II_NAMES and latin.endswith("ii") and cyr.endswith("ий"):
        alt = cyr[:-1] + "и"
        if is_proper_noun(alt) and not is_proper_noun(cyr):
            return alt
    return cyr


def _base_words(index: Index, question: str) -> frozenset[str]:
    """The question's Latin words the base itself spells in Latin letters (names such as
    "wu", "yingqin", "tokaev"; "astana"), English dictionary and stop words aside: they are
    read as they are, not transliterated. So are the English words of the base a translit
    question mixes in ("summit v astane signed kakie dokumenty": :func:`_english_inside`)."""
    return frozenset(
        w
        for w in _LATIN_WORD.findall(question.lower())
        if (
            (w in index.name_lookup or T.stem(w) in index.idf)
            and not T.is_dictionary_word(w)
            and not T.is_stop_word(w)
        )
        or _english_inside(index, w)
    )


#: English joining words of a name or term written in English ("Belt and Road", "Ministry of
#: Industry"): kept in Latin letters between two words kept (tuning.Q19Q_TRANSLIT_JOINS).
_JOINS = frozenset("and of the".split())


def _joins_kept(question: str, keep: frozenset[str]) -> frozenset[str]:
    """``keep`` with the English joining words (:data:`_JOINS`) that stand between two kept
    words of the question ("pro Belt and Road": "and"), read as English, not «анд»
    (tuning.Q19Q_TRANSLIT_JOINS). A Russian question has no "and" of its own ("i" is «и»)."""
    if not K.Q19Q_TRANSLIT_JOINS or not keep:
        return keep
    ws = _LATIN_WORD.findall(question.lower())
    joins = {
        w
        for i, w in enumerate(ws[1:-1], 1)
        if w in _JOINS and ws[i - 1] in keep and ws[i + 1] in keep
    }
    return keep | joins


def _english_inside(index: Index, word: str) -> bool:
    """An English word of the base inside a transliterated question ("summit", "signed",
    "hosted"), kept in Latin letters (tuning.Q16_TRANSLIT_KEEPS_ENGLISH): transliterated, it
    was «суммит», «сигнед», which no Russian word resembles, and "summit v astane signed kakie
    dokumenty" lost both its topic and its verb. A word whose Cyrillic reading is a Russian
    word stays Russian ("pro" is «про», "god" «год», "net" «нет»)."""
    return (
        K.Q16_TRANSLIT_KEEPS_ENGLISH
        and len(word) >= K.Q16_TRANSLIT_ENGLISH_MIN_LEN
        and T.is_dictionary_word(word)
        and not T.is_stop_word(word)
        and index.word_canonical(word) in index.idf
        and not T.is_dictionary_word(_known_spelling(_word(word), _rules()))
    )


#: English clitics a Latin word may end in ("who's", "kazakhstan's", "didn't", "they're"): the
#: word before them is what tells English from Russian (tuning.Q28_ENGLISH_CLITICS). Russian
#: typed in Latin letters writes the soft and hard signs with an apostrophe inside a word
#: ("ob'yavil", "s'ezd", "den'"), never one of these endings after an English word.
_ENGLISH_CLITICS = ("'s", "'re", "'ve", "'ll", "'d", "'m", "n't")


def _latin_words(index: Index, question: str) -> list[str]:
    """The question's Latin words of two letters or more, as :func:`looks_translit` weighs
    them: an English clitic taken off a word it ends ("who's" is "who"), and short forms of
    organisations written in English letters ("brics", "sco", "nato": names.LATIN_ACRONYMS)
    left out, since they are written so in English and Russian alike ("brics summit in kazan"
    is English, "sammit SHOS" Russian by its other words) (tuning.Q28_NEUTRAL_ACRONYMS)."""
    words = []
    for w in _LATIN_WORD.findall(question.lower()):
        if K.Q28_ENGLISH_CLITICS:
            for clitic in _ENGLISH_CLITICS:
                head = w.removesuffix(clitic)
                if head != w and (
                    T.is_dictionary_word(head)
                    or T.is_stop_word(head)
                    or head in index.name_lookup
                    or T.stem(head) in index.idf
                ):
                    w = head
                    break
        if K.Q28_NEUTRAL_ACRONYMS and w in names.LATIN_ACRONYMS:
            continue
        if len(w) >= 2:
            words.append(w)
    return words


#: «Про» ("about") in Latin letters, which English reads as its own word "pro": beside it a
#: name is written so in both languages, as beside "kto" (tuning.L30_PRO_MARKS_RUSSIAN).
_ABOUT_RU: Final = frozenset({"pro"})


def looks_translit(index: Index, question: str) -> bool:
    """Whether most Latin words are neither English nor known to the base."""
    words = _latin_words(index, question)
    if len(words) < _MIN_WORDS:
        return False
    foreign = sum(
        1
        for w in words
        if not T.is_dictionary_word(w)
        and not T.is_stop_word(w)
        and T.stem(w) not in index.idf
        and w not in index.name_lookup
    )
    markers = LATIN_RUSSIAN | _ABOUT_RU if K.L30_PRO_MARKS_RUSSIAN else LATIN_RUSSIAN
    if K.Q28_NAMES_NEUTRAL and not markers.isdisjoint(words):
        # The base's names are written so in both languages: beside a Russian question word,
        # the share is of the other words ("emomali rahmon kto": "kto", one foreign word of
        # one). Without one, a name counts as English, as before ("safarov quoteh plz" is an
        # English question with a typo).
        words = [w for w in words if w not in index.name_lookup] or words
        if K.L30_BASE_WORDS_NEUTRAL:
            # "kogda next summit": the base's English words are written so in a Russian
            # question too, as its names are; beside «когда» they say nothing of the language
            # (tuning.L30_BASE_WORDS_NEUTRAL).
            words = [w for w in words if not _english_inside(index, w)] or words
    return foreign >= MIN_FOREIGN_SHARE * len(words)


def _understood(parsed: Parsed) -> int:
    """How well a reading reads the question: its words the base knows less those it does
    not (a name read as a person is no longer a term, so it counts as neither)."""
    return sum(1 if t.sim > 0.0 else -1 for t in parsed.terms)


#: English function words no transliterated Russian question uses ("what is kazakhstan's
#: gdp?"; "to", "i", "a" are Russian words in Latin letters too, and are not here)
#: (tuning.Q26F_ENGLISH_FRAME). General language.
_ENGLISH_FRAME = frozenset(
    "what whats who whom whose when where which how is are was were does did the".split()
)


def _english_frame(parsed: Parsed) -> bool:
    """Whether the Latin reading has an English question's function words: refused in both
    readings, it is refused in English, not in the Russian of its transliterated reading."""
    return not _ENGLISH_FRAME.isdisjoint(parsed.words)


def reread(
    index: Index, question: str, parsed: Parsed, lexical: Match
) -> tuple[str, Parsed, Match]:
    """The question (possibly transliterated), its parse and its lexical match.

    The Cyrillic reading is matched from scratch, guards included, and is taken when it reads
    the question better (:func:`_understood`) and is answered, or when the Latin one was a
    plain "no match" (then its refusal, or the semantic stage, reads the Cyrillic: "tokaev
    skazal pro 133 proekta" is a claim about Tokayev only in Cyrillic). It is also taken when
    the Latin reading was refused and the Cyrillic one is answered. An answered Latin reading
    that reads the question at least as well stays ("safarof quote" is a typo, not Russian),
    and so does markup or code ("<a href=...>" is not Russian however foreign its words);
    "chto skazal ministr promyshlennosti" is answered in Latin only by the one word "ministr",
    as a card, where the Cyrillic reading asks for the minister's words."""
    if not looks_translit(index, question):
        return question, parsed, lexical
    cyr = to_cyrillic(question, _joins_kept(question, _base_words(index, question)))
    p2 = parse(index, cyr)
    m2 = match_parsed(index, p2)
    if K.Q28_TRANSLIT_REPLY_RUSSIAN and p2.lang != "ru":
        # The Cyrillic reading keeps the base's Latin names ("emomali rahmon кто"): two Latin
        # words of three made it an English question, answered in English. It is Russian.
        p2, m2 = replace(p2, lang="ru"), replace(m2, lang="ru")
    better = _understood(p2) > _understood(parsed)
    if lexical.answered:
        refusals = ("none", "unknown_person") if K.Q16_TRANSLIT_ROLE_REFUSAL else ("none",)
        if better and (m2.answered or (K.TRANSLIT_BETTER_REFUSAL and m2.kind in refusals)):
            return cyr, p2, m2
        if (
            K.Q25Q_TRANSLIT_CARD_OR_WORDS
            and better
            and lexical.kind == "person"
            and m2.kind == "unconfirmed"
            and p2.persons == parsed.persons
        ):
            # "tadzhik ekspert chto govoril pro soobshestvo obshey sudby": the Latin reading
            # found only the Tajik expert's card; the Cyrillic one asks for his words on a
            # topic, which the semantic stage reads (tuning.Q25Q_TRANSLIT_CARD_OR_WORDS).
            return cyr, p2, m2
        return question, parsed, lexical
    if m2.answered or (lexical.kind == "none" and better):
        return cyr, p2, m2
    if (
        K.Q22M_TRANSLIT_REPORTED_FACT
        and lexical.kind == m2.kind == "unknown_person"
        and m2.entries
        and not lexical.entries
        and p2.persons == parsed.persons
    ):
        # "Van I skazal chto v Astane okolo 50 rezultatov sotrudnichestva?": the same person,
        # whose words the base does not hold, in both readings; only the Cyrillic one finds
        # what the sources report of him (fact-astana-outcomes), shown after the refusal.
        return cyr, p2, m2
    # Neither reading is answered: the Latin one goes on, but the reply is in Russian, the
    # language the person wrote in ("kakaya pogoda v parizhe" gets a Russian refusal), unless
    # the words are an English question's ("what is kazakhstan's gdp?";
    # tuning.Q26F_ENGLISH_FRAME).
    if K.Q26F_ENGLISH_FRAME and _english_frame(parsed):
        return question, parsed, lexical
    return question, replace(parsed, lang="ru"), replace(lexical, lang="ru")
