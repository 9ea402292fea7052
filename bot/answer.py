"""Compose a Telegram-agnostic :class:`Answer` from a :class:`~bot.matcher.Match`.

An answer is a list of typed blocks (paragraph, quote, reported speech, source...) rather than a
string, so each renderer (plain text, Telegram HTML, JSON) formats and escapes it its own way at
the last moment, and a quote can never lose its speaker or its source on the way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from bot.index import Index
from bot.matcher import Match, match
from bot.model import Event, Fact, KnowledgeBase, Person, Quote, Source

BlockKind = Literal["para", "quote", "paraphrase", "person", "source", "list"]

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}

#: Every sentence the bot says itself, per language. Knowledge text comes from the base.
MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "help": (
            "I answer questions about the China–Central Asia summits from a curated knowledge "
            "base, always with the source. Try:\n"
            "• Who said “China has always adhered to a foreign policy of good-neighborliness”?\n"
            "• What did the Kazakh minister say about mining?\n"
            "• When and where was the first summit?\n"
            "• What was signed in Astana?\n"
            "• How many projects are being implemented?"
        ),
        "none": "I don't have that in my knowledge base.",
        "none_echo": "I don't have an answer to “{q}” in my knowledge base.",
        "suggest": "Did you mean:",
        "vague": "That could mean several things. Which one did you mean?",
        "unconfirmed": (
            "I can't confirm that {name} said that: my sources do not show it. "
            "The closest words I have:"
        ),
        "unknown_person": (
            "I have no quotes from “{name}” in my knowledge base, and I won't put someone else's "
            "words in their mouth. The people I can quote are:"
        ),
        "ambiguous": (
            "I'm not sure who said that: quotes by different people match about equally well. "
            "Pick one:"
        ),
        "quotes_by": "Quotes by {name}, {role}:",
        "confirmed": "Yes: {name} said this.",
        "correction": "No: that was not {asked}. These are the words of {speaker}, {role}:",
        "correction_fact": "No: that was not {asked}. It was {speaker}, {role}:",
        "paraphrase": "According to {outlet}, {speaker} ({role}) said that {text}.",
        "paraphrase_label": "Reported speech, not a direct quote.",
        "source": "Source",
        "person": "{role}{org}, {country}.",
        "person_quotes": "Quoted in my sources {n} time(s). Ask “what did {short} say?”",
        "event_dates": "The {name} was held in {place} on {dates}.",
        "event_future": "The {name} is set to take place in {place} in {year}.",
        "outcomes": "Outcomes: {items}.",
        "participants": "Participants: {items}.",
        "stated_by": "Stated by {speaker}, {role}.",
        "original": "",
    },
    "ru": {
        "help": (
            "Я отвечаю на вопросы о саммитах «Китай — Центральная Азия» по проверенной базе "
            "знаний и всегда указываю источник. Например:\n"
            "• Кто сказал, что Китай всегда придерживался политики добрососедства?\n"
            "• Что сказал казахстанский министр о горнодобывающих проектах?\n"
            "• Когда и где прошёл первый саммит?\n"
            "• Что подписали в Астане?\n"
            "• Сколько проектов реализуется?"
        ),
        "none": "Этого нет в моей базе знаний.",
        "none_echo": "Ответа на вопрос «{q}» в моей базе знаний нет.",
        "suggest": "Возможно, вы имели в виду:",
        "vague": "Это может означать разное. Что именно вас интересует?",
        "unconfirmed": (
            "Не могу подтвердить, что это сказал {name}: в моих источниках этого нет. "
            "Ближайшие высказывания:"
        ),
        "unknown_person": (
            "В моей базе знаний нет высказываний «{name}», и я не припишу ему чужие слова. "
            "Я могу цитировать только этих людей:"
        ),
        "ambiguous": (
            "Не могу уверенно сказать, кто это сказал: подходят цитаты разных людей. Выберите:"
        ),
        "quotes_by": "Высказывания: {name}, {role}:",
        "confirmed": "Да, это слова: {name}.",
        "correction": "Нет, это сказал не {asked}. Это слова: {speaker}, {role}:",
        "correction_fact": "Нет, это был не {asked}, а {speaker}, {role}:",
        "paraphrase": (
            "По сообщению {outlet}, {speaker} ({role}) сказал следующее (пересказ статьи, "
            "не прямая цитата; формулировка оригинала на английском): {text}."
        ),
        "paraphrase_label": "Пересказ, не прямая цитата.",
        "source": "Источник",
        "person": "{role}.",
        "person_quotes": "Цитируется в моих источниках: {n}. Спросите «что сказал {short}?»",
        "event_dates": "{name}: {place}, {dates}.",
        "event_future": "{name}: {place}, {year} год.",
        "outcomes": "Итоги: {items}.",
        "participants": "Участники: {items}.",
        "stated_by": "Это сказал {speaker}, {role}.",
        "original": "Цитата в оригинале (на английском):",
    },
}


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str
    outlet: str
    url: str
    published: dt.date

    @classmethod
    def of(cls, s: Source) -> SourceRef:
        return cls(s.id, s.title, s.outlet, s.url, s.published)

    def to_json(self) -> dict[str, str]:
        return {
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat(),
        }


@dataclass(frozen=True)
class Block:
    """One renderable piece. ``speaker``/``role`` travel with a quote so it is never shown alone."""

    kind: BlockKind
    text: str = ""
    speaker: str = ""
    role: str = ""
    source: SourceRef | None = None
    items: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True)
class Suggestion:
    id: str
    label: str


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    kind: str
    blocks: tuple[Block, ...]
    sources: tuple[SourceRef, ...] = ()
    score: float = 0.0
    entries: tuple[str, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    lang: str = "en"
    #: Ids of the people whose words this answer shows (for tests and audits of attribution).
    speakers: tuple[str, ...] = field(default=())
    #: Which stage decided: "lexical" (bot/matcher.py) or "semantic" (bot/semantic.py).
    method: str = "lexical"


def original_span(question: str, normalised: str) -> str:
    """The words of ``normalised`` as the user wrote them (case, apostrophes), for display."""
    parts = [re.escape(w) for w in normalised.split()]
    if not parts:
        return normalised
    m = re.search(r"\W+".join(parts), question, flags=re.IGNORECASE)
    return m.group(0) if m else normalised


def format_date(d: dt.date, lang: str = "en") -> str:
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


def format_range(start: dt.date, end: dt.date | None, lang: str) -> str:
    if end is None or end == start:
        return format_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[lang][end.month - 1]} {end.year}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


class Composer:
    """Turns matches into answers for one knowledge base (and its index, for labels)."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.kb: KnowledgeBase = index.kb

    # -- small helpers ---------------------------------------------------------------------

    def _m(self, lang: str, key: str) -> str:
        return MESSAGES.get(lang, MESSAGES["en"])[key]

    def _name(self, p: Person, lang: str) -> str:
        return p.name_ru if lang == "ru" and p.name_ru else p.name

    def _role(self, p: Person, lang: str) -> str:
        return p.role_ru if lang == "ru" and p.role_ru else p.role

    def _short(self, p: Person, lang: str) -> str:
        return self._name(p, lang).split()[-1]

    def _sources(self, ids: tuple[str, ...] | list[str]) -> tuple[SourceRef, ...]:
        seen: dict[str, SourceRef] = {}
        for sid in ids:
            if sid in self.kb.sources and sid not in seen:
                seen[sid] = SourceRef.of(self.kb.sources[sid])
        return tuple(seen.values())

    def label(self, entry_id: str, lang: str = "en") -> str:
        """A short button/suggestion label for an entry."""
        rec = self.kb.record(entry_id)
        if isinstance(rec, Quote):
            p = self.kb.people[rec.speaker]
            words = rec.text.split()
            snippet = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
            return f"{self._short(p, lang)}: {snippet}"
        if isinstance(rec, Fact):
            qs = rec.questions_ru if lang == "ru" and rec.questions_ru else rec.questions
            return qs[0] if qs else rec.answer[:60]
        if isinstance(rec, Person):
            return self._name(rec, lang)
        if isinstance(rec, Event):
            return self._name_event(rec, lang)
        return entry_id

    def _name_event(self, e: Event, lang: str) -> str:
        return e.name_ru if lang == "ru" and e.name_ru else e.name

    def _suggestions(self, ids: tuple[str, ...], lang: str) -> tuple[Suggestion, ...]:
        return tuple(Suggestion(i, self.label(i, lang)) for i in ids if self.kb.record(i))

    # -- blocks ------------------------------------------------------------------------------

    def quote_blocks(self, q: Quote, lang: str) -> list[Block]:
        p = self.kb.people[q.speaker]
        src = SourceRef.of(self.kb.sources[q.source])
        name, role = self._name(p, lang), self._role(p, lang)
        if q.kind == "paraphrase":
            text = self._m(lang, "paraphrase").format(
                outlet=src.outlet, speaker=name, role=role, text=q.text.rstrip(".")
            )
            return [
                Block("paraphrase", text, name, role, label=self._m(lang, "paraphrase_label")),
                Block("source", source=src),
            ]
        return [
            Block("quote", q.text, name, role, label=self._m(lang, "original")),
            Block("source", source=src),
        ]

    def _quote_answer(
        self, m: Match, question: str, quotes: list[Quote], head: list[Block], kind: str
    ) -> Answer:
        blocks = list(head)
        srcs: list[str] = []
        for q in quotes:
            qb = self.quote_blocks(q, m.lang)
            blocks.append(qb[0])
            srcs.append(q.source)
        sources = self._sources(srcs)
        blocks += [Block("source", source=s) for s in sources]
        return Answer(
            question,
            True,
            kind,
            tuple(blocks),
            sources,
            m.score,
            tuple(q.id for q in quotes),
            (),
            m.lang,
            tuple(dict.fromkeys(q.speaker for q in quotes)),
        )

    def _fact_answer(self, m: Match, question: str, f: Fact, head: list[Block]) -> Answer:
        text = f.answer_ru if m.lang == "ru" and f.answer_ru else f.answer
        blocks = [*head, Block("para", text)]
        if f.speaker:
            p = self.kb.people[f.speaker]
            blocks.append(
                Block(
                    "person",
                    self._m(m.lang, "stated_by").format(
                        speaker=self._name(p, m.lang), role=self._role(p, m.lang)
                    ),
                    speaker=self._name(p, m.lang),
                )
            )
        sources = self._sources(f.sources)
        blocks += [Block("source", source=s) for s in sources]
        return Answer(
            question,
            True,
            "fact",
            tuple(blocks),
            sources,
            m.score,
            (f.id,),
            (),
            m.lang,
            (f.speaker,) if f.speaker else (),
        )

    def _event_answer(self, m: Match, question: str, e: Event) -> Answer:
        lang = m.lang
        name = self._name_event(e, lang)
        place = ", ".join(x for x in (e.city, e.region, e.country) if x)
        blocks: list[Block] = []
        if lang == "ru" and e.summary_ru:
            blocks.append(Block("para", e.summary_ru))
        elif e.start is not None:
            dates = format_range(e.start, e.end, lang)
            blocks.append(
                Block(
                    "para", self._m(lang, "event_dates").format(name=name, place=place, dates=dates)
                )
            )
        else:
            blocks.append(
                Block(
                    "para",
                    self._m(lang, "event_future").format(name=name, place=place, year=e.year),
                )
            )
        if e.date_note and lang != "ru":
            blocks.append(Block("para", e.date_note))
        if e.participants and lang != "ru":
            blocks.append(
                Block("para", self._m(lang, "participants").format(items=", ".join(e.participants)))
            )
        if e.outcomes and lang != "ru":
            blocks.append(
                Block("para", self._m(lang, "outcomes").format(items="; ".join(e.outcomes)))
            )
        sources = self._sources(e.sources)
        blocks += [Block("source", source=s) for s in sources]
        return Answer(question, True, "event", tuple(blocks), sources, m.score, (e.id,), (), lang)

    def _person_answer(self, m: Match, question: str, p: Person) -> Answer:
        lang = m.lang
        org = f", {p.organization}" if p.organization and lang != "ru" else ""
        quotes = self.kb.quotes_by(p.id)
        blocks = [
            Block(
                "person",
                self._m(lang, "person").format(
                    role=self._role(p, lang), org=org, country=p.country
                ),
                speaker=self._name(p, lang),
            )
        ]
        if quotes:
            blocks.append(
                Block(
                    "para",
                    self._m(lang, "person_quotes").format(
                        n=len(quotes), short=self._short(p, lang)
                    ),
                )
            )
        sources = self._sources([*p.sources, *(q.source for q in quotes)])
        blocks += [Block("source", source=s) for s in sources]
        return Answer(
            question, True, "person", tuple(blocks), sources, m.score, (p.id,), (), lang, (p.id,)
        )

    # -- entry point -------------------------------------------------------------------------

    def compose(self, m: Match, question: str) -> Answer:
        lang = m.lang
        sugg = self._suggestions(m.suggestions, lang)
        if m.kind == "help":
            return Answer(
                question, False, "help", (Block("para", self._m(lang, "help")),), lang=lang
            )
        if m.kind == "unknown_person":
            people = [self.kb.people[i] for i in m.suggestions if i in self.kb.people]
            items = tuple(f"{self._name(p, lang)}, {self._role(p, lang)}" for p in people)
            text = self._m(lang, "unknown_person").format(
                name=original_span(question, m.unknown_name or "")
            )
            return Answer(
                question,
                False,
                "unknown_person",
                (Block("para", text), Block("list", items=items)),
                score=m.score,
                suggestions=sugg,
                lang=lang,
            )
        if m.kind in ("none", "ambiguous", "vague", "unconfirmed"):
            if m.kind == "unconfirmed":
                asked = self.kb.people.get(m.asked_person or "")
                text = self._m(lang, "unconfirmed").format(
                    name=self._name(asked, lang) if asked else "?"
                )
            elif m.kind in ("ambiguous", "vague"):
                text = self._m(lang, m.kind)
            else:
                short = " ".join(question.split())
                short = short if len(short) <= 80 else short[:79] + "…"
                text = (
                    self._m(lang, "none_echo").format(q=short) if short else self._m(lang, "none")
                )
            blocks = [Block("para", text)]
            if sugg:
                if m.kind == "none":
                    blocks.append(Block("para", self._m(lang, "suggest")))
                blocks.append(Block("list", items=tuple(s.label for s in sugg)))
            return Answer(
                question, False, m.kind, tuple(blocks), score=m.score, suggestions=sugg, lang=lang
            )
        return self.entry_answer(m, question)

    def entry_answer(self, m: Match, question: str) -> Answer:
        """The answer for matched entries (also used when a suggestion button is pressed)."""
        lang = m.lang
        first = self.kb.record(m.entries[0]) if m.entries else None
        if m.kind == "quotes" or (m.kind == "quote" and isinstance(first, Quote)):
            quotes = [r for r in (self.kb.quotes.get(i) for i in m.entries) if r is not None]
            head: list[Block] = []
            if m.confirmed and quotes:
                p = self.kb.people[quotes[0].speaker]
                head = [
                    Block(
                        "person",
                        self._m(lang, "confirmed").format(name=self._name(p, lang)),
                        speaker=self._name(p, lang),
                    )
                ]
            if m.kind == "quotes" and quotes:
                p = self.kb.people[quotes[0].speaker]
                head = [
                    Block(
                        "person",
                        self._m(lang, "quotes_by").format(
                            name=self._name(p, lang), role=self._role(p, lang)
                        ),
                        speaker=self._name(p, lang),
                    )
                ]
            return self._quote_answer(m, question, quotes, head, m.kind)
        if m.kind == "correction" and first is not None:
            asked = self.kb.people[m.asked_person] if m.asked_person else None
            asked_name = (
                self._name(asked, lang) if asked else original_span(question, m.unknown_name or "?")
            )
            if isinstance(first, Quote):
                p = self.kb.people[first.speaker]
                head = [
                    Block(
                        "person",
                        self._m(lang, "correction").format(
                            asked=asked_name, speaker=self._name(p, lang), role=self._role(p, lang)
                        ),
                        speaker=self._name(p, lang),
                    )
                ]
                return self._quote_answer(m, question, [first], head, "correction")
            if isinstance(first, Fact) and first.speaker:
                p = self.kb.people[first.speaker]
                head = [
                    Block(
                        "person",
                        self._m(lang, "correction_fact").format(
                            asked=asked_name, speaker=self._name(p, lang), role=self._role(p, lang)
                        ),
                        speaker=self._name(p, lang),
                    )
                ]
                ans = self._fact_answer(m, question, first, head)
                return Answer(
                    ans.question,
                    True,
                    "correction",
                    ans.blocks,
                    ans.sources,
                    ans.score,
                    ans.entries,
                    (),
                    lang,
                    ans.speakers,
                )
        if isinstance(first, Fact):
            return self._fact_answer(m, question, first, [])
        if isinstance(first, Event):
            return self._event_answer(m, question, first)
        if isinstance(first, Person):
            return self._person_answer(m, question, first)
        if isinstance(first, Quote):
            return self._quote_answer(m, question, [first], [], "quote")
        return Answer(question, False, "none", (Block("para", self._m(lang, "none")),), lang=lang)

    def people_answer(self, lang: str = "en") -> Answer:
        """Everyone quoted in the base, with roles (the /people command)."""
        items = tuple(
            f"{self._name(p, lang)}, {self._role(p, lang)} ({len(self.kb.quotes_by(p.id))})"
            for p in self.kb.people.values()
        )
        head = "People I can quote:" if lang != "ru" else "Кого я могу цитировать:"
        return Answer(
            "",
            True,
            "people",
            (Block("para", head), Block("list", items=items)),
            entries=tuple(self.kb.people),
            lang=lang,
        )

    def sources_answer(self, lang: str = "en") -> Answer:
        """The articles behind every answer (the /sources command)."""
        sources = tuple(
            SourceRef.of(s)
            for s in sorted(self.kb.sources.values(), key=lambda s: s.published, reverse=True)
        )
        head = "My sources:" if lang != "ru" else "Мои источники:"
        blocks = (Block("para", head), *(Block("source", source=s) for s in sources))
        return Answer(
            "", True, "sources", blocks, sources, entries=tuple(self.kb.sources), lang=lang
        )

    def for_entry(self, entry_id: str, lang: str = "en") -> Answer | None:
        """The full answer for one entry id (suggestion buttons, inline results, deep links)."""
        rec = self.kb.record(entry_id)
        if rec is None or isinstance(rec, Source):
            return None
        kind = {Quote: "quote", Fact: "fact", Person: "person", Event: "event"}[type(rec)]
        return self.entry_answer(Match(kind, (entry_id,), 1.0, lang=lang), "")  # type: ignore[arg-type]


def answer(index: Index, question: str, composer: Composer | None = None) -> Answer:
    """Match and compose in one call: the function every front end uses."""
    c = composer or Composer(index)
    return c.compose(match(index, question), question)
