"""The search index, built once per knowledge base.

Every entry (quote, fact, person, event) owns a list of *phrases*: its text split into
sentences, the curator's alternate questions, names, aliases and roles. Each phrase is a set of
content stems. The index keeps an inverted list stem -> phrases so a question only touches the
phrases that share a word with it (this candidate stage is what keeps matching fast at 100,000
entries), an IDF weight per stem, a trigram index over the vocabulary for typo lookup, and the
people's name forms for speaker detection.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot import text as T
from bot import tuning as K
from bot.model import Event, KnowledgeBase
from bot.names import ACRONYMS, is_proper_noun, russian_name_in_latin

EntryType = Literal["quote", "fact", "person", "event"]

#: Placeholder phrase: "the union of the sentences before it" (a quote's whole text).
WHOLE = "\x00whole"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Phrase:
    entry: int
    stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    type: EntryType
    #: The person whose words this entry carries (quotes, attributed facts), or who it is about.
    speaker: str | None
    label: str
    #: Whether the entry can answer "when": events, and facts that state a date or year.
    dated: bool = False


@dataclass(frozen=True)
class Term:
    """One content word of a question, as the index understands it.

    ``stem`` is canonical; ``sim`` is 1 for a known word, the squared similarity for a repaired
    typo, and 0 for a word the base does not know, whose ``weight`` (relative to the IDF of a
    word never seen) says how strongly it signals an off-topic question.
    """

    stem: str
    sim: float
    word: str
    weight: float = 1.0
    #: Other known stems the typo is exactly as close to ("ministr": minister, ministry); only
    #: role detection looks at them, scoring uses ``stem``.
    alts: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.sim > 0


#: Words of hosting, which text.WHERE_WORDS lists as a "where": they are the attribute "host"
#: of a summit ("who hosted the astana summit" asks for the host, not for a place; "Tokayev
#: hosted the second summit" states it), so the texts keep them and the questions too
#: (tuning.HOST_IS_CONTENT).
HOST_WORDS = frozenset("host hosts hosted hosting".split())


#: The question's own interrogative asks for a time or a place: "when", "where", "what date",
#: "which city", «в каком году», «где». "Hosted" elsewhere in a question asks for the host
#: (tuning.HOST_IS_CONTENT); "every year" asks how often (tuning.FREQUENCY_PHRASES).
ASKS_WHEN_WHERE = re.compile(
    r"\b(?:when|where|whens|wheres|когда|где|куда|kogda|gde|"
    r"(?:what|which)\s+(?:date|year|day|month|time|city|country|place|venue|location)|"
    r"(?:какого|какое)\s+числ\w*|какого\s+года|"
    r"в\s+(?:каком|какой)\s+(?:году|месяце|городе|месте|стране))\b"
)
_HOST = re.compile(r"\b(?:" + "|".join(sorted(HOST_WORDS)) + r")\b")


#: An outcome of a summit named in this many words or fewer ("Astana Declaration") is a name;
#: a longer one ("Mechanism for meetings among the heads of state ...") is a sentence.
OUTCOME_NAME_WORDS = 3
_SIGNED = re.compile(r"\bsign(?:ed|ing|s)?\b")


def place_question(text: str) -> str:
    """A curated question read as the parser reads a question: in one that asks for a place
    or a time ("which city hosted the first summit"), a word of hosting asks where, and is no
    content word (tuning.HOST_IS_CONTENT)."""
    low = text.lower()
    if K.HOST_IS_CONTENT and _HOST.search(low) and ASKS_WHEN_WHERE.search(low):
        return _HOST.sub(" ", low)
    return text


#: The stem every phrase of a fact that lists several countries or their people carries (its
#: own text, not its sample questions): no word of any language, so only a question asking for
#: several people or countries (intent.asks_for_list) has it (tuning.PEOPLE_LIST).
LIST = "\x00list"
#: The stem every phrase of a fact that names several people of the base by full name carries
#: (its own text): a list of people ("which leaders", "uzbekistan's leader at the summit") is
#: asked for by their names, not by their countries (tuning.PEOPLE_BY_NAME).
NAMED = "\x00named"


class _Lists:
    """Which facts list several countries or their people (:data:`LIST`), in time linear in
    the base: the countries in one pattern, the people looked up by the last word of their
    name (a base of 100,000 entries has tens of thousands of people)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        countries = sorted({p.country.lower() for p in kb.people.values() if p.country})
        alternation = "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True))
        self._countries = re.compile(rf"\b(?:{alternation})\b") if countries else None
        by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for p in kb.people.values():
            words = p.name.lower().split()
            if p.country and words:
                by_last[words[-1]].append((p.name.lower(), p.country.lower()))
        self._by_last = dict(by_last)

    def __call__(self, texts: tuple[str, ...]) -> bool:
        """Whether the texts name at least tuning.LIST_MIN_COUNTRIES countries, a person
        counting as their country ("Xi Jinping (China), Kassym-Jomart Tokayev (Kazakhstan),
        ..."; "China, Kazakhstan, Kyrgyzstan, ..."): the fact lists who took part."""
        if self._countries is None:
            return False
        text = " ".join(texts).lower()
        found = set(self._countries.findall(text))
        for word in set(re.findall(r"[\w'-]+", text)):
            for name, country in self._by_last.get(word, ())[:_NAMESAKES_CHECKED]:
                if name in text:
                    found.add(country)
        return len(found) >= K.LIST_MIN_COUNTRIES

    def people_named(self, texts: tuple[str, ...]) -> int:
        """How many people of the base the texts name by full name."""
        low = " ".join(texts).lower()
        return len(
            {
                name
                for word in set(re.findall(r"[\w'-]+", low))
                for name, _country in self._by_last.get(word, ())[:_NAMESAKES_CHECKED]
                if name in low
            }
        )

    def names_someone(self, text: str) -> bool:
        """Whether the text names a person of the base by full name."""
        low = text.lower()
        return any(
            name in low
            for word in set(re.findall(r"[\w'-]+", low))
            for name, _country in self._by_last.get(word, ())[:_NAMESAKES_CHECKED]
        )


