"""Issue 13 (q4quote): "who said ..." paraphrases and false premises, on the real base.

Each rule of the q4quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` (the path every front end uses) and failing when switched off: either the right
speaker's words stop being found, or words are shown under a speaker who never said them.
"""

from __future__ import annotations

import pytest

from bot import semantic, tuning
from bot import text as T
from bot.intent import parse
from bot.service import Service

NAGASPAYEV = "yersaiyn-nagaspayev"
SAFAROV = "saifullo-safarov"
OSMONALIYEV = "kairat-osmonaliyev"
NAGASPAYEV_QUOTE = "nagaspayev-industrial-cooperation"


def _shown(service: Service, question: str) -> tuple[str | None, tuple[str, ...], str]:
    a = service.ask(question)
    return (a.entries[0] if a.answered and a.entries else None), a.speakers, a.method


# --- A claim naming nobody asks who said it ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "someone said the central asians decide their own development plans now, who",
            OSMONALIYEV,
        ),
        ("someone said china respects every single partner it has, who", SAFAROV),
    ],
)
def test_a_claim_that_names_nobody_is_answered_with_the_real_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    _, speakers, method = _shown(service, question)
    assert (speakers, method) == ((speaker,), "semantic")
    monkeypatch.setattr(tuning, "SEMANTIC_UNNAMED_CLAIMS", False)
    assert _shown(service, question)[1] == ()  # the claim rule kept it from the stage


# --- "Who mentioned / praised / described ..." is a who-said question ----------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who described the gathering as a good venue for regional industry", True),
        ("кто хвалил китай за осторожную дипломатию", True),
        ("кто упоминал углехимию", True),
        ("who said the treaty points the way", True),
        ("who chaired the xian summit", False),
        ("кто открыл секретариат", False),
        ("what did the summit sign", False),
    ],
)
def test_verbs_of_communication_ask_whose_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, said: bool
) -> None:
    parsed = parse(service.snapshot.index, question)
    assert semantic.asks_who_said(parsed, question) is said
    monkeypatch.setattr(tuning, "SEMANTIC_SPEECH_ACTS", False)
    assert semantic.asks_who_said(parsed, question) is parsed.who_said


@pytest.mark.parametrize(
    "switch", ["SEMANTIC_SPEECH_ACTS", "SEMANTIC_AGREE_ON_SPEAKER", None], ids=str
)
def test_who_mentioned_coal_chemistry_finds_the_minister(
    service: Service, monkeypatch: pytest.MonkeyPatch, switch: str | None
) -> None:
    """ "кто упоминал" ("who mentioned") is no verb of the parser's; read as "who said", the
    lexical stage's best (the sectors fact Nagaspayev stated) and the semantic stage's (his
    quote) name the same speaker, and the two readings agree. Either rule off: refused."""
    if switch is not None:
        monkeypatch.setattr(tuning, switch, False)
        # q8quote reads «упоминал» as a verb of saying in the lexical stage too
        monkeypatch.setattr(tuning, "MENTION_SAYS_RU", False)
    entry, speakers, _ = _shown(service, "кто упоминал углехимию")
    if switch is None:
        assert (entry, speakers) == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))
    else:
        assert (entry, speakers) == (None, ())


def test_who_chaired_is_never_answered_with_a_quote(service: Service) -> None:
    """Xi Jinping chaired the Xi'an summit and the base never quotes him: a question about
    who *did* something is not answered with somebody's words that are merely near it."""
    a = service.ask("who chaired the xian summit")
    assert a.speakers == ()
    assert a.kind != "quote"


# --- Lexical evidence widens or narrows the semantic margin ---------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # Safarov's "deep mutual understanding" against Osmonaliyev's words: within the margin
        # for the model; "взаимопонимание" is Safarov's word alone. («Прочном», "solid", is no
        # word of the base, so the lexical stage refuses and this stage answers; «глубоком»
        # reads as "deep" since q9quote's vocabulary, and is answered lexically.)
        ("кто говорил о прочном взаимопонимании китая и стран ца", "safarov-treaty-way-forward"),
        # The Xi'an summit's documents against the summit itself and the Astana documents.
        ("what memorandums got signed in 2023", "fact-xian-signed"),
    ],
)
def test_lexical_evidence_widens_the_margin(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    # q4fact's passive rule answers "got signed" lexically; without it the question reaches
    # this stage, which is what is tested here.
    monkeypatch.setattr(tuning, "GOT_PASSIVE", False)
    assert _shown(service, question)[0::2] == (entry, "semantic")
    monkeypatch.setattr(tuning, "SEMANTIC_LEXICAL_FUSION", 0.0)
    # q17sem's twin: the words said alone («о прочном взаимопонимании китая и стран ца») are
    # nearest Safarov's too (tuning.Q17_SAID_READING): off, so this rule is seen alone.
    monkeypatch.setattr(tuning, "Q17_SAID_READING", False)
    assert _shown(service, question)[0] is None


def test_lexical_evidence_never_picks_another_speaker(service: Service) -> None:
    """ "Who said central asia puts working with china first" is Osmonaliyev's, by a hair for
    the model (0.66 against Nagaspayev's 0.65); Nagaspayev's quote shares more of its words
    ("work", "china", "central asia"). The lexical score may hold the model's pick back, never
    replace it: refused, or Osmonaliyev, but never Nagaspayev."""
    _, speakers, _ = _shown(service, "who said central asia puts working with china first")
    assert speakers in ((), (OSMONALIYEV,))


# --- "What did X say about <something the base never mentions>" ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what did the guy from kazakhstan say about blockchain",
        "what did nagaspayev say about blockchain",
        "что сказал нагаспаев о блокчейне",
        "what did the kazakh minister say about wheat",
    ],
)
def test_a_topic_nobody_spoke_of_is_refused_with_the_persons_words_offered(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert (a.answered, a.speakers) == (False, ())
    assert [s.id for s in a.suggestions] == [NAGASPAYEV_QUOTE]
    monkeypatch.setattr(tuning, "UNKNOWN_TOPIC_REFUSES", False)
    assert _shown(service, question)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))


