"""Issue 13 (q11quote): quote questions, claims and speaker traps, round 11, on the real base.

Each rule of the q11quote section of ``bot/tuning.py`` is shown doing its job through
``Service.ask`` (the path every front end uses) and failing when switched off. The questions
are written for these tests (a few are the issue's own leads, to show the rule reaches them).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import tuning
from bot.loader import KnowledgeError, load
from bot.render import to_text
from bot.service import Service
from tests.seed_ids import (
    NAGASPAYEV,
    NAGASPAYEV_QUOTE,
    OSMONALIYEV,
    OSMONALIYEV_QUOTE,
    SAFAROV,
    SAFAROV_QUOTE,
    shown,
)

# --- A statement with a verb of calling is a claim (tuning.CALLING_CLAIMS) -----------------


@pytest.mark.parametrize(
    "question",
    [
        "osmonaliyev called china prudent",
        "osmonaliyev praised china as prudent",
        "osmonaliyev described china as prudent",
        "the kyrgyz diplomat praised china as prudent",
        "osmonaliyev stressed that china respects every partner",
        "osmonaliyev emphasized that china respects every partner",
        "osmonaliyev regards china as prudent",
        "osmonaliyev praising china as prudent",
    ],
)
def test_words_credited_by_calling_are_corrected_not_a_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The words are Safarov's: the answer says No and names him, never Osmonaliyev's card."""
    a = service.ask(question)
    assert a.kind == "correction" and a.speakers == (SAFAROV,)
    assert to_text(a).startswith("No")
    monkeypatch.setattr(tuning, "CALLING_CLAIMS", False)
    a = service.ask(question)
    assert a.kind == "person" and a.entries == (OSMONALIYEV,)


