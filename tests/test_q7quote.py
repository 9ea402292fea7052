"""Issue 13 (q7quote): quote questions, traps and long messages, round 7, on the real base.

Each rule of the q7quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` (the path every front end uses) and failing when switched off. The questions
are written for these tests, not taken from a question set (a few are the dev sets' leftovers
named in the issue, to show the rule reaches them). Words nobody said stay refused with every
rule on (the near misses at the end).
"""

from __future__ import annotations

import pytest

from bot import names, semantic, text, tuning
from bot.service import Service
from tests.conftest import KNOWLEDGE
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

# --- The user's own acts are the frame, not the words asked about ---------------------------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        (
            "i remember someone saying the heads of state signed the treaty together. who?",
            SAFAROV_QUOTE,
            SAFAROV,
        ),
        (
            "я не помню, кто говорил, что китай всегда уважает каждого партнёра",
            SAFAROV_QUOTE,
            SAFAROV,
        ),
        (
            "сколько министр назвал проектов и на сколько миллиардов, я забыл",
            NAGASPAYEV_QUOTE,
            NAGASPAYEV,
        ),
    ],
)
def test_the_users_memory_is_no_part_of_the_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, speaker: str
) -> None:
    """ "Remember", «помню», «забыл» are what the user does: no entry need hold them."""
    assert shown(service, question)[:2] == (quote, (speaker,))
    monkeypatch.setattr(tuning, "USER_OWN_ACTS", False)
    assert shown(service, question)[1] == ()


