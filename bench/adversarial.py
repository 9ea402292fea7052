"""Grow the real knowledge base with look-alike people: namesakes, near surnames, shared roles.

``bench/synth.py`` keeps its fictional people out of the real speakers' countries on purpose, so
the scale benchmark never meets the case that matters most for attribution: a real base that
holds more Kazakh ministers, Tajik analysts and Kyrgyz diplomats, a second Safarov, a female
Nagaspayeva, an Osmonaliev who is the *current* ambassador to Azerbaijan, a Jafarov one letter
away from Japarov, a Turkmen minister who is not the foreign minister, and many quotes on the
very topics the real quotes are about (industrial projects, the treaty, good-neighbourliness,
mutual respect, the Belt and Road). This module writes such a base.

``grow(real_dir, out_dir, n, seed, order)`` copies the real directory and adds ``n`` people:

* a fixed core of hand-written look-alikes (:data:`CORE`), always present, whose ids the
  adversarial questions (``tests/data/adversarial_questions.yaml``) refer to;
* the rest generated from the same countries, with overlapping roles and surnames near the real
  ones (never equal to a real speaker's name or alias), each with one or two quotes assembled
  from templates that share words with the real quotes but are different sentences.

Every person cites a source record whose stored text (``texts/grown-*.md``) contains their
quotes, so ``summitbot kb check`` passes on the grown directory. The output is deterministic for
a given ``(n, seed)``: a seeded :class:`random.Random`, no set iteration, fixed formatting.

``order`` is a dimension of the benchmark: the loader reads every ``*.yaml`` file of the
directory in name order, so the extra records go to ``00-grown.yaml`` (read before the real
``people.yaml``/``quotes.yaml``: ``order="before"``) or ``zz-grown.yaml`` (read after them:
``order="after"``). A matcher that breaks ties by insertion order answers differently.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

Order = Literal["before", "after"]
ORDERS: tuple[Order, ...] = ("before", "after")
YAML_NAMES: dict[Order, str] = {"before": "00-grown.yaml", "after": "zz-grown.yaml"}
SOURCE_DATE = "2025-06-20"
#: People per source article (an outlet's round-up quotes several officials and experts).
PEOPLE_PER_SOURCE = 10


@dataclass(frozen=True)
class CorePerson:
    """A hand-written look-alike: its id is referred to by the adversarial questions."""

    id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    country: str
    role_phrases: tuple[str, ...]
    quotes: tuple[str, ...]
    organization: str | None = None
    name_ru: str | None = None
    role_ru: str | None = None


#: The look-alikes every grown base holds (the first ``min(n, len(CORE))`` of them for tiny n).
#: Each collides with a real speaker on one dimension: surname, given name, role or country.
CORE: tuple[CorePerson, ...] = (
    CorePerson(
        id="farrukh-safarov",
        name="Farrukh Safarov",
        aliases=("Safarov", "Farukh Safarov", "Фаррух Сафаров", "Сафаров"),
        role="deputy chairman of the Association of Political Scientists in Tajikistan",
        organization="Association of Political Scientists in Tajikistan",
        country="Tajikistan",
        role_phrases=(
            "deputy chairman of the association of political scientists",
            "deputy chairman of the association of political scientists in tajikistan",
            "the tajik deputy chairman",
            "заместитель председателя ассоциации политологов",
        ),
        quotes=(
            "The treaty on good-neighborliness gives Tajikistan and China a firm legal basis for "
            "friendly cooperation and mutual respect for decades to come",
            "Political scientists in Tajikistan see the summit as proof that regional "
            "cooperation with China rests on trust between the heads of state",
        ),
        name_ru="Фаррух Сафаров",
        role_ru="заместитель председателя Ассоциации политологов Таджикистана",
    ),
    CorePerson(
        id="malika-safarova",
        name="Malika Safarova",
        aliases=("Safarova", "Малика Сафарова", "Сафарова"),
        role="Tajik journalist and editor of the Dushanbe Economic Review",
        organization="Dushanbe Economic Review",
        country="Tajikistan",
        role_phrases=("tajik journalist", "the tajik journalist", "таджикская журналистка"),
        quotes=(
            "Tajik readers follow the Belt and Road projects closely because new roads and "
            "power lines change daily life in the mountain districts",
        ),
        name_ru="Малика Сафарова",
        role_ru="таджикская журналистка, редактор Dushanbe Economic Review",
    ),
    CorePerson(
        id="aigerim-nagaspayeva",
        name="Aigerim Nagaspayeva",
        aliases=("Nagaspayeva", "Nagaspaeva", "Айгерим Нагаспаева", "Нагаспаева"),
        role="Kazakhstan's Vice Minister of Trade and Integration",
        organization="Ministry of Trade and Integration of Kazakhstan",
        country="Kazakhstan",
        role_phrases=(
            "kazakh vice minister of trade",
            "kazakhstan's vice minister of trade and integration",
            "vice minister of trade and integration",
            "заместитель министра торговли казахстана",
        ),
        quotes=(
            "Trade between Kazakhstan and China keeps growing, and new joint industrial projects "
            "in machine building open the Chinese market to Kazakh goods",
        ),
        name_ru="Айгерим Нагаспаева",
        role_ru="вице-министр торговли и интеграции Казахстана",
    ),
    CorePerson(
        id="serik-nagashbayev",
        name="Serik Nagashbayev",
        aliases=("Nagashbayev", "Nagashbaev", "Серик Нагашбаев", "Нагашбаев"),
        role="Kazakhstan's Minister of Energy",
        organization="Ministry of Energy of Kazakhstan",
        country="Kazakhstan",
        role_phrases=(
            "kazakh energy minister",
            "kazakhstan's minister of energy",
            "kazakhstan energy minister",
            "министр энергетики казахстана",
        ),
        quotes=(
            "Kazakhstan and China are building joint energy projects under the Belt and Road "
            "Initiative, from gas processing to wind farms in the steppe",
        ),
        name_ru="Серик Нагашбаев",
        role_ru="министр энергетики Казахстана",
    ),
    CorePerson(
        id="bakyt-osmonaliev",
        name="Bakyt Osmonaliev",
        aliases=("Osmonaliev", "Bakyt Osmonaliyev", "Бакыт Осмоналиев", "Осмоналиев"),
        role="Kyrgyzstan's Ambassador to Azerbaijan",
        country="Kyrgyzstan",
        role_phrases=(
            "kyrgyz ambassador to azerbaijan",
            "kyrgyzstan's ambassador to azerbaijan",
            "current kyrgyz ambassador to azerbaijan",
            "посол кыргызстана в азербайджане",
        ),
        quotes=(
            "Kyrgyzstan values good-neighborliness and mutual respect in its relations with "
            "China, and the summit showed that Central Asia speaks with its own voice",
        ),
        name_ru="Бакыт Осмоналиев",
        role_ru="посол Кыргызстана в Азербайджане",
    ),
    CorePerson(
        id="kairat-osmonov",
        name="Kairat Osmonov",
        aliases=("Osmonov", "Kayrat Osmonov", "Кайрат Осмонов", "Осмонов"),
        role="former Kyrgyzstan's Ambassador to China",
        country="Kyrgyzstan",
        role_phrases=(
            "former kyrgyz ambassador to china",
            "kyrgyz ex-ambassador to china",
            "former ambassador to china",
            "бывший посол кыргызстана в китае",
        ),
        quotes=(
            "Regional affairs in Central Asia are now shaped in the region itself, and China "
            "has become the partner Kyrgyzstan turns to first for its development plans",
        ),
        name_ru="Кайрат Осмонов",
        role_ru="бывший посол Кыргызстана в Китае",
    ),
    CorePerson(
        id="elchin-jafarov",
        name="Elchin Jafarov",
        aliases=("Jafarov", "Djafarov", "Эльчин Джафаров", "Джафаров"),
        role="Azerbaijani political analyst at the Baku Center for Regional Studies",
        organization="Baku Center for Regional Studies",
        country="Azerbaijan",
        role_phrases=("azerbaijani analyst", "the azerbaijani political analyst"),
        quotes=(
            "The Middle Corridor links the Belt and Road Initiative with the Caspian ports, and "
            "Azerbaijan is ready to carry more Chinese cargo to Europe",
        ),
        name_ru="Эльчин Джафаров",
        role_ru="азербайджанский политолог",
    ),
    CorePerson(
        id="dovlet-annamuradov",
        name="Dovlet Annamuradov",
        aliases=("Annamuradov", "Довлет Аннамурадов", "Аннамурадов"),
        role="Turkmenistan's Minister of Road Transport",
        organization="Ministry of Road Transport of Turkmenistan",
        country="Turkmenistan",
        role_phrases=(
            "turkmen transport minister",
            "the turkmen minister",
            "turkmenistan's minister of road transport",
            "министр транспорта туркменистана",
        ),
        quotes=(
            "Turkmenistan will open new road and rail routes to China, because transport "
            "cooperation is the backbone of the Belt and Road in Central Asia",
        ),
        name_ru="Довлет Аннамурадов",
        role_ru="министр автомобильного транспорта Туркменистана",
    ),
    CorePerson(
        id="rustam-mirzoev",
        name="Rustam Mirzoev",
        aliases=("Mirzoev", "Mirzoyev", "Рустам Мирзоев", "Мирзоев"),
        role="Tajikistan's Minister of Industry and New Technologies",
        organization="Ministry of Industry and New Technologies of Tajikistan",
        country="Tajikistan",
        role_phrases=(
            "tajik industry minister",
            "tajikistan's minister of industry",
            "министр промышленности таджикистана",
        ),
        quotes=(
            "Tajikistan and China are launching joint projects in aluminium and textiles, and "
            "industrial cooperation with Chinese companies brings jobs to our regions",
        ),
        name_ru="Рустам Мирзоев",
        role_ru="министр промышленности и новых технологий Таджикистана",
    ),
    CorePerson(
        id="sardor-mirzayev",
        name="Sardor Mirzayev",
        aliases=("Mirzayev", "Mirzaev", "Сардор Мирзаев", "Мирзаев"),
        role="Uzbekistan's Deputy Minister of Investment, Industry and Trade",
        organization="Ministry of Investment, Industry and Trade of Uzbekistan",
        country="Uzbekistan",
        role_phrases=("uzbek deputy minister of investment", "uzbek deputy minister"),
        quotes=(
            "Uzbekistan welcomes Chinese investment in industrial parks, and mutual respect "
            "between our countries makes long-term projects possible",
        ),
        name_ru="Сардор Мирзаев",
        role_ru="заместитель министра инвестиций, промышленности и торговли Узбекистана",
    ),
    CorePerson(
        id="wang-lei",
        name="Wang Lei",
        aliases=("Wang", "Ван Лэй"),
        role="China's Ambassador to Kazakhstan",
        country="China",
        role_phrases=("chinese ambassador to kazakhstan", "china's ambassador in astana"),
        quotes=(
            "China will always treat the Central Asian countries as good neighbors, good "
            "friends and good partners, with sincerity and respect for their chosen paths",
        ),
    ),
    CorePerson(
        id="askar-tulegenov",
        name="Askar Tulegenov",
        aliases=("Tulegenov", "Аскар Тулегенов", "Тулегенов"),
        role="analyst at the Kazakhstan Institute for Strategic Studies",
        organization="Kazakhstan Institute for Strategic Studies",
        country="Kazakhstan",
        role_phrases=("kazakh analyst", "analyst from kazakhstan"),
        quotes=(
            "The Astana summit turned the China-Central Asia format into a mechanism with its "
            "own secretariat, and the treaty gives it a long horizon",
        ),
        name_ru="Аскар Тулегенов",
        role_ru="аналитик Казахстанского института стратегических исследований",
    ),
)


# --- Procedural people ---------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    roots: tuple[str, ...]
    #: Surname suffixes (male); a female surname adds "a" (Safarov -> Safarova) unless fixed.
    suffixes: tuple[str, ...]
    given_first: bool = True


COUNTRIES: tuple[Country, ...] = (
    Country(
        "Kazakhstan",
        "Kazakh",
        (
            "Yerlan",
            "Askar",
            "Nurlan",
            "Daniyar",
            "Marat",
            "Serik",
            "Bolat",
            "Yerzhan",
            "Kanat",
            "Timur",
            "Arman",
            "Berik",
            "Dauren",
            "Galym",
            "Kuanysh",
            "Olzhas",
            "Rustem",
        ),
        (
            "Aigerim",
            "Dana",
            "Saule",
            "Gulnara",
            "Aliya",
            "Zhanar",
            "Madina",
            "Ainur",
            "Botagoz",
            "Dinara",
            "Karlygash",
        ),
        (
            "Nagas",
            "Nagash",
            "Nagym",
            "Sagyn",
            "Abil",
            "Yesim",
            "Kairbek",
            "Tuleu",
            "Zhaksy",
            "Baimukhan",
            "Ersain",
            "Nurpeis",
            "Akhmet",
            "Serikbay",
            "Zhumag",
            "Kassym",
            "Bektur",
            "Iskak",
            "Omarb",
        ),
        ("bayev", "payev", "ov", "ayev", "uly"),
    ),
    Country(
        "Tajikistan",
        "Tajik",
        (
            "Farrukh",
            "Saidmurod",
            "Rustam",
            "Jamshed",
            "Khurshed",
            "Davlat",
            "Sherali",
            "Parviz",
            "Saifullo",
            "Sayfiddin",
            "Bahrom",
            "Firdavs",
            "Abdullo",
            "Umed",
            "Zafar",
        ),
        ("Malika", "Nigora", "Zarina", "Firuza", "Manizha", "Shahlo", "Dilrabo", "Mavluda"),
        (
            "Safar",
            "Sharip",
            "Rahim",
            "Nazar",
            "Mirzo",
            "Qodir",
            "Said",
            "Safarali",
            "Saif",
            "Davlat",
            "Karim",
            "Sodiq",
            "Hamid",
            "Jum",
            "Rajab",
            "Ismoil",
            "Gulom",
        ),
        ("ov", "zoda", "iyev", "bekov"),
    ),
    Country(
        "Kyrgyzstan",
        "Kyrgyz",
        (
            "Bakyt",
            "Almazbek",
            "Nurbek",
            "Kubanychbek",
            "Talant",
            "Azamat",
            "Aibek",
            "Kairat",
            "Emil",
            "Ruslan",
            "Mirlan",
            "Bolot",
            "Edil",
            "Adilet",
        ),
        ("Aizada", "Gulzat", "Cholpon", "Asel", "Nazira", "Aida", "Begaiym", "Elnura"),
        (
            "Osmon",
            "Osmonal",
            "Osmonbek",
            "Japar",
            "Sadyr",
            "Toktogul",
            "Abdyl",
            "Kadyr",
            "Asan",
            "Usen",
            "Chyngyz",
            "Mamat",
            "Tash",
            "Zhooshb",
            "Beish",
        ),
        ("ov", "iyev", "iev", "bekov", "uulu"),
    ),
    Country(
        "Uzbekistan",
        "Uzbek",
        ("Bakhtiyor", "Sardor", "Jasur", "Dilshod", "Ulugbek", "Otabek", "Sherzod"),
        ("Dilnoza", "Nodira", "Gulnoza", "Kamola"),
        ("Mirza", "Mirz", "Yusup", "Rakhim", "Usmon", "Khodja", "Tursun", "Ergash", "Nurmat"),
        ("ov", "ayev", "yev", "iyev"),
    ),
    Country(
        "Turkmenistan",
        "Turkmen",
        ("Myrat", "Dovlet", "Annageldi", "Batyr", "Rahym", "Maksat", "Kakajan"),
        ("Ogulgerek", "Maya", "Jennet", "Aynabat"),
        (
            "Annamurad",
            "Gurban",
            "Oraz",
            "Ata",
            "Berdi",
            "Amanmurad",
            "Chary",
            "Hoja",
            "Nury",
            "Saparmyrat",
            "Durdy",
            "Meret",
        ),
        ("ov", "yev"),
    ),
    Country(
        "Azerbaijan",
        "Azerbaijani",
        ("Elchin", "Rashad", "Farid", "Anar", "Tural", "Vugar", "Ilgar"),
        ("Leyla", "Aysel", "Gunel", "Nargiz"),
        ("Jafar", "Mammad", "Huseyn", "Guli", "Hasan", "Safar", "Abbas", "Rzay", "Ismayil"),
        ("ov", "li", "zade"),
    ),
    Country(
        "China",
        "Chinese",
        tuple(
            a + b
            for a in ("Wei", "Jian", "Min", "Hui", "Tao", "Qiang", "Ping", "Bo", "Yan", "Jun")
            for b in ("", "hua", "ming", "jie", "long", "feng", "bin")
        ),
        tuple(
            a + b for a in ("Na", "Xia", "Ying", "Mei", "Hong") for b in ("", "li", "lan", "fang")
        ),
        (
            "Li",
            "Zhang",
            "Liu",
            "Chen",
            "Yang",
            "Zhao",
            "Sun",
            "Zhou",
            "Wu",
            "Xu",
            "Gao",
            "Lin",
            "He",
            "Ma",
            "Guo",
        ),
        ("",),
        given_first=False,
    ),
)
BY_NAME = {c.name: c for c in COUNTRIES}
#: Share of each country among generated people: the real speakers' countries weigh the most.
WEIGHTS: dict[str, int] = {
    "Kazakhstan": 5,
    "Tajikistan": 4,
    "Kyrgyzstan": 4,
    "Uzbekistan": 2,
    "Turkmenistan": 2,
    "Azerbaijan": 2,
    "China": 3,
}

MINISTRIES = (
    "Industry and Construction",
    "Energy",
    "Trade and Integration",
    "Transport",
    "Agriculture",
    "Finance",
    "Digital Development",
    "Water Resources",
    "Culture",
    "Education",
    "Economy",
)
INSTITUTES = (
    "Institute for Strategic Studies",
    "Center for Regional Studies",
    "Academy of Sciences",
    "Institute of World Economy",
    "Center for Chinese Studies",
)
ASSOCIATIONS = (
    "Association of Political Scientists",
    "Association of Economists",
    "Association of Industrialists",
    "Association of Sinologists",
)
#: Posts held by a real speaker or a core look-alike: never given to a generated person, so
#: that a question naming the post has the same right answer at every size.
RESERVED_POSTS = frozenset(
    {
        ("Kazakhstan", "Industry and Construction"),
        ("Kazakhstan", "Energy"),
        ("Kazakhstan", "Trade and Integration"),
        ("Tajikistan", "Industry and Construction"),
        ("Turkmenistan", "Transport"),
    }
)
#: Surnames of the core look-alikes, and of real leaders the questions ask about as people the
#: base does not know ("what did Japarov say"): no generated person bears them.
RESERVED_SURNAMES = frozenset(
    {
        "safarova",
        "nagaspayeva",
        "nagaspaeva",
        "nagashbayev",
        "osmonaliev",
        "osmonov",
        "jafarov",
        "annamuradov",
        "mirzoev",
        "mirzayev",
        "tulegenov",
        "japarov",
        "mirziyoyev",
        "tokayev",
        "aliyev",
        "rahmon",
    }
)
AMBASSADOR_TO = ("Azerbaijan", "China", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkey")


# --- Quote templates -----------------------------------------------------------------------

#: Sentences on the real quotes' topics, with words in common with them, but other claims.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "industrial cooperation": (
        "{country} and China are expanding industrial cooperation in {sector} under the Belt "
        "and Road Initiative",
        "Joint projects with Chinese companies in {sector} were the main topic of our talks in "
        "{city}",
        "The industrial zone near {city} will host joint projects in {sector} with Chinese "
        "partners",
        "Our ministry counts on Chinese companies to modernise {sector} in {country}",
        "Industrial integration with China gives {country} access to new technology in {sector}",
    ),
    "treaty": (
        "The treaty signed by the heads of state strengthens good-neighborly relations between "
        "{country} and China",
        "For {country}, the Treaty of Permanent Good-Neighborliness opens a new stage of "
        "cooperation in {sector}",
        "The heads of state signed documents that give {country} a clear path for cooperation "
        "in {sector}",
        "The treaty shows that friendly coexistence is the choice of every country in the region",
    ),
    "good-neighbourliness": (
        "Good-neighborliness and mutual respect are the basis of our relations with China in "
        "{sector}",
        "{country} has always valued friendship and good-neighborly relations with China",
        "Mutual respect and sincere cooperation helped {country} and China resolve issues in "
        "{sector}",
        "China and {country} share a long tradition of good-neighborliness along the Silk Road",
    ),
    "central asia": (
        "Central Asian countries are looking for partners in {sector}, and China is one of them",
        "The summit in Astana showed that {country} has its own agenda in {sector}",
        "Regional affairs in Central Asia depend on cooperation in {sector} as much as on politics",
        "Central Asian countries discussed {sector} with China as equals",
    ),
    "belt and road": (
        "The Belt and Road Initiative brought new roads and rail lines to {city}",
        "Under the Belt and Road, {country} and China plan new corridors for {sector}",
        "The Belt and Road Initiative is changing the economy of {city}, especially in {sector}",
    ),
}
SECTORS = (
    "renewable energy",
    "agriculture",
    "logistics",
    "petrochemicals",
    "textiles",
    "food processing",
    "machine building",
    "water management",
    "copper smelting",
    "digital services",
    "cement production",
    "electric vehicles",
    "tourism",
    "education",
    "healthcare",
    "rail transport",
)
CITIES: dict[str, tuple[str, ...]] = {
    "Kazakhstan": ("Almaty", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Kostanay"),
    "Tajikistan": ("Dushanbe", "Khujand", "Bokhtar", "Kulob", "Istaravshan"),
    "Kyrgyzstan": ("Bishkek", "Osh", "Jalal-Abad", "Karakol", "Naryn"),
    "Uzbekistan": ("Tashkent", "Samarkand", "Bukhara", "Namangan", "Andijan"),
    "Turkmenistan": ("Ashgabat", "Turkmenabat", "Mary", "Dashoguz", "Balkanabat"),
    "Azerbaijan": ("Baku", "Ganja", "Sumgait", "Lankaran", "Shaki"),
    "China": ("Urumqi", "Lanzhou", "Chongqing", "Chengdu", "Kashgar", "Lianyungang"),
}
#: Words and figures of the real quotes that no generated sentence may repeat: the look-alikes
#: share vocabulary with the real quotes, never their distinctive claims.
FORBIDDEN = (
    "133",
    "35 billion",
    "54",
    "nine billion",
    "excellent platform",
    "prudent and wise",
    "each and every partner",
    "proactive role",
    "top priority",
    "diplomatic cohesion",
    "points the way forward",
    "mining and metallurgy",
    "coal chemistry",
)


# --- The generator -------------------------------------------------------------------------


@dataclass
class GrownPerson:
    id: str
    name: str
    aliases: list[str]
    role: str
    country: str
    role_phrases: list[str]
    quotes: list[str]
    organization: str | None = None
    name_ru: str | None = None
    role_ru: str | None = None
    source: str = ""


@dataclass
class Grown:
    """What :func:`generate` returns: people (core first), and the source texts."""

    people: list[GrownPerson] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip()


def _real_names(real_people: Sequence[dict[str, Any]]) -> set[str]:
    out: set[str] = set()
    for p in real_people:
        out.add(_norm(str(p["name"])))
        out.update(_norm(str(a)) for a in p.get("aliases", ()))
        for token in str(p["name"]).split():
            out.add(_norm(token))
    return out


class _Gen:
    def __init__(self, seed: int, real_people: Sequence[dict[str, Any]], real_quotes: list[str]):
        self.rng = random.Random(f"adversarial-{seed}")
        self.seed = seed
        self.taken_names = _real_names(real_people)
        self.real_quotes = [_norm(q) for q in real_quotes]
        self.used_ids: set[str] = {str(p["id"]) for p in real_people}
        self.used_names: set[str] = set()
        self.used_texts: set[str] = set()
        self.full: set[tuple[str, bool]] = set()

    def _country(self) -> Country:
        names = list(WEIGHTS)
        return BY_NAME[self.rng.choices(names, weights=[WEIGHTS[n] for n in names])[0]]

    def _name(self, c: Country, female: bool) -> tuple[str, str]:
        """(full name, surname); never a real speaker's name or surname, never repeated."""
        for _ in range(300):
            root = self.rng.choice(c.roots)
            suffix = self.rng.choice(c.suffixes)
            if female and suffix in ("uly", "uulu"):
                suffix = "kyzy"
            surname = root + suffix
            if female and suffix.endswith(("ov", "ev")):
                surname += "a"
            given = self.rng.choice(c.female if female else c.male)
            full = f"{given} {surname}" if c.given_first else f"{surname} {given}"
            if (
                _norm(surname) in self.taken_names
                or _norm(surname) in RESERVED_SURNAMES
                or _norm(full) in self.used_names
            ):
                continue
            self.used_names.add(_norm(full))
            return full, surname
        raise RuntimeError(f"ran out of names for {c.name}")

    def _role(self, c: Country) -> tuple[str, str | None, list[str]]:
        rng = self.rng
        adj = c.adjective.lower()
        kind = rng.randrange(8)
        if kind == 0:
            m = rng.choice([m for m in MINISTRIES if (c.name, m) not in RESERVED_POSTS])
            org = f"Ministry of {m} of {c.name}"
            phrases = [f"{adj} {m.split()[0].lower()} minister"]
            return f"{c.name}'s Minister of {m}", org, phrases
        if kind == 1:
            m = rng.choice(MINISTRIES)
            org = f"Ministry of {m} of {c.name}"
            return (
                f"{c.name}'s Deputy Minister of {m}",
                org,
                [f"{adj} deputy minister of {m.lower()}"],
            )
        if kind in (2, 3):
            inst = f"{c.adjective} {rng.choice(INSTITUTES)}"
            title = rng.choice(("analyst", "senior researcher", "political analyst", "expert"))
            return f"{title} at the {inst}", inst, [f"{adj} {title}"]
        if kind == 4:
            assoc = rng.choice(
                [a for a in ASSOCIATIONS if (c.name, a) != ("Tajikistan", ASSOCIATIONS[0])]
            )
            post = rng.choice(("deputy chairman", "member of the board", "executive secretary"))
            org = f"{assoc} in {c.name}"
            return f"{post} of the {org}", org, [f"{post} of the {assoc.lower()}"]
        if kind == 5:
            to = rng.choice([t for t in AMBASSADOR_TO if t != c.name])
            former = rng.random() < 0.5
            pre = "former " if former else ""
            # A real speaker's exact post (former Kyrgyz ambassador to Azerbaijan) is not given
            # twice: the core look-alike already holds the current one.
            if c.name == "Kyrgyzstan" and to == "Azerbaijan":
                to = "Turkey"
            role = f"{pre}{c.name}'s Ambassador to {to}"
            return role, None, [f"{pre}{adj} ambassador to {to.lower()}"]
        if kind == 6:
            sector = rng.choice(SECTORS)
            org = f"{c.adjective} {sector.title()} Company"
            return f"chief executive of the {org}", org, []
        return f"{adj} journalist covering {rng.choice(SECTORS)}", None, [f"{adj} journalist"]

    def _sentence(self, c: Country) -> str:
        rng = self.rng
        for _ in range(200):
            topic = rng.choice(sorted(TEMPLATES))
            tpl = rng.choice(TEMPLATES[topic])
            country = (
                c.name
                if c.name != "China"
                else rng.choice(
                    ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan")
                )
            )
            s = tpl.format(
                country=country,
                sector=rng.choice(SECTORS),
                city=rng.choice(CITIES[country]),
            )
            s = s[0].upper() + s[1:]
            n = _norm(s)
            if any(f in n for f in FORBIDDEN) or any(n in r or r in n for r in self.real_quotes):
                continue
            return s
        raise RuntimeError("quote templates keep colliding with the real quotes")

    def _quote(self, c: Country) -> str:
        for _ in range(200):
            k = 1 if self.rng.random() < 0.6 else 2
            text = ". ".join(self._sentence(c) for _ in range(k))
            if _norm(text) not in self.used_texts:
                self.used_texts.add(_norm(text))
                return text
        raise RuntimeError("ran out of distinct quotes")

    def person(self, i: int) -> GrownPerson:
        female = self.rng.random() < 0.3
        while True:  # a country whose names are all taken yields to another one
            if all((x.name, female) in self.full for x in COUNTRIES):
                female = not female
            c = self._country()
            if (c.name, female) in self.full:
                continue
            try:
                name, surname = self._name(c, female)
                break
            except RuntimeError:
                self.full.add((c.name, female))
                if len(self.full) == 2 * len(COUNTRIES):
                    raise
        role, org, phrases = self._role(c)
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:30]
        pid = f"g{self.seed}-{i:05d}-{slug}"[:40].rstrip("-")
        quotes = [self._quote(c) for _ in range(1 if self.rng.random() < 0.5 else 2)]
        return GrownPerson(pid, name, [surname], role, c.name, phrases, quotes, org)


