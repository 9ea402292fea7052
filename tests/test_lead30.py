"""Lead rules of round 30 (bot/tuning.py, section "lead, round 30")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import semantic, text, tuning
from bot.render import to_text
from bot.service import Service
from tests.conftest import KNOWLEDGE

NAGASPAYEV_WORDS = "nagaspayev-industrial-cooperation"


@pytest.mark.parametrize(
    "question",
    [
        "did nagaspayev say 35 000 000 000 dollars?",
        "did nagaspayev say 35,000,000,000 dollars?",
        "did nagaspayev say 35\u00a0000\u00a0000\u00a0000 dollars?",
        "Нагаспаев говорил про 35 000 000 000 долларов?",
    ],
)
def test_a_figure_in_digit_groups_is_one_number(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # The groups were read as 35 and 000 000 000: "No: not 000 000 000 dollars: my sources
    # say 35 billion dollars", a false "No" to the figure he gave.
    a = service.ask(question)
    reply = to_text(a)
    assert a.answered and a.entries[:1] == (NAGASPAYEV_WORDS,), reply
    assert not reply.startswith(("No", "Нет")), reply
    monkeypatch.setattr(tuning, "L30_DIGIT_GROUPS", False)
    before = to_text(service.ask(question))
    assert before.startswith(("No", "Нет")), before


def test_another_figure_in_digit_groups_is_still_put_right(service: Service) -> None:
    reply = to_text(service.ask("did nagaspayev say 36,000,000,000 dollars?"))
    assert reply.startswith("No: not 36 billion"), reply
    assert "35 billion" in reply, reply


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("35 000 000 000", "35 billion"),
        ("9000000000", "9 billion"),
        ("3500000000", "3500 million"),
        ("35 000 000 000 долларов", "35 млрд долларов"),
        ("35,5 million", "35 5 million"),  # a decimal comma is not a digit group
        ("5, 100 and 2023 150", "5 100 and 2023 150"),  # a list and a year are not groups
        ("133 projects", "133 projects"),
    ],
)
def test_digit_groups_and_round_millions_are_read_as_figures(written: str, read: str) -> None:
    assert text.normalize(written) == read


def test_an_english_question_word_in_a_transliterated_question_is_not_a_name(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "who" was transliterated as «вхо», read as a person the base does not know: the reply
    # opened «Нет, это сказал не Вхо.» before Nagaspayev's words.
    question = "who skazal pro 133 proekta"
    a = service.ask(question)
    reply = to_text(a)
    assert a.answered and a.lang == "ru" and a.entries[:1] == (NAGASPAYEV_WORDS,), reply
    assert "Вхо" not in reply and not reply.startswith("Нет"), reply
    monkeypatch.setattr(tuning, "L30_TRANSLIT_QUESTION_WORDS", False)
    assert "не Вхо" in to_text(service.ask(question))


def test_an_english_question_word_does_not_make_unknown_words_answerable(
    service: Service,
) -> None:
    a = service.ask("who skazal pro pogodu v parizhe")
    assert not a.answered, to_text(a)


@pytest.mark.parametrize(
    "question",
    ["Что делал Токаев на саммите в Астане?", "Что сделал Токаев на саммите?"],
)
def test_russian_do_asks_for_the_deed_not_for_words(service: Service, question: str) -> None:
    # «делал» was a word no record holds: "no quotes from Tokayev", where "what did tokayev do
    # at the summit" is answered with the Astana facts (tuning.L30_RU_DO_NO_TOPIC).
    a = service.ask(question)
    assert a.answered and a.lang == "ru", to_text(a)
    assert a.entries[:1] == service.ask("what did tokayev do at the summit").entries[:1]
    assert "Токаев" in to_text(a)


def test_russian_do_is_no_topic_word() -> None:
    # Read at import (tuning.L30_RU_DO_NO_TOPIC): switched off, these are topic words again.
    assert all(text.is_stop_word(w) for w in ("делал", "сделал", "делает"))
    # "done" stays the projects' word
    assert not text.is_stop_word("сделано") and not text.is_stop_word("сделаны")


def test_russian_do_of_someone_the_base_does_not_hold_is_refused(service: Service) -> None:
    assert not service.ask("что делал путин в астане").answered


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "first summit - xi'an, may 2023, ended with the astana declaration. right?",
            "No: the Astana Declaration was not signed in Xi'an: my sources say Astana.",
        ),
        (
            "the xian declaration was signed in astana, right?",
            "No: the Xi'an Declaration was not signed in Astana: my sources say Xi'an.",
        ),
    ],
)
def test_a_document_put_at_the_wrong_summit_is_named_in_the_lead(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    # "No: not in Xi'an: my sources say Astana." read as if the first summit had not been in
    # Xi'an, which the question had right; the lead now names what was signed elsewhere.
    reply = to_text(service.ask(question))
    assert reply.startswith(lead), reply
    monkeypatch.setattr(tuning, "L30_DOCUMENT_PLACE_NAMED", False)
    assert to_text(service.ask(question)).startswith("No: not in "), question


def test_the_russian_lead_of_a_document_at_the_wrong_summit_is_as_before(
    service: Service,
) -> None:
    reply = to_text(service.ask("В Сиане подписали Астанинскую декларацию?"))
    assert reply.startswith("Нет: не в Сиане: по моим источникам — Астана."), reply


def test_a_frequency_count_is_no_ordinal_of_a_summit(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "three" was read as the third summit, in China: the 2027 summit's card, and "No: not in
    # China: my sources say Xi'an.", as if Xi'an were not in China.
    questions = (
        "is the summit held every three years?",
        "The Xi'an Declaration established a summit every three years?",
    )
    for question in questions:
        reply = to_text(service.ask(question))
        assert reply.startswith("No: not three years: my sources say two years."), reply
    monkeypatch.setattr(tuning, "L30_FREQUENCY_NO_ORDINAL", False)
    assert service.ask(questions[0]).entries[:1] == ("summit-2027-china",)
    assert "in China" in to_text(service.ask(questions[1])).splitlines()[0]
    # an ordinal still marks its summit
    reply = to_text(service.ask("was the astana declaration signed at the third summit?"))
    assert reply.startswith("No: the Astana Declaration was not signed in China"), reply


@pytest.mark.parametrize(
    "question",
    [
        "who is the prime minister of Kazakhstan?",
        "кто премьер-министр казахстана?",
        "who is the foreign minister of kazakhstan",
    ],
)
def test_an_office_nobody_holds_is_refused_not_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # Nagaspayev's card came under "Not the prime minister of kazakhstan: ...", a correction
    # of a premise the user never stated; "who is the current kazakh prime minister" was
    # already refused.
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "L30_OFFICE_NOBODY_HOLDS", False)
    assert service.ask(question).speakers == ("yersaiyn-nagaspayev",)


def test_words_asked_of_an_office_nobody_holds_are_not_someone_elses(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "what did the prime minister of kazakhstan say" showed the industry minister's words.
    question = "what did the prime minister of kazakhstan say"
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
    assert "no quotes" in to_text(a), to_text(a)
    monkeypatch.setattr(tuning, "L30_OFFICE_NOBODY_HOLDS", False)
    assert service.ask(question).speakers == ("yersaiyn-nagaspayev",)


@pytest.mark.parametrize(
    "question", ["who is the kazakh minister", "what did the kazakh minister say"]
)
def test_the_plain_office_is_still_his(service: Service, question: str) -> None:
    assert service.ask(question).speakers == ("yersaiyn-nagaspayev",)


def test_words_put_to_an_office_nobody_holds_are_corrected(service: Service) -> None:
    reply = to_text(service.ask("did the prime minister of kazakhstan say 133 projects?"))
    assert reply.startswith("No: that was not the prime minister."), reply
    assert "Yersaiyn Nagaspayev" in reply


def test_russian_to_receive_a_summit_is_to_host_it(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «примет» was read by its lemma «принять» as a document adopted, and the question was
    # refused where "will uzbekistan host the summit in 2027?" is put right.
    question = "Узбекистан примет саммит в 2027?"
    reply = to_text(service.ask(question))
    assert reply.startswith("Нет: не в Узбекистане: по моим источникам — Китай."), reply
    monkeypatch.setattr(tuning, "L30_RU_HOST_IDIOMS", False)
    assert not service.ask(question).answered


def test_a_document_adopted_is_still_signed(service: Service) -> None:
    a = service.ask("какую декларацию приняли в Сиане")
    assert a.answered and "Сианьск" in to_text(a), to_text(a)


def test_pro_marks_a_transliterated_question(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "osmonaliev" and "pro" counted as English, one foreign word of three: his card.
    a = service.ask("osmonaliev pro sammit")
    assert a.lang == "ru" and a.entries[:1] == ("osmonaliyev-proactive-role",), to_text(a)
    monkeypatch.setattr(tuning, "L30_PRO_MARKS_RUSSIAN", False)
    assert service.ask("osmonaliev pro sammit").kind == "person"


def test_pro_among_english_words_stays_english(service: Service) -> None:
    a = service.ask("pro tips for astana")
    assert a.lang == "en" and not a.answered, to_text(a)


#: A fact a curator might add (how many summits there have been), which shifts the weight of
#: "summit", "china", "central asia" across the base: an entry of knowledge/summits.yaml.
_SUMMITS_SO_FAR = Path(__file__).parent / "fixtures" / "fact-summits-so-far.yaml.txt"


def test_his_words_in_order_stand_in_a_grown_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # His words answered by a narrow margin ("industrial" is read as his title's); with one
    # more fact in the base (an ordinary curator's addition) Osmonaliyev's words were shown as
    # "No: that was not Yersaiyn Nagaspayev", a misattribution: he said "cooperation in the
    # region" in that order.
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / "summits.yaml"
    anchor = "  - id: fact-summit-mechanism\n"
    body = path.read_text(encoding="utf-8")
    assert anchor in body
    fact = _SUMMITS_SO_FAR.read_text(encoding="utf-8")
    path.write_text(body.replace(anchor, fact + "\n" + anchor), "utf-8")
    service = Service.from_dir(knowledge)
    stage = semantic.shared()
    if stage is not None:
        assert stage.prepare(service.snapshot.index).wait(120)
    question = (
        "I remember some minister saying the summit was a good venue for China and Central "
        "Asia to talk about industrial cooperation in the region. who was it?"
    )
    a = service.ask(question)
    assert a.answered and a.entries[:1] == (NAGASPAYEV_WORDS,), to_text(a)
    assert not to_text(a).startswith("No"), to_text(a)
    monkeypatch.setattr(tuning, "L30_OWN_VERBATIM_KEPT", False)
    b = service.ask(question)
    assert to_text(b).startswith("No: that was not Yersaiyn Nagaspayev."), to_text(b)


def test_the_description_after_saying_stays_the_description(service: Service) -> None:
    # "according to the tajik guy": the words after the verb name who, not what.
    a = service.ask("what principles do china and central asia share according to the tajik guy")
    assert a.speakers == ("saifullo-safarov",), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "how many summits have there been so far",
        "hey so how many china–central asia summits have there been so far",
        "list the summits",
        "сколько было саммитов",
    ],
)
def test_how_many_summits_gets_each_summit(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "That could mean several things", or the list of the countries taking part.
    a = service.ask(question)
    summits = [e for e in a.entries if e.startswith("summit-")]
    assert a.answered and len(summits) >= 2, to_text(a)
    monkeypatch.setattr(tuning, "L30_SUMMITS_COUNTED", False)
    b = service.ask(question)
    assert len([e for e in b.entries if e.startswith("summit-")]) < 2, to_text(b)


def test_how_many_summits_in_one_place_is_that_summit(service: Service) -> None:
    a = service.ask("how many summits were in astana")
    assert a.entries[:1] == ("summit-2025-astana",), to_text(a)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Nagaspayev, the prime minister of Kazakhstan, said what?",
            "Not the prime minister of Kazakhstan: Yersaiyn Nagaspayev is",
        ),
        (
            "What did Osmonaliyev, Kyrgyzstan's ambassador to China, say?",
            "Not Kyrgyzstan's ambassador to China: Kairat Osmonaliyev is",
        ),
    ],
)
def test_a_description_linked_to_a_country_after_a_name_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    # The description stopped at "of"/"to": his words came with no word on the office.
    reply = to_text(service.ask(question))
    assert reply.startswith(lead), reply
    monkeypatch.setattr(tuning, "L30_DESCRIPTION_OF_COUNTRY", False)
    assert not to_text(service.ask(question)).startswith("Not "), question


@pytest.mark.parametrize(
    "question",
    [
        "Osmonaliyev, the former ambassador to Azerbaijan, said what?",
        "Nagaspayev, the minister of industry of Kazakhstan, said what?",
        "Nagaspayev, the minister in Astana, said what?",
    ],
)
def test_a_description_that_fits_is_not_put_right(service: Service, question: str) -> None:
    reply = to_text(service.ask(question))
    assert not reply.startswith("Not "), reply


@pytest.mark.parametrize(
    "question",
    [
        "did nagaspayev say 35 billion projects?",
        "did nagaspayev say 35000000000 projects?",
        "Нагаспаев сказал 35 000 000 000 проектов?",
    ],
)
def test_a_sum_of_money_does_not_count_things(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # His 35 billion are dollars: "Yes: these are the words of Yersaiyn Nagaspayev" was false.
    reply = to_text(service.ask(question))
    assert not reply.startswith(("Yes", "Да")), reply
    monkeypatch.setattr(tuning, "L30_SCALED_NOUN", False)
    assert to_text(service.ask(question)).startswith(("Yes", "Да"))


def test_a_sum_of_money_said_as_money_is_still_his(service: Service) -> None:
    for question in (
        "did nagaspayev say 35 billion us dollars?",
        "did nagaspayev say 35 bn in projects?",
    ):
        assert to_text(service.ask(question)).startswith("Yes"), question


@pytest.mark.parametrize(
    "question",
    ["what did tokayev do at the summit in xi'an?", "Что делал Токаев на саммите в Сиане?"],
)
def test_a_leader_at_a_summit_held_there_is_not_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "Not in Xi'an: my sources say Astana." was false: the same six presidents met in Xi'an.
    reply = to_text(service.ask(question))
    assert not reply.startswith(("Not in", "Не в")), reply
    monkeypatch.setattr(tuning, "L30_LEADER_PLACE_HELD", False)
    assert to_text(service.ask(question)).startswith(("Not in Xi'an", "Не в Сиане"))


def test_a_leader_at_a_summit_never_held_there_is_put_right(service: Service) -> None:
    reply = to_text(service.ask("who was the tajik leader at the dushanbe summit?"))
    assert reply.startswith("Not in Dushanbe: my sources say Astana."), reply


def test_words_the_person_said_in_order_are_not_corrected_away(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nagaspayev said "cooperation in the region"; "matters", read as Osmonaliyev's "affairs",
    # made a false "No: that was not Yersaiyn Nagaspayev".
    question = "some kazakh minister saying cooperation in the region matters. who was it?"
    a = service.ask(question)
    assert a.speakers == ("yersaiyn-nagaspayev",) and not to_text(a).startswith("No"), to_text(a)
    monkeypatch.setattr(tuning, "L30_OWN_VERBATIM_KEPT", False)
    assert to_text(service.ask(question)).startswith("No: that was not Yersaiyn Nagaspayev.")


def test_words_someone_else_said_are_still_corrected(service: Service) -> None:
    q = "did the kazakh minister say central asian countries are taking a more proactive role?"
    reply = to_text(service.ask(q))
    assert reply.startswith("No: that was not Yersaiyn Nagaspayev."), reply
    assert "Kairat Osmonaliyev" in reply


@pytest.mark.parametrize(
    "question", ["какие документы принял саммит?", "что принял саммит в Астане?"]
)
def test_a_summit_that_adopted_documents_is_not_hosted(service: Service, question: str) -> None:
    # The summit as the subject: what it adopted (review of round 30).
    assert service.ask(question).entries[:1] == ("fact-astana-signed",)


@pytest.mark.parametrize(
    "question",
    [
        "did the kyrgyz ambassador say azerbaijan matters?",
        "did osmonaliyev say azerbaijan matters?",
        "some ambassador said azerbaijan was important. who was it?",
    ],
)
def test_a_word_of_his_title_put_in_his_mouth_is_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "Azerbaijan" is in his title, never in his words: "Yes: these are the words of Kairat
    # Osmonaliyev" was false.
    reply = to_text(service.ask(question))
    assert not reply.startswith("Yes"), reply
    monkeypatch.setattr(tuning, "L30_OWN_ROLE_WORD_CLAIMED", False)
    assert to_text(service.ask(question)).startswith("Yes")


def test_a_word_of_his_title_in_his_words_is_confirmed(service: Service) -> None:
    q = "did the kazakh minister say kazakhstan works closely with china?"
    assert to_text(service.ask(q)).startswith("Yes: these are the words of Yersaiyn Nagaspayev")


def test_a_short_frame_before_a_colon_is_the_users(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «что» after «Пишу статью» read as "that": a claim, answered «Да. По сообщению …».
    question = "Пишу статью: что сказал Сафаров про договор?"
    a = service.ask(question)
    assert a.speakers == ("saifullo-safarov",) and not to_text(a).startswith("Да"), to_text(a)
    monkeypatch.setattr(tuning, "L30_COLON_FRAME", False)
    assert to_text(service.ask(question)).startswith("Да")


def test_a_topic_before_a_colon_keeps_the_question_whole(service: Service) -> None:
    a = service.ask("Xi'an: when was the summit?")
    assert a.entries[:1] == ("summit-2023-xian",), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "the tajik political scientist — what did he make of the good-neighborliness treaty?",
        "what did safarov make of the treaty",
    ],
)
def test_what_someone_makes_of_a_thing_is_their_view(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "make" was a word of no record: his card.
    a = service.ask(question)
    assert a.kind in ("quote", "quotes") and a.speakers == ("saifullo-safarov",), to_text(a)
    monkeypatch.setattr(tuning, "L30_MAKE_OF_IS_VIEW", False)
    assert service.ask(question).kind == "person"


def test_w_is_with() -> None:
    # Read at import (tuning.L30_W_IS_WITH).
    assert text.is_stop_word("w")


def test_cooperation_w_china_is_the_priority(service: Service) -> None:
    q = "who said cooperation w china is the #1 priority for central asia"
    assert service.ask(q).speakers == ("kairat-osmonaliyev",)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "привет) кто сказал что Китай со всеми партнерами обращается с уважением?",
            "saifullo-safarov",
        ),
        ("privet kto skazal pro 133 proekta", "yersaiyn-nagaspayev"),
    ],
)
def test_a_russian_greeting_before_a_question_is_no_topic(
    service: Service, question: str, speaker: str
) -> None:
    # The greeting, a word no record holds, refused the question after it.
    a = service.ask(question)
    assert a.speakers == (speaker,) and a.lang == "ru", to_text(a)
    # Read at import (tuning.L30_RU_GREETING_NO_TOPIC).
    assert text.is_stop_word("привет") and text.is_stop_word("privet")


def test_a_russian_greeting_alone_is_still_a_greeting(service: Service) -> None:
    a = service.ask("привет")
    assert a.kind == "help" and a.lang == "ru", to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "hmm who talked about 133 projects",
        "слушай, кто сказал про 133 проекта?",
        "короче, кто сказал про 133 проекта",
        "slushai kto skazal pro 133 proekta",
    ],
)
def test_a_chat_opener_is_no_topic(service: Service, question: str) -> None:
    # The opener, a word no record holds, refused the question after it.
    assert service.ask(question).speakers == ("yersaiyn-nagaspayev",), question
    # Read at import (tuning.L30_CHAT_OPENERS).
    assert text.is_stop_word("hmm") and text.is_stop_word("короче")


def test_a_possessive_without_its_apostrophe_is_one_person(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "ministers" was read as several ministers: refused.
    question = "what was the kazakh ministers point"
    a = service.ask(question)
    assert a.kind == "quote" and a.speakers == ("yersaiyn-nagaspayev",), to_text(a)
    monkeypatch.setattr(tuning, "L30_POSSESSIVE_NO_APOSTROPHE", False)
    assert not service.ask(question).answered


def test_russian_good_neighbour_is_the_texts_good_neighborliness(service: Service) -> None:
    # knowledge/synonyms.yaml: «хороший» is "good". Both speakers spoke of good-neighborly
    # relations: the bot asks which, never picks one (it was "no answer").
    a = service.ask("кто сказал что Китай всегда был хорошим соседом")
    assert a.kind == "ambiguous" and not a.speakers, to_text(a)
    offered = {s.id for s in a.suggestions}
    assert {"safarov-treaty-way-forward", "osmonaliyev-proactive-role"} <= offered, offered


def test_thanks_in_advance_is_no_topic(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "who said 133 projects, thanks in advance"
    assert service.ask(question).speakers == ("yersaiyn-nagaspayev",)
    monkeypatch.setattr(tuning, "L30_THANKS_IN_ADVANCE", False)
    assert not service.ask(question).answered  # "advance", a word of no record


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("подскажите дату первого саммита", "summit-2023-xian"),
        ("назовите дату следующего саммита", "summit-2027-china"),
        ("можно узнать дату саммита в Астане", "summit-2025-astana"),
        ("скиньте цитату про 133 проекта", NAGASPAYEV_WORDS),
        ("gimme the date of the astana summit", "summit-2025-astana"),
    ],
)
def test_russian_requests_and_date_forms(service: Service, question: str, entry: str) -> None:
    # «дату» found the next summit's «точную дату»; «назовите» a text's «назвали»; «узнать»,
    # «скиньте» refused the question.
    a = service.ask(question)
    assert a.entries[:1] == (entry,), to_text(a)
    # Read at import (tuning.L30_DATE_FORMS_RU, L30_RU_REQUESTS).
    assert "дату" in text.WHEN_WORDS and text.is_stop_word("скиньте")


def test_whats_the_deal_with_asks_about(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "yo whats the deal with the secretariat"
    assert service.ask(question).entries[:1] == ("fact-secretariat",)
    monkeypatch.setattr(tuning, "L30_DEAL_WITH_IS_ABOUT", False)
    assert not service.ask(question).answered  # "deal", an agreement no record names


def test_dear_bot_is_no_topic(service: Service) -> None:
    # Read at import (tuning.L30_CHAT_OPENERS).
    assert service.ask("dear bot, please tell me about the treaty").answered


@pytest.mark.parametrize(
    "question", ["give me a quote about the treaty", "цитату про договор можно?"]
)
def test_a_quote_asked_for_gets_someones_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # The treaty's signing fact outranked Safarov's treaty words: no quote for a quote asked.
    a = service.ask(question)
    assert a.speakers == ("saifullo-safarov",), to_text(a)
    monkeypatch.setattr(tuning, "L30_QUOTE_ASKED_QUOTES", False)
    assert service.ask(question).entries[:1] == ("fact-astana-signed",)


def test_a_name_request_is_no_topic(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "назовите дату следующего саммита"
    assert service.ask(question).entries[:1] == ("summit-2027-china",)
    monkeypatch.setattr(tuning, "L30_RU_REQUESTS", False)
    assert service.ask(question).entries[:1] == ("fact-belt-and-road",)  # its «назвали»


def test_hand_in_hand_is_closely(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = (
        "Someone from the Kazakh government said their country and China work hand in hand "
        "on industry. Name?"
    )
    assert service.ask(question).speakers == ("yersaiyn-nagaspayev",)
    monkeypatch.setattr(tuning, "L30_HAND_IN_HAND", False)
    assert not service.ask(question).speakers


@pytest.mark.parametrize(
    "question",
    [
        "who said china is the go-to partner for central asia",
        "who said china is the main partner for central asia",
    ],
)
def test_the_main_partner_is_ranked_first(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # "go-to" showed Safarov's words on respecting every partner.
    assert service.ask(question).speakers == ("kairat-osmonaliyev",)
    monkeypatch.setattr(tuning, "L30_MAIN_PARTNER", False)
    assert service.ask(question).speakers != ("kairat-osmonaliyev",)


def test_a_main_partner_reversed_is_nobodys(service: Service) -> None:
    assert not service.ask("who said central asia is china's main partner").answered


def test_about_in_a_transliterated_question_is_pro(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "kto skazal about 133 projects"
    assert service.ask(question).speakers == ("yersaiyn-nagaspayev",)
    monkeypatch.setattr(tuning, "L30_TRANSLIT_ABOUT", False)
    assert not service.ask(question).answered  # «абоут»


def test_the_bases_english_words_are_neutral_beside_a_russian_question_word(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "kogda next summit"
    a = service.ask(question)
    assert a.answered and a.lang == "ru" and a.entries[:1] == ("summit-2027-china",), to_text(a)
    monkeypatch.setattr(tuning, "L30_BASE_WORDS_NEUTRAL", False)
    assert not service.ask(question).answered


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is safarov kyrgyz?", "No: not Kyrgyz: Saifullo Safarov is"),
        ("was osmonaliyev the ambassador to china?", "No: not the ambassador to china:"),
    ],
)
def test_is_name_description_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    # His card came with no word that the description was wrong.
    assert to_text(service.ask(question)).startswith(lead)
    monkeypatch.setattr(tuning, "L30_IS_NAME_DESCRIBED", False)
    assert not to_text(service.ask(question)).startswith("No")


@pytest.mark.parametrize(
    "question", ["is safarov a political scientist?", "is tokayev the president of kazakhstan?"]
)
def test_is_name_true_description_is_not_put_right(service: Service, question: str) -> None:
    assert not to_text(service.ask(question)).startswith("No"), question


@pytest.mark.parametrize(
    "question",
    [
        "Was Shavkat Mirziyoyev at the second China–Central Asia summit?",
        "Is Osmonaliyev still an ambassador?",
    ],
)
def test_is_name_with_no_description_after_it_is_no_claim(service: Service, question: str) -> None:
    # A place or an adverb after the name: "No: not the at the second …" was false.
    assert not to_text(service.ask(question)).startswith("No"), question
