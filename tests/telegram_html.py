"""A strict validator for Telegram's HTML ``parse_mode``.

Implements the rules of https://core.telegram.org/bots/api#html-style with a small hand-written
tokenizer (no ``html.parser``, which silently accepts broken markup):

* only the supported tags: ``b strong i em u ins s strike del``, ``span class="tg-spoiler"``,
  ``tg-spoiler``, ``a href``, ``tg-emoji emoji-id``, ``tg-time unix [format]``, ``code`` (with
  ``class="language-…"`` only directly inside ``pre``), ``pre`` and ``blockquote [expandable]``;
* tags balanced and properly nested; no self-closing tags, comments or doctypes;
* bold/italic/underline/strikethrough/spoiler may contain and be part of any other entity except
  ``pre``/``code``; ``blockquote`` can't be nested; ``a``, ``code``, ``pre``, ``tg-emoji`` and
  ``tg-time`` can't contain each other (except ``pre > code`` to set the language);
* ``<``, ``>`` and ``&`` in text (and ``&`` in attribute values) must be escaped; only the named
  entities ``&lt; &gt; &amp; &quot;`` and numeric entities (``&#39;``, ``&#x1F600;``) are allowed;
* attribute values must be quoted;
* the visible text (tags stripped, entities decoded) is at most 4096 characters, counted in
  UTF-16 code units as Telegram counts them.

``validate_telegram_html(text)`` returns a list of error strings (empty means valid) and
``visible_text(text)`` returns what the user would see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "HtmlScan",
    "scan_telegram_html",
    "validate_telegram_html",
    "visible_length",
    "visible_text",
]

MAX_MESSAGE_LENGTH = 4096

# tag -> {attribute: required?}
_ALLOWED_ATTRIBUTES: dict[str, dict[str, bool]] = {
    "b": {},
    "strong": {},
    "i": {},
    "em": {},
    "u": {},
    "ins": {},
    "s": {},
    "strike": {},
    "del": {},
    "span": {"class": True},
    "tg-spoiler": {},
    "a": {"href": True},
    "tg-emoji": {"emoji-id": True},
    "tg-time": {"unix": True, "format": False},
    "code": {"class": False},
    "pre": {},
    "blockquote": {"expandable": False},
}
# Entities that can't contain each other (apart from pre > code).
_EXCLUSIVE = frozenset({"a", "code", "pre", "tg-emoji", "tg-time"})
_VERBATIM = frozenset({"code", "pre"})
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTR_NAME = re.compile(r"[A-Za-z_:][-A-Za-z0-9_:.]*")
_UNQUOTED_VALUE = re.compile(r"[^\s>\"'=<`]+")
_END_TAG = re.compile(r"</\s*([A-Za-z][A-Za-z0-9-]*)\s*>")
_ENTITY = re.compile(r"&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});")
_LANGUAGE_CLASS = re.compile(r"language-[A-Za-z0-9_+#.\-]+")
_TG_TIME_FORMAT = re.compile(r"r|w?[dD]?[tT]?")
_URL = re.compile(
    r"(?:https?|ftp|tonsite)://[^\s/]\S*|(?:tg|mailto|tel):\S+|[^\s:/]+\.[^\s]+", re.IGNORECASE
)


@dataclass
class HtmlScan:
    """Result of scanning a Telegram-HTML string."""

    errors: list[str] = field(default_factory=list)
    visible: str = ""


@dataclass
class _OpenTag:
    name: str
    offset: int
    attrs: dict[str, str | None]


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8", "surrogatepass"))


def _decode_entity(body: str) -> str | None:
    """Decode the inside of ``&...;``; ``None`` if Telegram would not accept it."""
    if body.startswith(("#x", "#X")):
        code = int(body[2:], 16)
    elif body.startswith("#"):
        code = int(body[1:])
    else:
        return _NAMED_ENTITIES.get(body)
    if code <= 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.errors: list[str] = []
        self.out: list[str] = []
        self.stack: list[_OpenTag] = []

    def error(self, index: int, message: str) -> None:
        self.errors.append(f"{message} at byte offset {_byte_offset(self.text, index)}")

    # -- entities ---------------------------------------------------------------------------
    def read_entity(self, i: int, *, where: str) -> tuple[str, int]:
        """Read an entity starting at ``text[i] == '&'``; returns (decoded, next index)."""
        m = _ENTITY.match(self.text, i)
        if m is None:
            self.error(i, f'Unescaped "&" in {where}; use "&amp;"')
            return "&", i + 1
        decoded = _decode_entity(m.group(1))
        if decoded is None:
            self.error(i, f'Unsupported HTML entity "{m.group(0)}" in {where}')
            return m.group(0), m.end()
        return decoded, m.end()

    def decode_value(self, raw: str, start: int) -> str:
        parts: list[str] = []
        j = 0
        while j < len(raw):
            ch = raw[j]
            if ch == "&":
                m = _ENTITY.match(raw, j)
                if m is None:
                    self.error(start + j, 'Unescaped "&" in attribute value; use "&amp;"')
                    parts.append("&")
                    j += 1
                    continue
                decoded = _decode_entity(m.group(1))
                if decoded is None:
                    self.error(start + j, f'Unsupported HTML entity "{m.group(0)}" in attribute')
                    decoded = m.group(0)
                parts.append(decoded)
                j = m.end()
            else:
                if ch == "<":
                    self.error(start + j, 'Unescaped "<" in attribute value')
                parts.append(ch)
                j += 1
        return "".join(parts)

    # -- tags -------------------------------------------------------------------------------
    def read_start_tag(self, i: int) -> int:
        """Parse a start tag at ``text[i] == '<'`` (followed by a letter)."""
        text = self.text
        m = _TAG_NAME.match(text, i + 1)
        assert m is not None
        name = m.group(0).lower()
        j = m.end()
        attrs: dict[str, str | None] = {}
        closed = False
        while j < len(text):
            ws = j
            while j < len(text) and text[j].isspace():
                j += 1
            if j >= len(text):
                break
            ch = text[j]
            if ch == ">":
                closed = True
                j += 1
                break
            if ch == "/" and text.startswith("/>", j):
                self.error(i, f'Self-closing tags are not supported ("<{name} />")')
                closed = True
                j += 2
                break
            if j == ws:
                self.error(j, f'Expected whitespace before attribute in tag "{name}"')
            am = _ATTR_NAME.match(text, j)
            if am is None:
                self.error(j, f'Invalid character {ch!r} in tag "{name}"')
                j += 1
                continue
            attr = am.group(0).lower()
            j = am.end()
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            value: str | None = None
            if k < len(text) and text[k] == "=":
                k += 1
                while k < len(text) and text[k].isspace():
                    k += 1
                if k < len(text) and text[k] in "\"'":
                    quote = text[k]
                    end = text.find(quote, k + 1)
                    if end == -1:
                        self.error(k, f'Unclosed quote in attribute "{attr}" of tag "{name}"')
                        j = len(text)
                        break
                    value = self.decode_value(text[k + 1 : end], k + 1)
                    j = end + 1
                else:
                    vm = _UNQUOTED_VALUE.match(text, k)
                    self.error(k, f'Value of attribute "{attr}" of tag "{name}" must be quoted')
                    if vm is None:
                        value = ""
                        j = k
                    else:
                        value = self.decode_value(vm.group(0), k)
                        j = vm.end()
            if attr in attrs:
                self.error(i, f'Duplicate attribute "{attr}" in tag "{name}"')
            attrs[attr] = value
        if not closed:
            self.error(i, f'Unclosed start tag "<{name}"')
            return len(text)
        self.open_tag(i, name, attrs)
        return j

    def open_tag(self, i: int, name: str, attrs: dict[str, str | None]) -> None:
        allowed = _ALLOWED_ATTRIBUTES.get(name)
        if allowed is None:
            self.error(i, f'Unsupported start tag "{name}"')
            return
        for attr, value in attrs.items():
            if attr not in allowed:
                self.error(i, f'Unsupported attribute "{attr}" in tag "{name}"')
            elif attr == "expandable":
                if value not in (None, "", "expandable"):
                    self.error(i, 'Attribute "expandable" of "blockquote" takes no value')
            elif value is None:
                self.error(i, f'Attribute "{attr}" of tag "{name}" needs a value')
        for attr, required in allowed.items():
            if required and attr not in attrs:
                self.error(i, f'Tag "{name}" requires attribute "{attr}"')
        parent = self.stack[-1].name if self.stack else None
        open_names = {t.name for t in self.stack}
        if name == "span" and attrs.get("class") not in (None, "tg-spoiler"):
            self.error(i, 'Tag "span" is supported only with class="tg-spoiler"')
        if name == "a" and attrs.get("href") is not None:
            href = attrs["href"] or ""
            if not href.strip() or not _URL.fullmatch(href.strip()):
                self.error(i, f'Invalid URL {href!r} in tag "a"')
        if name == "tg-emoji" and not (attrs.get("emoji-id") or "").isdigit():
            self.error(i, 'Attribute "emoji-id" of "tg-emoji" must be a custom emoji identifier')
        if name == "tg-time":
            if not (attrs.get("unix") or "").isdigit():
                self.error(i, 'Attribute "unix" of "tg-time" must be a Unix timestamp')
            fmt = attrs.get("format")
            if fmt is not None and not _TG_TIME_FORMAT.fullmatch(fmt):
                self.error(i, f'Invalid format {fmt!r} in tag "tg-time"')
        if name == "code" and "class" in attrs:
            if parent != "pre":
                self.error(i, 'Programming language can be specified only for "code" inside "pre"')
            elif not _LANGUAGE_CLASS.fullmatch(attrs["class"] or ""):
                self.error(i, 'Class of "code" must be "language-<name>"')
        # Nesting rules.
        if open_names & _VERBATIM and not (name == "code" and parent == "pre"):
            inner = "code" if "code" in open_names else "pre"
            self.error(i, f'Tag "{name}" can\'t be used inside "{inner}"')
        elif (
            name in _EXCLUSIVE
            and open_names & _EXCLUSIVE
            and not (name == "code" and parent == "pre")
        ):
            outer = next(t.name for t in reversed(self.stack) if t.name in _EXCLUSIVE)
            self.error(i, f'Tag "{name}" can\'t be used inside "{outer}"')
        if name == "blockquote" and "blockquote" in open_names:
            self.error(i, 'Tag "blockquote" can\'t be nested')
        # The tag is pushed even when invalid so that its end tag still matches.
        self.stack.append(_OpenTag(name, i, attrs))

    def read_end_tag(self, i: int) -> int:
        m = _END_TAG.match(self.text, i)
        if m is None:
            self.error(i, 'Invalid end tag; escape "<" as "&lt;"')
            return i + 1
        name = m.group(1).lower()
        if name not in _ALLOWED_ATTRIBUTES:
            self.error(i, f'Unsupported end tag "{name}"')
            return m.end()
        if not self.stack:
            self.error(i, f'Unexpected end tag "</{name}>" without a start tag')
            return m.end()
        top = self.stack[-1]
        if top.name != name:
            self.error(i, f'Unmatched end tag, expected "</{top.name}>", found "</{name}>"')
            # Recover: close up to a matching open tag if there is one.
            for depth in range(len(self.stack) - 1, -1, -1):
                if self.stack[depth].name == name:
                    del self.stack[depth:]
                    break
            return m.end()
        self.stack.pop()
        return m.end()

    # -- main loop --------------------------------------------------------------------------
    def run(self) -> HtmlScan:
        text = self.text
        i = 0
        n = len(text)
        while i < n:
            ch = text[i]
            if ch == "<":
                nxt = text[i + 1] if i + 1 < n else ""
                if nxt == "/":
                    i = self.read_end_tag(i)
                elif nxt.isascii() and nxt.isalpha():
                    i = self.read_start_tag(i)
                else:
                    if text.startswith("<!--", i):
                        self.error(i, "HTML comments are not supported")
                    else:
                        self.error(i, 'Unescaped "<"; use "&lt;"')
                    self.out.append("<")
                    i += 1
            elif ch == ">":
                self.error(i, 'Unescaped ">"; use "&gt;"')
                self.out.append(">")
                i += 1
            elif ch == "&":
                decoded, i = self.read_entity(i, where="text")
                self.out.append(decoded)
            else:
                self.out.append(ch)
                i += 1
        for tag in reversed(self.stack):
            self.error(tag.offset, f'Can\'t find end tag corresponding to start tag "{tag.name}"')
        return HtmlScan(errors=self.errors, visible="".join(self.out))


def scan_telegram_html(text: str) -> HtmlScan:
    """Tokenize ``text``; returns the errors (without the length check) and the visible text."""
    return _Scanner(text).run()


def visible_text(text: str) -> str:
    """The text a user sees: tags removed and entities decoded (best effort for bad input)."""
    return scan_telegram_html(text).visible


def visible_length(text: str) -> int:
    """Length of :func:`visible_text` in characters (Unicode code points)."""
    return len(visible_text(text))


def validate_telegram_html(text: str, max_length: int | None = MAX_MESSAGE_LENGTH) -> list[str]:
    """Validate ``text`` as Telegram HTML; returns a list of errors, empty when valid.

    ``max_length`` bounds the visible length (4096 for messages, 1024 for captions, ``None``
    to skip the check).
    """
    scan = scan_telegram_html(text)
    errors = list(scan.errors)
    # Telegram counts characters in UTF-16 code units (an emoji outside the BMP is two).
    size = len(scan.visible.encode("utf-16-le", "surrogatepass")) // 2
    if max_length is not None and size > max_length:
        errors.append(f"Text is too long: {size} visible characters, at most {max_length}")
    return errors
