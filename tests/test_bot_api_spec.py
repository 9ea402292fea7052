"""The trimmed Bot API description the fake server validates with (``tests/data/telegram``).

``tests/tools/trim_bot_api.py`` makes it from Telegram's ``bot-api.json``: these tests pin what
the script writes for a small synthetic description, that the repository's copy is the script's
output (not edited by hand) and that it still holds what validation needs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fake_bot_api import BOT_API_JSON, BotApiSpec, FakeBotAPI, find_bot_api_json
from tests.tools.trim_bot_api import dumps, trim

TESTS = Path(__file__).resolve().parent
SCRIPT = TESTS / "tools" / "trim_bot_api.py"


def _field(name: str, types: list[str], required: bool, description: str) -> dict[str, Any]:
    return {"name": name, "types": types, "required": required, "description": description}


SYNTHETIC: dict[str, Any] = {
    "version": "Bot API 0.1",
    "release_date": "January 1, 2000",
    "changelog": "https://example.org/changelog",
    "methods": {
        "sendNote": {
            "name": "sendNote",
            "href": "https://example.org/#sendnote",
            "description": ["Use this method to send a note. On success, the Note is returned."],
            "returns": ["Note"],
            "fields": [
                _field("chat_id", ["Integer", "String"], True, "Unique identifier"),
                _field("text", ["String"], True, "Text, 1-4096 characters after entities parsing"),
                _field("tag", ["String"], False, "Optional tag, 0-64 bytes"),
                _field("count", ["Integer"], False, "How many, 1-100 characters"),
                _field("attachment", ["Attachment"], False, "An attachment"),
            ],
        },
        "close": {
            "name": "close",
            "href": "https://example.org/#close",
            "description": ["Closes. Requires no parameters."],
            "returns": ["Boolean"],
        },
    },
    "types": {
        "Note": {
            "name": "Note",
            "href": "https://example.org/#note",
            "description": ["A note."],
            "fields": [_field("note_id", ["Integer"], True, "Identifier of the note")],
        },
        "Attachment": {
            "name": "Attachment",
            "href": "https://example.org/#attachment",
            "description": ["One of:", "- AttachmentPhoto", "- AttachmentLink"],
            "subtypes": ["AttachmentPhoto", "AttachmentLink"],
        },
        "AttachmentPhoto": {
            "name": "AttachmentPhoto",
            "href": "https://example.org/#attachmentphoto",
            "description": ["A photo."],
            "fields": [
                _field("type", ["String"], True, "Type of the attachment, must be photo"),
                _field("photo_id", ["String"], True, "Identifier of the photo"),
            ],
            "subtype_of": ["Attachment"],
        },
        "AttachmentLink": {
            "name": "AttachmentLink",
            "href": "https://example.org/#attachmentlink",
            "description": ["A link."],
            "fields": [
                _field("type", ["String"], True, 'Type of the attachment, always "link"'),
                _field("url", ["String"], True, "The URL, 1-2048 characters"),
            ],
            "subtype_of": ["Attachment"],
        },
        "Standalone": {
            "name": "Standalone",
            "href": "https://example.org/#standalone",
            "description": ["Not a subtype: its constant type is no discriminator."],
            "fields": [_field("type", ["String"], True, "Kind, must be standalone")],
        },
    },
}

EXPECTED = """\
{
 "changelog": "https://example.org/changelog",
 "methods": {
  "close": {"returns":["Boolean"]},
  "sendNote": {"fields":[{"name":"chat_id","required":true,"types":["Integer","String"]},\
{"after_entity_parsing":true,"limit":[1,4096,"characters"],"name":"text","required":true,\
"types":["String"]},{"limit":[0,64,"bytes"],"name":"tag","required":false,"types":["String"]},\
{"name":"count","required":false,"types":["Integer"]},\
{"name":"attachment","required":false,"types":["Attachment"]}],"returns":["Note"]}
 },
 "release_date": "January 1, 2000",
 "types": {
  "Attachment": {"subtypes":["AttachmentPhoto","AttachmentLink"]},
  "AttachmentLink": {"discriminator":["type","link"],"fields":[{"name":"type","required":true,\
"types":["String"]},{"limit":[1,2048,"characters"],"name":"url","required":true,\
"types":["String"]}]},
  "AttachmentPhoto": {"discriminator":["type","photo"],"fields":[{"name":"type","required":true,\
"types":["String"]},{"name":"photo_id","required":true,"types":["String"]}]},
  "Note": {"fields":[{"name":"note_id","required":true,"types":["Integer"]}]},
  "Standalone": {"fields":[{"name":"type","required":true,"types":["String"]}]}
 },
 "version": "Bot API 0.1"
}
"""


def _run_script(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stderr == ""
    return result.stdout


def test_the_script_trims_a_synthetic_description_to_its_structure(tmp_path: Path) -> None:
    source = tmp_path / "bot-api.json"
    source.write_text(json.dumps(SYNTHETIC, indent=2), encoding="utf-8")
    assert _run_script(source) == EXPECTED
    # Deterministic whatever the key order of the input, and a fixed point.
    shuffled = {k: SYNTHETIC[k] for k in reversed(SYNTHETIC)}
    assert dumps(trim(shuffled)) == EXPECTED
    assert dumps(trim(json.loads(EXPECTED))) == EXPECTED


def test_the_script_wants_one_argument() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "usage:" in result.stderr and result.stdout == ""


def test_full_and_trimmed_descriptions_validate_alike() -> None:
    full, trimmed = BotApiSpec(SYNTHETIC), BotApiSpec(json.loads(EXPECTED))
    assert full.methods == trimmed.methods
    assert full.types == trimmed.types
    assert full.version == trimmed.version == "Bot API 0.1"
    text = trimmed.methods["sendNote"].fields["text"]
    assert (text.required, text.limit, text.after_entity_parsing) == (
        True,
        (1, 4096, "characters"),
        True,
    )
    assert trimmed.methods["sendNote"].fields["count"].limit is None  # not a string
    assert trimmed.types["AttachmentPhoto"].discriminator == ("type", "photo")
    assert trimmed.types["Standalone"].discriminator is None


def test_the_repository_copy_is_the_scripts_output() -> None:
    text = BOT_API_JSON.read_text(encoding="utf-8")
    assert text.isascii()
    data = json.loads(text)
    assert dumps(trim(data)) == text
    # Structure only, no prose.
    assert set(data) == {"version", "release_date", "changelog", "methods", "types"}
    tables = [*data["methods"].values(), *data["types"].values()]
    assert all(set(t) <= {"fields", "returns", "subtypes", "discriminator"} for t in tables)
    field_keys = {key for t in tables for f in t.get("fields", []) for key in f}
    assert field_keys == {"name", "types", "required", "limit", "after_entity_parsing"}


def test_the_trimmed_description_knows_send_message() -> None:
    spec = BotApiSpec.load(str(BOT_API_JSON))
    assert spec.version.startswith("Bot API ")
    send = spec.method("sendmessage")
    assert send is not None and send.name == "sendMessage"
    required = {name for name, f in send.fields.items() if f.required}
    assert required == {"chat_id", "text"}
    assert send.fields["chat_id"].types == ("Integer", "String")
    text = send.fields["text"]
    assert (text.limit, text.after_entity_parsing) == ((1, 4096, "characters"), True)
    assert {"parse_mode", "reply_markup", "entities"} <= send.fields.keys()
    assert send.returns == ("Message",)
    assert spec.types["InlineQueryResultArticle"].discriminator == ("type", "article")
    assert "InlineQueryResultArticle" in spec.types["InlineQueryResult"].subtypes


def test_the_description_is_found_in_the_repository_unless_overridden(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("BOT_API_JSON", raising=False)
    assert find_bot_api_json() == BOT_API_JSON
    assert BOT_API_JSON.is_relative_to(TESTS)
    other = tmp_path / "bot-api.json"
    other.write_text(json.dumps(SYNTHETIC), encoding="utf-8")
    monkeypatch.setenv("BOT_API_JSON", str(other))
    assert find_bot_api_json() == other
    monkeypatch.setenv("BOT_API_JSON", str(tmp_path / "missing.json"))
    with pytest.raises(FileNotFoundError, match=r"missing\.json"):
        find_bot_api_json()


def test_a_subtype_is_chosen_by_its_discriminator(fake_api: FakeBotAPI) -> None:
    def call(method: str, body: dict[str, Any]) -> httpx.Response:
        return httpx.post(fake_api.method_url(method), json=body, timeout=10)

    commands = [{"command": "start", "description": "Start"}]
    resp = call("setMyCommands", {"commands": commands, "scope": {"type": "all_private_chats"}})
    assert resp.status_code == 200
    resp = call("setMyCommands", {"commands": commands, "scope": {"type": "everybody"}})
    assert resp.status_code == 400
    assert "unsupported BotCommandScope type 'everybody'" in resp.json()["description"]
    resp = call("setMyCommands", {"commands": commands, "scope": {"type": "chat"}})
    assert resp.status_code == 400
    assert "'scope.chat_id' is required" in resp.json()["description"]
    assert len(fake_api.violations) == 2


def test_a_full_description_in_bot_api_json_trims_to_the_repository_copy() -> None:
    """Run with ``BOT_API_JSON=PATH/TO/bot-api.json`` to check the copy against its source."""
    path = find_bot_api_json()
    if path == BOT_API_JSON:
        pytest.skip("$BOT_API_JSON does not name another Bot API description")
    source = json.loads(path.read_text(encoding="utf-8"))
    ours = json.loads(BOT_API_JSON.read_text(encoding="utf-8"))
    if source.get("version") != ours["version"]:
        pytest.skip(f"$BOT_API_JSON is {source.get('version')}, the copy {ours['version']}")
    assert trim(source) == ours
