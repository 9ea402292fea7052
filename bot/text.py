"""Text normalisation shared by the index and the query side.

Both sides must go through exactly the same steps, so they live here, once: Unicode NFKC,
case folding, removal of invisible format characters (zero-width, bidi overrides), apostrophes
dropped inside words (``Xi'an`` -> ``xian``), digits split from letters (``$35bn`` -> ``35 bn``),
number words and a few domain synonyms mapped to one form, then a Snowball stem per language.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, Final

import snowballstemmer

from bot import numbers as N
from bot import tuning as K

MAX_QUERY_CHARS = 4096
MAX_TOKENS = 64
MAX_WORD_CHARS = 40

_APOSTROPHES = "'’‘`´ʼ"
_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b")
_WORD = re.compile(r"[0-9]+|[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
#: A cheap test for a figure :func:`_digit_figures` may rewrite (tuning.L30_DIGIT_GROUPS).
_HAS_FIGURE = re.compile(r"\d[ ,\u00a0\u2009\u202f]\d{3}|\d{7}")

_STEM_EN = snowballstemmer.stemmer("english")
_STEM_RU = snowballstemmer.stemmer("russian")

#: Words of how the user talks, not what about (tuning.Q18_DISCOURSE_NO_TOPIC): time adverbs
#: relative to the asking ("before", "ever", "still", «раньше»), hedges and discourse markers
#: ("maybe", "apparently", "anyway", «вроде», «кажется»), verbs of the user's own perceiving and
#: remembering ("I keep seeing", "I heard", "I remember", «слышал», «помню») and words of
#: comparison that name no thing ("different"). None is a topic of any record; as unknown real
#: words each weighed as an off-topic sign, and "has kazakhstan hosted before 2025?", "does the
#: treaty have two different names? I keep seeing ..." were refused. Words the base uses
#: ("after", "already", "went", "point") are not here: they stay words of the records. A real
#: unknown topic word ("olympics", "pipeline") still weighs in full.
DISCOURSE_WORDS: frozenset[str] = frozenset(
    """
    before earlier previously ago ever yet lately recently later soon once
    maybe perhaps probably honestly anyway though although however
    seem seems seemed guess wonder wondering curious confused sure
    keep keeps kept keeping see sees seeing seen saw hear heard hearing
    different
    раньше прежде ранее вроде кажется казаться слышать видеть разный снова
    вкратце кратко
    ranshe vrode kazhetsya slyshal
    """.split()
)

#: Words of a time before the one a record tells (a subset of DISCOURSE_WORDS): asked of a
#: person, they ask for a career no card holds, as PAST_WORDS do (tuning.Q18_PAST_OF_PERSON).
BEFORE_WORDS: frozenset[str] = frozenset(
    "before earlier previously ago once раньше прежде ранее ranshe".split()
)

#: Chat markers of how the user talks (tuning.Q19Q_CHAT_MARKERS): "ngl", "lol", "tbh", "btw".
#: No record uses them; as unknown words they weighed against the match, and one before "someone"
#: made a speaker slot ("ngl someone said ..." asked for a person named "ngl someone"). ("imo",
#: "imho" are left to the semantic stage's shorthand, tuning.Q17_CHAT_SHORTHAND, whose test
#: shows them.)
CHAT_MARKERS: frozenset[str] = frozenset(
    "ngl lol lmao lmfao rofl tbh tbf btw fyi idk iirc afaik smh bruh lowkey".split()
)

#: Words of a polite request and the topic's prepositions other than "about"
#: (tuning.Q19Q_REQUEST_WORDS): "could you kindly provide the remarks ... regarding ...". As
#: "please", "give" and "about", how the user asks, not what about.
REQUEST_WORDS: frozenset[str] = frozenset("kindly provide regarding concerning".split())

#: Verbs of the user's listening and watching (tuning.Q19Q_HEARD_ON), as DISCOURSE_WORDS' "hear"
#: and "see": "was listening to the radio and a guy said ...". No record uses them. (Not the
#: imperative "listen, someone said ...": tuning.SOMEONE_IS_NO_NAME's example.)
LISTENING_WORDS: frozenset[str] = frozenset(
    "listened listening watched watching слушал слушала смотрел смотрела slushal smotrel".split()
)

#: The Russian relative pronoun: its lemma (every Cyrillic form is read by it) and its forms in
#: Latin letters, which have no lemma (tuning.Q30F_RELATIVE_NO_TOPIC).
RELATIVE_PRONOUNS: frozenset[str] = frozenset(
    "который kotoryy kotoryj kotoryi kotoraya kotoroe kotorye kotorogo kotoroy kotorom".split()
)

#: Words that carry no topic. Question words are kept out of content scoring too: intent is read
#: from them separately (see :mod:`bot.intent`). Requests to the bot («дай», «покажи»,
#: «приведи» цитату) are no topic, as "give" and "show" are not: as content words they made
#: «приведи цитату министра из казахстана» a "correction" to another speaker's quote.
STOP_WORDS: frozenset[str] = (
    frozenset(
        """
    a an the and or but of to in on at by for with from as is are was were be been being am do
    does did doing has have had having it its this that these those there here what which
    who whom whose when where why how i me my we our you your he him his she her they them their
    not no yes so if then than too very can could would should will shall may might must about
    into over under again any all some such just also only own same other more most much many
    up down out off s t d ll re ve m tell please pls plz know let us say said says saying
    hi hey hello bot summitbot want wanna like give show find anything something someone
    somebody whether exactly actually really thing things ok okay thanks thank u ur r
    didnt doesnt dont isnt wasnt werent arent cant wont im ive id hes shes theyre thats whats
    wheres whens whos its yeah yep right true correct wrong mean now kind sort type between
    any each every there else ones
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее
    мне было вот от меня еще нет о из ему теперь когда даже ну вдруг если или ни быть был
    него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо
    ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот
    того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда
    зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас
    про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть
    том нельзя такой им более всегда конечно всю между это эта скажи подскажи пожалуйста бот
    сколько какая какие каких какой каком какую правда ли точно точный вообще брать иметь
    сказал сказала сказали говорил говорила заявил заявила такой такая такое какие каких
    дай дайте покажи покажите приведи приведите
    confirm verify подтверди подтвердите проверь проверьте
    именно найти найди найдите можете можешь могли бы помоги помогите подскажите
    чей чья чьё чье чьи чьих чьим чьей чьего чьему чью
    свой
    """.split()  # «свой» (q16lex): every form by its lemma, as «свою» was alone ("своим развитием")
    )
    | (
        # Russian words English has as stop words ("how", "really", "also"), which
        # counted as topic words: «насколько», «неужели» as unknown words (an off-topic
        # sign: «насколько Китай приоритет для ЦА» was refused), «также» and «почём» as words of
        # the base («такж», and «поч», the stem of «почему») (tuning.Q14_RU_QUESTION_WORDS).
        # «Почему» and «отчего» stay content words: the base's sample questions ask «почему», and
        # they answer why-questions by it (English "why" is a stop word and cannot). «Откуда»
        # stays too: "where ... from" is no place question, and as a stop word it let the role
        # reading answer «откуда эксперт из Кыргызстана» with an unrelated fact.
        frozenset("насколько неужели почем также".split())
        if K.Q14_RU_QUESTION_WORDS
        else frozenset()
    )
    | (
        # As "correct" and "many" are: "is that accurate?", "loads of projects", "basically said";
        # not "lots" (tests/test_q7quote.py keeps it to show a rule of the semantic stage)
        # (tuning.Q14_MORE_STOP_WORDS). Not "anyone", "everyone": as unknown words they keep
        # "was anyone from uzbekistan quoted?" (the base quotes nobody from there) refused.
        frozenset("basically accurate loads".split()) if K.Q14_MORE_STOP_WORDS else frozenset()
    )
    | (
        # Indefinite pronouns of people: "did anyone mention", "has anybody talked about", "what
        # did everyone say" ask for someone's words (intent reads that from the sentence); as
        # unknown words they weighed as an off-topic sign and refused paraphrases of answerable
        # questions (tuning.Q16_ANYONE_NO_TOPIC). "Someone", "somebody" were already stop words.
        frozenset("anyone anybody everyone everybody".split())
        if K.Q16_ANYONE_NO_TOPIC
        else frozenset()
    )
    | (
        # Words of exactness and need, as "exactly" and «надо» are (q16lex): «сколько конкретно»,
        # "his actual words", «нужна цифра», «мне нужно»: how the user asks, not what about.
        # ("Specifically" is EMPHASIS_NO_TOPIC's; "exact" stays: "the exact numbers" asks for
        # the figures' fact, "no exact date" is the 2027 fact's.)
        frozenset("конкретно actual нужна нужно нужен нужны".split())
        if K.Q16_NEED_EXACTLY_STOP
        else frozenset()
    )
    | (
        # "Come from" is where someone or a figure comes from, as "from" is no topic; the stem of
        # "coming" ([next, upcoming, coming]) made "come" the summit to come: "where did the
        # leaders come from" got the 2027 card (tuning.Q15_COME_NO_TOPIC). "Coming" stays "next".
        frozenset("come comes".split()) if K.Q15_COME_NO_TOPIC else frozenset()
    )
    | (
        # The language the user wants the answer in ("по-русски", "in English", «по-английски»,
        # "po-russki"): how to answer, not what about; as unknown words they refused «Спирит
        # Китай-ЦА, what are the four mutuals по-русски» (tuning.Q17_LANGUAGE_ASKED_STOP).
        frozenset("русски английски russki russky angliyski angliiski".split())
        if K.Q17_LANGUAGE_ASKED_STOP
        else frozenset()
    )
    | (
        # Russian "do" («что он делал в Астане», «что сделал Токаев на саммите»), as English
        # "do", "did" are: the deed asked is what the records report of the person, not a word
        # of theirs; as a word no record holds it refused «Что делал Токаев на саммите в
        # Астане?» ("no quotes from Tokayev") where "what did tokayev do at the summit" is
        # answered (tuning.L30_RU_DO_NO_TOPIC). Not the infinitives: by them (the lemma)
        # «сделано», «сделаны» would go too, and "done" is the projects' word.
        frozenset("делал делала делали делает делают сделал сделала сделали".split())
        if K.L30_RU_DO_NO_TOPIC
        else frozenset()
    )
    | (
        # Requests to the bot beside «дай», «покажи», "give" («назовите дату …», «скиньте
        # цитату …», «пришлите», «можно узнать …», "gimme", "lemme"): how the user asks, no
        # topic; «назовите» was read as the «назвали» of a text and found it
        # (tuning.L30_RU_REQUESTS). Imperatives and «узнать» only: «назвал» asks who called
        # something something.
        frozenset("скинь скиньте пришлите узнать skin skinte gimme lemme".split())
        if K.L30_RU_REQUESTS
        else frozenset()
    )
    | (
        # Russian greetings before a question («привет) кто сказал …», "privet, kto skazal …"),
        # as "hi", "hello" are: as words no record holds they refused the question after them
        # (tuning.L30_RU_GREETING_NO_TOPIC). A greeting alone is still read as one (intent).
        frozenset(
            "привет приветик приветствую здравствуйте здравствуй салам хай "
            "privet privetik zdravstvuyte zdravstvuite zdravstvuy salam".split()
        )
        if K.L30_RU_GREETING_NO_TOPIC
        else frozenset()
    )
    | (
        # Openers and fillers of chat ("hmm who talked about 133 projects", «слушай, кто
        # сказал …», «короче, …», «подскажи плиз …», "slushai kto skazal …"), as "btw", "tbh"
        # are (CHAT_MARKERS): how the user talks, no topic (tuning.L30_CHAT_OPENERS). Not
        # "listen", «слушайте»: SOMEONE_IS_NO_NAME reads "listen, someone said …" (its test
        # needs them as words, and "listen, who said …" stays refused).
        frozenset(
            "hmm hmmm hm um umm erm uhm dear хм хмм ммм эм короче слушай плиз пжл "
            "koroche slushai slushay pliz pzhl".split()
        )
        if K.L30_CHAT_OPENERS
        else frozenset()
    )
    | (
        # "w" and "w/" for "with" ("cooperation w china is the #1 priority"), as "u" for "you":
        # as a word no record holds it weighed as off-topic (tuning.L30_W_IS_WITH).
        frozenset({"w"}) if K.L30_W_IS_WITH else frozenset()
    )
    | (
        # The Russian relative pronoun «который» (every form by its lemma), as "which" is in
        # English: it joins a clause, it names nothing. As a word of the base (the stem of
        # «в которой говорится») it pulled «Саммит в Астане был первым, который прошёл в
        # Центральной Азии?» to the Xi'an card and "No: not in Astana" (tuning.
        # Q30F_RELATIVE_NO_TOPIC).
        RELATIVE_PRONOUNS if K.Q30F_RELATIVE_NO_TOPIC else frozenset()
    )
    | (DISCOURSE_WORDS if K.Q18_DISCOURSE_NO_TOPIC else frozenset())
    | (CHAT_MARKERS if K.Q19Q_CHAT_MARKERS else frozenset())
    | (REQUEST_WORDS if K.Q19Q_REQUEST_WORDS else frozenset())
    | (LISTENING_WORDS if K.Q19Q_HEARD_ON else frozenset())
)

#: The language the answer is wanted in, asked in the message ("…, in russian please", «по-
#: английски», "na russkom"): a request on how to answer, taken out of the question
#: (:func:`language_asked`). An unambiguous adverb («по-русски», "po-russki") counts anywhere;
#: "in Russian", «на русском» only at the message's end or start (with "please" or a colon), so
#: that "did anyone say it in russian media" keeps its words.
_PLEASE = r"(?:please|pls|plz|пожалуйста|пжл|pozhaluysta)"
_LANGUAGE_NAMED = r"(?:(?:in|into)\s+{en}|на\s+{ru}(?:\s+языке)?|na\s+{tr})"
# One separator before the request and none of two adjacent runs of spaces: "\s*,?\s*" tried
# every split of a run of 4,096 spaces at every position (seconds per message).
_LANGUAGE_END = r"(?:^|[\s,])(?:{p}\s+)?" + _LANGUAGE_NAMED + r"(?:[\s,]+{p})?[\s?.!]*$"
_LANGUAGE_START = r"^\s*(?:{p}[\s,]+)?" + _LANGUAGE_NAMED + r"(?:[\s,]+{p})?\s*[:,]"
_LANGUAGES = {
    "ru": ("russian", "русском", "russkom", r"по-русски|\bpo[- ]russki\b"),
    "en": ("english", "английском", r"angli[iy]?skom", r"по-английски|\bpo[- ]angli[iy]?ski\b"),
}
LANGUAGE_ASKED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (
        re.compile(
            "|".join(
                (
                    _LANGUAGE_END.format(p=_PLEASE, en=en, ru=ru, tr=tr),
                    _LANGUAGE_START.format(p=_PLEASE, en=en, ru=ru, tr=tr),
                    adverb,
                )
            ),
            re.IGNORECASE,
        ),
        lang,
    )
    for lang, (en, ru, tr, adverb) in _LANGUAGES.items()
)


def language_asked(text: str) -> tuple[str, str] | None:
    """The message without a request for the answer's language, and that language ("en" or
    "ru"), or None when it asks for none (tuning.Q17_LANGUAGE_ASKED)."""
    for pattern, lang in LANGUAGE_ASKED:
        rest, n = pattern.subn(" ", text)
        if n:
            return " ".join(rest.split()).strip(" ,;:-—"), lang
    return None


#: Words that say what kind of answer is wanted rather than what it is about. They are read by
#: :mod:`bot.intent` and left out of content matching on both sides, so "when was it held" and
#: "where did it take place" compare only on what "it" is.
SAY_WORDS: frozenset[str] = frozenset(
    "say said says saying quote quotes quoted quotation think thinks thought believe believes "
    "mean meant claim claimed claims speak spoke spoken talk talked talking comment commented "
    "comments mention mentioned stated state statement statements remark remarks words "
    "view views opinion opinions tell told speech argue argued argues according interview "
    "interviews considered consider regarded seen viewed deemed perceived judged assessed "
    "imply implied implies implying hint hinted hints insinuated".split()
)
#: Nouns that ask for a person's words when they are that person's ("what was his point",
#: "her main message", «его главная мысль»): a request for what they said, not a topic
#: (tuning.POINT_ASKS_WORDS). Read only after a possessive (POSSESSIVES), since "the point
#: of the treaty" is a topic.
WORDS_NOUNS: frozenset[str] = frozenset(
    "point points message messages argument arguments takeaway gist мысль мысли посыл "
    "take view views opinion opinions stance".split()
)
#: The figures someone gave ("what exactly were the figures", «какие цифры он называл»): what a
#: person's words hold when the question asks for numbers they gave (tuning.WHO_AND_WHAT).
FIGURE_NOUNS: frozenset[str] = frozenset(
    "figures figure numbers number statistics stats цифры цифра цифрами числа данные".split()
)
#: Contact details ("Safarov's phone number", «номер телефона»): a "number" beside them is no
#: figure a person gave (tuning.CONTACT_IS_NO_FIGURE), and no record holds them (UNHELD_WORDS).
CONTACT_WORDS: frozenset[str] = frozenset(
    "phone telephone mobile cell email mail address contact contacts telegram whatsapp fax "
    "телефон телефона почта почты адрес контакты контакт".split()
)
#: The frame of a "who said" question that names nobody: the people it picks the speaker from
#: ("which expert", «кто из экспертов», "any of the speakers") and the text it read ("in the
#: article", «в статье», "the summit coverage"). Not what was said (tuning.WHO_SAID_FRAME).
WHO_SAID_FRAME: frozenset[str] = frozenset(
    "expert experts speaker speakers official officials observer observers commentator "
    "commentators participant participants article articles coverage "
    "эксперт эксперта экспертов эксперты экспертами спикер спикеров спикеры участник "
    "участников наблюдатель наблюдателей статья статье статьи статью публикации публикация".split()
)
#: Verbs of naming and listing that ask for a person's words ("what principles did Safarov
#: name", «какие принципы назвал Сафаров», "what did he call China"): English after "did" or
#: "does", Russian in the past tense (tuning.NAMING_ASKS_WORDS).
NAMING_VERBS_EN: frozenset[str] = frozenset("name list call cite enumerate".split())
NAMING_VERBS_RU: frozenset[str] = frozenset(
    "назвал назвала упомянул упомянула перечислил перечислила привёл привел привела".split()
)
#: Verbs of calling, praising, describing and judging in a statement that credits words to a person
#: ("Osmonaliyev called China prudent", "… praised China as prudent", «Осмоналиев назвал Китай
#: мудрым», "osmonaliev nazval kitai mudrym"): the words after the verb are put to the person as
#: "X said W" puts them, a claim to check (tuning.CALLING_CLAIMS). Past and present forms; the
#: infinitive belongs to the questions "did X call …" (NAMING_VERBS_EN).
CALLING_VERBS: frozenset[str] = frozenset(
    "called calls labelled labeled labels branded brands termed terms dubbed dubs named "
    "described describes praised praises lauded lauds hailed hails commended commends "
    "characterised characterized characterises characterizes portrayed portrays depicted "
    "boasted boasts bragged brags regards considers sees views deems judges rates finds "
    "назвал назвала назвали называл называла называет похвалил похвалила похвалили хвалил "
    "хвалила хвалит описал описала описали описывал описывает охарактеризовал "
    "охарактеризовала nazval nazvala nazyval nazyvaet pohvalil pohvalila pokhvalil pokhvalila "
    "hvalil khvalil opisal opisala".split()
)
#: Words after a verb of calling that make it another verb ("called for cooperation", "called
#: on the leaders", "named after"): no words credited as calling something something.
CALLING_PARTICLES: frozenset[str] = frozenset("for on upon up off out back after by".split())
#: Verbs of describing and judging ("how did Nagaspayev describe the summit", "how does the
#: Kyrgyz diplomat see the region's role", «как министр описал саммит»): asked of a person they
#: ask for the person's words (tuning.DESCRIBING_ASKS_WORDS). English after "did"/"does"/"do",
#: Russian in the past or present tense.
DESCRIBING_VERBS_EN: frozenset[str] = frozenset(
    "describe characterize characterise portray depict assess evaluate judge rate frame "
    "summarize summarise sum explain interpret regard see".split()
)
DESCRIBING_VERBS_RU: frozenset[str] = frozenset(
    "описал описала описывает описывал охарактеризовал охарактеризовала характеризует "
    "оценил оценила оценивает оценивал объяснил объяснила объясняет видит видел видела "
    "трактует".split()
)
#: Verbs of signing and agreeing at a meeting, not the nouns of the documents ("did they sign
#: a military alliance in Astana", «в Астане договорились о единой валюте»): a claim that
#: something was signed somewhere, which the record of what was signed there puts right
#: (tuning.Q28F_UNLISTED_SIGNING). "Agreement", «договор» are the documents' nouns: "the treaty
#: in Astana bans nuclear weapons" says what a document holds, which no record lists.
SIGNING_VERBS: frozenset[str] = frozenset(
    "sign signed signs agree agreed agrees conclude concluded adopt adopted "
    "подписали подписал подписала подписать подписан подписаны подписано договорились "
    "договорился договорилась договорились заключили заключил заключён заключен заключено "
    "приняли принял podpisali podpisal dogovorilis zaklyuchili prinyali".split()
)
#: Phrases by which a record says its list is not whole ("memoranda covered, among other
#: things, ...", «в частности»): such a record cannot say that something is not on it
#: (tuning.Q28F_UNLISTED_SIGNING).
OPEN_LIST_PHRASES: tuple[str, ...] = (
    "among other",
    "among others",
    "including",
    "such as",
    "и другие",
    "в частности",
    "в том числе",
    "среди прочего",
)
#: Words before an office that make it another office ("the *prime* minister", «*премьер*-
#: министр», "*deputy* minister", "*vice* president"): no holder of the plain office is it
#: (tuning.Q28F_OTHER_OFFICE).
OTHER_OFFICE_WORDS: frozenset[str] = frozenset(
    "prime premier deputy vice премьер вице заместитель замминистра premer".split()
)
#: Conjunctions that join a second question to the first ("who was he and what did he say").
AND_WORDS: frozenset[str] = frozenset("and и а".split())
#: Interrogatives that open a question for something said or given ("and what were the
#: figures", «и что он сказал»).
WHAT_WORDS: frozenset[str] = frozenset("what which что какие какая какой каким какими".split())
POSSESSIVES: frozenset[str] = frozenset("his her their its его её ее их".split())
#: Everyday verbs of being, becoming and showing that carry the sentence, not what it says
#: ("the treaty shows the way", «страны становятся активнее»): the semantic word check does
#: not ask the entry found to explain them (tuning.EVERYDAY_WORDS_UNCHECKED); single-word
#: similarity reads such verbs poorly ("становятся" 0.52 against Osmonaliyev's "taking a more
#: proactive role"). General language, not the domain's; no noun, adjective or verb of
#: judgement ("aggressive", "threatens", "delayed") belongs here. "Work" is here as the verb
#: of "working with Beijing" (cooperating): as one speaker's word ("Kazakhstan and China work
#: closely") it made tuning.ANOTHER_SPEAKERS_WORD refuse "who said working with beijing is a
#: priority for the region", Osmonaliyev's words (no development set changed with it).
#: "Turn" is here as the verb of becoming and converting ("turning coal into chemicals", the
#: minister's coal chemistry): asked to explain it, his words were refused (q12lex).
EVERYDAY_WORDS: frozenset[str] = frozenset(
    "shows showed showing become becomes became becoming gets getting comes coming "
    "work works worked working turn turns turned turning "
    "становится становятся становился стала стали стал становиться показывает показал "
    "показала показали".split()
)
#: Verbs of the user's own memory, perception, thought and work, after "i"/«я» ("i remember
#: someone saying ...", "i'm checking a quote", «я забыл», «я читал»), and Russian ones by
#: their dictionary form in the first person without «я» («проверяю цитату», «помню»): the
#: frame of a question, not its topic (matcher._user_acts, tuning.USER_OWN_ACTS). Verbs of
#: going or getting ("how do i get to astana") are the question itself and are not here.
#: "Need" is the user's want ("I need to verify", "I need the figures"; q16lex): as a word no
#: entry holds it refused paraphrases9's journalist "I need to verify - did a Tajik commentator
#: say China 'respects each and every partner'?" ("want" is a stop word).
USER_FRAME_VERBS_EN: frozenset[str] = frozenset(
    "remember remembered recall recalled recollect forgot forget forgotten heard hear read "
    "saw seen see think thought believe believed know knew guess wonder wondering wondered "
    "noticed notice checking check checked writing write researching research studying study "
    "reading preparing prepare doing working found came need needed".split()
)
USER_FRAME_VERBS_RU: frozenset[str] = frozenset(
    "помнить забыть забывать читать прочитать прочесть слышать услышать видеть увидеть "
    "думать знать проверять проверить писать готовить изучать искать найти наткнуться "
    "работать".split()
)
#: Nouns a user introduces themselves with after «я» («я журналист», «я студентка»).
USER_SELF_NOUNS_RU: frozenset[str] = frozenset(
    "журналист журналистка студент студентка исследователь исследовательница аналитик "
    "преподаватель учитель редактор блогер".split()
)
#: Nouns of someone who told the user, outside the news, that may open a question with no
#: possessive before a verb of saying («учитель сказал, что …», "teacher said ..."): the frame
#: of the question, never a speaker (matcher.told_by, tuning.Q23_BARE_TELLER). No office any
#: person of the news holds is here ("ambassador", «посол» name the base's people).
TELLER_NOUNS: frozenset[str] = frozenset(
    "teacher teachers tutor lecturer friend friends colleague classmate mom mum dad mother "
    "father brother sister neighbour neighbor "
    "учитель учительница учителя преподаватель преподавательница препод друг подруга друзья "
    "коллега одноклассник одноклассница однокурсник однокурсница мама папа мать отец брат "
    "сестра сосед соседка знакомый знакомая".split()
)

#: Fixed phrases of general language that say nothing of a topic ("so far", "at all", "of
#: course", «до сих пор»): in a question their words are no content (a word shared with a
#: quote's "so far" made "how many summits have there been so far" Nagaspayev's words;
#: tuning.FUNCTION_PHRASES). "How long after" asks when one thing followed another, which
#: the dates answer ("how long after the first summit did the office open"); "how long" alone
#: asks a duration the base does not hold, and "long" stays a word there (q12lex). Each a
#: tuple of normalised words.
FUNCTION_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "so far", "up to now", "until now", "at all", "of course", "as well", "at least",
        "in fact", "by the way", "right now", "for now", "these days", "after all",
        "at the moment", "in general", "more or less", "or so", "and so on",
        "how long after", "how long before", "how soon after",
        "до сих пор", "на данный момент", "на сегодня", "на сегодняшний день", "в общем",
        "кстати говоря", "так далее", "и тд", "вообще говоря",
    )
)  # fmt: skip


#: Adverbs of aspect ("already", "yet", "still", «уже»): whether something has happened by now,
#: not what it is about. A question's "already" matched the "already implemented" of
#: Nagaspayev's projects figures, and «сколько уже было саммитов» showed them
#: (tuning.ALREADY_IS_NO_TOPIC).
ASPECT_ADVERBS: frozenset[str] = frozenset("already yet still alredy allready уже uzhe".split())


#: Adverbs of hearsay and hedging ("apparently the Kazakh minister said ...", "supposedly",
#: «якобы»): how sure the user is of what they recall, not what it is about
#: (tuning.HEDGES_NO_TOPIC). As words no entry holds they counted against the quote asked of.
HEDGE_ADVERBS: frozenset[str] = frozenset(
    "apparently supposedly allegedly reportedly seemingly evidently presumably probably "
    "maybe perhaps possibly purportedly ostensibly "
    "якобы видимо вроде кажется наверное возможно похоже vrode yakoby kazhetsya".split()
)


#: Adverbs of degree and frequency ("fully", "always", «полностью»): they say how much or how
#: often, not what; one speaker's "fully demonstrates" does not make "133 projects are fully
#: done" partly his words (tuning.ANOTHER_SPEAKERS_WORD).
DEGREE_ADVERBS: frozenset[str] = frozenset(
    "fully completely totally entirely wholly absolutely really truly clearly always never "
    "often sometimes usually constantly highly deeply greatly largely mostly partly "
    "полностью совсем всегда никогда часто очень вполне целиком глубоко".split()
)


#: Intensifiers ("every single partner", "each and every"): no content for the semantic word
#: check (the lexical stage keeps reading them as it did).
INTENSIFIER_PHRASES: tuple[tuple[str, ...], ...] = (("every", "single"), ("each", "and", "every"))


def function_phrase_words(
    words: Sequence[str], phrases: tuple[tuple[str, ...], ...] = FUNCTION_PHRASES
) -> set[int]:
    """Positions of the words that belong to one of ``phrases`` (FUNCTION_PHRASES)."""
    out: set[int] = set()
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                out.update(range(i, i + n))
    return out


SAY_RU_PREFIXES = (
    "сказ",
    "говор",
    "заяв",
    "цитат",
    "мнени",
    "счита",
    "слов",
    "высказ",
    "дума",
    "отмет",
    "подчерк",
    "интервью",
    "зрени",
    "оцени",
)
#: «Упоминал», «упомянул» (mentioned), as "mention" in SAY_WORDS (tuning.MENTION_SAYS_RU).
MENTION_RU_PREFIXES = ("упомин", "упомян")


def is_say_word(word: str) -> bool:
    """A verb (or noun) of saying: an English word of :data:`SAY_WORDS` or a Russian form of
    one of :data:`SAY_RU_PREFIXES` ("сказал", "заявила", "слова")."""
    return (
        word in SAY_WORDS
        or word.startswith(SAY_RU_PREFIXES)
        or (K.MENTION_SAYS_RU and word.startswith(MENTION_RU_PREFIXES))
        or (K.Q28Q_PHRASE_IS_WORDS and word in PHRASE_RU_FORMS)
    )


#: «Фраза», «чья фраза?» (whose phrase), as «цитата» in SAY_RU_PREFIXES
#: (tuning.Q28Q_PHRASE_IS_WORDS): its forms, not a prefix («фразеология» is no phrase).
PHRASE_RU_FORMS = frozenset(
    "фраза фразы фразу фразе фразой фразою фраз фразам фразами фразах fraza frazy frazu".split()
)


#: Words that make an office a former one ("the former ambassador", «бывший посол»): read by
#: the understanding of roles (intent) and by the index, which files a role phrase under its
#: core without them (Index.role_index).
FORMER_WORDS: frozenset[str] = frozenset("former ex бывший бывшего бывшему бывшим экс".split())
MONTHS: frozenset[str] = frozenset(
    "january february march april may june july august september october november december "
    "январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август "
    "августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря".split()
)
#: A month's name (English, or a Russian word's lemma) -> its number, 1 to 12.
MONTH_NUMBERS: dict[str, int] = {
    m: n
    for names in (
        "january february march april may june july august september october november december",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    )
    for n, m in enumerate(names.split(), start=1)
}


def month_number(word: str) -> int | None:
    """The month a word names ("june", «июне» by its lemma), or None."""
    return MONTH_NUMBERS.get(lemma_ru(word) if is_cyrillic(word) else word)


WHEN_WORDS: frozenset[str] = frozenset(
    "when date dates day days year month time held happen happened take took place "
    "когда дата числа число году год месяц дни проходил прошел прошёл состоялся пройдет "
    "пройдёт состоится".split()
) | (
    # «подскажите дату первого саммита»: «дата» in every case, as "date" is asked; «дату»
    # was a word of the next summit's «точную дату» text, and that summit answered
    # (tuning.L30_DATE_FORMS_RU). Read at import.
    frozenset("дату даты дате датой datu daty".split()) if K.L30_DATE_FORMS_RU else frozenset()
)
WHERE_WORDS: frozenset[str] = frozenset(
    "where city place location venue host hosted hosting где город городе месте место".split()
)
WHO_IS_WORDS: frozenset[str] = frozenset(
    "role position job title post background biography bio occupation profession "
    "должность роль биография профессия работает".split()
)
INTENT_WORDS = SAY_WORDS | WHEN_WORDS | WHERE_WORDS | WHO_IS_WORDS
#: A person's past, which no card holds (a card has the office as its source states it; no
#: career history, dates or schooling): words and adjacent pairs that ask for it ("Wu
#: Yingqin's background before the secretariat", "Nagaspayev's career", «его карьера до
#: назначения»). Part of UNHELD_WORDS and UNHELD_PAIRS (tuning.PERSON_HISTORY_UNHELD). Not
#: "which years": that also asks when the summits were held, which the base holds.
PAST_WORDS: frozenset[str] = frozenset(
    "career careers education educated graduated "
    "карьера карьеры карьере карьеру образование учился училась окончил окончила".split()
)
PAST_PAIRS: tuple[tuple[str, str], ...] = (
    ("background", "before"),
    ("career", "before"),
    ("before", "becoming"),
    ("до", "назначения"),
)
#: Schooling asked by its verb or its place ("where did Safarov study", «где учился»:
#: «учился» is in PAST_WORDS): no card holds it. Part of UNHELD_WORDS (tuning.SCHOOLING_UNHELD).
SCHOOLING_WORDS: frozenset[str] = frozenset(
    "study studied studies studying university universities alma mater diploma "
    "учиться учёба учеба университет университете вуз вузе диплом".split()
)
#: What people ask about a person that no kind of record holds (a card has a name, an office,
#: a country and a bio; no age, wealth, family or pay): a question asking for one of these
#: must not be answered with a card or an entry that only shares its other words ("how old is
#: Safarov", "the richest person in Kazakhstan"). General language, not domain vocabulary;
#: compared with the question's words as typed (normalised), so each form that matters is
#: listed ("богатый", "богатейший"); "old" and "rich" alone are not ("the old capital", "rich
#: in minerals"): UNHELD_PAIRS has "how old".
UNHELD_WORDS: frozenset[str] = frozenset(
    "age aged birthday birthplace richer richest wealth wealthy wealthiest salary income "
    "married wife husband spouse children kids daughter height tallest religion hobby hobbies "
    "возраст возрасте родился родилась богатый богатая богатейший богаче зарплата зарплату "
    "жена жену муж мужа дети детей хобби".split()
    + (sorted(PAST_WORDS) if K.PERSON_HISTORY_UNHELD else [])
    + (sorted(SCHOOLING_WORDS) if K.SCHOOLING_UNHELD else [])
    # ... and how to reach someone ("Safarov's phone number or email"): no card holds it.
    + sorted(CONTACT_WORDS)
)
#: Words that ask for the contents of a thing, not about it: its names, its articles, its
#: text ("names of the 54 completed projects", "the articles of the treaty", «текст речи Си»).
#: An entry that merely mentions the thing does not answer them; only one that has the word
#: itself may (matcher._asks_contents, tuning.CONTENTS_VETO). General language, compared
#: with the question's words as typed (normalised), each form that matters listed; the
#: singular "name" is not ("what is the treaty's name" asks about it, and is held).
CONTENTS_WORDS: frozenset[str] = frozenset(
    "names articles clauses provisions text transcript wording "
    "названия имена статьи статей пункты положения текст текста тексты стенограмма".split()
)
#: Nouns and verbs of the act of speaking ("did Xi give a speech", «выступал ли Си»): asked of
#: someone the base never quotes, the question is whether they spoke, and a fact that says so
#: answers it (matcher._quoteless_person, tuning.SPEECH_ACT_FACT). General language, matched
#: on the question's normalised words and on the fact's own text.
SPEECH_ACT = re.compile(r"\b(?:speech\w*|keynote|address|addressed|речь\w*|речи|выступ\w*)\b")
#: Person nouns and titles in the plural ("the presidents", «президенты»): a role described in
#: the plural names several people, never the one who holds it (tuning.PLURAL_ROLE_NAMES_NOBODY).
#: General language; each form that matters listed (compared with the words as typed).
PLURAL_PERSON_WORDS: frozenset[str] = frozenset(
    "presidents leaders heads ministers ambassadors envoys officials experts analysts diplomats "
    "chairmen spokespersons spokesmen representatives "
    "президенты президентов президентам президентами лидеры лидеров лидерам главы глав "
    "министры министров послы послов эксперты экспертов аналитики аналитиков дипломаты "
    "дипломатов чиновники чиновников представители представителей".split()
)
#: First words of a yes/no question in English (Russian marks one with «ли»).
WHETHER_START: frozenset[str] = frozenset("did does do has have had was were is".split())
#: Word pairs that ask for one of those attributes where neither word alone does ("сколько
#: лет Нагаспаеву": how many years, i.e. how old).
UNHELD_PAIRS: tuple[tuple[str, str], ...] = (
    ("сколько", "лет"),
    ("how", "old"),
    ("how", "rich"),
    ("when", "born"),
    ("где", "родился"),
    *(PAST_PAIRS if K.PERSON_HISTORY_UNHELD else ()),
)


def is_intent_word(word: str) -> bool:
    return word in INTENT_WORDS or (is_cyrillic(word) and is_say_word(word))


#: Every control, format (zero-width, bidi override), surrogate and private-use character of
#: Unicode 15 except newline and tab: Unicode categories Cc, Cf, Cs and Co, as one character
#: class (generated from :mod:`unicodedata`; a regex is 30 times faster than a per-character
#: category test, which matters when 100,000 entries are indexed).
_INVISIBLE = re.compile(
    "["
    "\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f"
    "\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ud800-\uf8ff\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd"
    "]+"
)


def clean(text: str, limit: int | None = MAX_QUERY_CHARS) -> str:
    """NFKC, strip invisible format characters (zero-width, bidi overrides) and control chars.
    Questions are cut at ``limit`` characters first; knowledge texts pass ``None``."""
    if limit is not None:
        text = text[:limit]
    if text.isascii():  # NFKC changes nothing in ASCII; only control characters can go
        return text if text.isprintable() else _INVISIBLE.sub("", text)
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


_FOLD = str.maketrans({"ё": "е"})
_DROP_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
_ANY_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")


#: Digit groups of one number: one to three digits, then groups of exactly three after one
#: space, comma, no-break or thin space ("35 000 000 000", "35,000,000,000"); not a decimal
#: ("35,5"), not a list ("5, 100": two characters between), not a year run ("2023 150").
_DIGIT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ ,\u00a0\u2009\u202f]\d{3})+(?![\d]|[.,]\d)")
#: A whole number of millions or billions in plain digits, seven digits or more.
_ROUND_MILLIONS = re.compile(r"(?<!\d)([1-9]\d*?)(0{9}|0{6})(?!\d)")


def _joined_groups(match: re.Match[str]) -> str:
    return re.sub(r"\D", "", match.group())


def _with_scale(match: re.Match[str], cyrillic: bool) -> str:
    """The figure with its scale word ("35000000000" -> "35 billion", as the records and the
    figure checks read figures), «35 млрд» in a Cyrillic text."""
    billions = len(match.group(2)) == 9
    word = ("млрд" if billions else "млн") if cyrillic else ("billion" if billions else "million")
    return f"{match.group(1)} {word}"


def _digit_figures(text: str) -> str:
    """A figure in digit groups as one number, and round millions or billions with their scale
    word (tuning.L30_DIGIT_GROUPS): "35 000 000 000" was read as 35 and 000 000 000."""
    if _DIGIT_GROUPS.search(text):
        text = _DIGIT_GROUPS.sub(_joined_groups, text)
    if _ROUND_MILLIONS.search(text):
        cyrillic = bool(_CYRILLIC.search(text))
        text = _ROUND_MILLIONS.sub(lambda m: _with_scale(m, cyrillic), text)
    return text


def _tokens(text: str, limit: int | None = MAX_QUERY_CHARS) -> list[str]:
    # Each step is skipped when it cannot change anything: a full scan of 100,000 entries'
    # texts per step is what indexing time is made of.
    text = clean(text, limit).casefold()
    if "ё" in text:
        text = text.translate(_FOLD)
    if _ANY_APOSTROPHE.search(text):
        text = _POSSESSIVE.sub("", text).translate(_DROP_APOSTROPHES)
    if K.L30_DIGIT_GROUPS and _HAS_FIGURE.search(text):
        text = _digit_figures(text)
    return _WORD.findall(text)


def normalize(text: str) -> str:
    """Lower-case words separated by single spaces; the form every comparison uses."""
    return " ".join(_tokens(text))


def is_case_sensitive_short_form(word: str) -> bool:
    """Whether a short form is one only in capitals: "IT", "US" are everyday words ("it",
    "us") in lower case, so a question that writes "IT projects" or "the US" means the short
    form only when it is written in capitals (knowledge/vocabulary.yaml, ``abbreviations:``)."""
    return len(word) >= 2 and word.isalpha() and word.isupper() and word.casefold() in STOP_WORDS


#: Requests to the bot to list or name several ("list everyone quoted", «перечисли всех») and
#: the words for all of a group after them (tuning.Q16_LIST_EVERYONE_NO_TOPIC).
LIST_REQUESTS = frozenset(
    "list name перечисли перечислите назови назовите perechisli perechislite nazovi "
    "nazovite".split()
)
EVERYONE = frozenset("everyone everybody all всех все vseh vse".split())


def list_everyone_request(ws: Sequence[str]) -> frozenset[str]:
    """The request word of "list everyone quoted", "list all who spoke", «перечисли всех, кого
    цитирует статья»: a request to the bot for everyone who said something, which is no topic
    (tuning.Q16_LIST_EVERYONE_NO_TOPIC). "List" was the only content word of "list everyone
    quoted in the article", and the base's "list of countries at the astana summit" answered
    it with the participants' fact, which quotes nobody. Without a word of saying the request
    keeps its word ("list everybody at the astana summit" is the participants' question)."""
    if not K.Q16_LIST_EVERYONE_NO_TOPIC or not any(map(is_say_word, ws)):
        return frozenset()
    return frozenset(a for a, b in itertools.pairwise(ws) if a in LIST_REQUESTS and b in EVERYONE)


#: The user's own piece of work a question is for ("it's for my report", «мне для отчёта»,
#: «для статьи»): the frame of a question, not its topic (tuning.Q16_USER_WORK_NO_TOPIC).
USER_WORK_NOUNS_EN = frozenset(
    "report reports story piece paper essay thesis homework assignment presentation "
    "blog post column coursework dissertation newsletter".split()
)
#: Russian ones by their dictionary form (ё read as е).
USER_WORK_NOUNS_RU = frozenset(
    "отчет репорт доклад репортаж заметка курсовая курсовой диплом эссе реферат "
    "презентация блог пост диссертация".split()
)
_USER_POSSESSIVES_EN = frozenset("my our".split())
_USER_POSSESSIVES_RU = frozenset("моего моей моих моя мой нашего нашей наших".split())


def user_work_words(ws: Sequence[str]) -> frozenset[str]:
    """The words of the user's purpose ("for my report", «для (моей) статьи»): what the answer
    is wanted for, which no entry is about (tuning.Q16_USER_WORK_NO_TOPIC). As a word of the
    question, «репорта» (unknown) refused "kto skazal chto kitai vsegda vedet sebya mudro, mne
    dlya reporta", which is Safarov's "prudent and wise manner" without it. English only after
    "for my/our" ("for the report" may be the base's); Russian after «для». "Article",
    «статья» are left out: the matcher reads them as the source asked about ("what did the
    article say"), and without them as a topic «для статьи: кто принимал саммит в Астане» was
    refused."""
    if not K.Q16_USER_WORK_NO_TOPIC:
        return frozenset()
    out: set[str] = set()
    for i, w in enumerate(ws[:-1]):
        nxt = list(ws[i + 1 : i + 3])
        if w == "for" and nxt[0] in _USER_POSSESSIVES_EN:
            if len(nxt) > 1 and nxt[1] in USER_WORK_NOUNS_EN:
                out.add(nxt[1])
        elif w == "для":
            if nxt[0] in _USER_POSSESSIVES_RU and len(nxt) > 1:
                out.add(nxt[0])
                nxt = nxt[1:]
            if is_cyrillic(nxt[0]) and lemma_ru(nxt[0]).replace("ё", "е") in USER_WORK_NOUNS_RU:
                out.add(nxt[0])
            else:
                out.discard(ws[i + 1])
    if K.Q24SEM_USER_WORK_FRAMES:
        out |= _user_work_frames(ws)
    return frozenset(out)


#: What a user's piece of work is made for, before its noun ("a *radio* piece", "a *school*
#: report", "a *podcast* episode"; tuning.Q24SEM_USER_WORK_FRAMES).
_USER_WORK_MEDIA_EN = frozenset(
    "radio podcast tv television school class university uni college newspaper magazine "
    "local student".split()
)
#: Pieces of work made to be heard or seen ("doing a podcast", "for a radio show").
_USER_SHOWS_EN = frozenset("podcast episode show broadcast documentary video vlog segment".split())
#: The articles and possessives before the user's piece of work ("for a radio piece", "doing
#: my thesis").
_USER_WORK_DETERMINERS_EN = frozenset("my our a an".split())
#: The user's making of the piece ("*doing* a podcast", "*writing* an essay").
_USER_MAKING_EN = frozenset("doing writing preparing making recording producing".split())
#: The same in Russian, by the first person's form («*пишу* реферат», «*готовлю* доклад»).
_USER_MAKING_RU = frozenset("пишу готовлю делаю записываю составляю".split())


def _user_work_frames(ws: Sequence[str]) -> set[str]:
    """The user's piece of work named with an article or after a verb of making it: "for a
    radio piece", "doing a podcast", "writing my thesis", «пишу реферат», in a question about
    words said (tuning.Q24SEM_USER_WORK_FRAMES). The medium before the noun goes with it
    ("radio"); "for the report" and a noun alone ("the radio") stay words (the base's own
    report, a topic)."""
    out: set[str] = set()
    if not any(map(is_say_word, ws)):
        # Only a question about words said: «пишу курсовую про отношения китая ... сколько было
        # саммитов» kept «курсовую» a word, and the story was not read as the question.
        return out
    works = USER_WORK_NOUNS_EN | _USER_SHOWS_EN
    for i, w in enumerate(ws[:-1]):
        if w == "for" or w in _USER_MAKING_EN:
            nxt = list(ws[i + 1 : i + 4])
            if nxt[0] not in _USER_WORK_DETERMINERS_EN or len(nxt) < 2:
                continue
            if nxt[1] in works:
                out.add(nxt[1])
            elif nxt[1] in _USER_WORK_MEDIA_EN and len(nxt) > 2 and nxt[2] in works:
                out.update(nxt[1:3])
        elif w in _USER_MAKING_RU:
            work = ws[i + 1]
            if is_cyrillic(work) and lemma_ru(work).replace("ё", "е") in USER_WORK_NOUNS_RU:
                out.update((w, work))
    if K.Q30N_WORK_MEDIUM and out:
        out |= _work_medium(ws, out)
    return out


#: Where the user's piece of work goes ("a post *for my telegram channel*", «пост *в
#: телеграм-канал*», «для блога»), by the Russian words' dictionary forms (ё read as е):
#: with the piece, the frame of a question, not its topic (tuning.Q30N_WORK_MEDIUM).
_WORK_MEDIA = frozenset(
    "telegram channel blog site website instagram facebook twitter youtube substack linkedin "
    "телеграм телеграмм канал телеграм-канал блог сайт инстаграм фейсбук твиттер ютуб паблик "
    "соцсеть".split()
)
#: The words before such a medium: a preposition, an article, a possessive.
_WORK_MEDIUM_LEADS = frozenset("for on in to my our the a в на для мой моя мою моего".split())


def _work_medium(ws: Sequence[str], work: set[str]) -> set[str]:
    """The medium right after the user's piece of work, with its preposition: "writing a post
    for my telegram channel", «пишу пост в телеграм-канал» (tuning.Q30N_WORK_MEDIUM). As
    unknown words of the question they outweighed its topic, and «… сколько проектов уже
    реализовано. Кто и что сказал?» was refused. Only right after the piece (two words of
    lead at most), and only media words: «пост про проекты» keeps "проекты"."""
    out: set[str] = set()
    for i, w in enumerate(ws):
        if w not in work:
            continue
        j = i + 1
        lead: list[str] = []
        while j < len(ws) and ws[j] in _WORK_MEDIUM_LEADS and len(lead) < 2:
            lead.append(ws[j])
            j += 1
        media: list[str] = []
        while j < len(ws) and _medium(ws[j]):
            media.append(ws[j])
            j += 1
        if lead and media:
            out.update((*lead, *media))
    return out


def _medium(word: str) -> bool:
    """Whether a word names a medium of :data:`_WORK_MEDIA` (a Russian word by its
    dictionary form)."""
    if is_cyrillic(word):
        return lemma_ru(word).replace("ё", "е") in _WORK_MEDIA
    return word in _WORK_MEDIA


def typed_in_capitals(text: str) -> frozenset[str]:
    """The words (normalised) a message types in capitals, two letters or more ("OPEC",
    "NATO"): short forms, read as names (tuning.Q16_CAPITALS_AS_NAMES). Nothing when the message
    has no lower-case letter at all: capitals then say nothing of one word (shouting)."""
    text = clean(text)
    if not any(c.islower() for c in text):
        return frozenset()
    return frozenset(
        w.casefold() for w in _WORD.findall(text) if len(w) >= 2 and w.isalpha() and w.isupper()
    )


@lru_cache(maxsize=64)
def _capitals_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, keys)) + r")(?!\w)")