#: People sharing the last word of a name whose full names are looked for in a fact's text: a
#: bound on the cost, far above the namesakes of any real base.
_NAMESAKES_CHECKED = 64


def is_dropped(word: str) -> bool:
    """Whether a word is no content word of a text or a question: a stop word, or a word of
    intent ("when", "said"), unless it is a word of hosting (HOST_WORDS)."""
    if K.HOST_IS_CONTENT and word in HOST_WORDS:
        return False
    return T.is_stop_word(word) or T.is_intent_word(word)


#: The canonical "stem" of a misspelt stop word: such a term is ignored.
STOP = ""


@dataclass(frozen=True)
class PersonForms:
    """How a person can be named: single name tokens (Latin), whole aliases, role phrases."""

    person_id: str
    name_tokens: frozenset[str]
    role_phrases: tuple[frozenset[str], ...]
    country_stem: str
    #: Whole name words too short for fuzzy matching ("Xi", the "Yi" of "Wang Yi", "Си"); the
    #: short parts of hyphenated given names ("Ha-won": "won") are common words, not these.
    short_tokens: frozenset[str] = frozenset()


@dataclass
class Index:
    kb: KnowledgeBase
    entries: list[Entry] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    #: Stem -> the phrases that have it (int32 arrays: compact, and summed in C at scale).
    postings: dict[str, npt.NDArray[np.int32]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    unknown_idf: float = 1.0
    phrase_mass: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    phrase_entry: npt.NDArray[np.int32] = field(default_factory=lambda: np.zeros(0, np.int32))
    #: Entry position -> (first phrase, end phrase): an entry's phrases are contiguous.
    phrase_range: list[tuple[int, int]] = field(default_factory=list)
    #: Person id -> positions of the entries carrying their words (quotes, attributed facts).
    entries_by_speaker: dict[str, list[int]] = field(default_factory=dict)
    #: Role-phrase lookup: the rarest stem of the phrase's core (the phrase without "former"/
    #: "ex": a former holder's phrase counts without them) -> (phrase stems, person id), for
    #: the phrases whose core has two stems at least. Keyed by the whole phrase, every phrase
    #: filed under "former" (2,000 at 100,000 entries) was read for each role question.
    role_index: dict[str, list[tuple[frozenset[str], str]]] = field(default_factory=dict)
    #: Country stem -> ids of the people from that country.
    people_by_country: dict[str, list[str]] = field(default_factory=dict)
    #: Person id -> stems of their role, country and organisation.
    person_stems: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Stem -> the people (in base order) whose own stems (person_stems) hold it: the people a
    #: slot of titles and countries may fit are read from its rarest stem's list, not from a
    #: scan of every person per question (20,000 at 100,000 entries).
    people_by_stem: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Entry id -> whether its own text states a figure (kinds.states_figure), filled as count
    #: questions ask: each "how many" weighs up to TOP_K candidates, and the regex check is
    #: the same for an entry every time.
    figure_memo: dict[tuple[str, bool], bool] = field(default_factory=dict, repr=False)
    #: The places a claim may name -> their country's stem, and the capitals' stems
    #: (claims.places_unsaid): derived from the base on first use, not per question (10,000
    #: events at 100,000 entries).
    claim_places: tuple[dict[str, str], frozenset[str]] | None = None
    #: Stem of a name or alias -> the people bearing it, with their place in the base's order,
    #: derived on first use
    #: (matcher._roster): which people a fact names was a scan of every person's names per
    #: fact, and a question asking whether a leader signed scanned every fact (minutes at
    #: 100,000 entries).
    people_by_name_stem: dict[str, tuple[tuple[int, str], ...]] | None = None
    #: Fact id -> the people its text names (matcher._roster), filled as questions ask.
    roster_memo: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    #: Outcome postings (matcher._outcome_postings): with apostrophes dropped or not, a stem of
    #: an event's outcome -> (event's place in the base, outcome's place in the event). The
    #: document checks read every outcome of every event per question (110 ms at 100,000
    #: entries); derived on first use.
    outcome_postings: dict[bool, dict[str, frozenset[tuple[int, int]]]] = field(
        default_factory=dict, repr=False
    )
    #: Person id -> the stems of their names and aliases (matcher._name_stems), filled as
    #: questions ask: read many times per question, the same for a person every time.
    name_stems_memo: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    #: The stems of intent's PERSON_NOUNS and GENERIC_NOUNS (intent._person_noun_stems,
    #: _generic_noun_stems), derived on first use: read per role phrase a question's words
    #: fit (thousands at 100,000 entries), they were stemmed anew on every read.
    noun_stems: tuple[frozenset[str], frozenset[str]] | None = None
    #: A set of qualifier words (intent's FORMER_WORDS, DEPUTY_WORDS, ...) -> their stems
    #: (intent._qualifier_stems), filled on first use: read per person a description fits.
    qualifier_memo: dict[frozenset[str], frozenset[str]] = field(default_factory=dict, repr=False)
    #: Entry id -> the (part, whole) number pairs its texts state ("54 of the 133";
    #: matcher._only_a_whole), filled as questions with a number weigh their candidates.
    part_of_memo: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False)
    #: Speaker id -> every stem of their quotes (matcher._speaker_stems), filled as questions
    #: ask.
    speaker_stems_memo: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    #: The events' ids in base order (the event of an outcome posting's place, matcher.
    #: _events_at), derived on first use: a scan of every event per question.
    event_ids: tuple[str, ...] | None = None
    #: A held summit's country stem -> its city's term, for countries that held one summit
    #: (matcher.signing_read), derived on first use: a scan of every event per question.
    held_cities: dict[str, Term] | None = None
    #: The places (city and country stems) of every event, and the countries of events whose
    #: city is not given (matcher._no_summit_place), derived on first use: a scan of every
    #: event per question (38 ms at 100,000 entries).
    summit_places: tuple[frozenset[str], frozenset[str]] | None = None
    #: The people a summit's record lists among its leaders (matcher._leader_signed), derived
    #: on first use.
    listed_leaders: frozenset[str] | None = None
    #: The facts whose statement ranks a summit first within the region ("the first ... held
    #: in a Central Asian country"; matcher.first_in_region_checked), derived on first use: a
    #: scan of every fact per question.
    region_firsts: frozenset[str] | None = None
    #: The summit of each rank by its ordinal's stem ("1" -> the first summit; matcher.
    #: summit_list_checked), derived on first use: a scan of every event per question
    #: (2.6 ms at 100,000 entries).
    ordinal_events: dict[str, Event] | None = None
    #: The facts credited to nobody, by the event they are of (matcher._reported_at_summit),
    #: derived on first use: a scan of every fact per question (8 ms at 100,000 entries).
    unattributed_facts_by_event: dict[str, tuple[str, ...]] | None = None
    #: Every stem of anyone's role, country or organisation: words that describe people
    #: ("foreign" of "foreign minister"), not a topic of anyone's words.
    people_words: frozenset[str] = frozenset()
    #: The outlets of the sources as word sequences ("bastille post", "astana times"), without
    #: their parenthesised edition: a question naming one names the text it read, no topic.
    outlets: tuple[tuple[str, ...], ...] = ()
    #: Person id -> the stem of their country.
    person_country: dict[str, str] = field(default_factory=dict)
    #: Stem -> (English name, Russian name, is a city) of the places the place-trap checks
    #: know (matcher.place_names): derived from the base, filled on first use, not per question.
    places: dict[str, tuple[str, str, bool]] | None = None
    #: The events one of whose facts lists what was signed as open ("covered, among other
    #: things, ...": text.OPEN_LIST_PHRASES), so their record of a signing is no full list
    #: (matcher.unlisted_signing): derived from the base on first use, not per question.
    open_signings: frozenset[str] | None = None
    #: The words of the summits' names (intent.summit_stems), the words that tell each apart
    #: (intent.summit_marks) and those they all share: derived from the base, filled on first
    #: use (a question about a summit), not per question.
    summits: tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]] | None = None
    #: Each summit mark (a stem only one event has: intent.summit_marks) -> that event's id,
    #: and each event id -> its position in the base: which summits a question's words name,
    #: found from its words rather than by asking every event (intent.summits_marked).
    mark_owner: tuple[dict[str, str], dict[str, int]] | None = None
    #: The canonical forms of the nouns of a speaker that name no office (matcher.
    #: _vague_noun_stems: «профессора», "scholars"), derived on first use.
    vague_noun_stems: frozenset[str] | None = None
    #: Person id -> their role phrases (as stem sets).
    person_roles: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    #: The years summits were (or will be) held in, as written in questions ("2023"), and the
    #: last of them: read by many checks of a question's year, once here rather than by a scan
    #: of every event per question (10,000 events at 100,000 entries).
    event_years: frozenset[str] = frozenset()
    last_year: int | None = None
    #: The year of the last summit held (one with a date), as written ("2025"; "" if none).
    last_held_year: str = ""
    #: The ordinals the summits bear (marks, ``ordinal`` fields, ordinal words of their names:
    #: matcher._ordinals_held): filled on first use, not per question.
    ordinals_held: frozenset[str] | None = None
    #: The people the base has words of, in base order, and the same people most quoted first
    #: (then by id): who the lists of "who I can quote" and the suggestions after an unknown
    #: name offer, derived once (a scan of every person per question at scale).
    quoted: tuple[str, ...] = ()
    quoted_ranked: tuple[str, ...] = ()
    #: Country stem -> the people of that country whose words the base holds, in base order.
    quoted_by_country: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The stem of each summit's city -> the stem of its country (claims.city_countries):
    #: filled on first use, not per question.
    city_countries: dict[str, str] | None = None
    #: Union of each entry's phrase stems, for the whole-entry ("bag") coverage.
    entry_stems: list[frozenset[str]] = field(default_factory=list)
    trigram_vocab: dict[str, list[str]] = field(default_factory=dict)
    people: list[PersonForms] = field(default_factory=list)
    #: All name tokens (Latin) -> person ids, for fast exact lookup before fuzzy matching.
    name_lookup: dict[str, set[str]] = field(default_factory=dict)
    #: Name words too short for fuzzy matching ("Xi", the "Yi" of "Wang Yi", "Си"), Latin ->
    #: person ids: matched exactly only.
    short_name_lookup: dict[str, set[str]] = field(default_factory=dict)
    trigram_names: dict[str, list[str]] = field(default_factory=dict)
    #: Short words by (first letter, length): trigrams share too little between "nxet" and
    #: "next", so short typos are compared with every known word of that letter and length.
    short_words: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    #: Stem -> canonical stem, from the curated synonym groups.
    canon: dict[str, str] = field(default_factory=dict)
    #: Word as written (normalised) -> canonical stem of the first synonym group that lists that
    #: very word (tuning.Q15_OWN_GROUP_FIRST): a word's own group wins over the group its stem
    #: fell in ("будущее" is [future], though "будущий", of its stem, is [next]; "come" is not
    #: "coming").
    word_canon: dict[str, str] = field(default_factory=dict)
    _terms: dict[str, Term] = field(default_factory=dict, repr=False)
    #: The value of tuning.Q26P_LATIN_SURNAME_NO_TYPO the cached terms were read under: a
    #: surname's reading follows it, and a test may switch it on a shared index.
    _terms_q26p: bool | None = field(default=None, repr=False)
    #: Build-time cache: normalised word -> canonical stem, or None for stop and intent words.
    _word_stems: dict[str, str | None] = field(default_factory=dict, repr=False)
    #: Every word seen in the base (as written, normalised) -> its canonical stem: what typo
    #: repair searches (whole words compare better than stems: "самит" vs "саммит").
    spellings: dict[str, str] = field(default_factory=dict)

    def canonical(self, stem: str) -> str:
        return self.canon.get(stem, stem)

    def word_canonical(self, word: str) -> str:
        """Canonical stem of one normalised word: its own synonym group first, then its stem's."""
        own = self.word_canon.get(word)
        return own if own is not None else self.canonical(T.stem(word))

    def term(self, word: str, capitals: bool = False) -> Term:
        """Read one normalised content word: known, repaired typo, or unknown (and how).

        ``capitals``: the question typed the word in capitals ("OPEC", "NATO"): a short form,
        read as a name, never repaired into a common word (tuning.Q16_CAPITALS_AS_NAMES)."""
        if capitals and K.Q16_CAPITALS_AS_NAMES:
            plain = self.term(word)
            if not 0.0 < plain.sim < 1.0:
                return plain  # only a repaired word reads otherwise (rare: not cached)
            read = self._read_term(word, name=True)
            # An unknown name weighs as the matcher weighs the names of bot/names.py.
            return read if read.known else replace(read, weight=read.weight * K.UNKNOWN_NAME_WEIGHT)
        if self._terms_q26p != K.Q26P_LATIN_SURNAME_NO_TYPO:
            self._terms.clear()  # read under the other value of the switch (_terms_q26p)
            self._terms_q26p = K.Q26P_LATIN_SURNAME_NO_TYPO
        cached = self._terms.get(word)
        if cached is not None:
            return cached
        term = self._read_term(word)
        if len(self._terms) < K.TERM_CACHE:
            self._terms[word] = term
        return term

    def _read_term(self, word: str, name: bool = False) -> Term:
        c = self.word_canonical(word)
        if c in self.idf:
            term = Term(c, 1.0, word)
        elif word.isdigit():
            term = Term(c, 0.0, word, K.UNKNOWN_NUMBER_WEIGHT)
        else:
            fixed = None
            dictionary = T.is_dictionary_word(word)
            if len(word) >= K.MIN_REPAIR_LEN and not dictionary:
                fixed = fuzzy_lookup(
                    word, self.trigram_vocab, K.TYPO_SIMILARITY, typo_candidates(self, word)
                )
            if fixed is not None and not repair_fits(word, fixed[0], name):
                fixed = None
            if fixed is not None and K.Q26P_LATIN_SURNAME_NO_TYPO and russian_name_in_latin(word):
                # "tell me about Safronov": another man's surname, not a typo of Safarov's
                # (tuning.Q26P_LATIN_SURNAME_NO_TYPO)
                fixed = None
            if fixed is not None and self.spellings[fixed[0]] == STOP:
                term = Term(STOP, 0.0, word, 0.0)  # a misspelt stop word counts for nothing
            elif fixed is not None:
                stem = self.spellings[fixed[0]]
                alts = tuple(
                    c for c in dict.fromkeys(self.spellings[w] for w in fixed[2]) if c != stem
                )
                term = Term(stem, fixed[1] ** 2, word, alts=alts)
            elif dictionary or len(word) <= K.SHORT_WORD:
                term = Term(c, 0.0, word, K.UNKNOWN_WORD_WEIGHT)
            else:
                term = Term(c, 0.0, word, 1.0)
        return term

    def stems(self, text: str) -> frozenset[str]:
        """Canonical content stems of a text (and remember its spellings for typo repair)."""
        return self._stems_of(T.words(text, limit=None, abbreviations=self.kb.abbreviations))

    def _learn(self, words: list[str]) -> None:
        """Stem the words not seen before (set operations in C; new words are rare)."""
        cache = self._word_stems
        for w in set(words).difference(cache):
            c = None if is_dropped(w) else self.word_canonical(w)
            cache[w] = c
            if c is not None:
                self.spellings.setdefault(w, c)

    def _known_stems(self, words: list[str]) -> frozenset[str]:
        out = set(map(self._word_stems.__getitem__, words))
        out.discard(None)
        return frozenset(out)  # type: ignore[arg-type]

    def _stems_of(self, words: list[str]) -> frozenset[str]:
        self._learn(words)
        return self._known_stems(words)

    def entry(self, entry_id: str) -> Entry:
        return self.entries[self.by_id[entry_id]]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def _entry_phrases(
    kb: KnowledgeBase, lists: set[str] | None = None, named: set[str] | None = None
) -> list[tuple[Entry, list[tuple[str, bool]]]]:
    """Each entry and its texts (curated: a sample question, an alias); the ids of the facts
    that list several countries or their people go to ``lists`` (:data:`LIST`)."""
    if lists is None:
        lists = set()
    if named is None:
        named = set()
    out: list[tuple[Entry, list[tuple[str, bool]]]] = []
    lists_people = _Lists(kb)
    for q in kb.quotes.values():
        # The whole text's stems are the union of its sentences' (WHOLE marks the spot).
        texts = [(s, False) for s in _sentences(q.text)] + [(WHOLE, False)]
        texts += [(t, True) for t in q.topics]
        texts += [(t, True) for t in (*q.questions, *q.questions_ru)]
        name = kb.people[q.speaker].name
        out.append((Entry(q.id, "quote", q.speaker, f"{name}: {q.text[:60]}"), texts))
    for f in kb.facts.values():
        statement = f.statement
        event = kb.events.get(f.event or "")
        if (
            K.FACT_CITY
            and event is not None
            and event.city
            and not lists_people.names_someone(f.statement)
        ):
            city = event.city.replace("'", "")
            if city.lower() not in statement.replace("'", "").lower():
                # "The astana summit" is this fact's summit when its text names neither
                # the city nor anyone (tuning.FACT_CITY).
                statement = f"{statement} {event.city}"
        texts = [(statement, False), (f.answer, False)]
        if K.OUTCOME_NAME_PHRASE and event is not None and f.speaker is None:
            # "Astana declaration": the name of a document its summit produced, alone, asks
            # what the fact that reports its signing says (tuning.OUTCOME_NAME_PHRASE).
            low = statement.lower()
            texts += [
                (o, True)
                for o in event.outcomes
                if len(o.split()) <= OUTCOME_NAME_WORDS and o.lower() in low and _SIGNED.search(low)
            ]
        texts += [(t, False) for t in (f.answer_ru,) if t]
        texts += [(place_question(t), True) for t in (*f.questions, *f.questions_ru)]
        dated = bool(_YEAR.search(f"{f.statement} {f.answer}"))
        if K.PEOPLE_LIST and lists_people((f.statement, f.answer)):
            lists.add(f.id)
            if K.PEOPLE_BY_NAME and lists_people.people_named((f.statement,)) >= K.LIST_MIN_PEOPLE:
                named.add(f.id)
        out.append((Entry(f.id, "fact", f.speaker, f.answer[:80], dated), texts))
    for p in kb.people.values():
        texts = [(p.name, True), (p.role, False)]
        texts += [(t, True) for t in (*p.aliases, *p.role_phrases)]
        texts += [(t, False) for t in (p.organization, p.name_ru, p.role_ru) if t]
        out.append((Entry(p.id, "person", p.id, f"Who is {p.name}?"), texts))
    for e in kb.events.values():
        place = " ".join(x for x in (e.city, e.region, e.country) if x)
        when = f"{e.start:%d %B %Y}" if e.start else str(e.year)
        texts = [
            (e.name, True),
            (f"{e.name} {place}", False),
            (f"{e.name} {when}", False),
            (f"{place} {when}", False),
        ]
        texts += [(place_question(t), True) for t in (*e.aliases, *e.questions, *e.questions_ru)]
        texts += [(t, False) for t in (*e.outcomes, e.name_ru, e.summary_ru) if t]
        out.append((Entry(e.id, "event", None, f"When and where was the {e.name}?", True), texts))
    return out


