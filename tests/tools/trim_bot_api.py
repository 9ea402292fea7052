"""Trim Telegram's machine-readable Bot API description to what the fake server validates with.

Usage, from the repository's root (``bot-api.json`` being wherever you downloaded it)::

    python tests/tools/trim_bot_api.py bot-api.json > tests/data/telegram/bot-api-trimmed.json

The input is the ``bot-api.json`` of https://github.com/PaulSonOfLars/telegram-bot-api-spec
(MIT licence, see ``tests/data/telegram/LICENSE``). The output keeps the structure only: method
and type names, their fields (name, types, required), what methods return and which types are
abstract (their subtypes). The prose is dropped; the two facts ``tests/fake_bot_api.py`` used to
read from it are kept as data:

* ``"limit": [min, max, "characters" | "bytes"]`` on a string field whose description documents
  a length ("1-4096 characters"), with ``"after_entity_parsing": true`` when the length is counted
  after entity parsing (so a text of only whitespace or markup counts as empty);
* ``"discriminator": [field, value]`` on a subtype of an abstract type whose ``type``, ``source``
  or ``status`` field "must be" a constant (``["type", "article"]`` for InlineQueryResultArticle).

:func:`trim` is idempotent, so the fake server runs every description it loads through it and
accepts the full ``bot-api.json`` as well (``$BOT_API_JSON``). The output is deterministic: keys
sorted, one method or type per line, ASCII only.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["dumps", "main", "trim"]

_LIMIT_RE = re.compile(r"(\d+)-(\d+) (characters|chars|symbols|bytes)", re.IGNORECASE)
_DISCRIMINATOR_RE = re.compile(r'(?:must be|always) "?([A-Za-z_]+)"?\s*$')
_DISCRIMINATOR_FIELDS = ("type", "source", "status")
_METADATA = ("version", "release_date", "changelog")


def _field(raw: Mapping[str, Any]) -> dict[str, Any]:
    types = [str(t) for t in raw["types"]]
    out: dict[str, Any] = {"name": str(raw["name"]), "types": types}
    out["required"] = bool(raw.get("required"))
    limit = raw.get("limit")
    after_entity_parsing = bool(raw.get("after_entity_parsing"))
    description = str(raw.get("description", ""))
    if limit is None and "String" in types and (m := _LIMIT_RE.search(description)):
        unit = "bytes" if m.group(3).lower() == "bytes" else "characters"
        limit = [int(m.group(1)), int(m.group(2)), unit]
        after_entity_parsing = "entit" in description
    if limit is not None:
        out["limit"] = list(limit)
        if after_entity_parsing:
            out["after_entity_parsing"] = True
    return out


def _discriminator(raw: Mapping[str, Any]) -> list[str] | None:
    existing = raw.get("discriminator")
    if existing is not None:
        return list(existing)
    by_name = {f["name"]: f for f in raw.get("fields", [])}
    for name in _DISCRIMINATOR_FIELDS:
        f = by_name.get(name)
        if f and f.get("required") and (m := _DISCRIMINATOR_RE.search(f.get("description", ""))):
            return [name, m.group(1)]
    return None


def trim(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The parts of a Bot API description that validation uses (idempotent)."""
    out: dict[str, Any] = {key: str(spec[key]) for key in _METADATA if key in spec}
    methods: dict[str, Any] = {}
    for name, raw in spec["methods"].items():
        method: dict[str, Any] = {"returns": [str(t) for t in raw.get("returns", [])]}
        if fields := [_field(f) for f in raw.get("fields", [])]:
            method["fields"] = fields
        methods[str(name)] = method
    abstract = {sub for raw in spec["types"].values() for sub in raw.get("subtypes", [])}
    types: dict[str, Any] = {}
    for name, raw in spec["types"].items():
        tspec: dict[str, Any] = {}
        if fields := [_field(f) for f in raw.get("fields", [])]:
            tspec["fields"] = fields
        if subtypes := [str(s) for s in raw.get("subtypes", [])]:
            tspec["subtypes"] = subtypes
        if name in abstract and (discriminator := _discriminator(raw)):
            tspec["discriminator"] = discriminator
        types[str(name)] = tspec
    out["methods"] = methods
    out["types"] = types
    return out


def _dumps(value: Any, depth: int) -> str:
    # The top level and the method/type tables are spread over lines, everything deeper is
    # compact: one line per method or type keeps diffs readable after a regeneration.
    if isinstance(value, dict) and value and depth < 2:
        pad = " " * (depth + 1)
        items = [f"{pad}{json.dumps(k)}: {_dumps(value[k], depth + 1)}" for k in sorted(value)]
        return "{\n" + ",\n".join(items) + "\n" + " " * depth + "}"
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def dumps(trimmed: Mapping[str, Any]) -> str:
    """Serialise a trimmed description deterministically (sorted keys, ends with a newline)."""
    return _dumps(dict(trimmed), 0) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print(f"usage: {Path(sys.argv[0]).name} PATH/TO/bot-api.json > OUT.json", file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as fh:
        spec = json.load(fh)
    sys.stdout.write(dumps(trim(spec)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
