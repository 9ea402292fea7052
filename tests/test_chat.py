"""The terminal chat: the Telegram commands, numbered suggestions, pipes and terminals.

In-process tests use :class:`bot.chat.Chat` over the small fixture base and compare each reply
with what the :class:`~bot.service.Service` API returns (so the chat shows what Telegram shows).
The process tests run the real ``summitbot chat`` through a pipe and on a pseudo-terminal:
Ctrl-C, arrow keys, blank lines, prompts.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.chat import Chat, render
from bot.render import to_text
from bot.service import Service

REPO = Path(__file__).resolve().parents[1]
FIXTURE_KB = REPO / "tests" / "fixtures" / "kb" / "valid"
MODULE = [sys.executable, "-m", "bot"]
#: Seconds to wait for the chat process to say something (start-up loads the base).
WAIT = 60
#: Repetitions of the signal tests: an interrupt that is only quiet sometimes must show.
REPEAT = 3


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("TELEGRAM_") and k not in ("KNOWLEDGE_DIR", "PYTEST_ADDOPTS")
    }
    env.update(PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8", **extra)
    return env


@pytest.fixture(scope="module")
def service() -> Service:
    return Service.from_dir(FIXTURE_KB)


@pytest.fixture
def chat(service: Service) -> Chat:
    return Chat(service)


# --- the commands, in process ------------------------------------------------------------------


def test_list_commands_show_what_the_service_returns(chat: Chat, service: Service) -> None:
    assert chat.respond("/people") == to_text(service.people("en"))
    assert chat.respond("/sources") == to_text(service.sources("en"))
    assert chat.respond("/when") == "\n\n".join(to_text(a) for a in service.summits("en"))
    people = chat.respond("/people") or ""
    assert "Anna Example" in people and "Boris Sample" in people
    assert "Example Times" in (chat.respond("/sources") or "")


def test_help_and_start_list_the_commands_and_the_core_help(chat: Chat, service: Service) -> None:
    core_help = to_text(service.ask("", "en"))
    for command in ("/help", "/start"):
        reply = chat.respond(command) or ""
        assert core_help in reply
        for name in ("/who", "/quote", "/when", "/people", "/sources", "/about", "/quit"):
            assert name in reply, (command, name)
    assert "Hello" in (chat.respond("/start") or "")


def test_argument_commands_ask_the_telegram_questions(chat: Chat, service: Service) -> None:
    assert chat.respond("/who agreed to build a bridge") == to_text(
        service.ask("who said agreed to build a bridge")
    )
    assert "Anna Example" in (chat.respond("/quote Example") or "")
    assert chat.respond("/quote Example") == to_text(service.ask("what did Example say"))
    assert chat.respond("/when first") == to_text(service.ask("when was the first summit"))
    assert "Testville" in (chat.respond("/when first") or "")


def test_commands_without_argument_explain_their_use(chat: Chat, service: Service) -> None:
    assert "Usage: /who" in (chat.respond("/who") or "")
    surname = service.example_surname("en")
    assert surname and f"/quote {surname}" in (chat.respond("/quote") or "")


def test_about_shows_version_and_counts(chat: Chat, service: Service) -> None:
    info = service.info()
    reply = chat.respond("/about") or ""
    assert info.version in reply
    assert f"{info.counts['quotes']} quotes" in reply
    assert f"{info.counts['sources']} sources" in reply


def test_unknown_command_points_to_help(chat: Chat) -> None:
    assert chat.respond("/frobnicate now") == (
        "Unknown command /frobnicate. Type /help for the commands."
    )


def test_blank_lines_get_no_reply(chat: Chat) -> None:
    assert chat.respond("") is None
    assert chat.respond("   \n") is None


def _numbered(reply: str) -> list[str]:
    return [line for line in reply.splitlines() if line[:1].isdigit() and ". " in line]


def test_a_number_picks_the_suggestion_shown_next_to_it(chat: Chat, service: Service) -> None:
    refused = service.ask("bridge")
    assert not refused.answered and len(refused.suggestions) >= 2, "fixture changed"
    reply = chat.respond("bridge") or ""
    numbered = _numbered(reply)
    assert numbered == [f"{n}. {s.label}" for n, s in enumerate(refused.suggestions, 1)]
    assert "Type a number" in reply
    # Each label is shown once: numbered, not also as a bullet.
    assert all(reply.count(s.label) == 1 for s in refused.suggestions)
    second = service.entry(refused.suggestions[1].id, refused.lang)
    assert second is not None
    assert chat.respond("2") == to_text(second)
    # The offer stays, as Telegram's buttons stay under the message.
    first = service.entry(refused.suggestions[0].id, refused.lang)
    assert first is not None and chat.respond("1") == to_text(first)
    assert chat.respond("9") == (
        f"Type a number from 1 to {len(refused.suggestions)} to see a suggestion, "
        "or ask a question."
    )


def test_people_suggested_for_an_unknown_speaker_are_numbered_with_roles(
    chat: Chat, service: Service
) -> None:
    refused = service.ask("what did Xi Jinping say")
    assert refused.kind == "unknown_person" and refused.suggestions
    reply = chat.respond("what did Xi Jinping say") or ""
    numbered = _numbered(reply)
    assert len(numbered) == len(refused.suggestions)
    for n, (line, s) in enumerate(zip(numbered, refused.suggestions, strict=True), 1):
        assert line.startswith(f"{n}. {s.label}, ")  # "1. Anna Example, Minister of …"
    person = service.entry(refused.suggestions[0].id, refused.lang)
    assert person is not None and chat.respond("1") == to_text(person)


def test_an_answer_withdraws_the_offer(chat: Chat, service: Service) -> None:
    chat.respond("bridge")
    answered = chat.respond("what did the bridge minister say") or ""
    assert "We agreed to build a bridge" in answered
    # "2" is now a question like any other, not a pick from the earlier list.
    assert chat.respond("2") == render(service.ask("2")).text


def test_lists_follow_the_language_of_the_last_question(chat: Chat, service: Service) -> None:
    chat.respond("кто такая Анна Экзампл")
    assert chat.respond("/people") == to_text(service.people("ru"))
    assert "Команды" in (chat.respond("/help") or "")


# --- the real process through a pipe -----------------------------------------------------------


def _chat_through_pipe(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MODULE, "chat", "--knowledge", str(FIXTURE_KB), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=WAIT,
        env=clean_env(),
        cwd=REPO / "tests",
    )


def test_piped_chat_runs_the_commands(service: Service) -> None:
    r = _chat_through_pipe("/people\n/sources\n/when\n/about\n/help\n")
    assert r.returncode == 0, r.stderr
    assert to_text(service.people("en")) in r.stdout
    assert to_text(service.sources("en")) in r.stdout
    for summit in service.summits("en"):
        assert to_text(summit) in r.stdout
    assert f"version {service.info().version}" in r.stdout
    assert "Traceback" not in r.stderr


def test_piped_chat_picks_a_numbered_suggestion(service: Service) -> None:
    refused = service.ask("bridge")
    second = service.entry(refused.suggestions[1].id, refused.lang)
    assert second is not None
    r = _chat_through_pipe("bridge\n2\n")
    assert r.returncode == 0, r.stderr
    assert f"2. {refused.suggestions[1].label}" in r.stdout
    assert r.stdout.rstrip().endswith(to_text(second))


def test_a_blank_line_does_not_end_a_piped_chat() -> None:
    r = _chat_through_pipe("what did the bridge minister say\n\n   \nwho is Boris Sample\n")
    assert r.returncode == 0, r.stderr
    assert "We agreed to build a bridge" in r.stdout
    assert "political analyst" in r.stdout  # the question after the blank lines


def test_piped_chat_shows_no_prompt_and_one_blank_line_between_replies() -> None:
    r = _chat_through_pipe("what did the bridge minister say\nwho is Boris Sample\n")
    assert r.returncode == 0, r.stderr
    assert not [line for line in r.stdout.splitlines() if line.startswith(">")], r.stdout
    replies = r.stdout.split("\n\n")
    anna = next(i for i, part in enumerate(replies) if "Anna Example, Minister" in part)
    assert replies[anna].startswith("Anna Example, Minister of Bridges")  # not "> Anna…"
    assert r.stdout.endswith("\n\n")


def test_quit_ends_the_chat_with_status_0() -> None:
    r = _chat_through_pipe("/quit\nwho is Boris Sample\n")
    assert r.returncode == 0, r.stderr
    assert "political analyst" not in r.stdout


@pytest.mark.parametrize("attempt", range(REPEAT))
def test_ctrl_c_on_a_piped_chat_exits_130_without_traceback(attempt: int) -> None:
    proc = subprocess.Popen(
        [*MODULE, "chat", "--knowledge", str(FIXTURE_KB)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        cwd=REPO / "tests",
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(b"who is Boris Sample\n")
        proc.stdin.flush()
        seen = b""
        deadline = time.monotonic() + WAIT
        while b"political analyst" not in seen and time.monotonic() < deadline:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
        assert b"political analyst" in seen, seen  # waiting for the next line now
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err, err


# --- the real process on a terminal ------------------------------------------------------------


class Terminal:
    """``summitbot chat`` on a pseudo-terminal that is its controlling terminal (so that a
    typed Ctrl-C is a SIGINT from the terminal driver, as for a person at a keyboard)."""

    def __init__(self) -> None:
        master, slave = pty.openpty()
        self.master = master
        self.output = b""
        self._lock = threading.Lock()

        def controlling_tty() -> None:  # runs in the child, after setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen(
            [*MODULE, "chat", "--knowledge", str(FIXTURE_KB)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=clean_env(TERM="xterm"),
            cwd=REPO / "tests",
            start_new_session=True,
            preexec_fn=controlling_tty,
        )
        os.close(slave)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.5)
                if not ready:
                    if self.proc.poll() is not None:
                        return
                    continue
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: the child closed its side
                return
            if not chunk:
                return
            with self._lock:
                self.output += chunk

    def text(self) -> str:
        with self._lock:
            return self.output.decode("utf-8", "replace")

    def wait_for(self, needle: str, count: int = 1) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if self.text().count(needle) >= count:
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        pytest.fail(f"{needle!r} not seen {count} time(s); terminal shows:\n{self.text()}")

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode("utf-8"))

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        os.close(self.master)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    t = Terminal()
    try:
        t.wait_for("/quit")  # the help, then the prompt
        t.wait_for("> ")
        yield t
    finally:
        t.close()


def test_arrow_up_recalls_the_last_question(terminal: Terminal) -> None:
    terminal.type("who is Boris Sample\r")
    terminal.wait_for("political analyst")
    # The next prompt means readline reads again (raw mode): typed earlier, on a loaded
    # machine the tty itself would echo the arrow key as "^[[A".
    terminal.wait_for("> ", count=2)
    terminal.type("\x1b[A\r")  # arrow up, Enter: the same question again
    terminal.wait_for("political analyst", count=2)
    assert "^[[A" not in terminal.text()
    terminal.type("\x04")  # Ctrl-D on an empty line leaves
    assert terminal.proc.wait(timeout=WAIT) == 0


def test_arrow_left_edits_the_line(terminal: Terminal) -> None:
    terminal.type("recipe for plv\x1b[Do\r")  # a missing letter put in with arrow left
    terminal.wait_for("I don't have an answer to “recipe for plov”")
    assert "^[[D" not in terminal.text()
    terminal.type("\x04")
    assert terminal.proc.wait(timeout=WAIT) == 0


@pytest.mark.parametrize("attempt", range(REPEAT))
def test_ctrl_c_on_a_terminal_exits_130_without_traceback(terminal: Terminal, attempt: int) -> None:
    terminal.type("half a question")
    # As a person types: the keys are on the screen before Ctrl-C. (Sent in the same instant,
    # CPython's readline can take the signal while it handles the keys and then wait for the
    # next key before it notices; a second Ctrl-C or any key then ends the chat.)
    terminal.wait_for("half a question")
    time.sleep(0.1)
    terminal.type("\x03")  # Ctrl-C: the terminal driver sends SIGINT
    assert terminal.proc.wait(timeout=WAIT) == 130
    time.sleep(0.2)  # let the reader collect the last output
    assert "Traceback" not in terminal.text()
    assert "KeyboardInterrupt" not in terminal.text()


@pytest.mark.parametrize("delay", [0.3, 0.6, 1.0])
def test_ctrl_c_while_the_chat_starts_is_quiet(delay: float) -> None:
    """Ctrl-C during start-up (imports, loading the base) is as quiet as at the prompt."""
    proc = subprocess.Popen(
        [*MODULE, "chat", "--knowledge", str(FIXTURE_KB)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        cwd=REPO / "tests",
    )
    try:
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # 130 from main(); -SIGINT if the signal came before Python installed its handler.
    assert proc.returncode in (130, -signal.SIGINT), err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err, err


class _InterruptedInC:
    """Raises Ctrl-C from ``__del__``: Python reports it as "Exception ignored", the way an
    interrupt that lands inside pydantic's validators while the base loads is reported."""

    def __del__(self) -> None:
        raise KeyboardInterrupt


