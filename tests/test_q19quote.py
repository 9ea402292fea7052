"""Issue 13, quote questions of paraphrases10, round 19 (q19quote).

Each test fails when its rule (bot/tuning.py, section "q19quote") is switched off; the near
misses beside them stay refused or corrected, never answered with someone's words.
"""

from __future__ import annotations

import pytest

from bot import index as I
from bot import text as T
from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first as _first
from tests.asking import refused


def _fresh(service: Service) -> Service:
    """A service on a freshly built index (no term cached under the other setting)."""
    return Service(
        service.snapshot.__class__(
            I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
        )
    )


# --- chat markers are no words (tuning.Q19Q_CHAT_MARKERS, read at import) ---------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "ngl someone said central asia is getting way more proactive lol who was it",
            "osmonaliyev-proactive-role",
        ),
    ],
)
def test_chat_markers_are_no_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - T.CHAT_MARKERS)
    # q24sem gives the semantic stage the lexical stage's reading of "ngl someone" (nobody):
    # a twin rule, off here.
    monkeypatch.setattr(tuning, "Q24SEM_UNNAMED_SLOT_SEMANTIC", False)
    # "ngl someone" a speaker the base does not hold, "lol" an unknown word: refused.
    assert _first(_fresh(service), question) != entry


@pytest.mark.parametrize(
    "question",
    [
        "ngl someone said india is getting way more proactive lol who was it",
        "tbh who said the treaty bans nuclear weapons lol",
        "lol what did putin say at the summit",
    ],
)
def test_chat_markers_keep_an_unknown_topic_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- polite requests and "regarding" are no topic (tuning.Q19Q_REQUEST_WORDS, at import) -------

_KINDLY = (
    "Could you kindly provide the remarks of Kazakhstan's Minister of Industry and "
    "Construction regarding industrial cooperation with China?"
)


@pytest.mark.parametrize(
    "question",
    [
        "kindly provide remarks regarding coal chemistry",
        "kindly provide quotes regarding mining",
        _KINDLY,
    ],
)
def test_request_words_are_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "quote" and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    if question == _KINDLY:
        return  # answered either way: three unknown words weigh less than the role's
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - T.REQUEST_WORDS)
    # "kindly provide" read as a speaker the base does not hold.
    assert _first(_fresh(service), question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Could you kindly provide the remarks of Uzbekistan's foreign minister regarding the "
        "treaty?",
        "Could you kindly provide the remarks of the Kazakh minister regarding bitcoin mining "
        "in Mongolia?",
    ],
)
def test_request_words_keep_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- a country's formal name is the country (tuning.Q19Q_STATE_FORM_NAMES) ---------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Could you kindly provide the remarks of Kazakhstan's Minister of Industry and "
            "Construction regarding industrial cooperation with the People's Republic of China?",
            "nagaspayev-industrial-cooperation",
        ),
        (
            "what did the kazakh industry minister say about cooperation with the people's "
            "republic of china",
            "nagaspayev-industrial-cooperation",
        ),
    ],
)
def test_a_formal_state_name_is_the_country(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_STATE_FORM_NAMES", False)
    # "republic" and "people" weighed as unknown words: refused.
    assert _first(_fresh(service), question) is None


@pytest.mark.parametrize(
    "question",
    [
        "what did the kazakh industry minister say about cooperation with the republic of korea",
        "what did the kazakh minister say about the czech republic",
        "who said the people's republic of mongolia respects every partner",
    ],
)
def test_a_formal_name_of_another_state_stays_unknown(service: Service, question: str) -> None:
    refused(service, question)


# --- where the user heard it is no topic (tuning.Q19Q_HEARD_ON) --------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "heard on a podcast some kazakh minister saying there were like a hundred-plus joint "
            "projects with china going on. who was that and what exactly did he say",
            "nagaspayev-industrial-cooperation",
        ),
        (
            "There was an ex-ambassador on the radio saying the Central Asian states now set "
            "their own development agendas. What were his words?",
            "osmonaliyev-proactive-role",
        ),
        (
            "Was listening to the radio in the car and a guy said the Central Asian countries "
            "are no longer passive, they're taking things into their own hands in the region "
            "and China comes first for them. Who was that?",
            "osmonaliyev-proactive-role",
        ),
    ],
)
def test_where_the_user_heard_it_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_HEARD_ON", False)
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - T.LISTENING_WORDS)
    # "podcast", "radio" weighed as unknown words: refused.
    assert _first(_fresh(service), question) != entry


