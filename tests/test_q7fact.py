"""Issue 13, fact, event and person questions, round 7 (q7fact).

"Tell me about <a summit>" asks for the summit's card; a question with a false premise about a
place is corrected (tuning.PLACE_TRAP, on again) under the guards it lacked: a summit named is
corrected only with that summit's records, a summit never held is refused, and the entry must
hold the question's other words. Each test fails when its rule (bot/tuning.py, section
"q7fact") is switched off.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot import tuning
from bot.service import Service
from tests.asking import first as _first
from tests.conftest import KNOWLEDGE

XIAN = "summit-2023-xian"
ASTANA = "summit-2025-astana"
NEXT = "fact-next-summit"


def _lead(service: Service, question: str) -> tuple[str | None, str]:
    """The first entry answering, and the answer's first paragraph."""
    a = service.ask(question)
    first = a.entries[0] if a.answered and a.entries else None
    return first, a.blocks[0].text if a.blocks else ""


# --- "Tell me about" a summit ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("tell me about the astana summit", ASTANA),
        ("расскажи про саммит в Астане", ASTANA),
    ],
)
def test_tell_me_about_a_summit_is_its_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, card: str
) -> None:
    assert _first(service, question) == card
    monkeypatch.setattr(tuning, "TELL_ABOUT_SUMMIT", False)
    assert _first(service, question) != card


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("what do you know about the 2023 summit", XIAN),
        ("can you tell me about the xian summit", XIAN),
        ("расскажи о третьем саммите", "summit-2027-china"),
    ],
)
def test_other_ways_to_ask_about_a_summit(service: Service, question: str, card: str) -> None:
    assert _first(service, question) == card


def test_tell_me_about_something_else_is_not_a_summit_card(service: Service) -> None:
    """Only a summit's own names make the card the answer: the secretariat is a fact's."""
    assert _first(service, "tell me about the secretariat") == "fact-secretariat"


# --- Place traps: corrected, with guards ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        ("the first summit was in beijing in 2022, correct?", XIAN, "No: not in Beijing"),
        # A wrong year beside the place is corrected with it (tuning.Q14_CITY_IN_OTHER_COUNTRY
        # tries the year-and-place trap first): the summit's card under both.
        (
            "is it true that the next summit will be in Kazakhstan again in 2026",
            "summit-2027-china",
            "No: not in Kazakhstan in 2026",
        ),
        ("второй саммит был в Бишкеке в 2024?", ASTANA, "Нет: не в Бишкеке в 2024: по моим"),
    ],
)
def test_a_false_place_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    first, text = _lead(service, question)
    assert first == entry and text.startswith(lead)
    monkeypatch.setattr(tuning, "PLACE_TRAP", False)
    assert _first(service, question) is None


