"""Deterministic synthetic distractor knowledge, for scale tests and benchmarks.

The distractors look like the real base: people with plausible names (from syllable and name
tables), roles ("Deputy Minister of Energy of Uzbekistan", "analyst at the Caspian Institute for
Energy Studies") and countries; quotes built from sentence templates about trade, energy,
transport corridors, water, education, tourism, the digital economy, agriculture and diplomacy,
with figures; facts with a statement, an answer and curated questions; and events of *other*
forums ("Uzbekistan–Korea Business Forum 2019"), never a China–Central Asia Summit.

They share the real base's vocabulary on purpose (China, Central Asia, cooperation, projects,
billion, treaty, summit, Belt and Road...), so they compete with the real entries. Three guards
keep them honest distractors rather than rival answers:

* no name token is close (rapidfuzz ``ratio`` >= 75) to a real person's name or alias, to a
  public figure's name (heads of state, ministers, spokespeople, celebrities), or to a word of
  the real base, so a distractor person can never be read where a real one is named;
* no generated sentence shares a run of five content words with a real quote or fact, and no
  count, amount or percentage reuses a figure the real base states (133, 35, 54, 9...): a
  "54 projects" distractor would make "54 projects worth how much" ambiguous for real;
* roles stop below the offices real people hold (no presidents, prime ministers or foreign
  ministers), and the texts stay on the summits' own subjects: no general-knowledge subjects the
  bot must refuse (:data:`OFF_TOPIC`: weather, sport, GDP, population, exchange rates...).

Everything is drawn from one ``random.Random(seed)``: the same ``(n, seed)`` always gives the
same records, in memory (:func:`merged_kb`) and on disk (:func:`write_yaml`).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot import text as T
from bot.model import Event, Fact, KnowledgeBase, Person, Quote, Source

# --- Tables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    cities: tuple[str, ...]
    style: str  # which name table


COUNTRIES: tuple[Country, ...] = (
    Country(
        "Kazakhstan", "Kazakh", ("Almaty", "Shymkent", "Karaganda", "Aktobe", "Pavlodar"), "ca"
    ),
    Country(
        "Uzbekistan", "Uzbek", ("Tashkent", "Samarkand", "Bukhara", "Namangan", "Andijan"), "ca"
    ),
    Country("Kyrgyzstan", "Kyrgyz", ("Bishkek", "Osh", "Karakol", "Jalal-Abad", "Tokmok"), "ca"),
    Country(
        "Tajikistan", "Tajik", ("Dushanbe", "Khujand", "Kulob", "Bokhtar", "Istaravshan"), "ca"
    ),
    Country("Turkmenistan", "Turkmen", ("Ashgabat", "Turkmenbashi", "Mary", "Dashoguz"), "ca"),
    Country("China", "Chinese", ("Urumqi", "Lanzhou", "Chengdu", "Chongqing", "Kashgar"), "cn"),
    Country("Korea", "Korean", ("Busan", "Incheon", "Daegu", "Gwangju"), "kr"),
    Country("Japan", "Japanese", ("Osaka", "Nagoya", "Fukuoka", "Yokohama"), "jp"),
    Country("Turkey", "Turkish", ("Izmir", "Bursa", "Mersin", "Ankara"), "tr"),
    Country("Azerbaijan", "Azerbaijani", ("Baku", "Ganja", "Sumgait"), "az"),
    Country("Mongolia", "Mongolian", ("Darkhan", "Erdenet", "Khovd"), "mn"),
    Country("India", "Indian", ("Mumbai", "Pune", "Chennai", "Kolkata"), "in"),
    Country("Germany", "German", ("Hamburg", "Duisburg", "Leipzig", "Frankfurt"), "de"),
    Country("Pakistan", "Pakistani", ("Karachi", "Lahore", "Gwadar"), "pk"),
)
CENTRAL_ASIA = COUNTRIES[:5]
CHINA = COUNTRIES[5]

#: Name tables per style: (given names, surnames). Central Asian names are built from syllables.
CA_GIVEN_HEAD = (
    "Nur", "Ask", "Baur", "Dau", "Yer", "Zhan", "Mad", "Ruz", "Tim", "Ais", "Gul", "Dil", "Shah",
    "Far", "Jam", "Khur", "Bakh", "Ulug", "Sar", "Ol", "Akm", "Ber", "Dos", "Kan", "Ser", "Tal",
    "Ors", "Ilh", "Sanj", "Ziy", "Mun", "Bal", "Ain", "Kam",
)  # fmt: skip
CA_GIVEN_TAIL = (
    "lan", "bek", "zhan", "ur", "at", "im", "era", "ana", "gul", "shod", "rukh", "dar", "mir",
    "ali", "iya", "ira", "bol", "an", "ida", "ora",
)  # fmt: skip
CA_SURNAME_ROOT = (
    "Abdu", "Akhme", "Bai", "Dzhu", "Ermek", "Ibra", "Isma", "Kasym", "Kuda", "Muka", "Nazi",
    "Orozo", "Rakhi", "Sadyk", "Saty", "Umar", "Yusu", "Zhuma", "Khol", "Sharip", "Tursun",
    "Alim", "Bekmu", "Esen", "Jura", "Nurma", "Sulei", "Temir", "Kudai", "Dzhak", "Amanbek",
    "Beisen", "Rustam", "Khamid", "Shukur", "Tilek", "Ergash", "Sabir", "Zakir", "Mamat",
)  # fmt: skip
CA_SURNAME_TAIL = ("ov", "ova", "ev", "eva", "bekov", "bekova", "zoda", "baev", "kulov", "murodov")
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cn": (
        tuple(
            a + b
            for a in ("Wei", "Min", "Jun", "Hua", "Ling", "Tao", "Yan", "Lei", "Qing", "Xin",
                      "Hao", "Bo", "Dong", "Hui", "Jian", "Kai", "Mei", "Rui", "Wen", "Zhi")
            for b in ("min", "hua", "jun", "ling", "tao", "yan", "feng", "xin", "hao", "rong",
                      "bin", "lan", "qiang", "yu", "wen")
        ),
        ("Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Sun", "Zhu", "Guo", "Lin",
         "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng",
         "Xiao", "Tian", "Dong", "Pan", "Cai", "Jiang", "Cheng", "Ding", "Shen", "Yao",
         "Fang", "Tan", "Liao", "Zou", "Xiong", "Hao", "Kong", "Cui", "Kang", "Qian", "Gu"),
    ),
    "kr": (
        tuple(
            f"{a}-{b}"
            for a in ("Min", "Seo", "Ji", "Ha", "Do", "Hyun", "Jae", "Su", "Eun", "Woo", "Sung")
            for b in ("jun", "yeon", "woo", "min", "jin", "bin", "ho", "hee", "won", "seok")
        ),
        ("Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Jang", "Lim", "Han", "Seo", "Shin",
         "Kwon", "Hwang", "Ahn", "Ryu", "Hong", "Baek", "Nam"),
    ),
    "jp": (
        ("Haruto", "Yuki", "Kenji", "Takeshi", "Hiroshi", "Akiko", "Naoko", "Sora", "Daiki",
         "Kaito", "Emi", "Yui", "Riku", "Sakura", "Makoto", "Ayumi", "Shota", "Kazuki"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Nakamura",
         "Kobayashi", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
         "Kimura", "Hayashi", "Shimizu", "Fujita", "Okada", "Ishikawa"),
    ),
    "tr": (
        ("Emre", "Mehmet", "Ayse", "Zeynep", "Burak", "Elif", "Deniz", "Selin", "Kerem", "Ozan",
         "Ebru", "Tolga", "Gizem", "Levent", "Hakan", "Merve", "Serkan", "Pinar"),
        ("Yilmaz", "Kaya", "Demir", "Celik", "Sahin", "Yildiz", "Ozturk", "Aydin", "Arslan",
         "Dogan", "Kilic", "Cetin", "Ozkan", "Simsek", "Korkmaz", "Erdem", "Aksoy", "Polat"),
    ),
    "az": (
        ("Elnur", "Rashad", "Leyla", "Farid", "Nigar", "Tural", "Aygun", "Orkhan", "Samir",
         "Gunel", "Vusal", "Sevda"),
        ("Mammadov", "Huseynova", "Guliyev", "Rzayev", "Abbasova", "Babayev", "Nasirli",
         "Ismayilov", "Valiyeva", "Hajiyev", "Mustafayev", "Najafova"),
    ),
    "mn": (
        tuple(
            a + b
            for a in ("Bat", "Gan", "Enkh", "Oyun", "Altan", "Bold", "Sukh", "Tumen", "Munkh")
            for b in ("erdene", "bayar", "tsetseg", "baatar", "chimeg", "zaya", "ochir")
        ),
        ("Bayarsaikhan", "Ganbold", "Tserendorj", "Dashdorj", "Purevdorj", "Batsukh",
         "Lkhagvasuren", "Sukhbaatar", "Otgonbayar", "Erdenebat"),
    ),
    "in": (
        ("Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Sunita", "Rohan", "Kavita", "Amit",
         "Neha", "Sanjay", "Deepa", "Karthik", "Meera"),
        ("Sharma", "Verma", "Iyer", "Nair", "Gupta", "Menon", "Reddy", "Joshi", "Kapoor",
         "Banerjee", "Kulkarni", "Pillai", "Chatterjee", "Desai"),
    ),
    "de": (
        ("Lukas", "Anna", "Jonas", "Lena", "Felix", "Miriam", "Tobias", "Katrin", "Stefan",
         "Julia", "Matthias", "Sabine", "Florian", "Ulrike"),
        ("Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Schulz", "Richter", "Neumann",
         "Zimmermann", "Hartmann", "Lehmann", "Krause", "Brandt", "Vogel"),
    ),
    "pk": (
        ("Omar", "Fatima", "Khalid", "Aisha", "Hamza", "Mariam", "Saeed", "Noor", "Imran", "Sana",
         "Bilal", "Hira"),
        ("Qureshi", "Siddiqui", "Chaudhry", "Hashmi", "Abbasi", "Butt", "Rana", "Sheikh",
         "Mirza", "Awan", "Khattak", "Durrani"),
    ),
}  # fmt: skip

#: Public figures a synthetic person must never be mistaken for (the dev set asks about several
#: of them and expects a refusal: the base has no words of theirs).
PUBLIC_FIGURES = (
    "xi jinping", "wang yi", "li qiang", "mao ning", "lin jian", "vladimir putin",
    "sergey lavrov", "antony blinken", "elon musk", "kassym-jomart tokayev",
    "nursultan nazarbayev", "shavkat mirziyoyev", "islam karimov", "sadyr japarov",
    "zhaparov", "emomali rahmon", "rakhmon", "serdar berdimuhamedov",
    "gurbanguly berdimuhamedov", "ilham aliyev", "recep erdogan", "narendra modi",
    "olaf scholz", "almazbek atambayev", "sooronbay jeenbekov", "yoon suk-yeol",
    "lee jae-myung", "fumio kishida", "shigeru ishiba", "donald trump", "joe biden",
)  # fmt: skip

PORTFOLIOS = (
    "Energy", "Transport", "Agriculture", "Water Resources", "Digital Development", "Education",
    "Trade", "Investment", "Economy", "Finance", "Tourism", "Culture", "Health",
    "Natural Resources", "Labour", "Innovation", "Ecology",
)  # fmt: skip
INSTITUTE_HEADS = (
    "Eurasian", "Silk Road", "Caspian", "Fergana", "Steppe", "Pamir", "Tian Shan", "Aral",
    "Great Steppe", "Altai", "Turan", "Karakum",
)  # fmt: skip
INSTITUTE_TOPICS = (
    "Strategic", "Regional", "Economic", "Energy", "Transport", "Water", "Development",
    "Security", "Trade", "Connectivity",
)  # fmt: skip
UNIVERSITIES = (
    "the Eurasian University of Economics", "the Silk Road Polytechnic", "the Steppe State "
    "University", "the Caspian Technical University", "the Fergana Institute of Agronomy",
    "the Pamir University of Engineering", "the Turan Business School",
)  # fmt: skip
SUBJECTS = ("economics", "engineering", "agronomy", "logistics", "international relations",
            "hydrology", "computer science", "regional studies")  # fmt: skip
COMPANY_HEADS = ("Altyn", "Zhibek", "Samruk", "Kok", "Tulpar", "Silkway", "Jade", "Nomad",
                 "Oasis", "Caravan", "Lazurit", "Arman", "Baiterek", "Sunkar", "Umai")  # fmt: skip
COMPANY_SECTORS = ("Logistics", "Energy", "Agro", "Rail", "Digital", "Solar", "Minerals",
                   "Textiles", "Water Technologies", "Construction Materials")  # fmt: skip
COMPANY_FORMS = ("Group", "Holding", "Company", "Corporation", "Partners")
BANKS = ("the Steppe Investment Bank", "the Caspian Development Bank", "the Turan Export Bank",
         "the Silk Road Infrastructure Fund", "the Fergana Valley Development Fund")  # fmt: skip
ASSOCIATIONS = ("Logistics", "Exporters", "Renewable Energy", "Young Entrepreneurs", "Textile",
                "Fruit and Vegetable", "IT Companies", "Tour Operators", "Water Users")  # fmt: skip

CORRIDORS = (
    "Middle Corridor", "Trans-Caspian route", "North–South corridor", "Fergana rail link",
    "Caspian ferry line", "Lapis Lazuli route", "Termez hub", "Khorgos dry port",
    "Aktau container terminal", "Kashgar–Osh highway",
)  # fmt: skip
RIVERS = ("Syr Darya", "Amu Darya", "Ili", "Chu", "Zeravshan", "Naryn", "Irtysh", "Talas")
CROPS = ("cotton", "wheat", "apricots", "cherries", "grapes", "dried fruit", "honey", "lamb",
         "wool", "rice", "walnuts", "pomegranates")  # fmt: skip
POWER = ("solar", "wind", "hydropower", "gas-fired", "geothermal", "small hydro")
DIGITAL = ("data centres", "e-government services", "fintech start-ups", "fibre-optic lines",
           "digital payment systems", "smart-city platforms")  # fmt: skip
GOODS = ("textiles", "fertilisers", "copper cathodes", "electric buses", "solar panels",
         "farm machinery", "pharmaceuticals", "building materials")  # fmt: skip
FIELDS = ("engineering", "medicine", "agronomy", "logistics", "computer science", "hydrology")
TREATY_SUBJECTS = ("transit of goods", "water sharing", "avoidance of double taxation",
                   "mutual protection of investments", "cultural cooperation",
                   "joint use of transboundary rivers", "scientific cooperation")  # fmt: skip
EVENT_KINDS = (
    "{a}–{b} Business Forum", "{a}–{b} Investment Forum", "{a}–{b} Intergovernmental Commission",
    "{city} International Transport Forum", "{city} Water Forum", "{city} Digital Economy Week",
    "{a} Agricultural Expo", "Central Asia–{b} Summit", "{a}–{b} Energy Dialogue",
    "{city} Textile Fair", "{a}–{b} Rectors' Forum", "{city} Tourism Fair",
)  # fmt: skip
SUMMIT_PARTNERS = ("Korea", "Japan", "India", "Germany", "Turkey")

#: General-knowledge subjects the bot must refuse: distractors never touch them, or an
#: out-of-domain question could find a distractor that really answers it.
OFF_TOPIC = frozenset(
    "weather football champions league recipe plov python gdp population capital exchange "
    "rate tenge yuan bitcoin flight flights joke poem wifi colour robot launched border "
    "wall g20 sco".split()
)

# --- Sentence templates ----------------------------------------------------------------------
# Slots: {a} speaker's country, {b} partner (often China), {ca} a Central Asian country,
# {n} a count, {x} an amount of money, {pct} a percentage, {days} a few days, {year} a future
# year, {past} a past year, {city} a city of {a}, {corridor}, {river}, {crop}, {power},
# {digital}, {goods}, {field}, {treaty}.

QUOTE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "trade": (
        "Trade between {a} and {b} grew by {pct} percent last year and reached {x}.",
        "We expect mutual trade with {b} to exceed {x} by {year}.",
        "{a} now sells more {goods} to {b} than at any time before.",
        "Our companies signed {n} export contracts with partners from {b} this spring.",
        "Joint ventures with {b} opened {n} new factories in {city}.",
        "The trade balance with {b} is improving, and {goods} lead the growth.",
    ),
    "energy": (
        "{a} and {b} agreed on {n} renewable energy projects worth {x}.",
        "The new {power} plant near {city} will produce {n} megawatts by {year}.",
        "Energy cooperation with {b} is moving from gas to {power} generation.",
        "By {year} a fifth of our electricity will come from {power} stations.",
        "We are building {n} substations so that the regional grid can take more {power} power.",
    ),
    "transport": (
        "The {corridor} will cut delivery times between {a} and Europe by {days} days.",
        "Freight on the {corridor} rose to {n} million tonnes last year.",
        "Container trains from {b} now reach {city} in {days} days.",
        "We will invest {x} in the {corridor} before {year}.",
        "Logistics companies from {b} opened {n} terminals along the {corridor}.",
    ),
    "water": (
        "The countries of Central Asia must manage the waters of the {river} together.",
        "Modern irrigation saved {pct} percent of the water drawn from the {river}.",
        "A joint commission on the {river} will meet every spring from {year}.",
        "Farmers along the {river} need {x} for new canals and pumping stations.",
    ),
    "education": (
        "{n} students from {a} are studying {field} at universities in {b}.",
        "Our universities opened {n} joint programmes in {field} with partners from {b}.",
        "By {year} every regional college in {a} will teach {field} in two languages.",
        "Scholarships from {b} covered {n} young specialists in {field} this year.",
    ),
    "tourism": (
        "Tourist arrivals from {b} increased by {pct} percent this season.",
        "The old town of {city} welcomed {n} thousand visitors from {b}.",
        "New hotels in {city} are part of a {x} programme for cultural tourism.",
        "Cultural routes along the ancient Silk Road attract more guests from {b} every year.",
    ),
    "digital": (
        "{a} is building {n} {digital} together with partners from {b}.",
        "The digital economy already brings {pct} percent of our growth.",
        "We signed {n} agreements on {digital} with companies from {b}.",
        "By {year} all customs procedures between {a} and {b} will run on {digital}.",
    ),
    "agriculture": (
        "Exports of {crop} from {a} to {b} reached {n} thousand tonnes.",
        "Greenhouses built with investors from {b} now supply {crop} all year round.",
        "Our farmers want to double the harvest of {crop} by {year}.",
        "Processing {crop} at home instead of exporting raw goods adds {pct} percent of value.",
    ),
    "diplomacy": (
        "Relations between {a} and {b} rest on trust and long-term partnership.",
        "The treaty on {treaty} opens a new stage in relations between {a} and {b}.",
        "Regional cooperation in Central Asia benefits every neighbour, including {b}.",
        "We see {b} as a reliable partner for the next decade of development.",
        "The {past} meeting in {city} produced {n} concrete projects rather than declarations.",
        "Central Asia and China can do much more together in {field}.",
        "Economic cooperation with China under the Belt and Road Initiative gave {a} {n} new "
        "plants.",
        "A regional summit is useful only if its projects are funded, and {x} is a good start.",
    ),
}

#: Fact templates: (statement, answer, questions). ``{speaker}``/``{role}`` are filled for
#: attributed facts; ``{event}`` with an event name.
FACT_TEMPLATES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "At the {event}, {a} and {b} signed {n} agreements worth {x}.",
        "{n} agreements worth {x} were signed at the {event}.",
        ("how many agreements were signed at the {event}", "what was signed at the {event}"),
    ),
    (
        "Trade between {a} and {b} reached {x} in {past}.",
        "In {past}, trade between {a} and {b} reached {x}.",
        ("what was the trade between {a} and {b} in {past}", "{a} {b} trade {past}"),
    ),
    (
        "The {corridor} handled {n} thousand containers in {past}.",
        "In {past} the {corridor} handled {n} thousand containers.",
        ("how many containers did the {corridor} handle in {past}", "{corridor} containers"),
    ),
    (
        "{n} students from {a} studied {field} in {b} in {past}.",
        "In {past}, {n} students from {a} studied {field} in {b}.",
        ("how many {a_adj} students study {field} in {b}", "{a_adj} students in {b}"),
    ),
    (
        "{a} plans to build {n} {power} plants with partners from {b} by {year}.",
        "{a} plans {n} {power} plants with partners from {b} by {year}.",
        ("how many {power} plants will {a} build", "{a} {power} plants with {b}"),
    ),
    (
        "{a} and {b} concluded a treaty on {treaty} in {past}.",
        "The treaty on {treaty} between {a} and {b} was concluded in {past}.",
        ("when did {a} and {b} sign the treaty on {treaty}", "{a} {b} treaty on {treaty}"),
    ),
    (
        "{speaker}, {role}, said that a total of {n} projects worth {x} are being implemented "
        "in the {sector} sector of {a}.",
        "According to {speaker}, {n} projects worth {x} are being implemented in the {sector} "
        "sector of {a}.",
        ("how many {sector} projects are being implemented in {a}", "{a} {sector} projects"),
    ),
    (
        "Exports of {crop} from {a} to {b} reached {n} thousand tonnes in {past}.",
        "In {past}, {a} exported {n} thousand tonnes of {crop} to {b}.",
        ("how much {crop} does {a} export to {b}", "{a} {crop} exports {past}"),
    ),
    (
        "The {event} was attended by delegations from {n} countries.",
        "Delegations from {n} countries attended the {event}.",
        ("how many countries attended the {event}", "who took part in the {event}"),
    ),
)
SECTORS = ("energy", "transport", "agriculture", "water", "digital", "tourism", "textile")

#: Share of each kind in ``n_entries`` (the rest are facts).
SHARE_PEOPLE, SHARE_QUOTES, SHARE_EVENTS = 0.2, 0.4, 0.1

SOURCE_DATE = dt.date(2024, 12, 1)


# --- Guards --------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")


def _plain_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("’", "'").replace("'", ""))


def _shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    """Runs of ``k`` consecutive content words (stop words skipped)."""
    ws = [w for w in _plain_words(text) if w not in T.STOP_WORDS]
    return {tuple(ws[i : i + k]) for i in range(len(ws) - k + 1)}


@dataclass
class _Guard:
    """What the generator must not produce, computed once from the real base."""

    name_tokens: list[str]
    real_shingles: set[tuple[str, ...]]
    #: Figures the real base states (133, 35, 54, 9...): counts and amounts never reuse them.
    real_figures: frozenset[int] = frozenset()
    #: Countries of the quoted real people (no distractor person comes from them).
    real_countries: frozenset[str] = frozenset()
    ok_cache: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, real: KnowledgeBase) -> _Guard:
        names: set[str] = set()
        for p in real.people.values():
            for n in (p.name, *p.aliases, p.name_ru or ""):
                names.update(T.latin(w) for w in T.words(n))
        for n in PUBLIC_FIGURES:
            names.update(T.words(n))
        vocab: set[str] = set()
        for rec in real.all_records():
            for value in rec.model_dump().values():
                for s in value if isinstance(value, tuple) else (value,):
                    if isinstance(s, str):
                        vocab.update(T.latin(w) for w in T.words(s))
        shingles: set[tuple[str, ...]] = set()
        for q in real.quotes.values():
            shingles |= _shingles(q.text)
        for f in real.facts.values():
            shingles |= _shingles(f"{f.statement} {f.answer}")
        tokens = sorted(w for w in names | vocab if len(w) >= 3 and not w.isdigit())
        figures = frozenset(int(s) for s in map(T.stem, vocab) if s.isdigit() and int(s) < 1900)
        countries = frozenset(p.country for p in real.people.values())
        return cls(tokens, shingles, figures, countries)

    def name_ok(self, name: str) -> bool:
        for w in T.words(name):
            ok = self.ok_cache.get(w)
            if ok is None:
                ok = w not in self.name_tokens and (
                    len(w) < 4
                    or process.extractOne(w, self.name_tokens, scorer=fuzz.ratio, score_cutoff=75)
                    is None
                )
                self.ok_cache[w] = ok
            if not ok:
                return False
        return True

    def text_ok(self, text: str) -> bool:
        return not (_shingles(text) & self.real_shingles) and not (
            set(_plain_words(text)) & OFF_TOPIC
        )


# --- Generator -------------------------------------------------------------------------------


@dataclass
class Distractors:
    source: Source
    text: str
    people: list[Person]
    events: list[Event]
    quotes: list[Quote]
    facts: list[Fact]

    @property
    def count(self) -> int:
        return len(self.people) + len(self.events) + len(self.quotes) + len(self.facts)


def _number(rng: random.Random, lo: int, hi: int, avoid: frozenset[int], step: int = 1) -> int:
    """A random number in [lo, hi] (times ``step``) that is not one of the real base's figures."""
    while True:
        n = rng.randint(lo, hi) * step
        if n not in avoid:
            return n


