"""Conversations: what an answer talked about, and follow-up questions that lean on it.

People chat: after "who said 133 projects?" they ask "what's his job?", "and when was that?",
"source?", "in Russian please". :class:`Service.ask <bot.service.Service.ask>` answers one
message on its own; :func:`respond` answers a message *in a conversation*:

1. The normal answer comes first. A message is read as a follow-up only when it carries a
   follow-up marker (a pronoun: he/his/он/его..., a place/time word on its own: "and where?",
   "а когда это было", or a request about the last answer: "source?", "full quote", "по-английски")
   **and** names no subject of its own (no person, no summit). A clear question is never bent
   towards the previous answer.
2. A follow-up is resolved against the :class:`Context`, which remembers only what the last
   answers were about (entry ids, speakers, source ids, the person and the summit in focus, the
   language), never the user's words. A pronoun means the person in focus; a place or time word
   the summit in focus.
3. What the base cannot answer is said so ("I don't know the age of ..."), and a follow-up
   with nothing to lean on asks "Who do you mean?" instead of guessing.

Also here: what a date implies (weekday, duration, time between two summits: :mod:`bot.dates`),
and questions about a person's attributes the base has no field for (age, birthplace,
education, family), with or without context: refused, with the person's card as a suggestion.

The vocabulary below is general English and Russian (pronouns, question words, nouns for the
attributes a person card has or lacks), not the wording of any test sentence. Summit names are
read from the knowledge base (:func:`event_mentions`).

Everything is pure: the context goes in and comes out (:class:`Reply`); the caller keeps it
(per private chat or per (group, user) in Telegram, per session in the terminal chat,
:meth:`Context.to_json` for ``ask --json``). :class:`AnswerMemory` maps the bot's message ids
to the context of that answer, so replying to an old answer restores exactly its context.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from bot import dates as D
from bot import text as T
from bot import tuning as K
from bot.answer import Answer, Block, Composer, Suggestion, format_date, format_range
from bot.index import Index
from bot.intent import is_yes_no, outlet_asked, parse
from bot.matcher import Match
from bot.model import Event, Fact, KnowledgeBase, Person, Quote

# -- tuning: every number in one place ------------------------------------------------------

#: A context older than this is forgotten: in a chat, twenty minutes of silence ends a topic,
#: and "what's his job?" after that should ask who is meant rather than guess.
CONTEXT_TTL_SECONDS = 20 * 60
#: After this many turns that neither used nor replaced the context (greetings, refusals,
#: help), it is forgotten: the person has moved on.
MAX_UNRELATED_TURNS = 3
#: How many of the bot's answers per chat can be replied to with their context restored.
#: An answer message needs ~200 bytes of context; 200 per chat covers days of a busy group.
ANSWER_MEMORY = 200
#: Suggestion buttons offered under a clarifying question (Telegram shows up to three).
MAX_CHOICES = 3

Aspect = Literal[
    "card",
    "role",
    "country",
    "quotes",
    "topic",
    "attribute",
    "event_topic",
    "place",
    "date",
    "weekday",
    "duration",
    "between",
    "sources",
    "more",
    "translate",
    "speaker",
    "full",
]

# -- vocabulary (general English and Russian words, by what they ask) -----------------------

PERSON_PRONOUNS = frozenset(
    "he him his she her hes shes himself herself "
    "он она его него ему нему им ним нем ее нее ей ней ею нею".split()
)
#: Russian pronouns that also stand for a masculine noun such as «саммит»: "сколько дней он
#: длился" is about the summit. With a question about dates or places and no word about a
#: person (job, country, words, age), they are read as pointing at the summit in focus.
AMBIGUOUS_PRONOUNS = frozenset("он его него ему нему им ним нем".split())
#: Words that point at a thing or a time already talked about.
THING_WORDS = frozenset(
    "it its this that these those there then "
    "это этот эта эти то тот там тогда этого этом этой этим туда".split()
)
#: Words that point at a place or time already talked about: with these, a question with
#: content words ("what was signed there?") is still about the summit in focus.
DEICTIC_PLACE = frozenset("there then там тогда туда".split())
#: Words that carry no subject in a follow-up ("and", "so", "ok", "please", "а", "и", "ну").
FILLERS = frozenset(
    "and so ok okay well then also oh ah hmm please pls plz now again "
    "а и ну ок так тогда также еще ещё пожалуйста скажи скажите подскажи подскажите".split()
)
SAY_EN = frozenset(
    "say said says saying quote quotes quoted words statement statements remark remarks "
    "comment comments mention mentioned talk talked speak spoke".split()
)
SAY_RU = (
    "сказ",
    "говор",
    "заяв",
    "цитат",
    "слов",
    "высказ",
    "упомин",
    "упомян",
    "дума",
    "счита",
    "мнени",
)
ROLE_WORDS = frozenset(
    "job role position occupation profession title post work works working does do "
    "должность роль работа работает работу профессия кем занимается пост".split()
)
COUNTRY_WORDS = frozenset(
    "country nationality countries страна страны стране национальность гражданство".split()
)
FROM_WORDS = frozenset("from откуда".split())
WHO_WORDS = frozenset("who whos кто".split())
ABOUT_WORDS = frozenset("about on regarding о об про насчет".split())
PLACE_WORDS = frozenset(
    "where city place location venue host hosted hosting held где город городе месте место".split()
)
DATE_WORDS = frozenset(
    "when date dates day year month time start starts started begin began begins end ends "
    "ended finish finished "
    "когда дата дату числа число году год месяц день начался начало закончился".split()
)
WEEK_WORDS = frozenset("week weekday недели неделя".split())
LONG_WORDS = frozenset(
    "long last lasted долго длился длилось длилась продолжался продолжалось".split()
)
BETWEEN_WORDS = frozenset(
    "between since passed apart gap elapsed separate separated между прошло спустя разница".split()
)
#: "How many years after/before ...": a span too, when asked with a unit of time.
RELATIVE_WORDS = frozenset("after before later earlier ago после до позже раньше назад".split())
UNIT_WORDS = frozenset("years months days year month day лет года год месяцев дней дня".split())
HOW_WORDS = frozenset("how many much сколько как".split())
SOURCE_WORDS = frozenset(
    "source sources link links url reference references proof cite citation "
    "источник источники источника ссылка ссылку ссылки пруф".split()
)
MORE_WORDS = frozenset("more else other another others подробнее больше другие другое".split())
FULL_WORDS = frozenset("full whole entire complete полностью целиком полная полную весь".split())
QUOTE_NOUNS = frozenset("quote quotation text statement цитата цитату текст".split())
RUSSIAN_WORDS = frozenset("russian русски русском русский".split())
ENGLISH_WORDS = frozenset("english английски английском английский".split())
TRANSLATE_WORDS = frozenset("translate translation in language переведи перевод на по".split())
#: Attributes of a person the base has no field for, by the words that ask for them.
ATTRIBUTE_WORDS: Mapping[str, frozenset[str]] = {
    "age": frozenset("old age aged birthday возраст лет годиков".split()),
    "birthplace": frozenset(
        "born birth birthplace hometown родился родилась рождения родом".split()
    ),
    "education": frozenset(
        "study studied studies educated education university degree school college "
        "graduate graduated учился училась образование университет вуз окончил окончила".split()
    ),
    "family": frozenset(
        "married wife husband children kids family son daughter spouse "
        "женат замужем жена муж дети детей семья сын дочь".split()
    ),
    "contact": frozenset("phone email address contact телефон почта адрес контакт".split()),
}
_ALL_ATTRIBUTE_WORDS = frozenset().union(*ATTRIBUTE_WORDS.values())
#: Verbs that take a topic, not a claim: "did he mention mining?" asks whether he spoke about
#: it (so someone else's words on mining are not the answer), "did he say 133 projects..."
#: asserts words (so a correction naming the real speaker is).
TOPIC_VERBS = frozenset(
    "mention mentioned mentions talk talked talks speak spoke speaks comment commented".split()
)
#: Every word the follow-up reader understands; anything else is a content word.
_VOCABULARY = (
    PERSON_PRONOUNS
    | THING_WORDS
    | FILLERS
    | SAY_EN
    | ROLE_WORDS
    | COUNTRY_WORDS
    | FROM_WORDS
    | WHO_WORDS
    | ABOUT_WORDS
    | PLACE_WORDS
    | DATE_WORDS
    | WEEK_WORDS
    | LONG_WORDS
    | BETWEEN_WORDS
    | RELATIVE_WORDS
    | UNIT_WORDS
    | HOW_WORDS
    | SOURCE_WORDS
    | MORE_WORDS
    | FULL_WORDS
    | QUOTE_NOUNS
    | RUSSIAN_WORDS
    | ENGLISH_WORDS
    | TRANSLATE_WORDS
    | _ALL_ATTRIBUTE_WORDS
)

# -- what the bot says in a conversation (the knowledge itself comes from the base) ---------

MESSAGES: Mapping[str, Mapping[str, str]] = {
    "en": {
        "who": "Who do you mean? Name the person, for example “who is {example}?”",
        "which_summit": "Which summit do you mean?",
        "what": (
            "What do you mean? I haven't answered anything yet that this could refer to: "
            "please ask the whole question."
        ),
        "language_first": (
            "I'll answer in English: what is your question? (You can also add “in English” "
            "to any question.)"
        ),
        "attribute": "I don't know {what} of {name}: my sources don't give it.",
        "attribute_offer": "I can tell you who {name} is:",
        "age": "the age",
        "birthplace": "the place of birth",
        "education": "the education",
        "family": "the family",
        "contact": "the contact details",
        "other": "that",
        "cannot": "My sources don't answer that about {name}.",
        "no_topic": "None of the quotes I have from {name} is about “{topic}”.",
        "his_quotes": "What I have from {name}:",
        "no_more": "That is everything I have from {name}.",
        "role": "{name} is {role}{org}.",
        "country": "{name} is from {country}: {role}.",
        "sources": "The sources of my last answer:",
        "more_event": "More about the {name}:",
        "nothing_more": "That is all I have on it.",
        "said_by": "These are the words of {name}, {role}.",
        "stated_by": "It was {name}, {role}:",
        "not_a_quote": (
            "That was not a quote: it is information from my sources, not attributed to anyone."
        ),
        "weekday": "The {name} was held on {weekday}, {date}.",
        "weekdays": "The {name} was held from {first}, {start}, to {last}, {end}.",
        "no_date": "My sources give no exact date for the {name}, only the year {year}.",
        "duration": "The {name} lasted {days}: {dates}.",
        "one_date": (
            "My sources give a single date for the {name}, {date}, and no end date, so I "
            "can't say how long it lasted."
        ),
        "between": "From the {a} ({da}) to the {b} ({db}): {span}.",
        "between_years": (
            "My sources give only the year for the {b} ({yb}): that is {n} after the {a} "
            "({ya}), counting calendar years."
        ),
        "same_event": "That is the same summit.",
        "between_what": "Between which two summits?",
    },
    "ru": {
        "who": "Кого вы имеете в виду? Назовите человека, например: «кто такой {example}?»",
        "which_summit": "Какой саммит вы имеете в виду?",
        "what": (
            "О чём вы? Я ещё ничего не ответил, на что это могло бы ссылаться: задайте, "
            "пожалуйста, вопрос целиком."
        ),
        "language_first": (
            "Отвечу по-русски: какой у вас вопрос? (К любому вопросу можно добавить «по-русски».)"
        ),
        "attribute": "{name}: сведений о {what} в моих источниках нет.",
        "attribute_offer": "Могу рассказать, кто это:",
        "age": "возрасте",
        "birthplace": "месте рождения",
        "education": "образовании",
        "family": "семье",
        "contact": "контактах",
        "other": "этом",
        "cannot": "{name}: на этот вопрос мои источники не отвечают.",
        "no_topic": "{name}: в моих источниках нет высказываний о «{topic}».",
        "his_quotes": "Что у меня есть ({name}):",
        "no_more": "{name}: больше высказываний у меня нет.",
        "role": "{name}: {role}.",
        "country": "{name}: {role}.",
        "sources": "Источники моего последнего ответа:",
        "more_event": "Ещё по теме ({name}):",
        "nothing_more": "Больше у меня по этой теме ничего нет.",
        "said_by": "Автор этих слов — {name}, {role}.",
        "stated_by": "Это сказал {name}, {role}:",
        "not_a_quote": "Это не цитата, а сведения из моих источников, ни за кем не закреплённые.",
        "weekday": "{name}: {date} — {weekday}.",
        "weekdays": "{name}: с {start} ({first}) по {end} ({last}).",
        "no_date": "{name}: точной даты в моих источниках нет, только год — {year}.",
        "duration": "{name}: {days} ({dates}).",
        "one_date": (
            "{name}: в моих источниках одна дата, {date}, без даты окончания, поэтому "
            "сказать, сколько он длился, я не могу."
        ),
        "between": "{a} ({da}) и {b} ({db}): между ними {span}.",
        "between_years": (
            "{b}: в моих источниках есть только год, {yb}. По календарным годам это {n} "
            "после {ya} года ({a})."
        ),
        "same_event": "Это один и тот же саммит.",
        "between_what": "Между какими двумя саммитами?",
    },
}

#: Answer kinds that are about entries of the base (they become the context).
_KNOWLEDGE_KINDS = frozenset({"quote", "quotes", "correction", "fact", "event", "person", "dates"})


# -- the context ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What the conversation is about: never the user's words, only ids from the base.

    ``person`` and ``event`` are the person and the summit in focus: those of the last answer
    that had one (an answer about a summit keeps the person talked about before it in focus,
    so "who is he?" still works one question later).
    """

    entries: tuple[str, ...] = ()
    kind: str = ""
    speakers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    person: str | None = None
    event: str | None = None
    lang: str = "en"
    #: When the context was last set or used (seconds, the caller's clock).
    at: float = 0.0
    #: Turns since then that neither used nor replaced it.
    unrelated: int = 0
    #: After a correction, the people in play (the one asked about, the real speaker): nobody
    #: is in focus, but "who do you mean?" offers only them, not the whole base.
    in_play: tuple[str, ...] = ()

    def alive(self, now: float) -> Context | None:
        """This context, or None once it has expired (:data:`CONTEXT_TTL_SECONDS`,
        :data:`MAX_UNRELATED_TURNS`)."""
        if now - self.at > CONTEXT_TTL_SECONDS or self.unrelated >= MAX_UNRELATED_TURNS:
            return None
        return self

    def touched(self, now: float, **changes: Any) -> Context:
        """The same context, used again now (a follow-up about it)."""
        return replace(self, at=now, unrelated=0, **changes)

    def to_json(self) -> dict[str, Any]:
        """A JSON object for front ends that keep the context themselves (``ask --json``)."""
        return {
            "entries": list(self.entries),
            "kind": self.kind,
            "speakers": list(self.speakers),
            "sources": list(self.sources),
            "person": self.person,
            "event": self.event,
            "lang": self.lang,
            "at": self.at,
            "unrelated": self.unrelated,
            "in_play": list(self.in_play),
        }

    @classmethod
    def from_json(cls, data: object) -> Context | None:
        """The context of :meth:`to_json`; None for anything malformed (a client's garbage
        never fails a question, it only loses the context)."""
        if not isinstance(data, dict):
            return None
        try:

            def ids(key: str) -> tuple[str, ...]:
                value = data.get(key, [])
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValueError(key)
                return tuple(value)

            def opt(key: str) -> str | None:
                value = data.get(key)
                if value is not None and not isinstance(value, str):
                    raise ValueError(key)
                return value

            at, unrelated = data.get("at", 0.0), data.get("unrelated", 0)
            if isinstance(at, bool) or not isinstance(at, int | float):
                raise ValueError("at")
            if isinstance(unrelated, bool) or not isinstance(unrelated, int):
                raise ValueError("unrelated")
            lang = data.get("lang", "en")
            return cls(
                entries=ids("entries"),
                kind=str(data.get("kind", "")),
                speakers=ids("speakers"),
                sources=ids("sources"),
                person=opt("person"),
                event=opt("event"),
                lang=lang if lang in ("en", "ru") else "en",
                at=float(at),
                unrelated=unrelated,
                in_play=ids("in_play"),
            )
        except ValueError:
            return None

    def valid_for(self, kb: KnowledgeBase) -> Context | None:
        """This context without ids the base no longer has (after a reload), None if nothing
        is left."""
        entries = tuple(e for e in self.entries if kb.record(e) is not None)
        person = self.person if self.person in kb.people else None
        event = self.event if self.event in kb.events else None
        if not entries and person is None and event is None:
            return None
        return replace(
            self,
            entries=entries,
            speakers=tuple(s for s in self.speakers if s in kb.people),
            sources=tuple(s for s in self.sources if s in kb.sources),
            person=person,
            event=event,
            in_play=tuple(p for p in self.in_play if p in kb.people),
        )


