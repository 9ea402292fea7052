"""Round 16, who said what: paraphrased quotes the bot refused.

The questions are written for these tests (not taken from any development or blind set).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service

#: A claim about "the region": Central Asia, which Osmonaliyev's words name as "Central Asian
#: countries" before their verb; "regional affairs" after it is no other party
#: (tuning.Q16_REGION_IS_CENTRAL_ASIA).
REGION = [
    "who said the region is taking a more proactive role",
    "who said the region is taking a more active role in its own affairs",
]


@pytest.mark.parametrize("question", REGION)
def test_a_claim_about_the_region_is_about_central_asia(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert service.ask(question).speakers == ("kairat-osmonaliyev",)
    monkeypatch.setattr(tuning, "Q16_REGION_IS_CENTRAL_ASIA", False)
    assert service.ask(question).speakers == ()


#: The region's words said of another party stay refused: the claim's subject is not who
#: takes the role in the words.
@pytest.mark.parametrize(
    "question",
    [
        "who said china is taking a more proactive role in the region",
        "who said russia is taking a more proactive role in the region",
        "who said the region is taking a back seat",
    ],
)
def test_a_claim_about_another_party_in_the_region_shows_nobody(
    service: Service, question: str
) -> None:
    assert service.ask(question).speakers == ()
