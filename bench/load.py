"""Loading speed, side by side with an earlier commit, and proof that the results are the same.

For each knowledge directory (the real base, the bases grown with 30/300/3,000 look-alike people
by :mod:`bench.adversarial`, a grown base with every quote's speaker rotated so that the checks
report many problems, and the unit-test fixture bases) it runs, alternately, the current tree
and the code of ``--baseline`` (``git archive`` of its ``bot/`` into a temporary directory),
each load in a fresh process so every load is cold (no cache of an earlier load helps):

* ``bot.loader.load`` in process (parse + validate), with the YAML parse and the attribution
  check timed inside it;
* ``summitbot kb check --knowledge DIR`` wall time (``python -m bot``, process start to exit);
* what ``/reload`` does (``bot.service.make_snapshot``: load + index) in the same process after
  the first load, as in the running bot.

Each child also reports everything the load decided: every problem and warning as ``kb check``
prints it, the loaded records, and the attribution finder's full analysis of every source text
and of every development article (``tests/fixtures/articles``). The run fails if any of it
differs between the two trees.

    python -m bench.load --baseline 6a3bf95                 # all bases, 3 rounds
    python -m bench.load --baseline 6a3bf95 --rounds 5 --only grown-3000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIXTURE_BASES = REPO / "tests" / "fixtures" / "kb"
DEV_ARTICLES = REPO / "tests" / "fixtures" / "articles"


# --- child: one cold load ----------------------------------------------------------------------


def _analysis_dump(analysis: Any) -> Any:
    return {
        "language": analysis.language,
        "spans": [(s.start, s.end, s.pieces, s.text, s.open_mark) for s in analysis.spans],
        "quotations": [
            (q.text, q.start, q.end, q.speaker, q.cue, q.written) for q in analysis.quotations
        ],
        "not_speech": [(s.start, s.end, s.text) for s in analysis.not_speech],
        "paraphrases": [(p.text, p.start, p.speaker, p.mixed) for p in analysis.paraphrases],
        "people": [
            (p.name, p.first, p.gender, p.appositive, p.title_before, p.sentence)
            for p in analysis.people
        ],
        "mentions": [(m.start, m.end, m.person) for m in analysis.mentions],
    }


def child(knowledge: Path) -> dict[str, Any]:
    """Load ``knowledge`` once (timed, with its parse and attribution steps timed inside), then
    describe the result."""
    t_import = time.perf_counter()
    from bot import attribution, loader

    imported = time.perf_counter() - t_import
    steps = {"parse": 0.0, "attribution": 0.0}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                steps[name] += time.perf_counter() - t

        return wrapper

    loader._read_records = timed("parse", loader._read_records)  # type: ignore[attr-defined]
    loader._check_attribution = timed("attribution", loader._check_attribution)  # type: ignore[attr-defined]
    t = time.perf_counter()
    problems: list[str] = []
    warnings: list[str] = []
    records = ""
    try:
        kb = loader.load(knowledge)
    except loader.KnowledgeError as exc:
        problems = [str(p) for p in exc.problems]
        warnings = [str(p) for p in exc.warnings]
    else:
        warnings = [str(p) for p in kb.warnings]
        records = repr(
            (kb.sources, kb.people, kb.events, kb.quotes, kb.facts, kb.texts, kb.synonyms)
        )
    seconds = time.perf_counter() - t
    timed_steps = dict(steps)  # the first load's; the reload below runs the same functions
    # /reload: the running bot loads and indexes the base again (Service.reload ->
    # make_snapshot), in a process that has loaded it once already.
    reload_s = float("nan")
    if not problems:
        from bot.service import make_snapshot

        t = time.perf_counter()
        make_snapshot(knowledge)
        reload_s = time.perf_counter() - t
    # The finder's whole analysis of every text (after the timing: this is the proof, not the
    # measurement).
    texts = sorted((knowledge / "texts").glob("*.md")) if (knowledge / "texts").is_dir() else []
    texts += sorted(DEV_ARTICLES.glob("*.md"))
    analyses = {
        str(p): _analysis_dump(attribution.analyse(p.read_text(encoding="utf-8"))) for p in texts
    }
    result = {"problems": problems, "warnings": warnings, "records": records, "analyses": analyses}
    blob = json.dumps(result, ensure_ascii=False, sort_keys=True, default=list)
    return {
        "load_s": seconds,
        "reload_s": reload_s,
        "import_s": imported,
        **{f"{k}_s": v for k, v in timed_steps.items()},
        "n_problems": len(problems),
        "n_warnings": len(warnings),
        "digest": hashlib.sha256(blob.encode()).hexdigest(),
        "result": result,
    }


# --- parent --------------------------------------------------------------------------------------


def _run_child(tree: Path, knowledge: Path) -> dict[str, Any]:
    env = dict(
        os.environ,
        PYTHONPATH=f"{tree}{os.pathsep}{REPO}",
        KNOWLEDGE_DIR=str(knowledge),
        SEMANTIC="off",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "bench.load", "--child", str(knowledge)],
        cwd=tempfile.gettempdir(),  # not the repo: `bot` must come from PYTHONPATH's first entry
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child ({tree}, {knowledge}) failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _kb_check_wall(tree: Path, knowledge: Path) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{REPO}")
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "check", "--knowledge", str(knowledge)],
        cwd=tempfile.gettempdir(),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - t
    return wall, f"exit {proc.returncode}\n{proc.stdout}{proc.stderr}"


def _rotated(src: Path, out: Path) -> Path:
    """A copy of ``src`` whose quotes each name the next quote's speaker: misattributions,
    and speakers the checker cannot confirm, on every source."""
    import yaml

    shutil.copytree(src, out)
    path = out / "00-grown.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    quotes = data["quotes"]
    speakers = [q["speaker"] for q in quotes]
    for q, s in zip(quotes, speakers[1:] + speakers[:1], strict=True):
        q["speaker"] = s
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def _bases(work: Path) -> dict[str, Path]:
    from bench.adversarial import grow

    bases = {"real": REPO / "knowledge"}
    for n in (30, 300, 3000):
        out = work / f"grown-{n}"
        grow(REPO / "knowledge", out, n, seed=0, order="before")
        bases[f"grown-{n}"] = out
    bases["grown-300-rotated"] = _rotated(work / "grown-300", work / "grown-300-rotated")
    for d in sorted(FIXTURE_BASES.iterdir()):
        if d.is_dir():
            bases[f"fixture-{d.name}"] = d
    return bases


def _export(commit: str, out: Path) -> Path:
    """The ``bot`` package of ``commit``, alone in ``out``."""
    out.mkdir()
    archive = subprocess.run(
        ["git", "archive", commit, "bot"], cwd=REPO, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def _loadavg() -> str:
    try:
        return Path("/proc/loadavg").read_text().strip()
    except OSError:
        return "n/a"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--baseline", default="HEAD", help="commit to compare with (default HEAD)")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds per base")
    ap.add_argument("--only", nargs="*", help="base names to run (default: all)")
    args = ap.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child), ensure_ascii=False, default=list))
        return 0

    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    try:
        trees = {"baseline": _export(args.baseline, work / "baseline"), "current": REPO}
        bases = _bases(work / "bases")
        if args.only:
            bases = {k: v for k, v in bases.items() if k in args.only}
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "bot"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        print(f"baseline {args.baseline}; current {commit}{' + uncommitted bot/' if dirty else ''}")
        print(f"machine: {os.cpu_count()} cores; /proc/loadavg at start: {_loadavg()}")
        same = True
        rows = []
        for name, kdir in bases.items():
            timings: dict[str, dict[str, list[float]]] = {t: {} for t in trees}
            results: dict[str, set[str]] = {t: set() for t in trees}
            checks: dict[str, set[str]] = {t: set() for t in trees}
            full: dict[str, Any] = {}
            for _ in range(args.rounds):
                for tree, path in trees.items():  # alternate: baseline, current, baseline, ...
                    out = _run_child(path, kdir)
                    for key in ("load_s", "parse_s", "attribution_s", "reload_s"):
                        timings[tree].setdefault(key, []).append(out[key])
                    results[tree].add(out["digest"])
                    full[tree] = out["result"]
                    wall, printed = _kb_check_wall(path, kdir)
                    timings[tree].setdefault("check_s", []).append(wall)
                    checks[tree].add(printed)
            identical = (
                results["baseline"] == results["current"]
                and len(results["current"]) == 1
                and checks["baseline"] == checks["current"]
                and len(checks["current"]) == 1
            )
            same &= identical
            if not identical:
                for part in ("problems", "warnings", "records", "analyses"):
                    if full["baseline"][part] != full["current"][part]:
                        print(f"  {name}: {part} differ", file=sys.stderr)
                if checks["baseline"] != checks["current"]:
                    print(f"  {name}: kb check output differs", file=sys.stderr)
            rows.append((name, timings, identical, out["n_problems"], out["n_warnings"]))
            print(f"  {name} done (loadavg {_loadavg()})", file=sys.stderr)

        print(f"/proc/loadavg at end: {_loadavg()}")
        given = argv if argv is not None else sys.argv[1:]
        print(f"command: python -m bench.load {' '.join(given)}")
        print()
        print(
            "| base | problems / warnings | results identical | step | baseline median "
            "(best) s | current median (best) s |"
        )
        print("| --- | ---: | :---: | --- | ---: | ---: |")
        labels = {
            "load_s": "`bot.loader.load`",
            "parse_s": "of which YAML parse",
            "attribution_s": "of which attribution check",
            "check_s": "`kb check` wall",
            "reload_s": "`/reload` (`make_snapshot`: load + index, second load in the process)",
        }
        for name, timings, identical, n_p, n_w in rows:
            for key, label in labels.items():
                b, c = timings["baseline"][key], timings["current"][key]
                head = (
                    f"| {name} | {n_p} / {n_w} | {'yes' if identical else '**NO**'} "
                    if key == "load_s"
                    else "| | | "
                )
                print(
                    f"{head}| {label} | {statistics.median(b):.3f} ({min(b):.3f}) | "
                    f"{statistics.median(c):.3f} ({min(c):.3f}) |"
                )
        print()
        print("all results identical" if same else "RESULTS DIFFER")
        return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