@pytest.mark.parametrize("load_fails", [False, True])
def test_ctrl_c_swallowed_while_loading_still_ends_with_130(
    load_fails: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An interrupt Python "ignored" during loading is not lost: no knowledge-base problem is
    reported for it, the chat does not start, and the status is 130 with no traceback."""
    from bot import cli
    from bot.loader import KnowledgeError
    from bot.model import Problem

    real_from_dir = Service.from_dir

    def from_dir(*args: object, **kwargs: object) -> Service:
        _InterruptedInC()  # collected at once: the interrupt goes to sys.unraisablehook
        if load_fails:
            raise KnowledgeError([Problem("people.yaml", "interrupted mid-record", "x", 3)])
        return real_from_dir(FIXTURE_KB)

    monkeypatch.setattr(Service, "from_dir", from_dir)
    monkeypatch.setattr(sys, "stdin", _NeverRead())
    before = sys.unraisablehook
    assert cli.main(["chat", "--knowledge", str(FIXTURE_KB)]) == cli.EXIT_INTERRUPTED
    assert sys.unraisablehook is before
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "KeyboardInterrupt" not in captured.err
    assert "problem" not in captured.err and captured.out == ""


class _NeverRead:
    def readline(self) -> str:
        raise AssertionError("the chat started after Ctrl-C")

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("the chat started after Ctrl-C")
