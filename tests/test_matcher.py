"""User-visible behaviour of the answer engine, through :class:`bot.service.Service`.

Every test asks a question the way a user would type it (typos, reordered words, roles, Cyrillic)
and checks what the user would see: the answer's kind, its entries, the people whose words it
shows, and key phrases of its text. Misattribution is the one unforgivable error, so most checks
also assert who is (and who is not) shown as the speaker.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.evaluate import speakers_of
from bot.render import to_html, to_text
from bot.service import Service
from tests.telegram_html import validate_telegram_html, visible_text

#: A frozen copy of the real base whose leaders are known and never quoted and whose only quotes
#: are the seed article's (its README): the tests of what is said of people the base does not
#: quote, and of exactly whose words it holds, run there, so that a curator filing a leader's
#: (or anyone's) words does not break them.
LEADERS = Path(__file__).resolve().parent / "fixtures" / "kb" / "leaders"

NAGASPAYEV = "yersaiyn-nagaspayev"
SAFAROV = "saifullo-safarov"
OSMONALIYEV = "kairat-osmonaliyev"
NAMES = {
    NAGASPAYEV: "Yersaiyn Nagaspayev",
    SAFAROV: "Saifullo Safarov",
    OSMONALIYEV: "Kairat Osmonaliyev",
}
SPEAKER_OF = {
    "nagaspayev-industrial-cooperation": NAGASPAYEV,
    "safarov-treaty-way-forward": SAFAROV,
    "safarov-treaty-result": SAFAROV,
    "osmonaliyev-proactive-role": OSMONALIYEV,
}
#: A phrase of each quote that an answer showing it must contain.
KEY_PHRASE = {
    "nagaspayev-industrial-cooperation": "excellent platform for China and Central Asia",
    "safarov-treaty-way-forward": "points the way forward for future cooperation",
    "safarov-treaty-result": "diplomatic cohesion",
    "osmonaliyev-proactive-role": "taking a more proactive role in regional affairs",
}
MONTHS = (
    "January February March April May June July August September October November December "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
).split()
QUOTE_MARKS_OPEN = '“"«„'
QUOTE_MARKS_CLOSE = '”"»“'


@pytest.fixture(scope="module")
def leaders() -> Service:
    return Service.from_dir(LEADERS)


def xfail(*values: str, reason: str) -> pytest.ParameterSet:
    """A case the issue asks for that the engine does not handle yet (strict: fix, then drop)."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(strict=True, reason=reason), id=str(values[0])
    )


def check_consistent(service: Service, a: Answer) -> None:
    """Invariants of every answer: the speakers it reports are exactly the people whose words
    its entries carry, each is named in the text, and both renderings are sane."""
    kb = service.snapshot.index.kb
    carried = {s for e in a.entries for s in speakers_of(kb, e)}
    if a.kind != "person":
        assert set(a.speakers) == carried, (a.question, a.speakers, a.entries)
    for pid in a.speakers:
        person = kb.people[pid]
        name = person.name_ru if a.lang == "ru" and person.name_ru else person.name
        assert name in to_text(a), (a.question, name)
    if not a.answered:
        assert not a.speakers and not a.entries, a.question
        assert len(a.suggestions) <= 3, a.question
    rendered = to_html(a)
    assert validate_telegram_html(rendered) == [], rendered
    assert "<" not in to_text(a) or "<" in a.question


# --- who said … ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quote_id"),
    [
        # fragments
        ("who said the treaty points the way forward", "safarov-treaty-way-forward"),
        (
            "who said that coal chemistry projects were discussed",
            "nagaspayev-industrial-cooperation",
        ),
        ("who claimed cooperation with china is the top priority", "osmonaliyev-proactive-role"),
        ("who said the treaty resulted from diplomatic cohesion", "safarov-treaty-result"),
        # reordered words
        ("the way forward for future cooperation who said this", "safarov-treaty-way-forward"),
        (
            "central asian countries take a more proactive role who said it",
            "osmonaliyev-proactive-role",
        ),
        (
            "excellent platform for industrial integration who said",
            "nagaspayev-industrial-cooperation",
        ),
        # paraphrases
        ("who said china respects every partner", "safarov-treaty-way-forward"),
        (
            "who talked about good neighbourly relations and sincere cooperation",
            "safarov-treaty-way-forward",
        ),
        ("who described the summit as an excellent platform", "nagaspayev-industrial-cooperation"),
        (
            "who was it that said china respects each and every partner",
            "safarov-treaty-way-forward",
        ),
        # typos
        ("who sayd the treaty points the way forward", "safarov-treaty-way-forward"),
        (
            "who said china has allways engaged with other countires in a prudent and wise manner",
            "safarov-treaty-way-forward",
        ),
        (
            "who said china engaged with other countries in a prudnet and wise manner",
            "safarov-treaty-way-forward",
        ),
        (
            "who said central asian countires are taking a more proactiv role",
            "osmonaliyev-proactive-role",
        ),
        ("who said 133 projects worth 35 billion dollars", "nagaspayev-industrial-cooperation"),
    ],
)
def test_who_said(service: Service, question: str, quote_id: str) -> None:
    a = service.ask(question)
    assert (a.answered, a.kind) == (True, "quote"), (question, a.kind, a.entries)
    assert a.entries == (quote_id,)
    assert a.speakers == (SPEAKER_OF[quote_id],)
    assert NAMES[SPEAKER_OF[quote_id]] in to_text(a)
    assert KEY_PHRASE[quote_id] in to_text(a)
    assert "Bastille Post" in to_text(a)
    check_consistent(service, a)


