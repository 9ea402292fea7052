"""The seed article's people and quotes by id, and what an answer shows first: shared by the
test modules that pin quote answers on the base as tested."""

from __future__ import annotations

from bot.service import Service

NAGASPAYEV = "yersaiyn-nagaspayev"
OSMONALIYEV = "kairat-osmonaliyev"
SAFAROV = "saifullo-safarov"
NAGASPAYEV_QUOTE = "nagaspayev-industrial-cooperation"
OSMONALIYEV_QUOTE = "osmonaliyev-proactive-role"
SAFAROV_QUOTE = "safarov-treaty-way-forward"
SAFAROV_RESULT = "safarov-treaty-result"


def first_entry(service: Service, question: str) -> str | None:
    """The first entry an answer shows, None when it answers nothing."""
    a = service.ask(question)
    return a.entries[0] if a.answered and a.entries else None


def shown(service: Service, question: str) -> tuple[str | None, tuple[str, ...], str]:
    """The first entry an answer shows (None when it answers nothing), its speakers, its kind."""
    a = service.ask(question)
    return (a.entries[0] if a.answered and a.entries else None), a.speakers, a.kind
