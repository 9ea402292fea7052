"""Issue 13, questions that take a wrong detail as given, round 22 (q22trap).

Each test fails when its rule (bot/tuning.py, section "q22trap") is switched off; the near
misses beside them keep their old answers.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

# --- a named person's words turned to their opposite (tuning.Q22_SAID_OPPOSITE) ---------------


@pytest.mark.parametrize(
    ("question", "quote", "lead"),
    [
        (
            "why did safarov say china is reckless with its partners?",
            "safarov-treaty-way-forward",
            "No: Saifullo Safarov said the opposite.",
        ),
        (
            "why did osmonaliyev say central asia is becoming passive and dependent on china",
            "osmonaliyev-proactive-role",
            "No: Kairat Osmonaliyev said the opposite.",
        ),
        (
            "safarov called the treaty a dead end for cooperation, why?",
            "safarov-treaty-way-forward",
            "No: Saifullo Safarov said the opposite.",
        ),
        (
            "why did nagaspayev complain that industrial cooperation with china is stalling?",
            "nagaspayev-industrial-cooperation",
            "No: Yersaiyn Nagaspayev said the opposite.",
        ),
        (
            "почему Осмоналиев сказал, что страны ЦА теряют самостоятельность?",
            "osmonaliyev-proactive-role",
            "Нет: Кайрат Осмоналиев сказал обратное.",
        ),
        (
            "Почему Сафаров назвал Китай безрассудным в отношениях с партнёрами?",
            "safarov-treaty-way-forward",
            "Нет: Сайфулло Сафаров сказал обратное.",
        ),
        (
            "pochemu safarov skazal chto kitay bezrassudnyy",
            "safarov-treaty-way-forward",
            "Нет: Сайфулло Сафаров сказал обратное.",
        ),
    ],
)
def test_words_turned_are_put_right_with_his_own(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == (quote,), text
    assert text.startswith(lead), text
    speaker = service.snapshot.index.kb.quotes[quote].speaker
    assert a.speakers == (speaker,), text
    # Off: "I can't confirm that ..." (his words a button), his card, or a refusal.
    monkeypatch.setattr(tuning, "Q22_SAID_OPPOSITE", False)
    off = service.ask(question)
    assert not to_text(off).startswith(lead), to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "why did safarov say the weather is bad",  # not on his words' topic
        "why did safarov say china is bad at football",
        "why did osmonaliyev say china is passive",  # he said it of Central Asia
        "did safarov say china is not reckless",  # denied: the denial checks' question
    ],
)
def test_near_misses_are_not_said_to_be_the_opposite(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert "said the opposite" not in text, text


# --- a wrong description a question says a named person is (tuning.Q22_NAME_IS_DESCRIBED) ------


@pytest.mark.parametrize(
    ("question", "person", "lead"),
    [
        (
            "safarov is the kyrgyz political scientist, right?",
            "saifullo-safarov",
            "No: not the kyrgyz political scientist: Saifullo Safarov is chairman",
        ),
        (
            "Сафаров ведь кыргызский политолог?",
            "saifullo-safarov",
            "Нет: не «кыргызский политолог»: Сайфулло Сафаров — председатель",
        ),
        (
            "Осмоналиев — посол Кыргызстана в Китае, да?",
            "kairat-osmonaliyev",
            "Нет: не «посол Кыргызстана в Китае»: Кайрат Осмоналиев — бывший посол",
        ),
        (
            "osmonaliev posol kyrgyzstana v kitae?",
            "kairat-osmonaliyev",
            "Нет: не «посол кыргызстана в китае»: Кайрат Осмоналиев",
        ),
        (
            "nagaspayev is the kazakh foreign minister?",
            "yersaiyn-nagaspayev",
            "No: not the kazakh foreign minister: Yersaiyn Nagaspayev is Kazakhstan's Minister",
        ),
    ],
)
def test_wrong_description_put_to_a_name_gets_his_card_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == (person,), text
    assert text.startswith(lead), text
    # Off: his words, shown as if they confirmed the description.
    monkeypatch.setattr(tuning, "Q22_NAME_IS_DESCRIBED", False)
    off = service.ask(question)
    assert not to_text(off).startswith(lead), to_text(off)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("safarov is the tajik political scientist, right?", "saifullo-safarov"),
        ("Нагаспаев — министр промышленности Казахстана?", "yersaiyn-nagaspayev"),
        ("osmonaliyev former ambassador", "kairat-osmonaliyev"),
    ],
)
def test_description_that_fits_is_not_put_right(
    service: Service, question: str, person: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == (person,), text
    assert not text.startswith(("No", "Нет", "Not", "Не ")), text


# --- why a summit was held in a place no summit was held in (tuning.Q22_WHY_WRONG_PLACE) --------


@pytest.mark.parametrize(
    "question",
    [
        "Почему второй саммит проходил в Алматы?",
        "почему саммит был в Алматы",
        "pochemu sammit byl v almaty",
        "why was the summit in almaty",
    ],
)
def test_why_in_a_wrong_place_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == ("summit-2025-astana",), text
    assert text.startswith(("Не в Алматы: по моим источникам — Астана.", "Not in Almaty")), text
    # Off: refused (the reason fact, whose place is Xi'an, outranked the summit's card).
    monkeypatch.setattr(tuning, "Q22_WHY_WRONG_PLACE", False)
    off = service.ask(question)
    assert not off.answered, to_text(off)


def test_why_in_the_right_place_keeps_the_reason(service: Service) -> None:
    a = service.ask("Почему второй саммит проходил в Астане?")
    assert a.entries == ("fact-kazakhstan-offered-host",), to_text(a)


# --- a country the base does not hold opening a claim that it signed (Q22_STATEMENT_PARTY) -----

_SIGNED = ("fact-astana-signed", "fact-participants", "fact-leaders-astana", "summit-2025-astana")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("afghanistan also signed the astana declaration right", "No: not Afghanistan: "),
        ("russia signed the treaty, right?", "No: not Russia: "),
        ("Афганистан тоже подписал декларацию в Астане?", "Нет: не Афганистан: "),
    ],
)
def test_statement_of_a_non_member_signing_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] in _SIGNED, text
    assert text.startswith(lead), text
    # Off: refused.
    monkeypatch.setattr(tuning, "Q22_STATEMENT_PARTY", False)
    off = service.ask(question)
    assert not to_text(off).startswith(lead), to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "kazakhstan also signed the astana declaration, right?",  # a member
        "Путин тоже подписал декларацию в Астане?",  # a surname, not a country
        "reuters also covered the summit?",  # no verb of signing or taking part
    ],
)
def test_statement_party_near_misses(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert not text.startswith(("No: not", "Нет: не")), text


# --- a weekday beside a wrong day (Q22_WEEKDAY_AND_DAY); "when in <month>" (Q22_WHEN_IN_MONTH) --


@pytest.mark.parametrize(
    ("question", "switch", "entry", "lead"),
    [
        (
            "astana summit was on thursday 19 june?",
            "Q22_WEEKDAY_AND_DAY",
            "summit-2025-astana",
            "No: not Thursday 19 June: my sources say Tuesday, 17 June 2025.",
        ),
        (
            "when in october 2023 was the xi'an summit",
            "Q22_WHEN_IN_MONTH",
            "summit-2023-xian",
            "Not in October: my sources say 18–19 May 2023.",
        ),
        (
            "когда в октябре 2023 прошёл саммит в Сиане",
            "Q22_WHEN_IN_MONTH",
            "summit-2023-xian",
            "Не в октябре: по моим источникам — 18–19 мая 2023.",
        ),
    ],
)
def test_wrong_date_details_are_put_right(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    switch: str,
    entry: str,
    lead: str,
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == (entry,), text
    assert text.startswith(lead), text
    # Off: refused.
    monkeypatch.setattr(tuning, switch, False)
    off = service.ask(question)
    assert not to_text(off).startswith(lead), to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "astana summit was on tuesday 17 june?",
        "when in may 2023 was the xi'an summit",
        "when in june 2025 was the astana summit",
    ],
)
def test_right_dates_are_not_put_right(service: Service, question: str) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered, text
    assert not text.startswith(("No", "Not", "Не")), text


# --- one summit's document credited with another's deed (tuning.Q22_DOCUMENT_DEED) ------------

_MECHANISM = ("fact-summit-mechanism", "fact-xian-declaration", "summit-2023-xian")


@pytest.mark.parametrize(
    "question",
    [
        "the astana declaration set up the summit mechanism, right?",
        "did the astana declaration establish the summit mechanism?",
    ],
)
def test_document_credited_with_another_documents_deed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    lead = "No: not the Astana Declaration: my sources say the Xi'an Declaration."
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] in _MECHANISM, text
    assert text.startswith(lead), text
    # Off: refused.
    monkeypatch.setattr(tuning, "Q22_DOCUMENT_DEED", False)
    off = service.ask(question)
    assert not to_text(off).startswith(lead), to_text(off)


def test_document_with_its_own_deed_is_not_put_right(service: Service) -> None:
    a = service.ask("the xi'an declaration set up the summit mechanism, right?")
    text = to_text(a)
    assert a.answered and a.entries[0] in _MECHANISM, text
    assert not text.startswith("No"), text


# --- a summit not yet held, asked of in the past at a held one's place (Q22_PAST_AT_UNHELD) ----


@pytest.mark.parametrize(
    ("question", "entries", "lead"),
    [
        (
            "what did the leaders sign at the third china central asia summit in astana",
            ("fact-astana-signed", "summit-2025-astana"),
            "The summit in Astana was the Second China–Central Asia Summit; the Third",
        ),
        (
            "Что подписали на третьем саммите в Астане?",
            ("fact-astana-signed", "summit-2025-astana"),
            "Саммит в Астане — второй саммит «Китай — Центральная Азия». Третий",
        ),
        (
            "the third summit was in astana, right?",
            ("summit-2025-astana",),
            "No: the summit in Astana was the Second China–Central Asia Summit;",
        ),
    ],
)
def test_past_at_an_unheld_summit_gets_the_held_one(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    entries: tuple[str, ...],
    lead: str,
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] in entries, text
    assert text.startswith(lead), text
    # Off: the 2027 summit's card under "Not in Astana: my sources say China."
    monkeypatch.setattr(tuning, "Q22_PAST_AT_UNHELD", False)
    off = service.ask(question)
    assert off.entries[:1] != a.entries[:1], to_text(off)


def test_future_at_an_unheld_summit_keeps_its_card(service: Service) -> None:
    a = service.ask("will the third summit be in astana?")
    assert a.entries == ("summit-2027-china",), to_text(a)
    assert to_text(a).startswith("No: not in Astana"), to_text(a)
