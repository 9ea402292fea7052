"""Number words -> digits, so "сто тридцать три проекта", "133 projects" and "a hundred and
thirty-three projects" meet.

A general rule of each language, not a table of the numbers one base happens to use: the
cardinal words of English and Russian (units, teens, tens, hundreds, "thousand"), combined the
way the languages combine them, and the ordinals "first" to "tenth" (which name summits). Russian
words are compared in their dictionary form (тридцати, трёх -> тридцать, три), so every case
reads alike. "Million" and "billion" are not folded in: the texts write "35 billion dollars" as
a number and a word, and a question does the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from bot import tuning as K

#: Word -> (value, rank): rank 1 units, 2 tens (a teen fills the units too), 3 hundreds. A number
#: is a run of words of falling rank: "сто тридцать три" (3, 2, 1); "тридцать сто" is two.
_CARDINALS: Final[dict[str, tuple[int, int]]] = {}
_THOUSAND: Final = frozenset({"thousand", "тысяча"})


def _add(words: str, start: int, step: int, rank: int) -> None:
    for i, w in enumerate(words.split()):
        _CARDINALS[w] = (start + i * step, rank)


_add("zero one two three four five six seven eight nine", 0, 1, 1)
_add("ноль один два три четыре пять шесть семь восемь девять", 0, 1, 1)
_add("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 10, 1, 0)
_add(
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
    "восемнадцать девятнадцать",
    10,
    1,
    0,
)
_add("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10, 2)
_add("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто", 20, 10, 2)
_add("сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот", 100, 100, 3)
_CARDINALS["hundred"] = (100, 3)  # "one hundred" multiplies: see _read_number
_CARDINALS["одна"] = (1, 1)  # a feminine form pymorphy may leave as is
_CARDINALS["две"] = (2, 1)

#: Ordinals that name things in order ("the second summit", "на втором саммите").
ORDINALS: Final[dict[str, str]] = {
    w: str(i + 1)
    for words in (
        "first second third fourth fifth sixth seventh eighth ninth tenth",
        "первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый",
    )
    for i, w in enumerate(words.split())
}
ORDINALS["четвертый"] = "4"

#: Russian collective numerals, a count of people: «шестеро лидеров» (six leaders), «их было
#: пятеро» (tuning.COLLECTIVE_NUMERALS). Read alone, not as part of a longer number.
COLLECTIVE: Final[dict[str, int]] = {
    w: i + 2
    for i, w in enumerate(
        "двое трое четверо пятеро шестеро семеро восьмеро девятеро десятеро".split()
    )
}

#: Words a number may hold between its parts: "one hundred and thirty-three".
_JOINERS: Final = frozenset({"and"})


#: Scale words after a figure and the power of ten they put on it ("35 *billion* dollars",
#: «35 млрд», "35 mln"): "35 million" is no "35 billion", though both give 35 (tuning.
#: Q28F_FIGURE_SCALE). Russian by the word's beginning, every case form.
SCALES: Final[dict[str, int]] = {
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "mln": 6,
    "mn": 6,
    "billion": 9,
    "billions": 9,
    "bn": 9,
    "bln": 9,
    "billon": 9,
    "trillion": 12,
    "тыс": 3,
    "млн": 6,
    "млрд": 9,
    "трлн": 12,
}
_SCALE_BEGINNINGS: Final = (("тысяч", 3), ("миллион", 6), ("миллиард", 9), ("триллион", 12))


def scale(word: str) -> int | None:
    """The power of ten a scale word puts on the figure before it ("billion" -> 9, «млрд»,
    «миллиардов» -> 9), or None for any other word."""
    if word in SCALES:
        return SCALES[word]
    for begins, power in _SCALE_BEGINNINGS:
        if word.startswith(begins):
            return power
    return None


def is_number_word(word: str) -> bool:
    """A word (in its dictionary form) that is part of a number or an ordinal."""
    return word in _CARDINALS or word in _THOUSAND or word in ORDINALS


def value(word: str) -> str | None:
    """The digits of one number word in its dictionary form ("nine" -> "9", "второй" -> "2"),
    or ``None``."""
    if word in ORDINALS:
        return ORDINALS[word]
    if word in _CARDINALS:
        return str(_CARDINALS[word][0])
    if K.COLLECTIVE_NUMERALS and word in COLLECTIVE:
        return str(COLLECTIVE[word])
    return None


def fold(words: Sequence[str], lemma: Callable[[str], str], min_words: int = 1) -> list[str]:
    """``words`` with every run of at least ``min_words`` number words replaced by its digits
    (and, with ``min_words=1``, every ordinal by its own).

    ``lemma`` gives a word's dictionary form (identity for English). Anything that is not a
    well-formed number stays as it was: "thirty hundred" is read as 30 and 100.
    """
    out: list[str] = []
    i = 0
    n = len(words)
    while i < n:
        base = lemma(words[i])
        if base in ORDINALS and min_words <= 1:
            out.append(ORDINALS[base])
            i += 1
            continue
        number, end = _read_number(words, i, lemma)
        if end - i >= max(min_words, 1):
            out.append(str(number))
            i = end
        else:
            out.append(words[i])
            i += 1
    return out


def _read_number(words: Sequence[str], start: int, lemma: Callable[[str], str]) -> tuple[int, int]:
    """The number read from ``words[start:]`` and where it ends (``start`` when none)."""
    total = 0  # thousands already closed
    current = 0  # below a thousand
    last_rank = 4  # the next word must be of a lower rank than this
    thousands = False
    end = i = start
    while i < len(words):
        w = lemma(words[i])
        if w in _JOINERS:  # "hundred and thirty": only between a hundred and what follows
            nxt = lemma(words[i + 1]) if i + 1 < len(words) else ""
            if current and last_rank == 3 and nxt in _CARDINALS and _CARDINALS[nxt][1] < 3:
                i += 1
                continue
            break
        if w in _THOUSAND:
            if thousands:
                break
            total, current, thousands, last_rank = (current or 1) * 1000, 0, True, 4
        elif w == "hundred":
            if current == 0 and last_rank == 4:
                current = 100  # "hundred", "a hundred"
            elif last_rank == 1 and 0 < current < 10:
                current *= 100  # "one hundred", "three hundred"
            else:
                break
            last_rank = 3
        elif w in _CARDINALS:
            value, rank = _CARDINALS[w]
            if (2 if rank == 0 else rank) >= last_rank:
                break  # "thirty hundred", "двадцать двенадцать": a new number
            current += value
            last_rank = 1 if rank == 0 else rank  # a teen fills the units' place too
        else:
            break
        i += 1
        end = i
    if end == start:
        return 0, start
    return total + current, end
