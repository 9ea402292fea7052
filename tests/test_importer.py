"""``summitbot kb import``: drafts from an article, for review (bot/importer.py).

Developed on the seed article and the small articles of ``tests/fixtures/articles`` (labelled
in the schema of ``bench/articles``); ``bench/import_eval.py`` measures the held-out set.
"""

from __future__ import annotations

import functools
import itertools
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.attribution import ORGANISATION_CUE, name_tokens, names_match, normalise, same_token
from bot.cli import main
from bot.importer import extract, read_article
from bot.loader import load

TESTS = Path(__file__).resolve().parent
ARTICLES = TESTS / "fixtures" / "articles"
VALID = TESTS / "fixtures" / "kb" / "valid"
KNOWLEDGE = TESTS.parent / "knowledge"
FIXTURES = sorted(p.stem for p in ARTICLES.glob("*.md"))


def key(text: str) -> str:
    return normalise(text).rstrip(",. ")


def labels(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ARTICLES / f"{name}.yaml").read_text("utf-8"))
    return data


def named_in(speaker: str | None, body: str) -> bool:
    """Does the article name the labelled speaker (every token of the name, in any case)? An
    unnamed source («неназванный собеседник агентства …») is labelled by a description, in
    lower case: its words may all be in the article («Собеседник агентства в министерстве
    энергетики, пожелавший остаться неназванным, …») without it being a name; or by
    ``speaker: null`` (a quotation the article gives to no one)."""
    if speaker is None or not speaker[:1].isupper():
        return False
    words = re.findall(r"[\w'’-]+", body)
    # An organisation is labelled in the nominative («Министерство иностранных дел») and
    # named in another case («в сообщении Министерства …»): its words' dictionary forms.
    lemmas = {_lemma(w) for w in words}
    return all(
        any(same_token(t, w) for w in words) or _lemma(t) in lemmas for t in name_tokens(speaker)
    )


@functools.cache
def _lemma(word: str) -> str:
    return str(_analyzer().parse(word.lower())[0].normal_form)


@functools.lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


