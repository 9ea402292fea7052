"""Issue 13, fact, event and person questions, round 10 (q10fact).

Counts: the noun a "how many" question counts is the last of its noun phrase, and an entry
that counts something else is no answer; a count restricted to a topic the base has no word
for is refused; the true count under "No: not …" is a whole phrase. Each test fails when its
rule (bot/tuning.py, section "q10fact") is switched off.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot import text, tuning
from bot.service import Service
from tests.conftest import KNOWLEDGE


def _lead(service: Service, question: str) -> tuple[str | None, str]:
    """The first entry answering, and the answer's first paragraph."""
    a = service.ask(question)
    first = a.entries[0] if a.answered and a.entries else None
    return first, a.blocks[0].text if a.blocks else ""


# --- the noun counted (tuning.COUNTED_HEAD) -----------------------------------------------------


def test_a_count_of_what_no_entry_counts_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "how many chinese companies work on coal chemistry"
    # Nagaspayev's quote names Chinese companies and counts projects: it is no count of them.
    assert _lead(service, question)[0] is None
    monkeypatch.setattr(tuning, "COUNTED_HEAD", False)
    assert _lead(service, question)[0] == "nagaspayev-industrial-cooperation"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many kazakh china projects are being implemented in total", "fact-projects-total"),
        ("how many cooperation outcomes were reached", "fact-astana-outcomes"),
        ("how many countries took part in the summit", "fact-participants"),
    ],
)
def test_a_count_of_what_the_entry_counts_is_answered(
    service: Service, question: str, expected: str
) -> None:
    # The last plural of the noun phrase is the noun ("kazakh china projects", "cooperation
    # outcomes"), not its first word.
    assert _lead(service, question)[0] == expected


# --- a count restricted to an unknown topic (tuning.COUNT_TOPIC_UNHELD) -------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how many outcomes did the leaders reach on tourism",
        "сколько договорённостей достигли по туризму",
    ],
)
def test_a_count_on_a_topic_the_base_lacks_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered
    assert "fact-astana-outcomes" in {s.id for s in a.suggestions}
    monkeypatch.setattr(tuning, "COUNT_TOPIC_UNHELD", False)
    assert _lead(service, question)[0] == "fact-astana-outcomes"


def test_a_known_topic_still_counts(service: Service) -> None:
    assert _lead(service, "how many outcomes were reached in astana")[0] == "fact-astana-outcomes"


# --- the true count as a whole phrase (tuning.COUNT_CLAUSE) -------------------------------------


def test_the_true_count_is_a_whole_phrase(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "did the summit have 7 participants?"
    first, lead = _lead(service, q)
    assert first == "fact-participants"
    assert lead.startswith("No: not 7 participants")
    assert lead.endswith("six countries took part.")
    monkeypatch.setattr(tuning, "COUNT_CLAUSE", 0)
    assert _lead(service, q)[1].endswith("six countries took.")


# --- a person's part in a summit's act (tuning.PERSON_PARTY_ACT) --------------------------------


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("did tokayev sign the treaty", ("fact-astana-signed", "fact-leaders-astana")),
        ("подписал ли токаев договор", ("fact-astana-signed", "fact-leaders-astana")),
        (
            "did tokayev take part in the astana summit",
            ("fact-leaders-astana", "fact-participants"),
        ),
    ],
)
def test_a_leaders_act_is_the_act_and_the_leaders(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entries: tuple[str, str]
) -> None:
    a = service.ask(question)
    # The act (a signing first), and the list of the summit's leaders that names him: no
    # one's quote.
    assert a.answered and a.entries == entries
    assert "Tokayev" in " ".join(b.text for b in a.blocks) or "Токаев" in a.blocks[1].text
    assert "safarov" not in " ".join(a.speakers).lower()
    monkeypatch.setattr(tuning, "PERSON_PARTY_ACT", False)
    assert service.ask(question).entries[:2] != entries


