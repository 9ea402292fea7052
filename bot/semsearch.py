"""The semantic stage's search over its base: the per-entry best similarity, the best allowed
entry and its best rival (:meth:`bot.semantic.SemanticIndex.best`), without touching every
entry in Python.

Exact: the same numbers and the same tie order as the formulas it replaced (kept here as
:func:`entry_sims_reference`, :func:`first_allowed_reference`, :func:`best_rival_reference`
for tests/test_semsearch.py and the scale bench):

* the per-entry maximum is one ``np.maximum.reduceat`` over the rows grouped by entry (the
  grouping is worked out once per base, :class:`Layout`), not an unbuffered ``np.maximum.at``;
* the best allowed entry and the best allowed rival are found by walking the entries in
  descending order (:func:`descending`): the first block comes from ``np.partition`` (every
  entry at or above the k-th value, ties included, sorted stably: exactly the first entries of
  the stable full sort), and the full stable sort is made only when no allowed entry is in
  the blocks so far. ``allowed`` is called only for the entries walked, so it must be a pure
  function of the entry (the stage's are).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from bot import tuning as K

Vectors = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]

#: The first block walked in descending order: entries at or above the 64th best similarity.
#: A block of 64 costs one ``np.partition`` (linear) and a sort of 64; the best allowed entry
#: of a question is almost always among the first few dozen (the "who said" and "when" filters
#: leave most entries allowed). Each further block is 16 times larger; past half the entries
#: the full stable sort is made instead.
FIRST_BLOCK = 64
BLOCK_GROWTH = 16


class Layout:
    """How a base's rows (texts) map to its entries, worked out once per base: the rows in
    entry order (``perm``, None when they already are) and where each entry's rows start."""

    def __init__(self, row_entry: Ints, n_entries: int) -> None:
        self.n_entries = n_entries
        row_entry = np.asarray(row_entry, dtype=np.int64)
        self.perm: Ints | None = None
        if len(row_entry) > 1 and bool(np.any(row_entry[1:] < row_entry[:-1])):
            # Rows grouped by entry but not in entry order (entry_texts walks quotes, facts,
            # people, events), or not grouped at all: sort them once, stably.
            self.perm = np.argsort(row_entry, kind="stable")
            row_entry = row_entry[self.perm]
        if len(row_entry):
            first = np.flatnonzero(np.r_[True, row_entry[1:] != row_entry[:-1]])
        else:
            first = np.zeros(0, dtype=np.int64)
        self.starts: Ints = first.astype(np.int64)
        #: The entry of each run of rows (each entry at most once).
        self.entries: Ints = row_entry[first] if len(row_entry) else first
        self.ends: Ints = np.r_[first[1:], len(row_entry)].astype(np.int64)
        #: Per entry, its run of rows (-1: no rows).
        self.run_of: Ints = np.full(n_entries, -1, dtype=np.int64)
        self.run_of[self.entries] = np.arange(len(first))
        #: The approximate index, for a base of tuning.SEMANTIC_IVF_MIN_ROWS rows or more,
        #: once built (in the background); the exact search until then.
        self.ivf: Ivf | None = None
        #: Per speaker, their quotes' entry positions (ascending), filled on first use.
        self._quotes: dict[str, Ints] | None = None

    def entry_max(self, sims: npt.NDArray[Any]) -> Vectors:
        """Per entry, the best of its rows' ``sims``; -1 for an entry without rows, and never
        below -1 (as ``np.maximum.at`` into an array of -1 gave)."""
        out = np.full(self.n_entries, -1.0, dtype=np.float32)
        if len(self.starts) == 0:
            return out
        rows = sims if self.perm is None else sims[self.perm]
        best = np.maximum.reduceat(rows, self.starts)
        out[self.entries] = np.maximum(best, -1.0)
        return out

    def exact(self, matrix: Vectors, q: Vectors, ents: Ints) -> Vectors:
        """The exact per-entry best similarity for ``ents`` only (-1 without rows)."""
        out = np.full(len(ents), -1.0, dtype=np.float32)
        runs = self.run_of[ents]
        has = runs >= 0
        if not bool(has.any()):
            return out
        a, b = self.starts[runs[has]], self.ends[runs[has]]
        lens = b - a
        first = np.r_[0, np.cumsum(lens[:-1])].astype(np.int64)
        idx = np.repeat(a - first, lens) + np.arange(int(lens.sum()))
        rows = idx if self.perm is None else self.perm[idx]
        best = np.maximum.reduceat(matrix[rows] @ q, first)
        out[has] = np.maximum(best, -1.0)
        return out

    def speaker_quotes(self, entries: Sequence[Any], speaker: str | None) -> Ints:
        """The positions of ``speaker``'s quotes among ``entries`` (ascending)."""
        if self._quotes is None:
            by: dict[str, list[int]] = {}
            for i, e in enumerate(entries):
                if e.type == "quote" and e.speaker is not None:
                    by.setdefault(e.speaker, []).append(i)
            self._quotes = {s: np.array(ix, dtype=np.int64) for s, ix in by.items()}
        got = self._quotes.get(speaker) if speaker is not None else None
        return got if got is not None else np.zeros(0, dtype=np.int64)