#: Labelled quotes the finder does not draft, each for a reason a reviewer can check: one- or
#: two-word quotations inside reported speech are read as scare quotes (the same articles
#: label "great game", "eternal good-neighborliness" in reported clauses as not speech), so the
#: writer's partial quotes of that length are missed (round 8: not drafted, never misfiled).
#: Round 9 (developed for generality, not for 100 % on these articles): quotes no rule reads,
#: each left unattributed (never misfiled): "His answer was, and I'm quoting him, "…"" (no
#: verb of saying); "Mr. Zhang" after "Zhang Wei" and "Zhang Min" (namesakes the text does
#: not tell apart by name: no one); a quotation inside a Q:/A: answer whose interviewee the
#: lead does not name as the rules read it; a live blog's bare "Chen" above (earlier in the
#: text than) the full name "Chen Haoyu"; a quotation standing alone after a paragraph about
#: a person with no colon or verb of saying («Ли Цзюнь … Рост он объясняет так, …» then
#: «…»); a headline quote the body never repeats.
KNOWN_MISSES_ROUND9: frozenset[tuple[str, str]] = frozenset(
    {
        ("dev-en9-broadcast-pipeline", "In theory, yes, and from next July also in practice"),
        ("dev-en9-feature-khorgos", "The trains are full, that is the good news"),
        ("dev-en9-feature-khorgos", "The bad news is that everyone wants to send in November"),
        (
            "dev-en9-interview-ambassador",
            "Trust is not a slogan. Trust is a spreadsheet that anybody can read",
        ),
        (
            "dev-en9-liveblog-ministers",
            "The treaty signed in Astana is young. Our job now is to fill it with projects, not "
            "to write a new one",
        ),
        (
            "dev-ru9-feature-khorgos",
            "Клиент в Чунцине теперь знает, в какой день его груз будет в Алматы. Мы продаём не "
            "скорость, а предсказуемость",
        ),
        ("dev-ru9-liveblog-tashkent-ministers", "Ледники — наш общий банк воды"),
    }
)
#: Round 10's development articles (dev-*10-*): quotations the final code leaves unattributed
#: (never filed under someone else). By kind: a one- or two-word quotation is not speech ("No,"
#: Abdikarimov said; «К лету»), and the quotation after it goes with it; a quotation standing
#: alone in its paragraph with no attribution; a speaker the finder does not recognise as a
#: person ("Aizada Asanova — no relation, she told reporters later, “…” — took the minister's
#: side": "she said" then names no woman); verbs and roles no list has ("the major said", "it
#: read" of a phone's screen, «— показал свидетель»); a proverb after «процитировал» (a verb of
#: quoting whose object names no one, round 9); a nested letter inside a quotation; «Подпись —
#: это только первая страница» (a bare «Кенжебаев» two men share: no one, round 10); the words
#: of «пользовательница под ником «Лю из Сианя»» (named only by a nickname: no one, round 10).
KNOWN_MISSES_ROUND10: frozenset[tuple[str, str]] = frozenset(
    {
        ("dev-en10-bishkek-railway-debate", "although people keep asking"),
        (
            "dev-en10-bishkek-railway-debate",
            "If we reopen every valuation now, we will still be arguing in 2030 while the "
            "freight goes around us through other countries",
        ),
        ("dev-en10-bishkek-railway-debate", "Kanybek Toktogulovich knows this"),
        ("dev-en10-irkeshtam-reportage", "The queue is not on our side"),
        (
            "dev-en10-irkeshtam-reportage",
            "We clear a truck in forty minutes. After that it is the Chinese inspection, and "
            "the scanner there takes one truck at a time",
        ),
        ("dev-en10-irkeshtam-reportage", "Both sides have scanners. Both sides have lunch breaks"),
        ("dev-en10-irkeshtam-reportage", "Let him come and count"),
        ("dev-en10-irkeshtam-reportage", "Day four"),
        ("dev-en10-irkeshtam-reportage", "Maybe today. Maybe"),
        ("dev-en10-khorgos-press-conference", "No"),
        (
            "dev-en10-khorgos-press-conference",
            "Not for transit cargo. For storage, perhaps, and we will publish that in January",
        ),
        (
            "dev-en10-water-analysis",
            "Efficiency is the new water. Every litre saved in a cotton field in Turkestan or "
            "Jizzakh is a litre that nobody needs to negotiate over",
        ),
        (
            "dev-ru10-almaty-arbitration-hearing",
            '"График сорван по нашей вине, просим дать нам два месяца" — это написано 14 марта, '
            "за подписью господина Гао",
        ),
        (
            "dev-ru10-almaty-arbitration-hearing",
            "Оборудование пришло в июле, это правда. Но монтаж начали только в сентябре, и я "
            "сам фиксировал простой бригады",
        ),
        ("dev-ru10-dushanbe-press-conference", "К лету"),
        ("dev-ru10-dushanbe-press-conference", "Когда пьёшь воду, помни об источнике"),
        (
            "dev-ru10-kenesh-railway-debate",
            "Дорога протяжённостью около 300 километров по нашей территории, десятки тоннелей и "
            "мостов. Каждый месяц задержки — это миллионы долларов",
        ),
        (
            "dev-ru10-khorgos-dry-port",
            "Мы отправляем данные заранее, за двое суток. Казахстанская сторона их видит. Но на "
            "посту всё равно просят распечатку с печатью",
        ),
        ("dev-ru10-obituary-sinologist", "Подпись — это только первая страница"),
        ("dev-ru10-osh-bazaar", "почти родственник, потому что двадцать лет рядом"),
        (
            "dev-ru10-osh-bazaar",
            "Бабушки всё равно придут на базар пощупать ткань. А молодёжь уже заказывает в "
            "приложении",
        ),
        ("dev-ru10-osh-bazaar", "Я завёл страницу в Instagram, и половина заказов теперь оттуда"),
        (
            "dev-ru10-summit-social-media",
            "Бешбармак оказался лучше, чем в описаниях. Сотрудники отеля научили меня говорить "
            '"рахмет"',
        ),
        (
            "dev-ru10-water-experts-disagree",
            "Спорить можно бесконечно, а Арал за это время ещё немного высохнет",
        ),
    }
)
KNOWN_MISSES: frozenset[tuple[str, str]] = (
    frozenset(
        {
            ("dev-en7-astana-qa", "the backbone"),
            ("dev-en7-scmp-analysis", "underestimated"),
        }
    )
    | KNOWN_MISSES_ROUND9
    | KNOWN_MISSES_ROUND10
)


