"""A who-said claim checked against the words it would be shown for (bot/claims.py).

A claim that changes one detail of a quote — a figure, a place, a verdict — shares most of the
quote's words; shown under "who said", the words credited their speaker with the change. The
questions are written for these tests (not taken from any development or blind set). Each rule
is switched off once to show the test notices it.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

NAGASPAYEV = "yersaiyn-nagaspayev"
SAFAROV = "saifullo-safarov"
OSMONALIYEV = "kairat-osmonaliyev"


def _shows(service: Service, question: str) -> set[str]:
    """Whose words (or card) the answer shows as the answer: its speakers and entries."""
    a = service.ask(question)
    return set(a.speakers) | set(a.entries) if a.answered else set()


#: Figures the words do not give (tuning.Q16_CLAIM_FIGURES).
WRONG_FIGURES = [
    "who said there are 250 projects worth 35 billion dollars",
    "who talked about 133 projects worth 80 billion",
    "кто говорил про 400 проектов на 35 миллиардов",
    "кто сказал что реализуется 150 проектов на 35 миллиардов долларов",
]


@pytest.mark.parametrize("question", WRONG_FIGURES)
def test_a_figure_the_words_do_not_give_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert NAGASPAYEV not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q16_CLAIM_FIGURES", False)
    assert NAGASPAYEV in _shows(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who said 133 projects worth 35 billion dollars",
        "who said more than 100 projects worth 35 billion",
        "who said 130-something projects worth 35 billion dollars",
        "who said nine billion dollars of projects are already done",
    ],
)
def test_the_words_own_figures_bounds_and_guesses_still_find_them(
    service: Service, question: str
) -> None:
    assert NAGASPAYEV in _shows(service, question)


def test_a_named_speakers_wrong_figure_is_answered_no_with_the_real_one(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "nagaspayev spoke of 150 projects worth 35 billion, right?"
    a = service.ask(question)
    first = to_text(a).split("\n", 1)[0]
    assert first == "No: not 150 projects: my sources say 133 projects."
    assert a.speakers == (NAGASPAYEV,)
    monkeypatch.setattr(tuning, "Q16_CLAIM_FIGURES", False)
    assert to_text(service.ask(question)).startswith("Yes")


def test_a_correction_is_not_made_for_figures_the_words_do_not_give(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Tokayev said 120 projects worth 35 billion, right?": the words with those figures'
    neighbours are Nagaspayev's, but "No, these are Nagaspayev's words" would credit him with
    120 projects."""
    question = "tokayev said there are 120 projects worth 35 billion dollars, right?"
    assert NAGASPAYEV not in _shows(service, question)
    assert service.ask(question).kind == "unknown_person"
    right = "tokayev said there are 133 projects worth 35 billion dollars, right?"
    assert NAGASPAYEV in _shows(service, right)
    monkeypatch.setattr(tuning, "Q16_CLAIM_FIGURES", False)
    assert NAGASPAYEV in _shows(service, question)


#: Places the words never name (claims.places_unsaid, under tuning.Q13_CLAIM_COUNTRY_ABSENT).
WRONG_PLACES = [
    (
        "who said turkmenistan and china work closely in industrial cooperation under the belt "
        "and road initiative",
        NAGASPAYEV,
    ),
    ("who said the declaration signed in xian points the way forward", SAFAROV),
]


@pytest.mark.parametrize(("question", "speaker"), WRONG_PLACES)
def test_a_place_the_words_never_name_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    assert speaker not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q13_CLAIM_COUNTRY_ABSENT", False)
    assert speaker in _shows(service, question)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who said kazakhstan and china work closely on industrial cooperation", NAGASPAYEV),
        ("who said astana and china work closely on industrial cooperation", NAGASPAYEV),
        ("what was said by the kyrgyz diplomat about china's foreign policy", OSMONALIYEV),
        ("who said at the astana summit that china respects each and every partner", SAFAROV),
    ],
)
def test_places_the_words_name_or_that_describe_the_speaker_still_find_them(
    service: Service, question: str, speaker: str
) -> None:
    assert speaker in _shows(service, question)