_LOCK = threading.Lock()


def layout(sem: Any, background: bool = True) -> Layout:
    """The :class:`Layout` of a :class:`bot.semantic.SemanticIndex`, made on first use and kept
    on it. For a base of tuning.SEMANTIC_IVF_MIN_ROWS rows or more, this also starts building
    its :class:`Ivf` (in a background thread unless ``background`` is false)."""
    lay: Layout | None = sem.__dict__.get("_semsearch_layout")
    if lay is not None:
        return lay
    with _LOCK:
        lay = sem.__dict__.get("_semsearch_layout")
        if lay is not None:
            return lay
        lay = Layout(sem.row_entry, sem.n_entries)
        sem.__dict__["_semsearch_layout"] = lay
    least = K.SEMANTIC_IVF_MIN_ROWS
    if least is not None and len(sem.matrix) >= least:
        made = lay

        def build() -> None:
            n_lists = max(1, round(math.sqrt(len(sem.matrix))))
            made.ivf = Ivf(sem.matrix, sem.row_entry, sem.n_entries, n_lists, copy=False)

        if background:
            threading.Thread(target=build, name="semantic-ivf", daemon=True).start()
        else:
            build()
    return lay


def entry_sims(sem: Any, q: Vectors) -> Vectors:
    """Per entry, the best similarity of any of its texts to ``q`` (-1 without texts).

    Exact below tuning.SEMANTIC_IVF_MIN_ROWS rows. At or above it, once the :class:`Ivf` is
    built: the rows of the SEMANTIC_IVF_NPROBE nearest lists, then the exact value for the
    SEMANTIC_IVF_RERANK best entries so found (so the entry found and its rival carry their
    true similarities; an entry outside them keeps a lower bound, -1 when none of its rows
    was probed)."""
    lay = layout(sem)
    ivf = lay.ivf
    if ivf is None:
        return lay.entry_max(sem.matrix @ q)
    sims = ivf.entry_sims(q, K.SEMANTIC_IVF_NPROBE)
    k = min(K.SEMANTIC_IVF_RERANK, len(sims))
    if k:
        cand = np.argpartition(-sims, k - 1)[:k]
        sims[cand] = lay.exact(sem.matrix, q, cand)
    return sims


def descending(scores: npt.NDArray[Any]) -> Iterator[int]:
    """The entries in the order of ``np.argsort(-scores, kind="stable")`` (best first, ties by
    position), made lazily: blocks of the best FIRST_BLOCK, x BLOCK_GROWTH... entries, each
    every entry at or above the block's last value (ties included), so each block is exactly
    the start of the full stable order."""
    neg = -scores
    n = len(neg)
    done = 0
    k = FIRST_BLOCK
    while done < n:
        if 2 * k >= n:
            order = np.argsort(neg, kind="stable")
            for i in order[done:]:
                yield int(i)
            return
        kth = np.partition(neg, k - 1)[k - 1]
        if np.isnan(kth):  # NaNs sort last: leave them to the full sort
            k = n
            continue
        block = np.flatnonzero(neg <= kth)  # ascending positions: a stable sort keeps ties so
        block = block[np.argsort(neg[block], kind="stable")]
        for i in block[done:]:
            yield int(i)
        done = len(block)
        k *= BLOCK_GROWTH


def first_allowed(scores: npt.NDArray[Any], allowed: Callable[[int], bool]) -> int | None:
    """The best-scoring entry ``allowed`` accepts (the first in stable descending order)."""
    return next((i for i in descending(scores) if allowed(i)), None)


def best_rival(
    scores: npt.NDArray[Any], allowed: Callable[[int], bool], group: Ints, top: int
) -> float:
    """The best score of an allowed entry outside ``top``'s group; -1.0 when there is none."""
    g = group[top]
    i = next((i for i in descending(scores) if group[i] != g and allowed(i)), None)
    return -1.0 if i is None else float(scores[i])


def nearest_quote(
    sem: Any, sims: Vectors, entries: Sequence[Any], speaker: str | None
) -> int | None:
    """``speaker``'s quote nearest by ``sims`` (the first in stable descending order)."""
    ix = layout(sem).speaker_quotes(entries, speaker)
    if len(ix) == 0:
        return None
    return int(ix[int(np.argmax(sims[ix]))])