def _spell_out_capitals(text: str, abbreviations: Mapping[str, tuple[str, ...]]) -> str:
    """The short forms that are short forms only in capitals ("IT", "US"), spelled out before
    the text is lower-cased: "IT projects" was read as "it projects" and answered with the
    industrial projects' total; "what does the US think of the treaty" with the treaty."""
    keys = tuple(sorted(k for k in abbreviations if k.isupper()))
    if not keys or not any(k in text for k in keys):
        return text
    return _capitals_pattern(keys).sub(lambda m: " ".join(abbreviations[m.group(1)]), text)


def words(
    text: str,
    limit: int | None = MAX_TOKENS,
    abbreviations: Mapping[str, tuple[str, ...]] | None = None,
) -> list[str]:
    """Normalised words: the base's ``abbreviations`` spelled out, and a number written in
    several words folded into its digits ("сто тридцать три" -> "133"; a single number word is
    read by :func:`stem`). Questions are capped at :data:`MAX_TOKENS` words so hostile input
    stays cheap; knowledge texts (``limit=None``) are read whole."""
    if abbreviations and K.CAPITALS_SHORT_FORMS:
        text = _spell_out_capitals(text, abbreviations)
    tokens = _tokens(text, MAX_QUERY_CHARS if limit is not None else None)
    if limit is not None:
        if K.Q26F_NUMBER_SUFFIX_RU:
            tokens = _without_number_suffixes(tokens)
        tokens = _fold_numbers(_read_idioms(tokens[:limit]))
    elif (not abbreviations or abbreviations.keys().isdisjoint(tokens)) and max(
        map(len, tokens), default=0
    ) <= MAX_WORD_CHARS:
        return tokens  # knowledge texts: nothing to expand or cut (the usual case, kept fast)
    out: list[str] = []
    for w in tokens:
        w = w[:MAX_WORD_CHARS]  # no real word is longer; keeps typo repair cheap
        out.extend(abbreviations.get(w, (w,)) if abbreviations else (w,))
    return out if limit is None else out[:limit]


