"""Issue 13, questions that take a wrong detail as given, round 23 (q23trap).

Each test fails when its rule (bot/tuning.py, section "q23trap") is switched off; the near
misses beside them keep their old answers.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service

# --- a teller of the user's with no possessive (tuning.Q23_BARE_TELLER) ------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "учитель сказал, что в Астане был третий саммит, это так?",
            "Нет: саммит в Астане — второй саммит «Китай — Центральная Азия».",
        ),
        (
            "uchitel skazal chto v astane byl tretiy sammit, eto tak?",
            "Нет: саммит в Астане — второй саммит «Китай — Центральная Азия».",
        ),
        ("teacher said astana hosted the third summit, right?", "No: not in Astana"),
        ("the teacher said that astana hosted the third summit, right?", "No: not in Astana"),
    ],
)
def test_bare_teller_is_the_frame_not_a_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and not a.speakers, text
    assert text.startswith(lead), text
    # Off: the teacher is a speaker the base does not quote («нет высказываний «Учитель»»).
    monkeypatch.setattr(tuning, "Q23_BARE_TELLER", False)
    off = to_text(service.ask(question))
    assert not off.startswith(lead), off


def test_bare_teller_off_reads_an_unknown_speaker(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tuning, "Q23_BARE_TELLER", False)
    off = to_text(service.ask("учитель сказал, что в Астане был третий саммит, это так?"))
    assert "«Учитель»" in off, off


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # nothing after the frame: still no one the base quotes
        ("Учитель сказал", "«Учитель»"),
        # an office of the news stays a speaker: Osmonaliyev's name, Nagaspayev's words
        ("Посол сказал про 133 проекта, так?", "Нет, это сказал не Кайрат Осмоналиев."),
    ],
)
def test_bare_teller_near_misses(service: Service, question: str, shown: str) -> None:
    text = to_text(service.ask(question))
    assert shown in text, text


def test_bare_teller_not_read_as_a_speaker_keeps_its_answer(service: Service) -> None:
    # "Друг говорит ...", a claim the base cannot judge: refused as before, with nobody's words.
    a = service.ask("Друг говорит, что саммит в Сиане был больше астанинского. Это так?")
    assert not a.answered and not a.speakers, to_text(a)


# --- a document the sources do not name, put at a held summit (tuning.Q23_DOCUMENT_MISNAMED) ---

_ASTANA_SIGNED = (
    "my sources say the Astana Declaration and the Treaty of Permanent Good-Neighborliness and "
    "Friendly Cooperation."
)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what's in the bishkek declaration they signed in astana",
            f"No: not the Bishkek Declaration: {_ASTANA_SIGNED}",
        ),
        (
            "What's in the Treaty on Eternal Friendship and Military Alliance signed in Astana?",
            f"No: not the Treaty on Eternal Friendship and Military Alliance: {_ASTANA_SIGNED}",
        ),
        (
            "the bishkek declaration was signed in astana, right?",
            f"No: not the Bishkek Declaration: {_ASTANA_SIGNED}",
        ),
        (
            "what's in the bishkek declaration signed in xian",
            "No: not the Bishkek Declaration: my sources say the Xi'an Declaration.",
        ),
    ],
)
def test_misnamed_document_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, lead: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and not a.speakers, text
    assert text.startswith(lead), text
    # Off: "I don't have an answer to ..." (refused).
    monkeypatch.setattr(tuning, "Q23_DOCUMENT_MISNAMED", False)
    off = service.ask(question)
    assert not off.answered, to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "what's in the declaration signed in astana",  # no name: the signing, no "No"
        "what's in the astana declaration signed in astana",  # its own document
        "what's in the bishkek declaration signed in tashkent",  # no summit held there
        "what's in the dushanbe declaration",  # no place it was signed
    ],
)
def test_misnamed_document_near_misses(service: Service, question: str) -> None:
    text = to_text(service.ask(question))
    assert "No: not the" not in text, text
