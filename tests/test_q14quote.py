"""Round 14, who said what: words shown for a claim they do not make.

The questions are written for these tests (not taken from any development or blind set).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service

#: Safarov's treaty "points the way forward" is China's with Central Asia: a claim naming a
#: country or party the base does not know is no one's words (Q14_CLAIM_PARTY_ABSENT).
PARTY_UNKNOWN = [
    "who said the treaty with the united states is the way forward",
    "who said the united states respects each and every partner",
    "who said china respects each and every partner, including the united states",
]


@pytest.mark.parametrize("question", PARTY_UNKNOWN)
def test_a_claim_naming_a_party_the_base_does_not_know_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "Q14_CLAIM_PARTY_ABSENT", False)
    assert service.ask(question).speakers == ("saifullo-safarov",)


def test_nato_is_no_party_to_safarovs_treaty_either(service: Service) -> None:
    """ "nato" is no longer repaired into "nations" (tuning.Q14_SHORT_REPAIR_ONE_EDIT), so the
    lexical stage leaves it unknown as well: the claim is refused by either rule (no switch-off
    example here; the united states above are this rule's alone)."""
    a = service.ask("who said the treaty with nato is the way forward")
    assert not a.answered and not a.speakers


def test_a_claim_put_to_a_named_person_with_an_unknown_party_is_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "did safarov say the treaty with the united states is the way forward"
    a = service.ask(question)
    assert not a.answered and not a.speakers
    monkeypatch.setattr(tuning, "Q14_CLAIM_PARTY_ABSENT", False)
    assert service.ask(question).speakers == ("saifullo-safarov",)


@pytest.mark.parametrize(
    "question",
    [
        "who said the treaty with the eu is the way forward",
        "who said the treaty with russia points the way forward",
        "who said the treaty with india is the way forward",
        "кто сказал что договор с россией это путь вперед",
        "кто сказал что договор с США указывает путь вперед",
    ],
)
def test_near_misses_naming_other_parties_stay_refused(service: Service, question: str) -> None:
    assert not service.ask(question).speakers


@pytest.mark.parametrize(
    "question",
    [
        "who said the treaty is the way forward",
        # Not a party: the pronoun, and Beijing (China, a party the base knows).
        "who said china respects us and every partner",
        "which ex-diplomat said cooperation with beijing is a top priority for central asia",
    ],
)
def test_claims_without_an_unknown_party_still_answer(service: Service, question: str) -> None:
    assert service.ask(question).answered


#: A rank the words never state: Safarov's treaty "points the way forward" and says nothing of
#: a first (or second) place (Q14_RANK_UNSAID).
RANK_UNSAID = [
    "who said china is coming second for central asia",
]
#: The same, where q14lex's reading of "comes first" / "first partner" as a priority
#: (tuning.Q14_IDIOMS) keeps Safarov's words away too: no switch-off example, both rules hold.
#: "Comes second" too, since "come"/"comes" are no topic (tuning.Q15_COME_NO_TOPIC: "comes" no
#: longer reads "next", the stem of "coming").
RANK_ALSO_AN_IDIOM = [
    "who said china comes second for central asia",
    "who said china comes first for central asia",
    "who said china is the first partner for central asia",
    "who said the treaty comes first",
]


@pytest.mark.parametrize("question", RANK_ALSO_AN_IDIOM)
def test_a_first_place_read_either_way_shows_no_wrong_speaker(
    service: Service, question: str
) -> None:
    assert service.ask(question).speakers in ((), ("kairat-osmonaliyev",))


@pytest.mark.parametrize("question", RANK_UNSAID)
def test_a_rank_the_words_never_state_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert "saifullo-safarov" not in a.speakers
    assert a.speakers in ((), ("kairat-osmonaliyev",))
    monkeypatch.setattr(tuning, "Q14_RANK_UNSAID", False)
    assert service.ask(question).speakers == ("saifullo-safarov",)


def test_first_place_stated_as_a_top_priority_still_answers(service: Service) -> None:
    # Osmonaliyev places cooperation with China "as a top priority": first place, in words.
    a = service.ask("кто сказал что китай на первом месте для центральной азии")
    assert a.speakers == ("kairat-osmonaliyev",)


@pytest.mark.parametrize(
    ("question", "shown_off"),
    [
        # The treaty's official name, a fact of nobody's: no Chinese official is quoted.
        ("was a chinese official quoted?", "fact-treaty-name"),
        ("was a chinese expert quoted?", "fact-summit-reception"),
        # Nagaspayev is Kazakh: his words are no Russian official's.
        ("was a russian official quoted", "nagaspayev-industrial-cooperation"),
    ],
)
def test_a_kind_of_person_quoted_is_never_answered_by_a_fact_or_another_country(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, shown_off: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers and not a.entries
    monkeypatch.setattr(tuning, "Q14_KIND_QUOTED_CHECKED", False)
    assert service.ask(question).entries[:1] == (shown_off,)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("was a kazakh official quoted?", "yersaiyn-nagaspayev"),
        ("was any government official quoted or only experts?", "yersaiyn-nagaspayev"),
        ("was a tajik expert quoted", "saifullo-safarov"),
    ],
)
def test_a_kind_of_person_quoted_of_the_right_country_still_answers(
    service: Service, question: str, speaker: str
) -> None:
    assert service.ask(question).speakers == (speaker,)


