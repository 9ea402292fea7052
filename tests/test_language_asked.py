"""The answer's language asked in the message ("…, in russian please", «… по-английски»), and
alone after an answer (tuning.Q17_LANGUAGE_ASKED; alone, the conversation's follow-up)."""

from __future__ import annotations

import pytest

from bot import text as T
from bot import tuning
from bot.render import to_text
from bot.service import Service


@pytest.mark.parametrize(
    ("message", "rest", "lang"),
    [
        (
            "what is the china central asia spirit, in russian please",
            "what is the china central asia spirit",
            "ru",
        ),
        ("когда был первый саммит? in english please", "когда был первый саммит?", "en"),
        ("in russian please: who said 133 projects", "who said 133 projects", "ru"),
        ("расскажи по-английски про саммит", "расскажи про саммит", "en"),
        ("kto skazal pro 133 proekta po-russki", "kto skazal pro 133 proekta", "ru"),
        ("in russian please", "", "ru"),
    ],
)
def test_the_request_is_read_out_of_the_message(message: str, rest: str, lang: str) -> None:
    assert T.language_asked(message) == (rest, lang)


@pytest.mark.parametrize(
    "message",
    [
        "did anyone say it in russian media",
        "who said china speaks to russian partners",
        "what is the english name of the treaty",
    ],
)
def test_a_language_named_as_a_topic_is_no_request(message: str) -> None:
    assert T.language_asked(message) is None


def test_a_question_asking_for_russian_is_answered_in_russian(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "what is the china central asia spirit, in russian please"
    a = service.ask(question)
    assert a.answered and a.lang == "ru" and "fact-spirit" in a.entries
    assert "взаимное уважение" in to_text(a)
    assert a.question == question
    monkeypatch.setattr(tuning, "Q17_LANGUAGE_ASKED", False)
    assert not service.ask(question).answered  # "russian": a word of no record


def test_a_russian_question_asking_for_english_is_answered_in_english(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "когда был первый саммит? in english please"
    a = service.ask(question)
    assert a.lang == "en" and to_text(a).startswith("The First China–Central Asia Summit")
    monkeypatch.setattr(tuning, "Q17_LANGUAGE_ASKED", False)
    assert service.ask(question).lang == "ru"


def test_the_request_alone_still_gives_the_last_answer_again_in_that_language(
    service: Service,
) -> None:
    """The conversation's own follow-up (conversation.RUSSIAN_WORDS), not taken over by the
    request read out of a question."""
    first = service.converse("who is osmonaliyev", None, now=10.0)
    assert first.answer.lang == "en"
    again = service.converse("по-русски", first.context, now=20.0)
    assert again.answer.lang == "ru" and again.answer.entries == first.answer.entries
    assert to_text(again.answer).startswith("Кайрат Осмоналиев")
    back = service.converse("in english please", again.context, now=30.0)
    assert back.answer.lang == "en" and to_text(back.answer).startswith("Kairat Osmonaliyev")


def test_a_list_of_quotes_stays_a_list(service: Service) -> None:
    first = service.converse("what did safarov say?", None, now=10.0)
    again = service.converse("in russian please", first.context, now=20.0)
    assert again.answer.kind == first.answer.kind == "quotes"
    assert again.answer.entries == first.answer.entries and again.answer.lang == "ru"
