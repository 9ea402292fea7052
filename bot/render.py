"""Renderers: an :class:`~bot.answer.Answer` to plain text or to Telegram HTML.

Escaping happens here and only here, at the point of rendering: every string, whether it came
from the user or from the knowledge base, goes through :func:`html.escape`. Telegram rejects a
message over 4,096 characters (counted after entity parsing), so the HTML renderer drops whole
trailing blocks, never a speaker or a source in the middle of a quote, and marks the cut.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Any

from bot.answer import Answer, Block, SourceRef, format_date

TELEGRAM_LIMIT = 4096
#: Headroom for the cut marker and Telegram's UTF-16 counting of astral characters.
_BUDGET = TELEGRAM_LIMIT - 96
_SOURCE_LABEL = {"en": "Source", "ru": "Источник"}
_CUT = {"en": "(answer shortened)", "ru": "(ответ сокращён)"}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _source_text(s: SourceRef, lang: str) -> str:
    label = _SOURCE_LABEL.get(lang, "Source")
    return f"{label}: {s.outlet}, {format_date(s.published, lang)}, “{s.title}”\n{s.url}"


def _source_html(s: SourceRef, lang: str) -> str:
    label = _SOURCE_LABEL.get(lang, "Source")
    return (
        f'{label}: <a href="{_e(s.url)}">{_e(s.outlet)}, {format_date(s.published, lang)}</a>'
        f" — {_e(s.title)}"
    )


def block_text(b: Block, lang: str) -> str:
    if b.kind == "quote":
        head = f"{b.speaker}, {b.role}:"
        if b.label:
            head += f"\n{b.label}"
        return f"{head}\n“{b.text}”"
    if b.kind == "paraphrase":
        return f"{b.text}\n({b.label})" if b.label else b.text
    if b.kind == "source" and b.source is not None:
        return _source_text(b.source, lang)
    if b.kind == "list":
        return "\n".join(f"• {item}" for item in b.items)
    return b.text


def _bold_first(text: str, name: str) -> str:
    """Escape ``text`` with the first occurrence of ``name`` in bold.

    The split happens on the raw text, before escaping, so a name can never land inside an
    entity ("&amp;" for a speaker called "amp").
    """
    i = text.find(name) if name else -1
    if i < 0:
        return _e(text)
    return f"{_e(text[:i])}<b>{_e(name)}</b>{_e(text[i + len(name) :])}"


def block_html(b: Block, lang: str) -> str:
    if b.kind == "quote":
        head = f"<b>{_e(b.speaker)}</b>, {_e(b.role)}:"
        if b.label:
            head += f"\n<i>{_e(b.label)}</i>"
        return f"{head}\n<blockquote>{_e(b.text)}</blockquote>"
    if b.kind == "paraphrase":
        text = _bold_first(b.text, b.speaker)
        return f"{text}\n<i>{_e(b.label)}</i>" if b.label else text
    if b.kind == "person":
        if b.speaker and b.speaker in b.text:
            return _bold_first(b.text, b.speaker)
        if b.speaker:
            return f"<b>{_e(b.speaker)}</b>: {_e(b.text)}"
        return _e(b.text)
    if b.kind == "source" and b.source is not None:
        return _source_html(b.source, lang)
    if b.kind == "list":
        return "\n".join(f"• {_e(item)}" for item in b.items)
    return _e(b.text)


def _cut(text: str, room: int) -> str:
    return text if len(text) <= room else text[: max(room - 1, 0)] + "…"


def _shrunk_html(b: Block, lang: str, budget: int) -> str:
    """A block too big for one message, with each part cut so the whole fits ``budget``."""
    share = max(budget // 8, 40)
    src = b.source
    if src is not None:
        src = replace(
            src,
            title=_cut(src.title, share),
            outlet=_cut(src.outlet, share),
            url=src.url if len(src.url) <= share * 2 else src.url[: share * 2],
        )
    items = tuple(_cut(i, share) for i in b.items[:20])
    fixed = replace(
        b,
        speaker=_cut(b.speaker, share),
        role=_cut(b.role, share),
        label=_cut(b.label, share),
        items=items,
        source=src,
        text="",
    )
    room = budget - visible_length(block_html(fixed, lang)) - 8
    piece = block_html(replace(fixed, text=_cut(b.text, max(room, 0))), lang)
    if visible_length(piece) > budget:  # still too big (a pathological list): plain and cut
        piece = _e(_cut(block_text(b, lang), budget))
    return piece


def to_text(answer: Answer) -> str:
    parts = []
    for b in answer.blocks:
        if b.kind == "person" and b.speaker and b.speaker not in b.text:
            parts.append(f"{b.speaker}: {b.text}")
        else:
            parts.append(block_text(b, answer.lang))
    return "\n\n".join(p for p in parts if p)


def visible_length(rendered_html: str) -> int:
    """Characters Telegram counts after parsing entities (tags removed, entities decoded)."""
    return len(html.unescape(re.sub(r"<[^>]+>", "", rendered_html)))


def to_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> str:
    """Telegram HTML (parse_mode=HTML), always valid and within ``limit`` visible characters."""
    budget = min(limit, TELEGRAM_LIMIT) - 96
    out: list[str] = []
    used = 0
    for b in answer.blocks:
        piece = block_html(b, answer.lang)
        size = visible_length(piece) + 2
        if used + size > budget:
            if not out:  # a single huge block: shorten every part of it, keep it valid
                out.append(_shrunk_html(b, answer.lang, budget))
            out.append(f"<i>{_e(_CUT.get(answer.lang, _CUT['en']))}</i>")
            break
        out.append(piece)
        used += size
    return "\n\n".join(out)


__all__ = ["TELEGRAM_LIMIT", "to_html", "to_text", "visible_length"]


def to_json(a: Answer) -> dict[str, Any]:
    """The answer as the JSON object of ``summitbot ask --json`` (its ``text`` is the plain-text
    rendering, so integrators show exactly what the terminal shows)."""
    return {
        "question": a.question,
        "answered": a.answered,
        "kind": a.kind,
        "lang": a.lang,
        "text": to_text(a),
        "sources": [s.to_json() for s in a.sources],
        "score": round(a.score, 4),
        "entries": list(a.entries),
        "speakers": list(a.speakers),
        "suggestions": [{"id": s.id, "label": s.label} for s in a.suggestions],
        "method": a.method,
    }
