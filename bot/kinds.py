"""What kind of answer a question asks for ("how many", "when", "where"), and whether an
entry states a figure: shared by the lexical stage (bot/matcher.py, tuning.COUNT_NEEDS_FIGURE)
and the semantic stage (bot/semantic.py, tuning.SEMANTIC_QUESTION_KINDS), so both stages read a
"how many" question alike. Its own module because the semantic stage builds on the matcher.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot import text as T
from bot import tuning as K
from bot.index import Index
from bot.intent import CAPITAL_WORDS, Parsed
from bot.model import Fact, KnowledgeBase, Person
from bot.text import is_dictionary_word


def normalise(text: str) -> str:
    """What is embedded: lower case, single spaces. Users type in lower case; the base is
    cased, and the same casing on both sides keeps the similarity about the words."""
    return " ".join(text.lower().split())


#: A sum of money asked: "how much did china sign", «на какую сумму», "skolko deneg", "what
#: amount" (not "how much time", "how much longer") (tuning.Q16_SUM_NEEDS_MONEY).
_SUM_ASKED = re.compile(
    r"\bhow\s+much\b(?!\s+(?:time|longer|later|earlier|more\s+time))|"
    r"\bна\s+какую\s+сумму\b|\bсколько\s+(?:денег|стоит|стоят|стоил\w*|вложил\w*|"
    r"инвестир\w*)|\bskolko\s+(?:deneg|stoit|stoyat)\b|\bwhat\s+(?:amount|sum)\b"
)
#: What a text states a sum of money with: a scale or a currency ("nine billion dollars",
#: "$35 bn", «22 млрд долларов»).
_MONEY = re.compile(
    r"\$|\b(?:billion|billions|million|millions|trillion|bn|dollars?|usd|yuan|"
    r"млрд|миллиард\w*|миллион\w*|доллар\w*|юан\w*)\b",
    re.IGNORECASE,
)


def asks_sum(parsed: Parsed) -> bool:
    """Whether a question asks a sum of money ("how much did china sign with uzbekistan",
    «на какую сумму»): only an entry that states one answers it (:func:`states_sum`)."""
    return bool(_SUM_ASKED.search(" ".join(parsed.words)))


def states_sum(kb: KnowledgeBase, entry: str) -> bool:
    """Whether an entry's own text states a sum of money (a scale or a currency), not only a
    date or a count: a summit's card with its dates does not say how much was signed."""
    rec = kb.record(entry)
    texts = [
        str(getattr(rec, attr, None) or "")
        for attr in ("text", "statement", "answer", "answer_ru", "summary_ru", "name")
    ]
    texts += [str(x) for x in (getattr(rec, "outcomes", None) or ())]
    return any(_MONEY.search(t) for t in texts)


#: Number words (besides digits) that make an entry a figure: "nine billion dollars".
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|"
    r"thousand|million|billion|trillion|один|два|две|три|четыре|пять|шесть|семь|восемь|"
    r"девять|десять|сто|тысяч\w*|миллион\w*|миллиард\w*)\b"
)


def states_figure(kb: KnowledgeBase, entry: str) -> bool:
    """Whether an entry's own text (not its sample questions) states a number: a date, a count,
    a sum. Only such an entry can answer "how many"/"сколько"."""
    rec = kb.record(entry)
    texts: list[str] = []
    for attr in ("text", "statement", "answer", "answer_ru", "summary_ru", "role"):
        v = getattr(rec, attr, None)
        if isinstance(v, str):
            texts.append(v)
    if getattr(rec, "start", None) is not None or getattr(rec, "year", None) is not None:
        return True
    text = " ".join(texts).lower()
    if K.DATE_IS_NO_FIGURE:
        text = _DATE.sub(" ", text)
    return any(c.isdigit() for c in text) or _NUMBER_WORDS.search(text) is not None


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн[ья]|июл[ья]|август\w*|"
    r"сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)"
)
#: A date in a text ("17 June 2025", "18–19 May 2023", "13 June", "in 2023", «17 июня 2025
#: года»): it says when, and counts nothing (tuning.DATE_IS_NO_FIGURE).
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTH}(?:\s+(?:19|20)\d\d)?|"
    rf"{_MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d)\b"
)


