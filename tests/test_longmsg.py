"""Long messages: context sentences, then the question (bot/longmsg.py via Service.ask)."""

from __future__ import annotations

from bot.longmsg import _said_before_who, readings
from bot.service import Service


def test_the_question_sentence_is_answered(service: Service) -> None:
    a = service.ask(
        "Hi! I am a student from Almaty and I am writing an essay about my region for a class "
        "on international relations. When is the next summit?"
    )
    assert a.answered and a.entries == ("summit-2027-china",)


def test_context_before_a_vague_question_is_kept(service: Service) -> None:
    a = service.ask(
        "I was reading about the belt and road the other day and there was a minister from "
        "kazakhstan with some big numbers on joint projects. I think it was billions of "
        "dollars. Who was that?"
    )
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",)


def test_russian_context_then_question(service: Service) -> None:
    a = service.ask(
        "Привет. Читаю про отношения Казахстана и Китая, пишу курсовую. "
        "Сколько совместных проектов реализуется?"
    )
    assert a.answered and a.entries == ("fact-projects-total",)


def test_an_off_topic_question_after_context_is_refused(service: Service) -> None:
    a = service.ask("I love football. My friends and I watch every match. Who won the final?")
    assert not a.answered and a.speakers == ()


def test_a_long_message_naming_an_unknown_speaker_keeps_the_refusal(service: Service) -> None:
    a = service.ask("Putin spoke about Central Asia last week. What did he say at the summit?")
    assert not a.answered and a.speakers == ()


def test_one_sentence_has_no_other_reading() -> None:
    assert readings("who said 133 projects") == []
    # the question alone; "context + question" is the whole message, already tried
    assert readings("Some context here. And the question?") == ["And the question?"]


def test_the_statement_before_who_needs_two_sentences() -> None:
    # An empty message has no sentence at all: no statement, no IndexError.
    assert _said_before_who("") is None
    assert _said_before_who("who said that?") is None
    assert _said_before_who("Someone said trade doubled. Who was it?") == (
        "Someone said trade doubled."
    )