@pytest.mark.parametrize(
    "question",
    [
        "heard on a podcast some uzbek minister saying there were like a hundred-plus joint "
        "projects with india going on. who was that",
        "There was an ex-ambassador on the radio saying the treaty bans nuclear weapons. What "
        "were his words?",
        "did the treaty say anything about radio frequencies?",
    ],
)
def test_a_media_frame_keeps_an_unknown_topic_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- translit: English joins between kept words (tuning.Q19Q_TRANSLIT_JOINS) -------------------


def test_translit_keeps_english_joins(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "ministr promyshlennosti kazahstana chto skazal pro Belt and Road"
    a = service.ask(question)
    assert a.kind == "quote" and a.entries[0] == "nagaspayev-industrial-cooperation", to_text(a)
    monkeypatch.setattr(tuning, "Q19Q_TRANSLIT_JOINS", False)
    # Its twin: a Cyrillic reading that asks the carded person's words goes on to the semantic
    # stage, which reads "belt анд road" (tuning.Q25Q_TRANSLIT_CARD_OR_WORDS).
    monkeypatch.setattr(tuning, "Q25Q_TRANSLIT_CARD_OR_WORDS", False)
    # "belt анд road": the Cyrillic reading is refused, and the Latin one gives his card.
    assert service.ask(question).kind != "quote"


@pytest.mark.parametrize(
    "question",
    [
        "ministr energetiki kazahstana chto skazal pro Belt and Road",
    ],
)
def test_translit_joins_keep_a_wrong_office_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered or a.kind not in ("quote", "quotes"), to_text(a)


# --- "way more" is a degree (tuning.Q19Q_WAY_MORE) ---------------------------------------------


def test_way_before_a_comparative_is_a_degree(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "someone said central asia is way more proactive now, who was that"
    assert _first(service, question) == "osmonaliyev-proactive-role", to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_WAY_MORE", False)
    # "way": Safarov's "way forward", a second speaker against Osmonaliyev.
    assert _first(_fresh(service), question) != "osmonaliyev-proactive-role"


# --- a clause before an unnamed speaker (tuning.Q19Q_CLAUSE_BEFORE_SPEAKER) --------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "I was driving and some guy said the treaty points the way forward, who?",
            "safarov-treaty-way-forward",
        ),
        (
            "my cousin called and a guy on the phone said china respects every partner, who "
            "was it?",
            "safarov-treaty-way-forward",
        ),
    ],
)
def test_the_speaker_is_after_the_users_clause(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_CLAUSE_BEFORE_SPEAKER", False)
    # The slot from the message's start: "no quotes from I was driving and".
    assert _first(service, question) is None


def test_a_name_after_the_users_clause_is_the_one_corrected(service: Service) -> None:
    a = service.ask("I was driving and putin said the treaty points the way forward, right?")
    assert a.kind == "correction" and "not Putin" in to_text(a), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "I was listening to the radio and a guy said india respects each and every partner. "
        "who was that?",
        "my cousin called and a guy on the phone said india respects every partner, who was it?",
    ],
)
def test_a_clause_keeps_others_words_refused(service: Service, question: str) -> None:
    refused(service, question)


def test_two_people_after_and_stay_two(service: Service) -> None:
    a = service.ask("Safarov and Osmonaliyev said what about china?")
    assert a.kind != "quote", to_text(a)


# --- the speaker's noun is no topic (tuning.Q19Q_SPEAKER_NOUN_NO_TOPIC) ------------------------


