"""Load the curator's YAML into a validated :class:`~bot.model.KnowledgeBase`.

Every problem is collected, never just the first: a curator fixing a broken edit wants the whole
list at once, each item naming the file, the record id and the line.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot import attribution
from bot import text as T
from bot.model import (
    MODEL_FOR,
    RECORD_TYPES,
    Event,
    Fact,
    KnowledgeBase,
    Person,
    Problem,
    Quote,
    Record,
    RecordType,
    Source,
)

#: The sections that hold vocabulary (how questions are read), not records: read by
#: :func:`load` and, for the base the behaviour tests use, by tests/kbview.py.
VOCABULARY_SECTIONS: tuple[str, ...] = ("synonyms", "abbreviations", "capitals")

SINGULAR: dict[str, str] = {
    "sources": "source",
    "people": "person",
    "events": "event",
    "quotes": "quote",
    "facts": "fact",
}


class KnowledgeError(Exception):
    """The knowledge base has problems; ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem], warnings: list[Problem] | None = None) -> None:
        self.problems = problems
        #: Warnings found alongside (``kb check`` prints them too; they never block alone).
        self.warnings = warnings or []
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


class _LineConstructing:
    """Constructors that record line numbers and report duplicate keys instead of overwriting.

    Timestamps are left as strings: PyYAML would raise on ``published: 2025-13-45`` and lose
    the whole file, while pydantic reports it against the record and field, with the line.
    Mixed into a pure-Python and a C-parsing SafeLoader: both build the same nodes, with the
    same marks, and these constructors read only the nodes.
    """

    duplicate_keys: list[tuple[str, int, _LineDict]]
    construct_object: Any
    flatten_mapping: Any
    yaml_implicit_resolvers: dict[Any, list[tuple[str, Any]]]
    yaml_path_resolvers: dict[Any, Any]

    def _child(self, node: yaml.Node) -> Any:
        """A child node's value. A plain string (most of a knowledge file) is the node's own
        value, which is all that ``construct_object`` would return for it after its bookkeeping
        (the anchor cache, the recursion guard) — skipped here because it is a third of the
        parse time of a large base; anything else goes through ``construct_object``."""
        if node.tag == _STR_TAG and type(node) is yaml.ScalarNode:
            return node.value
        return self.construct_object(node, deep=True)

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> list[Any]:
        child = self._child
        result = _LineList(child(c) for c in node.value)
        result.item_lines = [c.start_mark.line + 1 for c in node.value]
        return result

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        child = self._child
        result = _LineDict()
        result.line = node.start_mark.line + 1
        key_lines: dict[str, int] = {}
        result.key_lines = key_lines
        for key_node, value_node in node.value:
            key = child(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                self.duplicate_keys.append((key, key_node.start_mark.line + 1, result))
            result[key] = child(value_node)
            key_lines[key] = key_node.start_mark.line + 1
        return result

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """PyYAML's resolver, minus its per-call list building: a plain scalar is tried against
        the implicit resolvers for its first character (the same regexes, in the same order); a
        quoted one is a string. Anything else, or a loader with path resolvers, goes to PyYAML."""
        if kind is yaml.ScalarNode and not self.yaml_path_resolvers:
            if not implicit[0]:
                return _STR_TAG
            table = self.yaml_implicit_resolvers
            if None not in table:
                for tag, regexp in table.get(value[0] if value else "", ()):
                    if regexp.match(value):
                        return tag
                return _STR_TAG
        return super().resolve(kind, value, implicit)  # type: ignore[misc]


_STR_TAG: str = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG  # "tag:yaml.org,2002:str"


class _LineLoader(_LineConstructing, yaml.SafeLoader):
    """The pure-Python loader: used where libyaml is missing, and to word a YAML error."""


#: The C parser (libyaml), 3-4 times faster on a large base; the same nodes and constructors.
_CLineLoader: type[Any] | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _CLoader(_LineConstructing, yaml.CSafeLoader):
        """libyaml's parser with the line-recording constructors."""

    _CLineLoader = _CLoader


def _timestamp_as_str(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_LOADERS: tuple[type[Any] | None, ...] = (_LineLoader, _CLineLoader)
for _cls in _LOADERS:
    if _cls is None:
        continue
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _cls.construct_mapping)
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _cls.construct_sequence)
    _cls.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_str)


