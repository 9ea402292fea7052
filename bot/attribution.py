"""Who does an article say spoke each quotation? Shared by ``kb check`` and ``kb import``.

``kb check`` uses it to make sure a verbatim quote's filed speaker is the person the article
names (promise 1: never misattribute); ``kb import`` uses the same finder to draft records from a
new article. Keeping one finder means a draft that ``kb import`` writes is checked by exactly the
rules that wrote it.

The finder is rules, not a model: quotation spans are found by a quote-mark scanner (English
“…”, "…", nested ‘…’; Russian «…», „…“, "…"), and each span is attached to a speaker by the
article's own attribution: ``"…," said X`` / ``"…," X said`` / ``X said: "…"`` / ``X said, "…"``
/ ``according to X, "…"`` / ``X said … "fragment"``, ``«…», — заявил X`` / ``X отметил: «…»`` /
``по словам X, «…»``, pronouns and common nouns ("he said", «добавил дипломат») pointing back to
the last person named (with Russian grammatical gender where the text shows it), titles before
names ("Kazakh Minister X said"), quotations continued over paragraphs, and an unattributed
quotation that follows the same speaker's quotation. Spans that no rule attaches to a named
person (titles of documents, brand names, scare quotes) are not speech.

People are recognised only where the text presents them as people (a title before the name, an
appositive after it, or a speech verb next to it), so "Middle Corridor" never becomes a speaker;
later mentions by surname (in any Russian case: Сафарова, Сафарову) resolve to the full name.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from bot import text as T
from bot import tuning

Gender = Literal["m", "f"] | None

# --- vocabulary (the rules' only tuning; extend here, with a reason) --------------------------

#: English speech verbs that attach a quotation or a reported clause to a speaker.
SPEECH_VERBS_EN: frozenset[str] = frozenset(
    """said says added adds adding told noted notes noting stressed stresses stressing explained
    explains explaining continued remarked observed argued argues insisted warned warns recalled
    concluded acknowledged declared stated wrote writes asked replied answered emphasized
    emphasised emphasizing emphasising pointed described describes called calls calling
    commented suggested agreed admitted predicted cautioned urged announced believes believed
    thinks reckons estimated estimates confirmed conceded claimed promised assured saying
    repeated repeats tells""".split()
)
#: The verbs that introduce reported speech without quote marks ("X said (that) …"); "called"
#: or "described" do not ("X called the deal fair" reports a judgement, not a statement).
REPORTING_VERBS_EN: frozenset[str] = frozenset(
    """said says added told believes thinks noted stressed warned argued insisted explained
    estimated acknowledged predicted""".split()
)
#: Verbs that report speech only with "that" ("X agreed that …", not "X agreed to the plan").
THAT_VERBS_EN: frozenset[str] = frozenset(
    """agreed admitted answered replied confirmed announced conceded claimed recalled promised
    assured cautioned argues adding saying""".split()
)
#: Russian speech verbs (past masculine form; "-а" is added for the feminine).
SPEECH_VERBS_RU: frozenset[str] = frozenset(
    """сказал заявил отметил добавил подчеркнул сообщил пояснил рассказал признал ответил
    резюмировал уточнил заключил напомнил указал считает уверен убежден полагает говорит
    заметил констатировал объяснил предупредил призвал выразил добавляет отмечает подчеркивает
    сообщает поделился поделилась пообещал назвал подтвердил продолжил возразил заверил
    согласился согласилась признался призналась говорил отмечал подчеркивал заявлял
    предложил рассказывает объясняет поясняет уточняет вспоминает признает продолжает уверяет
    вспомнил посетовал пожаловался пошутил подытожил прокомментировал парировал отреагировал
    высказался высказалась обещает написал пишет пригласил подтверждает предупреждал""".split()
)
_PRONOUNS: dict[str, Gender] = {
    "he": "m",
    "she": "f",
    "он": "m",
    "она": "f",
    "его": "m",
    "ее": "f",
    "её": "f",
}

#: Capitalised words that are never (part of) a person's name: sentence openers, titles,
#: institutions, places and nationalities of the region. A title before a name is what tells
#: the finder that the name is a person ("Kazakh Deputy Foreign Minister Alibek Kuantyrov").
TITLE_WORDS_EN: frozenset[str] = frozenset(
    """president vice deputy minister prime foreign economy economic trade commerce energy
    finance ambassador chairman chairwoman chair director general secretary head chief
    executive governor mayor professor senior analyst spokesperson spokesman spokeswoman envoy
    special representative former acting first mr mrs ms dr prof premier official officer
    manager founder ceo adviser advisor researcher economist expert lecturer rector dean
    engineer farmer grower chef leader member lawmaker deputy-minister vice-minister
    industry construction investment transport agriculture education culture affairs
    development digital emergency justice interior defence defense health labour labor
    science technology natural resources ecology water sport tourism national international
    regional state""".split()
)
NOT_NAMES_EN: frozenset[str] = frozenset(
    """the a an according in on at but and or he she it they we this that these those his her
    their its our there after before while when as if for with from by to of during since
    however meanwhile also still yet last next earlier later today then now finally
    afterwards separately instead asked speaking yesterday tomorrow monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december ministry association institute university
    bank company corporation council committee agency office department centre center group
    fund chamber academy forum summit initiative road belt railway declaration treaty plan
    action agreement programme program project corridor line pipeline plant station port
    zone park express silk customs union organization organisation cooperation republic
    china chinese beijing kazakhstan kazakh kyrgyzstan kyrgyz kyrgyzstani tajikistan tajik
    turkmenistan turkmen uzbekistan uzbek russia russian central asia asian europe european
    astana almaty bishkek tashkent dushanbe ashgabat samarkand xi'an xian shaanxi xinjiang
    urumqi khorgos azerbaijan caspian afghanistan iran turkey georgia pakistan india
    american america united states nations un sco brics eu xinhua reuters tass interfax
    kazinform akipress kabar trend""".split()
)
#: Russian: lowercase titles precede names ("заявил замминистра … Алибек Куантыров"); these
#: capitalised stems are places, institutions and sentence openers, never names.
NOT_NAMES_RU_WORDS: frozenset[str] = frozenset(
    """по как он она они оно это эта этот эти в во на но и а однако кроме при для также так
    тем между из за от до у с со о об после перед когда если хотя уже еще ещё все всё его ее
    её их мы вы я""".split()
)
NOT_NAMES_RU_STEMS: tuple[str, ...] = tuple(
    """казахстан китай китая китае китаю кнр кыргызстан киргиз узбекистан таджикистан туркменистан
    туркмени росси астан алмат бишкек ташкент душанбе ашхабад самарканд пекин урумчи
    хоргос синьцзян сиан централь азия азии азию азией азиат европ азербайджан каспи
    афганистан иран турци
    ассоциаци институт университет банк компани совет комитет агентств фонд форум саммит
    декларац договор программ проект коридор министерств организац союз республик минист
    минэк минфин минтранс минсельхоз минпром минэнерго минвод миноборон минтруд минздрав
    минобр минюст минцифр
    январ феврал март апрел мая июн июл август сентябр октябр ноябр декабр""".split()
)
#: Lowercase Russian words that stand for a person already named («добавил дипломат»).
DESCRIPTORS_RU: tuple[str, ...] = tuple(
    """министр замминистра заместител дипломат эксперт аналитик политолог экономист директор
    глав руководител председател посол президент мастериц мастер представител чиновник
    специалист ученый учен профессор ректор декан спикер собеседни фермер инженер менеджер
    сотрудни партнер посланни девушк студент бизнесмен предпринимател журналист депутат
    аким мэр губернатор преподавател продюсер режиссер режиссёр проректор врач начальник
    советник консультант координатор организатор исследовател инвестор банкир юрист
    архитектор куратор основател владел премьер сенатор атташе водител""".split()
)
DESCRIPTORS_EN: frozenset[str] = frozenset(
    """minister diplomat expert analyst economist director official ambassador envoy
    chairman chairwoman president professor spokesperson spokesman spokeswoman researcher
    scholar farmer engineer executive manager rector dean deputy governor mayor""".split()
)

#: Nouns that name a role, so that a phrase with one describes a person ("the head of the
#: association", "a 21-year-old graduate"); title adjectives ("first", "state") do not count.
ROLE_NOUNS_EN: frozenset[str] = DESCRIPTORS_EN | frozenset(
    """head chief secretary chair officer founder ceo adviser advisor lecturer leader member
    lawmaker representative spokesperson instructor teacher student graduate owner operator
    partner correspondent journalist colleague counterpart""".split()
)

#: Russian case endings stripped before comparing name forms (Сафарова/Сафарову/Сафаровым all
#: are Сафаров; Абдуллаевой is Абдуллаева). Longest first.
_RU_ENDINGS: tuple[str, ...] = (
    "ыми",
    "ами",
    "ого",
    "ому",
    "ему",
    "ой",
    "ей",
    "ою",
    "ым",
    "им",
    "ом",
    "ем",
    "ую",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
)
_RU_FEMININE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$")
_RU_MASCULINE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")

#: A paragraph's tail after a quotation that is only its attribution (""…," the deputy
#: minister told reporters."), so that a quotation opening the next paragraph continues it.
MAX_ATTRIBUTION_WORDS = 8
#: The cue of a quotation that is an organisation's or a document's words («— сообщили в
#: пресс-службе …»): its speaker is that organisation's name, not a person of the text.
ORGANISATION_CUE = "organisation"
#: A reported clause shorter than this is a fragment ("he said so"), not a statement to file.
MIN_PARAPHRASE_WORDS = 3

# --- quote marks -------------------------------------------------------------------------------

#: Opening mark -> closing mark. “ closes „ (Russian/German) and opens “…” (English).
_PAIRS: dict[str, str] = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
_OPENERS = frozenset(_PAIRS)
_DASHES = "—–-"


@dataclass(frozen=True)
class Span:
    """One top-level quotation: its text between the marks (pieces over several paragraphs
    joined by one space) and where it lies in the original text."""

    start: int  # first character inside the opening mark
    end: int  # the closing mark's offset (exclusive end of the text inside)
    pieces: tuple[tuple[int, int], ...]
    text: str
    open_mark: str


#: The only characters the scanner acts on; it jumps from one to the next (a check reads each
#: source of the base at every load, so a character-by-character loop was its slowest part).
_SCAN_STOPS = re.compile("[\n" + "".join(sorted(set(_PAIRS) | set(_PAIRS.values()))) + "]")


def scan_spans(text: str) -> list[Span]:
    """All top-level quotations. Nested quotations stay inside their outer span's text; a
    quotation left open at the end of a paragraph continues if the next paragraph opens with the
    same mark (the newspaper convention), and is dropped otherwise."""
    spans: list[Span] = []
    stack: list[str] = []  # expected closers
    outer_open = ""
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    n = len(text)
    search = _SCAN_STOPS.search
    i = 0
    while True:
        stop = search(text, i)
        if stop is None:
            break
        i = stop.start()
        c = text[i]
        if c == "\n":
            if stack:
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j] == outer_open and len(stack) == 1:
                    pieces.append((piece_start, i))
                    piece_start = j + 1
                    i = j + 1
                    continue
                if j < n and len(stack) == 1 and _closes_later(text, j, outer_open):
                    pieces.append((piece_start, i))
                    piece_start = j
                    i = j
                    continue
                stack.clear()
                pieces = []
            i += 1
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if stack and c == stack[-1] and not (c == "’" and nxt.isalpha()):
            stack.pop()
            if not stack:
                pieces.append((piece_start, i))
                joined = " ".join(text[a:b].strip() for a, b in pieces)
                spans.append(Span(pieces[0][0], i, tuple(pieces), joined, outer_open))
                pieces = []
            i += 1
            continue
        if c in _OPENERS:
            if c == "‘" and prev.isalpha():
                i += 1
                continue
            if c == '"' and stack and '"' in stack:
                i += 1
                continue
            if not stack:
                outer_open = c
                piece_start = i + 1
                pieces = []
            stack.append(_PAIRS[c])
        i += 1
    return spans


def _closes_later(text: str, j: int, opener: str) -> bool:
    """Russian puts « only at the start of a quotation of several paragraphs and » only at its
    end (the English newspaper convention opens each paragraph again). A « left open at a
    paragraph's end goes on when its » comes within ``tuning.MAX_OPEN_PARAGRAPHS`` paragraphs
    (blank lines do not count), before any new «; otherwise it was a stray mark and is dropped.
    Called again at each later paragraph's end, so a longer quotation goes on as long as its »
    stays within reach. A « that opens a later paragraph does not stop it: writers mix the two
    conventions (a middle paragraph with no mark, the last one opened again)."""
    if opener != "«":
        return False
    end = j
    seen = 0
    while seen < tuning.MAX_OPEN_PARAGRAPHS:
        nl = text.find("\n", end)
        stop = len(text) if nl < 0 else nl
        close = text.find("»", end, stop)
        again = text.find("«", end, stop)
        if again >= 0 and not text[end:again].strip():
            # « opening a later paragraph: the same quotation, reopened (the mixed convention)
            again = text.find("«", again + 1, stop)
        if again >= 0 and (close < 0 or again < close):
            return False
        if close >= 0:
            return True
        if text[end:stop].strip():
            seen += 1
        if nl < 0:
            return False
        end = nl + 1
    return False


#: A paragraph of Russian dialogue-style speech: a dash and the words, no quote marks
#: («— Мы ждем первых поездов весной, — сказал он.»); in a TV script after a label in capitals
#: («СИНХРОН: — Мы договорились …, — сказала Жунусова.»).
_DIALOGUE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[А-ЯЁ]{3,}(?:[ \t]+[А-ЯЁ]{2,})?[ \t]*:[ \t]*)?[—–][ \t]+(?=[A-ZА-ЯЁ0-9«„“\"…])"
)
#: Where the speaker's words stop in such a paragraph: a comma (or ! ? …), a dash and a
#: lower-case word, the article's own («, — сказал он», «! — воскликнул министр»).
_DIALOGUE_BREAK = re.compile(r"([,!?…])[ \t]+[—–][ \t]+(?=[а-яёa-z])")
#: After the attribution, the same speaker's words go on: «. — » and a capital or a quote mark.
_DIALOGUE_RESUME = re.compile(r"[.,][ \t]+[—–][ \t]+(?=[A-ZА-ЯЁ«„“\"])")


def dialogue_spans(text: str) -> list[Span]:
    """Russian dialogue-style quotations: a paragraph that opens with a dash is speech, up to
    its attribution («— A, — сказал X.»), or over it when the words go on after it («— A, —
    сказал X. — B»: one span; the finder splits it around the attribution like «A, — сказал
    X. — B»). A paragraph with no attribution is a span of its own (an interview's answer, a
    reply), which only a rule of the finder can give a speaker. Quote marks inside stay part
    of the words."""
    out: list[Span] = []
    for m in _DIALOGUE_LINE.finditer(text):
        start = m.end()
        nl = text.find("\n", start)
        stop = len(text) if nl < 0 else nl
        end = len(text[start:stop].rstrip()) + start
        brk = _DIALOGUE_BREAK.search(text, start, end)
        if brk is not None:
            resume = _DIALOGUE_RESUME.search(text, brk.end(), end)
            if resume is None:
                # «— A, — сказал X.»: the words end at the comma (which stays outside, like a
                # closing mark) or after ! ? … (which are part of them).
                end = brk.start(1) if brk.group(1) == "," else brk.end(1)
            else:
                nxt = _DIALOGUE_BREAK.search(text, resume.end(), end)
                if nxt is not None:  # «— A, — сказал X. — B, — добавил он.»
                    end = nxt.start(1) if nxt.group(1) == "," else nxt.end(1)
        if end - start < 2:
            continue
        out.append(Span(start, end, ((start, end),), text[start:end], "—"))
    return out


#: An interview transcript's paragraph that opens with its speaker's name and a colon
#: («**Тлеубердин:** В среднем двенадцать пар в сутки.»): up to three capitalised words.
_SPEAKER_LABEL = re.compile(
    r"(?m)^[ \t]*(\*\*)?(?!(?:Вопрос|Ответ)[ \t]*:)"
    r"([А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+){0,2})[ \t]*:[ \t]*(?:\*\*)?[ \t]+(?=\S)"
)


def _is_question(paragraph: str) -> bool:
    """An interview's question: a dash paragraph ending with «?» («— Чего вам не хватает?»),
    or a bold one («**Когда начнется строительство?**»), with or without a dash."""
    line = paragraph.strip()
    core = line.strip(" \t*")
    if not core.endswith("?"):
        return False
    return bool(re.match(rf"[{_DASHES}]\s", core)) or (
        line.startswith("**") and line.endswith("**")
    )


#: A first-person word: the sign that a plain paragraph after a bold question is an answer.
_FIRST_PERSON_RU = re.compile(
    r"(?i)(?<![\w-])(?:я|мы|мне|меня|нам|нас|наш[а-я]*|мой|моя|мои)(?![\w-])"
)


def bold_answer_spans(text: str) -> list[Span]:
    """An interview whose questions are bold paragraphs and whose answers are plain ones
    («**Когда начнется строительство?**» / «Весной. Мы уже выбрали подрядчика.»): the
    paragraph right after each question, when the text has at least two such questions and
    the answer speaks in the first person (a bold subheading with a question mark, followed
    by the article's own words, is not an interview)."""
    paragraphs = [(a, b) for a, b in _paragraph_bounds(text)]
    pairs = []
    for (qa, qb), (aa, ab) in itertools.pairwise(paragraphs):
        question = text[qa:qb].strip()
        if not (question.startswith("**") and question.endswith("**") and _is_question(question)):
            continue
        answer = text[aa:ab].strip()
        if answer.startswith(("*", "—", "–", "-", "«", "#")):
            continue
        pairs.append((aa + (len(text[aa:ab]) - len(text[aa:ab].lstrip())), ab, answer))
    if len(pairs) < 2:
        return []
    return [
        Span(a, a + len(answer), ((a, a + len(answer)),), answer, "?")
        for a, _, answer in pairs
        if _FIRST_PERSON_RU.search(answer)
    ]


def _start(span: Span) -> int:
    return span.start


def speaker_label_spans(text: str) -> list[Span]:
    """An interview written as a transcript: each answer is a paragraph that opens with the
    speaker's name and a colon, and the words after it are theirs. Read only where the text
    is one (at least two such paragraphs), so a single «Справка: …» or «Напомним: …» stays the
    article's own words; the finder files a paragraph only when its label is a person's name."""
    found = list(_SPEAKER_LABEL.finditer(text))
    if len(found) < 2:
        return []
    out = []
    for m in found:
        start = m.end()
        nl = text.find("\n", start)
        stop = len(text) if nl < 0 else nl
        end = len(text[start:stop].rstrip()) + start
        if end - start >= 2:
            out.append(Span(start, end, ((start, end),), text[start:end], ":"))
    return out


#: An interview's «Вопрос: …» / «Ответ: …» paragraph (the labels may be bold); in English
#: "Q: …" / "A: …" or "Question: …" / "Answer: …" (round 8).
_QA_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\*\*)?(Вопрос|Ответ|Question|Answer|Q|A)[ \t]*:[ \t]*(?:\*\*)?[ \t]*(?=\S)"
)
#: The label pairs of an interview (question, answer): the text must have both of one pair.
_QA_PAIRS: tuple[tuple[str, str], ...] = (("Вопрос", "Ответ"), ("Question", "Answer"), ("Q", "A"))


def _goes_on_answering(paragraph: str) -> bool:
    """A plain paragraph after an answer that is still the interviewee speaking: in the first
    person, with no quotation, no dash or label opening it and no verb of saying (the article's
    own «Лю отметил, что …» after an answer is not)."""
    line = paragraph.strip()
    return (
        bool(line)
        and not line.startswith(("*", "#", "«", "„", "“", '"', *_DASHES))
        and not _QA_LABEL.match(paragraph)
        and not _SPEAKER_LABEL.match(paragraph)
        and not any(c in line for c in '«»„“”"')
        and _FIRST_PERSON_RU.search(line) is not None
        and _ANY_SPEECH_VERB.search(line) is None
    )


def qa_label_spans(text: str) -> list[Span]:
    """An interview written as «Вопрос: …» / «Ответ: …» paragraphs: each answer is a span, and
    so are the first-person paragraphs right after it that go on answering («Ответ: После
    Астаны у нас стало больше работы …» / «Мы ведем таблицу по каждому пункту …»); the
    questions are the interviewer's, not a quotation. Read only where the text has both
    labels; the finder files the answers under the interviewee."""
    found = list(_QA_LABEL.finditer(text))
    labels = {m.group(1) for m in found}
    pair = next(((q, a) for q, a in _QA_PAIRS if labels == {q, a}), None)
    if pair is None:
        return []
    paragraphs = _paragraph_bounds(text)
    starts = [a for a, _ in paragraphs]
    out = []
    for m in found:
        if m.group(1) != pair[1]:
            continue
        k = bisect_right(starts, m.start()) - 1
        a, b = m.end(), paragraphs[k][1]
        pieces = [(a, len(text[a:b].rstrip()) + a)]
        while k + 1 < len(paragraphs) and _goes_on_answering(text[slice(*paragraphs[k + 1])]):
            k += 1
            pa, pb = paragraphs[k]
            pa += len(text[pa:pb]) - len(text[pa:pb].lstrip())
            pieces.append((pa, len(text[pa:pb].rstrip()) + pa))
        pieces = [(x, y) for x, y in pieces if y - x >= 1]
        if pieces and pieces[0][1] - pieces[0][0] >= 2:
            words = " ".join(text[x:y] for x, y in pieces)
            out.append(Span(pieces[0][0], pieces[-1][1], tuple(pieces), words, "A"))
    return out


