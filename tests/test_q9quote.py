"""Issue 13 (q9quote): quote questions, speaker traps and long messages, round 9, on the real
base.

Each rule of the q9quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` (the path every front end uses) and failing when switched off. The questions
are written for these tests (one is the dev set's leftover named in the issue, to show the rule
reaches it).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service
from tests.seed_ids import (
    NAGASPAYEV,
    NAGASPAYEV_QUOTE,
    OSMONALIYEV,
    OSMONALIYEV_QUOTE,
    SAFAROV,
    SAFAROV_QUOTE,
    SAFAROV_RESULT,
    shown,
)

PROJECTS_DONE = "fact-projects-implemented"

# --- "Already" is no topic --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "пишу курсовую про отношения китая и центральной азии. сколько уже было саммитов и где?",
        "skolko uzhe bylo sammitov",
        "what has already been signed",
        "что уже подписали",
    ],
)
def test_already_alone_does_not_show_the_projects_done(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    entry, speakers, _ = shown(service, question)
    assert entry != PROJECTS_DONE and NAGASPAYEV not in speakers
    monkeypatch.setattr(tuning, "ALREADY_IS_NO_TOPIC", False)
    assert shown(service, question)[0] == PROJECTS_DONE


@pytest.mark.parametrize(
    "question",
    ["how many projects have already been implemented", "сколько проектов уже реализовано"],
)
def test_already_beside_the_projects_still_tells_done_from_under_way(
    service: Service, question: str
) -> None:
    assert shown(service, question)[0] == PROJECTS_DONE


def test_still_unknown_to_the_base_is_no_off_topic_word(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "is the secretariat still in astana"
    assert shown(service, q)[0] == "fact-secretariat"
    monkeypatch.setattr(tuning, "ALREADY_IS_NO_TOPIC", False)
    assert shown(service, q)[0] is None


# --- A verb of describing asked of a person asks for their words ------------------------------


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("how did nagaspayev describe the summit", NAGASPAYEV_QUOTE),
        ("how did the tajik expert describe china's diplomacy", SAFAROV_RESULT),
        ("how does osmonaliyev see central asia's role", OSMONALIYEV_QUOTE),
        ("how did the kyrgyz diplomat characterize the region's role", OSMONALIYEV_QUOTE),
        ("как казахстанский министр описал саммит", NAGASPAYEV_QUOTE),
    ],
)
def test_how_did_they_describe_is_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str
) -> None:
    assert shown(service, question)[0] == quote
    monkeypatch.setattr(tuning, "DESCRIBING_ASKS_WORDS", False)
    assert shown(service, question)[2] == "person"


@pytest.mark.parametrize(
    "question",
    ["how did nagaspayev describe russia", "how did safarov describe the treaty as a mistake"],
)
def test_a_description_none_of_their_words_holds_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """What is described is the topic, as after "say about": not shown with their words."""
    assert shown(service, question)[0] is None
    assert shown(service, question.replace("describe", "say about"))[0] is None


def test_describe_without_did_still_asks_who_they_are(service: Service) -> None:
    assert shown(service, "describe nagaspayev")[2] == "person"


# --- "Osmonaliyev's point" asks for his words --------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("what was osmonaliyev's point", OSMONALIYEV_QUOTE),
        ("what was the kyrgyz ex-ambassador's main message", OSMONALIYEV_QUOTE),
        ("what was safarov's main message", SAFAROV_QUOTE),
    ],
)
def test_a_names_point_is_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str
) -> None:
    kind = shown(service, question)[2]
    assert kind in ("quote", "quotes") and quote in service.ask(question).entries
    monkeypatch.setattr(tuning, "NAME_S_POINT", False)
    assert shown(service, question)[2] == "person"


def test_the_point_of_a_thing_is_no_persons_words(service: Service) -> None:
    """ "What was the point of the treaty" names nobody: no card, no rule of a name's point."""
    assert shown(service, "what is osmonaliyev's role")[2] == "person"


