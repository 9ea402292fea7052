"""Russian typed in Latin letters is read as Russian (bot/translit.py via Service.ask)."""

from __future__ import annotations

import pytest

from bot.render import to_text
from bot.service import Service
from bot.translit import looks_translit, to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("kto skazal pro 133 proekta", "кто сказал про 133 проекта"),
        ("kogda sleduyushchiy sammit", "когда следующий саммит"),
        ("kto takoy nagaspaev", "кто такой нагаспаев"),
        ("kogda byl vtoroi sammit", "когда был второй саммит"),
    ],
)
def test_common_transliteration_reads_back(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("question", "entry", "speaker"),
    [
        ("kto skazal pro 133 proekta", "nagaspayev-industrial-cooperation", "yersaiyn-nagaspayev"),
        ("kogda sleduyushchiy sammit", "summit-2027-china", None),
        ("gde budet sleduyushii sammit", "summit-2027-china", None),
        (
            "kto skazal chto kitai uvazhaet partnerov",
            "safarov-treaty-way-forward",
            "saifullo-safarov",
        ),
    ],
)
def test_transliterated_russian_is_answered(
    service: Service, question: str, entry: str, speaker: str | None
) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == entry
    assert a.speakers == ((speaker,) if speaker else ())
    assert a.lang == "ru"


def test_a_false_attribution_in_translit_is_still_corrected(service: Service) -> None:
    a = service.ask("pravda chto tokaev skazal pro 133 proekta na 35 mlrd?")
    assert a.kind == "correction" and a.speakers == ("yersaiyn-nagaspayev",)


@pytest.mark.parametrize(
    "question",
    ["chto skazal lukashenko na sammite", "kakoi kurs dollara segodnya"],
)
def test_transliterated_off_topic_is_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    assert a.lang == "ru"  # refused in the language it was written in
    # "lukashenko" is refused as a speaker the base does not know ("В моей базе знаний нет
    # высказываний «Лукашенко»", capitalised as a name), the exchange rate as off the base.
    assert "в моей базе знаний нет" in to_text(a).lower()
    if "lukashenko" in question:
        assert "«Лукашенко»" in to_text(a)


@pytest.mark.parametrize("question", ["whats the wether in paris", "price of oil today"])
def test_english_off_topic_is_refused_in_english(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and a.lang == "en"


@pytest.mark.parametrize(
    "question",
    ["who said china respects each and every partner", "whats the wether in astna", "safarov"],
)
def test_english_is_never_transliterated(service: Service, question: str) -> None:
    assert not looks_translit(service.snapshot.index, question)
