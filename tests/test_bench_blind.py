"""bench/blind.py: the blind sets' scorer prints aggregates, never an item.

A blind set stops being a measurement once its questions are read during tuning; the scorer's
``--reasons`` counts how the misses were missed (refused or a wrong entry, which stage, whether
a right entry was offered) without naming a question, and ``--misses`` refuses the blind sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import blind

ITEMS = """\
- q: who said there are 133 projects worth 35 billion dollars
  lang: en
  kind: quote
  speaker: Yersaiyn Nagaspayev
  expect: [nagaspayev-industrial-cooperation]
- q: zzqx what is the capital of atlantis zzqx
  lang: en
  kind: fact
  expect: [fact-projects-total]
- q: what is the weather in paris today
  lang: en
  kind: ood
  expect: none
"""


def test_reasons_count_the_misses_and_name_no_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(ITEMS, encoding="utf-8")
    assert blind.main([str(path), "--reasons"]) == 0
    out = capsys.readouterr().out
    assert "| all | 3 | 1/2 (50.0%) | 1/1 (100.0%) |" in out, out
    # The one miss: an answerable question refused, no right entry offered.
    assert "- 1 × answerable: refused none (lexical), not offered" in out, out
    for line in ITEMS.splitlines():
        if line.startswith("- q: "):
            assert line[5:] not in out


def test_misses_are_refused_on_the_blind_sets(capsys: pytest.CaptureFixture[str]) -> None:
    blind_set = sorted((blind.REPO / "bench" / "data").glob("blind-*.yaml"))[0]
    with pytest.raises(SystemExit) as exc:
        blind.main(["--misses", str(blind_set)])
    assert exc.value.code == 2
    assert "not on the blind sets" in capsys.readouterr().err
