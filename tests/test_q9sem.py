"""Issue 13 (q9sem): the semantic stage's recall on paraphrases, round 9.

Each rule of the q9sem section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` on the base as tested and failing when switched off; its near misses (words
nobody said) stay refused, or at least show nobody else's words, with every rule on. The
questions are written for these tests, not taken from the development or blind sets.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.service import Service

SAFAROV_WAY = "safarov-treaty-way-forward"

pytestmark = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


def _shown(service: Service, question: str) -> str | None:
    a = service.ask(question)
    return a.entries[0] if a.answered and a.entries else None


# --- A known word the speaker's other words use is no new topic (Q9_GROUP_WORDS) ------------


@pytest.mark.parametrize(
    "question",
    [
        # "new": Safarov's other quote ("the newly signed treaty"), not this one
        "who said the new pact shows the way for future cooperation",
        "who said the treaty was new and showed the way for future cooperation",
    ],
)
def test_a_word_of_the_speakers_other_quote_needs_no_explaining(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _shown(service, question) == SAFAROV_WAY
    assert service.ask(question).speakers == ("saifullo-safarov",)
    monkeypatch.setattr(tuning, "Q9_GROUP_WORDS", False)
    assert _shown(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        # "old": a known word none of Safarov's words uses
        "who said the old treaty shows the way for future cooperation",
        # a summit's facts are not one speaker: "nations" is not explained by the Astana
        # outcomes' figure because another Astana fact counts the countries
        "how many nations signed the good neighborliness treaty",
        "when did kazakhstan become independent",
    ],
)
def test_a_word_the_reading_never_uses_is_still_checked(service: Service, question: str) -> None:
    assert _shown(service, question) is None
