"""The ``summitbot`` command line: ask, chat, run (Telegram) and the knowledge-base tools.

Exit codes: 0 success; 1 the knowledge base has problems (also: the knowledge directory does not
exist or is not a directory); 2 usage or configuration error; 130 interrupted with Ctrl-C (no
traceback); 141 the reader of standard output went away (``summitbot ask … | head -1``): the
status a shell reports for a command killed by SIGPIPE, so ``set -o pipefail`` sees what it
would see for ``cat``, and again no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.config import ConfigError, load_settings

# The core (numpy, pydantic, the index: most of a second) is imported inside the commands,
# after main() has started catching Ctrl-C, so an early Ctrl-C is quiet too.
if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.service import Service
    from bot.store import Store

log = logging.getLogger("summitbot")

CONNECT_NOTE = (
    "Terminal chat (set TELEGRAM_BOT_TOKEN to run the Telegram bot instead). "
    "Type a question or /help; Ctrl-D or /quit leaves."
)
#: Exit statuses of an interrupted run (128 + the signal's number, as a shell reports it).
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
#: ``kind`` of the ``ask --json`` object for a blank input line (nothing was asked).
EMPTY_KIND = "empty"


def _knowledge_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--knowledge",
        metavar="DIR",
        type=Path,
        help="knowledge directory (default: $KNOWLEDGE_DIR or the bundled knowledge/)",
    )


def _data_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="where the database is (default: $DATA_DIR or ./var)",
    )


def _positive_float(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of days, got {raw!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of days, got {raw!r}")
    return value


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {raw!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {raw!r}")
    return value


NOT_RECORDED = " Nothing is recorded: only the Telegram bot logs unanswered questions."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summitbot",
        description="Answers questions about the China–Central Asia summits, with sources.",
    )
    sub = parser.add_subparsers(dest="command")
    ask = sub.add_parser(
        "ask",
        help="answer questions given as arguments (or stdin with --json)",
        description="Answer questions given as arguments (or stdin with --json)." + NOT_RECORDED,
    )
    ask.add_argument("question", nargs="*", help="the question (words are joined)")
    ask.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per question; without a question, read stdin lines",
    )
    ask.add_argument("--lang", choices=["en", "ru"], help="reply language when unclear")
    _knowledge_arg(ask)
    chat = sub.add_parser(
        "chat",
        help="chat in the terminal",
        description="Chat in the terminal, with the Telegram bot's commands (/help lists them). "
        "Only end of input (Ctrl-D) or /quit ends it; with a pipe on stdin there is no prompt."
        + NOT_RECORDED,
    )
    chat.add_argument(
        "--lang",
        choices=["en", "ru"],
        help="language to start in (lists, the chat's own texts); answers follow each question",
    )
    _knowledge_arg(chat)
    run = sub.add_parser(
        "run",
        help="run the Telegram bot (polling, or webhook if WEBHOOK_URL)",
        description="Run the Telegram bot: long polling, or a webhook when WEBHOOK_URL is set. "
        "Needs TELEGRAM_BOT_TOKEN (or TELEGRAM_BOT_TOKEN_FILE); see the README for every "
        "variable.",
    )
    _knowledge_arg(run)
    kb = sub.add_parser(
        "kb",
        help="knowledge-base tools",
        description="Knowledge-base tools for curators: check, stats, gaps, feedback.",
    )
    kb_sub = kb.add_subparsers(dest="kb_command", required=True, metavar="COMMAND")
    check = kb_sub.add_parser(
        "check",
        help="validate the knowledge base; exit 1 on problems",
        description="Validate the knowledge base: print the counts and exit 0, or every "
        "problem (file:line [record id]: message) and exit 1.",
    )
    _knowledge_arg(check)
    gaps = kb_sub.add_parser(
        "gaps",
        help="most frequent unanswered (or low-confidence) questions, near-duplicates grouped",
        description="The questions the Telegram bot refused or answered with low confidence, "
        "most frequent first, near-duplicates grouped, with the best candidate entry.",
    )
    gaps.add_argument(
        "--since",
        metavar="DAYS",
        type=_positive_float,
        help="only questions of the last DAYS days (default: all)",
    )
    gaps.add_argument(
        "--limit",
        metavar="N",
        type=_positive_int,
        default=20,
        help="show at most N groups (default: 20)",
    )
    _data_dir_arg(gaps)
    feedback = kb_sub.add_parser(
        "feedback",
        help="entries ranked by share of 👎 votes",
        description="Entries ranked by their share of 👎 votes in Telegram, with the 👎 and 👍 "
        "counts: the answers to fix first.",
    )
    _data_dir_arg(feedback)
    stats = kb_sub.add_parser(
        "stats",
        help="counts per record type and language; people without quotes, quotes without "
        "alternate questions, facts without sources",
        description="Counts per record type and language, and what to fill in next: people "
        "without quotes, quotes without alternate questions, facts without sources.",
    )
    _knowledge_arg(stats)
    imp = kb_sub.add_parser(
        "import",
        help="draft records (source, people, quotes) from a new article, for review",
        description="Draft the knowledge-base records for a new article: the source, every "
        "person quoted, every direct quote verbatim with its speaker, reported speech as "
        "paraphrases, a few alternate questions. The drafts go to standard output or to "
        "DRAFTS_FILE (with the article text beside it, under texts/); the bot never loads "
        "them: a curator reviews them, fills the TODOs and moves them into the knowledge base.",
    )
    imp.add_argument("article", metavar="ARTICLE", type=Path, help="a text or Markdown file")
    imp.add_argument("--url", help="the article's address (http or https)")
    imp.add_argument("--outlet", help="the publication, e.g. 'Trend News Agency'")
    imp.add_argument("--published", metavar="YYYY-MM-DD", help="publication date")
    imp.add_argument("--language", choices=("en", "ru"), help="default: detected")
    imp.add_argument("-o", "--output", metavar="DRAFTS_FILE", type=Path, help="default: stdout")
    _knowledge_arg(imp)
    return parser


def _knowledge_dir(given: Path | None) -> Path | None:
    """The knowledge directory to use, or None after saying on stderr why it can't be: a
    missing path and a path that is a file get different messages, naming where the path came
    from (``--knowledge``, ``KNOWLEDGE_DIR`` or the bundled default)."""
    from bot.loader import default_knowledge_dir

    if given is not None:
        kdir, origin = given, "--knowledge"
    else:
        kdir = default_knowledge_dir()
        origin = "KNOWLEDGE_DIR" if os.environ.get("KNOWLEDGE_DIR") else "the bundled default"
    if kdir.is_dir():
        return kdir
    if kdir.exists():
        print(f"summitbot: not a directory: {kdir} ({origin})", file=sys.stderr)
    else:
        print(
            f"summitbot: knowledge directory not found — no such directory: {kdir} ({origin})",
            file=sys.stderr,
        )
    return None


class _InterruptWatch:
    """``sys.unraisablehook`` while a command runs: keeps a Ctrl-C that Python "ignored".

    Why: a Ctrl-C that lands while C code is calling back into Python (pydantic's validators
    while the base loads) never reaches the caller: Python prints "Exception ignored in: …"
    with a traceback and goes on, so the load then reported the interrupted record as a
    knowledge-base problem (status 1), or the chat started as if no key had been pressed.
    This hook keeps such an interrupt, quietly, and :func:`_service` turns it back into the
    ``KeyboardInterrupt`` that :func:`main` ends with status 130. Anything else goes to the
    hook that was there before.
    """

    def __init__(self, previous: Callable[[sys.UnraisableHookArgs], object]) -> None:
        self.previous = previous
        self.seen = False

    def __call__(self, unraisable: sys.UnraisableHookArgs) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            self.seen = True
            return
        self.previous(unraisable)


def _raise_kept_interrupt() -> None:
    """Deliver a Ctrl-C that :class:`_InterruptWatch` kept (see there)."""
    if getattr(sys.unraisablehook, "seen", False):
        raise KeyboardInterrupt


def _service(args: argparse.Namespace) -> Service | int:
    from bot.loader import KnowledgeError
    from bot.service import Service

    kdir = _knowledge_dir(args.knowledge)
    if kdir is None:
        return 1
    try:
        svc = Service.from_dir(kdir)
        _raise_kept_interrupt()
        return svc
    except KnowledgeError as exc:
        _raise_kept_interrupt()
        print(f"The knowledge base in {kdir} has {len(exc.problems)} problem(s):", file=sys.stderr)
        for p in exc.problems:
            print(f"  {p}", file=sys.stderr)
        print("Run `summitbot kb check` after fixing them.", file=sys.stderr)
        return 1


def cmd_kb_check(args: argparse.Namespace, out: TextIO) -> int:
    from bot.curator import format_warnings
    from bot.loader import KnowledgeError, load

    kdir = _knowledge_dir(args.knowledge)
    if kdir is None:
        return 1
    try:
        kb = load(kdir)
    except KnowledgeError as exc:
        _raise_kept_interrupt()
        print(f"{kdir}: {len(exc.problems)} problem(s)", file=out)
        for p in exc.problems:
            print(f"  {p}", file=out)
        print(format_warnings(exc.warnings), file=out, end="")
        return 1
    counts = kb.counts()
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"{kdir}: OK — {summary} (version {kb.version})", file=out)
    print(format_warnings(kb.warnings), file=out, end="")
    return 0


def cmd_kb_import(args: argparse.Namespace, out: TextIO) -> int:
    """``kb import``: exit 0 with the drafts written, 1 if the knowledge base to match people
    against is broken, 2 for a usage error (unreadable article, bad date or URL, a drafts file
    the bot would load)."""
    import datetime as dt

    from bot.importer import draft, loaded_by_bot, read_article
    from bot.loader import KnowledgeError, default_knowledge_dir, load

    kdir = Path(args.knowledge or default_knowledge_dir())
    published = None
    if args.published:
        try:
            published = dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"summitbot: --published {args.published!r}: use YYYY-MM-DD", file=sys.stderr)
            return 2
    if args.url and not args.url.startswith(("http://", "https://")):
        print(f"summitbot: --url {args.url!r}: use an http(s):// address", file=sys.stderr)
        return 2
    if args.output and loaded_by_bot(args.output, kdir):
        print(
            f"summitbot: {args.output} is inside {kdir}, where the bot would load it unreviewed;"
            f" write drafts elsewhere (e.g. {kdir / 'drafts' / args.output.name})",
            file=sys.stderr,
        )
        return 2
    try:
        article = read_article(args.article)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"summitbot: cannot read {args.article}: {exc}", file=sys.stderr)
        return 2
    try:
        kb = load(kdir)
    except KnowledgeError as exc:
        print(
            f"summitbot: {kdir} has {len(exc.problems)} problem(s); run `summitbot kb check`",
            file=sys.stderr,
        )
        return 1
    text, source_id = draft(
        article,
        article_name=args.article.name,
        url=args.url,
        outlet=args.outlet,
        published=published,
        language=args.language,
        kb=kb,
    )
    if args.output is None:
        print(text, file=out, end="")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    texts = args.output.parent / "texts"
    texts.mkdir(exist_ok=True)
    (texts / f"{source_id}.md").write_text(article.body, encoding="utf-8")
    print(
        f"Drafts written to {args.output}; article text to {texts / (source_id + '.md')}. "
        "Review them before moving them into the knowledge base.",
        file=out,
    )
    return 0


def _open_store(args: argparse.Namespace) -> Store | None:
    """The existing database (never created by a report), or None with a note on stderr."""
    from bot.store import Store, db_path

    data_dir = args.data_dir or Path(os.environ.get("DATA_DIR", "").strip() or "var")
    path = db_path(data_dir)
    if not path.is_file():
        print(
            f"summitbot: no database at {path} yet (the Telegram bot creates it)", file=sys.stderr
        )
        return None
    return Store.open(path, strict=True)


def cmd_kb_gaps(args: argparse.Namespace, out: TextIO) -> int:
    from bot.curator import format_gaps
    from bot.store import StoreError

    try:
        store = _open_store(args)
        gaps = store.gaps(args.since, args.limit) if store else []
    except StoreError as exc:
        print(f"summitbot: {exc}", file=sys.stderr)
        return 2
    print(format_gaps(gaps, since_days=args.since), file=out)
    return 0


def cmd_kb_feedback(args: argparse.Namespace, out: TextIO) -> int:
    from bot.curator import format_feedback
    from bot.store import StoreError

    try:
        store = _open_store(args)
        rows = store.feedback_report() if store else []
    except StoreError as exc:
        print(f"summitbot: {exc}", file=sys.stderr)
        return 2
    print(format_feedback(rows), file=out)
    return 0


def cmd_kb_stats(args: argparse.Namespace, out: TextIO) -> int:
    from bot.curator import format_stats, kb_stats
    from bot.loader import KnowledgeError, load

    kdir = _knowledge_dir(args.knowledge)
    if kdir is None:
        return 1
    try:
        kb = load(kdir)
    except KnowledgeError as exc:
        print(f"{kdir}: {len(exc.problems)} problem(s); run `summitbot kb check`", file=out)
        return 1
    print(format_stats(kb_stats(kb)), file=out)
    return 0


def empty_answer(line: str, lang: str | None) -> Answer:
    """What ``ask --json`` writes for a blank input line: nothing was asked, so nothing is
    answered (``kind`` "empty", no text), but the line still gets its object, so output line N
    always belongs to input line N."""
    from bot.answer import Answer

    return Answer(line, answered=False, kind=EMPTY_KIND, blocks=(), lang=lang or "en")


def _json_reply(svc: Service, line: str, args: argparse.Namespace) -> dict[str, object]:
    """The JSON object for one ``ask --json`` input: a question as plain text, or a JSON object
    ``{"question": "...", "context": {...}}`` whose ``context`` is the one a previous answer
    returned (that is how an integrator drives a conversation: send it back with the next
    question). A malformed context is ignored, never an error."""
    from bot.conversation import Context, Reply, reply_json

    question, context = line, None
    if line.lstrip().startswith("{"):
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        if isinstance(obj, dict) and isinstance(obj.get("question"), str):
            question, context = obj["question"], Context.from_json(obj.get("context"))
    if not question.strip():
        return reply_json(Reply(empty_answer(question, args.lang), context))
    return reply_json(svc.converse(question, context, args.lang))


def cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    """Answer the question in the arguments, or (``--json`` without one) every line of stdin,
    each as soon as it arrives, one JSON object per line, blank lines included.

    Each stdin line is handled by itself (a line is a question today; an optional JSON form
    with more fields can be told apart by its first character later)."""
    from bot.render import to_text

    if not args.question and not args.json:
        print(
            "usage: summitbot ask QUESTION...  (or --json with questions on stdin)", file=sys.stderr
        )
        return 2
    svc = _service(args)
    if isinstance(svc, int):
        return svc
    if args.question:
        questions: Sequence[str] | TextIO = [" ".join(args.question)]
    else:
        questions = sys.stdin
    for raw in questions:
        q = raw.rstrip("\r\n") if not args.question else raw
        if args.json:
            print(json.dumps(_json_reply(svc, q, args), ensure_ascii=False), file=out, flush=True)
        else:
            print(to_text(svc.ask(q, args.lang)), file=out, flush=True)
    return 0


def cmd_chat(
    args: argparse.Namespace, out: TextIO, inp: TextIO | None = None, note: str | None = None
) -> int:
    from bot.chat import run_chat

    svc = _service(args)
    if isinstance(svc, int):
        return svc
    return run_chat(svc, inp or sys.stdin, out, lang=getattr(args, "lang", None) or "en", note=note)


def cmd_run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"summitbot: {exc}", file=sys.stderr)
        return 2
    if not settings.has_token:
        print(
            "summitbot: set TELEGRAM_BOT_TOKEN (or TELEGRAM_BOT_TOKEN_FILE) "
            "to run the Telegram bot",
            file=sys.stderr,
        )
        return 2
    if _knowledge_dir(args.knowledge) is None:  # else KNOWLEDGE_DIR, as run() does
        return 1
    from handlers.app import run

    return run(settings, args.knowledge)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; Ctrl-C and a closed standard output end it quietly (see the module
    docstring for the statuses)."""
    watch = _InterruptWatch(sys.unraisablehook)
    sys.unraisablehook = watch
    try:
        status = _dispatch(argv)
        sys.stdout.flush()  # here, not at interpreter exit, so a broken pipe is caught below
        _raise_kept_interrupt()
        return status
    except KeyboardInterrupt:
        with contextlib.suppress(OSError, ValueError):
            print(file=sys.stderr)  # the shell's prompt on a line of its own after ^C
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Python's recipe (docs: "Note on SIGPIPE"): whatever is still buffered for stdout
        # goes to /dev/null, so the flush at exit cannot fail again and print a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_BROKEN_PIPE
    finally:
        sys.unraisablehook = watch.previous


def _dispatch(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.command is None:
        try:
            settings = load_settings()
        except ConfigError as exc:
            print(f"summitbot: {exc}", file=sys.stderr)
            return 2
        args.knowledge = None
        if settings.has_token:
            return cmd_run(args)
        return cmd_chat(args, out, note=CONNECT_NOTE)
    if args.command == "ask":
        return cmd_ask(args, out)
    if args.command == "chat":
        return cmd_chat(args, out, note=CONNECT_NOTE)
    if args.command == "run":
        return cmd_run(args)
    if args.command == "kb":
        if args.kb_command == "check":
            return cmd_kb_check(args, out)
        if args.kb_command == "gaps":
            return cmd_kb_gaps(args, out)
        if args.kb_command == "feedback":
            return cmd_kb_feedback(args, out)
        if args.kb_command == "stats":
            return cmd_kb_stats(args, out)
        if args.kb_command == "import":
            return cmd_kb_import(args, out)
    parser.print_usage(sys.stderr)
    return 2
