"""Long messages: a few sentences of context, then the question.

"I was reading about the Belt and Road the other day and there was a minister from Kazakhstan
with some big numbers on joint projects. Who was that?" Scored whole, the story's words the base
does not know outweigh the question's, and the message is refused. When the whole message gets
a plain "no match", :func:`reread` tries shorter readings, each matched from scratch with every
guard: the question sentences alone, then the last question with the sentence before it (which
usually holds what "that" refers to). The first reading that is answered wins; if none is, the
question sentences go on to the semantic stage instead of the whole story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import text as T
from bot import tuning as K
from bot.index import Index
from bot.intent import Parsed, parse
from bot.matcher import Match, match_parsed
from bot.names import is_proper_noun

_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
#: First words that make a sentence a question even without a question mark.
_QUESTION_WORDS = frozenset(
    "who whom whose what when where which why how is are was were did does do can could "
    "tell кто что когда где какой какая какие каков почему зачем сколько как чей чья чьи "
    "правда расскажи kto chto kogda gde kakoi kakoy skolko".split()
)


def sentences(message: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(message) if s and s.strip()]


def is_question(sentence: str) -> bool:
    words = re.findall(r"\w+", sentence.lower())
    return sentence.rstrip().endswith("?") or bool(words and words[0] in _QUESTION_WORDS)


#: Words of a sentence asking only for what an answer with someone's words shows anyway: the
#: speaker's name, title, the source ("Name and title please.", «С именем и должностью,
#: пожалуйста.»; tuning.Q24SEM_DETAILS_REQUEST). Russian by their forms after «с»/«и».
#: The words among :data:`_DETAILS_WORDS` that ask for something (not "please" and "and" alone).
_DETAILS_ASKED = frozenset(
    "name names title titles position job role source sources link links "
    "имя именем имени должность должностью должности источник источником источника "
    "ссылка ссылкой ссылку".split()
)
_DETAILS_WORDS = _DETAILS_ASKED | frozenset(
    "please pls plz thanks thank you and with the his her their full exact "
    "с и пожалуйста спасибо полное полным точное точным".split()
)


def asks_details(sentence: str) -> bool:
    """Whether a sentence asks only for the speaker's name, title or the source ("Name and
    position please", «С именем и должностью, пожалуйста»): how to answer, not what."""
    words = re.findall(r"\w+", sentence.lower())
    return bool(words) and set(words) <= _DETAILS_WORDS and not _DETAILS_ASKED.isdisjoint(words)


#: The last question asks for a person: "who was that", "who is he", "what's his name", «как
#: его зовут», «кем он работает», «кто это был».
_ASKS_PERSON = re.compile(
    r"\b(?:who\s+(?:was|is|were)\b|what(?:'s|\s+is|\s+was)\s+(?:his|her|their)\s+name"
    r"|name\s+of\s+(?:that|the|this)|кто\s+(?:это|он|она|такой|такая)\b"
    r"|как\s+(?:его|её|ее|их)\s+зовут|кем\s+(?:он|она|они)\s+работа|kto\s+(?:eto|on|ona)\b"
    r"|kak\s+ego\s+zovut)",
    re.I,
)
#: The last question asks who said what the sentence before holds: "who said that", "whose
#: words are these", «кто это сказал», «чьи это слова» (tuning.WHO_SAID_THAT_BEFORE).
_ASKS_WHO_SAID = re.compile(
    r"\bwho\s+(?:said|says|wrote|made)\s+(?:that|it|this)\b|\bwhose\s+(?:words|line|quote|idea)"
    r"|\bкто\s+(?:это|так)\s+(?:сказал|говорил|заявил|написал)|\bчьи\s+это\s+слова"
    r"|\bkto\s+(?:eto|tak)\s+(?:skazal|govoril)",
    re.I,
)
#: A sentence announcing words it then gives: "there's a line that W", "I read that W", "the
#: article has a quote that W", «там есть фраза, что W»; W is the words asked of.
_QUOTE_FRAME = re.compile(
    r"^(?:there(?:'s|\s+is|\s+was)\b|i\s+(?:read|saw|heard|remember)\b"
    r"|[^,;]*\b(?:line|quote|phrase|statement|claim|sentence|passage|words)\b"
    r"|[^,;]*\b(?:фраза|фразу|цитата|цитату|слова|утверждение)\b)"
    r"[^.?!]*?\b(?:that|что)\s+(?P<words>.{8,})$",
    re.I,
)
#: A person described by what they said, earlier in the message: "an expert who said that W",
#: «эксперт, который говорил, что W». The words W are the content of the message.
_DESCRIBED = (
    re.compile(
        r"\b(?:who|that)\s+(?:said|says|was\s+saying|talked\s+about|was\s+talking\s+about|"
        r"spoke\s+about|argued|claimed|mentioned|noted|stressed|called)\s+(?:that\s+)?"
        r"(?P<words>[^.?!;]{8,})",
        re.I,
    ),
    re.compile(
        r"(?:который|которая|которые|кто)\s+(?:говорил|говорила|говорили|сказал|сказала|"
        r"сказали|заявил|заявила|заявляли|утверждал|утверждала|рассказывал|рассказывала|"
        r"отмечал|отметил|отметила|писал|писала)\s*,?\s*(?:что|о|об|про)?\s+"
        r"(?P<words>[^.?!;]{8,})",
        re.I,
    ),
)


