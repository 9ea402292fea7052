"""Issue 13, place traps: a question with a false premise about a place is corrected, not
refused. Shipped: the yes/no path (tuning.PLACE_TRAP_YES_NO: an answered "is it true … in
almaty?" hears "No: not in Almaty: …"). Shipped in round 7 with its guards (q7fact: a summit
named, a summit never held; tests/test_q7fact.py), after being off (the tests of that path
still switch it on, and one test pins why it was off): answering a refused question with a
correction ("why is the next summit going to be in kazakhstan again in 2027" → "Not in
Kazakhstan: my sources say China." and the fact with its source). Each test fails when its
rule (bot/tuning.py, section "placetrap") is switched off; the place list is data
(knowledge/vocabulary.yaml's placetrap groups, the events' and people's places).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.intent import parse
from bot.matcher import place_names, place_trap
from bot.render import to_html, to_text
from bot.service import Service

SECRETARIAT = "fact-secretariat"
NEXT = "fact-next-summit"


@pytest.fixture
def trap_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The refused-question path, off in the product (tuning.PLACE_TRAP), switched on."""
    monkeypatch.setattr(tuning, "PLACE_TRAP", True)


def test_a_summit_that_never_was_is_not_corrected_to_another_record(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why the refused-question path was off: "when was the 2024 summit in tashkent" (no
    summit was held in 2024) was answered "Not in Tashkent: my sources say Xi'an." with the
    secretariat's opening, a record of another kind that shares "2024": a misleading premise
    of its own. Refused now that the path has a guard for such questions (q7fact:
    tuning.PLACE_TRAP_SUMMIT_NAMED)."""
    q = "when was the 2024 summit in tashkent"
    assert _lead(service, q)[0] is None
    monkeypatch.setattr(tuning, "PLACE_TRAP_SUMMIT_NAMED", False)
    assert _lead(service, q)[0] == SECRETARIAT


def _lead(service: Service, question: str) -> tuple[str | None, str]:
    """The first entry answering, and the answer's first paragraph."""
    a = service.ask(question)
    first = a.entries[0] if a.answered and a.entries else None
    return first, a.blocks[0].text if a.blocks else ""


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        (
            "why is the next summit going to be in kazakhstan again in 2027",
            NEXT,
            "Not in Kazakhstan: my sources say China.",
        ),
        (
            "when did the secretariat open in bishkek",
            SECRETARIAT,
            "Not in Bishkek: my sources say Xi'an.",
        ),
        (
            "секретариат открыли в алматы, когда именно?",
            SECRETARIAT,
            "Не в Алматы: по моим источникам — Сиань.",
        ),
        (
            "sekretariat otkryli v almaty, kogda imenno?",
            SECRETARIAT,
            "Не в Алматы: по моим источникам — Сиань.",
        ),
    ],
)
def test_a_wrong_place_is_corrected_and_the_entry_shown(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    trap_on: None,
    question: str,
    entry: str,
    lead: str,
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries == (entry,)
    assert a.blocks[0].text == lead
    assert a.sources, "the entry is shown with its source"
    assert a.speakers == ()
    text = to_text(a)
    assert text.index(lead) < text.index(a.blocks[1].text)
    monkeypatch.setattr(tuning, "PLACE_TRAP", False)
    assert _lead(service, question)[0] is None


def test_a_yes_no_question_hears_no_first(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused today: the trap path; "No: " first because it is put as yes/no.
    q = "the secretariat opened in almaty, right?"
    assert _lead(service, q) == (SECRETARIAT, "No: not in Almaty: my sources say Xi'an.")
    # Answered today, with the entry and no word on the premise, as if "yes".
    for q, entry, lead in [
        ("is the next summit in kazakhstan?", NEXT, "No: not in Kazakhstan: my sources say China."),
        (
            "is it true the secretariat opened in almaty?",
            SECRETARIAT,
            "No: not in Almaty: my sources say Xi'an.",
        ),
    ]:
        assert _lead(service, q) == (entry, lead)
        monkeypatch.setattr(tuning, "PLACE_TRAP_YES_NO", False)
        first, text = _lead(service, q)
        assert first == entry and "Almaty" not in text and "Kazakhstan:" not in text
        monkeypatch.undo()


def test_the_lead_is_escaped_and_rendered_before_the_entry(service: Service, trap_on: None) -> None:
    a = service.ask("when did the secretariat open in bishkek")
    html = to_html(a)
    assert "Not in Bishkek: my sources say Xi&#x27;an." in html
    assert html.index("Not in Bishkek") < html.index("30 March 2024")


def test_entries_of_other_places_close_behind_keep_the_refusal(
    service: Service, monkeypatch: pytest.MonkeyPatch, trap_on: None
) -> None:
    # Without "almaty", the Xi'an declaration and the Astana signing score alike (0.83): which
    # place to correct to is a guess; refused, both offered.
    q = "why did the summit sign the almaty declaration"
    a = service.ask(q)
    assert not a.answered
    assert {"fact-xian-declaration", "fact-astana-signed"} <= {s.id for s in a.suggestions}
    monkeypatch.setattr(tuning, "PLACE_TRAP_MARGIN", 0.0)
    # (It names no summit, which PLACE_TRAP_SUMMIT_NAMED refuses too: the margin alone here.)
    monkeypatch.setattr(tuning, "PLACE_TRAP_SUMMIT_NAMED", False)
    first, lead = _lead(service, q)
    assert first is not None and lead.startswith("Not in Almaty")


def test_a_place_the_entry_mentions_is_never_corrected(service: Service) -> None:
    index = service.snapshot.index
    for q in (
        "when did the secretariat open in xian",
        "секретариат открыли в китае, когда именно?",
        "was the second summit held in kazakhstan?",  # Astana is in Kazakhstan
    ):
        a = service.ask(q)
        assert not any(
            b.text.startswith(("Not in", "No: not in", "Не в", "Нет: не в")) for b in a.blocks
        ), q
        assert place_trap(index, parse(index, q)) is None, q


def test_words_and_people_are_left_alone(service: Service) -> None:
    # A quote's words are no premise about a place; nor is a person asked about.
    index = service.snapshot.index
    for q in (
        "who said the treaty signed in almaty shows the way",
        "what did nagaspayev say in almaty",
        "who is the kazakh minister from almaty",
    ):
        assert place_trap(index, parse(index, q)) is None, q
        a = service.ask(q)
        assert not any("Almaty:" in b.text for b in a.blocks), q


def test_a_city_asked_is_not_corrected_to_a_country(service: Service) -> None:
    # The next summit is "in China": Beijing (or Urumqi) may well be right; no correction.
    index = service.snapshot.index
    q = "why is the next summit going to be in urumqi in 2027"
    assert place_trap(index, parse(index, q)) is None
    assert not service.ask(q).blocks[0].text.startswith("Not in")


def test_the_places_are_data(service: Service) -> None:
    places = place_names(service.snapshot.index)
    names = {v[0] for v in places.values()}
    # The events' cities and countries, the people's countries, the vocabulary's cities...
    assert {"Xi'an", "Astana", "China", "Kazakhstan", "Almaty", "Tashkent", "Beijing"} <= names
    # ... and no word of the base's that a synonym group of a place-like word holds.
    assert not {"Asia", "Cooperation"} & names
    assert places["astana"][1] == "Астана"


def test_a_summit_card_is_corrected_only_to_its_own_place(service: Service, trap_on: None) -> None:
    # The 2027 card's text names Astana (the summit before it) but its place is China, with no
    # city: "the third summit in Ashgabat" is not "Не в Ашхабаде: ... Астана".
    a = service.ask("когда был третий саммит в Ашхабаде")
    assert not any("Астана" in b.text and b.text.startswith("Не в") for b in a.blocks)
    # The card's own city: "the second summit" is Astana's.
    assert _lead(service, "is it true the second summit was in tashkent?") == (
        "summit-2025-astana",
        "No: not in Tashkent: my sources say Astana.",
    )


def test_a_base_city_asked_wrongly_is_named_as_the_base_spells_it(service: Service) -> None:
    q = "was the good neighborliness treaty signed in xian in 2023?"
    # lead30 names the document in the lead (tuning.L30_DOCUMENT_PLACE_NAMED).
    treaty = "the Treaty of Permanent Good-Neighborliness and Friendly Cooperation"
    lead = f"No: {treaty} was not signed in Xi'an: my sources say Astana."
    assert _lead(service, q) == ("fact-astana-signed", lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("саммит в астане был в июле?", "Нет: не в июле:"),
        ("первый саммит прошёл в ташкенте?", "Нет: не в Ташкенте:"),
        ("the astana summit was in july?", "No: not in July:"),
    ],
)
def test_a_value_put_right_is_written_as_the_language_writes_it(
    service: Service, question: str, lead: str
) -> None:
    """A place is capitalised; a Russian month is not («не в июле», not «не в Июле»)."""
    assert to_text(service.ask(question)).startswith(lead)
