"""The texts a user reads: person cards, counts, corrections, no curator wording, and Telegram's
UTF-16 length limits.

Cards and counts use the small base in ``tests/fixtures/kb/texts`` (people whose role does and
does not contain their organization and country); the properties over every answer use the
repository's own base, without assuming its size.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.answer import Answer, Block, SourceRef, distinct_parts, plural
from bot.render import TELEGRAM_LIMIT, cut_utf16, to_html, to_text, visible_length
from bot.service import Service
from handlers.common import App, button_label, pack_html, plain_html
from handlers.inline import build_results
from handlers.texts import texts_for
from tests.conftest import feed
from tests.fake_bot_api import FakeBotAPI, message_update
from tests.telegram_html import validate_telegram_html, visible_text

FIXTURE = Path(__file__).parent / "fixtures" / "kb" / "texts"
#: Wording meant for curators, never for users.
CURATOR_WORDING = re.compile(
    r"seed article|curator|corroboration|TODO|FIXME|XXX|CURATOR-ONLY|\bnote:", re.IGNORECASE
)
EMOJI = "😀"  # U+1F600: one code point, two UTF-16 code units


@pytest.fixture(scope="module")
def fixture_service() -> Service:
    return Service.from_dir(FIXTURE)


def card(service: Service, person_id: str, lang: str = "en") -> str:
    a = service.entry(person_id, lang)
    assert a is not None and a.kind == "person"
    return to_text(a)


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def occurrences(text: str, part: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(part.casefold())}(?!\w)", text.casefold()))


def utf16_len(text: str) -> int:
    """Telegram's unit, measured here independently of the code under test."""
    return len(text.encode("utf-16-le")) // 2


def utf16_visible(rendered_html: str) -> int:
    """What Telegram checks against 4096: the visible text in UTF-16 code units."""
    return utf16_len(visible_text(rendered_html))


# --- 1. person cards: role, organization and country, each once -------------------------------


@pytest.mark.parametrize(
    ("person_id", "expected"),
    [
        # the role names the country, and the organization word for word up to the endings
        ("anna-example", "Anna Example: Minister of Bridges of Exampleland."),
        # the role names neither
        ("boris-sample", "Boris Sample: political analyst, Sample Institute, Sampleland."),
        # the role names both (in another case)
        ("carla-case", "Carla Case: director of the sample institute in SAMPLELAND."),
        # the organization names the country
        ("dan-doe", "Dan Doe: professor, Sampleland Academy."),
    ],
)
def test_a_person_card_says_role_organization_and_country_once(
    fixture_service: Service, person_id: str, expected: str
) -> None:
    text = card(fixture_service, person_id)
    assert first_line(text) == expected
    for part in ("Exampleland", "Sampleland", "Sample Institute", "Ministry of Bridges"):
        assert occurrences(first_line(text), part) <= 1, (part, text)


def test_a_russian_person_card_says_the_russian_role_once(fixture_service: Service) -> None:
    text = card(fixture_service, "anna-example", "ru")
    assert first_line(text) == "Анна Экзампл: министр мостов Экзампленда."
    assert "Ministry" not in text  # no English organization in a Russian card


def said_up_to_endings(whole: str, part: str) -> bool:
    """Every word of ``part`` longer than three letters is in ``whole`` with another ending
    ("Ministry of Bridges" in "Minister of Bridges of Exampleland")."""
    words = [w for w in re.findall(r"\w+", part.casefold()) if len(w) > 3]
    others = re.findall(r"\w+", whole.casefold())
    return all(any(w[:6] == o[:6] and abs(len(w) - len(o)) <= 2 for o in others) for w in words)


def test_the_real_cards_do_not_repeat_themselves(service: Service) -> None:
    """Every card of the real base shows parts none of which says another again, and every
    field is said by one of them."""
    composer = service.snapshot.composer
    for person in service.snapshot.index.kb.people.values():
        for lang in ("en", "ru"):
            line = first_line(card(service, person.id, lang))
            shown = composer.person_details(person, lang)
            name = person.name_ru if lang == "ru" and person.name_ru else person.name
            assert line == f"{name}: {', '.join(shown)}.", line
            for a in shown:
                assert not [b for b in shown if b != a and occurrences(b, a)], line
            fields = (person.role_ru,) if lang == "ru" else (person.role, person.country)
            for v in (f for f in (*fields, person.organization if lang == "en" else None) if f):
                assert any(occurrences(b, v) or said_up_to_endings(b, v) for b in shown), (v, line)


def test_an_organization_the_role_names_word_for_word_up_to_endings_is_not_repeated() -> None:
    role = "Kazakhstan's Minister of Industry and Construction"
    org = "Ministry of Industry and Construction of Kazakhstan"
    assert distinct_parts((role, org, "Kazakhstan")) == (role,)
    # An organization that says more than the role stays.
    assert distinct_parts(
        ("Minister of Industry", "Ministry of Foreign Affairs", "Kazakhstan")
    ) == (
        "Minister of Industry",
        "Ministry of Foreign Affairs",
        "Kazakhstan",
    )
    # Two parts that say each other: the first stays.
    assert distinct_parts(("Ministry of Energy", "Minister of Energy")) == ("Ministry of Energy",)


