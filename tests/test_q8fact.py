"""Issue 13, fact, event and person questions, round 8 (q8fact).

A yes/no question whose count contradicts the count its fact gives ("did seven countries
attend" against "leaders of six countries took part") hears "No" first, as place and year traps
do; a count the fact states, or one inside the bound it gives ("more than 100"), is not
contradicted. Each test fails when its rule (bot/tuning.py, section "q8fact") is switched off.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service

PARTICIPANTS = "fact-participants"
OUTCOMES = "fact-astana-outcomes"


def _lead(service: Service, question: str) -> tuple[str | None, str]:
    """The first entry answering, and the answer's first paragraph."""
    a = service.ask(question)
    first = a.entries[0] if a.answered and a.entries else None
    return first, a.blocks[0].text if a.blocks else ""


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        (
            "did seven countries attend",
            PARTICIPANTS,
            "No: not seven countries: my sources say six countries.",
        ),
        ("did 5 countries take part?", PARTICIPANTS, "No: not 5 countries"),
        ("было ли семь стран на саммите?", PARTICIPANTS, "Нет: не семь стран"),
        (
            "were 50 outcomes reached?",
            OUTCOMES,
            "No: not 50 outcomes: my sources say more than 100 cooperation outcomes.",
        ),
    ],
)
def test_a_wrong_count_is_answered_no(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    first, text = _lead(service, question)
    assert first == entry
    assert text.startswith(lead)
    monkeypatch.setattr(tuning, "NUMBER_TRAP", False)
    first, text = _lead(service, question)
    assert not text.startswith(lead[:3])


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("did six countries attend", PARTICIPANTS),
        ("were there 6 countries?", PARTICIPANTS),
        # "More than 100" does not rule 200 out: no "No".
        ("were 200 outcomes reached?", OUTCOMES),
    ],
)
def test_a_count_the_fact_allows_is_not_contradicted(
    service: Service, question: str, entry: str
) -> None:
    first, text = _lead(service, question)
    assert first == entry
    assert not text.startswith("No")


def test_a_count_of_something_else_is_not_compared(service: Service) -> None:
    # The second summit: an ordinal, not a count; the card answers without a "No".
    _, text = _lead(service, "did the second summit take place in astana")
    assert not text.startswith("No")


# --- the summit named (tuning.NAMED_SUMMIT_RECORDS) ---------------------------------------------

XIAN = "summit-2023-xian"
OFFERED = "fact-kazakhstan-offered-host"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # A 2023 record (Kazakhstan's offer to host in 2025) was the answer.
        (
            "who was the host of the 2025 summit",
            {"fact-leaders-astana", "fact-astana-host-keynote"},
        ),
        # Only the summit's own names: the summit itself, not one of its facts. («первый саммит
        # был в Сиане?» was the example; since round 9 «Сиане» is read as Xi'an, whose card
        # wins on its own: knowledge/vocabulary.yaml, tests/test_q9fact.py.)
        ("the second summit was in kazakhstan?", {"summit-2025-astana"}),
    ],
)
def test_the_summit_named_answers(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, want: set[str]
) -> None:
    assert _lead(service, question)[0] in want
    monkeypatch.setattr(tuning, "NAMED_SUMMIT_RECORDS", False)
    assert _lead(service, question)[0] not in want


def test_another_summits_record_that_does_not_name_it_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The base does not say who represents Kazakhstan in 2027; the 2025 leaders are no answer.
    question = "who will represent kazakhstan at the next summit"
    a = service.ask(question)
    assert not a.answered
    assert "fact-next-summit" in {s.id for s in a.suggestions}
    monkeypatch.setattr(tuning, "NAMED_SUMMIT_RECORDS", False)
    assert service.ask(question).answered


def test_another_summits_record_naming_the_summit_asked_stays(service: Service) -> None:
    # The offer was made at the first summit; it names the 2025 one and answers the question.
    assert _lead(service, "when did kazakhstan offer to host the 2025 summit")[0] == OFFERED


def test_the_summit_named_in_english_is_its_card_too(service: Service) -> None:
    assert _lead(service, "the first summit was in xian?")[0] == XIAN


@pytest.mark.parametrize(
    ("question", "card", "lead"),
    [
        # The ordinal names the summit; the place (another summit's city) is the premise.
        ("did the second summit take place in xi'an?", "summit-2025-astana", "No: not in Xi'an"),
        ("the first summit was in astana?", XIAN, "No: not in Astana"),
    ],
)
def test_a_summit_put_in_another_summits_city_is_its_card_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, card: str, lead: str
) -> None:
    first, text = _lead(service, question)
    assert (first, text.startswith(lead)) == (card, True)
    monkeypatch.setattr(tuning, "NAMED_SUMMIT_RECORDS", False)
    assert _lead(service, question)[0] != card


# --- "the second one" is no person (tuning.ORDINAL_ONE_IS_NO_PERSON) ---------------------------


def test_the_second_one_is_a_summit_not_a_person(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "why was the second one in kazakhstan"
    a = service.ask(question)
    assert a.kind != "person" and not a.speakers
    monkeypatch.setattr(tuning, "ORDINAL_ONE_IS_NO_PERSON", False)
    assert service.ask(question).kind == "person"


def test_the_kazakh_one_is_still_a_person(service: Service) -> None:
    assert service.ask("the kazakh one said what?").speakers == ("yersaiyn-nagaspayev",)


# --- where a person is from (tuning.ORIGIN_ASKS_CARD) ------------------------------------------


def test_which_country_a_person_is_from_is_their_card(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "which country is Osmonaliyev from"
    assert _lead(service, question)[0] == "kairat-osmonaliyev"
    monkeypatch.setattr(tuning, "ORIGIN_ASKS_CARD", False)
    assert _lead(service, question)[0] != "kairat-osmonaliyev"


def test_a_persons_words_about_countries_are_still_their_words(service: Service) -> None:
    assert service.ask("what did osmonaliyev say about countries").kind == "quote"


# --- an office given to someone who does not hold it (tuning.ROLE_TRAP) ------------------------


@pytest.mark.parametrize(
    ("question", "card", "lead"),
    [
        # The office taken for granted: who held it.
        (
            "when did safarov serve as ambassador to azerbaijan",
            "kairat-osmonaliyev",
            "Not Saifullo Safarov: my sources say Kairat Osmonaliyev.",
        ),
        # A claim about the person: what they are, under the "No".
        (
            "was safarov the ambassador to azerbaijan?",
            "saifullo-safarov",
            "No: not Saifullo Safarov: my sources say Kairat Osmonaliyev.",
        ),
        (
            "сафаров был послом в азербайджане?",
            "saifullo-safarov",
            "Нет, не Сайфулло Сафаров: по моим источникам — Кайрат Осмоналиев.",
        ),
    ],
)
def test_an_office_someone_else_holds_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, card: str, lead: str
) -> None:
    assert _lead(service, question) == (card, lead)
    monkeypatch.setattr(tuning, "ROLE_TRAP", False)
    assert _lead(service, question)[1] != lead


@pytest.mark.parametrize(
    "question",
    [
        "is osmonaliyev the ambassador to azerbaijan?",
        "was nagaspayev the minister of industry?",
        "what did safarov say about the ambassador to azerbaijan",
    ],
)
def test_an_office_of_the_person_asked_or_their_words_are_not_corrected(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert a.blocks and not a.blocks[0].text.startswith(("No", "Not"))