#: How a question asks for a figure, a date or a place, at its start (the first words, after an
#: optional "and"/"so"): "how many projects", "сколько стоит", "skolko", "what year".
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "count",
        re.compile(
            r"^(?:(?:and|so|а|и|ну)\s+)?(?:how\s+(?:many|much)|сколько|skolko|"
            r"what\s+(?:is\s+the\s+)?(?:number|amount|total|sum|value)\b|"
            r"на\s+какую\s+сумму|какова\s+(?:сумма|стоимость)|"
            # A measure asks for a figure too (tuning.COUNT_NEEDS_FIGURE): "what is china's
            # economic growth this year" was answered with the experts' praise of the summit
            # for "mutually beneficial growth", which measures nothing.
            r"what\s+(?:is|was|are|were)\s+(?:\S+\s+){0,4}?"
            r"(?:growth|gdp|inflation|population|unemployment|rate)\b|"
            r"(?:какой|какова|каков|какие)\s+(?:\S+\s+){0,4}?"
            r"(?:рост|ввп|инфляци\w*|темп\w*|населени\w*|безработиц\w*)(?!\w))"
        ),
    ),
    (
        "when",
        re.compile(
            r"^(?:(?:and|so|а|и|ну)\s+)?(?:when|когда|kogda|"
            r"(?:what|which|on\s+what|in\s+what|in\s+which)\s+(?:date|year|day|month)|"
            r"(?:какого|какое)\s+числ\w*|в\s+каком\s+(?:году|месяце)|какого\s+года)\b"
        ),
    ),
    (
        "where",
        re.compile(
            r"^(?:(?:and|so|а|и|ну)\s+)?(?:where|где|gde|куда|"
            r"(?:in\s+)?(?:what|which)\s+(?:city|country|place)|"
            r"в\s+каком\s+(?:городе|месте|стране)|в\s+какой\s+стране)\b"
        ),
    ),
)


def question_kind(parsed: Parsed, question: str) -> str | None:
    """What kind of answer the question asks for: "count" (a figure), "when" (a date),
    "where" (a place), or None. A "how many" question landing on a quote without a number, or
    a "when" question on a person, is a near miss in meaning and a wrong answer in kind (the
    lexical stage weighs types the same way: tuning.WHEN_BOOST). "Who" questions have their own
    rule (:func:`asks_for_person`)."""
    if parsed.who_said:
        return None
    text = normalise(question)
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return None


#: How a fact reports what someone said or did as a speaker: "according to <title> Wang Yi",
#: "Xi Jinping put forward ...", "... delivered a keynote speech" (tuning.UNREPORTED_REFUSED).
REPORTING_BEFORE = re.compile(r"\b(?:according\s+to|по\s+словам)\b", re.IGNORECASE)
REPORTING_AFTER = re.compile(
    r"\b(?:said|says|announced|stated|told|noted|declared|proposed|put\s+forward|"
    r"delivered|gave|addressed|speech\w*|keynote|briefing)\b",
    re.IGNORECASE,
)
#: Words between a name and the reporting words that still make one clause ("according to
#: Chinese Foreign Minister Wang Yi": four; "Xi Jinping put forward": none).
REPORTING_SPAN = 6


def reports(fact: Fact, person: Person) -> bool:
    """Whether the fact reports something the person said or put forward (a reporting phrase
    within :data:`REPORTING_SPAN` words of one of their names in the fact's statement), not
    merely names them."""
    text = " ".join(fact.statement.split())
    for name in sorted({person.name, *person.aliases}, key=len, reverse=True):
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            before = text[: hit.start()].split()[-(REPORTING_SPAN + 2) :]
            after = text[hit.end() :].split()[: REPORTING_SPAN + 1]
            if REPORTING_BEFORE.search(" ".join(before)) or REPORTING_AFTER.search(" ".join(after)):
                return True
    return False