class _Gen:
    def __init__(self, real: KnowledgeBase, seed: int) -> None:
        self.rng = random.Random(seed)
        self.guard = _Guard.of(real)
        self.seed = seed
        self.used_names: set[str] = set()
        #: Name styles whose plain (or one-initial) names ran out: they are not tried again.
        self.initials: dict[str, int] = {}
        self.used_texts: set[str] = set()
        self.used_events: set[str] = set()

    # -- pieces --------------------------------------------------------------------------

    def number(self, lo: int, hi: int, step: int = 1) -> int:
        return _number(self.rng, lo, hi, self.guard.real_figures, step)

    def money(self) -> str:
        if self.rng.random() < 0.6:
            return f"{self.number(2, 95)} billion dollars"
        return f"{self.number(12, 95, 10)} million dollars"

    def country(self, central_asian: float = 0.6) -> Country:
        pool = CENTRAL_ASIA if self.rng.random() < central_asian else COUNTRIES
        return self.rng.choice(pool)

    def partner(self, a: Country) -> Country:
        if a is not CHINA and self.rng.random() < 0.4:
            return CHINA  # the shared vocabulary that makes these real distractors
        return self.rng.choice([c for c in COUNTRIES if c is not a])

    def person_name(self, c: Country) -> str:
        rng = self.rng
        for _ in range(200 if self.initials.get(c.style, 0) == 0 else 0):
            if c.style == "ca":
                given = rng.choice(CA_GIVEN_HEAD) + rng.choice(CA_GIVEN_TAIL)
                surname = rng.choice(CA_SURNAME_ROOT) + rng.choice(CA_SURNAME_TAIL)
                name = f"{given} {surname}"
            else:
                givens, surnames = NAMES[c.style]
                g, s = rng.choice(givens), rng.choice(surnames)
                name = f"{s} {g}" if c.style in ("cn", "kr", "mn") else f"{g} {s}"
            if name not in self.used_names and self.guard.name_ok(name):
                self.used_names.add(name)
                return name
        # Table exhausted for this style: disambiguate with one middle initial, then two (still
        # guarded). The small tables (a few dozen names once the guard has dropped those near the
        # real base's words) run out of one-initial names at 100,000 entries as the base grows.
        for initials in (1, 2):
            if self.initials.get(c.style, 1) > initials:
                continue
            self.initials[c.style] = initials
            for _ in range(10_000):
                base = self.person_name_unchecked(c)
                middle = " ".join(f"{rng.choice('ABDEGKLMNORSTUZ')}." for _ in range(initials))
                name = f"{base.split()[0]} {middle} {base.split()[-1]}"
                if name not in self.used_names and self.guard.name_ok(name):
                    self.used_names.add(name)
                    return name
        raise RuntimeError("name tables exhausted")

    def person_name_unchecked(self, c: Country) -> str:
        rng = self.rng
        if c.style == "ca":
            return (
                f"{rng.choice(CA_GIVEN_HEAD)}{rng.choice(CA_GIVEN_TAIL)} "
                f"{rng.choice(CA_SURNAME_ROOT)}{rng.choice(CA_SURNAME_TAIL)}"
            )
        givens, surnames = NAMES[c.style]
        return f"{rng.choice(givens)} {rng.choice(surnames)}"

    def institute(self) -> str:
        return (
            f"the {self.rng.choice(INSTITUTE_HEADS)} Institute for "
            f"{self.rng.choice(INSTITUTE_TOPICS)} Studies"
        )

    def company(self) -> str:
        rng = self.rng
        return (
            f"{rng.choice(COMPANY_HEADS)} {rng.choice(COMPANY_SECTORS)} {rng.choice(COMPANY_FORMS)}"
        )

    def role(self, c: Country) -> tuple[str, str | None, tuple[str, ...]]:
        """(role, organisation, role phrases). Never an office a real person holds in the base,
        nor a head of state, head of government or foreign minister."""
        rng = self.rng
        kind = rng.randrange(9)
        adj = c.adjective.lower()
        if kind == 0:
            p = rng.choice(PORTFOLIOS)
            org = f"Ministry of {p} of {c.name}"
            return (
                f"Deputy Minister of {p} of {c.name}",
                org,
                (f"{adj} deputy {p.lower()} minister",),
            )
        if kind == 1:
            p = rng.choice(PORTFOLIOS)
            dept = rng.choice(("Planning", "International Cooperation", "Investment Projects"))
            org = f"Ministry of {p} of {c.name}"
            return f"head of the {dept} Department at the {org}", org, ()
        if kind in (2, 3):
            inst = self.institute()
            title = "analyst" if kind == 2 else "senior researcher"
            return f"{title} at {inst}", inst[4:], (f"{title} from {inst[4:].lower()}",)
        if kind == 4:
            uni = rng.choice(UNIVERSITIES)
            return f"professor of {rng.choice(SUBJECTS)} at {uni}", uni[4:], ()
        if kind == 5:
            comp = self.company()
            return f"chief executive of {comp}", comp, (f"head of {comp.lower()}",)
        if kind == 6:
            assoc = f"{c.adjective} {rng.choice(ASSOCIATIONS)} Association"
            return f"chairman of the {assoc}", assoc, (f"chairman of the {assoc.lower()}",)
        if kind == 7:
            other = rng.choice([o for o in COUNTRIES if o is not c])
            if {c.name, other.name} == {"Kyrgyzstan", "Azerbaijan"}:
                other = CHINA  # a real person's post (either way round: the words are the same)
            return f"former Ambassador of {c.name} to {other.name}", None, ()
        bank = rng.choice(BANKS)
        return f"chief economist at {bank}", bank[4:], ()

    def slots(self, a: Country, b: Country) -> dict[str, Any]:
        rng = self.rng
        return {
            "a": a.name,
            "a_adj": a.adjective.lower(),
            "b": b.name,
            "ca": rng.choice(CENTRAL_ASIA).name,
            "n": self.number(2, 320),
            "x": self.money(),
            "pct": self.number(3, 60),
            "days": self.number(2, 16),
            "year": rng.randint(2027, 2035),
            "past": rng.randint(2012, 2024),
            "city": rng.choice(a.cities),
            "corridor": rng.choice(CORRIDORS),
            "river": rng.choice(RIVERS),
            "crop": rng.choice(CROPS),
            "power": rng.choice(POWER),
            "digital": rng.choice(DIGITAL),
            "goods": rng.choice(GOODS),
            "field": rng.choice(FIELDS),
            "treaty": rng.choice(TREATY_SUBJECTS),
            "sector": rng.choice(SECTORS),
        }

    def sentence(self, make: Callable[[], str]) -> str:
        for _ in range(50):
            s = make()
            if self.guard.text_ok(s):
                return s
        raise RuntimeError("templates keep colliding with the real base")

    # -- records -------------------------------------------------------------------------

    def people(self, n: int) -> list[Person]:
        # Distractor people never share a nationality with a quoted real person: "the guy from
        # Kyrgyzstan" names Osmonaliyev only while he is the one Kyrgyz person the base quotes;
        # with more, the question itself becomes ambiguous (the matcher then says so, see
        # tests/test_matcher.py), which is not what a scale test measures.
        taken = self.guard.real_countries
        # Central Asian names come from syllable tables (plenty of them for 100,000 people).
        pool = [c for c in CENTRAL_ASIA if c.name not in taken] or [
            c for c in COUNTRIES if c.name not in taken
        ]
        out = []
        for i in range(n):
            c = self.country(0.55)
            if c.name in taken:
                c = self.rng.choice(pool)
            name = self.person_name(c)
            role, org, phrases = self.role(c)
            surname = name.split()[0] if c.style in ("cn", "kr", "mn") else name.split()[-1]
            out.append(
                Person(
                    id=f"syn-person-{self.seed}-{i:06d}",
                    name=name,
                    aliases=(surname,),
                    role=role,
                    organization=org,
                    country=c.name,
                    role_phrases=phrases,
                    sources=(self.source_id,),
                )
            )
        return out

    def events(self, n: int) -> list[Event]:
        rng = self.rng
        out = []
        for i in range(n):
            for attempt in range(100):
                kind = rng.choice(EVENT_KINDS)
                if kind.startswith("Central Asia"):
                    a = rng.choice(CENTRAL_ASIA)
                    partner = rng.choice(SUMMIT_PARTNERS)
                    b = next(c for c in COUNTRIES if c.name == partner)
                    host = a
                else:
                    a = self.country(0.7)
                    b = self.partner(a)
                    host = a if rng.random() < 0.6 or "{city}" not in kind else b
                city = rng.choice(host.cities)
                year = rng.randint(2012, 2024)
                name = kind.format(a=a.name, b=b.name, city=city) + f" {year}"
                if attempt >= 50:
                    name = f"{name} ({rng.randint(2, 30)}th session)"
                low = name.casefold()
                assert not ("china" in low and "central asia" in low), name
                if name not in self.used_events:
                    break
            self.used_events.add(name)
            start = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            end = start + dt.timedelta(days=rng.randint(0, 2))
            s = self.slots(a, b)
            outcomes = (
                f"{self.number(3, 60)} agreements signed",
                f"a memorandum on {s['treaty']}",
            )
            out.append(
                Event(
                    id=f"syn-event-{self.seed}-{i:06d}",
                    name=name,
                    ordinal=rng.randint(1, 15),
                    year=year,
                    start=start,
                    end=end,
                    city=city,
                    country=host.name,
                    participants=(a.name, b.name),
                    outcomes=outcomes,
                    questions=(f"when was the {name}", f"where was the {name} held"),
                    sources=(self.source_id,),
                )
            )
        return out

    def quotes(self, n: int, people: Sequence[Person], events: Sequence[Event]) -> list[Quote]:
        rng = self.rng
        by_name = {c.name: c for c in COUNTRIES}
        out = []
        topics = sorted(QUOTE_TEMPLATES)
        for i in range(n):
            speaker = people[rng.randrange(len(people))]
            a = by_name[speaker.country]
            topic_names = rng.sample(topics, 2)
            for _ in range(50):
                b = self.partner(a)
                k = rng.randint(1, 3)
                sents = []
                for j in range(k):
                    tpl = rng.choice(QUOTE_TEMPLATES[topic_names[min(j, 1)]])
                    sents.append(self.sentence(lambda t=tpl, a=a, b=b: _fill(t, self.slots(a, b))))
                text = " ".join(sents).rstrip(".")
                if text not in self.used_texts:
                    break
            self.used_texts.add(text)
            surname = speaker.aliases[0]
            first = sents[0].rstrip(".")
            words = first.split()
            fragment = " ".join(words[: min(len(words), rng.randint(5, 8))]).lower()
            event = events[rng.randrange(len(events))].id if events and rng.random() < 0.3 else None
            out.append(
                Quote(
                    id=f"syn-quote-{self.seed}-{i:06d}",
                    speaker=speaker.id,
                    kind="verbatim",
                    text=text,
                    source=self.source_id,
                    event=event,
                    topics=tuple(topic_names),
                    questions=(
                        f"what did {surname} say about {topic_names[0]}",
                        f"who said {fragment}",
                    ),
                )
            )
        return out

    def facts(self, n: int, people: Sequence[Person], events: Sequence[Event]) -> list[Fact]:
        rng = self.rng
        out = []
        for i in range(n):
            for _ in range(50):
                a = self.country(0.7)
                b = self.partner(a)
                statement, answer, questions = rng.choice(FACT_TEMPLATES)
                if ("{speaker}" in statement and not people) or (
                    "{event}" in statement and not events
                ):
                    statement, answer, questions = FACT_TEMPLATES[1]
                s = self.slots(a, b)
                speaker = None
                event = None
                if "{speaker}" in statement:
                    p = people[rng.randrange(len(people))]
                    speaker = p.id
                    s.update(speaker=p.name, role=p.role, a=p.country)
                if "{event}" in statement:
                    ev = events[rng.randrange(len(events))]
                    event = ev.id
                    s.update(event=ev.name, a=ev.participants[0], b=ev.participants[1])
                st, ans = _fill(statement, s), _fill(answer, s)
                if self.guard.text_ok(f"{st} {ans}"):
                    break
            else:
                raise RuntimeError("fact templates keep colliding with the real base")
            out.append(
                Fact(
                    id=f"syn-fact-{self.seed}-{i:06d}",
                    statement=st,
                    answer=ans,
                    speaker=speaker,
                    questions=tuple(_fill(q, s).lower() for q in questions),
                    sources=(self.source_id,),
                    event=event,
                )
            )
        return out

    @property
    def source_id(self) -> str:
        return f"syn-source-{self.seed}"

    def run(self, n: int) -> Distractors:
        if n < 1:
            raise ValueError("n_entries must be at least 1")
        n_people = max(1, round(n * SHARE_PEOPLE))
        n_events = min(round(n * SHARE_EVENTS), n - n_people)
        n_quotes = min(round(n * SHARE_QUOTES), n - n_people - n_events)
        n_facts = n - n_people - n_events - n_quotes
        people = self.people(n_people)
        events = self.events(n_events)
        quotes = self.quotes(n_quotes, people, events)
        facts = self.facts(n_facts, people, events)
        for rec in (*people, *events, *quotes, *facts):
            words = set(_plain_words(" ".join(str(v) for v in rec.model_dump().values())))
            if words & OFF_TOPIC:
                raise RuntimeError(f"{rec.id}: off-topic words {sorted(words & OFF_TOPIC)}")
        names = {p.id: p for p in people}
        lines = [
            "# Synthetic distractor corpus",
            "",
            f"Generated by bench/synth.py (seed {self.seed}). Fictional people and statements,",
            "for scale tests only.",
            "",
        ]
        for q in quotes:
            p = names[q.speaker]
            lines.append(f'"{q.text}," said {p.name}, {p.role}.')
            lines.append("")
        source = Source(
            id=self.source_id,
            title=f"Synthetic distractor corpus (seed {self.seed})",
            outlet="summitbot synthetic data",
            url=f"https://example.org/summitbot/synthetic/{self.seed}",
            published=SOURCE_DATE,
            language="en",
            text_file=f"texts/synthetic-{self.seed}.md",
            note="Generated by bench/synth.py: fictional, for scale tests only.",
        )
        return Distractors(source, "\n".join(lines), people, events, quotes, facts)