def _answers_go_on(text: str, spans: list[Span]) -> list[Span]:
    """An interview's answer right after a question (a dash paragraph with no attribution,
    or a plain answer after a bold question) goes on over the first-person paragraphs after it
    («— В июне. Мы уже готовы.» / «Мы набрали сорок преподавателей.»), as a «Ответ:» does."""
    paragraphs = _paragraph_bounds(text)
    starts = [a for a, _ in paragraphs]
    taken = {sp.start for sp in spans}
    out = []
    for sp in spans:
        k = bisect_right(starts, sp.start) - 1
        if (
            sp.open_mark not in "—?"
            or len(sp.pieces) != 1
            or k < 1
            or text[sp.end : paragraphs[k][1]].strip()
            or not _is_question(text[slice(*paragraphs[k - 1])])
        ):
            out.append(sp)
            continue
        pieces = list(sp.pieces)
        while (
            k + 1 < len(paragraphs)
            and paragraphs[k + 1][0] not in taken
            and _goes_on_answering(text[slice(*paragraphs[k + 1])])
        ):
            k += 1
            pa, pb = paragraphs[k]
            pa += len(text[pa:pb]) - len(text[pa:pb].lstrip())
            pieces.append((pa, len(text[pa:pb].rstrip()) + pa))
        if len(pieces) == 1:
            out.append(sp)
            continue
        words = " ".join(text[x:y] for x, y in pieces)
        out.append(Span(sp.start, pieces[-1][1], tuple(pieces), words, sp.open_mark))
    return out


def _with_dialogue(spans: list[Span], dialogue: list[Span]) -> list[Span]:
    """The scanner's spans with the dialogue paragraphs added; a quotation inside a dialogue
    paragraph's words is part of them (nested), not a quotation of its own."""
    if not dialogue:
        return spans
    kept = [
        sp
        for sp in spans
        if not any(d.start <= sp.start and sp.end <= d.end + 1 for d in dialogue)
        and not any(sp.start <= d.start < sp.end for d in dialogue)
    ]
    return sorted(kept + dialogue, key=lambda sp: sp.start)


def _speech_verb_patterns() -> tuple[str, str]:
    """The English and Russian speech verbs as regex alternations, longest first (built once)."""
    en = "|".join(sorted(SPEECH_VERBS_EN, key=len, reverse=True))
    forms = [v + "а" if v.endswith("л") else v for v in SPEECH_VERBS_RU]
    forms += [v + "а" for v in SPEECH_VERBS_RU if v.endswith("ен") or v.endswith("ден")]
    ru = "|".join(_yo(v) for v in sorted(set(SPEECH_VERBS_RU) | set(forms), key=len, reverse=True))
    return en, ru


def _yo(word: str) -> str:
    """A Russian word as a pattern that also matches it written with ё («убеждён», «признаёт»):
    copy writes ё or е at will."""
    return word.replace("е", "[её]")


_VERBS_EN, _VERBS_RU = _speech_verb_patterns()
# The speech-verb patterns of ``_presented_as_person``, compiled once (they were rebuilt from
# the word sets at every candidate name).
_EN_ALT = "|".join(sorted(SPEECH_VERBS_EN))
_ROLE_OR_VERB_BEFORE_RU = re.compile(
    r"(?i)(?<![\w-])(?:"
    + "|".join(_yo(v) for v in sorted(SPEECH_VERBS_RU))
    + r")[а-я]*\s+$|(?<![\w-])(?:[а-яё]+-)?(?:"
    + "|".join(DESCRIPTORS_RU)
    + r")[а-яё]*\s+$"
)
_VERB_AFTER_RU = re.compile(r"\s+(" + "|".join(_yo(v) for v in sorted(SPEECH_VERBS_RU)) + r")")
_VERB_AFTER_EN = re.compile(r"\s+(?:" + _EN_ALT + r")\b")
_VERB_BEFORE_EN = re.compile(r"(?:\b(?:" + _EN_ALT + r")|(?i:according to))\s+$")
_APPOSITIVE_THEN_VERB_EN = re.compile(r"\s*,[^,.]{2,80},\s*(?:" + _EN_ALT + ")")
#: The lower-case words right before a name ("the country's industry minister, ").
_LOWER_WORDS_BEFORE = re.compile(r"(?:[a-zа-яё][\w'’-]*,?\s+){1,4}$")
_ROLE_BEFORE_EN = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS_EN)) + r"),?\s+$")
_ROLE_PHRASE_BEFORE_EN = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(sorted(ROLE_NOUNS_EN))
    + r")\s+(?:of|for|at)\s+[^,.;:!?\n]{1,60},\s+$"
)
#: What may stand between a reporting verb and its clause: "told reporters (that)", "told the
#: Kyrgyz side that", ", that".
_REPORTED_OBJECT = (
    r"(?:\s+(?:reporters|journalists|us|him|her|them|the(?:\s+[\w'’-]+){1,3}))?,?\s+(?:that|что)\b"
    # "said afterwards that", "said after the briefing that", "was quoted as saying by Xinhua
    # that" (round 8), "warned in a speech last year that" (round 9): up to
    # tuning.MAX_WORDS_BEFORE_THAT_EN lower-case words, or a capitalised one after by/to/on/in.
    r"|(?:\s+(?:[a-z][\w'’-]*|(?<=by\s|to\s|on\s|in\s)[A-Z][\w'’-]*))"
    rf"{{1,{tuning.MAX_WORDS_BEFORE_THAT_EN}}},?\s+that\b"
    r"|\s+(?:reporters|journalists)\b"
    # «рассказал в интервью изданию «24.kg», что …»: up to five lower-case words and an
    # outlet's name in «» before «, что».
    r"|(?:\s+(?:[а-яё]+|«[^«»\n]{1,40}»)){1,5},\s+что\b"
)
#: A TV script's label at a paragraph's start («КОРРЕСПОНДЕНТ: », «СИНХРОН: »).
_SCRIPT_LABEL = re.compile(r"\s*[А-ЯЁ]{3,}(?:[ \t]+[А-ЯЁ]{2,})?[ \t]*:[ \t]*")
#: A reported clause with its attribution at the end of the sentence.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:according to\s+(?P<to>[\w'’-]+(?:\s+[\w'’-]+){0,3})"
    r"|(?P<before>[\w'’-]+(?:\s+[\w'’-]+){0,3})\s+(?:said|says|added)"
    r"|(?:said|says|added)\s+(?P<after>[\w'’-]+(?:\s+[\w'’-]+){0,3}))\.?$"
)
#: «CLAUSE, сообщил в субботу заместитель министра X.»: the verb after the clause's comma.
_TRAILING_ATTRIBUTION_RU = re.compile(
    rf",\s+(?:[{_DASHES}]\s+)?({_VERBS_RU})(?![\w-])[^.;:]{{0,200}}?\.?$"
)
#: Any speech verb, as a whole word.
_ANY_SPEECH_VERB = re.compile(rf"(?<![\w-])({_VERBS_RU}|{_VERBS_EN})(?![\w-])")
#: «A, — сказал X. — B»: group 1 is the attribution between the parts, group 2 its verb.
_INTERRUPTION = re.compile(
    rf"[,!?…]\s+([{_DASHES}]\s+({_VERBS_RU})\b(?:[^.«»„“]|(?<=\s[А-ЯЁ])\.)*[.,])\s+[{_DASHES}]\s+"
)


# --- name forms --------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase, ё->е, no accents, apostrophes dropped: the form names are compared in.
    (Cached: a check of many sources folds the same few thousand words over and over.)"""
    word = word.casefold().replace("ё", "е")
    if not re.search(r"[а-я]", word):  # accents off Latin letters only: й is not и
        word = unicodedata.normalize("NFKD", word)
        word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return re.sub(r"['’ʼ`]", "", word)


def name_stem(word: str) -> str:
    """A name token without its Russian case ending (Latin names are returned folded)."""
    w = fold(word)
    if not re.search(r"[а-я]", w):
        return w
    # A soft or -й stem declines on the letter before it: Лэй/Лэя/Лэем, Минь/Миня, Игорь/Игоря
    # are one stem each. Not -ой/-ей/-ий/-ый, which are case endings (Нурлановой) or adjectives.
    if len(w) >= 3 and (w[-1] == "ь" or (w[-1] == "й" and w[-2] in "эауюя")):
        return w[:-1]
    for ending in _RU_ENDINGS:
        stem = w[: -len(ending)]
        if w.endswith(ending) and (
            len(stem) >= 3 or (len(stem) == 2 and stem[-1] in _RU_VOWELS and ending in "яюем")
        ):
            return stem
    return w


_RU_VOWELS = "аеиоуыэюяё"


def same_token(a: str, b: str) -> bool:
    """Do two name tokens name the same word, allowing Russian case forms?"""
    fa, fb = fold(a), fold(b)
    if fa == fb or name_stem(fa) == name_stem(fb):
        return True
    # «А. Сейткали»: an initial is the given name it starts («Айгерим»). (Plain comparisons,
    # no regex: every name check of a load goes through here.)
    if len(fa) == 2 and fa[1] == ".":
        return len(fb) > 2 and fb[0] == fa[0] and "а" <= fa[0] <= "я"
    if len(fb) == 2 and fb[1] == ".":
        return len(fa) > 2 and fa[0] == fb[0] and "а" <= fb[0] <= "я"
    return False


def _same_forms(toks: Sequence[str], full: Sequence[str]) -> bool:
    """Is every token written exactly as one token of the full name (folded)?"""
    folded = {fold(t) for t in full}
    return all(fold(t) in folded for t in toks)


def name_tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    """(Cached: the same names are split again at every mention and every comparison.)"""
    return tuple(t for t in _NAME_SPLIT.split(name.strip()) if t)


_NAME_SPLIT = re.compile(r"[\s,]+")


def names_match(text_name: str, forms: Iterable[str]) -> bool:
    """Does a name as the text gives it ("Safarov", "Сафарова", "Saifullo Safarov") refer to
    a person known by ``forms`` (name, aliases, Russian name)? Every token of the text's name
    match its own token of one form, so a surname matches the full name but "Wang Li" does not
    match "Wang Lei", nor "Sukhbaatar Sukhbaatar" "Sukhbaatar Sukhtsetseg"."""
    toks = name_tokens(text_name)
    if not toks:
        return False
    for form in forms:
        free = name_tokens(form)
        for t in toks:  # each token of the text's name takes a different token of the form
            hit = next((f for f in free if same_token(t, f)), None)
            if hit is None:
                break
            free.remove(hit)
        else:
            return True
    return False


def gender_of_name(name: str) -> Gender:
    """Grammatical gender a Russian-style surname shows, in either script (-ova/-ова female)."""
    toks = name_tokens(name)
    if not toks:
        return None
    last = fold(toks[-1])
    last_ru = last
    if re.search(r"(?:ova|eva|yova|ina|yna|skaya|aya)$", last) or _RU_FEMININE_SURNAME.search(
        last_ru
    ):
        return "f"
    # Not "-in" in Latin letters: Chinese given names end so ("Zhao Meilin", "Li Jin"), and a
    # wrong gender sends "she" past the person; an unknown one fits either pronoun.
    if re.search(r"(?:ov|ev|yev|sky|skiy)$", last) or _RU_MASCULINE_SURNAME.search(last_ru):
        return "m"
    # Only when the surname shows nothing (Сейткали, Юн): the dictionary's gender of Central
    # Asian given names is not to be trusted over a surname (it has «Бактыгуль» as a man's).
    if len(toks) >= 2:
        return _given_name_gender(toks[0])
    return None


@lru_cache(maxsize=4096)
def _given_name_gender(token: str) -> Gender:
    """The gender of a Russian-script given name («Мадина Юн», «Айгерим Сейткали»), when the
    dictionary is sure of it; Latin letters and unknown or two-gender names give none."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", token):
        return None
    score: dict[str, float] = {}
    for parse in T.morph().parse(token):
        if not parse.is_known:  # a guess from the ending («Бактыгуль» is not a man's name)
            continue
        tag = parse.tag
        if "Name" in tag and "sing" in tag and tag.gender in ("masc", "femn"):
            score[tag.gender] = score.get(tag.gender, 0.0) + parse.score
    if len(score) != 1:
        return None
    gender, total = next(iter(score.items()))
    if total < tuning.MIN_GIVEN_NAME_SCORE:
        return None
    return "m" if gender == "masc" else "f"


# --- analysis ----------------------------------------------------------------------------------


@dataclass
class TextPerson:
    """A person the text names: the full name as first introduced, and what it says of them."""

    name: str
    first: int  # offset of the first mention
    gender: Gender = None
    #: The text right after the first full mention (", chairman of …") or the title before it.
    appositive: str = ""
    title_before: str = ""
    sentence: str = ""


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: int  # index into Analysis.people


@dataclass(frozen=True)
class Quotation:
    """A quotation the text attributes to a person (``speaker`` is None when it does not)."""

    text: str
    start: int
    end: int
    speaker: str | None
    #: How the speaker was found: said_X, X_said, colon_intro, according_to, partial,
    #: continuation, interrupted, pronoun, descriptor, interview; ``ORGANISATION_CUE`` when
    #: ``speaker`` is an organisation or a document, not a person.
    cue: str
    #: The name as written at the attribution (a surname, a pronoun, "дипломат").
    written: str = ""


@dataclass(frozen=True)
class Paraphrase:
    """Reported speech without quote marks: "X said (that) …", "according to X, …"."""

    text: str
    start: int
    speaker: str
    #: The clause stops where a quotation starts ("X said the deal would give "…"").
    mixed: bool = False


@dataclass
class Analysis:
    text: str
    language: str
    spans: list[Span]
    quotations: list[Quotation]
    not_speech: list[Span]
    paraphrases: list[Paraphrase]
    people: list[TextPerson]
    mentions: list[Mention] = field(default_factory=list)
    #: Quotations of the article's headline (``start``/``end`` are offsets in the headline),
    #: each with the speaker the body gives the same words (``bot.importer.extract``).
    headline: list[Quotation] = field(default_factory=list)

    _keyed: tuple[dict[str, list[Quotation]], list[tuple[str, Quotation]]] | None = None

    def keyed(self) -> tuple[dict[str, list[Quotation]], list[tuple[str, Quotation]]]:
        """Normalised quotation texts, computed once: by exact key, and in text order."""
        if self._keyed is None:
            exact: dict[str, list[Quotation]] = {}
            keyed = [(normalise(q.text), q) for q in self.quotations]
            for text, q in keyed:
                exact.setdefault(text.rstrip(",. "), []).append(q)
            self._keyed = (exact, keyed)
        return self._keyed


#: A Russian initial before a surname («А. Сейткали»), and after the initial itself.
_INITIAL_BEFORE = re.compile(r"(?:^|[^\w.])([А-ЯЁ])\.[ \t]+$")
_INITIAL_AFTER = re.compile(r"\.[ \t]+[А-ЯЁ][а-яё]")
_CAP = r"[A-ZА-ЯЁ][\w'’\-]*"
_CAP_SEQ = re.compile(rf"{_CAP}(?:\s+{_CAP})*")
_CAP_RE = re.compile(_CAP)
#: What the three characters before a capitalised word end with when it opens a sentence.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…]\s*|[\n—–-]\s*|[«„“\"]\s*)$")
_WORD_RE = re.compile(r"[\w'’\-]+")


def detect_language(text: str) -> str:
    cyr = len(re.findall(r"[а-яё]", text, re.I))
    lat = len(re.findall(r"[a-z]", text, re.I))
    return "ru" if cyr > lat else "en"


def _common_english_word(token: str) -> bool:
    """ "Officials said", "Analysts said": a plural or common noun next to a speech verb is no
    one's surname (surnames of people named in full are matched before this is asked)."""
    if re.search(r"[А-ЯЁа-яё]", token):
        return False
    from bot.text import is_dictionary_word

    return is_dictionary_word(fold(token))


_NAME_TAGS = ("Name", "Surn", "Patr")


@lru_cache(maxsize=4096)
def _common_russian_word(token: str) -> bool:
    """A capitalised Russian word that the dictionary knows only as a common word (a sentence
    starting "Режиссер Чэнь Ли …"): not part of a name."""
    parses = [p for p in T.morph().parse(token) if p.is_known]
    return bool(parses) and not any(t in str(p.tag) for p in parses for t in _NAME_TAGS)


@lru_cache(maxsize=65536)
def _is_not_name(token: str, lang: str, sentence_start: bool = False) -> bool:
    """``sentence_start``: the token opens a sentence, so its capital letter says nothing and a
    dictionary word there ("Режиссер Чэнь Ли …") is a common noun. Elsewhere the capital wins:
    "посол Хэ Линь" keeps Линь although the dictionary knows the word. (Cached: a pure function
    of its arguments, asked about the same words in every source.)"""
    f = fold(re.sub(r"['’]s$", "", token))
    if lang == "ru" and not re.search(r"[а-я]", f):
        # Russian copy writes people's names in Cyrillic; Latin letters there are a company's
        # or a brand's («представитель China Southern Airlines Сунь Мэйлин», «Tianshan Cloud»).
        return True
    if re.search(r"[а-я]", f):
        return (
            f in NOT_NAMES_RU_WORDS
            or any(f.startswith(s) for s in NOT_NAMES_RU_STEMS)
            or _is_descriptor_ru(f)
            or (token.isupper() and len(token) > 1)  # an abbreviation (РАН, ШОС), as in English
            # «ИТ-компаний», «IT-парк»: an abbreviation joined to a common word
            or bool(re.fullmatch(r"[A-ZА-ЯЁ]{2,}-[a-zа-яё][\w-]*", token))
            or (sentence_start and _common_russian_word(token))
        )
    return f in NOT_NAMES_EN or f in TITLE_WORDS_EN or (token.isupper() and len(token) > 1)