#: Set phrases whose ordinal or number word is no ordinal and no count, and phrases whose verb is
#: not the base word it stems to, as the words they mean (tuning.Q14_IDIOMS). "Comes first", "first
#: partner", «в первую очередь» rank something first, as "top priority" does: read as "1" they named
#: the first summit (and "comes" as "next", whose synonym "coming" stems alike), and "who said china
#: comes first for central asia" showed Safarov's words, not Osmonaliyev's ("placing cooperation
#: with China as a top priority"). "Come about" is "came into being", "resulted", not "the next one
#: about". Only questions are read so: "which summit came first" keeps its ordinal ("came", not
#: "comes"/"come", is the past of order in time).
IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    ("comes", "first"): ("priority",),
    ("come", "first"): ("priority",),
    ("first", "partner"): ("priority", "partner"),
    ("first", "partners"): ("priority", "partners"),
    ("first", "and", "foremost"): (),
    ("come", "about"): ("result",),
    ("came", "about"): ("result",),
    ("в", "первую", "очередь"): ("приоритет",),
    ("первым", "делом"): (),
    # Idioms of manner: working "hand in glove" is working closely; taking something "into its
    # own hands", being "in the driver's seat", "running their own show" is acting
    # independently; being "in talks" is discussing.
    ("hand", "in", "glove"): ("closely",),
    ("into", "its", "own", "hands"): ("independently",),
    ("into", "their", "own", "hands"): ("independently",),
    ("in", "its", "own", "hands"): ("independently",),
    ("in", "their", "own", "hands"): ("independently",),
    ("driver", "seat"): ("independently",),
    ("drivers", "seat"): ("independently",),
    ("their", "own", "show"): ("independently",),
    ("its", "own", "show"): ("independently",),
    ("in", "talks"): ("discussed",),
    # Phrasal verbs of saying (q16lex): "did anybody bring up coal chemistry", "he touched on
    # mining", "she pointed out that ...": "bring" and "touch" are no topic, "up", "on" no word.
    ("bring", "up"): ("mentioned",),
    ("brings", "up"): ("mentioned",),
    ("brought", "up"): ("mentioned",),
    ("bringing", "up"): ("mentioned",),
    ("touch", "on"): ("mentioned",),
    ("touched", "on"): ("mentioned",),
    ("touches", "on"): ("mentioned",),
    ("touch", "upon"): ("mentioned",),
    ("touched", "upon"): ("mentioned",),
    ("point", "out"): ("said",),
    ("pointed", "out"): ("said",),
    ("points", "out"): ("said",),
}