def test_distinct_parts_in_either_script() -> None:
    assert distinct_parts(("глава Союза", "союза", "Россия")) == ("глава Союза", "Россия")
    assert distinct_parts(("expert", None, "", "Expert")) == ("expert",)
    # a part is left out only when another says it as whole words
    assert distinct_parts(("Chinaman", "China")) == ("Chinaman", "China")
    assert distinct_parts(("Kazakhstan’s minister", "kazakhstan")) == ("Kazakhstan’s minister",)


# --- 2. counts in proper plurals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("person_id", "lang", "expected"),
    [
        ("anna-example", "en", "Quoted 1 time in my sources."),
        ("boris-sample", "en", "Quoted 2 times in my sources."),
        ("anna-example", "ru", "Цитируется в моих источниках 1 раз."),
        ("boris-sample", "ru", "Цитируется в моих источниках 2 раза."),
    ],
)
def test_a_person_card_counts_quotes_in_proper_plurals(
    fixture_service: Service, person_id: str, lang: str, expected: str
) -> None:
    text = card(fixture_service, person_id, lang)
    assert expected in text
    assert "(s)" not in text


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (0, "раз"),
        (1, "раз"),
        (2, "раза"),
        (4, "раза"),
        (5, "раз"),
        (11, "раз"),
        (12, "раз"),
        (14, "раз"),
        (21, "раз"),
        (22, "раза"),
        (25, "раз"),
        (101, "раз"),
        (111, "раз"),
        (112, "раз"),
        (1003, "раза"),
    ],
)
def test_russian_plural_rule(n: int, word: str) -> None:
    assert plural(n, "time", "ru") == word


@pytest.mark.parametrize(("n", "word"), [(0, "times"), (1, "time"), (2, "times"), (21, "times")])
def test_english_plural_rule(n: int, word: str) -> None:
    assert plural(n, "time", "en") == word


# --- 3. a correction names the real speaker once ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "verdict", "speaker", "role"),
    [
        (
            "did safarov say 133 projects are being implemented",
            "No: that was not Saifullo Safarov.",
            "Yersaiyn Nagaspayev",
            "Kazakhstan's Minister of Industry and Construction",
        ),
        (
            "Сафаров говорил, что реализуется 133 проекта?",
            "Нет, это сказал не Сайфулло Сафаров.",
            "Ерсайын Нагаспаев",
            "министр промышленности и строительства Казахстана",
        ),
    ],
)
def test_a_correction_shows_the_speaker_line_once(
    service: Service, question: str, verdict: str, speaker: str, role: str
) -> None:
    a = service.ask(question)
    assert a.kind == "correction"
    for shown in (to_text(a), visible_text(to_html(a))):
        assert shown.startswith(verdict), shown[:200]
        assert shown.count(speaker) == 1, shown
        assert shown.count(role) == 1, shown
        # the speaker line comes before the quoted words
        assert shown.index(speaker) < shown.index("133 projects worth 35 billion dollars")
    assert f"<b>{speaker}</b>" in to_html(a)


def test_a_correction_of_reported_speech_names_the_speaker_once(service: Service) -> None:
    a = service.ask("did nagaspayev say the treaty was the result of diplomatic cohesion")
    assert a.kind == "correction"
    text = to_text(a)
    assert text.startswith("No: that was not Yersaiyn Nagaspayev. According to")
    assert text.count("Saifullo Safarov") == 1, text


def test_a_confirmation_names_the_speaker_once(service: Service) -> None:
    a = service.ask("did safarov say the treaty points the way forward")
    assert a.kind == "quote" and a.speakers == ("saifullo-safarov",)
    text = to_text(a)
    assert text.startswith("Yes: these are the words of Saifullo Safarov, chairman")
    assert text.count("Saifullo Safarov") == 1, text


# --- 4. curator wording never reaches users ---------------------------------------------------


def every_answer(service: Service) -> list[tuple[str, Answer]]:
    kb = service.snapshot.index.kb
    out: list[tuple[str, Answer]] = []
    for lang in ("en", "ru"):
        for record in kb.all_records():
            a = service.entry(record.id, lang)
            if a is not None:
                out.append((f"{record.id}/{lang}", a))
        out.append((f"people/{lang}", service.people(lang)))
        out.append((f"sources/{lang}", service.sources(lang)))
        out += [(f"summits/{lang}", a) for a in service.summits(lang)]
    return out


def test_no_answer_from_the_real_base_shows_curator_wording(service: Service) -> None:
    answers = every_answer(service)
    assert {name.split("/")[0] for name, _ in answers} >= set(service.snapshot.index.kb.people)
    for name, a in answers:
        for shown in (to_text(a), visible_text(to_html(a))):
            found = CURATOR_WORDING.search(shown)
            assert found is None, (name, found.group(0) if found else "", shown[:300])


