"""Read what a question asks for: its intents, the person it names, and its content words.

Intent comes from a few closed word lists in English and Russian (who said, what did X say,
who is, when, where); the speaker is found by name tokens (fuzzy, either script), by role
phrases ("the Kazakh minister") or by nationality plus a person noun ("the Tajik expert"). A name
slot that resolves to nobody in the base is kept as ``unknown_name``: the matcher then refuses
rather than show somebody else's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from bot import text as T
from bot import tuning as K
from bot.index import EntryType, Index, Term, fuzzy_lookup

#: What a front end's command fixes before the argument is read: ``/who <words>``,
#: ``/quote <name>``, ``/when <summit>``.
Intent = Literal["who_said", "quotes_of", "when"]
#: Questions about the bot itself rather than the summits (answered by the service).
Meta = Literal["sources"]

SAY = T.SAY_WORDS
SAY_RU_PREFIXES = T.SAY_RU_PREFIXES
WHO = frozenset({"who", "whose", "whom", "кто", "чьи", "чья", "чье", "чей", "кем", "кого"})
WHO_IS = (
    re.compile(r"\b(?:who\s+is|who\s+was|whos|who\s+s|who\s+are|who\s+was)\s+(?P<slot>.+)$"),
    re.compile(
        r"\b(?:tell\s+me\s+about|info\s+(?:on|about)|information\s+(?:on|about)|"
        r"more\s+about)\s+(?P<slot>.+)$"
    ),
    re.compile(r"\bкто\s+(?:такой|такая|такие|это|был|была)\s+(?P<slot>.+)$"),
    re.compile(r"\bкто\s+(?P<slot>\S+)$"),
    re.compile(r"\b(?:расскажи|расскажите)\s+(?:мне\s+)?(?:о|об|про)\s+(?P<slot>.+)$"),
)
SAY_SLOT = (
    re.compile(
        r"\b(?:what|how|did|does|do|has|have|had|would|will|why)\s+(?P<slot>.+?)\s+"
        r"(?:say|said|says|think|thinks|thought|believe|believes|mean|claim|claimed|speak|spoke|"
        r"talk|talked|comment|commented|mention|mentioned|state|stated|tell|told|argue|argued)\b"
    ),
    re.compile(
        r"^(?:is\s+it\s+true\s+(?:that\s+)?|so\s+)?(?P<slot>.+?)\s+"
        r"(?:said|says|claimed|claims|stated|told|thinks|believes)\b"
    ),
    re.compile(
        r"\b(?:quotes?|words|statements?|remarks|comments|views|opinions?|speech|"
        r"quotation)\s+(?:from|by|of)\s+(?P<slot>.+)$"
    ),
    re.compile(r"\baccording\s+to\s+(?P<slot>.+)$"),
    re.compile(
        r"^(?P<slot>\S+(?:\s+\S+)?)\s+(?:quotes?|words|statements?|remarks|comments|"
        r"views|opinions?|speech)\b"
    ),
    re.compile(
        r"\b(?:что|как)\s+(?:сказал|сказала|говорил|говорила|заявил|заявила|думает|"
        r"считает|говорит|сказали)\s+(?P<slot>.+)$"
    ),
    re.compile(r"\b(?:цитат[аыу]?|слова|мнение|высказывани[еяй])\s+(?P<slot>.+)$"),
    re.compile(r"\bпо\s+словам\s+(?P<slot>.+)$"),
    re.compile(
        r"^(?:правда\s+(?:ли\s+)?(?:что\s+)?)?(?P<slot>.+?)\s+"
        r"(?:сказал|сказала|заявил|заявила|говорил|говорила)\b"
    ),
)
#: Words that end a name slot: what comes after them is the topic, not the speaker.
SLOT_STOP = frozenset(
    "about on regarding at in during of concerning re that when the a an at to for "
    "о об про на в во по насчет касательно что".split()
)
#: Slot words that do not name anyone: pronouns and groups the article quotes collectively.
NOT_A_NAME = frozenset(
    "he she they it him her them his this that someone somebody anyone people everyone officials "
    "experts leaders china chinese summit you i we он она они это кто все эксперты".split()
)
PERSON_NOUNS = frozenset(
    "guy man person expert analyst official speaker scientist politician diplomat minister "
    "ambassador envoy researcher chairman chair gentleman fellow representative one dude "
    "эксперт аналитик политолог министр посол дипломат чиновник представитель человек".split()
)
#: Person nouns that describe nobody in particular ("the guy from Kyrgyzstan").
GENERIC_NOUNS = frozenset(
    "guy man woman person people one fellow gentleman dude someone somebody человек мужчина".split()
)
GENERIC_PEOPLE = PERSON_NOUNS | frozenset("which what person people someone somebody".split())
#: Titles that name a person: in a speaker slot that matched nobody, they mean "someone else".
TITLES = PERSON_NOUNS | frozenset(
    "president presidents premier spokesperson spokesman spokeswoman king leader "
    "chancellor mayor governor "
    "президент премьер министра спикер глава лидер генсек".split()
)
WHEN = T.WHEN_WORDS
WHERE = T.WHERE_WORDS
GREETINGS = frozenset(
    "hi hello hey hiya yo howdy greetings good morning evening afternoon day night start help "
    "thanks thank "
    "привет здравствуйте здравствуй добрый день вечер утро хай салам спасибо помощь помоги".split()
)

#: "What are your sources": a question about the bot's sources, when every content word is
#: one of these (and one of them says "source"). Intent vocabulary, English and Russian.
SOURCE_WORDS = frozenset("source sources источник источники источников источниками".split())
META_WORDS = SOURCE_WORDS | frozenset(
    "use used using list cite cited based base come comes get got info information data "
    "reference references article articles bots "
    "откуда используешь используете берешь берете твои ваши список информация данные "
    "статьи статья".split()
)
#: "What is/are ...", "what's the ..." ("what's" reads "what" once the possessive is gone).
DEFINE = re.compile(r"^(?:so\s+)?(?:what\s+(?:is|are|was|were|s|the)|whats|что\s+такое)\b")
LEADING_AUX = frozenset("did does do has have had would will is was were are can could".split())


@dataclass(frozen=True)
class Parsed:
    """What a question asks for; produced once per question and read by the matcher."""

    words: tuple[str, ...]
    #: The content words, read by the index (typos repaired), one per distinct stem.
    terms: tuple[Term, ...]
    who_said: bool
    say: bool
    who_is: bool
    when: bool
    where: bool
    greeting: bool
    #: Known person ids the question names, by name or role, in order of appearance.
    persons: tuple[str, ...]
    #: A name slot ("what did <slot> say") that names nobody in the base.
    unknown_name: str | None
    lang: str
    #: The question asserts an attribution to check ("did X say...", "X said ..., right?").
    claim: bool = False
    #: A question about the bot itself, answered without the knowledge base's entries.
    meta: Meta | None = None
    #: "What is the BRI", "что такое ...": a definition is asked for, which a fact gives better
    #: than a quote that merely uses the words.
    define: bool = False
    #: Only entries of these types may answer (``/when``: events); empty = any.
    only: tuple[EntryType, ...] = ()

    @property
    def content(self) -> tuple[str, ...]:
        return tuple(t.stem for t in self.terms)


def _is_russian(words: list[str]) -> bool:
    cyr = sum(1 for w in words if T.is_cyrillic(w))
    return cyr > 0 and cyr * 2 >= len(words)


def _name_hits(index: Index, words: list[str]) -> dict[int, str]:
    """Word position -> person id, for words that are (fuzzily) one of the people's names."""
    hits: dict[int, str] = {}
    short = _short_names(index)
    for i, w in enumerate(words):
        if len(w) < K.MIN_REPAIR_LEN and len(short.get(w, ())) == 1:
            hits[i] = next(iter(short[w]))  # "xi", "си": exact only, never fuzzy
            continue
        if len(w) < K.MIN_REPAIR_LEN or w in T.STOP_WORDS:
            continue
        lw = T.latin(w)
        exact = index.name_lookup.get(lw)
        if exact and len(exact) == 1:
            hits[i] = next(iter(exact))
            continue
        best = fuzzy_lookup(lw, index.trigram_names, K.NAME_SIMILARITY)
        if best is not None:
            owners = index.name_lookup[best[0]]
            if len(owners) == 1:
                hits[i] = next(iter(owners))
    return hits


