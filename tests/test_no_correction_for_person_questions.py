"""A question about a person credits them with no words, so it is never "corrected".

Found on the third blind set (the only misattribution-like answer of its first run, looked at
and so no longer blind): "which country is nagaspayev from" was answered "No: that was not
Yersaiyn Nagaspayev. These are the words of Saifullo Safarov…", because "country" is in
Safarov's quote ("Central Asian countries") and not in Nagaspayev's. The rule
(``matcher._asks_about_person``, under ``tuning.CORRECTION_NEEDS_WORDS``): an interrogative
question with no verb of saying, no claim and no "who said" asks about the person, not about
words.
"""

from __future__ import annotations

import pytest

from bot import names, tuning
from bot.index import Index
from bot.intent import parse
from bot.matcher import Match, match_parsed
from bot.render import to_text
from bot.service import Service

NAGASPAYEV = "yersaiyn-nagaspayev"
SAFAROV = "saifullo-safarov"


def _lexical(index: Index, question: str) -> Match:
    return match_parsed(index, parse(index, question))


@pytest.mark.parametrize(
    "question",
    ["which country is nagaspayev from", "nagaspayev is from which country"],
)
def test_person_question_is_not_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind != "correction"
    assert a.speakers and set(a.speakers) == {NAGASPAYEV}
    reply = to_text(a)
    assert "Kazakhstan" in reply and "not Yersaiyn Nagaspayev" not in reply
    monkeypatch.setattr(tuning, "CORRECTION_NEEDS_WORDS", False)
    # (q8fact's ORIGIN_ASKS_CARD also reads the question as one for the card.)
    monkeypatch.setattr(tuning, "ORIGIN_ASKS_CARD", False)
    m = _lexical(service.snapshot.index, question)
    assert m.kind == "correction"
    assert service.snapshot.index.kb.quotes[m.entries[0]].speaker == SAFAROV


@pytest.mark.parametrize(
    ("question", "right"),
    [
        ("what did nagaspayev say about respecting each and every partner", SAFAROV),
        ("nagaspayev respecting each and every partner", SAFAROV),
    ],
)
def test_words_credited_to_the_wrong_person_are_still_corrected(
    service: Service, question: str, right: str
) -> None:
    a = service.ask(question)
    assert a.kind == "correction"
    assert set(a.speakers) == {right}


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # A claim hears "No".
        (
            "Tokayev said 'respecting each and every partner', didn't he?",
            "No: that was not Kassym-Jomart Tokayev. These are the words of Saifullo Safarov",
        ),
        (
            "Токаев сказал, что Китай уважает каждого партнёра, верно?",
            "Нет, это сказал не Касым-Жомарт Токаев. Автор этих слов — Сайфулло Сафаров",
        ),
        # A question claimed nothing: it hears that the person says nothing about it.
        (
            "what did nagaspayev say about respecting each and every partner",
            "Yersaiyn Nagaspayev says nothing about this in my sources. These are the words of "
            "Saifullo Safarov",
        ),
    ],
)
def test_a_correction_says_no_only_to_a_claim(service: Service, question: str, head: str) -> None:
    a = service.ask(question)
    assert a.kind == "correction"
    assert to_text(a).startswith(head)


@pytest.mark.parametrize(
    "question", ["did anybody talk about mining?", "did anyone talk about mining?"]
)
def test_anybody_is_nobody_in_particular(service: Service, question: str) -> None:
    """ "Anybody" names no one: the question asks who spoke about mining (it was answered
    "I have no quotes from “anybody”")."""
    a = service.ask(question)
    assert a.kind != "unknown_person"
    assert a.speakers == (NAGASPAYEV,)


def test_a_card_does_not_answer_when(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    """A person's card holds no dates: "when was Osmonaliyev ambassador to Azerbaijan" is
    refused with the card offered, not answered with it (the card reads as the answer)."""
    question = "when was osmonaliyev ambassador to azerbaijan"
    a = service.ask(question)
    assert not a.answered
    assert "kairat-osmonaliyev" in [s.id for s in a.suggestions]
    monkeypatch.setattr(tuning, "UNHELD_VETO", False)
    assert service.ask(question).kind == "person"


@pytest.mark.parametrize(
    "question",
    [
        "who said central asia places cooperation with russia as a top priority",
        "who said japan has always engaged with other countries in a prudent and wise manner",
    ],
)
def test_a_country_swapped_into_a_quote_is_not_answered(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Osmonaliyev and Safarov spoke of China. "russia" and "japan" are also common words in
    the dictionaries (russia leather, japan lacquer), so only names.COMMON_WORD_PLACES shows
    they are places; without it the semantic stage answered with the words about China."""
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    monkeypatch.setattr(names, "COMMON_WORD_PLACES", frozenset())
    # q7quote's cross-script word check refuses the "russia" swap too ("russia" is explained
    # only by a Russian word of Osmonaliyev's sample questions): off, to show this rule alone.
    monkeypatch.setattr(tuning, "CROSS_SCRIPT_FULL_CUTOFF", False)
    names.is_proper_noun.cache_clear()
    try:
        assert service.ask(question).speakers != ()
    finally:
        monkeypatch.undo()
        names.is_proper_noun.cache_clear()