def _person_forms(index: Index, stems: Callable[[str], frozenset[str]]) -> list[PersonForms]:
    """Each person's name forms; ``stems`` is :meth:`Index.stems` (or a memo of it)."""
    kb = index.kb
    forms = []
    for p in kb.people.values():
        tokens: set[str] = set()
        short: set[str] = set()
        for name in (p.name, *p.aliases, p.name_ru or ""):
            for w in T.words(name):
                if len(w) >= 4 and w not in T.STOP_WORDS:
                    tokens.add(T.latin(w))
            for part in name.split():
                ws = [] if "-" in part else T.words(part)
                if len(ws) == 1 and 2 <= len(ws[0]) < 4 and ws[0] not in T.STOP_WORDS:
                    short.add(T.latin(ws[0]))
        roles = tuple(s for s in map(stems, (p.role, *p.role_phrases)) if s)
        country = sorted(stems(p.country))
        forms.append(
            PersonForms(
                p.id, frozenset(tokens), roles, country[0] if country else "", frozenset(short)
            )
        )
    return forms


def _people_lookups(index: Index) -> None:
    """Role phrases keyed by the rarest stem of their core, people by country, each person's
    own stems."""
    roles: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
    by_country: dict[str, list[str]] = defaultdict(list)
    former = frozenset(index.word_canonical(w) for w in T.FORMER_WORDS)
    for pf in index.people:
        for phrase in pf.role_phrases:
            core = phrase - former
            if len(core) >= 2:
                key = max(core, key=lambda s: (index.idf.get(s, 99.0), s))
                roles[key].append((phrase, pf.person_id))
        if pf.country_stem:
            by_country[pf.country_stem].append(pf.person_id)
            index.person_country[pf.person_id] = pf.country_stem
        own = {pf.country_stem}
        for phrase in pf.role_phrases:
            own |= phrase
        index.person_stems[pf.person_id] = frozenset(own)
        index.person_roles[pf.person_id] = pf.role_phrases
    index.role_index = dict(roles)
    index.people_by_country = dict(by_country)
    index.people_words = frozenset().union(*index.person_stems.values())
    holders: dict[str, list[str]] = defaultdict(list)
    for person_id, own_stems in index.person_stems.items():
        for stem in own_stems:
            holders[stem].append(person_id)
    index.people_by_stem = {stem: tuple(ids) for stem, ids in holders.items()}
    kb = index.kb
    index.quoted = tuple(p for p in kb.people if kb.quotes_by(p))
    index.quoted_ranked = tuple(sorted(index.quoted, key=lambda p: (-len(kb.quotes_by(p)), p)))
    index.quoted_by_country = {
        country: tuple(p for p in ids if kb.quotes_by(p)) for country, ids in by_country.items()
    }
    years = [e.year for e in kb.events.values()]
    index.event_years = frozenset(str(y) for y in years)
    index.last_year = max(years, default=None)
    index.last_held_year = max(
        (str(e.year) for e in kb.events.values() if e.start is not None), default=""
    )


