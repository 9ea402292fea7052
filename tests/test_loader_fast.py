"""The faster load reads and checks exactly what the slower one did (issue 17).

Each shortcut taken to load the 3,000-person base in under 2 s is compared here with the plain
way it replaced: the quote-mark scanner that jumps between marks against the character-by-
character one, the masking built from slices, ``normalise`` against the regex, the loader's
resolver and string shortcut against PyYAML's own constructors, the error messages' person
lookup against a scan of every person, and the garbage collector's pause. ``bench/load.py``
compares whole loads (problems, warnings, records, analyses) with an earlier commit.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import attribution, loader, tuning
from bot.attribution import Span, scan_spans

REPO = Path(__file__).resolve().parents[1]
TEXTS = sorted((REPO / "knowledge" / "texts").glob("*.md")) + sorted(
    (REPO / "tests" / "fixtures" / "articles").glob("*.md")
)

TRICKY = [
    'He said "one" and "two".',
    "“It’s the “people’s bridge”,” she said.",
    "«Это „Галкыныш“ и точка», — сказал он.",
    '"First paragraph.\n\n"Second one," he said.',
    '"Left open.\n\nA new paragraph without a mark.',
    "‘Nested ‘twice’ and O’Brien’s’ end “x” \n\n «a\n«b» c»",
    '"a "b" c" d "e\n  "f" g',
    "“",
    "”",
    "\n\n",
    "",
    "«»",
    '""',
    "‘’’",
    "plain text",
    "«Открыт.\n\nИ закрыт», — сказал он.",
    "«Открыт.\n\nДва.\n\nТри.\n\nЧетыре», — сказал он.",
    "«Открыт.\n\nДва.\n\nТри.\n\nЧетыре.\n\nПять», — сказал он.",
    "«Открыт.\n\nДва.\n\nТри.\n\nЧетыре.\n\nПять.\n\nШесть.\n\nСемь.\n\nВосемь», — сказал он.",
    "«Открыт.\n\nНовая «цитата» дальше.»",
    "«Открыт „внутри\n\nи дальше“».",
    "«Один.\n\n«Два», — сказал он.",
    "«Без конца.\n\n",
    "«Раз, — сказал он. — Два.\n\nТри.\n\n«Четыре», — добавил он.",
    "«Раз.\n\nДва «три».\n\n«Четыре».",
    "«Раз.\n\n  «Два.\n\nТри» и «четыре».",
]


def _reference_scan(text: str) -> list[Span]:
    """The scanner as it was: every character visited."""
    pairs = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
    spans: list[Span] = []
    stack: list[str] = []
    outer_open = ""
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            if stack:
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j] == outer_open and len(stack) == 1:
                    pieces.append((piece_start, i))
                    piece_start = j + 1
                    i = j + 1
                    continue
                if j < n and len(stack) == 1 and _reference_closes_later(text, j, outer_open):
                    pieces.append((piece_start, i))
                    piece_start = j
                    i = j
                    continue
                stack.clear()
                pieces = []
            i += 1
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if stack and c == stack[-1] and not (c == "’" and nxt.isalpha()):
            stack.pop()
            if not stack:
                pieces.append((piece_start, i))
                joined = " ".join(text[a:b].strip() for a, b in pieces)
                spans.append(Span(pieces[0][0], i, tuple(pieces), joined, outer_open))
                pieces = []
            i += 1
            continue
        if c in pairs:
            if c == "‘" and prev.isalpha():
                i += 1
                continue
            if c == '"' and stack and '"' in stack:
                i += 1
                continue
            if not stack:
                outer_open = c
                piece_start = i + 1
                pieces = []
            stack.append(pairs[c])
        i += 1
    return spans


def _reference_closes_later(text: str, j: int, opener: str) -> bool:
    """The Russian convention, read one character at a time: a « left open at a paragraph's
    end goes on when a » comes within the next ``tuning.MAX_OPEN_PARAGRAPHS`` non-blank lines
    (from j) before any new « that does not open a line."""
    if opener != "«":
        return False
    paragraphs = 0
    blank = True
    for c in text[j:]:
        if c == "«" and not blank:
            return False
        if c == "»":
            return True
        if c == "\n":
            paragraphs += 0 if blank else 1
            blank = True
            if paragraphs >= tuning.MAX_OPEN_PARAGRAPHS:
                return False
        elif not c.isspace():
            blank = False
    return False


def _reference_masked(text: str, spans: list[Span]) -> str:
    chars = list(text)
    for s in spans:
        for a, b in s.pieces:
            for k in range(a, b):
                if chars[k] != "\n":
                    chars[k] = "\u2588"
    return "".join(chars)


def _all_texts() -> list[str]:
    return TRICKY + [p.read_text(encoding="utf-8") for p in TEXTS]


def test_the_scanner_finds_the_same_spans_as_reading_every_character() -> None:
    for text in _all_texts():
        assert scan_spans(text) == _reference_scan(text), text[:80]


def test_masking_blanks_the_same_characters() -> None:
    for text in _all_texts():
        spans = scan_spans(text)
        assert attribution._masked(text, spans) == _reference_masked(text, spans)
        assert attribution._masked(text, spans[::2]) == _reference_masked(text, spans[::2])


@pytest.mark.parametrize(
    "text", ["  a\u00a0\u2009b\t\n\nc  ", "«x»\u3000“y”\x1c\x1fz", "", " \u2028 ", "one"]
)
def test_normalise_is_the_regex_it_replaced(text: str) -> None:
    expected = re.sub(r"\s+", " ", text.translate(attribution._QUOTE_TABLE)).strip()
    assert attribution.normalise(text) == expected


YAML_DOC = """\
a: &anchor
  - plain
  - 'quoted'
  - "double"
  - 12
  - 0x1F
  - 1.5
  - .inf
  - true
  - No
  - null
  - ~
  -
  - 2025-13-45
  - 2025-01-02
  - '2025-01-02'
