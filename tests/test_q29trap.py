"""Traps of traps10 and traps12, round 29 (q29trap).

Each test fails when its rule (bot/tuning.py, section "q29trap") is switched off; the near
misses beside them stay refused, never answered with a record that does not settle them.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first, refused

# --- a seat asked with "based / located in <place>" ---------------------------------------
# (tuning.Q29T_BASED_IN_CLAIM)

_BASED_IN = [
    ("is the china-central asia secretariat based in astana?", "No: not in Astana"),
    ("is the secretariat located in astana?", "No: not in Astana"),
    ("Is the secretariat headquartered in Bishkek?", "No: not in Bishkek"),
]


@pytest.mark.parametrize(("question", "lead"), _BASED_IN)
def test_based_in_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-secretariat", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert "Xi'an" in to_text(a).splitlines()[0], to_text(a)
    assert not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q29T_BASED_IN_CLAIM", False)
    # Before: refused, though "is the secretariat in Astana?" was put right.
    refused(service, question)


def test_based_in_own_place_not_corrected(service: Service) -> None:
    question = "is the secretariat based in xian?"
    a = service.ask(question)
    assert first(service, question) == "fact-secretariat", to_text(a)
    assert not to_text(a).startswith("No"), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "is the sco secretariat based in beijing?",
        "is the eu secretariat located in astana?",
        "is the treaty based on a military alliance?",
    ],
)
def test_based_in_near_misses_refused(service: Service, question: str) -> None:
    refused(service, question)