def test_im_checking_is_no_unknown_person(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "I'm checking a quote: someone said W. who?" was read as the words of a person called
    "im checking", and answered "Im Checking says nothing about this" before Safarov's
    words."""
    q = "I'm checking a quote: someone said china respects each and every partner. who?"
    assert shown(service, q) == (SAFAROV_QUOTE, (SAFAROV,), "quote")
    monkeypatch.setattr(tuning, "USER_OWN_ACTS", False)
    assert shown(service, q)[2] == "correction"


def test_a_question_about_getting_somewhere_keeps_its_verb(service: Service) -> None:
    """Only verbs of memory, perception, thought and work are the user's frame: "how do i get
    from astana airport to the city" keeps "get", and stays refused."""
    assert shown(service, "how do i get from astana airport to the city")[0] is None


# --- A long message: the statement before "who was it" read alone --------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "I'm checking a quote for an article. Someone from the Kazakh government said the "
            "total was 35 bn USD across 130-something projects. Who was it and what were the "
            "exact numbers?",
            "fact-projects-total",
        ),
        (
            "Пишу статью. Один чиновник из Астаны говорил про девять миллиардов. Кто это и в "
            "каком контексте?",
            NAGASPAYEV_QUOTE,
        ),
    ],
)
def test_the_statement_before_who_was_it_is_what_was_said(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    """The question's own words ("exact numbers", «в каком контексте») kept the statement and
    the question together below the threshold."""
    assert shown(service, question)[:2] == (entry, (NAGASPAYEV,))
    monkeypatch.setattr(tuning, "STATEMENT_BEFORE_WHO", False)
    assert shown(service, question)[1] == ()


# --- Two quotes of one speaker: the one whose text holds the question's words ---------------


@pytest.mark.parametrize(
    "question",
    [
        "what did safrov say about the heads of state",
        "which speaker talked about the heads of state signing the treaty",
        "what did the tajik political scientist say about the heads of state",
        "i remember someone saying the heads of state signed the treaty together. who?",
    ],
)
def test_the_quote_that_says_it_is_chosen_among_one_speakers_quotes(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Safarov's quote says "the heads of state jointly signed the Treaty"; his other one only
    has a curated sample question about "the leaders", which used to lift it."""
    assert shown(service, question)[:2] == (SAFAROV_QUOTE, (SAFAROV,))
    monkeypatch.setattr(tuning, "SAME_SPEAKER_TEXT", False)
    assert shown(service, question)[:2] == (SAFAROV_RESULT, (SAFAROV,))


def test_the_other_quote_still_answers_its_own_words(service: Service) -> None:
    q = "who said the treaty was the result of diplomatic cohesion"
    assert shown(service, q)[:2] == (SAFAROV_RESULT, (SAFAROV,))


# --- The word check of a fact shown as its speaker's quote ----------------------------------


def test_a_word_of_the_quote_shown_needs_no_explaining(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model finds the fact on the projects (no "mining"); the quote shown says "many joint
    projects in mining"."""
    q = "who said there are lots of joint mining projects between kazakhstan and china"
    assert shown(service, q) == (NAGASPAYEV_QUOTE, (NAGASPAYEV,), "quote")
    monkeypatch.setattr(tuning, "WORD_CHECK_SHOWN", False)
    # Twin: Q28Q_PLENTY_IS_MANY reads "lots of" as "many" and the lexical stage answers it
    # before the semantic stage's word check is asked; off, so that this rule is what is shown.
    monkeypatch.setattr(tuning, "Q28Q_PLENTY_IS_MANY", False)
    assert shown(service, q)[1] == ()


# --- Fixed phrases of general language are no content ---------------------------------------


def test_so_far_alone_does_not_make_a_quote_the_answer(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nagaspayev's quote says "so far"; the question shares nothing else with it."""
    q = "how many summits have there been so far"
    assert shown(service, q)[1] == ()
    monkeypatch.setattr(tuning, "FUNCTION_PHRASES", False)
    assert shown(service, q)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))


def test_function_phrase_words() -> None:
    ws = "how many summits have there been so far".split()
    assert text.function_phrase_words(ws) == {6, 7}
    assert text.function_phrase_words("how far is astana".split()) == set()


# --- British spellings and verbs of saying in "who described ..." ---------------------------


def test_a_british_spelling_is_no_unknown_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unknown name makes the semantic stage refuse: "behaviour" was one."""
    text.is_dictionary_word.cache_clear()
    assert text.is_dictionary_word("behaviour")
    assert not text.is_dictionary_word("lukashenkour")
    monkeypatch.setattr(tuning, "BRITISH_SPELLINGS", False)
    text.is_dictionary_word.cache_clear()
    try:
        assert not text.is_dictionary_word("behaviour")
        assert semantic._unknown_name("behaviour")
    finally:
        text.is_dictionary_word.cache_clear()


def test_a_verb_of_saying_need_not_be_explained(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Described" is how the words were said (0.62 against Safarov's words: refused)."""
    q = "who described china's behaviour as prudent and wise"
    assert shown(service, q)[:2] == (SAFAROV_QUOTE, (SAFAROV,))
    monkeypatch.setattr(tuning, "SPEECH_ACT_UNCHECKED", False)
    # q9quote's WHO_CALLED_SAID reads "who described ..." as "who said" lexically: off too.
    monkeypatch.setattr(tuning, "WHO_CALLED_SAID", False)
    assert shown(service, q)[1] == ()


def test_a_verb_of_opinion_asks_whose_words(service: Service) -> None:
    """ "Reckons" is one more way of saying (semantic.SPEECH_ACT_STEMS): the question asks
    whose words these are, and the verb itself need not be explained (0.54)."""
    q = "who reckons central asia now independently shapes its development"
    assert shown(service, q)[:2] == (OSMONALIYEV_QUOTE, (OSMONALIYEV,))


# --- Words nobody said stay without a speaker ----------------------------------------------

#: Written for these rules (the user's frame, the statement read alone, the quote's words,
#: verbs of saying): none may be shown under a speaker.
NEAR_MISSES = (
    "who described china's behaviour as reckless",
    "who described china's behaviour as aggressive and selfish",
    "who stressed that the treaty threatens russia",
    "who described the summit as a waste of time",
    "i remember someone saying the treaty threatens russia. who?",
    "i remember someone saying there are many joint projects in tourism. who?",
    "i read that someone said central asia should avoid china, who was it?",
    "i remember someone saying the heads of state refused to sign the treaty. who?",
    "я помню, кто-то говорил что договор угрожает россии. кто?",
    "проверяю цитату: кто-то говорил что китай игнорирует соседей. кто это?",
    "who said there are lots of joint tourism projects between kazakhstan and china",
    "who said there are few joint mining projects between kazakhstan and china",
    "I'm checking a quote for an article. Someone from the Kazakh government said china is "
    "building military bases. Who was it?",
    "Я журналист, проверяю цитату: какой-то чиновник из Астаны говорил про военные базы. Кто "
    "это и в каком контексте?",
    "Someone said the treaty is a mistake. Who was it and what exactly did they say?",
    "how many tourists visited so far",
    "is it true that more than half of the 133 projects failed?",
    "who said china acts aggressively with other countries",
    "who said chinese firms are leaving kazakhstan",
    "who said russia acts prudently and wisely with other countries",
    "who mentioned tourism projects with chinese firms",
    "who said kazakhstan will leave the belt and road",
    "who said there are few joint projects in mining and metallurgy",
    "who described china's behaviour as unwise",
    "So I was reading about the summit. One commentator, a former ambassador I think, said "
    "China is bullying the region. Who was that?",
    "Здравствуйте. Читала статью про саммит. Один эксперт, бывший посол, говорил что Китай "
    "давит на соседей. Как его зовут?",
    "one commentator said the treaty threatens russia",
    "some official said china is aggressive, who?",
    "an analyst and former ambassador said the summit failed. who?",
    "who reckons central asia is losing its independence",
    "who commented that the summit was a waste of time",
    "who characterised china as aggressive toward its partners",
    "who labelled china's foreign policy hostile",
    'чьи слова: "Китай всегда игнорирует каждого партнера"',
    "«играют более пассивную роль» — чья цитата?",
    "passive role quote",
    "tourism projects quote",
)


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_words_nobody_said_are_not_given_a_speaker(service: Service, question: str) -> None:
    assert shown(service, question)[1] == ()


# --- Figures a person gave; the subject of the article the user read ------------------------


@pytest.mark.parametrize(
    "question",
    [
        "какие цифры приводил казахский министр",
        "In the article about the Astana summit, a Kazakh official gives a progress figure for "
        "joint projects - roughly what share is complete?",
    ],
)
def test_figures_a_person_gave_are_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """A card holds no figures: his card was shown."""
    assert shown(service, question) == (NAGASPAYEV_QUOTE, (NAGASPAYEV,), "quote")
    monkeypatch.setattr(tuning, "FIGURES_ASK_WORDS", False)
    assert shown(service, question)[2] == "person"


def test_the_articles_subject_is_no_topic_of_the_words(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After "the article about", "gives", "progress", "roughly" were read as the topic of his
    words, words the base does not know: refused."""
    q = (
        "In the article about the Astana summit, a Kazakh official gives a progress figure for "
        "joint projects - roughly what share is complete?"
    )
    monkeypatch.setattr(tuning, "ARTICLE_ABOUT_FRAME", False)
    assert shown(service, q)[1] == ()


def test_a_topic_nobody_spoke_of_after_the_articles_subject_is_still_refused(
    service: Service,
) -> None:
    q = "in the article about the summit, what did the kazakh minister say about blockchain"
    assert shown(service, q)[1] == ()


# --- "According to X" asks for X's words ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        # q12lex: "obshie" is now read «общие» (shared), which answers without the rule
        ("kakie cennosti obshie u kitaya i CA po safarovu", SAFAROV_QUOTE, SAFAROV),
        ("по осмоналиеву, какую роль играет центральная азия", OSMONALIYEV_QUOTE, OSMONALIYEV),
        ("per nagaspayev, how many projects are there", NAGASPAYEV_QUOTE, NAGASPAYEV),
    ],
)
def test_according_to_a_person_asks_for_their_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, speaker: str
) -> None:
    assert shown(service, question)[:2] == (quote, (speaker,))
    monkeypatch.setattr(tuning, "ACCORDING_TO_ASKS_WORDS", False)
    assert shown(service, question)[2] == "person"


# --- Inflected common words are no names; "so far" is no content of the entries ------------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        ("who mentioned coal chemistry projects with chinese firms", NAGASPAYEV_QUOTE, NAGASPAYEV),
        ("who said china acts prudently and wisely with other countries", SAFAROV_QUOTE, SAFAROV),
    ],
)
def test_an_inflected_common_word_is_no_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, speaker: str
) -> None:
    """ "Firms", "acts" are in the cased word lists capitalised only ("Acts"): read as names
    the base does not know, they kept the semantic stage from the question."""
    assert shown(service, question)[:2] == (quote, (speaker,))
    monkeypatch.setattr(tuning, "INFLECTED_COMMON_WORDS", False)
    names.is_proper_noun.cache_clear()
    try:
        assert shown(service, question)[1] == ()
    finally:
        names.is_proper_noun.cache_clear()


def test_a_proper_noun_is_still_one() -> None:
    assert names.is_proper_noun("moscow")
    assert names.is_proper_noun("india")
    assert not names.is_proper_noun("firms")


@pytest.mark.parametrize(
    "question",
    [
        "who said kazakhstan will leave the belt and road",
        "who said there are few joint projects in mining and metallurgy",
    ],
)
def test_so_far_in_a_quote_explains_no_word(monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    """ "Few" and "leave" are 0.61 from the "far" of Nagaspayev's "so far": with that word
    among his content words, both were shown with his quote. (The content words are read
    when a base is embedded: a fresh base is prepared with the rule off.)"""
    monkeypatch.setattr(tuning, "FUNCTION_PHRASE_WORDS_UNUSED", False)
    svc = Service.from_dir(KNOWLEDGE)
    stage = semantic.shared()
    if stage is None:
        pytest.skip("the semantic stage is off (SEMANTIC=off)")
    assert stage.prepare(svc.snapshot.index).wait(120)
    assert shown(svc, question)[1] == (NAGASPAYEV,)


# --- Russian requests; "someone" is no name ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        (
            "Привет! Я пишу курсовую. В статье министр из Казахстана говорил о совместных "
            "проектах в горнодобыче. Что именно он сказал?",
            NAGASPAYEV_QUOTE,
            NAGASPAYEV,
        ),
        (
            "Добрый день. Преподаватель рассказывал, что бывший посол Кыргызстана говорил о "
            "том, что ЦА сама определяет свою повестку. Можете найти цитату?",
            OSMONALIYEV_QUOTE,
            OSMONALIYEV,
        ),
    ],
)
def test_russian_requests_are_no_content(
    service: Service, question: str, quote: str, speaker: str
) -> None:
    """«именно», «можете найти» are how the user asks (as "exactly", "can you find" are stop
    words), not what was said: with them the messages were refused."""
    assert shown(service, question)[:2] == (quote, (speaker,))
    assert text.is_stop_word("именно") and text.is_stop_word("найти")


@pytest.mark.parametrize(
    "question",
    [
        "listen, someone said china always respects its partners, who was it?",
        "слушайте, кто-то говорил что китай всегда уважает партнёров, кто это был?",
    ],
)
def test_someone_in_a_speaker_slot_is_no_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The slot "listen someone" was read as a person's name: "No, it wasn't Listen
    Someone"."""
    assert shown(service, question) == (SAFAROV_QUOTE, (SAFAROV,), "quote")
    monkeypatch.setattr(tuning, "SOMEONE_IS_NO_NAME", False)
    assert shown(service, question)[2] == "correction"


def test_someone_with_words_nobody_said_is_refused(service: Service) -> None:
    q = "listen, someone said the treaty threatens russia, who was it?"
    assert shown(service, q)[1] == ()


# --- "Who is the expert quoted in the article" asks who he is -------------------------------


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("who is the Tajik expert quoted in the article", SAFAROV),
        ("who was the kazakh minister quoted in the report", NAGASPAYEV),
    ],
)
def test_who_is_the_person_quoted_is_their_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    assert shown(service, question) == (person, (person,), "person")
    # The one rule for this (q7fact's; q7quote's twin, QUOTED_PERSON_WHO_IS, was removed in
    # round 9: every test passed without it).
    monkeypatch.setattr(tuning, "WHO_IS_THE_ONE_QUOTED", False)
    assert shown(service, question)[2] in ("quote", "quotes")