@pytest.mark.parametrize(
    # «мудрость» was a word the base lacked until q19fix put it in the wise group (now, as
    # "osmonaliyev praised china for its wisdom", a correction to Safarov, whose word it is:
    # tests/test_q19fix.py); «щедрость» (generosity) is in nobody's words, as it was.
    "question",
    ["Осмоналиев похвалил Китай за щедрость", "osmonaliyev called the summit a failure"],
)
def test_words_nobody_said_are_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Words in none of his quotes are "not sure", his card no yes to them."""
    a = service.ask(question)
    assert a.kind == "unconfirmed" and not a.answered
    monkeypatch.setattr(tuning, "CALLING_CLAIMS", False)
    assert service.ask(question).kind == "person"


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        ("safarov called china prudent", SAFAROV_QUOTE, SAFAROV),
        ("nagaspayev described the summit as an excellent platform", NAGASPAYEV_QUOTE, NAGASPAYEV),
    ],
)
def test_words_of_their_own_are_confirmed(
    service: Service, question: str, quote: str, speaker: str
) -> None:
    a = service.ask(question)
    assert shown(service, question) == (quote, (speaker,), "quote")
    assert to_text(a).startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "what did osmonaliyev call china",
        "is safarov called saifullo",
        "osmonaliyev called china prudent, right?",
        "I read that someone called China prudent. Was it the Kyrgyz ambassador?",
    ],
)
def test_no_statement_with_a_verb_of_calling_is_read_again(service: Service, question: str) -> None:
    """Questions, yes/no frames and words put to someone named after the verb are other rules'
    (NAMING_ASKS_WORDS, YES_NO_WORDS_UNSAID, the long-message reread): the same answer either
    way."""
    before = service.ask(question)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(tuning, "CALLING_CLAIMS", False)
        after = service.ask(question)
    assert (before.kind, before.entries) == (after.kind, after.entries)


# --- A capital describing a speaker is its country (tuning.CAPITALS_AS_COUNTRIES) ----------

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "kb" / "valid"


def _fixture_base(tmp_path: Path, vocabulary: str) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    (root / "vocabulary.yaml").write_text(vocabulary, encoding="utf-8")
    return root


def test_a_curator_adds_a_capital_as_data(tmp_path: Path) -> None:
    """The base's own capitals section, and only it, makes "someone from Examplegrad" the one
    person from Exampleland the base quotes (no capital is written in the program)."""
    question = "what did someone from examplegrad say"
    with_capital = Service.from_dir(
        _fixture_base(tmp_path / "with", "capitals:\n  exampleland: [examplegrad, экзамплград]\n")
    ).ask(question)
    assert with_capital.kind == "quote" and with_capital.speakers == ("anna-example",)
    without = Service.from_dir(_fixture_base(tmp_path / "without", "synonyms: []\n")).ask(question)
    assert without.speakers == () and not without.answered


@pytest.mark.parametrize(
    ("vocabulary", "message"),
    [
        ("capitals:\n  - examplegrad\n", "section 'capitals' must map a country"),
        ("capitals:\n  example land: [examplegrad]\n", "must be a single word"),
        ("capitals:\n  exampleland: examplegrad\n", "must be a list of single words"),
        ("capitals:\n  exampleland: [example grad]\n", "must be a list of single words"),
        (
            "capitals:\n  exampleland: [examplegrad]\n  sampleland: [examplegrad]\n",
            "is given for two countries",
        ),
        ("capitals:\n  atlantis: [poseidonia]\n", "is no country of the base"),
    ],
)
def test_a_broken_capitals_section_is_refused_with_file_and_line(
    tmp_path: Path, vocabulary: str, message: str
) -> None:
    with pytest.raises(KnowledgeError) as err:
        load(_fixture_base(tmp_path, vocabulary))
    found = [str(p) for p in err.value.problems]
    assert any(message in p and "vocabulary.yaml:" in p for p in found), found


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did Bishkek's ex-ambassador say", OSMONALIYEV),
        ("did anyone from dushanbe talk about mutual respect", SAFAROV),
        ("кто-то из Душанбе говорил о взаимном уважении", SAFAROV),
        ("political scientist from dushanbe quote on china", SAFAROV),
    ],
)
def test_a_capital_describing_a_speaker_is_its_country(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    _, speakers, kind = shown(service, question)
    assert kind == "quote" and speakers == (speaker,)
    monkeypatch.setattr(tuning, "CAPITALS_AS_COUNTRIES", False)
    assert shown(service, question)[1] != (speaker,)


def test_a_capital_of_a_country_nobody_is_quoted_from_is_nobodys_words(service: Service) -> None:
    """Tashkent's minister is an Uzbek minister: no quote of his, never the Kazakh minister's."""
    a = service.ask("what did Tashkent's minister say")
    assert not a.answered and a.speakers == ()


@pytest.mark.parametrize(
    "question",
    [
        "what did the minister say at the astana summit",
        "what did the minister say in astana",
        "what was signed in dushanbe",
        "was the first summit in bishkek?",
    ],
)
def test_a_capital_named_as_a_venue_stays_a_place(service: Service, question: str) -> None:
    """As a venue the capital is no country of a speaker: the same answer with the rule off."""
    before = service.ask(question)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(tuning, "CAPITALS_AS_COUNTRIES", False)
        after = service.ask(question)
    assert (before.kind, before.entries, before.speakers) == (
        after.kind,
        after.entries,
        after.speakers,
    )


# --- The country alone, or its "side", is the one person of it the base quotes --------------


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the Tajik say", SAFAROV),
        ("what did the tajik say about china", SAFAROV),
        ("что сказала киргизская сторона", OSMONALIYEV),
    ],
)
def test_a_demonym_alone_asks_for_the_words_of_that_countrys_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    """Shown under his real name and role; the country was read as a topic (a president's card,
    the leaders' list)."""
    _, speakers, kind = shown(service, question)
    assert kind in ("quote", "quotes") and speakers == (speaker,)
    monkeypatch.setattr(tuning, "DEMONYM_SPEAKER", False)
    monkeypatch.setattr(tuning, "Q24S_OWN_WORDS_ASKED", False)  # its twin (q24speaker)
    assert shown(service, question)[1] != (speaker,)


def test_the_kyrgyz_side_is_the_kyrgyz_quoted(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "what did the Kyrgyz side say about china"
    assert shown(service, question)[1] == (OSMONALIYEV,)
    monkeypatch.setattr(tuning, "COUNTRY_AND_VAGUE_NOUN", False)
    monkeypatch.setattr(tuning, "Q24S_OWN_WORDS_ASKED", False)  # its twin (q24speaker)
    assert shown(service, question)[1] == ()


@pytest.mark.parametrize("question", ["what did the uzbek side say", "what did china say"])
def test_a_country_nobody_is_quoted_from_shows_nobodys_words(
    service: Service, question: str
) -> None:
    assert shown(service, question)[1] == ()


def test_a_dash_parts_the_statement_from_who_was_it(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One sentence, the statement before a dash and "who was it and …" after it, is read as
    the statement alone, as two sentences are (tuning.STATEMENT_BEFORE_WHO, longmsg.readings)."""
    question = (
        "a colleague mentioned someone from Bishkek talking about a proactive role for the "
        "region - who was it and what was the occasion?"
    )
    assert shown(service, question)[:2] == (OSMONALIYEV_QUOTE, (OSMONALIYEV,))
    monkeypatch.setattr(tuning, "STATEMENT_BEFORE_WHO", False)
    assert shown(service, question)[1] == ()


# --- A subject doing something after "about" is a statement put to the person ---------------


@pytest.mark.parametrize(
    ("question", "quote", "speaker"),
    [
        ("what did nagaspayev say about china respecting each partner", SAFAROV_QUOTE, SAFAROV),
        (
            "what did safarov say about central asia taking a proactive role",
            OSMONALIYEV_QUOTE,
            OSMONALIYEV,
        ),
    ],
)
def test_words_of_another_put_to_a_person_after_about_are_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, quote: str, speaker: str
) -> None:
    assert shown(service, question) == (quote, (speaker,), "correction")
    monkeypatch.setattr(tuning, "GERUND_PREDICATE", False)
    assert shown(service, question) == (None, (), "unconfirmed")


def test_a_topic_ending_in_ing_is_no_statement() -> None:
    from bot.matcher import _gerund_predicate

    assert not _gerund_predicate(["coal", "mining"])
    assert not _gerund_predicate(["the", "meeting"])
    assert _gerund_predicate(["china", "respecting", "each", "partner"])