def test_curator_only_fields_are_never_rendered(fixture_service: Service) -> None:
    kb = fixture_service.snapshot.index.kb
    assert any("CURATOR-ONLY" in (s.note or "") for s in kb.sources.values())
    assert any("CURATOR-ONLY" in f.statement for f in kb.facts.values())
    answers = every_answer(fixture_service)
    answers.append(("ask", fixture_service.ask("when will the bridge be finished")))
    for name, a in answers:
        assert "CURATOR-ONLY" not in to_text(a), name
        assert "CURATOR-ONLY" not in to_html(a), name


# --- 5. Telegram counts UTF-16 code units -----------------------------------------------------


def test_utf16_length_and_cut() -> None:
    assert utf16_len(EMOJI) == 2
    assert utf16_len("a😀б") == 4
    assert cut_utf16("abc", 3) == "abc"
    # an odd budget never splits a surrogate pair: the half-emoji is left out
    assert cut_utf16(EMOJI * 10, 6) == EMOJI * 2 + "…"
    assert cut_utf16(EMOJI * 10, 5, "") == EMOJI * 2
    for limit in range(0, 30):
        cut = cut_utf16("a" + EMOJI * 20, limit)
        assert utf16_len(cut) <= limit
        cut.encode("utf-8")  # no lone surrogate


def emoji_quote(n: int) -> Answer:
    src = SourceRef("s", "Title", "Outlet", "https://example.com/a", dt.date(2025, 1, 2))
    return Answer(
        "q",
        True,
        "quote",
        (Block("quote", EMOJI * n, "Speaker", "role"), Block("source", source=src)),
        (src,),
        1.0,
        ("q1",),
    )


@pytest.mark.parametrize(("n", "whole"), [(1900, True), (2040, False), (2100, False)])
def test_an_emoji_quote_fits_telegrams_utf16_limit(n: int, whole: bool) -> None:
    """1900 emoji (3800 units) fit whole; 2040 or 2100 emoji are under 4096 code points but
    over 4096 UTF-16 units, which Telegram rejects: they must be shortened."""
    rendered = to_html(emoji_quote(n))
    assert validate_telegram_html(rendered) == []
    assert utf16_visible(rendered) <= TELEGRAM_LIMIT
    assert visible_length(rendered) == utf16_visible(rendered)
    assert ("(answer shortened)" not in rendered) is whole
    if whole:
        assert EMOJI * n in rendered
    else:
        assert rendered.startswith("<b>Speaker</b>, role:\n<blockquote>")


def test_plain_html_packing_and_labels_count_utf16() -> None:
    assert utf16_len(visible_text(plain_html(EMOJI * 3000))) <= TELEGRAM_LIMIT
    assert utf16_len(plain_html(EMOJI * 3000, limit=101)) <= 101
    for message in pack_html([f"<b>{EMOJI * 700}</b>"] * 6):
        assert utf16_visible(message) <= TELEGRAM_LIMIT
    label = button_label(EMOJI * 100)
    assert utf16_len(label) <= 64 and label.endswith("…")


def test_inline_cards_count_utf16(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = emoji_quote(2100)
    monkeypatch.setattr(service, "search", lambda query, limit=10: [answer])
    (result,) = build_results(service, "anything")
    assert utf16_len(result.title) <= 100
    assert result.description is not None and utf16_len(result.description) <= 120
    content = result.input_message_content
    assert utf16_visible(content.message_text) <= TELEGRAM_LIMIT  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_callback_notices_fit_answer_callback_query(lang: str) -> None:
    t = texts_for(lang)
    for text in (
        t.entry_gone,
        t.open_chat,
        t.feedback_gone,
        t.feedback_already,
        t.feedback_thanks,
        t.too_fast,
    ):
        assert 0 < utf16_len(text) <= 200, text


async def test_an_emoji_answer_is_sent_within_telegrams_limit(
    tg_app: App, fake_api: FakeBotAPI, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the real application and the fake Bot API (which also checks the HTML and
    records any call Telegram would reject, see ``tg_app``)."""
    monkeypatch.setattr(service, "ask", lambda question, lang_hint=None: emoji_quote(2100))
    await feed(tg_app, message_update("an emoji answer, please"))
    (call,) = [c for c in fake_api.calls if c.method == "sendMessage"]
    assert call.params["parse_mode"] == "HTML"
    assert utf16_visible(call.params["text"]) <= TELEGRAM_LIMIT
    assert EMOJI * 100 in call.params["text"]
    assert fake_api.violations == []


@pytest.mark.parametrize(
    ("lang", "boris", "anna"),
    [
        ("en", "(2 quotes)", "(1 quote)"),
        ("ru", "(2 цитаты)", "(1 цитата)"),
    ],
)
def test_the_people_list_counts_quotes_in_words(
    fixture_service: Service, lang: str, boris: str, anna: str
) -> None:
    items = {i.split(",")[0]: i for b in fixture_service.people(lang).blocks for i in b.items}
    assert items["Boris Sample" if lang == "en" else "Борис Сэмпл"].endswith(boris)
    assert items["Anna Example" if lang == "en" else "Анна Экзампл"].endswith(anna)
    # "People I can quote": someone the base has no words of is not on it (once "(0 quotes)").
    assert "Dan Doe" not in items