def _looks_like_surname(token: str) -> bool:
    """A Russian-script surname form in any case (Касымов, Касымова, Абдраимовой), or a word
    the dictionary knows as a surname."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё-]+", token):
        return False
    if _common_russian_word(token):  # «Таласская (долина)»: an adjective the dictionary knows
        return False
    stem = name_stem(token)
    if any(
        r.search(w)
        for w in (fold(token), stem)
        for r in (_RU_FEMININE_SURNAME, _RU_MASCULINE_SURNAME)
    ):
        return True
    # Surnames only: a given name alone after a lower-case word is rare in news copy, and the
    # dictionary's given names include place forms («в Урумчи и Сиане»).
    return any("Surn" in p.tag for p in T.morph().parse(token) if p.is_known)


def _nominative_masculine(name: str) -> str:
    """«Таланта Мамытова» -> «Талант Мамытов», «Андрея Петрова» -> «Андрей Петров»: a man's
    name introduced in the genitive, back in the form a draft files it under."""
    toks = name_tokens(name)
    out = []
    for t in toks:
        if t.endswith("я") and len(t) > 3:
            out.append(t[:-1] + "й")
        elif t.endswith("а") and len(t) > 3:
            out.append(t[:-1])
        else:
            out.append(t)
    return " ".join(out)


def _nominative_by_patronymic(name: str) -> str:
    """«по словам заместителя министра Шерзода Бахтиёровича Рахимова» -> «Шерзод Бахтиёрович
    Рахимов», «Асели Маратовны Жунусовой» -> «Асель Маратовна Жунусова»: a patronymic in the
    genitive (-ича, -овны) shows the case and the gender of a three-word name whatever governs
    it, so the name is filed in the nominative — and a later «Рахимов» is this man, not his
    namesake «Дилноза Рахимова». Other names are returned as they are."""
    toks = name_tokens(name)
    if len(toks) != 3 or not all(re.fullmatch(r"[А-ЯЁ][а-яё-]+", t) for t in toks):
        return name
    given, patronymic, surname = toks
    if re.search(r"(?:ов|ев)ича$", patronymic):
        return _nominative_masculine(name)
    if re.search(r"(?:овн|евн|ичн)ы$", patronymic) and re.search(r"(?:ов|ев|ёв|ин|ын)ой$", surname):
        if given.endswith("ы") or re.search(r"[гкхжшчщ]и$", given):
            given = given[:-1] + "а"
        elif given.endswith("ии"):
            given = given[:-1] + "я"
        elif given.endswith("и"):
            given = given[:-1] + "ь"
        return f"{given} {patronymic[:-1]}а {surname[:-2]}а"
    return name


#: Stems of the region's countries and nationalities in Russian («китайский менеджер»,
#: «директор китайской компании», «посол КНР»), by country.
NATIONALITIES_RU: tuple[tuple[str, str], ...] = (
    ("кита", "cn"),  # китайский, Китая, Китаю: «китай» missed the genitive «Китая»
    ("кнр", "cn"),
    ("казахстан", "kz"),
    ("казах", "kz"),
    ("кыргыз", "kg"),
    ("киргиз", "kg"),
    ("узбек", "uz"),
    ("таджик", "tj"),
    ("туркмен", "tm"),
    ("росси", "ru"),
)


#: The same in English ("the Chinese official", "Tajik Deputy Minister …", "of Kazakhstan"):
#: a nationality before a role narrows it to the people the text introduced with it.
NATIONALITIES_EN: tuple[tuple[str, str], ...] = (
    ("chin", "cn"),  # China, Chinese
    ("kazakh", "kz"),
    ("kyrgyz", "kg"),
    ("uzbek", "uz"),
    ("tajik", "tj"),
    ("turkmen", "tm"),
    ("russia", "ru"),
)


def _nationality(word: str) -> str | None:
    """The country a folded Russian or English word names or makes an adjective of, as
    «nation:cn»."""
    for stem, country in (*NATIONALITIES_RU, *NATIONALITIES_EN):
        if word.startswith(stem):
            return "nation:" + country
    return None


@lru_cache(maxsize=4096)
def _finite_verb_ru(word: str) -> bool:
    """Is a Russian word, most likely, a finite verb in the third person singular or the past
    («смеётся», «вздохнула»), the form a subject right after it agrees with?"""
    parses = T.morph().parse(word)
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS == "VERB" and "sing" in tag and ("3per" in tag or "past" in tag)


@lru_cache(maxsize=4096)
def _possessed_noun_ru(word: str) -> bool:
    """Is a Russian word after «его»/«её», most likely, a noun (so the pronoun is a possessive:
    «его заместитель»), not a verb or an adverb («сказал его коллеге», «его тоже»)?"""
    if not re.fullmatch(r"[а-яё-]+", word):
        return False
    parses = T.morph().parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _is_descriptor_ru(word: str) -> bool:
    """«министр», «дипломата»; also the last part of a compound title («вице-министр»)."""
    return any(
        part.startswith(d) for part in (word, word.rsplit("-", 1)[-1]) for d in DESCRIPTORS_RU
    )


def _describes_a_person(phrase: str) -> bool:
    """An appositive ("the deputy minister", "глава ассоциации") names a role; a clause
    ("freight volumes rose by 18 percent") does not."""
    words = [fold(w) for w in _WORD_RE.findall(phrase)]
    return any(
        w in ROLE_NOUNS_EN or (re.search("[а-я]", w) and _is_descriptor_ru(w)) for w in words
    )


def _descriptor_stems(word: str) -> set[str]:
    """The descriptors a folded word is: itself in English, the Russian stems it starts with
    (also its last hyphenated part: «вице-министр» is a «министр»)."""
    if word in ROLE_NOUNS_EN:
        return {word}
    parts = (word, word.rsplit("-", 1)[-1])
    found = {d for d in DESCRIPTORS_RU for part in parts if part.startswith(d)}
    if word.startswith("главн"):
        found.discard("глав")  # «Главного таможенного управления» is main, not head (round 9)
    # «замминистра» is «заместитель министра» in one word: either role points to the person.
    # «посла», «послу», «послом»: the «о» of «посол» drops out of its other cases.
    if word in ("посла", "послу", "послом"):
        found.add("посол")
    if word.startswith("замминистр"):
        found |= {"заместител", "министр"}
    # «глава ведомства» is whoever heads it: its «председатель», «руководитель», …
    if "глав" in found:
        found |= HEAD_ROLES_RU
    # «дипломат ответил» after «посол Китая … Чжан Хунбо»: a diplomat is whoever holds a
    # diplomatic post (round 10).
    if word.startswith("дипломат"):
        found |= DIPLOMATIC_ROLES_RU
    return found


#: The posts «дипломат» stands for in a later mention.
DIPLOMATIC_ROLES_RU: frozenset[str] = frozenset("посол консул атташе".split())


#: The roles «глава» (head of) stands for in a later mention («председатель Таможенного
#: комитета … ответил глава ведомства»).
HEAD_ROLES_RU: frozenset[str] = frozenset(
    "председател руководител директор начальник министр аким мэр президент".split()
)


def _genitive_role_before(before: str) -> bool:
    """«пресс-конференция министра экономики Кыргызстана Данияра Амангельдиева»: a role
    phrase right before a name, with no punctuation between, whose head (its first role word)
    is in the genitive (or the animate accusative, the same form) puts the name in that case
    too; «заместитель министра иностранных дел Мадина Ержанова» is headed by a nominative."""
    chunk = re.search(r"(?:[^\s,.;:!?«»—–]+\s+){1,10}$", before)
    if chunk is None:
        return False
    roles = [fold(w) for w in _WORD_RE.findall(chunk.group(0)) if _is_descriptor_ru(fold(w))]
    return bool(roles) and _genitive_singular(roles[0])


@lru_cache(maxsize=4096)
def _genitive_singular(word: str) -> bool:
    """Is a Russian word, most likely, a noun in the genitive singular («министра», «посла»)?"""
    parses = T.morph().parse(word)
    if not parses:
        return False
    tag = parses[0].tag
    return "gent" in tag and "sing" in tag


@lru_cache(maxsize=4096)
def _dative_name_ru(token: str) -> bool:
    """Is a Russian name's last word, most likely, in the dative and in no reading the
    nominative («Рахимову», «Гульнаре», «Жасуру»; not «Ван», «Асанова», «Касымовой»)?"""
    if not re.fullmatch(r"[А-ЯЁ][а-яё-]+", token):
        return False
    parses = [p for p in T.morph().parse(token) if p.is_known]
    if not parses:
        # A surname the dictionary does not know («Садырову»): its ending says the case.
        return bool(re.search(r"(?:ов|ев|ёв|ин|ын)у$", token))
    return "datv" in parses[0].tag and not any("nomn" in p.tag for p in parses)


@lru_cache(maxsize=4096)
def _place_in_genitive(token: str) -> bool:
    """Does the dictionary know a capitalised Russian word only as a place, most likely in the
    genitive («Нарына», «Туркестана», «Алматы»)? Not a word it also knows as a name or a
    surname («Синьцзяна», «Асанова»), nor one whose likeliest form is the nominative («Цао»,
    «Медина»): those may open a name."""
    parses = [p for p in T.morph().parse(token) if p.is_known]
    return bool(parses) and all("Geox" in p.tag for p in parses) and "gent" in parses[0].tag


@lru_cache(maxsize=4096)
def _nominative_singular(word: str) -> bool:
    """Is a Russian word, most likely, a noun in the nominative singular («вице-премьер
    напомнила», «Посол поддержал»): the subject of its sentence, not «министра»/«экспертов»."""
    parses = T.morph().parse(word)
    if not parses:
        return False
    tag = parses[0].tag
    return "nomn" in tag and "sing" in tag


def _is_title(token: str) -> bool:
    return fold(token) in TITLE_WORDS_EN


def _masked(text: str, spans: Sequence[Span], keep: Sequence[tuple[int, int]] = ()) -> str:
    """The text with every quotation's inside blanked out (same length), so that rules never
    read the words inside a quotation as the article's own. (Built from slices, not character
    by character: it runs twice on every source at every load.)"""
    out: list[str] = []
    pos = 0
    for a, b in sorted(p for s in spans for p in s.pieces):
        a = max(a, pos)
        if b <= a:
            continue
        out.append(text[pos:a])
        piece = text[a:b]  # a piece never spans a line break; the sub is only a safeguard
        out.append(_NOT_NEWLINE.sub("\u2588", piece) if "\n" in piece else "\u2588" * len(piece))
        pos = b
    out.append(text[pos:])
    masked = "".join(out)
    for a, b in keep:  # the article's own words inside a quotation ("— сказал X.")
        masked = masked[:a] + text[a:b] + masked[b:]
    return masked


_NOT_NEWLINE = re.compile(r"[^\n]")


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


#: A subject pronoun right before a speech verb ("what he called", "как она сказала").
_PRONOUN_BEFORE_VERB = re.compile(r"(?i)(?<![\w-])(he|she|он|она)\s+$")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|of|в|во|из|под|около)\s+$")
#: Prepositions whose object is not the subject a later "he"/"she" points back to.
_AFTER_PREPOSITION = re.compile(
    r"(?i)\b(?:with|to|by|from|for|of|on|about|at|in|beside|alongside|against|between|among|"
    r"behind|near|than|like|after|before|toward|towards|without|including|under|over)\s+$"
)
#: An unnamed source: a source word, up to three words, and a place preposition and a
#: lower-case word («собеседник агентства в таможенном комитете», «источник в правительстве»)
#: or a participle saying who they are after a comma («собеседник агентства, знакомый с ходом
#: переговоров», «…, пожелавший остаться неназванным»). An outlet's name in «» may stand among
#: the words («собеседник «Ошского вестника» в управлении»).
_ANONYMOUS_SOURCE_RU = re.compile(
    r"(?i)(?<![\w-])(?:собеседни|источни|представител)[а-яё]*(?:\s+(?:[а-яё]+|«[^«»\n]{1,40}»)){0,3}?"
    r"(?:\s+(?:в|во|из|при)\s+[а-яё]|,\s+(?:не\s+)?(?:знаком|близк|пожелавш|попросивш|"
    r"осведомл|участвовавш)[а-яё]*)"
)
#: Someone presented by a nickname, not a name («пользовательница под ником «…»»).
_NICKNAME_RU = re.compile(r"(?i)(?<![\w-])под\s+(?:ником|никнеймом|псевдонимом)(?![\w-])")
#: A person the text says it does not name, whatever the noun before («Участник переговоров
#: …, пожелавший остаться неназванным»): an unnamed source where the participle stands.
_UNNAMED_PARTICIPLE_RU = re.compile(
    r"(?i),\s+(?:пожелавш|попросивш)[а-яё]*\s+(?:остаться\s+неназванн|не\s+называть"
    r"|сохранить\s+анонимност|не\s+раскрывать)"
)
#: The words of an unnamed source, on their own: unnamed when no one named before has the role.
#: («собеседник агентства» alone is, in news copy, the person the agency spoke to, named before.)
_SOURCE_WORD_RU = re.compile(
    r"(?i)(?:(?P<adj>[а-яё]+)\s+)?(?<![\w-])(?P<w>(?:источни|представител)[а-яё]*)"
    r"(?:\s+(?P<org>[а-яё]+))?"
)


#: An unnamed source of English copy: an indefinite "a/an/one" and up to four words before a
#: source noun ("A spokesperson for the Kyrgyz cabinet", "An official who asked not to be named",
#: "A Chinese diplomat in Almaty, who declined to be named"), followed by what says the text
#: does not name them (anonymity) or by a qualifier (for/at/from/in/of/with …; not "a source
#: of energy"). Wire copy introduces a named person without the article ("Kyrgyz Transport
#: Minister Almazbek Tokonov");
#: a name right after ("a spokesperson for the ministry, Ivan Petrov") is a later mention, so a
#: pronoun or role after it still points to that person; an appositive after a name ("Ivan
#: Petrov, a spokesperson for …") is not an unnamed source at all.
_ANONYMOUS_SOURCE_EN = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<w>spokesperson|spokesman|spokeswoman|official|diplomat|source|representative|aide"
    r"|insider|officer|employee|staffer|negotiator|officials|diplomats|sources)\b"
    r"(?P<q>[^.!?\n]{0,80}?(?:on condition of anonymity|anonymously|not to be (?:named|identified)"
    r"|to be (?:named|identified)|not authori[sz]ed to)"
    r"|\s+(?:for|at|from|in|with|close to|familiar with)\s|(?<!source)(?<!sources)\s+of\s"
    r"|(?=\s+(?:said|says|told|added)\b))"
)


#: An indefinite word and up to three words before a role ("a farmer", "one farmer near",
#: «один узбекский чиновник», «некий»): someone the text introduces here, not someone named.
_INDEFINITE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:a|an|one|another|один|одна|некий|некая|другой|другая)\s+(?:[\w'’-]+\s+){0,3}$"
)

#: An age in apposition right after a name: "Zhang Wei, 46,", «Данияр Касымов, 41 год,».
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*(?:,|(?:год|года|лет)(?![\w-]))")

#: "Mr. Zhang", "Ms Zhang": the honorific right before a mention.
_HONORIFIC_BEFORE_EN = re.compile(r"(?<![\w-])(Mr|Ms|Mrs)\.?\s+$")
#: An honorific's full stop, which ends no sentence ("Mr. Li said").
_HONORIFIC_STOP_EN = re.compile(r"(?<![\w-])(?:Mr|Ms|Mrs|Dr)\.")
#: The next sentence opening with "He"/"She" (after the previous sentence's end).
_PRONOUN_OPENS_EN = re.compile(r"\s*(He|She)(?![\w-])")

#: A broadcast script's speaker label in capitals before a quotation that fills the rest of
#: the paragraph: «ДАВЛАТОВ (синхрон): «», "ORAZOV (via interpreter): "".
_SCRIPT_SPEAKER = re.compile(
    r"[ \t*]*([A-ZА-ЯЁ][A-ZА-ЯЁ'’-]{2,})[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:[ \t]*[«„“\"]"
)

#: «…», — смеётся она: a dash, a lower-case verb and its subject's first word.
_MANNER_VERB_RU = re.compile(
    rf"\s*[,.!?]?\s*[{_DASHES}]+\s*([а-яё]{{3,}})\s+([А-ЯЁ][а-яё]+|он|она)(?![\w-])"
)

#: A possessive and up to two words before a role: "his deputy", "her press secretary",
#: «их представитель» — that person's deputy, not that person.
_POSSESSIVE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:his|her|their|its|их)\s+(?:[\w'’-]+\s+){0,2}$")

#: A passive before a verb of saying ("Rakhimov was told", "they were asked"): its subject
#: is who heard the words, not who said them.
_PASSIVE_BEFORE_EN = re.compile(r"(?i)(?<![\w-])(?:was|were|been|being|is|are|am)\s*$")

#: A subject of lower-case words next to an English verb of saying, naming no one: "a truck
#: driver", "one driver", "drivers", "local traders" (a determiner and up to three words).
_UNNAMED_SUBJECT_EN = re.compile(
    r"\s*(?:(?:a|an|one|another|some|several|many|two|three|local|other)\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*"
)

#: A verb of quoting someone else's words: its object, not its subject, is whose they are.
_QUOTING_VERB = re.compile(
    r"(?i)(?<![\w-])(?:процитировал[аи]?|цитирует|цитировал[аи]?|привел[аи]?\s+слова|"
    r"привёл\s+слова|quoted|quotes|cited|cites|"
    # «сослался на доклад: «…»», «ссылаясь на слова президента: «…»» (round 10)
    r"сослал(?:ся|ась|ись)\s+на|ссылается\s+на|ссылаются\s+на|ссылаясь\s+на)(?![\w-])"
)

#: Right after an English quotation: a subject (a capitalised name, "he"/"she", "the" and one
#: or two words) and one lower-case verb, perhaps with "back", closing the sentence; or the verb
#: first, then a capitalised name ("countered Abdykadyrov.").
_ANY_VERB_AFTER_EN = re.compile(
    r"[ \t]*,?[ \t]*(?:(?P<subj>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}|he|she"
    r"|the[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?)[ \t]+[a-z]{3,}(?:[ \t]+back)?"
    r"|[a-z]{3,}(?:[ \t]+back)?[ \t]+(?P<subj2>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}))"
    r"[ \t]*[.!?]"
)

#: What follows an English quotation that ended its sentence: a capitalised word starts the next.
_NEW_SENTENCE_AFTER_EN = re.compile(r"[ \t]+[A-Z]")

#: The opening of an English paragraph that names whose the quotation before it was:
#: "That is how …", "Those were the words of …", "So says …" (round 8).
_NEXT_PARAGRAPH_NAMES = re.compile(
    r"\s*(?:(?:That|This|Those|These|Such)\s+(?:is|was|were|are)\s+(?:how|what|the\s+words\s+of"
    r"|the\s+view\s+of|the\s+verdict\s+of)|So\s+(?:says|said))\s+"
)

#: An English sentence whose subject is a description: "The ambassador smiled.", "Asked
#: about that remark, the 54-year-old smiled." (after an opening clause).
_DESCRIBED_SUBJECT_EN = re.compile(
    r"\s*(?:[A-Z][^,.]{0,80},\s+)?[Tt]he\s+(?:(?P<age>\d{1,3})-year-old|(?P<role>[a-z]+))\s+[a-z]"
)

#: A lower-case noun of a place right before its (capitalised) name («провинции Ганьсу»).
_PLACE_NOUN_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:провинци|област|район|город|округ|уезд|штат)[а-яё]*\s+$"
)
#: A noun whose genitive is who asked or proposed («на вопрос Чэня», «по просьбе Исабекова»).
_ASKER_BEFORE_RU = re.compile(
    r"(?i)(?<![\w-])(?:вопрос[ау]?|просьб[еуы]|предложени[юея]|приглашени[юея])\s+$"
)
#: A word that gives someone another name: «его все зовут Аза», «по прозвищу Аза».
_ALIAS_BEFORE_RU = re.compile(
    r"(?i)(?<![\w-])(?:зовут|звали|называют|называли|прозвали|прозвищу|кличке)\s+$"
)
#: A lower-case word, a figure or a comma right before a capitalised run: inside a sentence.
_LOWER_BEFORE_RU = re.compile(r"[а-яё\d,]\s+$")
#: A Russian surname in the dative or the instrumental («Рахимову», «Рахимовым», «Асановой»,
#: «Белоусовскому»), the forms a verb's object or a preposition's takes.
_OBLIQUE_SURNAME_RU = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:у|ым|ой)$|(?:ск|цк)(?:ому|им|ой)$")
#: A patronymic («Асанович», «Маратовна»): the word before it is a given name, not a place
#: («в области Нурлан Асанович Токтосунов» is one person, unlike «провинции Ганьсу Чжоу Пэн»).
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)[аеуыой]?[мй]?$")
#: «возразил коллега», «ответила ему коллега»: the other person, not a role.
_COLLEAGUE_RU = re.compile(r"коллег(?:а|и|е|у|ой)")
#: A comparison before a role («как и министр», «чем посол»): the role is not the subject.
_COMPARED_BEFORE_RU = re.compile(r"(?i)(?<![\w-])(?:как(?:\s+и)?|чем|кроме|помимо)\s+$")
#: What follows a transcript's label («Ван:», «**Жумабеков:**»).
_LABEL_AFTER = re.compile(r"[ \t]*(?:\*\*)?[ \t]*:")
#: A Russian verb in the feminine past right after a name («Лю Мэйлин сообщила»).
_FEMININE_VERB_AFTER = re.compile(r"\s+[а-яё]{2,}[аеиоуыя]ла(?:сь)?\b")
#: «…», — цитирует пресс-служба слова X / приводит агентство слова X: the words are X's.
_QUOTING_WORDS_RU = re.compile(
    rf"\s*[,.!?]?\s*[{_DASHES}]+\s*(?:(?:цитирует|цитируют)\s"
    r"|(?:приводит|приводят|передает)\s(?:[^.!?;«»]{0,80}?\s)?слова\s)"
)
#: A Russian preposition before a name, up to five words back with no punctuation between.
_AFTER_PREPOSITION_RU = re.compile(
    r"(?i)(?<![\w-])(?:с|со|у|к|ко|от|для|при|перед|между|о|об|за|над)\s+(?:[^\s,.;:!?]+\s+){0,5}$"
)
#: Words after which a name stands in the genitive («по словам», «слова», «по мнению» …),
#: with up to six words (the role) between.
_GENITIVE_GOVERNOR_RU = re.compile(
    r"(?i)(?<![\w-])(?:слова|словам|мнению|заявлению|оценке)\s+(?:[^\s,.;:!?«»]+\s+){0,6}$"
)
#: «…», — сообщили в пресс-службе …, — говорится в сообщении …, — сообщает пресс-служба …:
#: the words of an organisation or a document, named after these words (a plural verb with no
#: subject, a passive «говорится», or the press service as the subject).
_ORG_DOC = (
    r"(?:[а-яё]+\s+){0,2}?(?:пресс-служб|сообщени|заявлени|пресс-релиз|релиз|документ|ответ"
    r"|письм|информаци|телеграм-канал|канал)[а-яё-]*\s+"
)
_ORG_SAID = (
    r"(?:(?:сообщили|заявили|отметили|уточнили|пояснили|подчеркнули|рассказали|добавили"
    rf"|напомнили)\s+(?:в|во)\s+(?:{_ORG_DOC})?"
    rf"|(?:говорится|сообщается|отмечается|указывается|подчеркивается)\s+(?:в|во)\s+{_ORG_DOC}"
    r"|(?:сообщает|сообщила|сообщило|передает|информирует|отмечает|уточняет|поясняет|заявила"
    r"|подчеркивает|приводит)\s+пресс-служба\s+)"
)
_ORGANISATION_AFTER = re.compile(rf"\s*[,.!?]?\s*[{_DASHES}]+\s*{_ORG_SAID}")
#: «…». Об этом сообщили в пресс-службе X.
_ORGANISATION_NEXT = re.compile(rf"\s*Об этом\s+{_ORG_SAID}")
#: An institution's name straight after «сообщили в» («в Министерстве торговли»), not a place
#: («сообщили в Астане» names no one who spoke).
_INSTITUTION_RU = re.compile(
    r"(?:Мин[а-яё]|Министерств|Ведомств|Комитет|Агентств|Посольств|Акимат|Правительств"
    r"|Компани|Банк|Национальн|Служб|Управлени|Департамент|Администраци|Мэри|Корпораци|Фонд"
    r"|Ассоциаци|Союз|Палат|Центр|Госкомитет|Генеральн|Главн|Государственн)"
)
#: Where an organisation's name ends before the rest of the attribution («… в пятницу»).
_ORG_NAME_END = re.compile(r"\s+(?:в|во|на|после|накануне|сегодня|вчера|также|со|с)\s")


def _nominative_phrase(phrase: str) -> str:
    """«Министерства иностранных дел Таджикистана» -> «Министерство иностранных дел
    Таджикистана», «Главного таможенного управления КНР» -> «Главное таможенное управление
    КНР»: the head noun and the adjectives before it back in the nominative (agreeing with
    it); the words after it (its own genitives) stay as they are. Unreadable: as written."""
    words = phrase.split()

    def oblique(word: str, pos: str) -> Any:
        return next(
            (
                p
                for p in T.morph().parse(word)
                if pos == p.tag.POS and p.tag.case in ("gent", "loct", "datv", "ablt")
            ),
            None,
        )

    for i, w in enumerate(words):
        noun = oblique(w, "NOUN")
        if noun is None or oblique(w, "ADJF") is not None:  # «Главного»: an adjective here
            continue
        head = noun.inflect({"nomn"})
        if head is None:
            return phrase
        agree = {"nomn", head.tag.number or "sing"}
        if head.tag.number != "plur" and head.tag.gender:
            agree.add(head.tag.gender)
        out = []
        for adj in words[:i]:
            parse = oblique(adj, "ADJF")
            form = parse.inflect(agree) if parse is not None else None
            if form is None:
                return phrase
            out.append(form.word)
        out.append(head.word)
        fixed = [
            o[:1].upper() + o[1:] if w[:1].isupper() else o
            for o, w in zip(out, words[: i + 1], strict=True)
        ]
        return " ".join(fixed + words[i + 1 :])
    return phrase


#: «Об этом сообщил корреспонденту агентства X.»: the sentence before is X's.
_ABOUT_THIS_SAID = re.compile(rf"\s*Об этом\s+(?:[а-яё]+\s+){{0,3}}?({_VERBS_RU})(?![\w-])")
#: A wire story's dateline before its first sentence («АСТАНА. КАЗИНФОРМ — »).
_DATELINE = re.compile(rf"(?:[А-ЯЁA-Z][А-ЯЁA-Z-]+[.,]?\s+)+[{_DASHES}]\s+")
#: Where a second clause starts after a Russian attribution («…, а Ван Тао добавил»).
_NEXT_CLAUSE_RU = re.compile(r",\s+(?:а|но|и|тогда как|в то время как|пока)\s")
_SENT_END = re.compile(r"[.!?…](?=\s|$)|[.!?][”\"»](?=\s+[A-ZА-ЯЁ“\"«„—])")


class _Finder:
    def __init__(self, text: str, language: str | None) -> None:
        self.text = text
        self.lang = language or detect_language(text)
        self.spans = scan_spans(text)
        if self.lang != "en":
            self.spans = _with_dialogue(
                self.spans,
                sorted(
                    dialogue_spans(text)
                    + speaker_label_spans(text)
                    + bold_answer_spans(text)
                    + qa_label_spans(text),
                    key=_start,
                ),
            )
            self.spans = _answers_go_on(text, self.spans)
        else:
            # "Q: … / A: …": an English interview's answers are the interviewee's (round 8).
            self.spans = _with_dialogue(self.spans, qa_label_spans(text))
        #: «A, — сказал X. — B»: the attribution inside a quotation, by the span's start: where
        #: it lies in the text (the article's own words, left unmasked so that the name in it
        #: is a mention like any other) and where the quotation resumes.
        self._inside: dict[int, re.Match[str]] = {}
        for sp in self.spans:
            for pa, pb in sp.pieces:
                found = _INTERRUPTION.search(text, pa, pb)
                if found:
                    self._inside[sp.start] = found
                    break
        self.masked = _masked(text, self.spans, [m.span(1) for m in self._inside.values()])
        self.paragraphs = _paragraph_bounds(text)
        self._para_starts = [a for a, _ in self.paragraphs]
        self._span_starts = [sp.start for sp in self.spans]
        self.people: list[TextPerson] = []
        self.mentions: list[Mention] = []
        self._mention_starts: list[int] = []
        self._by_stem: dict[str, list[int]] = {}
        self._speaker_of: dict[int, int] = {}
        #: Quotations whose own attribution names no one the text named (round 9).
        self._unnamed_speech: set[int] = set()
        #: The speaker of the quotation before the one being attributed («возразил коллега»).
        self._previous_speaker: int | None = None
        self._role_cache: dict[int, frozenset[str]] = {}
        self._anonymous: list[tuple[int, Gender]] | None = None
        self.speech_masked = self.masked

    # -- structure

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        k = max(0, bisect_right(self._para_starts, pos) - 1)
        return self.paragraphs[k] if self.paragraphs else (0, len(self.text))

    def next_span_start(self, pos: int) -> int | None:
        k = bisect_right(self._span_starts, pos)
        return self.spans[k].start if k < len(self.spans) else None

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        """Mentions inside ``[a, b)``, in text order."""
        k = bisect_left(self._mention_starts, a)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < b:
            if self.mentions[k].end <= b:
                out.append(self.mentions[k])
            k += 1
        return out

    def mentions_before(self, pos: int) -> Iterable[Mention]:
        """Mentions ending at or before ``pos``, most recent first."""
        k = bisect_right(self._mention_starts, pos)
        for i in range(k - 1, -1, -1):
            if self.mentions[i].end <= pos:
                yield self.mentions[i]

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence that contains ``pos`` (quotations are opaque)."""
        pa, _ = self.paragraph_of(pos)
        start = pa
        for m in _SENT_END.finditer(self.masked, pa, pos):
            if not self._initial_at(m.start()):
                start = m.end()
        return start

    def sentence_end(self, pos: int) -> int:
        _, pb = self.paragraph_of(pos)
        m = _SENT_END.search(self.masked, pos, pb)
        while m is not None and self._initial_at(m.start()):
            m = _SENT_END.search(self.masked, m.end(), pb)
        return m.end() if m else pb

    def _initial_at(self, i: int) -> bool:
        """Is the full stop at ``i`` an initial's («сказал А. Сейткали»: a lone Cyrillic
        capital before it), which ends no sentence? «МИД.» does. (Checked here, not in
        ``_SENT_END``: a look-behind there slowed every sentence split of a load.)"""
        t = self.masked
        if (
            t[i] == "."
            and t[i - 1 : i] in ("r", "s")
            and _HONORIFIC_STOP_EN.search(t, max(0, i - 4), i + 1)
        ):
            return True  # "Mr. Li said": an abbreviation's full stop (round 9)
        return (
            t[i] == "."
            and i >= 1
            and "А" <= t[i - 1] <= "Я"
            and (i == 1 or not t[i - 2].isalnum())
            and self._name_after_stop(i)
        )

    # -- people

    def _candidates(self) -> list[tuple[int, int, str, str]]:
        """(start, end, name, title) for capitalised sequences outside quotations: each run of
        name words, with the non-name words right before it as its title ("Exampleland Bridges
        Minister Anna Example" -> "Anna Example", title "Minister")."""
        out = []
        for m in _CAP_SEQ.finditer(self.masked):
            toks = list(_CAP_RE.finditer(m.group(0)))
            opens = bool(_OPENS_SENTENCE.search(self.masked[max(0, m.start() - 3) : m.start()]))
            if opens and self.lang != "en" and _LABEL_AFTER.match(self.masked, m.end()):
                # «Ван: Китайская сторона …»: a transcript's label is a name's place, so its
                # capital says the word is a name, not only that a paragraph starts there.
                opens = not re.fullmatch(
                    r"[ \t*]*", self.masked[self.paragraph_of(m.start())[0] : m.start()]
                )
            words = [t.group(0) for t in toks]
            # "He" inside a sentence and before a name is a Chinese family name ("said He Bo,
            # China's deputy minister"): a pronoun is never followed by a capitalised name.
            family = [
                fold(w) in _PRONOUNS
                and not (opens and i == 0)
                and i + 1 < len(words)
                and not _is_not_name(words[i + 1], self.lang)
                for i, w in enumerate(words)
            ]
            k = 0
            while k < len(toks):
                title_from = k
                while (
                    k < len(toks)
                    and _is_not_name(toks[k].group(0), self.lang, opens and k == title_from == 0)
                    and not family[k]
                ):
                    k += 1
                title = " ".join(t.group(0) for t in toks[title_from:k])
                j = k + 1 if k < len(toks) and family[k] else k
                if (
                    self.lang != "en"
                    and k == 0
                    and len(toks) - k >= 3
                    and _PLACE_NOUN_BEFORE.search(self.masked, max(0, m.start() - 30), m.start())
                    and not _PATRONYMIC.search(toks[1].group(0))
                ):
                    # «провинции Ганьсу Чжоу Пэн»: the word after a place noun names the place;
                    # the name is what follows it.
                    k = j = 1
                elif (
                    self.lang != "en"
                    and k < len(toks) - 1
                    and (
                        k > 0
                        or _LOWER_BEFORE_RU.search(self.masked, max(0, m.start() - 3), m.start())
                    )
                    and _place_in_genitive(toks[k].group(0))
                ):
                    # «жительница Нарына Гульнара Асанова», «аким Туркестана Нуралы Алиев»: a word
                    # the dictionary knows only as a place, in the genitive, after a lower-case
                    # word or a role, is whose place, not part of the name after it (round 10).
                    k = j = k + 1
                while j < len(toks) and (
                    not _is_not_name(toks[j].group(0), self.lang)
                    or (j > k and self._one_letter_given_name(m.start() + toks[j].start()))
                ):
                    j += 1
                if (
                    self.lang != "en"
                    and j - k >= 3
                    and _OBLIQUE_SURNAME_RU.search(toks[k].group(0))
                    and not any(_PATRONYMIC.search(t.group(0)) for t in toks[k + 1 : j])
                ):
                    # «— сказал Рахимову Ван Лэй»: a surname in the dative or the instrumental
                    # opening three capitalised words is someone else (the one spoken to), and
                    # the name after it is a name of its own; a Russian three-word name in an
                    # oblique case has its patronymic in that case too (round 10).
                    j = k + 1
                if j > k:
                    a = m.start() + toks[k].start()
                    b = m.start() + toks[j - 1].end()
                    if self.lang != "en":
                        if b - a == 1 and _INITIAL_AFTER.match(self.masked, b):
                            k = j  # «А.» of «А. Сейткали»: taken with the surname below
                            continue
                        initial = _INITIAL_BEFORE.search(self.masked, max(0, a - 4), a)
                        if initial is not None:
                            a = initial.start(1)  # «сказал А. Сейткали»: one name
                    out.append((a, b, re.sub(r"['’]s$", "", self.text[a:b]), title))
                k = j
        return out

    def _one_letter_given_name(self, i: int) -> bool:
        """«Ван И»: a Chinese given name of one capital letter after a family name, inside a
        sentence, where the conjunction «и» would be in lower case; not an initial («Ван И.
        Чжоу»: a full stop and a name after it)."""
        t = self.masked
        return (
            self.lang != "en"
            and "А" <= t[i] <= "Я"
            and (i + 1 == len(t) or not t[i + 1].isalnum())
            and not (_INITIAL_AFTER.match(t, i + 1) and self._name_after_stop(i + 1))
        )

    def _name_after_stop(self, i: int) -> bool:
        """After the full stop at ``i`` (of a lone capital: «А.», «И.»), does a name follow, so
        that the capital is an initial («сказал А. Сейткали»)? Not when the next word is a
        pronoun or a word the dictionary knows only as a common word: «— сказал Ван И. Он
        добавил, что …» ends a sentence with the one-letter given name «И»."""
        nxt = re.match(r"\.[ \t]+([А-ЯЁ][а-яё]+)", self.masked[i : i + 40])
        if nxt is None:
            return False
        word = nxt.group(1)
        return fold(word) not in _PRONOUNS and not _common_russian_word(word)

    def _presented_as_person(self, a: int, b: int, title: str) -> bool:
        """A title before, an appositive after, or a speech verb next to the name."""
        if any(_is_title(t) for t in title.split()):
            return True
        before = self.masked[max(0, a - 40) : a]
        after = self.masked[b : b + 40]
        if _AGE_AFTER.match(after) and len(name_tokens(self.text[a:b])) >= 2:
            # "Zhang Wei, 46, runs a logistics company", «Данияр Касымов, 41 год, стоит»: an
            # age in apposition is said of a person (round 9).
            return True
        # One capitalised word after "in"/"at"/"from"/"near"/"of" («в», «из») is a place ("a
        # research centre in Moscow, has followed"; round 9: "the quarter of Sanlitun, behind
        # a grey wall"), whatever follows it.
        if len(name_tokens(self.text[a:b])) == 1 and _PLACE_PREPOSITION.search(before):
            return False
        # «в провинции Цзянсу, а монтаж …»: one word after a place noun is the place's name.
        if (
            self.lang != "en"
            and len(name_tokens(self.text[a:b])) == 1
            and _PLACE_NOUN_BEFORE.search(before)
        ):
            return False
        if self.lang == "ru" or re.search(r"[А-ЯЁ]", self.text[a:b]):
            if re.match(r"\s*,\s*[а-яё]", after):
                return True
            if re.search(r"(?<![\w-])[а-яё]+\s+$", before):
                # One word after a lower-case word is a person only when it reads as one: a
                # speech verb or a role before it, or a surname's form («у станции Алтынколь»
                # is a place, «экономист Юлдашева» and «заявил Касымов» are people).
                if len(name_tokens(self.text[a:b])) >= 2:
                    return True
                if _looks_like_surname(self.text[a:b]):
                    return True
                # «глава Таможенного комитета»: a word the dictionary knows only as a common
                # word (an adjective of an institution's name) is no one's name after a role.
                if _ROLE_OR_VERB_BEFORE_RU.search(before) and not _common_russian_word(
                    self.text[a:b]
                ):
                    return True
            # Russian capitalises only proper names, and places and institutions are stopped
            # by the word lists: two capitalised words inside a sentence are a person's name
            # ("директор компании «…» Ван Цзюнь").
            if len(name_tokens(self.text[a:b])) >= 2 and re.search(r"[\w»“\"]\s+$", before):
                return True
            if _VERB_AFTER_RU.match(after):
                return True
            return bool(re.search(r"(?i)по словам\s+$", before))
        if re.match(r"\s*,\s*(?:[a-z]|(?:[A-Z]\w+['’]s\s))", after):
            return True
        if _VERB_AFTER_EN.match(after):
            return True
        # A role in lower case right before the name: "the industry minister, Sherali Kabirov",
        # "economist Temirlan Abdrakhmanov".
        if _ROLE_BEFORE_EN.search(before):
            return True
        # "the head of Kazakhstan's customs committee, Yerbol Kassymov": a role with its
        # complement, then the name in apposition (round 9).
        if _ROLE_PHRASE_BEFORE_EN.search(self.masked, max(0, a - 100), a):
            return True
        # The subject of a sentence's verb: "Anna Example spoke last." (two-word names only
        # get here; places and institutions are stopped by the word lists above).
        subject = re.match(r"\s+([a-z]+)\b", after)
        at = a - len(title) - 1 if title else a
        opener = self.masked[max(0, at - 40) : max(0, at)].rstrip(" \t")
        # A paragraph's start is a sentence's ("Daniyar Omarov has watched this dance …").
        if (
            subject
            and subject.group(1) not in NOT_NAMES_EN
            and re.search(r"(?:^|[.!?\n])$", opener)
        ):
            return True
        verb = _VERB_BEFORE_EN.search(before)
        if verb and not re.match(r"call", verb.group(0)):
            # Not "called": "two people called Zhang" names, it does not say (round 9).
            return True
        return bool(_APPOSITIVE_THEN_VERB_EN.match(after))

    def _add_person(self, a: int, b: int, name: str, title: str) -> int:
        if self.lang != "en":
            name = _nominative_by_patronymic(name)
            name = self._nominative_after_dative(name, b)
        key = len(self.people)
        for tok in name_tokens(name):
            self._by_stem.setdefault(name_stem(tok), []).append(key)
        sent_a = self.sentence_start(a)
        self.people.append(
            TextPerson(
                name=name,
                first=a,
                gender=gender_of_name(name),
                appositive=self.text[b : self.sentence_end(b)],
                title_before=title,
                sentence=self.text[sent_a : self.sentence_end(b)],
            )
        )
        return key

    def _nominative_after_dative(self, name: str, b: int) -> str:
        """«Студенту третьего курса Мердену Атаеву …», later «Мерден рассказал», «— вспоминает
        Атаев»: a man's two-word name met in the dative (the given name in -у/-ю, the surname
        in -ову/-еву/-ину) is filed in the nominative when the text, after it, writes one of
        its words in that nominative — which also keeps a later bare «Атаев» from going to his
        namesake «Огулджахан Атаева» (round 10). «Гульнару Рахимову» (her accusative) is never
        followed by «Гульнар» or «Рахимов», so it is left as it is."""
        toks = name_tokens(name)
        if len(toks) != 2 or not all(re.fullmatch(r"[А-ЯЁ][а-яё-]+", t) for t in toks):
            return name
        given, surname = toks
        if not re.search(r"(?:ов|ев|ёв|ин|ын)у$", surname):
            return name
        if given.endswith("у"):
            given_nom = given[:-1]
        elif given.endswith("ю"):
            given_nom = given[:-1] + ("й" if given[-2:-1] in _RU_VOWELS else "ь")
        else:
            return name
        surname_nom = surname[:-1]
        later = self.masked[b:]
        if any(
            re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", later)
            for w in (given_nom, surname_nom)
        ):
            return f"{given_nom} {surname_nom}"
        return name

    def _alias_of(
        self, a: int, latent: list[tuple[int, int, str, str]]
    ) -> int | tuple[int, int, str, str] | None:
        """«Азамат Осмонов — на трассе его все зовут Аза — везёт …»: one capitalised word right
        after «зовут»/«называют»/«по прозвищу» is another name of the one person named before
        it in that sentence (a person, or a full name not yet shown to be one: returned as
        it was found); a later «— говорит Аза» is his (round 10). Two names there: no one's."""
        if self.lang == "en" or not _ALIAS_BEFORE_RU.search(self.masked, max(0, a - 30), a):
            return None
        start = self.sentence_start(a)
        named = {m.person for m in self.mentions if start <= m.start < a}
        unproven = [c for c in latent if start <= c[0] < a]
        if len(named) + len({c[2] for c in unproven}) != 1:
            return None
        return named.pop() if named else unproven[0]

    def _by_given_and_patronymic(self, toks: Sequence[str], a: int) -> int | None:
        """«— пообещал Арман Серикович» after «… Арман Кенжебаев»: a given name and a
        patronymic with no surname is the polite way to name someone already named; he is the
        one person named before with that given name (and that patronymic, where his full
        name has one). None or two: a name of its own, as before (round 10)."""
        if self.lang == "en" or len(toks) != 2 or not _PATRONYMIC.search(toks[1]):
            return None
        found = set()
        for k, p in enumerate(self.people):
            full = name_tokens(p.name)
            if p.first >= a or len(full) < 2 or not same_token(full[0], toks[0]):
                continue
            if len(full) == 3 and not same_token(full[1], toks[1]):
                continue
            found.add(k)
        return found.pop() if len(found) == 1 else None

    def find_people(self) -> None:
        cands = self._candidates()
        latent: list[tuple[int, int, str, str]] = []  # full names not (yet) shown to be people
        # Pass 1: full names (two tokens or more) the text presents as people.
        for a, b, name, title in cands:
            toks = name_tokens(name)
            if len(toks) < 2 or len(toks) > 4:
                continue
            key = self._known(name)
            if key is None:
                key = self._by_given_and_patronymic(toks, a)
            if key is None and not self._presented_as_person(a, b, title):
                latent.append((a, b, name, title))
                continue
            if key is None:
                key = self._add_person(a, b, name, title)
            self.mentions.append(Mention(a, b, key))
        aliases: dict[str, int] = {}  # «его все зовут Аза»: a short name and whose it is
        # Pass 2: single tokens (surnames, Chinese family names) of people named in pass 1. A
        # surname next to a speech verb ("Example said") that no one has makes the last full
        # name with that token a person ("Anna Example arrived."), else a person of its own.
        for a, b, name, title in cands:
            if len(name_tokens(name)) != 1:
                continue
            if self._namesakes(name, a):
                continue  # "Mr. Zhang" after Zhang Wei and Zhang Min: no one (never guess)
            alias = self._alias_of(a, latent)
            if alias is not None:
                if isinstance(alias, tuple):  # a full name no rule had shown to be a person's
                    ea, eb, ename, etitle = alias
                    alias = self._add_person(ea, eb, ename, etitle)
                    for c in latent:
                        if c[2] == ename:
                            self.mentions.append(Mention(c[0], c[1], alias))
                    latent = [c for c in latent if c[2] != ename]
                    self.mentions.sort(key=lambda m: m.start)
                aliases[fold(name)] = alias
            key = aliases.get(fold(name))
            if key is None:
                key = self._known(name, before=a)
            if key is None and self._presented_as_person(a, b, title):
                earlier = [c for c in latent if c[1] <= a and names_match(name, [c[2]])]
                if earlier:
                    ea, eb, ename, etitle = earlier[-1]
                    key = self._add_person(ea, eb, ename, etitle)
                    for c in latent:
                        if c[2] == ename:
                            self.mentions.append(Mention(c[0], c[1], key))
                    latent = [c for c in latent if c[2] != ename]
                elif not _common_english_word(name):
                    key = self._add_person(a, b, name, title)
            if key is not None:
                self.mentions.append(Mention(a, b, key))
        self.mentions.sort(key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._masculine_by_later_mention()
        self._feminine_by_verb()
        self._nominative_by_later_mention()
        self._nominative_after_genitive_words()
        self._gender_from_text_en()

    def _gender_from_text_en(self) -> None:
        """An English name shows no gender ("Liu Yang", "Gulmira Seitkazy"), so a "she says"
        could go to a man. The text shows it: "Mr."/"Ms."/"Mrs." right before a mention, or a
        sentence that names one person as its subject followed, in the same paragraph, by one
        opening with "He"/"She" with no one else named between ("Liu Yang, a professor …, told
        this magazine …. He added: …"). Only a gender the name does not show is set, and two
        signs that disagree set none (round 9)."""
        if self.lang != "en":
            return
        seen: dict[int, set[str]] = {}
        for m in self.mentions:
            if self.people[m.person].gender is not None:
                continue  # the name shows it
            honorific = _HONORIFIC_BEFORE_EN.search(self.masked, max(0, m.start - 6), m.start)
            if honorific is not None:
                seen.setdefault(m.person, set()).add(
                    "m" if honorific.group(1).lower() == "mr" else "f"
                )
            start = self.sentence_start(m.start)
            if self.mentions_in(start, m.start) or self._after_preposition(m):
                continue  # not the sentence's first person: maybe not its subject
            end = self.sentence_end(m.end)
            _, pb = self.paragraph_of(m.start)
            nxt = _PRONOUN_OPENS_EN.match(self.masked, end, pb)
            if nxt is None or any(x.person != m.person for x in self.mentions_in(m.end, end)):
                continue
            seen.setdefault(m.person, set()).add("m" if nxt.group(1) == "He" else "f")
        for k, genders in seen.items():
            if self.people[k].gender is None and len(genders) == 1:
                self.people[k].gender = "m" if "m" in genders else "f"

    def _masculine_by_later_mention(self) -> None:
        """«хозяйство фермера Таланта Мамытова» introduces a man in the genitive, whose
        surname reads as a woman's; a later «Мамытов» (a woman's surname never drops its -а)
        shows he is a man."""
        for m in self.mentions:
            p = self.people[m.person]
            toks = name_tokens(self.text[m.start : m.end])
            if p.gender != "f" or not toks:
                continue
            last = fold(toks[-1])
            if _RU_MASCULINE_SURNAME.search(last) and fold(name_tokens(p.name)[-1]) == last + "а":
                p.gender = "m"
                p.name = _nominative_masculine(p.name)

    def _feminine_by_verb(self) -> None:
        """«Проректор … Лю Мэйлин сообщила»: a Chinese given name ends like a Russian man's
        surname in -ин/-ын (Мэйлин), but the name does not decline, so a verb in the feminine
        right after it in the nominative is hers. Only that conflict is settled this way: a
        declined Russian surname in -ин would not stand in the nominative before another
        subject's verb, and a name that shows no gender is left alone («Слова Ли Мэй
        поддержал Ван Тао»: the verb there is his)."""
        if self.lang == "en":
            return
        for m in self.mentions:
            p = self.people[m.person]
            last = fold(name_tokens(p.name)[-1]) if name_tokens(p.name) else ""
            if p.gender != "m" or not re.search(r"(?:ин|ын)$", last):
                continue
            if fold(self.text[m.start : m.end]) != fold(p.name):
                continue
            if _FEMININE_VERB_AFTER.match(self.masked, m.end):
                p.gender = "f"

    def _nominative_after_genitive_words(self) -> None:
        """«по словам министра Жандоса Нурмаганбетова», «слова вице-министра …»: a name first
        met after a word that puts it in the genitive is filed in the nominative. A woman's
        genitive shows in her surname (-овой/-евой/-иной: «Гульнары Есеновой» -> «Гульнара
        Есенова»); a man's in -ова/-ева/-ина with a given name in -а after a consonant
        («Жандоса» -> «Жандос»), which in the nominative would be a woman's name, not in this
        place (hers would read «Гульнары Есеновой»)."""
        if self.lang == "en":
            return
        for k, p in enumerate(self.people):
            toks = name_tokens(p.name)
            before = self.masked[max(0, p.first - 80) : p.first]
            if len(toks) != 2 or not (
                _GENITIVE_GOVERNOR_RU.search(before)
                or _genitive_role_before(before)
                or self._named_later_in_feminine_nominative(k, toks[1])
            ):
                continue
            given, surname = toks
            if re.search(r"(?:ов|ев|ёв|ин|ын)ой$", surname):
                if given.endswith("ы") or re.search(r"[гкхжшчщ]и$", given):
                    given = given[:-1] + "а"
                elif given.endswith("ии"):
                    given = given[:-1] + "я"
                p.name = f"{given} {surname[:-2]}а"
                p.gender = "f"
            elif re.search(r"(?:ов|ев|ёв|ин|ын)а$", surname) and re.search(
                r"[бвгджзклмнпрстфхцчшщ]а$", given
            ):
                p.name = _nominative_masculine(p.name)
                p.gender = "m"

    def _named_later_in_feminine_nominative(self, person: int, surname: str) -> bool:
        """«Кабинет Жанар Исмаиловой …» then «Исмаилова училась в Шанхае»: a surname first met
        in a woman's genitive (-овой) and later written alone in her nominative (-ова) shows
        the case it was met in, whatever word governed it (round 9)."""
        if not re.search(r"(?:ов|ев|ёв|ин|ын)ой$", surname):
            return False
        nominative = fold(surname[:-2] + "а")
        return any(
            m.person == person and fold(self.text[m.start : m.end]) == nominative
            for m in self.mentions
        )

    def _nominative_by_later_mention(self) -> None:
        """«переговоры с … Жэнь Цзинцзюнем» introduces a man in the instrumental; a later full
        «Жэнь Цзинцзюнь» is his name as it is filed. Taken only when every word differs from
        the first form at most by an instrumental ending (-ем/-ом/-ым/-им) and the later form
        shows none."""
        if self.lang == "en":
            return
        for m in self.mentions:
            p = self.people[m.person]
            first = name_tokens(p.name)
            later = name_tokens(self.text[m.start : m.end])
            if len(later) != len(first) or later == first:
                continue
            ok = True
            for f, t in zip(first, later, strict=True):
                if f == t:
                    continue
                head = f[:-2]
                if not (
                    re.search(r"(?:ем|ом|ым|им)$", f)
                    and not re.search(r"(?:ем|ом|ым|им)$", t)
                    and t in (head, head + "ь", head + "й")
                ):
                    ok = False
                    break
            if ok:
                p.name = " ".join(later)

    def _known(self, name: str, before: int | None = None) -> int | None:
        """The person (already found) a name refers to: most recent first."""
        toks = name_tokens(name)
        cands: set[int] = set()
        for tok in toks:
            stem = name_stem(tok)
            cands.update(self._by_stem.get(stem, ()))
            cands.update(self._by_stem.get(fold(tok), ()))
        found = None
        # «На вопрос Саидовой …» after «Мадина Саидова» and «Шухрат Саидов»: a surname in a
        # woman's oblique form (-овой) is hers, one in a man's (-овым) his (round 10).
        shown: Gender = None
        if self.lang != "en" and len(toks) == 1:
            if re.search(r"(?:ов|ев|ёв|ин|ын)ой$", toks[0]):
                shown = "f"
            elif re.search(r"(?:ов|ев|ёв|ин|ын)ым$", toks[0]):
                shown = "m"
        for k in sorted(cands, reverse=True):
            p = self.people[k]
            if before is not None and p.first > before:
                continue
            if shown is not None and p.gender not in (None, shown):
                continue
            if names_match(name, [p.name]):
                if found is None:
                    found = k
                if self.lang == "en" or _same_forms(toks, name_tokens(p.name)):
                    return k
        # «Токтосунов уверен» after «Нурлан Асанович Токтосунов» and his namesake «Гульнара
        # Токтосунова»: a name written as one person's name is written (the nominative) is
        # that person, not a more recent one it matches only as a case form.
        return found

    def _namesakes(self, name: str, before: int) -> bool:
        """Does a bare English surname match two people named before it with different given
        names ("Zhang" after "Zhang Wei" and "Zhang Min")? Then it is neither: the text does
        not say which, and a wrong speaker is worse than none (round 9). Russian tells
        namesakes apart by the surname's form (round 7: ``_known``: «Токтосунов» is not
        «Гульнара Токтосунова»), but not two men (round 10: «Кенжебаев» after «Булат
        Кенжебаевич Кенжебаев» and his namesake «Арман Кенжебаев»): only people whose name has
        the word in that very form count, and only a Russian surname's form (-ов, -ин, -ский):
        a Chinese family name («Ли», «Ван») is shared by many people a digest names in turn,
        and a bare one there goes to the last named, as before."""
        cands: set[int] = set()
        for tok in name_tokens(name):
            cands.update(self._by_stem.get(name_stem(tok), ()))
            cands.update(self._by_stem.get(fold(tok), ()))
        if len(cands) < 2:
            return False
        found = {
            self.people[k].name
            for k in cands
            if self.people[k].first <= before
            and names_match(name, [self.people[k].name])
            and (
                self.lang == "en"
                or (
                    bool(_RU_MASCULINE_SURNAME.search(fold(name)))
                    and {fold(t) for t in name_tokens(name)}
                    <= {fold(t) for t in name_tokens(self.people[k].name)}
                )
            )
        }
        # "Tokayev" then "Kassym-Jomart Tokayev": one man named twice, not namesakes.
        return sum(1 for n in found if not any(o != n and names_match(n, [o]) for o in found)) > 1

    def person_at(self, a: int, b: int) -> int | None:
        found = self.mentions_in(a, b)
        return found[0].person if found else None

    def last_person_before(self, pos: int, gender: Gender = None) -> int | None:
        """The person a pronoun or a descriptor at ``pos`` points back to: the last sentence
        before it that names someone of the right gender, and in English that sentence's
        subject — the first person it names other than as the object of a preposition
        ("Bekova, who sat beside Seitkali, … "…," she said"; "Amangeldiev thanked Chen … "…,"
        he said") — rather than whoever it named last. Russian keeps the last person named:
        its free word order does not put the subject first."""
        if self.lang != "en":
            after_quote = self._speaker_just_before(pos, gender)
            if after_quote is not None:
                return after_quote
            role = self._role_subject_before(pos, gender)
            if role is not None:
                return role
        if self.lang == "en":
            subject = self._described_subject_before(pos, gender)
            if subject is not None:
                return subject
        anonymous = self._anonymous_before(pos, gender)
        for m in self.mentions_before(pos):
            if not self._fits(m.person, gender):
                continue
            if anonymous is not None and anonymous >= m.end:
                return None  # the unnamed source spoke last: no one to file it under
            if self.lang != "en":
                if gender == "f" and self.people[m.person].gender is None:
                    # «Министр Зарина Рахимова и посол Хань Чуньлинь подписали … Она …»: the
                    # one whose gender the text shows is «она», not the name that shows none.
                    # Only for «она»: «он» is also how a name of unknown gender is referred
                    # to, so it keeps the last person named.
                    for other in self.mentions_in(self.sentence_start(m.start), m.start):
                        if self.people[other.person].gender == gender:
                            return other.person
                if self._after_preposition_ru(m):
                    # «Министр X встретился с послом Y. «…», — сказал он»: Y is the object;
                    # the sentence's subject, named before him, is the one who speaks.
                    for first in self.mentions_in(self.sentence_start(m.start), m.start):
                        if self._fits(first.person, gender) and not self._after_preposition_ru(
                            first
                        ):
                            return first.person
                return m.person
            sentence = self.mentions_in(self.sentence_start(m.start), m.end)
            if gender == "f":
                # "Zhang nodded at that, and Tulegenova went on to list what had been ordered.
                # She said:": the one whose gender the text shows is "she", not the subject
                # whose name shows none — as «она» in Russian (round 10). Only for "she".
                for other in sentence:
                    if self.people[other.person].gender == "f" and not self._after_preposition(
                        other
                    ):
                        return other.person
            for first in self.mentions_in(self.sentence_start(m.start), m.start):
                if self._fits(first.person, gender) and not self._after_preposition(first):
                    return first.person
            return m.person
        return None

    def _described_subject_before(self, pos: int, gender: Gender) -> int | None:
        """ "Asked about that remark, the 54-year-old smiled. "…," she said.": after the last
        person named, a sentence whose subject is a description — "the 54-year-old" (the
        person the text gave that age: "Abenova, 54,") or "the ambassador" (the person given
        that role) — is whom "he"/"she" points back to, also past an unnamed source named in
        between. English only (round 8); Russian has ``_role_subject_before``."""
        last_named = next(
            (m.end for m in self.mentions_before(pos) if self._fits(m.person, gender)), 0
        )
        found = None
        start = self.sentence_start(pos)
        while start > last_named:
            sent = self.masked[start : self.sentence_end(start)]
            m = _DESCRIBED_SUBJECT_EN.match(sent)
            if m is not None:
                if m.group("age"):
                    found = self._aged(start, m.group("age"))
                elif fold(m.group("role")) in DESCRIPTORS_EN:
                    found = self._described_before(start, fold(m.group("role")), gender)
                if found is not None:
                    return found if self._fits(found, gender) else None
            start = self.sentence_start(start - 1) if start > 0 else 0
            if start == 0:
                break
        return None

    def _aged(self, pos: int, age: str) -> int | None:
        """The last person named before ``pos`` whom the text gave that age ("Abenova, 54,")."""
        for m in self.mentions_before(pos):
            if re.match(rf",\s*{age}\s*,", self.masked[m.end : m.end + 8]):
                return m.person
        return None

    def _speaker_just_before(self, pos: int, gender: Gender) -> int | None:
        """«…», — возразил коллега. По его словам, ведомство настаивает …: in the sentence right
        after an attributed quotation of the same paragraph, «он»/«его» is its speaker when the
        text names no one else between (the speaker may be named: «— сказал Назриев»), even
        when the attribution did not name them."""
        k = bisect_left(self._span_starts, pos) - 1
        if k < 0:
            return None
        span = self.spans[k]
        speaker = self._speaker_of.get(span.start)
        if (
            speaker is None
            or span.end >= pos
            or self.paragraph_of(span.end) != self.paragraph_of(pos)
        ):
            return None
        if self.sentence_end(span.end + 1) < self.sentence_start(pos):
            return None  # a sentence between
        if any(m.person != speaker for m in self.mentions_in(span.end, pos)):
            return None
        return speaker if self._fits(speaker, gender) else None

    def _role_subject_before(self, pos: int, gender: Gender) -> int | None:
        """«Открывая встречу, вице-премьер напомнила, что … «…», — сказала она.»: after the
        last person named, a sentence whose subject is a role (a descriptor in the nominative,
        not after a preposition) makes the person with that role the one «он»/«она» points
        back to, not the last person named — at a press conference several people are named
        once and then referred to by post."""
        last_named = next(
            (m.end for m in self.mentions_before(pos) if self._fits(m.person, gender)), 0
        )
        found = None
        found_at = 0
        for w in _WORD_RE.finditer(self.masked, last_named, pos):
            word = fold(w.group(0))
            if not _is_descriptor_ru(word) or not _nominative_singular(word):
                continue
            if _AFTER_PREPOSITION_RU.search(self.masked[max(0, w.start() - 40) : w.start()]):
                continue
            if _COMPARED_BEFORE_RU.search(self.masked, max(0, w.start() - 20), w.start()):
                continue  # «Как и министр, вице-премьер напомнила …»: not the subject
            if any(at == w.start() for at, _ in self._anonymous_sources()):
                found = None  # an unnamed source («собеседник агентства в …»): no one
                continue
            k = self._described_before(w.start(), word, gender)
            found = k if k is not None and self._fits(k, gender) else found
            found_at = w.start()
        if found is not None and any(found_at < at < pos for at, _ in self._anonymous_sources()):
            return None  # an unnamed source spoke after the role: «он» is not the role
        return found

    def _anonymous_sources(self) -> list[tuple[int, Gender]]:
        """Unnamed sources: «собеседник агентства в таможенном комитете», «источник в
        правительстве» — a source word with a place qualifier and no name after it; in English
        "an official who asked not to be named", "a spokesperson for the cabinet" (round 8).
        (Where they stand, and the gender their speech verb — in English their noun — shows.)"""
        if self._anonymous is None:
            self._anonymous = []
            if self.lang == "en":
                for m in _ANONYMOUS_SOURCE_EN.finditer(self.masked):
                    if re.search(
                        r"[\w.]\s*,\s*$", self.masked[max(0, m.start() - 3) : m.start()]
                    ) and (self.mentions_in(max(0, m.start() - 60), m.start())):
                        continue  # "Ivan Petrov, a spokesperson for the ministry": named
                    w = m.group("w")
                    g_en: Gender = "m" if w == "spokesman" else "f" if w == "spokeswoman" else None
                    self._anonymous.append((m.start("w"), g_en))
            else:
                # (start, end, where a name after it would show it is not unnamed)
                found: dict[int, tuple[int, bool]] = {
                    m.start(): (m.end(), True) for m in _ANONYMOUS_SOURCE_RU.finditer(self.masked)
                }
                for m in _UNNAMED_PARTICIPLE_RU.finditer(self.masked):
                    # «Участник переговоров …, пожелавший остаться неназванным, добавил …»:
                    # a later «сказал собеседник агентства» is this person, not the last named.
                    if not any(at <= m.start() <= end for at, (end, _) in found.items()):
                        found[m.start()] = (m.end(), True)
                for m in _NICKNAME_RU.finditer(self.masked):
                    # «Китайская пользовательница Weibo под ником «Лю из Сианя» поделилась …
                    # «…», — написала она»: someone the text names only by a nickname is no
                    # one it names; «она» is not the last woman named before (round 10).
                    found.setdefault(m.start(), (m.end(), True))
                for m in _SOURCE_WORD_RU.finditer(self.masked):
                    # «— сказал представитель ассоциации перевозчиков»: a source word with no
                    # qualifier is unnamed too when no one named before it has that role and
                    # its sentence names no one after it («его собеседница, директор … X»).
                    if m.start("w") not in found and self._unnamed_source_word(m):
                        found[m.start("w")] = (m.end("w"), False)
                for at, (at_end, in_clause) in sorted(found.items()):
                    end = self.sentence_end(at_end)
                    clause = re.search(r"[,.;:]", self.masked[at_end:end])
                    stop = at_end + clause.start() if clause and in_clause else end
                    if self.mentions_in(at_end, stop):
                        continue  # «представитель компании в Казахстане Иван Петров»
                    a = self.sentence_start(at)
                    verbs = self._speech_verbs_in(a, end)
                    g: Gender = None
                    if verbs:
                        g = "f" if re.search(r"(?:ла|ась)$", verbs[0].group(1)) else "m"
                    self._anonymous.append((at, g))
        return self._anonymous

    def _unnamed_source_word(self, m: re.Match[str]) -> bool:
        """Is this «представитель»/«источник» someone the text never names? Not when a person
        named before it was given that role (a later «сказал представитель компании» after
        «представитель компании Иван Петров» is Петров), or belongs to the organisation it
        names, or has the nationality it gives."""
        if self._described_before(m.start("w"), fold(m.group("w")), None) is not None:
            return False
        # «представитель концерна» after «заместитель председателя концерна «Туркменгаз»
        # Мерген Атаев»; «китайский представитель» after a Chinese person: that person.
        org = fold(m.group("org") or "")
        nation = _nationality(fold(m.group("adj") or ""))
        for k in {x.person for x in self.mentions_before(m.start("w"))}:
            if nation is not None and nation in self._roles(k):
                return False
            intro = [fold(w) for w in _WORD_RE.findall(self.people[k].sentence)]
            if len(org) > 3 and any(w[:-2] == org[:-2] for w in intro if len(w) == len(org)):
                return False
        return True

    def _anonymous_before(self, pos: int, gender: Gender) -> int | None:
        """Where the last unnamed source of that gender before ``pos`` stands, if any."""
        found = None
        for at, g in self._anonymous_sources():
            if at < pos and (gender is None or g is None or g == gender):
                found = at
        return found

    def _described_before(
        self, pos: int, word: str, gender: Gender, nation: str | None = None
    ) -> int | None:
        """ "The minister said": the last person named before ``pos`` whom the text gave that
        role ("the industry minister, Sherali Kabirov"; «Вице-министр … Асель Нурланова»),
        rather than whoever was named last ("…a cotton farmer… The minister said")."""
        stems = _descriptor_stems(word) if word else set()
        for m in self.mentions_before(pos):
            roles = self._roles(m.person)
            if nation is not None and nation not in roles:
                continue
            if self._fits(m.person, gender) and (stems & roles or not word):
                return m.person
        return None

    def _titled_before(self, pos: int, word: str, before: str) -> int | None:
        """ "said the vice minister": the last person named before ``pos`` whose title has the
        role and every title word the reference puts before it ("vice", "deputy prime"), when
        it puts any — the words tell two ministers apart where recency would not."""
        det = re.search(r"(?i)\b(?:the|his|her|their)\s+((?:[a-z-]+\s+){1,3})$", before)
        if det is None:
            return None
        mods = [fold(x) for x in det.group(1).split()]
        if any(_nationality(x) for x in mods):
            return None  # "the Chinese official": the nationality rule
        stems = _descriptor_stems(word)
        for m in self.mentions_before(pos):
            roles = self._roles(m.person)
            if stems & roles and all("title:" + x in roles for x in mods):
                return m.person
        return None

    def _roles(self, person: int) -> frozenset[str]:
        """The descriptor stems of the role the text gives a person where it introduces them:
        the title before the name, lower-case words right before it, an appositive after it;
        in Russian the sentence up to the name."""
        if person not in self._role_cache:
            p = self.people[person]
            parts = [p.title_before]
            if re.search(r"[а-яё]", p.sentence, re.I) and not re.search(r"[a-z]", p.name, re.I):
                # From the person named before in the same sentence, if any: in «подписали
                # заместитель министра … Айгерим Сейткали и генеральный менеджер … Чжан Вэй»
                # the minister's title is not Чжан Вэй's.
                start = self.sentence_start(p.first)
                for m in self.mentions_in(start, p.first):
                    start = max(start, m.end)
                parts.append(self.masked[start : p.first])
            else:
                lower = _LOWER_WORDS_BEFORE.search(self.masked, max(0, p.first - 60), p.first)
                parts.append(lower.group(0) if lower else "")
                apposition = re.match(r"\s*,([^,.;]*)", p.appositive)
                parts.append(apposition.group(1) if apposition else "")
            found: set[str] = set()
            prev_role = False
            for w in _WORD_RE.findall(" ".join(parts)):
                stems = _descriptor_stems(fold(w))
                if (
                    stems
                    and prev_role
                    and re.fullmatch(r"[а-яё]+", w)
                    and _genitive_singular(fold(w))
                ):
                    # «заместитель руководителя управления Сунь Хайтао»: a role in the
                    # genitive right after another is whose deputy he is, not his (round 9).
                    stems = set()
                prev_role = bool(stems)
                found |= stems
                nation = _nationality(fold(w))
                if nation:
                    found.add(nation)
            if self.lang == "en":
                # "Tajik Deputy Minister of Energy and Water Resources Jamshed Qodirzoda",
                # "to meet Turkmen water official Begench Orazov": the nationality of a title
                # cut at "of"/"and", or before lower-case words, is still the person's. Only
                # a capitalised nationality in the words right before the name, in the same
                # clause, after anyone named before it.
                start = max(self.sentence_start(p.first), p.first - 80)
                for m in self.mentions_in(start, p.first):
                    start = max(start, m.end)
                run = re.search(r"[^,;:()\n—–]*$", self.masked[start : p.first])
                for w in _WORD_RE.findall(run.group(0) if run else "")[-8:]:
                    nation = _nationality(fold(w)) if w[:1].isupper() else None
                    if nation:
                        found.add(nation)
                    if w[:1].isupper():
                        # "Chinese Vice Minister of Transport Sun Lihua": a later "the vice
                        # minister" is her, not the "Deputy Prime Minister" named since.
                        found |= _descriptor_stems(fold(w))
                        found.add("title:" + fold(w))
            self._role_cache[person] = frozenset(found)
        return self._role_cache[person]

    def _fits(self, person: int, gender: Gender) -> bool:
        g = self.people[person].gender
        return gender is None or g is None or g == gender

    def _after_preposition(self, m: Mention) -> bool:
        """Is the mention the object of a preposition ("talks with Mamytov", "beside Seitkali")?"""
        return bool(_AFTER_PREPOSITION.search(self.masked[max(0, m.start - 12) : m.start]))

    def _after_preposition_ru(self, m: Mention) -> bool:
        """Is the Russian mention the object of a preposition, with up to five words between
        («с послом Китая Хань Чуньлинем», «с Ван Лэем»)?"""
        a = max(self.sentence_start(m.start), m.start - 80)
        return bool(_AFTER_PREPOSITION_RU.search(self.masked[a : m.start]))

    def _asker(self, m: Mention) -> bool:
        """Is the Russian mention whose question, request or proposal it is («на вопрос
        Чэня», «по просьбе Исабекова»): a noun's genitive, never its sentence's subject?"""
        return self.lang != "en" and bool(
            _ASKER_BEFORE_RU.search(self.masked, max(0, m.start - 20), m.start)
        )

    def note_gender(self, person: int, verb: str) -> None:
        if self.people[person].gender is None and re.search(r"[а-яё]", verb):
            self.people[person].gender = "f" if verb.endswith("ла") or verb.endswith("ась") else "m"

    # -- attribution

    def _ref_in(
        self, a: int, b: int, verb: str = "", possessive: bool = True
    ) -> tuple[int | None, str, str] | None:
        """A person referred to in ``text[a:b]``: (person, cue, as written) or None.

        A name wins over a pronoun; a pronoun or a descriptor resolves to the last person named
        before ``a``, matching the gender the pronoun or the verb shows. A possessive before a
        noun ("his deputy", «его заместитель») is whose, not who: someone the text does not
        name (round 9) — unless ``possessive`` is off (the caller reads «цитирует его
        пресс-служба» as his words)."""
        seg = self.masked[a:b]
        inside = self.mentions_in(a, b)
        spoken_to: set[int] = set()
        if verb and self.lang != "en":
            # «— сказал Рахимову Ван Лэй», «— сказал он Рахимову»: a name in the dative after a
            # verb of saying is the one spoken to, never the speaker, nor whom «он» is (round 10).
            spoken_to = {
                m.person for m in inside if _dative_name_ru(self.text[m.start : m.end].split()[-1])
            }
            inside = [m for m in inside if m.person not in spoken_to]
            # «На вопрос Чэня, …, инженер ответил: «…»»: the one who asked is not the one
            # who answers (round 10).
            inside = [m for m in inside if not self._asker(m)]
        if inside:
            m = inside[0]
            return m.person, "name", self.text[m.start : m.end]
        for w in _WORD_RE.finditer(seg):
            word = fold(w.group(0))
            if word in _PRONOUNS:
                nxt = (
                    _WORD_RE.match(seg, w.end() + 1) if seg[w.end() : w.end() + 1] == " " else None
                )
                if (
                    possessive
                    and word in ("его", "ее")
                    and nxt is not None
                    and not _COLLEAGUE_RU.fullmatch(fold(nxt.group(0)))
                    and _possessed_noun_ru(nxt.group(0))
                ):
                    return None, "descriptor", w.group(0)  # «сказал его заместитель»
                back = self.last_person_before(a, _PRONOUNS[word])
                if back is not None and back in spoken_to:
                    return None, "pronoun", w.group(0)
                return back, "pronoun", w.group(0)
            if (
                possessive
                and (word in DESCRIPTORS_EN or _is_descriptor_ru(word))
                and _POSSESSIVE_BEFORE.search(seg[: w.start()])
            ):
                return None, "descriptor", w.group(0)  # "his deputy said", «их представитель»
            if self.lang != "en" and _COLLEAGUE_RU.fullmatch(word):
                # «…», — сказал Назриев. «…», — возразил коллега: the colleague is the one
                # other person (of the verb's gender) named in this paragraph and the two
                # before it, besides the one who spoke before; with no one speaking before, or
                # with two others there, no one (never guess).
                g_c: Gender = None
                if verb and re.search(r"[а-яё]", verb):
                    g_c = "f" if verb.endswith("ла") else "m"
                k_para = bisect_right(self._para_starts, a) - 1
                since = self.paragraphs[max(0, k_para - 2)][0] if self.paragraphs else 0
                others = {
                    m.person
                    for m in self.mentions_in(since, a)
                    if m.person != self._previous_speaker and self._fits(m.person, g_c)
                }
                if self._previous_speaker is None or len(others) != 1:
                    return None, "descriptor", w.group(0)
                return others.pop(), "descriptor", w.group(0)
            if word in DESCRIPTORS_EN or _is_descriptor_ru(word):
                if (
                    any(at == a + w.start() for at, _ in self._anonymous_sources())
                    or re.search(
                        r"(?i)(?<![\w-])(?:один|одна|одного|одной|кто-то)\s+из\s+$",
                        seg[: w.start()],
                    )
                    or _INDEFINITE_BEFORE.search(seg[: w.start()])
                ):
                    # «— сказал один из дипломатов»: one of several, unnamed. "As one farmer
                    # near Gulistan told me", «один узбекский чиновник сказал мне»: a role with
                    # an indefinite word introduces someone new, never one named before (round 9).
                    # «Собеседник агентства в министерстве, пожелавший остаться неназванным,
                    # отметил, что …»: the description is the unnamed source itself, not a
                    # role of someone named before.
                    return None, "descriptor", w.group(0)
                g: Gender = None
                if verb and re.search(r"[а-яё]", verb):
                    g = "f" if verb.endswith("ла") else "m"
                # «уточнил китайский менеджер»: the nationality before the role narrows it to
                # the people the text introduced with it.
                prev = _WORD_RE.findall(seg[: w.start()])
                nation = _nationality(fold(prev[-1])) if prev else None
                if self.lang == "en":
                    titled = self._titled_before(a, word, seg[: w.start()])
                    if titled is not None:
                        return titled, "descriptor", w.group(0)
                k = self._described_before(a, word, g, nation)
                if k is None and nation is not None:
                    k = self._described_before(a, "", g, nation)
                if k is None:
                    k = self.last_person_before(a, g)
                if (
                    k is not None
                    and nation is not None
                    and nation not in self._roles(k)
                    and any(r.startswith("nation:") for r in self._roles(k))
                ):
                    # «добавил китайский министр» after «министр … Казахстана X»: X is the
                    # other side's; never guess.
                    return None, "descriptor", w.group(0)
                return k, "descriptor", w.group(0)
        return None

    def _verbs(self) -> str:
        return _VERBS_EN

    def _verbs_ru(self) -> str:
        return _VERBS_RU

    def attribute_after(self, span: Span) -> tuple[int | None, str, str] | None:
        """``"…," said X`` / ``"…," X said`` / ``«…», — заявил X``."""
        a = span.end + 1
        _, pb = self.paragraph_of(span.end)
        following = self.next_span_start(a)
        nxt = following - 1 if following is not None else pb
        end = min(self.sentence_end(a), nxt, pb)
        tail = self.masked[a:end]
        # «…» (Фаррух Шарипов): a name alone in brackets right after the words is their
        # speaker (a quote of the day, a caption).
        m = re.match(r"\s*\(([^()\n]{2,60})\)", self.masked[a:pb])
        if m is not None:
            inside = self.mentions_in(a + m.start(1), a + m.end(1))
            if len(inside) == 1 and not re.sub(
                r"[\s.,]", "", m.group(1).replace(self.text[inside[0].start : inside[0].end], "")
            ):
                return inside[0].person, "said_X", self.text[inside[0].start : inside[0].end]
        if re.search(r"[а-яё]", tail, re.I) or self.lang == "ru":
            m = re.match(rf"\s*[,.!?]?\s*[{_DASHES}]+\s*({self._verbs_ru()})\b", tail)
            if m and following is not None and end == nxt:
                # «…», — сказал «Интерфаксу» директор …, — заявила в интервью «Казинформу» X: the
                # outlet's name in «» after the verb (one word, after up to four lower-case
                # words) is not the next quotation; the attribution goes on after it.
                k = bisect_left(self._span_starts, following)
                outlet = self.spans[k]
                between = self.text[a + m.end(1) : following - 1]
                if (
                    re.fullmatch(r"(?:\s+[а-яё]+){0,4}\s*", between)
                    and re.fullmatch(r"[A-ZА-ЯЁ][\w-]*", outlet.text)
                ) or (
                    # «— говорит заместитель председателя правления АО «Казахстан темир жолы»
                    # Даурен Тлеубердин»: a company's name inside the attribution.
                    re.fullmatch(r"[^.!?:;]{0,80}", between)
                    and self._russian_name_in_sentence(outlet)
                ):
                    after = self.next_span_start(outlet.end + 1)
                    end = min(
                        self.sentence_end(outlet.end + 1),
                        after - 1 if after is not None else pb,
                        pb,
                    )
            if m:
                # «…», — сказала эксперт, а Ван Тао добавил: «…»: the attribution ends where a
                # second clause with its own subject starts.
                clause = _NEXT_CLAUSE_RU.search(self.masked, a + m.end(1), end)
                stop = clause.start() if clause else end
                ref = self._ref_in(a + m.end(1), stop, m.group(1))
                if ref and ref[0] is not None:
                    self.note_gender(ref[0], m.group(1))
                    return ref[0], "said_X", ref[2]
                return None
            m = _MANNER_VERB_RU.match(tail)
            if m and _finite_verb_ru(m.group(1)):
                # «…», — смеётся она / — вздыхает Касымова: after the quotation's dash, any
                # verb in the third person with «он»/«она» or a name as its subject, right
                # after it, attributes the words as a verb of saying does (round 9).
                who = self.mentions_in(a + m.start(2), a + m.end(2) + 60)
                if who and who[0].start == a + m.start(2):
                    subj = who[0]
                    return subj.person, "said_X", self.text[subj.start : subj.end]
                word = fold(m.group(2))
                if word in ("он", "она"):
                    back = self.last_person_before(a + m.start(2), _PRONOUNS[word])
                    return (back, "pronoun", m.group(2)) if back is not None else None
            # «…», — цитирует пресс-служба министерства слова вице-министра X: X's words.
            m = _QUOTING_WORDS_RU.match(tail)
            if m:
                ref = self._ref_in(a + m.end(), end, possessive=False)
                if ref and ref[0] is not None and ref[1] == "name":
                    return ref[0], "said_X", ref[2]
                # «— цитирует его пресс-служба»: the pronoun right after the verb is whose words
                # they are; «— приводит слова министра агентство Kazinform»: the person the
                # text gave that role (not a fallback to whoever was named last).
                words = _WORD_RE.findall(self.masked[a + m.end() : end])
                first = fold(words[0]) if words else ""
                if ref and ref[0] is not None and ref[1] == "pronoun" and first in _PRONOUNS:
                    return ref[0], "pronoun", words[0]
                if first and _is_descriptor_ru(first):
                    holder = self._described_before(a, first, None)
                    if holder is not None:
                        return holder, "descriptor", words[0]
                return None
            # «…». Об этом заявил журналистам X.
            if re.fullmatch(r"\s*[.!]?\s*", tail) and end == self.sentence_end(a):
                nb = min(self.sentence_end(end + 1), pb)
                m = re.match(
                    rf"\s*Об этом\s+(?:[а-яё]+\s+){{0,2}}?({self._verbs_ru()})\b",
                    self.masked[end:nb],
                )
                if m:
                    ref = self._ref_in(end + m.end(1), nb, m.group(1))
                    if ref and ref[0] is not None:
                        self.note_gender(ref[0], m.group(1))
                        return ref[0], "said_X", ref[2]
        if self.lang == "en" and _NEW_SENTENCE_AFTER_EN.match(tail) and span.text.endswith("."):
            # ""The price is agreed. The volumes are not." Chinese analyst Tang Lei said the
            # wording …": a quotation closed by a full stop ends its sentence, and the next
            # sentence's subject and verb are that sentence's, not the quotation's attribution
            # (English puts a comma there: ""…," Tang said"). Round 9.
            return None
        verbs = self._verbs()
        m = re.match(rf"\s*[,.!?]?\s*({verbs})\b", tail)
        if m:
            ref = self._ref_in(a + m.end(), end)
            if ref:
                return ref[0], "said_X", ref[2]
            if _UNNAMED_SUBJECT_EN.match(tail, m.end()):
                # ""…," said one driver": the verb's subject is someone the text does not
                # name; no weaker sign may give the words to anyone (round 9).
                return None, "unnamed", m.group(1)
            return None
        m = re.match(rf"\s*[,.!?]?\s*(.{{1,90}}?)\s+({verbs})\b", tail)
        if m and not re.search(r"[.;]", _HONORIFIC_STOP_EN.sub("", m.group(1))):
            if _PASSIVE_BEFORE_EN.search(m.group(1)):
                # ""…," Rakhimov was told (by the engineers)": the subject heard the words;
                # the speaker is the "by" phrase's person, if it names one (round 9).
                by = re.match(r"\s+by\s+([^,.;:!?]{1,80})", tail[m.end() :])
                ref = (
                    self._ref_in(a + m.end() + by.start(1), a + m.end() + by.end(1)) if by else None
                )
                if ref is not None and ref[0] is not None and ref[1] == "name":
                    return ref[0], "X_said", ref[2]
                return None, "passive", m.group(2)
            ref = self._ref_in(a + m.start(1), a + m.end(1))
            if ref:
                return ref[0], "X_said", ref[2]
            if _UNNAMED_SUBJECT_EN.fullmatch(m.group(1)):
                return None, "unnamed", m.group(2)  # ""…," a truck driver said"
        if self.lang == "en" and not span.text.endswith("."):
            # ""The rest is for the banks," Abdykadyrov countered." / "…," he shot back.": a
            # name, "he"/"she" or "the <role>" and one verb closing the sentence right after
            # a quotation attribute it as a verb of saying does, whatever the verb (round 9).
            m = _ANY_VERB_AFTER_EN.match(tail)
            if m is not None:
                g = "subj" if m.group("subj") else "subj2"
                ref = self._ref_in(a + m.start(g), a + m.end(g))
                if ref is not None and ref[0] is not None:
                    return ref[0], "X_said", ref[2]
        return None

    def attribute_before(self, span: Span) -> tuple[int | None, str, str] | None:
        """``X said: "…"`` / ``X said, "…"`` / ``according to X, "…"`` / ``X said … "…"`` /
        ``X отметил: «…»`` / ``по словам X, «…»`` / ``…,” said X, “…”`` (interrupted)."""
        a = self.sentence_start(span.start - 1)
        prefix = self.masked[a : span.start - 1]
        if not prefix.strip():
            return None
        labelled = self._script_label_before(span)
        if labelled is not None:
            return labelled
        # Interrupted: the previous quotation's attribution sits right before this one.
        m = re.search(r"[”\"»’]\s*,?\s*(.{1,120}?)[,:]?\s*$", prefix)
        if m and "\u2588" in prefix:
            k = bisect_left(self._span_starts, span.start) - 1
            prev = self.spans[k] if k >= 0 and a <= self.spans[k].end < span.start else None
            seg_a = prev.end + 1 if prev is not None else 0
            # "…», — сказал он, …, а она добавила: «…»": a second speech verb introduces this
            # quotation itself; the verb rules below read it.
            second = prev is not None and len(self._speech_verbs_in(seg_a, span.start - 1)) > 1
            if prev is not None and not second:
                ref = self._ref_in(seg_a, span.start - 1)
                if ref and ref[0] is not None:
                    return ref[0], "interrupted", ref[2]
        low = prefix.lower()
        # «Слова министра: «…»»: the words of the one named after «слова».
        m = re.search(r"(?<![\w-])слова\s+([^:.!?]{1,80}?):\s*$", low)
        if m and self.lang != "en":
            ref = self._ref_in(a + m.start(1), a + m.end(1))
            if ref and ref[0] is not None:
                return ref[0], "colon_intro", ref[2]
        # «Его слова приводит агентство «Синьхуа»: «…»»: the words of the one «его» points to.
        m = re.search(r"(?<![\w-])(его|ее|её)\s+слова\s[^:.!?]{0,80}:\s*$", low)
        if m and self.lang != "en":
            w = m.group(1)
            return self.last_person_before(a + m.start(1), _PRONOUNS[w]), "pronoun", w
        m = re.search(r"according to\s+|по (?:его |ее |её |их )?словам\s*", low)
        if m:
            if re.match(r"по (его|ее|её)", low[m.start() :]):
                w = low[m.start() :].split()[1]
                return self.last_person_before(a + m.start(), _PRONOUNS[w]), "pronoun", w
            ref = self._ref_in(a + m.end(), span.start - 1)
            relayed = self._relayed_subject(a, prefix, m.end(), ref)
            if relayed is not None:
                return relayed
            if ref:
                return ref[0], "according_to", ref[2]
        verbs = list(_ANY_SPEECH_VERB.finditer(prefix))
        quoting = _QUOTING_VERB.search(prefix)
        if quoting is not None and not any(v.start() > quoting.end() for v in verbs):
            # «Абдыкадыров процитировал президента: «…»», "Seitkali quoted an old proverb:
            # "…"": a verb of quoting gives someone else's words; they are whose its object
            # names (a name after it), else no one's — never its subject's (round 9).
            obj = self._ref_in(a + quoting.end(), span.start - 1, possessive=True)
            if obj is not None and obj[1] == "name" and obj[0] is not None:
                return obj[0], "colon_intro", obj[2]
            return None, "quoted", quoting.group(0)
        if not verbs:
            return self._colon_sentence_before(span, a)
        v = verbs[-1]
        # "Amangeldiev thanked Chen for what he called "…"": a pronoun right before the verb is
        # its subject, whatever names come earlier in the sentence.
        pron = _PRONOUN_BEFORE_VERB.search(prefix, 0, v.start())
        if pron is not None:
            w = pron.group(1)
            return self.last_person_before(a + pron.start(1), _PRONOUNS[fold(w)]), "pronoun", w
        role = re.search(r"(?<![\w-])([а-яё-]+)\s+$", prefix[: v.start()])
        if (
            role is not None
            and self.lang != "en"
            and _is_descriptor_ru(fold(role.group(1)))
            and _nominative_singular(fold(role.group(1)))
        ):
            # «На вопрос Чэня, видел ли он …, инженер ответил: «…»»: a role in the nominative
            # right before the verb is its subject, whatever names and pronouns come earlier
            # in the sentence (the question's) — round 10.
            # Its modifiers with it: «один узбекский чиновник» is someone new (round 9).
            mods = re.search(r"(?:[а-яё-]+\s+){0,3}$", prefix[: role.start(1)])
            at = mods.start() if mods is not None else role.start(1)
            subj = self._ref_in(a + at, a + v.start(), v.group(1))
            askers = {m.person for m in self.mentions_in(a, a + v.start()) if self._asker(m)}
            if subj is not None and subj[0] in askers:
                return None, "descriptor", subj[2]  # the role fell back to the one who asked
            if subj is not None and subj[0] is not None:
                return subj[0], "descriptor", subj[2]
        # "…, said X, …" with the name after the verb, then the name before the verb.
        ref = self._ref_in(a + v.end(), min(a + v.end() + 80, span.start - 1), v.group(1))
        before = self._ref_in(a, a + v.start(), v.group(1))
        objects_only = False
        if before is not None and before[0] is not None:
            pers = self._nearest_before(a, a + v.start())
            if pers is not None:
                before = (pers, "name", self.people[pers].name)
            elif before[1] == "name":
                # "The report, written by Marat Seitkali, says: "…"": every name before the
                # verb is a preposition's object, so none is its subject (round 9); the words
                # after the verb may still name the speaker («С Сейткали согласился посол»).
                objects_only, before = True, None
        if before is not None and before[0] is not None:
            self.note_gender(before[0], v.group(1)) if before[0] is not None else None
            cue = "colon_intro" if re.search(r":\s*$", prefix) else "partial"
            if re.search(r",\s*$", prefix) and v.end() > len(prefix.rstrip(" ,")) - 2:
                cue = "said_comma_before"
            return before[0], cue, before[2]
        if ref is not None and ref[0] is not None:
            return ref[0], "colon_intro", ref[2]
        if objects_only:
            return None, "object", v.group(1)  # a subject that is no one named: no one
        return None

    def _relayed_subject(
        self, a: int, prefix: str, at: int, ref: tuple[int | None, str, str] | None
    ) -> tuple[int | None, str, str] | None:
        """«По словам Сарсенбаева, Кенжебаев радовался …, но предупреждал: «…»», "According to
        Sarsenbayev, Kenzhebayev warned: "…"": the one who relays is not the speaker when the
        clause after the comma has a subject of its own named before its verb of saying; that
        subject is (round 10)."""
        if ref is None or ref[0] is None:
            return None
        comma = prefix.find(",", at)
        verbs = [v for v in _ANY_SPEECH_VERB.finditer(prefix, at) if v.start() > comma]
        if comma < 0 or not verbs:
            return None
        subject = re.match(r"\s*([A-ZА-ЯЁ][\w'’-]*)", prefix[comma + 1 : verbs[-1].start()])
        if subject is None:
            return None
        x = self.person_at(a + comma + 1 + subject.start(1), a + verbs[-1].start())
        if x is not None and x != ref[0]:
            return x, "partial", subject.group(1)
        if x is None:
            # A subject the finder cannot tell (a namesake, a country): no one, never the one
            # who relays the words.
            return None, "relayed", subject.group(1)
        return None

    def _script_label_before(self, span: Span) -> tuple[int, str, str] | None:
        """«ДАВЛАТОВ (синхрон): «…»», "ORAZOV (via interpreter): "…"": a broadcast script's
        label in capitals opening the paragraph, right before the quotation, is its speaker
        when it is the one person named before whose name has that word, in that form
        («ДАВЛАТОВА» is the woman, not her namesake Давлатов). No one else, or two: no one
        (round 9)."""
        pa, _ = self.paragraph_of(span.start)
        m = _SCRIPT_SPEAKER.fullmatch(self.masked, pa, span.start)
        if m is None:
            return None
        word = fold(m.group(1))
        found = {
            k
            for k, p in enumerate(self.people)
            if p.first < pa and any(fold(t) == word for t in name_tokens(p.name))
        }
        if len(found) != 1:
            return None
        k = found.pop()
        return k, "script_label", m.group(1)

    def _colon_sentence_before(self, span: Span, a: int) -> tuple[int, str, str] | None:
        """«Итог встречи Гульнара Токтосунова подвела так: «…»», «Дилноза Рахимова формулирует
        осторожнее: «…»»: a Russian sentence with no verb of saying that ends in a colon and
        a quotation closing the sentence is the words of the one person it names — named as
        filed (the nominative: not «Ивану Петрову задали вопрос:»), not after a preposition."""
        if not re.search(r":\s*$", self.masked[a : span.start - 1]):
            return None
        _, pb = self.paragraph_of(span.start)
        if (
            self.lang == "en"
            and span.text.rstrip().endswith((".", "!", "?"))
            and _NEW_SENTENCE_AFTER_EN.match(self.masked, span.end + 1, pb)
        ):
            # "Her colleague Serik Zhunusov was less enthusiastic: "… ten." She agreed …":
            # a quotation that ends its sentence ends it whatever follows (round 9).
            return self._colon_sentence_before_en(span, a)
        if not re.fullmatch(r"[\s.!?…]*", self.masked[span.end + 1 : pb]):
            return None  # the sentence goes on after the quotation
        if self.lang == "en":
            return self._colon_sentence_before_en(span, a)
        inside = self.mentions_in(a, span.start - 1)
        if len({m.person for m in inside}) != 1:
            return None
        m = inside[0]
        if self._after_preposition_ru(m) or not _same_forms(
            name_tokens(self.text[m.start : m.end]), name_tokens(self.people[m.person].name)
        ):
            return None
        return m.person, "colon_intro", self.text[m.start : m.end]

    def _colon_sentence_before_en(self, span: Span, a: int) -> tuple[int, str, str] | None:
        """ "Asked whether Afghanistan should be invited, he was blunt: "…"" / "Zhao put it
        plainly: "…"": an English sentence with no verb of saying that ends in a colon, with
        the quotation closing the paragraph, is the words of its subject — the one person it
        names other than as the object of a preposition, or with no one named, the "he"/"she"
        in it (pointing back as pronouns do). Two people, or neither: no one (round 8)."""
        inside = [m for m in self.mentions_in(a, span.start - 1) if not self._after_preposition(m)]
        if inside:
            if len({m.person for m in inside}) != 1:
                return None
            m = inside[0]
            return m.person, "colon_intro", self.text[m.start : m.end]
        if self.mentions_in(a, span.start - 1):
            return None
        pron = re.search(r"(?i)(?<![\w-])(he|she)(?![\w-])", self.masked[a : span.start - 1])
        if pron is None:
            return None
        w = pron.group(1)
        k = self.last_person_before(a + pron.start(1), _PRONOUNS[fold(w)])
        return (k, "pronoun", w) if k is not None else None

    def _speech_verbs_in(self, a: int, b: int) -> list[re.Match[str]]:
        return list(_ANY_SPEECH_VERB.finditer(self.masked, a, b))

    def _nearest_before(self, a: int, b: int) -> int | None:
        """The person named nearest before ``b`` in ``[a, b)``, skipping objects of a
        preposition ("talks with Mamytov")."""
        for m in reversed(self.mentions_in(a, b)):
            pre = self.masked[max(a, m.start - 6) : m.start].lower()
            if re.search(r"\b(with|to|by|from|for|of|on|about|и|с|со)\s+$", pre):
                continue
            if self._asker(m):
                continue
            return m.person
        return None

    def is_speechlike(self, span: Span) -> bool:
        """Names of documents, brands and scare quotes are not speech: Title Case with no
        sentence punctuation, or one or two words."""
        words = _WORD_RE.findall(span.text)
        if len(words) <= 2:
            return False
        if span.open_mark in "—:?A":
            # A dialogue paragraph or an interview's answer is speech by its form, never a
            # title: «— Встретимся в Синьцзяне, — сказал он» is Title Case only by the place.
            return True
        content = [w for w in words if len(w) > 3]
        title_case = bool(content) and all(w[0].isupper() for w in content)
        if title_case and not re.search(r"[.!?]$", span.text):
            return False
        if (
            title_case
            and self.lang == "en"
            and len(content) >= 2
            and len(words) <= 5
            and re.fullmatch(r"[^.!?,;:]+\.", span.text)
        ):
            # "… the government's poster campaign “Road of Prosperity.”": American copy puts
            # the sentence's full stop inside the closing mark; a short Title Case name with no
            # other punctuation (two capitalised words or more: "Water is our oil." is
            # speech) is still a name, not speech (round 10).
            return False
        return not self._russian_name_in_sentence(span)

    def _russian_name_in_sentence(self, span: Span) -> bool:
        """Russian capitalises only the first word of a name («инициативы «Пояс и путь»»,
        «объявлен «Годом туризма Китай — Центральная Азия»»): a capitalised quotation right
        after a lower-case word, with no sentence punctuation in it, names something; a partial
        quote there starts in lower case («назвал туризм «самым человеческим измерением»»),
        and speech is introduced by a colon, a dash or a paragraph."""
        if self.lang != "ru" or not span.text[:1].isupper():
            return False
        before = self.text[max(0, span.start - 40) : span.start - 1]
        return bool(re.search(r"(?:[а-яё\d]|(?<![\w-])[А-ЯЁ]{2,})\s*$", before)) and not re.search(
            r"[.!?…]", span.text
        )

    def run(self) -> Analysis:
        self.find_people()
        quotations: list[Quotation] = []
        not_speech: list[Span] = []
        last: tuple[Span, int] | None = None  # previous quotation and its speaker
        for span in self.spans:
            if not self.is_speechlike(span):
                not_speech.append(span)
                continue
            self._previous_speaker = last[1] if last is not None else None
            ref = self.attribute_after(span)
            if ref is None or ref[0] is None:
                ref = self.attribute_before(span) or ref
            inside = self._attribute_inside(span)
            if inside is not None:
                ref = inside
            speaker: int | None = ref[0] if ref else None
            cue = ref[1] if ref else ""
            written = ref[2] if ref else ""
            if ref is not None and ref[0] is None:
                # ""…," one farmer said" / ""…," she said" with no woman named: the words'
                # own attribution names someone who is no one the text named, so no weaker
                # sign (the previous speaker going on, a paragraph before) may give them to
                # anyone (round 9: a null speaker is no error, a wrong one is). Still speech:
                # it ends a reported clause rather than becoming part of one.
                not_speech.append(span)
                self._unnamed_speech.add(span.start)
                continue
            if speaker is None and span.open_mark in "—:?A":
                answer = self._interview_answer(span)
                if answer is not None:
                    speaker, cue, written = answer, "interview", ""
            if speaker is None:
                org = self._organisation_after(span)
                if org is not None:
                    # Not a person's words: filed under the organisation or document's name
                    # (cue "organisation"), never continued by the next quotation.
                    quotations.append(Quotation(span.text, span.start, span.end, *org))
                    last = None
                    continue
            if speaker is None and self._unread_attribution_after(span):
                not_speech.append(span)  # someone else's words, or a document's: never guess
                continue
            if speaker is None:
                named = self._named_in_next_paragraph(span)
                if named is not None:
                    speaker, cue, written = named
            if speaker is None and last is not None and self._continues(last[0], span):
                speaker, cue, written = last[1], "continuation", ""
            if speaker is None:
                intro = self._intro_paragraph_before(span)
                if intro is not None and intro[0] is not None:
                    speaker, cue, written = intro
            if speaker is None:
                said = self._said_in_sentence_before(span)
                if said is not None:
                    speaker, cue, written = said, "sentence_before", ""
            if speaker is None:
                later = self._attributed_later(span)
                if later is not None:
                    speaker, cue, written = later, "attributed_later", ""
            if speaker is None:
                not_speech.append(span)
                continue
            for piece_text, a, b in self._split_interrupted(span):
                quotations.append(
                    Quotation(piece_text, a, b, self.people[speaker].name, cue, written)
                )
            if span.open_mark in "—:?A":
                quotations += self._nested_quotations(span)
            last = (span, speaker)
            self._speaker_of[span.start] = speaker
        return Analysis(
            self.text,
            self.lang,
            self.spans,
            quotations,
            not_speech,
            self.paraphrases(),
            self.people,
            self.mentions,
        )

    def _nested_quotations(self, span: Span) -> list[Quotation]:
        """«— Когда мы подписывали соглашение, … профессор Чэнь Гохуа сказал мне: «Мы
        приехали учить, а не командовать»»: a dialogue paragraph or an interview answer is one
        person's words, and the quotations inside it are attributed within them, by the same
        rules, read on the answer's own text (the answer is masked in the article's). The
        people they name are added to the article's (a later «Профессор Чэнь» in another answer
        is the same man); a quotation the answer does not attribute is left out."""
        out: list[Quotation] = []
        for pa, pb in span.pieces:
            piece = self.text[pa:pb]
            if not any(mark in piece for mark in _OPENERS):
                continue
            sub = _Finder(piece, self.lang)
            for q in sub.run().quotations:
                if q.speaker is None or q.cue == ORGANISATION_CUE:
                    continue
                k = self._known(q.speaker)
                if k is None:
                    tp = next(p for p in sub.people if p.name == q.speaker)
                    k = len(self.people)
                    for tok in name_tokens(tp.name):
                        self._by_stem.setdefault(name_stem(tok), []).append(k)
                    self.people.append(dataclasses.replace(tp, first=tp.first + pa))
                out.append(
                    Quotation(
                        q.text, q.start + pa, q.end + pa, self.people[k].name, "nested", q.written
                    )
                )
        return out

    def _interview_answer(self, span: Span) -> int | None:
        """An interview's answers. A transcript's «Тлеубердин: …» is the person the label
        names (the label is only that name). A dash paragraph with no attribution right after
        a question (a dash paragraph ending with «?») is the interviewee's: the one person the
        last sentence before the questions names («Токтосунова рассказала нашему
        корреспонденту, …»), or else the one the first question addresses by given name
        («— Айгуль Кубанычбековна, кто …?»). Two people there, or none: no one."""
        pa, _ = self.paragraph_of(span.start)
        if span.open_mark == "A":
            return self._qa_interviewee()
        if span.open_mark == ":":
            label = self.masked[pa : span.start]
            found = self.mentions_in(pa, span.start)
            if len(found) != 1:
                return None
            m = found[0]
            rest = label[: m.start - pa] + label[m.end - pa :]
            return m.person if re.fullmatch(r"[\s*:]*", rest) else None
        k = bisect_right(self._para_starts, span.start) - 1
        first_question = None
        answers = {
            self.paragraph_of(a)[0]  # every paragraph of an answer, also the ones it goes on in
            for sp in self.spans
            if sp.open_mark in "—?"
            for a, _ in sp.pieces
        }
        while k > 0:
            qa, qb = self.paragraphs[k - 1]
            line = self.text[qa:qb].strip(" \t*")
            question = _is_question(self.text[qa:qb])
            after_question = k > 1 and _is_question(self.text[slice(*self.paragraphs[k - 2])])
            if not (
                question or re.match(rf"[{_DASHES}]\s", line) or qa in answers or after_question
            ):
                break
            if first_question is None and not question:
                return None  # the paragraph before this one is no question
            first_question = (qa, qb)
            k -= 1
        if first_question is None or k == 0:
            return None
        ia, ib = self.paragraphs[k - 1]
        people = {m.person for m in self.mentions_in(self._last_sentence_start(ia, ib), ib)}
        if len(people) == 1:
            return people.pop()
        address = re.match(
            rf"[\s*]*[{_DASHES}]\s+([А-ЯЁ][а-яё]+)\s+[А-ЯЁ][а-яё]+(?:вна|вич|кызы|улы),",
            self.text[first_question[0] : first_question[1]],
        )
        if address is None:
            return None
        named = [
            p
            for p in people
            if any(same_token(address.group(1), t) for t in name_tokens(self.people[p].name)[:1])
        ]
        return named[0] if len(named) == 1 else None

    def _last_sentence_start(self, a: int, b: int) -> int:
        """Where the last sentence of the paragraph ``[a, b)`` starts, past the markup that may
        close it (an italic lead «*… рассказала, почему «…».*»: the full stop before «*» ends
        the sentence, not a sentence of its own)."""
        end = b
        while end > a + 1 and self.text[end - 1] in "*_ \t":
            end -= 1
        return self.sentence_start(end - 1)

    def _qa_interviewee(self) -> int | None:
        """Who answers a «Вопрос:/Ответ:» interview: the lead paragraph before the first
        question introduces them — the one person its last sentence names or points to
        («Он рассказал о подготовке …»), else the one person the paragraph names. Two people
        there, or none: no one."""
        first = _QA_LABEL.search(self.text)
        if first is None:
            return None
        k = bisect_right(self._para_starts, first.start()) - 1
        if k <= 0:
            return None
        la, lb = self.paragraphs[k - 1]
        last = self._last_sentence_start(la, lb)
        people = {m.person for m in self.mentions_in(last, lb)}
        if len(people) == 1:
            return people.pop()
        if not people:
            ref = self._ref_in(last, lb)
            if ref is not None and ref[0] is not None and ref[1] == "pronoun":
                return ref[0]
        people = {m.person for m in self.mentions_in(la, lb)}
        return people.pop() if len(people) == 1 else None

    def _organisation_after(self, span: Span) -> tuple[str, str, str] | None:
        """«…», — сообщили в пресс-службе авиакомпании «Сомон Эйр». / «…», — говорится в
        сообщении Министерства иностранных дел Таджикистана. / «…». Об этом сообщили в
        Министерстве торговли.: the words of an organisation or a document, not of a person.
        (The organisation's name in the nominative, the cue ``ORGANISATION_CUE``, the words as
        written.) Only a name the text gives — capitalised or in «» — is taken; «— говорится в
        совместном заявлении» names none and stays unread."""
        if self.lang == "en":
            return None
        a = span.end + 1
        _, pb = self.paragraph_of(span.end)
        end = min(self.sentence_end(a), pb)
        m = _ORGANISATION_AFTER.match(self.masked, a, end)
        if m is None and re.fullmatch(r"\s*[.!]?\s*", self.masked[a:end]):
            nb = min(self.sentence_end(end + 1), pb)
            m = _ORGANISATION_NEXT.match(self.masked, end, nb)
            a, end = end, nb
        if m is None:
            return None
        rest = self.masked[m.end() : end]
        nxt = self.next_span_start(m.end())
        if nxt is not None and nxt < end and re.fullmatch(r"[а-яё\s-]*", rest[: nxt - 1 - m.end()]):
            k = bisect_left(self._span_starts, nxt)
            name = self.spans[k].text.strip()
        else:
            words = re.match(r"\s*((?:[А-ЯЁ][\w-]*)(?:\s+[\w-]+)*)", rest)
            if words is None:
                return None
            phrase = words.group(1)
            said = self.masked[a : m.end()]
            if not re.search(_ORG_DOC + r"$", said) and not _INSTITUTION_RU.match(phrase):
                return None  # «— сообщили в Астане»: a place, not who spoke
            cut = _ORG_NAME_END.search(phrase)
            name = _nominative_phrase(phrase[: cut.start()] if cut else phrase)
        written = self.text[a:end].strip(" .,!?" + _DASHES)
        return name, ORGANISATION_CUE, written

    def _said_in_sentence_before(self, span: Span) -> int | None:
        """«Ашикбаев подчеркнул важность проекта. «…».»: a Russian quotation that stands as a
        sentence of its own, right after a sentence of the same paragraph whose verb of saying
        has one person named, is that person's. Two people named there, or none, or any
        attribution after the quotation: no one from here."""
        if self.lang == "en":
            return None
        start = self.sentence_start(span.start)
        pa, _ = self.paragraph_of(span.start)
        if self.text[start : span.start - 1].strip() or start <= pa:
            return None
        tail = self.masked[span.end + 1 : self.sentence_end(span.end + 1)]
        if not re.fullmatch(r"\s*[.!?…]?\s*", tail):
            return None
        before = self.sentence_start(start - 1)
        if not self._speech_verbs_in(before, start):
            return None
        people = {m.person for m in self.mentions_in(before, start)}
        return people.pop() if len(people) == 1 else None

    def _named_in_next_paragraph(self, span: Span) -> tuple[int, str, str] | None:
        """A quotation standing as a paragraph of its own, with the next paragraph opening
        "That is how X sums up …" / "Those were the words of X, who …" / "So says X": X's —
        the person that paragraph's first sentence names first. English only (round 8)."""
        if self.lang != "en":
            return None
        pa, pb = self.paragraph_of(span.start)
        if self.text[pa : span.start - 1].strip() or self.text[span.end + 1 : pb].strip(" .\n"):
            return None
        k = bisect_right(self._para_starts, pb)
        if k >= len(self.paragraphs):
            return None
        na, nb = self.paragraphs[k]
        lead = _NEXT_PARAGRAPH_NAMES.match(self.masked, na, nb)
        if lead is None:
            return None
        inside = self.mentions_in(lead.end(), min(self.sentence_end(lead.end()), nb))
        if not inside or inside[0].start - lead.end() > 40:
            return None
        m = inside[0]
        return m.person, "named_next_paragraph", self.text[m.start : m.end]

    def _attributed_later(self, span: Span) -> int | None:
        """«Его коллега, климатолог Мадина Шарипова, была осторожнее. «Цифры пугают…». Прогнозы
        нужно проверять … «Нам нужны новые посты», — отметила Шарипова.»: a Russian quotation
        standing as a sentence of its own, after a sentence that names one person (and no verb
        of saying), is that person's when the next quotation of the paragraph is attributed to
        the same person and no one else is named in between. Anything else: no one from here."""
        if self.lang == "en":
            return None
        start = self.sentence_start(span.start)
        pa, pb = self.paragraph_of(span.start)
        if self.text[start : span.start - 1].strip() or start <= pa:
            return None
        if not re.fullmatch(
            r"\s*[.!?…]?\s*", self.masked[span.end + 1 : self.sentence_end(span.end + 1)]
        ):
            return None
        before = self.sentence_start(start - 1)
        people = {m.person for m in self.mentions_in(before, start)}
        if len(people) != 1:
            return None
        k = bisect_right(self._span_starts, span.start)
        if k >= len(self.spans) or self.spans[k].start >= pb:
            return None
        nxt = self.spans[k]
        if self.mentions_in(span.end + 1, nxt.start - 1):
            return None
        ref = self.attribute_after(nxt)
        person = people.pop()
        return person if ref is not None and ref[0] == person else None

    def _unread_attribution_after(self, span: Span) -> bool:
        """«…», — говорится в совместном заявлении. / «…», — цитирует пресс-служба …: a dash
        and a lower-case word after a Russian quotation attribute it, to someone or something
        the rules could not read. Such a quotation is not the previous one going on, nor the
        words of the person a paragraph before introduced."""
        if self.lang == "en":
            return False
        tail = self.masked[span.end + 1 : span.end + 40]
        return re.match(rf"\s*[,.!?]?\s*[{_DASHES}]+\s*[а-яё]", tail) is not None

    def _intro_paragraph_before(self, span: Span) -> tuple[int | None, str, str] | None:
        """A quotation that opens a paragraph after one ending with a colon is introduced by
        that paragraph's last sentence («Чжан Вэй рассказал журналистам о планах компании:»):
        its speech verb's subject, or the person named after the verb."""
        pa, _ = self.paragraph_of(span.start)
        # «…» or a dialogue paragraph's «— …» opening the paragraph.
        opening = self.text[pa : span.start]
        if pa == 0 or not (len(opening) == 1 or re.fullmatch(rf"[{_DASHES}]\s+", opening)):
            return None
        qa, qb = self.paragraph_of(pa - 1)
        if qb > pa or not self.masked[qa:qb].rstrip().endswith(":"):
            return None
        a = self.sentence_start(qb - 1)
        verbs = self._speech_verbs_in(a, qb)
        if (
            not verbs
            and not self.mentions_in(a, qb)
            and not re.search(r"(?i)(?<![\w-])(?:he|she|он|она)(?![\w-])", self.masked[a:qb])
        ):
            # "Minister Nurmatov set out the results in his opening address. … Cherries alone
            # accounted for a third of that growth:": a last sentence that names no one hands
            # the floor to the one person the paragraph names as a subject (round 9).
            named = {m.person for m in self.mentions_in(qa, qb) if not self._after_preposition(m)}
            if len(named) == 1 and len({m.person for m in self.mentions_in(qa, qb)}) == 1:
                k = named.pop()
                return k, "colon_intro", self.people[k].name
            return None
        if not verbs and self.lang != "en":
            # «Юсупова взяла микрофон:»: no verb of saying, but the colon hands the floor to
            # the sentence's one person (named, or «он»/«она»); two people: no one.
            named = {m.person for m in self.mentions_in(a, qb)}
            ref = self._ref_in(a, qb)
            if len(named) > 1 or ref is None or ref[0] is None:
                return None
            return ref[0], "colon_intro", ref[2]
        if not verbs:
            return None
        v = verbs[-1]
        ref = self._ref_in(a, v.start(), v.group(1)) or self._ref_in(v.end(), qb, v.group(1))
        if ref is None or ref[0] is None:
            return None
        self.note_gender(ref[0], v.group(1))
        return ref[0], "colon_intro", ref[2]

    def _continues(self, prev: Span, span: Span) -> bool:
        """An unattributed quotation continues the previous one when nothing else was said in
        between: the same paragraph, or the next one when the previous paragraph ends with the
        previous quotation or its own short attribution (""…," Rahimzoda said." then a
        paragraph that opens with a quotation), and no other person is named in between except
        as the object of a preposition (""…," Wang said of Toktogulov. "…"")."""
        between = self.masked[prev.end + 1 : span.start - 1]
        speaker = self._speaker_of.get(prev.start)
        if any(
            m.person != speaker and not self._after_preposition(m)
            for m in self.mentions_in(prev.end + 1, span.start - 1)
        ):
            return False
        if any(prev.end < at < span.start for at, _ in self._anonymous_sources()):
            # ""…" A Chinese diplomat here, who did not want to be named, was more cautious.
            # His words were: "…"": an unnamed source introduced in between is someone else
            # speaking, not the previous speaker going on (round 9).
            return False
        pa, _ = self.paragraph_of(span.start)
        if pa <= prev.end:
            return True
        if between.count("\n") > 2:
            return False
        # Only white space, or the full stop Russian puts after a closing mark («…».), between.
        if not between.strip("\n ."):
            return True
        _, prev_end = self.paragraph_of(prev.end)
        tail = self.masked[prev.end + 1 : prev_end]
        if prev.open_mark == span.open_mark == "—" and not self._dialogue_exchange(prev, span):
            # «— A, — сказал X.» then «— B.»: a news writer giving X a second paragraph.
            return (
                _ANY_SPEECH_VERB.search(tail) is not None
                and len(_WORD_RE.findall(tail)) <= MAX_ATTRIBUTION_WORDS
            )
        return (
            pa == span.start - 1
            and "\u2588" not in tail
            and _ANY_SPEECH_VERB.search(tail) is not None
            and len(_WORD_RE.findall(tail)) <= MAX_ATTRIBUTION_WORDS
        )

    def _dialogue_exchange(self, prev: Span, span: Span) -> bool:
        """Is «— B.» after «— A, — сказал X.» a new turn of a dialogue rather than X going on?
        A question on either side («— …? — спросил X.», «— А сроки?») or another dash
        paragraph right before X's (two people talking) makes it one."""
        pa, _ = self.paragraph_of(prev.start)
        k = bisect_right(self._para_starts, pa) - 1
        if k > 0 and re.match(
            rf"[ \t]*[{_DASHES}][ \t]", self.text[slice(*self.paragraphs[k - 1])]
        ):
            return True
        _, pb = self.paragraph_of(prev.start)
        asked = re.search(
            r"(?<![\w-])(?:спросил|поинтересовал|уточнил)", self.masked[prev.end : pb]
        )
        words_a = self.text[slice(*prev.pieces[-1])].rstrip()
        words_b = self.text[slice(*self.paragraph_of(span.start))].rstrip()
        return asked is not None or words_a.endswith("?") or words_b.endswith("?")

    def _attribute_inside(self, span: Span) -> tuple[int | None, str, str] | None:
        """«A, — сказал X. — B» / «A, — сказала она. — B»: the speaker named (or pointed
        back to) between the two parts; it wins over anything around the quotation."""
        found = self._inside.get(span.start)
        if found is None:
            return None
        ref = self._ref_in(found.end(2), found.end(1), found.group(2))
        if ref is None or ref[0] is None:
            return None
        self.note_gender(ref[0], found.group(2))
        return ref[0], "interrupted", ref[2]

    def _split_interrupted(self, span: Span) -> list[tuple[str, int, int]]:
        """«A, — сказал X. — B» is two quotations around the attribution (B may run on over
        more paragraphs)."""
        found = self._inside.get(span.start)
        m = _INTERRUPTION.search(span.text)
        if not m or found is None:
            return [(span.text, span.start, span.end)]
        first = span.text[: m.start() + 1]
        second = span.text[m.end() :]
        return [
            (first, span.start, span.start + len(first)),
            (second, found.end(), span.end),
        ]

    # -- paraphrases

    def paraphrases(self) -> list[Paraphrase]:
        """Reported clauses; a quotation that is not speech (a title, a scare quote) is part
        of the clause, a quotation of speech ends it."""
        speech = [
            sp
            for sp in self.spans
            if sp.start in self._speaker_of or sp.start in self._unnamed_speech
        ]
        self.speech_masked = _masked(self.text, speech)
        out: list[Paraphrase] = []
        verbs = self._verbs()
        for pa, pb in self.paragraphs:
            pos = pa
            while pos < pb:
                end = self.sentence_end(pos)
                if end <= pos:
                    break
                self._paraphrase_in(pos, end, verbs, out)
                pos = end
        return out

    def _paraphrase_in(self, a: int, b: int, verbs: str, out: list[Paraphrase]) -> None:
        sent = self.speech_masked[a:b]
        label = _SCRIPT_LABEL.match(sent) if self.lang != "en" else None
        if label is not None:  # «КОРРЕСПОНДЕНТ: По её словам, …»: the label is no word of it
            a += label.end()
            sent = sent[label.end() :]
        lead = len(sent) - len(sent.lstrip())
        body = sent.strip()
        base = a + lead
        clause_at: int | None = None
        ref: tuple[int | None, str, str] | None = None
        m = re.match(
            rf"(?i)(according to|по (?:словам|мнению)|по (?:его|ее|её) (?:словам|мнению)"
            rf"|как (?:{self._verbs_ru()}))\s*",
            body,
        )
        if m:
            pron = re.match(r"(?i)по (его|ее|её) (?:словам|мнению),\s*", body)
            if pron:
                ref = (
                    self.last_person_before(base, _PRONOUNS[pron.group(1).lower()]),
                    "pronoun",
                    pron.group(1),
                )
                clause_at = pron.end()
            else:
                c = self._clause_after_name(body, m.end(), base)
                if c is not None:
                    ref = self._ref_in(base + m.end(), base + c)
                    clause_at = c
                    # «Как отметил собеседник агентства в таможенном комитете, …» may be someone
                    # the article never names: «как заявил» files only a named person.
                    if m.group(1).lower().startswith("как") and ref and ref[1] != "name":
                        ref = None
        clause_end = len(body)
        if clause_at is None and self.lang != "en":
            # «Казахстан планирует поставить … тонн. Об этом сообщил корреспонденту агентства
            # вице-министр … Ерлан Сапаров.»: the sentence before «Об этом сообщил X» is X's.
            told = self._told_in_next_sentence(b)
            if told is not None and "\u2588" not in body:
                dateline = _DATELINE.match(body)
                ref, clause_at = told, dateline.end() if dateline else 0
        if clause_at is None and self.lang == "en":
            # "CLAUSE, according to X." / "CLAUSE, X said." / "CLAUSE, said X."
            t = _TRAILING_ATTRIBUTION.search(body)
            if t is not None and not re.match(r"[“\"«„‘\u2588]", body):
                who = next(g for g in ("to", "before", "after") if t.group(g))
                ref = self._ref_in(base + t.start(who), base + t.end(who))
                if ref is not None and ref[0] is not None:
                    clause_at, clause_end = 0, t.start()
                else:
                    ref = None
        if clause_at is None and self.lang != "en":
            # «CLAUSE, сообщила заместитель министра … Бактыгуль Осмонова.»
            t = _TRAILING_ATTRIBUTION_RU.search(body)
            if t is not None and not re.match(r"[“\"«„‘\u2588]", body):
                ref = self._ref_in(base + t.end(1), base + len(body), t.group(1))
                if ref is not None and ref[0] is not None and ref[1] == "name":
                    clause_at, clause_end = 0, t.start()
                else:
                    ref = None
        if clause_at is None and self.lang != "en" and "\u2588" not in body:
            # «Тарифы, уточнил он, стороны обсудят …», «Тариф, по её словам, будут
            # пересматривать …»: an attribution set off by commas after the sentence's first
            # words; the clause is what follows it.
            p = re.match(
                rf"[^,\u2588]{{1,60}},\s+(?:по\s+(его|ее|её)\s+словам|({self._verbs_ru()})"
                r"\s+([^,]{1,40}?))\s*,\s+(?=[а-яё])",
                body,
            )
            if p is not None:
                if p.group(1):
                    w = p.group(1).lower()
                    ref = (self.last_person_before(base, _PRONOUNS[w]), "pronoun", w)
                else:
                    ref = self._ref_in(base + p.start(3), base + p.end(3), p.group(2))
                clause_at = p.end() if ref is not None and ref[0] is not None else None
        if clause_at is None:
            verb_re = rf"\b({verbs}|{self._verbs_ru()})\b({_REPORTED_OBJECT})?,?\s*"
            m = re.search(verb_re, body)
            if self.lang == "en" and m is not None and m.group(1) not in REPORTING_VERBS_EN:
                # "The Chinese official called the protocol "…" and said that …": the first
                # verb that reports a clause, not the first verb of saying (round 8).
                m = next(
                    (
                        x
                        for x in re.finditer(verb_re, body)
                        if x.group(1) in REPORTING_VERBS_EN
                        or (
                            x.group(2)
                            and re.search(r"\bthat\b", x.group(2))
                            and x.group(1) in THAT_VERBS_EN
                        )
                    ),
                    m,
                )
            that = bool(m and m.group(2) and re.search(r"\b(?:that|что)\b", m.group(2)))
            colon = bool(
                m
                and self.lang != "en"
                and re.search(r"[а-яё]", m.group(1))
                and re.match(r":\s*[а-яё]", body[m.end(1) :])
                and "\u2588" not in body[m.end(1) :]
            )
            if m and (
                m.group(1) in REPORTING_VERBS_EN
                or (that and m.group(1) in THAT_VERBS_EN)
                # Russian reports speech with «что»; «рассказал журналистам о планах» is not
                # a statement. «Ван Лэй подтверждает: часть продукции уже уходит …»: a clause
                # in lower case after a colon, with no quotation in it, is the verb's too.
                or (that and re.search(r"[а-яё]", m.group(1)))
                or colon
            ):
                head = body[: m.start()]
                if (
                    not re.match(r"[“\"«„‘]", head)
                    and not re.search(r"[.:]\s*$", head)
                    and not (self.lang == "en" and _PASSIVE_BEFORE_EN.search(head))
                ):
                    ref = self._ref_in(base, base + m.start(), m.group(1))
                    clause_at = (
                        m.end()
                        if not colon
                        else m.end(1)
                        + 1
                        + (len(body[m.end(1) + 1 :]) - len(body[m.end(1) + 1 :].lstrip()))
                    )
        if ref is None or ref[0] is None or clause_at is None:
            return
        clause = body[clause_at:clause_end]
        q = clause.find("\u2588")
        mixed = q >= 0
        if mixed:
            clause = clause[: max(0, q - 1)]
        clause = re.sub(r"[\s,.;:]+$", "", clause)
        if len(_WORD_RE.findall(clause)) < MIN_PARAPHRASE_WORDS:
            return
        text = self.text[base + clause_at : base + clause_at + len(clause)]
        if "\u2588" in text:
            return
        out.append(Paraphrase(text, base + clause_at, self.people[ref[0]].name, mixed))

    def _told_in_next_sentence(self, b: int) -> tuple[int | None, str, str] | None:
        """The person named in a next sentence «Об этом сообщил/заявил … X.» of the same
        paragraph (by name: a pronoun or a role there is left alone)."""
        _, pb = self.paragraph_of(b)
        if b >= pb:
            return None
        nb = min(self.sentence_end(b + 1), pb)
        m = _ABOUT_THIS_SAID.match(self.speech_masked, b, nb)
        if m is None:
            return None
        ref = self._ref_in(m.end(1), nb, m.group(1))
        return ref if ref is not None and ref[0] is not None and ref[1] == "name" else None

    def _clause_after_name(self, body: str, at: int, base: int) -> int | None:
        """Where the reported clause starts after "according to NAME(, appositive)?, "."""
        rest = body[at:]
        commas = [m.end() for m in re.finditer(r",\s*", rest)]
        if not commas:
            return None
        if len(commas) >= 2:
            appositive = rest[commas[0] : commas[1]]
            if (
                re.match(r"(?:[a-zа-яё]|[A-Z]\w+['’]s\s)", appositive)
                and len(appositive) < 120
                and _describes_a_person(appositive)
            ):
                first_clause = rest[commas[1] :]
                if first_clause and first_clause[0].islower():
                    return at + commas[1]
        return at + commas[0]


def analyse(text: str, language: str | None = None) -> Analysis:
    """Find the quotations of ``text``, who the text says spoke each, and its reported speech."""
    return _Finder(text, language).run()


# --- verbatim location -------------------------------------------------------------------------

_QUOTE_TABLE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def normalise(text: str) -> str:
    """Whitespace and typographic quote marks only: what the verbatim check forgives.

    (``split``/``join`` is ``re.sub(r"\\s+", " ", …).strip()`` exactly — both use the same
    Unicode whitespace — at a fraction of the cost; every quote and source goes through it.)"""
    return " ".join(text.translate(_QUOTE_TABLE).split())


def locate(quote: str, analysis: Analysis) -> list[Quotation | Span]:
    """The attributed quotations that contain ``quote``, exact matches first (else the
    unattributed spans that do; else nothing). A text can occur more than once, said by
    different people: the caller accepts the quote if any occurrence is its speaker's.

    Curated texts leave out the trailing comma a quotation keeps before its attribution, so
    containment, not equality, is what counts."""
    q = normalise(quote).rstrip(",. ")
    if not q:
        return []
    exact, keyed = analysis.keyed()
    found: list[Quotation | Span] = list(exact.get(q, ()))
    found += [qt for text, qt in keyed if q in text and text.rstrip(",. ") != q]
    if found:
        return found
    return [s for s in analysis.not_speech if q in normalise(s.text)]