def test_the_speakers_noun_is_no_topic(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    question = (
        "a guy said the Central Asian countries are taking things into their own hands. Who "
        "was that?"
    )
    assert _first(service, question) == "osmonaliyev-proactive-role", to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_SPEAKER_NOUN_NO_TOPIC", False)
    # "guy" an unknown word against the words: the model's nearest became Safarov's words and
    # the margin negative: refused. (Q21Q_POINTING_WORD, a twin, finds Osmonaliyev's words that
    # way too: "into their own hands", read "independently", is his word alone.)
    monkeypatch.setattr(tuning, "Q21Q_POINTING_WORD", False)
    assert _first(service, question) != "osmonaliyev-proactive-role"


@pytest.mark.parametrize(
    "question",
    [
        "a guy said the Central Asian countries are taking orders from moscow. Who was that?",
        "some dude said china respects india. who was that?",
    ],
)
def test_the_speakers_noun_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- a description beside one name (tuning.Q19Q_NAME_DESCRIBED) --------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "role"),
    [
        (
            "Safarov, the Tajik foreign minister, said what about the treaty?",
            "safarov-treaty-way-forward",
            "chairman of the Association of Political Scientists in Tajikistan",
        ),
        (
            "Почему министр энергетики Казахстана Нагаспаев говорил о 133 проектах?",
            "nagaspayev-industrial-cooperation",
            "министр промышленности и строительства Казахстана",
        ),
    ],
)
def test_a_description_beside_a_name_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, role: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    # The words come under the person's real office, the one the question gave put right first
    # ("Not the tajik foreign minister: Saifullo Safarov is chairman of ..."), never a "Yes".
    text = to_text(a)
    assert role in text and text.startswith(("Not ", "Не «")), text
    monkeypatch.setattr(tuning, "Q19Q_NAME_DESCRIBED", False)
    # "foreign", «энергетики» read as words his quote must hold: "I can't confirm".
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Safarov, the Tajik foreign minister, said india is the top priority?",
        "Почему министр энергетики Казахстана Нагаспаев говорил о 500 проектах?",
        "Safarov, the tajik expert, said what about nuclear weapons?",
    ],
)
def test_a_description_beside_a_name_keeps_a_wrong_claim_unconfirmed(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered, to_text(a)


# --- a request's phrases are no words (tuning.Q19Q_REQUEST_WORDS, text.REQUEST_IDIOMS) ---------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "can i get the quote about coal chemistry with a link",
            "nagaspayev-industrial-cooperation",
        ),
    ],
)
def test_request_phrases_are_no_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_REQUEST_WORDS", False)
    # "get", "link" weighed as unknown words: refused.
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "how do i get from astana airport to the city",
        "can i get the quote about bitcoin with a link",
        "Some diplomat said India now plays a bigger part in central asia. Can I get the "
        "actual quote with the source?",
    ],
)
def test_request_phrases_keep_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- playing a part is playing a role (tuning.Q19Q_PLAYS_A_PART) -------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said central asian countries now play a bigger part in regional affairs",
        "who said central asian countries are playing a larger part in regional affairs",
    ],
)
def test_playing_a_part_is_a_role(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) == "osmonaliyev-proactive-role", to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_PLAYS_A_PART", False)
    # "bigger" an unknown word, "play" and "part" other records' words: refused.
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "who said russia now plays a bigger part in central asian affairs",
        "who said the united states plays a bigger role in the region",
    ],
)
def test_a_part_played_by_another_state_stays_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- everyday phrases (tuning.Q19Q_EVERYDAY_PHRASES) -------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "What did Kazakhstan's industry minister say the summit was good for?",
            "nagaspayev-industrial-cooperation",
        ),
        (
            "who said china and central asia get each other and keep to good neighbourly relations",
            "safarov-treaty-way-forward",
        ),
    ],
)
def test_everyday_phrases_read_as_what_they_say(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19Q_EVERYDAY_PHRASES", False)
    # "good" read as Osmonaliyev's "good-neighborliness" ("I'm not sure what Nagaspayev said");
    # "get" an unknown word: refused.
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "someone said china and india get each other and keep to being good neighbours, who?",
        "someone said the two sides distrust each other, whose words?",
        "what did the uzbek foreign minister say the summit was good for?",
    ],
)
def test_everyday_phrases_keep_others_refused(service: Service, question: str) -> None:
    refused(service, question)


