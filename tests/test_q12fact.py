"""Issue 13, fact, event and person questions, round 12 (q12fact).

Each test fails when its rule (bot/tuning.py, section "q12fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.intent import listed_items
from bot.service import Service


def _lead(service: Service, question: str) -> tuple[str | None, str]:
    """The first entry answering, and the answer's first paragraph."""
    a = service.ask(question)
    first = a.entries[0] if a.answered and a.entries else None
    return first, a.blocks[0].text if a.blocks else ""


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


# --- a comma-separated list of things, asked when (tuning.LISTED_ITEMS) -----------------------


def test_listed_items_are_read_from_the_text() -> None:
    q = "Timeline: first summit, secretariat opening, second summit, next summit - dates please"
    assert listed_items(q) == (
        "first summit",
        "secretariat opening",
        "second summit",
        "next summit",
    )
    # Two items, a clause, or a list of questions: not a list of things.
    assert listed_items("so, when was it") == ()
    assert listed_items("when was the first summit, the second and the next") == ()


def test_a_list_of_things_gets_each_record(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "First summit, secretariat opening, second summit, next summit — dates?"
    a = service.ask(q)
    assert a.answered and a.speakers == ()
    assert a.entries[:3] == ("summit-2023-xian", "fact-secretariat", "summit-2025-astana")
    ru = service.ask("первый саммит, второй саммит, следующий саммит — даты?")
    assert ru.entries == ("summit-2023-xian", "summit-2025-astana", "summit-2027-china")
    monkeypatch.setattr(tuning, "LISTED_ITEMS", False)
    assert service.ask(q).entries == ("fact-secretariat",)
    assert service.ask("первый саммит, второй саммит, следующий саммит — даты?").entries == (
        "fact-next-summit",
    )


def test_a_list_with_an_unknown_item_or_a_choice_is_not_read_item_by_item(
    service: Service,
) -> None:
    # An item the base does not hold refuses the whole; so does a place never a host.
    assert not service.ask("first summit, the moon landing, second summit - dates").answered
    assert not service.ask("xian, astana, almaty - when?").answered
    # "Which of them" is not each item's own record.
    a = service.ask("Astana, Xi'an, Beijing - which hosted a summit?")
    assert len(a.entries) <= 1
    # Asked neither when nor where: each item alone is no question.
    assert not service.ask("treaty, declaration, secretariat - explain").answered


def test_which_experts_is_not_answered_by_the_semantic_stage_either(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PEOPLE_NAMED holds in the semantic stage too: «какие эксперты комментировали саммит»
    got the reception fact (which names no commentator) from it once the lexical stage refused."""
    q = "какие эксперты комментировали саммит"
    assert not service.ask(q).answered
    monkeypatch.setattr(tuning, "PEOPLE_NAMED", False)
    assert service.ask(q).entries == ("fact-summit-reception",)