def test_who_is_the_person_who_said_words_still_gets_the_words(service: Service) -> None:
    q = "who is the expert quoted in the article who said china respects every partner"
    assert shown(service, q)[:2] == (SAFAROV_QUOTE, (SAFAROV,))


# --- A speaker described, not named: "one commentator", «один эксперт, бывший посол» -------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        (
            "So I was reading about the Astana summit yesterday. One commentator, a former "
            "ambassador I think, said the region is now setting its own agenda. Who was that? I "
            "need the name for my notes.",
            OSMONALIYEV_QUOTE,
            OSMONALIYEV,
        ),
        (
            "one commentator said china respects each and every partner. who was it?",
            SAFAROV_QUOTE,
            SAFAROV,
        ),
    ],
)
def test_an_undetermined_speaker_is_no_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, speaker: str
) -> None:
    """ "One commentator" was read as a person's name: refused, or "it wasn't One
    Commentator"."""
    assert shown(service, question) == (quote, (speaker,), "quote")
    monkeypatch.setattr(tuning, "SOMEONE_IS_NO_NAME", False)
    assert shown(service, question)[2] != "quote"


@pytest.mark.parametrize(
    "question",
    [
        "Здравствуйте. Читала статью про саммит в Астане. Один эксперт, бывший посол, говорил "
        "что Центральная Азия ставит сотрудничество с Китаем в приоритет. Как его зовут?",
        "an analyst and former ambassador said central asia is taking a more proactive role. who?",
    ],
)
def test_a_title_beside_a_vague_noun_names_the_person(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """No card calls Osmonaliyev an "expert" or "analyst": with those words the slot fitted
    nobody."""
    assert shown(service, question) == (OSMONALIYEV_QUOTE, (OSMONALIYEV,), "quote")
    monkeypatch.setattr(tuning, "VAGUE_PERSON_NOUNS_SKIPPED", False)
    assert shown(service, question)[2] != "quote"


# --- «Чьи слова»; a speaker slot of the base's own words is a topic ---------------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        ("«играют более активную роль» — чья цитата?", OSMONALIYEV_QUOTE, OSMONALIYEV),
        ('чьи слова: "Китай всегда уважает каждого партнера"', SAFAROV_QUOTE, SAFAROV),
    ],
)
def test_whose_in_russian_is_no_content(
    service: Service, question: str, quote: str, speaker: str
) -> None:
    """«чья», «чьи» ("whose") were content words no entry holds ("whose" is a stop word): the
    word check refused (0.51, 0.50). («Каждый» stays a content word: "every year" asks how
    often.)"""
    assert shown(service, question)[:2] == (quote, (speaker,))