def _parse_yaml(path: Path, display: str, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(display, f"cannot read file: {exc}"))
        return None
    if _CLineLoader is not None:
        fast = _CLineLoader(text)
        fast.duplicate_keys = []
        try:
            data = fast.get_single_data()
        except yaml.YAMLError:
            pass  # worded below by the pure-Python parser, as always (libyaml words it apart)
        else:
            return _with_duplicates(data, fast.duplicate_keys, display, problems)
        finally:
            fast.dispose()
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
    return _with_duplicates(data, loader.duplicate_keys, display, problems)


def _with_duplicates(
    data: Any, duplicates: list[tuple[str, int, _LineDict]], display: str, problems: list[Problem]
) -> Any:
    """The parsed data, after reporting its duplicate keys."""
    for key, line, mapping in duplicates:
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
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


def _normalise_for_verbatim(text: str) -> str:
    """Only whitespace and typographic quote marks are normalised: anything else must match."""
    return attribution.normalise(text)


def _normalise_source(text: str) -> str:
    """A source text as quotes are checked against it: as :func:`_normalise_for_verbatim`, and
    a paragraph that reopens a quotation (the convention for one quotation running over several
    paragraphs) joins the previous one, so the quotation can be filed as one text."""
    return _normalise_for_verbatim(re.sub(r"\n\s*[“«„\"](?=\S)", "\n", text))


#: Dates in the YAML are ISO dates; pydantic's own wording does not say which format it wants.
DATE_HINT = "use YYYY-MM-DD"


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
            if err["type"].startswith("date"):
                msg += f"; {DATE_HINT}"
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


def _read_abbreviations(
    items: Any, display: str, line: int | None, problems: list[Problem]
) -> dict[str, tuple[str, ...]]:
    """An ``abbreviations:`` section: one word -> the words it stands for ("bri: belt and road
    initiative"), in the normalised form questions are read in; a key in capitals that is an
    everyday word in lower case ("IT", "US") is kept as written (text.words)."""
    found: dict[str, tuple[str, ...]] = {}
    if not isinstance(items, dict):
        problems.append(
            Problem(
                display,
                "section 'abbreviations' must map a short form to its words "
                "(for example `bri: belt and road initiative`)",
                None,
                line,
            )
        )
        return found
    lines = items.key_lines if isinstance(items, _LineDict) else {}
    for short, full in items.items():
        where = lines.get(short, line)
        key = T.normalize(str(short))
        if T.is_case_sensitive_short_form(str(short)):
            # "IT", "US": written in capitals they are short forms, in lower case everyday
            # words ("it", "us"); kept as written, read only where a question writes them so.
            key = str(short)
        words = T.normalize(full).split() if isinstance(full, str) else []
        if not key or " " in key:
            problems.append(
                Problem(display, f"abbreviation {short!r} must be a single word", None, where)
            )
        elif not words:
            problems.append(
                Problem(
                    display,
                    f"abbreviation {short!r} must stand for one or more words, not {full!r}",
                    None,
                    where,
                )
            )
        elif key in found:
            problems.append(Problem(display, f"abbreviation {short!r} is given twice", None, where))
        else:
            found[key] = tuple(words)
    return found


def _read_capitals(
    items: Any,
    display: str,
    line: int | None,
    problems: list[Problem],
    at: dict[str, tuple[str, int | None]],
) -> dict[str, str]:
    """A ``capitals:`` section: a country -> the spellings of its capital ("tajikistan:
    [dushanbe, душанбе]"), read as {spelling: country} in the normalised form questions are
    read in. The country is one word the base reads as a country (checked in :func:`_load`, once
    the synonyms and people are known); a spelling is one word, given for one country only."""
    found: dict[str, str] = {}
    example = "(for example `tajikistan: [dushanbe, душанбе]`)"
    if not isinstance(items, dict):
        problems.append(
            Problem(
                display,
                f"section 'capitals' must map a country to the spellings of its capital {example}",
                None,
                line,
            )
        )
        return found
    lines = items.key_lines if isinstance(items, _LineDict) else {}
    for country, spellings in items.items():
        where = lines.get(country, line)
        key = T.normalize(str(country))
        if not key or " " in key:
            problems.append(
                Problem(
                    display, f"capital's country {country!r} must be a single word", None, where
                )
            )
            continue
        if (
            not isinstance(spellings, list)
            or not spellings
            or not all(isinstance(w, str) and len(T.normalize(w).split()) == 1 for w in spellings)
        ):
            problems.append(
                Problem(
                    display,
                    f"capital of {country!r} must be a list of single words, not {spellings!r} "
                    f"{example}",
                    None,
                    where,
                )
            )
            continue
        for w in spellings:
            spelling = T.normalize(w)
            if spelling in found and found[spelling] != key:
                problems.append(
                    Problem(
                        display,
                        f"capital {w!r} is given for two countries ({found[spelling]!r} and "
                        f"{key!r})",
                        None,
                        where,
                    )
                )
                continue
            found[spelling] = key
        at.setdefault(key, (display, where))
    return found