@pytest.mark.parametrize(
    ("question", "quote_id"),
    [
        pytest.param(
            "which person said china respects each and every partner",
            "safarov-treaty-way-forward",
        ),
        pytest.param(
            "what person said china respects each and every partner",
            "safarov-treaty-way-forward",
        ),
        pytest.param(
            # refused by the lexical stage (0.43); answered by the semantic stage
            "who said the summit shows central asia is more proactive",
            "osmonaliyev-proactive-role",
        ),
        pytest.param(
            "who sad china has allways engaged with other countires in a prudent and wise maner",
            "safarov-treaty-way-forward",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'who sad' (typo of 'said', but a dictionary word) plus three more typos: "
                "refused with only a suggestion",
            ),
        ),
    ],
)
def test_who_said_harder(service: Service, question: str, quote_id: str) -> None:
    a = service.ask(question)
    assert (a.answered, a.kind, a.entries) == (True, "quote", (quote_id,))
    assert a.speakers == (SPEAKER_OF[quote_id],)
    assert "not" not in to_text(a).split("\n")[0].split()


# --- what did X say ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # name, full name, reordered
        ("what did nagaspayev say", NAGASPAYEV),
        ("what did yersaiyn nagaspayev say about mining", NAGASPAYEV),
        ("nagaspayev what did he say", NAGASPAYEV),
        ("what did safarov say", SAFAROV),
        ("what did saifullo say", SAFAROV),
        ("osmonaliev said what", OSMONALIYEV),
        ("what did kairat say", OSMONALIYEV),
        # aliases (spelling variants)
        ("what did nagaspaev say", NAGASPAYEV),
        ("what did sayfullo safarov say", SAFAROV),
        ("what did osmonaliev say about china", OSMONALIYEV),
        # misspellings
        ("what did nagaspayv say", NAGASPAYEV),
        ("what did osmonalyev say", OSMONALIYEV),
        ("what did sfarov say", SAFAROV),
        # Cyrillic names
        ("what did Нагаспаев say", NAGASPAYEV),
        ("what did Сафаров say", SAFAROV),
        ("what did Осмоналиев say", OSMONALIYEV),
        # roles
        ("what did the Kazakh minister say", NAGASPAYEV),
        ("what did the kazakhstan minister say", NAGASPAYEV),
        ("what did the kazakh industry minister say about mining", NAGASPAYEV),
        ("what did the Tajik political scientist say", SAFAROV),
        ("what did the tadjik political scientist say", SAFAROV),
        ("what did the tajik political scientist say about the treaty", SAFAROV),
        ("what did the former Kyrgyz ambassador say", OSMONALIYEV),
        ("what did the ex kyrgyz ambassador say", OSMONALIYEV),
        ("what did the former kyrgyz ambassador say about china", OSMONALIYEV),
    ],
)
def test_what_did_x_say(service: Service, question: str, person: str) -> None:
    a = service.ask(question)
    assert a.answered and a.kind in ("quote", "quotes"), (question, a.kind, a.entries)
    assert a.speakers == (person,)
    assert a.entries and all(SPEAKER_OF[e] == person for e in a.entries)
    assert NAMES[person] in to_text(a)
    assert any(KEY_PHRASE[e] in to_text(a) for e in a.entries)
    check_consistent(service, a)


def test_what_did_x_say_shows_all_of_safarovs_words(service: Service) -> None:
    a = service.ask("what did safarov say")
    assert a.kind == "quotes"
    assert set(a.entries) == {"safarov-treaty-way-forward", "safarov-treaty-result"}
    assert a.entries[0] == "safarov-treaty-way-forward"  # verbatim first


def test_what_did_x_say_in_russian(service: Service) -> None:
    a = service.ask("что сказал Нагаспаев")
    assert (a.kind, a.lang, a.speakers) == ("quote", "ru", (NAGASPAYEV,))
    assert "Ерсайын Нагаспаев" in to_text(a)
    assert KEY_PHRASE["nagaspayev-industrial-cooperation"] in to_text(a)  # the original English
    b = service.ask("что сказал таджикский политолог")
    assert b.speakers == (SAFAROV,)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        pytest.param("what did the kazakh ministr say", NAGASPAYEV),
        pytest.param("what did the fromer kyrgyz ambasador say", OSMONALIYEV),
    ],
)
def test_what_did_role_with_typo_say(service: Service, question: str, person: str) -> None:
    a = service.ask(question)
    assert a.answered and a.speakers == (person,)


