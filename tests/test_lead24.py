"""Lead rules of round 24 (bot/tuning.py, section "lead, round 24")."""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


@pytest.mark.parametrize(
    "question",
    [
        "Привет! Как дела?",
        "Как твои дела?",
        "kak dela?",
        "что нового?",
        "how's it going?",
        "what's new?",
    ],
)
def test_small_talk_is_greeted_not_answered_with_a_record(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # «Как дела?» showed Wang Yi's card («министр иностранных дел»), "how's it going?" a fact,
    # «что нового?» Safarov's words: small talk is answered as a greeting, with no record.
    a = service.ask(question)
    assert a.kind == "help" and not a.entries and not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q24_SMALL_TALK", False)
    assert service.ask(question).kind != "help"


def test_small_talk_beside_a_question_leaves_the_question(service: Service) -> None:
    a = service.ask("Привет, как дела? Кто такой Сафаров?")
    assert a.answered and a.entries[0] == "saifullo-safarov", to_text(a)
    assert service.ask("what's new in the treaty?").kind != "help"


@pytest.mark.parametrize(
    "question",
    ["who made you?", "what's your name?", "как тебя зовут?", "i don't understand", "я не понял"],
)
def test_a_message_about_the_bot_is_greeted(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "who made you?" and "i don't understand" showed Safarov's words; "what's your name?"
    # the treaty's name: a message about the bot gets the greeting's reply, with no record.
    a = service.ask(question)
    assert a.kind == "help" and not a.entries and not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q24_ADDRESSED_TO_BOT", False)
    assert service.ask(question).kind != "help"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("do you know who safarov is?", "saifullo-safarov"),
        ("can you tell me what nagaspayev said?", "nagaspayev-industrial-cooperation"),
        ("what is the name of the treaty?", "fact-treaty-name"),
    ],
)
def test_a_question_put_to_the_bot_is_still_answered(
    service: Service, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)


@pytest.mark.parametrize("question", ["почему?", "а почему?", "откуда?"])
def test_a_bare_russian_question_word_asks_nothing(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # «почему?» showed the fact that Kazakhstan offered to host; "why?" is greeted.
    a = service.ask(question)
    assert a.kind == service.ask("why?").kind == "help" and not a.entries, to_text(a)
    monkeypatch.setattr(tuning, "Q24_BARE_QUESTION_WORD", False)
    assert service.ask("почему?").kind != "help"


def test_a_russian_why_question_is_still_answered(service: Service) -> None:
    a = service.ask("почему саммит прошёл в Астане?")
    assert a.answered and a.entries, to_text(a)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what did the kazakh ex diplomat say",
            "Not the kazakh ex diplomat: Yersaiyn Nagaspayev is Kazakhstan's Minister of Industry",
        ),
        (
            "what did the tajik diplomat say",
            "Not the tajik diplomat: Saifullo Safarov is chairman of the Association",
        ),
    ],
)
def test_a_diplomat_or_former_office_he_lacks_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    # His words still answer (the one person quoted from the country), under a lead saying
    # what he is; before, nothing said he is no diplomat.
    a = service.ask(question)
    assert a.answered and to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q24_TRADE_NOT_HELD", False)
    assert not to_text(service.ask(question)).startswith("Not ")