def _source_id(seed: int, k: int) -> str:
    return f"grown-{seed}-{k:04d}"


def generate(
    n: int, seed: int, real_people: Sequence[dict[str, Any]], real_quotes: list[str]
) -> Grown:
    """``n`` look-alike people (the core first), each quoted in a source with a stored text."""
    if n < 1:
        raise ValueError("n must be at least 1")
    gen = _Gen(seed, real_people, real_quotes)
    people: list[GrownPerson] = []
    for cp in CORE[:n]:
        people.append(
            GrownPerson(
                cp.id,
                cp.name,
                list(cp.aliases),
                cp.role,
                cp.country,
                list(cp.role_phrases),
                list(cp.quotes),
                cp.organization,
                cp.name_ru,
                cp.role_ru,
            )
        )
        gen.used_names.add(_norm(cp.name))
        gen.used_texts.update(_norm(q) for q in cp.quotes)
    for i in range(len(people), n):
        people.append(gen.person(i))
    grown = Grown(people)
    # Core people each get their own article (its date and outlet differ from the real one);
    # generated people share round-up articles, PEOPLE_PER_SOURCE to an article.
    groups: list[list[GrownPerson]] = [[p] for p in people[: len(CORE)]]
    rest = people[len(CORE) :]
    groups += [rest[k : k + PEOPLE_PER_SOURCE] for k in range(0, len(rest), PEOPLE_PER_SOURCE)]
    for k, group in enumerate(groups):
        sid = _source_id(seed, k)
        lines = [
            f"# Grown look-alike article {k} (seed {seed})",
            "",
            "Generated by bench/adversarial.py: fictional people and statements for the "
            "attribution benchmark.",
            "",
        ]
        for p in group:
            p.source = sid
            for q in p.quotes:
                lines += [f'"{q}," said {p.name}, {p.role}.', ""]
        grown.texts[sid] = "\n".join(lines)
        grown.sources.append(
            {
                "id": sid,
                "title": f"Officials and experts on the China-Central Asia summit ({k})",
                "outlet": "summitbot adversarial data",
                "url": f"https://example.org/summitbot/adversarial/{seed}/{k}",
                "published": SOURCE_DATE,
                "language": "en",
                "text_file": f"texts/{sid}.md",
                "note": "Generated by bench/adversarial.py: fictional, for benchmarks only.",
            }
        )
    return grown