#: Words that ask which ones, by name: "which companies", "what firms", «какие компании»,
#: "names of the banks" (tuning.MEMBERS_NAMED).
_WHICH_WORDS = frozenset(
    "which what name names какие какая какой каких названия назовите перечислите "
    "kakie kakaya kakoy kakih".split()
)
#: Organisations, which are known by their names: asked "which", only an entry that names one
#: answers. General language (compared with the question's words as typed, each form listed),
#: not the base's vocabulary: it says how a question asks, as text.CONTENTS_WORDS does.
MEMBER_NOUNS: frozenset[str] = frozenset(
    "companies company firms firm banks bank investors investor contractors contractor "
    "enterprises enterprise corporations corporation businesses "
    "компании компаний компания фирмы фирм фирма банки банков банк инвесторы инвесторов "
    "подрядчики подрядчиков предприятия предприятий корпорации корпораций "
    "kompanii kompaniy kompaniya firmy banki investory predpriyatiya korporatsii".split()
)
#: Words a "which" may stand apart from the noun by ("which chinese companies", «какие
#: конкретно компании»): at most this many.
_MEMBER_GAP = 2
#: An entry's words, as written (a capitalised one may be a name).
_WORD = re.compile(r"[\w-]+")
#: How far from "companies" a name may stand ("Chinese companies such as CNPC and Sinopec").
_NAME_SPAN = 4


def asked_members(parsed: Parsed) -> str | None:
    """The organisations a question asks for by name ("which chinese companies run the
    projects" -> "companies"), or the kind of things it asks for by name with a word of
    specificity ("which specific projects are in coal chemistry" -> "project", a key of
    :data:`ITEM_KINDS`: tuning.ITEMS_NAMED), or None."""
    found = _asked_by_name(parsed, _WHICH_WORDS, MEMBER_NOUNS)
    if found is None and K.ITEMS_NAMED:
        found = _asked_specific(parsed)
    return found


#: Words that ask for the particular ones, by name: "which specific projects", "what exactly
#: are the 133 projects", "list the projects", «какие конкретно проекты», «перечислите
#: соглашения», "kakie imenno proekty" (tuning.ITEMS_NAMED). General language: English forms
#: listed, Russian and translit ones by their stems (:data:`SPECIFIC_STEMS`: every case, and a
#: translit spelling read with a letter lost, «конкретне»). "Names of" is CONTENTS_OBJECT's
#: (matcher._contents_objects: the names of the thing after it), not this rule's.
SPECIFIC_WORDS: frozenset[str] = frozenset(
    "specific specifically concrete concretely exactly exact particular individual list "
    "itemise itemize enumerate именно перечень список imenno perechen spisok".split()
)
SPECIFIC_STEMS: tuple[str, ...] = (
    "конкретн",
    "перечисл",
    "konkretn",
    "perechisl",
)
#: Things known by their names (a project, a document, an initiative), by kind: asked for with
#: a word of :data:`SPECIFIC_WORDS`, only an entry that names one of that kind answers
#: (:func:`names_members`). Content ("what exactly did the treaty say"), sectors ("which
#: sectors") and figures ("how many projects exactly") are no named things. General language:
#: English forms listed, Russian and translit ones by stem.
ITEM_KINDS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "project": (
        frozenset("projects project ventures venture plants plant factories factory".split()),
        ("проект", "завод", "proekt", "zavod"),
    ),
    "document": (
        frozenset(
            "documents document agreements agreement treaties treaty declarations declaration "
            "deals deal contracts contract outcomes outcome results result deliverables".split()
        ),
        (
            "документ",
            "соглашени",
            "договор",
            "деклараци",
            "сделк",
            "контракт",
            "итог",
            "результат",
            "dokument",
            "soglasheni",
            "dogovor",
            "deklarats",
            "deklarac",
            "sdelk",
            "kontrakt",
            "itog",
            "rezultat",
        ),
    ),
    "initiative": (
        frozenset("initiatives initiative programmes programme programs program".split()),
        ("инициатив", "программ", "initsiativ", "programm"),
    ),
}
#: Words between a specificity word and the thing it asks for ("what exactly are the 133
#: projects": three); a noun just before it counts too ("projects exactly", «проекты именно»).
_SPECIFIC_GAP = 3
#: A count is asked, not names: "how many projects exactly" (the count rule decides).
_COUNT_WORDS = frozenset("many much сколько skolko".split())
#: Words that end the span after a specificity word: a verb of doing or saying comes between
#: ("what exactly did the treaty say" asks what it says; "is"/"are" do not end it).
_NOT_BETWEEN_SPECIFIC = frozenset(
    "did do does has have had will would can could say says said".split()
)


