"""Match a question to knowledge entries, or decide not to.

Scoring. Each phrase of each entry gets ``coverage * (0.8 + 0.2 * precision)``:

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
quote is reported as uncertainty rather than a guess.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from bot.index import Entry, Index, Term
from bot.intent import Parsed, parse

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

#: Minimum score to answer; below it the bot says it does not know (tuned on the dev set).
ANSWER_THRESHOLD = 0.5
#: Minimum score for an entry to be offered as a suggestion after a refusal.
SUGGEST_THRESHOLD = 0.25
#: A quote from another speaker this close to the best one makes the speaker uncertain.
SPEAKER_MARGIN = 0.06
#: How clearly another person's words must beat the named person's to correct the claim.
CORRECTION_MARGIN = 0.15
CORRECTION_MIN = 0.6
UNKNOWN_CORRECTION_MIN = 0.8
#: A question whose words together say less than this (sum of IDF) is too vague to answer.
VAGUE_MASS = 1.0
#: Whole-entry coverage counts, discounted, when no single phrase covers the question.
BAG_WEIGHT = 0.85
#: Above this many postings in all, phrase scores are summed with numpy instead of a loop.
NUMPY_POSTINGS = 2000
#: How many entries a question's scoring keeps (the answer, runners-up and suggestions).
TOP_K = 64
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    entries: tuple[str, ...] = ()
    score: float = 0.0
    suggestions: tuple[str, ...] = ()
    #: For corrections: the person the question wrongly credited.
    asked_person: str | None = None
    unknown_name: str | None = None
    lang: str = "en"
    #: A claim ("did X say ...?") that X's own quote confirms: the answer starts with "Yes".
    confirmed: bool = False

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
    below :data:`SUGGEST_THRESHOLD`, the commoner words are only looked up for the phrases
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
        if remaining < SUGGEST_THRESHOLD * mass:
            break
        admitted += 1
        remaining -= w
    lists = [index.postings[stem] for stem, _ in resolved]
    floor = SUGGEST_THRESHOLD * mass - sum(weights[admitted:])
    if sum(len(a) for a in lists[:admitted]) <= NUMPY_POSTINGS:
        found, acc, hits = _admit_python(weights, idfs, lists[:admitted], floor)
    else:
        found, acc, hits = _admit_numpy(index, weights, idfs, lists[:admitted], floor)
    marks: npt.NDArray[np.bool_] | None = None
    for i in range(admitted, len(lists)):  # commoner words: only phrases already found
        plist = lists[i]
        if len(found) <= SEARCH_MAX:  # a binary search per found phrase
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
    scores = (acc / mass) * (0.8 + 0.2 * hits / index.phrase_mass[found])
    keep = scores >= SUGGEST_THRESHOLD * 0.8
    found, scores = found[keep], scores[keep]
    if len(found) > TOP_K * 8:
        part = np.argpartition(-scores, TOP_K * 8)[: TOP_K * 8]
        found, scores = found[part], scores[part]
    best: dict[int, float] = {}
    for e, sc in zip(index.phrase_entry[found].tolist(), scores.tolist(), strict=True):
        if sc > best.get(e, 0.0):
            best[e] = sc
    top = heapq.nlargest(TOP_K, best.items(), key=lambda pair: pair[1])
    return _with_bag(index, resolved, mass, dict(top))


#: Found phrases beyond which a commoner word's phrases are marked in an array of all phrases
#: rather than binary-searched for each found phrase (the same result, fewer steps).
SEARCH_MAX = 2_000

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


def _admit_numpy(
    index: Index,
    weights: list[float],
    idfs: list[float],
    lists: list[npt.NDArray[np.int32]],
    floor: float,
) -> Arrays:
    """Phrases of the rarer words (long lists): summed in C with ``numpy.bincount``."""
    k = len(lists)
    ids = np.concatenate(lists)
    lens = [len(a) for a in lists]
    n = len(index.phrases)
    acc_all = np.bincount(ids, weights=np.repeat(weights[:k], lens), minlength=n)
    found = np.flatnonzero(acc_all >= floor).astype(np.int32)
    acc = acc_all[found].astype(np.float64)
    if weights[:k] == idfs[:k]:  # no repaired typos: matched mass equals weight
        return found, acc, acc.copy()
    hits = np.bincount(ids, weights=np.repeat(idfs[:k], lens), minlength=n)
    return found, acc, hits[found].astype(np.float64)


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
                score = (a / mass) * (0.8 + 0.2 * h / float(index.phrase_mass[p]))
                if score > best.get(e, 0.0):
                    best[e] = score
    return _with_bag(index, resolved, mass, best)


def _with_bag(
    index: Index, resolved: list[tuple[str, float]], mass: float, best: dict[int, float]
) -> dict[int, float]:
    for e in best:
        stems = index.entry_stems[e]
        bag = sum(sim * index.idf[s] for s, sim in resolved if s in stems) / mass
        best[e] = max(best[e], BAG_WEIGHT * bag * 0.9)
    return best


def _ranked(scores: dict[int, float], keep: set[str] | None = None) -> list[tuple[int, float]]:
    items = [(e, s) for e, s in scores.items()]
    return sorted(items, key=lambda pair: (-pair[1], pair[0]))


def _suggest(index: Index, ranked: list[tuple[int, float]], exclude: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    for e, s in ranked:
        if s < SUGGEST_THRESHOLD or len(out) == MAX_SUGGESTIONS:
            break
        eid = index.entries[e].id
        if eid not in exclude and eid not in out:
            out.append(eid)
    return tuple(out)


def _attributed(entry: Entry) -> bool:
    return entry.type in ("quote", "fact") and entry.speaker is not None


def _quote_for(index: Index, entry: Entry, scores: dict[int, float]) -> str:
    """The quote to show for an attributed entry: itself, or the speaker's best-scoring quote."""
    if entry.type == "quote":
        return entry.id
    quotes = [q.id for q in index.kb.quotes_by(entry.speaker or "")]
    if not quotes:
        return entry.id
    return max(quotes, key=lambda qid: scores.get(index.by_id[qid], 0.0))