def who_said(words: str) -> str:
    """ "Who said W" in the words' own language: the reading of words whose speaker is asked."""
    return f"кто сказал что {words}" if T.is_cyrillic(words) else f"who said {words}"


def described_words(message: str) -> str | None:
    """ "Who said W" for a message that describes someone by what they said and then asks who
    they are ("the article had an expert who said W. what's his name?", «в статье был эксперт,
    который говорил, что W. как его зовут?»: tuning.DESCRIBED_SPEAKER), else None. The words W
    are what the message is about; the question asks whose words they are."""
    if not K.DESCRIBED_SPEAKER:
        return None
    sents = sentences(message)
    if len(sents) < 2 or not _ASKS_PERSON.search(sents[-1]):
        return None
    for sent in reversed(sents[:-1]):
        for i, pattern in enumerate(_DESCRIBED):
            found = pattern.search(sent)
            if found:
                words = found.group("words").strip(" ,")
                return f"кто сказал что {words}" if i else f"who said {words}"
    return None


#: A request to check words the user gives: their source, citation, whether they are real
#: ("source?", "citation pls", "is this real?", "legit quote?", «источник?», «это правда?»,
#: "who said it?"; tuning.Q26_CHECK_REQUEST). Asked after the words, alone or after a dash.
_CHECK_REQUEST = re.compile(
    r"^(?:(?:the\s+|a\s+|any\s+)?(?:source|sources|citation|cite|attribution|reference|ref|"
    r"provenance|link)(?:\s+(?:pls|plz|please|needed|required))?"
    r"|(?:is|was)\s+(?:this|that|it)\s+(?:real|legit|true|genuine|accurate|an?\s+(?:real|"
    r"actual|genuine)\s+quote)|(?:real|legit|genuine|fake|actual)\s+quote"
    r"|who\s+said\s+(?:it|that|this)|who\s+said|whose\s+(?:words|quote|line)"
    r"|источник|источник\s+цитаты|ссылка|кто\s+(?:это\s+)?сказал|чьи\s+(?:это\s+)?слова"
    r"|это\s+(?:правда|реальная\s+цитата)|реальная\s+цитата|istochnik|kto\s+(?:eto\s+)?skazal)"
    r"[\s?!.…]*$",
    re.I,
)
#: "Source for 'W'?", "citation of the line W", «Источник цитаты «W»?», «откуда фраза W»: the
#: request first, then the words (tuning.Q26_CHECK_REQUEST).
_CHECK_REQUEST_FIRST = re.compile(
    r"^(?:what(?:'s|\s+is)\s+the\s+|any\s+)?(?:source|citation|attribution|provenance|origin)"
    r"\s+(?:for|of|on)\s+(?:the\s+|this\s+|that\s+)?(?:quote|line|phrase|words|statement)?"
    r"\s*[:,]?\s*(?P<words>.{12,}?)[\s?!.…]*$"
    r"|^(?:какой\s+|каков\s+)?(?:источник|откуда)\s+(?:у\s+)?(?:цитат\w*|фраз\w*|слов\w*|"
    r"высказывани\w*)\s*[:,]?\s*(?P<ru>.{12,}?)[\s?!.…]*$",
    re.I,
)


