"""Issue 13 (q9quote): quote questions, speaker traps and long messages, round 9, on the real
base.

Each rule of the q9quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` (the path every front end uses) and failing when switched off. The questions
are written for these tests (one is the dev set's leftover named in the issue, to show the rule
reaches it).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service
from tests.seed_ids import NAGASPAYEV, shown

PROJECTS_DONE = "fact-projects-implemented"

# --- "Already" is no topic --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "пишу курсовую про отношения китая и центральной азии. сколько уже было саммитов и где?",
        "skolko uzhe bylo sammitov",
        "what has already been signed",
        "что уже подписали",
    ],
)
def test_already_alone_does_not_show_the_projects_done(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    entry, speakers, _ = shown(service, question)
    assert entry != PROJECTS_DONE and NAGASPAYEV not in speakers
    monkeypatch.setattr(tuning, "ALREADY_IS_NO_TOPIC", False)
    assert shown(service, question)[0] == PROJECTS_DONE


@pytest.mark.parametrize(
    "question",
    ["how many projects have already been implemented", "сколько проектов уже реализовано"],
)
def test_already_beside_the_projects_still_tells_done_from_under_way(
    service: Service, question: str
) -> None:
    assert shown(service, question)[0] == PROJECTS_DONE


def test_still_unknown_to_the_base_is_no_off_topic_word(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "is the secretariat still in astana"
    assert shown(service, q)[0] == "fact-secretariat"
    monkeypatch.setattr(tuning, "ALREADY_IS_NO_TOPIC", False)
    assert shown(service, q)[0] is None
