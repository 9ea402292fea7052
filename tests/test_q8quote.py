"""Issue 13 (q8quote): quote questions, round 8.

Each rule of the q8quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` and failing when switched off. The questions are written for these tests.
The leaders' base is the base as tested plus the invented overlay of
tests/fixtures/leaders-quoted/ (a curator's English quotes of Tokayev and Xi with no Russian
sample questions), built as tests/test_leaders_quoted.py builds it. Topics none of their words
is about stay refused with every rule on.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot.service import Service

TOKAYEV = "kassym-jomart-tokayev"
TOKAYEV_QUOTE = "tokayev-freight-2030"
XI_QUOTE = "xi-green-energy-silk"


@pytest.fixture
def quoted(leaders_quoted: Service) -> Service:
    """The base as tested with the overlay's source, text and two quotes (tests/conftest.py)."""
    return leaders_quoted


def _shown(service: Service, question: str) -> tuple[str | None, str]:
    a = service.ask(question)
    return (a.entries[0] if a.answered and a.entries else None), a.kind


# --- "Anything from X?" asks for the words of a quoted person -------------------------------


@pytest.mark.parametrize("question", ["anything from tokayev?", "что-нибудь от токаева?"])
def test_anything_from_a_quoted_leader_is_his_words(
    quoted: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _shown(quoted, question) == (TOKAYEV_QUOTE, "quote")
    monkeypatch.setattr(tuning, "ANYTHING_FROM_QUOTED", False)
    assert _shown(quoted, question) == (TOKAYEV, "person")


def test_from_in_a_question_about_the_person_still_gets_the_card(quoted: Service) -> None:
    """ "Is Tokayev from Kazakhstan" asks who he is, not for words."""
    assert _shown(quoted, "is tokayev from kazakhstan")[1] == "person"


# --- A topic in the other language reaches the person's own words ----------------------------

needs_stage = pytest.mark.skipif(semantic.shared() is None, reason="semantic stage off")


@needs_stage
@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("что сказал токаев о грузах", TOKAYEV_QUOTE),
        ("что говорил си о зелёной энергии", XI_QUOTE),
        ("what did tokayev say about cargo", TOKAYEV_QUOTE),
    ],
)
def test_a_topic_in_other_words_finds_the_persons_own_quote(
    quoted: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str
) -> None:
    assert _shown(quoted, question) == (quote, "quote")
    monkeypatch.setattr(tuning, "OWN_TOPIC_ACROSS_LANGUAGES", False)
    shown, kind = _shown(quoted, question)
    assert shown is None and kind == "none"


@needs_stage
@pytest.mark.parametrize(
    "question",
    [
        "что сказал токаев о договоре",
        "что сказал токаев о торговле",
        "что сказал си о ядерной энергии",
        "what did tokayev say about tourism",
    ],
)
def test_a_topic_none_of_their_words_is_about_stays_refused(quoted: Service, question: str) -> None:
    """Nuclear energy is not green energy; trade is not freight: their words are offered,
    not shown as what they said about it."""
    shown, kind = _shown(quoted, question)
    assert shown is None and kind == "none", (question, kind)


# --- "Who <did> ..." whose act the words never name -------------------------------------------