#: Index -> its one-word names shorter than fuzzy matching allows ("Xi"), kept with the index
#: they were read from (an index is rebuilt, never changed, when the base reloads).
_SHORT_NAMES: dict[int, tuple[Index, dict[str, frozenset[str]]]] = {}


def _short_names(index: Index) -> dict[str, frozenset[str]]:
    """Words of names shorter than :data:`K.MIN_REPAIR_LEN` ("Xi", the "Yi" of "Wang Yi") ->
    the people who bear them. Matched exactly only: fuzzy matching on two letters names anyone."""
    cached = _SHORT_NAMES.get(id(index))
    if cached is not None and cached[0] is index:
        return cached[1]
    found: dict[str, set[str]] = {}
    for p in index.kb.people.values():
        for name in (p.name, *p.aliases, p.name_ru or ""):
            for w in T.words(name):
                if 2 <= len(w) < K.MIN_REPAIR_LEN:
                    found.setdefault(w, set()).add(p.id)
    table = {w: frozenset(ids) for w, ids in found.items() if w not in T.STOP_WORDS}
    if len(_SHORT_NAMES) > 8:  # old indexes of reloaded bases
        _SHORT_NAMES.clear()
    _SHORT_NAMES[id(index)] = (index, table)
    return table


def _role_hits(index: Index, stems: set[str]) -> tuple[list[str], set[str], bool]:
    """People named by a role phrase or by nationality + person noun; the stems used; and
    whether a description fitted several people equally (then nobody is picked, and the
    question is not treated as naming someone unknown either).

    Nothing here depends on the order a set is iterated in (that changes with the process's
    hash seed): the people come in base order, and the stems used are those of *every* role
    phrase that matched, not of whichever phrase was met first.
    """
    matched: dict[str, list[frozenset[str]]] = {}
    for stem in sorted(stems):
        for phrase, person in index.role_index.get(stem, ()):
            if phrase <= stems:
                matched.setdefault(person, []).append(phrase)
    found = sorted(matched, key=_base_order(index))
    if len(found) > 1:
        # Several roles matched: keep the people whose role phrase is the most specific.
        size = {p: max(map(len, matched[p])) for p in found}
        top = max(size.values())
        found = [p for p in found if size[p] == top]
    used: set[str] = set()  # role words are not the topic, also those of people not kept
    for phrases in matched.values():
        for phrase in phrases:
            used |= phrase
    if not found:
        nouns = _person_noun_stems(index) & stems
        countries = sorted(c for c in stems if c in index.people_by_country)
        # A nationality and a title describe a quoted person loosely ("the Tajik expert"); a
        # person the base never quotes is named by name or by an exact role phrase only, so
        # "the Chinese ambassador" is not taken for the Chinese president.
        people = [p for c in countries for p in index.people_by_country[c] if index.kb.quotes_by(p)]
        if nouns and len(people) > K.MAX_COUNTRY_PEOPLE:
            # So many people of that nationality that a description by nationality and title
            # names nobody in particular (exact role phrases were tried above).
            return [], set(), nouns <= _generic_noun_stems(index)
        if nouns and people:
            # The most words of a role in common wins: "kyrgyzstan's ambassador to
            # azerbaijan" is the former ambassador even among other Kyrgyz people.
            overlap = {
                p: max((len(ph & stems) for ph in _roles_of(index, p)), default=0) for p in people
            }
            top = max(overlap.values())
            best = [p for p in people if overlap[p] == top]
            if len(best) == 1:
                found.append(best[0])
                used |= nouns | set(countries)
            elif nouns <= _generic_noun_stems(index):
                # "the guy from X" fits several people: nobody is picked, nobody is unknown.
                return [], set(), True
    return found, used, False


