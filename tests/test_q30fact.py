"""Event and fact questions, round 30 (q30fact).

Each test fails when its rule (bot/tuning.py, section "q30fact") is switched off; the near
misses beside them stay refused or keep their own answer.
"""

from __future__ import annotations

import pytest

from bot import index as I
from bot import text as T
from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first, refused


def _fresh(service: Service) -> Service:
    """A service on a freshly built index (no term cached under the other setting)."""
    return Service(
        service.snapshot.__class__(
            I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
        )
    )


# --- «который» is no topic (tuning.Q30F_RELATIVE_NO_TOPIC, read at import) --------------------

_FIRST_IN_REGION = "Саммит в Астане был первым, который прошёл в Центральной Азии?"


def test_relative_pronoun_is_no_topic(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    a = service.ask(_FIRST_IN_REGION)
    assert first(service, _FIRST_IN_REGION) == "fact-first-in-central-asia", to_text(a)
    assert not to_text(a).startswith("Нет"), to_text(a)
    assert not a.speakers
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - T.RELATIVE_PRONOUNS)
    # A twin: the named summit's check (Q30F_FIRST_IN_REGION_NAMED) reads this question too.
    monkeypatch.setattr(tuning, "Q30F_FIRST_IN_REGION_NAMED", False)
    # Before: «который» (the stem of «в которой говорится») pulled the Xi'an card, under
    # "Нет: не в Астане: по моим источникам — Сиань."
    old = _fresh(service).ask(_FIRST_IN_REGION)
    assert old.entries[:1] == ("summit-2023-xian",), to_text(old)
    assert to_text(old).startswith("Нет"), to_text(old)


def test_relative_pronoun_near_misses(service: Service) -> None:
    # The first summit named without the region is still put right.
    a = service.ask("Саммит в Астане был первым?")
    assert to_text(a).startswith("Нет"), to_text(a)
    assert first(service, "Саммит в Астане был первым?") == "summit-2023-xian"
    refused(service, "Саммит ШОС, который прошёл в Астане, был первым в Центральной Азии?")


# --- the day a summit ended or began (tuning.Q30F_WEEKDAY_END_START) ---------------------------

_EDGES = [
    # (question, lead or None for a bare card, summit)
    ("did the first summit end on a friday?", None, "summit-2023-xian"),
    ("did the first summit start on a thursday?", None, "summit-2023-xian"),
    (
        "did the first summit end on a thursday?",
        "No: not Thursday: my sources say Friday, 19 May 2023.",
        "summit-2023-xian",
    ),
    (
        "did the first summit begin on a friday?",
        "No: not Friday: my sources say Thursday, 18 May 2023.",
        "summit-2023-xian",
    ),
    (
        "did the Astana summit end on a wednesday?",
        "No: not Wednesday: my sources say Tuesday, 17 June 2025.",
        "summit-2025-astana",
    ),
    ("Первый саммит начался в пятницу?", "Нет: не пятница", "summit-2023-xian"),
]


@pytest.mark.parametrize(("question", "lead", "summit"), _EDGES)
def test_weekday_of_end_or_start(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    lead: str | None,
    summit: str,
) -> None:
    a = service.ask(question)
    assert first(service, question) == summit, to_text(a)
    text = to_text(a)
    if lead is None:
        assert not text.startswith(("No", "Нет")), text
    else:
        assert text.startswith(lead), text
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q30F_WEEKDAY_END_START", False)
    # Before: refused ("end", a word of another record, stopped the weekday check), or the
    # days of the whole summit checked ("begin on a friday": yes, it was on Thu–Fri).
    b = service.ask(question)
    assert (not b.answered) or not to_text(b).startswith(lead or "The First"), to_text(b)


def test_weekday_of_end_near_misses(service: Service) -> None:
    # A weekday the whole summit spans, asked without end or start: the bare card as before.
    a = service.ask("was the first summit on a thursday?")
    assert first(service, "was the first summit on a thursday?") == "summit-2023-xian"
    assert not to_text(a).startswith("No"), to_text(a)
    refused(service, "did the sco summit end on a friday?")


# --- what hosts' turns go by (tuning.Q30F_ORDER_CRITERION) ------------------------------------

_CRITERIA = [
    "Central Asian hosts rotate by population size?",
    "Хозяева саммитов из ЦА чередуются по численности населения?",
    "is the host chosen by GDP?",
]


@pytest.mark.parametrize("question", _CRITERIA)
def test_order_criterion_answers_with_the_rotation(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-summit-mechanism", to_text(a)
    assert "alphabetical" in to_text(a) or "алфавитном" in to_text(a), to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q30F_ORDER_CRITERION", False)
    # Before: refused (the criterion's words, unknown, weighed as off-topic).
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "do BRICS hosts rotate by population size?",
        "does the SCO chairmanship rotate by population?",
        "are the hosts chosen by the Kremlin and NATO?",
    ],
)
def test_order_criterion_near_misses_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- a list of summits checked item by item (tuning.Q30F_SUMMIT_LIST) -------------------------

_LISTS = [
    # (question, lead or None for the cards bare, the summit shown first)
    (
        "For a class presentation: first summit Xi'an 2023, second Astana 2025, third Bishkek "
        "2027. Is that all correct?",
        "No: not in Bishkek: my sources say China.",
        "summit-2027-china",
    ),
    (
        "first summit Xi'an 2023, second Astana 2025, third Beijing 2027. correct?",
        "I can't confirm Beijing: my sources say China.",
        "summit-2027-china",
    ),
    (
        "first summit Xi'an 2024, second Astana 2025, right?",
        "No: not in 2024: my sources say 2023.",
        "summit-2023-xian",
    ),
    (
        "первый саммит прошёл в Сиане в 2023, второй в Бишкеке в 2025, верно?",
        "Нет: не в Бишкеке",
        "summit-2025-astana",
    ),
    ("first summit Xi'an 2023, second Astana 2025, is that right?", None, "summit-2023-xian"),
]