#: A verb of saying in the words given to check: they are a claim about someone ("the Kazakh
#: minister said 54 projects were done. Is that true?"), which the claim checks answer; not
#: words to find a speaker for.
_SAYING = re.compile(
    r"\b(?:said|says|told|stated|claimed|argued|mentioned|сказал\w*|заявил\w*|говорил\w*"
    r"|утверждал\w*|skazal\w*|zayavil\w*|govoril\w*)\b",
    re.I,
)


def checked_words(message: str) -> str | None:
    """The words a one-sentence message asks to check ("'W' - source?", "source for 'W'?",
    ««W» — источник?»), read as "who said W" (tuning.Q26_CHECK_REQUEST), else None. The words
    go through every check of a who-said question: the request adds no words of its own that
    the quote lacks ("source", "real"), which refused "'the summit fully shows central asia is
    more proactive' - source?" although the words alone are Osmonaliyev's."""
    if not K.Q26_CHECK_REQUEST:
        return None
    text = message.strip()
    parts = _DASH.split(text)
    words: str | None = None
    if len(parts) == 2 and _CHECK_REQUEST.match(parts[1].strip()):
        words = parts[0]
    else:
        found = _CHECK_REQUEST_FIRST.match(text)
        if found:
            words = found.group("words") or found.group("ru")
    if words is None or _SAYING.search(words):
        return None
    words = words.strip(" \t\"'«»“”‘’„:")
    if len(re.findall(r"\w+", words)) < 3:
        return None
    return who_said(words)


def readings(message: str) -> list[str]:
    """Shorter readings of a message of two sentences or more, most specific first; of one
    sentence, only its statement before a dash and "who was it …" (STATEMENT_BEFORE_WHO), or
    the words it asks to check (checked_words)."""
    sents = sentences(message)
    if len(sents) < 2:
        parts = _DASH.split(message.strip())
        if K.STATEMENT_BEFORE_WHO and len(parts) == 2 and _ASKS_PERSON.search(parts[1]):
            # "My professor mentioned someone from Dushanbe talking about 'friendly
            # coexistence' - who was it and what was the context?": a dash parts the statement
            # from the question as a full stop does (tuning.STATEMENT_BEFORE_WHO).
            return [parts[0]]
        checked = checked_words(message)
        return [checked] if checked is not None else []
    asked = _asked(sents)
    if K.Q24SEM_DETAILS_REQUEST and asked == [len(sents) - 1] and asks_details(sents[-1]):
        # «... нужна цитата эксперта о том, что W. С именем и должностью, пожалуйста»: the last
        # sentence asks how to answer (the speaker's name, title, source), which every answer
        # with words gives; the message before it is what is asked
        # (tuning.Q24SEM_DETAILS_REQUEST).
        return [" ".join(sents[:-1])]
    out = [" ".join(sents[i] for i in asked)]
    last = asked[-1]
    if last > 0:
        out.append(f"{sents[last - 1]} {sents[last]}")
    before_who = _statement_before_who(sents, last)
    if before_who is not None:
        # "Someone from the Kazakh government said the total was 35 bn across 130-something
        # projects. Who was it and what were the exact numbers?": the statement names what
        # was said; the question's "exact numbers", «в каком контексте» are no words of it.
        out.append(before_who)
    if K.WHO_SAID_THAT_BEFORE and last > 0 and _ASKS_WHO_SAID.search(sents[last]):
        # "There's a line that the summit 'fully demonstrates' a more proactive Central Asia.
        # Who said that and in which capacity?": the sentence before is the words asked of,
        # after the frame that announces them ("there's a line that", "I read that").
        stmt = sents[last - 1].rstrip(".!…")
        framed = _QUOTE_FRAME.match(stmt)
        words = framed.group("words") if framed else stmt
        out.append(who_said(words))
    if (
        K.Q26_CHECK_REQUEST
        and last > 0
        and _CHECK_REQUEST.match(sents[last].strip())
        and not _ASKS_WHO_SAID.search(sents[last])
        and not _SAYING.search(sents[last - 1])
    ):
        # "the summit fully shows central asia is more proactive. citation?", «… Это правда?»:
        # the sentence before is the words to check, the most specific reading ("who said
        # that?" after it is WHO_SAID_THAT_BEFORE's, which takes off a frame such as "there's a
        # line that"; read here too, the frame came first among the words): the request
        # alone holds no words, and the stage reads the first reading no sentence answers
        # (tuning.Q26_CHECK_REQUEST).
        stmt = sents[last - 1].rstrip(".!…").strip(" \"'«»“”‘’„")
        out.insert(0, who_said(stmt))
    if K.LAST_QUESTION_ALONE and len(asked) > 1:
        # "How many projects are left to complete if 54 of 133 are done? what did the minister
        # say": two questions read as one put "many projects are left" in the speaker's slot;
        # the last question alone is a reading too, after the others.
        out.append(sents[last])
    after = _DASH.split(sents[last])
    if K.QUESTION_AFTER_DASH and len(after) > 1 and is_question(after[-1]):
        # "Пишу курсовую про ШОС и ЦА, нужно понять — кто из экспертов ... говорил ...?"
        out.append(after[-1])
    return list(dict.fromkeys(r for r in out if r != message.strip()))


