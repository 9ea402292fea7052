"""Issue 13, fact, event and person questions, round 12 (q12fact).

Each test fails when its rule (bot/tuning.py, section "q12fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service


def _lead(service: Service, question: str) -> tuple[str | None, str]:
    """The first entry answering, and the answer's first paragraph."""
    a = service.ask(question)
    first = a.entries[0] if a.answered and a.entries else None
    return first, a.blocks[0].text if a.blocks else ""


# --- a leader at a summit asked in a fragment (tuning.LEADER_FRAGMENT) -------------------------


def test_country_leader_fragment_names_the_leader(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "tajikistan leader at the summit"
    first, lead = _lead(service, q)
    assert first == "fact-leaders-astana" and "Emomali Rahmon" in lead
    monkeypatch.setattr(tuning, "LEADER_FRAGMENT", False)
    # The countries' list: it says Tajikistan took part, not who led it.
    first, lead = _lead(service, q)
    assert "Rahmon" not in lead


def test_leader_fragment_near_misses(service: Service) -> None:
    # A country with no leader in the base stays refused; the summit of the year named is kept.
    assert not service.ask("afghanistan leader at the summit").answered
    assert _lead(service, "kyrgyz leader at the xian summit")[0] == "fact-leaders-xian"
    a = service.ask("did the tajikistan leader at the summit give the keynote")
    assert not a.entries or a.entries[0] != "fact-leaders-astana"


# --- people asked for by name: "which experts" (tuning.PEOPLE_NAMED) --------------------------


def test_which_experts_is_not_answered_by_a_fact_naming_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "which experts commented on the astana summit"
    a = service.ask(q)
    # Neither "officials and experts praised the summit" nor the presidents' list says which.
    assert not a.answered and a.speakers == ()
    monkeypatch.setattr(tuning, "PEOPLE_NAMED", False)
    assert _lead(service, q)[0] == "fact-summit-reception"


def test_people_named_near_misses_keep_their_answers(service: Service) -> None:
    # "What ... experts think" asks what was thought: the reception fact answers.
    assert _lead(service, "what did experts think of the summit")[0] == "fact-summit-reception"
    # A fact reporting a named spokesperson says which official.
    q = "which chinese official announced that xi would attend the astana summit"
    first, lead = _lead(service, q)
    assert first == "fact-first-in-central-asia" and "Lin Jian" in lead
    # An expert's card gives the person.
    a = service.ask("which experts are from tajikistan")
    assert a.answered and a.speakers == ("saifullo-safarov",)
