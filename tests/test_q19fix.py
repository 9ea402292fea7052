"""Issue 13, known misses of the lexical stage, round 19 (q19fix).

Each test fails when its rule (bot/tuning.py, section "q19fix") is switched off; the near
misses beside them stay refused or keep their answer.
"""

from __future__ import annotations

import pytest

from bot import index as I
from bot import translit, tuning
from bot.render import to_text
from bot.service import Service
from handlers.common import App
from tests.asking import first as _first
from tests.conftest import feed
from tests.fake_bot_api import FakeBotAPI, message_update

# --- "what did xi say in astana": his reported words, not the leaders' list ------------------
# (tuning.Q19_SAID_SETTING_REPORTED)


@pytest.mark.parametrize(
    "question",
    [
        "what did xi say in astana",
        "what did xi jinping say at the astana summit",
        "what did xi say at the second summit",
        "что сказал си в астане",
        "chto skazal si v astane",
    ],
)
def test_said_at_a_summit_falls_back_to_his_reported_words(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert not a.answered and a.kind == "unknown_person" and not a.speakers, text
    assert "Xi" in text or "Си" in text
    spirit = ("Spirit", "«Дух")
    assert any(s in text for s in spirit), text
    assert "Six presidents" not in text and "шесть президентов" not in text
    monkeypatch.setattr(tuning, "Q19_SAID_SETTING_REPORTED", False)
    # Off: the leaders' list (or the keynote) under "what my sources report".
    assert not any(s in to_text(service.ask(question)) for s in spirit)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # Nothing reports Japarov's words in Astana: the leaders' list, as before.
        ("what did japarov say in astana", "Six presidents"),
        # A topic asked: the report that he spoke, not the Spirit as if on the treaty.
        ("what did xi say about the treaty in astana", "keynote speech"),
    ],
)
def test_said_at_a_summit_near_misses(service: Service, question: str, shown: str) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert not a.answered and not a.speakers and shown in text, text
    assert "Spirit" not in text


def _first_fresh(service: Service, question: str) -> str | None:
    """Answer on a freshly built index (no term cached under the other setting)."""
    fresh = Service(
        service.snapshot.__class__(
            I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
        )
    )
    return _first(fresh, question)


# --- "the part where someone said ...": a frame, no topic (tuning.Q19_SOMEONE_FRAME_KNOWN) ---


