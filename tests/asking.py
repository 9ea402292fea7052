"""Small helpers the behaviour tests share to ask the real base a question."""

from __future__ import annotations

from bot.render import to_text
from bot.service import Service


def first(service: Service, question: str) -> str | None:
    """The first entry answering ``question``, or None when it is refused: what a user sees
    first, the way the benchmarks score an answer."""
    a = service.ask(question)
    return a.entries[0] if a.answered and a.entries else None


def shown(service: Service, question: str) -> tuple[str | None, tuple[str, ...]]:
    """The first entry answering ``question`` and the speakers shown, or (None, speakers) when
    it is refused: what is shown, and whose words or card."""
    a = service.ask(question)
    return (a.entries[0] if a.answered and a.entries else None), tuple(a.speakers)


def refused(service: Service, question: str) -> None:
    """Assert that ``question`` is refused with nobody's words or card shown."""
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
