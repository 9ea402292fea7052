"""Issue 13, summits, places and hosts, round 14 (q14fact).

Each test fails when its rule (bot/tuning.py, section "q14fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


def _first(service: Service, question: str) -> str | None:
    """The first entry answering, or None when refused."""
    a = service.ask(question)
    return a.entries[0] if a.answered and a.entries else None


# --- a city asked of the summit to come (tuning.Q14_CITY_IN_OTHER_COUNTRY) -------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when was the third china-central asia summit in tashkent", "Not in Tashkent"),
        ("is the third summit going to be in bishkek?", "No: not in Bishkek"),
        ("когда третий саммит в Астане", "Не в Астане"),
    ],
)
def test_a_city_in_another_country_is_corrected_for_the_summit_to_come(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.entries[:1] == ("summit-2027-china",)
    assert text.startswith(lead), text
    assert "China" in text.split("\n")[0] or "Китай" in text.split("\n")[0]
    monkeypatch.setattr(tuning, "Q14_CITY_IN_OTHER_COUNTRY", False)
    assert not to_text(service.ask(question)).startswith(lead)


def test_a_city_in_the_summits_own_country_is_not_ruled_out(service: Service) -> None:
    # Beijing is China's capital: the 2027 summit may be held there; never "Not in Beijing".
    text = to_text(service.ask("is the third summit going to be in beijing?"))
    assert "not in beijing" not in text.lower()
