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
from dataclasses import replace

from bot import text as T
from bot.index import Index
from bot.intent import Parsed, parse
from bot.matcher import Match, match_parsed

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


def _word(w: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(w):
        for lat, cyr in _MULTI:
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


def to_cyrillic(text: str) -> str:
    """Latin letters to Cyrillic, word by word; digits and punctuation stay."""
    return _LATIN_WORD.sub(lambda m: _word(m.group(0)), text.lower())


def looks_translit(index: Index, question: str) -> bool:
    """Whether most Latin words are neither English nor known to the base."""
    words = [w for w in _LATIN_WORD.findall(question.lower()) if len(w) >= 2]
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
    return foreign >= MIN_FOREIGN_SHARE * len(words)


def _known(parsed: Parsed) -> int:
    return sum(t.sim > 0.0 for t in parsed.terms)


def reread(
    index: Index, question: str, parsed: Parsed, lexical: Match
) -> tuple[str, Parsed, Match]:
    """The question (possibly transliterated), its parse and its lexical match.

    The Cyrillic reading is matched from scratch, guards included, and is taken when the
    Latin one was refused and it is answered, or when both are plain "no match" and the base
    knows more of its words (so that the semantic stage reads it). An answered Latin reading
    stays ("safarof quote" is a typo, not Russian), and so does markup or code
    ("<a href=...>" is not Russian however foreign its words)."""
    if lexical.answered or not looks_translit(index, question):
        return question, parsed, lexical
    cyr = to_cyrillic(question)
    p2 = parse(index, cyr)
    m2 = match_parsed(index, p2)
    if m2.answered or (
        lexical.kind == "none" and m2.kind == "none" and _known(p2) > _known(parsed)
    ):
        return cyr, p2, m2
    # Neither reading is answered: the Latin one goes on, but the reply is in Russian, the
    # language the person wrote in ("kakaya pogoda v parizhe" gets a Russian refusal).
    return question, replace(parsed, lang="ru"), replace(lexical, lang="ru")
