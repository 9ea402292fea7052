"""Load the curator's YAML into a validated :class:`~bot.model.KnowledgeBase`.

Every problem is collected, never just the first: a curator fixing a broken edit wants the whole
list at once, each item naming the file, the record id and the line.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.model import (
    MODEL_FOR,
    RECORD_TYPES,
    Event,
    Fact,
    KnowledgeBase,
    Person,
    Quote,
    Record,
    RecordType,
    Source,
)

SINGULAR: dict[str, str] = {
    "sources": "source",
    "people": "person",
    "events": "event",
    "quotes": "quote",
    "facts": "fact",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge base, located as precisely as we can."""

    file: str
    message: str
    record_id: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        rec = f" [{self.record_id}]" if self.record_id else ""
        return f"{where}{rec}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base has problems; ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the knowledge base")


def default_knowledge_dir() -> Path:
    """``KNOWLEDGE_DIR``, else the repo's ``knowledge/``, else the copy packaged in the wheel."""
    env = os.environ.get("KNOWLEDGE_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    repo = here.parent / "knowledge"
    if repo.is_dir():
        return repo
    return here / "_knowledge"


# --- YAML with line numbers ------------------------------------------------------------------


class _LineDict(dict[str, Any]):
    """A mapping that remembers the line of its start and of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class _LineList(list[Any]):
    """A sequence that remembers the line of each item (1-based)."""

    item_lines: list[int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records line numbers and reports duplicate keys instead of overwriting.

    Timestamps are left as strings: PyYAML would raise on ``published: 2025-13-45`` and lose
    the whole file, while pydantic reports it against the record and field, with the line.
    """

    duplicate_keys: list[tuple[str, int, _LineDict]]

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> list[Any]:
        result = _LineList(self.construct_object(child, deep=True) for child in node.value)
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        result = _LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                self.duplicate_keys.append((key, key_node.start_mark.line + 1, result))
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _LineLoader.construct_mapping,
)
_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
    _LineLoader.construct_sequence,
)


def _timestamp_as_str(loader: _LineLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_str)


def _parse_yaml(path: Path, display: str, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(display, f"cannot read file: {exc}"))
        return None
    loader = _LineLoader(text)
    loader.duplicate_keys = []
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(display, f"malformed YAML: {reason}", line=line))
        return None
    finally:
        loader.dispose()
    for key, line, mapping in loader.duplicate_keys:
        rid = mapping.get("id") if key != "id" else None
        problems.append(
            Problem(
                display,
                f"duplicate key {key!r} (the later value wins)",
                str(rid) if rid is not None else None,
                line,
            )
        )
    return data


# --- Loading -----------------------------------------------------------------------------------


@dataclass
class _Raw:
    kind: RecordType
    record: Record
    file: str
    line: int


def _normalise_for_verbatim(text: str) -> str:
    """Only whitespace and typographic quote marks are normalised: anything else must match."""
    table = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
    return re.sub(r"\s+", " ", text.translate(table)).strip()


def _pydantic_problems(
    exc: ValidationError, display: str, rid: str | None, item: _LineDict
) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = err["loc"]
        field = str(loc[0]) if loc else None
        line = item.key_lines.get(field, item.line) if field else item.line
        where = ".".join(str(p) for p in loc)
        if err["type"] == "missing":
            msg = f"missing required field {field!r}"
        elif err["type"] == "extra_forbidden":
            msg = f"unknown field {field!r}"
        else:
            value = err.get("input")
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
            msg = f"field {where!r}: {err['msg']} (got {shown})"
        out.append(Problem(display, msg, rid, line))
    return out


def _read_synonyms(
    items: Any, display: str, line: int | None, problems: list[Problem]
) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    if not isinstance(items, list):
        problems.append(
            Problem(display, "section 'synonyms' must be a list of word lists", None, line)
        )
        return groups
    lines = items.item_lines if isinstance(items, _LineList) else [line] * len(items)
    for group, group_line in zip(items, lines, strict=True):
        if (
            not isinstance(group, list)
            or len(group) < 2
            or not all(isinstance(w, str) and w.strip() and " " not in w.strip() for w in group)
        ):
            problems.append(
                Problem(
                    display,
                    f"synonym group {list(group) if isinstance(group, list) else group!r} must be "
                    "a list of two or more single words",
                    None,
                    group_line,
                )
            )
            continue
        groups.append(tuple(w.strip() for w in group))
    return groups


