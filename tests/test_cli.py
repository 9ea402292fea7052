"""The real ``summitbot`` command, run as a subprocess (``python -m bot`` and the console script).

Every run gets a clean environment: no ``TELEGRAM_*`` variables (a developer's token must never
start the real bot from a test) and ``KNOWLEDGE_DIR`` set to the base as tested
(tests/conftest.py) unless the test sets its own.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.cli import build_parser, main
from bot.loader import load
from tests.conftest import KNOWLEDGE, LIVE_KNOWLEDGE

REPO = Path(__file__).resolve().parents[1]
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
    env["KNOWLEDGE_DIR"] = str(KNOWLEDGE)
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


def test_ask_json_carries_a_conversation_through_the_context_field(workdir: Path) -> None:
    """An integrator sends back the ``context`` an answer returned, with the next question."""
    first = json.loads(run("ask", "--json", stdin="who said 133 projects\n").stdout)
    assert first["speakers"] == ["yersaiyn-nagaspayev"]
    assert isinstance(first["context"], dict)
    follow = {"question": "what's his job?", "context": first["context"]}
    plain = "what's his job?"
    r = run("ask", "--json", stdin=json.dumps(follow) + "\n" + plain + "\n")
    with_context, without = (json.loads(line) for line in r.stdout.splitlines())
    assert with_context["question"] == "what's his job?"
    assert with_context["answered"] is True
    assert "Minister of Industry and Construction" in with_context["text"]
    assert with_context["speakers"] == ["yersaiyn-nagaspayev"]
    # The same words without a context: the bot asks whom they mean and answers for nobody.
    assert without["answered"] is False and without["context"] is None
    assert without["speakers"] == [] and "Minister of Industry" not in without["text"]
    # A malformed context is ignored, never an error.
    broken = json.dumps({"question": "what's his job?", "context": {"entries": 5}})
    odd = json.loads(run("ask", "--json", stdin=broken + "\n").stdout)
    assert odd["answered"] is False and odd["speakers"] == []


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
    # One line per input line: the blank line gets its own "empty" object (test below).
    assert len(lines) == len(questions) + 1, r.stdout
    assert json.loads(lines.pop(3))["kind"] == "empty"
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


def test_ask_json_lists_the_reported_fact_an_unknown_person_answer_shows(workdir: Path) -> None:
    """A person the base holds without quotes gets "no quotes from …" and, under a head saying it
    is not his words, a reported fact about him. The JSON named none of it while the text and
    ``sources`` showed the fact, so a curator could not see which record spoke: ``aside`` names
    it. The answer stays unanswered, with no entries and nobody's words."""
    r = run("ask", "--json", "what did Xi Jinping say about Central Asia", cwd=workdir)
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert (obj["kind"], obj["answered"], obj["speakers"]) == ("unknown_person", False, [])
    assert obj["entries"] == []
    (fact_id,) = obj["aside"]
    kb = load(KNOWLEDGE)
    fact = kb.facts[fact_id]
    assert " ".join(fact.answer.split()) in " ".join(str(obj["text"]).split())
    assert {s["url"] for s in obj["sources"]} == {kb.sources[i].url for i in fact.sources}


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
    # An empty KNOWLEDGE_DIR is no KNOWLEDGE_DIR: the bundled default, the live knowledge/.
    r = run("kb", "check", cmd=cmd, cwd=workdir, KNOWLEDGE_DIR="")
    assert r.returncode == 0, r.stdout + r.stderr
    # Counts as the loader sees them (the base grows; tests/test_real_base.py checks it).
    counts = load(LIVE_KNOWLEDGE).counts()
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


# --- ask --json keeps line N for line N ----------------------------------------------------------


def test_ask_json_answers_blank_lines_with_an_empty_object(workdir: Path) -> None:
    stdin = "who is safarov\n\n   \nwhen was the first summit\n\n"
    r = run("ask", "--json", stdin=stdin, cwd=workdir)
    assert r.returncode == 0, r.stderr
    inputs = stdin.split("\n")[:-1]
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(objs) == len(inputs), r.stdout
    for line, obj in zip(inputs, objs, strict=True):
        assert obj["question"] == line
        assert set(obj) >= JSON_FIELDS
    for i in (1, 2, 4):
        assert objs[i]["answered"] is False and objs[i]["kind"] == "empty"
        assert objs[i]["text"] == "" and objs[i]["entries"] == [] and objs[i]["suggestions"] == []
    assert objs[0]["kind"] == "person" and objs[3]["kind"] == "event"
    # The empty object has exactly the keys of a real answer (to_json renders both).
    assert set(objs[1]) == set(objs[0])


