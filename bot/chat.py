"""The terminal chat (``summitbot chat``): the Telegram conversation, in a terminal or a pipe.

It is the same as in Telegram because it asks the same :class:`~bot.service.Service` the same
way: a free-text line is ``Service.ask``; ``/who``, ``/quote`` and ``/when`` turn their argument
into the same question the Telegram commands ask; ``/people``, ``/sources``, ``/when`` without a
summit and ``/about`` show what ``Service.people``/``sources``/``summits``/``info`` return. What
Telegram shows as suggestion buttons under a refusal is a numbered list here; typing the number
shows that entry (``Service.entry``), as pressing the button does.

How it reads:

* **stdin is a terminal**: a ``> `` prompt, line editing and history through :mod:`readline`
  (arrow keys move and recall instead of printing ``^[[A``). History is kept in memory only,
  for this session: the terminal commands record nothing on disk.
* **stdin is a pipe or a file**: no prompt at all (so an answer is never glued to a prompt),
  each reply followed by one blank line.

Only end of input (Ctrl-D, or the end of the piped text) and ``/quit`` end the chat (status 0);
a blank line gets no reply. Ctrl-C is handled by :func:`bot.cli.main` (status 130, no
traceback).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TextIO

from bot.answer import Answer, Suggestion
from bot.conversation import Context
from bot.render import to_text
from bot.service import Service

PROMPT = "> "
LANGS = ("en", "ru")


@dataclass(frozen=True)
class ChatTexts:
    """What the chat says itself (answers come from the core). Placeholders: ``{n}`` a count,
    ``{name}`` an example surname, ``{command}`` what was typed."""

    welcome: str
    commands: str
    who_usage: str
    quote_usage: str
    pick: str
    pick_range: str
    entry_gone: str
    unknown_command: str
    about: str


TEXTS: dict[str, ChatTexts] = {
    "en": ChatTexts(
        welcome="Hello! Ask me about the China–Central Asia summits: who said what, who is who, "
        "when and where, what was signed.",
        commands="Commands:\n"
        "/who <words>: who said it\n"
        "/quote <name>: what someone said\n"
        "/when [summit]: dates and place (without a name: all summits)\n"
        "/people: everyone I can quote\n"
        "/sources: the articles, with links\n"
        "/about: the knowledge base and its version\n"
        "/help: this text; /quit (or Ctrl-D): leave",
        who_usage="Usage: /who <words of the quote>, e.g. /who good-neighborliness",
        quote_usage="Usage: /quote <name>, e.g. /quote {name}",
        pick="Type a number to see one of them:",
        pick_range="Type a number from 1 to {n} to see a suggestion, or ask a question.",
        entry_gone="That entry is no longer in the knowledge base.",
        unknown_command="Unknown command {command}. Type /help for the commands.",
        about="Knowledge base version {version}: {quotes} quotes, {facts} facts, {events} "
        "events, {people} people, {sources} sources (loaded {loaded} UTC).",
    ),
    "ru": ChatTexts(
        welcome="Здравствуйте! Спросите меня о саммитах «Китай — Центральная Азия»: кто что "
        "сказал, кто есть кто, когда и где, что подписали.",
        commands="Команды:\n"
        "/who <слова>: кто это сказал\n"
        "/quote <имя>: что сказал человек\n"
        "/when [саммит]: даты и место (без названия: все саммиты)\n"
        "/people: все, кого я могу цитировать\n"
        "/sources: статьи со ссылками\n"
        "/about: база знаний и её версия\n"
        "/help: этот текст; /quit (или Ctrl-D): выход",
        who_usage="Как пользоваться: /who <слова цитаты>, например /who добрососедство",
        quote_usage="Как пользоваться: /quote <имя>, например /quote {name}",
        pick="Введите номер, чтобы открыть вариант:",
        pick_range="Введите номер от 1 до {n}, чтобы открыть вариант, или задайте вопрос.",
        entry_gone="Этой записи больше нет в базе знаний.",
        unknown_command="Неизвестная команда {command}. Введите /help, чтобы увидеть команды.",
        about="База знаний, версия {version}: цитат {quotes}, фактов {facts}, событий {events}, "
        "людей {people}, источников {sources} (загружена {loaded} UTC).",
    ),
}

QUIT = frozenset({"/quit", "/exit"})


@dataclass(frozen=True)
class Reply:
    """What the chat prints for one line, and the suggestions a number may pick next."""

    text: str
    #: The suggestions now on offer (``None``: keep those offered before).
    offered: tuple[Suggestion, ...] | None = None
    #: The language of the conversation from now on (``None``: unchanged).
    lang: str | None = None


def render(answer: Answer) -> Reply:
    """An answer as the chat shows it: plain text, with a refusal's suggestions numbered.

    The composer lists a refusal's suggestions as its last block; when that list is the
    suggestions (one item per suggestion, each starting with its label: "Name, role" for a
    person), it is numbered in place. Otherwise the answer is shown as it is and the numbered
    labels follow, so a number always picks exactly the entry shown next to it."""
    offered = answer.suggestions if not answer.answered else ()
    if not offered:
        return Reply(to_text(answer), (), answer.lang)
    t = TEXTS.get(answer.lang, TEXTS["en"])
    blocks = answer.blocks
    last = blocks[-1] if blocks else None
    if (
        last is not None
        and last.kind == "list"
        and len(last.items) == len(offered)
        and all(item.startswith(s.label) for item, s in zip(last.items, offered, strict=True))
    ):
        items, blocks = last.items, blocks[:-1]
    else:
        items = tuple(s.label for s in offered)
    head = to_text(replace(answer, blocks=blocks))
    numbered = "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    return Reply(f"{head}\n\n{t.pick}\n{numbered}".lstrip("\n"), offered, answer.lang)


class Chat:
    """One conversation: the service, the language, and the suggestions on offer.

    ``respond`` is pure with respect to the outside world (it returns the text to print), so
    the loop in :func:`run_chat` is the only place that reads and writes."""

    def __init__(self, service: Service, lang: str = "en") -> None:
        self.service = service
        self.lang = lang if lang in LANGS else "en"
        self.offered: tuple[Suggestion, ...] = ()
        self._offer_lang = self.lang
        #: What the conversation is about (follow-ups such as "what's his job?" read it); kept
        #: for this session only, like Telegram's per-chat context.
        self.context: Context | None = None
        self._commands: dict[str, Callable[[str], Reply]] = {
            "/start": self._start,
            "/help": self._help,
            "/who": self._who,
            "/quote": self._quote,
            "/when": self._when,
            "/people": lambda _: Reply(to_text(self.service.people(self.lang))),
            "/sources": lambda _: Reply(to_text(self.service.sources(self.lang))),
            "/about": self._about,
        }

    @property
    def texts(self) -> ChatTexts:
        return TEXTS[self.lang]

    def help_text(self) -> str:
        """The core's help (what to ask, with examples) and the chat's commands."""
        return f"{to_text(self.service.ask('', self.lang))}\n\n{self.texts.commands}"

    def respond(self, line: str) -> str | None:
        """The reply to one input line; ``None`` for a blank line (nothing is printed)."""
        text = line.strip()
        if not text:
            return None
        if text.isdigit() and self.offered:
            return self._pick(int(text))
        if text.startswith("/"):
            name, _, argument = text.partition(" ")
            command = self._commands.get(name.lower())
            if command is None:
                return self.texts.unknown_command.format(command=name)
            reply = command(argument.strip())
        else:
            reply = self._ask(text)
        if reply.offered is not None:
            self.offered = reply.offered
            self._offer_lang = reply.lang or self.lang
        if reply.lang in LANGS:
            self.lang = reply.lang
        return reply.text

    # -- commands ------------------------------------------------------------------------------

    def _ask(self, question: str) -> Reply:
        reply = self.service.converse(question, self.context, self.lang)
        self.context = reply.context
        return render(reply.answer)

    def _shown(self, answer: Answer) -> Reply:
        """A command's answer, which becomes what the conversation is about (as in Telegram)."""
        self.context = self.service.context_after(answer, self.context)
        return render(answer)

    def _pick(self, number: int) -> str:
        if not 1 <= number <= len(self.offered):
            return TEXTS[self._offer_lang].pick_range.format(n=len(self.offered))
        entry = self.service.entry(self.offered[number - 1].id, self._offer_lang)
        if entry is None:
            return TEXTS[self._offer_lang].entry_gone
        self.context = self.service.context_after(entry, self.context)
        return to_text(entry)

    def _start(self, _: str) -> Reply:
        return Reply(f"{self.texts.welcome}\n\n{self.help_text()}")

    def _help(self, _: str) -> Reply:
        return Reply(self.help_text())

    def _who(self, words: str) -> Reply:
        if not words:
            return Reply(self.texts.who_usage)
        return self._shown(self.service.who_said(words, self.lang))

    def _quote(self, name: str) -> Reply:
        if not name:
            example = self.service.example_surname(self.lang) or "…"
            return Reply(self.texts.quote_usage.format(name=example))
        return self._shown(self.service.quotes_of(name, self.lang))

    def _when(self, summit: str) -> Reply:
        if summit:
            return self._shown(self.service.when(summit, self.lang))
        return Reply("\n\n".join(to_text(a) for a in self.service.summits(self.lang)))

    def _about(self, _: str) -> Reply:
        info = self.service.info()
        loaded = dt.datetime.fromtimestamp(info.loaded_at, dt.UTC).strftime("%Y-%m-%d %H:%M")
        return Reply(self.texts.about.format(version=info.version, loaded=loaded, **info.counts))


