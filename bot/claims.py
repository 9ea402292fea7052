"""Whether a quote's words make the claim a "who said W" question puts to them.

Promise 1 of the product: a quote is shown only with the person who said it. A lexical match
reads shared words, so a claim that changes one detail of a quote — a figure ("who said 200
projects worth 35 billion": the minister said 133), a place ("who said kyrgyzstan and china work
closely on industrial cooperation": he said it of Kazakhstan; "the xi'an declaration points the
way forward": the words name the treaty signed in Astana) or a verdict turned to its opposite
("who called the summit a poor platform": he called it excellent) — still shares most of the
quote's words, and his words were shown under "who said", crediting him with what he did not
say. These checks read only the claim (the words after the verb of saying) against the record's
own text; the callers refuse the quote and offer it as a suggestion, so the asker still sees
what was said. The switches (:mod:`bot.tuning`): Q16_CLAIM_FIGURES, and for places and
verdicts those of the rules these extend, Q13_CLAIM_COUNTRY_ABSENT and Q13_OPPOSITE_WORDS.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from bot import numbers as N
from bot import text as T
from bot import tuning as K
from bot.index import Index
from bot.intent import CAPITAL_TITLES, TITLES, Parsed

#: Words of general language and their opposites, each pair a line (either side may be the
#: question's word): a sentence encoder reads a direction, a verdict or a trend near its
#: opposite ("back" 0.65 against Safarov's "forward": "who said the treaty shows the road
#: back" was his words), since they are said of the same things (tuning.Q13_OPPOSITE_WORDS);
#: a lexical match reads the words around it and misses the one that turns the claim (read by
#: claims.opposite_said under the same switch).
OPPOSITES = (
    ("back backward backwards behind retreat reverse regress назад", "forward ahead вперёд"),
    ("failure failed fails fiasco flop collapse collapsed провал провалился", "success successful"),
    ("weaken weakens weakened weakening ослабить ослабляет", "strengthen strengthens strengthened"),
    ("enemy enemies foe foes враг враги", "friend friends friendship друг друзья дружба"),
    ("war wars война", "peace мир"),
    ("bad worse worst poor terrible awful плохой плохая плохой худший ужасный",
     "excellent great good хороший отличный отличная"),
    ("passive passively inactive пассивный пассивная пассивные пассивнее пассивно",
     "proactive active активный активная активные активнее проактивный проактивнее"),
    ("reckless careless imprudent unwise foolish безрассудный безрассудно неосторожный глупо",
     "prudent wise careful cautious мудрый мудро осторожный осмотрительный"),
    # q22trap (tuning.Q22_SAID_OPPOSITE): a trend, a dependence and a dead end turned.
    ("dependent dependence dependency reliant зависимый зависимые зависимы зависимость "
     "зависимой зависят",
     "independent independently independence autonomous самостоятельно самостоятельный "
     "самостоятельные самостоятельность независимый независимые независимо независимость"),
    ("stall stalls stalled stalling stagnate stagnates stagnating stagnation stuck буксует "
     "буксуют буксовать застой застопорилось стагнация",
     "progress progressing advance advancing implemented implementing реализуются реализованы"),
    ("dead deadlock impasse тупик тупиком тупику", "forward вперёд"),
    # q25fix (tuning.Q25F_VERDICT_OPPOSITE): a summit criticised is one not praised.
    ("criticise criticised criticises criticising criticize criticized criticizes criticizing "
     "criticism criticisms critical slammed критиковали критиковал раскритиковали критика",
     "praise praised praises praising хвалили похвалили"),
)  # fmt: skip


@lru_cache(maxsize=1)
def _opposite_sides() -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Each side of each :data:`OPPOSITES` pair as its words' stems, with the other side's
    words: stemmed once, not for every word of every claim."""
    return tuple(
        (frozenset(T.stem(w) for w in side.split()), tuple(other.split()))
        for a, b in OPPOSITES
        for side, other in ((a, b), (b, a))
    )


def opposite_words(word: str) -> tuple[str, ...]:
    """The words of the other side of the :data:`OPPOSITES` pair ``word`` is of, first pair
    first; () when it is of none."""
    own = T.stem(word)
    return next((other for stems, other in _opposite_sides() if own in stems), ())


@lru_cache(maxsize=1)
def _bad_sides() -> tuple[tuple[frozenset[str], str], ...]:
    """The first (bad) side of each :data:`OPPOSITES` pair as its words' stems, with the first
    word of the good side: :func:`_opposite_sides`' stems (its even places are the first
    sides), not stemmed again."""
    return tuple((stems, other[0]) for stems, other in _opposite_sides()[::2])


def good_opposite(word: str) -> str | None:
    """The first word of the good side of the :data:`OPPOSITES` pair whose bad side (the
    first: "reckless", "passive", "dependent") ``word`` is of, or None: "reckless" ->
    "prudent". Only that way round: a denied good word ("never prudent") praises nobody."""
    own = T.stem(word)
    return next((good for stems, good in _bad_sides() if own in stems), None)


def has_opposite(word: str) -> bool:
    """Whether ``word`` is (a form of) a word of an :data:`OPPOSITES` pair (every side has
    words, so one with no other side's words is of none)."""
    return bool(opposite_words(word))


