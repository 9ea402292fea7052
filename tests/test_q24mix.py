"""Issue 13's non-quote misses of mix13 and quotes13, round 24 (q24mix).

Each test fails when its rule (bot/tuning.py, section "q24mix") is switched off; the near
misses beside them keep their old answers.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

# --- a second clause about the first clause's person (tuning.Q24M_FOLLOW_UP_CLAUSE) ----------


@pytest.mark.parametrize(
    ("question", "entry", "shown"),
    [
        (
            "who mentioned coal chemistry, is he a minister or a businessman?",
            "yersaiyn-nagaspayev",
            "Yersaiyn Nagaspayev: Kazakhstan's Minister of Industry and Construction.",
        ),
        (
            "Кто сказал про проактивную роль Центральной Азии, кем он работал?",
            "kairat-osmonaliyev",
            "Кайрат Осмоналиев: бывший посол Кыргызстана в Азербайджане.",
        ),
        (
            # a statement first, then the follow-up: his words
            "Здравствуйте. Я пенсионер, интересуюсь Казахстаном. Министр там говорил про "
            "металлургию с китайцами, можно поподробнее что он сказал?",
            "nagaspayev-industrial-cooperation",
            "Ерсайын Нагаспаев, министр промышленности и строительства Казахстана:",
        ),
        (
            # the follow-up refused (no words of his on it): the first clause's card
            "Кто такой Ван И и что он сказал об итогах саммита?",
            "wang-yi",
            "Ван И: министр иностранных дел Китая.",
        ),
    ],
)
def test_second_clause_is_a_follow_up(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, shown: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry, text
    assert text.startswith(shown), text
    # the conversation (Telegram, ask --json) shows the same, not "Who do you mean?"
    reply = service.converse(question, None, now=1000.0)
    assert reply.answer.answered and reply.answer.entries[0] == entry, to_text(reply.answer)
    monkeypatch.setattr(tuning, "Q24M_FOLLOW_UP_CLAUSE", False)
    # Its twin, q24speaker's (one quoted person identified, his words asked), also answers
    # the pensioner's question.
    monkeypatch.setattr(tuning, "Q24S_OWN_WORDS_ASKED", False)
    off = service.ask(question)
    assert not off.answered, to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        # the first clause names nobody: "he" is not guessed
        "who said china is great, is he a minister?",
        "what about the weather, is he a minister?",
        # words nobody said, cut at the sentence's end: the claim stays whole, refused
        "Здравствуйте. Читала статью про саммит. Один эксперт, бывший посол, говорил что Китай "
        "давит на соседей. Как его зовут?",
        # a relative clause describes the one asked about: no follow-up
        "в статье был эксперт, который говорил что китай игнорирует соседей, как его зовут?",
    ],
)
def test_second_clause_needs_one_person_first(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


def test_second_clause_never_replaces_an_unconfirmed(service: Service) -> None:
    # "that" is the first clause's claim: "I can't confirm", as before, not his quotes
    a = service.ask(
        "Quick context: I'm fact-checking a podcast. The host claimed that Safarov called the "
        "treaty a historic mistake. Did he actually say that?"
    )
    assert a.kind == "unconfirmed" and not a.entries, to_text(a)


def test_second_clause_keeps_a_whole_answer(service: Service) -> None:
    # answered whole as before: Safarov's words, with his office
    a = service.ask("who said the treaty shows the way forward and what is his job?")
    assert a.answered and a.speakers == ("saifullo-safarov",), to_text(a)


# --- who led a country at the summit, in more forms (tuning.Q24M_LEADER_FORMS) ---------------

_LEADERS_EN = "Six presidents met in Astana on 17 June 2025:"
_LEADERS_RU = "В Астане 17 июня 2025 года встретились шесть президентов:"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("tajik leader at the summit?", _LEADERS_EN),
        ("лидер Таджикистана на саммите?", _LEADERS_RU),
        ("kto ot turkmenii byl v astane", _LEADERS_RU),
        ("кто от Туркмении был в Астане", _LEADERS_RU),
        ("who from kyrgyzstan was at the astana summit", _LEADERS_EN),
        ("who represented Turkmenistan in Astana last june", _LEADERS_EN),
    ],
)
def test_leader_at_summit_forms(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and not a.speakers, text
    assert text.startswith(lead), text
    # Off: the participants' fact (no names) or "I don't have an answer".
    monkeypatch.setattr(tuning, "Q24M_LEADER_FORMS", False)
    off = to_text(service.ask(question))
    assert not off.startswith(lead), off


@pytest.mark.parametrize(
    ("question", "not_lead"),
    [
        # a yes/no: the participants answer, as before
        ("did the tajik leader attend the summit?", _LEADERS_EN),
        # a description with more than the summit: no list of leaders
        ("turkmen president did not attend the summit", _LEADERS_EN),
        # a month not the summit's: no answer, as before
        ("who represented Turkmenistan in Astana last may", _LEADERS_EN),
    ],
)
def test_leader_at_summit_near_misses(service: Service, question: str, not_lead: str) -> None:
    text = to_text(service.ask(question))
    assert not text.startswith(not_lead), text


def test_from_country_quoted_is_still_a_speaker(service: Service) -> None:
    a = service.ask("who from kazakhstan was quoted?")
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",), to_text(a)


# --- a wrong office said of a name in full (tuning.Q24M_LONG_DESCRIPTION) --------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Сафаров - председатель ассоциации политологов Узбекистана?",
            "Нет: не «председатель ассоциации политологов Узбекистана»: Сайфулло Сафаров — "
            "председатель Ассоциации политологов Таджикистана.",
        ),
        (
            "Safarov is the chairman of the association of political scientists of uzbekistan?",
            "No: not the chairman of the association of political scientists of uzbekistan: "
            "Saifullo Safarov is chairman of the Association of Political Scientists in "
            "Tajikistan.",
        ),
    ],
)
def test_long_wrong_office_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == "saifullo-safarov", text
    assert text.startswith(lead), text
    # Off: his words or his card, with nothing said of Uzbekistan.
    monkeypatch.setattr(tuning, "Q24M_LONG_DESCRIPTION", False)
    off = to_text(service.ask(question))
    assert not off.startswith(("No", "Нет")), off


@pytest.mark.parametrize(
    "question",
    [
        "Сафаров - председатель ассоциации политологов Таджикистана?",
        "Safarov is the chairman of the association of political scientists in tajikistan, right?",
    ],
)
def test_long_right_office_gets_no_no(service: Service, question: str) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == "saifullo-safarov", text
    assert not text.startswith(("No", "Нет")), text


# --- part of the format is taking part (tuning.Q24M_PART_OF_FORMAT) ---------------------------


def test_part_of_the_format_is_membership(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "is Afghanistan part of the china-central asia format?"
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and not a.speakers, text
    assert text.startswith("No: not Afghanistan: my sources say China, Kazakhstan"), text
    monkeypatch.setattr(tuning, "Q24M_PART_OF_FORMAT", False)
    off = service.ask(question)
    assert not off.answered, to_text(off)


@pytest.mark.parametrize(
    "question", ["is xinjiang part of china?", "is afghanistan part of central asia?"]
)
def test_part_of_a_place_is_no_membership(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)


# --- a country said to have stayed away took part (tuning.Q24M_ABSENT_PARTY) ------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Why did Turkmenistan skip the Astana summit?",
            "No: my sources say Turkmenistan took part.",
        ),
        ("did uzbekistan boycott the summit?", "No: my sources say Uzbekistan took part."),
        (
            "Почему Туркменистан пропустил саммит в Астане?",
            "Нет: по моим источникам, Туркменистан — среди участников.",
        ),
    ],
)
def test_absent_party_took_part(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and not a.speakers, text
    assert text.startswith(lead), text
    assert "Turkmenistan and Uzbekistan" in text or "Туркменистана и Узбекистана" in text, text
    monkeypatch.setattr(tuning, "Q24M_ABSENT_PARTY", False)
    off = service.ask(question)
    assert not off.answered, to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "why did afghanistan skip the summit?",  # a country the base lacks
        "why did tajikistan skip the next summit?",  # a summit not held
    ],
)
def test_absent_party_near_misses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)


# --- "first" within the region is no ordinal (tuning.Q24M_FIRST_IN_REGION) --------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "was the 2025 summit the first one held in central asia?",
            "The Astana summit was the first one held in a Central Asian country.",
        ),
        (
            "саммит 2025 года — первый в Центральной Азии?",
            "Саммит в Астане стал первым, прошедшим в одной из стран Центральной Азии.",
        ),
    ],
)
def test_first_in_region_is_no_ordinal(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == ("fact-first-in-central-asia",), text
    assert text.startswith(lead), text
    # Off: "No: not in 2025: my sources say 2023." before a Xi'an record.
    monkeypatch.setattr(tuning, "Q24M_FIRST_IN_REGION", False)
    # A twin: q30fact's check of a summit named as the first in the region reads it too.
    monkeypatch.setattr(tuning, "Q30F_FIRST_IN_REGION_NAMED", False)
    off = to_text(service.ask(question))
    assert off.startswith(("No: not in 2025", "Нет: не в 2025")), off


@pytest.mark.parametrize(
    "question",
    [
        "was the first summit held in xian in 2025?",  # the first summit, in Xi'an
        "was the 2024 summit the first one held in central asia?",  # no summit in 2024
    ],
)
def test_first_in_region_near_misses(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith("No: not in 20"), text


# --- a summit to come asked of at another place (tuning.Q24M_UNHELD_AT_PLACE) ----------------


@pytest.mark.parametrize(
    ("question", "lead", "card"),
    [
        (
            "what was signed at the third summit in dushanbe",
            "Not in Dushanbe: my sources say China.",
            "The Third China–Central Asia Summit is set to take place in China in 2027",
        ),
        (
            "tretiy sammit v dushanbe chto podpisali",
            "Не в Душанбе: по моим источникам — Китай.",
            "Третий саммит «Китай — Центральная Азия» должен пройти в Китае в 2027 году",
        ),
    ],
)
def test_unheld_summit_at_a_place(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str, card: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == ("summit-2027-china",), text
    assert text.startswith(lead) and card in text, text
    monkeypatch.setattr(tuning, "Q24M_UNHELD_AT_PLACE", False)
    off = service.ask(question)
    assert not off.answered, to_text(off)


def test_no_summit_named_at_a_place_stays_refused(service: Service) -> None:
    a = service.ask("what did leaders sign in dushanbe in 2024")
    assert not a.answered, to_text(a)


# --- "kz" is Kazakhstan (knowledge/vocabulary.yaml, abbreviations) ----------------------------


@pytest.mark.parametrize("question", ["skolko proektov kz i kitay", "сколько проектов кз и китай"])
def test_kz_is_kazakhstan(service: Service, question: str) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == ("fact-projects-total",), text
    assert "133" in text, text


# --- which city is a country's capital is no question of the base (Q24M_CAPITAL_ASKED) --------


@pytest.mark.parametrize(
    "question", ["is astana the capital of kazakhstan?", "Астана — столица Казахстана?"]
)
def test_capital_asked_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.entries, to_text(a)
    # Off: the reception fact, as if the question asked how the summit was received.
    monkeypatch.setattr(tuning, "Q24M_CAPITAL_ASKED", False)
    off = service.ask(question)
    assert off.answered and off.entries == ("fact-summit-reception",), to_text(off)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how did analysts react to the meeting in kazakhstan's capital", "fact-summit-reception"),
        ("was the second summit held in the capital of kazakhstan?", "summit-2025-astana"),
    ],
)
def test_capital_as_a_place_still_read(service: Service, question: str, entry: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)


# --- two offices offered for someone described (tuning.Q24M_OFFICE_EITHER) --------------------


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "Is the Tajik person quoted a government official or an academic?",
            "Saifullo Safarov: chairman of the Association of Political Scientists in Tajikistan.",
        ),
        (
            "Таджикский политолог — правительственный чиновник или учёный?",
            "Сайфулло Сафаров: председатель Ассоциации политологов Таджикистана.",
        ),
    ],
)
def test_office_either_shows_the_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, shown: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == ("saifullo-safarov",), text
    assert text.startswith(shown), text
    reply = service.converse(question, None, now=1000.0)
    assert reply.answer.entries == ("saifullo-safarov",), to_text(reply.answer)
    monkeypatch.setattr(tuning, "Q24M_OFFICE_EITHER", False)
    off = service.ask(question)
    assert not off.answered, to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "is the uzbek person a government official or an academic?",  # nobody fits
        "is the weather a problem or a blessing?",  # no person described
    ],
)
def test_office_either_near_misses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- a name and then "kto eto" (tuning.Q24M_NAME_THEN_WHO) ------------------------------------


def test_name_then_kto_eto(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "lin czyan kto eto"
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries == ("fact-first-in-central-asia",), text
    assert "Линь Цзянь" in text, text
    monkeypatch.setattr(tuning, "Q24M_NAME_THEN_WHO", False)
    off = to_text(service.ask(question))
    assert "«Eto»" in off, off


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("safarov kto eto", "Сайфулло Сафаров: председатель Ассоциации политологов Таджикистана."),
        # a name nobody has: refused, with that name (no longer «Eto»)
        ("ivanov kto eto", "Не знаю, кто такой «Ivanov»"),
    ],
)
def test_name_then_kto_eto_near_misses(service: Service, question: str, shown: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith(shown), text


def test_second_clause_he_is_the_first_clause_person_in_a_conversation(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = service.converse("who is Osmonaliyev?", None, now=1000.0)
    question = "who mentioned coal chemistry, is he a minister or a businessman?"
    reply = service.converse(question, first.context, now=1001.0)
    assert reply.answer.entries == ("yersaiyn-nagaspayev",), to_text(reply.answer)
    # a second clause whose "he" is the person in focus still reads the context
    other = service.converse(
        "tell me about the treaty, what did he say?", first.context, now=1002.0
    )
    assert "Kairat Osmonaliyev" in to_text(other.answer), to_text(other.answer)
    # Off: "he" was Osmonaliyev, in focus ("None of the quotes I have from Kairat Osmonaliyev")
    monkeypatch.setattr(tuning, "Q24M_FOLLOW_UP_CLAUSE", False)
    off = service.converse(question, first.context, now=1003.0)
    assert "Osmonaliyev" in to_text(off.answer), to_text(off.answer)