#: Verdicts turned to their opposite: claims.OPPOSITES (reckless/prudent, passive/proactive
#: joined this round) is read by the claim check and by the semantic stage's word check, both
#: under tuning.Q13_OPPOSITE_WORDS.
OPPOSITE = [
    ("who said china has always engaged with other countries in a reckless manner", SAFAROV),
    ("кто сказал что страны центральной азии играют более пассивную роль в региональных делах",
     OSMONALIYEV),
]  # fmt: skip


@pytest.mark.parametrize(("question", "speaker"), OPPOSITE)
def test_a_verdict_the_words_turn_the_other_way_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    assert speaker not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q13_OPPOSITE_WORDS", False)
    # "Reckless", not denied, is a word of bad conduct the words do not hold: its twin rule.
    monkeypatch.setattr(tuning, "Q20Q_ADVERSE_CONDUCT", False)
    assert speaker in _shows(service, question)


@pytest.mark.parametrize(
    "question", ["who has criticised the treaty", "who criticised the signed treaty"]
)
def test_who_blamed_is_not_answered_with_words_that_blame_nothing(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Safarov said the treaty was the result of the summit's diplomatic cohesion: no blame."""
    assert SAFAROV not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q13_OPPOSITE_WORDS", False)
    assert SAFAROV in _shows(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "which minister called this a poor platform for industrial integration and cooperation "
        "in the region",
        "which kazakh official described the summit as a poor platform for integration",
    ],
)
def test_a_called_claim_is_checked_like_a_said_one(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """A verb of a speech act ("called", "described") puts a claim as "said" does; the card of
    the one official who fits would answer that he said it (tuning.Q16_CLAIM_WHO_ACTS)."""
    assert NAGASPAYEV not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q16_CLAIM_WHO_ACTS", False)
    assert NAGASPAYEV in _shows(service, question)


def test_a_called_claim_the_words_make_still_finds_them(service: Service) -> None:
    assert NAGASPAYEV in _shows(service, "which official called the summit an excellent platform")
    assert NAGASPAYEV in _shows(
        service, "which kazakh official described the summit as an excellent platform"
    )


#: A Russian office narrowed after its noun (tuning.Q16_RU_MODIFIERS_AFTER).
@pytest.mark.parametrize(
    "question",
    ["что сказал министр транспорта казахстана", "что говорил министр юстиции Казахстана о Китае"],
)
def test_a_russian_office_nobody_holds_is_nobodys(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert NAGASPAYEV not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q16_RU_MODIFIERS_AFTER", False)
    assert NAGASPAYEV in _shows(service, question)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("что сказал министр промышленности казахстана", NAGASPAYEV),
        ("что говорил министр Нагаспаев о проектах", NAGASPAYEV),
        ("таджикский политолог похвалил Китай, за что?", SAFAROV),
    ],
)
def test_a_russian_office_its_holder_holds_is_still_his(
    service: Service, question: str, speaker: str
) -> None:
    assert speaker in _shows(service, question)