def context_of(
    answer: Answer, kb: KnowledgeBase, previous: Context | None, now: float
) -> Context | None:
    """The context after ``answer``: a knowledge answer becomes the new context; anything
    else (a refusal, help) leaves the previous one in place, one unrelated turn older."""
    if not (answer.answered and answer.entries and answer.kind in _KNOWLEDGE_KINDS):
        return replace(previous, unrelated=previous.unrelated + 1) if previous else None
    person = _person_focus(answer, kb)
    event = _event_focus(answer.entries, kb)
    if answer.kind == "correction":
        # Two people are in play (the one asked about, the real speaker): "he" next is
        # ambiguous, so nobody is in focus and a pronoun gets "Who do you mean?".
        return Context(
            entries=answer.entries,
            kind=answer.kind,
            speakers=answer.speakers,
            sources=tuple(s.id for s in answer.sources),
            event=event if event else (previous.event if previous else None),
            lang=answer.lang,
            at=now,
            in_play=tuple(
                dict.fromkeys(p for p in (answer.asked, *answer.speakers) if p in kb.people)
            ),
        )
    return Context(
        entries=answer.entries,
        kind=answer.kind,
        speakers=answer.speakers,
        sources=tuple(s.id for s in answer.sources),
        person=person if person else (previous.person if previous else None),
        event=event if event else (previous.event if previous else None),
        lang=answer.lang,
        at=now,
    )