def test_the_summit_named_is_the_one_corrected_to(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second summit was Astana's: the host fact of Astana answers, not the fact that
    Kazakhstan offered to host, which belongs to the first summit (Xi'an)."""
    q = "the second summit was held in tashkent, who hosted?"
    first, text = _lead(service, q)
    assert first == "fact-astana-host-keynote"
    assert text.startswith("Not in Tashkent: my sources say Astana.")
    monkeypatch.setattr(tuning, "PLACE_TRAP_SUMMIT_NAMED", False)
    first, text = _lead(service, q)
    assert "Astana" not in text.split(".")[0]


@pytest.mark.parametrize(
    "question",
    ["was there a summit in bishkek in 2024", "when was the 2024 summit in tashkent"],
)
def test_a_summit_never_held_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) is None
    monkeypatch.setattr(tuning, "PLACE_TRAP_SUMMIT_NAMED", False)
    assert _first(service, question) == "fact-secretariat"


def test_the_correction_holds_the_whole_question(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The secretariat's opening (2024) says nothing of leaders signing: no correction."""
    q = "what did leaders sign in dushanbe in 2024"
    assert _first(service, q) is None
    monkeypatch.setattr(tuning, "PLACE_TRAP_WHOLE_QUESTION", False)
    assert _first(service, q) == "fact-secretariat"


# --- Who led a country at a summit ---------------------------------------------------------------

LEADERS = "fact-leaders-astana"


@pytest.mark.parametrize(
    "question",
    [
        "who was uzbekistan's leader at the summit",
        "who was tajikistan's leader at the summit",
        "кто был президентом Киргизии на саммите",
        "who came from kyrgyzstan to the astana summit",
        "кто представлял туркменистан",
        "президенты на саммите в астане список",
    ],
)
def test_who_led_a_country_at_the_summit_is_the_list_of_leaders(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) == LEADERS
    monkeypatch.setattr(tuning, "LEADER_AT_SUMMIT", False)
    assert _first(service, question) != LEADERS


def test_the_tajik_leader_is_not_the_tajik_expert(service: Service) -> None:
    """The Tajik political scientist is from Tajikistan, but he did not lead it."""
    assert _first(service, "who was tajikistan's leader at the summit") != "saifullo-safarov"


@pytest.mark.parametrize(
    "question",
    [
        "which leaders attended the third summit",
        "who represented kazakhstan at the first summit in astana",
        "who was the leader of the china central asia summit",
        "did the uzbek president give the keynote at the summit",
    ],
)
def test_no_list_of_leaders_for_a_summit_to_come_or_more_than_who_was_there(
    service: Service, question: str
) -> None:
    assert _first(service, question) != LEADERS


def test_which_leaders_asks_for_their_names(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fact that lists the countries ("leaders of six countries took part") names none of
    the leaders; the fact that names them answers (index.NAMED). The index is built anew with
    the rule off."""
    q = "which leaders attended the astana summit"
    assert _first(service, q) == LEADERS
    monkeypatch.setattr(tuning, "PEOPLE_BY_NAME", False)
    assert _first(Service.from_dir(KNOWLEDGE), q) == "fact-participants"


# --- The United States, Beijing -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["did the US sign the treaty", "подписали ли США договор"],
)
def test_the_us_is_a_country_the_base_does_not_hold(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Not answered with the signing as if "yes" (nor with the 22 billion US dollars): since
    round 9 the signing answers under "No: not the US" (tuning.US_NOT_A_PARTY,
    tests/test_q9fact.py); refusing would do too."""
    first, lead = _lead(service, question)
    assert first is None or lead.startswith(("No: not the US", "Нет: не США"))
    monkeypatch.setattr(tuning, "US_IS_A_COUNTRY", False)
    first, lead = _lead(service, question)
    assert first is not None and not lead.startswith(("No", "Нет"))


@pytest.mark.parametrize(
    "question", ["how much is it in US dollars", "сколько в долларах США подписали с Казахстаном"]
)
def test_us_dollars_are_still_dollars(service: Service, question: str) -> None:
    assert _first(service, question) == "fact-kazakhstan-22bn"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("правда ли что первый саммит был в Пекине", XIAN),
        ("правда что секретариат открыли в Пекине?", "fact-secretariat"),
    ],
)
def test_beijing_in_russian_is_the_city_written(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    """«Пекин» is read as China for matching, and as Beijing where a question puts the summit
    or the secretariat in it: corrected, not confirmed by the card of a summit held in China."""
    first, text = _lead(service, question)
    assert first == entry and text.startswith("Нет: не в Пекине: по моим источникам — Сиань.")
    monkeypatch.setattr(tuning, "PLACE_SPELLED_AS_WRITTEN", False)
    service.snapshot.index.places = None  # the place list is derived once per index
    try:
        assert not _lead(service, question)[1].startswith("Нет")
    finally:
        monkeypatch.undo()
        service.snapshot.index.places = None


# --- A person's office; times offered as alternatives ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["в какой стране был послом осмоналиев", "in which country was osmonaliyev ambassador"],
)
def test_a_question_about_someones_office_is_their_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Not his quote, which shares "countries"."""
    assert _first(service, question) == "kairat-osmonaliyev"
    monkeypatch.setattr(tuning, "OFFICE_ASKS_CARD", False)
    assert _first(service, question) != "kairat-osmonaliyev"


def test_words_of_a_person_are_still_asked_for(service: Service) -> None:
    assert _first(service, "what did osmonaliyev say about kyrgyzstan") == (
        "osmonaliyev-proactive-role"
    )


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("was the astana summit in june or july 2025", ASTANA),
        ("саммит в Астане был в июне или июле?", ASTANA),
        ("was the first summit in 2023 or 2024", XIAN),
    ],
)
def test_times_offered_as_alternatives_are_for_the_answer_to_choose(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, card: str
) -> None:
    assert _first(service, question) == card
    monkeypatch.setattr(tuning, "EITHER_TIME", False)
    # Its twin: «в июне» dates the question (tuning.Q26F_MONTH_IN_RU).
    monkeypatch.setattr(tuning, "Q26F_MONTH_IN_RU", False)
    assert _first(service, question) != card


def test_times_the_base_lacks_both_keep_the_refusal(service: Service) -> None:
    assert _first(service, "was the summit in july or august") is None


# --- A trip is a visit (knowledge/synonyms.yaml) ----------------------------------------------


def test_a_trip_is_the_visit_the_reports_announce(service: Service, tmp_path: Path) -> None:
    """«Кто объявил о поездке Си в Казахстан»: the fact that Lin Jian announced the visit; it
    was "no quotes from Xi Jinping" while «поездка» was a word the base does not use."""
    q = "кто объявил о поездке Си в Казахстан"
    assert _first(service, q) == "fact-first-in-central-asia"
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    data = yaml.safe_load((knowledge / "synonyms.yaml").read_text(encoding="utf-8"))
    data["synonyms"] = [g for g in data["synonyms"] if "поездка" not in g]
    (knowledge / "synonyms.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    assert _first(Service.from_dir(knowledge), q) != "fact-first-in-central-asia"


# --- "Who is the expert quoted in the article" ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("who is the Tajik expert quoted in the article", "saifullo-safarov"),
        ("who is the kazakh minister quoted in the article", "yersaiyn-nagaspayev"),
    ],
)
def test_who_is_the_one_quoted_is_their_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, card: str
) -> None:
    assert _first(service, question) == card
    monkeypatch.setattr(tuning, "WHO_IS_THE_ONE_QUOTED", False)
    assert _first(service, question) != card


def test_who_said_still_asks_for_the_words(service: Service) -> None:
    assert _first(service, "who said china is prudent") == "safarov-treaty-way-forward"


# --- A yes/no question by its question mark -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        ("первый саммит прошёл в Пекине?", XIAN, "Нет: не в Пекине: по моим источникам — Сиань."),
        ("секретариат в Алматы?", "fact-secretariat", "Нет: не в Алматы"),
    ],
)
def test_a_statement_asked_with_a_question_mark_hears_no(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    first, text = _lead(service, question)
    assert first == entry and text.startswith(lead)
    monkeypatch.setattr(tuning, "YES_NO_BY_MARK", False)
    assert not _lead(service, question)[1].startswith("Нет")


def test_a_question_word_is_no_yes_no_question(service: Service) -> None:
    """«Когда открыли секретариат в Алматы?» asks when, not whether: no "Нет" first."""
    assert not _lead(service, "когда открыли секретариат в Алматы?")[1].startswith("Нет")


# --- A summit put in a year it was not held in ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        ("the astana summit was in 2024, right?", ASTANA, "No: not in 2024: my sources say 2025."),
        ("is it true that the second summit took place in 2023", ASTANA, "No: not in 2023"),
        (
            "саммит в Астане прошёл в 2024 году?",
            ASTANA,
            "Нет: не в 2024: по моим источникам — 2025.",
        ),
        ("what was signed at the astana summit in 2024", "fact-astana-signed", "Not in 2024"),
    ],
)
def test_a_wrong_year_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    first, text = _lead(service, question)
    assert first == entry and text.startswith(lead)
    monkeypatch.setattr(tuning, "YEAR_TRAP", False)
    first, text = _lead(service, question)
    assert not text.startswith(lead)


@pytest.mark.parametrize(
    "question",
    ["what did the first summit decide to open in 2024", "when was the second summit in 2025"],
)
def test_a_year_the_question_does_not_contradict_is_left_alone(
    service: Service, question: str
) -> None:
    text = _lead(service, question)[1]
    assert "my sources say 20" not in text


def test_a_place_check_needs_a_record_of_the_summit_named(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The secretariat's opening (2024, in Xi'an) said "No: not in Astana" to a question about
    the Astana summit: a false correction."""
    monkeypatch.setattr(tuning, "YEAR_TRAP", False)
    q = "the astana summit was in 2024, right?"
    assert "not in Astana" not in _lead(service, q)[1]
    monkeypatch.setattr(tuning, "PLACE_TRAP_SUMMIT_NAMED", False)
    assert _lead(service, q)[1].startswith("No: not in Astana")


# --- A summit asked by its place -----------------------------------------------------------------


@pytest.mark.parametrize("question", ["when was the summit in china", "когда был саммит в Китае"])
def test_the_summit_in_a_place_is_not_another_place_s(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """China held the first summit and will hold the third: a choice between them, not the
    Astana card (which names China only in the format's name)."""
    a = service.ask(question)
    assert not a.answered
    assert {s.id for s in a.suggestions} >= {XIAN, "summit-2027-china"}
    monkeypatch.setattr(tuning, "SUMMIT_IN_PLACE", False)
    assert _first(service, question) == ASTANA


def test_a_summit_named_in_another_place_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "when was the second summit in china"
    first, text = _lead(service, q)
    assert first == ASTANA and text.startswith("Not in China: my sources say Astana.")
    monkeypatch.setattr(tuning, "SUMMIT_PLACE_PREMISE", False)
    assert not _lead(service, q)[1].startswith("Not in China")


@pytest.mark.parametrize(
    "question",
    [
        "kogda byl vtoroy sammit kitay centralnaya aziya",
        "what happened at the china central asia summit",
        "was the astana summit a china-central asia summit?",
    ],
)
def test_the_format_s_name_is_no_place(service: Service, question: str) -> None:
    assert not _lead(service, question)[1].startswith(("Not in", "No: not", "Не в", "Нет"))


# --- A summit never held ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["summit 2024?", "what was signed at the 2024 summit", "саммит 2024 года"]
)
def test_a_summit_only_a_year_names_is_not_answered_with_another_record(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """No summit was held in 2024: the secretariat's opening (2024) would pass for it."""
    a = service.ask(question)
    assert not a.answered and "fact-secretariat" in {s.id for s in a.suggestions}
    monkeypatch.setattr(tuning, "NO_SUCH_SUMMIT", False)
    assert _first(service, question) == "fact-secretariat"


def test_a_summit_named_otherwise_keeps_its_answer(service: Service) -> None:
    q = "what did the first summit decide to open in 2024"
    assert _first(service, q) == "fact-secretariat"
