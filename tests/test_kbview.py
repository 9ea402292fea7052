"""The base as tested (tests/kbview.py): a new article is left out of the behaviour tests' base,
and everything else reaches them as the curators wrote it.

The helper's rules are checked on the small fixture base grown with a new article (a new person,
a quote of a person the base knows, facts citing the new source alone or with an old one); the
session's copy and the manifest are checked against the live ``knowledge/`` by properties only,
so that the base can grow.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from bot.cli import main as cli_main
from bot.loader import load
from bot.model import RECORD_TYPES, KnowledgeBase
from tests import kbview
from tests.conftest import KB_VIEW, KNOWLEDGE, LIVE_KNOWLEDGE
from tests.test_real_base import grow as grow_live

FIXTURE_KB = Path(__file__).resolve().parent / "fixtures" / "kb" / "valid"
LISTED = frozenset({"example-article", "example-brief"})

NEW_TEXT = """\
Exampleland opened a ferry line to Sampleland on Friday.

"The ferry will run every hour from May," said Carla Novel, harbour master of Exampleland.

Anna Example said: "The bridge and the ferry will carry twice as many people."
"""
#: Filed at the end of sources.yaml, so that a file mixing listed and unlisted sources is
#: written again (dates, Russian text and all).
NEW_SOURCE = """
  - id: example-ferry
    title: Exampleland opens a ferry line
    outlet: Example Times
    url: https://example.com/ferry
    published: 2025-04-04
    language: en
    text_file: texts/ferry.md
"""
NEW_YAML = """\
people:
  - id: carla-novel
    name: Carla Novel
    aliases: [Novel]
    role: harbour master of Exampleland
    country: Exampleland
    sources: [example-ferry]
quotes:
  - id: carla-ferry-hourly
    speaker: carla-novel
    kind: verbatim
    text: The ferry will run every hour from May
    source: example-ferry
    questions: ["what did the harbour master say"]
  - id: anna-ferry-twice
    speaker: anna-example
    kind: verbatim
    text: The bridge and the ferry will carry twice as many people.
    source: example-ferry
facts:
  - id: fact-ferry-line
    statement: Exampleland opened a ferry line to Sampleland.
    answer: A ferry line to Sampleland, opened on a Friday.
    sources: [example-ferry]
  - id: fact-crossings
    statement: A bridge is agreed and a ferry runs between Exampleland and Sampleland.
    answer: The bridge is agreed and the ferry runs.
    sources: [example-article, example-ferry]
  - id: fact-harbour-on-bridge
    statement: The harbour master welcomed the bridge.
    answer: Carla Novel welcomed it.
    speaker: carla-novel
    sources: [example-article]
