"""People asked by name, spelling or description, round 26 (q26person).

Each test fails when its rule (bot/tuning.py, section "q26person") is switched off; the near
misses beside them (a country nobody is quoted from, a name of nobody in the base, another
man's surname one letter off) stay refused, never answered with somebody else's card or words.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.render import to_text
from bot.service import Service


def _card(service: Service, question: str) -> tuple[str | None, tuple[str, ...], str]:
    """The kind, the first entry and the text a user sees, for a card shown."""
    a = service.ask(question)
    entry = a.entries[0] if a.answered and a.entries else None
    return entry, tuple(a.speakers), to_text(a)


def _unknown(service: Service, question: str) -> None:
    """Refused, with nobody's card or words shown."""
    a = service.ask(question)
    assert not a.answered and not a.speakers and not a.entries, to_text(a)


# --- who is someone, asked by country and a noun of no office (Q26P_WHO_IS_DESCRIBED) --------

_DESCRIBED = [
    ("who is the kyrgyz expert", "kairat-osmonaliyev"),
    ("who is the kyrgyz analyst", "kairat-osmonaliyev"),
    ("who is the expert from kyrgyzstan", "kairat-osmonaliyev"),
    ("кто такой киргизский эксперт", "kairat-osmonaliyev"),
    ("who is the tajik academic", "saifullo-safarov"),
    ("who is the Tajik professor", "saifullo-safarov"),
    ("who is the professor from tajikistan", "saifullo-safarov"),
    ("who is the tajik pundit", "saifullo-safarov"),
    ("кто такой таджикский профессор", "saifullo-safarov"),
    ("who is the kazakh expert", "yersaiyn-nagaspayev"),
]