#: A dash between a statement and a short question of the user's own ("Tokayev said 54
#: projects were done — why so few?", «… — где это?»).
_DASH = re.compile(r"\s+[—–-]{1,2}\s+")
#: At most this many words in the question after the dash: a follow-up, not a second topic.
_FOLLOW_UP_WORDS = 6


def _follow_up(message: str) -> tuple[str, str] | None:
    """The statement before a dash and the short question of the user's after it, or None."""
    parts = _DASH.split(message.strip())
    if len(parts) != 2:
        return None
    head, tail = parts
    if not is_question(tail) or len(re.findall(r"\w+", tail)) > _FOLLOW_UP_WORDS:
        return None
    return head, tail


def claim_part(message: str) -> str | None:
    """The statement before a dash when a short question of the user's follows it
    (tuning.CLAIM_BEFORE_FOLLOW_UP), else None."""
    if not K.CLAIM_BEFORE_FOLLOW_UP:
        return None
    found = _follow_up(message)
    return found[0] if found is not None else None


#: Words that mark a recollection as loose ("he said something like ...", «что-то вроде»).
_HEDGE = re.compile(
    r"\b(?:something\s+like|roughly|approximately|sort\s+of|kind\s+of|more\s+or\s+less|"
    r"что-то\s+вроде|что-то\s+типа|примерно|вроде)\b",
    re.I,
)


def asks_exact_words(message: str) -> str | None:
    """The statement before a dash when it recalls the words loosely ("something like") and
    the question after it asks for what exactly was said or given ("the kazakh minister said
    something like 'a hundred-odd projects' - what exactly were the numbers":
    tuning.EXACT_WORDS_ASKED), else None."""
    if not K.EXACT_WORDS_ASKED:
        return None
    found = _follow_up(message)
    if found is None or not _HEDGE.search(found[0]):
        return None
    tail = re.findall(r"\w+", found[1].lower())
    if not tail or tail[0] not in T.WHAT_WORDS:
        return None
    if any(T.is_say_word(w) or w in T.WORDS_NOUNS or w in T.FIGURE_NOUNS for w in tail[1:]):
        return found[0]
    return None


def _framed_unknown(message: str, parsed: Parsed, lexical: Match) -> bool:
    """Whether the "unknown person" of a long message is its frame, not a name: words before
    a verb of saying that no dictionary has as a name and that the user did not capitalise
    but to open a sentence («Привет! Пишу курсовую ... в статье был эксперт, который говорил,
    что ...» read «привет пишу курсовую» as whose words they were)."""
    if lexical.kind != "unknown_person" or not parsed.unknown_name:
        return False
    words = {w.strip(",;:") for w in parsed.unknown_name.lower().split()}
    if any(is_proper_noun(w) for w in words):
        return False
    for sent in sentences(message):
        for w in re.findall(r"\w+", sent)[1:]:  # a sentence's first word is capitalised anyway
            if w.lower() in words and w[:1].isupper():
                return False
    return True


