"""Issue 13, questions that take a wrong detail as given, round 19 (q19trap).

Each test fails when its rule (bot/tuning.py, section "q19trap") is switched off; the near
misses beside them (the right detail) are confirmed, not "corrected".
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first as _first

# --- a person put at a summit for a country (tuning.Q19_REPRESENTED_TRAP) ----------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Kyrgyzstan was represented by Sooronbay Jeenbekov at the 2025 summit, right?",
            "No: not Sooronbay Jeenbekov: my sources say Sadyr Japarov.",
        ),
        (
            "Li Qiang represented China at the Astana summit, right?",
            "No: not Li Qiang: my sources say Xi Jinping.",
        ),
        (
            "Was Uzbekistan represented by Islam Karimov in Astana?",
            "No: not Islam Karimov: my sources say Shavkat Mirziyoyev.",
        ),
        (
            "Киргизию на саммите в Астане представлял Жээнбеков?",
            "Нет: не Жээнбеков: по моим источникам — Садыр Жапаров.",
        ),
        (
            "Туркмению в Астане представлял Гурбангулы Бердымухамедов?",
            "Нет: не Гурбангулы Бердымухамедов: по моим источникам — Сердар Бердымухамедов.",
        ),
        (
            "Did Tokayev represent Kyrgyzstan at the Astana summit?",
            "No: not Kassym-Jomart Tokayev: my sources say Sadyr Japarov.",
        ),
    ],
)
def test_represented_by_another_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-leaders-astana", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert not a.speakers
    # Off: refused (a name the base does not know), or the list with no word on the premise.
    monkeypatch.setattr(tuning, "Q19_REPRESENTED_TRAP", False)
    assert not to_text(service.ask(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Turkmeniyu v Astane predstavlyal Serdar Berdymukhamedov?",
        "Туркмению в Астане представлял Сердар Бердымухамедов?",
    ],
)
def test_represented_by_the_leader_is_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-leaders-astana", to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)
    # Off: refused, or "no quotes from Serdar Berdimuhamedov" (the verb read as saying).
    monkeypatch.setattr(tuning, "Q19_REPRESENTED_TRAP", False)
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Kyrgyzstan was represented by Sadyr Japarov at the 2025 summit, right?",
        "Кыргызстан на саммите в Астане представлял Садыр Жапаров?",
        "who represented kyrgyzstan at the astana summit",
    ],
)
def test_represented_near_misses_keep_the_list(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-leaders-astana", to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)


def test_represented_at_a_summit_with_no_list_is_not_guessed(service: Service) -> None:
    # The first summit's record names countries, not leaders: nobody is put right.
    a = service.ask("Did Li Qiang represent China at the Xi'an summit?")
    assert "Xi Jinping" not in to_text(a).split("\n")[0]


# --- a proposal credited to the wrong person (tuning.Q19_PROPOSER_TRAP) ------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Tokayev put forward the China-Central Asia Spirit, didn't he?",
            "No: not Kassym-Jomart Tokayev: my sources say Xi Jinping.",
        ),
        (
            "Did Tokayev propose the China-Central Asia Spirit?",
            "No: not Kassym-Jomart Tokayev: my sources say Xi Jinping.",
        ),
        (
            "«Дух Китай — Центральная Азия» предложил Токаев?",
            "Нет: не Касым-Жомарт Токаев: по моим источникам — Си Цзиньпин.",
        ),
        (
            "Tokaev predlozhil dukh Kitai Tsentralnaya Aziya?",
            "Нет: не Касым-Жомарт Токаев: по моим источникам — Си Цзиньпин.",
        ),
        (
            "Did Rahmon put forward the Spirit at the Astana summit?",
            "No: not Emomali Rahmon: my sources say Xi Jinping.",
        ),
    ],
)
def test_proposal_of_another_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-spirit", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert not a.speakers
    # Off: his card (as if it said so) or "I can't confirm that Tokayev said that".
    monkeypatch.setattr(tuning, "Q19_PROPOSER_TRAP", False)
    assert _first(service, question) != "fact-spirit"


@pytest.mark.parametrize(
    "question",
    [
        "Xi put forward the China-Central Asia Spirit, didn't he?",
        "who put forward the china central asia spirit",
        "Си выдвинул дух Китая и Центральной Азии?",
    ],
)
def test_proposal_of_the_proposer_is_confirmed(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-spirit", to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)


# --- "Source?" beside a person's words (tuning.Q19_SOURCE_OF_WORDS) ----------------------------


@pytest.mark.parametrize(
    ("question", "named"),
    [
        (
            "Nagaspayev praised China for 'respecting each and every partner'. Source?",
            "yersaiyn-nagaspayev",
        ),
        (
            "Osmonaliyev praised China for respecting each and every partner. Source?",
            "kairat-osmonaliyev",
        ),
    ],
)
def test_source_of_words_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, named: str
) -> None:
    a = service.ask(question)
    # Someone else's words: the real speaker's, with their source; never the person named.
    assert a.answered and a.entries[0] == "safarov-treaty-way-forward", to_text(a)
    assert a.speakers == ("saifullo-safarov",)
    assert "bastillepost.com" in to_text(a)
    # Off: "source" a topic of no quote; the card of the person named answered.
    monkeypatch.setattr(tuning, "Q19_SOURCE_OF_WORDS", False)
    off = service.ask(question)
    assert off.kind == "person" and off.entries == (named,)


def test_source_of_the_right_speakers_words(service: Service) -> None:
    # The right speaker: his words, with their source.
    a = service.ask("Safarov praised China for respecting each and every partner. Source?")
    assert a.answered and a.entries[0] == "safarov-treaty-way-forward", to_text(a)
    assert a.speakers == ("saifullo-safarov",)
    assert not to_text(a).startswith("No")


def test_sources_asked_alone_stay_the_bots(service: Service) -> None:
    # No person named: the bot's own sources, as before.
    a = service.ask("what are your sources?")
    assert a.answered and not a.speakers, to_text(a)


# --- a month of a record that gives its own date (tuning.Q19_MONTH_OF_FACT) ---------------------


@pytest.mark.parametrize(
    "question",
    [
        "The China–Central Asia secretariat opened on 30 March 2024 in Xi'an, right?",
        "Sekretariat otkryli 30 marta 2024 v Siane?",
        "Секретариат открыли 30 марта 2024 в Сиане?",
    ],
)
def test_right_month_of_a_record_is_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-secretariat", to_text(a)
    assert not to_text(a).startswith(("No", "Нет")), to_text(a)
    # Off: the first summit's card (Xi'an), "No: not in March: my sources say 18–19 May 2023"
    # (with its twin Q21_RECORD_DATE, which checks a full date, off too).
    monkeypatch.setattr(tuning, "Q19_MONTH_OF_FACT", False)
    monkeypatch.setattr(tuning, "Q21_RECORD_DATE", False)
    assert _first(service, question) == "summit-2023-xian"


def test_wrong_month_of_a_record_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "Секретариат открыли 30 апреля 2024 в Сиане?"
    # Its twin Q20_MONTH_LEAD_FORM names the date as a date («Нет: не 30 апреля: …»), and so
    # does Q21_RECORD_DATE, which checks the full date first.
    monkeypatch.setattr(tuning, "Q20_MONTH_LEAD_FORM", False)
    monkeypatch.setattr(tuning, "Q21_RECORD_DATE", False)
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-secretariat", to_text(a)
    assert to_text(a).startswith("Нет: не в апреля: по моим источникам — 30 марта 2024."), to_text(
        a
    )
    monkeypatch.setattr(tuning, "Q19_MONTH_OF_FACT", False)
    assert _first(service, question) == "summit-2023-xian"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "The Xi'an Declaration was signed in June?",
            "No: not in June: my sources say 19 May 2023.",
        ),
        (
            "Сианьскую декларацию подписали в июне?",
            "Нет: не в июне: по моим источникам — 19 мая 2023.",
        ),
    ],
)
def test_wrong_month_of_a_may_record_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    # "May" read alone is the modal verb: the month of "19 May 2023" is read with its day
    # (one date reader for Q19_MONTH_OF_FACT and Q21_RECORD_DATE). The English question got
    # the signing bare, with no "No:", before.
    a = service.ask(question)
    assert a.answered and to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q19_MONTH_OF_FACT", False)
    assert not to_text(service.ask(question)).startswith(lead)


def test_month_of_something_else_is_not_the_summits(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The secretariat is no summit: the summit's dates do not put its month right.
    question = "The secretariat opened on 30 April 2024 in Xi'an, right?"
    assert _first(service, question) != "summit-2023-xian"
    monkeypatch.setattr(tuning, "Q19_MONTH_OF_FACT", False)
    monkeypatch.setattr(tuning, "Q21_RECORD_DATE", False)  # its twin, on full dates
    assert _first(service, question) == "summit-2023-xian"


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        ("the astana summit was in july?", "summit-2025-astana", "No: not in July"),
        ("the astana summit took place in july?", "summit-2025-astana", "No: not in July"),
        ("the first summit was in june 2023?", "summit-2023-xian", "No: not in June"),
    ],
)
def test_summit_month_traps_stay(service: Service, question: str, entry: str, lead: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert to_text(a).startswith(lead), to_text(a)


# --- a wrong figure put right with its counterpart (tuning.Q19_FIGURE_COUNTERPART) ------------


@pytest.mark.parametrize(
    ("question", "lead", "off_lead"),
    [
        (
            "Nagaspayev said 45 projects worth 9 billion have already been implemented?",
            "No: not 45 projects: my sources say 54 projects.",
            "No: not 45 projects: my sources say 133 projects.",
        ),
        (
            "Nagaspayev said 54 projects worth 19 billion have already been implemented?",
            "No: not 19 billion: my sources say nine billion.",
            "No: not 54 projects worth: my sources say 133 projects worth.",
        ),
    ],
)
def test_figure_put_right_with_its_counterpart(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str, off_lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert a.speakers == ("yersaiyn-nagaspayev",)
    monkeypatch.setattr(tuning, "Q19_FIGURE_COUNTERPART", False)
    assert to_text(service.ask(question)).startswith(off_lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Nagaspayev said 143 projects worth 35 billion are being implemented?",
            "No: not 143 projects: my sources say 133 projects.",
        ),
        ("Nagaspayev said 54 projects worth 9 billion were implemented?", "Yes: "),
    ],
)
def test_figure_near_misses(service: Service, question: str, lead: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)


# --- the same in Russian (tuning.Q19_FIGURE_CLAIM_RU) ------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Нагаспаев сказал, что 45 проектов на 9 млрд уже реализованы?",
            "Нет: не 45 проектов: по моим источникам — 54 проекта.",
        ),
        (
            "Nagaspaev skazal 54 proekta na 19 mlrd uzhe realizovany?",
            "Нет: не 19 млрд: по моим источникам — 9 млрд.",
        ),
        (
            "Нагаспаев сказал, что 133 проекта на 25 млрд реализуются?",
            "Нет: не 25 млрд: по моим источникам — 35 млрд.",
        ),
    ],
)
def test_russian_figure_claim_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert a.speakers == ("yersaiyn-nagaspayev",)
    # Off: "I can't confirm that Nagaspayev said that", no figure.
    monkeypatch.setattr(tuning, "Q19_FIGURE_CLAIM_RU", False)
    assert _first(service, question) is None


def test_russian_right_figures_are_confirmed(service: Service) -> None:
    a = service.ask("Нагаспаев сказал, что 54 проекта на 9 млрд уже реализованы?")
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    assert to_text(a).startswith("Да"), to_text(a)


# --- a summit put on a day of the week (tuning.Q19_WEEKDAY_TRAP) --------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        (
            "The Astana summit was held on a Wednesday?",
            "summit-2025-astana",
            "No: not Wednesday: my sources say Tuesday, 17 June 2025.",
        ),
        (
            "Саммит в Астане прошёл в среду?",
            "summit-2025-astana",
            "Нет: не среда: по моим источникам — вторник, 17 июня 2025.",
        ),
        (
            "Sammit v Astane proshel v sredu?",
            "summit-2025-astana",
            "Нет: не среда: по моим источникам — вторник, 17 июня 2025.",
        ),
        (
            "Was the first summit held on a Monday?",
            "summit-2023-xian",
            "No: not Monday: my sources say Thursday–Friday, 18–19 May 2023.",
        ),
    ],
)
def test_wrong_weekday_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    # Its twin, q19quote's Q19Q_NAME_DESCRIBED, reads a description before the name too and
    # then gives the one lead (tests/test_lead19.py); switched off here.
    monkeypatch.setattr(tuning, "Q19Q_NAME_DESCRIBED", False)
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    # Off: refused (the day a word of no record), or the card with no word on the day.
    monkeypatch.setattr(tuning, "Q19_WEEKDAY_TRAP", False)
    assert not to_text(service.ask(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Was the second summit held on Tuesday 17 June 2025 in Astana?",
        "Was the Astana summit on a Tuesday?",
    ],
)
def test_right_weekday_is_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "summit-2025-astana", to_text(a)
    assert not to_text(a).startswith("No"), to_text(a)
    # Off: the Astana signing (dated too) answered.
    monkeypatch.setattr(tuning, "Q19_WEEKDAY_TRAP", False)
    assert _first(service, question) == "fact-astana-signed"


# --- a description beside a speaker's name his card does not give (Q19_SPEAKER_DETAIL) --------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        (
            "Kairat Osmonaliyev, the Kyrgyz ambassador to Turkey, said Central Asia is more "
            "proactive — right?",
            "osmonaliyev-proactive-role",
            "Not the Kyrgyz ambassador to Turkey: my sources say Kairat Osmonaliyev is former "
            "Kyrgyzstan's Ambassador to Azerbaijan.",
        ),
        (
            "Kyrgyz political scientist Safarov said the same principles of good-neighborly "
            "relations are upheld — right?",
            "safarov-treaty-way-forward",
            "Not the Kyrgyz political scientist: my sources say Saifullo Safarov is chairman of "
            "the Association of Political Scientists in Tajikistan.",
        ),
        (
            "Киргизский политолог Сафаров сказал, что договор указывает путь вперёд?",
            "safarov-treaty-way-forward",
            "Не Киргизский политолог: по моим источникам, Сайфулло Сафаров — председатель "
            "Ассоциации политологов Таджикистана.",
        ),
    ],
)
def test_wrong_description_of_a_speaker_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    # Its twin, q19quote's Q19Q_NAME_DESCRIBED, reads a description before the name too and
    # then gives the one lead (tests/test_lead19.py); switched off here.
    monkeypatch.setattr(tuning, "Q19Q_NAME_DESCRIBED", False)
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    quote = service.snapshot.index.kb.quotes[entry]
    assert a.speakers == (quote.speaker,)
    # Off: "I can't confirm that he said that" (the description read as part of the claim),
    # or his words with no word on it.
    monkeypatch.setattr(tuning, "Q19_SPEAKER_DETAIL", False)
    assert not to_text(service.ask(question)).startswith(lead)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Kairat Osmonaliyev, the Kyrgyz ambassador to Azerbaijan, said Central Asia is more "
            "proactive — right?",
            "osmonaliyev-proactive-role",
        ),
        (
            "Tajik political scientist Safarov said the same principles of good-neighborly "
            "relations are upheld — right?",
            "safarov-treaty-way-forward",
        ),
    ],
)
def test_right_description_of_a_speaker_is_confirmed(
    service: Service, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert to_text(a).startswith("Yes: these are the words of"), to_text(a)


def test_wrong_description_never_confirms_a_wrong_claim(service: Service) -> None:
    # The description set aside, the claim is still checked against his words.
    a = service.ask("Kyrgyz political scientist Safarov said China is a bad partner, right?")
    text = to_text(a)
    assert "Yes" not in text, text
    # Since q21trap (Q21_UNCONFIRMED_OWN_WORDS) his own words on it may follow, under "I can't
    # confirm that" (China "respecting each and every partner"); refused before.
    assert not a.answered or "I can't confirm that: my sources do not show it." in text, text


# --- a short figure claim put to a person (tuning.Q19_FIGURE_CLAIM_SHORT) ----------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did nagaspayev say 143 projects", "No: not 143 projects: my sources say 133 projects."),
        (
            "the kazakh minister said 143 projects, right?",
            "No: not 143 projects: my sources say 133 projects.",
        ),
        ("Нагаспаев говорил о 143 проектах?", "Нет: не 143 проектах: по моим источникам — 133"),
    ],
)
def test_short_figure_claim_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    assert a.speakers == ("yersaiyn-nagaspayev",)
    # Off: "I can't confirm that Nagaspayev said that" (and, with q21trap's
    # Q21_UNCONFIRMED_OWN_WORDS off too, no words of his under it).
    monkeypatch.setattr(tuning, "Q19_FIGURE_CLAIM_SHORT", False)
    monkeypatch.setattr(tuning, "Q21_UNCONFIRMED_OWN_WORDS", False)
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "did nagaspayev say 143 oil projects",  # a word of no record: not put right
        "did safarov say 143 projects",  # nobody's figure: never his
        "nagaspayev said 54 projects worth 35 billion were completed, correct?",  # mispaired
    ],
)
def test_short_figure_claim_near_misses_stay_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Its twin, q19quote's Q19Q_MISPAIRED_FACT, answers the mispaired claim with the fact
    pairing his real figures; switched off here, the claim rule alone must not confirm it."""
    monkeypatch.setattr(tuning, "Q19Q_MISPAIRED_FACT", False)
    a = service.ask(question)
    assert not a.answered, to_text(a)


