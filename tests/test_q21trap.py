"""Issue 13, questions that take a wrong detail as given, round 21 (q21trap).

Each test fails when its rule (bot/tuning.py, section "q21trap") is switched off; the near
misses beside them (the right detail, a name instead of a title) stay as they were.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

_NAGASPAYEV = "yersaiyn-nagaspayev"


# --- a bare title the speaker does not hold (tuning.Q21_TITLE_NOT_SPEAKER) ----------------------


@pytest.mark.parametrize(
    ("question", "lead", "old"),
    [
        (
            "The president said 133 projects, right?",
            "No: not a president: these are the words of Yersaiyn Nagaspayev, Kazakhstan's "
            "Minister of Industry and Construction:",
            "No: that was not President.",
        ),
        (
            "Президент сказал про 133 проекта, так?",
            "Нет, это сказал не президент. Автор этих слов — Ерсайын Нагаспаев",
            "Нет, это сказал не Президент.",
        ),
        (
            "Prezident skazal pro 133 proekta?",
            "Нет, это сказал не президент. Автор этих слов — Ерсайын Нагаспаев",
            "Нет, это сказал не Президент.",
        ),
    ],
)
def test_bare_title_is_put_right_as_a_title(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str, old: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert text.startswith(lead), text
    assert a.speakers == (_NAGASPAYEV,), text
    monkeypatch.setattr(tuning, "Q21_TITLE_NOT_SPEAKER", False)
    off = service.ask(question)
    assert to_text(off).startswith(old), to_text(off)
    assert off.speakers == (_NAGASPAYEV,)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # A name stays a name.
        ("Putin said 133 projects, right?", "No: that was not Putin. These are the words of"),
        # A title that fits the speaker is no correction of it.
        ("The minister said 133 projects, right?", "Yersaiyn Nagaspayev, Kazakhstan's Minister"),
    ],
)
def test_title_near_misses(service: Service, question: str, lead: str) -> None:
    a = service.ask(question)
    assert to_text(a).startswith(lead), to_text(a)
    assert a.speakers == (_NAGASPAYEV,)


# --- a record's own date (tuning.Q21_RECORD_DATE) -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        (
            "Xi'an Declaration was signed on 18 May 2023?",
            "fact-xian-signed",
            "No: not 18 May: my sources say 19 May 2023.",
        ),
        (
            "The secretariat launched on 13 June 2025?",
            "fact-secretariat",
            "No: not 13 June 2025: my sources say 30 March 2024.",
        ),
        (
            "Did the secretariat open on 13 June 2025?",
            "fact-secretariat",
            "No: not 13 June 2025: my sources say 30 March 2024.",
        ),
        (
            "The secretariat launched on 13 March 2024?",
            "fact-secretariat",
            "No: not 13 March: my sources say 30 March 2024.",
        ),
        (
            "Секретариат открылся 13 июня 2025?",
            "fact-secretariat",
            "Нет: не 13 июня 2025: по моим источникам — 30 марта 2024.",
        ),
        (
            "Sekretariat otkrylsya 13 iyunya 2025?",
            "fact-secretariat",
            "Нет: не 13 июня 2025: по моим источникам — 30 марта 2024.",
        ),
    ],
)
def test_record_date_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry, text
    assert text.startswith(lead), text
    monkeypatch.setattr(tuning, "Q21_RECORD_DATE", False)
    off = service.ask(question)
    assert not to_text(off).startswith(lead), to_text(off)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Xi'an Declaration was signed on 19 May 2023?", "fact-xian-signed"),
        ("The secretariat opened on 30 March 2024?", "fact-secretariat"),
        ("Was the treaty signed on 17 June 2025?", "fact-astana-signed"),
        ("Was the first summit held on 18 May 2023?", "summit-2023-xian"),
        # A summit's date is its card's, not a dated record's of it.
        ("Was the second summit held on Tuesday 17 June 2025 in Astana?", "summit-2025-astana"),
    ],
)
def test_record_date_near_misses_are_confirmed(service: Service, question: str, entry: str) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry, text
    assert not text.startswith(("No", "Нет")), text


# --- a city the sources do not give for the next summit (tuning.Q21_CITY_NOT_GIVEN) -------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        (
            "Will the third summit be held in Beijing?",
            "summit-2027-china",
            "I can't confirm Beijing: my sources say China.",
        ),
        (
            "Will the 2027 summit be in Beijing?",
            "summit-2027-china",
            "I can't confirm Beijing: my sources say China.",
        ),
        (
            "Is the next summit in Beijing?",
            "fact-next-summit",
            "I can't confirm Beijing: my sources say China.",
        ),
        (
            "Is the next summit in Tashkent?",
            "fact-next-summit",
            "No: not in Tashkent: my sources say China.",
        ),
    ],
)
def test_city_not_given_is_neither_confirmed_nor_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry, text
    assert text.startswith(lead), text
    assert "give no exact date or city" in text, text
    monkeypatch.setattr(tuning, "Q21_CITY_NOT_GIVEN", False)
    assert not service.ask(question).answered  # refused before


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Will the 2027 summit be in Tashkent?", "No: not in Tashkent: my sources say China."),
        ("Was the first summit held in Beijing?", "No: not in Beijing: my sources say Xi'an."),
        ("Will the 2027 summit be in China?", "The Third China–Central Asia Summit"),
    ],
)
def test_city_not_given_near_misses(service: Service, question: str, lead: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith(lead), text


# --- a bent claim answered with the person's own words (tuning.Q21_UNCONFIRMED_OWN_WORDS) -------


@pytest.mark.parametrize(
    ("question", "speaker", "lead"),
    [
        (
            "Did Osmonaliyev say cooperation with China is a low priority for Central Asia?",
            "kairat-osmonaliyev",
            "I can't confirm that: my sources do not show it. On this, they have the words of "
            "Kairat Osmonaliyev",
        ),
        (
            "Safarov said the treaty was signed only by foreign ministers, not heads of state?",
            "saifullo-safarov",
            "I can't confirm that: my sources do not show it. On this, they have the words of "
            "Saifullo Safarov",
        ),
        (
            "I read Nagaspayev mentioned joint projects in oil and gas with Chinese companies. "
            "Is that right?",
            _NAGASPAYEV,
            "I can't confirm that: my sources do not show it. On this, they have the words of "
            "Yersaiyn Nagaspayev",
        ),
        (
            "Османалиев сказал, что страны ЦА теряют самостоятельность?",
            "kairat-osmonaliyev",
            "Не могу это подтвердить: в моих источниках этого нет. Об этом в них такие слова, "
            "автор — Кайрат Осмоналиев",
        ),
        (
            "Osmonaliev skazal chto sotrudnichestvo s Kitaem ne prioritet?",
            "kairat-osmonaliyev",
            "Не могу это подтвердить: в моих источниках этого нет. Об этом в них такие слова, "
            "автор — Кайрат Осмоналиев",
        ),
    ],
)
def test_bent_claim_shows_the_persons_own_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str, lead: str
) -> None:
    # «теряют самостоятельность» is the opposite of his "independently": q22trap's rule answers
    # "No: ... said the opposite" first (a twin rule, tests/test_q22trap.py); off here.
    monkeypatch.setattr(tuning, "Q22_SAID_OPPOSITE", False)
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.speakers == (speaker,), text
    assert text.startswith(lead), text
    assert "“" in text, text  # the words themselves, not a button
    monkeypatch.setattr(tuning, "Q21_UNCONFIRMED_OWN_WORDS", False)
    off = service.ask(question)
    assert not off.answered and off.kind == "unconfirmed", to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        # Words he never came near: the pick list, no words shown as his answer.
        "Did Safarov say 'Tajikistan will join the BRI railway by 2030'?",
        "Did Osmonaliyev say China should build military bases in Central Asia?",
        # A detail asked of his words, not a claim of them.
        "did the minister name any specific mine or metallurgical plant?",
    ],
)
def test_bent_claim_near_misses_show_no_words(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- blame put to a named person (tuning.Q21_BLAME_PUT_TO_NAMED) ---------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Safarov criticized China for treating partners unequally, is that right?",
            "I can't confirm that: my sources do not show it. On this, they have the words of "
            "Saifullo Safarov",
        ),
        (
            "Сафаров критиковал Китай за неуважение к партнёрам?",
            "Не могу это подтвердить: в моих источниках этого нет. Об этом в них такие слова, "
            "автор — Сайфулло Сафаров",
        ),
        (
            "Safarov kritikoval Kitai za neuvazhenie k partneram?",
            "Не могу это подтвердить: в моих источниках этого нет. Об этом в них такие слова, "
            "автор — Сайфулло Сафаров",
        ),
    ],
)
def test_blame_put_to_named_is_checked_not_carded(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.speakers == ("saifullo-safarov",), text
    assert a.entries[0] == "safarov-treaty-way-forward", text  # "respecting each partner"
    assert text.startswith(lead), text
    # Off: his card ("Saifullo Safarov: chairman of ..."), as if it answered.
    monkeypatch.setattr(tuning, "Q21_BLAME_PUT_TO_NAMED", False)
    off = service.ask(question)
    assert off.kind == "person", to_text(off)


def test_blame_is_never_confirmed(service: Service) -> None:
    # His words are on the treaty, and praise it: no "Yes".
    text = to_text(service.ask("Did Safarov criticise the treaty?"))
    assert not text.startswith(("Yes", "Да")), text
    assert text.startswith("I can't confirm that"), text


def test_who_criticised_stays_refused(service: Service) -> None:
    a = service.ask("who criticised the treaty")
    assert not a.answered and not a.speakers, to_text(a)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("did safarov say china doesn't respect its partners", "saifullo-safarov"),
        ("did nagaspayev say the projects were not implemented", _NAGASPAYEV),
    ],
)
def test_denied_claim_shows_his_words_unconfirmed(
    service: Service, question: str, speaker: str
) -> None:
    # Twin of WHO_SAID_DENIED (tests/test_q10quote.py): never "Yes", his own words after.
    a = service.ask(question)
    text = to_text(a)
    assert a.speakers == (speaker,), text
    assert text.startswith("I can't confirm that: my sources do not show it."), text
