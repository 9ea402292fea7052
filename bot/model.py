"""The knowledge model: typed, frozen records validated from the curator's YAML.

Pydantic does the field-level checks (required fields, types, dates) so every problem can be
reported with the record's id; cross-record checks (references, verbatim quotes, Russian fields)
live in :mod:`bot.loader`, which sees the whole base.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,39}$"

RecordType = Literal["sources", "people", "events", "quotes", "facts"]
Severity = Literal["error", "warning"]
RECORD_TYPES: tuple[RecordType, ...] = ("sources", "people", "events", "quotes", "facts")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge base, located as precisely as we can.

    An ``error`` stops the base from loading (the bot keeps serving the previous version); a
    ``warning`` is printed by ``kb check`` but does not block, because it flags something a
    curator should look at rather than something that would make the bot wrong (a quote whose
    speaker the article's wording does not show, an alias two people share). ``detail`` is shown
    on its own indented line(s) under the message: where a quote first differs from its source.
    """

    file: str
    message: str
    record_id: str | None = None
    line: int | None = None
    severity: Severity = "error"
    detail: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        rec = f" [{self.record_id}]" if self.record_id else ""
        kind = "warning: " if self.severity == "warning" else ""
        text = f"{where}{rec}: {kind}{self.message}"
        if self.detail:
            text += "".join(f"\n    {line}" for line in self.detail.split("\n"))
        return text


class Record(BaseModel):
    """Common base: strict (unknown fields are curator typos worth reporting), immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=ID_PATTERN)

    #: Russian fields that must be filled all together or not at all (see ``russian_gaps``).
    RU_FIELDS: ClassVar[tuple[str, ...]] = ()

    def russian_gaps(self) -> list[str]:
        """Names of the Russian fields missing while others of the group are present."""
        present = [name for name in self.RU_FIELDS if getattr(self, name)]
        if not present:
            return []
        return [name for name in self.RU_FIELDS if not getattr(self, name)]


class Source(Record):
    title: str = Field(min_length=1)
    outlet: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://\S+$")
    published: dt.date
    language: str = Field(pattern=r"^[a-z]{2}$")
    text_file: str | None = None
    note: str | None = None


class Person(Record):
    RU_FIELDS: ClassVar[tuple[str, ...]] = ("name_ru", "role_ru")

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    role: str = Field(min_length=1)
    organization: str | None = None
    country: str = Field(min_length=1)
    role_phrases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    name_ru: str | None = None
    role_ru: str | None = None
    #: How the bot names them briefly (suggestion labels, "/quote Safarov"): the surname. Left
    #: out, it is the last word of ``name`` (``name_ru``), which is wrong where the surname comes
    #: first: Xi Jinping is "Xi", not "Jinping".
    short_name: str | None = None
    short_name_ru: str | None = None

    @model_validator(mode="after")
    def _short_names_are_words_of_the_name(self) -> Person:
        for key, name in (("short_name", self.name), ("short_name_ru", self.name_ru)):
            short = getattr(self, key)
            if short is not None and short.casefold() not in (name or "").casefold().split():
                raise ValueError(f"{key} {short!r} is not one of the words of the name {name!r}")
        return self

    def short(self, lang: str) -> str:
        """The brief name in ``lang`` (see ``short_name``)."""
        if lang == "ru" and self.name_ru:
            return self.short_name_ru or self.name_ru.split()[-1]
        return self.short_name or self.name.split()[-1]


class Event(Record):
    RU_FIELDS: ClassVar[tuple[str, ...]] = ("name_ru", "summary_ru")

    name: str = Field(min_length=1)
    ordinal: int = Field(ge=1)
    year: int = Field(ge=1990, le=2100)
    start: dt.date | None = None
    end: dt.date | None = None
    date_note: str | None = None
    city: str | None = None
    region: str | None = None
    country: str = Field(min_length=1)
    participants: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    name_ru: str | None = None
    summary_ru: str | None = None
    questions_ru: tuple[str, ...] = ()


class Quote(Record):
    speaker: str
    kind: Literal["verbatim", "paraphrase"] = "verbatim"
    text: str = Field(min_length=1)
    source: str
    event: str | None = None
    topics: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    questions_ru: tuple[str, ...] = ()


class Fact(Record):
    RU_FIELDS: ClassVar[tuple[str, ...]] = ("answer_ru", "questions_ru")

    statement: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    speaker: str | None = None
    questions: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)
    event: str | None = None
    answer_ru: str | None = None
    questions_ru: tuple[str, ...] = ()


MODEL_FOR: dict[RecordType, type[Record]] = {
    "sources": Source,
    "people": Person,
    "events": Event,
    "quotes": Quote,
    "facts": Fact,
}


@dataclass(frozen=True)
class KnowledgeBase:
    """A validated, cross-referenced knowledge base. Built only by :func:`bot.loader.load`."""

    sources: dict[str, Source]
    people: dict[str, Person]
    events: dict[str, Event]
    quotes: dict[str, Quote]
    facts: dict[str, Fact]
    #: Source id -> full text (for verbatim checks and for curators' reference).
    texts: dict[str, str] = field(default_factory=dict)
    #: A short content hash, shown in /healthz and logs to tell versions apart.
    version: str = ""
    #: Curated groups of interchangeable words (``synonyms:`` sections); first word is canonical.
    synonyms: tuple[tuple[str, ...], ...] = ()
    #: Short forms people type -> the words the texts spell out (``abbreviations:`` sections):
    #: "bri" -> ("belt", "and", "road", "initiative").
    abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: A capital's spelling -> the country it stands for when it describes a speaker
    #: (``capitals:`` sections): "dushanbe" -> "tajikistan" ("someone from Dushanbe").
    capitals: dict[str, str] = field(default_factory=dict)
    #: What ``kb check`` prints without refusing the base (see :class:`Problem`).
    warnings: tuple[Problem, ...] = ()

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in RECORD_TYPES}

    def record(self, entry_id: str) -> Record | None:
        for name in RECORD_TYPES:
            table: dict[str, Record] = getattr(self, name)
            if entry_id in table:
                return table[entry_id]
        return None

    def quotes_by(self, person_id: str) -> list[Quote]:
        """The person's quotes, verbatim ones first (they are the stronger evidence)."""
        return list(self._quotes_by_speaker.get(person_id, ()))

    def has_quotes(self, person_id: str) -> bool:
        """Whether the base quotes the person (a lookup, not a copy of their quotes)."""
        return person_id in self._quotes_by_speaker

    @cached_property
    def _quotes_by_speaker(self) -> dict[str, tuple[Quote, ...]]:
        by: dict[str, list[Quote]] = {}
        for q in self.quotes.values():
            by.setdefault(q.speaker, []).append(q)
        return {k: tuple(sorted(v, key=lambda q: q.kind != "verbatim")) for k, v in by.items()}

    def events_in_order(self) -> list[Event]:
        return sorted(self.events.values(), key=lambda e: (e.ordinal, e.year))

    def all_records(self) -> Iterator[Record]:
        for name in RECORD_TYPES:
            yield from getattr(self, name).values()
