"""What the Telegram layer says itself, in English and Russian (Telegram HTML).

Answers to questions never come from here: they come from the core (``Service.ask`` rendered by
``bot.render.to_html``). This module holds only the bot's own frame around them: the welcome,
/help, command usage, the menu, and short notices. Placeholders are filled with already escaped
HTML (the bot's username is ``[A-Za-z0-9_]`` only).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ADMIN_COMMANDS",
    "COMMANDS",
    "DEEP_LINKS",
    "EXAMPLES",
    "Example",
    "T",
    "Texts",
    "texts_for",
]


@dataclass(frozen=True)
class Example:
    """An example question offered as a button (callback data ``q:<index>``)."""

    label: str
    question: str


@dataclass(frozen=True)
class Texts:
    welcome: str
    help: str
    who_said_intro: str
    who_usage: str
    quote_usage: str
    about: str
    unknown_command: str
    non_text: str
    too_fast: str
    sorry: str
    entry_gone: str
    open_chat: str
    inline_none_title: str
    inline_none_description: str
    description: str
    short_description: str
    feedback_thanks: str
    feedback_already: str
    feedback_gone: str
    gaps_usage: str
    recording_off: str
    store_error: str


#: Example questions (the core answers each of them; a test checks it).
EXAMPLES: dict[str, tuple[Example, ...]] = {
    "en": (
        Example(
            "Who said “good-neighborliness”?",
            "Who said “China has always adhered to a foreign policy of good-neighborliness”?",
        ),
        Example(
            "What did the Kazakh minister say?",
            "What did the Kazakh minister say about mining?",
        ),
        Example("When was the first summit?", "When and where was the first summit?"),
    ),
    "ru": (
        Example(
            "Кто сказал о добрососедстве?",
            "Кто сказал, что Китай всегда придерживался политики добрососедства?",
        ),
        Example(
            "Что сказал министр Казахстана?",
            "Что сказал казахстанский министр о горнодобывающих проектах?",
        ),
        Example("Когда был первый саммит?", "Когда и где прошёл первый саммит?"),
    ),
}

#: ``/start <payload>`` deep links (``https://t.me/<bot>?start=<payload>``).
DEEP_LINKS = ("who-said", "when", "people")

#: The command menu (``set_my_commands``): (command, English, Russian).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("start", "Welcome and example questions", "Приветствие и примеры вопросов"),
    ("help", "What I can answer and how", "Что я умею и как спрашивать"),
    ("who", "Who said it: /who words of the quote", "Кто это сказал: /who слова цитаты"),
    ("quote", "What someone said: /quote name", "Что сказал человек: /quote имя"),
    ("when", "Dates and places of the summits", "Даты и места саммитов"),
    ("people", "Everyone I can quote", "Кого я могу цитировать"),
    ("sources", "The articles I rely on", "Статьи, на которые я опираюсь"),
    ("about", "About this bot", "О боте"),
)

#: The curator's commands: only for ``ADMIN_USER_IDS`` (their own chat-scoped menu, never the
#: public one); anyone else gets the "unknown command" reply.
ADMIN_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("gaps", "Unanswered questions: /gaps [days]", "Вопросы без ответа: /gaps [дни]"),
    ("feedback", "Answers ranked by share of 👎", "Ответы по доле 👎"),
    ("reload", "Reload the knowledge base", "Перезагрузить базу знаний"),
)

_EN = Texts(
    welcome=(
        "Hi! I answer questions about the China–Central Asia summits from a curated knowledge "
        "base, always with the source.\n\nAsk in your own words, or tap an example:"
    ),
    help=(
        "<b>What I know</b>: who said what about the China–Central Asia summits, when and where "
        "they took place, and what was agreed. Every answer names its source; if something is "
        "not in my knowledge base, I say so instead of guessing.\n\n"
        "<b>How to ask</b>: write a question in English or Russian, for example:\n"
        "{examples}\n\n"
        "<b>Commands</b>\n"
        "/who <i>words</i> — who said it\n"
        "/quote <i>name</i> — what someone said\n"
        "/when <i>summit</i> — dates and places (all summits without a name)\n"
        "/people — everyone I can quote\n"
        "/sources — the articles I rely on\n"
        "/about — about this bot\n\n"
        "<b>Inline mode</b>: in any chat, type <code>@{username}</code> and a few words to "
        "share a quote or a fact with its source.\n\n"
        "<b>In groups</b> I answer commands, messages that mention @{username} and replies to "
        "my messages.\n\n"
        "<b>Links to share</b>:\n"
        "https://t.me/{username}?start=who-said — find who said something\n"
        "https://t.me/{username}?start=when — the summits\n"
        "https://t.me/{username}?start=people — the people I quote"
    ),
    who_said_intro=(
        "Send me a few words of a quote and I'll tell you who said it and where it was "
        "published, e.g. <code>/who good-neighborliness</code>. Or try this one:"
    ),
    who_usage=(
        "Send /who with a few words of the quote, e.g. <code>/who good-neighborliness</code>."
    ),
    quote_usage=(
        "Send /quote with a name, e.g. <code>/quote {example}</code>. "
        "/people lists everyone I can quote."
    ),
    about=(
        "<b>summitbot</b> answers questions about the China–Central Asia summits from a curated "
        "knowledge base: {quotes} quotes, {facts} facts, {events} summits and {people} people, "
        "from {sources} articles. Every answer shows its source; what is not in the base is "
        "refused, never guessed.\n\nKnowledge base version: <code>{version}</code>."
    ),
    unknown_command="I don't know that command. See /help.",
    non_text=(
        "I can only read text. Ask me a question about the China–Central Asia summits, "
        "or see /help."
    ),
    too_fast="You're sending messages too fast. Please wait a little; then I'll answer again.",
    sorry="Sorry, something went wrong; please try again.",
    entry_gone="That entry is no longer available.",
    open_chat="Open a chat with me to see this.",
    inline_none_title="Nothing matched",
    inline_none_description="Try a name, a topic or a question, e.g. “when was the first summit”.",
    description=(
        "I answer questions about the China–Central Asia summits (who said what, when and where, "
        "what was agreed) from a curated knowledge base, always with the source. Ask in English "
        "or Russian, or use me inline in any chat."
    ),
    short_description="Who said what at the China–Central Asia summits, with sources.",
    feedback_thanks="Thanks for the feedback!",
    feedback_already="Your vote was already counted.",
    feedback_gone="This answer can no longer be rated.",
    gaps_usage="Send /gaps for all time, or /gaps <i>days</i> (1–3650), e.g. <code>/gaps 7</code>.",
    recording_off=(
        "Recording is off (<code>RECORD_QUESTIONS=0</code>): there are no questions or votes "
        "to report."
    ),
    store_error="Cannot read the question database: {error}",
)

_RU = Texts(
    welcome=(
        "Здравствуйте! Я отвечаю на вопросы о саммитах «Китай — Центральная Азия» по "
        "проверенной базе знаний и всегда указываю источник.\n\n"
        "Спросите своими словами или выберите пример:"
    ),
    help=(
        "<b>Что я знаю</b>: кто что сказал о саммитах «Китай — Центральная Азия», когда и где "
        "они прошли и о чём там договорились. В каждом ответе есть источник; если в базе "
        "знаний ответа нет, я так и скажу, а не стану гадать.\n\n"
        "<b>Как спрашивать</b>: напишите вопрос по-русски или по-английски, например:\n"
        "{examples}\n\n"
        "<b>Команды</b>\n"
        "/who <i>слова</i> — кто это сказал\n"
        "/quote <i>имя</i> — что сказал человек\n"
        "/when <i>саммит</i> — даты и места (без названия — все саммиты)\n"
        "/people — кого я могу цитировать\n"
        "/sources — статьи, на которые я опираюсь\n"
        "/about — о боте\n\n"
        "<b>Встроенный режим</b>: в любом чате наберите <code>@{username}</code> и несколько "
        "слов, чтобы поделиться цитатой или фактом с источником.\n\n"
        "<b>В группах</b> я отвечаю на команды, на сообщения с упоминанием @{username} и на "
        "ответы на мои сообщения.\n\n"
        "<b>Ссылки</b>:\n"
        "https://t.me/{username}?start=who-said — узнать, кто что сказал\n"
        "https://t.me/{username}?start=when — саммиты\n"
        "https://t.me/{username}?start=people — кого я цитирую"
    ),
    who_said_intro=(
        "Пришлите несколько слов из цитаты, и я скажу, кто это сказал и где это опубликовано, "
        "например <code>/who добрососедство</code>. Или попробуйте:"
    ),
    who_usage="Отправьте /who и несколько слов из цитаты, например <code>/who договор</code>.",
    quote_usage=(
        "Отправьте /quote и имя, например <code>/quote {example}</code>. "
        "Список всех, кого я цитирую: /people."
    ),
    about=(
        "<b>summitbot</b> отвечает на вопросы о саммитах «Китай — Центральная Азия» по "
        "проверенной базе знаний: цитат — {quotes}, фактов — {facts}, саммитов — {events}, "
        "людей — {people}, статей — {sources}. В каждом ответе указан источник; того, чего "
        "нет в базе, я не выдумываю.\n\nВерсия базы знаний: <code>{version}</code>."
    ),
    unknown_command="Такой команды я не знаю. Список команд: /help.",
    non_text=(
        "Я понимаю только текст. Задайте вопрос о саммитах «Китай — Центральная Азия» "
        "или посмотрите /help."
    ),
    too_fast="Вы пишете слишком часто. Подождите немного, и я снова буду отвечать.",
    sorry="Извините, что-то пошло не так; попробуйте ещё раз.",
    entry_gone="Эта запись больше недоступна.",
    open_chat="Откройте чат со мной, чтобы это увидеть.",
    inline_none_title="Ничего не найдено",
    inline_none_description="Попробуйте имя, тему или вопрос, например «когда был первый саммит».",
    description=(
        "Я отвечаю на вопросы о саммитах «Китай — Центральная Азия» (кто что сказал, когда и "
        "где, о чём договорились) по проверенной базе знаний и всегда указываю источник. "
        "Спрашивайте по-русски или по-английски, в том числе во встроенном режиме в любом чате."
    ),
    short_description="Кто что сказал на саммитах «Китай — Центральная Азия» — с источниками.",
    feedback_thanks="Спасибо за отзыв!",
    feedback_already="Ваш голос уже учтён.",
    feedback_gone="Этот ответ больше нельзя оценить.",
    gaps_usage=(
        "Отправьте /gaps (за всё время) или /gaps <i>дни</i> (1–3650), например "
        "<code>/gaps 7</code>."
    ),
    recording_off="Запись выключена (<code>RECORD_QUESTIONS=0</code>): отчитываться не о чем.",
    store_error="Не удаётся прочитать базу вопросов: {error}",
)

T: dict[str, Texts] = {"en": _EN, "ru": _RU}


def texts_for(lang: str) -> Texts:
    return T.get(lang, _EN)
