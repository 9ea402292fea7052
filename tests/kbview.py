"""The base as tested: the live ``knowledge/`` restricted to the sources the tests were written for.

Why: the behaviour tests (matcher, answers, handlers, the ``summitbot`` process, dev-set
thresholds, conversations) assert what today's base answers: "Tokayev is never quoted", a
refusal for "what did tokayev say at the summit", how many people hold an office. A curator
adding a valid article that quotes Tokayev is exactly the growth the product expects, and must
not make those tests fail. So they run on a copy of ``knowledge/`` from which every source not
listed in :data:`MANIFEST` is dropped, with every record that cites only dropped sources; a
record citing listed and unlisted sources keeps the listed ones. A curator also grows an article
already listed (one more quote or fact from the seed article): so the records themselves are
listed too (:data:`RECORDS`, people, events, quotes and facts), and a record whose id is not
listed is dropped whatever it cites. A new article's file may also bring vocabulary (``synonyms``,
``abbreviations``, ``capitals`` sections), which changes how every question is read: those
sections are kept only from the files listed in :data:`VOCABULARY` (``synonyms.yaml``,
``vocabulary.yaml``), so a new file's vocabulary is left out as its records are, while an edit
to a listed file's vocabulary is still tested. Edits to existing records are
still tested (the records are copied, not frozen); a new article is ignored by these tests and
checked instead by the real-base property tests (``tests/test_real_base.py``), which keep running
on the live base.

A quote or fact whose speaker or event is dropped goes too (the copy would not load otherwise).
A person or event citing no source at all is kept: nothing ties it to an article (``kb import``
always gives a new person its source).

Files with nothing to drop are copied byte for byte (comments and line numbers kept); a file that
loses or trims a record is written again from its parsed data, and one left with no content is
left out, as are the text files of dropped sources. The live YAML is only parsed here, never
validated: a broken base is copied as it is, so the tests that load it report its problems.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.loader import VOCABULARY_SECTIONS

MANIFEST = Path(__file__).resolve().parent / "data" / "sources_as_tested.txt"
#: The record ids the behaviour tests were written for (``python -m tests.kbview`` writes it
#: from the base as tested: run it after adding records that tests rely on).
RECORDS = Path(__file__).resolve().parent / "data" / "records_as_tested.txt"
#: The files whose vocabulary sections the behaviour tests were written for (``python -m
#: tests.kbview`` writes it too: every file of the base as tested that has such a section).
VOCABULARY = Path(__file__).resolve().parent / "data" / "vocabulary_as_tested.txt"

#: Sections holding records that cite sources.
_CITING = ("people", "events", "quotes", "facts")


def read_manifest(path: Path = MANIFEST) -> frozenset[str]:
    """The source ids listed in ``path``: one a line, ``#`` starts a comment."""
    ids = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(i for i in ids if i)