def _read_records(
    root: Path, problems: list[Problem], synonyms: list[tuple[str, ...]]
) -> list[_Raw]:
    files = sorted(p for p in root.glob("*.yaml") if p.is_file()) + sorted(
        p for p in root.glob("*.yml") if p.is_file()
    )
    if not files:
        problems.append(Problem(str(root), "no .yaml files in the knowledge directory"))
    raws: list[_Raw] = []
    for path in files:
        display = str(path)
        data = _parse_yaml(path, display, problems)
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(Problem(display, "the file must be a mapping of record lists", None, 1))
            continue
        for kind, items in data.items():
            line = data.key_lines.get(kind) if isinstance(data, _LineDict) else None
            if kind == "synonyms":
                synonyms.extend(_read_synonyms(items, display, line, problems))
                continue
            if kind not in MODEL_FOR:
                expected = ", ".join((*RECORD_TYPES, "synonyms"))
                problems.append(
                    Problem(display, f"unknown section {kind!r} (use {expected})", None, line)
                )
                continue
            if items is None:
                continue
            if not isinstance(items, list):
                problems.append(Problem(display, f"section {kind!r} must be a list", None, line))
                continue
            for item in items:
                if not isinstance(item, _LineDict):
                    problems.append(
                        Problem(display, f"each {SINGULAR[kind]} must be a mapping", None, line)
                    )
                    continue
                rid = item.get("id")
                rid_s = str(rid) if rid is not None else None
                try:
                    record = MODEL_FOR[kind].model_validate(dict(item))
                except ValidationError as exc:
                    problems.extend(_pydantic_problems(exc, display, rid_s, item))
                    continue
                raws.append(_Raw(kind, record, display, item.line))
    return raws


def _check_references(
    tables: dict[str, dict[str, Any]], where: dict[str, _Raw], problems: list[Problem]
) -> None:
    def need(rid: str, kind: str, ref: str | None, label: str) -> None:
        if ref is not None and ref not in tables[kind]:
            raw = where[rid]
            problems.append(
                Problem(
                    raw.file, f"unknown {label} {ref!r} (no such {SINGULAR[kind]})", rid, raw.line
                )
            )

    for p in tables["people"].values():
        for s in p.sources:
            need(p.id, "sources", s, "source")
    for e in tables["events"].values():
        for s in e.sources:
            need(e.id, "sources", s, "source")
    for q in tables["quotes"].values():
        need(q.id, "people", q.speaker, "speaker")
        need(q.id, "sources", q.source, "source")
        need(q.id, "events", q.event, "event")
    for f in tables["facts"].values():
        need(f.id, "people", f.speaker, "speaker")
        need(f.id, "events", f.event, "event")
        for s in f.sources:
            need(f.id, "sources", s, "source")


def _load_texts(
    root: Path, sources: dict[str, Source], where: dict[str, _Raw], problems: list[Problem]
) -> dict[str, str]:
    texts: dict[str, str] = {}
    base = root.resolve()
    for s in sources.values():
        if not s.text_file:
            continue
        raw = where[s.id]
        path = (root / s.text_file).resolve()
        if base not in path.parents:
            problems.append(
                Problem(raw.file, f"text_file {s.text_file!r} is outside {root}", s.id, raw.line)
            )
            continue
        try:
            texts[s.id] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(
                Problem(raw.file, f"cannot read text_file {s.text_file!r}: {exc}", s.id, raw.line)
            )
    return texts


def _check_verbatim(
    quotes: dict[str, Quote],
    texts: dict[str, str],
    sources: dict[str, Source],
    where: dict[str, _Raw],
    problems: list[Problem],
) -> None:
    normalised = {sid: _normalise_for_verbatim(t) for sid, t in texts.items()}
    for q in quotes.values():
        if q.source not in sources:
            continue  # already reported as an unknown reference
        raw = where[q.id]
        if q.source not in normalised:
            problems.append(
                Problem(
                    raw.file,
                    f"source {q.source!r} has no text_file to check the quote against",
                    q.id,
                    raw.line,
                )
            )
            continue
        if _normalise_for_verbatim(q.text) not in normalised[q.source]:
            problems.append(
                Problem(
                    raw.file,
                    f"{q.kind} text does not occur verbatim in source {q.source!r}",
                    q.id,
                    raw.line,
                )
            )


def _version(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load(root: Path | str | None = None) -> KnowledgeBase:
    """Load and validate a knowledge directory; raise :class:`KnowledgeError` with all problems."""
    root = Path(root) if root is not None else default_knowledge_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), "knowledge directory not found")])
    synonyms: list[tuple[str, ...]] = []
    raws = _read_records(root, problems, synonyms)

    tables: dict[str, dict[str, Any]] = {kind: {} for kind in RECORD_TYPES}
    where: dict[str, _Raw] = {}
    for raw in raws:
        rid = raw.record.id
        if rid in where:
            first = where[rid]
            problems.append(
                Problem(
                    raw.file,
                    f"duplicate id (first defined at {first.file}:{first.line})",
                    rid,
                    raw.line,
                )
            )
            continue
        where[rid] = raw
        tables[raw.kind][rid] = raw.record
        for gap in raw.record.russian_gaps():
            problems.append(
                Problem(
                    raw.file,
                    f"Russian field {gap!r} is missing while other Russian fields "
                    "are set (fill all or none)",
                    rid,
                    raw.line,
                )
            )

    _check_references(tables, where, problems)
    texts = _load_texts(root, tables["sources"], where, problems)
    _check_verbatim(tables["quotes"], texts, tables["sources"], where, problems)
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(
        sources=tables["sources"],
        people=tables["people"],
        events=tables["events"],
        quotes=tables["quotes"],
        facts=tables["facts"],
        texts=texts,
        version=_version(root),
        synonyms=tuple(synonyms),
    )


__all__ = ["Event", "Fact", "KnowledgeBase", "KnowledgeError", "Person", "Problem", "load"]
