"""Round 19, the lead's rules (tuning "# lead, round 19" section).

Each rule is switched off once to show its test notices it. The questions are written for these
tests (the one blind item read is in the tuning comment, not here).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service


@pytest.mark.parametrize(
    "question",
    [
        "сколько людей живёт в таджикистане",
        "сколько человек живёт в кыргызстане?",
        "какие люди из таджикистана",
        "skolko lyudey zhivet v tadzhikistane",
    ],
)
def test_people_counted_or_in_the_plural_name_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """«Людей» is read as «человек», a person noun: "a Tajik person" was Safarov's card."""
    a = service.ask(question)
    assert not a.speakers, a.entries
    monkeypatch.setattr(tuning, "Q19_PEOPLE_COUNTED", False)
    assert service.ask(question).speakers


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("кто этот человек из таджикистана", "saifullo-safarov"),
        ("the tajik person, who is he", "saifullo-safarov"),
        ("этот человек из казахстана, министр, кто он", "yersaiyn-nagaspayev"),
    ],
)
def test_one_person_described_is_still_found(service: Service, question: str, person: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[:1] == (person,)