def test_who_did_an_act_nobody_did_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nagaspayev called the summit a platform for industrial integration; nobody set one up.
    His words would say he did."""
    question = "who set up a platform for industrial integration in the region"
    shown, kind = _shown(service, question)
    assert shown is None and kind == "none"
    monkeypatch.setattr(tuning, "WHO_DID_UNSAID_ACT", False)
    assert _shown(service, question) == ("nagaspayev-industrial-cooperation", "quote")


def test_who_called_it_so_is_still_his_words(service: Service) -> None:
    """A verb of communication is a way of saying: his words answer."""
    assert _shown(service, "who called the summit an excellent platform")[0] == (
        "nagaspayev-industrial-cooperation"
    )


# --- "Why did X call Y a Z" checks Z against X's words ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "why did safarov call the treaty a mistake?",
        "почему сафаров назвал договор ошибкой?",
        "why did safarov call the treaty a success?",
    ],
)
def test_a_premise_in_none_of_their_words_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    shown, kind = _shown(service, question)
    assert shown is None and kind == "none"
    a = service.ask(question)
    assert "safarov-treaty-way-forward" in {s.id for s in a.suggestions}
    monkeypatch.setattr(tuning, "WHY_PREMISE_IN_OWN_WORDS", False)
    assert service.ask(question).answered


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("why was the treaty signed according to safarov", "safarov-treaty-result"),
        (
            "why does nagaspayev think the summit is a good platform",
            "nagaspayev-industrial-cooperation",
        ),
        (
            "why did nagaspayev call the summit an excellent platform?",
            "nagaspayev-industrial-cooperation",
        ),
    ],
)
def test_a_premise_in_their_words_is_answered(service: Service, question: str, quote: str) -> None:
    assert _shown(service, question) == (quote, "quote")


# --- "Number one" beside a priority is "top"; "stuck to" is "adhered to" ----------------------

OSMONALIYEV_QUOTE = "osmonaliyev-proactive-role"


@pytest.mark.parametrize(
    "question",
    [
        "кто говорил что сотрудничество с Китаем для ЦА приоритет номер один",
        "кто сказал, что для центральной азии китай приоритет номер 1",
    ],
)
def test_priority_number_one_is_a_top_priority(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _shown(service, question) == (OSMONALIYEV_QUOTE, "quote")
    monkeypatch.setattr(tuning, "NUMBER_ONE_PRIORITY", False)
    assert _shown(service, question)[0] != OSMONALIYEV_QUOTE


def test_number_one_priority_in_english_still_answers(service: Service) -> None:
    question = "who said cooperation with china is the number one priority for central asia"
    assert _shown(service, question) == (OSMONALIYEV_QUOTE, "quote")


def test_stuck_to_a_policy_is_adhered_to(service: Service) -> None:
    """knowledge/vocabulary.yaml, q8quote group."""
    question = "who said china has always stuck to a good neighbour foreign policy"
    assert _shown(service, question) == (OSMONALIYEV_QUOTE, "quote")


# --- A question that ends in its verb of saying ----------------------------------------------


@pytest.mark.parametrize(
    "question", ["safarov pro 35 milliardov chto skazal", "сафаров про 35 миллиардов что сказал"]
)
def test_a_topic_before_the_verb_is_checked_against_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The 35 billion are Nagaspayev's words: Safarov's quotes must not answer."""
    a = service.ask(question)
    assert a.kind == "correction" and a.speakers == ("yersaiyn-nagaspayev",)
    monkeypatch.setattr(tuning, "TOPIC_BEFORE_SAY", False)
    # Its twin: a figure put to someone whose words give none (tuning.Q17_FIGURE_OF_FIGURELESS)
    # refuses this too; off as well, the rule's own effect shows.
    monkeypatch.setattr(tuning, "Q17_FIGURE_OF_FIGURELESS", False)
    assert service.ask(question).speakers == ("saifullo-safarov",)


def test_a_topic_of_their_own_before_the_verb_is_their_words(service: Service) -> None:
    assert _shown(service, "сафаров про договор что сказал") == (
        "safarov-treaty-way-forward",
        "quote",
    )


def test_said_what_ends_the_question(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    """The words before "said what?" describe him (wrongly: he is not the foreign minister);
    they credit him with nothing."""
    question = "nagaspayev, kazakhstan's foreign minister, said what?"
    assert _shown(service, question) == ("nagaspayev-industrial-cooperation", "quote")
    monkeypatch.setattr(tuning, "SAID_WHAT_ENDS", False)
    # (Since round 9 a named person's "said what?" asks for his words whatever office is
    # given him: tuning.SAID_WHAT_ASKS_NO_ONE, tests/test_q9quote.py. Off too, to see this
    # rule alone.)
    monkeypatch.setattr(tuning, "SAID_WHAT_ASKS_NO_ONE", False)
    # (Since round 19 a description beside the one name is no topic either:
    # tuning.Q19Q_NAME_DESCRIBED, tests/test_q19quote.py. Off too.)
    monkeypatch.setattr(tuning, "Q19Q_NAME_DESCRIBED", False)
    assert _shown(service, question)[1] != "quote"


# --- Words clearly one speaker's, credited to someone never quoted -----------------------------


def test_clearly_someone_elses_words_are_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Xi is never quoted in the base as tested; the words are Osmonaliyev's."""
    question = "Си Цзиньпин говорил, что ЦА ставит Китай в приоритет — где это?"
    a = service.ask(question)
    assert a.kind == "correction" and a.speakers == ("kairat-osmonaliyev",)
    monkeypatch.setattr(tuning, "UNKNOWN_CORRECTION_WIDE", False)
    a = service.ask(question)
    assert not a.answered and not a.speakers


@pytest.mark.parametrize(
    "question", ["углехимия — кто об этом упоминал?", "uglehimiya kto upominal"]
)
def test_mentioned_in_russian_asks_who_said(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """«Упоминал» is "mentioned", a verb of saying (text.MENTION_RU_PREFIXES)."""
    assert _shown(service, question) == ("nagaspayev-industrial-cooperation", "quote")
    if question.isascii():
        return  # typed in Latin letters, the semantic stage finds it without the rule
    monkeypatch.setattr(tuning, "MENTION_SAYS_RU", False)
    assert _shown(service, question)[0] is None


def test_mentioning_words_nobody_said_is_refused(service: Service) -> None:
    shown, kind = _shown(service, "кто упоминал туризм")
    assert shown is None and kind == "none"
