"""Score answers against a labelled question set (tests and benchmarks share this).

Each item has ``q``, ``expect`` (an entry id, a list of acceptable ids, or ``none``) and
optionally ``speaker`` (the person whose words may be shown, or ``none`` when no quote may be
shown at all). A *misattribution* is any answer that shows a quote, or an attributed figure,
under a speaker other than the expected one: the one error the product must never make.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.model import Fact, KnowledgeBase, Person, Quote


@dataclass(frozen=True)
class Item:
    q: str
    expect: tuple[str, ...]  # empty = must refuse
    speaker: str | None  # "none" = no quote may be shown; None = not checked
    lang: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Prediction:
    """What a method answered: the entry it shows (or None for a refusal) and the speakers."""

    entry: str | None
    speakers: tuple[str, ...] = ()


@dataclass
class Report:
    answerable: int = 0
    correct: int = 0
    refusable: int = 0
    abstained: int = 0
    misattributions: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.answerable if self.answerable else 1.0

    @property
    def abstention(self) -> float:
        return self.abstained / self.refusable if self.refusable else 1.0

    def summary(self) -> str:
        return (
            f"accuracy {self.correct}/{self.answerable} ({self.accuracy:.1%}), "
            f"abstention {self.abstained}/{self.refusable} ({self.abstention:.1%}), "
            f"misattributions {self.misattributions}"
        )


def load_items(path: Path) -> list[Item]:
    raw: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = []
    for r in raw:
        exp = r.get("expect")
        expect: tuple[str, ...]
        if exp in (None, "none"):
            expect = ()
        elif isinstance(exp, list):
            expect = tuple(str(x) for x in exp)
        else:
            expect = (str(exp),)
        spk = r.get("speaker")
        items.append(
            Item(
                str(r["q"]),
                expect,
                None if spk is None else str(spk),
                str(r.get("lang", "en")),
                tuple(r.get("tags", ())),
            )
        )
    return items


def speakers_of(kb: KnowledgeBase, entry: str | None) -> tuple[str, ...]:
    """The people whose words an entry shows (quotes and attributed facts)."""
    rec = kb.record(entry) if entry else None
    if isinstance(rec, Quote):
        return (rec.speaker,)
    if isinstance(rec, Fact) and rec.speaker:
        return (rec.speaker,)
    return ()


def expected_speaker(kb: KnowledgeBase, item: Item) -> str | None:
    if item.speaker is not None:
        return item.speaker
    for e in item.expect:
        rec = kb.record(e)
        if isinstance(rec, Quote):
            return rec.speaker
        if isinstance(rec, Person):
            return rec.id
    return None


def evaluate(
    kb: KnowledgeBase, items: Iterable[Item], predict: Callable[[str], Prediction]
) -> Report:
    report = Report()
    for item in items:
        pred = predict(item.q)
        want_speaker = expected_speaker(kb, item)
        shown = pred.speakers
        if want_speaker is not None and any(s != want_speaker for s in shown):
            report.misattributions += 1
            report.failures.append(
                f"MISATTRIBUTION {item.q!r}: showed {shown}, expected {want_speaker} ({pred.entry})"
            )
        if item.expect:
            report.answerable += 1
            if pred.entry in item.expect:
                report.correct += 1
            else:
                report.failures.append(f"WRONG {item.q!r}: got {pred.entry}, want {item.expect}")
        else:
            report.refusable += 1
            if pred.entry is None:
                report.abstained += 1
            else:
                report.failures.append(f"NOT REFUSED {item.q!r}: got {pred.entry}")
    return report