"""
#: What the new article brings that cites nothing listed (or is said by someone who does not).
LEFT_OUT = {
    "example-ferry",
    "carla-novel",
    "carla-ferry-hourly",
    "anna-ferry-twice",
    "fact-ferry-line",
    "fact-harbour-on-bridge",
}


def _tables(kb: KnowledgeBase) -> dict[str, dict[str, object]]:
    return {name: dict(getattr(kb, name)) for name in RECORD_TYPES}


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """The fixture base grown with the ferry article; Anna Example now also cites it."""
    root = tmp_path / "live"
    shutil.copytree(FIXTURE_KB, root)
    (root / "texts" / "ferry.md").write_text(NEW_TEXT, "utf-8")
    (root / "zz-ferry.yaml").write_text(NEW_YAML, "utf-8")
    sources = root / "sources.yaml"
    sources.write_text(sources.read_text("utf-8") + NEW_SOURCE, "utf-8")
    people = root / "people.yaml"
    people.write_text(
        people.read_text("utf-8").replace(
            "sources: [example-article]", "sources: [example-article, example-ferry]", 1
        ),
        "utf-8",
    )
    assert cli_main(["kb", "check", "--knowledge", str(root)]) == 0  # a valid growth
    return root


@pytest.fixture
def view(live: Path, tmp_path: Path) -> kbview.View:
    return kbview.build(live, tmp_path / "as-tested", LISTED)


def test_a_new_source_and_the_records_citing_only_it_are_left_out(
    live: Path, view: kbview.View
) -> None:
    whole, tested = load(live), load(view.root)
    assert view.dropped == LEFT_OUT
    for name in RECORD_TYPES:
        assert set(getattr(tested, name)) == set(getattr(whole, name)) - LEFT_OUT, name
    # The quote of a known person goes with its source; the person stays.
    assert "anna-example" in tested.people and tested.quotes_by("anna-example")
    assert all(q.source in LISTED for q in tested.quotes.values())
    # So does the new source's text; the listed sources' texts stay.
    assert not (view.root / "texts" / "ferry.md").exists()
    assert set(tested.texts) == {"example-article"}
    assert view.missing == frozenset()


def test_a_record_citing_a_listed_and_an_unlisted_source_keeps_the_listed_one(
    live: Path, view: kbview.View
) -> None:
    whole, tested = load(live), load(view.root)
    assert view.trimmed == {"fact-crossings", "anna-example"}
    assert tested.facts["fact-crossings"].sources == ("example-article",)
    assert tested.people["anna-example"].sources == ("example-article",)
    # Nothing else of theirs changes.
    for kind, rid in (("facts", "fact-crossings"), ("people", "anna-example")):
        ours, theirs = getattr(tested, kind)[rid], getattr(whole, kind)[rid]
        assert ours.model_dump(exclude={"sources"}) == theirs.model_dump(exclude={"sources"})


def test_the_copy_passes_kb_check_and_keeps_every_other_record_as_written(
    live: Path, view: kbview.View
) -> None:
    assert cli_main(["kb", "check", "--knowledge", str(view.root)]) == 0
    whole, tested = load(live), load(view.root)
    assert tested.warnings == ()
    for name, table in _tables(tested).items():
        for rid, record in table.items():
            if rid not in view.trimmed:
                assert record == getattr(whole, name)[rid], rid
    # A person citing no source (Boris Sample) is not tied to any article: kept.
    assert "boris-sample" in tested.people
    # Files with nothing left out are copied byte for byte (comments, line numbers).
    for name in ("quotes.yaml", "facts.yaml", "events.yaml", "texts/article.md"):
        assert filecmp.cmp(live / name, view.root / name, shallow=False), name
    for name in ("sources.yaml", "people.yaml", "zz-ferry.yaml"):
        assert not filecmp.cmp(live / name, view.root / name, shallow=False), name


def test_with_every_source_listed_the_copy_is_the_base(live: Path, tmp_path: Path) -> None:
    listed = set(load(live).sources)
    same = kbview.build(live, tmp_path / "same", listed)
    assert (same.dropped, same.trimmed, same.missing) == (frozenset(), frozenset(), frozenset())
    assert load(same.root).version == load(live).version


def test_a_listed_source_the_base_lacks_is_reported(live: Path, tmp_path: Path) -> None:
    renamed = kbview.build(live, tmp_path / "renamed", {"example-article", "example-briefing"})
    assert renamed.missing == {"example-briefing"}


#: A curator grows an article already listed: a new fact and a new quote citing example-article.
GROWN_IN_LISTED = """\
facts:
  - id: fact-bridge-tolls
    statement: The bridge will charge no tolls in its first year.
    answer: No tolls in the first year.
    sources: [example-article]
quotes:
  - id: anna-bridge-tolls
    speaker: anna-example
    kind: verbatim
    text: It will be finished by 2030
    source: example-article
"""


def test_new_records_citing_a_listed_source_are_left_out_when_records_are_listed(
    live: Path, tmp_path: Path
) -> None:
    """One more quote or fact from an article the tests already use must not change what they
    see either: with the records listed, a record not listed goes whatever it cites."""
    before = kbview.build(live, tmp_path / "before", LISTED)
    records = kbview.records_of(before.root)
    (live / "zz-grown.yaml").write_text(GROWN_IN_LISTED, "utf-8")
    assert cli_main(["kb", "check", "--knowledge", str(live)]) == 0  # a valid growth
    without = kbview.build(live, tmp_path / "sources-only", LISTED)
    assert {"fact-bridge-tolls", "anna-bridge-tolls"} <= set(load(without.root).facts) | set(
        load(without.root).quotes
    )  # listing sources alone lets them through
    view = kbview.build(live, tmp_path / "as-tested", LISTED, records)
    assert {"fact-bridge-tolls", "anna-bridge-tolls"} <= view.dropped
    assert _tables(load(view.root)) == _tables(load(before.root))
    assert "anna-example" in load(view.root).people  # a listed speaker stays


#: A new article's file that also brings vocabulary: "ferry" read as "bridge" would change how
#: every question about the bridge is read.
GROWN_VOCABULARY = """\
synonyms:
  - [bridge, ferry, boat]
abbreviations:
  xl: exampleland
capitals:
  exampleland: [exampletown]
facts:
  - id: fact-ferry-boats
    statement: Two boats serve the ferry line.
    answer: Two boats.
    sources: [example-ferry]
