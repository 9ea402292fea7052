"""The real ``summitbot`` command, run as a subprocess (``python -m bot`` and the console script).

Every run gets a clean environment: no ``TELEGRAM_*`` variables (a developer's token must never
start the real bot from a test) and no ``KNOWLEDGE_DIR`` unless the test sets it.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.loader import load

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
FIXTURE_KB = REPO / "tests" / "fixtures" / "kb" / "valid"
SCRIPT = Path(sys.executable).parent / "summitbot"
MODULE = [sys.executable, "-m", "bot"]
TIMEOUT = 60

COMMANDS = [pytest.param(MODULE, id="python-m-bot")]
if SCRIPT.exists():
    COMMANDS.append(pytest.param([str(SCRIPT)], id="console-script"))

JSON_FIELDS = {
    "question",
    "answered",
    "kind",
    "text",
    "sources",
    "score",
    "entries",
    "suggestions",
}


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("TELEGRAM_") and k not in ("KNOWLEDGE_DIR", "PYTEST_ADDOPTS")
    }
    env["PYTHONPATH"] = str(REPO)
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def run(
    *args: str,
    stdin: str = "",
    cmd: list[str] | None = None,
    cwd: Path | None = None,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(cmd or MODULE), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        env=clean_env(**env),
        cwd=cwd,
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """An empty working directory, so nothing depends on (or writes into) the repo's cwd."""
    d = tmp_path / "cwd"
    d.mkdir()
    return d


