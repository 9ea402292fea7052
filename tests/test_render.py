"""Rendering answers: Telegram HTML (validated strictly) and plain text.

Telegram rejects a message whose HTML is malformed or whose visible text is over 4,096
characters, so every rendering here goes through ``validate_telegram_html``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

from bot.answer import Answer, Block, SourceRef, Suggestion
from bot.matcher import Match
from bot.render import TELEGRAM_LIMIT, to_html, to_text
from bot.service import Service
from tests.telegram_html import validate_telegram_html, visible_length, visible_text

HOSTILE = "<script>&\"'"
BASTILLE_URL = (
    "https://www.bastillepost.com/global/article/"
    "4954378-china-central-asia-prioritize-good-neighborliness-mutual-respect-observers"
)
BASTILLE_LINK = f'<a href="{BASTILLE_URL}">Bastille Post (Global), 18 June 2025</a>'
CUT_MARKERS = ("(answer shortened)", "(ответ сокращён)")


def assert_valid(rendered: str, limit: int = TELEGRAM_LIMIT) -> None:
    errors = validate_telegram_html(rendered, max_length=limit)
    assert errors == [], f"{errors}\n---\n{rendered[:2000]}"
    assert visible_length(rendered) <= limit


def assert_plain(text: str) -> None:
    """Plain text carries no markup and no HTML entities."""
    assert not re.search(r"</?(?:b|i|u|s|a|blockquote|code|pre|span)\b[^>]*>", text), text
    assert not re.search(r"&(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);", text), text


# --- every kind of answer ------------------------------------------------------------------------


def _compose(service: Service, m: Match, q: str = "q") -> Answer:
    return service.snapshot.composer.compose(m, q)


KINDS: dict[str, Callable[[Service], Answer]] = {
    "quote": lambda s: s.ask("who said the treaty points the way forward"),
    "quote-paraphrase": lambda s: s.ask("why was the treaty signed according to safarov"),
    "quotes": lambda s: s.ask("what did safarov say"),
    "correction": lambda s: s.ask("did safarov say that 133 projects are being implemented?"),
    "correction-fact": lambda s: _compose(
        s,
        Match("correction", ("fact-projects-total",), 0.9, asked_person="saifullo-safarov"),
        "did safarov give the figure of 133 projects",
    ),
    "correction-unknown": lambda s: s.ask(
        "did tokayev say 133 projects worth 35 billion dollars are being implemented"
    ),
    "fact": lambda s: s.ask("which countries took part"),
    "fact-with-speaker": lambda s: s.ask("how many projects are being implemented"),
    "fact-many-sources": lambda s: s.ask("what was signed in astana"),
    "event": lambda s: s.ask("when was the first summit"),
    "event-future": lambda s: s.ask("when is the next summit"),
    "person": lambda s: s.ask("who is osmonaliyev"),
    "unknown_person": lambda s: s.ask("what did Tokayev say about the summit"),
    "none": lambda s: s.ask("recipe for beshbarmak"),
    "none-with-suggestions": lambda s: _compose(
        s, Match("none", (), 0.4, ("safarov-treaty-way-forward", "fact-participants")), "q?"
    ),
    "vague": lambda s: s.ask("china"),
    "ambiguous": lambda s: _compose(
        s,
        Match(
            "ambiguous",
            (),
            0.6,
            ("safarov-treaty-way-forward", "osmonaliyev-proactive-role"),
        ),
        "who said good-neighborliness",
    ),
    "help": lambda s: s.ask("hello"),
    "people": lambda s: s.snapshot.composer.people_answer(),
    "sources": lambda s: s.snapshot.composer.sources_answer(),
    "ru-quote": lambda s: s.ask("что сказал Нагаспаев"),
    "ru-paraphrase": lambda s: s.entry("safarov-treaty-result", "ru") or s.ask("привет"),
    "ru-event": lambda s: s.ask("когда прошёл первый саммит"),
    "ru-person": lambda s: s.ask("кто такой Сафаров"),
    "ru-correction": lambda s: s.ask("правда ли, что Сафаров сказал про 133 проекта"),
    "ru-unknown": lambda s: s.ask("что сказал Токаев о саммите"),
    "ru-help": lambda s: s.ask("привет"),
    "ru-people": lambda s: s.snapshot.composer.people_answer("ru"),
}


@pytest.mark.parametrize("name", list(KINDS))
def test_every_kind_of_answer_renders_valid_telegram_html(service: Service, name: str) -> None:
    a = KINDS[name](service)
    expected_kind = name.split("-")[0] if not name.startswith("ru-") else None
    if expected_kind and expected_kind != "correction":
        assert a.kind == expected_kind, (name, a.kind)
    rendered = to_html(a)
    assert_valid(rendered)
    assert not any(m in rendered for m in CUT_MARKERS), "a normal answer was shortened"
    plain = to_text(a)
    assert_plain(plain)
    assert plain.strip()
    # The HTML shows the same words as the plain text (apart from markup and layout).
    words = set(re.findall(r"\w{4,}", plain))
    shown = set(re.findall(r"\w{4,}", visible_text(rendered)))
    url_words = set(re.findall(r"\w{4,}", " ".join(s.url for s in a.sources)))
    assert words - shown <= url_words | {"https", "http"}, words - shown


def test_all_kinds_are_covered(service: Service) -> None:
    kinds = {KINDS[name](service).kind for name in KINDS}
    assert kinds >= {
        "quote",
        "quotes",
        "correction",
        "fact",
        "event",
        "person",
        "unknown_person",
        "none",
        "vague",
        "ambiguous",
        "help",
        "people",
        "sources",
    }


# --- structure: speaker in bold, quote in a blockquote, source as a link -------------------------


def test_quote_speaker_bold_quote_in_blockquote_source_link(service: Service) -> None:
    a = service.ask("who said china has always adhered to a foreign policy of good-neighborliness")
    rendered = to_html(a)
    assert_valid(rendered)
    assert "<b>Kairat Osmonaliyev</b>, former Kyrgyzstan&#x27;s Ambassador to Azerbaijan:" in (
        rendered
    )
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", rendered, flags=re.S)
    assert len(quotes) == 1
    assert quotes[0].startswith("This summit fully demonstrates")
    assert "foreign policy of good-neighborliness, friendship, and mutual respect" in quotes[0]
    assert BASTILLE_LINK in rendered
    # The speaker comes before the quote, the source after it.
    assert rendered.index("<b>Kairat") < rendered.index("<blockquote>") < rendered.index("<a ")


def test_every_source_is_a_link_with_outlet_and_date(service: Service) -> None:
    a = service.ask("what was signed in astana")
    rendered = to_html(a)
    assert_valid(rendered)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', rendered)
    assert [url for url, _ in links] == [s.url for s in a.sources]
    assert len(links) == 3
    for (_, label), src in zip(links, a.sources, strict=True):
        outlet = src.outlet.replace("'", "&#x27;")
        assert label.startswith(outlet + ", ")
        assert label.endswith(f"{src.published.day} June {src.published.year}")


def test_fact_with_a_speaker_names_him_in_bold(service: Service) -> None:
    rendered = to_html(service.ask("how many projects are being implemented"))
    assert "<b>Yersaiyn Nagaspayev</b>" in rendered
    assert "133 projects worth 35 billion dollars" in rendered


def test_correction_shows_the_real_speaker_in_bold_with_the_quote(service: Service) -> None:
    rendered = to_html(service.ask("did safarov say 133 projects"))
    assert_valid(rendered)
    assert "No: that was not Saifullo Safarov" in rendered
    assert "<b>Yersaiyn Nagaspayev</b>" in rendered
    (quote,) = re.findall(r"<blockquote>(.*?)</blockquote>", rendered, flags=re.S)
    assert "133 projects worth 35 billion dollars" in quote
    assert "<b>Saifullo Safarov</b>" not in rendered  # never presented as the speaker


def test_paraphrase_is_labelled_not_blockquoted(service: Service) -> None:
    a = service.entry("safarov-treaty-result")
    assert a is not None
    rendered = to_html(a)
    assert_valid(rendered)
    assert "<blockquote>" not in rendered
    assert "<b>Saifullo Safarov</b>" in rendered
    assert "<i>Reported speech, not a direct quote.</i>" in rendered


def test_plain_text_of_a_quote(service: Service) -> None:
    text = to_text(service.ask("who said the treaty points the way forward"))
    assert_plain(text)
    assert text.startswith(
        "Saifullo Safarov, chairman of the Association of Political Scientists in Tajikistan:\n“"
    )
    assert "“The heads of state jointly signed" in text
    assert "respecting each and every partner”" in text
    assert "Source: Bastille Post (Global), 18 June 2025" in text
    assert BASTILLE_URL in text.splitlines()


# --- escaping ------------------------------------------------------------------------------------


def _hostile_answer(kind: str = "quote") -> Answer:
    src = SourceRef(
        "src",
        f"{HOSTILE} title",
        f"{HOSTILE} outlet",
        f"https://example.com/a?x=1&y={HOSTILE}",
        dt.date(2025, 1, 2),
    )
    blocks = (
        Block("person", f"{HOSTILE} is speaking: {HOSTILE}", speaker=HOSTILE),
        Block(
            "quote",
            f"{HOSTILE} quoted words",
            f"{HOSTILE} speaker",
            f"{HOSTILE} role",
            label=HOSTILE,
        ),
        Block(
            "paraphrase",
            f"{HOSTILE} speaker said that {HOSTILE}",
            f"{HOSTILE} speaker",
            HOSTILE,
            label=HOSTILE,
        ),
        Block("para", f"{HOSTILE} paragraph"),
        Block("list", items=(HOSTILE, f"{HOSTILE} item")),
        Block("source", source=src),
    )
    return Answer(
        HOSTILE,
        True,
        kind,
        blocks,
        (src,),
        0.9,
        ("x",),
        (Suggestion("x", HOSTILE),),
    )


def test_hostile_strings_are_escaped_everywhere() -> None:
    a = _hostile_answer()
    rendered = to_html(a)
    assert_valid(rendered)
    assert "<script>" not in rendered
    assert HOSTILE.replace("&", "") not in rendered  # no raw run of the hostile characters
    shown = visible_text(rendered)
    for piece in (
        f"{HOSTILE} is speaking",
        f"{HOSTILE} quoted words",
        f"{HOSTILE} speaker",
        f"{HOSTILE} role",
        f"{HOSTILE} paragraph",
        f"{HOSTILE} item",
        f"{HOSTILE} outlet, 2 January 2025",
        f"{HOSTILE} title",
    ):
        assert piece in shown, piece  # escaped, not dropped: the user sees the text as written
    (href,) = re.findall(r'<a href="([^"]*)">', rendered)
    assert href == "https://example.com/a?x=1&amp;y=&lt;script&gt;&amp;&quot;&#x27;"
    assert "<b>&lt;script&gt;&amp;&quot;&#x27; speaker</b>" in rendered
    assert "<blockquote>&lt;script&gt;&amp;&quot;&#x27; quoted words</blockquote>" in rendered


def test_plain_text_keeps_hostile_strings_as_written() -> None:
    text = to_text(_hostile_answer())
    assert f"{HOSTILE} quoted words" in text
    assert f"{HOSTILE} title" in text
    assert "&lt;" not in text and "&amp;" not in text and "&#x27;" not in text


@pytest.mark.parametrize(
    "question",
    [
        '<b>bold</b> & <i>"quotes"</i>',
        "what did <script>alert('x')</script> say about the summit",
        "who is <a href='javascript:alert(1)'>me</a>",
        "did </blockquote><b> say 133 projects",
        "&amp; &lt; &#x27; &bogus;",
    ],
)
def test_the_users_own_words_are_escaped(service: Service, question: str) -> None:
    a = service.ask(question)
    rendered = to_html(a)
    assert_valid(rendered)
    assert "<script" not in rendered
    kb_urls = {s.url for s in service.snapshot.index.kb.sources.values()}
    assert set(re.findall(r'<a href="([^"]*)"', rendered)) <= kb_urls


@pytest.mark.parametrize("name", ["amp", "quot", "x27", "lt"])
def test_speaker_names_that_look_like_entities(name: str) -> None:
    a = Answer(
        "q",
        True,
        "person",
        (
            Block("person", f"Tom & Jerry's <friend> {name}", speaker=name),
            Block("paraphrase", f'It\'s "said" & <done> by {name}', speaker=name, label="x"),
        ),
    )
    assert_valid(to_html(a))


# --- the 4,096-character limit -------------------------------------------------------------------


def _many_quotes(n: int, words: int) -> Answer:
    blocks = tuple(
        Block("quote", " ".join(f"w{i}" for _ in range(words)), f"Speaker {i}", f"role {i}")
        for i in range(n)
    )
    return Answer("q", True, "quotes", blocks)


def test_many_blocks_are_cut_at_a_block_boundary() -> None:
    a = _many_quotes(60, 120)
    rendered = to_html(a)
    assert_valid(rendered)
    assert visible_length(rendered) > 3000  # not cut needlessly short
    assert rendered.endswith("<i>(answer shortened)</i>")
    # Whole blocks only: every quote shown has its speaker, and each quote is complete.
    quotes = re.findall(
        r"<b>Speaker (\d+)</b>, role \1:\n<blockquote>([^<]*)</blockquote>", rendered
    )
    assert len(quotes) == rendered.count("<blockquote>") > 3
    for i, text in quotes:
        assert text == " ".join(f"w{i}" for _ in range(120))


def test_a_huge_answer_from_the_real_base_stays_within_the_limit(service: Service) -> None:
    composer = service.snapshot.composer
    kb = service.snapshot.index.kb
    blocks: list[Block] = []
    for _ in range(10):
        for q in kb.quotes.values():
            blocks.extend(composer.quote_blocks(q, "en"))
    a = Answer("q", True, "quotes", tuple(blocks))
    rendered = to_html(a)
    assert_valid(rendered)
    assert "(answer shortened)" in rendered


@pytest.mark.parametrize(
    "block",
    [
        Block("para", "word " * 20_000),
        Block("para", "<&>\"' " * 5_000),
        Block("quote", "very long quote " * 3_000, "Speaker", "role"),
        Block("paraphrase", "Speaker said that " + "x" * 10_000, "Speaker", "role", label="lbl"),
        Block("person", "p" * 9_000, speaker="Bob"),
        Block("para", "😀" * 5_000),
    ],
    ids=["long-para", "long-entities", "long-quote", "long-paraphrase", "long-person", "emoji"],
)
def test_a_single_huge_block_is_shortened_and_stays_valid(block: Block) -> None:
    a = Answer("q", True, "fact", (block,))
    rendered = to_html(a)
    assert_valid(rendered)
    assert "(answer shortened)" in rendered
    if block.kind == "quote":
        assert rendered.startswith("<b>Speaker</b>, role:\n<blockquote>")


@pytest.mark.parametrize("limit", [1024, 200])
def test_a_smaller_limit_is_honoured(service: Service, limit: int) -> None:
    a = service.ask("what did safarov say")
    rendered = to_html(a, limit=limit)
    assert_valid(rendered, limit=limit)


@pytest.mark.parametrize(
    "block",
    [
        Block("quote", "short", "S" * 3_000, "R" * 3_000),
        Block("list", items=tuple(f"item number {i} " * 5 for i in range(500))),
        Block(
            "source",
            source=SourceRef("s", "T" * 6_000, "Outlet", "https://e.com/x", dt.date(2025, 1, 2)),
        ),
    ],
    ids=["huge-speaker", "huge-list", "huge-source-title"],
)
def test_a_single_huge_block_of_any_kind_stays_within_the_limit(block: Block) -> None:
    assert_valid(to_html(Answer("q", True, "fact", (block,))))


def test_plain_text_of_real_answers_has_no_html(service: Service) -> None:
    for name, build in KINDS.items():
        text = to_text(build(service))
        assert_plain(text)
        assert "<" not in text, name