# --- Words split between two speakers are nobody's ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said china's foreign policy is prudent",
        "did anyone talk about china's foreign policy being prudent",
    ],
)
def test_words_split_between_two_speakers_are_refused_with_both_offered(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """ "Foreign policy" is Osmonaliyev's, "prudent" only Safarov's: neither said both."""
    a = service.ask(question)
    assert not a.answered and not a.speakers
    assert {OSMONALIYEV_QUOTE, SAFAROV_QUOTE} <= {s.id for s in a.suggestions}
    monkeypatch.setattr(tuning, "ANOTHER_SPEAKERS_WORD", False)
    assert shown(service, question)[0] == OSMONALIYEV_QUOTE


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("who said china is prudent", SAFAROV_QUOTE),
        ("did anyone talk about china's foreign policy", OSMONALIYEV_QUOTE),
        ("who said central asia is taking a more proactive role", OSMONALIYEV_QUOTE),
    ],
)
def test_one_speakers_words_are_still_theirs(service: Service, question: str, quote: str) -> None:
    assert shown(service, question)[0] == quote


# --- A country and a noun of a person that names no office -------------------------------------


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # q12lex: a scholar is now a scientist (synonyms.yaml), which answers without the rule
        ("what did the tajik academic say about the treaty", SAFAROV),
        ("what did the kyrgyz analyst say", OSMONALIYEV),
        ("what did the kazakh government representative say", NAGASPAYEV),
        ("что сказал таджикский профессор о договоре", SAFAROV),
    ],
)
def test_a_country_and_a_vague_noun_is_the_one_quoted_person_of_that_country(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    assert shown(service, question)[1] == (speaker,)
    monkeypatch.setattr(tuning, "COUNTRY_AND_VAGUE_NOUN", False)
    monkeypatch.setattr(tuning, "Q24S_OWN_WORDS_ASKED", False)  # its twin (q24speaker)
    assert shown(service, question)[2] == "unknown_person"


@pytest.mark.parametrize(
    "question",
    [
        "what did the chinese expert say",  # nobody from China is quoted
        "what did the russian scholar say",  # no such person
        "what did the kazakh president say",  # an office the quoted Kazakh does not hold
    ],
)
def test_no_quoted_person_of_that_country_shows_nobodys_words(
    service: Service, question: str
) -> None:
    assert shown(service, question)[1] == ()


# --- "Which one talked about W" and "our teacher told us" ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which one talked about the treaty?",
        "So I was reading the Bastille Post piece. It quoted a couple of experts. Which one "
        "talked about the treaty?",
    ],
)
def test_which_one_talked_about_asks_who_said_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question)[:2] == (SAFAROV_QUOTE, (SAFAROV,))
    monkeypatch.setattr(tuning, "WHICH_ONE_SAID", False)
    assert shown(service, question)[0] != SAFAROV_QUOTE


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "I study international relations. Our teacher told us about the summit in Astana. "
            "When was it?",
            "summit-2025-astana",
        ),
        ("our professor said someone called china wise, who was it?", SAFAROV_QUOTE),
        ("наш преподаватель говорил, что кто-то назвал китай мудрым. кто это был?", SAFAROV_QUOTE),
    ],
)
def test_our_teacher_is_who_told_the_user_not_a_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert shown(service, question)[0] == entry
    monkeypatch.setattr(tuning, "OUR_TOLD_BY", False)
    assert shown(service, question)[0] is None


# --- Hearsay adverbs, "X called Y a Z, right?", and a story before a claim ------------------------


@pytest.mark.parametrize(
    "question", ["Apparently the Kazakh minister said 54 projects were completed. Is that true?"]
)
def test_a_hearsay_adverb_is_no_word_against_the_quote(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))
    monkeypatch.setattr(tuning, "HEDGES_NO_TOPIC", False)
    assert shown(service, question)[0] is None


