"""The repository works wherever it is cloned: no tracked file names a path of one machine.

Every text file ``git ls-files`` lists is searched for absolute paths under the machine folders
below (``work``, ``farm``, ``opt``, ``home``, ``root``, ``Users``, ``tmp`` at the root of the file
system) and for a ``shared`` folder reached through the parent of the clone. The one path inside
the container image, its virtualenv under ``opt``, is allowed narrowly: in the files that build or
check the image only.
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
# The container's virtualenv, in the files that build the image or test how it is built.
IMAGE_PATH = re.compile(r"/opt/venv(?![\w.-])")
IMAGE_FILES = ("Dockerfile", "compose.yaml", "tests/test_docker.py", "docker/")
# This file is not searched: its examples below are what the search must find.
SELF = Path(__file__).resolve().relative_to(REPO).as_posix()


def problems(name: str, text: str) -> list[str]:
    """``name:line: path`` for each machine path in ``text`` (the tracked file ``name``)."""
    image_file = name.startswith(IMAGE_FILES)
    found: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for m in ABSOLUTE.finditer(line):
            if not (image_file and IMAGE_PATH.match(m.group(1))):
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


def test_the_check_finds_machine_paths_and_allows_only_the_image_virtualenv() -> None:
    root, sibling = "/work", "../shared"
    assert problems("README.md", f"see {root}/shared/sources/notes.md") == [
        f"README.md:1: {root}/shared/sources/notes.md"
    ]
    assert problems("bot/x.py", f'x = 1\nPATH = "{sibling}/telegram/bot-api.json"') == [
        f"bot/x.py:2: {sibling}"
    ]
    for path in ("/farm/a/", "/home/me/x", "/root/.cache/x", "/Users/me/x", "/tmp/x", "/opt/x/"):
        assert problems("tests/test_x.py", f"open('{path}')"), path
    # The image's virtualenv, in the image's files only; nothing else under opt there either.
    assert problems("Dockerfile", "RUN /opt/venv/bin/pip install .") == []
    assert problems("tests/test_docker.py", 'assert x == ["/opt/venv", "/opt/venv"]') == []
    assert problems("docker/healthcheck.py", "# /opt/venv/bin/python") == []
    assert problems("README.md", "RUN /opt/venv/bin/pip install .")
    assert problems("Dockerfile", "COPY x /opt/venvs/")
    assert problems("Dockerfile", "COPY x /opt/other/")
    # Relative paths, URLs and in-container paths of other folders are fine.
    for text in ("./tmp/x", "var/tmp/x", "https://example.org/home/x", "--tmpfs /tmp -v", "/app/x"):
        assert problems("README.md", text) == [], text