def _records(grown: Grown) -> dict[str, list[dict[str, Any]]]:
    people: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    for p in grown.people:
        rec: dict[str, Any] = {
            "id": p.id,
            "name": p.name,
            "aliases": list(p.aliases),
            "role": p.role,
        }
        if p.organization:
            rec["organization"] = p.organization
        rec["country"] = p.country
        if p.role_phrases:
            rec["role_phrases"] = list(p.role_phrases)
        rec["sources"] = [p.source]
        if p.name_ru and p.role_ru:
            rec["name_ru"], rec["role_ru"] = p.name_ru, p.role_ru
        people.append(rec)
        for j, q in enumerate(p.quotes):
            quotes.append(
                {
                    "id": f"{p.id[:36]}-q{j}",
                    "speaker": p.id,
                    "kind": "verbatim",
                    "text": q,
                    "source": p.source,
                }
            )
    return {"sources": grown.sources, "people": people, "quotes": quotes}


def _read_real(real_dir: Path) -> tuple[list[dict[str, Any]], list[str]]:
    people: list[dict[str, Any]] = []
    quotes: list[str] = []
    for path in sorted(real_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        people += list(data.get("people") or [])
        quotes += [str(q["text"]) for q in data.get("quotes") or []]
    return people, quotes


def grow(
    real_dir: Path | str, out_dir: Path | str, n: int, seed: int = 0, order: Order = "before"
) -> Path:
    """Copy ``real_dir`` to ``out_dir`` (which must not exist) and add ``n`` look-alike people.

    Returns the YAML file written (``00-grown.yaml`` for ``order="before"``, ``zz-grown.yaml``
    for ``"after"``). The same ``(n, seed)`` always writes the same bytes.
    """
    real_dir, out_dir = Path(real_dir), Path(out_dir)
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}")
    people, quotes = _read_real(real_dir)
    grown = generate(n, seed, people, quotes)
    shutil.copytree(real_dir, out_dir)
    texts = out_dir / "texts"
    texts.mkdir(exist_ok=True)
    for sid, text in grown.texts.items():
        (texts / f"{sid}.md").write_text(text + "\n", encoding="utf-8")
    path = out_dir / YAML_NAMES[order]
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"# Look-alike people: bench/adversarial.py, n={n}, seed={seed}. Do not edit.\n")
        yaml.safe_dump(_records(grown), fh, allow_unicode=True, sort_keys=False, width=100)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("out", type=Path, help="directory to create")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--order", choices=ORDERS, default="before")
    ap.add_argument(
        "--knowledge", type=Path, default=Path(__file__).resolve().parents[1] / "knowledge"
    )
    args = ap.parse_args(argv)
    path = grow(args.knowledge, args.out, args.n, args.seed, args.order)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