@pytest.mark.parametrize(
    "question", ["what did the kyrgyz diplomat say", "what did the kyrgyz ex-envoy say"]
)
def test_a_former_ambassador_is_a_diplomat(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("kairat-osmonaliyev",), to_text(a)
    assert not to_text(a).startswith("Not "), to_text(a)


def test_a_current_office_is_not_the_former_holders(service: Service) -> None:
    # q24speaker's rule (one quoted person's words asked) read "current" as nothing and showed
    # the former ambassador's words; the office's qualifiers are checked as for the cards.
    a = service.ask("what did the current kyrgyz ambassador to azerbaijan say")
    assert not a.speakers and not a.entries, to_text(a)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what did Karimov, the Tajik expert, say about the treaty",
            "Not Karimov: Saifullo Safarov is chairman of the Association",
        ),
        (
            "what did Smith, the kazakh minister, say",
            "Not Smith: Yersaiyn Nagaspayev is Kazakhstan's Minister",
        ),
    ],
)
def test_an_unknown_name_beside_a_description_is_set_apart(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    # The description's holder was shown as if he were the one named.
    a = service.ask(question)
    assert a.answered and to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q24_NAME_BESIDE_ROLE", False)
    assert not to_text(service.ask(question)).startswith("Not ")


@pytest.mark.parametrize(
    "question",
    [
        "What did the Tajik expert say about the Treaty",
        "what did the Tajik expert in Moscow say",
        "what did Safarof, the Tajik expert, say",
        "I'm writing a paper. Is there a quote from the Tajik expert about the treaty?",
    ],
)
def test_a_description_without_another_name_has_no_lead(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("saifullo-safarov",), to_text(a)
    assert not to_text(a).startswith("Not "), to_text(a)


def test_a_place_beside_a_description_is_no_name(service: Service) -> None:
    a = service.ask("the guy who used to be Bishkek's man in Baku — his view on the summit?")
    assert a.answered and a.speakers == ("kairat-osmonaliyev",), to_text(a)
    assert not to_text(a).startswith("Not "), to_text(a)


@pytest.mark.parametrize("question", ["what is 2+2?", "сколько будет 2+2?"])
def test_a_sum_asks_nothing_of_the_base(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "2" was read as the second summit: its card answered.
    a = service.ask(question)
    assert a.kind == "help" and not a.entries, to_text(a)
    monkeypatch.setattr(tuning, "Q24_ARITHMETIC", False)
    assert service.ask(question).kind != "help"


@pytest.mark.parametrize(
    ("question", "entry"),
    [("18-19 May?", "summit-2023-xian"), ("what happened on 17 June?", "summit-2025-astana")],
)
def test_dates_are_no_sums(service: Service, question: str, entry: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)


@pytest.mark.parametrize("question", ["cool", "круто", "понятно"])
def test_assent_alone_is_small_talk(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert service.ask(question).kind == "help"
    monkeypatch.setattr(tuning, "Q24_SMALL_TALK", False)
    assert service.ask(question).kind != "help"


def test_is_there_a_quote_asks_for_his_words(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "is there a quote from a tajik expert on the astana summit?"
    a = service.ask(question)
    assert a.answered and a.speakers == ("saifullo-safarov",), to_text(a)
    # Before: "No: that was not Saifullo Safarov. These are the words of Yersaiyn Nagaspayev".
    monkeypatch.setattr(tuning, "Q24_IS_THERE_A_QUOTE", False)
    # Its twin: the summit spoken at is no topic (tuning.Q26F_SPOKE_AT_SUMMIT).
    monkeypatch.setattr(tuning, "Q26F_SPOKE_AT_SUMMIT", False)
    assert to_text(service.ask(question)).startswith("No: that was not Saifullo Safarov")


@pytest.mark.parametrize(
    "question",
    [
        "is there a quote from safarov saying china is reckless?",
        "is there a quote from safarov that china is reckless?",
    ],
)
def test_is_there_a_quote_saying_words_puts_them_to_him(service: Service, question: str) -> None:
    a = service.ask(question)
    assert to_text(a).startswith("I can't confirm that Saifullo Safarov said that"), to_text(a)


def test_a_name_ending_in_i_is_no_and(service: Service) -> None:
    # Q25F_AND_IN_DESCRIPTION read «и», the end of «Ван И», as "and" opening the description:
    # «Нет: не «И — министр торговли Китая»».
    a = service.ask("Ван И — министр торговли Китая?")
    assert a.answered and a.entries[0] == "wang-yi", to_text(a)
    assert "«И" not in to_text(a), to_text(a)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who is the leader of tajikistan", "emomali-rahmon"),
        ("who is the tajik leader?", "emomali-rahmon"),
        ("who is the kazakh leader?", "kassym-jomart-tokayev"),
    ],
)
def test_a_countrys_leader_is_its_head_of_state(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    monkeypatch.setattr(tuning, "Q24_LEADER_IS_HEAD_OF_STATE", False)
    assert service.ask(question).entries[:1] != (entry,)


@pytest.mark.parametrize(
    "question", ["what did the tajik leader say", "what did the leader of kyrgyzstan say"]
)
def test_nobody_quoted_is_taken_for_a_countrys_leader(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # Safarov "heads" an association: his words were shown as the leader's.
    a = service.ask(question)
    assert not a.speakers and not a.entries, to_text(a)
    monkeypatch.setattr(tuning, "Q24_LEADER_IS_HEAD_OF_STATE", False)
    assert service.ask(question).speakers == ("saifullo-safarov",)


def test_the_head_of_an_association_is_still_its_chairman(service: Service) -> None:
    a = service.ask("who is the head of the association of political scientists")
    assert a.answered and a.entries[0] == "saifullo-safarov", to_text(a)
