"""Draft knowledge-base records from a new article: ``summitbot kb import ARTICLE``.

The drafts are for a curator to review, never for the bot: they go to standard output or to a
drafts file the loader does not read (the command refuses a ``.yaml`` path directly inside the
knowledge directory), every gap is a ``TODO`` that ``kb check`` rejects, and the header says so.
Quotes and speakers come from :mod:`bot.attribution`, the same finder ``kb check`` uses, so a
draft that ``kb import`` writes is attributed by the rules that will check it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot import tuning
from bot.attribution import (
    ORGANISATION_CUE,
    Analysis,
    Quotation,
    Span,
    TextPerson,
    analyse,
    fold,
    name_tokens,
    names_match,
    normalise,
    scan_spans,
)
from bot.model import KnowledgeBase, Person

#: Marks every value the article does not give; ``kb check`` refuses a base that still has one.
TODO = "TODO"
#: How many words of a quote go into a "who said …" alternate question.
QUESTION_WORDS = 9

#: Nationality adjectives and countries as articles write them -> the country, in English as
#: the knowledge base files it (``country: Kazakhstan``).
COUNTRIES: dict[str, str] = {
    "china": "China",
    "chinese": "China",
    "kazakhstan": "Kazakhstan",
    "kazakh": "Kazakhstan",
    "kyrgyzstan": "Kyrgyzstan",
    "kyrgyz": "Kyrgyzstan",
    "tajikistan": "Tajikistan",
    "tajik": "Tajikistan",
    "turkmenistan": "Turkmenistan",
    "turkmen": "Turkmenistan",
    "uzbekistan": "Uzbekistan",
    "uzbek": "Uzbekistan",
    "russia": "Russia",
    "russian": "Russia",
    "казахстан": "Kazakhstan",
    "китай": "China",
    "кнр": "China",
    "кыргызстан": "Kyrgyzstan",
    "киргизия": "Kyrgyzstan",
    "таджикистан": "Tajikistan",
    "туркменистан": "Turkmenistan",
    "туркмения": "Turkmenistan",
    "узбекистан": "Uzbekistan",
    "россия": "Russia",
}


@dataclass(frozen=True)
class Article:
    title: str | None
    body: str


def read_article(path: Path | str) -> Article:
    """A text or Markdown article; a first line ``# Title`` is its title, not its text."""
    text = Path(path).read_text(encoding="utf-8").replace("\r\n", "\n")
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].startswith("# "):
        return Article(lines[first][2:].strip(), "\n".join(lines[first + 1 :]).strip("\n") + "\n")
    return Article(None, text)


def _one_line(text: str) -> str:
    """A YAML comment holds one line."""
    return " ".join(text.split())


def extract(body: str, language: str | None = None, title: str | None = None) -> Analysis:
    """The quotations, speakers and reported speech of an article's text; with its title, also
    the headline's quotations (``Analysis.headline``)."""
    analysis = analyse(body, language)
    if title:
        analysis = dataclasses.replace(analysis, headline=headline_quotations(title, analysis))
    return analysis


#: A headline's quotation in ASCII single quotes ("'We are ready to lay the first rail,' says
#: Kyrgyz minister"): wire headlines quote so. The opening mark follows the start, a space or a
#: colon (not a letter: "Beijing's" is an apostrophe), the closing one precedes a space, a
#: punctuation mark or the end.
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s:]))'([^'\n]{2,200}?)'(?=[\s,.:;!?]|$)")


def _single_quoted(title: str) -> list[Span]:
    """The headline's '…' quotations (the body's scanner reads typographic single quotes only:
    in body text a ' is most often an apostrophe)."""
    return [
        Span(m.start(1), m.end(1), ((m.start(1), m.end(1)),), m.group(1), "'")
        for m in _SINGLE_QUOTED.finditer(title)
    ]


