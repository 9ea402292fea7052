"""The real loader on real YAML files.

Only fixture bases: the repository's own knowledge base is checked by its properties in
``tests/test_real_base.py``, so that it can grow. A minimal valid knowledge base lives in
``tests/fixtures/kb/valid``. Each failing case copies it
into ``tmp_path``, breaks one thing, and asserts that the problem is reported with the file, the
record id and the line: ``<file>:<line> [<id>]: <message>``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.loader import KnowledgeError, Problem, load
from bot.model import KnowledgeBase

TESTS = Path(__file__).resolve().parent
VALID = TESTS / "fixtures" / "kb" / "valid"


# --- helpers -------------------------------------------------------------------------------------


def copy_valid(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(VALID, root)
    return root


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """1-based line of the ``nth`` line of ``path`` that contains ``needle``."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == nth:
                return number
    raise AssertionError(f"{needle!r} not found in {path}")


def record_line(path: Path, rid: str) -> int:
    return line_of(path, f"- id: {rid}")


def _record_span(lines: list[str], rid: str) -> tuple[int, int]:
    """Indexes [start, end) of the lines of the record ``rid`` (a ``  - id: rid`` list item)."""
    starts = [i for i, line in enumerate(lines) if line.strip() == f"- id: {rid}"]
    assert len(starts) == 1, f"record {rid!r} found {len(starts)} times"
    start = starts[0]
    end = start + 1
    while end < len(lines) and not lines[end].lstrip().startswith("- id:"):
        if lines[end] and not lines[end].startswith(" "):  # next top-level section
            break
        end += 1
    return start, end


def set_field(path: Path, rid: str, field: str, value: str | None) -> int | None:
    """Replace (or add, or with ``None`` delete) one field of one record, as raw YAML text.

    Returns the 1-based line of the field afterwards (``None`` when deleted).
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    start, end = _record_span(lines, rid)
    at = None
    for i in range(start + 1, end):
        if lines[i].startswith(f"    {field}:"):
            at = i
            break
    if at is not None:
        stop = at + 1  # continuation lines of a multi-line value are indented deeper
        while stop < end and lines[stop].startswith("      "):
            stop += 1
        del lines[at:stop]
    else:
        at = end
        while at > start + 1 and not lines[at - 1].strip():
            at -= 1  # insert before trailing blank lines
    if value is not None:
        lines.insert(at, f"    {field}: {value}")
    path.write_text("\n".join(lines), encoding="utf-8")
    return at + 1 if value is not None else None


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as info:
        load(root)
    problems = info.value.problems
    assert problems, "KnowledgeError without problems"
    return problems


def listing(problems: list[Problem]) -> str:
    return "\n".join(f"  {p}" for p in problems)


def find_problem(
    problems: list[Problem],
    path: Path,
    record_id: str | None,
    line: int | None,
    *fragments: str,
) -> Problem:
    """The one problem located at ``path:line [record_id]`` whose message has all fragments."""
    found = [
        p
        for p in problems
        if p.file == str(path)
        and p.record_id == record_id
        and p.line == line
        and all(f in p.message for f in fragments)
    ]
    want = f"{path}:{line} [{record_id}] ... {' ... '.join(fragments)}"
    assert len(found) == 1, f"expected one problem like\n  {want}\ngot:\n{listing(problems)}"
    p = found[0]
    # The rendered message (what `kb check` prints) names the file, the line and the id.
    rendered = str(p)
    assert rendered.startswith(f"{path}:{line}"), rendered
    if record_id is not None:
        assert f"[{record_id}]" in rendered, rendered
    return p


def only_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, f"expected exactly one problem, got:\n{listing(problems)}"
    return problems[0]


# --- the valid fixture ---------------------------------------------------------------------------


def test_valid_fixture_loads_with_the_right_counts() -> None:
    kb = load(VALID)
    assert isinstance(kb, KnowledgeBase)
    assert kb.counts() == {"sources": 2, "people": 2, "events": 2, "quotes": 2, "facts": 2}
    assert set(kb.sources) == {"example-article", "example-brief"}
    assert set(kb.people) == {"anna-example", "boris-sample"}
    assert set(kb.events) == {"example-summit-1", "example-summit-2"}
    assert set(kb.quotes) == {"anna-bridge", "boris-bridge-result"}
    assert set(kb.facts) == {"fact-bridge-deadline", "fact-next-summit"}
    assert kb.synonyms == (("bridge", "span", "crossing"), ("summit", "meeting"))
    # Only the source with a text_file has a text; it is the file's content.
    assert set(kb.texts) == {"example-article"}
    assert kb.texts["example-article"] == (VALID / "texts" / "article.md").read_text("utf-8")
    assert kb.quotes["boris-bridge-result"].kind == "paraphrase"
    assert kb.sources["example-article"].published.isoformat() == "2025-03-10"
    assert re.fullmatch(r"[0-9a-f]{12}", kb.version)


def test_valid_fixture_copy_loads_too(tmp_path: Path) -> None:
    """The helpers below start from a copy; the copy itself must be valid."""
    kb = load(copy_valid(tmp_path))
    assert kb.counts()["quotes"] == 2


def test_version_changes_when_a_file_changes(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    before = load(root).version
    set_field(root / "facts.yaml", "fact-next-summit", "answer", "In Sampleton, some day.")
    assert load(root).version != before


# --- one failing fixture per problem class -------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "needle"),
    [
        ("    answer: In Sampleton: no date is given.", "answer: In Sampleton:"),
        ("    answer: [In Sampleton, no date", "sources: [example-article, example-brief]"),
        ("\tanswer: tab-indented", "answer: tab-indented"),
    ],
    ids=["colon-in-plain-scalar", "unclosed-flow-sequence", "tab-indentation"],
)
def test_malformed_yaml_names_the_file_and_the_line(
    tmp_path: Path, broken: str, needle: str
) -> None:
    root = copy_valid(tmp_path)
    path = root / "facts.yaml"
    text = path.read_text("utf-8")
    text = text.replace("    answer: In Sampleton; no date is given.", broken)
    path.write_text(text, "utf-8")
    problems = problems_of(root)
    # Nothing refers to facts, so the broken file is the only problem.
    p = only_problem(problems)
    assert p.file == str(path)
    assert p.line == line_of(path, needle)
    assert "malformed YAML" in p.message
    assert str(p).startswith(f"{path}:{p.line}: malformed YAML")


def test_duplicate_id_across_files_says_where_it_was_first_defined(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    extra = root / "zz-extra.yaml"
    extra.write_text(
        "facts:\n"
        "  - id: fact-next-summit\n"
        "    statement: A copy.\n"
        "    answer: A copy.\n"
        "    sources: [example-article]\n",
        "utf-8",
    )
    first_line = record_line(root / "facts.yaml", "fact-next-summit")
    p = only_problem(problems_of(root))
    find_problem([p], extra, "fact-next-summit", 2, "duplicate id")
    assert f"first defined at {root / 'facts.yaml'}:{first_line}" in p.message


def test_duplicate_id_across_record_types(tmp_path: Path) -> None:
    """Ids are one namespace: a fact may not reuse a quote's id (answers are looked up by id)."""
    root = copy_valid(tmp_path)
    extra = root / "zz-extra.yaml"
    extra.write_text(
        "facts:\n"
        "  - id: anna-bridge\n"
        "    statement: A fact.\n"
        "    answer: A fact.\n"
        "    sources: [example-article]\n",
        "utf-8",
    )
    p = only_problem(problems_of(root))
    find_problem([p], extra, "anna-bridge", 2, "duplicate id")
    assert f"{root / 'quotes.yaml'}:{record_line(root / 'quotes.yaml', 'anna-bridge')}" in (
        p.message
    )