@pytest.mark.parametrize("name", FIXTURES)
def test_every_direct_quote_and_speaker_is_found(name: str) -> None:
    """Every quote of a named speaker is drafted under that speaker, the headline's too (with
    the speaker the body gives the same words); a quote of a source the article never names is
    not drafted at all (never guess a speaker)."""
    lab = labels(name)
    article = read_article(ARTICLES / f"{name}.md")
    body = article.body
    analysis = extract(body, lab["language"], article.title)
    # «— отметили в Министерстве …»: the importer gives these words to the organisation and
    # `kb import` drafts no quote for them (round 5); a label may say `speaker: null` (no
    # person) for the same thing, which is what the draft shows.
    nobody = {key(q["text"]) for q in lab["quotes"] if q["speaker"] is None}
    found = [
        (key(q.text), q.speaker)
        for q in [*analysis.headline, *analysis.quotations]
        if not (q.cue == ORGANISATION_CUE and key(q.text) in nobody)
    ]
    want = [
        (key(q["text"]), q["speaker"])
        for q in lab["quotes"]
        if named_in(q["speaker"], body) and (name, key(q["text"])) not in KNOWN_MISSES
    ]
    assert [t for t, _ in found] == [t for t, _ in want]
    # (A known miss found again fails the assertion above: then take it off the list.)
    for (text, got), (_, speaker) in zip(found, want, strict=True):
        assert got is not None and names_match(speaker, [got]), (text, got, speaker)


def test_a_headline_quotation_takes_the_speaker_the_body_gives_its_words() -> None:
    """«Поезд придёт …»: в Оше …: the words the body attributes (whole, inside a longer
    quotation, or as a partial quote in lower case) are that speaker's; a headline naming a
    person the body names («Лю Хунбо: «…»») is that person's; words the body gives to two
    people, or to no one, are left out (never guess)."""
    body = (
        "Выступил замминистра Нурлан Токтосунов.\n\n"
        "«Поезд придёт раньше, чем мы думали. Тоннели пройдены», — сказал Токтосунов.\n\n"
        "Эксперт Лю Хунбо был краток.\n"
    )

    def headline(title: str) -> list[tuple[str, str | None]]:
        return [(q.text, q.speaker) for q in extract(body, "ru", title).headline]

    assert headline("«Поезд придёт раньше, чем мы думали»: в Оше обсудили дорогу") == [
        ("Поезд придёт раньше, чем мы думали", "Нурлан Токтосунов")
    ]
    assert headline("Лю Хунбо: «Секретариат должен работать быстрее»") == [
        ("Секретариат должен работать быстрее", "Лю Хунбо")
    ]
    assert headline("Ректор: «Секретариат должен работать быстрее»") == []
    assert headline("Лю Хунбо: «Поезд придёт раньше, чем мы думали»") == []  # the body: another
    two = body + "\n«Поезд придёт раньше, чем мы думали», — возразил Лю Хунбо.\n"
    assert extract(two, "ru", "«Поезд придёт раньше, чем мы думали»").headline == []
    assert extract(body, "ru").headline == []


def test_a_headline_in_ascii_single_quotes_is_read_apostrophes_are_not() -> None:
    """Wire headlines quote in ASCII single quotes ("'We are ready to lay the first rail,'
    says Kyrgyz minister"): those words are the speaker's the body gives them; an apostrophe
    ("Beijing's 'Central Asia pivot'") opens nothing, and words the body does not quote are
    left out."""
    body = (
        "Kyrgyz Transport Minister Almazbek Tokonov signed the protocol.\n\n"
        '"We are ready to lay the first rail," Tokonov told Reuters.\n'
    )

    def headline(title: str) -> list[tuple[str, str | None]]:
        return [(q.text, q.speaker) for q in extract(body, "en", title).headline]

    assert headline("'We are ready to lay the first rail,' says Kyrgyz minister") == [
        ("We are ready to lay the first rail,", "Almazbek Tokonov")
    ]
    assert headline("Why Beijing's 'Central Asia pivot' is about more than gas") == []


