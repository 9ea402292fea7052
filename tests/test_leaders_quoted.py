"""A leader who gets quoted keeps the facts about them (issue 14, promise 1).

The base knows Tokayev and Xi Jinping as people and reports facts about them (knowledge/
summits.yaml) without quoting them. A curator's article quoting them on another occasion
(tests/fixtures/leaders-quoted/, invented test data) must not change the answers to questions
that ask for no words ("did tokayev attend the summit"), and a question asking for their words
at the summit must not be answered with their quote from elsewhere, nor with anyone's words
under the wrong name. Runs on the base as tested (tests/kbview.py) plus that overlay; each rule
is switched off (bot/tuning.py, "# leaderfacts") to show that its test fails without it.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.answer import Answer
from bot.intent import parse
from bot.render import to_text
from bot.service import Service

LEADERS = {"kassym-jomart-tokayev": "tokayev-freight-2030", "xi-jinping": "xi-green-energy-silk"}


@pytest.fixture
def quoted(leaders_quoted: Service) -> Service:
    """The base as tested with the overlay's source, text and two quotes (tests/conftest.py)."""
    return leaders_quoted


def _about_leaders(service: Service) -> list[tuple[str, str]]:
    """(record id, question) for every curated question of a fact or event that names Tokayev
    or Xi and asks for no words (no verb of saying, not "who said": what is reported)."""
    index = service.snapshot.index
    found = []
    for rec in (*index.kb.facts.values(), *index.kb.events.values()):
        for q in (*rec.questions, *rec.questions_ru):
            p = parse(index, q)
            if not LEADERS.keys().isdisjoint(p.persons) and not (p.say or p.who_said):
                found.append((rec.id, q))
    return found


def test_the_questions_asking_for_no_words_are_curated(quoted: Service) -> None:
    """The three questions the bug broke are among those checked below."""
    asked = {q for _, q in _about_leaders(quoted)}
    assert {
        "did tokayev attend the summit",
        "did xi jinping address the summit",
        "when was xi's visit to kazakhstan announced",
    } <= asked


def test_facts_about_a_quoted_leader_answer_as_before(quoted: Service, service: Service) -> None:
    """Every curated fact/event question about the leaders is answered with the same entry as on
    the base that does not quote them: what is reported (a fact, an event, their card), no
    one's words, no "I can't confirm"."""
    for rid, q in _about_leaders(quoted):
        before, after = service.ask(q), quoted.ask(q)
        assert before.answered, (rid, q, before.kind)
        assert (after.kind, after.entries[:1]) == (before.kind, before.entries[:1]), (rid, q)
        assert not set(after.entries) & set(quoted.snapshot.index.kb.quotes), (q, after.entries)
        assert "confirm" not in to_text(after).lower()


def test_without_the_rule_a_fact_question_becomes_a_check_of_their_words(
    quoted: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tuning, "QUOTED_PERSON_FACTS", False)
    assert not quoted.ask("when was xi's visit to kazakhstan announced").answered
    # A yes/no question is also a claim: the other rule answers it as before they were quoted.
    assert quoted.ask("did tokayev attend the summit").entries[:1] == ("fact-leaders-astana",)
    monkeypatch.setattr(tuning, "QUOTED_ELSEWHERE_AS_BEFORE", False)
    a = quoted.ask("did tokayev attend the summit")
    assert a.kind == "unconfirmed" and "confirm" in to_text(a).lower()


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        ("what did tokayev say", "tokayev-freight-2030", "kassym-jomart-tokayev"),
        ("what did tokayev say about freight", "tokayev-freight-2030", "kassym-jomart-tokayev"),
        (
            "did tokayev say our railways will carry twice as much freight",
            "tokayev-freight-2030",
            "kassym-jomart-tokayev",
        ),
        ("what did xi say about green energy", "xi-green-energy-silk", "xi-jinping"),
        ("что сказал токаев", "tokayev-freight-2030", "kassym-jomart-tokayev"),
    ],
)
def test_a_question_for_their_words_still_gets_their_quote(
    quoted: Service, question: str, quote: str, speaker: str
) -> None:
    a = quoted.ask(question)
    assert a.answered, (a.kind, a.suggestions)
    assert a.entries[:1] == (quote,) and a.speakers == (speaker,), (a.kind, a.entries)


