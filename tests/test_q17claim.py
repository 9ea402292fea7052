"""Round 17, who said what: claims and corrections (tuning "# q17claim").

Each rule is switched off once to show its test notices it. The questions are written for these
tests, not taken from a development or blind set.
"""

from __future__ import annotations

import pytest

from bot import tuning
from bot.service import Service

NAGASPAYEV = "yersaiyn-nagaspayev"
SAFAROV = "saifullo-safarov"
OSMONALIYEV = "kairat-osmonaliyev"


def _shows(service: Service, question: str) -> set[str]:
    """Whose words (or card) the answer shows as the answer: its speakers and entries."""
    a = service.ask(question)
    return set(a.speakers) | set(a.entries) if a.answered else set()


#: A claim that says the words of another party (Q17_CLAIM_SUBJECT_ORDER): Osmonaliyev said
#: Central Asia places cooperation with China first; Safarov that China respects every partner.
REVERSED = [
    ("who said china sees central asia as a top priority", OSMONALIYEV),
    ("who said china places cooperation with central asia first", OSMONALIYEV),
    ("who said central asia respects all its partners", SAFAROV),
    ("кто сказал что центральная азия уважает каждого партнера", SAFAROV),
    ("кто сказал, что страны центральной азии уважают всех партнёров", SAFAROV),
    ("kto skazal chto tsentralnaya aziya uvazhaet vseh partnerov", SAFAROV),
]


@pytest.mark.parametrize(("question", "speaker"), REVERSED)
def test_a_claim_said_of_the_other_party_shows_nobody(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    a = service.ask(question)
    assert speaker not in _shows(service, question)
    # The words are still offered to read, as a suggestion, not as the answer.
    kb = service.snapshot.index.kb
    assert speaker in {getattr(kb.record(s.id), "speaker", None) for s in a.suggestions}
    monkeypatch.setattr(tuning, "Q17_CLAIM_SUBJECT_ORDER", False)
    # q24sem reads who puts whom first as the claim's subject and object too (a twin rule).
    monkeypatch.setattr(tuning, "Q24SEM_PUT_FIRST", False)
    assert speaker in _shows(service, question)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who said central asian countries put china as a top priority", OSMONALIYEV),
        ("who said central asian countries take a more proactive role", OSMONALIYEV),
        ("who said china respects each and every partner", SAFAROV),
        ("кто сказал что китай уважает всех партнеров", SAFAROV),
        ("who said kazakhstan and china work closely", NAGASPAYEV),
        ("who said china works closely with kazakhstan", NAGASPAYEV),
        ("who said the kyrgyz diplomat spoke about china's policy", OSMONALIYEV),
        # The party after "for" holds the view: said the words' way round.
        ("who said china comes first for the central asian countries", OSMONALIYEV),
    ],
)
def test_the_claim_told_of_its_own_subject_still_finds_the_words(
    service: Service, question: str, speaker: str
) -> None:
    assert speaker in _shows(service, question)


def test_a_claim_told_before_who_said_that_is_checked(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "and central asia respects all its partners - who said that?"
    assert SAFAROV not in _shows(service, question)
    monkeypatch.setattr(tuning, "Q17_CLAIM_BEFORE_WHO", False)
    assert SAFAROV in _shows(service, question)
    monkeypatch.setattr(tuning, "Q17_CLAIM_BEFORE_WHO", True)
    assert SAFAROV in _shows(service, "china respects all its partners - who said that?")


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("safarov 300 projects?", SAFAROV),
        ("сафаров 70 проектов", SAFAROV),
        ("osmonaliyev 12 billion dollars?", OSMONALIYEV),
        ("nagaspayev 250 projects?", NAGASPAYEV),
    ],
)
def test_a_figure_put_to_a_name_that_his_words_do_not_give_is_not_answered_by_his_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, person: str
) -> None:
    a = service.ask(question)
    assert not a.answered and a.kind == "unconfirmed"
    monkeypatch.setattr(tuning, "Q17_NAMED_FIGURE_UNSAID", False)
    assert person in _shows(service, question)


