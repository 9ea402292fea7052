"""Lead rules of round 26 (bot/tuning.py, section "lead, round 26")."""

from __future__ import annotations

import pytest

from bot import longmsg, tuning
from bot.render import to_text
from bot.service import Service

OSMONALIYEV = "kairat-osmonaliyev"
SAFAROV = "saifullo-safarov"
NAGASPAYEV = "yersaiyn-nagaspayev"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("'the summit fully shows central asia is more proactive' - source?", OSMONALIYEV),
        ("source for 'the summit fully shows central asia is more proactive'?", OSMONALIYEV),
        ("the summit fully shows central asia is more proactive - citation?", OSMONALIYEV),
        ("the summit fully shows central asia is more proactive - is this real?", OSMONALIYEV),
        ("the summit fully shows central asia is more proactive. Is this real?", OSMONALIYEV),
        ("the heads of state jointly signed the treaty - citation?", SAFAROV),
        (
            "«саммит в полной мере показывает, что центральная азия более активна» — источник?",
            OSMONALIYEV,
        ),
    ],
)
def test_words_given_to_check_are_read_as_who_said_them(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    # "'W' - source?" was refused although "W" alone is Osmonaliyev's: the request ("source",
    # "is this real", «источник») added words the quote lacks. The words are read as "who
    # said W", and the speaker who said them is shown with them. Its twin, "what a summit
    # shows it demonstrates" (Q26T_SUMMIT_SHOWS), is off: this rule is tested alone.
    monkeypatch.setattr(tuning, "Q26T_SUMMIT_SHOWS", False)
    a = service.ask(question)
    assert a.answered and a.speakers == (speaker,), to_text(a)
    monkeypatch.setattr(tuning, "Q26_CHECK_REQUEST", False)
    assert not service.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "china imposes its will on central asia - source?",
        "the weather in astana was lovely - source?",
        "It was hot in Astana. Source?",
        "source for 'china will build a naval base in the caspian'?",
        "Китай навязывает свою волю региону — источник?",
    ],
)
def test_words_nobody_said_stay_refused_when_asked_to_check(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        "who said so the central asian states respect each and every partner",
        "so the central asian states respect each and every partner - who said that",
        "who said basically central asia respects each and every partner",
    ],
)
def test_a_filler_before_the_subject_keeps_the_subject_check(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # Safarov's words say China respects each and every partner. "so" stood where the subject
    # check looks for the first party, so "the central asian states" put in China's place went
    # unseen and his words were shown as if he had said it.
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)
    monkeypatch.setattr(tuning, "Q26_CLAIM_FILLERS", False)
    assert service.ask(question).speakers == (SAFAROV,)


@pytest.mark.parametrize(
    "question",
    [
        "who said so china respects each and every partner",
        "who said like china respects every partner",
    ],
)
def test_a_filler_before_the_right_subject_is_still_answered(
    service: Service, question: str
) -> None:
    assert service.ask(question).speakers == (SAFAROV,)


def test_a_question_inside_tell_me_is_asked_not_claimed(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "tell me what Tokayev said" was read as the claim that Tokayev said "tell me what", and
    # corrected with another man's words ("No: that was not Kassym-Jomart Tokayev. These are
    # the words of Yersaiyn Nagaspayev"), though the user claimed nothing.
    question = "tell me what Tokayev said"
    a = service.ask(question)
    assert a.kind == "unknown_person" and not a.speakers, to_text(a)
    assert not to_text(a).startswith("No"), to_text(a)
    safarov = service.ask("tell me what Safarov said about the treaty")
    assert safarov.answered and safarov.speakers == (SAFAROV,), to_text(safarov)
    # A claim stays a claim, corrected as before.
    claim = service.ask("Tokayev said 54 projects were done, right?")
    assert to_text(claim).startswith("No: that was not Kassym-Jomart Tokayev"), to_text(claim)
    monkeypatch.setattr(tuning, "Q26_EMBEDDED_QUESTION", False)
    assert to_text(service.ask(question)).startswith("No: that was not"), question


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("need the political scientist's words about sincere cooperation", SAFAROV),
        ("need the source for '133 projects' – who said it, what's his job?", NAGASPAYEV),
    ],
)
def test_need_opening_a_message_is_the_users_want(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    # "I need the political scientist's words …" showed Safarov's; without the "I", "need"
    # was a word no entry holds and the question was refused.
    a = service.ask(question)
    assert a.answered and a.speakers == (speaker,), to_text(a)
    monkeypatch.setattr(tuning, "Q26_NEED_FIRST", False)
    assert not service.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["need a quote about the weather in astana", "need the words of Tokayev about the summit"],
)
def test_need_first_adds_no_words(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


def test_an_office_qualifier_the_person_lacks_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "who is the foreign minister of kazakhstan?" showed Nagaspayev's card (found by "minister"
    # and "kazakhstan") with no word that he is no foreign minister.
    # Twin rule: since round 30 nobody holds an office asked (tuning.L30_OFFICE_NOBODY_HOLDS:
    # refused, tests/test_lead30.py); switched off, this rule's lead is what is read.
    monkeypatch.setattr(tuning, "L30_OFFICE_NOBODY_HOLDS", False)
    question = "who is the foreign minister of kazakhstan?"
    a = service.ask(question)
    assert to_text(a).startswith("Not the foreign minister of kazakhstan: Yersaiyn Nagaspayev is")
    assert a.entries == (NAGASPAYEV,), to_text(a)
    for fitting in ("who is the industry minister of kazakhstan", "who is the kazakh minister"):
        assert not to_text(service.ask(fitting)).startswith("Not"), fitting
    assert service.ask("who is the chinese foreign minister").entries == ("wang-yi",)
    monkeypatch.setattr(tuning, "Q26_OFFICE_QUALIFIER", False)
    assert to_text(service.ask(question)).startswith("Yersaiyn Nagaspayev:")


def test_who_said_that_after_framed_words_reads_the_words_without_the_frame() -> None:
    # "Who said that?" is a check request too, but the words before it are read by the older
    # rule (WHO_SAID_THAT_BEFORE), which takes off the frame: the check-request reading put
    # "who said There's a line that …" first, the frame read as words said.
    readings = longmsg.readings(
        "There's a line that the summit fully demonstrates a more proactive Central Asia. "
        "Who said that?"
    )
    assert "who said the summit fully demonstrates a more proactive Central Asia" in readings
    assert not any(r.startswith("who said There's") for r in readings), readings
