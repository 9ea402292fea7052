"""Issue 13, reading words, round 15 (q15lex).

Stems and repairs that changed the meaning of a question: «будущее» read as "next" because
«будущий», of the same stem, is in the [next] group; "come" read as "next" because "coming"
stems to it. Each test fails when its rule (bot/tuning.py, section "q15lex") is switched off.
"""

from __future__ import annotations

import pytest

from bot import index as I
from bot import text as T
from bot import tuning
from bot.intent import parse
from bot.matcher import match
from bot.service import Service
from tests.asking import first as _first


def _lexical(index: I.Index, question: str) -> str | None:
    m = match(index, question)
    return m.entries[0] if m.entries else None


# --- A word's own synonym group first (tuning.Q15_OWN_GROUP_FIRST) ---------------------------


def test_future_is_the_future_not_the_next_summit(service: Service) -> None:
    ix = service.snapshot.index
    assert ix.term("будущее").stem == ix.term("future").stem
    # the adjective of "the next summit" keeps its group, and so do its other forms
    assert ix.term("будущий").stem == ix.term("next").stem
    assert _first(service, "где пройдёт будущий саммит") == "summit-2027-china"
    assert _first(service, "когда будет будущий саммит") == "summit-2027-china"
    # «будущее» alone is no question about the next summit
    assert _lexical(ix, "будущее") != "fact-next-summit"
    # the future of cooperation is the treaty's way forward, not a fact of the Belt and Road
    assert _lexical(ix, "какое будущее у сотрудничества") == "safarov-treaty-way-forward"


def test_own_group_first_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tuning, "Q15_OWN_GROUP_FIRST", False)
    ix = I.build(service.snapshot.index.kb)
    assert ix.term("будущее").stem == ix.term("next").stem
    assert _lexical(ix, "будущее") == "fact-next-summit"
    assert _lexical(ix, "какое будущее у сотрудничества") != "safarov-treaty-way-forward"


# --- "Come" is no topic (tuning.Q15_COME_NO_TOPIC, read at import) ---------------------------


def test_come_from_is_no_summit_to_come(service: Service) -> None:
    ix = service.snapshot.index
    assert T.is_stop_word("come") and T.is_stop_word("comes")
    # the summit to come is still "coming", "upcoming"
    assert not T.is_stop_word("coming")
    assert ix.term("coming").stem == ix.term("next").stem
    assert _first(service, "when is the coming summit") == "summit-2027-china"
    assert _first(service, "when is the summit to come") == "summit-2027-china"
    assert _first(service, "the summit to come") == "fact-next-summit"
    # "come from" reads as "are from": no longer the 2027 card for a question of origin
    for q in ("where did the leaders come from", "where do the leaders come from"):
        assert _first(service, q) == _first(service, "where are the leaders from"), q
        assert _first(service, q) != "summit-2027-china", q
    assert _first(service, "which country did the president come from") != "summit-2027-china"
    # a person's origin and a figure's source are answered as before
    assert _first(service, "where does safarov come from") == "saifullo-safarov"
    q = "the 35 billion figure - where does it come from and whose words"
    assert _first(service, q) == "nagaspayev-industrial-cooperation"


# --- A partner ranked number one (tuning.Q15_NUMBER_ONE_PARTNER) ------------------------------


_RANKED = (
    ("the number one partner", ["the", "priority", "partner"]),
    ("china partner no. 1", ["china", "partner", "priority"]),
    ("кто назвал китай партнёром №1", ["кто", "назвал", "китай", "партнером", "приоритет"]),
    ("китай партнёр номер один", ["китай", "партнер", "приоритет"]),
)


def test_number_one_partner_is_a_rank_not_a_figure(service: Service) -> None:
    for q, words in _RANKED:
        assert T.words(q) == words, q
    ix = service.snapshot.index
    # no figure 1 and no "number": "china partner no. 1" showed Safarov's words about the treaty
    for q in ("the number one partner", "china partner no. 1"):
        stems = {t.stem for t in parse(ix, q, None).terms}
        assert "1" not in stems and ix.term("number").stem not in stems, q
        assert ix.term("priority").stem in stems, q
    assert service.ask("china partner no. 1").speakers != ("saifullo-safarov",)
    # another country ranked first is nobody's words
    for q in (
        "who said that the us is central asia's number one partner",
        "who said russia is the number one partner",
        "кто сказал что россия партнёр номер один",
    ):
        assert service.ask(q).speakers == (), q
    # "priority number one" stays NUMBER_ONE_PRIORITY's, a count stays a count
    q = "who said cooperation with china is priority number one"
    assert _first(service, q) == "osmonaliyev-proactive-role"
    assert T.words("which summit was number one")[-2:] == ["number", "one"]


def test_number_one_partner_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tuning, "Q15_NUMBER_ONE_PARTNER", False)
    assert T.words("the number one partner") == ["the", "number", "one", "partner"]
    assert "приоритет" not in T.words("китай партнёр номер один")
