"""Organisations asked for by name (tuning.MEMBERS_NAMED), the thing whose contents are asked
(CONTENTS_OBJECT) and words of another summit (WORDS_OF_ANOTHER_SUMMIT): answers that would
credit a record with what it does not say. "Which companies ..." is answered only by an entry
that names one, in both stages; a fact that mentions "Chinese companies" and names none is no
answer, and showing it credits its speaker with an answer he did not give.

The questions are written for these tests (not taken from any development or blind set).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import tuning
from bot.intent import parse
from bot.kinds import asked_members
from bot.service import Service
from tests.conftest import KNOWLEDGE

ASKED = [
    "which chinese companies run the projects?",
    "какие компании участвуют в проектах?",
    "kakie kompanii uchastvuyut v proektah?",
]


@pytest.mark.parametrize("question", ASKED)
def test_a_fact_mentioning_companies_does_not_say_which(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "MEMBERS_NAMED", False)
    off = service.ask(question)
    assert off.answered and off.entries == ("fact-industry-sectors",)


@pytest.mark.parametrize(
    "question",
    [
        "what kinds of joint projects with chinese companies were discussed",
        "which sectors did the minister list for cooperation with chinese companies",
        "who talked about coal chemistry with chinese companies",
    ],
)
def test_companies_as_a_topic_still_answer(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("which chinese companies run the projects", "companies"),
        ("какие конкретно компании участвуют", "компании"),
        ("names of the banks", "banks"),
        ("which sectors did the minister list for chinese companies", None),
        ("how many chinese companies take part", None),
    ],
)
def test_asked_members_reads_which_and_the_noun_beside_it(
    service: Service, question: str, asked: str | None
) -> None:
    assert asked_members(parse(service.snapshot.index, question)) == asked


NAMING_FACT = """\
facts:
  - id: fact-test-coal-companies
    statement: >-
      The coal chemistry projects are run by Chinese companies such as Zhaoxin Coal and
      Qarmet Chemicals.
    answer: Chinese companies such as Zhaoxin Coal and Qarmet Chemicals run them.
    sources: [trend-astana-2025]
"""


def test_a_fact_that_names_the_companies_answers(tmp_path: Path) -> None:
    """The rule asks for a name, not for no answer: a curator's fact naming the companies
    (made-up names, on a copy of the base) answers the same question."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (knowledge / "zz-test-companies.yaml").write_text(NAMING_FACT, "utf-8")
    grown = Service.from_dir(knowledge)
    a = grown.ask("which chinese companies run the coal chemistry projects?")
    assert a.answered and a.entries[0] == "fact-test-coal-companies"


# --- the thing whose contents are asked (tuning.CONTENTS_OBJECT) ------------------------------


@pytest.mark.parametrize(
    "question", ["what are the names of the projects?", "какие названия у проектов?"]
)
def test_names_of_one_thing_are_not_another_things_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # The fact giving the treaty's name has "name", and nothing of the projects.
    assert "fact-treaty-name" not in service.ask(question).entries
    monkeypatch.setattr(tuning, "CONTENTS_OBJECT", False)
    assert service.ask(question).entries == ("fact-treaty-name",)


def test_the_treatys_name_is_still_answered(service: Service) -> None:
    a = service.ask("what is the name of the treaty signed in astana?")
    assert a.answered and a.entries[0] == "fact-treaty-name"


# --- words of another summit (tuning.WORDS_OF_ANOTHER_SUMMIT) -------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who talked about where the next summit will be",
        "кто говорил о следующем саммите",
        "tajikistan leader at the next summit",
    ],
)
def test_words_of_the_astana_summit_do_not_answer_who_spoke_of_the_next(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "WORDS_OF_ANOTHER_SUMMIT", False)
    assert service.ask(question).speakers == ("saifullo-safarov",)


def test_words_of_the_summit_named_still_answer(service: Service) -> None:
    a = service.ask("who said the astana summit was an excellent platform")
    assert a.answered and a.speakers == ("yersaiyn-nagaspayev",)


# --- a Latin-typed Russian question refused in Russian (tuning.TRANSLIT_BETTER_REFUSAL) -------