# --- who is X ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "person", "role"),
    [
        ("who is safarov", SAFAROV, "Association of Political Scientists in Tajikistan"),
        ("who is Nagaspayev", NAGASPAYEV, "Minister of Industry and Construction"),
        ("who's kairat osmonaliev", OSMONALIYEV, "Ambassador to Azerbaijan"),
        ("who is safrov", SAFAROV, "Political"),
        ("safarov who is", SAFAROV, "Political"),
        ("whos nagaspaev", NAGASPAYEV, "Minister"),
        ("who is sayfullo safarov", SAFAROV, "chairman"),
        ("who is the kazakh minister", NAGASPAYEV, "Minister of Industry"),
        ("who is the tajik political scientist", SAFAROV, "chairman"),
        ("who is the former kyrgyz ambassador", OSMONALIYEV, "former"),
        ("who is Kairat Осмоналиев", OSMONALIYEV, "Azerbaijan"),
        ("who is osmonaliyev and what is his role", OSMONALIYEV, "former"),
    ],
)
def test_who_is(service: Service, question: str, person: str, role: str) -> None:
    a = service.ask(question)
    assert (a.answered, a.kind, a.entries) == (True, "person", (person,)), (question, a.kind)
    assert NAMES[person] in to_text(a)
    assert role in to_text(a)
    check_consistent(service, a)


def test_who_is_in_russian(service: Service) -> None:
    a = service.ask("кто такой Сафаров")
    assert (a.kind, a.entries, a.lang) == ("person", (SAFAROV,), "ru")
    assert "Сайфулло Сафаров" in to_text(a)
    assert "председатель Ассоциации политологов Таджикистана" in to_text(a)


def test_osmonaliyev_is_a_former_ambassador(service: Service) -> None:
    for q in ("who is osmonaliyev", "what did osmonaliyev say"):
        text = to_text(service.ask(q))
        assert "former Kyrgyzstan's Ambassador to Azerbaijan" in text
        assert "current" not in text.lower()


# --- summits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "when was the first summit",
        "where was the first summit",
        "first summit when",
        "the first summit where was it",
        "when was the frist summit",
        "where was the first china central asia sumit held",
        "xian summit date?",
        "when and where was the first summit",
    ],
)
def test_first_summit(service: Service, question: str) -> None:
    a = service.ask(question)
    assert (a.kind, a.entries) == ("event", ("summit-2023-xian",)), (question, a.entries)
    assert "Xi'an" in to_text(a) and "Shaanxi" in to_text(a)
    assert "18–19 May 2023" in to_text(a)
    assert a.speakers == ()
    check_consistent(service, a)


@pytest.mark.parametrize(
    "question",
    [
        "when was the second summit",
        "where was the 2nd summit",
        "astana summit when",
        "when did the second summit take place",
        "date of the astana summit",
        "when was the second sumit",
        "where did the 2nd summit happen",
        "what happened at the astana summit",
    ],
)
def test_second_summit(service: Service, question: str) -> None:
    a = service.ask(question)
    assert (a.kind, a.entries) == ("event", ("summit-2025-astana",)), (question, a.entries)
    assert "Astana" in to_text(a) and "Kazakhstan" in to_text(a)
    assert "17 June 2025" in to_text(a)
    check_consistent(service, a)


def _invented_2027_dates(text: str) -> list[str]:
    months = "|".join(MONTHS)
    patterns = [
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{months})\s+2027",
        rf"(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+2027",
        rf"(?:{months}),?\s+2027",
        r"2027-\d{1,2}",
        r"\b\d{1,2}[./]\d{1,2}[./]2027",
    ]
    return [m.group(0) for p in patterns for m in re.finditer(p, text, flags=re.IGNORECASE)]