# --- Ctrl-C and closed pipes ---------------------------------------------------------------------

#: Repetitions of the pipe tests: the old failure came about half the time.
REPEAT = 4


@pytest.mark.parametrize("attempt", range(REPEAT))
def test_a_reader_closing_early_ends_ask_quietly_with_141(tmp_path: Path, attempt: int) -> None:
    """``summitbot ask --json < many | head -1``: the output is far bigger than a pipe."""
    questions = tmp_path / "questions.txt"
    questions.write_text("what did the kazakh minister say\n" * 400, "utf-8")
    with questions.open("rb") as stdin:
        proc = subprocess.Popen(
            [*MODULE, "ask", "--json"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=clean_env(),
            cwd=tmp_path,
        )
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # what `head -1` does after its line
        err = proc.stderr.read()
        status = proc.wait(timeout=TIMEOUT)
    assert json.loads(first)["question"] == "what did the kazakh minister say"
    assert status == 141, err
    assert b"Traceback" not in err and b"BrokenPipeError" not in err, err
    assert b"Exception ignored" not in err, err


@pytest.mark.parametrize("attempt", range(REPEAT))
def test_a_reader_gone_before_the_answer_ends_ask_quietly(tmp_path: Path, attempt: int) -> None:
    """The reader is gone before the first byte: the answer fails at its first write (or,
    buffered, at the flush at exit, which used to print "Exception ignored … BrokenPipeError")."""
    proc = subprocess.Popen(
        [*MODULE, "ask", "what did Xi Jinping say"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        cwd=tmp_path,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=TIMEOUT) == 141, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err


def test_ctrl_c_while_ask_reads_stdin_exits_130_quietly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [*MODULE, "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        cwd=tmp_path,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(b"who is safarov\n")
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["kind"] == "person"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err, err


# --- run with an unreachable Bot API -------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _free_port() -> int:
    return _closed_port()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
def test_run_with_an_unreachable_api_says_so_in_one_line(tmp_path: Path, mode: str) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    env = {
        "TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35,
        "TELEGRAM_API_URL": url,
        "DATA_DIR": str(tmp_path / "data"),
    }
    if mode == "webhook":
        port = _free_port()
        env.update(PORT=str(port), WEBHOOK_URL=f"http://127.0.0.1:{port}/hook")
    r = run("run", cwd=tmp_path, **env)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr, r.stderr
    assert "Unclosed" not in r.stderr, r.stderr
    problems = [
        line
        for line in r.stderr.splitlines()
        if line.strip() and not re.match(r"^\S+ \S+ (INFO|DEBUG) ", line)
    ]
    assert len(problems) == 1, r.stderr
    (line,) = problems
    assert "cannot reach the Bot API" in line and url in line
    assert "check the network and TELEGRAM_API_URL" in line
    assert "A" * 35 not in r.stderr + r.stdout


# --- usage, --help, --knowledge ------------------------------------------------------------------


def test_bare_kb_prints_usage_on_stderr_and_exits_2(workdir: Path) -> None:
    r = run("kb", cwd=workdir)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.startswith("usage: summitbot kb"), r.stderr
    assert "COMMAND" in r.stderr


def _subcommand_paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from _subcommand_paths(sub, (*path, name))


def test_every_subcommand_help_has_a_description(capsys: pytest.CaptureFixture[str]) -> None:
    paths = list(_subcommand_paths(build_parser()))
    assert {p for p, _ in paths} >= {("ask",), ("chat",), ("run",), ("kb",), ("kb", "check")}
    for path, sub in paths:
        assert sub.description, f"summitbot {' '.join(path)} has no description"
        with pytest.raises(SystemExit) as exited:
            main([*path, "--help"])
        assert exited.value.code == 0
        out = capsys.readouterr().out
        first_words = " ".join(sub.description.split()[:4])
        assert first_words in " ".join(out.split()), (path, out)


@pytest.mark.parametrize("command", [("kb", "check"), ("kb", "stats"), ("ask", "who is safarov")])
def test_knowledge_that_is_a_file_is_not_a_directory(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    file = tmp_path / "people.yaml"
    file.write_text("people: []\n", "utf-8")
    r = run(*command, "--knowledge", str(file), cwd=tmp_path)
    assert r.returncode == 1
    assert f"not a directory: {file}" in r.stderr, r.stderr
    assert "not found" not in r.stdout + r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("how", ["flag", "env"])
def test_missing_knowledge_dir_is_no_such_directory(how: str, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    if how == "flag":
        r = run("kb", "check", "--knowledge", str(missing), cwd=tmp_path)
    else:
        r = run("kb", "check", cwd=tmp_path, KNOWLEDGE_DIR=str(missing))
    assert r.returncode == 1
    assert f"no such directory: {missing}" in r.stderr, r.stderr
    assert ("--knowledge" if how == "flag" else "KNOWLEDGE_DIR") in r.stderr


# --- the README and the Makefile -----------------------------------------------------------------

README = REPO / "README.md"


def _readme_block(starting: str) -> list[str]:
    """The lines of the README's fenced block whose first line starts with ``starting``."""
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", README.read_text("utf-8"), re.M | re.S)
    found = [b.splitlines() for b in blocks if b.startswith(starting)]
    assert len(found) == 1, f"expected one README block starting with {starting!r}"
    return found[0]


def test_readme_kb_check_example_is_the_real_output(tmp_path: Path) -> None:
    """The README shows `kb check` on a base with a changed quote and a missing role_ru; the
    same edits on a copy of the real base must print the same lines (line numbers aside)."""
    block = _readme_block("$ summitbot kb check")
    assert block[0] == "$ summitbot kb check --knowledge knowledge"
    root = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    people = yaml.safe_load((root / "people.yaml").read_text("utf-8"))
    person = next(p for p in people["people"] if p["id"] == "yersaiyn-nagaspayev")
    del person["role_ru"]
    (root / "people.yaml").write_text(yaml.safe_dump(people, allow_unicode=True), "utf-8")
    quotes = yaml.safe_load((root / "quotes.yaml").read_text("utf-8"))
    quote = next(q for q in quotes["quotes"] if q["id"] == "safarov-treaty-way-forward")
    quote["text"] = quote["text"].replace("way forward", "way ahead")
    (root / "quotes.yaml").write_text(yaml.safe_dump(quotes, allow_unicode=True), "utf-8")

    r = run("kb", "check", "--knowledge", "knowledge", cwd=tmp_path)
    assert r.returncode == 1

    def shape(lines: list[str]) -> list[str]:
        return [re.sub(r"\.yaml:\d+ ", ".yaml:N ", line) for line in lines]

    assert shape(r.stdout.splitlines()) == shape(block[1:]), r.stdout


def _make(*args: str) -> list[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    r = subprocess.run(
        ["make", "--no-print-directory", "-n", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=TIMEOUT,
    )
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def test_quick_start_is_still_make_run_and_make_test() -> None:
    block = _readme_block("make run")
    assert [line.split()[:2] for line in block if line.startswith("make")] == [
        ["make", "run"],
        ["make", "test"],
    ]
    assert _make("run")[-1] == ".venv/bin/summitbot"
    assert _make("test")[-1] == ".venv/bin/pytest"


def test_readme_says_how_to_call_summitbot_after_make_run() -> None:
    text = README.read_text("utf-8")
    quick = text[text.index("## Quick start") : text.index("## Command line")]
    assert ".venv/bin/summitbot" in quick
    assert "source .venv/bin/activate" in quick


def test_every_make_target_in_the_readme_exists() -> None:
    text = README.read_text("utf-8")
    targets = set(re.findall(r"(?:^|`)make ([a-z][a-z-]*)", text, re.M))
    assert {"run", "test", "chat", "ask", "kb-check"} <= targets
    for target in sorted(targets):
        _make(target, "Q=x")


@pytest.mark.parametrize(
    ("target", "argv"),
    [
        ("chat", ["chat"]),
        ("kb-check", ["kb", "check"]),
        ("kb-stats", ["kb", "stats"]),
    ],
)
def test_make_shortcuts_run_summitbot(target: str, argv: list[str]) -> None:
    assert shlex.split(_make(target)[-1]) == [".venv/bin/summitbot", *argv]


@pytest.mark.parametrize(
    "question", ["when was the first summit", 'what\'s "new" in $HOME; `rm -rf /`']
)
def test_make_ask_passes_the_question_as_one_argument(question: str) -> None:
    assert shlex.split(_make("ask", f"Q={question}")[-1]) == [
        ".venv/bin/summitbot",
        "ask",
        "--",
        question,
    ]
