"""Round 19, the lead's rules (tuning "# lead, round 19" section).

Each rule is switched off once to show its test notices it. The questions are written for these
tests (the one blind item read is in the tuning comment, not here).
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


@pytest.mark.parametrize(
    "question",
    [
        "сколько людей живёт в таджикистане",
        "сколько человек живёт в кыргызстане?",
        "какие люди из таджикистана",
        "skolko lyudey zhivet v tadzhikistane",
    ],
)
def test_people_counted_or_in_the_plural_name_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """«Людей» is read as «человек», a person noun: "a Tajik person" was Safarov's card."""
    a = service.ask(question)
    assert not a.speakers, a.entries
    monkeypatch.setattr(tuning, "Q19_PEOPLE_COUNTED", False)
    assert service.ask(question).speakers


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("кто этот человек из таджикистана", "saifullo-safarov"),
        ("the tajik person, who is he", "saifullo-safarov"),
        ("этот человек из казахстана, министр, кто он", "yersaiyn-nagaspayev"),
    ],
)
def test_one_person_described_is_still_found(service: Service, question: str, person: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[:1] == (person,)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what did the uzbek industry minister say",
            "Not the uzbek industry minister: Yersaiyn Nagaspayev is Kazakhstan's Minister",
        ),
        (
            "the tajik minister of industry said there are many mining projects, who was he",
            "Not the tajik minister of industry: Yersaiyn Nagaspayev",
        ),
        ("что сказал киргизский министр промышленности", "Не «киргизский министр промышленности»"),
        ("who is the uzbek industry minister", "Not the uzbek industry minister: Yersaiyn"),
    ],
)
def test_an_office_of_another_country_is_put_right_before_the_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    """The one holder of the office answers, under a lead that puts the country right, never
    under a "Yes" that confirms it."""
    a = service.ask(question)
    assert a.entries[:1] in (("nagaspayev-industrial-cooperation",), ("yersaiyn-nagaspayev",))
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q19_ROLE_WRONG_COUNTRY", False)
    assert not to_text(service.ask(question)).startswith(lead.split(":")[0])


@pytest.mark.parametrize(
    "question", ["what did the kazakh industry minister say", "what did the industry minister say"]
)
def test_an_office_described_rightly_gets_the_words_alone(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert text.startswith("Yersaiyn Nagaspayev, Kazakhstan's Minister of Industry"), text


@pytest.mark.parametrize(
    "question",
    [
        "Safarov said the same principles of good-neighborly relations are upheld — right?",
        "did safarov say the principles of good-neighborly relations are upheld?",
    ],
)
def test_a_passive_claim_of_the_words_is_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """ "We uphold the same principles": the passive names what is upheld first; no swap."""
    assert to_text(service.ask(question)).startswith("Yes: these are the words of Saifullo")
    monkeypatch.setattr(tuning, "Q19_PASSIVE_NO_SWAP", False)
    assert not to_text(service.ask(question)).startswith("Yes")


def test_a_claim_said_of_another_is_still_unconfirmed(service: Service) -> None:
    text = to_text(service.ask("did osmonaliyev say china is proactive in the region"))
    assert text.startswith("I can't confirm"), text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "safarov, kazakhstan's minister, said what about the treaty?",
            "Not kazakhstan's minister: Saifullo Safarov is chairman of the Association",
        ),
        (
            "Kyrgyz political scientist Safarov said the same principles of good-neighborly "
            "relations are upheld — right?",
            "Not the Kyrgyz political scientist: Saifullo Safarov is chairman",
        ),
        (
            "Kairat Osmonaliyev, the Kyrgyz ambassador to Turkey, said Central Asia is more "
            "proactive — right?",
            "Not the Kyrgyz ambassador to Turkey: my sources say Kairat Osmonaliyev is",
        ),
    ],
)
def test_a_wrong_description_is_put_right_once_as_written(
    service: Service, question: str, lead: str
) -> None:
    """Two rules read a description beside a name (Q19Q_NAME_DESCRIBED, Q19_SPEAKER_DETAIL):
    the answer puts it right once, with the words the user wrote and, in English, an article."""
    text = to_text(service.ask(question))
    assert text.startswith(lead), text
    assert text.count("Not ") == 1, text


def test_a_verb_is_no_word_of_a_description(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "which tajik guy praised osmonaliyev"
    assert "praised:" not in to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q20_VERB_NO_DESCRIPTION", False)
    # (Its twin Q21Q_NAME_AS_TOPIC reads the name after the verb as whom the tajik guy
    # praised, and refuses: no description of Osmonaliyev is read at all.)
    monkeypatch.setattr(tuning, "Q21Q_NAME_AS_TOPIC", False)
    assert to_text(service.ask(question)).startswith("Not the tajik guy praised:")
