"""Issue 13, fact, event and person questions, round 9 (q9fact).

Yes/no questions with a wrong premise lead with "No" and the true fact (a country that took no
part, a wrong year and place at once, a wrong count of a summit's parties), or say that a count
a bound leaves open cannot be confirmed; fact details asked in other words (who runs the
secretariat, where it is based, when a summit closed, the first summit in Central Asia) are
answered; schooling, which no card holds, is refused. Each test fails when its rule (bot/
tuning.py, section "q9fact", or the data named) is switched off.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot import index as I
from bot import text, tuning
from bot.service import Service
from tests.conftest import KNOWLEDGE

XIAN = "summit-2023-xian"
ASTANA = "summit-2025-astana"
NEXT = {"fact-next-summit", "summit-2027-china"}


def _lead(service: Service, question: str) -> tuple[str | None, str]:
    """The first entry answering, and the answer's first paragraph."""
    a = service.ask(question)
    first = a.entries[0] if a.answered and a.entries else None
    return first, a.blocks[0].text if a.blocks else ""


def _without_group(tmp_path: Path, file: str, word: str, keep: list[str] | None = None) -> Service:
    """The base as tested with the synonym group holding ``word`` in ``file`` replaced by
    ``keep`` (or dropped): the data rule switched off."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = [g for g in data["synonyms"] if word not in g]
    data["synonyms"] = [*groups, keep] if keep else groups
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return Service.from_dir(knowledge)


# --- schooling, which no card holds (tuning.SCHOOLING_UNHELD) -----------------------------------


@pytest.mark.parametrize("question", ["where did safarov study", "где учился Сафаров"])
def test_schooling_is_refused_offering_the_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered
    assert "saifullo-safarov" in {s.id for s in a.suggestions}
    if question.startswith("where"):
        # «учился» was refused before (PAST_WORDS); "study" showed the card as the answer.
        monkeypatch.setattr(text, "UNHELD_WORDS", text.UNHELD_WORDS - text.SCHOOLING_WORDS)
        assert service.ask(question).entries[:1] == ("saifullo-safarov",)


# --- who runs the secretariat, where it is based -----------------------------------------------


def test_running_a_body_is_heading_it(service: Service, tmp_path: Path) -> None:
    q = "who runs the china central asia secretariat"
    assert _lead(service, q)[0] in {"wu-yingqin", "fact-secretariat"}
    off = _without_group(tmp_path, "synonyms.yaml", "runs", ["leaders", "leader", "heads"])
    assert _lead(off, q)[0] is None


def test_where_a_body_is_based(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    q = "where is the secretariat based"
    assert _lead(service, q)[0] == "fact-secretariat"
    monkeypatch.setattr(tuning, "WHERE_BASED", False)
    assert _lead(service, q)[0] != "fact-secretariat"


# --- when a summit began or ended (tuning.SUMMIT_SPAN_WORDS) ----------------------------------


@pytest.mark.parametrize(
    "question", ["on what date did the first summit close", "когда закончился первый саммит"]
)
def test_a_summits_end_is_its_dates(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _lead(service, question)[0] in {XIAN, "fact-leaders-xian"}
    monkeypatch.setattr(tuning, "SUMMIT_SPAN_WORDS", False)
    assert _lead(service, question)[0] not in {XIAN, "fact-leaders-xian"}


# --- Central Asia as a place, not the format's name (tuning.REGION_ASKED) ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "which was the first summit held in central asia",
        "первый саммит в Центральной Азии где прошёл",
    ],
)
def test_the_first_summit_in_central_asia(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # The Xi'an card names Central Asia only in the format's name: that summit was in China.
    assert _lead(service, question)[0] == "fact-first-in-central-asia"
    monkeypatch.setattr(tuning, "REGION_ASKED", False)
    assert _lead(service, question)[0] == XIAN


def test_the_format_name_is_no_region_asked(service: Service) -> None:
    assert _lead(service, "when was the first china central asia summit")[0] == XIAN


# --- Xi'an in Russian cases (knowledge/vocabulary.yaml) ----------------------------------------


def test_xian_in_the_prepositional_case_is_a_place(service: Service, tmp_path: Path) -> None:
    q = "второй саммит прошёл в Сиане?"
    first, lead = _lead(service, q)
    assert first == ASTANA
    assert lead.startswith("Нет: не в Сиане")
    off = _without_group(tmp_path, "vocabulary.yaml", "sian", ["xian", "sian"])
    first, lead = _lead(off, q)
    assert not lead.startswith("Нет")


# --- the United States as a party (tuning.US_NOT_A_PARTY) --------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "did the US sign the treaty",
            "No: not the US: my sources say China, Kazakhstan, Kyrgyzstan, Tajikistan, "
            "Turkmenistan and Uzbekistan.",
        ),
        ("подписали ли США договор", "Нет: не США: по моим источникам — Китай, Казахстан"),
        ("did the united states sign the astana declaration", "No: not the United States"),
    ],
)
def test_the_us_took_no_part(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    first, text_ = _lead(service, question)
    assert first == "fact-astana-signed"
    assert text_.startswith(lead)
    monkeypatch.setattr(tuning, "US_NOT_A_PARTY", False)
    assert not _lead(service, question)[1].startswith(lead[:3])


def test_us_dollars_get_no_lead(service: Service) -> None:
    first, lead = _lead(service, "how much is it in US dollars")
    assert first == "fact-kazakhstan-22bn"
    assert not lead.startswith("No")


# --- a wrong year and a wrong place at once (tuning.YEAR_PLACE_TRAP) ---------------------------


@pytest.mark.parametrize(
    ("question", "want", "lead"),
    [
        # The sources name no city for the next summit: Beijing is not ruled out by them,
        # only the year is; a city the data puts in another country is ruled out too
        # (tuning.Q14_CITY_IN_OTHER_COUNTRY: Dushanbe and Tashkent are not in China).
        (
            "the next summit is in 2026 in beijing, correct?",
            NEXT,
            "No: not in 2026: my sources say China in 2027.",
        ),
        (
            "the next summit is in 2026 in dushanbe, correct?",
            NEXT,
            "No: not in Dushanbe in 2026: my sources say China in 2027.",
        ),
        (
            "was the third summit held in tashkent in 2026?",
            NEXT,
            "No: not in Tashkent in 2026: my sources say China in 2027.",
        ),
        ("следующий саммит пройдёт в 2026 году в Душанбе?", NEXT, "Нет: не в Душанбе в 2026"),
    ],
)
def test_a_wrong_year_and_place(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, want: set[str], lead: str
) -> None:
    first, text_ = _lead(service, question)
    assert first in want
    assert text_.startswith(lead)
    monkeypatch.setattr(tuning, "YEAR_PLACE_TRAP", False)
    assert not _lead(service, question)[1].startswith(lead)


# --- counts of a summit's parties (tuning.EVENT_NUMBER_TRAP) -----------------------------------


@pytest.mark.parametrize(
    "question", ["was the second summit attended by 8 countries?", "did 5 leaders meet in astana?"]
)
def test_a_wrong_count_of_parties(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    first, lead = _lead(service, question)
    assert first == ASTANA
    assert lead.startswith("No: not ")
    assert "my sources say 6: China, Kazakhstan" in lead
    monkeypatch.setattr(tuning, "EVENT_NUMBER_TRAP", False)
    assert not _lead(service, question)[1].startswith("No")


def test_the_right_count_of_parties_gets_no_no(service: Service) -> None:
    assert not _lead(service, "did 6 countries take part in the second summit?")[1].startswith("No")


# --- a count a bound leaves open (tuning.COUNT_NOT_STATED) -------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "were 200 outcomes reached",
            "I can't confirm 200 outcomes: my sources say more than 100 cooperation outcomes.",
        ),
        (
            "были ли 200 результатов сотрудничества?",
            "Не могу подтвердить «200 результатов сотрудничества»: по моим источникам — более 100 "
            "результатов сотрудничества.",
        ),
    ],
)
def test_a_count_inside_a_bound_is_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    first, text_ = _lead(service, question)
    assert first == "fact-astana-outcomes"
    assert text_.startswith(lead)
    monkeypatch.setattr(tuning, "COUNT_NOT_STATED", False)
    assert not _lead(service, question)[1].startswith(lead[:8])


def test_a_count_the_bound_confirms_gets_no_lead(service: Service) -> None:
    # "More than 100" confirms that 100 were reached.
    first, lead = _lead(service, "were 100 outcomes reached")
    assert first == "fact-astana-outcomes"
    assert lead.startswith("More than 100")


# --- a guess after a "who" question (tuning.WHO_GUESS) -----------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "who put forward the china central asia spirit, tokayev?",
            "No: not Kassym-Jomart Tokayev: my sources say Xi Jinping.",
        ),
        (
            "кто выдвинул «дух Китай — Центральная Азия», Токаев?",
            "Нет, не Касым-Жомарт Токаев: по моим источникам — Си Цзиньпин.",
        ),
    ],
)
def test_a_wrong_guess_after_who_is_answered_no(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    first, text_ = _lead(service, question)
    assert first == "fact-spirit"
    assert text_.startswith(lead)
    monkeypatch.setattr(tuning, "WHO_GUESS", False)
    assert _lead(service, question)[0] == "kassym-jomart-tokayev"  # his card, as if it answered


def test_a_guess_the_fact_names_gets_no_no(service: Service) -> None:
    # The fact names Tokayev as the host (and Xi as the keynote speaker): it says who.
    first, text_ = _lead(service, "who hosted the astana summit - tokayev?")
    assert first == "fact-astana-host-keynote"
    assert not text_.startswith("No")


def test_translit_region(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    # «в централной азии» as read from Latin letters: the region asked too (REGION_ASKED).
    q = "pravda chto vtoroi sammit byl pervym v centralnoy azii?"
    assert _lead(service, q)[0] == "fact-first-in-central-asia"
    monkeypatch.setattr(tuning, "REGION_ASKED", False)
    assert _lead(service, q)[0] != "fact-first-in-central-asia"


@pytest.mark.parametrize(
    "question", ["did afghanistan sign the astana treaty", "is russia a member of the format?"]
)
def test_another_country_took_no_part(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    name = question.split()[1].capitalize()
    first, text_ = _lead(service, question)
    assert first is not None
    assert text_.startswith(f"No: not {name}: my sources say China, Kazakhstan")
    monkeypatch.setattr(tuning, "OTHER_COUNTRY_PARTY", False)
    assert not _lead(service, question)[1].startswith("No")


def test_a_name_not_made_a_party_gets_no_lead(service: Service) -> None:
    # Reporting is no taking part: no "No: not Xinhua".
    assert not _lead(service, "did xinhua report on the secretariat?")[1].startswith("No")


def test_a_yes_no_tag_is_no_topic(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    q = "саммиты ведь проходят каждый год, верно?"
    assert _lead(service, q)[0] == "fact-summit-mechanism"
    monkeypatch.setattr(tuning, "CLAIM_TAG_NO_TOPIC", False)
    assert _lead(service, q)[0] is None


def test_before_or_after_is_a_choice_of_times(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "was the secretariat agreed before or after the first summit"
    assert _lead(service, q)[0] == "fact-secretariat"
    monkeypatch.setattr(tuning, "BEFORE_OR_AFTER", False)
    # q18fact's twin: "before" is a discourse word (tuning.Q18_DISCOURSE_NO_TOPIC, read at
    # import), no topic either way; with both off it weighs as an unknown word again.
    monkeypatch.setattr(text, "STOP_WORDS", text.STOP_WORDS - text.DISCOURSE_WORDS)
    fresh = Service(
        service.snapshot.__class__(
            I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
        )
    )
    assert _lead(fresh, q)[0] is None


def test_the_secretariat_is_an_office(service: Service, tmp_path: Path) -> None:
    q = "is there a permanent office for this thing"
    assert _lead(service, q)[0] == "fact-secretariat"
    # A person's office is still their card.
    assert _lead(service, "what office does safarov hold")[0] == "saifullo-safarov"
    off = _without_group(
        tmp_path, "synonyms.yaml", "office", ["secretariat", "body", "bodies", "секретариат"]
    )
    assert _lead(off, q)[0] != "fact-secretariat"


# --- another partner's format (tuning.OTHER_FORMAT) --------------------------------------------


def test_another_partners_format_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "us" is an English stop word, which no rule on unknown abbreviations sees
    # (tuning.Q9_SHORT_ABBREVIATIONS refuses "eu" too).
    question = "when is the next us-central asia summit"
    assert _lead(service, question)[0] is None
    assert _lead(service, "when is the next eu-central asia summit")[0] is None
    assert _lead(service, "когда саммит ЕС — Центральная Азия")[0] is None
    assert _lead(service, "when is the next china central asia summit")[0] is not None
    assert _lead(service, "the five central asian countries and china")[0] is not None
    monkeypatch.setattr(tuning, "OTHER_FORMAT", False)
    assert _lead(service, question)[0] is not None  # the next China–Central Asia summit


def test_cooperation_framed_under_an_initiative(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "which initiative is the cooperation framed under"
    assert _lead(service, q)[0] == "fact-belt-and-road"
    off = _without_group(tmp_path, "synonyms.yaml", "framed")
    # Its twin, tuning.Q17_WHICH_KIND_NAMED (which initiative: the record naming one), off too.
    monkeypatch.setattr(tuning, "Q17_WHICH_KIND_NAMED", False)
    assert _lead(off, q)[0] != "fact-belt-and-road"


def test_quick_one_is_a_chat_opener(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    # (With "which date exactly" after it, tuning.LAST_QUESTION_ALONE answers it too.)
    q = "hey, quick one - astana summit was in june right?"
    assert _lead(service, q)[0] == ASTANA
    assert _lead(service, q + " which date exactly")[0] == ASTANA
    monkeypatch.setattr(tuning, "QUICK_ONE_FILLER", False)
    assert _lead(service, q)[0] != ASTANA


def test_the_treatys_full_text_is_not_its_name(service: Service, tmp_path: Path) -> None:
    """The Russian answer of the treaty's name said «в английском тексте сообщений»: «текст»
    in it let «полный текст договора» through the contents check (CONTENTS_VETO)."""
    q = "полный текст договора о вечном добрососедстве"
    assert _lead(service, q)[0] is None
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / "facts.yaml"
    text_ = path.read_text(encoding="utf-8")
    assert "в англоязычных\n      сообщениях" in text_
    path.write_text(
        text_.replace("в англоязычных\n      сообщениях", "в английском тексте\n      сообщений"),
        "utf-8",
    )
    assert _lead(Service.from_dir(knowledge), q)[0] == "fact-treaty-name"
