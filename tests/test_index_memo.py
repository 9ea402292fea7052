"""The per-index memos that keep whole-base scans out of each question (bench/RESULTS.md,
twelfth round: the 100,000-entry p99 went from 66 ms to under 5 ms) give what the scans gave.

Each derived table is checked against the scan it replaced, on the real base, so a change to
either side that makes them disagree fails here rather than as a changed answer at scale.
"""

from __future__ import annotations

import re

import pytest

from bot import matcher
from bot import text as T
from bot import tuning as K
from bot.service import Service


def test_rosters_are_the_people_each_fact_names(service: Service) -> None:
    index = service.snapshot.index
    for fact in index.kb.facts.values():
        stems = index.entry_stems[index.by_id[fact.id]]
        scanned = [p for p in index.kb.people if matcher._name_stems(index, p) & stems]
        assert matcher._roster(index, fact) == scanned, fact.id
    assert any(
        len(matcher._roster(index, f)) >= K.PARTY_ROSTER_MIN for f in index.kb.facts.values()
    )


def test_outcome_postings_find_the_events_a_scan_finds(service: Service) -> None:
    index = service.snapshot.index
    for bare in (False, True):
        postings = matcher._outcome_postings(index, bare)
        for rank, ev in enumerate(index.kb.events.values()):
            for k, o in enumerate(ev.outcomes):
                text = o.lower().replace("'", "") if bare else o.lower()
                for x in re.findall(r"\w+", text):
                    assert (rank, k) in postings[index.word_canonical(x)], (ev.id, x)


def test_a_document_put_at_the_wrong_summit_is_still_put_right(service: Service) -> None:
    """The document checks read the postings: the answers they gave stand."""
    from bot.render import to_text

    a = service.ask("the xian declaration was signed in astana, right?")
    # lead30 names the document in the lead (tuning.L30_DOCUMENT_PLACE_NAMED).
    lead = "No: the Xi'an Declaration was not signed in Astana: my sources say Xi'an."
    assert to_text(a).startswith(lead), to_text(a)


def test_name_stems_follow_no_question_reading(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """matcher._name_stems is kept per index for the whole session: names are read as texts
    are, so an idiom table or switch of the question's reading that a test changes (as
    tests/test_q16lex.py narrows IDIOMS) neither changes what it holds nor leaves a stale
    entry behind."""
    index = service.snapshot.index
    person, p = next((k, v) for k, v in index.kb.people.items() if len(T.words(v.name)) >= 2)
    before = matcher._name_stems(index, person)
    first, second = T.words(p.name)[:2]
    monkeypatch.setattr(T, "IDIOMS", {**T.IDIOMS, (first, second): ("treaty",)})
    monkeypatch.delitem(index.name_stems_memo, person)
    assert matcher._name_stems(index, person) == before
