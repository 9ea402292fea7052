"""Read what a question asks for: its intents, the person it names, and its content words.

Intent comes from a few closed word lists in English and Russian (who said, what did X say,
who is, when, where); the speaker is found by name tokens (fuzzy, either script), by role
phrases ("the Kazakh minister") or by nationality plus a person noun ("the Tajik expert"). A name
slot that resolves to nobody in the base is kept as ``unknown_name``: the matcher then refuses
rather than show somebody else's words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from bot import numbers as N
from bot import text as T
from bot import tuning as K
from bot.index import (
    ASKS_WHEN_WHERE,
    HOST_WORDS,
    LIST,
    NAMED,
    EntryType,
    Index,
    Term,
    fuzzy_all,
    fuzzy_lookup,
    is_dropped,
)
from bot.names import is_proper_noun, russian_name_in_latin

#: What a front end's command fixes before the argument is read: ``/who <words>``,
#: ``/quote <name>``, ``/when <summit>``.
Intent = Literal["who_said", "quotes_of", "when"]
#: Questions about the bot itself rather than the summits (answered by the service).
Meta = Literal["sources"]

SAY = T.SAY_WORDS
WHO = frozenset({"who", "whose", "whom", "кто", "чьи", "чья", "чье", "чей", "кем", "кого"})
#: "Whose" before a noun of someone's words asks who said them (tuning.Q12_WHOSE_THOUGHT).
WHOSE = frozenset("whose чья чье чьё чей чьи chya chia chye chei chey chyi".split())
#: Nouns of someone's words or thought (text.WORDS_NOUNS: "point", «мысль», "take"), and "line"
#: ("whose line was it that ..."). Not "idea": "whose idea was the spirit" asks who proposed
#: it, which a reported fact answers.
WHOSE_WORDS_NOUNS = T.WORDS_NOUNS | frozenset("line lines mysl mysli".split())
WHO_IS = (
    re.compile(r"\b(?:who\s+is|who\s+was|whos|who\s+s|who\s+are|who\s+was)\s+(?P<slot>.+)$"),
    re.compile(
        r"\b(?:tell\s+me\s+about|info\s+(?:on|about)|information\s+(?:on|about)|"
        r"more\s+about)\s+(?P<slot>.+)$"
    ),
    re.compile(r"\bкто\s+(?:такой|такая|такие|это|был|была)\s+(?P<slot>.+)$"),
    re.compile(r"\bкто\s+(?P<slot>\S+)$"),
    # The same typed in Latin letters ("osmonaliev kto on", "kto takoy safarov"): the reading
    # in Cyrillic (bot/translit.py) is not tried when the name is the only other word.
    re.compile(r"\bkto\s+(?:takoy|takoi|takaya|takoj|eto|byl|byla)\s+(?P<slot>.+)$"),
    re.compile(r"\bkto\s+(?P<slot>\S+)$"),
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
    "he she they it him her them his this that someone somebody anyone anybody people everyone "
    "officials experts leaders china chinese summit you i we "
    "он она они это кто все эксперты".split()
)
#: "His role in the summit", «его роль на саммите»: a part played at an event (general nouns of
#: events, not the base's names for them), which a person's card does not hold
#: (tuning.ROLE_AT_EVENT).
ROLE_AT_EVENT = re.compile(
    r"\b(?:role|part|роль)\s+(?:\w+\s+)?(?:in|at|during|on|в|во|на)\s+(?:\w+\s+){0,3}?"
    r"(?:summits?|meetings?|conferences?|forums?|talks|ceremony|"
    r"саммит\w*|встреч\w*|форум\w*|конференци\w*|переговор\w*)\b"
)
#: A slot that is the text the question read ("according to the article", "the report says"):
#: no one's name (tuning.SOURCE_TEXT_NO_NAME). Once the base no longer says "article", "the
#: article says 'on Tuesday'" read "Article" as someone the base never quotes.
SOURCE_TEXT_WORDS = frozenset(
    "article articles report reports piece story news source sources text paper newspaper "
    "статья статье статьи источник источнике новость новости".split()
)
if K.SOURCE_TEXT_NO_NAME:
    NOT_A_NAME = NOT_A_NAME | SOURCE_TEXT_WORDS
#: Reporting as a whole ("a quote from the summit coverage saying ...", «в прессе писали»): no
#: one's name and no topic, as the text read is not (tuning.Q25Q_COVERAGE_NO_NAME; read at
#: question time, so a test can switch it off).
COVERAGE_WORDS = frozenset(
    "coverage press media reporting reportage пресса прессе прессы сми освещение освещении".split()
)


def _not_a_name(w: str) -> bool:
    """Whether a slot word names no one (:data:`NOT_A_NAME`, and :data:`COVERAGE_WORDS` under
    tuning.Q25Q_COVERAGE_NO_NAME)."""
    return w in NOT_A_NAME or (K.Q25Q_COVERAGE_NO_NAME and w in COVERAGE_WORDS)


PERSON_NOUNS = frozenset(
    "guy man person expert analyst official speaker scientist politician diplomat minister "
    "ambassador envoy researcher chairman chair gentleman fellow representative one dude "
    "эксперт аналитик политолог министр посол дипломат чиновник представитель человек".split()
)
#: Russian question words typed in Latin letters ("osmonaliev kto on"): not part of a name
#: next to them (a name next to an unknown word is someone else's full name, "wang yi").
LATIN_RUSSIAN = frozenset(
    "kto chto shto eto on ona oni takoy takoi takaya takoj kakoy kakoi kakaya kakie "
    "kogda gde pochemu zachem skolko byl byla".split()
)
#: Person nouns that describe nobody in particular ("the guy from Kyrgyzstan").
GENERIC_NOUNS = frozenset(
    "guy man woman person people one fellow gentleman dude someone somebody человек мужчина".split()
)
GENERIC_PEOPLE = PERSON_NOUNS | frozenset(
    "which what person people someone somebody anyone anybody".split()
)


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

#: Words of small talk: a message of only these, greetings and stop words greets the bot ("how's
#: it going?", «как дела?», «что нового?»; tuning.Q24_SMALL_TALK). Beside another word they
#: are read as any word ("what's new in the treaty?").
SMALL_TALK = frozenset(
    "going goes doing new sup wassup whats hows "
    "дела делишки твои ваши поживаешь поживаете жизнь нового новенького слышно".split()
)
#: A sum typed with an operator ("2+2", "10*3", "6 / 2"; not "18-19", a span of days)
#: (tuning.Q24_ARITHMETIC).
_ARITHMETIC = re.compile(r"\d\s*[+*/×÷=^]\s*\d")
#: Words of praise or assent that, alone, say nothing to answer ("cool", "great", «круто»,
#: «понятно»; tuning.Q24_SMALL_TALK).
ASSENT = frozenset(
    "cool nice great awesome excellent perfect wow okay ok gotcha "
    "круто класс отлично супер здорово понятно ясно ок окей хорошо ладно".split()
)
#: Words of praise for the bot's answer, and what is praised ("good job", "great work", "well
#: done", «молодец», «отличная работа»; tuning.Q26F_PRAISE): a message of only these, greetings,
#: small talk and stop words, with one word of praise, is answered as a greeting. A praised
#: noun alone ("work?", "what work was done") praises nothing and is read as before.
PRAISE = frozenset(
    "well bravo brilliant amazing fantastic terrific superb impressive helpful useful best "
    "thx ty cheers kudos "
    "молодец молодцы умница браво благодарю спасибочки отличная отличный хорошая хороший "
    "классная классный полезно".split()
)
PRAISED = frozenset(
    "job work done one answer answers reply bot работа работу ответ ответы бот".split()
)
#: Russian question words that stay content words (text.STOP_WORDS says why): alone, with
#: stop words only, they ask nothing, as "why?" does (tuning.Q24_BARE_QUESTION_WORD).
BARE_QUESTION_WORDS = frozenset("почему отчего откуда".split())
#: Words that address the bot, and what people ask a bot about itself: a message of only these,
#: greetings, small talk and stop words asks about the bot ("who made you?", "what's your
#: name?", «как тебя зовут?»), and is answered as a greeting (tuning.Q24_ADDRESSED_TO_BOT).
BOT_ADDRESS = frozenset(
    "you your yours yourself ты тебя тебе тобой твой твоя твоё твое "
    "вы вас вам ваш ваша ваше".split()
)
BOT_META = frozenset(
    "made make created create built build name called call work works understand know think "
    "real old age live сделал сделали создал создали зовут звать имя работаешь умеешь можешь "
    "понимаешь знаешь живешь живёшь лет".split()
)
#: Saying one did not understand is small talk too ("i don't understand", «я не понял»), when
#: nothing else is said (tuning.Q24_ADDRESSED_TO_BOT).
NOT_UNDERSTOOD = frozenset("understand understood понял поняла понимаю непонятно неясно".split())

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

#: A time asked for by a phrase whose words the lists of text.WHEN_WORDS do not hold in every
#: form: «в каком месяце», «какого числа», "in which month", «в какие годы», "in which years"
#: (tuning.ASKED_TIME_WORDS).
ASKS_TIME = re.compile(
    r"\b(?:в\s+(?:каком|какой|каких|какие)\s+(?:месяце|году|день|годах|годы)|"
    r"(?:какого|какое)\s+числ\w*|"
    r"(?:какие|какая|какой|каковы)\s+(?:даты|дата|дни|день|годы)|"
    r"(?:in\s+)?(?:what|which)\s+(?:month|year|date|dates|day)|in\s+(?:what|which)\s+years)\b"
)
#: "After 2027", «после 2027»: a time after a year (tuning.AFTER_THE_LAST_YEAR).
AFTER_WORDS = frozenset("after beyond past после".split())
#: "Overall", "in general", "the gist", «в целом», «в общем»: the whole is asked, no topic
#: (tuning.OVERALL_NO_TOPIC).
OVERALL = re.compile(
    r"\b(?:overall|in\s+general|generally|in\s+short|broadly|gist|в\s+целом|в\s+общем)\b"
)
#: Requests to tell about something («расскажи про саммит»): no topic
#: (tuning.TELL_REQUEST_NO_TOPIC).
TELL_WORDS = frozenset("расскажи расскажите рассказать опиши опишите описать".split())
#: "Tell me about", "what do you know about", «расскажи про», «что известно о»: the bot is asked
#: to tell about something (tuning.TELL_ABOUT_SUMMIT).
TELL_ABOUT = re.compile(
    r"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:tell\s+(?:me|us)\s+(?:more\s+)?about|"
    r"what\s+do\s+you\s+know\s+about|info\s+(?:on|about)|"
    r"(?:расскажи|расскажите|опиши|опишите)(?:\s+мне)?(?:\s+(?:подробнее|побольше))?\s+(?:про|о|об)|"
    r"что\s+(?:ты\s+)?(?:знаешь|известно)\s+(?:про|о|об)|"
    r"rasskazhi(?:te)?\s+(?:pro|o|ob))\b"
)


#: Forms of address before a name ("Mr Tokayev", "Dr. Safarov", «господин Сафаров»): beside a
#: name the base knows, no topic (tuning.Q26P_HONORIFIC_NO_TOPIC).
HONORIFICS = frozenset(
    "mr mrs ms dr mister sir madam prof professor господин госпожа г-н доктор профессор".split()
)
#: The verbs of a request to be told ("tell me about"), no verb of someone's saying.
TELL_VERBS = frozenset("tell".split())
#: "Can you tell me who Tokayev is": "tell" before "who" asks who someone is
#: (tuning.Q26P_TELL_ABOUT_PERSON).
TELL_WHO = re.compile(r"\btell\s+(?:me|us)\s+(?:exactly\s+)?who\b")
#: Words that ask about a person and name no topic ("what is known about Wang Yi", "any info
#: on Xi", «что за человек Ван И», «информация о Токаеве», "rasskazhi pro tokaeva" before it is
#: read in Cyrillic): beside the name of someone the base does not quote, his card answers
#: (tuning.Q26P_TELL_ABOUT_PERSON).
ABOUT_PERSON_WORDS = frozenset(
    "known info information details detail more anything everything "
    "известно информация информацию информации сведения подробности человек человеке "
    "rasskazhi rasskazhite pro".split()
)


#: The noun of a year given with its digits ("in the year 2024", «2024 года»).
YEAR_NOUNS = frozenset("year год года году god goda godu".split())


def _any_year(word: str) -> bool:
    """Whether a question's word is a year the asker gives a summit named by its other words
    ("tell me about the 2024 astana summit", «… 2024 года»), or its noun: a premise the year
    checks put right (tuning.Q19_TELL_ABOUT_ANY_YEAR), not another topic."""
    return K.Q19_TELL_ABOUT_ANY_YEAR and ((word.isdigit() and len(word) == 4) or word in YEAR_NOUNS)


def summit_stems(index: Index) -> frozenset[str]:
    """The stems of the words that name a summit: its names, aliases, city, country and
    year, as the events of the base give them."""
    return _summits(index)[0]


def _summits(index: Index) -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]]:
    """The summits' words (Index.summits: names, marks, the words all share), derived once
    per index."""
    if index.summits is None:
        index.summits = _summit_words(index)
    return index.summits


def _summit_words(
    index: Index,
) -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]]:
    names: set[str] = set()
    own: dict[str, set[str]] = {}
    for ev in index.kb.events.values():
        texts = (ev.name, ev.name_ru or "", ev.city or "", ev.country, str(ev.year), *ev.aliases)
        for text in texts:
            for w in T.words(text, limit=None):
                if w not in T.STOP_WORDS:
                    names.add(index.word_canonical(w))
        words = [w for a in ev.aliases for w in T.words(a, limit=None)] + [str(ev.year)]
        own[ev.id] = {index.word_canonical(w) for w in words if w not in T.STOP_WORDS}
    counts: dict[str, int] = {}
    for stems in own.values():
        for st in stems:
            counts[st] = counts.get(st, 0) + 1
    marks = {ev: frozenset(st for st in stems if counts[st] == 1) for ev, stems in own.items()}
    shared = frozenset(st for st, n in counts.items() if own and n == len(own))
    return frozenset(names), marks, shared


#: "What came out of the summit", "how many agreements came out of it": its outcome
#: (tuning.CAME_OUT_IS_OUTCOME), the base's word :data:`OUTCOME`.
COME_OUT = re.compile(r"\b(?:came|come|comes|coming)\s+out\s+of\b")
OUTCOME = "outcome"
#: Adverbs of how precisely the answer is wanted ("specifically", «конкретно»): no topic
#: (tuning.EMPHASIS_NO_TOPIC); "exactly" is a stop word already.
EMPHASIS = frozenset(
    "specifically precisely particularly concretely exact "
    "конкретно конкретнее именно точнее".split()
)
#: "How many", "how much", «сколько»: a figure is asked (tuning.Q16_EMPHASIS_COUNT).
COUNT_WORDS = frozenset("many much сколько skolko".split())
#: A capital is a city: "what's the capital of kazakhstan" asks a place (tuning.CAPITAL_IS_WHERE).
CAPITAL_WORDS = frozenset("capital capitals столица столицы столице столицу столицей".split())
#: Requests to the bot that carry no topic: «напомни, в каком месяце...», "remind me when".
REQUEST_WORDS = frozenset("напомни напомните remind".split())
#: Russian «каков», «какова», «каково», «каковы» ("what is/are"): a question word, no topic
#: (tuning.KAKOV_NO_TOPIC). Counted as a word the base does not use, it refused «какова роль
#: Токаева на саммите» and «каков итог саммита».
KAKOV_WORDS = frozenset("каков какова каково каковы".split())
#: "Got signed", "get elected": the passive's auxiliary (tuning.GOT_PASSIVE).
GET_FORMS = frozenset("got get gets getting gotten".split())
#: A phrase of frequency: "every year", "every two years", "each year", "once a year", «каждый
#: год», «раз в два года», «ежегодно» (tuning.FREQUENCY_PHRASES). It asks how often, and is read
#: as the word OFTEN; knowledge/vocabulary.yaml makes "frequently", "annually", «часто» that word.
FREQUENCY = re.compile(
    r"\b(?:(?:every|each|once\s+(?:a|an|every|in)|twice\s+a|раз\s+в|каждый|каждые|каждого|"
    r"каждом|ежегодно|один\s+раз\s+в)\s+(?:\S+\s+)?(?:year|years|month|months|год|года|лет|"
    r"месяц)|how\s+often|как\s+часто)\b"
)
OFTEN = "often"
#: "Which/what/how many" before these asks for the participants, as "who attended" does:
#: "which presidents were at the summit", "what countries signed", «какие лидеры», «кто из
#: президентов». Not "which experts" or "which officials": the article quotes such people,
#: and a question naming them asks for someone's words.
COUNTRY_HEADS = frozenset("countries nations states страны стран государства государств".split())
PEOPLE_HEADS = COUNTRY_HEADS | frozenset(
    "presidents leaders heads президенты президентов президентами лидеры лидеров лидерами "
    "главы глав".split()
)
WHICH = frozenset("which what many какие какой каких какая кто сколько".split())
#: Words for the people who led the countries at a summit (tuning.LEADER_AT_SUMMIT,
#: tuning.PEOPLE_BY_NAME); the plurals ask for all of them even without a country.
LEADER_WORDS = frozenset(
    "leader president head лидер лидера лидером президент президента президентом глава главой "
    "главе".split()
)
LEADERS_WORDS = frozenset(
    "leaders presidents heads лидеры лидеров лидерами президенты президентов президентами "
    "главы глав главами".split()
)
#: Verbs of representing a country at a summit: «кто представлял туркменистан», "who came from
#: kyrgyzstan" ("came" only before "from").
REPRESENTED = frozenset(
    "represented representing represent представлял представляла представляли представляет "
    "came".split()
)
PEOPLE_BY_NAME_HEADS = LEADER_WORDS | LEADERS_WORDS | REPRESENTED
#: What a question for who led a country at a summit may say besides the leader, the country
#: and the summit (tuning.LEADER_AT_SUMMIT): being there, a list, a name.
AT_SUMMIT_WORDS = frozenset(
    "attended attend attending participated participate took part present there came from "
    "list name names участвовал участвовали присутствовал был были список имя имена зовут".split()
)
#: The United States named in a question: "US", "U.S.", "USA" in capitals, «США» in any case
#: (tuning.US_IS_A_COUNTRY); unless the question speaks of US dollars.
US_COUNTRY = re.compile(r"\b(?:US|U\.S\.|USA|U\.S\.A\.)(?![\w.])|(?i:\bсша\b)|(?i:united\s+states)")
_DOLLARS = re.compile(r"(?i:\bus\s*\$|\busd\b|\bus\s+dollars?\b|доллар\w*\s+сша)")
#: The stem the United States is read as: no word of the base.
US_STEM = "\x00united states"
#: How "who is <someone described>" opens (tuning.WHO_IS_THE_ONE_QUOTED).
WHO_IS_OPENINGS = frozenset(
    {
        ("who", "is"),
        ("who", "was"),
        ("who", "s"),
        ("whos", "the"),
        ("кто", "такой"),
        ("кто", "такая"),
        ("кто", "это"),
    }
)
#: A name and then "who is this/he" ("lin czyan kto eto", "osmonaliev kto on", and its Cyrillic
#: reading «лин цзян кто ето»): the name is the words before (tuning.Q24M_NAME_THEN_WHO).
_NAME_THEN_WHO = re.compile(
    r"^\s*(?P<slot>.+?)\s+(?:kto|кто)\s+"
    r"(?:eto|on|ona|takoy|takoi|takaya|takoj|это|ето|он|она|такой|такая)\s*[?.!]*\s*$"
)
#: The Cyrillic "this", "he", "she" after «кто», also as a Latin "eto" reads back («ето»).
_THIS_ONE = frozenset("это ето он она".split())
#: Participles of quoting that describe someone met in a text: "the expert quoted in ...".
QUOTED_PARTICIPLES = frozenset(
    "quoted cited mentioned featured interviewed цитируют цитируется цитировали упомянутый "
    "упоминается".split()
)
#: Words that ask where a person is from ("what nationality is Safarov"; «откуда Сафаров
#: родом» is read by "where"): the country on their card.
ORIGIN_WORDS = frozenset(
    "nationality citizen citizenship national гражданство национальность".split()
)
#: Verbs of where a person comes from or whom they stand for ("come from", "represent"):
#: with :data:`ORIGIN_WORDS`, a question the card answers (tuning.Q15_ORIGIN_CLAIM_ASKS_CARD).
ORIGIN_VERBS = frozenset(
    "come comes came hail hails originally represent represents represented".split()
)


def _comes_from(ws: Sequence[str]) -> bool:
    """Whether the words ask where a person is from: "come/came/hail ... from", "represent"."""
    verbs = ORIGIN_VERBS.intersection(ws)
    return bool(verbs) and ("from" in ws or not verbs.isdisjoint({"represent", "represents"}))


#: Words that ask about someone's office besides its own words: "in which country", "job".
OFFICE_QUESTION_WORDS = frozenset(
    "country job position post office title work works worked страна стране страну страны "
    "должность должности работа работе работает работал работала".split()
)
#: Words that ask who someone is: "who", "which", "name", «кто», «как зовут».
ASKS_WHO = frozenset("who whom which name names кто какой какая имя зовут".split())
#: The future: who will lead a country at a summit is no record's (tuning.LEADER_AT_SUMMIT).
FUTURE = frozenset("will going gonna next upcoming future будет будут следующем следующий".split())

#: English auxiliaries of the future before a verb of saying ("what *will* safarov say", "is he
#: *going to* speak", "*gonna* say"): words not yet said (tuning.Q13_FUTURE_WORDS).
_FUTURE_AUX = frozenset("will ll gonna shall".split())
#: Verbs of saying in their base form, as they follow a future auxiliary.
_SAY_BASE = frozenset("say speak talk tell comment state announce propose declare".split())
#: Russian verbs of saying whose future forms («скажет», «заявит», «будет говорить») ask for
#: words not yet said (their dictionary forms, as pymorphy3 gives them).
_SAY_LEMMAS_RU = frozenset(
    "сказать заявить говорить выступить сообщить высказаться рассказать отметить "
    "подчеркнуть предложить упомянуть".split()
)


def asks_future_words(words: Sequence[str]) -> bool:
    """Whether a question asks for words not yet said: a future auxiliary a few words before a
    verb of saying ("what will safarov say", "what is he going to say at the next summit"), or
    a Russian verb of saying in the future («что скажет Сафаров», «что будет говорить»). The
    base holds words already said; a past quote would read as the answer (tuning.
    Q13_FUTURE_WORDS). "What did he say will happen" puts the auxiliary after the verb: past."""
    ws = list(words)
    for i, w in enumerate(ws):
        going = w == "going" and i + 1 < len(ws) and ws[i + 1] == "to"
        if (w in _FUTURE_AUX or going) and _SAY_BASE.intersection(ws[i + 1 : i + 5]):
            return True
        if T.is_cyrillic(w) and _future_say_ru(w, ws[i + 1] if i + 1 < len(ws) else ""):
            return True
    return False


def _future_say_ru(word: str, after: str) -> bool:
    """«скажет», «заявят» (a perfective verb of saying, future), or «будет»/«будут» before one
    («будет говорить»)."""
    if word in ("будет", "будут", "буду"):
        return bool(after) and T.lemma_ru(after) in _SAY_LEMMAS_RU
    if T.lemma_ru(word) not in _SAY_LEMMAS_RU or not word.isalpha():
        return False
    try:
        parses = T.morph().parse(word)  # text.py's one analyser, shared
    except ValueError:  # as in text.lemma_ru: a letter Unicode has no name for
        return False
    return bool(parses) and "futr" in parses[0].tag


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
    #: People a name of the question fits equally (a shared surname: "what did Safarov say"
    #: with two Safarovs in the base), in base order: the answer is "several people fit",
    #: never the first of them.
    namesakes: tuple[str, ...] = ()
    #: A statement asked with a question mark and no question word ("the second summit was
    #: in tashkent?", «первый саммит прошёл в Пекине?»): a yes/no question by its intonation
    #: (tuning.YES_NO_BY_MARK).
    yes_no_mark: bool = False
    #: A person put after a "who" question as a guess ("who put forward the spirit,
    #: tokayev?"): no person the question is about; the answer checks the guess
    #: (tuning.WHO_GUESS).
    guessed: str | None = None
    #: The items of a comma-separated list in the message, as typed ("first summit,
    #: secretariat launch, second summit"): each a thing asked about (tuning.LISTED_ITEMS).
    listed: tuple[str, ...] = ()
    #: A description beside the one name the question gives that does not fit the person named
    #: ("the Tajik foreign minister" of Safarov), as written; "" when none or it fits
    #: (tuning.Q19Q_NAME_DESCRIBED): the answer puts it right before his words.
    described_as: str = ""
    #: Blame put to the person named ("Safarov criticized China for ...", «Сафаров критиковал
    #: Китай»): his words are checked, never confirmed (tuning.Q21_BLAME_PUT_TO_NAMED).
    blamed: bool = False
    #: A person named after the verb of saying where a title before it asks for another
    #: ("which tajik guy talked about osmonaliyev"): whom the words were about, not their
    #: speaker (tuning.Q21Q_NAME_AS_TOPIC); "" when none.
    topic_person: str = ""
    #: ``described_as`` is what the question says the person is ("Safarov is the Kyrgyz
    #: political scientist, right?", «Осмоналиев — посол Кыргызстана в Китае, да?"): the
    #: question asks who he is (tuning.Q22_NAME_IS_DESCRIBED).
    described_pred: bool = False
    #: The country of a head of state the question says stayed away ("why didn't Mirziyoyev
    #: come to Astana", «Почему Мирзиёев не приехал в Астану?»): read as the country's absence
    #: (tuning.Q26F_ABSENT_LEADER); "" when none.
    absent_party: str = ""

    @property
    def content(self) -> tuple[str, ...]:
        return tuple(t.stem for t in self.terms)


def _is_russian(words: list[str]) -> bool:
    cyr = sum(1 for w in words if T.is_cyrillic(w))
    return cyr > 0 and cyr * 2 >= len(words)


#: Words after which a Russian surname stands in the genitive: "слова Нагаспаева" is the words
#: of (male) Nagaspayev, "цитата Сафарова" a quote of Safarov; a nominative "Сафарова" (who is
#: Сафарова) is the female surname.
GENITIVE_BEFORE = frozenset(
    "слова словам цитата цитаты цитату цитат мнение мнения зрения у от высказывание "
    "высказывания заявление заявления позиция позиции речь речи".split()
)
#: Russian case endings of a surname in -ов/-ев/-ин, longest first: what is cut (and what is
#: put back) to read the nominative. The female oblique -ой is the female nominative in -а.
_CASE_ENDINGS = (("ым", ""), ("ом", ""), ("ой", "а"), ("у", ""), ("е", ""), ("а", ""))
_SURNAME_STEM = ("ов", "ев", "ёв", "ин", "ын")


def _name_forms(word: str, genitive: bool) -> list[str]:
    """Latin spellings to look a (Russian-inflected) name word up by, most likely first.

    A Cyrillic surname in an oblique case is read back to its nominative: "нагаспаевым" →
    nagaspaev. "-ова"/"-ева" is ambiguous (the male genitive or the female nominative): after a
    word that governs the genitive it is the male, otherwise the female, then the male."""
    forms = [word]
    if T.is_cyrillic(word):
        for end, put in _CASE_ENDINGS:
            base = word[: -len(end)]
            if not word.endswith(end) or len(base) < 3:
                continue
            if base.endswith(_SURNAME_STEM):
                if end == "а" and genitive:
                    forms.insert(0, base)
                else:
                    forms.append(base + put)
            else:
                # Any other name declines like a noun: "Рахмона", "Рахмоном" are Rahmon. Only
                # looked up exactly, so a common word never becomes a name this way.
                forms.append(base)
            break
    return [T.latin(f) for f in forms]


def _crowded(index: Index, token: str) -> bool:
    """Whether another person's name token is as close to ``token`` as a typo may be: then a
    typo must be closer (Japarov is not a typo of Jafarov when Safarov is also in the base)."""
    owners = index.name_lookup.get(token, set())
    near = fuzzy_all(token, index.trigram_names, K.NAME_SIMILARITY)
    return any(index.name_lookup[t] - owners for t, _ in near if t != token)


def _word_owners(index: Index, word: str, genitive: bool) -> frozenset[str]:
    """The people a word names: exactly (a name token, in any case form), else as a typo."""
    forms = _name_forms(word, genitive)
    for form in forms:
        exact = index.name_lookup.get(form)
        if exact:
            return frozenset(exact)
    if T.is_dictionary_word(word):
        # A real word is not a misspelt name: "мира" (of the world) is not "Mirza".
        return frozenset()
    if K.Q26P_LATIN_SURNAME_NO_TYPO and russian_name_in_latin(word):
        # ... nor is a Russian word or surname typed in Latin letters: "Tokarev" and
        # "Safronov" are other men's names (the dictionary knows «Токарев», «Сафронов»), not
        # typos of Tokayev and Safarov; "who is Tokarev" showed Tokayev's card, "tell me
        # about Safronov" Safarov's words. As the Cyrillic spelling is already judged above.
        return frozenset()
    lw = T.latin(word)
    best = fuzzy_lookup(lw, index.trigram_names, K.NAME_SIMILARITY)
    if best is None:
        return frozenset()
    if best[1] * 100.0 < K.NAME_SIMILARITY_CROWDED and _crowded(index, best[0]):
        return frozenset()
    owners: set[str] = set()
    for tok in (best[0], *best[2]):  # equally close tokens: each one's owners fit
        owners |= index.name_lookup[tok]
    return frozenset(owners)


def _name_hits(index: Index, words: list[str]) -> list[tuple[tuple[int, ...], tuple[str, ...]]]:
    """The names a question holds: (word positions, people the name fits, by id: the same
    in every file order).

    Adjacent name words are one name, and it fits the people every word fits ("farrukh
    safarov" is Farrukh, "safarov" alone both Safarovs). A name next to an unknown word ("wang
    yi") is somebody else's full name: it names nobody in the base."""
    owners: dict[int, frozenset[str]] = {}
    for i, w in enumerate(words):
        if w in T.STOP_WORDS or w.isdigit():
            continue
        if len(w) < K.MIN_REPAIR_LEN:
            # "xi", "си": a short name is matched exactly only (fuzzy matching on two letters
            # would name anyone).
            exact = index.short_name_lookup.get(T.latin(w))
            if exact:
                owners[i] = frozenset(exact)
            continue
        found = _word_owners(index, w, i > 0 and words[i - 1] in GENITIVE_BEFORE)
        if found:
            owners[i] = found
    groups: list[list[int]] = []
    for i in sorted(owners):
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[tuple[tuple[int, ...], tuple[str, ...]]] = []
    for g in groups:
        fit = frozenset.intersection(*(owners[i] for i in g))
        if not fit:  # no one holds the whole name: each part's people fit
            fit = frozenset.union(*(owners[i] for i in g))
        beside = [j for j in (g[0] - 1, g[-1] + 1) if _foreign_name_word(index, words, j)]
        if beside and K.Q30N_NAME_SPELLING and len(fit) == 1:
            # «Кто такой Ву Инцинь?», "who is Vu Yingqin": the unknown word beside the name
            # spells the rest of that person's own name, not somebody else's
            # (tuning.Q30N_NAME_SPELLING). Only a question of the name alone: "who is Vu
            # Yingqin's deputy" may be about somebody else, whom the card would not answer.
            spelt = [j for j in beside if _spells_own_name(index, next(iter(fit)), words[j])]
            rest = [w for j, w in enumerate(words) if j not in g and j not in spelt]
            if len(spelt) == len(beside) and all(
                T.is_stop_word(w) or w in WHO or w in T.WHO_IS_WORDS for w in rest
            ):
                g = sorted({*g, *spelt})
                beside = []
        if beside:
            continue
        out.append((tuple(g), tuple(sorted(fit))))
    return out


def _spelling_key(word: str) -> str:
    """A name word's spelling with the letters transliterations swap folded: Latin (Cyrillic
    read in Latin letters), "w" read as "v" (Wu, Ву, Vu; Wang, Ван, Vang)."""
    return T.latin(word.casefold()).replace("w", "v")


def _spells_own_name(index: Index, person: str, word: str) -> bool:
    """Whether an unknown word is one of the person's own name words as another alphabet or
    transliteration spells it («Ву», "Vu" for Wu Yingqin's "Wu") (tuning.Q30N_NAME_SPELLING).
    Only that: "Li Yingqin" or "Lu Yingqin" is somebody else, whose name is no spelling of
    "Wu"."""
    p = index.kb.people.get(person)
    if p is None:
        return False
    own = {_spelling_key(w) for text in (p.name, *p.aliases) for w in T.words(text)}
    return _spelling_key(word) in own


def _foreign_name_word(index: Index, words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is an unknown word that may be part of a name (not a stop or
    intent word, not a number, not a word of the base or a typo of one)."""
    if i < 0 or i >= len(words):
        return False
    w = words[i]
    if not w.isalpha() or T.is_stop_word(w) or T.is_intent_word(w) or w in GENITIVE_BEFORE:
        return False
    if w in NOT_A_NAME or w in TITLES or T.is_dictionary_word(w):
        return False
    if K.LATIN_RUSSIAN_WORDS and w in LATIN_RUSSIAN:
        return False
    return not index.term(w).known


#: The same test for the matcher (tuning.Q19_REPRESENTED_TRAP reads a name beside a verb).
foreign_name_word = _foreign_name_word


#: Qualifiers of an office that change who holds it: a former holder is not the current one,
#: a deputy is not the office itself. [former, deputy], English and Russian.
FORMER_WORDS = T.FORMER_WORDS
CURRENT_WORDS = frozenset("current present incumbent нынешний действующий".split())
#: Words that ask who holds an office now ("who is kyrgyzstan's ambassador to azerbaijan now",
#: «кто сейчас посол»): a former holder does not fit (tuning.Q16_NOW_IS_CURRENT).
NOW_WORDS = frozenset(
    "now currently today nowadays сейчас теперь нынче ныне нынешнего нынешним действующего "
    "текущий sejchas seychas".split()
)
DEPUTY_WORDS = frozenset("deputy vice заместитель заместителя замминистра вице".split())


@dataclass(frozen=True)
class _RoleHits:
    """What :func:`_role_hits` found: the people picked, the stems the description used, and
    whether it fitted several people equally (then nobody is picked and the question is not
    treated as naming someone unknown), with those people when they can be offered."""

    people: list[str]
    used: set[str]
    several: bool = False
    fitting: tuple[str, ...] = ()


def _qualifier_stems(index: Index, words: frozenset[str]) -> frozenset[str]:
    known = index.qualifier_memo.get(words)
    if known is None:
        known = index.qualifier_memo[words] = frozenset(index.word_canonical(w) for w in words)
    return known


def asks_now(words: Sequence[str]) -> bool:
    """Whether a question asks of an office now (:data:`NOW_WORDS`), before any verb of
    saying: after one, "now" is the claim's ("a Kyrgyz diplomat said the countries now decide
    for themselves") (tuning.Q16_NOW_IS_CURRENT)."""
    said = next((i for i, w in enumerate(words) if T.is_say_word(w)), len(words))
    return not NOW_WORDS.isdisjoint(words[:said])


def fits_qualifiers(index: Index, person: str, words: Sequence[str]) -> bool:
    """Whether the person's office fits the question's qualifiers: "deputy" both or neither;
    "former"/"ex" asked → the person is a former holder (a question without it may still
    mean a former one: "who was ...")."""
    own = index.person_stems.get(person, frozenset())
    deputy = not own.isdisjoint(_qualifier_stems(index, DEPUTY_WORDS))
    former = not own.isdisjoint(_qualifier_stems(index, FORMER_WORDS))
    asks_deputy = not DEPUTY_WORDS.isdisjoint(words)
    asks_former = not FORMER_WORDS.isdisjoint(words)
    asks_current = not CURRENT_WORDS.isdisjoint(words) or (K.Q16_NOW_IS_CURRENT and asks_now(words))
    return deputy == asks_deputy and (former or not asks_former) and not (former and asks_current)


def other_office(index: Index, person: str, words: Sequence[str]) -> bool:
    """Whether the question asks for another office than the person's by a word right before
    its title (text.OTHER_OFFICE_WORDS: "the *prime* minister of kazakhstan", «*премьер*-
    министр»): no minister of industry is it (tuning.L30_OFFICE_NOBODY_HOLDS). "Prime", a word
    of no record, was passed over, and "what did the prime minister of kazakhstan say" showed
    Nagaspayev's words."""
    own = index.person_stems.get(person, frozenset())
    return any(
        w in T.OTHER_OFFICE_WORDS and nxt in TITLES and index.word_canonical(w) not in own
        for w, nxt in itertools.pairwise(words)
    )


#: Words before the country an ambassador or envoy is sent to: "ambassador *to* Azerbaijan",
#: "посол *в* Азербайджане".
DESTINATION_BEFORE = frozenset("to in в во".split())


def _destinations(index: Index, words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The countries the question names only as a destination ("Kyrgyzstan's ambassador to
    Azerbaijan": Azerbaijan), and the others (Kyrgyzstan)."""
    dest: set[str] = set()
    other: set[str] = set()
    for i, w in enumerate(words):
        c = index.word_canonical(w)
        if c in index.people_by_country:
            (dest if i > 0 and words[i - 1] in DESTINATION_BEFORE else other).add(c)
    return frozenset(dest - other), frozenset(other)


def _reversed(index: Index, person: str, countries: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether the question describes the person's office the other way round: the person is
    from the destination and posted to the other country ("Kyrgyzstan's ambassador to
    Azerbaijan" is not Azerbaijan's ambassador to Kyrgyzstan)."""
    dest, other = countries
    own = index.person_stems.get(person, frozenset())
    return index.person_country.get(person) in dest and not other.isdisjoint(own)


def _modifiers(index: Index, words: list[str], nouns: frozenset[str]) -> list[str]:
    """Words that narrow a person noun: those between a nationality and it ("the Turkmen
    *foreign* minister"), and those after "of" ("minister of *foreign affairs*"). Words of one
    or two letters ("minister of industry n construction") narrow nothing."""
    out: list[str] = []
    for i, w in enumerate(words):
        if index.word_canonical(w) not in nouns:
            continue
        j = i - 1
        while j >= 0 and _is_modifier(index, words[j]):
            j -= 1
        if j >= 0 and j < i - 1 and index.word_canonical(words[j]) in index.people_by_country:
            out += words[j + 1 : i]  # only between a nationality and the noun
        if i + 1 < len(words) and words[i + 1] in {"of", "for"}:
            j = i + 2
            while j < len(words) and _is_modifier(index, words[j]):
                out.append(words[j])
                j += 1
        elif K.Q16_RU_MODIFIERS_AFTER and T.is_cyrillic(w):
            # «министр энергетики Казахстана», «министр по энергетике»: a Russian office is
            # narrowed by the words after its noun (in the genitive), as an English one by the
            # words before it; read as nothing, they made Nagaspayev, the industry minister,
            # the energy minister, and his words were shown for him.
            j = i + 1 + (i + 1 < len(words) and words[i + 1] == "по")
            while (
                j < len(words)
                and _is_modifier(index, words[j])
                and _narrows_ru(words[j])
                and not is_proper_noun(words[j])
            ):
                out.append(words[j])
                j += 1
    return out


def _narrows_ru(word: str) -> bool:
    """Whether a Cyrillic word may narrow an office after its noun («энергетики», «иностранных
    дел», a transliterated «енергетики» pymorphy3 only guesses): anything but a verb, an adverb
    or a gerund in its likeliest reading («похвалил» is what the person did, not the office)."""
    try:
        parses = T.morph().parse(word)  # text.py's one analyser, shared
    except ValueError:  # a letter Unicode has no name for
        return False
    if not parses:
        return True
    tag = parses[0].tag
    return not any(k in tag for k in ("VERB", "INFN", "GRND", "ADVB", "PRTS"))


def _is_modifier(index: Index, word: str) -> bool:
    if T.is_stop_word(word) or T.is_intent_word(word) or word in WHO or word in SAY:
        return False
    if word in FORMER_WORDS or word in DEPUTY_WORDS or word in PERSON_NOUNS or len(word) <= 2:
        return False
    stem = index.word_canonical(word)
    return stem not in index.people_by_country and not word.isdigit()


def _fits_modifiers(index: Index, person: str, modifiers: list[str]) -> bool:
    own = index.person_stems.get(person, frozenset())
    for w in modifiers:
        t = index.term(w)
        if t.stem not in own and own.isdisjoint(t.alts):
            return False
    return True


#: Words before "one" that make it a thing in a series, not a person ("the second one", "the
#: next one", "the last one").
_SERIES_BEFORE = frozenset("next last previous latest upcoming same".split())


def _thing_one(words: list[str], i: int) -> bool:
    """Whether words[i] is "one" after an ordinal or a word of a series ("why was the second
    one in kazakhstan": the second summit; it was read as "the Kazakh one", a person)."""
    if words[i] != "one" or i == 0:
        return False
    before = words[i - 1]
    return (
        before in N.ORDINALS
        or before in _SERIES_BEFORE
        or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", before))
    )


#: A country's leader or head is its head of state or government (tuning.
#: Q24_LEADER_IS_HEAD_OF_STATE): the words, and the offices that are one.
COUNTRY_LEADER_WORDS = frozenset(
    "leader leaders head heads лидер лидера лидером лидеру глава главы главой главе".split()
)
HEAD_OF_STATE_WORDS = frozenset(
    "president premier prime chancellor king президент премьер канцлер".split()
)


def head_of_state_stems(index: Index) -> frozenset[str]:
    """The stems of the offices that are a country's head of state or government: what a
    country's "leader" holds (tuning.Q24_LEADER_IS_HEAD_OF_STATE)."""
    return _qualifier_stems(index, HEAD_OF_STATE_WORDS)


def _role_hits(index: Index, stems: set[str], words: list[str]) -> _RoleHits:
    """People named by a role phrase or by nationality + person noun, and the stems used.

    An office, its country and its qualifiers must all fit: "the Turkmen foreign minister" is
    not the Turkmen transport minister, "the ex ambassador" not the current one, "the chairman"
    not the deputy chairman.

    Nothing here depends on the order a set is iterated in (that changes with the process's
    hash seed): the people come in base order, and the stems used are those of *every* role
    phrase that matched, not of whichever phrase was met first.
    """
    # "One" is a person noun ("the Chinese one") and reads "1", as "first" does: a number is a
    # person noun only when the question has the noun itself, never for "first" or "1".
    said = {
        index.word_canonical(w)
        for i, w in enumerate(words)
        if w in PERSON_NOUNS and not (K.ORDINAL_ONE_IS_NO_PERSON and _thing_one(words, i))
    }
    nouns = frozenset(s for s in _person_noun_stems(index) & stems if not s.isdigit() or s in said)
    modifiers = _modifiers(index, words, nouns)

    destinations = _destinations(index, words)

    def fits(person: str) -> bool:
        return (
            fits_qualifiers(index, person, words)
            and _fits_modifiers(index, person, modifiers)
            and not _reversed(index, person, destinations)
            and not (K.L30_OFFICE_NOBODY_HOLDS and other_office(index, person, words))
        )

    # A former holder's phrases count without "former" too: "who was Kyrgyzstan's ambassador to
    # Azerbaijan" fits the former ambassador as well as the current one.
    former = _qualifier_stems(index, FORMER_WORDS)
    matched: dict[str, list[frozenset[str]]] = {}
    # "The political scientists association guy": a generic person noun in the place of the
    # phrase's own title (tuning.Q16_GENERIC_TITLE).
    loose = _generic_noun_stems(index) & stems if K.Q16_GENERIC_TITLE else frozenset()
    person_nouns = _person_noun_stems(index)
    for stem in sorted(stems):
        for phrase, person in index.role_index.get(stem, ()):
            missing = phrase - former - stems
            if not missing:
                matched.setdefault(person, []).append(phrase & stems)
            elif (
                loose
                and len(missing) == 1
                and missing <= person_nouns - _generic_noun_stems(index)
                and len((phrase - former) & stems) >= 2
            ):
                matched.setdefault(person, []).append((phrase & stems) | loose)
    used: set[str] = set()  # role words are not the topic, also those of people not kept
    for phrases in matched.values():
        for phrase in phrases:
            used |= phrase
    found = sorted((p for p in matched if fits(p)), key=_base_order(index))
    if len(found) > 1:
        # Several roles matched: keep the people whose role phrase is the most specific.
        size = {p: max(len(ph - former) for ph in matched[p]) for p in found}
        top = max(size.values())
        found = [p for p in found if size[p] == top]
        kept = [max(matched[p], key=lambda ph: (len(ph - former), sorted(ph))) for p in found]
        if any(a & b for a, b in itertools.combinations(kept, 2)):
            # One description that fits several people ("the Kyrgyz ambassador to Azerbaijan":
            # the current and the former one): nobody is picked; they are offered. (Disjoint
            # descriptions, "the analyst and the minister", name several people.)
            return _RoleHits([], used, True, tuple(sorted(found)))
    if found:
        if used and not EITHER.isdisjoint(words):
            # "the Kazakh minister or the Kyrgyz guy": the words the role phrase left may
            # describe a second person, loosely (nationality and title), as on their own.
            other = _role_hits(index, stems - used, words)
            extra = [p for p in other.people if p not in found]
            return _RoleHits([*found, *extra], used | (other.used if extra else set()))
        return _RoleHits(found, used)
    countries = sorted(c for c in stems if c in index.people_by_country)
    # A nationality and a title describe a quoted person loosely ("the Tajik expert"); a
    # person the base never quotes is named by name or by an exact role phrase only, so
    # "the Chinese ambassador" is not taken for the Chinese president.
    people = [p for c in countries for p in quoted_from(index, c)]
    if nouns and len(people) > K.MAX_COUNTRY_PEOPLE:
        # So many people of that nationality that a description by nationality and title
        # names nobody in particular (exact role phrases were tried above).
        return _RoleHits([], used if matched else set(), nouns <= _generic_noun_stems(index))
    if nouns and people:
        generic = nouns <= _generic_noun_stems(index)
        titles = nouns - _generic_noun_stems(index)
        # The title must be the person's: "the Chinese ambassador to Kazakhstan" is not a
        # Kazakh minister, however many of the words his role shares.
        people = [
            p
            for p in people
            if generic or (fits(p) and not titles.isdisjoint(index.person_stems.get(p, ())))
        ]
        if (
            K.Q24_LEADER_IS_HEAD_OF_STATE
            and titles
            and titles <= _qualifier_stems(index, COUNTRY_LEADER_WORDS)
            and all(w in COUNTRY_LEADER_WORDS for w in words if index.word_canonical(w) in titles)
        ):
            # "the tajik leader", "the leader of tajikistan": the head of state, not whoever
            # heads something there (Safarov "heads" an association of political scientists).
            heads = head_of_state_stems(index)
            people = [p for p in people if not heads.isdisjoint(index.person_stems.get(p, ()))]
        if not people:
            return _RoleHits([], used)
        # The most words of a role in common wins: "kyrgyzstan's ambassador to
        # azerbaijan" is the former ambassador even among other Kyrgyz people.
        overlap = {
            p: max((len(ph & stems) for ph in _roles_of(index, p)), default=0) for p in people
        }
        top = max(overlap.values())
        best = [p for p in people if overlap[p] == top]
        if len(best) == 1 and generic and _unknown_qualifier(index, words):
            # "the richest person in Kazakhstan": a loose description with a word the base
            # does not know says something about someone the base knows nothing of; it is
            # not the one Kazakh the base quotes.
            return _RoleHits([], used)
        if len(best) == 1:
            return _RoleHits(best, used | nouns | set(countries))
        if generic:
            # "the guy from X" fits several people: nobody is picked, nobody is unknown.
            return _RoleHits([], set(), True)
        return _RoleHits([], used | nouns | set(countries), True, tuple(best))
    return _RoleHits([], used)


#: A place named as a venue: after these prepositions ("in Astana", «в Астане»), or before a
#: word read as one of :data:`VENUE_NOUNS` (knowledge/synonyms.yaml: "the Astana summit",
#: "meeting", «встреча», "the Astana declaration").
VENUE_BEFORE = frozenset("in at во в v vo".split())
VENUE_NOUNS = ("summit", "declaration")


def as_venue(index: Index, words: Sequence[str], i: int) -> bool:
    """Whether the place name at ``words[i]`` is named as a venue ("in Beijing", "the Astana
    summit"): a place, not the country its people come from."""
    if i and words[i - 1] in VENUE_BEFORE:
        return True
    if i + 1 < len(words):
        venues = {index.term(n).stem for n in VENUE_NOUNS}
        return index.term(words[i + 1]).stem in venues
    return False


#: What puts a capital to a person: "from" before it ("someone from Dushanbe", «кто-то из
#: Астаны»), or a title right after it or one word further ("Bishkek's man", "Tashkent's foreign
#: minister"; the reader drops the "'s"). "One" is no title here: "the Astana one" is a summit.
CAPITAL_FROM = frozenset("from из iz".split())
CAPITAL_TITLES = TITLES - {"one"}


def _capital_spelled(index: Index, word: str) -> str | None:
    """The country whose capital ``word`` spells (knowledge/vocabulary.yaml ``capitals``), in
    any case form («Астаны»), or None."""
    capitals = index.kb.capitals
    if not capitals:
        return None
    country = capitals.get(word)
    if country is None:
        own = T.stem(word)
        country = next((c for w, c in capitals.items() if T.stem(w) == own), None)
    return country


def _capital_of(index: Index, words: Sequence[str], i: int) -> str | None:
    """The country whose capital ``words[i]`` spells, in any case form («из Астаны»), unless
    the capital is named as a venue (:func:`as_venue`)."""
    country = _capital_spelled(index, words[i])
    if country is None or as_venue(index, words, i):
        return None
    return country


def _venue_capital(index: Index, words: Sequence[str], word: str) -> bool:
    """Whether ``word`` is a capital of knowledge/vocabulary.yaml named as a venue ("the
    second summit in Bishkek", «саммит в Ташкенте»): a place a summit is put in, which the
    place checks put right when no summit was held there (tuning.Q28_TELL_ABOUT_VENUE)."""
    return _capital_spelled(index, word) is not None and any(
        w == word and as_venue(index, words, i) for i, w in enumerate(words)
    )


def _put_to_person(words: Sequence[str], i: int) -> bool:
    """Whether the place name at ``words[i]`` describes a person: after "from" or before a
    title (:data:`CAPITAL_FROM`, :data:`CAPITAL_TITLES`)."""
    return (i > 0 and words[i - 1] in CAPITAL_FROM) or not CAPITAL_TITLES.isdisjoint(
        words[i + 1 : i + 3]
    )


def capital_country(index: Index, words: Sequence[str], i: int) -> str | None:
    """The country (its word in knowledge/vocabulary.yaml, ``capitals``) whose capital
    ``words[i]`` spells, in any case form («из Астаны»), when it describes a person (after
    "from", before a title) and is not named as a venue (:func:`as_venue`): "someone from
    Dushanbe" is a Tajik; "the summit in Astana", "kyrgyz president astana 2025" name a place
    (tuning.CAPITALS_AS_COUNTRIES)."""
    if not K.CAPITALS_AS_COUNTRIES:
        return None
    return _capital_of(index, words, i) if _put_to_person(words, i) else None


#: Words before a place that make it a place ("in/to/from Beijing", «в Пекин», «из Пекина»):
#: a venue, a destination or an origin, never the state a claim is about
#: (tuning.Q13_CAPITAL_AS_STATE).
_PLACE_BEFORE = frozenset(
    "in at to into from near around through via on в во на из к до v iz".split()
)


def capital_as_state(index: Index, ws: Sequence[str], i: int) -> str | None:
    """The state (its word in knowledge/vocabulary.yaml, ``capitals``) whose capital
    ``ws[i]`` spells when it stands for the state, as the subject of a claim does ("who said
    Beijing is taking a proactive role"): not named as a venue, destination or origin
    (:data:`_PLACE_BEFORE`, :func:`as_venue`: "the 2022 summit in Beijing" stays a place)
    (tuning.Q13_CAPITAL_AS_STATE)."""
    if not K.Q13_CAPITAL_AS_STATE or (i and ws[i - 1] in _PLACE_BEFORE):
        return None
    return _capital_of(index, ws, i)


def quoted_from(index: Index, country: str) -> list[str]:
    """The people of a country (by its stem) whose words the base holds, in the base's order:
    who a description by nationality may name ("the Tajik expert", "anyone from Tajikistan")."""
    return list(index.quoted_by_country.get(country, ()))


def _base_order(index: Index) -> Callable[[str], int]:
    """Sort key: a person's position in the base (a fixed order, the same in every process)."""
    return lambda person: index.by_id.get(person, len(index.entries))


def _roles_of(index: Index, person: str) -> tuple[frozenset[str], ...]:
    return index.person_roles.get(person, ())


def _generic_noun_stems(index: Index) -> frozenset[str]:
    return _noun_stems(index)[1]


def _person_noun_stems(index: Index) -> frozenset[str]:
    return _noun_stems(index)[0]


def _noun_stems(index: Index) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the person nouns and of the generic ones, once per index (Index.noun_stems)."""
    if index.noun_stems is None:
        index.noun_stems = (
            frozenset(index.word_canonical(n) for n in PERSON_NOUNS),
            frozenset(index.word_canonical(n) for n in GENERIC_NOUNS),
        )
    return index.noun_stems


def _slot(
    patterns: tuple[re.Pattern[str], ...],
    text: str,
    stop: frozenset[str] | None = None,
    *,
    clause: bool = False,
) -> str | None:
    """The first slot the patterns find; with ``clause``, an unnamed speaker after a clause
    joiner is the slot (:func:`_speaker_after_clause`)."""
    for pat in patterns:
        m = pat.search(text)
        if m:
            raw = _speaker_after_clause(m.group("slot")) if clause else m.group("slot")
            if K.Q27Q_ABOUT_NOT_SPEAKER and raw.split()[:1] and raw.split()[0] in _ABOUT_WORDS:
                # «цитата про общие ценности»: what the words are about, no speaker's name
                # (tuning.Q27Q_ABOUT_NOT_SPEAKER).
                continue
            found = _slot_words(raw, SLOT_STOP if stop is None else stop)
            if found:
                return found
    return None


def say_slot(norm: str) -> str | None:
    """The speaker slot of a question for someone's words ("what did <slot> say", «что сказал
    <slot>»), read as :func:`parse` reads it; None when it has none."""
    return _slot(SAY_SLOT, norm)


#: A "who is" slot names a person or an office, and an office goes on past "of":
#: "the president of kazakhstan" (a speaker slot stops there: "what did X say of ...").
WHO_IS_STOP = SLOT_STOP - {"of", "из"}


#: The people a "which of the ..." question picks a speaker from (tuning.Q19Q_WHICH_OF_THEM).
_SPEAKERS_AMONG = T.PLURAL_PERSON_WORDS | frozenset(
    "speakers commentators observers participants people guys".split()
)


def _which_of_them(ws: Sequence[str]) -> str | None:
    """The plural person noun of a question opening "which of the <people>" ("which of the
    speakers talked about money", "who among the experts said ..."), else None: one of them is
    the speaker asked for, as in "who of the speakers" (tuning.Q19Q_WHICH_OF_THEM). Read
    without a "who" (or with "among", which is no word of the base), the question asked for
    nobody's words, or weighed "among" against them, and was refused."""
    if len(ws) < 4 or ws[0] not in ("which", "who") or ws[1] not in ("of", "among"):
        return None
    noun = ws[3] if ws[2] in ("the", "these", "those", "all") else ws[2]
    return noun if noun in _SPEAKERS_AMONG else None


#: Words that open a new clause inside a speaker slot ("was listening to the radio *and* a guy
#: said"): the speaker is after the last of them (tuning.Q19Q_CLAUSE_BEFORE_SPEAKER).
_CLAUSE_JOINS = frozenset("and but then when so и а но когда".split())
#: Words of the user's own clause before the speaker's ("*I was* driving and ...", "*my* cousin
#: called and ..."): without one, the joiner joins two descriptions of one speaker.
_USER_CLAUSE = frozenset("i im we my our was were я мы мой моя".split())
#: Words of an unnamed speaker after a clause: an article, "some", a person noun.
_UNNAMED_SPEAKER = frozenset("a an the some one this that какойто один".split())


def _speaker_after_clause(slot: str) -> str:
    """The speaker slot of a message that tells the user's situation before the words ("I was
    driving and some guy said ...", "I was driving and putin said ..."): the speaker after the
    last clause joiner, when only an article, "some" and person nouns follow it ("guy"), or one
    or two words that are no stop words (a name), after a clause of the user's own (a first
    person or "was"); else the slot as read (tuning.Q19Q_CLAUSE_BEFORE_SPEAKER). Read whole,
    the slot began at the message's first word and asked for someone named "I was driving
    and"."""
    ws = slot.split()
    last = max((i for i, w in enumerate(ws) if w in _CLAUSE_JOINS), default=-1)
    if last < 0 or _USER_CLAUSE.isdisjoint(ws[:last]):
        return slot  # "an analyst and former ambassador said": one speaker, described twice
    people = [w for w in ws[last + 1 :] if w not in _UNNAMED_SPEAKER]
    if people and all(w in PERSON_NOUNS or w in SOMEONE for w in people):
        return " ".join(people)
    if 0 < len(people) <= 2 and not any(T.is_stop_word(w) or w in LEADING_AUX for w in people):
        return " ".join(people)  # a name: "I was driving and putin said ..."
    return slot


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


def _numbered(after: Sequence[str]) -> bool:
    """Whether the word after a word for a text numbers it or says whose part it is ("article
    5", "article of the treaty", «статья 5»): a part of a document, not the text read."""
    return bool(after) and (any(c.isdigit() for c in after[0]) or after[0] in _PART_OF)


#: What follows a word for a text that makes it a part of a document ("article of the treaty").
_PART_OF = frozenset("of no number num номер".split())


def outlet_words(index: Index, ws: Sequence[str]) -> frozenset[str]:
    """The words of the question that name a source's outlet, whole and in order ("bastille
    post", "the astana times"; index.outlets): the text the user read. An outlet of one word
    the base uses elsewhere ("the asian") is left a word of the question."""
    found: set[str] = set()
    for outlet in index.outlets:
        content = [w for w in outlet if not T.is_stop_word(w)]
        if len(content) < 2 and (not content or index.term(content[0]).known):
            continue  # "The Asian": one word of the base's own, a topic as often as not
        n = len(outlet)
        if any(tuple(ws[i : i + n]) == outlet for i in range(len(ws) - n + 1)):
            found.update(outlet)
    return frozenset(found)


#: The nouns of words said ("a quote", «цитата», "a line"), by their starts: no verb of saying
#: with a subject of its own (tuning.Q30N_WHO_AND_WHAT_SAID).
_WORDS_NOUNS = ("quot", "цитат", "phrase", "line", "statement", "remark")

#: Verbs of commenting («комментировали», "commented"), which no list of verbs of saying has.
_COMMENTED = ("комментир", "прокомментир", "kommentir", "commented", "commenting")

#: Words between "what" and the verb of saying in "who and what did they say" (an auxiliary
#: and the speaker's pronoun), at most two (tuning.Q30N_WHO_AND_WHAT_SAID).
_WHAT_SAID_GAP = frozenset("did do does they he she it он она они".split())


def _who_and_what_said(ws: Sequence[str]) -> bool:
    """Whether "who" is asked together with "what" by one verb of saying: «кто и что сказал»,
    «кто что говорил», "who and what did they say" (tuning.Q30N_WHO_AND_WHAT_SAID). The
    speaker is asked, as by "who said"; nothing before it is a speaker's name. Not when
    another verb of saying has its own subject («таджики комментировали саммит? кто и что
    сказал»: the Tajiks are the speakers asked for); a noun of words («нужна фраза», "a
    quote") is no such verb."""
    verbs = [
        w
        for w in ws
        if (T.is_say_word(w) or w.startswith(JUDGING_STEMS) or w.startswith(_COMMENTED))
        and w not in T.PHRASE_RU_FORMS
        and not w.startswith(_WORDS_NOUNS)
    ]
    if len(verbs) != 1:
        return False
    for i, w in enumerate(ws):
        if w not in WHO:
            continue
        j = i + 1
        if j < len(ws) and ws[j] in T.AND_WORDS:
            j += 1
        if j >= len(ws) or ws[j] not in ("what", "что"):
            continue
        j += 1
        gap = 0
        while j < len(ws) and ws[j] in _WHAT_SAID_GAP and gap < 2:
            j += 1
            gap += 1
        if j < len(ws) and T.is_say_word(ws[j]):
            return True
    return False


def _unknown_name(index: Index, slot: str | None) -> str | None:
    """The slot if it names someone the base does not know: a word outside its vocabulary, or a
    title ("the Uzbek president") that matched none of the people's roles."""
    if not slot:
        return None
    ws = [w for w in slot.split() if w not in T.STOP_WORDS and not _not_a_name(w)]
    if not ws:
        return None
    unknown = [w for w in ws if index.word_canonical(w) not in index.idf and not w.isdigit()]
    titled = [w for w in ws if w in TITLES]
    return slot if unknown or titled else None


#: Words that join two people in one question ("Safarov or the Kazakh minister", "the analyst
#: and the minister"): there, a name and a description are two people.
ALTERNATIVES = frozenset("or and vs versus both nor either neither или и либо оба или-или".split())


def _unknown_qualifier(index: Index, words: list[str]) -> bool:
    """Whether one of the two words before a generic person noun ("richest person", "самый
    богатый человек") is unknown to the base even after typo repair: a qualifier of the
    description, not the question's topic ("the guy from X ... about blockchain" keeps X)."""
    for i, w in enumerate(words):
        if w not in GENERIC_NOUNS:
            continue
        for q in words[max(0, i - 2) : i]:
            if T.is_stop_word(q) or T.is_intent_word(q) or q in WHO or q in GENERIC_PEOPLE:
                continue
            if not q.isdigit() and index.term(q).sim == 0.0:
                return True
    return False


#: "Or": the question offers alternatives ("the Kazakh minister or the Kyrgyz guy?").
EITHER = frozenset("or vs versus или либо".split())


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
    #: People a name in the text fits equally (a shared surname, a given name of several).
    namesakes: tuple[str, ...] = ()
    #: A description beside the one name that does not fit the person (Parsed.described_as).
    described_as: str = ""
    #: The one person named after the verb of saying of a title held by another
    #: (Parsed.topic_person).
    topic_person: str = ""
    #: It is what the question says the person is (Parsed.described_pred).
    described_pred: bool = False


#: The plural of «человек» (its lemma, so the base reads «людей» as «человек»: a person noun)
#: and the word counted after a count word: people in the plural (tuning.Q19_PEOPLE_COUNTED).
_PEOPLE_PLURAL = frozenset("люди людей людям людьми людях".split())


#: Nouns of someone's words after a person noun ("the kazakh ministers *point*", "the tajik
#: experts *words*"): the noun before them is a possessive (tuning.L30_POSSESSIVE_NO_APOSTROPHE).
_OWN_WORDS_NOUNS = T.WORDS_NOUNS | frozenset("words quote quotes comment comments remarks".split())


def _plural_person(ws: Sequence[str], i: int) -> bool:
    """Whether ws[i] describes people in the plural (tuning.PLURAL_ROLE_NAMES_NOBODY): a plural
    person word ("presidents", «экспертов») or (tuning.Q19_PEOPLE_COUNTED) «люди» in any case,
    or a person noun counted ("how many experts", «сколько человек»: «человек» is also the
    counted plural)."""
    w = ws[i]
    if (
        K.L30_POSSESSIVE_NO_APOSTROPHE
        and w.endswith("s")
        and i + 1 < len(ws)
        and ws[i + 1] in _OWN_WORDS_NOUNS
    ):
        # "what was the kazakh ministers point": the minister's point, its apostrophe left out
        # (tuning.L30_POSSESSIVE_NO_APOSTROPHE)
        return False
    if w in T.PLURAL_PERSON_WORDS:
        return True
    if not K.Q19_PEOPLE_COUNTED:
        return False
    return w in _PEOPLE_PLURAL or (
        i > 0 and ws[i - 1] in COUNT_WORDS and (w in PERSON_NOUNS or w in GENERIC_PEOPLE)
    )


#: The words after a country's name that make it part of the format's name ("China–Central
#: Asia", "China-CA", «Китай — Центральная Азия»), as matcher._FORMAT_NEXT.
_FORMAT_NEXT = ("central", "центральн", "ca", "ца")


def _format_name_only(index: Index, ws: Sequence[str]) -> set[str]:
    """The country stems a question writes only as part of the format's name ("the
    China–Central Asia summit"): no nationality of a person described (tuning.
    Q19_FORMAT_NAME_NO_ROLE). "Uzbek president at china central asia summit 2025?" offered Xi
    Jinping (the Chinese president) beside Mirziyoyev."""
    central = index.word_canonical("central")
    at: dict[str, list[bool]] = {}
    for i, w in enumerate(ws):
        stem = index.word_canonical(w)
        if stem not in index.people_by_country:
            continue
        after = ws[i + 1] if i + 1 < len(ws) else ""
        in_format = bool(after) and (
            after.startswith(_FORMAT_NEXT) or index.word_canonical(after) == central
        )
        at.setdefault(stem, []).append(in_format)
    return {stem for stem, marks in at.items() if all(marks)}


#: The words of a state's formal name around its country word ("the People's Republic of
#: China", "the Kyrgyz Republic", «Китайская Народная Республика», «Республика Казахстан»):
#: general language, read as no words beside a country the base knows
#: (tuning.Q19Q_STATE_FORM_NAMES).
_REPUBLIC = frozenset(
    "republic republics республика республики республике республику республикой".split()
)
_PEOPLES = frozenset("people peoples народная народной народную".split())
_STATE_FORM_JOINS = frozenset("of the".split())


def _state_form_words(index: Index, ws: Sequence[str]) -> frozenset[int]:
    """The positions of the words of a state's formal name ("republic", and "people's" or
    «народная» before it) next to a word of a country the base knows ("china", «казахстан»,
    «китайская»), over "of"/"the": the name is the country, and "republic", "people" were
    unknown words that weighed against the match (tuning.Q19Q_STATE_FORM_NAMES). "The
    Republic of Korea" keeps them: the base knows no Korea."""
    if _REPUBLIC.isdisjoint(ws):
        return frozenset()
    countries = set(index.people_by_country) | {
        index.word_canonical(c) for c in index.kb.capitals.values()
    }

    def country(j: int) -> bool:
        return 0 <= j < len(ws) and index.word_canonical(ws[j]) in countries

    out: set[int] = set()
    for i, w in enumerate(ws):
        if w not in _REPUBLIC:
            continue
        before = i - 1
        form = [i]
        if before >= 0 and ws[before] in _PEOPLES:
            form.append(before)
            before -= 1
        after = i + 1
        while after < len(ws) and ws[after] in _STATE_FORM_JOINS:
            after += 1
        if country(before) or country(after):
            out.update(form)
    return frozenset(out)


def _name_beside_role(index: Index, text: str, ws: Sequence[str], role_stems: set[str]) -> str:
    """A capitalised word the base does not know, next to (two words at most) the description
    that picked someone ("what did Karimov, the Tajik expert, say"): a name of somebody else,
    whom the answer's lead sets apart ("Not Karimov: Saifullo Safarov is ..."), where the
    description's holder was shown as if he were the one named (tuning.Q24_NAME_BESIDE_ROLE).
    Places and peoples the dictionaries know ("the Tajik expert in Moscow") are no person's
    name. Empty when there is none or several."""
    typed = T.clean(text).split()
    caps = {
        w.casefold().strip(".,;:!?\"'«»()")
        for i, w in enumerate(typed)
        # not the first word of a sentence, which any word may be
        if i and typed[i - 1][-1:] not in ".!?" and w[:1].isupper() and not w.isupper()
    }
    role_at = [i for i, w in enumerate(ws) if index.word_canonical(w) in role_stems]
    odd = {
        w
        for i, w in enumerate(ws)
        if w in caps
        and not T.is_stop_word(w)
        and _capital_of(index, ws, i) is None  # "Bishkek's man": a capital
        and not (i and ws[i - 1] in _PLACE_BEFORE)  # "his man in Baku": a place
        and index.word_canonical(w) not in index.idf
        and index.word_canonical(w) not in role_stems
        and any(abs(i - j) <= 2 for j in role_at)
        and not is_proper_noun(w)
    }
    return next(iter(odd)) if len(odd) == 1 else ""


def _read(index: Index, text: str, typed_caps: frozenset[str] | None = None) -> _Reading:
    """``typed_caps``: the words the question typed in capitals (T.typed_in_capitals of the text
    as typed; a re-read of its normalised form passes the original's)."""
    ws = T.words(text, abbreviations=index.kb.abbreviations)
    names = _name_hits(index, ws)
    named_at = {i for positions, _ in names for i in positions}
    if typed_caps is None:
        typed_caps = T.typed_in_capitals(text)
    state_form = _state_form_words(index, ws) if K.Q19Q_STATE_FORM_NAMES else frozenset()
    candidates = [
        index.term(w, w in typed_caps)
        for i, w in enumerate(ws)
        if i not in named_at and not is_dropped(w) and i not in state_form
    ]
    # Role phrases and person nouns are matched on repaired words: "the kazakh ministr".
    stems_all = (
        {t.stem for t in candidates}
        | {a for t in candidates for a in t.alts}
        | {index.word_canonical(w) for w in ws if w not in T.STOP_WORDS}
    )
    # A capital describing a speaker is its country ("Bishkek's man in Baku"), for the role
    # reader only: elsewhere it stays the word written (tuning.CAPITALS_AS_COUNTRIES).
    capitals = [capital_country(index, ws, i) for i in range(len(ws))]
    role_ws = [c or w for w, c in zip(ws, capitals, strict=True)]
    stems_all |= {index.word_canonical(c) for c in capitals if c}
    if K.Q19_FORMAT_NAME_NO_ROLE:
        stems_all -= _format_name_only(index, ws)
    roles = _role_hits(index, stems_all, role_ws)
    if K.PLURAL_ROLE_NAMES_NOBODY and any(
        _plural_person(ws, i) and index.word_canonical(w) in roles.used for i, w in enumerate(ws)
    ):
        # "What did the presidents sign in Kazakhstan": a description in the plural is about
        # several people, not the one who holds the office; its words stay the question's topic.
        roles = _RoleHits([], set())
    role_people, role_stems, several = roles.people, roles.used, roles.several
    named = [fit[0] for _, fit in names if len(fit) == 1]
    topic_person = ""
    if (
        K.Q21Q_NAME_AS_TOPIC
        and len(named) == 1
        and role_people
        and named[0] not in role_people
        and _name_after_saying(index, ws, names, role_stems)
    ):
        # "Which tajik guy talked about osmonaliyev", "what did the kyrgyz diplomat say about
        # nagaspayev": the title before the verb asks for its holder's words; the name after
        # it is what they were about, not the speaker (tuning.Q21Q_NAME_AS_TOPIC).
        topic_person = named[0]
        named = []
    if len(named) == 1 and ALTERNATIVES.isdisjoint(ws):
        # "Safarov, the Kyrgyz ambassador, said what?": a description next to one name is
        # about that name, and a name is what people get right; a wrong title must not make
        # it a tie with whoever holds the title. ("Safarov or the Kazakh minister?" asks
        # about two people.)
        role_people = []
    persons: list[str] = []
    for pid in [*named, *role_people]:
        if pid not in persons:
            persons.append(pid)
    namesakes: list[str] = []
    for _, fit in names:
        if len(fit) > 1:
            namesakes += [p for p in fit if p not in namesakes]
    if not persons:
        namesakes += [p for p in roles.fitting if p not in namesakes]
    # A capital read as the country of the person described is no topic, as the country is not.
    described = {
        w for w, c in zip(ws, capitals, strict=True) if c and index.word_canonical(c) in role_stems
    }
    described_as = ""
    described_pred = False
    said_is = (
        _predicate_description(index, ws, names)
        if K.Q19Q_NAME_DESCRIBED and len(named) == 1
        else []
    )
    if K.Q19Q_NAME_DESCRIBED and len(named) == 1 and _no_alternatives(ws, said_is):
        beside = _beside_name(index, ws, names)
        predicate = said_is if not beside else []
        beside = beside or predicate
        described |= set(beside)
        own = index.person_stems.get(named[0], frozenset())
        if any(
            index.term(w).stem not in own
            for w in beside
            if w not in _DESCRIPTION_ARTICLES
            and w not in _DESCRIPTION_LINKS
            and not (K.Q25F_AND_IN_DESCRIPTION and w in _DESCRIPTION_ANDS)
        ):
            described_as = " ".join(beside)
            described_pred = bool(predicate)
    if K.Q19_ROLE_WRONG_COUNTRY and not named and len(role_people) == 1 and not described_as:
        wrong = _wrong_country_before_role(index, ws, role_stems, role_people[0])
        if wrong:
            described |= set(wrong)
            described_as = " ".join(wrong)
    if K.Q24_NAME_BESIDE_ROLE and not names and len(role_people) == 1 and not described_as:
        odd = _name_beside_role(index, text, ws, role_stems)
        if odd:
            described |= {odd}
            described_as = odd.capitalize()
    terms: dict[str, Term] = {}
    for t in candidates:
        if t.weight == 0.0 and not t.known:
            continue  # a misspelt stop word
        if t.word in described:
            continue
        if K.L30_RU_REQUESTS and t.word in T.NAME_REQUESTS:
            continue  # «назовите дату …»: a request to the bot, no topic
        if t.stem not in role_stems and not role_stems.intersection(t.alts):
            terms.setdefault(t.stem, t)
    lang = "ru" if _is_russian(ws) else "en"
    return _Reading(
        ws,
        " ".join(ws),
        tuple(persons),
        several,
        terms,
        lang,
        tuple(namesakes),
        described_as,
        topic_person,
        described_pred,
    )


#: Words after which a name is what words were about ("talked *about* osmonaliyev", «сказал
#: *об* Осмоналиеве»; tuning.Q21Q_NAME_AS_TOPIC).
_ABOUT_WORDS = frozenset("about regarding concerning про о об обо насчет насчёт".split())


def _name_after_saying(
    index: Index,
    ws: Sequence[str],
    names: Sequence[tuple[Sequence[int], Sequence[str]]],
    role_stems: set[str],
) -> bool:
    """Whether the one name of ``ws`` stands after a verb of saying, of praise or a word of
    "about", and a word of the title read stands before that word: "which tajik guy talked
    about osmonaliyev", "which tajik guy praised osmonaliyev" (tuning.Q21Q_NAME_AS_TOPIC)."""
    at = min((min(pos) for pos, fit in names if len(fit) == 1 and pos), default=None)
    if at is None:
        return False
    verb = next(
        (
            i
            for i, w in enumerate(ws[:at])
            if T.is_say_word(w)
            or w in _ABOUT_WORDS
            or (w.startswith(WHICH_ACT_STEMS) and w.endswith("ed"))
        ),
        None,
    )
    if verb is None or verb == 0:
        return False
    return any(
        index.word_canonical(w) in role_stems or index.term(w).stem in role_stems for w in ws[:verb]
    )


def _wrong_country_before_role(
    index: Index, ws: Sequence[str], role_stems: set[str], person: str
) -> list[str]:
    """The words of a role described with another country's name just before it ("what did
    the *uzbek industry minister* say", «что сказал *узбекский министр промышленности*»): the
    office found one person, of another country. Nobody else holds it, so his words answer, as
    before; the description, as written, is what the answer's lead puts right ("Not the uzbek
    industry minister: Yersaiyn Nagaspayev is ...", tuning.Q19_ROLE_WRONG_COUNTRY). Empty when
    the country fits or none is written there."""
    at = [i for i, w in enumerate(ws) if index.word_canonical(w) in role_stems]
    if not at:
        return []
    first, last = min(at), max(at)
    if K.Q26P_COUNTRY_IN_ROLE:
        inside = wrong_country_in_role(index, ws, first, last, person)
        if inside:
            return inside
    before = first - 1
    if before < 0:
        return []
    stem = index.word_canonical(ws[before])
    if stem not in index.people_by_country or stem in role_stems:
        return []
    own = index.person_stems.get(person, frozenset())
    if stem in own or not own.isdisjoint(index.term(ws[before]).alts):
        return []
    if before > 0 and ws[before - 1] in _DESCRIPTION_ARTICLES:
        before -= 1  # "the uzbek industry minister", as written
    return list(ws[before : last + 1])


#: Words that join a country to the office before it ("head *of the* kazakh association",
#: "ambassador *to* china", "minister of industry *of* uzbekistan").
_ROLE_COUNTRY_JOINS = frozenset("of the to for in в при".split())


def wrong_country_in_role(
    index: Index, ws: Sequence[str], first: int, last: int, person: str
) -> list[str]:
    """The words of a role that names another country inside it or right after it ("the head
    of the *kazakh* association" of Safarov, a Tajik; «министр промышленности *узбекистана*»,
    "the kyrgyz ambassador to *china*" of the ambassador to Azerbaijan), from its first word to
    that country: the office found one person, whose card says otherwise, and the answer's
    lead puts the description right (tuning.Q26P_COUNTRY_IN_ROLE). Only across the words of
    the role and the words that join a country to it: "did the tajik expert praise china"
    names China as what was said, not as his country."""
    own = index.person_stems.get(person, frozenset())
    between = ws[first : last + 1]
    if last - first > 5 or not all(
        w in _ROLE_COUNTRY_JOINS
        or index.word_canonical(w) in own
        or index.word_canonical(w) in index.people_by_country
        for w in between
    ):
        # "the kazakhstan-china project pipeline according to the minister": words of his
        # role far apart, with other words between, are no one description
        return []
    end = last + 1
    while end < len(ws) and ws[end] in _ROLE_COUNTRY_JOINS:
        end += 1
    for i in range(first, min(end + 1, len(ws))):
        stem = index.word_canonical(ws[i])
        if stem not in index.people_by_country or stem in own:
            continue
        if not own.isdisjoint(index.term(ws[i]).alts):
            continue
        start = first - 1 if first > 0 and ws[first - 1] in _DESCRIPTION_ARTICLES else first
        if i > last or first == 0 or index.word_canonical(ws[first - 1]) not in own:
            return list(ws[start : max(i, last) + 1])
        # "the tajik head of the kazakh association": the description from its country
        return list(ws[start - 1 if start == first else start : max(i, last) + 1])
    return []


#: Articles inside a description beside a name ("Safarov, *the* Tajik foreign minister").
_DESCRIPTION_ARTICLES = frozenset("the a an".split())
#: The longest description read beside a name, in words.
_DESCRIPTION_WORDS = 5


def _description_word(index: Index, w: str) -> bool:
    """A word that may make up a description of a person: a title, a country, or a word
    narrowing an office ("foreign", «энергетики»; for Russian, no verb, adverb or place)."""
    if w in TITLES or index.word_canonical(w) in index.people_by_country:
        return True
    if K.Q20_VERB_NO_DESCRIPTION and (
        T.is_say_word(w) or w.startswith((*PRAISE_STEMS, *DESCRIBE_STEMS, *JUDGING_STEMS))
    ):
        return False  # "which tajik guy *praised* osmonaliyev": the act, not what he is
    if not _is_modifier(index, w):
        return False
    return not T.is_cyrillic(w) or (_narrows_ru(w) and not is_proper_noun(w))


def _links_country(index: Index, ws: Sequence[str], j: int, run: Sequence[str]) -> bool:
    """Whether ws[j] links a title read so far to a country ("the prime minister *of*
    Kazakhstan", "ambassador *to* Azerbaijan"): part of the description after a name
    (tuning.L30_DESCRIPTION_OF_COUNTRY); a place that is no country ("the minister in Astana")
    is not."""
    return (
        ws[j] in _DESCRIPTION_LINKS
        and any(w in TITLES for w in run)
        and j + 1 < len(ws)
        and index.word_canonical(ws[j + 1]) in index.people_by_country
    )


def _beside_name(
    index: Index, ws: Sequence[str], names: Sequence[tuple[Sequence[int], Sequence[str]]]
) -> list[str]:
    """The words of a description standing beside the one name a question gives: just before
    it («министр энергетики Казахстана Нагаспаев») or just after it, up to a verb of saying
    ("Safarov, the Tajik foreign minister, said what ..."). With a title among them, they
    describe the person named (rightly or not: "a name is what people get right", as _read's
    description next to one name), no topic his words must hold; read as a topic, "foreign",
    «энергетики» made the question a claim his words do not hold, "I can't confirm", and the
    real words were not shown (tuning.Q19Q_NAME_DESCRIBED). The answer's head gives his real
    office, and a lead puts a description that does not fit right. The words in the
    question's order."""
    out: list[str] = []
    for positions, _ in names:
        first, last = min(positions), max(positions)
        run: list[str] = []
        i = first - 1
        while i >= 0 and len(run) < _DESCRIPTION_WORDS and _description_word(index, ws[i]):
            run.insert(0, ws[i])
            i -= 1
        if any(w in TITLES for w in run):
            out += run
        run = []
        j = last + 1
        while j < len(ws) and len(run) < _DESCRIPTION_WORDS:
            if (
                ws[j] not in _DESCRIPTION_ARTICLES
                and not _description_word(index, ws[j])
                and not (K.L30_DESCRIPTION_OF_COUNTRY and _links_country(index, ws, j, run))
            ):
                break
            run.append(ws[j])
            j += 1
        if j < len(ws) and T.is_say_word(ws[j]) and any(w in TITLES for w in run):
            out += run
        elif (
            K.Q21_WHO_IS_DESCRIBED_AFTER
            and j == len(ws)
            and tuple(ws[:first]) in _WHO_IS_BEFORE_NAME
            and any(w in TITLES for w in run)
        ):
            # "Who is Safarov, the Tajik foreign minister?": the question ends in a description
            # of the one person asked about, as "..., said" ends one (the card's lead puts it
            # right; tuning.Q21_WHO_IS_DESCRIBED_AFTER).
            out += run
    return out


#: Words that link a name opening a question to what it says he is ("Safarov *is* the Kyrgyz
#: political scientist, right?", «Сафаров *ведь* кыргызский политолог?»).
_NAME_COPULAS = frozenset("is was ведь это был являлся является yavlyaetsya".split())
#: Words that may join a description's parts ("ambassador *to* China", «посол Кыргызстана *в*
#: Китае»), read only before another word of a description.
_DESCRIPTION_LINKS = frozenset("in to at of в во при v".split())
#: "And" inside an office's name ("industry and construction", «промышленности и
#: строительства»; tuning.Q25F_AND_IN_DESCRIPTION).
_DESCRIPTION_ANDS = frozenset("and и i".split())
#: Words that may end a claim put to a name ("..., right?", «..., да?»).
_CLAIM_TAGS = frozenset(
    "right correct true yes no isnt it is not да ведь верно так ли правда нет da verno tak "
    "pravda eto".split()
)


#: The copula a yes/no question opens with before the one name ("*is* safarov kyrgyz?",
#: "*was* osmonaliyev the ambassador to china?") (tuning.L30_IS_NAME_DESCRIBED).
_ASKING_COPULAS = frozenset("is was".split())
#: "From" before the country a person is said to be from ("is safarov from kyrgyzstan?").
_FROM_COUNTRY = frozenset("from".split())


def _predicate_description(
    index: Index, ws: Sequence[str], names: Sequence[tuple[Sequence[int], Sequence[str]]]
) -> list[str]:
    """The words of a description a question that opens with the one name says he is, up to
    its end or a tag ("Safarov is the Kyrgyz political scientist, right?": "the kyrgyz political
    scientist"; «Осмоналиев — посол Кыргызстана в Китае, да?»: «посол кыргызстана в китае»), with
    a title among them or after a copula; [] when the question goes on (tuning.
    Q22_NAME_IS_DESCRIBED)."""
    if not K.Q22_NAME_IS_DESCRIBED or len(names) != 1:
        return []
    positions, _ = names[0]
    asked = (
        K.L30_IS_NAME_DESCRIBED
        and min(positions) == 1
        and ws[0] in _ASKING_COPULAS
        and len(names[0][1]) == 1
    )
    if min(positions) != 0 and not asked:
        return []
    j = max(positions) + 1
    copula = asked or (j < len(ws) and ws[j] in _NAME_COPULAS)
    j += copula and not asked
    if asked and j + 1 < len(ws) and ws[j] in _FROM_COUNTRY:
        # "is safarov from kyrgyzstan?": the country he is said to be from
        j += 1
    run: list[str] = []
    # An office's full name runs long ("the chairman of the association of political scientists
    # of uzbekistan"): only its own words count toward the limit, not "the", "of"
    # (tuning.Q24M_LONG_DESCRIPTION).
    glue = _DESCRIPTION_ARTICLES | _DESCRIPTION_LINKS if K.Q24M_LONG_DESCRIPTION else frozenset()
    # "the minister of industry and construction of kyrgyzstan": "and" joins two words of one
    # office; the description ended there, and the wrong country went unseen
    # (tuning.Q25F_AND_IN_DESCRIPTION).
    links = (
        _DESCRIPTION_LINKS | _DESCRIPTION_ANDS if K.Q25F_AND_IN_DESCRIPTION else _DESCRIPTION_LINKS
    )
    glue = glue | (_DESCRIPTION_ANDS if K.Q25F_AND_IN_DESCRIPTION else frozenset())
    while j < len(ws) and len([w for w in run if w not in glue]) < _DESCRIPTION_WORDS + 2:
        w = ws[j]
        if not run and w in _DESCRIPTION_ANDS:
            break  # «Ван И — министр торговли?»: «и» right after the name is the name's
        linked = w in links and j + 1 < len(ws) and _description_word(index, ws[j + 1])
        if glue and w in _DESCRIPTION_LINKS and ws[j + 1 : j + 2] in (["the"], ["a"]):
            # "of the association": the link before an article before the office's word
            linked = j + 2 < len(ws) and _description_word(index, ws[j + 2])
        if not (linked or w in _DESCRIPTION_ARTICLES or _description_word(index, w)):
            break
        run.append(w)
        j += 1
    if not run or any(w not in _CLAIM_TAGS for w in ws[j:]):
        return []
    titles = TITLES | _CHAIR_TITLES if K.Q24M_LONG_DESCRIPTION else TITLES
    if asked and not (
        run[0] in _DESCRIPTION_ARTICLES
        or run[0] in titles
        or index.word_canonical(run[0]) in index.people_by_country
    ):
        # "was mirziyoyev at the second summit?", "is osmonaliyev still an ambassador?": a
        # place or an adverb after the name, no description of him
        return []
    if asked:
        own = index.person_stems.get(names[0][1][0], frozenset())
        if all(w in glue or w in _DESCRIPTION_ARTICLES or index.term(w).stem in own for w in run):
            return []  # "is tokayev from kazakhstan": it fits; read as before (his card)
    return run if copula or any(w in titles for w in run) else []


def _no_alternatives(ws: Sequence[str], run: Sequence[str]) -> bool:
    """Whether the question offers no alternatives ("Safarov or the Kazakh minister?"): no
    word of :data:`ALTERNATIVES`, or only "and"s inside the office said of the name ("the
    minister of industry and construction of kyrgyzstan"; tuning.Q25F_AND_IN_DESCRIPTION),
    ``run`` (:func:`_predicate_description`)."""
    alternatives = [w for w in ws if w in ALTERNATIVES]
    if not alternatives:
        return True
    if not K.Q25F_AND_IN_DESCRIPTION or any(w not in _DESCRIPTION_ANDS for w in alternatives):
        return False
    return len([w for w in run if w in _DESCRIPTION_ANDS]) == len(alternatives)


#: «Председатель», a chairman, as a title of the description said of a name («Сафаров —
#: председатель ассоциации политологов Узбекистана?»; tuning.Q24M_LONG_DESCRIPTION).
_CHAIR_TITLES = frozenset(
    "председатель председателем председателя председательница predsedatel".split()
)


#: The words before a name that ask who that person is ("who is Safarov, ...", «кто такой
#: Сафаров, ...»): a description closing such a question describes the name
#: (tuning.Q21_WHO_IS_DESCRIBED_AFTER).
_WHO_IS_BEFORE_NAME = WHO_IS_OPENINGS | frozenset(
    {("who",), ("whos",), ("кто",), ("and", "who", "is"), ("kto", "takoy"), ("kto", "takoi")}
)


def _without_slot(terms: dict[str, Term], slot: str | None) -> dict[str, Term]:
    """The content words, less those of a name slot that names nobody in the base."""
    if not slot:
        return terms
    slot_words = set(slot.split())
    return {s: t for s, t in terms.items() if t.word not in slot_words}


#: How someone's words are wanted ("his actual words", "the exact wording", "the original
#: quote"): no topic (tuning.Q16_SPEAKER_FRAME_WORDS).
WORDING_ADJECTIVES = frozenset("actual exact precise original verbatim real full".split())
#: "Did anyone say ...", "did anybody mention ...": the speaker asked for.
ANYONE = frozenset("anyone anybody".split())
WORDING_NOUNS = frozenset("words wording quote quotes statement phrase line".split())
#: Nouns of how words were put, which are no verb or noun of saying of their own ("the exact
#: wording from Nagaspayev", "Safarov's phrasing", «формулировка Сафарова»): a named person's
#: words asked for (tuning.Q25Q_WORDING_IS_WORDS).
WORDING_ONLY_NOUNS = frozenset(
    "wording phrasing formulation verbatim формулировка формулировку формулировки".split()
)


#: Verbs that link a subject to what is said of it, as "is" does (tuning.Q16_COPULAR_VERBS).
COPULAR_VERBS = frozenset(
    "become becomes becoming became "
    "становится становятся становиться стал стала стало стали станет станут "
    "stanovitsya stanovyatsya stanovitsa".split()
)


def _copular_as_article(index: Index, term: Term, persons: Sequence[str]) -> bool:
    """Whether a Russian form of «стать» (to become: «стала», «стал», «станет»), in words put
    to people the base never quotes, is read as «статья» (an article), whose stem it shares
    (tuning.Q30N_COPULAR_NOT_ARTICLE): «Мирзиёев говорил, что Центральная Азия стала
    активнее?» read "article" as a topic the words must hold, and the claim found no words to
    correct. The words of someone quoted keep it: the base's own questions say «договор стал
    результатом» of Safarov's words."""
    return (
        K.Q30N_COPULAR_NOT_ARTICLE
        and bool(persons)
        and not any(index.kb.quotes_by(p) for p in persons)
        and T.is_cyrillic(term.word)
        and term.stem == index.word_canonical("статья")
    )


#: Words that make a speech the time of what is asked ("*after* Xi's speech", «*после* речи»).
_OCCASION_LINKS = frozenset("after before during following since после перед во время".split())
#: Nouns of a speech given (a say word as an occasion: tuning.Q18_SPEECH_AS_OCCASION).
_SPEECH_NOUNS = frozenset(
    "speech speeches address remarks talk keynote речь речи выступление выступления "
    "выступлением выступлений".split()
)


def _said_occasion(ws: Sequence[str]) -> set[str]:
    """The speech nouns a question names as the time of what it asks ("after Xi's speech",
    "after the speech of Xi"): a speech noun at most three words after an occasion link; empty
    when there is none."""
    return {
        w
        for i, w in enumerate(ws)
        if w in _SPEECH_NOUNS and any(v in _OCCASION_LINKS for v in ws[max(0, i - 3) : i])
    }


#: Verbs that judge in words, which text's verbs of saying miss: Russian ones with a prefix
#: («похвалил», «расхвалил», «раскритиковал», «охарактеризовал», «отозвался о»: the «хвал» and
#: «критик» stems of other lists match from a word's start only), their Latin spellings, and
#: English "complimented" (tuning.Q17_JUDGING_VERBS). One list for both stages: the semantic
#: stage reads them as verbs of saying, and so does the parser (tuning.Q18_JUDGING_SAID).
JUDGING_STEMS = (
    "похвал", "расхвал", "критик", "раскритик", "охарактериз", "отозвал", "отзыва",
    "compliment", "otozval", "oharakteriz", "okharakteriz", "raskritik",
)  # fmt: skip


#: The verbs of blame among them: asked "who criticised", the words must blame, which only the
#: semantic stage's checks of a reading hold to (claims.opposite_said reads a claim after a
#: verb of saying); the parser leaves them as they were, and the verbs of praise to
#: tuning.Q16_WHO_PRAISED (PRAISE_STEMS).
_BLAME_STEMS = ("критик", "раскритик", "raskritik")


#: Verbs of praise right after "who" ("who praised", "who complimented", «кто похвалил», translit
#: "kto pohvalil"): they ask whose words praise something (tuning.Q16_WHO_PRAISED).
PRAISE_STEMS = (
    "prais", "compliment", "commend", "laud", "applaud",
    "хвал", "похвал", "расхвал", "hvalil", "pohvalil", "hvalit", "pohvalit",
)  # fmt: skip


#: Verbs that describe something in words ("someone called the treaty a roadmap", «кто-то
#: назвал ...»; after "who" they are matcher._CALLING's, tuning.WHO_CALLED_SAID): an unnamed
#: speaker's words are asked (tuning.Q16_SOMEONE_DESCRIBED). Not "proposed", "suggested" (an
#: act: "who proposed the second summit" is its fact).
DESCRIBE_STEMS = (
    "called", "calling", "describ", "characteri", "label", "dubb", "portray",
    "назвал", "назыв", "описал", "описыв", "nazval", "opisal",
)  # fmt: skip


#: Verbs of blame put to a named person ("Safarov criticized China", «Сафаров критиковал
#: Китай», "Safarov kritikoval"): a claim that his words blame something
#: (tuning.Q21_BLAME_PUT_TO_NAMED). "Who criticised ..." is the semantic stage's (_BLAME_STEMS).
BLAME_PUT_STEMS = (
    "critici", "blame", "blamed", "condemn", "denounc", "accus", "rebuk",
    "критик", "раскритик", "осуди", "осужд", "обвин", "упрек", "упрёк",
    "kritik", "raskritik", "osudil", "obvinil", "uprek",
)  # fmt: skip


#: Verbs of a stance put to a named person the base quotes ("Osmonaliyev opposed cooperation
#: with China", «Осмоналиев выступил против …», "Safarov supported the treaty"): a claim that
#: his words take it, checked against them and never confirmed, as blame is
#: (tuning.Q28_STANCE_PUT_TO_NAMED). General language.
STANCE_PUT_STEMS = (
    "oppos", "reject", "endors", "backed", "objected",
    "поддерж", "отверг", "возраж", "podderzh", "otverg",
)  # fmt: skip
#: Whole forms among them whose stem begins other words ("supporters" is a topic).
STANCE_PUT_WORDS = frozenset("support supports supported supporting".split())
#: Verbs of speaking that take a stance only before «против»/«за» («выступил против …»;
#: «выступил на саммите» is a speech, no stance).
STANCE_SPOKE = frozenset("выступил выступила выступал выступала vystupil vystupal".split())
STANCE_SIDES = frozenset("против за protiv za".split())


def stance_words(ws: Sequence[str]) -> set[str]:
    """The words of :data:`STANCE_PUT_STEMS`, :data:`STANCE_PUT_WORDS` and a :data:`STANCE_SPOKE`
    verb before a side in ``ws`` after its first word (tuning.Q28_STANCE_PUT_TO_NAMED)."""
    out = {w for w in ws[1:] if w.startswith(STANCE_PUT_STEMS) or w in STANCE_PUT_WORDS}
    out |= {a for a, b in pairwise(ws[1:]) if a in STANCE_SPOKE and b in STANCE_SIDES}
    return out


def _beyond_summit(index: Index, terms: dict[str, Term], verbs: set[str]) -> bool:
    """Whether the terms, less ``verbs``, hold a word that names no summit (its name, city,
    country, year): what was praised or described, beyond a summit (tuning.Q16_WHO_PRAISED)."""
    summit = summit_stems(index) | {index.term("summit").stem}
    return any(
        t.stem and t.known and t.stem not in summit for t in terms.values() if t.word not in verbs
    )


#: An unnamed speaker (tuning.Q16_SOMEONE_DESCRIBED), and the last words that ask for them
#: ("... - name?", "... - source?").
SOMEONE = frozenset("someone somebody кто-то ktoto".split())
SPEAKER_ASKED = frozenset("name source whose who".split())


#: Verbs of praise and of emphasis that a "which <title>" question puts to the speaker it asks
#: for ("which tajik guy praised the treaty", "which kazakh official stressed mining";
#: tuning.Q20Q_WHICH_TITLE_PRAISED). Not the verbs of blame: a criticism is checked against
#: the words by the semantic stage only.
WHICH_ACT_STEMS = (
    "prais", "compliment", "commend", "laud", "applaud", "stress", "emphasi", "highlight",
    "underlin", "underscor",
)  # fmt: skip


def _which_title_act(ws: Sequence[str]) -> int | None:
    """The verb's position when an English question opens "which"/"what" + one to three words
    (the title) + a verb of :data:`WHICH_ACT_STEMS` in the past, followed by what it was about
    ("which tajik guy praised the treaty"); None otherwise."""
    if len(ws) < 4 or ws[0] not in ("which", "what"):
        return None
    for j in range(2, min(len(ws) - 1, 5)):
        w = ws[j]
        if w.startswith(WHICH_ACT_STEMS) and w.endswith("ed"):
            return j
        if T.is_say_word(w) or w in WHO:
            return None
    return None


#: Short names of parties the base does not know, after a verb of praise
#: (:func:`_title_act_fits`; matcher's claim parties too).
_PARTY_SHORT = frozenset("eu usa uk nato".split())


def _title_act_fits(index: Index, r: _Reading, act: int) -> bool:
    """Whether a "which <title> praised W" reading (:func:`_which_title_act`) asks for the
    words of the person the title alone describes, about a W the base may hold: the people
    found are the title's (not "which tajik guy praised osmonaliyev", a name after the verb),
    and W names no party the base does not know ("which tajik expert praised the united
    states": no words of his are on it; read as "talked about", his quotes were listed)."""
    ws = r.words
    if set(_read(index, " ".join(ws[:act])).persons) != set(r.persons):
        return False
    rest = ws[act + 1 :]
    if US_COUNTRY.search(" ".join(rest)) or _PARTY_SHORT.intersection(rest):
        return False
    return not any(
        w.isalpha()
        and not T.is_stop_word(w)
        and w not in index.kb.capitals
        and not index.term(w).known
        and is_proper_noun(w)
        for w in rest
    )


#: Words that may open a teller's frame before the teller ("the teacher"; after "my", "our" the
#: teller is TOLD_BY_FRAME's) and follow the verb of saying before the claim ("said that",
#: "told me", «сказал, что»).
_TELLER_BEFORE = frozenset("the a".split())
_TELLER_AFTER = frozenset("that me us мне нам что".split())


def _teller_frame_end(ws: Sequence[str]) -> int:
    """Where the claim begins after a frame of someone outside the news telling the user,
    opening the question ("teacher said that ...", «учитель сказал, что …»: text.TELLER_NOUNS
    and a verb of saying); 0 for no such frame or no claim of two words or more after it
    (tuning.Q23_BARE_TELLER)."""
    i = 1 if ws[:1] and ws[0] in _TELLER_BEFORE else 0
    if not (len(ws) > i + 1 and ws[i] in T.TELLER_NOUNS and T.is_say_word(ws[i + 1])):
        return 0
    j = i + 2
    while j < len(ws) and ws[j] in _TELLER_AFTER:
        j += 1
    return j if len(ws) - j >= 2 else 0


#: Words that ask who, before a verb of ranking ("who put", "which ex-envoy placed"): the
#: words between "which" and the verb name the speaker asked for.
_WHO_RANKED_OPENERS = frozenset({"who", "which", "кто"})
#: The most words between the opener and the verb ("which former kyrgyz ambassador put").
_WHO_RANKED_GAP = 3


def who_ranked_first(ws: Sequence[str]) -> tuple[int, int] | None:
    """Where the verb and the rank are in "who <put/place/rank> X first" or "... X at the top
    (of the list)" (text.PUT_FIRST_VERBS; "first" or a phrase of text.FIRST_PLACE_PHRASES
    within text.PUT_FIRST_GAP words of the object after the verb), or None
    (tuning.Q30Q_WHO_RANKED_FIRST)."""
    if not K.Q30Q_WHO_RANKED_FIRST:
        return None
    first = T.function_phrase_words(ws, T.FIRST_PLACE_PHRASES)
    first |= {i for i, w in enumerate(ws) if w == "first"}
    for i, w in enumerate(ws):
        if w not in T.PUT_FIRST_VERBS:
            continue
        if not any(v in _WHO_RANKED_OPENERS for v in ws[max(0, i - _WHO_RANKED_GAP - 1) : i]):
            continue
        rank = min((j for j in first if i + 1 < j <= i + T.PUT_FIRST_GAP + 1), default=None)
        if rank is not None:
            return i, rank
    return None


def parse(index: Index, question: str, intent: Intent | None = None) -> Parsed:
    """Read a question. With ``intent`` (a command's), the text is only its argument: the
    words of a quote (``who_said``), a person's name or role (``quotes_of``), a summit
    (``when``); the intent is taken as given, not read back from a sentence."""
    parsed = _parse(index, question, intent)
    if not (K.Q23_BARE_TELLER and intent is None and parsed.unknown_name):
        return parsed
    told = _teller_frame_end(parsed.words)
    if told and set(parsed.unknown_name.split()) <= set(parsed.words[: told - 1]):
        # «учитель сказал, что в Астане был третий саммит, это так?»: the teller told the user
        # and is no speaker of the news, read as one the base does not quote; the claim after
        # the frame is the question (tuning.Q23_BARE_TELLER).
        mark = "?" if question.rstrip().endswith("?") else ""
        return _parse(index, " ".join(parsed.words[told:]) + mark, None)
    return parsed


def _parse(index: Index, question: str, intent: Intent | None) -> Parsed:
    typed_caps = T.typed_in_capitals(question)
    r = _read(index, question, typed_caps)
    if intent is not None:
        return _with_intent(index, r, intent)
    framed = unframe_claim(r.norm)
    if framed is not None:  # "it was X who said W", "X said W, right?": read as "X said W"
        r = _read(index, framed, typed_caps)
    acted = _who_is_one_who(r.words) if K.Q22M_WHO_IS_ONE_WHO and not r.persons else None
    if acted is not None:
        # "Who is the guy who listed project figures — 133 and 54?": who did it is asked, not
        # who a "guy who listed project" is (tuning.Q22M_WHO_IS_ONE_WHO).
        r = _read(index, " ".join(acted), typed_caps)
    act = _which_title_act(r.words) if K.Q20Q_WHICH_TITLE_PRAISED and r.persons else None
    if act is not None and _title_act_fits(index, r, act):
        # "Which tajik guy praised the friendship treaty", "which kazakh official stressed
        # mining": the speaker the title picks is asked for by how his words went, as "which
        # tajik expert talked about the treaty" asks (read as no saying, his card answered);
        # read so, what he praised is the topic his words must be on
        # (tuning.Q20Q_WHICH_TITLE_PRAISED).
        ws = list(r.words)
        r = _read(index, " ".join([*ws[:act], "talked", "about", *ws[act + 1 :]]), typed_caps)
    ws, norm, persons, terms = r.words, r.norm, r.persons, r.terms
    guess = _guessed(index, question, ws, persons) if K.WHO_GUESS else None
    if guess is not None:
        # "Who put forward the china central asia spirit, tokayev?": the name after the comma
        # is the user's guess at the answer, not the person asked about (tuning.WHO_GUESS).
        persons = ()
        terms = {st: t for st, t in terms.items() if t.word not in guess[1]}
    say = any(T.is_say_word(w) for w in ws)
    judged = (
        {
            w
            for w in ws
            if w.startswith(JUDGING_STEMS) and not w.startswith(_BLAME_STEMS + PRAISE_STEMS)
        }
        if K.Q18_JUDGING_SAID and not say
        else set()
    )
    if judged:
        # «Как эксперт охарактеризовал договор», «кто отозвался о договоре», "kak otozvalsya
        # ekspert": a verb of judging in words asks for the words, as «сказал» does; the verb is
        # how they were said, no topic (tuning.Q18_JUDGING_SAID, the semantic stage's list).
        say = True
        terms = {st: t for st, t in terms.items() if t.word not in judged}
    occasion = _said_occasion(ws) if K.Q18_SPEECH_AS_OCCASION and say else set()
    if occasion:
        # "What do the leaders promise to uphold *after Xi's speech*", «что решили *после
        # речи* Си»: the speech is when the asked thing happened, not the words asked for
        # (tuning.Q18_SPEECH_AS_OCCASION); read as a request for Xi's words, it was "no quotes
        # from Xi Jinping", though a fact reports what the leaders agreed.
        say = any(T.is_say_word(w) for w in ws if w not in occasion)
        terms = {st: t for st, t in terms.items() if t.word not in occasion}
    ascribed = {w for w in ws if w.startswith(ASCRIBE_STEMS)} if persons and not say else set()
    if K.Q17_ASCRIBED_IS_SAID and ascribed:
        # «Фраза, что Китай всегда придерживался …, приписана министру Нагаспаеву. Это
        # верно?», "the line … is attributed to Nagaspayev": words put to a named person, as
        # "Nagaspayev said …" puts them; the verb is how, not a topic. Read as no claim, his card
        # answered as if it confirmed (tuning.Q17_ASCRIBED_IS_SAID).
        say = True
        terms = {st: t for st, t in terms.items() if t.word not in ascribed}
    acts = (
        {w for w in ws[1:] if w.startswith(BOAST_STEMS)}
        if persons and not say and K.Q17_NAMED_SPEECH_ACT
        else set()
    )
    if acts:
        # «Министр из Астаны хвастался миллиардами — сколько конкретно», "which kazakh minister
        # bragged about billions": boasting put to a named person asks for his words, as "say"
        # does; unknown to the base, the verb was read as a topic none of his words hold, and
        # his card answered (tuning.Q17_NAMED_SPEECH_ACT). Not the other verbs of speaking
        # (text.SPEECH_ACT_STEMS): "who announced xi would go" names Xi as no speaker.
        say = True
        terms = {st: t for st, t in terms.items() if not (t.word in acts and t.sim == 0.0)}
    worded = (
        {w for w in ws if w in WORDING_ONLY_NOUNS}
        if K.Q25Q_WORDING_IS_WORDS and persons and not say
        else set()
    )
    if worded:
        # "as a journalist I need the exact wording from Nagaspayev about the total value of
        # projects": the wording of a named person is his words, as "the words from" is; read
        # as a topic, "wording" was a word none of his words hold (tuning.Q25Q_WORDING_IS_WORDS).
        say = True
        terms = {st: t for st, t in terms.items() if t.word not in worded}
    who_word = any(w in WHO for w in ws)
    blamed = (
        {w for w in ws[1:] if w.startswith(BLAME_PUT_STEMS)}
        if K.Q21_BLAME_PUT_TO_NAMED and persons and not who_word
        else set()
    )
    if (
        K.Q28_STANCE_PUT_TO_NAMED
        and persons
        and not who_word
        and not blamed
        and all(index.kb.has_quotes(p) for p in persons)
    ):
        # "Is it true Osmonaliyev opposed cooperation with China?", «Правда, что Осмоналиев
        # выступил против сотрудничества с Китаем?»: a stance put to someone the base quotes
        # claims his words take it, as blame does; his card answered nothing of it.
        blamed = stance_words(ws)
    if blamed:
        # "Safarov criticized China for treating partners unequally, is that right?",
        # «Сафаров критиковал Китай за неуважение к партнёрам?»: blame put to a named person
        # claims his words blame; read as no saying, his card answered. His words are checked
        # and never confirm it (matcher._person_path); the verb is how, no topic.
        say = True
        terms = {st: t for st, t in terms.items() if t.word not in blamed}
    who_is_slot = _slot(WHO_IS, norm, WHO_IS_STOP)
    if K.Q24M_NAME_THEN_WHO and (
        who_is_slot is None or set(who_is_slot.split()) <= LATIN_RUSSIAN | _THIS_ONE
    ):
        # "lin czyan kto eto": the name before "who is this", not "eto" after "kto"
        # (tuning.Q24M_NAME_THEN_WHO).
        after = _NAME_THEN_WHO.match(norm)
        if after is not None:
            who_is_slot = _slot_words(after.group("slot"), WHO_IS_STOP) or who_is_slot
    say_slot = _slot(SAY_SLOT, norm, clause=K.Q19Q_CLAUSE_BEFORE_SPEAKER) if say else None
    who_said = who_word and say and (say_slot is None or say_slot.split()[0] in WHO)
    if any(a in WHO and T.is_say_word(b) for a, b in pairwise(ws)):
        who_said = True  # "... who said it", "кто сказал"
    if K.Q30N_WHO_AND_WHAT_SAID and not who_said and not persons and _who_and_what_said(ws):
        # «Кто и что сказал?», «кто что сказал», "who and what did they say": the speaker is
        # asked with the words (tuning.Q30N_WHO_AND_WHAT_SAID); read as "<X> said", the words
        # before the sentence («Пишу пост …») were taken for an unknown person's name.
        who_said = True
    among = _which_of_them(ws) if K.Q19Q_WHICH_OF_THEM and say else None
    if among is not None:
        # "Which of the speakers talked about money": one of them is asked for, as by "who of
        # the speakers"; the plural noun is whom he is picked from, no topic
        # (tuning.Q19Q_WHICH_OF_THEM). Only while the base does not know the word.
        who_said = True
        terms = {
            st: t
            for st, t in terms.items()
            if not (t.sim == 0.0 and t.word == among) and t.word != "among"
        }
    if K.Q12_WHOSE_THOUGHT and not persons:
        owned = {b for a, b in pairwise(ws) if a in WHOSE and b in WHOSE_WORDS_NOUNS}
        if owned:
            # «Чья мысль, что …», "whose line was it that …", "whose point is that …": the
            # words' owner is asked, as by «чьи слова»; the noun is no topic.
            who_said = say = True
            terms = {st: t for st, t in terms.items() if t.word not in owned}
    if K.Q16_WHO_PRAISED and not persons:
        praise = {b for a, b in pairwise(ws) if a in WHO and b.startswith(PRAISE_STEMS)}
        if K.Q16_SOMEONE_DESCRIBED and not say:
            # "Someone from the tajik side called the treaty a roadmap - name?": an unnamed
            # speaker's verb of describing or praising a few words after "someone" asks whose
            # words, as "someone said ..., who" does (tuning.Q16_SOMEONE_DESCRIBED).
            unnamed = {
                w
                for i, w in enumerate(ws)
                if (w.startswith(PRAISE_STEMS) or w.startswith(DESCRIBE_STEMS))
                and any(v in SOMEONE for v in ws[max(0, i - 5) : i])
            }
            if unnamed and _beyond_summit(index, terms, unnamed):
                # The verb stays a word of the question, as WHO_CALLED_SAID keeps "called".
                who_said = say = True
                tail = {ws[-1]} & SPEAKER_ASKED
                terms = {st: t for st, t in terms.items() if t.word not in tail}
        if praise and not _beyond_summit(index, terms, praise):
            # "Who praised the summit", "the man who described the summit in astana": the
            # summit's reception (its fact) is asked, or nobody in particular; no one's words.
            praise = set()
        if praise:
            # "Who praised china for its wisdom", "who complimented beijing on its tact", «кто
            # похвалил Китай за мудрость»: whose words praise it, as "who said china is wise"
            # asks; the verb is how the words were said, the praised thing and the quality are
            # their topic (tuning.Q16_WHO_PRAISED).
            who_said = say = True
            terms = {st: t for st, t in terms.items() if t.word not in praise}
    if not persons and not say and (ranked_at := who_ranked_first(ws)) is not None:
        # "who put china at the top of central asia's to-do list", "which ex-envoy placed
        # china first": ranking something first is a judgement, told in words; whose words
        # rank it is asked, as "who said china comes first" asks (tuning.Q30Q_WHO_RANKED_FIRST).
        # The verb is how the ranking was put, no topic the words must hold.
        who_said = say = True
        terms = {st: t for st, t in terms.items() if t.word != ws[ranked_at[0]]}
    if K.Q16_COPULAR_VERBS and say:
        # "Central Asia is becoming more proactive", «ЦА становится активнее»: in words said,
        # the verb links the subject to what is said of it, as "is" does; it is no topic the
        # words must hold (tuning.Q16_COPULAR_VERBS). Only while the base does not know it.
        terms = {
            st: t
            for st, t in terms.items()
            if not (
                t.word in COPULAR_VERBS and (t.sim == 0.0 or _copular_as_article(index, t, persons))
            )
        }
    if (
        say
        and say_slot
        and (
            say_slot.split()[0] in {"which", "what"}
            or all(w in GENERIC_PEOPLE for w in say_slot.split())
        )
    ):
        who_said = True  # "which person said ...", "what official said ..."
    if K.Q16_SPEAKER_FRAME_WORDS and who_said and not persons:
        # "Did anyone say ...", "... what were his actual words?": "anyone" is the speaker
        # asked for, "actual" how the words are wanted; neither is a topic the words must
        # hold (tuning.Q16_SPEAKER_FRAME_WORDS). Only while the base does not know the word.
        frame_words = {
            w
            for i, w in enumerate(ws)
            if w in ANYONE
            or (w in WORDING_ADJECTIVES and i + 1 < len(ws) and ws[i + 1] in WORDING_NOUNS)
        }
        terms = {st: t for st, t in terms.items() if not (t.sim == 0.0 and t.word in frame_words)}
    if K.Q19Q_SPEAKER_NOUN_NO_TOPIC and who_said and not persons and say_slot:
        # "A guy said the Central Asian countries are ..., who was that?": the unnamed person
        # noun of the speaker slot is the speaker asked for, no topic the words must hold
        # (tuning.Q19Q_SPEAKER_NOUN_NO_TOPIC). Only while the base does not know the word.
        slot_people = {w for w in say_slot.split() if w in PERSON_NOUNS}
        terms = {st: t for st, t in terms.items() if not (t.sim == 0.0 and t.word in slot_people)}
    if K.MENTIONED_NOT_SAID and say and _mentioned_passive(ws, persons):
        # "Is the BRI mentioned", "was coal chemistry mentioned": whether the base has the
        # thing, not whose words (tuning.MENTIONED_NOT_SAID).
        say = False
        say_slot = None
    who_is = (who_is_slot is not None and not say) or (
        bool(persons) and not say and any(w in T.WHO_IS_WORDS for w in ws)
    )
    if (
        K.ROLE_AT_EVENT
        and who_is
        and persons
        and not any(index.kb.quotes_by(p) for p in persons)
        and ROLE_AT_EVENT.search(norm)
    ):
        # "Who is Tokayev and what was his role in the summit": the part someone played at an
        # event is what the event's facts report (he hosted it), not the office on their card.
        # Only for people the base never quotes: for the others, the question would turn to
        # their words, which say nothing of a role.
        who_is = False
    unknown = None
    if not persons and not r.several and not r.namesakes:
        if say and not who_said:
            unknown = _unknown_name(index, say_slot)
        elif who_is:
            unknown = _unknown_name(index, who_is_slot)
    if K.SOURCE_TEXT_NO_TOPIC and unknown is not None:
        framing = outlet_words(index, ws) | NOT_A_NAME
        if all(w in framing or w in T.STOP_WORDS for w in unknown.split()):
            # "What did the bastille post article say": the text read, not a person.
            unknown = None
    terms = _without_slot(terms, unknown)
    small_talk = SMALL_TALK | ASSENT if K.Q24_SMALL_TALK else frozenset()
    if K.Q24_BARE_QUESTION_WORD:
        small_talk = small_talk | BARE_QUESTION_WORDS
    greeting = bool(ws) and all(w in GREETINGS or w in T.STOP_WORDS or w in small_talk for w in ws)
    if K.Q26F_PRAISE and ws and not greeting:
        # "good job" showed the treaty's name ("good" of good-neighbourliness), "great work"
        # Nagaspayev's words ("work closely"): praise for the bot asks nothing it holds.
        praising = GREETINGS | PRAISE | small_talk
        greeting = any(w in praising for w in ws) and all(
            w in praising or w in PRAISED or w in T.STOP_WORDS for w in ws
        )
    if K.Q24_ARITHMETIC and ws and not greeting and _ARITHMETIC.search(question):
        # "what is 2+2?", «сколько будет 2+2?» showed the second summit's card ("2"): sums
        # with nothing but stop words around them ask the bot nothing it holds.
        greeting = all(w.isdigit() or w in T.STOP_WORDS or w in small_talk for w in ws)
    if K.Q24_ADDRESSED_TO_BOT and ws and not greeting:
        about_bot = small_talk | BOT_META | BOT_ADDRESS | NOT_UNDERSTOOD
        greeting = any(w in BOT_ADDRESS or w in NOT_UNDERSTOOD for w in ws) and all(
            w in GREETINGS or w in T.STOP_WORDS or w in about_bot for w in ws
        )
    claim = framed is not None or (
        _is_claim(ws, norm) and (say or (bool(persons) and ws[0] in ACTION_CLAIM_START))
    )
    if blamed:
        claim = True  # "X criticised Y" states that X's words blame Y
    if K.Q17_ASCRIBED_IS_SAID and ascribed:
        claim = True  # "is attributed to X" states that X said the words
    if (
        K.Q17_ANYTHING_ABOUT_IS_TOPIC
        and claim
        and not persons  # "did Nagaspayev say anything about metallurgy": "Yes:" and his words
        and says_anything_about(ws)
    ):
        # "Did a Russian analyst say anything about the treaty", «узбекский экономист что-то
        # говорил про BRI»: a topic asked about, not words put to someone; read as a claim, the
        # words of whoever spoke of the topic were shown as a correction ("No: that was not the
        # Russian analyst"), as if the asker had quoted them.
        claim = False
    if who_said and _asks_speaker_of_act(ws):
        # "Who gave the keynote speech at the astana summit": who performed the act of
        # speaking, which a fact states; not whose words these are (tuning.SPEECH_ACT_WHO).
        who_said = say = False
    # «Саммит был в Сиане в мае 2023?»: the month after «в» asks the time as «в мая» would
    # (tuning.Q26F_MONTH_IN_RU).
    months = T.MONTHS | _MONTHS_IN if K.Q26F_MONTH_IN_RU else T.MONTHS
    when = any(w in WHEN or w in months for w in ws)
    if K.ASKED_TIME_WORDS:
        asked = ASKS_TIME.search(norm)
        if asked is not None:
            # «В каком месяце был саммит»: "when" is asked, and «месяце» is no topic.
            when = True
            span = set(asked.group(0).split())
            terms = {s: t for s, t in terms.items() if t.word not in span}
        terms = {s: t for s, t in terms.items() if t.word not in REQUEST_WORDS}
    if K.KAKOV_NO_TOPIC:
        terms = {s: t for s, t in terms.items() if t.word not in KAKOV_WORDS}
    if K.OVERALL_NO_TOPIC:
        # "What did observers think overall about ...", "what did the article say in general":
        # the whole of it is asked, and the words that say so are no topic
        # (tuning.OVERALL_NO_TOPIC).
        span = {w for found in OVERALL.finditer(norm) for w in found.group(0).split()}
        terms = {s: t for s, t in terms.items() if t.word not in span or t.known}
    if K.TELL_REQUEST_NO_TOPIC:
        # «Расскажи про саммит 2025 года»: a request to the bot, no topic (as «напомни»).
        terms = {s: t for s, t in terms.items() if t.word not in TELL_WORDS}
    if framing := T.list_everyone_request(ws) | T.user_work_words(ws):
        # "list everyone quoted", "for my report": the request's frame, no topic (q16lex)
        terms = {s: t for s, t in terms.items() if t.word not in framing}
    if K.AFTER_THE_LAST_YEAR:
        last = index.last_year
        for a, b in pairwise(ws):
            if a in AFTER_WORDS and b.isdigit() and len(b) == 4 and last and int(b) >= last:
                # "Who will host the summit after 2027": a time after the base's last summit,
                # which no record covers; the year read as a word the base does not use
                # (tuning.AFTER_THE_LAST_YEAR) rather than as the 2027 summit's.
                terms = {s: t for s, t in terms.items() if t.word not in (a, b)}
                terms[f"{a} {b}"] = Term(f"{a} {b}", 0.0, b, K.UNKNOWN_WORD_WEIGHT)
    if K.CAME_OUT_IS_OUTCOME:
        came_out = COME_OUT.search(norm)
        outcome = index.term(OUTCOME)
        if came_out is not None and outcome.known:
            # "What came out of the xian summit": its outcome (tuning.CAME_OUT_IS_OUTCOME).
            span = set(came_out.group(0).split())
            terms = {s: t for s, t in terms.items() if t.word not in span}
            terms.setdefault(outcome.stem, outcome)
    if K.SOURCE_TEXT_NO_TOPIC:
        # "The article says 'on tuesday' - which date is that", "which experts were quoted in
        # the bastille post": the text the user read is the frame of the question, not its
        # topic; as a word the base does not use it weighed against every entry, and an
        # outlet's name found the one fact that names the outlet (tuning.SOURCE_TEXT_NO_TOPIC).
        framing = outlet_words(index, ws) | {
            w
            for i, w in enumerate(ws)
            if (
                w in SOURCE_TEXT_WORDS
                or (K.Q25Q_COVERAGE_NO_NAME and w in COVERAGE_WORDS and not index.term(w).known)
            )
            and not _numbered(ws[i + 1 : i + 2])
        }
        terms = {
            s: t
            for s, t in terms.items()
            if t.word not in framing or (t.word in SOURCE_TEXT_WORDS and t.known)
        }
    if K.GOT_PASSIVE:
        # "What memorandums got signed in 2023": "got" is the passive's auxiliary, as "were".
        aux = {a for a, b in pairwise(ws) if a in GET_FORMS and b.endswith(("ed", "en"))}
        terms = {s: t for s, t in terms.items() if t.word not in aux}
    if (
        K.WHO_IS_THE_ONE_QUOTED
        and persons
        and say
        and tuple(ws[:2]) in WHO_IS_OPENINGS
        and all(w in QUOTED_PARTICIPLES for w in ws if T.is_say_word(w))
    ):
        # "Who is the Tajik expert quoted in the article": who the person described is; the
        # participle says where the user met them, it does not ask for their words
        # (tuning.WHO_IS_THE_ONE_QUOTED).
        say = who_said = claim = False
        who_is = True
        terms = {st: t for st, t in terms.items() if t.word not in QUOTED_PARTICIPLES}
    if K.Q26P_HONORIFIC_NO_TOPIC and persons:
        # "tell me about Dr Safarov", "tell me about Mr Tokayev": a form of address before
        # the name is no topic the answer must hold (tuning.Q26P_HONORIFIC_NO_TOPIC).
        # Only right before a name: "is Safarov a professor?" keeps its question.
        before = {
            w for w, nxt in pairwise(ws) if w in HONORIFICS and _word_owners(index, nxt, False)
        }
        terms = {st: t for st, t in terms.items() if t.word not in before}
    if (
        K.Q26P_TELL_ABOUT_PERSON
        and persons
        and not claim
        and (not who_said or TELL_WHO.search(norm))
        and not any(index.kb.quotes_by(p) for p in persons)
        and all(t.word in ABOUT_PERSON_WORDS for t in terms.values())
        and (
            (
                say
                and (TELL_ABOUT.search(norm) or TELL_WHO.search(norm))
                # "tell me about Xi's speech": his words are asked about, as before
                and not any(T.is_say_word(w) for w in ws if w not in TELL_VERBS)
            )
            or (not say and bool(terms))
        )
    ):
        # "Tell me about Tokayev", "can you tell me who Wang Yi is", "what is known about
        # Mirziyoyev", «что за человек Ван И»: the person is asked about, as «расскажи про
        # Токаева» is. "Tell" read as a verb of saying, or "known", «человек» as a topic no
        # record holds, answered that the base has no quotes of his (tuning.
        # Q26P_TELL_ABOUT_PERSON). Someone the base quotes keeps his words; a topic beside the
        # name ("tell me about Tokayev's speech") keeps the question's reading.
        say = who_said = False
        who_is = True
        terms = {}
    if (
        K.Q19_SOURCE_OF_WORDS
        and persons
        and not who_is
        and any(t.word in SOURCE_WORDS for t in terms.values())
        and any(t.known and t.word not in META_WORDS for t in terms.values())
    ):
        # "Nagaspayev praised China for 'respecting each and every partner'. Source?": the
        # source of the words is asked, which every quote shows; as a topic of no quote,
        # "source" took the words away and the person's card answered, as if it confirmed
        # (tuning.Q19_SOURCE_OF_WORDS).
        terms = {st: t for st, t in terms.items() if t.word not in SOURCE_WORDS}
    if (
        K.OFFICE_ASKS_CARD
        and len(persons) == 1
        and not (say or who_said or claim or who_is)
        and persons[0] in index.by_id
    ):
        card = index.entry_stems[index.by_id[persons[0]]]
        office = [t for t in terms.values() if t.weight > 0]
        if (
            office
            and all(t.known for t in office)
            and any(t.stem in card and t.word not in OFFICE_QUESTION_WORDS for t in office)
            and all(t.stem in card or t.word in OFFICE_QUESTION_WORDS for t in office)
        ) or (K.OFFICE_TITLE_ASKS_CARD and _title_asked(office, card)):
            # «В какой стране был послом Осмоналиев»: his office, in the words of his card
            # (and words that ask about an office: "country", "job"), not his quote, which
            # shares "countries" (tuning.OFFICE_ASKS_CARD).
            who_is = True
    if (
        K.ORIGIN_ASKS_CARD
        and len(persons) == 1
        and not (say or who_said or claim or who_is)
        and (ws[-1:] == ["from"] or not ORIGIN_WORDS.isdisjoint(ws))
        and all(t.word in OFFICE_QUESTION_WORDS | ORIGIN_WORDS for t in terms.values())
    ):
        # "Which country is Osmonaliyev from": where the person is from, which their card
        # says; it showed his quote, which shares "countries" (tuning.ORIGIN_ASKS_CARD).
        who_is = True
    if (
        K.Q15_ORIGIN_CLAIM_ASKS_CARD
        and len(persons) == 1
        and not (say or who_said or who_is)
        and _comes_from(ws)
        and all(
            t.word in ORIGIN_VERBS | OFFICE_QUESTION_WORDS | ORIGIN_WORDS
            or t.stem in index.people_by_country
            for t in terms.values()
        )
    ):
        # "Did the tajik expert come from kazakhstan", "does osmonaliyev represent kyrgyzstan":
        # where the person is from, a yes/no the card settles; read as a claim, his words were
        # shown under "Yes" (or "No: that was not ...") as if they said it
        # (tuning.Q15_ORIGIN_CLAIM_ASKS_CARD).
        who_is = True
        claim = False
    if K.EITHER_TIME:
        either = _either_times(ws)
        rest = [t for t in terms.values() if t.known and t.word not in either]
        if either and rest and any(index.term(w).known for w in either):
            # "Was the astana summit in june or july 2025", "was the first summit in 2023 or
            # 2024": the times offered are for the answer to choose between, no topic; a
            # time the base lacks refused the question, and one it has elsewhere (2024, the
            # secretariat's) answered with another record. What the question is about
            # answers, with its time (tuning.EITHER_TIME).
            terms = {st: t for st, t in terms.items() if t.word not in either}
            when = True
    if K.US_IS_A_COUNTRY:
        us = US_COUNTRY.search(question)
        if us is not None and not _DOLLARS.search(question):
            # "Did the US sign the treaty", «подписали ли США договор»: a country the base
            # does not hold, not "us" (a stop word) nor the "US" of "22 billion US dollars"
            # (tuning.US_IS_A_COUNTRY).
            named = {"us", "сша", *re.findall(r"\w+", us.group(0).lower())}
            terms = {st: t for st, t in terms.items() if t.word not in named}
            terms[US_STEM] = Term(US_STEM, 0.0, us.group(0).lower(), 1.0)
    trigger = asks_for_list(ws, norm)
    namesakes = r.namesakes
    if K.LEADER_AT_SUMMIT and trigger is None and not say and not who_said:
        head = _leader_at_summit(index, ws)
        if head is not None:
            # "Who was uzbekistan's leader at the summit", "kazakhstan president at the summit
            # name?", «кто представлял туркменистан», «президенты на саммите в астане список»:
            # who led a country there, which the fact naming the leaders at the summit
            # answers, not a card's office (nor an unknown "Uzbekistan Leader", nor the Tajik
            # expert for "tajikistan's leader"): a list of people (tuning.LEADER_AT_SUMMIT).
            trigger = head
            persons, namesakes, unknown, who_is = (), (), None, False
            terms = {st: t for st, t in terms.items() if t.known or t.word != head}
            for w in ws:
                t = index.term(w)
                if t.known and w not in T.STOP_WORDS and not is_dropped(w):
                    terms.setdefault(t.stem, t)
    absent = K.Q24M_ABSENT_PARTY and trigger is None and not say and bool(absent_country(index, ws))
    absent_party = ""
    if K.Q26F_ABSENT_LEADER and K.Q24M_ABSENT_PARTY and trigger is None and not absent and not say:
        absent_party = absent_leader(index, ws, persons)
        absent = bool(absent_party)
    if absent or (
        K.Q20_MEMBER_COUNTRY and trigger is None and not say and member_country(index, ws)
    ):
        # "Was Kyrgyzstan one of the countries at the summit?", "Did Turkmenistan take part in
        # the Astana summit?": a country of the base put among those taking part, which the
        # list of them answers, as for "did kyrgyzstan attend"; not a person of that country
        # (Osmonaliyev's words), nor a name of no quotes (tuning.Q20_MEMBER_COUNTRY).
        persons, namesakes, unknown, who_is = (), (), None, False
        gone = _MEMBER_FORM_WORDS | ABSENT_WORDS | _NOT if absent else _MEMBER_FORM_WORDS
        if absent and K.Q26F_ABSENT_LEADER:
            # «Почему Узбекистан не приехал в Астану?»: the verb after the "not" and the
            # Russian "why" ask of the absence, no topic (both were words of no record).
            gone = gone | _NOT_THERE | _WHY_ABSENT
        terms = {s: t for s, t in terms.items() if t.word not in gone}
        part = index.term("participants")
        terms[part.stem] = part
    if K.MEMBERSHIP_LIST and trigger is None and not persons and not say:
        member = _membership_subject(index, ws, terms)
        if member:
            # "Is russia a member of the china central asia summit": whether one country is
            # among those taking part, which the list of them answers either way; the name
            # tested is no topic the base lacks (tuning.MEMBERSHIP_LIST).
            gone = member | _PARTITIVE if K.Q19_MEMBERSHIP_FORMS else member
            terms = {s: t for s, t in terms.items() if t.word not in gone}
            trigger = ws[at] if (at := membership_at(index, ws)) is not None else ws[0]
    only: tuple[EntryType, ...] = ()
    if trigger is not None and LIST in index.idf and not who_said:
        # "Which presidents were at the summit", «кто из президентов был в Астане», "who
        # attended": a list of people is asked for, which the facts listing them carry
        # (index.LIST, tuning.PEOPLE_LIST), and the summit's card does not.
        terms = {**terms, LIST: Term(LIST, 1.0, trigger)}
        by_name = trigger in PEOPLE_BY_NAME_HEADS or (K.Q24M_LEADER_FORMS and trigger in FROM_WORDS)
        if K.PEOPLE_BY_NAME and by_name and NAMED in index.idf:
            # "Which leaders attended the astana summit": the leaders by name, which the
            # fact listing the countries ("leaders of six countries took part") does not give
            # (index.NAMED, tuning.PEOPLE_BY_NAME).
            terms[NAMED] = Term(NAMED, 1.0, trigger)
        if trigger in COUNTRY_HEADS:
            # "Which countries signed the treaty": no one's words say which countries did
            # (a quote about the treaty won on its name).
            only = ("fact", "event")
    if (
        K.WHO_ACTED_NO_QUOTE
        and not only
        and not (say or who_said)
        and any(w in WHO for w in ws)
        and not ACTED.isdisjoint(ws)
    ):
        # "Who led the summit in astana", "who chaired the forum on industrial integration":
        # a quote that shares the other words would say its speaker did it.
        only = ("fact", "event", "person")
    if K.FREQUENCY_PHRASES and FREQUENCY.search(norm):
        # "Is the summit held every year?", «саммит ведь проходит каждый год?»: how often is
        # asked (the base's word for it, "often", index.term), not when.
        often = index.term(OFTEN)
        if often.known:
            terms = {**terms, often.stem: often}
        if K.L30_FREQUENCY_NO_ORDINAL:
            # "every three years": the count is how often, no ordinal ("3", the third summit's
            # mark, found the 2027 summit); the number trap reads it from the words.
            phrase = FREQUENCY.search(norm)
            counted = set(phrase.group().split()) if phrase else set()
            terms = {
                st: t for st, t in terms.items() if not (t.word in counted and st.isdigit())
            } or terms
        when = when and ASKS_WHEN_WHERE.search(norm) is not None
    where = any(w in WHERE for w in ws)
    # «сколько конкретно», "how much precisely": how precisely the figure is wanted, as for a
    # place or a time (tuning.Q16_EMPHASIS_COUNT).
    count = K.Q16_EMPHASIS_COUNT and any(w in COUNT_WORDS for w in ws)
    if K.EMPHASIS_NO_TOPIC and (where or when or count):
        # "Which cities will host the 2027 summit specifically", «где конкретно»: how precisely
        # the place or the time is wanted, no topic. (Not otherwise: «какие конкретно компании»
        # asks for names the base does not hold, and the word keeps it refused.)
        kept = {s: t for s, t in terms.items() if not (t.word in EMPHASIS and not t.known)}
        terms = kept if kept else terms
    signed = index.term("signed")
    if K.WHEN_SIGNED_FACT and when and not only and not say and signed.stem in terms:
        # «Договор о вечном добрососедстве — когда подписан», "when was the xi'an declaration
        # signed": the fact that states the signing and its date answers, not the summit's
        # card (tuning.WHEN_SIGNED_FACT).
        only = ("fact",)
    summit = index.term("summit").stem
    if K.CAPITAL_IS_WHERE and any(w in CAPITAL_WORDS for w in ws) and summit in terms:
        # "What's the capital of kazakhstan, where the summit was": a city is asked for (the
        # summit card's place), and "capital", a word the base does not use, is no topic.
        # Without a summit in the question ("the capital of china") nothing of the base is.
        where = True
        terms = {s: t for s, t in terms.items() if not (t.word in CAPITAL_WORDS and not t.known)}
    if K.HOST_IS_CONTENT and not HOST_WORDS.isdisjoint(ws):
        if ASKS_WHEN_WHERE.search(norm):
            # "Which city hosted", "where was it hosted": a place is asked, as before.
            terms = {s: t for s, t in terms.items() if t.word not in HOST_WORDS}
        else:
            # "Who hosted", "how did kazakhstan end up hosting": the host is asked
            # (index.HOST_WORDS), not a place.
            where = any(w in WHERE and w not in HOST_WORDS for w in ws)
            if K.WHEN_WHERE_NO_QUOTE and not say and not only:
                # ... and, as for a "where" (the same rule, tuning.WHEN_WHERE_NO_QUOTE),
                # nobody's words say who hosted: "who hosted the forum on industrial
                # integration" is not answered with Nagaspayev's words about the forum.
                only = ("fact", "event", "person")
    if (
        K.TELL_ABOUT_SUMMIT
        and not persons
        and terms
        and TELL_ABOUT.search(norm)
        and all(
            (t.known and t.stem in summit_stems(index))
            or _any_year(t.word)
            or (K.Q28_TELL_ABOUT_VENUE and _venue_capital(index, ws, t.word))
            for t in terms.values()
        )
        and (
            # A year no summit was held in, with the summit's names and no name slot the base
            # does not know («расскажи про саммит ШОС в Астане 2024»: another summit).
            all(t.known and t.stem in summit_stems(index) for t in terms.values())
            or (
                unknown is None
                and any(t.known and t.stem in summit_stems(index) for t in terms.values())
            )
        )
    ):
        # "Tell me about the astana summit", «расскажи про саммит в Астане»: a summit's names
        # only, asked to be told about: its card, as "what happened at" it; "tell" read as a
        # verb of saying put the facts first (tuning.TELL_ABOUT_SUMMIT).
        say = who_said = who_is = claim = False
        unknown = None
        when = True
    if K.BEFORE_OR_AFTER and BEFORE_OR_AFTER.search(norm):
        # "Was the secretariat agreed before or after the first summit": the two times are
        # for the answer to choose between, as in EITHER_TIME; "before", a word the base does
        # not use, refused it. What it is about answers, with its time
        # (tuning.BEFORE_OR_AFTER).
        pair = {w for m in BEFORE_OR_AFTER.finditer(norm) for w in m.group(0).split()}
        terms = {st: t for st, t in terms.items() if t.word not in pair}
        when = True
    if K.QUICK_ONE_FILLER:
        filler = {w for m in QUICK_ONE.finditer(norm) for w in m.group(0).split()}
        if filler:
            # "hey, quick one - astana summit was in june right?": a chat opener, not "the
            # first one" (read "1", it found the first summit's records) (tuning.
            # QUICK_ONE_FILLER).
            terms = {st: t for st, t in terms.items() if t.word not in filler}
    if K.CLAIM_TAG_NO_TOPIC and is_yes_no(ws) and not persons:
        # «Саммиты ведь проходят каждый год, верно?»: the tag asks yes or no; as a word the
        # base does not use («верно») it weighed against every entry (tuning.CLAIM_TAG_NO_TOPIC).
        # Not with a person named: there it kept a claim about their office from their words
        # («осмоналиев посол киргизии в китае, верно?»: his card).
        terms = {st: t for st, t in terms.items() if t.known or t.word not in CLAIM_WORDS}
    if K.WHERE_BASED and where and not persons:
        # "Where is the secretariat based", "where is it headquartered": the verb restates
        # "where"; as a word the base does not use it weighed against the one record that
        # says where (tuning.WHERE_BASED).
        terms = {st: t for st, t in terms.items() if t.known or t.word not in LOCATED_WORDS}
    if K.Q29T_BASED_IN_CLAIM and not where and not persons and _located_in(ws) and is_yes_no(ws):
        # "Is the secretariat based in Astana?": the verb before "in <place>" restates the
        # place, as "where ... based" does; as a word the base does not use it outweighed
        # "secretariat" and the claim was refused where "is the secretariat in Astana?" is put
        # right (tuning.Q29T_BASED_IN_CLAIM).
        terms = {st: t for st, t in terms.items() if t.known or t.word not in LOCATED_WORDS}
    if K.SUMMIT_SPAN_WORDS and when and not persons and index.word_canonical("summit") in terms:
        # "On what date did the first summit close", «когда закончился первый саммит»: the
        # day it began or ended is its card's dates; "close" found "closely" in a quote and
        # «закончился» the declaration it concluded with (tuning.SUMMIT_SPAN_WORDS).
        terms = {st: t for st, t in terms.items() if t.word not in SPAN_WORDS}
    return Parsed(
        words=tuple(ws),
        terms=tuple(terms.values()),
        who_said=who_said,
        say=say,
        who_is=who_is,
        when=when,
        where=where,
        greeting=greeting,
        persons=persons,
        unknown_name=unknown,
        lang=r.lang,
        claim=claim,
        meta=_meta(ws, persons) or outlet_asked(index, ws, persons),
        define=not say and not persons and DEFINE.match(norm) is not None,
        only=only,
        namesakes=() if persons else namesakes,
        yes_no_mark=question.rstrip().endswith("?")
        and QUESTION_WORDS.isdisjoint(ws)
        and not (K.Q19_QUESTION_WORD_FORMS and not QUESTION_WORD_FORMS.isdisjoint(ws)),
        guessed=guess[0] if guess is not None else None,
        listed=listed_items(question) if K.LISTED_ITEMS else (),
        described_as=r.described_as,
        blamed=bool(blamed),
        topic_person=r.topic_person,
        described_pred=r.described_pred,
        absent_party=absent_party,
    )


#: Where a sentence ends (a list is read within one sentence).
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s+|$)|\n+")
#: What ends a list and begins what is asked of it: a dash ("next summit - give me all four",
#: "... — dates?") or a colon after it.
_LIST_TAIL = re.compile(r"\s+[-–—]+\s+|\s*:\s*")
#: The last two items of a list joined by "and" («и»): "xian, astana and the next one".
_LIST_AND = re.compile(r"\s+(?:and|и|or|или)\s+")
#: Items of a list: at least this many (two words joined by a comma are often one thought, "so,
#: when was it"), at most this many words each (an item names a thing; a clause asks).
LIST_MIN_ITEMS = 3
LIST_ITEM_WORDS = 4


def listed_items(question: str) -> tuple[str, ...]:
    """The things a message lists, comma-separated, in one of its sentences ("First summit,
    secretariat launch, second summit, next summit - dates?" -> the four), each as typed;
    () when no sentence lists at least :data:`LIST_MIN_ITEMS` short items or an item opens
    with a question word (a list of questions is matcher.several_asked's own reading).
    Parsed.words has lost the commas, so the list is read here, from the text
    (tuning.LISTED_ITEMS)."""
    if question.count(",") < LIST_MIN_ITEMS - 2 or len(question) > 600:
        return ()
    found: tuple[str, ...] = ()
    for sentence in _SENTENCE_END.split(question):
        if sentence.count(",") < 1:
            continue
        # A lead-in ends with a colon ("Timeline: first summit, ..."); the tail after a dash.
        body = sentence.rsplit(":", 1)[-1] if ":" in sentence.split(",")[0] else sentence
        parts = [x.strip() for x in body.split(",")]
        last = _LIST_TAIL.split(parts[-1], maxsplit=1)[0]
        parts[-1:] = [x.strip() for x in _LIST_AND.split(last)]
        parts = [x for x in parts if x]
        if len(parts) < LIST_MIN_ITEMS:
            continue
        words = [T.normalize(x).split() for x in parts]
        if any(not w or len(w) > LIST_ITEM_WORDS or w[0] in QUESTION_WORDS for w in words):
            continue
        if found:
            return ()  # two lists: which is asked about?
        found = tuple(parts)
    return found


def _guessed(
    index: Index, question: str, ws: list[str], persons: tuple[str, ...]
) -> tuple[str, frozenset[str]] | None:
    """The person a "who" question ends with after a comma or a dash, as a guess ("who put
    forward the spirit, tokayev?", «кто выдвинул «дух …», Токаев?»), and the words naming
    them: the one person of the question, named only there, in at most three words."""
    if len(persons) != 1 or not ws or ws[0] not in WHO:
        return None
    if any(T.is_say_word(w) for w in ws):
        return None  # "who said W, was it X?": a claim about words, which corrections answer
    text = question.strip().rstrip("?!. ")
    cut = max(text.rfind(","), text.rfind(" - "), text.rfind(" — "))
    if cut <= 0:
        return _guessed_last(index, text, persons) if K.WHO_GUESS_UNMARKED else None
    head, tail = text[:cut], text[cut + 1 :].strip(" -—")
    tail_words = T.words(T.normalize(tail))
    if not 1 <= len(tail_words) <= 3:
        return None
    if _read(index, tail).persons != persons or _read(index, head).persons:
        return None
    return persons[0], frozenset(tail_words)


#: What may not come right before a guess written without a comma: the name is then the
#: verb's object or the end of a phrase ("who signed the treaty with tokayev", "who is
#: tokayev"), not the user's guess (a stop word does not either).
_NOT_BEFORE_GUESS = frozenset("is was are were be been это является был была".split())


def _guessed_last(
    index: Index, text: str, persons: tuple[str, ...]
) -> tuple[str, frozenset[str]] | None:
    """The guess of a "who" question written without a comma ("kto vydvinul duh kitai-ca
    tokaev?", "who put forward the spirit tokayev"; tuning.WHO_GUESS_UNMARKED): the one person
    of the question named only by its last one to three words, after "who", a verb and its
    object (at least two words that are neither stop words nor a form of "be"), the word just
    before the name being no stop word ("who signed the treaty with tokayev": "with" makes
    him part of the question, and no guess)."""
    tokens = text.split()
    for k in (1, 2, 3):
        if len(tokens) <= k + 2:
            return None
        head, tail = " ".join(tokens[:-k]), " ".join(tokens[-k:])
        if _read(index, tail).persons != persons or not _only_name(index, persons[0], tail):
            continue
        if _read(index, head).persons:
            return None
        head_words = T.words(T.normalize(head))
        inner = head_words[1:]
        if len(inner) < 2 or inner[0] in _NOT_BEFORE_GUESS or T.is_stop_word(inner[-1]):
            return None
        if sum(1 for w in inner if not T.is_stop_word(w) and w not in _NOT_BEFORE_GUESS) < 2:
            return None
        return persons[0], frozenset(T.words(T.normalize(tail)))
    return None


def _only_name(index: Index, person: str, tail: str) -> bool:
    """Whether ``tail`` is only words of the person's names (name, aliases, Russian name),
    not a role that describes them ("political scientists in tajikistan" reads as Safarov,
    and is part of the question, no guess)."""
    p = index.kb.people[person]
    names = {
        w
        for n in (p.name, *p.aliases, p.name_ru or "")
        for w in T.words(T.normalize(n), limit=None)
    }
    return set(T.words(T.normalize(tail))) <= names


#: Words of an office's title ("secretary general", "chairman", «генсек»): a question giving a
#: person named one asks what they are (tuning.OFFICE_TITLE_ASKS_CARD).
OFFICE_TITLES = frozenset(
    "secretary general director chairman chairwoman chair head ambassador minister president "
    "envoy deputy spokesman spokesperson premier leader "
    "секретарь генсек генеральный директор председатель глава посол министр президент "
    "лидер".split()
)


def _title_asked(office: list[Term], card: frozenset[str]) -> bool:
    """Whether the question gives the person it names an office title (OFFICE_TITLES) and
    otherwise only words of their card, words asking about an office, or words the base does
    not know ("wu yingqin is secretary general of sco right?": "sco"), so that it asks what
    they are; their card says it. It answered "I have no quotes from Wu Yingqin", for a
    question about no words (tuning.OFFICE_TITLE_ASKS_CARD)."""
    if not any(t.word in OFFICE_TITLES for t in office):
        return False
    return all(
        t.word in OFFICE_TITLES or t.word in OFFICE_QUESTION_WORDS or not t.known or t.stem in card
        for t in office
    )


#: A chat opener announcing a short question ("quick one", "quick question", "quick q").
QUICK_ONE = re.compile(r"\b(?:quick|short)\s+(?:one|question|q)\b")
#: Two times offered to choose between (tuning.BEFORE_OR_AFTER).
BEFORE_OR_AFTER = re.compile(
    r"\b(?:before|after|earlier|later)\s+or\s+(?:before|after|earlier|later)\b"
    r"|\b(?:до|раньше)\s+или\s+(?:после|позже)\b"
)
#: Verbs that restate "where" for a body's seat (tuning.WHERE_BASED); compared as typed.
LOCATED_WORDS = frozenset(
    "based located situated headquartered housed "
    "расположен расположена находится базируется".split()
)
#: Prepositions of place after a LOCATED_WORDS verb (tuning.Q29T_BASED_IN_CLAIM).
LOCATED_PREPOSITIONS = frozenset("in at в на".split())


def _located_in(ws: Sequence[str]) -> bool:
    """Whether a LOCATED_WORDS verb comes right before a preposition of place ("based in"):
    only then does it restate a place the question names (tuning.Q29T_BASED_IN_CLAIM);
    "based on" is no seat."""
    return any(a in LOCATED_WORDS and b in LOCATED_PREPOSITIONS for a, b in pairwise(ws))


#: A summit's beginning and end, asked with "when" (tuning.SUMMIT_SPAN_WORDS): its dates.
SPAN_WORDS = frozenset(
    "start started starts begin began begins end ended ends close closed closes finish finished "
    "finishes conclude concluded concludes wrap wrapped "
    "начался началась начинался закончился закончилась завершился завершилась закрылся "
    "открылся стартовал".split()
)
#: "Who attended", "who took part", "who was at", «кто участвовал», «кто был на»: who was there.
WHO_ATTENDED = re.compile(
    r"\b(?:who|кто)\s+(?:(?:all\s+)?(?:attended|participated|took\s+part|came\s+to|"
    r"(?:was|were)\s+(?:at|in|there|present)|went\s+to)|"
    r"(?:участвовал\w*|присутствовал\w*|приехал\w*|(?:был|была|были)\s+(?:на|в)))\b"
)


#: The passive of "mention" («упоминается»): "is the BRI mentioned" asks whether the thing is in
#: the sources, and names nobody whose words are asked for (tuning.MENTIONED_NOT_SAID).
MENTIONED = frozenset(
    "mentioned упоминается упоминаются упоминалось упоминалась упоминался упоминались".split()
)
_BE = frozenset("is was are were been being".split())


def _mentioned_passive(ws: list[str], persons: tuple[str, ...]) -> bool:
    """Whether the question's only verb of saying is "mentioned" in the passive ("is the BRI
    mentioned", «упоминается ли пояс и путь»), with no one named or asked for: "who mentioned"
    and "did anyone mention" ask for someone's words."""
    if persons or any(w in WHO or w in GENERIC_PEOPLE for w in ws):
        return False
    said = [i for i, w in enumerate(ws) if T.is_say_word(w)]
    if not said or not all(ws[i] in MENTIONED for i in said):
        return False
    return all(ws[i].startswith("упомин") or not _BE.isdisjoint(ws[:i]) for i in said)


#: Requests to name several ("name all six presidents", "list the leaders", «назовите всех
#: президентов», «перечислите лидеров»): with PEOPLE_HEADS after them, a list is asked for as
#: "which presidents" asks it (tuning.Q14_NAME_THE_LIST).
_LIST_ASK = frozenset(
    "name names list назовите назови перечислите перечисли nazovite perechislite".split()
)
#: What may stand between the request and the people asked for ("all six", "the", «всех»).
_LIST_FILLERS = frozenset(
    "all the six of both every these those всех все шесть шести этих тех".split()
)
_LIST_GAP = 4


def asks_for_list(ws: list[str], norm: str) -> str | None:
    """The word by which the question asks for several people or countries ("which
    presidents", "what countries", «кто из лидеров», «какие страны», "who attended"), or None
    (tuning.PEOPLE_LIST)."""
    if not K.PEOPLE_LIST:
        return None
    for a, b in pairwise(ws):
        if (a in WHICH or a == "из") and b in PEOPLE_HEADS:
            return b
    if K.Q14_NAME_THE_LIST:
        for i, w in enumerate(ws):
            if w not in _LIST_ASK:
                continue
            # "name all six presidents", «назовите всех президентов»: a few filler words
            # between the request and the people asked for.
            rest = [x for x in ws[i + 1 : i + 1 + _LIST_GAP] if x not in _LIST_FILLERS]
            if rest and rest[0] in PEOPLE_HEADS:
                return rest[0]
    found = WHO_ATTENDED.search(norm)
    return found.group(0).split()[-1] if found else None


#: Verbs of what people at a summit do besides speaking (led, chaired, signed, attended...):
#: "who <one of these>" asks who did it, which no one's words state (tuning.WHO_ACTED_NO_QUOTE).
#: A closed list: a question's other verbs may be ways of saying ("who linked the treaty to the
#: summit's focus" asks for Safarov's words), which the semantic stage's wider rule
#: (semantic._asks_who_did) covers only where the lexical stage found nothing.
ACTED = frozenset(
    "led chaired headed organised organized signed attended opened founded launched invited "
    "visited руководил руководила возглавлял возглавляла председательствовал "
    "председательствовала подписал подписала подписали открыл открыла организовал "
    "организовала пригласил пригласила посетил посетила".split()
)


#: Verbs that perform an act of speaking (with text.SPEECH_ACT's nouns after them): "who gave
#: the keynote speech", "who delivered the address", "кто выступил с речью".
ACT_VERBS = frozenset(
    "gave give gives given delivered deliver delivers made make makes held "
    "произнес произнёс произнесла прочитал прочитала сделал сделала".split()
)


def _asks_speaker_of_act(ws: list[str]) -> bool:
    """Whether the question's only verbs of saying are nouns of a speech act that a verb
    performs ("who gave the keynote speech"): it asks who spoke (a reported fact), not whose
    words these are (tuning.SPEECH_ACT_WHO)."""
    if not K.SPEECH_ACT_WHO or not any(w in ACT_VERBS for w in ws):
        return False
    said = [i for i, w in enumerate(ws) if T.is_say_word(w)]
    if not said or not all(T.SPEECH_ACT.fullmatch(ws[i]) for i in said):
        return False
    # "Who made a speech about mining" names the words' topic: whose words, as before.
    return TOPIC_WORDS.isdisjoint(ws[said[0] :])


#: What introduces the topic of someone's words ("a speech about mining").
TOPIC_WORDS = frozenset("about on regarding concerning про о об насчет".split())


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
        namesakes=() if r.persons else r.namesakes,
    )
    if intent == "who_said":  # the words of a quote: whoever said them
        return replace(base, who_said=True, say=True)
    if intent == "quotes_of":  # a person's name or role, and perhaps a topic after it
        unknown = None
        if not r.persons and not r.several and not r.namesakes:
            unknown = _unknown_name(index, _slot_words(r.norm))
        terms = _without_slot(r.terms, unknown)
        return replace(base, say=True, terms=tuple(terms.values()), unknown_name=unknown)
    # A summit: only events answer, and a name in it is not a person asked about.
    return replace(base, when=True, persons=(), only=("event",), namesakes=())


def _meta(ws: list[str], persons: tuple[str, ...]) -> Meta | None:
    """ "What are your sources", "какие у тебя источники": a question about the bot's sources
    (every content word is a word about sources, one of them "source")."""
    if persons:
        return None
    content = [w for w in ws if not T.is_stop_word(w) and not T.is_intent_word(w)]
    if content and set(content) <= META_WORDS and not SOURCE_WORDS.isdisjoint(content):
        return "sources"
    return None


#: Nouns of a news outlet ("which newspaper reported this", «какая газета писала о саммите»)
#: and verbs of reporting: asked together, the question is which of the sources reported it
#: (tuning.Q19_OUTLET_ASKED). General language, each form listed (compared as typed).
OUTLET_NOUNS = frozenset(
    "newspaper newspapers paper papers outlet outlets media publication publications press "
    "agency газета газеты газете газету издание издания изданий сми агентство".split()
)
REPORTING_VERBS = frozenset(
    "report reported reports reporting publish published publishes wrote write writes written "
    "cover covered covers carried "
    "писала писали написала написали сообщила сообщили сообщило опубликовала опубликовали "
    "опубликовало".split()
)
#: Question words that ask for the reporter without an outlet noun ("where was this
#: reported", "who reported the summit").
_REPORTER_ASKED = frozenset("where who где кто".split())


def outlet_asked(index: Index, ws: Sequence[str], persons: tuple[str, ...] = ()) -> Meta | None:
    """ "Which newspaper reported this", "what is the paper that reported the summit", "where
    was this reported": which outlet reported the summit, a question about the bot's sources
    ("sources", as "what are your sources" is). Only when a verb of reporting comes with an
    outlet noun or "where"/"who", and every other content word names a summit (its names,
    place, year: "the astana summit"): "which newspaper reported 133 projects" asks about the
    projects, and "what papers did the leaders sign" has no verb of reporting
    (tuning.Q19_OUTLET_ASKED). Before, "reported" found the treaty's name fact (its statement
    says "in the Bastille Post report") and "paper" the documents signed."""
    if not K.Q19_OUTLET_ASKED or persons:
        return None
    wset = set(ws)
    if wset.isdisjoint(REPORTING_VERBS):
        return None
    if wset.isdisjoint(OUTLET_NOUNS) and wset.isdisjoint(_REPORTER_ASKED):
        return None
    summit = summit_stems(index) | {index.term("summit").stem}
    for w in ws:
        if w in OUTLET_NOUNS or w in REPORTING_VERBS or T.is_stop_word(w) or T.is_intent_word(w):
            continue
        if w in QUESTION_WORDS or index.word_canonical(w) in summit:
            continue
        return None
    return "sources"


QUESTION_WORDS = frozenset(
    "what how who whom whose when where why which что как кто когда где почему зачем какой какие "
    "чей чьи".split()
)
#: The other forms of the Russian question words (tuning.Q19_QUESTION_WORD_FORMS): «по чьему
#: приглашению», «в каком году», «сколько», «куда» ask something; a question mark after them is
#: no yes/no by intonation.
QUESTION_WORD_FORMS = frozenset(
    "чья чьё чье чьего чьему чьим чьём чьем чью чьей чьих чьими "
    "какая какое какого какому каким каком какую какой каких какими "
    "сколько куда откуда зачем отчего "
    "chey chya chyemu chyim kakaya kakoe kakogo kakom kakuyu kakoy kakih skolko kuda otkuda".split()
)
#: "Did Safarov praise ...": a claim about what someone did, even without a verb of saying.
ACTION_CLAIM_START = frozenset("did does has have".split())
CLAIM_START = frozenset("did does has have is was so правда правильно верно неужели".split())
CLAIM_WORDS = frozenset(
    "correct right true really sure confirm verify didnt isnt wasnt верно правда правильно "
    "действительно так".split()
)


def _participants(index: Index) -> str:
    return index.term("participants").stem


def _membership_subject(index: Index, ws: list[str], terms: dict[str, Term]) -> frozenset[str]:
    """The words a yes/no question tests for membership ("is russia a member of ...", "was
    mongolia a participant"): one or two words the base does not use right after the opening
    verb, before a word of taking part; empty when the question is not of that form."""
    if len(ws) < 3 or ws[0] not in MEMBERSHIP_START:
        return frozenset()
    at = membership_at(index, ws)
    if at is None:
        return frozenset()
    subject = [w for w in ws[1:at] if not T.is_stop_word(w)]
    if K.Q19_MEMBERSHIP_FORMS:
        subject = [w for w in subject if w not in _PARTITIVE]
    unknown = {t.word for t in terms.values() if not t.known}
    if not 1 <= len(subject) <= 2 or not set(subject) <= unknown:
        return frozenset()
    return frozenset(subject)


def membership_at(index: Index, ws: Sequence[str]) -> int | None:
    """Where a question says taking part: a word of the participants' group ("member",
    "attend"), or (tuning.Q19_MEMBERSHIP_FORMS) "take part" and a country noun after "one
    of" / "among" ("was afghanistan one of the countries at the summit")."""
    for i, w in enumerate(ws):
        if index.term(w).stem == _participants(index):
            return i
        if not K.Q19_MEMBERSHIP_FORMS:
            continue
        if w in _TAKE and ws[i + 1 : i + 2] in (("part",), ["part"]):
            return i
        if (
            K.Q24M_PART_OF_FORMAT
            and w == "part"
            and i >= 2
            and ws[i - 1] not in _TAKE
            and ws[i + 1 : i + 2] in (("of",), ["of"])
            and any(index.word_canonical(x) in _format_stems(index) for x in ws[i + 2 :])
        ):
            # "is afghanistan part of the china-central asia format": a part of the format or
            # its summit is one taking part (tuning.Q24M_PART_OF_FORMAT)
            return i
        if (
            w in COUNTRY_HEADS
            and i >= 2
            and ws[i - 1] in ("the", "these")
            and ws[i - 2]
            in (
                "of",
                "among",
            )
        ):
            return i
    return None


def member_country(index: Index, ws: Sequence[str]) -> bool:
    """Whether a yes/no question puts one country of the base among those taking part, in
    the forms Q19_MEMBERSHIP_FORMS reads ("did turkmenistan take part in the summit", "was
    kyrgyzstan one of the countries at the summit"; tuning.Q20_MEMBER_COUNTRY). A word of
    the participants' group ("attend") is read as such already."""
    if len(ws) < 3 or ws[0] not in MEMBERSHIP_START or not K.Q19_MEMBERSHIP_FORMS:
        return False
    at = membership_at(index, ws)
    if at is None or index.term(ws[at]).stem == _participants(index):
        return False
    subject = [w for w in ws[1:at] if not T.is_stop_word(w) and w not in _PARTITIVE]
    return len(subject) == 1 and index.word_canonical(subject[0]) in index.people_by_country


def _format_stems(index: Index) -> frozenset[str]:
    """The stems of the words naming the format or its gatherings ("format", "summit",
    "mechanism"): what a country may be a part of (tuning.Q24M_PART_OF_FORMAT); not a country
    nor a region ("is xinjiang part of china", "... of central asia" ask no membership)."""
    return frozenset(index.word_canonical(w) for w in _FORMAT_WORDS)


#: Words of the format's name and its gatherings ("the china-central asia format").
_FORMAT_WORDS = frozenset("format summit summits mechanism".split())
#: Verbs of staying away from a gathering ("skip", "boycott", «пропустил»), and those that
#: say so after a "not" ("did not attend", «не участвовал», «не приехал»; tuning.
#: Q24M_ABSENT_PARTY).
ABSENT_WORDS = frozenset(
    "skip skipped skips skipping miss missed misses missing boycott boycotted boycotting "
    "absent absence пропустил пропустила пропустили пропустить бойкотировал "
    "бойкотировала бойкотировали отсутствовал отсутствовала отсутствовали propustil "
    "propustila".split()
)
_NOT_THERE = frozenset(
    "attend attended come came participate participated go went join joined show showed "
    "участвовал участвовала участвовали приехал приехала приехали был была были "
    "uchastvoval priehal".split()
)
_NOT = frozenset("not didnt dont doesnt wasnt werent не ne".split())


def absent_country(index: Index, ws: Sequence[str]) -> str:
    """The country of the base a question says stayed away from a summit ("why did turkmenistan
    skip the astana summit", «почему Туркмения не участвовала в саммите»), when it names one
    country and one word of staying away (:data:`ABSENT_WORDS`, or "not" right before a verb
    of being there); "" otherwise (tuning.Q24M_ABSENT_PARTY). Every country of the base took
    part: the list of participants answers, under a lead that says so."""
    away = any(w in ABSENT_WORDS for w in ws) or any(
        a in _NOT and b in _NOT_THERE for a, b in itertools.pairwise(ws)
    )
    if not away:
        return ""
    countries = {c for w in ws if (c := index.word_canonical(w)) in index.people_by_country}
    return next(iter(countries)) if len(countries) == 1 else ""


#: The Russian words asking why someone stayed away («почему», «зачем»; English "why" is a
#: stop word) (tuning.Q26F_ABSENT_LEADER).
_WHY_ABSENT = frozenset("почему зачем отчего pochemu zachem".split())


def absent_leader(index: Index, ws: Sequence[str], persons: Sequence[str]) -> str:
    """The country of the one person a question names when it says that person stayed away
    from a summit (the words of :func:`absent_country`) and the person is the country's head
    of state or government (intent.head_of_state_stems): "why didn't mirziyoyev come to
    astana", «Почему Мирзиёев не приехал в Астану?» showed his card, as if it said why. Read
    as the country's absence: the participants answer, under "No: my sources say Uzbekistan
    took part." (tuning.Q26F_ABSENT_LEADER). "" otherwise: an expert, a minister, or no word
    of staying away."""
    if len(persons) != 1:
        return ""
    away = any(w in ABSENT_WORDS for w in ws) or any(
        a in _NOT and b in _NOT_THERE for a, b in itertools.pairwise(ws)
    )
    if not away:
        return ""
    country = index.person_country.get(persons[0], "")
    roles = index.person_roles.get(persons[0], ())
    heads = head_of_state_stems(index)
    if not country or not any(heads & phrase for phrase in roles):
        return ""
    return country


#: The words of Q19_MEMBERSHIP_FORMS' forms, read as one of taking part (Q20_MEMBER_COUNTRY).
_MEMBER_FORM_WORDS = frozenset("take takes taking taken part one among".split())
#: "Take part" and "one of", "among": the forms Q19_MEMBERSHIP_FORMS reads.
_TAKE = frozenset("take takes taking taken".split())
_PARTITIVE = frozenset("one among".split())
#: What opens a yes/no question about membership ("is russia a member", "does japan take part").
MEMBERSHIP_START = frozenset("is was are were does did has have".split())


def is_yes_no(ws: Sequence[str]) -> bool:
    """Whether the words put something as a yes/no matter ("did …", "is it true …", "…,
    right?", «верно ли …»): the claim words of a question, read here and by the matcher when it
    decides whether a correction answers "No"."""
    return bool(ws) and (ws[0] in CLAIM_START or any(w in CLAIM_WORDS for w in ws))


#: Beginnings of verbs of boasting ("boasted", "bragged", «хвастался», "hvastalsya"): a way
#: of saying something (tuning.Q17_NAMED_SPEECH_ACT).
BOAST_STEMS = ("boast", "brag", "хваст", "похваст", "hvasta", "pohvasta")
#: Beginnings of verbs that put words to a person ("attributed to", "ascribed to", "credited
#: to", «приписана», «приписывают», "pripisana"; tuning.Q17_ASCRIBED_IS_SAID).
ASCRIBE_STEMS = ("attribut", "ascrib", "credited", "приписа", "приписыва", "pripis")
#: Indefinite pronouns a verb of saying takes when the question asks for a topic, not words
#: ("say *anything* about", «*что-нибудь* говорил о»; the hyphen splits «что-то» in two).
_ANY_THING = frozenset("anything something aught нибудь либо nibud libo".split())
_ANY_THING_AFTER_WHAT = frozenset("то to".split())
#: Words that name the topic after such a pronoun ("about", "on", «о», «про»).
_TOPIC_LINKS = frozenset(
    "about on regarding concerning re of о об обо про насчёт насчет pro o ob naschet".split()
)
#: How far from the verb of saying the pronoun may stand ("say anything", «что-то говорил»).
_ANY_THING_REACH = 3


def says_anything_about(ws: Sequence[str]) -> bool:
    """Whether a verb of saying takes an indefinite pronoun and a topic ("did X say anything
    about the treaty", "X said something about BRI, who", «X что-нибудь говорил о договоре»,
    "chto-to govoril pro"): a question about a topic, not a claim (Q17_ANYTHING_ABOUT_IS_TOPIC)."""
    for i, w in enumerate(ws):
        if not T.is_say_word(w):
            continue
        near = range(max(0, i - _ANY_THING_REACH), min(len(ws), i + _ANY_THING_REACH + 1))
        for j in near:
            pronoun = ws[j] in _ANY_THING or (
                ws[j] in _ANY_THING_AFTER_WHAT and j > 0 and ws[j - 1] in ("что", "chto")
            )
            if pronoun and any(x in _TOPIC_LINKS for x in ws[max(i, j) + 1 : max(i, j) + 3]):
                return True
    return False


#: A yes/no question asking whether someone's words exist ("is there a quote from the tajik
#: expert on the summit?", «есть ли комментарий от казахского министра?»): a request for his
#: words, no words put to him (tuning.Q24_IS_THERE_A_QUOTE).
_ASKS_FOR_WORDS = re.compile(
    r"^(?:so\s+|and\s+)?(?:is|are|was|were)\s+there\s+(?:a|any|some)?\s*"
    r"(?:quote|quotes|comment|comments|statement|statements|remark|remarks|reaction|words)\s+"
    r"(?:from|by|of)\b"
    r"|^есть\s+ли\s+(?:\S+\s+)?(?:цитат|комментари|высказывани|заявлени|слова)\w*\s+(?:от|из)\b"
)


def asks_for_words(words: Sequence[str]) -> bool:
    """Whether a yes/no question asks whether someone's words exist ("is there a quote from
    the tajik expert ..."): a request for them, no words put to anyone
    (tuning.Q24_IS_THERE_A_QUOTE)."""
    if not (K.Q24_IS_THERE_A_QUOTE and _ASKS_FOR_WORDS.match(" ".join(words))):
        return False
    # "is there a quote from safarov saying china is reckless?" puts words to him
    noun = next(i for i, w in enumerate(words) if i > 1 and w not in ("a", "any", "some", "ли"))
    return not any(
        T.is_say_word(w) or w in ("that", "что", "где", "where") for w in words[noun + 1 :]
    )


def _is_claim(ws: list[str], norm: str) -> bool:
    """Whether the question asserts that someone said something (rather than asks what)."""
    if not ws:
        return False
    if asks_for_words(ws):
        return False  # "is there a quote from the tajik expert on the summit?": his words asked
    if is_yes_no(ws):
        return True
    if any(p.search(norm) for p in _PRESUPPOSED):
        return True
    if ws[0] in QUESTION_WORDS:
        return False
    if K.Q26_EMBEDDED_QUESTION and _ASKED_OF_BOT.match(norm):
        # "tell me what Tokayev said" was "No: that was not Kassym-Jomart Tokayev. These are
        # the words of Yersaiyn Nagaspayev": the question after "tell me" is asked, not a claim
        # that he said "tell me what" (tuning.Q26_EMBEDDED_QUESTION).
        return False
    return bool(
        re.match(
            r"^(?:i\s+(?:read|heard|think)\s+(?:that\s+)?)?\S+(?:\s+\S+){0,4}\s+"
            r"(?:said|says|claimed|stated|сказал|сказала|заявил|заявила|говорил|говорила)\b",
            norm,
        )
    )


#: A question put inside a request to the bot: "tell me what …", "please tell us how …",
#: «скажи, что …» (tuning.Q26_EMBEDDED_QUESTION).
_ASKED_OF_BOT = re.compile(
    r"^(?:please\s+|pls\s+|plz\s+|can\s+you\s+|could\s+you\s+)?(?:tell|show|give)\s+(?:me|us)\s+"
    r"(?:what|how|whether|if|who|when|where|why)\b"
)


#: Questions that take for granted that someone said the words they quote: "why did X say W",
#: "what did X mean when he said W", "почему X сказал, что W". They credit W to X as firmly as
#: "X said W" does, so they are claims: words someone else said are corrected, not refused.
#: "Why did X go to Astana" (no verb of saying) and "what did X say" (no words after the verb)
#: are not.
_PRESUPPOSED = (
    re.compile(
        r"^(?:but\s+|and\s+|so\s+)?(?:why|how\s+come)\s+(?:did|does|would|has|had|do)\s+"
        r"\S+(?:\s+\S+){0,3}?\s+(?:say|said|claim|state|tell\s+\S+)\s+(?:that\s+)?\S+\s+\S"
    ),
    re.compile(
        r"\b(?:mean|meant)\s+(?:when|by\s+saying)\s+(?:(?:he|she|they)\s+"
        r"(?:said|says|stated|claimed)\s+)?(?:that\s+)?\S+\s+\S"
    ),
    re.compile(
        r"^(?:а\s+|но\s+)?(?:почему|зачем)\s+\S+(?:\s+\S+){0,3}?\s+"
        r"(?:сказал|сказала|заявил|заявила|говорил|говорила)\s+(?:что\s+)?\S+\s+\S"
    ),
    re.compile(
        r"\b(?:имел|имела)\s+в\s+виду\s+(?:\S+\s+){0,3}?(?:когда\s+)?(?:\S+\s+)?"
        r"(?:сказал|сказала|говорил|говорила|заявил|заявила)\s+(?:что\s+)?\S+\s+\S"
    ),
)


# --- Claim frames ---------------------------------------------------------------------------
# People wrap "X said W" in many frames: a tag ("..., didn't he?", "..., right?", "..., верно?"),
# a lead-in ("isn't it true that ...", "правда, что ..."), a cleft ("it was X who said W",
# "X was the one who said W"). The frame carries no topic, and two of its words would otherwise
# mislead: "верно" is read as a content word, and "who said" turns the claim into a question
# about the speaker. Each frame is removed (on normalised words: apostrophes and quote marks
# are gone) and the question is read as the plain claim "X said W".

_CLAIM_VERB = (
    r"(?:said|says|claimed|claims|stated|states|told|declared|remarked|argued|insisted|"
    r"сказал|сказала|заявил|заявила|говорил|говорила|утверждал|утверждала)"
)
_CLAIM_TAG = re.compile(
    r"\s+(?:(?:didnt|doesnt|hasnt|wasnt|isnt|did|does|has|was|is)\s+(?:not\s+)?"
    r"(?:he|she|they|it)|(?:isnt|is|wasnt)\s+(?:that|it)\s+(?:right|so|true|correct)|"
    r"am\s+i\s+right|right|correct|true|yes|no|"
    r"не\s+так\s+ли|не\s+правда\s+ли|ведь\s+так|так\s+ведь|верно|правильно|правда|да|так)$"
)
#: "... - is that accurate?", "is this really the case": a tag asking to verify a claim, in
#: words _CLAIM_TAG lacks (tuning.Q16_CLAIM_TAG_ACCURATE).
_CLAIM_TAG_VERIFY = re.compile(
    r"\s+(?:isnt|is|wasnt|was)\s+(?:that|it|this)\s+(?:really\s+)?"
    r"(?:accurate|correct|true|right|the\s+case)$"
)
_CLAIM_LEAD = re.compile(
    r"^(?:(?:isnt|is|wasnt|was)\s+it\s+(?:not\s+)?(?:true|right|correct|so)|"
    r"(?:it|its)\s+(?:is\s+)?(?:true|right|correct)|am\s+i\s+right|"
    r"(?:а\s+)?(?:это\s+)?(?:правда|верно|правильно)(?:\s+ли)?)\s+(?:that\s+|что\s+)?"
)
_CLAIM_CLEFT = (
    # "it was X who said W", "wasn't it X who said W"
    re.compile(
        r"^(?:so\s+)?(?:(?:it|that)\s+(?:was|is)|(?:wasnt|was|isnt|is)\s+it(?:\s+not)?)\s+"
        r"(?P<x>\S+(?:\s+\S+){0,3}?)\s+(?:who|that)\s+(?P<rest>" + _CLAIM_VERB + r"\b.*)$"
    ),
    # "X was the one who said W"
    re.compile(
        r"^(?P<x>\S+(?:\s+\S+){0,3}?)\s+(?:was|is)\s+the\s+(?:one|person|man|woman|guy)\s+"
        r"(?:who|that)\s+(?P<rest>" + _CLAIM_VERB + r"\b.*)$"
    ),
)
_SAYS_SOMETHING = re.compile(r"^(?:\S+\s+){1,5}?" + _CLAIM_VERB + r"\b\s+\S")


#: The nouns of an unnamed person a relative clause describes ("the *guy* who listed ...").
_ONE_WHO_NOUNS = frozenset("guy man person one fellow dude gentleman woman lady".split())


def _who_is_one_who(words: Sequence[str]) -> list[str] | None:
    """A person described only by what they did ("who is the guy who listed project
    figures"), asked as "who listed project figures" (the words from the relative clause on),
    or None.
    Only for "who is/was the <person noun> who/that <verb>", the verb no verb of saying (those
    are read as such already: "who is the guy who said 133 projects") and no "is"/"was" ("who
    is the man who is the ambassador" asks who someone is) (tuning.Q22M_WHO_IS_ONE_WHO)."""
    ws = list(words)
    if len(ws) < 5 or ws[0] != "who":
        return None
    i = 2 if ws[1] in {"is", "was", "s"} else 1  # "who's" is read "who"
    if len(ws) < i + 4 or ws[i] not in {"the", "that", "this"} or ws[i + 1] not in _ONE_WHO_NOUNS:
        return None
    verb = ws[i + 3]
    if ws[i + 2] not in {"who", "that"} or verb in {"is", "was", "are", "were"}:
        return None
    if T.is_say_word(verb):
        return None
    return ["who", *ws[i + 3 :]]


def unframe_claim(norm: str) -> str | None:
    """The plain claim "X said W" inside a claim frame, or None when ``norm`` (normalised
    words) is not a framed claim that someone said something."""
    text = norm
    for _ in range(2):  # "правда, что ..., да?": a lead-in and a tag
        text = _CLAIM_TAG.sub("", text)
        if K.Q16_CLAIM_TAG_ACCURATE:
            text = _CLAIM_TAG_VERIFY.sub("", text)
        text = _CLAIM_LEAD.sub("", text)
    for cleft in _CLAIM_CLEFT:
        m = cleft.match(text)
        if m and m.group("x").split()[0] not in QUESTION_WORDS:
            text = f"{m.group('x')} {m.group('rest')}"
            break
    if text == norm or text.split()[0] in QUESTION_WORDS or not _SAYS_SOMETHING.match(text):
        return None
    return text


def _leader_at_summit(index: Index, ws: Sequence[str]) -> str | None:
    """The word by which a question asks who led a country at a summit: a word for a leader
    next to a country of the base (one of the people's countries) with a summit named ("who
    was uzbekistan's leader at the summit"), a verb of representing with a country («кто
    представлял туркменистан»: at a summit, the base's only such gathering), or leaders in the
    plural at a summit named («президенты на саммите в астане список»); None otherwise
    (tuning.LEADER_AT_SUMMIT)."""
    from_country = K.Q24M_LEADER_FORMS and _from_country(index, ws)
    if PEOPLE_BY_NAME_HEADS.isdisjoint(ws) and not from_country:
        return None  # no leader, no representing: the usual question, at no cost
    stems = {index.word_canonical(w) for w in ws if w not in T.STOP_WORDS}
    marked = summits_marked(index, stems)
    stated = _month_stated(index, ws, marked) if K.Q24M_LEADER_FORMS else frozenset()
    if any(w in WHEN or w in WHERE or (w in T.MONTHS and w not in stated) for w in ws):
        return None  # "where will the leaders gather next time": a place or a time is asked
    if not FUTURE.isdisjoint(ws):
        return None  # "who will represent kazakhstan at the next summit": nobody knows yet
    if stated:
        ws = [w for w in ws if w not in stated]
    if any(index.kb.events[ev].start is None for ev in marked):
        return None  # the summit to come ("the third summit", "in 2027"): no leaders yet
    if len(marked) > 1:
        return None  # "who represented kazakhstan at the first summit in astana": which one?
    asked = [index.term(w) for w in ws if w not in T.STOP_WORDS and not is_dropped(w)]
    allowed = index.people_by_country.keys() | summit_stems(index)
    allowed |= {index.term(w).stem for w in (*PEOPLE_BY_NAME_HEADS, *AT_SUMMIT_WORDS)}
    if any(
        (t.stem not in allowed if t.known else t.weight > 0 and t.word not in AT_SUMMIT_WORDS)
        for t in asked
        if t.word not in PEOPLE_BY_NAME_HEADS
    ):
        # "did the uzbek president give the keynote", "the leaders at the tashkent summit":
        # more than who was there, or a word the base does not know.
        return None
    country = not stems.isdisjoint(index.people_by_country.keys())
    summit = index.word_canonical("summit") in stems
    asks_who = not ASKS_WHO.isdisjoint(ws)
    if K.Q24M_LEADER_FORMS and not asks_who:
        # "tajik leader at the summit?": a description alone, no question word nor a yes/no
        # opening, asks who that is as "who was ..." does (tuning.Q24M_LEADER_FORMS).
        # Only the description and the summit: any other word (a verb, a "not", a question
        # word) makes it another question ("turkmen president did not attend the summit").
        bare = summit_stems(index) | index.people_by_country.keys()
        asks_who = len(ws) <= _BARE_LEADER_WORDS and all(
            w in LEADER_WORDS or w in _BARE_LINKS or index.word_canonical(w) in bare for w in ws
        )
    if from_country and (summit or marked):
        return next(w for w in ws if w in FROM_WORDS)
    for i, w in enumerate(ws):
        if w in REPRESENTED and country and (w != "came" or ws[i + 1 : i + 2] == ["from"]):
            return w
        if w in LEADERS_WORDS and summit:
            return w
        if w in LEADER_WORDS and summit and asks_who and _country_next_to(index, ws, i):
            return w
    return None


#: The most words of a leader described with no question word ("tajik leader at the summit?").
_BARE_LEADER_WORDS = 7
#: The words that may join its description and the summit ("the leader of tajikistan at the
#: astana summit", «лидер таджикистана на саммите»).
_BARE_LINKS = frozenset("the a of at in on s на в".split())
#: "From" before a country after "who": «кто от туркмении был в астане» (tuning.Q24M_LEADER_FORMS);
#: "anything from the Turkmen president?": words from someone asked for (matcher).
FROM_WORDS = frozenset("from от".split())
#: What may come before a month the question states: "in june", "last june", «в июне».
_MONTH_LEAD = frozenset("in last this в".split())


def _from_country(index: Index, ws: Sequence[str]) -> bool:
    """Whether a question opens with "who"/«кто» and says "from" right before a country of the
    base ("who from kyrgyzstan was at the summit", «кто от туркмении был в астане»): who stood
    for that country (tuning.Q24M_LEADER_FORMS)."""
    if not ws or ws[0] not in ("who", "кто"):
        return False
    return any(
        w in FROM_WORDS and index.word_canonical(b) in index.people_by_country
        for w, b in itertools.pairwise(ws)
    )


def _month_stated(index: Index, ws: Sequence[str], marked: Sequence[str]) -> frozenset[str]:
    """The words stating the month of the one held summit the question names ("who represented
    turkmenistan in astana last june": "last", "june"), which only confirm the summit and ask
    no time; empty when no month is there, or another (tuning.Q24M_LEADER_FORMS)."""
    if len(marked) != 1:
        return frozenset()
    start = index.kb.events[marked[0]].start
    if start is None:
        return frozenset()
    months = [i for i, w in enumerate(ws) if w in T.MONTHS or w in _MONTHS_IN]
    if len(months) != 1:
        return frozenset()
    i = months[0]
    if T.month_number(ws[i]) != start.month:
        return frozenset()
    lead = {ws[i - 1]} if i and ws[i - 1] in _MONTH_LEAD else set()
    return frozenset({ws[i], *lead})


def summit_marks(index: Index) -> dict[str, frozenset[str]]:
    """Event id -> the stems of its aliases and its year that no other event's share ("1",
    "2023", "xian"; "next", "3" for the summit to come), the words a question tells it by."""
    return _summits(index)[1]


def _mark_owner(index: Index) -> tuple[dict[str, str], dict[str, int]]:
    """Index.mark_owner: each mark -> its one event, each event -> its place in the base."""
    if index.mark_owner is None:
        marks = summit_marks(index)
        owner = {stem: ev for ev, own in marks.items() for stem in own}
        index.mark_owner = (owner, {ev: i for i, ev in enumerate(marks)})
    return index.mark_owner


def summits_marked(index: Index, stems: Iterable[str]) -> list[str]:
    """The events whose marks (:func:`summit_marks`) include one of ``stems``, in base order:
    ``[ev for ev, own in summit_marks(index).items() if own & stems]``, found from the words
    (a mark belongs to one event) rather than by asking each of 10,000 events at scale."""
    owner, order = _mark_owner(index)
    return sorted({owner[s] for s in stems if s in owner}, key=order.__getitem__)


def mark_of(index: Index, stem: str) -> str | None:
    """The event a stem is a mark of, or None."""
    return _mark_owner(index)[0].get(stem)


def _country_next_to(index: Index, ws: Sequence[str], i: int) -> bool:
    """Whether a country of the base is named next to the word at ``i`` ("uzbekistan's leader",
    "uzbek president", "the president of kazakhstan", «президентом Киргизии»), and not as the
    first part of the format's name ("the leader of the china-central asia summit" names the
    summit, not China's leader)."""
    countries = index.people_by_country.keys()
    for j in range(max(0, i - 2), min(len(ws), i + 3)):
        if j == i or index.word_canonical(ws[j]) not in countries:
            continue
        if ws[j + 1 : j + 2] and ws[j + 1].startswith(("central", "центральн", "ca", "ца")):
            continue
        if all(w in ("of", "the", "s") for w in ws[min(i, j) + 1 : max(i, j)]):
            return True
    return False


#: Russian months after «в» («в июне»), which text.MONTHS does not hold.
_MONTHS_IN = frozenset(
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
)
#: "Or" in English and Russian, between two times offered (tuning.EITHER_TIME).
_OR = frozenset("or или либо".split())


def _either_times(ws: Sequence[str]) -> frozenset[str]:
    """The months or years a question offers as alternatives ("june or july", "2023 or
    2024", «в мае или июне»): both sides of an "or" of the same kind."""
    out: set[str] = set()
    for i in range(1, len(ws) - 1):
        if ws[i] not in _OR:
            continue
        a, b = ws[i - 1], ws[i + 1]
        months = all(w in T.MONTHS or w in _MONTHS_IN for w in (a, b))
        years = all(w.isdigit() and len(w) == 4 for w in (a, b))
        if months or years:
            out |= {a, b}
    return frozenset(out)
