"""The 300-look-alike case of the attribution benchmark (``bench/attribution.py``), as a test.

The real ``knowledge/`` is grown with 300 look-alike people (``bench/adversarial.py``: a second
Safarov, a female Nagaspayeva, a current Kyrgyz ambassador to Azerbaijan called Osmonaliev, a
Jafarov one letter from Japarov, a Turkmen transport minister, and generated people from the
same countries with quotes on the same topics), written once before and once after the real
files. The grown base must validate; the generator must be deterministic; and no adversarial,
dev or held-out question may show someone else's words: a shared surname offers every
namesake, an unknown leader is not read as a look-alike's name, an office answers only for
someone who holds it (bench/ATTRIBUTION.md has the run on 30, 300 and 3,000 look-alikes,
several hash seeds).
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from bench.adversarial import CORE, ORDERS, YAML_NAMES, Order, grow
from bench.attribution import (
    MISATTRIBUTED,
    judge_adversarial,
    judge_labelled,
    load_adversarial,
    view_of,
)
from bot.cli import main as cli_main
from bot.evaluate import expected_speaker, load_items
from bot.loader import load
from bot.service import Service
from tests.conftest import KNOWLEDGE

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "tests" / "data" / "questions.yaml"
HELDOUT = REPO / "tests" / "data" / "heldout.yaml"
N = 300


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> dict[Order, Path]:
    root = tmp_path_factory.mktemp("adversarial")
    return {order: Path(grow(KNOWLEDGE, root / order, N, 0, order)).parent for order in ORDERS}


@pytest.fixture(scope="module")
def services(grown: dict[Order, Path]) -> dict[Order, Service]:
    return {order: Service.from_dir(path) for order, path in grown.items()}


@pytest.mark.parametrize("order", ORDERS)
def test_grown_base_passes_kb_check(
    grown: dict[Order, Path], order: Order, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["kb", "check", "--knowledge", str(grown[order])]) == 0
    assert "OK" in capsys.readouterr().out
    assert (grown[order] / YAML_NAMES[order]).is_file()
    kb, real = load(grown[order]), load(KNOWLEDGE)
    assert len(kb.people) == len(real.people) + N
    # Every look-alike is quoted, verbatim, in a source of its own base.
    assert {q.speaker for q in kb.quotes.values()} >= set(kb.people) - set(real.people)


def test_look_alikes_share_the_real_speakers_countries_and_surnames(
    grown: dict[Order, Path],
) -> None:
    kb, real = load(grown["before"]), load(KNOWLEDGE)
    added = [p for pid, p in kb.people.items() if pid not in real.people]
    countries = {p.country for p in added}
    assert {p.country for p in real.people.values()} <= countries
    assert {"China", "Uzbekistan", "Turkmenistan", "Azerbaijan"} <= countries
    assert {c.id for c in CORE} <= set(kb.people)
    surnames = {a for p in added for a in p.aliases}
    assert {"Safarov", "Osmonaliev", "Nagaspayeva", "Jafarov", "Mirzoev"} <= surnames
    # Generated (non-core) people never take a real speaker's name or a core surname.
    core_ids = {c.id for c in CORE}
    real_aliases = {a for p in real.people.values() for a in (p.name, *p.aliases)}
    generated = [p for p in added if p.id not in core_ids]
    assert not {a for p in generated for a in (p.name, *p.aliases)} & real_aliases
    real_texts = {q.text for q in real.quotes.values()}
    assert not real_texts & {
        q.text for q in kb.quotes.values() if q.speaker in {p.id for p in added}
    }


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a = Path(grow(KNOWLEDGE, tmp_path / "a", 60, 5, "before")).parent
    b = Path(grow(KNOWLEDGE, tmp_path / "b", 60, 5, "before")).parent
    c = Path(grow(KNOWLEDGE, tmp_path / "c", 60, 6, "before")).parent
    files = sorted(str(p.relative_to(a)) for p in a.rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(b)) for p in b.rglob("*") if p.is_file())
    _match, mismatch, errors = filecmp.cmpfiles(a, b, files, shallow=False)
    assert (mismatch, errors) == ([], [])
    assert (a / YAML_NAMES["before"]).read_bytes() != (c / YAML_NAMES["before"]).read_bytes()


def test_adversarial_questions_name_people_of_the_grown_base(grown: dict[Order, Path]) -> None:
    kb = load(grown["before"])
    items = load_adversarial()
    assert len(items) >= 50
    unknown = [(i.q, pid) for i in items for pid in i.acceptable if pid not in kb.people] + [
        (i.q, e) for i in items for e in i.expect if kb.record(e) is None
    ]
    assert unknown == []
    assert all(i.speaker or i.ambiguous or i.refuse or i.expect for i in items)


def _misattributions(svc: Service) -> list[str]:
    kb = svc.snapshot.index.kb
    out = []
    for item in load_adversarial():
        if N not in item.sizes:
            continue
        v = view_of(svc.ask(item.q), kb)
        if judge_adversarial(item, v) == MISATTRIBUTED:
            ok = item.speaker or item.ambiguous or "nobody"
            out.append(f"adversarial {item.q!r}: showed {list(v.speakers)}, acceptable {ok}")
    for name, path in (("dev", DEV), ("held-out", HELDOUT)):
        for it in load_items(path):
            v = view_of(svc.ask(it.q), kb)
            if judge_labelled(kb, it, v) == MISATTRIBUTED:
                want = expected_speaker(kb, it)
                out.append(f"{name} {it.q!r}: showed {list(v.speakers)}, expected {want}")
    return out


@pytest.mark.parametrize("order", ORDERS)
def test_no_misattribution_on_the_grown_base(services: dict[Order, Service], order: Order) -> None:
    found = _misattributions(services[order])
    assert found == [], f"{len(found)} misattribution(s), file order {order}:\n" + "\n".join(found)
