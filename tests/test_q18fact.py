"""Issue 13, summits, documents and facts, round 18 (q18fact).

Each test fails when its rule (bot/tuning.py, section "q18fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import index as I
from bot import text as T
from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first as _first


def _ask_fresh(service: Service, question: str) -> str | None:
    """Answer on a freshly built index (no term cached under the other setting)."""
    fresh = Service(
        service.snapshot.__class__(
            I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
        )
    )
    return _first(fresh, question)


# --- discourse words are no topic (tuning.Q18_DISCOURSE_NO_TOPIC, read at import) -------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "does the treaty have two different names? I keep seeing 'eternal' and 'permanent'",
            "fact-treaty-name",
        ),
        ("did kazakhstan ever host the summit before?", "fact-kazakhstan-offered-host"),
        ("раньше Казахстан принимал саммит?", "fact-astana-host-keynote"),
        ("ranshe kazahstan prinimal sammit?", "fact-astana-host-keynote"),
    ],
)
def test_discourse_words_are_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert not a.speakers
    # Off (text.STOP_WORDS built without them): each weighed as an unknown real word and the
    # question was refused.
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - T.DISCOURSE_WORDS)
    assert _ask_fresh(service, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "has kazakhstan hosted the olympics before?",
        "did the treaty ever mention nuclear weapons?",
        "I keep seeing reports about a gas pipeline deal with mongolia, is that true?",
        "maybe the summit discussed climate change?",
        "did the leaders go back to the hotel before the banquet?",
        "apparently the third summit will be about space tourism?",
        "раньше на саммите обсуждали космос?",
        "кажется на саммите говорили про футбол?",
        "ranshe obsuzhdali kosmos na sammite?",
        "I remember someone praising india at the summit, who?",
        "does the treaty have a different name in mongolian?",
    ],
)
def test_a_real_unknown_topic_still_refuses(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- frames of the answer's form are no words (tuning.Q18_FRAME_PHRASES) ----------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("in one sentence, what was signed in astana?", "fact-astana-signed"),
        ("the treaty in one line?", "fact-astana-signed"),
        (
            "did the article say what the summit was good for in terms of growth?",
            "fact-summit-reception",
        ),
    ],
)
def test_frames_of_the_answers_form_are_no_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q18_FRAME_PHRASES", False)
    # "one" read as the first summit, "sentence", "line", "terms" as unknown words: refused.
    assert _first(service, question) != entry


@pytest.mark.parametrize(
    "question",
    [
        "in one line, what did the summit say about bitcoin?",
        "в двух словах, что решили про биткоин?",
        "in terms of football, who won the summit?",
    ],
)
def test_a_frame_keeps_an_unknown_topic_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- idioms of a filler word (tuning.Q18_FILLER_IDIOMS) ----------------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what's the price tag of the projects", "fact-projects-total"),
        ("what's the total price tag of the joint projects", "fact-projects-total"),
        ("is china at the top of central asia's to-do list?", "osmonaliyev-proactive-role"),
    ],
)
def test_a_filler_idiom_reads_as_its_meaning(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    monkeypatch.setattr(tuning, "Q18_FILLER_IDIOMS", False)
    # "tag" an unknown word (refused); "to-do list" only "list" (the participants' fact).
    assert _first(service, question) != entry


@pytest.mark.parametrize(
    "question",
    [
        "what's the price tag of the olympics",
        "what's on india's to-do list",
        "who put russia on top of the priority list",
    ],
)
def test_a_filler_idiom_keeps_an_unknown_topic_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- "the summit" unnamed in a place no summit was held in (tuning.Q18_UNNAMED_SUMMIT_PLACE) ---


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("was the summit held in the capital of uzbekistan?", "no: not in tashkent"),
        ("was the summit held in tashkent?", "no: not in tashkent"),
        ("did the summit take place in bishkek", "no: not in bishkek"),
        ("саммит проходил в Ташкенте?", "нет: не в ташкенте"),
        ("sammit proshel v tashkente?", "нет: не в ташкенте"),
    ],
)
def test_the_summit_unnamed_in_a_wrong_place_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and text.lower().startswith(lead), text
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q18_UNNAMED_SUMMIT_PLACE", False)
    # Refused, or (the capital) the Astana leaders' fact with no word on the premise.
    assert not to_text(service.ask(question)).lower().startswith(lead)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("was the summit held in xian?", "summit-2023-xian"),  # a summit's place: no "No"
        ("was the summit held in astana?", "summit-2025-astana"),
    ],
)
def test_the_summit_unnamed_in_its_own_place_is_not_corrected(
    service: Service, question: str, entry: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry and not text.lower().startswith("no"), text


@pytest.mark.parametrize(
    "question",
    [
        # The summit to come is in China, its city not known: Beijing may be right.
        "was the summit held in beijing?",
        # A document at a place: the Xi'an declaration and the Astana signing tie.
        "why did the summit sign the almaty declaration",
    ],
)
def test_the_summit_unnamed_stays_refused_where_no_is_unsure(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- who proposed X: the record must be of X (tuning.Q18_PROPOSAL_OBJECT) ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "whose idea was the treaty",
        "who proposed the treaty",
        "who proposed the astana declaration",
        "who suggested the treaty",
        "кто предложил договор",
    ],
)
def test_a_proposal_of_something_else_does_not_answer(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q18_PROPOSAL_OBJECT", False)
    # The Spirit Xi put forward (or, past the lexical refusal, Safarov's words on the treaty).
    assert service.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who proposed the china-central asia spirit", "fact-spirit"),
        ("who proposed the spirit at the astana summit in 2025", "fact-spirit"),
        ("кто предложил дух Китай-ЦА", "fact-spirit"),
        ("what did xi propose", "fact-spirit"),
        ("какая страна предложила провести второй саммит", "fact-kazakhstan-offered-host"),
        ("which country proposed hosting the second summit", "fact-kazakhstan-offered-host"),
    ],
)
def test_a_proposal_of_the_thing_asked_still_answers(
    service: Service, question: str, entry: str
) -> None:
    assert _first(service, question) == entry