def test_the_evaluation_scores_no_persons_words_as_kb_import_drafts_them() -> None:
    """bench/import_eval.py's convention: a null label (or a lower-case description) is no
    person's words; leaving them unattributed or filing them under an organisation (which `kb
    import` lists, never drafts) is right, filing them under a person is wrong; a label naming
    a person is matched by name."""
    from bench.import_eval import score

    labels: list[tuple[str, str | None]] = [
        ("Один", None),
        ("Два", "собеседник агентства в комитете"),
        ("Три", None),
        ("Четыре", "Асель Жунусова"),
        ("Пять", None),
    ]
    found = [
        ("Один", "Министерство торговли", True),
        ("Три", "Ерлан Жунусов", False),
        ("Четыре", "Асели Жунусовой", False),
    ]
    # text hits: 3 found + 2 no-person labels left unattributed; pair hits: Один, Четыре, and
    # the 2 left out.
    assert score(found, labels) == (5, 4, 2)


#: Round 9's reported clauses no rule reads (not drafted; none filed under a wrong person): a
#: clause after an object and no "that" ("told me she had …"), after an appositive set off by
#: commas ("Tang Lei, of a Beijing consultancy, said …"), after "agreed that …; he said that"
#: in one sentence, a clause whose label holds the attribution or a partial quote («по его
#: словам» inside it, «записался, "…"»), or one introduced by a verb the lists lack; and
#: Чэнь Сяодун's, found but filed under «Чэнь Сяодуном»: a name first met in the instrumental
#: after an appositive comma («с представителем одной из них, Чэнь Сяодуном») keeps that case.
KNOWN_PARAPHRASE_MISSES: frozenset[tuple[str, str]] = frozenset(
    {
        # Round 10 (dev-*10-*): clauses no rule reads (indirect questions — «спросила, когда …»,
        # "asked whether" —, clauses after an appositive or an inserted «по его оценке», verbs
        # the lists lack), and one an organisation's words («Как сообщили в … комитете
        # Международного фонда спасения Арала, …») filed under «Арала»: a one-word name before
        # a comma and a lower-case word reads as a person in apposition (an older rule) — a
        # wrong speaker this round did not fix.
        (
            "dev-en10-bishkek-railway-debate",
            "the government had already raised the rates twice since the spring",
        ),
        ("dev-en10-irkeshtam-reportage", "should double capacity by the end of 2027"),
        (
            "dev-en10-khorgos-press-conference",
            "his company was studying a direct link to the future China–Kyrgyzstan–Uzbekistan line",
        ),
        (
            "dev-en10-water-analysis",
            "the Amu Darya basin alone loses, by his estimate, close to a third of its water "
            "before it reaches a field",
        ),
        ("dev-ru10-almaty-arbitration-hearing", "намерен завершить прения до конца недели"),
        (
            "dev-ru10-almaty-arbitration-hearing",
            "подрядчик трижды переносил сроки без согласования",
        ),
        ("dev-ru10-almaty-arbitration-hearing", "видел ли он на площадке проектную документацию"),
        (
            "dev-ru10-ashgabat-chinese-class",
            "лучшие её ученики — не самые способные, а самые упрямые",
        ),
        (
            "dev-ru10-dushanbe-press-conference",
            "когда начнётся обещанная установка автоматических постов на притоках Пянджа",
        ),
        ("dev-ru10-dushanbe-press-conference", "почему реконструкция дороги отстаёт от графика"),
        ("dev-ru10-kenesh-railway-debate", "проект обсуждался больше двадцати лет"),
        ("dev-ru10-kenesh-railway-debate", "родственником коллеге по фамилии он не приходится"),
        (
            "dev-ru10-khorgos-dry-port",
            "электронные декларации по-прежнему приходится дублировать на бумаге",
        ),
        (
            "dev-ru10-obituary-sinologist",
            "Кенжебаев радовался подписанию в Астане договора о добрососедстве",
        ),
        ("dev-ru10-osh-bazaar", "выиграют те, кто научится продавать через интернет"),
        (
            "dev-ru10-osh-bazaar",
            'многие продавцы переходят на товары из Турции, чтобы "не стоять с одним и тем же"',
        ),
        (
            "dev-ru10-osh-bazaar",
            "реэкспорт китайских товаров в Казахстан и Россию когда-то кормил половину Бишкека",
        ),
        (
            "dev-ru10-samarkand-council-tourism",
            "за девять месяцев город посетили 74 тысячи китайских граждан, вдвое больше, чем "
            "годом ранее",
        ),
        ("dev-ru10-samarkand-council-tourism", "в плане есть и 40 семейных гостевых домов"),
        (
            "dev-ru10-samarkand-council-tourism",
            'после первого саммита "Китай — Центральная Азия" в Сиане город получил побратима — '
            'и "с тех пор побратим приезжает, а мы к нему — нет"',
        ),
        (
            "dev-ru10-summit-social-media",
            "торговля Казахстана с Китаем за десять лет выросла почти втрое",
        ),
        ("dev-ru10-textile-investment", "первая очередь фабрики даст 3 тыс. рабочих мест"),
        ("dev-ru10-textile-investment", "инвесторам стоит следить за ценой электроэнергии"),
        (
            "dev-ru10-textile-investment",
            "продукция будет уходить в Европу по железной дороге через Казахстан и Каспий",
        ),
        (
            "dev-ru10-water-experts-disagree",
            "у Китая есть собственный опыт борьбы с опустыниванием в Таримской впадине",
        ),
        (
            "dev-ru10-water-experts-disagree",
            "обсуждение программы продолжится на встрече в Нукусе весной",
        ),
        ("dev-ru9-tv-transcript-kulma", "дорога и электричество — это одна история"),
        ("dev-ru9-tv-transcript-kulma", "терминал на китайской стороне будет готов к 15 декабря"),
        ("dev-en9-broadcast-pipeline", "she had heard about single windows before"),
        (
            "dev-en9-broadcast-pipeline",
            'the agreement would "cut clearance times in half within two years"',
        ),
        ("dev-en9-digest-briefs", "training was the bottleneck"),
        (
            "dev-en9-digest-briefs",
            "the association would ask the government for a language programme",
        ),
        ("dev-en9-digest-briefs", "the wording suggested a deal was close"),
        ("dev-en9-feature-khorgos", "most of the plots stand empty"),
        (
            "dev-en9-interview-ambassador",
            'the relationship was "still a relationship of raw materials, with some factories '
            'on top"',
        ),
        ("dev-en9-interview-ambassador", "the trade is still mostly raw materials"),
        (
            "dev-en9-press-release-agriculture",
            "300 Uzbek specialists would complete courses at Chinese agricultural universities "
            "in 2027",
        ),
        (
            "dev-en9-wire-railway",
            "the first rails of the China–Kyrgyzstan–Uzbekistan railway would be laid on the "
            "Torugart section before winter",
        ),
        (
            "dev-en9-wire-railway",
            "Chinese contractors would hire at least 60 percent of their workforce locally",
        ),
        (
            "dev-en9-wire-railway",
            "a vocational college for railway engineers would open in Naryn next autumn",
        ),
        ("dev-ru9-digest-week", 'записался, "не до конца понимая, что такое ЧПУ"'),
        ("dev-ru9-feature-khorgos", "граница — это тоже бизнес, только очень терпеливый"),
        ("dev-ru9-interview-china-studies", "она уедет на год, а вернётся с профессией"),
        ("dev-ru9-liveblog-tashkent-ministers", '"называть даты пока преждевременно"'),
        (
            "dev-ru9-liveblog-tashkent-ministers",
            'Пекин "готов предоставить спутниковые данные" для такого центра',
        ),
        (
            "dev-ru9-liveblog-tashkent-ministers",
            "Туркменистан остаётся крупнейшим поставщиком трубопроводного газа в Китай",
        ),
        ("dev-ru9-opinion-drip-irrigation", "система окупится за три года"),
        (
            "dev-ru9-opinion-drip-irrigation",
            "Капельное орошение, по его словам, должно охватить миллион гектаров к 2030 году",
        ),
        ("dev-ru9-tv-transcript-kulma", "зимой цены на китайские товары растут каждую неделю"),
        ("dev-ru9-wire-railway-tunnel", 'подрядчик "работает в рамках утверждённого бюджета"'),
    }
)