def headline_quotations(title: str, analysis: Analysis) -> list[Quotation]:
    """A headline's quotation («Поезд придёт раньше, чем мы думали»: в Оше …) has no
    attribution of its own: it repeats words the body attributes (as a whole quotation, inside
    a longer one, or as a lead's partial quote in lower case). It is the speaker's the body
    gives those words — only when every body quotation that holds them is that one person's.
    A headline's own attribution by name («Лю Хунбо: «…»») is read when it is a person the
    body names (and the body gives the words to no one else). Words the body does not quote
    and no name gives, or quotes from two people, are left out (never guess), as the body's
    unattributed quotations are; so is a role's attribution («Ректор: «…»»)."""
    out = []
    body = [
        (normalise(q.text).casefold(), q)
        for q in analysis.quotations
        if q.speaker is not None and q.cue != ORGANISATION_CUE
    ]
    for span in [*scan_spans(title), *_single_quoted(title)]:
        words = normalise(span.text).rstrip(",. ").casefold()
        if len(words.split()) < tuning.MIN_HEADLINE_QUOTE_WORDS:
            continue  # a name in «» («Лубань»), not someone's words
        holders = [q for text, q in body if words in text]
        speakers = {q.speaker for q in holders}
        written = holders[0].written if holders else ""
        label = re.search(r"([^:«»“”\"]{2,60}):\s*$", title[: max(0, span.start - 1)])
        if label is not None:
            named = [
                p.name for p in analysis.people if names_match(label.group(1).strip(), [p.name])
            ]
            if len(named) == 1 and speakers <= {named[0]}:
                speakers, written = {named[0]}, label.group(1).strip()
            elif len(named) == 1:
                continue  # the headline names one person, the body gives the words to another
        if len(speakers) == 1:
            out.append(
                Quotation(span.text, span.start, span.end, speakers.pop(), "headline", written)
            )
    return out


# --- ids ---------------------------------------------------------------------------------------


def slug(text: str, words: int = 4) -> str:
    """An id fragment: Latin letters (Cyrillic transliterated), digits and hyphens."""
    from transliterate import translit

    latin = text
    if re.search(r"[а-яё]", text, re.I):
        latin = translit(text, "ru", reversed=True)
    parts = re.findall(r"[a-z0-9]+", fold(latin))
    return "-".join(parts[:words]) or "item"


def _unique(base: str, taken: set[str]) -> str:
    base = base[:36].strip("-") or "item"
    rid, n = base, 2
    while rid in taken:
        rid = f"{base}-{n}"
        n += 1
    taken.add(rid)
    return rid


# --- people ------------------------------------------------------------------------------------


def existing_person(name: str, kb: KnowledgeBase | None) -> Person | None:
    """The knowledge base's person with this name (name, alias or Russian name, any case)."""
    if kb is None:
        return None
    toks = name_tokens(name)
    for p in kb.people.values():
        forms = [p.name, *p.aliases, *([p.name_ru] if p.name_ru else [])]
        full = [f for f in forms if len(name_tokens(f)) >= min(2, len(toks))]
        if names_match(name, full):
            return p
    return None


def _country(text: str) -> str | None:
    for word in re.findall(r"[\w']+", text):
        f = fold(re.sub(r"'s$", "", word))
        for key, country in COUNTRIES.items():
            if f == key or (re.search(r"[а-я]", key) and f.startswith(key[:-1]) and len(f) >= 5):
                return country
    return None


def describe(person: TextPerson) -> tuple[str, str | None, str | None]:
    """(role, organization, country) as the article states them: the title before the name
    ("Kazakh Deputy Foreign Minister") or the appositive after it (", chairman of …,")."""
    role = ""
    org: str | None = None
    app = person.appositive
    m = re.match(r"\s*,\s*([^,.;:“”\"«»]+?)\s*(?:[,.;:“”\"«»]|$)", app)
    if person.title_before.strip():
        words = person.title_before.split()
        while words and fold(words[0]) in COUNTRIES | {"the": ""}:
            words.pop(0)
        role = " ".join(words)
    elif m and not re.match(r"\s*(?:said|says|added|сказал|заявил)", m.group(1)):
        role = m.group(1).strip()
        role = re.sub(r"^(?:an?|the)\s+", "", role)
    else:
        before = person.sentence[: max(0, person.sentence.find(person.name))]
        lower = re.search(r"((?:[А-ЯЁ]?[а-яё\-]+\s+)+)$", before)
        if lower:
            words = lower.group(1).split()
            verbs = ("сообщил", "заявил", "сказал", "отметил", "добавил", "рассказал")
            while words and (fold(words[0]).startswith(verbs) or fold(words[0]) in ("в", "на")):
                words.pop(0)
            role = " ".join(words)
    om = re.search(
        r"\b(?:of|at)\s+(?:the\s+)?([A-Z][\w'’\-]*(?:\s+(?:of|and|for|in|[A-Z][\w'’\-]*))*)", role
    )
    if om:
        org = om.group(1).strip()
        org = re.sub(r"\s+(?:of|and|for|in)$", "", org)
        if fold(org) in COUNTRIES:
            org = None
    country = _country(person.title_before) or _country(role)
    return role, org, country


