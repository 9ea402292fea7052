"""A fake Telegram Bot API server for tests (standard library only).

It runs a :class:`http.server.ThreadingHTTPServer` on 127.0.0.1 in a daemon thread, so it can be
used from synchronous tests that start the real bot as a subprocess as well as from async tests
that run a python-telegram-bot ``Application`` in-process::

    with FakeBotAPI() as api:
        bot = telegram.Bot(api.token, base_url=api.bot_base_url, base_file_url=api.file_base_url)
        api.push_update(message_update("/start"))
        ...
        (call,) = api.wait_for("sendMessage")
        assert api.violations == []

Every call is validated against Telegram's Bot API description (the repository's trimmed copy
``tests/data/telegram/bot-api-trimmed.json``, or the file ``$BOT_API_JSON`` names, trimmed or in
full; see ``tests/tools/trim_bot_api.py``): unknown methods, missing required / unknown
parameters, wrong types (also inside nested objects such as ``reply_markup`` or inline query
results), documented length limits, invalid HTML for ``parse_mode="HTML"`` and a few extra rules
are recorded in :attr:`FakeBotAPI.violations` and answered with a 400 (404 for unknown methods)
like Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.parser
import email.policy
import functools
import itertools
import json
import os
import re
import select
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeAlias
from urllib.parse import parse_qsl, unquote, urlsplit

try:
    from tests.telegram_html import scan_telegram_html
    from tests.tools.trim_bot_api import trim as trim_bot_api
except ModuleNotFoundError:  # pragma: no cover - tests/ itself is on sys.path
    from telegram_html import scan_telegram_html  # type: ignore[no-redef,import-not-found]
    from tools.trim_bot_api import trim as trim_bot_api  # type: ignore[no-redef,import-not-found]

__all__ = [
    "BOT_API_JSON",
    "DEFAULT_BOT_ID",
    "DEFAULT_BOT_USERNAME",
    "DEFAULT_CHAT_ID",
    "DEFAULT_GROUP_CHAT_ID",
    "DEFAULT_TOKEN",
    "DEFAULT_USER_ID",
    "ApiError",
    "BotApiSpec",
    "Call",
    "FakeBotAPI",
    "Fault",
    "UploadedFile",
    "auto_entities",
    "callback_query_update",
    "document_update",
    "edited_message_update",
    "find_bot_api_json",
    "group_message_update",
    "inline_query_update",
    "location_update",
    "make_chat",
    "make_message",
    "make_user",
    "message_update",
    "photo_update",
    "sticker_update",
    "voice_update",
]

DEFAULT_TOKEN = "123456:TEST-token"
DEFAULT_BOT_ID = 123456
DEFAULT_BOT_USERNAME = "summit_test_bot"
DEFAULT_BOT_NAME = "Summit Test Bot"
DEFAULT_USER_ID = 424242
DEFAULT_CHAT_ID = DEFAULT_USER_ID
DEFAULT_GROUP_CHAT_ID = -1001234567890
DEFAULT_FIRST_NAME = "Alice"

JSON: TypeAlias = Any
Fault: TypeAlias = tuple[Any, ...]
"""``("status", code, description)``, ``("retry_after", seconds)``, ``("delay", seconds)`` or
``("drop",)``."""

_MAX_LONG_POLL = 60.0
_DEFAULT_ALLOWED_UPDATES_EXCLUDED = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)


# ================================================================================================
# Bot API description
# ================================================================================================


BOT_API_JSON = Path(__file__).resolve().parent / "data" / "telegram" / "bot-api-trimmed.json"
"""The trimmed Bot API description kept in the repository (regenerate it with
``tests/tools/trim_bot_api.py``)."""


def find_bot_api_json() -> Path:
    """The Bot API description to validate with: ``$BOT_API_JSON`` if set, else the repo's copy."""
    path = Path(env) if (env := os.environ.get("BOT_API_JSON")) else BOT_API_JSON
    if not path.is_file():
        raise FileNotFoundError(f"Bot API description not found: {path}")
    return path


# Telegram's error text for some length violations (default: "<field> is too long/empty").
_LIMIT_ERROR_CODES = {"callback_data": "BUTTON_DATA_INVALID", "id": "RESULT_ID_INVALID"}
_PRIMITIVES = frozenset({"Integer", "Float", "Boolean", "String", "InputFile"})


@dataclass(frozen=True)
class FieldSpec:
    """One parameter of a method or field of a type."""

    name: str
    types: tuple[str, ...]
    required: bool
    limit: tuple[int, int, str] | None  # (min, max, "characters" | "bytes")
    after_entity_parsing: bool  # the limit counts the text left after parsing entities


@dataclass(frozen=True)
class TypeSpec:
    name: str
    fields: dict[str, FieldSpec]
    subtypes: tuple[str, ...]
    discriminator: tuple[str, str] | None  # (field, value) for subtypes of an abstract type


@dataclass(frozen=True)
class MethodSpec:
    name: str
    fields: dict[str, FieldSpec]
    returns: tuple[str, ...]


def _field_specs(raw: Mapping[str, Any]) -> dict[str, FieldSpec]:
    specs: dict[str, FieldSpec] = {}
    for f in raw.get("fields", []):
        limit = f.get("limit")
        specs[f["name"]] = FieldSpec(
            name=f["name"],
            types=tuple(f["types"]),
            required=bool(f.get("required")),
            limit=(int(limit[0]), int(limit[1]), str(limit[2])) if limit else None,
            after_entity_parsing=bool(f.get("after_entity_parsing")),
        )
    return specs


class BotApiSpec:
    """Parsed ``bot-api.json`` (methods, types, abstract types and their subtypes)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        data = trim_bot_api(data)  # a no-op on a trimmed description
        self.version: str = str(data.get("version", ""))
        self.methods: dict[str, MethodSpec] = {
            name: MethodSpec(name, _field_specs(raw), tuple(raw.get("returns", [])))
            for name, raw in data["methods"].items()
        }
        self._methods_lower = {name.lower(): name for name in self.methods}
        self.types: dict[str, TypeSpec] = {}
        for name, raw in data["types"].items():
            d = raw.get("discriminator")
            self.types[name] = TypeSpec(
                name,
                _field_specs(raw),
                tuple(raw.get("subtypes", [])),
                (str(d[0]), str(d[1])) if d else None,
            )

    @classmethod
    @functools.cache
    def load(cls, path: str | None = None) -> BotApiSpec:
        source = Path(path) if path else find_bot_api_json()
        with source.open(encoding="utf-8") as fh:
            return cls(json.load(fh))

    def method(self, name: str) -> MethodSpec | None:
        """Look a method up; Telegram's method names are case-insensitive."""
        canonical = self._methods_lower.get(name.lower())
        return self.methods[canonical] if canonical else None


# ================================================================================================
# Records
# ================================================================================================