def _check_capitals(
    capitals: dict[str, str],
    at: dict[str, tuple[str, int | None]],
    synonyms: list[tuple[str, ...]],
    people: dict[str, Any],
    problems: list[Problem],
) -> None:
    """A capital's country must be a word the base reads as a country (a person's country or a
    word of a synonym group with one): otherwise the capital would stand for nothing."""
    countries = {T.normalize(p.country) for p in people.values() if p.country}
    known = set(countries)
    for group in synonyms:
        words = {T.normalize(w) for w in group}
        if words & countries:
            known |= words
    for country in sorted(set(capitals.values()) - known):
        display, line = at.get(country, ("capitals", None))
        problems.append(
            Problem(
                display,
                f"capital's country {country!r} is no country of the base (a person's country "
                "or a word of its synonym group)",
                None,
                line,
            )
        )


def _read_records(
    root: Path,
    problems: list[Problem],
    synonyms: list[tuple[str, ...]],
    broken: dict[str, set[str]],
    abbreviations: dict[str, tuple[str, ...]] | None = None,
    capitals: dict[str, str] | None = None,
    capital_at: dict[str, tuple[str, int | None]] | None = None,
) -> list[_Raw]:
    """Every valid record; the ids of records that failed validation go to ``broken`` (by
    type), so that references to them are not reported again as unknown."""
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
            if kind == "abbreviations":
                found = _read_abbreviations(items, display, line, problems)
                if abbreviations is not None:
                    abbreviations.update(found)
                continue
            if kind == "capitals":
                spelled = _read_capitals(
                    items, display, line, problems, capital_at if capital_at is not None else {}
                )
                if capitals is not None:
                    capitals.update(spelled)
                continue
            if kind not in MODEL_FOR:
                expected = ", ".join((*RECORD_TYPES, *VOCABULARY_SECTIONS))
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
                    if rid_s is not None:
                        broken.setdefault(kind, set()).add(rid_s)
                    continue
                raws.append(_Raw(kind, record, display, item.line, dict(item.key_lines)))
    return raws


#: How close (rapidfuzz ratio, 0-100) an existing id must be to an unknown one to be offered
#: as "did you mean": 75 catches a dropped or doubled letter or a wrong year in a 15-40
#: character id, and stays quiet when nothing is close.
SUGGEST_MIN_RATIO = 75


