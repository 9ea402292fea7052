"""The ``summitbot`` command line: ask, chat, run (Telegram) and the knowledge-base tools.

Exit codes: 0 success, 1 the knowledge base has problems, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.config import ConfigError, load_settings
from bot.curator import format_feedback, format_gaps, format_stats, format_warnings, kb_stats
from bot.loader import KnowledgeError, default_knowledge_dir, load
from bot.render import to_json, to_text
from bot.service import Service
from bot.store import Store, StoreError, db_path

log = logging.getLogger("summitbot")

CONNECT_NOTE = (
    "Terminal chat (set TELEGRAM_BOT_TOKEN to run the Telegram bot instead). "
    "Type a question; an empty line or Ctrl-D quits."
)


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
        "chat", help="chat in the terminal", description="Chat in the terminal." + NOT_RECORDED
    )
    _knowledge_arg(chat)
    run = sub.add_parser("run", help="run the Telegram bot (polling, or webhook if WEBHOOK_URL)")
    _knowledge_arg(run)
    kb = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = kb.add_subparsers(dest="kb_command")
    check = kb_sub.add_parser("check", help="validate the knowledge base; exit 1 on problems")
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
    feedback = kb_sub.add_parser("feedback", help="entries ranked by share of 👎 votes")
    _data_dir_arg(feedback)
    stats = kb_sub.add_parser(
        "stats",
        help="counts per record type and language; people without quotes, quotes without "
        "alternate questions, facts without sources",
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


def _service(args: argparse.Namespace) -> Service | int:
    kdir = args.knowledge or default_knowledge_dir()
    try:
        return Service.from_dir(kdir)
    except KnowledgeError as exc:
        print(f"The knowledge base in {kdir} has {len(exc.problems)} problem(s):", file=sys.stderr)
        for p in exc.problems:
            print(f"  {p}", file=sys.stderr)
        print("Run `summitbot kb check` after fixing them.", file=sys.stderr)
        return 1


def cmd_kb_check(args: argparse.Namespace, out: TextIO) -> int:
    kdir = args.knowledge or default_knowledge_dir()
    try:
        kb = load(kdir)
    except KnowledgeError as exc:
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
    data_dir = args.data_dir or Path(os.environ.get("DATA_DIR", "").strip() or "var")
    path = db_path(data_dir)
    if not path.is_file():
        print(
            f"summitbot: no database at {path} yet (the Telegram bot creates it)", file=sys.stderr
        )
        return None
    return Store.open(path, strict=True)


def cmd_kb_gaps(args: argparse.Namespace, out: TextIO) -> int:
    try:
        store = _open_store(args)
        gaps = store.gaps(args.since, args.limit) if store else []
    except StoreError as exc:
        print(f"summitbot: {exc}", file=sys.stderr)
        return 2
    print(format_gaps(gaps, since_days=args.since), file=out)
    return 0


def cmd_kb_feedback(args: argparse.Namespace, out: TextIO) -> int:
    try:
        store = _open_store(args)
        rows = store.feedback_report() if store else []
    except StoreError as exc:
        print(f"summitbot: {exc}", file=sys.stderr)
        return 2
    print(format_feedback(rows), file=out)
    return 0


def cmd_kb_stats(args: argparse.Namespace, out: TextIO) -> int:
    kdir = args.knowledge or default_knowledge_dir()
    try:
        kb = load(kdir)
    except KnowledgeError as exc:
        print(f"{kdir}: {len(exc.problems)} problem(s); run `summitbot kb check`", file=out)
        return 1
    print(format_stats(kb_stats(kb)), file=out)
    return 0


def cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    svc = _service(args)
    if isinstance(svc, int):
        return svc
    if args.question:
        questions: Sequence[str] | TextIO = [" ".join(args.question)]
    elif args.json:
        questions = sys.stdin
    else:
        print(
            "usage: summitbot ask QUESTION...  (or --json with questions on stdin)", file=sys.stderr
        )
        return 2
    for raw in questions:
        q = raw.rstrip("\n")
        if args.json and not args.question and not q.strip():
            continue
        a = svc.ask(q, args.lang)
        if args.json:
            print(json.dumps(to_json(a), ensure_ascii=False), file=out, flush=True)
        else:
            print(to_text(a), file=out, flush=True)
    return 0


def cmd_chat(args: argparse.Namespace, out: TextIO, inp: TextIO | None = None) -> int:
    svc = _service(args)
    if isinstance(svc, int):
        return svc
    inp = inp or sys.stdin
    print(CONNECT_NOTE, file=out)
    print(to_text(svc.ask("help")), file=out)
    while True:
        print("\n> ", end="", file=out, flush=True)
        line = inp.readline()
        if not line or not line.strip():
            print("Bye.", file=out)
            return 0
        a = svc.ask(line.strip())
        print(to_text(a), file=out)
        if a.suggestions and not a.answered:
            print("(Type one of the suggestions above to see it.)", file=out)


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
    from handlers.app import run

    return run(settings, args.knowledge)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.command is None:
        try:
            settings = load_settings()
        except ConfigError as exc:
            print(f"summitbot: {exc}", file=sys.stderr)
            return 2
        if settings.has_token:
            args.knowledge = None
            return cmd_run(args)
        args.knowledge = None
        return cmd_chat(args, out)
    if args.command == "ask":
        return cmd_ask(args, out)
    if args.command == "chat":
        return cmd_chat(args, out)
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
        parser.parse_args(["kb", "--help"])
    parser.print_help()
    return 2