@pytest.mark.parametrize(
    "question",
    [
        "Quick context: I'm fact-checking a podcast. The host claimed that Safarov called the "
        "treaty a historic mistake. Did he actually say that?",
        "Safarov called the treaty a historic mistake, right?",
        "якобы сафаров назвал договор ошибкой, правда?",
    ],
)
def test_what_they_are_said_to_have_called_it_must_be_in_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "unconfirmed" and not a.entries
    monkeypatch.setattr(tuning, "YES_NO_WORDS_UNSAID", False)
    assert service.ask(question).kind != "unconfirmed"


def test_calling_it_what_they_said_is_still_their_words(service: Service) -> None:
    assert shown(service, "did safarov call china wise")[0] == SAFAROV_QUOTE


def test_a_story_before_a_claim_is_read_without_it(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = (
        "My colleague told me something interesting yesterday. The Kazakh minister said 54 "
        "projects were completed. Is that true?"
    )
    assert shown(service, q)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))
    monkeypatch.setattr(tuning, "LONG_UNCONFIRMED_REREAD", False)
    assert service.ask(q).kind == "unconfirmed"


# --- A quote asked for, contact details, an office the person does not hold -------------------


@pytest.mark.parametrize(
    "question",
    ["quote the minister on metallurgy", "a quote about the industries of the joint projects"],
)
def test_a_quote_asked_for_is_the_speakers_quote_not_the_fact(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question)[:3] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,), "quote")
    monkeypatch.setattr(tuning, "QUOTE_ASKED_SHOWS_QUOTE", False)
    assert shown(service, question)[2] == "fact"


@pytest.mark.parametrize(
    "question", ["what's Safarov's phone number or email", "номер телефона сафарова"]
)
def test_contact_details_show_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question)[1] == ()
    monkeypatch.setattr(tuning, "CONTACT_IS_NO_FIGURE", False)
    # «телефона», a word no record holds (text.UNHELD_WORDS), refuses the Russian one anyway;
    # "number" read as a figure he gave showed his quotes.
    q = "what's Safarov's phone number or email"
    assert shown(service, q)[1] == (SAFAROV,)


def test_figures_a_person_gave_are_still_their_words(service: Service) -> None:
    assert shown(service, "what numbers did nagaspayev give")[0] == NAGASPAYEV_QUOTE


@pytest.mark.parametrize(
    "question",
    [
        "what did the kazakh minister of foreign affairs say",
        "what did the kazakh minister of foreign affairs say about mining",
    ],
)
def test_an_office_the_titled_person_does_not_hold_is_nobody_quoted(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question)[1] == ()
    monkeypatch.setattr(tuning, "ROLE_EXTRA_OFFICE", False)
    assert shown(service, question)[1] == (NAGASPAYEV,)


@pytest.mark.parametrize(
    "question",
    [
        "what did the kazakh minister of industry and construction say",
        "what did the former kyrgyz ambassador to azerbaijan say",
    ],
)
def test_the_persons_own_office_still_finds_them(service: Service, question: str) -> None:
    assert shown(service, question)[2] == "quote"


# --- "Who called China wise" asks who said it -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("who called china wise", SAFAROV_QUOTE),
        ("who named cooperation with china a top priority", OSMONALIYEV_QUOTE),
        ("кто из экспертов назвал сотрудничество с Китаем главным приоритетом", OSMONALIYEV_QUOTE),
    ],
)
def test_who_called_it_so_is_who_said_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str
) -> None:
    assert shown(service, question)[0] == quote
    monkeypatch.setattr(tuning, "WHO_CALLED_SAID", False)
    # (Its twin Q21Q_POINTING_WORD finds Safarov's words too: "wise" is his word alone.)
    monkeypatch.setattr(tuning, "Q21Q_POINTING_WORD", False)
    assert shown(service, question)[0] != quote


@pytest.mark.parametrize(
    "question", ["who is called the chairman", "who called the treaty a mistake"]
)
def test_a_passive_or_unsaid_calling_shows_no_speaker(service: Service, question: str) -> None:
    assert shown(service, question)[1] == ()


@pytest.mark.parametrize(
    "question",
    [
        "what principles do china and the central asians both stick to, per the Tajik analyst",
        "per the Tajik analyst, what principles matter",
    ],
)
def test_per_the_title_asks_for_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert shown(service, question)[0] == SAFAROV_QUOTE
    monkeypatch.setattr(tuning, "ACCORDING_TO_THE_TITLE", False)
    assert shown(service, question)[2] == "person"