def closest_id(ref: str, ids: Iterable[str]) -> str | None:
    """The existing id most like ``ref`` (a typo), if one is close enough."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(ref, sorted(ids), scorer=fuzz.ratio)
    return str(found[0]) if found and found[1] >= SUGGEST_MIN_RATIO else None


def _check_references(
    tables: dict[str, dict[str, Any]],
    where: dict[str, _Raw],
    problems: list[Problem],
    broken: dict[str, set[str]],
) -> None:
    def need(rid: str, kind: str, ref: str | None, label: str) -> None:
        if ref is None or ref in tables[kind] or ref in broken.get(kind, set()):
            return  # a reference to a broken record: that record's own problem says it all
        raw = where[rid]
        hint = closest_id(ref, tables[kind])
        msg = f"unknown {label} {ref!r} (no such {SINGULAR[kind]}"
        msg += f"; did you mean {hint!r}?)" if hint else ")"
        problems.append(Problem(raw.file, msg, rid, raw.line))

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


#: Characters of context shown on each side of the first difference of a non-verbatim quote.
DIFF_CONTEXT = 24


def _char_name(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'UNNAMED')}"


def first_difference(quote: str, source: str) -> str:
    """Where a (normalised) quote first differs from the closest passage of its source: the
    longest start of the quote that the source has, then the character after it on each side,
    bracketed and named (a dash and a hyphen look alike; their code points do not)."""
    lo, hi = 0, len(quote)  # the longest prefix found: binary search (occurrence is monotone)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if quote[:mid] in source:
            lo = mid
        else:
            hi = mid - 1
    k = lo
    if k == 0:
        return f"its first character [{quote[0]}] ({_char_name(quote[0])}) starts no passage"
    at = source.find(quote[:k])
    lead = quote[max(0, k - DIFF_CONTEXT) : k]
    ours = quote[k]
    theirs = source[at + k] if at + k < len(source) else ""
    shown = f"…{lead}[{ours}] vs source …{lead}[{theirs or 'end of text'}]"
    names = f"{_char_name(ours)} vs " + (_char_name(theirs) if theirs else "the end of the text")
    return f"first differs after {k} characters: {shown} ({names})"


def _check_verbatim(
    quotes: dict[str, Quote],
    texts: dict[str, str],
    sources: dict[str, Source],
    where: dict[str, _Raw],
    problems: list[Problem],
) -> set[str]:
    """Every quote must occur in its source's text; returns the ids of those that do."""
    normalised = {sid: _normalise_source(t) for sid, t in texts.items()}
    ok: set[str] = set()
    for q in quotes.values():
        if q.source not in sources:
            continue  # already reported as an unknown reference
        raw = where[q.id]
        if q.source not in normalised:
            if q.source in texts or sources[q.source].text_file:
                continue  # the text file's own problem is reported on the source
            problems.append(
                Problem(
                    raw.file,
                    f"source {q.source!r} has no text_file to check the quote against",
                    q.id,
                    raw.line,
                )
            )
            continue
        text = _normalise_for_verbatim(q.text)
        if text not in normalised[q.source]:
            problems.append(
                Problem(
                    raw.file,
                    f"{q.kind} text does not occur verbatim in source {q.source!r}",
                    q.id,
                    raw.line,
                    detail=first_difference(text, normalised[q.source]),
                )
            )
            continue
        ok.add(q.id)
    return ok


def _person_forms(p: Person) -> list[str]:
    return [p.name, *p.aliases, *([p.name_ru] if p.name_ru else [])]


def _stem(token: str) -> str:
    """The key two name words are equal under (:func:`bot.attribution.same_token`)."""
    return attribution.name_stem(attribution.fold(token))


class _Who:
    """Names a text's speaker for an error message: ``'Safarov' (person 'saifullo-safarov')``
    when exactly one person of the base fits the name, else just the name.

    Only error messages need it, so its index is built at the first one: the people who have a
    name word with the same stem as the name's first word (two name words match exactly when
    their stems do, :func:`bot.attribution.same_token`), so that a base with many
    misattributions does not compare every name with every person."""

    def __init__(self, people: dict[str, Person]) -> None:
        self._people = people
        self._by_stem: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        if self._by_stem is None:
            self._by_stem = {}
            for k, p in enumerate(self._people.values()):
                for form in _person_forms(p):
                    for tok in attribution.name_tokens(form):
                        ks = self._by_stem.setdefault(_stem(tok), [])
                        if not ks or ks[-1] != k:
                            ks.append(k)
        return self._by_stem

    def __call__(self, name: str) -> str:
        toks = attribution.name_tokens(name)
        if not toks:
            return repr(name)
        people = list(self._people.values())
        cands = self._index().get(_stem(toks[0]), [])
        ids = [
            people[k].id for k in cands if attribution.names_match(name, _person_forms(people[k]))
        ]
        return f"{name!r} (person {ids[0]!r})" if len(ids) == 1 else repr(name)