class _TextStems:
    """Build-time :meth:`Index.stems` of knowledge texts, remembered per space-separated chunk.

    Every step of the normaliser works within a chunk between two spaces (NFKC never composes
    across U+0020, no regex or translation matches across it, words are split at it), so a
    text's words are its chunks' words in order, and its stems the union of theirs. The bases
    have few distinct chunks (about 5,000 in 25 MB of text at 100,000 entries), so each is
    normalised and stemmed once, and a text costs one ``split`` and a lookup per chunk.
    """

    def __init__(self, index: Index) -> None:
        self._index = index
        self._chunks: dict[str, tuple[str, ...]] = {}
        #: Text -> its stems (one frozenset shared by every phrase with that text).
        self.texts: dict[str, frozenset[str]] = {}

    def __call__(self, text: str) -> frozenset[str]:
        found = self.texts.get(text)
        if found is not None:
            return found
        chunks = text.split(" ")
        try:
            stems = frozenset(itertools.chain.from_iterable(map(self._chunks.__getitem__, chunks)))
        except KeyError:
            self._add(chunks)
            stems = frozenset(itertools.chain.from_iterable(map(self._chunks.__getitem__, chunks)))
        self.texts[text] = stems
        return stems

    def _add(self, chunks: list[str]) -> None:
        for chunk in set(chunks).difference(self._chunks):
            self._chunks[chunk] = tuple(self._index.stems(chunk))


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (restored after, if it was on).

    A build allocates millions of containers (phrases, stem sets, posting arrays) that form
    no reference cycles; with the collector on, its full collections re-scan every one of them
    as the heap grows, which was a third of the build time at 100,000 entries.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build(kb: KnowledgeBase) -> Index:
    """Build the index; O(total phrase length), done once per (re)load.

    Also fills the knowledge base's per-speaker quote table (a lazy cache), so that the first
    "who said" question after a (re)load does not pay for it (60 ms at 100,000 entries)."""
    with _gc_paused():
        index = _build(kb)
        kb.quotes_by("")
    return index