@pytest.mark.parametrize(
    "question",
    [
        "when is the next summit",
        "where will the next summit be",
        "next summit date",
        "when will the next summit be held",
        "when is the nxt summit",
        "where is the next china central asia summit",
        "what date is the 2027 summit",
        "when's the third summit",
        "exact date of the next summit?",
        "summit next when",
    ],
)
def test_next_summit_says_no_exact_date_is_given(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered, question
    assert a.entries[0] in ("summit-2027-china", "fact-next-summit"), (question, a.entries)
    assert "2027" in to_text(a) and "China" in to_text(a)
    assert "no exact date" in to_text(a)
    assert _invented_2027_dates(to_text(a)) == [], to_text(a)
    # The bot's own words (everything but the source lines) name no month at all.
    own = " ".join(b.text + " " + " ".join(b.items) for b in a.blocks if b.kind != "source")
    assert not [m for m in MONTHS if re.search(rf"\b{m}\b", own, flags=re.IGNORECASE)], own
    check_consistent(service, a)


@pytest.mark.parametrize("question", ["когда следующий саммит", "где пройдёт следующий саммит"])
def test_next_summit_in_russian(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.lang == "ru"
    assert "2027" in to_text(a) and "Точную дату" in to_text(a)
    assert _invented_2027_dates(to_text(a)) == [], to_text(a)


# --- what was signed, who took part --------------------------------------------------------------

TREATY_SEED = "Treaty of Permanent Good-Neighborliness and Friendly Cooperation"
TREATY_FM = "Treaty on Eternal Good-Neighborliness, Friendship and Cooperation"


@pytest.mark.parametrize(
    "question",
    [
        "what was signed",
        "what was signed in astana",
        "what did the leaders sign",
        "signed in astana what",
        "which documents were signed",
        "what was signed at the 2nd summit",
        "wat was signed at the second summit",
        "what was signed at the secnd summit",
    ],
)
def test_what_was_signed(service: Service, question: str) -> None:
    a = service.ask(question)
    assert (a.kind, a.entries) == ("fact", ("fact-astana-signed",)), (question, a.entries)
    assert "Astana Declaration" in to_text(a)
    assert TREATY_SEED in to_text(a) and TREATY_FM in to_text(a)
    assert "17 June 2025" in to_text(a)
    assert a.speakers == ()
    check_consistent(service, a)


@pytest.mark.parametrize(
    "question",
    [
        TREATY_FM,
        TREATY_SEED,
        "the treaty on eternal good neighbourliness friendship and cooperation",
        "when was the Treaty on Eternal Good-Neighborliness, Friendship and Cooperation signed",
        "when did they sign the eternal good-neighborliness treaty",
        "eternal good-neighborliness treaty",
        "name of the treaty",
        # Was answered with Safarov's quote (it mentions the signing) until a quote counts
        # less for a question asking for no one's words (tuning.QUOTE_NUDGE).
        "was the treaty of permanent good neighborliness and friendly cooperation signed",
    ],
)
def test_both_treaty_names_find_the_treaty(service: Service, question: str) -> None:
    a = service.ask(question)
    # "When was it signed" may be answered by the Astana summit itself (date and outcomes).
    ok = ("fact-treaty-name", "fact-astana-signed", "summit-2025-astana")
    assert a.answered and a.entries[0] in ok, (question, a.entries)
    assert TREATY_SEED in to_text(a) and TREATY_FM in to_text(a)
    if "when" in question:
        assert "17 June 2025" in to_text(a)
    check_consistent(service, a)


def test_what_was_signed_with_two_typos(service: Service) -> None:
    assert service.ask("wat was signd at the second summit").entries == ("fact-astana-signed",)


@pytest.mark.parametrize(
    "question",
    [
        "which countries took part",
        "countries took part which",
        "what countries participated",
        "which nations were at the summit",
        "countries that attended the astana summit",
        "how many countries took part",
        "was uzbekistan part of the summit",
        "which contries atended the summit",
    ],
)
def test_which_countries(service: Service, question: str) -> None:
    a = service.ask(question)
    assert (a.kind, a.entries) == ("fact", ("fact-participants",)), (question, a.entries)
    for country in (
        "China",
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Turkmenistan",
        "Uzbekistan",
    ):
        assert country in to_text(a)
    assert "six" in to_text(a)
    check_consistent(service, a)


# --- the figures ---------------------------------------------------------------------------------

FIGURE_FACTS = {
    "total": ("fact-projects-total", ("133", "35 billion dollars")),
    "done": ("fact-projects-implemented", ("54", "nine billion dollars")),
    "sectors": ("fact-industry-sectors", ("mining and metallurgy", "coal chemistry")),
}


@pytest.mark.parametrize(
    ("question", "which"),
    [
        ("133 projects", "total"),
        ("$35bn", "total"),
        ("35 billion dollars", "total"),
        ("how many projects are being implemented", "total"),
        ("how much are the projects worth", "total"),
        ("worth of projects 35bn", "total"),
        ("how many projects are being implmented", "total"),
        ("how mny projects worth 35 bilion", "total"),
        ("54 projects", "done"),
        ("$9bn", "done"),
        ("nine billion dollars", "done"),
        ("projects 54 implemented", "done"),
        ("how many of the projects are already done", "done"),
        ("how many projects have been implemented already", "done"),
        ("mining and metallurgy", "sectors"),
        ("coal chemistry projects", "sectors"),
        ("which sectors have joint projects", "sectors"),
        ("was coal chemistry discussed", "sectors"),
        ("what about mining and metalurgy", "sectors"),
    ],
)
def test_figures(service: Service, question: str, which: str) -> None:
    fact_id, phrases = FIGURE_FACTS[which]
    a = service.ask(question)
    # The figures are Nagaspayev's: his quote is an acceptable answer too.
    assert a.answered and a.entries[0] in (fact_id, "nagaspayev-industrial-cooperation"), (
        question,
        a.entries,
    )
    for phrase in phrases:
        assert phrase in to_text(a), (question, phrase)
    assert a.speakers == (NAGASPAYEV,)
    assert "Nagaspayev" in to_text(a)
    check_consistent(service, a)


@pytest.mark.parametrize(
    "question",
    [
        # refused by the lexical stage (0.20); answered by the semantic stage
        pytest.param("how many projets are being implemented"),
        pytest.param("how many projects are bein implemented"),
    ],
)
def test_figures_with_a_typo_in_a_key_word(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] == "fact-projects-total"


@pytest.mark.parametrize(
    "question",
    [
        "belt and road",
        "what about the belt and road",
        "belt and road initiative central asia",
        "how do experts describe ties under the belt and road",
        "BRI",
        "belt & road initative and central asia",
    ],
)
def test_belt_and_road(service: Service, question: str) -> None:
    a = service.ask(question)
    assert a.answered and a.entries[0] in (
        "fact-belt-and-road",
        "nagaspayev-industrial-cooperation",
    ), (question, a.entries)
    assert "Belt and Road" in to_text(a)
    check_consistent(service, a)


# --- out of domain: must be refused --------------------------------------------------------------

OUT_OF_DOMAIN = [
    "who won the world cup in 2018",
    "how do I bake sourdough bread",
    "what is the boiling point of water",
    "translate hello into french",
    "what's the tallest mountain in kyrgyzstan",
    "when did the soviet union collapse",
    "how many moons does jupiter have",
    "recommend a good sci-fi novel",
    "what is the square root of 144",
    "who painted the mona lisa",
    "best hotels in astana",
    "how cold does astana get in winter",
    "flights from almaty to beijing",
    "what language do people speak in tajikistan",
    "is tesla stock a good buy",
    "how do i learn kazakh",
    "what is the currency of turkmenistan",
    "who founded the silk road",
    "what is machine learning",
    "how tall is the baiterek tower",
    "what happened at the 2022 olympics in beijing",
    "how to make lagman noodles",
    "what's the time difference between astana and beijing",
    "who is the richest man in the world",
    "what does nato stand for",
    "explain quantum computing simply",
    "what is the population of astana",
    "when is the next brics summit",
    "what is the distance from xian to astana",
    "recipe for beshbarmak",
    "how to reset my password",
    "who is the ceo of apple",
    "what are the rules of chess",
    "where can i buy a yurt",
    "what is the meaning of life",
    "сколько стоит билет до Астаны",
    "какая столица Туркменистана",
]


@pytest.mark.parametrize("question", OUT_OF_DOMAIN)
def test_out_of_domain_is_refused(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, (question, a.kind, a.entries)
    assert a.kind in ("none", "unknown_person", "vague"), a.kind
    assert a.entries == () and a.speakers == ()
    check_consistent(service, a)


def test_enough_out_of_domain_questions() -> None:
    assert len(OUT_OF_DOMAIN) >= 25


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("when is chinese new year"),
        pytest.param("where was the 2023 sco summit held"),
        xfail(
            "how many provinces does china have",
            reason="answered with the Xi'an summit event "
            "(score 0.82) because its text mentions a province",
        ),
    ],
)
def test_out_of_domain_is_refused_harder(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered, (a.kind, a.entries)
    assert a.speakers == ()


def test_refusal_says_so_and_offers_at_most_three_suggestions(service: Service) -> None:
    a = service.ask("who said china treats every partner prudently and wisely?? lol")
    assert not a.answered or a.speakers == (SAFAROV,)
    b = service.ask("recipe for beshbarmak")
    assert "I don't have" in to_text(b) and "knowledge base" in to_text(b)
    assert "recipe for beshbarmak" in to_text(b)  # the question is echoed back
    c = service.ask("who said china is prudent and wise")
    if not c.answered:  # a near miss: suggestions, and only the right speaker's words
        assert 1 <= len(c.suggestions) <= 3
        assert "safarov-treaty-way-forward" in [s.id for s in c.suggestions]
        assert "Did you mean" in c.text


@pytest.mark.parametrize("question", ["china", "summit"])
def test_a_single_common_word_is_not_answered_at_random(service: Service, question: str) -> None:
    a = service.ask(question)
    assert not a.answered and a.speakers == ()
    assert 1 <= len(a.suggestions) <= 3


# --- misattribution traps ------------------------------------------------------------------------


#: "Did X say <words of Y>?": (question, the real speaker, the person wrongly credited).
TRAPS = [
    (
        "did Safarov say that 133 projects worth 35 billion dollars are being implemented?",
        NAGASPAYEV,
        SAFAROV,
    ),
    ("did safarov say 133 projects", NAGASPAYEV, SAFAROV),
    ("safarov said 133 projects are being implemented, right?", NAGASPAYEV, SAFAROV),
    ("did safarov say 54 projects worth $9bn have been implemented", NAGASPAYEV, SAFAROV),
    ("what did safarov say about mining", NAGASPAYEV, SAFAROV),
    ("is it true that safarov called the summit an excellent platform", NAGASPAYEV, SAFAROV),
    (
        "is it true that osmonaliyev said there are many joint projects in mining and metallurgy",
        NAGASPAYEV,
        OSMONALIYEV,
    ),
    (
        "did Kairat Osmonaliyev say that there are many joint projects in mining and metallurgy?",
        NAGASPAYEV,
        OSMONALIYEV,
    ),
    ("did the former kyrgyz ambassador talk about coal chemistry", NAGASPAYEV, OSMONALIYEV),
    ("did the kyrgyz diplomat say 133 projects worth 35 billion", NAGASPAYEV, OSMONALIYEV),
    (
        "did the former kyrgyz ambassador say this is an excellent platform "
        "for china and central asia",
        NAGASPAYEV,
        OSMONALIYEV,
    ),
    (
        "did nagaspayev say the treaty points the way forward for future cooperation",
        SAFAROV,
        NAGASPAYEV,
    ),
    ("nagaspayev says the treaty points the way forward?", SAFAROV, NAGASPAYEV),
    (
        "did the kazakh minister say china has always engaged with other countries "
        "in a prudent and wise manner",
        SAFAROV,
        NAGASPAYEV,
    ),
    ("did osmonaliev say the heads of state jointly signed the treaty", SAFAROV, OSMONALIYEV),
    ("did osmonaliyev say the treaty was the result of diplomatic cohesion", SAFAROV, OSMONALIYEV),
    (
        "did the kazakh minister call the treaty a result of diplomatic cohesion",
        SAFAROV,
        NAGASPAYEV,
    ),
    (
        "who said the treaty was the result of diplomatic cohesion, was it nagaspayev?",
        SAFAROV,
        NAGASPAYEV,
    ),
    (
        "did safarov say central asian countries are taking a more proactive role "
        "in regional affairs",
        OSMONALIYEV,
        SAFAROV,
    ),
    (
        "nagaspayev said china has always adhered to a foreign policy "
        "of good-neighborliness, right?",
        OSMONALIYEV,
        NAGASPAYEV,
    ),
    (
        "is it true that nagaspayev said cooperation with china is a top priority",
        OSMONALIYEV,
        NAGASPAYEV,
    ),
    (
        "did the tajik political scientist say 54 projects worth nine billion dollars "
        "have been implemented",
        NAGASPAYEV,
        SAFAROV,
    ),
    (
        "so safarov said kazakhstan and china work closely in industrial cooperation",
        NAGASPAYEV,
        SAFAROV,
    ),
    ("was it osmonaliyev who said coal chemistry projects were discussed", NAGASPAYEV, OSMONALIYEV),
]


@pytest.mark.parametrize(("question", "right", "wrong"), TRAPS)
def test_misattribution_is_corrected(
    service: Service, question: str, right: str, wrong: str
) -> None:
    a = service.ask(question)
    assert a.kind == "correction", (question, a.kind, a.entries)
    assert a.speakers == (right,), (question, a.speakers)
    assert wrong not in a.speakers
    first_line = to_text(a).split("\n")[0]
    if question.startswith("what did"):  # asked, not claimed: no "No"
        assert first_line.startswith(f"{NAMES[wrong]} says nothing about this"), first_line
    else:
        assert first_line.startswith("No"), first_line
        assert f"not {NAMES[wrong]}" in first_line, first_line
    assert NAMES[right] in first_line, first_line
    assert all(SPEAKER_OF.get(e, right) == right for e in a.entries)
    check_consistent(service, a)


def test_enough_misattribution_traps() -> None:
    assert len(TRAPS) >= 15


def test_misattribution_with_an_unusual_verb_is_not_confirmed(service: Service) -> None:
    # "praise" is in nobody's words, so the bot cannot correct it outright; it must not show
    # Safarov's quote as if it confirmed the claim, and must point to Nagaspayev's words.
    a = service.ask("did safarov praise industrial cooperation in mining")
    assert a.kind == "unconfirmed" and not a.answered
    assert a.speakers == ()
    assert "I can't confirm that Saifullo Safarov said that" in to_text(a)
    assert a.suggestions[0].id == "nagaspayev-industrial-cooperation"


@pytest.mark.parametrize(
    "question",
    [
        "what did Tokayev say about the summit",
        "Putin quote on Central Asia",
        "what did the Uzbek president say",
        "what did xi say about the treaty",
        "what did Mirziyoyev say at the astana summit",
        "what did the chinese foreign minister say about the summit",
        "what did the kazakh president say",
        "what did erdogan think about the summit",
        "what did the tajik president say",
        "what did the kyrgyz president say about china",
        "comments by the turkmen leader on the summit",
        "what did the japanese ambassador say",
        "what did Emomali Rahmon say",
        "what did Kassym-Jomart Tokayev say about the treaty",
        "what did Lavrov say about the treaty",
        "what did Shavkat Mirziyoyev say about Belt and Road",
        "what did the Chinese ambassador say about the summit",
        # A topic only one quoted person's words have ("the 133 projects", "mining") is
        # answered with those words under their speaker: tests/test_q6quote.py.
        "what did the uzbek leader say about the treaty",
        "what did mr. smith say about the summit",
        "quote by putin on central asia",
        "Tokayev's words on the treaty",
        "putin's quote about the summit",
        "Xi Jinping remarks about Astana",
        "что сказал Путин о саммите",
        "что сказал Токаев о саммите",
    ],
)
def test_people_not_in_the_base_are_never_given_someone_elses_quote(
    leaders: Service, question: str
) -> None:
    a = leaders.ask(question)
    assert a.speakers == (), (question, a.kind, a.entries)
    assert not a.answered
    assert not any(e in SPEAKER_OF for e in a.entries)
    kb = leaders.snapshot.index.kb
    for name in (p.name for p in kb.people.values()):
        # Listing who *can* be quoted is fine; quoting them is not.
        assert f"{name}, " not in to_text(a) or a.kind == "unknown_person", to_text(a)
    for phrase in KEY_PHRASE.values():
        assert phrase not in to_text(a)
    check_consistent(leaders, a)


def test_unknown_person_answer_names_the_person_and_lists_who_can_be_quoted(
    leaders: Service,
) -> None:
    a = leaders.ask("what did Tokayev say about the summit")
    assert a.kind == "unknown_person"
    assert "Tokayev" in to_text(a)
    assert "won't put someone else's words in their mouth" in to_text(a)
    for name in NAMES.values():
        assert name in to_text(a)
    assert {s.id for s in a.suggestions} <= set(NAMES)


@pytest.mark.parametrize(
    "question",
    [
        "Putin quote on Central Asia",
        "Tokayev's words on the treaty",
    ],
)
def test_unknown_person_before_quote_word_is_named(leaders: Service, question: str) -> None:
    a = leaders.ask(question)
    assert a.kind == "unknown_person", (a.kind, [s.id for s in a.suggestions])
    assert not any(s.id in SPEAKER_OF for s in a.suggestions)


@pytest.mark.parametrize(
    ("question", "right", "outsider"),
    [
        (
            "did tokayev say 133 projects worth 35 billion dollars are being implemented",
            NAGASPAYEV,
            "tokayev",
        ),
        (
            "did putin say the treaty points the way forward for future cooperation",
            SAFAROV,
            "putin",
        ),
        (
            "did Tokayev say china has always adhered to a foreign policy of good-neighborliness",
            OSMONALIYEV,
            "Tokayev",
        ),
        (
            "did the uzbek president say cooperation with china is a top priority",
            OSMONALIYEV,
            "uzbek president",
        ),
    ],
)
def test_words_credited_to_an_outsider_are_corrected_to_the_real_speaker(
    leaders: Service, question: str, right: str, outsider: str
) -> None:
    a = leaders.ask(question)
    # Either refuse, or correct: the words are shown only under their real speaker.
    assert a.speakers in ((), (right,)), a.speakers
    if a.answered:
        assert a.kind == "correction"
        first_line = to_text(a).split("\n")[0]
        # The one credited is named as asked, or by full name when the base knows them (a
        # leader it knows without quotes: "not Kassym-Jomart Tokayev").
        assert first_line.startswith("No: that was not "), first_line
        assert outsider.lower() in first_line.lower(), first_line
        assert NAMES[right] in first_line


# --- reported speech is never shown as a quotation -----------------------------------------------


def _paraphrase_text(service: Service) -> str:
    rec = service.snapshot.index.kb.quotes["safarov-treaty-result"]
    assert rec.kind == "paraphrase"
    return rec.text


def _assert_not_quoted(rendered: str, para: str) -> None:
    assert para in rendered, rendered
    for m in re.finditer(re.escape(para), rendered):
        before = rendered[: m.start()].split("\n\n")[-1]
        after = rendered[m.end() :]
        open_marks = sum(before.count(c) for c in "“«„")
        close_marks = sum(before.count(c) for c in "”»")
        assert open_marks <= close_marks and before.count('"') % 2 == 0, before
        assert not after[:1] or after[0] not in QUOTE_MARKS_CLOSE, after[:10]
        assert not before[-1:] or before[-1] not in QUOTE_MARKS_OPEN, before[-10:]


@pytest.mark.parametrize(
    "question",
    [
        "who said the treaty resulted from diplomatic cohesion",
        "why was the treaty signed according to safarov",
        "what did safarov say",
        "what did the tajik political scientist say",
        "did osmonaliyev say the treaty was the result of diplomatic cohesion",
        "почему был подписан договор, по мнению Сафарова",
        "что сказал Сафаров",
    ],
)
def test_paraphrase_is_never_rendered_in_quotation_marks(service: Service, question: str) -> None:
    a = service.ask(question)
    para = _paraphrase_text(service)
    assert "safarov-treaty-result" in a.entries, (question, a.entries)
    assert a.speakers == (SAFAROV,)
    _assert_not_quoted(to_text(a), para)
    rendered = to_html(a)
    assert validate_telegram_html(rendered) == []
    for m in re.finditer(r"<blockquote[^>]*>(.*?)</blockquote>", rendered, flags=re.S):
        assert para not in html.unescape(m.group(1)), "paraphrase inside <blockquote>"
    _assert_not_quoted(visible_text(rendered), para)
    # It is labelled as reported speech.
    assert (
        ("Reported speech" in to_text(a))
        or ("Пересказ" in to_text(a))
        or ("пересказ" in to_text(a))
    )


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_paraphrase_entry_is_not_quoted_either(service: Service, lang: str) -> None:
    a = service.entry("safarov-treaty-result", lang)
    assert a is not None and a.speakers == (SAFAROV,)
    para = _paraphrase_text(service)
    _assert_not_quoted(to_text(a), para)
    _assert_not_quoted(visible_text(to_html(a)), para)
    assert "<blockquote>" not in to_html(a)


def test_verbatim_quotes_are_in_blockquote(service: Service) -> None:
    a = service.ask("who said the treaty points the way forward")
    rendered = to_html(a)
    m = re.search(r"<blockquote>(.*?)</blockquote>", rendered, flags=re.S)
    assert m and "points the way forward" in m.group(1)
    assert "<b>Saifullo Safarov</b>" in rendered


# --- greetings, empty input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "hi",
        "hello!",
        "привет",
        "Hi there",
        "hey bot",
        "hello, bot!",
        "thanks!",
        "здравствуйте",
        "",
        "   ",
        "\n\t",
        "🙂🙂",
        "🎉",
        "👍 👍",
        "?!...",
        "...",
        "!!!",
        "¿¡",
        "\u200b\u200b",
    ],
)
def test_greetings_and_empty_input_get_help(service: Service, question: str) -> None:
    a = service.ask(question)
    assert (a.answered, a.kind) == (False, "help"), (question, a.kind)
    assert a.speakers == () and a.entries == ()
    assert to_text(a).strip()
    check_consistent(service, a)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("good morning"),
        pytest.param("good evening"),
    ],
)
def test_more_greetings_get_help(service: Service, question: str) -> None:
    assert service.ask(question).kind == "help"