def _rank_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """A partner ranked "number one" («партнёр номер один», "partner no. 1", "№1" is read "no 1"),
    as "first partner" is in :data:`IDIOMS`: a priority, not the figure 1 and the word "number"
    (tuning.Q15_NUMBER_ONE_PARTNER). Only beside a partner: "priority number one" is
    NUMBER_ONE_PRIORITY's, and "number one" alone may still count."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    partners = {"partner": "priority", "partners": "priority", "partnership": "priority"}
    partners |= dict.fromkeys(
        "партнер партнера партнеру партнером партнере партнеры партнеров партнерам "
        "партнерами партнерство партнерства".split(),
        "приоритет",
    )
    for partner, priority in partners.items():
        for number in ("number", "no", "номер", "nomer"):
            for one in ("one", "1", "один", "odin"):
                out[(number, one, partner)] = (priority, partner)
                out[(partner, number, one)] = (partner, priority)
    return out


#: Partner ranks of :func:`_rank_idioms`, read with :data:`IDIOMS`.
RANK_IDIOMS: Final = _rank_idioms()


def _main_partner_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """A partner called the main one ("the main partner", "go-to partner", «главный партнёр»)
    is ranked first, as "number one partner" is (:func:`_rank_idioms`;
    tuning.L30_MAIN_PARTNER): read word by word, "main" and "go" were no words of any text,
    and "who said china is the go-to partner for central asia" showed Safarov's words on
    respecting every partner. Not "key", "important": a partner among others."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    partners = {"partner": "priority", "partners": "priority"}
    partners |= dict.fromkeys(
        "партнер партнера партнеру партнером партнере партнеры партнеров".split(), "приоритет"
    )
    firsts: list[tuple[str, ...]] = [
        (w,)
        for w in (
            "main primary principal chief preferred favourite favorite biggest "
            "главный главного главному главным главном главная главной основной основным "
            "основного glavnyi glavnym glavnyy"
        ).split()
    ]
    firsts.append(("go", "to"))
    for partner, priority in partners.items():
        for first in firsts:
            out[(*first, partner)] = (priority, partner)
    return out


