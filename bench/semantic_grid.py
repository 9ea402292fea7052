"""The semantic stage's readings of the development questions, as a table (development sets only).

Why: the stage refuses most meaning paraphrases by one of its gates (similarity cut-off, margin
over the other speakers, the word check); a second signal that separates right readings from
must-refuse ones is chosen from this table, not from one file's items. Blind sets are refused:
they are measurements (bench/blind.py).

    python -m bench.semantic_grid table [FILES...]   # one row per question the stage sees
    python -m bench.semantic_grid dump OUT.json      # every rendered answer (dev + held-out)
    python -m bench.semantic_grid diff A.json B.json # the answers that moved (count + lines)
    python -m bench.semantic_grid lofo TABLE.tsv     # relaxed word checks, leave-one-file-out

``lofo`` reads a ``table`` output (any development files, and must-refuse probes of one's own
as a file of their own) and tries three families of a second rule for "who said" questions the
stage refuses today: a lower word cut-off when the lexical stage agrees; a lower one when the
margin is wide; every word but one explained. Per held-out file it picks the family and numbers
best on the other files (a right answer +1, a must-refuse one shown or a wrong entry -10) and
counts what they do on the file left out.

``table`` prints, per question the stage is consulted on: the file, whether it is answerable
(and the entry expected), the top entry, its similarity, the margin over the best other reading,
the off-topic anchors' similarity, the word-check value, agreement with the lexical stage, the
gate that refused (``-`` when it passed) and whether the shown entry is right. ``held-out`` is
not read by ``table`` (it is never tuned on); ``dump`` includes it for the before/after diff.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
DEV = [
    *sorted((REPO / "tests" / "data").glob("paraphrases*.yaml")),
    REPO / "tests" / "data" / "questions.yaml",
]
HELDOUT = REPO / "tests" / "data" / "heldout.yaml"


def _guard(paths: Sequence[Path]) -> None:
    for p in paths:
        if p.resolve().parent == REPO / "bench" / "data" or "incoming" in p.resolve().parts:
            raise SystemExit(f"{p}: a measurement set, not read by this tool")


def _rows(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return rows


def _expect(r: dict[str, Any]) -> tuple[str, ...]:
    exp = r.get("expect", "none")
    if exp in (None, "none", "missing"):
        return ()
    return tuple(str(x) for x in (exp if isinstance(exp, list) else [exp]))


def _service() -> Any:
    sys.path.insert(0, str(REPO))
    from bot import semantic
    from bot.service import Service

    svc = Service.from_dir()
    stage = semantic.shared()
    if stage is not None:
        stage.prepare(svc.snapshot.index).wait()
    return svc


def gate(h: Any, stage: Any) -> str:
    """Which of the stage's tests the hit fails first (``-``: none)."""
    from bot import tuning as K

    floor = max(stage.cutoff, stage.quote_cutoff) if h.attributed else stage.cutoff
    word = stage.word_cutoff
    if h.agrees:
        floor = min(floor, K.SEMANTIC_AGREE_CUTOFF)
        if not h.leaned:
            word = min(word, K.SEMANTIC_AGREE_WORD_CUTOFF)
    out = []
    if h.sim < floor:
        out.append("sim")
    if h.sim - max(h.runner_up, h.off_topic) < stage.margin:
        out.append("margin" if h.runner_up >= h.off_topic else "offtopic")
    if h.explained < word:
        out.append("word")
    return "+".join(out) or "-"


def table(paths: Sequence[Path]) -> None:
    from bot import longmsg, semantic, translit
    from bot.intent import parse
    from bot.matcher import match_parsed

    svc = _service()
    stage = semantic.shared()
    assert stage is not None
    index = svc.snapshot.index
    seen: list[list[float]] = []
    plain = semantic.SemanticIndex.explained

    def explained(self: Any, entry: str, unknown: Any, scripts: Any = None) -> float:
        # Per word, its best similarity to the entry's words (the check keeps the least).
        seen.append(
            [
                plain(
                    self, entry, unknown[i : i + 1], None if scripts is None else scripts[i : i + 1]
                )
                for i in range(len(unknown))
            ]
        )
        return float(plain(self, entry, unknown, scripts))

    semantic.SemanticIndex.explained = explained  # type: ignore[method-assign]
    print("file\tans\tsim\tmargin\toff\tword\tagree\tgate\tright\ttop\tshow\twho\twords\tq")
    for path in paths:
        for r in _rows(path):
            q = str(r["q"])
            want = _expect(r)
            parsed = parse(index, q)
            m = match_parsed(index, parsed)
            read, parsed, m = translit.reread(index, q, parsed, m)
            read, parsed, m = longmsg.reread(index, read, parsed, m)
            if not semantic.eligible(parsed, m, index):
                continue
            seen.clear()
            h = stage.hit(index, parsed, read, m)
            if h is None:
                continue
            a = svc.ask(q)
            got = a.entries[0] if a.answered and a.entries else None
            right = (got in want) if want else got is None
            print(
                f"{path.stem}\t{'A' if want else 'R'}\t{h.sim:.3f}\t"
                f"{h.sim - h.runner_up:.3f}\t{h.off_topic:.3f}\t{h.explained:.3f}\t"
                f"{int(h.agrees)}\t{gate(h, stage)}\t{int(right)}\t{h.entry}\t"
                f"{int(h.show in want) if want else '-'}:{h.show}\t"
                f"{int(semantic.asks_who_said(parsed, read))}\t"
                f"{','.join(f'{v:.2f}' for v in sorted(seen[-1] if seen else []))}\t{q}"
            )


