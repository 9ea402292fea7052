"""Score the shipped bot on blind question sets: aggregates only, never the items.

Why a separate script: a blind set is a measurement, not a development tool. This prints counts
(by set, by language and by kind) and nothing that names a question, so running it does not
leak the set into tuning. It answers with the real ``Service`` as the bot runs it (semantic stage
on unless ``SEMANTIC=off``; the stage's embeddings are filled before the first question, so the
answer is the one a warm bot gives).

Format of a set (``bench/data/blind-*.yaml``): ``q``, ``lang`` (en/ru/translit), ``kind``
(quote/fact/person/event/trap/ood), ``speaker`` (whose words a right answer shows), and
``expect``, added after the questions were written, from ``knowledge/``: the entry ids a right
answer may show, ``none`` (must refuse; ``also`` lists entries that are acceptable too) or
``missing`` (in domain, but the base does not hold the answer: counted apart, refusal expected).

Scores: *answered right* = answerable questions whose first entry is acceptable; *refused* =
must-refuse questions answered with no entry (or an ``also`` entry), reported for out-of-domain
questions (kind ``ood`` and traps about people or events that do not exist) and for ``missing``
ones; *misattributions* = answers that show anyone's words under a speaker other than the
expected one (a person the base does not know may not be shown at all; an ``also`` entry shows
its own speaker and is not counted).

    python -m bench.blind                       # every bench/data/blind-*.yaml
    python -m bench.blind bench/data/blind-2026-11b.yaml
    python -m bench.blind --misses tests/data/paraphrases3.yaml   # development sets only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Item:
    lang: str
    kind: str
    expect: tuple[str, ...]  # empty: must refuse
    missing: bool
    also: tuple[str, ...]
    speaker: str | None  # person id; "none": nobody's words may be shown; None: not checked


def load(path: Path, people_by_name: dict[str, str]) -> list[tuple[str, Item]]:
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for r in rows:
        exp = r.get("expect", "none")
        name = r.get("speaker")
        speaker: str | None
        if name:
            speaker = people_by_name.get(str(name).lower(), "none")
        else:
            speaker = "none" if exp in ("none", "missing") else None
        ids = () if exp in ("none", "missing") else tuple([exp] if isinstance(exp, str) else exp)
        out.append(
            (
                str(r["q"]),
                Item(
                    str(r.get("lang", "en")),
                    str(r.get("kind", "")),
                    tuple(str(i) for i in ids),
                    exp == "missing",
                    tuple(str(a) for a in r.get("also", ())),
                    speaker,
                ),
            )
        )
    return out


def score(
    path: Path,
    svc: Any,
    shown_out: list[str] | None = None,
    misses_out: list[str] | None = None,
    reasons: Counter[str] | None = None,
) -> dict[str, Counter[str]]:
    kb = svc.snapshot.index.kb
    people = {p.name.lower(): p.id for p in kb.people.values()}
    people.update({p.id: p.id for p in kb.people.values()})  # dev sets give ids, blind names
    for p in kb.people.values():
        for alias in getattr(p, "aliases", ()) or ():
            people.setdefault(str(alias).lower(), p.id)
    groups: dict[str, Counter[str]] = {}
    for q, it in load(path, people):
        a = svc.ask(q)
        entry = a.entries[0] if a.answered and a.entries else None
        shown = tuple(a.speakers)
        for g in ("all", f"lang:{it.lang}", f"kind:{it.kind}"):
            c = groups.setdefault(g, Counter())
            c["questions"] += 1
            # An entry the labels list as acceptable instead of a refusal (``also``: e.g. the
            # real speaker's quote in a correction) shows its own speaker, never the one the
            # question named: it is no misattribution.
            in_also = entry is not None and entry in it.also
            if it.speaker is not None and any(s != it.speaker for s in shown) and not in_also:
                c["misattributions"] += 1
                if shown_out is not None and g == "all":
                    shown_out.append(
                        f"{q!r}: {a.kind} {entry} shows {shown}, expected {it.speaker}"
                    )
            if it.missing:
                c["missing"] += 1
                ok = entry is None
                c["missing_refused"] += ok
            elif it.expect:
                c["answerable"] += 1
                ok = entry in it.expect
                c["right"] += ok
            else:
                c["refusable"] += 1
                ok = entry is None or entry in it.also
                c["refused"] += ok
            if reasons is not None and g == "all" and not ok:
                reasons[_reason(a, it, entry)] += 1
            if misses_out is not None and g == "all" and not ok:
                want = "missing" if it.missing else (list(it.expect) or "none")
                misses_out.append(f"[{it.lang}/{it.kind}] {q!r}: got {a.kind} {entry}, want {want}")
    return groups


def _reason(a: Any, it: Item, entry: str | None) -> str:
    """How a question was missed, in words that name no item: what was wanted (an answer, a
    refusal), what the bot did (refused, or which kind of answer), which stage decided, and,
    for a refused answerable question, whether a right entry was among the suggestions (a
    near miss the bot offered)."""
    if it.missing or not it.expect:
        return f"must refuse: showed {a.kind} ({a.method})"
    if entry is None:
        offered = any(s.id in it.expect for s in a.suggestions)
        near = "right entry offered" if offered else "not offered"
        return f"answerable: refused {a.kind} ({a.method}), {near}"
    return f"answerable: wrong {a.kind} ({a.method})"


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.1%})" if b else "–"


def table(name: str, groups: dict[str, Counter[str]]) -> str:
    lines = [
        f"### {name}",
        "",
        "| group | questions | answered right | must refuse: refused | missing: refused "
        "| misattr. |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    order = ["all", *sorted(g for g in groups if g != "all")]
    for g in order:
        c = groups[g]
        lines.append(
            f"| {g} | {c['questions']} | {pct(c['right'], c['answerable'])} | "
            f"{pct(c['refused'], c['refusable'])} | {pct(c['missing_refused'], c['missing'])} | "
            f"{c['misattributions']} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.blind",
        description="Aggregate scores of the shipped bot on blind question sets (no items shown).",
    )
    ap.add_argument("sets", nargs="*", type=Path, help="blind set files (default: all)")
    ap.add_argument(
        "--misattributions",
        action="store_true",
        help="also print the misattributed items (they are then no longer blind: say so)",
    )
    ap.add_argument(
        "--reasons",
        action="store_true",
        help="also count the misses by how they were missed (aggregates: no item is named)",
    )
    ap.add_argument(
        "--misses",
        action="store_true",
        help="print every question not answered right (development sets only: refused for "
        "bench/data/blind-*.yaml, which are measurements)",
    )
    args = ap.parse_args(argv)
    if args.misses and any(Path(p).resolve().parent == REPO / "bench" / "data" for p in args.sets):
        ap.error(
            "--misses names items: not on the blind sets in bench/data (they would stop being "
            "blind)"
        )
    if args.misses and not args.sets:
        ap.error("--misses needs the development set files to list")
    sys.path.insert(0, str(REPO))
    from bot import semantic
    from bot.service import Service

    svc = Service.from_dir()
    stage = semantic.shared()
    if stage is not None:
        stage.prepare(svc.snapshot.index).wait()  # answer as a warm bot does
    paths = args.sets or sorted((REPO / "bench" / "data").glob("blind-*.yaml"))
    for path in paths:
        named: list[str] | None = [] if args.misattributions else None
        misses: list[str] | None = [] if args.misses else None
        reasons: Counter[str] | None = Counter() if args.reasons else None
        print(table(path.name, score(path, svc, named, misses, reasons)))
        print()
        for reason, n in sorted((reasons or Counter()).items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"- {n} × {reason}")
        if reasons:
            print()
        for line in named or ():
            print("MISATTRIBUTION", line)
        for line in misses or ():
            print("MISS", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