def test_help_text_is_in_the_users_language(service: Service) -> None:
    assert "I answer questions" in to_text(service.ask("hello"))
    assert "Я отвечаю" in to_text(service.ask("привет"))


# --- robustness ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "a" * 100_000,
        "who said " * 5000,
        "<script>alert(1)</script> who said the treaty points the way forward",
        "what did \u202enagaspayev\u202c say",
        "\x00\x01\x02 hello",
        "🇰🇿" * 500,
    ],
    ids=["long-word", "many-words", "html", "bidi", "control", "flags"],
)
def test_hostile_input_is_handled(service: Service, question: str) -> None:
    a = service.ask(question)
    check_consistent(service, a)
    assert len(to_text(a)) < 20_000


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=120))
def test_any_text_gets_a_consistent_answer(service: Service, question: str) -> None:
    check_consistent(service, service.ask(question))


# ------------------------------------------------------------------------------------------------
# Questions once answered confidently and wrongly
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("what are your sources", "en"),
        ("What sources do you use?", "en"),
        ("list your sources", "en"),
        ("какие у тебя источники", "ru"),
    ],
)
def test_what_are_your_sources_answers_the_sources(
    service: Service, question: str, lang: str
) -> None:
    """Once answered with the 2027 summit; now the same list as /sources."""
    a = service.ask(question)
    expected = service.sources(lang)
    assert (a.kind, a.answered, a.lang) == ("sources", True, lang)
    assert to_text(a) == to_text(expected)
    assert a.speakers == ()


