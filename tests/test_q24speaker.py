"""One quoted person identified, his words asked for, round 24 (q24speaker).

A question that names or describes exactly one quoted person ("the Kyrgyz one", "a Tajik
voice", "any1 from kyrgyzstan", "Osmonaliyev - ... - full context pls") and asks what he said
is answered with his own words (tuning.Q24S_OWN_WORDS_ASKED); each test shows the old
behaviour with the switch off. The near misses stay as they were: claims put to him, topics
his words do not touch, descriptions of someone not quoted or of nobody in particular.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import shown

_RULE = "Q24S_OWN_WORDS_ASKED"


_ASKED = [
    # described by country and a noun of a person, asked "what did he say"
    ("Was there a Tajik voice in the coverage? What did he say?", "saifullo-safarov"),
    (
        "Two of the experts talked about mutual respect. What did the Tajik one say about it?",
        "saifullo-safarov",
    ),
    ("did any1 from kyrgyzstan comment on the summit?? what did they say", "kairat-osmonaliyev"),
    # named, the words asked for by "full context", his card shown before
    ("Osmonaliyev - 'top priority' - full context pls", "kairat-osmonaliyev"),
]


@pytest.mark.parametrize(("question", "speaker"), _ASKED)
def test_his_words_answer(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    entry, speakers = shown(service, question)
    assert speakers == (speaker,), to_text(service.ask(question))
    assert entry is not None
    assert service.snapshot.index.kb.quotes[entry].speaker == speaker
    monkeypatch.setattr(tuning, _RULE, False)
    # Before: refused, his card, or a fact about the leaders (no words of his).
    before, _ = shown(service, question)
    assert before not in service.snapshot.index.kb.quotes, to_text(service.ask(question))


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        (
            "what did the kyrgyz ex ambassador to azerbaijan say about the summit in astana? "
            "what exactly",
            "osmonaliyev-proactive-role",
            "kairat-osmonaliyev",
        ),
        (
            "kairat osmonaliyev views on the 2nd china central asia summit",
            "osmonaliyev-proactive-role",
            "kairat-osmonaliyev",
        ),
        (
            "Can you quote Safarov on the strategic significance of the treaty",
            "safarov-treaty-way-forward",
            "saifullo-safarov",
        ),
    ],
)
def test_a_name_or_office_with_a_loose_topic_answers(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, speaker: str
) -> None:
    assert shown(service, question) == (quote, (speaker,)), to_text(service.ask(question))
    monkeypatch.setattr(tuning, _RULE, False)
    # Its twin: the summit spoken at is no topic (tuning.Q26F_SPOKE_AT_SUMMIT).
    monkeypatch.setattr(tuning, "Q26F_SPOKE_AT_SUMMIT", False)
    # Before: "I can't confirm that ... said that", or no answer.
    assert not service.ask(question).answered


def test_another_speakers_words_put_after_about_are_not_his(service: Service) -> None:
    # "proactive role" is Osmonaliyev's, "prudent and wise" Safarov's: never shown as the
    # words of the person named.
    for question, person in (
        ("what did safarov say about central asia taking a proactive role", "saifullo-safarov"),
        ("what did nagaspayev say about china being prudent and wise", "yersaiyn-nagaspayev"),
    ):
        assert person not in service.ask(question).speakers, to_text(service.ask(question))


def test_words_put_to_him_are_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "did the tajik expert say the treaty was a mistake? what did he say"
    a = service.ask(question)
    assert a.answered and tuple(a.speakers) == ("saifullo-safarov",), to_text(a)
    text = to_text(a)
    assert text.startswith("I can't confirm that"), text
    assert not text.startswith("Yes"), text
    monkeypatch.setattr(tuning, _RULE, False)
    assert not service.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        # claims put to a person stay claims
        "Did Safarov warn that the treaty could limit Tajikistan's sovereignty?",
        "did osmonaliyev say china is reckless",
        "did anyone from kazakhstan talk about the secretariat?",
        # topics none of his words touch
        "what did osmonaliyev say about the weather",
        "what did safarov say about bitcoin projects in china",
        "osmonaliyev quote on bananas",
        # people not quoted, or no one quoted of that description
        "what did the kyrgyz president say about the summit",
        "what did the american ambassador say about the summit",
        "what did the uzbek expert say about the summit",
        "what did the kazakh foreign minister say about the summit",
        "what did the kazakh ex diplomat say about china's diplomacy",
        # another name beside his, an office nobody quoted holds
        "what did Bakyt Osmonaliyev say about the summit? what exactly",
        "what did the Azerbaijani ambassador say about the summit",
        # several people fit, or nobody in particular
        "What did the Central Asian expert say?",
        "what did the guy say",
    ],
)
def test_near_misses_stay_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    if a.answered:
        # "I can't confirm that" with his closest words is no answer that he said it
        assert a.kind == "quote" and to_text(a).startswith("I can't confirm"), to_text(a)
    else:
        assert not a.speakers, to_text(a)


def test_another_speakers_topic_is_not_his(service: Service) -> None:
    # Coal chemistry is the minister's: never shown as Osmonaliyev's words.
    for question in (
        "what did Osmonaliyev say about coal chemistry",
        "what did the tajiks say about coal chemistry",
    ):
        a = service.ask(question)
        assert "kairat-osmonaliyev" not in a.speakers, to_text(a)
        assert "saifullo-safarov" not in a.speakers, to_text(a)
