"""Grouping the questions the bot could not answer into *gaps* a curator can fill.

Kept apart from the SQLite store (``bot/store.py``), which only reads and writes rows: the
grouping is pure (rows in, gaps out), so it is tested without a database and reused by any
front end that shows ``/gaps`` or ``summitbot kb gaps``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

#: Normalised questions at least this similar (rapidfuzz ``token_sort_ratio``) form one gap.
NEAR_DUPLICATE = 90.0


@dataclass(frozen=True)
class Gap:
    """A group of near-duplicate questions the bot refused or answered with low confidence."""

    #: The wording typed most often in the group's largest variant.
    example: str
    normalised: str
    count: int
    #: How many of ``count`` were refused; the rest were low-confidence answers.
    refused: int
    last_seen: dt.datetime
    #: The entry the matcher liked best most often (None: nothing came close).
    best_candidate: str | None
    #: The most frequent language of the group.
    lang: str
    #: How many different normalised texts were merged into the group.
    variants: int

    @property
    def low_confidence(self) -> int:
        return self.count - self.refused


@dataclass(frozen=True)
class QuestionRow:
    """One logged question, as read back for grouping."""

    at: dt.datetime
    lang: str
    text_normalised: str
    text: str
    kind: str
    answered: bool
    best_score: float
    best_candidate: str | None


def group_questions(rows: Iterable[QuestionRow], limit: int | None = None) -> list[Gap]:
    """Group logged questions: same normalised text first, then near-duplicates
    (``token_sort_ratio >= 90`` against each group's most frequent text). Most frequent first,
    then most recent."""
    exact: dict[str, list[QuestionRow]] = {}
    for row in rows:
        exact.setdefault(row.text_normalised, []).append(row)
    ordered = sorted(
        exact.items(),
        key=lambda kv: (-len(kv[1]), -max(r.at for r in kv[1]).timestamp(), kv[0]),
    )
    reps: list[str] = []
    clusters: list[list[list[QuestionRow]]] = []
    for norm, members in ordered:
        hit = (
            process.extractOne(
                norm, reps, scorer=fuzz.token_sort_ratio, score_cutoff=NEAR_DUPLICATE
            )
            if reps
            else None
        )
        if hit is None:
            reps.append(norm)
            clusters.append([members])
        else:
            clusters[hit[2]].append(members)
    gaps = [_gap(c) for c in clusters]
    gaps.sort(key=lambda g: (-g.count, -g.last_seen.timestamp(), g.normalised))
    return gaps if limit is None else gaps[:limit]


def _most_common(values: Sequence[str]) -> str | None:
    """The most frequent value; ties go to the one seen last (values are in time order)."""
    if not values:
        return None
    counts = Counter(values)
    last = {v: i for i, v in enumerate(values)}
    return max(counts, key=lambda v: (counts[v], last[v]))


def _gap(cluster: list[list[QuestionRow]]) -> Gap:
    rows = sorted((r for members in cluster for r in members), key=lambda r: r.at)
    first = sorted(cluster[0], key=lambda r: r.at)
    return Gap(
        example=_most_common([r.text for r in first]) or cluster[0][0].text,
        normalised=cluster[0][0].text_normalised,
        count=len(rows),
        refused=sum(1 for r in rows if not r.answered),
        last_seen=rows[-1].at,
        best_candidate=_most_common([r.best_candidate for r in rows if r.best_candidate]),
        lang=_most_common([r.lang for r in rows]) or "en",
        variants=len(cluster),
    )