def _person_path(
    index: Index,
    parsed: Parsed,
    scores: dict[int, float],
    resolved: list[tuple[str, float]],
    mass: float,
) -> Match:
    person = parsed.persons[0]
    lang = parsed.lang
    ranked = _ranked(scores)
    own_scores = _score(index, resolved, mass, only=index.entries_by_speaker.get(person, []))
    scores = {**scores, **own_scores}
    own = _ranked(own_scores)
    others = [
        (e, s)
        for e, s in ranked
        if _attributed(index.entries[e]) and index.entries[e].speaker != person
    ]
    own_best = own[0][1] if own else 0.0
    if parsed.content and others:
        e, s = others[0]
        if s >= CORRECTION_MIN and s >= own_best + CORRECTION_MARGIN:
            entry = index.entries[e]
            return Match(
                "correction", (_quote_for(index, entry, scores),), s, asked_person=person, lang=lang
            )
        if parsed.claim and s >= ANSWER_THRESHOLD and s > own_best + SPEAKER_MARGIN:
            # "Did X say ...?" where the words are clearly more someone else's: showing X's
            # quote would read as a yes. Say it cannot be confirmed; offer both. (Within the
            # margin both fit: the claim is generic, "did X comment on the summit".)
            return _unconfirmed(index, person, own, others, scores, lang)
    if parsed.claim and parsed.terms and own_best < ANSWER_THRESHOLD:
        return _unconfirmed(index, person, own, others, scores, lang)
    about_person = bool(parsed.content) and set(parsed.content) <= index.person_stems.get(
        person, frozenset()
    )
    wants_quote = parsed.say or parsed.claim or (parsed.terms and own_best >= ANSWER_THRESHOLD)
    if parsed.who_is or not wants_quote or (about_person and not parsed.say):
        return Match("person", (person,), 1.0, lang=lang)
    if own and own_best >= ANSWER_THRESHOLD:
        entry = index.entries[own[0][0]]
        return Match(
            "quote",
            (_quote_for(index, entry, scores),),
            own_best,
            lang=lang,
            confirmed=parsed.claim,
        )
    quotes = tuple(q.id for q in index.kb.quotes_by(person))
    if not quotes:
        return Match("person", (person,), 1.0, lang=lang)
    return Match("quotes" if len(quotes) > 1 else "quote", quotes, 1.0, lang=lang)


def _unconfirmed(
    index: Index,
    person: str,
    own: list[tuple[int, float]],
    others: list[tuple[int, float]],
    scores: dict[int, float],
    lang: str,
) -> Match:
    picks: list[str] = []
    for group in (own, others):
        if group and group[0][1] >= SUGGEST_THRESHOLD:
            qid = _quote_for(index, index.entries[group[0][0]], scores)
            if qid not in picks:
                picks.append(qid)
    if not picks:
        picks = [q.id for q in index.kb.quotes_by(person)][:MAX_SUGGESTIONS]
    best = max(own[0][1] if own else 0.0, others[0][1] if others else 0.0)
    return Match("unconfirmed", (), best, tuple(picks), asked_person=person, lang=lang)