@dataclass
class UploadedFile:
    """A file part of a multipart/form-data request."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Call:
    """One request received by the fake server.

    ``status`` and ``response`` are ``None`` until the call is answered (long-polling
    ``getUpdates`` and delayed calls are recorded on arrival); ``response`` stays ``None`` for a
    dropped connection.
    """

    method: str
    params: dict[str, Any]
    time: float
    files: dict[str, UploadedFile] = field(default_factory=dict)
    http_method: str = "POST"
    violations: list[str] = field(default_factory=list)
    fault: Fault | None = None
    status: int | None = None
    response: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def result(self) -> Any:
        """The ``result`` of a successful answer (``None`` otherwise)."""
        if self.response and self.response.get("ok"):
            return self.response.get("result")
        return None


class ApiError(Exception):
    """Raise from a custom responder (:meth:`FakeBotAPI.set_response`) to answer with an error."""

    def __init__(
        self,
        error_code: int,
        description: str,
        parameters: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{error_code}: {description}")
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


class _DropConnection(Exception):
    pass


class _ClientGone(Exception):
    pass


def _client_disconnected(conn: socket.socket | None) -> bool:
    """True if the peer closed ``conn`` (used to abandon long polls of cancelled requests)."""
    if conn is None:
        return False
    try:
        readable, _, _ = select.select([conn], [], [], 0)
        if not readable:
            return False
        return conn.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


# ================================================================================================
# Validation
# ================================================================================================


@dataclass
class _Problem:
    path: str
    message: str
    description: str  # what goes after "Bad Request: "


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind_matches(value: Any, type_name: str, spec: BotApiSpec) -> bool:
    """Cheap check whether ``value`` has the right JSON shape for ``type_name``."""
    if type_name.startswith("Array of "):
        return isinstance(value, list)
    if type_name == "Integer":
        return _is_int(value)
    if type_name == "Float":
        return _is_int(value) or isinstance(value, float)
    if type_name == "Boolean":
        return isinstance(value, bool)
    if type_name == "String":
        return isinstance(value, str)
    if type_name == "InputFile":
        return isinstance(value, str | UploadedFile)
    return isinstance(value, dict)


def _parse_mode_for(obj: Mapping[str, Any], key: str) -> str | None:
    pm = obj.get(f"{key}_parse_mode")
    if pm is None and key in ("text", "caption", "message_text"):
        pm = obj.get("parse_mode")
    return pm if isinstance(pm, str) and pm else None


class _Validator:
    def __init__(self, spec: BotApiSpec) -> None:
        self.spec = spec

    # -- values -----------------------------------------------------------------------------
    def value(
        self, value: Any, types: tuple[str, ...], path: str, *, top_level: bool = False
    ) -> list[_Problem]:
        if value is None:
            return []
        if top_level and "String" in types and (_is_int(value) or isinstance(value, float)):
            return []  # Telegram converts numbers given for top-level string parameters
        best: list[_Problem] | None = None
        for type_name in types:
            if not _kind_matches(value, type_name, self.spec):
                continue
            problems = self.typed(value, type_name, path)
            if not problems:
                return []
            if best is None or len(problems) < len(best):
                best = problems
        if best is not None:
            return best
        expected = " or ".join(types)
        return [
            _Problem(
                path,
                f"expected {expected}, got {type(value).__name__} {_short(value)}",
                f"field {path!r} must be of type {expected}",
            )
        ]

    def typed(self, value: Any, type_name: str, path: str) -> list[_Problem]:
        if type_name.startswith("Array of "):
            inner = type_name[len("Array of ") :]
            problems: list[_Problem] = []
            for idx, item in enumerate(value):
                problems += self.value(item, (inner,), f"{path}[{idx}]")
            return problems
        if type_name in _PRIMITIVES:
            return []
        return self.obj(value, type_name, path)

    def obj(self, value: dict[str, Any], type_name: str, path: str) -> list[_Problem]:
        tspec = self.spec.types.get(type_name)
        if tspec is None:
            return []
        if tspec.subtypes:
            candidates = list(tspec.subtypes)
            discriminated = [
                c
                for c in candidates
                if (d := self.spec.types[c].discriminator) is not None and d[0] in value
            ]
            if discriminated:
                key = self.spec.types[discriminated[0]].discriminator[0]  # type: ignore[index]
                candidates = [
                    c
                    for c in candidates
                    if (d := self.spec.types[c].discriminator) is None or d[1] == value.get(key)
                ]
                if not candidates:
                    return [
                        _Problem(
                            path,
                            f"unknown {key} {value.get(key)!r} for {type_name}",
                            f"unsupported {type_name} {key} {value.get(key)!r}",
                        )
                    ]
            best: list[_Problem] | None = None
            for candidate in candidates:
                problems = self.obj(value, candidate, path)
                if not problems:
                    return []
                if best is None or len(problems) < len(best):
                    best = problems
            return best or []
        return self.fields(value, tspec.fields, type_name, path)

    def fields(
        self,
        obj: Mapping[str, Any],
        specs: Mapping[str, FieldSpec],
        owner: str,
        path: str,
        *,
        top_level: bool = False,
    ) -> list[_Problem]:
        problems: list[_Problem] = []
        prefix = f"{path}." if path else ""
        for key in obj:
            if key not in specs:
                problems.append(
                    _Problem(
                        f"{prefix}{key}",
                        f"unknown {'parameter' if top_level else 'field'} {key!r} for {owner}",
                        f"unknown parameter {key!r}" if top_level else f"unknown field {key!r}",
                    )
                )
        for name, fspec in specs.items():
            val = obj.get(name)
            fpath = f"{prefix}{name}"
            empty = val == "" and (fspec.types != ("String",) or fspec.limit is None)
            if val is None or (top_level and fspec.required and empty):
                if fspec.required:
                    problems.append(
                        _Problem(
                            fpath,
                            f"missing required {'parameter' if top_level else 'field'} "
                            f"{name!r} for {owner}",
                            f"{name} is empty" if top_level else f"field {fpath!r} is required",
                        )
                    )
                continue
            type_problems = self.value(val, fspec.types, fpath, top_level=top_level)
            problems += type_problems
            if not type_problems and isinstance(val, str):
                problems += self.string(obj, fspec, val, fpath)
        problems += self.extra_rules(obj, owner, path)
        return problems

    def string(
        self, obj: Mapping[str, Any], fspec: FieldSpec, value: str, path: str
    ) -> list[_Problem]:
        problems: list[_Problem] = []
        measured = value
        parse_mode = _parse_mode_for(obj, fspec.name)
        if parse_mode is not None:
            mode = parse_mode.lower()
            if mode == "html":
                scan = scan_telegram_html(value)
                for err in scan.errors:
                    problems.append(
                        _Problem(path, f"invalid HTML: {err}", f"can't parse entities: {err}")
                    )
                measured = scan.visible
            elif mode not in ("markdown", "markdownv2"):
                problems.append(
                    _Problem(
                        path,
                        f"unsupported parse_mode {parse_mode!r}",
                        f"unsupported parse_mode {parse_mode!r}",
                    )
                )
        if fspec.limit is None:
            return problems
        lo, hi, unit = fspec.limit
        # Telegram counts "characters" in UTF-16 code units (an emoji outside the BMP is two).
        size = len(measured.encode("utf-8")) if unit == "bytes" else _utf16_len(measured)
        empty = size == 0 or (fspec.after_entity_parsing and not measured.strip())
        is_text = fspec.name in ("text", "message_text")
        code = _LIMIT_ERROR_CODES.get(fspec.name)
        if lo >= 1 and empty:
            what = "message text" if is_text else fspec.name
            problems.append(
                _Problem(
                    path,
                    f"{fspec.name} is empty (must be {lo}-{hi} {unit})",
                    code or f"{what} is empty",
                )
            )
        elif size > hi:
            problems.append(
                _Problem(
                    path,
                    f"{fspec.name} is too long: {size} {unit}, must be {lo}-{hi}",
                    code or ("message is too long" if is_text else f"{fspec.name} is too long"),
                )
            )
        return problems

    # -- rules not expressed by the field tables ---------------------------------------------
    def extra_rules(self, obj: Mapping[str, Any], owner: str, path: str) -> list[_Problem]:
        problems: list[_Problem] = []
        if owner == "InlineKeyboardButton":
            free = {"text", "icon_custom_emoji_id", "style"}
            actions = [k for k in obj if k not in free and obj[k] is not None]
            if len(actions) != 1:
                problems.append(
                    _Problem(
                        path,
                        "an inline keyboard button needs exactly one of url, callback_data, ... "
                        f"(got {actions or 'none'})",
                        "text buttons are unallowed in the inline keyboard"
                        if not actions
                        else "BUTTON_TYPE_INVALID",
                    )
                )
        elif owner == "BotCommand":
            command = obj.get("command")
            if isinstance(command, str) and not re.fullmatch(r"[a-z0-9_]{1,32}", command):
                problems.append(
                    _Problem(
                        f"{path}.command",
                        f"invalid bot command {command!r} (1-32 of a-z, 0-9, _)",
                        "BOT_COMMAND_INVALID",
                    )
                )
        return problems

    def method_rules(self, method: str, params: Mapping[str, Any]) -> list[_Problem]:
        problems: list[_Problem] = []
        mspec = self.spec.methods[method]
        if {"inline_message_id", "chat_id", "message_id"} <= mspec.fields.keys():
            inline = params.get("inline_message_id") is not None
            direct = params.get("chat_id") is not None and params.get("message_id") is not None
            if inline == direct:
                problems.append(
                    _Problem(
                        "",
                        "exactly one of inline_message_id or chat_id+message_id is required",
                        "message identifier is not specified",
                    )
                )
        if (
            method == "editMessageText"
            and params.get("text") is None
            and params.get("rich_message") is None
        ):
            problems.append(_Problem("text", "text is required", "message text is empty"))
        if method == "answerInlineQuery" and isinstance(params.get("results"), list):
            results = params["results"]
            if len(results) > 50:
                problems.append(
                    _Problem(
                        "results",
                        f"at most 50 results are allowed, got {len(results)}",
                        "RESULTS_TOO_MUCH",
                    )
                )
            seen: set[str] = set()
            for idx, result in enumerate(results):
                rid = result.get("id") if isinstance(result, dict) else None
                if isinstance(rid, str):  # its length is checked with the result's fields
                    if rid in seen:
                        problems.append(
                            _Problem(
                                f"results[{idx}].id",
                                f"duplicate result id {rid!r}",
                                "RESULT_ID_DUPLICATE",
                            )
                        )
                    seen.add(rid)
        commands = params.get("commands")
        if method == "setMyCommands" and isinstance(commands, list) and len(commands) > 100:
            problems.append(
                _Problem("commands", "at most 100 commands are allowed", "BOT_COMMANDS_TOO_MUCH")
            )
        if method == "getUpdates":
            limit = params.get("limit")
            if isinstance(limit, int) and not 1 <= limit <= 100:
                problems.append(_Problem("limit", "limit must be 1-100", "limit is invalid"))
        return problems


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ================================================================================================
# Parameter decoding
# ================================================================================================

_INT_RE = re.compile(r"-?\d+")
_FLOAT_RE = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _decode_string_param(raw: str, fspec: FieldSpec | None) -> Any:
    """Decode a form value (always a string) according to the parameter's types."""
    if fspec is None:
        if raw[:1] in ("{", "["):
            with contextlib.suppress(ValueError):
                return json.loads(raw)
        return raw
    types = fspec.types
    if "Boolean" in types and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if "Integer" in types and _INT_RE.fullmatch(raw):
        return int(raw)
    if "Float" in types and _FLOAT_RE.fullmatch(raw):
        return float(raw)
    if any(t not in _PRIMITIVES for t in types):
        try:
            decoded = json.loads(raw)
        except ValueError:
            return raw
        if isinstance(decoded, dict | list) or "String" not in types:
            return decoded
    return raw