@pytest.mark.parametrize(("question", "lead", "summit"), _LISTS)
def test_summit_list_checked(
    service: Service,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    lead: str | None,
    summit: str,
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert first(service, question) == summit, text
    if lead is None:
        assert a.entries[:2] == ("summit-2023-xian", "summit-2025-astana"), text
        assert not text.startswith(("No", "Нет")), text
    else:
        assert text.startswith(lead), text
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q30F_SUMMIT_LIST", False)
    # Before: refused, or a fact sharing the words (Kazakhstan offered to host), no lead.
    b = service.ask(question)
    assert not (b.answered and to_text(b).startswith(lead or "The First")), to_text(b)


@pytest.mark.parametrize(
    "question",
    [
        "the SCO summits: first Xi'an 2023, second Astana 2025, right?",
        "first summit Xi'an 2023, fourth Astana 2025, right?",
        "first summit Xi'an 2024, second Bishkek 2025, right?",
    ],
)
def test_summit_list_near_misses_refused(service: Service, question: str) -> None:
    refused(service, question)


def test_summit_list_keeps_other_questions(service: Service) -> None:
    # A list that frames a question of words is that question's.
    a = service.ask("first summit Xi'an 2023, second Astana 2025 - what did Safarov say?")
    assert a.speakers == ("saifullo-safarov",), to_text(a)


# --- a named summit asked as the first in the region (tuning.Q30F_FIRST_IN_REGION_NAMED) -------

_FIRST_NAMED = [
    ("was the xian summit the first in central asia?", "No: not in Xi'an: my sources say Astana."),
    ("Саммит в Сиане был первым в Центральной Азии?", "Нет: не в Сиане"),
    ("was the 2023 summit the first one held in central asia?", "No: not in 2023"),
]


@pytest.mark.parametrize(("question", "lead"), _FIRST_NAMED)
def test_first_in_region_named_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-first-in-central-asia", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q30F_FIRST_IN_REGION_NAMED", False)
    # Before: the named summit's words pulled its own records ("Kazakhstan offered to host",
    # the Xi'an card), with no word that the first held in the region was Astana's.
    b = service.ask(question)
    assert first(service, question) != "fact-first-in-central-asia" or not to_text(b).startswith(
        lead
    ), to_text(b)


@pytest.mark.parametrize(
    "question",
    [
        "was the astana summit the first one held in the region?",
        # The Xi'an Declaration's record says "the first China–Central Asia Summit" too: no
        # summit ranked within the region, never the record that puts this one right.
        "саммит 2025 года — первый в Центральной Азии?",
    ],
)
def test_first_in_region_own_summit_bare(service: Service, question: str) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-first-in-central-asia", to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "was the SCO summit in astana the first in central asia?",
        "was the BRICS summit in xian the first in central asia?",
    ],
)
def test_first_in_region_near_misses_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- "make" is no topic (tuning.Q30F_MAKE_NO_TOPIC) --------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "did the Xi'an Declaration make the summit annual?",
        "did the xian declaration make the summits regular?",
    ],
)
def test_make_is_no_topic(service: Service, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-summit-mechanism", to_text(a)
    assert "every two years" in to_text(a), to_text(a)
    monkeypatch.setattr(tuning, "Q30F_MAKE_NO_TOPIC", False)
    # Before: the Xi'an Declaration's record (semantic), no word of how often.
    assert first(service, question) != "fact-summit-mechanism"


@pytest.mark.parametrize(
    "question",
    [
        "did they make a gas deal in astana?",
        "did the treaty make central asia a military bloc?",
        "did the summit make a difference?",
    ],
)
def test_make_near_misses_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- a word that bounds or rounds a figure is no topic (tuning.Q30F_FIGURE_QUALIFIER) ----------

_QUALIFIED = [
    "were around 50 outcomes reached in astana?",
    "примерно 50 результатов сотрудничества достигли в Астане?",
    "Ван И сказал, что в Астане около 50 результатов сотрудничества?",
    "Van I skazal chto v Astane okolo 50 rezultatov sotrudnichestva?",
]


@pytest.mark.parametrize("question", _QUALIFIED)
def test_figure_qualifier_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert first(service, question) == "fact-astana-outcomes", to_text(a)
    assert "100" in to_text(a), to_text(a)
    assert not a.speakers  # a reported fact, never Wang Yi's words
    monkeypatch.setattr(tuning, "Q30F_FIGURE_QUALIFIER", False)
    # A twin: q30person answers what Wang Yi reported when a word of it is asked
    # (tuning.Q30N_REPORTED_ANSWERS).
    monkeypatch.setattr(tuning, "Q30N_REPORTED_ANSWERS", False)
    # Before: refused (the qualifier an unknown word), or "no quotes from Wang Yi".
    assert first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "were around 50 nuclear plants built?",
        "did Wang Yi say roughly 50 nuclear reactors were agreed?",
        "примерно 50 военных баз открыли в Астане?",
    ],
)
def test_figure_qualifier_near_misses_refused(service: Service, question: str) -> None:
    refused(service, question)


def test_a_body_after_chosen_by_is_no_criterion(service: Service) -> None:
    # Review of round 30: "the SCO" was dropped as a criterion and the rotation record shown.
    a = service.ask("is the host chosen by the SCO?")
    assert not a.answered, to_text(a)