def test_translit_refused_in_russian_is_not_answered_by_a_name_alone(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «какой телефон у сафарова» asks for a contact no record holds; the Latin reading knew
    # only the name, and showed his card.
    q = "kakoy telefon u safarova"
    a = service.ask(q)
    assert not a.answered and a.lang == "ru"
    monkeypatch.setattr(tuning, "TRANSLIT_BETTER_REFUSAL", False)
    assert service.ask(q).entries == ("saifullo-safarov",)


@pytest.mark.parametrize("question", ["kto takoy safarov", "chto skazal safarov"])
def test_translit_about_a_person_still_answers(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and "saifullo-safarov" in a.speakers


# --- a claim's subject swapped (tuning.SUBJECT_SWAPPED) ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        # Osmonaliyev: the Central Asian countries take a proactive role, "placing cooperation
        # with China as a top priority".
        "who said china is proactive in regional affairs",
        "who said china is taking a more proactive role in regional affairs",
        # the semantic stage's reading (the lexical stage refuses these for other reasons)
        "who said china is no longer passive in regional affairs",
        "who said china has become more proactive",
    ],
)
def test_words_said_of_someone_else_do_not_answer_a_claim_about_china(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "SUBJECT_SWAPPED", False)
    assert service.ask(question).speakers == ("kairat-osmonaliyev",)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who said central asia is proactive in regional affairs", "kairat-osmonaliyev"),
        ("who said china is a top priority for central asia", "kairat-osmonaliyev"),
        ("who said china is prudent and wise", "saifullo-safarov"),
        # the subject in the sentence before ("the Treaty … it points the way forward")
        ("who said the treaty points the way forward", "saifullo-safarov"),
    ],
)
def test_claims_said_of_their_subject_still_answer(
    service: Service, question: str, speaker: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (speaker,)


# --- words of another summit, asked of a named person (tuning.SUMMIT_ELSEWHERE_LEAD) ----------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what did nagaspayev say at the first summit",
            "The one quote by Yersaiyn Nagaspayev in my sources is not “at the first summit”.",
        ),
        (
            "что сказал сафаров на саммите в сиане",
            "Сайфулло Сафаров: в моих источниках нет цитат «на саммите в сиане».",
        ),
    ],
)
def test_a_persons_words_from_another_summit_say_so_first(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.blocks[0].text.startswith(lead)
    monkeypatch.setattr(tuning, "SUMMIT_ELSEWHERE_LEAD", False)
    assert not service.ask(question).blocks[0].text.startswith(lead)


def test_a_claim_at_another_summit_is_told_where_the_words_are_from(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "is it true that nagaspayev said at the xian summit that there are 133 projects?"
    lead = "The one quote by Yersaiyn Nagaspayev in my sources is not “at the xian summit”."
    assert service.ask(q).blocks[0].text.startswith(lead)
    monkeypatch.setattr(tuning, "SUMMIT_ELSEWHERE_LEAD", False)
    assert not service.ask(q).blocks[0].text.startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "who said the us is central asia's top priority",
        "who said that the us is central asia's top priority",
    ],
)
def test_the_us_in_lower_case_is_a_party_no_words_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """ "The us" is never the pronoun: the United States typed in lower case is a party the base
    does not know (tuning.Q14_CLAIM_PARTY_ABSENT), so Osmonaliyev's words about Central Asia's
    top priority (China) are not shown as saying it of the US."""
    a = service.ask(question)
    assert not a.speakers and not a.answered
    monkeypatch.setattr(tuning, "Q14_CLAIM_PARTY_ABSENT", False)
    assert service.ask(question).speakers == ("kairat-osmonaliyev",)


def test_us_the_pronoun_is_no_party(service: Service) -> None:
    # "central asia makes china its top priority, ahead of us?" keeps its pronoun reading: the
    # words are asked for, with no party named.
    a = service.ask("who said central asia makes china its top priority")
    assert a.speakers == ("kairat-osmonaliyev",)


def test_next_before_a_partner_is_a_rank_his_words_never_state(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Safarov's "future cooperation" shares the group of "next", but ranks nobody: "who said
    china is the next partner for central asia" must not show his words
    (tuning.NEXT_PARTNER_RANK, read by Q14_RANK_UNSAID's check)."""
    question = "who said china is the next partner for central asia"
    a = service.ask(question)
    assert not a.speakers and not a.answered
    monkeypatch.setattr(tuning, "NEXT_PARTNER_RANK", False)
    assert service.ask(question).speakers == ("saifullo-safarov",)


def test_next_as_a_step_is_no_rank(service: Service) -> None:
    # "the next step" is the way forward, in his words' sense: still his.
    assert service.ask("who said the treaty is the next step").speakers == ("saifullo-safarov",)