"""


def test_a_new_files_vocabulary_is_left_out_when_vocabulary_files_are_listed(
    live: Path, tmp_path: Path
) -> None:
    """Vocabulary decides how every question is read: a new article's file that brings a
    synonym group, an abbreviation or a capital must not change what the behaviour tests see,
    while the listed vocabulary file reaches them as written."""
    before = kbview.build(live, tmp_path / "before", LISTED)
    files = kbview.vocabulary_files_of(before.root)
    assert files == ["synonyms.yaml"]
    (live / "zz-ferry-vocabulary.yaml").write_text(GROWN_VOCABULARY, "utf-8")
    assert cli_main(["kb", "check", "--knowledge", str(live)]) == 0  # a valid growth
    whole = load(live)
    assert ("bridge", "ferry", "boat") in whole.synonyms and "xl" in whole.abbreviations
    unlisted = kbview.build(live, tmp_path / "unlisted", LISTED)
    assert ("bridge", "ferry", "boat") in load(unlisted.root).synonyms  # files not listed: kept
    view = kbview.build(live, tmp_path / "as-tested", LISTED, vocabulary=files)
    tested, old = load(view.root), load(before.root)
    assert (tested.synonyms, tested.abbreviations, tested.capitals) == (
        old.synonyms,
        old.abbreviations,
        old.capitals,
    )
    assert view.dropped_vocabulary == {
        f"zz-ferry-vocabulary.yaml: {k}" for k in ("synonyms", "abbreviations", "capitals")
    }
    assert "fact-ferry-boats" in view.dropped  # its record goes with its unlisted source
    assert not (view.root / "zz-ferry-vocabulary.yaml").exists()  # nothing left in it
    # An edit to a listed file's vocabulary is still tested.
    synonyms = live / "synonyms.yaml"
    synonyms.write_text(synonyms.read_text("utf-8") + "  - [toll, fee]\n", "utf-8")
    edited = kbview.build(live, tmp_path / "edited", LISTED, vocabulary=files)
    assert ("toll", "fee") in load(edited.root).synonyms


def test_the_vocabulary_manifest_lists_the_files_with_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.txt"
    kbview.write_vocabulary(FIXTURE_KB, path)
    assert kbview.read_manifest(path) == {"synonyms.yaml"}


def test_the_records_manifest_is_written_from_the_base_and_read_back(
    live: Path, tmp_path: Path
) -> None:
    view = kbview.build(live, tmp_path / "as-tested", LISTED)
    path = tmp_path / "records.txt"
    kbview.write_records(view.root, path)
    ids = kbview.read_manifest(path)
    tested = load(view.root)
    assert ids == {
        rid for name in ("people", "events", "quotes", "facts") for rid in getattr(tested, name)
    }
    assert "carla-ferry-hourly" not in ids and "anna-example" in ids


def test_the_manifest_reads_ids_and_skips_comments(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("# why\nexample-article\n\n  example-brief  # the brief\n", "utf-8")
    assert kbview.read_manifest(manifest) == LISTED


# --- the session's base as tested and the live knowledge/ ----------------------------------------


def test_every_listed_source_is_in_the_live_base() -> None:
    """A listed source that the live base lacks (renamed, removed) would silently take its
    records out of the behaviour tests: the manifest must follow."""
    assert KB_VIEW.missing == frozenset(), (
        f"{sorted(KB_VIEW.missing)} are listed in {kbview.MANIFEST} but not in {LIVE_KNOWLEDGE}"
    )


def test_the_session_base_is_the_live_base_without_its_unlisted_sources() -> None:
    whole, tested = load(LIVE_KNOWLEDGE), load(KNOWLEDGE)
    assert set(tested.sources) == kbview.read_manifest()
    assert KB_VIEW.root == KNOWLEDGE
    for name, table in _tables(tested).items():
        assert set(table) == set(getattr(whole, name)) - KB_VIEW.dropped, name
        for rid, record in table.items():
            if rid not in KB_VIEW.trimmed:
                assert record == getattr(whole, name)[rid], rid


def test_a_new_article_quoting_known_leaders_leaves_the_base_as_tested_unchanged(
    tmp_path: Path,
) -> None:
    """The lead's experiment: the live base grown with valid new sources (one quoting Tokayev and
    Xi Jinping, whom the base knows as people) gives the same base as tested, so the behaviour
    tests see exactly what they saw before; tests/test_real_base.py checks the grown base."""
    grown = grow_live(tmp_path / "grown")
    # The new article's file also reads a new word as one of the base's ("tenge" as "dollar").
    leaders = grown / "zz-test-leaders-dry-port.yaml"
    leaders.write_text(
        leaders.read_text("utf-8") + "synonyms:\n  - [dollar, tenge]\n"
        "abbreviations:\n  ddp: dry port\n",
        "utf-8",
    )
    assert ("dollar", "tenge") in load(grown).synonyms
    view = kbview.build(
        grown,
        tmp_path / "as-tested",
        kbview.read_manifest(),
        kbview.read_manifest(kbview.RECORDS),
        kbview.read_manifest(kbview.VOCABULARY),
    )
    assert {"test-leaders-dry-port-2025", "tokayev-grain-ten-days"} <= view.dropped
    tested, session = load(view.root), load(KNOWLEDGE)
    assert _tables(tested) == _tables(session)
    assert tested.texts == session.texts
    assert (tested.synonyms, tested.abbreviations, tested.capitals) == (
        session.synonyms,
        session.abbreviations,
        session.capitals,
    )