@pytest.mark.parametrize(
    ("file", "rid", "field", "value", "label", "ref"),
    [
        ("quotes.yaml", "boris-bridge-result", "speaker", "nobody-at-all", "speaker", None),
        ("quotes.yaml", "anna-bridge", "source", "no-such-article", "source", None),
        ("quotes.yaml", "anna-bridge", "event", "summit-1999", "event", None),
        ("facts.yaml", "fact-bridge-deadline", "speaker", "carla-ghost", "speaker", None),
        ("facts.yaml", "fact-next-summit", "event", "example-summit-9", "event", None),
        (
            "facts.yaml",
            "fact-next-summit",
            "sources",
            "[example-article, lost-source]",
            "source",
            "lost-source",
        ),
        ("people.yaml", "anna-example", "sources", "[ghost-source]", "source", "ghost-source"),
        (
            "events.yaml",
            "example-summit-2",
            "sources",
            "[example-article, ghost-source]",
            "source",
            "ghost-source",
        ),
    ],
    ids=[
        "quote-speaker",
        "quote-source",
        "quote-event",
        "fact-speaker",
        "fact-event",
        "fact-source",
        "person-source",
        "event-source",
    ],
)
def test_unknown_reference(
    tmp_path: Path, file: str, rid: str, field: str, value: str, label: str, ref: str | None
) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    set_field(path, rid, field, value)
    ref = ref or value
    p = only_problem(problems_of(root))
    find_problem([p], path, rid, record_line(path, rid), f"unknown {label} {ref!r}")