def _short_name(person: TextPerson, analysis: Analysis) -> str:
    """How the article names the person on second mention ("Liu" for Liu Fang, "Safarov"),
    in the nominative when the article has it; else the last word of the name."""
    toks = name_tokens(person.name)
    k = analysis.people.index(person)
    for m in analysis.mentions:
        written = analysis.text[m.start : m.end]
        if m.person == k and len(name_tokens(written)) == 1:
            return next((t for t in toks if names_match(written, [t])), written)
    return toks[-1]


# --- drafting ----------------------------------------------------------------------------------


def _dump(record: dict[str, object]) -> str:
    """One list item of a YAML section, in the knowledge base's layout."""
    text = yaml.safe_dump([record], allow_unicode=True, sort_keys=False, width=96)
    return "\n".join("  " + line if line else line for line in text.rstrip("\n").split("\n"))


def _questions(
    text: str, surname: str, first_of_speaker: bool, lang: str, taken: set[str]
) -> tuple[list[str], list[str]]:
    words = re.findall(r"[\w'’\-]+", text)[:QUESTION_WORDS]
    lead = " ".join(words).lower()
    en: list[str] = []
    ru: list[str] = []
    if lang == "ru":
        ru.append(f"кто сказал, что {lead}")
        if first_of_speaker:
            ru.append(f"что сказал {surname}")
            en.append(f"what did {slug(surname, 1)} say")
    else:
        en.append(f"who said {lead}")
        if first_of_speaker:
            en.append(f"what did {surname.lower()} say")

    def keep(qs: list[str]) -> list[str]:
        out = []
        for q in qs:
            if fold(q) not in taken:
                taken.add(fold(q))
                out.append(q)
        return out

    return keep(en), keep(ru)


