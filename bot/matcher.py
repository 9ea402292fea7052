"""Match a question to knowledge entries, or decide not to.

Scoring. Each phrase of each entry gets ``coverage * (0.8 + 0.2 * precision)`` (every number
here lives in :mod:`bot.tuning`, with its reason and its measured effect):

* *coverage* is the IDF-weighted share of the question's content words that the phrase has
  (words the base has never seen weigh the most, so an off-topic question with a few domain
  words still scores low: this is what makes abstention reliable);
* *precision* is the IDF-weighted share of the phrase that the question covers, which breaks ties
  in favour of the curated question closest to what was asked.

Typos are repaired per word against the vocabulary (trigram shortlist + rapidfuzz ``ratio``), and
a repaired word counts with its similarity. An entry's score is its best phrase's.

Attribution rules sit on top of the scores: a named speaker restricts the answer to that person's
words, and a claim that X said something that Y said is answered with a correction; a speaker slot
that names nobody in the base is refused; two different speakers scoring nearly the same for a
quote is reported as uncertainty rather than a guess, and so are two people named in one question
whose own words fit about equally.

Determinism. Nothing here may depend on the order a set or dict of strings is iterated in (it
follows the process's hash seed): equal scores are ordered by entry position in the base (a
fixed order), and a tie between speakers is never broken by any order but reported.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

import numpy as np
import numpy.typing as npt

from bot import dates as D
from bot import numbers as N
from bot import text as T
from bot import tuning as K
from bot.claims import (
    FIGURE_QUALIFIERS,
    city_countries,
    claim_contradicted,
    figure_unsaid_by,
    figures_in,
    figures_unsaid,
    mispaired_fact,
    names_parties,
    opposite_words,
    party_named,
    said_opposite,
)
from bot.index import LIST, NAMED, Entry, Index, Term, place_unknown
from bot.intent import (
    CLAIM_WORDS,
    COUNT_WORDS,
    COUNTRY_HEADS,
    COUNTRY_LEADER_WORDS,
    DESCRIBE_STEMS,
    FORMER_WORDS,
    FROM_WORDS,
    GENERIC_NOUNS,
    GENERIC_PEOPLE,
    GREETINGS,
    JUDGING_STEMS,
    PRAISE_STEMS,
    QUESTION_WORDS,
    SOURCE_TEXT_WORDS,
    TITLES,
    US_COUNTRY,
    US_STEM,
    WHO,
    Parsed,
    _qualifier_stems,
    absent_country,
    asks_for_words,
    asks_future_words,
    asks_now,
    capital_as_state,
    capital_country,
    fits_qualifiers,
    foreign_name_word,
    head_of_state_stems,
    is_yes_no,
    mark_of,
    member_country,
    membership_at,
    other_office,
    outlet_words,
    parse,
    quoted_from,
    say_slot,
    summit_marks,
    summit_stems,
    summits_marked,
    who_ranked_first,
    wrong_country_in_role,
)
from bot.kinds import (
    PLACE_KIND_WORDS,
    asked_kind,
    asked_members,
    asked_people,
    asks_sum,
    item_kind,
    names_members,
    names_people,
    normalise,
    place_kind_dropped,
    question_kind,
    reports,
    states_figure,
    states_sum,
)
from bot.model import Event, Fact, Quote
from bot.names import ACRONYMS, COMMON_WORD_PLACES, LATIN_ACRONYMS, is_proper_noun

MatchKind = Literal[
    "quote",
    "quotes",
    "person",
    "event",
    "fact",
    "correction",
    "unknown_person",
    "none",
    "ambiguous",
    "vague",
    "unconfirmed",
    "help",
]


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    entries: tuple[str, ...] = ()
    score: float = 0.0
    suggestions: tuple[str, ...] = ()
    #: For corrections: the person the question wrongly credited.
    asked_person: str | None = None
    #: For corrections: the question asserted the words were theirs ("X said W, right?"), so
    #: the answer starts "No"; otherwise it asked what they said ("what did X say about W") and
    #: the answer says their words are not in the sources.
    claim: bool = False
    unknown_name: str | None = None
    lang: str = "en"
    #: A claim ("did X say ...?") that X's own quote confirms: the answer starts with "Yes".
    confirmed: bool = False
    #: For ``unknown_person``: the question asked who someone is (a name or an office the base
    #: does not hold), not for their words.
    asks_who: bool = False
    #: For ``ambiguous``: several people fit the name or description asked about (not several
    #: people's words fit the question).
    namesakes: bool = False
    #: A refusal of a question the base cannot answer although an entry scores well (the
    #: semantic stage must not answer it either: bot/semantic.py, eligible).
    vetoed: bool = False
    #: Why it was vetoed, when a later stage may tell vetoes apart: "split" for words split
    #: between two speakers (tuning.ANOTHER_SPEAKERS_WORD), the one veto a clear semantic margin
    #: may settle (semantic.split_tie); empty for every other veto (ties, unknown speakers,
    #: corrections keep theirs, whatever the refusal offers).
    veto: str = ""
    #: A false premise about a place corrected (tuning.PLACE_TRAP): the place asked and the
    #: entry's place, as the lead names them in the answer's language ("Almaty", "Astana";
    #: «алматы», «Астана»: a Russian place asked keeps the user's own word and case).
    wrong_place: tuple[str, str] | None = None
    #: The document whose place ``wrong_place`` puts right ("Astana Declaration"), named in an
    #: English lead (tuning.L30_DOCUMENT_PLACE_NAMED); empty for any other place.
    placed: str = ""
    #: An office asked of someone who does not hold it (tuning.ROLE_TRAP): the person asked
    #: and the one holding it (ids); the answer is the holder's card under "No: not X".
    wrong_holder: tuple[str, str] | None = None
    #: A yes/no question whose count contradicts the entry's (tuning.NUMBER_TRAP): the count
    #: asked and the entry's, as written ("seven countries", "six countries").
    wrong_number: tuple[str, str] | None = None
    #: A person's quotes shown for "what did X say about T" when none of them is on T
    #: (tuning.Q12_OFF_TOPIC_LEAD): T as the question has it ("about the secretariat"), for the lead
    #: that says so before the quotes; empty otherwise.
    off_topic: str = ""
    #: ``off_topic`` names a summit the base never held ("at the fourth summit"): the lead says
    #: no such summit is known before the words (tuning.Q15_WORDS_AT_UNHELD_SUMMIT).
    summit_unheld: bool = False
    #: With kind "person" and several people: the kind of person the question asked as quoted
    #: ("experts": "which experts were quoted"), for the list's lead (tuning.Q15_EXPERTS_QUOTED).
    quoted_kind: str = ""
    #: A person's words asked for in the future ("what will safarov say at the next summit",
    #: tuning.Q13_FUTURE_WORDS): the summit as the question names it ("at the next summit"), or
    #: "" when none is named; None for every other question.
    future: str | None = None
    #: With ``future``: the summit named, when the base holds it (its id).
    future_event: str | None = None
    #: A fact shown for a claim that pairs its speaker's figures otherwise (tuning.
    #: Q19Q_MISPAIRED_FACT): the fact states the real pairing; the count checks of yes/no
    #: questions, which compare one figure at a time, add no lead of their own.
    mispaired: bool = False
    #: A description the question gave the person it names that is not theirs (tuning.
    #: Q19Q_NAME_DESCRIBED): the description as written and the person (id); the answer opens
    #: with "Not <description>: <name> is <office>." before their words.
    wrong_office: tuple[str, str] | None = None
    #: A description put beside a speaker's name that his card does not give ("Kairat
    #: Osmonaliyev, the Kyrgyz ambassador to Turkey, said ..."): the words as read (lower
    #: case), for the lead that puts it right before his words (tuning.Q19_SPEAKER_DETAIL).
    wrong_role: str | None = None
    #: A claim put to a person that his words do not show, answered with his own words closest
    #: to it (tuning.Q21_UNCONFIRMED_OWN_WORDS): the lead says it cannot be confirmed.
    unconfirmed_words: bool = False
    #: A claim put to a named person that turns his words to their opposite ("why did safarov
    #: say china is reckless": "prudent and wise"): his words shown under "No: he said the
    #: opposite" (tuning.Q22_SAID_OPPOSITE).
    opposite: bool = False
    #: A summit not yet held asked of by a held summit's place, in the past ("what did the
    #: leaders sign at the third summit in astana"): the held summit and the one named (ids),
    #: and the place as the lead names it ("Astana", «Астане»); the answer is the held one's,
    #: under a lead saying which is which (tuning.Q22_PAST_AT_UNHELD).
    held_instead: tuple[str, str, str] | None = None
    #: A country said to have stayed away from a summit whose participants the entry lists
    #: (tuning.Q24M_ABSENT_PARTY): its name as the answer's language writes it, for the lead
    #: "No: my sources say Turkmenistan took part."; empty otherwise.
    absent_denied: str = ""
    #: A country said not to have signed what the entry's summit signed (tuning.
    #: Q25F_UNSIGNED_DENIED): its name, for the lead "No: my sources say Tajikistan signed.".
    signed_denied: str = ""
    #: The same country asked whether it signed ("did tajikistan sign the treaty?"), for the
    #: lead "Yes: my sources say Tajikistan signed." (tuning.Q25F_COUNTRY_SIGNS).
    signed_confirmed: str = ""
    #: Something said to have been signed at a summit's place that the record of what was
    #: signed there does not list ("is it true they signed a military alliance in Astana?"):
    #: the place as the lead names it, for "No: my sources list these as signed in Astana."
    #: before that record (tuning.Q28F_UNLISTED_SIGNING); empty otherwise.
    unlisted_signing: str = ""

    @property
    def answered(self) -> bool:
        return self.kind not in (
            "none",
            "unknown_person",
            "ambiguous",
            "vague",
            "unconfirmed",
            "help",
        )


def _resolve(index: Index, terms: tuple[Term, ...]) -> tuple[list[tuple[str, float]], float]:
    """(known stem, similarity) pairs, most informative first, and the question's total mass.

    Unknown words add to the mass without matching anything: that is what pulls an off-topic
    question's coverage down.
    """
    resolved: dict[str, float] = {}
    mass = 0.0
    for t in terms:
        if t.known:
            if t.stem not in resolved:
                resolved[t.stem] = t.sim
                mass += index.idf[t.stem]
        else:
            mass += index.unknown_idf * t.weight
    pairs = sorted(resolved.items(), key=lambda pair: -index.idf[pair[0]])
    return pairs, mass


def score_entries(index: Index, terms: tuple[Term, ...]) -> dict[int, float]:
    """Entry position -> score in [0, 1] for every entry sharing a content word."""
    return _score(index, *_resolve(index, terms))


def _score(
    index: Index,
    resolved: list[tuple[str, float]],
    mass: float,
    only: list[int] | None = None,
) -> dict[int, float]:
    """Entry -> score for the best :data:`TOP_K` entries (or for the ``only`` entries).

    Exact top-k with pruning: a phrase that has none of the question's rarer words can reach
    at most the share of the question held by the remaining, commoner words; once that share is
    below the suggestion threshold, the commoner words are only looked up for the phrases
    already found (a binary search in their sorted posting lists), never scanned. Large lists
    of the rarer words are summed in C with ``numpy.bincount``.
    """
    if not resolved or mass <= 0:
        return {}
    if only is not None:
        return _score_subset(index, resolved, mass, only)
    weights = [sim * index.idf[stem] for stem, sim in resolved]
    idfs = [index.idf[stem] for stem, _ in resolved]
    remaining = sum(weights)
    admitted = 0
    for w in weights:
        if remaining < K.SUGGEST_THRESHOLD * mass:
            break
        admitted += 1
        remaining -= w
    lists = [index.postings[stem] for stem, _ in resolved]
    floor = K.SUGGEST_THRESHOLD * mass - sum(weights[admitted:])
    postings = sum(len(a) for a in lists[:admitted])
    if postings <= K.NUMPY_POSTINGS:
        found, acc, hits = _admit_python(weights, idfs, lists[:admitted], floor)
    elif postings <= K.DISTINCT_POSTINGS_SHARE * len(index.phrases):
        found, acc, hits = _admit_counted(weights, idfs, lists[:admitted], floor, None)
    else:
        found, acc, hits = _admit_counted(
            weights, idfs, lists[:admitted], floor, len(index.phrases)
        )
    marks: npt.NDArray[np.bool_] | None = None
    for i in range(admitted, len(lists)):  # commoner words: only phrases already found
        plist = lists[i]
        if len(found) <= K.SEARCH_MAX:  # a binary search per found phrase
            pos = np.searchsorted(plist, found)
            has = plist[np.minimum(pos, len(plist) - 1)] == found
        else:  # many found phrases: mark the word's phrases, then read the marks (O(n + m))
            if marks is None:
                marks = np.zeros(len(index.phrases), dtype=np.bool_)
            else:
                marks[:] = False
            marks[plist] = True
            has = marks[found]
        acc = acc + has * weights[i]
        hits = hits + has * idfs[i]
    scores = (acc / mass) * _precision(hits / index.phrase_mass[found])
    keep = scores >= K.SUGGEST_THRESHOLD * K.PHRASE_FLOOR
    found, scores = found[keep], scores[keep]
    if len(found) > K.TOP_PHRASES:
        # Only at scale. introselect has no randomness: the same scores keep the same phrases
        # in every process (a full sort would cost milliseconds at 100,000 entries).
        part = np.argpartition(-scores, K.TOP_PHRASES)[: K.TOP_PHRASES]
        found, scores = found[part], scores[part]
    best: dict[int, float] = {}
    for e, sc in zip(index.phrase_entry[found].tolist(), scores.tolist(), strict=True):
        if sc > best.get(e, 0.0):
            best[e] = sc
    # Equal scores: the entry met first is kept (a stable sort, what ``heapq.nlargest`` is
    # documented to equal, with no Python-level heap; ``best`` is filled in phrase order, i.e.
    # base order, or in argpartition's order, which has no randomness).
    top = sorted(best.items(), key=lambda pair: pair[1], reverse=True)[: K.TOP_K]
    return _with_bag(index, resolved, mass, dict(top))


def _precision(share: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """The factor a phrase's precision (share of it the question covers) contributes."""
    return K.PRECISION_BASE + (1.0 - K.PRECISION_BASE) * share


#: Phrase ids (int32, the dtype of the posting lists, so that ``searchsorted`` in a list does
#: not first convert the whole list), their accumulated weights and matched masses.
Arrays = tuple[npt.NDArray[np.int32], npt.NDArray[np.float64], npt.NDArray[np.float64]]


def _admit_python(
    weights: list[float], idfs: list[float], lists: list[npt.NDArray[np.int32]], floor: float
) -> Arrays:
    """Phrases of the rarer words (short lists): summed in a dict, returned sorted."""
    acc: dict[int, float] = {}
    hits: dict[int, float] = {}
    for plist, w, idf in zip(lists, weights, idfs, strict=False):
        for p in plist.tolist():
            acc[p] = acc.get(p, 0.0) + w
            hits[p] = hits.get(p, 0.0) + idf
    keys = sorted(p for p, a in acc.items() if a >= floor)
    return (
        np.asarray(keys, dtype=np.int32),
        np.asarray([acc[p] for p in keys], dtype=np.float64),
        np.asarray([hits[p] for p in keys], dtype=np.float64),
    )


def _admit_counted(
    weights: list[float],
    idfs: list[float],
    lists: list[npt.NDArray[np.int32]],
    floor: float,
    table: int | None,
) -> Arrays:
    """Phrases of the rarer words (longer lists): summed in C with numpy.

    Each phrase's weights are added in list order, as :func:`_admit_python` adds them: the
    same floats. The lists' ids are merged by a stable sort and summed run by run
    (:func:`_admit_merged`); ``table`` (the number of phrases, for long lists) is read only for
    a floor of 0 or less, which every phrase of the table would reach (never seen).
    """
    k = len(lists)
    lens = [len(a) for a in lists]
    if table is None or floor > 0.0:
        if k == 1:
            # One word's phrases (sorted, distinct): each holds its weight alone, 0.0 + w == w,
            # as the table below would; no table of every phrase to fill and scan at 100,000
            # entries. (A floor of 0 or less would take the table's unheld phrases too: never
            # seen.)
            one = lists[0] if weights[0] >= floor else lists[0][:0]
            n = len(one)
            return one.astype(np.int32), np.full(n, weights[0]), np.full(n, idfs[0])
        return _admit_merged(weights[:k], idfs[:k], np.concatenate(lists), lens, floor)
    ids = np.concatenate(lists)
    acc_all = np.bincount(ids, weights=np.repeat(weights[:k], lens), minlength=table)
    keep = np.flatnonzero(acc_all >= floor)
    acc = acc_all[keep].astype(np.float64)
    if weights[:k] == idfs[:k]:  # no repaired typos: matched mass equals weight
        return keep.astype(np.int32), acc, acc.copy()
    hits = np.bincount(ids, weights=np.repeat(idfs[:k], lens), minlength=table)
    return keep.astype(np.int32), acc, hits[keep].astype(np.float64)


def _admit_merged(
    weights: list[float],
    idfs: list[float],
    ids: npt.NDArray[np.int32],
    lens: list[int],
    floor: float,
) -> Arrays:
    """:func:`_admit_counted` for the phrases the lists hold: their ids (the lists one after
    another) sorted stably, so that each phrase's run keeps its lists' order, then summed run
    by run, one list's place at a time: ((0.0 + a) + b) + c, as numpy.bincount adds them,
    without a table of every phrase to fill and scan (0.2-0.4 ms at 516,000 phrases)."""
    order = np.argsort(ids, kind="stable")
    merged = ids[order]
    start = np.flatnonzero(np.concatenate(([True], merged[1:] != merged[:-1])))
    runs = np.diff(np.append(start, len(merged)))
    deeper = [np.flatnonzero(runs > j) for j in range(1, int(runs.max(initial=1)))]

    def summed(values: list[float]) -> npt.NDArray[np.float64]:
        each = np.repeat(values, lens)[order]
        out = each[start]  # 0.0 + a == a
        for j, at in enumerate(deeper, 1):
            out[at] += each[start[at] + j]
        return out

    acc = summed(weights)
    keep = np.flatnonzero(acc >= floor)
    found = merged[start[keep]].astype(np.int32)
    if weights == idfs:  # no repaired typos: matched mass equals weight
        return found, acc[keep], acc[keep]
    return found, acc[keep], summed(idfs)[keep]


def _score_subset(
    index: Index, resolved: list[tuple[str, float]], mass: float, entries: list[int]
) -> dict[int, float]:
    """Scores of the given entries only (a named person's words), phrase by phrase."""
    weights = {stem: (sim * index.idf[stem], index.idf[stem]) for stem, sim in resolved}
    best: dict[int, float] = {}
    for e in entries:
        first, end = index.phrase_range[e]
        for p in range(first, end):
            stems = index.phrases[p].stems
            a = h = 0.0
            for stem, (w, idf) in weights.items():
                if stem in stems:
                    a += w
                    h += idf
            if a > 0:
                share = h / float(index.phrase_mass[p])
                score = (a / mass) * (K.PRECISION_BASE + (1.0 - K.PRECISION_BASE) * share)
                if score > best.get(e, 0.0):
                    best[e] = score
    return _with_bag(index, resolved, mass, best)


def _with_bag(
    index: Index, resolved: list[tuple[str, float]], mass: float, best: dict[int, float]
) -> dict[int, float]:
    weighed = [(s, sim * index.idf[s]) for s, sim in resolved]  # the same products, once
    for e in best:
        stems = index.entry_stems[e]
        bag = sum(w for s, w in weighed if s in stems) / mass
        best[e] = max(best[e], K.BAG_WEIGHT * bag)
    return best


def _ranked(scores: dict[int, float]) -> list[tuple[int, float]]:
    """Entries best first. Equal scores: the entry earlier in the base first (a fixed rule, so
    every process ranks alike; where equal scores belong to different speakers, the speaker
    guard reports the tie instead of letting this order pick)."""
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


def _suggest(index: Index, ranked: list[tuple[int, float]], exclude: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    for e, s in ranked:
        if s < K.SUGGEST_THRESHOLD or len(out) == K.MAX_SUGGESTIONS:
            break
        eid = index.entries[e].id
        if eid not in exclude and eid not in out:
            out.append(eid)
    return tuple(out)


def _attributed(entry: Entry) -> bool:
    return entry.type in ("quote", "fact") and entry.speaker is not None


def _short_figure_claim(
    index: Index, parsed: Parsed, own: list[tuple[int, float]], scores: dict[int, float]
) -> Match | None:
    """A claim of a figure put to a person in few words ("did nagaspayev say 143 projects",
    "the kazakh minister said 143 projects, right?"): his best quote under "No: not 143
    projects: my sources say 133 projects." when every other known word of the claim is in
    it and it gives that thing another figure (tuning.Q19_FIGURE_CLAIM_SHORT). Below the
    answer threshold (the figure a word of no record), the claim was "unconfirmed" though the
    same claim in more words is put right."""
    lang = parsed.lang
    if not own or not (lang == "en" or (K.Q19_FIGURE_CLAIM_RU and lang == "ru")):
        return None
    shown = _quote_for(index, index.entries[own[0][0]], scores)
    if shown not in index.kb.quotes:
        return None
    stems = index.entry_stems[index.by_id[shown]]
    scale = K.Q28F_FIGURE_SCALE
    if any(
        not t.word.isdigit()
        and not (scale and N.scale(t.word) is not None)
        and (not t.known or t.stem not in stems)
        for t in parsed.terms
    ):
        return None  # "143 oil projects": a word of no record, or not of his words (a scale,
        # "35 million dollars", is the figure's: tuning.Q28F_FIGURE_SCALE)
    fixed = _figure_corrected(index, parsed, shown, lang)
    if fixed is None:
        return None
    return Match("quote", (shown,), own[0][1], lang=lang, wrong_number=fixed, claim=True)


def _role_word_unsaid(index: Index, parsed: Parsed, person: str, shown: str) -> bool:
    """Whether the claim, after its verb of saying, gives a word of the person's own title or
    country that the words shown do not hold ("did the kyrgyz ambassador say azerbaijan
    matters?": Osmonaliyev is Kyrgyzstan's former ambassador to Azerbaijan; his words never
    name it) (tuning.L30_OWN_ROLE_WORD_CLAIMED). Read as naming him, the word was no part of
    the claim, and "Yes: these are the words of ..." confirmed it."""
    ws = parsed.words
    said = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if said is None:
        return False
    role = index.person_stems.get(person, frozenset()) - _name_stems(index, person)
    quote = index.kb.quotes.get(shown)
    if quote is None:
        return False
    words = {index.word_canonical(w) for w in T.words(quote.text)}  # the words, not the card
    return any(
        index.word_canonical(w) in role and index.word_canonical(w) not in words
        for w in ws[said + 1 :]
        if not T.is_stop_word(w) and w not in TITLES
    )


def _own_words_verbatim(
    index: Index,
    parsed: Parsed,
    own: list[tuple[int, float]],
    other: int,
    scores: dict[int, float],
) -> bool:
    """Whether the person asked said the claim's words in their order (VERBATIM_CORRECTION_
    WORDS of them, at least as many as the other speaker's words hold): then "No: that was
    not X" is false, however a synonym lifts the other's score (tuning.L30_OWN_VERBATIM_KEPT).
    "some kazakh minister saying cooperation in the region matters. who was it?": Nagaspayev
    said "cooperation in the region"; "matters", read as Osmonaliyev's "affairs", made his words
    the correction."""
    if not K.L30_OWN_VERBATIM_KEPT or not own:
        return False
    mine = _verbatim_run(index, parsed, _quote_for(index, index.entries[own[0][0]], scores))
    theirs = _verbatim_run(index, parsed, _quote_for(index, index.entries[other], scores))
    return mine >= K.VERBATIM_CORRECTION_WORDS and mine >= theirs


def _quote_for(index: Index, entry: Entry, scores: dict[int, float]) -> str:
    """The quote to show for an attributed entry: itself, or the speaker's best-scoring quote
    (equal scores: the quote earlier in the base)."""
    if entry.type == "quote":
        return entry.id
    quotes = [index.by_id[q.id] for q in index.kb.quotes_by(entry.speaker or "")]
    if not quotes:
        return entry.id
    best = min(quotes, key=lambda e: (-scores.get(e, 0.0), e))
    return index.entries[best].id


def text_pick(index: Index, parsed: Parsed, candidates: list[str]) -> str:
    """Among one speaker's quotes that fit a question about equally (``candidates``, the best
    first), the one whose own words hold the most of the question's (IDF mass of the
    question's known stems in the quote's text; tuning.SAME_SPEAKER_TEXT). The curator's
    sample questions and topics are guesses at how people ask; the text is what was said:
    "what did safarov say about the heads of state" is the quote that says "the heads of state
    jointly signed the Treaty", not the one whose sample question mentions "the leaders".
    Equal masses keep the first candidate. The speaker is the same: no attribution changes."""
    if not K.SAME_SPEAKER_TEXT or len(candidates) < 2:
        return candidates[0]
    weights: dict[str, float] = {}
    for t in parsed.terms:
        if t.known and t.stem in index.idf:
            weights[t.stem] = max(weights.get(t.stem, 0.0), t.sim * index.idf[t.stem])

    def held(eid: str) -> float:
        quote = index.kb.quotes.get(eid)
        if quote is None:
            return -1.0
        stems = index.stems(quote.text)
        return sum(w for stem, w in weights.items() if stem in stems)

    best, best_held = candidates[0], held(candidates[0])
    for eid in candidates[1:]:
        h = held(eid)
        if h > best_held + 1e-9:
            best, best_held = eid, h
    return best


def _near_own_quotes(index: Index, ranked: list[tuple[int, float]], top: int) -> list[str]:
    """The quotes of the top entry's speaker scoring within SPEAKER_MARGIN of it, best first
    (the top entry first)."""
    lead = index.entries[ranked[top][0]]
    out = [lead.id]
    for e, s in ranked:
        entry = index.entries[e]
        if s < ranked[top][1] - K.SPEAKER_MARGIN:
            break
        if entry.type == "quote" and entry.speaker == lead.speaker and entry.id not in out:
            out.append(entry.id)
    return out


def _own_scores(
    index: Index, person: str, resolved: list[tuple[str, float]], mass: float
) -> dict[int, float]:
    """Scores of one person's words only (a named speaker restricts the answer to them)."""
    return _score(index, resolved, mass, only=index.entries_by_speaker.get(person, []))


def _several_named(
    index: Index,
    parsed: Parsed,
    scores: dict[int, float],
    resolved: list[tuple[str, float]],
    mass: float,
) -> Match | str:
    """The question names several people ("the minister and the Tajik expert ... who said X"):
    the one whose own words fit clearly best, or, when two fit within the speaker margin,
    uncertainty with each one's best quote as a suggestion. Never the first one named."""
    own: list[tuple[float, str, int | None]] = []
    for person in parsed.persons:
        ranked = _ranked(_own_scores(index, person, resolved, mass))
        own.append((ranked[0][1], person, ranked[0][0]) if ranked else (0.0, person, None))
    own.sort(key=lambda t: -t[0])  # stable: equal scores keep the order named
    best, runner_up = own[0], own[1]
    if best[0] - runner_up[0] > K.SPEAKER_MARGIN:
        return best[1]
    picks: list[str] = []
    for s, person, e in own:
        if s < best[0] - K.SPEAKER_MARGIN or len(picks) == K.MAX_SUGGESTIONS:
            break
        if e is not None and s >= K.SUGGEST_THRESHOLD:
            picks.append(_quote_for(index, index.entries[e], scores))
        else:
            picks.extend(q.id for q in index.kb.quotes_by(person)[:1])
    return Match("ambiguous", (), best[0], tuple(dict.fromkeys(picks)), lang=parsed.lang)


def _person_path(
    index: Index,
    parsed: Parsed,
    scores: dict[int, float],
    resolved: list[tuple[str, float]],
    mass: float,
) -> Match:
    person = parsed.persons[0]
    if (
        K.CONTACT_IS_NO_FIGURE
        and not (parsed.say or parsed.claim or parsed.who_said)
        and T.CONTACT_WORDS.intersection(parsed.words)
    ):
        # "What's Safarov's phone number or email": the base holds no contact details; the
        # card would read as the answer.
        return Match("none", (), 0.0, (person,), lang=parsed.lang)
    own_quotes = index.kb.quotes_by(person)
    if K.Q21Q_NAME_AS_TOPIC and parsed.topic_person and parsed.topic_person != person:
        # "Which tajik guy talked about osmonaliyev": the title's holder is asked for, on the
        # person named after the verb. His words that name that person answer; none: refused,
        # his words offered under his name (tuning.Q21Q_NAME_AS_TOPIC).
        about = _name_stems(index, parsed.topic_person)
        naming = tuple(
            q.id
            for q in own_quotes
            if about.intersection(index.word_canonical(w) for w in T.words(q.text))
        )
        if not naming:
            offered = tuple(q.id for q in own_quotes)[: K.MAX_SUGGESTIONS]
            return Match(
                "none", (), 0.0, offered, asked_person=person, lang=parsed.lang, vetoed=True
            )
        return Match("quotes" if len(naming) > 1 else "quote", naming, 1.0, lang=parsed.lang)
    if (
        K.Q16_CLAIM_WHO_ACTS
        and own_quotes
        and _who_acts(parsed)
        and all(claim_contradicted(index, parsed, q) for q in own_quotes)
    ):
        # "Which kazakh official described the summit as a poor platform": the minister's card
        # would answer that he did; his words call it excellent (Q16_CLAIM_*). Refused, his
        # words offered.
        offered = tuple(q.id for q in own_quotes)[: K.MAX_SUGGESTIONS]
        return Match("none", (), 0.0, offered, asked_person=person, lang=parsed.lang, vetoed=True)
    if len(parsed.persons) > 1 and (parsed.say or parsed.claim or parsed.who_said):
        chosen = _several_named(index, parsed, scores, resolved, mass)
        if isinstance(chosen, Match):
            return chosen
        person = chosen
    lang = parsed.lang
    if K.Q22_SAID_OPPOSITE and not (parsed.who_is or parsed.who_said or _who_acts(parsed)):
        turned = said_opposite(index, parsed, index.kb.quotes_by(person))
        if isinstance(turned, Quote):
            # "Why did Safarov say China is reckless with its partners?": his words say the
            # opposite ("prudent and wise"); "I can't confirm" hid them behind a button. Put
            # right, his own words under his own name (claims.said_opposite).
            return Match("quote", (turned.id,), 1.0, lang=lang, claim=True, opposite=True)
    if K.Q22_NAME_IS_DESCRIBED and parsed.described_pred and parsed.described_as:
        # "Safarov is the Kyrgyz political scientist, right?": the question is who he is; his
        # words read as a yes. His card, the description put right first (a yes/no: "No").
        described = (parsed.described_as, person)
        return Match("person", (person,), 1.0, lang=lang, claim=True, wrong_office=described)
    if K.Q13_FUTURE_WORDS and asks_future_words(parsed.words):
        # "What will Safarov say at the next summit", «что скажет Сафаров»: the base holds words
        # already said; his Astana words would read as what he will say. Refused, saying so;
        # his words offered.
        quotes = tuple(q.id for q in index.kb.quotes_by(person))
        named = _summit_named(index, parsed)
        return Match(
            "none",
            (),
            0.0,
            quotes[: K.MAX_SUGGESTIONS],
            asked_person=person,
            lang=lang,
            vetoed=True,
            future=_summit_span(index, parsed, named) if named else "",
            future_event=named,
        )
    if parsed.say and parsed.terms and not _credited(parsed):
        # "Nagaspayev is Kazakhstan's foreign minister, right? what did he say": the verb of
        # saying ends the question, so its words describe the person; none is credited to
        # them, and they neither make a claim nor pick a topic (a correction on "foreign"
        # showed another minister's words).
        parsed = replace(parsed, terms=(), claim=False)
        if K.SAID_WHAT_ASKS_NO_ONE:
            # "The minister of foreign affairs of Kazakhstan, Nagaspayev, said what?": the
            # person is named; "said what" asks for his words, not who said them.
            parsed = replace(parsed, who_said=False)
    quoted = bool(index.kb.quotes_by(person))
    if not quoted and not (parsed.who_is and not parsed.say):
        quoteless = _quoteless_person(index, parsed, person, scores)
        if quoteless is not None:
            return quoteless
    elif quoted and not parsed.who_is:
        # A leader the reports name and a curator has since quoted ("did Tokayev attend the
        # summit" once Tokayev has a quote): a question asking for no words is still
        # answered by what is reported about them; only their words go to their quotes.
        reported = _quoted_person_facts(index, parsed, person, scores, resolved, mass)
        if reported is not None:
            return reported
    ranked = _ranked(scores)
    own_scores = _own_scores(index, person, resolved, mass)
    scores = {**scores, **own_scores}
    own = _ranked(own_scores)
    others = [
        (e, s)
        for e, s in ranked
        if _attributed(index.entries[e]) and index.entries[e].speaker != person
    ]
    own_best = own[0][1] if own else 0.0
    if K.Q21_BLAME_PUT_TO_NAMED and parsed.blamed and quoted and parsed.terms:
        # "Safarov criticized China for treating partners unequally, is that right?": his
        # words, if any come near, under "I can't confirm that"; never "Yes", never another's.
        return _unconfirmed(index, person, own, [], scores, lang, parsed, own_words=True)
    if quoted:
        # "What did Xi Jinping say in Astana", "what did Tokayev say about the treaty" when
        # their only quotes are from another occasion and do not fit: answered as before they
        # were quoted, never with their quote nor with weaker evidence for someone else's.
        elsewhere = _quoted_elsewhere(index, parsed, person, scores, own_best)
        if elsewhere is not None:
            return elsewhere
    # A correction says that someone else said the words: a question asking who the person
    # is, without a verb of saying or a claim, credits them with no words ("who is
    # Berdimuhamedov and was he in Astana" was "corrected" with a quote naming Astana).
    asks_who_only = parsed.who_is and not (parsed.say or parsed.claim)
    if K.Q26F_SPOKE_AT_SUMMIT and quoted and not asks_who_only:
        spoke = _spoke_at_summit(index, parsed, person)
        if spoke is not None:
            return spoke
    if parsed.content and others and not asks_who_only:
        e, s = others[0]
        if (
            s >= K.CORRECTION_MIN
            and s >= own_best + K.CORRECTION_MARGIN
            and _asks_words(index, parsed)
            and not _own_words_verbatim(index, parsed, own, e, scores)
        ):
            if (
                K.SAYS_NOTHING_NEEDS_NO_OWN_WORDS
                and own_best > 0
                and not proposes(parsed)
                and _verbatim_run(index, parsed, index.entries[e].id) < K.VERBATIM_CORRECTION_WORDS
                and not (
                    K.PREDICATE_CORRECTED
                    and _predicated(parsed)
                    and _all_theirs(index, parsed, person, index.entries[e].id)
                )
            ):
                # "What does the Tajik expert think about China's foreign policy": someone
                # else's words share the question's words ("foreign policy") better, but the
                # person's own words share some too and may be about the same thing in other
                # words (Safarov: China "engaged with other countries in a prudent and wise
                # manner"). "X says nothing about this" would be a claim about X the bot cannot
                # make: say it is not sure and offer both. (Y's words quoted verbatim are Y's:
                # "nagaspayev: china has always adhered to a foreign policy of …" is corrected.)
                picks = (
                    _quote_for(index, index.entries[own[0][0]], scores),
                    _quote_for(index, index.entries[e], scores),
                )
                return Match(
                    "unconfirmed",
                    (),
                    s,
                    tuple(dict.fromkeys(picks)),
                    asked_person=person,
                    lang=lang,
                    claim=False,
                )
            entry = index.entries[e]
            shown = _quote_for(index, entry, scores)
            if claim_contradicted(index, parsed, index.kb.record(shown)):
                # "Did Safarov say 133 projects worth 53 billion": the words are Nagaspayev's
                # but give other figures; "these are his words" would credit him with the
                # claim's (Q16_CLAIM_*). Not sure: both offered.
                return _unconfirmed(index, person, own, others, scores, lang, parsed)
            return Match(
                "correction",
                (shown,),
                s,
                asked_person=person,
                lang=lang,
                claim=proposes(parsed),
            )
        if parsed.claim and s >= K.ANSWER_THRESHOLD and s > own_best + K.SPEAKER_MARGIN:
            # "Did X say ...?" where the words are clearly more someone else's: showing X's
            # quote would read as a yes. Say it cannot be confirmed; offer both. (Within the
            # margin both fit: the claim is generic, "did X comment on the summit".)
            return _unconfirmed(index, person, own, others, scores, lang, parsed)
    if parsed.claim and parsed.terms and own_best < K.ANSWER_THRESHOLD:
        if K.Q19_FIGURE_CLAIM_SHORT and (short := _short_figure_claim(index, parsed, own, scores)):
            # "Did nagaspayev say 143 projects": too few words to reach the threshold, all of
            # them his but the figure; put right as the longer claim is (Q16_CLAIM_FIGURES).
            return short
        return _unconfirmed(index, person, own, others, scores, lang, parsed, own_words=True)
    if (
        K.YES_NO_WORDS_UNSAID
        and parsed.terms
        and _yes_no(parsed)
        and own_best < K.ANSWER_THRESHOLD
        and _named_unsaid(index, parsed, person)
    ):
        # "The host claimed that Safarov called the treaty a historic mistake. Did he actually
        # say that?": what he is said to have called it is in none of his words; all his
        # quotes would read as a yes.
        return _unconfirmed(index, person, own, others, scores, lang, parsed)
    if parsed.who_said and own_best < K.ANSWER_THRESHOLD and others and others[0][1] > own_best:
        # "Who said <words>" naming X, where X's own words do not fit and someone else's fit
        # better: X's quotes would read as the answer. Say so; offer the closest words.
        return _unconfirmed(index, person, own, others, scores, lang, parsed)
    about_person = bool(parsed.content) and set(parsed.content) <= index.person_stems.get(
        person, frozenset()
    )
    wants_quote = parsed.say or parsed.claim or (parsed.terms and own_best >= K.ANSWER_THRESHOLD)
    if K.ANYTHING_FROM_QUOTED and not parsed.content and not FROM_WORDS.isdisjoint(parsed.words):
        # "Anything from Tokayev?": words from them are asked for, as of a person never quoted
        # (_quoteless_person); their card answered, though it only says they are quoted.
        wants_quote = True
    if parsed.who_is and own and _asks_what_too(parsed):
        # "The minister giving numbers about projects: who was that and what exactly were the
        # figures?": who he is and what he said; his words, under his name and role, answer
        # both (his card alone answered half).
        parsed = replace(parsed, who_is=False)
        wants_quote = True
    if (
        K.Q17_NAMED_FIGURE_UNSAID
        and not parsed.who_is
        and own_quotes
        and figure_unsaid_by(parsed, own_quotes)
        and (not wants_quote or (K.Q17_FIGURE_OF_FIGURELESS and not figures_in(own_quotes)))
    ):
        # "Safarov 200 projects?": a figure put to a name is a claim that he gave it; his card
        # read as if it answered. None of his words give it: not sure, the closest words offered
        # (Nagaspayev's 133 projects), as for "did Safarov mention 200 projects". Asked for his
        # words ("the 133 projects osmonaliyev mentioned"), the same when none of his words give
        # any figure (tuning.Q17_FIGURE_OF_FIGURELESS); a figure beside his own is put right by
        # the claim check ("nagaspayev mentioned 143 projects": "No: not 143 …").
        return _unconfirmed(index, person, own, others, scores, lang, parsed)
    if parsed.who_is or not wants_quote or (about_person and not parsed.say):
        past = K.Q18_PAST_OF_PERSON and not T.BEFORE_WORDS.isdisjoint(parsed.words)
        if K.UNHELD_VETO and not parsed.say and (_unheld(index, parsed) or parsed.when or past):
            # "How old is Safarov", "the richest person in Kazakhstan", "when was Osmonaliyev
            # ambassador to Azerbaijan": the card holds no such thing (and no dates); showing it
            # reads as the answer. "Was Wu Yingqin a diplomat before?": a card holds what a
            # person is, no career before it (tuning.Q18_PAST_OF_PERSON).
            return Match("none", (), 0.0, (person,), lang=lang)
        # "Who is the uzbek industry minister": his card, the country put right first
        # (tuning.Q19_ROLE_WRONG_COUNTRY; a name described wrongly, Q19Q_NAME_DESCRIBED).
        return Match(
            "person", (person,), 1.0, lang=lang, wrong_office=_wrong_office(parsed, person)
        )
    if K.WHY_PREMISE_IN_OWN_WORDS and _premise_unsaid(index, parsed, person):
        # "Why did Safarov call the treaty a mistake?": "mistake" is in none of his words; his
        # quotes would read as his reasons for saying it. Refused, his words offered.
        quotes = tuple(q.id for q in index.kb.quotes_by(person))
        return Match("none", (), own_best, quotes[: K.MAX_SUGGESTIONS], lang=lang, vetoed=True)
    if own and own_best >= K.ANSWER_THRESHOLD:
        entry = index.entries[own[0][0]]
        shown = _quote_for(index, entry, scores)
        if entry.type == "quote":
            shown = text_pick(index, parsed, _near_own_quotes(index, own, 0))
        if (
            K.WHO_SAID_DENIED
            and (parsed.claim or parsed.who_said)
            and _denies_unsaid(index, parsed, shown)
        ):
            # "Did Safarov say China doesn't respect its partners": his words say it respects
            # every one; shown as confirming the claim, they would credit him with the opposite.
            return _unconfirmed(index, person, own, others, scores, lang, parsed, own_words=True)
        if (
            K.Q16_CLAIM_FIGURES
            and parsed.claim
            and (lang == "en" or (K.Q19_FIGURE_CLAIM_RU and lang == "ru"))
        ):
            fixed = _figure_corrected(index, parsed, shown, lang)
            if fixed is None and K.Q20_CURRENCY_CLAIM:
                fixed = _currency_corrected(index, parsed, shown)
            if fixed is not None:
                # "Nagaspayev mentioned 143 projects worth 53 billion, right?": "No: not 143
                # projects: my sources say 133 projects.", then his words (Q16_CLAIM_FIGURES).
                return Match("quote", (shown,), own_best, lang=lang, wrong_number=fixed, claim=True)
        fact = (
            mispaired_fact(index, parsed, index.kb.record(shown), person)
            if K.Q19Q_MISPAIRED_FACT and (parsed.claim or parsed.who_said)
            else None
        )
        if fact is not None:
            # "Nagaspayev said 54 projects worth 35 billion are already complete": his words
            # pair the figures otherwise; shown under "Yes" they would credit him with the
            # claim's, and "I can't confirm" hid his real figures. The fact stating them, as
            # his (claims.mispaired_fact).
            return Match("fact", (fact,), own_best, lang=lang, mispaired=True)
        if (
            K.Q13_CLAIM_NAMED_SWAPPED
            and (parsed.claim or parsed.who_said)
            and subject_swapped(index, parsed, index.kb.record(shown))
        ) or (
            K.Q16_CLAIM_WHO_ACTS
            and _who_acts(parsed)
            and claim_contradicted(index, parsed, index.kb.record(shown))
        ):
            # "Did Osmonaliyev say China is proactive in the region": he said it of the Central
            # Asian countries; shown under "Yes", his words would confirm he said it of China.
            return _unconfirmed(index, person, own, others, scores, lang, parsed)
        if (
            K.L30_OWN_ROLE_WORD_CLAIMED
            and parsed.claim
            and _role_word_unsaid(index, parsed, person, shown)
        ):
            # "did osmonaliyev say azerbaijan matters?": "azerbaijan" is a word of his title,
            # read as naming him, and "Yes" confirmed words that never name it.
            return _unconfirmed(index, person, own, others, scores, lang, parsed, own_words=True)
        away = _summit_elsewhere(index, parsed, (shown,))
        office = _wrong_office(parsed, person)
        return Match(
            "quote",
            (shown,),
            own_best,
            lang=lang,
            # "Yes" would confirm the office the question gave him too (Q19Q_NAME_DESCRIBED).
            confirmed=parsed.claim and not away and office is None,
            off_topic=away,
            summit_unheld=_names_unheld(index, parsed, away),
            wrong_office=office,
        )
    quotes = tuple(q.id for q in index.kb.quotes_by(person))
    if not quotes:
        return Match("person", (person,), 1.0, lang=lang)
    if K.UNKNOWN_TOPIC_REFUSES and parsed.say and _unknown_topic(parsed):
        # "What did the guy from Kazakhstan say about blockchain": none of his words is about
        # it (they scored below the threshold), and the topic is a word the base never uses;
        # his quote would read as what he said about blockchain. Refused, his words offered.
        return Match("none", (), own_best, quotes[: K.MAX_SUGGESTIONS], lang=lang, vetoed=True)
    off = _off_topic(index, parsed, person) if K.Q12_OFF_TOPIC_LEAD else ""
    off = off or _summit_elsewhere(index, parsed, quotes)
    return Match(
        "quotes" if len(quotes) > 1 else "quote",
        quotes,
        1.0,
        lang=lang,
        off_topic=off,
        summit_unheld=_names_unheld(index, parsed, off),
        wrong_office=_wrong_office(parsed, person),
    )


def _wrong_office(parsed: Parsed, person: str) -> tuple[str, str] | None:
    """The description the question gave the person named that is not theirs, with the person
    ("the tajik foreign minister", Safarov), for the lead that puts it right before his words
    (tuning.Q19Q_NAME_DESCRIBED); None when it gave none, or one that fits."""
    if not K.Q19Q_NAME_DESCRIBED or not parsed.described_as:
        return None
    return (parsed.described_as, person)


def _names_unheld(index: Index, parsed: Parsed, off: str) -> bool:
    """Whether the lead's words ``off`` are a summit the base never held (the lead then says
    so: tuning.Q15_WORDS_AT_UNHELD_SUMMIT)."""
    return bool(off) and K.Q15_WORDS_AT_UNHELD_SUMMIT and off == _unheld_summit_span(index, parsed)


#: Words before a summit named as where words were said ("at the first summit", «на саммите»).
_AT_SUMMIT = frozenset("at in during on на во в".split())


#: Words asking whether someone was quoted, or given a voice ("was any official *quoted*",
#: "is there a government *voice*", «*цитируют* ли чиновников»): the frame of
#: :func:`quoted_of_kind`. "Said", "talked" are not among them: "which expert said …" asks
#: whose words, found by the words.
_QUOTED_WORDS = frozenset(
    "quoted quote quotes cited voice voices interviewed "
    "цитируют цитируется цитируются процитирован процитированы цитата цитаты голос "
    "citiruyut citiruetsya golos".split()
)
#: Words naming a government person in a question ("government official", "minister",
#: «чиновник», «представитель правительства»).
_OFFICIAL_ASKED = frozenset(
    "government governmental official officials minister ministers ministry state "
    "чиновник чиновника чиновники чиновников чиновником министр министра министры министров "
    "правительства правительство правительственный госслужащий официальное официальных "
    "chinovnik chinovnikov ministr pravitelstva".split()
)
#: The other side of "an official or only experts?", and the words of the question's frame
#: that ask nothing of the words themselves ("I need the name", "in the article").
_FRAME_ASKED = frozenset(
    "expert experts analyst analysts scholar scholars academic academics observer observers "
    "commentator commentators person people name names article "
    "эксперт эксперты экспертов экспертами аналитик аналитики аналитиков политолог политологи "
    "политологов статье статья имя ekspert ekspertov".split()
)
#: Words in a person's role that make them a government person now: an office of state. A
#: "former" one holds none (Osmonaliyev, former ambassador, is no official).
_OFFICIAL_ROLE = frozenset(
    "minister ministry government president premier deputy spokesperson spokesman governor "
    "mayor secretary official".split()
)


def quoted_of_kind(index: Index, parsed: Parsed) -> tuple[str, tuple[Term, ...]] | None:
    """The one quoted person holding an office of state, when the question asks whether a
    government person was quoted ("was any government official quoted or only experts?",
    "is there a government voice", "was there any government person quoted with figures":
    a word of _QUOTED_WORDS and one of _OFFICIAL_ASKED), read from the people records' roles
    (tuning.Q13_QUOTED_OF_KIND), with the question's terms besides its frame; None when none
    or several are, or when the question asks more than the person's words hold ("was any
    official from uzbekistan quoted": not the Kazakh minister)."""
    ws = set(parsed.words)
    if ws.isdisjoint(_QUOTED_WORDS) or ws.isdisjoint(_OFFICIAL_ASKED):
        return None
    found = []
    for p in index.kb.people.values():
        role = re.findall(r"[a-z]+", " ".join((p.role, p.organization or "")).lower())
        if "former" in role or _OFFICIAL_ROLE.isdisjoint(role):
            continue
        if index.kb.quotes_by(p.id):
            found.append(p.id)
    if len(found) != 1:
        return None
    frame = {index.term(w).stem for w in _QUOTED_WORDS | _OFFICIAL_ASKED | _FRAME_ASKED}
    rest = tuple(t for t in parsed.terms if t.known and t.stem not in frame)
    held: set[str] = set()
    for q in index.kb.quotes_by(found[0]):
        if (i := index.by_id.get(q.id)) is not None:
            held |= index.entry_stems[i]
    if not all(t.stem in held or held.intersection(t.alts) for t in rest):
        return None
    countries = index.people_by_country.keys() & {t.stem for t in rest}
    if any(found[0] not in index.people_by_country[c] for c in countries):
        return None  # "was a chinese official quoted": his words name China; he is Kazakh
    before = replace(parsed, words=parsed.words[: _quoted_at(parsed)])
    if K.Q14_KIND_QUOTED_CHECKED and _names_unknown_country(index, before):
        return None  # "was a russian official quoted": nobody quoted is of a country unknown
    return found[0], rest


#: Words naming a kind of person who is no government person, asked as quoted or not ("was a
#: chinese expert quoted"): the first half of _FRAME_ASKED (tuning.Q14_KIND_QUOTED_CHECKED).
_EXPERT_ASKED = frozenset(
    "expert experts analyst analysts scholar scholars academic academics observer observers "
    "commentator commentators эксперт эксперты экспертов экспертами аналитик аналитики "
    "аналитиков политолог политологи политологов ekspert ekspertov".split()
)


#: Words that ask where people are from ("which countries were the experts from", «из каких
#: стран эксперты», «откуда эксперты»): with an expert's noun, the quoted experts answer, each
#: with his role and country (tuning.Q16_EXPERTS_FROM).
_ORIGIN_ASKED = frozenset(
    "from country countries where which what откуда стран страны страна из каких какой какие "
    "otkuda stran iz".split()
)


def _origin_asked(ws: Sequence[str]) -> bool:
    """Whether words ask where someone is from: "from" with a word of countries or "where",
    or «откуда», or «из» before «каких/какой стран»."""
    words = set(ws)
    if "from" in words and not words.isdisjoint({"country", "countries", "where"}):
        return True
    if not words.isdisjoint({"откуда", "otkuda"}):
        return True
    return any(
        a in ("из", "iz") and b in ("каких", "какой", "какие", "kakih", "kakoy")
        for a, b in itertools.pairwise(ws)
    )


def experts_quoted(index: Index, parsed: Parsed) -> tuple[str, ...]:
    """The quoted people who hold no office of state, when the question asks whether experts
    were quoted ("was an expert quoted", "which experts were quoted", «каких экспертов
    цитируют»: a word of _QUOTED_WORDS and one of _EXPERT_ASKED, none of _OFFICIAL_ASKED,
    which quoted_of_kind reads). Safarov chairs the political scientists' association; the
    article quotes Osmonaliyev, a *former* ambassador who holds no office (the rule of
    quoted_of_kind), as an observer beside him: both are listed, each with his own role, so
    the reader sees which is which. Empty when the question names a country (or anything else)
    none of them fits ("was a chinese expert quoted": Q14_KIND_QUOTED_CHECKED's refusal)
    (tuning.Q15_EXPERTS_QUOTED)."""
    ws = set(parsed.words)
    # (Not "the commentators": in the article the minister comments too, and the list is of
    # those holding no office.)
    origin = (
        K.Q16_EXPERTS_FROM
        and _origin_asked(parsed.words)
        and not ws.isdisjoint(_EXPERT_ASKED - {"commentator", "commentators"})
    )
    if (ws.isdisjoint(_QUOTED_WORDS) and not origin) or ws.isdisjoint(_EXPERT_ASKED):
        return ()
    if not ws.isdisjoint(_OFFICIAL_ASKED):
        return ()
    if _names_unknown_country(index, parsed):
        return ()
    found = []
    for p in index.kb.people.values():
        role = re.findall(r"[a-z]+", " ".join((p.role, p.organization or "")).lower())
        if "former" not in role and not _OFFICIAL_ROLE.isdisjoint(role):
            continue
        if index.kb.quotes_by(p.id):
            found.append(p.id)
    asked = _QUOTED_WORDS | _EXPERT_ASKED | _FRAME_ASKED | (_ORIGIN_ASKED if origin else set())
    frame = {index.term(w).stem for w in asked}
    if origin:  # "which countries …": the list marker is the question's, no topic
        frame |= {LIST}
    rest = [t for t in parsed.terms if t.known and t.stem not in frame]
    countries = index.people_by_country.keys() & {t.stem for t in rest}
    for c in countries:
        found = [p for p in found if p in index.people_by_country[c]]
    others = [t for t in rest if t.stem not in countries]
    frame_words = asked
    unknown = [t for t in parsed.terms if not t.known and t.weight > 0]
    if others or any(t.word not in frame_words for t in unknown):
        return ()  # "which experts were quoted about the treaty", "... on tv": more is asked
    named = outlet_words(index, parsed.words)
    if named:
        # "Which experts were quoted by xinhua": only those quoted in that outlet.
        found = [
            p
            for p in found
            if any(
                named <= set(T.words(index.kb.sources[q.source].outlet.lower(), limit=None))
                for q in index.kb.quotes_by(p)
                if q.source in index.kb.sources
            )
        ]
    return tuple(found)


def kind_quoted_unfit(index: Index, parsed: Parsed, m: Match) -> bool:
    """Whether an answer does not answer "was a <nationality> <official/expert> quoted": the
    question asks whether a kind of person was quoted (a word of _QUOTED_WORDS and one of
    _OFFICIAL_ASKED or _EXPERT_ASKED, no person named) and the answer is a fact nobody is
    credited with ("was a chinese official quoted" found the treaty's official name), or words
    of somebody of another country than the one the question names ("was a russian official
    quoted" showed Nagaspayev, who is Kazakh) (tuning.Q14_KIND_QUOTED_CHECKED)."""
    ws = set(parsed.words)
    if parsed.persons or not m.answered or ws.isdisjoint(_QUOTED_WORDS):
        return False
    if ws.isdisjoint(_OFFICIAL_ASKED) and ws.isdisjoint(_EXPERT_ASKED):
        return False
    if _no_ones(index, m):
        return True
    speakers = {e.speaker for i in m.entries if (e := _entry_of(index, i)) and e.speaker}
    if not speakers:
        return False
    # The nationality asked is named before the word of quoting ("was a chinese official
    # quoted"); a country after it is the words' ("the expert quoted … who said china …").
    before = replace(parsed, words=parsed.words[: _quoted_at(parsed)])
    if _names_unknown_country(index, before):
        return True  # "russian": nobody the base quotes is of a country it does not know
    before_stems = {index.term(w).stem for w in before.words}
    countries = {c for c in asked_countries(index, parsed) if c in before_stems}
    return any(not speakers <= set(index.people_by_country[c]) for c in countries)


def kind_asked_unquoted(index: Index, parsed: Parsed, m: Match) -> str | None:
    """The person whose card answers "was a <kind of person> quoted" when the base holds no
    quotes from them ("was a chinese minister quoted": Wang Yi), or None
    (tuning.Q14_KIND_QUOTED_CHECKED)."""
    ws = set(parsed.words)
    if parsed.persons or m.kind != "person" or len(m.entries) != 1:
        return None
    if ws.isdisjoint(_QUOTED_WORDS) or (
        ws.isdisjoint(_OFFICIAL_ASKED) and ws.isdisjoint(_EXPERT_ASKED)
    ):
        return None
    person = m.entries[0]
    return person if not index.kb.quotes_by(person) else None


def _quoted_at(parsed: Parsed) -> int:
    """Where the question's first word of quoting (_QUOTED_WORDS) is."""
    return next((i for i, w in enumerate(parsed.words) if w in _QUOTED_WORDS), len(parsed.words))


def _names_unknown_country(index: Index, parsed: Parsed) -> bool:
    """Whether the question holds a proper noun the base does not know ("russian", "indian")."""
    return any(
        w.isalpha() and not T.is_stop_word(w) and not index.term(w).known and is_proper_noun(w)
        for w in parsed.words
    )


def _entry_of(index: Index, entry_id: str) -> Entry | None:
    i = index.by_id.get(entry_id)
    return index.entries[i] if i is not None else None


def _no_ones(index: Index, m: Match) -> bool:
    """Whether an answer is a fact nobody is credited with (no speaker)."""
    if m.kind != "fact" or not m.entries:
        return False
    rec = index.kb.facts.get(m.entries[0])
    return rec is not None and getattr(rec, "speaker", None) is None


def _summit_elsewhere(index: Index, parsed: Parsed, quotes: Sequence[str]) -> str:
    """ "At the first summit" as the question has it, when it asks a person's words at a summit
    none of the quotes shown was said at or names (tuning.SUMMIT_ELSEWHERE_LEAD): "what did
    nagaspayev say at the first summit" showed his Astana words as if said in Xi'an. The lead
    says none of them is from it; empty otherwise."""
    if not (K.SUMMIT_ELSEWHERE_LEAD and K.Q12_OFF_TOPIC_LEAD) or not quotes:
        return ""
    recs = [index.kb.quotes.get(q) for q in quotes]
    if not all(recs):
        return ""
    if K.Q15_WORDS_AT_UNHELD_SUMMIT and (unheld := _unheld_summit_span(index, parsed)):
        # "What did safarov say at the fourth summit", "… at the 2021 summit": no summit of
        # the base bears that ordinal or year, so no words are from it; shown bare, his Astana
        # words would pass for words said there. The lead says none is from it first.
        return unheld
    if not all(_words_of_another_summit(index, parsed, r) for r in recs):
        return ""
    named = _summit_named(index, parsed)
    if named is None:
        return ""
    return _summit_span(index, parsed, named)


def _unheld_summit_span(index: Index, parsed: Parsed) -> str:
    """The words naming a summit the base never held, as the question has them ("at the fourth
    summit", "at the 2021 summit", «на четвёртом саммите»): an ordinal no summit bears
    (:func:`_ordinal_never_held`, tuning.Q14_ORDINAL_NEVER_HELD) or a year no summit was held
    in, with no summit named besides (the reading of :func:`_summit_never_held`); empty
    otherwise (tuning.Q15_WORDS_AT_UNHELD_SUMMIT)."""
    summit = index.word_canonical("summit")
    ws = parsed.words
    at = [i for i, w in enumerate(ws) if index.term(w).stem == summit]
    if not at:
        return ""
    stems = {t.stem for t in parsed.terms if t.known}
    unheld = K.Q14_ORDINAL_NEVER_HELD and _ordinal_never_held(index, parsed, summit)
    if not unheld:
        years = {w for w in ws if w.isdigit() and len(w) == 4}
        held = index.event_years
        if not years or years & held:
            return ""
        if any((own - held) & stems for own in summit_marks(index).values()):
            return ""  # "the first summit ... in 2024": a summit named, the year another matter
    end = at[0] + 1
    marks = [
        i
        for i in range(max(0, at[0] - _ORDINAL_REACH), at[0])
        if (ws[i].isdigit() and (len(ws[i]) == 4 or ws[i + 1] in _ORDINAL_ENDS))
        or (T.lemma_ru(ws[i]) if T.is_cyrillic(ws[i]) else ws[i]) in N.ORDINALS
    ]
    return " ".join(ws[marks[0] if marks else at[0] : end])


def _summit_span(index: Index, parsed: Parsed, named: str) -> str:
    """The words naming summit ``named`` in the question, with the word before them that says
    where ("at the first summit", «на следующем саммите»); empty when not found."""
    ws = parsed.words
    marks = summit_marks(index)[named]
    summit = index.word_canonical("summit")
    spot = [
        i
        for i, w in enumerate(ws)
        if (t := index.term(w)).known and (t.stem == summit or t.stem in marks)
    ]
    if not spot:
        return ""
    start, end = spot[0], spot[-1] + 1
    while start > 0 and spot[0] - start < 2 and ws[start - 1] not in _AT_SUMMIT:
        start -= 1
    if start > 0 and ws[start - 1] in _AT_SUMMIT:
        start -= 1
    else:
        start = spot[0]
    return " ".join(ws[start:end])


def _off_topic(index: Index, parsed: Parsed, person: str) -> str:
    """The topic of "what did X say about <topic>" as the question words it, when no word of
    it is in any of X's quotes (their text, sample questions and topics: the entry's stems);
    empty when the question names no topic or one of X's quotes holds a word of it. All his
    quotes are then shown under a lead saying none is on it ("what did safarov say about the
    secretariat" listed them under "Quotes by ..." as if they were)."""
    ws = parsed.words
    at = _topic_at(parsed)
    if not parsed.say or at is None:
        return ""
    topic = set(ws[at + 1 :])
    asked = [t for t in parsed.terms if t.word in topic and t.stem and t.weight > 0]
    if K.Q21Q_US_OFF_TOPIC:
        # "Which tajik expert talked about the united states": the country is one term of two
        # words ("united states", intent.US_COUNTRY), never a word of the topic's set; none of
        # his words are on it (tuning.Q21Q_US_OFF_TOPIC).
        span = f" {' '.join(ws[at + 1 :])} "
        asked += [t for t in parsed.terms if t.stem == US_STEM and f" {t.word} " in span]
    if not asked:
        return ""
    held: set[str] = set()
    for q in index.kb.quotes_by(person):
        i = index.by_id.get(q.id)
        if i is not None:
            held |= index.entry_stems[i]
    if any(t.stem in held or held.intersection(t.alts) for t in asked):
        return ""
    if K.Q13_WORDS_ON_THEIR_DATE and _said_on_date(index, ws[at + 1 :], person):
        # "Nagaspayev on 17 June": his words belong to the Astana summit, held on 17 June 2025;
        # the lead "is not “on 17 june”" said the opposite.
        return ""
    return " ".join(ws[at:])


def _said_on_date(index: Index, words: Sequence[str], person: str) -> bool:
    """Whether the words name a day ("17 june", "june 17, 2025", «17 июня») on which one of the
    person's quotes was said or reported: within its event's dates, or its source's day of
    publication (tuning.Q13_WORDS_ON_THEIR_DATE)."""
    month = next(
        (n for w in words if (n := T.month_number(w))),
        None,
    )
    numbers = [int(w) for w in words if w.isdigit()]
    days = [n for n in numbers if 1 <= n <= 31]
    years = [n for n in numbers if 1990 <= n <= 2100]
    if month is None or not days:
        return False
    for q in index.kb.quotes_by(person):
        dates = []
        event = index.kb.events.get(q.event or "")
        if event is not None and event.start is not None:
            end = event.end or event.start
            dates += [event.start + dt.timedelta(d) for d in range((end - event.start).days + 1)]
        source = index.kb.sources.get(q.source)
        if source is not None and getattr(source, "published", None) is not None:
            dates.append(source.published)
        for d in dates:
            if d.month == month and d.day in days and (not years or d.year in years):
                return True
    return False


#: Words asking for a quote itself ("quote the minister on ...", «цитату министра»).
_QUOTE_WORDS = frozenset(
    "quote quotes quotation quotations цитата цитату цитаты цитат цитатой citata citatu".split()
)

#: "Who" opening a question for a person (tuning.WHO_CALLED_SAID); after it, a form of "be"
#: makes the verb passive ("who is called the chairman", "who was named envoy"): who it is.
_WHO_WORDS = frozenset("who кто kto".split())
_BE_WORDS = frozenset("is was are were s has been".split())

#: Verbs of calling something something ("X called the treaty a mistake", «назвал договор
#: ошибкой»): what follows is what the person is said to have called it.
_CALLING = frozenset(
    "call calls called calling label labels labelled labeled brand branded term termed dubbed "
    "dub describe described describes named "
    "назвал назвала назвали называл называла называет".split()
)


#: Heads of a clause that asks who said something ("*the person* who said …", "*that guy*
#: who called …", «*тот человек*, кто …»): the speaker asked for (tuning.Q13_WHO_HEADS).
_WHO_HEADS = frozenset(
    "the a an that this person guy man woman individual fellow somebody someone speaker "
    "тот человек".split()
)


def _who_at(words: Sequence[str]) -> int | None:
    """Where the "who" of a who-question is: first, or after a head of a few words ("the
    person who", "that guy who"); None otherwise."""
    for i, w in enumerate(words[:4]):
        if w in _WHO_WORDS:
            return i
        if w not in _WHO_HEADS:
            return None
    return None


def _states(word: str) -> bool:
    """A verb crediting words in a statement: one of calling or praising (text.CALLING_VERBS),
    or the past tense or the -ing form of a verb of communication (text.SPEECH_ACT_STEMS:
    "stressed", "noted", "praising", "calling"; not the nouns "notes", "proposal")."""
    return word in T.CALLING_VERBS or (
        word.endswith(("ed", "ing")) and word.startswith(T.SPEECH_ACT_STEMS) and word.isascii()
    )


def _calling_statement(index: Index, parsed: Parsed) -> bool:
    """Whether the words state that a person called, praised or described something something
    (text.CALLING_VERBS: "Osmonaliyev called China prudent", "the Kyrgyz diplomat praised China
    as prudent"; tuning.CALLING_CLAIMS): the person named or described before the verb (its
    subject: "someone called China prudent. Was it X?" puts the words to X otherwise), no
    question word nor yes/no frame (tuning.YES_NO_WORDS_UNSAID's), not passive ("is called"),
    not another verb with a particle ("called for cooperation"), and words after it."""
    ws = parsed.words
    at = next((i for i, w in enumerate(ws) if _states(w)), None)
    if at is None or not 1 <= at <= 5 or at + 1 >= len(ws) or parsed.yes_no_mark:
        return False
    before = ws[:at]
    if any(w in QUESTION_WORDS or w in _WHO_WORDS or w in _BE_WORDS for w in before):
        return False
    if is_yes_no(ws) or ws[at + 1] in T.CALLING_PARTICLES:
        return False
    own = set().union(*(index.person_stems.get(p, frozenset()) for p in parsed.persons))
    own |= set().union(*(_name_stems(index, p) for p in parsed.persons))
    subject = {
        index.term(capital_country(index, ws, i) or w).stem
        for i, w in enumerate(before)
        if not T.is_stop_word(w)
    }
    return not own.isdisjoint(subject)


#: Words that put a predicate to a topic after "about" ("say about china being prudent"):
#: what was said of it, not only what it was about (tuning.PREDICATE_CORRECTED).
_PREDICATING = frozenset("being is was are were".split())


def _predicated(parsed: Parsed) -> bool:
    """Whether the question puts a statement to the person, not a topic: a verb of calling
    («Осмоналиев назвал Китай мудрым»), "about X being Y" ("what did Nagaspayev say about
    China being prudent and wise") or words followed by "was that X?", as against "what does
    he think about China's foreign policy" (tuning.PREDICATE_CORRECTED)."""
    ws = parsed.words
    if _CALLING.intersection(ws):
        return True
    if any(
        ws[i] in ("was", "is") and ws[i + 1] in ("that", "it", "this")
        for i in range(3, len(ws) - 1)
    ):
        # "'China has always followed a good-neighbour foreign policy' - was that the Tajik
        # expert?": the words before are put to the person.
        return True
    about = next((i for i, w in enumerate(ws) if w == "about"), None)
    if about is None:
        return False
    if K.GERUND_PREDICATE and _gerund_predicate(ws[about + 1 :]):
        return True
    return bool(_PREDICATING.intersection(ws[about + 1 :]))


def _gerund_predicate(after: Sequence[str]) -> bool:
    """Whether the words after "about" put a doing to a subject ("about china respecting each
    partner", "about central asia taking a proactive role"): one or two words, then a form in
    -ing with words after it (tuning.GERUND_PREDICATE). "About coal mining" ends at the -ing
    word: a topic."""
    rest = [w for w in after if w not in ("the", "a", "an")]
    if not rest or T.is_stop_word(rest[0]):
        return False
    return any(
        rest[i].endswith("ing") and len(rest[i]) > 5 and i + 1 < len(rest)
        for i in (1, 2)
        if i < len(rest)
    )


def _all_theirs(index: Index, parsed: Parsed, person: str, entry_id: str) -> bool:
    """Whether every word of the question that none of the person's entries holds is a word of
    ``entry_id`` (another speaker's quote), and there is at least one (a word the base does not
    know, "remember", is nobody's and not counted): the statement put to
    the person is that speaker's, not a new one (tuning.PREDICATE_CORRECTED)."""
    own = _own_stems(index, person) or frozenset()
    theirs = index.entry_stems[index.by_id[entry_id]]
    new = [
        t
        for t in parsed.terms
        if t.sim == 1.0 and t.stem not in own and t.word not in GENERIC_PEOPLE
    ]
    return bool(new) and all(t.stem in theirs for t in new)


def _named_unsaid(index: Index, parsed: Parsed, person: str) -> bool:
    """Whether a word after a verb of calling ("called the treaty a historic mistake") is in
    none of the person's quotes nor their name (tuning.YES_NO_WORDS_UNSAID): the premise of
    the yes/no question is not in their words."""
    ws = parsed.words
    at = next((i for i, w in enumerate(ws) if w in _CALLING), None)
    if at is None:
        return False
    own: set[str] = set(_name_stems(index, person))
    own |= _own_stems(index, person) or frozenset()
    named = set(ws[at + 1 :])
    return any(
        t.word in named and t.stem not in own and not T.is_say_word(t.word) for t in parsed.terms
    )


#: What opens a question that takes its premise for granted ("why did X call Y a Z").
_WHY_WORDS = frozenset({"why", "почему", "зачем", "pochemu"})


def _premise_unsaid(index: Index, parsed: Parsed, person: str) -> bool:
    """Whether "why did X <verb> ..." has a content word that none of X's quotes (nor their
    name) holds, and that the base does not know at all or that follows a verb of
    communication ("call the treaty a <success>"): the premise is not in their words
    (tuning.WHY_PREMISE_IN_OWN_WORDS). A known word elsewhere may be a paraphrase ("a good
    platform" of "an excellent platform") and is left to the ranking."""
    if not parsed.words or parsed.words[0] not in _WHY_WORDS or parsed.who_is:
        return False
    own: set[str] = set(index.person_stems.get(person, frozenset()))
    for q in index.kb.quotes_by(person):
        pos = index.by_id.get(q.id)
        if pos is not None:
            own |= index.entry_stems[pos]
    if len(own) == len(index.person_stems.get(person, frozenset())):
        return False  # no words of theirs to check against
    ws = parsed.words
    act = next((i for i, w in enumerate(ws) if i and w.startswith(T.SPEECH_ACT_STEMS)), None)
    # What they are said to have called it: the words after "call", "describe", «назвал».
    named = set(ws[act + 1 :]) if act is not None else set()
    return any(
        t.stem
        and t.stem not in own
        and (t.sim == 0.0 or t.word in named)
        and not T.is_say_word(t.word)
        and not t.word.startswith(T.SPEECH_ACT_STEMS)
        for t in parsed.terms
    )


#: Words that open the topic of "what did X say about <topic>".
TOPIC_WORDS = frozenset({"about", "on", "regarding", "concerning", "о", "об", "обо", "про"})


def _topic_words(parsed: Parsed) -> set[str] | None:
    """The words after the first "about"/"о"/"про" of "what did X say about <topic>", or None
    when the question has no such word."""
    at = _topic_at(parsed)
    return None if at is None else set(parsed.words[at + 1 :])


def _topic_at(parsed: Parsed) -> int | None:
    """Where the first "about"/"о"/"про" of "what did X say about <topic>" is, if anywhere."""
    ws = parsed.words
    return next(
        (
            i
            for i, w in enumerate(ws)
            if w in TOPIC_WORDS
            and not (K.ARTICLE_ABOUT_FRAME and i > 0 and ws[i - 1] in _TEXT_NOUNS)
        ),
        None,
    )


#: What the user read ("in the article about the astana summit, a kazakh official ..."): the
#: "about" after it gives the text's subject, not the topic of the words asked for
#: (tuning.ARTICLE_ABOUT_FRAME).
_TEXT_NOUNS = frozenset(
    "article articles piece report story coverage interview статье статья статью статьи "
    "материале материал публикации публикация".split()
)


def topic_words(parsed: Parsed) -> set[str] | None:
    """The words of the topic of "what did X say about <topic>" (:func:`_topic_words`), for
    the semantic stage's check of a named person's own words (semantic.own_topic_eligible)."""
    return _topic_words(parsed)


def _unknown_topic(parsed: Parsed) -> bool:
    """Whether the topic after "about"/"о"/"про" has a word the base does not know (typo repair
    has already had its chance: "mettalurgy" is metallurgy, "blockchain" and "bitcoin" are
    nothing of the base)."""
    topic = _topic_words(parsed)
    if topic is None:
        return False
    return any(t.sim == 0.0 and t.word in topic and t.word.isalpha() for t in parsed.terms)


def _credited(parsed: Parsed) -> bool:
    """Whether the question credits words to someone: False only when its last word is a verb
    of saying ("..., what did he say?", "что он говорил?"), so that its content words came
    before it, describing the person or the setting."""
    ws = parsed.words
    if not ws:
        return False
    if K.SAID_WHAT_ENDS and len(ws) > 1 and ws[-1] in T.WHAT_WORDS and T.is_say_word(ws[-2]):
        ws = ws[:-1]  # "Nagaspayev, Kazakhstan's foreign minister, said what?"
    if not T.is_say_word(ws[-1]):
        return True
    if K.TOPIC_BEFORE_SAY and any(
        w in TOPIC_WORDS and any(not T.is_say_word(v) for v in ws[i + 1 : -1])
        for i, w in enumerate(ws[:-1])
    ):
        # «Сафаров про 35 миллиардов что сказал»: the topic comes before the verb, after its
        # own "about"; it is no description of the person.
        return True
    # "The Kazakh minister said China acts prudently, what else did he say?": an earlier verb
    # of saying with words after it credits those words (a claim, checked and corrected),
    # whatever the question ends with.
    return any(T.is_say_word(w) and len(ws) - 1 - i >= 4 for i, w in enumerate(ws[:-1]))


def _quoteless_person(
    index: Index, parsed: Parsed, person: str, scores: dict[int, float]
) -> Match | None:
    """A person the base knows but never quotes (a leader the reports only name).

    Asked for their words ("what did Tokayev say"), the answer is that the base has no quotes
    from them, never someone else's words; a claim that they said words someone else said is
    corrected on the same strong evidence as for someone unknown. Asked something else about
    them ("did Tokayev attend the summit"), the reported facts answer, without anyone's quote;
    ``None`` then means their card answers.
    """
    if parsed.say or parsed.who_said or not FROM_WORDS.isdisjoint(parsed.words):
        # "What did Rahmon say about China respecting every partner" credits the words after
        # "about" to him as a claim does: corrected on the same strong evidence (several
        # words, a high score, no tie) that a claim needs; a topic ("about the 133 projects")
        # stays a topic and is refused.
        claims = parsed.claim or (parsed.say and not parsed.who_said)
        found = _unknown_speaker(index, replace(parsed, claim=claims), scores)
        if found.kind == "correction":
            return Match(
                "correction",
                found.entries,
                found.score,
                asked_person=person,
                lang=parsed.lang,
                claim=proposes(parsed),
            )
        owned = _owned_topic(index, parsed, person) if not proposes(parsed) else None
        if owned is not None:
            return Match(
                "correction", (owned,), 1.0, asked_person=person, lang=parsed.lang, claim=False
            )
        # What the base reports about them answers, as a fact under a head that says it is
        # not their words, when the question has a topic beyond the summit's setting ("what
        # did Wang Yi say about the outcomes in Astana" -> the outcomes he reported).
        about = _facts_about(index, parsed, person, scores)
        if about and not parsed.who_said and not set(parsed.content) <= _setting(index, about[0]):
            return Match("fact", about[:1], 1.0, asked_person=person, lang=parsed.lang)
        spoke = _spoke(index, parsed, about)
        if spoke is not None:
            return Match("fact", (spoke,), 1.0, asked_person=person, lang=parsed.lang)
        asked = parsed.claim or (K.Q18_SAID_AT_SUMMIT_REPORTED and parsed.say)
        # Past the answer above, facts left in ``about`` fit only the summit's setting (the
        # leaders' list for "what did xi say in astana"): what the base reports they said
        # there is the better fallback (tuning.Q19_SAID_SETTING_REPORTED).
        setting_only = K.Q19_SAID_SETTING_REPORTED and bool(about)
        if (
            (not about or setting_only)
            and K.Q14_REPORTED_AT_SUMMIT
            and asked
            and not parsed.who_said
        ):
            # A claim put to them, or "what did the chinese foreign minister say the astana
            # summit achieved" (tuning.Q18_SAID_AT_SUMMIT_REPORTED): what the base reports they
            # said at the one summit named, under the head that it is no quote of theirs.
            said_there = _reported_at_summit(index, parsed, person)
            if setting_only:
                # No topic asked: what they said or put forward ("the Spirit Xi put forward")
                # before a report that they only spoke ("Xi gave a keynote speech"); a stable
                # sort, base order within each.
                said_there = tuple(sorted(said_there, key=lambda i: _only_spoke(index, i)))
            if (
                K.Q30N_REPORTED_ANSWERS
                and said_there
                and any(T.is_say_word(w) and w not in _STATE_NOUNS for w in parsed.words)
                and _topic_held(index, parsed, person, said_there[0])
            ):
                # What the base reports they said there answers, under the head that it is
                # no quote of theirs, as a fact about them that fits the topic does: shown
                # beside a refusal and a list of the people quoted, it read as no answer.
                return Match("fact", said_there[:1], 1.0, asked_person=person, lang=parsed.lang)
            about = said_there or about
        return Match(
            "unknown_person",
            about[:1],
            0.0,
            found.suggestions,
            asked_person=person,
            lang=parsed.lang,
        )
    if not parsed.content:
        return None  # the name alone: their card
    reported = _reported_about(index, parsed, person, scores)
    if reported is not None:
        return reported
    if all(t.known for t in parsed.terms):
        if K.Q28F_NAMED_AS_AGENT and not parsed.who_is:
            record = _record_without_agent(index, parsed, person)
            if record is not None:
                return record
        return None  # nothing reported fits, and every word is one the base knows: their card
    # Words the base does not know (another language, a transliteration: the service then
    # rereads the question in Cyrillic): not answered, and never with anyone's words.
    found = _unknown_speaker(index, replace(parsed, claim=False), scores)
    return Match(
        "unknown_person", (), 0.0, found.suggestions, asked_person=person, lang=parsed.lang
    )


def _reported_at_summit(index: Index, parsed: Parsed, person: str) -> tuple[str, ...]:
    """The facts credited to nobody that report what a person said or put forward (kinds.
    reports) at the one summit the question names ("did Wang Yi say 133 projects were agreed
    in astana": the outcomes he reported in Astana), shown as a reported fact under the head
    that the base has no quotes from them (tuning.Q14_REPORTED_AT_SUMMIT). A fact credited to
    somebody (the 133 projects are Nagaspayev's) is their words: never shown as another's."""
    rec = index.kb.people.get(person)
    named = summits_marked(index, {t.stem for t in parsed.terms if t.known})
    if rec is None or len(named) != 1:
        return ()
    facts = index.kb.facts
    return tuple(f for f in _unattributed_facts(index).get(named[0], ()) if reports(facts[f], rec))


def _unattributed_facts(index: Index) -> dict[str, tuple[str, ...]]:
    """The facts credited to nobody, by their event, in base order; built once per index
    (Index.unattributed_facts_by_event): read each question, the scan of every fact cost 8 ms at
    100,000 entries."""
    if index.unattributed_facts_by_event is None:
        found: dict[str, list[str]] = {}
        for f in index.kb.facts.values():
            if f.event is not None and f.speaker is None:
                found.setdefault(f.event, []).append(f.id)
        index.unattributed_facts_by_event = {e: tuple(ids) for e, ids in found.items()}
    return index.unattributed_facts_by_event


#: Verbs of saying that are far more often nouns in these questions ("Xi's state visit",
#: "the Central Asian states"): no request for words (tuning.Q30N_REPORTED_ANSWERS).
_STATE_NOUNS = frozenset({"state", "states"})

#: Words before the topic asked ("what did Wang Yi say *about* Afghanistan in Astana",
#: «что Ван И сказал *про* ...»): what follows is the topic a report must hold
#: (tuning.Q30N_REPORTED_ANSWERS).
_TOPIC_WORDS = frozenset("about regarding concerning on про о об обо насчет насчёт".split())


def _topic_held(index: Index, parsed: Parsed, person: str, fact_id: str) -> bool:
    """Whether every word of the topic a question names after "about" (_TOPIC_WORDS) is one
    the fact or its summit's setting holds: "what did Wang Yi say in Astana about
    Afghanistan" asks for words on Afghanistan, which his count of the Astana outcomes does
    not answer (tuning.Q30N_REPORTED_ANSWERS). A question with no such topic ("what did the
    chinese foreign minister say the astana summit achieved", a claim put to him) is held:
    the report of what he said there is what the base has."""
    ws = parsed.words
    setting = _setting(index, fact_id)
    stems = _stems_of_id(index, fact_id)
    at = next((i for i, w in enumerate(ws) if w in _TOPIC_WORDS), None)
    if at is not None and any(
        index.word_canonical(w) not in stems | setting
        for w in ws[at + 1 :]
        if not T.is_stop_word(w) and w not in _TOPIC_WORDS
    ):
        return False
    names = _name_stems(index, person)
    topic = {t.stem for t in parsed.terms if t.stem not in setting and t.stem not in names}
    # A figure alone shared with the report is no topic of it: "did Wang Yi say 133 projects
    # in astana?" (Nagaspayev's 133, corrected to his words), "did wang yi say 6 leaders met
    # in astana?" are not his count of the outcomes (found in review).
    return bool(topic & stems)


def _only_spoke(index: Index, fact_id: str) -> bool:
    """Whether a fact reports a speech (text.SPEECH_ACT: "gave a keynote speech") rather than
    what was said or put forward: asked "what did he say" with no topic, the latter tells more
    (tuning.Q19_SAID_SETTING_REPORTED)."""
    fact = index.kb.facts.get(fact_id)
    return fact is None or T.SPEECH_ACT.search(fact.statement.lower()) is not None


#: Words that ask the reason for, time or place of an act ("why did Xi open the secretariat",
#: "when did Tokayev open ...", «зачем», «почему»): the act is the question's, the person
#: named only its supposed agent (tuning.Q28F_NAMED_AS_AGENT).
_ACT_ASKED = frozenset("why when where how зачем почему когда где как zachem pochemu".split())


def _record_without_agent(index: Index, parsed: Parsed, person: str) -> Match | None:
    """The one record that answers a question about an act put to a person the base only
    names ("why did Xi open the secretariat in Astana?"), read without the person: the
    secretariat's record (opened in Xi'an, no opener named), not Xi's card, which said nothing
    on it (tuning.Q28F_NAMED_AS_AGENT). Only a question of why, when, where or how, with
    words beyond the name, and a record that names no speaker, no person's card and nobody's
    words: the person is the question's premise, never put to anyone's words. None
    otherwise."""
    if parsed.say or parsed.who_said or parsed.claim or len(parsed.persons) != 1:
        return None
    if _ACT_ASKED.isdisjoint(parsed.words):
        return None
    names = _name_stems(index, person)
    rest = tuple(t for t in parsed.terms if t.stem not in names)
    if len(rest) < 2:
        return None  # the name and one word: too little to be an act of its own
    plain = replace(parsed, terms=rest, persons=())
    found = _match_parsed_read(index, plain)
    if found.kind != "fact" or len(found.entries) != 1:
        return None
    fact = index.kb.facts.get(found.entries[0])
    if fact is None or fact.speaker is not None:
        return None
    held = _stems_of_id(index, fact.id)
    if names & held:
        return None  # a record naming the person is _reported_about's, which passed it over
    return found


def _reported_about(
    index: Index, parsed: Parsed, person: str, scores: dict[int, float], above: float = 0.0
) -> Match | None:
    """The fact or event naming the person that answers a question asking for no words ("did
    Tokayev attend the summit"), when one fits at the answer threshold and better than
    ``above`` (their own words' best score); else None."""
    ranked = _about(index, parsed, person, scores)
    if not ranked or ranked[0][1] < K.ANSWER_THRESHOLD or ranked[0][1] <= above:
        return None
    entry = index.entries[ranked[0][0]]
    return Match(entry.type, (entry.id,), min(ranked[0][1], 1.0), lang=parsed.lang)


def _asks_for_words(parsed: Parsed) -> bool:
    """Whether a question naming a person asks for words: a verb of saying, "who said", or
    "anything from X" (FROM_WORDS)."""
    return parsed.say or parsed.who_said or not FROM_WORDS.isdisjoint(parsed.words)


def _quoted_person_facts(
    index: Index,
    parsed: Parsed,
    person: str,
    scores: dict[int, float],
    resolved: list[tuple[str, float]],
    mass: float,
) -> Match | None:
    """What is reported about a quoted person, for a question that asks for none of their
    words (tuning.QUOTED_PERSON_FACTS): the same answer as before they were quoted. A fact
    must fit better than their own words do ("Tokayev: our railways will carry ..." without a
    verb of saying is still checked against his quote)."""
    if not K.QUOTED_PERSON_FACTS or not parsed.content or _asks_for_words(parsed):
        return None
    own = _ranked(_own_scores(index, person, resolved, mass))
    return _reported_about(index, parsed, person, scores, own[0][1] if own else 0.0)


def _spoke_at_summit(index: Index, parsed: Parsed, person: str) -> Match | None:
    """Whether someone spoke on a summit, asked with nothing but the summit as the topic ("did
    anyone from tajikistan talk about the astana summit? what did they say", "did the tajik
    expert comment on the astana summit?") (tuning.Q26F_SPOKE_AT_SUMMIT). Every quote is filed
    under the event it was said at, so the summit separates no speaker's words from another's:
    scored as a topic, "astana" found the Kazakh minister's words (a sample question of his says
    "at astana") and the user, who put no words, was told "No: that was not Safarov". Their
    words at that summit answer; none there (the Xi'an summit): their words under the lead
    that none is from it, never someone else's. None when the question has a
    topic beyond the summit and the person's own country, or puts words to them ("praised
    China at that meeting in Astana")."""
    if not parsed.say or parsed.who_said:
        return None
    named = _summit_named(index, parsed)
    if named is None:
        return None
    allowed = {index.word_canonical("summit"), *summit_marks(index)[named]}
    if country := index.person_country.get(person):
        allowed.add(country)
    allowed |= _name_stems(index, person)
    if any(t.stem not in allowed for t in parsed.terms if t.stem):
        return None
    quotes = index.kb.quotes_by(person)
    there = tuple(q.id for q in quotes if q.event == named)
    if not there:
        # Their words under the lead that none is from that summit ("The one quote by X in my
        # sources is not “at the first summit”."), as "what did X say at <summit>" gets.
        ids = tuple(q.id for q in quotes)
        off = _summit_elsewhere(index, parsed, ids)
        if not off:
            return None
        return Match(
            "quotes" if len(ids) > 1 else "quote",
            ids,
            1.0,
            lang=parsed.lang,
            off_topic=off,
            summit_unheld=_names_unheld(index, parsed, off),
        )
    if len(there) > 1:
        return Match("quotes", there, 1.0, lang=parsed.lang)
    return Match("quote", there, 1.0, lang=parsed.lang, confirmed=parsed.claim)


def _quoted_elsewhere(
    index: Index, parsed: Parsed, person: str, scores: dict[int, float], own_best: float
) -> Match | None:
    """A question for the words of a person whose every quote is from no summit (no event: a
    leader quoted at a freight terminal's opening), on something none of their words fits
    (tuning.QUOTED_ELSEWHERE_AS_BEFORE): "what did Xi Jinping say in Astana", "what did Tokayev
    say in his opening speech", "what did Tokayev say about the treaty", "Tokayev said 54
    projects were implemented?". Their quote would read as said there, and a correction to
    someone else's words on one shared word ("treaty") is weaker evidence than a person never
    quoted gets. Answered as before they were quoted (:func:`_quoteless_person`: a correction
    on strong evidence, a reported fact), except that where that answer was "no quotes from
    X" the question is refused with their words offered (a claim goes on to the claim check
    every quoted person gets); a reported fact is shown alone (the answer layer heads a fact
    asked of a person "I have no quotes from X"). None otherwise: their words fit, some are
    from a summit, or the question asks for no words or for all of them ("what did Tokayev
    say")."""
    if not K.QUOTED_ELSEWHERE_AS_BEFORE or not parsed.content or own_best >= K.ANSWER_THRESHOLD:
        return None
    if not (_asks_for_words(parsed) or parsed.claim) or (parsed.who_is and not parsed.say):
        return None
    if any(q.event is not None for q in index.kb.quotes_by(person)):
        return None
    before = _quoteless_person(index, parsed, person, scores)
    if before is None or before.kind == "correction":
        return before  # their card's place: the rest of the path; a correction stands
    if before.kind == "fact" and before.asked_person is not None:
        fact = index.kb.facts[before.entries[0]]
        if not K.UNREPORTED_REFUSED or reports(fact, index.kb.people[person]):
            return replace(before, asked_person=None)
    elif before.kind != "unknown_person":
        return before
    if parsed.claim:
        return None  # the claim check of anyone quoted: corrected, or "I can't confirm"
    # "No quotes from X" is untrue of them now: their words are offered, not shown, and no
    # later stage answers in their place.
    quotes = tuple(q.id for q in index.kb.quotes_by(person))[: K.MAX_SUGGESTIONS]
    return Match("none", (), own_best, quotes, lang=parsed.lang, vetoed=True)


def _asks_what_too(parsed: Parsed) -> bool:
    """Whether a "who" question goes on to ask for what the person said or gave: "who was that
    and what exactly were the figures", "кто это был и что он сказал", «как его зовут и какие
    цифры он называл» (tuning.WHO_AND_WHAT): "and" + "what" opening a clause with a verb of
    saying, a noun of words ("point", "message") or of figures. "Who is he and what is his
    role" asks for the card."""
    if not K.WHO_AND_WHAT:
        return False
    ws = parsed.words
    for i in range(len(ws) - 1):
        if ws[i] in T.AND_WORDS and ws[i + 1] in T.WHAT_WORDS:
            rest = ws[i + 2 : i + 8]
            if any(w in T.WHO_IS_WORDS for w in rest):
                return False
            if any(T.is_say_word(w) or w in T.WORDS_NOUNS or w in T.FIGURE_NOUNS for w in rest):
                return True
    return False


def _owner(index: Index, stem: str) -> str | None:
    """The one person every entry with this stem is the words of (their quotes, the facts
    they stated, their card), or None: a stem no entry has, or one that the base's unattributed
    facts, its events or two people share."""
    phrases = index.postings.get(stem)
    if phrases is None:
        return None
    owners: set[str | None] = set()
    # The entries with the stem, from its postings (an entry's stems are its phrases' own),
    # rather than a pass over every entry of the base.
    for e in np.unique(index.phrase_entry[phrases]).tolist():
        entry = index.entries[e]
        owners.add(entry.speaker if entry.type in ("quote", "fact", "person") else None)
        if len(owners) > 1:
            return None
    return next(iter(owners)) if owners else None


def _owned_topic(index: Index, parsed: Parsed, person: str) -> str | None:
    """The one quote of someone else whose words the topic of "what did X say about <topic>"
    is (tuning.TOPIC_OWNER_CORRECTS), for a person the base knows but never quotes on it.

    Every known word of the topic is read: a word only one person's entries use ("coal",
    "chemistry", "proactive": Nagaspayev's, Osmonaliyev's) names that person's words; a word
    the base uses elsewhere too ("treaty", "central", "summit") names nobody. The topic must
    name exactly one such person, other than the one asked, and one quote of that person must
    hold every such word; a topic word the base does not know (typo repair has had its chance:
    "blockchain") refuses. Otherwise None, and the question keeps its "no quotes from X"."""
    if not K.TOPIC_OWNER_CORRECTS:
        return None
    topic = _topic_words(parsed)
    if topic is None:
        return None
    # Words of the question's intent ("role", «роли») are no words of the base's texts.
    terms = [t for t in parsed.terms if t.word in topic and t.stem not in T.INTENT_WORDS]
    if any(not t.known and t.word.isalpha() for t in terms):
        return None
    owner: str | None = None
    stems: set[str] = set()
    for t in terms:
        if not t.known or t.stem in index.people_words:
            continue
        who = _owner(index, t.stem)
        if who is None:
            continue
        if owner not in (None, who):
            return None  # the topic names two people's words
        owner = who
        stems.add(t.stem)
    if owner is None or owner == person:
        return None
    quotes = [
        q.id for q in index.kb.quotes_by(owner) if stems <= index.entry_stems[index.by_id[q.id]]
    ]
    return quotes[0] if len(quotes) == 1 else None


def _spoke(index: Index, parsed: Parsed, facts: tuple[str, ...]) -> str | None:
    """The first of the facts about a person that says they spoke, when the question asks
    whether they did (text.SPEECH_ACT, tuning.SPEECH_ACT_FACT), else None. Only a yes/no
    question asks whether: "quote Tokayev's speech" asks for the words, and is refused."""
    ws = parsed.words
    whether = bool(ws) and (ws[0] in T.WHETHER_START or "ли" in ws)
    if not K.SPEECH_ACT_FACT or parsed.who_said or not whether:
        return None
    if not T.SPEECH_ACT.search(" ".join(ws)):
        return None
    for fact_id in facts:
        rec = index.kb.record(fact_id)
        if isinstance(rec, Fact) and any(
            T.SPEECH_ACT.search(t.lower()) for t in (rec.statement, rec.answer, rec.answer_ru or "")
        ):
            return fact_id
    return None


def _about(
    index: Index, parsed: Parsed, person: str, scores: dict[int, float]
) -> list[tuple[int, float]]:
    """Facts and events that name the person (no one's words), best first for the question."""
    names = _name_stems(index, person)
    return [
        (e, s)
        for e, s in _by_intent(index, replace(parsed, who_said=False), _ranked(scores))
        if not _attributed(index.entries[e])
        and index.entries[e].type in ("fact", "event")
        and not names.isdisjoint(index.entry_stems[e])
    ]


def _facts_about(
    index: Index, parsed: Parsed, person: str, scores: dict[int, float]
) -> tuple[str, ...]:
    """Ids of the facts naming the person that fit the question at least as a suggestion."""
    return tuple(
        index.entries[e].id
        for e, s in _about(index, parsed, person, scores)
        if s >= K.ANSWER_THRESHOLD and index.entries[e].type == "fact"
    )


def _setting(index: Index, fact_id: str) -> frozenset[str]:
    """The stems that only name the setting of a fact's summit (its names, place, country,
    year): "what did Japarov say in Astana" or "... at the summit" has no topic beyond them,
    and every fact listing the leaders fits it; such a question is not answered with a fact
    (a list of names is no answer to "what did he say"). A word count or a weight would not
    do: "astana" alone weighs more as the base grows."""
    fact = index.kb.facts.get(fact_id)
    event = index.kb.events.get(fact.event or "") if fact is not None else None
    if event is None:
        return frozenset()
    texts = (event.name, event.name_ru or "", event.city or "", event.region or "")
    return frozenset(
        index.word_canonical(w)
        for text in (*texts, event.country, str(event.year), *event.aliases)
        for w in T.words(text)
        if not T.is_stop_word(w)
    )


def _name_stems(index: Index, person: str) -> frozenset[str]:
    """The stems of a person's names and aliases, as the index reads them in texts: a fact
    whose texts have one of them is about that person (built once per person and index). Read
    as texts are (``limit=None``), not as questions: a question's reading follows tuning
    switches and idiom tables a test may change, and the memo outlives them."""
    known = index.name_stems_memo.get(person)
    if known is not None:
        return known
    p = index.kb.people[person]
    known = index.name_stems_memo[person] = frozenset(
        index.word_canonical(w)
        for name in (p.name, *p.aliases, p.name_ru or "")
        for w in T.words(name, limit=None)
        if not T.is_stop_word(w)
    )
    return known


def quoted_people(index: Index) -> tuple[str, ...]:
    """The people the base has words of, in base order (the lists of "who I can quote")."""
    return index.quoted


#: Words by which a yes/no question asks for a detail of someone's words rather than claims
#: what they said ("did the minister name any specific mine", "did Safarov say which countries
#: signed"): his words, shown as "closest", would read as the detail's answer
#: (tuning.Q21_UNCONFIRMED_OWN_WORDS).
_DETAIL_ASKED = frozenset(
    "any specific particular which what exact exactly "
    "какой какие какую каких какое конкретный конкретные конкретных конкретно "
    "kakoy kakoi kakie konkretnye konkretno".split()
)


def _named_by_name(index: Index, parsed: Parsed, person: str) -> bool:
    """Whether the question names the person by one of his names, as typed or misspelt
    («Османалиев», "osmonaliev"), not by a title or a description ("the minister", "someone
    from astana's government")."""
    names = {n for n in _name_stems(index, person) if len(n) > 3}
    stems = {index.word_canonical(w) for w in parsed.words}
    return not names.isdisjoint(stems) or any(
        difflib.SequenceMatcher(None, s, n).ratio() >= 0.8
        for s in stems
        if len(s) > 5
        for n in names
    )


def _unconfirmed(
    index: Index,
    person: str,
    own: list[tuple[int, float]],
    others: list[tuple[int, float]],
    scores: dict[int, float],
    lang: str,
    parsed: Parsed,
    *,
    own_words: bool = False,
) -> Match:
    """A claim put to ``person`` that cannot be confirmed: the closest words offered. With
    ``own_words`` (a claim his words do not reach, or deny), his own words close to it are
    shown instead, under "I can't confirm that" (tuning.Q21_UNCONFIRMED_OWN_WORDS)."""
    others_best = others[0][1] if others else 0.0
    if (
        K.Q21_UNCONFIRMED_OWN_WORDS
        and own_words
        and own
        and own[0][1] >= K.Q21_OWN_WORDS_MIN
        and own[0][1] > others_best
        and _DETAIL_ASKED.isdisjoint(parsed.words)
        and _named_by_name(index, parsed, person)
    ):
        # "Did Osmonaliyev say cooperation with China is a low priority for Central Asia?": his
        # words on it say otherwise; a pick list hid them. His closest words, under "I can't
        # confirm that" (they are his: no one else's words are shown).
        shown = _quote_for(index, index.entries[own[0][0]], scores)
        if index.entries[own[0][0]].type == "quote":
            # of his near-equal quotes, the one whose words hold the claim's ("heads of state")
            shown = text_pick(index, parsed, _near_own_quotes(index, own, 0))
        record = index.kb.quotes.get(shown)
        if record is not None and record.speaker == person:
            return Match(
                "quote",
                (shown,),
                own[0][1],
                asked_person=person,
                lang=lang,
                claim=True,
                unconfirmed_words=True,
            )
    picks: list[str] = []
    for group in (own, others):
        if group and group[0][1] >= K.SUGGEST_THRESHOLD:
            qid = _quote_for(index, index.entries[group[0][0]], scores)
            if qid not in picks:
                picks.append(qid)
    if not picks:
        picks = [q.id for q in index.kb.quotes_by(person)][: K.MAX_SUGGESTIONS]
    best = max(own[0][1] if own else 0.0, others[0][1] if others else 0.0)
    return Match("unconfirmed", (), best, tuple(picks), asked_person=person, lang=lang, claim=True)


def _speaker_guard(index: Index, ranked: list[tuple[int, float]], top: int) -> bool:
    """True when another speaker's quote scores within the margin of the top quote."""
    top_entry = index.entries[ranked[top][0]]
    for e, s in ranked:
        other = index.entries[e]
        if s < ranked[top][1] - K.SPEAKER_MARGIN:
            break
        if _attributed(other) and other.speaker != top_entry.speaker:
            return True
    return False


def speakers_tie(index: Index, parsed: Parsed) -> bool:
    """Whether the question's words fit two speakers' words within SPEAKER_MARGIN, the best of
    them well (ANSWER_THRESHOLD): the lexical tie guard. A later stage (a semantic correction)
    must not overrule it by picking one of them."""
    ranked = _ranked(score_entries(index, parsed.terms))
    attributed = [(e, s) for e, s in ranked if _attributed(index.entries[e])]
    return (
        bool(attributed)
        and attributed[0][1] >= K.ANSWER_THRESHOLD
        and _speaker_guard(index, attributed, 0)
    )


def _by_intent(
    index: Index, parsed: Parsed, ranked: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """The ranking adjusted for what kind of entry the question wants."""
    if parsed.only:
        ranked = [(e, s) for e, s in ranked if index.entries[e].type in parsed.only]
    if parsed.who_said:
        return [(e, s) for e, s in ranked if _attributed(index.entries[e])]
    if parsed.when or parsed.where:
        # "When/where" is answered by events (and dated facts); a quote is rarely what is asked.
        def weight(e: int) -> float:
            entry = index.entries[e]
            if entry.type == "fact" and entry.dated:
                return K.DATED_FACT_BOOST
            return K.WHEN_BOOST[entry.type]

        return _ranked({e: s * weight(e) for e, s in ranked})
    if parsed.define:
        return _ranked({e: s * K.DEFINE_BOOST[index.entries[e].type] for e, s in ranked})
    if not parsed.who_is:
        # A quote asked for by name ("a quote about the treaty", «цитату про договор»): the
        # records that are nobody's words come after someone's words, as a quote does after a
        # fact when none is asked (tuning.L30_QUOTE_ASKED_QUOTES).
        quote_asked = (
            K.L30_QUOTE_ASKED_QUOTES and parsed.say and not _QUOTE_WORDS.isdisjoint(parsed.words)
        )

        # Without "who said"/"what did X say", a direct fact beats the quote it comes from.
        def nudge(e: int) -> float:
            kind = index.entries[e].type
            if kind == "quote" and not parsed.say:
                return K.QUOTE_NUDGE
            if quote_asked and not _attributed(index.entries[e]):
                return K.QUOTE_NUDGE
            return 1.0 if kind in ("fact", "quote") else K.FACT_NUDGE

        return _ranked({e: s * nudge(e) for e, s in ranked})
    return ranked


def _capitals_as_states(index: Index, parsed: Parsed) -> Parsed:
    """``parsed`` with each capital that stands for its state ("who praised Beijing's tact",
    "who said beijing respects every partner"; not a venue, destination or origin:
    intent.capital_as_state) read as the state's word, when some quote's own text names that
    state (China): a state no words name is no topic any words hold ("who said dushanbe
    respects every partner" is nobody's), and stays the semantic stage's
    (tuning.Q16_CAPITAL_TOPIC_AS_STATE)."""
    ws = parsed.words
    have = {t.stem for t in parsed.terms}
    terms: list[Term] = []
    changed = False
    for t in parsed.terms:
        state = (
            capital_as_state(index, ws, ws.index(t.word)) if t.sim == 0.0 and t.word in ws else None
        )
        st = index.term(state) if state is not None else None
        if st is None or not st.known or not st.stem or not _quotes_name(index, st.stem):
            terms.append(t)
            continue
        changed = True
        if st.stem not in have:
            terms.append(replace(st, word=t.word))
            have.add(st.stem)
    return replace(parsed, terms=tuple(terms)) if changed else parsed


def _quotes_name(index: Index, stem: str) -> bool:
    """Whether the text of a quote holds ``stem``: through the stem's posting list (the
    entries whose phrases hold it), whatever the base's size."""
    phrases = index.postings.get(stem)
    if phrases is None or len(phrases) == 0:
        return False
    for i in sorted({int(e) for e in index.phrase_entry[phrases]}):
        quote = index.kb.quotes.get(index.entries[i].id)
        if quote is not None and stem in _text_stems(index, quote):
            return True
    return False


def _states_read(index: Index, parsed: Parsed) -> frozenset[str]:
    """The stems of the states :func:`_capitals_as_states` read for capitals."""
    return frozenset(
        t.stem
        for t in parsed.terms
        if t.sim == 1.0
        and t.stem
        and t.word in index.kb.capitals
        and index.term(t.word).stem != t.stem
    )


def _capitals_as_written(index: Index, parsed: Parsed) -> Parsed | None:
    """``parsed`` with each capital read as its state (tuning.Q16_CAPITAL_TOPIC_AS_STATE) put
    back as the word typed, or None when there is none."""
    terms: list[Term] = []
    changed = False
    for t in parsed.terms:
        own = index.term(t.word)
        if t.sim == 1.0 and t.stem and own.stem != t.stem and t.word in index.kb.capitals:
            terms.append(own)
            changed = True
        else:
            terms.append(t)
    return replace(parsed, terms=tuple(terms)) if changed else None


def _one_as_summit(index: Index, parsed: Parsed, *, with_summit: bool = True) -> Parsed:
    """The parse with "one" after a summit's mark read as "summit" ("the third one goes back
    to china right?", "the next one", "the 2026 one"), or only without it (``with_summit``
    False): the pronoun stands for the summit; read as the number 1 it was the first summit's
    mark beside the third's, and no summit was named (tuning.Q16_ORDINAL_ONE). The parse
    itself when nothing is read so."""
    ws = parsed.words
    summit = index.term("summit")
    if not summit.known or "one" not in ws:
        return parsed
    marks: set[str] = set()
    for own in summit_marks(index).values():
        marks |= own
    at = [
        i
        for i, w in enumerate(ws)
        if w in ("one", "ones")
        and i > 0
        and ws[i - 1] != "one"
        and (index.term(ws[i - 1]).stem in marks or (ws[i - 1].isdigit() and len(ws[i - 1]) == 4))
    ]
    if not at or any(w == "one" and i not in at for i, w in enumerate(ws)):
        return parsed  # another "one" in the question: left as it is
    kept = tuple(t for t in parsed.terms if t.word not in ("one", "ones"))
    if with_summit and summit.stem not in {t.stem for t in kept}:
        kept = (*kept, replace(summit, word="summit"))
    return replace(parsed, terms=kept)


def match_parsed(index: Index, parsed: Parsed, *, one_read: bool = True) -> Match:
    m = _match_parsed_read(index, parsed, one_read=one_read)
    if K.Q22_PAST_AT_UNHELD and m.kind == "event" and m.wrong_place is not None:
        held = _held_there_instead(index, parsed, m)
        if held is not None:
            return held
    if K.Q26F_LEADER_AT_UNHELD and m.kind == "person" and not (parsed.say or parsed.who_said):
        put = _leader_place_put_right(index, parsed)
        if put is not None:
            return put
    if K.Q26F_SIGNED_BY and m.kind in ("fact", "event") and m.entries:
        signing_record = _signed_by(index, parsed, m)
        if signing_record is not None:
            return signing_record
    signing = K.Q25F_UNSIGNED_DENIED or K.Q25F_COUNTRY_SIGNS
    if signing and (signed := signed_denied(index, parsed, m)) is not None:
        return signed
    if K.Q24M_ABSENT_PARTY and m.kind in ("fact", "event") and m.entries:
        m = absent_denied(index, parsed, m)
    if K.Q16_NOW_IS_CURRENT and m.kind == "person" and _former_asked_now(index, parsed, m):
        # "Who is kyrgyzstan's ambassador to azerbaijan now": the former ambassador's card
        # would answer that he is; the base knows no current one. His card is offered.
        return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
    if (
        K.Q25F_PARTNER_OF_WHOM
        and m.kind in _WORDS_SHOWN
        and (parsed.say or parsed.who_said or parsed.claim)
        and partner_of_whom(index, parsed)
    ):
        # "who said central asia is china's number one partner" (tuning.Q25F_PARTNER_OF_WHOM)
        return Match("none", (), 0.0, m.entries[: K.MAX_SUGGESTIONS], lang=m.lang, vetoed=True)
    if K.Q25F_VERDICT_OPPOSITE and m.kind == "none" and not m.vetoed:
        turned = verdict_turned(index, parsed)
        if turned is not None:
            return turned
    if K.Q28F_UNLISTED_SIGNING and m.kind == "none" and not m.vetoed:
        record = unlisted_signing(index, parsed)
        if record is not None:
            return record
    if K.Q18_PROPOSAL_OBJECT and m.kind == "none" and not m.vetoed:
        others = _proposal_others(index, parsed)
        if others and not any(others <= stems for stems in index.entry_stems):
            # "Who proposed the treaty": no record names a proposal of it; the refusal is
            # final (no other stage offers someone's words about the treaty as the answer).
            return replace(m, vetoed=True)
    return m


def _stems_of_id(index: Index, entry_id: str) -> frozenset[str]:
    """The stems of the entry with this id; none when the index holds no entry of that id."""
    pos = index.by_id.get(entry_id)
    return index.entry_stems[pos] if pos is not None else frozenset()


#: The agent of a passive signing ("signed *by* foreign ministers"; tuning.Q26F_SIGNED_BY).
_BY = frozenset({"by"})


def _signed_by(index: Index, parsed: Parsed, found: Match) -> Match | None:
    """The signing record for "<document> was signed by <someone>", when the record found
    without the signer's words holds the verb of signing: "was the treaty signed by foreign
    ministers?" found the treaty's name, whose text says the Chinese "foreign ministry" renders
    it; who signed is what the signing record says ("leaders signed ...") (tuning.
    Q26F_SIGNED_BY). The signer asked is no topic: it is the premise the record confirms or
    not. None without a verb of signing followed by "by", for a question of words, when the
    record found already holds a word of the signer's, or when nothing else is found."""
    if parsed.say or parsed.who_said or parsed.persons or found.claim:
        return None
    if found.wrong_place is not None or found.wrong_number is not None or found.wrong_holder:
        return None
    ws = parsed.words
    sign = index.word_canonical("signed")
    at = next(
        (i for i in range(1, len(ws)) if ws[i] in _BY and index.word_canonical(ws[i - 1]) == sign),
        None,
    )
    if at is None:
        return None
    by = set(ws[at + 1 :])
    agent = [t for t in parsed.terms if t.word in by]
    rest = tuple(t for t in parsed.terms if t.word not in by)
    if not agent or not rest:
        return None
    held = _stems_of_id(index, found.entries[0])
    if sign in held and not any(t.stem in held for t in agent):
        return None  # the signing record itself, or one that never names the signer asked
    again = _match_parsed_read(index, replace(parsed, terms=rest))
    if again.kind not in ("fact", "event") or len(again.entries) != 1:
        return None
    if again.entries == found.entries:
        return None
    there = index.by_id.get(again.entries[0])
    if there is None or sign not in index.entry_stems[there]:
        return None
    return again


def _leader_place_put_right(index: Index, parsed: Parsed) -> Match | None:
    """The leaders at a summit put in a place no summit was held in ("who was the tajik leader
    at the dushanbe summit?"), with the place put right: "Not in Dushanbe: my sources say
    Astana." and the record the question finds without the place (the leaders in Astana),
    as "what happened at the dushanbe summit?" is answered (tuning.Q26F_LEADER_AT_UNHELD). The
    place, a word the base does not know, kept the question from being read as who led a
    country at a summit, and the head of state's card answered with the wrong place left
    standing. None when no summit is named, no place or several, or the question read
    without the place finds no one record of another place."""
    summit = index.word_canonical("summit")
    if summit not in {t.stem for t in parsed.terms}:
        return None
    places = place_names(index)
    asked = _asked_place(index, parsed, places)
    if asked is None:
        return None
    asked_stem = _place_key(index, places, asked.word)
    if K.L30_LEADER_PLACE_HELD and summits_marked(index, {asked_stem}):
        # A summit was held there ("what did tokayev do at the summit in xi'an?": the same six
        # presidents met in Xi'an): "Not in Xi'an: my sources say Astana." was false.
        return None
    rest = " ".join(w for w in parsed.words if w != asked.word)
    found = _match_parsed_read(index, parse(index, rest))
    if found.kind not in ("fact", "event") or len(found.entries) != 1:
        return None
    pos = index.by_id.get(found.entries[0])
    real = _entry_place(index, places, pos, asked_stem) if pos is not None else None
    if real is None or real == asked_stem:
        return None
    asked_name = _asked_name(places, asked, asked_stem, parsed.lang)
    shown = _shown(places, real, parsed.lang)
    return replace(found, wrong_place=(asked_name, shown), claim=_yes_no(parsed))


#: Words that deny a verb ("did tajikistan not sign", "why didn't", «почему Таджикистан не
#: подписал»; tuning.Q25F_UNSIGNED_DENIED).
_DENYING = frozenset("not didnt dont doesnt hasnt havent wasnt never не ne".split())


def _entry_event(index: Index, entry_id: str) -> Event | None:
    """The event an entry is about: a fact's own event, else the entry itself as an event (a
    fact without an event looks its own id up among the events, as a summit card's id is)."""
    fact = index.kb.facts.get(entry_id)
    return index.kb.events.get(fact.event if fact is not None and fact.event else entry_id)


def _participant_named(index: Index, event: Event, stem: str, lang: str) -> str | None:
    """The event's participant whose name has the stem, as the answer names it; None when none
    has it."""
    for c in event.participants:
        if index.word_canonical(c.lower()) == stem:
            return _participants_named(index, (c,), lang)
    return None


def signed_denied(index: Index, parsed: Parsed, found: Match) -> Match | None:
    """The record of a signing under "No: my sources say Tajikistan signed." when the
    question says a country did not sign (a country beside a verb of signing, a word of denial
    among the question's words: «Почему Таджикистан не подписал договор о добрососедстве?»)
    and the record the question matches without its "why" and its denial is of a summit whose
    participants include that country; None otherwise (tuning.Q25F_UNSIGNED_DENIED). Asked
    why, Safarov's words on the treaty were shown as if they gave the reason."""
    ws = parsed.words
    denied = not _DENYING.isdisjoint(ws)
    asked = K.Q25F_COUNTRY_SIGNS and not denied and _yes_no(parsed)
    if not (denied or asked) or parsed.persons or parsed.unknown_name:
        return None
    countries = {index.word_canonical(w) for w in ws if _signer(index, ws, w)}
    if len(countries) != 1:
        return None
    stem = next(iter(countries))
    # The country is the signer, no topic: as a topic it found the words of someone from there
    # ("did tajikistan sign the treaty" showed Safarov's words on the treaty).
    terms = tuple(
        t
        for t in parsed.terms
        if t.word not in _WHY_WORDS and t.word not in _DENYING and t.stem != stem
    )
    m = found
    reread = m.kind not in ("fact", "event") or len(m.entries) != 1 or denied
    if reread:
        # The record the question found keeps its answer when it is one of a signing summit;
        # "why didn't ... sign" asks a reason the words would seem to give.
        plain = replace(parsed, terms=terms, say=False, who_said=False, claim=False)
        m = _match_parsed_read(index, plain)
    if m.kind not in ("fact", "event") or len(m.entries) != 1:
        return None
    if m.wrong_place is not None or m.wrong_number is not None or m.claim:
        return None  # "did tajikistan sign the treaty in 2023": the year is put right instead
    held = _stems_of_id(index, m.entries[0])
    if any(t.known and t.sim == 1.0 and t.stem not in held for t in terms):
        if not K.Q26F_SIGNING_RECORD or reread:
            # "did uzbekistan sign the xian declaration?" found the Astana card. Already the
            # re-read below, it would find the same record again.
            return None
        # The record the question finds without its country and its verb of asking, when
        # it holds every word: "the xian declaration" is the Xi'an signing's record.
        plain = replace(parsed, terms=terms, say=False, who_said=False, claim=False)
        m = _match_parsed_read(index, plain)
        if m.kind not in ("fact", "event") or len(m.entries) != 1 or m.claim:
            return None
        if m.wrong_place is not None or m.wrong_number is not None:
            return None
        held = _stems_of_id(index, m.entries[0])
        if any(t.known and t.sim == 1.0 and t.stem not in held for t in terms):
            return None
    event = _entry_event(index, m.entries[0])
    if event is None or event.start is None:
        return None
    named = _participant_named(index, event, stem, parsed.lang)
    if named is None:
        return None
    if asked:
        return replace(m, signed_confirmed=named)
    return replace(m, signed_denied=named, claim=True)


def _open_signings(index: Index) -> frozenset[str]:
    """The events one of whose facts says its list is not whole (text.OPEN_LIST_PHRASES),
    computed once per index (Index.open_signings): a summit whose memoranda "covered, among
    other things, ..." has no record that can say a thing was not signed there."""
    if index.open_signings is None:
        opened: set[str] = set()
        for fact in index.kb.facts.values():
            texts = (fact.statement, fact.answer, fact.answer_ru or "")
            if fact.event and any(p in t.lower() for t in texts for p in T.OPEN_LIST_PHRASES):
                opened.add(fact.event)
        index.open_signings = frozenset(opened)
    return index.open_signings


def unlisted_signing(index: Index, parsed: Parsed) -> Match | None:
    """The record of what was signed at a summit, under "No: my sources list these as signed in
    Astana.", for a yes/no question that puts something the base does not hold as signed or
    agreed there ("is it true they signed a military alliance in Astana?", «Правда, что в
    Астане договорились о единой валюте?»); they were refused, though the record of the
    signing answers them (tuning.Q28F_UNLISTED_SIGNING). A verb of signing (text.SIGNING_VERBS,
    never a document's noun: "the treaty in Astana bans nuclear weapons" asks what a document
    holds, which no record lists) and one place are needed, and a word of the thing signed
    that the base does not know (the claim it cannot have answered otherwise). None for a
    question of words or about a person, without a record of a signing at that place (a place
    where no summit was held, a summit not yet held) or when anything else is uncertain."""
    if parsed.say or parsed.who_said or parsed.persons or parsed.unknown_name or parsed.who_is:
        return None
    if not _yes_no(parsed):
        return None
    verbs = [t for t in parsed.terms if t.known and t.word in T.SIGNING_VERBS]
    if len({t.stem for t in verbs}) != 1:
        return None
    ws = parsed.words
    first = min(i for i, w in enumerate(ws) if w in T.SIGNING_VERBS)
    if any(item_kind(w) == "document" for w in ws[:first]):
        return None  # "does the treaty signed in Astana ban ...": what a document holds
    places = place_names(index)
    placed: dict[str, Term] = {}
    for t in parsed.terms:
        stem = _place_key(index, places, t.word)
        if stem not in places or t in verbs:
            continue
        at = ws.index(t.word) if t.word in ws else -1
        after = ws[at + 1] if 0 <= at < len(ws) - 1 else ""
        if after not in T.SIGNING_VERBS and item_kind(after) == "document":
            continue  # "the astana declaration" names a document («в Астане договорились»
            # a place: the verb begins as «договор» does)
        placed.setdefault(stem, t)
    if len(placed) != 1:
        return None
    asked = next(iter(placed.values()))
    rest = [t for t in parsed.terms if t is not asked and t not in verbs]
    if not any(not t.known and len(t.word) > 2 for t in rest):
        return None  # every word known: the question is the matcher's, refused or not
    plain = replace(parsed, terms=(verbs[0], asked), say=False, who_said=False, claim=False)
    found = _match_parsed_read(index, plain)
    if found.kind != "fact" or len(found.entries) != 1 or found.claim:
        return None
    if found.wrong_place is not None or found.wrong_number is not None:
        return None
    stem = _place_key(index, places, asked.word)
    held = _stems_of_id(index, found.entries[0])
    if verbs[0].stem not in held or stem not in held or index.word_canonical("sign") not in held:
        return None  # no record of a signing at the place asked ("agreed" alone: the Spirit)
    event = _entry_event(index, found.entries[0])
    if event is None or event.start is None:
        return None  # a summit not yet held signed nothing
    if any(_YEAR_RE.fullmatch(w) and w != str(event.year) for w in ws):
        return None  # another year asked: the year checks' question, not this list
    if event.id in _open_signings(index):
        return None  # "memoranda covered, among other things, ...": no whole list to deny by
    named = _asked_name(places, asked, stem, parsed.lang)
    if T.is_cyrillic(named):
        named = named[:1].upper() + named[1:]  # «в Астане», as the user's «астане» is read
    return replace(found, unlisted_signing=named, claim=True)


#: Words that ask whose a verdict is ("who criticised", «кто раскритиковал», «чья идея»).
_VERDICT_WHO = frozenset("who whom whose which кто чья чей чьё чье чьи kto".split())


def verdict_turned(index: Index, parsed: Parsed) -> Match | None:
    """The record a refused question finds with its words of a verdict turned to their
    opposites (claims.OPPOSITES: "failure" → "success", "criticise" → "praise"), when that
    record holds every turned word: "is the summit a success or a failure?", "did any of the
    experts criticise the summit or call it a failure" ask how it was received, which the
    reception record says (tuning.Q25F_VERDICT_OPPOSITE). Shown as it is, with no "yes" or
    "no": the base cannot say nobody criticised it. Never for someone's words (a verdict put
    to a speaker is a claim: claims.opposite_said)."""
    if parsed.say or parsed.who_said or parsed.claim or parsed.persons or parsed.unknown_name:
        return None
    if not _VERDICT_WHO.isdisjoint(parsed.words):
        return None  # «кто раскритиковал Китай», «чья это идея»: someone's words asked
    if not (is_yes_no(parsed.words) or parsed.yes_no_mark):
        return None  # a verdict asked yes or no ("was the summit a failure?"), no statement
    turned: list[Term] = []
    swapped: set[str] = set()
    for t in parsed.terms:
        if t.known and t.sim == 1.0:
            turned.append(t)
            continue
        other = next(
            (o for w in opposite_words(t.word) if (o := index.term(w)).known and o.sim == 1.0),
            None,
        )
        if other is None:
            return None  # «чья это идея что саммит провал»: an idea asked, no verdict only
        swapped.add(other.stem)
        if other.stem not in {u.stem for u in turned}:
            turned.append(other)
    if not swapped:
        return None
    m = _match_parsed_read(index, replace(parsed, terms=tuple(turned)))
    if m.kind not in ("fact", "event") or len(m.entries) != 1 or m.vetoed:
        return None
    pos = index.by_id.get(m.entries[0])
    if pos is None or not swapped <= index.entry_stems[pos]:
        return None
    # Every other word the base knows is the record's too ("was the treaty a failure?" is no
    # question of the summit's reception); "call it a failure" only names the verdict.
    held = index.entry_stems[pos]
    if any(
        t.known and t.sim == 1.0 and t.stem not in held for t in turned if t.word not in _CALLING
    ):
        return None
    return m


def absent_denied(index: Index, parsed: Parsed, m: Match) -> Match:
    """The answer to "why did turkmenistan skip the astana summit" with its lead: the country
    the question says stayed away (intent.absent_country) is among the participants the
    entry's summit lists, and that summit is the one the question names, if it names one
    (tuning.Q24M_ABSENT_PARTY); ``m`` unchanged otherwise."""
    stem = absent_country(index, parsed.words) or parsed.absent_party
    if not stem:
        return m
    event = _entry_event(index, m.entries[0])
    if event is None or event.start is None:
        return m
    marked = summits_marked(index, {index.word_canonical(w) for w in parsed.words})
    if marked and event.id not in marked:
        return m
    named = _participant_named(index, event, stem, parsed.lang)
    return replace(m, absent_denied=named) if named is not None else m


#: Words that put what is asked in the past ("what did they sign", "was it", «подписали»).
_PAST_WORDS = frozenset(
    "did was were signed held took happened attended adopted подписали подписал прошёл прошел "
    "проходил проходила был была было были состоялся принята приняли podpisali proshel "
    "prokhodil byl".split()
)
#: Words that put it in the future ("will the third summit be in astana").
_FUTURE_WORDS = frozenset("will would going planned будет пройдёт пройдет budet".split())


def _held_there_instead(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A summit not yet held, asked of in the past at the place of a held one ("what did the
    leaders sign at the third summit in astana", «Что подписали на третьем саммите в
    Астане?»): the place trap put the place right ("Not in Astana: my sources say China") and
    showed the future summit's card, which answers nothing that was done. Only a held summit
    has done anything: the record of the one held there that the question finds without the
    unheld one's marks, under a lead naming both (tuning.Q22_PAST_AT_UNHELD). None when the
    question is not in the past, or the place names no one held summit."""
    unheld = index.kb.events.get(m.entries[0]) if m.entries else None
    ws = set(parsed.words)
    if unheld is None or unheld.start is not None or ws.isdisjoint(_PAST_WORDS):
        return None
    if not ws.isdisjoint(_FUTURE_WORDS):
        return None
    premise = _premise(index, parsed)
    if premise is None:
        return None
    _, asked_stem, places = premise
    held = [e for e in _events_placed(index, places, asked_stem) if e.start is not None]
    if len(held) != 1:
        return None
    marks = summit_marks(index).get(unheld.id, frozenset())
    rest = tuple(t for t in parsed.terms if not (t.known and t.stem in marks))
    record = _summit_record(index, parsed, rest, held[0].id)
    entry = record.id if record is not None else held[0].id
    kind: MatchKind = "event" if entry == held[0].id else "fact"
    place = _shown(places, asked_stem, parsed.lang)
    place = _ru_after_in(place) if parsed.lang == "ru" else place
    return Match(
        kind,
        (entry,),
        max(m.score, K.ANSWER_THRESHOLD),
        lang=parsed.lang,
        claim=_yes_no(parsed),
        held_instead=(held[0].id, unheld.id, place),
    )


def _match_parsed_read(index: Index, parsed: Parsed, *, one_read: bool = True) -> Match:
    if K.Q16_ORDINAL_ONE and one_read:
        # "The second one was in tashkent?": "one" after a summit's mark is no number 1 (the
        # first summit's mark); read without it, then, when refused so, as "summit".
        dropped = _one_as_summit(index, parsed, with_summit=False)
        if dropped is not parsed:
            m = match_parsed(index, dropped, one_read=False)
            if m.answered:
                return m
            found = match_parsed(index, _one_as_summit(index, parsed), one_read=False)
            return found if found.answered else m
    parsed = _reread_speaker(index, parsed)
    if K.Q30F_SUMMIT_LIST:
        listed = summit_list_checked(index, parsed)
        if listed is not None:
            return listed
    if K.Q30F_FIRST_IN_REGION_NAMED:
        ranked_first = first_in_region_checked(index, parsed)
        if ranked_first is not None:
            return ranked_first
    titled = _title_claim_read(index, parsed) if K.Q20_TITLE_CLAIM and one_read else None
    if titled is not None:
        # "the minister said 143 projects, right?": read as put to the one quoted minister, it
        # answers only when his words put a figure right (tuning.Q20_TITLE_CLAIM); a claim of
        # other words keeps its reading (who said them), no one named who was not.
        read = match_parsed(index, titled, one_read=False)
        quote = index.kb.quotes.get(read.entries[0]) if read.answered and read.entries else None
        if (
            read.kind == "quote"
            and read.wrong_number is not None
            and quote is not None
            and quote.speaker == titled.persons[0]
        ):
            return read
    if K.WORD_SENSES:
        parsed = sense_read(index, parsed)
    if K.Q17_MECHANISM_FOUNDED:
        parsed = founding_read(index, parsed)
    if K.Q17_SIGNED_IN_COUNTRY:
        parsed = signing_read(index, parsed)
    if K.Q17_CAPITAL_OF_COUNTRY:
        parsed = capital_read(index, parsed)
    if K.Q17_HOST_SENSE:
        parsed = host_sense_read(index, parsed)
    if K.Q19_SUMMIT_IN_PLACE:
        parsed = summit_in_place_read(index, parsed)
    parsed = place_kind_dropped(parsed)
    if K.Q16_CAPITAL_TOPIC_AS_STATE and parsed.who_said and not parsed.persons:
        parsed = _capitals_as_states(index, parsed)
    if K.Q19_SPEAKER_DETAIL and (detail := speaker_detail(index, parsed)):
        # "Kyrgyz political scientist Safarov said ... — right?": his words are read without
        # the description, which the lead puts right (tuning.Q19_SPEAKER_DETAIL).
        described, without = detail
        read = match_parsed(index, without, one_read=one_read)
        if read.answered and read.kind == "quote" and read.wrong_number is None:
            quote = index.kb.quotes.get(read.entries[0]) if read.entries else None
            if quote is not None and quote.speaker == parsed.persons[0]:
                return replace(read, wrong_role=described)
    if K.Q19_REPRESENTED_TRAP and (represented := represented_checked(index, parsed)):
        # "Kyrgyzstan was represented by Jeenbekov in Astana?": the leaders' list, "No: not
        # Sooronbay Jeenbekov: my sources say Sadyr Japarov." (tuning.Q19_REPRESENTED_TRAP).
        return represented
    if K.Q19_PROPOSER_TRAP and (proposer := proposer_checked(index, parsed)):
        # "Tokayev put forward the China-Central Asia Spirit, didn't he?": "No: not
        # Kassym-Jomart Tokayev: my sources say Xi Jinping." (tuning.Q19_PROPOSER_TRAP).
        return proposer
    m = _match_parsed(index, parsed)
    if K.Q26P_COUNTRY_IN_ROLE and not parsed.persons and not parsed.described_as:
        m = _role_country_put_right(index, parsed, m)
    if K.Q26_OFFICE_QUALIFIER and parsed.who_is and parsed.lang == "en":
        m = _office_qualifier_put_right(index, parsed, m)
    if K.Q28F_OTHER_OFFICE and m.kind == "person" and m.wrong_office is None:
        m = _other_office_put_right(index, parsed, m)
    if (
        K.Q28_COUNTRY_TITLE_PUT_RIGHT
        and m.kind == "quote"
        and m.wrong_office is None
        and not parsed.persons
        and (title := _country_title_before_saying(index, parsed.words))
    ):
        # "the turkmen expert who said the treaty points the way forward": Safarov's words,
        # with no word that he is Tajik (tuning.Q28_COUNTRY_TITLE_PUT_RIGHT).
        m = _title_country_put_right(index, parsed, m, title) or m
    plain_refusal = m.kind == "none" and not m.vetoed and not m.veto
    if K.Q16_CAPITAL_TOPIC_AS_STATE and (m.kind in ("ambiguous", "vague") or plain_refusal):
        # A capital read as its state (intent._capitals_as_states) is kept only when that
        # reading answers: "who said working with beijing comes first for the region" tied
        # two speakers on "working" once "beijing" was China; read as written, the lexical
        # stage refuses and the semantic stage (which reads Beijing as China too) decides. A
        # refusal with a veto (a split between two speakers' words) stands.
        written = _capitals_as_written(index, parsed)
        if written is not None:
            m = _match_parsed(index, written)
    elif K.Q16_CAPITAL_TOPIC_AS_STATE and m.answered and m.entries:
        # The state read must be one the words shown name: "someone called astana wise" found
        # Safarov's "wise", and his words name no Kazakhstan.
        states = _states_read(index, parsed)
        quote = index.kb.quotes.get(m.entries[0])
        if states and quote is not None and not states <= _text_stems(index, quote):
            return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
    if K.Q13_QUOTED_OF_KIND and not parsed.persons and (m.kind == "none" or _no_ones(index, m)):
        # "Was any government official quoted or only experts?": refused, or answered with
        # the fact that officials and experts praised the summit (nobody's words). The one
        # quoted person of the kind asked answers it (quoted_of_kind).
        kind = quoted_of_kind(index, parsed)
        if kind is not None:
            person, rest = kind
            asked = replace(
                parsed, persons=(person,), terms=rest, say=True, claim=False, who_said=False
            )
            return _match_parsed(index, asked)
    if K.Q15_EXPERTS_QUOTED and not parsed.persons and (m.kind == "none" or _no_ones(index, m)):
        # "Was an expert quoted", "which experts were quoted": refused, or the reception fact
        # (nobody's words). The quoted people who hold no office of state, each with his role.
        experts = experts_quoted(index, parsed)
        if experts:
            return Match("person", experts, 1.0, lang=m.lang, quoted_kind="experts")
    if K.Q14_KIND_QUOTED_CHECKED and kind_quoted_unfit(index, parsed, m):
        # "Was a chinese official quoted?": no Chinese official is; neither the treaty's
        # official name nor the Kazakh minister's words answer it.
        return Match("none", (), m.score, (), lang=m.lang, vetoed=True)
    if K.Q14_KIND_QUOTED_CHECKED and (unquoted := kind_asked_unquoted(index, parsed, m)):
        # "Was a chinese minister quoted?": Wang Yi's card would answer "yes"; the base has
        # no quotes from him, and says so.
        return Match("unknown_person", (), 0.0, (), asked_person=unquoted, lang=m.lang)
    if K.Q12_WHICH_TITLE_SAID and m.answered and title_unfit(index, parsed, m.entries):
        # "Which minister talked about the next summit": the next summit's fact is nobody's
        # words; "which political scientist talked about the secretariat": no words of his
        # are on it. Refused; what was found is offered, under its own speaker if any.
        if K.Q28_WHICH_TITLE_COUNTRY and (put_right := _title_country_put_right(index, parsed, m)):
            return put_right
        offered = m.entries[: K.MAX_SUGGESTIONS]
        return Match("none", (), m.score, offered, lang=m.lang, vetoed=True)
    if K.PERSON_PARTY_ACT:
        m = person_party_act(index, parsed, m) or m
    if K.Q17_HOST_PERSON_CHECK and (host_checked := host_person_checked(index, parsed)):
        return host_checked
    if K.OTHER_FORMAT and other_format(index, parsed):
        return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
    if (
        K.PEOPLE_NAMED
        and m.answered
        and m.entries
        and asked_people(parsed) is not None
        and not names_people(index, m.entries[0])
    ):
        # "Which experts commented on the astana summit": only an entry giving a person by
        # name says which. Refused, and the semantic stage is not asked either (for this one
        # it found the presidents' list, which names no commentator) (tuning.PEOPLE_NAMED).
        return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
    if K.CONTENTS_VETO and m.answered and m.entries and _asks_contents(index, parsed, m):
        return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
    if K.Q19_SIGNERS_LISTED and (listed_signers := signers_listed(index, parsed, m)):
        return listed_signers
    if K.SUMMIT_HOST_CHECK and (hosted := summit_host_checked(index, parsed)) is not None:
        return hosted
    if (
        K.COMPARE_SUMMITS_ON
        and not _SAME_WORDS.isdisjoint(parsed.words)
        and (compared := summits_compared_on(index, parsed)) is not None
    ):
        return compared  # ("difference between …" is comparison()'s)
    if K.COMPARISON_BOTH and m.kind == "none" and not m.vetoed:
        m = comparison(index, parsed) or m
    if K.FIRST_ALTERNATIVE and m.kind == "none" and not m.vetoed:
        m = first_alternative(index, parsed) or m
    if K.SEVERAL_ASKED and m.kind == "none" and not m.vetoed:
        m = several_asked(index, parsed) or m
    elif K.LISTED_ITEMS and parsed.listed and m.kind in ("fact", "event") and not m.vetoed:
        # A list's whole read as one question found one item's record ("first summit,
        # secretariat launch, second summit, next summit — dates?" got the secretariat's):
        # every item's, when each is answered (tuning.LISTED_ITEMS).
        listed = several_asked(index, parsed)
        if listed is not None and len(listed.entries) > len(m.entries):
            m = listed
    if (
        K.Q16_DURATION_OF_NAMED
        and m.kind in ("none", "fact", "event")
        and not m.vetoed
        and _asks_duration(parsed.words)
        and (lasting := host_of_named(index, parsed, m)) is not None
    ):
        # "How long did the first summit last", "was the xian summit over two days": the
        # summit told without the duration's words ("two" of "two days" is no second summit,
        # "last" no last summit), whatever the search found with them.
        if K.Q17_DURATION_CLAIM:
            return days_checked(index, parsed, lasting)
        return lasting
    if K.Q21_RECORD_DATE and m.kind in ("fact", "none") and not m.vetoed:
        checked = record_date_trap(index, parsed, m)
        if checked is not None:
            return checked
    if K.YEAR_TRAP and not m.vetoed:
        checked = year_trap(index, parsed, m)
        if checked is not None:
            return checked
    if K.Q17_DOCUMENT_SUMMIT and not m.vetoed:
        checked = document_summit_trap(index, parsed, m)
        if checked is not None:
            return checked
    if K.Q17_FACT_YEAR_TRAP and not m.vetoed:
        m = fact_year_trap(index, parsed, m) or m
    if K.Q17_MONTH_TRAP and not m.vetoed and m.wrong_place is None:
        checked = month_trap(index, parsed, m)
        if checked is not None:
            return checked
    if K.Q19_WEEKDAY_TRAP and not m.vetoed and m.wrong_place is None and m.wrong_number is None:
        checked = weekday_trap(index, parsed, m)
        if checked is not None:
            return checked
    if K.Q14_ROLE_ORIGIN and not parsed.persons and m.kind in ("none", "fact", "event"):
        origin = role_origin(index, parsed, m)
        if origin is not None:
            return origin
    if K.Q16_YEAR_NOT_PLANNED and m.kind in ("none", "fact", "event") and not m.vetoed:
        planned = year_not_planned(index, parsed, m)
        if planned is not None:
            return planned
    if K.NO_SUCH_SUMMIT and m.kind in ("fact", "event") and _summit_never_held(index, parsed, m):
        return Match("none", (), m.score, m.entries, lang=m.lang)
    if K.REGION_ASKED and m.kind in ("fact", "event"):
        region = region_record(index, parsed, m)
        if region is not m:
            return region
    if K.SUMMIT_IN_PLACE and m.kind == "event" and not _yes_no(parsed):
        m = summit_in_place(index, parsed, m)
        if K.SUMMIT_PLACE_PREMISE and m.kind == "event":
            # "When was the second summit in china": the card of the summit named, and its
            # place put right ("Not in China: my sources say Astana."), as for "is it true".
            return place_checked(index, parsed, m, claim=False)
    if K.Q15_HOST_OF_NAMED_READ and m.kind == "none" and not m.vetoed:
        m = host_of_named(index, parsed, m) or m
    elif (
        K.Q16_HOST_BY_MARK
        and m.kind in ("fact", "event")
        and m.entries
        and not m.vetoed
        and _named_summit(index, parsed) is None
    ):
        # «Кто был хозяином в 2023 году» got the fact that Tokayev hosted the Astana summit
        # (2025): the host of the summit the year names, not another summit's. With the word
        # "summit" ("who was the host of the 2025 summit") NAMED_SUMMIT_RECORDS keeps to it.
        named = host_of_named(index, parsed, m)
        if named is not None and _event_of(index, m.entries[0]) != named.entries[0]:
            m = named
    if (
        K.Q16_HOST_FACT_NAMES_HOST
        and m.kind == "fact"
        and m.entries
        and not m.vetoed
        and not _HOSTING.isdisjoint(parsed.words)
        and (event := _event_of(index, m.entries[0])) is not None
        and not _names_host(index, m.entries[0], event)
    ):
        # "Who hosted in xian" got the fact that Kazakhstan, at the Xi'an summit, offered to
        # host the next one: it names no China, and read as the answer made Kazakhstan the host.
        # (A question naming another summit is left to the records of that one.)
        card = host_of_named(index, parsed, m)
        if card is not None and card.entries[0] == event:
            m = card
    if K.Q16_SUMMIT_CITY_ASKED and m.kind in ("none", "fact", "event") and not m.vetoed:
        # "What country is astana in" got the list of the countries taking part.
        m = summit_city_card(index, parsed, m) or m
    if K.Q16_FIGURE_ASKED_BACK and m.kind == "none" and not m.vetoed:
        m = figure_asked_back(index, parsed, m) or m
    if K.Q16_SUMMITS_OVERVIEW and m.kind in ("none", "vague", "fact", "event") and not m.vetoed:
        m = summits_overview(index, parsed, m) or m
    if K.NAMED_SUMMIT_RECORDS and m.kind in ("fact", "event") and len(m.entries) == 1:
        was = m.kind
        m = named_summit_record(index, parsed, m)
        if (
            K.Q14_NAMED_SUMMIT_ELSEWHERE
            and was == "fact"
            and m.kind == "event"
            and not _yes_no(parsed)
        ):
            # "When was the second summit in xian": the card, its place put right.
            m = place_checked(index, parsed, m, claim=False)
    if K.ROLE_TRAP and m.kind in ("none", "person") and len(parsed.persons) == 1:
        m = role_trap(index, parsed, m) or m
    if K.NUMBER_TRAP and m.kind == "none" and not m.vetoed:
        m = number_trap(index, parsed) or m
    if K.US_NOT_A_PARTY and m.kind in ("none", "fact", "event") and not m.vetoed:
        m = us_not_a_party(index, parsed, m) or m
    if K.Q17_WHICH_KIND_NAMED and m.kind == "none" and not m.vetoed:
        m = which_kind_named(index, parsed) or m
    if K.Q23_DOCUMENT_MISNAMED and m.kind == "none" and not m.vetoed:
        m = document_misnamed(index, parsed) or m
    if K.PLACE_TRAP and m.kind == "none" and not m.vetoed:
        trapped = None
        if K.Q14_CITY_IN_OTHER_COUNTRY and K.YEAR_PLACE_TRAP:
            # A wrong year and a city now ruled out ("the third summit in tashkent in 2026"):
            # both corrected, not the place alone.
            trapped = year_place_trap(index, parsed, m)
        trapped = trapped or place_trap(index, parsed)
        if trapped is None and K.YEAR_PLACE_TRAP:
            trapped = year_place_trap(index, parsed, m)
        if K.Q15_FIRST_IN_PLACE_BOTH and trapped is not None and trapped.kind == "event":
            # "When was the first summit in astana": the first summit's card, and the first
            # one held in Astana, not a correction that guesses the first reading.
            trapped = _first_held_there(index, parsed, trapped) or trapped
        return trapped or m
    if K.PLACE_TRAP_YES_NO and m.kind in ("fact", "event") and _yes_no(parsed):
        m = place_checked(index, parsed, m)
    if m.mispaired:
        pass  # the fact states the pairing the claim changed (Q19Q_MISPAIRED_FACT)
    elif K.NUMBER_TRAP and m.kind == "fact" and m.wrong_place is None:
        m = number_checked(index, parsed, m)
    if K.EVENT_NUMBER_TRAP and m.kind in ("fact", "event") and not m.mispaired:
        m = event_number_checked(index, parsed, m)
    if K.COUNT_NOT_STATED and m.kind == "fact" and not m.mispaired:
        m = count_not_stated(index, parsed, m)
    if K.WHO_GUESS and parsed.guessed is not None:
        m = guess_checked(index, parsed, m)
    if K.Q16_SUM_NEEDS_MONEY and m.kind in ("fact", "event") and sum_unstated(index, parsed, m):
        return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
    costly = K.Q16_COST_NEEDS_COST and m.kind in ("fact", "event", "quote")
    if costly and cost_unstated(index, parsed, m):
        return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
    if K.Q25F_PRICE_ALONE and m.entries and price_alone(index, parsed):
        # "how much is a dollar?", «сколько стоит доллар?», "how much does it cost?": a rate
        # or a price of nothing named; the $22bn fact read as its answer (tuning.Q25F_...).
        return Match("none", (), 0.0, (), lang=m.lang, vetoed=True)
    return m


def price_alone(index: Index, parsed: Parsed) -> bool:
    """Whether a question asks an amount ("how much", «сколько») and names nothing but money
    or a price: every term is a word of worth or of money (the synonym groups of "worth" and
    "dollar", knowledge/*.yaml). Such a question asks an exchange rate or the price of
    something unnamed; any record of a sum would read as the answer (tuning.Q25F_PRICE_ALONE).
    A thing named beside it ("how much are the 133 projects worth") keeps its answer."""
    if not parsed.terms or COUNT_WORDS.isdisjoint(parsed.words):
        return False
    money = {index.term("worth").stem, index.term("dollar").stem}
    ws = parsed.words
    if any(
        w in ("in", "в") and any(index.term(v).stem in money for v in ws[i + 1 : i + 3])
        for i, w in enumerate(ws)
    ):
        return False  # "how much is it in US dollars": an amount told before, converted
    return all(t.stem in money for t in parsed.terms)


def _former_asked_now(index: Index, parsed: Parsed, m: Match) -> bool:
    """Whether a question asks who holds an office now (intent.asks_now, without a name) and
    every card found is of a former holder (tuning.Q16_NOW_IS_CURRENT)."""
    if parsed.persons or not asks_now(parsed.words) or not m.entries:
        return False
    former = {index.word_canonical(w) for w in FORMER_WORDS}
    return all(not former.isdisjoint(index.person_stems.get(p, ())) for p in m.entries)


#: Words that ask what something cost or what was spent ("how much did the astana summit
#: cost", «сколько стоил саммит»), and that a record answering must use (tuning.
#: Q16_COST_NEEDS_COST). General language; matched as word beginnings.
_COST_WORDS = (
    "cost", "spent", "spend", "expens", "budget", "price", "paid", "pay for",
    "стоил", "стоим", "потрат", "обош", "бюджет", "расход", "stoil", "stoim", "potrat",
)  # fmt: skip


#: Words naming the summit as what cost something ("how much did the summit cost").
_SUMMIT_WORDS = frozenset(
    "summit summits meeting event саммит саммита саммиту саммитом саммите встреча sammit".split()
)


def cost_unstated(index: Index, parsed: Parsed, m: Match) -> bool:
    """Whether a question asks what a summit cost and is answered with a record that says
    nothing of a cost: "how much did the astana summit cost" got Nagaspayev's words on projects
    worth 35 billion dollars, a sum of something else (tuning.Q16_COST_NEEDS_COST). The record
    is offered instead."""
    ws = parsed.words
    if not m.entries or not any(w.startswith(_COST_WORDS) for w in ws):
        return False
    if _SUMMIT_WORDS.isdisjoint(ws):
        return False  # "the total cost of the joint projects": their worth answers it
    rec = index.kb.record(m.entries[0])
    text = " ".join(
        str(getattr(rec, a, None) or "") for a in ("text", "statement", "answer", "answer_ru")
    ).lower()
    return not any(re.search(rf"\b{re.escape(c)}", text) for c in _COST_WORDS)


#: Words that link taking turns or choosing to what it goes by ("rotate *by* population",
#: «чередуются *по* численности», "chosen *according to* size", "*based on* GDP").
_CRITERION_LINKS = frozenset("by according based по po".split())
#: Words that may stand between the link and the criterion ("by the size of", "according to",
#: "based on", "in order of").
_CRITERION_GLUE = frozenset("to on the their its of in order a an".split())
#: How many unknown words a criterion may take ("population size", «численности населения»).
_CRITERION_WORDS = 3


def _qualifiers_dropped(parsed: Parsed) -> Parsed:
    """The parse without the words that bound or round a figure right before it ("about 50",
    «около 50», "roughly 130", «свыше 200», "nearly 150"): they say how the figure is meant,
    which the figure checks read from the words (claims.figures_unsaid), and are no topic. As
    unknown words they refused "were around 50 outcomes reached in astana?" and «Ван И
    сказал, что в Астане около 50 результатов сотрудничества?», which "about 50" (a stop word)
    put right (tuning.Q30F_FIGURE_QUALIFIER). Not elsewhere: "below" or "over" before no
    figure stays a word."""
    ws = parsed.words
    drop = {w for i, w in enumerate(ws) if w in FIGURE_QUALIFIERS and _qualifies(ws, i)}
    if not drop or any(w in drop for i, w in enumerate(ws) if not _qualifies(ws, i)):
        return parsed
    kept = tuple(t for t in parsed.terms if t.word not in drop)
    return replace(parsed, terms=kept) if kept and len(kept) < len(parsed.terms) else parsed


def _qualifies(ws: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` stands right before a figure."""
    return i + 1 < len(ws) and (ws[i + 1].isdigit() or N.is_number_word(ws[i + 1]))


#: The forms of "make", a verb that carries what it makes ("make the summit annual", "made
#: the summits regular") (tuning.Q30F_MAKE_NO_TOPIC).
_MAKE = frozenset("make makes made making".split())


def _make_dropped(parsed: Parsed) -> Parsed:
    """The parse without "make" in a yes/no question about no one whose every other word the
    base knows: "did the Xi'an Declaration make the summit annual?" asks whether the summits
    are annual, which the record of how often they are held says; "make", a word of no record,
    halved the match and let the Xi'an Declaration's record answer (tuning.
    Q30F_MAKE_NO_TOPIC). A question with another unknown word ("did they make a gas deal in
    astana") keeps it, and stays as it was."""
    if parsed.persons or parsed.who_said or parsed.say or parsed.unknown_name:
        return parsed
    if _MAKE.isdisjoint(parsed.words) or not _yes_no(parsed):
        return parsed
    kept = tuple(t for t in parsed.terms if t.word not in _MAKE)
    if not kept or len(kept) == len(parsed.terms) or any(not t.known for t in kept):
        return parsed
    return replace(parsed, terms=kept)


def _criterion_dropped(index: Index, parsed: Parsed) -> Parsed:
    """The parse without the words of what a rotation or a choice is said to go by, when no
    record knows them: "do the Central Asian hosts rotate by population size?", «Хозяева
    саммитов из ЦА чередуются по численности населения?», "is the host chosen by GDP?". The
    record of how hosts take turns states what they go by (the alphabet), which settles the
    claim; as unknown words the criterion refused the question (tuning.Q30F_ORDER_CRITERION).
    Only words right after the link go, and only unknown ones: the rest of the question (a
    body the base does not know, "do BRICS hosts rotate by population") still weighs."""
    if parsed.persons or parsed.who_said or parsed.say or parsed.unknown_name:
        return parsed
    turns = {index.word_canonical("rotate"), index.word_canonical("chosen")}
    ws = parsed.words
    by_word = {t.word: t for t in parsed.terms}
    drop: set[str] = set()
    for i, w in enumerate(ws[:-1]):
        if index.word_canonical(w) not in turns or ws[i + 1] not in _CRITERION_LINKS:
            continue
        taken = 0
        for x in ws[i + 2 :]:
            if x in _CRITERION_GLUE:
                continue
            t = by_word.get(x)
            if t is None or t.known or taken == _CRITERION_WORDS:
                break
            if x in ACRONYMS or x in LATIN_ACRONYMS or is_proper_noun(x):
                break  # "is the host chosen by the SCO?": a body, not a criterion (review)
            drop.add(x)
            taken += 1
    if not drop:
        return parsed
    kept = tuple(t for t in parsed.terms if t.word not in drop)
    return replace(parsed, terms=kept) if kept else parsed


def _number_one_dropped(parsed: Parsed) -> Parsed:
    """The parse without the words of "number one" / «номер один» next to a word of priority
    ("priority number one" is a top priority: tuning.NUMBER_ONE_PRIORITY)."""
    ws = parsed.words
    inside = T.function_phrase_words(ws, T.NUMBER_ONE_PHRASES)
    if not inside:
        return parsed
    near = {j for i in inside for j in (i - 1, i + 1) if 0 <= j < len(ws) and j not in inside}
    if not any(ws[j].startswith(T.PRIORITY_STEMS) for j in near):
        return parsed
    drop = {ws[i] for i in inside} - {w for i, w in enumerate(ws) if i not in inside}
    kept = tuple(t for t in parsed.terms if t.word not in drop)
    return replace(parsed, terms=kept) if len(kept) < len(parsed.terms) else parsed


def _first_place_read(index: Index, parsed: Parsed) -> Parsed:
    """The parse with an idiom of ranking first («на первом месте», "at the top of":
    text.FIRST_PLACE_PHRASES) read as the word "priority" instead of its own words ("первом"
    was the number 1, "top" and "place" topics) (tuning.FIRST_PLACE_IS_PRIORITY)."""
    ws = parsed.words
    inside = T.function_phrase_words(ws, T.FIRST_PLACE_PHRASES)
    if not inside or any(w.startswith(T.PRIORITY_STEMS) for w in ws):
        return parsed
    drop = {ws[i] for i in inside} - {w for i, w in enumerate(ws) if i not in inside}
    priority = index.term("priority")
    kept = tuple(t for t in parsed.terms if t.word not in drop)
    if not priority.known or priority.stem in {t.stem for t in kept}:
        return parsed
    return replace(parsed, terms=(*kept, priority))


#: Words before a party that make it no subject ("cooperation *with* china is ...").
_PARTY_AFTER = frozenset("with of for to from by in on about between among".split())
#: Kinds of answer that show someone's words (tuning.Q25F_PARTNER_OF_WHOM).
_WORDS_SHOWN = frozenset({"quote", "quotes", "correction"})
#: Copulas a ranked partner follows ("central asia *is* china's number one partner").
_PARTNER_COPULAS = frozenset("is are was were becomes became".split())
#: What is ranked first: a partner, or a priority ("central asia is china's top priority").
_PARTNER_RANKED = T.PARTNER_WORDS | frozenset({"priority", "priorities"})


def partner_of_whom(index: Index, parsed: Parsed) -> bool:
    """Whether a claim says "<X> is <Y>'s <rank> partner" (or priority) of two parties: the
    possessor ranks, the subject is ranked (tuning.Q25F_PARTNER_OF_WHOM). The possessive's
    "'s" is gone from the words, and "central asia is china's number one partner" (China ranks
    Central Asia) read as Osmonaliyev's words (Central Asia ranks China: "placing cooperation
    with China as a top priority"). Who ranks whom is then what the words must say, which the
    word order cannot check: such a claim is refused, never credited."""
    ws = parsed.words
    for i in range(1, len(ws) - 1):
        if ws[i] not in T.RANKED_PARTNER_WORDS or ws[i + 1] not in _PARTNER_RANKED:
            continue
        k = next((j for j in range(i - 1, -1, -1) if ws[j] in _PARTNER_COPULAS), None)
        if k is None:
            return False
        possessor = list(ws[k + 1 : i])
        start = max((j + 1 for j in range(k) if T.is_stop_word(ws[j])), default=0)
        subject = list(ws[start:k])
        if not possessor or not subject:
            return False  # "... is its number one partner", "... is the top partner"
        if start and ws[start - 1] in _PARTY_AFTER:
            return False  # "cooperation *with* china is central asia's top priority"
        return names_parties(index, possessor) and names_parties(index, subject)
    return False


def _ranked_partner_read(index: Index, parsed: Parsed) -> Parsed:
    """The parse with "partner" after a word of first rank ("top partner", "priority partner"
    of "number one partner": text.RANKED_PARTNER_WORDS) read as "priority"
    (tuning.Q23Q_NUMBER_ONE_PARTNER)."""
    ws = parsed.words
    ranked = {
        ws[i + 1]
        for i in range(len(ws) - 1)
        if ws[i] in T.RANKED_PARTNER_WORDS and ws[i + 1] in T.PARTNER_WORDS
    }
    if K.Q24SEM_PARTNER_RANKED_AFTER:
        # "partner number one" (read "partner priority" by then): the rank after the partner
        # is the same rank (tuning.Q24SEM_PARTNER_RANKED_AFTER).
        ranked |= {
            ws[i]
            for i in range(len(ws) - 1)
            if ws[i] in T.PARTNER_WORDS and ws[i + 1] in T.RANKED_PARTNER_WORDS
        }
    if not ranked or any(w in T.PARTNER_WORDS and w not in ranked for w in ws):
        return parsed
    priority = index.term("priority")
    if not priority.known:
        return parsed
    kept = tuple(t for t in parsed.terms if t.word not in ranked)
    if priority.stem not in {t.stem for t in kept}:
        kept = (*kept, priority)
    return replace(parsed, terms=kept)


def _aspect_dropped(index: Index, parsed: Parsed) -> Parsed:
    """The parse without its adverbs of aspect ("already", «уже»: text.ASPECT_ADVERBS) unless an
    entry holds one together with another of the question's known words
    (tuning.ALREADY_IS_NO_TOPIC).

    «сколько уже было саммитов и где?»: "already" says by when, not about what, and alone it
    matched the "already implemented" of Nagaspayev's figures. Beside a word of the same entry
    ("how many projects have already been implemented") it still tells the projects done from
    the projects under way, so it is kept there.
    """
    aspect = [t for t in parsed.terms if t.word in T.ASPECT_ADVERBS]
    others = {t.stem for t in parsed.terms if t.known and t.word not in T.ASPECT_ADVERBS}
    if not aspect or not others:
        return parsed
    # Phrase by phrase (a sample question or a sentence), not entry by entry: Nagaspayev's
    # quote holds "summit" in a sample question and "already" in his words.
    for t in aspect:
        for p in index.postings.get(t.stem, ()) if t.known else ():
            if others & index.phrases[int(p)].stems:
                return parsed
    # A word no entry holds ("still", "yet") counted as off-topic: it is dropped as well.
    kept = tuple(t for t in parsed.terms if t.word not in T.ASPECT_ADVERBS)
    return replace(parsed, terms=kept)


def _title_claim_read(index: Index, parsed: Parsed) -> Parsed | None:
    """A claim put to a bare title ("the minister said 143 projects, right?", «Министр сказал
    про 133 проекта на 25 миллиардов долларов, так?») read as put to the one quoted person
    the title fits, as "the kazakh minister said ..." is (tuning.Q20_TITLE_CLAIM): read as
    "who said these words", the wrong figure found no words and it was refused. Only a
    question opening with the title (and an article) right before a verb of saying, and a
    title that fits exactly one person with quotes (_title_holder), and a figure in the claim:
    the caller answers so only when his words put it right. None otherwise."""
    ws = parsed.words
    if not (parsed.claim and parsed.who_said) or parsed.persons or parsed.unknown_name:
        return None
    if not any(w.isdigit() for w in ws):
        return None  # no figure to put right
    start = 1 if ws and ws[0] in ("the", "a", "our") else 0
    verb = next((i for i in range(start, len(ws)) if T.is_say_word(ws[i])), None)
    if verb is None or not 1 <= verb - start <= 2:
        return None
    slot = ws[start:verb]
    if not any(w in TITLES and w not in _VAGUE_SPEAKER_NOUNS for w in slot):
        return None  # "the expert": several people are experts
    holder = _title_holder(index, replace(parsed, say=True), " ".join(slot))
    if holder is None:
        return None
    terms = tuple(t for t in parsed.terms if t.word not in slot)
    return replace(parsed, persons=(holder,), terms=terms, who_said=False, say=True)


def unnamed_speaker_read(index: Index, parsed: Parsed) -> Parsed | None:
    """The parse as the lexical stage reads it when its unknown "name" names nobody ("that bit
    where someone said ...": the frame and "someone"), a question of whose words these are;
    else None (tuning.Q24SEM_UNNAMED_SLOT_SEMANTIC)."""
    if not K.Q24SEM_UNNAMED_SLOT_SEMANTIC or parsed.unknown_name is None or parsed.persons:
        return None
    read = _reread_speaker(index, parsed)
    if read.unknown_name is None and read.who_said and not read.persons:
        return read
    return None


def _reread_speaker(index: Index, parsed: Parsed) -> Parsed:
    """The parse with the speaker read again where intent's reading missed what a person would
    mean: a title with a summit's city ("the minister from astana") or a bare title
    ("дай цитату министра про горнодобычу") that fits one person of the base (tuning.
    TITLE_HOLDER), and "what was his point" as a request for the person's words (tuning.
    POINT_ASKS_WORDS)."""
    if K.FUNCTION_PHRASES:
        # "how many summits have there been so far": "so far" is no topic.
        ws = parsed.words
        inside = T.function_phrase_words(ws)
        if inside:
            drop = {ws[i] for i in inside} - {w for i, w in enumerate(ws) if i not in inside}
            kept_terms = tuple(t for t in parsed.terms if t.word not in drop)
            if len(kept_terms) < len(parsed.terms):
                parsed = replace(parsed, terms=kept_terms)
    if K.ALREADY_IS_NO_TOPIC:
        parsed = _aspect_dropped(index, parsed)
    if K.HEDGES_NO_TOPIC:
        # "Apparently the Kazakh minister said 54 projects were completed. Is that true?"
        kept_terms = tuple(t for t in parsed.terms if t.word not in T.HEDGE_ADVERBS)
        if kept_terms and len(kept_terms) < len(parsed.terms):
            parsed = replace(parsed, terms=kept_terms)
    if K.NUMBER_ONE_PRIORITY:
        parsed = _number_one_dropped(parsed)
    if K.Q30F_ORDER_CRITERION:
        parsed = _criterion_dropped(index, parsed)
    if K.Q30F_MAKE_NO_TOPIC:
        parsed = _make_dropped(parsed)
    if K.Q30F_FIGURE_QUALIFIER:
        parsed = _qualifiers_dropped(parsed)
    if K.FIRST_PLACE_IS_PRIORITY and (parsed.say or parsed.who_said or parsed.claim):
        parsed = _first_place_read(index, parsed)
    if K.Q23Q_NUMBER_ONE_PARTNER and (parsed.say or parsed.who_said or parsed.claim):
        parsed = _ranked_partner_read(index, parsed)
    framing = _someone_framed(parsed) if K.Q19_SOMEONE_FRAME_KNOWN else frozenset()
    if K.SOMEONE_IS_NO_NAME and framing:
        # "The part where someone said beijing is smart, who was it", "that moment when
        # somebody said ...": what stands before "where someone said" frames the words; as
        # a slot of words the base knows (no unknown name) it stayed a topic ("part" found
        # the participants), as an unknown one ("moment") a name corrected. The question asks
        # who said the words, as below (tuning.Q19_SOMEONE_FRAME_KNOWN).
        kept_terms = tuple(t for t in parsed.terms if t.word not in framing)
        if kept_terms:
            parsed = replace(
                parsed, terms=kept_terms, unknown_name=None, who_said=True, claim=False
            )
    if K.SOMEONE_IS_NO_NAME and parsed.unknown_name:
        slot = parsed.unknown_name.split()
        if (
            _SOMEONE.intersection(slot)
            or {"кто", "то"} <= set(slot)
            or (set(slot) <= _INDEFINITE | GENERIC_PEOPLE | T.WHO_SAID_FRAME and len(slot) > 1)
        ):
            # "listen, someone said china always respects its partners, who was it?": the
            # slot "listen someone" names nobody; the claim is unnamed, a "who said".
            parsed = replace(parsed, unknown_name=None, who_said=True, claim=False)
    if (
        K.Q25Q_ANY_REGIONAL_SPEAKER
        and parsed.unknown_name
        and _regional_nobody(index, parsed.unknown_name.split())
    ):
        # "did any Central Asian commentator say the summit proves ...": a region's commentator,
        # no one named; the claim is unnamed, a "who said" (tuning.Q25Q_ANY_REGIONAL_SPEAKER).
        parsed = replace(parsed, unknown_name=None, who_said=True, claim=False)
    if K.Q25F_FILLER_SLOT and parsed.unknown_name and not parsed.persons:
        slot = parsed.unknown_name.split()
        if all(w in _FILLER_SLOT or w in GREETINGS for w in slot):
            # "Need a quote saying the treaty shows the way forward", "yo who's the guy that
            # said ...": a request or a greeting before the words asked for names nobody; "no
            # quotes from Need", "No: that was not the yo who" answered a name never asked.
            # With "who" in the slot the question asks who said them (tuning.Q25F_FILLER_SLOT).
            asks_who = "who" in slot
            parsed = replace(
                parsed,
                unknown_name=None,
                who_said=parsed.who_said or asks_who,
                claim=parsed.claim and not asks_who,
            )
        elif slot[0] in GREETINGS and len(slot) > 1:
            # "yo ivanov said ...": the greeting is no part of the name.
            named = list(itertools.dropwhile(lambda w: w in GREETINGS, slot))
            parsed = replace(parsed, unknown_name=" ".join(named) or None)
    if K.TOPIC_SLOT and parsed.unknown_name and not parsed.persons:
        slot = [
            w
            for w in parsed.unknown_name.split()
            if not T.is_stop_word(w) and not T.is_intent_word(w)
        ]
        slot_terms = [index.term(w) for w in slot]
        if (
            slot_terms
            and all(t.known and t.sim == 1.0 for t in slot_terms)
            and not any(w in TITLES or w in GENERIC_PEOPLE or is_proper_noun(w) for w in slot)
        ):
            # "proactive role quote": the words before "quote" are the base's own and name no
            # one; they are the topic of the words asked for, not a speaker.
            known = {t.stem for t in parsed.terms}
            extra = tuple(t for t in slot_terms if t.stem not in known)
            parsed = replace(parsed, unknown_name=None, terms=parsed.terms + extra)
    told = told_by(parsed)
    if parsed.unknown_name and set(parsed.unknown_name.split()) - _MY - _OUR <= told:
        # "my teacher said someone called china wise, who?": the teacher told the user; the
        # question asks who said the words, and names no speaker.
        parsed = replace(parsed, unknown_name=None)
    if told:
        # ... nor what was said: "my colleague says the kazakh minister talked about mining"
        parsed = replace(parsed, terms=tuple(t for t in parsed.terms if t.word not in told))
    if (
        K.WORDS_NOUN_SLOT
        and parsed.say
        and not (parsed.persons or parsed.unknown_name or parsed.who_said or parsed.claim)
    ):
        described = _words_noun_slot(index, parsed)
        if described is not None:
            # "Kazakh foreign minister quote": the description before "quote" is whose words
            # are asked, not their topic ("foreign" found Osmonaliyev's "foreign policy").
            # The title rules below find its one holder; a description of nobody stays a name
            # the base does not quote.
            slot_stems = {index.term(w).stem for w in described.split()}
            terms = tuple(t for t in parsed.terms if t.stem not in slot_stems)
            parsed = replace(parsed, unknown_name=described, terms=terms)
    if (
        K.Q22M_ONE_HOLDER_OFFICE
        and not (parsed.persons or parsed.unknown_name)
        and (parsed.say or parsed.who_said or parsed.claim)
    ):
        office = _one_holder_office(index, parsed)
        if office is not None:
            # "Which former ambassador commented on the summit?", "The ambassador said 133
            # projects, right?": the office of one person of the base is the speaker slot.
            slot_stems = {index.term(w).stem for w in office.split()}
            terms = tuple(t for t in parsed.terms if t.stem not in slot_stems)
            parsed = replace(parsed, unknown_name=office, terms=terms)
    if parsed.unknown_name and K.TITLE_HOLDER:
        holder = _title_holder(index, parsed, parsed.unknown_name)
        if holder is not None:
            parsed = replace(parsed, unknown_name=None, persons=(holder,))
    if (
        parsed.unknown_name
        and K.COUNTRY_AND_VAGUE_NOUN
        and (
            parsed.say
            or parsed.who_said
            or parsed.claim
            # "who is the kyrgyz expert": who is asked, as whose words are ("what did the
            # kyrgyz expert say"), of the one person the base quotes from there
            or (K.Q26P_WHO_IS_DESCRIBED and parsed.who_is)
        )
    ):
        holder = _country_speaker(index, parsed.unknown_name)
        if holder is not None:
            described = (
                _scholar_unlike(index, parsed.unknown_name, holder, parsed.lang)
                if K.Q21_SCHOLAR_NOT_OFFICIAL and not parsed.described_as
                else ""
            )
            parsed = replace(
                parsed,
                unknown_name=None,
                persons=(holder,),
                described_as=described or parsed.described_as,
            )
    if (
        K.Q12_NATIONALITY_TAKE
        and not (parsed.say or parsed.persons or parsed.unknown_name or parsed.who_is)
        # "Did Turkmenistan take part in the summit": taking part, no one's take on it
        # (tuning.Q20_MEMBER_COUNTRY).
        and not (K.Q20_MEMBER_COUNTRY and member_country(index, parsed.words))
        and any(
            w in T.WORDS_NOUNS and index.word_canonical(b) in index.people_by_country
            for b, w in itertools.pairwise(parsed.words)
        )
    ):
        # "What's the Tajik take on the treaty", "the Kyrgyz stance on the summit": a noun of
        # someone's words after a nationality asks for the words of someone from there, as
        # "the Tajik view" (a verb of saying) does; the summit's card answered (its
        # participants have "Tajik"). POINT_ASKS_WORDS reads it so after a person's name.
        # ("Take" is also a word of "take place": neither a time nor a definition is asked.)
        nouns = {w for w in parsed.words if w in T.WORDS_NOUNS}
        rest = [w for w in parsed.words if w not in nouns]
        parsed = replace(
            parsed,
            say=True,
            define=False,
            when=parsed.when and any(w in T.WHEN_WORDS or w in T.MONTHS for w in rest),
            terms=tuple(t for t in parsed.terms if t.word not in nouns),
        )
        country = next(
            b
            for b, w in itertools.pairwise(parsed.words)
            if w in nouns and index.word_canonical(b) in index.people_by_country
        )
        holder = _country_speaker(index, country, bare=True)
        if holder is not None:
            # The one person quoted from there is whose take is asked ("the Kyrgyz stance on
            # the summit": Osmonaliyev's words, not the list of presidents).
            stem = index.term(country).stem
            terms = tuple(t for t in parsed.terms if t.stem != stem)
            parsed = replace(parsed, persons=(holder,), terms=terms)
        else:
            # Nobody, or several people, quoted from there: whose words are asked is not known.
            parsed = replace(parsed, unknown_name=country)
    if (
        K.DEMONYM_SPEAKER
        and K.COUNTRY_AND_VAGUE_NOUN
        and parsed.say
        and not (parsed.persons or parsed.unknown_name or parsed.who_said)
    ):
        # "What did the Tajik say", «что сказала киргизская сторона»: a speaker slot of the
        # country alone (the demonym is the noun), or with "side", names nobody unknown, and its
        # words were read as the topic (President Rahmon's card, the leaders' list).
        speaker_slot = say_slot(" ".join(parsed.words))
        holder = _country_speaker(index, speaker_slot, bare=True) if speaker_slot else None
        if holder is not None and speaker_slot is not None:
            stems = {index.term(w).stem for w in speaker_slot.split()}
            terms = tuple(t for t in parsed.terms if t.stem not in stems)
            parsed = replace(parsed, persons=(holder,), terms=terms)
    if (
        K.Q26P_COUNTRY_VIEW
        and parsed.say
        and not (parsed.persons or parsed.unknown_name or parsed.who_said)
    ):
        view_slot = _country_view_slot(index, parsed.words)
        holder = _country_speaker(index, view_slot, bare=True) if view_slot else None
        if holder is not None and view_slot is not None:
            # "the Kyrgyz expert's view on the summit", "the kyrgyz view on the summit": the
            # nationality before a noun of someone's view is whose view; read as the topic,
            # "kyrgyz" found the leaders' list (tuning.Q26P_COUNTRY_VIEW).
            stems = {index.term(w).stem for w in view_slot.split()}
            terms = tuple(t for t in parsed.terms if t.stem not in stems)
            parsed = replace(parsed, persons=(holder,), terms=terms)
    ws = parsed.words
    if (
        K.WHO_SAID_FRAME
        and parsed.say
        and not parsed.who_said
        and not parsed.claim
        and not parsed.persons
        and not parsed.unknown_name
        and len(ws) > 2
        and ws[0] in ("which", "what")
        and (
            ws[1] in _ONE_SPEAKER
            or (K.WHICH_ONE_SAID and ws[1] == "one")
            or (K.Q12_WHICH_TITLE_SAID and which_title_said(ws))
        )
    ):
        # "Which speaker talked about the heads of state signing the treaty": who said it.
        # ("Which experts commented on the summit" asks for several people: not this.)
        parsed = replace(parsed, who_said=True)
        title = which_title_said(ws) if K.Q12_WHICH_TITLE_SAID else ()
        if title:
            # "Which political scientist talked about the secretariat": the title says whom
            # the speaker is picked from, not what was said (his role's words found his quote).
            drop = {index.word_canonical(w) for w in title} & index.people_words
            kept = tuple(t for t in parsed.terms if t.stem not in drop)
            if kept:
                parsed = replace(parsed, terms=kept)
        if K.WHICH_ONE_SAID and ws[1] == "one":
            # "Which one talked about the treaty?" (after "it quoted two experts"): "one" is
            # the speaker asked for, not the number of a secretariat or a summit.
            parsed = replace(parsed, terms=tuple(t for t in parsed.terms if t.word != "one"))
    if (
        K.ANYONE_FROM_COUNTRY
        and not parsed.persons
        and not parsed.unknown_name
        and (parsed.say or parsed.who_said or parsed.claim)
    ):
        parsed = _anyone_from_country(index, parsed)
    who = _who_at(parsed.words) if K.Q13_WHO_HEADS else 0 if parsed.words[:1] else None
    if K.Q13_WHO_HEADS and who and parsed.words[who] in _WHO_WORDS:
        # "The person who said China is wise", "that guy who called …": the head of the
        # clause is the speaker asked for, not a word the answer must hold ("person", a word
        # the base does not use, refused it).
        heads = set(parsed.words[:who])
        parsed = replace(parsed, terms=tuple(t for t in parsed.terms if t.word not in heads))
    if (
        K.WHO_CALLED_SAID
        and not parsed.who_said
        and not parsed.persons
        and not parsed.unknown_name
        and who is not None
        and parsed.words[who] in _WHO_WORDS
        and _CALLING.intersection(parsed.words)
        and not _BE_WORDS.intersection(parsed.words[who + 1 : who + 2])
    ):
        # "Who called China wise", «кто из экспертов назвал сотрудничество с Китаем главным
        # приоритетом»: calling something something is saying it; "called" was a content word
        # (the treaty's name "is called") and the question found a fact. The verb stays a
        # word of the question: sample questions use it («кто назвал саммит …»).
        parsed = replace(parsed, who_said=True, say=True)
    if K.WHO_SAID_FRAME and parsed.who_said and not parsed.persons and not parsed.unknown_name:
        # "кто из экспертов в статье говорил, что ЦА стала самостоятельнее": whom the speaker
        # is picked from and where the user read it, not the words; Osmonaliyev's quote lacks
        # "expert", and the question was refused.
        frame = {index.word_canonical(w) for w in T.WHO_SAID_FRAME}
        kept = tuple(t for t in parsed.terms if t.stem not in frame and t.word not in frame)
        if kept and len(kept) < len(parsed.terms):
            parsed = replace(parsed, terms=kept)
    if K.NAMING_ASKS_WORDS and parsed.persons and not parsed.say and not parsed.who_is:
        ws = parsed.words
        naming = {w for w in ws if w in T.NAMING_VERBS_RU}
        if {"did", "does", "do"} & set(ws):
            naming |= {w for w in ws if w in T.NAMING_VERBS_EN}
        stated = K.CALLING_CLAIMS and not naming and _calling_statement(index, parsed)
        if stated:
            # "Osmonaliyev called China prudent", "… praised China as prudent": words credited
            # to him in a statement, a claim as "X said W" is; his card read as a yes.
            naming |= {w for w in ws if _states(w)}
        if naming:
            stems = {index.term(w).stem for w in naming}
            terms = tuple(t for t in parsed.terms if t.stem not in stems)
            parsed = replace(parsed, say=True, terms=terms, claim=parsed.claim or stated)
    if (
        K.WAS_THAT_X_CLAIMS
        and len(parsed.persons) == 1
        and not parsed.claim
        and _guessed_speaker(index, parsed, parsed.persons[0])
    ):
        # "The region is taking a proactive role, was that Safarov?": the words are put to
        # him, as "did Safarov say ...?" puts them; "role" had made it "who is Safarov".
        parsed = replace(parsed, claim=True, say=True, who_is=False, who_said=False)
    if K.ROLE_EXTRA_OFFICE and len(parsed.persons) == 1 and (parsed.say or parsed.who_said):
        office_slot = _office_not_held(index, parsed, parsed.persons[0])
        if office_slot is not None:
            # "What did the Kazakh minister of foreign affairs say": "Kazakh minister" fits
            # Nagaspayev, "foreign affairs" is no office of his; the speaker asked for is
            # someone the base does not quote.
            parsed = replace(parsed, persons=(), unknown_name=office_slot)
    if (
        K.DESCRIBING_ASKS_WORDS
        and parsed.persons
        and not parsed.say
        and parsed.words[0] not in ("who", "whos", "кто")
    ):
        # Also where a word of office made it "who is" ("how does Osmonaliyev see Central
        # Asia's role": the region's role, not his).
        parsed = _describing_asks_words(index, parsed)
    if (
        K.ACCORDING_TO_SOURCE_WHO
        and parsed.persons
        and parsed.say
        and not (parsed.claim or parsed.who_said or parsed.who_is)
        and _who_per_source(parsed.words)
    ):
        # "According to the article, who is Safarov": the article is where to look, not words
        # to show; "according" was the question's only verb of saying.
        parsed = replace(parsed, say=False, who_is=True)
    if K.ACCORDING_TO_ASKS_WORDS and parsed.persons and not parsed.say:
        ws = parsed.words
        names = _name_stems(index, parsed.persons[0])
        if K.ACCORDING_TO_THE_TITLE:
            # "per the Tajik analyst": the person by a title, after "the".
            names = names | index.person_stems.get(parsed.persons[0], frozenset())
        for i, w in enumerate(ws[:-1]):
            at = i + 2 if w == "according" and ws[i + 1] == "to" else i + 1
            if w not in ("по", "per", "po") and at != i + 2:
                continue
            if K.ACCORDING_TO_THE_TITLE:
                while at < len(ws) - 1 and ws[at] in ("the", "a", "an", "this", "that"):
                    at += 1
            after = ws[at] if at < len(ws) else ""
            if after and index.term(after).stem in names:
                # "какие принципы общие у китая и ца по сафарову", "per safarov, what ...":
                # the person's view is asked, i.e. their words, not their card.
                parsed = replace(parsed, say=True, who_is=False)
                break
    if (
        K.FIGURES_ASK_WORDS
        and parsed.persons
        and not parsed.say
        and not parsed.who_is
        and any(w in T.FIGURE_NOUNS for w in parsed.words)
        and not (K.CONTACT_IS_NO_FIGURE and T.CONTACT_WORDS.intersection(parsed.words))
    ):
        # "a Kazakh official gives a progress figure for joint projects - roughly what share
        # is complete?": figures a person gave are in their words, never in their card.
        stems = {index.term(w).stem for w in parsed.words if w in T.FIGURE_NOUNS}
        terms = tuple(t for t in parsed.terms if t.stem not in stems)
        parsed = replace(parsed, say=True, terms=terms)
    if K.POINT_ASKS_WORDS and parsed.persons and not parsed.say:
        words = parsed.words
        asked = {
            w
            for i, w in enumerate(words)
            if w in T.WORDS_NOUNS
            and (
                T.POSSESSIVES.intersection(words[max(0, i - 2) : i])
                or (K.NAME_S_POINT and _saxon_genitive(index, parsed, i))
            )
        }
        if asked:
            stems = {index.term(w).stem for w in asked}
            terms = tuple(t for t in parsed.terms if t.stem not in stems)
            parsed = replace(parsed, say=True, terms=terms)
    return parsed


#: Someone undetermined before "from"/«из» a country ("is anyone from Tajikistan quoted",
#: «кто-то из Казахстана»; tuning.ANYONE_FROM_COUNTRY).
_ANYONE = frozenset("anyone anybody someone somebody any ктото ктонибудь кто".split())
_FROM = frozenset("from из".split())
#: What the hyphen of «кто-то», «кто-нибудь» leaves as a word of its own.
_KTO_TAILS = frozenset("то нибудь".split())


#: Nouns of someone's words standing for the verb of saying ("kazakh foreign minister quote",
#: "the words of the tajik scholar"; tuning.WORDS_NOUN_SLOT).
_WORDS_NOUNS_SLOT = _QUOTE_WORDS | frozenset(
    "words remarks statement statements comment comments".split()
)


#: Words that open a clause about a moment of a text ("the part *where* someone said",
#: "the moment *when* somebody said", «тот момент, *когда* кто-то сказал»).
_FRAME_RELATIVES = frozenset("where when whereby которой котором где когда".split())


def _someone_framed(parsed: Parsed) -> frozenset[str]:
    """The words that frame an unnamed speaker's words ("that bit where", "the part when"),
    when the question's first verb of saying has "someone" for its subject right after a
    relative word (:data:`_FRAME_RELATIVES`) and names no one; else empty
    (tuning.Q19_SOMEONE_FRAME_KNOWN)."""
    ws = parsed.words
    if parsed.persons or not (parsed.say or parsed.who_said or parsed.claim):
        return frozenset()
    at = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if at is None:
        return frozenset()
    # The subject: "someone" (one word), or «кто-то» (read as two).
    subject = (
        at - 1
        if ws[at - 1] in _SOMEONE
        else at - 2
        if tuple(ws[at - 2 : at]) == ("кто", "то")
        else 0
    )
    if subject < 2 or ws[subject - 1] not in _FRAME_RELATIVES:
        return frozenset()
    return frozenset(ws[:subject])


def _words_noun_slot(index: Index, parsed: Parsed) -> str | None:
    """The description of a person right before a noun of their words ("kazakh foreign
    minister quote") or after it and "of"/"from"/"by" ("the words of the kazakh foreign
    minister"), else None (tuning.WORDS_NOUN_SLOT): a run of words of people's cards
    (index.people_words: offices, countries) and nouns of a person, holding a title or such a
    noun and a word more than a noun that names no office ("expert comments" describe nobody
    in particular)."""
    ws = parsed.words
    at = next((i for i, w in enumerate(ws) if w in _WORDS_NOUNS_SLOT), None)
    if at is None:
        return None

    def describes(w: str) -> bool:
        if w in TITLES or w in _VAGUE_SPEAKER_NOUNS or w in _VAGUE_SPEAKER_MODIFIERS:
            return True
        t = index.term(w)
        return t.sim == 1.0 and t.stem in index.people_words and not T.is_stop_word(w)

    lo = at
    while lo > 0 and describes(ws[lo - 1]):
        lo -= 1
    run = list(ws[lo:at])
    if not run:
        hi = at + 1
        if hi < len(ws) and ws[hi] in ("of", "from", "by"):
            hi += 1
            while hi < len(ws) and ws[hi] in ("the", "a", "an", "that", "this"):
                hi += 1
            start = hi
            while hi < len(ws) and describes(ws[hi]):
                hi += 1
            run = list(ws[start:hi])
    if not any(w in TITLES or w in _VAGUE_SPEAKER_NOUNS for w in run):
        return None
    if all(w in _VAGUE_SPEAKER_NOUNS or w in _VAGUE_SPEAKER_MODIFIERS for w in run):
        return None  # "expert comments on the summit": several experts, none described
    return " ".join(run)


def _anyone_from_country(index: Index, parsed: Parsed) -> Parsed:
    """The parse naming the one person the base quotes from a country when the question asks
    for words of "anyone from <country>" ("is anyone from Tajikistan quoted", "did anyone from
    Kazakhstan talk about mining"): the country picks the speaker, it is not what was said
    (tuning.ANYONE_FROM_COUNTRY). Unchanged when nobody or several people of it are quoted."""
    ws = parsed.words
    for i in range(len(ws) - 2):
        # «кто-то из Астаны» is read «кто то из астаны»: "то", "нибудь" after «кто» are «кто».
        anyone = ws[i] in _ANYONE or (
            K.CAPITALS_AS_COUNTRIES and i > 0 and ws[i - 1] == "кто" and ws[i] in _KTO_TAILS
        )
        if not anyone or ws[i + 1] not in _FROM:
            continue
        # "someone from Dushanbe": a capital is its country (tuning.CAPITALS_AS_COUNTRIES).
        country = index.term(capital_country(index, ws, i + 2) or ws[i + 2])
        if country.sim < 1.0 or country.stem not in index.people_by_country:
            continue
        quoted = quoted_from(index, country.stem)
        if len(quoted) != 1:
            return parsed
        dropped = {ws[i], ws[i + 2]}
        terms = tuple(t for t in parsed.terms if t.word not in dropped)
        # A claim stays one ("did anyone from Kazakhstan say the treaty threatens Russia"):
        # it is checked against his words.
        return replace(parsed, persons=(quoted[0],), terms=terms, say=True, who_said=False)
    return parsed


def _office_not_held(index: Index, parsed: Parsed, person: str) -> str | None:
    """The speaker slot, when a person found by a title (no name of theirs in the question) is
    described with a word of office that is some card's and not theirs ("the Kazakh minister
    of foreign affairs": "foreign" is Wang Yi's office, not Nagaspayev's), else None
    (tuning.ROLE_EXTRA_OFFICE). The slot runs from the first title over words of some card, up
    to a verb of saying or the topic's "about"/"on"."""
    ws = parsed.words
    if _name_stems(index, person) & {index.term(w).stem for w in ws}:
        return None
    start = next((i for i, w in enumerate(ws) if w in TITLES), None)
    if start is None:
        return None
    end = next(
        (i for i in range(start + 1, len(ws)) if T.is_say_word(ws[i]) or ws[i] in TOPIC_WORDS),
        len(ws),
    )
    own = index.person_stems.get(person, frozenset())
    for w in ws[start + 1 : end]:
        if w in _SLOT_JOINS or T.is_stop_word(w):
            continue
        t = index.term(w)
        if t.sim < 1.0 or t.stem not in index.people_words:
            break  # the title ends at a word of no card ("call the treaty ...")
        if t.stem not in own and t.stem not in index.people_by_country:
            lo = start
            while lo > 0 and not (T.is_stop_word(ws[lo - 1]) or T.is_say_word(ws[lo - 1])):
                lo -= 1
            return " ".join(ws[lo:end])
    return None


def _guessed_speaker(index: Index, parsed: Parsed, person: str) -> bool:
    """Whether the question ends in "was that X?"/"was it X?" after at least three words,
    X being the person (their name, title or country, with stop words), so that the words
    before are put to them (tuning.WAS_THAT_X_CLAIMS)."""
    ws = parsed.words
    own = _name_stems(index, person) | index.person_stems.get(person, frozenset())
    for i in range(3, len(ws) - 2):
        if ws[i] in ("was", "is") and ws[i + 1] in ("that", "it", "this"):
            rest = [w for w in ws[i + 2 :] if not T.is_stop_word(w)]
            return bool(rest) and all(index.term(w).stem in own or w in _VAGUE_PERSON for w in rest)
    return False


#: "Who is" asked of a person ("who is", "who's", "who was"; tuning.ACCORDING_TO_SOURCE_WHO).
_WHO_IS_OPENERS = frozenset(("who is", "whos", "who was", "who s"))


def _who_per_source(ws: tuple[str, ...]) -> bool:
    """Whether a question asks who someone is, and its only verb of saying is "according to"
    a text ("according to the article", "according to the report": intent.SOURCE_TEXT_WORDS)
    (tuning.ACCORDING_TO_SOURCE_WHO)."""
    said = [i for i, w in enumerate(ws) if T.is_say_word(w)]
    if not said:
        return False
    for i in said:
        rest = [w for w in ws[i + 1 : i + 5] if w not in ("to", "the", "a", "an", "this", "that")]
        if ws[i] != "according" or not rest or rest[0] not in SOURCE_TEXT_WORDS:
            return False
    pairs = {" ".join(ws[i : i + 2]) for i in range(len(ws) - 1)} | set(ws)
    # "Who's Osmonaliyev" is read "who osmonaliyev": "who" first, then no verb of saying.
    return bool(_WHO_IS_OPENERS & pairs) or (ws[0] in ("who", "whos") and said[0] > 1)


def _describing_asks_words(index: Index, parsed: Parsed) -> Parsed:
    """The parse asking for the person's words when a verb of describing or judging is asked of
    them (text.DESCRIBING_VERBS_*: "how did Nagaspayev describe the summit", «как министр
    описал саммит»; tuning.DESCRIBING_ASKS_WORDS): the verb is dropped from the topic."""
    ws = parsed.words
    verbs = {w for w in ws if w in T.DESCRIBING_VERBS_RU}
    if {"did", "does", "do"} & set(ws):
        verbs |= {w for w in ws if w in T.DESCRIBING_VERBS_EN}
    if not verbs and K.Q12_NAME_ON_TOPIC:
        on = _name_on_topic(index, parsed)
        if on is not None:
            # "Osmonaliyev commenting on the summit", "Safarov on the treaty", «Осмоналиев о
            # мудрости Китая»: the person, then (a verb of saying and) "on"/"о" a topic asks for
            # their words on it, as "what did X say about" does; the card was shown.
            drop = {index.term(w).stem for w in on}
            terms = tuple(t for t in parsed.terms if t.stem not in drop and t.word not in on)
            return replace(parsed, say=True, who_is=False, terms=terms or parsed.terms)
    if not verbs:
        return parsed
    stems = {index.term(w).stem for w in verbs}
    terms = tuple(t for t in parsed.terms if t.stem not in stems)
    # What is described is the topic, as after "say about": the verb is read as "say about"
    # («сказал о»), so that a topic none of their words is about is refused as it is there
    # ("how did Nagaspayev describe Russia" showed his words).
    at = next(i for i, w in enumerate(parsed.words) if w in verbs)
    said = ("сказал", "о") if parsed.words[at] in T.DESCRIBING_VERBS_RU else ("say", "about")
    words = parsed.words[:at] + said + parsed.words[at + 1 :]
    return replace(parsed, say=True, who_is=False, terms=terms, words=words)


def _name_on_topic(index: Index, parsed: Parsed) -> tuple[str, ...] | None:
    """The verb of saying between the person and "on"/"about"/«о»/«про» a topic, when the
    question is the person's name or title, then that verb or none, then the topic word
    ("osmonaliyev commenting on the summit": ("commenting",); "safarov on the treaty": ());
    None otherwise (tuning.Q12_NAME_ON_TOPIC). A form of "be" or a question word between
    makes it something else ("who is safarov on the list")."""
    ws = parsed.words
    own = _name_stems(index, parsed.persons[0]) | index.person_stems.get(
        parsed.persons[0], frozenset()
    )
    for i, w in enumerate(ws[1:], start=1):
        if w not in TOPIC_WORDS:
            continue
        verb: tuple[str, ...] = ()
        at = i - 1
        if at > 0 and (_states(ws[at]) or ws[at] in T.WORDS_NOUNS or T.is_say_word(ws[at])):
            verb, at = (ws[at],), at - 1
        if index.term(ws[at]).stem in own or index.word_canonical(ws[at]) in own:
            before = ws[:at]
            if all(b in ("the", "a", "an") or index.word_canonical(b) in own for b in before):
                return verb
        return None
    return None


def _saxon_genitive(index: Index, parsed: Parsed, i: int) -> bool:
    """Whether the noun at ``i`` follows the person's name or title, the reader's "'s" dropped
    ("Osmonaliyev's point", "the Kyrgyz ex-ambassador's main message"; tuning.NAME_S_POINT)."""
    words = parsed.words
    names = _name_stems(index, parsed.persons[0])
    for j in range(max(0, i - 2), i):
        w = words[j]
        if w in TITLES or index.term(w).stem in names:
            return True
        if K.L30_POSSESSIVE_NO_APOSTROPHE and w.endswith("s") and w[:-1] in TITLES:
            return True  # "the kazakh ministers point": its apostrophe left out
    return False


#: Indefinite pronouns for a person: a speaker slot holding one names nobody
#: (tuning.SOMEONE_IS_NO_NAME; «кто-то» is split into «кто» and «то»).
_SOMEONE = frozenset(
    "someone somebody anyone anybody ктото ктонибудь ktoto kto-to ktonibud".split()
)

#: Determiners of an undetermined person ("one commentator", «один эксперт», "some official"):
#: with nothing but nouns of people, a speaker slot names nobody (tuning.SOMEONE_IS_NO_NAME).
#: Words of asking before the words asked for ("need a quote", "i want a quote", "looking for
#: a quote", "who's the guy"): a speaker slot of only these and greetings names nobody
#: (tuning.Q25F_FILLER_SLOT).
_FILLER_SLOT = frozenset(
    "need needs needed want wanted looking seeking searching wondering i im we who whos "
    "нужна нужен нужно нужны ищу хочу".split()
)
_INDEFINITE = frozenset("one a an some another один одна какой какая какойто то".split())

#: Determiners of anyone at all ("any Central Asian commentator"): with a region's words
#: between them and a noun of a speaker, a slot names nobody (tuning.Q25Q_ANY_REGIONAL_SPEAKER).
_ANY = frozenset("any some a an one another".split())


def _regional_nobody(index: Index, slot: Sequence[str]) -> bool:
    """Whether a speaker slot is "any <words of the base> <noun of a speaker>" ("any Central
    Asian commentator"): it names nobody, however many of the base's people are of the region.
    A nationality ("any Kyrgyz commentator": one country's people), a title or a name between
    them is a description the rules after read (COUNTRY_AND_VAGUE_NOUN, TITLE_HOLDER)."""
    if len(slot) < 3 or slot[0] not in _ANY or slot[-1] not in _ONE_SPEAKER | GENERIC_PEOPLE:
        return False
    return all(
        index.term(w).known
        and index.term(w).sim == 1.0
        and index.word_canonical(w) not in index.people_by_country
        and w not in TITLES
        and w not in index.name_lookup
        for w in slot[1:-1]
    )


#: A singular noun of the people a speaker is picked from: "which speaker talked about W"
#: asks who said W (tuning.WHO_SAID_FRAME); a plural asks for a list.
_ONE_SPEAKER = frozenset("speaker expert official observer commentator participant".split())


def which_title_said(ws: Sequence[str]) -> tuple[str, ...]:
    """The words describing the speaker when "which <title> <verb of saying>" opens the
    question ("which minister talked about the next summit", "which political scientist
    commented on the treaty"): the noun just before the first verb of saying, at most three
    words after "which", is a person's title (intent.TITLES), singular. Empty otherwise (a
    plural, "which ministers spoke", asks for several people; "which summit talked about ..."
    names no speaker)."""
    opening = _WHICH_WORDS | (_HOW_WORDS if K.Q18_TITLE_SLOT_SAID else frozenset())
    if len(ws) < 3 or ws[0] not in opening:
        return ()
    for j in range(2, min(len(ws), 5)):
        ranking = (ranked_at := who_ranked_first(ws)) is not None and ranked_at[0] == j
        if (
            T.is_say_word(ws[j])
            or (K.Q18_TITLE_SLOT_SAID and ws[j].startswith(JUDGING_STEMS))
            or ranking  # "which minister put china first" (tuning.Q30Q_WHO_RANKED_FIRST)
        ):
            if ws[j - 1] in TITLES and ws[j - 1] not in T.PLURAL_PERSON_WORDS:
                return tuple(ws[1:j])
            return ()
    return ()


#: Words that describe a speaker only as someone the sources quote ("which *quoted* person",
#: "which *cited* expert", «какой *цитируемый* эксперт»): true of every speaker, no title the
#: speaker must hold (tuning.Q26T_QUOTED_TITLE). General language, not the domain's.
_QUOTED = frozenset(
    "quoted cited interviewed featured цитируемый процитированный цитированный".split()
)


#: "Which" opening a question for one of several ("which minister", «какой министр»).
_WHICH_WORDS = frozenset("which what какой какая kakoy kakoi kakoj".split())
#: "What"/"how" opening a question for the words of a speaker described by a title alone
#: («что политолог сказал о …», «как политолог охарактеризовал …»; tuning.Q18_TITLE_SLOT_SAID):
#: the title is who said them, as after "which".
_HOW_WORDS = frozenset("how что как chto kak".split())


def _loose_title(index: Index) -> set[str]:
    """The stems of a speaker's description that every speaker fits ("speaker", "guy" and,
    tuning.Q26T_QUOTED_TITLE, "quoted": "which quoted person"), read by both title checks
    (:func:`title_unfit`, :func:`_title_country_put_right`)."""
    loose = {index.word_canonical(w) for w in _ONE_SPEAKER | GENERIC_NOUNS}
    if K.Q26T_QUOTED_TITLE:
        # "which quoted person", "which cited expert": every speaker is quoted.
        loose |= {index.word_canonical(w) for w in _QUOTED}
    return loose


def title_unfit(index: Index, parsed: Parsed, entries: Sequence[str]) -> bool:
    """Whether a "which <title> said ..." question (:func:`which_title_said`) would be
    answered with words of someone the title does not describe, or with no one's words at all
    (a person's card, a summit's card, a fact nobody is credited with): the answer would read
    as "this <title> said it" (tuning.Q12_WHICH_TITLE_SAID). The semantic stage checks its
    answers with it too."""
    if parsed.persons or parsed.unknown_name or not entries:
        return False
    title = which_title_said(parsed.words)
    if not title:
        return False
    stems = {index.word_canonical(w) for w in title if not T.is_stop_word(w)} - _loose_title(index)
    for entry_id in entries:
        rec = index.kb.record(entry_id)
        speakers: list[str] = []
        if isinstance(rec, (Quote, Fact)) and rec.speaker:
            speakers = [rec.speaker]
        elif isinstance(rec, Fact):
            # "According to Chinese Foreign Minister Wang Yi, ...": a fact reporting what
            # someone said is theirs (kinds.reports).
            speakers = [p.id for p in index.kb.people.values() if reports(rec, p)]
        if not any(stems <= index.person_stems.get(p, frozenset()) for p in speakers):
            return True
    return False


def _title_country_put_right(
    index: Index, parsed: Parsed, m: Match, title: Sequence[str] | None = None
) -> Match | None:
    """The words found for "which <country> <title> said W" under a lead that puts the country
    right, when the title fits their speaker but the country is not his ("Which Turkmen expert
    said the treaty points the way forward?": Safarov, a Tajik, "Not the turkmen expert: …";
    tuning.Q28_WHICH_TITLE_COUNTRY), as "did a turkmen expert say …" was corrected already.
    Only one quote, one speaker, and a title whose every other word fits him; None otherwise
    (the question stays refused). ``title``: the description, when not "which <title>"'s
    (:func:`_country_title_before_saying`)."""
    if m.kind != "quote" or len(m.entries) != 1 or m.entries[0] not in index.kb.quotes:
        return None
    speaker = index.kb.quotes[m.entries[0]].speaker
    if title is None:
        title = which_title_said(parsed.words)
    countries = index.people_by_country
    stems = {index.word_canonical(w) for w in title if not T.is_stop_word(w)}
    named = {s for s in stems if s in countries}
    own = index.person_stems.get(speaker, frozenset())
    if len(named) != 1 or named <= own or not (stems - named - _loose_title(index)) <= own:
        return None
    if speaker in countries.get(next(iter(named)), ()):
        return None
    return replace(m, wrong_office=(" ".join(["the", *title]), speaker))


def _country_title_before_saying(index: Index, words: Sequence[str]) -> tuple[str, ...]:
    """A country's word and a title right after it ("the turkmen expert who said …", "what did
    the uzbek political scientist say about …") before the first verb of saying: the
    description of the speaker asked, or () (tuning.Q28_COUNTRY_TITLE_PUT_RIGHT)."""
    said = next((i for i, w in enumerate(words) if T.is_say_word(w)), len(words))
    nouns = TITLES | GENERIC_NOUNS | _ONE_SPEAKER
    for i in range(min(said, len(words)) - 1):
        if index.word_canonical(words[i]) not in index.people_by_country:
            continue
        end = i + 1
        while (
            end < said
            and end - i <= 3
            and words[end] not in nouns
            and not T.is_stop_word(words[end])  # "for china the diplomat said": no description
        ):
            end += 1
        if end < said and words[end] in nouns and words[end] not in T.PLURAL_PERSON_WORDS:
            return tuple(words[i : end + 1])
        return ()
    return ()


#: The user's own possessive: the word after it names who told the user ("my teacher
#: mentioned ...", "my colleague says ...", «мой преподаватель говорил ...»).
_MY = frozenset("my мой моя моё мое мои моему моей моего".split())
#: The users' own possessive, plural ("our teacher told us", «наш преподаватель»;
#: tuning.OUR_TOLD_BY).
_OUR = frozenset("our наш наша наше наши нашему нашей нашего".split())


def told_by(parsed: Parsed) -> frozenset[str]:
    """The words naming who told the user about the words asked of ("my teacher"): the frame
    of the question, not what was said (tuning.TOLD_BY_FRAME)."""
    if not K.TOLD_BY_FRAME:
        return frozenset()
    ws = parsed.words
    mine = _MY | _OUR if K.OUR_TOLD_BY else _MY
    told = {ws[i + 1] for i, w in enumerate(ws[:-1]) if w in mine}
    if K.SELF_INTRO_FRAME:
        # Who the user is: "journalist here - can you confirm ...", "i'm a student, who said
        # ...": the user's introduction, not what was said.
        if len(ws) > 1 and ws[1] == "here":
            told.add(ws[0])
        for i in range(len(ws) - 2):
            if ws[i] == "im" or (ws[i] == "i" and ws[i + 1] == "am"):
                j = i + 1 if ws[i] == "im" else i + 2
                if j < len(ws) and ws[j] in ("a", "an") and j + 1 < len(ws):
                    told.add(ws[j + 1])
    if K.USER_OWN_ACTS:
        told |= _user_acts(ws)
    return frozenset(told)


#: The user speaking of themselves: "i remember someone saying ...", "i'm checking a quote",
#: «я забыл», «я журналист» (tuning.USER_OWN_ACTS).
_I = frozenset("i im ive id я".split())
#: Words that may stand between "i" and the user's verb ("i don't remember", "i also read",
#: «я тоже читал», «я точно не помню»).
_I_HEDGES = frozenset(
    "also just dont do did cant not vaguely clearly definitely think thought "
    "am was a an тоже точно не уже".split()
)


def _user_frame_word(word: str) -> bool:
    """A verb of the user's memory, perception, thought or work, or a noun a user introduces
    themselves with (text.USER_FRAME_VERBS_*, USER_SELF_NOUNS_RU)."""
    if word in T.USER_FRAME_VERBS_EN or word in T.USER_SELF_NOUNS_RU:
        return True
    return T.is_cyrillic(word) and T.lemma_ru(word) in T.USER_FRAME_VERBS_RU


def _user_acts(ws: tuple[str, ...]) -> set[str]:
    """The words of the user's own act or self-description: the pronoun "i"/«я» and, past
    hedges ("i don't remember"), a verb of their memory, perception, thought or work or a noun
    of who they are after it, and such a Russian verb in the first person singular
    («проверяю», «помню», «пишу»): what the user does, not what was said."""
    out: set[str] = set()
    for i, w in enumerate(ws):
        if w in _I:
            out.add(w)
            j = i + 1
            while j < len(ws) and ws[j] in _I_HEDGES:
                out.add(ws[j])
                j += 1
            if j < len(ws) and _user_frame_word(ws[j]):
                out.add(ws[j])
                while K.Q25Q_USER_FRAME_CHAIN and j + 1 < len(ws) and _user_frame_word(ws[j + 1]):
                    # "i remember reading that a former envoy said ...": the memory of a reading,
                    # both the user's acts; "reading" read as a name found no quotes of it
                    # (tuning.Q25Q_USER_FRAME_CHAIN).
                    j += 1
                    out.add(ws[j])
        elif T.is_first_person_verb_ru(w):
            out.add(w)
    if K.Q26_NEED_FIRST and ws and ws[0] in _NEED_FIRST:
        # "need the political scientist's words about sincere cooperation" was refused where
        # "I need …" answered: the subject left out, "need" is the user's want all the same
        # (tuning.Q26_NEED_FIRST).
        out.add(ws[0])
    return out


#: The user's want opening a message with its subject left out ("need the …", "needed: …").
_NEED_FIRST = frozenset("need needed needing".split())


#: Nouns that describe a speaker without naming their office ("expert", "commentator",
#: «эксперт»): skipped in a speaker slot that also holds a title (tuning.
#: VAGUE_PERSON_NOUNS_SKIPPED).
_VAGUE_PERSON = frozenset(
    "expert analyst commentator observer speaker person guy man one official "
    "эксперт эксперта аналитик комментатор наблюдатель человек".split()
)

#: Words of a speaker slot that join a title to its place ("the minister from astana").
_SLOT_JOINS = frozenset("from of in at the a из с в".split())


def _who_acts(parsed: Parsed) -> bool:
    """A who-question with a verb of saying or of a speech act ("which minister called the
    summit …", "who criticised the treaty"): it puts what follows to someone's words as a claim
    (tuning.Q16_CLAIM_WHO_ACTS)."""
    ws = parsed.words
    if WHO.isdisjoint(ws[:3]) and ws[:1] != ("which",):
        return False
    return any(T.is_say_word(w) or w.startswith(T.SPEECH_ACT_STEMS) for w in ws)


#: A scale as a Russian reply writes it after a figure («35 млрд долларов»;
#: tuning.Q28F_FIGURE_SCALE).
_RU_SCALE_SHOWN = {3: "тыс.", 6: "млн", 9: "млрд", 12: "трлн"}


def _figure_corrected(
    index: Index, parsed: Parsed, shown: str, lang: str = "en"
) -> tuple[str, str] | None:
    """The first figure of a claim that the words give otherwise, and theirs ("143 projects",
    "133 projects"): the same thing counted (the noun after the figure), another number. None
    when every figure the claim gives of something the words count is theirs.

    Of several figures of the same thing in the words (133 projects under way, 54 done), the
    one beside the claim's figures the words do give (tuning.Q19_FIGURE_COUNTERPART): "45
    projects worth 9 billion done" is put right with 54 projects (beside nine billion), not 133;
    and a figure the words give with one of its nouns ("54 projects worth ...") is said, so
    the wrong one after it ("19 billion") is the one put right. In a Russian reply the figure
    takes the question's noun, agreed with it (tuning.Q19_FIGURE_CLAIM_RU: «54 проекта»); the
    words themselves are English."""
    if not figures_unsaid(parsed, index.kb.record(shown)):
        return None
    scaled = K.Q28F_FIGURE_SCALE
    own = _counts_at(index, str(getattr(index.kb.record(shown), "text", "")), scaled=scaled)
    claim = _counts_at(index, " ".join(parsed.words), scaled=scaled)
    if not K.Q19_FIGURE_COUNTERPART:
        for _, num, bound, stem, said in claim:
            same = [c for c in own if c[3] == stem]
            if not bound and same and all(c[1] != num for c in same):
                return said, same[0][4]
        return None
    by_pos: dict[int, list[tuple[int, int, str, str, str]]] = {}
    for c in claim:
        by_pos.setdefault(c[0], []).append(c)

    def given(c: tuple[int, int, str, str, str]) -> list[int]:
        return [o[0] for o in own if o[1] == c[1] and o[3] == c[3]]

    right = {pos for pos, cs in by_pos.items() if any(given(c) for c in cs)}
    anchors = [at for pos in sorted(right) for c in by_pos[pos] for at in given(c)]
    for pos in sorted(by_pos):
        if pos in right:
            continue
        for _, _num, bound, stem, said in by_pos[pos]:
            same = [o for o in own if o[3] == stem]
            if bound or not same:
                continue
            best = min(same, key=lambda o: (min((abs(o[0] - a) for a in anchors), default=0), o[0]))
            words = best[4].split()
            real = best[4] if len(words) <= 2 else f"{words[0]} {words[-1]}"
            if scaled and len(words) > 2 and N.scale(words[1]) is not None:
                real = f"{words[0]} {words[1]} {words[-1]}"  # "35 billion dollars"
            if lang == "ru":
                noun = said.split()[-1]
                power = N.scale(words[1]) if scaled and len(words) > 1 else None
                if power is not None and N.scale(T.lemma_ru(noun)) is not None:
                    # «не 19 млрд: … — 9 млрд»: the question's scale word is the noun counted
                    real = f"{best[1] // 10**power} {noun}"
                elif power is not None and power in _RU_SCALE_SHOWN:
                    # «35 млрд долларов»: the scale as a Russian reply writes it; after it
                    # the noun in the genitive plural, as after five.
                    head = f"{best[1] // 10**power} {_RU_SCALE_SHOWN[power]}"
                    real = f"{head} {T.agree_ru(noun, 5) if T.is_cyrillic(noun) else noun}"
                else:
                    shown = T.agree_ru(noun, best[1]) if T.is_cyrillic(noun) else noun
                    real = f"{best[1]} {shown}"
            return said, real
    return None


#: The beginnings of the words of each currency a claim may name, and how a Russian reply
#: writes it after a scale («35 млрд долларов»): "Nagaspayev said 133 projects worth 35
#: billion euros, right?" was confirmed, the currency no figure (tuning.Q20_CURRENCY_CLAIM).
_CURRENCIES = (
    (("dollar", "usd", "доллар", "dollar"), "долларов"),
    (("euro", "eur", "евро", "evro"), "евро"),
    (("yuan", "rmb", "renminbi", "юан", "juan"), "юаней"),
    (("rubl", "roubl", "рубл", "rubl"), "рублей"),
    (("tenge", "тенге"), "тенге"),
    (("pound", "фунт", "funt"), "фунтов"),
)
#: The scale words a figure of money may carry between the number and the currency.
_MONEY_SCALES = frozenset(
    "billion billions bn bln million millions mln trillion млрд миллиард миллиарда миллиардов "
    "млн миллион миллиона миллионов mlrd milliard milliarda milliardov".split()
)


def _currency_of(word: str) -> int | None:
    """Which currency of _CURRENCIES a word names, or None."""
    for n, (stems, _) in enumerate(_CURRENCIES):
        if word.startswith(stems):
            return n
    return None


def _money_at(ws: Sequence[str]) -> list[tuple[str, str, int, str]]:
    """The sums a text gives with a currency: (the number's digits, its scale or "", the
    currency, the sum as written) each, as "nine billion dollars" is ("9", "billion", 0,
    "nine billion dollars")."""
    out: list[tuple[str, str, int, str]] = []
    for i, w in enumerate(ws):
        number = w if w.isdigit() else N.value(w)
        if number is None:
            continue
        j = i + 1
        scale = ws[j] if j < len(ws) and ws[j] in _MONEY_SCALES else ""
        j += 1 if scale else 0
        currency = _currency_of(ws[j]) if j < len(ws) else None
        if currency is not None:
            said = " ".join(x for x in (w, scale, ws[j]) if x)
            out.append((number, scale, currency, said))
    return out


def _currency_corrected(index: Index, parsed: Parsed, shown: str) -> tuple[str, str] | None:
    """A sum of the claim that the words give in another currency ("35 billion euros" of "35
    billion dollars"): the sum as the claim says it and as the words do (tuning.
    Q20_CURRENCY_CLAIM). None unless the same number is given in both, each with a currency,
    and the currencies differ."""
    own = _money_at(T.words(str(getattr(index.kb.record(shown), "text", ""))))
    for number, scale, currency, said in _money_at(parsed.words):
        for o_number, _, o_currency, o_said in own:
            if o_number != number or o_currency == currency:
                continue
            if parsed.lang != "ru":
                return said, o_said
            if not scale:
                return None  # the Russian noun would need agreeing with the number
            return said, f"{said.split()[0]} {scale} {_CURRENCIES[o_currency][1]}"
    return None


#: Words before a one-word office that make it the speaker asked about ("*which* ambassador
#: spoke", "*the* ambassador said"), and the words a question may open with before them ("did
#: the ambassador say").
_OFFICE_POINTERS = frozenset("which the".split())
_OFFICE_OPENERS = frozenset("did has had so and".split())


def _one_holder_office(index: Index, parsed: Parsed) -> str | None:
    """A one-word office the question asks the words of ("which [former] ambassador commented
    on the summit", "the ambassador said 133 projects, right?", "did the ambassador say ..."),
    held by exactly one person of the base, who is quoted: the office (with its "former") as
    the speaker slot (tuning.Q22M_ONE_HOLDER_OFFICE). The office words must follow "which" or
    "the" at the question's start and come right before a verb of saying; an office several
    people hold ("minister": Nagaspayev and Wang Yi; "chairman") is None, as is a noun of no
    office ("expert", "diplomat": _VAGUE_SPEAKER_NOUNS, read by the who-said rules) and one
    whose holder's office the qualifiers do not fit ("the former minister")."""
    ws = parsed.words
    for i, w in enumerate(ws):
        if w not in TITLES or i + 1 >= len(ws) or not T.is_say_word(ws[i + 1]):
            continue
        if w in _VAGUE_SPEAKER_NOUNS:
            return None  # "which expert talked about ...": a noun of no office
        j = i - 1
        while j >= 0 and ws[j] in FORMER_WORDS:
            j -= 1
        if j < 0 and T.is_cyrillic(w):
            pass  # «Посол сказал про 133 проекта, так?»: Russian has no "the"
        elif j < 0 or ws[j] not in _OFFICE_POINTERS or not _OFFICE_OPENERS.issuperset(ws[:j]):
            return None
        holders = index.people_by_stem.get(index.word_canonical(w), ())
        if len(holders) != 1 or not index.kb.quotes_by(holders[0]):
            return None
        own = index.person_stems.get(holders[0], frozenset())
        if any(index.word_canonical(q) not in own for q in ws[j + 1 : i]):
            return None
        return " ".join(ws[j + 1 : i + 1])
    return None


def _title_holder(index: Index, parsed: Parsed, slot: str) -> str | None:
    """The one person a speaker slot of titles, countries and summit cities fits: every word's
    stem (a city read as its country) is among the person's own (role, country). When several
    fit and the question asks for words, the one of them with quotes: the others have no words
    to show, and the quote is shown under its real speaker's name."""
    cities = city_countries(index)
    stems: set[str] = set()
    titled = False
    words = slot.split()
    if K.VAGUE_PERSON_NOUNS_SKIPPED and any(w in TITLES and w not in _VAGUE_PERSON for w in words):
        # "один эксперт, бывший посол": "expert" says less than "former ambassador", and the
        # cards do not call everyone an expert.
        words = [w for w in words if w not in _VAGUE_PERSON]
    for w in words:
        if w in _SLOT_JOINS or T.is_stop_word(w):
            continue
        term = index.term(w)
        if not term.known or term.sim < 1.0:
            return None
        titled = titled or w in TITLES
        stems.add(cities.get(term.stem, term.stem))
    if not titled or not stems:
        return None
    written = [w for w in words if w in TITLES] if K.Q24_LEADER_IS_HEAD_OF_STATE else []
    # the words as written: "president" may share a synonym group with "leader"
    if written and all(w in COUNTRY_LEADER_WORDS for w in written):
        # "the tajik leader": the head of state (its president), not whoever heads
        # something there (tuning.Q24_LEADER_IS_HEAD_OF_STATE)
        rest = stems - {index.word_canonical(w) for w in written}
        fits = [
            p
            for s in sorted(head_of_state_stems(index))
            for p in index.people_by_stem.get(s, ())
            if rest <= index.person_stems[p]
        ]
        fits = list(dict.fromkeys(fits))
    else:
        rarest = min(stems, key=lambda s: (len(index.people_by_stem.get(s, ())), s))
        fits = [p for p in index.people_by_stem.get(rarest, ()) if stems <= index.person_stems[p]]
    if len(fits) > 1 and (parsed.say or parsed.who_said):
        fits = [p for p in fits if index.kb.quotes_by(p)]
    return fits[0] if len(fits) == 1 else None


#: Nouns of a person that name no office ("the Tajik scholar", "a Kyrgyz pundit"), and the
#: words that may stand beside them ("a veteran Kyrgyz diplomat", "a senior Kazakh government
#: representative"): with a country, the one person of that country the base quotes
#: (tuning.COUNTRY_AND_VAGUE_NOUN).
#: Russian nouns of a scholar's trade that were no speaker noun: «казахский политолог» named
#: nobody (tuning.Q21_SCHOLAR_NOT_OFFICIAL).
_SCHOLAR_TRADE = frozenset("политолог политолога аналитик аналитика politolog".split())
_VAGUE_SPEAKER_NOUNS = (
    _VAGUE_PERSON
    | frozenset(
        "scholar scholars academic researcher professor pundit specialist representative chief "
        "insider voice figure commentator scientist politician diplomat side camp "
        "учёный ученый исследователь профессор специалист представитель политик сторона стороны "
        "стороне".split()
    )
    | _SCHOLAR_TRADE
)
_VAGUE_SPEAKER_MODIFIERS = frozenset(
    "former ex veteran senior leading top prominent wellknown known local political "
    "government state some one certain бывший известный какойто один".split()
)


#: Nouns of a scholar's trade ("the Kazakh political scientist", «казахский политолог»): said of
#: someone whose card holds none of them (a minister, a former ambassador), the slot describes
#: him wrongly, and the answer's lead says so (tuning.Q21_SCHOLAR_NOT_OFFICIAL). Not "expert",
#: "observer", "commentator": the article calls all three people quoted observers.
_SCHOLAR_NOUNS = (
    frozenset(
        "scholar scholars academic academics researcher researchers professor scientist "
        "scientists analyst analysts political учёный ученый исследователь профессор".split()
    )
    | _SCHOLAR_TRADE
)


#: Nouns of a diplomat's trade ("the kazakh diplomat", «казахский дипломат»), and the words of
#: a card that hold it (an ambassador, an envoy, a foreign minister) (tuning.Q24_TRADE_NOT_HELD).
_DIPLOMAT_NOUNS = frozenset("diplomat diplomats envoy envoys дипломат дипломата".split())
_DIPLOMAT_OFFICES = frozenset("ambassador envoy diplomat foreign посол дипломат".split())


def _trade_unlike(index: Index, words: Sequence[str], own: frozenset[str]) -> bool:
    """Whether a speaker slot gives the person a diplomat's trade or a former office his card
    lacks ("the kazakh ex diplomat" of Nagaspayev, a serving minister): the lead puts it right,
    as a scholar's trade is (tuning.Q24_TRADE_NOT_HELD)."""
    if any(w in _DIPLOMAT_NOUNS for w in words) and not any(
        index.term(w).stem in own for w in _DIPLOMAT_OFFICES
    ):
        return True
    former = any(w in T.FORMER_WORDS for w in words)
    return former and own.isdisjoint(_qualifier_stems(index, T.FORMER_WORDS))


def _scholar_unlike(index: Index, slot: str, person: str, lang: str) -> str:
    """The speaker slot as written ("the kazakh political scientist") when it gives the one
    person quoted from its country a scholar's trade his card lacks (Yersaiyn Nagaspayev, a
    minister): the description the answer's lead puts right before his words, as a wrong
    office beside a name is (tuning.Q21_SCHOLAR_NOT_OFFICIAL). Empty when the trade fits
    (Safarov, "the Tajik scholar": his card holds "political scientists") or none is given."""
    words = slot.split()
    own = index.person_stems.get(person, frozenset())
    # A diplomat's trade or a former office his card lacks is put right too.
    unlike = K.Q24_TRADE_NOT_HELD and _trade_unlike(index, words, own)
    scholar = any(w in _SCHOLAR_NOUNS for w in words)
    if not unlike and (not scholar or any(index.term(w).stem in own for w in _SCHOLAR_NOUNS)):
        return ""
    if lang == "en" and words[0] not in ("the", "a", "an"):
        words = ["the", *words]
    return " ".join(words)


def _role_country_put_right(index: Index, parsed: Parsed, m: Match) -> Match:
    """A card or words found by the words of the person's role, when the role as written names
    another country inside it ("who is the head of the kazakh association": Safarov's card by
    "head" and "association"; he chairs a Tajik one): the answer's lead puts the description
    right, as for an office found by its phrase (intent.wrong_country_in_role; tuning.
    Q26P_COUNTRY_IN_ROLE). Only a description of at most five words from its first word of the
    role to its last."""
    if not m.answered or m.wrong_office is not None or m.kind not in ("person", "quote", "quotes"):
        return m
    if m.kind == "person":
        person: str | None = m.entries[0] if m.entries else None
    else:
        speakers = {index.kb.quotes[e].speaker for e in m.entries if e in index.kb.quotes}
        person = next(iter(speakers)) if len(speakers) == 1 else None
    if person is None or person not in index.kb.people:
        return m
    own = index.person_stems.get(person, frozenset())
    ws = parsed.words
    at = [
        i
        for i, w in enumerate(ws)
        if not T.is_stop_word(w)
        and index.word_canonical(w) in own
        and index.word_canonical(w) not in index.people_by_country
    ]
    if not at or max(at) - min(at) > 4:
        return m
    described = wrong_country_in_role(index, ws, min(at), max(at), person)
    return replace(m, wrong_office=(" ".join(described), person)) if described else m


#: Words that join an office to its country or field ("minister *of* kazakhstan").
_OFFICE_JOINS = frozenset("of for to in".split())


def _card_by_description(
    index: Index, parsed: Parsed, m: Match
) -> tuple[str, frozenset[str]] | None:
    """The person and his card's stems when ``m`` answers with one person's card found by a
    description, not by his name: the cards whose office words the two office checks read
    (:func:`_office_qualifier_put_right`, :func:`_other_office_put_right`); None otherwise."""
    if not m.answered or len(m.entries) != 1 or m.entries[0] not in index.kb.people:
        return None
    person = m.entries[0]
    names = _name_stems(index, person)
    if any(index.term(w).stem in names for w in parsed.words):
        return None
    return person, index.person_stems.get(person, frozenset())


def _office_end(index: Index, ws: Sequence[str], i: int, own: frozenset[str]) -> int:
    """Where the office whose title is ``ws[i]`` ends: up to three words after it that join it
    to its field or country ("minister *of kazakhstan*") or are the person's own, a joining
    word left at the end not counted."""
    end = i + 1
    while (
        end < len(ws)
        and end - i < 4
        and (
            ws[end] in _OFFICE_JOINS
            or index.word_canonical(ws[end]) in own
            or index.word_canonical(ws[end]) in index.people_by_country
        )
    ):
        end += 1
    while end > i + 1 and ws[end - 1] in _OFFICE_JOINS:
        end -= 1
    return end


def _office_qualifier_put_right(index: Index, parsed: Parsed, m: Match) -> Match:
    """A card found by a description whose office is the person's but whose word before the
    office is not ("who is the foreign minister of kazakhstan": Nagaspayev's card by "minister"
    and "kazakhstan"; he is Minister of Industry and Construction): the lead puts the
    description right ("Not the foreign minister of kazakhstan: …"), as a country inside a role
    is (tuning.Q26_OFFICE_QUALIFIER). A card asked by the person's name is left alone."""
    if m.kind != "person" or m.wrong_office is not None:
        return m
    card = _card_by_description(index, parsed, m)
    if card is None:
        return m
    person, own = card
    ws = parsed.words
    for i, w in enumerate(ws):
        if i == 0 or w not in TITLES or index.word_canonical(w) not in own:
            continue
        before = ws[i - 1]
        if (
            T.is_stop_word(before)
            or not before.isalpha()
            or before in TITLES
            or before in T.FORMER_WORDS
            or index.word_canonical(before) in own
            or index.word_canonical(before) in index.people_by_country
            or not index.term(before).known
        ):
            return m
        end = _office_end(index, ws, i, own)
        nobody = _office_nobody_holds(index, parsed, m, ws[i - 1 : end])
        if nobody is not None:
            return nobody
        return replace(m, wrong_office=(" ".join(["the", *ws[i - 1 : end]]), person))
    return m


def _office_nobody_holds(
    index: Index, parsed: Parsed, m: Match, said: Sequence[str]
) -> Match | None:
    """A card question whose office nobody in the base holds ("who is the prime minister of
    Kazakhstan?", «кто премьер-министр казахстана?»; the office as ``said``): refused as "who
    is the current kazakh prime minister" is, "I don't know who “prime minister of Kazakhstan”
    is", not answered with a card under "Not the prime minister ...", which put right a
    premise the user never stated (tuning.L30_OFFICE_NOBODY_HOLDS). None when the question
    says or claims anything (there the lead puts the description right)."""
    if not K.L30_OFFICE_NOBODY_HOLDS or m.kind != "person":
        return None
    if parsed.say or parsed.claim or parsed.who_said:
        return None
    return Match(
        "unknown_person",
        (),
        0.0,
        _best_quoted(index),
        unknown_name=" ".join(said),
        lang=parsed.lang,
        asks_who=True,
    )


def _other_office_put_right(index: Index, parsed: Parsed, m: Match) -> Match:
    """A card found by an office whose word before it makes it another office ("who is the
    prime minister of kazakhstan", «премьер-министр казахстана»: Nagaspayev's card by
    "minister" and "kazakhstan"; a prime minister is no minister of industry): the lead puts
    the description right, as Q26_OFFICE_QUALIFIER does for a known word ("foreign"); "prime"
    is a word of no record, and Russian or a bare description were not read (tuning.
    Q28F_OTHER_OFFICE). A card asked by the person's name is left alone."""
    card = _card_by_description(index, parsed, m)
    if card is None:
        return m
    person, own = card
    ws = parsed.words
    for i, w in enumerate(ws):
        if i == 0 or w not in TITLES or ws[i - 1] not in T.OTHER_OFFICE_WORDS:
            continue
        if index.word_canonical(ws[i - 1]) in own:
            return m  # his own office ("prime minister" asked of a prime minister)
        end = _office_end(index, ws, i, own)
        said = ws[i - 1 : end]
        hyphened = parsed.lang == "ru" and ws[i - 1] in ("премьер", "вице")  # «премьер-министр»
        office = [f"{ws[i - 1]}-{w}", *said[2:]] if hyphened else list(said)
        asked = " ".join(office if parsed.lang == "ru" else ["the", *office])
        return replace(m, wrong_office=(asked, person))
    return m


def _country_view_slot(index: Index, ws: Sequence[str]) -> str | None:
    """The words before the first noun of someone's view (text.WORDS_NOUNS: "view", "take",
    "stance", "opinion") when they are a country's word and nouns of no office ("the kyrgyz
    expert's view": "kyrgyz expert"), else None (tuning.Q26P_COUNTRY_VIEW)."""
    at = next((i for i, w in enumerate(ws) if w in T.WORDS_NOUNS), None)
    if at is None:
        return None
    start = at
    while start > 0 and (
        ws[start - 1] in _VAGUE_SPEAKER_NOUNS
        or ws[start - 1] in _VAGUE_SPEAKER_MODIFIERS
        or index.word_canonical(ws[start - 1]) in _vague_noun_stems(index)
        or index.word_canonical(ws[start - 1]) in index.people_by_country
    ):
        start -= 1
    slot = ws[start:at]
    if not any(index.word_canonical(w) in index.people_by_country for w in slot):
        return None
    return " ".join(slot)


def _vague_noun_stems(index: Index) -> frozenset[str]:
    """The canonical forms of :data:`_VAGUE_SPEAKER_NOUNS` (one table per index): a noun of no
    office in any case form or spelling the base reads as one (tuning.Q26P_DESCRIBED_FORMS).
    Nouns that share a canonical form with a word of an office (a title's synonym group) are
    left out, so that only a vague noun is read so."""
    stems = index.vague_noun_stems
    if stems is None:
        titles = {index.word_canonical(t) for t in TITLES - _VAGUE_SPEAKER_NOUNS}
        stems = frozenset(index.word_canonical(n) for n in _VAGUE_SPEAKER_NOUNS) - titles
        # "one" reads "1", as "first" and "1" do: no noun of a person in any form
        stems = frozenset(s for s in stems if not s.isdigit())
        index.vague_noun_stems = stems
    return stems


def _country_speaker(index: Index, slot: str, bare: bool = False) -> str | None:
    """The one person the base quotes from the country of a speaker slot made of a country
    (an adjective or its name: index.people_by_country, data) and a noun of a person that
    names no office ("what did the Tajik scholar say": "scholar" is in no card), else None.
    A slot with a word of office the person's card lacks ("the Kazakh president") is left to
    the title rules (_title_holder). ``bare``: the country alone is a person too ("what did
    the Tajik say": the demonym is the noun; tuning.DEMONYM_SPEAKER)."""
    country = None
    noun = False
    forms = K.Q26P_DESCRIBED_FORMS
    for w in slot.split():
        if w in _SLOT_JOINS or T.is_stop_word(w) or w in _VAGUE_SPEAKER_MODIFIERS:
            continue
        if w in _VAGUE_SPEAKER_NOUNS or w.rstrip("s") in _VAGUE_SPEAKER_NOUNS:
            noun = True
            continue
        if forms and index.word_canonical(w) in _vague_noun_stems(index):
            # «таджикского профессора», «киргизского аналитика»: the noun in any case form
            # (tuning.Q26P_DESCRIBED_FORMS)
            noun = True
            continue
        term = index.term(w)
        if (
            term.sim < 1.0
            or term.stem not in index.people_by_country
            or country
            not in (
                None,
                term.stem,
            )
        ):
            return None
        country = term.stem
    if country is None or not (noun or bare):
        return None
    quoted = quoted_from(index, country)
    return quoted[0] if len(quoted) == 1 else None


def _asks_contents(index: Index, parsed: Parsed, m: Match) -> bool:
    """Whether the question asks for the contents of a thing (text.CONTENTS_WORDS) that the
    answering entry does not hold: the entry lacks the word's stem (tuning.CONTENTS_VETO)."""
    asked = [w for w in parsed.words if w in T.CONTENTS_WORDS]
    if not asked:
        return False
    stems = _stems_of_id(index, m.entries[0])
    if any(index.term(w).stem not in stems for w in asked):
        return True
    return K.CONTENTS_OBJECT and any(
        o is not None and o not in stems for o in _contents_objects(index, parsed)
    )


#: Words between a contents word and the thing it is of ("names of the projects", «названия
#: всех проектов»).
_OBJECT_SKIPPED = frozenset("of the these those all its their у u всех этих тех его их".split())


def _contents_objects(index: Index, parsed: Parsed) -> list[str | None]:
    """The stem of the thing each contents word asks about ("names of the projects" ->
    "project"), or None where no known word follows within three words."""
    ws = parsed.words
    out: list[str | None] = []
    for i, w in enumerate(ws):
        if w not in T.CONTENTS_WORDS:
            continue
        obj = None
        for nxt in ws[i + 1 : i + 4]:
            if nxt in _OBJECT_SKIPPED or nxt.isdigit():
                continue
            t = term_read(index, parsed, nxt)
            obj = t.stem if t.known else None
            break
        out.append(obj)
    return out


def _match_parsed(index: Index, parsed: Parsed) -> Match:
    lang = parsed.lang
    if parsed.meta is not None:
        # A question about the bot itself ("what are your sources"): the service answers it;
        # here it must not match the base's words (it once answered with the 2027 summit).
        return Match("none", lang=lang)
    if not parsed.words or (parsed.greeting and not parsed.persons):
        return Match("help", lang=lang)
    resolved, mass = _resolve(index, parsed.terms)
    scores = _score(index, resolved, mass)
    if parsed.unknown_name:
        return _unknown_speaker(index, parsed, scores)
    if parsed.namesakes and not parsed.persons:
        # A name several people hold ("Safarov" with two Safarovs): never the first of them.
        return _namesakes(index, parsed, resolved, mass)
    if parsed.persons:
        return _person_path(index, parsed, scores, resolved, mass)
    if K.Q15_NOBODY_QUOTED_FROM and _nobody_quoted_from(index, parsed):
        # "Was anyone from Turkmenistan quoted?": nobody of it is; no entry may pass for a
        # yes, and the semantic stage may not answer with another country's speaker.
        return Match("none", (), 0.0, (), lang=lang, vetoed=True)
    ranked = _contradicted(index, parsed, _by_intent(index, parsed, _ranked(scores)))
    ranked = figures_first(index, parsed, ranked)
    if not ranked or ranked[0][1] * _name_factor(index, parsed.terms, mass) < K.ANSWER_THRESHOLD:
        reported = _reported_statement(index, parsed, scores, mass)
        if reported is not None:
            return reported
        split = _split_refusal(index, parsed, ranked, scores)
        if split is not None:
            return split
        return Match(
            "none", (), ranked[0][1] if ranked else 0.0, _suggest(index, ranked, set()), lang=lang
        )
    if mass < K.VAGUE_MASS and not (parsed.when or parsed.where or parsed.who_is):
        # One very common word ("china", "summit") matches half the base: ask for more
        # rather than pick one entry at random.
        return Match("vague", (), ranked[0][1], _suggest(index, ranked, set()), lang=lang)
    e, s = ranked[0]
    entry = index.entries[e]
    if _attributed(entry) and _speaker_guard(index, ranked, 0):
        kind: MatchKind = "ambiguous" if parsed.who_said or parsed.say else "vague"
        return Match(kind, (), s, _suggest(index, ranked, set()), lang=lang)
    if _vetoed(index, parsed, entry):
        return Match("none", (), s, _suggest(index, ranked, set()), lang=lang)
    if K.WHO_DID_UNSAID_ACT and entry.type == "quote" and _act_unsaid(index, parsed, e):
        # "Who set up a platform for industrial integration": Nagaspayev called the summit
        # such a platform; nobody set one up. His words would answer that he did.
        return Match("none", (), s, _suggest(index, ranked, set()), lang=lang)
    if K.WHO_SAID_NEW_WORDS and parsed.who_said and _attributed(entry) and _new_words(parsed):
        # "Who said there are many joint projects in tourism": every other word is
        # Nagaspayev's, "tourism" is nobody's; a lexical match cannot tell a paraphrase from a
        # claim he never made. Refused here; the semantic stage then answers only if the new
        # words are near the speaker's own (its word check), and refuses otherwise.
        return Match("none", (), s, _suggest(index, ranked, set()), lang=lang)
    if (
        K.SUBJECT_SWAPPED
        and (parsed.who_said or parsed.claim)
        and _attributed(entry)
        and subject_swapped(index, parsed, index.kb.record(_quote_for(index, entry, scores)))
    ):
        # "Who said China is proactive in regional affairs": Osmonaliyev said the Central Asian
        # countries take a proactive role, "placing cooperation with China as a top priority".
        # His words would answer that he said it of China. Refused, his words offered.
        return Match("none", (), s, (_quote_for(index, entry, scores),), lang=lang, vetoed=True)
    if (
        K.Q16_CLAIM_WHO_ACTS
        and not (parsed.who_said or parsed.claim)
        and _attributed(entry)
        and _who_acts(parsed)
        and claim_contradicted(index, parsed, index.kb.record(_quote_for(index, entry, scores)))
    ):
        # "Which official called the summit a poor platform", "who criticised the treaty": a
        # verb of saying that is no verb of saying to the reader of questions (called,
        # criticised) puts a claim to the words as "said" does; checked as a claim (Q16_CLAIM_*).
        return Match("none", (), s, (_quote_for(index, entry, scores),), lang=lang, vetoed=True)
    if (
        K.WORDS_OF_ANOTHER_SUMMIT
        and _attributed(entry)
        and _words_of_another_summit(
            index, parsed, index.kb.record(_quote_for(index, entry, scores))
        )
    ):
        # "Who talked about where the next summit will be": Safarov spoke at Astana, of the
        # way forward; "next" (a word of his sample questions) is all he shares with it. His
        # words would answer that he spoke of the 2027 summit. Refused, nothing offered.
        return Match("none", (), s, (), lang=lang, vetoed=True)
    if (
        K.WHO_SAID_DENIED
        and (parsed.who_said or parsed.claim)
        and _attributed(entry)
        and _denies_unsaid(index, parsed, _quote_for(index, entry, scores))
    ):
        # "Who said China doesn't respect its partners": Safarov said it respects every one;
        # his words would answer that he said the opposite. Refused, his words offered.
        denied = (_quote_for(index, entry, scores),)
        return Match("none", (), s, denied, lang=lang, vetoed=True)
    if (
        K.ANOTHER_SPEAKERS_WORD
        and (parsed.who_said or parsed.claim)
        and _attributed(entry)
        and entry.speaker is not None
    ):
        theirs = _another_speakers_word(index, parsed, entry.speaker, scores)
        if theirs is not None:
            # "Who said China's foreign policy is prudent": "foreign policy" is Osmonaliyev's,
            # "prudent" only Safarov's; either speaker alone would be credited with words he
            # did not say. Refused, both offered; the semantic stage takes over only with a
            # clear margin for one of the two (semantic.split_tie, tuning.Q11_SPLIT_TIE_MARGIN).
            first = _quote_for(index, entry, scores)
            offered = tuple(dict.fromkeys((first, theirs)))
            return Match("none", (), s, offered, lang=lang, vetoed=True, veto="split")
    if parsed.who_said and entry.type == "fact":
        return Match("quote", (_quote_for(index, entry, scores),), s, lang=lang)
    if (
        K.QUOTE_ASKED_SHOWS_QUOTE
        and entry.type == "fact"
        and entry.speaker is not None
        and any(w in _QUOTE_WORDS for w in parsed.words)
    ):
        # "Quote the minister on metallurgy": a quote is asked for; the fact reporting what he
        # said answered. His words that fit best answer instead (the same speaker).
        return Match("quote", (_quote_for(index, entry, scores),), s, lang=lang)
    if entry.type == "quote":
        pick = text_pick(index, parsed, _near_own_quotes(index, ranked, 0))
        return Match("quote", (pick,), min(s, 1.0), lang=lang)
    return Match(entry.type, (entry.id,), min(s, 1.0), lang=lang)


#: Denials that deny nothing the claim states: "no longer passive", "not only", «не только».
_NOT_DENYING = frozenset("longer only just merely simply только просто tolko".split())
#: A denial after these sets one thing against another ("signed by heads of state and not
#: ministers", «а не министрами»): what the claim states is the first, and it is no denial.
_CONTRASTS = frozenset("and but rather а но a no".split())


def _denies_unsaid(index: Index, parsed: Parsed, entry_id: str) -> bool:
    """Whether the claim after the question's verb of saying denies something ("who said the
    projects are not implemented", «кто сказал что китай не уважает партнёров") while the
    quote's own text denies nothing (tuning.WHO_SAID_DENIED). The denials are those the
    semantic stage reads (text.denies: semantic.denies's words), so both stages read "not",
    "never", «не» alike; "no longer" and
    "not only" deny nothing, nor a contrast ("... by heads of state and not ministers"); a
    question with no verb of saying credits nobody with a denial."""
    ws = parsed.words
    at = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if at is None:
        return False  # no words credited: "signed by heads of state and not ministers?"
    tail = ws[at + 1 :]
    claim = [
        w
        for i, w in enumerate(tail)
        if not (i + 1 < len(tail) and tail[i + 1] in _NOT_DENYING)
        and not (i > 0 and tail[i - 1] in _CONTRASTS)
    ]
    quote = index.kb.quotes.get(entry_id)
    if quote is None or not T.denies(claim):
        return False
    return not T.denies(normalise(quote.text).replace("'", "").split())


def _reported_statement(
    index: Index, parsed: Parsed, scores: dict[int, float], mass: float
) -> Match | None:
    """ "Who said the leaders reached over 100 cooperation outcomes": nobody's quote holds the
    words, but a fact reports them as one person's statement ("according to … Wang Yi"). The
    fact answers under the head that says it is reported, not a quote (``asked_person``), and
    only when it wins clearly among all entries and reports exactly one person
    (tuning.WHO_SAID_REPORTED)."""
    if not (K.WHO_SAID_REPORTED and parsed.who_said and not parsed.persons):
        return None
    ranked = _contradicted(index, parsed, _ranked(scores))
    if not ranked or ranked[0][1] * _name_factor(index, parsed.terms, mass) < K.ANSWER_THRESHOLD:
        return None
    e, s = ranked[0]
    entry = index.entries[e]
    if entry.type != "fact" or _attributed(entry) or _vetoed(index, parsed, entry):
        return None
    if len(ranked) > 1 and ranked[1][1] > s - K.SPEAKER_MARGIN:
        return None  # another entry fits about as well: not a clear case
    if K.WHO_SAID_NEW_WORDS and _new_words(parsed):
        return None  # a word the fact does not hold may be the point of the question
    fact = index.kb.facts.get(entry.id)
    if fact is None:
        return None
    people = [p.id for p in index.kb.people.values() if reports(fact, p)]
    if len(people) != 1:
        return None
    return Match("fact", (entry.id,), min(s, 1.0), asked_person=people[0], lang=parsed.lang)


def _another_speakers_word(
    index: Index, parsed: Parsed, speaker: str, scores: dict[int, float]
) -> str | None:
    """The quote of another speaker whose own words (its text, not its sample questions) hold a
    word of the question that none of ``speaker``'s entries nor their card holds, else None
    (tuning.ANOTHER_SPEAKERS_WORD). Only exact words of the base count (a repaired typo may be
    either's), and no word naming the person asked about ("anyone", "expert")."""
    own = _own_stems(index, speaker)
    if own is None:
        return None  # no words of theirs to check against
    exact = [
        t
        for t in parsed.terms
        if t.sim == 1.0
        and t.word not in GENERIC_PEOPLE
        and t.word not in T.WHO_SAID_FRAME
        and t.word not in T.DEGREE_ADVERBS
        and t.word not in T.EVERYDAY_WORDS
        and not T.is_say_word(t.word)
    ]
    for t in exact:
        if t.stem in own:
            continue
        # The speakers whose own words hold it: a word only one other speaker said is theirs;
        # a word several said ("set", "showed" on a grown base) tells nobody apart.
        holders: dict[str, str] = {}
        for p in index.postings.get(t.stem, ()):
            pos = int(index.phrase_entry[p])
            other = index.entries[pos]
            if other.type != "quote" or other.speaker in (None, speaker):
                continue
            quote = index.kb.quotes.get(other.id)
            if quote is None or t.stem not in _said_stems(index, quote.text):
                continue
            if other.speaker not in holders or scores.get(pos, 0.0) > scores.get(
                index.by_id[holders[other.speaker]], 0.0
            ):
                holders[other.speaker] = other.id
            if len(holders) > 1:
                break
        if len(holders) != 1:
            continue
        ((them, quote_id),) = holders.items()
        if scores.get(index.by_id[quote_id], 0.0) < K.SUGGEST_THRESHOLD * K.SPLIT_QUOTE_SHARE:
            continue  # one shared word of a quote about something else is no split
        # Split only if the first speaker has a word of the question the other lacks:
        # otherwise the other's words hold the whole question, and the ranking decides.
        theirs = _own_stems(index, them) or frozenset()
        if any(u.stem in own and u.stem not in theirs for u in exact):
            return quote_id
    return None


def _split_refusal(
    index: Index, parsed: Parsed, ranked: list[tuple[int, float]], scores: dict[int, float]
) -> Match | None:
    """A refusal (``veto == "split"``) when an unanswered "who said" or claim splits its words
    between two speakers (tuning.ANOTHER_SPEAKERS_WORD): the nearest speaker's words hold some
    of them, another's quote the rest. The semantic stage may settle it only with a clear
    margin for one of the two (semantic.split_tie)."""
    if not (K.ANOTHER_SPEAKERS_WORD and (parsed.who_said or parsed.claim)) or not ranked:
        return None
    entry = index.entries[ranked[0][0]]
    if not _attributed(entry) or entry.speaker is None:
        return None
    theirs = _another_speakers_word(index, parsed, entry.speaker, scores)
    if theirs is None:
        return None
    offered = tuple(dict.fromkeys((_quote_for(index, entry, scores), theirs)))
    return Match("none", (), ranked[0][1], offered, lang=parsed.lang, vetoed=True, veto="split")


def _own_stems(index: Index, speaker: str) -> frozenset[str] | None:
    """The stems of a speaker's quotes (their words and sample questions) and card; None when
    the base quotes them nowhere."""
    card = index.person_stems.get(speaker, frozenset())
    own: set[str] = set(card)
    quoted = False
    for q in index.kb.quotes_by(speaker):
        pos = index.by_id.get(q.id)
        if pos is not None:
            own |= index.entry_stems[pos]
            quoted = True
    return frozenset(own) if quoted else None


def _said_stems(index: Index, text: str) -> frozenset[str]:
    """The stems of a quote's own words, read as the index reads them (without learning their
    spellings: a question never changes the index)."""
    return frozenset(
        index.word_canonical(w) for w in T.words(text, limit=None) if not T.is_stop_word(w)
    )


def _new_words(parsed: Parsed) -> bool:
    """Whether the question has a word the base does not know (typo repair has had its
    chance), other than one standing for the speaker asked about ("anyone", "the guy")."""
    return any(
        t.sim == 0.0 and t.word.isalpha() and t.word not in GENERIC_PEOPLE for t in parsed.terms
    )


def asked_countries(index: Index, parsed: Parsed) -> frozenset[str]:
    """The stems of the countries the question names (one of the people's countries,
    index.people_by_country: data, not a list in code)."""
    return frozenset(index.people_by_country.keys() & {t.stem for t in parsed.terms if t.known})


#: Ordinals as the index reads them ("first" and "1st" are "1"): "the first summit" is not
#: "the second summit", however many other words the two share.
ORDINAL_STEMS = frozenset(str(n) for n in range(1, 11))


def _contradicted(
    index: Index, parsed: Parsed, ranked: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """The ranking with entries that contradict the question discounted: one that states
    another ordinal than the question's and not the question's (tuning.ORDINAL_MISMATCH: "what
    came out of the first summit" was answered with what the second summit signed, which shares
    every other word), one that does not mention a country the question names
    (tuning.COUNTRY_MISSING: "who came from kyrgyzstan to astana")."""
    known = [t.stem for t in parsed.terms if t.known]
    asked = ORDINAL_STEMS.intersection(known)
    countries = asked_countries(index, parsed)
    numbers = {w for w in parsed.words if w.isdigit()}
    wholes = bool(numbers) and K.PART_OF_WHOLE != 1.0
    counts = _asks_count(parsed)
    counted = _counted(index, parsed) if counts and K.COUNTED_MISSING != 1.0 else None
    if (
        not (asked and K.ORDINAL_MISMATCH != 1.0)
        and not (countries and K.COUNTRY_MISSING != 1.0)
        and not wholes
        and counted is None
    ):
        return ranked
    missing = K.COUNT_COUNTRY_MISSING if counts else K.COUNTRY_MISSING

    def factor(e: int) -> float:
        stems = index.entry_stems[e]
        stated = ORDINAL_STEMS & stems
        f = K.ORDINAL_MISMATCH if asked and stated and stated.isdisjoint(asked) else 1.0
        if wholes and _only_a_whole(index, index.entries[e].id, numbers):
            f *= K.PART_OF_WHOLE
        if counted is not None and counted not in stems:
            f *= K.COUNTED_MISSING
        return f * (missing if not countries <= stems else 1.0)

    return _ranked({e: s * factor(e) for e, s in ranked})


#: "54 of the 133", «54 из этих 133»: a part, then the whole it is part of.
_PART_OF = re.compile(r"\b(\d+)\s+(?:of|из)\s+(?:the\s+|these\s+|этих\s+)?(\d+)\b", re.I)


def _only_a_whole(index: Index, entry_id: str, numbers: set[str]) -> bool:
    """Whether the entry states one of the question's numbers only as the whole of a part
    the question does not name ("54 of the 133" for "the 133 projects"): it is about the part
    (tuning.PART_OF_WHOLE). The pairs are read once per entry and index (Index.part_of_memo)."""
    pairs = index.part_of_memo.get(entry_id)
    if pairs is None:
        rec = index.kb.record(entry_id)
        texts = (
            (rec.statement, rec.answer, rec.answer_ru or "")
            if isinstance(rec, Fact)
            else (rec.text,)
            if isinstance(rec, Quote)
            else ()
        )
        pairs = tuple((m[1], m[2]) for t in texts for m in _PART_OF.finditer(t))
        index.part_of_memo[entry_id] = pairs
    return any(whole in numbers and part not in numbers for part, whole in pairs)


def _asks_words(index: Index, parsed: Parsed) -> bool:
    """Whether a question naming a person may be corrected to someone else's words: it must
    ask about words, not "who is X", and name a topic: a content word that does not merely
    describe people (a role, a country). "Who is Serdar Berdimuhamedov and was he in Astana"
    asks who he is; in "Nagaspayev is Kazakhstan's foreign minister, right? what did he say"
    the only content word, "foreign", is part of a title: both were "corrected" to another
    speaker's quote, shown for a question nobody asked about that speaker. "What did Safarov
    say about mining" names a topic, and is still corrected."""
    if not K.CORRECTION_NEEDS_WORDS:
        return True
    if parsed.who_is and not parsed.say:
        return False
    if _asks_about_person(parsed):
        return False
    return any(c not in index.people_words for c in parsed.content)


#: Interrogatives that open a question about a person's attributes ("which country is X from",
#: "откуда X", "из какой страны X"), beyond intent.QUESTION_WORDS.
_PERSON_QUESTION_WORDS = QUESTION_WORDS | frozenset(
    "откуда куда какая какое каком какую каких какой kakoy kakaya otkuda".split()
)


def proposes(parsed: Parsed) -> bool:
    """Whether the question put the words to the person as a yes/no matter ("did X say W",
    "X said W, right?", "is it true that X called…", "who said W, was it X?"), so that a
    correction answers "No"; "what did X say about W" proposed nothing."""
    return (
        parsed.claim
        or parsed.who_said
        or (is_yes_no(parsed.words) and not asks_for_words(parsed.words))
    )


def _asks_about_person(parsed: Parsed) -> bool:
    """A question (an interrogative, no verb of saying, no claim, not "who said") credits the
    person it names with no words: "which country is Nagaspayev from" was "corrected" to
    Safarov's quote because "country" is in his words and not in Nagaspayev's."""
    if parsed.say or parsed.claim or parsed.who_said:
        return False
    return any(w in _PERSON_QUESTION_WORDS for w in parsed.words)


def _unheld(index: Index, parsed: Parsed) -> bool:
    """Whether the question asks for something no record holds (text.UNHELD_WORDS: age,
    wealth, family, pay), by a word the base does not use (once a curator adds a record that
    says "wealth", the word is the base's and no longer refused) or a pair of adjacent words
    ("how old")."""
    words = parsed.words
    if any(w in T.UNHELD_WORDS and not index.term(w).known for w in words):
        return True
    return any(pair in T.UNHELD_PAIRS for pair in itertools.pairwise(words))


#: What opens a "who <verb> ..." question (tuning.WHO_DID_UNSAID_ACT).
_WHO_OPENERS = frozenset({"who", "кто", "kto"})


def _act_unsaid(index: Index, parsed: Parsed, pos: int) -> bool:
    """Whether "who <verb> ..." asks who did something (its verb neither one of saying nor of
    communication, text.SPEECH_ACT_STEMS) that the entry's words never name: the words are
    about the act's object, not about anyone doing it (tuning.WHO_DID_UNSAID_ACT)."""
    ws = parsed.words
    if parsed.say or parsed.who_said or parsed.claim or len(ws) < 2 or ws[0] not in _WHO_OPENERS:
        return False
    verb = ws[1]
    if T.is_say_word(verb) or verb.startswith(T.SPEECH_ACT_STEMS):
        return False
    term = next((t for t in parsed.terms if t.word == verb), None)
    return term is not None and bool(term.stem) and term.stem not in index.entry_stems[pos]


def _vetoed(index: Index, parsed: Parsed, entry: Entry) -> bool:
    """Whether the best entry, though it scores above the threshold, does not answer what was
    asked (each rule's reason is in bot/tuning.py)."""
    if K.UNHELD_VETO and _unheld(index, parsed):
        return True
    if K.WHEN_WHERE_NO_QUOTE and (parsed.when or parsed.where) and entry.type == "quote":
        return not parsed.say
    if K.Q15_WHEN_NEEDS_DATE and entry.type != "event" and not entry.dated and _asks_when(parsed):
        return True
    if K.COUNT_NEEDS_FIGURE and _asks_count(parsed):
        return not _states_figure(index, entry.id) or count_unstated(index, parsed, entry.id)
    if K.MEMBERS_NAMED and (asked := asked_members(parsed)) is not None:
        return not names_members(index, entry.id, asked)
    return K.Q18_PROPOSAL_OBJECT and _proposal_elsewhere(index, parsed, entry)


def _proposal_elsewhere(index: Index, parsed: Parsed, entry: Entry) -> bool:
    """Whether "who proposed X", "whose idea was X", «кто предложил X» finds a record of a
    proposal that is not of X: the proposing word is one of the rarest of the base, so any
    record of something put forward ("the Spirit, which Xi put forward") answered "whose idea
    was the treaty", of which the base says nothing (tuning.Q18_PROPOSAL_OBJECT). The record
    must name a proposal and hold X's known words (a year or "summit" may be the setting, not
    X); a question with no other known word is left as it was."""
    others = _proposal_others(index, parsed)
    pos = index.by_id.get(entry.id)
    return bool(others) and pos is not None and not others <= index.entry_stems[pos]


def _proposal_others(index: Index, parsed: Parsed) -> frozenset[str]:
    """For a question of who proposed X: the proposing stem and X's known stems, which a record
    answering must all hold (a year or "summit" may be the setting, not X); empty for any other
    question, and for one with no other known word."""
    proposal = index.word_canonical("propose")
    if not any(t.known and t.stem == proposal for t in parsed.terms):
        return frozenset()
    setting = {index.word_canonical("summit")}
    # "Which country proposed ...", «какая страна предложила ...»: the noun after the question
    # word is the kind of answer asked for (Kazakhstan), not the thing proposed.
    ws = parsed.words
    asked = {ws[i + 1] for i, w in enumerate(ws[:-1]) if w in _KIND_ASKED_OPENERS}
    others = {
        t.stem
        for t in parsed.terms
        if t.known
        and t.stem != proposal
        and t.stem not in setting
        and not t.stem.isdigit()
        and t.word not in asked
    }
    return frozenset({proposal, *others}) if others else frozenset()


#: Question words after which a noun names the kind of answer asked for ("which country").
_KIND_ASKED_OPENERS = frozenset(
    "which what whose какая какой какие каким какого чья чей чьё kakaya kakoy kakie".split()
)


#: Words after which a count question names what it counts ("how many projects", "сколько
#: проектов"), and the words skipped on the way ("how many of the 133 projects").
_COUNT_OPENERS = frozenset("many сколько skolko".split())
_COUNT_SKIPPED = frozenset("of the these those in из этих тех всего total".split())


def _counted(index: Index, parsed: Parsed) -> str | None:
    """The stem of the thing a count question counts ("how many projects ..." -> "project"),
    if the base knows the word: an entry that does not mention it counts something else
    (tuning.COUNTED_MISSING)."""
    words = parsed.words
    for i, w in enumerate(words):
        if w not in _COUNT_OPENERS:
            continue
        for nxt in words[i + 1 : i + 5]:
            if nxt in _COUNT_SKIPPED or nxt.isdigit():
                continue
            term = term_read(index, parsed, nxt)
            return term.stem if term.known and nxt.isalpha() else None
    return None


def _nobody_quoted_from(index: Index, parsed: Parsed) -> bool:
    """Whether the question asks for the words of "anyone from" countries none of whose people
    the base quotes ("was anyone from uzbekistan or turkmenistan quoted?", «кто-то из
    Туркменистана цитируется?»), or several: the people records answer it (nobody), and no
    entry does; a fact that lists the participants would pass for a yes, and one of several
    people's words for the one asked about (tuning.Q15_NOBODY_QUOTED_FROM). Called after
    ANYONE_FROM_COUNTRY, which makes the one person quoted from the country the speaker."""
    if parsed.persons or parsed.unknown_name or not (parsed.say or parsed.who_said or parsed.claim):
        return False
    ws = parsed.words
    countries = _country_stems(index)
    for i in range(len(ws) - 2):
        anyone = ws[i] in _ANYONE or (i > 0 and ws[i - 1] == "кто" and ws[i] in _KTO_TAILS)
        if not anyone or ws[i + 1] not in _FROM:
            continue
        asked: list[str] = []
        j = i + 2
        while j < len(ws):
            country = index.term(capital_country(index, ws, j) or ws[j])
            if country.sim < 1.0 or country.stem not in countries:
                break
            asked.append(country.stem)
            if j + 2 < len(ws) and ws[j + 1] in _COUNTRY_JOINS:
                j += 2
                continue
            break
        if not asked and place_unknown(index, ws, i + 2):
            asked.append(ws[i + 2])  # "anyone from russia": nobody of a place the base lacks
        if asked:
            # Nobody of them quoted, or several (one person of the first country would be the
            # speaker already: ANYONE_FROM_COUNTRY): no one speaker is asked for; any one
            # person's words would be a guess at whom the user means.
            return True
    return False


#: Words joining the countries after "anyone from" ("uzbekistan or turkmenistan").
_COUNTRY_JOINS = frozenset("or and или и".split())


def _country_stems(index: Index) -> frozenset[str]:
    """The stems of the countries the base knows: its people's and the capitals' (data)."""
    return frozenset(index.people_by_country) | frozenset(
        index.term(c).stem for c in index.kb.capitals.values()
    )


def _asks_when(parsed: Parsed) -> bool:
    """Whether the question opens by asking "when"/"когда"/"in what year" (kinds.question_kind,
    the reading the semantic stage refuses undated entries by): an entry that states no date
    cannot answer it (tuning.Q15_WHEN_NEEDS_DATE)."""
    ws = parsed.words
    if question_kind(parsed, " ".join(ws)) != "when":
        return False
    # "When was the mechanism agreed and what does it say about frequency": a second question
    # asks something an undated entry may answer; the "when" is only the first one's.
    return not any(w in _SECOND_ASKS and p in _JOINS for p, w in itertools.pairwise(ws))


#: A second question joined to a "when" question ("... and what does it say", «... и как»).
_JOINS = frozenset("and also и а".split())
_SECOND_ASKS = frozenset("what how who where which why что как кто где какой какие зачем".split())


def _asks_count(parsed: Parsed) -> bool:
    """Whether the question asks "how many"/"how much"/"сколько" (kinds.question_kind's
    reading, on the question's words)."""
    return question_kind(parsed, " ".join(parsed.words)) == "count"


def _name_factor(index: Index, terms: tuple[Term, ...], mass: float) -> float:
    """How much the question's unknown proper nouns (bot/names.py) discount its best score for
    the decision to answer: each weighs ``tuning.UNKNOWN_NAME_WEIGHT`` times an unknown word.
    "Who said India respects each and every partner" shares every other word with Safarov's
    quote; the name it swapped in is what it is about. Suggestions keep the plain score
    ("mining in paris" still offers the mining quote)."""
    if K.UNKNOWN_NAME_WEIGHT == 1.0 or mass <= 0.0:
        return 1.0
    extra = sum(
        index.unknown_idf * t.weight * (K.UNKNOWN_NAME_WEIGHT - 1.0)
        for t in terms
        if not t.known and t.stem and is_proper_noun(t.word)
    )
    return mass / (mass + extra)


def _namesakes(
    index: Index, parsed: Parsed, resolved: list[tuple[str, float]], mass: float
) -> Match:
    """Several people fit the name asked about: say so, and offer each of them (their best
    fitting quote when the question has a topic their words fit, else their card)."""
    picks: list[str] = []
    best = 0.0
    for person in parsed.namesakes[: K.MAX_SUGGESTIONS]:
        own = _ranked(_own_scores(index, person, resolved, mass)) if parsed.terms else []
        if own and own[0][1] >= K.ANSWER_THRESHOLD and (parsed.say or parsed.claim):
            picks.append(_quote_for(index, index.entries[own[0][0]], {}))
            best = max(best, own[0][1])
        else:
            picks.append(person)
    return Match(
        "ambiguous", (), best, tuple(dict.fromkeys(picks)), lang=parsed.lang, namesakes=True
    )


def _unknown_speaker(index: Index, parsed: Parsed, scores: dict[int, float]) -> Match:
    """A speaker slot that names nobody in the base: refused, without anyone's quote.

    "Did <someone not in the base> say <words that someone in the base said>?" is corrected,
    but only when it is a claim, on strong evidence (several words, a high score, no other
    speaker as close). "Quote from <someone> on <topic>" is not a claim: it is refused.
    """
    attributed = [(e, s) for e, s in _ranked(scores) if _attributed(index.entries[e])]
    if (
        attributed
        and parsed.claim
        and _clearly_theirs(index, parsed, attributed)
        and (
            len(parsed.content) >= K.UNKNOWN_CORRECTION_WORDS
            or _verbatim_run(index, parsed, index.entries[attributed[0][0]].id)
            >= K.VERBATIM_CORRECTION_WORDS
        )
        and not _speaker_guard(index, attributed, 0)
        # The claim's figures, places and verdict are the words' own (Q16_CLAIM_*): "Wang Yi
        # spoke of 100 projects worth 35 billion?" is not Nagaspayev's 133.
        and not claim_contradicted(
            index,
            parsed,
            index.kb.record(_quote_for(index, index.entries[attributed[0][0]], scores)),
        )
    ):
        e, s = attributed[0]
        return Match(
            "correction",
            (_quote_for(index, index.entries[e], scores),),
            s,
            unknown_name=parsed.unknown_name,
            lang=parsed.lang,
            claim=proposes(parsed),
        )
    return Match(
        "unknown_person",
        (),
        0.0,
        _best_quoted(index),
        unknown_name=parsed.unknown_name,
        lang=parsed.lang,
        asks_who=parsed.who_is and not parsed.say,
    )


def _clearly_theirs(index: Index, parsed: Parsed, attributed: list[tuple[int, float]]) -> bool:
    """Whether the best attributed words fit a claim about someone else well enough to name
    their speaker: UNKNOWN_CORRECTION_MIN, or (tuning.UNKNOWN_CORRECTION_WIDE) a little lower
    with many content words and far ahead of every other speaker's words."""
    e, s = attributed[0]
    if s >= K.UNKNOWN_CORRECTION_MIN:
        return True
    if not K.UNKNOWN_CORRECTION_WIDE or s < K.UNKNOWN_CORRECTION_WIDE_MIN:
        return False
    if len(set(parsed.content)) < K.UNKNOWN_CORRECTION_WIDE_WORDS:
        return False
    speaker = index.entries[e].speaker
    rival = next((r for i, r in attributed[1:] if index.entries[i].speaker != speaker), 0.0)
    return s - rival >= K.UNKNOWN_CORRECTION_WIDE_MARGIN


def _verbatim_run(index: Index, parsed: Parsed, entry_id: str) -> int:
    """The longest run of the question's words, stop words included, that the entry's words
    (a quote's text, a fact's statement) contain verbatim: "respecting each and every partner"
    has two content words but is five words of Safarov's, which is evidence enough."""
    quote = index.kb.quotes.get(entry_id)
    fact = index.kb.facts.get(entry_id)
    text = quote.text if quote is not None else fact.statement if fact is not None else ""
    theirs = T.words(text, limit=None)
    ours = parsed.words
    best = 0
    prev = [0] * (len(theirs) + 1)
    for a in ours:
        cur = [0] * (len(theirs) + 1)
        for j, b in enumerate(theirs):
            if a == b:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def _best_quoted(index: Index) -> tuple[str, ...]:
    """The people offered after an unknown name: the most quoted, then by id, so that the
    list does not depend on the order the knowledge files are read in."""
    return index.quoted_ranked[: K.MAX_SUGGESTIONS]


def ranked_ids(index: Index, parsed: Parsed) -> list[str]:
    """Entry ids that clear the suggestion threshold, best first, honouring a named speaker:
    when the question names a person, other people's words are not offered."""
    ranked = _ranked(score_entries(index, parsed.terms))
    out = []
    for e, s in ranked:
        if s < K.SUGGEST_THRESHOLD:
            break
        entry = index.entries[e]
        if parsed.persons and _attributed(entry) and entry.speaker not in parsed.persons:
            continue
        if parsed.unknown_name and _attributed(entry):
            continue
        out.append(entry.id)
    return out


def match(index: Index, question: str) -> Match:
    """Answer a question with entries from the index, or refuse; never raises on any text."""
    return match_parsed(index, parse(index, question))


# -- place traps (tuning.PLACE_TRAP) ----------------------------------------------------------


def _place_stem(index: Index, name: str) -> str:
    """The canonical stem of a place's name as the data writes it ("Xi'an" -> that of "xian")."""
    return index.word_canonical(name.lower().replace("'", ""))


def place_names(index: Index) -> dict[str, tuple[str, str, bool]]:
    """Stem -> (English name, Russian name, is a city) of every place of the region the bot
    knows as data: the events' cities and countries and the people's countries (the base), and
    the synonym groups with a word the Russian dictionary tags as a place (the cities the base
    does not hold, knowledge/vocabulary.yaml's placetrap groups; their Cyrillic words are also
    how a Russian name is found for the base's places, knowledge/synonyms.yaml). Computed once
    per index (Index.places)."""
    if index.places is None:
        index.places = _place_names(index)
    return index.places


def _place_names(index: Index) -> dict[str, tuple[str, str, bool]]:
    russian: dict[str, str] = {}
    listed: dict[str, str] = {}
    for group in index.kb.synonyms:
        stem = index.word_canonical(group[0])
        cyr = [w for w in group if T.is_cyrillic(w)]
        if cyr:
            russian.setdefault(stem, cyr[0].capitalize())
        if stem in index.idf:
            continue  # a word of the base ("asia", «Азия»): its places are the events' own
        if any(T.is_russian_place_name(w) for w in cyr) or is_proper_noun(group[0]):
            listed.setdefault(stem, group[0].capitalize())
    out: dict[str, tuple[str, str, bool]] = {}

    def add(name: str, city: bool) -> None:
        stem = _place_stem(index, name)
        if stem not in out or city:
            out[stem] = (name, russian.get(stem, name), city)

    for ev in index.kb.events.values():
        if ev.city:
            add(ev.city, True)
        add(ev.country, False)
    for ids in index.people_by_country.values():  # one person per country, not all people
        person = index.kb.people.get(ids[0]) if ids else None
        if person is not None and person.country:
            add(person.country, False)
    for stem, name in listed.items():
        if stem not in out:
            out[stem] = (name, russian.get(stem, name), True)
    if K.PLACE_SPELLED_AS_WRITTEN:
        # «Пекин» is read as China (knowledge/synonyms.yaml), and also spells Beijing in its
        # placetrap group: as a place asked, the city the user wrote (_asked_place).
        for group in index.kb.synonyms:
            city = index.word_canonical(group[0])
            if city not in listed or city not in out:
                continue
            for w in group:
                raw = T.stem(w)
                if index.canonical(raw) != city:
                    out.setdefault(raw, out[city])
    return out


def _asked_place(
    index: Index, parsed: Parsed, places: dict[str, tuple[str, str, bool]]
) -> Term | None:
    """The one place of :func:`place_names` the question names (None for none or several)."""
    found: dict[str, Term] = {}
    ws = parsed.words
    in_name = (
        {w for i, w in enumerate(ws[:-1]) if _format_next(index, ws[i + 1])}
        if K.SUMMIT_PLACE_PREMISE
        else set()
    )
    if K.Q17_DOCUMENT_NAME_NO_PLACE:
        # "The astana declaration": a document's name, no place asked ("did they sign the
        # astana declaration in tashkent" asks Tashkent).
        # A document the base holds: "the almaty declaration" is a place put on one.
        in_name |= {
            w
            for i, w in enumerate(ws[:-1])
            if item_kind(ws[i + 1]) == "document" and summits_marked(index, {_place_stem(index, w)})
        }
    for t in parsed.terms:
        if t.word in in_name:
            continue  # "the china-central asia summit": the format's name, no place asked
        stem = _place_key(index, places, t.word)
        if stem in places:
            found.setdefault(stem, t)
    return next(iter(found.values())) if len(found) == 1 else None


def _events_placed(
    index: Index, places: dict[str, tuple[str, str, bool]], stem: str
) -> list[Event]:
    """The events (in base order) whose card a place trap reads as held in the place ``stem``
    (:func:`_entry_place`): the summit at the place a question names, held or not."""
    return [
        e
        for e in index.kb.events.values()
        if (pos := index.by_id.get(e.id)) is not None
        and _entry_place(index, places, pos, stem) == stem
    ]


def _entry_place(
    index: Index, places: dict[str, tuple[str, str, bool]], pos: int, asked: str
) -> str | None:
    """The place an entry answers a place trap with: its one city (or, where a country was
    asked, its one country when it names no city); ``asked`` itself when the entry mentions the
    place asked or, for a country, a city in it (never corrected); None when it names no
    other place, or several."""
    stems = index.entry_stems[pos]
    entry = index.entries[pos]
    if asked in stems and not (K.SUMMIT_PLACE_PREMISE and entry.type == "event"):
        return asked  # (a summit's card names China in the format's name: its own place rules)
    asked_city = places.get(asked, ("", "", True))[2]
    named = [s for s in sorted(stems) if s in places]
    cities = [s for s in named if places[s][2]]
    event = index.kb.events.get(entry.id) if entry.type == "event" else None
    if event is not None:
        # A summit's card is about its own place, whatever else its text names ("after
        # Astana"): the 2027 card's is China, with no city.
        own = [_place_stem(index, x) for x in (event.city, event.country) if x]
        if asked in own:
            return asked
        named = [s for s in own if s in places]
        cities = [s for s in named if places[s][2]]
        if asked_city and not event.city:
            # "The third summit in tashkent": the 2027 card gives China and no city. A city
            # known to lie in another country is corrected by the card's country; one in
            # that country ("in beijing") or of no known country is not ruled out.
            country = _place_stem(index, event.country)
            return country if _city_elsewhere(index, asked, event) else None
    if not asked_city:
        inside = city_countries(index)
        if any(inside.get(c) == asked for c in cities):
            return asked
    real = cities if cities or asked_city else named
    return real[0] if len(real) == 1 else None


def _city_not_given(
    index: Index, places: dict[str, tuple[str, str, bool]], pos: int, asked: str
) -> tuple[str, bool] | None:
    """The country (its place stem) of a summit that gives no city, when the city asked lies in
    it by the data ("in beijing" for the 2027 summit in China), and the entry is its card or
    one of its records naming no city: the question's city is neither confirmed nor ruled out
    (tuning.Q21_CITY_NOT_GIVEN); with False, a city the data puts in another country, asked of
    such a record ("is the next summit in tashkent"), which the country rules out. None
    otherwise."""
    entry = index.entries[pos]
    event = index.kb.events.get(entry.id) if entry.type == "event" else None
    fact = index.kb.facts.get(entry.id) if entry.type == "fact" else None
    if fact is not None and fact.event:
        # "Is the next summit in Beijing?": the next summit's record, naming no city.
        if any(places[s][2] for s in index.entry_stems[pos] if s in places):
            return None
        event = index.kb.events.get(fact.event)
    if event is None or event.city or not event.country or not places.get(asked, ("", "", 0))[2]:
        return None
    country = _place_stem(index, event.country)
    if country not in places:
        return None
    if _place_countries(index).get(asked) == country:
        return country, True
    return (country, False) if fact is not None and _city_elsewhere(index, asked, event) else None


def _city_elsewhere(index: Index, city: str, event: Event) -> bool:
    """Whether the data puts the city (its place stem) in another country than the summit's
    (tuning.Q14_CITY_IN_OTHER_COUNTRY): Tashkent for the 2027 summit in China, not Beijing."""
    if not K.Q14_CITY_IN_OTHER_COUNTRY:
        return False
    home = _place_countries(index).get(city)
    return home is not None and home != _place_stem(index, event.country)


def _place_countries(index: Index) -> dict[str, str]:
    """The place stem of each city whose country the data gives -> its country's place stem:
    the summits' cities (kb events) and the capitals (knowledge/vocabulary.yaml ``capitals``,
    every spelling). Computed each call from small data (a dozen names)."""
    out = {city: country for city, country in city_countries(index).items()}
    for word, country in index.kb.capitals.items():
        out.setdefault(_place_stem(index, word), _place_stem(index, country))
    return out


def _premise(
    index: Index, parsed: Parsed
) -> tuple[Term, str, dict[str, tuple[str, str, bool]]] | None:
    """The place a question could put a false premise on (its term and stem), with the places
    known; None for a question that asks for someone's words or about a person (a quote's
    words are no premise about a place), and for one that names no place or several."""
    if parsed.who_said or parsed.say or parsed.persons or parsed.unknown_name or parsed.who_is:
        return None
    places = place_names(index)
    asked = _asked_place(index, parsed, places)
    if asked is None:
        return None
    if K.Q25F_COUNTRY_SIGNS and _signer(index, parsed.words, asked.word):
        # «Таджикистан подписал договор?», "did tajikistan sign the treaty": the country that
        # signs is the signer, not where it signed ("No: not in Tajikistan" answered a place
        # never asked) (tuning.Q25F_COUNTRY_SIGNS).
        return None
    return asked, _place_key(index, places, asked.word), places


#: Words that may stand between a signer and its verb of signing ("did tajikistan not sign",
#: «Таджикистан не подписал», «подписал ли Таджикистан», "has tajikistan also signed").
_SIGNER_GAP = frozenset("not never also too ever really actually не ли тоже также ведь".split())
#: Words before a country that make it a place, not a signer ("signed in tajikistan").
_PLACE_PREPOSITIONS = frozenset("in at to from near в во на из под".split())


def _signer(index: Index, ws: Sequence[str], word: str) -> bool:
    """Whether ``word`` is a country standing as the subject of a verb of signing (the
    synonym group of "sign"): the verb next to it, only words of :data:`_SIGNER_GAP` between,
    and no preposition of place before it (tuning.Q25F_COUNTRY_SIGNS)."""
    if index.word_canonical(word) not in index.people_by_country:
        return False
    sign = index.term("sign").stem
    for i, w in enumerate(ws):
        if w != word or (i and ws[i - 1] in _PLACE_PREPOSITIONS):
            continue
        after = [v for v in ws[i + 1 :] if v not in _SIGNER_GAP][:1]
        before = [v for v in reversed(ws[:i]) if v not in _SIGNER_GAP][:1]
        if any(index.term(v).stem == sign for v in after + before):
            return True
    return False


def _place_key(index: Index, places: dict[str, tuple[str, str, bool]], word: str) -> str:
    """The stem a word of the question names a place by: its canonical stem, or, for a
    spelling of a city that the synonyms read as a country («в Пекине»), the city written
    (tuning.PLACE_SPELLED_AS_WRITTEN)."""
    raw = T.stem(word)
    stem = index.canonical(raw)
    if raw != stem and raw in places and places[raw][2]:
        return raw
    return stem


def place_checked(index: Index, parsed: Parsed, m: Match, claim: bool = True) -> Match:
    """An answered yes/no question ("is it true the secretariat opened in almaty?", "the first
    summit was in astana in 2023 yes?") whose entry names another place than the one asked,
    and not that one: the same answer, "No: not in Almaty: my sources say Xi'an." first
    (tuning.PLACE_TRAP_YES_NO). The entry already answers; only the premise is checked."""
    premise = _premise(index, parsed)
    pos = index.by_id.get(m.entries[0]) if len(m.entries) == 1 else None
    if premise is None or pos is None:
        return m
    if K.Q15_FIRST_IN_PLACE_BOTH and not claim and m.kind == "event":
        # "When was the first summit in astana": the first summit's card, and the first one
        # held in Astana, not a correction that guesses the first reading.
        both = _first_held_there(index, parsed, m)
        if both is not None:
            return both
    asked, asked_stem, places = premise
    if K.PLACE_TRAP_SUMMIT_NAMED:
        summit = _summit_asked(index, parsed, asked_stem)
        if summit is None or (summit and not _of_summit(index, pos, summit)):
            # "The astana summit was in 2024, right?": the secretariat's opening (2024) is
            # no record of the summit asked about; its place corrects nothing.
            return m
    real = _entry_place(index, places, pos, asked_stem)
    if real is None or real == asked_stem:
        return m
    return replace(
        m,
        wrong_place=(
            _asked_name(places, asked, asked_stem, parsed.lang),
            _shown(places, real, parsed.lang),
        ),
        claim=claim,
    )


def _asked_name(places: dict[str, tuple[str, str, bool]], asked: Term, stem: str, lang: str) -> str:
    """The place asked as the lead names it: in English its name ("xian" → "Xi'an"); in
    Russian the user's own word, in the case the user put it in («в Ташкенте»); a place the
    user did not write in Cyrillic (a capital read from "в столице Китая": Beijing) by its
    Russian name, in the case after «в» («в Пекине»)."""
    if lang == "en" and stem in places:
        return places[stem][0]
    if lang == "ru" and stem in places and not T.is_cyrillic(asked.word):
        return _ru_after_in(places[stem][1])
    return asked.word


def _ru_after_in(name: str) -> str:
    """A Russian place name in the case after «в»: «Пекин» → «Пекине», «Астана» → «Астане»;
    «Душанбе», «Сиань» and names of several words stay as they are."""
    if " " in name or not T.is_cyrillic(name):
        return name
    if name.endswith("а"):
        return name[:-1] + "е"
    if name[-1] in "бвгджзклмнпрстфхцчшщ":
        return name + "е"
    return name


def _shown(places: dict[str, tuple[str, str, bool]], stem: str, lang: str) -> str:
    name_en, name_ru, _ = places[stem]
    return name_ru if lang == "ru" else name_en


def place_trap(index: Index, parsed: Parsed) -> Match | None:
    """A refused question whose only trouble is a place the base does not tie to its answer
    ("why did the summit sign the almaty declaration"): the entry that answers the question
    without the place, with the place corrected (tuning.PLACE_TRAP). None when the question
    asks for someone's words or about a person (a quote's words are no premise about a
    place), names no place or several, when the entry mentions the place asked (never
    corrected) or names no other place (or only a country where a city was asked: "Beijing"
    is not wrong for "China"), or when an entry that would answer otherwise (another place,
    or the place asked) is within tuning.PLACE_TRAP_MARGIN of it: entries naming the same
    place are one reading ("the second summit": the Astana card and the Astana facts)."""
    premise = _premise(index, parsed)
    if premise is None:
        return None
    asked, asked_stem, places = premise
    summit = _summit_asked(index, parsed, asked_stem) if K.PLACE_TRAP_SUMMIT_NAMED else ""
    if summit is None:
        return None  # "when was the 2024 summit in tashkent": a summit the base never held
    years = index.event_years
    rest = tuple(
        t
        for t in parsed.terms
        if t is not asked
        # "второй саммит был в Бишкеке в 2024?": a year no summit was held in, next to the
        # summit named, is part of the premise corrected, not a topic (the secretariat's).
        and not (summit and t.word.isdigit() and len(t.word) == 4 and t.word not in years)
        # «Почему второй саммит проходил в Алматы?»: "why" asks the reason of a premise the
        # place makes wrong; English "why" is a stop word, «почему» a word of the reason
        # fact's questions, which outranked the summit's card (tuning.Q22_WHY_WRONG_PLACE).
        and not (K.Q22_WHY_WRONG_PLACE and t.word in _WHY_WORDS)
    )
    if not rest:
        return None
    without = replace(parsed, terms=rest)
    m = _match_parsed(index, without)
    if m.kind not in ("fact", "event") or len(m.entries) != 1:
        return None
    resolved, mass = _resolve(index, rest)
    ranked = _contradicted(
        index, without, _by_intent(index, without, _ranked(_score(index, resolved, mass)))
    )
    if summit:
        # "The second summit was held in tashkent, who hosted?": the summit named is the one
        # whose place corrects the premise; only its card and its facts answer.
        ranked = [(e, sc) for e, sc in ranked if _of_summit(index, e, summit)]
        if not ranked or ranked[0][1] < K.ANSWER_THRESHOLD:
            return None
        top = index.entries[ranked[0][0]]
        if m.entries[0] != top.id:
            if top.type not in ("fact", "event"):
                return None
            m = Match(top.type, (top.id,), min(ranked[0][1], 1.0), lang=parsed.lang)
    pos = index.by_id.get(m.entries[0])
    if pos is None or not ranked or ranked[0][0] != pos:
        return None
    if (
        K.PLACE_TRAP_WHOLE_QUESTION
        and _left_out(index, rest, pos)
        and not _unheld_card(index, summit, pos)
    ):
        return None  # "what did leaders sign in dushanbe in 2024": not the secretariat's
    real = _entry_place(index, places, pos, asked_stem)
    if real is None and K.Q21_CITY_NOT_GIVEN:
        given = _city_not_given(index, places, pos, asked_stem)
        if given is not None:
            # "Will the 2027 summit be held in Beijing?": a city of the summit's country, which
            # the sources do not name: not ruled out, not confirmed (the lead of a count a
            # bound leaves open: "I can't confirm Beijing: my sources say China."); a city of
            # another country ("is the next summit in tashkent") is put right by the country.
            country, inside = given
            asked_name = _asked_name(places, asked, asked_stem, parsed.lang)
            shown = _shown(places, country, parsed.lang)
            if not inside:
                return replace(m, wrong_place=(asked_name, shown), claim=_yes_no(parsed))
            return replace(m, wrong_number=(asked_name, shown), claim=False)
    if real is None or real == asked_stem:
        return None
    # "The summit" unnamed in a place no summit was held in (Q18_UNNAMED_SUMMIT_PLACE): the
    # summits' own cards tie, and the premise is wrong whichever is meant; a tie with any
    # other entry ("the almaty declaration": the Xi'an one or the Astana signing) still refuses.
    anywhere = (
        K.PLACE_TRAP_SUMMIT_NAMED
        and K.Q18_UNNAMED_SUMMIT_PLACE
        and summit == ""
        and _says_summit(index, parsed)
    )
    if anywhere and index.entries[pos].type != "event":
        return None  # "what happened at the summit in tashkent": only a summit's card answers
    for e, score in ranked[1:]:
        if ranked[0][1] - score >= K.PLACE_TRAP_MARGIN:
            break
        if anywhere and index.entries[e].type == "event":
            continue
        other = _entry_place(index, places, e, asked_stem)
        if other is not None and other != real:
            return None
    shown = _shown(places, real, parsed.lang)
    asked_name = _asked_name(places, asked, asked_stem, parsed.lang)
    return replace(m, wrong_place=(asked_name, shown), claim=_yes_no(parsed))


def _unheld_card(index: Index, summit: str | None, pos: int) -> bool:
    """Whether the entry at ``pos`` is the card of the summit the question names and that
    summit is still to come: "what was signed at the third summit in dushanbe" asks what a
    summit not yet held did, which its card answers (set for China in 2027, no date yet)
    whatever else was asked of it, under the place put right (tuning.Q24M_UNHELD_AT_PLACE)."""
    if not K.Q24M_UNHELD_AT_PLACE or not summit:
        return False
    event = index.kb.events.get(summit)
    return event is not None and event.start is None and index.entries[pos].id == summit


#: Prepositions that put a summit in a place ("was the summit *in* bishkek", «саммит был *в*
#: Бишкеке»).
_IN_PLACE = frozenset("in в во v vo".split())


def _why_asked(parsed: Parsed) -> bool:
    """ "Why was the summit in almaty", «почему саммит был в Алматы»: the reason of a premise
    asked (tuning.Q22_WHY_WRONG_PLACE)."""
    return K.Q22_WHY_WRONG_PLACE and parsed.words[:1] != () and parsed.words[0] in _WHY_WORDS


def summit_in_place_read(index: Index, parsed: Parsed) -> Parsed:
    """ "Was the summit in bishkek?", «саммит был в Бишкеке?»: a yes/no question with nothing
    but a summit and a place after "in" asks where the summit was, as "was the summit held in
    bishkek" does ("held" makes it a when/where question); read so (tuning.
    Q19_SUMMIT_IN_PLACE). Without it, the bare words found "was the summit a success" (the
    reception fact) for Astana, and a place no summit was held in was refused, not corrected."""
    why = False
    if (
        parsed.when
        or parsed.where
        or parsed.say
        or parsed.who_said
        or parsed.who_is
        or parsed.persons
        or parsed.unknown_name
        or not (_yes_no(parsed) or (why := _why_asked(parsed)))
        or not _says_summit(index, parsed)
    ):
        return parsed
    places = place_names(index)
    asked = _asked_place(index, parsed, places)
    ws = parsed.words
    if asked is None or asked.word not in ws:
        return parsed
    at = ws.index(asked.word)
    if at == 0 or ws[at - 1] not in _IN_PLACE:
        return parsed
    if why and _events_placed(index, places, asked.stem):
        return parsed  # "why was the summit in astana": a reason asked of a summit's own place
    summit = index.word_canonical("summit")
    if any(
        t is not asked and not (t.known and t.stem == summit) and t.word not in _WHY_WORDS
        for t in parsed.terms
    ):
        # "Was the treaty signed at the summit in astana": more is asked. A summit named
        # ("the first summit", "the next one") is read as before: its own place corrects it.
        return parsed
    return replace(parsed, where=True)


def _summit_asked(index: Index, parsed: Parsed, place: str) -> str | None:
    """For a place trap about a summit (the question says "summit"): the id of the one summit
    it names by what tells the summits apart in their names (an ordinal, "next", a year:
    the words of one event's aliases and its year that no other event's share); None when it
    names none, several, or a year no summit was held in ("the 2024 summit in tashkent": no
    record is the one asked about). "" for a question that does not say "summit"
    (tuning.PLACE_TRAP_SUMMIT_NAMED). The ``place`` asked names no summit: it is the premise
    checked ("the first summit was in astana": the first one)."""
    summit = index.word_canonical("summit")
    stems = {t.stem for t in parsed.terms if t.known} - {place}
    if summit not in stems:
        return ""
    named = set(summits_marked(index, stems))
    years = index.event_years
    if any(w.isdigit() and len(w) == 4 and w not in years for w in parsed.words) and not named:
        return None
    if not named and K.Q18_UNNAMED_SUMMIT_PLACE and _no_summit_place(index, place):
        # "Was the summit held in tashkent?": no summit was held there, whichever is meant; the
        # summit the question reads as without the place ("where was the summit held": Astana)
        # corrects the premise, as for any question that does not say "summit".
        return ""
    return next(iter(named)) if len(named) == 1 else None


def _says_summit(index: Index, parsed: Parsed) -> bool:
    """Whether the question says "summit" (its canonical stem among the terms)."""
    summit = index.word_canonical("summit")
    return any(t.known and t.stem == summit for t in parsed.terms)


def _no_summit_place(index: Index, place: str) -> bool:
    """Whether no summit of the base was held in the place (a city's or a country's stem):
    then "the summit" unnamed is corrected whichever summit it means (Q18_UNNAMED_SUMMIT_PLACE)."""
    if index.summit_places is None:
        places: set[str] = set()
        unset: set[str] = set()  # a summit whose city the base does not give (2027, China)
        for ev in index.kb.events.values():
            for name in (ev.city, ev.country):
                if name:
                    places.add(_place_stem(index, name))
            if not ev.city:
                unset.add(_place_stem(index, ev.country))
        index.summit_places = (frozenset(places), frozenset(unset))
    held, open_countries = index.summit_places
    # "Is the summit in beijing?" may be the one in China whose city is not known yet.
    return place not in held and _place_countries(index).get(place) not in open_countries


def _of_a_summit(index: Index, pos: int) -> bool:
    """Whether the entry is a summit's card or one of a summit's facts (any summit): what
    :func:`_of_summit` says of some summit, without asking each of them."""
    entry = index.entries[pos]
    if entry.type == "event":
        return entry.id in index.kb.events
    fact = index.kb.facts.get(entry.id) if entry.type == "fact" else None
    return fact is not None and fact.event is not None and fact.event in index.kb.events


def signers_listed(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """ "Which countries signed the good-neighbourliness treaty": the countries are asked (the
    list the question marks, index.LIST), and the record found by the document's name tells
    what was signed, not by whom. The best-ranked fact of the same summit that lists the
    countries answers (tuning.Q19_SIGNERS_LISTED). None unless a country list and a verb of
    signing are asked and the answer found is a summit's fact that lists nobody."""
    if not (m.answered and m.kind == "fact" and m.entries) or parsed.who_said or parsed.say:
        return None
    if COUNTRY_HEADS.isdisjoint(parsed.words) or LIST not in {t.stem for t in parsed.terms}:
        return None
    signing = index.term("sign").stem
    if not any(index.term(w).stem == signing for w in parsed.words):
        return None
    found = index.by_id.get(m.entries[0])
    fact = index.kb.facts.get(m.entries[0])
    if found is None or fact is None or fact.event is None:
        return None
    if LIST in index.entry_stems[found]:
        return None
    resolved, mass = _resolve(index, parsed.terms)
    ranked = _ranked(_score(index, resolved, mass))
    pos = next(
        (
            e
            for e, _ in ranked
            if index.entries[e].type == "fact"
            and _of_summit(index, e, fact.event)
            and LIST in index.entry_stems[e]
        ),
        None,
    )
    if pos is None:
        return None
    return Match("fact", (index.entries[pos].id,), m.score, lang=m.lang)


def _of_summit(index: Index, pos: int, summit: str) -> bool:
    """Whether the entry is that summit's card or one of its facts (their ``event``)."""
    entry = index.entries[pos]
    if entry.type == "event":
        return entry.id == summit
    fact = index.kb.facts.get(entry.id) if entry.type == "fact" else None
    return fact is not None and fact.event == summit


#: "Is going to be": the future's auxiliary, no content the entry must hold.
_FUTURE_AUX = frozenset("going gonna".split())


def _left_out(index: Index, terms: tuple[Term, ...], pos: int) -> bool:
    """Whether a word of the base in the question (the place asked left out) is not in the
    entry a place trap would answer with: then the entry answers another question, found on
    a word they share ("2024"), and correcting the place to its place would be a guess
    (tuning.PLACE_TRAP_WHOLE_QUESTION)."""
    stems = index.entry_stems[pos]
    return any(
        t.known and t.stem not in stems and stems.isdisjoint(t.alts) and t.word not in _FUTURE_AUX
        for t in terms
    )


def _yes_no(parsed: Parsed) -> bool:
    """Whether a place trap's question is a yes/no one: by its words ("is it true", "right?")
    or, for a statement asked with a question mark, by its intonation (tuning.YES_NO_BY_MARK:
    «первый саммит прошёл в Пекине?» showed the Xi'an card with no word on Beijing)."""
    return is_yes_no(parsed.words) or (K.YES_NO_BY_MARK and parsed.yes_no_mark)


def _summit_year(index: Index, parsed: Parsed) -> tuple[str, set[str], set[str]] | None:
    """The one year a question about a summit names, with the question's known stems and the
    years summits were held in: the premise the year traps check (:func:`year_trap`,
    :func:`year_place_trap`). None when the question asks for words or about a person, names
    no summit, or no year or several."""
    if parsed.who_said or parsed.say or parsed.unknown_name or parsed.who_is:
        return None
    stems = {t.stem for t in parsed.terms if t.known}
    document = K.Q17_DOCUMENT_YEAR and _document_asked(parsed)
    if parsed.persons and not (document and _leader_signed(index, parsed)):
        return None
    if index.word_canonical("summit") not in stems and (
        not document or any(not t.known and len(t.word) > 2 for t in parsed.terms)
    ):
        # "Did putin sign the astana declaration in 2023": a signer the base does not know
        # is no year to put right (the answer would have him sign in 2025).
        return None
    years = {w for w in parsed.words if w.isdigit() and len(w) == 4}
    if len(years) != 1:
        return None
    (year,) = years
    return year, stems, set(index.event_years)


#: Ordinals that may rank a summit within a region rather than name the first summit.
_FIRST = frozenset("first первый первым первая первой pervyy pervyj pervym".split())
#: Words that begin the name of the format's region ("in Central Asia", «в Центральной Азии»,
#: "in the region").
_REGION_NAMED = frozenset("central region ca центральной центральная регионе ца".split())
#: What may stand between the ordinal and "in": "first one held in", "first summit hosted in".
_FIRST_GAP = 4


def _first_in_region(index: Index, words: Sequence[str]) -> set[str]:
    """The stem of "first" when it ranks a summit within the region ("was the 2025 summit the
    first one held in central asia?", «первый саммит в Центральной Азии»): the first there, not
    the first summit, so no mark of the Xi'an summit for the year trap to hold 2025 against
    (tuning.Q24M_FIRST_IN_REGION); empty otherwise ("the first summit held in xi'an")."""
    for i, w in enumerate(words):
        if w not in _FIRST:
            continue
        for j in range(i + 1, min(len(words) - 1, i + 1 + _FIRST_GAP)):
            if words[j] not in ("in", "в", "во", "v"):
                continue
            k = j + 1 + (words[j + 1] == "the")
            if k < len(words) and words[k] in _REGION_NAMED:
                return {index.term(w).stem}
    return set()


#: How far "in" may follow "first" in a record's statement ("the first China–Central Asia
#: Summit held in"), and the region's word "in" ("in a Central Asian country").
_FIRST_IN_REACH = 6
_IN_REGION_REACH = 2


def _region_firsts(index: Index) -> frozenset[str]:
    """The ids of the facts whose English statement ranks a summit first within the region:
    "first", then "in" within :data:`_FIRST_IN_REACH` words, then a word of the region
    (:data:`_REGION_NAMED`) within :data:`_IN_REGION_REACH` ("the first China–Central Asia
    Summit held in a Central Asian country"); not "the first China–Central Asia Summit, held
    in Xi'an" (tuning.Q30F_FIRST_IN_REGION_NAMED). Derived once per index."""
    if index.region_firsts is None:
        found: set[str] = set()
        for fact in index.kb.facts.values():
            ws = re.findall(r"\w+", fact.statement.lower())
            for i, w in enumerate(ws):
                if w != "first":
                    continue
                reach = range(i + 1, min(len(ws), i + 1 + _FIRST_IN_REACH))
                if any(
                    ws[j] == "in"
                    and not _REGION_NAMED.isdisjoint(ws[j + 1 : j + 1 + _IN_REGION_REACH])
                    for j in reach
                ):
                    found.add(fact.id)
        index.region_firsts = frozenset(found)
    return index.region_firsts


def first_in_region_checked(index: Index, parsed: Parsed) -> Match | None:
    """A yes/no question whether a summit it names by its place or year was the first held in
    the region ("was the xian summit the first in central asia?", «Саммит в Сиане был первым в
    Центральной Азии?», "was the 2027 summit the first one held in central asia?"): the record
    of the first summit held there (found without the summit named, whose words pulled the
    records of that summit: "Kazakhstan offered to host" answered the Xi'an one), under "No:
    not in Xi'an: my sources say Astana." when that record is another summit's, bare when it
    is the one named (tuning.Q30F_FIRST_IN_REGION_NAMED). None when "first" ranks no summit
    in the region (matcher._first_in_region), the question names no summit or several, asks
    for words or about a person, names a summit by its rank only, or holds a word the base
    does not know ("was the SCO summit in astana the first in central asia")."""
    if parsed.persons or parsed.who_said or parsed.say or parsed.unknown_name:
        return None
    if not _yes_no(parsed) or any(not t.known for t in parsed.terms):
        return None
    first = _first_in_region(index, parsed.words)
    if not first:
        return None
    stems = {t.stem for t in parsed.terms} - first
    named = summits_marked(index, stems)
    if len(named) != 1:
        return None
    event = index.kb.events[named[0]]
    places = place_names(index)
    asked = _asked_place(index, parsed, places)
    year = next((w for w in parsed.words if _YEAR_RE.fullmatch(w)), None)
    if asked is None and year is None:
        return None  # "the second summit": by its rank only (two ordinals read ambiguously)
    marks = summit_marks(index)[event.id] - first  # "first" ranks in the region: it stays
    own = {_place_stem(index, x) for x in (event.city, event.country) if x}
    rest = tuple(
        t for t in parsed.terms if t.stem not in marks and t.stem not in own and t.word != year
    )
    resolved, mass = _resolve(index, rest)
    ranked = _by_intent(index, replace(parsed, terms=rest), _ranked(_score(index, resolved, mass)))
    # The best fact that ranks a summit first in the region: "the 2023 summit ... first" still
    # puts the first summit's card above it, and the Xi'an Declaration's record ("the first
    # China–Central Asia Summit") holds the same words but ranks no summit in the region.
    firsts = _region_firsts(index)
    pos = next(
        (e for e, score in ranked if score >= K.ANSWER_THRESHOLD and index.entries[e].id in firsts),
        None,
    )
    fact = index.kb.facts.get(index.entries[pos].id) if pos is not None else None
    if fact is None or fact.event is None:
        return None
    found = Match("fact", (fact.id,), K.ANSWER_THRESHOLD, lang=parsed.lang)
    if fact.event == event.id:
        return found
    real = index.kb.events.get(fact.event)
    if real is None:
        return None
    if asked is not None:
        stem = _place_key(index, places, asked.word)
        shown = _shown(places, _place_stem(index, real.city or real.country), parsed.lang)
        put = (_asked_name(places, asked, stem, parsed.lang), shown)
        return replace(found, wrong_place=put, claim=True)
    return replace(found, wrong_place=(str(year), str(real.year)), claim=True)


def _document_asked(parsed: Parsed) -> bool:
    """Whether a question names a document ("the astana declaration", "the treaty",
    «декларацию»): its year is a summit's (tuning.Q17_DOCUMENT_YEAR)."""
    return any(item_kind(w) == "document" for w in parsed.words)


def _leader_signed(index: Index, parsed: Parsed) -> bool:
    """Whether a question's one person is among the leaders a summit's record lists
    (tuning.PARTY_ROSTER_MIN names or more) and a verb of signing or adopting is asked: "Xi
    Jinping signed the Astana Declaration in 2023, right?" puts the signing in the wrong year,
    not in the wrong hands; a minister's or an expert's signing stays unconfirmed."""
    signing = index.term("sign").stem
    if len(parsed.persons) != 1 or not any(index.term(w).stem == signing for w in parsed.words):
        return False
    if index.listed_leaders is None:
        # Once per index: a scan of every fact per question (10 ms at 100,000 entries).
        index.listed_leaders = frozenset(
            person
            for f in index.kb.facts.values()
            if f.event is not None and len(people := _roster(index, f)) >= K.PARTY_ROSTER_MIN
            for person in people
        )
    return parsed.persons[0] in index.listed_leaders


def _outcome_postings(index: Index, bare: bool) -> dict[str, frozenset[tuple[int, int]]]:
    """A stem of an event's outcome -> the (event, outcome) places holding it, with the
    outcomes' apostrophes dropped (``bare``: "xi'an" read as "xian") or not; derived once per
    index (Index.outcome_postings), not per question."""
    known = index.outcome_postings.get(bare)
    if known is None:
        held: dict[str, set[tuple[int, int]]] = {}
        for rank, ev in enumerate(index.kb.events.values()):
            for k, o in enumerate(ev.outcomes):
                text = o.lower().replace("'", "") if bare else o.lower()
                for x in re.findall(r"\w+", text):
                    held.setdefault(index.word_canonical(x), set()).add((rank, k))
        known = index.outcome_postings[bare] = {s: frozenset(p) for s, p in held.items()}
    return known


def _events_at(index: Index, places: set[tuple[int, int]]) -> list[str]:
    """The ids of the events at ``places`` ((event, outcome) places), in base order."""
    if index.event_ids is None:
        index.event_ids = tuple(index.kb.events)
    ids = index.event_ids
    return [ids[rank] for rank in sorted({rank for rank, _ in places})]


def _document_summits(index: Index, parsed: Parsed) -> list[str]:
    """The summits whose outcomes name a document the question names by its kind's word and
    no place ("was the treaty signed in 2023": the Astana summit's treaty; "the declaration"
    is both summits')."""
    asked = {index.word_canonical(w) for w in parsed.words if item_kind(w) == "document"}
    postings = _outcome_postings(index, bare=False)
    return _events_at(index, {p for stem in asked for p in postings.get(stem, ())})


def _named_document(index: Index, parsed: Parsed) -> tuple[list[str], set[str]]:
    """The summits whose outcomes name the document a question names, and the question's words
    that name it: the kind's word and a place word just before it ("the xian declaration",
    «Астанинскую декларацию»: the Xi'an summit's, the Astana summit's; "the treaty": the
    Astana summit's alone; "the declaration": both) (tuning.Q17_DOCUMENT_SUMMIT)."""
    ws = parsed.words
    found: set[tuple[int, int]] = set()
    words: set[str] = set()
    postings = _outcome_postings(index, bare=True)
    for i, w in enumerate(ws):
        if item_kind(w) != "document":
            continue
        want = {index.word_canonical(w)}
        words.add(w)
        if i > 0 and summits_marked(index, {_place_stem(index, ws[i - 1])}):
            want.add(_place_stem(index, ws[i - 1]))
            words.add(ws[i - 1])
        # One outcome holding every word wanted.
        at = set.intersection(*(set(postings.get(stem, ())) for stem in want))
        found |= at
    return _events_at(index, found), words


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")

#: Months as people type them (general language): English names and short forms, Russian
#: stems of every case, translit stems (tuning.Q17_MONTH_TRAP). "May" in English only after
#: "in" (it is a verb too).
_MONTH_EN = (
    "january february march april may june july august september october november december"
).split()
_MONTH_STEMS: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "январ", "yanvar"),
    ("february", "feb", "феврал", "fevral"),
    ("march", "mar", "март", "mart"),
    ("april", "apr", "апрел", "aprel"),
    ("may", "май", "мая", "мае", "maya", "mae"),
    ("june", "jun", "июн", "iyun"),
    ("july", "jul", "июл", "iyul"),
    ("august", "aug", "август", "avgust"),
    ("september", "sep", "sept", "сентябр", "sentyabr"),
    ("october", "oct", "октябр", "oktyabr"),
    ("november", "nov", "ноябр", "noyabr"),
    ("december", "dec", "декабр", "dekabr"),
)
_MONTH_TRANSLIT = frozenset(
    "yanvar fevral mart aprel maya mae iyun iyul avgust sentyabr oktyabr noyabr dekabr".split()
)
_MONTH_RU = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()


def _month_of(ws: Sequence[str], i: int) -> int | None:
    """The month (1–12) the word ``ws[i]`` names, or None."""
    w = ws[i]
    if w == "may" and not (
        (i and ws[i - 1] in ("in", "of"))
        # "30 May": a day before it (tuning.Q20_DAY_TRAP).
        or (K.Q20_DAY_TRAP and i and ws[i - 1].isdigit() and len(ws[i - 1]) <= 2)
    ):
        return None
    for n, forms in enumerate(_MONTH_STEMS, 1):
        # English forms whole; Russian and translit stems as beginnings («июле», "iyule").
        if w in forms or any(
            w.startswith(f) for f in forms if not f.isascii() or f in _MONTH_TRANSLIT
        ):
            return n
    return None


#: The months in the Russian prepositional, as the lead "не в …" wants them («не в апреле»).
_MONTH_RU_IN = (
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
).split()


def _month_asked(ws: Sequence[str], at: int, month: int, ru: bool) -> tuple[str, int | None]:
    """The wrong month as a lead names it, and the day written beside it (tuning.
    Q20_MONTH_LEAD_FORM): with a day, the date as a date ("17 April", «17 апреля»: the lead
    says "not 17 April"); without, the month ("April", «апреле» after «не в»). «Саммит в
    Астане был 17 апреля?» was put right as «Нет: не в апреля»."""
    day = _day_of(ws, at)
    if ru:
        return (_MONTH_RU[month - 1] if day else _MONTH_RU_IN[month - 1]), day
    return _MONTH_EN[month - 1].capitalize(), day


def _day_of(ws: Sequence[str], at: int) -> int | None:
    """The day of the month a question writes beside the month at ``at`` ("18 June", "June
    18", «18 июня»), or None (tuning.Q20_DAY_TRAP); a year (four digits) is no day."""
    for j in (at - 1, at + 1):
        if 0 <= j < len(ws) and ws[j].isdigit() and len(ws[j]) <= 2 and 1 <= int(ws[j]) <= 31:
            return int(ws[j])
    return None


def _within(start: dt.date, end: dt.date, month: int, day: int) -> bool:
    """Whether the day of that month falls within the summit's dates (any year of them)."""
    try:
        asked = dt.date(start.year, month, day)
    except ValueError:
        return False
    return start <= asked <= end


#: A date as a record writes it: "30 March 2024", «30 марта 2024».
_DATE_WRITTEN = re.compile(r"\b(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})\b")


def _fact_date(fact: Fact, ru: bool) -> tuple[int, str] | None:
    """The month of the one date a fact's answer gives, and the date as written ("30 March
    2024"); None when it gives none or several (tuning.Q19_MONTH_OF_FACT). It is
    ``_record_date``'s month: read alone, "May" of "19 May 2023" is the modal verb, so the
    Xi'an signing was no dated record to "The Xi'an Declaration was signed in June?"."""
    own = _record_date(fact, ru)
    return (own[1], own[3]) if own is not None else None


def _asked_date(ws: Sequence[str]) -> tuple[int, int, int | None, int, int] | None:
    """The one full date a question writes ("on 18 May 2023", "June 13", «30 марта 2024»): its
    day, month and year (None when not written), and the span of its words; None when it
    writes none, several, or a month without a day (tuning.Q21_RECORD_DATE)."""
    found = []
    for i in range(len(ws)):
        month = _month_of(ws, i)
        day = _day_of(ws, i) if month is not None else None
        if month is None or day is None:
            continue
        first = i - 1 if i and ws[i - 1] == str(day) else i
        last = i + 1 if first == i else i
        year = None
        if last + 1 < len(ws) and _YEAR_RE.fullmatch(ws[last + 1]):
            year, last = int(ws[last + 1]), last + 1
        found.append((day, month, year, first, last))
    return found[0] if len(found) == 1 else None


def _record_date(fact: Fact, ru: bool) -> tuple[int, int, int, str] | None:
    """The one date a fact's answer writes, as day, month, year and as written ("30 March
    2024"); None when it writes none or several (tuning.Q21_RECORD_DATE)."""
    text = (fact.answer_ru if ru and fact.answer_ru else fact.answer) or ""
    found = {
        (int(d.group(1)), n, int(d.group(3)), d.group(0))
        for d in _DATE_WRITTEN.finditer(text)
        # the day before the month: "19 May" is the month May
        if (n := _month_of([d.group(1), d.group(2).lower()], 1)) is not None
    }
    return next(iter(found)) if len(found) == 1 else None


def record_date_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A yes/no question that puts a dated record on another day ("Xi'an Declaration was signed
    on 18 May 2023?", "The secretariat launched on 13 June 2025?", «Секретариат открылся 13
    июня 2025?»): the record giving its own date, under "No: not 18 May: my sources say 19
    May 2023." (tuning.Q21_RECORD_DATE). The summit's dates were checked instead (18 May is
    one of the Xi'an summit's days) or "13" read as a sum and refused. The record is the one
    found when its answer writes one date, else the one dated record holding every known word
    of the question ("signed": the signing's record, not the declaration's). Its date confirms
    (the dated record, bare); None when the question asks for words or about a person, says
    "summit" (a summit's dates are its card's), or writes no full date or several."""
    if not _yes_no(parsed) or parsed.who_said or parsed.say or parsed.persons:
        return None
    if parsed.unknown_name or _says_summit(index, parsed):
        return None  # a summit's date is its card's (month_trap, weekday_trap)
    ws = parsed.words
    asked = _asked_date(ws)
    if asked is None:
        return None
    day, month, year, first, last = asked
    ru = parsed.lang == "ru"
    dated = set(ws[first : last + 1])
    if any(not t.known and len(t.word) > 2 and t.word not in dated for t in parsed.terms):
        return None  # a word the base does not know: not this record's question
    if m.kind == "none":
        # Refused with the date ("13" a sum no record holds): the record found without it.
        rest = tuple(t for t in parsed.terms if t.word not in dated)
        if not rest or len(rest) == len(parsed.terms):
            return None
        m = _match_parsed(index, replace(parsed, terms=rest))
        if m.kind != "fact" or len(m.entries) != 1:
            return None
    if not m.entries:
        return None
    found = index.kb.facts.get(m.entries[0])
    own = _record_date(found, ru) if found is not None else None
    fact = found if own is not None else None
    if fact is None:
        stems = {t.stem for t in parsed.terms if t.known and t.word not in dated}
        fits = [
            f
            for f in index.kb.facts.values()
            if f.id in index.by_id
            and stems <= index.entry_stems[index.by_id[f.id]]
            and _record_date(f, ru) is not None
        ]
        if len(fits) != 1 or not stems:
            return None
        fact, own = fits[0], _record_date(fits[0], ru)
    if fact is None or own is None:
        return None
    score = max(m.score, K.ANSWER_THRESHOLD)
    if (own[0], own[1]) == (day, month) and year in (None, own[2]):
        return Match("fact", (fact.id,), score, lang=parsed.lang)
    names = _MONTH_RU if ru else [x.capitalize() for x in _MONTH_EN]
    # the year only when it is wrong too: "not 18 May: … 19 May 2023", "not 13 June 2025: …"
    written = f"{day} {names[month - 1]}" + (f" {year}" if year and year != own[2] else "")
    return Match(
        "fact", (fact.id,), score, lang=parsed.lang, wrong_number=(written, own[3]), claim=True
    )


def _not_of_summit(index: Index, event_id: str, parsed: Parsed, said: str) -> bool:
    """Whether a known word of the question is in none of the summit's own texts nor its marks
    ("secretariat", "opened"): the question dates something else the place names, and the
    summit's month is no answer to it (tuning.Q19_MONTH_OF_FACT)."""
    own = index.entry_stems[index.by_id[event_id]] | summit_marks(index)[event_id]
    return any(
        t.known and t.word != said and not t.stem.isdigit() and t.stem not in own
        for t in parsed.terms
    )


#: How a question that takes a month as given opens ("when in october 2023 was the xi'an
#: summit", «когда в октябре …»; tuning.Q22_WHEN_IN_MONTH).
_WHEN_IN = frozenset({("when", "in"), ("когда", "в"), ("kogda", "v")})


def month_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A yes/no question that puts a summit it names in a month it was not held in ("the astana
    summit was in july?", «саммит в Астане был в июле?»): its card under "No: not in July: my
    sources say 17 June 2025." (tuning.Q17_MONTH_TRAP). It was refused (the month a word of no
    record). None when the question asks for words or about a person, names no summit held or
    several, no month or several, or a word the base does not know."""
    yes_no = _yes_no(parsed)
    when_in = K.Q22_WHEN_IN_MONTH and parsed.words[:2] in _WHEN_IN
    if not (yes_no or when_in) or parsed.who_said or parsed.say or parsed.persons:
        return None
    ws = parsed.words
    months = {i: n for i in range(len(ws)) if (n := _month_of(ws, i)) is not None}
    if len(set(months.values())) != 1:
        return None
    at, month = next(iter(months.items()))
    said = ws[at]
    weekdays = {w for w in ws if w in _WEEKDAY_OF} if K.Q22_WEEKDAY_AND_DAY else set()
    if any(
        not t.known and len(t.word) > 2 and t.word != said and t.word not in weekdays
        for t in parsed.terms
    ):
        return None
    ru = parsed.lang == "ru"
    fact = index.kb.facts.get(m.entries[0]) if m.answered and m.entries else None
    dated = _fact_date(fact, ru) if K.Q19_MONTH_OF_FACT and fact is not None else None
    if dated is not None and fact is not None and K.Q20_DAY_TRAP:
        # "Was the Astana summit held on 30 May?" found the secretariat's record on "30": a
        # record lacking a known word of the question ("astana") is not the one dated.
        held = index.entry_stems[index.by_id[fact.id]]
        if any(t.known and t.word != said and t.stem not in held for t in parsed.terms):
            dated = None
    if dated is not None:
        # "The secretariat opened on 30 March 2024 in Xi'an, right?": the record answering
        # gives its own date, so the month is its, not the summit's the place names ("No: not
        # in March: my sources say 18–19 May 2023" put a right date wrong). Its month
        # confirms; another is put right with its date (tuning.Q19_MONTH_OF_FACT).
        if dated[0] == month:
            return None
        asked = said if ru else _MONTH_EN[month - 1].capitalize()
        if K.Q20_MONTH_LEAD_FORM:
            asked, day = _month_asked(ws, at, month, ru)
            if day:
                return replace(m, wrong_number=(f"{day} {asked}", dated[1]), claim=True)
        return replace(m, wrong_place=(asked, dated[1]), claim=yes_no)
    stems = {t.stem for t in parsed.terms if t.known and t.word != said}
    named = summits_marked(index, stems - set(index.event_years))
    if len(named) != 1:
        return None
    event = index.kb.events[named[0]]
    if K.Q19_MONTH_OF_FACT and _not_of_summit(index, event.id, parsed, said):
        return None  # "the secretariat opened in april 2024 in xi'an": not the summit's month
    start, end = event.start, event.end or event.start
    if start is None or end is None:
        return None
    days = f"{start.day}–{end.day}" if end != start else str(start.day)
    real = f"{days} {(_MONTH_RU if ru else [x.capitalize() for x in _MONTH_EN])[start.month - 1]}"
    asked = said if ru else _MONTH_EN[month - 1].capitalize()
    score = max(m.score, K.ANSWER_THRESHOLD) if m.answered else K.ANSWER_THRESHOLD
    date = f"{real} {start.year}"

    def put_right(day: int | None) -> Match:
        """The summit's card under its date: a day asked ("18 June") is put right as a date,
        a month alone as a place is ("Not in July: …")."""
        if day is not None:
            number = (f"{day} {asked}", date)
            if len(weekdays) == 1:
                # "astana summit was on thursday 19 june?": the weekday asked with the day,
                # and the summit's (tuning.Q22_WEEKDAY_AND_DAY).
                names = D.WEEKDAYS["ru" if ru else "en"]
                when = "–".join(dict.fromkeys(names[d.weekday()] for d in (start, end)))
                number = (
                    f"{names[_WEEKDAY_OF[next(iter(weekdays))]]} {number[0]}",
                    f"{when}, {date}",
                )
            return Match(
                "event", (event.id,), score, lang=parsed.lang, wrong_number=number, claim=True
            )
        place = (asked, date)
        # "When in October 2023 was the Xi'an summit": no yes/no, the month put right bare.
        return Match("event", (event.id,), score, lang=parsed.lang, wrong_place=place, claim=yes_no)

    if month in (start.month, end.month):
        day = _day_of(ws, at) if K.Q20_DAY_TRAP else None
        if day is None or _within(start, end, month, day):
            return None
        # "Was the Astana summit held on 18 June?": the right month, another day; the card
        # answered with no word on it (tuning.Q20_DAY_TRAP).
        return put_right(day)
    if K.Q20_MONTH_LEAD_FORM:
        asked, lead_day = _month_asked(ws, at, month, ru)
        if lead_day:
            return put_right(lead_day)
    return put_right(None)


#: The days of the week as a question writes them, Monday first: English, the Russian forms
#: after «в»/«во» and as named, and their transliterations (tuning.Q19_WEEKDAY_TRAP).
_WEEKDAY_FORMS = (
    "monday понедельник понедельника ponedelnik",
    "tuesday вторник вторника vtornik",
    "wednesday среда среду среды sreda sredu",
    "thursday четверг четверга chetverg",
    "friday пятница пятницу пятницы pyatnica pyatnicu",
    "saturday суббота субботу субботы subbota subbotu",
    "sunday воскресенье воскресенья voskresenye voskresene",
)
_WEEKDAY_OF = {w: n for n, forms in enumerate(_WEEKDAY_FORMS) for w in forms.split()}
#: Verbs that ask for a summit's last day ("did the first summit end on a friday?",
#: «закончился в пятницу») or its first ("did it open on a thursday?") (tuning.
#: Q30F_WEEKDAY_END_START).
_ENDING = frozenset(
    "end ends ended ending finish finishes finished close closes closed conclude concludes "
    "concluded закончился закончилась закончилось завершился завершилась окончился кончился "
    "zakonchilsya zavershilsya".split()
)
_STARTING = frozenset(
    "start starts started begin begins began open opens opened "
    "начался началась открылся открылась стартовал nachalsya otkrylsya".split()
)


def weekday_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A yes/no question that puts a summit it names on a day of the week ("The Astana summit
    was held on a Wednesday?", "Was the second summit held on Tuesday 17 June 2025 in
    Astana?", «Саммит в Астане прошёл в среду?»): the summit's card, under "No: not Wednesday:
    my sources say Tuesday, 17 June 2025." when its dates fall on no such day, bare when they
    do (tuning.Q19_WEEKDAY_TRAP). The day, a word of no record, refused the question or found
    the Astana signing (dated too). None when the question asks for words or about a person,
    names no summit held or several, no weekday or several, a day of the month not the
    summit's, or a word neither the summit's texts nor its marks hold."""
    if not _yes_no(parsed) or parsed.who_said or parsed.say or parsed.persons:
        return None
    ws = parsed.words
    days = {_WEEKDAY_OF[w] for w in ws if w in _WEEKDAY_OF}
    if len(days) != 1:
        return None
    asked = next(iter(days))
    said = {w for w in ws if w in _WEEKDAY_OF}
    rest = [t for t in parsed.terms if t.word not in said]
    named = summits_marked(index, {t.stem for t in rest if t.known} - set(index.event_years))
    if len(named) != 1:
        return None
    event = index.kb.events[named[0]]
    start, end = event.start, event.end or event.start
    if start is None or end is None:
        return None
    span = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]
    edge = _edge_asked(ws) if K.Q30F_WEEKDAY_END_START else set()
    if edge == _ENDING:
        # "did the first summit end on a friday?": the last day is asked, not any of them
        start = end
        span = [end]
    elif edge == _STARTING:
        end = start
        span = [start]
    rest = [t for t in rest if t.word not in edge]
    own = index.entry_stems[index.by_id[event.id]] | summit_marks(index)[event.id]
    for t in rest:
        if t.word.isdigit() and int(t.word) <= 31:
            if int(t.word) not in {d.day for d in span}:
                return None  # another day of the month: the date traps', not this one's
        elif (not t.known or t.stem not in own) and _month_of([t.word], 0) not in {
            d.month for d in span
        }:
            return None
    ru = parsed.lang == "ru"
    lang = "ru" if ru else "en"
    if asked in {d.weekday() for d in span}:
        return Match("event", (event.id,), max(m.score, K.ANSWER_THRESHOLD), lang=parsed.lang)
    names = D.WEEKDAYS[lang]
    when = "–".join(dict.fromkeys(names[d.weekday()] for d in (start, end)))
    dates = f"{start.day}–{end.day}" if end != start else str(start.day)
    month = (_MONTH_RU if ru else [x.capitalize() for x in _MONTH_EN])[start.month - 1]
    return Match(
        "event",
        (event.id,),
        max(m.score, K.ANSWER_THRESHOLD),
        lang=parsed.lang,
        wrong_number=(names[asked], f"{when}, {dates} {month} {start.year}"),
        claim=True,
    )


def _edge_asked(words: Sequence[str]) -> frozenset[str]:
    """:data:`_ENDING` when a question asks how a summit ended and not how it began,
    :data:`_STARTING` for the reverse, empty otherwise: a summit of several days ends on
    another weekday than it starts, so the day checked is the one asked (tuning.
    Q30F_WEEKDAY_END_START)."""
    ending = not _ENDING.isdisjoint(words)
    starting = not _STARTING.isdisjoint(words)
    if ending == starting:
        return frozenset()
    return _ENDING if ending else _STARTING


#: Verbs of chairing a summit, as hosting it is (tuning.Q17_HOST_PERSON_CHECK). Not
#: «председатель»: "Chairman of the PRC" is Xi's title, no act.
_CHAIRING = frozenset(
    "chair chaired chairs chairing председательствовал председательствовала "
    "председательствовали predsedatelstvoval".split()
)


def _only_summit(index: Index, event_id: str, terms: Sequence[Term]) -> bool:
    """Whether every word is known and one of the summit's own marks or "summit"."""
    marks = summit_marks(index)[event_id] | {index.word_canonical("summit")}
    return all(t.known and t.stem in marks for t in terms)


def host_person_checked(index: Index, parsed: Parsed) -> Match | None:
    """A yes/no question whether a leader hosted or chaired a summit named whose host is
    another leader ("did xi host the astana summit?", "Tokayev hosted the first summit?",
    «Токаев принимал первый саммит?», "did rahmon chair the xian summit"): the record naming
    the host under "No: not Xi Jinping: my sources say Kassym-Jomart Tokayev."
    (tuning.Q17_HOST_PERSON_CHECK). They got the other summit's hosting with no word on the
    premise, or "I can't confirm that Rahmon said that". The host is the leader listed whose
    country is the summit's. None when the question says more than the person, hosting and
    the summit, names no summit held or several, or the person is the host."""
    ws = parsed.words
    if len(parsed.persons) != 1 or parsed.who_said or not ws:
        return None
    if not (_yes_no(parsed) or ws[0] in _PARTY_OPENERS or "ли" in ws[1:3]):
        return None
    if _HOSTING.isdisjoint(ws) and _CHAIRING.isdisjoint(ws):
        return None
    leaders = {
        p
        for f in index.kb.facts.values()
        if f.event is not None and len(people := _roster(index, f)) >= K.PARTY_ROSTER_MIN
        for p in people
    }
    person = parsed.persons[0]
    if person not in leaders:
        return None
    name = _name_stems(index, person)
    rest = [
        t
        for t in parsed.terms
        if t.stem not in name and t.word not in _HOSTING and t.word not in _CHAIRING
    ]
    named = summits_marked(index, {t.stem for t in rest if t.known})
    if len(named) != 1:
        return None
    event = index.kb.events[named[0]]
    if not _only_summit(index, event.id, rest):
        return None  # more than the summit ("did xi host a dinner at the astana summit")
    if event.start is None and K.Q17_HOST_OF_UNDATED:
        # "Did xi host the next summit", "will tokayev host the 2027 summit": a summit still to
        # come has no host recorded, only its country; its card says so. It got the Astana
        # hosting, which reads as a yes (tuning.Q17_HOST_OF_UNDATED).
        return Match("event", (event.id,), K.ANSWER_THRESHOLD, lang=parsed.lang)
    if event.start is None or not event.country:
        return None
    country = _place_stem(index, event.country)
    hosts = [p for p in leaders if _place_stem(index, index.kb.people[p].country) == country]
    if len(hosts) != 1 or hosts[0] == person:
        return None
    host = hosts[0]
    told = next(
        (
            f.id
            for f in index.kb.facts.values()
            if f.event == event.id
            and host in _roster(index, f)
            and re.search(r"\b(host|chair)", f.statement.lower())
        ),
        event.id,
    )
    ru = parsed.lang == "ru"

    def named_as(pid: str) -> str:
        p = index.kb.people[pid]
        return (p.name_ru or p.name) if ru else p.name

    return Match(
        "event" if told == event.id else "fact",
        (told,),
        K.ANSWER_THRESHOLD,
        lang=parsed.lang,
        wrong_number=(named_as(person), named_as(host)),
        claim=True,
    )


#: Words that may stand in a description of a person beside the name, besides titles,
#: countries and the person's own card words ("the Kyrgyz ambassador *to* Turkey").
_DESCRIPTION_GLUE = frozenset("the a an to of from in at из в".split())


def speaker_detail(index: Index, parsed: Parsed) -> tuple[str, Parsed] | None:
    """A description of the one person named, right beside the name and before the verb of
    saying, that his card does not give ("Kairat Osmonaliyev, the Kyrgyz ambassador to
    Turkey, said ...": Azerbaijan; "Kyrgyz political scientist Safarov said ...": Tajik): the
    description as read and the question without it (tuning.Q19_SPEAKER_DETAIL).
    Read as part of the claim, its words none of his quotes hold made the claim unconfirmed.
    None when the description fits the card (the question reader takes it as the person's
    already), holds no title, or the question is no claim of his words."""
    if len(parsed.persons) != 1 or not (parsed.claim and parsed.say) or parsed.who_said:
        return None
    person = parsed.persons[0]
    ws = parsed.words
    name = _name_stems(index, person)
    at = [i for i, w in enumerate(ws) if index.word_canonical(w) in name]
    verbs = [i for i, w in enumerate(ws) if T.is_say_word(w)]
    if not at or not verbs or verbs[0] < at[-1]:
        return None
    card = index.person_stems.get(person, frozenset())
    words = list(ws)

    def describes(i: int) -> bool:
        w = ws[i]
        stem = index.word_canonical(w)
        return (
            w in TITLES
            or w in _DESCRIPTION_GLUE
            or w in FORMER_WORDS
            or stem in index.people_by_country
            or stem in card
            or foreign_name_word(index, words, i)
            # A place the base does not hold ("to Turkey"; "turkey" is a dictionary word).
            or (not index.term(w).known and (is_proper_noun(w) or w in COMMON_WORD_PLACES))
        )

    after = list(range(at[-1] + 1, verbs[0]))
    before: list[int] = []
    for i in range(at[0] - 1, -1, -1):
        if not describes(i):
            break
        before.insert(0, i)
    span = after if after else before
    if not span or not all(describes(i) for i in span):
        return None
    if not any(ws[i] in TITLES for i in span):
        return None
    while span and ws[span[0]] in _DESCRIPTION_GLUE:
        span = span[1:]
    content = {
        index.word_canonical(ws[i])
        for i in span
        if ws[i] not in _DESCRIPTION_GLUE and ws[i] not in FORMER_WORDS
    }
    if content <= card:
        return None
    said = {ws[i] for i in span}
    kept = tuple(w for i, w in enumerate(ws) if i not in span)
    terms = tuple(t for t in parsed.terms if t.word not in said)
    return " ".join(ws[i] for i in span), replace(parsed, words=kept, terms=terms)


#: Beginnings of the verbs by which a question puts a person at a summit for a country
#: ("Kyrgyzstan was represented by Jeenbekov", «Туркмению представлял Бердымухамедов»; the
#: transliterated "predstavlyal" is read in Cyrillic) (tuning.Q19_REPRESENTED_TRAP).
_REPRESENTING = ("represent", "представля", "представил")


def _name_run(index: Index, ws: Sequence[str], verb: int) -> tuple[int, int] | None:
    """The words next to the verb of representing at ``verb`` that name its person: a run of
    words each a name of someone in the base or an unknown word that may be a name
    (intent._foreign_name_word), right after the verb (or after "by"), or right before it.
    None when there is no such run or the question holds name words elsewhere too."""
    names = {s for p in index.kb.people for s in _name_stems(index, p)}

    words = list(ws)

    def is_name(i: int) -> bool:
        if index.word_canonical(ws[i]) in names or foreign_name_word(index, words, i):
            return True
        # "Li Qiang": a short word of a name may be a dictionary word ("li", a Chinese mile),
        # beside a word that can only be a name; still unknown to the base.
        return (
            ws[i].isalpha()
            and not T.is_stop_word(ws[i])
            and not index.term(ws[i]).known
            and any(foreign_name_word(index, words, j) for j in (i - 1, i + 1))
        )

    spots = [i for i in range(len(ws)) if i != verb and is_name(i)]
    if not spots or spots != list(range(spots[0], spots[-1] + 1)):
        return None
    start, end = spots[0], spots[-1]
    after = verb + 1 + (ws[verb + 1 : verb + 2] == ("by",))
    return (start, end) if start == after or end == verb - 1 else None


def represented_checked(index: Index, parsed: Parsed) -> Match | None:
    """A yes/no question that puts a person at a summit for a country ("Kyrgyzstan was
    represented by Sooronbay Jeenbekov at the 2025 summit, right?", "Li Qiang represented China
    at the Astana summit?", «Туркмению в Астане представлял Гурбангулы Бердымухамедов?»): the
    summit's list of leaders under "No: not Sooronbay Jeenbekov: my sources say Sadyr Japarov."
    when the country's leader there is another, as it is when he is the one named
    (tuning.Q19_REPRESENTED_TRAP). A name the base does not know was refused, the Russian
    verb read as one of saying ("no quotes from Serdar Berdimuhamedov"). None unless the
    question says only the country, the person, the verb and one summit held that has such a
    list (the first summit's record names countries, not leaders)."""
    ws = parsed.words
    if parsed.who_said or parsed.say or not ws or not (_yes_no(parsed) or "ли" in ws):
        return None
    verbs = [i for i, w in enumerate(ws) if w.startswith(_REPRESENTING)]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    run = _name_run(index, ws, verb)
    if run is None:
        return None
    named = ws[run[0] : run[1] + 1]
    countries = {t.stem for t in parsed.terms if t.known and t.stem in index.people_by_country}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    rest = [
        t
        for t in parsed.terms
        if t.word not in named and t.stem != country and not t.word.startswith(_REPRESENTING)
    ]
    marked = summits_marked(index, {t.stem for t in rest if t.known})
    if len(marked) != 1 or not _only_summit(index, marked[0], rest):
        return None
    rosters = [
        (f.id, people)
        for f in index.kb.facts.values()
        if f.event == marked[0] and len(people := _roster(index, f)) >= K.PARTY_ROSTER_MIN
    ]
    if not rosters:
        return None
    roster_id, leaders = rosters[0]
    theirs = [p for p in leaders if _place_stem(index, index.kb.people[p].country) == country]
    if len(theirs) != 1:
        return None
    leader = theirs[0]
    words = {index.word_canonical(w) for w in named}
    foreign = any(foreign_name_word(index, list(ws), i) for i in range(run[0], run[1] + 1))
    asked: str | None = None
    if len(parsed.persons) == 1 and not foreign and words <= _name_stems(index, parsed.persons[0]):
        asked = parsed.persons[0]
    elif parsed.persons or not foreign:
        return None  # a name read half as someone else's, or a name of the base not resolved
    ru = parsed.lang == "ru"

    def named_as(pid: str) -> str:
        p = index.kb.people[pid]
        return (p.name_ru or p.name) if ru else p.name

    if asked == leader:
        return Match("fact", (roster_id,), K.ANSWER_THRESHOLD, lang=parsed.lang)
    # A name the base does not know, as typed but for its case ("sooronbay jeenbekov").
    shown = named_as(asked) if asked else " ".join(w.capitalize() for w in named)
    return Match(
        "fact",
        (roster_id,),
        K.ANSWER_THRESHOLD,
        lang=parsed.lang,
        wrong_number=(shown, named_as(leader)),
        claim=True,
    )


#: "Put forward", "putting forward": proposing in two words (the base's word for the Spirit
#: Xi proposed), read with knowledge/synonyms.yaml's propose group (tuning.Q19_PROPOSER_TRAP).
_PUT_FORWARD = (frozenset("put puts putting".split()), "forward")


def proposer_checked(index: Index, parsed: Parsed) -> Match | None:
    """A yes/no question that credits a person named with a proposal ("Tokayev put forward the
    China-Central Asia Spirit, didn't he?", «„Дух Китай — Центральная Азия" предложил
    Токаев?», "did tokayev propose the spirit"): the record of the proposal, found without the
    person, under "No: not Kassym-Jomart Tokayev: my sources say Xi Jinping." when it names
    one person and he is another; bare when he is the one named (tuning.Q19_PROPOSER_TRAP).
    His card answered, as if it said so, or "I can't confirm that Tokayev said that". None
    unless the record is a fact naming exactly one person and holding every other known word
    of the question (the thing proposed), as "who proposed X" is read (Q18_PROPOSAL_OBJECT)."""
    ws = parsed.words
    if len(parsed.persons) != 1 or parsed.who_said or parsed.say or not ws:
        return None
    if not (_yes_no(parsed) or ws[0] in _PARTY_OPENERS or "ли" in ws[1:3]):
        return None
    proposal = index.word_canonical("propose")
    put, forward = _PUT_FORWARD
    two_words = {i for i, (a, b) in enumerate(itertools.pairwise(ws)) if a in put and b == forward}
    spans = {w for i in two_words for w in ws[i : i + 2]}
    if not two_words and not any(t.known and t.stem == proposal for t in parsed.terms):
        return None
    person = parsed.persons[0]
    name = _name_stems(index, person)
    rest = tuple(
        t for t in parsed.terms if t.stem not in name and t.stem != proposal and t.word not in spans
    )
    if not rest or not all(t.known for t in rest):
        return None
    asked = replace(
        parsed, persons=(), terms=(*rest, index.term("propose")), claim=False, say=False
    )
    found = _match_parsed(index, asked)
    other = _proposed_other(index, parsed, person, rest) if K.Q20_PROPOSED_OTHER else None
    if found.kind != "fact" or not found.entries:
        return other
    fact = index.kb.facts.get(found.entries[0])
    if fact is None:
        return other
    stems = index.entry_stems[index.by_id[fact.id]]
    if not {t.stem for t in rest} <= stems:
        return other  # the record does not hold the thing proposed
    roster = _roster(index, fact)
    if len(roster) != 1:
        return None
    proposer = roster[0]
    if proposer == person:
        return Match("fact", (fact.id,), found.score, lang=parsed.lang)
    ru = parsed.lang == "ru"

    def named_as(pid: str) -> str:
        p = index.kb.people[pid]
        return (p.name_ru or p.name) if ru else p.name

    return Match(
        "fact",
        (fact.id,),
        found.score,
        lang=parsed.lang,
        wrong_number=(named_as(person), named_as(proposer)),
        claim=True,
    )


def _proposed_other(
    index: Index, parsed: Parsed, person: str, rest: tuple[Term, ...]
) -> Match | None:
    """A person credited with a proposal not his, when the base records one thing he proposed
    ("Did Xi propose the treaty?": he put forward the China–Central Asia Spirit): that record
    under "No: not the treaty: my sources say the China–Central Asia Spirit."
    (tuning.Q20_PROPOSED_OTHER). The Spirit's record answered bare, which read as a yes. None
    unless exactly one fact of proposing names him alone, the question's thing is words the
    base knows that record does not hold, and the record names what he proposed."""
    proposal = index.word_canonical("propose")
    theirs = [
        f
        for f in index.kb.facts.values()
        if proposal in index.entry_stems[index.by_id[f.id]] and _roster(index, f) == [person]
    ]
    if len(theirs) != 1:
        return None
    fact = theirs[0]
    stems = index.entry_stems[index.by_id[fact.id]]
    if not rest or not all(t.known for t in rest) or {t.stem for t in rest} <= stems:
        return None
    ru = parsed.lang == "ru"
    if ru:
        named = re.search(r"«([^»]+)»", fact.answer_ru or "")
    else:
        named = re.search(r"\bput forward (the [^:;,.]+)", fact.statement)
    thing = _proposed_words(index, parsed.words)
    if named is None or not thing:
        return None
    what = named.group(1)
    p = index.kb.people[person]
    if ru:
        asked = f"{p.name_ru or p.name} предложил {' '.join(thing)}"
    else:
        asked = f"that {p.name} proposed the {' '.join(thing)}"
    # Not "No": the base says what he proposed, not that he proposed nothing else (who proposed
    # the treaty or the secretariat it does not say): "I can't confirm that Xi Jinping proposed
    # the treaty: my sources say the China–Central Asia Spirit." (tuning.Q20_PROPOSED_OTHER).
    return Match(
        "fact",
        (fact.id,),
        K.ANSWER_THRESHOLD,
        lang=parsed.lang,
        wrong_number=(asked, what),
        claim=False,
    )


#: What ends the thing said to be proposed: a place or time, or the words that ask for a yes.
_PROPOSAL_END = frozenset(
    "at in on during by right didn't didnt did isn't is was wasn't true correct в на во ли "
    "верно правда да так".split()
)


def _proposed_words(index: Index, ws: Sequence[str]) -> list[str]:
    """The words after the verb of proposing, up to a place, a time or the claim's tail ("did
    xi propose *the treaty* at the summit"), without articles; empty when the verb comes
    last ("the treaty, did xi propose it": no thing typed after it)."""
    proposal = index.word_canonical("propose")
    put, forward = _PUT_FORWARD
    for i, w in enumerate(ws):
        if w in put and ws[i + 1 : i + 2] == (forward,):
            start = i + 2
        elif index.word_canonical(w) == proposal:
            start = i + 1
        else:
            continue
        out: list[str] = []
        for x in ws[start:]:
            if x in _PROPOSAL_END:
                break
            if x not in ("the", "a", "an"):
                out.append(x)
        return out
    return []


def fact_year_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A yes/no question that puts a dated fact of no summit in a year its record does not
    ("the secretariat opened in 2023, right?", «секретариат открылся в 2023 году?»): the same
    record under "No: not in 2023: my sources say 2024." (tuning.Q17_FACT_YEAR_TRAP). It was
    answered with the record and no word on the year. Only a record of no summit (a summit's
    records give other summits' years: "Kazakhstan offered, in 2023, to host in 2025") that
    states one year, and a question naming one other year."""
    if not (m.kind == "fact" and len(m.entries) == 1 and _yes_no(parsed)):
        return None
    if parsed.who_said or parsed.say or parsed.persons:
        return None
    fact = index.kb.facts.get(m.entries[0])
    if fact is None or fact.event is not None or m.wrong_place is not None:
        return None
    own = set(_YEAR_RE.findall(fact.statement))
    asked = {w for w in parsed.words if _YEAR_RE.fullmatch(w)}
    if len(own) != 1 or len(asked) != 1 or own == asked:
        return None
    return replace(m, wrong_place=(next(iter(asked)), next(iter(own))), claim=True)


#: "One" is no ordinal: "is the 'eternal' treaty the same as the 'permanent' one" names no
#: first summit (read so, it was "corrected" to Astana).
_CARDINAL_ONE = frozenset("one ones один одна одно odin".split())
#: Words comparing two things: "the same as", "differ from", «отличается» name two documents.
_COMPARING = frozenset(
    "same different difference differ differs compare compared comparison versus vs "
    "отличается отличаются отличие разница сравнить тот та же".split()
)


def document_summit_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A document put at a summit that did not adopt it ("the treaty was signed at the first
    summit, correct?", "the xian declaration was signed in astana, right?", "was the treaty
    signed in 2023 in xian"): the document's record under "No: not in Xi'an: my sources say
    Astana." (in Russian, for a summit named by its ordinal, the years) (tuning.
    Q17_DOCUMENT_SUMMIT); a year alone is YEAR_TRAP's. They were answered with the other
    summit's signing, no word on the premise. None when the question asks for words, names a
    person other than a leader listed or a word the base does not know, compares two
    documents, names no one document's summit, or no other summit or several."""
    if parsed.who_said or parsed.say or parsed.unknown_name or parsed.who_is:
        return None
    if parsed.persons and not _leader_signed(index, parsed):
        return None
    if any(not t.known and len(t.word) > 2 for t in parsed.terms):
        return None
    ws = parsed.words
    if not _COMPARING.isdisjoint(ws) or any(
        b in _CARDINAL_ONE and summits_marked(index, {_place_stem(index, a)})
        for a, b in itertools.pairwise(ws)
    ):
        # "Is the xian declaration the same as the astana one": two documents compared, the
        # second named by its place alone.
        return None
    docs, name_words = _named_document(index, parsed)
    if len(docs) != 1:
        return None
    real = index.kb.events[docs[0]]
    held = set(index.event_years)
    stems = {
        t.stem
        for t in parsed.terms
        if t.known and t.word not in name_words and t.word not in _CARDINAL_ONE
    }
    years = {w for w in parsed.words if w.isdigit() and len(w) == 4}
    # The summit its place or ordinal names (a year alone is YEAR_TRAP's, Q17_DOCUMENT_YEAR).
    marked = summits_marked(index, stems - held)
    found = index.kb.facts.get(m.entries[0]) if m.kind == "fact" and m.entries else None
    if not marked and not years and found is not None and found.event not in (None, real.id):
        # "Was the treaty signed by all six" found the six presidents' signing of the Xi'an
        # Declaration: the document named is another summit's; its record, no premise said.
        own = _summit_record(index, parsed, parsed.terms, real.id) or _summit_record(
            index, parsed, tuple(t for t in parsed.terms if not t.stem.isdigit()), real.id
        )  # ("all six": a count no signing record states)
        if own is None:
            if K.Q22_DOCUMENT_DEED and parsed.lang == "en" and _yes_no(parsed):
                # "The astana declaration set up the summit mechanism, right?": the Xi'an
                # Declaration did (tuning.Q22_DOCUMENT_DEED).
                return _document_deed(index, parsed, real, name_words)
            return None
        return Match(own.type, (own.id,), m.score, lang=parsed.lang)
    if (
        K.Q22_DOCUMENT_DEED
        and not marked
        and not years
        and m.kind == "none"
        and parsed.lang == "en"
        and _yes_no(parsed)
    ):
        return _document_deed(index, parsed, real, name_words)
    if len(marked) != 1 or real.id in marked:
        return None
    other = index.kb.events[marked[0]]
    places = place_names(index)

    def place(ev: Event) -> str:
        stem = _place_stem(index, ev.city or ev.country)
        return _shown(places, stem, parsed.lang) if stem in places else (ev.city or ev.country)

    marks = summit_marks(index)[other.id]
    said = next(
        (
            t
            for t in parsed.terms
            if t.word not in name_words and t.stem in marks and _place_stem(index, t.word) in places
        ),
        None,
    )
    if said is not None:
        # The place as the user put it («в Сиане» stays in its case).
        stem = _place_stem(index, said.word)
        wrong = (_asked_name(places, said, stem, parsed.lang), place(real))
    elif parsed.lang == "ru":
        # An ordinal in Russian: the years (a city's name would need its case: «не в Сиане»).
        wrong = (str(other.year), str(real.year))
    else:
        wrong = (place(other), place(real))
    name = _name_stems(index, parsed.persons[0]) if parsed.persons else set()
    rest = tuple(
        t
        for t in parsed.terms
        if t.stem not in marks and t.word not in years and t.stem not in name
    )
    entry = _summit_record(index, parsed, rest, real.id)
    if entry is None:
        return None
    placed = ""
    if K.L30_DOCUMENT_PLACE_NAMED and parsed.lang == "en":
        # "first summit - xi'an, may 2023, ended with the astana declaration. right?": "No: not
        # in Xi'an" read as if the first summit had not been there; the lead names the
        # document whose place it puts right.
        named = _outcome_named(index, real, name_words)
        placed = named or ""
    return Match(
        entry.type,
        (entry.id,),
        max(m.score, K.ANSWER_THRESHOLD) if m.answered else K.ANSWER_THRESHOLD,
        lang=parsed.lang,
        wrong_place=wrong,
        placed=placed,
        claim=_yes_no(parsed),
    )


def _outcome_named(index: Index, event: Event, name_words: set[str]) -> str | None:
    """The one outcome of ``event`` holding every word of the document's name as the question
    put it ("astana declaration": the Astana Declaration; "treaty": the Treaty of Permanent
    Good-Neighborliness and Friendly Cooperation, its other renderings left out). None when
    none or several do."""
    named = _outcomes_holding(index, event, {index.word_canonical(w) for w in name_words})
    return named[0].split(" (")[0] if len(named) == 1 else None


def _outcomes_holding(index: Index, event: Event, want: set[str]) -> list[str]:
    """The event's outcomes whose words hold every canonical word of ``want``, in base order
    (the document a question names: _outcome_named, _document_deed)."""
    return [o for o in event.outcomes if want <= {index.word_canonical(x) for x in T.words(o)}]


def _document_deed(index: Index, parsed: Parsed, real: Event, name_words: set[str]) -> Match | None:
    """A document credited with what another summit's document of its kind did ("the astana
    declaration set up the summit mechanism, right?": the Xi'an Declaration did): the record
    the question finds without the document's name, when it is another summit's and names
    that summit's document, under "No: not the Astana Declaration: my sources say the Xi'an
    Declaration." (tuning.Q22_DOCUMENT_DEED). None otherwise."""
    rest = tuple(t for t in parsed.terms if t.word not in name_words)
    kinds = [w for w in name_words if item_kind(w) == "document"]
    if not rest or len(kinds) != 1:
        return None
    found = _match_parsed(index, replace(parsed, terms=rest))
    if found.kind not in ("fact", "event") or len(found.entries) != 1:
        return None
    fact = index.kb.facts.get(found.entries[0])
    event_id = fact.event if fact is not None else found.entries[0]
    pos = index.by_id.get(found.entries[0])
    if event_id in (None, real.id) or event_id not in index.kb.events or pos is None:
        return None
    if _left_out(index, rest, pos):
        return None
    kind = {index.word_canonical(kinds[0])}

    def document(ev: Event) -> str | None:
        return next(iter(_outcomes_holding(index, ev, kind)), None)

    asked, done = document(real), document(index.kb.events[event_id])
    text = " ".join((fact.statement, fact.answer)) if fact is not None else ""
    if asked is None or done is None or asked == done or done.lower() not in text.lower():
        return None
    return Match(
        found.kind,
        found.entries,
        max(found.score, K.ANSWER_THRESHOLD),
        lang=parsed.lang,
        wrong_number=(f"the {asked}", f"the {done}"),
        claim=True,
    )


def _summit_record(
    index: Index, parsed: Parsed, rest: tuple[Term, ...], event_id: str
) -> Entry | None:
    """The record of summit ``event_id`` that the question's other words (``rest``: the wrong
    year and place taken out) find: the best-ranked fact or card of that summit, its card when
    nothing but the summit's names is left; None when it is no fact or event, or when the
    other words name what the base does not know (tuning.Q28_UNKNOWN_NAME_NO_SUMMIT): "sco
    summit in astana 2024" asks of another organisation's summit, not ours in another year."""
    if K.Q28_UNKNOWN_NAME_NO_SUMMIT and any(
        not t.known and (t.word in ACRONYMS or is_proper_noun(t.word)) for t in rest
    ):
        return None
    resolved, mass = _resolve(index, rest)
    ranked = _by_intent(index, replace(parsed, terms=rest), _ranked(_score(index, resolved, mass)))
    pos = next(
        (e for e, _ in ranked if _of_summit(index, e, event_id) and not _left_out(index, rest, e)),
        None,
    )
    if all(t.stem in summit_stems(index) for t in rest if t.known):
        pos = index.by_id.get(event_id)  # only the summit's names: its card
    if pos is None or index.entries[pos].type not in ("fact", "event"):
        return None
    return index.entries[pos]


def year_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A question that puts a summit it names (by an ordinal, its city, "next") in a year it
    was not held in ("the astana summit was in 2024, right?", "is it true that the second
    summit took place in 2023", «саммит в Астане прошёл в 2024 году?»): that summit's card
    (or the fact of it the question found) under "No: not in 2024: my sources say 2025."
    (tuning.YEAR_TRAP). It was answered with the secretariat's opening (2024), or with the
    card and no word on the year. None when the question asks for words or about a person,
    names no summit or several, no year or several, another place, or a word the record does
    not hold."""
    premise_year = _summit_year(index, parsed)
    if premise_year is None:
        return None
    year, stems, held = premise_year
    if K.Q24M_FIRST_IN_REGION and year in held:
        # a summit's own year: "the 2025 summit", not "the first", tells it
        stems = stems - _first_in_region(index, parsed.words)
    named = summits_marked(index, stems - held)
    if not named and K.Q17_DOCUMENT_YEAR and _document_asked(parsed):
        named = _document_summits(index, parsed)
    if len(named) != 1:
        return None
    event = index.kb.events[named[0]]
    if str(event.year) == year:
        return None
    places = place_names(index)
    own = {_place_stem(index, x) for x in (event.city, event.country) if x}
    asked = _asked_place(index, parsed, places)
    if asked is not None and _place_key(index, places, asked.word) not in own:
        return None  # another place asked too: the place checks' question
    rest = tuple(t for t in parsed.terms if t.word != year)
    if parsed.persons:
        # "Xi signed the Astana Declaration in 2023, right?": the signing's record, found
        # without the name (a leader's card is no answer to a year).
        name = _name_stems(index, parsed.persons[0])
        rest = tuple(t for t in rest if t.stem not in name)
    if K.Q19_PLANNED_OF_UNDATED and event.start is None:
        # "Is the third summit planned for 2026?": a summit still to come is planned; its card
        # says it "is set to take place" (answer.py's words, in no text of the base), so the
        # word of planning is no word the card leaves out (tuning.Q19_PLANNED_OF_UNDATED).
        planned = index.word_canonical("set")
        rest = tuple(t for t in rest if t.stem != planned)
    entry = _summit_record(index, parsed, rest, event.id)
    if entry is None:
        return None
    return Match(
        entry.type,
        (entry.id,),
        max(m.score, K.ANSWER_THRESHOLD) if m.answered else K.ANSWER_THRESHOLD,
        lang=parsed.lang,
        wrong_place=(year, str(event.year)),
        claim=_yes_no(parsed),
    )


#: The words after a country's name that make it part of the format's name ("China–Central
#: Asia", "China-CA", «Китай — Центральная Азия»).
_FORMAT_NEXT = ("central", "центральн", "ca", "ца")


def summit_in_place(index: Index, parsed: Parsed, m: Match) -> Match:
    """A summit's card found for "when was the summit in china" (no summit named by an
    ordinal, a year or "next"), whose own place is not the one asked: the card of the summit
    held there, or, when several were or will be ("China": Xi'an, and the 2027 summit), a
    choice between them (tuning.SUMMIT_IN_PLACE). It was the Astana card, which names China
    only as part of the format's name. A question naming a summit ("the second summit in
    china") is the place checks' (a false premise), and a country named as part of the
    format's name ("the china-central asia summit") is no place asked."""
    premise = _premise(index, parsed)
    event = index.kb.events.get(m.entries[0]) if len(m.entries) == 1 else None
    if premise is None or event is None:
        return m
    asked, stem, _places = premise
    ws = parsed.words
    at = [i for i, w in enumerate(ws) if w == asked.word]
    if not at or any(i + 1 < len(ws) and _format_next(index, ws[i + 1]) for i in at):
        return m
    held = index.event_years
    stems = {t.stem for t in parsed.terms if t.known} - {stem}
    if summits_marked(index, stems - held - {stem}):
        return m  # a summit named: its place is a premise to check, not a search
    if any(w.isdigit() and len(w) == 4 for w in ws):
        return m

    def own(ev_city: str | None, ev_country: str) -> set[str]:
        return {_place_stem(index, x) for x in (ev_city, ev_country) if x}

    if stem in own(event.city, event.country):
        return m
    fits = [ev.id for ev in index.kb.events.values() if stem in own(ev.city, ev.country)]
    if not fits:
        return m
    if len(fits) == 1:
        return replace(m, entries=(fits[0],))
    return Match("vague", (), m.score, tuple(fits), lang=parsed.lang)


#: A verb that states where something was ("the first summit was in astana"): the place after
#: it is the user's premise, not a part of the summit's description.
_PLACE_STATED = frozenset("was is were been будет был была было были".split())
#: "Held", «проходил» between that verb and the place ("was held in astana").
_HELD = frozenset("held hosted проходил проходила прошел прошёл".split())


#: Words an item of a list of summits may hold besides its rank, place and year: the summit
#: and the verbs of holding it ("the first summit was held in Xi'an", «второй прошёл в
#: Астане»), read by their synonym groups (tuning.Q30F_SUMMIT_LIST).
_LIST_VERBS = ("summit", "held", "прошёл", "состоялся")
#: "took place": "took" is a word of taking part in the synonyms, "place" a topic.
_TOOK_PLACE = frozenset("took take takes place".split())


def _ordinal_events(index: Index) -> dict[str, Event]:
    """The stem of an ordinal ("1" for "first", «первый») -> the summit of that rank, from the
    events' ``ordinal`` (tuning.Q30F_SUMMIT_LIST); read once per index (Index.ordinal_events):
    with 100,000 entries the scan of every event cost 2.6 ms a question."""
    if index.ordinal_events is None:
        index.ordinal_events = {
            str(ev.ordinal): ev for ev in index.kb.events.values() if ev.ordinal
        }
    return index.ordinal_events


def _list_frame(index: Index, words: Sequence[str]) -> bool:
    """Whether the words before a list of summits only frame it ("for a class presentation:",
    "my notes say", "the China–Central Asia summits:"): stop words, the summits' own names, and
    unknown common words; no name or acronym the base does not know ("the SCO summits: ...")."""
    names = summit_stems(index)
    for w in words:
        t = index.term(w)
        if T.is_stop_word(w) or (t.known and t.stem in names):
            continue
        if t.known or w in ACRONYMS or is_proper_noun(w):
            return False
    return True


def summit_list_checked(index: Index, parsed: Parsed) -> Match | None:
    """A yes/no question that lists several summits, each by its rank with its place or year
    ("first summit Xi'an 2023, second Astana 2025, third Bishkek 2027. Is that all correct?",
    «первый саммит — Сиань 2023, второй — Астана 2025, верно?»): every item is checked against
    the summit of that rank (tuning.Q30F_SUMMIT_LIST). One item wrong: that summit's card
    under "No: not in Bishkek: my sources say China." (or "I can't confirm Beijing" for a city
    of the country of a summit that gives none); none wrong: the cards, in the order asked.
    The list was refused (each item's words weighed against every other's) or answered by a
    fact that shares its words. None when it is no such list: fewer than two ranks, a rank
    no summit holds, an item with no place or year or with any other word, a frame naming
    what the base does not know, words asked of someone, or two items wrong (one lead puts
    one right; the question is left to the other rules)."""
    if parsed.persons or parsed.who_said or parsed.say or parsed.unknown_name:
        return None
    if not (_yes_no(parsed) or parsed.claim):
        return None
    ws = parsed.words
    ranks = _ordinal_events(index)
    starts = [
        i
        for i, w in enumerate(ws)
        if not w.isdigit() and (t := index.term(w)).known and t.stem in ranks
    ]
    if len(starts) < 2 or not _list_frame(index, ws[: starts[0]]):
        return None
    places = place_names(index)
    glue = {index.word_canonical(w) for w in _LIST_VERBS}
    items: list[tuple[Event, str | None, str | None, str | None]] = []
    for k, i in enumerate(starts):
        place = key = year = None
        for w in ws[i + 1 : starts[k + 1] if k + 1 < len(starts) else len(ws)]:
            if w.isdigit() and len(w) == 4 and year is None:
                year = w
            elif (found := _place_key(index, places, w)) in places and key is None:
                place, key = w, found
            elif not (
                T.is_stop_word(w)
                or w in CLAIM_WORDS
                or w in _TOOK_PLACE
                or index.word_canonical(w) in glue
            ):
                return None
        if key is None and year is None:
            return None
        items.append((ranks[index.term(ws[i]).stem], place, key, year))
    if len({ev.id for ev, *_ in items}) < len(items):
        return None  # one summit listed twice: no list of summits
    wrong: list[Match] = []
    for ev, place, key, year in items:
        own = {_place_stem(index, x) for x in (ev.city, ev.country) if x}
        if key is not None and key not in own:
            real = _place_stem(index, ev.city or ev.country)
            asked = _asked_name(places, index.term(place or ""), key, parsed.lang)
            shown = _shown(places, real, parsed.lang)
            if ev.city is None and _place_countries(index).get(key) == real:
                lead = Match("event", (ev.id,), lang=parsed.lang, wrong_number=(asked, shown))
            else:
                lead = Match("event", (ev.id,), lang=parsed.lang, wrong_place=(asked, shown))
            wrong.append(lead)
        if year is not None and year != str(ev.year):
            wrong.append(
                Match("event", (ev.id,), lang=parsed.lang, wrong_place=(year, str(ev.year)))
            )
    if len(wrong) > 1:
        return None
    if wrong:
        return replace(wrong[0], score=K.ANSWER_THRESHOLD, claim=wrong[0].wrong_place is not None)
    return Match("event", tuple(ev.id for ev, *_ in items), K.ANSWER_THRESHOLD, lang=parsed.lang)


def _first_held_there(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """Both cards for "when was the first summit in astana" (not yes/no): it asks either
    when the first summit was, in Astana as the user believes (it was in Xi'an), or when the
    first summit held in Astana was (2025). One reading would be a guess; the two cards
    answer both (tuning.Q15_FIRST_IN_PLACE_BOTH). Only "first" reads both ways: "the second
    summit in xian" has no second reading (no second summit was held there)."""
    premise = _premise(index, parsed)
    event = index.kb.events.get(m.entries[0]) if len(m.entries) == 1 else None
    if premise is None or event is None or event.ordinal != 1 or _yes_no(parsed):
        return None
    if "1" not in {t.stem for t in parsed.terms if t.known}:
        return None
    asked, stem, _places = premise
    ws = parsed.words
    if (bool(ws) and ws[0] in _WHY_WORDS) or any(w.isdigit() and len(w) == 4 for w in ws):
        # "why did the first summit take place in astana (in 2023)": a premise, corrected
        return None
    for i, w in enumerate(ws):
        before = [b for b in ws[max(0, i - 3) : i - 1] if b not in _HELD]
        if w == asked.word and before[-1:] and before[-1] in _PLACE_STATED:
            return None  # "the first summit was (held) in astana, when?": a premise, corrected

    def own(ev: Event) -> set[str]:
        return {_place_stem(index, x) for x in (ev.city, ev.country) if x}

    if stem in own(event):
        return None  # "the first summit in china": the first held there is the first
    held = sorted(
        (ev for ev in index.kb.events.values() if ev.start is not None and stem in own(ev)),
        key=lambda ev: (str(ev.start), ev.id),
    )
    if not held:
        return None
    return Match("event", (event.id, held[0].id), m.score, lang=parsed.lang)


def _format_next(index: Index, word: str) -> bool:
    """Whether the word after a country's name makes it part of the format's name ("China–
    Central Asia", «Китай — Центральная Азия», "kitay centralnaya" read «централная»)."""
    central = index.word_canonical("central")
    return word.startswith(_FORMAT_NEXT) or index.term(word).stem == central


#: Words that end an office named in an origin question ("which country did the minister of
#: industry come from"): the verb of coming or representing, and "from".
_ORIGIN_VERBS = frozenset(
    "come comes came coming from represent represents represented originally hail hails".split()
)
#: Words before an office that are no part of it ("which country did the ...").
_ORIGIN_OPENERS = frozenset("which what where country countries did does do is was the a".split())


def _asks_origin(ws: Sequence[str]) -> bool:
    """Whether a question asks where someone comes from: "which/what country ... from",
    "where ... come from", "which country does X represent"."""
    country = any(
        a in _WHICH_PLACE_WORDS and b in ("country", "countries") for a, b in itertools.pairwise(ws)
    )
    return ("from" in ws and (country or "where" in ws)) or (
        country and not {"represent", "represents", "represented"}.isdisjoint(ws)
    )


_WHICH_PLACE_WORDS = frozenset("which what".split())
#: Words asking where a person comes from besides "which country ... from": "did X come
#: from", "does X hail from", «откуда», «родом» (tuning.Q15_ROLE_ORIGIN_WORDS).
_COME_FROM = frozenset("come comes came hail hails originally".split())
_ORIGIN_RU = frozenset("откуда родом otkuda rodom".split())
#: Words that make "from" a matter of when or of whom, not of origin ("from 2023", "a quote
#: from", "words from"): no origin then.
_FROM_NOT_ORIGIN = frozenset("quote quotes words said say says statement".split())


def _asks_origin_more(ws: Sequence[str]) -> bool:
    """Whether a question asks where someone comes from in the words :func:`_asks_origin`
    does not read: "did X come from", "does X hail from", "what country does X represent",
    «откуда X» (tuning.Q15_ROLE_ORIGIN_WORDS)."""
    if not _ORIGIN_RU.isdisjoint(ws):
        return True
    if not _FROM_NOT_ORIGIN.isdisjoint(ws):
        return False
    if "from" in ws and not _COME_FROM.isdisjoint(ws):
        return True
    return not {"represent", "represents", "represented"}.isdisjoint(ws) and (
        "country" in ws or "countries" in ws
    )


def _of_a_summit_any(index: Index, m: Match) -> bool:
    """Whether the match's first entry is a summit's card or one of its facts."""
    pos = index.by_id.get(m.entries[0]) if m.entries else None
    return pos is not None and _of_a_summit(index, pos)


def role_origin(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """An English question asking which country an office's holder comes from, the office
    named by its words ("which country did the minister of industry come from", "where did
    the minister of industry come from"), whose speaker reading found nobody: the card of the
    one person the office fits (matcher._title_holder, the title rules), as "which country is
    the minister of industry from" gets (tuning.Q14_ROLE_ORIGIN). It got the 2027 summit's card
    ("come" is the "summit to come"), a summit's place for a person's country. When the office
    fits nobody or several, a summit's record found is refused (it tells no one's country);
    None when no title is named, or nothing else was found."""
    ws = parsed.words
    if parsed.say or parsed.who_said or parsed.claim:
        return None
    asked = parsed.lang == "en" and _asks_origin(ws)
    # "Did the minister of industry come from kazakhstan", «откуда эксперт из Кыргызстана»:
    # where a person comes from asked in other words; read only when the office fits one
    # person (a summit's record is not refused for them: "did leaders come from ...").
    more = K.Q15_ROLE_ORIGIN_WORDS and not asked and _asks_origin_more(ws)
    if not (asked or more):
        return None
    at = next((i for i, w in enumerate(ws) if w in TITLES), None)
    if at is None:
        return None
    start = at
    stops = _ORIGIN_VERBS | (_ORIGIN_RU if K.Q15_ROLE_ORIGIN_WORDS else frozenset())
    if K.Q16_ORIGIN_TRAVEL_VERBS:
        # «откуда приехал эксперт», "where did the expert travel from": the verb of coming
        # is no part of the office named.
        stops |= _TRAVEL_WORDS
    while start > 0 and ws[start - 1] not in _ORIGIN_OPENERS | stops:
        start -= 1
    end = at + 1
    while end < len(ws) and ws[end] not in stops and end - start < 4:
        end += 1
    slot = " ".join(ws[start:end])
    holder = _title_holder(index, parsed, slot)
    if holder is None and K.Q15_ROLE_ORIGIN_WORDS:
        # "Where is the kyrgyz expert from": a country and a noun naming no office, the one
        # person the base quotes from that country, as "what did the kyrgyz expert say" reads.
        holder = _country_speaker(index, slot)
    if more and (holder is None or holder not in index.by_id):
        return None
    if holder is None or holder not in index.by_id:
        if m.kind in ("fact", "event") and _of_a_summit_any(index, m):
            # "Which country did the president come from": no one person; a summit's record
            # ("come": the 2027 card) tells no one's country.
            return Match("none", (), m.score, m.entries[:1], lang=m.lang, vetoed=True)
        return None
    return _match_parsed(
        index, replace(parsed, persons=(holder,), unknown_name=None, who_is=True, terms=())
    )


def _summit_never_held(index: Index, parsed: Parsed, m: Match) -> bool:
    """Whether the question asks about a summit only by a year no summit was held in ("summit
    2024?", "what was signed at the 2024 summit") and is answered with a record of no summit
    (the secretariat's opening, 2024): an answer that would pass for that summit's
    (tuning.NO_SUCH_SUMMIT). The record is offered, not shown as the answer."""
    said = parsed.who_said or parsed.say or parsed.persons
    if (said and not K.Q15_ORDINAL_NEVER_HELD_SAID) or len(m.entries) != 1:
        return False
    stems = {t.stem for t in parsed.terms if t.known}
    summit = index.word_canonical("summit")
    if summit not in stems:
        return False
    if K.Q14_ORDINAL_NEVER_HELD and _ordinal_never_held(index, parsed, summit):
        # "which city hosted the fourth summit": no record is the one asked about; nor is a
        # fact the one somebody said of it ("did anyone mention the fourth summit" got the
        # fact of Xi's "four mutuals": tuning.Q15_ORDINAL_NEVER_HELD_SAID).
        return True
    if said:
        return False
    held = index.event_years
    years = {w for w in parsed.words if w.isdigit() and len(w) == 4}
    if not years or years & held:
        return False
    if any((own - held) & stems for own in summit_marks(index).values()):
        return False  # "the first summit ... in 2024": a summit named, the year another matter
    pos = index.by_id.get(m.entries[0])
    if K.Q14_YEAR_NEVER_HELD_ANY_RECORD and max(years) <= index.last_held_year:
        # "In which country was the 2021 summit": the Astana participants' fact (or the 2027
        # card for «где был саммит 2021 года») would pass for that summit's as well. A year
        # still to come ("where will the 2029 summit be") may be answered by how the summits
        # take turns (the mechanism's fact), as before.
        return pos is not None
    return pos is not None and not _of_a_summit(index, pos)


#: What follows an ordinal written in digits ("4th", "3rd", «4-й»: the reader splits them).
_ORDINAL_ENDS = frozenset("th st nd rd й го м".split())
#: How many words an ordinal may stand before "summit" ("the fourth china-central asia summit").
_ORDINAL_REACH = 4


def _ordinals_held(index: Index) -> frozenset[str]:
    """The summits' marks, their ``ordinal`` fields and the ordinal words of their names
    ("First Example Summit"): every ordinal a summit of the base bears, derived once per index
    (Index.ordinals_held; a scan of every event per question at 100,000 entries)."""
    if index.ordinals_held is None:
        marks: set[str] = set().union(*summit_marks(index).values())
        for ev in index.kb.events.values():
            marks.add(str(ev.ordinal))
            for name in (ev.name, *ev.aliases):
                marks.update(N.ORDINALS[w] for w in T.words(name, limit=None) if w in N.ORDINALS)
        index.ordinals_held = frozenset(marks)
    return index.ordinals_held


def _ordinal_never_held(index: Index, parsed: Parsed, summit: str) -> bool:
    """Whether the question names a summit by an ordinal that no summit of the base bears
    ("the fourth summit", «четвёртый саммит», "the 5th summit") within
    :data:`_ORDINAL_REACH` words before "summit" (tuning.Q14_ORDINAL_NEVER_HELD). The ordinals
    held are the summits' own marks (data: a fourth summit added to events.yaml is known)."""
    marks = _ordinals_held(index)
    ws = parsed.words
    at = [i for i, w in enumerate(ws) if index.term(w).stem == summit]
    for i, w in enumerate(ws):
        base = T.lemma_ru(w) if T.is_cyrillic(w) else w
        num = N.ORDINALS.get(base)
        if num is None and w.isdigit() and len(w) <= 2 and ws[i + 1 : i + 2] != ():
            num = w if ws[i + 1] in _ORDINAL_ENDS else None
        if num is None or num in marks:
            continue
        if any(0 < j - i <= _ORDINAL_REACH for j in at):
            return True
    return False


# -- number traps (tuning.NUMBER_TRAP) --------------------------------------------------------

#: Words before a number that make it a bound, not a count ("more than 100", «более 100»): a
#: count asked above a lower bound (or below an upper one) does not contradict it.
_AT_LEAST = frozenset("more over above least than exceeding более свыше больше более".split())
_AT_MOST = frozenset("under below fewer less nearly almost менее меньше почти".split())
_ABOUT = frozenset("about around approximately roughly some около примерно порядка".split())
#: Question openings that make a statement a yes/no matter besides intent.CLAIM_START ("were
#: 200 outcomes reached").
_YES_NO_START = frozenset("were are do".split())


def _counts(index: Index, text: str) -> list[tuple[int, str, str, str]]:
    """(value, bound, noun stem, words as written) of every count in ``text``: a cardinal
    number (digits or number words; not an ordinal, not a year) and a content word at most
    tuning.NUMBER_TRAP_WINDOW words after it ("six countries", "100 cooperation outcomes").
    ``bound`` is "min", "max", "about" or "" from the words just before the number."""
    return [(num, bound, stem, said) for _, num, bound, stem, said in _counts_at(index, text)]


def _counts_at(
    index: Index, text: str, *, scaled: bool = False
) -> list[tuple[int, int, str, str, str]]:
    """:func:`_counts` with each count's place (the number's word index) first: which
    figures of a text stand together (tuning.Q19_FIGURE_COUNTERPART). ``scaled``: a scale
    word after the number is part of it ("35 million dollars" counts 35,000,000 dollars, not
    the 35 of "35 billion dollars"; tuning.Q28F_FIGURE_SCALE)."""
    ws = T.words(text)
    out: list[tuple[int, int, str, str, str]] = []
    for i, w in enumerate(ws):
        base = T.lemma_ru(w) if T.is_cyrillic(w) else w
        if w.isdigit():
            num = int(w)
        elif base in N.ORDINALS or N.value(base) is None:
            continue
        else:
            num = int(N.value(base) or 0)
        if 1900 <= num <= 2100 and w.isdigit():
            continue  # a year: the year trap's
        if K.Q19_MEMBERSHIP_FORMS and w == "one" and ws[i + 1 : i + 2] == ["of"]:
            continue  # "one of the countries": one among them, no count of them
        if scaled and i + 1 < len(ws):
            power = N.scale(T.lemma_ru(ws[i + 1]) if T.is_cyrillic(ws[i + 1]) else ws[i + 1])
            num = num * 10**power if power is not None else num
        before = set(ws[max(0, i - 2) : i])
        bound = (
            "min"
            if before & _AT_LEAST
            else "max"
            if before & _AT_MOST
            else "about"
            if before & _ABOUT
            else ""
        )
        for j in range(i + 1, min(len(ws), i + 1 + K.NUMBER_TRAP_WINDOW)):
            if T.is_stop_word(ws[j]) or ws[j].isdigit():
                continue
            stem = index.word_canonical(ws[j])
            out.append((i, num, bound, stem, " ".join(ws[i : j + 1])))
        whole = _part_of_whole(ws, i) if K.Q19Q_PART_OF_COUNT else None
        if whole is not None:
            # "54 of the 133 projects": 54 projects too (the window stops at the whole).
            out.append(
                (i, num, bound, index.word_canonical(ws[whole]), " ".join(ws[i : whole + 1]))
            )
    return out


#: Words between a part's count and its whole's ("54 *of the* 133 projects", «54 *из* 133»).
_PART_OF_JOINS = frozenset("of из".split())
_PART_ARTICLES = frozenset("the these those этих тех".split())


def _part_of_whole(ws: Sequence[str], i: int) -> int | None:
    """The position of the noun a part's count ``ws[i]`` counts through its whole ("54 of the
    133 projects": "projects"), or None (tuning.Q19Q_PART_OF_COUNT). Read without it, the fact
    "54 of the 133 projects ... have already been implemented" counted only 133 projects, and
    "were 54 projects already implemented?" got "No: not 54 projects: my sources say 133"."""
    k = i + 1
    if k >= len(ws) or ws[k] not in _PART_OF_JOINS:
        return None
    k += 1
    while k < len(ws) and ws[k] in _PART_ARTICLES:
        k += 1
    if k + 1 >= len(ws) or not ws[k].isdigit() or T.is_stop_word(ws[k + 1]):
        return None
    return k + 1


def _count_gap(index: Index, fact_id: str, asked: Sequence[tuple[int, str, str, str]]) -> float:
    """How far the counts a question asks are from a fact's counts of the same things: the sum
    over the counts asked of the nearest relative gap (1.0 where the fact counts no such thing;
    tuning.Q25F_NEAREST_COUNT)."""
    fact = index.kb.facts.get(fact_id)
    own = _counts(index, fact.answer) if fact is not None else []
    gap = 0.0
    for num, _, stem, _said in asked:
        gaps = [abs(num - c[0]) / max(num, c[0], 1) for c in own if c[2] == stem]
        gap += min(gaps, default=1.0)
    return gap


def _nearer_counts(
    index: Index, parsed: Parsed, fact_id: str, asked: Sequence[tuple[int, str, str, str]]
) -> str | None:
    """Another fact about as close to the question's words (its score within the share
    tuning.Q25F_NEAREST_COUNT_MARGIN of the fact's) whose counts are strictly nearer the counts
    asked than ``fact_id``'s: the record a wrong figure is put right against. A question
    whose figures are all wrong ("135 projects worth 53 billion are being implemented") was
    put right against the 54 implemented projects worth nine billion, not the 133 worth 35
    billion. None when no such fact, or several equally near."""
    scores = score_entries(index, parsed.terms)
    pos = index.by_id.get(fact_id)
    if pos is None or pos not in scores:
        return None
    floor = scores[pos] * (1.0 - K.Q25F_NEAREST_COUNT_MARGIN)
    mine = _count_gap(index, fact_id, asked)
    near = sorted(
        (_count_gap(index, index.entries[e].id, asked), index.entries[e].id)
        for e, sc in scores.items()
        if sc >= floor and e != pos and index.entries[e].type == "fact"
    )
    if not near or near[0][0] >= mine or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    return near[0][1]


def number_checked(index: Index, parsed: Parsed, m: Match, *, nearest: bool = True) -> Match:
    """An answered yes/no question whose count contradicts its fact's ("did seven countries
    attend", "were 200 outcomes reached" against "Leaders of six countries took part", "More
    than 100 cooperation outcomes"): the same answer, "No: not seven countries: my sources say
    six countries." first (tuning.NUMBER_TRAP); it showed the true figure with no word on the
    one asked. Only a count of the same thing (the noun after the number) is compared; a count
    the fact also states, or one inside the bound it gives ("were 200 outcomes reached"
    against "more than 100": not ruled out), stays as it was."""
    if len(m.entries) != 1 or not parsed.words:
        return m
    if not (_yes_no(parsed) or parsed.words[0] in _YES_NO_START):
        return m
    fact = index.kb.facts.get(m.entries[0])
    if fact is None:
        return m
    asked = [c for c in _counts(index, " ".join(parsed.words)) if not c[1]]
    if not asked:
        return m
    text = fact.answer_ru if parsed.lang == "ru" and fact.answer_ru else fact.answer
    own = _counts(index, text)
    nearer_tried = False
    for num, _, stem, said in asked:
        same = [c for c in own if c[2] == stem]
        if not same or any(_fits(num, c[0], c[1]) for c in same):
            continue
        if K.Q25F_NEAREST_COUNT and nearest and not nearer_tried:
            # The nearer record depends on the question, not on the count that misfits: looked
            # for once.
            nearer_tried = True
            other = _nearer_counts(index, parsed, fact.id, asked)
            if other is not None:
                # "135 projects worth 53 billion are being implemented?": the 133 projects
                # worth 35 billion are nearer than the 54 implemented worth nine billion.
                return number_checked(
                    index, parsed, Match("fact", (other,), m.score, lang=m.lang), nearest=False
                )
        real = same[0][3]
        if K.COUNT_NOUN_WHOLE:
            said = noun_whole(said, [c[3] for c in asked])
            real = noun_whole(real, [c[3] for c in own])
        real = _count_shown(text, said, real)
        if parsed.lang == "en" and same[0][1]:
            ws = T.words(text)
            # the bound's words as written: "more than 100 cooperation outcomes"
            real = _with_bound(ws, real)
        if K.COUNT_NOUN_WHOLE:
            real = as_written(text, real)
        if K.Q20_COUNT_NOMINATIVE_RU and parsed.lang == "ru":
            real = _count_nominative_ru(real)
        return replace(m, wrong_number=(said, real), claim=True)
    return m


#: Russian numerals of five to ten in an oblique case and their nominative: after them the
#: noun is in the genitive plural in both («шести стран» → «шесть стран»), so the count is
#: named as a count (tuning.Q20_COUNT_NOMINATIVE_RU).
_RU_NUMERAL_NOMINATIVE = {
    "пяти": "пять",
    "шести": "шесть",
    "семи": "семь",
    "восьми": "восемь",
    "девяти": "девять",
    "десяти": "десять",
}


def _count_nominative_ru(real: str) -> str:
    """The count a Russian lead gives after «по моим источникам —» in the nominative: the
    fact writes «лидеры шести стран», and «Нет: не 7 стран: по моим источникам — шести стран»
    read as a broken sentence (tuning.Q20_COUNT_NOMINATIVE_RU)."""
    first, _, rest = real.partition(" ")
    nominative = _RU_NUMERAL_NOMINATIVE.get(first.lower())
    if nominative is None or not rest:
        return real
    if first[:1].isupper():
        nominative = nominative.capitalize()
    return f"{nominative} {rest}"


def number_trap(index: Index, parsed: Parsed) -> Match | None:
    """A refused yes/no question whose only trouble is a count the base does not hold ("did
    seven countries attend": "seven" is no word of the base and pulled the coverage down): the
    fact that answers it without the number, when its own count of the same thing contradicts
    the one asked (:func:`number_checked`). None otherwise."""
    if not parsed.words or not (_yes_no(parsed) or parsed.words[0] in _YES_NO_START):
        return None
    asked = {c[3].split()[0] for c in _counts(index, " ".join(parsed.words)) if not c[1]}
    if not asked:
        return None
    rest = tuple(t for t in parsed.terms if t.word not in asked)
    if not rest or len(rest) == len(parsed.terms):
        return None
    found = _match_parsed(index, replace(parsed, terms=rest))
    if found.kind != "fact" or len(found.entries) != 1:
        return None
    checked = number_checked(index, parsed, found)
    return checked if checked.wrong_number is not None else None


def _fits(asked: int, own: int, bound: str) -> bool:
    """Whether a count asked agrees with the fact's count and its bound."""
    if bound == "min":
        return asked >= own
    if bound == "max":
        return asked <= own
    if bound == "about":
        return abs(asked - own) <= own * K.NUMBER_TRAP_ABOUT
    return asked == own


def _with_bound(ws: list[str], phrase: str) -> str:
    """``phrase`` with up to two bound words before it ("more than") as the text has them."""
    parts = phrase.split()
    for i in range(len(ws) - len(parts) + 1):
        if ws[i : i + len(parts)] == parts:
            lead = [w for w in ws[max(0, i - 2) : i] if w in _AT_LEAST | _AT_MOST | _ABOUT]
            return " ".join([*lead, *parts])
    return phrase


# -- the summit named (tuning.NAMED_SUMMIT_RECORDS) -------------------------------------------


def _named_summit(index: Index, parsed: Parsed) -> str | None:
    """The one summit a question names by its marks (an ordinal, a year, its city, "next":
    intent.summit_marks) beside the word "summit"; None for none or several."""
    stems = {t.stem for t in parsed.terms if t.known}
    if index.word_canonical("summit") not in stems:
        return None
    named = summits_marked(index, stems)
    if len(named) > 1:
        # "did the second summit take place in xi'an?": the place is the premise checked
        # (place_checked), the ordinal names the summit.
        asked = _asked_place(index, parsed, place_names(index))
        stems -= set(place_names(index)) | ({asked.stem} if asked is not None else set())
        named = [ev for ev, own in summit_marks(index).items() if own & stems]
    return named[0] if len(named) == 1 else None


#: Words that ask who hosted ("host", "hosted", «принимал», «хозяином»), for
#: :func:`named_summit_record` (tuning.Q14_HOST_OF_NAMED).
_HOSTING = frozenset(
    "host hosts hosted hosting hostess хозяин хозяином хозяева хозяйкой принимал принимала "
    "принимали принимающая принимающей принимающую принимающим".split()
)


def host_of_named(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """The card of the one summit a question names when it asks only who hosted it («кто
    принимал первый саммит», «кто был хозяином первого саммита») and the search found no record
    above the threshold: the card says where it was held and by whom, as "who hosted the first
    summit" gets through a record found (tuning.Q14_HOST_OF_NAMED; tuning.Q15_HOST_OF_NAMED_READ).
    Every known word must be the summit's, "summit" or a word of hosting; None otherwise."""
    if parsed.who_said or parsed.say or parsed.persons or parsed.unknown_name:
        return None
    lasting = K.Q16_DURATION_OF_NAMED and _asks_duration(parsed.words)
    if lasting:
        # "How long did the first summit last", "was the first summit a one-day event?",
        # «сколько дней длился первый саммит»: its card gives its dates. The duration's own
        # words ("last" is no mark of the last summit here, "one" of "one-day" no ordinal)
        # are left out before the summit is told by its marks.
        ws = parsed.words
        dropped = {
            w
            for i, w in enumerate(ws)
            if w in _DURATION_WORDS
            or (i + 1 < len(ws) and ws[i + 1] in _DAY_WORDS and T.stem(w) in _COUNTED_DAYS)
        }
        parsed = replace(parsed, terms=tuple(t for t in parsed.terms if t.word not in dropped))
    elif _HOSTING.isdisjoint(parsed.words) or _yes_no(parsed):
        return None
    summit = _named_summit(index, parsed)
    if summit is None and K.Q16_HOST_BY_MARK and not lasting:
        # "Who was the host in 2023": the year (or city) of one summit held, without the word
        # "summit", tells it as well.
        held = summits_marked(index, {t.stem for t in parsed.terms if t.known})
        if len(held) == 1 and index.kb.events[held[0]].start is not None:
            summit = held[0]
    if summit is None or summit not in index.by_id:
        return None
    marks = summit_marks(index)[summit]
    stem = index.word_canonical("summit")
    terms = [t for t in parsed.terms if t.weight > 0]
    if not all(
        (t.known and (t.stem in marks or t.stem == stem or t.word in _HOSTING))
        or (lasting and t.word in _EVENT_NOUNS)
        for t in terms
    ):
        return None
    return Match("event", (summit,), 1.0, lang=m.lang)


#: Words of a city's place in its country ("what's xi'an the capital of", "which province is
#: xian in", «столицей чего является Астана»), for :func:`summit_city_card`.
_CITY_GEOGRAPHY = frozenset(
    "capital capitals province provincial region located situated country countrys "
    "страна стране страны находится расположен расположена "
    "столица столицей столицы провинция провинции провинцией область области регион "
    "stolica stolitsa provinciya".split()
)
#: Verbs of being that Russian spells out («является»): no topic of their own.
_BEING_RU = frozenset("является являлся являлась yavlyaetsya".split())


def summit_city_card(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """The card of the summit held in a city a question asks only about, as a place ("what's
    xi'an the capital of", «столицей чего является Астана»): the card gives the city with its
    province and country (tuning.Q16_SUMMIT_CITY_ASKED). Only a city one summit was held in;
    every other weighted word must be one of :data:`_CITY_GEOGRAPHY`; a country asked ("what
    is the capital of kazakhstan") is no city and stays as it was."""
    if parsed.who_said or parsed.say or parsed.persons or parsed.unknown_name:
        return None
    if _CITY_GEOGRAPHY.isdisjoint(parsed.words) and not (
        parsed.where and not PLACE_KIND_WORDS.isdisjoint(parsed.words)
    ):
        return None  # "what country is astana in": a "where" read from its place's kind
    places = place_names(index)
    cities = {t.stem for t in parsed.terms if t.known and t.stem in places and places[t.stem][2]}
    if len(cities) != 1:
        return None
    held = summits_marked(index, cities)
    if len(held) != 1 or held[0] not in index.by_id:
        return None
    if not all(
        t.stem in cities or t.word in _CITY_GEOGRAPHY | _BEING_RU
        for t in parsed.terms
        if t.weight > 0
    ):
        return None
    return Match("event", (held[0],), 1.0, lang=m.lang)


#: Words that ask for an overview of what is named ("tell me about …", "in a few lines",
#: «вкратце»), for :func:`summits_overview`.
_OVERVIEW_WORDS = frozenset(
    "tell about brief briefly few lines line sentences sentence words short shortly nutshell "
    "quick quickly give general basics basic simple simply "
    "overview summary summarise summarize explain describe intro introduction "
    "кратко вкратце коротко расскажи расскажите опиши опишите обзор двух трех нескольких "
    "словах предложениях o pro kratko vkratce rasskazhi".split()
)
#: The plural of "summit" that asks for them all ("the china central asia summits").
_SUMMITS_PLURAL = frozenset("summits саммиты саммитах саммитов sammity sammitah".split())
#: Words that ask how many summits there have been, or which (tuning.L30_SUMMITS_COUNTED):
#: "how many summits have there been so far", "list the summits", «сколько было саммитов».
_SUMMITS_COUNTED = frozenset(
    "many list which all сколько skolko какие kakie список перечисли все".split()
)
#: Names of the format itself: "China–Central Asia".
_FORMAT_WORDS = frozenset(
    "china central asia китай китая центральная центральной азия азии".split()
)


def summits_overview(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """An overview of the summits as a whole ("tell me about the china central asia summits in
    a few lines", "briefly, what are the china central asia summits", «расскажи вкратце о
    саммитах Китай — Центральная Азия»): the mechanism's fact (a summit every two years, by
    turns) and each summit's card (tuning.Q16_SUMMITS_OVERVIEW). It was refused, or answered
    with the list of the countries taking part. Only "summits" in the plural, no one summit
    marked, every other weighted word the format's name or a word asking for an overview."""
    if parsed.who_said or parsed.persons or parsed.unknown_name or parsed.claim:
        return None
    ws = parsed.words
    if _SUMMITS_PLURAL.isdisjoint(ws):
        return None
    if not (
        parsed.define
        or not _OVERVIEW_WORDS.isdisjoint(ws)
        or any(a == "what" and b == "are" for a, b in itertools.pairwise(ws))
        or (K.L30_SUMMITS_COUNTED and not _SUMMITS_COUNTED.isdisjoint(ws))
    ):
        return None
    stems = {t.stem for t in parsed.terms if t.known}
    if summits_marked(index, stems):
        return None
    summit = index.word_canonical("summit")
    if not all(
        t.stem == summit
        or t.word in _OVERVIEW_WORDS
        or (K.L30_SUMMITS_COUNTED and t.word in _SUMMITS_COUNTED)
        or t.word in _FORMAT_WORDS
        or (t.known and t.stem in {index.term(w).stem for w in ("china", "central", "asia")})
        for t in parsed.terms
        if t.weight > 0
    ):
        return None
    mechanism = "fact-summit-mechanism"
    cards = [ev for ev in index.kb.events if ev in index.by_id][: K.MAX_SUGGESTIONS]
    entries = ((mechanism,) if mechanism in index.by_id else ()) + tuple(cards)
    if not entries:
        return None
    return Match("fact" if entries[0] == mechanism else "event", entries, 1.0, lang=m.lang)


def _mechanism_fact(index: Index, parsed: Parsed) -> str | None:
    """The fact saying how often the summits are held, found as "how often summits" is (no id
    written in code): None when the base holds none."""
    asked = replace(
        parsed,
        terms=(index.term("summits"), index.term("often")),
        who_said=False,
        say=False,
        claim=False,
        persons=(),
        when=False,
        where=False,
        yes_no_mark=False,
    )
    found = _match_parsed(index, asked)
    return found.entries[0] if found.kind == "fact" and found.entries else None


def year_not_planned(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A summit asked of a year still to come, before the next summit set, the summit told by
    that year alone ("where is the 2026 summit", "since the summits happen every year, where's
    the 2026 one?", «где пройдёт саммит 2026 года»): the premise put right, "Not in 2026: my
    sources say 2027.", with the next summit's card and the fact of how often they are held
    (every two years) (tuning.Q16_YEAR_NOT_PLANNED). It was refused. Where or when a summit
    after the next one set will be ("where will the 2029 summit be"): the mechanism's fact
    alone, no correction (the sources neither set nor rule out that year). A year already past stays
    NO_SUCH_SUMMIT's (refused); a summit named otherwise stays the year traps'."""
    if parsed.who_said or parsed.say or parsed.persons or parsed.unknown_name or parsed.who_is:
        return None
    stems = {t.stem for t in parsed.terms if t.known}
    if index.word_canonical("summit") not in stems:
        return None
    years = {w for w in parsed.words if w.isdigit() and len(w) == 4}
    if len(years) != 1 or not index.last_held_year:
        return None
    (year,) = years
    if year in index.event_years or year <= index.last_held_year:
        return None
    if not (parsed.where or parsed.when or _yes_no(parsed) or parsed.words[0] in ("is", "will")):
        return None  # "what was signed at the 2026 summit": nothing of it to put right
    # "the 2026 one": "one" stands for the summit, no ordinal
    pronoun = {
        t.stem
        for i, t in enumerate(parsed.terms)
        if t.word == "one" and i > 0 and parsed.terms[i - 1].word == year
    }
    if any((own - index.event_years) & (stems - pronoun) for own in summit_marks(index).values()):
        return None  # "the third summit in 2026": a summit named, YEAR_TRAP's
    planned = sorted(
        (ev for ev in index.kb.events.values() if str(ev.year) > index.last_held_year),
        key=lambda ev: (abs(ev.year - int(year)), ev.year),
    )
    if not planned or planned[0].id not in index.by_id:
        return None
    nxt = planned[0]
    mechanism = _mechanism_fact(index, parsed)
    if nxt.year < int(year):
        # After every summit the base knows of ("where will the 2029 summit be"): the sources
        # name no such summit; where and when they take turns is what they say. Anything else
        # asked of it ("what will be signed at the 2029 summit") is not.
        if mechanism is None or not (parsed.where or parsed.when):
            return None
        return Match("fact", (mechanism,), K.ANSWER_THRESHOLD, lang=parsed.lang)
    entries = (nxt.id, *((mechanism,) if mechanism else ()))
    return Match(
        "event",
        entries,
        K.ANSWER_THRESHOLD,
        lang=parsed.lang,
        wrong_place=(year, str(nxt.year)),
        claim=_yes_no(parsed),
    )


#: The scale and unit words of a figure ("9 billion dollars", «9 млрд долларов», "35 bn").
_FIGURE_UNITS = ("billion", "million", "thousand", "trillion", "dollars", "yuan", "percent")
#: Words that ask what a figure refers to ("what does that number refer to", «что это за
#: цифра», "what does 133 mean"): no topic of their own.
_FIGURE_BACK = frozenset(
    "number numbers figure figures digit sum amount refer refers mean means meaning stand "
    "stands coverage article report reports цифра цифры число числа сумма означает значит "
    "относится tsifra chislo".split()
)
_WHAT_WORDS = frozenset("what which что какая какой chto".split())


def figure_asked_back(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A figure given back to ask what it is ("9 billion dollars - what does that number refer
    to in the summit coverage", "what does 133 refer to", «9 млрд долларов — что это за
    цифра»): the fact that states it, found by the figure alone (tuning.Q16_FIGURE_ASKED_BACK).
    It was refused: the words around the figure ("refer", "coverage") pulled it under the
    threshold. Only when every other known word asks what a figure is (or is "summit"), and
    the fact found states the number."""
    if parsed.who_said or parsed.say or parsed.persons or parsed.unknown_name or parsed.claim:
        return None
    ws = parsed.words
    if _WHAT_WORDS.isdisjoint(ws):
        return None
    numbers = {w for w in ws if w.isdigit() and not (1900 <= int(w) <= 2100)}
    if len(numbers) != 1:
        return None
    units = {index.term(w).stem for w in _FIGURE_UNITS}
    figure = tuple(t for t in parsed.terms if t.word in numbers or (t.known and t.stem in units))
    summit = index.word_canonical("summit")
    back = {index.term(w).stem for w in _FIGURE_BACK}
    for t in parsed.terms:
        if t in figure or t.weight <= 0 or not t.known:
            continue
        if t.stem != summit and t.stem not in back and t.word not in _FIGURE_BACK:
            return None  # another topic asked ("how many projects worth 9 billion")
    asked = replace(parsed, terms=figure, when=False, where=False, define=False)
    found = _match_parsed(index, asked)
    if found.kind != "fact" or not found.entries:
        return None
    (number,) = numbers
    fact = index.kb.facts.get(found.entries[0])
    if fact is None or not any(
        w == number or N.value(w) == number for w in T.words(f"{fact.statement} {fact.answer}")
    ):
        return None  # "nine billion dollars" states 9
    return Match("fact", found.entries[:1], max(found.score, K.ANSWER_THRESHOLD), lang=m.lang)


def _names_host(index: Index, entry_id: str, event_id: str) -> bool:
    """Whether a record of a summit names that summit's host country (its ``country``): "who
    hosted in xian" got the fact that Kazakhstan, at the Xi'an summit, offered to host the next
    one, which names no China (tuning.Q16_HOST_FACT_NAMES_HOST). A summit's card does."""
    event = index.kb.events.get(event_id)
    fact = index.kb.facts.get(entry_id)
    if event is None or fact is None or not event.country:
        return True
    text = f"{fact.statement} {fact.answer}".lower()
    if K.Q17_SERIES_NAMES_NO_HOST and re.search(r"\bsummits\b", text):
        # "The summits are held … alternately in China and in a Central Asian country": the
        # series' rule, set up at Xi'an, says who hosts in turn, not who hosted there («кто
        # принимал в сиане» got it).
        return False
    # The name of the series ("the second China–Central Asia Summit") names no host.
    text = re.sub(r"china\s*[–—-]?\s*central asia", " ", text)
    return event.country.lower() in text


def sum_unstated(index: Index, parsed: Parsed, m: Match) -> bool:
    """Whether a question asking a sum of money ("how much did china sign with uzbekistan at
    the xi'an summit", «на какую сумму …») is answered with a record that states none: the
    list of the first summit's leaders (its dates are its only figures) passed for the sum
    (tuning.Q16_SUM_NEEDS_MONEY; kinds.asks_sum, kinds.states_sum). The record is offered
    instead."""
    return bool(m.entries) and asks_sum(parsed) and not states_sum(index.kb, m.entries[0])


#: Words of a day count ("a one-day event", «сколько дней»), for :func:`_asks_duration`.
_DAY_WORDS = frozenset("day days дня дней день dnya dney den".split())
#: Words of lasting (tuning.Q16_DURATION_OF_NAMED): with "how long", a day word, or alone
#: in Russian («длился»).
_DURATION_WORDS = _DAY_WORDS | frozenset(
    "last lasted lasts long duration go went take took run ran over "
    "длился длилась длилось длились продолжался продолжалась продолжалось длительность "
    "продолжительность dlilsya dlilas prodolzhalsya".split()
)
#: Number words before a day word ("one-day", "two day"), read as the count of days.
_COUNTED_DAYS = frozenset("one two three 1 2 3 один два три одн двух трех".split())
#: Nouns that name the summit as an occasion ("event", "meeting"): no other topic.
_EVENT_NOUNS = frozenset("event meeting gathering встреча мероприятие".split())
_RU_LASTING = frozenset(
    "длился длилась длилось длились продолжался продолжалась продолжалось длительность "
    "продолжительность dlilsya dlilas prodolzhalsya".split()
)


#: Number words of a day count, by the count ("three days", "a two-day event", «три дня»).
_DAY_COUNTS = {
    **dict.fromkeys(("one", "1", "один", "одн", "odin"), 1),
    **dict.fromkeys(("two", "2", "два", "двух", "dva"), 2),
    **dict.fromkeys(("three", "3", "три", "трех", "трёх", "tri"), 3),
    **dict.fromkeys(("four", "4", "четыре", "chetyre"), 4),
    **dict.fromkeys(("five", "5", "пять", "pyat"), 5),
}


def days_checked(index: Index, parsed: Parsed, card: Match) -> Match:
    """A yes/no question that gives a summit named a number of days it did not last ("the
    summit in astana lasted three days?", "was the astana summit a two-day event?", «саммит в
    Астане длился три дня?»): its card under "No: not 3 days: my sources say 1 day."
    (tuning.Q17_DURATION_CLAIM). The card alone read as a yes. Unchanged when the question is
    no yes/no, gives no count or several, or the count is right."""
    if not _yes_no(parsed) or len(card.entries) != 1:
        return card
    event = index.kb.events.get(card.entries[0])
    if event is None or event.start is None:
        return card
    ws = parsed.words
    counts = {
        _DAY_COUNTS[a] for a, b in itertools.pairwise(ws) if a in _DAY_COUNTS and b in _DAY_WORDS
    }
    if len(counts) != 1:
        return card
    (asked,) = counts
    real = ((event.end or event.start) - event.start).days + 1
    if asked == real:
        return card
    lang = "ru" if parsed.lang == "ru" else "en"
    days = (D.plural(asked, "day", lang), D.plural(real, "day", lang))
    return replace(card, wrong_number=days, claim=True)


def _asks_duration(ws: Sequence[str]) -> bool:
    """Whether a question asks how long something lasted: "how long … last", a day word
    ("one-day event", "how many days"), or a Russian verb of lasting («длился»)."""
    how_long = any(a == "how" and b == "long" for a, b in itertools.pairwise(ws))
    return (
        how_long
        or not _DAY_WORDS.isdisjoint(ws)
        or not _RU_LASTING.isdisjoint(ws)
        or "duration" in ws
    )


def named_summit_record(index: Index, parsed: Parsed, m: Match) -> Match:
    """The answer kept to the summit the question names (tuning.NAMED_SUMMIT_RECORDS).

    A question that is only the summit's names and a yes/no ("первый саммит был в Сиане?",
    "the first summit was in xian?") asks about the summit itself: its card (it got the
    Xi'an fact of Kazakhstan's offer to host the next one). A record of another summit
    ("who was the host of the 2025 summit" got the 2023 offer to host it; "who will represent
    kazakhstan at the next summit" got the 2025 leaders) gives way to the named summit's best
    record that holds the whole question, when it scores within tuning.NAMED_SUMMIT_RATIO of
    the other. Without one, the other summit's record stays when it holds the word that named
    the summit ("when did kazakhstan offer to host the 2025 summit": the 2023 offer is the
    answer); else the question is refused, offering the named summit's records: the base
    does not say what was asked of that summit."""
    if parsed.who_said or parsed.say or parsed.persons or parsed.unknown_name:
        return m
    summit = _named_summit(index, parsed)
    pos = index.by_id.get(m.entries[0])
    card = index.by_id.get(summit or "")
    if summit is None or pos is None or card is None:
        return m
    known = [t for t in parsed.terms if t.known]
    event = index.kb.events[summit]
    own_place = {_place_stem(index, x) for x in (event.city, event.country) if x}
    places = place_names(index)
    asked = _asked_place(index, parsed, places)
    if asked is not None:
        places = {**places, asked.stem: places.get(asked.stem, (asked.word, asked.word, True))}

    # Another summit's year, city or "next" (not a bare ordinal digit: "1" is in many texts).
    def another_summits(stems: frozenset[str]) -> bool:
        return any(len(w) >= 3 and mark_of(index, w) not in (None, summit) for w in stems)

    # "Who was the host of the first summit" got a fact of the first summit about hosting the
    # second: who hosted it is asked, as "was it in xi'an?" asks where it was
    # (tuning.Q14_HOST_OF_NAMED). Another summit's record is left to the search below.
    hosting = K.Q14_HOST_OF_NAMED and not _HOSTING.isdisjoint(parsed.words)
    if (
        (
            _yes_no(parsed)
            or (hosting and _of_summit(index, pos, summit))
            # "when was the second summit in xian": only the summit's names and another
            # summit's city, a premise (tuning.Q14_NAMED_SUMMIT_ELSEWHERE).
            or (
                K.Q14_NAMED_SUMMIT_ELSEWHERE
                and asked is not None
                and _place_key(index, places, asked.word) not in own_place
                and not _of_summit(index, pos, summit)
            )
        )
        and pos != card
        # A fact of the summit that is about another summit too (Kazakhstan's offer, at the
        # first summit, to host the second); the summit's own facts ("the next summit is set
        # for China in 2027") answer as well as its card.
        and another_summits(index.entry_stems[pos])
        and all(
            t.stem in summit_marks(index)[summit]
            or t.stem in own_place
            or t.stem in places
            or t.stem == index.word_canonical("summit")
            or (hosting and t.word in _HOSTING)
            for t in known
        )
    ):
        return replace(m, kind="event", entries=(summit,))
    if _of_summit(index, pos, summit) or index.entries[pos].type != "fact":
        return m
    fact = index.kb.facts.get(m.entries[0])
    if fact is None or fact.event is None:
        return m  # a record of no one summit (the secretariat): not another summit's
    terms = parsed.terms
    if K.NAMED_SUMMIT_UNLISTED:
        # "Who were the leaders at the xian summit": a list of people by name is asked
        # (index.NAMED, index.LIST), which only the Astana record gives; the first summit's
        # record names countries. A preference, not a word the named summit's record must
        # hold: both are weighed without it.
        terms = tuple(t for t in terms if t.stem not in (NAMED, LIST))
    resolved, mass = _resolve(index, terms)
    ranked = _by_intent(index, parsed, _ranked(_score(index, resolved, mass)))
    top = next((sc for e, sc in ranked if e == pos), m.score)
    for e, sc in ranked:
        if _of_summit(index, e, summit) and not _left_out(index, terms, e):
            if sc >= top * K.NAMED_SUMMIT_RATIO and sc >= K.ANSWER_THRESHOLD:
                entry = index.entries[e]
                return Match(entry.type, (entry.id,), sc, lang=parsed.lang)
            break
    said = {t.stem for t in known} & summit_marks(index)[summit]
    if said & index.entry_stems[pos]:
        return m  # it names the summit asked ("when did kazakhstan offer to host in 2025")
    if K.Q17_HOST_OF_OTHER_SUMMIT and not _HOSTING.isdisjoint(parsed.words):
        # «Кто был хозяином саммита в Сиане» found that Tokayev hosted the Astana summit:
        # who hosted the summit named is what its card says (held in Xi'an, China).
        hosted = host_of_named(index, parsed, m)
        if hosted is not None and hosted.entries == (summit,):
            return hosted
    own = [index.entries[e].id for e, _ in ranked if _of_summit(index, e, summit)][:2]
    return Match("none", (), m.score, (*own, m.entries[0]), lang=parsed.lang)


# -- role traps (tuning.ROLE_TRAP) -------------------------------------------------------------


def role_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A question that gives the one person it names an office another person of the base
    holds ("when did safarov serve as ambassador to azerbaijan", "was safarov the ambassador to
    azerbaijan?": the ambassador was Osmonaliyev): "Not Saifullo Safarov: my sources say Kairat
    Osmonaliyev." (tuning.ROLE_TRAP), over the holder's card, or, for a yes/no claim, "No: ..."
    over the card of the person asked (what they are). It was refused, or showed Safarov's card
    as if he held the office. A role phrase counts when the question holds all its words
    (two at least, not only a country) and exactly one person other than the one asked holds
    it; the person asked must hold no phrase the question gives. None otherwise, or when the
    question asks for words."""
    if parsed.say or parsed.who_said or parsed.unknown_name:
        return None
    asked = parsed.persons[0]
    stems = {index.word_canonical(w) for w in parsed.words}
    countries = index.people_by_country.keys()
    # A former holder's phrases count without "former" ("was safarov the ambassador").
    former = frozenset(index.word_canonical(w) for w in FORMER_WORDS)
    holders: set[str] = set()
    # Each phrase is filed under the rarest stem of its core (Index.role_index): a phrase whose
    # core the question holds is filed under one of the question's stems, so only those keys
    # are read (every phrase of the base at 100,000 entries otherwise).
    for key in sorted(stems):
        for phrase, person in index.role_index.get(key, ()):
            core = phrase - former
            if core <= stems and len(core - countries) >= 1 and len(core) >= 2:
                holders.add(person)
    if asked in holders or len(holders) != 1:
        return None
    (holder,) = holders
    if holder not in index.by_id or asked not in index.by_id:
        return None
    yes_no = _yes_no(parsed)
    return Match(
        "person",
        # A claim ("Osmonaliyev is Kazakhstan's minister, right?") is about the person asked:
        # their card, what they are, under the "No"; a question that takes the office for
        # granted ("when did safarov serve as ambassador") is about the office: its holder.
        (asked if yes_no else holder,),
        max(m.score, K.ANSWER_THRESHOLD),
        lang=parsed.lang,
        wrong_holder=(asked, holder),
        claim=yes_no,
    )


# -- q9fact: the region asked (tuning.REGION_ASKED) ---------------------------------------------

#: Central Asia as a place something happens in ("held in central asia", "in a central asian
#: country", «в Центральной Азии», «в одной из стран Центральной Азии»), not the format's name
#: ("the China–Central Asia summit": no "in" before it).
_IN_REGION = re.compile(
    r"\b(?:in|within)\s+(?:a\s+|the\s+|one\s+of\s+the\s+)?central[\s-]+asia(?:n)?\b"
    r"|\bв\s+(?:одной\s+из\s+стран\s+)?централ\w*\s+ази\w*"
    r"|\bв\s+(?:одной\s+из\s+)?центральноазиатск\w*",
    re.I,
)


def _record_text(index: Index, entry_id: str) -> str:
    """A fact's texts in both languages ("" for any other record)."""
    fact = index.kb.facts.get(entry_id)
    if fact is None:
        return ""
    return " ".join((fact.statement, fact.answer, fact.answer_ru or ""))


def region_record(index: Index, parsed: Parsed, m: Match) -> Match:
    """A question that puts something in Central Asia ("which was the first summit held in
    central asia"), answered with a record that names Central Asia only in the format's name
    (the Xi'an card: "First China–Central Asia Summit", held in China): the best record that
    puts something in Central Asia itself ("the first one held in a Central Asian country")
    and holds every word of the question the base knows answers, when it scores within
    tuning.REGION_ASKED_RATIO of the other (tuning.REGION_ASKED).
    """
    if parsed.who_said or parsed.say or parsed.persons or len(m.entries) != 1:
        return m
    if not _IN_REGION.search(" ".join(parsed.words)):
        return m
    if _IN_REGION.search(_record_text(index, m.entries[0])):
        return m
    resolved, mass = _resolve(index, parsed.terms)
    ranked = _by_intent(index, parsed, _ranked(_score(index, resolved, mass)))
    if not ranked:
        return m
    top = ranked[0][1]
    for e, sc in ranked:
        if sc < top * K.REGION_ASKED_RATIO or sc < K.ANSWER_THRESHOLD:
            break
        entry = index.entries[e]
        if (
            entry.type == "fact"
            and _IN_REGION.search(_record_text(index, entry.id))
            and not _left_out(index, parsed.terms, e)
        ):
            return Match("fact", (entry.id,), min(sc, 1.0), lang=parsed.lang)
    return m


# -- q9fact: a country the base does not hold, as a party (tuning.US_NOT_A_PARTY) ---------------


def _us_named(term: Term, lang: str) -> str:
    """The United States as the lead names it ("the US", "the USA", «США»)."""
    if lang == "ru":
        return "США"
    word = term.word.replace(".", "")
    return "the United States" if " " in word else f"the {word.upper()}"


def us_not_a_party(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A yes/no question that makes the United States a party to a summit's doings ("did the
    US sign the treaty", «подписали ли США договор»; intent.US_COUNTRY): the record that
    answers it (when refused: the one that answers it without the country), under "No: not
    the US: my sources say China, Kazakhstan, …" (the countries taking part in the record's
    summit, its event's ``participants``), in the lead of a wrong count (tuning.
    US_NOT_A_PARTY). It was refused, or answered as if "yes". None when the record is of no
    summit with participants listed, or leaves out a word of the question the base knows."""
    if not parsed.words or parsed.who_said or parsed.say or parsed.persons:
        return None
    if not (_yes_no(parsed) or parsed.words[0] in _YES_NO_START or "ли" in parsed.words[1:3]):
        return None  # («подписали ли США»: the particle asks yes or no)
    party = _party_asked(index, parsed)
    if party is None:
        return None
    word, shown = party
    rest = tuple(t for t in parsed.terms if t.stem != US_STEM and t.word != word)
    if not rest:
        return None
    # A record answering already (the country weighed too little to refuse) gets the lead.
    found = m if m.kind != "none" else _match_parsed(index, replace(parsed, terms=rest))
    if found.kind not in ("fact", "event") or len(found.entries) != 1:
        return None
    pos = index.by_id.get(found.entries[0])
    if pos is None or _left_out(index, rest, pos):
        return None
    event = _entry_event(index, found.entries[0])
    if event is None or not event.participants:
        return None
    places = place_names(index)
    names = [
        _shown(places, stem, parsed.lang) if (stem := _place_stem(index, c)) in places else c
        for c in event.participants
    ]
    joined = f"{', '.join(names[:-1])} {'и' if parsed.lang == 'ru' else 'and'} {names[-1]}"
    return replace(found, wrong_number=(shown, joined), claim=True)


#: How a yes/no question about a party opens ("did afghanistan sign", "is russia a member").
_PARTY_OPENERS = frozenset("did was were is has have does do".split())
#: Words between a party and its verb ("afghanistan *also* signed", «Афганистан *тоже*
#: подписал»; tuning.Q22_STATEMENT_PARTY).
_ALSO = frozenset("also too тоже также".split())


def _ru_place(word: str) -> bool:
    """Whether a Russian word may be read as a place's name («Афганистан», «Россия»; not
    «Путин»)."""
    try:
        return any("Geox" in p.tag for p in T.morph().parse(word))
    except ValueError:
        return False


def _party_asked(index: Index, parsed: Parsed) -> tuple[str, str] | None:
    """The country a yes/no question makes a party, as its word and as the lead names it: the
    United States (intent.US_COUNTRY), or (tuning.OTHER_COUNTRY_PARTY) a proper noun the base
    does not know right after the opening verb, before a verb of signing or taking part ("did
    afghanistan sign the astana treaty", "is russia a member"). None otherwise."""
    us = [t for t in parsed.terms if t.stem == US_STEM]
    if len(us) == 1:
        return us[0].word, _us_named(us[0], parsed.lang)
    ws = parsed.words
    if not K.OTHER_COUNTRY_PARTY or len(ws) < 3:
        return None
    if ws[0] in _PARTY_OPENERS:
        at = 2 if ws[1] == "the" else 1
        if T.is_cyrillic(ws[at]):
            return None
    elif K.Q22_STATEMENT_PARTY:
        # "afghanistan also signed the astana declaration right", «Афганистан тоже подписал
        # декларацию в Астане?»: the country opens a statement put as a question; its verb of
        # signing or taking part follows (after "also", «тоже»).
        at = 1 if ws[0] == "the" else 0
        verb = at + 1 + (ws[at + 1] in _ALSO)
        if verb >= len(ws) or index.term(ws[verb]).stem not in {
            index.term("sign").stem,
            index.term("participants").stem,
        }:
            return None
        if T.is_cyrillic(ws[at]) and not _ru_place(ws[at]):
            return None  # «Путин тоже подписал ...»: a surname, no country
    else:
        return None
    word = ws[at]
    if index.term(word).known or not is_proper_noun(word):
        return None
    # Made a party by a verb of signing or taking part ("sign", "attend", "member"), not any
    # verb ("did reuters cover the summit" says nothing of the parties).
    party_stems = {index.term("sign").stem, index.term("participants").stem}
    if not any(index.term(w).stem in party_stems for w in ws[at + 1 :]) and not (
        # "Did afghanistan take part", "was afghanistan one of the countries at the summit"
        # (tuning.Q19_MEMBERSHIP_FORMS).
        K.Q19_MEMBERSHIP_FORMS and (membership_at(index, ws) or 0) > at
    ):
        return None
    return word, word.capitalize()


# -- q9fact: a wrong year and a wrong place at once (tuning.YEAR_PLACE_TRAP) --------------------


def year_place_trap(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A question that puts a summit it names in a year and a place it was held in neither
    ("the next summit is in 2026 in dushanbe, correct?": China, 2027), refused and left by
    the place trap (a city asked where the sources name only a country): that summit's card
    (or the fact of it the question found without both) under "No: not in 2026: my sources
    say China in 2027." (a city the sources do not name is not ruled out; where they name
    one: "No: not in Almaty in 2024: my sources say Xi'an in 2023.") (tuning.YEAR_PLACE_TRAP).
    The year trap leaves another place to the place checks, and the place trap does not
    correct a city to a country, so both unknown words refused it. None unless exactly one
    summit, one year and one place are named, the year is not the summit's and the place not
    its own."""
    premise_year = _summit_year(index, parsed)
    if premise_year is None:
        return None
    year, stems, held = premise_year
    premise = _premise(index, parsed)
    if premise is None:
        return None
    asked, asked_stem, places = premise
    marks = summit_marks(index)
    named = [ev for ev, own in marks.items() if (own - held - {asked_stem}) & stems]
    if len(named) != 1:
        return None
    event = index.kb.events[named[0]]
    own = [_place_stem(index, x) for x in (event.city, event.country) if x]
    if str(event.year) == year or asked_stem in own or not own or own[0] not in places:
        return None
    rest = tuple(t for t in parsed.terms if t.word != year and t is not asked)
    entry = _summit_record(index, parsed, rest, event.id)
    if entry is None:
        return None
    ru = parsed.lang == "ru"
    place = f"{_asked_name(places, asked, asked_stem, parsed.lang)} {'в' if ru else 'in'} "
    if places[asked_stem][2] and not event.city and not _city_elsewhere(index, asked_stem, event):
        # A city asked of a summit whose sources name only its country ("in beijing" of the
        # next one, in China): the base's words do not rule the city out, only the year: "No:
        # not in 2026: my sources say China in 2027." A city the data puts in another country
        # is ruled out (tuning.Q14_CITY_IN_OTHER_COUNTRY): "not in Tashkent in 2026".
        place = ""
    real = _shown(places, own[0], parsed.lang)
    return Match(
        "event" if entry.type == "event" else "fact",
        (entry.id,),
        max(m.score, K.ANSWER_THRESHOLD) if m.answered else K.ANSWER_THRESHOLD,
        lang=parsed.lang,
        wrong_place=(
            f"{place}{year}",
            f"{real}{',' if ru else ' in'} {event.year}",
        ),
        claim=_yes_no(parsed),
    )


# -- q9fact: counts of a summit's parties, counts a bound leaves open (tuning.EVENT_NUMBER_TRAP,
# tuning.COUNT_NOT_STATED) ------------------------------------------------------------------------

#: What a count of a summit's parties counts ("eight countries", "5 leaders", "ten presidents"):
#: one leader came from each country taking part. General language, compared by stem.
_PARTY_NOUNS = frozenset(
    "countries nations states leaders presidents heads participants members "
    "страны государства лидеры президенты главы участники".split()
)


def _participants_named(index: Index, names: tuple[str, ...], lang: str) -> str:
    """The participants as the answer's language names them ("China, …, and Uzbekistan")."""
    places = place_names(index)
    shown = [
        _shown(places, stem, lang) if (stem := _place_stem(index, c)) in places else c
        for c in names
    ]
    if len(shown) == 1:
        return shown[0]
    return f"{', '.join(shown[:-1])} {'и' if lang == 'ru' else 'and'} {shown[-1]}"


def _asks_yes_no(parsed: Parsed) -> bool:
    """A yes/no question by its words or mark, a "were/are/do" opening, or «ли»."""
    ws = parsed.words
    return bool(ws) and (_yes_no(parsed) or ws[0] in _YES_NO_START or "ли" in ws[1:3])


#: A count of the region's parties ("five central asian presidents", «пять центральноазиатских
#: лидеров», "5 CA leaders") (tuning.Q17_REGION_COUNT).
_REGION_SAID = re.compile(r"central|центральноазиат|центральн|\bca\b|\bца\b")
#: The format's partner in a summit's name: "China" in "Second China–Central Asia Summit".
_FORMAT_PARTNER = re.compile(r"(\w+)\s*[–—-]\s*Central Asia", re.IGNORECASE)


def event_number_checked(index: Index, parsed: Parsed, m: Match) -> Match:
    """A yes/no question whose count of a summit's parties ("was the second summit attended by
    8 countries?", "did five leaders meet in astana?") contradicts the number of countries its
    card lists (the event's ``participants``), answered with a record of that summit stating no
    such count: the summit's card (which lists them) under "No: not 8 countries: my sources say
    6: China, Kazakhstan, …" (tuning.EVENT_NUMBER_TRAP). The fact check (number_checked) only
    compares counts a fact's own text states."""
    if len(m.entries) != 1 or m.wrong_number is not None or m.wrong_place is not None:
        return m
    if parsed.who_said or parsed.say or parsed.persons or not _asks_yes_no(parsed):
        return m
    fact = index.kb.facts.get(m.entries[0])
    event = _entry_event(index, m.entries[0])
    if event is None or not event.participants:
        return m
    parties = {index.word_canonical(w) for w in _PARTY_NOUNS}
    n = len(event.participants)
    stated = set()
    if fact is not None:
        text = fact.answer_ru if parsed.lang == "ru" and fact.answer_ru else fact.answer
        stated = {c[2] for c in _counts(index, text)}
    for num, bound, stem, said in _counts(index, " ".join(parsed.words)):
        if bound or stem not in parties or stem in stated:
            continue  # (a count the fact states is number_checked's)
        if num == n:
            return m
        if K.Q17_REGION_COUNT and _REGION_SAID.search(said):
            # "Did all five central asian presidents come": the region's parties, without
            # the format's partner (China, named before "Central Asia" in the summit's name).
            partner = _FORMAT_PARTNER.search(event.name)
            region = [
                p
                for p in event.participants
                if partner is None or p.lower() != partner.group(1).lower()
            ]
            if num == len(region):
                return m
        real = f"{n}: {_participants_named(index, event.participants, parsed.lang)}"
        return Match(
            "event",
            (event.id,),
            max(m.score, K.ANSWER_THRESHOLD),
            lang=parsed.lang,
            wrong_number=(said, real),
            claim=True,
        )
    return m


def count_not_stated(index: Index, parsed: Parsed, m: Match) -> Match:
    """A yes/no question whose count lies inside a bound its fact gives but is not the fact's
    ("were 200 outcomes reached" against "more than 100 cooperation outcomes"): not a "No",
    since the bound does not rule it out, and not a silent answer, which reads as "yes": "I
    can't confirm 200 outcomes: my sources say more than 100 cooperation outcomes."
    (tuning.COUNT_NOT_STATED; the wrong count's lead, ``claim`` False)."""
    if len(m.entries) != 1 or m.wrong_number is not None or m.wrong_place is not None:
        return m
    if not _asks_yes_no(parsed):
        return m
    fact = index.kb.facts.get(m.entries[0])
    if fact is None:
        return m
    text = fact.answer_ru if parsed.lang == "ru" and fact.answer_ru else fact.answer
    own = _counts(index, text)
    # The longest phrase of a number first ("150 cooperation outcomes", not "150 cooperation").
    asked = sorted(_counts(index, " ".join(parsed.words)), key=lambda c: -len(c[3]))
    for num, bound, stem, said in asked:
        if bound:
            continue
        same = sorted((c for c in own if c[2] == stem), key=lambda c: -len(c[3]))
        if not same or any(c[0] == num and not c[1] for c in same):
            continue
        # Strictly inside: "were 100 outcomes reached" is confirmed by "more than 100".
        if all(c[1] in ("min", "max") and _fits(num, c[0], c[1]) and num != c[0] for c in same):
            real = same[0][3]
            if K.COUNT_NOUN_WHOLE:
                said = noun_whole(said, [c[3] for c in asked])
                real = noun_whole(real, [c[3] for c in own])
            real = _with_bound(T.words(text), real)
            if K.COUNT_NOUN_WHOLE:
                real = as_written(text, real)
            return replace(m, wrong_number=(said, real), claim=False)
    return m


# -- q9fact: a guess after a "who" question (tuning.WHO_GUESS) ----------------------------------


def guess_checked(index: Index, parsed: Parsed, m: Match) -> Match:
    """A "who" question ending with a guess ("who put forward the china central asia spirit,
    tokayev?"; intent.Parsed.guessed), answered with a fact that reports one other person
    doing it (kinds.reports: Xi Jinping put it forward): "No: not Kassym-Jomart Tokayev: my
    sources say Xi Jinping." before the fact (the role trap's lead; tuning.WHO_GUESS). A fact
    that names the person guessed ("Tokayev hosted …, and Xi gave a keynote") or reports
    nobody doing anything is shown as it is: it says who."""
    if parsed.guessed is None or m.kind != "fact" or len(m.entries) != 1:
        return m
    fact = index.kb.facts.get(m.entries[0])
    if fact is None:
        return m
    guessed = index.kb.people.get(parsed.guessed)
    pos = index.by_id.get(fact.id)
    if guessed is None or pos is None or _name_stems(index, guessed.id) & index.entry_stems[pos]:
        return m  # the one guessed is in the fact: what it says of them answers
    doers = [p.id for p in index.kb.people.values() if reports(fact, p)]
    if len(doers) != 1:
        return m
    return replace(m, wrong_holder=(guessed.id, doers[0]), claim=True)


# -- q9fact: another country's format with Central Asia (tuning.OTHER_FORMAT) -------------------

#: Short names of other partners' formats with Central Asia that are stop words or unknown
#: ("the EU-Central Asia summit", "US-Central Asia", «ЕС — Центральная Азия»).
_OTHER_PARTNERS = frozenset("eu us usa uk ес сша".split())


def other_format(index: Index, parsed: Parsed) -> bool:
    """Whether the question names another partner's format with Central Asia ("when is the
    next eu-central asia summit", "japan–central asia dialogue", «саммит ЕС — Центральная
    Азия»): a proper noun before "Central Asia" that is no word of the base (the base is about
    the China–Central Asia format) or a partner's short name (tuning.OTHER_FORMAT). Its summits
    are not China's: the answer about the next China–Central Asia summit would pass for it."""
    ws = parsed.words
    central = index.word_canonical("central")
    asia = index.word_canonical("asia")
    for i in range(1, len(ws) - 1):
        if index.term(ws[i]).stem != central or index.term(ws[i + 1]).stem != asia:
            continue
        before = ws[i - 1]
        if before in _OTHER_PARTNERS:
            return True
        if T.is_stop_word(before) or not before.isalpha() or index.term(before).known:
            continue
        named = T.is_russian_place_name(before) if T.is_cyrillic(before) else is_proper_noun(before)
        if named:
            return True
    return False


# -- q10fact: the fact's count as shown under "No: not …" (tuning.COUNT_CLAUSE) ---------------


def _count_shown(text: str, said: str, real: str) -> str:
    """The fact's count as "my sources say …" shows it. ``real`` runs from the number to the
    word that matched the noun asked; when that word matched only as a synonym ("7
    participants" against "six countries took part", where "took" stands for taking part), it
    may be half a phrase ("my sources say six countries took"): the words are run on to the
    end of the clause (the next punctuation mark) when it ends within tuning.COUNT_CLAUSE
    words of the number (tuning.COUNT_CLAUSE; 0 switches this off)."""
    parts = real.split()
    if K.COUNT_CLAUSE <= 0 or len(parts) < 2 or not said.split():
        return real
    if T.stem(parts[-1]) == T.stem(said.split()[-1]):
        return real  # the noun asked, as the fact writes it
    for clause in re.split(r"[.,:;!?()\u2014\u2013\u00ab\u00bb\"]+", text):
        ws = T.words(clause, limit=None)
        for i in range(len(ws) - len(parts) + 1):
            if ws[i : i + len(parts)] == parts and len(ws) - i <= K.COUNT_CLAUSE:
                return " ".join(ws[i:])
    return real


# -- q10fact: the thing a count question counts (tuning.COUNTED_HEAD) --------------------------

#: Endings of a Russian adjective before the noun it describes after «сколько» ("сколько
#: китайских компаний": the noun counted is «компаний»).
_RU_ADJECTIVE_ENDINGS = ("ых", "их", "ой", "ый", "ий", "ая", "ое", "ые")


def counted_head(index: Index, parsed: Parsed) -> str | None:
    """The stem of the noun a "how many" question counts: the last of the noun phrase after
    the opener, not its first word ("how many chinese companies work on coal chemistry" counts
    companies, not "chinese"; "how many kazakh china projects": projects). Of the first three
    words the base knows in a row, the last English plural ("how many deals came out of
    astana": deals), else the first ("how many people"); in Russian only a noun after an
    adjective is read («сколько китайских компаний»): «сколько министр назвал проектов»
    puts the noun elsewhere, and is not checked. None when nothing is read."""
    ws = parsed.words
    at = next((i for i, w in enumerate(ws) if w in _COUNT_OPENERS), None)
    if at is None:
        return None
    rest = [w for w in ws[at + 1 : at + 7] if w not in _COUNT_SKIPPED and not w.isdigit()]
    known: list[tuple[str, str]] = []
    for w in rest[:3]:
        term = term_read(index, parsed, w)
        if not term.known or not term.stem or not w.isalpha() or T.is_stop_word(w):
            break
        known.append((w, term.stem))
    if not known:
        return None
    if T.is_cyrillic(known[0][0]):
        adjective = known[0][0].endswith(_RU_ADJECTIVE_ENDINGS)
        return known[1][1] if adjective and len(known) > 1 else None
    plurals = [st for w, st in known if w.endswith("s") and not w.endswith("ss")]
    return plurals[-1] if plurals else known[0][1]


def count_unstated(index: Index, parsed: Parsed, entry_id: str) -> bool:
    """Whether a "how many" question is answered with a quote or fact that states figures but
    counts nothing the question counts (tuning.COUNTED_HEAD): "how many chinese companies work
    on coal chemistry" showed Nagaspayev's quote, which names Chinese companies and counts
    projects. An entry that names the noun counted (:func:`counted_head`) must have it among
    the words its own counts count (:func:`_counts`: "133 projects", "six countries took
    part"); one that does not name it at all is tuning.COUNTED_MISSING's to discount. A
    summit's card is not read this way."""
    if K.COUNT_TOPIC_UNHELD and count_topic_unheld(parsed):
        return True
    if K.COUNT_OF_REST and count_of_rest(parsed):
        return True
    if not K.COUNTED_HEAD:
        return False
    rec = index.kb.quotes.get(entry_id) or index.kb.facts.get(entry_id)
    if rec is None:
        return False
    head = counted_head(index, parsed)
    texts = (
        (rec.text,)
        if isinstance(rec, Quote)
        else tuple(t for t in (rec.statement, rec.answer, rec.answer_ru) if t)
    )
    if head is None or not any(head in _said_stems(index, t) for t in texts):
        return False  # an entry whose text does not name the thing is COUNTED_MISSING's
    return all(head != c[2] for t in texts for c in _counts(index, t))


#: Words that restrict a count to a topic ("how many outcomes ... on tourism", «сколько
#: проектов по туризму»).
_TOPIC_OF_COUNT = frozenset("on about regarding concerning по про об".split())


def count_topic_unheld(parsed: Parsed) -> bool:
    """Whether a count question restricts what it counts to a topic the base has no word for
    ("how many outcomes did the leaders reach on tourism": "tourism" right after "on"): the
    entry counts everything, not that topic, and its figure would pass for the topic's
    (tuning.COUNT_TOPIC_UNHELD). The topic word must be one the base does not know after typo
    repair and be written in the question's own alphabet (a Latin-typed Russian question is
    read elsewhere: its «po» may open «po slovam»)."""
    ws = parsed.words
    unknown = {t.word for t in parsed.terms if t.sim == 0.0 and t.word.isalpha()}
    for prev, w in itertools.pairwise(ws):
        if prev not in _TOPIC_OF_COUNT or w not in unknown:
            continue
        if T.is_cyrillic(prev) == T.is_cyrillic(w) and (parsed.lang == "ru") == T.is_cyrillic(w):
            return True
    return False


# -- q10fact: a person's part in a summit's act (tuning.PERSON_PARTY_ACT) ------------------------


def _people_by_name_stem(index: Index) -> dict[str, tuple[tuple[int, str], ...]]:
    """Index.people_by_name_stem, derived on first use (once per index)."""
    by_stem = index.people_by_name_stem
    if by_stem is None:
        holders: dict[str, list[tuple[int, str]]] = {}
        for rank, person in enumerate(index.kb.people):
            for stem in _name_stems(index, person):
                holders.setdefault(stem, []).append((rank, person))
        by_stem = index.people_by_name_stem = {s: tuple(p) for s, p in holders.items()}
    return by_stem


def _roster(index: Index, fact: Fact) -> list[str]:
    """The people a fact names (their names' stems in its text), in base order: a summit's
    record naming several of them lists its leaders (:func:`person_party_act`). Read from the
    index's name stems (Index.people_by_name_stem) and remembered per fact: a scan of every
    person per fact, for every fact, took minutes per question at 100,000 entries."""
    known = index.roster_memo.get(fact.id)
    if known is None:
        by_stem = _people_by_name_stem(index)
        stems = index.entry_stems[index.by_id[fact.id]]
        named = {held for s in stems for held in by_stem.get(s, ())}
        known = tuple(person for _, person in sorted(named))
        index.roster_memo[fact.id] = known
    return list(known)


#: "take part", "took part": taking part, for "did tokayev take part in the astana summit".
_TAKE_PART = frozenset("take takes took taking taken".split())


#: Verbs of going to a place (q16fact, tuning.Q16_TRAVEL_IS_PRESENCE): "did xi come to astana",
#: «приезжал ли Си в Астану» ask whether he was at the summit held there, not about his words.
#: "Attend" is not among them: the search and QUOTED_ELSEWHERE_AS_BEFORE answer it already.
_TRAVEL_WORDS = frozenset(
    "come comes came go goes went travel travels traveled travelled visit visits visited "
    "arrive arrives arrived fly flew show showed trip journey "
    "приезжал приезжала приезжали приехал приехала приехали ездил ездила ездили поехал "
    "поехала прилетал прилетала прилетел прилетела прибыл прибыла прибыли посетил посетила "
    "посещал присутствовал присутствовала участвовал участвовала "
    "priezzhal priezzhala priehal priekhal priehala ezdil poehal priletal priletel pribyl "
    "posetil prisutstvoval uchastvoval".split()
)
#: Where a travel verb's place must follow: "to astana", «в Астану», "v astanu"; "attend",
#: "visit", «посетил» take their object directly.
_TRAVEL_TO = frozenset("to in at for в на v na".split())


#: Verbs of a trip as a noun ("make the trip", "made the journey"): no topic of their own.
_TRIP_VERBS = frozenset("make made take took".split())
#: How far into a question a verb of going is read: opener, a name of up to three words,
#: "make the trip".
_TRAVEL_REACH = 7


def _travelled(ws: Sequence[str]) -> bool:
    """Whether a yes/no question asks if its person went somewhere: a verb of going among its
    first words (after the opener and the name: "did xi jinping make the trip to astana")."""
    return any(w in _TRAVEL_WORDS for w in ws[:_TRAVEL_REACH])


def _told_by_at(parsed: Parsed) -> int | None:
    """Where the user's own frame begins ("… my teacher says turkmenistan is neutral"): "my"
    or "our" before a told-by word followed by a word of saying, after the question proper
    (never its first words)."""
    ws = parsed.words
    told = told_by(parsed)
    for i in range(2, len(ws) - 2):
        if (
            ws[i] in _MY | _OUR
            and ws[i + 1] in told
            and any(
                T.is_say_word(w) or w in ("thinks", "think", "believes") for w in ws[i + 2 : i + 4]
            )
        ):
            return i
    return None


def person_party_act(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """A yes/no question whether a person named signed something or took part ("did tokayev
    sign the treaty", "did tokayev take part in the astana summit"; a verb of signing or
    taking part, none of saying): a signing is an act, not words. It was "corrected" to the
    quote of someone who talked about the signing (Safarov's "the newly signed treaty …"), or
    refused; "did safarov sign the treaty" was confirmed ("Yes") with his words about it. The
    record of the act, found without the person's name, and the record of the same summit
    listing its leaders (naming tuning.PARTY_ROSTER_MIN people or more) (tuning.
    PERSON_PARTY_ACT): with the person among them, as it is; a signing by someone the list
    leaves out, under "No: not <person>: my sources say <the leaders>". None when the question
    asks about words, the act's record is of no summit, or the summit has no such list (the
    first summit's names countries: the sources neither say nor deny it)."""
    ws = parsed.words
    if len(parsed.persons) != 1 or parsed.who_said or not ws:
        return None
    if K.Q16_TOLD_BY_CUT and (cut := _told_by_at(parsed)) is not None:
        # "Did the Turkmen president sign the treaty too? my teacher says turkmenistan is
        # neutral": what the teacher says is the user's frame, not the act asked about.
        kept = set(ws[:cut])
        ws = ws[:cut]
        parsed = replace(parsed, words=ws, terms=tuple(t for t in parsed.terms if t.word in kept))
    if any(
        (T.is_say_word(w) or w.startswith(T.SPEECH_ACT_STEMS))
        and not (K.Q17_DOCUMENT_NOT_WORDS and item_kind(w) == "document")
        for w in ws
    ):
        # Words asked about ("did tokayev say the treaty was signed"); a document's name is
        # none ("did xi sign the astana declaration": "declar" is a stem of "declared").
        return None
    if not (_yes_no(parsed) or ws[0] in _PARTY_OPENERS or "ли" in ws[1:3]):
        return None
    signing = index.term("sign").stem
    party_stems = {signing, index.term("participants").stem}
    signs = any(index.term(w).stem == signing for w in ws)
    takes_part = any(a in _TAKE_PART and b == "part" for a, b in itertools.pairwise(ws))
    present = K.PRESENCE_NAMED_SUMMIT and _present_at(index, parsed)
    travels = K.Q16_TRAVEL_IS_PRESENCE and _travelled(ws)
    if not (takes_part or present or travels or any(index.term(w).stem in party_stems for w in ws)):
        return None
    person = parsed.persons[0]
    if person not in index.kb.people:
        return None
    if travels and not any(
        person in people and len(people) >= K.PARTY_ROSTER_MIN
        for f in index.kb.facts.values()
        if f.event is not None and (people := _roster(index, f))
    ):
        origin = any(
            a in _TRAVEL_WORDS and b in ("from", "из", "iz") for a, b in itertools.pairwise(ws)
        )
        if K.Q16_TRAVEL_UNLISTED_REFUSED and not origin:
            # "Did safarov come to astana": no list of who came says whether he did; read as a
            # claim about his words, it was "corrected" to Nagaspayev's quote ("No: that was not
            # Safarov. These are the words of …"). Refused; his card offered.
            # ("Did the tajik expert come from kazakhstan" asks where he is from: his card,
            # Q15_ORIGIN_CLAIM_ASKS_CARD's.)
            return Match("none", (), 0.0, (person,), lang=parsed.lang, vetoed=True)
        return None  # a minister, an expert: no list of who came says whether he did
    if not signs and not travels and index.kb.quotes_by(person):
        return None  # taking part, of someone quoted: QUOTED_ELSEWHERE_AS_BEFORE's
    name = _name_stems(index, person)
    rest = tuple(t for t in parsed.terms if t.stem not in name)
    if travels:
        # "Did xi come to astana": the journey is the attendance; "travel", «приезжал» are
        # words of no record.
        rest = tuple(t for t in rest if t.word not in _TRAVEL_WORDS | _TRIP_VERBS)
        present = True
        if len(summits_marked(index, {t.stem for t in rest if t.known})) > 1:
            return None  # "did xi go to astana in 2023": two summits named, none confirmed
    if not rest:
        return None
    if present or (K.PRESENCE_NAMED_SUMMIT and takes_part):
        # "Was he at the summit", "take part": taking part, as the records of who attended
        # word it ("part" alone found no record of the first summit).
        rest = (*rest, replace(index.term("participants"), word="at"))
    unnamed = replace(parsed, terms=rest, persons=(), claim=False, say=False)
    # The record of the summit the question names ("the first summit": Xi'an's, not the
    # Astana record of the first summit in Central Asia): the full reading's.
    found = (match_parsed if K.PRESENCE_NAMED_SUMMIT else _match_parsed)(index, unnamed)
    if K.PRESENCE_NAMED_SUMMIT and takes_part and found.kind == "none":
        # "Take part in the first summit": "part", a word of many records, weighed against
        # the one that says who attended.
        found = match_parsed(
            index, replace(unnamed, terms=tuple(t for t in rest if t.word != "part"))
        )
    if found.kind not in ("fact", "event") or len(found.entries) != 1:
        return None
    fact = index.kb.facts.get(found.entries[0])
    event = fact.event if fact is not None else found.entries[0]
    if event not in index.kb.events:
        return None
    rosters = [
        (f.id, people)
        for f in index.kb.facts.values()
        if f.event == event and len(people := _roster(index, f)) >= K.PARTY_ROSTER_MIN
    ]
    if not rosters:
        if K.PRESENCE_NAMED_SUMMIT and _of_another_summit(index, m, event):
            # "Did rahmon attend the summit in xian": the first summit's record, which names
            # its six countries, not the Astana leaders' list that names him.
            return Match(found.kind, found.entries, found.score, lang=parsed.lang)
        return None
    roster_id, leaders = rosters[0]
    # A signing: the act, then who the leaders were; taking part: the leaders are the answer.
    act = (found.entries[0], roster_id) if signs else (roster_id, found.entries[0])
    entries = tuple(dict.fromkeys(act))
    if person in leaders:
        return Match("fact", entries, found.score, lang=parsed.lang)
    if not signs:
        return None  # not among the leaders: the sources do not say who else attended
    ru = parsed.lang == "ru"

    def named(pid: str) -> str:
        p = index.kb.people[pid]
        return (p.name_ru or p.name) if ru else p.name

    shown = [named(p) for p in leaders]
    joined = f"{', '.join(shown[:-1])} {'и' if ru else 'and'} {shown[-1]}"
    return Match(
        "fact",
        entries,
        found.score,
        lang=parsed.lang,
        wrong_number=(named(person), joined),
        claim=True,
    )


# -- q10fact: a count of what is left (tuning.COUNT_OF_REST) ------------------------------------

#: Words that ask for the rest of a whole ("the remaining projects", «оставшихся»).
_REST_WORDS = frozenset(
    "remaining unfinished incomplete uncompleted outstanding unimplemented pending "
    "оставшихся остальных незавершенных незавершённых нереализованных".split()
)
#: A negation that makes the state after it the one not reached ("not done yet", «не
#: реализованы»).
_NOT_WORDS = frozenset("not isnt arent havent hasnt wasnt werent".split())
#: Russian stems of being done, after «не»: «не реализованы», «не завершены», «не выполнены».
_DONE_STEMS_RU = ("реализ", "заверш", "выполн", "законч", "сдан")


def count_of_rest(parsed: Parsed) -> bool:
    """Whether a count question asks for the rest of a whole: the projects "not done yet",
    "the remaining projects", «ещё не реализованных» (tuning.COUNT_OF_REST). The sources
    state the whole and the part done ("133 projects worth 35 billion dollars", "54 … worth
    nine billion dollars have been implemented"), never the rest: the part done shown as the
    answer would pass for it, and the difference is arithmetic the sources do not do. The
    question is refused, the records offered. One asking for someone's words ("... what did
    the minister say") is not: the words are what it wants."""
    ws = parsed.words
    if parsed.say or any(T.is_say_word(w) for w in ws):
        return False
    if any(w in _REST_WORDS for w in ws):
        return True
    for i, (a, b) in enumerate(itertools.pairwise(ws)):
        if a in _NOT_WORDS and "yet" in (b, *ws[i + 2 : i + 3]):
            return True  # "not done yet", "not yet implemented"
        if a == "не" and b.startswith(_DONE_STEMS_RU):
            return True  # «ещё не реализованы», «не завершены»
    return False


# -- q10fact: a yes/no on where a summit named was held (tuning.SUMMIT_HOST_CHECK) --------------

#: Words of hosting or holding a summit, besides the place and the summit
#: (:func:`summit_host_checked`).
_HOST_WORDS = frozenset(
    "host hosts hosted hosting held hold take took place happen happened "
    "принимал принимала принимали проходил проходила проходили прошел прошёл прошла "
    "состоялся состоялась был была".split()
)
#: Words that name every summit held ("both summits", «оба саммита»).
_BOTH_WORDS = frozenset("both all оба обоих обa все".split())


def summit_host_checked(index: Index, parsed: Parsed) -> Match | None:
    """A yes/no question whether a summit it names was held in a country ("was the first summit
    in kazakhstan?", "did kazakhstan host both summits?"), saying nothing else: the card of
    the summit named (of the first held elsewhere, for "both"), under "No: not in Kazakhstan:
    my sources say Xi'an." (tuning.SUMMIT_HOST_CHECK). It got a fact of that summit naming the
    country as a party ("China and Kazakhstan signed documents worth 22 billion dollars") or
    Kazakhstan's offer to host the second summit, which the place checks leave alone (the
    place asked is in them). None when the question says more than the summit, the place and
    hosting, names no summit or several, or every summit named was held there, and for a city
    asked (a summit put in another summit's city is the place checks' already)."""
    ws = parsed.words
    if not ws or not (_yes_no(parsed) or ws[0] in _PARTY_OPENERS or "ли" in ws[1:3]):
        return None
    premise = _premise(index, parsed)
    if premise is None:
        return None
    asked, asked_stem, places = premise
    if places[asked_stem][2]:
        return None  # a city asked: the place checks' (a summit put in another's city)
    summit = index.word_canonical("summit")
    stems = {t.stem for t in parsed.terms if t.known and t is not asked}
    if summit not in stems:
        return None
    marks = summit_marks(index)
    if not _BOTH_WORDS.isdisjoint(ws):
        named = [e for e in index.kb.events.values() if e.start is not None]
    else:
        named = [
            e
            for ev in summits_marked(index, stems - {asked_stem})
            if (e := index.kb.events[ev]).start is not None
        ]
        if len(named) != 1:
            return None
    said = {t.stem for t in parsed.terms if t.word in _HOST_WORDS or t.word in _BOTH_WORDS}
    marked = frozenset().union(*(marks.get(e.id, frozenset()) for e in named))
    if stems - {summit} - marked - said:
        return None  # more than where it was held ("was the first summit in kazakhstan signed")
    for event in named:
        own = [_place_stem(index, x) for x in (event.city, event.country) if x]
        if asked_stem in own or not own or own[0] not in places:
            continue
        return Match(
            "event",
            (event.id,),
            K.ANSWER_THRESHOLD,
            lang=parsed.lang,
            wrong_place=(
                _asked_name(places, asked, asked_stem, parsed.lang),
                _shown(places, own[0], parsed.lang),
            ),
            claim=True,
        )
    return None


# -- q10fact: the difference between two records (tuning.COMPARISON_BOTH) -----------------------

#: Words that ask how two things differ ("difference between A and B", «чем отличается A от B»).
_COMPARE_WORDS = frozenset(
    "difference differences differ differs compare comparison versus vs "
    "разница разницу отличается отличаются отличие различие сравни сравнить".split()
)
#: Words that part the two things compared.
_COMPARE_SPLIT = frozenset("and vs versus or и от или".split())


def comparison(index: Index, parsed: Parsed) -> Match | None:
    """A refused question asking how two things differ ("difference between astana
    declaration and xian declaration", «чем отличается астанинская декларация от сианьской»):
    the fact answering each side alone, both shown, for the user to compare (tuning.
    COMPARISON_BOTH); "difference", a word the base does not use, refused it. None unless
    each side is answered by one fact of its own, the two different."""
    ws = parsed.words
    at = next((i for i, w in enumerate(ws) if w in _COMPARE_WORDS), None)
    if at is None or parsed.say or parsed.who_said or parsed.persons:
        return None
    rest = ws[at + 1 :]
    cut = next((i for i, w in enumerate(rest) if w in _COMPARE_SPLIT and i > 0), None)
    if cut is None:
        return None
    sides = (set(rest[:cut]), set(rest[cut + 1 :]))
    if K.COMPARE_SUMMITS and (summits := _summits_compared(index, parsed, sides)) is not None:
        return summits
    if K.COMPARE_SUMMITS_ON and (on := summits_compared_on(index, parsed)) is not None:
        return on  # "difference between the leaders of the xian and astana summits"
    found: list[str] = []
    score = 1.0
    for side in sides:
        terms = tuple(t for t in parsed.terms if t.word in side and t.known)
        if not terms:
            return None
        one = _match_parsed(index, replace(parsed, terms=terms))
        if one.kind != "fact" or len(one.entries) != 1:
            return None
        found.append(one.entries[0])
        score = min(score, one.score)
    if found[0] == found[1]:
        return None
    return Match("fact", (found[0], found[1]), score, lang=parsed.lang)


# -- q10fact: a yes/no question with a guess at the reason (tuning.FIRST_ALTERNATIVE) ----------

#: What opens a second clause offered as the other answer ("or did it stay out …").
_ALTERNATIVE_OPENERS = frozenset("did was were is are does do has have".split())


def first_alternative(index: Index, parsed: Parsed) -> Match | None:
    """A refused yes/no question offering a second clause as the other answer ("was
    turkmenistan part of the treaty or did it stay out because of neutrality?"): the second
    clause is the user's guess, in words the base need not hold; the fact or summit card that
    answers the first clause alone answers it either way (tuning.FIRST_ALTERNATIVE). None
    when the question asks for words or names a person, or the first clause is not answered
    by one fact or card."""
    ws = parsed.words
    if parsed.say or parsed.who_said or parsed.persons or not ws:
        return None
    if not (_yes_no(parsed) or ws[0] in _PARTY_OPENERS):
        return None
    cut = next(
        (i for i in range(2, len(ws) - 1) if ws[i] == "or" and ws[i + 1] in _ALTERNATIVE_OPENERS),
        None,
    )
    if cut is None:
        return None
    first = set(ws[:cut])
    terms = tuple(t for t in parsed.terms if t.word in first)
    if not terms or len(terms) == len(parsed.terms):
        return None
    found = _match_parsed(index, replace(parsed, terms=terms))
    if found.kind not in ("fact", "event") or len(found.entries) != 1:
        return None
    return found


# -- q11fact: a word of two synonym groups, read by the word after it (tuning.WORD_SENSES) ------

#: Words that knowledge/synonyms.yaml lists in two groups, each with the word after it that
#: keeps the first group's reading and a word of the other group: "deals with" is "treats"
#: ("how china deals with other nations"), "deals" alone are agreements ("how many deals came
#: out of astana"). The index reads every such word as its first group only.
_SENSES: dict[str, tuple[frozenset[str], str]] = {
    "deals": (frozenset({"with"}), "agreements"),
    "deal": (frozenset({"with"}), "agreements"),
}


#: Words that name the summits' mechanism (tuning.Q17_MECHANISM_FOUNDED), by their beginning.
_MECHANISM = ("mechanism", "механизм", "mehanizm", "mekhanizm")
#: Words that name its secretariat, which was opened (launched) rather than established.
_SECRETARIAT = ("secretariat", "секретариат", "sekretariat")
#: Words of setting something up the base does not read as "established" (said of a city,
#: "when was astana founded" is no question about the summits: read so only of the mechanism).
_FOUNDING = frozenset(
    "created create creation founded founding formed formation instituted started start "
    "sozdan sozdali uchrezhden".split()
)


def which_kind_named(index: Index, parsed: Parsed) -> Match | None:
    """A refused question asking which thing of a kind known by name ("which big chinese
    initiative is this all tied to", «к какой китайской инициативе это всё привязано»): the
    best-ranked fact whose own text names one of that kind (kinds.names_members: the Belt and
    Road Initiative), when it scores tuning.Q17_WHICH_KIND_FLOOR or more
    (tuning.Q17_WHICH_KIND_NAMED). A word the base does not know stood in the way ("big",
    «привязано»), though the question's other words are that record's. None when the question
    asks for words or about a person, or has a name the base does not know ("which initiative
    did putin launch")."""
    if parsed.persons or parsed.who_said or parsed.say or parsed.unknown_name:
        return None
    kind = asked_kind(parsed)
    if kind not in K.Q17_WHICH_KIND_KINDS or any(
        not t.known and is_proper_noun(t.word) for t in parsed.terms
    ):
        return None
    resolved, mass = _resolve(index, parsed.terms)
    ranked = _by_intent(index, parsed, _ranked(_score(index, resolved, mass)))
    for e, sc in ranked:
        fact = index.kb.facts.get(index.entries[e].id)
        # The answer shown must name it ("the 133 projects" record names the initiative only
        # in its statement).
        if (
            fact is not None
            and names_members(index, fact.id, kind)
            and any(item_kind(w) == kind for w in re.findall(r"\w+", fact.answer.lower()))
        ):
            if sc < K.Q17_WHICH_KIND_FLOOR:
                return None
            return Match("fact", (fact.id,), sc, lang=parsed.lang)
    return None


def document_misnamed(index: Index, parsed: Parsed) -> Match | None:
    """A document the sources do not name, said to be signed at a held summit's place ("what's
    in the bishkek declaration they signed in astana", "the Treaty on Eternal Friendship and
    Military Alliance signed in Astana"): what was signed there, under "No: not the Bishkek
    Declaration: my sources say the Astana Declaration and the Treaty of ..."
    (tuning.Q23_DOCUMENT_MISNAMED). English only; None when the question asks for words or
    names a person, the document's name is one of that summit's or begins with a summit's
    place, or no one held summit's city follows "signed in"/"at"."""
    if parsed.lang != "en" or parsed.persons or parsed.say or parsed.who_said:
        return None
    if parsed.unknown_name:
        return None
    ws = parsed.words
    sign = index.term("sign").stem
    docs = [i for i, w in enumerate(ws) if item_kind(w) == "document"]
    signed = [i for i, w in enumerate(ws) if index.term(w).stem == sign]
    if len(docs) != 1 or len(signed) != 1 or signed[0] < docs[0]:
        return None
    d, g = docs[0], signed[0]
    at = g + 1
    if at + 1 >= len(ws) or ws[at] not in ("in", "at"):
        return None
    marked = summits_marked(index, {_place_stem(index, ws[at + 1])})
    if len(marked) != 1:
        return None
    ev = index.kb.events[marked[0]]
    if ev.start is None or not ev.outcomes:
        return None
    if d > 0 and ws[d - 1] not in ("the", "a"):
        if summits_marked(index, {_place_stem(index, ws[d - 1])}) or not is_proper_noun(ws[d - 1]):
            return None  # "the astana declaration ...", "what declaration ..."
        name = ws[d - 1 : d + 1]
    else:
        name = ws[d:g]
        while name and name[-1] in ("they", "that", "which", "was", "were", "we", "you"):
            name = name[:-1]
        if len(name) < 3:
            return None  # "the declaration signed in astana": no name
    asked = " ".join(name)
    own = " ".join(o.lower().replace("'", "") for o in ev.outcomes)
    if asked.replace("'", "") in own:
        return None
    found = _match_parsed(index, parse(index, f"what was signed in {ws[at + 1]}"))
    if found.kind != "fact" or len(found.entries) != 1:
        return None
    small = {"on", "of", "and", "the", "for", "in"}
    shown = " ".join(w if w in small else w.capitalize() for w in name)
    signed_there = [
        o.split(" (")[0]
        for o in ev.outcomes
        if any(item_kind(w) == "document" for w in re.findall(r"\w+", o.lower()))
    ]
    if not signed_there:
        return None
    real = " and the ".join(signed_there)
    return Match(
        found.kind,
        found.entries,
        max(found.score, K.ANSWER_THRESHOLD),
        lang=parsed.lang,
        wrong_number=(f"the {shown}", f"the {real}"),
        claim=True,
    )


#: Words before a place that make it where something happened: "signed in kazakhstan",
#: «подписали в Казахстане», "v kazahstane".
_VENUE_BEFORE = frozenset("in at в на v na".split())
#: "Put their names to", "put his name to": signing.
_NAME_PUT = frozenset("put puts putting".split())


def signing_read(index: Index, parsed: Parsed) -> Parsed:
    """A question about a signing read as the records word it (tuning.Q17_SIGNED_IN_COUNTRY):
    "put their names to" is signing, and the country it was signed in ("in kazakhstan",
    «в казахстане») is the city of the one summit held there (Astana): "what pacts did the
    presidents put their names to in kazakhstan" was refused, "what agreements were signed in
    kazakhstan" got the documents China and Kazakhstan signed at Xi'an (its record names
    Kazakhstan as a party, not as the place)."""
    ws = parsed.words
    sign = index.term("sign")
    if not sign.known:
        return parsed
    put = {
        i
        for i, w in enumerate(ws)
        if w in _NAME_PUT and any(n in ("name", "names") for n in ws[i + 1 : i + 3])
    }
    terms = parsed.terms
    if put:
        # The idiom read as the verb, in the words too: "names" asks for no names of things
        # (CONTENTS_VETO's "the names of").
        puts = {ws[i] for i in put}
        names = {
            j for i in put for j in range(i + 1, min(i + 3, len(ws))) if ws[j] in ("name", "names")
        }
        ws = tuple("signed" if i in put else w for i, w in enumerate(ws) if i not in names)
        terms = tuple(
            replace(sign, word="signed") if t.word in puts else t
            for t in terms
            if t.word not in ("name", "names")
        )
        parsed = replace(parsed, words=ws, terms=terms)
    if not any(t.stem == sign.stem for t in terms):
        return parsed
    cities = index.held_cities
    if cities is None:
        held: dict[str, list[Term]] = {}
        for ev in index.kb.events.values():
            if ev.city and ev.start is not None:
                city = index.term(ev.city.replace("'", "").lower())
                if city.known:
                    held.setdefault(_place_stem(index, ev.country), []).append(city)
        # A country of one summit held (two held there would leave the city unknown); once
        # per index (Index.held_cities), not per question.
        cities = index.held_cities = {
            country: towns[0] for country, towns in held.items() if len(towns) == 1
        }
    venue = {
        w
        for prev, w in itertools.pairwise(ws)
        if prev in _VENUE_BEFORE and _place_stem(index, w) in cities
    }
    if venue:
        terms = tuple(
            replace(cities[_place_stem(index, t.word)], word=t.word) if t.word in venue else t
            for t in terms
        )
    return replace(parsed, terms=terms)


#: Russian verbs of receiving that say hosting when a summit is their object («кто примет
#: следующий саммит»); the synonyms read «принять» as adopting a document (tuning.
#: Q17_HOST_SENSE).
_RECEIVE_RU = frozenset(
    "примет примут принять принимать принимает принимают примет primet primut prinyat "
    "prinimat prinimaet".split()
)


def host_sense_read(index: Index, parsed: Parsed) -> Parsed:
    """«Кто примет следующий саммит» read as who will host it (tuning.Q17_HOST_SENSE): «примет»
    was read as adopting (the sign group's «принять») and the question got the Belt and Road
    record (its "documents signed"). A verb of receiving with a summit within two words after
    it is read as "host"."""
    ws = parsed.words
    summit = index.word_canonical("summit")
    hosting = {
        w
        for i, w in enumerate(ws)
        if w in _RECEIVE_RU
        and i + 1 < len(ws)
        and ws[i + 1] not in _TRAVEL_TO  # «примут на саммите»: adopted at it
        and any(index.word_canonical(n) == summit for n in ws[i + 1 : i + 3])
    }
    host = index.term("host")
    if not hosting or not host.known:
        return parsed
    return replace(
        parsed,
        terms=tuple(replace(host, word=t.word) if t.word in hosting else t for t in parsed.terms),
    )


#: Words of a capital city, by their beginning ("capital", «столице», "stolice").
_CAPITAL_WORDS = ("capital", "столиц", "stolic", "stolits")


#: Words before "capital" that go with it when the capital is read as its city ("the capital
#: of china" → "beijing").
_CAPITAL_ARTICLES = frozenset("the a".split())


def capital_read(index: Index, parsed: Parsed) -> Parsed:
    """A country's capital read as the city (tuning.Q17_CAPITAL_OF_COUNTRY): "how did analysts
    react to the meeting in kazakhstan's capital" was refused, its "capital" a word of no
    record and "kazakhstan" no word of the reception's; "in astana" found it. The country next
    to a word of a capital (within two words) becomes its capital (knowledge/vocabulary.yaml,
    ``capitals``); a question that is only the capital and the country ("what is the capital
    of kazakhstan") or asks for words or about a person stays as it is."""
    if parsed.who_said or parsed.say or parsed.persons or parsed.unknown_name:
        return parsed
    ws = parsed.words
    at = [i for i, w in enumerate(ws) if w.startswith(_CAPITAL_WORDS)]
    if not at:
        return parsed
    capitals: dict[str, Term] = {}
    cities: dict[str, str] = {}
    for city, country in index.kb.capitals.items():
        term = index.term(city)
        stem = _place_stem(index, country)
        if term.known:
            capitals.setdefault(stem, term)
        cities.setdefault(stem, city.lower())
    swap: dict[str, Term] = {}
    said: dict[int, str] = {}  # position of the country -> its capital, as a word
    for i in at:
        near = [j for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(ws)]
        at_country = next((j for j in near if _place_stem(index, ws[j]) in cities), None)
        if at_country is None:
            continue
        stem = _place_stem(index, ws[at_country])
        said[at_country] = cities[stem]
        if stem in capitals:
            swap[ws[at_country]] = capitals[stem]
    if not said:
        return parsed
    dropped = {ws[i] for i in at}
    terms = tuple(
        replace(swap[t.word], word=t.word) if t.word in swap else t
        for t in parsed.terms
        if t.word not in dropped
    )
    if all(t.word in swap for t in terms) or not terms:
        return parsed
    if K.Q24M_CAPITAL_ASKED and all(
        t.word in swap or t.word in index.kb.capitals or t.word in cities.values() for t in terms
    ):
        # "is astana the capital of kazakhstan?": which city is the capital, asked with a city
        # named, is as "what is the capital of kazakhstan" (tuning.Q24M_CAPITAL_ASKED)
        return parsed
    if K.Q17_CAPITAL_AS_PLACE and _yes_no(parsed):
        # "Was the first summit held in the capital of china?": the place asked is Beijing, not
        # China (Xi'an is in China: no premise to put right). The words read the capital, so
        # that the place checks see it (tuning.Q17_CAPITAL_AS_PLACE).
        gone: set[int] = set()  # "the capital of", "'s capital": the words between go too
        for i in at:
            j = next((j for j in said if abs(j - i) <= 2), None)
            if j is None:
                continue
            gone |= set(range(min(i, j + 1), max(i, j - 1) + 1)) - {j}
            if i < j and i > 0 and ws[i - 1] in _CAPITAL_ARTICLES:
                gone.add(i - 1)
        words = tuple(said.get(i, w) for i, w in enumerate(ws) if i not in gone)
        city_of = {ws[j]: city for j, city in said.items()}
        read = tuple(
            index.term(city_of[t.word]) if t.word in city_of else t
            for t in parsed.terms
            if t.word not in dropped
        )
        return replace(parsed, terms=read, words=words)
    return replace(parsed, terms=terms) if swap else parsed


def founding_read(index: Index, parsed: Parsed) -> Parsed:
    """A question about the mechanism with its launch or set-up read as its establishment
    (tuning.Q17_MECHANISM_FOUNDED): "when was the china central asia mechanism launched" found
    the secretariat's opening (its record names "the China–Central Asia mechanism" and
    "launched" is a word of opening); the Xi'an Declaration established the mechanism. "Set
    up", "created", "founded" are read so too (of the mechanism only: "when was astana
    founded" asks about a city). A question naming the secretariat keeps its opening."""
    ws = parsed.words
    founded = index.term("established")
    if not founded.known:
        return parsed
    setup = {w for w, nxt in itertools.pairwise(ws) if w == "set" and nxt == "up"}
    secretariat = any(w.startswith(_SECRETARIAT) for w in ws)
    if K.Q17_SET_UP_FOUNDED and setup:
        # "What did the document adopted in 2023 set up": "set up" is establishing whatever
        # was set up ("set" alone is a date set); the secretariat's set-up is its opening.
        made = index.term("opened") if secretariat else founded
        parsed = replace(
            parsed,
            terms=tuple(replace(made, word=t.word) if t.word in setup else t for t in parsed.terms),
        )
    if not any(w.startswith(_MECHANISM) for w in ws) or secretariat:
        return parsed
    opened = index.term("opened").stem
    terms = tuple(
        replace(founded, word=t.word)
        if (t.known and (t.stem == opened or t.word in setup)) or t.word in _FOUNDING
        else t
        for t in parsed.terms
    )
    return replace(parsed, terms=terms)


def sense_read(index: Index, parsed: Parsed) -> Parsed:
    """The question with each word of two senses read as the other group's word when the word
    after it is not the first sense's (tuning.WORD_SENSES): "how many deals came out of
    astana" counts agreements, not ways of treating someone."""
    ws = parsed.words
    changed: dict[str, Term] = {}
    for i, w in enumerate(ws):
        sense = _SENSES.get(w)
        if sense is None or (i + 1 < len(ws) and ws[i + 1] in sense[0]):
            continue
        other = index.term(sense[1])
        if other.known:
            changed[w] = replace(other, word=w)
    if not changed:
        return parsed
    terms = tuple(changed.get(t.word, t) if t.known else t for t in parsed.terms)
    return replace(parsed, terms=terms)


def term_read(index: Index, parsed: Parsed, word: str) -> Term:
    """A word of the question as the question reads it (:func:`sense_read`), else as the
    index does: the counts' readers look words up one by one."""
    if K.WORD_SENSES and word in _SENSES:
        own = next((t for t in parsed.terms if t.word == word), None)
        if own is not None:
            return own
    return index.term(word)


# -- q11fact: a count is answered by a record that counts (tuning.COUNT_NO_FIGURE) --------------


def figures_first(
    index: Index, parsed: Parsed, ranked: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """The ranking of a "how many" question with the entries that state no figure weighed by
    tuning.COUNT_NO_FIGURE: such an entry is refused as the answer (COUNT_NEEDS_FIGURE), and
    ranked first it refused the question even when the entry tied with it counts ("how many
    agreements came out of astana": the signing of the declaration and the treaty tied with
    "more than 100 cooperation outcomes")."""
    if K.COUNT_NO_FIGURE == 1.0 or not ranked or not _asks_count(parsed):
        return ranked
    return _ranked(
        {
            e: s * (1.0 if _states_figure(index, index.entries[e].id) else K.COUNT_NO_FIGURE)
            for e, s in ranked
        }
    )


def _states_figure(index: Index, entry_id: str) -> bool:
    """kinds.states_figure, remembered per index (the same answer for an entry every time),
    keyed with the one switch it reads, so that turning it off is seen at once."""
    key = (entry_id, K.DATE_IS_NO_FIGURE)
    known = index.figure_memo.get(key)
    if known is None:
        known = index.figure_memo[key] = states_figure(index.kb, entry_id)
    return known


# -- q11fact: a person's presence at the summit named (tuning.PRESENCE_NAMED_SUMMIT) ------------


def _event_of(index: Index, entry_id: str) -> str | None:
    """The summit or event a record is of: a fact's event, or the event itself."""
    fact = index.kb.facts.get(entry_id)
    if fact is not None:
        return fact.event
    return entry_id if entry_id in index.kb.events else None


def _of_another_summit(index: Index, m: Match, event: str) -> bool:
    """Whether the answer found is no record of the summit the question names (:func:`person_
    party_act`): the person's name found the list of leaders of the summit he is named at, the
    venue named another; or it found his card, which says nothing of the summit."""
    if m.kind not in ("fact", "event") or not m.entries:
        return True  # a person's card, a refusal: nothing of the summit named
    return _event_of(index, m.entries[0]) != event


#: Words of being somewhere, before a summit: "was rahmon at the xian summit", «был ли
#: Рахмон на саммите в Сиане».
_AT_WORDS = frozenset("at на".split())
_WAS_WORDS = frozenset("was were is был была были".split())


def _present_at(index: Index, parsed: Parsed) -> bool:
    """Whether a yes/no question asks if its person was at a summit ("was mirziyoyev at the
    xian summit", «был ли Рахмон на саммите в Сиане»): it opens with being, "at" comes within
    three words before the word "summit", and before "at" only the person is named."""
    ws = parsed.words
    if not ws or ws[0] not in _WAS_WORDS:
        return False
    summit = index.word_canonical("summit")
    at = next(
        (
            i
            for i, w in enumerate(ws)
            if w in _AT_WORDS and any(index.term(x).stem == summit for x in ws[i + 1 : i + 4])
        ),
        None,
    )
    if at is None:
        return False
    # Nothing but the person before "at": "did the uzbek president give the keynote at the
    # summit" asks about a keynote, not about being there.
    name = _name_stems(index, parsed.persons[0]) if parsed.persons else frozenset()
    return all(
        T.is_stop_word(w) or not (t := index.term(w)).known or t.stem in name for w in ws[1:at]
    )


# -- q11fact: two summits compared (tuning.COMPARE_SUMMITS) ---------------------------------------


def _summits_compared(
    index: Index, parsed: Parsed, sides: tuple[set[str], set[str]]
) -> Match | None:
    """Two summits' cards, when each side of a comparison names one summit held ("the
    difference between the xian and astana summits", «чем отличается первый саммит от
    второго»): a venue, an ordinal or a year names a summit (intent.summit_marks), and the
    noun "summits" the two share stands after the second side only, so the sides are not
    matched as records of their own (:func:`comparison`). None unless the two sides name two
    different summits, one each, and no side says more than the summit."""
    marks = summit_marks(index)
    held = [e for e in index.kb.events.values() if e.start is not None]
    summit = index.word_canonical("summit")
    named: list[str] = []
    for side in sides:
        stems = {t.stem for t in parsed.terms if t.word in side and t.known}
        ids = [e.id for e in held if marks.get(e.id, frozenset()) & stems]
        if len(ids) != 1 or stems - marks[ids[0]] - {summit}:
            return None
        named.append(ids[0])
    if named[0] == named[1]:
        return None
    return Match("event", tuple(named), K.ANSWER_THRESHOLD, lang=parsed.lang)


# -- q11fact: the counted noun phrase, whole (tuning.COUNT_NOUN_WHOLE) ----------------------------


def noun_whole(phrase: str, phrases: list[str]) -> str:
    """A count's phrase run on to its noun: the longest of ``phrases`` (:func:`_counts`' for
    the same text) that continues ``phrase`` and ends in an English plural ("200 cooperation"
    → "200 cooperation results"; "100 cooperation" → "100 cooperation outcomes"). The check
    compares the first word after the number the two counts share ("cooperation"), a modifier:
    cut there, the lead read "I can't confirm 200 cooperation: my sources say more than 100
    cooperation". Only content words are added ("20 billion", not "20 billion dollars of
    deals"); unchanged when no longer phrase ends in a plural (Russian, a singular)."""
    longer = [
        p
        for p in phrases
        if p.startswith(phrase + " ")
        and not T.is_cyrillic(p)
        and p.endswith("s")
        and not p.endswith("ss")
        and not any(T.is_stop_word(w) for w in p[len(phrase) :].split())
    ]
    return max(longer, key=len) if longer else phrase


def as_written(text: str, phrase: str) -> str:
    """``phrase`` (words as :func:`bot.text.words` reads them: lower case) as ``text`` writes
    it ("22 billion US dollars", not "22 billion us dollars"), but for its first word, which a
    sentence may capitalise ("More than 100 …"); the phrase itself when the text does not hold
    it word for word."""
    words = phrase.split()
    if not words:
        return phrase
    found = re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text, re.I)
    if found is None:
        return phrase
    # The first word as the phrase has it: a sentence's capital ("More than 100") is none.
    return words[0] + found.group(0)[len(words[0]) :]


# -- q11fact: several questions in one (tuning.SEVERAL_ASKED) ------------------------------------

#: Question words that open a further question inside a message ("how many presidents signed
#: … and who were they", «сколько стран в формате, как часто встречаются лидеры и где
#: постоянный секретариат»).
_PART_OPENERS = QUESTION_WORDS | frozenset({"сколько", "skolko"})
#: Joining words and thanks left at the end of a part ("… где постоянный секретариат.
#: Спасибо").
_PART_JOINS = frozenset("and or и или а thanks thank you please спасибо пожалуйста".split())


def several_asked(index: Index, parsed: Parsed) -> Match | None:
    """A refused message asking several things at once, each opened by a question word: the
    records answering each part, read as a question of its own, all shown (tuning.
    SEVERAL_ASKED). Scored whole, each part's words weighed against the others' records and
    none reached the threshold. A part with no word ("who were they"), or before the first
    question word none the base knows ("Q:", «Нужно:»), asks nothing more; a later one with a
    word the base does not know asks what it may not hold, and is matched (and refuses the
    whole when refused). A part whose premise is put right (a wrong place, count or holder)
    refuses the whole: its lead would be lost in the list. None when the message names a
    person or asks for words (quotes are the attribution checks'), has fewer than two parts,
    or any part with known words is not answered by a fact or a summit's card."""
    ws = parsed.words
    if parsed.persons or parsed.who_said or parsed.say or parsed.unknown_name or len(ws) < 4:
        return None
    if K.LISTED_ITEMS and parsed.listed:
        # "First summit, secretariat launch, second summit, next summit - dates?": the items
        # of a list, each read as a question of its own, asked when or where (tuning.
        # LISTED_ITEMS). Nothing else: "astana" alone is no question, and "Astana, Xi'an,
        # Beijing - which hosted one?" is not answered by each item's own record.
        dates = parsed.when or not _LIST_DATES.isdisjoint(ws)
        if not (dates or parsed.where) or not _LIST_CHOOSES.isdisjoint(ws):
            return None
        ru = parsed.lang == "ru"
        when, where = ("когда", "где") if ru else ("when", "where")
        asked = " ".join(w for w, on in ((when, dates), (where, parsed.where)) if on)
        return _items_answered(index, parsed, [f"{item} {asked}" for item in parsed.listed])
    cuts = [i for i, w in enumerate(ws) if i > 0 and w in _PART_OPENERS]
    if not cuts or len(cuts) >= K.SEVERAL_MAX_PARTS:
        return None  # one question, or a text too long to be a list of questions
    bounds = [0, *cuts, len(ws)]
    answers: list[Match] = []
    for a, b in itertools.pairwise(bounds):
        part = list(ws[a:b])
        while part and part[-1] in _PART_JOINS:
            part.pop()
        p = parse(index, " ".join(part))
        framing = a == 0 and ws[0] not in _PART_OPENERS
        if not any(t.known or (not framing and len(t.word) > 2) for t in p.terms):
            continue  # "who were they"; before the first question, "Q:", «Нужно:»
        if p.persons or p.who_said or p.say:
            return None
        one = _part_answer(index, p)
        if one is None:
            return None
        answers.append(one)
    return _all_parts(index, parsed, answers)


def _part_answer(index: Index, p: Parsed) -> Match | None:
    """A part of a message read as a question of its own (SEVERAL_ASKED, LISTED_ITEMS): its
    fact or summit's card, or None when anything else answers it (a quote, a claim, a
    refusal), when a fact credited to a speaker does (SEVERAL_UNATTRIBUTED: somebody's figure
    for a fragment), or when its premise is put right (the part's lead, lost in a list)."""
    one = match_parsed(index, p)
    if one.kind not in ("fact", "event") or not one.entries or one.claim:
        return None
    if K.SEVERAL_UNATTRIBUTED and any(_attributed(index.entry(e)) for e in one.entries):
        return None
    if one.wrong_place or one.wrong_number or one.wrong_holder:
        return None
    return one


def _all_parts(index: Index, parsed: Parsed, answers: Sequence[Match]) -> Match | None:
    """The parts' records, in order and once each, as one answer (its score: the weakest)."""
    found: list[str] = []
    for one in answers:
        found += [e for e in one.entries if e not in found]
    if not found:
        return None
    kind: MatchKind = "event" if found[0] in index.kb.events else "fact"
    return Match(kind, tuple(found), min(a.score for a in answers), lang=parsed.lang)


#: Dates asked of a list in Russian ("… — даты?"), which intent does not read as "when".
_LIST_DATES = frozenset("даты дата дат датах daty".split())
#: Words asking who or which one of the things listed: the list's items read alone do not
#: answer them (tuning.LISTED_ITEMS).
_LIST_CHOOSES = frozenset(
    "who whom whose which кто кого чей чья чьи какой какая какие который которые "
    "kto kakoy kakie".split()
)


def _items_answered(index: Index, parsed: Parsed, items: Sequence[str]) -> Match | None:
    """The records answering each item of a list (tuning.LISTED_ITEMS), in order, under
    several_asked's checks; None unless every item is answered by a fact nobody is credited
    with or a summit's card, with no premise put right and nobody named."""
    if len(items) >= K.SEVERAL_MAX_PARTS:
        return None
    answers: list[Match] = []
    for item in items:
        p = parse(index, item)
        if p.persons or p.who_said or p.say or p.unknown_name:
            return None
        one = _part_answer(index, p)
        if one is None:
            return None
        answers.append(one)
    return _all_parts(index, parsed, answers)


# -- q11fact: two summits compared on one thing (tuning.COMPARE_SUMMITS_ON) ----------------------

#: Words that compare two things as alike ("the same leaders in 2023 as in 2025").
_SAME_WORDS = frozenset("same similar alike тот та те же".split())


def summits_compared_on(index: Index, parsed: Parsed) -> Match | None:
    """A question comparing two summits it names on one thing ("were the leaders in xian the
    same ones as in astana", "was it the same leaders in 2023 as in 2025", "difference between
    the leaders of the xian and astana summits"): each summit's own record of that thing, the
    earlier summit's first (tuning.COMPARE_SUMMITS_ON). Scored whole, the record naming the
    later summit's leaders answered alone, and the first summit's ("the same six presidents")
    was never shown. Asked by a word of sameness (:func:`match_parsed`) or of difference
    (:func:`comparison`, COMPARISON_BOTH's reading of the two sides, which this extends). None
    unless the question names exactly two summits held, words besides them say what is
    compared, and each summit's record of it is found."""
    if parsed.persons or parsed.who_said or parsed.say or not parsed.words:
        return None
    marks = summit_marks(index)
    stems = {t.stem for t in parsed.terms if t.known}
    named = sorted(
        (e for ev in summits_marked(index, stems) if (e := index.kb.events[ev]).start is not None),
        key=lambda e: str(e.start),
    )
    if len(named) != 2:
        return None

    def held_mark(stem: str) -> bool:
        """A mark of a summit held (a year, an ordinal, a city)."""
        ev = mark_of(index, stem)
        return ev is not None and index.kb.events[ev].start is not None

    summit = index.word_canonical("summit")
    aspect = tuple(
        t for t in parsed.terms if t.known and not held_mark(t.stem) and t.stem != summit
    )
    if not aspect:
        return None  # the summits themselves: their cards (_summits_compared)
    found: list[str] = []
    score = 1.0
    said = index.term("summit")
    for event in named:
        # The thing compared, at this summit ("leaders" "2025" "summit"): the summit's record.
        own = tuple(t for t in parsed.terms if t.stem in marks.get(event.id, frozenset()))
        terms = (*aspect, *own, said)
        one = match_parsed(index, replace(parsed, terms=terms, claim=False))
        if one.kind not in ("fact", "event") or len(one.entries) != 1:
            return None
        if _event_of(index, one.entries[0]) != event.id or one.entries[0] in found:
            return None
        found.append(one.entries[0])
        score = min(score, one.score)
    kind: MatchKind = "event" if found[0] in index.kb.events else "fact"
    return Match(kind, tuple(found), score, lang=parsed.lang)


def _words_of_another_summit(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether a question answered with words names a summit ("the next summit", "the Xi'an summit",
    "the 2023 summit": intent.summit_marks, with a word read as "summit") that the words found
    neither belong to (their ``event``) nor name in their own text (tuning.
    WORDS_OF_ANOTHER_SUMMIT). A quote of the Astana summit does not answer who spoke of the
    next one, whatever else it shares with the question."""
    other = _summit_named(index, parsed)
    own = getattr(rec, "event", None)
    if other is None or own is None or own == other:
        return False
    stems = {t.stem for t in parsed.terms if t.known}
    text = " ".join(str(getattr(rec, a, "") or "") for a in ("text", "statement", "answer")).lower()
    said = {index.term(w).stem for w in re.findall(r"[\w']+", text)}
    return not (summit_marks(index)[other] & stems & said)


def _summit_named(index: Index, parsed: Parsed) -> str | None:
    """The one summit a question names with the word "summit" and a mark of it ("the next
    summit", "the Xi'an summit": intent.summit_marks), or None."""
    stems = {t.stem for t in parsed.terms if t.known}
    if index.word_canonical("summit") not in stems:
        return None
    named = summits_marked(index, stems)
    return named[0] if len(named) == 1 else None


#: The verb that puts a predicate to a subject in a claim ("china *is* proactive", «Китай
#: *стал* активным»): what comes before it is the subject, the first known word after it the
#: predicate (tuning.SUBJECT_SWAPPED).
_COPULAS = frozenset(
    "is are was were has have becomes become became remains remain "
    "является являются стал стала стали становится".split()
)
#: English verbs that put a role or a manner to a claim's subject as a copula does ("china
#: *plays* a proactive role", "*takes* a more active stance", "*shows* restraint"): the light
#: verbs such claims are written with (tuning.Q13_CLAIM_RU, the English side of it).
_CLAIM_VERBS_EN = frozenset(
    "plays play played playing takes take took taking shows show showed acts act acted "
    "seeks seek sought pursues pursue pursued".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def subject_swapped(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether a claim "S is P" ("who said china is proactive in regional affairs") finds words
    that say P of something else and name S only after it (:func:`said_of_another`)
    (tuning.SUBJECT_SWAPPED)."""
    claim = claim_parts(index, parsed)
    if claim is not None and said_of_another(index, claim, rec):
        return True
    if (
        K.Q23Q_PASSIVE_AGENT_SUBJECT
        and claim is not None
        and _passive_claim(parsed.words)
        and not _said_by(index, claim, rec)
    ):
        # "who said the treaty was signed by china": the words must say the doer did it (the
        # doer before the verb), not merely not say it of another.
        return True
    if K.Q14_RANK_UNSAID and rank_unsaid(index, parsed, rec):
        return True
    # A party the base does not know: no words it holds name it (Q14_CLAIM_PARTY_ABSENT).
    if claim_party_unknown(index, parsed):
        return True
    # A figure, a place or a verdict the words do not give (Q16_CLAIM_*: bot/claims.py).
    return claim_contradicted(index, parsed, rec)


#: What an ordinal counts when it is not a rank: "the first summit", "the second time".
_ORDINAL_COUNTED = frozenset(
    "summit summits meeting meetings time times visit visits day days year years round "
    "rounds session sessions forum edition саммит саммите саммита встреча встрече раз день "
    "году год".split()
)
#: "Next" as a rank (tuning.NEXT_PARTNER_RANK): before one of :data:`_RANKED_NOUNS` it says
#: who comes after whom, not when.
_NEXT_WORDS = frozenset("next следующий следующим следующей".split())
_RANKED_NOUNS = frozenset(
    "partner partners ally allies friend friends priority choice партнёр партнер партнёром "
    "партнером союзник приоритет".split()
)
#: Cardinals the index also reads as 1 ("each one", «номер один»): a count, not a rank.
_CARDINAL_ONE = frozenset("one один одна одно одного".split())


def rank_unsaid(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether a claim ranks something by an ordinal ("china comes first for central asia")
    that the words never state: Safarov's treaty "points the way forward" shares China and
    Central Asia with the claim, says nothing of a first place, and was shown for it
    (tuning.Q14_RANK_UNSAID). First place is stated by the ordinal or as a priority ("a top
    priority": Osmonaliyev's "places cooperation with China first"); an ordinal counting a
    summit or a time ("the first summit") is not a rank."""
    ws = parsed.words
    if (ranked_at := who_ranked_first(ws)) is not None:
        return ranking_unsaid(index, *ranked_first_parties(index, ws, ranked_at), rec)
    if (possessed := possessive_rank(index, ws)) is not None:
        return ranking_unsaid(index, *possessed, rec)
    said = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if said is None:
        return False
    ranks = {
        t.stem
        for i in range(said + 1, len(ws))
        if ws[i] not in _CARDINAL_ONE
        and not ws[i].isdigit()
        and (t := index.term(ws[i])).stem in ORDINAL_STEMS
        and not (i + 1 < len(ws) and ws[i + 1] in _ORDINAL_COUNTED)
    }
    if K.NEXT_PARTNER_RANK:
        # "who said china is the next partner for central asia": "next" before a partner noun
        # ranks, as an ordinal does (Safarov's "future cooperation" was shown for it).
        ranks |= {
            index.term(w).stem
            for w, after in itertools.pairwise(ws[said + 1 :])
            if w in _NEXT_WORDS and after in _RANKED_NOUNS
        }
    if not ranks:
        return False
    said_stems = _text_stems(index, rec)
    if "1" in said_stems or {index.term("priority").stem, index.term("top").stem} & said_stems:
        said_stems.add("1")
    return not ranks <= said_stems


#: How far after the rank the party whose ranking it is may be named ("at the top of *central
#: asia's* to-do list", "first *for central asia*").
_RANKER_SPAN = 5


def ranked_first_parties(
    index: Index, ws: Sequence[str], ranked_at: tuple[int, int]
) -> tuple[set[str], set[str]]:
    """The parties "who put X at the top of Y's list" ranks (X's) and whose ranking it is
    (Y's, named after the rank) (tuning.Q30Q_WHO_RANKED_FIRST)."""
    verb, rank = ranked_at
    ranked = {p for w in ws[verb + 1 : rank] if (p := party_named(index, w)) is not None}
    after = ws[rank : rank + len(T.FIRST_PLACE_PHRASES[0]) + _RANKER_SPAN]
    return ranked, {p for w in after if (p := party_named(index, w)) is not None} - ranked


def possessive_rank(index: Index, ws: Sequence[str]) -> tuple[set[str], set[str]] | None:
    """The parties of a claim "<S> is <P>'s <rank> priority" ("cooperation with china is
    central asia's number one priority"; the "'s" is gone from the words): S's parties, ranked,
    and P's, who rank, or None unless both name parties (tuning.Q30Q_POSSESSIVE_RANK)."""
    if not K.Q30Q_POSSESSIVE_RANK:
        return None
    said = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if said is None:
        return None
    cop = next((i for i in range(said + 1, len(ws)) if ws[i] in _PARTNER_COPULAS), None)
    if cop is None:
        return None
    start = cop + 1 + (cop + 1 < len(ws) and ws[cop + 1] in _ARTICLES)
    end = start
    while end < len(ws) and party_named(index, ws[end]) is not None:
        end += 1
    noun = next((j for j in range(end, min(end + 3, len(ws))) if ws[j] in _RANKED_NOUNS), None)
    if end == start or noun is None or not all(w in _RANK_WORDS for w in ws[end:noun]):
        return None
    ranked = {p for w in ws[said + 1 : cop] if (p := party_named(index, w)) is not None}
    ranker = {p for w in ws[start:end] if (p := party_named(index, w)) is not None} - ranked
    return (ranked, ranker) if ranked and ranker else None


#: Words of first rank before a ranked noun ("number one priority", "top partner").
_RANK_WORDS = frozenset("number one top first main chief primary biggest".split())
_ARTICLES = frozenset("a an the".split())


def ranking_unsaid(index: Index, ranked: set[str], ranker: set[str], rec: object) -> bool:
    """Whether the words do not rank the ``ranked`` parties first for the ``ranker`` parties
    (tuning.Q30Q_WHO_RANKED_FIRST, Q30Q_POSSESSIVE_RANK): some sentence must hold a word of
    priority ("a top priority") with the ranked parties named before it, and the ranker's
    before theirs. Osmonaliyev's "Central Asian countries are ... placing cooperation with
    China as a top priority" ranks China for Central Asia, not Central Asia for China; words
    without a priority rank nothing."""
    top = {index.term("priority").stem, index.term("top").stem}
    text = str(getattr(rec, "text", "") or getattr(rec, "statement", "") or "")
    for sentence in _SENTENCE_END.split(text):
        words = re.findall(r"[\w']+", sentence.lower())
        at = next((k for k, w in enumerate(words) if index.term(w).stem in top), None)
        if at is None:
            continue
        parties = [party_named(index, w) for w in words[:at]]
        if not ranked <= set(parties):
            continue
        # The party placed is the one named last before the priority ("placing cooperation
        # with *China* as a top priority"): "who put central asia first" is not his (review).
        nearest = next((p for p in reversed(parties) if p is not None), None)
        if nearest not in ranked:
            continue
        first_ranked = min((k for k, p in enumerate(parties) if p in ranked), default=at)
        if ranker <= set(parties[:first_ranked]):
            return False
    return True


def _text_stems(index: Index, rec: object) -> set[str]:
    """The base's stems of a record's words (its text or statement)."""
    text = str(getattr(rec, "text", "") or getattr(rec, "statement", "") or "")
    return {index.term(w).stem for w in re.findall(r"[\w']+", text.lower())}


#: Abbreviations naming a state or a bloc the base does not hold ("the eu", "nato", «ЕС»):
#: the dictionaries hold none of them as a proper noun (tuning.Q14_CLAIM_PARTY_ABSENT). Not
#: "us" (the pronoun: "china supports us"); the US in capitals is intent.US_COUNTRY's.
_PARTY_ABBREVIATIONS = frozenset("eu usa uk nato ес сша нато оон".split())


def _says(word: str) -> bool:
    """A verb of saying, or (tuning.Q16_PRAISED_PARTY) one of praising or describing that
    intent reads as "who said" ("who praised the us for ...", "who called russia ...")."""
    if T.is_say_word(word):
        return True
    return K.Q16_PRAISED_PARTY and word.startswith((*PRAISE_STEMS, *DESCRIBE_STEMS))


def claim_party_unknown(index: Index, parsed: Parsed) -> bool:
    """Whether a claim names, after its verb of saying, a country or party the base does not
    know at all (the United States, "russia", "the eu", "nato", «Россия», any proper noun the
    base lacks): no words in the base name it, so none are the claim's
    (tuning.Q14_CLAIM_PARTY_ABSENT). A country of the base's people stays
    Q13_CLAIM_COUNTRY_ABSENT's (the claim's subject only): read anywhere after the verb of
    saying, it took "the kyrgyz guy", "quoted from kyrgyzstan" (the speaker's country) as the
    claim's, and refused Osmonaliyev for them."""
    ws = parsed.words
    said = next((i for i, w in enumerate(ws) if _says(w)), None)
    if said is None or not K.Q14_CLAIM_PARTY_ABSENT:
        return False
    rest = ws[said + 1 :]
    if US_COUNTRY.search(" ".join(rest)):
        return True
    if any(a == "the" and b == "us" for a, b in itertools.pairwise(rest)):
        return True  # "who said the us is central asia's top priority": never the pronoun
    return any(
        w in _PARTY_ABBREVIATIONS
        or (
            w.isalpha()
            and not T.is_stop_word(w)  # "has" is capitalised only in Webster's
            and w not in index.kb.capitals  # "beijing" is China, a party the base knows
            and not index.term(w).known
            and is_proper_noun(w)
        )
        for w in rest
    )


def claim_parts(index: Index, parsed: Parsed) -> tuple[frozenset[str], str] | None:
    """A claim's subject (the stems between the verb of saying and the copula: "china") and
    predicate (the first known stem after the copula: "proactive"), or None."""
    ws = parsed.words
    said = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if said is None:
        return None
    verbs = _COPULAS | _CLAIM_VERBS_EN if K.Q13_CLAIM_RU else _COPULAS
    cop = next((i for i in range(said + 1, len(ws)) if ws[i] in verbs), None)
    if K.Q24SEM_PUT_FIRST and "first" in ws:
        # "who said china (is) putting central asia first": who puts whom first is the
        # claim's subject and object, as for a copula (tuning.Q24SEM_PUT_FIRST).
        put = next((i for i in range(said + 1, len(ws)) if ws[i] in T.PUT_FIRST_VERBS), None)
        cop = put if put is not None else cop
    after = cop + 1 if cop is not None else 0
    if cop is None and K.Q13_CLAIM_RU:
        # «кто сказал, что Китай проявляет активность»: a Russian claim needs no copula; its
        # first finite verb puts the predicate to the subject, and a short adjective
        # («Китай активен») is the predicate itself.
        cop = next((i for i in range(said + 1, len(ws)) if _claim_verb_ru(ws[i])), None)
        after = cop + (_claim_verb_ru(ws[cop]) == "verb") if cop is not None else 0
        if cop is None:
            # «что Узбекистан — надёжный партнёр Китая»: no verb at all; a noun in the
            # nominative and a nominative word right after it are subject and predicate.
            start = said + 1 + (said + 1 < len(ws) and ws[said + 1] in _CLAIM_LINKS_RU)
            nominal = start + 1 < len(ws) and _nominative_ru(ws[start], noun=True)
            if nominal and _nominative_ru(ws[start + 1]):
                cop = after = start + 1
    if cop is None:
        return None
    if possessive_rank(index, ws) is not None:
        # "... is central asia's number one priority": whose priority is the possessor, and
        # the order is checked by rank_unsaid, not as "S is P" (tuning.Q30Q_POSSESSIVE_RANK).
        return None
    if K.Q19_PASSIVE_NO_SWAP and _passive_without_agent(ws, after):
        return None
    if K.Q23Q_PASSIVE_AGENT_SUBJECT and (by := _passive_agent_at(ws, after)) is not None:
        # "who said the treaty was signed jointly by the heads of state": a passive's doer,
        # after "by", is who does what the participle says; the words say it in the active
        # ("The heads of state jointly signed the Treaty") (tuning.Q23Q_PASSIVE_AGENT_SUBJECT).
        doer = frozenset(t.stem for w in ws[by + 1 :] if (t := index.term(w)).known and t.stem)
        done = index.term(ws[after]).stem
        if not doer or not done or done in doer:
            return None
        return doer, done
    subject = frozenset(
        t.stem
        for i in range(said + 1, cop)
        # "Who said Beijing is taking a proactive role": Beijing, the subject, is China.
        if (t := index.term(capital_as_state(index, ws, i) or ws[i])).known
        and t.stem
        # «Кто сказал, что уже реализовано 54 проекта»: an adverb before the verb is no
        # subject; the subject comes after it (tuning.Q21Q_RU_ADVERB_NO_SUBJECT).
        and not (K.Q21Q_RU_ADVERB_NO_SUBJECT and _adverb_ru(ws[i]))
    )
    pred = next((t.stem for w in ws[after:] if (t := index.term(w)).known and t.stem), None)
    if not subject or not pred or pred in subject:
        return None
    return subject, pred


#: English past participles that end in neither -ed nor -en: with a copula, a passive.
_IRREGULAR_PARTICIPLES = frozenset(
    "held upheld set made built done led run kept put sent spent brought bought thought "
    "found met paid said sold told won shut cut hit felt dealt meant".split()
)


def _passive_without_agent(ws: Sequence[str], after: int) -> bool:
    """Whether the word after an English claim's copula is a past participle with no "by"
    after it: "the same principles of good-neighborly relations are upheld". A passive's
    subject is what is acted on, which the words name after their verb ("we uphold the same
    principles"): read as "S is P", the order looked swapped and Safarov's own words went
    unconfirmed (tuning.Q19_PASSIVE_NO_SWAP). A passive with "by" names its doer: the claim
    checks of bot/claims.py read it (Q18_CLAIM_PASSIVE_AGENT)."""
    if after >= len(ws) or after == 0:
        return False
    w = ws[after]
    if not w.isascii() or "by" in ws[after + 1 :]:
        return False
    return w in _IRREGULAR_PARTICIPLES or (len(w) > 4 and w.endswith(("ed", "en")))


def _passive_agent_at(ws: Sequence[str], after: int) -> int | None:
    """Where the "by" of an English passive claim stands ("the treaty was signed jointly by the
    heads of state": the word after the copula a past participle, "by" within two words after
    it), or None (tuning.Q23Q_PASSIVE_AGENT_SUBJECT)."""
    if after >= len(ws) or after == 0:
        return None
    w = ws[after]
    if not w.isascii() or not (w in _IRREGULAR_PARTICIPLES or (len(w) > 4 and w.endswith("ed"))):
        return None
    by = next((i for i in range(after + 1, min(after + 3, len(ws))) if ws[i] == "by"), None)
    return by


def _passive_claim(ws: Sequence[str]) -> bool:
    """Whether a claim after the verb of saying is an English passive with its doer ("... the
    treaty was signed jointly by the heads of state") (tuning.Q23Q_PASSIVE_AGENT_SUBJECT)."""
    said = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if said is None:
        return False
    cop = next((i for i in range(said + 1, len(ws)) if ws[i] in _COPULAS), None)
    return cop is not None and _passive_agent_at(ws, cop + 1) is not None


def _said_by(index: Index, claim: tuple[frozenset[str], str], rec: object) -> bool:
    """Whether a sentence of the words holds the claim's verb with a word of its doer before
    it ("The heads of state jointly signed the Treaty")."""
    doer, done = claim
    text = str(getattr(rec, "text", "") or getattr(rec, "statement", "") or "")
    for sentence in _SENTENCE_END.split(text):
        stems = [index.term(w).stem for w in re.findall(r"[\w']+", sentence.lower())]
        if done in stems and doer & set(stems[: stems.index(done)]):
            return True
    return False


#: What joins a claim to the verb of saying in Russian («сказал, *что* …», «*будто*»).
_CLAIM_LINKS_RU = frozenset("что будто якобы мол chto".split())


@lru_cache(maxsize=4096)
def _nominative_ru(word: str, *, noun: bool = False) -> bool:
    """Whether pymorphy3's likeliest reading of a Cyrillic word is in the nominative (a noun,
    with ``noun``; a noun or a full adjective otherwise)."""
    if not T.is_cyrillic(word) or not word.isalpha():
        return False
    try:
        parses = T.morph().parse(word)  # text.py's one analyser, shared
    except ValueError:  # as in text.lemma_ru: a letter Unicode has no name for
        return False
    if not parses:
        return False
    tag = parses[0].tag
    kinds = ("NOUN",) if noun else ("NOUN", "ADJF")
    return "nomn" in tag and any(k in tag for k in kinds)


@lru_cache(maxsize=4096)
def _adverb_ru(word: str) -> bool:
    """Whether a Cyrillic word's likeliest reading in pymorphy3 is an adverb («уже», «всегда»,
    «вместе»): no subject of a claim (tuning.Q21Q_RU_ADVERB_NO_SUBJECT)."""
    if not T.is_cyrillic(word) or not word.isalpha():
        return False
    try:
        parses = T.morph().parse(word)
    except ValueError:
        return False
    return bool(parses) and "ADVB" in parses[0].tag


def _claim_verb_ru(word: str) -> Literal["verb", "predicate"] | None:
    """What a Cyrillic word does in a claim, by its likeliest reading in pymorphy3: a finite
    verb («проявляет», «играют», «стал») puts a predicate to the subject before it; a short
    adjective or participle («активен», «заинтересован») is the predicate; anything else is
    neither (tuning.Q13_CLAIM_RU)."""
    if not T.is_cyrillic(word) or not word.isalpha():
        return None
    try:
        parses = T.morph().parse(word)  # text.py's one analyser, shared
    except ValueError:  # pymorphy3 names each letter; a letter Unicode has no name for fails
        return None
    if not parses:
        return None
    tag = parses[0].tag
    if "VERB" in tag:
        return "verb"
    if "ADJS" in tag or "PRTS" in tag:
        return "predicate"
    return None


#: The words a claim calls Central Asia by without naming it ("the region", «регион»), and the
#: words that name it (tuning.Q16_REGION_IS_CENTRAL_ASIA).
_REGION_WORDS = ("region", "регион", "region's")
_CENTRAL_ASIA_WORDS = ("central", "asia", "asian")


def _region_stems(index: Index) -> frozenset[str]:
    return frozenset(t.stem for w in _REGION_WORDS if (t := index.term(w)).known and t.stem)


def _central_asia_stems(index: Index) -> frozenset[str]:
    return frozenset(t.stem for w in _CENTRAL_ASIA_WORDS if (t := index.term(w)).known and t.stem)


def said_of_another(index: Index, claim: tuple[frozenset[str], str], rec: object) -> bool:
    """Whether words say the claim's predicate of something else: in every sentence holding
    it, no word of the subject comes before it and one comes after ("Central Asian countries
    are taking a more proactive role …, placing cooperation with China as a top priority"). A
    sentence without the subject (the treaty named in the sentence before "it points the way
    forward") proves nothing, and the claim stands."""
    subject, pred = claim
    text = str(getattr(rec, "text", "") or getattr(rec, "statement", "") or "")
    if K.Q13_CLAIM_COUNTRY_ABSENT and (countries := subject & index.people_by_country.keys()):
        # "Who said Uzbekistan (Tashkent) is a partner of China": Safarov said China respects
        # each and every partner and names no Uzbekistan; a country the claim is about and
        # the words never name is not what they say it of.
        said = {index.term(w).stem for w in re.findall(r"[\w']+", text.lower())}
        if pred in said and not countries <= said:
            return True
    found = False
    told = subject
    if K.Q16_REGION_IS_CENTRAL_ASIA and subject & _region_stems(index):
        # "the region is taking its destiny into its own hands": the region is Central Asia,
        # told in the words as "Central Asian countries are taking …" (its "regional affairs"
        # after the verb is no other party).
        told = subject | _central_asia_stems(index)
    for sentence in _SENTENCE_END.split(text):
        stems = [index.term(w).stem for w in re.findall(r"[\w']+", sentence.lower())]
        if pred not in stems:
            continue
        at = stems.index(pred)
        if told & set(stems[:at]):
            return False  # said of the subject, in this sentence
        found = found or bool(subject & set(stems[at + 1 :]))
    return found


# q24speaker ------------------------------------------------------------------------------------

#: Words that ask for a person's words, views or comment whatever the rest of the sentence is
#: ("kairat osmonaliyev views on the summit", "X's words on ...", "quote Safarov on ...",
#: "full context", «по мнению Сафарова», "mnenie"): with one quoted person identified, his own
#: words answer (tuning.Q24S_OWN_WORDS_ASKED). Not "quoted" ("is the Tajik person quoted an
#: official": who he is).
_OWN_WORDS_CUES = frozenset(
    "views view opinion opinions take words wording quote context comment comments commentary "
    "mnenie мнение мнению мнения слова цитата цитату".split()
)
#: A question word opening a request for the words ("what did he say", "what'd he say",
#: «что он сказал», "chto skazal"; the Latin spelling of Russian read as Russian).
_WORDS_WHAT = frozenset("what whatd wat whats что chto".split())
#: The Latin spelling of Russian verbs of saying and commenting (read before any
#: transliteration: "tadzhik ekspert chto govoril pro ...").
_SAY_TRANSLIT = ("skaz", "govor", "kommentir", "zayav")
#: "Any1 from Tajikistan" and the like: an indefinite person before "from" a country.
_ANYONE_TOKENS = frozenset("any anyone anybody someone somebody some кто ктото ктонибудь".split())


#: How the answer is wanted, not what about ("can you tell me simply", «можно поподробнее»):
#: no topic of the words asked for.
_ANSWER_MANNER = frozenset(
    "simply simple plainly briefly exactly precisely detail details поподробнее подробнее "
    "подробно кратко просто".split()
)
#: Words inside a description of a person ("the ambassador to Azerbaijan", «посол в
#: Азербайджане из Киргизии», "someone from the Kazakh government").
_DESCRIPTION_JOINS = frozenset("the a an from of to in из в".split())


def _say_like(word: str) -> bool:
    """A verb or noun of saying, commenting or holding a view, in English, Russian or the Latin
    spelling of Russian."""
    return T.is_say_word(word) or word.startswith(_SAY_TRANSLIT) or word.startswith("комментир")


def asks_own_words(parsed: Parsed) -> int:
    """How the question asks for someone's words: 3 for a question for them ("what did X
    say", "what's the real quote", «что он сказал», "..., what exactly?", "... для чего?"),
    2 for a request without one ("X views on", "quote Safarov on"), 1 for a yes/no question
    whether he spoke on a topic ("was there anyone from Kazakhstan's government who spoke
    about joint ventures in mining?": only words on it answer), 0 for anything else, a claim
    put to him above all ("did Safarov warn that the treaty could limit sovereignty?", "did
    X say <words>") (tuning.Q24S_OWN_WORDS_ASKED)."""
    ws = parsed.words
    what_said = any(
        w in _WORDS_WHAT and any(_say_like(v) or v in _OWN_WORDS_CUES for v in ws[i + 1 : i + 10])
        for i, w in enumerate(ws)
    )
    # "..., what exactly?", "... what was it?", «... для чего?»: the words asked back
    asked_back = bool(ws) and (
        ws[-1] in _WORDS_WHAT | _WHAT_ENDS or any(ws[-len(e) :] == e for e in _WHAT_ENDINGS)
    )
    if what_said or asked_back:
        return 3
    if parsed.claim or parsed.blamed:
        return 1 if _spoke_on(parsed) and not parsed.blamed else 0
    if not _OWN_WORDS_CUES.isdisjoint(ws):
        return 2
    return 0


def _spoke_on(parsed: Parsed) -> bool:
    """Whether the question's first verb of saying is followed by "about"/"on" a topic ("did
    anyone from tajikistan comment on the summit", "naspayev said smth about 133 projects"):
    words on a topic put to him, no words of his to check."""
    ws = parsed.words
    said = next((i for i, w in enumerate(ws) if _say_like(w)), None)
    if said is None:
        return False
    rest = [w for w in ws[said + 1 : said + 3] if w not in _SOMETHING]
    return bool(rest) and rest[0] in TOPIC_WORDS


def _words_put(parsed: Parsed, naming: frozenset[str] = frozenset()) -> bool:
    """Whether a verb of saying outside the request for the words has words after it, not a
    topic ("did the tajik expert say the treaty was a mistake? what did he say", "my grandson
    says a Kazakh minister praised the deals"): words put to him, which his own words shown
    must not seem to confirm. "Was there a Kyrgyz voice? What did he say?" puts none."""
    ws = parsed.words
    for i, w in enumerate(ws):
        if not _say_like(w) or any(v in _WORDS_WHAT for v in ws[max(0, i - 5) : i]):
            continue
        rest = [v for v in ws[i + 1 :] if v not in _SOMETHING]
        while rest and (rest[0] in naming or rest[0] in ("the", "a", "an")):
            rest = rest[1:]  # "quote Safarov on ...": the person, then the topic
        if rest and rest[0] in TOPIC_WORDS:
            continue
        upto = next((j for j, v in enumerate(rest) if v in _WORDS_WHAT), len(rest))
        if sum(1 for v in rest[:upto] if not T.is_stop_word(v)) >= 2:
            return True
    return False


#: "Something" between a verb of saying and its topic ("said smth about 133 projects").
_SOMETHING = frozenset("something smth sth anything smthg чтото что-то".split())

#: Last words that ask for words said ("... for what?", «для чего?», "what exactly").
_WHAT_ENDS = frozenset("чего chego".split())
_WHAT_ENDINGS = (("what", "exactly"), ("what", "was", "it"), ("что", "именно"))


def _demonym_plural(index: Index, word: str) -> bool:
    """A demonym used as a noun of people ("tajiks", «таджики»): the word without its plural
    ending is the same country's word (index.people_by_country)."""
    if len(word) < 5 or word[-1] not in "sиi":
        return False
    whole, single = index.term(word), index.term(word[:-1])
    return whole.sim == 1.0 and single.sim == 1.0 and whole.stem == single.stem


def _described_speakers(index: Index, parsed: Parsed) -> tuple[set[str], set[str]]:
    """The quoted people a description by country names ("the tajik professor guy", "a Kyrgyz
    voice", "the Kyrgyz one", "any1 from tajikistan", "tajiks"), and the words of those
    descriptions: each run of a country's word with nouns of a person, titles and their
    modifiers around it is read by :func:`_country_speaker` and :func:`_title_holder`. A
    country's word alone is no person ("what did he say about Tajikistan")."""
    ws = parsed.words
    people: set[str] = set()
    used: set[str] = set()

    def joins(w: str) -> bool:
        if (
            w in _VAGUE_SPEAKER_NOUNS
            or w.rstrip("s") in _VAGUE_SPEAKER_NOUNS
            or w in _VAGUE_SPEAKER_MODIFIERS
            or w in TITLES
            or w in FORMER_WORDS
            or w in _DESCRIPTION_JOINS
        ):
            return True
        # a word of some card ("ambassador to azerbaijan", «министр строительства кз»)
        t = index.term(w)
        return t.sim == 1.0 and t.stem in index.people_words and not T.is_stop_word(w)

    for i, w in enumerate(ws):
        term = index.term(w)
        if term.sim < 1.0 or term.stem not in index.people_by_country:
            continue
        lo, hi = i, i + 1
        while lo > 0 and joins(ws[lo - 1]):
            lo -= 1
        while hi < len(ws) and joins(ws[hi]) and ws[hi] not in _FROM:
            hi += 1
        while lo < i and ws[lo] in _DESCRIPTION_JOINS:
            lo += 1  # "from the kazakh government": the country opens the slot
        run = ws[lo:hi]
        before = [x for x in ws[:i] if x not in ("the", "a", "an")]
        anyone = len(before) >= 2 and before[-1] in _FROM and before[-2] in _ANYONE_TOKENS | {"1"}
        # "the Kyrgyz one": the one of them from that country
        bare = anyone or _demonym_plural(index, w) or "one" in ws[i + 1 : hi]
        slot = " ".join(run)
        person = _country_speaker(index, slot, bare=bare)
        if person is None and any(x in TITLES for x in run):
            person = _title_holder(index, parsed, slot)
        if person is not None and index.kb.quotes_by(person):
            people.add(person)
            used.update(run)
    return people, used


def _one_speaker_asked(index: Index, parsed: Parsed) -> tuple[str, frozenset[str]] | None:
    """The one quoted person the question names or describes, and the words that name him;
    None when it names nobody quoted, several people, or a name several people share."""
    if parsed.namesakes:
        return None
    named = set(parsed.persons)
    by_stem = _people_by_name_stem(index)
    for w in sorted(set(parsed.words)):
        for _, person in by_stem.get(index.word_canonical(w), ()):
            if index.kb.quotes_by(person):
                named.add(person)  # "osmonaliyev mnenie": the name, however the rest is read
    described, used = _described_speakers(index, parsed)
    people = sorted(named | described)
    if len(people) != 1 or not index.kb.quotes_by(people[0]):
        return None
    person = people[0]
    if parsed.unknown_name:
        # "what did Rahimov, the Tajik expert, say": a name the base does not hold is asked
        # about, whoever the description fits
        slot = T.words(parsed.unknown_name.lower())
        his = _name_stems(index, person)
        if any(
            foreign_name_word(index, slot, i) and index.word_canonical(w) not in his
            for i, w in enumerate(slot)
        ):
            return None
    if not fits_qualifiers(index, person, parsed.words):
        # "the kazakh ex diplomat": not the minister, who holds his office; "the current
        # kyrgyz ambassador to azerbaijan": not the former one
        return None
    if K.L30_OFFICE_NOBODY_HOLDS and other_office(index, person, parsed.words):
        return None  # "what did the prime minister of kazakhstan say": not the minister
    naming = frozenset(used) | frozenset(
        w for w in parsed.words if index.word_canonical(w) in _name_stems(index, person)
    )
    ws = list(parsed.words)
    plain = naming | _OWN_WORDS_CUES | _SOMETHING | _WORDS_WHAT | _ANSWER_MANNER
    at = _topic_at(parsed)
    outside = ws if at is None else ws[:at]  # a name in the topic is the topic's to refuse
    if any(w not in plain and foreign_name_word(index, ws, i) for i, w in enumerate(outside)):
        # "What did Osmonaliyev tell Kabar?", "what did Bakyt Osmonaliyev say": a name the base
        # does not hold (another person, an outlet, an occasion) may be what the question is
        # about; his words are not shown for it
        return None
    for i, w in enumerate(ws):
        if w in naming:
            for j in (i - 1, i + 1):
                if (
                    0 <= j < len(ws)
                    and ws[j] not in naming
                    and ws[j] not in _OWN_WORDS_CUES
                    and foreign_name_word(index, ws, j)
                ):
                    # "what did Bakyt Osmonaliyev say", "Safarov Rahimovich": another name
                    # beside his, someone else perhaps
                    return None
    return person, naming


def own_words_asked(index: Index, parsed: Parsed, m: Match) -> Match | None:
    """His own words for a question that identifies exactly one quoted person, by name or
    description, and asks for his words, views or comment (:func:`asks_own_words`), which was
    refused ("I can't confirm that X said that", "someone else's words match it more
    closely", "I have no quotes from <description>") or answered with his card
    (tuning.Q24S_OWN_WORDS_ASKED). The question is read again as "what did X say about
    <topic>" (the description and the words asking dropped from the topic), and only his own
    quote answers: the one nearest the topic, or all his words under the lead that says they
    are not on it. A topic none of his words touch stays refused; a claim stays a claim."""
    if m.kind not in ("none", "unconfirmed", "unknown_person", "person", "fact", "event") or m.veto:
        return None
    level = asks_own_words(parsed)
    if not level:
        return None
    found = _one_speaker_asked(index, parsed)
    if found is None:
        return None
    person, naming = found
    if m.kind == "person" and m.entries != (person,):
        return None
    if m.kind in ("fact", "event") and (level < 3 or _names_person(index, m, person)):
        # "did any1 from tajikistan comment on the summit?? what did they say" got the Xi'an
        # leaders' fact; a fact naming him (his figures, reported) answers as it was.
        return None
    drop = naming | _OWN_WORDS_CUES | _ANSWER_MANNER | _SOMETHING | _TEXT_NOUNS
    ws = parsed.words
    drop |= (
        {"1"}
        if any(ws[i] == "1" and ws[i - 1] in ("any", "some") for i in range(1, len(ws)))
        else set()
    )
    topic = tuple(
        t
        for t in parsed.terms
        if t.word not in drop
        and t.stem not in _name_stems(index, person)
        and not _say_like(t.word)
        and t.word not in _WORDS_WHAT
    )
    if level >= 2:
        topic = _known_topic(index, parsed, topic, person)
    asked = replace(
        parsed,
        persons=(person,),
        terms=topic,
        say=True,
        claim=False,
        who_said=False,
        who_is=False,
        unknown_name=None,
        namesakes=(),
        blamed=False,
        topic_person="",
        described_pred=False,
        guessed=None,
    )
    own_quotes = index.kb.quotes_by(person)
    if level == 1 and figure_unsaid_by(parsed, own_quotes):
        return None  # "Нагаспаев говорил о 143 проектах?": a figure his words do not give
    # Words put to him beside the request for his words ("did the tajik expert say the treaty
    # was a mistake? what did he say"): his words under "I can't confirm that", never a "Yes";
    # put without a question for his words ("someone from the Kazakh government said china is
    # building military bases. Who was it?"), the claim path answers.
    # "is there a quote from X on Y?" asks whether his words exist, puts none to him
    # (tuning.Q24_IS_THERE_A_QUOTE).
    claimed = _words_put(parsed, naming) and not asks_for_words(parsed.words)
    if claimed and level < 3:
        return None
    read = match_parsed(index, asked)
    own = {q.id for q in own_quotes}
    if claimed and read.kind == "quotes":
        read = replace(read, kind="quote", entries=read.entries[:1])
    if read.kind in ("quote", "quotes") and read.entries and set(read.entries) <= own:
        if level == 1 and (read.off_topic or read.kind == "quotes"):
            return None  # "did he speak about T": only his words on T say he did
        off = read.off_topic if _off_his_words(index, topic, person) else ""
        if (off and claimed) or (
            not off and not _topic_touched(index, topic, read.entries[0], person)
        ):
            # "what did safarov say about central asia taking a proactive role": the words
            # are another speaker's; his would read as if on them
            return None
        return replace(
            read,
            confirmed=False,
            claim=claimed,
            unconfirmed_words=claimed,
            asked_person=person if claimed else None,
            off_topic=off,
            lang=m.lang,
        )
    if level == 1:
        return None
    if read.kind == "unconfirmed" and read.asked_person == person:
        mine = [s for s in read.suggestions if s in own]
        if mine and _topic_touched(index, topic, mine[0], person):
            return Match(
                "quote",
                (mine[0],),
                read.score,
                lang=m.lang,
                claim=claimed,
                unconfirmed_words=claimed,
                asked_person=person if claimed else None,
            )
    return None


def _off_his_words(index: Index, topic: tuple[Term, ...], person: str) -> bool:
    """Whether the topic read has words and none of them is in his quotes: the lead saying his
    words are not on it is kept only then (the question's other words, "any1 from tajikistan
    comment on", are no topic)."""
    if not topic:
        return False
    his = _speaker_stems(index, person)
    return not any(t.stem in his for t in topic)


def _speaker_stems(index: Index, person: str) -> frozenset[str]:
    """Every stem of a person's quotes (:func:`_off_his_words`, :func:`_known_topic`), built
    once per person and index."""
    known = index.speaker_stems_memo.get(person)
    if known is None:
        his: set[str] = set()
        for e in index.entries_by_speaker.get(person, []):
            his |= index.entry_stems[e]
        known = index.speaker_stems_memo[person] = frozenset(his)
    return known


def _topic_touched(index: Index, topic: tuple[Term, ...], quote_id: str, person: str) -> bool:
    """Whether the topic's words touch the person's quote more than any other speaker's: each
    topic stem only his words hold counts for him, each stem another speaker's quote holds and
    his does not counts against ("what did safarov say about central asia taking a proactive
    role": "proactive", "taking" are Osmonaliyev's; "what did nagaspayev say about china being
    prudent and wise": "wise" is Safarov's). A country, a place or a summit's word ("china",
    "astana", "summit") says little: it counts for him only when no other speaker's words
    hold the rest of the topic, and never against him."""
    stems = {t.stem for t in topic}
    if not stems:
        return True
    mine = index.entry_stems[index.by_id[quote_id]]
    places = place_names(index)
    summits = summit_stems(index)

    def generic(stem: str) -> bool:
        return stem in index.people_by_country or stem in places or stem in summits

    held: dict[int, int] = {}  # counts, read only by their max: any order of stems and entries
    for stem in (s for s in stems - mine if not generic(s)):  # postings: no scan
        posting = index.postings.get(stem)
        if posting is None:
            continue
        for e in set(index.phrase_entry[posting].tolist()):
            entry = index.entries[e]
            if entry.type == "quote" and entry.speaker not in (None, person):
                held[e] = held.get(e, 0) + 1
    others = max(held.values(), default=0)
    own_all = len(stems & mine)
    own = sum(1 for s in stems & mine if not generic(s))
    if others == 0:
        return own_all > 0
    return own > others


def _known_topic(
    index: Index, parsed: Parsed, topic: tuple[Term, ...], person: str
) -> tuple[Term, ...]:
    """The topic without the words the base never uses when they are not what the words are
    asked about: outside "about <topic>" they tell the user's story ("my grandfather served in
    Kyrgyzstan", «я пенсионер»); inside it they are dropped only beside at least two known
    words his quotes hold, more than them ("the strategic significance of the treaty").
    "What did Osmonaliyev say about blockchain (and the summit)" keeps its unknown topic, and
    is refused (tuning.UNKNOWN_TOPIC_REFUSES)."""
    unknown = [t for t in topic if t.sim == 0.0 and t.word.isalpha()]
    if not unknown:
        return topic
    ws = list(parsed.words)
    if any(
        foreign_name_word(index, ws, i) for i, w in enumerate(ws) if w in {t.word for t in unknown}
    ):
        # "what did osmonaliyev tell Azattyk about the summit": a name the base does not know
        # (an outlet, a place, an occasion) is no story of the user's; kept, and refused
        return topic
    span = _topic_words(parsed)
    if span is None:
        span = set(parsed.words)
    his = _speaker_stems(index, person)
    held = sum(
        1
        for t in topic
        if t.sim > 0.0
        and t.word in span
        and t.stem in his
        and t.stem not in index.people_by_country  # "china", "kyrgyz" say little
    )
    inside = [t for t in unknown if t.word in span]
    dropped = {t.word for t in unknown if t.word not in span}
    if held >= 2 and held > len(inside):
        dropped |= {t.word for t in inside}
    kept = tuple(t for t in topic if t.word not in dropped)
    return kept


def _names_person(index: Index, m: Match, person: str) -> bool:
    """Whether a record found names the person (his name among its words)."""
    names = _name_stems(index, person)
    return any(e in index.by_id and names & index.entry_stems[index.by_id[e]] for e in m.entries)
