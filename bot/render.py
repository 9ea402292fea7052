"""Renderers: an :class:`~bot.answer.Answer` to plain text or to Telegram HTML.

Escaping happens here and only here, at the point of rendering: every string, whether it came
from the user or from the knowledge base, goes through :func:`html.escape`. Telegram rejects a
message over 4,096 characters (counted after entity parsing), so the HTML renderer drops whole
trailing blocks, never a speaker or a source in the middle of a quote, and marks the cut.

Telegram counts every length limit in UTF-16 code units, not in code points: an emoji or any
other character beyond the Basic Multilingual Plane counts 2. :func:`utf16_len` measures the
way Telegram does and :func:`cut_utf16` shortens to a number of those units without ever
splitting a character (a surrogate pair) in two.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Any

from bot.answer import Answer, Block, SourceRef, format_date

#: Telegram's limit on a message's text after entity parsing, in UTF-16 code units.
TELEGRAM_LIMIT = 4096
#: Headroom under the limit for the cut marker and the blank lines between blocks.
_HEADROOM = 96
_SOURCE_LABEL = {"en": "Source", "ru": "Источник"}
_CUT = {"en": "(answer shortened)", "ru": "(ответ сокращён)"}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def utf16_len(text: str) -> int:
    """The length of ``text`` as Telegram counts it: UTF-16 code units (an astral character
    such as 😀 counts 2). A lone surrogate (possible in a str decoded from JSON) counts 1
    instead of raising."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def cut_utf16(text: str, limit: int, ellipsis: str = "…") -> str:
    """``text`` if it is within ``limit`` UTF-16 units, else its start followed by
    ``ellipsis``, the whole within ``limit`` units. The cut falls between characters, so a
    surrogate pair is never split."""
    if utf16_len(text) <= limit:
        return text
    room = limit - utf16_len(ellipsis)
    if room < 0:
        return ""
    used = 0
    end = 0
    for ch in text:
        units = 2 if ord(ch) > 0xFFFF else 1
        if used + units > room:
            break
        used += units
        end += 1
    return text[:end] + ellipsis


def _source_text(s: SourceRef, lang: str) -> str:
    label = _SOURCE_LABEL.get(lang, "Source")
    return f"{label}: {s.outlet}, {format_date(s.published, lang)}, “{s.title}”\n{s.url}"


def _source_html(s: SourceRef, lang: str) -> str:
    label = _SOURCE_LABEL.get(lang, "Source")
    return (
        f'{label}: <a href="{_e(s.url)}">{_e(s.outlet)}, {format_date(s.published, lang)}</a>'
        f" — {_e(s.title)}"
    )


def _lead(b: Block, rendered: str) -> str:
    """The block's ``lead`` sentence (already rendered) before the rest, or nothing."""
    return f"{rendered} " if b.lead else ""


def block_text(b: Block, lang: str) -> str:
    if b.kind == "quote":
        head = f"{_lead(b, b.lead)}{b.speaker}, {b.role}:"
        if b.label:
            head += f"\n{b.label}"
        return f"{head}\n“{b.text}”"
    if b.kind == "paraphrase":
        text = _lead(b, b.lead) + b.text
        return f"{text}\n({b.label})" if b.label else text
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
        head = f"{_lead(b, _e(b.lead))}<b>{_e(b.speaker)}</b>, {_e(b.role)}:"
        if b.label:
            head += f"\n<i>{_e(b.label)}</i>"
        return f"{head}\n<blockquote>{_e(b.text)}</blockquote>"
    if b.kind == "paraphrase":
        text = _lead(b, _e(b.lead)) + _bold_first(b.text, b.speaker)
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
    return cut_utf16(text, max(room, 1))


def _shrunk_html(b: Block, lang: str, budget: int) -> str:
    """A block too big for one message, with each part cut so the whole fits ``budget``."""
    share = max(budget // 8, 40)
    src = b.source
    if src is not None:
        src = replace(
            src,
            title=_cut(src.title, share),
            outlet=_cut(src.outlet, share),
            url=cut_utf16(src.url, share * 2, ""),
        )
    items = tuple(_cut(i, share) for i in b.items[:20])
    fixed = replace(
        b,
        speaker=_cut(b.speaker, share),
        role=_cut(b.role, share),
        label=_cut(b.label, share),
        lead=_cut(b.lead, share),
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
    """The length Telegram checks against its limits: the text after parsing entities (tags
    removed, entities decoded), in UTF-16 code units."""
    return utf16_len(html.unescape(re.sub(r"<[^>]+>", "", rendered_html)))


def to_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> str:
    """Telegram HTML (parse_mode=HTML), always valid and within ``limit`` UTF-16 code units of
    visible text (see :func:`visible_length`)."""
    budget = min(limit, TELEGRAM_LIMIT) - _HEADROOM
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


__all__ = ["TELEGRAM_LIMIT", "cut_utf16", "to_html", "to_text", "utf16_len", "visible_length"]


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
        "aside": list(a.aside),
        "speakers": list(a.speakers),
        "suggestions": [{"id": s.id, "label": s.label} for s in a.suggestions],
        "method": a.method,
    }