def draft(
    article: Article,
    *,
    article_name: str,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    kb: KnowledgeBase | None = None,
    today: dt.date | None = None,
) -> tuple[str, str]:
    """The drafts file's text and the source id (the article text goes to texts/<id>.md)."""
    analysis = extract(article.body, language, article.title)
    lang = language or analysis.language
    taken: set[str] = set()
    if kb is not None:
        taken |= {r.id for r in kb.all_records()}
    title = article.title or TODO
    year = published.year if published else (today or dt.date.today()).year
    source_id = _unique(f"{slug(article.title or article_name, 4)}-{year}", taken)
    text_file = f"texts/{source_id}.md"
    questions_taken: set[str] = set()
    if kb is not None:
        for record in kb.all_records():
            for q in (*getattr(record, "questions", ()), *getattr(record, "questions_ru", ())):
                questions_taken.add(fold(q))

    # People: reuse the base's people by id, draft the others.
    person_ids: dict[str, str] = {}
    reused: list[str] = []
    new_people: list[str] = []
    speakers = {q.speaker for q in analysis.quotations} | {p.speaker for p in analysis.paraphrases}
    for tp in analysis.people:
        if tp.name not in speakers:
            continue
        known = existing_person(tp.name, kb)
        if known is not None:
            person_ids[tp.name] = known.id
            reused.append(f"#   {known.id} ({known.name}) for “{tp.name}”")
            continue
        role, org, country = describe(tp)
        pid = _unique(slug(tp.name, 3), taken)
        person_ids[tp.name] = pid
        surname = _short_name(tp, analysis)
        person_rec: dict[str, object] = {"id": pid}
        if lang == "ru":
            person_rec["name"] = TODO + f" (Latin spelling of {tp.name})"
            person_rec["aliases"] = [tp.name, surname]
            person_rec["role"] = TODO + f" (English for: {role or 'the article gives no role'})"
        else:
            person_rec["name"] = tp.name
            person_rec["aliases"] = [surname]
            person_rec["role"] = role or TODO
        if org:
            person_rec["organization"] = org
        person_rec["country"] = country or TODO
        person_rec["sources"] = [source_id]
        if lang == "ru":
            person_rec["name_ru"] = tp.name
            person_rec["role_ru"] = role or TODO
        new_people.append(_dump(person_rec))

    short_names = {tp.name: _short_name(tp, analysis) for tp in analysis.people}
    quotes: list[str] = []
    seen_speakers: set[str] = set()
    # An organisation's or a document's words («— сообщили в пресс-службе …», «— говорится в
    # сообщении …») are no one's quote: the base files quotes under people. They are listed in
    # the header for the curator (who may file them as a fact), never drafted as a quote.
    items = [
        (q.text, q.speaker, "verbatim", q.cue)
        for q in analysis.quotations
        if q.cue != ORGANISATION_CUE
    ]
    # A headline's quotation is drafted when its words are not already one of the body's
    # quotations but stand, as written, inside one (a pull quote cut from a longer answer):
    # the same words twice would be two records of one quote, and the source text the curator
    # files is the body, where `kb check` must find the words verbatim.
    body_quotes = [normalise(q.text).rstrip(",. ") for q in analysis.quotations]
    items += [
        (q.text, q.speaker, "verbatim", q.cue)
        for q in analysis.headline
        if normalise(q.text).rstrip(",. ") not in body_quotes
        and any(normalise(q.text).rstrip(",. ") in b for b in body_quotes)
    ]
    # A clause cut short by a quotation ("said the deal would give …") is no statement alone.
    items += [(p.text, p.speaker, "paraphrase", "") for p in analysis.paraphrases if not p.mixed]
    for text, speaker, kind, cue in items:
        if speaker is None or speaker not in person_ids:
            continue
        pid = person_ids[speaker]
        body = re.sub(r"\s*,$", "", text.strip())
        surname = short_names.get(speaker) or name_tokens(speaker)[-1]
        en, ru = _questions(body, surname, pid not in seen_speakers, lang, questions_taken)
        seen_speakers.add(pid)
        rec: dict[str, object] = {
            "id": _unique(f"{slug(surname, 1)}-{slug(body, 3)}", taken),
            "speaker": pid,
            "kind": kind,
            "text": body,
            "source": source_id,
        }
        if en:
            rec["questions"] = en
        if ru:
            rec["questions_ru"] = ru
        note = f"  # {kind}, found by: {cue or 'reported speech'}"
        quotes.append(note + "\n" + _dump(rec))

    source: dict[str, object] = {
        "id": source_id,
        "title": title,
        "outlet": outlet or TODO,
        "url": url or TODO,
        "published": published.isoformat() if published else TODO,
        "language": lang,
        "text_file": text_file,
    }
    header = [
        f"# DRAFT records drafted by `summitbot kb import` from {article_name}.",
        "# NOT REVIEWED: the bot does not load this file and never serves these records.",
        "# A curator must check every quote and speaker against the article, fill every TODO,",
        f"# save the article text as knowledge/{text_file}, move the records into the",
        "# knowledge base and run `summitbot kb check` (it refuses any TODO left behind).",
    ]
    if reused:
        header += ["# People already in the knowledge base, reused by id:", *reused]
    organisations = [q for q in analysis.quotations if q.cue == ORGANISATION_CUE]
    if organisations:
        header.append(
            f"# {len(organisations)} quotation(s) are an organisation's or a document's words, "
            "not a person's; not drafted as quotes:"
        )
        header += [
            f"#   {q.speaker}: “{_one_line(q.text)}” ({_one_line(q.written)})"
            for q in organisations
        ]
    skipped = [q for q in analysis.quotations if q.speaker is None]
    if skipped:
        header.append(f"# {len(skipped)} quotation(s) with no speaker in the text were left out.")
    parts = ["\n".join(header), "sources:\n" + _dump(source)]
    if new_people:
        parts.append("people:\n" + "\n\n".join(new_people))
    parts.append("quotes:\n" + ("\n\n".join(quotes) if quotes else "  []"))
    return "\n\n".join(parts) + "\n", source_id


def loaded_by_bot(path: Path, knowledge: Path) -> bool:
    """Would the loader read ``path`` as part of the knowledge base?"""
    return path.suffix in (".yaml", ".yml") and path.resolve().parent == knowledge.resolve()


def find_todos(values: Iterable[object]) -> bool:
    return any(isinstance(v, str) and TODO in v for v in values)