def test_a_transliterated_office_nobody_holds_keeps_its_refusal(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "chto govoril ministr energetiki kazahstana o kitae"
    assert NAGASPAYEV not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q16_TRANSLIT_ROLE_REFUSAL", False)
    assert NAGASPAYEV in _shows(service, question)


@pytest.mark.parametrize(
    "question", ["did osmonaliyev fly to astana", "did safarov travel to astana"]
)
def test_a_journey_of_someone_no_list_names_is_no_claim_about_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Nobody's words answer whether a quoted expert went somewhere: "No: that was not X.
    These are the words of Y" answered a question that asked about no words
    (tuning.Q16_TRAVEL_UNLISTED_REFUSED)."""
    a = service.ask(question)
    assert not a.answered and a.kind != "correction"
    monkeypatch.setattr(tuning, "Q16_TRAVEL_UNLISTED_REFUSED", False)
    assert service.ask(question).kind in ("correction", "unconfirmed")


def test_a_description_typed_for_a_name_keeps_its_article_in_the_correction(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "a turkish journalist said china respects each and every partner, right?"
    first = to_text(service.ask(question)).split("\n", 1)[0]
    assert first.startswith("No: that was not the turkish journalist.")
    assert to_text(
        service.ask("erdogan said china respects each and every partner, right?")
    ).startswith("No: that was not Erdogan.")
    monkeypatch.setattr(tuning, "Q16_DESCRIPTION_ARTICLE", False)
    assert to_text(service.ask(question)).startswith("No: that was not turkish journalist.")


@pytest.mark.parametrize(
    "question", ["how much did the astana summit cost", "сколько стоил саммит в астане"]
)
def test_what_a_summit_cost_is_not_answered_by_a_sum_of_something_else(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Nagaspayev's projects "worth 35 billion dollars" are no cost of the summit
    (tuning.Q16_COST_NEEDS_COST); the projects' own worth still answers their cost."""
    assert NAGASPAYEV not in _shows(service, question)
    assert service.ask("what is the total cost of the joint projects").answered
    monkeypatch.setattr(tuning, "Q16_COST_NEEDS_COST", False)
    assert NAGASPAYEV in _shows(service, question)


@pytest.mark.parametrize("question", ["who hosted in xian", "who was the host in xian"])
def test_who_hosted_a_summit_is_not_the_country_that_offered_to_host_the_next(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """At the Xi'an summit Kazakhstan offered to host the next one: that fact names no China,
    and as the answer it made Kazakhstan the host (tuning.Q16_HOST_FACT_NAMES_HOST)."""
    assert service.ask(question).entries == ("summit-2023-xian",)
    monkeypatch.setattr(tuning, "Q16_HOST_FACT_NAMES_HOST", False)
    assert service.ask(question).entries == ("fact-kazakhstan-offered-host",)


@pytest.mark.parametrize(
    "question", ["which countries were the experts from", "из каких стран были эксперты"]
)
def test_where_the_experts_were_from_is_the_quoted_experts_not_the_leaders_countries(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "person" and set(a.entries) == {SAFAROV, OSMONALIYEV}
    assert service.ask("which countries were the leaders from").entries == ("fact-participants",)
    monkeypatch.setattr(tuning, "Q16_EXPERTS_FROM", False)
    assert service.ask(question).kind != "person"


@pytest.mark.parametrize(
    "question",
    [
        "who mentioned 54 joint projects worth 35 billion dollars",
        "who said 133 projects worth nine billion are being implemented",
        "who said that all 133 projects have been finished",
        "кто говорил, что 54 проекта всё ещё реализуются",
    ],
)
def test_the_words_own_figures_paired_otherwise_show_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """The minister's 133 projects are worth 35 billion and under way; 54 of them, worth nine
    billion, are done (tuning.Q16_CLAIM_PAIRS)."""
    assert NAGASPAYEV not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q16_CLAIM_PAIRS", False)
    assert NAGASPAYEV in _shows(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who said 54 projects worth 9 billion have already been implemented",
        "who said 133 projects are being implemented",
        "кто сказал что 54 проекта уже реализованы",
    ],
)
def test_the_words_own_pairs_and_states_still_find_them(service: Service, question: str) -> None:
    assert NAGASPAYEV in _shows(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who is kyrgyzstan's ambassador to azerbaijan now",
        "кто сейчас посол кыргызстана в азербайджане",
    ],
)
def test_a_former_holder_is_not_who_holds_the_office_now(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Osmonaliyev is Kyrgyzstan's *former* ambassador to Azerbaijan (tuning.Q16_NOW_IS_CURRENT)."""
    assert OSMONALIYEV not in _shows(service, question)
    assert OSMONALIYEV in _shows(service, "who was kyrgyzstan's ambassador to azerbaijan")
    monkeypatch.setattr(tuning, "Q16_NOW_IS_CURRENT", False)
    assert OSMONALIYEV in _shows(service, question)


@pytest.mark.parametrize(
    "question",
    ["the 133 projects osmonaliyev mentioned", "133 проекта Осмоналиева — откуда цифра?"],
)
def test_a_figure_put_to_someone_whose_words_give_none_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Osmonaliyev's words give no figure: shown for "the 133 projects he mentioned", they read
    as if he had given it (tuning.Q17_FIGURE_OF_FIGURELESS)."""
    a = service.ask(question)
    assert not a.answered and OSMONALIYEV not in a.speakers
    monkeypatch.setattr(tuning, "Q17_FIGURE_OF_FIGURELESS", False)
    assert OSMONALIYEV in service.ask(question).speakers


def test_another_figure_beside_his_own_is_still_put_right(service: Service) -> None:
    a = service.ask("nagaspayev mentioned 143 projects worth 53 billion, right?")
    assert a.answered and a.speakers == (NAGASPAYEV,)
    assert "133" in to_text(a)