def test_implied_is_a_verb_of_saying(service: Service) -> None:
    """Word list, no switch (text.SAY_WORDS): "implied" asked the card of the official."""
    q = "less than half the joint stuff is done — is that what the kazakh official implied?"
    assert shown(service, q)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))


# --- "<statement>. Who said that?" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "I'm a journalist fact-checking. There's a line that the summit 'fully demonstrates' "
            "a more proactive Central Asia. Who said that and in which capacity?",
            OSMONALIYEV_QUOTE,
        ),
    ],
)
def test_the_sentence_before_who_said_that_is_the_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str
) -> None:
    assert shown(service, question)[0] == quote
    monkeypatch.setattr(tuning, "WHO_SAID_THAT_BEFORE", False)
    assert shown(service, question)[0] is None


def test_words_nobody_said_before_who_said_that_show_nobody(service: Service) -> None:
    assert shown(service, "I read that the treaty threatens russia. Who said that?")[1] == ()


# --- "Anyone from <country>" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("is anyone from tajikistan quoted?", SAFAROV),
        ("is anyone from kyrgyzstan quoted", OSMONALIYEV),
    ],
)
def test_anyone_from_a_country_is_the_one_quoted_from_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    assert shown(service, question)[1] == (speaker,)
    monkeypatch.setattr(tuning, "ANYONE_FROM_COUNTRY", False)
    assert shown(service, question)[1] == ()


@pytest.mark.parametrize(
    "question",
    [
        "did anyone from kazakhstan say the treaty threatens russia",  # a claim, checked
        "did anyone from china say anything",  # nobody from China is quoted
    ],
)
def test_anyone_from_a_country_credits_no_words_they_did_not_say(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered


def test_the_last_of_several_questions_is_read_alone(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "how many projects are left to complete if 54 of 133 are done? what did the minister say"
    assert shown(service, q)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))
    monkeypatch.setattr(tuning, "LAST_QUESTION_ALONE", False)
    assert shown(service, q)[0] is None


def test_a_named_person_said_what_is_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "the minister of foreign affairs of kazakhstan, nagaspayev, said what?"
    assert shown(service, q)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))
    monkeypatch.setattr(tuning, "SAID_WHAT_ASKS_NO_ONE", False)
    assert shown(service, q)[0] is None


# --- knowledge/vocabulary.yaml, section q9quote (data, no switch) ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "did safarov say china and central asia understand each other deeply?",
        "кто говорил о глубоком взаимопонимании",
    ],
)
def test_deep_mutual_understanding_in_other_words_is_safarovs(
    service: Service, question: str
) -> None:
    assert shown(service, question)[:2] == (SAFAROV_QUOTE, (SAFAROV,))


def test_deep_with_words_nobody_said_shows_nobody(service: Service) -> None:
    assert shown(service, "кто говорил о глубоком недоверии")[1] == ()


# --- A long message reread keeps asking about words (LONG_UNCONFIRMED_REREAD's guard) ----------


@pytest.mark.parametrize(
    "question",
    [
        "Someone said the summit shows Central Asia is more proactive. Was it the Kazakh minister?",
        "I read that someone called China prudent. Was it the Kyrgyz ambassador?",
    ],
)
def test_a_story_then_was_it_x_never_shows_x_as_the_answer(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # With "the summit shows" read as his "demonstrates" (tuning.Q26T_SUMMIT_SHOWS) the first
    # is put right with Osmonaliyev's words (tests/test_q26trust.py); the guard is this one's.
    monkeypatch.setattr(tuning, "Q26T_SUMMIT_SHOWS", False)
    # Read alone, "was it the Kazakh minister?" is a question about him: his card, which after
    # the story reads as "yes, he said it" (the words are Osmonaliyev's, then Safarov's).
    assert shown(service, question)[0] is None
    assert shown(service, question)[1] == ()
