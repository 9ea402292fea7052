"""The multi-turn row of ``bench/RESULTS.md``: the conversation set (``tests/data/
conversations.yaml``) answered turn by turn with the conversation's context (``Service.
converse``) and without it (``Service.ask`` on each message alone, the bot before
conversations), scored by the same rules as ``tests/test_conversation.py``.

Run: ``python -m bench.multiturn``. The set was written with the conversation engine and tuned
on, so the row measures what context adds, not quality on unseen chats.
"""

from __future__ import annotations

import os
import platform
import sys

from bot.service import Service
from tests.test_conversation import load_conversations, run


def main() -> int:
    service = Service.from_dir()
    conversations = load_conversations()
    print(
        f"{len(conversations)} conversations; {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print("| Method | Turns answered correctly | Misattributions |")
    print("| --- | --- | --- |")
    for label, with_context in (("summitbot with context", True), ("without context", False)):
        s = run(service, conversations, with_context=with_context)
        print(f"| {label} | {s.correct}/{s.turns} ({s.accuracy:.1%}) | {s.misattributions} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
