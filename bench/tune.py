"""What each number in :mod:`bot.tuning` is worth: neutralise one at a time, score both sets.

``python -m bench.tune [NAME ...]``

For every number (or only those named), the value is replaced by its neutral one (a factor by 1,
a margin or threshold by 0, a cap by "no cap"), a fresh index is built, and the development set
and the held-out set are scored with :func:`bot.evaluate.evaluate` through
:meth:`bot.service.Service.ask`, the path every front end uses. One line per number:
total correct (answered correctly + abstained correctly) and misattributions, against the
baseline. These are the figures quoted in ``bot/tuning.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot import tuning
from bot.evaluate import Prediction, Report, evaluate, load_items
from bot.service import Service

REPO = Path(__file__).resolve().parents[1]
SETS = {
    "dev": REPO / "tests" / "data" / "questions.yaml",
    "held-out": REPO / "tests" / "data" / "heldout.yaml",
}
INF = 10**9

#: Each number's neutral value(s): what "without it" means for that number.
NEUTRAL: dict[str, tuple[Any, ...]] = {
    "ANSWER_THRESHOLD": (0.0,),
    "SUGGEST_THRESHOLD": (0.0,),
    "VAGUE_MASS": (0.0,),
    "PRECISION_BASE": (1.0,),
    "BAG_WEIGHT": (1.0, 0.0),
    "UNKNOWN_IDF_FACTOR": (1.0,),
    "UNKNOWN_WORD_WEIGHT": (1.0,),
    "UNKNOWN_NUMBER_WEIGHT": (1.0,),
    "WHEN_BOOST": ({"event": 1.0, "fact": 1.0, "quote": 1.0, "person": 1.0},),
    "DATED_FACT_BOOST": (0.9,),
    "FACT_NUDGE": (1.0,),
    "DEFINE_BOOST": ({"event": 1.0, "fact": 1.0, "quote": 1.0, "person": 1.0},),
    "SPEAKER_MARGIN": (0.0,),
    "CORRECTION_MARGIN": (0.0,),
    "CORRECTION_MIN": (0.0,),
    "UNKNOWN_CORRECTION_MIN": (0.0,),
    "UNKNOWN_CORRECTION_WORDS": (0,),
    "NAME_SIMILARITY": (0.0, 100.0),
    "MAX_COUNTRY_PEOPLE": (INF,),
    "TYPO_SIMILARITY": (0.0, 100.0),
    "MIN_REPAIR_LEN": (0, INF),
    "SHORT_WORD": (4, 5),
    "FUZZY_SHORTLIST": (INF,),
    "TOP_K": (INF,),
    "TOP_PHRASES": (INF,),
    "PHRASE_FLOOR": (0.0,),
}


def score() -> dict[str, Report]:
    """Both sets through a freshly built service (numbers used at build time apply too)."""
    service = Service.from_dir()
    kb = service.snapshot.index.kb

    def predict(q: str) -> Prediction:
        a = service.ask(q)
        return Prediction(a.entries[0] if a.answered and a.entries else None, a.speakers)

    return {name: evaluate(kb, load_items(path), predict) for name, path in SETS.items()}


def _total(r: Report) -> int:
    return r.correct + r.abstained


def _line(base: dict[str, Report], now: dict[str, Report]) -> str:
    parts = []
    for name in SETS:
        b, n = base[name], now[name]
        part = f"{name} {_total(b)}→{_total(n)}"
        if n.misattributions != b.misattributions:
            part += f" (misattributions {b.misattributions}→{n.misattributions})"
        parts.append(part)
    return ", ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.tune", description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="numbers to neutralise (default: all)")
    args = ap.parse_args(argv)
    unknown = [n for n in args.names if n not in NEUTRAL]
    if unknown:
        ap.error(f"unknown numbers: {', '.join(unknown)}")
    base = score()
    sizes = {name: r.answerable + r.refusable for name, r in base.items()}
    print(
        "baseline: "
        + ", ".join(
            f"{n} {_total(r)}/{sizes[n]} (misattributions {r.misattributions})"
            for n, r in base.items()
        )
    )
    for name in args.names or NEUTRAL:
        original = getattr(tuning, name)
        for value in NEUTRAL[name]:
            setattr(tuning, name, value)
            try:
                print(f"{name} {original!r} → {value!r}: {_line(base, score())}", flush=True)
            finally:
                setattr(tuning, name, original)
    return 0


if __name__ == "__main__":
    sys.exit(main())