@pytest.mark.parametrize(
    "question",
    [
        "the part where somebody said china is wise, who was it",
        "the part where someone said beijing is smart, who said it",
        "that moment when someone said china respects every partner, who was it",
        "тот момент, когда кто-то сказал что китай уважает партнеров, кто это был",
        "tot moment kogda kto-to skazal chto kitay uvazhaet partnerov, kto eto byl",
    ],
)
def test_someone_after_a_frame_asks_who_said(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.kind == "quote", to_text(a)
    assert a.entries[0] == "safarov-treaty-way-forward"
    monkeypatch.setattr(tuning, "Q19_SOMEONE_FRAME_KNOWN", False)
    # Twin: "the part where someone said W" is asked as "who said W" too
    # (Q28Q_WORDS_WHERE_SOMEONE_SAYS); off, so that this rule is what is shown.
    monkeypatch.setattr(tuning, "Q28Q_WORDS_WHERE_SOMEONE_SAYS", False)
    # Twin: "beijing" read as China by the word check too lets the stages agree on Safarov's
    # words whatever "part" is (Q29P_STAND_IN_AGREES); off too.
    monkeypatch.setattr(tuning, "Q29P_STAND_IN_AGREES", False)
    # Off: "part" a topic word (refused), "moment" a name corrected ("that was not Moment").
    off = service.ask(question)
    assert not (off.answered and off.kind == "quote"), to_text(off)


@pytest.mark.parametrize(
    "question",
    [
        "the part where someone said bitcoin is smart, who was it",
        "the part where someone said the summit was in tokyo, who was it",
        "тот момент где кто-то сказал про биткоин, кто это был",
    ],
)
def test_someone_after_a_frame_keeps_an_unknown_topic_refused(
    service: Service, question: str
) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- "plays it smart" (tuning.Q19_PLAY_IT_IDIOMS, read when the index reads a question) -------


@pytest.mark.parametrize(
    "question",
    [
        "that bit where someone said beijing plays it smart, who was it",
        "who said china plays it smart",
        "who said beijing is playing it safe with its neighbours",
        "who said beijing plays nice with everyone",
    ],
)
def test_play_it_smart_is_a_manner(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    assert _first(service, question) == "safarov-treaty-way-forward", to_text(service.ask(question))
    monkeypatch.setattr(tuning, "Q19_PLAY_IT_IDIOMS", False)
    # Off: "play" a word of the base's questions, weighed against his words: refused.
    assert _first_fresh(service, question) != "safarov-treaty-way-forward"


@pytest.mark.parametrize(
    "question",
    [
        "who said china plays football",
        "who said china plays it smart with bitcoin",
        "who said china plays nice with bitcoin miners",
    ],
)
def test_play_keeps_an_unknown_topic_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


def test_play_a_role_keeps_its_answer(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    """The play-it idioms leave "play a role" alone (q19quote's Q19Q_PLAYS_A_PART, its twin,
    reads "play a part/role" on its own; switched off here)."""
    monkeypatch.setattr(tuning, "Q19Q_PLAYS_A_PART", False)
    assert _first(service, "does china play a role in central asia") == "fact-belt-and-road"


# --- "was the summit in bishkek?" asks where it was (tuning.Q19_SUMMIT_IN_PLACE) --------------


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("was the summit in bishkek?", "Bishkek"),
        ("the summit was in bishkek?", "Bishkek"),
        ("was the summit in tashkent", "Tashkent"),
        ("саммит был в бишкеке?", "Бишкеке"),
        ("был ли саммит в ташкенте?", "Ташкенте"),
        ("sammit byl v bishkeke?", "Бишкеке"),
    ],
)
def test_a_summit_in_a_wrong_place_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, place: str
) -> None:
    a = service.ask(question)
    text = to_text(a)
    assert a.answered and a.kind == "event" and place in text.splitlines()[0], text
    assert text.startswith(("No", "Нет")), text
    monkeypatch.setattr(tuning, "Q19_SUMMIT_IN_PLACE", False)
    assert not service.ask(question).answered  # off: refused