def test_short_right_figure_is_confirmed(service: Service) -> None:
    a = service.ask("did nagaspayev say 133 projects")
    assert a.answered and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    assert to_text(a).startswith("Yes"), to_text(a)


# --- a summit to come is planned (tuning.Q19_PLANNED_OF_UNDATED) --------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Is the third summit planned for 2026?", "No: not in 2026: my sources say 2027."),
    ],
)
def test_planned_summit_year_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "summit-2027-china", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    # Off: refused (no record held "planned" and "third" together).
    monkeypatch.setattr(tuning, "Q19_PLANNED_OF_UNDATED", False)
    assert _first(service, question) is None


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Третий саммит запланирован на 2026 год?", "Нет: не в 2026: по моим источникам — 2027."),
        (
            "Is the third China–Central Asia summit planned for 2026?",
            "No: not in 2026: my sources say 2027.",
        ),
        ("the third summit is scheduled for 2028, right?", "No: not in 2028: my sources say 2027."),
    ],
)
def test_planned_summit_year_paraphrases(service: Service, question: str, lead: str) -> None:
    a = service.ask(question)
    assert to_text(a).startswith(lead), to_text(a)


def test_planned_summit_right_year_is_confirmed(service: Service) -> None:
    a = service.ask("Is the third summit planned for 2027?")
    assert a.answered and a.entries[0] == "summit-2027-china", to_text(a)
    assert not to_text(a).startswith("No"), to_text(a)


# --- more forms of taking part (tuning.Q19_MEMBERSHIP_FORMS) -----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Was Afghanistan one of the countries at the China–Central Asia summit?",
        "Did Afghanistan take part in the summit?",
        "Did Afghanistan take part in the Astana summit?",
    ],
)
def test_country_not_taking_part_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-participants", to_text(a)
    assert to_text(a).startswith("No: not Afghanistan: my sources say China, Kazakhstan"), to_text(
        a
    )
    # Off: refused.
    monkeypatch.setattr(tuning, "Q19_MEMBERSHIP_FORMS", False)
    assert _first(service, question) is None


def test_member_question_stays(service: Service) -> None:
    a = service.ask("Is Afghanistan a member of the China-Central Asia summit?")
    assert to_text(a).startswith("No: not Afghanistan"), to_text(a)