@dataclass(frozen=True)
class View:
    """A built copy and what it left out, for the tests of this helper and for messages."""

    root: Path
    #: Listed source ids that the live base does not have (a renamed or removed source: the
    #: manifest needs updating, see tests/test_kbview.py).
    missing: frozenset[str]
    #: Ids of the records left out (sources included).
    dropped: frozenset[str]
    #: Ids of the records that kept only their listed sources.
    trimmed: frozenset[str]
    #: ``file: section`` for each vocabulary section left out (a file not in the vocabulary
    #: manifest).
    dropped_vocabulary: frozenset[str] = frozenset()


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader with timestamps kept as written, as :mod:`bot.loader` reads them."""


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: str(loader.construct_scalar(node)),  # type: ignore[arg-type]
)


def _yaml_files(root: Path) -> list[Path]:
    """The files the loader reads, in its order."""
    return sorted(p for p in root.glob("*.yaml") if p.is_file()) + sorted(
        p for p in root.glob("*.yml") if p.is_file()
    )


def _parse(path: Path) -> dict[str, Any] | None:
    """The file's mapping, or None when it is not one (copied as is; the loader reports it)."""
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=_Loader)
    except (yaml.YAMLError, OSError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _records(parsed: dict[Path, dict[str, Any]], kind: str) -> Iterator[dict[str, Any]]:
    for data in parsed.values():
        items = data.get(kind)
        if isinstance(items, list):
            yield from (i for i in items if isinstance(i, dict) and isinstance(i.get("id"), str))


def _cited(record: dict[str, Any]) -> list[Any] | None:
    """A record's ``sources`` list, or None when it has none to filter."""
    sources = record.get("sources")
    return sources if isinstance(sources, list) and sources else None


def build(
    live: Path,
    dest: Path,
    listed: Iterable[str],
    records: Iterable[str] | None = None,
    vocabulary: Iterable[str] | None = None,
) -> View:
    """Copy ``live`` to ``dest`` (which must not exist) keeping only the ``listed`` sources and,
    when ``records`` is given, only the listed people, events, quotes and facts; when
    ``vocabulary`` (file names) is given, vocabulary sections only from those files."""
    listed = frozenset(listed)
    known = None if records is None else frozenset(records)
    vocab_files = None if vocabulary is None else frozenset(vocabulary)
    parsed = {path: data for path in _yaml_files(live) if (data := _parse(path)) is not None}
    all_sources = {r["id"]: r for r in _records(parsed, "sources")}
    gone_sources = {sid for sid in all_sources if sid not in listed}

    def goes(record: dict[str, Any]) -> bool:
        if known is not None and record["id"] not in known:
            return True  # a record the tests were not written for, whatever it cites
        sources = _cited(record)
        return sources is not None and all(s in gone_sources for s in sources)

    gone_people = {r["id"] for r in _records(parsed, "people") if goes(r)}
    gone_events = {r["id"] for r in _records(parsed, "events") if goes(r)}

    def keeps(kind: str, record: dict[str, Any]) -> bool:
        if kind == "sources":
            return record["id"] not in gone_sources
        if goes(record):
            return False
        return not (
            record.get("source") in gone_sources
            or record.get("speaker") in gone_people
            or record.get("event") in gone_events
        )

    shutil.copytree(live, dest)
    dropped: set[str] = set()
    trimmed: set[str] = set()
    dropped_vocabulary: set[str] = set()
    for path, data in parsed.items():
        out: dict[str, Any] = {}
        changed = False
        for kind, items in data.items():
            if (
                kind in VOCABULARY_SECTIONS
                and vocab_files is not None
                and path.name not in vocab_files
            ):
                dropped_vocabulary.add(f"{path.name}: {kind}")
                changed = True
                continue
            if kind not in ("sources", *_CITING) or not isinstance(items, list):
                out[kind] = items
                continue
            kept: list[Any] = []
            for item in items:
                if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                    kept.append(item)
                elif not keeps(kind, item):
                    dropped.add(item["id"])
                    changed = True
                elif (sources := _cited(item)) and any(s in gone_sources for s in sources):
                    kept.append({**item, "sources": [s for s in sources if s not in gone_sources]})
                    trimmed.add(item["id"])
                    changed = True
                else:
                    kept.append(item)
            if kept or not items:
                out[kind] = kept
        if not changed:
            continue  # copied byte for byte above
        target = dest / path.name
        if not out:
            target.unlink()
            continue
        header = (
            f"# {path.name} as tested (tests/kbview.py): unlisted sources and vocabulary left out\n"
        )
        body = yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100)
        target.write_text(header + body, "utf-8")

    kept_texts = {r.get("text_file") for sid, r in all_sources.items() if sid not in gone_sources}
    for sid in sorted(gone_sources):
        text_file = all_sources[sid].get("text_file")
        if isinstance(text_file, str) and text_file not in kept_texts:
            target = (dest / text_file).resolve()
            if dest.resolve() in target.parents and target.is_file():
                target.unlink()
    return View(
        root=dest,
        missing=frozenset(listed - set(all_sources)),
        dropped=frozenset(dropped),
        trimmed=frozenset(trimmed),
        dropped_vocabulary=frozenset(dropped_vocabulary),
    )


def records_of(root: Path) -> list[str]:
    """The ids of the people, events, quotes and facts of the base at ``root``, sorted."""
    parsed = {path: data for path in _yaml_files(root) if (data := _parse(path)) is not None}
    return sorted({r["id"] for kind in _CITING for r in _records(parsed, kind)})


def write_records(root: Path, path: Path = RECORDS) -> None:
    """Write the records manifest from the base at ``root`` (the base as tested, normally)."""
    header = (
        '# The records the behaviour tests were written for (tests/kbview.py builds "the base as\n'
        '# tested" from the live knowledge/ restricted to these ids and to the listed sources). A\n'
        "# curator's new quote or fact, even from an article already listed, is not here, so it\n"
        "# cannot change what the behaviour tests expect (tests/test_real_base.py checks it).\n"
        "# Written by `python -m tests.kbview` (run it when tests come to rely on new records).\n"
    )
    path.write_text(header + "".join(f"{rid}\n" for rid in records_of(root)), "utf-8")


def vocabulary_files_of(root: Path) -> list[str]:
    """The names of the files of the base at ``root`` that hold a vocabulary section, sorted."""
    return sorted(
        path.name
        for path in _yaml_files(root)
        if (data := _parse(path)) is not None and any(k in data for k in VOCABULARY_SECTIONS)
    )


def write_vocabulary(root: Path, path: Path = VOCABULARY) -> None:
    """Write the vocabulary manifest from the base at ``root`` (the base as tested, normally)."""
    header = (
        "# The files whose vocabulary (synonyms, abbreviations, capitals sections) the behaviour\n"
        '# tests were written for (tests/kbview.py builds "the base as tested" with vocabulary\n'
        "# sections only from these files). A new article's file that brings vocabulary is not\n"
        "# here, so it cannot change how the behaviour tests' questions are read\n"
        "# (tests/test_real_base.py checks the live base). Written by `python -m tests.kbview`;\n"
        "# add a file by hand when behaviour tests come to rely on its vocabulary.\n"
    )
    path.write_text(header + "".join(f"{name}\n" for name in vocabulary_files_of(root)), "utf-8")


if __name__ == "__main__":
    import tempfile

    _live = Path(__file__).resolve().parent.parent / "knowledge"
    with tempfile.TemporaryDirectory() as _tmp:
        _view = build(
            _live,
            Path(_tmp) / "as-tested",
            read_manifest(),
            vocabulary=read_manifest(VOCABULARY) if VOCABULARY.exists() else None,
        )
        write_records(_view.root)
        write_vocabulary(_view.root)
    print(f"wrote {RECORDS} and {VOCABULARY}")
