"""Leftovers of round 22 (q22mix): a one-word office one person holds, a Russian place after
«в», a person described by what they did, a reported person asked in Latin letters.

Each test fails when its rule (bot/tuning.py, section "q22mix") is switched off; the near
misses beside them stay as they were.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

_NAGASPAYEV = "yersaiyn-nagaspayev"
_OSMONALIYEV = "kairat-osmonaliyev"


# --- a one-word office one person holds (tuning.Q22M_ONE_HOLDER_OFFICE) -------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which former ambassador commented on the summit?",
        "which ambassador spoke about the summit",
    ],
)
def test_which_office_of_one_person_answers_his_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.speakers == (_OSMONALIYEV,), text
    assert text.startswith("Kairat Osmonaliyev, former Kyrgyzstan's Ambassador to Azerbaijan:")
    monkeypatch.setattr(tuning, "Q22M_ONE_HOLDER_OFFICE", False)
    off = service.ask(question)
    assert off.kind == "vague" and not off.speakers, to_text(off)


_EN_PUT_RIGHT = "No: that was not Kairat Osmonaliyev. These are the words of Yersaiyn Nagaspayev"
_RU_PUT_RIGHT = "Нет, это сказал не Кайрат Осмоналиев. Автор этих слов — Ерсайын Нагаспаев"


@pytest.mark.parametrize(
    ("question", "lead", "old"),
    [
        ("The ambassador said 133 projects, right?", _EN_PUT_RIGHT, "Yersaiyn Nagaspayev, "),
        ("did the ambassador say 133 projects?", _EN_PUT_RIGHT, "Yersaiyn Nagaspayev, "),
        ("Посол сказал про 133 проекта, так?", _RU_PUT_RIGHT, "Ерсайын Нагаспаев, "),
    ],
)
def test_office_claim_of_another_speakers_words_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str, old: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert text.startswith(lead), text
    assert a.speakers == (_NAGASPAYEV,)
    monkeypatch.setattr(tuning, "Q22M_ONE_HOLDER_OFFICE", False)
    off = service.ask(question)
    assert to_text(off).startswith(old), to_text(off)


def test_which_office_claim_checked_against_its_holder(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # His words hold no "number one partner": not confirmed, nobody's words shown as his. (Since
    # q23quote a number one partner is his "top priority" (Q23Q_NUMBER_ONE_PARTNER): off here.)
    monkeypatch.setattr(tuning, "Q23Q_NUMBER_ONE_PARTNER", False)
    a = service.ask("which former ambassador said central asia makes china its number one partner")
    assert to_text(a).startswith("I can't confirm that Kairat Osmonaliyev said that"), to_text(a)
    assert not a.speakers


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # Two people hold "minister" (Nagaspayev, Wang Yi), two "chairman": as before.
        ("Which minister commented on the summit?", "That could mean several things."),
        ("which chairman spoke about the summit", "That could mean several things."),
        # The title fits the speaker: no correction (Q21_TITLE_NOT_SPEAKER's near miss).
        ("The minister said 133 projects, right?", "Yersaiyn Nagaspayev, Kazakhstan's Minister"),
        # A noun of no office ("expert": one person's card too) is the who-said rules'.
        (
            "which expert talked about independence of central asian countries in shaping policy",
            "Kairat Osmonaliyev, former Kyrgyzstan's Ambassador to Azerbaijan",
        ),
        ("Министр сказал про 133 проекта, так?", "Ерсайын Нагаспаев, министр промышленности"),
        # "Former" and the office: its holder already, by the title rules.
        ("Бывший посол сказал про 133 проекта?", _RU_PUT_RIGHT),
        # An office with "former" its one holder's is not.
        ("which former minister said 133 projects", "I don't have an answer to"),
    ],
)
def test_office_near_misses(service: Service, question: str, lead: str) -> None:
    a = service.ask(question)
    assert to_text(a).startswith(lead), to_text(a)


# --- a Russian place after «в» (tuning.Q22M_RU_PLACE_CASE) --------------------------------------


@pytest.mark.parametrize(
    ("question", "lead", "old"),
    [
        # ("Была ли Астана третьим саммитом?" is answered by q22trap's Q22_PAST_AT_UNHELD now.)
        (
            "Третий саммит — Астана?",
            "Нет: не в Астане: по моим источникам — Китай.",
            "Нет: не в Астана:",
        ),
        (
            "Третий саммит — Бишкек?",
            "Нет: не в Бишкеке: по моим источникам — Китай.",
            "Нет: не в Бишкек:",
        ),
    ],
)
def test_russian_place_after_v_is_prepositional(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str, old: str
) -> None:
    text = to_text(service.ask(question))
    assert text.startswith(lead), text
    monkeypatch.setattr(tuning, "Q22M_RU_PLACE_CASE", False)
    off = to_text(service.ask(question))
    assert off.startswith(old), off


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # Already in its case: as written.
        ("Третий саммит пройдет в Ташкенте?", "Нет: не в Ташкенте: по моим источникам — Китай."),
        ("Первый саммит был в Астане?", "Нет: не в Астане: по моим источникам — Сиань."),
    ],
)
def test_russian_place_near_misses(service: Service, question: str, lead: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith(lead), text


def test_place_after_in_ru_words() -> None:
    from bot import text as T

    assert T.place_after_in_ru("Астана") == "Астане"
    assert T.place_after_in_ru("Пекин") == "Пекине"
    assert T.place_after_in_ru("Ташкенте") == "Ташкенте"
    assert T.place_after_in_ru("Душанбе") == "Душанбе"
    assert T.place_after_in_ru("Сиань") == "Сиань"
    assert T.place_after_in_ru("2025") == "2025"
    assert T.place_after_in_ru("июле") == "июле"


# --- a person described by what they did (tuning.Q22M_WHO_IS_ONE_WHO) ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who is the guy who listed project figures — 133 and 54?",
        "who's the person who listed the project figures?",
    ],
)
def test_one_who_did_is_no_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and "Yersaiyn Nagaspayev" in text, text
    assert "I don't know who" not in text
    monkeypatch.setattr(tuning, "Q22M_WHO_IS_ONE_WHO", False)
    # q23quote's twin: "listed" a verb of saying (Q23Q_LISTING_VERBS) answers it alone: off.
    monkeypatch.setattr(tuning, "Q23Q_LISTING_VERBS", False)
    off = service.ask(question)
    assert not off.answered and not off.speakers, to_text(off)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # A verb of saying was read so already.
        ("who is the guy who said 133 projects", "Yersaiyn Nagaspayev, Kazakhstan's Minister"),
        # "who is the man who is ...": who someone is, still.
        ("who is the man who is the ambassador", "I don't know who"),
    ],
)
def test_one_who_near_misses(service: Service, question: str, lead: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith(lead), text


# --- a reported person asked in Latin letters (tuning.Q22M_TRANSLIT_REPORTED_FACT) --------------


def test_translit_refusal_shows_reported_fact(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "Van I skazal chto v Astane okolo 50 rezultatov sotrudnichestva?"
    a = service.ask(question)
    text = to_text(a)
    assert text.startswith("В моей базе знаний нет высказываний «Ван И»"), text
    assert "более 100 результатов сотрудничества" in text
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q22M_TRANSLIT_REPORTED_FACT", False)
    # The reported count answers as a fact of its own too (tuning.Q30N_REPORTED_ANSWERS).
    monkeypatch.setattr(tuning, "Q30N_REPORTED_ANSWERS", False)
    # A twin: q30fact reads «около 50» as no topic, and the fact answers the Cyrillic reading.
    monkeypatch.setattr(tuning, "Q30F_FIGURE_QUALIFIER", False)
    off = service.ask(question)
    assert "более 100" not in to_text(off)


def test_translit_quoted_person_near_miss(service: Service) -> None:
    # A claim about a quoted person's words: put right as before.
    text = to_text(service.ask("Tokaev skazal pro 133 proekta?"))
    assert text.startswith("Нет, это сказал не Касым-Жомарт Токаев. Автор этих слов"), text
