"""Issue 13, fact, event and person questions: what round 4 left (q5fact).

The summit card shows who hosted it and which leaders came, as reported facts with their
sources; a question about a person's past is refused (a card holds no career history); "the
article" names no one. Each test fails when its rule (bot/tuning.py, section "q5fact") is
switched off.
"""

from __future__ import annotations

import pytest

from bot import intent, text, tuning
from bot.render import to_text
from bot.service import Service
from tests.conftest import KNOWLEDGE

ASTANA = "summit-2025-astana"
XIAN = "summit-2023-xian"


def _fresh(monkeypatch: pytest.MonkeyPatch, name: str, value: object) -> Service:
    monkeypatch.setattr(tuning, name, value)
    return Service.from_dir(KNOWLEDGE)


# --- The summit card: host and leaders, as reported facts ---------------------------------------


def test_the_summit_card_names_the_host_and_the_leaders_as_reported_facts(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = service.snapshot.composer.for_entry(ASTANA)
    assert a is not None and a.kind == "event"
    shown = to_text(a)
    host = service.snapshot.index.kb.facts["fact-astana-host-keynote"]
    leaders = service.snapshot.index.kb.facts["fact-leaders-astana"]
    assert "Reported in my sources (facts, not quotes):" in shown
    assert host.answer in shown and leaders.answer in shown
    # The facts' sources are the answer's, and no one is shown as having said them.
    ids = {s.id for s in a.sources}
    assert set(host.sources) | set(leaders.sources) <= ids
    assert a.speakers == ()
    off = _fresh(monkeypatch, "EVENT_CARD_PEOPLE", False).snapshot.composer.for_entry(ASTANA)
    assert off is not None and host.answer not in to_text(off)
    assert "Tokayev" not in to_text(off)


def test_the_card_shows_who_chaired_the_first_summit(service: Service) -> None:
    a = service.snapshot.composer.for_entry(XIAN)
    assert a is not None
    assert service.snapshot.index.kb.facts["fact-leaders-xian"].answer in to_text(a)


def test_a_russian_card_shows_the_russian_facts_only(service: Service) -> None:
    a = service.snapshot.composer.for_entry(ASTANA, "ru")
    assert a is not None
    shown = to_text(a)
    assert "Токаев" in shown and "факты, а не цитаты" in shown
    assert "hosted the Astana summit" not in shown


def test_a_fact_naming_two_people_without_hosting_stays_off_the_card(service: Service) -> None:
    # "Xi attended at Tokayev's invitation" is not about who hosted or who took part.
    a = service.snapshot.composer.for_entry(ASTANA)
    assert a is not None
    invitation = service.snapshot.index.kb.facts["fact-first-in-central-asia"]
    assert invitation.answer not in to_text(a)


def test_a_question_answered_by_the_card_now_names_the_host(service: Service) -> None:
    a = service.ask("when was the astana summit")
    assert a.entries == (ASTANA,)
    assert "Kassym-Jomart Tokayev hosted the Astana summit" in to_text(a)


# --- A person's past: refused, the card offered ----------------------------------------------


def _without_past(monkeypatch: pytest.MonkeyPatch) -> None:
    # Its twin: a time before asked of a person (tuning.Q18_PAST_OF_PERSON) refuses "… background
    # before the secretariat" too; off as well, the rule's own effect shows.
    monkeypatch.setattr(tuning, "Q18_PAST_OF_PERSON", False)
    monkeypatch.setattr(text, "UNHELD_WORDS", text.UNHELD_WORDS - text.PAST_WORDS)
    monkeypatch.setattr(
        text, "UNHELD_PAIRS", tuple(p for p in text.UNHELD_PAIRS if p not in text.PAST_PAIRS)
    )


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("what is wu yingqin's background before the secretariat", "wu-yingqin"),
        ("what was nagaspayev's career", "yersaiyn-nagaspayev"),
        ("какая карьера была у нагаспаева до назначения", "yersaiyn-nagaspayev"),
    ],
)
def test_a_persons_past_is_refused_with_the_card_offered(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert not a.answered
    assert person in [s.id for s in a.suggestions]
    _without_past(monkeypatch)
    on = service.ask(question)
    assert on.answered and on.entries == (person,)


def test_the_past_words_are_in_the_unheld_lists_only_when_switched_on() -> None:
    assert tuning.PERSON_HISTORY_UNHELD
    assert text.PAST_WORDS <= text.UNHELD_WORDS
    assert set(text.PAST_PAIRS) <= set(text.UNHELD_PAIRS)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is wu yingqin's background", "wu-yingqin"),
        ("who is wu yingqin", "wu-yingqin"),
        ("what years did the summits take place", "fact-summit-mechanism"),
    ],
)
def test_what_a_card_or_the_base_holds_is_still_answered(
    service: Service, question: str, entry: str
) -> None:
    assert service.ask(question).entries == (entry,)


# --- "The article" is no one -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "the article says 'on tuesday' - which date is that exactly?",
        "According to the article, what was the treaty the result of?",
    ],
)
def test_the_article_is_no_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert service.ask(question).kind != "unknown_person"
    monkeypatch.setattr(intent, "NOT_A_NAME", intent.NOT_A_NAME - intent.SOURCE_TEXT_WORDS)
    assert service.ask(question).kind == "unknown_person"


def test_the_treaty_fact_speaks_in_the_curators_voice(service: Service) -> None:
    f = service.snapshot.index.kb.facts["fact-treaty-name"]
    for t in (f.statement, f.answer, f.answer_ru or ""):
        assert "seed article" not in t and "статьи" not in t
    # "The articles of the treaty" asks for its contents, which the base does not hold.
    assert not service.ask(
        "what are the articles of the good-neighborliness treaty, like article 1"
    ).answered


# --- Someone's role at an event: the event's facts, not only the card ------------------------


LEADER_FACTS = {"fact-astana-host-keynote", "fact-leaders-astana"}


@pytest.mark.parametrize(
    "question",
    [
        "who is tokayev and what was his role in the summit",
        "what was tokayev's role in the summit",
        "кто такой токаев и какая у него роль на саммите",
    ],
)
def test_a_role_at_the_summit_is_what_its_facts_report(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.entries and a.entries[0] in LEADER_FACTS
    assert "Tokayev" in to_text(a) or "Токаев" in to_text(a)
    monkeypatch.setattr(tuning, "ROLE_AT_EVENT", False)
    assert service.ask(question).entries == ("kassym-jomart-tokayev",)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("who is tokayev", "kassym-jomart-tokayev"),
        ("what is tokayev's role", "kassym-jomart-tokayev"),
        # Someone the base quotes: the card, not their words about something else.
        ("what was nagaspayev's role at the summit", "yersaiyn-nagaspayev"),
    ],
)
def test_an_office_is_still_the_card(service: Service, question: str, person: str) -> None:
    assert service.ask(question).entries == (person,)


def test_kakov_is_a_question_word(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "какова роль токаева на саммите"
    assert service.ask(question).entries[0] in LEADER_FACTS
    monkeypatch.setattr(tuning, "KAKOV_NO_TOPIC", False)
    assert not service.ask(question).answered