@pytest.mark.parametrize(("question", "person"), _DESCRIBED)
def test_who_is_by_country_and_vague_noun(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    entry, speakers, text = _card(service, question)
    assert (entry, speakers) == (person, (person,)), text
    monkeypatch.setattr(tuning, "Q26P_WHO_IS_DESCRIBED", False)
    # Before: "I don't know who “kyrgyz expert” is", though "what did the kyrgyz expert say"
    # showed his words.
    _unknown(service, question)


def test_a_trade_his_card_lacks_is_put_right(service: Service) -> None:
    entry, _, text = _card(service, "who is the kyrgyz academic")
    assert entry == "kairat-osmonaliyev", text
    assert text.startswith("Not the kyrgyz academic: Kairat Osmonaliyev is former"), text


@pytest.mark.parametrize(
    "question",
    [
        # nobody quoted from the country, or a country the base has nobody of
        "who is the uzbek expert",
        "who is the uzbek professor",
        "кто такой узбекский эксперт",
        "who is the chinese expert",
        "who is the russian expert",
        "who is the american analyst",
        # an office nobody of the country holds is no vague noun
        "who is the tajik minister",
        "who is the kazakh ambassador",
        "who is the uzbek foreign minister",
    ],
)
def test_who_is_described_near_misses(service: Service, question: str) -> None:
    _unknown(service, question)


# --- told about someone the base does not quote (Q26P_TELL_ABOUT_PERSON) ---------------------

_TOLD = [
    ("tell me about Tokayev", "kassym-jomart-tokayev"),
    ("tell me about Wang Yi", "wang-yi"),
    ("could you tell me about Mirziyoyev", "shavkat-mirziyoyev"),
    ("can you tell me who Xi Jinping is", "xi-jinping"),
    ("what is known about Wu Yingqin", "wu-yingqin"),
    ("что за человек Ван И", "wang-yi"),
]


@pytest.mark.parametrize(("question", "person"), _TOLD)
def test_told_about_an_unquoted_person(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    entry, speakers, text = _card(service, question)
    assert (entry, speakers) == (person, (person,)), text
    monkeypatch.setattr(tuning, "Q26P_TELL_ABOUT_PERSON", False)
    # Before: "I have no quotes from ..." (a refusal), or nothing.
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


def test_told_about_a_quoted_person_keeps_his_words(service: Service) -> None:
    a = service.ask("tell me about Safarov")
    assert a.answered and a.speakers == ("saifullo-safarov",), to_text(a)
    assert a.kind in ("quote", "quotes"), to_text(a)


@pytest.mark.parametrize(
    "question",
    [
        # his words asked about: still no quotes of his, never somebody else's
        "tell me about Xi's speech",
        "tell me about Tokayev's remarks",
        "tell me what Wang Yi said about Afghanistan",
    ],
)
def test_told_about_his_words_stays_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.speakers, to_text(a)
    assert a.kind != "person", to_text(a)


@pytest.mark.parametrize(
    "question",
    ["tell me about Putin", "what is known about Putin", "can you tell me who Lukashenko is"],
)
def test_told_about_nobody_of_the_base(service: Service, question: str) -> None:
    _unknown(service, question)


# --- another man's surname is no typo (Q26P_LATIN_SURNAME_NO_TYPO) ----------------------------

_OTHER_MEN = [
    "who is Tokarev",
    "what is known about Tokarev",
    "tell me about Safronov",
    "can you tell me who Safronov is",
]


def test_a_surname_is_read_again_when_the_switch_turns(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index caches how it read each word, and a surname's reading follows the switch: the
    cache keeps the readings of one value of it only, so no test need clear it by hand."""
    index = service.snapshot.index
    assert not index.term("safronov").known  # read (and cached) with the switch on
    monkeypatch.setattr(tuning, "Q26P_LATIN_SURNAME_NO_TYPO", False)
    assert index.term("safronov").known  # Safarov's name, one letter off
    monkeypatch.undo()
    assert not index.term("safronov").known


@pytest.mark.parametrize("question", _OTHER_MEN)
def test_another_surname_is_nobodys_typo(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    _unknown(service, question)
    monkeypatch.setattr(tuning, "Q26P_LATIN_SURNAME_NO_TYPO", False)
    service.snapshot.index._terms.clear()  # the index caches how it read each word
    # Before: Tokayev's card, Safarov's words (a surname one letter off read as a typo).
    a = service.ask(question)
    service.snapshot.index._terms.clear()
    assert a.answered and a.speakers, to_text(a)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # typos no dictionary knows still reach their man
        ("who is Safarof", "saifullo-safarov"),
        ("what did Nagaspajev say", "yersaiyn-nagaspayev"),
        ("who is Osmonalyev", "kairat-osmonaliyev"),
        ("who is Tokajev", "kassym-jomart-tokayev"),
        # and real forms of his name are his (aliases)
        ("who is Rahmonov", "emomali-rahmon"),
        ("who is Dzhaparov", "sadyr-japarov"),
        ("who is Saifulla Safarov", "saifullo-safarov"),
        ("кто такой Джапаров", "sadyr-japarov"),
    ],
)
def test_typos_and_real_forms_still_reach_him(service: Service, question: str, person: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (person,), to_text(a)


@pytest.mark.parametrize(
    "question",
    ["who is Sadykov", "who is Osmanov", "what did Rahmanov say", "who is Osmonov"],
)
def test_near_names_of_nobody_stay_unknown(service: Service, question: str) -> None:
    _unknown(service, question)


# --- a form of address before a name is no topic (Q26P_HONORIFIC_NO_TOPIC) --------------------

_ADDRESSED = [
    ("tell me about Dr Safarov", "saifullo-safarov"),
    ("tell me about Mr Nagaspayev", "yersaiyn-nagaspayev"),
    ("tell me about professor Safarov", "saifullo-safarov"),
    ("tell me about Mr Tokayev", "kassym-jomart-tokayev"),
]


@pytest.mark.parametrize(("question", "person"), _ADDRESSED)
def test_a_form_of_address_is_no_topic(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (person,), to_text(a)
    monkeypatch.setattr(tuning, "Q26P_HONORIFIC_NO_TOPIC", False)
    # Before: refused ("dr", "mr" read as words his quote or card must hold).
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


@pytest.mark.parametrize(
    "question", ["tell me about Mr Safronov", "tell me about Dr Putin", "who is Mr Tokarev"]
)
def test_a_form_of_address_names_nobody_new(service: Service, question: str) -> None:
    _unknown(service, question)


# --- a description's noun in any case form (Q26P_DESCRIBED_FORMS) ------------------------------

_FORMS = [
    ("мнение таджикского профессора о договоре", "saifullo-safarov"),
]


@pytest.mark.parametrize(("question", "person"), _FORMS)
def test_description_in_any_form(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (person,), to_text(a)
    monkeypatch.setattr(tuning, "Q26P_DESCRIBED_FORMS", False)
    # Before: "I have no quotes from «таджикского профессора»" (an unknown person).
    _unknown(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "what did the expert from Tashkent say",
        "что сказал эксперт из Ташкента",
        "what did the professor from Beijing say",
        "мнение узбекского профессора о договоре",
        "что сказал китайский эксперт",
    ],
)
def test_description_forms_near_misses(service: Service, question: str) -> None:
    _unknown(service, question)


# --- a nationality before a noun of someone's view (Q26P_COUNTRY_VIEW) -------------------------

_VIEWS = [
    ("the Kyrgyz expert's view on the summit", "kairat-osmonaliyev"),
    ("the kyrgyz view on the summit", "kairat-osmonaliyev"),
]


@pytest.mark.parametrize(("question", "person"), _VIEWS)
def test_country_view_is_the_one_quoted(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (person,), to_text(a)
    monkeypatch.setattr(tuning, "Q26P_COUNTRY_VIEW", False)
    # Before: the list of the leaders who met in Astana ("kyrgyz" read as the topic).
    a = service.ask(question)
    assert a.entries[:1] == ("fact-leaders-astana",) and not a.speakers, to_text(a)


@pytest.mark.parametrize(
    "question", ["the uzbek expert's view on the summit", "the russian view on the treaty"]
)
def test_country_view_of_nobody_quoted(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.speakers, to_text(a)


# --- another country inside a role is put right (Q26P_COUNTRY_IN_ROLE) -------------------------

_IN_ROLE = [
    (
        "what did the chairman of the kazakh association say",
        "saifullo-safarov",
        "Not the chairman of the kazakh association: Saifullo Safarov is chairman",
    ),
    (
        "who is the head of the kazakh association",
        "saifullo-safarov",
        "Not the head of the kazakh association: Saifullo Safarov is chairman",
    ),
    (
        "what did the kyrgyz ambassador to china say",
        "kairat-osmonaliyev",
        "Not the kyrgyz ambassador to china: Kairat Osmonaliyev is former",
    ),
    (
        "что сказал министр промышленности узбекистана",
        "yersaiyn-nagaspayev",
        "Не «министр промышленности узбекистана»: Ерсайын Нагаспаев — министр",
    ),
]


@pytest.mark.parametrize(("question", "person", "lead"), _IN_ROLE)
def test_another_country_in_the_role_is_put_right(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str, lead: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (person,), to_text(a)
    assert to_text(a).startswith(lead), to_text(a)
    monkeypatch.setattr(tuning, "Q26P_COUNTRY_IN_ROLE", False)
    # Before: his card or words with nothing said of the country the question gave him.
    a = service.ask(question)
    assert a.speakers == (person,) and not to_text(a).startswith(lead[:6]), to_text(a)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # his own country, his own post, or a country that is what was said
        ("what did the kyrgyz ambassador to azerbaijan say", "kairat-osmonaliyev"),
        ("что сказал министр промышленности казахстана", "yersaiyn-nagaspayev"),
        ("what did the kazakh minister of industry say about china", "yersaiyn-nagaspayev"),
        ("what did the expert say about kazakh projects", "yersaiyn-nagaspayev"),
    ],
)
def test_own_country_in_the_role_has_no_lead(service: Service, question: str, person: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (person,), to_text(a)
    assert not to_text(a).startswith(("Not ", "Не «")), to_text(a)
