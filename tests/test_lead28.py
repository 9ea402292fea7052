"""Lead rules of round 28 (bot/tuning.py, section "lead, round 28")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from bot.text import work_frame_rest
from tests.asking import refused
from tests.conftest import KNOWLEDGE

SAFAROV = "saifullo-safarov"
ASTANA = "summit-2025-astana"


def test_an_english_clitic_does_not_make_a_question_russian(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "who's" and the misspelt "saifulo" were two foreign words of three: the question was
    # read as Russian in Latin letters and refused in Russian, though its English reading
    # found his card.
    a = service.ask("who's Saifulo Safarov")
    assert a.answered and a.lang == "en" and a.entries[:1] == (SAFAROV,), to_text(a)
    monkeypatch.setattr(tuning, "Q28_ENGLISH_CLITICS", False)
    a = service.ask("who's Saifulo Safarov")
    assert not a.answered and a.lang == "ru", to_text(a)


@pytest.mark.parametrize("question", ["brics summit in kazan 2024", "sco summit 2024"])
def test_an_organisations_short_form_says_nothing_of_the_language(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and a.lang == "en", to_text(a)
    assert "I don't have an answer" in to_text(a)
    monkeypatch.setattr(tuning, "Q28_NEUTRAL_ACRONYMS", False)
    assert service.ask(question).lang == "ru"


def test_a_transliterated_short_form_still_reads_as_russian(service: Service) -> None:
    # «ШОС» typed in Latin letters is Russian's own short form, not the English one.
    a = service.ask("sammit SHOS v astane")
    assert not a.answered and a.lang == "ru", to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "sco summit in astana 2024",
        "nato summit in astana 2024",
        "саммит ШОС в Астане 2024 что было",
        "sammit SHOS v astane 2024 chto bylo",
    ],
)
def test_another_organisations_summit_is_not_ours_in_another_year(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # The SCO met in Astana in 2024: "Not in 2024: my sources say 2025" and the card of the
    # China–Central Asia summit answered a question about another summit.
    refused(service, question)
    monkeypatch.setattr(tuning, "Q28_UNKNOWN_NAME_NO_SUMMIT", False)
    assert service.ask(question).entries[:1] == (ASTANA,)


@pytest.mark.parametrize(
    "question", ["the astana summit was in 2024, right?", "саммит в Астане прошёл в 2024 году?"]
)
def test_our_summit_put_in_another_year_is_still_put_right(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[:1] == (ASTANA,), to_text(a)
    assert "2024" in to_text(a).split("\n")[0] and "2025" in to_text(a).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("emomali rahmon kto", "Эмомали Рахмон"),
        ("sadyr japarov kto", "Садыр Жапаров"),
    ],
)
def test_the_bases_names_say_nothing_of_a_latin_questions_language(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, card: str
) -> None:
    # Two names and "kto": the names counted as English, so one foreign word of three read as
    # an English question, "no quotes from Emomali Rahmon".
    a = service.ask(question)
    assert a.answered and a.kind == "person" and to_text(a).startswith(card), to_text(a)
    monkeypatch.setattr(tuning, "Q28_NAMES_NEUTRAL", False)
    assert service.ask(question).kind == "unknown_person"


def test_an_english_question_with_names_stays_english(service: Service) -> None:
    a = service.ask("who is emomali rahmon")
    assert a.answered and a.lang == "en" and to_text(a).startswith("Emomali Rahmon:"), to_text(a)


def test_the_cyrillic_reading_is_answered_in_russian(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «emomali rahmon кто»: the reading keeps the base's two Latin names, and two Latin words
    # of three made it an English question, answered in English.
    a = service.ask("emomali rahmon kto")
    assert a.lang == "ru" and to_text(a).startswith("Эмомали Рахмон"), to_text(a)
    monkeypatch.setattr(tuning, "Q28_TRANSLIT_REPLY_RUSSIAN", False)
    a = service.ask("emomali rahmon kto")
    assert a.lang == "en" and to_text(a).startswith("Emomali Rahmon"), to_text(a)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Tell me about the second China-Central Asia summit in Bishkek",
            "Not in Bishkek: my sources say Astana.",
        ),
        ("Tell me about the second summit in Bishkek", "Not in Bishkek: my sources say Astana."),
        (
            "Расскажи про саммит Китай - Центральная Азия в Ташкенте в 2025 году",
            "Не в Ташкенте: по моим источникам — Астана.",
        ),
    ],
)
def test_a_summit_told_about_in_a_capital_it_was_not_held_in_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.entries[:1] == (ASTANA,) and to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q28_TELL_ABOUT_VENUE", False)
    assert not service.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["tell me about the sco summit in bishkek", "tell me about the 2024 summit in tashkent"],
)
def test_a_summit_the_base_never_held_stays_refused_when_told_about(
    service: Service, question: str
) -> None:
    refused(service, question)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Which Turkmen expert said the treaty points the way forward?", "turkmen expert"),
        ("which uzbek political scientist said the treaty points the way forward?", "uzbek"),
    ],
)
def test_which_country_title_said_puts_the_country_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, asked: str
) -> None:
    # Safarov, a Tajik political scientist, said it: refused, his words only offered, where
    # "did a turkmen expert say …" was already corrected.
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.speakers == (SAFAROV,), text
    first_line = text.split("\n")[0]
    assert first_line.startswith("Not the ") and asked in first_line, text
    assert "Tajikistan" in first_line, text
    monkeypatch.setattr(tuning, "Q28_WHICH_TITLE_COUNTRY", False)
    assert not service.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        # a title he does not hold, whatever the country
        "which turkmen minister said the treaty points the way forward?",
        # his own country: his words, no lead
        "which tajik expert said the treaty points the way forward?",
    ],
)
def test_which_title_said_without_a_wrong_country_is_unchanged(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not to_text(a).startswith("Not the "), to_text(a)
    if "minister" in question:
        refused(service, question)
    else:
        assert a.speakers == (SAFAROV,), to_text(a)


NAGASPAYEV = "yersaiyn-nagaspayev"


def test_already_with_a_word_of_finishing_says_done(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "being" read the 54 projects as still under way, against the minister's "54 ... have
    # already been implemented": refused as figures he pairs otherwise.
    question = "who mentioned 54 projects worth nine billion being done already"
    a = service.ask(question)
    assert a.answered and a.speakers == (NAGASPAYEV,), to_text(a)
    monkeypatch.setattr(tuning, "Q28_ALREADY_DONE", False)
    assert not service.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "who said all 133 projects are already completed",
        "who said 133 projects are being done already",
    ],
)
def test_the_133_projects_said_done_stay_refused(service: Service, question: str) -> None:
    # He says the 133 are being implemented; only 54 are done.
    refused(service, question)


def test_already_being_implemented_is_under_way(service: Service) -> None:
    a = service.ask("who said 133 projects are already being implemented")
    assert a.answered and a.speakers == (NAGASPAYEV,), to_text(a)


def test_ye_after_a_consonant_may_be_the_plural_ending(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "kazhdye" read «кажде», no word: refused, where «саммиты каждые сколько лет?» is answered.
    a = service.ask("sammity kazhdye skolko let?")
    assert a.answered and a.entries[:1] == ("fact-summit-mechanism",), to_text(a)
    monkeypatch.setattr(tuning, "Q28_TRANSLIT_YE", False)
    assert not service.ask("sammity kazhdye skolko let?").answered


OSMONALIYEV = "kairat-osmonaliyev"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is it true Osmonaliyev opposed cooperation with China?", "I can't confirm that"),
        ("Safarov rejected the treaty, right?", "I can't confirm that"),
        (
            "Правда, что Осмоналиев выступил против сотрудничества с Китаем?",
            "Не могу подтвердить",
        ),
    ],
)
def test_a_stance_put_to_a_quoted_person_is_checked_against_his_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, opening: str
) -> None:
    # His card answered nothing of the stance put to him; blame put to him was already read
    # as a claim of his words (Q21_BLAME_PUT_TO_NAMED). Never a "Yes".
    a = service.ask(question)
    text = to_text(a)
    assert text.startswith(opening) and a.kind != "person", text
    assert not text.startswith(("Yes", "Да")), text
    monkeypatch.setattr(tuning, "Q28_STANCE_PUT_TO_NAMED", False)
    assert service.ask(question).kind == "person"


def test_a_stance_put_to_someone_the_base_only_lists_is_unchanged(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "did xi jinping support the secretariat?"
    before = to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q28_STANCE_PUT_TO_NAMED", False)
    assert to_text(service.ask(question)) == before


@pytest.mark.parametrize(
    "question",
    [
        "the turkmen expert who said the treaty points the way forward",
        "who is the turkmen expert who said the treaty points the way forward?",
    ],
)
def test_a_country_and_title_before_saying_get_the_country_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # Safarov's words were shown with no word that he is no Turkmen.
    a = service.ask(question)
    text = to_text(a)
    assert a.speakers == (SAFAROV,) and text.startswith("Not the turkmen expert:"), text
    monkeypatch.setattr(tuning, "Q28_COUNTRY_TITLE_PUT_RIGHT", False)
    a = service.ask(question)
    assert a.speakers == (SAFAROV,) and not to_text(a).startswith("Not the "), to_text(a)


def test_his_own_country_and_title_get_no_lead(service: Service) -> None:
    a = service.ask("what did the tajik expert say about china")
    assert a.speakers == (SAFAROV,) and not to_text(a).startswith("Not the "), to_text(a)


# --- review mends of round 28 ------------------------------------------------------------------


def test_a_prime_minister_the_base_holds_is_not_put_right(tmp_path: Path) -> None:
    # "prime" was read as another office whatever the person held: with a prime minister in
    # the base, "who is the prime minister of kazakhstan" got "Not the prime minister of
    # kazakhstan: Olzhas Bektenov is Prime Minister of Kazakhstan." (matcher.
    # _other_office_put_right; found in review).
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / "summits.yaml"
    text = path.read_text(encoding="utf-8")
    person = (
        "  - id: olzhas-bektenov\n"
        "    name: Olzhas Bektenov\n"
        "    aliases: [Bektenov]\n"
        "    role: Prime Minister of Kazakhstan\n"
        "    country: Kazakhstan\n"
        "    role_phrases:\n"
        "      - prime minister of kazakhstan\n"
        "      - kazakh prime minister\n"
        "    sources: [peoplesdaily-xi-astana-2025]\n"
    )
    anchor = "  - id: emomali-rahmon\n"
    assert anchor in text
    path.write_text(text.replace(anchor, person + anchor), "utf-8")
    service = Service.from_dir(knowledge)
    a = service.ask("who is the prime minister of kazakhstan")
    text_shown = to_text(a)
    assert a.entries[:1] == ("olzhas-bektenov",), text_shown
    assert not text_shown.startswith("Not the "), text_shown


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        (
            "Для работы в Казахстане нужна цитата министра",
            "в Казахстане нужна цитата министра",
        ),
        (
            "для доклада про Сафарова что он сказал о договоре",
            "про Сафарова что он сказал о договоре",
        ),
        ("Для курсовой: кто сказал про 133 проекта", "кто сказал про 133 проекта"),
    ],
)
def test_the_russian_work_frame_keeps_the_rest_whole(question: str, rest: str) -> None:
    # The rest began mid-word («азахстане нужна …», «афарова что он сказал …»): a lazy theme
    # with an optional mark after it (found in review).
    assert work_frame_rest(question) == rest


def test_a_longer_word_is_no_work_of_the_frame() -> None:
    assert work_frame_rest("для видеоконференции нужна цитата министра") is None


@pytest.mark.parametrize(
    "question", ["Осмоналиев выступил на саммите?", "Нагаспаев выступал на форуме?"]
)
def test_a_speech_is_no_stance(service: Service, question: str) -> None:
    # «выступил» is "spoke"; only «выступил против/за» takes a stance (found in review).
    a = service.ask(question)
    assert not to_text(a).startswith("Не могу подтвердить"), to_text(a)


def test_a_country_as_topic_is_no_description(service: Service) -> None:
    a = service.ask("for china the diplomat said cooperation is a top priority, who?")
    assert not to_text(a).startswith("Not the "), to_text(a)


def test_already_being_done_is_under_way(service: Service) -> None:
    a = service.ask("who said 133 projects are already being done")
    assert a.answered and a.speakers == (NAGASPAYEV,), to_text(a)


def test_a_name_and_a_typo_stay_english(service: Service) -> None:
    # Without a Russian question word the base's names count as English, as before.
    assert service.ask("safarov quoteh plz").lang == "en"


def test_something_agreed_that_was_no_signing_is_not_put_right(service: Service) -> None:
    # "agreed" found the China–Central Asia Spirit, no record of a signing (found in review).
    refused(service, "is it true they agreed on a gas pipeline in Astana?")