#: Partner ranks of :func:`_main_partner_idioms`, read with :data:`IDIOMS`.
MAIN_PARTNER_IDIOMS: Final = _main_partner_idioms()
#: The summit "to come", which "come" no longer says alone: "come" is a stop word
#: (tuning.Q15_COME_NO_TOPIC, read at import), and "the summit to come" was left vague.
COME_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = (
    {
        ("summit", "to", "come"): ("summit", "next"),
        ("summits", "to", "come"): ("summits", "next"),
        ("meeting", "to", "come"): ("meeting", "next"),
    }
    if K.Q15_COME_NO_TOPIC
    else {}
)
#: Frames of the answer's form or of the question's scope, not its topic (tuning.Q18_FRAME_PHRASES):
#: "in one line", "in one sentence", "in a few words", «в двух словах», "in terms of". Read word
#: by word, "one" was the first summit and "line", "sentence", "terms" unknown words: "in one
#: sentence, what was signed in astana?" was refused. ("In short", "in a nutshell" were already
#: harmless: "short", "nutshell" alone weigh less than the question's own words.)
FRAME_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    **{
        ("in", one, unit): ()
        for one in ("one", "a", "1", "single")
        for unit in ("line", "sentence", "phrase", "word", "paragraph", "tweet")
    },
    ("in", "terms", "of"): (),
    ("in", "a", "nutshell"): (),
    ("in", "short"): (),
    ("in", "brief"): (),
    ("в", "двух", "словах"): (),
    ("в", "двух", "предложениях"): (),
    ("в", "одном", "предложении"): (),
    ("одной", "строкой"): (),
    ("одной", "фразой"): (),
    ("одним", "предложением"): (),
    ("в", "плане"): (),
    ("v", "dvuh", "slovah"): (),
    ("v", "dvukh", "slovakh"): (),
}
#: Idioms whose second word is a filler of the first's meaning (tuning.Q18_FILLER_IDIOMS): a
#: "price tag" is the price ("tag" an unknown word against the match), a "to-do list" and a
#: "priority list" are priorities ("list" alone is a word of the records' sample questions,
#: "list the leaders", so it cannot join the priority group), «список приоритетов» too.
FILLER_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    ("price", "tag"): ("price",),
    ("price", "tags"): ("price",),
    ("to", "do", "list"): ("priority",),
    ("to", "do", "lists"): ("priority",),
    ("todo", "list"): ("priority",),
    ("priority", "list"): ("priority",),
    ("priorities", "list"): ("priority",),
    ("list", "of", "priorities"): ("priority",),
    ("список", "приоритетов"): ("приоритет",),
    ("списке", "приоритетов"): ("приоритет",),
    ("списка", "приоритетов"): ("приоритет",),
}
#: Idioms of an act the base tells in a plain word (tuning.Q19_PLAIN_ACT_IDIOMS): a place or an
#: office that "opens its doors" opened ("when did the permanent secretariat open its doors"
#: was refused: "doors" an unknown word against the secretariat's opening).
ACT_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    (verb, own, doors): (said,)
    for verb, said in (
        ("open", "open"),
        ("opens", "opens"),
        ("opened", "opened"),
        ("opening", "opening"),
        ("throw", "open"),
        ("threw", "opened"),
    )
    for own in ("its", "their", "the")
    for doors in ("doors", "door")
}
#: Frames of courtesy and of the asker's purpose, not the question's topic (tuning.
#: Q19_COURTESY_FRAMES): "I should be grateful to learn when ...", "for investors: which
#: sectors ...", "I'm writing a school report ... in simple words". Read word by word,
#: "grateful", "learn", "investors", "school", "simple" each weighed as an unknown real word
#: against the match, and the questions were refused. Only whole phrases: "learn" alone, or
#: "investors" that are the topic ("what did investors say"), keep their weight.
COURTESY_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    **{
        (*be, polite, "to", learn): ()
        for be in ((), ("be",))
        for polite in ("grateful", "glad", "happy", "pleased", "obliged", "like", "love", "wish")
        for learn in ("learn", "hear", "know")
    },
    **{(*be, polite, "if"): () for be in ((), ("be",)) for polite in ("grateful", "obliged")},
    ("appreciate", "it", "if"): (),
    ("could", "you", "kindly"): (),
    ("would", "you", "kindly"): (),
    ("can", "you", "kindly"): (),
    ("kindly", "tell"): (),
    **{
        (prep, *det, audience): ()
        for prep in ("for", "as")
        for det in ((), ("a",), ("an",), ("my",), ("our",), ("the",))
        for audience in (
            "investor",
            "investors",
            "journalist",
            "journalists",
            "student",
            "students",
            "beginner",
            "beginners",
            "layman",
            "laymen",
            "reader",
            "readers",
            "newcomer",
            "newcomers",
        )
    },
    **{
        ("school", work): ()
        for work in ("report", "project", "essay", "assignment", "presentation", "homework")
    },
    **{
        ("in", plain, words): ()
        for plain in ("simple", "plain", "easy", "layman", "laymans")
        for words in ("words", "terms", "english", "language")
    },
    ("для", "инвесторов"): (),
    ("простыми", "словами"): (),
    ("школьного", "доклада"): (),
    ("школьный", "доклад"): (),
}
#: "Back in 2023", "back in may", "back then": "back" is the time past asked about, not a way
#: back (tuning.Q19_BACK_IN_TIME); "what did they sign in xian back in 2023" was refused with
#: "back" an unknown word. Only before "in"/"on" and a year or a month: "the road back" keeps it.
BACK_WORDS: Final = frozenset("back way".split())
#: "Plays it smart", "playing it safe", "plays nice": a manner of acting, the adjective's meaning
#: (tuning.Q19_PLAY_IT_IDIOMS). Read word by word, "play" is a word of the base ("what role does
#: the BRI play"), and "someone said beijing plays it smart, who was it" was refused where
#: "someone said beijing is smart" finds Safarov's words on China's prudent and wise manner.
PLAY_IT_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    (play, "it", manner): (meaning,)
    for play in ("play", "plays", "played", "playing")
    for manner, meaning in (
        ("smart", "smart"),
        ("wise", "wise"),
        ("clever", "clever"),
        ("safe", "carefully"),
        ("carefully", "carefully"),
    )
} | {
    # "Plays nice with everyone": behaves in a friendly way.
    (play, "nice"): ("friendly",)
    for play in ("play", "plays", "played", "playing")
}


def _heard_on_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Where the user heard or saw something (tuning.Q19Q_HEARD_ON): "on the radio", "on a
    podcast", "in the car", "on TV", «по радио», «в подкасте», «в машине»: the user's frame, read
    as no words. The medium only after its preposition ("on"/"in"/"over", «по»/«в»/«на»), with
    or without an article: "radio" alone may still be a topic ("did the treaty mention radio")."""
    media_en = (
        "radio podcast podcasts tv television telly youtube telegram tiktok twitter instagram "
        "facebook reddit car bus taxi train phone"
    ).split()
    media_ru = (
        "радио подкасте подкастах телевизору телику ютубе ютуб телеграме телеграмме тиктоке "
        "машине такси автобусе поезде телефону"
    ).split()
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for medium in media_en:
        for prep in ("on", "in", "over", "to"):
            out[(prep, medium)] = ()
            for det in ("the", "a", "some", "my"):
                out[(prep, det, medium)] = ()
    for medium in media_ru:
        for prep in ("по", "в", "на"):
            out[(prep, medium)] = ()
    return out


#: Words that make a medium where words were published, not where the user heard them ("which
#: experts were quoted on tv": the base's experts were quoted in articles, not on TV).
_QUOTED_IN: Final = frozenset(
    "quoted cited published reported interviewed цитировали цитирует процитировал".split()
)
#: The user's media frames of :func:`_heard_on_idioms`, read with :data:`FRAME_IDIOMS`.
HEARD_ON_IDIOMS: Final = _heard_on_idioms()
#: "Way" before a comparative is a degree (tuning.Q19Q_WAY_MORE): "way more proactive", "way
#: bigger", not Safarov's "way forward".
INTENSIFIER_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    ("way", more): (more,)
    for more in "more less bigger larger smaller better worse higher lower too".split()
}


def _part_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Playing a part, a bigger part, is playing a role (tuning.Q19Q_PLAYS_A_PART): "Central Asian
    nations now play a bigger part in their own neighbourhood" of Osmonaliyev's "taking a more
    proactive role". Read word by word, "bigger" weighed as an unknown word and "play", "part"
    as the words of other records; read as nothing, as "role" is (a word of the person asked
    about, dropped from every question), the words beside it decide."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for verb in "play plays playing played take takes taking took".split():
        for noun in ("part", "role"):
            out[(verb, "a", noun)] = ()
            for size in "bigger larger greater major stronger leading more".split():
                out[(verb, "a", size, noun)] = ()
    return out


#: The parts played of :func:`_part_idioms`, read with :data:`FRAME_IDIOMS`.
PART_IDIOMS: Final = _part_idioms()


def _request_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """A request's own words (tuning.Q19Q_REQUEST_WORDS): "can I get" the quote is "give me";
    "with the source", "and the link" is the form of the answer wanted (every answer shows its
    source), read as no words, as Q18_FRAME_PHRASES' frames are. "Get" alone stays a word ("how
    do i get from astana airport" keeps it, and stays refused)."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for modal in ("can", "could", "may"):
        for me in ("i", "we"):
            out[(modal, me, "get")] = ()
    for link in ("with", "and", "plus"):
        for det in ((), ("the",), ("a",), ("its",)):
            for noun in ("source", "sources", "link", "links"):
                out[(link, *det, noun)] = ()
    return out


#: The request phrases of :func:`_request_idioms`, read with :data:`FRAME_IDIOMS`.
REQUEST_IDIOMS: Final = _request_idioms()
#: Everyday phrases of what the words say (tuning.Q19Q_EVERYDAY_PHRASES): people who "get each
#: other" understand each other; "keeping to" principles is sticking to them (read as
#: adhering, knowledge/vocabulary.yaml); what something is "good for" asks what it served, no
#: word of "good-neighborliness". ("The two sides" read as nothing was tried and dropped: "the
#: scholar who said the two sides have different values" then showed Safarov's "common values",
#: "different" being no word.)
EVERYDAY_PHRASES: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    **{(get, "each", "other"): ("understand", "each", "other") for get in ("get", "gets", "got")},
    **{(get, "one", "another"): ("understand", "each", "other") for get in ("get", "gets", "got")},
    **{(keep, "to"): ("stick",) for keep in ("keep", "keeps", "kept", "keeping")},
    ("good", "for"): (),
}