def reread(
    index: Index, question: str, parsed: Parsed, lexical: Match
) -> tuple[str, Parsed, Match]:
    """The message or a shorter reading of it, with its parse and lexical match. A message
    read as the words of someone unknown is reread only as "who said <the words that describe
    the person>" (described_words), and only when that someone is its frame (_framed_unknown)."""
    if lexical.kind == "unknown_person" and parsed.persons and parsed.claim:
        # "Tokayev said 54 projects were done — why so few?": the claim is the statement; the
        # user's follow-up is no part of the words credited to him.
        head = claim_part(question)
        if head is not None:
            p = parse(index, head)
            if p.claim and p.persons == parsed.persons:
                return head, p, match_parsed(index, p)
    if lexical.kind == "unconfirmed" and parsed.persons and parsed.claim:
        # "He said something like W - what exactly were the numbers?": the user recalls W
        # loosely and asks for the words; what the person said about W answers (their words,
        # or the real speaker's named, as for "what did X say about W").
        head = asks_exact_words(question)
        if head is not None:
            p = parse(index, head)
            if p.persons == parsed.persons:
                p = replace(p, claim=False, say=True)
                m = match_parsed(index, p)
                if m.answered:
                    return head, p, m
    if lexical.kind == "unconfirmed" and parsed.persons and K.LONG_UNCONFIRMED_REREAD:
        # "My colleague told me something interesting yesterday. Apparently the Kazakh
        # minister said 54 projects were completed. Is that true?": the story's words the
        # person never said made the claim "not sure"; the sentence of the claim with the
        # question is read alone, and answers only about the same person and only a reading
        # that still asks about words (a claim, a verb of saying): "Someone said W. Was it the
        # Kazakh minister?" read as "was it the Kazakh minister?" alone showed his card, a yes
        # to words he never said (Osmonaliyev's).
        for r in readings(question):
            p = parse(index, r)
            if p.persons != parsed.persons or not (p.claim or p.say or p.who_said):
                continue
            m = match_parsed(index, p)
            if m.answered:
                return r, p, m
        return question, parsed, lexical
    if lexical.kind != "none" and not _framed_unknown(question, parsed, lexical):
        return question, parsed, lexical
    fallback: tuple[str, Parsed, Match] | None = None
    stated: tuple[str, Parsed, Match] | None = None
    described = described_words(question)
    # A message asking who said the words it describes is that question only: "what's his
    # name?" alone found the treaty's name. Unanswered, the words go on to the semantic stage
    # as "who said W" (its checks). Its one reading, unanswered, is the fallback as it would
    # be the statement: the statement is looked for among readings only.
    statement = _said_before_who(question) if described is None else None
    for r in [described] if described is not None else readings(question):
        p = parse(index, r)
        m = match_parsed(index, p)
        if m.answered:
            return r, p, m
        if fallback is None and m.kind == "none":
            fallback = (r, p, m)
        if r == statement and m.kind == "none" and p.who_said and not p.persons:
            stated = (r, p, m)
    if stated is not None:
        # "someone said W... who was that and what was the full quote?": the words said are
        # what the stage must find; the question sentence alone holds none of them
        # (tuning.Q24SEM_SAID_BEFORE_WHO).
        return stated
    return fallback if fallback is not None else (question, parsed, lexical)


def _said_before_who(message: str) -> str | None:
    """The sentence before a last question that asks for a person ("someone said W... who was
    that?"), or None (tuning.Q24SEM_SAID_BEFORE_WHO): the reading whose words were said."""
    if not K.Q24SEM_SAID_BEFORE_WHO:
        return None
    sents = sentences(message)
    if len(sents) < 2:
        return None  # no sentence before the question (an empty message has no sentence)
    return _statement_before_who(sents, _asked(sents)[-1])


def _statement_before_who(sents: list[str], last: int) -> str | None:
    """The sentence before the question at ``last`` when that question asks for a person
    ("... Who was it?"), or None (tuning.STATEMENT_BEFORE_WHO): :func:`readings`'s reading and
    :func:`_said_before_who`'s, one test."""
    if K.STATEMENT_BEFORE_WHO and last > 0 and _ASKS_PERSON.search(sents[last]):
        return sents[last - 1]
    return None


def _asked(sents: list[str]) -> list[int]:
    """The places of a message's questions among its sentences, or the last sentence's when
    none is a question (:func:`readings`, :func:`_said_before_who`)."""
    return [i for i, s in enumerate(sents) if is_question(s)] or [len(sents) - 1]