def test_his_own_figure_and_another_speakers_figure_still_answer(service: Service) -> None:
    assert NAGASPAYEV in _shows(service, "nagaspayev 133 projects?")
    a = service.ask("safarov 133 projects")
    assert a.kind == "correction" and a.speakers == (NAGASPAYEV,)


@pytest.mark.parametrize(
    "question",
    [
        "did a turkmen diplomat say anything about the treaty",
        "a turkmen diplomat said something about the treaty, who",
        "an uzbek economist said something about the belt and road, who was it",
    ],
)
def test_an_unknown_speaker_with_only_a_topic_is_not_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "unknown_person" and not a.speakers
    monkeypatch.setattr(tuning, "Q17_ANYTHING_ABOUT_IS_TOPIC", False)
    assert service.ask(question).kind == "correction"


def test_a_named_persons_topic_and_an_unknown_speakers_claim_keep_their_answers(
    service: Service,
) -> None:
    a = service.ask("did nagaspayev say anything about metallurgy")
    assert a.answered and a.speakers == (NAGASPAYEV,)
    # Words put to somebody the base does not know are still corrected.
    a = service.ask("did a turkmen diplomat say that china respects each and every partner")
    assert a.kind == "correction" and a.speakers == (SAFAROV,)


@pytest.mark.parametrize(
    "question",
    [
        "the line china has always adhered to a policy of good-neighborliness is attributed to "
        "nagaspayev, correct?",
        "фразу о том, что Китай всегда придерживался политики добрососедства, приписывают "
        "Нагаспаеву, верно?",
        "the phrase about a historic mistake is ascribed to safarov, correct?",
    ],
)
def test_words_ascribed_to_a_named_person_are_a_claim_not_his_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind != "person"
    if a.answered:  # corrected: the words shown are their real speaker's
        assert a.kind == "correction" and a.speakers == (OSMONALIYEV,)
    monkeypatch.setattr(tuning, "Q17_ASCRIBED_IS_SAID", False)
    # Twin: «фразу» asks for words too (Q28Q_PHRASE_IS_WORDS); off, so that this rule is what
    # is shown.
    monkeypatch.setattr(tuning, "Q28Q_PHRASE_IS_WORDS", False)
    assert service.ask(question).kind == "person"


@pytest.mark.parametrize(
    "question",
    [
        "нагаспаев хвастался совместными проектами, сколько их",
        "министр из казахстана хвастался проектами",
    ],
)
def test_boasting_put_to_a_named_person_asks_for_his_words_not_his_card(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    a = service.ask(question)
    assert a.kind == "quote" and a.speakers == (NAGASPAYEV,)
    monkeypatch.setattr(tuning, "Q17_NAMED_SPEECH_ACT", False)
    assert service.ask(question).kind == "person"


def test_boasting_of_words_another_person_said_is_corrected(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = service.ask("сафаров хвастался миллиардами?")
    assert a.kind == "correction" and a.speakers == (NAGASPAYEV,)
    monkeypatch.setattr(tuning, "Q17_NAMED_SPEECH_ACT", False)
    assert SAFAROV in _shows(service, "сафаров хвастался миллиардами?")


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("did osmonaliyev say china places central asia first", OSMONALIYEV),
        ("did safarov say central asia respects every partner?", SAFAROV),
        ("сафаров говорил что центральная азия уважает каждого партнера?", SAFAROV),
    ],
)
def test_a_reversed_claim_put_to_its_speaker_is_not_confirmed(
    service: Service, monkeypatch: pytest.MonkeyPatch, question: str, speaker: str
) -> None:
    a = service.ask(question)
    assert a.kind == "unconfirmed" and not a.answered
    monkeypatch.setattr(tuning, "Q17_CLAIM_SUBJECT_ORDER", False)
    monkeypatch.setattr(tuning, "Q24SEM_PUT_FIRST", False)  # a twin rule (q24sem)
    assert speaker in _shows(service, question)
    # Told the right way round, the words are his and confirmed.
    if speaker == OSMONALIYEV:
        assert speaker in _shows(service, "did osmonaliyev say central asia places china first")
