"""Curator reports shared by the CLI (``summitbot kb gaps|feedback|stats``) and Telegram
(``/gaps``, ``/feedback``, ``/reload``).

Everything returns plain text: the CLI prints it, the Telegram side ``html.escape``-s it. Texts
typed by users are already stripped of control characters by :mod:`bot.store` and are shortened
here, so a report stays well under Telegram's 4096-character limit at the default limits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.loader import Problem
from bot.model import KnowledgeBase

if TYPE_CHECKING:  # types only: `kb check` should not import the store, the index and numpy
    from bot.gaps import Gap
    from bot.store import FeedbackRow

#: How much of an example question a report shows.
EXAMPLE_CHARS = 120

_GAPS: dict[str, dict[str, str]] = {
    "en": {
        "all": "all time",
        "since": "last {days} days",
        "since1": "last 1 day",
        "head": "Unanswered questions ({period}), most frequent first:",
        "empty": "No unanswered questions ({period}).",
        "line": "refused {refused}, low confidence {low} · {lang} · last {last} · "
        "best candidate: {best}",
        "variants": " · {n} wordings",
        "none": "none",
    },
    "ru": {
        "all": "за всё время",
        "since": "за {days} дн.",
        "since1": "за 1 день",
        "head": "Вопросы без ответа ({period}), самые частые сначала:",
        "empty": "Вопросов без ответа нет ({period}).",
        "line": "отказ {refused}, неуверенный ответ {low} · {lang} · последний {last} · "
        "лучший кандидат: {best}",
        "variants": " · формулировок: {n}",
        "none": "нет",
    },
}

_FEEDBACK: dict[str, dict[str, str]] = {
    "en": {
        "head": "Feedback, highest 👎 share first:",
        "empty": "No feedback yet.",
        "line": "{i}. {entry}: {share}% 👎 (👎 {down}, 👍 {up})",
        "more": "… and {n} more",
    },
    "ru": {
        "head": "Оценки ответов, сначала с наибольшей долей 👎:",
        "empty": "Оценок пока нет.",
        "line": "{i}. {entry}: {share}% 👎 (👎 {down}, 👍 {up})",
        "more": "… и ещё {n}",
    },
}


def _short(text: str, limit: int = EXAMPLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_time(when: dt.datetime) -> str:
    """``2025-06-20 14:03 UTC``."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def period(since_days: float | None, lang: str = "en") -> str:
    m = _GAPS.get(lang, _GAPS["en"])
    if since_days is None:
        return m["all"]
    if since_days == 1:
        return m["since1"]
    return m["since"].format(days=f"{since_days:g}")


def format_gaps(gaps: Sequence[Gap], lang: str = "en", *, since_days: float | None = None) -> str:
    """The ``kb gaps`` / ``/gaps`` report (``lang``: the report's language, en or ru)."""
    m = _GAPS.get(lang, _GAPS["en"])
    when = period(since_days, lang)
    if not gaps:
        return m["empty"].format(period=when)
    lines = [m["head"].format(period=when)]
    for i, g in enumerate(gaps, 1):
        lines.append(f"{i}. {g.count}× “{_short(g.example)}”")
        detail = m["line"].format(
            refused=g.refused,
            low=g.low_confidence,
            lang=g.lang,
            last=format_time(g.last_seen),
            best=g.best_candidate or m["none"],
        )
        if g.variants > 1:
            detail += m["variants"].format(n=g.variants)
        lines.append(f"   {detail}")
    return "\n".join(lines)


def format_feedback(
    rows: Sequence[FeedbackRow], lang: str = "en", *, limit: int | None = None
) -> str:
    """The ``kb feedback`` / ``/feedback`` report: entries by 👎 share, with both counts.
    ``limit`` keeps the first rows and says how many more there are (for chat messages)."""
    m = _FEEDBACK.get(lang, _FEEDBACK["en"])
    if not rows:
        return m["empty"]
    lines = [m["head"]]
    shown = rows if limit is None else rows[:limit]
    for i, r in enumerate(shown, 1):
        share = round(100 * r.down_share)
        lines.append(m["line"].format(i=i, entry=r.entry_id, share=share, down=r.down, up=r.up))
    if len(rows) > len(shown):
        lines.append(m["more"].format(n=len(rows) - len(shown)))
    return "\n".join(lines)


