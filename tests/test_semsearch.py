"""bot/semsearch.py gives exactly what the formulas it replaced gave (same per-entry maxima,
same best allowed entry with ties in the stable sort's order, same rival value, same nearest
quote), on random matrices full of ties and random ``allowed`` masks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from bot import semsearch as S


@dataclass(frozen=True)
class _E:
    type: str
    speaker: str | None


def _case(seed: int) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """Rows -> entries (in runs, shuffled runs, or scattered; some entries without rows),
    row similarities with many ties (a few distinct values), and margin groups."""
    rng = np.random.default_rng(seed)
    n_entries = int(rng.integers(1, 400))
    per = rng.integers(0, 5, size=n_entries)  # 0: an entry without texts
    row_entry = np.repeat(np.arange(n_entries), per)
    shape = seed % 3
    if shape == 1:  # runs, not in entry order (as entry_texts: quotes, facts, people, events)
        runs = np.split(row_entry, np.flatnonzero(np.diff(row_entry)) + 1)
        order = rng.permutation(len(runs))
        row_entry = np.concatenate([runs[i] for i in order]) if len(runs) else row_entry
    elif shape == 2:  # scattered
        row_entry = rng.permutation(row_entry)
    levels = int(rng.integers(1, 12))  # few distinct values: ties everywhere
    sims = (rng.integers(-levels, levels + 1, size=len(row_entry)) / levels).astype(np.float32)
    sims[rng.random(len(sims)) < 0.05] = -1.5  # below -1 (the old floor of -1 applies)
    groups = rng.integers(0, max(1, n_entries // 3), size=n_entries).astype(np.int64)
    return row_entry.astype(np.int64), sims, n_entries, groups


@pytest.mark.parametrize("block", [(1, 2), (2, 2), (3, 4), (64, 16)])
def test_same_as_the_old_formulas(monkeypatch: pytest.MonkeyPatch, block: tuple[int, int]) -> None:
    # Small blocks: every walk crosses several blocks and, often, the full-sort fallback.
    monkeypatch.setattr(S, "FIRST_BLOCK", block[0])
    monkeypatch.setattr(S, "BLOCK_GROWTH", block[1])
    for seed in range(300):
        row_entry, sims, n, groups = _case(seed)
        lay = S.Layout(row_entry, n)
        new = lay.entry_max(sims)
        old = S.entry_sims_reference(row_entry, n, sims)
        assert new.dtype == old.dtype and np.array_equal(new, old), seed
        rng = np.random.default_rng(10_000 + seed)
        for density in (0.0, 0.02, 0.3, 1.0):
            mask = rng.random(n) < density
            calls: list[int] = []

            def allowed(i: int, mask: np.ndarray = mask, calls: list[int] = calls) -> bool:
                calls.append(i)
                return bool(mask[i])

            top = S.first_allowed(new, allowed)
            assert top == S.first_allowed_reference(old, allowed), (seed, density)
            if top is None:
                continue
            fused = new.copy()
            boosted = rng.random(n) < 0.2
            fused[boosted] += (rng.integers(0, 3, size=int(boosted.sum())) / 10).astype(np.float32)
            for f in (new, fused):
                got = S.best_rival(f, allowed, groups, top)
                want = S.best_rival_reference(f, allowed, groups, top)
                assert got == want and type(got) is float, (seed, density)


def test_nearest_quote_same_as_before() -> None:
    class Sem:
        def __init__(self, row_entry: np.ndarray, n: int) -> None:
            self.row_entry = row_entry
            self.n_entries = n
            self.matrix = np.zeros((len(row_entry), 1), dtype=np.float32)

    for seed in range(200):
        row_entry, sims, n, _ = _case(seed)
        rng = np.random.default_rng(20_000 + seed)
        speakers = [None, "a", "b", "c"]
        entries = [
            _E(str(rng.choice(["quote", "fact", "person"])), speakers[int(rng.integers(0, 4))])
            for _ in range(n)
        ]
        sem = Sem(row_entry, n)
        e_sims = S.Layout(row_entry, n).entry_max(sims)
        for who in ("a", "b", "c", "nobody"):
            got = S.nearest_quote(sem, e_sims, entries, who)
            assert got == S.nearest_quote_reference(e_sims, entries, who), (seed, who)


def test_entry_sims_is_the_matrix_product_then_the_maximum() -> None:
    rng = np.random.default_rng(7)
    m = rng.standard_normal((150, 16)).astype(np.float32)

    class Sem:
        row_entry = rng.permutation(np.repeat(np.arange(50), 3)).astype(np.int64)
        n_entries = 52  # two entries without texts
        matrix = m / np.linalg.norm(m, axis=1, keepdims=True)

    sem = Sem()
    q = sem.matrix[3]
    got = S.entry_sims(sem, q)
    want = S.entry_sims_reference(sem.row_entry, 52, sem.matrix @ q)
    assert np.array_equal(got, want)
    assert got[50] == got[51] == -1.0
    assert S.entry_sims(sem, q) is not got  # the layout is kept, the result is fresh


def test_descending_is_the_stable_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(S, "FIRST_BLOCK", 2)
    monkeypatch.setattr(S, "BLOCK_GROWTH", 3)
    rng = np.random.default_rng(3)
    for n in (0, 1, 2, 5, 17, 100, 1000):
        scores = (rng.integers(0, 4, size=n) / 4).astype(np.float32)
        assert list(S.descending(scores)) == [int(i) for i in np.argsort(-scores, kind="stable")]


# --- The approximate index (only for bases of tuning.SEMANTIC_IVF_MIN_ROWS rows or more) -----


def _sem(seed: int, n_entries: int = 300, dim: int = 16) -> object:
    rng = np.random.default_rng(seed)
    row_entry = rng.permutation(np.repeat(np.arange(n_entries), 3)).astype(np.int64)
    m = rng.standard_normal((len(row_entry), dim)).astype(np.float32)

    class Sem:
        pass

    sem = Sem()
    sem.row_entry = row_entry  # type: ignore[attr-defined]
    sem.n_entries = n_entries + 2  # type: ignore[attr-defined]  # two entries without texts
    sem.matrix = m / np.linalg.norm(m, axis=1, keepdims=True)  # type: ignore[attr-defined]
    return sem


def test_below_the_threshold_the_search_is_exact() -> None:
    from bot import tuning

    least = tuning.SEMANTIC_IVF_MIN_ROWS
    assert least is None or least >= 100_000  # far above any test or curated base
    sem = _sem(1)
    assert S.layout(sem).ivf is None
    q = sem.matrix[5]  # type: ignore[attr-defined]
    want = S.entry_sims_reference(sem.row_entry, sem.n_entries, sem.matrix @ q)  # type: ignore[attr-defined]
    assert np.array_equal(S.entry_sims(sem, q), want)


def test_the_approximate_index(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import tuning

    monkeypatch.setattr(tuning, "SEMANTIC_IVF_MIN_ROWS", 100)
    sem = _sem(2)
    lay = S.layout(sem, background=False)
    assert lay.ivf is not None
    n_lists = len(lay.ivf.centroids)
    again = S.Ivf(sem.matrix, sem.row_entry, sem.n_entries, n_lists, copy=True)  # type: ignore[attr-defined]
    assert np.array_equal(again.centroids, lay.ivf.centroids)  # seeded: the same index
    rng = np.random.default_rng(3)
    for _ in range(30):
        q = sem.matrix[int(rng.integers(len(sem.matrix)))]  # type: ignore[attr-defined]
        exact = S.entry_sims_reference(sem.row_entry, sem.n_entries, sem.matrix @ q)  # type: ignore[attr-defined]
        # Every list probed: the exact values (up to the products' rounding).
        assert np.allclose(lay.ivf.entry_sims(q, n_lists), exact, atol=1e-6)
        assert np.allclose(again.entry_sims(q, n_lists), exact, atol=1e-6)
        # Few lists: lower bounds; the reranked best entries carry their exact values.
        monkeypatch.setattr(tuning, "SEMANTIC_IVF_NPROBE", 2)
        monkeypatch.setattr(tuning, "SEMANTIC_IVF_RERANK", 20)
        raw = lay.ivf.entry_sims(q, 2)
        assert np.all(raw <= exact + 1e-6)
        got = S.entry_sims(sem, q)
        assert np.all(got <= exact + 1e-6) and np.all(got >= raw - 1e-6)
        best = np.argsort(-raw, kind="stable")[:20]
        assert np.allclose(got[best], exact[best], atol=1e-6)
        assert got[-1] == got[-2] == -1.0
        assert S.first_allowed(got, lambda i: True) == int(np.argmax(exact))  # q is a text
