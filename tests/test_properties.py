"""Property tests of the whole answer path: any text in, a valid bounded reply out, quickly.

Hypothesis generates arbitrary Unicode (emoji, right-to-left overrides, zero-width characters,
surrogate-free planes, control characters) and the tests also try the worst inputs found by hand:
4,096 repeated characters, 4,096 distinct tokens, HTML and Markdown injection.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.render import TELEGRAM_LIMIT, to_html, to_text
from bot.service import Service
from tests.telegram_html import validate_telegram_html, visible_length

#: Per-question budget for the matcher on this base. Typical answers take well under 1 ms; the
#: budget is generous for slow CI machines but far below anything quadratic on 4,096 chars.
BUDGET_SECONDS = 0.25

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),  # Telegram text is valid UTF-16
    max_size=4096,
)
WORDY = st.lists(
    st.sampled_from(
        "who said what did safarov nagaspayev osmonaliev сафаров саммит china treaty 133 "
        "projects when where was the first second next summit <b> </b> & &amp; *bold* _it_ "
        "`code` \u202e \u200b 😀 кто сказал что".split()
    ),
    max_size=300,
).map(" ".join)


def _timed(service: Service, question: str, lang: str | None) -> tuple[float, Answer]:
    start = time.perf_counter()
    answer = service.ask(question, lang)
    return time.perf_counter() - start, answer


def check(service: Service, question: str, lang: str | None = None) -> None:
    elapsed, answer = _timed(service, question, lang)
    if elapsed >= BUDGET_SECONDS:
        # A pause of the machine (another process, the collector, a model's first call) is not
        # the answer path's cost; something quadratic is slow every time, so the best of three
        # tries is what must fit.
        elapsed = min(elapsed, *(_timed(service, question, lang)[0] for _ in range(2)))
    assert elapsed < BUDGET_SECONDS, f"{elapsed * 1000:.1f} ms for {question[:80]!r}"
    rendered = to_html(answer)
    assert validate_telegram_html(rendered) == [], rendered[:300]
    assert visible_length(rendered) <= TELEGRAM_LIMIT
    assert to_text(answer)
    if answer.speakers:
        # a quote is never shown without its source
        assert answer.sources, answer.kind


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gets_a_valid_bounded_reply(service: Service, question: str) -> None:
    check(service, question)


@settings(max_examples=300, deadline=None)
@given(WORDY, st.sampled_from([None, "en", "ru", "de"]))
def test_domain_word_soup_gets_a_valid_bounded_reply(
    service: Service, question: str, lang: str | None
) -> None:
    check(service, question, lang)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=256))
def test_inline_search_never_raises_and_stays_within_limits(service: Service, query: str) -> None:
    results = service.search(query, limit=10)
    assert len(results) <= 10
    for a in results:
        html = to_html(a)
        assert validate_telegram_html(html) == []


WORST = {
    "4096 same ascii": "a" * 4096,
    "4096 same cyrillic": "я" * 4096,
    "4096 spaces": " " * 4096,
    "4096 distinct tokens": " ".join(f"t{i}" for i in range(4096))[:4096],
    "2048 short words": "ab " * 1365,
    "emoji": "😀" * 2048,
    "rtl override": "\u202e" + "who said china " * 250,
    "zero width": "\u200b".join("who said china has always adhered") * 100,
    "html injection": "<b>&</b><script>alert(1)</script>" * 120,
    "markdown injection": "*_`[x](http://evil)`_*" * 180,
    "nested say": "what did " * 450 + "say",
    "many names": "safarov nagaspayev osmonaliyev " * 130,
    "combining marks": "a" + "\u0301" * 4095,
    "digits": "1234567890" * 409,
    "mixed scripts": "Сафаров said 133 projects 北京 مرحبا " * 100,
}


@pytest.mark.parametrize("question", list(WORST.values()), ids=list(WORST))
def test_worst_inputs(service: Service, question: str) -> None:
    check(service, question[:4096])
    check(service, question[:4096], "ru")


def test_user_text_reflected_in_a_refusal_is_escaped(service: Service) -> None:
    a = service.ask("<b>&</b> <a href='x'>weather in Paris</a>")
    assert not a.answered
    html = to_html(a)
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in html
    assert "<a href='x'>" not in html
    assert validate_telegram_html(html) == []