def _base_order(index: Index) -> Callable[[str], int]:
    """Sort key: a person's position in the base (a fixed order, the same in every process)."""
    return lambda person: index.by_id.get(person, len(index.entries))


def _roles_of(index: Index, person: str) -> tuple[frozenset[str], ...]:
    return index.person_roles.get(person, ())


def _generic_noun_stems(index: Index) -> frozenset[str]:
    return frozenset(index.canonical(T.stem(n)) for n in GENERIC_NOUNS)


def _person_noun_stems(index: Index) -> frozenset[str]:
    return frozenset(index.canonical(T.stem(n)) for n in PERSON_NOUNS)


def _slot(
    patterns: tuple[re.Pattern[str], ...], text: str, stop: frozenset[str] | None = None
) -> str | None:
    for pat in patterns:
        m = pat.search(text)
        if m:
            found = _slot_words(m.group("slot"), SLOT_STOP if stop is None else stop)
            if found:
                return found
    return None


#: A "who is" slot names a person or an office, and an office goes on past "of":
#: "the president of kazakhstan" (a speaker slot stops there: "what did X say of ...").
WHO_IS_STOP = SLOT_STOP - {"of", "из"}


def _slot_words(text: str, stop: frozenset[str] = SLOT_STOP) -> str | None:
    """The words of a name slot: no leading auxiliary, article or preposition, up to the first
    ``stop`` word after a name word, at most four words."""
    slot_words: list[str] = []
    for w in text.split():
        if not slot_words and (w in LEADING_AUX or w in SLOT_STOP):
            continue
        if w in stop and slot_words:
            break
        if w in {"the", "a", "an"}:
            continue
        slot_words.append(w)
        if len(slot_words) == 4:
            break
    return " ".join(slot_words) or None


