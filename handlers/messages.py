"""Free text and everything that is not text.

* Text (private chats: every message; groups: only what :mod:`handlers.groups` let through,
  with the bot's @mention stripped) is passed to ``Service.converse`` with the user's
  ``language_code`` as ``lang_hint`` and the conversation's context
  (:mod:`handlers.context`: the person's own, or the replied-to answer's), so follow-ups
  such as "what's his job?" are understood; the answer is sent as a reply to the message, in HTML,
  with up to three suggestion buttons when the core refuses and 👍/👎 buttons under a
  knowledge answer. After the reply is sent the question goes to the recorder
  (``bot.store``), which keeps refusals and low-confidence answers: the text only, never who
  asked or in which chat.
* Edited messages: the edited text is answered again, as a new reply to the edited message
  (the earlier answer stays as it was; editing it instead would silently change what was
  said). Edited commands are run again the same way. Edits of media captions are ignored.
* Stickers, photos, voice notes, videos, documents, locations, contacts... in a private chat
  get one short message on what the bot understands. In groups they are ignored.
"""

from __future__ import annotations

from telegram import Update

from handlers.common import (
    Context,
    is_private,
    lang_of,
    reply_html,
)
from handlers.context import answer_in_conversation
from handlers.groups import strip_mention
from handlers.texts import texts_for


async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    question = strip_mention(message.text, context.bot.username)
    await answer_in_conversation(context, message, question, update.effective_user)


async def on_non_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not is_private(message):
        return
    await reply_html(message, texts_for(lang_of(update.effective_user)).non_text)