def _resolve_chains(canon: dict[str, str]) -> None:
    """Map every stem to the end of its chain of groups: a group whose head is a word of an
    earlier group ("[heads, глава, лидер]" after "[leaders, leader, heads]") means that word's
    meaning, so "лидеры" must read as "leaders" does, not as a stem ("head") no text has."""
    for stem in list(canon):
        seen = {stem}
        target = canon[stem]
        while target in canon and target not in seen:
            seen.add(target)
            target = canon[target]
        canon[stem] = target


def _own_groups(index: Index, synonyms: Iterable[tuple[str, ...]]) -> None:
    """Fill :attr:`Index.word_canon` for the words whose stem reads as another group than their
    own: "будущее" and "будущий" share a stem, so the group met first ([next, ..., будущий])
    took both; "coming" of [next, upcoming, coming] stems to "come", so "where did he come from"
    read "next". The word as written keeps its own group (the first that lists it; a group
    whose head is a word of an earlier group means that group, as SYNONYM_CHAINS reads it)."""
    own: dict[str, str] = {}
    for group in synonyms:
        words = [T.normalize(w) for w in group]
        head = own.get(words[0], T.stem(words[0]))
        for w in words:
            own.setdefault(w, head)
    for w, head in own.items():
        if index.word_canonical(w) != head:
            index.word_canon[w] = head