def test_a_summit_in_its_place_gets_its_card(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "was the summit in astana?"
    a = service.ask(question)
    assert a.answered and a.kind == "event", to_text(a)
    assert "Astana" in to_text(a) and not to_text(a).startswith("No")
    monkeypatch.setattr(tuning, "Q19_SUMMIT_IN_PLACE", False)
    assert service.ask(question).kind != "event"  # off: "was the summit a success"


@pytest.mark.parametrize(
    "question",
    [
        "was the summit in tokyo?",
        "was the treaty signed at the summit in bishkek?",
    ],
)
def test_a_summit_in_place_near_misses_stay_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and not a.speakers, to_text(a)


# --- the holder of a view checked in the subject's place (tuning.Q19_VIEW_HOLDER) ------------

OSMONALIYEV = "osmonaliyev-proactive-role"


@pytest.mark.parametrize(
    "question",
    [
        "kto skazal chto tsentralnaya aziya dlya kitaya prioritet",
        "кто сказал что центральная азия для китая приоритет",
        "кто сказал что для китая центральная азия приоритет",
        "who said central asia is a priority for china",
        "who said central asia comes first for china",
        "who said for china central asia is a priority",
    ],
)
def test_a_view_held_by_the_other_party_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    # Osmonaliyev's words say Central Asia puts China first, not the other way round.
    assert not (a.answered and OSMONALIYEV in a.entries), to_text(a)
    monkeypatch.setattr(tuning, "Q19_VIEW_HOLDER", False)
    assert _first(service, question) == OSMONALIYEV  # off: his words, as if he had said it


@pytest.mark.parametrize(
    "question",
    [
        "kto skazal chto kitay dlya tsentralnoy azii prioritet",
        "кто сказал что китай для центральной азии приоритет",
        "кто сказал что для центральной азии китай приоритет",
        "who said china is a priority for central asia",
        "who said china comes first for central asia",
    ],
)
def test_a_view_held_the_words_way_round_keeps_its_answer(service: Service, question: str) -> None:
    assert _first(service, question) == OSMONALIYEV, to_text(service.ask(question))


# --- "in russian please" as the first message (tuning.Q19_LANGUAGE_FIRST) --------------------


@pytest.mark.parametrize(
    ("message", "lang", "head"),
    [
        ("in russian please", "ru", "Отвечу по-русски"),
        ("по-английски пожалуйста", "en", "I'll answer in English"),
        ("na russkom pozhaluysta", "ru", "Отвечу по-русски"),
        ("можно по-русски?", "ru", "Отвечу по-русски"),
    ],
)
def test_a_language_asked_first_is_taken(
    service: Service, monkeypatch: pytest.MonkeyPatch, message: str, lang: str, head: str
) -> None:
    reply = service.converse(message, None, now=10.0)
    assert reply.answer.lang == lang and reply.answer.kind == "clarify", to_text(reply.answer)
    assert to_text(reply.answer).startswith(head)
    assert not reply.answer.entries and not reply.answer.speakers
    monkeypatch.setattr(tuning, "Q19_LANGUAGE_FIRST", False)
    off = service.converse(message, None, now=10.0)
    assert not to_text(off.answer).startswith(head)  # off: "what do you mean?" or refused


def test_a_language_asked_after_an_answer_gives_it_again(service: Service) -> None:
    first = service.converse("who is osmonaliev", None, now=10.0)
    again = service.converse("na russkom pozhaluysta", first.context, now=20.0)
    assert again.answer.lang == "ru" and again.answer.entries == first.answer.entries
    assert to_text(again.answer).startswith("Кайрат Осмоналиев")


@pytest.mark.parametrize(
    "message",
    ["did anyone say it in russian media", "in russian please: who said 133 projects"],
)
def test_a_question_with_a_language_is_no_bare_request(service: Service, message: str) -> None:
    reply = service.converse(message, None, now=10.0)
    assert not to_text(reply.answer).startswith(("Отвечу", "I'll answer"))


async def test_a_language_asked_first_through_telegram(
    tg_app: App, fake_api: FakeBotAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = len(fake_api.calls)
    await feed(tg_app, message_update("in russian please"))
    sent = [c for c in fake_api.calls[start:] if c.method == "sendMessage"]
    assert len(sent) == 1 and "Отвечу по-русски" in sent[0].params["text"]
    monkeypatch.setattr(tuning, "Q19_LANGUAGE_FIRST", False)
    start = len(fake_api.calls)
    await feed(tg_app, message_update("in russian please"))
    sent = [c for c in fake_api.calls[start:] if c.method == "sendMessage"]
    assert len(sent) == 1 and "Отвечу по-русски" not in sent[0].params["text"]


# --- "which newspaper reported this": the sources, never the treaty (tuning.Q19_OUTLET_ASKED) -


@pytest.mark.parametrize(
    "question",
    [
        "what is the paper that reported the summit",
        "which newspaper reported this",
        "which newspaper reported the astana summit",
        "where was this reported",
        "какая газета писала о саммите",
    ],
)
def test_the_outlet_asked_gets_the_sources(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.answered and a.kind == "sources", to_text(a)
    assert "bastille-observers-2025" in a.entries and "fact-treaty-name" not in a.entries
    monkeypatch.setattr(tuning, "Q19_OUTLET_ASKED", False)
    assert service.ask(question).kind != "sources"  # off: the treaty's name, or refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what papers did the leaders sign", "fact-astana-signed"),
        ("which newspaper reported 133 projects", "fact-projects-total"),
    ],
)
def test_the_outlet_near_misses_keep_their_answer(
    service: Service, question: str, entry: str
) -> None:
    assert _first(service, question) == entry, to_text(service.ask(question))


def test_the_outlet_of_an_unknown_topic_stays_refused(service: Service) -> None:
    a = service.ask("which newspaper reported the weather in paris")
    assert not a.answered and not a.speakers, to_text(a)


def test_the_outlet_asked_after_an_answer_gets_its_sources(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = service.converse("who said 133 projects", None, now=10.0)
    again = service.converse("which newspaper reported this", first.context, now=20.0)
    assert again.answer.kind == "sources", to_text(again.answer)
    assert again.answer.entries == first.answer.entries  # the last answer's sources
    monkeypatch.setattr(tuning, "Q19_OUTLET_ASKED", False)
    off = service.converse("which newspaper reported this", first.context, now=20.0)
    assert off.answer.kind != "sources"


def test_sources_asked_first_in_a_conversation(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply = service.converse("what are your sources", None, now=10.0)
    assert reply.answer.kind == "sources" and reply.answer.answered
    monkeypatch.setattr(tuning, "Q19_OUTLET_ASKED", False)
    assert service.converse("what are your sources", None, now=10.0).answer.kind == "clarify"


# --- «мудрость» is "wisdom" (knowledge/synonyms.yaml, the wise group) -------------------------


@pytest.mark.parametrize(
    "question", ["кто похвалил китай за мудрость", "kto pohvalil kitai za mudrost"]
)
def test_wisdom_in_russian(service: Service, question: str) -> None:
    assert _first(service, question) == "safarov-treaty-way-forward", to_text(service.ask(question))


def test_wisdom_put_to_another_is_corrected(service: Service) -> None:
    a = service.ask("Осмоналиев похвалил Китай за мудрость")
    assert a.kind == "correction" and a.speakers == ("saifullo-safarov",), to_text(a)


def test_wisdom_of_an_unknown_topic_stays_refused(service: Service) -> None:
    a = service.ask("кто похвалил китай за мудрость в биткоине")
    assert not a.answered and not a.speakers, to_text(a)


# --- "ts" is also т + с in translit (tuning.Q19_TRANSLIT_TS) -----------------------------------


def test_translit_ts_is_also_t_s(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    assert translit.to_cyrillic("stanovitsya") == "становится"
    assert translit.to_cyrillic("opredelyaetsya") == "определяется"
    assert translit.to_cyrillic("tsentralnoy") == "центральной"  # a known word first
    question = "si czinpin skazal chto ca stanovitsya proaktivnee?"
    a = service.ask(question)
    assert a.kind == "correction" and a.entries[0] == OSMONALIYEV, to_text(a)
    monkeypatch.setattr(tuning, "Q19_TRANSLIT_TS", False)
    translit._known_spelling.cache_clear()
    try:
        assert translit.to_cyrillic("stanovitsya") != "становится"
        assert service.ask(question).kind != "correction"  # off: "no quotes from Xi Jinping"
    finally:
        translit._known_spelling.cache_clear()


# --- promising to uphold is agreeing to (knowledge/synonyms.yaml, the agree group) -------------


@pytest.mark.parametrize(
    "question",
    [
        "what do the leaders promise to uphold after Xi's speech",
        "what did the leaders pledge to uphold",
    ],
)
def test_promise_to_uphold_is_agree(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-spirit" and not a.speakers, to_text(a)


def test_a_promise_of_an_unknown_thing_stays_refused(service: Service) -> None:
    a = service.ask("who promised a new railway from china to europe")
    assert not a.answered and not a.speakers, to_text(a)