def test_a_signing_by_no_leader_is_denied(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "did safarov sign the treaty"
    first, lead = _lead(service, q)
    assert first == "fact-astana-signed"
    assert lead.startswith("No: not Saifullo Safarov: my sources say Xi Jinping")
    monkeypatch.setattr(tuning, "PERSON_PARTY_ACT", False)
    # It was "Yes", with his words about the newly signed treaty.
    off = service.ask(q)
    assert off.entries[:1] == ("safarov-treaty-result",) and off.kind == "quote"


def test_words_about_a_signing_are_still_words(service: Service) -> None:
    a = service.ask("did tokayev say the treaty was signed")
    assert "fact-leaders-astana" not in a.entries


# --- a guess without a comma (tuning.WHO_GUESS_UNMARKED) ----------------------------------------


@pytest.mark.parametrize(
    "question",
    ["kto vydvinul duh kitai-ca tokaev?", "who put forward the china central asia spirit tokayev"],
)
def test_a_guess_without_a_comma(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    first, lead = _lead(service, question)
    assert first == "fact-spirit"
    assert "Tokayev" in lead or "Токаев" in lead  # "No: not Kassym-Jomart Tokayev: … Xi Jinping"
    monkeypatch.setattr(tuning, "WHO_GUESS_UNMARKED", False)
    assert _lead(service, question)[0] != "fact-spirit"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is tokayev", "kassym-jomart-tokayev"),
        ("who chairs the association of political scientists in tajikistan", "saifullo-safarov"),
    ],
)
def test_a_name_inside_the_question_is_no_guess(
    service: Service, question: str, expected: str
) -> None:
    assert _lead(service, question)[0] == expected