def _unknown_name(index: Index, slot: str | None) -> str | None:
    """The slot if it names someone the base does not know: a word outside its vocabulary, or a
    title ("the Uzbek president") that matched none of the people's roles."""
    if not slot:
        return None
    ws = [w for w in slot.split() if w not in T.STOP_WORDS and w not in NOT_A_NAME]
    if not ws:
        return None
    unknown = [w for w in ws if index.canonical(T.stem(w)) not in index.idf and not w.isdigit()]
    titled = [w for w in ws if w in TITLES]
    return slot if unknown or titled else None


@dataclass(frozen=True)
class _Reading:
    """What every reading of a text shares: its words, the people it names, its content."""

    words: list[str]
    norm: str
    persons: tuple[str, ...]
    #: A description fitted several people equally (nobody named, nobody unknown).
    several: bool
    terms: dict[str, Term]
    lang: str


def _read(index: Index, text: str) -> _Reading:
    ws = T.words(text, abbreviations=index.kb.abbreviations)
    name_hits = _name_hits(index, ws)
    candidates = [
        index.term(w)
        for i, w in enumerate(ws)
        if i not in name_hits and not T.is_stop_word(w) and not T.is_intent_word(w)
    ]
    # Role phrases and person nouns are matched on repaired words: "the kazakh ministr".
    stems_all = (
        {t.stem for t in candidates}
        | {a for t in candidates for a in t.alts}
        | {index.canonical(T.stem(w)) for w in ws if w not in T.STOP_WORDS}
    )
    role_people, role_stems, several = _role_hits(index, stems_all)
    persons: list[str] = []
    for pid in [*name_hits.values(), *role_people]:
        if pid not in persons:
            persons.append(pid)
    terms: dict[str, Term] = {}
    for t in candidates:
        if t.weight == 0.0 and not t.known:
            continue  # a misspelt stop word
        if t.stem not in role_stems and not role_stems.intersection(t.alts):
            terms.setdefault(t.stem, t)
    lang = "ru" if _is_russian(ws) else "en"
    return _Reading(ws, " ".join(ws), tuple(persons), several, terms, lang)


def _without_slot(terms: dict[str, Term], slot: str | None) -> dict[str, Term]:
    """The content words, less those of a name slot that names nobody in the base."""
    if not slot:
        return terms
    slot_words = set(slot.split())
    return {s: t for s, t in terms.items() if t.word not in slot_words}


