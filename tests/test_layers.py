"""The layers import in one direction only (read from the source with :mod:`ast`, every import
statement, also those inside functions).

* ``bot/`` is the Telegram-agnostic core: it imports nothing of python-telegram-bot, of the
  HTTP clients under it, or of ``handlers``; only the CLI (``bot.cli``, ``bot.__main__``), which
  sits on top of both layers, may start the Telegram layer.
* ``handlers/`` is the Telegram layer (application wiring, webhook server, request class, update
  handlers) and uses only python-telegram-bot's public API (no ``telegram._…`` module).
* Inside the core, no two modules import each other, directly or in a ring.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
#: The CLI is on top of both layers; everything else in bot/ is the core.
CLI = {"bot.cli", "bot.__main__"}
#: What the core must never import: the Telegram layer and what only the Telegram layer needs.
TELEGRAM_SIDE = ("telegram", "handlers", "aiohttp", "httpx", "tornado")


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str) -> set[str]:
    """Every module named by an import statement in ``path`` (the module ``module``; relative
    imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # ``from bot import render`` imports the module bot.render (names that are not
            # modules are harmless here: they match no module and no forbidden prefix).
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _modules(package: str) -> dict[str, set[str]]:
    paths = sorted((REPO / package).rglob("*.py"))
    return {_module_name(p): _imports(p, _module_name(p)) for p in paths}


def _is(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_the_core_imports_nothing_of_telegram() -> None:
    offending = {
        (module, name)
        for module, names in _modules("bot").items()
        if module not in CLI
        for name in names
        if any(_is(name, side) for side in TELEGRAM_SIDE)
    }
    assert offending == set()


def test_only_the_public_api_of_python_telegram_bot() -> None:
    private = {
        (module, name)
        for package in ("bot", "handlers", "tests", "bench")
        for module, names in _modules(package).items()
        for name in names
        if _is(name, "telegram") and any(part.startswith("_") for part in name.split(".")[1:])
    }
    assert private == set()


def test_no_import_cycles_in_the_core() -> None:
    modules = _modules("bot")  # parsed once: not once per imported name
    graph = {
        module: {n for n in names if n in modules and n != module}
        for module, names in modules.items()
    }
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        for nxt in sorted(graph[node]):
            if nxt in trail:
                cycles.append([*trail[trail.index(nxt) :], nxt])
            elif nxt not in done:
                visit(nxt, [*trail, nxt])
        done.add(node)

    done: set[str] = set()
    for start in sorted(graph):
        if start not in done:
            visit(start, [start])
    assert cycles == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import telegram.ext\n", {"telegram.ext"}),
        ("def f():\n    from handlers.app import run\n", {"handlers.app", "handlers.app.run"}),
        ("from telegram._utils import types\n", {"telegram._utils", "telegram._utils.types"}),
    ],
)
def test_the_scanner_sees_every_kind_of_import(
    tmp_path: Path, source: str, expected: set[str]
) -> None:
    """The checks above are only as good as the scanner: it must see nested imports too."""
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    assert _imports(path, "bot.probe") == expected


#: The core's insides: the Telegram layer asks the service, never the index or the matcher.
CORE_INSIDES = ("bot.index", "bot.intent", "bot.matcher", "bot.text", "bot.tuning", "bot.semantic")


def test_handlers_use_the_service_not_the_cores_insides() -> None:
    """Handlers call :class:`bot.service.Service` (who said, quotes of a person, summits,
    people, sources, an entry, search); they neither import the index, the parser or the
    matcher nor reach through ``service.snapshot`` into them."""
    imports = {
        (module, name)
        for module, names in _modules("handlers").items()
        for name in names
        if any(_is(name, inside) for inside in CORE_INSIDES)
    }
    assert imports == set()
    reach = sorted(
        f"{path.name}:{node.lineno}"
        for path in sorted((REPO / "handlers").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in ("snapshot", "composer", "index")
    )
    assert reach == []
