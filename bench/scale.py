"""How summitbot's matcher scales: the real base plus 1k / 10k / 100k synthetic distractors.

``python -m bench.scale [--sizes 1000 10000 100000] [--seed 0] [--no-profile]``

For each size, in a fresh child process pinned to one core (``os.sched_setaffinity``):

1. answer every dev question on the real base alone (the reference answers);
2. build ``bench.synth.merged_kb(real, size)`` (distractors first in every table, so ties are not
   won by the real entries through insertion order) and time ``bot.index.build`` on it;
3. read the resident set size (psutil) right after the build;
4. time only the matching call, ``bot.answer.answer(index, q, composer)``, for every dev
   question (per question the median of ``--repeat`` calls), after one warm-up question;
5. list every question whose answer ``(kind, entries)`` differs from the reference.

A row with 0 distractors (the real base alone) is always run first, for the growth curve. The
largest size is then profiled with cProfile (build and one pass over the questions), so a missed
target comes with where the time goes. Results go to the "Scale" section of
``bench/RESULTS.md`` and to ``bench/scale.png``.

Targets at 100,000 entries (issue 4): median <= 1 ms, p99 <= 5 ms, build <= 10 s, RSS <= 1 GB.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.run import (
    QUESTIONS,
    REPO,
    RESULTS,
    WARM_UP,
    json_child,
    machine,
    md_table,
    percentile,
    pin_one_core,
    update_section,
)

PLOT = REPO / "bench" / "scale.png"
TARGETS = {"median_ms": 1.0, "p99_ms": 5.0, "build_s": 10.0, "rss_mb": 1024.0}
TARGET_SIZE = 100_000


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def _profile_text(prof: cProfile.Profile, sort: str, limit: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.strip_dirs().sort_stats(sort).print_stats(limit)
    text = out.getvalue()
    # Keep the table only (drop pstats' header lines about ordering and file names).
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    head = next((line.strip() for line in lines if "function calls" in line), "")
    return "\n".join([head, "", *lines[start:]]).rstrip()


def child(size: int, seed: int, repeat: int, profile: bool) -> dict[str, Any]:
    pinned = pin_one_core()
    from bench.synth import merged_kb
    from bot.answer import Composer, answer
    from bot.evaluate import load_items
    from bot.index import build
    from bot.loader import load

    questions = [it.q for it in load_items(QUESTIONS)]
    real = load()
    ref_index = build(real)
    ref_comp = Composer(ref_index)
    reference = [answer(ref_index, q, ref_comp) for q in questions]
    del ref_index, ref_comp

    t = time.perf_counter()
    kb = merged_kb(real, size, seed) if size else real
    generate_s = time.perf_counter() - t
    gc.collect()
    t = time.perf_counter()
    index = build(kb)
    build_s = time.perf_counter() - t
    gc.collect()
    rss_mb = _rss_mb()
    composer = Composer(index)
    answer(index, WARM_UP, composer)

    times: list[list[float]] = [[] for _ in questions]
    answers = []
    for rep in range(repeat):
        for i, q in enumerate(questions):
            t = time.perf_counter()
            a = answer(index, q, composer)
            times[i].append((time.perf_counter() - t) * 1000)
            if rep == 0:
                answers.append(a)
    ms = [statistics.median(x) for x in times]
    changed = [
        {
            "q": q,
            "before": [ref.kind, list(ref.entries)],
            "after": [new.kind, list(new.entries)],
            "score": [round(ref.score, 3), round(new.score, 3)],
        }
        for q, ref, new in zip(questions, reference, answers, strict=True)
        if (ref.kind, ref.entries) != (new.kind, new.entries)
    ]
    slowest = sorted(zip(ms, questions, strict=True), reverse=True)[:5]
    result: dict[str, Any] = {
        "size": size,
        "questions": len(questions),
        "entries": len(index.entries),
        "phrases": len(index.phrases),
        "generate_s": generate_s,
        "build_s": build_s,
        "rss_mb": rss_mb,
        "median_ms": statistics.median(ms),
        "p99_ms": percentile(ms, 99),
        "max_ms": max(ms),
        "changed": changed,
        "slowest": [[round(m, 3), q] for m, q in slowest],
        "pinned": pinned,
    }
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        for q in questions:
            answer(index, q, composer)
        prof.disable()
        result["profile_answer"] = _profile_text(prof, "tottime", 18)
        result["profile_answer_cum"] = _profile_text(prof, "cumulative", 25)
        del index, composer
        gc.collect()
        prof = cProfile.Profile()
        prof.enable()
        build(kb)
        prof.disable()
        result["profile_build"] = _profile_text(prof, "tottime", 15)
    return result


def _run_child(size: int, seed: int, repeat: int, profile: bool) -> dict[str, Any]:
    args = ["--child", str(size), "--seed", str(seed), "--repeat", str(repeat)]
    return json_child(
        "bench.scale", args + (["--profile-child"] if profile else []), f"size {size}"
    )


def plot(rows: Sequence[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = [r["entries"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.plot(x, [r["median_ms"] for r in rows], "o-", label="median")
    left.plot(x, [r["p99_ms"] for r in rows], "s-", label="99th percentile")
    left.axhline(TARGETS["median_ms"], color="C0", ls=":", lw=1, label="target median (1 ms)")
    left.axhline(TARGETS["p99_ms"], color="C1", ls=":", lw=1, label="target p99 (5 ms)")
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlabel("entries in the index (real + distractors)")
    left.set_ylabel("ms per question (one core)")
    left.set_title("Matching latency")
    left.legend(fontsize=8)
    left.grid(True, which="both", alpha=0.3)
    right.plot(x, [r["build_s"] for r in rows], "o-", color="C2", label="index build")
    right.axhline(TARGETS["build_s"], color="C2", ls=":", lw=1, label="target (10 s)")
    right.set_xscale("log")
    right.set_yscale("log")
    right.set_xlabel("entries in the index (real + distractors)")
    right.set_ylabel("seconds")
    right.set_title("Index build time")
    right.legend(fontsize=8)
    right.grid(True, which="both", alpha=0.3)
    fig.suptitle("summitbot matcher scale (bench/scale.py)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def render(rows: Sequence[dict[str, Any]], info: dict[str, str], command: str, repeat: int) -> str:
    def ok(r: dict[str, Any], key: str) -> str:
        v = r[key]
        mark = "" if r["size"] != TARGET_SIZE else (" ✅" if v <= TARGETS[key] else " ❌")
        fmt = {"median_ms": ".3f", "p99_ms": ".3f", "build_s": ".2f", "rss_mb": ".0f"}[key]
        return f"{v:{fmt}}{mark}"

    table = md_table(
        (
            "Distractors",
            "Entries",
            "Phrases",
            "Generate s",
            "Build s",
            "RSS after build MB",
            "Median ms",
            "p99 ms",
            "Max ms",
            "Changed answers",
        ),
        [
            (
                f"{r['size']:,}",
                f"{r['entries']:,}",
                f"{r['phrases']:,}",
                f"{r['generate_s']:.2f}",
                ok(r, "build_s"),
                ok(r, "rss_mb"),
                ok(r, "median_ms"),
                ok(r, "p99_ms"),
                f"{r['max_ms']:.2f}",
                str(len(r["changed"])),
            )
            for r in rows
        ],
    )
    lines = [
        "## Scale: the real base plus synthetic distractors",
        "",
        f"Command: `{command}`  ",
        f"Machine: {info['cpu']}, {info['nproc']} cores, every run pinned to one core; "
        f"Python {info['python']}; {info['date']}; commit {info['commit']}.",
        "",
        table,
        "",
        "Targets at 100,000 distractors (✅ met, ❌ missed): median ≤ 1 ms, p99 ≤ 5 ms, "
        "build ≤ 10 s, RSS ≤ 1 GB.",
        "",
        "* Distractors: `bench/synth.py` (seed shown in the command; 20 % people, 40 % quotes, "
        "30 % facts, 10 % events of other forums), merged *before* the real records.",
        "* Build s: `bot.index.build` only (not generating or validating the records, shown as "
        "Generate s). RSS: resident set size of the process right after the build (Python, "
        "libraries, the real base, the distractors and the index).",
        f"* Latency: `bot.answer.answer(index, q, composer)` only, per question the median of "
        f"{repeat} calls, over the {rows[0]['questions']} dev questions; p99 is nearest-rank.",
        "* Changed answers: dev questions whose `(kind, entries)` differ from the answer on the "
        "real base alone. Listed below.",
        "",
        "![scale](scale.png)",
        "",
    ]
    for r in rows:
        if not r["changed"]:
            continue
        lines.append(f"### Changed answers with {r['size']:,} distractors")
        lines.append("")
        for c in r["changed"]:
            b, a = c["before"], c["after"]
            lines.append(
                f"* `{c['q']}`: {b[0]} {', '.join(b[1][:3]) or '–'} → "
                f"{a[0]} {', '.join(a[1][:3]) or '–'} (score {c['score'][0]} → {c['score'][1]})"
            )
        lines.append("")
    big = rows[-1]
    lines.append(f"### Slowest questions with {big['size']:,} distractors")
    lines.append("")
    lines += [f"* {m:.2f} ms: `{q}`" for m, q in big["slowest"]]
    lines.append("")
    if "profile_answer" in big:
        lines += [
            f"### Profile with {big['size']:,} distractors (cProfile)",
            "",
            "One pass over the dev questions, by own time:",
            "",
            "```",
            big["profile_answer"],
            "```",
            "",
            "The same pass, by cumulative time:",
            "",
            "```",
            big["profile_answer_cum"],
            "```",
            "",
            "Index build, by own time:",
            "",
            "```",
            big["profile_build"],
            "```",
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="timed calls per question")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--plot", type=Path, default=PLOT)
    ap.add_argument("--no-profile", action="store_true", help="skip cProfile of the largest size")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--profile-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.seed, args.repeat, args.profile_child)))
        return 0

    sizes = [0, *sorted(s for s in set(args.sizes) if s > 0)]
    rows = []
    for size in sizes:
        print(f"size {size:,}...", file=sys.stderr, flush=True)
        profile = size == sizes[-1] and size > 0 and not args.no_profile
        r = _run_child(size, args.seed, args.repeat, profile)
        rows.append(r)
        print(
            f"  entries {r['entries']:,}, build {r['build_s']:.2f} s, RSS {r['rss_mb']:.0f} MB, "
            f"median {r['median_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms, "
            f"changed {len(r['changed'])}",
            file=sys.stderr,
        )
    command = "python -m bench.scale " + " ".join(sys.argv[1:] if argv is None else argv)
    plot(rows, args.plot)
    body = render(rows, machine(), command.strip(), args.repeat)
    update_section(args.out, "bench.scale", body, "summitbot benchmark results")
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