@pytest.mark.parametrize(
    "question",
    [
        "what did nagaspayev say about metals",
        "what did nagaspayev say about mettalurgy",  # a typo the index repairs
        "what did nagaspayev say about the summit",
        "what did the guy from kazakhstan say",
    ],
)
def test_a_topic_of_the_bases_words_still_gets_the_quote(service: Service, question: str) -> None:
    assert _shown(service, question)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))


# --- "Who said <words with one the base never uses>" ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said there are many joint projects in tourism",
        "who said kazakhstan and china work closely in the field of tourism",
    ],
)
def test_a_new_word_in_someones_words_is_not_theirs(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _shown(service, question)[1] == ()
    monkeypatch.setattr(tuning, "WHO_SAID_NEW_WORDS", False)
    assert _shown(service, question)[1] == (NAGASPAYEV,)  # the lexical stage's guess


def test_a_paraphrase_with_new_words_is_still_found(service: Service) -> None:
    """The lexical stage hands such a question to the semantic one, whose word check accepts
    new words near the speaker's own ("collaborate intensively" ~ "work closely"). "Tightly"
    was such a word until q20quote made it a synonym of "closely" (knowledge/synonyms.yaml):
    that question is now the lexical stage's, with the same answer."""
    q = "who said kazakh and chinese industry collaborate intensively"
    assert _shown(service, q) == (NAGASPAYEV_QUOTE, (NAGASPAYEV,), "semantic")
    q = "who said kazakh and chinese industry collaborate tightly"
    assert _shown(service, q)[:2] == (NAGASPAYEV_QUOTE, (NAGASPAYEV,))


#: Words nobody in the base said, built on each speaker's own words; written for this issue
#: (not from any question set). None may be shown under a speaker.
NEAR_MISSES = (
    "who said the new treaty threatens russia",
    "who said the treaty will hurt the economy",
    "who said the new treaty shows the way to war",
    "who said the treaty is a mistake for central asia",
    "who said the region now sets its own military course",
    "who said central asia should avoid china",
    "who said china is aggressive toward its partners",
    "who said china has always engaged with other countries in an aggressive manner",
    "who said the 133 projects are delayed",
    "who said central asia is losing its independence",
    "who said the summit was a waste of time",
    "who said china wants military bases in central asia",
    "who talked about nuclear power plants",
    "who mentioned wheat exports",
    "кто сказал что договор угрожает россии",
    "кто сказал что китай игнорирует соседей",
    "кто хвалил погоду в астане",
)


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_words_nobody_said_are_not_given_a_speaker(service: Service, question: str) -> None:
    assert _shown(service, question)[1] == ()


# --- The frame of a question need not be explained by the words found ----------------------


def test_anyone_in_the_article_is_the_frame_not_the_words(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Anyone" and "the article" are not what was said: without the rule the word check asks
    Osmonaliyev's words to explain them (0.47 and 0.44) and refuses. Since q16lex "anyone" is a
    stop word (tuning.Q16_ANYONE_NO_TOPIC) and the lexical stage answers this question; it is
    a content word again here, so that the semantic stage's rule is seen on its own."""
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - {"anyone"})
    q = "did anyone in the article talk about regional autonomy?"
    # q16quote: the lexical stage reads "anyone" as the speaker asked for too, and answers
    # with the same words (tuning.Q16_SPEAKER_FRAME_WORDS): off, so this rule is seen alone.
    assert service.ask(q).speakers == (OSMONALIYEV,)
    monkeypatch.setattr(tuning, "Q16_SPEAKER_FRAME_WORDS", False)
    assert _shown(service, q) == ("osmonaliyev-proactive-role", (OSMONALIYEV,), "semantic")
    monkeypatch.setattr(tuning, "SEMANTIC_FRAME_WORDS", False)
    assert _shown(service, q)[1] == ()


# --- A statement credited to someone the base never quotes ----------------------------------


def test_a_statement_credited_to_a_leader_names_the_real_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Japarov is in the base (Kyrgyzstan's president) but never quoted; "Kyrgyzstan making
    China a top priority" is a paraphrase of Osmonaliyev's words, credited to Japarov."""
    q = "what did Japarov say about Kyrgyzstan making China a top priority"
    a = service.ask(q)
    assert (a.kind, a.speakers, a.method) == ("correction", (OSMONALIYEV,), "semantic")
    monkeypatch.setattr(tuning, "SEMANTIC_STATEMENT_WORDS", 0)
    b = service.ask(q)
    assert (b.kind, b.speakers) == ("unknown_person", ())


@pytest.mark.parametrize(
    "question",
    [
        # "about the 133 projects" (only Nagaspayev's words): tests/test_q6quote.py
        "what did tokayev say about the china central asia summit in astana",
        "what did mirziyoyev say about the treaty signed in astana in 2025",
        "what did mao ning say about the eternal good-neighborliness treaty",  # unknown to the base
        "what did tokayev say about the weather in astana during the summit",
    ],
)
def test_a_topic_asked_of_someone_never_quoted_stays_no_quotes(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert (a.answered, a.speakers) == (False, ()), (a.kind, a.entries)