def item_kind(word: str) -> str | None:
    """The kind of named thing (:data:`ITEM_KINDS`) a lower-case word is, or None."""
    for kind, (forms, stems) in ITEM_KINDS.items():
        if word in forms or word.startswith(stems):
            return kind
    return None


def asked_kind(parsed: Parsed) -> str | None:
    """The kind of named thing (:data:`ITEM_KINDS`) a question asks which one of: a noun of
    that kind at most :data:`_MEMBER_GAP` words after a word of :data:`_WHICH_WORDS`, with no
    verb between ("which big chinese initiative is this tied to", «к какой китайской
    инициативе это привязано»: "initiative") (tuning.Q17_WHICH_KIND_NAMED)."""
    ws = parsed.words
    for i, w in enumerate(ws):
        if w not in _WHICH_WORDS or w in ("name", "names"):
            continue
        for nxt in ws[i + 1 : i + 2 + _MEMBER_GAP]:
            if nxt in _NOT_BETWEEN:
                break
            if (kind := item_kind(nxt)) is not None:
                return kind
    return None


def _specific(word: str) -> bool:
    return word in SPECIFIC_WORDS or word.startswith(SPECIFIC_STEMS)


def _asked_specific(parsed: Parsed) -> str | None:
    """The kind of named thing (:data:`ITEM_KINDS`) a word of :data:`SPECIFIC_WORDS` asks for,
    its noun within :data:`_SPECIFIC_GAP` words after it or just before it, or None."""
    ws = parsed.words
    if parsed.say or parsed.who_said or any(w in _COUNT_WORDS for w in ws):
        # Words asked for ("what projects exactly did the minister talk about") are shown
        # verbatim under their speaker: what was said, whether or not it names any.
        return None
    for i, w in enumerate(ws):
        if not _specific(w):
            continue
        if "ones" in ws[max(0, i - 1) : i + 3]:
            # "The projects - which ones exactly?": the noun stands before the pronoun.
            kind = next((k for x in ws[:i] if (k := item_kind(x)) is not None), None)
            if kind is not None:
                return kind
        if i > 0 and (kind := item_kind(ws[i - 1])) is not None:
            return kind
        for nxt in ws[i + 1 : i + 2 + _SPECIFIC_GAP]:
            if nxt in _NOT_BETWEEN_SPECIFIC:
                break
            if (kind := item_kind(nxt)) is not None:
                return kind
    return None


def _asked_by_name(parsed: Parsed, which: frozenset[str], nouns: frozenset[str]) -> str | None:
    """The first of ``nouns`` at most :data:`_MEMBER_GAP` words after one of ``which``, with no
    verb between (:data:`_NOT_BETWEEN`: "which did observers ..." asks no noun)."""
    ws = parsed.words
    for i, w in enumerate(ws):
        if w not in which:
            continue
        for nxt in ws[i + 1 : i + 2 + _MEMBER_GAP]:
            if nxt in _NOT_BETWEEN:
                break
            if nxt in nouns:
                return nxt
    return None


def _common(index: Index, word: str) -> bool:
    """Whether a capitalised word is no organisation's name: a word of the language
    ("Chinese", "Joint"), of a synonym group ("Kazakh", «Китая»), or of a person's name."""
    if is_dictionary_word(word):
        return True
    stem = T.stem(word)
    if stem in index.canon or stem in index.canon.values():
        return True
    latin = T.latin(word)
    if latin in index.name_lookup or latin in index.short_name_lookup:
        return True
    # A person's name in a Russian case («Нагаспаева», «Сафаровым»): its ending dropped, it is
    # the name the index holds (tuning.ITEMS_NAMED: the minister's name beside «проектов»
    # named no project).
    if K.ITEMS_NAMED and not word.isascii():
        for end in _RU_NAME_ENDINGS:
            if word.endswith(end) and T.latin(word[: -len(end)]) in index.name_lookup:
                return True
    return False