def test_a_question_about_one_source_is_not_the_list(service: Service) -> None:
    a = service.ask("what is the source of safarov's quote")
    assert a.kind != "sources" and set(a.speakers) <= {SAFAROV}


@pytest.mark.parametrize(
    "question", ["what is the BRI", "what's the BRI?", "what is the belt and road initiative"]
)
def test_what_is_the_bri_answers_the_belt_and_road_fact(service: Service, question: str) -> None:
    """Once answered with Nagaspayev's whole quote, which merely names the initiative."""
    a = service.ask(question)
    assert (a.kind, a.entries) == ("fact", ("fact-belt-and-road",)), (a.kind, a.entries)
    assert "Belt and Road Initiative" in to_text(a)


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("who is the president of Russia", "president of Russia"),
        ("Who is the President of France?", "President of France"),
    ],
)
def test_who_is_an_office_nobody_in_the_base_holds_says_so(
    service: Service, question: str, office: str
) -> None:
    """Once "I have no quotes from 'president'": now it says it does not know who holds that
    office, names the office as asked, and lists the people it knows. Nobody's words shown."""
    a = service.ask(question)
    assert (a.kind, a.answered, a.entries, a.speakers) == ("unknown_person", False, (), ())
    text = to_text(a)
    assert text.startswith(f"I don't know who “{office}” is"), text
    assert "no quotes from" not in text
    for name in NAMES.values():
        assert name in text


