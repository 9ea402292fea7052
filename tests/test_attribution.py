"""The quote-attribution finder shared by ``kb check`` and ``kb import`` (bot/attribution.py)."""

from __future__ import annotations

import pytest

from bot.attribution import analyse, gender_of_name, names_match, scan_spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('He said "one" and "two".', ["one", "two"]),
        ("“It’s the “people’s bridge”,” she said.", ["It’s the “people’s bridge”,"]),
        ("«Это „Галкыныш“ и точка», — сказал он.", ["Это „Галкыныш“ и точка"]),
        ("„Зрители приходили семьями“, — сказал он.", ["Зрители приходили семьями"]),
        ("He said ‘Silk Road of Minds’ twice.", ["Silk Road of Minds"]),
        ('"First paragraph.\n\n"Second one," he said.', ["First paragraph. Second one,"]),
        ('"Left open.\n\nA new paragraph without a mark.', []),
    ],
    ids=["straight", "curly-nested", "guillemets-nested", "german", "single", "multi", "open"],
)
def test_scan_spans(text: str, spans: list[str]) -> None:
    assert [s.text for s in scan_spans(text)] == spans


@pytest.mark.parametrize(
    ("written", "forms", "same"),
    [
        ("Сафарова", ["Сайфулло Сафаров"], True),  # genitive of a masculine surname
        ("Сафаровым", ["Сафаров"], True),
        ("Абдуллаевой", ["Нилуфар Абдуллаева"], True),
        ("Safarov", ["Saifullo Safarov"], True),
        ("Wang Li", ["Wang Lei"], False),
        ("Sukhbaatar Sukhbaatar", ["Sukhbaatar Sukhtsetseg"], False),
        ("Алибек Куантыров", ["Айгерим Куантырова"], False),
        ("Osmonaliyev", ["Osmonaliev"], False),  # a spelling variant is an alias, not a case
    ],
)
def test_names_match(written: str, forms: list[str], same: bool) -> None:
    assert names_match(written, forms) is same


def test_gender_from_surname_in_either_script() -> None:
    assert [gender_of_name(n) for n in ("Айгерим Куантырова", "Kuantyrova", "Wang Lei")] == [
        "f",
        "f",
        None,
    ]
    assert gender_of_name("Алибек Куантыров") == "m"


def test_pronoun_resolves_by_gender_past_the_last_name() -> None:
    """«По ее словам» after a paragraph naming a man goes back to the woman named before."""
    text = (
        "Экономист Айгерим Сапарова выступила первой.\n"
        "«Вопрос в цене», — ответил ей посол Хэ Линь.\n"
        "По ее словам, «проект окупится за семь лет».\n"
    )
    got = [(q.text, q.speaker, q.cue) for q in analyse(text).quotations]
    assert got == [
        ("Вопрос в цене", "Хэ Линь", "said_X"),
        ("проект окупится за семь лет", "Айгерим Сапарова", "pronoun"),
    ]


def test_names_titles_and_scare_quotes_are_not_speech() -> None:
    text = (
        'Kazakh Trade Minister Aidos Nurlanov signed the "Astana Trade Charter" on Friday.\n'
        "“It is not a “debt trap”,” Nurlanov said.\n"
    )
    a = analyse(text)
    assert [(q.text, q.speaker) for q in a.quotations] == [
        ("It is not a “debt trap”,", "Aidos Nurlanov")
    ]
    assert [s.text for s in a.not_speech] == ["Astana Trade Charter"]


def test_he_said_points_to_the_last_person_named() -> None:
    text = (
        "Aidos Nurlanov, a trade minister, opened the forum. Later Rustam Beknazarov, an "
        'economist, took the floor.\n"Prices will fall," he said.\n'
    )
    (q,) = analyse(text).quotations
    assert (q.speaker, q.written) == ("Rustam Beknazarov", "he")


def test_officials_and_agencies_are_not_people() -> None:
    """A plural noun or a news agency next to "said" must not become the last person named,
    or the next "he said" would be theirs."""
    text = (
        'Aidos Nurlanov, a trade minister, spoke first. "Prices will fall," he said.\n'
        "Officials said the talks would resume. Xinhua said the date was not set.\n"
        '"We are ready," he added.\n'
    )
    a = analyse(text)
    assert [p.name for p in a.people] == ["Aidos Nurlanov"]
    assert [q.speaker for q in a.quotations] == ["Aidos Nurlanov", "Aidos Nurlanov"]


def test_the_family_name_he_is_not_the_pronoun() -> None:
    """ "said He Bo" names He Bo (a Chinese family name), not the last man named; a sentence's
    own "He said" stays a pronoun."""
    text = (
        "Analyst Bolat Kairbekbayev spoke first.\n"
        '"Trade between our countries grows every year," said He Bo, China\'s Deputy Minister '
        "of Finance.\n"
        'He said: "New roads and railways come next."\n'
    )
    got = [(q.text, q.speaker) for q in analyse(text).quotations]
    assert got == [
        ("Trade between our countries grows every year,", "He Bo"),
        ("New roads and railways come next.", "He Bo"),
    ]