#: Case endings of a Russian surname or first name («Нагаспаева», «Сафаровым», «Цзиньпину»).
_RU_NAME_ENDINGS = ("ым", "ом", "ой", "ою", "ей", "а", "у", "е", "ы", "и", "я", "ю")


#: People known by their names, asked "which" ("which experts commented on the astana summit",
#: «какие эксперты»): only an entry that names a person answers (tuning.PEOPLE_NAMED). General
#: language, each form listed, as for :data:`MEMBER_NOUNS`; leaders are not here (the facts
#: listing them by name answer: intent.LEADERS_WORDS).
PEOPLE_NOUNS: frozenset[str] = frozenset(
    "experts expert analysts analyst observers observer scholars scholar commentators "
    "commentator specialists specialist officials official pundits pundit "
    "эксперты экспертов эксперт аналитики аналитиков наблюдатели наблюдателей политологи "
    "политологов учёные учёных ученые ученых специалисты специалистов чиновники чиновников "
    "eksperty ekspertov analitiki politologi uchenye".split()
)
#: The words that ask for people by name: "what" is not one ("what experts say about the
#: treaty", "what did experts think" ask what was thought, and a fact answers).
_WHICH_PEOPLE = _WHICH_WORDS - {"what", "какая", "kakaya"}
#: Words that end the span between "which" and the noun: a verb comes between ("which did
#: observers ...") and it is no longer the noun asked for.
_NOT_BETWEEN = frozenset("did do does is are was were has have had will would can could".split())


def asked_people(parsed: Parsed) -> str | None:
    """The people a question asks for by name ("which experts commented on the astana summit"
    -> "experts", «какие эксперты хвалили договор»), or None (tuning.PEOPLE_NAMED)."""
    return _asked_by_name(parsed, _WHICH_PEOPLE, PEOPLE_NOUNS)


def names_people(index: Index, entry: str) -> bool:
    """Whether an entry gives a person by name: a quote or a person's card (its speaker is
    shown), or a fact reporting what one of the base's people said (:func:`reports`). "Government
    officials and international experts praised the summit" names nobody; the fact listing the
    presidents names them as present, not as commenting."""
    rec = index.kb.record(entry)
    if rec is None:
        return False
    if entry in index.kb.quotes or entry in index.kb.people:
        return True
    if not isinstance(rec, Fact):
        return False
    if K.Q30Q_FACT_SPEAKER_NAMED and rec.speaker is not None and rec.speaker in index.kb.people:
        # The base says whose statement the fact is (its speaker, shown with it): "Yersaiyn
        # Nagaspayev, Kazakhstan's Minister of Industry and Construction, said that ..." puts
        # the title between the name and "said", beyond the reporting span (tuning.Q30Q_...).
        return True
    if any(reports(rec, p) for p in index.kb.people.values()):
        return True
    # Somebody the base has no card for ("spokesperson Lin Jian announced"): a name (a
    # capitalised word that is no common one) within the reporting span of a reporting word.
    text = " ".join(rec.statement.split())
    for hit in REPORTING_AFTER.finditer(text):
        before = _WORD.findall(text[: hit.start()])[-REPORTING_SPAN:]
        if any(w[0].isupper() and not _common(index, w.lower()) for w in before):
            return True
    for hit in REPORTING_BEFORE.finditer(text):
        after = _WORD.findall(text[hit.end() :])[:REPORTING_SPAN]
        if any(w[0].isupper() and not _common(index, w.lower()) for w in after):
            return True
    return False