@pytest.mark.parametrize(
    ("file", "rid", "field"),
    [
        ("quotes.yaml", "anna-bridge", "text"),
        ("quotes.yaml", "boris-bridge-result", "speaker"),
        ("facts.yaml", "fact-bridge-deadline", "answer"),
        ("facts.yaml", "fact-next-summit", "sources"),
        ("sources.yaml", "example-brief", "outlet"),
        ("people.yaml", "boris-sample", "role"),
        ("events.yaml", "example-summit-2", "country"),
    ],
)
def test_missing_required_field(tmp_path: Path, file: str, rid: str, field: str) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    set_field(path, rid, field, None)
    problems = problems_of(root)
    find_problem(problems, path, rid, record_line(path, rid), f"missing required field {field!r}")
    if file in ("quotes.yaml", "facts.yaml"):  # nothing refers to them: no knock-on problems
        only_problem(problems)


@pytest.mark.parametrize(
    ("file", "rid", "field", "value", "shown"),
    [
        ("people.yaml", "boris-sample", "aliases", "5", "5"),
        ("events.yaml", "example-summit-2", "ordinal", '"first"', "'first'"),
        ("events.yaml", "example-summit-1", "year", "twenty", "'twenty'"),
        ("facts.yaml", "fact-next-summit", "questions", "{a: b}", "{'a': 'b'}"),
        ("quotes.yaml", "anna-bridge", "kind", "quoted", "'quoted'"),
        ("sources.yaml", "example-brief", "url", "not a url", "'not a url'"),
    ],
)
def test_wrong_type_names_the_field_and_its_line(
    tmp_path: Path, file: str, rid: str, field: str, value: str, shown: str
) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    field_line = set_field(path, rid, field, value)
    problems = problems_of(root)
    p = find_problem(problems, path, rid, field_line, f"field {field!r}")
    assert shown in p.message, p.message


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30"])
def test_unparseable_unquoted_date_is_reported(tmp_path: Path, bad: str) -> None:
    root = copy_valid(tmp_path)
    path = root / "sources.yaml"
    field_line = set_field(path, "example-brief", "published", bad)
    problems = problems_of(root)
    find_problem(problems, path, "example-brief", field_line, "published", bad)


@pytest.mark.parametrize(
    ("file", "rid", "field", "value"),
    [
        ("sources.yaml", "example-brief", "published", '"2025-13-45"'),
        ("sources.yaml", "example-brief", "published", "last tuesday"),
        ("events.yaml", "example-summit-1", "start", "18th of May"),
    ],
)
def test_date_that_does_not_parse(
    tmp_path: Path, file: str, rid: str, field: str, value: str
) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    field_line = set_field(path, rid, field, value)
    problems = problems_of(root)
    p = find_problem(problems, path, rid, field_line, f"field {field!r}")
    assert "date" in p.message
    assert value.strip('"') in p.message


