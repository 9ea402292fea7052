"""Wrong answers and wrong facts, round 26 (q26fix).

Each test fails when its rule (bot/tuning.py, section "q26fix") is switched off; the near
misses beside them keep their answers, or stay refused, never answered with somebody else's
words.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

# --- whether someone spoke on a summit (tuning.Q26F_SPOKE_AT_SUMMIT) -------------------------

_SPOKE = [
    (
        "did anyone from tajikistan talk about the astana summit? what did they say",
        "saifullo-safarov",
    ),
    ("did the tajik expert comment on the astana summit?", "saifullo-safarov"),
    ("did safarov talk about the astana summit?", "saifullo-safarov"),
    ("did anyone from kyrgyzstan speak at the astana summit", "kairat-osmonaliyev"),
]


@pytest.mark.parametrize(("question", "speaker"), _SPOKE)
def test_spoke_at_the_summit_shows_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.kind in ("quote", "quotes"), to_text(a)
    assert tuple(a.speakers) == (speaker,), to_text(a)
    assert "No:" not in to_text(a)
    monkeypatch.setattr(tuning, "Q26F_SPOKE_AT_SUMMIT", False)
    # Before: "No: that was not <them>. These are the words of Yersaiyn Nagaspayev".
    before = service.ask(question)
    assert before.kind == "correction" and speaker not in before.speakers, to_text(before)


def test_spoke_at_a_summit_of_none_of_their_words_says_so(service: Service) -> None:
    # Safarov's words are all from Astana: shown under the lead that none is from Xi'an, and
    # nobody else's words.
    a = service.ask("did anyone from tajikistan talk about the xian summit? what did they say")
    assert tuple(a.speakers) == ("saifullo-safarov",), to_text(a)
    assert to_text(a).startswith("None of the quotes by Saifullo Safarov"), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        # a topic beyond the summit: read as before (his words are not on mining)
        "did anyone from tajikistan talk about mining at the astana summit",
        # words put to him: never confirmed with his words
        "My grandson says some Kyrgyz gentleman praised China at that meeting in Astana. "
        "What did he say, dear?",
    ],
)
def test_a_topic_or_words_put_are_read_as_before(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not to_text(a).startswith("Yes"), to_text(a)
    assert a.kind not in ("quote", "quotes") or "can't confirm" in to_text(a), to_text(a)


# --- praise for the bot is a greeting (tuning.Q26F_PRAISE) -----------------------------------


@pytest.mark.parametrize(
    "question", ["good job", "great work", "good work", "you did a good job", "great job!"]
)
def test_praise_is_greeted(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "help" and not a.entries and not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q26F_PRAISE", False)
    # Before: the treaty's name ("good"), Nagaspayev's words ("work closely").
    assert service.ask(question).answered


@pytest.mark.parametrize(
    "question", ["well done", "молодец", "отличная работа", "thanks, that's helpful", "good answer"]
)
def test_more_praise_is_greeted(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.kind == "help" and not a.entries and not a.speakers, to_text(a)


@pytest.mark.parametrize("question", ["what work was done?", "good work on the treaty"])
def test_praised_words_beside_a_question_are_no_greeting(service: Service, question: str) -> None:
    assert service.ask(question).kind != "help"


def test_praise_beside_a_question_leaves_the_question(service: Service) -> None:
    a = service.ask("great, what did safarov say?")
    assert a.answered and tuple(a.speakers) == ("saifullo-safarov",), to_text(a)


# --- a country's signing, the record found again (tuning.Q26F_SIGNING_RECORD) -----------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did uzbekistan sign the xian declaration?", "Yes: my sources say Uzbekistan signed."),
        ("did kazakhstan sign the xi'an declaration?", "Yes: my sources say Kazakhstan signed."),
        ("Подписал ли Узбекистан Сианьскую декларацию?", "Да: по моим источникам, Узбекистан"),
    ],
)
def test_signing_of_the_xian_declaration(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-xian-signed", to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q26F_SIGNING_RECORD", False)
    # Before: the Astana card, or the $22bn signed by China and Kazakhstan, with no yes.
    before = service.ask(question)
    assert before.entries[:1] != ("fact-xian-signed",), to_text(before)
    assert not to_text(before).startswith(lead[:3]), to_text(before)


@pytest.mark.parametrize(
    "question", ["did uzbekistan sign the xian treaty?", "did uzbekistan sign the mining deal?"]
)
def test_no_yes_for_a_document_of_no_record(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not to_text(a).startswith("Yes"), to_text(a)


def test_signing_at_astana_as_before(service: Service) -> None:
    a = service.ask("did uzbekistan sign the astana declaration?")
    assert to_text(a).startswith("Yes: my sources say Uzbekistan signed."), to_text(a)


# --- the leader at a summit in a place none was held in (tuning.Q26F_LEADER_AT_UNHELD) ---------


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("who was the tajik leader at the dushanbe summit?", "Dushanbe"),
        ("who was the tajik president at the summit in dushanbe?", "Dushanbe"),
        ("who was the kyrgyz president at the tashkent summit?", "Tashkent"),
    ],
)
def test_leader_at_an_unheld_place_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, place: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-leaders-astana", to_text(a)
    assert to_text(a).startswith(f"Not in {place}: my sources say Astana."), to_text(a)
    monkeypatch.setattr(tuning, "Q26F_LEADER_AT_UNHELD", False)
    # Before: the head of state's card, the place left standing.
    before = service.ask(question)
    assert before.kind == "person" and place not in to_text(before), to_text(before)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who was the tajik leader at the astana summit?", "fact-leaders-astana"),
        ("who is the president of tajikistan?", "emomali-rahmon"),
        ("who was the tajik leader in dushanbe?", "emomali-rahmon"),
    ],
)
def test_leader_questions_without_a_wrong_summit_place(
    service: Service, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert not to_text(a).startswith("Not in"), to_text(a)


# --- a Russian month after «в» dates the question (tuning.Q26F_MONTH_IN_RU) -------------------


@pytest.mark.parametrize(
    "question", ["Первый саммит был в Сиане в мае 2023?", "Pervyi sammit byl v Siane v mae 2023?"]
)
def test_month_after_v_asks_the_time(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "summit-2023-xian", to_text(a)
    monkeypatch.setattr(tuning, "Q26F_MONTH_IN_RU", False)
    # Before: the Xi'an Declaration's record ("held in Xi'an in May 2023").
    assert service.ask(question).entries[:1] == ("fact-xian-declaration",)


def test_month_after_v_put_right(service: Service) -> None:
    a = service.ask("Саммит в Астане был в июле 2025?")
    assert a.entries[:1] == ("summit-2025-astana",) and to_text(a).startswith("Нет"), to_text(a)
    a = service.ask("что подписали в мае 2023?")
    assert a.entries[:1] == ("fact-xian-signed",), to_text(a)


# --- the signer put is no topic (tuning.Q26F_SIGNED_BY) ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "The Treaty of Permanent Good-Neighborliness was signed by foreign ministers, right?",
        "was the treaty signed by foreign ministers?",
        "was the astana declaration signed by the foreign ministers of the six countries?",
    ],
)
def test_signed_by_shows_the_signing_record(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-astana-signed", to_text(a)
    assert not to_text(a).startswith("Yes"), to_text(a)
    monkeypatch.setattr(tuning, "Q26F_SIGNED_BY", False)
    # Before: the treaty's name ("foreign ministry"), or the list of participants.
    assert service.ask(question).entries[:1] != ("fact-astana-signed",)


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        ("the treaty was signed by wang yi, right?", "fact-astana-signed", "No: not Wang Yi"),
        ("was the xian declaration signed by ministers?", "fact-xian-signed", ""),
        ("was the treaty signed by the presidents?", "fact-astana-signed", ""),
    ],
)
def test_signed_by_as_before(service: Service, question: str, entry: str, lead: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert to_text(a).startswith(lead), to_text(a)


def test_signed_by_a_country_of_no_record_stays_refused(service: Service) -> None:
    a = service.ask("was the treaty signed by russia?")
    assert not a.answered, to_text(a)


def test_what_the_summit_mechanism_is(service: Service) -> None:
    # knowledge/summits.yaml: the mechanism's own record answers what it is.
    for question in ("what is the summit mechanism?", "что такое механизм саммитов?"):
        a = service.ask(question)
        assert a.answered and a.entries[0] == "fact-summit-mechanism", to_text(a)


# --- a head of state said to have stayed away (tuning.Q26F_ABSENT_LEADER) ----------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Почему Мирзиёев не приехал в Астану?", "Нет: по моим источникам, Узбекистан"),
        ("why did mirziyoyev skip the astana summit?", "No: my sources say Uzbekistan took part."),
        ("Почему Токаев пропустил саммит в Сиане?", "Нет: по моим источникам, Казахстан"),
    ],
)
def test_absent_leader_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.kind == "fact" and not a.speakers, to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q26F_ABSENT_LEADER", False)
    # Before: his card (as if it said why), or "I have no quotes from ...".
    assert not to_text(service.ask(question)).startswith(lead)


def test_absent_country_in_russian_with_its_verb(service: Service) -> None:
    a = service.ask("Почему Узбекистан не приехал в Астану?")
    assert a.answered and to_text(a).startswith("Нет: по моим источникам, Узбекистан"), to_text(a)


def test_absent_minister_is_no_leader(service: Service) -> None:
    a = service.ask("why didn't nagaspayev come to astana?")
    assert not to_text(a).startswith("No: my sources say"), to_text(a)


# --- a Russian ending after a number (tuning.Q26F_NUMBER_SUFFIX_RU) ----------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто принимал саммит в 2025-м?", "fact-leaders-astana"),
        ("Что подписали в 2023-м году?", "fact-xian-signed"),
    ],
)
def test_number_ending_is_no_word(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    monkeypatch.setattr(tuning, "Q26F_NUMBER_SUFFIX_RU", False)
    # Before: refused on the "м" the hyphen split off.
    assert not service.ask(question).answered


def test_numbers_without_endings_as_before(service: Service) -> None:
    a = service.ask("Кто принимал саммит в 2025 году?")
    assert a.answered and a.entries[0] == "fact-leaders-astana", to_text(a)


# --- a refused English question is refused in English (tuning.Q26F_ENGLISH_FRAME) -------------


@pytest.mark.parametrize(
    "question", ["what is kazakhstan's gdp?", "what's kazakhstan's population?"]
)
def test_english_refusal_stays_english(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # Its twin, the English clitics taken off before the language is weighed
    # (Q28_ENGLISH_CLITICS: "what's" is "what"), is off: this rule is tested alone.
    monkeypatch.setattr(tuning, "Q28_ENGLISH_CLITICS", False)
    a = service.ask(question)
    assert not a.answered and a.lang == "en", to_text(a)
    monkeypatch.setattr(tuning, "Q26F_ENGLISH_FRAME", False)
    # Before: «Ответа на вопрос ... в моей базе знаний нет.»
    assert service.ask(question).lang == "ru"


def test_transliterated_refusal_stays_russian(service: Service) -> None:
    a = service.ask("kakaya pogoda v parizhe")
    assert not a.answered and a.lang == "ru", to_text(a)