def _build(kb: KnowledgeBase) -> Index:
    index = Index(kb=kb)
    for group in kb.synonyms:
        head = T.stem(T.normalize(group[0]))
        for w in group[1:]:
            index.canon.setdefault(T.stem(T.normalize(w)), head)
    if K.SYNONYM_CHAINS:
        _resolve_chains(index.canon)
    if K.Q15_OWN_GROUP_FIRST:
        _own_groups(index, kb.synonyms)
    for group in kb.synonyms:
        for w in group:
            nw = T.normalize(w)
            index.spellings.setdefault(nw, index.word_canonical(nw))
    for w in T.STOP_WORDS:
        if len(w) >= 4:
            index.spellings.setdefault(w, STOP)  # "bein" is "being": repaired, then dropped
    speakers: dict[str, list[int]] = defaultdict(list)
    entries = index.entries
    by_id = index.by_id
    phrase_range = index.phrase_range
    entry_stems = index.entry_stems
    # One frozenset per distinct phrase text, shared by every phrase with that text (synthetic
    # and real bases repeat texts: "energy", "water", event names); the Phrase objects and the
    # flat arrays are made at the end, in C-level passes, not one Python step per phrase.
    text_stems = _TextStems(index)
    memo = text_stems.texts
    memo_get = memo.get
    all_stems: list[frozenset[str]] = []
    lists: set[str] = set()
    named: set[str] = set()
    for eidx, (entry, texts) in enumerate(_entry_phrases(kb, lists, named)):
        entries.append(entry)
        by_id[entry.id] = eidx
        if entry.speaker and entry.type in ("quote", "fact"):
            speakers[entry.speaker].append(eidx)
        # The entry's distinct non-empty stem sets, in order. ("Curated" texts, the alternate
        # questions and aliases, are phrases of their own but not part of the WHOLE text.)
        kept: dict[frozenset[str], None] = {}
        union: set[str] = set()
        for t, curated in texts:
            if t is WHOLE:
                stems = frozenset(union)
            else:
                found = memo_get(t)
                stems = text_stems(t) if found is None else found
                if not curated and entry.id in lists:
                    stems = stems | {LIST}
                if not curated and entry.id in named:
                    stems = stems | {NAMED}
                if not curated:
                    union |= stems
            if stems and stems not in kept:
                kept[stems] = None
        first = len(all_stems)
        all_stems.extend(kept)
        phrase_range.append((first, len(all_stems)))
        entry_stems.append(frozenset().union(*kept))
    phrase_sizes = np.fromiter(map(len, all_stems), dtype=np.int64, count=len(all_stems))
    phrase_entries = np.repeat(
        np.arange(len(entries), dtype=np.int32), [end - first for first, end in phrase_range]
    )
    index.phrases = list(map(Phrase, phrase_entries.tolist(), all_stems))
    flat_stems = list(itertools.chain.from_iterable(all_stems))
    entry_flat = list(itertools.chain.from_iterable(entry_stems))
    vocab = {stem: i for i, stem in enumerate(dict.fromkeys(flat_stems))}
    names = list(vocab)
    n = max(len(index.entries), 1)
    df = np.bincount(
        np.fromiter(map(vocab.__getitem__, entry_flat), dtype=np.int64, count=len(entry_flat)),
        minlength=len(names),
    )
    idf = np.log1p(n / np.maximum(df, 1))
    index.idf = dict(zip(names, idf.tolist(), strict=True))
    index.unknown_idf = math.log(1.0 + K.UNKNOWN_IDF_FACTOR * n)
    stem_ids = np.fromiter(
        map(vocab.__getitem__, flat_stems), dtype=np.int64, count=len(flat_stems)
    )
    phrase_ids = np.repeat(np.arange(len(phrase_sizes), dtype=np.int32), phrase_sizes)
    # Stable, so each list stays in phrase order; 16-bit keys (up to 65,536 stems) are
    # radix-sorted by numpy, ten times faster than a merge sort of 64-bit ones, same order.
    keys = stem_ids.astype(np.uint16) if len(names) <= 1 << 16 else stem_ids
    order = np.argsort(keys, kind="stable")
    bounds = np.cumsum(np.bincount(stem_ids, minlength=len(names)))
    grouped = phrase_ids[order]
    starts = np.concatenate(([0], bounds[:-1]))
    index.postings = {
        stem: grouped[a:b]
        for stem, a, b in zip(names, starts.tolist(), bounds.tolist(), strict=True)
    }
    index.phrase_mass = _phrase_mass(idf[stem_ids], phrase_sizes)
    index.phrase_entry = phrase_entries
    index.entries_by_speaker = dict(speakers)
    index.outlets = tuple(
        dict.fromkeys(
            tuple(ws)
            for src in kb.sources.values()
            if (ws := T.words(re.sub(r"\([^)]*\)", " ", src.outlet)))
        )
    )
    index.spellings = {
        s: c
        for s, c in index.spellings.items()
        if (c in index.idf or c == STOP) and len(s) >= 4 and not s.isdigit()
    }
    index.trigram_vocab = _trigram_index(index.spellings)
    short: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in index.spellings:
        if len(w) <= K.SHORT_WORD:
            short[(w[0], len(w))].append(w)
    index.short_words = dict(short)
    index.people = _person_forms(index, text_stems)
    lookup: dict[str, set[str]] = defaultdict(set)
    short_names: dict[str, set[str]] = defaultdict(set)
    for pf in index.people:
        for tok in pf.name_tokens:
            lookup[tok].add(pf.person_id)
        for tok in pf.short_tokens:
            short_names[tok].add(pf.person_id)
    index.name_lookup = dict(lookup)
    index.trigram_names = _trigram_index(index.name_lookup)
    index.short_name_lookup = dict(short_names)
    _people_lookups(index)
    index._word_stems.clear()
    return index