b: *anchor
c:
  <<: {x: 1, y: two}
  y: three
'': empty key
d: {"k": v, 7: seven}
e: |
  block
  text
f: >-
  folded
  text
"""


def _plain(data: Any) -> Any:
    """Plain values; a key that is not a string as its str() (what the loader makes of it)."""
    if isinstance(data, dict):
        return {k if isinstance(k, str) else str(k): _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


class _Stock(yaml.SafeLoader):
    """PyYAML's own resolver and constructors, timestamps kept as strings (as the loader)."""


_Stock.add_constructor("tag:yaml.org,2002:timestamp", loader._timestamp_as_str)


@pytest.mark.parametrize("cls", [c for c in loader._LOADERS if c is not None])
def test_the_line_loaders_build_what_pyyaml_builds(cls: type[Any]) -> None:
    ld = cls(YAML_DOC)
    ld.duplicate_keys = []
    try:
        ours = ld.get_single_data()
    finally:
        ld.dispose()
    stock = yaml.load(YAML_DOC, Loader=_Stock)
    assert _plain(ours) == _plain(stock)
    assert ours["a"] is ours["b"]  # an alias is the same object, as in PyYAML
    assert ours["a"][4] == 31 and ours["a"][7] is True and ours["a"][9] is None
    assert ours["a"][12] == "2025-13-45"


@pytest.mark.parametrize("cls", [c for c in loader._LOADERS if c is not None])
@pytest.mark.parametrize(
    ("value", "implicit"),
    [
        (v, imp)
        for v in [
            "",
            "plain",
            "12",
            "-3",
            "1.5",
            "true",
            "No",
            "null",
            "~",
            "2025-01-02",
            "=",
            "<<",
            ".nan",
            "0o17",
            "yes",
            "Yes",
            "off",
            "1_000",
            "2025-01-02 10:00:00",
        ]
        for imp in [(True, False), (False, True), (False, False)]
    ],
)
def test_the_resolver_tags_scalars_as_pyyaml_does(
    cls: type[Any], value: str, implicit: tuple[bool, bool]
) -> None:
    ours = cls("")
    stock = yaml.SafeLoader("")
    try:
        assert ours.resolve(yaml.ScalarNode, value, implicit) == stock.resolve(
            yaml.ScalarNode, value, implicit
        )
    finally:
        ours.dispose()
        stock.dispose()


def test_error_messages_name_the_same_person_as_a_scan_of_everyone() -> None:
    kb = loader.load(REPO / "knowledge")
    people = dict(kb.people)
    who = loader._Who(people)
    names = [p.name for p in people.values()]
    names += [t for p in people.values() for t in attribution.name_tokens(p.name)]
    names += [p.name_ru for p in people.values() if p.name_ru]
    names += ["Nobody Known", "", "Сафарова", "Safarov Saifullo"]
    for name in names:
        ids = [
            p.id for p in people.values() if attribution.names_match(name, loader._person_forms(p))
        ]
        expected = f"{name!r} (person {ids[0]!r})" if len(ids) == 1 else repr(name)
        assert who(name) == expected


@pytest.mark.parametrize("enabled", [True, False])
def test_a_load_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        loader.load(REPO / "knowledge")
        assert gc.isenabled() is enabled
        (tmp_path / "people.yaml").write_text("people: [\n", encoding="utf-8")
        with pytest.raises(loader.KnowledgeError):
            loader.load(tmp_path)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