def _person_focus(answer: Answer, kb: KnowledgeBase) -> str | None:
    people = [e for e in answer.entries if e in kb.people]
    if answer.kind == "person" and len(people) == 1:
        return people[0]
    if answer.kind == "person" and people:
        # "Which experts were quoted" lists several people (tuning.Q15_EXPERTS_QUOTED): "what
        # did he say?" after it names none of them; the first would be a guess.
        return None
    speakers = list(dict.fromkeys(answer.speakers))
    return speakers[0] if len(speakers) == 1 else None


def _event_focus(entries: Iterable[str], kb: KnowledgeBase) -> str | None:
    for e in entries:
        rec = kb.record(e)
        if isinstance(rec, Event):
            return rec.id
        if isinstance(rec, Quote | Fact) and rec.event:
            return rec.event
    return None


class AnswerMemory:
    """Which of the bot's messages showed which context: the last :data:`ANSWER_MEMORY`
    answers of one chat, least recently used dropped first. Kept per chat by the caller (in
    Telegram, in ``chat_data``), so it is never shared between chats."""

    def __init__(self, size: int = ANSWER_MEMORY) -> None:
        self._size = size
        self._items: OrderedDict[int, Context] = OrderedDict()

    def remember(self, message_id: int, context: Context) -> None:
        self._items[message_id] = context
        self._items.move_to_end(message_id)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def recall(self, message_id: int, now: float) -> Context | None:
        """The context of that answer, fresh again (a reply brings a topic back, hours later
        too); None if the answer is not (or no longer) remembered."""
        context = self._items.get(message_id)
        if context is None:
            return None
        self._items.move_to_end(message_id)
        return context.touched(now)

    def __len__(self) -> int:
        return len(self._items)


# -- reading a message -------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """What a follow-up asks for, read from its words alone."""

    aspect: Aspect
    #: It says he/she/his/он/его...: it is about the person in focus.
    person_ref: bool
    #: The words that are neither follow-up vocabulary nor stop words (a topic, or a subject).
    content: tuple[str, ...]
    #: For ``attribute``: which one; for ``translate``: the language wanted.
    detail: str = ""
    #: ``quotes``/``more``: only what was not shown yet ("what else did he say").
    other: bool = False
    #: ``topic``: the pronoun is the speaker of a verb of saying ("did he say X?").
    says: bool = False


def _says(w: str) -> bool:
    return w in SAY_EN or (T.is_cyrillic(w) and w.startswith(SAY_RU))


