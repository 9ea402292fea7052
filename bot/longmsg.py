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

from bot.index import Index
from bot.intent import Parsed, parse
from bot.matcher import Match, match_parsed

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


def readings(message: str) -> list[str]:
    """Shorter readings of a message of two sentences or more, most specific first."""
    sents = sentences(message)
    if len(sents) < 2:
        return []
    asked = [i for i, s in enumerate(sents) if is_question(s)] or [len(sents) - 1]
    out = [" ".join(sents[i] for i in asked)]
    last = asked[-1]
    if last > 0:
        out.append(f"{sents[last - 1]} {sents[last]}")
    return list(dict.fromkeys(r for r in out if r != message.strip()))


def reread(
    index: Index, question: str, parsed: Parsed, lexical: Match
) -> tuple[str, Parsed, Match]:
    """The message or a shorter reading of it, with its parse and lexical match."""
    if lexical.kind != "none":
        return question, parsed, lexical
    fallback: tuple[str, Parsed, Match] | None = None
    for r in readings(question):
        p = parse(index, r)
        m = match_parsed(index, p)
        if m.answered:
            return r, p, m
        if fallback is None and m.kind == "none":
            fallback = (r, p, m)
    return fallback if fallback is not None else (question, parsed, lexical)
