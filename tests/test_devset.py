"""The labelled development set: accuracy, abstention and (zero) misattributions.

``tests/data/questions.yaml`` holds questions as users type them, each with the expected entry
id (or ``none``: must refuse) and the speaker whose words may be shown. The bar, overall and for
the Russian subset on its own: accuracy >= 95 %, abstention >= 95 %, misattributions == 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import Item, Prediction, Report, evaluate, load_items
from bot.service import Service

QUESTIONS = Path(__file__).resolve().parent / "data" / "questions.yaml"
MIN_ACCURACY = 0.95
MIN_ABSTENTION = 0.95


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(QUESTIONS)


def _evaluate(service: Service, items: list[Item]) -> Report:
    kb = service.snapshot.index.kb

    def predict(question: str) -> Prediction:
        a = service.ask(question)
        return Prediction(a.entries[0] if a.answered and a.entries else None, a.speakers)

    return evaluate(kb, items, predict)


def _assert_bar(report: Report, label: str) -> None:
    failures = "\n".join(f"  {f}" for f in report.failures) or "  (none)"
    message = f"{label}: {report.summary()}\nfailures:\n{failures}"
    assert report.misattributions == 0, message
    assert report.accuracy >= MIN_ACCURACY, message
    assert report.abstention >= MIN_ABSTENTION, message


def test_the_set_is_big_enough(items: list[Item]) -> None:
    en = [i for i in items if i.lang == "en"]
    ru = [i for i in items if i.lang == "ru"]
    refusals = [i for i in items if not i.expect]
    assert len(en) >= 150, len(en)
    assert len(ru) >= 60, len(ru)
    assert len(refusals) >= 25, len(refusals)
    assert {i.lang for i in items} <= {"en", "ru"}
    # Both subsets have questions to answer and questions to refuse.
    assert any(not i.expect for i in ru) and any(i.expect for i in ru)


def test_every_label_names_a_real_entry(service: Service, items: list[Item]) -> None:
    kb = service.snapshot.index.kb
    unknown = [(i.q, e) for i in items for e in i.expect if kb.record(e) is None]
    assert unknown == [], unknown
    bad_speakers = [(i.q, i.speaker) for i in items if i.speaker not in (None, "none", *kb.people)]
    assert bad_speakers == [], bad_speakers


def test_no_question_is_listed_twice(items: list[Item]) -> None:
    seen: dict[str, int] = {}
    for i in items:
        key = " ".join(i.q.casefold().split())
        seen[key] = seen.get(key, 0) + 1
    assert [q for q, n in seen.items() if n > 1] == []


def test_dev_set_overall(service: Service, items: list[Item]) -> None:
    report = _evaluate(service, items)
    print(report.summary())
    _assert_bar(report, "overall")


def test_dev_set_russian(service: Service, items: list[Item]) -> None:
    ru = [i for i in items if i.lang == "ru"]
    report = _evaluate(service, ru)
    print(report.summary())
    _assert_bar(report, "Russian subset")


def test_dev_set_english(service: Service, items: list[Item]) -> None:
    en = [i for i in items if i.lang == "en"]
    _assert_bar(_evaluate(service, en), "English subset")


def test_a_misattribution_fails_the_evaluation(service: Service, items: list[Item]) -> None:
    """The metric itself: showing a quote under the wrong speaker is counted, and fails."""
    kb = service.snapshot.index.kb
    item = next(i for i in items if i.expect == ("nagaspayev-industrial-cooperation",))
    wrong = evaluate(
        kb, [item], lambda q: Prediction("nagaspayev-industrial-cooperation", ("saifullo-safarov",))
    )
    assert wrong.misattributions == 1
    refusal = next(i for i in items if i.speaker == "none")
    shown = evaluate(
        kb, [refusal], lambda q: Prediction("safarov-treaty-way-forward", ("saifullo-safarov",))
    )
    assert shown.misattributions == 1 and shown.abstained == 0
