"""Issue 13, questions that take a wrong detail as given, round 20 (q20trap).

Each test fails when its rule (bot/tuning.py, section "q20trap") is switched off; the near
misses beside them (the right detail) are confirmed, not "corrected".
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

_PARTICIPANTS = ("fact-participants", "fact-leaders-astana", "summit-2025-astana")


# --- a country of the base put among those taking part (tuning.Q20_MEMBER_COUNTRY) -------------


@pytest.mark.parametrize(
    "question",
    [
        "Was Kyrgyzstan one of the countries at the summit?",
        "Was Kazakhstan one of the countries at the summit?",
        "Did Turkmenistan take part in the Astana summit?",
        "Did Uzbekistan take part in the summit?",
        "Did China take part in the summit?",
    ],
)
def test_member_country_gets_the_participants(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] in _PARTICIPANTS, text
    assert not text.startswith("No"), text
    assert not a.speakers, text
    # Off: a person's words (Osmonaliyev's for Kyrgyzstan), "No: that was not Nagaspayev",
    # or "I have no quotes from Turkmenistan".
    monkeypatch.setattr(tuning, "Q20_MEMBER_COUNTRY", False)
    off = service.ask(question)
    assert not (off.answered and off.entries and off.entries[0] in _PARTICIPANTS), to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "Was Afghanistan one of the countries at the summit?",
        "Did Russia take part in the summit?",
    ],
)
def test_country_not_taking_part_is_still_put_right(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith("No: not "), text


@pytest.mark.parametrize(
    "question",
    ["Was Tajikistan among the countries at the summit?", "Did Kyrgyzstan attend the summit?"],
)
def test_member_country_near_misses_keep_the_list(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] in _PARTICIPANTS, to_text(a)
    assert not to_text(a).startswith("No"), to_text(a)


def test_a_take_on_the_treaty_stays_words(service: Service) -> None:
    # "take" after a nationality without "part" is still someone's take (Q12_NATIONALITY_TAKE).
    a = service.ask("What's the Tajik take on the treaty?")
    assert a.answered and a.speakers == ("saifullo-safarov",), to_text(a)


# --- a proposal that is another's thing (tuning.Q20_PROPOSED_OTHER) ----------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Did Xi propose the treaty?",
            "I can't confirm that Xi Jinping proposed the treaty: my sources say the China–Central "
            "Asia Spirit.",
        ),
        (
            "Did Xi put forward the treaty at the Astana summit?",
            "I can't confirm that Xi Jinping proposed the treaty: my sources say the China–Central "
            "Asia Spirit.",
        ),
        (
            "Си предложил договор?",
            "Не могу подтвердить «Си Цзиньпин предложил договор»: по моим источникам — Дух Китая "
            "и Центральной Азии.",
        ),
    ],
)
def test_proposal_of_another_thing_is_put_right(  # not "No": who proposed it is not said
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-spirit", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert not a.speakers
    # Off: the Spirit's record bare, which reads as a yes.
    monkeypatch.setattr(tuning, "Q20_PROPOSED_OTHER", False)
    assert not to_text(service.ask(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Did Xi propose the China–Central Asia Spirit?",
        "Did Xi propose the spirit at the Astana summit?",
        "Си Цзиньпин выдвинул Дух Китая и Центральной Азии?",
    ],
)
def test_proposal_of_his_thing_is_confirmed(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-spirit", to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)


# --- a day of the summit's month it was not held on (tuning.Q20_DAY_TRAP) ----------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Was the Astana summit held on 18 June?", "No: not 18 June: my sources say 17 June 2025."),
        ("Was the Astana summit held on June 18?", "No: not 18 June: my sources say 17 June 2025."),
        ("Was the Xi'an summit on 20 May 2023?", "No: not 20 May: my sources say 18–19 May 2023."),
        (
            "Саммит в Астане прошёл 18 июня?",
            "Нет: не 18 июня: по моим источникам — 17 июня 2025.",
        ),
        (
            "Was the Astana summit held on 30 May?",
            "No: not 30 May: my sources say 17 June 2025.",
        ),
    ],
)
def test_wrong_day_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0].startswith("summit-"), to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    # Off: the card with no word on the day, or the secretariat's record ("30").
    monkeypatch.setattr(tuning, "Q20_DAY_TRAP", False)
    assert not to_text(service.ask(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Was the Astana summit held on 17 June?",
        "Was the Xi'an summit on 19 May 2023?",
        "Саммит в Астане прошёл 17 июня?",
        "The secretariat opened on 30 March 2024 in Xi'an, right?",
    ],
)
def test_right_day_is_confirmed(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered, to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)


# --- the wrong month named as typed, in its case (tuning.Q20_MONTH_LEAD_FORM) ------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Саммит в Астане был 17 апреля?",
            "Нет: не 17 апреля: по моим источникам — 17 июня 2025.",
        ),
        (
            "Саммит в Астане прошёл в апреля?",
            "Нет: не в апреле: по моим источникам — 17 июня 2025.",
        ),
        (
            "Was the Astana summit held on 17 April?",
            "No: not 17 April: my sources say 17 June 2025.",
        ),
        (
            "Секретариат открылся 30 мая 2024?",
            "Нет: не 30 мая: по моим источникам — 30 марта 2024.",
        ),
    ],
)
def test_month_lead_in_its_form(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered, to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    # Off: «Нет: не в апреля», "No: not in April" (q21trap's Q21_RECORD_DATE, which puts a
    # record's full date right in the same form, off too).
    monkeypatch.setattr(tuning, "Q20_MONTH_LEAD_FORM", False)
    monkeypatch.setattr(tuning, "Q21_RECORD_DATE", False)
    assert not to_text(service.ask(question)).startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Саммит в Астане прошёл в апреле?",
            "Нет: не в апреле: по моим источникам — 17 июня 2025.",
        ),
        ("Was the Astana summit held in April?", "No: not in April: my sources say 17 June 2025."),
    ],
)
def test_month_lead_without_a_day(service: Service, question: str, lead: str) -> None:
    assert to_text(service.ask(question)).startswith(lead)


# --- a sum in another currency (tuning.Q20_CURRENCY_CLAIM) -------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Nagaspayev said 133 projects worth 35 billion euros, right?",
            "No: not 35 billion euros: my sources say 35 billion dollars.",
        ),
        (
            "Nagaspayev said 133 projects worth 35 billion yuan, right?",
            "No: not 35 billion yuan: my sources say 35 billion dollars.",
        ),
        (
            "Did Nagaspayev say 54 projects worth nine billion euros are done?",
            "No: not nine billion euros: my sources say nine billion dollars.",
        ),
        (
            "Нагаспаев сказал про 133 проекта на 35 миллиардов евро?",
            "Нет: не 35 миллиардов евро: по моим источникам — 35 миллиардов долларов.",
        ),
    ],
)
def test_wrong_currency_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",), to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    # Off: "Yes: these are the words of Yersaiyn Nagaspayev" (the currency no figure).
    monkeypatch.setattr(tuning, "Q20_CURRENCY_CLAIM", False)
    off = to_text(service.ask(question))
    assert not off.startswith(lead), off


@pytest.mark.parametrize(
    "question",
    [
        "Nagaspayev said 133 projects worth 35 billion dollars, right?",
        "Нагаспаев сказал про 133 проекта на 35 млрд долларов?",
    ],
)
def test_right_currency_is_confirmed(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",), to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)


# --- a figure claim put to a bare title (tuning.Q20_TITLE_CLAIM) -------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("the minister said 143 projects, right?", "No: not 143 projects: my sources say 133"),
        (
            "The minister said 133 projects worth 35 billion euros, right?",
            "No: not 35 billion euros: my sources say 35 billion dollars.",
        ),
        (
            "Министр сказал про 133 проекта на 25 миллиардов долларов, так?",
            "Нет: не 25 миллиардов: по моим источникам — 35 миллиардов.",
        ),
    ],
)
def test_figure_claim_of_a_title_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",), to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    # Off: read as "who said these words", the wrong figure no one's: refused.
    monkeypatch.setattr(tuning, "Q20_TITLE_CLAIM", False)
    assert not to_text(service.ask(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "The expert said China is a top priority, right?",
        "The minister said China is a top priority, right?",
        "The minister said 133 projects worth 35 billion dollars, right?",
    ],
)
def test_title_claim_names_nobody_not_named(service: Service, question: str) -> None:
    # No figure put right: the words are shown under their speaker, and nobody is "not" him.
    text = to_text(service.ask(question))
    assert not text.startswith(("No", "Нет")), text


# --- «страна-участница» and the Russian count named as a count ---------------------------------


@pytest.mark.parametrize(
    "question",
    ["В Астане было 7 стран-участниц?", "Я читал, что в Астане было 7 стран-участниц, это правда?"],
)
def test_participating_countries_counted_wrong_are_put_right(
    service: Service, question: str
) -> None:
    # «участница» is in the countries' group (knowledge/synonyms.yaml): the list was bare.
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-participants", to_text(a)
    assert to_text(a).startswith("Нет: не 7 стран: по моим источникам — "), to_text(a)


def test_right_count_of_participating_countries_is_confirmed(service: Service) -> None:
    a = service.ask("В Астане было 6 стран-участниц?")
    assert a.answered and a.entries[0] == "fact-participants", to_text(a)
    assert not to_text(a).startswith("Нет"), to_text(a)


@pytest.mark.parametrize("question", ["В Астане было 7 стран?", "В Астане было 5 стран?"])
def test_russian_count_lead_in_the_nominative(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    text = to_text(service.ask(question))
    assert text.split("\n")[0].endswith("по моим источникам — шесть стран."), text
    # Off: «… по моим источникам — шести стран.»
    monkeypatch.setattr(tuning, "Q20_COUNT_NOMINATIVE_RU", False)
    off = to_text(service.ask(question))
    assert not off.split("\n")[0].endswith("— шесть стран."), off