def _enable_line_editing() -> None:
    """Line editing and in-memory history for :func:`input` (only for a terminal: importing
    :mod:`readline` may write terminal escapes). Without readline the chat still works."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (importing it is what hooks it into input())


def run_chat(
    service: Service,
    inp: TextIO,
    out: TextIO,
    *,
    lang: str = "en",
    note: str | None = None,
) -> int:
    """Chat until end of input or ``/quit``; returns the exit status (0).

    With a terminal on stdin, lines are read with :func:`input` (and :mod:`readline`);
    otherwise with ``inp.readline()`` and no prompt."""
    chat = Chat(service, lang)
    interactive = inp.isatty()
    use_input = interactive and inp is sys.stdin  # input() edits with readline only there
    if use_input:
        _enable_line_editing()
    if note:
        print(note, file=out)
    print(f"{chat.help_text()}\n", file=out, flush=True)
    while True:
        if use_input:
            try:
                line = input(PROMPT)
            except EOFError:
                print(file=out)  # end the prompt's line before the shell's prompt comes
                return 0
        else:
            if interactive:
                print(PROMPT, end="", file=out, flush=True)
            line = inp.readline()
            if not line:
                if interactive:
                    print(file=out)
                return 0
        if line.strip().lower() in QUIT:
            return 0
        reply = chat.respond(line)
        if reply is not None:
            print(f"{reply}\n", file=out, flush=True)


__all__ = ["PROMPT", "TEXTS", "Chat", "ChatTexts", "Reply", "render", "run_chat"]