# --- a count of what is left (tuning.COUNT_OF_REST) ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how much money is involved in the projects that are not done yet",
        "how many projects are not implemented yet",
    ],
)
def test_the_rest_of_a_whole_is_not_stated(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # The sources state the whole and the part done, never the rest: refused, and offered.
    a = service.ask(question)
    assert not a.answered
    offered = {s.id for s in a.suggestions}
    assert offered & {"fact-projects-implemented", "fact-projects-total"}
    monkeypatch.setattr(tuning, "COUNT_OF_REST", False)
    assert service.ask(question).answered


def test_the_ministers_words_on_the_rest_are_still_his_words(service: Service) -> None:
    q = "how many projects are left to complete if 54 of 133 are done? what did the minister say"
    assert service.ask(q).answered


# --- an office title asked of a person (tuning.OFFICE_TITLE_ASKS_CARD) --------------------------


@pytest.mark.parametrize(
    "question",
    [
        "wu yingqin is secretary general of sco right?",
        "is wu yingqin secretary general of the china central asia secretariat?",
    ],
)
def test_an_office_title_asks_what_the_person_is(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # His card says what he is (executive director); no words were asked of him.
    a = service.ask(question)
    assert a.answered and a.entries[:1] == ("wu-yingqin",)
    assert "executive director" in a.blocks[0].text
    monkeypatch.setattr(tuning, "OFFICE_TITLE_ASKS_CARD", False)
    # A description a question opening with his name says he is gets his card too
    # (tuning.Q22_NAME_IS_DESCRIBED, with "No: not secretary general of sco" first).
    monkeypatch.setattr(tuning, "Q22_NAME_IS_DESCRIBED", False)
    assert service.ask(question).kind == "unknown_person"


def test_words_asked_of_someone_never_quoted_are_still_refused(service: Service) -> None:
    a = service.ask("what did the secretary general wu yingqin say about the summit")
    assert a.kind == "unknown_person"


# --- Russian collective numerals (tuning.COLLECTIVE_NUMERALS) -----------------------------------


def test_a_collective_numeral_is_its_number(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "как называется договор, который подписали шестеро лидеров — вечный или постоянный?"
    assert _lead(service, q)[0] == "fact-treaty-name"
    assert text.stem("шестеро") == "6"
    monkeypatch.setattr(tuning, "COLLECTIVE_NUMERALS", False)
    text.stem.cache_clear()
    try:
        assert text.stem("шестеро") != "6"
        # A fresh service: the shared one keeps the questions it has read.
        assert _lead(Service.from_dir(KNOWLEDGE), q)[0] != "fact-treaty-name"
    finally:
        monkeypatch.undo()
        text.stem.cache_clear()


# --- where a summit named was held (tuning.SUMMIT_HOST_CHECK) -----------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did kazakhstan host both summits?", "No: not in Kazakhstan: my sources say Xi'an."),
        ("was the first summit in kazakhstan?", "No: not in Kazakhstan: my sources say Xi'an."),
        ("did china host both summits?", "No: not in China: my sources say Astana."),
    ],
)
def test_a_summit_held_elsewhere_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    first, shown = _lead(service, question)
    assert first in {"summit-2023-xian", "summit-2025-astana"}
    assert shown == lead
    monkeypatch.setattr(tuning, "SUMMIT_HOST_CHECK", False)
    assert _lead(service, question)[1] != lead


def test_a_summit_held_there_is_not_denied(service: Service) -> None:
    first, shown = _lead(service, "was the second summit in kazakhstan?")
    assert first == "summit-2025-astana" and not shown.startswith("No")


# --- "specifically" in a question of place or time (tuning.EMPHASIS_NO_TOPIC) -------------------


@pytest.mark.parametrize(
    "question",
    [
        "which cities will host the 2027 summit specifically",
        "where specifically will the 2027 summit be",
    ],
)
def test_specifically_is_no_topic_of_a_place(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _lead(service, question)[0] in {"summit-2027-china", "fact-next-summit"}
    monkeypatch.setattr(tuning, "EMPHASIS_NO_TOPIC", False)
    assert _lead(service, question)[0] is None


def test_specifically_still_asks_for_names(service: Service) -> None:
    q = "какие конкретно компании участвуют в проектах по металлургии"
    assert not service.ask(q).answered


# --- the Russian for ties and for a model (knowledge/synonyms.yaml) -----------------------------


def _without_group(tmp_path: Path, word: str) -> Service:
    """The base as tested without the synonym group holding ``word``: the data switched off."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / "synonyms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["synonyms"] = [g for g in data["synonyms"] if word not in g]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return Service.from_dir(knowledge)


def test_relations_are_ties_in_russian(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "как называют отношения Китая и ЦА в статье — модель чего?"
    assert _lead(service, q)[0] == "fact-belt-and-road"
    # The semantic stage's second reading («модель» as "model", tuning.Q13_CANONICAL_READ,
    # q13sem) finds the fact without this group too: off, so the group is seen alone.
    monkeypatch.setattr(tuning, "Q13_CANONICAL_READ", False)
    assert _lead(_without_group(tmp_path, "отношения"), q)[0] is None


# --- the difference between two records (tuning.COMPARISON_BOTH) --------------------------------


def test_a_difference_shows_both_sides(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    q = "difference between astana declaration and xian declaration"
    a = service.ask(q)
    assert a.answered and set(a.entries) == {"fact-astana-signed", "fact-xian-declaration"}
    monkeypatch.setattr(tuning, "COMPARISON_BOTH", False)
    assert not service.ask(q).answered


def test_a_difference_with_one_side_unknown_is_refused(service: Service) -> None:
    assert not service.ask("difference between astana declaration and the eu charter").answered


# --- a yes/no question with a guess at the other answer (tuning.FIRST_ALTERNATIVE) --------------


def test_the_first_clause_answers_an_either_or(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "was turkmenistan part of the treaty or did it stay out because of neutrality?"
    assert _lead(service, q)[0] == "fact-participants"
    monkeypatch.setattr(tuning, "FIRST_ALTERNATIVE", False)
    assert _lead(service, q)[0] is None


def test_an_either_or_about_words_is_not_cut(service: Service) -> None:
    # Someone's words asked for: the second clause may be the speaker, and is not dropped.
    a = service.ask("did safarov talk about mining or was it about the treaty?")
    assert "fact-participants" not in a.entries