def _parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a multipart/form-data body into (text fields, file parts)."""
    header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
    fields: dict[str, Any] = {}
    files: dict[str, Any] = {}
    if not message.is_multipart():
        raise ValueError("malformed multipart body")
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        raw_payload = part.get_payload(decode=True)
        payload = raw_payload if isinstance(raw_payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[str(name)] = UploadedFile(
                field=str(name),
                filename=filename,
                content_type=part.get_content_type()
                if part.get("content-type")
                else "application/octet-stream",
                data=payload,
            )
        else:
            charset = part.get_content_charset() or "utf-8"
            fields[str(name)] = payload.decode(charset)
    return fields, files


# ================================================================================================
# The server
# ================================================================================================


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeTelegramBotAPI/1.0"
    timeout = 120  # idle keep-alive connections are closed after this many seconds
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.api._track_connection(self.connection, add=True)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        self.server.api._track_connection(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline(65537).split(b";", 1)[0].strip()
                size = int(size_line or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self, http_method: str) -> None:
        api = self.server.api
        api._local.connection = self.connection
        try:
            body = self._read_body()
            status, payload, headers = api._handle_http(
                http_method, self.path, dict(self.headers.items()), body
            )
        except _ClientGone:
            self.close_connection = True
            return
        except _DropConnection:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if api._stopping.is_set():
            self.close_connection = True
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(payload)
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client went away (e.g. a cancelled long poll)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    allow_reuse_address = True
    api: FakeBotAPI


Responder: TypeAlias = Callable[[Call], Any]


class FakeBotAPI:
    """Fake Telegram Bot API server; see the module docstring."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        bot_username: str = DEFAULT_BOT_USERNAME,
        bot_id: int | None = None,
        *,
        bot_first_name: str = DEFAULT_BOT_NAME,
        spec_path: str | Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        validate_pushed_updates: bool = True,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        if bot_id is None:
            prefix = token.split(":", 1)[0]
            bot_id = int(prefix) if prefix.isdigit() else DEFAULT_BOT_ID
        self.bot_id = bot_id
        self.bot_first_name = bot_first_name
        self.spec = BotApiSpec.load(str(spec_path) if spec_path else None)
        self._validator = _Validator(self.spec)
        self.host = host
        self._requested_port = port
        self.validate_pushed_updates = validate_pushed_updates

        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._port: int | None = None
        self._local = threading.local()

        self._calls: list[Call] = []
        self._violations: list[str] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._responders: dict[str, Responder] = {}

        self._pending: list[dict[str, Any]] = []
        self._next_update_id = 100_000_001
        self._poll_generation = 0
        self._allowed_updates: frozenset[str] | None = None
        self._delivered: list[int] = []
        self._filtered: list[int] = []
        self.confirmed_offset = 0

        self._message_ids = itertools.count(10_001)
        self._file_ids = itertools.count(1)
        self._messages: dict[tuple[Any, int], dict[str, Any]] = {}
        self._sent: list[dict[str, Any]] = []
        self._chats: dict[Any, dict[str, Any]] = {}
        self._files: dict[str, tuple[str, bytes]] = {}

        self.webhook_url = ""
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.menu_buttons: dict[Any, dict[str, Any]] = {}

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self) -> Self:
        """Bind 127.0.0.1 on a free port and serve in a daemon thread."""
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server((self.host, self._requested_port), _Handler)
        server.api = self
        self._server = server
        self._port = int(server.server_address[1])
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FakeBotAPI:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; blocked long polls return immediately. Idempotent."""
        server = self._server
        if server is None:
            return
        self._stopping.set()
        with self._cond:
            self._cond.notify_all()
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _track_connection(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    @property
    def port(self) -> int:
        """The bound port (still available after :meth:`stop`)."""
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``; the bot calls ``{base_url}/bot{token}/{method}``."""
        return f"http://{self.host}:{self.port}"

    @property
    def bot_base_url(self) -> str:
        """What to pass as ``telegram.Bot(base_url=...)``."""
        return f"{self.base_url}/bot"

    @property
    def file_base_url(self) -> str:
        """What to pass as ``telegram.Bot(base_file_url=...)``."""
        return f"{self.base_url}/file/bot"

    def method_url(self, method: str) -> str:
        return f"{self.base_url}/bot{self.token}/{method}"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    # -- records ------------------------------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        """Snapshot of all recorded calls, in arrival order."""
        with self._lock:
            return list(self._calls)

    @property
    def violations(self) -> list[str]:
        """Snapshot of all protocol violations (``"method: path: message"`` strings)."""
        with self._lock:
            return list(self._violations)

    def calls_of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if c.method == method]

    def last_call(self, method: str) -> Call:
        calls = self.calls_of(method)
        if not calls:
            raise AssertionError(f"no {method} call recorded; recorded: {self._method_names()}")
        return calls[-1]

    @property
    def methods_called(self) -> list[str]:
        return self._method_names()

    def _method_names(self) -> list[str]:
        with self._lock:
            return [c.method for c in self._calls]

    @property
    def sent_messages(self) -> list[dict[str, Any]]:
        """Message objects returned for the bot's send*/edit* calls, in order."""
        with self._lock:
            return copy.deepcopy(self._sent)

    def texts_sent(self, chat_id: int | str | None = None) -> list[str]:
        """``text`` params of successful sendMessage calls (optionally to one chat)."""
        return [
            str(c.params.get("text"))
            for c in self.calls_of("sendMessage")
            if c.ok and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    def clear_calls(self) -> None:
        """Forget recorded calls and violations (updates, faults and state are kept)."""
        with self._lock:
            self._calls.clear()
            self._violations.clear()

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 10.0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Block until at least ``count`` calls of ``method`` (matching ``predicate``) arrived.

        Returns all matching calls; raises AssertionError (listing the recorded methods) on
        timeout. Don't use it from the event loop that runs the bot: use :meth:`async_wait_for`.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                matching = [
                    c
                    for c in self._calls
                    if c.method == method and (predicate is None or predicate(c))
                ]
                if len(matching) >= count:
                    return matching
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(self._timeout_message(method, count, timeout, matching))
                self._cond.wait(min(remaining, 0.25))

    async def async_wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 10.0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Like :meth:`wait_for` but yields to the event loop while waiting."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                matching = [
                    c
                    for c in self._calls
                    if c.method == method and (predicate is None or predicate(c))
                ]
            if len(matching) >= count:
                return matching
            if time.monotonic() >= deadline:
                with self._lock:
                    raise AssertionError(self._timeout_message(method, count, timeout, matching))
            await asyncio.sleep(0.01)

    def _timeout_message(self, method: str, count: int, timeout: float, got: list[Call]) -> str:
        return (
            f"timed out after {timeout}s waiting for {count} {method} call(s), "
            f"got {len(got)}; recorded methods: {[c.method for c in self._calls]}; "
            f"violations: {self._violations}"
        )

    def wait_until_confirmed(self, update_id: int, timeout: float = 10.0) -> None:
        """Block until the bot confirmed ``update_id`` (getUpdates with a higher offset)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.confirmed_offset <= update_id:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"update {update_id} not confirmed within {timeout}s "
                        f"(confirmed offset {self.confirmed_offset}); "
                        f"recorded methods: {[c.method for c in self._calls]}"
                    )
                self._cond.wait(min(remaining, 0.25))

    # -- updates ------------------------------------------------------------------------------
    def push_update(
        self, update: Mapping[str, Any], *, validate: bool | None = None
    ) -> dict[str, Any]:
        """Queue an update for getUpdates (``update_id`` assigned if missing) and return it."""
        upd = copy.deepcopy(dict(update))
        if validate if validate is not None else self.validate_pushed_updates:
            problems = self.validate_object(upd if "update_id" in upd else {**upd, "update_id": 1})
            if problems:
                raise ValueError(f"invalid update: {problems}")
        with self._cond:
            if "update_id" not in upd:
                upd["update_id"] = self._next_update_id
            self._next_update_id = max(self._next_update_id, int(upd["update_id"]) + 1)
            self._pending.append(upd)
            self._pending.sort(key=lambda u: int(u["update_id"]))
            self._learn_chats(upd)
            self._cond.notify_all()
        return copy.deepcopy(upd)

    def push_message(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """Shortcut for ``push_update(message_update(text, **kwargs))``."""
        return self.push_update(message_update(text, **kwargs))

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed."""
        with self._lock:
            return copy.deepcopy(self._pending)

    @property
    def delivered_update_ids(self) -> list[int]:
        """update_ids in the order they were delivered (repeated if delivered again)."""
        with self._lock:
            return list(self._delivered)

    def validate_object(self, obj: Any, type_name: str = "Update") -> list[str]:
        """Validate a JSON object against a Bot API type; returns problems (empty = valid)."""
        return [f"{p.path}: {p.message}" for p in self._validator.value(obj, (type_name,), "")]

    # -- faults and custom responses ---------------------------------------------------------
    def inject(self, method: str, fault: Fault, times: int = 1) -> None:
        """Make the next ``times`` calls of ``method`` (``"*"``: any method) fail.

        ``fault``: ``("status", code[, description])``, ``("retry_after", seconds)``,
        ``("delay", seconds)`` or ``("drop",)``. Faults are consumed in order.
        """
        kind = fault[0] if fault else None
        if kind == "status" and len(fault) in (2, 3) and _is_int(fault[1]):
            pass
        elif kind in ("retry_after", "delay") and len(fault) == 2:
            if not isinstance(fault[1], int | float) or fault[1] < 0:
                raise ValueError(f"bad fault {fault!r}")
        elif kind == "drop" and len(fault) == 1:
            pass
        else:
            raise ValueError(f"unknown fault {fault!r}")
        with self._lock:
            self._faults.setdefault(method, deque()).extend([tuple(fault)] * times)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def set_response(self, method: str, response: Any) -> None:
        """Override the result of ``method``: a JSON value, or a callable ``(Call) -> result``
        that may raise :class:`ApiError`. Pass ``None`` to restore the default."""
        with self._lock:
            if response is None:
                self._responders.pop(method, None)
            elif callable(response):
                self._responders[method] = response
            else:
                frozen = copy.deepcopy(response)
                self._responders[method] = lambda _call: copy.deepcopy(frozen)

    def add_file(self, file_id: str, data: bytes, file_path: str | None = None) -> str:
        """Make ``getFile(file_id)`` and the download URL serve ``data``; returns the path."""
        path = file_path or f"documents/file_{next(self._file_ids)}"
        with self._lock:
            self._files[file_id] = (path, data)
        return path

    def set_chat(self, chat: Mapping[str, Any]) -> None:
        """Register chat info used for messages sent to ``chat["id"]``."""
        with self._lock:
            self._chats[chat["id"]] = dict(chat)

    def _take_fault(self, method: str) -> Fault | None:
        with self._lock:
            for key in (method, "*"):
                queue = self._faults.get(key)
                if queue:
                    return queue.popleft()
        return None

    # -- HTTP ---------------------------------------------------------------------------------
    def _handle_http(
        self, http_method: str, raw_path: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        url = urlsplit(raw_path)
        path = unquote(url.path)
        if path.startswith("/file/bot"):
            return self._serve_file(path[len("/file/bot") :])
        if not path.startswith("/bot"):
            return self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        token, _, method_name = path[len("/bot") :].partition("/")
        if token != self.token:
            return self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        try:
            params, files, parse_problems = self._parse_params(
                method_name, url.query, headers, body
            )
        except ValueError as exc:
            desc = f"Bad Request: can't parse request: {exc}"
            return self._json(400, {"ok": False, "error_code": 400, "description": desc})
        try:
            status, payload = self._dispatch(
                http_method, method_name, params, files, parse_problems
            )
        except (_DropConnection, _ClientGone):
            raise
        except Exception as exc:  # a bug in the fake: make it visible
            with self._lock:
                self._violations.append(f"FAKE SERVER ERROR in {method_name}: {exc!r}")
            status, payload = (
                500,
                {
                    "ok": False,
                    "error_code": 500,
                    "description": f"Internal Server Error: {exc!r}",
                },
            )
        return self._json(status, payload)

    @staticmethod
    def _json(status: int, payload: Any) -> tuple[int, bytes, dict[str, str]]:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return status, data, {"Content-Type": "application/json"}

    def _serve_file(self, rest: str) -> tuple[int, bytes, dict[str, str]]:
        token, _, file_path = rest.partition("/")
        if token != self.token:
            return self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        with self._lock:
            for path, data in self._files.values():
                if path == file_path:
                    return 200, data, {"Content-Type": "application/octet-stream"}
        return self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    def _parse_params(
        self, method_name: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[dict[str, Any], dict[str, UploadedFile], list[_Problem]]:
        mspec = self.spec.method(method_name)
        specs = mspec.fields if mspec else {}
        lower_headers = {k.lower(): v for k, v in headers.items()}
        content_type = lower_headers.get("content-type", "")
        raw: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
        files: dict[str, UploadedFile] = {}
        problems: list[_Problem] = []
        is_json = False
        if body:
            ctype = content_type.split(";", 1)[0].strip().lower()
            if ctype == "application/json":
                decoded = json.loads(body.decode("utf-8"))
                if not isinstance(decoded, dict):
                    raise ValueError("JSON body must be an object")
                raw.update(decoded)
                is_json = True
            elif ctype == "multipart/form-data":
                fields, files = _parse_multipart(content_type, body)
                raw.update(fields)
            elif ctype in ("application/x-www-form-urlencoded", ""):
                raw.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            else:
                raise ValueError(f"unsupported Content-Type {content_type!r}")
        params: dict[str, Any] = {}
        for key, value in raw.items():
            fspec = specs.get(key)
            if isinstance(value, str) and not (is_json and fspec and "String" in fspec.types):
                params[key] = _decode_string_param(value, fspec)
            else:
                params[key] = value
        referenced = set(self._attach_refs(params))
        for name, upload in files.items():
            # A part named like a parameter is that parameter; a part that no attach:// URI
            # refers to is reported as an unknown parameter.
            if name in specs or name not in referenced:
                params[name] = upload
        for ref in sorted(referenced - files.keys()):
            problems.append(
                _Problem(ref, f"attach://{ref} has no file part", "wrong file identifier")
            )
        return params, files, problems

    @classmethod
    def _attach_refs(cls, value: Any) -> Iterator[str]:
        if isinstance(value, str):
            if value.startswith("attach://"):
                yield value[len("attach://") :]
        elif isinstance(value, dict):
            for v in value.values():
                yield from cls._attach_refs(v)
        elif isinstance(value, list):
            for v in value:
                yield from cls._attach_refs(v)

    # -- dispatch -----------------------------------------------------------------------------
    def _dispatch(
        self,
        http_method: str,
        method_name: str,
        params: dict[str, Any],
        files: dict[str, UploadedFile],
        parse_problems: list[_Problem],
    ) -> tuple[int, dict[str, Any]]:
        mspec = self.spec.method(method_name)
        call = Call(
            method=mspec.name if mspec else method_name,
            params=params,
            time=time.time(),
            files=files,
            http_method=http_method,
        )
        if mspec is None:
            problems = [_Problem("", f"unknown method {method_name!r}", "Not Found")]
            status, payload = 404, {"ok": False, "error_code": 404, "description": "Not Found"}
            self._record(call, problems, status, payload)
            return status, payload
        problems = list(parse_problems)
        problems += self._validator.fields(params, mspec.fields, mspec.name, "", top_level=True)
        problems += self._validator.method_rules(mspec.name, params)

        fault = self._take_fault(mspec.name)
        call.fault = fault
        if fault is not None and fault[0] != "delay":
            self._record(call, problems, None, None)
            status, payload = self._fault_response(fault)
            self._finish(call, status, payload)
            return status, payload
        if problems:
            first = problems[0]
            status, payload = (
                400,
                {
                    "ok": False,
                    "error_code": 400,
                    "description": f"Bad Request: {first.description}",
                },
            )
            if fault is not None:  # delay
                self._record(call, problems, None, None)
                self._sleep(float(fault[1]))
                self._finish(call, status, payload)
            else:
                self._record(call, problems, status, payload)
            return status, payload
        if mspec.name == "getUpdates" or fault is not None:
            self._record(call, [], None, None)
            if fault is not None:
                self._sleep(float(fault[1]))
            try:
                status, payload = self._respond(call)
            except _ClientGone:
                self._finish(call, 499, None)  # the client closed the request (nginx's 499)
                raise
            self._finish(call, status, payload)
            return status, payload
        with self._lock:
            status, payload = self._respond(call)
            self._record(call, [], status, payload)
        return status, payload

    def _record(
        self,
        call: Call,
        problems: list[_Problem],
        status: int | None,
        payload: dict[str, Any] | None,
    ) -> None:
        with self._cond:
            call.violations = [
                f"{call.method}: {p.path + ': ' if p.path else ''}{p.message}" for p in problems
            ]
            call.status = status
            call.response = payload
            self._violations.extend(call.violations)
            self._calls.append(call)
            self._cond.notify_all()

    def _finish(self, call: Call, status: int | None, payload: dict[str, Any] | None) -> None:
        with self._cond:
            call.status = status
            call.response = payload
            self._cond.notify_all()

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(max(0.0, seconds))

    def _fault_response(self, fault: Fault) -> tuple[int, dict[str, Any]]:
        kind = fault[0]
        if kind == "drop":
            raise _DropConnection()
        if kind == "retry_after":
            seconds = int(fault[1])
            return 429, {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {seconds}",
                "parameters": {"retry_after": seconds},
            }
        code = int(fault[1])
        description = fault[2] if len(fault) > 2 else None
        if description is None:
            try:
                description = HTTPStatus(code).phrase
            except ValueError:
                description = "Error"
        return code, {"ok": False, "error_code": code, "description": description}

    def _respond(self, call: Call) -> tuple[int, dict[str, Any]]:
        responder = self._responders.get(call.method)
        try:
            if responder is not None:
                result = responder(call)
            elif call.method == "getUpdates":
                return self._get_updates(call.params)
            else:
                result = self._default_result(call)
        except ApiError as exc:
            return exc.error_code, exc.payload()
        return 200, {"ok": True, "result": result}

    # -- getUpdates ---------------------------------------------------------------------------
    def _get_updates(self, params: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        offset = params.get("offset")
        limit = params.get("limit", 100)
        limit = max(1, min(100, limit if _is_int(limit) else 100))
        timeout = params.get("timeout", 0)
        timeout = float(timeout) if isinstance(timeout, int | float) else 0.0
        timeout = max(0.0, min(timeout, _MAX_LONG_POLL))
        deadline = time.monotonic() + timeout
        with self._cond:
            if self.webhook_url:
                return 409, {
                    "ok": False,
                    "error_code": 409,
                    "description": "Conflict: can't use getUpdates method while webhook is "
                    "active; use deleteWebhook to delete the webhook first",
                }
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()
            if "allowed_updates" in params and isinstance(params["allowed_updates"], list):
                wanted = params["allowed_updates"]
                self._allowed_updates = frozenset(wanted) if wanted else None
            if isinstance(offset, int) and not isinstance(offset, bool) and offset != 0:
                if offset > 0:
                    self._pending = [u for u in self._pending if u["update_id"] >= offset]
                    self.confirmed_offset = max(self.confirmed_offset, offset)
                else:
                    dropped = self._pending[:offset] if -offset < len(self._pending) else []
                    self._pending = self._pending[offset:]
                    if dropped:
                        self.confirmed_offset = max(
                            self.confirmed_offset, dropped[-1]["update_id"] + 1
                        )
            while True:
                self._drop_unwanted()
                if self._pending or self._stopping.is_set():
                    break
                if _client_disconnected(getattr(self._local, "connection", None)):
                    raise _ClientGone()
                if generation != self._poll_generation:
                    return 409, {
                        "ok": False,
                        "error_code": 409,
                        "description": "Conflict: terminated by other getUpdates request; make "
                        "sure that only one bot instance is running",
                    }
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(min(remaining, 0.2))
            batch = copy.deepcopy(self._pending[:limit])
            self._delivered.extend(int(u["update_id"]) for u in batch)
        return 200, {"ok": True, "result": batch}

    def _drop_unwanted(self) -> None:
        keep = []
        for upd in self._pending:
            kind = next((k for k in upd if k != "update_id"), None)
            allowed = (
                kind not in _DEFAULT_ALLOWED_UPDATES_EXCLUDED
                if self._allowed_updates is None
                else kind in self._allowed_updates
            )
            if allowed:
                keep.append(upd)
            else:
                self._filtered.append(int(upd["update_id"]))
        self._pending = keep

    @property
    def filtered_update_ids(self) -> list[int]:
        """Updates dropped because their type was not in ``allowed_updates``."""
        with self._lock:
            return list(self._filtered)

    # -- default results ----------------------------------------------------------------------
    def _default_result(self, call: Call) -> Any:
        method, p = call.method, call.params
        returns = self.spec.methods[method].returns
        if method == "getMe":
            return {
                **self.bot_user,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
                "can_connect_to_business": False,
                "has_main_web_app": False,
            }
        if method == "logOut" or method == "close":
            return True
        if method == "setWebhook":
            self.webhook_url = str(p.get("url", ""))
            return True
        if method == "deleteWebhook":
            self.webhook_url = ""
            if p.get("drop_pending_updates"):
                with self._cond:
                    self._pending.clear()
            return True
        if method == "getWebhookInfo":
            with self._lock:
                pending = len(self._pending)
            return {
                "url": self.webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": pending,
            }
        if method in ("setMyCommands", "deleteMyCommands", "getMyCommands"):
            key = (
                json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True),
                str(p.get("language_code") or ""),
            )
            if method == "setMyCommands":
                self.commands[key] = copy.deepcopy(p.get("commands") or [])
                return True
            if method == "deleteMyCommands":
                self.commands.pop(key, None)
                return True
            return copy.deepcopy(self.commands.get(key, []))
        lang = str(p.get("language_code") or "")
        if method == "setMyDescription":
            self.descriptions[lang] = str(p.get("description") or "")
            return True
        if method == "getMyDescription":
            return {"description": self.descriptions.get(lang, "")}
        if method == "setMyShortDescription":
            self.short_descriptions[lang] = str(p.get("short_description") or "")
            return True
        if method == "getMyShortDescription":
            return {"short_description": self.short_descriptions.get(lang, "")}
        if method == "setMyName":
            self.names[lang] = str(p.get("name") or "")
            return True
        if method == "getMyName":
            return {"name": self.names.get(lang) or self.bot_first_name}
        if method == "setChatMenuButton":
            self.menu_buttons[p.get("chat_id")] = p.get("menu_button") or {"type": "default"}
            return True
        if method == "getChatMenuButton":
            return self.menu_buttons.get(p.get("chat_id"), {"type": "default"})
        if method == "getFile":
            return self._file_result(str(p["file_id"]))
        if method == "getChat":
            chat = self._chat_for(p["chat_id"])
            return {**self.minimal("ChatFullInfo"), **chat}
        if method == "getChatMember":
            return {
                "status": "member",
                "user": {"id": p.get("user_id"), "is_bot": False, "first_name": "User"},
            }
        if method == "sendMediaGroup":
            media = p.get("media")
            items = media if isinstance(media, list) else []
            return [self._new_message(call, media=item) for item in items]
        if method == "copyMessage":
            return {"message_id": next(self._message_ids)}
        if "Message" in returns and method.startswith(("edit", "stop")):
            if p.get("inline_message_id") is not None:
                return True
            return self._edited_message(call)
        if "Message" in returns:
            return self._new_message(call)
        if returns == ("Boolean",):
            return True
        if returns:
            return self.minimal(returns[0])
        return True

    def minimal(self, type_name: str, depth: int = 0) -> Any:
        """A minimal valid JSON value of a Bot API type (all required fields filled in)."""
        if type_name.startswith("Array of "):
            return []
        defaults: dict[str, Any] = {
            "Integer": 0,
            "Float": 0.0,
            "Boolean": False,
            "String": "",
            "InputFile": "",
            "True": True,
        }
        if type_name in defaults:
            return defaults[type_name]
        tspec = self.spec.types.get(type_name)
        if tspec is None or depth > 8:
            return {}
        if tspec.subtypes:
            return self.minimal(tspec.subtypes[0], depth + 1)
        obj: dict[str, Any] = {}
        for fname, fspec in tspec.fields.items():
            if not fspec.required:
                continue
            if fname == "file_id":
                obj[fname] = f"fake-file-{next(self._file_ids)}"
            elif fname == "file_unique_id":
                obj[fname] = f"fake-unique-{next(self._file_ids)}"
            elif fname == "date":
                obj[fname] = int(time.time())
            elif fname in ("width", "height"):
                obj[fname] = 512
            elif tspec.discriminator and fname == tspec.discriminator[0]:
                obj[fname] = tspec.discriminator[1]
            else:
                obj[fname] = self.minimal(fspec.types[0], depth + 1)
        return obj

    def _file_result(self, file_id: str) -> dict[str, Any]:
        with self._lock:
            known = self._files.get(file_id)
        if known is None:
            path = self.add_file(file_id, f"fake content of {file_id}".encode())
            known = (path, self._files[file_id][1])
        return {
            "file_id": file_id,
            "file_unique_id": f"uniq-{file_id}"[:32],
            "file_size": len(known[1]),
            "file_path": known[0],
        }

    def _learn_chats(self, value: Any) -> None:
        if isinstance(value, dict):
            chat = value.get("chat")
            if isinstance(chat, dict) and "id" in chat and "type" in chat:
                self._chats.setdefault(chat["id"], dict(chat))
            for v in value.values():
                self._learn_chats(v)
        elif isinstance(value, list):
            for v in value:
                self._learn_chats(v)

    def _chat_for(self, chat_id: Any) -> dict[str, Any]:
        if isinstance(chat_id, str) and _INT_RE.fullmatch(chat_id):
            chat_id = int(chat_id)
        with self._lock:
            known = self._chats.get(chat_id)
        if known is not None:
            return dict(known)
        if isinstance(chat_id, str):
            username = chat_id.lstrip("@")
            fake_id = -1_000_000_000_000 - (abs(hash(username)) % 1_000_000_000)
            return {"id": fake_id, "type": "channel", "title": username, "username": username}
        if _is_int(chat_id) and chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": DEFAULT_FIRST_NAME}
        if _is_int(chat_id) and chat_id <= -1_000_000_000_000:
            return {"id": chat_id, "type": "supergroup", "title": "Test Supergroup"}
        return {"id": chat_id, "type": "group", "title": "Test Group"}

    def _message_text(self, value: str, parse_mode: Any) -> str:
        if isinstance(parse_mode, str) and parse_mode.lower() == "html":
            return scan_telegram_html(value).visible
        return value

    def _new_message(self, call: Call, media: dict[str, Any] | None = None) -> dict[str, Any]:
        p = call.params
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": self.bot_user,
            "chat": self._chat_for(p.get("chat_id")),
            "date": int(time.time()),
        }
        if _is_int(p.get("message_thread_id")):
            msg["message_thread_id"] = p["message_thread_id"]
        if isinstance(p.get("text"), str):
            msg["text"] = self._message_text(p["text"], p.get("parse_mode"))
        source = media if media is not None else p
        if isinstance(source.get("caption"), str) and source["caption"]:
            msg["caption"] = self._message_text(source["caption"], source.get("parse_mode"))
        if media is not None:
            kind: Any = media.get("type")
        elif call.method.startswith("send"):
            kind = _snake(call.method[len("send") :])
        else:
            kind = None
        message_fields = self.spec.types["Message"].fields
        if isinstance(kind, str) and kind in message_fields and kind != "text":
            msg[kind] = self._attachment(kind, message_fields[kind], source.get(kind, source))
        markup = p.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            msg["reply_markup"] = markup
        reply = p.get("reply_parameters")
        if isinstance(reply, dict) and _is_int(reply.get("message_id")):
            original = self._messages.get((msg["chat"]["id"], reply["message_id"]))
            if original is not None:
                msg["reply_to_message"] = original
        self._store(msg)
        return msg

    def _attachment(self, kind: str, fspec: FieldSpec, given: Any) -> Any:
        type_name = fspec.types[0]
        inner = type_name[len("Array of ") :] if type_name.startswith("Array of ") else type_name
        obj = self.minimal(inner)
        if isinstance(obj, dict):
            if (
                "file_id" in obj
                and isinstance(given, str)
                and not given.startswith(("http://", "https://", "attach://"))
            ):
                obj["file_id"] = given
            if isinstance(given, UploadedFile):
                if "file_size" in self.spec.types[inner].fields:
                    obj["file_size"] = len(given.data)
                if "file_name" in self.spec.types[inner].fields and given.filename:
                    obj["file_name"] = given.filename
            if isinstance(given, dict):
                for key, fspec in self.spec.types[inner].fields.items():
                    primitive = all(t in _PRIMITIVES for t in fspec.types)
                    if key in given and primitive and key not in ("file_id", "type"):
                        obj[key] = given[key]
            if kind == "dice":
                obj["value"] = obj.get("value") or 1
        return [obj] if type_name.startswith("Array of ") else obj

    def _edited_message(self, call: Call) -> dict[str, Any]:
        p = call.params
        chat = self._chat_for(p.get("chat_id"))
        key = (chat["id"], p.get("message_id"))
        with self._lock:
            old = copy.deepcopy(self._messages.get(key))  # type: ignore[arg-type]
        msg = old or {
            "message_id": p.get("message_id"),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
        }
        new = dict(msg)
        if call.method == "editMessageText" and isinstance(p.get("text"), str):
            new["text"] = self._message_text(p["text"], p.get("parse_mode"))
        if call.method == "editMessageCaption":
            new["caption"] = self._message_text(str(p.get("caption") or ""), p.get("parse_mode"))
        if "reply_markup" in p or call.method == "editMessageReplyMarkup":
            markup = p.get("reply_markup")
            if isinstance(markup, dict) and markup.get("inline_keyboard"):
                new["reply_markup"] = markup
            else:
                new.pop("reply_markup", None)
        elif call.method in ("editMessageText", "editMessageCaption"):
            new.pop("reply_markup", None)  # Telegram removes the keyboard unless it is resent
        if old is not None and _same_content(old, new):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        new["edit_date"] = int(time.time())
        self._store(new)
        return new

    def _store(self, msg: dict[str, Any]) -> None:
        with self._lock:
            self._messages[(msg["chat"]["id"], msg["message_id"])] = copy.deepcopy(msg)
            self._sent.append(copy.deepcopy(msg))


def _same_content(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    keys = ("text", "caption", "reply_markup")
    return all(old.get(k) == new.get(k) for k in keys)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# ================================================================================================
# Update builders
# ================================================================================================

_builder_message_ids = itertools.count(1)
_builder_ids = itertools.count(1)
_lock = threading.Lock()


def _next_message_id() -> int:
    with _lock:
        return next(_builder_message_ids)


def _next_id() -> int:
    with _lock:
        return next(_builder_ids)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{2,31}\b")


def auto_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram would detect: a leading bot_command and @username mentions."""
    entities: list[dict[str, Any]] = []
    if text.startswith("/") and (m := _COMMAND_RE.match(text)):
        entities.append({"type": "bot_command", "offset": 0, "length": _utf16_len(m.group(0))})
    for m in _MENTION_RE.finditer(text):
        entities.append(
            {
                "type": "mention",
                "offset": _utf16_len(text[: m.start()]),
                "length": _utf16_len(m.group(0)),
            }
        )
    return sorted(entities, key=lambda e: int(e["offset"]))


def make_user(
    user_id: int = DEFAULT_USER_ID,
    first_name: str = DEFAULT_FIRST_NAME,
    *,
    last_name: str | None = None,
    username: str | None = None,
    language_code: str | None = "en",
    is_bot: bool = False,
) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": is_bot, "first_name": first_name}
    if last_name:
        user["last_name"] = last_name
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    return user


def make_chat(
    chat_id: int = DEFAULT_CHAT_ID,
    chat_type: str = "private",
    *,
    title: str | None = None,
    first_name: str | None = DEFAULT_FIRST_NAME,
    username: str | None = None,
) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type == "private":
        if first_name:
            chat["first_name"] = first_name
    else:
        chat["title"] = title or ("Summit Test Group" if chat_type != "channel" else "Channel")
        if chat_type == "supergroup":
            chat["is_forum"] = False
    if username:
        chat["username"] = username
    return chat


def make_message(
    text: str | None = None,
    *,
    user_id: int = DEFAULT_USER_ID,
    chat_id: int | None = None,
    chat_type: str = "private",
    first_name: str = DEFAULT_FIRST_NAME,
    last_name: str | None = None,
    username: str | None = None,
    language_code: str | None = "en",
    entities: list[dict[str, Any]] | None = None,
    reply_to_message: dict[str, Any] | None = None,
    message_id: int | None = None,
    date: int | None = None,
    chat_title: str | None = None,
    from_user: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A Message object as Telegram sends it. ``extra`` fields are merged in as-is."""
    if chat_id is None:
        chat_id = user_id if chat_type == "private" else DEFAULT_GROUP_CHAT_ID
    sender = from_user or make_user(
        user_id, first_name, last_name=last_name, username=username, language_code=language_code
    )
    msg: dict[str, Any] = {
        "message_id": message_id if message_id is not None else _next_message_id(),
        "from": sender,
        "chat": make_chat(
            chat_id,
            chat_type,
            title=chat_title,
            first_name=first_name if chat_type == "private" else None,
            username=username if chat_type == "private" else None,
        ),
        "date": date if date is not None else int(time.time()),
    }
    if text is not None:
        msg["text"] = text
        ents = auto_entities(text) if entities is None else entities
        if ents:
            msg["entities"] = ents
    if reply_to_message is not None:
        msg["reply_to_message"] = reply_to_message
    msg.update(extra)
    return msg


def message_update(
    text: str,
    user_id: int = DEFAULT_USER_ID,
    chat_id: int | None = None,
    chat_type: str = "private",
    first_name: str = DEFAULT_FIRST_NAME,
    language_code: str | None = "en",
    entities: list[dict[str, Any]] | None = None,
    reply_to_message: dict[str, Any] | None = None,
    message_id: int | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """An update with a text message (entities for /commands and @mentions added unless
    ``entities`` is given). ``kwargs`` go to :func:`make_message` (``username``, ``last_name``,
    ``date``, ``chat_title``, ``update_id``, extra Message fields...)."""
    update_id = kwargs.pop("update_id", None)
    msg = make_message(
        text,
        user_id=user_id,
        chat_id=chat_id,
        chat_type=chat_type,
        first_name=first_name,
        language_code=language_code,
        entities=entities,
        reply_to_message=reply_to_message,
        message_id=message_id,
        **kwargs,
    )
    return _update("message", msg, update_id)


def _update(kind: str, payload: dict[str, Any], update_id: int | None) -> dict[str, Any]:
    update: dict[str, Any] = {kind: payload}
    if update_id is not None:
        update = {"update_id": update_id, **update}
    return update


def group_message_update(
    text: str,
    chat_id: int = DEFAULT_GROUP_CHAT_ID,
    user_id: int = DEFAULT_USER_ID,
    chat_title: str = "Summit Test Group",
    **kwargs: Any,
) -> dict[str, Any]:
    """A text message in a supergroup."""
    kwargs.setdefault("chat_type", "supergroup")
    return message_update(text, user_id=user_id, chat_id=chat_id, chat_title=chat_title, **kwargs)


def edited_message_update(
    text: str,
    message_id: int | None = None,
    edit_date: int | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """An ``edited_message`` update (same arguments as :func:`message_update`)."""
    upd = message_update(text, message_id=message_id, **kwargs)
    msg = upd.pop("message")
    msg["edit_date"] = edit_date if edit_date is not None else msg["date"] + 5
    msg["date"] = msg["date"] - 60
    upd["edited_message"] = msg
    return upd


def _media_update(
    field_name: str, media: Any, caption: str | None, **kwargs: Any
) -> dict[str, Any]:
    update_id = kwargs.pop("update_id", None)
    extra: dict[str, Any] = {field_name: media}
    if caption is not None:
        extra["caption"] = caption
        ents = auto_entities(caption)
        if ents:
            extra["caption_entities"] = ents
    return _update("message", make_message(None, **kwargs, **extra), update_id)


def _file_ids(prefix: str) -> dict[str, str]:
    n = _next_id()
    return {"file_id": f"{prefix}-file-{n}", "file_unique_id": f"{prefix}-uniq-{n}"}


def sticker_update(
    emoji: str = "👍",
    set_name: str | None = "TestStickers",
    *,
    is_animated: bool = False,
    is_video: bool = False,
    **kwargs: Any,
) -> dict[str, Any]:
    """A message with a regular sticker."""
    sticker: dict[str, Any] = {
        **_file_ids("sticker"),
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": is_animated,
        "is_video": is_video,
        "emoji": emoji,
        "file_size": 24_000,
    }
    if set_name:
        sticker["set_name"] = set_name
    return _media_update("sticker", sticker, None, **kwargs)


def photo_update(caption: str | None = None, **kwargs: Any) -> dict[str, Any]:
    """A message with a photo (three sizes) and an optional caption."""
    base = _file_ids("photo")
    sizes = [
        {
            "file_id": f"{base['file_id']}-{w}",
            "file_unique_id": f"{base['file_unique_id']}-{w}",
            "width": w,
            "height": w * 3 // 4,
            "file_size": w * 40,
        }
        for w in (90, 320, 1280)
    ]
    return _media_update("photo", sizes, caption, **kwargs)


def voice_update(duration: int = 3, **kwargs: Any) -> dict[str, Any]:
    """A message with a voice note."""
    voice = {
        **_file_ids("voice"),
        "duration": duration,
        "mime_type": "audio/ogg",
        "file_size": 4000 * duration,
    }
    return _media_update("voice", voice, None, **kwargs)


def document_update(
    file_name: str = "report.pdf",
    mime_type: str = "application/pdf",
    caption: str | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """A message with a document."""
    document = {
        **_file_ids("document"),
        "file_name": file_name,
        "mime_type": mime_type,
        "file_size": 12_345,
    }
    return _media_update("document", document, caption, **kwargs)


def location_update(
    latitude: float = 43.238949, longitude: float = 76.889709, **kwargs: Any
) -> dict[str, Any]:
    """A message with a location (default: Almaty)."""
    return _media_update("location", {"latitude": latitude, "longitude": longitude}, None, **kwargs)


def callback_query_update(
    data: str,
    message: dict[str, Any] | None = None,
    user_id: int = DEFAULT_USER_ID,
    *,
    chat_id: int | None = None,
    first_name: str = DEFAULT_FIRST_NAME,
    language_code: str | None = "en",
    inline_message_id: str | None = None,
    query_id: str | None = None,
    bot_id: int = DEFAULT_BOT_ID,
    bot_username: str = DEFAULT_BOT_USERNAME,
    update_id: int | None = None,
) -> dict[str, Any]:
    """A button press. ``message`` is the bot's message carrying the keyboard (e.g. one of
    :attr:`FakeBotAPI.sent_messages`); by default a bot message in the user's private chat.
    With ``inline_message_id`` (and no ``message``) the query comes from an inline message."""
    user = make_user(user_id, first_name, language_code=language_code)
    query: dict[str, Any] = {
        "id": query_id or str(4_000_000_000_000_000 + _next_id()),
        "from": user,
        "chat_instance": str(-7_000_000_000_000_000 - (chat_id or user_id)),
        "data": data,
    }
    if inline_message_id is not None and message is None:
        query["inline_message_id"] = inline_message_id
    else:
        if message is None:
            cid = chat_id if chat_id is not None else user_id
            message = {
                "message_id": _next_message_id(),
                "from": make_user(
                    bot_id, DEFAULT_BOT_NAME, username=bot_username, language_code=None, is_bot=True
                ),
                "chat": make_chat(
                    cid, "private" if cid > 0 else "supergroup", first_name=first_name
                ),
                "date": int(time.time()) - 10,
                "text": "Choose an option:",
                "reply_markup": {"inline_keyboard": [[{"text": "Option", "callback_data": data}]]},
            }
        query["message"] = message
    return _update("callback_query", query, update_id)


def inline_query_update(
    query: str,
    user_id: int = DEFAULT_USER_ID,
    offset: str = "",
    *,
    first_name: str = DEFAULT_FIRST_NAME,
    language_code: str | None = "en",
    chat_type: str | None = "sender",
    query_id: str | None = None,
    update_id: int | None = None,
) -> dict[str, Any]:
    """An inline query (``@bot query`` typed in some chat)."""
    inline: dict[str, Any] = {
        "id": query_id or str(5_000_000_000_000_000 + _next_id()),
        "from": make_user(user_id, first_name, language_code=language_code),
        "query": query,
        "offset": offset,
    }
    if chat_type:
        inline["chat_type"] = chat_type
    return _update("inline_query", inline, update_id)
