"""Compose a Telegram-agnostic :class:`Answer` from a :class:`~bot.matcher.Match`.

An answer is a list of typed blocks (paragraph, quote, reported speech, source...) rather than a
string, so each renderer (plain text, Telegram HTML, JSON) formats and escapes it its own way at
the last moment, and a quote can never lose its speaker or its source on the way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

from bot import text as T
from bot import tuning as K
from bot.index import Index
from bot.intent import GENERIC_NOUNS, TITLES
from bot.kinds import reports
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
        # Words asked in the future (matcher: Match.future, tuning.Q13_FUTURE_WORDS).
        "future_words": (
            "I can't tell what {name} will say{at}: my sources hold only words already said."
        ),
        "future_event": "The {event} has not been held yet: it is set for {year}.",
        "said_so_far": "What {name} has said, in my sources:",
        "vague": "That could mean several things. Which one did you mean?",
        "unconfirmed": (
            "I can't confirm that {name} said that: my sources do not show it. "
            "The closest words I have:"
        ),
        "unsure_about": (
            "I'm not sure what {name} said about this: someone else's words match it more closely. "
            "The closest words I have:"
        ),
        "unknown_person": (
            "I have no quotes from “{name}” in my knowledge base, and I won't put someone else's "
            "words in their mouth. The people I can quote are:"
        ),
        "reported_about": "What my sources report about {name} (a reported fact, not a quote):",
        "no_quotes_fact": (
            "I have no quotes from “{name}” in my knowledge base. What my sources report about "
            "{name} (a reported fact, not a quote):"
        ),
        "unknown_who": (
            "I don't know who “{name}” is: nobody by that name or in that office is in my "
            "knowledge base. The people I know are:"
        ),
        "ambiguous": (
            "I'm not sure who said that: quotes by different people match about equally well. "
            "Pick one:"
        ),
        "namesakes": "Several people in my knowledge base fit that name or description. Pick one:",
        "quotes_by": "Quotes by {name}, {role}:",
        "experts_quoted": (
            "Quoted in my sources and holding no office of state (an expert, a former diplomat):"
        ),
        "off_topic": "None of the quotes by {name} in my sources is “{topic}”.",
        "off_topic_one": "The one quote by {name} in my sources is not “{topic}”.",
        "summit_unheld": ("My sources know no “{topic}”: none of the quotes by {name} is from it."),
        "summit_unheld_one": (
            "My sources know no “{topic}”: the one quote by {name} is not from it."
        ),
        "quoted_on": "They are on: {topics}.",
        "quoted_on_one": "It is on: {topics}.",
        "confirmed": "Yes: these are the words of",
        "confirmed_paraphrase": "Yes.",
        "correction": "No: that was not {asked}. These are the words of",
        "correction_paraphrase": "No: that was not {asked}.",
        # A claim his words do not show, before his closest words (Q21_UNCONFIRMED_OWN_WORDS).
        "unconfirmed_words": (
            "I can't confirm that: my sources do not show it. On this, they have the words of"
        ),
        "unconfirmed_words_paraphrase": (
            "I can't confirm that: my sources do not show it. On this, they report:"
        ),
        # A bare title the speaker does not hold (tuning.Q21_TITLE_NOT_SPEAKER).
        "correction_title": "No: not {asked}: these are the words of",
        "correction_title_paraphrase": "No: not {asked}.",
        "correction_title_fact": "No: not {asked}: it was {speaker}, {role}:",
        # A false premise about a place corrected before the entry (matcher.place_trap).
        "wrong_place": "Not in {asked}: my sources say {real}.",
        "wrong_place_no": "No: not in {asked}: my sources say {real}.",
        "wrong_place_doc": "The {thing} was not signed in {asked}: my sources say {real}.",
        "wrong_place_doc_no": "No: the {thing} was not signed in {asked}: my sources say {real}.",
        # A country said to have stayed away took part (tuning.Q24M_ABSENT_PARTY).
        "absent_denied": "No: my sources say {country} took part.",
        "signed_denied": "No: my sources say {country} signed.",
        "signed_confirmed": "Yes: my sources say {country} signed.",
        "unlisted_signing": "No: my sources list these as signed in {place}.",
        "wrong_number": "No: not {asked}: my sources say {real}.",
        "unstated_number": "I can't confirm {asked}: my sources say {real}.",
        "wrong_holder": "Not {asked}: my sources say {real}.",
        "wrong_holder_no": "No: not {asked}: my sources say {real}.",
        "wrong_office": "Not {asked}: {name} is {role}.",
        "said_opposite": "No: {name} said the opposite. His words:",
        "wrong_office_no": "No: not {asked}: {name} is {role}.",
        "held_instead": "The summit in {place} was the {held}; the {unheld} is set for {year}.",
        "wrong_role": "Not {asked}: my sources say {name} is {real}.",
        "correction_fact": "No: that was not {asked}. It was {speaker}, {role}:",
        "elsewhere": "{asked} says nothing about this in my sources. These are the words of",
        "elsewhere_paraphrase": "{asked} says nothing about this in my sources.",
        "elsewhere_fact": "{asked} says nothing about this in my sources; {speaker}, {role}, does:",
        "paraphrase": "According to {outlet}, {speaker} ({role}) said that {text}.",
        "paraphrase_label": "Reported speech, not a direct quote.",
        "source": "Source",
        "person": "{details}.",
        "person_quotes": "Quoted {n} {times} in my sources. Ask “what did {short} say?”",
        "event_dates": "The {name} was held in {place} on {dates}.",
        "event_future": "The {name} is set to take place in {place} in {year}.",
        "outcomes": "Outcomes: {items}.",
        "participants": "Participants: {items}.",
        "stated_by": "Stated by {speaker}, {role}.",
        "event_reported": "Reported in my sources (facts, not quotes):",
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
        "future_words": (
            "Не могу сказать, что {name} скажет{at}: в моих источниках только уже сказанные слова."
        ),
        "future_event": "{event} ещё не прошёл: он запланирован на {year} год.",
        "said_so_far": "Что уже сказано, в моих источниках:",
        "vague": "Это может означать разное. Что именно вас интересует?",
        "unconfirmed": (
            "Не могу подтвердить, что это сказал {name}: в моих источниках этого нет. "
            "Ближайшие высказывания:"
        ),
        "unsure_about": (
            "Не уверен, что именно {name} говорит об этом: ближе к вопросу слова другого человека. "
            "Ближайшие высказывания:"
        ),
        "unknown_person": (
            "В моей базе знаний нет высказываний «{name}», и я не припишу ему чужие слова. "
            "Я могу цитировать только этих людей:"
        ),
        "reported_about": "Что мои источники сообщают о человеке «{name}» (это факт, а не цитата):",
        "no_quotes_fact": (
            "В моей базе знаний нет высказываний «{name}». Что мои источники сообщают о "
            "человеке «{name}» (это факт, а не цитата):"
        ),
        "unknown_who": (
            "Не знаю, кто такой «{name}»: в моей базе знаний нет человека с таким именем или "
            "в такой должности. Я знаю только этих людей:"
        ),
        "ambiguous": (
            "Не могу уверенно сказать, кто это сказал: подходят цитаты разных людей. Выберите:"
        ),
        "namesakes": "Под это имя или описание подходят несколько человек из моей базы. Выберите:",
        "quotes_by": "Высказывания: {name}, {role}:",
        "experts_quoted": (
            "Цитируются в моих источниках и не занимают государственных должностей (эксперт, "
            "бывший дипломат):"
        ),
        "off_topic": "{name}: в моих источниках нет цитат «{topic}».",
        "off_topic_one": "{name}: единственная цитата в моих источниках — не «{topic}».",
        "summit_unheld": (
            "{name}: в моих источниках нет такого саммита («{topic}»), эти слова не с него."
        ),
        "summit_unheld_one": (
            "{name}: в моих источниках нет такого саммита («{topic}»), эти слова не с него."
        ),
        "quoted_on": "",
        "quoted_on_one": "",
        "confirmed": "Да, автор этих слов —",
        "confirmed_paraphrase": "Да.",
        "correction": "Нет, это сказал не {asked}. Автор этих слов —",
        "correction_paraphrase": "Нет, это сказал не {asked}.",
        "unconfirmed_words": (
            "Не могу это подтвердить: в моих источниках этого нет. Об этом в них такие слова, "
            "автор —"
        ),
        "unconfirmed_words_paraphrase": (
            "Не могу это подтвердить: в моих источниках этого нет. Об этом в них сказано:"
        ),
        "correction_title": "Нет, это сказал не {asked}. Автор этих слов —",
        "correction_title_paraphrase": "Нет, это сказал не {asked}.",
        "correction_title_fact": "Нет, это был не {asked}, а {speaker}, {role}:",
        "wrong_place": "Не в {asked}: по моим источникам — {real}.",
        "wrong_place_no": "Нет: не в {asked}: по моим источникам — {real}.",
        "absent_denied": "Нет: по моим источникам, {country} — среди участников.",
        "signed_denied": "Нет: по моим источникам, {country} — среди подписавших.",
        "signed_confirmed": "Да: по моим источникам, {country} — среди подписавших.",
        "unlisted_signing": "Нет: по моим источникам, в {place} подписали вот что.",
        "wrong_number": "Нет: не {asked}: по моим источникам — {real}.",
        "unstated_number": "Не могу подтвердить «{asked}»: по моим источникам — {real}.",
        "wrong_holder": "Не {asked}: по моим источникам — {real}.",
        "wrong_holder_no": "Нет, не {asked}: по моим источникам — {real}.",
        "wrong_office": "Не «{asked}»: {name} — {role}.",
        "said_opposite": "Нет: {name} сказал обратное. Его слова:",
        "wrong_office_no": "Нет: не «{asked}»: {name} — {role}.",
        "held_instead": "Саммит в {place} — {held}. {unheld} запланирован на {year} год.",
        "wrong_role": "Не {asked}: по моим источникам, {name} — {real}.",
        "correction_fact": "Нет, это был не {asked}, а {speaker}, {role}:",
        "elsewhere": "{asked} в моих источниках об этом ничего не говорит. Автор этих слов —",
        "elsewhere_paraphrase": "{asked} в моих источниках об этом ничего не говорит.",
        "elsewhere_fact": (
            "{asked} в моих источниках об этом ничего не говорит; об этом — {speaker}, {role}:"
        ),
        "paraphrase": (
            "По сообщению {outlet}, {speaker} ({role}) сказал следующее (пересказ статьи, "
            "не прямая цитата; формулировка оригинала на английском): {text}."
        ),
        "paraphrase_label": "Пересказ, не прямая цитата.",
        "source": "Источник",
        "person": "{details}.",
        "person_quotes": "Цитируется в моих источниках {n} {times}. Спросите «что сказал {short}?»",
        "event_dates": "{name}: {place}, {dates}.",
        "event_future": "{name}: {place}, {year} год.",
        "outcomes": "Итоги: {items}.",
        "participants": "Участники: {items}.",
        "stated_by": "Это сказал {speaker}, {role}.",
        "event_reported": "Мои источники сообщают (это факты, а не цитаты):",
        "original": "Цитата в оригинале (на английском):",
    },
}


#: Forms of the counted words, by plural category (:func:`plural_category`): English has
#: one/other, Russian one/few/many (1 раз, 2 раза, 5 раз, 21 раз).
PLURAL_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"time": ("time", "times"), "quote": ("quote", "quotes")},
    "ru": {"time": ("раз", "раза", "раз"), "quote": ("цитата", "цитаты", "цитат")},
}


def plural_category(n: int, lang: str) -> int:
    """The index into :data:`PLURAL_FORMS` for ``n`` (the CLDR rules for integers).

    Russian: *one* when the last digit is 1 except 11 (1, 21, 101); *few* when it is 2-4
    except 12-14 (2, 23, 104); *many* otherwise (0, 5, 11, 12, 25). English: *one* for 1.
    """
    n = abs(n)
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def plural(n: int, word: str, lang: str) -> str:
    """``word`` in the form that agrees with ``n`` in ``lang`` ("time" -> "times", "раза")."""
    forms = PLURAL_FORMS.get(lang, PLURAL_FORMS["en"])[word]
    return forms[min(plural_category(n, lang), len(forms) - 1)]


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def _contains(whole: str, part: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


#: Words of this length or shorter ("of", "the", "and", "в") carry no content of their own.
_FILLER_LENGTH = 3
#: Two words with this many first letters in common, and lengths at most
#: :data:`_SAME_WORD_ENDING` apart, are one word for the card: "ministry" is said by
#: "minister", "таджикистана" by "таджикистан" (but "sampleland" is not said by "sample").
_SAME_WORD_PREFIX = 6
_SAME_WORD_ENDING = 2


def _content_words(folded: str) -> list[str]:
    return [w for w in re.findall(r"\w+", folded) if len(w) > _FILLER_LENGTH]


def _covers(whole: str, part: str) -> bool:
    """Whether every content word of ``part`` is in ``whole``, up to its ending."""
    words, others = _content_words(part), _content_words(whole)
    return bool(words) and all(
        any(
            w[:_SAME_WORD_PREFIX] == o[:_SAME_WORD_PREFIX]
            and abs(len(w) - len(o)) <= _SAME_WORD_ENDING
            for o in others
        )
        for w in words
    )


def _says(whole: str, part: str) -> bool:
    return _contains(whole, part) or _covers(whole, part)


def distinct_parts(parts: tuple[str | None, ...]) -> tuple[str, ...]:
    """``parts`` in order without the empty ones and without any part another part already
    says (as whole words, or word for word up to the endings, ignoring case, in any script).

    A person card shows role, organization and country; curators often write the role with
    the organization or the country in it ("chairman of the Association of Political
    Scientists in Tajikistan", "Kazakhstan's Minister of Industry and Construction" beside the
    "Ministry of Industry and Construction of Kazakhstan"), and the card must not say the same
    thing twice.
    """
    folded = [_folded(p or "") for p in parts]
    kept: list[str] = []
    for i, (part, f) in enumerate(zip(parts, folded, strict=True)):
        if not part or not f:
            continue
        # A part said by another is dropped; of two parts that say each other, the first stays.
        said_elsewhere = any(
            j != i and _says(g, f) and (not _says(f, g) or j < i) for j, g in enumerate(folded)
        )
        if not said_elsewhere:
            kept.append(part)
    return tuple(kept)


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
    """One renderable piece. ``speaker``/``role`` travel with a quote so it is never shown alone.

    ``lead`` is a sentence shown before a quote's speaker line or a paraphrase ("No: that was
    not X. These are the words of"): a verdict about the quote lives in the quote's own block,
    so the speaker is named once and the verdict can never be separated from the words.
    """

    kind: BlockKind
    text: str = ""
    speaker: str = ""
    role: str = ""
    source: SourceRef | None = None
    items: tuple[str, ...] = ()
    label: str = ""
    lead: str = ""


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
    #: A correction's person asked about (not the speaker): with the speaker, the two people
    #: in play, so a follow-up "what is his job?" offers only them (bot/conversation.py).
    asked: str | None = None
    #: Records shown beside a refusal, not as its answer (the reported fact under "no quotes
    #: from …"): named for curators in ``ask --json``; ``entries`` stays empty, so nothing
    #: treats them as what answered (feedback buttons, inline ids, conversation focus).
    aside: tuple[str, ...] = ()


def original_span(question: str, normalised: str) -> str:
    """The words of ``normalised`` as the user wrote them (case, apostrophes), for display."""
    parts = [re.escape(w) for w in normalised.split()]
    if not parts:
        return normalised
    m = re.search(r"\W+".join(parts), question, flags=re.IGNORECASE)
    return m.group(0) if m else normalised


def name_span(question: str, normalised: str) -> str:
    """A name the base does not hold, as the user wrote it. One word typed all in lower case,
    or a name read from Latin letters ("lukashenko" → лукашенко, not in the question as
    written), is shown capitalised, as a name is written ("«Лукашенко»", not "«лукашенко»");
    several words may be an office ("президент россии") and stay as typed."""
    span = original_span(question, normalised)
    found = span.lower() in question.lower()
    if span.islower() and (len(span.split()) == 1 or not found):
        return span.title()
    return span


def described(span: str) -> str:
    """An English description of someone, as the user typed it ("uzbek economist", "russian
    commentator"), with its article: "No: that was not the uzbek economist", not "… not uzbek
    economist" (tuning.Q16_DESCRIPTION_ARTICLE). A name ("Putin", "Xi Jinping") stays bare."""
    words = span.split()
    if len(words) < 2 or not span.islower() or words[0] in ("the", "a", "an"):
        return span
    return f"the {span}"


def _description(question: str, normalised: str, lang: str) -> str:
    """A description of a person put right in a lead (a wrong office beside a name, tuning.
    Q19Q_NAME_DESCRIBED, Q19_SPEAKER_DETAIL, Q19_ROLE_WRONG_COUNTRY), as the user wrote it
    ("Kazakhstan's minister", not "kazakhstan minister") and, in English, with its article:
    "Not the Kyrgyz ambassador to Turkey", not "Not Kyrgyz ambassador to Turkey". Both leads
    once showed it as normalised and bare; one description, one way of showing it."""
    parts = [re.escape(w) for w in normalised.split()]
    found = (
        re.search(r"(?:['’]s)?\W+".join(parts), question, flags=re.IGNORECASE) if parts else None
    )
    span = found.group(0) if found else normalised
    first = span.split()[0].lower() if span.split() else ""
    if lang == "ru" or first in ("the", "a", "an") or first.endswith(("'s", "’s")):
        return span
    if K.Q21_BARE_DEMONYM_LEAD and len(span.split()) == 1 and first not in TITLES:
        # "Safarov is kyrgyz, right?": "No: not Kyrgyz: ...", not "not the kyrgyz" (an
        # adjective alone takes no article; tuning.Q21_BARE_DEMONYM_LEAD).
        return span[:1].upper() + span[1:]
    return f"the {span}"


#: Words before a bare title that leave it bare ("the president", «этот министр»).
_TITLE_ARTICLES = frozenset("the a an this that our their этот тот".split())


def _bare_title(unknown: str | None, lang: str) -> str | None:
    """A speaker slot that is an office and nothing else ("president", "the minister",
    «президент»), as the lead of its correction shows it: "a president", "an ambassador" in
    English, «президент» in Russian (tuning.Q21_TITLE_NOT_SPEAKER). None for a name or for a
    person noun that is no office ("the guy")."""
    words = [w for w in (unknown or "").lower().split() if w not in _TITLE_ARTICLES]
    if len(words) != 1 or words[0] not in TITLES or words[0] in GENERIC_NOUNS:
        return None
    if words[0].endswith("а") and words[0][:-1] in TITLES:
        return None  # «министра»: not the form that follows «сказал не»
    if lang == "ru":
        return words[0]
    return f"{'an' if words[0][0] in 'aeiou' else 'a'} {words[0]}"


def format_date(d: dt.date, lang: str = "en") -> str:
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


def format_range(start: dt.date, end: dt.date | None, lang: str) -> str:
    if end is None or end == start:
        return format_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[lang][end.month - 1]} {end.year}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