# --- vocabulary of this round (knowledge/synonyms.yaml, knowledge/vocabulary.yaml) -------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Кто говорил, что новый договор показывает дорогу для дальнейшего сотрудничества?",
            "safarov-treaty-way-forward",
        ),
        (
            "I remember a quote that the summit was a great venue for talking about industrial "
            "integration in the region. Whose quote was it?",
            "nagaspayev-industrial-cooperation",
        ),
        (
            "Who said that China and Central Asia understand each other deeply and stick to the "
            "same principles?",
            "safarov-treaty-way-forward",
        ),
    ],
)
def test_this_rounds_vocabulary(service: Service, question: str, entry: str) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))


@pytest.mark.parametrize(
    "question",
    [
        "Кто говорил, что новый договор показывает дорогу в Индию?",
        "Was anyone from Uzbekistan talking about a great venue for industrial integration?",
        "who said kazakhstan upholds the principles of the soviet union",
        "who said russia always upheld a policy of isolation",
    ],
)
def test_this_rounds_vocabulary_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


def test_adhering_stays_the_ambassadors(service: Service) -> None:
    question = "who said china always adhered to a foreign policy of good-neighborliness"
    assert _first(service, question) == "osmonaliyev-proactive-role"


# --- a claim that pairs the speaker's figures otherwise (tuning.Q19Q_MISPAIRED_FACT) -----------


@pytest.mark.parametrize(
    ("question", "entry", "real"),
    [
        (
            "Nagaspayev said 54 projects worth 35 billion are already complete - is that a lot "
            "for Kazakhstan?",
            "fact-projects-implemented",
            "54 of the 133 projects, worth nine billion dollars",
        ),
        (
            "did nagaspayev say that 133 projects worth 9 billion are done?",
            "fact-projects-total",
            "133 projects worth 35 billion dollars are being implemented",
        ),
    ],
)
def test_mispaired_figures_get_the_real_pairing(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, real: str
) -> None:
    a = service.ask(question)
    assert a.kind == "fact" and a.entries == (entry,), to_text(a)
    text = to_text(a)
    assert real in text and not text.startswith(("Yes", "No")), text
    monkeypatch.setattr(tuning, "Q19Q_MISPAIRED_FACT", False)
    # "I can't confirm that Yersaiyn Nagaspayev said that": his real figures not shown.
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "did safarov say 54 projects worth 35 billion are already complete?",
        "Osmonaliyev said 54 projects worth 35 billion are already complete?",
    ],
)
def test_mispaired_figures_of_another_person_stay_unconfirmed(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered or a.kind == "correction", to_text(a)
    assert "Yes" not in to_text(a)


# --- a part's count counts its whole's noun (tuning.Q19Q_PART_OF_COUNT) -----------------------


def test_a_parts_count_is_a_count_of_the_whole_noun(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "were 54 projects already implemented?"
    a = service.ask(question)
    assert a.entries[:1] == ("fact-projects-implemented",), to_text(a)
    assert not to_text(a).startswith("No"), to_text(a)
    monkeypatch.setattr(tuning, "Q19Q_PART_OF_COUNT", False)
    # "No: not 54 projects: my sources say 133 projects.", before the fact that says 54.
    assert to_text(service.ask(question)).startswith("No: not 54 projects")


def test_a_wrong_count_is_still_put_right(service: Service) -> None:
    a = service.ask("were 60 projects already implemented?")
    assert to_text(a).startswith("No: not 60 projects"), to_text(a)


# --- "which of the speakers" asks for one of them (tuning.Q19Q_WHICH_OF_THEM) ------------------


@pytest.mark.parametrize(
    "question",
    ["which of the speakers talked about money", "who among the experts talked about money"],
)
def test_which_of_them_asks_for_one_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) == "nagaspayev-industrial-cooperation"
    monkeypatch.setattr(tuning, "Q19Q_WHICH_OF_THEM", False)
    # Nobody's words asked for ("speakers" an unknown word; "among" a word of the base): refused.
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "which of the speakers talked about bitcoin",
        "which of the presidents said the treaty was a mistake",
        "who among the experts said india respects every partner",
    ],
)
def test_which_of_them_keeps_others_refused(service: Service, question: str) -> None:
    refused(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "what did the tajik political scientist Safarov say about the treaty",
        "what did the kazakh minister nagaspayev say about mining",
    ],
)
def test_a_description_that_fits_gets_no_lead(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.kind.startswith("quote"), to_text(a)
    assert not to_text(a).startswith("Not "), to_text(a)