# --- The formulas replaced (tests and the scale bench compare against them) -------------------


def entry_sims_reference(row_entry: Ints, n_entries: int, sims: Vectors) -> Vectors:
    out = np.full(n_entries, -1.0, dtype=np.float32)
    np.maximum.at(out, row_entry, sims)
    return out


def first_allowed_reference(sims: Vectors, allowed: Callable[[int], bool]) -> int | None:
    order = np.argsort(-sims, kind="stable")
    return next((int(i) for i in order if allowed(int(i))), None)


def best_rival_reference(
    fused: Vectors, allowed: Callable[[int], bool], group: Ints, top: int
) -> float:
    rivals = [float(fused[i]) for i in range(len(fused)) if allowed(i) and group[i] != group[top]]
    return max(rivals) if rivals else -1.0


def nearest_quote_reference(
    sims: Vectors, entries: Sequence[Any], speaker: str | None
) -> int | None:
    order = np.argsort(-sims, kind="stable")
    quotes = [
        int(i)
        for i in order
        if entries[int(i)].type == "quote" and entries[int(i)].speaker == speaker
    ]
    return quotes[0] if quotes else None


# --- Approximate: an inverted-file index (IVF), for very large bases only ---------------------


class Ivf:
    """An inverted-file index over a base's rows: seeded spherical k-means centroids, each row
    filed under its nearest centroid, the rows kept in list order. A question is compared
    with the centroids, then with the rows of the ``nprobe`` nearest lists only; an entry none
    of whose rows is in those lists gets -1, as an entry without texts does.

    Deterministic for a given base, seed and machine (the same products in the same order);
    approximate: an entry whose best text lies in a list not probed is missed."""

    def __init__(
        self,
        matrix: Vectors,
        row_entry: Ints,
        n_entries: int,
        n_lists: int,
        seed: int = 0,
        iters: int = 8,
        per_list: int = 48,
        copy: bool = True,
    ) -> None:
        n = len(matrix)
        self.n_entries = n_entries
        n_lists = max(1, min(n_lists, n))
        rng = np.random.default_rng(seed)
        sample = np.sort(rng.choice(n, size=min(n, n_lists * per_list), replace=False))
        train = matrix[sample]
        cent = train[rng.choice(len(train), size=n_lists, replace=False)].copy()
        for _ in range(iters):
            assign = _nearest(train, cent)
            by = np.argsort(assign, kind="stable")
            ids, starts = np.unique(assign[by], return_index=True)
            sums = np.zeros_like(cent)
            sums[ids] = np.add.reduceat(train[by], starts, axis=0)
            norms = np.linalg.norm(sums, axis=1)
            keep = norms > 0  # an empty list keeps its centroid
            cent[keep] = sums[keep] / norms[keep, None]
        self.centroids: Vectors = cent
        lists = _nearest(matrix, cent)
        self.order: Ints = np.argsort(lists, kind="stable")
        counts = np.bincount(lists, minlength=n_lists)
        self.offsets: Ints = np.r_[0, np.cumsum(counts)].astype(np.int64)
        #: The rows in list order (a copy: as many bytes again as the base's matrix), or None
        #: to gather the probed rows from ``matrix`` at each question (no copy, slower).
        self.matrix = matrix
        self.vectors: Vectors | None = matrix[self.order] if copy else None
        self.row_entry: Ints = np.asarray(row_entry, dtype=np.int64)[self.order]

    def entry_sims(self, q: Vectors, nprobe: int) -> Vectors:
        """Per entry, its best similarity among the probed rows (-1 when none is probed)."""
        out = np.full(self.n_entries, -1.0, dtype=np.float32)
        cs = self.centroids @ q
        nprobe = min(nprobe, len(cs))
        probe = np.sort(np.argpartition(-cs, nprobe - 1)[:nprobe])
        spans = [(int(self.offsets[j]), int(self.offsets[j + 1])) for j in probe]
        rows = np.concatenate([self.row_entry[a:b] for a, b in spans])
        if self.vectors is not None:
            sims = np.concatenate([self.vectors[a:b] @ q for a, b in spans])
        else:
            sims = self.matrix[np.concatenate([self.order[a:b] for a, b in spans])] @ q
        np.maximum.at(out, rows, sims)
        return out


def _nearest(rows: Vectors, cent: Vectors, step: int = 16_384) -> Ints:
    """Each row's nearest centroid (highest dot product), in chunks."""
    out = np.empty(len(rows), dtype=np.int64)
    for i in range(0, len(rows), step):
        out[i : i + step] = np.argmax(rows[i : i + step] @ cent.T, axis=1)
    return out
