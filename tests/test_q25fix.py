"""Wrong answers found in review, round 25 (q25fix).

Each test fails when its rule (bot/tuning.py, section "q25fix") is switched off; the near
misses beside them keep their answer or stay refused, never answered with somebody else's words.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import refused

# --- a price of nothing named (tuning.Q25F_PRICE_ALONE) ------------------------------------

_PRICES = ["how much is a dollar?", "сколько стоит доллар?", "how much does it cost?"]


@pytest.mark.parametrize("question", _PRICES)
def test_a_price_of_nothing_named_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    refused(service, question)
    monkeypatch.setattr(tuning, "Q25F_PRICE_ALONE", False)
    a = service.ask(question)
    assert a.answered and a.entries[:1] == ("fact-kazakhstan-22bn",), to_text(a)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how much did china sign with kazakhstan at the first summit", "fact-kazakhstan-22bn"),
        ("how much are the 133 projects worth", None),
    ],
)
def test_a_price_of_something_named_answers(
    service: Service, question: str, entry: str | None
) -> None:
    a = service.ask(question)
    assert a.answered, to_text(a)
    if entry is not None:
        assert a.entries[:1] == (entry,), to_text(a)
    assert "133" in to_text(a) or entry is not None


# --- a request or a greeting names nobody (tuning.Q25F_FILLER_SLOT) -------------------------

_FILLERS = [
    "Need a quote saying the treaty shows the way forward. Name and title please.",
    "yo who's the guy that said the treaty shows the way forward",
]


@pytest.mark.parametrize("question", _FILLERS)
def test_a_filler_slot_is_no_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("saifullo-safarov",), to_text(a)
    assert "Safarov" in to_text(a)
    monkeypatch.setattr(tuning, "Q25F_FILLER_SLOT", False)
    # Its twin reads "yo" before "who" as a greeting too (tuning.Q27Q_SLANG_SAYING): off here.
    monkeypatch.setattr(tuning, "Q27Q_SLANG_SAYING", False)
    # And "Need" opening a message as the user's want (tuning.Q26_NEED_FIRST): off here.
    monkeypatch.setattr(tuning, "Q26_NEED_FIRST", False)
    old = to_text(service.ask(question))
    assert "“Need”" in old or "yo who" in old, old


def test_a_greeting_is_no_part_of_a_name(service: Service) -> None:
    text = to_text(service.ask("yo ivanov said the treaty shows the way forward"))
    assert "Ivanov" in text and "yo ivanov" not in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "need a quote saying china is reckless",
        "yo who said china is reckless with its partners",
    ],
)
def test_a_filler_slot_with_words_nobody_said_stays_refused(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.speakers or not a.answered, to_text(a)


# --- a country that signs is the signer (tuning.Q25F_COUNTRY_SIGNS, Q25F_UNSIGNED_DENIED) -----


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Таджикистан подписал договор о добрососедстве?", "Да: по моим источникам, Таджикистан"),
        ("did tajikistan sign the treaty of good-neighbourliness?", "Yes: my sources say Tajik"),
        ("did tajikistan sign the treaty?", "Yes: my sources say Tajikistan signed."),
    ],
)
def test_a_signing_country_is_no_place(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and not a.speakers and to_text(a).startswith(lead), to_text(a)
    assert "Astana" in to_text(a) or "Астан" in to_text(a), to_text(a)
    monkeypatch.setattr(tuning, "Q25F_COUNTRY_SIGNS", False)
    old = service.ask(question)
    assert not to_text(old).startswith(lead[:3]), to_text(old)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Почему Таджикистан не подписал договор о добрососедстве?",
            "Нет: по моим источникам, Таджикистан — среди подписавших.",
        ),
        ("why didn't tajikistan sign the treaty?", "No: my sources say Tajikistan signed."),
    ],
)
def test_a_country_said_not_to_sign_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and not a.speakers and to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q25F_UNSIGNED_DENIED", False)
    monkeypatch.setattr(tuning, "Q25F_COUNTRY_SIGNS", False)
    old = service.ask(question)
    assert old.speakers == ("saifullo-safarov",), to_text(old)


def test_signed_in_a_country_is_still_a_place(service: Service) -> None:
    text = to_text(service.ask("Договор о добрососедстве подписали в Таджикистане?"))
    assert text.startswith("Нет: не в Таджикистане"), text


@pytest.mark.parametrize(
    "question",
    [
        "did tajikistan sign a visa agreement?",
        "why didn't russia sign the treaty?",
        "did tajikistan sign the treaty in 2023?",
    ],
)
def test_signing_near_misses_get_no_yes(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert not text.startswith(("Yes", "No: my sources say")), text


# --- "and" inside an office said of a name (tuning.Q25F_AND_IN_DESCRIPTION) -----------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Nagaspayev is the minister of industry and construction of kyrgyzstan?",
            "No: not the minister of industry and construction of kyrgyzstan:",
        ),
        (
            "Нагаспаев — министр промышленности и строительства Киргизии?",
            "Нет: не «министр промышленности и строительства Киргизии»",
        ),
    ],
)
def test_and_inside_an_office_keeps_the_description(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.entries[:1] == ("yersaiyn-nagaspayev",) and to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q25F_AND_IN_DESCRIPTION", False)
    assert not to_text(service.ask(question)).startswith(lead[:3])


@pytest.mark.parametrize(
    "question",
    [
        "Nagaspayev is the minister of industry and construction of kazakhstan?",
        "Нагаспаев — министр промышленности и строительства Казахстана?",
    ],
)
def test_his_own_office_with_and_is_no_correction(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.entries[:1] == ("yersaiyn-nagaspayev",), to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)


# --- a figure put right against the nearest figures (tuning.Q25F_NEAREST_COUNT) -------------

_ALL_WRONG = "I read 135 projects worth 53 billion are being implemented - that right?"


def test_all_wrong_figures_are_put_right_against_the_nearest(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = to_text(service.ask(_ALL_WRONG))
    assert text.startswith("No: not 135 projects: my sources say 133 projects."), text
    assert "35 billion" in text, text
    monkeypatch.setattr(tuning, "Q25F_NEAREST_COUNT", False)
    old = to_text(service.ask(_ALL_WRONG))
    assert "54 of the 133" in old, old


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("were 55 projects implemented?", "No: not 55 projects: my sources say 54 of the 133"),
        ("did 7 countries attend?", "No: not 7 countries: my sources say six countries."),
    ],
)
def test_a_figure_near_its_own_record_stays_put(service: Service, question: str, lead: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith(lead), text


def test_a_figure_of_another_record_keeps_the_record_asked(service: Service) -> None:
    q = "В Сиане Китай подписал с Казахстаном документы на 35 млрд долларов?"
    a = service.ask(q)
    assert a.entries[:1] == ("fact-kazakhstan-22bn",), to_text(a)


# --- whose partner is ranked (tuning.Q25F_PARTNER_OF_WHOM) ----------------------------------

_REVERSED = [
    "who said central asia is china's number one partner",
    "who said central asia is china's top priority",
]


@pytest.mark.parametrize("question", _REVERSED)
def test_the_ranking_reversed_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    refused(service, question)
    monkeypatch.setattr(tuning, "Q25F_PARTNER_OF_WHOM", False)
    # q30quote's ranking check refuses the reversed ranking too (Q30Q_POSSESSIVE_RANK): off.
    monkeypatch.setattr(tuning, "Q30Q_POSSESSIVE_RANK", False)
    assert service.ask(question).speakers == ("kairat-osmonaliyev",)


def test_the_ranking_as_he_said_it_is_his(service: Service) -> None:
    a = service.ask("who said central asia makes china its number one partner")
    assert a.answered and a.speakers == ("kairat-osmonaliyev",), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "who said china is central asia's number one partner",
        "who said independence is central asia's top priority",
        "who said russia is central asia's top partner",
    ],
)
def test_a_possessive_ranking_is_never_credited(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.speakers or not a.answered, to_text(a)


# --- a thing said to do what a party does (tuning.Q25F_THING_SUBJECT) -----------------------

_THING = [
    "who said the treaty doesn't pick favourites",
    "who said the summit respects every partner",
]


@pytest.mark.parametrize("question", _THING)
def test_a_thing_in_a_partys_place_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    refused(service, question)
    monkeypatch.setattr(tuning, "Q25F_THING_SUBJECT", False)
    assert service.ask(question).speakers, to_text(service.ask(question))


def test_a_thing_adhering_to_a_policy_stays_refused(service: Service) -> None:
    refused(service, "who said the treaty adheres to a foreign policy of good-neighborliness")


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who said china doesn't pick favourites", "saifullo-safarov"),
        ("who said the treaty points the way forward", "saifullo-safarov"),
        (
            "who said the summit demonstrates central asia is taking a proactive role",
            "kairat-osmonaliyev",
        ),
    ],
)
def test_the_words_own_subject_keeps_its_speaker(
    service: Service, question: str, speaker: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (speaker,), to_text(a)


# --- a verdict asked by its opposite (tuning.Q25F_VERDICT_OPPOSITE) -------------------------

_VERDICTS = [
    "is the summit a success or a failure?",
    "did any of the experts criticise the summit or call it a failure",
    "эксперты критиковали саммит?",
]


@pytest.mark.parametrize("question", _VERDICTS)
def test_a_verdict_asked_by_its_opposite_gets_the_reception(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[:1] == ("fact-summit-reception",), to_text(a)
    assert not a.speakers and not to_text(a).startswith(("Yes", "No", "Да", "Нет")), to_text(a)
    monkeypatch.setattr(tuning, "Q25F_VERDICT_OPPOSITE", False)
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "was the treaty a failure?",
        "was the secretariat a failure?",
        "was the xian summit a failure?",
        "who called the summit a failure?",
    ],
)
def test_a_verdict_of_something_else_stays_refused(service: Service, question: str) -> None:
    refused(service, question)