def test_a_claim_put_to_a_person_never_quoted_shows_what_he_reported_at_the_summit(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.render import to_text

    question = "did Wang Yi say 133 projects were agreed in astana?"
    a = service.ask(question)
    text = to_text(a)
    assert not a.speakers  # no one's quote: the 133 projects are Nagaspayev's
    assert "no quotes from" in text and "Wang Yi" in text
    assert "More than 100 cooperation outcomes" in text
    assert "133" not in text.split("a reported fact, not a quote")[-1]
    monkeypatch.setattr(tuning, "Q14_REPORTED_AT_SUMMIT", False)
    assert "More than 100 cooperation outcomes" not in to_text(service.ask(question))


def test_no_reported_fact_without_the_summit_it_was_reported_at(service: Service) -> None:
    from bot.render import to_text

    # Tokayev: the base reports nothing he said in Astana; nobody's words either.
    a = service.ask("did tokayev say 133 projects were agreed in astana?")
    assert not a.speakers
    assert "More than 100 cooperation outcomes" not in to_text(a)


@pytest.mark.parametrize(
    ("question", "shown_off"),
    [
        ("name all six presidents who were there", "fact-leaders-xian"),
        ("назовите всех президентов", "fact-belt-and-road"),
    ],
)
def test_a_request_to_name_the_presidents_asks_for_the_list(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, shown_off: str
) -> None:
    assert service.ask(question).entries == ("fact-leaders-astana",)
    monkeypatch.setattr(tuning, "Q14_NAME_THE_LIST", False)
    # A twin: «назовите» is a request, no topic, since round 30 (tuning.L30_RU_REQUESTS).
    monkeypatch.setattr(tuning, "L30_RU_REQUESTS", False)
    assert service.ask(question).entries == (shown_off,)


def test_the_name_of_one_president_is_no_list(service: Service) -> None:
    a = service.ask("what is the name of the president of kazakhstan")
    assert a.speakers == ("kassym-jomart-tokayev",)


def test_a_kind_of_person_never_quoted_is_said_to_have_no_quotes(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.render import to_text

    question = "was a chinese minister quoted"
    a = service.ask(question)
    assert not a.speakers and "no quotes from" in to_text(a) and "Wang Yi" in to_text(a)
    monkeypatch.setattr(tuning, "Q14_KIND_QUOTED_CHECKED", False)
    assert service.ask(question).kind == "person"  # his card, as if he were quoted