@pytest.mark.parametrize("name", FIXTURES)
def test_reported_speech_is_found(name: str) -> None:
    lab = labels(name)
    body = read_article(ARTICLES / f"{name}.md").body
    analysis = extract(body, lab["language"])
    found = {(key(p.text), p.speaker) for p in analysis.paraphrases}
    for p in lab["paraphrases"]:
        if (name, key(p["text"])) in KNOWN_PARAPHRASE_MISSES:
            assert (key(p["text"]), p["speaker"]) not in found, p  # found now: take it off
        elif named_in(p["speaker"], body):
            assert (key(p["text"]), p["speaker"]) in found, p
        else:  # an unnamed source's words are filed under no one
            assert key(p["text"]) not in {text for text, _ in found}, p


def test_the_real_sources_give_back_their_curated_quotes() -> None:
    """The seed article (and any source added later): every quote filed from a source's text
    is drafted again, verbatim, with its speaker."""
    kb = load(KNOWLEDGE)
    for sid, text in kb.texts.items():
        analysis = extract(text, kb.sources[sid].language)
        found = {key(q.text): q.speaker for q in analysis.quotations}
        found |= {key(p.text): p.speaker for p in analysis.paraphrases}
        for q in (q for q in kb.quotes.values() if q.source == sid):
            person = kb.people[q.speaker]
            speaker = found.get(key(q.text))
            assert speaker is not None, f"{q.id} not drafted from {sid}"
            assert names_match(speaker, [person.name, *person.aliases]), (q.id, speaker)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["kb", "import", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_drafts_to_stdout_say_they_are_not_reviewed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, str(ARTICLES / "en-dry-port.md"), "--knowledge", str(VALID), "--outlet", "Wire"
    )
    assert code == 0
    header = [line for line in out.splitlines() if line.startswith("#")]
    assert header[0] == "# DRAFT records drafted by `summitbot kb import` from en-dry-port.md."
    assert header[1] == (
        "# NOT REVIEWED: the bot does not load this file and never serves these records."
    )
    drafts = yaml.safe_load(out)
    (source,) = drafts["sources"]
    assert source["title"] == "Dry port at the border doubles its capacity"
    assert (source["outlet"], source["url"], source["published"]) == ("Wire", "TODO", "TODO")
    assert [p["name"] for p in drafts["people"]] == [
        "Daniyar Seitkali",
        "Liu Fang",
        "Madina Zhaksylykova",
    ]
    liu = drafts["people"][1]
    assert (liu["role"], liu["country"], liu["aliases"]) == (
        "Deputy Transport Minister",
        "China",
        ["Liu"],
    )
    quotes = {q["text"]: q for q in drafts["quotes"]}
    q = quotes["Two years ago a train could wait a week"]  # the comma before "she said" dropped
    assert (q["speaker"], q["kind"]) == ("madina-zhaksylykova", "verbatim")
    assert q["questions"] == ["who said two years ago a train could wait a week"]
    para = quotes["waiting times at the border had fallen to under two days"]
    assert (para["speaker"], para["kind"]) == ("madina-zhaksylykova", "paraphrase")


