"""The C YAML parser (libyaml) reads a knowledge file exactly as the pure-Python one does: the
same data, the same line of every record, key and list item, the same duplicate keys; and a
malformed file is still worded by the pure-Python parser, with its message and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import loader
from bot.loader import Problem

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(loader._CLineLoader is None, reason="PyYAML built without libyaml")


def _lines(data: Any) -> Any:
    """The data with every line number the loader recorded, as plain values."""
    if isinstance(data, loader._LineDict):
        return (
            "map",
            data.line,
            dict(data.key_lines),
            {k: _lines(v) for k, v in data.items()},
        )
    if isinstance(data, loader._LineList):
        return ("seq", list(data.item_lines), [_lines(v) for v in data])
    return data


def _parse(cls: type[Any], text: str) -> tuple[Any, list[tuple[str, int]]]:
    ld = cls(text)
    ld.duplicate_keys = []
    try:
        return _lines(ld.get_single_data()), [(k, n) for k, n, _ in ld.duplicate_keys]
    finally:
        ld.dispose()


@pytest.mark.parametrize("path", sorted((REPO / "knowledge").glob("*.yaml")), ids=lambda p: p.name)
def test_both_parsers_read_the_real_files_alike(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _parse(loader._CLineLoader, text) == _parse(loader._LineLoader, text)  # type: ignore[arg-type]


def test_both_parsers_report_the_same_duplicate_keys_and_lines() -> None:
    text = (
        "people:\n"
        "  - id: a\n"
        "    name: A\n"
        "    name: B\n"
        "    published: 2025-13-45\n"
        "    list:\n"
        "      - x\n"
        "\n"
        "      - y\n"
    )
    fast = _parse(loader._CLineLoader, text)  # type: ignore[arg-type]
    assert fast == _parse(loader._LineLoader, text)
    assert fast[1] == [("name", 4)]


def test_a_malformed_file_is_worded_by_the_pure_python_parser(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - id: a\n    name: [unclosed\n  - id: b\n", encoding="utf-8")
    problems: list[Problem] = []
    assert loader._parse_yaml(bad, "bad.yaml", problems) is None
    try:
        yaml.load(bad.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        assert mark is not None
        want = Problem(
            "bad.yaml", f"malformed YAML: {getattr(exc, 'problem', None)}", line=mark.line + 1
        )
    else:
        pytest.fail("the file should not parse")
    assert problems == [want]


def test_the_c_parser_is_the_one_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    used: list[str] = []

    class Spy(loader._CLineLoader):  # type: ignore[misc,name-defined]
        def get_single_data(self) -> Any:
            used.append("c")
            return super().get_single_data()

    monkeypatch.setattr(loader, "_CLineLoader", Spy)
    f = tmp_path / "ok.yaml"
    f.write_text("people: []\n", encoding="utf-8")
    assert loader._parse_yaml(f, "ok.yaml", []) == {"people": []}
    assert used == ["c"]