def _fill(template: str, slots: dict[str, Any]) -> str:
    out = template.format(**slots)
    return out[0].upper() + out[1:]


# --- Public API -------------------------------------------------------------------------------


def generate(real: KnowledgeBase, n_entries: int, seed: int = 0) -> Distractors:
    """``n_entries`` distractor records (people + events + quotes + facts), deterministic."""
    return _Gen(real, seed).run(n_entries)


def merged_kb(real_kb: KnowledgeBase, n_entries: int, seed: int = 0) -> KnowledgeBase:
    """A new knowledge base: the real one plus ``n_entries`` distractors.

    Distractors come *first* in every table, so a tie between a real and a synthetic entry is
    never silently won by the real one through insertion order (the loader path does the same:
    :func:`write_yaml` names its file so that it sorts before the real ones).
    """
    d = generate(real_kb, n_entries, seed)
    return KnowledgeBase(
        sources={d.source.id: d.source, **real_kb.sources},
        people={**{p.id: p for p in d.people}, **real_kb.people},
        events={**{e.id: e for e in d.events}, **real_kb.events},
        quotes={**{q.id: q for q in d.quotes}, **real_kb.quotes},
        facts={**{f.id: f for f in d.facts}, **real_kb.facts},
        texts={d.source.id: d.text, **real_kb.texts},
        version=f"{real_kb.version}+syn{n_entries}s{seed}",
        synonyms=real_kb.synonyms,
    )