#: Words by which a fact says who hosted or chaired an event (tuning.EVENT_CARD_PEOPLE). General
#: language, matched on the fact's own statement.
HOST_WORDS = re.compile(
    r"\b(?:host|hosts|hosted|hosting|chaired|chairs|принимал\w*|председательствовал\w*)\b"
)
#: People sharing the last word of a name whose full names are looked for in a fact's text: a
#: bound on the cost, far above the namesakes of any real base.
_NAMESAKES_CHECKED = 64


#: The stems of the month names (text.MONTHS), stemmed once: a Russian month put right keeps
#: its lower case (:func:`_as_written`).
_MONTH_STEMS: frozenset[str] = frozenset(T.stem(m) for m in T.MONTHS)


def _as_written(value: str) -> str:
    """A place or a month put right, as it is written: a name capitalised ("Tashkent"), a Russian
    month not («не в июле», not «не в Июле»: Russian writes months in lower case)."""
    low = value.lower()
    if re.search("[а-яё]", low) and T.stem(low) in _MONTH_STEMS:
        return value
    return value[:1].upper() + value[1:]


class Composer:
    """Turns matches into answers for one knowledge base (and its index, for labels)."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.kb: KnowledgeBase = index.kb

    @cached_property
    def _event_people_facts(self) -> dict[str, tuple[Fact, ...]]:
        """Event id -> the facts of that event that say who hosted it or which leaders took
        part (tuning.EVENT_CARD_PEOPLE): speakerless facts naming a person of the base by full
        name with a word of hosting (:data:`HOST_WORDS`), or naming at least
        tuning.EVENT_CARD_MIN_PEOPLE people. An event record has no host or leaders field; the
        facts that state them are shown on its card as reported facts, with their sources.
        Computed once per base, on the first card (one pass over the facts)."""
        if not K.EVENT_CARD_PEOPLE:
            return {}
        by_last: dict[str, list[str]] = {}
        for p in self.kb.people.values():
            words = p.name.lower().split()
            if words:
                by_last.setdefault(words[-1], []).append(p.name.lower())
        found: dict[str, list[Fact]] = {}
        for f in self.kb.facts.values():
            if f.event is None or f.speaker or f.event not in self.kb.events:
                continue
            text = " ".join(f.statement.split()).lower()
            named = {
                name
                for word in set(re.findall(r"\w+", text))
                for name in by_last.get(word, ())[:_NAMESAKES_CHECKED]
                if name in text
            }
            if len(named) >= K.EVENT_CARD_MIN_PEOPLE or (named and HOST_WORDS.search(text)):
                found.setdefault(f.event, []).append(f)
        return {k: tuple(v) for k, v in found.items()}

    # -- small helpers ---------------------------------------------------------------------

    def _m(self, lang: str, key: str) -> str:
        return MESSAGES.get(lang, MESSAGES["en"])[key]

    def _name(self, p: Person, lang: str) -> str:
        return p.name_ru if lang == "ru" and p.name_ru else p.name

    def _role(self, p: Person, lang: str) -> str:
        return p.role_ru if lang == "ru" and p.role_ru else p.role

    def _short(self, p: Person, lang: str) -> str:
        return p.short(lang)

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

    def _off_topic_lead(self, m: Match, question: str, quotes: list[Quote]) -> str:
        """ "None of the quotes by X in my sources is about “T”. They are on: ..." before X's
        quotes (tuning.Q12_OFF_TOPIC_LEAD): shown bare, they read as X's words on T. The
        topics are the curators' (English; the Russian lead names none)."""
        lang = m.lang
        one = len(quotes) == 1
        p = self.kb.people[quotes[0].speaker]
        key = "summit_unheld" if m.summit_unheld else "off_topic"
        lead = self._m(lang, key + "_one" if one else key).format(
            name=self._name(p, lang), topic=original_span(question, m.off_topic)
        )
        topics = list(dict.fromkeys(t for q in quotes for t in q.topics[:2]))
        on = self._m(lang, "quoted_on_one" if one else "quoted_on")
        if topics and on:
            lead += " " + on.format(topics="; ".join(topics[: K.Q12_OFF_TOPIC_TOPICS]))
        return lead

    def _quote_answer(
        self,
        m: Match,
        question: str,
        quotes: list[Quote],
        head: list[Block],
        kind: str,
        verdict: tuple[str, str] = ("", ""),
    ) -> Answer:
        """Quotes with their sources. ``verdict`` (for a verbatim quote, for a paraphrase) leads
        the first quote's block: "Yes: these are the words of" + its speaker line."""
        blocks = list(head)
        srcs: list[str] = []
        for n, q in enumerate(quotes):
            block = self.quote_blocks(q, m.lang)[0]
            lead = verdict[1] if q.kind == "paraphrase" else verdict[0]
            blocks.append(replace(block, lead=lead) if n == 0 and lead else block)
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

    def _fact_answer(
        self, m: Match, question: str, f: Fact, head: list[Block], *, stated_by: bool = True
    ) -> Answer:
        """A fact with its sources; ``stated_by=False`` when ``head`` already names the speaker."""
        text = f.answer_ru if m.lang == "ru" and f.answer_ru else f.answer
        blocks = [*head, Block("para", text)]
        if f.speaker and stated_by:
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

    def _with_more_facts(self, m: Match, ans: Answer) -> Answer:
        """A fact's answer with the other facts the match holds, each in its own paragraph
        after the first, and their sources: "did tokayev sign the treaty" is the signing and
        the list of the summit's leaders that names him (matcher.person_party_act); the
        signing alone ("leaders signed") did not say he was one of them."""
        more = [f for f in (self.kb.facts.get(i) for i in m.entries[1:]) if f is not None]
        if not more:
            return ans
        texts = [
            Block("para", f.answer_ru if m.lang == "ru" and f.answer_ru else f.answer) for f in more
        ]
        known = {s.id for s in ans.sources}
        extra = tuple(s for f in more for s in self._sources(f.sources) if s.id not in known)
        extra = tuple({s.id: s for s in extra}.values())
        at = next((i for i, b in enumerate(ans.blocks) if b.kind == "source"), len(ans.blocks))
        blocks = (
            *ans.blocks[:at],
            *texts,
            *ans.blocks[at:],
            *(Block("source", source=s) for s in extra),
        )
        entries = (*ans.entries, *(f.id for f in more))
        return replace(ans, blocks=blocks, sources=(*ans.sources, *extra), entries=entries)

    def _with_more_events(self, m: Match, question: str, ans: Answer) -> Answer:
        """An answer with the other records the match holds when a summit's card is among them
        (matcher._summits_compared, matcher.several_asked): each record in the match's order,
        a fact as its paragraph, an event as its card, then every source once. "The difference
        between the xian and astana summits" is the two cards side by side; "when was the first
        summit, how often are summits held" the card, then the fact."""
        blocks = [b for b in ans.blocks if b.kind != "source"]
        sources = list(ans.sources)
        entries = list(ans.entries)
        for rid in m.entries[1:]:
            fact = self.kb.facts.get(rid)
            event = self.kb.events.get(rid)
            if fact is not None:
                text = fact.answer_ru if m.lang == "ru" and fact.answer_ru else fact.answer
                blocks.append(Block("para", text))
                more = self._sources(fact.sources)
            elif event is not None:
                card = self._event_answer(m, question, event)
                blocks += [b for b in card.blocks if b.kind != "source"]
                more = card.sources
            else:
                continue
            known = {s.id for s in sources}
            sources += [s for s in more if s.id not in known]
            entries.append(rid)
        blocks += [Block("source", source=s) for s in sources]
        return replace(ans, blocks=tuple(blocks), sources=tuple(sources), entries=tuple(entries))

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
        # Who hosted it and which leaders came, as the base's facts report them (never as
        # anyone's words), each fact's sources joining the card's.
        facts = [f for f in self._event_people_facts.get(e.id, ()) if lang != "ru" or f.answer_ru]
        if facts:
            blocks.append(Block("para", self._m(lang, "event_reported")))
            blocks.append(
                Block(
                    "list",
                    items=tuple(
                        f.answer_ru if lang == "ru" and f.answer_ru else f.answer for f in facts
                    ),
                )
            )
        sources = self._sources([*e.sources, *(s for f in facts for s in f.sources)])
        blocks += [Block("source", source=s) for s in sources]
        return Answer(question, True, "event", tuple(blocks), sources, m.score, (e.id,), (), lang)

    def person_details(self, p: Person, lang: str) -> tuple[str, ...]:
        """Role, organization and country, each once (:func:`distinct_parts`).

        The organization and the country are English-only fields, so a Russian card shows the
        curated Russian role alone (which names them where it matters) rather than mixing
        languages; without a Russian role it falls back to the English parts.
        """
        if lang == "ru" and p.role_ru:
            return distinct_parts((p.role_ru,))
        return distinct_parts((p.role, p.organization, p.country))

    def _people_answer(self, m: Match, question: str) -> Answer:
        """ "Which experts were quoted": the people asked, each with his role as the records
        have it (a former ambassador is called so), and their sources; no one's words, so no
        speaker (tuning.Q15_EXPERTS_QUOTED)."""
        lang = m.lang
        people = [self.kb.people[i] for i in m.entries if i in self.kb.people]
        items = tuple(f"{self._name(p, lang)}, {self._role(p, lang)}" for p in people)
        blocks = [Block("para", self._m(lang, "experts_quoted")), Block("list", items=items)]
        sources = self._sources(
            [*(s for p in people for s in p.sources)]
            + [q.source for p in people for q in self.kb.quotes_by(p.id)]
        )
        blocks += [Block("source", source=s) for s in sources]
        return Answer(
            question, True, "person", tuple(blocks), sources, m.score, m.entries, (), lang
        )

    def _person_answer(self, m: Match, question: str, p: Person) -> Answer:
        lang = m.lang
        quotes = self.kb.quotes_by(p.id)
        blocks = [
            Block(
                "person",
                self._m(lang, "person").format(details=", ".join(self.person_details(p, lang))),
                speaker=self._name(p, lang),
            )
        ]
        if quotes:
            n = len(quotes)
            blocks.append(
                Block(
                    "para",
                    self._m(lang, "person_quotes").format(
                        n=n, times=plural(n, "time", lang), short=self._short(p, lang)
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
            key = "unknown_who" if m.asks_who else "unknown_person"
            known = self.kb.people.get(m.asked_person or "")
            name = self._name(known, lang) if known else name_span(question, m.unknown_name or "")
            text = self._m(lang, key).format(name=name)
            blocks = [Block("para", text), Block("list", items=items)]
            facts = [self.kb.facts[i] for i in m.entries if i in self.kb.facts]
            sources: tuple[SourceRef, ...] = ()
            shown: tuple[str, ...] = ()
            if known and facts:
                shown = (facts[0].id,)
                # Reported facts, under a head that says they are not the person's words.
                sources = self._sources(facts[0].sources)
                blocks += [
                    Block("para", self._m(lang, "reported_about").format(name=name)),
                    Block(
                        "para",
                        facts[0].answer_ru
                        if lang == "ru" and facts[0].answer_ru
                        else facts[0].answer,
                    ),
                    *(Block("source", source=src) for src in sources),
                ]
            return Answer(
                question,
                False,
                "unknown_person",
                tuple(blocks),
                sources,
                score=m.score,
                aside=shown,
                suggestions=sugg,
                lang=lang,
            )
        if m.kind in ("none", "ambiguous", "vague", "unconfirmed"):
            if m.kind == "unconfirmed":
                asked = self.kb.people.get(m.asked_person or "")
                text = self._m(lang, "unconfirmed" if m.claim else "unsure_about").format(
                    name=self._name(asked, lang) if asked else "?"
                )
            elif m.kind in ("ambiguous", "vague"):
                text = self._m(lang, "namesakes" if m.namesakes else m.kind)
            else:
                short = " ".join(question.split())
                short = short if len(short) <= 80 else short[:79] + "…"
                text = (
                    self._m(lang, "none_echo").format(q=short) if short else self._m(lang, "none")
                )
            if m.kind == "none" and m.future is not None:
                return self._future_words(m, question, sugg)
            blocks = [Block("para", text)]
            if sugg:
                if m.kind == "none":
                    blocks.append(Block("para", self._m(lang, "suggest")))
                blocks.append(Block("list", items=tuple(s.label for s in sugg)))
            return Answer(
                question, False, m.kind, tuple(blocks), score=m.score, suggestions=sugg, lang=lang
            )
        ans = self.entry_answer(m, question)
        if ans.answered and (leads := self._premise_leads(m, lang, question)):
            ans = replace(ans, blocks=(*(Block("para", lead) for lead in leads), *ans.blocks))
        if ans.answered and m.wrong_role and ans.speakers and m.wrong_office is None:
            # "Kairat Osmonaliyev, the Kyrgyz ambassador to Turkey, said ...": the description
            # put right, as written, before his words (tuning.Q19_SPEAKER_DETAIL).
            p = self.kb.people[ans.speakers[0]]
            role = (p.role_ru or p.role) if lang == "ru" else p.role
            lead = self._m(lang, "wrong_role").format(
                asked=_description(question, m.wrong_role, lang),
                name=self._name(p, lang),
                real=role,
            )
            ans = replace(ans, blocks=(Block("para", lead), *ans.blocks))
        return ans

    def _future_words(self, m: Match, question: str, sugg: tuple[Suggestion, ...]) -> Answer:
        """A refusal of a person's words asked in the future (tuning.Q13_FUTURE_WORDS): the
        base holds words already said, and a summit it gives no dates has not been held; what
        the person has said is offered under a head that says it is past words."""
        lang = m.lang
        p = self.kb.people.get(m.asked_person or "")
        name = self._name(p, lang) if p else "?"
        at = f" {m.future}" if m.future else ""
        blocks = [Block("para", self._m(lang, "future_words").format(name=name, at=at))]
        e = self.kb.events.get(m.future_event or "")
        if e is not None and e.start is None:
            event = self._name_event(e, lang)
            blocks.append(
                Block("para", self._m(lang, "future_event").format(event=event, year=e.year))
            )
        if sugg:
            blocks.append(Block("para", self._m(lang, "said_so_far").format(name=name)))
            blocks.append(Block("list", items=tuple(s.label for s in sugg)))
        return Answer(question, False, "none", tuple(blocks), suggestions=sugg, lang=lang)

    def _premise_leads(self, m: Match, lang: str, question: str = "") -> list[str]:
        """The corrections of a wrong premise that open an answer, in the order shown; a yes/no
        question ("is it true ... in tashkent?") hears "No" first.

        "Did seven countries attend": "No: not seven countries: my sources say six countries."
        (matcher.number_checked). "Was Safarov the ambassador to Azerbaijan?": "No: not Saifullo
        Safarov: my sources say Kairat Osmonaliyev." (matcher.role_trap), before the holder's
        card. "Not in Almaty: my sources say Astana." (the place and year traps).
        """
        leads = []
        if m.held_instead is not None:
            # "What did the leaders sign at the third summit in astana": "The summit in Astana
            # was the Second ...; the Third ... is set for 2027." (tuning.Q22_PAST_AT_UNHELD).
            held, unheld = (self.kb.events[i] for i in m.held_instead[:2])
            place = m.held_instead[2]
            name = self._name_event(held, lang)
            lead = self._m(lang, "held_instead").format(
                place=place,
                held=name[:1].lower() + name[1:] if lang == "ru" else name,
                unheld=self._name_event(unheld, lang),
                year=unheld.year,
            )
            no = "Нет" if lang == "ru" else "No"
            leads.append(f"{no}: {lead[:1].lower()}{lead[1:]}" if m.claim else lead)
        quote = self.kb.quotes.get(m.entries[0]) if m.opposite and m.entries else None
        if quote is not None and quote.speaker in self.kb.people:
            # "Why did Safarov say China is reckless?": "No: Saifullo Safarov said the
            # opposite. His words:" (tuning.Q22_SAID_OPPOSITE).
            p = self.kb.people[quote.speaker]
            leads.append(self._m(lang, "said_opposite").format(name=self._name(p, lang)))
        for key, country in (
            ("absent_denied", m.absent_denied),
            ("signed_denied", m.signed_denied),
            ("signed_confirmed", m.signed_confirmed),
        ):
            if country:
                leads.append(self._m(lang, key).format(country=country))
        if m.unlisted_signing:
            # "Is it true they signed a military alliance in Astana?": "No: my sources list
            # these as signed in Astana." before the record (tuning.Q28F_UNLISTED_SIGNING).
            leads.append(self._m(lang, "unlisted_signing").format(place=m.unlisted_signing))
        if m.wrong_number is not None:
            count, real_count = m.wrong_number
            # A count a bound leaves open is not denied (matcher.count_not_stated).
            key = "wrong_number" if m.claim else "unstated_number"
            leads.append(self._m(lang, key).format(asked=count, real=real_count))
        if m.wrong_holder is not None:
            asked_id, holder_id = m.wrong_holder
            leads.append(
                self._m(lang, "wrong_holder_no" if m.claim else "wrong_holder").format(
                    asked=self._name(self.kb.people[asked_id], lang),
                    real=self._name(self.kb.people[holder_id], lang),
                )
            )
        if m.wrong_office is not None and m.wrong_office[1] in self.kb.people:
            # "Safarov, the Tajik foreign minister, said ...": "Not the tajik foreign minister:
            # Saifullo Safarov is chairman of ..." (tuning.Q19Q_NAME_DESCRIBED).
            asked, pid = m.wrong_office
            asked = _description(question, asked, lang) if question else asked
            p = self.kb.people[pid]
            # A yes/no put to the person's card hears "No" first (tuning.Q22_NAME_IS_DESCRIBED).
            key = "wrong_office_no" if m.claim and m.kind == "person" else "wrong_office"
            leads.append(
                self._m(lang, key).format(
                    asked=asked, name=self._name(p, lang), role=self._role(p, lang)
                )
            )
        if m.wrong_place is not None:
            place, real = m.wrong_place
            if K.Q22M_RU_PLACE_CASE and lang == "ru":
                place = T.place_after_in_ru(place)
            if m.placed and lang == "en":
                # The document whose place is put right (tuning.L30_DOCUMENT_PLACE_NAMED).
                key = "wrong_place_doc_no" if m.claim else "wrong_place_doc"
                leads.append(
                    self._m(lang, key).format(thing=m.placed, asked=_as_written(place), real=real)
                )
                return leads
            leads.append(
                self._m(lang, "wrong_place_no" if m.claim else "wrong_place").format(
                    asked=_as_written(place), real=real
                )
            )
        return leads

    def entry_answer(self, m: Match, question: str) -> Answer:
        """The answer for matched entries (also used when a suggestion button is pressed)."""
        lang = m.lang
        first = self.kb.record(m.entries[0]) if m.entries else None
        if m.kind == "quotes" or (m.kind == "quote" and isinstance(first, Quote)):
            quotes = [r for r in (self.kb.quotes.get(i) for i in m.entries) if r is not None]
            head: list[Block] = []
            verdict = ("", "")
            if m.confirmed and quotes and m.kind != "quotes":  # a list has its own head
                verdict = (self._m(lang, "confirmed"), self._m(lang, "confirmed_paraphrase"))
            if m.unconfirmed_words and quotes:
                verdict = (
                    self._m(lang, "unconfirmed_words"),
                    self._m(lang, "unconfirmed_words_paraphrase"),
                )
            if K.Q12_OFF_TOPIC_LEAD and m.off_topic and quotes:
                head = [Block("para", self._off_topic_lead(m, question, quotes))]
            if m.kind == "quotes" and quotes:
                p = self.kb.people[quotes[0].speaker]
                head += [
                    Block(
                        "person",
                        self._m(lang, "quotes_by").format(
                            name=self._name(p, lang), role=self._role(p, lang)
                        ),
                        speaker=self._name(p, lang),
                    )
                ]
            return self._quote_answer(m, question, quotes, head, m.kind, verdict)
        if m.kind == "correction" and first is not None:
            asked = self.kb.people[m.asked_person] if m.asked_person else None
            asked_name = (
                self._name(asked, lang) if asked else name_span(question, m.unknown_name or "?")
            )
            if K.Q16_DESCRIPTION_ARTICLE and asked is None and lang == "en":
                asked_name = described(asked_name)
            # "No: that was not X" answers a claim; a question ("what did X say about W") did not
            # claim anything, and hears that X says nothing about it in the sources.
            key = "correction" if m.claim else "elsewhere"
            title = _bare_title(m.unknown_name, lang) if asked is None and m.claim else None
            speaker = getattr(first, "speaker", None)
            if title is not None and speaker in self.kb.people:
                role = self._role(self.kb.people[speaker], lang).lower()
                if title.split()[-1] in role.split():
                    title = None  # the title fits the speaker: no correction of it
            if K.Q21_TITLE_NOT_SPEAKER and title is not None:
                # "The president said 133 projects, right?": "No: not a president: these are
                # the words of Yersaiyn Nagaspayev, ...", not "No: that was not President."
                asked_name, key = title, "correction_title"
            if isinstance(first, Quote):
                # The verdict leads the quote's own block: the real speaker is named once, in
                # the quote's speaker line, and the verdict never travels without the words.
                verdict = (
                    self._m(lang, key).format(asked=asked_name),
                    self._m(lang, f"{key}_paraphrase").format(asked=asked_name),
                )
                return replace(
                    self._quote_answer(m, question, [first], [], "correction", verdict),
                    asked=m.asked_person,
                )
            if isinstance(first, Fact) and first.speaker:
                p = self.kb.people[first.speaker]
                head = [
                    Block(
                        "person",
                        self._m(lang, f"{key}_fact").format(
                            asked=asked_name, speaker=self._name(p, lang), role=self._role(p, lang)
                        ),
                        speaker=self._name(p, lang),
                    )
                ]
                ans = self._fact_answer(m, question, first, head, stated_by=False)
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
                    asked=m.asked_person,
                )
        if isinstance(first, Fact) and m.asked_person and not first.speaker:
            # Words were asked of someone the base never quotes: what it reports about them
            # answers, under a head that says these are not their words.
            asked = self.kb.people.get(m.asked_person)
            if asked is not None and K.UNREPORTED_REFUSED and not reports(first, asked):
                # ... when it reports something they said or put forward. A fact that only
                # names them ("its executive director is Wu Yingqin") says nothing of what
                # they said: refused, the fact offered under the same head.
                # The people offered as after any name the base never quotes (the most
                # quoted, then by id: matcher._best_quoted's order).
                quoted = tuple(
                    sorted(
                        (p for p in self.kb.people if self.kb.quotes_by(p)),
                        key=lambda p: (-len(self.kb.quotes_by(p)), p),
                    )[: K.MAX_SUGGESTIONS]
                )
                return self.compose(replace(m, kind="unknown_person", suggestions=quoted), question)
            if asked is not None:
                note = self._m(lang, "no_quotes_fact").format(name=self._name(asked, lang))
                return self._fact_answer(m, question, first, [Block("para", note)])
        if isinstance(first, Fact):
            ans = self._fact_answer(m, question, first, [])
            if any(i in self.kb.events for i in m.entries[1:]):
                return self._with_more_events(m, question, ans)
            return self._with_more_facts(m, ans) if len(m.entries) > 1 else ans
        if isinstance(first, Event):
            ans = self._event_answer(m, question, first)
            return self._with_more_events(m, question, ans) if len(m.entries) > 1 else ans
        if isinstance(first, Person) and m.quoted_kind and len(m.entries) > 1:
            return self._people_answer(m, question)
        if isinstance(first, Person):
            return self._person_answer(m, question, first)
        if isinstance(first, Quote):
            return self._quote_answer(m, question, [first], [], "quote")
        return Answer(question, False, "none", (Block("para", self._m(lang, "none")),), lang=lang)

    def _count(self, p: Person, lang: str) -> str:
        """ "2 quotes", "1 цитата", "5 цитат": how often the base quotes ``p``."""
        n = len(self.kb.quotes_by(p.id))
        return f"{n} {plural(n, 'quote', lang)}"

    def people_answer(self, lang: str = "en") -> Answer:
        """Everyone quoted in the base, with roles (the /people command)."""
        quoted = [p for p in self.kb.people.values() if self.kb.quotes_by(p.id)]
        items = tuple(
            f"{self._name(p, lang)}, {self._role(p, lang)} ({self._count(p, lang)})" for p in quoted
        )
        head = "People I can quote:" if lang != "ru" else "Кого я могу цитировать:"
        return Answer(
            "",
            True,
            "people",
            (Block("para", head), Block("list", items=items)),
            entries=tuple(p.id for p in quoted),
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
