"""Attribution at scale: misattributions on bases grown with look-alike people.

For each size (30, 300, 3,000 look-alikes from :mod:`bench.adversarial`), each file order (the
extra YAML read before or after the real files) and each ``PYTHONHASHSEED`` (every seed in its
own process), the development set, the held-out set and the adversarial questions are asked
against the grown base. Per cell it counts:

* **misattributions**: an answer that shows a quote, an attributed figure or a person card of
  someone other than an acceptable speaker (for the dev and held-out sets the rule of
  :func:`bot.evaluate.evaluate`; for the adversarial set see :func:`judge_adversarial`);
* **several**: acceptable "several people fit" answers (not answered, suggestions from two or
  more people);
* **lost**: questions answered correctly on the real base but not answered on the grown one;
* **unstable**: questions whose answer differs between the seeds of the cell.

It also times loading the 3,000-person base (``summitbot kb check`` and ``Service.from_dir``)
and, as a measurement only, parsing the same YAML with PyYAML's C loader.

    python -m bench.attribution                      # writes bench/ATTRIBUTION.md
    python -m bench.attribution --sizes 30 300 --seeds 0 1 --no-write
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.adversarial import ORDERS, grow
from bench.run import update_section

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
DEV = REPO / "tests" / "data" / "questions.yaml"
HELDOUT = REPO / "tests" / "data" / "heldout.yaml"
ADVERSARIAL = REPO / "tests" / "data" / "adversarial_questions.yaml"
SIZES = (30, 300, 3000)
SEEDS = (0, 1, 2, 3)
OUT = REPO / "bench" / "ATTRIBUTION.md"
TITLE = "Attribution on bases grown with look-alike people"


# --- Questions and answers ------------------------------------------------------------------


@dataclass(frozen=True)
class AdvItem:
    """One adversarial question and what is acceptable (see the header of its YAML file)."""

    q: str
    speaker: str | None
    ambiguous: tuple[str, ...]
    refuse: bool
    expect: tuple[str, ...]
    sizes: tuple[int, ...]
    lang: str
    tags: tuple[str, ...]

    @property
    def acceptable(self) -> tuple[str, ...]:
        """Everyone who may be shown (alone only ``speaker``)."""
        return tuple(dict.fromkeys([*([self.speaker] if self.speaker else []), *self.ambiguous]))


def load_adversarial(path: Path = ADVERSARIAL) -> list[AdvItem]:
    raw: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        AdvItem(
            q=str(r["q"]),
            speaker=str(r["speaker"]) if r.get("speaker") else None,
            ambiguous=tuple(str(x) for x in r.get("ambiguous", ())),
            refuse=bool(r.get("refuse", False)),
            expect=tuple(str(x) for x in r.get("expect", ())),
            sizes=tuple(int(x) for x in r.get("sizes", SIZES)),
            lang=str(r.get("lang", "en")),
            tags=tuple(str(x) for x in r.get("tags", ())),
        )
        for r in raw
    ]


@dataclass(frozen=True)
class View:
    """What a user sees of an answer, reduced to what attribution is judged on."""

    answered: bool
    kind: str
    entries: tuple[str, ...]
    #: People whose words or card the answer shows.
    speakers: tuple[str, ...]
    suggestions: tuple[str, ...]
    #: People behind the suggestions (a quote's speaker, a person, an attributed fact's speaker).
    suggested_people: tuple[str, ...]

    def signature(self) -> tuple[Any, ...]:
        return (self.answered, self.kind, self.entries, self.speakers, self.suggestions)


def view_of(answer: Any, kb: Any) -> View:
    """Reduce a :class:`bot.answer.Answer` to a :class:`View` (people of the suggestions too)."""
    from bot.evaluate import speakers_of
    from bot.model import Person

    people: list[str] = []
    for s in answer.suggestions:
        rec = kb.record(s.id)
        found = (rec.id,) if isinstance(rec, Person) else speakers_of(kb, s.id)
        people += [p for p in found if p not in people]
    return View(
        bool(answer.answered),
        str(answer.kind),
        tuple(answer.entries),
        tuple(answer.speakers),
        tuple(s.id for s in answer.suggestions),
        tuple(people),
    )


# Outcomes. Acceptable: correct, several, refused (when refusal is right).
CORRECT, SEVERAL, REFUSED, MISATTRIBUTED, WRONG, UNANSWERED = (
    "correct",
    "several",
    "refused",
    "misattribution",
    "wrong",
    "unanswered",
)
ACCEPTABLE = frozenset({CORRECT, SEVERAL, REFUSED})


def _several(v: View, fitting: Iterable[str]) -> bool:
    fit = set(fitting)
    return (
        not v.answered and len(set(v.suggested_people)) >= 2 and bool(fit & set(v.suggested_people))
    )


def judge_adversarial(item: AdvItem, v: View) -> str:
    """One outcome for an adversarial question.

    Showing one person is right only if that person is ``speaker``; showing several together
    is right if all of them fit (``speaker`` or ``ambiguous``); showing anyone else, or one of
    several namesakes silently, is a misattribution.
    """
    shown = set(v.speakers)
    if shown:
        ok = shown == {item.speaker} if len(shown) == 1 else shown <= set(item.acceptable)
        if not ok:
            return MISATTRIBUTED
        if item.expect and not set(v.entries) & set(item.expect):
            return WRONG
        return CORRECT
    if v.answered:  # an unattributed fact or event
        return CORRECT if set(v.entries) & set(item.expect) else WRONG
    if item.ambiguous and _several(v, item.ambiguous):
        return SEVERAL
    if item.refuse:
        return REFUSED
    return UNANSWERED


def judge_labelled(kb: Any, item: Any, v: View) -> str:
    """One outcome for a dev/held-out item (:class:`bot.evaluate.Item`), evaluate's rules."""
    from bot.evaluate import expected_speaker

    want = expected_speaker(kb, item)
    if want is not None and any(s != want for s in v.speakers):
        return MISATTRIBUTED
    entry = v.entries[0] if v.answered and v.entries else None
    if item.expect:
        if entry in item.expect:
            return CORRECT
        if entry is None:
            return SEVERAL if _several(v, [want] if want else []) else UNANSWERED
        return WRONG
    return REFUSED if entry is None else WRONG