def parse(index: Index, question: str, intent: Intent | None = None) -> Parsed:
    """Read a question. With ``intent`` (a command's), the text is only its argument: the
    words of a quote (``who_said``), a person's name or role (``quotes_of``), a summit
    (``when``); the intent is taken as given, not read back from a sentence."""
    r = _read(index, question)
    if intent is not None:
        return _with_intent(index, r, intent)
    ws, norm, persons, terms = r.words, r.norm, r.persons, r.terms
    say = any(w in SAY for w in ws) or any(w.startswith(SAY_RU_PREFIXES) for w in ws)
    who_word = any(w in WHO for w in ws)
    who_is_slot = _slot(WHO_IS, norm, WHO_IS_STOP)
    say_slot = _slot(SAY_SLOT, norm) if say else None
    who_said = who_word and say and (say_slot is None or say_slot.split()[0] in WHO)
    if any(a in WHO and (b in SAY or b.startswith(SAY_RU_PREFIXES)) for a, b in pairwise(ws)):
        who_said = True  # "... who said it", "кто сказал"
    if (
        say
        and say_slot
        and (
            say_slot.split()[0] in {"which", "what"}
            or all(w in GENERIC_PEOPLE for w in say_slot.split())
        )
    ):
        who_said = True  # "which person said ...", "what official said ..."
    who_is = (who_is_slot is not None and not say) or (
        bool(persons) and not say and any(w in T.WHO_IS_WORDS for w in ws)
    )
    unknown = None
    if not persons and not r.several:
        if say and not who_said:
            unknown = _unknown_name(index, say_slot)
        elif who_is:
            unknown = _unknown_name(index, who_is_slot)
    terms = _without_slot(terms, unknown)
    greeting = bool(ws) and all(w in GREETINGS or w in T.STOP_WORDS for w in ws)
    claim = _is_claim(ws, norm) and (say or (bool(persons) and ws[0] in ACTION_CLAIM_START))
    return Parsed(
        words=tuple(ws),
        terms=tuple(terms.values()),
        who_said=who_said,
        say=say,
        who_is=who_is,
        when=any(w in WHEN or w in T.MONTHS for w in ws),
        where=any(w in WHERE for w in ws),
        greeting=greeting,
        persons=persons,
        unknown_name=unknown,
        lang=r.lang,
        claim=claim,
        meta=_meta(ws, persons),
        define=not say and not persons and DEFINE.match(norm) is not None,
    )


def _with_intent(index: Index, r: _Reading, intent: Intent) -> Parsed:
    """The argument of ``/who``, ``/quote`` or ``/when`` read with the command's intent."""
    base = Parsed(
        words=tuple(r.words),
        terms=tuple(r.terms.values()),
        who_said=False,
        say=False,
        who_is=False,
        when=False,
        where=False,
        greeting=False,
        persons=r.persons,
        unknown_name=None,
        lang=r.lang,
    )
    if intent == "who_said":  # the words of a quote: whoever said them
        return replace(base, who_said=True, say=True)
    if intent == "quotes_of":  # a person's name or role, and perhaps a topic after it
        unknown = None
        if not r.persons and not r.several:
            unknown = _unknown_name(index, _slot_words(r.norm))
        terms = _without_slot(r.terms, unknown)
        return replace(base, say=True, terms=tuple(terms.values()), unknown_name=unknown)
    # A summit: only events answer, and a name in it is not a person asked about.
    return replace(base, when=True, persons=(), only=("event",))


def _meta(ws: list[str], persons: tuple[str, ...]) -> Meta | None:
    """ "What are your sources", "какие у тебя источники": a question about the bot's sources
    (every content word is a word about sources, one of them "source")."""
    if persons:
        return None
    content = [w for w in ws if not T.is_stop_word(w) and not T.is_intent_word(w)]
    if content and set(content) <= META_WORDS and not SOURCE_WORDS.isdisjoint(content):
        return "sources"
    return None


QUESTION_WORDS = frozenset(
    "what how who whom whose when where why which что как кто когда где почему зачем какой какие "
    "чей чьи".split()
)
#: "Did Safarov praise ...": a claim about what someone did, even without a verb of saying.
ACTION_CLAIM_START = frozenset("did does has have".split())
CLAIM_START = frozenset("did does has have is was so правда правильно верно неужели".split())
CLAIM_WORDS = frozenset(
    "correct right true really sure confirm verify didnt isnt wasnt верно правда правильно "
    "действительно так".split()
)


def _is_claim(ws: list[str], norm: str) -> bool:
    """Whether the question asserts that someone said something (rather than asks what)."""
    if not ws:
        return False
    if ws[0] in CLAIM_START or any(w in CLAIM_WORDS for w in ws):
        return True
    if ws[0] in QUESTION_WORDS:
        return False
    return bool(
        re.match(
            r"^(?:i\s+(?:read|heard|think)\s+(?:that\s+)?)?\S+(?:\s+\S+){0,4}\s+"
            r"(?:said|says|claimed|stated|сказал|сказала|заявил|заявила)\b",
            norm,
        )
    )
