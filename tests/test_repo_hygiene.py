"""The repository works wherever it is cloned: no tracked file names a path of one machine.

Every text file ``git ls-files`` lists is searched for absolute paths under the machine folders
below (``work``, ``farm``, ``opt``, ``home``, ``root``, ``Users``, ``tmp`` at the root of the file
system) and for a ``shared`` folder reached through the parent of the clone. (The container image
keeps its virtualenv in ``/venv``, which is no machine folder.)
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

ABSOLUTE = re.compile(r"(?:^|[^.\w])(/(?:work|farm|opt|home|root|Users|tmp)/\S*)")
SIBLING = re.compile(r"\.\./shared\b")
# This file is not searched: its examples below are what the search must find.
SELF = Path(__file__).resolve().relative_to(REPO).as_posix()


def problems(name: str, text: str) -> list[str]:
    """``name:line: path`` for each machine path in ``text`` (the tracked file ``name``)."""
    found: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for m in ABSOLUTE.finditer(line):
            found.append(f"{name}:{number}: {m.group(1)}")
        found += [f"{name}:{number}: {m.group(0)}" for m in SIBLING.finditer(line)]
    return found


def tracked_files() -> list[str]:
    """The files of this repository that git tracks (skips, or fails in CI, without a checkout)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(REPO), "ls-files", "-z"], capture_output=True, check=True, timeout=60
        )
        names = [name for name in result.stdout.decode().split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        names = []
    if "pyproject.toml" not in names:
        reason = "not a git checkout of the project (or no git): the tracked files are unknown"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return names


def test_no_tracked_file_names_a_path_of_this_machine() -> None:
    found: list[str] = []
    for name in tracked_files():
        path = REPO / name
        if name == SELF or not path.is_file():  # or deleted, but still in the index
            continue
        data = path.read_bytes()
        if b"\0" in data:  # binary
            continue
        found += problems(name, data.decode("utf-8", errors="replace"))
    assert found == [], "machine paths in tracked files:\n" + "\n".join(found)


def test_the_check_finds_machine_paths() -> None:
    root, sibling = "/work", "../shared"
    assert problems("README.md", f"see {root}/shared/sources/notes.md") == [
        f"README.md:1: {root}/shared/sources/notes.md"
    ]
    assert problems("bot/x.py", f'x = 1\nPATH = "{sibling}/telegram/bot-api.json"') == [
        f"bot/x.py:2: {sibling}"
    ]
    # Built from parts, so that this file does not itself hold the paths it looks for.
    for folder, rest in (
        ("farm", "a/"),
        ("home", "me/x"),
        ("root", ".cache/x"),
        ("Users", "me/x"),
        ("tmp", "x"),
        ("opt", "x/"),
    ):
        path = f"/{folder}/{rest}"
        assert problems("tests/test_x.py", f"open('{path}')"), path
    # No exception for the image's files either (its virtualenv lives in /venv).
    assert problems("Dockerfile", "COPY x /" + "opt/other/")
    # Relative paths, URLs and in-container paths of other folders are fine.
    for text in (
        "./tmp/x",
        "var/tmp/x",
        "https://example.org/home/x",
        "--tmpfs /tmp -v",
        "/app/x",
        "/venv/bin",
    ):
        assert problems("README.md", text) == [], text