def names_members(index: Index, entry: str, asked: str | None = None) -> bool:
    """Whether an entry's own text names one of the things asked for (``asked``, what
    :func:`asked_members` gave; organisations unless it is a kind of :data:`ITEM_KINDS`):
    beside a word of that kind (within :data:`_NAME_SPAN` words), a capitalised word that is
    not a common one (:func:`_common`: "Chinese", "Kazakhstan" are; "CNPC", "Sinopec" are
    not), or, for a kind of :data:`ITEM_KINDS`, the noun itself capitalised inside a sentence,
    as a name's last word is ("the Astana Declaration", "the Belt and Road Initiative").
    "Joint projects with Chinese companies" mentions companies and names none; "a total of 133
    projects" names no project."""
    titled = asked in ITEM_KINDS

    def of_kind(word: str) -> bool:
        return item_kind(word) == asked if titled else word in MEMBER_NOUNS

    rec = index.kb.record(entry)
    for attr in ("text", "statement", "answer", "answer_ru"):
        v = getattr(rec, attr, None)
        if not isinstance(v, str):
            continue
        hits = list(_WORD.finditer(v))
        words = [h.group() for h in hits]
        for i, w in enumerate(words):
            if not of_kind(w.lower()):
                continue
            if titled and w[0].isupper() and i > 0 and _inside_sentence(v, hits[i].start()):
                return True
            near = words[max(0, i - _NAME_SPAN) : i + 1 + _NAME_SPAN]
            if any(n[0].isupper() and not _common(index, n.lower()) for n in near):
                return True
    return False


def _inside_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` does not open a sentence (a capital there is a name's)."""
    before = text[:start].rstrip(" «\"'(“")
    return bool(before) and before[-1] not in ".!?:;"


#: Words naming the kind of place a "where" question asks for ("which country hosted the 2025
#: summit", "what city", «в какой стране», "v kakom gorode"): the answer's kind, not a topic
#: (tuning.PLACE_KIND_ASKED). A capital is intent.CAPITAL_WORDS' (tuning.CAPITAL_IS_WHERE).
#: General language, each form listed.
PLACE_KIND_WORDS: frozenset[str] = frozenset(
    "country countries city cities town place venue location "
    "страна стране страны страну город городе города место месте "
    "strana strane strany gorod gorode goroda mesto meste".split()
)


def place_kind_dropped(parsed: Parsed) -> Parsed:
    """A "where" question without the words naming the kind of place it asks for
    (:data:`PLACE_KIND_WORDS`), when a word the base knows remains: "which country hosted the
    2025 summit" is matched on "2025 summit", whose card gives the city and the country, not
    on "country", which a fact's "the first summit held in a Central Asian country" and the
    list of the countries taking part share (tuning.PLACE_KIND_ASKED)."""
    if not K.PLACE_KIND_ASKED:
        return parsed
    ws = parsed.words
    asked = any(a in _WHICH_PLACE and b in _ONE_PLACE for a, b in pairwise(ws))
    if not parsed.where and not (asked and not parsed.persons):
        return parsed
    if any(t.word in CAPITAL_WORDS for t in parsed.terms):
        # A capital left as a word (no summit named: "where is the capital of kazakhstan"):
        # what the base does not hold; CAPITAL_IS_WHERE reads a capital asked with a summit.
        return parsed
    kept = tuple(t for t in parsed.terms if not (t.known and t.word in PLACE_KIND_WORDS))
    if len(kept) == len(parsed.terms) or not any(t.known for t in kept):
        return parsed
    if not parsed.where and sum(t.known for t in kept) < _PLACE_TOPIC_WORDS:
        return parsed  # "what country is the minister from": "minister" alone is no topic
    return replace(parsed, terms=kept, where=True)


#: Words that ask which place, before a word of :data:`PLACE_KIND_WORDS` ("what country was
#: the astana summit in", «в какой стране прошёл саммит»): a "where" question though no "where"
#: is typed. Only one place is asked so: "which countries are in the format" asks for the
#: countries (:data:`_ONE_PLACE`).
#: Known words a "which country" question must keep to be read as "where" ("what country
#: was the astana summit in": two).
_PLACE_TOPIC_WORDS = 2
_WHICH_PLACE = frozenset("which what какой какая каком какую kakoy kakom kakaya".split())
_ONE_PLACE = frozenset(
    "country city town стране страну городе город strane stranu gorode gorod".split()
)