def format_warnings(warnings: Sequence[Problem]) -> str:
    """The warnings block ``kb check`` prints after its verdict (empty when there are none):
    things to look at that do not stop the base from loading."""
    if not warnings:
        return ""
    lines = [f"{len(warnings)} warning(s):", *(f"  {w}" for w in warnings)]
    return "\n".join(lines) + "\n"


def format_reload(problems: Sequence[Problem], version: str, *, limit: int = 30) -> str:
    """What ``/reload`` replies and SIGHUP logs. ``version``: the version now being served
    (``service.snapshot.kb_version`` after :meth:`bot.service.Service.reload`)."""
    if not problems:
        return f"Knowledge base reloaded: now serving version {version}."
    lines = [
        f"Reload refused: the knowledge base has {len(problems)} problem(s); "
        f"still serving version {version}."
    ]
    lines += [f"  {p}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"  … and {len(problems) - limit} more (run `summitbot kb check`)")
    return "\n".join(lines)


# --- knowledge-base statistics -------------------------------------------------------------


@dataclass(frozen=True)
class TypeCount:
    """Records of one type, and how many can be answered in each language."""

    type: str
    total: int
    english: int
    #: People, events: name_ru; facts: answer_ru; quotes: questions_ru; sources: articles in ru.
    russian: int
    #: Events, quotes, facts with Russian alternate questions (None: the type has none).
    russian_questions: int | None


@dataclass(frozen=True)
class Stats:
    version: str
    counts: tuple[TypeCount, ...]
    #: (id, name) of people nobody quotes.
    people_without_quotes: tuple[tuple[str, str], ...]
    #: Ids of quotes with no alternate (English) questions.
    quotes_without_questions: tuple[str, ...]
    #: Ids of facts with no source (the loader requires one, so normally empty).
    facts_without_sources: tuple[str, ...]


def kb_stats(kb: KnowledgeBase) -> Stats:
    source_langs = Counter(s.language for s in kb.sources.values())
    counts = (
        TypeCount(
            "sources",
            len(kb.sources),
            source_langs.get("en", 0),
            source_langs.get("ru", 0),
            None,
        ),
        TypeCount(
            "people",
            len(kb.people),
            len(kb.people),
            sum(1 for p in kb.people.values() if p.name_ru),
            None,
        ),
        TypeCount(
            "events",
            len(kb.events),
            len(kb.events),
            sum(1 for e in kb.events.values() if e.name_ru),
            sum(1 for e in kb.events.values() if e.questions_ru),
        ),
        TypeCount(
            "quotes",
            len(kb.quotes),
            len(kb.quotes),
            sum(1 for q in kb.quotes.values() if q.questions_ru),
            sum(1 for q in kb.quotes.values() if q.questions_ru),
        ),
        TypeCount(
            "facts",
            len(kb.facts),
            len(kb.facts),
            sum(1 for f in kb.facts.values() if f.answer_ru),
            sum(1 for f in kb.facts.values() if f.questions_ru),
        ),
    )
    quoted = {q.speaker for q in kb.quotes.values()}
    return Stats(
        version=kb.version,
        counts=counts,
        people_without_quotes=tuple(
            (p.id, p.name) for p in kb.people.values() if p.id not in quoted
        ),
        quotes_without_questions=tuple(q.id for q in kb.quotes.values() if not q.questions),
        facts_without_sources=tuple(f.id for f in kb.facts.values() if not f.sources),
    )


def _list(title: str, items: Sequence[str]) -> list[str]:
    if not items:
        return [f"{title}: none"]
    return [f"{title} ({len(items)}):", *(f"  {item}" for item in items)]


def format_stats(stats: Stats) -> str:
    """The ``kb stats`` report (English; the curator's tool)."""
    lines = [
        f"Knowledge base version {stats.version}",
        f"{'type':<8} {'total':>5} {'English':>7} {'Russian':>7} {'Russian questions':>17}",
    ]
    for c in stats.counts:
        rq = "-" if c.russian_questions is None else str(c.russian_questions)
        lines.append(f"{c.type:<8} {c.total:>5} {c.english:>7} {c.russian:>7} {rq:>17}")
    lines.append(
        "(sources: language of the article; people, events: Russian name; facts: Russian "
        "answer; quotes: Russian questions)"
    )
    lines += _list(
        "People without quotes", [f"{pid} ({name})" for pid, name in stats.people_without_quotes]
    )
    lines += _list("Quotes without alternate questions", stats.quotes_without_questions)
    lines += _list("Facts without sources", stats.facts_without_sources)
    return "\n".join(lines)