@pytest.fixture
def broken_kb(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A copy of the real knowledge base with three problems in three files."""
    root = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    quotes = root / "quotes.yaml"
    quotes.write_text(
        quotes.read_text("utf-8").replace(
            "speaker: kairat-osmonaliyev", "speaker: kairat-osmonaliev", 1
        ),
        "utf-8",
    )
    facts = root / "facts.yaml"
    facts.write_text(
        facts.read_text("utf-8").replace("event: summit-2027-china", "event: summit-2028", 1),
        "utf-8",
    )
    (root / "zz-broken.yaml").write_text("facts:\n  - id: x\n    answer: a: b\n", "utf-8")
    yield (
        root,
        [
            f"{quotes}:",
            "[osmonaliyev-proactive-role]",
            "unknown speaker 'kairat-osmonaliev'",
            f"{facts}:",
            "[fact-next-summit]",
            "unknown event 'summit-2028'",
            f"{root / 'zz-broken.yaml'}:3",
            "malformed YAML",
        ],
    )


# --- ask -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("cmd", COMMANDS)
def test_ask_prints_speaker_quote_and_source(cmd: list[str], workdir: Path) -> None:
    r = run("ask", "who", "said", "the treaty points the way forward?", cmd=cmd, cwd=workdir)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Saifullo Safarov" in out
    assert "chairman of the Association of Political Scientists in Tajikistan" in out
    assert "it points the way forward for future cooperation" in out
    assert "Source: Bastille Post (Global), 18 June 2025" in out
    assert "https://www.bastillepost.com/global/article/4954378" in out
    assert "<b>" not in out and "<blockquote>" not in out


def test_ask_without_question_and_without_json_is_a_usage_error(workdir: Path) -> None:
    r = run("ask", cwd=workdir)
    assert r.returncode == 2
    assert "usage" in r.stderr.lower()


def _check_json_answer(obj: dict[str, object], question: str) -> None:
    assert set(obj) >= JSON_FIELDS, set(obj)
    assert obj["question"] == question
    assert isinstance(obj["answered"], bool)
    assert isinstance(obj["kind"], str)
    assert isinstance(obj["text"], str) and obj["text"]
    assert isinstance(obj["score"], int | float)
    assert isinstance(obj["entries"], list)
    assert all(isinstance(e, str) for e in obj["entries"])
    assert isinstance(obj["suggestions"], list)
    assert isinstance(obj["sources"], list)
    for src in obj["sources"]:
        assert isinstance(src, dict)
        assert {"title", "outlet", "url", "published"} <= set(src)
        assert str(src["url"]).startswith("http")
        assert len(str(src["published"])) == 10 and str(src["published"])[4] == "-"


def test_ask_json_reads_questions_from_stdin(workdir: Path) -> None:
    questions = [
        "who said central asian countries are taking a more proactive role",
        "when was the first summit",
        "how many projects are being implemented",
        "did Safarov say that 133 projects worth 35 billion dollars are being implemented?",
        "what did Tokayev say about the summit",
        "recipe for plov please",
        "что сказал Нагаспаев",
    ]
    r = run("ask", "--json", stdin="\n".join(questions[:3]) + "\n\n" + "\n".join(questions[3:]))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == len(questions), r.stdout  # the blank line is skipped
    answers = [json.loads(line) for line in lines]
    for obj, q in zip(answers, questions, strict=True):
        _check_json_answer(obj, q)

    proactive, first, projects, correction, tokayev, plov, russian = answers
    assert proactive["answered"] is True and proactive["kind"] == "quote"
    assert proactive["entries"] == ["osmonaliyev-proactive-role"]
    assert "Kairat Osmonaliyev" in proactive["text"]
    assert "taking a more proactive role in regional affairs" in proactive["text"]
    assert proactive["sources"] == [
        {
            "title": "China, Central Asia prioritize good-neighborliness, "
            "mutual respect: observers",
            "outlet": "Bastille Post (Global)",
            "url": "https://www.bastillepost.com/global/article/4954378-china-central-asia-"
            "prioritize-good-neighborliness-mutual-respect-observers",
            "published": "2025-06-18",
        }
    ]
    assert 0.5 <= proactive["score"] <= 1.0

    assert first["kind"] == "event" and first["entries"] == ["summit-2023-xian"]
    assert "18–19 May 2023" in first["text"] and "Xi'an" in first["text"]
    assert len(first["sources"]) >= 2

    assert projects["entries"][0] in ("fact-projects-total", "nagaspayev-industrial-cooperation")
    assert "133" in projects["text"] and "Nagaspayev" in projects["text"]

    assert correction["kind"] == "correction"
    assert "Nagaspayev" in correction["text"] and "not Saifullo Safarov" in correction["text"]

    assert tokayev["answered"] is False and tokayev["entries"] == []
    assert plov["answered"] is False and plov["entries"] == []
    assert "I don't have" in plov["text"]

    assert russian["answered"] is True and "Ерсайын Нагаспаев" in russian["text"]


def test_ask_json_with_question_arguments(workdir: Path) -> None:
    r = run("ask", "--json", "which", "countries", "took", "part", cwd=workdir)
    assert r.returncode == 0, r.stderr
    (line,) = r.stdout.splitlines()
    obj = json.loads(line)
    _check_json_answer(obj, "which countries took part")
    assert obj["entries"] == ["fact-participants"]
    assert "Turkmenistan" in obj["text"]


def test_ask_json_answers_each_line_as_it_arrives(workdir: Path) -> None:
    proc = subprocess.Popen(
        [*MODULE, "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=clean_env(),
        cwd=workdir,
        bufsize=1,
    )
    assert proc.stdin is not None and proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)

    threading.Thread(target=reader, daemon=True).start()
    try:
        for q, entry in [
            ("who said china respects each and every partner", "safarov-treaty-way-forward"),
            ("when was the second summit", "summit-2025-astana"),
            ("what did the kazakh minister say", "nagaspayev-industrial-cooperation"),
        ]:
            proc.stdin.write(q + "\n")
            proc.stdin.flush()
            # The answer must come while stdin is still open: no waiting for EOF.
            try:
                line = lines.get(timeout=30)
            except queue.Empty:
                pytest.fail(f"no answer to {q!r} before the next question was written")
            obj = json.loads(line)
            assert obj["question"] == q
            assert obj["entries"] == [entry]
            assert lines.empty()
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# --- kb check ------------------------------------------------------------------------------------


@pytest.mark.parametrize("cmd", COMMANDS)
def test_kb_check_on_the_real_base(cmd: list[str], workdir: Path) -> None:
    r = run("kb", "check", cmd=cmd, cwd=workdir)
    assert r.returncode == 0, r.stdout + r.stderr
    # Counts as the loader sees them (the base grows; tests/test_real_base.py checks it).
    counts = load(KNOWLEDGE).counts()
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    assert f"OK — {summary}" in r.stdout


def test_kb_check_on_a_broken_copy_prints_every_problem(
    broken_kb: tuple[Path, list[str]], workdir: Path
) -> None:
    root, expected = broken_kb
    r = run("kb", "check", "--knowledge", str(root), cwd=workdir)
    assert r.returncode == 1
    output = r.stdout + r.stderr
    assert "3 problem(s)" in output, output
    for fragment in expected:
        assert fragment in output, f"{fragment!r} missing from:\n{output}"
    # One problem per line, each naming file:line and the record.
    problem_lines = [line for line in output.splitlines() if line.startswith("  ")]
    assert len(problem_lines) == 3, output
    assert "Traceback" not in output


def test_ask_on_a_broken_base_exits_1_and_lists_the_problems(
    broken_kb: tuple[Path, list[str]], workdir: Path
) -> None:
    root, expected = broken_kb
    r = run("ask", "who is safarov", cwd=workdir, KNOWLEDGE_DIR=str(root))
    assert r.returncode == 1
    for fragment in expected:
        assert fragment in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize("how", ["flag", "env"])
def test_knowledge_dir_can_be_chosen(how: str, workdir: Path) -> None:
    if how == "flag":
        check = run("kb", "check", "--knowledge", str(FIXTURE_KB), cwd=workdir)
        ask = run(
            "ask", "--knowledge", str(FIXTURE_KB), "what did the bridge minister say", cwd=workdir
        )
    else:
        check = run("kb", "check", cwd=workdir, KNOWLEDGE_DIR=str(FIXTURE_KB))
        ask = run(
            "ask", "what did the bridge minister say", cwd=workdir, KNOWLEDGE_DIR=str(FIXTURE_KB)
        )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "2 sources, 2 people, 2 events, 2 quotes, 2 facts" in check.stdout
    assert ask.returncode == 0, ask.stderr
    assert "Anna Example" in ask.stdout
    assert "We agreed to build a bridge" in ask.stdout
    assert "Example Times" in ask.stdout


def test_knowledge_flag_wins_over_the_environment(
    broken_kb: tuple[Path, list[str]], workdir: Path
) -> None:
    root, _ = broken_kb
    r = run("kb", "check", "--knowledge", str(FIXTURE_KB), cwd=workdir, KNOWLEDGE_DIR=str(root))
    assert r.returncode == 0, r.stdout
    assert "2 sources" in r.stdout


# --- chat and the default command ----------------------------------------------------------------


def test_chat_answers_lines_and_exits_0_on_eof(workdir: Path) -> None:
    r = run(
        "chat",
        stdin="who said china respects each and every partner\nwhen is the next summit\n",
        cwd=workdir,
    )
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Saifullo Safarov" in out
    assert "respecting each and every partner" in out
    assert "2027" in out and "no exact date" in out
    assert "Traceback" not in r.stderr


def test_no_subcommand_without_token_starts_the_terminal_chat(workdir: Path) -> None:
    r = run(stdin="what did the former kyrgyz ambassador say\n", cwd=workdir)
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert "TELEGRAM_BOT_TOKEN" in first  # the one-line note on how to connect Telegram
    notes = [line for line in r.stdout.splitlines() if "TELEGRAM_BOT_TOKEN" in line]
    assert len(notes) == 1
    assert "Kairat Osmonaliyev" in r.stdout
    assert "taking a more proactive role" in r.stdout


def test_no_subcommand_with_an_empty_token_is_still_the_chat(workdir: Path) -> None:
    r = run(stdin="", cwd=workdir, TELEGRAM_BOT_TOKEN="")
    assert r.returncode == 0, r.stderr
    assert "TELEGRAM_BOT_TOKEN" in r.stdout.splitlines()[0]


@pytest.mark.parametrize("cmd", COMMANDS)
def test_run_without_token_exits_2_naming_the_variable(cmd: list[str], workdir: Path) -> None:
    r = run("run", cmd=cmd, cwd=workdir)
    assert r.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in r.stderr
    assert "Traceback" not in r.stderr