def _check_attribution(
    quotes: dict[str, Quote],
    verbatim_ok: set[str],
    texts: dict[str, str],
    sources: dict[str, Source],
    people: dict[str, Person],
    where: dict[str, _Raw],
    problems: list[Problem],
    warnings: list[Problem],
) -> None:
    """A verbatim quote's speaker must be the person its source's text attributes it to.

    The finder (:mod:`bot.attribution`) reads each source once. A different person is an error
    (the bot would misattribute); no attribution found is a warning (the curator checks by
    hand). A paraphrase is checked only when the finder reports it, with a different speaker."""
    analyses: dict[str, attribution.Analysis] = {}
    who = _Who(people)
    for q in quotes.values():
        if q.id not in verbatim_ok or q.speaker not in people:
            continue  # already reported: not verbatim, or an unknown/broken speaker
        if q.source not in analyses:
            analyses[q.source] = attribution.analyse(texts[q.source], sources[q.source].language)
        analysis = analyses[q.source]
        raw = where[q.id]
        person = people[q.speaker]
        forms = _person_forms(person)
        filed = f"{q.speaker!r} ({person.name})"
        if q.kind == "paraphrase":
            key = attribution.normalise(q.text).rstrip(",. ")
            for para in analysis.paraphrases:
                if key == attribution.normalise(para.text).rstrip(",. "):
                    if not attribution.names_match(para.speaker, forms):
                        problems.append(
                            Problem(
                                raw.file,
                                f"misattributed: the speaker filed is {filed}, but source "
                                f"{q.source!r} reports these words from "
                                f"{who(para.speaker)}",
                                q.id,
                                raw.line_of("speaker"),
                            )
                        )
                    break
            continue
        found = attribution.locate(q.text, analysis)
        said = [f for f in found if isinstance(f, attribution.Quotation) and f.speaker]
        if any(f.speaker and attribution.names_match(f.speaker, forms) for f in said):
            continue
        if said:
            first = said[0]
            assert first.speaker is not None
            shown = f" (as {first.written!r})" if first.written not in ("", first.speaker) else ""
            problems.append(
                Problem(
                    raw.file,
                    f"misattributed: the speaker filed is {filed}, but source {q.source!r} "
                    f"attributes this quote to {who(first.speaker)}{shown}",
                    q.id,
                    raw.line_of("speaker"),
                )
            )
            continue
        reason = (
            f"source {q.source!r} quotes it with no attribution the checker can read"
            if found
            else f"the text is not inside quotation marks in source {q.source!r}"
        )
        warnings.append(
            Problem(
                raw.file,
                f"cannot confirm the speaker {filed}: {reason}; check it against the article",
                q.id,
                raw.line,
                severity="warning",
            )
        )


def _fold_phrase(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold().replace("ё", "е")))


def _check_duplicates(
    tables: dict[str, dict[str, Any]],
    where: dict[str, _Raw],
    problems: list[Problem],
    warnings: list[Problem],
) -> None:
    """A name or role phrase on two people makes questions about it ambiguous; an alternate
    question on two records can answer with only one of them. Both are warnings: the bot stays
    right (an ambiguous name is answered with a question back, a shared question with one of
    two records the curator filed for it), but the curator meant something else."""
    owners: dict[str, list[tuple[str, str]]] = {}
    for p in tables["people"].values():
        own = {_fold_phrase(a): ("alias", a) for a in p.aliases}
        own |= {_fold_phrase(a): ("name", a) for a in (p.name, p.name_ru) if a}
        own |= {_fold_phrase(r): ("role phrase", r) for r in p.role_phrases}
        for key in own:
            owners.setdefault(key, []).append((p.id, own[key][0]))
    for key, who in owners.items():
        ids = sorted({pid for pid, _ in who})
        if len(ids) < 2:
            continue
        kinds = {kind for _, kind in who}
        label = "role phrase" if kinds == {"role phrase"} else "name or alias"
        for pid in ids[1:]:
            raw = where[pid]
            field = "role_phrases" if label == "role phrase" else "aliases"
            warnings.append(
                Problem(
                    raw.file,
                    f"the {label} {key!r} belongs to {ids[0]!r} too: questions using it "
                    "will not know which person is meant",
                    pid,
                    raw.line_of(field),
                    severity="warning",
                )
            )
    asked: dict[str, str] = {}
    for kind in ("events", "quotes", "facts"):
        for rec in tables[kind].values():
            mine: set[str] = set()
            for field in ("questions", "questions_ru"):
                for question in getattr(rec, field, ()):
                    key = _fold_phrase(question)
                    if key in mine:
                        continue
                    mine.add(key)
                    if key in asked:
                        raw = where[rec.id]
                        warnings.append(
                            Problem(
                                raw.file,
                                f"alternate question {question!r} is also one of "
                                f"{asked[key]!r}'s: asked, it can lead to only one of them",
                                rec.id,
                                raw.line_of(field),
                                severity="warning",
                            )
                        )
                    else:
                        asked[key] = rec.id