#: Their words asked for at the summit, or on a topic none of their words is about.
ELSEWHERE = [
    ("what did xi jinping say in astana", "xi-jinping"),
    ("what did xi jinping say at the summit", "xi-jinping"),
    ("what did tokayev say at the summit", "kassym-jomart-tokayev"),
    ("что сказал Токаев на саммите", "kassym-jomart-tokayev"),
    ("what did tokayev say in his opening speech", "kassym-jomart-tokayev"),
    ("what did xi say in his keynote about trade numbers", "xi-jinping"),
    ("what did tokayev say about the treaty", "kassym-jomart-tokayev"),
    ("что сказал Токаев о договоре", "kassym-jomart-tokayev"),
]


@pytest.mark.parametrize(("question", "person"), ELSEWHERE)
def test_their_words_elsewhere_are_refused_with_their_words_offered(
    quoted: Service, question: str, person: str
) -> None:
    """Their quote is from a freight terminal's opening: shown, it would read as what they
    said there; someone else's words sharing one word ("treaty") say nothing of what they said
    (before they were quoted, these were refused). Refused, their own words offered, and never
    "I have no quotes from" them."""
    a = quoted.ask(question)
    assert not a.answered and a.speakers == () and a.entries == (), (a.kind, a.entries)
    assert LEADERS[person] in {s.id for s in a.suggestions}
    assert "no quotes" not in to_text(a) and "нет высказываний" not in to_text(a)


def test_whether_they_spoke_is_the_fact_that_says_so(quoted: Service, service: Service) -> None:
    """ "Did Xi give a speech in Astana" asks whether he spoke: the fact that he delivered the
    keynote answers, as before he was quoted, not someone else's words of Astana."""
    q = "did xi give a speech in astana"
    a = quoted.ask(q)
    assert a.answered and a.entries[:1] == service.ask(q).entries[:1] == (
        "fact-astana-host-keynote",
    )
    assert a.speakers == ()


def test_without_the_rule_their_quote_or_someone_elses_answers(
    quoted: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tuning, "QUOTED_ELSEWHERE_AS_BEFORE", False)
    opening = quoted.ask("what did tokayev say in his opening speech")
    assert opening.entries == ("tokayev-freight-2030",)
    treaty = quoted.ask("what did tokayev say about the treaty")
    assert treaty.answered and treaty.speakers == ("saifullo-safarov",)
    assert quoted.ask("did xi give a speech in astana").kind == "correction"


def _words_under_their_names(service: Service, a: Answer) -> None:
    kb = service.snapshot.index.kb
    text = to_text(a)
    for e in a.entries:
        if e in kb.quotes:
            speaker = kb.quotes[e].speaker
            assert speaker in a.speakers, (a.question, e, a.speakers)
            person = kb.people[speaker]
            assert person.name in text or (person.name_ru or person.name) in text


@pytest.mark.parametrize(
    "question",
    [
        "what did xi jinping say about the treaty",
        "what did tokayev say about industrial cooperation",
        "did tokayev say china respects every partner",
        "did xi say that central asia puts cooperation with china first",
        "who said xi jinping thought is the future",
        *(q for q, _ in ELSEWHERE),
        "did xi jinping address the summit",
        "did tokayev attend the summit",
        "did xi give a speech in astana",
    ],
)
def test_their_quote_never_answers_a_topic_they_never_spoke_of(
    quoted: Service, question: str
) -> None:
    """Neither leader's quote (freight, green energy: not the summit's topics) answers a topic
    or setting they never spoke of, and any words shown are under their own speaker's name."""
    a = quoted.ask(question)
    assert set(LEADERS.values()).isdisjoint(a.entries), (a.kind, a.entries)
    _words_under_their_names(quoted, a)


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("what did xi jinping say in astana", "Xi: Green energy is the new silk…"),
        ("что сказал Си Цзиньпин в Астане", "Си: Green energy is the new silk…"),
        ("what did tokayev say about the treaty", "Tokayev: Our railways will carry twice as…"),
    ],
)
def test_an_offered_quote_is_labelled_with_the_speakers_surname(
    quoted: Service, question: str, label: str
) -> None:
    """The label names the speaker by surname: the base's ``short_name`` where the surname
    comes first (Xi Jinping is "Xi", not "Jinping"), else the name's last word."""
    assert label in {s.label for s in quoted.ask(question).suggestions}