def opposed(index: Index, word: str, stems: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` is (a form of) a word of one side of an :data:`OPPOSITES` pair whose
    other side has a word in ``stems`` (read as the base reads it)."""
    return any(stem in stems for _, stem in _other_side_stems(index, word))


def _other_side_stems(index: Index, word: str) -> Iterator[tuple[frozenset[str], str]]:
    """Each side of an :data:`OPPOSITES` pair ``word`` is of, with the stem of each word of the
    pair's other side as the base reads it (:func:`opposed`, :func:`_side_stems`)."""
    own = T.stem(word)
    for side, other in _opposite_sides():
        if own in side:
            for w in other:
                t = index.term(w)
                yield side, (t.stem if t.sim == 1.0 else T.stem(w))


#: Beginnings of words that judge a relation as bad ("deep distrust", "contempt", "bullies",
#: "hostility", «недоверие», «давление»; tuning.Q10_ADVERSE_WORDS). General language, not the
#: domain's. A sentence encoder reads "who said there is deep distrust between china and
#: central asia" as near Safarov's praise of mutual trust as the question with "trust" (0.71):
#: it hears the topic, not the verdict. Denied ("never bullies its partners", «ни с кем не
#: обращается свысока»), such a word praises.
ADVERSE = (
    "distrust", "mistrust", "suspicio", "hostil", "contempt", "disdain", "tension", "conflict",
    "rivalr", "bully", "bulli", "coerc", "exploit", "dominat", "dominan", "hegemon", "arrogan",
    "neglect", "ignor", "betray", "resent", "friction", "dispute", "confront", "aggress",
    "threaten", "intimidat", "condescend", "patroniz", "patronis", "looks down", "lecture",
    "недовери", "подозр", "враждеб", "вражд", "презр", "пренебре", "напряжённ", "напряжен",
    "конфликт", "соперни", "давлени", "давит", "принужд", "эксплуат", "доминир", "гегемон",
    "высокомер", "свысока", "игнорир", "предател", "предал", "обид", "агресс", "угрожа",
    "nedoveri", "vrazhd", "davleni", "konflikt", "svysoka", "prenebre",
)  # fmt: skip


#: Beginnings of words that judge a deed as bad ("the new treaty was a *mistake*", "a
#: *failure*", «ошибка», «провал»; tuning.Q11_VERDICT_WORDS). A sentence encoder hears the
#: topic: "who said the new treaty was a mistake" read 0.75 near Safarov's "the newly signed
#: treaty was the result of ...", "mistake" 0.57 near his words. Unlike :data:`ADVERSE`, a
#: denied verdict does not praise: "the treaty was not a mistake" is a defence nobody in the
#: base made, and words near the topic would credit someone with it.
VERDICTS = (
    "mistake", "mistaken", "blunder", "failure", "fiasco", "disaster", "misstep",
    "ошибк", "ошибоч", "провал", "неудач", "oshibk", "proval",
)  # fmt: skip
#: Beginnings of verbs of saying that blame ("who criticised the treaty", «кто раскритиковал»):
#: the words that answer must blame too, by an :data:`ADVERSE` or :data:`VERDICTS` word or a
#: word of these (tuning.Q13_OPPOSITE_WORDS: a criticism is the opposite of praise).
CRITICAL_ACTS = (
    "critici", "criticiz", "condemn", "denounc", "lambast", "slam", "blast", "decried", "decry",
    "disparag", "критик", "раскритик", "осуд", "осужд", "kritik", "osud",
)  # fmt: skip


#: Words before a place that make it the speaker's, not the claim's ("said by the kyrgyz
#: expert", "quoted from kyrgyzstan", «слова эксперта из Кыргызстана»).
_SPEAKER_LINKS = frozenset("by from из от".split())
#: Words after a place that make it the summit's, where the words were said ("who said at the
#: astana summit that …"): the occasion, not what was said of the place.
_OCCASION_WORDS = frozenset("summit summits саммит саммите саммита саммиту".split())
#: How far from a place a person noun makes it a speaker's description ("the kyrgyz former
#: ambassador"; two words either side).
_SPEAKER_WINDOW = 2


def _claim_words(parsed: Parsed) -> tuple[int, Sequence[str]]:
    """The position of the first verb of saying, and the words (the claim) after it."""
    ws = parsed.words
    said = next((i for i, w in enumerate(ws) if T.is_say_word(w)), None)
    if said is None:  # "which official called the summit …", "who described china as …"
        said = next((i for i, w in enumerate(ws) if w.startswith(T.SPEECH_ACT_STEMS)), None)
    if said is None:
        return len(ws), ()
    rest = ws[said + 1 :]
    if (
        K.Q17_CLAIM_BEFORE_WHO
        and all(w in _POINTING for w in rest)
        and said >= 2
        and ws[said - 1] in _WHO
    ):
        # "so the central asian states respect each and every partner - who said that": the
        # claim is told first and pointed at ("that", «это»).
        start = next((i for i, w in enumerate(ws[: said - 1]) if w not in _LEAD_INS), said - 1)
        return start, ws[start : said - 1]
    return said + 1, rest


#: Words after "who said" that point back at a claim told before it ("… - who said that").
_POINTING = frozenset("that this it so это так eto".split())
_WHO = frozenset("who кто kto".split())
#: Words that lead into a claim told before "who said that" ("so …", "and …", «а …»).
_LEAD_INS = frozenset("so and but well ok okay then а и так ну".split())


def _record_text(rec: object) -> str:
    parts = [getattr(rec, a, None) for a in ("text", "statement", "answer", "answer_ru")]
    return " ".join(p for p in parts if isinstance(p, str))


def _record_stems(index: Index, rec: object) -> set[str]:
    return {index.term(w).stem for w in re.findall(r"[\w']+", _record_text(rec).lower())}


#: Words that make a figure a bound or a guess rather than the figure itself: "more than 100"
#: is said by "133", "130-something" and "about 130" too.
_AT_LEAST = frozenset("more over above exceeding beyond более больше свыше".split())
_AT_MOST = frozenset("less fewer under below менее меньше".split())
_ABOUT = frozenset(
    "about around roughly nearly approximately almost some approx circa около примерно почти "
    "порядка приблизительно".split()
)
_AND_SOME = frozenset("something odd plus ish с лишним".split())
#: The words that bound or round a figure, read beside it (tuning.Q30F_FIGURE_QUALIFIER).
FIGURE_QUALIFIERS = _AT_LEAST | _AT_MOST | _ABOUT
#: How far a guessed figure ("about 130") may be from the one said (133) and still be it.
_ABOUT_RATIO = 1.34


def _figure_said(n: int, before: str, after: str, said: set[int]) -> bool:
    """Whether the words give the claim's figure ``n``, read with the words around it."""
    if n in said:
        return True
    if before in _AT_LEAST:
        return any(m > n for m in said)
    if before in _AT_MOST:
        return any(m < n for m in said)
    if after in _AND_SOME:
        return any(n < m < n * 1.5 for m in said)
    if before in _ABOUT or after in _ABOUT:
        return any(n / _ABOUT_RATIO <= m <= n * _ABOUT_RATIO for m in said)
    return False


def figures_unsaid(parsed: Parsed, rec: object) -> bool:
    """Whether the claim gives a figure the words do not ("who said 200 projects worth 35
    billion": 133 projects; «133 проекта на 53 миллиарда»); a bound or a guess ("more than 100",
    "130-something") is read as one. Years are the summits' checks (WORDS_OF_ANOTHER_SUMMIT),
    and "1" is a rank's (Q14_RANK_UNSAID: "number 1 partner")."""
    _, claim = _claim_words(parsed)
    tokens = _figure_tokens(" ".join(claim))
    asked = _scaled(tokens)
    if asked:  # the words' figures are read only for a claim with a scaled one
        said = _figure_tokens(_record_text(rec))
        if K.Q28F_FIGURE_SCALE and not asked <= _scaled(said):
            # "why did the kazakh minister say only 35 million dollars": the words give 35, as
            # "35 billion"; the scale is the figure's too (tuning.Q28F_FIGURE_SCALE).
            return True
        if K.L30_SCALED_NOUN and _money_counted_as_things(parsed, tokens, said):
            return True
    return _gives_unsaid(claim, _figures_of(rec))


def _money_counted_as_things(parsed: Parsed, claim: Sequence[str], said: Sequence[str]) -> bool:
    """Whether the claim gives a scaled figure of the words to a noun the words count with
    another figure ("did nagaspayev say 35 billion projects?", "35 000 000 000 projects": his 35
    billion are dollars, his projects 133) (tuning.L30_SCALED_NOUN). The figure check read the
    figure alone and answered "Yes: these are the words of ...". A noun the words do not count
    ("35 billion investment", "35 bn in projects") is left to the other checks."""
    theirs = _scaled_nouns(said)
    if not theirs:
        return False
    scaled = {v for v, _ in theirs}
    counted = {T.stem(b) for a, b in itertools.pairwise(said) if a.isdigit() and b.isalpha()}
    stems = {t.word: t.stem for t in parsed.terms}
    return any(
        v in scaled and noun and (stems.get(noun) or T.stem(noun)) in counted
        for v, noun in _scaled_nouns(claim)
    )


def _scaled_nouns(words: Sequence[str]) -> list[tuple[int, str]]:
    """Each scaled figure of ``words`` with the word after its scale ("35 billion dollars" ->
    (35,000,000,000, "dollars")); "" when none follows."""
    out: list[tuple[int, str]] = []
    for i, (w, after) in enumerate(itertools.pairwise(words)):
        power = N.scale(after)
        if w.isdigit() and power is not None:
            noun = words[i + 2] if i + 2 < len(words) and words[i + 2].isalpha() else ""
            out.append((int(w) * 10**power, noun))
    return out


def _scaled(words: Sequence[str]) -> set[int]:
    """The figures ``words`` give with a scale after them ("35 billion" -> 35,000,000,000):
    digits, or number words already read as digits (:func:`_figure_tokens`)."""
    return {v for v, _ in _scaled_nouns(words)}


def _gives_unsaid(words: Sequence[str], said: set[int]) -> bool:
    """Whether ``words`` give a figure none of ``said`` is (read with the words around it)."""
    for i, w in enumerate(words):
        if not w.isdigit() or w == "1" or _year(w):
            continue
        before = words[i - 2] if i >= 2 and words[i - 1] == "than" else words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if not _figure_said(int(w), before, after, said):
            return True
    return False


def figure_unsaid_by(parsed: Parsed, records: Sequence[object]) -> bool:
    """Whether a question naming a person ("safarov 200 projects?", «сафаров 200 проектов?»)
    gives a figure none of his words give: his card would read as if he had
    (tuning.Q17_NAMED_FIGURE_UNSAID)."""
    said: set[int] = set()
    for rec in records:
        said |= _figures_of(rec)
    return _gives_unsaid(parsed.words, said)


def figures_in(records: Sequence[object]) -> bool:
    """Whether any of the records' words give a figure (tuning.Q17_FIGURE_OF_FIGURELESS)."""
    return any(_figures_of(rec) for rec in records)


def _figures_of(rec: object) -> set[int]:
    """The figures a record's words give, in digits or in words: one number word ("nine", read
    by :func:`_figure_tokens`) or several ("one hundred and thirty-three")."""
    text = _record_text(rec)
    figures = {int(w) for w in _figure_tokens(text) if w.isdigit()}
    base = [_number_base(w) for w in re.findall(r"\w+", text.lower())]
    return figures | {int(w) for w in N.fold(base, lambda w: w, min_words=2) if w.isdigit()}


def _number_base(word: str) -> str:
    """The form a number word is read in: a Russian word by its dictionary form."""
    return T.lemma_ru(word) if T.is_cyrillic(word) else word


#: How close two figures of a claim must be to be read as one pair ("54 projects worth 35
#: billion"), and how close the words must give them, in the same order, to pair them alike
#: (the minister's "133 projects worth 35 billion dollars ... and 54 of these projects worth
#: nine billion dollars": 54 and 35 are 7 words apart, the wrong way round).
_PAIR_WINDOW = 6
#: Words that say projects are still under way, or already done, read in the words after a
#: figure (up to the next figure): "all 133 projects are already completed" against the
#: minister's "133 projects ... are being implemented".
_ONGOING = frozenset(
    "still being ongoing underway progress реализуются реализуется продолжают строятся идут "
    "realizuyutsya".split()
)
_DONE = frozenset(
    "already completed complete finished done уже завершены завершено завершён реализованы "
    "реализовано выполнены uzhe realizovany zaversheny".split()
)
_STATUS_REACH = 10
#: "Already" (tuning.Q28_ALREADY_DONE) and the words of finishing it makes a done state of,
#: beside "being" ("being done already").
_ALREADY = frozenset("already уже uzhe".split())
_FINISHED = frozenset(
    "completed complete finished done завершены завершено завершён реализованы реализовано "
    "выполнены realizovany zaversheny".split()
)
#: Words that join a count to its sum ("133 projects *worth* 35 billion", «133 проекта *на* 35
#: миллиардов»): only figures joined so are a pair.
_PAIRING = frozenset(
    "worth valued totaling totalling costing на стоимостью суммой общей stoimostyu".split()
)
#: Words before a figure that make it the whole a part is of ("54 *of* 133").
_TOTAL_BEFORE = frozenset("of из iz".split())
_CLAUSE_ENDS = frozenset("and but while whereas и а но".split())


def _figure_tokens(text: str) -> list[str]:
    """A text's words with each number word as its digits ("nine" -> "9")."""
    out = []
    for w in re.findall(r"\w+", text.lower()):
        v = N.value(_number_base(w))
        out.append(v if v is not None and v.isdigit() else w)
    return out


def _status(words: Sequence[str], at: int) -> str:
    """Whether the words after the figure at ``at`` (to the end of its clause: "and", «и»)
    say its projects are under way ("ongoing"), done ("done"), or neither ("")."""
    clause: list[str] = []
    for w in words[at + 1 : at + 1 + _STATUS_REACH]:
        if w in _CLAUSE_ENDS or (w.isdigit() and clause and clause[-1] not in _PAIRING):
            break  # the clause ends, or another count begins (not the sum of this one)
        clause.append(w)
    if (
        K.Q28_ALREADY_DONE
        and not _ALREADY.isdisjoint(clause)
        and not _FINISHED.isdisjoint(clause)
        and not any(a in _ALREADY and b == "being" for a, b in itertools.pairwise(clause))
    ):
        # "54 projects being done already": "already" with a word of finishing says done,
        # whatever "being" says of the doing; "already being done" ("already being
        # implemented") is under way.
        return "done"
    if any(w in _ONGOING for w in clause):
        return "ongoing"
    if any(w in _DONE for w in clause):
        return "done"
    return ""


def figures_mispaired(parsed: Parsed, rec: object) -> bool:
    """Whether the claim pairs the words' own figures otherwise than they do ("54 projects worth
    35 billion", "133 projects worth nine billion": the minister's 133 are worth 35 billion and
    his 54 nine billion), or says of a figure's projects the opposite state ("all 133 projects
    are already completed": they are being implemented; 54 have been)."""
    _, words = _claim_words(parsed)
    claim = _figure_tokens(" ".join(words))
    asked = [i for i, w in enumerate(claim) if w.isdigit() and w != "1" and not _year(w)]
    if not asked:
        return False
    said = _figure_tokens(_record_text(rec))
    where: dict[str, list[int]] = {}
    for i, w in enumerate(said):
        if w.isdigit():
            where.setdefault(w, []).append(i)
    for a, b in itertools.pairwise(asked):
        if b - a > _PAIR_WINDOW or claim[a] == claim[b]:
            continue
        if _PAIRING.isdisjoint(claim[a + 1 : b]) or not _CLAUSE_ENDS.isdisjoint(claim[a + 1 : b]):
            continue  # two figures of one pair are joined by "worth" («на»), in one clause
        if claim[a] not in where or claim[b] not in where:
            continue  # a figure the words do not give: figures_unsaid's
        if not any(0 < j - i <= _PAIR_WINDOW for i in where[claim[a]] for j in where[claim[b]]):
            return True
    for i in asked:
        if i and claim[i - 1] in _TOTAL_BEFORE:
            continue  # "54 of 133 projects are done": the 133 are the whole, not what is done
        status = _status(claim, i)
        if not status or claim[i] not in where:
            continue
        theirs = {_status(said, j) for j in where[claim[i]]} - {""}
        if theirs and status not in theirs:
            return True
    return False


def mispaired_fact(index: Index, parsed: Parsed, rec: object, person: str) -> str | None:
    """The fact credited to ``person`` that states the claim's first figure as his words pair
    it, when the claim pairs his figures otherwise (:func:`figures_mispaired`): "Nagaspayev said
    54 projects worth 35 billion are already complete" gets "According to Yersaiyn Nagaspayev,
    54 of the 133 projects, worth nine billion dollars, have already been implemented": his real
    figures, not his words under a "Yes" (tuning.Q19Q_MISPAIRED_FACT). The fact's first figure
    must be the claim's first ("54"), so that the fact is about what the claim counts; None when
    no fact is, or the claim is not mispaired. Facts in base order: the same in every process."""
    if not figures_mispaired(parsed, rec):
        return None
    _, words = _claim_words(parsed)
    asked = [
        w for w in _figure_tokens(" ".join(words)) if w.isdigit() and w != "1" and not _year(w)
    ]
    if not asked:
        return None
    for fact in index.kb.facts.values():
        if fact.speaker != person:
            continue
        own = [w for w in _figure_tokens(fact.statement) if w.isdigit() and not _year(w)]
        if own and own[0] == asked[0]:
            return fact.id
    return None


def _year(word: str) -> bool:
    return len(word) == 4 and word[:2] in ("19", "20")


def city_countries(index: Index) -> dict[str, str]:
    """The stem of each summit's city -> the stem of its country (kb events: data, not a list
    in code): "the minister from astana" is Kazakhstan's minister."""
    if index.city_countries is None:
        out: dict[str, str] = {}
        for ev in index.kb.events.values():
            if ev.city and ev.country:
                city = index.term(ev.city.lower().replace("'", "")).stem
                out[city] = index.term(ev.country.lower()).stem
        index.city_countries = out
    return index.city_countries


def _places(index: Index) -> tuple[dict[str, str], frozenset[str]]:
    """Stem of each place a claim may name -> the stem of its country (a country maps to
    itself), from the base: its people's countries, its summits' cities and countries, and the
    capitals of its vocabulary; and the stems of the capitals. Derived once per index
    (Index.claim_places): a scan of every event per question cost 16 ms at 100,000 entries."""
    if index.claim_places is not None:
        return index.claim_places
    out: dict[str, str] = {c: c for c in index.people_by_country}
    for ev in index.kb.events.values():
        if ev.country:  # a summit's country, with a city or not yet ("2027, in China")
            country = index.term(ev.country.lower()).stem
            out.setdefault(country, country)
    out.update(city_countries(index))
    for capital, country_name in index.kb.capitals.items():
        country = index.term(country_name.lower()).stem
        out.setdefault(country, country)
        out[index.term(capital.lower()).stem] = country
    capitals = frozenset(index.term(capital.lower()).stem for capital in index.kb.capitals)
    index.claim_places = (out, capitals)
    return index.claim_places


def places_unsaid(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether the claim names a country or city the words never name, neither by itself nor
    by its capital or country ("who said kyrgyzstan and china work closely …": Nagaspayev said
    it of Kazakhstan; "who said the xi'an declaration points the way forward": Safarov's words
    are of the treaty). A place that describes the speaker ("said by the kyrgyz expert",
    "quoted from kyrgyzstan") or the occasion ("at the astana summit") is not the claim's."""
    start, claim = _claim_words(parsed)
    if not claim:
        return False
    places, capitals = _places(index)
    ws = parsed.words
    said: set[str] | None = None  # the words' stems, read at the first place named
    for i in range(start, len(ws)):
        term = index.term(ws[i])
        if not term.known or term.sim < 1.0 or term.stem not in places:
            continue
        if ws[i - 1] in _SPEAKER_LINKS or any(w in _OCCASION_WORDS for w in ws[i + 1 : i + 3]):
            continue
        near = ws[max(0, i - _SPEAKER_WINDOW) : i] + ws[i + 1 : i + 1 + _SPEAKER_WINDOW]
        if any(w in CAPITAL_TITLES or T.stem(w) in _title_stems() for w in near):
            continue
        country = places[term.stem]
        if term.stem == country:  # a country: named by itself or by its capital
            named = {country} | {s for s in capitals if places[s] == country}
        elif term.stem in capitals:  # a capital stands for its state ("astana and china")
            named = {term.stem, country}
        else:  # another city: Xi'an is not named by "China"
            named = {term.stem}
        if said is None:
            said = _record_stems(index, rec)
        if said.isdisjoint(named) and not _own_country_in_region(index, rec, country, said):
            return True
    return False


@lru_cache(maxsize=1)
def _title_stems() -> frozenset[str]:
    return frozenset(T.stem(t) for t in CAPITAL_TITLES)


def _is_title(word: str) -> bool:
    """Whether a claim's word is a title ("minister", "diplomat") or a form of a title."""
    return word in TITLES or T.stem(word) in _title_stems()


def _own_country_in_region(index: Index, rec: object, country: str, said: set[str]) -> bool:
    """Whether ``country`` is the speaker's own and the words speak of Central Asia: the Kyrgyz
    diplomat's "Central Asian countries … placing cooperation with China as a top priority"
    says it of Kyrgyzstan too. Another country's is not ("who said uzbekistan is a partner")."""
    speaker = getattr(rec, "speaker", None)
    if not isinstance(speaker, str) or index.person_country.get(speaker) != country:
        return False
    asia = {index.term("asia").stem, index.term("asian").stem}
    return index.term("central").stem in said and not asia.isdisjoint(said)


def opposite_said(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether a word of the claim is the opposite of a word of the words ("a poor platform":
    "an excellent platform"; "passive" of "proactive"; "reckless" of "prudent and wise"), or
    the question asks who blamed something and the words blame nothing ("who criticised the
    treaty": Safarov said it was the result of the summit's diplomatic cohesion)."""
    _, claim = _claim_words(parsed)
    if not claim or T.denies(claim):
        # A denied verdict ("no longer passive", "not a poor platform") says the words' own:
        # the denial checks' (WHO_SAID_DENIED, Q11_NO_LONGER), not an opposite.
        return False
    turned = [w for w in claim if w.isalpha() and has_opposite(w)]
    if turned:  # the words' stems are read only for a claim with such a word
        said = _record_stems(index, rec)
        if any(opposed(index, w, said) for w in turned):
            return True
    if any(w.startswith(CRITICAL_ACTS) for w in parsed.words):
        words = re.findall(r"\w+", _record_text(rec).lower())
        return not any(w.startswith(ADVERSE + VERDICTS + CRITICAL_ACTS) for w in words)
    return False


#: Beginnings of verbs of loss: a word of one side of an :data:`OPPOSITES` pair the words
#: hold, said to be lost ("losing their independence", «теряют самостоятельность»), turns
#: it (tuning.Q22_SAID_OPPOSITE).
LOSSES = ("lose", "losing", "lost", "теря", "потер", "утрач", "terya", "poter", "utrach")
#: Beginnings of verbs of complaint: what follows is put to the person as what he said
#: ("why did nagaspayev complain that cooperation is stalling", «жаловался, что …»).
COMPLAINTS = ("complain", "lament", "grumbl", "жалова", "пожалова", "сетова", "zhalova", "setova")
#: Question words a claim may end with ("safarov called the treaty a dead end, why?").
_WHY = frozenset("why почему pochemu зачем zachem".split())


def _put_claim(parsed: Parsed) -> Sequence[str]:
    """The words put to a named person as his: after the verb of saying, or of complaint."""
    _, claim = _claim_words(parsed)
    if claim:
        return claim
    at = next((i for i, w in enumerate(parsed.words) if w.startswith(COMPLAINTS)), None)
    return parsed.words[at + 1 :] if at is not None else ()


def _turned_at(index: Index, claim: Sequence[str], said: set[str]) -> set[int]:
    """Positions of the claim's words that turn the words' own: the opposite of a word of
    theirs, or a word of theirs said to be lost."""
    out = set()
    for i, w in enumerate(claim):
        if not (w.isalpha() and has_opposite(w)):
            continue
        lost = any(v.startswith(LOSSES) for v in claim[max(0, i - 2) : i])
        if opposed(index, w, said) or (lost and index.term(w).stem in said):
            out.add(i)
    return out


def said_opposite(index: Index, parsed: Parsed, records: Sequence[object]) -> object | None:
    """The one record of a named person's words that a claim put to him turns to its opposite
    ("why did safarov say china is reckless with its partners": "prudent and wise ...,
    respecting each and every partner"), the rest of the claim on the words' own topic (more
    of its words theirs than not: "why did safarov say the weather is bad" is no claim on his
    words). None when no record, or several, is turned so, or the claim is denied."""
    claim = _put_claim(parsed)
    if not claim or T.denies(claim):
        return None
    found = []
    for rec in records:
        said = _record_stems(index, rec)
        # A part of a compound is no verdict of its own ("good" of "good-neighborly").
        lowered = _record_text(rec).lower()
        whole = re.sub(r"\w+(?:-\w+)+", " ", lowered)
        turned = _turned_at(index, claim, {index.term(w).stem for w in re.findall(r"\w+", whole)})
        if not turned:
            continue
        rest = [
            w
            for i, w in enumerate(claim)
            if i not in turned
            and w.isalpha()
            and w not in _WHY
            and not T.is_stop_word(w)
            and not T.is_say_word(w)
            and not w.startswith(LOSSES)
        ]
        words = re.findall(r"\w+", lowered)
        parties = {p for w in words if (p := _party(index, w)) is not None}
        shared = sum(1 for w in rest if index.term(w).stem in said or _party(index, w) in parties)
        if shared > len(rest) - shared and not _said_of_another(index, claim, min(turned), rec):
            found.append(rec)
    return found[0] if len(found) == 1 else None


def _side_stems(index: Index, word: str) -> frozenset[str]:
    """The stems of every word of both sides of the :data:`OPPOSITES` pair ``word`` is of."""
    out: set[str] = set()
    for side, stem in _other_side_stems(index, word):
        out.add(stem)
        out |= side
    return frozenset(out)


def _said_of_another(index: Index, claim: Sequence[str], at: int, rec: object) -> bool:
    """Whether the claim says its turned word of one party ("china is passive") and the words
    say theirs of another (Osmonaliyev: "Central Asian countries are taking a more proactive
    role"): then it is not his words turned, and "he said the opposite" would credit him with
    a claim about China."""
    asked = _sentence_subject(index, claim[:at])
    if not asked:
        return False
    stems = _side_stems(index, claim[at])
    for sentence in re.split(r"(?<=[.!?])\s+", _record_text(rec)):
        ws = re.findall(r"[\w']+", sentence.lower())
        for j, w in enumerate(ws):
            if index.term(w).stem in stems or T.stem(w) in stems:
                theirs = _sentence_subject(index, ws[:j])
                return bool(theirs) and asked.isdisjoint(theirs)
    return False


def claim_contradicted(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether the claim of a who-said question changes a figure, a place or a verdict of the
    words: they are then not its words, whoever said them (promise 1)."""
    return (
        (K.Q16_CLAIM_FIGURES and figures_unsaid(parsed, rec))
        or (K.Q16_CLAIM_PAIRS and figures_mispaired(parsed, rec))
        or (K.Q13_CLAIM_COUNTRY_ABSENT and places_unsaid(index, parsed, rec))
        or (K.Q13_OPPOSITE_WORDS and opposite_said(index, parsed, rec))
        or (K.Q17_CLAIM_SUBJECT_ORDER and subject_reversed(index, parsed, rec))
        or (K.Q25F_THING_SUBJECT and thing_subject_unsaid(index, parsed, rec))
    )


#: Words before a claim's subject that are no part of it ("the treaty", "this summit").
_SUBJECT_ARTICLES = frozenset("the a an this that its their".split())


def thing_subject_unsaid(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether a claim whose subject is a thing, no party ("the treaty respects every
    partner", read from "the treaty doesn't pick favourites"), finds the rest of its words in
    sentences of the words that open with a party and never name that thing (Safarov: "China
    has always engaged with other countries in a prudent and wise manner, respecting each and
    every partner"): the words say it of China, not of the treaty; showing them credits him
    with the claim (tuning.Q25F_THING_SUBJECT). A sentence that opens otherwise ("From the
    strategic perspective ..., it points the way forward": "it" is the treaty) is no
    evidence; a party as the subject is subject_reversed's."""
    _, claim = _claim_words(parsed)
    i = _claim_start(claim, _SUBJECT_ARTICLES)
    if i + 1 >= len(claim):
        return False
    head = claim[i]
    term = index.term(head)
    if (
        not term.known
        or T.is_stop_word(head)
        or _party(index, head) is not None
        or _glue(index, head)
        or _is_title(head)
        or claim[i + 1] in _BE_FORMS
        or claim[i + 1] in _PARTY_PREPOSITIONS  # «что думает Сафаров о ...»: a topic
        or term.stem in index.people_words  # a person, no thing
    ):
        return False
    content = {
        t.stem
        for w in claim[i + 1 :]
        if not T.is_stop_word(w)
        and _party(index, w) is None
        and (t := index.term(w)).known
        and t.stem
    }
    if len(content) < 2:
        return False
    best = 0
    openers: list[bool] = []
    for sentence in re.split(r"(?<=[.!?;])\s+", _record_text(rec)):
        words = re.findall(r"[\w']+", sentence.lower())
        stems = {index.term(w).stem for w in words}
        shared = len(content & stems)
        if shared < 2 or shared < best:
            continue
        if shared > best:
            best, openers = shared, []
        start = next((k for k, w in enumerate(words) if w not in _SUBJECT_ARTICLES), len(words))
        opens_with_party = start < len(words) and _party(index, words[start]) is not None
        openers.append(opens_with_party and term.stem not in stems)
    return bool(openers) and all(openers)


#: Words that may stand inside a party's name or between parties joined as one subject ("the
#: five central asian states", "china and the central asian countries", «Китай и страны
#: Центральной Азии»); read as the base reads them (their stems).
_PARTY_GLUE = frozenset(
    "the and its their all five both of states countries nations republics leaders "
    "и все пять страны государства республики лидеры".split()
)
#: Words before a party that make it no subject ("placing cooperation *with* China", "*thanks
#: to* China"); read in the words' sentences.
_PARTY_PREPOSITIONS = frozenset(
    "with to for from by of in on at between among toward towards than about without "
    "с со к для от из в во на между о об без".split()
)
#: Words before a party that make it the one who holds the claim's view or does its act
#: ("china comes first *for* central asia", "is respected *by*", «*для* Центральной Азии»).
_HOLDER_LINKS = frozenset("for by to among для у среди по".split())
#: Forms of "be" and "become": a claim with one puts its predicate after or before its subject
#: as SUBJECT_SWAPPED reads it ("china is a top priority for central asia"), not as a verb's
#: subject and object (tuning.Q17_CLAIM_SUBJECT_ORDER).
_BE_FORMS = frozenset(
    "is are was were be been being becomes become became remains remain "
    "является являются являлся являлась стал стала стали становится".split()
)
#: Words between the verb of saying and the claim ("said *that*", «сказал, *что*»).
_CLAIM_LINKS = frozenset("that что будто якобы мол chto".split())
#: Fillers a user puts before a claim's subject ("who said *so* the central asian states
#: respect each and every partner", «кто сказал, *ну*, что …»): skipped as "that" is, so the
#: subject is still the first party (tuning.Q26_CLAIM_FILLERS).
_CLAIM_FILLERS = frozenset(
    "so like basically apparently actually ну вот типа вроде дескать nu tipa vrode".split()
)


def _claim_start(claim: Sequence[str], skip: frozenset[str] = frozenset()) -> int:
    """The place of a claim's first word after its links ("that", «что») and fillers."""
    fillers = K.Q26_CLAIM_FILLERS
    i = 0
    while i < len(claim) and (
        claim[i] in _CLAIM_LINKS or claim[i] in skip or (fillers and claim[i] in _CLAIM_FILLERS)
    ):
        i += 1
    return i


_CENTRAL_ASIA = "central asia"


def _party(index: Index, word: str) -> str | None:
    """The party a word names: a country of the base (by itself, a city, a capital, its
    people's adjective: data, :func:`_places`), or Central Asia ("central", "asian", «азия»,
    "region"), or None."""
    places, _ = _places(index)
    term = index.term(word)
    stem = term.stem if term.known and term.sim == 1.0 else T.stem(word)
    if stem in places:
        return places[stem]
    if stem in _central_asia_stems(index):
        return _CENTRAL_ASIA
    return None


def party_named(index: Index, word: str) -> str | None:
    """The party a word names (a country of the base, or Central Asia), or None."""
    return _party(index, word)


def names_parties(index: Index, words: Sequence[str]) -> bool:
    """Whether ``words`` name parties only (countries, Central Asia), joined by glue words
    ("central asia", "china and kazakhstan"; tuning.Q25F_PARTNER_OF_WHOM)."""
    return any(_party(index, w) is not None for w in words) and all(
        _party(index, w) is not None or _glue(index, w) for w in words
    )


def _central_asia_stems(index: Index) -> frozenset[str]:
    """The stems that name Central Asia ("central", "asian", «азия», "the region")."""
    return frozenset(
        t.stem for w in ("central", "asia", "asian", "region") if (t := index.term(w)).known
    )


def _glue(index: Index, word: str) -> bool:
    return word in _PARTY_GLUE or index.term(word).stem in {"countri", "state"}


def _party_group(index: Index, ws: Sequence[str], start: int) -> tuple[set[str], int]:
    """The parties named from ``start`` on, joined by :data:`_PARTY_GLUE` words, and where the
    group ends."""
    parties: set[str] = set()
    i = start
    while i < len(ws):
        party = _party(index, ws[i])
        if party is not None:
            parties.add(party)
        elif not _glue(index, ws[i]):
            break
        i += 1
    while i > start and _glue(index, ws[i - 1]) and _party(index, ws[i - 1]) is None:
        i -= 1  # "china and": the glue at the end is not the group's
    return parties, i


def _nominative(word: str) -> bool:
    """Whether a Cyrillic word may be read in the nominative (any other word: yes)."""
    if not T.is_cyrillic(word) or not word.isalpha():
        return True
    try:
        parses = T.morph().parse(word)  # text.py's one analyser, shared
    except ValueError:
        return False
    # Any reading: «страны» is read first as a genitive singular, and is a nominative plural.
    return any("nomn" in p.tag for p in parses)


def _sentence_subject(index: Index, ws: Sequence[str]) -> set[str]:
    """The parties of a sentence's first group of parties not after a preposition."""
    for i, w in enumerate(ws):
        if _party(index, w) is None:
            continue
        j = i - 1
        while j >= 0 and ws[j] in _PARTY_GLUE:
            j -= 1
        if j >= 0 and ws[j] in _PARTY_PREPOSITIONS:
            continue
        return _party_group(index, ws, i)[0]
    return set()


#: The preposition that names the doer of a passive ("shaped *by* china").
_AGENT_LINK = "by"
#: Beginnings of words that make a claim a rank or a view of its subject, held by the party
#: after "for"/"to"/«для» ("china comes *first for* central asia", "matters to"): without one,
#: the party after "for" is the act's beneficiary, not its holder ("china sets the development
#: agenda *for* central asia" says China does it) (tuning.Q18_CLAIM_PASSIVE_AGENT).
_VIEW_STEMS = (
    "first", "priorit", "important", "importan", "matter", "key", "main", "top", "crucial",
    "vital", "essential", "перв", "приоритет", "важн", "главн", "ключев",
    "pervy", "prioritet", "vazhn", "glavn",
)  # fmt: skip
#: Holder links that name the holder whatever the claim ("*among* the five", «*среди*», «*у*»).
_ALWAYS_HOLDER = frozenset("among у среди по".split())


def _holds_view(claim: Sequence[str], link: str) -> bool:
    """Whether the party after ``link`` holds the claim's view rather than receiving its act."""
    if link not in _HOLDER_LINKS:
        return False
    if not K.Q18_CLAIM_PASSIVE_AGENT or link in _ALWAYS_HOLDER:
        return True
    return any(w.startswith(_VIEW_STEMS) for w in claim)


def _copula(claim: Sequence[str]) -> bool:
    """Whether the claim has a copula: a form of "be" that is not the helper of a verb in -ing
    ("china *is setting* central asia's agenda" is an act with its subject first)."""
    return any(
        w in _BE_FORMS
        and not (
            K.Q18_CLAIM_PASSIVE_AGENT
            and k + 1 < len(claim)
            and claim[k + 1].endswith("ing")
            and claim[k + 1].isascii()
        )
        for k, w in enumerate(claim)
    )


def _agent(index: Index, claim: Sequence[str], start: int) -> tuple[set[str], int, int] | None:
    """The parties that do the act of a passive claim, and where they stand: after "by" ("the
    region's agenda is set *by* china") or, in Russian, a party in the instrumental not after a
    preposition («повестка Центральной Азии определяется *Китаем*»). None when the claim has
    no such party, or only the speaker ("by the kyrgyz diplomat"), or nothing before it."""
    for k in range(start + 1, len(claim)):
        w = claim[k]
        if w == _AGENT_LINK:
            group, end = _party_group(index, claim, k + 1)
        elif (
            T.is_cyrillic(w)
            and _party(index, w) is not None
            and claim[k - 1] not in _PARTY_PREPOSITIONS
            and _instrumental(w)
        ):
            group, end = _party_group(index, claim, k)
        else:
            continue
        if not group:
            continue
        if end < len(claim) and _is_title(claim[end]):
            return None  # "said by the kyrgyz diplomat": the speaker, not the act's doer
        return group, k, end
    return None


def _instrumental(word: str) -> bool:
    """Whether a Cyrillic word is read only in the instrumental («Китаем», «Азией»)."""
    try:
        parses = T.morph().parse(word)
    except ValueError:
        return False
    return bool(parses) and all("ablt" in p.tag for p in parses)


def _holder_link(index: Index, claim: Sequence[str], end: int) -> tuple[int, int] | None:
    """The first party after ``end`` that stands after a link of holding a view ("a priority
    *for* china", «*для* Китая»: :func:`_holds_view`), over glue words: (the link's place, the
    party's), or None."""
    for k in range(end, len(claim)):
        if _party(index, claim[k]) is None:
            continue
        j = k - 1
        while j >= end and claim[j] in _PARTY_GLUE:
            j -= 1
        if j >= end and _holds_view(claim, claim[j]):
            return j, k
    return None


def _view_holder(index: Index, claim: Sequence[str], end: int) -> tuple[set[str], int, int] | None:
    """The parties after a holder link that hold the claim's view (:func:`_holder_link`), with
    where they stand; None when the claim names none after its subject (``end``)
    (tuning.Q19_VIEW_HOLDER)."""
    link = _holder_link(index, claim, end)
    if link is None:
        return None
    j, k = link
    group, last = _party_group(index, claim, k)
    return (group, j, last) if group else None


def subject_reversed(index: Index, parsed: Parsed, rec: object) -> bool:
    """Whether a claim that begins with a party and goes on with a verb ("china puts central
    asia as its top priority") finds its other words in a sentence of the words that says them
    of another party ("Central Asian countries … placing cooperation with China as a top
    priority"). Read only without a copula (SUBJECT_SWAPPED's claims) and, in Russian, with the
    party in the nominative («центральную азию китай ставит …» names its object first)."""
    _, claim = _claim_words(parsed)
    i = _claim_start(claim)
    agent = _agent(index, claim, i) if K.Q18_CLAIM_PASSIVE_AGENT else None
    if agent is not None:
        # "central asia's development agenda is shaped *by* china": the act is the agent's,
        # whatever party the words before it name (they are its object).
        subject = agent[0]
        _, first, last = agent
        rest: Sequence[str] = [w for k, w in enumerate(claim[i:], i) if not first <= k < last]
    else:
        holder = None
        if K.Q19_VIEW_HOLDER and i < len(claim) and _holds_view(claim, claim[i]):
            # «для Китая центральная азия приоритет»: the holder first, then the subject.
            # The holder is one party (its words: "central asia"): the subject follows it
            # with no word between («для Китая Центральная Азия»).
            party = _party(index, claim[i + 1]) if i + 1 < len(claim) else None
            last = i + 1
            while party is not None and last < len(claim) and _party(index, claim[last]) == party:
                last += 1
            if party is not None:
                holder = ({party}, i, last)
                i = last
        subject, end = _party_group(index, claim, i)
        if holder is None and subject and K.Q19_VIEW_HOLDER:
            holder = _view_holder(index, claim, end)
        if not subject or end >= len(claim) or (_copula(claim) and holder is None):
            return False
        if _is_title(claim[end]):
            return False  # "the kyrgyz diplomat (said) about china's policy": the speaker
        if not any(_nominative(w) for w in claim[i:end] if w not in ("и", "все", "пять")):
            return False
        rest = claim[end:]
        if holder is not None:
            # "central asia is a priority *for* china", «центральная азия *для* Китая
            # приоритет»: the party after the link holds the view, as the words' own subject
            # does; it is checked in the subject's place (tuning.Q19_VIEW_HOLDER), so "china
            # comes first for central asia" (the words' way round) keeps its answer.
            subject, first, last = holder
            rest = [w for k, w in enumerate(claim) if k >= end and not first <= k < last]
        elif _holder_link(index, claim, end) is not None:
            # "china comes first *for* central asia": the party after it holds the view (as
            # the words' own subject does); the claim says it the words' way round.
            return False
    content = {
        t.stem
        for w in rest
        if not T.is_stop_word(w)
        and w not in _BE_FORMS
        and _party(index, w) is None
        and not _glue(index, w)
        and (t := index.term(w)).known
        and t.stem
    }
    if not content:
        return False
    text = str(getattr(rec, "text", "") or getattr(rec, "statement", "") or "")
    best = 0
    subjects: list[set[str]] = []
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        words = re.findall(r"[\w']+", sentence.lower())
        shared = len(content & {index.term(w).stem for w in words})
        if shared == 0 or shared < best:
            continue
        if shared > best:
            best, subjects = shared, []
        subjects.append(_sentence_subject(index, words))
    # Every sentence that holds most of the claim names its own subject, none the claim's.
    return bool(subjects) and all(s and s.isdisjoint(subject) for s in subjects)
