"""The 1,000-distractor scale case, as a correctness test (timing lives in ``bench.scale``).

The real ``knowledge/`` is copied to a temporary directory, 1,000 synthetic distractors
(``bench.synth``) are written beside it as YAML plus a source text, and the whole directory goes
through the real loader, which must validate it (references, verbatim quotes). Every dev question
must then get the same answer ``(kind, entries)`` as on the real base alone.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.synth import generate, merged_kb, write_yaml
from bot.answer import Composer, answer
from bot.evaluate import load_items
from bot.index import build
from bot.loader import load
from bot.model import KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
QUESTIONS = REPO / "tests" / "data" / "questions.yaml"
N = 1000


@pytest.fixture(scope="module")
def real() -> KnowledgeBase:
    return load(KNOWLEDGE)


@pytest.fixture(scope="module")
def with_distractors(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    root = tmp_path_factory.mktemp("scale") / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    write_yaml(root, N, seed=0)
    return load(root)  # raises KnowledgeError if the distractors do not validate


def test_distractors_load_and_validate(
    real: KnowledgeBase, with_distractors: KnowledgeBase
) -> None:
    added = sum(with_distractors.counts().values()) - sum(real.counts().values())
    assert added == N + 1  # the distractor records plus their one synthetic source
    for table in ("people", "quotes", "facts", "events"):
        assert set(getattr(real, table)) <= set(getattr(with_distractors, table))


def test_yaml_and_memory_paths_agree(real: KnowledgeBase, with_distractors: KnowledgeBase) -> None:
    """``write_yaml`` (loader path) and ``merged_kb`` (benchmarks) hold the same records."""
    merged = merged_kb(real, N, seed=0)
    for table in ("sources", "people", "events", "quotes", "facts"):
        assert getattr(merged, table) == getattr(with_distractors, table), table


def test_generator_is_deterministic_and_keeps_off_real_people(real: KnowledgeBase) -> None:
    a, b = generate(real, 200, seed=3), generate(real, 200, seed=3)
    assert (a.people, a.quotes, a.facts, a.events) == (b.people, b.quotes, b.facts, b.events)
    assert a.count == 200
    real_names = {p.name for p in real.people.values()} | {
        alias for p in real.people.values() for alias in p.aliases
    }
    assert not real_names & {p.name for p in a.people}
    real_texts = {q.text for q in real.quotes.values()}
    assert not real_texts & {q.text for q in a.quotes}
    assert all("china–central asia summit" not in e.name.casefold() for e in a.events)


#: Answers the distractors used to move (pinned by a strict xfail until fixed): "is russia a
#: member …" (refused on the real base, answered at 1,000 distractors; fixed when "russia" became
#: a name, bot/names.py COMMON_WORD_PLACES) and "с точки зрения Сафарова договор стал
#: результатом чего" (Safarov's two treaty quotes; no longer moves either — the xfail covered
#: both at once, so which change settled it is not recorded). Every
#: dev question now keeps its answer; the set stays empty unless a new threshold case is pinned.
KNOWN_CHANGES: frozenset[str] = frozenset()


def _changed(
    real: KnowledgeBase, with_distractors: KnowledgeBase, questions: frozenset[str] | None
) -> list[str]:
    items = [it for it in load_items(QUESTIONS) if questions is None or it.q in questions]
    ref_index = build(real)
    ref_comp = Composer(ref_index)
    index = build(with_distractors)
    comp = Composer(index)
    changed = []
    for it in items:
        before = answer(ref_index, it.q, ref_comp)
        after = answer(index, it.q, comp)
        if (before.kind, before.entries) != (after.kind, after.entries):
            changed.append(
                f"{it.q!r}: {before.kind} {list(before.entries)} -> "
                f"{after.kind} {list(after.entries)} (score {before.score:.3f} -> "
                f"{after.score:.3f})"
            )
    return changed


def test_real_questions_keep_their_answers(
    real: KnowledgeBase, with_distractors: KnowledgeBase
) -> None:
    changed = [
        c for c in _changed(real, with_distractors, None) if c.split("'")[1] not in KNOWN_CHANGES
    ]
    assert not changed, (
        f"{len(changed)} dev questions changed answer with {N} distractors:\n" + "\n".join(changed)
    )


@pytest.mark.parametrize(
    ("numpy_postings", "distinct_share", "search_max"),
    [(0, 0.0, 0), (0, 10.0**9, 0), (10**9, 0.0, 10**9)],
    ids=["full-table sums, marks", "distinct-id sums", "loop, binary searches"],
)
def test_the_large_base_code_paths_score_exactly_like_the_small_ones(
    with_distractors: KnowledgeBase,
    monkeypatch: pytest.MonkeyPatch,
    numpy_postings: int,
    distinct_share: float,
    search_max: int,
) -> None:
    """The matcher switches strategy with the size of the posting lists (a loop up to
    NUMPY_POSTINGS, sums over the distinct ids up to DISTINCT_POSTINGS_SHARE of the phrases, over
    the whole phrase table beyond; marks instead of binary searches beyond SEARCH_MAX found
    phrases). Forced to one strategy or another, every dev question must get exactly the same
    scores as with the thresholds as shipped."""
    from bot import matcher, tuning

    index = build(with_distractors)
    items = load_items(QUESTIONS)
    shipped = [matcher.score_entries(index, matcher.parse(index, it.q).terms) for it in items]
    monkeypatch.setattr(tuning, "NUMPY_POSTINGS", numpy_postings)
    monkeypatch.setattr(tuning, "DISTINCT_POSTINGS_SHARE", distinct_share)
    monkeypatch.setattr(tuning, "SEARCH_MAX", search_max)
    forced = [matcher.score_entries(index, matcher.parse(index, it.q).terms) for it in items]
    assert forced == shipped