def test_who_is_an_office_in_russian(service: Service) -> None:
    a = service.ask("кто такой президент россии")
    assert (a.kind, a.lang, a.speakers) == ("unknown_person", "ru", ())
    assert to_text(a).startswith("Не знаю, кто такой «президент россии»")


# ------------------------------------------------------------------------------------------------
# Entry points with the intent fixed (/who, /quote, /when): the argument is not a sentence
# ------------------------------------------------------------------------------------------------


def test_who_said_reads_its_argument_as_a_quotes_words(service: Service) -> None:
    a = service.who_said("china respects every partner")
    assert (a.kind, a.entries, a.speakers) == ("quote", ("safarov-treaty-way-forward",), (SAFAROV,))
    ru = service.who_said("договор указывает путь для будущего сотрудничества", "ru")
    assert ru.lang == "ru" and set(ru.speakers) <= {SAFAROV}


def test_who_said_words_nobody_said_is_refused(service: Service) -> None:
    a = service.who_said("the weather in astana was lovely")
    assert not a.answered and a.speakers == ()


def test_quotes_of_a_person(leaders: Service) -> None:
    a = leaders.quotes_of("Safarov")
    assert a.answered and set(a.speakers) == {SAFAROV}
    assert set(a.entries) == {"safarov-treaty-way-forward", "safarov-treaty-result"}
    assert leaders.quotes_of("the kazakh minister").speakers == (NAGASPAYEV,)
    assert leaders.quotes_of("Сафаров", "ru").lang == "ru"


@pytest.mark.parametrize("name", ["Xi Jinping", "токаев", "the president of Uzbekistan"])
def test_quotes_of_someone_not_in_the_base_shows_nobodys_words(leaders: Service, name: str) -> None:
    a = leaders.quotes_of(name)
    assert (a.kind, a.entries, a.speakers) == ("unknown_person", (), ())


@pytest.mark.parametrize(
    ("summit", "event"),
    [
        ("astana", "summit-2025-astana"),
        ("xian", "summit-2023-xian"),
        ("first", "summit-2023-xian"),
        ("2027", "summit-2027-china"),
        ("астана", "summit-2025-astana"),
    ],
)
def test_when_answers_with_a_summit(service: Service, summit: str, event: str) -> None:
    a = service.when(summit)
    assert (a.kind, a.entries) == ("event", (event,))


def test_when_never_answers_with_a_quote(service: Service) -> None:
    """ "/when safarov" was read as "when was the safarov summit" and shown a quote."""
    a = service.when("safarov")
    assert a.kind not in ("quote", "quotes") and a.speakers == ()