def _phrase_mass(
    stem_idf: npt.NDArray[np.float64], phrase_sizes: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """Each phrase's summed IDF, the same to the last bit in every process.

    A phrase's stems come out of a frozenset, in an order that follows the hash seed, and a
    float sum depends on its order: two phrases whose masses should tie could then rank either
    way. Summed as integers (IDF in units of 2**-32, far below any score difference that
    matters), the sum does not depend on the order.
    """
    if not len(phrase_sizes):
        return np.zeros(0)
    fixed = np.rint(stem_idf * _MASS_UNIT).astype(np.int64)
    starts = np.concatenate(([0], np.cumsum(phrase_sizes)[:-1]))
    return np.add.reduceat(fixed, starts).astype(np.float64) / _MASS_UNIT


_MASS_UNIT = float(1 << 32)


def _trigram_index(words: Iterable[str]) -> dict[str, list[str]]:
    grams: dict[str, list[str]] = defaultdict(list)
    for w in words:
        for g in T.trigrams(w):
            grams[g].append(w)
    return dict(grams)


def place_unknown(index: Index, ws: Sequence[str], at: int) -> bool:
    """Whether ``ws[at]`` (after an article) is a name of a place or people the base does not
    know ("anyone from russia", "someone from the us", «кто-то из России»): nobody of it is
    quoted, and no speaker of the base may be shown for it (tuning.Q16_NOBODY_FROM_UNKNOWN_PLACE;
    matcher._nobody_quoted_from). "US" and "UK" are read here as the places they are: after
    "from the" they are no pronoun."""
    if not K.Q16_NOBODY_FROM_UNKNOWN_PLACE:
        return False
    if at < len(ws) and ws[at] in ("the", "a"):
        at += 1
    if at >= len(ws):
        return False
    w = ws[at]
    if w in _PLACE_SHORT_FORMS:
        return True
    if w in _PLACE_FIRST_WORDS and at + 1 < len(ws) and ws[at + 1] in _PLACE_SECOND_WORDS:
        return True  # "the united states", "south korea": no word of it is a name alone
    return w.isalpha() and not index.term(w).known and is_proper_noun(w)


#: Short forms of countries that are everyday words in lower case ("us"), read as places
#: after "from (the)".
_PLACE_SHORT_FORMS = frozenset("us usa uk uae рф сша".split())
#: Names of countries in two everyday words ("united states", "south korea", "saudi arabia").
_PLACE_FIRST_WORDS = frozenset("united south north saudi new great sri hong".split())
_PLACE_SECOND_WORDS = frozenset(
    "states kingdom emirates nations korea africa arabia zealand britain lanka kong".split()
)


def repair_fits(word: str, spelling: str, name: bool = False) -> bool:
    """Whether a word the base does not know may be read as the known ``spelling`` it is
    closest to.

    A short word is mostly its letters: the Indel ratio still scores two inserted letters at
    0.8 in a word of four ("nato" in "nation"), so acronyms and short words of other languages
    in Latin letters ("csto" -> "cost", "godu" -> "good", "tretiy" -> "treaty", "statie" ->
    "states") were read as base words they do not mean (tuning.Q14_SHORT_REPAIR_ONE_EDIT). A
    proper noun of English or Russian (bot/names.py: "unesco") is a name, not a misspelt common
    word (tuning.Q14_NAMES_NOT_COMMON): it may only be read as another name; so may a word the
    question typed in capitals (``name``: "OPEC", tuning.Q16_CAPITALS_AS_NAMES).
    """
    if (
        K.Q14_SHORT_REPAIR_ONE_EDIT
        and len(word) <= K.SHORT_WORD
        and OSA.distance(word, spelling) > 1
    ):
        return False
    if K.Q16_ACRONYMS_ARE_NAMES and word in ACRONYMS:
        return False  # the organisation itself, which the base never names
    if K.Q14_NAMES_NOT_COMMON and (name or is_proper_noun(word)):
        return is_proper_noun(spelling) or not T.is_dictionary_word(spelling)
    return True


def typo_candidates(index: Index, word: str) -> dict[str, list[str]] | None:
    """Extra candidates for a short word: the known words of its first letter and length +-1."""
    if len(word) > K.SHORT_WORD or not word:
        return None
    found = [
        w
        for n in (len(word) - 1, len(word), len(word) + 1)
        for w in index.short_words.get((word[0], n), ())
    ]
    return {"": found} if found else None


def fuzzy_lookup(
    word: str,
    grams: dict[str, list[str]],
    cutoff: float,
    extra: dict[str, list[str]] | None = None,
) -> tuple[str, float, tuple[str, ...]] | None:
    """The closest known spelling of ``word`` and its similarity (0..1), or None.

    A trigram vote picks a short list first, so the cost does not grow with the vocabulary;
    rapidfuzz's ``fuzz.ratio`` (normalised Indel similarity, symmetric, no partial matching)
    then decides. ``ratio`` rather than ``WRatio``: a typo'd word must resemble the whole known
    word, not just a piece of it.
    """
    found = fuzzy_all(word, grams, cutoff, extra)[:4]
    if not found:
        return None
    best = found[0]
    if len(word) <= K.SHORT_WORD and str(best[0])[:1] != word[:1]:
        return None  # short words: one edit is a lot; typos rarely hit the first letter
    ties = tuple(str(f[0]) for f in found[1:] if f[1] == best[1])
    return str(best[0]), float(best[1]) / 100.0, ties


def fuzzy_all(
    word: str,
    grams: dict[str, list[str]],
    cutoff: float,
    extra: dict[str, list[str]] | None = None,
) -> list[tuple[str, float]]:
    """Every shortlisted spelling at least ``cutoff`` (0..100) similar to ``word``, closest
    first (equal similarity: by spelling)."""
    votes: dict[str, int] = defaultdict(int)
    for g in T.trigrams(word):
        for cand in grams.get(g, ()):
            votes[cand] += 1
    shortlist = _most_voted(votes, K.FUZZY_SHORTLIST)
    shortlist += sorted({w for ws in (extra or {}).values() for w in ws}.difference(shortlist))
    if not shortlist:
        return []
    found = process.extract(word, shortlist, scorer=_similarity, score_cutoff=cutoff, limit=None)
    return sorted(((str(f[0]), float(f[1])) for f in found), key=lambda f: (-f[1], f[0]))


def _most_voted(votes: dict[str, int], k: int) -> list[str]:
    """The ``k`` spellings with the most votes; equal votes at the cut are decided by the
    spelling itself, not by the order of the lists behind the votes (which follows the
    process's hash seed). Counts are compared in C; only the tied spellings are sorted."""
    if len(votes) <= k:
        return list(votes)
    cut = heapq.nlargest(k, votes.values())[-1]
    kept = [w for w, v in votes.items() if v >= cut]
    if len(kept) == k:
        return kept
    above = [w for w in kept if votes[w] > cut]
    return above + heapq.nsmallest(k - len(above), (w for w in kept if votes[w] == cut))


def _similarity(a: str, b: str, *, score_cutoff: float | None = None, **_: object) -> float:
    """Typo similarity 0..100: the better of Indel ``ratio`` and OSA (which counts a swap of two
    neighbouring letters as one edit, the commonest typo: "xain" for "xian")."""
    return max(fuzz.ratio(a, b), OSA.normalized_similarity(a, b) * 100.0)
