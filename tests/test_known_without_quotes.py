"""People the base knows but never quotes (the leaders the reports name).

They get a card when asked who they are, an honest "I have no quotes from X" when asked for their
words (never someone else's words), a correction naming the real speaker when words someone else
said are credited to them, and reported facts about them when asked what they did. Lists of the
people the bot "can quote" name only people it has words of.

On ``tests/fixtures/kb/leaders``, a frozen copy of the real base in which the leaders are known
and never quoted (see its README): on the real base every test here would break the day a
curator files a leader's words, and the rules would go untested.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.render import to_text
from bot.service import Service

LEADERS = Path(__file__).resolve().parent / "fixtures" / "kb" / "leaders"

TOKAYEV = "kassym-jomart-tokayev"
XI = "xi-jinping"
NAGASPAYEV = "yersaiyn-nagaspayev"
#: A phrase of every quote in the base, as a guard that none of them is shown.
QUOTE_PHRASES = (
    "excellent platform for China and Central Asia",
    "points the way forward",
    "diplomatic cohesion",
    "good-neighborliness, friendship",
)


@pytest.fixture(scope="module")
def leaders() -> Service:
    return Service.from_dir(LEADERS)


def _quoted(base: Service) -> set[str]:
    kb = base.snapshot.index.kb
    return {p for p in kb.people if kb.quotes_by(p)}


def test_the_base_has_people_without_quotes(leaders: Service) -> None:
    """The premise of this file: the leaders are people of the base with no quotes."""
    kb = leaders.snapshot.index.kb
    for pid in (TOKAYEV, XI):
        assert pid in kb.people
        assert kb.quotes_by(pid) == []


@pytest.mark.parametrize(
    ("question", "person", "role"),
    [
        ("who is Tokayev", TOKAYEV, "President of Kazakhstan"),
        ("who is the president of kazakhstan", TOKAYEV, "President of Kazakhstan"),
        ("who is xi", XI, "President of China"),
        ("кто президент казахстана", TOKAYEV, "президент Казахстана"),
        ("кто такой Си Цзиньпин", XI, "председатель КНР"),
    ],
)
def test_who_is_a_leader_gets_their_card(
    leaders: Service, question: str, person: str, role: str
) -> None:
    a = leaders.ask(question)
    assert (a.kind, a.entries) == ("person", (person,)), (a.kind, a.entries)
    assert role in to_text(a)
    assert "Quoted" not in to_text(a)  # the card never claims quotes it has not


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("what did Tokayev say", "Kassym-Jomart Tokayev"),
        ("what did Tokayev say about the summit", "Kassym-Jomart Tokayev"),
        ("what did xi say about the treaty", "Xi Jinping"),
        ("what did xi jinping say about the summit in astana", "Xi Jinping"),
        ("Tokayev's words on the treaty", "Kassym-Jomart Tokayev"),
        ("anything from the turkmen president at the summit?", "Serdar Berdimuhamedov"),
        ("что сказал Токаев о саммите", "Касым-Жомарт Токаев"),
    ],
)
def test_words_of_a_leader_are_an_honest_no_quotes(
    leaders: Service, question: str, name: str
) -> None:
    a = leaders.ask(question)
    text = to_text(a)
    assert (a.kind, a.answered, a.speakers) == ("unknown_person", False, ()), text
    assert f"“{name}”" in text or f"«{name}»" in text, text
    assert "won't put someone else's words in their mouth" in text or "чужие слова" in text
    for phrase in QUOTE_PHRASES:
        assert phrase not in text
    # The people offered are people the bot can quote.
    assert {s.id for s in a.suggestions} <= _quoted(leaders)


def test_words_someone_else_said_credited_to_a_leader_are_corrected(leaders: Service) -> None:
    a = leaders.ask("did tokayev say 133 projects worth 35 billion dollars are being implemented")
    assert (a.kind, a.speakers) == ("correction", (NAGASPAYEV,))
    first_line = to_text(a).split("\n")[0]
    assert first_line.startswith("No: that was not Kassym-Jomart Tokayev."), first_line
    assert "Yersaiyn Nagaspayev" in first_line


def test_what_a_leader_did_is_answered_with_a_reported_fact(leaders: Service) -> None:
    a = leaders.ask("did Tokayev attend the summit")
    assert a.answered and a.kind == "fact", (a.kind, a.entries)
    assert a.speakers == ()
    assert "Tokayev" in to_text(a)


def test_a_nationality_and_a_title_do_not_name_a_leader(leaders: Service) -> None:
    """ "The Chinese ambassador" is not the Chinese president: a loose description names only
    someone the base quotes."""
    a = leaders.ask("what did the chinese ambassador say")
    assert a.kind == "unknown_person"
    assert "Xi Jinping" not in to_text(a)


def test_lists_of_who_can_be_quoted_name_only_quoted_people(leaders: Service) -> None:
    quoted = _quoted(leaders)
    kb = leaders.snapshot.index.kb
    assert set(kb.people) - quoted, "the base should hold people without quotes"
    for lang in ("en", "ru"):
        answer = leaders.people(lang)
        assert set(answer.entries) == quoted
        text = to_text(answer)
        for pid in set(kb.people) - quoted:
            assert kb.people[pid].name not in text
            assert (kb.people[pid].name_ru or kb.people[pid].name) not in text