def _speaker_guard(index: Index, ranked: list[tuple[int, float]], top: int) -> bool:
    """True when another speaker's quote scores within the margin of the top quote."""
    top_entry = index.entries[ranked[top][0]]
    for e, s in ranked:
        other = index.entries[e]
        if s < ranked[top][1] - SPEAKER_MARGIN:
            break
        if _attributed(other) and other.speaker != top_entry.speaker:
            return True
    return False


def match_parsed(index: Index, parsed: Parsed) -> Match:
    lang = parsed.lang
    if not parsed.words or (parsed.greeting and not parsed.persons):
        return Match("help", lang=lang)
    resolved, mass = _resolve(index, parsed.terms)
    scores = _score(index, resolved, mass)
    if parsed.unknown_name:
        # "Did <someone not in the base> say <words that someone in the base said>?": correct
        # the claim, but only when it is a claim, on strong evidence (several words, high
        # score). "Quote from <someone> on <topic>" is not a claim: it is refused.
        attributed = [(e, s) for e, s in _ranked(scores) if _attributed(index.entries[e])]
        if (
            attributed
            and parsed.claim
            and attributed[0][1] >= UNKNOWN_CORRECTION_MIN
            and len(parsed.content) >= 3
            and not _speaker_guard(index, attributed, 0)
        ):
            e, s = attributed[0]
            return Match(
                "correction",
                (_quote_for(index, index.entries[e], scores),),
                s,
                unknown_name=parsed.unknown_name,
                lang=lang,
            )
        people = tuple(index.kb.people)[:MAX_SUGGESTIONS]
        return Match("unknown_person", (), 0.0, people, unknown_name=parsed.unknown_name, lang=lang)
    if parsed.persons:
        return _person_path(index, parsed, scores, resolved, mass)
    ranked = _ranked(scores)
    if parsed.who_said:
        ranked = [(e, s) for e, s in ranked if _attributed(index.entries[e])]
    elif parsed.when or parsed.where:
        # "When/where" is answered by events (and facts); a quote is rarely what is asked.
        factor = {"event": 1.12, "quote": 0.6, "person": 0.6, "fact": 0.9}

        def weight(e: int) -> float:
            entry = index.entries[e]
            return 1.0 if entry.type == "fact" and entry.dated else factor[entry.type]

        boosted = [(e, s * weight(e)) for e, s in ranked]
        ranked = sorted(boosted, key=lambda pair: (-pair[1], pair[0]))
    elif not parsed.who_is:
        # Without "who said"/"what did X say", a direct fact beats the quote it comes from.
        soft = {"person": 0.97, "event": 0.97, "quote": 1.0 if parsed.say else 0.97}
        ranked = sorted(
            ((e, s * soft.get(index.entries[e].type, 1.0)) for e, s in ranked),
            key=lambda pair: (-pair[1], pair[0]),
        )
    if not ranked or ranked[0][1] < ANSWER_THRESHOLD:
        return Match(
            "none", (), ranked[0][1] if ranked else 0.0, _suggest(index, ranked, set()), lang=lang
        )
    if mass < VAGUE_MASS and not (parsed.when or parsed.where or parsed.who_is):
        # One very common word ("china", "summit") matches half the base: ask for more
        # rather than pick one entry at random.
        return Match("vague", (), ranked[0][1], _suggest(index, ranked, set()), lang=lang)
    e, s = ranked[0]
    entry = index.entries[e]
    if _attributed(entry) and _speaker_guard(index, ranked, 0):
        kind: MatchKind = "ambiguous" if parsed.who_said or parsed.say else "vague"
        return Match(kind, (), s, _suggest(index, ranked, set()), lang=lang)
    if parsed.who_said and entry.type == "fact":
        return Match("quote", (_quote_for(index, entry, scores),), s, lang=lang)
    return Match(entry.type, (entry.id,), min(s, 1.0), lang=lang)


def ranked_ids(index: Index, parsed: Parsed) -> list[str]:
    """Entry ids that clear the suggestion threshold, best first, honouring a named speaker:
    when the question names a person, other people's words are not offered."""
    ranked = _ranked(score_entries(index, parsed.terms))
    out = []
    for e, s in ranked:
        if s < SUGGEST_THRESHOLD:
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