def dump(out: Path) -> None:
    from bot.render import to_text

    svc = _service()
    res: dict[str, str] = {}
    for path in [*DEV, HELDOUT]:
        for r in _rows(path):
            q = str(r["q"])
            a = svc.ask(q)
            res[f"{path.stem}\t{q}"] = f"{a.kind} {a.method} {list(a.entries)}\n{to_text(a)}"
    out.write_text(json.dumps(res, ensure_ascii=False, indent=0, sort_keys=True), "utf-8")
    print(f"{len(res)} answers -> {out}")


def diff(a: Path, b: Path) -> None:
    x = json.loads(a.read_text("utf-8"))
    y = json.loads(b.read_text("utf-8"))
    moved = sorted(k for k in x.keys() | y.keys() if x.get(k) != y.get(k))
    for k in moved:
        if k.startswith("heldout\t"):
            print("MOVED heldout (item not shown)")
            continue
        before = (x.get(k) or "").split("\n", 1)[0]
        after = (y.get(k) or "").split("\n", 1)[0]
        print(f"MOVED {k!r}\n   before: {before}\n   after:  {after}")
    print(f"{len(moved)} of {len(x)} rendered answers moved")


def _lofo_rows(path: Path) -> list[dict[str, Any]]:
    import csv

    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        for k in ("sim", "margin", "off", "word"):
            r[k] = float(r[k])
        r["ws"] = [float(x) for x in r["words"].split(",")] if r["words"] else []
        r["agree"] = r["agree"] == "1"
        r["who"] = r["who"] == "1"
        r["ok"] = r["show"].startswith("1:")
    return rows


Rule = tuple[str, float, float, float]


def _passes(rule: Rule, r: dict[str, Any]) -> bool:
    fam, a, b, c = rule
    if r["gate"] == "-":
        return True
    if not r["who"]:
        return False
    margin = r["sim"] - max(r["sim"] - r["margin"], r["off"])
    if fam == "agree-word":  # the lexical stage agrees: word floor a, similarity floor b
        return bool(r["agree"]) and r["sim"] >= b and margin >= 0.08 and r["word"] >= a
    if fam == "margin-word":  # a margin of b or more: word floor a, similarity floor c
        return margin >= b and r["sim"] >= c and r["word"] >= a
    ws = r["ws"]  # every word but one at 0.65, that one at a; margin b, similarity c
    return (
        bool(ws)
        and margin >= b
        and r["sim"] >= c
        and sum(w < 0.65 for w in ws) <= 1
        and min(ws) >= a
    )


def _lofo_score(rule: Rule, rows: list[dict[str, Any]], files: set[str]) -> tuple[int, int, int]:
    gain = shown = wrong = 0
    for r in rows:
        if r["file"] not in files or r["gate"] == "-" or not _passes(rule, r):
            continue
        if r["ans"] == "A" and r["ok"]:
            gain += 1
        elif r["ans"] == "A":
            wrong += 1
        else:
            shown += 1
    return gain, shown, wrong


def lofo(path: Path) -> None:
    rows = _lofo_rows(path)
    files = sorted({r["file"] for r in rows})
    grid: list[Rule] = [
        ("agree-word", a, b, 0.0) for a in (0.35, 0.4, 0.45, 0.5, 0.53) for b in (0.4, 0.46)
    ]
    for fam in ("margin-word", "allbutone"):
        for a in (0.35, 0.4, 0.45, 0.5):
            for b in (0.08, 0.15, 0.2, 0.3, 0.4):
                grid += [(fam, a, b, c) for c in (0.4, 0.5)]

    def util(s: tuple[int, int, int]) -> int:
        return s[0] - 10 * (s[1] + s[2])

    total = [0, 0, 0]
    for held in files:
        train = set(files) - {held}
        best = max(grid, key=lambda g: (util(_lofo_score(g, rows, train)), g[1]))
        got = _lofo_score(best, rows, {held})
        total = [x + y for x, y in zip(total, got, strict=True)]
        print(f"{held}\tchosen {best}\tgained {got[0]}, must-refuse shown {got[1]}, wrong {got[2]}")
    print(f"every file left out in turn: gained {total[0]}, shown {total[1]}, wrong {total[2]}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.semantic_grid")
    ap.add_argument("mode", choices=("table", "dump", "diff", "lofo"))
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args(argv)
    _guard(args.paths)
    if args.mode == "table":
        table(args.paths or DEV)
    elif args.mode == "lofo":
        lofo(args.paths[0])
    elif args.mode == "dump":
        dump(args.paths[0])
    else:
        diff(args.paths[0], args.paths[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
