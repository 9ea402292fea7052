"""Issue 13, summits, documents, places and facts, round 17 (q17fact).

Each test fails when its rule (bot/tuning.py, section "q17fact") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service
from tests.asking import first as _first

# --- a document's name is no verb of saying (tuning.Q17_DOCUMENT_NOT_WORDS) -------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("did xi sign the astana declaration", "fact-astana-signed"),
        ("did tokayev sign the astana declaration", "fact-astana-signed"),
        ("did xi sign the xian declaration", "fact-xian-signed"),
    ],
)
def test_signing_a_declaration_is_an_act_not_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry, to_text(a)
    assert not a.speakers  # the record of the signing, nobody's words
    monkeypatch.setattr(tuning, "Q17_DOCUMENT_NOT_WORDS", False)
    # "declar" is a stem of "declared": "I can't confirm that Xi Jinping said that", with
    # Safarov's words as the closest.
    assert _first(service, question) != entry


def test_a_signing_by_someone_not_listed_is_put_right(service: Service) -> None:
    a = service.ask("did safarov sign the astana declaration")
    text = to_text(a)
    assert "not Saifullo Safarov" in text and "Xi Jinping" in text, text
    assert not a.speakers


# --- a year put on a document is put right (tuning.Q17_DOCUMENT_YEAR) -------------------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        ("was the astana declaration signed in 2023", "fact-astana-signed", "not in 2023"),
        (
            "Xi Jinping signed the Astana Declaration in 2023, right?",
            "fact-astana-signed",
            "not in 2023",
        ),
        ("Си подписал Астанинскую декларацию в 2023?", "fact-astana-signed", "не в 2023"),
        ("did xi sign the treaty in 2023", "fact-astana-signed", "not in 2023"),
        ("Xi signed the Xi'an Declaration in 2025, right?", "fact-xian-signed", "not in 2025"),
        (
            "the astana declaration was signed in 2024, correct?",
            "fact-astana-signed",
            "not in 2024",
        ),
    ],
)
def test_a_documents_wrong_year_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry, text
    assert lead in text.lower() and not a.speakers, text
    monkeypatch.setattr(tuning, "Q17_DOCUMENT_YEAR", False)
    # Xi's card, the Xi'an Declaration ("not in Astana"), or the record with no word on the
    # year.
    assert lead not in to_text(service.ask(question)).lower()


@pytest.mark.parametrize(
    "question",
    [
        "did putin sign the astana declaration in 2023",  # nobody of the base
        "did the french president sign the astana declaration in 2023",
        "was the declaration signed in 2024",  # both summits signed one: which is not said
    ],
)
def test_no_year_is_put_right_for_a_signer_nobody_knows(service: Service, question: str) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert "my sources say 2025" not in text and "my sources say 2023" not in text, text
    assert not a.speakers


def test_a_documents_right_year_is_not_corrected(service: Service) -> None:
    a = service.ask("was the astana declaration signed in 2025")
    assert a.answered and a.entries[0] == "fact-astana-signed", to_text(a)
    assert "not in" not in to_text(a).lower()


# --- who hosted a summit named by its city (Q17_SERIES_NAMES_NO_HOST, Q17_HOST_OF_OTHER_SUMMIT) --


@pytest.mark.parametrize("question", ["кто принимал в сиане", "kto prinimal v siane"])
def test_the_series_rule_is_no_host_of_one_summit(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) == "summit-2023-xian"
    monkeypatch.setattr(tuning, "Q17_SERIES_NAMES_NO_HOST", False)
    # The rule that the hosts take turns (a record of the Xi'an summit naming China).
    assert _first(service, question) == "fact-summit-mechanism"


def test_who_hosted_a_summit_named_gets_its_card_not_another_summits_host(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "кто был хозяином саммита в Сиане"
    assert _first(service, q) == "summit-2023-xian"
    monkeypatch.setattr(tuning, "Q17_HOST_OF_OTHER_SUMMIT", False)
    # Tokayev's hosting of Astana was found, and refused as another summit's record.
    assert _first(service, q) is None


def test_the_hosts_in_turn_keep_the_series_rule(service: Service) -> None:
    assert _first(service, "who hosts the summits in turn") == "fact-summit-mechanism"
    assert _first(service, "кто принимает саммиты по очереди") == "fact-summit-mechanism"
    assert _first(service, "кто принимал второй саммит") == "fact-astana-host-keynote"


# --- the mechanism's launch is its establishment (tuning.Q17_MECHANISM_FOUNDED) ----------------


@pytest.mark.parametrize(
    "question",
    [
        "when was the china central asia mechanism launched",
        "when was the china-central asia mechanism set up",
        "when was the mechanism created",
        "когда запустили механизм китай центральная азия",
    ],
)
def test_the_mechanism_was_established_at_xian_not_with_the_secretariat(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "summit-2023-xian", to_text(a)
    monkeypatch.setattr(tuning, "Q17_MECHANISM_FOUNDED", False)
    # The secretariat's opening in 2024, or refused.
    assert _first(service, question) != "summit-2023-xian"


@pytest.mark.parametrize(
    "question",
    ["when was the secretariat launched", "when was the mechanism's secretariat launched"],
)
def test_the_secretariat_keeps_its_opening(service: Service, question: str) -> None:
    assert _first(service, question) == "fact-secretariat"


def test_a_city_founded_is_no_mechanism(service: Service) -> None:
    assert _first(service, "when was astana founded") is None


# --- which initiative: the record naming one (tuning.Q17_WHICH_KIND_NAMED) ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "which big chinese initiative is this all tied to",
        "what chinese initiative is this linked to",
        "к какой китайской инициативе это всё привязано",
        "which initiative does the article link the cooperation to",
    ],
)
def test_which_initiative_gets_the_record_naming_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-belt-and-road", to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q17_WHICH_KIND_NAMED", False)
    assert _first(service, question) != "fact-belt-and-road"  # refused


@pytest.mark.parametrize(
    "question",
    ["which initiative did putin launch", "which chinese initiative did the french criticise"],
)
def test_an_initiative_of_someone_unknown_stays_refused(service: Service, question: str) -> None:
    assert _first(service, question) is None


def test_which_documents_are_left_to_the_search(service: Service) -> None:
    q = "which documents did the leaders put their names to at the second summit"
    assert _first(service, q) == "fact-astana-signed"


# --- a signing read as the records word it (tuning.Q17_SIGNED_IN_COUNTRY) ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "what pacts did the presidents put their names to in kazakhstan",
        "какие бумаги подписали президенты в казахстане",
        "what agreements were signed in kazakhstan",
        "which documents were signed in kazakhstan",
    ],
)
def test_documents_signed_in_a_country_are_those_of_its_summit(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-astana-signed", to_text(a)
    monkeypatch.setattr(tuning, "Q17_SIGNED_IN_COUNTRY", False)
    # Refused, or the documents China and Kazakhstan signed at Xi'an.
    assert _first(service, question) != "fact-astana-signed"


def test_kazakhstan_as_a_party_keeps_its_record(service: Service) -> None:
    q = "did china sign anything with kazakhstan"
    assert _first(service, q) == "fact-kazakhstan-22bn"
    q = "which documents did the leaders put their names to at the second summit"
    assert _first(service, q) == "fact-astana-signed"


# --- "set up" is establishing (tuning.Q17_SET_UP_FOUNDED) --------------------------------------


def test_what_a_document_set_up_is_what_it_established(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "what did the document adopted in 2023 set up"
    assert _first(service, q) == "fact-xian-declaration"
    monkeypatch.setattr(tuning, "Q17_SET_UP_FOUNDED", False)
    # "set" read as a date set: the signing of the Xi'an Declaration and its memoranda.
    assert _first(service, q) == "fact-xian-signed"


def test_the_secretariats_set_up_is_its_opening(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "when was the secretariat set up"
    assert _first(service, q) == "fact-secretariat"
    monkeypatch.setattr(tuning, "Q17_SET_UP_FOUNDED", False)
    assert _first(service, q) is None  # "set" read as a date set: refused


# --- a country's capital is its city (tuning.Q17_CAPITAL_OF_COUNTRY) ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how did analysts react to the meeting in kazakhstan's capital",
        "how did experts react to the summit in the capital of kazakhstan",
    ],
)
def test_the_capital_of_a_country_is_its_city(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-summit-reception", to_text(a)
    assert not a.speakers
    monkeypatch.setattr(tuning, "Q17_CAPITAL_OF_COUNTRY", False)
    assert _first(service, question) is None


@pytest.mark.parametrize(
    "question",
    ["how did analysts react to the summit", "как эксперты отреагировали на саммит в Астане"],
)
def test_a_reaction_is_how_the_summit_was_received(service: Service, question: str) -> None:
    assert _first(service, question) == "fact-summit-reception"


def test_the_capital_alone_is_no_summit(service: Service) -> None:
    assert _first(service, "what is the capital of kazakhstan") is None


# --- domain vocabulary: branches are sectors, «предприятия» ventures (knowledge/synonyms.yaml) --


@pytest.mark.parametrize(
    "question",
    [
        "which branches of industry do the joint ventures cover",
        "в каких отраслях работают совместные предприятия",
    ],
)
def test_branches_are_the_sectors(service: Service, question: str) -> None:
    # Without the groups the English one is refused ("branches" a word of no record); the
    # Russian one was found by the semantic stage and is now found by its words.
    assert _first(service, question) == "fact-industry-sectors"


# --- the language asked for is no topic (tuning.Q17_LANGUAGE_ASKED_STOP) -----------------------


def test_the_language_asked_for_is_no_topic(service: Service) -> None:
    # With "по-русски" read as a word of no record (the rule off, text.STOP_WORDS is built
    # without it), the question was refused.
    a = service.ask("Спирит Китай-ЦА, what are the four mutuals по-русски")
    assert a.answered and a.entries[0] == "fact-spirit", to_text(a)
    assert not a.speakers
    assert _first(service, "спирит китай-ца") == "fact-spirit"


# --- a document put at a summit that did not adopt it (tuning.Q17_DOCUMENT_SUMMIT) -------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        # lead30 names the document in the English lead (tuning.L30_DOCUMENT_PLACE_NAMED):
        # "... was not signed in Xi'an: my sources say Astana."
        (
            "the treaty was signed at the first summit, correct?",
            "fact-astana-signed",
            "not signed in xi'an",
        ),
        ("was the treaty signed in 2023 in xian", "fact-astana-signed", "not signed in xi'an"),
        (
            "Tokayev signed the treaty at the first summit?",
            "fact-astana-signed",
            "not signed in xi'an",
        ),
        ("Договор подписали в Сиане в 2023 году?", "fact-astana-signed", "не в сиане"),
    ],
)
def test_a_document_at_another_summit_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry, text
    assert lead in text.lower() and not a.speakers, text
    monkeypatch.setattr(tuning, "Q17_DOCUMENT_SUMMIT", False)
    # The other summit's signing, no word on the premise.
    assert lead not in to_text(service.ask(question)).lower()


@pytest.mark.parametrize(
    "question",
    [
        "is the xian declaration the same as the astana one",  # two documents compared
        "is the 'eternal good-neighbourliness' treaty the same thing as the 'permanent' one",
        "did putin sign the treaty at the first summit",  # a signer the base does not know
        "was the treaty signed in astana",  # right
    ],
)
def test_no_summit_is_put_right_where_none_is_wrong(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert "my sources say" not in text, text


# --- a document's name is no place asked (tuning.Q17_DOCUMENT_NAME_NO_PLACE) -------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did they sign the astana declaration in tashkent", "not in tashkent"),
        ("was the astana declaration signed in almaty?", "not in almaty"),
        ("Астанинскую декларацию подписали в Ташкенте?", "не в ташкенте"),
        ("was the xian declaration adopted in beijing", "not in beijing"),
    ],
)
def test_the_place_asked_is_not_the_documents_name(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and lead in text.lower() and not a.speakers, text
    monkeypatch.setattr(tuning, "Q17_DOCUMENT_NAME_NO_PLACE", False)
    # Two places named: the record with no word on the premise, or refused.
    assert lead not in to_text(service.ask(question)).lower()


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("Сианьскую декларацию подписали в Астане?", "не в астане"),
        ("the xian declaration was signed in astana, right?", "not signed in astana"),
    ],
)
def test_twin_rules_on_a_documents_place(
    service: Service, monkeypatch: pytest.MonkeyPatch, q: str, lead: str
) -> None:
    # Q17_DOCUMENT_SUMMIT (the document's summit over the place) and Q17_DOCUMENT_NAME_NO_PLACE
    # (then PLACE_TRAP_YES_NO checks the place asked against the Xi'an signing) each answer these.
    a = service.ask(q)
    assert a.answered and a.entries[0] == "fact-xian-signed", to_text(a)
    assert lead in to_text(a).lower()
    monkeypatch.setattr(tuning, "Q17_DOCUMENT_SUMMIT", False)
    monkeypatch.setattr(tuning, "Q17_DOCUMENT_NAME_NO_PLACE", False)
    assert lead not in to_text(service.ask(q)).lower()


# --- a dated record of no summit put in another year (tuning.Q17_FACT_YEAR_TRAP) --------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("the secretariat opened in 2023, right?", "no: not in 2023: my sources say 2024"),
        ("did the secretariat open in 2025?", "no: not in 2025: my sources say 2024"),
        ("секретариат открылся в 2023 году?", "нет: не в 2023"),
    ],
)
def test_the_secretariats_year_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-secretariat", to_text(a)
    assert lead in to_text(a).lower()
    monkeypatch.setattr(tuning, "Q17_FACT_YEAR_TRAP", False)
    assert lead not in to_text(service.ask(question)).lower()


def test_the_right_year_is_not_corrected(service: Service) -> None:
    text = to_text(service.ask("did the secretariat open in 2024?"))
    assert "30 March 2024" in text and "not in" not in text.lower()


# --- a leader who did not host the summit named (tuning.Q17_HOST_PERSON_CHECK) ----------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did xi host the astana summit?", "not xi jinping: my sources say kassym-jomart tokayev"),
        ("Tokayev hosted the first summit?", "not kassym-jomart tokayev: my sources say xi"),
        ("Токаев принимал первый саммит?", "не касым-жомарт токаев"),
        ("did rahmon chair the xian summit", "not emomali rahmon: my sources say xi jinping"),
    ],
)
def test_a_leader_who_did_not_host_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and lead in text.lower() and not a.speakers, text
    monkeypatch.setattr(tuning, "Q17_HOST_PERSON_CHECK", False)
    # The other summit's hosting with no word on the premise, or "I can't confirm that
    # Rahmon said that".
    assert lead not in to_text(service.ask(question)).lower()


@pytest.mark.parametrize(
    "question",
    ["did tokayev host the astana summit", "did safarov host the astana summit"],
)
def test_the_host_and_non_leaders_are_not_corrected_so(service: Service, question: str) -> None:
    assert "my sources say" not in to_text(service.ask(question)).lower()


# --- the region's parties counted without the partner (tuning.Q17_REGION_COUNT) ---------------


def test_five_central_asian_presidents_are_not_six(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "did all five central asian presidents come"
    assert "my sources say 6" not in to_text(service.ask(q))
    monkeypatch.setattr(tuning, "Q17_REGION_COUNT", False)
    # China counted among the Central Asian parties: "No: not five …: my sources say 6".
    assert "my sources say 6" in to_text(service.ask(q))


def test_five_leaders_in_all_are_still_put_right(service: Service) -> None:
    assert "my sources say 6" in to_text(service.ask("did five leaders meet in astana?"))


# --- the document named is its own summit's (tuning.Q17_DOCUMENT_SUMMIT) ----------------------


def test_a_documents_signing_is_its_own_summits(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = "was the treaty signed by all six"
    assert _first(service, q) == "fact-astana-signed"
    monkeypatch.setattr(tuning, "Q17_DOCUMENT_SUMMIT", False)
    # Its twin: the signer put after "signed by" is no topic (tuning.Q26F_SIGNED_BY).
    monkeypatch.setattr(tuning, "Q26F_SIGNED_BY", False)
    # The six presidents' signing of the Xi'an Declaration.
    assert _first(service, q) == "fact-xian-signed"


# --- a summit put in a month it was not held in (tuning.Q17_MONTH_TRAP) -----------------------


@pytest.mark.parametrize(
    ("question", "entry", "lead"),
    [
        ("the astana summit was in july?", "summit-2025-astana", "not in july"),
        ("саммит в Астане был в июле?", "summit-2025-astana", "17 июня 2025"),
        ("was the second summit in april?", "summit-2025-astana", "not in april"),
    ],
)
def test_a_summits_wrong_month_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, entry: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.entries[0] == entry and lead in text.lower(), text
    monkeypatch.setattr(tuning, "Q17_MONTH_TRAP", False)
    # Its twin: «в июле» dates the question (tuning.Q26F_MONTH_IN_RU).
    monkeypatch.setattr(tuning, "Q26F_MONTH_IN_RU", False)
    assert _first(service, question) is None  # refused: the month a word of no record


@pytest.mark.parametrize(
    "question", ["the xian summit was in may, right?", "astana summit was in june right?"]
)
def test_a_summits_right_month_is_not_corrected(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert "my sources say" not in text, text


# --- a summit received is a summit hosted (tuning.Q17_HOST_SENSE) ------------------------------


@pytest.mark.parametrize(
    "question", ["кто примет следующий саммит", "кто будет принимать следующий саммит"]
)
def test_who_will_receive_the_next_summit_hosts_it(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) == "fact-next-summit"
    monkeypatch.setattr(tuning, "Q17_HOST_SENSE", False)
    # «Примет» read as adopting: the Belt and Road record (documents signed), or refused.
    assert _first(service, question) != "fact-next-summit"


def test_documents_adopted_at_a_summit_stay_adopted(service: Service) -> None:
    assert _first(service, "какие документы примут на саммите") == "fact-astana-signed"