def _attribute(ws: list[str]) -> str | None:
    for name, vocab in ATTRIBUTE_WORDS.items():
        if any(w in vocab for w in ws):
            if name == "age" and not set(ws) & (vocab - {"лет"}) and set(ws) & BETWEEN_WORDS:
                continue  # "сколько лет прошло между..." is a span, not an age
            return name
    return None


def read(words: list[str], event_words: frozenset[str] = frozenset()) -> Request | None:
    """The follow-up a message asks for, or None when it is not a follow-up (no marker, or
    content words of its own that are not a topic for a pronoun). ``event_words`` are words
    that name summits: they are the message's own subject, not content to explain away."""
    ws = [w for w in words if w]
    if not ws:
        return None
    wset = set(ws)
    says = any(_says(w) for w in ws)
    person_ref = any(w in PERSON_PRONOUNS for w in ws)
    thing_ref = any(w in THING_WORDS for w in ws)
    personal = ROLE_WORDS | COUNTRY_WORDS | FROM_WORDS | WHO_WORDS | _ALL_ATTRIBUTE_WORDS
    if (
        person_ref
        and wset & PERSON_PRONOUNS <= AMBIGUOUS_PRONOUNS
        and _date_aspect(wset) is not None
        and not says
        and not (wset & personal - {"лет"})
    ):
        person_ref, thing_ref = False, True  # «сколько дней он длился»: the summit
    content = tuple(
        w
        for w in ws
        if w not in _VOCABULARY
        and w not in event_words
        and not T.is_stop_word(w)
        and not T.is_intent_word(w)
        and not _says(w)
        and not w.isdigit()
    )
    other = bool(wset & MORE_WORDS) or bool(wset & {"еще", "ещё", "again"})

    # Requests about the last answer itself.
    if not content and not person_ref:
        if wset & RUSSIAN_WORDS and not wset & ENGLISH_WORDS:
            return Request("translate", False, (), "ru")
        if wset & ENGLISH_WORDS and not wset & RUSSIAN_WORDS:
            return Request("translate", False, (), "en")
        if wset & WHO_WORDS and says:
            return Request("speaker", False, ())
        if {"whose", "чьи", "чья", "чей"} & wset:
            return Request("speaker", False, ())
        if wset & FULL_WORDS or (wset & {"rest"} and says):
            return Request("full", False, ())
        if wset & SOURCE_WORDS or (wset & FROM_WORDS and thing_ref and not wset & WHO_WORDS):
            return Request("sources", False, ())
    if person_ref and says:
        # "did he say anything about X": X is a topic for the person in focus.
        if content:
            return Request("topic", True, content, says=True)
        return Request("quotes", True, (), other=other)
    attribute = _attribute(ws)
    if attribute and (person_ref or not thing_ref):
        return Request("attribute", person_ref, content, attribute)
    if content:
        # Words of its own: a question about the person or summit in focus only if a pronoun
        # or "there"/"там" points at it; :func:`respond` still prefers its own answer.
        if person_ref and wset & (FROM_WORDS | COUNTRY_WORDS):
            return Request("country", True, content)  # "is he from Tajikistan?"
        if person_ref:
            return Request("topic", True, content)
        if _deictic(ws):
            return Request("event_topic", False, content, detail="there")
        if thing_ref:
            return Request("event_topic", False, content)
        return None
    date_aspect = _date_aspect(wset)
    if person_ref:
        if wset & ROLE_WORDS:
            return Request("role", True, ())
        if wset & COUNTRY_WORDS or wset & FROM_WORDS or "where" in wset or "где" in wset:
            return Request("country", True, ())
        if wset & MORE_WORDS:
            return Request("quotes", True, (), other=True)
        return Request("card", True, ())
    if date_aspect is not None:
        return Request(date_aspect, False, content)
    if wset & SOURCE_WORDS:
        return Request("sources", False, ())
    if wset & MORE_WORDS or wset & {"еще", "ещё"}:
        return Request("more", False, (), other=True)
    return None


_BE = frozenset("is are was were be been will".split())


def _deictic(ws: list[str]) -> bool:
    """Whether "there"/"там"/"then" points at a place or time (not "is there", "there are")."""
    for i, w in enumerate(ws):
        if w in DEICTIC_PLACE:
            near = set(ws[max(i - 1, 0) : i]) | set(ws[i + 1 : i + 2])
            if w != "there" or not near & _BE:
                return True
    return False


def _date_aspect(wset: set[str]) -> Aspect | None:
    if wset & BETWEEN_WORDS or (wset & RELATIVE_WORDS and wset & HOW_WORDS and wset & UNIT_WORDS):
        return "between"
    if wset & WEEK_WORDS or "weekday" in wset:
        return "weekday"
    if (wset & LONG_WORDS and wset & HOW_WORDS) or (
        wset & HOW_WORDS and wset & {"days", "дней", "дня"}
    ):
        return "duration"
    if wset & {"when", "когда", "date", "дата", "дату", "числа", "число"}:
        return "date"
    if wset & (PLACE_WORDS - {"held"}):
        return "place"
    if wset & {"year", "month", "day", "году", "год", "месяц", "день"}:
        return "date"
    return None


# -- summits named in a message --------------------------------------------------------------