# --- Worker: one base, one process, one hash seed ----------------------------------------------


def ask_all(knowledge: Path, size: int | None) -> dict[str, list[dict[str, Any]]]:
    """Every question of the three sets against one base: ``set -> [view as dict]``."""
    from bot.evaluate import load_items
    from bot.service import Service

    svc = Service.from_dir(knowledge)
    kb = svc.snapshot.index.kb
    out: dict[str, list[dict[str, Any]]] = {}
    sets: dict[str, list[str]] = {
        "dev": [i.q for i in load_items(DEV)],
        "heldout": [i.q for i in load_items(HELDOUT)],
        "adversarial": [i.q for i in load_adversarial() if size is None or size in i.sizes],
    }
    for name, questions in sets.items():
        out[name] = [asdict(view_of(svc.ask(q), kb)) | {"q": q} for q in questions]
    return out


def _worker(knowledge: Path, size: int | None, dest: Path) -> None:
    dest.write_text(json.dumps(ask_all(knowledge, size)), encoding="utf-8")


def run_worker(knowledge: Path, size: int | None, seed: int, dest: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    cmd = [
        sys.executable,
        "-m",
        "bench.attribution",
        "--worker",
        str(knowledge),
        "--dest",
        str(dest),
    ]
    if size is not None:
        cmd += ["--size", str(size)]
    subprocess.run(cmd, env=env, check=True, cwd=REPO)


# --- Timing of the 3,000-person base ----------------------------------------------------------


def timing(knowledge: Path) -> dict[str, float]:
    """Load/validate/index times of one base, in this (fresh) process, in seconds."""
    import bot.loader as loader
    from bot.index import build
    from bot.service import Service

    files = sorted(knowledge.glob("*.yaml"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    out: dict[str, float] = {}

    def best_of(fn: Any, n: int = 3) -> float:
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    out["yaml_lineloader_s"] = best_of(lambda: [loader._parse_yaml(p, str(p), []) for p in files])
    out["yaml_safeloader_s"] = best_of(
        lambda: [yaml.load(t, Loader=yaml.SafeLoader) for t in texts]
    )
    out["yaml_csafeloader_s"] = best_of(
        lambda: [yaml.load(t, Loader=yaml.CSafeLoader) for t in texts]
    )
    t0 = time.perf_counter()
    kb = loader.load(knowledge)
    out["load_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    build(kb)
    out["build_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    Service.from_dir(knowledge)
    out["service_from_dir_s"] = time.perf_counter() - t0
    return out


def kb_check_wall(knowledge: Path, runs: int = 3) -> list[float]:
    exe = shutil.which("summitbot", path=str(Path(sys.executable).parent)) or "summitbot"
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [exe, "kb", "check", "--knowledge", str(knowledge)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - t0)
    return times


# --- The benchmark ------------------------------------------------------------------------------


@dataclass
class Cell:
    size: int
    order: str
    misattributions: int = 0
    several: int = 0
    lost: int = 0
    unstable: int = 0
    asked: int = 0
    unstable_questions: list[str] = field(default_factory=list)


def _views(path: Path) -> dict[str, list[View]]:
    raw = json.loads(path.read_text(encoding="utf-8"))

    def one(d: dict[str, Any]) -> View:
        return View(
            bool(d["answered"]),
            str(d["kind"]),
            tuple(d["entries"]),
            tuple(d["speakers"]),
            tuple(d["suggestions"]),
            tuple(d["suggested_people"]),
        )

    return {k: [one(d) for d in v] for k, v in raw.items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Misattributions on bases grown with look-alikes.")
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--seeds", type=int, nargs="+", default=list(SEEDS))
    ap.add_argument("--orders", nargs="+", choices=ORDERS, default=list(ORDERS))
    ap.add_argument("--gen-seed", type=int, default=0, help="seed of the look-alike generator")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--no-write", action="store_true", help="print only; keep ATTRIBUTION.md")
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--timing-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--dest", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(args.worker, args.size, args.dest)
        return 0
    if args.timing_worker:
        args.dest.write_text(json.dumps(timing(args.timing_worker)), encoding="utf-8")
        return 0

    from bot.evaluate import load_items
    from bot.loader import load

    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="attribution-")) if args.workdir is None else args.workdir
    tmp.mkdir(parents=True, exist_ok=True)
    items = {
        "dev": load_items(DEV),
        "heldout": load_items(HELDOUT),
    }
    adv_all = load_adversarial()

    # The real base, for "lost" (one seed: the real base's determinism is not measured here).
    run_worker(KNOWLEDGE, None, args.seeds[0], tmp / "real.json")
    real_kb = load(KNOWLEDGE)
    real = _views(tmp / "real.json")
    real_ok = {
        name: [
            judge_labelled(real_kb, it, v) == CORRECT
            for it, v in zip(items[name], real[name], strict=True)
        ]
        for name in items
    }

    cells: list[Cell] = []
    misattributions: dict[tuple[str, str, int, str], dict[str, Any]] = {}
    order_diff: dict[int, int] = {}
    seed0: dict[tuple[int, str], dict[str, list[View]]] = {}
    for size in args.sizes:
        for order in args.orders:
            base = tmp / f"grown-{size}-{order}"
            if not base.exists():
                grow(KNOWLEDGE, base, size, args.gen_seed, order)
            kb = load(base)
            adv = [i for i in adv_all if size in i.sizes]
            per_seed: dict[int, dict[str, list[View]]] = {}
            for seed in args.seeds:
                dest = tmp / f"ans-{size}-{order}-{seed}.json"
                run_worker(base, size, seed, dest)
                per_seed[seed] = _views(dest)
                print(f"  size {size} order {order} seed {seed} done", file=sys.stderr)
            seed0[(size, order)] = per_seed[args.seeds[0]]
            cell = Cell(size, order)
            for name in ("dev", "heldout", "adversarial"):
                qs: list[Any] = items[name] if name != "adversarial" else adv
                for k, it in enumerate(qs):
                    cell.asked += 1
                    sigs = {per_seed[s][name][k].signature() for s in args.seeds}
                    if len(sigs) > 1:
                        cell.unstable += 1
                        cell.unstable_questions.append(f"{name}: {it.q}")
                    for seed in args.seeds:
                        v = per_seed[seed][name][k]
                        if name == "adversarial":
                            outcome = judge_adversarial(it, v)
                            want = it.speaker or (
                                f"several of {list(it.ambiguous)}" if it.ambiguous else "nobody"
                            )
                        else:
                            outcome = judge_labelled(kb, it, v)
                            from bot.evaluate import expected_speaker

                            want = expected_speaker(kb, it) or "-"
                        if seed == args.seeds[0]:
                            if outcome == MISATTRIBUTED:
                                cell.misattributions += 1
                            if outcome == SEVERAL:
                                cell.several += 1
                            if name != "adversarial" and real_ok[name][k] and not v.answered:
                                cell.lost += 1
                        if outcome == MISATTRIBUTED:
                            key = (name, it.q, size, order)
                            rec = misattributions.setdefault(
                                key,
                                {
                                    "set": name,
                                    "q": it.q,
                                    "expected": want,
                                    "shown": set(),
                                    "kind": v.kind,
                                    "size": size,
                                    "order": order,
                                    "seeds": [],
                                },
                            )
                            rec["shown"].add(", ".join(v.speakers))
                            rec["seeds"].append(seed)
            cells.append(cell)
    for size in args.sizes:
        if all((size, o) in seed0 for o in ORDERS):
            a, b = seed0[(size, "before")], seed0[(size, "after")]
            order_diff[size] = sum(
                x.signature() != y.signature()
                for name in a
                for x, y in zip(a[name], b[name], strict=True)
            )

    timings: dict[str, Any] = {}
    big = max(args.sizes)
    if not args.no_timing:
        base = tmp / f"grown-{big}-{args.orders[0]}"
        timings["kb_check_wall_s"] = kb_check_wall(base)
        dest = tmp / "timing.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.attribution",
                "--timing-worker",
                str(base),
                "--dest",
                str(dest),
            ],
            check=True,
            cwd=REPO,
            # Load, validate and index only: the semantic stage's embedding of the base is its
            # own cost (bench/SEMANTIC.md), and Service.from_dir would wait for it.
            env=dict(os.environ, SEMANTIC="off"),
        )
        timings |= json.loads(dest.read_text(encoding="utf-8"))
        timings["size"] = big

    report = render(
        args,
        cells,
        list(misattributions.values()),
        order_diff,
        timings,
        time.perf_counter() - started,
    )
    print(report)
    if not args.no_write:  # only the generated section: the hand-written notes stay
        update_section(OUT, "bench.attribution", report.split("\n", 1)[1], TITLE)
    if args.workdir is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _machine() -> str:
    return (
        f"{os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        )
        return out.stdout.strip() or "?"
    except OSError:
        return "?"


def render(
    args: argparse.Namespace,
    cells: list[Cell],
    mis: list[dict[str, Any]],
    order_diff: dict[int, int],
    timings: dict[str, Any],
    elapsed: float,
) -> str:
    cmd = "python -m bench.attribution " + " ".join(
        [
            f"--sizes {' '.join(map(str, args.sizes))}",
            f"--seeds {' '.join(map(str, args.seeds))}",
            f"--orders {' '.join(args.orders)}",
            f"--gen-seed {args.gen_seed}",
        ]
    )
    lines = [
        "# Attribution on bases grown with look-alike people",
        "",
        f"Run {dt.date.today().isoformat()} on commit {_commit()}, machine: {_machine()}; "
        f"{elapsed:.0f} s in all.",
        "",
        "```sh",
        cmd,
        "```",
        "",
        "Grown base = the real `knowledge/` + N look-alike people from `bench/adversarial.py` "
        "(a fixed core of namesakes and near surnames, the rest generated from the same "
        "countries, each with 1-2 quotes on the real quotes' topics). *Order*: the extra YAML "
        "is read `before` (`00-grown.yaml`) or `after` (`zz-grown.yaml`) the real files. Each "
        "seed is a separate process with that `PYTHONHASHSEED`. Questions: dev "
        "(`tests/data/questions.yaml`), held-out (`tests/data/heldout.yaml`) and adversarial "
        "(`tests/data/adversarial_questions.yaml`).",
        "",
        "Columns (counts for the first seed, except *unstable*): *misattr.* answers showing "
        "a quote, attributed figure or person card of someone not acceptable; *several*: "
        'acceptable "several people fit" answers; *lost*: dev/held-out questions answered '
        "right on the real base and not answered on the grown one; *unstable*: questions whose "
        "answer (kind, entries, speakers, suggestions) differs between the seeds.",
        "",
        "| size | order | questions | misattr. | several | lost | unstable |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for c in cells:
        lines.append(
            f"| {c.size} | {c.order} | {c.asked} | {c.misattributions} | {c.several} | "
            f"{c.lost} | {c.unstable} |"
        )
    if order_diff:
        lines += [
            "",
            "Answers that differ between the two file orders (first seed, all three sets): "
            + ", ".join(f"{n} at size {s}" for s, n in order_diff.items())
            + ".",
        ]
    if timings:
        kc = timings["kb_check_wall_s"]
        lines += [
            "",
            f"## Loading the {timings['size']}-person base",
            "",
            "| step | seconds |",
            "| --- | ---: |",
            f"| `summitbot kb check --knowledge DIR` (wall, process start to exit; median of "
            f"{len(kc)}) | {statistics.median(kc):.2f} |",
            f"| `Service.from_dir` (load + validate + index, in process, `SEMANTIC=off`) | "
            f"{timings['service_from_dir_s']:.2f} |",
            f"| of which `bot.loader.load` (parse + validate) | {timings['load_s']:.2f} |",
            f"| of which `bot.index.build` | {timings['build_s']:.2f} |",
            f"| YAML parse only, the loader's `_parse_yaml` (libyaml parser when available, "
            f"line numbers, duplicate keys), best of 3 | {timings['yaml_lineloader_s']:.2f} |",
            f"| YAML parse only, `yaml.load(Loader=yaml.SafeLoader)`, best of 3 | "
            f"{timings['yaml_safeloader_s']:.2f} |",
            f"| YAML parse only, `yaml.load(Loader=yaml.CSafeLoader)`, best of 3 | "
            f"{timings['yaml_csafeloader_s']:.2f} |",
        ]
    unstable = [(c, q) for c in cells for q in c.unstable_questions]
    if unstable:
        lines += ["", "Questions whose answer changes with `PYTHONHASHSEED`:", ""]
        lines += [f"* size {c.size}, order {c.order}: {q}" for c, q in unstable]
    groups: dict[tuple[str, str, str, str], list[str]] = {}
    for m in mis:
        key = (m["set"], m["q"], str(m["expected"]), "; ".join(sorted(m["shown"])))
        seeds = ",".join(map(str, sorted(set(m["seeds"]))))
        groups.setdefault(key, []).append(f"{m['size']}/{m['order']} (seeds {seeds})")
    lines += [
        "",
        f"## Misattributions: {len(groups)} distinct, {len(mis)} question × size × order",
        "",
        "*Where*: size/order (the seeds it happened with). *Shown*: the people whose words or "
        "card the answer showed.",
        "",
    ]
    if groups:
        lines += [
            "| set | question | acceptable | shown | where |",
            "| --- | --- | --- | --- | --- |",
        ]
        for (name, q, want, shown), where in sorted(groups.items()):
            lines.append(f"| {name} | {q} | {want} | {shown} | {'; '.join(where)} |")
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
