"""The answering service every front end shares: CLI, terminal chat, Telegram, webhooks.

It holds one immutable :class:`Snapshot` (knowledge base + index + composer). A reload builds a
complete new snapshot first and swaps a single reference only if the new base is valid, so a
question in flight always finishes on the version it started with, and a broken edit never
replaces a working base.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from bot import longmsg, semantic, translit
from bot import text as T
from bot import tuning as K
from bot.answer import Answer, Composer
from bot.conversation import Context, Reply, context_of, follow_up_lead, respond
from bot.index import Index, build
from bot.intent import Intent, parse
from bot.loader import KnowledgeError, Problem, default_knowledge_dir, load
from bot.matcher import Match, match_parsed, own_words_asked, ranked_ids, unnamed_speaker_read
from bot.model import Source

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    index: Index
    composer: Composer
    loaded_at: float

    @property
    def kb_version(self) -> str:
        return self.index.kb.version


@dataclass(frozen=True)
class BaseInfo:
    """What ``/about`` and ``/healthz`` tell about the base being served."""

    version: str
    counts: dict[str, int]
    loaded_at: float


def make_snapshot(knowledge_dir: Path | None = None) -> Snapshot:
    """Load, validate and index a knowledge directory (raises :class:`KnowledgeError`)."""
    kb = load(knowledge_dir if knowledge_dir is not None else default_knowledge_dir())
    index = build(kb)
    return Snapshot(index, Composer(index), time.time())


class Service:
    def __init__(self, snapshot: Snapshot, knowledge_dir: Path | None = None) -> None:
        self._snapshot = snapshot
        self.knowledge_dir = knowledge_dir
        self.started_at = time.time()
        #: Two reloads at once (SIGHUP and /reload) must not finish out of order and put an
        #: older version back in service.
        self._reload_lock = threading.Lock()
        #: The semantic second stage embeds the base in the background; a warm start waits
        #: for it (bot/semantic.py, STARTUP_WAIT_S) so every process answers alike.
        if (stage := semantic.shared()) is not None:
            stage.prepare(snapshot.index).wait(semantic.startup_wait_s())

    @classmethod
    def from_dir(cls, knowledge_dir: Path | None = None) -> Service:
        if (stage := semantic.shared()) is not None:
            stage.preload()  # the model loads while the base loads (bot/semantic.py)
        return cls(make_snapshot(knowledge_dir), knowledge_dir)

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    def ask(self, question: str, lang_hint: str | None = None) -> Answer:
        """Answer one question. ``lang_hint`` (e.g. Telegram's ``language_code``) decides the
        reply language only when the question itself does not show one."""
        return self._framed(question, lang_hint, self._answer(question, lang_hint, None))

    def _framed(self, question: str, lang_hint: str | None, whole: Answer) -> Answer:
        """The answer to a question read without its user's frame when the whole is refused: a
        leading clause naming the user's work ("for my thesis on regional agency: ...",
        tuning.Q27Q_WORK_FRAME_CLAUSE) or a trailing ask for the words ("... — whose is it",
        tuning.Q27Q_TRAILING_WORDS_ASK; also when the whole shows only a person's card). The
        rest is a question of its own: a refused rest keeps the whole's answer, and the user's
        own text is what the answer quotes back."""
        if (rest := T.colon_frame_rest(question)) is not None:
            # "Пишу статью: что сказал Сафаров про договор?": the question after the frame
            # (tuning.L30_COLON_FRAME), when the whole is refused or shows the same entries or
            # speaker (then without the whole's misreading: a claim answered «Да»). A frame that
            # is a topic ("Xi'an: when was the summit?") keeps the whole's other entries.
            a = self._answer(rest, lang_hint, None)
            same = a.entries == whole.entries or (bool(a.speakers) and a.speakers == whole.speakers)
            if a.answered and (not whole.answered or same):
                return replace(a, question=question)
        if whole.answered and whole.kind != "person":
            return whole
        if not whole.answered and (rest := T.work_frame_rest(question)) is not None:
            a = self._answer(rest, lang_hint, None)
            if a.answered:
                return replace(a, question=question)
        if not whole.answered and (rest := T.someone_says_rest(question)) is not None:
            a = self._answer(rest, lang_hint, None)
            if a.answered and a.kind in ("quote", "quotes") and a.speakers:
                return replace(a, question=question)
        if (rest := T.words_asked_rest(question)) is not None:
            a = self._answer(rest, lang_hint, None)
            if a.answered and a.kind in ("quote", "quotes") and a.speakers:
                return replace(a, question=question)
        return whole

    def who_said(self, words: str, lang_hint: str | None = None) -> Answer:
        """Who said these words (``/who``): the words are a quote's, whoever said them."""
        return self._answer(words, lang_hint, "who_said")

    def quotes_of(self, name: str, lang_hint: str | None = None) -> Answer:
        """What this person said (``/quote``): a name or a role, perhaps with a topic; a name
        nobody in the base has is refused without showing anyone's words."""
        return self._answer(name, lang_hint, "quotes_of")

    def when(self, summit: str, lang_hint: str | None = None) -> Answer:
        """When and where this summit was (``/when``): only summits answer."""
        return self._answer(summit, lang_hint, "when")

    def _answer(
        self, text: str, lang_hint: str | None, intent: Intent | None, forced: str | None = None
    ) -> Answer:
        snap = self._snapshot  # one version for the whole question
        asked = T.language_asked(text) if K.Q17_LANGUAGE_ASKED and intent is None else None
        if asked is not None and asked[0] and forced is None:
            # "What is the China-Central Asia Spirit, in Russian please", «… по-английски»: the
            # request says how to answer; the rest is the question (tuning.Q17_LANGUAGE_ASKED).
            rest, lang = asked
            return replace(self._answer(rest, lang_hint, None, lang), question=text)
        parsed = parse(snap.index, text, intent)
        if lang_hint and lang_hint.lower().startswith("ru") and not _has_latin_words(parsed.words):
            parsed = replace(parsed, lang="ru")
        if forced is not None:
            parsed = replace(parsed, lang=forced)
        if parsed.meta == "sources":
            return replace(snap.composer.sources_answer(parsed.lang), question=text)
        m = match_parsed(snap.index, parsed)
        if intent is not None:  # a command's argument: read as the command says, nothing more
            return snap.composer.compose(m, text)
        # Other readings (bot/translit.py, bot/longmsg.py) are matched; the user's own text is
        # what answers quote back.
        written = parsed
        read, parsed, m = translit.reread(snap.index, text, parsed, m)
        read, parsed, m = longmsg.reread(snap.index, read, parsed, m)
        if m.kind == "none" and (nobody := unnamed_speaker_read(snap.index, parsed)) is not None:
            # "that bit where someone said ...": the unknown "name" is the frame and "someone";
            # the stage reads the question as the lexical stage did, a "who said"
            # (tuning.Q24SEM_UNNAMED_SLOT_SEMANTIC).
            parsed = nobody
        stage = semantic.shared() if semantic.eligible(parsed, m, snap.index) else None
        found = stage.consult(snap.index, parsed, read, m) if stage is not None else None
        if semantic.claim_eligible(parsed, m) and (stage := semantic.shared()) is not None:
            found = stage.consult_claim(snap.index, parsed, m)  # "X said <paraphrase>, right?"
        own_topic = found is None and semantic.own_topic_eligible(snap.index, parsed, m)
        if own_topic and (stage := semantic.shared()) is not None:
            # «что сказал Токаев о грузах» of his English words (bot/semantic.py)
            found = stage.consult_own(snap.index, parsed, m)
        if K.Q24S_OWN_WORDS_ASKED:
            # "kairat osmonaliyev views on the summit", "Was there a Kyrgyz voice in the
            # coverage? What did he say?": one quoted person identified, his words asked for,
            # refused or shown his card: his own words (matcher.own_words_asked). The Latin
            # reading of a transliterated question is tried too ("kairat osmonaliyev mnenie").
            shown = m if found is None else found
            own = own_words_asked(snap.index, parsed, shown)
            if own is None and written is not parsed:
                own = own_words_asked(snap.index, written, shown)
            if own is not None:
                return snap.composer.compose(_in(own, forced), text)
        if found is None:
            answer = snap.composer.compose(_in(m, forced), text)
        else:
            answer = replace(snap.composer.compose(_in(found, forced), text), method="semantic")
        if K.Q24M_FOLLOW_UP_CLAUSE and answer.kind in _PLAIN_REFUSALS and forced is None:
            answer = self._follow_up_clause(text, lang_hint) or answer
        if K.Q24M_OFFICE_EITHER and not answer.answered and forced is None:
            answer = self._office_either(text, lang_hint) or answer
        return answer

    def _office_either(self, text: str, lang_hint: str | None) -> Answer | None:
        """A refused "is the <description> a <office> or a <office>?" («таджикский эксперт —
        чиновник или учёный?»): the offices offered are the answer's choice, no part of the
        description, so "who is the <description>" is asked; the one person's card it shows
        settles the choice (tuning.Q24M_OFFICE_EITHER). None unless it shows one card."""
        who = office_either(text)
        if who is None:
            return None
        card = self._answer(who, lang_hint, None)
        if not card.answered or card.kind != "person" or len(card.entries) != 1:
            return None
        return replace(card, question=text)

    def _follow_up_clause(self, text: str, lang_hint: str | None) -> Answer | None:
        """A refused question of two clauses, the second about the person the first finds
        ("who mentioned coal chemistry, is he a minister or a businessman?", «Кто такой Ван И и
        что он сказал об итогах саммита?»): read as two messages in a row, the second a
        follow-up whose "he" is the first's one person (tuning.Q24M_FOLLOW_UP_CLAUSE). The
        follow-up's answer if it has one, else the first clause's; None when the first clause
        names nobody, so a guess is never made of whom "he" means."""
        snap = self._snapshot
        now = time.time()
        found = follow_up_lead(snap.index.kb, lambda q: self._answer(q, lang_hint, None), text, now)
        if found is None:
            return None
        second, lead, ctx = found
        if not lead.answered:
            return None
        then = respond(
            snap.index,
            snap.composer,
            lambda q: self.ask(q, lang_hint),
            second,
            ctx,
            now=now,
            lang_hint=lang_hint,
        ).answer
        return replace(then if then.answered else lead, question=text)

    def converse(
        self,
        question: str,
        context: Context | None = None,
        lang_hint: str | None = None,
        *,
        now: float | None = None,
    ) -> Reply:
        """Answer ``question`` as part of a conversation (:mod:`bot.conversation`): follow-ups
        such as "what's his job?" are read against ``context``; a self-contained question gets
        exactly what :meth:`ask` answers. Returns the answer and the context to keep. ``now``
        (seconds) defaults to the wall clock; tests pass a fake one to expire contexts."""
        snap = self._snapshot  # one version for the whole question
        reply = respond(
            snap.index,
            snap.composer,
            lambda q: self.ask(q, lang_hint),
            question,
            context,
            now=time.time() if now is None else now,
            lang_hint=lang_hint,
        )
        # Every answer says which question it answers (a follow-up's is built without it).
        return replace(reply, answer=replace(reply.answer, question=question))

    def context_after(
        self, answer: Answer, previous: Context | None, now: float | None = None
    ) -> Context | None:
        """The conversation context after ``answer`` was shown without a question (a button
        press, a deep link): a knowledge answer becomes the context, anything else leaves
        ``previous`` in place."""
        clock = time.time() if now is None else now
        return context_of(answer, self._snapshot.index.kb, previous, clock)

    def entry(self, entry_id: str, lang: str = "en") -> Answer | None:
        """The full answer for one entry id; None for an unknown (or forged) id."""
        return self._snapshot.composer.for_entry(entry_id, lang)

    def search(self, query: str, limit: int = 10) -> list[Answer]:
        """Several answers for one query, best first (inline mode shows them as cards).

        The first is exactly what :meth:`ask` answers; the rest are the other entries that
        clear the suggestion threshold. Refusals come back as an empty list.
        """
        snap = self._snapshot
        parsed = parse(snap.index, query)
        first = snap.composer.compose(match_parsed(snap.index, parsed), query)
        if not first.answered:
            ids = [s.id for s in first.suggestions]
            return [a for a in (self.entry(i, parsed.lang) for i in ids[:limit]) if a]
        out = [first]
        seen = set(first.entries)
        for eid in ranked_ids(snap.index, parsed):
            if len(out) >= limit:
                break
            if eid in seen:
                continue
            seen.add(eid)
            more = self.entry(eid, parsed.lang)
            if more is not None:
                out.append(more)
        return out

    # -- what the front ends show besides answers (Telegram commands, terminal chat, healthz) --

    @property
    def kb_version(self) -> str:
        return self._snapshot.kb_version

    def info(self) -> BaseInfo:
        snap = self._snapshot
        return BaseInfo(snap.kb_version, snap.index.kb.counts(), snap.loaded_at)

    def people(self, lang: str = "en") -> Answer:
        """Everyone the bot can quote, with their roles (``/people``)."""
        return self._snapshot.composer.people_answer(lang)

    def sources(self, lang: str = "en") -> Answer:
        """The articles the base is built from, with links (``/sources``)."""
        return self._snapshot.composer.sources_answer(lang)

    def summits(self, lang: str = "en") -> list[Answer]:
        """Every summit in order, each as its entry's answer (``/when`` without a name)."""
        snap = self._snapshot
        events = snap.index.kb.events_in_order()
        return [a for a in (snap.composer.for_entry(e.id, lang) for e in events) if a]

    def example_surname(self, lang: str = "en") -> str | None:
        """A surname of someone in the base, for usage lines such as ``/quote Safarov``."""
        kb = self._snapshot.index.kb
        people = [p for p in kb.people.values() if kb.quotes_by(p.id)]
        if not people:
            return None
        return people[0].short(lang)

    def label(self, entry_id: str, lang: str = "en") -> str:
        """A short label for an entry (the question a fact answers, an event's name)."""
        return self._snapshot.composer.label(entry_id, lang)

    def is_rateable(self, entry_id: str) -> bool:
        """Whether ``entry_id`` is an answerable entry (not a source) of the base now served."""
        record = self._snapshot.index.kb.record(entry_id)
        return record is not None and not isinstance(record, Source)

    def featured(self, lang: str = "en", limit: int = 10) -> list[Answer]:
        """What inline mode shows for an empty query: every quote, then the facts."""
        kb = self._snapshot.index.kb
        ids = [*kb.quotes, *kb.facts][:limit]
        return [a for a in (self.entry(i, lang) for i in ids) if a]

    def reload(self) -> list[Problem]:
        """Load the knowledge directory again; swap it in only if valid. Returns the problems
        (empty on success) so an admin can be shown exactly what is wrong. Nothing is logged
        here: the caller (``/reload``, SIGHUP) logs the outcome in one line."""
        with self._reload_lock:
            try:
                new = make_snapshot(self.knowledge_dir)
            except KnowledgeError as exc:
                return exc.problems
            self._snapshot = new
        return []


def _in(m: Match, lang: str | None) -> Match:
    """The match answered in the language the user asked for, if any."""
    return m if lang is None or m.lang == lang else replace(m, lang=lang)


#: Refusals that read nothing in particular into the question: an "I can't confirm that"
#: (unconfirmed) or a correction is the answer itself, and a follow-up clause never replaces it
#: (tuning.Q24M_FOLLOW_UP_CLAUSE).
_PLAIN_REFUSALS = frozenset({"none", "clarify", "unknown_person"})
#: "is the <description> a <office> or a <office>?" (tuning.Q24M_OFFICE_EITHER).
_OFFICE_EITHER_EN = re.compile(
    r"^\s*(?:is|was)\s+(the\s+\S.*?)\s+an?\s+\S.*?\s+or\s+(?:an?\s+)?\S.*?[\s?.!]*$",
    re.IGNORECASE,
)
#: «<описание> — <должность> или <должность>?» (tuning.Q24M_OFFICE_EITHER).
_OFFICE_EITHER_RU = re.compile(r"^\s*(\S.*?)\s+[-–—]\s+\S.*?\s+или\s+\S.*?[\s?.!]*$", re.IGNORECASE)


def office_either(text: str) -> str | None:
    """ "Who is <the description>" for a question offering two offices of someone described
    ("Is the Tajik person quoted a government official or an academic?": "who is the Tajik
    person quoted"; «Таджикский эксперт — чиновник или учёный?»: «кто такой таджикский
    эксперт»); None for any other question."""
    if (m := _OFFICE_EITHER_EN.match(text)) is not None:
        return f"who is {m.group(1)}"
    if (m := _OFFICE_EITHER_RU.match(text)) is not None and T.is_cyrillic(m.group(1)):
        return f"кто такой {m.group(1)}"
    return None


def _has_latin_words(words: tuple[str, ...]) -> bool:
    return any(w.isascii() and w.isalpha() for w in words)
