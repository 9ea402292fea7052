"""The same question gets the same answer in every process, whatever its hash seed.

Python randomises the iteration order of sets and frozensets of strings per process
(``PYTHONHASHSEED``). An answer that depends on that order differs between two bot processes,
or between a test run and production: a tie between two speakers once went to whichever came
first in a set, so a long message naming a minister and a Tajik expert was answered with
Safarov's quotes under some seeds and with Nagaspayev's (a misattribution) under others.

Every question of the development and held-out sets, and a few long messages naming several
people, is asked in one ``python -m bot ask --json`` process per seed (run side by side); the
kind, entries, speakers, suggestions, score and text must be identical under every seed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SETS = (REPO / "tests" / "data" / "questions.yaml", REPO / "tests" / "data" / "heldout.yaml")
SEEDS = ("0", "1", "2", "3", "4", "7")
#: The issue's reproduction: Nagaspayev's quote (score 1.0) under some seeds, Safarov's under
#: others. "China respects every partner" are Safarov's words.
TWO_ROLES = (
    "There was a minister from Kazakhstan and also an expert from Tajikistan quoted in that "
    "long article about the summit, the treaty, the projects and everything else, so who said "
    "that China respects every partner?"
)
SEVERAL_PEOPLE = (
    TWO_ROLES,
    "a minister from kazakhstan and an expert from tajikistan spoke, who said that china "
    "respects every partner",
    "there was a minister and an expert from Tajikistan at the Astana summit in Kazakhstan, "
    "who said that China respects every partner",
    "I was reading a long article where a minister of industry and an expert from Tajikistan "
    "gave interviews about cooperation, trade and the new treaty, and I would really like to "
    "know who said that China respects every partner",
)
FIELDS = ("kind", "answered", "entries", "speakers", "suggestions", "score", "text")


def _questions() -> list[str]:
    out: list[str] = []
    for path in SETS:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append(" ".join(str(item["q"]).split()))  # one line each
    return [*out, *SEVERAL_PEOPLE]


@pytest.fixture(scope="module")
def answers() -> dict[str, list[dict[str, Any]]]:
    """Seed -> the JSON answers, one per question, from one process per seed."""
    stdin = "\n".join(_questions()) + "\n"
    procs = {}
    for seed in SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        procs[seed] = subprocess.Popen(
            [sys.executable, "-m", "bot", "ask", "--json", "--knowledge", str(REPO / "knowledge")],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
    out = {}
    for seed, proc in procs.items():
        stdout, stderr = proc.communicate(stdin, timeout=120)
        assert proc.returncode == 0, stderr
        out[seed] = [json.loads(line) for line in stdout.splitlines()]
    return out


def test_every_answer_is_the_same_under_every_hash_seed(
    answers: dict[str, list[dict[str, Any]]],
) -> None:
    questions = _questions()
    first = answers[SEEDS[0]]
    assert [a["question"] for a in first] == questions
    for seed in SEEDS[1:]:
        assert len(answers[seed]) == len(questions)
        differ = [
            (q, {f: (a[f], b[f]) for f in FIELDS if a[f] != b[f]})
            for q, a, b in zip(questions, first, answers[seed], strict=True)
            if any(a[f] != b[f] for f in FIELDS)
        ]
        assert differ == [], f"seed {SEEDS[0]} vs {seed}: {differ[:5]}"


@pytest.mark.parametrize("question", SEVERAL_PEOPLE)
def test_a_message_naming_two_people_is_never_misattributed(
    answers: dict[str, list[dict[str, Any]]], question: str
) -> None:
    """Whatever the seed: only Safarov's words (his are the words asked about) or none."""
    i = _questions().index(question)
    for seed in SEEDS:
        a = answers[seed][i]
        assert set(a["speakers"]) <= {"saifullo-safarov"}, (seed, a["kind"], a["entries"])
