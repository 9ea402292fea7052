"""Issue 13, reading words, round 16 (q16lex).

Short forms typed as names ("OPEC", "opec") were repaired into the nearest word of the base and
the question read as one about that word. Each test fails when its rule (bot/tuning.py, section
"q16lex") is switched off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot import index as I
from bot import names, tuning
from bot import text as T
from bot.service import Service
from tests.asking import first as _first


def _ask_fresh(service: Service, question: str) -> str | None:
    """Answer on a freshly built index (no term cached under the other setting)."""
    fresh = Service(
        service.snapshot.__class__(
            I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
        )
    )
    return _first(fresh, question)


@pytest.fixture
def no_name_cache() -> Iterator[None]:
    names.is_proper_noun.cache_clear()
    yield
    names.is_proper_noun.cache_clear()


# --- Short forms of organisations are names (tuning.Q16_ACRONYMS_ARE_NAMES) --------------------


def test_lower_case_acronym_is_a_name_not_a_typo(service: Service) -> None:
    ix = service.snapshot.index
    for word in ("opec", "asean", "нато", "nato"):
        assert names.is_proper_noun(word)
        assert not ix.term(word).known, word
    # the China–Central Asia secretariat is no answer about OPEC's
    for q in (
        "when did the opec secretariat open",
        "where is the opec secretariat",
        "when did opec open",
    ):
        assert _first(service, q) is None, q
    # a real typo of a word of the base is still repaired
    assert ix.term("secretariet").known
    assert _first(service, "when did the secretariet open") == "fact-secretariat"


def test_acronyms_switched_off(
    service: Service, monkeypatch: pytest.MonkeyPatch, no_name_cache: None
) -> None:
    monkeypatch.setattr(tuning, "Q16_ACRONYMS_ARE_NAMES", False)
    ix = I.build(service.snapshot.index.kb)
    assert ix.term("opec").known  # read as "open"
    assert _ask_fresh(service, "when did the opec secretariat open") == "fact-secretariat"


# --- Words typed in capitals are short forms (tuning.Q16_CAPITALS_AS_NAMES) --------------------


def test_typed_in_capitals() -> None:
    assert T.typed_in_capitals("when did the OPEK secretariat open") == {"opek"}
    assert T.typed_in_capitals("WHEN DID THE OPEK SECRETARIAT OPEN") == frozenset()
    assert T.typed_in_capitals("I think Xi said A lot") == frozenset()


def test_capitals_are_not_repaired_into_a_common_word(service: Service) -> None:
    ix = service.snapshot.index
    assert ix.term("opek").known  # in lower case, a typo of "open" (the translit is a guess)
    assert not ix.term("opek", capitals=True).known
    assert _first(service, "when did the OPEK secretariat open") is None
    assert _first(service, "when did the opek secretariat open") == "fact-secretariat"
    # a word of the base typed in capitals is still that word
    assert _first(service, "when did the SECRETARIAT open") == "fact-secretariat"


def test_capitals_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tuning, "Q16_CAPITALS_AS_NAMES", False)
    assert _ask_fresh(service, "when did the OPEK secretariat open") == "fact-secretariat"


# --- Indefinite pronouns of people are no topic (tuning.Q16_ANYONE_NO_TOPIC, read at import) ---

_ANYONE = frozenset("anyone anybody everyone everybody".split())


def test_anyone_is_a_stop_word(service: Service) -> None:
    assert all(T.is_stop_word(w) for w in _ANYONE)
    osmonaliyev = "osmonaliyev-proactive-role"
    for q in (
        "did anyone say the summit proves central asia is acting more independently?",
        "has anybody said the summit shows central asia acting independently",
        "did anyone say china is a priority for central asia",
    ):
        a = service.ask(q)
        assert a.entries[:1] == (osmonaliyev,) and a.speakers == ("kairat-osmonaliyev",), q
    # the refusals that held only by the unknown word keep their own reasons
    for q in (
        "was anyone from uzbekistan or turkmenistan quoted?",  # Q15_NOBODY_QUOTED_FROM
        "was anybody from turkmenistan quoted",
        "has anyone from turkmenistan commented on the summit",
        "did anyone from russia speak",
        "list everyone quoted in the article",  # Q16_LIST_EVERYONE_NO_TOPIC
    ):
        a = service.ask(q)
        assert not a.answered and a.speakers == (), q


def test_anyone_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - _ANYONE)
    # q16quote's twin (merged beside this): "anyone" as no topic of a who-said question.
    monkeypatch.setattr(tuning, "Q16_SPEAKER_FRAME_WORDS", False)
    # q26trust's twin: "the summit proves" read as his "demonstrates" answers it too.
    monkeypatch.setattr(tuning, "Q26T_SUMMIT_SHOWS", False)
    q = "did anyone say the summit proves central asia is acting more independently?"
    assert _ask_fresh(service, q) is None


# --- "List everyone quoted" (tuning.Q16_LIST_EVERYONE_NO_TOPIC) --------------------------------


def test_list_everyone_quoted_is_no_list_of_countries(service: Service) -> None:
    assert T.list_everyone_request(T.words("list everyone quoted in the article")) == {"list"}
    assert T.list_everyone_request(T.words("list everybody at the astana summit")) == set()
    for q in ("list everyone quoted in the article", "list all quoted in the article"):
        assert _first(service, q) is None, q
    # the request without a word of saying is still the participants' question
    assert _first(service, "list all the countries at the astana summit") == "fact-participants"
    assert _first(service, "list everybody at the astana summit") == "fact-participants"


def test_list_everyone_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tuning, "Q16_LIST_EVERYONE_NO_TOPIC", False)
    assert _first(service, "list everyone quoted in the article") == "fact-participants"


# --- One canonical reading of a word (Index.word_canonical) ------------------------------------


def test_one_reading_of_a_word_everywhere() -> None:
    """Every reader of a word's canonical stem goes through Index.word_canonical, which reads
    the word's own synonym group first (tuning.Q15_OWN_GROUP_FIRST: «будущее» is "future", not
    the "next" of «будущий»); a call of ``canonical(T.stem(w))`` beside it would read the same
    word two ways in one question."""
    from pathlib import Path

    import bot

    root = Path(bot.__file__).parent
    found = [
        f"{p.name}:{n}"
        for p in sorted(root.glob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "canonical(T.stem(" in line and "def word_canonical" not in line
    ]
    # the definition of word_canonical itself is the one reader of the stem's group
    assert [f for f in found if not f.startswith("index.py")] == []
    assert len(found) == 1


# --- English words inside translit (tuning.Q16_TRANSLIT_KEEPS_ENGLISH) -------------------------


def test_english_words_inside_translit_stay_english(service: Service) -> None:
    from bot import translit

    ix = service.snapshot.index
    q = "summit v astane signed kakie dokumenty"
    assert translit.looks_translit(ix, q)
    assert translit.to_cyrillic(q, translit._base_words(ix, q)).split() == [
        "summit", "в", "астане", "signed", "какие", "документы"
    ]  # fmt: skip
    # a Latin word whose Cyrillic reading is Russian stays Russian
    assert not translit._english_inside(ix, "pro")
    for q in (
        "summit v astane signed kakie dokumenty",
        "kakie dokumenty signed na summite v astane",
        "kakie dogovory signed v astane",
    ):
        assert _first(service, q) == "fact-astana-signed", q
    assert _first(service, "kto hosted summit v astane") == "fact-astana-host-keynote"
    assert _first(service, "kogda sleduyushchiy summit") == "summit-2027-china"


def test_english_inside_translit_switched_off(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tuning, "Q16_TRANSLIT_KEEPS_ENGLISH", False)
    assert _first(service, "summit v astane signed kakie dokumenty") is None
    assert _first(service, "kto hosted summit v astane") is None


# --- A follower is not the next one (knowledge/vocabulary.yaml) --------------------------------


def test_followers_are_not_the_next(service: Service) -> None:
    ix = service.snapshot.index
    # "following" is still "next" ("the following summit"); "followers" shares its stem only
    assert ix.term("following").stem == ix.term("next").stem
    assert ix.term("followers").stem != ix.term("next").stem
    assert ix.term("follower").stem != ix.term("next").stem


# --- The user's own work is no topic (tuning.Q16_USER_WORK_NO_TOPIC) ---------------------------


def test_for_my_report_is_no_topic(service: Service) -> None:
    assert T.user_work_words(T.words("who said it, for my report")) == {"report"}
    assert T.user_work_words(T.words("what did the report say")) == set()
    assert T.user_work_words(T.words("мне для моего отчёта")) == {"моего", "отчета"}
    assert T.user_work_words(T.words("для развития региона")) == set()
    safarov = "safarov-treaty-way-forward"
    for q in (
        "kto skazal chto kitai vsegda vedet sebya mudro, mne dlya reporta",
        "кто сказал что китай всегда ведет себя мудро, мне для отчёта",
    ):
        a = service.ask(q)
        assert a.entries[:1] == (safarov,) and a.speakers == ("saifullo-safarov",), q
    assert _first(service, "skolko proektov, mne dlya otcheta") == "fact-projects-total"


def test_user_work_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tuning, "Q16_USER_WORK_NO_TOPIC", False)
    q = "kto skazal chto kitai vsegda vedet sebya mudro, mne dlya reporta"
    assert _first(service, q) is None


# --- Nobody from a place the base does not know (tuning.Q16_NOBODY_FROM_UNKNOWN_PLACE) ---------


def test_anyone_from_an_unknown_place_shows_nobody(service: Service) -> None:
    for q in (
        "did anyone from russia say china is wise",
        "did someone from russia say china is wise",
        "did anyone from india say china is wise",
        "did anyone from the us say china respects every partner",
        "did anyone from the united states say china is prudent",
        "кто-то из России сказал что Китай мудрый?",
    ):
        assert service.ask(q).speakers == (), q
    # a country of the base with one person quoted still gets that person
    a = service.ask("did anyone from tajikistan say china is wise")
    assert a.speakers == ("saifullo-safarov",)
    a = service.ask("did someone from astana talk about mining")
    assert a.speakers == ("yersaiyn-nagaspayev",)


def test_unknown_place_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tuning, "Q16_NOBODY_FROM_UNKNOWN_PLACE", False)
    assert service.ask("did anyone from russia say china is wise").speakers != ()


# --- "iz rossii" is «из России» (tuning.Q16_TRANSLIT_II_NAMES) ----------------------------------


def test_translit_ii_names(service: Service) -> None:
    from bot import translit

    assert translit.to_cyrillic("iz rossii v indii") == "из россии в индии"
    assert translit.to_cyrillic("poslednii sammit") == "последний саммит"
    assert service.ask("kto-to iz rossii skazal chto kitai mudryi").speakers == ()


def test_translit_ii_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import translit

    monkeypatch.setattr(tuning, "Q16_TRANSLIT_II_NAMES", False)
    assert translit.to_cyrillic("iz rossii") == "из россий"
    assert service.ask("kto-to iz rossii skazal chto kitai mudryi").speakers != ()


# --- "I need ..." is the user's frame (text.USER_FRAME_VERBS_EN, tuning.USER_OWN_ACTS) ----------

_NEED_Q = (
    "a journalist here: I need to verify - did a Tajik commentator say China 'respects each "
    "and every partner'?"
)


def test_i_need_is_no_topic(service: Service) -> None:
    a = service.ask(_NEED_Q)
    assert a.entries[:1] == ("safarov-treaty-way-forward",)
    assert a.speakers == ("saifullo-safarov",)
    q = "I need the figures: how many joint projects are there"
    assert _first(service, q) == "fact-projects-total"
    # a person the base never quotes is still refused
    assert service.ask("I need a quote from Putin about China").speakers == ()


def test_i_need_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "USER_FRAME_VERBS_EN", T.USER_FRAME_VERBS_EN - {"need", "needed"})
    assert service.ask(_NEED_Q).entries[:1] != ("safarov-treaty-way-forward",)


# --- Phrasal verbs of saying (text.IDIOMS, tuning.Q14_IDIOMS) ----------------------------------

_PHRASAL = ("bring", "brings", "brought", "bringing", "touch", "touched", "touches", "point",
            "pointed", "points")  # fmt: skip


def test_bring_up_is_mention(service: Service) -> None:
    assert T.words("did anybody bring up coal chemistry") == [
        "did", "anybody", "mentioned", "coal", "chemistry"
    ]  # fmt: skip
    a = service.ask("did anybody bring up coal chemistry at the astana summit?")
    assert a.entries[:1] == ("nagaspayev-industrial-cooperation",)
    a = service.ask("did anyone touch on the treaty")
    assert a.speakers == ("saifullo-safarov",)
    assert service.ask("who brought up nato").speakers == ()


def test_bring_up_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    idioms = {k: v for k, v in T.IDIOMS.items() if k[0] not in _PHRASAL}
    monkeypatch.setattr(T, "IDIOMS", idioms)
    assert _first(service, "did anybody bring up coal chemistry at the astana summit?") is None


# --- Exactness and need are no topic (tuning.Q16_NEED_EXACTLY_STOP, read at import) -----------

_NEED_EXACTLY = frozenset("конкретно actual нужна нужно нужен нужны".split())


def test_need_and_exactly_are_stop_words(service: Service) -> None:
    assert all(T.is_stop_word(w) for w in _NEED_EXACTLY)
    assert _first(service, "сколько конкретно проектов") == "fact-projects-total"
    assert _first(service, "мне нужна цифра: сколько совместных проектов") == "fact-projects-total"


def test_need_and_exactly_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - _NEED_EXACTLY)
    # q16quote's twin (merged beside this): «конкретно» after «сколько» is no topic.
    monkeypatch.setattr(tuning, "Q16_EMPHASIS_COUNT", False)
    assert _ask_fresh(service, "сколько конкретно проектов") is None


def test_actual_words_and_own(service: Service) -> None:
    q = (
        "the guy who said central asia is 'in the driver's seat' now - who's that and what "
        "were his actual words?"
    )
    assert service.ask(q).speakers == ("kairat-osmonaliyev",)
    # «свой» in every form, as «свою» was
    assert T.is_stop_word("своих") and T.is_stop_word("своим")
    a = service.ask("кто говорил о своих проектах в горнодобыче")
    assert a.speakers == ("yersaiyn-nagaspayev",)


def test_own_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - {"свой"})
    # q17sem's twin: the words said alone find his words too (tuning.Q17_SAID_READING).
    monkeypatch.setattr(tuning, "Q17_SAID_READING", False)
    assert _ask_fresh(service, "кто говорил о своих проектах в горнодобыче") is None


def test_actual_switched_off(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "STOP_WORDS", T.STOP_WORDS - {"actual"})
    # q16quote's twin (merged beside this): "actual words" as no topic of a who-said question.
    monkeypatch.setattr(tuning, "Q16_SPEAKER_FRAME_WORDS", False)
    # q17sem's twin: the words said alone find his words too (tuning.Q17_SAID_READING).
    monkeypatch.setattr(tuning, "Q17_SAID_READING", False)
    # q24mix's twin: "who's that and what were his actual words" as the first clause and a
    # follow-up about its person (tuning.Q24M_FOLLOW_UP_CLAUSE).
    monkeypatch.setattr(tuning, "Q24M_FOLLOW_UP_CLAUSE", False)
    q = (
        "the guy who said central asia is 'in the driver's seat' now - who's that and what "
        "were his actual words?"
    )
    assert (
        Service(
            service.snapshot.__class__(
                I.build(service.snapshot.index.kb), service.snapshot.composer, 0.0
            )
        )
        .ask(q)
        .speakers
        == ()
    )
