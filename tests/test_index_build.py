"""The index build's shortcuts give what the plain definitions give.

``bot.index.build`` stems each distinct space-separated chunk of text once (``_TextStems``),
shares one stem set per distinct phrase text and pauses the garbage collector; these tests hold
it to :meth:`Index.stems` applied to every text, phrase by phrase, and to the collector's state.
"""

from __future__ import annotations

import gc

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.index import LIST, NAMED, WHOLE, Index, _entry_phrases, _TextStems, build
from bot.loader import load

KB = load()

#: Pieces that exercise every normalisation step near the spaces between chunks: NFKC
#: (ligatures, full-width, a combining accent after a space), possessives and apostrophes,
#: invisible and control characters, other whitespace, digits glued to letters, abbreviations,
#: over-long words, Cyrillic with ё.
_SAMPLES = (
    "Xi'an Kazakhstan's $35bn \ufb01rst \uff21\uff22\uff23 e\u0301 \u0301e 's \u2019s \u02bcs x's "
    "\u200b \u202e \x00 \x1f \x0b \x0c \x85 \u00a0 \t \n BRI obor ca кца Ёлка ещё саммита "
    "Сафаровым 2023. summit, SUMMIT! the and who said когда где"
)
PIECES = [*_SAMPLES.split(" "), "a" * 45, "я" * 41, "", " ", "  ", "'", "s", "\u0301"]

TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.text(max_size=80),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(TEXTS, max_size=6))
def test_chunked_stems_are_the_stems_of_the_whole_text(texts: list[str]) -> None:
    plain, chunked = Index(kb=KB), Index(kb=KB)
    memo = _TextStems(chunked)
    for text in texts * 2:  # the second time from the memo
        assert memo(text) == plain.stems(text), text
    assert chunked.spellings == plain.spellings  # the same words learned for typo repair


def _reference_phrases(
    canon: dict[str, str],
    word_canon: dict[str, str],
) -> tuple[list[tuple[int, frozenset[str], bool]], list[tuple[int, int]]]:
    """Phrases by the definition: every text through Index.stems, duplicates and empties out."""
    index = Index(kb=KB, canon=canon, word_canon=word_canon)
    phrases: list[tuple[int, frozenset[str], bool]] = []
    ranges: list[tuple[int, int]] = []
    lists: set[str] = set()  # facts listing several countries: their own texts carry LIST
    named: set[str] = set()  # facts naming several people: their own texts carry NAMED
    for eidx, (entry, texts) in enumerate(_entry_phrases(KB, lists, named)):
        first = len(phrases)
        union: set[str] = set()
        seen: set[frozenset[str]] = set()
        for t, curated in texts:
            stems = frozenset(union) if t is WHOLE else index.stems(t)
            if t is not WHOLE and not curated and entry.id in lists:
                stems |= {LIST}
            if t is not WHOLE and not curated and entry.id in named:
                stems |= {NAMED}
            if not curated:
                union |= stems
            if stems and stems not in seen:
                seen.add(stems)
                phrases.append((eidx, stems, curated))
        ranges.append((first, len(phrases)))
    return phrases, ranges


def test_build_gives_the_phrases_of_the_plain_definition() -> None:
    index = build(KB)
    phrases, ranges = _reference_phrases(index.canon, index.word_canon)
    assert [(p.entry, p.stems) for p in index.phrases] == [(e, s) for e, s, _ in phrases]
    assert index.phrase_range == ranges
    assert index.phrase_entry.tolist() == [p[0] for p in phrases]
    for e, (first, end) in enumerate(index.phrase_range):
        assert index.entry_stems[e] == frozenset().union(*(p[1] for p in phrases[first:end]))
    for stem, postings in index.postings.items():
        assert postings.tolist() == [i for i, p in enumerate(phrases) if stem in p[1]]


def test_build_restores_the_garbage_collector() -> None:
    assert gc.isenabled()
    build(KB)
    assert gc.isenabled()
    gc.disable()
    try:
        build(KB)
        assert not gc.isenabled()
    finally:
        gc.enable()