@dataclass(frozen=True)
class EventLexicon:
    """How the base's summits are named: per summit, sets of stems that name it and no other
    ("first", "xian", "2023", "первый", "сиан"; words several summits share, such as
    "summit", are left out), and every stem of any summit name (to tell a message's own
    subject from content)."""

    names: tuple[tuple[str, tuple[frozenset[str], ...]], ...]
    stems: frozenset[str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> EventLexicon:
        raw: dict[str, list[frozenset[str]]] = {}
        for e in kb.events.values():
            names = [*e.aliases, e.name, *(x for x in (e.name_ru, e.city) if x), str(e.year)]
            raw[e.id] = [frozenset(T.stem(w) for w in T.words(n, None)) for n in names]
        owners: dict[str, set[str]] = {}
        for eid, phrases in raw.items():
            for phrase in phrases:
                for stem in phrase:
                    owners.setdefault(stem, set()).add(eid)
        shared = {stem for stem, o in owners.items() if len(o) > 1}
        distinct = tuple(
            (eid, tuple(p for p in dict.fromkeys(p - shared for p in phrases) if p))
            for eid, phrases in raw.items()
        )
        return cls(distinct, frozenset(owners))


class _Same:
    """A knowledge base as a cache key, by identity (the base is immutable; holding it here
    also keeps its id from being reused while cached)."""

    __slots__ = ("kb",)

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __hash__(self) -> int:
        return id(self.kb)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.kb is self.kb


@lru_cache(maxsize=4)
def _lexicon(key: _Same) -> EventLexicon:
    """Built once per knowledge base (a reload brings a new one; four cover old and new)."""
    return EventLexicon.of(key.kb)


def event_mentions(kb: KnowledgeBase, words: list[str]) -> tuple[list[str], frozenset[str]]:
    """The summits a message names, in the order it names them, and the words that name
    summits (including the shared ones such as "summit")."""
    lexicon = _lexicon(_Same(kb))
    stems = [T.stem(w) for w in words]
    present = set(stems)
    found: list[tuple[int, str]] = []
    for eid, names in lexicon.names:
        positions = [min(stems.index(s) for s in name) for name in names if name <= present]
        if positions:
            found.append((min(positions), eid))
    found.sort()
    event_words = frozenset(w for w, s in zip(words, stems, strict=True) if s in lexicon.stems)
    return [eid for _, eid in found], event_words


# -- answering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """An answer in a conversation, and the context to keep for the next message."""

    answer: Answer
    context: Context | None
    #: Whether the answer leaned on the context (for logs and evaluation).
    followed_up: bool = False


Ask = Callable[[str], Answer]


def respond(
    index: Index,
    composer: Composer,
    ask: Ask,
    question: str,
    context: Context | None,
    *,
    now: float,
    lang_hint: str | None = None,
) -> Reply:
    """Answer ``question`` in a conversation whose context is ``context`` (None: none yet).

    ``ask`` is the front ends' normal one-question answer (``Service.ask`` with the user's
    language hint); ``now`` the caller's clock, so tests can expire a context without waiting.
    """
    kb = index.kb
    ctx = context.alive(now) if context is not None else None
    ctx = ctx.valid_for(kb) if ctx is not None else None
    words = T.words(question)
    lang = _lang(words, lang_hint, ctx)
    normal = ask(question)
    mentions, event_words = event_mentions(kb, words)
    request = read(words, event_words)
    if K.Q19_OUTLET_ASKED and normal.kind == "sources" and outlet_asked(index, words):
        # "Which newspaper reported this" (intent.outlet_asked; read() took "this" for the
        # summit in focus): the last answer's sources, as "source?" gets them
        # (tuning.Q19_OUTLET_ASKED).
        request = Request("sources", False, ())
    if request is None and K.Q19_LANGUAGE_FIRST:
        # "na russkom pozhaluysta", "po-russki": the whole message a request for the answer's
        # language as text.language_asked reads it (transliterated too), not only in the
        # words read() knows (tuning.Q19_LANGUAGE_FIRST).
        asked = T.language_asked(question)
        if asked is not None and all(T.is_stop_word(w) for w in T.words(asked[0])):
            request = Request("translate", False, (), asked[1])
    attribute = _attribute(words)
    turn = _Turn(kb, composer, ask, ctx, lang, now)
    same_question = ctx is not None and ctx.kind in _QUOTE_KINDS and _just_a_name(words)
    if request is None and attribute is None and not same_question:
        return turn.normal(normal)  # most messages: no marker, nothing more to read
    if K.Q24M_FOLLOW_UP_CLAUSE and normal.answered and _own_antecedent(kb, ask, question, now):
        # "who mentioned coal chemistry, is he a minister?": "he" is the first clause's person,
        # whom the message names itself (Service._follow_up_clause), not the one in focus.
        # (After the return above, which answers as this does: no first clause asked then.)
        return turn.normal(normal)
    named = parse(index, question).persons

    dated = request is not None and request.aspect in ("weekday", "duration", "between")
    if request is not None and dated and (mentions or (ctx is not None and ctx.event)):
        return turn.dates(request.aspect, mentions, bool(mentions))
    if same_question and len(named) == 1:
        # "what did Safarov say?" ... "and Osmonaliyev?": the same question about another.
        person = kb.people[named[0]]
        return turn.finish(turn.quotes_of(person, other=False))
    if named:
        if attribute and not any(_says(w) for w in words) and len(named) == 1:
            return turn.about_named(named[0], turn.unknown_attribute(named[0], attribute))
        return turn.normal(normal)
    if request is None or mentions:
        return turn.normal(normal)
    if request.aspect == "event_topic":
        # "what was signed there?": content plus a word pointing at the summit in focus.
        return turn.about_event(question, words, normal, deictic=request.detail == "there")
    return turn.follow_up(request, question, words, normal)


#: Where a message's second clause may begin: a comma, a semicolon, a sentence's end, a dash,
#: "and", «и» (the last before the pronoun: "… said China is bullying the region. Who was he?"
#: cuts at the full stop, the first part the whole claim).
_CLAUSE_BREAK = re.compile(r"\s*[,;]\s*|[.?!]+\s+|\s+[-–—]\s+|\s+(?:and|и)\s+", re.IGNORECASE)


#: Words that open a clause describing someone rather than asking ("..., that said ...",
#: «..., который говорил ...»; "who" opens questions too: "..., who is he?").
_RELATIVE_WORDS = frozenset("which that который которая которые которого которому".split())


def follow_up_split(text: str) -> tuple[str, str] | None:
    """The message cut before its second clause about a person (tuning.Q24M_FOLLOW_UP_CLAUSE):
    at the last clause break (:data:`_CLAUSE_BREAK`) before the first person pronoun
    (:data:`PERSON_PRONOUNS`) that leaves two words or more on each side and no pronoun in
    the first part; None otherwise. The last break, so "Ван И и что он сказал" keeps "Ван И"."""
    words = [(w.group(0).lower(), w.start()) for w in re.finditer(r"\w+", text)]
    at = next((pos for w, pos in words if w in PERSON_PRONOUNS), None)
    if at is None:
        return None
    cut = None
    for brk in _CLAUSE_BREAK.finditer(text, 0, at):
        if brk.end() <= at:
            cut = brk
    if cut is None:
        return None
    first, second = text[: cut.start()].strip(), text[cut.end() :].strip()
    if len(T.words(first)) < 2 or len(T.words(second)) < 2:
        return None
    if THING_WORDS.intersection(T.words(second)):
        return None  # "did he actually say that?": "that" is the first clause's claim
    if T.words(second)[0] in _RELATIVE_WORDS:
        # «в статье был эксперт, который говорил …, как его зовут?»: the clause describes
        # the one asked about, it is no follow-up
        return None
    return first, second


def _own_antecedent(kb: KnowledgeBase, ask: Ask, question: str, now: float) -> bool:
    """Whether the message's own first clause shows the one person its later "he" stands for
    ("who mentioned coal chemistry, is he a minister?"; tuning.Q24M_FOLLOW_UP_CLAUSE): then
    the person in focus is not whom "he" means."""
    return follow_up_lead(kb, ask, question, now) is not None


def follow_up_lead(
    kb: KnowledgeBase, ask: Ask, question: str, now: float
) -> tuple[str, Answer, Context] | None:
    """The message's second clause about a person (:func:`follow_up_split`), its first
    clause's answer, and the context that answer leaves, when that context has one person
    (:func:`_own_antecedent`, Service._follow_up_clause); None otherwise."""
    split = follow_up_split(question)
    if split is None:
        return None
    lead = ask(split[0])
    ctx = context_of(lead, kb, None, now)
    if ctx is None or ctx.person is None:
        return None
    return split[1], lead, ctx


_QUOTE_KINDS = frozenset({"quote", "quotes", "correction"})
#: What may come with a bare name in "and Osmonaliyev?", "what about him?", "а Сафаров?".
_ELLIPSIS_WORDS = frozenset("and what about how а и что как насчет про".split())


def _just_a_name(words: list[str]) -> bool:
    """Whether a message is only a short name or description after "and"/"what about"/"а"
    (its one person is named by :func:`bot.intent.parse`)."""
    rest = [w for w in words if w not in _ELLIPSIS_WORDS]
    starts = bool(words) and (words[0] in _ELLIPSIS_WORDS)
    return (
        starts
        and 1 <= len(rest) <= 3
        and not any(w in _VOCABULARY or T.is_intent_word(w) or _says(w) for w in rest)
    )


def _lang(words: list[str], lang_hint: str | None, ctx: Context | None) -> str:
    cyr = sum(1 for w in words if T.is_cyrillic(w))
    lat = sum(1 for w in words if w.isascii() and w.isalpha())
    if cyr and cyr >= lat:
        return "ru"
    if lat:
        return "en"
    if lang_hint and lang_hint.lower().startswith("ru"):
        return "ru"
    return ctx.lang if ctx is not None else "en"


@dataclass(frozen=True)
class _Turn:
    """One message being answered: the base, the context and the language, shared by the
    answer builders below."""

    kb: KnowledgeBase
    composer: Composer
    ask: Ask
    ctx: Context | None
    lang: str
    now: float

    # -- plumbing --------------------------------------------------------------------------

    def m(self, key: str) -> str:
        return MESSAGES.get(self.lang, MESSAGES["en"])[key]

    def name(self, p: Person) -> str:
        return p.name_ru if self.lang == "ru" and p.name_ru else p.name

    def role(self, p: Person) -> str:
        return p.role_ru if self.lang == "ru" and p.role_ru else p.role

    def event_name(self, e: Event) -> str:
        return e.name_ru if self.lang == "ru" and e.name_ru else e.name

    def finish(self, answer: Answer, *, related: bool = True) -> Reply:
        """The reply and the context after it. ``related``: the answer was about the context
        (a follow-up), so the context is kept fresh even when the answer is a refusal."""
        if answer.answered and answer.entries and answer.kind in _KNOWLEDGE_KINDS:
            return Reply(answer, context_of(answer, self.kb, self.ctx, self.now), related)
        if related and self.ctx is not None:
            return Reply(answer, self.ctx.touched(self.now), True)
        return Reply(answer, context_of(answer, self.kb, self.ctx, self.now), False)

    def about_named(self, person_id: str, answer: Answer) -> Reply:
        """A refusal about a person the message named ("how old is Safarov?"): that person is
        now in focus, so "where did he study?" is about them."""
        prev = self.ctx
        focus = Context(
            entries=(person_id,),
            kind="person",
            speakers=(person_id,),
            sources=tuple(self.kb.people[person_id].sources),
            person=person_id,
            event=prev.event if prev is not None else None,
            lang=self.lang,
            at=self.now,
        )
        return Reply(answer, focus, False)

    def normal(self, answer: Answer) -> Reply:
        return self.finish(answer, related=False)

    def refusal(
        self, kind: str, lines: list[str], suggestions: Iterable[str] = (), question: str = ""
    ) -> Answer:
        sugg = tuple(Suggestion(i, self.composer.label(i, self.lang)) for i in suggestions)[
            :MAX_CHOICES
        ]
        blocks = [Block("para", line) for line in lines]
        if sugg:
            blocks.append(Block("list", items=tuple(s.label for s in sugg)))
        return Answer(question, False, kind, tuple(blocks), suggestions=sugg, lang=self.lang)

    def entry(self, entry_id: str) -> Answer | None:
        return self.composer.for_entry(entry_id, self.lang)

    def with_head(self, answer: Answer, head: Iterable[Block], kind: str | None = None) -> Answer:
        return replace(answer, blocks=(*head, *answer.blocks), kind=kind or answer.kind)

    def sources_blocks(self, ids: Iterable[str]) -> tuple[Block, ...]:
        from bot.answer import SourceRef

        seen = dict.fromkeys(i for i in ids if i in self.kb.sources)
        return tuple(Block("source", source=SourceRef.of(self.kb.sources[i])) for i in seen)

    # -- clarifying questions -------------------------------------------------------------

    def who(self, in_play: tuple[str, ...] = ()) -> Answer:
        """Asks who is meant; offers the people in play when the context has them (after a
        correction), else everyone the base quotes."""
        people = [self.kb.people[i] for i in in_play if i in self.kb.people] or [
            p for p in self.kb.people.values() if self.kb.quotes_by(p.id)
        ]
        example = people[0].short(self.lang) if people else "…"
        return self.refusal(
            "clarify", [self.m("who").format(example=example)], [p.id for p in people]
        )

    def which_summit(self) -> Answer:
        return self.refusal(
            "clarify", [self.m("which_summit")], [e.id for e in self.kb.events_in_order()]
        )

    def what(self) -> Answer:
        return self.refusal("clarify", [self.m("what")])

    # -- follow-ups -------------------------------------------------------------------------

    def follow_up(self, r: Request, question: str, words: list[str], normal: Answer) -> Reply:
        ctx = self.ctx
        if r.aspect in ("card", "role", "country", "quotes", "topic", "attribute"):
            person = self.kb.people.get(ctx.person or "") if ctx is not None else None
            if person is None:
                if not r.person_ref and r.aspect == "attribute":
                    return self.normal(normal)  # "how old?" with nobody in focus: not a follow-up
                if r.aspect == "topic" and not r.says and normal.answered:
                    return self.normal(normal)  # «как его оценивают»: «его» is in the question
                return self.finish(self.who(ctx.in_play if ctx else ()), related=False)
            return self.finish(self.about_person(r, person, words, normal))
        if r.aspect in ("place", "date"):
            event = self.kb.events.get(ctx.event or "") if ctx is not None else None
            if event is None:
                if ctx is None and normal.answered:
                    return self.normal(normal)
                return self.finish(self.which_summit(), related=False)
            return self.finish(self.about_event_aspect(event))
        if ctx is None or not ctx.entries:
            if r.aspect == "sources" and K.Q19_OUTLET_ASKED and normal.kind == "sources":
                # "What are your sources", "which newspaper reported the summit" with nothing
                # answered before: every source, as the question alone is answered.
                return self.normal(normal)
            if r.aspect == "translate" and K.Q19_LANGUAGE_FIRST:
                # "In russian please" with nothing answered before: the language is taken,
                # in that language, and the question asked for (tuning.Q19_LANGUAGE_FIRST).
                turn = replace(self, lang=r.detail)
                return turn.finish(
                    turn.refusal("clarify", [turn.m("language_first")]), related=False
                )
            return self.finish(self.what(), related=False)
        if r.aspect == "sources":
            return self.finish(self.sources(ctx))
        if r.aspect == "translate":
            return self.translate(ctx, r.detail)
        if r.aspect == "speaker":
            return self.finish(self.speaker(ctx))
        if r.aspect == "full":
            return self.finish(self.full(ctx))
        return self.finish(self.more(ctx))

    def about_person(self, r: Request, p: Person, words: list[str], normal: Answer) -> Answer:
        if r.aspect == "attribute":
            return self.unknown_attribute(p.id, r.detail)
        if r.aspect == "role":
            # Role and organization each once, as on the person card (the country is left
            # out unless nothing else names it: "what's his job" asks for the post).
            parts = self.composer.person_details(p, self.lang)
            shown = [x for x in parts if x != p.country] or list(parts)
            role, org = shown[0], "".join(f", {x}" for x in shown[1:])
            line = self.m("role").format(name=self.name(p), role=role, org=org)
            return self.person_answer(p, line)
        if r.aspect == "country":
            line = self.m("country").format(name=self.name(p), role=self.role(p), country=p.country)
            return self.person_answer(p, line)
        if r.aspect == "quotes":
            return self.quotes_of(p, other=r.other)
        if r.aspect == "topic":
            return self.topic(p, words, normal, says=r.says)
        card = self.entry(p.id)
        return card if card is not None else self.who()

    def person_answer(self, p: Person, line: str) -> Answer:
        quotes = self.kb.quotes_by(p.id)
        srcs = self.sources_blocks([*p.sources, *(q.source for q in quotes)])
        blocks = (Block("person", line, speaker=self.name(p)), *srcs)
        return Answer(
            "",
            True,
            "person",
            blocks,
            tuple(b.source for b in srcs if b.source is not None),
            1.0,
            (p.id,),
            (),
            self.lang,
            (p.id,),
        )

    def quotes_of(self, p: Person, *, other: bool) -> Answer:
        shown = set(self.ctx.entries) if self.ctx is not None and other else set()
        quotes = [q for q in self.kb.quotes_by(p.id) if q.id not in shown]
        if not quotes:
            return self.refusal("no_more", [self.m("no_more").format(name=self.name(p))], [p.id])
        kind: Literal["quote", "quotes"] = "quotes" if len(quotes) > 1 else "quote"
        answer = self.composer.entry_answer(
            Match(kind, tuple(q.id for q in quotes), 1.0, lang=self.lang), ""
        )
        if kind == "quote":
            head = Block(
                "person",
                self.m("his_quotes").format(name=self.name(p)),
                speaker=self.name(p),
            )
            return self.with_head(answer, [head])
        return answer

    def topic(self, p: Person, words: list[str], normal: Answer, *, says: bool) -> Answer:
        """A question about the person in focus with words of its own: asked again with the
        person's name in place of the pronoun, and kept only if the answer is about them.

        With a verb of saying ("what did he say about X?") only their own words are accepted,
        anything else is refused (a "did he say X?" that is someone else's words is corrected,
        naming the speaker). Without one, the pronoun may belong to the question itself
        («пояс и путь — как его оценивают?»), so the message's own answer is next best."""
        name = self.name(p)
        others = set(normal.speakers) - {p.id} or (
            normal.kind == "person" and normal.entries != (p.id,)
        )
        ambiguous = {w for w in words if w in PERSON_PRONOUNS} <= AMBIGUOUS_PRONOUNS
        if not says and normal.answered and ambiguous and not others:
            return normal
        rewritten = " ".join(name if w in PERSON_PRONOUNS else w for w in words)
        answer = self.ask(rewritten)
        if answer.answered and answer.kind != "correction" and set(answer.speakers) == {p.id}:
            return replace(answer, question="")
        if answer.kind == "person" and answer.entries == (p.id,):
            return replace(answer, question="")
        # A follow-up that puts words to the person in focus as a yes/no matter ("did he say
        # …?", "he said …, right?", «правда он сказал …?»: intent.is_yes_no, the same test a
        # question with the name gets), and whose rewritten question is answered with a
        # correction naming the real speaker: that correction is the reply, as it is for the
        # same question with the name ("osmonaliyev said 54 projects were implemented, right?").
        claim = (
            says
            and is_yes_no(words)
            and not set(words) & (ABOUT_WORDS | TOPIC_VERBS | {"anything", "something", "нибудь"})
            and not any(w.startswith(("упомин", "упомян")) for w in words)
        )
        if claim and answer.kind == "correction":
            return replace(answer, question="")
        if not says and normal.answered and not others:
            return normal
        topic = " ".join(
            w
            for w in words
            if w not in PERSON_PRONOUNS
            and w not in _VOCABULARY
            and not T.is_stop_word(w)
            and not _says(w)
        )
        if says and topic:
            line = self.m("no_topic").format(name=name, topic=topic)
            return self.refusal("no_topic", [line], [q.id for q in self.kb.quotes_by(p.id)])
        line = self.m("cannot").format(name=name)
        return self.refusal("cannot", [line, self.m("attribute_offer").format(name=name)], [p.id])

    def unknown_attribute(self, person_id: str, attribute: str) -> Answer:
        p = self.kb.people[person_id]
        what = self.m(attribute if attribute in ATTRIBUTE_WORDS else "other")
        lines = [
            self.m("attribute").format(what=what, name=self.name(p)),
            self.m("attribute_offer").format(name=self.name(p)),
        ]
        return self.refusal("unknown_attribute", lines, [p.id])

    def about_event_aspect(self, e: Event) -> Answer:
        answer = self.entry(e.id)
        return answer if answer is not None else self.which_summit()

    def about_event(
        self, question: str, words: list[str], normal: Answer, *, deictic: bool
    ) -> Reply:
        """A question with content and "there"/"then"/"там" ("what was signed there?"): asked
        again with the summit in focus named; kept only if the answer is about that summit."""
        ctx = self.ctx
        event = self.kb.events.get(ctx.event or "") if ctx is not None else None
        if event is None or (normal.answered and not deictic):
            return self.normal(normal)  # "it"/"это" inside a question that answers itself
        rewritten = " ".join(
            self.event_name(event) if w in DEICTIC_PLACE or w in THING_WORDS else w for w in words
        )
        answer = self.ask(rewritten)
        if answer.answered and _event_focus(answer.entries, self.kb) == event.id:
            return self.finish(replace(answer, question=question))
        return self.normal(normal)

    # -- about the last answer ---------------------------------------------------------------

    def sources(self, ctx: Context) -> Answer:
        blocks = self.sources_blocks(ctx.sources)
        if not blocks:
            return self.what()
        return Answer(
            "",
            True,
            "sources",
            (Block("para", self.m("sources")), *blocks),
            tuple(b.source for b in blocks if b.source is not None),
            1.0,  # certain: these are exactly the last answer's sources
            entries=ctx.entries,
            lang=self.lang,
        )  # no speakers: it shows nobody's words, only where the last answer came from

    def translate(self, ctx: Context, lang: str) -> Reply:
        turn = replace(self, lang=lang)
        answer = turn.render(ctx)
        if answer is None:
            return self.finish(self.what(), related=False)
        return Reply(answer, ctx.touched(self.now, lang=lang), True)

    def render(self, ctx: Context) -> Answer | None:
        """The entries of ``ctx`` answered again (in this turn's language)."""
        first = self.kb.record(ctx.entries[0]) if ctx.entries else None
        if first is None:
            return None
        if isinstance(first, Quote) and len(ctx.entries) > 1:
            quotes = tuple(e for e in ctx.entries if e in self.kb.quotes)
            return self.composer.entry_answer(Match("quotes", quotes, 1.0, lang=self.lang), "")
        return self.entry(first.id)

    def speaker(self, ctx: Context) -> Answer:
        first = self.kb.record(ctx.entries[0]) if ctx.entries else None
        if isinstance(first, Quote):
            p = self.kb.people[first.speaker]
            answer = self.render(ctx)
            if answer is None:
                return self.what()
            head = Block(
                "person",
                self.m("said_by").format(name=self.name(p), role=self.role(p)),
                speaker=self.name(p),
            )
            return self.with_head(answer, [head])
        if isinstance(first, Fact) and first.speaker:
            p = self.kb.people[first.speaker]
            answer = self.entry(first.id)
            if answer is None:
                return self.what()
            return answer
        if isinstance(first, Person):
            return self.quotes_of(first, other=False)
        return self.refusal("not_a_quote", [self.m("not_a_quote")], ctx.entries)

    def full(self, ctx: Context) -> Answer:
        first = self.kb.record(ctx.entries[0]) if ctx.entries else None
        if isinstance(first, Quote):
            answer = self.render(ctx)
            return answer if answer is not None else self.what()
        if isinstance(first, Fact) and first.speaker:
            quotes = [
                q for q in self.kb.quotes_by(first.speaker) if q.source in first.sources
            ] or self.kb.quotes_by(first.speaker)
            if quotes:
                full = self.entry(quotes[0].id)
                if full is not None:
                    return full
        if isinstance(first, Person):
            return self.quotes_of(first, other=False)
        return self.refusal("not_a_quote", [self.m("not_a_quote")], ctx.entries)

    def more(self, ctx: Context) -> Answer:
        first = self.kb.record(ctx.entries[0]) if ctx.entries else None
        if isinstance(first, Person):
            return self.quotes_of(first, other=False)
        person = ctx.person if isinstance(first, Quote | Fact) else None
        if person and person in self.kb.people:
            p = self.kb.people[person]
            rest = [q for q in self.kb.quotes_by(p.id) if q.id not in ctx.entries]
            if rest:
                return self.quotes_of(p, other=True)
        event = ctx.event if ctx.event in self.kb.events else None
        if event is not None:
            e = self.kb.events[event]
            facts = [f for f in self.kb.facts.values() if f.event == e.id]
            # Facts about the summit itself first, then figures someone stated there.
            facts.sort(key=lambda f: f.speaker is not None)
            related = [f.id for f in facts if f.id not in ctx.entries]
            if e.id not in ctx.entries:
                related.insert(0, e.id)
            if related:
                return self.refusal(
                    "more", [self.m("more_event").format(name=self.event_name(e))], related
                )
        return self.refusal("more", [self.m("nothing_more")])

    # -- dates ---------------------------------------------------------------------------------

    def dates(self, aspect: Aspect, mentions: list[str], explicit: bool) -> Reply:
        ctx = self.ctx
        events = [self.kb.events[e] for e in mentions]
        if aspect == "between" and len(events) < 2 and ctx is not None and ctx.event:
            focus = self.kb.events.get(ctx.event)
            if focus is not None and focus not in events:
                events.insert(0, focus)
        if not events and ctx is not None and ctx.event in self.kb.events:
            events = [self.kb.events[ctx.event or ""]]
        if not events:
            return self.finish(self.which_summit(), related=False)
        if aspect == "weekday":
            answer = self.weekday(events[0])
        elif aspect == "duration":
            answer = self.duration(events[0])
        elif len(events) < 2:
            answer = self.refusal(
                "clarify", [self.m("between_what")], [e.id for e in self.kb.events_in_order()]
            )
        else:
            answer = self.between(events[0], events[1])
        return self.finish(answer, related=not explicit)

    def dated(self, events: list[Event], line: str) -> Answer:
        srcs = self.sources_blocks(s for e in events for s in e.sources)
        return Answer(
            "",
            True,
            "dates",
            (Block("para", line), *srcs),
            tuple(b.source for b in srcs if b.source is not None),
            1.0,
            tuple(e.id for e in events),
            (),
            self.lang,
        )

    def no_date(self, e: Event) -> Answer:
        line = self.m("no_date").format(name=self.event_name(e), year=e.year)
        return self.dated([e], line)

    def weekday(self, e: Event) -> Answer:
        if e.start is None:
            return self.no_date(e)
        name = self.event_name(e)
        if e.end is not None and e.end != e.start:
            line = self.m("weekdays").format(
                name=name,
                first=D.weekday(e.start, self.lang),
                start=format_date(e.start, self.lang),
                last=D.weekday(e.end, self.lang),
                end=format_date(e.end, self.lang),
            )
        else:
            line = self.m("weekday").format(
                name=name,
                weekday=D.weekday(e.start, self.lang),
                date=format_date(e.start, self.lang),
            )
        return self.dated([e], line)

    def duration(self, e: Event) -> Answer:
        if e.start is None:
            return self.no_date(e)
        name = self.event_name(e)
        if e.end is None:
            line = self.m("one_date").format(name=name, date=format_date(e.start, self.lang))
        else:
            days = D.plural(D.duration_days(e.start, e.end), "day", self.lang)
            line = self.m("duration").format(
                name=name, days=days, dates=format_range(e.start, e.end, self.lang)
            )
        return self.dated([e], line)

    def between(self, a: Event, b: Event) -> Answer:
        if a.id == b.id:
            return self.refusal("clarify", [self.m("same_event")], [a.id])
        a, b = sorted((a, b), key=lambda e: (e.start or dt.date(e.year, 12, 31), e.ordinal))
        na, nb = self.event_name(a), self.event_name(b)
        if a.start is None or b.start is None:
            n = D.plural(abs(b.year - a.year), "year", self.lang)
            line = self.m("between_years").format(a=na, b=nb, ya=a.year, yb=b.year, n=n)
        else:
            line = self.m("between").format(
                a=na,
                b=nb,
                da=format_range(a.start, a.end, self.lang),
                db=format_range(b.start, b.end, self.lang),
                span=D.span_text(D.span(a.start, b.start), self.lang),
            )
        return self.dated([a, b], line)


def reply_json(reply: Reply) -> dict[str, Any]:
    """The JSON object of ``summitbot ask --json`` for an answer in a conversation: the
    answer's usual fields plus ``context`` (an object to send back with the next question,
    or null when there is nothing to continue)."""
    from bot.render import to_json

    out = to_json(reply.answer)
    out["context"] = reply.context.to_json() if reply.context is not None else None
    return out


__all__ = [
    "ANSWER_MEMORY",
    "CONTEXT_TTL_SECONDS",
    "MAX_UNRELATED_TURNS",
    "AnswerMemory",
    "Context",
    "Reply",
    "Request",
    "context_of",
    "event_mentions",
    "read",
    "reply_json",
    "respond",
]
