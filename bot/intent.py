"""Read what a question asks for: its intents, the person it names, and its content words.

Intent comes from a few closed word lists in English and Russian (who said, what did X say,
who is, when, where); the speaker is found by name tokens (fuzzy, either script), by role
phrases ("the Kazakh minister") or by nationality plus a person noun ("the Tajik expert"). A name
slot that resolves to nobody in the base is kept as ``unknown_name``: the matcher then refuses
rather than show somebody else's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from bot import text as T
from bot.index import Index, Term, fuzzy_lookup

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

NAME_SIMILARITY = 84.0
#: Above this many people of one nationality, "the <nationality> <title>" is not resolved by
#: comparing roles (it would name nobody in particular, and cost a scan of them all).
MAX_COUNTRY_PEOPLE = 64
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

    @property
    def content(self) -> tuple[str, ...]:
        return tuple(t.stem for t in self.terms)


def _is_russian(words: list[str]) -> bool:
    cyr = sum(1 for w in words if T.is_cyrillic(w))
    return cyr > 0 and cyr * 2 >= len(words)


def _name_hits(index: Index, words: list[str]) -> dict[int, str]:
    """Word position -> person id, for words that are (fuzzily) one of the people's names."""
    hits: dict[int, str] = {}
    for i, w in enumerate(words):
        if len(w) < 4 or w in T.STOP_WORDS:
            continue
        lw = T.latin(w)
        exact = index.name_lookup.get(lw)
        if exact and len(exact) == 1:
            hits[i] = next(iter(exact))
            continue
        best = fuzzy_lookup(lw, index.trigram_names, NAME_SIMILARITY)
        if best is not None:
            owners = index.name_lookup[best[0]]
            if len(owners) == 1:
                hits[i] = next(iter(owners))
    return hits


def _role_hits(index: Index, stems: set[str]) -> tuple[list[str], set[str], bool]:
    """People named by a role phrase or by nationality + person noun; the stems used; and
    whether a description fitted several people equally (then nobody is picked, and the
    question is not treated as naming someone unknown either)."""
    found: list[str] = []
    used: set[str] = set()
    for stem in stems:
        for phrase, person in index.role_index.get(stem, ()):
            if phrase <= stems and person not in found:
                found.append(person)
                used |= phrase
    if len(found) > 1:
        # Several roles matched: keep the people whose role phrase is the most specific.
        size = {
            p: max((len(ph) for ph in _roles_of(index, p) if ph <= stems), default=0) for p in found
        }
        top = max(size.values())
        found = [p for p in found if size[p] == top]
    if not found:
        nouns = _person_noun_stems(index) & stems
        countries = [c for c in stems if c in index.people_by_country]
        people = [p for c in countries for p in index.people_by_country[c]]
        if nouns and len(people) > MAX_COUNTRY_PEOPLE:
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


def _roles_of(index: Index, person: str) -> tuple[frozenset[str], ...]:
    return index.person_roles.get(person, ())


def _generic_noun_stems(index: Index) -> frozenset[str]:
    return frozenset(index.canonical(T.stem(n)) for n in GENERIC_NOUNS)


def _person_noun_stems(index: Index) -> frozenset[str]:
    return frozenset(index.canonical(T.stem(n)) for n in PERSON_NOUNS)


def _slot(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for pat in patterns:
        m = pat.search(text)
        if m:
            slot_words: list[str] = []
            for w in m.group("slot").split():
                if not slot_words and w in LEADING_AUX:
                    continue
                if w in SLOT_STOP and slot_words:
                    break
                if w in SLOT_STOP or w in {"the", "a", "an"}:
                    continue
                slot_words.append(w)
                if len(slot_words) == 4:
                    break
            if slot_words:
                return " ".join(slot_words)
    return None


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


def parse(index: Index, question: str) -> Parsed:
    ws = T.words(question)
    norm = " ".join(ws)
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
    say = any(w in SAY for w in ws) or any(w.startswith(SAY_RU_PREFIXES) for w in ws)
    who_word = any(w in WHO for w in ws)
    who_is_slot = _slot(WHO_IS, norm)
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
    if not persons and not several:
        if say and not who_said:
            unknown = _unknown_name(index, say_slot)
        elif who_is:
            unknown = _unknown_name(index, who_is_slot)
    if unknown:
        slot_words = set(unknown.split())
        terms = {s: t for s, t in terms.items() if t.word not in slot_words}
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
        persons=tuple(persons),
        unknown_name=unknown,
        lang="ru" if _is_russian(ws) else "en",
        claim=claim,
    )


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
