"""Small helpers the behaviour tests share to ask the real base a question."""

from __future__ import annotations

from bot.service import Service


def first(service: Service, question: str) -> str | None:
    """The first entry answering ``question``, or None when it is refused: what a user sees
    first, the way the benchmarks score an answer."""
    a = service.ask(question)
    return a.entries[0] if a.answered and a.entries else None