def test_an_organisations_words_are_listed_not_drafted_as_a_quote(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """«— говорится в сообщении Министерства …», «— сообщили в пресс-службе …»: the base files
    quotes under people, so these are no draft quote and no draft person; the header shows the
    curator whose words they are (round 5, bench/IMPORT.md)."""
    code, out, _ = run(capsys, str(ARTICLES / "dev-ru4-agency-kazinform.md"))
    assert code == 0
    header = [line for line in out.splitlines() if line.startswith("#")]
    assert (
        "# 2 quotation(s) are an organisation's or a document's words, not a person's; "
        "not drafted as quotes:"
    ) in header
    assert any(
        line.startswith("#   Главное таможенное управление КНР: “Казахстанская пшеница")
        for line in header
    )
    drafts = yaml.safe_load(out)
    texts = [q["text"] for q in drafts["quotes"]]
    assert not any(t.startswith(("В рамках саммита", "Казахстанская пшеница")) for t in texts)
    assert any(p["name_ru"] == "Ерлан Сапаров" for p in drafts["people"])
    assert not any("Министерство" in str(p) or "управление" in str(p) for p in drafts["people"])


_filled = itertools.count(1)


def fill_todos(value: Any) -> Any:
    """What a curator does after reviewing: every TODO replaced (each by its own words)."""
    if isinstance(value, str):
        return re.sub(r"TODO.*", f"Reviewed{next(_filled)}", value) if "TODO" in value else value
    if isinstance(value, list):
        return [fill_todos(v) for v in value]
    if isinstance(value, dict):
        return {k: fill_todos(v) for k, v in value.items()}
    return value


@pytest.mark.timeout(300)  # one kb check and one load of a base that grows to 60+ articles each
def test_reviewed_drafts_pass_kb_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Drafts from every fixture article (English and Russian), moved into a base once their
    TODOs are filled, load without a problem or a warning (but the shared-surname one between
    articles): every quote verbatim and attributed by the same rules that drafted it. Before
    review, ``kb check`` refuses them."""
    root = tmp_path / "kb"
    shutil.copytree(VALID, root)
    before = current = load(root).counts()
    for n, name in enumerate(FIXTURES):
        drafts = root / "drafts" / f"{name}.yaml"
        code, out, _ = run(
            capsys,
            str(ARTICLES / f"{name}.md"),
            "--knowledge",
            str(root),
            "--url",
            f"https://example.org/{name}",
            "--published",
            "2025-03-03",
            "-o",
            str(drafts),
        )
        assert code == 0 and str(drafts) in out
        if n == 0:
            # The drafts directory is not read: the base is unchanged. (Checked once: it is the
            # loader's rule, not the article's, and each load of the growing base re-reads every
            # text, which made this test the suite's slowest once the articles passed sixty.)
            assert load(root).counts() == current
        text_file = yaml.safe_load(drafts.read_text("utf-8"))["sources"][0]["text_file"]
        shutil.copy(drafts.parent / text_file, root / text_file)
        shutil.copy(drafts, root / f"zz-{n}.yaml")
        unreviewed = main(["kb", "check", "--knowledge", str(root)])
        assert unreviewed == 1 and "still has a TODO" in capsys.readouterr().out
        reviewed = fill_todos(yaml.safe_load(drafts.read_text("utf-8")))
        (root / f"zz-{n}.yaml").write_text(yaml.safe_dump(reviewed, allow_unicode=True), "utf-8")
        kb = load(root)
        # The only warning allowed: two articles' people sharing a surname ("Chen"), which
        # says nothing about the drafts' attribution.
        warnings = [w for w in kb.warnings if "too: questions using it" not in w.message]
        assert warnings == [], "\n".join(str(w) for w in warnings)
    kb = load(root)
    assert kb.counts()["sources"] == before["sources"] + len(FIXTURES)
    assert kb.counts()["quotes"] > before["quotes"] + 20


def test_people_already_in_the_base_are_reused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bridge.md"
    article.write_text(
        "# Мост через реку\n\n"
        "«Мост откроется весной», — заявила Анна Экзампл.\n\n"
        "По словам Экзампл, «движение будет бесплатным».\n\n"
        "«Опоры уже стоят», — сказал инженер Олег Новиков.\n",
        "utf-8",
    )
    code, out, _ = run(capsys, str(article), "--knowledge", str(VALID))
    assert code == 0
    assert "#   anna-example (Anna Example) for “Анна Экзампл”" in out
    drafts = yaml.safe_load(out)
    assert [p["name_ru"] for p in drafts["people"]] == ["Олег Новиков"]
    assert [(q["speaker"], q["text"]) for q in drafts["quotes"]] == [
        ("anna-example", "Мост откроется весной"),
        ("anna-example", "движение будет бесплатным"),
        ("oleg-novikov", "Опоры уже стоят"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "18.06.2025"], "--published '18.06.2025': use YYYY-MM-DD"),
        (["--url", "www.example.org"], "--url 'www.example.org': use an http(s):// address"),
    ],
)
def test_bad_options_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, str(ARTICLES / "en-dry-port.md"), *args)
    assert (code, out) == (2, "")
    assert message in err


def test_refuses_a_drafts_file_the_bot_would_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "kb"
    shutil.copytree(VALID, root)
    code, _, err = run(
        capsys,
        str(ARTICLES / "en-dry-port.md"),
        "--knowledge",
        str(root),
        "-o",
        str(root / "new.yaml"),
    )
    assert code == 2 and "where the bot would load it unreviewed" in err
    assert not (root / "new.yaml").exists()


def test_unreadable_article_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "missing.md"), "--knowledge", str(VALID))
    assert code == 2 and "cannot read" in err