#: A source dated after today (UTC) plus this margin is a typo: articles are filed after they
#: appear, and a day covers time zones ahead of UTC.
FUTURE_MARGIN = dt.timedelta(days=1)
_TODO = re.compile(r"\bTODO\b")


def _check_dates_and_todos(
    tables: dict[str, dict[str, Any]],
    where: dict[str, _Raw],
    problems: list[Problem],
    today: dt.date,
) -> None:
    for s in tables["sources"].values():
        if s.published > today + FUTURE_MARGIN:
            raw = where[s.id]
            problems.append(
                Problem(
                    raw.file,
                    f"published {s.published.isoformat()} is in the future (today is "
                    f"{today.isoformat()}); {DATE_HINT}",
                    s.id,
                    raw.line_of("published"),
                )
            )
    for kind in RECORD_TYPES:
        for rec in tables[kind].values():
            for name, value in rec:
                values = value if isinstance(value, tuple) else (value,)
                if any(isinstance(v, str) and "TODO" in v and _TODO.search(v) for v in values):
                    raw = where[rec.id]
                    problems.append(
                        Problem(
                            raw.file,
                            f"field {name!r} still has a TODO (a draft from `kb import` "
                            "not reviewed yet)",
                            rec.id,
                            raw.line_of(name),
                        )
                    )


def _version(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the duration of a load.

    A load allocates a few hundred thousand objects (YAML nodes, records, analyses) that all
    stay alive until it ends; the collector, triggered by the allocation count, walks them all
    again and again and finds nothing to free. On the 3,000-person base that repeated walking
    was most of the YAML parse time (composing 0.6–1.1 s with it, 0.2 s without). Reference
    counting still frees everything as usual; the collector is restored (if it was on) and runs
    again as normal afterwards. Results do not depend on it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(root: Path | str | None = None, *, today: dt.date | None = None) -> KnowledgeBase:
    """Load and validate a knowledge directory; raise :class:`KnowledgeError` with all problems.

    ``today`` (default: the UTC date) is what "in the future" means for publication dates."""
    with _gc_paused():
        return _load(root, today)


def _load(root: Path | str | None, today: dt.date | None) -> KnowledgeBase:
    root = Path(root) if root is not None else default_knowledge_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), "knowledge directory not found")])
    synonyms: list[tuple[str, ...]] = []
    abbreviations: dict[str, tuple[str, ...]] = {}
    broken: dict[str, set[str]] = {}
    warnings: list[Problem] = []
    capitals: dict[str, str] = {}
    capital_at: dict[str, tuple[str, int | None]] = {}
    raws = _read_records(root, problems, synonyms, broken, abbreviations, capitals, capital_at)

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

    _check_references(tables, where, problems, broken)
    texts = _load_texts(root, tables["sources"], where, problems)
    verbatim_ok = _check_verbatim(tables["quotes"], texts, tables["sources"], where, problems)
    _check_attribution(
        tables["quotes"],
        verbatim_ok,
        texts,
        tables["sources"],
        tables["people"],
        where,
        problems,
        warnings,
    )
    _check_duplicates(tables, where, problems, warnings)
    _check_capitals(capitals, capital_at, synonyms, tables["people"], problems)
    _check_dates_and_todos(tables, where, problems, today or dt.datetime.now(dt.UTC).date())
    if problems:
        raise KnowledgeError(problems, warnings)
    return KnowledgeBase(
        sources=tables["sources"],
        people=tables["people"],
        events=tables["events"],
        quotes=tables["quotes"],
        facts=tables["facts"],
        texts=texts,
        version=_version(root),
        synonyms=tuple(synonyms),
        abbreviations=abbreviations,
        capitals=capitals,
        warnings=tuple(warnings),
    )


__all__ = ["Event", "Fact", "KnowledgeBase", "KnowledgeError", "Person", "Problem", "load"]
