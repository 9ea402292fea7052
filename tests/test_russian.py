"""Russian: questions with case endings and either script, answers in Russian, quotes verbatim."""

from __future__ import annotations

import pytest

from bot.render import to_html, to_text
from bot.service import Service
from tests.telegram_html import validate_telegram_html

NAGASPAYEV_QUOTE_START = "Kazakhstan and China work closely in the field of industrial cooperation"


@pytest.fixture(scope="module")
def svc(service: Service) -> Service:
    """The shared real base (tests/conftest.py) under this module's short name."""
    return service


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("что сказал Сафаров", "safarov-treaty-way-forward"),
        ("что говорил Сафарову про договор", "safarov-treaty-way-forward"),
        ("цитата Сафарова о договоре", "safarov-treaty-way-forward"),
        ("что сказал Safarov о договоре", "safarov-treaty-way-forward"),
        ("что сказал Нагаспаев", "nagaspayev-industrial-cooperation"),
        ("что сказал Nagaspaev о горнодобыче", "nagaspayev-industrial-cooperation"),
        ("высказывание Осмоналиева", "osmonaliyev-proactive-role"),
        ("что сказал бывший посол Кыргызстана", "osmonaliyev-proactive-role"),
        ("кто такой Нагаспаев", "yersaiyn-nagaspayev"),
        ("кто такой Nagaspayev", "yersaiyn-nagaspayev"),
        ("кто такой Сафаров", "saifullo-safarov"),
        ("когда прошёл первый саммит", "summit-2023-xian"),
        ("где был второй самит", "summit-2025-astana"),
        ("в каком городе прошел саммит в 2025 году", "summit-2025-astana"),
        ("что подписали в Астане", "fact-astana-signed"),
        ("сколько проектов реализуется", "fact-projects-total"),
        ("какие страны участвовали в саммите", "fact-participants"),
    ],
)
def test_russian_questions_find_the_entry(svc: Service, question: str, entry: str) -> None:
    a = svc.ask(question)
    assert a.answered, to_text(a)
    assert a.entries[0] == entry
    assert a.lang == "ru"


def test_next_summit_in_russian_says_no_date_is_known(svc: Service) -> None:
    a = svc.ask("когда следующий саммит")
    assert a.answered and a.lang == "ru"
    text = to_text(a)
    assert "2027" in text
    assert "Точную дату и город мои источники" in text


def test_russian_answer_names_and_roles_are_russian_and_quote_stays_english(svc: Service) -> None:
    a = svc.ask("что сказал Нагаспаев")
    html = to_html(a)
    assert validate_telegram_html(html) == []
    assert "<b>Ерсайын Нагаспаев</b>, министр промышленности и строительства Казахстана" in html
    assert "<i>Цитата в оригинале (на английском):</i>" in html
    assert f"<blockquote>{NAGASPAYEV_QUOTE_START}" in html
    assert "Источник: <a href=" in html and "18 июня 2025" in html


def test_russian_paraphrase_is_labelled_and_never_quoted(svc: Service) -> None:
    a = svc.entry("safarov-treaty-result", "ru")
    assert a is not None
    html = to_html(a)
    assert "<blockquote>" not in html
    assert "пересказ статьи, не прямая цитата" in html
    assert "«" not in to_text(a).split("Источник")[0]
    assert validate_telegram_html(html) == []


def test_russian_correction(svc: Service) -> None:
    a = svc.ask("правда ли, что Сафаров сказал про 133 проекта")
    assert a.kind == "correction"
    assert a.speakers == ("yersaiyn-nagaspayev",)
    assert to_text(a).startswith("Нет, это сказал не Сайфулло Сафаров.")


def test_russian_fact_uses_the_curated_russian_answer(svc: Service) -> None:
    a = svc.ask("сколько проектов реализуется")
    assert "133 проекта на сумму 35 миллиардов долларов" in to_text(a)


def test_language_hint_decides_only_when_the_question_does_not(svc: Service) -> None:
    assert svc.ask("133", "ru").lang == "ru"
    assert svc.ask("who is safarov", "ru").lang == "en"
    assert svc.ask("кто такой Сафаров", "en").lang == "ru"


@pytest.mark.parametrize(
    "question",
    [
        "какая погода в Бишкеке",
        "рецепт плова",
        "кто выиграл чемпионат мира по футболу",
        "что сказал Путин о саммите",
        "цитата Токаева о договоре",
        "кто президент России",
        "курс доллара к тенге",
        "когда запустили инициативу пояс и путь",
    ],
)
def test_russian_out_of_domain_is_refused(svc: Service, question: str) -> None:
    a = svc.ask(question)
    assert not a.answered, to_text(a)
    assert a.speakers == ()
    assert a.lang == "ru"