def _dump(records: Sequence[Any]) -> list[dict[str, Any]]:
    out = []
    for r in records:
        data = r.model_dump(mode="json", exclude_defaults=True)
        out.append({k: list(v) if isinstance(v, tuple) else v for k, v in data.items()})
    return out


YAML_NAME = "00-synthetic.yaml"


def write_yaml(
    directory: Path | str, n: int, seed: int = 0, real: KnowledgeBase | None = None
) -> Path:
    """Write ``n`` distractors into a knowledge directory (for the loader path).

    ``real`` is the base the guards protect; by default the one already in ``directory`` (the
    scale test copies the real ``knowledge/`` there first). Writes ``00-synthetic.yaml`` (it
    sorts first, see :func:`merged_kb`) and ``texts/synthetic-<seed>.md``; returns the YAML path.
    """
    from bot.loader import load

    directory = Path(directory)
    real = real if real is not None else load(directory)
    d = generate(real, n, seed)
    text_path = directory / (d.source.text_file or f"texts/synthetic-{seed}.md")
    text_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.write_text(d.text + "\n", encoding="utf-8")
    doc = {
        "sources": _dump([d.source]),
        "people": _dump(d.people),
        "events": _dump(d.events),
        "quotes": _dump(d.quotes),
        "facts": _dump(d.facts),
    }
    path = directory / YAML_NAME
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"# Synthetic distractors: bench/synth.py, n={n}, seed={seed}. Do not edit.\n")
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100)
    return path


__all__ = ["Distractors", "generate", "merged_kb", "write_yaml"]
