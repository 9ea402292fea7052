"""Copies of the base as tested with some of its data taken out: how a test switches off a
rule that lives in knowledge/ rather than in bot/tuning.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from bot.service import Service
from tests.conftest import KNOWLEDGE


def without_words(tmp_path: Path, *words: str) -> Service:
    """The base as tested with ``words`` taken out of every synonym group: the data off."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / "synonyms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = [[w for w in g if w not in words] for g in data["synonyms"]]
    data["synonyms"] = [g for g in groups if len(g) > 1]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return Service.from_dir(knowledge)