def test_a_slot_of_the_bases_words_is_a_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "proactive role quote"
    assert shown(service, q)[:2] == (OSMONALIYEV_QUOTE, (OSMONALIYEV,))
    monkeypatch.setattr(tuning, "TOPIC_SLOT", False)
    assert shown(service, q)[2] == "unknown_person"


def test_a_slot_naming_someone_unknown_stays_a_speaker(service: Service) -> None:
    assert shown(service, "putin quote")[2] == "unknown_person"


# --- A word explained only in the other script needs the full cut-off -----------------------


def test_an_antonym_near_a_russian_sample_word_is_not_explained(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Passive" is 0.58 from «активную» (a Russian sample question of Osmonaliyev's quote) and
    0.51 from his English words: the agree path's cut-off (0.55) let the antonym through, and
    the question was shown with his words (on main too)."""
    q = "who said central asian countries are becoming more passive in regional affairs"
    assert shown(service, q)[1] == ()
    # Since round 16 "passive" is also an opposite of "proactive" (claims.OPPOSITES, read under
    # Q13_OPPOSITE_WORDS): off too, so that this rule alone is switched off here.
    monkeypatch.setattr(tuning, "Q13_OPPOSITE_WORDS", False)
    monkeypatch.setattr(tuning, "CROSS_SCRIPT_FULL_CUTOFF", False)
    assert shown(service, q)[1] == (OSMONALIYEV,)


def test_every_single_is_no_content(service: Service) -> None:
    """ "Single" was explained only by «единой» (0.60, another script): as part of "every
    single" it needs no explaining (text.INTENSIFIER_PHRASES)."""
    q = "someone said china respects every single partner it has, who"
    assert shown(service, q)[:2] == (SAFAROV_QUOTE, (SAFAROV,))
