"""Round 21, the lead's rules (tuning "# lead, round 21" section).

Each rule is switched off once to show its test notices it. The questions are written for these
tests from the last session's notes (no blind item).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "who is Safarov, the Tajik foreign minister?",
            "Not the Tajik foreign minister: Saifullo Safarov is chairman of the Association",
        ),
        (
            "who's nagaspayev, the kazakh foreign minister",
            "Not the kazakh foreign minister: Yersaiyn Nagaspayev is Kazakhstan's Minister",
        ),
        (
            "кто такой Сафаров, министр иностранных дел Таджикистана?",
            "Не «министр иностранных дел Таджикистана»: Сайфулло Сафаров — председатель",
        ),
    ],
)
def test_a_wrong_description_ending_a_who_is_question_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] in ("saifullo-safarov", "yersaiyn-nagaspayev")
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q21_WHO_IS_DESCRIBED_AFTER", False)
    assert not to_text(service.ask(question)).startswith(lead[:6])


@pytest.mark.parametrize(
    "question",
    [
        "who is Safarov, the Tajik political scientist?",
        "who is safarov",
        "who is nagaspayev, the kazakh minister",
    ],
)
def test_a_fitting_description_or_none_has_no_lead(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered
    assert not to_text(a).startswith("Not "), to_text(a)


@pytest.mark.parametrize(
    ("question", "lead", "speaker"),
    [
        (
            "what did the kazakh political scientist say",
            "Not the kazakh political scientist: Yersaiyn Nagaspayev is Kazakhstan's Minister",
            "yersaiyn-nagaspayev",
        ),
        (
            "what did the kazakh analyst say about mining",
            "Not the kazakh analyst: Yersaiyn Nagaspayev",
            "yersaiyn-nagaspayev",
        ),
        (
            "what did the kyrgyz professor say",
            "Not the kyrgyz professor: Kairat Osmonaliyev is former Kyrgyzstan's Ambassador",
            "kairat-osmonaliyev",
        ),
    ],
)
def test_a_scholar_trade_the_card_lacks_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str, speaker: str
) -> None:
    """The one person quoted from the country answers, with a lead that he is no scholar."""
    a = service.ask(question)
    assert a.speakers == (speaker,)
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q21_SCHOLAR_NOT_OFFICIAL", False)
    b = service.ask(question)
    assert b.speakers == (speaker,)
    assert not to_text(b).startswith("Not "), to_text(b)


def test_a_russian_scholar_trade_is_read_and_put_right(service: Service) -> None:
    """«Политолог» named nobody: "no quotes from «казахский политолог»"."""
    a = service.ask("что сказал казахский политолог")
    assert a.speakers == ("yersaiyn-nagaspayev",)
    assert to_text(a).startswith("Не «казахский политолог»: Ерсайын Нагаспаев — министр")


@pytest.mark.parametrize(
    "question", ["what did the tajik scholar say", "что сказал таджикский политолог"]
)
def test_a_scholar_trade_that_fits_has_no_lead(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.speakers == ("saifullo-safarov",)
    assert not to_text(a).startswith(("Not ", "Не ")), to_text(a)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("safarov is kyrgyz, right?", "No: not Kyrgyz: Saifullo Safarov is chairman"),
        ("osmonaliyev is kazakh, right?", "No: not Kazakh: Kairat Osmonaliyev is former"),
    ],
)
def test_a_one_word_description_has_no_article(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    assert to_text(service.ask(question)).startswith(lead), to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q21_BARE_DEMONYM_LEAD", False)
    assert to_text(service.ask(question)).startswith("No: not the "), to_text(service.ask(question))