def test_quote_not_verbatim_in_its_source(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path = root / "quotes.yaml"
    set_field(path, "anna-bridge", "text", "We agreed to build a tunnel between our two countries")
    p = only_problem(problems_of(root))
    find_problem(
        [p],
        path,
        "anna-bridge",
        record_line(path, "anna-bridge"),
        "does not occur verbatim",
        "'example-article'",
    )


@pytest.mark.parametrize(
    "text",
    [
        "we agreed to build a bridge",  # case is not normalised
        "We agreed to build a bridge between our 2 countries",  # neither are numbers
        "We agreed to build a bridge between our two countries; it will be finished",
    ],
)
def test_only_whitespace_and_quote_marks_are_normalised(tmp_path: Path, text: str) -> None:
    root = copy_valid(tmp_path)
    path = root / "quotes.yaml"
    set_field(path, "anna-bridge", "text", f'"{text}"')
    find_problem(
        problems_of(root),
        path,
        "anna-bridge",
        record_line(path, "anna-bridge"),
        "does not occur verbatim",
    )


def test_quote_differing_only_by_whitespace_and_typographic_quotes_passes(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    (root / "texts" / "article.md").write_text(
        "Leaders met in Testville.\n"
        "“We agreed to build a bridge between our two\n"
        "countries. It’s the “people’s bridge”,” said Anna Example.\n"
        "According to Boris Sample, the bridge was the result of «patient» talks.\n",
        "utf-8",
    )
    path = root / "quotes.yaml"
    set_field(
        path,
        "anna-bridge",
        "text",
        "|-\n      We agreed   to build a bridge between our two\n"
        "      \tcountries.  It's the \"people's bridge\"",
    )
    set_field(path, "boris-bridge-result", "text", "the bridge was the result of „patient“ talks")
    kb = load(root)
    assert "  to build" in kb.quotes["anna-bridge"].text  # the record keeps the curator's text


def test_quote_whose_source_has_no_text_file(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path = root / "quotes.yaml"
    set_field(path, "anna-bridge", "source", "example-brief")
    p = only_problem(problems_of(root))
    find_problem([p], path, "anna-bridge", record_line(path, "anna-bridge"), "no text_file")
    assert "'example-brief'" in p.message


def test_text_file_that_does_not_exist(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path = root / "sources.yaml"
    set_field(path, "example-article", "text_file", "texts/missing.md")
    find_problem(
        problems_of(root),
        path,
        "example-article",
        record_line(path, "example-article"),
        "texts/missing.md",
    )


@pytest.mark.parametrize(
    ("file", "rid", "field", "value", "missing"),
    [
        ("people.yaml", "anna-example", "role_ru", None, "role_ru"),
        ("people.yaml", "boris-sample", "name_ru", "Борис Сэмпл", "role_ru"),
        ("events.yaml", "example-summit-1", "name_ru", "Первый саммит", "summary_ru"),
        ("events.yaml", "example-summit-2", "summary_ru", "Будет в 2027 году.", "name_ru"),
        ("facts.yaml", "fact-next-summit", "answer_ru", "В Сэмплтоне.", "questions_ru"),
        (
            "facts.yaml",
            "fact-bridge-deadline",
            "questions_ru",
            '["когда достроят мост"]',
            "answer_ru",
        ),
    ],
)
def test_russian_fields_half_filled(
    tmp_path: Path, file: str, rid: str, field: str, value: str | None, missing: str
) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    set_field(path, rid, field, value)
    problems = problems_of(root)
    find_problem(
        problems, path, rid, record_line(path, rid), "Russian field", repr(missing), "missing"
    )


def test_unknown_section(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path = root / "facts.yaml"
    path.write_text(
        path.read_text("utf-8") + "\npersons:\n  - id: someone\n    name: Some One\n", "utf-8"
    )
    p = only_problem(problems_of(root))
    find_problem([p], path, None, line_of(path, "persons:"), "unknown section 'persons'")


@pytest.mark.parametrize(
    ("file", "rid", "typo"),
    [
        ("facts.yaml", "fact-next-summit", "anwser"),
        ("people.yaml", "boris-sample", "organisation"),
        ("quotes.yaml", "anna-bridge", "topic"),
        ("sources.yaml", "example-brief", "publised"),
    ],
)
def test_unknown_field_curator_typo(tmp_path: Path, file: str, rid: str, typo: str) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    field_line = set_field(path, rid, typo, "something")
    problems = problems_of(root)
    find_problem(problems, path, rid, field_line, f"unknown field {typo!r}")
    if file in ("quotes.yaml", "facts.yaml"):
        only_problem(problems)


def _duplicate_key(root: Path) -> tuple[Path, int]:
    path = root / "facts.yaml"
    lines = path.read_text("utf-8").split("\n")
    start, end = _record_span(lines, "fact-next-summit")
    at = next(i for i in range(start, end) if lines[i].startswith("    event:")) + 1
    lines.insert(at, "    answer: A second answer for the same record.")
    path.write_text("\n".join(lines), "utf-8")
    return path, at + 1


def test_duplicate_yaml_key_names_the_file_the_key_and_its_line(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path, dup_line = _duplicate_key(root)
    p = only_problem(problems_of(root))
    assert p.file == str(path)
    assert p.line == dup_line
    assert "duplicate key 'answer'" in p.message
    assert str(p).startswith(f"{path}:{dup_line}")


def test_duplicate_yaml_key_names_the_record(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path, dup_line = _duplicate_key(root)
    find_problem(problems_of(root), path, "fact-next-summit", dup_line, "duplicate key 'answer'")


@pytest.mark.parametrize(
    "text_file",
    ["../outside.md", "/etc/hostname", "texts/../../outside.md", "link.md"],
    ids=["parent-dir", "absolute", "dotdot-inside", "symlink-out"],
)
def test_text_file_outside_the_knowledge_dir(tmp_path: Path, text_file: str) -> None:
    root = copy_valid(tmp_path)
    # A real file, readable and with the right text: only its place is wrong.
    (tmp_path / "outside.md").write_text((root / "texts" / "article.md").read_text("utf-8"))
    if text_file == "link.md":
        (root / "link.md").symlink_to(tmp_path / "outside.md")
    path = root / "sources.yaml"
    set_field(path, "example-article", "text_file", text_file)
    problems = problems_of(root)
    find_problem(
        problems,
        path,
        "example-article",
        record_line(path, "example-article"),
        "outside",
        text_file,
    )
    assert not any("/etc/hostname" in p.message and "cannot read" in p.message for p in problems)


@pytest.mark.parametrize(
    ("group", "shown"),
    [
        ("[summit]", "['summit']"),
        ("[two words, meeting]", "['two words', 'meeting']"),
        ("[summit, 5]", "['summit', 5]"),
        ("just-a-word", "'just-a-word'"),
        ("[summit, '']", "['summit', '']"),
    ],
    ids=["single-word", "multi-word-entry", "number", "not-a-list", "empty-word"],
)
def test_bad_synonym_group(tmp_path: Path, group: str, shown: str) -> None:
    root = copy_valid(tmp_path)
    path = root / "synonyms.yaml"
    path.write_text(f"synonyms:\n  - [bridge, span, crossing]\n  - {group}\n", "utf-8")
    p = only_problem(problems_of(root))
    assert p.file == str(path)
    assert "synonym group" in p.message
    assert shown in p.message, p.message
    assert p.line is not None and str(p).startswith(f"{path}:{p.line}")


def test_synonyms_section_must_be_a_list(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path = root / "synonyms.yaml"
    path.write_text("# groups\nsynonyms:\n  bridge: span\n", "utf-8")
    p = only_problem(problems_of(root))
    find_problem([p], path, None, 2, "'synonyms' must be a list")


def test_bad_synonym_group_names_its_own_line(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    path = root / "synonyms.yaml"
    path.write_text("synonyms:\n  - [bridge, span, crossing]\n  - [summit]\n", "utf-8")
    p = only_problem(problems_of(root))
    assert p.line == 3, str(p)


def test_empty_knowledge_dir(tmp_path: Path) -> None:
    p = only_problem(problems_of(tmp_path))
    assert p.file == str(tmp_path)
    assert "no .yaml files" in p.message


def test_missing_knowledge_dir(tmp_path: Path) -> None:
    p = only_problem(problems_of(tmp_path / "nope"))
    assert "not found" in p.message


# --- everything at once --------------------------------------------------------------------------


def test_several_problems_in_several_files_are_all_reported_at_once(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    quotes, facts, people = root / "quotes.yaml", root / "facts.yaml", root / "people.yaml"
    events, sources = root / "events.yaml", root / "sources.yaml"
    set_field(quotes, "boris-bridge-result", "speaker", "nobody-at-all")
    set_field(facts, "fact-next-summit", "anwser", "typo")
    set_field(facts, "fact-bridge-deadline", "answer", None)
    set_field(events, "example-summit-2", "ordinal", '"second"')
    set_field(people, "anna-example", "role_ru", None)
    set_field(people, "boris-sample", "aliases", "5")
    set_field(sources, "example-article", "text_file", "../outside.md")
    broken = root / "zz-broken.yaml"
    broken.write_text("facts:\n  - id: fact-broken\n    answer: one: two\n", "utf-8")
    extra = root / "zz-extra.yaml"
    extra.write_text(
        "people:\n"
        "  - id: anna-example\n"
        "    name: Anna Again\n"
        "    role: r\n"
        "    country: c\n"
        "rumours:\n"
        "  - id: r1\n",
        "utf-8",
    )

    problems = problems_of(root)
    expected = [
        (quotes, "boris-bridge-result", record_line(quotes, "boris-bridge-result"), "speaker"),
        (facts, "fact-next-summit", line_of(facts, "anwser:"), "unknown field 'anwser'"),
        (facts, "fact-bridge-deadline", record_line(facts, "fact-bridge-deadline"), "'answer'"),
        (events, "example-summit-2", line_of(events, '"second"'), "'ordinal'"),
        (people, "anna-example", record_line(people, "anna-example"), "'role_ru'"),
        (people, "boris-sample", line_of(people, "aliases: 5"), "'aliases'"),
        (sources, "example-article", record_line(sources, "example-article"), "outside"),
        (broken, None, 3, "malformed YAML"),
        (extra, "anna-example", 2, "duplicate id"),
        (extra, None, 6, "unknown section 'rumours'"),
    ]
    for path, rid, line, fragment in expected:
        find_problem(problems, path, rid, line, fragment)
    files = {p.file for p in problems}
    assert files >= {str(p) for p in (quotes, facts, events, people, sources, broken, extra)}


def test_the_non_verbatim_quote_is_reported_alongside_other_problems(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    quotes, facts = root / "quotes.yaml", root / "facts.yaml"
    set_field(quotes, "anna-bridge", "text", "We agreed to build a tunnel")
    set_field(facts, "fact-next-summit", "event", "example-summit-9")
    problems = problems_of(root)
    assert len(problems) == 2, listing(problems)
    find_problem(
        problems, quotes, "anna-bridge", record_line(quotes, "anna-bridge"), "not occur verbatim"
    )
    find_problem(
        problems,
        facts,
        "fact-next-summit",
        record_line(facts, "fact-next-summit"),
        "unknown event 'example-summit-9'",
    )


# --- attribution: who the source says spoke each quote ------------------------------------------


def write_article(root: Path, text: str) -> None:
    (root / "texts" / "article.md").write_text(text, "utf-8")


def add_person(root: Path, pid: str, name: str, aliases: str = "[]", name_ru: str = "") -> None:
    path = root / "people.yaml"
    ru = f"    name_ru: {name_ru}\n    role_ru: эксперт\n" if name_ru else ""
    path.write_text(
        path.read_text("utf-8") + f"\n  - id: {pid}\n    name: {name}\n    aliases: {aliases}\n"
        f"    role: observer\n    country: Sampleland\n{ru}",
        "utf-8",
    )


QUOTE = "We agreed to build a bridge between our two countries"
RU_QUOTE = "Мост будет готов к 2030 году"
# (article text, filed text): each names Anna Example (or Анна Экзампл) as the speaker in one of
# the constructions kb check must read.
CONSTRUCTIONS = {
    "said_X": (f'"{QUOTE}," said Anna Example, the minister.', QUOTE),
    "X_said": (f'Anna Example arrived. "{QUOTE}," Example said.', QUOTE),
    "colon_intro": (f"Anna Example, Minister of Bridges, said: “{QUOTE}.”", QUOTE),
    "said_comma": (f'Anna Example said, "{QUOTE}."', QUOTE),
    "according_to": (f"According to Anna Example, “{QUOTE}.”", QUOTE),
    "pronoun": (f'Anna Example spoke last. "{QUOTE}," she said.', QUOTE),
    "pronoun_next_paragraph": (
        f'Boris Sample spoke first. Then Anna Example took the floor.\n"{QUOTE}," she added.',
        QUOTE,
    ),
    "title_before_name": (
        f'Exampleland Bridges Minister Anna Example said: "{QUOTE}."',
        QUOTE,
    ),
    "continued_over_paragraphs": (
        f'"{QUOTE}. It is a long road.\n"The bridge will be finished by 2030," said Anna Example.',
        f"{QUOTE}. It is a long road. The bridge will be finished by 2030",
    ),
    "continuation": (f'"It is a long road," said Anna Example. "{QUOTE}."', QUOTE),
    "ru_said_X": (f"«{RU_QUOTE}», — заявила Анна Экзампл.", RU_QUOTE),
    "ru_colon_intro": (f"Анна Экзампл отметила: «{RU_QUOTE}».", RU_QUOTE),
    "ru_po_slovam": (f"По словам Анны Экзампл, «{RU_QUOTE}».", RU_QUOTE),
    "ru_descriptor": (
        f"Министр Анна Экзампл выступила первой. «{RU_QUOTE}», — сказала министр.",
        RU_QUOTE,
    ),
}


def _attribution_base(tmp_path: Path, article: str, filed: str, speaker: str) -> Path:
    root = copy_valid(tmp_path)
    write_article(
        root, article + "\nAccording to Boris Sample, the bridge was the result of talks.\n"
    )
    set_field(
        root / "quotes.yaml", "boris-bridge-result", "text", "the bridge was the result of talks"
    )
    quotes = root / "quotes.yaml"
    set_field(quotes, "anna-bridge", "text", f'"{filed}"')
    set_field(quotes, "anna-bridge", "speaker", speaker)
    return root


@pytest.mark.parametrize("construction", list(CONSTRUCTIONS))
def test_quote_attributed_by_its_source_to_its_speaker_passes(
    tmp_path: Path, construction: str
) -> None:
    article, filed = CONSTRUCTIONS[construction]
    kb = load(_attribution_base(tmp_path, article, filed, "anna-example"))
    assert kb.warnings == (), "\n".join(str(w) for w in kb.warnings)


@pytest.mark.parametrize("construction", list(CONSTRUCTIONS))
def test_quote_filed_under_someone_else_is_an_error(tmp_path: Path, construction: str) -> None:
    """The same texts with the quote filed under Boris Sample: an error naming the file, the
    speaker field's line, the record, the speaker filed and the person the text shows."""
    article, filed = CONSTRUCTIONS[construction]
    root = _attribution_base(tmp_path, article, filed, "boris-sample")
    quotes = root / "quotes.yaml"
    p = only_problem(problems_of(root))
    find_problem(
        [p],
        quotes,
        "anna-bridge",
        line_of(quotes, "speaker: boris-sample"),
        "misattributed: the speaker filed is 'boris-sample' (Boris Sample)",
        "source 'example-article' attributes this quote to",
        "(person 'anna-example')",
    )


def test_misattribution_names_the_written_form_and_russian_case_forms(tmp_path: Path) -> None:
    """По словам Петрова (genitive) is Петров; the message shows the form the text uses."""
    root = _attribution_base(
        tmp_path,
        f"Сергей Петров, эксперт, выступил вторым. По словам Петрова, «{RU_QUOTE}».",
        RU_QUOTE,
        "anna-example",
    )
    add_person(root, "sergei-petrov", "Sergei Petrov", "[Petrov, Петров]", "Сергей Петров")
    p = only_problem(problems_of(root))
    assert p.message == (
        "misattributed: the speaker filed is 'anna-example' (Anna Example), but source "
        "'example-article' attributes this quote to 'Сергей Петров' (person 'sergei-petrov') "
        "(as 'Петрова')"
    )
    set_field(root / "quotes.yaml", "anna-bridge", "speaker", "sergei-petrov")
    assert load(root).warnings == ()


def test_near_identical_surnames_are_different_people(tmp_path: Path) -> None:
    """Kuantyrov and Kuantyrova, Wang Lei and Wang Li: a full name must match token for token."""
    root = _attribution_base(
        tmp_path, f'"{QUOTE}," said Anna Examplova, the analyst.', QUOTE, "anna-example"
    )
    p = only_problem(problems_of(root))
    assert "attributes this quote to 'Anna Examplova'" in p.message, p.message


def test_quote_without_an_attribution_is_a_warning_and_loads(tmp_path: Path) -> None:
    root = _attribution_base(
        tmp_path, f'The ministers met. The communique said "{QUOTE}" twice.', QUOTE, "anna-example"
    )
    kb = load(root)
    quotes = root / "quotes.yaml"
    assert [str(w) for w in kb.warnings] == [
        f"{quotes}:{record_line(quotes, 'anna-bridge')} [anna-bridge]: warning: cannot confirm "
        "the speaker 'anna-example' (Anna Example): source 'example-article' quotes it with no "
        "attribution the checker can read; check it against the article"
    ]


def test_quote_outside_quotation_marks_is_a_warning(tmp_path: Path) -> None:
    root = _attribution_base(tmp_path, f"Anna Example wrote that {QUOTE}.", QUOTE, "anna-example")
    (w,) = load(root).warnings
    assert "the text is not inside quotation marks in source 'example-article'" in w.message


def test_paraphrase_filed_under_someone_else_is_an_error(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    quotes = root / "quotes.yaml"
    set_field(quotes, "boris-bridge-result", "speaker", "anna-example")
    find_problem(
        problems_of(root),
        quotes,
        "boris-bridge-result",
        line_of(quotes, "speaker: anna-example", 2),
        "the speaker filed is 'anna-example' (Anna Example), but source 'example-article' "
        "reports these words from 'Boris Sample' (person 'boris-sample')",
    )


# --- clear messages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "quote", "shown", "names"),
    [
        (
            "China follows a policy of good-neighborliness. It is wise.",
            "China follows a policy of good-neighborliness, It is wise",
            "…y of good-neighborliness[,] vs source …y of good-neighborliness[.]",
            "U+002C COMMA vs U+002E FULL STOP",
        ),
        (
            "The China-Central Asia summit opened.",
            "The China–Central Asia summit opened",
            "…The China[–] vs source …The China[-]",
            "U+2013 EN DASH vs U+002D HYPHEN-MINUS",
        ),
    ],
    ids=["comma-vs-full-stop", "en-dash-vs-hyphen"],
)
def test_non_verbatim_quote_shows_where_it_first_differs(
    tmp_path: Path, source: str, quote: str, shown: str, names: str
) -> None:
    root = copy_valid(tmp_path)
    write_article(
        root,
        f'"{source}" said Anna Example.\n'
        "According to Boris Sample, the bridge was the result of “patient” talks.\n",
    )
    quotes = root / "quotes.yaml"
    set_field(quotes, "anna-bridge", "text", f'"{quote}"')
    p = only_problem(problems_of(root))
    assert p.message == "verbatim text does not occur verbatim in source 'example-article'"
    assert p.detail is not None and shown in p.detail and f"({names})" in p.detail, p.detail
    # kb check prints the detail on its own indented line under the problem.
    first, second = str(p).split("\n")
    assert first.endswith("does not occur verbatim in source 'example-article'")
    assert second.startswith("    first differs after ") and names in second


@pytest.mark.parametrize(
    ("file", "rid", "field", "value"),
    [
        ("sources.yaml", "example-brief", "published", "2025-13-45"),
        ("sources.yaml", "example-brief", "published", "last tuesday"),
        ("events.yaml", "example-summit-1", "start", "18/05/2023"),
    ],
)
def test_bad_date_says_use_iso_format(
    tmp_path: Path, file: str, rid: str, field: str, value: str
) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    field_line = set_field(path, rid, field, value)
    p = find_problem(problems_of(root), path, rid, field_line, f"field {field!r}")
    assert p.message.endswith("; use YYYY-MM-DD"), p.message


@pytest.mark.parametrize(
    ("file", "rid", "field", "value", "label", "hint"),
    [
        ("quotes.yaml", "anna-bridge", "speaker", "anna-exampel", "speaker", "anna-example"),
        ("quotes.yaml", "anna-bridge", "source", "example-artcle", "source", "example-article"),
        ("quotes.yaml", "anna-bridge", "event", "example-summit-3", "event", "example-summit-1"),
        ("facts.yaml", "fact-next-summit", "sources", "[example-brif]", "source", "example-brief"),
    ],
)
def test_unknown_id_suggests_the_closest(
    tmp_path: Path, file: str, rid: str, field: str, value: str, label: str, hint: str
) -> None:
    root = copy_valid(tmp_path)
    path = root / file
    set_field(path, rid, field, value)
    ref = value.strip("[]")
    p = only_problem(problems_of(root))
    find_problem(
        [p],
        path,
        rid,
        record_line(path, rid),
        f"unknown {label} {ref!r} (no such",
        f"did you mean {hint!r}?",
    )


def test_unknown_id_with_nothing_close_suggests_nothing(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    set_field(root / "quotes.yaml", "anna-bridge", "speaker", "xi-jinping")
    p = only_problem(problems_of(root))
    assert p.message == "unknown speaker 'xi-jinping' (no such person)"


@pytest.mark.parametrize(
    ("field", "value"),
    [("aliases", "5"), ("country", None), ("role", "[a, b]")],
)
def test_broken_person_gives_one_problem_not_a_cascade(
    tmp_path: Path, field: str, value: str | None
) -> None:
    """anna-example is cited by a quote and a fact; only the person's own problem is shown."""
    root = copy_valid(tmp_path)
    people = root / "people.yaml"
    set_field(people, "anna-example", field, value)
    p = only_problem(problems_of(root))
    assert p.file == str(people) and p.record_id == "anna-example", str(p)


def test_broken_source_gives_one_problem_not_a_cascade(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    sources = root / "sources.yaml"
    set_field(sources, "example-article", "url", "not a url")
    p = only_problem(problems_of(root))
    assert p.file == str(sources) and p.record_id == "example-article", str(p)


# --- duplicates, future dates, drafts ----------------------------------------------------------


def test_alias_on_two_people_is_a_warning(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    people = root / "people.yaml"
    set_field(people, "boris-sample", "aliases", "[Sample, Example]")
    (w,) = load(root).warnings
    find_problem(
        [w],
        people,
        "boris-sample",
        line_of(people, "aliases: [Sample, Example]"),
        "the name or alias 'example' belongs to 'anna-example' too",
    )
    assert str(w).split(": ", 1)[1].startswith("warning: ")


def test_role_phrase_on_two_people_is_a_warning(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    people = root / "people.yaml"
    set_field(people, "boris-sample", "role_phrases", "[The Bridge Minister]")
    (w,) = load(root).warnings
    find_problem(
        [w],
        people,
        "boris-sample",
        line_of(people, "role_phrases: [The Bridge Minister]"),
        "the role phrase 'the bridge minister' belongs to 'anna-example' too",
    )


def test_alternate_question_on_two_records_is_a_warning(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    facts = root / "facts.yaml"
    set_field(facts, "fact-next-summit", "questions", '["What did the bridge minister say?"]')
    (w,) = load(root).warnings
    find_problem(
        [w],
        facts,
        "fact-next-summit",
        line_of(facts, "What did the bridge minister say?"),
        "alternate question 'What did the bridge minister say?' is also one of 'anna-bridge'",
    )


def test_publication_date_in_the_future_is_an_error(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    sources = root / "sources.yaml"
    field_line = set_field(sources, "example-brief", "published", "2052-03-11")
    today = __import__("datetime").date(2025, 7, 1)
    p = only_problem(problems_of_on(root, today))
    find_problem(
        [p],
        sources,
        "example-brief",
        field_line,
        "published 2052-03-11 is in the future (today is 2025-07-01); use YYYY-MM-DD",
    )
    # The next day (time zones ahead of UTC) is not "the future".
    set_field(sources, "example-brief", "published", "2025-07-02")
    assert load(root, today=today).warnings == ()


def problems_of_on(root: Path, today: object) -> list[Problem]:
    with pytest.raises(KnowledgeError) as info:
        load(root, today=today)  # type: ignore[arg-type]
    return info.value.problems


def test_todo_left_by_kb_import_is_an_error(tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    people = root / "people.yaml"
    field_line = set_field(people, "boris-sample", "country", "TODO")
    find_problem(
        problems_of(root),
        people,
        "boris-sample",
        field_line,
        "field 'country' still has a TODO",
    )


def test_a_short_name_that_is_no_word_of_the_name_is_reported(tmp_path: Path) -> None:
    """``short_name`` is how the bot names someone briefly; one that is not a word of their
    name is a slip (a given name typed for the surname in another script, a typo)."""
    root = copy_valid(tmp_path)
    people = root / "people.yaml"
    set_field(people, "anna-example", "short_name", "Annette")
    p = only_problem(problems_of(root))
    assert p.file == str(people) and p.record_id == "anna-example", str(p)
    assert p.line == record_line(people, "anna-example") and "short_name 'Annette'" in p.message
    set_field(people, "anna-example", "short_name", "example")  # any case of a word of the name
    load(root)