def _initiative_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Acting first and acting alone, in everyday words (tuning.Q21Q_INITIATIVE_IDIOMS):
    "taking more initiative", "take the lead", "stepping up in" are being proactive; "on its own",
    "self-directed" is independently (Osmonaliyev's "taking a more proactive role ...,
    independently shaping their development agendas"). Read word by word, "initiative" was the
    Belt and Road Initiative's word, "stepping", "self", "directed" unknown words."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for verb in "take takes taking took".split():
        for mid in ((), ("the",), ("more",), ("greater",), ("the", "greater")):
            out[(verb, *mid, "initiative")] = ("proactive",)
        out[(verb, "the", "lead")] = ("proactive",)
    for step in "step steps stepping stepped".split():
        # Only stepping up *in* something: "stepping up mining" is doing more of it.
        out[(step, "up", "in")] = ("proactive", "in")
    for own in ("its", "their"):
        out[("on", own, "own")] = ("independently",)
    for directed in "directed determined governing".split():
        out[("self", directed)] = ("independently",)
    return out


#: The phrases of :func:`_initiative_idioms`, read with :data:`FRAME_IDIOMS`.
INITIATIVE_IDIOMS: Final = _initiative_idioms()


def _destiny_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Deciding one's own fate, in everyday words (tuning.Q24SEM_DESTINY_IDIOMS): taking its
    "destiny into its own hands", being "master of its own destiny", «сам решает свою судьбу»
    is acting independently (Osmonaliyev's "independently shaping their development agendas").
    Read word by word, "destiny" (0.37 against his words), «судьбу» were words no entry
    explains. Only with the fate's owner ("its", "their", «свою»): "the destiny of the treaty"
    keeps its words."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    fates = "destiny fate future".split()
    for fate in fates:
        for own in ("its", "their"):
            out[(fate, "into", own, "own", "hands")] = ("independently",)
            out[(fate, "in", own, "own", "hands")] = ("independently",)
            out[(own, "own", fate)] = ("independently",)
    decides = [
        (verb, own, fate)
        for verb in "решает решают определяет определяют вершит вершат".split()
        for own in ("свою", "своё", "свое")
        for fate in ("судьбу", "будущее")
    ]
    for self_ in ("сам", "сама", "сами", "самостоятельно"):
        for phrase in decides:
            out[(self_, *phrase)] = ("независимо",)
    for phrase in decides:
        out[(*phrase, "сам")] = ("независимо",)
        out[(*phrase, "сами")] = ("независимо",)
    return out


#: The phrases of :func:`_destiny_idioms`, read with :data:`FRAME_IDIOMS`.
DESTINY_IDIOMS: Final = _destiny_idioms()


def _favourites_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Having no favourites is respecting every partner alike (tuning.Q24SEM_NO_FAVOURITES):
    "china doesn't pick favourites", "never plays favorites", "without playing favourites"
    (Safarov's "respecting each and every partner"). Read word by word, "favourites" was a word
    no entry explains and the denial denied his praise. Only denied: "china picks favourites"
    keeps its words."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    denials: list[tuple[str, ...]] = [
        ("doesnt",), ("does", "not"), ("dont",), ("do", "not"), ("didnt",), ("did", "not"),
        ("never",), ("without",), ("wont",), ("will", "not"),
    ]  # fmt: skip
    verbs = "pick picks picking play plays playing have has having".split()
    for denial in denials:
        for verb in verbs:
            for fav in ("favourites", "favorites"):
                out[(*denial, verb, fav)] = ("respects", "every", "partner")
    for fav in ("favourites", "favorites"):
        out[("no", fav)] = ("respects", "every", "partner")
    return out


#: The phrases of :func:`_favourites_idioms`, read with :data:`FRAME_IDIOMS`.
FAVOURITES_IDIOMS: Final = _favourites_idioms()
#: "No." before the figure 1 is "number" ("the no.1 priority", "priority no. 1", "№1" is read
#: "no 1"), not a denial: read as "number", the rank is :data:`NUMBER_ONE_PHRASES`'
#: (tuning.Q26T_NO_IS_NUMBER). Only the rank one: "no one" is "nobody", and "the no. 2 summit"
#: keeps its reading (as "number 2" it was read as a count).
NUMBER_SIGN_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {("no", "1"): ("number", "1")}


def _summit_shows_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """What a summit shows or proves, as the texts say it: what it "demonstrates" ("the summit
    fully shows central asia is more proactive", "the summit proves the region sets its own
    course"; tuning.Q26T_SUMMIT_SHOWS). Only with the summit as the subject: "the new pact shows
    the way", "show me his words" keep their own words."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for subject in ("summit", "meeting"):
        for adverb in ((), ("fully",), ("clearly",), ("really",)):
            for verb in ("shows", "showed", "proves", "proved"):
                out[(subject, *adverb, verb)] = (subject, *adverb, "demonstrates")
    return out


#: The phrases of :func:`_summit_shows_idioms`, read with :data:`IDIOMS`.
SUMMIT_SHOWS_IDIOMS: Final = _summit_shows_idioms()


def _slang_saying_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Verbs of saying in slang and an opener of chat (tuning.Q27Q_SLANG_SAYING): "who dropped
    the 133 number" asks who mentioned it, as "who brought up" does; "yo" greets, as "hey" does.
    Read word by word, "dropped" (a fall, no saying) and "yo" were words no entry explains and
    refused the question. Only "dropped" after "who": "china dropped the plan" keeps its verb. A
    "reaction" from an expert is his comment ("need an expert reaction from Tajikistan" showed
    his card, not his words); "russia's reaction" keeps its word. "smth like that" is
    "something like that"."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for word in "who whose what which any anyone anybody is did need".split():
        out[("yo", word)] = (word,)
    for who in ("who", "whoever", "anyone", "anybody", "someone", "somebody"):
        for verb in ("dropped", "drops"):
            out[(who, verb)] = (who, "mentioned")
            out[("yo", who, verb)] = (who, "mentioned")  # the longest phrase is read first
    for asker in ("expert", "experts", "official", "officials", "observer", "observers"):
        for reaction, comment in (("reaction", "comment"), ("reactions", "comments")):
            out[(asker, reaction)] = (asker, comment)
    for reaction, comment in (("reaction", "comment"), ("reactions", "comments")):
        out[(reaction, "from")] = (comment, "from")
    # "who said smth like that": the chat short form of "something" before what it stands for.
    for short in ("smth", "sth", "smthng"):
        for after in ("like", "about", "similar"):
            out[(short, after)] = ("something", after)
    return out


#: The phrases of :func:`_slang_saying_idioms`, read with :data:`IDIOMS`.
SLANG_SAYING_IDIOMS: Final = _slang_saying_idioms()


def _turned_phrase_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Everyday idioms and understatements of what the texts say plainly
    (tuning.Q27Q_TURNED_PHRASES): sides that "see eye to eye" share a mutual understanding
    (Safarov); partners "anything but distant" work closely, "not a bad platform" is an
    excellent one (Nagaspayev); never "straying from" friendship is always adhering to it, and
    acting "without orders from outside" («без указки извне») is acting independently
    (Osmonaliyev); cooperation "within the Belt and Road framework" is under the Belt and Road
    Initiative (Nagaspayev). Read word by word, "eye", "distant", "bad", "straying", «указки»,
    "framework" were words no entry explains, and "not", "never" denied the praise."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for see in ("see", "sees", "saw", "seeing", "seen"):
        out[(see, "eye", "to", "eye")] = ("share", "mutual", "understanding")
    out[("anything", "but", "distant")] = ("closely",)
    out[("anything", "but", "far")] = ("closely",)
    for det in ((), ("a",), ("such", "a")):
        out[("not", *det, "bad")] = (*det, "excellent")
    for never in ("never", "not"):
        for stray in ("stray", "strays", "strayed", "straying"):
            for away in ((), ("away",)):
                out[(never, stray, *away, "from")] = ("always", "adhered", "to")
    # Work "within the framework of" a programme is work under it; "the Belt and Road
    # framework" is the initiative (no text says "framework").
    for within in ("within", "in", "under"):
        out[(within, "the", "framework", "of")] = ("under",)
    out[("road", "framework")] = ("road", "initiative")
    for orders in ("указки", "указаний", "подсказки", "диктовки", "диктата"):
        out[("без", orders, "извне")] = ("независимо",)
        out[("без", orders, "со", "стороны")] = ("независимо",)
    return out


#: The phrases of :func:`_turned_phrase_idioms`, read with :data:`IDIOMS`.
TURNED_PHRASE_IDIOMS: Final = _turned_phrase_idioms()


def _plenty_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Words of a large number, read as "many" («много»), which is no topic
    (tuning.Q28Q_PLENTY_IS_MANY): "lots of joint projects in metals and mining", «немало
    совместных проектов» remember Nagaspayev's "many joint projects in mining and metallurgy".
    Read word by word, "lots", «немало» were words no entry explains, an off-topic sign that
    refused the question. "Few" («мало») keeps its word: "who said there are few joint projects
    in mining" stays refused."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for lots in ("lots", "plenty"):
        out[(lots, "of")] = ("many",)
    out[("a", "lot", "of")] = ("many",)
    out[("a", "great", "many")] = ("many",)
    out[("a", "good", "many")] = ("many",)
    out[("numerous",)] = ("many",)
    for plenty in ("немало", "множество"):
        out[(plenty,)] = ("много",)
    out[("не", "мало")] = ("много",)
    return out


#: The phrases of :func:`_plenty_idioms`, read with :data:`IDIOMS` (one-word keys too).
PLENTY_IDIOMS: Final = _plenty_idioms()


def _showing_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """More ways of saying what the summit "demonstrates" (Osmonaliyev) than
    :func:`_summit_shows_idioms` reads (tuning.Q28Q_SUMMIT_SHOWING): "the summit showing Central
    Asia's growing initiative", «саммит показал проактивность стран Центральной Азии», «саммит
    это в полной мере демонстрирует»; and a region's "growing initiative", being "more hands-on",
    putting ties "at the top of the list": being more proactive, a top priority. Read word by word,
    "showing", «показал», «мере» were words no entry explains, and "initiative" was the Belt and
    Road Initiative's word. Only with the summit as the subject ("show me his words", "the pact
    shows the way" keep theirs), and "initiative" only after a word of growth ("the belt and road
    initiative" keeps its name)."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for subject in ("summit", "meeting"):
        for adverb in ((), ("fully",), ("clearly",), ("really",)):
            for verb in ("showing", "show", "proving", "prove", "demonstrating"):
                out[(subject, *adverb, verb)] = (subject, *adverb, "demonstrates")
    for subject in ("саммит", "саммита", "встреча", "встречи"):
        for adverb in ((), ("это",), ("наглядно",), ("ясно",), ("полностью",)):
            for verb in (
                "показал", "показала", "показывает", "показали", "доказал", "доказывает",
                "продемонстрировал", "демонстрирует", "демонстрировал",
            ):  # fmt: skip
                out[(subject, *adverb, verb)] = (subject, *adverb, "демонстрирует")
    out[("в", "полной", "мере")] = ("полностью",)
    for growing in ("growing", "greater", "increasing", "rising", "more", "own"):
        out[(growing, "initiative")] = ("more", "proactive")
    out[("more", "hands", "on")] = ("more", "proactive")
    for det in ("the", "its", "their"):
        for top in ("list", "agenda"):
            out[("top", "of", det, top)] = ("top", "priority")
    return out


#: The phrases of :func:`_showing_idioms`, read with :data:`IDIOMS`.
SHOWING_IDIOMS: Final = _showing_idioms()


def _wanted_for_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Someone the user works for wanting the words is the user's own want ("my editor wants
    the exact wording on how many projects are underway vs already done, who said it", "my
    professor needs one sentence on ..."), read as "i need" (tuning.Q28Q_WANTED_FOR_USER).
    Read word by word, "editor", "wants" were words no entry explains, and refused the question
    that "I need the exact wording ..." answers. Only with "my"/"our": "the editor of the
    newspaper wants ..." keeps its words."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    askers = (
        "editor editors boss professor prof teacher supervisor tutor lecturer producer client "
        "manager chief"
    ).split()
    for my in ("my", "our"):
        for asker in askers:
            for want in ("wants", "needs", "wanted", "needed", "asked", "asks"):
                out[(my, asker, want)] = ("i", "need")
            out[(my, asker, "asked", "for")] = ("i", "need")
            out[(my, asker, "asks", "for")] = ("i", "need")
            out[(my, asker, "is", "asking", "for")] = ("i", "need")
    return out


#: The phrases of :func:`_wanted_for_idioms`, read with :data:`IDIOMS`.
WANTED_FOR_IDIOMS: Final = _wanted_for_idioms()


def _host_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Russian «принять саммит» is to host it, not to adopt it (tuning.L30_RU_HOST_IDIOMS): by
    its lemma «примет», «примут», «принять» read as «подписать» (a document adopted), and
    «Узбекистан примет саммит в 2027?» was refused where "will uzbekistan host the summit in
    2027?" is put right. Only before the summit (or a meeting) as the object: «принять
    декларацию» stays a document adopted. («Узбекистан примет следующий саммит?» is still
    refused: a country put as the next host is read in English only.)"""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    middles: tuple[tuple[str, ...], ...] = (
        (),
        ("следующий",),
        ("первый",),
        ("второй",),
        ("третий",),
        ("очередной",),
        ("у", "себя"),
        ("у", "себя", "следующий"),
    )
    # The future and the infinitive only: in the past «какие документы принял саммит?» has the
    # summit as the subject (what it adopted), and «принимал» already reads as hosting.
    for verb in ("примет", "примут", "принять"):
        for middle in middles:
            for thing in ("саммит", "саммиты", "встречу"):
                out[(verb, *middle, thing)] = ("принимает", *middle, thing)
    return out


#: The phrases of :func:`_host_idioms`, read with :data:`IDIOMS`.
HOST_IDIOMS: Final = _host_idioms()
#: Thanks given before the answer ("thanks in advance", "thx in advance", «заранее спасибо»):
#: courtesy, no topic (tuning.L30_THANKS_IN_ADVANCE).
THANKS_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    **{(thanks, "in", "advance"): () for thanks in ("thanks", "thank", "thx", "ty", "tia")},
    ("thank", "you", "in", "advance"): (),
    ("заранее", "спасибо"): (),
    ("спасибо", "заранее"): (),
    ("zaranee", "spasibo"): (),
    ("spasibo", "zaranee"): (),
}
#: "What's the deal with X", "what's up with X": X is asked about, no deal in it
#: (tuning.L30_DEAL_WITH_IS_ABOUT).
DEAL_WITH_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    ("whats", "the", "deal", "with"): ("what", "about"),
    ("what", "the", "deal", "with"): ("what", "about"),  # "what's", its "'s" gone
    ("what", "is", "the", "deal", "with"): ("what", "about"),
    ("whats", "up", "with"): ("what", "about"),
    ("what", "up", "with"): ("what", "about"),
    ("what", "is", "up", "with"): ("what", "about"),
}
#: "Hand in hand" is closely ("their country and China work hand in hand on industry"; tuning.
#: L30_HAND_IN_HAND): read word by word, "hand" was a word no record holds.
HAND_IN_HAND_IDIOMS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    ("hand", "in", "hand"): ("closely",),
    ("рука", "об", "руку"): ("тесно",),
}
#: What someone "makes of" a thing is their view of it ("what did the tajik political scientist
#: make of the treaty?"; tuning.L30_MAKE_OF_IS_VIEW): read as the noun "view", as "the
#: chairman's view of ..." is (not "think", which took "the chairman" for Xi's office alone:
#: tests/test_q10sem.py). Not "made of": what a thing is made of is what it consists of.
MAKE_OF_IDIOMS: Final = {("make", "of"): ("view", "of"), ("makes", "of"): ("view", "of")}


#: Nouns of the user's piece of work a leading frame clause reads beside
#: :data:`USER_WORK_NOUNS_EN` and :data:`_USER_SHOWS_EN`: a talk and its slides.
_FRAME_WORKS_MORE: Final = frozenset("slide slides talk lecture".split())
#: The one noun of :data:`USER_WORK_NOUNS_EN` the clause does not read (a plural).
_FRAME_WORKS_NOT: Final = frozenset({"reports"})
#: The nouns of the user's piece of work in a leading frame clause (:func:`work_frame_rest`).
_FRAME_WORKS: Final = "|".join(
    sorted((USER_WORK_NOUNS_EN - _FRAME_WORKS_NOT) | _USER_SHOWS_EN | _FRAME_WORKS_MORE)
)
#: What the piece is made for before its noun in the clause: :data:`_USER_WORK_MEDIA_EN`, with
#: "blog" ("a blog post") and without "television". One word each, each followed by a space in
#: the clause, so that their order in the alternation changes nothing.
_FRAME_MEDIA: Final = "|".join(sorted((_USER_WORK_MEDIA_EN - {"television"}) | {"blog"}))
#: A leading clause that names the user's piece of work and its theme, closed by a colon or a
#: dash: "for my thesis on regional agency: ...", "podcast episode on Central Asian agency —
#: ...", "writing a podcast episode on Kazakh-Chinese industry ties — ..."
#: (tuning.Q27Q_WORK_FRAME_CLAUSE).
_WORK_FRAME_CLAUSE: Final = re.compile(
    r"^\s*(?:(?:for|writing|doing|preparing|making|recording|working\s+on)\s+)?"
    r"(?:(?:my|our|a|an)\s+)?"
    r"(?:(?:" + _FRAME_MEDIA + r")\s+)?(?:" + _FRAME_WORKS + r")(?:\s+episode)?"
    r"\s+(?:on|about|regarding)\s+[^:—–?!.,]{1,80}?\s*(?::|—|–|\s-{1,2}\s|,(?=\s*(?:i\s+)?need\s))"
    r"\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: A trailing ask for the words of what came before, after a dash or a comma: "... — whose is
#: it", "... — what's his line?", "... — exact words?", "... — who's that"
#: (tuning.Q27Q_TRAILING_WORDS_ASK).
#: The part before it holds a word character: the first one is found in one pass
#: ("[^\w\n]*\w"), as ".*?\w" found it, but with no retry from each later one (".*?\w.*?"
#: took 0.3 s for 4,096 letters and about 2 min for 100,000: test_properties, test_matcher).
_WORDS_ASKED_TAIL: Final = re.compile(
    r"^(?P<rest>[^\w\n]*\w.*?)\s*(?:—|–|\s-{1,2}|,|\.\.\.|…)\s*(?:so\s+)?(?:"
    r"whose\s+(?:is\s+(?:it|this|that)|line|words|quote)(?:\s+is\s+(?:it|this|that))?"
    r"|who(?:'s|’s|\s+is|\s+was)\s+(?:that|it|this)"
    r"|what(?:'s|’s|\s+is|\s+was|\s+were|\s+are)\s+(?:his|her|their|the)\s+(?:exact\s+)?"
    r"(?:line|lines|quote|words?)"
    r"|(?:his|her|the)?\s*exact\s+(?:words|quote|wording)"
    r")\s*[?!.]*\s*$",
    re.IGNORECASE,
)


#: The Russian form of a leading work frame: «Для статьи нужна цитата …», «для поста, нужна
#: фраза …», «Для курсовой: кто сказал …» (tuning.Q28Q_RU_WORK_FRAME). Only «для» with the
#: user's piece of work at the message's start, the rest a question of its own.
_RU_FRAME_WORKS: Final = "|".join(
    sorted(
        "статьи поста доклада курсовой диплома дипломной презентации реферата эссе "
        "подкаста блога лекции видео выпуска эфира заметки колонки работы книги".split()
    )
)
_RU_WORK_FRAME: Final = re.compile(
    r"^\s*для\s+(?:(?:моей|моего|нашей|нашего|своей|своего)\s+)?(?:" + _RU_FRAME_WORKS + r")\b"
    # a theme ("для статьи о саммите:") only when a mark closes it, and the rest from a word's
    # start: «для работы в Казахстане нужна цитата» keeps «в Казахстане …» whole
    r"(?:\s+(?:в|на|о|про)\s+[^:—–?!.,]{1,60}?\s*[:—–,])?\s*(?:[:—–,]\s*)?(?<!\w)(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: A request for the words "where someone says W" ("need the words where someone says this
#: summit proves …", "the bit where somebody said …") (tuning.Q28Q_WORDS_WHERE_SOMEONE_SAYS).
#: Only an indefinite speaker: "the line where the minister says …" keeps its description.
_WORDS_WHERE_SOMEONE: Final = re.compile(
    r"^\s*(?:(?:i|we)\s+)?(?:(?:need|want|looking\s+for|searching\s+for|find|give\s+me|"
    r"show\s+me|get\s+me)\s+)?(?:the|a|that)\s+(?:words|line|lines|quote|passage|bit|part|"
    r"sentence|statement|place)\s+(?:where|in\s+which)\s+(?:someone|somebody|anyone|anybody)"
    r"\s+(?:says|said|claims|claimed|argues|argued)\s+(?:that\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def someone_says_rest(text: str) -> str | None:
    """The words asked for in "need the words where someone says W", as "who said W", or None
    (tuning.Q28Q_WORDS_WHERE_SOMEONE_SAYS). Read whole, "need the words where someone" was taken
    for a speaker the base does not know and the question was refused, where "who said W" finds
    the words and shows who said them."""
    if not K.Q28Q_WORDS_WHERE_SOMEONE_SAYS:
        return None
    m = _WORDS_WHERE_SOMEONE.match(text)
    return "who said " + m.group("rest").rstrip(" ?.!") if m else None


def work_frame_rest(text: str) -> str | None:
    """The question after a leading clause naming the user's piece of work and its theme ("for
    my thesis on regional agency: who said CA nations shape their development agendas on their
    own?"), or None when it has none (tuning.Q27Q_WORK_FRAME_CLAUSE). The theme is what the
    user writes about, not the words asked for: read as words of the question, "agency" refused
    a question the clause's rest answers. Only a clause closed by a colon or a dash, so that the
    rest is a question of its own."""
    if not K.Q27Q_WORK_FRAME_CLAUSE:
        return None
    m = _WORK_FRAME_CLAUSE.match(text)
    if m is None and K.Q28Q_RU_WORK_FRAME:
        # «Для статьи нужна цитата о том, что саммит показал …»: the article is the user's,
        # and «статьи» read as a word of the question asked for a treaty's articles.
        m = _RU_WORK_FRAME.match(text)
    return m.group("rest").strip() if m else None


#: A short frame closed by a colon before a question of its own ("Пишу статью: что сказал
#: Сафаров про договор?", "quick q: who hosted the first summit?") (tuning.L30_COLON_FRAME).
_COLON_FRAME: Final = re.compile(
    r"^\s*(?P<frame>[^\s:?!.][^:?!.\n]{0,59}?)\s*:\s*(?P<rest>(?:who|whom|whose|what|when|where|which|why|how|"
    r"кто|что|когда|где|какой|какая|какое|какие|почему|зачем|сколько|как|чей|чья|чьи|kto|chto|"
    r"kogda|gde|skolko)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_COLON_FRAME_WORDS = 5


def colon_frame_rest(text: str) -> str | None:
    """The question after a short frame closed by a colon ("Пишу статью: что сказал Сафаров про
    договор?" -> «что сказал Сафаров про договор?»), or None (tuning.L30_COLON_FRAME). Read
    whole, «что» after the frame's words was the conjunction "that", and the question a claim
    answered «Да.». Only a frame of a few words with no question word of its own."""
    if not K.L30_COLON_FRAME or ":" not in text:
        return None
    m = _COLON_FRAME.match(text)
    if m is None:
        return None
    frame = _WORD.findall(m.group("frame").casefold())
    if not frame or len(frame) > _COLON_FRAME_WORDS or any(w in _FRAME_QUESTION for w in frame):
        return None
    return m.group("rest").strip()


#: Question words a frame before a colon may not hold (it would be a question itself).
_FRAME_QUESTION: Final = frozenset(
    "who whom whose what when where which why how кто что когда где какой почему сколько".split()
)


#: «Назови», «назовите» as a request to the bot ("name ..."), no topic: read in the question's
#: terms, not as stop words, so that LIST_REQUESTS still sees them («назовите всех президентов»)
#: (tuning.L30_RU_REQUESTS).
NAME_REQUESTS: Final = frozenset("назови назовите nazovi nazovite".split())


#: The separators :data:`_WORDS_ASKED_TAIL` needs before its tail, found in one linear scan.
_WORDS_ASKED_SEPARATOR: Final = re.compile(r"—|–|\s-|,|\.\.\.|…")


def words_asked_rest(text: str) -> str | None:
    """The description or words before a trailing ask for the words ("the line about a deep
    mutual understanding — whose is it", "Tajikistan expert on diplomatic cohesion — what's his
    line?"), or None (tuning.Q27Q_TRAILING_WORDS_ASK). The tail asks for the words of what
    comes before: read with it, "his line" showed the speaker's card and "whose is it" refused
    words the part before it finds."""
    if not K.Q27Q_TRAILING_WORDS_ASK:
        return None
    if _WORDS_ASKED_SEPARATOR.search(text) is None:
        # No separator, no tail: the pattern need not scan a long message for one (its
        # older form, "(.*?\w.*?)", took 600 ms on 4,096 letters to return the same None).
        return None
    m = _WORDS_ASKED_TAIL.match(text)
    return m.group("rest").strip() if m else None


#: The tables of set phrases :func:`_read_idioms` reads, by name, in the order they are tried,
#: each with the switch that turns it on (None: on whenever Q14_IDIOMS is). One list, so that a
#: new table is one line here, not a head set, a gate and a lookup of its own. Read by name at
#: each question, so that a test may replace a table (tests/test_q16lex.py narrows IDIOMS).
_IDIOM_TABLES: Final[tuple[tuple[str, str | None], ...]] = (
    ("IDIOMS", None),
    ("RANK_IDIOMS", "Q15_NUMBER_ONE_PARTNER"),
    ("NUMBER_SIGN_IDIOMS", "Q26T_NO_IS_NUMBER"),
    ("SUMMIT_SHOWS_IDIOMS", "Q26T_SUMMIT_SHOWS"),
    ("SLANG_SAYING_IDIOMS", "Q27Q_SLANG_SAYING"),
    ("TURNED_PHRASE_IDIOMS", "Q27Q_TURNED_PHRASES"),
    ("PLENTY_IDIOMS", "Q28Q_PLENTY_IS_MANY"),
    ("SHOWING_IDIOMS", "Q28Q_SUMMIT_SHOWING"),
    ("WANTED_FOR_IDIOMS", "Q28Q_WANTED_FOR_USER"),
    ("HOST_IDIOMS", "L30_RU_HOST_IDIOMS"),
    ("MAKE_OF_IDIOMS", "L30_MAKE_OF_IS_VIEW"),
    ("THANKS_IDIOMS", "L30_THANKS_IN_ADVANCE"),
    ("DEAL_WITH_IDIOMS", "L30_DEAL_WITH_IS_ABOUT"),
    ("HAND_IN_HAND_IDIOMS", "L30_HAND_IN_HAND"),
    ("MAIN_PARTNER_IDIOMS", "L30_MAIN_PARTNER"),
    ("COME_IDIOMS", None),
    ("FRAME_IDIOMS", "Q18_FRAME_PHRASES"),
    ("FILLER_IDIOMS", "Q18_FILLER_IDIOMS"),
    ("ACT_IDIOMS", "Q19_PLAIN_ACT_IDIOMS"),
    ("COURTESY_IDIOMS", "Q19_COURTESY_FRAMES"),
    ("PLAY_IT_IDIOMS", "Q19_PLAY_IT_IDIOMS"),
    ("HEARD_ON_IDIOMS", "Q19Q_HEARD_ON"),
    ("INTENSIFIER_IDIOMS", "Q19Q_WAY_MORE"),
    ("PART_IDIOMS", "Q19Q_PLAYS_A_PART"),
    ("REQUEST_IDIOMS", "Q19Q_REQUEST_WORDS"),
    ("EVERYDAY_PHRASES", "Q19Q_EVERYDAY_PHRASES"),
    ("INITIATIVE_IDIOMS", "Q21Q_INITIATIVE_IDIOMS"),
    ("DESTINY_IDIOMS", "Q24SEM_DESTINY_IDIOMS"),
    ("FAVOURITES_IDIOMS", "Q24SEM_NO_FAVOURITES"),
)
_Idioms = dict[tuple[str, ...], tuple[str, ...]]
#: Each table as built and its first words: a table none of whose first words a question
#: holds is not read.
_IDIOM_TABLE_HEADS: Final[dict[str, tuple[_Idioms, frozenset[str]]]] = {
    name: (globals()[name], frozenset(k[0] for k in globals()[name])) for name, _ in _IDIOM_TABLES
}
_IDIOM_LONGEST: Final = max(len(k) for t, _ in _IDIOM_TABLE_HEADS.values() for k in t)


def _idiom_table(name: str) -> tuple[_Idioms, frozenset[str]]:
    """A table of :data:`_IDIOM_TABLES` as it is now, with its first words."""
    table: _Idioms = globals()[name]
    built, heads = _IDIOM_TABLE_HEADS[name]
    return table, heads if table is built else frozenset(k[0] for k in table)


def _back_in_time(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is the "back" of "back in 2023", "back in may", "way back in
    2023", "back then": a time past, no topic (tuning.Q19_BACK_IN_TIME)."""
    if tokens[i] != "back" and not (tokens[i] == "way" and tokens[i + 1 : i + 2] == ["back"]):
        return False
    j = i + 1 if tokens[i] == "back" else i + 2
    after = tokens[j : j + 2]
    if after[:1] == ["then"]:
        return True
    return (
        len(after) == 2
        and after[0] in ("in", "on")
        and ((after[1].isdigit() and len(after[1]) == 4) or after[1] in MONTHS)
    )


def _read_idioms(tokens: list[str]) -> list[str]:
    """A question's words with its set phrases (:data:`IDIOMS` and the other tables of
    :data:`_IDIOM_TABLES`) read as what they mean."""
    if not K.Q14_IDIOMS:
        return tokens
    tables = [
        table
        for name, switch in _IDIOM_TABLES
        if switch is None or getattr(K, switch)
        for table, heads in (_idiom_table(name),)
        if not heads.isdisjoint(tokens)
        # "which experts were quoted on tv": a medium where words were published (_QUOTED_IN).
        and not (name == "HEARD_ON_IDIOMS" and not _QUOTED_IN.isdisjoint(tokens))
    ]
    back = K.Q19_BACK_IN_TIME and not BACK_WORDS.isdisjoint(tokens)
    if not tables and not back:
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if back and _back_in_time(tokens, i):
            i += 1 if tokens[i] == "back" else 2
            continue
        # Down to one word: PLENTY_IDIOMS reads «немало» alone (no other table has a key of
        # one word).
        for n in range(_IDIOM_LONGEST, 0, -1):
            key = tuple(tokens[i : i + n])
            said = next((table[key] for table in tables if key in table), None)
            if said is not None:
                out.extend(said)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


_RUSSIAN_WORD = re.compile(r"[а-яё]+")


def _number_base(word: str) -> str:
    """The form a number word is looked up in: Russian words (only letters, so nothing else
    reaches the analyser) by their dictionary form."""
    return lemma_ru(word) if _RUSSIAN_WORD.fullmatch(word) else word


#: The Russian endings typed after a number with a hyphen ("в 2025-м", «2023-го года», «1-й
#: саммит»): the hyphen splits them off as words of their own, which no record holds
#: (tuning.Q26F_NUMBER_SUFFIX_RU). General language.
_NUMBER_SUFFIXES = frozenset("м ом го ого й ый ий ой ая я ое е ем ому х ых ми".split())


def _without_number_suffixes(tokens: list[str]) -> list[str]:
    """The tokens without a Russian ending split off a number by its hyphen ("2025", "м" ->
    "2025"): "Кто принимал саммит в 2025-м?" was refused on the "м"."""
    if not any(t in _NUMBER_SUFFIXES for t in tokens):
        return tokens  # the usual case, kept fast
    return [
        t
        for i, t in enumerate(tokens)
        if not (i and t in _NUMBER_SUFFIXES and tokens[i - 1].isdigit())
    ]


def _fold_numbers(tokens: list[str]) -> list[str]:
    """Runs of two or more number words -> digits; single words are left to :func:`stem`."""
    marks = [N.is_number_word(_number_base(w)) for w in tokens]
    if not any(a and b for a, b in itertools.pairwise(marks)):
        return tokens
    return N.fold(tokens, _number_base, min_words=2)


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


@lru_cache(maxsize=1)
def morph() -> Any:
    """pymorphy3's analyser, loaded on first use (0.2 s, 16 MB of dictionaries): one per
    process, shared by every module that reads Russian words."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def lemma_ru(word: str) -> str:
    """Dictionary form of a Russian word: саммита, саммите -> саммит; Сафаровым -> сафаров."""
    try:
        parses = morph().parse(word)
    except ValueError:  # pymorphy3 names each letter; a letter Unicode has no name for fails
        return word
    return str(parses[0].normal_form) if parses else word


@lru_cache(maxsize=4096)
def agree_ru(word: str, n: int) -> str:
    """A Russian noun in the form a count asks for (проектов, 54 -> проекта): the figure put
    right in a Russian reply takes the question's own noun (matcher._figure_corrected)."""
    try:
        parses = morph().parse(word)
        # From the nominative: a count agrees the noun's number, keeping its case («54
        # проектов» stays genitive plural).
        base = (parses[0].inflect({"nomn", "sing"}) or parses[0]) if parses else None
        agreed = base.make_agree_with_number(n) if base is not None else None
    except ValueError:  # as in lemma_ru: a letter Unicode has no name for
        return word
    return str(agreed.word) if agreed is not None else word


@lru_cache(maxsize=4096)
def place_after_in_ru(word: str) -> str:
    """A Russian place name in the case after «в», when the user wrote it in the nominative
    («Была ли Астана третьим саммитом?»: «не в Астане», not «не в Астана»): a word the
    dictionary reads as a place in the nominative and never in the prepositional, put in the
    prepositional (tuning.Q22M_RU_PLACE_CASE). A name ending in «ь» («Сиань», which the
    dictionary declines as feminine) and anything else stay as written."""
    if not is_cyrillic(word) or not word.isalpha() or word.endswith("ь"):
        return word
    try:
        parses = morph().parse(word.lower())
    except ValueError:  # as in lemma_ru: a letter Unicode has no name for
        return word
    if any("loct" in p.tag for p in parses):
        return word
    place = next((p for p in parses if "Geox" in p.tag and "nomn" in p.tag), None)
    inflected = place.inflect({"loct"}) if place is not None else None
    if inflected is None:
        return word
    out = str(inflected.word)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


@lru_cache(maxsize=4096)
def is_first_person_verb_ru(word: str) -> bool:
    """Whether every reading pymorphy gives a Cyrillic word is a verb in the first person
    singular of USER_FRAME_VERBS_RU («проверяю», «помню», «пишу»): in a question, the user's
    own act ("I am checking"), never the words asked about (matcher.told_by)."""
    if not is_cyrillic(word) or not word.isalpha():
        return False
    try:
        parses = morph().parse(word)
    except ValueError:  # as in lemma_ru: a letter Unicode has no name for
        return False
    return (
        bool(parses)
        and all("VERB" in p.tag and "1per" in p.tag and "sing" in p.tag for p in parses)
        and str(parses[0].normal_form) in USER_FRAME_VERBS_RU
    )


@lru_cache(maxsize=4096)
def is_russian_place_name(word: str) -> bool:
    """Whether the Russian dictionary tags a reading of a Cyrillic word as a place name
    (pymorphy's Geox): what tells a synonym group of cities («алматы») from the others."""
    if not is_cyrillic(word) or not word.isalpha():
        return False
    try:
        parses = morph().parse(word)
    except ValueError:  # as in lemma_ru: a letter Unicode has no name for
        return False
    return any("Geox" in p.tag for p in parses)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The canonical stem of one normalised word (language picked by its script).

    Russian words are lemmatised first (Snowball alone is inconsistent on Russian case
    endings: саммит -> самм but саммита -> саммит), then stemmed like English ones. A number
    word is its digits ("nine", "девяти" -> "9"; "second", "втором" -> "2"), so "nine billion"
    and "9 billion" meet. The base's own spellings and demonyms are its synonym groups
    (``knowledge/vocabulary.yaml``), applied by the index after this.
    """
    number = N.value(word)
    if number is not None or word.isdigit():
        return number or word
    if is_cyrillic(word):
        lemma = lemma_ru(word)
        number = N.value(lemma)
        if number is not None:
            return number
        s: str = _STEM_RU.stemWord(lemma)
    else:
        s = _STEM_EN.stemWord(word)
    return s


def is_stop_word(word: str) -> bool:
    """Stop word in the form written, or (Russian) in its dictionary form: какое -> какой."""
    return word in STOP_WORDS or (is_cyrillic(word) and lemma_ru(word) in STOP_WORDS)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """GCIDE's English headwords (115,000; loaded once, about 0.1 s)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


_EN_SUFFIXES = (
    ("", ""),
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ied", "y"),
    ("ies", "y"),
    ("ly", ""),
    ("ned", ""),
    ("ted", ""),
    ("er", ""),
    ("est", ""),
)


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """Whether a word is a real word of its language (so not a typo of some other word).

    Typo repair must not turn a real word the base lacks into one it has ("treat" into
    "treaty", "погода" into "года"): that is how off-topic questions get answered.
    """
    if is_cyrillic(word):
        return bool(morph().word_is_known(word))
    vocab = _english_words()
    if word in vocab:
        return True
    if K.BRITISH_SPELLINGS and "our" in word[1:] and word.replace("our", "or") in vocab:
        return True  # "behaviour", "favour": the word list spells them the American way
    if _inflected(word, vocab):
        return True
    return K.DICTIONARY_INFLECTIONS and _compound(word, vocab)


def _inflected(word: str, vocab: frozenset[str]) -> bool:
    """Whether ``word`` is a regular inflection of a headword (the list holds headwords only)."""
    for suffix, repl in _EN_SUFFIXES:
        base = word[: len(word) - len(suffix)]
        if not suffix or not word.endswith(suffix) or len(base) < 3:
            continue
        if suffix == "d" and not base.endswith("e"):
            continue  # "used" -> "use", but "signd" is not "sign" + d
        if suffix == "s" and base.endswith("s"):
            continue
        if base + repl in vocab:
            return True
    if not K.DICTIONARY_INFLECTIONS:
        return False
    for suffix, repl in _EN_MORE_SUFFIXES:
        base = word[: len(word) - len(suffix)]
        if not word.endswith(suffix) or len(base) < 2:
            continue
        if repl == "-" and (len(base) < 3 or base[-1] != base[-2] or base[-1] in "aeiouy"):
            continue
        stem_ = base[:-1] if repl == "-" else base + repl
        if repl == "-" and stem_ + "e" in vocab:
            continue  # "minning" is a typo of "mining" (mine), not "min" + ing
        if stem_ in vocab:
            return True
    return False


#: Regular endings text._EN_SUFFIXES leaves out: a short base ("goes", "does"), a doubled
#: final consonant ("running", "stopped", "bigger": "-" drops the second letter), "-ier",
#: "-iest" of "-y" ("happier").
_EN_MORE_SUFFIXES = (
    ("es", ""),
    ("ing", "-"),
    ("ed", "-"),
    ("er", "-"),
    ("est", "-"),
    ("ier", "y"),
    ("iest", "y"),
    ("iness", "y"),
    ("ness", ""),
    ("ment", ""),
)
#: Shortest part of a closed compound (text._compound): "spread|sheet", "smart|phone"; shorter
#: pieces ("tash", "kent") are too often a name's syllables that happen to be words.
_COMPOUND_PART = 4


def _compound(word: str, vocab: frozenset[str]) -> bool:
    """A closed compound of two headwords, the second possibly inflected ("spreadsheet",
    "spreadsheets", "smartphone"): the list lacks most of them."""
    for i in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
        head, tail = word[:i], word[i:]
        if head in vocab and (tail in vocab or _inflected(tail, vocab)):
            if head in _NAME_WORDS or tail in _NAME_WORDS:
                return False  # a name built on a place or a people ("petrochina")
            # a slip in a longer word splits it into words too ("coperation": cope|ration)
            return not _one_edit_from(word, vocab)
    return False


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit_from(word: str, vocab: frozenset[str]) -> bool:
    """Whether one letter added, dropped, changed or swapped makes ``word`` a headword or a
    regular inflection of one ("countires": "countries")."""

    def known(w: str) -> bool:
        return w in vocab or _inflected(w, vocab)

    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for a, b in splits:
        if b and known(a + b[1:]):
            return True
        if len(b) > 1 and b[0] != b[1] and known(a + b[1] + b[0] + b[2:]):
            return True
        for c in _LETTERS:
            if known(a + c + b) or (b and c != b[0] and known(a + c + b[1:])):
                return True
    return False


#: Words that are names as parts of a compound, though the word list has them in lower case
#: (china: porcelain, turkey, russia leather): "petrochina" is a company, no word.
_NAME_WORDS = frozenset("china russia japan turkey india".split())


@lru_cache(maxsize=16384)
def latin(word: str) -> str:
    """A Latin spelling of a Cyrillic word, so Нагаспаев and Nagaspaev can be compared."""
    if not is_cyrillic(word):
        return word
    from transliterate import translit

    out: str = translit(word, "ru", reversed=True)
    return normalize(out).replace(" ", "")


def trigrams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


#: Beginnings of verbs of communication beyond the intent's say-words: praising, calling,
#: describing, hailing, warning, stressing, noting... are all ways of saying something, so a
#: quote may answer "who praised X" ("who chaired X" is no speech act).
SPEECH_ACT_STEMS = (
    "prais", "call", "describ", "hail", "warn", "stress", "note", "noting", "added", "adding",
    "urg", "welcom", "critici", "express", "emphas", "highlight", "insist", "explain",
    "announc", "promis", "predict", "suggest", "propos", "compar", "argu", "admit",
    "хвал", "назв", "назыв", "отмет", "подчерк", "заяв", "сказ", "говор", "призв", "выраз",
    "предупред", "объясн", "описа", "сравн", "предлож", "оцен", "упомин", "упомян", "хвали",
    "рассказ", "mention",
    # q7quote: verbs of opinion and comment ("who reckons ...", "who characterised ...")
    "reckon", "assert", "contend", "remark", "comment", "declar", "characteri", "portray",
    "label", "dubb", "opin",
)  # fmt: skip

#: "Priority number one", «приоритет номер один»: a ranking that says "top", as the texts put
#: it ("a top priority"). Next to a word of priority its words are no content of a question
#: (tuning.NUMBER_ONE_PRIORITY); the priority word answers for them.
NUMBER_ONE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("number", "one"), ("number", "1"), ("номер", "один"), ("номер", "1"), ("nomer", "odin"),
)  # fmt: skip
#: Beginnings of the words of priority the phrases rank.
PRIORITY_STEMS = ("priorit", "приоритет", "prioritet")
#: Idioms of ranking something first with no word of priority («на первом месте», "in first
#: place", "at the top of the list"): read as "priority" (tuning.FIRST_PLACE_IS_PRIORITY).
FIRST_PLACE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("на", "первом", "месте"), ("на", "первое", "место"), ("na", "pervom", "meste"),
    ("in", "first", "place"), ("first", "place"), ("at", "the", "top", "of"),
    ("top", "of", "the", "list"),
)  # fmt: skip
#: A partner ranked first ("its number one partner", read as "priority partner" by then, "its
#: top partner"): the rank is what the texts call a priority ("placing cooperation with China as
#: a top priority"); "partner" is read as "priority" after these (tuning.Q23Q_NUMBER_ONE_PARTNER).
RANKED_PARTNER_WORDS = frozenset({"top", "priority"})
#: Verbs that rank their object when "first" follows it ("putting china first", "places
#: cooperation with china first"), each with how the texts say the same: a top priority
#: (tuning.Q24SEM_PUT_FIRST).
PUT_FIRST_READ = {
    "put": "place", "puts": "places", "putting": "placing", "place": "place",
    "places": "places", "placing": "placing", "placed": "placed", "rank": "place",
    "ranks": "places", "ranking": "placing", "ranked": "placed",
}  # fmt: skip
PUT_FIRST_VERBS = frozenset(PUT_FIRST_READ)
#: The most words of the object between the verb and "first" ("puts cooperation with china
#: first").
PUT_FIRST_GAP = 3
PARTNER_WORDS = frozenset({"partner", "partners"})


#: Words that deny what follows (tuning.Q9_NEGATION, tuning.WHO_SAID_DENIED). "Or not" ("is it
#: true or not") asks, it does not deny: :func:`denies` skips it. One reader for both stages
#: (the semantic stage imports the matcher, so it lives here, below both).
DENIALS: frozenset[str] = frozenset(
    "not no never nor neither nobody nothing none cannot dont doesnt didnt isnt arent wasnt "
    "werent wont cant couldnt shouldnt hasnt havent hadnt "
    "не нет ни никогда никто ничего ничто нигде ne net nikogda nikto nichego".split()
)
#: Words that, beside a denial word, make it a denial of a state that has changed: "no
#: *longer*", "not any *longer*", "not *anymore*", «*больше* не» (tuning.Q11_NO_LONGER). They are
#: the denial's own words, not what is denied: :func:`denial_ends` finds them.
DENIAL_AFTER: frozenset[str] = frozenset("longer anymore".split())
DENIAL_BEFORE: frozenset[str] = frozenset("больше bolshe".split())
#: What follows a denial word in a question tag ("..., didn't they?", "isn't it?", «не так
#: ли?», «не правда ли?»): the tag asks for a yes, it denies nothing.
DENIAL_TAG_AFTER: frozenset[str] = frozenset(
    "it he she they there we you i так правда tak pravda".split()
)


def denies(words: Sequence[str]) -> bool:
    """Whether ``words`` deny something: a word of :data:`DENIALS`, not in "or not"/«или
    нет», nor a question tag at the end ("..., doesn't it?", «..., не так ли?»)."""

    def tag(i: int) -> bool:
        return i + 1 < len(words) and words[i + 1] in DENIAL_TAG_AFTER and i + 3 >= len(words)

    return any(
        w in DENIALS and not (i and words[i - 1] in ("or", "или", "ili")) and not tag(i)
        for i, w in enumerate(words)
    )


def denial_ends(words: Sequence[str]) -> frozenset[str]:
    """The words of ``words`` that belong to a denial of a changed state (:data:`DENIAL_AFTER`
    up to two words after a denial word: "no longer", "not any longer", "not anymore";
    :data:`DENIAL_BEFORE` just before one: «больше не»), whatever else the question says."""
    out: set[str] = set()
    for i, w in enumerate(words):
        if w not in DENIALS:
            continue
        out.update(x for x in words[i + 1 : i + 3] if x in DENIAL_AFTER)
        if i and words[i - 1] in DENIAL_BEFORE:
            out.add(words[i - 1])
    return frozenset(out)
